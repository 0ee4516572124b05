/**
 * English explanations of the rules (issue #6 §4): one per registered rule, no extra id, the same
 * legal articles as the French text; a finding's own note is translated when known and kept
 * otherwise; French stays the finding's own text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.ts';
import { EXPLANATIONS_EN, NOTES_EN, explanationFor } from '../../rules/i18n/index.ts';
import { lint } from '../../lib/lint/index.ts';

const frenchOf = (id: string) => registry.find((r) => r.id === id)?.explanation;
const articles = (s: string) => [...s.matchAll(/art\. ([\d.]+)/g)].map((m) => m[1]).sort();

describe('English explanations', () => {
  it('every registered rule has one, and there is no other id', () => {
    expect(Object.keys(EXPLANATIONS_EN).sort()).toEqual(registry.map((r) => r.id).sort());
  });

  for (const rule of registry) {
    it(`${rule.id}: a real translation, citing the same articles`, () => {
      const en = EXPLANATIONS_EN[rule.id];
      expect(en.trim().length).toBeGreaterThan(40);
      expect(en).not.toBe(rule.explanation);
      expect(articles(en)).toEqual(articles(rule.explanation));
    });
  }

  it('every note a lexicon adds to an explanation has its English', () => {
    const notes = new Set(registry.flatMap((r) => (r.lexicon ?? []).map((e) => e.note).filter((n): n is string => !!n)));
    expect(notes.size).toBeGreaterThan(0);
    for (const n of notes) expect(NOTES_EN[n], n).toBeDefined();
  });

  it("the engine's note on an organisation's extra term has its English", () => {
    const engine = readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'lint', 'engine.ts'), 'utf8');
    const defaults = [...engine.matchAll(/note: e\.note \?\? '([^']+)'/g)].map((m) => m[1]);
    expect(defaults.length).toBeGreaterThan(0);
    for (const n of defaults) expect(NOTES_EN[n], n).toBeDefined();
  });
});

describe('explanationFor', () => {
  const [sante] = lint('Elle est diabétique.').filter((f) => f.rule === 'sante');

  it('French: the finding\'s own text', () => {
    expect(explanationFor(sante, 'fr', frenchOf)).toBe(sante.explanation);
  });

  it('English: the rule\'s English explanation', () => {
    expect(explanationFor(sante, 'en', frenchOf)).toBe(EXPLANATIONS_EN.sante);
    expect(explanationFor(sante, 'en')).toBe(EXPLANATIONS_EN.sante);
  });

  it('a known note is translated, with or without the French rule text', () => {
    // the engine joins a report's note to its rule's explanation with a space (lib/lint/engine.ts)
    const [note, english] = Object.entries(NOTES_EN)[0];
    const arret = { rule: 'handicap-statut', explanation: `${frenchOf('handicap-statut')} ${note}` };
    expect(explanationFor(arret, 'en', frenchOf)).toBe(`${EXPLANATIONS_EN['handicap-statut']} ${english}`);
    expect(explanationFor(arret, 'en')).toBe(`${EXPLANATIONS_EN['handicap-statut']} ${english}`);
  });

  it('an organisation\'s own note is kept as written; its default note is translated', () => {
    const own = { rule: 'sante', explanation: `${frenchOf('sante')} Notez seulement la contrainte.` };
    expect(explanationFor(own, 'en', frenchOf)).toBe(`${EXPLANATIONS_EN.sante} Notez seulement la contrainte.`);
    const plain = { rule: 'sante', explanation: `${frenchOf('sante')} Terme ajouté par votre organisation.` };
    expect(explanationFor(plain, 'en', frenchOf)).toBe(`${EXPLANATIONS_EN.sante} Term added by your organisation.`);
  });

  it('a rule without an English text (an unknown id) keeps the French', () => {
    expect(explanationFor({ rule: 'inconnue', explanation: 'Texte.' }, 'en', frenchOf)).toBe('Texte.');
  });
});
