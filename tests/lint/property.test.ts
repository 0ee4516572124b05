/**
 * Property tests (issue #2 §7): on random input — full Unicode, lone surrogates, control
 * characters, French report sentences built from a word list with sensitive terms and identifiers
 * — `lint` never throws, every finding slices to its text, offsets and fixes stay in range, and the
 * output is deterministic. A 10 MB report completes with the same invariants (no timing assertion:
 * speed is measured by `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint } from '../../lib/lint/index.ts';
import { createEngine } from '../../lib/lint/engine.ts';
import { defineRule } from '../../lib/lint/rule.ts';
import { lexicalCheck } from '../../lib/lint/lexical.ts';
import { applyFirstFixes } from '../../lib/lint/fixes.ts';
import { fold, normalize } from '../../lib/lint/normalize.ts';
import { createDocument } from '../../lib/lint/document.ts';
import type { Finding } from '../../lib/lint/types.ts';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function checkFindings(text: string, findings: Finding[]): void {
  let prevStart = 0;
  for (const f of findings) {
    if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) throw new Error(`range ${f.rule} [${f.start}, ${f.end}) in ${text.length}`);
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`${f.rule}: text ${JSON.stringify(f.text)} ≠ slice ${JSON.stringify(text.slice(f.start, f.end))}`);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) throw new Error(`${f.rule}: non-integer offsets`);
    if (!SEVERITIES.has(f.severity)) throw new Error(`${f.rule}: severity ${f.severity}`);
    if (typeof f.message !== 'string' || !f.message) throw new Error(`${f.rule}: empty message`);
    if (f.start < prevStart) throw new Error('findings not sorted');
    prevStart = f.start;
    for (const x of f.fixes) {
      if (!(x.start >= 0 && x.start <= x.end && x.end <= text.length)) throw new Error(`${f.rule}: fix [${x.start}, ${x.end}) in ${text.length}`);
      if (typeof x.replacement !== 'string') throw new Error(`${f.rule}: fix replacement`);
    }
  }
}

function checkNormalized(text: string): void {
  const n = normalize(text);
  if (n.map.length !== n.norm.length + 1 || n.map[n.norm.length] !== text.length) throw new Error('map length');
  for (let j = 0; j < n.norm.length; j++) {
    if (n.map[j] < 0 || n.map[j] >= text.length || (j > 0 && n.map[j] < n.map[j - 1])) throw new Error(`map[${j}] = ${n.map[j]}`);
  }
}

function lintChecked(text: string): Finding[] {
  const findings = lint(text);
  checkFindings(text, findings);
  return findings;
}

// --- generators -------------------------------------------------------------------------------

/** Any UTF-16 code unit: lone surrogates, controls, private use, everything. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((cs) => String.fromCharCode(...cs));

/** Code units that stress the normaliser: separators, marks, quotes, apostrophes, invisibles. */
const TRICKY = [
  '.', '·', '•', '(', ')', 'e', 'es', 's', 'rice', "'", '’', 'ʼ', '"', '«', '»', '“', '”', '-', '\u2011', ' ', '\u00a0', '\u202f',
  '\u200b', '\u00ad', '\ufeff', '\r', '\n', '\r\n', '\t', '\u0301', '\u0300', 'é', 'É', 'œ', 'Œ', 'ß', 'İ', 'Ł', '@', '[at]', ' at ',
  '😀', '\ud800', '\udc00', '\u0000', '\u0085', '\u2028', '…', '?', '!', ':', ';', ',', '0', '7', '%', '+', 'M.', 'n°',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 120 }).map((xs) => xs.join(''));

/** Words and phrases of French interview reports, sensitive terms and identifiers included. */
const PROSE = [
  "l'adhérent", "l'adhérente", "l'adhérent·e", 'inscrit(e)', 'Monsieur', 'Madame', 'M.', 'Mme', 'il', 'elle', 'vous', 'nous', 'je', "j'ai", "m'a",
  'mon', 'ma', 'mes', 'moi', 'Je', 'JE', 'a', 'est', 'sont', 'était', 'souhaite', 'recherche', 'un', 'une', 'poste', 'emploi', 'de', 'la', 'le',
  'les', 'en', 'dans', 'le secteur de la santé', 'formation', 'cariste', 'aide-soignant', 'CACES', 'permis B', 'entretien', 'rendez-vous',
  'diabète', 'diabétique', 'dépression', 'dépressive', 'RQTH', 'AAH', 'MDPH', 'arrêt maladie', 'inapte', 'enceinte', 'cancer', 'burn-out',
  'hernie discale', 'schizophrène', 'alcool', 'sous traitement', 'musulman', 'pratiquante', 'ramadan', 'catholique', 'syndiqué', 'CGT',
  'militant', 'homosexuel', 'casier judiciaire', 'incarcéré', 'condamné', 'sursis', 'surendettement', 'dossier Banque de France',
  'divorcée', 'violences conjugales', 'garde des enfants', 'origine marocaine', 'sans papiers', 'paresseux', 'pas motivé',
  'aucune contrainte de santé', 'casier judiciaire vierge', 'ni dette ni crédit',
];
const IDENTIFIERS = [
  '06 12 34 56 78', '+33 6 12 34 56 78', '0033 (0)6.12.34.56.78', 'jean.dupont@gmail.com', 'marie [at] exemple [dot] fr',
  '1 85 05 78 006 084 36', '2 90 12 2A 123 456 78', 'FR76 3000 6000 0112 3456 7890 189', 'fr7630006000011234567890189',
  '4970 1012 3456 7890', '4111 1111 1111 1111', 'SIRET 732 829 320 00074', 'né le 12/03/1985', 'rendez-vous le 12/03/2025',
  '12 rue des Lilas', '75011 Paris', 'passeport n° 12AB34567', 'identifiant France Travail 1234567A',
];
const PUNCTUATION = [
  '.', ',', ';', ':', '!', '?', '…', '«', '»', '"', '(', ')', '-', '–', '\n', '\r\n', '😀',
];
const WORDS = [...PROSE, ...IDENTIFIERS, ...PUNCTUATION];
const SEPARATORS = [' ', ' ', ' ', ' ', '\u00a0', '\u202f', '  ', '\n', ' \u200b', ''];
const frenchText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

// --- properties -------------------------------------------------------------------------------

describe('lint on random input', () => {
  it('full Unicode strings (surrogate pairs included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { lintChecked(s); }), { numRuns: 300 });
  });

  it('any code units: lone surrogates, control characters, NUL', () => {
    fc.assert(fc.property(codeUnits, (s) => { lintChecked(s); checkNormalized(s); }), { numRuns: 300 });
  });

  it('strings of separators, marks, quotes, apostrophes and invisible characters', () => {
    fc.assert(fc.property(trickyText, (s) => { lintChecked(s); checkNormalized(s); }), { numRuns: 500 });
  });

  it('French report sentences with sensitive terms and identifiers', () => {
    fc.assert(fc.property(frenchText, (s) => {
      const findings = lintChecked(s);
      // applying the first fixes never throws and gives a string
      expect(typeof applyFirstFixes(s, findings)).toBe('string');
    }), { numRuns: 400 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(fc.oneof(frenchText, trickyText), (s) => {
      expect(JSON.stringify(lint(s))).toBe(JSON.stringify(lint(s)));
    }), { numRuns: 100 });
  });

  it('fold gives the folded text of normalize (its fast path included)', () => {
    fc.assert(fc.property(fc.oneof(frenchText, trickyText, codeUnits, fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
      expect(fold(s)).toBe(normalize(s).norm);
    }), { numRuns: 500 });
  });

  it('tokens map onto the original text in order', () => {
    fc.assert(fc.property(fc.oneof(frenchText, trickyText, codeUnits), (s) => {
      const doc = createDocument(s);
      let prev = 0;
      for (let i = 0; i < doc.tokens.length; i++) {
        const [a, b] = doc.tokRange(i, i + 1);
        if (!(a >= prev && a < b && b <= s.length)) throw new Error(`token ${i} [${a}, ${b})`);
        prev = a;
      }
    }), { numRuns: 300 });
  });
});

describe('an invisible character never hides a lexicon term', () => {
  const TERMS = ['schizophrénie', 'sclérose en plaques', "trouble de l'attention", 'diabète de type 2', 'hernie discale', 'burn-out'];
  const rule = defineRule({
    id: 'test-terms',
    meta: { description: '', category: 'sante', severity: 'error', fixable: false, references: [] },
    messages: { m: 'm' },
    explanation: '',
    lexicon: TERMS.map((lemma) => ({ lemma, confidence: 'high' as const })),
    check: (ctx) => lexicalCheck(ctx, { messageId: 'm', jobFrame: false, negation: false }),
  });
  const engine = createEngine([rule]);
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

  it('finds the term whatever invisible characters are typed inside it, with the exact original span', () => {
    const arb = fc.tuple(
      fc.constantFrom(...TERMS),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('Il a ', "L'adhérent évoque une ", ''),
      fc.constantFrom('.', ' depuis 2020.', ''),
    );
    fc.assert(fc.property(arb, ([term, inserts, before, after]) => {
      let word = term;
      for (const [at, ch] of inserts) {
        const p = 1 + (at % (word.length - 1)); // strictly inside
        word = word.slice(0, p) + ch + word.slice(p);
      }
      const text = before + word + after;
      const found = engine.lint(text);
      expect(found.map((f) => f.text)).toEqual([word]);
      expect(found[0].start).toBe(before.length);
    }), { numRuns: 300 });
  });
});

describe('a 10 MB report', () => {
  it('completes and keeps the invariants', () => {
    // deterministic French text from the word list (no timing assertion)
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const parts: string[] = [];
    let length = 0;
    const target = 10 * 1024 * 1024;
    while (length < target) {
      let sentence = '';
      const n = 6 + (next() % 14);
      for (let k = 0; k < n; k++) sentence += PROSE[next() % PROSE.length] + ' ';
      // an identifier now and then (a report holds a few, not thousands)
      if (next() % 40 === 0) sentence += IDENTIFIERS[next() % IDENTIFIERS.length];
      sentence = sentence.trimEnd() + (next() % 5 === 0 ? '.\n' : '. ');
      parts.push(sentence);
      length += sentence.length;
    }
    const text = parts.join('');
    expect(text.length).toBeGreaterThanOrEqual(target);
    const findings = lint(text);
    checkFindings(text, findings);
    expect(findings.length).toBeGreaterThan(0);
  }, 900_000); // no timing assertion: quadratic rules make it slow, it must still finish
});
