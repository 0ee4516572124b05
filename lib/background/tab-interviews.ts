/**
 * Which interview a tab shows (issue #3 §2, issue #4 §3): the page's case id, read by the
 * content script through the site profile and hashed at once with the installation's salt, keys
 * the interview (`dossier-<hash>`); without one, the tab does (`onglet-<id>`). The panel, the
 * page's checklist card and the keyboard shortcut thus work on the same record.
 *
 * @example
 *   const tabs = createTabInterviews({ pageInfo: (id) => askFrame0(id), salt: getOrCreateSalt });
 *   const { interviewId, detectedType } = await tabs.resolve(12);
 */
import { hashCaseId, interviewKeyForCase, interviewKeyForTab } from '../db/case-hash.ts';
import type { ResponseOf } from '../messaging/protocol.ts';

export type PageInfo = ResponseOf<'toContentPageInfo'>;

export interface TabInterview {
  interviewId: string;
  /** conductor id read from the page's interview-type field */
  detectedType?: string;
  /** the site profile that matched the page, if any */
  profileId?: string;
}

/** The interview key of a page: its case id's salted hash, or the tab. */
export async function interviewForPage(tabId: number, info: PageInfo | undefined, salt: () => Promise<string>): Promise<TabInterview> {
  const interviewId = info?.caseId ? interviewKeyForCase(await hashCaseId(info.caseId, await salt())) : interviewKeyForTab(tabId);
  return { interviewId, detectedType: info?.interviewType, profileId: info?.profileId };
}

export function createTabInterviews(deps: {
  pageInfo(tabId: number): Promise<PageInfo | undefined>;
  salt(): Promise<string>;
  /** the page now shows another case or interview type than when last asked */
  changed?(tabId: number): void;
}) {
  const byTab = new Map<number, string>();
  const seen = new Map<number, string>();
  return {
    /** Ask the page again (its case or type may have changed) and remember the tab's interview. */
    async resolve(tabId: number): Promise<TabInterview> {
      const r = await interviewForPage(tabId, await deps.pageInfo(tabId).catch(() => undefined), deps.salt);
      byTab.set(tabId, r.interviewId);
      const key = `${r.interviewId}|${r.detectedType ?? ''}`;
      const before = seen.get(tabId);
      seen.set(tabId, key);
      if (before !== undefined && before !== key) deps.changed?.(tabId);
      return r;
    },
    /** The panel bound the tab to an interview. */
    bind(tabId: number, interviewId: string): void {
      byTab.set(tabId, interviewId);
    },
    /** The interview last known for the tab (no page round trip: the keyboard shortcut). */
    known(tabId: number): string {
      return byTab.get(tabId) ?? interviewKeyForTab(tabId);
    },
    /** The tabs showing an interview. */
    tabsOf(interviewId: string): number[] {
      const out = [...byTab].filter(([, id]) => id === interviewId).map(([t]) => t);
      const m = /^onglet-(\d+)$/.exec(interviewId);
      if (m && !out.includes(Number(m[1]))) out.push(Number(m[1]));
      return out;
    },
    forget(tabId: number): void {
      byTab.delete(tabId);
      seen.delete(tabId);
    },
  };
}

export type TabInterviews = ReturnType<typeof createTabInterviews>;
