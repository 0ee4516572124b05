/**
 * Helpers for the CLI tests: an in-memory CliIO for `run(argv, io)`, temporary directories, and a
 * configuration that keeps only the rules a test is about (the other rules are being written and
 * their findings change; a test of the CLI must not depend on them).
 */
import { Readable } from 'node:stream';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type CliIO } from '../../lib/cli/main.ts';
import { ruleIds } from '../../rules/index.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const fixtures = join(repoRoot, 'tests', 'fixtures');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process. */
export async function cli(argv: string[], opts: { cwd: string; stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: opts.isTTY },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    stdin: Readable.from(opts.stdin === undefined ? [] : [typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : Buffer.from(opts.stdin)]),
    cwd: opts.cwd,
    env: opts.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory with the given files (text or bytes); returns its path. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Configuration with every rule off except `keep` (id → setting). */
export function onlyRules(keep: Record<string, string | object>): { rules: Record<string, unknown> } {
  return { rules: { ...Object.fromEntries(ruleIds.map((id) => [id, 'off'])), ...keep } };
}

/** The exact key sets of the JSON contract (issue #2 §6). */
export const JSON_FINDING_KEYS = ['category', 'column', 'end', 'fixes', 'line', 'message', 'rule', 'severity', 'start', 'text'];
export const JSON_FIX_KEYS = ['end', 'replacement', 'start'];
