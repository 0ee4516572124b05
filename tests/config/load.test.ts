/**
 * Where `cadre lint` finds its configuration and how it refuses a bad one (issue #2 §5): a
 * `.cadrerc.json` in the working directory or a parent, or `--config FILE`; a bad file stops the
 * run with exit 2 and one French line naming the file and the field, never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, onlyRules, removeTree, tempTree } from '../cli/helpers.ts';
import { findConfigFile, loadConfig, loadEngine } from '../../lib/cli/main.ts';

const dirs: string[] = [];
const tree = (files: Record<string, string>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach(removeTree));
beforeAll(async () => { await loadEngine(); }); // loadConfig checks rule ids against the registry

const REPORT = 'Contact : ana@free.fr.';
const EMAIL_ERROR = JSON.stringify(onlyRules({ email: 'error' }));
const EMAIL_OFF = JSON.stringify(onlyRules({}));

const severities = async (argv: string[], cwd: string) => {
  const r = await cli(['lint', '--format', 'json', ...argv], { cwd });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).files.flatMap((f: { findings: Array<{ severity: string }> }) => f.findings.map((x) => x.severity));
};

describe('configuration discovery', () => {
  it('reads .cadrerc.json from the working directory', async () => {
    const cwd = tree({ '.cadrerc.json': EMAIL_ERROR, 'a.txt': REPORT });
    expect(await severities(['a.txt'], cwd)).toEqual(['error']);
  });

  it('reads .cadrerc.json from a parent directory, the nearest one winning', async () => {
    const root = tree({ '.cadrerc.json': EMAIL_ERROR, 'projet/a.txt': REPORT, 'projet/sous/b.txt': REPORT });
    expect(await severities(['b.txt'], join(root, 'projet', 'sous'))).toEqual(['error']);
    const nested = tree({ '.cadrerc.json': EMAIL_ERROR, 'p/.cadrerc.json': EMAIL_OFF, 'p/a.txt': REPORT });
    expect(await severities(['a.txt'], join(nested, 'p'))).toEqual([]);
    expect(findConfigFile(join(nested, 'p'))).toBe(join(nested, 'p', '.cadrerc.json'));
  });

  it('uses --config FILE instead of the discovered file, relative to the working directory', async () => {
    const cwd = tree({ '.cadrerc.json': EMAIL_OFF, 'conf/strict.json': EMAIL_ERROR, 'a.txt': REPORT });
    expect(await severities(['a.txt'], cwd)).toEqual([]);
    expect(await severities(['--config', 'conf/strict.json', 'a.txt'], cwd)).toEqual(['error']);
    expect(await severities(['--config=conf/strict.json', 'a.txt'], cwd)).toEqual(['error']);
    expect(await severities(['-c', join(cwd, 'conf', 'strict.json'), 'a.txt'], cwd)).toEqual(['error']);
  });

  it('reads a configuration saved with a UTF-8 BOM', async () => {
    const cwd = tree({ '.cadrerc.json': '\ufeff' + EMAIL_ERROR, 'a.txt': REPORT });
    expect(await severities(['a.txt'], cwd)).toEqual(['error']);
  });

  it('applies allowlist, ignoredPhrases and extraTerms from the file', async () => {
    const config = { ...onlyRules({ email: 'on' }), allowlist: ['ana@free.fr'] };
    const cwd = tree({ '.cadrerc.json': JSON.stringify(config), 'a.txt': `${REPORT} Et luc@free.fr.` });
    const r = await cli(['lint', '--format', 'json', 'a.txt'], { cwd });
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { text: string }) => f.text)).toEqual(['luc@free.fr']);
  });

  it('loadConfig returns the validated configuration', () => {
    const cwd = tree({ 'c.json': JSON.stringify({ $schema: './cadrerc.schema.json', rules: { sante: 'warning' }, allowlist: ['x'] }) });
    expect(loadConfig(join(cwd, 'c.json'))).toEqual({ rules: { sante: 'warning' }, allowlist: ['x'] });
  });
});

describe('a bad configuration stops the run with exit 2 and one French line', () => {
  it.each<[string, string, RegExp]>([
    ['unknown rule id', JSON.stringify({ rules: { sant: 'off' } }), /^cadre : configuration \.cadrerc\.json : champ « rules\.sant » : règle inconnue ; vouliez-vous dire « sante » \? \(règles disponibles : .*\)\.\n$/],
    ['bad severity', JSON.stringify({ rules: { sante: 'bloquant' } }), /^cadre : configuration \.cadrerc\.json : champ « rules\.sante » : valeur attendue parmi « off », « on », « error », « warning », « info »\.\n$/],
    ['unknown category', JSON.stringify({ extraTerms: { medecine: ['x'] } }), /^cadre : configuration \.cadrerc\.json : champ « extraTerms » : clé inconnue « medecine » \(clés possibles : personne, sante,.*\)\.\n$/],
    ['non-string allowlist entry', JSON.stringify({ allowlist: [true] }), /^cadre : configuration \.cadrerc\.json : champ « allowlist\[0\] » : un texte attendu\.\n$/],
    ['unknown top-level key', JSON.stringify({ regles: {} }), /^cadre : configuration \.cadrerc\.json : champ « \(racine\) » : clé inconnue « regles » \(clés possibles : .*\)\.\n$/],
    ['two errors on one line', JSON.stringify({ rules: { sante: 1 }, allowlist: 'x' }), /^cadre : configuration \.cadrerc\.json : champ « rules\.sante » : .* ; champ « allowlist » : .*\n$/],
    ['invalid JSON', '{\n  "rules": {\n    "sante": "off",\n  }\n}', /^cadre : configuration \.cadrerc\.json : JSON non valide \(ligne 4, colonne 3\)\.\n$/],
    ['truncated JSON', '{"rules": {', /^cadre : configuration \.cadrerc\.json : JSON non valide( \(.*\))?\.\n$/],
    ['empty file', '', /^cadre : configuration \.cadrerc\.json : JSON non valide( \(.*\))?\.\n$/],
    ['a list instead of an object', '[]', /^cadre : configuration \.cadrerc\.json : champ « \(racine\) » : un objet attendu\.\n$/],
  ])('%s', async (_name, config, message) => {
    const cwd = tree({ '.cadrerc.json': config, 'a.txt': REPORT });
    const r = await cli(['lint', 'a.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a missing --config file', async () => {
    const cwd = tree({ 'a.txt': REPORT });
    const r = await cli(['lint', '--config', 'absente.json', 'a.txt'], { cwd });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cadre : fichier de configuration introuvable : absente.json\n' });
  });

  it('refuses a --config that is a directory', async () => {
    const cwd = tree({ 'a.txt': REPORT });
    mkdirSync(join(cwd, 'conf'));
    const r = await cli(['lint', '--config', 'conf', 'a.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cadre : fichier illisible : .*conf\n$/);
  });

  it('refuses a configuration that is not UTF-8', async () => {
    const cwd = tree({ 'a.txt': REPORT });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, '.cadrerc.json'), Buffer.from('{"allowlist": ["Chérie"]}', 'latin1'));
    const r = await cli(['lint', 'a.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cadre : encodage non UTF-8 : /);
  });

  it('names the --config file as given', async () => {
    const cwd = tree({ 'conf/x.json': '{"rules": {"zzz": "off"}}', 'a.txt': REPORT });
    const r = await cli(['lint', '--config', 'conf/x.json', 'a.txt'], { cwd });
    expect(r.stderr).toMatch(/^cadre : configuration conf\/x\.json : champ « rules\.zzz » : règle inconnue/);
  });
});
