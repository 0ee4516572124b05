/**
 * "Auditer cette page" (issue #5 §1) in real Chromium with the built extension, on the demo app:
 * the panel's button has the page's content script read the report (the site profile's report
 * view, else the selection, else Readability on a clone), lint it with the settings in force and
 * mark the findings with the Highlight API — the host's DOM is never changed; the panel lists the
 * findings with "Voir" and "Effacer les marques"; "Enregistrer dans l'historique" keeps masked
 * excerpts only, and the audit shows in the audit page's history. A rule turned off in the
 * settings is absent from a page audit and from a batch audit (issue #5 §2).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

declare const chrome: typeof import('wxt/browser').browser;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Health (errors), a phone number (warning): saved through the demo app's form, then shown read-only. */
const REPORT = "Mme Martin est venue au rendez-vous. Elle a parlé de son diabète et de son traitement. Son numéro est le 06 11 22 33 44. Un atelier sur le CV est proposé.";

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

/** The demo app's report view of a case, after saving REPORT through its form. */
async function savedReport(dossier: string) {
  const { page, tabId } = await openTab(`${demo.url}/entretien.html?dossier=${dossier}`);
  await page.selectOption('#type-entretien', { label: 'Diagnostic' });
  await page.fill('#compte-rendu', REPORT);
  await Promise.all([page.waitForURL(/compte-rendu\.html/), page.click('button[type="submit"]')]);
  await page.locator('#compte-rendu-lecture', { hasText: 'diabète' }).waitFor();
  return { page, tabId };
}

/** Everything the host page could see change from now on: mutations anywhere under <body>. */
async function watchHost(page: Page): Promise<() => Promise<{ mutations: number; same: boolean }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __hostMutations: number; __hostBefore: string };
    w.__hostMutations = 0;
    w.__hostBefore = document.body.innerHTML;
    new MutationObserver((records) => { w.__hostMutations += records.length; })
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => {
    const w = window as unknown as { __hostMutations: number; __hostBefore: string };
    return { mutations: w.__hostMutations, same: document.body.innerHTML === w.__hostBefore };
  });
}

/** Texts under Cadre's highlights (the page's registry: ranges over the page's own text nodes). */
const highlighted = (page: Page, names = ['cadre-error', 'cadre-warning', 'cadre-info']) => page.evaluate((list) => {
  const reg = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
  return list.flatMap((n) => [...(reg.get(n) ?? [])].filter((r) => !r.collapsed).map((r) => r.toString())).sort();
}, names);

async function auditFromPanel(tabId: number): Promise<Page> {
  const panel = await h.openPanel(`?tabId=${tabId}`);
  await panel.getByRole('button', { name: 'Auditer cette page' }).click();
  await panel.getByTestId('page-audit-results').waitFor({ timeout: 30_000 });
  return panel;
}

const listed = (panel: Page) => panel.locator('[data-testid="page-audit-results"] li[data-finding]').evaluateAll((els) => els.map((e) => ({
  rule: e.getAttribute('data-finding')!,
  category: e.getAttribute('data-category')!,
  severity: e.getAttribute('data-severity')!,
  marked: e.getAttribute('data-marked') === 'true',
  text: (e.querySelector('.finding-quote')?.textContent ?? '').replace(/^« | »$/g, ''),
})));

/** The audit history as stored (IndexedDB `cadre-audits` of the extension). */
const history = (page: Page) => page.evaluate(async () => {
  const req = indexedDB.open('cadre-audits');
  const db = await new Promise<IDBDatabase>((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
  const all = (store: string) => new Promise<unknown[]>((resolve) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => resolve(r.result); });
  const out = { audits: await all('audits'), reports: await all('reports') };
  db.close();
  return out as {
    audits: Array<{ id: number; kind: string; source: string; keepTexts: boolean; meta: { settings: { extraction?: string; lint?: { rules: Record<string, string> } } } }>;
    reports: Array<{ auditId: number; text?: string; length: number; findings: Array<{ rule: string; excerpt: string; text?: string }> }>;
  };
});

/** axe-core in the page (evaluated through the debugger: the page's CSP forbids inline scripts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ passes: unknown[]; violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return { passes: r.passes.length, list: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) };
  });
  expect(violations.passes).toBeGreaterThan(10);
  return violations.list.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(' | ')})`);
}

describe('Auditer cette page', () => {
  it("reads the demo app's report view through the site profile, lists and marks the findings without touching the host DOM, saves without the text", async () => {
    const { page, tabId } = await savedReport('D-2051');
    const host = await watchHost(page);
    const panel = await auditFromPanel(tabId);
    expect(await panel.getByTestId('page-audit-results').getAttribute('data-method')).toBe('profile');
    await expect.poll(() => panel.getByTestId('page-audit-status').textContent()).toMatch(/^Compte rendu lu : vue de lecture du compte rendu \(profil du site\)\. \d+ signalements : /);

    const items = await listed(panel);
    expect(items.map((f) => f.rule)).toEqual(expect.arrayContaining(['sante', 'telephone']));
    expect(items.filter((f) => f.rule === 'sante').map((f) => f.text).sort()).toEqual(['diabète', 'traitement']);
    // grouped like the editor's findings: errors first, under the category's French label
    const headings = await panel.locator('[data-testid="page-audit-results"] h3, [data-testid="page-audit-results"] h4').allTextContents();
    expect(headings[0]).toBe(`Erreurs (${items.filter((f) => f.severity === 'error').length})`);
    expect(headings[1]).toBe('Santé');

    // every finding found in the page is marked there, on the page's own text, and the host DOM did not change
    const marked = items.filter((f) => f.marked).map((f) => f.text).sort();
    expect(marked).toEqual(expect.arrayContaining(['06 11 22 33 44', 'diabète', 'traitement']));
    expect(await highlighted(page)).toEqual(marked);
    expect(await host()).toEqual({ mutations: 0, same: true });

    // "Voir": the page lights that mark
    await panel.getByRole('button', { name: 'Voir « 06 11 22 33 44 » dans la page' }).click();
    await expect.poll(() => highlighted(page, ['cadre-active'])).toEqual(['06 11 22 33 44']);
    await expect.poll(() => panel.getByTestId('page-audit-status').textContent()).toBe('« 06 11 22 33 44 » montré dans la page.');

    // the history's label: no query string (it holds the case number), digits of the title masked
    const label = await panel.getByLabel("Nom dans l'historique").inputValue();
    expect(label).toBe(`Compte rendu — Suivi Démo (${new URL(demo.url).host}/compte-rendu.html)`);
    expect(await panel.getByLabel('Conserver le texte du compte rendu').isChecked()).toBe(false);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: "Enregistrer dans l'historique" }).click();
    await expect.poll(() => panel.getByTestId('page-audit-status').textContent()).toBe("Audit enregistré dans l'historique, sans le texte du compte rendu.");

    const stored = await history(panel);
    const audit = stored.audits.find((a) => a.source === label)!;
    expect(audit).toMatchObject({ kind: 'page', keepTexts: false, meta: { settings: { extraction: 'profile', lint: { rules: {} } } } });
    const [report] = stored.reports.filter((r) => r.auditId === audit.id);
    expect(report.text).toBeUndefined();
    expect(report.length).toBe(REPORT.length);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(items.map((f) => f.rule).sort());
    expect(report.findings.every((f) => f.text === undefined && f.excerpt.includes('•'))).toBe(true);
    const dump = JSON.stringify(stored);
    for (const secret of ['diabète', '06 11 22 33 44', 'Martin', 'D-2051']) expect(dump).not.toContain(secret);

    // the saved audit is in the audit page's history
    const [auditPage] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('link', { name: "Voir l'historique des audits" }).click()]);
    await auditPage.waitForLoadState();
    expect(auditPage.url()).toBe(h.url('audit.html#historique'));
    const row = auditPage.locator('tr[data-audit]', { hasText: label });
    await row.waitFor();
    expect(await row.textContent()).toContain(`Page : ${label}`);

    // "Effacer les marques": nothing left on the page, still no change to its DOM
    await panel.getByRole('button', { name: 'Effacer les marques' }).click();
    await expect.poll(() => highlighted(page, ['cadre-error', 'cadre-warning', 'cadre-info', 'cadre-active'])).toEqual([]);
    expect(await host()).toEqual({ mutations: 0, same: true });
    for (const p of [auditPage, panel, page]) await p.close();
  });

  it('audits the selection on a page without a site profile, and marks inside it only', async () => {
    const { page, tabId } = await openTab(`${demo.url}/notes.html?dossier=D-2052`);
    await page.evaluate(() => document.getSelection()!.selectAllChildren(document.getElementById('sensible')!));
    const host = await watchHost(page);
    const panel = await auditFromPanel(tabId);
    expect(await panel.getByTestId('page-audit-results').getAttribute('data-method')).toBe('selection');
    const items = await listed(panel);
    expect(items.map((f) => f.text).sort()).toEqual(['dépression', 'suivi psychiatrique']);
    expect(items.every((f) => f.marked)).toBe(true);
    expect(await highlighted(page)).toEqual(['dépression', 'suivi psychiatrique']);
    expect(await host()).toEqual({ mutations: 0, same: true });
    for (const p of [panel, page]) await p.close();
  });

  it('uses Readability on a clone when there is no profile and no selection', async () => {
    const { page, tabId } = await openTab(`${demo.url}/notes.html`);
    const host = await watchHost(page);
    const panel = await auditFromPanel(tabId);
    expect(await panel.getByTestId('page-audit-results').getAttribute('data-method')).toBe('readability');
    await expect.poll(() => panel.getByTestId('page-audit-status').textContent()).toMatch(/^Compte rendu lu : contenu principal de la page\./);
    const items = await listed(panel);
    expect(items.map((f) => f.text).sort()).toEqual(['06 12 34 56 78', 'dépression', 'suivi psychiatrique']);
    expect(await highlighted(page)).toEqual(['06 12 34 56 78', 'dépression', 'suivi psychiatrique']);
    expect(await host()).toEqual({ mutations: 0, same: true });
    // the panel links to the batch audit page
    const [auditPage] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('link', { name: /Ouvrir l'audit des comptes rendus/ }).click()]);
    await auditPage.waitForLoadState();
    expect(auditPage.url()).toBe(h.url('audit.html'));
    await auditPage.getByRole('heading', { level: 1 }).waitFor();
    for (const p of [auditPage, panel, page]) await p.close();
  });

  it('a rule turned off in the settings is absent from a page audit and from a batch audit, and recorded as off', async () => {
    await h.inWorker(() => chrome.storage.local.set({ settings: { rules: { rules: { sante: 'off' } } }, settings$: { v: 2 } }));
    try {
      const { page, tabId } = await savedReport('D-2053');
      const panel = await auditFromPanel(tabId);
      const rules = (await listed(panel)).map((f) => f.rule);
      expect(rules).toContain('telephone');
      expect(rules).not.toContain('sante');
      expect(await highlighted(page)).not.toContain('diabète');
      await panel.getByLabel("Nom dans l'historique").fill('Audit sans la règle santé');
      await panel.getByRole('button', { name: "Enregistrer dans l'historique" }).click();
      await expect.poll(() => panel.getByTestId('page-audit-status').textContent()).toMatch(/^Audit enregistré/);
      const saved = (await history(panel)).audits.find((a) => a.source === 'Audit sans la règle santé')!;
      expect(saved.meta.settings.lint!.rules).toEqual({ sante: 'off' });

      // the batch audit page: same settings, in its Web Worker
      const auditPage = await h.context.newPage();
      await auditPage.goto(h.url('audit.html'));
      await auditPage.getByLabel('Fichiers à auditer').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(`id;compte_rendu\n1;"${REPORT}"\n2;Vous avez choisi la formation de cariste.\n`) });
      await auditPage.locator('fieldset[data-mapping="export.csv"]').waitFor();
      await auditPage.getByRole('button', { name: "Lancer l'audit" }).click();
      await auditPage.locator('[data-summary="final"]').waitFor({ timeout: 60_000 });
      const categories = await auditPage.locator('[data-summary="final"] [data-table="categories"] tr[data-category]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-category')));
      expect(categories).toContain('telephone');
      expect(categories).not.toContain('sante');
      await auditPage.getByRole('button', { name: "Enregistrer dans l'historique" }).click();
      await auditPage.getByText("Enregistré dans l'historique", { exact: true }).waitFor();
      const batch = (await history(auditPage)).audits.find((a) => a.kind === 'batch' && a.source === 'export.csv')!;
      expect(batch.meta.settings.lint!.rules).toEqual({ sante: 'off' });
      for (const p of [auditPage, panel, page]) await p.close();
    } finally {
      await h.inWorker(() => chrome.storage.local.remove(['settings', 'settings$']));
    }
  });

  it('the options page links to the audit history', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url('options.html'));
    const link = page.getByRole('link', { name: /Historique des audits/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('audit.html#historique');
    await page.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
