/**
 * Shared end-to-end harness: real Chromium (Debian's /usr/bin/chromium, or CHROME_PATH) with the
 * built extension, a fresh profile per launch, the extension id read from its service worker, and
 * a record of every network request made by extension contexts (there must be none: everything
 * stays on the device) and of console errors.
 *
 * @example
 *   const h = await launchExtension(inject('chromeDir'));
 *   const page = await h.openPanel();
 *   …
 *   expect(h.externalRequests()).toEqual([]);
 *   await h.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** chrome-extension://ID/<path> */
  url(path: string): string;
  /** open the side panel page as a tab (optionally following tab N) */
  openPanel(query?: string): Promise<Page>;
  /** requests from extension pages or the service worker to anything but the extension itself */
  externalRequests(): string[];
  consoleErrors(): string[];
  /** run code in the service worker (`chrome.*` available) */
  inWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `locale`: the browser's language (French by default; 'en-US' shows Cadre in English, issue #6 §4). */
export async function launchExtension(extensionDir: string, { locale = 'fr-FR' }: { locale?: string } = {}): Promise<Harness> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cadre-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    viewport: { width: 400, height: 900 },
    locale,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const origin = `chrome-extension://${extensionId}`;

  const external: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => {
    let from = '';
    try { from = req.serviceWorker()?.url() ?? req.frame().url(); } catch { from = req.serviceWorker()?.url() ?? ''; }
    if (from.startsWith(origin) && !req.url().startsWith(origin) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) external.push(`${from} → ${req.url()}`);
  });
  const watchPage = (page: Page) => {
    page.on('console', (m) => { if (m.type() === 'error' && page.url().startsWith(origin)) errors.push(`${page.url()}: ${m.text()}`); });
    page.on('pageerror', (e) => { if (page.url().startsWith(origin)) errors.push(`${page.url()}: ${e.message}`); });
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  serviceWorker.on('console', (m) => { if (m.type() === 'error') errors.push(`service worker: ${m.text()}`); });

  const harness: Harness = {
    context,
    extensionId,
    serviceWorker,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async openPanel(query = '') {
      const page = await context.newPage();
      await page.goto(harness.url(`sidepanel.html${query}`));
      await page.getByRole('main').getByLabel("Type d'entretien").waitFor();
      return page;
    },
    externalRequests: () => [...external],
    consoleErrors: () => [...errors],
    async inWorker(fn) {
      // the service worker may have been stopped and restarted: always use the live one
      const sw = context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? (await context.waitForEvent('serviceworker'));
      return sw.evaluate(fn);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

declare const chrome: typeof import('wxt/browser').browser;

/**
 * An extension page from which tests drive `chrome.*` (the panel page, following no tab). With
 * `contentScripts`, waits until the background has registered the content script for the demo
 * origins, which it does when it starts.
 */
export async function controlPage(h: Harness, { contentScripts = true }: { contentScripts?: boolean } = {}): Promise<Page> {
  const ext = await h.context.newPage();
  await ext.goto(h.url('sidepanel.html?tabId=999999'));
  if (contentScripts) {
    for (let i = 0; i < 300 && !(await h.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).length)); i++) await ext.waitForTimeout(100);
  }
  return ext;
}

/** Open `url` in a new tab through `chrome.tabs` from `ext` (so the extension knows the tab), once loaded. */
export async function openTab(h: Harness, ext: Page, url: string, viewport?: { width: number; height: number }): Promise<{ page: Page; tabId: number }> {
  const pending = h.context.waitForEvent('page', (p) => p.url().startsWith(url) || p.url() === 'about:blank');
  const tabId = await ext.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id!, url);
  const page = await pending;
  await page.waitForLoadState('load');
  if (viewport) await page.setViewportSize(viewport);
  return { page, tabId };
}
