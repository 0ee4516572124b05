/**
 * The panel's review of the page's report (issue #4 §4), in real Chromium with the built extension
 * on the demo app: the findings of the report field, grouped by severity and category with the
 * stable hooks (`data-finding`, `data-category`, "Appliquer…"); a click selects the text in the
 * page; "Appliquer" changes the page's text through the editor; "Ignorer"; the badge counts the
 * errors; the interview type comes from the page and the case id keys the interview; the
 * conclusion helper writes into the report.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { CATEGORY_LABELS, type Category } from '../../lib/lint/types.ts';
import { pickLanguage } from '../../lib/i18n/index.ts';

declare const chrome: typeof import('wxt/browser').browser;

interface Seen { frameId: number; editorId: string; focused: boolean; findings: Array<{ rule: string; category: string; severity: string; text: string; start: number; end: number; fixes: Array<{ start: number; end: number; replacement: string; label: string }> }> }

/** Health (error), a phone number, the writer's "je" (warnings). */
const REPORT = "Mme Martin est venue au rendez-vous. Elle a parlé de son diabète et de son traitement. Son numéro est le 06 11 22 33 44. J'ai proposé un atelier sur le CV.";

let h: Harness;
let demo: DemoServer;
let ext: Page;

beforeAll(async () => {
  h = await launchExtension(inject('chromeDir'));
  demo = await startDemoServer();
  ext = await controlPage(h);
});

afterAll(async () => {
  await h?.close();
  await demo?.close();
});

const openTab = (url: string) => openTabIn(h, ext, url);

async function seen(tabId: number): Promise<Seen[]> {
  return ((await ext.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId)) as { editors: Seen[] }).editors;
}

const badgeOf = (tabId: number) => ext.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
const reportValue = (page: Page) => page.locator('#compte-rendu').inputValue();
const pageSelection = (page: Page) => page.evaluate(() => { const t = document.querySelector('textarea')!; return t.value.slice(t.selectionStart, t.selectionEnd); });

/** The demo page with a typed report, the type chosen in the app, and the panel following its tab. */
async function typedReport(dossier: string, type = 'Diagnostic') {
  const { page, tabId } = await openTab(`${demo.url}/entretien.html?dossier=${dossier}`);
  await page.selectOption('#type-entretien', { label: type });
  await page.click('#compte-rendu');
  await page.keyboard.type(REPORT);
  await expect.poll(async () => (await seen(tabId))[0]?.findings.length ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  const panel = await h.openPanel(`?tabId=${tabId}`);
  await panel.locator('[data-finding]').first().waitFor();
  return { page, tabId, panel };
}

describe('review of the page report in the panel', () => {
  it('lists the report field\'s findings grouped by severity and category, with the stable hooks, and the badge counts the errors', async () => {
    const { page, tabId, panel } = await typedReport('D-2041');
    const [editor] = await seen(tabId);
    expect(editor.focused).toBe(true);
    const items = panel.locator('[data-finding]');
    await expect.poll(() => items.count()).toBe(editor.findings.length);
    const shown = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-finding'), e.getAttribute('data-category'), e.getAttribute('data-severity')]));
    expect(shown.map((x) => x.join('|')).sort()).toEqual(editor.findings.map((f) => [f.rule, f.category, f.severity].join('|')).sort());
    expect(editor.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['sante', 'telephone', 'personne-je']));

    // errors first, then warnings, each under its category's French label
    const headings = await panel.locator('.findings h3, .findings h4').allTextContents();
    const errors = editor.findings.filter((f) => f.severity === 'error');
    expect(headings[0]).toBe(`Erreurs (${errors.length})`);
    expect(headings[1]).toBe(CATEGORY_LABELS.sante);
    expect(headings).toContain(CATEGORY_LABELS.telephone);
    expect(headings.indexOf(`Avertissements (${editor.findings.filter((f) => f.severity === 'warning').length})`)).toBeGreaterThan(1);
    for (const f of editor.findings) expect(headings).toContain(CATEGORY_LABELS[f.category as Category]);
    // the live region says how many
    expect(await panel.getByTestId('findings-counts').textContent()).toMatch(new RegExp(`^${editor.findings.length} signalements : ${errors.length} erreurs?, `));

    // the toolbar badge: error-level findings of the tab
    const badge = await badgeOf(tabId);
    expect(badge.text).toBe(String(errors.length));
    // in the service worker's language: Playwright's locale reaches pages, not the worker, which
    // reads the browser's own (English in a Chromium without its language packs, at times)
    const workerLanguage = pickLanguage(await h.inWorker(() => chrome.i18n.getUILanguage()));
    const title = workerLanguage === 'fr'
      ? `Cadre : ${errors.length} erreur${errors.length > 1 ? 's' : ''} à corriger dans le compte rendu — ouvrir le panneau`
      : `Cadre: ${errors.length} error${errors.length > 1 ? 's' : ''} to fix in the report — open the panel`;
    expect(badge.title).toBe(title);
    await panel.close();
    await page.close();
  });

  it('click and keyboard reveal the text in the page; "Appliquer" changes the page text; "Ignorer" hides', async () => {
    const { page, tabId, panel } = await typedReport('D-2042');
    const sante = panel.locator('[data-finding="sante"]').first();
    const santeText = ((await sante.locator('.finding-text').textContent()) ?? '').replace(/^« | »$/g, '');
    await sante.locator('.finding-text').click();
    await expect.poll(() => pageSelection(page)).toBe(santeText);

    // keyboard: the phone finding's button, Enter
    const phone = panel.locator('[data-finding="telephone"]').first();
    await phone.locator('.finding-text').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => pageSelection(page)).toBe('06 11 22 33 44');

    // apply the health finding's first fix: the page's text changes through the editor
    const before = await reportValue(page);
    const [{ findings }] = await seen(tabId);
    const fix = findings.find((f) => f.rule === 'sante' && f.text === santeText)!.fixes[0];
    const apply = sante.getByRole('button', { name: /^Appliquer/ }).first();
    expect(await apply.textContent()).toBe(`Appliquer : ${fix.label}`);
    await apply.click();
    await expect.poll(() => reportValue(page)).toBe(before.slice(0, fix.start) + fix.replacement + before.slice(fix.end));
    await expect.poll(() => panel.getByTestId('findings-status').textContent()).toBe('Correction appliquée dans la page.');
    // re-linted by the page: that finding is gone, the badge follows
    await expect.poll(async () => (await seen(tabId))[0].findings.some((f) => f.text === santeText)).toBe(false);
    const errorsLeft = (await seen(tabId))[0].findings.filter((f) => f.severity === 'error').length;
    await expect.poll(async () => (await badgeOf(tabId)).text).toBe(errorsLeft ? String(errorsLeft) : '');

    // ignore the phone number: gone from the list, and it stays gone when the report changes
    await phone.getByRole('button', { name: 'Ignorer « 06 11 22 33 44 »' }).click();
    await expect.poll(() => panel.locator('[data-finding="telephone"]').count()).toBe(0);
    await page.click('#compte-rendu');
    await page.keyboard.press('End');
    await page.keyboard.type(' Rendez-vous fixé.');
    await expect.poll(() => reportValue(page)).toMatch(/Rendez-vous fixé\.$/);
    await expect.poll(async () => (await seen(tabId))[0].findings.some((f) => f.rule === 'telephone')).toBe(false);
    expect(await panel.locator('[data-finding="telephone"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('detects the interview type from the page; the case id keys the interview, never stored in clear', async () => {
    const first = await typedReport('D-2043', 'Contractualisation');
    await expect.poll(() => first.panel.getByLabel("Type d'entretien").inputValue()).toBe('contractualisation');
    expect(await first.panel.getByText('Type détecté sur la page.').count()).toBe(1);
    const id1 = await first.panel.locator('main').getAttribute('data-interview');
    expect(id1).toMatch(/^dossier-[0-9a-f]{64}$/);
    // the app's type changes while the panel is open: the panel follows once the page reports again
    await first.page.selectOption('#type-entretien', { label: 'Suivi' });
    await first.page.click('#compte-rendu');
    await first.page.keyboard.type(' Suite convenue.');
    await expect.poll(() => first.panel.getByLabel("Type d'entretien").inputValue()).toBe('suivi');
    // ticked in the panel, found again by another panel on another tab of the same case
    await first.panel.getByLabel('Faire le point sur les démarches réalisées').check();
    const again = await openTab(`${demo.url}/entretien.html?dossier=D-2043`);
    await again.page.selectOption('#type-entretien', { label: 'Suivi' });
    const panel2 = await h.openPanel(`?tabId=${again.tabId}`);
    await expect.poll(() => panel2.locator('main').getAttribute('data-interview')).toBe(id1);
    await expect.poll(() => panel2.getByLabel('Faire le point sur les démarches réalisées').isChecked()).toBe(true);
    // another case: another interview
    const other = await openTab(`${demo.url}/entretien.html?dossier=D-2044`);
    const panel3 = await h.openPanel(`?tabId=${other.tabId}`);
    await expect.poll(() => panel3.locator('main').getAttribute('data-interview')).toMatch(/^dossier-/);
    expect(await panel3.locator('main').getAttribute('data-interview')).not.toBe(id1);
    // nothing in the extension's storage holds the case number
    const dump = await h.inWorker(async () => {
      const req = indexedDB.open('cadre');
      const db = await new Promise<IDBDatabase>((resolve) => { req.onsuccess = () => resolve(req.result); });
      const all = await new Promise<unknown[]>((resolve) => { const r = db.transaction('interviews').objectStore('interviews').getAll(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return JSON.stringify([all, await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
    });
    expect(dump).toContain(id1!.slice('dossier-'.length));
    expect(dump).not.toMatch(/D-204[34]/);
    for (const p of [first.panel, first.page, again.page, panel2, other.page, panel3]) await p.close();
  });

  it('inserts the conclusion at the caret of the report field', async () => {
    const { page, panel } = await typedReport('D-2045', 'Premier accueil');
    await expect.poll(() => panel.getByLabel("Type d'entretien").inputValue()).toBe('premier-accueil');
    await page.click('#compte-rendu');
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await panel.getByText('Aide à la conclusion').click();
    await panel.getByLabel('Actions convenues (une par ligne)').fill("S'inscrire à l'atelier CV");
    const paragraph = await panel.getByTestId('conclusion').textContent();
    await panel.getByRole('button', { name: 'Insérer dans le compte rendu' }).click();
    expect(paragraph).toMatch(/^Cet entretien de premier accueil .*L'action convenue avec vous est la suivante : s'inscrire à l'atelier CV\.$/);
    // inserted at the caret (the end of the text typed so far), through the editor's input path
    await expect.poll(() => reportValue(page)).toBe(`${REPORT} ${paragraph}`);
    await expect.poll(() => panel.getByText('Paragraphe inséré dans le compte rendu.').count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('a tab closed or navigated away is forgotten (badge and list)', async () => {
    const { page, tabId, panel } = await typedReport('D-2046');
    await page.goto(`${demo.url}/index.html`);
    await expect.poll(async () => (await seen(tabId)).length).toBe(0);
    await expect.poll(() => panel.locator('[data-finding]').count()).toBe(0);
    expect((await badgeOf(tabId)).text).toBe('');
    await page.close();
    await expect.poll(async () => (await seen(tabId)).length).toBe(0);
    await panel.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
