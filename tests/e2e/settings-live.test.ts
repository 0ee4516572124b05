/**
 * A rule changed in the options page reaches the demo app's open tab and the panel at once
 * (issue #6 §5: "change a rule in the options page and see the panel's findings change on the demo
 * app"), in real Chromium with the built extension. The path under test is the product's own:
 * the options page's controls write the user's settings → the content script's engine hears
 * `storage.onChanged` (entrypoints/inpage-engine.ts) and lints the page's report again → the
 * background → the panel's list and the page's marks. Neither the page nor the panel is reloaded.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

declare const chrome: typeof import('wxt/browser').browser;

/** An e-mail address (warning by default), a word no lexicon knows, the writer's "je". */
const REPORT = "Mme Martin est venue au rendez-vous. Vous pouvez écrire à ana.martin@free.fr pour le suivi. Elle pratique la sophrologie chaque semaine. J'ai proposé un atelier sur le CV.";
const POLL = { timeout: 30_000 };

interface Seen { findings: Array<{ rule: string; severity: string; text: string }> }

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

/** What the background holds for the tab: the page's own findings, in the page's order. */
async function pageFindings(tabId: number): Promise<Seen['findings']> {
  const r = await ext.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId) as { editors: Seen[] };
  return r.editors[0]?.findings ?? [];
}

/** The panel's list: `rule|severity|text` of each finding shown. */
const panelList = (panel: Page) => panel.locator('[data-finding]').evaluateAll((els) =>
  els.map((e) => `${e.getAttribute('data-finding')}|${e.getAttribute('data-severity')}|${(e.querySelector('.finding-text')?.textContent ?? '').replace(/^« | »$/g, '')}`).sort());

/**
 * The page's marks (overlay boxes over the textarea, in Cadre's shadow root): `severity|text` of
 * each finding marked, the text read from the field at the finding's offsets.
 */
async function pageMarks(page: Page, tabId: number): Promise<string[]> {
  const findings = await pageFindings(tabId);
  const marked = await page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const m of document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? []) {
      out[m.dataset.index!] = ['error', 'warning', 'info'].find((s) => m.classList.contains(s)) ?? '?';
    }
    return out;
  });
  // the painter numbers the marks by the finding's place in the list the page sent
  return Object.entries(marked).map(([i, severity]) => `${severity}|${findings[Number(i)]?.text ?? '?'}`).sort();
}

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  await page.getByRole('heading', { level: 2, name: 'Règles' }).waitFor();
  return page;
}

describe('settings changed in the options page, seen live on the demo app', () => {
  let app: { page: Page; tabId: number };
  let panel: Page;
  let options: Page;

  it('the panel lists the e-mail address and the page marks it, as a warning', async () => {
    app = await openTab(`${demo.url}/entretien.html?dossier=D-3301`);
    await app.page.click('#compte-rendu');
    await app.page.keyboard.type(REPORT);
    await expect.poll(async () => (await pageFindings(app.tabId)).map((f) => f.rule).sort(), POLL).toEqual(['email', 'personne-je']);
    panel = await h.openPanel(`?tabId=${app.tabId}`);
    options = await openOptions();
    // a reload of either would lose these
    for (const p of [app.page, panel]) await p.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });

    await expect.poll(() => panelList(panel), POLL).toEqual(['email|warning|ana.martin@free.fr', "personne-je|warning|J'"]);
    await expect.poll(() => pageMarks(app.page, app.tabId), POLL).toEqual(["warning|J'", 'warning|ana.martin@free.fr']);
  });

  it('the e-mail rule turned off in the options page: gone from the panel and the page, without a reload; back when on again', async () => {
    const email = options.locator('li.rule[data-rule="email"]');
    await email.getByLabel('Règle email active').uncheck();
    await expect.poll(() => panelList(panel), POLL).toEqual(["personne-je|warning|J'"]);
    await expect.poll(() => pageMarks(app.page, app.tabId), POLL).toEqual(["warning|J'"]);
    expect(await panel.getByTestId('findings-counts').textContent()).toMatch(/^1 signalement/);

    await email.getByLabel('Règle email active').check();
    await expect.poll(() => panelList(panel), POLL).toEqual(['email|warning|ana.martin@free.fr', "personne-je|warning|J'"]);
    await expect.poll(() => pageMarks(app.page, app.tabId), POLL).toEqual(["warning|J'", 'warning|ana.martin@free.fr']);
  });

  it("the e-mail rule's severity set to error: listed under Erreurs, marked as an error, the badge counts it", async () => {
    await options.locator('li.rule[data-rule="email"]').getByLabel('Sévérité de la règle email').selectOption('error');
    await expect.poll(() => panelList(panel), POLL).toEqual(['email|error|ana.martin@free.fr', "personne-je|warning|J'"]);
    expect(await panel.locator('.findings h3').first().textContent()).toBe('Erreurs (1)');
    await expect.poll(() => pageMarks(app.page, app.tabId), POLL).toEqual(['error|ana.martin@free.fr', "warning|J'"]);
    await expect.poll(() => ext.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), app.tabId), POLL).toBe('1');
  });

  it('a term added under Rules → extra terms (Santé) is found in the page and listed in the panel', async () => {
    expect((await pageFindings(app.tabId)).some((f) => f.text === 'sophrologie')).toBe(false);
    const terms = options.getByLabel('Termes ajoutés : Santé');
    await terms.fill('sophrologie');
    await terms.blur(); // saved when the field is left
    await expect.poll(() => panelList(panel), POLL).toEqual(['email|error|ana.martin@free.fr', "personne-je|warning|J'", 'sante|error|sophrologie']);
    await expect.poll(() => pageMarks(app.page, app.tabId), POLL).toEqual(['error|ana.martin@free.fr', 'error|sophrologie', "warning|J'"]);
    // and it goes when the term is taken out again
    await terms.fill('');
    await terms.blur();
    await expect.poll(() => panelList(panel), POLL).toEqual(['email|error|ana.martin@free.fr', "personne-je|warning|J'"]);
  });

  it('nothing was reloaded: the page kept its text, the panel its document', async () => {
    expect(await app.page.locator('#compte-rendu').inputValue()).toBe(REPORT);
    for (const p of [app.page, panel]) expect(await p.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
