#!/usr/bin/env node
// `cadre` command. Runs the bundled CLI; rebuilds it first when it is missing or older than the
// sources (a fresh clone, or a developer who just edited a rule).
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.cjs');

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
// `cadre audit` streams exports of any size: its live data is small, but V8 sizes the heap from the
// machine's memory and lets garbage pile up to gigabytes before collecting. A ceiling of 512 MB on
// the main thread (workers set their own) keeps the whole process near 230 MB for 100,000 reports
// (≈ 300 MB without it) — issue #5 §4. Node reads heap flags only at start-up: hence a child.
const heapFlag = (a) => a.startsWith('--max-old-space-size');
if (process.argv[2] === 'audit' && !process.execArgv.some(heapFlag) && !(process.env.NODE_OPTIONS ?? '').split(/\s+/).some(heapFlag)) {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', ...process.execArgv, bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.error) throw r.error;
  process.exitCode = r.status ?? (r.signal ? 128 : 2);
} else {
  runWithCodeCache(bundle);
}

/**
 * Run the CommonJS bundle with V8's code cache: the first run saves the compiled code of what it
 * used (dist/cli.cjs.cache, compiled code only, never any text it read), later runs skip parsing and
 * compiling it (~30 ms of a ~250 ms `cadre lint`). A cache from another bundle or another Node is
 * rejected by V8 and written again; a read-only install simply runs without one.
 */
function runWithCodeCache(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try { cachedData = readFileSync(cacheFile); } catch { /* first run */ }
  // the build writes ASCII only (scripts/build-cli.mjs, asciiOnly): Latin-1 reads it without decoding
  const bytes = readFileSync(file);
  const text = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const source = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  // saved after a command that loads the engine, so that the cache holds the engine's code too
  if ((!cachedData || script.cachedDataRejected) && ['lint', 'rules'].includes(process.argv[2])) {
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch { /* not writable: no cache */ }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}
