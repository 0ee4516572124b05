/**
 * The audit page's Web Worker logic (issue #5 §2), pure over `Blob`s so it also runs in Node
 * (tests, scripts/bench-audit.mjs): inspect files (CSV header, samples, guessed mapping), run the
 * audit (stream → `createReportAuditor` → `createAggregator`, the CLI's path), post results in
 * batches with progress, honour "cancel", and hand back one report's text for the drill-down view.
 *
 * The worker keeps no report text for CSV: a report is re-read from its file at its byte offset
 * when the user opens it, so 100,000 reports cost a few numbers each.
 *
 * @example
 *   // entrypoints/audit/worker.ts
 *   const session = createAuditSession((m) => postMessage(m));
 *   onmessage = (e) => session.handle(e.data);
 */
import type { LintConfig } from '../lint/index.ts';
import { createAggregator, type AuditSummary } from './aggregate.ts';
import type { CsvDelimiter } from './csv.ts';
import { createCsvParser, parseRow } from './csv.ts';
import { guessMapping, ImportError, jsonShape, parseJsonArray, type ResolvedMapping } from './import.ts';
import { createReportAuditor } from './lint-report.ts';
import { blobChunks, readSource } from './source.ts';
import { sourceKind, type AuditReportResult, type ColumnMapping, type ImportIssue, type SourceKind } from './types.ts';

/** A file as the mapping step shows it. */
export interface InspectedFile {
  /** position in the session's file list */
  id: number;
  name: string;
  size: number;
  kind?: SourceKind;
  /** CSV header or JSON keys */
  headers?: string[];
  /** first rows (CSV) or objects (JSON), as cells under `headers` */
  samples?: string[][];
  delimiter?: CsvDelimiter;
  guess?: Partial<ColumnMapping>;
  /** French message: the file cannot be audited as it is */
  error?: string;
}

export type SessionRequest =
  /** add files to the session (files already added stay) */
  | { type: 'add'; files: File[] }
  | { type: 'remove'; id: number }
  | { type: 'start'; mappings: Record<number, Partial<ColumnMapping>>; keepTexts: boolean; config?: LintConfig }
  | { type: 'cancel' }
  | { type: 'text'; index: number }
  | { type: 'reset' };

export type SessionResponse =
  | { type: 'files'; files: InspectedFile[] }
  | { type: 'progress'; bytes: number; totalBytes: number; reports: number; elapsedMs: number; results: AuditReportResult[]; summary: AuditSummary }
  | { type: 'done'; bytes: number; totalBytes: number; reports: number; elapsedMs: number; results: AuditReportResult[]; summary: AuditSummary; issues: ImportIssue[]; skipped: number; cancelled: boolean }
  | { type: 'text'; index: number; text?: string; error?: string }
  | { type: 'error'; message: string };

export interface SessionOptions {
  /** bytes read per chunk */
  chunkSize?: number;
  /** minimum delay between two progress messages */
  progressEveryMs?: number;
  now?: () => number;
}

/** Where a report lives, to re-read it: its file, and its byte offset for CSV. */
interface FileState {
  file: File;
  info: InspectedFile;
  /** CSV */
  delimiter?: CsvDelimiter;
  mapping?: ResolvedMapping;
  /** JSON: texts by record index (the file is parsed whole anyway) */
  texts?: Map<number, string>;
}

const SAMPLE_BYTES = 64 * 1024;

/** A macrotask turn: the worker's queued messages ("cancel", a drill-down's "text") run meanwhile. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createAuditSession(post: (msg: SessionResponse) => void, options: SessionOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const chunkSize = options.chunkSize ?? 1 << 20;
  const every = options.progressEveryMs ?? 150;
  let files: FileState[] = [];
  let nextId = 0;
  // per report: index → file position and byte offset (CSV), filled during the run
  let fileOf: number[] = [];
  let offsetOf: number[] = [];
  let running = false;
  let cancelled = false;

  const list = () => post({ type: 'files', files: files.map((f) => f.info) });

  async function inspect(file: File): Promise<InspectedFile> {
    const info: InspectedFile = { id: nextId++, name: file.name, size: file.size, kind: sourceKind(file.name) };
    if (!info.kind) {
      info.error = 'type de fichier non pris en charge (attendu : .csv, .json, .txt, .md)';
      return info;
    }
    try {
      if (info.kind === 'csv') {
        const head = new TextDecoder('utf-8').decode(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
        const p = createCsvParser();
        let rows;
        try {
          rows = p.push(head);
          if (file.size <= SAMPLE_BYTES) rows.push(...p.end());
        } catch (e) {
          rows = (e as { rows?: { fields: string[] }[] }).rows ?? [];
          if (!rows.length) throw e;
        }
        if (!rows.length) throw new Error(file.size ? 'ligne 1 : en-tête illisible.' : "fichier CSV vide : une ligne d'en-tête est attendue.");
        info.headers = rows[0].fields.map((h) => h.trim());
        info.samples = rows.slice(1, 6).map((r) => r.fields);
        info.delimiter = p.delimiter;
        info.guess = guessMapping(info.headers, info.samples);
      } else if (info.kind === 'json') {
        const shape = jsonShape(parseJsonArray(file.name, await file.text()));
        if (shape.keys.length) {
          info.headers = shape.keys;
          info.samples = shape.samples;
          info.guess = guessMapping(shape.keys, shape.samples);
        }
      }
    } catch (e) {
      info.error = e instanceof Error ? e.message : String(e);
    }
    return info;
  }

  async function run(msg: Extract<SessionRequest, { type: 'start' }>): Promise<void> {
    running = true;
    cancelled = false;
    fileOf = [];
    offsetOf = [];
    const started = now();
    const audit = createReportAuditor(msg.config, { keepTexts: msg.keepTexts });
    const aggregator = createAggregator();
    const usable = files.filter((f) => !f.info.error);
    const totalBytes = usable.reduce((a, f) => a + f.file.size, 0);
    const issues: ImportIssue[] = [];
    let skipped = 0, reports = 0, bytesBefore = 0, bytes = 0, last = now();
    let pending: AuditReportResult[] = [];
    const progress = () => {
      post({ type: 'progress', bytes, totalBytes, reports, elapsedMs: now() - started, results: pending, summary: aggregator.summary() });
      pending = [];
      last = now();
    };
    for (const state of usable) {
      if (cancelled) break;
      const pos = files.indexOf(state);
      const kind = state.info.kind!;
      if (kind === 'json') state.texts = new Map();
      const gen = readSource(
        { name: state.file.name, kind, chunks: blobChunks(state.file, chunkSize) },
        {
          startIndex: reports,
          mapping: msg.mappings[state.info.id],
          onBytes: (b) => { bytes = bytesBefore + b; },
          onHeader: (h) => { state.delimiter = h.delimiter; state.mapping = h.mapping; },
        },
      );
      try {
        for (;;) {
          const next = await gen.next();
          if (next.done) {
            issues.push(...next.value.issues);
            skipped += next.value.skipped;
            break;
          }
          for (const rec of next.value) {
            const r = audit(rec);
            aggregator.add(r);
            pending.push(r);
            fileOf[rec.index] = pos;
            offsetOf[rec.index] = rec.offset ?? -1;
            if (state.texts) state.texts.set(rec.index, rec.text);
            reports++;
            // a 1 MiB chunk holds ~2,000 reports: progress goes out within it, so that one message
            // stays small for the page (building ~2,000 rows at once made 120 ms long tasks), and
            // "cancel" gets in within ~`every` ms instead of at the chunk's end
            if ((reports & 63) === 0 && now() - last >= every) {
              progress();
              await yieldToMessages();
              if (cancelled) break;
            }
          }
          if (now() - last >= every) progress();
          // let "cancel" and "text" messages in between chunks
          if (cancelled) break;
        }
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        issues.push(e.issue);
      }
      if (cancelled) await gen.return?.(undefined as never);
      bytesBefore += state.file.size;
      bytes = bytesBefore;
    }
    running = false;
    post({ type: 'done', bytes, totalBytes, reports, elapsedMs: now() - started, results: pending, summary: aggregator.summary(), issues, skipped, cancelled });
  }

  async function textOf(index: number): Promise<string> {
    const pos = fileOf[index];
    const state = pos === undefined ? undefined : files[pos];
    if (!state) throw new Error('compte rendu introuvable dans les fichiers importés');
    if (state.texts) return state.texts.get(index) ?? '';
    if (state.info.kind === 'text') {
      const t = await state.file.text();
      return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
    }
    const start = offsetOf[index];
    // up to the next report of the same file (skipped rows in between are parsed away)
    const end = fileOf[index + 1] === pos ? offsetOf[index + 1] : state.file.size;
    const slice = new TextDecoder('utf-8').decode(await state.file.slice(start, end).arrayBuffer());
    const fields = parseRow(slice, state.delimiter!);
    if (!fields || !state.mapping) throw new Error('ligne illisible');
    return fields[state.mapping.text] ?? '';
  }

  return {
    async handle(msg: SessionRequest): Promise<void> {
      try {
        switch (msg.type) {
          case 'add':
            for (const file of msg.files) files.push({ file, info: await inspect(file) });
            list();
            return;
          case 'remove':
            if (running) return;
            files = files.filter((f) => f.info.id !== msg.id);
            list();
            return;
          case 'reset':
            if (running) cancelled = true;
            files = [];
            fileOf = [];
            offsetOf = [];
            list();
            return;
          case 'start':
            if (running) return;
            await run(msg);
            return;
          case 'cancel':
            cancelled = true;
            return;
          case 'text':
            try {
              post({ type: 'text', index: msg.index, text: await textOf(msg.index) });
            } catch (e) {
              post({ type: 'text', index: msg.index, error: e instanceof Error ? e.message : String(e) });
            }
            return;
        }
      } catch (e) {
        running = false;
        post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}
