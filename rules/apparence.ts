/**
 * `apparence`: remarks on the person's body, looks, clothing or hygiene (TAXONOMY.md §3.4
 * apparence-physique). Category `jugement`, severity warning. Dress-code advice ("Tenue : propre et
 * simple", "conseils sur la tenue") and trades ("gros œuvre", "commerce de gros") are not reported;
 * weight as a health condition ("obèse") is left to `sante`.
 */
import { defineRule } from '../lib/lint/rule.ts';
import { toneCheck } from './jugement.ts';
import { APPARENCE } from './lexicons/jugement.ts';

export default defineRule({
  id: 'apparence',
  meta: {
    description: 'Remarque sur l’apparence physique, la tenue ou l’hygiène de la personne.',
    category: 'jugement',
    severity: 'warning',
    fixable: true,
    references: ['Code du travail L1132-1 (apparence physique, critère de discrimination)', 'RGPD art. 5.1.c (minimisation)', 'RGPD art. 15 (droit d’accès)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    apparence: '« {terme} » juge l’apparence ou l’hygiène de la personne : indiquez plutôt l’action proposée (conseils, atelier).',
  },
  explanation:
    "L'apparence physique est un critère de discrimination (Code du travail, L1132-1) et les remarques sur le corps, la tenue ou l'odeur " +
    "sont des jugements que l'adhérent peut lire (droit d'accès, RGPD art. 15). Si la présentation compte pour le projet, écrivez l'action " +
    "proposée : « Conseils de présentation pour les entretiens donnés ; atelier « image de soi » proposé et accepté ».",
  lexicon: APPARENCE,
  check(ctx) {
    toneCheck(ctx, { messageId: 'apparence' });
  },
});
