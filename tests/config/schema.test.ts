/**
 * The lint configuration (issue #2 §5): a bad configuration is refused with a French message that
 * names the field and the expected value; a good one passes through unchanged.
 */
import { describe, expect, it } from 'vitest';
import { issueToFrench, parseLintConfig, parseWith, fieldName, zodErrorsFrench, lintConfigSchema } from '../../lib/config/schema.ts';
import { registry, ruleIds } from '../../rules/index.ts';
import { z } from 'zod';

const errorsOf = (input: unknown) => {
  const r = parseLintConfig(input, registry);
  return r.ok ? [] : r.errors;
};

describe('parseLintConfig: malformed configurations', () => {
  it.each<[string, unknown, string]>([
    ['unknown top-level key', { rule: { sante: 'off' } }, 'champ « (racine) » : clé inconnue « rule » (clés possibles : $schema, rules, extraTerms, allowlist, ignoredPhrases).'],
    ['not an object (array)', [], 'champ « (racine) » : un objet attendu.'],
    ['not an object (null)', null, 'champ « (racine) » : un objet attendu.'],
    ['not an object (text)', 'sante: off', 'champ « (racine) » : un objet attendu.'],
    ['rules is a list', { rules: ['sante'] }, 'champ « rules » : un objet attendu.'],
    ['bad severity word', { rules: { sante: 'grave' } }, 'champ « rules.sante » : valeur attendue parmi « off », « on », « error », « warning », « info ».'],
    ['severity as a number', { rules: { sante: 2 } }, 'champ « rules.sante » : valeur attendue parmi « off », « on », « error », « warning », « info ».'],
    ['bad severity in an object', { rules: { sante: { severity: 'fatal' } } }, 'champ « rules.sante.severity » : valeur attendue parmi « error », « warning », « info ».'],
    ['enabled not a boolean', { rules: { nir: { enabled: 'oui' } } }, 'champ « rules.nir.enabled » : vrai ou faux (true/false) attendu.'],
    ['unknown key in a rule setting', { rules: { nir: { level: 'error' } } }, 'champ « rules.nir » : clé inconnue « level » (clés possibles : enabled, severity, options).'],
    ['options not an object', { rules: { nir: { options: 3 } } }, 'champ « rules.nir.options » : un objet attendu.'],
    ['extraTerms with an unknown category', { extraTerms: { medical: ['asthme'] } }, 'champ « extraTerms » : clé inconnue « medical » (clés possibles : personne, sante, origine, religion, opinions-politiques, syndicat, vie-sexuelle, genetique-biometrie, infractions, nir, iban, carte-bancaire, telephone, email, adresse, date-naissance, piece-identite, identifiant-organisme, finances, vie-privee, jugement, completude, style).'],
    ['extraTerms of a category not a list', { extraTerms: { sante: 'asthme' } }, 'champ « extraTerms.sante » : une liste attendu.'],
    ['empty extra term', { extraTerms: { sante: ['asthme', ''] } }, 'champ « extraTerms.sante[1] » : texte vide ou trop court (au moins 1 caractère).'],
    ['extra term neither text nor entry', { extraTerms: { sante: [42] } }, 'champ « extraTerms.sante[0] » : un texte ou un objet attendu.'],
    ['lexicon entry with a bad inflection', { extraTerms: { sante: [{ lemma: 'asthme', inflect: 'pluriel' }] } }, 'champ « extraTerms.sante[0].inflect » : valeur attendue parmi « noun », « adj », « none ».'],
    ['lexicon entry with a bad confidence', { extraTerms: { religion: [{ lemma: 'pèlerinage', confidence: 'sure' }] } }, 'champ « extraTerms.religion[0].confidence » : valeur attendue parmi « high », « medium », « low ».'],
    ['lexicon entry with forms not a list', { extraTerms: { sante: [{ lemma: 'asthme', forms: 'asthmatique' }] } }, 'champ « extraTerms.sante[0].forms » : une liste attendu.'],
    ['too long a term', { extraTerms: { sante: ['x'.repeat(201)] } }, 'champ « extraTerms.sante[0] » : texte trop long (au plus 200 caractères).'],
    ['non-string allowlist entry', { allowlist: ['Mon Parcours Handicap', 12] }, 'champ « allowlist[1] » : un texte attendu.'],
    ['allowlist not a list', { allowlist: 'diabète' }, 'champ « allowlist » : une liste attendu.'],
    ['empty allowlist entry', { allowlist: [''] }, 'champ « allowlist[0] » : texte vide ou trop court (au moins 1 caractère).'],
    ['null ignored phrase', { ignoredPhrases: [null] }, 'champ « ignoredPhrases[0] » : un texte attendu.'],
    ['$schema not a text', { $schema: true }, 'champ « $schema » : un texte attendu.'],
  ])('%s', (_name, input, message) => {
    expect(errorsOf(input)).toEqual([message]);
  });

  it('names a missing lemma as required, and the unknown key next to it', () => {
    expect(errorsOf({ extraTerms: { sante: [{ lema: 'asthme' }] } })).toEqual([
      'champ « extraTerms.sante[0].lemma » : obligatoire, un texte attendu.',
      'champ « extraTerms.sante[0] » : clé inconnue « lema » (clés possibles : lemma, forms, inflect, upper, confidence, severity, needsPerson, notAfter, notBefore, notNear, near, rewrite, note, tag).',
    ]);
  });

  it('refuses an unknown rule id, suggests the closest one and lists the rules', () => {
    const [message] = errorsOf({ rules: { santé: 'off' } });
    expect(message).toMatch(/^champ « rules\.santé » : règle inconnue ; vouliez-vous dire « sante » \? \(règles disponibles : /);
    for (const id of ruleIds) expect(message).toContain(id);
    expect(errorsOf({ rules: { 'xyz-abc-def': 'off' } })[0]).toMatch(/^champ « rules\.xyz-abc-def » : règle inconnue \(règles/);
  });

  it('reports every error, one message each', () => {
    expect(errorsOf({ rules: { sante: 'fort' }, allowlist: [1, 2], zzz: 1 })).toHaveLength(4);
  });

  it('checks rule options with the rule’s own validator', () => {
    const rules = [{ id: 'demo', validateOptions: (o: unknown) => ((o as { seuil?: unknown }).seuil === undefined || typeof (o as { seuil?: unknown }).seuil === 'number' ? null : 'option « seuil » : nombre attendu.') }];
    expect(parseLintConfig({ rules: { demo: { options: { seuil: 'haut' } } } }, rules)).toEqual({ ok: false, errors: ['champ « rules.demo.options » : option « seuil » : nombre attendu.'] });
    expect(parseLintConfig({ rules: { demo: { options: { seuil: 3 } } } }, rules).ok).toBe(true);
    // the registry's completude rule validates its conductors
    expect(errorsOf({ rules: { completude: { options: { conducteurs: 'aucun' } } } })).toEqual(['champ « rules.completude.options » : option « conducteurs » : liste de conducteurs non valide.']);
  });

  it('accepts any rule id when no list of rules is given', () => {
    expect(parseLintConfig({ rules: { inconnue: 'off' } }).ok).toBe(true);
    expect(parseLintConfig({ rules: { inconnue: 'off' } }, ['sante']).ok).toBe(false);
  });

  it('writes every message on one line', () => {
    for (const input of [{ rules: { sante: { severity: 'x', enabled: 1, nope: 2 } } }, { extraTerms: { sante: [{}] } }, { rules: { zz: 'off' } }]) {
      for (const m of errorsOf(input)) expect(m).not.toMatch(/\n/);
    }
  });
});

describe('parseLintConfig: valid configurations', () => {
  it('accepts the empty configuration', () => {
    expect(parseLintConfig({}, registry)).toEqual({ ok: true, value: {} });
  });

  it('accepts every field and drops $schema', () => {
    const input = {
      $schema: './node_modules/cadre/cadrerc.schema.json',
      rules: { sante: 'warning', jugement: 'off', nir: { severity: 'error' }, email: { enabled: false }, completude: { enabled: true, options: {} } },
      extraTerms: {
        sante: ['mucoviscidose', { lemma: 'insuffisant rénal', inflect: 'adj', rewrite: 'contraintes de santé', notAfter: ['secteur de'] }],
        religion: ['pèlerinage à La Mecque'],
      },
      allowlist: ['Mon Parcours Handicap'],
      ignoredPhrases: ['Programme Santé Active'],
    };
    const r = parseLintConfig(input, registry);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const { $schema: _, ...rest } = input;
      expect(r.value).toEqual(rest);
    }
  });

  it('accepts every severity word and on/off for every rule of the registry', () => {
    for (const setting of ['off', 'on', 'error', 'warning', 'info']) {
      expect(parseLintConfig({ rules: Object.fromEntries(ruleIds.map((id) => [id, setting])) }, registry).ok).toBe(true);
    }
  });
});

describe('French messages for other schemas', () => {
  it('names nested fields with dots and indices', () => {
    expect(fieldName([])).toBe('(racine)');
    expect(fieldName(['a', 0, 'b', 12])).toBe('a[0].b[12]');
  });

  it('prefixes the root name and keeps the short message without a schema', () => {
    const r = z.strictObject({ n: z.number() }).safeParse({ n: 'x', extra: 1 });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(zodErrorsFrench(r.error, 'payload')).toEqual(['champ « payload.n » : un nombre attendu.', 'champ « payload » : clé inconnue « extra ».']);
      expect(issueToFrench(r.error.issues[0])).toBe('champ « n » : un nombre attendu.');
    }
  });

  it('parseWith lists the keys an object accepts', () => {
    expect(parseWith(lintConfigSchema, { nope: 1 })).toEqual({ ok: false, errors: ['champ « (racine) » : clé inconnue « nope » (clés possibles : $schema, rules, extraTerms, allowlist, ignoredPhrases).'] });
  });

  it('explains numbers out of range', () => {
    const r = parseWith(z.strictObject({ jours: z.number().int().min(1).max(365) }), { jours: 400 });
    expect(r).toEqual({ ok: false, errors: ['champ « jours » : valeur trop grande (maximum 365).'] });
  });
});
