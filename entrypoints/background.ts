/**
 * Service worker (Chrome) / background page (Firefox). Wiring only (STYLE.md §7): the logic is in
 * lib/timer/alarms.ts (phase notifications, shortcut), lib/db (state, purge), lib/background
 * (findings of the pages, badge, content script registration, the page's checklist card).
 */
import '../lib/config/zod-jitless.ts';
import { createDb, createInterviewRepository } from '../lib/db/index.ts';
import { pickLanguage } from '../lib/i18n/index.ts';
import { createTimerAlarms, PURGE_ALARM } from '../lib/timer/alarms.ts';
import { createMessageHandler, sendMessage, toRuntimeListener } from '../lib/messaging/index.ts';
import { getOrCreateSalt, loadConductors, loadSettings } from '../lib/settings/storage.ts';
import { disabledSitesItem, loadDisabledSites } from '../lib/permissions/storage.ts';
import { loadOverlaySettings, loadPlacement, overlayPlacementItem, overlaySettingsItem } from '../lib/overlay/settings.ts';
import { createReviewHub } from '../lib/background/review.ts';
import { createScriptRegistry } from '../lib/background/registration.ts';
import { createSiteSync } from '../lib/background/sites.ts';
import { createTabInterviews } from '../lib/background/tab-interviews.ts';
import { createOverlayService } from '../lib/background/overlay.ts';
import type { MessageSender } from '../lib/background/review.ts';
import { hasContentScript, injectContentScript, pingDocument, registrationApis, sendToTab, toolbarAction } from '../lib/background/adapters.ts';

export default defineBackground(() => {
  const repo = createInterviewRepository(createDb());
  // notifications and the badge's title follow the browser's language, French by default (issue #6
  // §4), asked at each use: a worker started with the browser may run before its language is set
  const language = () => pickLanguage(browser.i18n.getUILanguage());
  const timers = createTimerAlarms({
    language,
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

  // the interview of each tab: case-id hash read from the page, or the tab (lib/background/tab-interviews.ts)
  const tabInterviews = createTabInterviews({
    pageInfo: (tabId) => sendToTab(browser, tabId, 'toContentPageInfo', {}, { frameId: 0 }),
    salt: getOrCreateSalt,
    // the open panels read the page again (type and case of the interview)
    changed: (tabId) => void sendMessage((m) => browser.runtime.sendMessage(m), 'toPanelPageChanged', { tabId }).catch(() => {}),
  });
  // the page cards re-read their state; a tab without a card simply does not answer
  async function notifyOverlays(tabIds: Iterable<number>): Promise<void> {
    for (const tabId of tabIds) await sendToTab(browser, tabId, 'toContentOverlayChanged', {}, { frameId: 0 }).catch(() => {});
  }
  async function interviewChanged(interviewId: string): Promise<void> {
    await timers.rescheduleById(interviewId);
    await notifyOverlays(tabInterviews.tabsOf(interviewId));
  }
  /** every tab of the enabled sites (a service worker woken up again knows no card) */
  async function notifyAllOverlays(): Promise<void> {
    const { matches } = (await sites.sync()).registration;
    if (matches.length) await notifyOverlays((await browser.tabs.query({ url: matches })).flatMap((t) => (t.id === undefined ? [] : [t.id])));
  }

  const review = createReviewHub({
    language,
    action: toolbarAction(browser),
    broadcast: async (payload) => { await sendMessage((m) => browser.runtime.sendMessage(m), 'toPanelFindingsChanged', payload); },
    session: {
      load: async () => (await browser.storage.session.get('findings')).findings,
      save: (snapshot) => browser.storage.session.set({ findings: snapshot }),
    },
    ping: (tabId, frameId, documentId) => pingDocument(browser, tabId, frameId, documentId),
    now: Date.now,
  });

  const overlay = createOverlayService({
    repo,
    resolveTab: (tabId) => tabInterviews.resolve(tabId),
    loadConductors,
    loadSettings: loadOverlaySettings,
    loadPlacement,
    savePlacement: (p) => overlayPlacementItem.setValue(p),
    changed: (interviewId) => interviewChanged(interviewId),
    now: Date.now,
  });

  const sites = createSiteSync({
    registry: createScriptRegistry(registrationApis(browser)),
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    disabledSites: loadDisabledSites,
    openTabs: (patterns) => browser.tabs.query({ url: patterns }),
    hasContentScript: (tabId) => hasContentScript(browser, tabId),
    inject: (tabId) => injectContentScript(browser, tabId),
  });

  async function purge(): Promise<number> {
    return repo.purgeOlderThan(Date.now(), (await loadSettings()).retentionDays);
  }

  async function startup(): Promise<void> {
    await purge();
    if (!(await browser.alarms.get(PURGE_ALARM))) await browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60 });
    await timers.rescheduleAll();
  }

  browser.runtime.onInstalled.addListener(() => {
    void startup();
    // tabs of the enabled sites opened before the installation (or an update) get the script now
    void sites.sync({ inject: true }).catch(() => {});
  });
  browser.runtime.onStartup.addListener(() => void startup());
  // every wake-up: the registration follows the permissions (granted or revoked while asleep)
  void sites.sync().catch(() => {});
  browser.permissions.onAdded.addListener(() => void sites.sync({ inject: true }).catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void sites.sync().catch(() => {}));
  disabledSitesItem.watch(() => void sites.sync({ inject: true }).catch(() => {}));
  overlaySettingsItem.watch(() => void notifyAllOverlays().catch(() => {}));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
    else void timers.onAlarm(alarm.name);
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'basculer-minuteur') return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return;
      const { interviewId } = await tabInterviews.resolve(tab.id);
      await timers.toggle(interviewId);
      await interviewChanged(interviewId);
    });
  });

  const tabOf = (sender: unknown) => (sender as MessageSender | undefined)?.tab?.id;

  browser.runtime.onMessage.addListener(toRuntimeListener(
    createMessageHandler({
      ...review.handlers,
      toBackgroundInterviewChanged: async ({ interviewId, tabId }) => {
        if (tabId !== undefined) tabInterviews.bind(tabId, interviewId);
        await interviewChanged(interviewId);
        return { ok: true };
      },
      toBackgroundToggleTimer: async ({ tabId }) => {
        const interviewId = tabInterviews.known(tabId);
        const rec = await timers.toggle(interviewId);
        await interviewChanged(interviewId);
        return { interviewId: rec.id, status: rec.timer.status };
      },
      toBackgroundPurge: async () => ({ deleted: await purge() }),
      toBackgroundOverlayState: async (_p, sender) => {
        const tabId = tabOf(sender);
        if (tabId === undefined) throw new Error('toBackgroundOverlayState: not from a tab');
        return overlay.state(tabId);
      },
      toBackgroundOverlayAction: async (action, sender) => {
        const tabId = tabOf(sender);
        if (tabId === undefined) throw new Error('toBackgroundOverlayAction: not from a tab');
        return overlay.act(tabId, action);
      },
    }),
  ));

  browser.tabs.onRemoved.addListener((tabId) => {
    tabInterviews.forget(tabId);
    void review.forgetTab(tabId);
  });
  // a navigation, or a single-page app's route change: forget the documents that are gone
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'complete') void review.checkDocuments(tabId);
  });

  // The toolbar button opens the panel: Chrome's side panel, Firefox's sidebar.
  if (browser.sidePanel) void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const firefox = globalThis as unknown as { browser?: { sidebarAction?: { toggle(): Promise<void> }; browserAction?: { onClicked: { addListener(f: () => void): void } } } };
  const sidebar = firefox.browser?.sidebarAction;
  if (sidebar) firefox.browser?.browserAction?.onClicked.addListener(() => void sidebar.toggle());
});
