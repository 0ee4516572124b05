/**
 * Service worker (Chrome) / background page (Firefox). Wiring only (STYLE.md §7): the logic is in
 * lib/timer/alarms.ts (phase notifications, shortcut), lib/db (state, purge), lib/messaging.
 */
import { createDb, createInterviewRepository, interviewKeyForTab } from '../lib/db/index.ts';
import { createTimerAlarms, PURGE_ALARM } from '../lib/timer/alarms.ts';
import { createMessageHandler, toRuntimeListener } from '../lib/messaging/index.ts';
import { loadConductors, loadSettings } from '../lib/settings/storage.ts';

export default defineBackground(() => {
  const repo = createInterviewRepository(createDb());
  const timers = createTimerAlarms({
    alarms: browser.alarms,
    notify: async (id, title, message) => {
      // silent: an interview, not a race (issue #3 §3)
      await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message, priority: 0, silent: true });
    },
    repo,
    loadSettings,
    loadConductors,
    now: Date.now,
  });
  // interview bound to each tab by the panel (case-hash keys come with the page detection)
  const tabInterviews = new Map<number, string>();
  const interviewOfTab = (tabId: number) => tabInterviews.get(tabId) ?? interviewKeyForTab(tabId);

  async function purge(): Promise<number> {
    return repo.purgeOlderThan(Date.now(), (await loadSettings()).retentionDays);
  }

  async function startup(): Promise<void> {
    await purge();
    if (!(await browser.alarms.get(PURGE_ALARM))) await browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60 });
    await timers.rescheduleAll();
  }

  browser.runtime.onInstalled.addListener(() => void startup());
  browser.runtime.onStartup.addListener(() => void startup());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
    else void timers.onAlarm(alarm.name);
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'basculer-minuteur') return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return timers.toggle(interviewOfTab(tab.id));
    });
  });

  browser.runtime.onMessage.addListener(toRuntimeListener(
    createMessageHandler({
      toBackgroundInterviewChanged: async ({ interviewId, tabId }) => {
        if (tabId !== undefined) tabInterviews.set(tabId, interviewId);
        await timers.rescheduleById(interviewId);
        return { ok: true };
      },
      toBackgroundToggleTimer: async ({ tabId }) => {
        const rec = await timers.toggle(interviewOfTab(tabId));
        return { interviewId: rec.id, status: rec.timer.status };
      },
      toBackgroundPurge: async () => ({ deleted: await purge() }),
    }),
  ));

  browser.tabs.onRemoved.addListener((tabId) => tabInterviews.delete(tabId));

  // The toolbar button opens the panel: Chrome's side panel, Firefox's sidebar.
  if (browser.sidePanel) void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const firefox = globalThis as unknown as { browser?: { sidebarAction?: { toggle(): Promise<void> }; browserAction?: { onClicked: { addListener(f: () => void): void } } } };
  const sidebar = firefox.browser?.sidebarAction;
  if (sidebar) firefox.browser?.browserAction?.onClicked.addListener(() => void sidebar.toggle());
});
