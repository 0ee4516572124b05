/**
 * `cadre lint --config` takes the settings file exported from the options page (issue #6 §2): a
 * quality lead audits with the rules counsellors see. The `rules` part is used; the file is
 * validated whole, so a bad settings file is refused (exit 2) with the field named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cli, onlyRules, removeTree, tempTree } from '../cli/helpers.ts';
import { defaultSettings, toSettingsFile } from '../../lib/org-settings/index.ts';

const dirs: string[] = [];
const tree = (files: Record<string, string>) => { const d = tempTree(files); dirs.push(d); return d; };
afterAll(() => dirs.forEach(removeTree));

const REPORT = 'Vous transmettrez votre CV à ana.martin@free.fr. Pôle emploi vous recontactera.';

/** The settings a counsellor exported: only the e-mail rule, as an error, plus the rest of the model. */
function exported(rules: Record<string, unknown>): string {
  const s = defaultSettings();
  s.rules = rules as typeof s.rules;
  s.sites.origins = ['https://crm.exemple.fr/*'];
  s.data.retentionDays = 45;
  return JSON.stringify(toSettingsFile(s, new Date('2025-01-01T00:00:00Z')), null, 2);
}

const findings = (stdout: string) => JSON.parse(stdout).files.flatMap((f: { findings: Array<{ rule: string; severity: string; text: string }> }) => f.findings.map((x) => `${x.rule}:${x.severity}:${x.text}`));

describe('cadre lint --config <settings file>', () => {
  it('uses the rules part of an exported settings file, like the same .cadrerc.json', async () => {
    const rules = onlyRules({ email: 'error' });
    const cwd = tree({ 'parametres.json': exported(rules), 'cadrerc.json': JSON.stringify(rules), 'cr.txt': REPORT });
    const viaSettings = await cli(['lint', '--format', 'json', '--config', 'parametres.json', 'cr.txt'], { cwd });
    const viaCadrerc = await cli(['lint', '--format', 'json', '--config', 'cadrerc.json', 'cr.txt'], { cwd });
    expect(viaSettings.stderr).toBe('');
    expect(viaSettings.code).toBe(1);
    expect(findings(viaSettings.stdout)).toEqual(['email:error:ana.martin@free.fr']);
    expect(findings(viaSettings.stdout)).toEqual(findings(viaCadrerc.stdout));
  });

  it('applies the allowlist and the severities of the settings file', async () => {
    const cwd = tree({ 'parametres.json': exported({ ...onlyRules({ email: 'info' }), allowlist: [] }), 'cr.txt': REPORT });
    const r = await cli(['lint', '--format', 'json', '--config', 'parametres.json', 'cr.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual(['email:info:ana.martin@free.fr']);
    const allowed = tree({ 'parametres.json': exported({ ...onlyRules({ email: 'error' }), allowlist: ['ana.martin@free.fr'] }), 'cr.txt': REPORT });
    const r2 = await cli(['lint', '--format', 'json', '--config', 'parametres.json', 'cr.txt'], { cwd: allowed });
    expect(findings(r2.stdout)).toEqual([]);
  });

  it('refuses a settings file with a bad field, in any section, naming it (exit 2, one line)', async () => {
    const bad = JSON.parse(exported(onlyRules({ email: 'error' })));
    bad.data.retentionDays = 0;
    bad.rules.rules.sante = 'grave';
    const cwd = tree({ 'parametres.json': JSON.stringify(bad), 'cr.txt': REPORT });
    const r = await cli(['lint', '--config', 'parametres.json', 'cr.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cadre : configuration parametres\.json : /);
    expect(r.stderr).toContain('champ « rules.rules.sante »');
    expect(r.stderr).toContain('champ « data.retentionDays »');
  });

  it('still reads a plain .cadrerc.json found in the working directory', async () => {
    const cwd = tree({ '.cadrerc.json': JSON.stringify(onlyRules({ email: 'warning' })), 'cr.txt': REPORT });
    const r = await cli(['lint', '--format', 'json', 'cr.txt'], { cwd });
    expect(findings(r.stdout)).toEqual(['email:warning:ana.martin@free.fr']);
  });
});
