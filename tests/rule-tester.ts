/**
 * Table tests for rules (ESLint RuleTester style, STYLE.md §5):
 *   valid:   sentences on which the rule must stay silent
 *   invalid: sentences with the findings expected (text of each finding, optionally messageId /
 *            category / severity) and, where the rule fixes, the text after applying the first fix
 *            of every finding of the rule.
 * The rule runs through the real engine (normalisation, one-pass matcher) with only itself enabled.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../lib/lint/engine.ts';
import { applyFirstFixes } from '../lib/lint/fixes.ts';
import type { RuleDefinition } from '../lib/lint/rule.ts';
import type { Finding, Severity } from '../lib/lint/types.ts';
import type { LintConfig } from '../lib/lint/engine.ts';

export interface ExpectedError {
  /** exact text of the finding (`input.slice(start, end)`) */
  text: string;
  messageId?: string;
  severity?: Severity;
  category?: string;
  /** [start, end] when the text occurs several times */
  range?: [number, number];
}

export interface InvalidCase {
  text: string;
  errors: Array<ExpectedError | string>;
  /** text after applying the first fix of each finding; omit when the rule offers no fix here */
  output?: string;
  config?: LintConfig;
}

export interface RuleTable {
  valid: Array<string | { text: string; config?: LintConfig }>;
  invalid: InvalidCase[];
}

export function runRule(rule: RuleDefinition, text: string, config?: LintConfig): Finding[] {
  return createEngine([rule]).lint(text, config);
}

export function ruleTester(rule: RuleDefinition, table: RuleTable): void {
  describe(`rule ${rule.id}`, () => {
    describe('valid', () => {
      for (const v of table.valid) {
        const text = typeof v === 'string' ? v : v.text;
        const config = typeof v === 'string' ? undefined : v.config;
        it(text.slice(0, 90), () => {
          const found = runRule(rule, text, config);
          expect(found.map((f) => f.text)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of table.invalid) {
        it(c.text.slice(0, 90), () => {
          const found = runRule(rule, c.text, c.config);
          const expected = c.errors.map((e) => (typeof e === 'string' ? { text: e } : e));
          expect(found.map((f) => f.text)).toEqual(expected.map((e) => e.text));
          found.forEach((f, i) => {
            const e = expected[i];
            expect(c.text.slice(f.start, f.end)).toBe(f.text);
            expect(f.rule).toBe(rule.id);
            if (e.messageId) expect(rule.messages[e.messageId], `message ${e.messageId}`).toBeDefined();
            if (e.messageId) expect(f.message.startsWith(rule.messages[e.messageId].split('{')[0]), `message ${e.messageId}`).toBe(true);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.category) expect(f.category).toBe(e.category);
            if (e.range) expect([f.start, f.end]).toEqual(e.range);
          });
          if (c.output !== undefined) expect(applyFirstFixes(c.text, found)).toBe(c.output);
        });
      }
    });
  });
}
