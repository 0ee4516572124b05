/**
 * What "Auditer cette page" needs from the browser (issue #5 §1), as plain functions for
 * components/page-audit: the typed messages to the tab's top frame (validated both ways by
 * lib/messaging) and the audit history (Dexie database `cadre-audits`, opened by this extension
 * page as by the audit page).
 */
import { createAuditDb, createAuditRepository, type AuditRepository, type SaveAuditInput } from '../../lib/db/audits.ts';
import { sendMessage, type MessageName, type RequestOf, type ResponseOf } from '../../lib/messaging/index.ts';
import type { PageAuditServices } from '../../components/page-audit/page-audit-panel.tsx';

export function createPageAuditServices(): { forTab(tabId: number): PageAuditServices } {
  let repo: AuditRepository | undefined;
  // the report view is read by the top frame's content script (frame 0), which alone answers
  const toTop = <N extends MessageName>(tabId: number, name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> =>
    sendMessage((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }), name, payload);
  const version = browser.runtime.getManifest().version;
  return {
    forTab: (tabId) => ({
      audit: () => toTop(tabId, 'toContentAuditPage', {}),
      reveal: (index) => toTop(tabId, 'toContentAuditReveal', { index }),
      clear: () => toTop(tabId, 'toContentAuditClear', {}),
      save(input: SaveAuditInput) {
        repo ??= createAuditRepository(createAuditDb());
        return repo.save(input, Date.now());
      },
      now: () => Date.now(),
      version,
    }),
  };
}
