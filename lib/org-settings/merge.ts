/**
 * The organisation's policy over the user's settings (issue #6 §2): what the administrator sets
 * takes precedence and is locked in the options page. Pure.
 *
 * - lists (sites, allowlist, ignored phrases, extra terms of a category): the policy's elements
 *   come first and are locked; the user's own elements are kept;
 * - records (rule settings, timer durations, site profiles by id): the policy's entries replace
 *   the user's of the same key and are locked; the user's other entries are kept;
 * - single values (imported conductors, notifications, retention): the policy's value replaces
 *   the user's and is locked.
 *
 * @example
 *   const { settings, locks } = mergeManaged(user, { rules: { rules: { sante: { severity: 'error' } } } });
 *   locks.rules.has('sante') // true: the options page disables the rule's controls
 */
import type { LintConfig } from '../lint/engine.ts';
import type { LexiconEntry } from '../lint/lexicon.ts';
import type { Category } from '../lint/types.ts';
import { fold } from '../lint/normalize.ts';
import type { Conductor } from '../conductors/schema.ts';
import type { PartialSettings } from './layers.ts';
import type { PhaseDurations, Settings } from './schema.ts';

export interface Locks {
  origins: Set<string>;
  /** site profile ids */
  profiles: Set<string>;
  /** rule ids */
  rules: Set<string>;
  /** category → folded terms set by the policy */
  extraTerms: Map<string, Set<string>>;
  allowlist: Set<string>;
  ignoredPhrases: Set<string>;
  /** the conductor list itself (import, reset) */
  conductors: boolean;
  /** conductor ids whose durations the policy sets */
  durations: Set<string>;
  notifications: boolean;
  retentionDays: boolean;
}

export function noLocks(): Locks {
  return {
    origins: new Set(), profiles: new Set(), rules: new Set(), extraTerms: new Map(), allowlist: new Set(),
    ignoredPhrases: new Set(), conductors: false, durations: new Set(), notifications: false, retentionDays: false,
  };
}

/** The folded text of a term, for comparing user and policy terms. */
export const termKey = (t: string | LexiconEntry): string => fold(typeof t === 'string' ? t : t.lemma).trim();

function unionList<T>(managed: readonly T[] | undefined, user: readonly T[] | undefined, key: (t: T) => string): { list: T[]; locked: Set<string> } {
  const locked = new Set((managed ?? []).map(key));
  const list = [...(managed ?? [])];
  for (const t of user ?? []) if (!locked.has(key(t))) list.push(t);
  return { list, locked };
}

/** Merge the policy over the user's settings; `managed` has been read by `readManagedPolicy`. */
export function mergeManaged(user: Settings, managed: PartialSettings): { settings: Settings; locks: Locks } {
  const locks = noLocks();
  const s = structuredClone(user);
  const m = managed;

  if (m.sites?.origins) {
    const r = unionList(m.sites.origins, user.sites.origins, (o) => o);
    s.sites.origins = r.list;
    locks.origins = r.locked;
  }
  if (m.sites?.profiles) {
    const r = unionList(m.sites.profiles, user.sites.profiles, (p) => p.id);
    s.sites.profiles = r.list;
    locks.profiles = r.locked;
  }

  const mr = m.rules;
  if (mr?.rules) {
    s.rules.rules = { ...(user.rules.rules ?? {}), ...mr.rules };
    locks.rules = new Set(Object.keys(mr.rules));
  }
  if (mr?.extraTerms) {
    const merged: NonNullable<LintConfig['extraTerms']> = { ...(user.rules.extraTerms ?? {}) };
    for (const [cat, terms] of Object.entries(mr.extraTerms) as Array<[Category, Array<string | LexiconEntry>]>) {
      const r = unionList(terms, user.rules.extraTerms?.[cat], termKey);
      merged[cat] = r.list;
      locks.extraTerms.set(cat, r.locked);
    }
    s.rules.extraTerms = merged;
  }
  if (mr?.allowlist) {
    const r = unionList(mr.allowlist, user.rules.allowlist, (t) => fold(t).trim());
    s.rules.allowlist = r.list;
    locks.allowlist = r.locked;
  }
  if (mr?.ignoredPhrases) {
    const r = unionList(mr.ignoredPhrases, user.rules.ignoredPhrases, (t) => fold(t).trim());
    s.rules.ignoredPhrases = r.list;
    locks.ignoredPhrases = r.locked;
  }

  const mc = m.conductors;
  if (mc?.imported !== undefined) { s.conductors.imported = structuredClone(mc.imported); locks.conductors = true; }
  if (mc?.durations) {
    s.conductors.durations = { ...user.conductors.durations, ...mc.durations };
    locks.durations = new Set(Object.keys(mc.durations));
  }
  if (mc?.notifications !== undefined) { s.conductors.notifications = mc.notifications; locks.notifications = true; }
  if (m.data?.retentionDays !== undefined) { s.data.retentionDays = m.data.retentionDays; locks.retentionDays = true; }
  return { settings: s, locks };
}

/** The rule that checks a report against its conductor (rules/completude.ts): it takes them as an option. */
const COMPLETENESS_RULE = 'completude';

/**
 * The lint configuration of the effective settings: what the engine receives in the page, the
 * panel and `cadre lint --config` (empty parts left out). Imported conductors reach the
 * completeness rule as its `conducteurs` option, unless the rules already set that option.
 */
export function lintConfigOf(settings: Pick<Settings, 'rules'> & { conductors?: Pick<Settings['conductors'], 'imported'> }): LintConfig {
  const r = settings.rules;
  const out: LintConfig = {};
  const rules: NonNullable<LintConfig['rules']> = { ...(r.rules ?? {}) };
  const imported = settings.conductors?.imported?.conducteurs;
  const current = rules[COMPLETENESS_RULE];
  if (imported && current !== 'off' && !(typeof current === 'object' && current.options && 'conducteurs' in current.options)) {
    const base = current === undefined ? {} : typeof current === 'object' ? current : current === 'on' ? { enabled: true } : { severity: current };
    rules[COMPLETENESS_RULE] = { ...base, options: { ...(typeof current === 'object' ? current.options : {}), conducteurs: imported } };
  }
  if (Object.keys(rules).length) out.rules = rules;
  const terms = Object.entries(r.extraTerms ?? {}).filter(([, t]) => t && t.length);
  if (terms.length) out.extraTerms = Object.fromEntries(terms);
  if (r.allowlist?.length) out.allowlist = [...r.allowlist];
  if (r.ignoredPhrases?.length) out.ignoredPhrases = [...r.ignoredPhrases];
  return out;
}

/**
 * The effective lint configuration (pure): the user's settings under the organisation's policy.
 *
 * @example
 *   lint(text, effectiveLintConfig(user, managed));
 */
export function effectiveLintConfig(user: Settings, managed: PartialSettings = {}): LintConfig {
  return lintConfigOf(mergeManaged(user, managed).settings);
}

/** Conductors with the timer durations of the settings applied (same array when nothing changes). */
export function applyDurations(conductors: Conductor[], durations: Record<string, PhaseDurations>): Conductor[] {
  if (!Object.keys(durations).length) return conductors;
  return conductors.map((c) => {
    const d = durations[c.id];
    if (!d) return c;
    return { ...c, phases: c.phases.map((p) => (d[p.id] ? { ...p, dureeMinutes: d[p.id]! } : p)) };
  });
}
