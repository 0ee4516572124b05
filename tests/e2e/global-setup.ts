/**
 * Builds the extension once for the whole end-to-end run (Chrome MV3 and Firefox MV2) into a
 * folder of its own, and hands the output folders to the tests through `inject('chromeDir')` /
 * `inject('firefoxDir')`. The folder is removed at teardown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromeDir: string;
    firefoxDir: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

function build(outDir: string, args: string[], target: string): string {
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', ...args], {
    cwd: root,
    stdio: 'pipe',
    // the build users get: vitest sets NODE_ENV=test, which would give React's development build
    // (StrictMode's double effects) to the browser tests
    env: { ...process.env, NODE_ENV: 'production', CADRE_OUT_DIR: outDir },
  });
  const dir = join(outDir, target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build failed: ${dir}/manifest.json missing`);
  return dir;
}

export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(tmpdir(), 'cadre-build-'));
  project.provide('chromeDir', build(outDir, [], 'chrome-mv3'));
  project.provide('firefoxDir', build(outDir, ['-b', 'firefox'], 'firefox-mv2'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
