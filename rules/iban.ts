/**
 * `iban`: bank account numbers — IBAN of any country (ISO 7064 mod 97-10; spaced, compact or lower
 * case) and bare French RIB (bank, branch, account, key) next to a banking word. TAXONOMY.md §4.2.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';

export default defineRule({
  id: 'iban',
  meta: {
    description: 'Coordonnées bancaires (IBAN, RIB) recopiées dans le compte rendu.',
    category: 'iban',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'RGPD art. 32 (sécurité)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    iban: 'Coordonnées bancaires (IBAN) : elles ne doivent pas figurer dans le compte rendu.',
    rib: 'Coordonnées bancaires (RIB) : elles ne doivent pas figurer dans le compte rendu.',
  },
  explanation:
    "Des coordonnées bancaires dans un compte rendu n'apportent rien à l'accompagnement (minimisation, RGPD art. 5.1.c) " +
    "et exposent l'adhérent à la fraude si le document est partagé (RGPD art. 32). L'adhérent peut lire ce compte rendu " +
    "(droit d'accès, RGPD art. 15). Le RIB se transmet au service gestionnaire ; écrivez « Coordonnées bancaires " +
    "transmises au service gestion pour le versement de l'aide ».",
  check(ctx) {
    for (const c of scanIdentifiers(ctx.doc)) {
      if (c.kind !== 'iban') continue;
      const [s, e] = cutRange(ctx.text, c.start, c.end);
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: c.detail === 'rib' ? 'rib' : 'iban',
        confidence: c.confidence,
        fixes: [
          replaceFix(s, e, '', 'Retirer les coordonnées bancaires'),
          replaceFix(c.start, c.end, '(transmis au service gestion)', 'Renvoyer au service gestion'),
        ],
      });
    }
  },
});
