/**
 * What the options page needs from the browser: the settings storage (lib/org-settings/storage),
 * the host permissions of each site, downloads, and the databases to erase.
 */
import { registry } from '../../rules/index.ts';
import { applySettingsFile, parseSettingsFile } from '../../lib/org-settings/file.ts';
import { loadSettingsState, updateUserSettings, watchSettings } from '../../lib/org-settings/storage.ts';
import { createDb, createInterviewRepository } from '../../lib/db/index.ts';
import { createAuditDb, createAuditRepository } from '../../lib/db/audits.ts';
import { saltItem } from '../../lib/settings/storage.ts';
import { DEMO_SITE_PATTERNS } from '../../lib/permissions/index.ts';
import { urlMatches } from '../../lib/site-profiles/index.ts';
import { probeSelectorsInPage, probeSpecs, readProbe, type ProbeField, type ProbeResult } from '../../lib/org-settings/profile-probe.ts';
import type { OptionsServices } from '../../components/options/types.ts';

export function createOptionsServices(): OptionsServices {
  const opts = { knownRules: registry };
  return {
    load: () => loadSettingsState(opts),
    watch: watchSettings,
    async update(change) {
      await updateUserSettings(change, opts);
    },
    async importSettings(text) {
      // validated whole before anything is written; one write when valid
      const r = parseSettingsFile(text, registry);
      if (!r.ok) return r.errors;
      await updateUserSettings((u) => applySettingsFile(u, r.value), opts);
      return [];
    },
    download(fileName, content) {
      const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    requiredOrigins: DEMO_SITE_PATTERNS,
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
    removeOrigin: (pattern) => browser.permissions.remove({ origins: [pattern] }),
    watchPermissions(onChange) {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
      return () => {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      };
    },
    async testProfile(profile, knownTypes) {
      try {
        // tabs show their address only on sites Cadre may access: those are the ones to test
        const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.url && profile.urls.some((u) => urlMatches(u, t.url!)));
        const tab = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
        if (!tab) return { ok: false, reason: 'no-tab' };
        const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id! }, func: probeSelectorsInPage, args: [probeSpecs(profile)] });
        const results = (injection?.result ?? {}) as Partial<Record<ProbeField, ProbeResult>>;
        return { ok: true, tab: tab.title || tab.url!, rows: readProbe(profile, results, knownTypes) };
      } catch (err) {
        return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
      }
    },
    async deleteAllData() {
      await createInterviewRepository(createDb()).clearAll();
      await createAuditRepository(createAuditDb()).clearAll();
      // case hashes were salted with it: a new one is drawn at the next interview
      await saltItem.setValue('');
    },
  };
}
