/**
 * What the panel needs from the browser, gathered in one object so that app.tsx only sees plain
 * functions: the tab it follows, the interview store (Dexie, in this extension page), settings,
 * conductors and the background.
 */
import { liveQuery } from 'dexie';
import { createDb, createInterviewRepository, hashCaseId, interviewKeyForCase, interviewKeyForTab, type InterviewRecord } from '../../lib/db/index.ts';
import { sendMessage, type RequestOf } from '../../lib/messaging/index.ts';
import { conductorsItem, getOrCreateSalt, loadConductors, loadSettings, settingsItem } from '../../lib/settings/storage.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { importConductors } from '../../lib/conductors/import.ts';
import type { Conductor } from '../../lib/conductors/schema.ts';
import type { Settings } from '../../lib/settings/index.ts';

export type PanelServices = ReturnType<typeof createPanelServices>;

export function createPanelServices(search: string) {
  const repo = createInterviewRepository(createDb());
  const tabParam = new URLSearchParams(search).get('tabId');
  const fixedTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  const send = (m: unknown) => browser.runtime.sendMessage(m);

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

    async updateInterview(id: string, tabId: number | undefined, change: (r: InterviewRecord) => InterviewRecord): Promise<void> {
      await repo.update(id, Date.now(), change);
      const payload: RequestOf<'toBackgroundInterviewChanged'> = tabId === undefined || id.startsWith('onglet-') ? { interviewId: id } : { interviewId: id, tabId };
      // alarms are the background's: a missing background must not break the panel
      await sendMessage(send, 'toBackgroundInterviewChanged', payload).catch(() => {});
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

    copy: (text: string) => navigator.clipboard.writeText(text),

    async shortcut(): Promise<string | undefined> {
      const all = await browser.commands.getAll();
      const s = all.find((c) => c.name === 'basculer-minuteur')?.shortcut;
      return s ? s.replace('Shift', 'Maj') : undefined;
    },
  };
}
