/**
 * Findings of every editor of every tab, as reported by the frames' content scripts (issue #4 §4):
 * tab → frame → editor. Pure and synchronous; the background feeds it from `toBackgroundFindings`
 * (tab and frame from the message's sender), forgets what a closed tab, a navigation or
 * `toBackgroundEditorGone` made stale, and keeps a copy in `storage.session` (memory only: nothing
 * of the report is written to disk) so that a service worker woken up again still knows them.
 *
 * The tab's current editor is the last one that reported focus: it stays current when the user
 * clicks into the side panel (the page editor blurs), until another editor gets the focus.
 *
 * @example
 *   const store = createFindingsStore();
 *   store.report({ tabId: 3, frameId: 0 }, { editorId: 'e1', url, focused: true, findings }, Date.now());
 *   store.errorCount(3); // → badge
 */
import type { z } from 'zod';
import type { findingSchema, RequestOf, ResponseOf } from '../messaging/protocol.ts';

export type WireFinding = z.infer<typeof findingSchema>;
export type EditorFindings = ResponseOf<'toBackgroundTabFindings'>['editors'][number];

interface Entry {
  frameId: number;
  documentId?: string;
  editorId: string;
  url: string;
  findings: WireFinding[];
  /** last time it reported focus (0: never) */
  focusedAt: number;
  updatedAt: number;
}

export interface FrameRef {
  tabId: number;
  frameId: number;
  /** Chrome's id of the frame's document: a new one means the frame navigated */
  documentId?: string;
}

export interface FindingsSnapshot {
  version: 1;
  tabs: Array<[number, Entry[]]>;
}

/** Most editors kept per tab: a page that creates editors in a loop must not fill the memory. */
const MAX_EDITORS_PER_TAB = 50;

const key = (frameId: number, editorId: string) => `${frameId}|${editorId}`;

/**
 * Only the origin of the page is kept: its path or query may carry a case number
 * (`entretien.html?dossier=D-2041`), which has no business in the extension's memory.
 */
export function originOf(url: string): string {
  try { return new URL(url).origin; } catch { return ''; }
}

export function createFindingsStore() {
  const tabs = new Map<number, Map<string, Entry>>();

  function current(entries: Map<string, Entry>): Entry | undefined {
    let best: Entry | undefined;
    for (const e of entries.values()) if (e.focusedAt > 0 && (!best || e.focusedAt > best.focusedAt)) best = e;
    if (best) return best;
    // nothing focused yet: the editor updated last
    for (const e of entries.values()) if (!best || e.updatedAt > best.updatedAt) best = e;
    return best;
  }

  const store = {
    /** Record an editor's findings; returns whether anything the panel shows changed. */
    report(ref: FrameRef, msg: RequestOf<'toBackgroundFindings'>, now: number): boolean {
      let entries = tabs.get(ref.tabId);
      if (!entries) { entries = new Map(); tabs.set(ref.tabId, entries); }
      // the frame shows another document: what its previous document reported is gone
      if (ref.documentId) {
        for (const [k, e] of entries) if (e.frameId === ref.frameId && e.documentId && e.documentId !== ref.documentId) entries.delete(k);
      }
      const k = key(ref.frameId, msg.editorId);
      const prev = entries.get(k);
      const before = current(entries);
      // focus order: a counter above every other editor's, so that the latest focus wins even
      // when two reports carry the same clock reading
      const focusedAt = msg.focused ? Math.max(now, ...[...entries.values()].map((e) => e.focusedAt + 1)) : prev?.focusedAt ?? 0;
      const url = originOf(msg.url);
      entries.set(k, { frameId: ref.frameId, documentId: ref.documentId, editorId: msg.editorId, url, findings: msg.findings, focusedAt, updatedAt: now });
      if (entries.size > MAX_EDITORS_PER_TAB) {
        const oldest = [...entries.entries()].sort((a, b) => a[1].updatedAt - b[1].updatedAt)[0];
        entries.delete(oldest[0]);
      }
      const after = current(entries);
      const sameCurrent = before !== undefined && after !== undefined && key(before.frameId, before.editorId) === key(after.frameId, after.editorId);
      return !prev || prev.url !== url || JSON.stringify(prev.findings) !== JSON.stringify(msg.findings) || !sameCurrent;
    },

    /** An editor left its page; returns whether it was known. */
    editorGone(ref: FrameRef, editorId: string): boolean {
      const entries = tabs.get(ref.tabId);
      if (!entries?.delete(key(ref.frameId, editorId))) return false;
      if (!entries.size) tabs.delete(ref.tabId);
      return true;
    },

    /** A frame (0: the whole page) navigated away. */
    forgetFrame(tabId: number, frameId: number): boolean {
      if (frameId === 0) return store.forgetTab(tabId);
      const entries = tabs.get(tabId);
      let changed = false;
      if (entries) for (const [k, e] of entries) if (e.frameId === frameId) { entries.delete(k); changed = true; }
      if (entries && !entries.size) tabs.delete(tabId);
      return changed;
    },

    /** The documents that reported in a tab (Chrome gives each one an id). */
    documents(tabId: number): Array<{ frameId: number; documentId: string }> {
      const seen = new Map<string, number>();
      for (const e of tabs.get(tabId)?.values() ?? []) if (e.documentId) seen.set(e.documentId, e.frameId);
      return [...seen].map(([documentId, frameId]) => ({ frameId, documentId }));
    },

    /** A document is gone (its frame navigated): forget what it reported. */
    forgetDocument(tabId: number, documentId: string): boolean {
      const entries = tabs.get(tabId);
      let changed = false;
      if (entries) for (const [k, e] of entries) if (e.documentId === documentId) { entries.delete(k); changed = true; }
      if (entries && !entries.size) tabs.delete(tabId);
      return changed;
    },

    forgetTab(tabId: number): boolean {
      return tabs.delete(tabId);
    },

    /** The editors of a tab, the current one flagged `focused`, the current one first. */
    editors(tabId: number): EditorFindings[] {
      const entries = tabs.get(tabId);
      if (!entries) return [];
      const cur = current(entries);
      return [...entries.values()]
        .sort((a, b) => (a === cur ? -1 : b === cur ? 1 : b.updatedAt - a.updatedAt))
        .map((e) => ({ frameId: e.frameId, editorId: e.editorId, url: e.url, focused: e === cur, findings: e.findings }));
    },

    /** The badge: error-level findings of all the tab's editors. */
    errorCount(tabId: number): number {
      let n = 0;
      for (const e of tabs.get(tabId)?.values() ?? []) for (const f of e.findings) if (f.severity === 'error') n++;
      return n;
    },

    tabIds(): number[] {
      return [...tabs.keys()];
    },

    snapshot(): FindingsSnapshot {
      return { version: 1, tabs: [...tabs].map(([id, entries]) => [id, [...entries.values()]]) };
    },

    /** Restore a snapshot (a service worker woken up again); anything malformed is dropped. */
    restore(raw: unknown): void {
      tabs.clear();
      const snap = raw as FindingsSnapshot | undefined;
      if (!snap || snap.version !== 1 || !Array.isArray(snap.tabs)) return;
      for (const [tabId, entries] of snap.tabs) {
        if (!Number.isInteger(tabId) || !Array.isArray(entries)) continue;
        const m = new Map<string, Entry>();
        for (const e of entries) if (e && typeof e.editorId === 'string' && Number.isInteger(e.frameId) && Array.isArray(e.findings)) m.set(key(e.frameId, e.editorId), e);
        if (m.size) tabs.set(tabId, m);
      }
    },
  };
  return store;
}

export type FindingsStore = ReturnType<typeof createFindingsStore>;
