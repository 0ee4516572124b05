/**
 * `cadre lint` over many files on several cores: worker threads that each load the CLI bundle and
 * lint batches of texts (issue #2 §8: ≥ 3,000 reports/s through the CLI). Results come back in
 * input order, so the output is the same as in one thread. The worker is the bundle itself
 * (dist/cli.mjs started with `workerData.cadre === 'lint-worker'`, see bin.ts): no second bundle.
 */
import { Worker, parentPort } from 'node:worker_threads';
import type { LintConfig } from '../lint/engine.ts';
import type { Finding } from '../lint/types.ts';

/** What the output formats read of a finding (explanation and references stay in the worker). */
export type CliFinding = Omit<Finding, 'explanation' | 'references'>;

type Request = { type: 'init'; config?: LintConfig } | { type: 'batch'; seq: number; texts: string[] };
type Response = { seq: number; findings?: CliFinding[][]; error?: string };

export const WORKER_MARK = 'lint-worker';

/** Drop what the formats do not print: less to copy between threads. */
export function slim(f: Finding): CliFinding {
  const { explanation: _e, references: _r, ...rest } = f;
  return rest;
}

/** The worker side, started by bin.ts in a worker thread. */
export function startLintWorker(lint: (text: string, config?: LintConfig) => Finding[]): void {
  let config: LintConfig | undefined;
  parentPort!.on('message', (m: Request) => {
    if (m.type === 'init') { config = m.config; return; }
    try {
      parentPort!.postMessage({ seq: m.seq, findings: m.texts.map((t) => lint(t, config).map(slim)) } satisfies Response);
    } catch (e) {
      parentPort!.postMessage({ seq: m.seq, error: e instanceof Error ? e.message : String(e) } satisfies Response);
    }
  });
}

/** Texts per message: enough work to hide the message cost, small enough to balance the threads. */
const BATCH_TEXTS = 64;
const BATCH_CHARS = 256 * 1024;

/**
 * Lint `texts` on `threads` workers running `bundle`; findings per text, in input order.
 * Rejects on the first worker failure.
 */
export async function lintInWorkers(texts: readonly string[], config: LintConfig | undefined, threads: number, bundle: string): Promise<CliFinding[][]> {
  const batches: Array<{ first: number; texts: string[] }> = [];
  let current: string[] = [];
  let chars = 0;
  let first = 0;
  texts.forEach((t, i) => {
    if (current.length && (current.length >= BATCH_TEXTS || chars + t.length > BATCH_CHARS)) {
      batches.push({ first, texts: current });
      current = [];
      chars = 0;
      first = i;
    }
    current.push(t);
    chars += t.length;
  });
  if (current.length) batches.push({ first, texts: current });

  const out: CliFinding[][] = new Array(texts.length);
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(bundle, { workerData: { cadre: WORKER_MARK } }));
  let next = 0;
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) { resolve(); return; }
        const seq = next++;
        w.postMessage({ type: 'batch', seq, texts: batches[seq].texts } satisfies Request);
      };
      w.on('message', (m: Response) => {
        if (m.error !== undefined || !m.findings) { reject(new Error(m.error ?? 'réponse vide')); return; }
        const start = batches[m.seq].first;
        m.findings.forEach((f, k) => { out[start + k] = f; });
        send();
      });
      w.on('error', reject);
      w.on('exit', (code) => { if (code !== 0) reject(new Error(`fil de calcul arrêté (code ${code})`)); });
      w.postMessage({ type: 'init', config } satisfies Request);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
