/**
 * `cadre lint` in-process through `run(argv, io)` (issue #2 §6): inputs (files, directories,
 * standard input), formats (stylish, json, sarif), exit codes, BOM and CRLF, --quiet, --out.
 * The e-mail rule serves as the reference finding; the other rules are turned off by a
 * configuration so the expected output does not move while they are being written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree, removeTree, onlyRules, fixtures, JSON_FINDING_KEYS, JSON_FIX_KEYS } from './helpers.ts';
import { VERSION } from '../../lib/cli/main.ts';
import { registry } from '../../rules/index.ts';

const EMAIL_ONLY = JSON.stringify(onlyRules({ email: 'on' }));
const EMAIL_ERROR = JSON.stringify(onlyRules({ email: 'error' }));

const dirs: string[] = [];
/** A temporary working directory with a configuration keeping only the e-mail rule. */
function workdir(files: Record<string, string | Uint8Array> = {}, config = EMAIL_ONLY): string {
  const dir = tempTree({ '.cadrerc.json': config, ...files });
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach(removeTree));

const REPORT = 'Suivi du 3 mars.\nÉcrire à paul.martin@orange.fr pour la suite.\n';

interface JsonOutput {
  version: number;
  files: Array<{ path: string; findings: Array<Record<string, unknown> & { start: number; end: number; text: string; line: number; column: number; fixes: Array<Record<string, unknown>> }> }>;
}
const parse = (stdout: string) => JSON.parse(stdout) as JsonOutput;

describe('commands and usage errors', () => {
  it('prints the version', async () => {
    const cwd = workdir();
    expect(await cli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect((await cli(['-v'], { cwd })).stdout).toBe(`${VERSION}\n`);
  });

  it('prints the help on stdout with exit 0 when asked, on stderr with exit 2 without a command', async () => {
    const cwd = workdir();
    const help = await cli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/cadre lint \[options\]/);
    const none = await cli([], { cwd });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/Usage/);
  });

  it('lists the rules', async () => {
    const r = await cli(['rules'], { cwd: workdir() });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(registry.map((x) => x.id));
  });

  it.each([
    [['frobnicate'], 'cadre : commande inconnue « frobnicate » (voir cadre --help)\n'],
    [['lint', '--bogus', 'a.txt'], 'cadre : option inconnue « --bogus » (voir cadre --help)\n'],
    [['lint', '--format', 'pdf', 'a.txt'], 'cadre : format inconnu « pdf » (attendu : stylish, json ou sarif)\n'],
    [['lint', '--format=xml', 'a.txt'], 'cadre : format inconnu « xml » (attendu : stylish, json ou sarif)\n'],
    [['lint', 'a.txt', '--format'], "cadre : l'option --format attend une valeur\n"],
    [['lint'], "cadre : indiquez au moins un fichier, un dossier ou « - » pour l'entrée standard\n"],
    [['lint', 'absent.txt'], 'cadre : fichier introuvable : ABS/absent.txt\n'],
  ])('%j → exit 2 with one French line on stderr', async (argv, message) => {
    const cwd = workdir({ 'a.txt': REPORT });
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message.replace('ABS', cwd));
  });
});

describe('inputs', () => {
  it('lints several files, in the order given, with paths relative to the working directory', async () => {
    const cwd = workdir({ 'b.txt': REPORT, 'a.txt': 'Rien à signaler.' });
    const r = await cli(['lint', '--format', 'json', 'b.txt', 'a.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(parse(r.stdout).files.map((f) => [f.path, f.findings.length])).toEqual([['b.txt', 1], ['a.txt', 0]]);
  });

  it('walks directories recursively: *.txt and *.md only, hidden directories skipped, sorted', async () => {
    const r = await cli(['lint', '--format', 'json', 'tree'], { cwd: join(fixtures, 'cli') });
    expect(r.code).toBe(0);
    const files = parse(r.stdout).files;
    expect(files.map((f) => f.path)).toEqual(['tree/a.txt', 'tree/notes.md', 'tree/sub/b.txt', 'tree/sub/deep/c.md']);
    expect(files.map((f) => f.findings.map((x) => x.text))).toEqual([['paul.martin@orange.fr'], ['lea.durand@free.fr'], ['sami.haddad@laposte.net'], ['nina.roux@gmail.com']]);
  });

  it('lints a file named explicitly whatever its extension', async () => {
    const r = await cli(['lint', '--format', 'json', 'tree/sub/export.csv'], { cwd: join(fixtures, 'cli') });
    expect(parse(r.stdout).files[0].findings.map((x) => x.text)).toEqual(['jean.dupont@gmail.com']);
  });

  it('reads standard input with "-"', async () => {
    const r = await cli(['lint', '--format', 'json', '-'], { cwd: workdir(), stdin: REPORT });
    expect(r.code).toBe(0);
    const [file] = parse(r.stdout).files;
    expect(file.path).toBe('<stdin>');
    expect(file.findings.map((f) => [f.text, f.line, f.column])).toEqual([['paul.martin@orange.fr', 2, 10]]);
  });

  it('reads a UTF-8 BOM and CRLF: offsets slice the text Node reads, columns ignore the BOM', async () => {
    const text = '\ufeffÉcrire à ana@free.fr\r\nPuis à luc.bernard@gmail.com.\r\n';
    const cwd = workdir({ 'bom.txt': text });
    const r = await cli(['lint', '--format', 'json', 'bom.txt'], { cwd });
    const read = readFileSync(join(cwd, 'bom.txt'), 'utf8');
    expect(read).toBe(text);
    const findings = parse(r.stdout).files[0].findings;
    expect(findings.map((f) => [f.text, f.line, f.column])).toEqual([['ana@free.fr', 1, 10], ['luc.bernard@gmail.com', 2, 8]]);
    for (const f of findings) expect(read.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads a BOM and CRLF on standard input the same way', async () => {
    const r = await cli(['lint', '--format', 'json', '-'], { cwd: workdir(), stdin: '\ufeffLigne 1\r\nmail : ana@free.fr\r\n' });
    const [f] = parse(r.stdout).files[0].findings;
    expect([f.start, f.end, f.line, f.column]).toEqual([17, 28, 2, 8]);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['binary content', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]), /^cadre : contenu binaire, pas un texte : .*data\.txt\n$/],
    ['non-UTF-8 content (Latin-1)', Uint8Array.from(Buffer.from('Il a été reçu à l’agence', 'latin1')), /^cadre : encodage non UTF-8 : .*data\.txt \(enregistrez le fichier en UTF-8\)\n$/],
    ['UTF-16 content', Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Bonjour', 'utf16le')])), /^cadre : encodage UTF-16, pas UTF-8 : .*data\.txt/],
  ])('refuses %s with exit 2', async (_name, bytes, message) => {
    const cwd = workdir({ 'data.txt': bytes, 'ok.txt': REPORT });
    const r = await cli(['lint', 'ok.txt', 'data.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('refuses binary and non-UTF-8 standard input', async () => {
    expect((await cli(['lint', '-'], { cwd: workdir(), stdin: Uint8Array.from([0, 1, 2]) })).stderr).toBe("cadre : contenu binaire, pas un texte : l'entrée standard\n");
    expect((await cli(['lint', '-'], { cwd: workdir(), stdin: Uint8Array.from([0xe9, 0x74, 0xe9]) })).code).toBe(2);
  });

  it('refuses an unreadable entry in a directory (broken link) with exit 2', async () => {
    const cwd = workdir({ 'dir/ok.txt': REPORT });
    symlinkSync(join(cwd, 'nowhere.txt'), join(cwd, 'dir', 'broken.txt'));
    const r = await cli(['lint', 'dir'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cadre : fichier illisible : .*broken\.txt\n$/);
  });

  it('lints an empty file and an empty directory without findings', async () => {
    const cwd = workdir({ 'vide.txt': '' });
    mkdirSync(join(cwd, 'rien'));
    const r = await cli(['lint', '--format', 'json', 'vide.txt', 'rien'], { cwd });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toEqual({ version: 1, files: [{ path: 'vide.txt', findings: [] }] });
  });
});

describe('exit codes', () => {
  it('exits 0 when findings are warnings or infos only', async () => {
    expect((await cli(['lint', 'r.txt'], { cwd: workdir({ 'r.txt': REPORT }) })).code).toBe(0);
  });

  it('exits 1 when a finding is an error', async () => {
    expect((await cli(['lint', 'r.txt'], { cwd: workdir({ 'r.txt': REPORT }, EMAIL_ERROR) })).code).toBe(1);
  });

  it('exits 0 without findings', async () => {
    expect((await cli(['lint', 'r.txt'], { cwd: workdir({ 'r.txt': 'Rien.' }, EMAIL_ERROR) })).code).toBe(0);
  });
});

describe('format: stylish', () => {
  it('groups findings per file: line:column, severity, message, rule, excerpt, fix; then a summary', async () => {
    const cwd = workdir({ 'a.txt': REPORT, 'b.txt': 'Rien.', 'c.txt': 'Contact : zoe.petit@gmail.com' });
    const r = await cli(['lint', 'a.txt', 'b.txt', 'c.txt'], { cwd });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('a.txt');
    expect(lines[1]).toMatch(/^ {2}2:10 +attention +\S.*\S {2}email$/);
    expect(lines[2]).toMatch(/^ +« paul\.martin@orange\.fr »$/);
    expect(lines[3]).toMatch(/^ +→ \S/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('c.txt'); // b.txt has no finding: not listed
    expect(lines[6]).toMatch(/^ {2}1:11 +attention .* {2}email$/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 problèmes (0 erreur, 2 avertissements, 0 info) dans 3 fichiers.');
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when stdout is not a terminal
  });

  it('says when there is nothing to report', async () => {
    const r = await cli(['lint', 'b.txt'], { cwd: workdir({ 'b.txt': 'Rien.' }) });
    expect(r.stdout).toBe('✔ Aucun problème dans 1 fichier.\n');
  });

  it('colours a terminal unless NO_COLOR is set', async () => {
    const cwd = workdir({ 'a.txt': REPORT });
    expect((await cli(['lint', 'a.txt'], { cwd, isTTY: true })).stdout).toMatch(/\u001b\[33m/);
    expect((await cli(['lint', 'a.txt'], { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('counts errors in the summary', async () => {
    const r = await cli(['lint', 'a.txt'], { cwd: workdir({ 'a.txt': REPORT }, EMAIL_ERROR) });
    expect(r.stdout).toMatch(/ 2:10 +erreur /);
    expect(r.stdout).toMatch(/✖ 1 problème \(1 erreur, 0 avertissement, 0 info\) dans 1 fichier\.\n$/);
  });
});

describe('format: json', () => {
  it('has exactly the contract’s fields', async () => {
    const cwd = workdir({ 'a.txt': REPORT });
    const r = await cli(['lint', '--format', 'json', 'a.txt'], { cwd });
    const out = parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['files', 'version']);
    expect(out.version).toBe(1);
    expect(Object.keys(out.files[0]).sort()).toEqual(['findings', 'path']);
    const [f] = out.files[0].findings;
    expect(Object.keys(f).sort()).toEqual(JSON_FINDING_KEYS);
    expect(f).toMatchObject({ rule: 'email', category: 'email', severity: 'warning', start: 26, end: 47, line: 2, column: 10, text: 'paul.martin@orange.fr' });
    expect(typeof f.message).toBe('string');
    expect(f.fixes.length).toBeGreaterThan(0);
    for (const x of f.fixes) {
      expect(Object.keys(x).sort()).toEqual(JSON_FIX_KEYS);
      expect(typeof x.replacement).toBe('string');
    }
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('keeps the contract with every rule of the registry on the sample reports', async () => {
    const dir = join(fixtures, 'reports');
    const r = await cli(['lint', '--format', 'json', '.'], { cwd: dir, env: {} });
    expect([0, 1]).toContain(r.code);
    for (const file of parse(r.stdout).files) {
      const text = readFileSync(join(dir, file.path), 'utf8');
      for (const f of file.findings) {
        expect(Object.keys(f).sort()).toEqual(JSON_FINDING_KEYS);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        for (const x of f.fixes) expect(Object.keys(x).sort()).toEqual(JSON_FIX_KEYS);
      }
    }
  });

  it('writes to a file with --out', async () => {
    const cwd = workdir({ 'a.txt': REPORT });
    const r = await cli(['lint', '--format=json', '--out', 'res.json', 'a.txt'], { cwd });
    expect(r.stdout).toBe('');
    expect(parse(readFileSync(join(cwd, 'res.json'), 'utf8')).files[0].findings).toHaveLength(1);
  });
});

describe('format: sarif', () => {
  it('is SARIF 2.1.0 with rule metadata and located results', async () => {
    const cwd = workdir({ 'dossier/a b.txt': REPORT }, EMAIL_ERROR);
    const r = await cli(['lint', '--format', 'sarif', 'dossier'], { cwd });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    // tool.driver: name required; no placeholder URL
    expect(run.tool.driver.name).toBe('Cadre');
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(JSON.stringify(log)).not.toMatch(/example\.(invalid|com)/);
    const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }>;
    expect(rules.map((x) => x.id)).toEqual(registry.map((x) => x.id));
    for (const rule of rules) {
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    const [result] = run.results;
    expect(result.ruleId).toBe('email');
    expect(rules[result.ruleIndex].id).toBe('email');
    expect(result.level).toBe('error');
    expect(result.message.text.length).toBeGreaterThan(0);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    expect(artifactLocation.uri).toBe('dossier/a%20b.txt');
    expect(region).toEqual({ startLine: 2, startColumn: 10, endLine: 2, endColumn: 31, charOffset: 26, charLength: 21 });
    const [fix] = result.fixes;
    expect(fix.artifactChanges[0].artifactLocation.uri).toBe('dossier/a%20b.txt');
    expect(fix.artifactChanges[0].replacements[0].deletedRegion.startLine).toBe(2);
    expect(typeof fix.artifactChanges[0].replacements[0].insertedContent.text).toBe('string');
  });

  it('maps severities to SARIF levels', async () => {
    const levels = async (setting: string) => {
      const cwd = workdir({ 'a.txt': REPORT }, JSON.stringify(onlyRules({ email: setting })));
      return JSON.parse((await cli(['lint', '--format', 'sarif', 'a.txt'], { cwd })).stdout).runs[0].results.map((x: { level: string }) => x.level);
    };
    expect(await levels('error')).toEqual(['error']);
    expect(await levels('warning')).toEqual(['warning']);
    expect(await levels('info')).toEqual(['note']);
  });

  it('has an empty result list when nothing is found', async () => {
    const log = JSON.parse((await cli(['lint', '--format', 'sarif', 'a.txt'], { cwd: workdir({ 'a.txt': 'Rien.' }) })).stdout);
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('--quiet', () => {
  it('keeps error-level findings and the exit code', async () => {
    const text = 'Écrire à ana@free.fr ou à luc.bernard@gmail.com.';
    const cwd = workdir({ 'a.txt': text }, EMAIL_ERROR);
    const quiet = await cli(['lint', '--quiet', '--format', 'json', 'a.txt'], { cwd });
    expect(quiet.code).toBe(1);
    expect(parse(quiet.stdout).files[0].findings.map((f) => f.text)).toEqual(['ana@free.fr', 'luc.bernard@gmail.com']);
  });

  it('drops warnings and infos', async () => {
    const text = 'Écrire à ana@free.fr.';
    for (const [setting, severity] of [['warning', 'warning'], ['info', 'info']]) {
      const cwd = workdir({ 'a.txt': text }, JSON.stringify(onlyRules({ email: setting })));
      const loud = parse((await cli(['lint', '--format', 'json', 'a.txt'], { cwd })).stdout).files[0].findings.map((f) => f.severity);
      expect(loud).toEqual([severity]);
      const quiet = await cli(['lint', '--quiet', '--format', 'json', 'a.txt'], { cwd });
      expect(quiet.code).toBe(0);
      expect(parse(quiet.stdout).files[0].findings).toEqual([]);
    }
  });

  it('prints the all-clear when only warnings were found', async () => {
    const r = await cli(['lint', '-q', 'a.txt'], { cwd: workdir({ 'a.txt': REPORT }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Aucun problème dans 1 fichier.\n');
  });
});
