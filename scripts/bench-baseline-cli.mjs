#!/usr/bin/env node
// The baseline as a command line, for the benchmark's CLI figures: reads its regex sources from a
// JSON file written by scripts/bench.mjs, then lints files and directories (*.txt, *.md) the way
// `cadre lint --format json` does, and prints the same JSON shape.
//   node scripts/bench-baseline-cli.mjs --patterns FILE [--version] PATH...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileBaseline, runBaseline } from './bench-baseline.mjs';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  console.log('baseline');
  process.exit(0);
}
const at = args.indexOf('--patterns');
const patterns = JSON.parse(readFileSync(args[at + 1], 'utf8'));
const paths = args.filter((_, i) => i !== at && i !== at + 1);
const compiled = compileBaseline(patterns);

function walk(p, out) {
  if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name), out);
  else if (/\.(txt|md)$/.test(p)) out.push(p);
  return out;
}

const files = [];
for (const p of paths) {
  for (const f of walk(p, [])) {
    const text = readFileSync(f, 'utf8');
    files.push({ path: f, findings: runBaseline(compiled, text) });
  }
}
process.stdout.write(JSON.stringify({ version: 1, files }) + '\n');
