#!/usr/bin/env node
// `cadre` command. Runs the bundled CLI; rebuilds it first when it is missing or older than the
// sources (a fresh clone, or a developer who just edited a rule).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.mjs');

function newestSource(dir, acc = 0) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) acc = newestSource(p, acc);
    else if (/\.(ts|json)$/.test(name)) acc = Math.max(acc, st.mtimeMs);
  }
  return acc;
}

const stale = !existsSync(bundle) || (existsSync(join(root, 'lib')) && Math.max(newestSource(join(root, 'lib')), newestSource(join(root, 'rules'))) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
