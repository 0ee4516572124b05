/**
 * The lint settings an audit ran with, as the audit history records them (issue #5 §1 and §2:
 * "date, source, settings, aggregates"). Rule states are kept whole (which rules were off, which
 * severities were changed), so two audits can be compared; the organisation's lists (extra terms,
 * allowlist, ignored phrases) are counted, not copied: an allowlist may name people or places, and
 * the history must not become a copy of them (RGPD art. 5.1.c).
 *
 * @example
 *   describeLintConfig({ rules: { sante: 'off', email: { severity: 'info' } }, allowlist: ['France Travail'] });
 *   // { rules: { email: 'info', sante: 'off' }, extraTerms: {}, allowlist: 1, ignoredPhrases: 0 }
 */
import type { LintConfig } from '../lint/engine.ts';
import type { Category, Severity } from '../lint/types.ts';

export type RuleState = 'off' | 'on' | Severity;

export interface LintSettingsSummary {
  /** rule id → off, on, or the severity set (rule options are not recorded); rules left as default are absent */
  rules: Record<string, RuleState>;
  /** number of extra terms per category */
  extraTerms: Partial<Record<Category, number>>;
  allowlist: number;
  ignoredPhrases: number;
}

/** Summary of a lint configuration; `undefined` is the default rules (an empty summary). */
export function describeLintConfig(config: LintConfig | undefined): LintSettingsSummary {
  const rules: Record<string, RuleState> = {};
  for (const id of Object.keys(config?.rules ?? {}).sort()) {
    const s = config!.rules![id];
    if (typeof s === 'string') rules[id] = s;
    else if (s.enabled === false) rules[id] = 'off';
    else rules[id] = s.severity ?? 'on';
  }
  const extraTerms: Partial<Record<Category, number>> = {};
  for (const [cat, terms] of Object.entries(config?.extraTerms ?? {}) as Array<[Category, unknown[] | undefined]>) {
    if (terms?.length) extraTerms[cat] = terms.length;
  }
  return { rules, extraTerms, allowlist: config?.allowlist?.length ?? 0, ignoredPhrases: config?.ignoredPhrases?.length ?? 0 };
}
