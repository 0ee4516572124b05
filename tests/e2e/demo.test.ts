/**
 * `npm run demo -- --headless` (issue #4 §5), the README's first command, run as a user runs it:
 * it builds the extension, serves the demo app, types the sample report in Chromium, and leaves
 * two screenshots whose paths it prints. The build goes to a private folder (CADRE_OUT_DIR) so
 * that it never swaps the extension under another running test.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

describe('npm run demo -- --headless', () => {
  it('builds, types the sample report, and saves the page with its marks and the panel', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cadre-demo-test-'));
    try {
      const out = join(work, 'captures');
      const { stdout } = await run('npm', ['run', '--silent', 'demo', '--', '--headless', '--out', out], {
        cwd: root,
        env: { ...process.env, CADRE_OUT_DIR: join(work, 'build') },
        timeout: 280_000,
      });
      const printed = stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.png'));
      expect(printed).toEqual([join(out, 'demo-page.png'), join(out, 'demo-panel.png')]);
      for (const file of printed) {
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(statSync(file).size).toBeGreaterThan(10_000);
      }
      // the page screenshot is 1440 px wide, the panel's 420 px (PNG header: width at byte 16)
      expect(readFileSync(printed[0]).readUInt32BE(16)).toBe(1440);
      expect(readFileSync(printed[1]).readUInt32BE(16)).toBe(420);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);

  it('says in French that Chromium is missing, and fails', async () => {
    const err = await run('node', [join(root, 'scripts', 'demo.mjs'), '--headless'], {
      cwd: root,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    }).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('Chromium est introuvable (/nonexistent/chromium)');
  });
});
