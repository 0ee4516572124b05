/**
 * The README's "Paramètres de l'organisation" examples are real: the settings file imports, the
 * Chrome and Firefox policies pass the managed schema and Cadre's own reading without a message.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.ts';
import { parseSettingsFile, readManagedPolicy } from '../../lib/org-settings/index.ts';
import { managedSchema, validate } from './chrome-schema.ts';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf("## Paramètres de l'organisation"));
const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);

describe("README: Paramètres de l'organisation", () => {
  it('has its three examples: a settings file, a Chrome policy, a Firefox policy', () => {
    expect(section.length).toBeGreaterThan(100);
    expect(blocks).toHaveLength(3);
  });

  it('the settings file example imports', () => {
    const r = parseSettingsFile(JSON.stringify(blocks[0]), registry);
    expect(r.ok || r.errors).toBe(true);
  });

  it('the Chrome policy sits under 3rdparty.extensions.<id> and is valid', () => {
    const extensions = (blocks[1]['3rdparty'] as { extensions: Record<string, unknown> }).extensions;
    const [policy] = Object.values(extensions);
    expect(validate(managedSchema, policy)).toEqual([]);
    expect(readManagedPolicy(policy, { knownRules: registry }).errors).toEqual([]);
    expect(section).toContain('/etc/chromium/policies/managed/cadre.json');
  });

  it('the Firefox policy sits under policies.3rdparty.Extensions with the extension id of the manifest', () => {
    const extensions = ((blocks[2].policies as Record<string, unknown>)['3rdparty'] as { Extensions: Record<string, unknown> }).Extensions;
    const [[id, policy]] = Object.entries(extensions);
    expect(readFileSync(join(root, 'wxt.config.ts'), 'utf8')).toContain(`id: '${id}'`);
    expect(validate(managedSchema, policy)).toEqual([]);
    expect(readManagedPolicy(policy, { knownRules: registry }).errors).toEqual([]);
  });
});
