/**
 * `nir`: numéro de sécurité sociale (NIR / NIA), validated by its key (mod 97, Corsica 2A/2B), or
 * written without key right after a keyword ("n° de sécu", "carte Vitale"). TAXONOMY.md §4.1.
 * Look-alikes (wrong key, SIRET, references) stay silent: the shared scanner resolves them.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';

export default defineRule({
  id: 'nir',
  meta: {
    description: 'Numéro de sécurité sociale (NIR) recopié dans le compte rendu.',
    category: 'nir',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 87', 'Loi Informatique et Libertés art. 30', 'Décret n° 2019-341', 'Code pénal art. 226-16-1', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    nir: 'Numéro de sécurité sociale : il ne doit pas figurer dans le texte du compte rendu.',
    keyless: 'Numéro qui ressemble à un numéro de sécurité sociale (sans clé) : à retirer du compte rendu.',
  },
  explanation:
    "Le NIR ne peut être traité que dans les cas prévus par le décret n° 2019-341 (RGPD art. 87) ; le recopier " +
    "dans un texte libre expose à une sanction pénale (C. pén. 226-16-1). L'adhérent peut lire ce compte rendu " +
    "(droit d'accès, RGPD art. 15) et il peut être transmis à des partenaires. Le numéro a sa place dans le " +
    "dossier administratif, pas dans le récit : écrivez « Numéro de sécurité sociale transmis à l'organisme de formation ».",
  check(ctx) {
    for (const c of scanIdentifiers(ctx.doc)) {
      if (c.kind !== 'nir') continue;
      const [s, e] = cutRange(ctx.text, c.start, c.end);
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: c.detail === 'keyless' ? 'keyless' : 'nir',
        confidence: c.confidence,
        fixes: [
          replaceFix(s, e, '', 'Retirer le numéro'),
          replaceFix(c.start, c.end, '(voir le dossier administratif)', 'Renvoyer au dossier administratif'),
        ],
      });
    }
  },
});
