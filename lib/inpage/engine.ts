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

/**
 * A short report through the common paths of the engine (lexicon terms, first person, a phone, an
 * e-mail), linted once in idle time whenever the settings arrive: the page's first lint then finds
 * the trie loaded for these settings and the rules compiled, instead of paying ~100 ms at the
 * person's first keystroke. Nothing of it is kept.
 */
const WARM_UP_TEXT = "Entretien de suivi. Je suis suivie pour un diabète et j'ai des dettes de loyer. Nous avons convenu d'un atelier. " +
  'Il est très motivé. Tél. 06 12 34 56 78, mél. prenom.nom@exemple.fr, 12 rue des Lilas 75011 Paris.';

/** Run a job when the page is idle (within 2 s), or soon where idle callbacks do not exist. */
const onIdle = (job: () => void) => {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => unknown };
  if (g.requestIdleCallback) g.requestIdleCallback(job, { timeout: 2000 });
  else setTimeout(job, 0);
};

export function createInpageEngine(
  initial: InpageEngineSettings = {},
  idle: (job: () => void) => void = onIdle,
): InpageEngine & { configure(next: InpageEngineSettings): void } {
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
      const settings = config;
      idle(() => { try { lint(WARM_UP_TEXT, settings); } catch { /* a warm-up never breaks the page */ } });
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
