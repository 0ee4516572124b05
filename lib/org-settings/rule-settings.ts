/**
 * A rule's setting as the options page shows it (on/off and a severity) and back, in the shortest
 * form the lint configuration accepts: nothing when the rule is as shipped, `'off'`, a severity,
 * or an object when the rule also has options. Pure.
 *
 * @example
 *   ruleState(undefined, { severity: 'error' })                // { enabled: true, severity: 'error' }
 *   setRuleState({}, 'sante', { enabled: false, severity: 'error' }, { severity: 'error' }) // { sante: 'off' }
 */
import type { RuleSetting } from '../lint/engine.ts';
import type { Severity } from '../lint/types.ts';

export interface RuleDefaults {
  severity: Severity;
  defaultOff?: boolean;
}

export interface RuleState {
  enabled: boolean;
  severity: Severity;
}

/** How the engine reads a setting (lib/lint/engine.ts `build`). */
export function ruleState(setting: RuleSetting | undefined, rule: RuleDefaults): RuleState {
  const state: RuleState = { enabled: !rule.defaultOff, severity: rule.severity };
  if (setting === undefined) return state;
  if (setting === 'off') return { ...state, enabled: false };
  if (setting === 'on') return { ...state, enabled: true };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  return { enabled: setting.enabled ?? true, severity: setting.severity ?? rule.severity };
}

/** The rules record with `id` set to `state` (a new object; the rule's options are kept). */
export function setRuleState(rules: Record<string, RuleSetting> | undefined, id: string, state: RuleState, rule: RuleDefaults): Record<string, RuleSetting> {
  const out = { ...(rules ?? {}) };
  const current = out[id];
  const options = typeof current === 'object' ? current.options : undefined;
  const asShipped = state.enabled === !rule.defaultOff && state.severity === rule.severity;
  if (options) {
    out[id] = { enabled: state.enabled, ...(state.severity !== rule.severity ? { severity: state.severity } : {}), options };
  } else if (asShipped) {
    delete out[id];
  } else if (!state.enabled) {
    // a chosen severity survives switching the rule off and on again
    out[id] = state.severity !== rule.severity ? { enabled: false, severity: state.severity } : 'off';
  } else {
    out[id] = state.severity !== rule.severity ? state.severity : 'on';
  }
  return out;
}
