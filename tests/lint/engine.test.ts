/**
 * The engine (issue #2 §2, §5): configuration (rules off, severity overrides, options, extra terms
 * per category, allowlist, ignored phrases), confidence, fault isolation, determinism, and the
 * finding contract. Runs on small rules defined here, so that it does not depend on the wording of
 * the real rules; a last block checks the same contract on the real registry.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type LintConfig } from '../../lib/lint/engine.ts';
import { defineRule, replaceFix, type RuleDefinition } from '../../lib/lint/rule.ts';
import { lexicalCheck } from '../../lib/lint/lexical.ts';
import { lint, registry } from '../../lib/lint/index.ts';
import type { Finding } from '../../lib/lint/types.ts';

const health = defineRule({
  id: 'test-sante',
  meta: { description: 'Santé.', category: 'sante', severity: 'error', fixable: true, references: ['RGPD art. 9'] },
  messages: { terme: 'Donnée de santé : « {terme} ».' },
  explanation: 'Pourquoi.',
  lexicon: [
    { lemma: 'diabète', inflect: 'noun', confidence: 'high', rewrite: 'contraintes de santé' },
    { lemma: 'diabète de type 2', confidence: 'high' },
    { lemma: 'schizophrénie', confidence: 'high' },
    { lemma: 'fatigue', confidence: 'low' },
    { lemma: 'grossesse', severity: 'warning', note: 'Parlez des disponibilités.' },
  ],
  check(ctx) {
    lexicalCheck(ctx, { messageId: 'terme' });
  },
});

const religion = defineRule({
  id: 'test-religion',
  meta: { description: 'Religion.', category: 'religion', severity: 'warning', fixable: false, references: ['RGPD art. 9'] },
  messages: { terme: 'Conviction religieuse.' },
  explanation: 'Pourquoi religion.',
  lexicon: [{ lemma: 'ramadan', confidence: 'high' }],
  check(ctx) {
    lexicalCheck(ctx, { messageId: 'terme' });
  },
});

/** A rule with options and a default-off flag: reports each "xx" word, or `options.word`. */
const optional = defineRule({
  id: 'test-option',
  meta: { description: 'Option.', category: 'style', severity: 'info', fixable: false, references: [], defaultOff: true },
  messages: { word: 'Mot {mot} (seuil {seuil}).' },
  explanation: 'Option.',
  defaultOptions: { word: 'xx', threshold: 3 },
  check(ctx) {
    for (const t of ctx.doc.tokens) {
      if (t.t === ctx.options.word) {
        const [start, end] = ctx.doc.tokRange(t.i, t.i + 1);
        ctx.report({ start, end, messageId: 'word', data: { mot: ctx.text.slice(start, end), seuil: String(ctx.options.threshold) } });
      }
    }
  },
});

const throwing = defineRule({
  id: 'test-throw',
  meta: { description: 'Lance.', category: 'style', severity: 'error', fixable: false, references: [] },
  messages: { x: 'x' },
  explanation: '',
  check(ctx) {
    ctx.report({ start: 0, end: 1, messageId: 'x' }); // reported before the throw: kept
    throw new Error('boom');
  },
});

const engine = createEngine([health, religion, optional]);
const spans = (fs: Finding[]) => fs.map((f) => `${f.rule}:${f.text}:${f.severity}`);

describe('engine: findings', () => {
  it('returns the finding contract with original offsets', () => {
    const text = "L'adhérent a un diabète.";
    const [f] = engine.lint(text);
    expect(f).toEqual({
      rule: 'test-sante',
      category: 'sante',
      severity: 'error',
      confidence: 'high',
      start: 16,
      end: 23,
      text: 'diabète',
      message: 'Donnée de santé : « diabète ».',
      explanation: 'Pourquoi.',
      references: ['RGPD art. 9'],
      fixes: [{ start: 16, end: 23, replacement: 'contraintes de santé', label: 'Reformuler : « contraintes de santé »' }],
    });
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('keeps the longest match of a rule and drops the nested one', () => {
    expect(spans(engine.lint('Il a un diabète de type 2.'))).toEqual(['test-sante:diabète de type 2:error']);
  });

  it('keeps overlapping hits, drops nested ones, and one hit per span when two entries share it', () => {
    const r = defineRule({
      ...health,
      id: 'test-overlap',
      lexicon: [{ lemma: 'alpha beta' }, { lemma: 'alpha beta gamma', note: 'premier' }, { lemma: 'alpha beta gamma', note: 'second' }, { lemma: 'beta gamma delta' }, { lemma: 'gamma' }],
    });
    const fs = createEngine([r]).lint('alpha beta gamma delta');
    expect(fs.map((f) => f.text)).toEqual(['alpha beta gamma', 'beta gamma delta']);
    expect(fs[0].explanation).toBe('Pourquoi. premier');
  });

  it('finds a term with a zero-width space inside, the span covering the invisible character', () => {
    const text = 'Il souffre de schizo\u200bphrénie.';
    const [f] = engine.lint(text);
    expect(f.text).toBe('schizo\u200bphrénie');
    expect([f.start, f.end]).toEqual([14, 28]);
  });

  it('finds terms typed without accents, in capitals, with NBSP or CRLF', () => {
    expect(spans(engine.lint('DIABETE\r\ndiabete de\u00a0type 2'))).toEqual(['test-sante:DIABETE:error', 'test-sante:diabete de\u00a0type 2:error']);
  });

  it('keeps offsets right after astral characters and CRLF', () => {
    const text = '😀😀 Ligne\r\n👍🏽 ramadan 🎉 diabète';
    for (const f of engine.lint(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(engine.lint(text).map((f) => f.text)).toEqual(['ramadan', 'diabète']);
  });

  it('appends the entry note to the explanation and applies the entry severity', () => {
    const [f] = engine.lint('Elle annonce une grossesse.');
    expect(f.explanation).toBe('Pourquoi. Parlez des disponibilités.');
    expect(f.severity).toBe('warning');
  });

  it('sorts findings by position, then severity, then rule', () => {
    const fs = engine.lint('ramadan puis diabète puis ramadan');
    expect(fs.map((f) => f.start)).toEqual([0, 13, 26]);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(engine.lint('')).toEqual([]);
    expect(engine.lint(undefined as unknown as string)).toEqual([]);
    expect(engine.lint(42 as unknown as string)).toEqual([]);
  });
});

describe('engine: confidence', () => {
  it('downgrades the severity of a low-confidence finding one level', () => {
    expect(spans(engine.lint('Grande fatigue.'))).toEqual(['test-sante:fatigue:warning']);
  });

  it('does not downgrade an explicit severity override from the configuration', () => {
    expect(spans(engine.lint('Grande fatigue.', { rules: { 'test-sante': 'error' } }))).toEqual(['test-sante:fatigue:error']);
  });

  it('downgrades warning to info', () => {
    const r = defineRule({ ...religion, id: 'test-low', lexicon: [{ lemma: 'carême', confidence: 'low' }] });
    expect(spans(createEngine([r]).lint('Le carême.'))).toEqual(['test-low:carême:info']);
  });
});

describe('engine: configuration of rules', () => {
  it('turns a rule off', () => {
    const text = 'diabète et ramadan';
    expect(spans(engine.lint(text, { rules: { 'test-sante': 'off' } }))).toEqual(['test-religion:ramadan:warning']);
    expect(spans(engine.lint(text, { rules: { 'test-sante': { enabled: false } } }))).toEqual(['test-religion:ramadan:warning']);
  });

  it('overrides the severity with a string or an object', () => {
    expect(spans(engine.lint('ramadan', { rules: { 'test-religion': 'error' } }))).toEqual(['test-religion:ramadan:error']);
    expect(spans(engine.lint('ramadan', { rules: { 'test-religion': { severity: 'info' } } }))).toEqual(['test-religion:ramadan:info']);
    expect(spans(engine.lint('Une grossesse.', { rules: { 'test-sante': 'info' } }))).toEqual(['test-sante:grossesse:info']);
  });

  it('keeps a default-off rule off unless configured, and passes default and configured options', () => {
    expect(spans(engine.lint('xx yy'))).toEqual([]);
    expect(engine.lint('xx yy', { rules: { 'test-option': 'on' } }).map((f) => f.message)).toEqual(['Mot xx (seuil 3).']);
    expect(engine.lint('xx yy', { rules: { 'test-option': { options: { word: 'yy' } } } }).map((f) => f.message)).toEqual(['Mot yy (seuil 3).']);
    expect(engine.lint('xx yy', { rules: { 'test-option': { enabled: true, options: { threshold: 9 } } } }).map((f) => f.message)).toEqual(['Mot xx (seuil 9).']);
    expect(spans(engine.lint('xx yy', { rules: { 'test-option': 'warning' } }))).toEqual(['test-option:xx:warning']);
  });

  it('ignores settings of rules it does not know (the CLI refuses them before)', () => {
    expect(spans(engine.lint('ramadan', { rules: { inconnue: 'off' } }))).toEqual(['test-religion:ramadan:warning']);
  });

  it('does not mutate the default options between runs', () => {
    engine.lint('xx', { rules: { 'test-option': { options: { word: 'zz' } } } });
    expect(optional.defaultOptions).toEqual({ word: 'xx', threshold: 3 });
  });
});

describe('engine: extra terms, allowlist, ignored phrases', () => {
  it('adds extra terms to the rule of their category, as strings or lexicon entries', () => {
    const config: LintConfig = {
      extraTerms: {
        sante: ['mucoviscidose', { lemma: 'insuffisant rénal', inflect: 'adj', rewrite: 'contraintes horaires' }],
        religion: ['Pessa\u1e25'],
      },
    };
    const fs = engine.lint('Mucoviscidose ; elle est insuffisante rénale ; pessaḥ.', config);
    expect(spans(fs)).toEqual(['test-sante:Mucoviscidose:error', 'test-sante:insuffisante rénale:error', 'test-religion:pessaḥ:warning']);
    expect(fs[0].explanation).toBe('Pourquoi. Terme ajouté par votre organisation.');
    expect(fs[1].fixes[0].replacement).toBe('contraintes horaires');
    // the built-in lexicon still works next to them
    expect(spans(engine.lint('diabète', config))).toEqual(['test-sante:diabète:error']);
  });

  it('drops extra terms of a category that no active rule covers', () => {
    expect(engine.lint('mucoviscidose', { rules: { 'test-sante': 'off' }, extraTerms: { sante: ['mucoviscidose'] } })).toEqual([]);
    expect(engine.lint('iban', { extraTerms: { iban: ['iban'] } })).toEqual([]);
  });

  it('never reports an allowlisted word or phrase, compared folded', () => {
    const text = 'Diabète ; le ramadan ; un diabète de type 2.';
    expect(spans(engine.lint(text, { allowlist: ['DIABETE', '  Ramadan '] }))).toEqual(['test-sante:diabète de type 2:error']);
  });

  it('reports nothing inside an ignored phrase, but still outside it', () => {
    const text = 'Inscrite au Programme Diabète Actif. Diabète déclaré.';
    const fs = engine.lint(text, { ignoredPhrases: ['programme diabete actif'] });
    expect(fs.map((f) => [f.text, f.start])).toEqual([['Diabète', 37]]);
  });

  it('drops a finding only when the ignored phrase covers all of it', () => {
    const text = 'Un diabète de type 2.';
    expect(spans(engine.lint(text, { ignoredPhrases: ['diabète de'] }))).toEqual(['test-sante:diabète de type 2:error']);
    expect(engine.lint(text, { ignoredPhrases: ['un diabète de type 2'] })).toEqual([]);
  });

  it('prepares a configuration once per object and gives the same result for an equal copy', () => {
    const config: LintConfig = { allowlist: ['ramadan'] };
    const a = engine.lint('ramadan diabète', config);
    const b = engine.lint('ramadan diabète', config);
    const c = engine.lint('ramadan diabète', { allowlist: ['ramadan'] });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe('engine: robustness', () => {
  it('keeps the other rules when a rule throws (and what it reported before)', () => {
    const e = createEngine([throwing, health]);
    expect(spans(e.lint('X diabète'))).toEqual(['test-throw:X:error', 'test-sante:diabète:error']);
  });

  it('clamps offsets, drops empty spans and fixes out of range, never splits a surrogate pair', () => {
    const wild = defineRule({
      id: 'test-wild',
      meta: { description: '', category: 'style', severity: 'info', fixable: true, references: [] },
      messages: { m: 'm' },
      explanation: '',
      check(ctx) {
        ctx.report({ start: -5, end: 2.7, messageId: 'm', fixes: [replaceFix(-1, 2, 'x'), replaceFix(0, 2, 'ok'), replaceFix(3, 1, 'x'), replaceFix(0, 999, 'x')] });
        ctx.report({ start: 3, end: 3, messageId: 'm' }); // empty: dropped
        ctx.report({ start: 4, end: 5, messageId: 'm' }); // low half of 😀: widened to the pair
        ctx.report({ start: 10, end: 1e9, messageId: 'm' }); // low half of 🎉, end past the text
        ctx.report({ start: 6, end: 8, messageId: 'inconnu' }); // unknown message id: its id is shown
      },
    });
    const text = 'ab 😀 cd 🎉';
    const fs = createEngine([wild]).lint(text);
    expect(fs.map((f) => [f.start, f.end, f.text])).toEqual([[0, 2, 'ab'], [3, 5, '😀'], [6, 8, 'cd'], [9, 11, '🎉']]);
    expect(fs[0].fixes.map((x) => x.replacement)).toEqual(['ok']);
    expect(fs[2].message).toBe('inconnu');
  });

  it('reports one finding per rule and span even when a rule reports it twice with two severities', () => {
    const twice = defineRule({
      id: 'test-twice',
      meta: { description: '', category: 'style', severity: 'warning', fixable: false, references: [] },
      messages: { m: 'm' },
      explanation: '',
      check(ctx) {
        ctx.report({ start: 0, end: 2, messageId: 'm', severity: 'info' });
        ctx.report({ start: 0, end: 2, messageId: 'm', severity: 'error' });
      },
    });
    // sorted: twice:error, other:warning, twice:info — the duplicate is not a neighbour
    const other = defineRule({ ...twice, id: 'test-other', check: (ctx) => ctx.report({ start: 0, end: 2, messageId: 'm' }) });
    const fs = createEngine([twice, other]).lint('ab');
    expect(fs.map((f) => `${f.rule}:${f.severity}`)).toEqual(['test-twice:error', 'test-other:warning']);
  });

  it('passes the document information of the configuration to the rules', () => {
    let seen: unknown;
    const spy = defineRule({ ...throwing, id: 'test-spy', check: (ctx) => { seen = ctx.documentInfo; } });
    createEngine([spy]).lint('x', { document: { interviewType: 'diagnostic' } });
    expect(seen).toEqual({ interviewType: 'diagnostic' });
  });

  it('gives each rule only its own hits', () => {
    const seen: Record<string, string[]> = {};
    const spyOf = (base: RuleDefinition) => defineRule({ ...base, check: (ctx) => { seen[base.id] = ctx.hits.map((h) => ctx.doc.slice(h.from, h.to)); } });
    createEngine([spyOf(health), spyOf(religion)]).lint('Diabète de type 2, ramadan, fatigue.');
    expect(seen).toEqual({ 'test-sante': ['Diabète de type 2', 'fatigue'], 'test-religion': ['ramadan'] });
  });
});

describe('engine: determinism', () => {
  const text = "Je pense qu'il a un diabète. Pendant le ramadan, grande fatigue ; jean.dupont@exemple.fr, 06 12 34 56 78.\n".repeat(20);
  it('gives the same output for the same input, on one engine and on two', () => {
    const a = engine.lint(text);
    expect(engine.lint(text)).toEqual(a);
    expect(createEngine([health, religion, optional]).lint(text)).toEqual(a);
    expect(JSON.stringify(lint(text))).toBe(JSON.stringify(lint(text)));
  });

  it('does not depend on previous runs with another configuration', () => {
    const before = lint(text);
    lint(text, { rules: Object.fromEntries(registry.map((r) => [r.id, 'off'])) });
    lint('autre texte', { allowlist: ['diabète'] });
    expect(lint(text)).toEqual(before);
  });
});

describe('engine: the real registry', () => {
  const text = "L'adhérent·e m’a dit : « je suis fatigué ». Tél. 06 12 34 56 78, jean.dupont@gmail.com, IBAN FR76 3000 6000 0112 3456 7890 189.\r\nIl est en arrêt maladie 😀.";
  it('keeps the finding contract for every rule of the registry', () => {
    const fs = lint(text);
    for (const f of fs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(registry.some((r) => r.id === f.rule)).toBe(true);
      for (const x of f.fixes) {
        expect(x.start).toBeGreaterThanOrEqual(0);
        expect(x.end).toBeLessThanOrEqual(text.length);
        expect(x.start).toBeLessThanOrEqual(x.end);
        expect(typeof x.replacement).toBe('string');
      }
    }
    expect(fs.some((f) => f.rule === 'email' && f.text === 'jean.dupont@gmail.com')).toBe(true);
  });

  it('reports nothing when every rule is off', () => {
    expect(lint(text, { rules: Object.fromEntries(registry.map((r) => [r.id, 'off'])) })).toEqual([]);
  });
});

describe('token objects reused from one lint to the next', () => {
  it('gives the same findings as a fresh engine, whatever was linted before', () => {
    const texts = [
      'Je suis diabétique depuis 2010.',
      "L'adhérent, en arrêt maladie, a été condamné pour vol ; tél. 06 12 34 56 78.",
      'Vous recherchez un poste de cariste.',
      'Je suis diabétique depuis 2010.',
    ];
    const warm = texts.map((t) => lint(t));
    const fresh = texts.map((t) => createEngine(registry).lint(t));
    expect(warm).toEqual(fresh);
    expect(warm[0]).toEqual(warm[3]);
    expect(warm[0].length).toBeGreaterThan(0);
  });

  it('a lint started inside a rule gets its own tokens and leaves the outer document intact', () => {
    let engine: ReturnType<typeof createEngine>;
    const seen: string[] = [];
    const reentrant = defineRule({
      id: 'test-reentrant',
      meta: { description: 'Réentrant.', category: 'style', severity: 'info', fixable: false, references: [] },
      messages: { mot: 'Mot.' },
      explanation: 'Test.',
      check(ctx) {
        const before = ctx.doc.tokens.map((t) => t.t).join(' ');
        if (ctx.text !== 'autre texte tout différent ici') engine.lint('autre texte tout différent ici');
        seen.push(before, ctx.doc.tokens.map((t) => t.t).join(' '));
      },
    });
    engine = createEngine([reentrant]);
    engine.lint('un premier texte');
    engine.lint('un second texte plus long');
    expect(seen).toContain('un premier texte');
    // outer document read before and after the nested lint: unchanged
    const outer = seen.filter((_, i) => i % 2 === 0 && seen[i] === seen[i + 1]);
    expect(outer).toContain('un second texte plus long');
    for (let i = 0; i < seen.length; i += 2) expect(seen[i + 1]).toBe(seen[i]);
  });
});
