/** Process entry of the bundled CLI (dist/cli.mjs). */
import { run } from './main.ts';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env })
  .then((code) => {
    process.exitCode = code;
  });
