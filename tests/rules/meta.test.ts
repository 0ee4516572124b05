/**
 * Keeps the registry honest (STYLE.md §2): rules/index.ts lists exactly the rule files of rules/,
 * each rule's id is its file name, and each has a doc with the fixed headings and a table test.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.ts';
import { CATEGORIES } from '../../lib/lint/types.ts';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const HEADINGS = ['## Ce que la règle signale', '## Pourquoi', "## Ce qui n'est pas signalé", '## Comment reformuler', '## Références'];

describe('rule registry', () => {
  it('lists exactly the rule files', () => {
    expect(registry.map((r) => r.id).sort()).toEqual(ruleFiles);
  });
  it('has unique ids', () => {
    expect(new Set(registry.map((r) => r.id)).size).toBe(registry.length);
  });
  for (const rule of registry) {
    describe(rule.id, () => {
      it('id is kebab-case ASCII', () => expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/));
      it('has a known category and complete metadata', () => {
        expect(CATEGORIES).toContain(rule.meta.category);
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(rule.explanation.length).toBeGreaterThan(40);
        expect(rule.meta.references.length).toBeGreaterThan(0);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      });
      it('has a doc with the fixed headings', () => {
        const doc = join(root, 'rules', `${rule.id}.md`);
        expect(existsSync(doc), doc).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
        for (const h of HEADINGS) expect(text, h).toContain(h);
      });
      it('has a table test', () => {
        const test = join(root, 'tests', 'rules', `${rule.id}.test.ts`);
        expect(existsSync(test), test).toBe(true);
        expect(readFileSync(test, 'utf8')).toContain('ruleTester(');
      });
    });
  }
});
