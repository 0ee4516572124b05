/**
 * Where Cadre runs (issue #4 §1), in real Chromium with the built extension: the demo app's origins
 * work at install; another origin (a second loopback address, http://127.0.0.2) gets nothing until
 * the user enables it from the panel ("Activer Cadre sur ce site", a real click: the user gesture
 * the browser requires), and nothing again once disabled. The demo origins can be switched off and
 * on too.
 *
 * The browser's permission dialog is browser UI that Playwright cannot click. The test therefore
 * first approves the site where a user can, on Cadre's page of chrome://extensions ("Site access":
 * `developerPrivate.addHostPermission`, which records the grant without activating it); Chrome
 * then skips the dialog for that site, and the panel's own `permissions.request` resolves at once.
 * Everything after the dialog (the grant, `permissions.onAdded`, the registration, the injection
 * into the open tab) is the real path. (Without that approval, headless Chromium leaves the
 * request pending on a dialog nobody sees: the refusal path cannot be driven from here.)
 *
 * The options page's Sites section does the same (issue #6 §1: "grant and revoke the optional host
 * permission"): a site added there is granted and reviewed, "Autoriser" grants a site the settings
 * list without its permission, "Retirer" gives the permission back. axe-core checks the panel's and
 * the section's states on the way (issue #6 §4).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { seriousViolations } from './a11y.ts';
import { DEMO_ROOT, startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

declare const chrome: typeof import('wxt/browser').browser;

let h: Harness;
let demo: DemoServer;
let other: { url: string; server: Server };
let ext: Page;

/** The demo app served on another loopback address: another origin, not granted at install. */
async function serveOnSecondLoopback(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(DEMO_ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DEMO_ROOT + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : extname(file) === '.js' ? 'text/javascript' : 'text/css' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const address = server.address();
  return { url: `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}`, server };
}

beforeAll(async () => {
  h = await launchExtension(inject('chromeDir'));
  demo = await startDemoServer();
  other = await serveOnSecondLoopback();
  ext = await controlPage(h, { contentScripts: false });
});

afterAll(async () => {
  await h?.close();
  await demo?.close();
  await new Promise((resolve) => other?.server.close(resolve));
});

/** What the background registered (one content script, Cadre's). */
async function registered(): Promise<{ matches: string[]; excludeMatches: string[] } | null> {
  const scripts = await h.inWorker(() => chrome.scripting.getRegisteredContentScripts());
  if (!scripts.length) return null;
  return { matches: [...(scripts[0].matches ?? [])].sort(), excludeMatches: [...(scripts[0].excludeMatches ?? [])].sort() };
}

/** A tab opened by the extension (so that its id is known even where Cadre may not read its address). */
const openTab = (url: string) => openTabIn(h, ext, url);

/**
 * The user's "Autoriser" in the browser's permission dialog for `pattern`, given beforehand on
 * Cadre's page of chrome://extensions (see the file's comment). Not a grant yet.
 */
async function approveInBrowser(pattern: string): Promise<void> {
  const extensions = await h.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${h.extensionId}`);
  expect(await extensions.evaluate(([id, host]) => new Promise<string>((resolve) => {
    const dev = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
    dev.developerPrivate.addHostPermission(id, host, () => resolve(dev.runtime.lastError?.message ?? 'ok'));
  }), [h.extensionId, pattern] as const)).toBe('ok');
  await extensions.close();
  expect(await h.inWorker(async () => chrome.permissions.contains({ origins: ['http://127.0.0.2/*'] }))).toBe(false);
}

const OTHER = 'http://127.0.0.2/*';
const granted = () => h.inWorker(async () => chrome.permissions.contains({ origins: ['http://127.0.0.2/*'] }));

/** Findings the background holds for a tab (all frames, all editors). */
async function findingsCount(tabId: number): Promise<number> {
  const r = await ext.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId) as { editors: Array<{ findings: unknown[] }> };
  return r.editors.reduce((n, e) => n + e.findings.length, 0);
}

const REPORT = " Il a évoqué son diabète et ses rendez-vous à l'hôpital. J'ai proposé un atelier.";

async function typeReport(page: Page): Promise<void> {
  await page.click('#compte-rendu');
  await page.keyboard.press('End');
  await page.keyboard.type(REPORT);
}

/**
 * Cadre stays silent on a page: typing there reports nothing. The comparison tab, typed into at
 * the same time on an enabled site, gets its findings within the same wait, so the silence is not
 * a matter of time.
 */
async function expectSilent(page: Page, tabId: number): Promise<void> {
  const control = await openTab(`${demo.url}/entretien.html?dossier=D-3001`);
  await typeReport(page);
  await typeReport(control.page);
  await expect.poll(() => findingsCount(control.tabId), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(await findingsCount(tabId)).toBe(0);
  expect(await page.evaluate(() => document.querySelector('cadre-root'))).toBeNull();
  await control.page.close();
}

describe('where Cadre runs', () => {
  it('runs on the demo origin at install', async () => {
    // registered by the background at install, for the manifest's two demo origins only
    await expect.poll(() => registered(), { timeout: 30_000 }).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], excludeMatches: [] });
    const { page, tabId } = await openTab(`${demo.url}/entretien.html?dossier=D-2041`);
    await typeReport(page);
    await expect.poll(() => findingsCount(tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await h.inWorker(async () => (await chrome.permissions.getAll()).origins?.sort())).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    await page.close();
  });

  it('gets nothing on another origin until the user enables it from the panel, then runs there at once', async () => {
    const { page, tabId } = await openTab(`${other.url}/entretien.html?dossier=D-2050`);
    await expectSilent(page, tabId);

    // the panel follows that tab; the browser hides its address from Cadre: the user types it
    const panel = await h.openPanel(`?tabId=${tabId}`);
    const section = panel.locator('section.site-access');
    await expect.poll(() => section.getAttribute('data-site-state')).toBe('unknown');
    await panel.getByLabel('Adresse du site').fill(other.url);
    expect(await seriousViolations(panel)).toEqual([]);

    await approveInBrowser(OTHER);

    await panel.getByRole('button', { name: 'Activer Cadre sur ce site' }).click();
    await expect.poll(() => panel.getByTestId('site-status').textContent()).toBe('Cadre est activé sur 127.0.0.2.');
    expect(await h.inWorker(async () => chrome.permissions.contains({ origins: ['http://127.0.0.2/*'] }))).toBe(true);
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://127.0.0.2/*', 'http://localhost/*'], excludeMatches: [] });
    // now granted, the address is visible: the panel offers to switch it off
    await expect.poll(() => section.getAttribute('data-site-state')).toBe('active');
    expect(await section.textContent()).toContain('Cadre relit les comptes rendus sur 127.0.0.2.');
    expect(await seriousViolations(panel)).toEqual([]);

    // the open tab got the content script without a reload: what is typed now is reviewed
    await typeReport(page);
    await expect.poll(() => findingsCount(tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('[data-finding]').count()).toBeGreaterThan(0);

    // "Désactiver Cadre sur ce site" gives the permission back
    await panel.getByRole('button', { name: 'Désactiver Cadre sur ce site' }).click();
    await expect.poll(() => h.inWorker(async () => chrome.permissions.contains({ origins: ['http://127.0.0.2/*'] }))).toBe(false);
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], excludeMatches: [] });
    await panel.close();
    await page.reload();
    await expectSilent(page, tabId);
    await page.close();
  });

  it('switches a demo origin off and on from the panel', async () => {
    const { page, tabId } = await openTab(`${demo.url}/entretien.html?dossier=D-2060`);
    const panel = await h.openPanel(`?tabId=${tabId}`);
    const section = panel.locator('section.site-access');
    await expect.poll(() => section.getAttribute('data-site-state')).toBe('active');
    // the page is being reviewed: findings, and Cadre's own element beside the host's DOM
    await typeReport(page);
    await expect.poll(() => findingsCount(tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    const cadreRoot = () => page.evaluate(() => !!document.documentElement.querySelector(':scope > cadre-root'));
    expect(await cadreRoot()).toBe(true);
    await panel.getByRole('button', { name: 'Désactiver Cadre sur ce site' }).click();
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], excludeMatches: ['http://127.0.0.1/*'] });
    await expect.poll(() => section.getAttribute('data-site-state')).toBe('inactive');
    // the open page lets Cadre go at once, without a reload: no marks, no card, no findings left
    await expect.poll(cadreRoot).toBe(false);
    await expect.poll(() => findingsCount(tabId)).toBe(0);
    await typeReport(page);
    await page.waitForTimeout(500);
    expect(await cadreRoot()).toBe(false);
    // the permission itself stays (it is the manifest's)
    expect(await h.inWorker(async () => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(true);
    await page.reload();
    // the comparison tab of expectSilent is on the same origin, switched off: use localhost for it
    const control = await openTab(`${demo.url.replace('127.0.0.1', 'localhost')}/entretien.html`);
    await typeReport(page);
    await typeReport(control.page);
    await expect.poll(() => findingsCount(control.tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await findingsCount(tabId)).toBe(0);
    await control.page.close();

    await panel.getByRole('button', { name: 'Activer Cadre sur ce site' }).click();
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], excludeMatches: [] });
    // switched on again: the open tab is reviewed without a reload
    await typeReport(page);
    await expect.poll(() => findingsCount(tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('adds a site from the options page: granted at once, reviewed in its open tab; "Retirer" gives the permission back', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('options.html'));
    await options.getByRole('heading', { level: 2, name: 'Sites' }).waitFor();
    const row = options.locator(`li.site[data-site="${OTHER}"]`);
    expect(await row.count()).toBe(0);
    const { page, tabId } = await openTab(`${other.url}/entretien.html?dossier=D-2080`);

    await approveInBrowser(OTHER);
    await options.getByLabel("Adresse d'un site à ajouter").fill(other.url);
    await options.getByRole('button', { name: 'Ajouter et autoriser' }).click();
    await expect.poll(() => options.getByTestId('statut').textContent()).toBe('127.0.0.2 est ajouté et autorisé.');
    await expect.poll(() => row.locator('.badge').textContent()).toBe('autorisé');
    expect(await granted()).toBe(true);
    expect(await options.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { sites: { origins: ['http://127.0.0.2/*'] } } });
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://127.0.0.2/*', 'http://localhost/*'], excludeMatches: [] });
    // the tab opened before is reviewed without a reload
    await typeReport(page);
    await expect.poll(() => findingsCount(tabId), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(options)).toEqual([]);

    await row.getByRole('button', { name: 'Retirer 127.0.0.2' }).click();
    await expect.poll(() => granted()).toBe(false);
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], excludeMatches: [] });
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => options.getByTestId('statut').textContent()).toBe('127.0.0.2 est retiré.');
    expect(await options.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { sites: { origins: [] } } });
    await page.reload();
    await expectSilent(page, tabId);
    await page.close();
    await options.close();
  });

  it('"Autoriser" in the options page grants a site that a settings file listed without its permission', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('options.html'));
    await options.getByRole('heading', { level: 2, name: 'Sites' }).waitFor();
    // an imported settings file lists the site: listed, not granted (a file cannot grant)
    await options.getByLabel('Importer un fichier de paramètres (JSON)', { exact: true })
      .setInputFiles({ name: 'parametres.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 2, sites: { origins: [OTHER] } })) });
    const row = options.locator(`li.site[data-site="${OTHER}"]`);
    await expect.poll(() => row.locator('.badge').textContent()).toBe('non autorisé');
    expect(await granted()).toBe(false);
    expect(await seriousViolations(options)).toEqual([]);

    await approveInBrowser(OTHER);
    await row.getByRole('button', { name: 'Autoriser 127.0.0.2' }).click();
    await expect.poll(() => options.getByTestId('statut').textContent()).toBe('127.0.0.2 est autorisé.');
    await expect.poll(() => row.locator('.badge').textContent()).toBe('autorisé');
    expect(await row.getByRole('button', { name: 'Autoriser 127.0.0.2' }).count()).toBe(0);
    expect(await granted()).toBe(true);
    await expect.poll(() => registered()).toEqual({ matches: ['http://127.0.0.1/*', 'http://127.0.0.2/*', 'http://localhost/*'], excludeMatches: [] });

    await row.getByRole('button', { name: 'Retirer 127.0.0.2' }).click();
    await expect.poll(() => granted()).toBe(false);
    await expect.poll(() => row.count()).toBe(0);
    await options.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
