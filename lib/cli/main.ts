/**
 * The `cadre` command line. `run(argv, io)` returns the exit code so tests can call it directly.
 *
 *   cadre lint [--format stylish|json|sarif] [--config FILE] [--quiet] PATH...|-
 *
 * Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or input error (one-line
 * French message on stderr, never a stack trace).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintConfig } from '../lint/engine.ts';
import { InputError, displayPath, expandPaths, readStdin, readTextFile } from './input.ts';
import { jsonWriter, sarifWriter, stylishWriter, type OutputWriter } from './format.ts';
import { slim, startLintPool, type CliFinding, type LintPool } from './lint-pool.ts';

export const VERSION = '0.1.0';

interface Engine {
  lint: typeof import('../lint/index.ts').lint;
  registry: typeof import('../lint/index.ts').registry;
  lintConfigFromFile: typeof import('../org-settings/file.ts').lintConfigFromFile;
}
let engine: Engine | undefined;

/**
 * The engine, the rule registry and the configuration reader, imported on first need: the rules
 * build their lexicons when loaded, and `cadre --version` or `--help` must not pay for it
 * (start-up ≤ 300 ms, issue #2 §8). `run` loads them before any command that lints.
 */
export async function loadEngine(): Promise<Engine> {
  if (!engine) {
    const [{ lint, registry }, { lintConfigFromFile }] = await Promise.all([import('../lint/index.ts'), import('../org-settings/file.ts')]);
    engine = { lint, registry, lintConfigFromFile };
  }
  return engine;
}

function loadedEngine(): Engine {
  if (!engine) throw new Error('moteur non chargé : appelez loadEngine() avant loadConfig()');
  return engine;
}

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

export class UsageError extends Error {}

const HELP = `Cadre : relecture RGPD des comptes rendus d'entretien.

Usage :
  cadre lint [options] CHEMIN... | -      relit des fichiers .txt/.md, des dossiers, ou l'entrée standard
  cadre audit [options] CHEMIN...         audit d'exports (CSV, JSON, .txt/.md) : synthèse par catégorie
                                          et par sévérité (voir cadre audit --help)
  cadre rules                             liste les règles
  cadre --version

Options de « lint » :
  --format stylish|json|sarif   format de sortie (stylish par défaut)
  --config FICHIER              configuration : .cadrerc.json ou fichier de paramètres exporté
                                (sinon .cadrerc.json du dossier courant ou d'un parent)
  --quiet                       n'affiche que les erreurs
  --out FICHIER                 écrit le résultat dans un fichier
  --jobs N                      fils de calcul en tout (défaut : un par cœur pour les gros lots
                                à partir de 3 cœurs ; 0 ou 1 = un seul)

Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 problème d'usage ou d'entrée.
`;

interface LintArgs {
  /** threads in all, the main one included: undefined = automatic, 0 or 1 = the main thread alone */
  jobs?: number;
  format: 'stylish' | 'json' | 'sarif';
  config?: string;
  quiet: boolean;
  out?: string;
  paths: string[];
}

function parseLintArgs(args: string[]): LintArgs {
  const out: LintArgs = { format: 'stylish', quiet: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`l'option ${name} attend une valeur`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') {
      const v = value('--format');
      if (v !== 'stylish' && v !== 'json' && v !== 'sarif') throw new UsageError(`format inconnu « ${v} » (attendu : stylish, json ou sarif)`);
      out.format = v;
    } else if (a === '--config' || a.startsWith('--config=') || a === '-c') out.config = value('--config');
    else if (a === '--out' || a.startsWith('--out=') || a === '-o') out.out = value('--out');
    else if (a === '--quiet' || a === '-q') out.quiet = true;
    else if (a === '--jobs' || a.startsWith('--jobs=') || a === '-j') {
      const v = value('--jobs');
      if (!/^\d+$/.test(v) || Number(v) > 64) throw new UsageError(`--jobs attend un nombre entre 0 et 64, pas « ${v} »`);
      out.jobs = Number(v);
    } else if (a === '-') out.paths.push('-');
    else if (a.startsWith('-')) throw new UsageError(`option inconnue « ${a} » (voir cadre --help)`);
    else out.paths.push(a);
  }
  if (!out.paths.length) throw new UsageError('indiquez au moins un fichier, un dossier ou « - » pour l\'entrée standard');
  return out;
}

/** Find .cadrerc.json in `dir` or a parent. */
export function findConfigFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const f = join(d, '.cadrerc.json');
    if (existsSync(f)) return f;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * Load and validate a configuration file; throws UsageError with a one-line French message that
 * names the file (as `shown`, e.g. relative to the working directory) and each wrong field.
 */
export function loadConfig(path: string, shown: string = path): LintConfig {
  let raw: string;
  try {
    raw = readTextFile(path);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  let json: unknown;
  const source = raw.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new UsageError(`configuration ${shown} : JSON non valide${jsonErrorPlace(source, e)}.`);
  }
  // a .cadrerc.json, or a settings file exported from the options page (its `rules` part, issue #6)
  const { lintConfigFromFile, registry } = loadedEngine();
  const r = lintConfigFromFile(json, registry);
  if (!r.ok) throw new UsageError(`configuration ${shown} : ${r.errors.join(' ; ')}`);
  return r.value;
}

/** " (ligne 3, colonne 14)" from V8's "… at position 52" / "(line 3 column 14)", or "". */
function jsonErrorPlace(source: string, e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return ` (ligne ${lc[1]}, colonne ${lc[2]})`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = source.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return ` (ligne ${line}, colonne ${before.length - before.lastIndexOf('\n')})`;
  }
  if (/end of JSON input/i.test(message)) return ' (fin de fichier inattendue)';
  return '';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd) {
      io.stderr.write(HELP); // no command is a usage error: help on stderr, exit 2
      return 2;
    }
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    // `lint` loads the engine itself, after starting its worker threads (they boot meanwhile)
    if (cmd === 'rules' || cmd === 'audit') await loadEngine();
    if (cmd === 'rules') {
      for (const r of loadedEngine().registry) io.stdout.write(`${r.id.padEnd(24)} ${r.meta.severity.padEnd(8)} ${r.meta.category.padEnd(22)} ${r.meta.description}\n`);
      return 0;
    }
    if (cmd === 'lint') return await runLint(parseLintArgs(rest), io);
    if (cmd === 'audit') {
      const { runAudit } = await import('./audit.ts');
      return await runAudit(rest, io);
    }
    throw new UsageError(`commande inconnue « ${cmd} » (voir cadre --help)`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr.write(`cadre : ${e.message}\n`);
      return 2;
    }
    // one line, never a stack trace (CADRE_DEBUG=1 shows it)
    if (io.env.CADRE_DEBUG) io.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    io.stderr.write(`cadre : erreur inattendue : ${message}\n`);
    return 2;
  }
}

/**
 * Worker threads pay off from a few hundred kilobytes of reports: each thread loads and compiles
 * the engine (~0.1–0.3 s). They are started as soon as the file list says the batch is large, and
 * dropped unused if the texts turn out to be small.
 */
const WORKERS_FROM_FILES = 64;
const WORKERS_FROM_CHARS = 256 * 1024;

/** The running bundle (dist/cli.cjs), which is also the worker's code; undefined when run from the TypeScript sources. */
function runningBundle(): string | undefined {
  const self = fileURLToPath(import.meta.url);
  return /\.[cm]js$/.test(self) ? self : undefined;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const files = expandPaths(args.paths.map((p) => (p === '-' ? p : resolve(io.cwd, p))));
  // threads in all, this one included (`--jobs 0` or `1`: this thread alone)
  const bundle = runningBundle();
  const cores = availableParallelism();
  // on 2 cores one worker + this thread was no faster than this thread alone (8,000 reports: 5.3 s
  // against 4.8 s): each thread warms its own JIT and this one decodes the worker's findings
  const threads = !bundle ? 1 : args.jobs ?? (files.length >= WORKERS_FROM_FILES && cores >= 3 ? Math.min(8, cores) : 1);
  let pool: LintPool | undefined = threads > 1 ? startLintPool(threads - 1, bundle!) : undefined;
  try {
    await loadEngine();
    const configPath = args.config ? resolve(io.cwd, args.config) : findConfigFile(io.cwd);
    if (args.config && !existsSync(configPath!)) throw new UsageError(`fichier de configuration introuvable : ${args.config}`);
    const config = configPath ? loadConfig(configPath, displayPath(configPath, io.cwd)) : undefined;
    // read everything first: an unreadable file stops the run before any output (exit 2)
    const texts: string[] = [];
    for (const f of files) texts.push(f === '-' ? await readStdin(io.stdin) : readTextFile(f));
    const { lint } = loadedEngine();
    const chars = texts.reduce((n, t) => n + t.length, 0);
    if (pool && args.jobs === undefined && chars < WORKERS_FROM_CHARS) { await pool.close(); pool = undefined; }
    const writer = outputWriter(args, io);
    const out: string[] = [];
    let errors = 0;
    const emit = (i: number, found: readonly CliFinding[]) => {
      if (found.some((x) => x.severity === 'error')) errors++;
      const findings = args.quiet ? found.filter((x) => x.severity === 'error') : found;
      const piece = writer.file({ path: displayPath(files[i], io.cwd), text: texts[i], findings });
      if (piece) out.push(piece);
    };
    if (pool) (await pool.lint(texts, config, (t) => lint(t, config).map(slim))).forEach((f, i) => emit(i, f));
    // one thread: each file's findings are written out as soon as they are found (no slim copy)
    else for (let i = 0; i < texts.length; i++) emit(i, lint(texts[i], config));
    out.push(writer.end());
    if (args.format !== 'stylish') out.push('\n');
    const output = out.join('');
    if (args.out) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(resolve(io.cwd, args.out), output);
    } else io.stdout.write(output);
    return errors > 0 ? 1 : 0;
  } finally {
    await pool?.close();
  }
}

function outputWriter(args: LintArgs, io: CliIO): OutputWriter {
  if (args.format === 'json') return jsonWriter();
  if (args.format === 'sarif') return sarifWriter(loadedEngine().registry, VERSION);
  return stylishWriter(!!io.stdout.isTTY && !io.env.NO_COLOR);
}

