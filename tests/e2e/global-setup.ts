/**
 * Builds the extension once for the whole end-to-end run (Chrome MV3 and Firefox MV2) and hands
 * the output folders to the tests through `inject('chromeDir')` / `inject('firefoxDir')`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromeDir: string;
    firefoxDir: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

function build(args: string[], out: string): string {
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', ...args], { cwd: root, stdio: 'pipe' });
  const dir = join(root, '.output', out);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build failed: ${dir}/manifest.json missing`);
  return dir;
}

export default function setup(project: TestProject): void {
  project.provide('chromeDir', build([], 'chrome-mv3'));
  project.provide('firefoxDir', build(['-b', 'firefox'], 'firefox-mv2'));
}
