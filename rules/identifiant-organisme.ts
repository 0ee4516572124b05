/**
 * `identifiant-organisme`: file numbers of agencies — CAF (n° allocataire / dossier), France Travail
 * / Pôle emploi identifiant, MSA, CPAM, MDPH, department RSA — after their label, and the numéro
 * fiscal (SPI, validated mod 511, reported even without label). Not: job-offer references, ROME
 * codes, SIRET, convention or CPF file references, UAI codes of schools. TAXONOMY.md §4.7.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';

const AGENCY: Record<string, string> = {
  caf: 'CAF',
  ft: 'France Travail',
  msa: 'MSA',
  spi: 'fiscal',
  fiscal: 'fiscal',
  mdph: 'MDPH',
  cpam: 'CPAM',
  rsa: 'RSA',
};

export default defineRule({
  id: 'identifiant-organisme',
  meta: {
    description: "Identifiant de dossier d'un organisme (CAF, France Travail, MSA, CPAM, MDPH, RSA, numéro fiscal) recopié dans le texte.",
    category: 'identifiant-organisme',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    agency: "Identifiant {agency} dans le texte : il a sa place dans la fiche administrative, pas dans le compte rendu.",
    other: "Identifiant de dossier d'un organisme dans le texte : il a sa place dans la fiche administrative.",
  },
  explanation:
    "Les identifiants CAF, France Travail, MSA, CPAM, MDPH ou fiscaux ne sont pas sensibles en eux-mêmes, mais les " +
    "recopier dans le récit est inutile (minimisation, RGPD art. 5.1.c) et relie le compte rendu à d'autres fichiers. " +
    "Un identifiant MDPH révèle en outre une démarche liée au handicap (RGPD art. 9). L'adhérent peut lire ce compte " +
    "rendu (droit d'accès, RGPD art. 15). Écrivez « Dossier CAF : référence dans la fiche administrative ».",
  check(ctx) {
    for (const c of scanIdentifiers(ctx.doc)) {
      if (c.kind !== 'identifiant-organisme') continue;
      const [s, e] = cutRange(ctx.text, c.start, c.end);
      const agency = AGENCY[c.detail];
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: agency ? 'agency' : 'other',
        data: agency ? { agency } : undefined,
        confidence: c.confidence,
        fixes: [replaceFix(s, e, '', "Retirer l'identifiant")],
      });
    }
  },
});
