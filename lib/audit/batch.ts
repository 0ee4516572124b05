/**
 * Batching and the lint-worker protocol of the audit, shared by `node:worker_threads` (CLI) and
 * the page's Web Worker: records go out in batches of bounded size, results come back in the same
 * order, linted by `createReportAuditor` on the other side.
 *
 * @example
 *   const batcher = createBatcher((batch) => pool.submit(batch));
 *   for await (const records of readSource(input, opts)) batcher.add(records);
 *   batcher.flush();
 */
import type { LintConfig } from '../lint/index.ts';
import { createReportAuditor } from './lint-report.ts';
import type { AuditRecord, AuditReportResult } from './types.ts';

/** Message to a lint worker. */
export type LintWorkerRequest =
  | { type: 'init'; config?: LintConfig; keepTexts: boolean }
  | { type: 'batch'; seq: number; records: AuditRecord[] };

/** Message from a lint worker. */
export type LintWorkerResponse =
  | { type: 'results'; seq: number; results: AuditReportResult[] }
  | { type: 'error'; seq: number; message: string };

/**
 * The worker side: one function from request to response, so Node and browser workers are two
 * lines of wiring around the same code.
 */
export function createLintWorkerHandler(): (msg: LintWorkerRequest) => LintWorkerResponse | undefined {
  let audit = createReportAuditor();
  return (msg) => {
    if (msg.type === 'init') {
      audit = createReportAuditor(msg.config, { keepTexts: msg.keepTexts });
      return undefined;
    }
    try {
      return { type: 'results', seq: msg.seq, results: msg.records.map(audit) };
    } catch (e) {
      return { type: 'error', seq: msg.seq, message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** Batch limits: enough work per message to hide its cost, small enough to keep memory flat. */
export const BATCH_RECORDS = 256;
export const BATCH_CHARS = 512 * 1024;

export interface Batcher {
  add(records: readonly AuditRecord[]): void;
  /** send what is left */
  flush(): void;
}

export function createBatcher(send: (batch: AuditRecord[]) => void, limits = { records: BATCH_RECORDS, chars: BATCH_CHARS }): Batcher {
  let batch: AuditRecord[] = [];
  let chars = 0;
  const flush = () => {
    if (!batch.length) return;
    const b = batch;
    batch = [];
    chars = 0;
    send(b);
  };
  return {
    add(records) {
      for (const r of records) {
        batch.push(r);
        chars += r.text.length;
        if (batch.length >= limits.records || chars >= limits.chars) flush();
      }
    },
    flush,
  };
}
