/**
 * Cadre in English (issue #6 §4), in real Chromium with the built extension and an English browser
 * (`locale: 'en-US'`): the side panel (and the toolbar's title), the in-page card and checklist
 * card on the demo app, and the audit page show English words, `lang="en"`, and the English explanation of a finding while
 * its message stays French. French stays the default: every other browser test runs in French.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { seriousViolations } from './a11y.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';
import { EXPLANATIONS_EN } from '../../rules/i18n/en.ts';

declare const chrome: typeof import('wxt/browser').browser;

interface Seen { editorId: string; findings: Array<{ rule: string; severity: string; text: string; message: string; explanation: string }> }

/** Health (error), a phone number, the writer's "je" (warnings). */
const REPORT = "Mme Martin est venue au rendez-vous. Elle a parlé de son diabète et de son traitement. Son numéro est le 06 11 22 33 44. J'ai proposé un atelier sur le CV.";

let h: Harness;
let demo: DemoServer;
let ext: Page;
const tmp = mkdtempSync(join(tmpdir(), 'cadre-e2e-i18n-'));

beforeAll(async () => {
  h = await launchExtension(inject('chromeDir'), { locale: 'en-US' });
  demo = await startDemoServer();
  ext = await controlPage(h);
});

afterAll(async () => {
  await h?.close();
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const openTab = (url: string) => openTabIn(h, ext, url, { width: 1200, height: 800 });

const seen = async (tabId: number): Promise<Seen[]> =>
  ((await ext.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId)) as { editors: Seen[] }).editors;

/** The demo interview page with a typed report, its findings known to the background. */
async function typedReport(dossier: string) {
  const tab = await openTab(`${demo.url}/entretien.html?dossier=${dossier}`);
  await tab.page.selectOption('#type-entretien', { label: 'Diagnostic' });
  await tab.page.click('#compte-rendu');
  await tab.page.keyboard.type(REPORT);
  await expect.poll(async () => (await seen(tab.tabId))[0]?.findings.length ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  return tab;
}

describe('Cadre in an English browser', () => {
  it('side panel: English words and lang, the English explanation under "Why?", the message in French', async () => {
    const { page, tabId } = await typedReport('D-3001');
    const [{ findings }] = await seen(tabId);
    const panel = await h.context.newPage();
    await panel.goto(h.url(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-finding]').first().waitFor({ timeout: 30_000 });

    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await panel.title()).toBe('Cadre — interview guide');
    expect(await panel.getByRole('heading', { level: 2, name: 'Timer' }).isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { level: 2, name: 'Review of the report' }).isVisible()).toBe(true);
    await expect.poll(() => panel.getByLabel('Interview type').inputValue()).toBe('diagnostic');
    expect(await panel.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);

    const errors = findings.filter((f) => f.severity === 'error').length;
    const headings = await panel.locator('.findings h3, .findings h4').allTextContents();
    expect(headings[0]).toBe(`Errors (${errors})`);
    expect(headings).toContain('Health');
    expect(await panel.getByTestId('findings-counts').textContent()).toMatch(new RegExp(`^${findings.length} findings: ${errors} errors?`));
    // the toolbar's title over the badge
    expect(await ext.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(`Cadre: ${errors} error${errors > 1 ? 's' : ''} to fix in the report — open the panel`);

    const sante = panel.locator('[data-finding="sante"]').first();
    const santeFinding = findings.find((f) => f.rule === 'sante')!;
    expect(await sante.locator('.finding-message').textContent()).toBe(santeFinding.message);
    await sante.getByText('Why?').click();
    expect(await sante.locator('.finding-why p').first().textContent()).toBe(EXPLANATIONS_EN.sante);
    expect(await sante.getByRole('button', { name: `Ignore “${santeFinding.text}”` }).count()).toBe(1);

    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('in-page card and checklist card: English words, the English explanation', async () => {
    const { page, tabId } = await typedReport('D-3002');
    const [{ findings }] = await seen(tabId);

    // the checklist card, in Cadre's shadow root
    const overlay = page.locator('cadre-root [data-cadre-overlay]');
    await expect.poll(() => overlay.locator('.title').textContent(), { timeout: 30_000 }).toBe('Cadre · Diagnostic');
    expect(await overlay.getAttribute('aria-label')).toBe('Cadre: interview checklist');
    expect(await overlay.getByTestId('carte-phase').textContent()).toMatch(/^Timer stopped · Introduction \d+ min · Main part \d+ min/);
    expect(await overlay.getByRole('button', { name: 'Fold' }).count()).toBe(1);

    // the finding's card, from the keyboard in the report field
    await page.click('#compte-rendu');
    await page.keyboard.press('Alt+Enter');
    const card = page.locator('cadre-root').locator('[role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const message = await card.locator('.message').textContent();
    const shown = findings.find((f) => f.message === message)!;
    expect(shown, 'the card shows a finding of the field, with its French message').toBeDefined();
    expect(await card.locator('.explanation').textContent()).toBe(EXPLANATIONS_EN[shown.rule]);
    expect(await card.locator('.sev').textContent()).toBe({ error: 'Error', warning: 'Warning', info: 'Information' }[shown.severity]);
    expect(await card.getByRole('button', { name: 'Ignore', exact: true }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Ignore everywhere' }).count()).toBe(1);
    expect(await card.locator('.position').textContent()).toMatch(/^\d+ of \d+$/);
    expect(await seriousViolations(page, ['cadre-root'])).toEqual([]);
    await page.close();
  });

  it('audit page: English words and lang, figures, the drill-down with the English explanation', async () => {
    const csv = join(tmp, 'reports.csv');
    writeFileSync(csv, generateCsv({ reports: 30, seed: 7 }));
    const page = await h.context.newPage();
    await page.goto(h.url('audit.html'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Audit of reports');
    await page.getByLabel('Files to audit').setInputFiles(csv);
    const mapping = page.locator('fieldset[data-mapping="reports.csv"]');
    await mapping.waitFor();
    expect(await mapping.getByLabel('Report text (required)').inputValue()).toBe('compte_rendu');
    await page.getByRole('button', { name: 'Run the audit' }).click();
    await page.locator('[data-summary="final"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-summary="final"] .kpi').first().textContent()).toBe('30 reports audited');
    expect(await page.getByRole('heading', { level: 2, name: 'Summary' }).isVisible()).toBe(true);
    expect(await page.locator('[data-table="categories"] caption').textContent()).toBe('Findings by category');
    expect(await page.getByTestId('table-count').textContent()).toBe('30 reports');

    // the drill-down of the first report with a health finding
    await page.getByLabel('Category', { exact: true }).selectOption('sante');
    const open = page.locator('table.reports tbody th button').first();
    await open.click();
    const detail = page.locator('section.detail');
    const sante = detail.locator('li[data-finding="sante"]').first();
    await sante.waitFor({ timeout: 30_000 });
    await sante.getByText('Why', { exact: true }).click();
    expect(await sante.locator('details p').first().textContent()).toBe(EXPLANATIONS_EN.sante);
    expect(await detail.getByRole('button', { name: 'Close' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
    await page.close();
  });
});
