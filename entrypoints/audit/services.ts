/**
 * What the audit page needs from the browser, as plain functions (components stay free of browser
 * APIs): the Web Worker, the audit history (Dexie, database `cadre-audits`), the settings'
 * retention period, downloads, the engine for the drill-down view and the lint configuration of
 * the settings in force (issue #5 §2).
 */
import { createAuditDb, createAuditRepository } from '../../lib/db/audits.ts';
import { registry } from '../../lib/lint/index.ts';
import { loadSettings } from '../../lib/settings/storage.ts';
import { getEffectiveLintConfig } from '../../lib/org-settings/storage.ts';
import type { LintConfig } from '../../lib/lint/engine.ts';
import { createTypedLinter } from '../../lib/audit/lint-report.ts';
import type { SessionRequest, SessionResponse } from '../../lib/audit/session.ts';
import type { AuditServices } from '../../components/audit/audit-app.tsx';
// Vite bundles the worker as its own file of the extension (allowed by the MV3 page CSP)
import AuditWorker from './worker.ts?worker';

export function createAuditServices(): AuditServices {
  const worker: Worker = new AuditWorker({ name: 'cadre-audit' });
  const listeners = new Set<(m: SessionResponse) => void>();
  worker.addEventListener('message', (e: MessageEvent<SessionResponse>) => { for (const l of listeners) l(e.data); });
  // small write chunks: each bulkAdd clones its rows on the page's thread
  const repo = createAuditRepository(createAuditDb(), { writeChunk: 500 });
  // the settings in force (policy over user), read at each run: the drill-down re-lints with the last one read
  let config: LintConfig = {};
  // the worker's code path (lib/audit/lint-report.ts): with the report's interview type, so the
  // drill-down shows the completeness findings the table counts
  let typedLint = createTypedLinter(config);
  const lintConfig = async () => {
    try {
      config = await getEffectiveLintConfig({ knownRules: registry });
    } catch {
      // unreadable settings are repaired on read; this is storage itself failing: the defaults
      config = {};
    }
    typedLint = createTypedLinter(config);
    return config;
  };
  void lintConfig();
  return {
    post: (msg: SessionRequest) => worker.postMessage(msg),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    repo,
    lint: (text, type) => typedLint(text, type),
    lintConfig,
    initialTab: location.hash === '#historique' ? 'history' : 'audit',
    rules: registry,
    version: browser.runtime.getManifest().version,
    now: () => Date.now(),
    async retentionDays() {
      try {
        return (await loadSettings()).retentionDays;
      } catch {
        return 30;
      }
    },
    download(name, parts, type) {
      const url = URL.createObjectURL(new Blob(parts, { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
