import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/lint/engine.ts';
import { defineRule } from '../../lib/lint/rule.ts';
import { lexicalCheck } from '../../lib/lint/lexical.ts';

function countingRule() {
  let compiled = 0;
  const rule = defineRule({
    id: 'compte',
    meta: { description: 'Règle de test qui compte ses compilations.', category: 'sante', severity: 'error', fixable: false, references: ['test'] },
    messages: { m: 'terme' },
    explanation: 'Explication de test assez longue pour la forme, sans autre usage ici.',
    get lexicon() { compiled++; return [{ lemma: 'asthme' }]; },
    check(ctx) { lexicalCheck(ctx, { messageId: 'm' }); },
  });
  return { rule, compiled: () => compiled };
}

describe('engine configuration cache', () => {
  it('reuses the compiled lexicons when only the per-text document info changes', () => {
    const { rule, compiled } = countingRule();
    const engine = createEngine([rule]);
    const a = engine.lint('Il a de l’asthme.', { allowlist: ['x'], document: { interviewType: 'diagnostic' } });
    const b = engine.lint('Il a de l’asthme.', { allowlist: ['x'], document: { interviewType: 'premier-accueil' } });
    expect(a.map((f) => f.text)).toEqual(['asthme']);
    expect(b).toEqual(a);
    expect(compiled()).toBe(1);
  });
  it('compiles again when the settings differ', () => {
    const { rule, compiled } = countingRule();
    const engine = createEngine([rule]);
    engine.lint('Il a de l’asthme.', { allowlist: ['x'] });
    expect(engine.lint('Il a de l’asthme.', { allowlist: ['asthme'] })).toEqual([]);
    expect(compiled()).toBe(2);
  });
});
