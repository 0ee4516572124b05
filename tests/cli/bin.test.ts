/**
 * The real `cadre` command in child processes (issue #2 §6): bin/cadre.mjs runs the bundle,
 * rebuilding it when it is missing or older than the sources; exit codes and streams as a shell
 * sees them; `npx cadre` right after `npm ci`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAscii } from 'node:buffer';
import { fixtures, onlyRules, removeTree, repoRoot, tempTree, JSON_FINDING_KEYS } from './helpers.ts';
import { VERSION } from '../../lib/cli/main.ts';

// child processes on a busy machine (and a bundle rebuilt when sources changed): generous ceilings
vi.setConfig({ testTimeout: 120_000 });

const bin = join(repoRoot, 'bin', 'cadre.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

function cadre(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repoRoot, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// one build up front, so that the tests below do not each rebuild a stale bundle
beforeAll(() => {
  cadre(['--version']);
}, 180_000);

describe('bin/cadre.mjs', () => {
  it('runs cadre audit under a heap ceiling, with its streams and exit codes', () => {
    const dir = tempTree({ 'lot.csv': 'id;texte\n1;Entretien de suivi : vous cherchez un poste de magasinier.\n2;Il souffre d\'un diabète de type 2.\n' });
    dirs.push(dir);
    const env = { ...process.env, NO_COLOR: '1', CADRE_AUDIT_STATS: '1' };
    const r = spawnSync(process.execPath, [bin, 'audit', '--format', 'json', 'lot.csv'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    // a health condition is an error-level finding: exit 1, the results on stdout
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.reports).toBe(2);
    const stats = JSON.parse(/cadre-audit-stats (.*)/.exec(r.stderr)![1]);
    expect(stats.heapLimitMb).toBeGreaterThanOrEqual(512);
    expect(stats.heapLimitMb).toBeLessThan(1024); // V8's own default here would be several gigabytes
    // a usage error still exits 2 through the child
    const bad = spawnSync(process.execPath, [bin, 'audit', 'absent.csv'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^cadre : /);
  });

  it('prints the version', () => {
    expect(cadre(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('lints a file to JSON with the contract’s fields and exit 0 or 1', () => {
    const r = cadre(['lint', '--format', 'json', join('tests', 'fixtures', 'reports', 'exemple.txt')]);
    expect([0, 1]).toContain(r.code);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const text = readFileSync(join(fixtures, 'reports', 'exemple.txt'), 'utf8');
    expect(out.files[0].findings.length).toBeGreaterThan(0);
    for (const f of out.files[0].findings) {
      expect(Object.keys(f).sort()).toEqual(JSON_FINDING_KEYS);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('reads standard input, BOM and CRLF included', () => {
    const cwd = tempTree({ '.cadrerc.json': JSON.stringify(onlyRules({ email: 'on' })) });
    dirs.push(cwd);
    const input = '\ufeffBonjour,\r\nécrire à ana@free.fr\r\n';
    const r = cadre(['lint', '--format', 'json', '-'], { cwd, input });
    expect(r.code).toBe(0);
    const [f] = JSON.parse(r.stdout).files[0].findings;
    expect(input.slice(f.start, f.end)).toBe('ana@free.fr');
    expect([f.line, f.column]).toEqual([2, 10]);
  });

  it('exits 1 on an error-level finding', () => {
    const cwd = tempTree({ '.cadrerc.json': JSON.stringify(onlyRules({ email: 'error' })), 'a.txt': 'Écrire à ana@free.fr.' });
    dirs.push(cwd);
    const r = cadre(['lint', 'a.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/erreur/);
  });

  it.each([
    [['lint', 'introuvable.txt'], /^cadre : fichier introuvable : .*introuvable\.txt\n$/],
    [['lint', '--format', 'xml', 'a.txt'], /^cadre : format inconnu « xml »/],
    [['lint', '--nope', 'a.txt'], /^cadre : option inconnue « --nope »/],
    [['lint', '--config', 'absente.json', 'a.txt'], /^cadre : fichier de configuration introuvable : absente\.json\n$/],
  ])('%j: exit 2, one French line on stderr, no stack trace', (args, message) => {
    const cwd = tempTree({ 'a.txt': 'Rien.' });
    dirs.push(cwd);
    const r = cadre(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });

  it('refuses a bad configuration with exit 2', () => {
    const cwd = tempTree({ '.cadrerc.json': '{"rules": {"sante": "grave"}}', 'a.txt': 'Rien.' });
    dirs.push(cwd);
    const r = cadre(['lint', 'a.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cadre : configuration \.cadrerc\.json : champ « rules\.sante » : valeur attendue parmi .*\n$/);
  });

  it('refuses binary content with exit 2', () => {
    const cwd = tempTree({ 'b.txt': Uint8Array.from([0x00, 0xff, 0x10]) });
    dirs.push(cwd);
    const r = cadre(['lint', 'b.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cadre : contenu binaire, pas un texte : .*b\.txt\n$/);
  });
});

describe('worker threads on large batches', () => {
  it('give the same output as one thread, in the same order', () => {
    const cwd = tempTree(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [
      `lot/r${String(i).padStart(2, '0')}.txt`,
      `Rapport ${i}. Écrire à personne${i}@free.fr. Il est diabétique et je pense qu'il ira mieux.\n`.repeat(1 + (i % 4)),
    ])));
    dirs.push(cwd);
    const one = cadre(['lint', '--format', 'json', '--jobs', '0', 'lot'], { cwd });
    const two = cadre(['lint', '--format', 'json', '--jobs', '2', 'lot'], { cwd });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).files).toHaveLength(30);
    const stylish = cadre(['lint', '--jobs=3', 'lot'], { cwd });
    expect(stylish.stdout).toBe(cadre(['lint', 'lot'], { cwd }).stdout);
  });

  it('refuses a bad --jobs value', () => {
    const r = cadre(['lint', '--jobs', 'beaucoup', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cadre : --jobs attend un nombre entre 0 et 64, pas « beaucoup »\n');
  });
});

describe('the sample report (the README’s "try it" command)', () => {
  it('lints tests/fixtures/reports/exemple.txt and reports its problems', () => {
    const r = cadre(['lint', 'tests/fixtures/reports/exemple.txt']);
    expect(r.code).toBe(1); // it holds a social security number and an IBAN: error level
    expect(r.stdout.split('\n')[0]).toBe('tests/fixtures/reports/exemple.txt');
    expect(r.stdout).toMatch(/✖ \d+ problèmes \(\d+ erreurs?, \d+ avertissements?, \d+ infos?\) dans 1 fichier\.\n$/);
    expect(r.stderr).toBe('');
  });
});

describe('the bundle is ASCII only', () => {
  it('escapes what esbuild leaves in regular expressions, with the same meaning (bin/cadre.mjs reads it as Latin-1)', async () => {
    // @ts-ignore -- plain .mjs build script
    const { asciiOnly } = await import('../../scripts/build-cli.mjs');
    const source = 'const raw = String.raw`[º°ª€£]`; [/[éÉ«»]+/u.exec("«É»")[0], /ä😀/u.test("ä😀"), new RegExp(raw, "u").test("€"), "œ", `ù`]';
    const escaped: string = asciiOnly(source);
    expect(/^[\x00-\x7f]*$/.test(escaped)).toBe(true);
    expect((0, eval)(escaped)).toEqual((0, eval)(source));
    expect(isAscii(readFileSync(join(repoRoot, 'dist', 'cli.cjs')))).toBe(true);
  });

  it('lints like the sources, amounts in £ and € and Spanish floors included', async () => {
    const { lint } = await import('../../lib/lint/index.ts');
    const text = 'Loyer de 650 € et dette de 1 200 £. Domicilié calle Mayor 12, 3º izq., 28013 Madrid. Il a été hospitalisé à Créteil, « très déprimé ».\n';
    const r = cadre(['lint', '--format', 'json', '-'], { input: text });
    const fromBundle = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; start: number; end: number }) => [f.rule, f.start, f.end]);
    expect(fromBundle).toEqual(lint(text).map((f) => [f.rule, f.start, f.end]));
    expect(fromBundle.map((f: [string]) => f[0])).toEqual(expect.arrayContaining(['finances', 'adresse', 'sante']));
  });
});

describe('the bundle is rebuilt when missing or stale', () => {
  it('builds dist/cli.cjs on first run in a fresh checkout, then keeps V8\'s code cache beside it', () => {
    // a copy of the package with the sources linked in and no dist/
    const root = tempTree({ 'cr.txt': "L'adhérent évoque son diabète. J'ai proposé un atelier CV.\n" });
    dirs.push(root);
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'scripts'));
    cpSync(bin, join(root, 'bin', 'cadre.mjs'));
    cpSync(join(repoRoot, 'scripts', 'build-cli.mjs'), join(root, 'scripts', 'build-cli.mjs'));
    cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
    for (const d of ['lib', 'rules', 'node_modules']) symlinkSync(join(repoRoot, d), join(root, d), 'dir');
    const bundle = join(root, 'dist', 'cli.cjs');
    const cache = `${bundle}.cache`;
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'cadre.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    expect(existsSync(bundle)).toBe(false);
    const r = run('--version');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(existsSync(bundle)).toBe(true);
    // and does not rebuild when it is fresh
    const before = statSync(bundle).mtimeMs;
    run('--version');
    expect(statSync(bundle).mtimeMs).toBe(before);
    // the code cache is written by a command that loads the engine, and used by the next ones
    expect(existsSync(cache)).toBe(false);
    const first = run('lint', '--format', 'json', 'cr.txt');
    expect(first.status).toBe(1);
    expect(existsSync(cache)).toBe(true);
    const cached = run('lint', '--format', 'json', 'cr.txt');
    expect(cached.stdout).toBe(first.stdout);
    expect(cached.stderr).toBe('');
    // a damaged cache is refused by V8: same output, and the cache is written again
    writeFileSync(cache, 'pas un cache V8');
    const damaged = run('lint', '--format', 'json', 'cr.txt');
    expect(damaged.stdout).toBe(first.stdout);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  }, 300_000);
});

describe('npx cadre', () => {
  it('runs the package’s own bin', () => {
    const out = execFileSync('npx', ['--no-install', 'cadre', '--version'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 120_000 });
    expect(out).toBe(`${VERSION}\n`);
  }, 180_000);
});
