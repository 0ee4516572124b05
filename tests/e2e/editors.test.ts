/**
 * The in-page assistant on every kind of editor (issue #4 §7), in real Chromium with the built
 * extension. ONE shared suite runs on each fixture page (tests/fixtures/editors): typing a report
 * produces the expected findings, the marks lie inside the field, the card applies a fix through
 * the editor's own input path (read back through the editor's API, and the app's state), Ctrl+Z
 * restores, and a MutationObserver of the page sees no change outside the editor. Typing 5,000
 * characters quickly loses nothing and never moves the caret. No request leaves the extension, no
 * console error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { buildEditorFixtures, EDITOR_PAGES, type EditorPage } from '../fixtures/editors/build.ts';
import type { Fixture } from '../fixtures/editors/src/page.ts';

declare const chrome: typeof import('wxt/browser').browser;

/** A report with two health findings and a first-person sentence whose fix is a rewording. */
const REPORT = "Madame Durand est venue pour un entretien de suivi. Elle est diabétique et suit un traitement. J'ai proposé une formation de cariste.";
const FIXED_FROM = "J'ai proposé";
const FIXED_TO = 'Il a été proposé';

interface Seen { editorId: string; url: string; focused: boolean; findings: Array<{ rule: string; text: string; start: number; end: number; message: string; fixes: Array<{ replacement: string; start: number; end: number }> }> }

let h: Harness;
let server: DemoServer;
let dir: string;
const requests: string[] = [];
/** the test servers: the only origins the pages may ask anything from */
const servers: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = await buildEditorFixtures(mkdtempSync(join(tmpdir(), 'cadre-editors-')));
  server = await startDemoServer(dir);
  servers.push(server.url);
  h = await launchExtension(inject('chromeDir'));
  // the background registers the content script for the granted (demo) hosts at install
  await until(async () => (await h.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).includes('cadre-relecture'), 30_000);
  h.context.on('request', (req) => { requests.push(req.url()); });
});

afterAll(async () => {
  await h?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Wait for a condition outside a test body (hooks cannot use expect.poll). */
async function until(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Record, in the service worker, every findings report the pages send (beside the background's own listener). */
async function captureFindings(): Promise<void> {
  await h.inWorker(() => {
    const g = self as unknown as { __cadreSeen?: unknown[] };
    if (g.__cadreSeen) return;
    g.__cadreSeen = [];
    chrome.runtime.onMessage.addListener((m: unknown) => {
      const msg = m as { cadre?: number; name?: string; payload?: unknown };
      if (msg?.cadre === 1 && msg.name === 'toBackgroundFindings') g.__cadreSeen!.push(msg.payload);
      if (msg?.cadre === 1 && msg.name === 'toBackgroundEditorGone') g.__cadreSeen!.push({ gone: true, ...(msg.payload as object) });
      return undefined;
    });
  });
}

async function seenAll(): Promise<Array<Seen & { gone?: true }>> {
  return await h.inWorker(() => (self as unknown as { __cadreSeen?: unknown[] }).__cadreSeen ?? []) as Array<Seen & { gone?: true }>;
}

async function seen(page: string): Promise<Seen[]> {
  return (await seenAll()).filter((s) => !s.gone && new URL(s.url).pathname === `/${page}.html`);
}

async function lastFindings(page: string): Promise<Seen['findings']> {
  const list = await seen(page);
  return list.length ? list[list.length - 1].findings : [];
}

/** Installed in the page before anything happens: every mutation, described relative to the editor. */
function watchMutations([widgetSelector, frameSelector]: readonly [string, string | undefined]): void {
  const w = window as unknown as { __mutations: Array<{ where: string; type: string; detail: string }> };
  w.__mutations = [];
  const describe = (n: Node) => {
    const el = (n.nodeType === 1 ? n : n.parentNode) as Element | null;
    return `${n.nodeName}${el ? ` in ${el.nodeName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''}` : ''}`;
  };
  const inCadre = (n: Node | null) => { for (let p = n; p; p = p.parentNode) if (p.nodeName === 'CADRE-ROOT') return true; return false; };
  const record = (records: MutationRecord[], doc: Document, frame: boolean) => {
    const widgets = frame ? [doc.body] : [...doc.querySelectorAll(widgetSelector)];
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'CADRE-ROOT') && r.target === doc.documentElement) {
        w.__mutations.push({ where: 'cadre-root', type: r.type, detail: '' });
        continue;
      }
      if (inCadre(r.target)) { w.__mutations.push({ where: 'inside-cadre', type: r.type, detail: '' }); continue; }
      const inside = widgets.some((wd) => wd === r.target || wd.contains(r.target));
      // a node the editor already took out of the page (ProseMirror redraws text nodes)
      const where = inside ? 'editor' : r.target.isConnected ? 'outside' : 'detached';
      w.__mutations.push({ where, type: r.type, detail: describe(r.target) + (r.attributeName ? `@${r.attributeName}` : '') });
    }
  };
  new MutationObserver((rs) => record(rs, document, false)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (frameSelector) {
    const frame = document.querySelector(frameSelector) as HTMLIFrameElement;
    const doc = frame.contentDocument!;
    new MutationObserver((rs) => record(rs, doc, true)).observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  }
}

interface Box { left: number; top: number; right: number; bottom: number }

/** Every mark Cadre draws, in the top viewport: overlay boxes and Highlight API ranges (frames too). */
function markBoxes(): Box[] {
  const out: Box[] = [];
  const add = (r: DOMRect, ox = 0, oy = 0) => { if (r.width > 0.5) out.push({ left: r.left + ox, top: r.top + oy, right: r.right + ox, bottom: r.bottom + oy }); };
  document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll('.mark').forEach((m) => add(m.getBoundingClientRect()));
  const fromHighlights = (win: Window, ox: number, oy: number) => {
    const reg = (win as unknown as { CSS: { highlights?: Map<string, Iterable<Range>> } }).CSS.highlights;
    for (const name of ['cadre-error', 'cadre-warning', 'cadre-info']) {
      const hl = reg?.get(name);
      if (hl) for (const range of hl) for (const r of range.getClientRects()) add(r, ox, oy);
    }
    for (const f of win.document.querySelectorAll('iframe')) {
      const fr = f.getBoundingClientRect();
      if (f.contentWindow) fromHighlights(f.contentWindow, ox + fr.left + f.clientLeft, oy + fr.top + f.clientTop);
    }
  };
  fromHighlights(window, 0, 0);
  return out;
}

/** The box of the field itself (the frame for iframe editors, the inner field of a shadow root). */
function fieldBox([selector, frameSelector]: readonly [string, string | undefined]): Box {
  if (frameSelector) {
    const r = document.querySelector(frameSelector)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  // "host inner": the inner field of a web component's open shadow root
  const [host, inner] = selector.split(' ');
  const shadow = document.querySelector(host)?.shadowRoot;
  const el = shadow ? shadow.querySelector(inner)! : document.querySelector(selector.split(' [')[0])!;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

const fixture = (page: Page) => page.evaluate(() => {
  const f = window.fixture as Fixture;
  return { editorSelector: f.editorSelector, frameSelector: f.frameSelector, widgetSelector: f.widgetSelector };
});
const modelText = (page: Page) => page.evaluate(() => (window.fixture as Fixture).text());

async function open(name: EditorPage): Promise<Page> {
  await captureFindings();
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${name}: ${m.text()}`); });
  page.on('pageerror', (e) => pageErrors.push(`${name}: ${e.message}`));
  await page.goto(`${server.url}/${name}.html`);
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 30_000 });
  const f = await fixture(page);
  await page.evaluate(watchMutations, [f.widgetSelector, f.frameSelector] as const);
  return page;
}

/** Click into the editor and put the caret at the very end. */
async function focusEnd(page: Page): Promise<void> {
  const f = await fixture(page);
  if (f.frameSelector) await page.frameLocator(f.frameSelector).locator(f.editorSelector).first().click();
  else await page.locator(f.editorSelector).first().click(); // Playwright's CSS pierces open shadow roots
  await page.keyboard.press('Control+End');
  // let the editor apply its own selection update (Lexical, ProseMirror do it on `selectionchange`)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const card = (page: Page) => page.locator('cadre-root').locator('[role="dialog"]');

async function mutations(page: Page) {
  return page.evaluate(() => (window as unknown as { __mutations: Array<{ where: string; type: string; detail: string }> }).__mutations);
}

/** No mutation outside the editor since record `from` (Cadre's own root aside). */
async function expectNothingOutside(page: Page, from = 0) {
  const outside = (await mutations(page)).slice(from).filter((x) => x.where === 'outside' || x.where === 'inside-cadre');
  expect(outside, JSON.stringify(outside.slice(0, 5))).toEqual([]);
}

for (const name of EDITOR_PAGES) {
  describe(`editor page: ${name}`, () => {
    let page: Page;
    let before = '';

    beforeAll(async () => {
      page = await open(name);
      await focusEnd(page);
      const start = await modelText(page);
      await page.keyboard.type(REPORT);
      before = await modelText(page);
      expect(before).toContain(REPORT);
      expect(before.startsWith(start.trimEnd()) || start.trim() === '').toBe(true);
    });
    afterAll(async () => { await page?.close(); });

    it('typing a report produces the expected findings, reported to the background', async () => {
      await expect.poll(async () => (await lastFindings(name)).map((f) => `${f.rule}:${f.text}`), { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['sante:diabétique', 'sante:traitement', "personne-je:J'"]));
      const list = await seen(name);
      expect(list.at(-1)!.focused).toBe(true);
    });

    it("marks lie inside the field's box", async () => {
      const f = await fixture(page);
      await expect.poll(() => page.evaluate(markBoxes).then((b) => b.length), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      const boxes = await page.evaluate(markBoxes);
      const field = await page.evaluate(fieldBox, [f.editorSelector, f.frameSelector] as const);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(field.left - 1);
        expect(b.right).toBeLessThanOrEqual(field.right + 1);
        expect(b.top).toBeGreaterThanOrEqual(field.top - 1);
        expect(b.bottom).toBeLessThanOrEqual(field.bottom + 1);
      }
    });

    it('hovering a mark opens its card (message, explanation, Appliquer / Ignorer / Ignorer partout) without touching the page', async () => {
      const marks = await page.evaluate(markBoxes);
      const m = marks[0];
      const count = (await mutations(page)).length;
      await page.mouse.move((m.left + m.right) / 2, (m.top + m.bottom) / 2);
      await card(page).waitFor({ state: 'visible', timeout: 5_000 });
      expect((await card(page).locator('.message').textContent())?.length).toBeGreaterThan(5);
      expect((await card(page).locator('.explanation').textContent())?.length).toBeGreaterThan(20);
      expect(await card(page).getByRole('button', { name: /^Appliquer/ }).count()).toBeGreaterThanOrEqual(1);
      expect(await card(page).getByRole('button', { name: 'Ignorer', exact: true }).count()).toBe(1);
      expect(await card(page).getByRole('button', { name: 'Ignorer partout' }).count()).toBe(1);
      await page.mouse.move(2, 2);
      await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
      // showing and hiding the card changed nothing in the host document
      const during = (await mutations(page)).slice(count).filter((x) => x.where !== 'editor' || x.type !== 'attributes');
      expect(during, JSON.stringify(during.slice(0, 5))).toEqual([]);
    });

    it("the card, reached by Alt+Entrée, applies a fix through the editor's own input path; Ctrl+Z restores it", async () => {
      const findings = await lastFindings(name);
      const target = findings.find((f) => f.rule === 'personne-je')!;
      expect(target.fixes[0].replacement).toBe(FIXED_TO);
      await focusEnd(page);
      await page.keyboard.press('Alt+Enter');
      await card(page).waitFor({ state: 'visible', timeout: 5_000 });
      for (let i = 0; i < findings.length && (await card(page).locator('.message').textContent()) !== target.message; i++) await page.keyboard.press('Alt+ArrowDown');
      expect(await card(page).locator('.message').textContent()).toBe(target.message);
      const mark = (await mutations(page)).length;
      await card(page).getByRole('button', { name: /^Appliquer/ }).first().click();
      const expected = before.replace(FIXED_FROM, FIXED_TO);
      await expect.poll(() => modelText(page), { timeout: 5_000 }).toBe(expected);
      if (name === 'react') expect(await page.evaluate(() => [window.appState!.text, (document.querySelector('#cr') as HTMLTextAreaElement).value])).toEqual([expected, expected]);
      // the fix is the only change, and it happened inside the editor
      await expectNothingOutside(page, mark);
      // the app sees the new text: findings re-linted without the first-person one
      await expect.poll(async () => (await lastFindings(name)).some((f) => f.rule === 'personne-je'), { timeout: 10_000 }).toBe(false);

      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page), { timeout: 5_000 }).toBe(before);
      if (name === 'react') expect(await page.evaluate(() => window.appState!.text)).toBe(before);
    });

    it('a fix sent by the panel (toContentApplyFix) goes the same way; a stale one is refused', async () => {
      const list = await seen(name);
      const last = list.at(-1)!;
      await expect.poll(async () => (await lastFindings(name)).some((f) => f.rule === 'personne-je'), { timeout: 10_000 }).toBe(true);
      const target = (await lastFindings(name)).find((f) => f.rule === 'personne-je')!;
      const fix = target.fixes[0];
      const tabUrl = `${server.url}/${name}.html`;
      const result = await sendToTab(tabUrl, 'toContentApplyFix', { editorId: last.editorId, start: fix.start, end: fix.end, replacement: fix.replacement, expected: 'autre chose' });
      expect(result).toMatchObject({ ok: false });
      const ok = await sendToTab(tabUrl, 'toContentApplyFix', { editorId: last.editorId, start: fix.start, end: fix.end, replacement: fix.replacement, expected: FIXED_FROM });
      expect(ok).toEqual({ ok: true });
      await expect.poll(() => modelText(page), { timeout: 5_000 }).toBe(before.replace(FIXED_FROM, FIXED_TO));
      await expectNothingOutside(page);
    });

    it('"Ignorer" hides a finding in this editor; the page info comes from the site profile', async () => {
      const list = await seen(name);
      const last = list.at(-1)!;
      const target = last.findings.find((f) => f.rule === 'sante')!;
      const tabUrl = `${server.url}/${name}.html`;
      expect(await sendToTab(tabUrl, 'toContentIgnore', { editorId: last.editorId, rule: target.rule, text: target.text, everywhere: false })).toEqual({ ok: true });
      await expect.poll(async () => (await lastFindings(name)).some((f) => f.rule === target.rule && f.text === target.text), { timeout: 5_000 }).toBe(false);
      expect(await sendToTab(tabUrl, 'toContentPageInfo', {})).toEqual({});
      await expectNothingOutside(page);
    });

    it('"toContentReveal" selects the finding in the editor (read back through its API)', async () => {
      const last = (await seen(name)).at(-1)!;
      const target = last.findings.find((f) => f.rule === 'sante')!;
      expect(await sendToTab(`${server.url}/${name}.html`, 'toContentReveal', { editorId: last.editorId, start: target.start, end: target.end })).toEqual({ ok: true });
      await expect.poll(() => page.evaluate(() => (window.fixture as Fixture).selected()), { timeout: 5_000 }).toBe(target.text);
      await expectNothingOutside(page);
    });

    it('Échap closes the card and gives the focus back to the editor, caret where it was', async () => {
      await expect.poll(async () => (await lastFindings(name)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await focusEnd(page);
      const text = await modelText(page);
      await page.keyboard.press('Alt+Enter');
      await card(page).waitFor({ state: 'visible', timeout: 5_000 });
      const focusedInCard = await page.evaluate(() => document.activeElement?.nodeName === 'CADRE-ROOT' && document.querySelector('cadre-root')!.shadowRoot!.activeElement?.nodeName === 'BUTTON');
      expect(focusedInCard).toBe(true);
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden', timeout: 5_000 });
      // typing goes on at the end of the report, in the editor
      await page.keyboard.type(' Fin.');
      await expect.poll(() => modelText(page), { timeout: 5_000 }).toBe(`${text} Fin.`);
    });
  });
}

describe('pages and fields that come and go', () => {
  it('skips read-only, disabled and password fields; forgets an editor re-mounted by the app and lints the new one', async () => {
    const mark = (await seenAll()).length;
    const page = await open('textarea');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<textarea id="ro" readonly>Elle est diabétique.</textarea><textarea id="off" disabled>Il est diabétique.</textarea><input id="pw" type="password" value="diabétique">');
    });
    for (const sel of ['#ro', '#pw']) await page.locator(sel).click();
    await page.locator('#cr').click();
    await page.keyboard.type(REPORT);
    await expect.poll(async () => (await lastFindings('textarea')).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const editors = new Set((await seenAll()).slice(mark).filter((m) => !m.gone).map((m) => m.editorId));
    const first = (await seen('textarea')).at(-1)!.editorId;
    // only the report field was ever linted on this page
    const before = (await seenAll()).length;
    // the app re-renders its form: a new report field replaces the old one
    await page.evaluate(() => { const old = document.getElementById('cr')!; const next = document.createElement('textarea'); next.id = 'cr'; next.rows = 10; next.cols = 60; old.replaceWith(next); });
    await expect.poll(async () => (await seenAll()).slice(before).some((m) => m.gone && m.editorId === first), { timeout: 5_000 }).toBe(true);
    const fromHere = (await mutations(page)).length; // the test itself changed the page up to here
    await page.locator('#cr').click();
    await page.keyboard.type('Il a évoqué sa dépression.');
    await expect.poll(async () => { const l = (await seen('textarea')).at(-1)!; return l.editorId !== first && l.findings.some((f) => f.rule === 'sante'); }, { timeout: 10_000 }).toBe(true);
    expect(editors.size).toBe(1);
    await expectNothingOutside(page, fromHere);
    await page.close();
  });

  it('the demo app: its report field is linted before any focus (site profile) with its interview type, page info gives type and case id, the conclusion goes in at the caret', async () => {
    const demo = await startDemoServer();
    servers.push(demo.url);
    try {
      await captureFindings();
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`${demo.url}/entretien.html?dossier=D-2042`);
      await page.evaluate((report) => localStorage.setItem('demo-entretien-D-2042', JSON.stringify({ type: 'DIAG', typeLabel: 'Diagnostic', date: '2026-11-20', compteRendu: report })), REPORT);
      await page.reload();
      const url = `${demo.url}/entretien.html?dossier=D-2042`;
      await expect.poll(async () => {
        const l = (await seenAll()).filter((m) => !m.gone && m.url === url).at(-1);
        return l ? [l.focused, [...new Set(l.findings.map((f) => f.rule))].sort().join(',')] : null;
        // the page's interview type (diagnostic) reached the engine: the completeness rule speaks
      }, { timeout: 15_000 }).toEqual([false, 'completude,personne-je,sante']);
      expect(await sendToTab(url, 'toContentPageInfo', {})).toEqual({ profileId: 'demo-cadre', interviewType: 'diagnostic', caseId: 'D-2042' });

      await page.locator('#compte-rendu').click();
      await page.keyboard.press('Control+End');
      const conclusion = ' Conclusion : prochain rendez-vous dans trois semaines.';
      expect(await sendToTab(url, 'toContentInsertAtCaret', { text: conclusion })).toEqual({ ok: true });
      expect(await page.locator('#compte-rendu').inputValue()).toBe(REPORT + conclusion);
      await page.locator('#compte-rendu').focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator('#compte-rendu').inputValue()).toBe(REPORT);
      await page.close();
    } finally {
      await demo.close();
    }
  });

  it('a single-page app moving to a route of a known app: its report field, rendered late, is linted before any focus', async () => {
    const page = await open('textarea');
    const path = '/entretien.html';
    // the app changes its route with the history API and renders the interview form later
    await page.evaluate((p) => history.pushState({}, '', p), path);
    await page.evaluate((report) => {
      const ta = document.createElement('textarea');
      ta.id = 'compte-rendu';
      ta.rows = 6;
      ta.value = report;
      document.querySelector('main')!.append(ta);
    }, REPORT);
    await expect.poll(async () => {
      const l = (await seenAll()).filter((m) => !m.gone && new URL(m.url).pathname === path).at(-1);
      return l ? [l.focused, l.findings.some((f) => f.rule === 'personne-je')] : null;
    }, { timeout: 10_000 }).toEqual([false, true]);
    await page.close();
  });

  it('"Ignorer partout" (from the card) hides that finding on every page, through the saved allowlist', async () => {
    const page = await open('textarea');
    await focusEnd(page);
    await page.keyboard.type('Il est diabétique. Il cherche un emploi.');
    await expect.poll(async () => (await lastFindings('textarea')).map((f) => f.text), { timeout: 10_000 }).toContain('diabétique');
    await focusEnd(page);
    await page.keyboard.press('Alt+Enter');
    await card(page).waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card(page).locator('.message').textContent()).toBe((await lastFindings('textarea')).find((f) => f.text === 'diabétique')!.message);
    await card(page).getByRole('button', { name: 'Ignorer partout' }).click();
    await expect.poll(async () => (await lastFindings('textarea')).map((f) => f.text), { timeout: 5_000 }).not.toContain('diabétique');
    expect(await h.inWorker(async () => (await chrome.storage.local.get('inpageAllowlist')).inpageAllowlist)).toEqual(['sante\u0001diabetique']);
    const other = await open('contenteditable');
    await focusEnd(other);
    await other.keyboard.type(' Elle est diabétique et suit un traitement.');
    await expect.poll(async () => (await lastFindings('contenteditable')).map((f) => f.text).join('|'), { timeout: 10_000 }).toContain('traitement');
    expect((await lastFindings('contenteditable')).map((f) => f.text)).not.toContain('diabétique');
    await h.inWorker(() => chrome.storage.local.remove('inpageAllowlist'));
    await page.close();
    await other.close();
  });
});

/** A protocol message from the service worker to the tab showing `url` (all its frames). */
async function sendToTab(url: string, name: string, payload: object): Promise<unknown> {
  await h.inWorker(() => undefined);
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}`))!;
  return worker.evaluate(async ([u, n, p]) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return chrome.tabs.sendMessage(tab.id!, { cadre: 1, name: n, payload: p });
  }, [url, name, payload] as const);
}

describe('typing fast', () => {
  const long = (() => {
    const words = "Point sur les démarches de la semaine avec le conseiller et la structure partenaire, candidatures envoyées, relances prévues et ateliers à venir. ".split('');
    let s = '';
    while (s.length < 5000) s += words.join('');
    return s.slice(0, 5000);
  })();

  for (const name of ['textarea', 'contenteditable'] as const) {
    it(`${name}: 5,000 characters typed quickly are all there, in order, and the caret stays at the end`, async () => {
      const page = await open(name);
      await focusEnd(page);
      const start = await modelText(page);
      await page.keyboard.type(long);
      const text = await modelText(page);
      expect(text.length - start.length).toBe(long.length);
      expect(text.endsWith(long)).toBe(true);
      const caretAtEnd = await page.evaluate(() => {
        const ta = document.querySelector('textarea');
        if (ta) return ta.selectionStart === ta.value.length && ta.selectionEnd === ta.value.length;
        const sel = document.getSelection()!;
        const r = document.createRange();
        r.setStart(sel.focusNode!, sel.focusOffset);
        r.setEnd(document.getElementById('cr')!, document.getElementById('cr')!.childNodes.length);
        return sel.isCollapsed && r.toString().trim() === '';
      });
      expect(caretAtEnd).toBe(true);
      // Cadre linted the long text meanwhile (its runs are timed in the page's performance timeline)
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('cadre:run').some((e) => ((e as PerformanceMeasure).detail as { chars: number }).chars >= 5000)), { timeout: 10_000 }).toBe(true);
      await expectNothingOutside(page);
      await page.close();
    });
  }
});

describe('settings in force', () => {
  it("lints with the user's rule settings, and again as soon as they change", async () => {
    await h.inWorker(() => chrome.storage.local.set({ settings: { rules: { rules: { sante: 'off' } } }, settings$: { v: 2 } }));
    try {
      const mark = (await seenAll()).length;
      const page = await open('textarea');
      await focusEnd(page);
      await page.keyboard.type(REPORT);
      const rules = async () => {
        const l = (await seenAll()).slice(mark).filter((m) => !m.gone && m.url.includes('/textarea.html')).at(-1);
        return l ? [...new Set(l.findings.map((f) => f.rule))].sort().join(',') : '';
      };
      await expect.poll(rules, { timeout: 10_000 }).toBe('personne-je');
      await h.inWorker(() => chrome.storage.local.set({ settings: { rules: { rules: {} } } }));
      await expect.poll(rules, { timeout: 10_000 }).toBe('personne-je,sante');
      await page.close();
    } finally {
      await h.inWorker(() => chrome.storage.local.remove(['settings', 'settings$']));
    }
  });
});

describe('marks follow the field', () => {
  /** Overlay marks by finding index: top-left of the first box, and whether all visible boxes sit in the field. */
  const overlay = (page: Page) => page.evaluate(() => {
    const ta = document.querySelector('#cr')!.getBoundingClientRect();
    const clip = document.querySelector('cadre-root')!.shadowRoot!.querySelector('.clip')!.getBoundingClientRect();
    const marks = [...document.querySelector('cadre-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.mark')];
    const first = new Map<string, { x: number; y: number }>();
    let visibleInside = true;
    let visible = 0;
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      if (!first.has(m.dataset.index!)) first.set(m.dataset.index!, { x: r.left, y: r.top });
      const shown = r.bottom > clip.top && r.top < clip.bottom;
      if (!shown) continue;
      visible++;
      if (r.left < ta.left - 1 || r.right > ta.right + 1) visibleInside = false;
    }
    return { first: Object.fromEntries(first), visible, visibleInside, count: marks.length };
  });

  it("textarea: marks move with the field's own scroll, the page's scroll and a resize", async () => {
    const page = await open('textarea');
    const long = Array.from({ length: 12 }, () => REPORT).join('\n\n');
    await page.locator('#cr').fill(long);
    await expect.poll(async () => (await overlay(page)).count, { timeout: 10_000 }).toBeGreaterThan(30);
    // fill() left the field scrolled to its end: start from the top
    const top = await page.evaluate(() => document.querySelector('#cr')!.getBoundingClientRect().top);
    await page.evaluate(() => { document.querySelector('#cr')!.scrollTop = 0; });
    await expect.poll(async () => (await overlay(page)).first['0'].y > top, { timeout: 2_000 }).toBe(true);
    const a = await overlay(page);
    expect(a.visibleInside).toBe(true);
    expect(a.visible).toBeLessThan(a.count); // the rest is scrolled out of the field and clipped

    await page.evaluate(() => { document.querySelector('#cr')!.scrollTop = 60; });
    await expect.poll(async () => (await overlay(page)).first['0'].y, { timeout: 2_000 }).toBeCloseTo(a.first['0'].y - 60, 0);

    await page.evaluate(() => { document.body.style.paddingBottom = '2000px'; window.scrollBy(0, 100); });
    await expect.poll(async () => (await overlay(page)).first['0'].y, { timeout: 2_000 }).toBeCloseTo(a.first['0'].y - 160, 0);

    const before = (await overlay(page)).first;
    await page.evaluate(() => { (document.querySelector('#cr') as HTMLElement).style.width = '300px'; });
    await expect.poll(async () => JSON.stringify((await overlay(page)).first) !== JSON.stringify(before), { timeout: 2_000 }).toBe(true);
    expect((await overlay(page)).visibleInside).toBe(true);
    await page.close();
  });
});

describe('marks follow the browser zoom', () => {
  /** Offset of each finding's first mark from the field's top-left corner, and whether all sit in the field. */
  const relative = (page: Page) => page.evaluate(() => {
    const ta = document.querySelector('#cr')!.getBoundingClientRect();
    const marks = [...document.querySelector('cadre-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.mark')];
    const first: Record<string, { dx: number; dy: number }> = {};
    let inside = marks.length > 0;
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      first[m.dataset.index!] ??= { dx: Math.round(r.left - ta.left), dy: Math.round(r.top - ta.top) };
      if (r.left < ta.left - 1 || r.right > ta.right + 1 || r.top < ta.top - 1 || r.bottom > ta.bottom + 1) inside = false;
    }
    return { first, inside, count: marks.length, left: ta.left, zoom: window.devicePixelRatio };
  });

  it('textarea: after a browser zoom (tabs.setZoom) the marks keep their place on the text', async () => {
    const page = await open('textarea');
    await page.locator('#cr').fill(REPORT);
    await expect.poll(async () => (await relative(page)).count, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await relative(page);
    expect(before.inside).toBe(true);
    const url = page.url();
    await h.inWorker(() => undefined);
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}`))!;
    const setZoom = (z: number) => worker.evaluate(async ([u, zz]) => {
      const [tab] = await chrome.tabs.query({ url: u });
      await chrome.tabs.setZoom(tab.id!, zz);
    }, [url, z] as const);
    try {
      await setZoom(1.5);
      await expect.poll(async () => (await relative(page)).zoom, { timeout: 5_000 }).toBeCloseTo(before.zoom * 1.5, 1);
      // same place on the text, in CSS pixels (glyph metrics may round differently at another scale)
      const samePlace = (now: Record<string, { dx: number; dy: number }>) => Object.entries(before.first)
        .every(([k, v]) => now[k] && Math.abs(now[k].dx - v.dx) <= 2 && Math.abs(now[k].dy - v.dy) <= 2);
      await expect.poll(async () => samePlace((await relative(page)).first), { timeout: 5_000 }).toBe(true);
      expect((await relative(page)).inside).toBe(true);
    } finally {
      await setZoom(0);
    }
    await page.close();
  });
});

describe('whole suite', () => {
  it('no request left any extension context, no page asked for anything but its own server and the extension', () => {
    expect(h.externalRequests()).toEqual([]);
    const foreign = requests.filter((u) => !servers.some((o) => u.startsWith(`${o}/`)) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:'));
    expect(foreign).toEqual([]);
  });

  it('no console error in the pages or the extension', () => {
    expect([...pageErrors, ...h.consoleErrors()]).toEqual([]);
  });
});
