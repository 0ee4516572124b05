/** A rule's on/off and severity in the options page, written in the shortest form the engine reads the same way. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../lib/lint/engine.ts';
import { defineRule } from '../../lib/lint/rule.ts';
import { ruleState, setRuleState, type RuleDefaults } from '../../lib/org-settings/index.ts';
import type { RuleSetting } from '../../lib/lint/engine.ts';

const ON: RuleDefaults = { severity: 'warning' };
const OFF: RuleDefaults = { severity: 'info', defaultOff: true };

describe('rule settings', () => {
  it('reads every form of a setting', () => {
    expect(ruleState(undefined, ON)).toEqual({ enabled: true, severity: 'warning' });
    expect(ruleState(undefined, OFF)).toEqual({ enabled: false, severity: 'info' });
    expect(ruleState('off', ON)).toEqual({ enabled: false, severity: 'warning' });
    expect(ruleState('on', OFF)).toEqual({ enabled: true, severity: 'info' });
    expect(ruleState('error', ON)).toEqual({ enabled: true, severity: 'error' });
    expect(ruleState({ severity: 'error' }, OFF)).toEqual({ enabled: true, severity: 'error' });
    expect(ruleState({ enabled: false, severity: 'error' }, ON)).toEqual({ enabled: false, severity: 'error' });
  });

  it('writes the shortest form, and nothing when the rule is as shipped', () => {
    expect(setRuleState({ a: 'off' }, 'a', { enabled: true, severity: 'warning' }, ON)).toEqual({});
    expect(setRuleState({}, 'a', { enabled: false, severity: 'warning' }, ON)).toEqual({ a: 'off' });
    expect(setRuleState({}, 'a', { enabled: true, severity: 'error' }, ON)).toEqual({ a: 'error' });
    expect(setRuleState({}, 'a', { enabled: true, severity: 'info' }, OFF)).toEqual({ a: 'on' });
    expect(setRuleState({ b: 'off' }, 'a', { enabled: false, severity: 'info' }, OFF)).toEqual({ b: 'off' });
  });

  it('keeps the options of a rule', () => {
    const rules = { a: { options: { x: 1 } } };
    expect(setRuleState(rules, 'a', { enabled: false, severity: 'error' }, ON)).toEqual({ a: { enabled: false, severity: 'error', options: { x: 1 } } });
    expect(rules).toEqual({ a: { options: { x: 1 } } });
  });

  it('what is written reads back as what was chosen, for the engine too (property)', () => {
    const severities = ['error', 'warning', 'info'] as const;
    fc.assert(fc.property(fc.boolean(), fc.constantFrom(...severities), fc.boolean(), fc.constantFrom(...severities), (enabled, severity, defaultOff, shipped) => {
      const rule: RuleDefaults = { severity: shipped, defaultOff };
      const rules = setRuleState({}, 'r', { enabled, severity }, rule);
      expect(ruleState(rules.r as RuleSetting | undefined, rule)).toEqual({ enabled, severity });
      // the engine: the rule reports (or not) at the chosen severity
      const r = defineRule({
        id: 'r', meta: { description: 'x', category: 'style', severity: shipped, fixable: false, references: [], defaultOff },
        messages: { m: 'm' }, explanation: 'x', check(ctx) { ctx.report({ start: 0, end: 1, messageId: 'm' }); },
      });
      const found = createEngine([r]).lint('x', { rules });
      expect(found.map((f) => f.severity)).toEqual(enabled ? [severity] : []);
    }));
  });
});
