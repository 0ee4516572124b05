/**
 * `carte-bancaire`: payment card numbers — Luhn + issuer prefix and length (Visa, Mastercard, Amex,
 * CB co-branded…), 16 digits grouped 4-4-4-4 or any length next to a card word. SIRETs (Luhn by
 * construction), NIRs and order numbers are resolved away by the shared scanner. TAXONOMY.md §4.3.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';

/** Expiry date or security code typed right after the number: removed with it. */
const TRAIL = /^,?\s*(?:[-–(]\s*)?(?:exp(?:ire|iration)?\.?|valable jusqu'(?:au|en)|date d'expiration|fin de validite|cvv|cvc|cryptogramme|crypto)\s*:?\s*(?:\d{2}\s*\/\s*\d{2,4}|\d{3,4})\)?/;

export default defineRule({
  id: 'carte-bancaire',
  meta: {
    description: 'Numéro de carte bancaire recopié dans le compte rendu.',
    category: 'carte-bancaire',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'RGPD art. 32 (sécurité)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    card: 'Numéro de carte bancaire : il ne doit jamais figurer dans un compte rendu.',
  },
  explanation:
    "Un numéro de carte bancaire n'a aucune utilité dans un compte rendu d'accompagnement (minimisation, RGPD art. 5.1.c) " +
    "et permet des paiements frauduleux si le document circule (RGPD art. 32). L'adhérent peut lire ce compte rendu " +
    "(droit d'accès, RGPD art. 15). Indiquez seulement le fait : « Paiement de l'inscription effectué pendant le rendez-vous ».",
  check(ctx) {
    const { doc, text } = ctx;
    for (const c of scanIdentifiers(doc)) {
      if (c.kind !== 'carte-bancaire') continue;
      let [s, e] = cutRange(text, c.start, c.end);
      // take the expiry date / CVV typed after the number with it
      const trail = TRAIL.exec(doc.norm.slice(c.e, c.e + 40));
      if (trail && e === c.end) e = doc.orig(c.e, c.e + trail[0].length)[1];
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: 'card',
        confidence: c.confidence,
        fixes: [replaceFix(s, e, '', 'Retirer le numéro de carte')],
      });
    }
  },
});
