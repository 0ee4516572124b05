/**
 * The heavy half of the in-page assistant, bundled on its own (entrypoints/inpage-engine.ts) and
 * imported by the content script when a page has something to lint. It lints with the settings in
 * force (the organisation's policy over the user's: rules, allowlist, extra terms, site profiles),
 * which its entry keeps up to date through `configure`.
 *
 * @example
 *   const engine = createInpageEngine();
 *   engine.configure({ config: { rules: { sante: 'off' } } });
 *   engine.lint('Elle est diabétique.'); // []
 */
import { lint, registry, shiftFindings, type LintConfig } from '../lint/index.ts';
import { createMessageHandler } from '../messaging/index.ts';
import { DEFAULT_SITE_PROFILES, detectFromPage, matchProfile, type SiteProfile } from '../site-profiles/index.ts';
import { extractReportText } from '../audit/extract.ts';
import { describeLintConfig } from '../audit/settings-summary.ts';
import { explanationFor } from '../../rules/i18n/index.ts';
import type { InpageEngine } from './engine-types.ts';

export interface InpageEngineSettings {
  profiles?: readonly SiteProfile[];
  config?: LintConfig;
}

export function createInpageEngine(initial: InpageEngineSettings = {}): InpageEngine & { configure(next: InpageEngineSettings): void } {
  let profiles = initial.profiles ?? DEFAULT_SITE_PROFILES;
  let config: LintConfig = initial.config ?? {};
  const listeners = new Set<() => void>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });
  if (initial.config) markReady();
  return {
    // `document` is per text: the engine keeps one compiled matcher per settings (lib/lint/engine.ts)
    lint: (text, document) => lint(text, document?.interviewType ? { ...config, document: { interviewType: document.interviewType } } : config),
    shiftFindings,
    createHandler: (handlers) => createMessageHandler(handlers),
    pageInfo(url, doc) {
      const profile = matchProfile(profiles, url);
      return profile ? detectFromPage(profile, doc) : {};
    },
    reportSelector: (url) => matchProfile(profiles, url)?.reportSelector,
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    configure(next) {
      if (next.profiles) profiles = next.profiles;
      if (next.config) config = next.config;
      markReady();
      for (const cb of listeners) cb();
    },
    ready: () => ready,
    reportViewSelector: (url) => matchProfile(profiles, url)?.reportViewSelector,
    // the profile's report view first, else what the person selected, else Readability (issue #5 §1)
    extractReport: (doc, selector) => extractReportText(doc, { selector, preferSelection: true }),
    settingsSummary: () => describeLintConfig(config),
    // the rule's French text tells a finding's own note apart (rules/i18n)
    explanation: (finding, language) => explanationFor(finding, language, (id) => registry.find((r) => r.id === id)?.explanation),
  };
}
