/**
 * Process entry of the bundled CLI (dist/cli.cjs, loaded by bin/cadre.mjs). The same file is the
 * code of the lint worker threads of `cadre lint` on large batches (lib/cli/lint-pool.ts).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './main.ts';
import { startLintWorker, WORKER_MARK } from './lint-pool.ts';

if (!isMainThread && (workerData as { cadre?: string } | null)?.cadre === WORKER_MARK) {
  void import('../lint/index.ts').then(({ lint }) => startLintWorker(lint));
} else {
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env })
    .then((code) => {
      process.exitCode = code;
      // Leave as soon as the output is out: otherwise V8 runs idle-time garbage collections of the
      // lexicons' heap (~20 ms) before the process ends, and nothing is left to do (worker threads
      // of the lint pool are done when `run` resolves).
      const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
      if (pending.length === 0) process.exit(code);
      else Promise.all(pending.map((s) => new Promise((done) => s.once('drain', done)))).then(() => process.exit(code));
    });
}
