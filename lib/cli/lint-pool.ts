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

/**
 * Texts per batch: enough work to hide the message cost, little enough that the main thread, which
 * lints batches too, comes back soon to hand out the next ones (a worker waits meanwhile).
 */
const BATCH_TEXTS = 16;
const BATCH_CHARS = 64 * 1024;

export interface LintPool {
  /**
   * Findings per text, in input order, linted by the workers and by `mainLint` on this thread.
   * Rejects on the first worker failure.
   */
  lint(texts: readonly string[], config: LintConfig | undefined, mainLint: (text: string) => CliFinding[]): Promise<CliFinding[][]>;
  close(): Promise<void>;
}

/**
 * Start `workers` threads running `bundle` now: each loads and compiles the engine (~0.1–0.3 s),
 * which overlaps with what the caller still does (reading the files, compiling its own engine).
 * The calling thread lints too, so on a machine with N cores the pool is N − 1 workers.
 */
export function startLintPool(workers: number, bundle: string): LintPool {
  const threads = Array.from({ length: workers }, () => new Worker(bundle, { workerData: { cadre: WORKER_MARK } }));
  return {
    async lint(texts, config, mainLint) {
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
      let next = 0;
      let failed: Error | undefined;
      const inWorker = (w: Worker) => new Promise<void>((resolve, reject) => {
        const send = () => {
          if (failed || next >= batches.length) { cleanup(); resolve(); return; }
          const seq = next++;
          w.postMessage({ type: 'batch', seq, texts: batches[seq].texts } satisfies Request);
        };
        const onMessage = (m: Response) => {
          if (m.error !== undefined || !m.findings) { fail(new Error(m.error ?? 'réponse vide')); return; }
          const start = batches[m.seq].first;
          m.findings.forEach((f, k) => { out[start + k] = f; });
          send();
        };
        const fail = (e: Error) => { failed ??= e; cleanup(); reject(e); };
        const onExit = (code: number) => { if (code !== 0) fail(new Error(`fil de calcul arrêté (code ${code})`)); };
        const cleanup = () => { w.off('message', onMessage); w.off('error', fail); w.off('exit', onExit); };
        w.on('message', onMessage);
        w.on('error', fail);
        w.on('exit', onExit);
        w.postMessage({ type: 'init', config } satisfies Request);
        send();
      });
      const onThisThread = async () => {
        while (!failed && next < batches.length) {
          const { first: at, texts: list } = batches[next++];
          for (let k = 0; k < list.length; k++) out[at + k] = mainLint(list[k]);
          // let the workers' answers in, so they get their next batch without waiting for ours
          await new Promise<void>((r) => setImmediate(r));
        }
      };
      await Promise.all([...threads.map(inWorker), onThisThread()]);
      if (failed) throw failed;
      return out;
    },
    async close() {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
