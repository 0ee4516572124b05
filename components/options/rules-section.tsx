/**
 * Rules (issue #6 §1): on/off and severity of each rule, grouped by category, with what it finds
 * and its legal references; extra terms per category; allowlist; ignored phrases. What the
 * organisation's policy sets is shown locked.
 */
import { useId } from 'react';
import type { Category, Severity } from '../../lib/lint/types.ts';
import { categoryLabel } from '../../lib/i18n/labels.ts';
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';
import { ruleState, setRuleState } from '../../lib/org-settings/rule-settings.ts';
import type { Settings } from '../../lib/org-settings/schema.ts';
import { termKey, type Locks } from '../../lib/org-settings/merge.ts';
import { LineList, LockedNote, Section } from './controls.tsx';
import { useT } from './i18n.ts';
import type { RuleInfo } from './types.ts';

export interface RulesSectionProps {
  rules: readonly RuleInfo[];
  /** settings in force (policy applied) */
  effective: Settings;
  /** the user's own settings */
  user: Settings;
  locks: Locks;
  update(change: (u: Settings) => Settings): void;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function RuleRow({ rule, effective, locked, update }: { rule: RuleInfo; effective: Settings; locked: boolean; update: RulesSectionProps['update'] }) {
  const t = useT();
  const base = useId();
  const state = ruleState(effective.rules.rules?.[rule.id], rule);
  // from the stored value, not the rendered one: two quick changes (severity, then off) both land
  const set = (change: Partial<{ enabled: boolean; severity: Severity }>) =>
    update((u) => ({ ...u, rules: { ...u.rules, rules: setRuleState(u.rules.rules, rule.id, { ...ruleState(u.rules.rules?.[rule.id], rule), ...change }, rule) } }));
  const describedBy = [`${base}-desc`, locked ? `${base}-lock` : ''].filter(Boolean).join(' ');
  const severityLabel: Record<Severity, string> = { error: t('options_severity_error'), warning: t('options_severity_warning'), info: t('options_severity_info') };
  return (
    <li className="rule" data-rule={rule.id}>
      <div className="rule-head">
        <input id={`${base}-on`} type="checkbox" checked={state.enabled} disabled={locked} aria-describedby={describedBy}
          onChange={(e) => set({ enabled: e.target.checked })} />
        <label htmlFor={`${base}-on`} className="rule-name">{t('options_rule_enabled', { rule: rule.id })}</label>
        <label htmlFor={`${base}-sev`} className="visually-hidden">{t('options_rule_severity', { rule: rule.id })}</label>
        <select id={`${base}-sev`} value={state.severity} disabled={locked} aria-describedby={describedBy}
          onChange={(e) => set({ severity: e.target.value as Severity })}>
          {SEVERITIES.map((s) => <option key={s} value={s}>{severityLabel[s]}{s === rule.severity ? ` ${t('options_default_mark')}` : ''}</option>)}
        </select>
        {locked && <LockedNote id={`${base}-lock`} />}
      </div>
      <p id={`${base}-desc`} className="rule-desc">{rule.description}</p>
      {rule.references.length > 0 && <p className="hint">{t('options_rule_references')} {rule.references.join(' ; ')}</p>}
    </li>
  );
}

const termText = (t: string | LexiconEntry) => (typeof t === 'string' ? t : t.lemma);

function LockedList({ title, items }: { title: string; items: readonly string[] }) {
  const id = useId();
  if (!items.length) return null;
  return (
    <div className="locked-list">
      <p id={id}>{title} <LockedNote id={`${id}-lock`} /></p>
      <ul aria-labelledby={id}>{items.map((i) => <li key={i}>{i}</li>)}</ul>
    </div>
  );
}

export function RulesSection({ rules, effective, user, locks, update }: RulesSectionProps) {
  const t = useT();
  const categories = [...new Set(rules.map((r) => r.category))];
  const termCategories = categories.filter((c) => rules.some((r) => r.category === c && r.lexicon));
  const managedTerms = (c: Category) => (effective.rules.extraTerms?.[c] ?? []).filter((x) => locks.extraTerms.get(c)?.has(termKey(x)) ?? false).map(termText);
  const lockedOf = (list: readonly string[] | undefined, locked: Set<string>) => (list ?? []).filter((x) => locked.has(termKey(x)));

  return (
    <Section id="regles" title={t('options_rules_title')} intro={t('options_rules_intro')}>
      {categories.map((c) => (
        <fieldset key={c} className="category">
          <legend>{categoryLabel(t, c)}</legend>
          <ul className="rules">
            {rules.filter((r) => r.category === c).map((r) => (
              <RuleRow key={r.id} rule={r} effective={effective} locked={locks.rules.has(r.id)} update={update} />
            ))}
          </ul>
        </fieldset>
      ))}

      <h3>{t('options_terms_title')}</h3>
      <p className="hint">{t('options_terms_intro')}</p>
      {termCategories.map((c) => {
        const own = user.rules.extraTerms?.[c] ?? [];
        const detailed = own.filter((x) => typeof x !== 'string');
        return (
          <div key={c} className="terms">
            <LockedList title={t('options_terms_managed', { category: categoryLabel(t, c) })} items={managedTerms(c)} />
            <LineList
              label={t('options_terms_label', { category: categoryLabel(t, c) })}
              hint={detailed.length ? t('options_terms_detailed', { count: detailed.length }) : undefined}
              value={own.filter((x): x is string => typeof x === 'string')}
              onCommit={(lines) => update((u) => {
                const extra = { ...(u.rules.extraTerms ?? {}) };
                const kept = (extra[c] ?? []).filter((x) => typeof x !== 'string');
                const next = [...lines, ...kept];
                if (next.length) extra[c] = next; else delete extra[c];
                return { ...u, rules: { ...u.rules, extraTerms: extra } };
              })}
            />
          </div>
        );
      })}

      <h3>{t('options_allowlist_title')}</h3>
      <LockedList title={t('options_allowlist_managed')} items={lockedOf(effective.rules.allowlist, locks.allowlist)} />
      <LineList label={t('options_allowlist_label')} hint={t('options_allowlist_hint')} value={user.rules.allowlist ?? []}
        onCommit={(lines) => update((u) => ({ ...u, rules: { ...u.rules, allowlist: lines } }))} />

      <h3>{t('options_ignored_title')}</h3>
      <LockedList title={t('options_ignored_managed')} items={lockedOf(effective.rules.ignoredPhrases, locks.ignoredPhrases)} />
      <LineList label={t('options_ignored_label')} hint={t('options_ignored_hint')} value={user.rules.ignoredPhrases ?? []}
        onCommit={(lines) => update((u) => ({ ...u, rules: { ...u.rules, ignoredPhrases: lines } }))} />
    </Section>
  );
}
