/**
 * Cadre in a real Firefox (issues #3, #4, #6): Debian's Firefox ESR with the built MV2 extension
 * (`wxt build -b firefox`, from the global setup), installed as a temporary add-on and driven over
 * Marionette (tests/e2e/firefox-harness.ts says why not BiDi). It shows that:
 * - the panel page renders in French at the moz-extension:// address fixed by the profile;
 * - the sidebar opens at install, and Cadre's toolbar button toggles it (background:
 *   browserAction.onClicked → sidebarAction.toggle); it follows the selected tab;
 * - on the demo app, a report typed with real key events is reviewed in the page: marks drawn in
 *   Cadre's own shadow root (textarea) or with Firefox's CSS Custom Highlight API
 *   (contenteditable), the host page's DOM untouched and its strict CSP never tripped; the panel
 *   and the sidebar list the findings; the page's checklist card shows the conductor the app says;
 * - the audit page lints a CSV in its Web Worker with the CLI's numbers;
 * - an organisation's policies.json (`3rdparty.Extensions["cadre@extension.local"]`) reaches
 *   `storage.managed`: the options page shows the rule it sets locked, and the page's review
 *   applies it;
 * - no request leaves Cadre, and its pages, background page and content scripts log no error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EXTENSION_ID, EXTENSION_UUID, launchFirefox, type FirefoxHarness } from './firefox-harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';
import { run as runCli, type CliIO } from '../../lib/cli/main.ts';
import { categorySeverityTable, type AuditSummary } from '../../lib/audit/aggregate.ts';

/** `browser` inside `ff.run` callbacks that run in Cadre's pages; `Services` in the browser's chrome context (`ff.runChrome`). */
declare const browser: typeof import('wxt/browser').browser;
declare const Services: { policies: { status: number } };

const POLL = { timeout: 15_000, interval: 150 };
/** Firefox's ids for Cadre's widgets: the add-on id with every other character than [a-z0-9_-] as '_' */
const SIDEBAR_ID = 'cadre_extension_local-sidebar-action';
const BUTTON_WIDGET = 'cadre_extension_local-browser-action';
const TOOLBAR_BUTTON = '#cadre_extension_local-BAP';
const REPORT = 'Vous pouvez écrire à ana.martin@free.fr ou appeler le 06 12 34 56 78.';

type Finding = { rule: string; severity: string; text: string };
/** Firefox's `extension.getViews`, which knows the sidebar (the shared typings know tabs and popups only) */
type GetViews = (filter: { type: 'sidebar' }) => Array<typeof globalThis>;

/** What the background knows of a tab's findings (`rule|severity|text`, sorted), asked from a Cadre page. */
async function tabFindings(ff: FirefoxHarness, tabId: number): Promise<string[]> {
  const answer = await ff.run((id: number) => browser.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId) as { editors: Array<{ findings: Finding[] }> };
  return answer.editors.flatMap((e) => e.findings.map((f) => `${f.rule}|${f.severity}|${f.text}`)).sort();
}

/**
 * From the Cadre page `control`, wait until the content script answers in the top frame of the tab
 * showing `url`. The background registers it with `contentScripts.register` when it starts, which
 * may be after the tab loaded: a tab loaded for 2 s without an answer is reloaded. Returns its id.
 */
async function contentScriptReady(ff: FirefoxHarness, control: string, back: string, url: string): Promise<number> {
  await ff.switchTo(control, { focus: false });
  const tabId = await ff.waitFor(async (u: string) => {
    const w = window as unknown as { cadreLoadedSince?: number };
    const [tab] = (await browser.tabs.query({ url: 'http://127.0.0.1/*' })).filter((t) => t.url?.startsWith(u));
    if (tab?.id === undefined || tab.status !== 'complete') return 0;
    try {
      await browser.tabs.sendMessage(tab.id, { cadre: 1, name: 'toContentPageInfo', payload: {} }, { frameId: 0 });
      delete w.cadreLoadedSince;
      return tab.id;
    } catch {
      w.cadreLoadedSince ??= Date.now();
      if (Date.now() - w.cadreLoadedSince > 2000) {
        delete w.cadreLoadedSince;
        await browser.tabs.reload(tab.id);
      }
      return 0;
    }
  }, 30_000, url);
  await ff.switchTo(back);
  return tabId;
}

/**
 * In a web page: record the mutations of the page's DOM outside Cadre's `<cadre-root>` and outside
 * the text typed in the editor. Marionette's clicks and key sends set `style="pointer-events: auto"`
 * on the element for a moment and remove it: a `style` attribute that is gone again is the driver's.
 */
function watchHostDom(): void {
  const seen: string[] = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target as Element;
      if (target.closest?.('cadre-root') || r.target.parentElement?.closest('[contenteditable]')) continue;
      if (r.type === 'childList' && r.target === document.documentElement && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'CADRE-ROOT')) continue;
      if (r.type === 'childList' && target.matches?.('[contenteditable]')) continue;
      if (r.type === 'attributes' && r.attributeName === 'style' && !target.hasAttribute('style')) continue;
      seen.push(`${r.type} ${r.target.nodeName}${r.attributeName ? ` ${r.attributeName}=${target.getAttribute(r.attributeName)}` : ''}`);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  (window as unknown as { cadreSeen: string[] }).cadreSeen = seen;
}

describe('Cadre in Firefox ESR: panel, sidebar, review in the page', () => {
  let ff: FirefoxHarness;
  let demo: DemoServer;
  /** a page of no known application with a strict CSP, a textarea and a contenteditable */
  let strict: DemoServer;
  let strictDir: string;
  let panel: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    strictDir = mkdtempSync(join(tmpdir(), 'cadre-ff-strict-'));
    writeFileSync(join(strictDir, 'notes.html'), [
      '<!doctype html><html lang="fr"><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
      '<title>Notes</title><script src="notes.js"></script>',
      '<label for="notes">Notes</label><textarea id="notes" rows="6" cols="60"></textarea>',
      '<div id="editeur" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Compte rendu"></div>',
    ].join('\n'));
    writeFileSync(join(strictDir, 'notes.js'), "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.sourceFile}`));");
    strict = await startDemoServer(strictDir);
    ff = await launchFirefox(inject('firefoxDir'));
  });

  afterAll(async () => {
    await ff?.close();
    await demo?.close();
    await strict?.close();
    if (strictDir) rmSync(strictDir, { recursive: true, force: true });
  });

  it('installs as a temporary add-on whose pages live at the moz-extension:// address fixed by the profile', async () => {
    expect(Number(ff.version.split('.')[0])).toBeGreaterThanOrEqual(128);
    expect(ff.origin).toBe(`moz-extension://${EXTENSION_UUID}`);
    panel = await ff.open(ff.url('sidepanel.html'));
    expect(await ff.run(() => ({ id: browser.runtime.id, base: browser.runtime.getURL(''), origin: location.origin, mv: browser.runtime.getManifest().manifest_version })))
      .toEqual({ id: EXTENSION_ID, base: `${ff.origin}/`, origin: ff.origin, mv: 2 });
  });

  it('the panel page renders in French: interview type, timer; a type shows its checklist, the timer starts', async () => {
    const shown = await ff.waitFor(() => {
      const select = document.querySelector('main select') as HTMLSelectElement | null;
      return select && {
        lang: document.documentElement.lang,
        label: select.labels?.[0]?.textContent,
        options: [...select.options].map((o) => o.textContent),
        headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        elapsed: document.querySelector('[data-testid="temps-ecoule"]')?.textContent,
        status: document.querySelector('[data-testid="etat-minuteur"]')?.textContent,
      };
    });
    expect(shown).not.toBeNull();
    expect(shown).toMatchObject({ lang: 'fr', label: "Type d'entretien", options: expect.arrayContaining(['— Choisir —', 'Diagnostic']), elapsed: '00:00', status: 'Minuteur arrêté' });
    expect(shown!.headings).toContain('Minuteur');

    await ff.click(await ff.find('main select option[value="diagnostic"]'));
    await expect.poll(() => ff.run(() => [...document.querySelectorAll('fieldset legend, [role="group"] legend')].map((l) => l.textContent).join(' | ')), POLL).toContain('Introduction');
    expect(await ff.run(() => [...document.querySelectorAll('label')].some((l) => l.textContent === "Accueillir la personne et annoncer la durée de l'entretien"))).toBe(true);

    await ff.click(await ff.find("//button[normalize-space()='Démarrer']", 'xpath'));
    await expect.poll(() => ff.run(() => document.querySelector('[data-testid="etat-minuteur"]')?.textContent), POLL).toMatch(/^En cours/);
    expect(await ff.run(() => document.querySelector('.timer .hint')?.textContent)).toBe('Raccourci clavier : Alt+Maj+T');
  });

  it("the sidebar: opened by Firefox at install; Cadre's toolbar button closes and reopens it", async () => {
    const sidebar = () => ff.runChrome(() => {
      const controller = (window as unknown as { SidebarController: { isOpen: boolean; currentID: string } }).SidebarController;
      return controller.isOpen ? controller.currentID : null;
    });
    expect(await sidebar()).toBe(SIDEBAR_ID);
    // Firefox puts an extension's button in its Extensions menu: pinned to the toolbar, as a person may do
    await ff.runChrome((id: string) => {
      const ui = (window as unknown as { CustomizableUI: { addWidgetToArea(id: string, area: string): void; AREA_NAVBAR: string } }).CustomizableUI;
      ui.addWidgetToArea(id, ui.AREA_NAVBAR);
    }, BUTTON_WIDGET);
    // the background answers the button (browserAction.onClicked) with sidebarAction.toggle()
    await ff.clickBrowserUi(TOOLBAR_BUTTON);
    await expect.poll(sidebar, POLL).toBeNull();
    await ff.clickBrowserUi(TOOLBAR_BUTTON);
    await expect.poll(sidebar, POLL).toBe(SIDEBAR_ID);
    // the page in the sidebar is Cadre's panel, in French
    await ff.switchTo(panel);
    await expect.poll(() => ff.run(() => (browser.extension.getViews as unknown as GetViews)({ type: 'sidebar' }).map((v) => [v.location.pathname, v.document.querySelector('main select') ? (v.document.querySelector('main select') as HTMLSelectElement).labels?.[0]?.textContent : null])), POLL)
      .toEqual([['/sidepanel.html', "Type d'entretien"]]);
  });

  it('on the demo app, a report typed in the field is reviewed: marks in Cadre\'s shadow root over the field, the host DOM untouched; the panel and the sidebar list the findings; the checklist card shows the detected conductor', async () => {
    const url = `${demo.url}/entretien.html?dossier=D-3601`;
    const app = await ff.open(url);
    const tabId = await contentScriptReady(ff, panel, app, url);
    await ff.run(watchHostDom);
    const field = await ff.find('#compte-rendu');
    await ff.click(field);
    await ff.type(field, REPORT);
    expect(await ff.run(() => (document.querySelector('#compte-rendu') as HTMLTextAreaElement).value)).toBe(REPORT);

    // a textarea cannot hold marks: they are drawn in <cadre-root>'s shadow root, over the field
    const marks = () => ff.run(() => {
      const field = document.querySelector('#compte-rendu')!.getBoundingClientRect();
      return [...document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll('.mark') ?? []].map((m) => {
        const r = m.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= field.left && r.right <= field.right && r.top >= field.top && r.bottom <= field.bottom;
      });
    });
    await expect.poll(marks, POLL).toEqual([true, true]);
    expect(await ff.run(() => document.querySelector('cadre-root')?.parentElement === document.documentElement)).toBe(true);
    expect(await ff.run(() => document.body.querySelectorAll('.mark, cadre-root').length)).toBe(0);
    expect(await ff.run(() => (window as unknown as { cadreSeen: string[] }).cadreSeen)).toEqual([]);

    await ff.switchTo(panel, { focus: false });
    await expect.poll(() => tabFindings(ff, tabId), POLL).toEqual(['email|warning|ana.martin@free.fr', 'telephone|warning|06 12 34 56 78']);
    // the panel following this tab lists them
    await ff.open(ff.url(`sidepanel.html?tabId=${tabId}`), { focus: false });
    const listed = () => ff.run(() => [...document.querySelectorAll('[data-finding]')].map((e) => e.getAttribute('data-finding')).sort());
    await expect.poll(listed, POLL).toEqual(['email', 'telephone']);
    await ff.closeTab(app);
    // the sidebar follows the selected tab, the demo app's
    await ff.switchTo(panel, { focus: false });
    await expect.poll(() => ff.run(() => (browser.extension.getViews as unknown as GetViews)({ type: 'sidebar' }).flatMap((v) => [...v.document.querySelectorAll('[data-finding]')].map((e) => e.getAttribute('data-finding'))).sort()), POLL)
      .toEqual(['email', 'telephone']);
    await ff.switchTo(app);
    // the app says "Diagnostic": the page's checklist card (issue #4 §4) shows that conductor
    await ff.click(await ff.find('#type-entretien option[value="DIAG"]'));
    await expect.poll(() => ff.run(() => document.querySelector('cadre-root')?.shadowRoot?.querySelector('[data-cadre-overlay] .title')?.textContent), POLL).toBe('Cadre · Diagnostic');
    expect(await ff.run(() => (window as unknown as { cadreSeen: string[] }).cadreSeen)).toEqual([]);
    await ff.closeTab(panel);
  });

  it('a contenteditable on a page with a strict CSP: Firefox\'s CSS Custom Highlight API draws the marks, no node is added, the page sees no CSP violation', async () => {
    const url = `${strict.url}/notes.html`;
    const page = await ff.open(url);
    await contentScriptReady(ff, panel, page, url);
    await ff.run(watchHostDom);
    const editor = await ff.find('#editeur');
    await ff.click(editor);
    await ff.type(editor, REPORT);
    const ranges = () => ff.run(() => {
      const found: string[] = [];
      CSS.highlights.forEach((h, name) => { for (const r of h as unknown as Iterable<AbstractRange>) if (r instanceof Range) found.push(`${name}:${r.toString()}`); });
      return found.sort();
    });
    await expect.poll(ranges, POLL).toEqual(['cadre-warning:06 12 34 56 78', 'cadre-warning:ana.martin@free.fr']);
    expect(await ff.run(() => document.querySelector('#editeur')!.innerHTML)).toBe(REPORT);
    expect(await ff.run(() => (window as unknown as { cadreSeen: string[] }).cadreSeen)).toEqual([]);

    const notes = await ff.find('#notes');
    await ff.click(notes);
    await ff.type(notes, 'Elle est diabétique.');
    await expect.poll(() => ff.run(() => document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll('.mark').length ?? 0), POLL).toBe(1);
    expect(await ff.run(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await ff.closeTab(panel);
  });

  it('the audit page lints an imported CSV in its Web Worker with the CLI\'s numbers', async () => {
    writeFileSync(join(strictDir, 'export-60.csv'), generateCsv({ reports: 60, seed: 7 }));
    await ff.open(ff.url('audit.html'));
    // a file chosen as a person does (Marionette hands the path to the file input)
    await ff.type(await ff.find('input[type="file"]'), join(strictDir, 'export-60.csv'));
    await ff.waitFor(() => document.querySelector('fieldset[data-mapping="export-60.csv"]'));
    await ff.click(await ff.find("//button[normalize-space()=\"Lancer l'audit\"]", 'xpath'));
    await ff.waitFor(() => document.querySelector('[data-summary="final"]'), 60_000);
    const shown = await ff.run(() => ({
      table: Object.fromEntries([...document.querySelectorAll('[data-summary="final"] [data-table="categories"] tr[data-category]')]
        .map((r) => [r.getAttribute('data-category'), [Number(r.getAttribute('data-error')), Number(r.getAttribute('data-warning')), Number(r.getAttribute('data-info'))]])),
      reports: Number(document.querySelector('[data-summary="final"] [data-kpi="reports"]')?.textContent?.replace(/[^\d]/g, '')),
      findings: Number(document.querySelector('[data-summary="final"] [data-kpi="findings"]')?.textContent?.replace(/[^\d]/g, '')),
    }));
    let stdout = '';
    const io: CliIO = { stdout: { write: (t: string) => { stdout += t; return true; } }, stderr: { write: () => true }, stdin: new PassThrough(), cwd: strictDir, env: {} };
    await runCli(['audit', join(strictDir, 'export-60.csv'), '--format', 'json', '--jobs', '0'], io);
    const summary = JSON.parse(stdout).summary as AuditSummary;
    expect(shown).toEqual({ table: categorySeverityTable(summary), reports: 60, findings: summary.findings.total });
    expect(summary.findings.total).toBeGreaterThan(0);
    await ff.closeTab(panel);
  });

  it('no request leaves Cadre; its pages, background page and content scripts log no error', async () => {
    expect(await ff.externalRequests()).toEqual([]);
    expect(await ff.consoleErrors()).toEqual([]);
  });
});

describe("organisation policy in Firefox (policies.json, 3rdparty.Extensions['cadre@extension.local'])", () => {
  // the part of policies.json meant for Cadre: what storage.managed hands it (public/managed-schema.json)
  const cadrePolicy = {
    rules: { rules: { email: { enabled: true, severity: 'error' } } },
    data: { retentionDays: 7 },
  };
  let ff: FirefoxHarness;
  let demo: DemoServer;
  let options: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    ff = await launchFirefox(inject('firefoxDir'), { policy: { '3rdparty': { Extensions: { [EXTENSION_ID]: cadrePolicy } } } });
    // the user had turned the e-mail rule off, set 'sante' to info and kept 60 days: the policy wins where it speaks
    options = await ff.open(ff.url('options.html'));
    await ff.run(() => browser.storage.local.set({ settings: { rules: { rules: { email: 'off', sante: 'info' } }, data: { retentionDays: 60 } }, 'settings$': { v: 2 } }));
    await ff.send('WebDriver:Refresh');
  });

  afterAll(async () => {
    await ff?.close();
    await demo?.close();
  });

  it('Firefox reads the policies file of its install and hands Cadre its part through storage.managed', async () => {
    // nsIEnterprisePolicies.ACTIVE
    expect(await ff.runChrome(() => Services.policies.status)).toBe(1);
    expect(await ff.run(() => browser.storage.managed.get())).toEqual(cadrePolicy);
  });

  it('the options page shows the rule it sets locked at its value; a rule it leaves stays the user\'s', async () => {
    const rule = (id: string) => ff.run((rid: string) => {
      const li = document.querySelector(`li.rule[data-rule="${rid}"]`);
      const active = li?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      const severity = li?.querySelector<HTMLSelectElement>('select');
      return li && active && severity && {
        active: active.checked, activeDisabled: active.disabled, severity: severity.value, severityDisabled: severity.disabled,
        lockedNote: (li as HTMLElement).innerText.includes('Verrouillé par votre organisation'),
        // the lock is announced with the control
        described: (active.getAttribute('aria-describedby') ?? '').split(' ').some((id) => document.getElementById(id)?.textContent?.includes('Verrouillé par votre organisation')),
      };
    }, id);
    await expect.poll(() => rule('email'), POLL).toEqual({ active: true, activeDisabled: true, severity: 'error', severityDisabled: true, lockedNote: true, described: true });
    expect(await rule('sante')).toEqual({ active: true, activeDisabled: false, severity: 'info', severityDisabled: false, lockedNote: false, described: false });
    expect(await ff.run(() => {
      const retention = [...document.querySelectorAll('label')].find((l) => l.textContent === "Conservation de l'état des entretiens (jours)")?.control as HTMLInputElement | undefined;
      return retention && [retention.value, retention.disabled];
    })).toEqual(['7', true]);
    expect(await ff.run(() => !!document.querySelector('[data-testid="politique"]'))).toBe(true);
    // the user's own layer is untouched underneath
    expect(await ff.run(() => browser.storage.local.get('settings'))).toMatchObject({ settings: { rules: { rules: { email: 'off' } }, data: { retentionDays: 60 } } });
  });

  it("reaches the page's review on the demo app: the e-mail is an error, over the user's 'off'", async () => {
    const url = `${demo.url}/entretien.html?dossier=D-3602`;
    const app = await ff.open(url);
    const tabId = await contentScriptReady(ff, options, app, url);
    const field = await ff.find('#compte-rendu');
    await ff.click(field);
    await ff.type(field, REPORT);
    await ff.switchTo(options, { focus: false });
    await expect.poll(() => tabFindings(ff, tabId), POLL).toEqual(['email|error|ana.martin@free.fr', 'telephone|warning|06 12 34 56 78']);
    await ff.switchTo(app);
    await ff.closeTab(options);
  });

  it('no request leaves Cadre; no error', async () => {
    expect(await ff.externalRequests()).toEqual([]);
    expect(await ff.consoleErrors()).toEqual([]);
  });
});
