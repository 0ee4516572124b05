/**
 * `propos-injurieux`: insults, contempt and slurs about the person (TAXONOMY.md §3.5, §6.1).
 * Category `jugement`, severity error; a hedged use ("semble un peu fainéant") is a warning.
 *
 * Precedence with `jugement`: the lexicons are disjoint (rules/lexicons/jugement.ts), so a word is
 * reported once, by this rule when it is an insult, by `jugement` when it is a label.
 */
import { defineRule } from '../lib/lint/rule.ts';
import { toneCheck } from './jugement.ts';
import { INJURES, SLURS } from './lexicons/jugement.ts';

export default defineRule({
  id: 'propos-injurieux',
  meta: {
    description: 'Insulte, terme méprisant ou injure discriminatoire visant la personne.',
    category: 'jugement',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 5.1.a et 5.1.c (loyauté, minimisation)', 'RGPD art. 15 (droit d’accès)', 'CNIL, zones bloc-notes et commentaires (2019), règle 3', 'CNIL, délibérations Acadomia (2012), Foncia (2014), Boulanger (2017)'],
  },
  messages: {
    injure: 'Propos injurieux ou méprisant (« {terme} ») : décrivez les faits observés. Ce compte rendu peut être communiqué à l’adhérent.',
    slur: 'Injure discriminatoire : à supprimer. Ce compte rendu peut être communiqué à l’adhérent.',
  },
  explanation:
    "L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15). La CNIL a mis en demeure ou averti des organismes dont les fichiers " +
    "contenaient des commentaires insultants (« n'a pas de cerveau », « folle », « cas social ») : un commentaire doit rester objectif, " +
    "jamais excessif ni injurieux. Supprimez le mot et écrivez le fait observé et la suite donnée (« Aucune démarche réalisée depuis le " +
    "dernier rendez-vous ; nouvel objectif fixé »).",
  lexicon: [...INJURES, ...SLURS],
  check(ctx) {
    toneCheck(ctx, { messageId: 'injure', slurMessageId: 'slur', hedgedSeverity: 'warning' });
  },
});
