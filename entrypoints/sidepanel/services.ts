/**
 * What the panel needs from the browser, gathered in one object so that app.tsx only sees plain
 * functions: the tab it follows, the interview store (Dexie, in this extension page), settings,
 * conductors and the background; since issue #4, the site's permission, the page's findings and
 * the messages to the page's editors (sent straight to the frame that holds the editor).
 */
import { liveQuery } from 'dexie';
import { createDb, createInterviewRepository, hashCaseId, interviewKeyForCase, interviewKeyForTab, type InterviewRecord } from '../../lib/db/index.ts';
import { createMessageHandler, sendMessage, toRuntimeListener, type MessageName, type RequestOf, type ResponseOf } from '../../lib/messaging/index.ts';
import { activationPlan, deactivationPlan, siteAccess, siteLabelOf, sitePatternOf, type SiteAccess } from '../../lib/permissions/index.ts';
import { disabledSitesItem, loadDisabledSites, setSiteDisabled } from '../../lib/permissions/storage.ts';
import { loadOverlaySettings, overlaySettingsItem } from '../../lib/overlay/settings.ts';
import { expectedText, type PanelEditor, type PanelFinding } from '../../components/findings/group.ts';
import { conductorsItem, getOrCreateSalt, loadConductors, loadSettings, settingsItem } from '../../lib/settings/storage.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { importConductors } from '../../lib/conductors/import.ts';
import type { Conductor } from '../../lib/conductors/schema.ts';
import type { Settings } from '../../lib/settings/index.ts';
import type { Translate } from '../../lib/i18n/index.ts';

export type PanelServices = ReturnType<typeof createPanelServices>;

/** `t`: the panel's translator, for the sentences these services return (issue #6 §4). */
export function createPanelServices(search: string, t: Translate) {
  const repo = createInterviewRepository(createDb());
  const tabParam = new URLSearchParams(search).get('tabId');
  const fixedTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  const send = (m: unknown) => browser.runtime.sendMessage(m);
  /** a message to one frame of a tab: the one whose content script holds the editor */
  const toFrame = <N extends MessageName>(tabId: number, frameId: number, name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> =>
    sendMessage((m) => browser.tabs.sendMessage(tabId, m, { frameId }), name, payload);
  /** the editors last read per tab: the conclusion goes to the current one's frame */
  const lastEditors = new Map<number, PanelEditor[]>();

  /** Listen for the background's "findings changed" for one tab. */
  function onFindingsChanged(tabId: number, run: () => void): () => void {
    const listener = toRuntimeListener(createMessageHandler({
      toPanelFindingsChanged: async (p) => {
        if (p.tabId === tabId) run();
        return { ok: true };
      },
    }));
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return {
    repo,

    /** `sidepanel.html?tabId=N` follows tab N (stable hook for tests); otherwise the active tab. */
    followTab(onTab: (tabId: number) => void): () => void {
      if (fixedTab !== undefined) { onTab(fixedTab); return () => {}; }
      let windowId: number | undefined;
      void browser.windows.getCurrent().then((w) => { windowId = w.id; });
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => { if (t?.id !== undefined) onTab(t.id); });
      const listener = (info: { tabId: number; windowId: number }) => { if (windowId === undefined || info.windowId === windowId) onTab(info.tabId); };
      browser.tabs.onActivated.addListener(listener);
      return () => browser.tabs.onActivated.removeListener(listener);
    },

    /**
     * The interview of a tab: keyed by the salted hash of the case id when the page shows one
     * (answered by the content script of a later issue), by the tab otherwise.
     */
    async resolveInterview(tabId: number): Promise<{ id: string; detectedType?: string }> {
      try {
        const info = await sendMessage((m) => browser.tabs.sendMessage(tabId, m), 'toContentPageInfo', {});
        const id = info.caseId ? interviewKeyForCase(await hashCaseId(info.caseId, await getOrCreateSalt())) : interviewKeyForTab(tabId);
        return { id, detectedType: info.interviewType };
      } catch {
        return { id: interviewKeyForTab(tabId) }; // no content script on this page (yet)
      }
    },

    watchInterview(id: string, onChange: (r: InterviewRecord | undefined) => void): () => void {
      const sub = liveQuery(() => repo.get(id)).subscribe({ next: onChange, error: () => onChange(undefined) });
      return () => sub.unsubscribe();
    },

    /** writes the change; resolves with the committed record */
    async updateInterview(id: string, tabId: number | undefined, change: (r: InterviewRecord) => InterviewRecord): Promise<InterviewRecord> {
      const saved = await repo.update(id, Date.now(), change);
      const payload: RequestOf<'toBackgroundInterviewChanged'> = tabId === undefined || id.startsWith('onglet-') ? { interviewId: id } : { interviewId: id, tabId };
      // alarms are the background's: a missing background must not break the panel
      await sendMessage(send, 'toBackgroundInterviewChanged', payload).catch(() => {});
      return saved;
    },

    async eraseAll(currentId: string | undefined): Promise<void> {
      await repo.clearAll();
      if (currentId) await sendMessage(send, 'toBackgroundInterviewChanged', { interviewId: currentId }).catch(() => {});
    },

    watchSettings(onChange: (s: Settings) => void): () => void {
      void loadSettings().then(onChange);
      return settingsItem.watch(() => void loadSettings().then(onChange));
    },
    saveSettings: (s: Settings) => settingsItem.setValue(s),

    watchConductors(onChange: (list: Conductor[], imported: boolean) => void): () => void {
      const load = () => void Promise.all([loadConductors(), conductorsItem.getValue()]).then(([list, raw]) => onChange(list, raw !== null && list !== DEFAULT_CONDUCTORS));
      load();
      return conductorsItem.watch(load);
    },
    async importConductors(json: string, current: readonly Conductor[]): Promise<string[]> {
      const r = importConductors(json, current);
      if (!r.ok) return r.errors;
      await conductorsItem.setValue({ version: 1, conducteurs: r.conductors });
      return [];
    },
    restoreDefaultConductors: () => conductorsItem.setValue(null),

    /** The tab's editors and findings, re-read whenever the background says they changed. */
    watchFindings(tabId: number, onChange: (editors: PanelEditor[]) => void): () => void {
      let live = true;
      let seq = 0;
      const load = () => {
        const n = ++seq;
        void sendMessage(send, 'toBackgroundTabFindings', { tabId }).then(
          (r) => { if (live && n === seq) { lastEditors.set(tabId, r.editors); onChange(r.editors); } },
          () => { if (live && n === seq) onChange([]); },
        );
      };
      load();
      const stop = onFindingsChanged(tabId, load);
      return () => { live = false; stop(); };
    },

    /**
     * Something on the page may have changed (findings reported, page loaded, the background saw
     * another case or type): the panel reads the page's interview type and case again. Throttled:
     * typing reports findings every pause.
     */
    watchPage(tabId: number, onChange: () => void): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const later = () => { if (timer === undefined) timer = setTimeout(() => { timer = undefined; onChange(); }, 400); };
      const stopFindings = onFindingsChanged(tabId, later);
      const pageListener = toRuntimeListener(createMessageHandler({
        toPanelPageChanged: async (p) => {
          if (p.tabId === tabId) later();
          return { ok: true };
        },
      }));
      browser.runtime.onMessage.addListener(pageListener);
      const stop = () => { stopFindings(); browser.runtime.onMessage.removeListener(pageListener); };
      const updated = (id: number, info: { status?: string }) => { if (id === tabId && info.status === 'complete') later(); };
      browser.tabs.onUpdated.addListener(updated);
      return () => { stop(); browser.tabs.onUpdated.removeListener(updated); if (timer !== undefined) clearTimeout(timer); };
    },

    reveal: (tabId: number, editor: PanelEditor, f: PanelFinding) =>
      toFrame(tabId, editor.frameId, 'toContentReveal', { editorId: editor.editorId, start: f.start, end: f.end }),

    applyFix(tabId: number, editor: PanelEditor, f: PanelFinding, fixIndex: number) {
      const fix = f.fixes[fixIndex];
      const expected = expectedText(f, fixIndex);
      return toFrame(tabId, editor.frameId, 'toContentApplyFix', {
        editorId: editor.editorId, start: fix.start, end: fix.end, replacement: fix.replacement, ...(expected !== undefined ? { expected } : {}),
      });
    },

    ignore: (tabId: number, editor: PanelEditor, f: PanelFinding) =>
      toFrame(tabId, editor.frameId, 'toContentIgnore', { editorId: editor.editorId, rule: f.rule, text: f.text, everywhere: false }),

    /** The conclusion goes to the caret of the current report editor (its frame; the top frame by default). */
    async insertAtCaret(tabId: number, text: string) {
      const editors = lastEditors.get(tabId) ?? (await sendMessage(send, 'toBackgroundTabFindings', { tabId })).editors;
      const frameId = (editors.find((e) => e.focused) ?? editors[0])?.frameId ?? 0;
      return toFrame(tabId, frameId, 'toContentInsertAtCaret', { text });
    },

    /** Is Cadre active on the tab's site? Re-read when permissions, switched-off sites or the tab change. */
    watchSite(tabId: number, onChange: (access: SiteAccess) => void): () => void {
      let live = true;
      const load = async () => {
        // the address is hidden unless Cadre may access the page (granted site, or activeTab)
        const url = await browser.tabs.get(tabId).then((t) => t.url ?? t.pendingUrl ?? '', () => null);
        if (url === null) { if (live) onChange({ state: 'unsupported', granted: false, disabled: false, removable: false }); return; }
        const [all, disabled] = await Promise.all([browser.permissions.getAll(), loadDisabledSites()]);
        if (live) onChange(siteAccess(url, all.origins ?? [], disabled));
      };
      const reload = () => void load();
      void load();
      browser.permissions.onAdded.addListener(reload);
      browser.permissions.onRemoved.addListener(reload);
      const unwatch = disabledSitesItem.watch(reload);
      const updated = (id: number, info: { status?: string; url?: string }) => { if (id === tabId && (info.url || info.status === 'complete')) reload(); };
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        live = false;
        browser.permissions.onAdded.removeListener(reload);
        browser.permissions.onRemoved.removeListener(reload);
        unwatch();
        browser.tabs.onUpdated.removeListener(updated);
      };
    },

    /**
     * "Activer Cadre sur ce site". The browser grants a host permission only during a user
     * gesture: `permissions.request` is the first call, synchronously inside the click.
     */
    activateSite(access: SiteAccess, typed?: string): Promise<{ ok: boolean; message: string }> {
      const address = typed?.trim();
      const pattern = address !== undefined ? sitePatternOf(/^[a-z]+:\/\//i.test(address) ? address : `https://${address}`) : access.pattern;
      if (!pattern) return Promise.resolve({ ok: false, message: t('panel_site_invalid') });
      const plan = address !== undefined ? { request: true, enable: true } : activationPlan(access);
      const granted = plan.request ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
      const label = siteLabelOf(pattern.replace('/*', '/'));
      return granted.then(async (ok) => {
        if (!ok) return { ok: false, message: t('panel_site_refused', { site: label }) };
        if (plan.enable) await setSiteDisabled(pattern, false);
        return { ok: true, message: t('panel_site_activated', { site: label }) };
      });
    },

    /** "Désactiver Cadre sur ce site": give the permission back, or switch the site off. */
    async deactivateSite(access: SiteAccess): Promise<{ ok: boolean; message: string }> {
      if (!access.pattern) return { ok: false, message: t('panel_site_unknown_site') };
      const plan = deactivationPlan(access);
      // the site's open pages stop Cadre at once (marks, cards), nothing is reloaded for the user; asked
      // first, while the host permission still lets `tabs.query` see their addresses
      const pattern = access.pattern;
      const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
      await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined
        : sendMessage((m) => browser.tabs.sendMessage(tab.id!, m), 'toContentStop', {}).catch(() => undefined))));
      if (plan.remove && !(await browser.permissions.remove({ origins: [pattern] }))) return { ok: false, message: t('panel_site_not_removed') };
      if (plan.disable) await setSiteDisabled(pattern, true);
      return { ok: true, message: t('panel_site_deactivated', { site: access.label ?? '' }) };
    },

    watchOverlaySetting(onChange: (enabled: boolean) => void): () => void {
      void loadOverlaySettings().then((s) => onChange(s.enabled));
      return overlaySettingsItem.watch(() => void loadOverlaySettings().then((s) => onChange(s.enabled)));
    },
    saveOverlaySetting: (enabled: boolean) => overlaySettingsItem.setValue({ enabled }),

    copy: (text: string) => navigator.clipboard.writeText(text),

    async shortcut(): Promise<string | undefined> {
      const all = await browser.commands.getAll();
      // as the browser names it ("Alt+Shift+T"): the timer says "Maj" in French
      return all.find((c) => c.name === 'basculer-minuteur')?.shortcut || undefined;
    },
  };
}
