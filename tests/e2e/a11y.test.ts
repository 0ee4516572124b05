/**
 * Accessibility of Cadre's pages in real Chromium with the built extension (issue #6 §4): axe-core
 * finds no serious or critical violation in the side panel (empty, and with findings, a conductor,
 * the timer running and every fold open), the audit page (import with its column mapping, results
 * with the drill-down, history) and Cadre's own part of the demo app (checklist card, finding
 * card); and the panel and the audit page are used with the keyboard alone: every control reached
 * by Tab with a visible focus, no trap, the main actions done with Enter, Space and the arrows.
 * The options page has its own checks in options.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { focused, seriousViolations, tabTo, walkTabOrder } from './a11y.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';
import { DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/index.ts';

declare const chrome: typeof import('wxt/browser').browser;

/** Health (error), a phone number and the writer's "je" (warnings). */
const REPORT = "Mme Martin est venue au rendez-vous. Elle a parlé de son diabète. Son numéro est le 06 11 22 33 44. J'ai proposé un atelier sur le CV.";
const POLL = { timeout: 30_000 };

let h: Harness;
let demo: DemoServer;
let ext: Page;
const tmp = mkdtempSync(join(tmpdir(), 'cadre-e2e-a11y-'));
const CSV = join(tmp, 'export-60.csv');

beforeAll(async () => {
  writeFileSync(CSV, generateCsv({ reports: 60, seed: 7 }));
  h = await launchExtension(inject('chromeDir'));
  demo = await startDemoServer();
  ext = await controlPage(h);
});

afterAll(async () => {
  await h?.close();
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const openTab = (url: string) => openTabIn(h, ext, url);

async function findingsCount(tabId: number): Promise<number> {
  const r = await ext.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId) as { editors: Array<{ findings: unknown[] }> };
  return r.editors.reduce((n, e) => n + e.findings.length, 0);
}

/** A demo page with the report typed (and the app's interview type, if given), and a panel following it. */
async function reportWithPanel(dossier: string, type?: string) {
  const { page, tabId } = await openTab(`${demo.url}/entretien.html?dossier=${dossier}`);
  await page.setViewportSize({ width: 1200, height: 800 });
  if (type) await page.selectOption('#type-entretien', { label: type });
  await page.click('#compte-rendu');
  await page.keyboard.type(REPORT);
  await expect.poll(() => findingsCount(tabId), POLL).toBeGreaterThanOrEqual(3);
  const panel = await h.openPanel(`?tabId=${tabId}`);
  await panel.locator('[data-finding]').first().waitFor();
  return { page, tabId, panel };
}

describe('side panel', () => {
  it('axe-core: no serious or critical violation, empty, then with findings, a conductor, the timer and every fold open', async () => {
    // a tab Cadre knows nothing of: no conductor, no review
    const empty = await h.openPanel('?tabId=999999');
    expect(await seriousViolations(empty)).toEqual([]);
    await empty.close();

    const { page, panel } = await reportWithPanel('D-3401', 'Diagnostic');
    await expect.poll(() => panel.getByLabel("Type d'entretien").inputValue()).toBe('diagnostic');
    await panel.getByRole('button', { name: 'Démarrer' }).click();
    await panel.getByLabel("Accueillir la personne et annoncer la durée de l'entretien").check();
    await panel.locator('[data-finding="sante"] summary').first().click(); // "Pourquoi ?"
    await panel.getByText('Aide à la conclusion').click();
    await panel.getByLabel('Actions convenues (une par ligne)').fill("S'inscrire à l'atelier CV");
    await panel.getByText('Réglages et données').click();
    const bad = JSON.parse(JSON.stringify(DEFAULT_CONDUCTOR_FILE));
    bad.conducteurs[0].phases = 'aucune';
    await panel.getByLabel('Importer les conducteurs de votre organisation (JSON)').setInputFiles({ name: 'conducteurs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await panel.getByRole('alert').waitFor();
    await panel.getByRole('button', { name: 'Effacer toutes les données' }).click();
    await panel.getByRole('button', { name: "Confirmer l'effacement" }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('is used with the keyboard alone: every control reached with a visible focus, no trap; type, timer, fix, ignore and folds by keys', async () => {
    const { page, panel } = await reportWithPanel('D-3402');
    const walk = await walkTabOrder(panel);
    expect(walk.controls).toBeGreaterThan(10);
    expect(walk.missed).toEqual([]);
    expect(walk.unseen).toEqual([]);
    expect(walk.cycled).toBe(true);

    // the interview type, with the arrows of the select
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, panel.getByLabel("Type d'entretien"));
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.getByLabel("Type d'entretien").inputValue()).toBe('premier-accueil');
    // the timer
    await tabTo(panel, panel.getByRole('button', { name: 'Démarrer' }));
    await panel.keyboard.press('Space');
    await expect.poll(() => panel.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);

    // a fix of the health finding, with Enter: the page's text changes; the focus stays in the list
    const before = await page.locator('#compte-rendu').inputValue();
    await tabTo(panel, panel.locator('[data-finding="sante"]').getByRole('button', { name: /^Appliquer/ }).first());
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.locator('#compte-rendu').inputValue()).not.toBe(before);
    await expect.poll(() => panel.getByTestId('findings-status').textContent()).toBe('Correction appliquée dans la page.');
    // the focus went to the finding that took its place, not to the top of the panel
    await expect.poll(() => panel.evaluate(() => document.activeElement?.className)).toBe('finding-text');

    // "Ignorer" the phone number, with Space
    await tabTo(panel, panel.getByRole('button', { name: 'Ignorer « 06 11 22 33 44 »' }));
    await panel.keyboard.press('Space');
    await expect.poll(() => panel.locator('[data-finding="telephone"]').count()).toBe(0);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.className)).toBe('finding-text');

    // "Pourquoi ?" opens with Enter, and Shift+Tab goes back up the list
    const why = panel.locator('[data-finding="personne-je"] details');
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, why.locator('summary'));
    await panel.keyboard.press('Enter');
    expect(await why.getAttribute('open')).toBe('');
    await tabTo(panel, panel.locator('[data-finding="personne-je"] .finding-text'), { back: true });

    // the settings fold, then its first control, by keys
    await tabTo(panel, panel.locator('summary').filter({ hasText: 'Réglages et données' }));
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('reglage-notifications');
    const wasOn = await panel.getByLabel('Notification à chaque changement de phase').isChecked();
    await panel.keyboard.press('Space');
    await expect.poll(() => panel.getByLabel('Notification à chaque changement de phase').isChecked()).toBe(!wasOn);

    // the first checklist item, ticked with the space bar (Shift+Tab: it is above the settings)
    await tabTo(panel, panel.getByLabel("Clarifier la demande initiale"), { back: true });
    await panel.keyboard.press('Space');
    expect(await panel.getByLabel('Clarifier la demande initiale').isChecked()).toBe(true);
    await panel.close();
    await page.close();
  });
});

describe('audit page', () => {
  let page: Page;

  it('axe-core: no serious or critical violation at import with the column mapping, with results and the drill-down, and in the history', async () => {
    page = await h.context.newPage();
    await page.goto(h.url('audit.html'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Fichiers à auditer').setInputFiles(CSV);
    await page.locator('fieldset[data-mapping="export-60.csv"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: "Lancer l'audit" }).click();
    await page.locator('[data-summary="final"]').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    const all = await page.getByTestId('table-count').textContent();
    await page.getByLabel('Avec constats seulement').check();
    await expect.poll(() => page.getByTestId('table-count').textContent()).not.toBe(all);
    await page.locator('table.reports tbody tr').first().getByRole('button').click();
    await page.locator('[data-detail] [data-testid="marked-text"]').waitFor();
    await page.locator('[data-detail] li[data-finding] summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Voir le texte corrigé' }).click();
    await page.getByTestId('fixed-text').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: "Enregistrer dans l'historique" }).click();
    await page.getByRole('button', { name: 'Historique', exact: true }).click();
    await page.locator('tr[data-audit]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('is used with the keyboard alone: files chosen, audit run, a report opened, its fixed text shown and closed; every control reached with a visible focus', async () => {
    page = await h.context.newPage();
    await page.goto(h.url('audit.html'));
    // listened for from the start: Playwright then catches the browser's file dialog (set up
    // asynchronously, it could miss a dialog opened right after the listener)
    const chooser = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
    await page.locator('h1').waitFor();
    const start = await walkTabOrder(page);
    expect(start.missed).toEqual([]);
    expect(start.unseen).toEqual([]);
    expect(start.cycled).toBe(true);

    // "Choisir des fichiers…" with Enter opens the browser's file chooser (answered by the test)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, page.getByRole('button', { name: 'Choisir des fichiers…' }));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(CSV);
    await page.locator('fieldset[data-mapping="export-60.csv"]').waitFor();
    await tabTo(page, page.getByRole('button', { name: "Lancer l'audit" }));
    await page.keyboard.press('Enter');
    await page.locator('[data-summary="final"]').waitFor({ timeout: 60_000 });

    const results = await walkTabOrder(page);
    expect(results.controls).toBeGreaterThan(50);
    expect(results.missed).toEqual([]);
    expect(results.unseen).toEqual([]);
    expect(results.cycled).toBe(true);

    // a column sorted with Enter
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, page.getByRole('button', { name: 'Erreurs', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[aria-sort="descending"]').textContent()).toMatch(/^Erreurs/);

    // the first report opened with Enter: the focus goes to its title
    const first = page.locator('table.reports tbody tr').first().getByRole('button');
    const name = (await first.getAttribute('aria-label'))!;
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await page.locator('[data-detail] [data-testid="marked-text"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    // the fixed text, with Space
    await tabTo(page, page.getByRole('button', { name: 'Voir le texte corrigé' }));
    await page.keyboard.press('Space');
    await page.getByTestId('fixed-text').waitFor();
    expect(await page.getByRole('button', { name: 'Voir le texte d’origine' }).getAttribute('aria-pressed')).toBe('true');
    // closed with Enter: the focus goes back to the report's button in the table
    await tabTo(page, page.getByRole('button', { name: 'Fermer' }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-detail]').count()).toBe(0);
    expect(await focused(page)).toBe(name);

    // the history, from its button
    await tabTo(page, page.getByRole('button', { name: 'Historique', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Historique', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});

describe("Cadre's part of the demo app", () => {
  it('axe-core: no serious or critical violation in the checklist card, then with a finding card open', async () => {
    const { page } = await openTab(`${demo.url}/entretien.html?dossier=D-3403`);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.selectOption('#type-entretien', { label: 'Diagnostic' });
    const card = page.locator('cadre-root [data-cadre-overlay]');
    await expect.poll(() => card.locator('.title').textContent(), POLL).toBe('Cadre · Diagnostic');
    expect(await seriousViolations(page, ['cadre-root'])).toEqual([]);

    // the finding card, opened from the keyboard at the caret (Alt+Entrée)
    await page.click('#compte-rendu');
    await page.keyboard.type(REPORT);
    await expect.poll(() => page.evaluate(() => document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll('.mark').length ?? 0), POLL).toBeGreaterThanOrEqual(3);
    await page.evaluate(() => { const t = document.querySelector<HTMLTextAreaElement>('#compte-rendu')!; const at = t.value.indexOf('diabète') + 2; t.setSelectionRange(at, at); });
    await page.keyboard.press('Alt+Enter');
    const dialog = page.locator('cadre-root [role="dialog"]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('diabète');
    expect(await seriousViolations(page, ['cadre-root'])).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
