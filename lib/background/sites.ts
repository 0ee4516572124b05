/**
 * Keeps the content script registration in step with the sites the user enabled (issue #4 §1):
 * on start, when a permission is granted or given back, when a site is switched on or off. A site
 * just enabled gets the script at once in its open tabs (no reload, nothing typed is lost); a tab
 * that already runs it is left alone.
 *
 * @example
 *   const sites = createSiteSync({ registry, grantedOrigins, disabledSites, openTabs, hasContentScript, inject });
 *   browser.permissions.onAdded.addListener(() => void sites.sync({ inject: true }));
 */
import { patternMatchesUrl } from '../permissions/index.ts';
import type { Registration } from './registration.ts';

export interface SiteSyncDeps {
  registry: { sync(granted: readonly string[], disabled: readonly string[]): Promise<Registration> };
  grantedOrigins(): Promise<string[]>;
  disabledSites(): Promise<string[]>;
  /** open tabs whose URL matches one of the patterns (`tabs.query({ url })`: needs the host permission, which they have) */
  openTabs(patterns: string[]): Promise<Array<{ id?: number; url?: string }>>;
  /** does the tab's top frame already run the content script? */
  hasContentScript(tabId: number): Promise<boolean>;
  /** run the content script in every frame of the tab */
  inject(tabId: number): Promise<void>;
}

export function createSiteSync(deps: SiteSyncDeps) {
  return {
    /** Register for what is granted and not switched off; with `inject`, bring it to the open tabs. */
    async sync(opts: { inject?: boolean } = {}): Promise<{ registration: Registration; injected: number[] }> {
      const registration = await deps.registry.sync(await deps.grantedOrigins(), await deps.disabledSites());
      const injected: number[] = [];
      if (opts.inject && registration.matches.length) {
        const tabs = await deps.openTabs(registration.matches).catch(() => []);
        for (const tab of tabs) {
          if (tab.id === undefined || !tab.url) continue;
          if (registration.excludeMatches.some((p) => patternMatchesUrl(p, tab.url!))) continue;
          if (await deps.hasContentScript(tab.id)) continue;
          try { await deps.inject(tab.id); injected.push(tab.id); } catch { /* a tab closed or navigating meanwhile */ }
        }
      }
      return { registration, injected };
    },
  };
}
