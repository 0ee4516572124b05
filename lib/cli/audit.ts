/**
 * `cadre audit`: batch audit of report exports (issue #5 §4).
 *
 *   cadre audit CHEMIN... [--text-column NOM] [--id-column NOM] [--author-column NOM]
 *     [--type-column NOM] [--date-column NOM] [--format stylish|json|csv|sarif|html]
 *     [--out FICHIER] [--config FICHIER] [--jobs N] [--keep-texts] [--summary-only]
 *
 * Inputs are the page's: .txt/.md (one report each), .json, .csv (streamed: memory stays flat
 * whatever the file size). Linting runs on `node:worker_threads`, one per core but one (this thread
 * reads, aggregates and lints when the workers are busy), each loading the bundled engine
 * (dist/audit-worker.mjs); results come back in input order, so every output and
 * the summary are deterministic. Outputs are streamed too (HTML, a summary, is written at the end).
 *
 * Exit codes as for lint: 0 no error-level finding, 1 error-level findings, 2 usage or input error
 * (a file stopped at a line: what was read before it is still audited and written).
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { registry, type LintConfig } from '../lint/index.ts';
import { CATEGORY_LABELS, type Category } from '../lint/types.ts';
import { createAggregator, type AuditSummary, type GroupStats } from '../audit/aggregate.ts';
import { createBatcher, createLintWorkerHandler, type LintWorkerRequest, type LintWorkerResponse } from '../audit/batch.ts';
import { csvWriter, jsonWriter, pushWorst, renderAuditHtml, sarifWriter, type AuditMeta, type StreamWriter } from '../audit/export.ts';
import { ImportError } from '../audit/import.ts';
import { readSource } from '../audit/source.ts';
import { sourceKind, type AuditRecord, type AuditReportResult, type ColumnMapping, type ImportIssue } from '../audit/types.ts';
import { InputError, displayPath, expandPaths } from './input.ts';
import { UsageError, VERSION, findConfigFile, loadConfig, type CliIO } from './main.ts';

type Format = 'stylish' | 'json' | 'csv' | 'sarif' | 'html';

interface AuditArgs {
  paths: string[];
  mapping: Partial<ColumnMapping>;
  format: Format;
  out?: string;
  config?: string;
  jobs?: number;
  keepTexts: boolean;
  summaryOnly: boolean;
}

export const AUDIT_HELP = `Usage : cadre audit [options] CHEMIN...

Audite des comptes rendus : fichiers .txt/.md (un compte rendu chacun), .json (tableau d'objets),
.csv (séparateur ; ou , détecté), ou des dossiers qui en contiennent.

Options :
  --text-column NOM     colonne du texte (sinon devinée : texte, compte_rendu, contenu…)
  --id-column NOM       colonne de l'identifiant
  --author-column NOM   colonne de l'auteur (synthèse par auteur)
  --type-column NOM     colonne du type d'entretien (synthèse par type)
  --date-column NOM     colonne de la date
  --format FORMAT       stylish (défaut), json, csv, sarif ou html
  --out FICHIER         écrit le résultat dans un fichier
  --config FICHIER      configuration (sinon .cadrerc.json du dossier courant ou d'un parent)
  --jobs N              fils de calcul en tout, celui-ci compris (défaut : un par cœur ;
                        0 ou 1 = un seul)
  --keep-texts          inclut les passages signalés et les textes (masqués par défaut)
  --summary-only        n'affiche que la synthèse (format stylish)

Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 problème d'usage ou d'entrée.
`;

function parseAuditArgs(args: string[]): AuditArgs | 'help' {
  const out: AuditArgs = { paths: [], mapping: {}, format: 'stylish', keepTexts: false, summaryOnly: false };
  const columns: Record<string, keyof ColumnMapping> = {
    '--text-column': 'text', '--id-column': 'id', '--author-column': 'author', '--type-column': 'type', '--date-column': 'date',
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`l'option ${name} attend une valeur`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    if (name in columns) {
      const v = value().trim();
      if (!v) throw new UsageError(`l'option ${name} attend un nom de colonne`);
      out.mapping[columns[name]] = v;
    } else if (name === '--format' || name === '-f') {
      const v = value();
      if (!['stylish', 'json', 'csv', 'sarif', 'html'].includes(v)) throw new UsageError(`format inconnu « ${v} » (attendu : stylish, json, csv, sarif ou html)`);
      out.format = v as Format;
    } else if (name === '--out' || name === '-o') out.out = value();
    else if (name === '--config' || name === '-c') out.config = value();
    else if (name === '--jobs' || name === '-j') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) > 256) throw new UsageError(`--jobs attend un nombre entre 0 et 256, pas « ${v} »`);
      out.jobs = Number(v);
    } else if (name === '--keep-texts') out.keepTexts = true;
    else if (name === '--summary-only') out.summaryOnly = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`option inconnue « ${a} » (voir cadre audit --help)`);
    else if (a === '-') throw new UsageError("cadre audit lit des fichiers : l'entrée standard n'est pas prise en charge (utilisez cadre lint -)");
    else out.paths.push(a);
  }
  if (!out.paths.length) throw new UsageError('indiquez au moins un fichier ou un dossier à auditer (.csv, .json, .txt, .md)');
  return out;
}

const AUDIT_EXT = /\.(txt|md|markdown|json|csv|tsv)$/i;

// ---------------------------------------------------------------------------------------------
// Linting: in process, or on a pool of worker threads

interface Linter {
  /** lint a batch; results come back in the batch's order */
  submit(records: AuditRecord[]): Promise<AuditReportResult[]>;
  close(): Promise<void>;
  readonly threads: number;
  /** batches handed to the least busy worker and not answered yet (0 in process) */
  minBusy?(): number;
}

/**
 * Workers plus this thread: the main thread reads the file and aggregates, and lints a batch itself
 * whenever every worker already has two waiting (on 2 cores: one worker, and this thread takes the
 * rest, instead of three threads fighting for two cores).
 */
function hybridLinter(pool: Linter, here: Linter): Linter {
  return {
    threads: pool.threads + 1,
    submit: (records) => (pool.minBusy!() >= 3 ? here.submit(records) : pool.submit(records)),
    close: () => pool.close(),
  };
}

function inProcessLinter(config: LintConfig | undefined, keepTexts: boolean): Linter {
  const handle = createLintWorkerHandler();
  handle({ type: 'init', config, keepTexts });
  let seq = 0;
  return {
    threads: 0,
    async submit(records) {
      const r = handle({ type: 'batch', seq: seq++, records })!;
      if (r.type === 'error') throw new Error(r.message);
      return r.results;
    },
    async close() {},
  };
}

/** dist/audit-worker.mjs next to the running bundle, or the repository's dist/ when run from source. */
export function findWorkerFile(env: Record<string, string | undefined>): string | undefined {
  if (env.CADRE_AUDIT_WORKER) return existsSync(env.CADRE_AUDIT_WORKER) ? env.CADRE_AUDIT_WORKER : undefined;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const f of [join(here, 'audit-worker.mjs'), join(here, '..', '..', 'dist', 'audit-worker.mjs')]) if (existsSync(f)) return f;
  return undefined;
}

/** Old-generation heap of each lint worker (the engine's live data is ~15 MB; 64 MB ran as fast as 96 with ~25 MB less RSS). */
export const WORKER_HEAP_MB = 64;

function workerPool(file: string, size: number, config: LintConfig | undefined, keepTexts: boolean): Linter {
  interface Slot { worker: Worker; busy: number; pending: Map<number, { resolve(r: AuditReportResult[]): void; reject(e: Error): void }> }
  const slots: Slot[] = [];
  let seq = 0;
  let failure: Error | undefined;
  for (let i = 0; i < size; i++) {
    // a bounded heap per worker: V8 would otherwise let garbage pile up to gigabytes before
    // collecting, and a 1 GB export must stay under ~300 MB (issue #5 §4)
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, busy: 0, pending: new Map() };
    const failAll = (e: Error) => {
      failure ??= e;
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
    };
    worker.on('message', (m: LintWorkerResponse) => {
      const p = slot.pending.get(m.seq);
      if (!p) return;
      slot.pending.delete(m.seq);
      slot.busy--;
      if (m.type === 'results') p.resolve(m.results);
      else p.reject(new Error(m.message));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => { if (slot.pending.size) failAll(new Error(`fil de calcul arrêté (code ${code})`)); });
    worker.postMessage({ type: 'init', config, keepTexts } satisfies LintWorkerRequest);
    slots.push(slot);
  }
  return {
    threads: size,
    minBusy: () => Math.min(...slots.map((s) => s.busy)),
    submit(records) {
      if (failure) return Promise.reject(failure);
      // the least busy worker takes the batch
      let slot = slots[0];
      for (const s of slots) if (s.busy < slot.busy) slot = s;
      slot.busy++;
      const id = seq++;
      return new Promise((resolvePromise, reject) => {
        slot.pending.set(id, { resolve: resolvePromise, reject });
        slot.worker.postMessage({ type: 'batch', seq: id, records } satisfies LintWorkerRequest);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output

interface Sink {
  write(s: string): Promise<void>;
  end(): Promise<void>;
}

function sinkFor(io: CliIO, out: string | undefined): Sink {
  if (out) {
    const stream = createWriteStream(out);
    let error: Error | undefined;
    stream.on('error', (e) => { error = e; });
    return {
      async write(s) {
        if (error) throw new InputError(`écriture impossible : ${out} (${error.message})`);
        if (!stream.write(s)) await once(stream, 'drain');
      },
      async end() {
        await new Promise<void>((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res())));
        if (error) throw new InputError(`écriture impossible : ${out} (${error.message})`);
      },
    };
  }
  const target = io.stdout as { write(s: string): unknown; once?: (ev: string, fn: () => void) => unknown };
  return {
    async write(s) {
      if (target.write(s) === false && typeof target.once === 'function') await new Promise<void>((res) => target.once!('drain', res));
    },
    async end() {},
  };
}

const n = (x: number) => x.toLocaleString('fr-FR');
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString('fr-FR')} %`;
const SEV_FR = { error: 'erreur', warning: 'attention', info: 'info' } as const;

function stylishWriter(color: boolean): StreamWriter {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: (s: string) => c('31', s), warning: (s: string) => c('33', s), info: (s: string) => c('90', s) };
  return {
    head: () => '',
    report(r) {
      if (!r.findings.length) return '';
      const where = r.line !== undefined ? `${r.source}:${r.line}` : r.element !== undefined ? `${r.source} [${r.element}]` : r.source;
      const lines = [`${c('4', where)}  ${r.id}${r.author ? c('90', ` (${r.author})`) : ''}`];
      for (const f of r.findings) {
        lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev[f.severity](SEV_FR[f.severity].padEnd(9))} ${f.message}  ${c('90', f.rule)}`);
        lines.push(`  ${' '.repeat(18)} ${c('90', `« ${f.text ?? f.excerpt} »`)}`);
      }
      return lines.join('\n') + '\n\n';
    },
    tail: () => '',
  };
}

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

/** The summary table printed at the end of every run. */
export function formatSummaryTable(s: AuditSummary, issues: readonly ImportIssue[] = [], skipped = 0): string {
  const out: string[] = [];
  out.push(`Audit : ${n(s.reports)} compte${s.reports > 1 ? 's' : ''} rendu${s.reports > 1 ? 's' : ''}, ${n(s.reportsWithoutError)} sans erreur (${pct(s.shareWithoutError)}), ${n(s.findings.total)} constat${s.findings.total > 1 ? 's' : ''}.`);
  const head = ['Catégorie', 'Erreurs', 'Avert.', 'Infos', 'Total'];
  const rows = Object.entries(s.byCategory).map(([k, v]) => [CATEGORY_LABELS[k as Category] ?? k, n(v!.error), n(v!.warning), n(v!.info), n(v!.total)]);
  if (rows.length) {
    rows.push(['Total', n(s.findings.error), n(s.findings.warning), n(s.findings.info), n(s.findings.total)]);
    out.push('', table([head, ...rows], ['l', 'r', 'r', 'r', 'r']));
  }
  const group = (title: string, g: Record<string, GroupStats>) => {
    const e = Object.entries(g);
    if (!e.length) return;
    const shown = e.slice(0, 10);
    out.push('', table([[title, 'CR', 'Sans erreur', 'Erreurs', 'Avert.', 'Infos'], ...shown.map(([k, v]) => [k, n(v.reports), pct(v.reports ? (v.reports - v.reportsWithError) / v.reports : 1), n(v.findings.error), n(v.findings.warning), n(v.findings.info)])], ['l', 'r', 'r', 'r', 'r', 'r']));
    if (e.length > shown.length) out.push(`… et ${e.length - shown.length} autres`);
  };
  group('Auteur', s.byAuthor);
  group("Type d'entretien", s.byType);
  if (skipped) out.push('', `${n(skipped)} ligne${skipped > 1 ? 's' : ''} ou élément${skipped > 1 ? 's' : ''} non audité${skipped > 1 ? 's' : ''} (voir les messages ci-dessus).`);
  if (issues.some((i) => i.fatal)) out.push('', 'Attention : au moins un fichier a été interrompu ; seuls les comptes rendus lus avant l\'erreur ont été audités.');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Progress bar (stderr, terminals only)

function progressBar(io: CliIO, totalBytes: number) {
  const enabled = !!io.stderr.isTTY && !io.env.CI;
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(bytes: number, reports: number, force = false) {
      if (!enabled) return;
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      const frac = totalBytes ? Math.min(1, bytes / totalBytes) : 0;
      const width = 24;
      const full = Math.round(frac * width);
      const secs = (now - start) / 1000;
      const rate = secs > 0 ? reports / secs : 0;
      const left = frac > 0.01 ? (secs / frac) * (1 - frac) : NaN;
      const eta = Number.isFinite(left) ? `${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}` : '…';
      io.stderr.write(`\r\u001b[K[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${Math.floor(frac * 100)} % · ${n(reports)} CR · ${n(Math.round(rate))} CR/s · reste ${eta}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

// ---------------------------------------------------------------------------------------------

export async function runAudit(argv: string[], io: CliIO): Promise<number> {
  const args = parseAuditArgs(argv);
  if (args === 'help') {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const started = Date.now();
  const configPath = args.config ? resolve(io.cwd, args.config) : findConfigFile(io.cwd);
  if (args.config && !existsSync(configPath!)) throw new UsageError(`fichier de configuration introuvable : ${args.config}`);
  const config = configPath ? loadConfig(configPath) : undefined;

  const files = expandPaths(args.paths.map((p) => resolve(io.cwd, p)), AUDIT_EXT);
  for (const f of files) {
    if (!sourceKind(f)) throw new UsageError(`type de fichier non pris en charge : ${displayPath(f, io.cwd)} (attendu : .csv, .json, .txt, .md)`);
  }
  if (!files.length) throw new InputError('aucun fichier .csv, .json, .txt ou .md à auditer');
  const sizes = files.map((f) => statSync(f).size);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);

  // worker threads pay off beyond a few hundred reports; --jobs forces the choice
  const cores = availableParallelism();
  // threads in all, this one included: N − 1 workers, this thread lints when they are all busy
  const wanted = args.jobs ?? (totalBytes > 512 * 1024 ? cores : 1);
  const workerFile = wanted > 1 ? findWorkerFile(io.env) : undefined;
  const here = inProcessLinter(config, args.keepTexts);
  const linter = workerFile ? hybridLinter(workerPool(workerFile, wanted - 1, config, args.keepTexts), here) : here;

  const outPath = args.out ? resolve(io.cwd, args.out) : undefined;
  const sink = sinkFor(io, outPath);
  const sources = files.map((f) => displayPath(f, io.cwd));
  const meta: AuditMeta = {
    createdAt: new Date().toISOString(),
    sources,
    settings: { keepTexts: args.keepTexts, ...(Object.keys(args.mapping).length ? { mapping: args.mapping } : {}), ...(configPath ? { config: basename(configPath) } : {}) },
    tool: { name: 'Cadre', version: VERSION },
  };
  const color = !outPath && !!io.stdout.isTTY && !io.env.NO_COLOR;
  const writer: StreamWriter | undefined = args.format === 'stylish' ? (args.summaryOnly ? undefined : stylishWriter(color))
    : args.format === 'csv' ? csvWriter({ keepTexts: args.keepTexts, bom: !!outPath })
      : args.format === 'json' ? jsonWriter(meta)
        : args.format === 'sarif' ? sarifWriter(meta, registry)
          : undefined; // html: written at the end

  const aggregator = createAggregator();
  const worst: AuditReportResult[] = [];
  const issues: ImportIssue[] = [];
  let skipped = 0;
  let reports = 0;
  let bytesDone = 0;
  const progress = progressBar(io, totalBytes);

  // results are consumed in submission order; at most `window` batches are in flight
  const inFlight: Promise<AuditReportResult[]>[] = [];
  const window = Math.max(2, linter.threads * 3);
  const consume = async (results: AuditReportResult[]) => {
    let text = '';
    for (const r of results) {
      aggregator.add(r);
      if (args.format === 'html') pushWorst(worst, r);
      if (writer) text += writer.report(r);
    }
    reports += results.length;
    if (text) await sink.write(text);
  };
  const batcher = createBatcher((batch) => {
    const p = linter.submit(batch);
    p.catch(() => {}); // awaited in order by drain(); a worker failure must not surface as unhandled
    inFlight.push(p);
  });
  const drain = async (keep: number) => {
    while (inFlight.length > keep) await consume(await inFlight.shift()!);
  };

  try {
    if (writer) await sink.write(writer.head());
    let index = 0;
    for (let k = 0; k < files.length; k++) {
      const file = files[k];
      const name = sources[k];
      const base = bytesDone;
      const gen = readSource(
        { name, kind: sourceKind(file)!, chunks: createReadStream(file, { highWaterMark: 1 << 20 }) },
        { startIndex: index, mapping: args.mapping, onBytes: (b) => progress.update(base + b, reports) },
      );
      try {
        for (;;) {
          const next = await gen.next();
          if (next.done) {
            issues.push(...next.value.issues);
            skipped += next.value.skipped;
            break;
          }
          index += next.value.length;
          batcher.add(next.value);
          await drain(window);
        }
      } catch (e) {
        if (!(e instanceof ImportError)) {
          if (e instanceof Error && 'code' in e) throw new InputError(`fichier illisible : ${name}`);
          throw e;
        }
        issues.push(e.issue);
      }
      bytesDone += sizes[k];
    }
    batcher.flush();
    await drain(0);
    progress.update(totalBytes, reports, true);
    progress.clear();
    const summary = aggregator.summary();
    meta.issues = issues;
    meta.durationMs = Date.now() - started;
    if (writer) await sink.write(writer.tail(summary, issues));
    if (args.format === 'html') await sink.write(renderAuditHtml({ meta, summary, rules: registry, worst }));

    // messages about the inputs, then the summary table: on stdout with stylish or --out, else
    // on stderr so the machine output stays clean
    for (const i of issues.slice(0, 20)) io.stderr.write(`cadre : ${i.fatal ? '' : 'attention : '}${i.source} : ${i.message}\n`);
    if (issues.length > 20) io.stderr.write(`cadre : … et ${issues.length - 20} autres messages sur les fichiers\n`);
    const tableText = formatSummaryTable(summary, issues, skipped);
    if (args.format === 'stylish') await sink.write(tableText);
    else if (outPath) io.stdout.write(tableText + `Résultat écrit dans ${displayPath(outPath, io.cwd)}\n`);
    else io.stderr.write(tableText);
    await sink.end();
    // diagnostics for scripts/bench-audit.mjs: CPU time of all threads and peak RSS of the process
    if (io.env.CADRE_AUDIT_STATS) {
      const cpu = process.cpuUsage();
      io.stderr.write(`cadre-audit-stats ${JSON.stringify({ reports, cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024), threads: linter.threads })}\n`);
    }
    if (issues.some((i) => i.fatal)) return 2;
    return summary.findings.error > 0 ? 1 : 0;
  } finally {
    progress.clear();
    await linter.close();
  }
}
