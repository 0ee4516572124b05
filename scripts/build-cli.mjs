// Bundles the CLI into dist/cli.cjs (one file, fast start-up). Runs on `npm ci` (prepare) and
// whenever bin/cadre.mjs finds the bundle missing or older than the sources.
// `buildEngine()` bundles the engine alone (lib/lint/index.ts → dist/engine.mjs) for the benchmark.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
};

/**
 * Build in memory, then write through a temporary file and a rename: several `cadre` processes
 * started at once on stale sources (tests, the benchmark, a scorer) each rebuild, and none of
 * them may import a half-written bundle.
 */
async function bundle(entry, outfile, extra = {}) {
  const result = await build({ ...common, ...extra, ...(entry ? { entryPoints: [join(root, entry)] } : {}), outfile: resolve(root, outfile) });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, asciiOnly(file.text));
    renameSync(tmp, file.path);
  }
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expressions and
 * comments. An ASCII-only bundle is read as Latin-1 by bin/cadre.mjs (1 ms for the 4 MB CLI instead
 * of ~13 ms of UTF-8 decoding, and a one-byte source string). `\uXXXX` means the same character in a
 * string, a template, an identifier, a regular expression with or without the `u` flag (a pair of
 * surrogate escapes is one code point there) and a `String.raw` template that builds a regular
 * expression — the only use of `String.raw` in the sources (tests/cli checks the bundle is ASCII
 * and lints like the sources).
 */
export function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `define` for the bundles that lint: the lexicons' trie, computed now from the sources being
 * bundled (lib/lint/precompiled.ts), so that no process builds it on its first lint. Computed once
 * per build script run.
 */
let trieDefine;
export async function lexiconDefine() {
  if (!trieDefine) {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-build-'));
    try {
      const file = join(dir, 'trie.mjs');
      await bundle(null, file, {
        stdin: { contents: "export { registry } from './rules/index.ts'; export { trieTable } from './lib/lint/precompiled.ts';", resolveDir: root, loader: 'ts', sourcefile: 'trie-entry.ts' },
      });
      const { registry, trieTable } = await import(pathToFileURL(file).href);
      trieDefine = { __CADRE_TRIE__: JSON.stringify(JSON.stringify(trieTable(registry))) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return trieDefine;
}

/**
 * The CLI is a CommonJS bundle so that bin/cadre.mjs can load it through `vm.Script` with V8's code
 * cache (dist/cli.cjs.cache, written by the first run): parsing and compiling the 1.4 MB bundle was
 * a third of the start-up. `import.meta.url` (the bundle's own path: worker threads, the audit
 * worker) is the file's URL.
 */
export async function buildCli() {
  // the worker first: bin/cadre.mjs judges freshness by dist/cli.cjs alone
  await buildAuditWorker();
  rmSync(resolve(root, 'dist', 'cli.cjs.cache'), { force: true });
  rmSync(resolve(root, 'dist', 'cli.mjs'), { force: true }); // the ES module bundle of earlier versions
  await bundle('lib/cli/bin.ts', 'dist/cli.cjs', {
    format: 'cjs',
    define: { 'import.meta.url': '__cadreUrl', ...(await lexiconDefine()) },
    banner: { js: "const __cadreUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

/**
 * The lint worker of `cadre audit` (node:worker_threads, issue #5), next to dist/cli.cjs where
 * lib/cli/audit.ts looks for it. `outfile` may be absolute (tests build their own copy).
 */
export async function buildAuditWorker(outfile = 'dist/audit-worker.mjs') {
  await bundle('lib/cli/audit-worker.ts', outfile, { define: await lexiconDefine() });
}

/**
 * The engine alone for scripts/bench.mjs: everything lib/lint/index.ts exports (`lint`,
 * `registry`…) and `entrySequences`, from which the benchmark builds its baseline out of the same
 * lexicon expansion.
 */
export async function buildEngine(outfile = 'dist/engine.mjs') {
  await bundle(null, outfile, {
    define: await lexiconDefine(),
    stdin: { contents: "export * from './lib/lint/index.ts'; export { entrySequences } from './lib/lint/lexicon.ts';", resolveDir: root, loader: 'ts', sourcefile: 'engine-entry.ts' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
