/**
 * Entry of the `cadre audit` lint workers (bundled to dist/audit-worker.mjs by
 * scripts/build-cli.mjs): wiring only, the work is `createLintWorkerHandler` (lib/audit/batch.ts),
 * the same code as the audit page's Web Worker.
 */
import { parentPort } from 'node:worker_threads';
import { createLintWorkerHandler, type LintWorkerRequest } from '../audit/batch.ts';

const handle = createLintWorkerHandler();
parentPort!.on('message', (msg: LintWorkerRequest) => {
  const out = handle(msg);
  if (out) parentPort!.postMessage(out);
});
