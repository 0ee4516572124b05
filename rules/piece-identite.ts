/**
 * `piece-identite`: numbers of identity documents — carte nationale d'identité, passport, residence
 * permit (titre / carte de séjour, carte de résident, récépissé, n° étranger), driving licence — found
 * right after their label, and machine-readable zones (MRZ). Not: licence categories (« permis B »),
 * a residence-permit status without a number, an ID photo. TAXONOMY.md §4.8.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';

const DOC_NAME: Record<string, string> = {
  cni: "de la carte d'identité",
  passeport: 'du passeport',
  sejour: 'du titre de séjour',
  permis: 'du permis de conduire',
  mrz: "de la bande de lecture optique de la pièce d'identité",
};

export default defineRule({
  id: 'piece-identite',
  meta: {
    description: "Numéro de pièce d'identité (CNI, passeport, titre de séjour, permis de conduire) recopié dans le compte rendu.",
    category: 'piece-identite',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'RGPD art. 32 (sécurité)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    number: "Numéro {doc} : inutile de le recopier, indiquez seulement que la pièce a été vérifiée.",
  },
  explanation:
    "Un numéro de pièce d'identité permet l'usurpation d'identité si le compte rendu circule (RGPD art. 32) et n'apporte " +
    "rien au récit de l'accompagnement (minimisation, RGPD art. 5.1.c). L'adhérent peut lire ce compte rendu (droit " +
    "d'accès, RGPD art. 15). Une vérification s'écrit comme un fait : « Pièce d'identité vérifiée le 12/03 », " +
    "« Autorisation de travail vérifiée ».",
  check(ctx) {
    for (const c of scanIdentifiers(ctx.doc)) {
      if (c.kind !== 'piece-identite') continue;
      const [s, e] = cutRange(ctx.text, c.start, c.end);
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: 'number',
        data: { doc: DOC_NAME[c.detail] ?? "de la pièce d'identité" },
        confidence: c.confidence,
        fixes: [replaceFix(s, e, '', 'Retirer le numéro')],
      });
    }
  },
});
