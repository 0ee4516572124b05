/**
 * The background's part of the in-page review (issue #4 §4): it gathers the findings every frame
 * reports, keeps them per tab (memory, mirrored in `storage.session` for a service worker woken up
 * again — never on disk), updates the toolbar badge and tells the open panels to re-read. Browser
 * APIs are injected, so this runs in a unit test as in the service worker.
 *
 * @example
 *   const review = createReviewHub({ action: browser.action, broadcast, session, now: Date.now });
 *   browser.runtime.onMessage.addListener(toRuntimeListener(createMessageHandler({ ...review.handlers })));
 *   browser.tabs.onRemoved.addListener((id) => review.forgetTab(id));
 */
import type { Handlers, RequestOf } from '../messaging/protocol.ts';
import { showBadge, type ActionApi } from './badge.ts';
import type { Language } from '../i18n/index.ts';
import { createFindingsStore, type FindingsSnapshot } from './findings-store.ts';

/** What `runtime.onMessage` passes as its second argument (the parts used here). */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

export interface ReviewDeps {
  action: ActionApi;
  /** tell the extension pages (side panels) that a tab's findings changed */
  broadcast(payload: RequestOf<'toPanelFindingsChanged'>): Promise<void>;
  session: { load(): Promise<unknown>; save(snapshot: FindingsSnapshot): Promise<void> };
  now(): number;
  /**
   * is a document still there? (`tabs.sendMessage` with its `documentId`): 'gone' only when the
   * browser says so, 'unknown' when it cannot tell (Firefox has no document ids)
   */
  ping?(tabId: number, frameId: number, documentId: string): Promise<'alive' | 'gone' | 'unknown'>;
  /** delay before the session copy is written, so a burst of reports writes once */
  saveDelayMs?: number;
  /** the language of the badge's title (issue #6 §4; French by default) */
  /** or a function read at each use (the browser's UI language, asked when needed) */
  language?: Language | (() => Language);
}

export function createReviewHub(deps: ReviewDeps) {
  const store = createFindingsStore();
  const ready = deps.session.load().then((raw) => store.restore(raw), () => {});
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  function save(): void {
    if (saveTimer !== undefined) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void deps.session.save(store.snapshot()).catch(() => {});
    }, deps.saveDelayMs ?? 100);
  }

  async function publish(tabId: number): Promise<void> {
    save();
    await showBadge(deps.action, tabId, store.errorCount(tabId), typeof deps.language === 'function' ? deps.language() : deps.language);
    // no panel open: nobody to tell
    await deps.broadcast({ tabId }).catch(() => {});
  }

  function ref(sender: unknown) {
    const s = sender as MessageSender | undefined;
    const tabId = s?.tab?.id;
    if (tabId === undefined || tabId < 0) return undefined; // not from a tab's content script
    return { tabId, frameId: s?.frameId ?? 0, documentId: s?.documentId };
  }

  const handlers = {
    toBackgroundFindings: async (p, sender) => {
      await ready;
      const r = ref(sender);
      if (r && store.report(r, p, deps.now())) await publish(r.tabId);
      return { ok: true as const };
    },
    toBackgroundEditorGone: async (p, sender) => {
      await ready;
      const r = ref(sender);
      if (r && store.editorGone(r, p.editorId)) await publish(r.tabId);
      return { ok: true as const };
    },
    toBackgroundTabFindings: async ({ tabId }) => {
      await ready;
      return { editors: store.editors(tabId) };
    },
  } satisfies Handlers;

  return {
    store,
    ready,
    handlers,
    /** the tab was closed: forget it (no badge to update) */
    async forgetTab(tabId: number): Promise<void> {
      await ready;
      if (store.forgetTab(tabId)) { save(); await deps.broadcast({ tabId }).catch(() => {}); }
    },
    /** the tab's top frame (0) or a sub-frame started loading another document */
    async forgetFrame(tabId: number, frameId: number): Promise<void> {
      await ready;
      if (store.forgetFrame(tabId, frameId)) await publish(tabId);
    },
    /**
     * The tab started loading: a new document, or only a route or hash change of a single-page
     * app (Chrome reports both alike). Forget the documents that no longer answer; the content
     * script of a still-living document reports its own editors' removals.
     */
    async checkDocuments(tabId: number): Promise<void> {
      await ready;
      if (!deps.ping) return;
      let forgot = false;
      for (const d of store.documents(tabId)) {
        if ((await deps.ping(tabId, d.frameId, d.documentId).catch(() => 'unknown' as const)) === 'gone') forgot = store.forgetDocument(tabId, d.documentId) || forgot;
      }
      if (forgot) await publish(tabId);
    },
    /** the editor that takes the inserted text (conclusion helper): the tab's current one */
    async currentEditor(tabId: number) {
      await ready;
      return store.editors(tabId).find((e) => e.focused);
    },
  };
}

export type ReviewHub = ReturnType<typeof createReviewHub>;
