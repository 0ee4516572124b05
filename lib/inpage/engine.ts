/**
 * The heavy half of the in-page assistant, bundled on its own (entrypoints/inpage-engine.ts) and
 * imported by the content script when a page has something to lint.
 *
 * @example
 *   const engine = createInpageEngine();
 *   engine.lint('Elle est diabétique.'); // [{ rule: 'sante', … }]
 */
import { lint, shiftFindings } from '../lint/index.ts';
import { createMessageHandler } from '../messaging/index.ts';
import { DEFAULT_SITE_PROFILES, detectFromPage, matchProfile, type SiteProfile } from '../site-profiles/index.ts';
import type { InpageEngine } from './engine-types.ts';

export function createInpageEngine(profiles: readonly SiteProfile[] = DEFAULT_SITE_PROFILES): InpageEngine {
  return {
    lint: (text) => lint(text),
    shiftFindings,
    createHandler: (handlers) => createMessageHandler(handlers),
    pageInfo(url, doc) {
      const profile = matchProfile(profiles, url);
      return profile ? detectFromPage(profile, doc) : {};
    },
    reportSelector: (url) => matchProfile(profiles, url)?.reportSelector,
  };
}
