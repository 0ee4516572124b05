/**
 * Cancelling an audit on the audit page (issue #5 §2: "can be cancelled"), in real Chromium with
 * the built extension: while the Web Worker runs, the progress view shows a rate and a time left;
 * "Annuler" stops the worker (its last message is the cancelled "done", nothing follows it), the
 * page says so and shows the partial results, which are exactly those of the file's first reports
 * (the CLI on the same first reports gives the same numbers), and a new audit can be run after.
 *
 * The file is large enough that the worker is still reading when "Annuler" is clicked: the worker
 * looks at "cancel" between 1 MiB chunks, about 1,900 generated reports each, so a file of a few
 * thousand reports is over before the click lands on a loaded machine.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';
import { run, type CliIO } from '../../lib/cli/main.ts';
import { categorySeverityTable, type AuditSummary } from '../../lib/audit/aggregate.ts';

const TOTAL = 30_000;
const SEED = 11;
const tmp = mkdtempSync(join(tmpdir(), 'cadre-e2e-audit-cancel-'));
const CSV = join(tmp, 'export-annulation.csv');
let h: Harness;

beforeAll(async () => {
  writeFileSync(CSV, generateCsv({ reports: TOTAL, seed: SEED }));
  h = await launchExtension(inject('chromeDir'));
});
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface WorkerMessage { type: string; reports?: number; cancelled?: boolean; index?: number }

/**
 * Record every message the page receives from its Web Worker (type, reports, cancelled, index), before
 * the page's own code creates the worker: the page itself keeps no trace of them once rendered.
 */
async function recordWorkerMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: Array<{ type: string; reports?: number; cancelled?: boolean; index?: number }> = [];
    (window as unknown as { workerMessages: typeof log }).workerMessages = log;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => {
          const d = e.data as { type: string; reports?: number; cancelled?: boolean; index?: number };
          log.push({ type: d.type, reports: d.reports, cancelled: d.cancelled, index: d.index });
        });
      }
    };
  });
}
const workerMessages = (page: Page) => page.evaluate(() => (window as unknown as { workerMessages: WorkerMessage[] }).workerMessages);

async function cliSummary(file: string): Promise<AuditSummary> {
  let stdout = '';
  const io: CliIO = { stdout: { write: (s: string) => { stdout += s; return true; } }, stderr: { write: () => true }, stdin: new PassThrough(), cwd: tmp, env: {} };
  await run(['audit', file, '--format', 'json', '--jobs', '0'], io);
  return (JSON.parse(stdout) as { summary: AuditSummary }).summary;
}

async function pageTable(page: Page): Promise<Record<string, [number, number, number]>> {
  return page.locator('[data-summary="final"] [data-table="categories"] tr[data-category]').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-category'), [Number(r.getAttribute('data-error')), Number(r.getAttribute('data-warning')), Number(r.getAttribute('data-info'))]])));
}
const kpi = (page: Page, name: string) => page.locator(`[data-summary="final"] [data-kpi="${name}"]`).textContent();
const num = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

describe('audit page: cancel', () => {
  it('shows rate and time left, stops the worker on "Annuler", keeps the partial results, and audits again', async () => {
    const page = await h.context.newPage();
    await recordWorkerMessages(page);
    await page.goto(h.url('audit.html'));
    await page.getByLabel('Fichiers à auditer').setInputFiles(CSV);
    await page.locator('fieldset[data-mapping="export-annulation.csv"]').waitFor();
    await page.getByRole('button', { name: "Lancer l'audit" }).click();

    // while the worker runs: a bar, a rate in reports per second and a time left (once known)
    const running = page.locator('[data-state="running"]');
    await running.waitFor();
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="progress-left"]')?.textContent ?? ''));
    const figures = await running.locator('.progress-figures').textContent();
    expect(figures).toMatch(/\d+ CR\/s · temps restant (\d+ s|\d+ min \d\d s|\d+ h \d\d min)$/);
    expect(num(await running.getByTestId('progress-rate').textContent())).toBeGreaterThan(0);
    const progressValue = Number(await running.locator('progress').getAttribute('value'));
    expect(progressValue).toBeLessThan(100);
    expect(await running.getByRole('button', { name: 'Annuler' }).isVisible()).toBe(true);

    await running.getByRole('button', { name: 'Annuler' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Audit interrompu' });
    await status.waitFor();
    const audited = num(/: (\d+) comptes rendus/.exec((await status.textContent()) ?? '')?.[1] ?? '');
    expect(await status.textContent()).toBe(`Audit interrompu : ${audited} comptes rendus audités.`);
    expect(audited).toBeGreaterThan(0);
    expect(audited).toBeLessThan(TOTAL);
    expect(await page.getByText("Audit interrompu : seuls les comptes rendus lus avant l'arrêt sont comptés.").isVisible()).toBe(true);

    // the worker stopped: one "done", cancelled, with the count the page shows, and nothing after
    // it, neither at once nor after a drill-down asked the now idle worker for a text
    const afterCancel = await workerMessages(page);
    const done = afterCancel.filter((m) => m.type === 'done');
    expect(done).toEqual([expect.objectContaining({ cancelled: true, reports: audited })]);
    expect(afterCancel.at(-1)?.type).toBe('done');
    expect(Math.max(...afterCancel.filter((m) => m.type === 'progress').map((m) => m.reports!))).toBeLessThanOrEqual(audited);

    // partial results: the summary, the table and the drill-down cover the reports audited…
    expect(num(await kpi(page, 'reports'))).toBe(audited);
    expect(num(await page.getByTestId('table-count').textContent())).toBe(audited);
    await page.getByRole('button', { name: 'Dernière »' }).click();
    const lastId = await page.locator('table.reports tbody tr').last().getAttribute('data-report');
    expect(lastId).toBe(`CR-${String(audited).padStart(6, '0')}`);
    await page.locator('table.reports tbody tr').last().getByRole('button').click();
    await page.locator(`[data-detail="${lastId}"] [data-testid="marked-text"]`).waitFor();
    // …and they are the numbers of the file's first `audited` reports (the generator writes the
    // same first rows whatever the count), as the CLI counts them
    const firstPart = join(tmp, `premiers-${audited}.csv`);
    writeFileSync(firstPart, generateCsv({ reports: audited, seed: SEED }));
    const summary = await cliSummary(firstPart);
    expect(summary.reports).toBe(audited);
    expect(await pageTable(page)).toEqual(categorySeverityTable(summary));
    expect(num(await kpi(page, 'findings'))).toBe(summary.findings.total);
    expect(num(await kpi(page, 'errors'))).toBe(summary.findings.error);
    expect(num(await kpi(page, 'without-error'))).toBe(summary.reportsWithoutError);

    // the worker answered the drill-down (once, or twice where React runs effects twice) and did
    // nothing else: no progress, no second "done"
    const later = await workerMessages(page);
    const sinceCancel = later.slice(afterCancel.length);
    expect(sinceCancel.length).toBeGreaterThan(0);
    expect(sinceCancel.filter((m) => m.type !== 'text' || m.index !== audited - 1)).toEqual([]);

    // a new audit runs to its end
    await page.getByRole('button', { name: 'Nouvel audit' }).click();
    const small = join(tmp, 'export-60.csv');
    writeFileSync(small, generateCsv({ reports: 60, seed: 7 }));
    await page.getByLabel('Fichiers à auditer').setInputFiles(small);
    await page.locator('fieldset[data-mapping="export-60.csv"]').waitFor();
    expect(await page.locator('fieldset[data-mapping]').count()).toBe(1);
    await page.getByRole('button', { name: "Lancer l'audit" }).click();
    const finished = page.getByRole('status').filter({ hasText: 'Audit terminé' });
    await finished.waitFor();
    expect(await finished.textContent()).toBe('Audit terminé : 60 comptes rendus audités.');
    expect(num(await kpi(page, 'reports'))).toBe(60);
    expect(await page.getByText("Audit interrompu : seuls les comptes rendus lus avant l'arrêt sont comptés.").count()).toBe(0);
    const second = (await workerMessages(page)).slice(later.length);
    expect(second.filter((m) => m.type === 'done')).toEqual([expect.objectContaining({ cancelled: false, reports: 60 })]);

    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
    await page.close();
  });
});
