/**
 * Lexicons of the tone rules (TAXONOMY.md §3.5, §6): subjective labels (`jugement`), insults and
 * contempt (`propos-injurieux`), appearance and hygiene remarks (`apparence`).
 *
 * The three lists are disjoint: a word belongs to one rule only, so a span is reported once
 * (tests/rules/jugement.test.ts checks it). The neutral wording offered as first fix is a bracketed
 * prompt to complete with the observed fact (TAXONOMY §6.2): a linter cannot invent the fact.
 *
 * `link` says how a term must be tied to the person:
 * - `label`: a word that only characterises people ("caractériel", "sournois"); reported unless
 *   negated ("il n'est pas agressif") or distanced ("a peur de paraître arrogant");
 * - `pred`: a word that also describes things ("difficile", "lent", "limité"): reported only as a
 *   predicate of the person ("il est lent", "l'ai trouvé bizarre"), after a person or behaviour noun
 *   ("un adhérent agressif", "un comportement agressif") or in apposition at the start of a
 *   sentence ("Agressif lors du dernier RDV");
 * - `phrase`: an expression that is a judgement by itself ("ne fait aucun effort", "de mauvaise foi");
 * - `trigger`: the head word of a pattern checked in code ("pas" of "pas très malin"). Heads are
 *   lexicon entries so that they are found by the engine's single pass instead of a scan per rule.
 */

/** Trigger entries for a code pattern: folded head words. */
export function triggers(trigger: string, heads: Iterable<string>): ToneEntry[] {
  return [...heads].map((lemma) => ({ lemma, link: 'trigger' as const, trigger }));
}
import { feminize, type LexiconEntry } from '../../lib/lint/lexicon.ts';

export type Link = 'label' | 'pred' | 'phrase' | 'trigger';

export interface ToneEntry extends LexiconEntry {
  /** `trigger`: not a finding, the head word of a pattern checked in code (found by the shared lexicon pass) */
  link: Link;
  /** which code pattern a trigger starts */
  trigger?: string;
  /** the word must end its phrase (next token a punctuation, a conjunction or the end): "il est gros" but not "gros fumeur" */
  bare?: boolean;
  /** the written word must carry its final accent ("demeuré", not the verb "demeure" of "mise en demeure") */
  accent?: boolean;
  /** a vulgar adjective: also reported after a degree adverb, whatever it qualifies ("gestion complètement bordélique") */
  vulgar?: boolean;
  /** a judgement on parenting or coping: also said of the person right after a parent noun ("jeune maman dépassée", "père démissionnaire") */
  parent?: boolean;
  /** a judgement of behaviour: also said of a relative or the family right before it ("famille envahissante", "mère collante") */
  kin?: boolean;
}

/** Observation-based alternatives of TAXONOMY §6.2, offered as the first fix. */
export const OBSERVATION = {
  motivation: "[fait observé, p. ex. : n'a pas réalisé les candidatures convenues ; nouvel objectif fixé]",
  paresse: '[fait observé, p. ex. : aucune démarche réalisée depuis le dernier rendez-vous]',
  agressivite: "[fait observé, p. ex. : a haussé le ton et quitté l'entretien avant la fin]",
  mensonge: "[fait observé, p. ex. : les dates indiquées diffèrent de l'attestation employeur ; vérification demandée]",
  caractere: '[fait observé, p. ex. : les échanges ont été tendus quand le sujet du salaire a été abordé]',
  impression: '[comportement précis observé, ou à supprimer]',
  intelligence: '[besoin observé, p. ex. : a besoin de plus de temps pour les exercices écrits ; supports adaptés fournis]',
  arrogance: "[fait observé, p. ex. : estime ne pas avoir besoin de l'atelier CV ; proposition maintenue]",
  penible: '[fait observé, p. ex. : cinq appels reçus cette semaine au sujet du dossier]',
  manipulation: "[fait observé, p. ex. : a demandé à décaler l'entrée en formation ; conséquences expliquées]",
  immaturite: '[fait observé, p. ex. : projet professionnel encore à préciser ; deux enquêtes métier prévues]',
  age: "[expérience et postes visés, p. ex. : vise des postes compatibles avec ses 25 ans d'expérience]",
  plainte: "[propos rapportés, p. ex. : exprime un sentiment d'injustice concernant son licenciement]",
  ambition: '[souhait exprimé, p. ex. : souhaite un poste de même niveau que le précédent]',
  fiabilite: '[fait observé, p. ex. : absent aux rendez-vous des 04/03 et 11/03 sans prévenir]',
  apparence: '[action proposée, p. ex. : conseils de présentation pour les entretiens ; atelier proposé]',
  injure: '[faits observés, sans qualificatif]',
  parentalite: '[contrainte utile au parcours, p. ex. : solution de garde à trouver avant l’entrée en formation]',
} as const;

type Group = keyof typeof OBSERVATION;

/** Build entries of one group: `word` or `word|form2|form3` (extra forms, e.g. irregular feminine). */
function group(g: Group, link: Link, inflect: 'adj' | 'noun' | 'none', terms: string[], extra?: Partial<ToneEntry>): ToneEntry[] {
  // thousands of entries built at start-up: no spread of an empty `extra`, no split without a "|"
  return terms.map((t) => {
    const bar = t.indexOf('|');
    const lemma = bar < 0 ? t : t.slice(0, bar);
    const forms = bar < 0 ? undefined : t.slice(bar + 1).split('|');
    // "mal fagoté", "peu soigné", "trop sensible": the adverb stays, only the adjective agrees ("mal fagotée")
    const adv = inflect === 'adj' && !forms && lemma.indexOf(' ') > 0 ? ADVERB_LED.exec(lemma) : null;
    const e: ToneEntry = adv
      ? { lemma, forms: agree(adv[1], adv[2]), inflect: 'none', link, rewrite: OBSERVATION[g], tag: g }
      : { lemma, forms, inflect, link, rewrite: OBSERVATION[g], tag: g };
    return extra ? Object.assign(e, extra) : e;
  });
}

const ADVERB_LED = /^((?:mal|bien|peu|pas|pas très|trop|très|assez) )([^ ]+)$/u;
/** Feminine and plural forms of "adverb + adjective", the adverb unchanged. */
function agree(adv: string, adj: string): string[] {
  const plural = (w: string) => (/[sx]$/.test(w) ? w : w + 's');
  const f = adj.endsWith('é') ? adj + 'e' : feminize(adj);
  return [...new Set([adv + plural(adj), adv + f, adv + plural(f)])];
}

/** Intensifiers that may sit inside a fixed expression ("se plaint tout le temps"). */
const PLAINT_TAILS = ['beaucoup', 'tout le temps', 'sans cesse', 'sans arrêt', 'constamment', 'en permanence', 'de tout', 'toujours', 'continuellement', 'énormément', 'trop', 'souvent', 'à longueur de temps', 'pour un rien', 'pour rien', 'de tout et de rien'];
/** A complaint at the least frustration (« se plaint dès qu'on la contrarie », « râle à la moindre remarque »): only after the complaint verbs, see `frustration`. */
const FRUSTRATION_TAILS = [
  ...["dès qu'on", 'quand on'].flatMap((h) => ['la contrarie', 'le contrarie', 'la contredit', 'le contredit', 'lui dit non', 'la reprend', 'le reprend', 'la recadre', 'le recadre',
    'la critique', 'le critique', 'lui fait une remarque', 'lui demande un effort'].map((o) => `${h} ${o}`)),
  "dès qu'il est contrarié", "dès qu'elle est contrariée", 'quand il est contrarié', 'quand elle est contrariée',
  'à la moindre contrariété', 'à la moindre remarque', 'à la moindre critique', 'à la moindre difficulté', 'à la moindre occasion', 'au moindre reproche', 'au moindre souci',
  'au moindre problème', 'au moindre contretemps', 'au moindre effort', 'pour un oui ou pour un non', 'pour un oui pour un non', 'à tout propos'];
const frustration = (heads: string[]) => heads.flatMap((h) => FRUSTRATION_TAILS.map((t) => `${h} ${t}`));

/** Verbs of complaining, and the tails that say how much rather than how endlessly (see the `plainte` entries). */
const PLAINT_VERBS = ['se plaint', 'se plaignait', 'se plaindre', 'se lamente', 'se lamenter', 'râle', 'râlait', 'râler', 'rouspète', 'ronchonne', 'grogne', 'pleurniche', 'geint', 'chouine', 'critique'];
const DEGREE_TAILS = ['beaucoup', 'souvent', 'toujours', 'trop', 'énormément'];
const plaint = (heads: string[]) => heads.flatMap((h) => PLAINT_TAILS.map((t) => `${h} ${t}`));

/** Adverbs said inside a verb idiom, after its verb: « se prend toujours pour une star », « se pose sans cesse en victime », « joue souvent les victimes ». */
const IDIOM_ADVERBS = ['toujours', 'souvent', 'vraiment', 'parfois', 'encore', 'carrément', 'clairement', 'franchement', 'un peu', 'volontiers', 'facilement', 'systématiquement', 'sans cesse', 'constamment', 'beaucoup',
  'trop', 'un peu trop', 'beaucoup trop', 'bien', 'un brin', 'volontiers trop', 'assez', 'pas mal'];
/** Each idiom with an adverb after its verb: the first word, or the two of a reflexive verb (« se pose | toujours | en victime »). */
export function withAdverbs(idioms: string[]): string[] {
  return idioms.flatMap((p) => {
    const words = p.split(' ');
    const n = words[0] === 'se' || words[0] === 'ne' ? 2 : 1;
    if (words.length <= n) return [p];
    const head = words.slice(0, n).join(' ');
    const tail = words.slice(n).join(' ');
    return [p, ...IDIOM_ADVERBS.map((a) => `${head} ${a} ${tail}`)];
  });
}

// ---------------------------------------------------------------------------------------------
// jugement: character, morality, intelligence, motivation labels (warning)
// ---------------------------------------------------------------------------------------------
/** Injuries and body parts that make an idiom literal ("traîne la patte depuis son accident"). */
const BODY = ['accident', 'genou', 'genoux', 'jambe', 'jambes', 'hanche', 'pied', 'pieds', 'cheville', 'boite', 'boiter', 'blessure', 'blessé', 'blessée', 'opération',
  'opéré', 'opérée', 'entorse', 'fracture', 'prothèse', 'dos', 'lumbago', 'sciatique', 'douleur', 'douleurs', 'kiné', 'rééducation', 'béquilles', 'canne'];

export const JUGEMENT: ToneEntry[] = [
  // agressivité, humeur
  ...group('agressivite', 'label', 'adj', [
    'colérique', 'irascible', 'hargneux', 'belliqueux', 'querelleur', 'bagarreur', 'soupe au lait',
    'caractériel', 'lunatique',
  ]),
  // towards a partner or a child it is domestic violence (vie-privee): "violent avec sa compagne"
  ...group('agressivite', 'pred', 'adj', ['violent', 'brutal'], { notBefore: ['avec sa', 'avec son', 'avec ses', 'envers sa', 'envers son', 'envers ses', 'avec leur', 'avec leurs'] }),
  ...group('agressivite', 'pred', 'adj', [
    'agressif', 'énervé', 'excité', 'menaçant', 'virulent', 'impulsif', 'explosif', 'provocateur|provocatrice', 'vindicatif',
    'irritable', 'sur les nerfs', 'agité', 'survolté', 'à cran', 'remonté', 'véhément', 'insultant', 'odieux', 'teigneux',
  ]),
  ...group('agressivite', 'label', 'noun', ['agressivité', 'mauvais caractère', 'sale caractère', 'caractère de cochon', 'caractère difficile', 'caractère explosif', 'caractère impossible', 'tempérament difficile', 'tempérament colérique', 'tempérament explosif'], { notBefore: ['commerciale'] }),
  ...group('agressivite', 'phrase', 'none', [
    'pète les plombs', 'pète un plomb', 'pète un câble', 'pète une durite', 'a pété les plombs', 'a pété un câble', 'a pété un plomb',
    'sort de ses gonds', 'monte sur ses grands chevaux', 'prend la mouche',
    "s'énerve pour un rien", "s'énerve pour rien", "s'emporte pour un rien", "s'emporte facilement", "s'énerve facilement", 'démarre au quart de tour',
  ]),
  // "fait des crises" judges a temper, but "fait des crises d'angoisse" names a condition (sante)
  ...group('agressivite', 'phrase', 'none', ['pique une crise', 'pique des crises', 'fait des crises', 'fait une crise', 'faisait des crises'], {
    // a condition named in the sentence makes the crises medical: « elle est drépanocytaire et fait des crises quand il fait froid »
    notNear: ['connaissance', 'évanoui', 'évanouie', 'évanouissement', 'évanouissements', 'malaise', 'malaises', 'convulsions', 'convulse', 'EEG', 'neurologie', 'comitial', 'comitiale',
      // antiepileptic drugs: « des crises, moins depuis le Keppra »
      'Keppra', 'Dépakine', 'Depakine', 'Dépakote', 'Lamictal', 'Tégrétol', 'Tegretol', 'Trileptal', 'Urbanyl', 'Rivotril', 'Vimpat', 'Briviact', 'lévétiracétam', 'valproate', 'lamotrigine',
      'drépanocytaire', 'drépanocytose', 'épileptique', 'épilepsie', 'asthmatique', 'asthme', 'diabétique', 'diabète', 'migraineux', 'migraineuse', 'spasmophile', 'spasmophilie',
      'malade', 'maladie', 'traitement', 'médecin', 'neurologue', 'hospitalisé', 'hospitalisée', 'hôpital', 'urgences', 'lupus', 'Crohn', 'sclérose', 'fibromyalgie', 'drépano', 'thalassémie',
      'hémophile', 'tétanie', 'hypoglycémie', 'cardiaque', 'pathologie', 'syndrome', 'anémie', 'anémique', 'douleur', 'douleurs', 'crise vaso-occlusive', 'SEP', 'TCA', 'épileptiques'],
    // crises dated from childhood are a lasting condition, not a temper: « fait des crises depuis l'enfance », « depuis l'adolescence »
    notBefore: ["depuis l'enfance", 'depuis l’enfance', "depuis l'adolescence", 'depuis l’adolescence', 'depuis son enfance', 'depuis son adolescence', 'depuis sa naissance',
      'depuis tout petit', 'depuis toute petite', 'depuis petit', 'depuis petite', "depuis l'âge de", 'depuis l’âge de', 'depuis toujours',
      "d'angoisse", 'de panique', "d'anxiété", "d'épilepsie", "d'asthme", 'de tétanie', 'de spasmophilie', 'de migraine',
      "d'hypoglycémie", 'de goutte', 'de convulsions', 'convulsives', "d'épilepsie", 'épileptiques', 'cardiaques', "d'arthrose",
      'de colique', 'de coliques', 'de foie', "d'urticaire", 'de boulimie', "d'hyperventilation",
      // seizures named by their medical kind: « crises comitiales », « crises tonico-cloniques », « crises vaso-occlusives »
      'comitiales', 'comitiale', 'épileptique', 'convulsive', 'tonico-cloniques', 'tonico-clonique', 'partielles', 'généralisées', 'vaso-occlusives', 'vaso-occlusive',
      'drépanocytaires', "d'absence", "d'absences", 'de drépanocytose', 'de paludisme', "d'épilepsie nocturnes", 'de sclérose', "d'asthme sévères", 'de toux', 'de gouttes', 'de calculs',
      'de migraines', 'migraineuses', 'hypoglycémiques', 'de larmes de douleur', 'de douleur', 'de douleurs', 'de rein', 'néphrétiques', 'de nerf sciatique', 'de sciatique', 'de lombalgie', 'de polyarthrite'],
  }),
  // instabilité, caractère
  ...group('caractere', 'label', 'adj', [
    'susceptible', 'psychorigide', 'buté', 'têtu', 'entêté', 'asocial', 'antipathique', 'capricieux', 'grincheux', 'aigri',
    'ronchon', 'bougon', 'acariâtre', 'revêche', 'renfrogné', 'imbuvable', 'invivable', 'lourdingue',
  ], { notBefore: ['de', "d'"] }),
  // "borné" only with its accent: "sur la borne", "une borne de recharge" are the noun
  ...group('caractere', 'label', 'adj', ['borné'], { notBefore: ['de', "d'"], accent: true }),
  ...group('caractere', 'pred', 'adj', [
    'instable', 'imprévisible', 'ingérable', 'incontrôlable', 'versatile', 'changeant', 'rigide', 'obtus', 'distant',
    'froid', 'obstiné', 'désagréable', 'détestable', 'exécrable', 'blasé',
    'réfractaire', 'récalcitrant', 'rebelle', 'insolent', 'impoli', 'malpoli', 'irrespectueux', 'effronté', 'culotté', 'grossier',
    'mal élevé', 'sans gêne', 'sans-gêne',
  ]),
  // only with their accent: "Ferme laitière", "la ferme", "il renferme" are a noun or a verb once accents are folded
  ...group('caractere', 'pred', 'adj', ['fermé', 'renfermé'], { accent: true }),
  // "difficile à joindre" is a fact, "négatif au test" is not a character
  ...group('caractere', 'pred', 'adj', ['difficile', 'compliqué'], { notBefore: ['à joindre', 'à contacter', 'à localiser', 'à trouver', 'à placer sur', 'à mobiliser sur', 'pour'] }),
  ...group('caractere', 'pred', 'adj', ['négatif'], { notBefore: ['au', 'aux', 'à', 'a', 'pour'] }),
  ...group('caractere', 'label', 'none', ['girouette', 'forte tête', 'tête de mule', 'tête de cochon', 'tête brûlée', 'mauvais esprit', 'mauvais coucheur', 'esprit de contradiction', 'mauvaise attitude']),
  // impressions invérifiables
  ...group('impression', 'pred', 'adj', ['bizarre', 'étrange', 'louche', 'spécial', 'zarbi', 'chelou', 'glauque', 'malsain', 'pas net', 'pas clair']),
  // lay psychiatric shortenings used as character labels (the conditions themselves are sante): « un peu parano », « complètement hystéro »
  ...group('caractere', 'pred', 'none', ['parano', 'paranos', 'hystéro', 'hystéros'], { notBefore: ['de', "d'"] }),
  ...group('impression', 'label', 'none', ['drôle de personnage', 'drôle de type', 'personnage spécial', 'énergumène', 'cas à part']),
  // religious zeal judged (the faith itself is religion): « un peu bigote », « grenouille de bénitier », « cul-bénit »
  ...group('caractere', 'label', 'adj', ['bigot', 'bondieusard', 'calotin', 'grenouille de bénitier|grenouilles de bénitier', 'cul-bénit|culs-bénits|cul bénit|culs bénits',
    'punaise de sacristie', 'confit en dévotion|confite en dévotion', 'bigoterie', 'bondieuserie|bondieuseries'], {
    notNear: ['théâtre', 'film', 'roman', 'pièce', 'personnage', 'rôle', 'Molière', 'Tartuffe'] }),
  // mensonge, manipulation
  ...group('mensonge', 'label', 'adj', ['menteur', 'malhonnête', 'hypocrite', 'fourbe', 'sournois', 'dissimulateur|dissimulatrice', 'perfide', 'fabulateur|fabulatrice', 'affabulateur|affabulatrice', 'baratineur', 'faux jeton', 'beau parleur|belle parleuse', 'embrouilleur']),
  ...group('mensonge', 'phrase', 'none', [
    'de mauvaise foi', 'mauvaise foi', 'il ment', 'elle ment', 'ment beaucoup', 'ment souvent', 'ment tout le temps', 'ment comme il respire',
    'ment comme elle respire', 'a menti', 'avait menti', 'a encore menti', 'raconte des histoires', 'raconte des salades', "raconte n'importe quoi",
    'mène en bateau', 'nous mène en bateau', 'me mène en bateau', 'ment effrontément', 'invente des excuses', 'mentait', 'ment sur', 'mentir sur',
    'tendance à mentir', 'tendance à enjoliver', 'tendance à affabuler', 'on ne peut pas lui faire confiance', 'ne peut pas lui faire confiance',
    'impossible de lui faire confiance', 'aucune confiance à lui accorder', 'pas digne de foi', 'ne dit jamais la vérité', 'ne dit pas la vérité',
  ]),
  // "manipulateur radio", "manipulatrice en électroradiologie": a job title
  ...group('manipulation', 'label', 'adj', ['manipulateur|manipulatrice'], { notBefore: ['radio', 'radiologie', 'en radiologie', 'en électroradiologie', "d'électroradiologie",
    'en électroradiologie médicale', 'en imagerie', "d'imagerie", 'en radiothérapie', 'de radiologie', 'ERM', 'MERM', 'en ERM', 'en médecine nucléaire', 'IRM', 'scanner'] }),
  ...group('manipulation', 'label', 'adj', ['magouilleur', 'combinard', 'roublard', 'filou', 'calculateur', 'opportuniste']),
  // lying and manipulating told by the verb: « il baratine », « cherche à manipuler son interlocuteur », « raconte des salades », « embobine tout le monde »
  ...group('mensonge', 'phrase', 'none', ['baratine', 'baratinait', 'baratinent', 'baratiner', 'baratinaient', 'raconte des salades', 'racontait des salades', 'raconte des bobards', 'racontait des bobards',
    'raconte des craques', 'raconte des bobards', 'mythonne', 'mythonnait', 'ment comme il respire', 'ment comme elle respire', 'mentait comme il respirait', 'mentait comme elle respirait',
    'invente des histoires', 'enjolive la réalité', 'arrange la vérité', 'arrange la réalité', 'travestit la réalité', 'ment effrontément', 'ment sans cesse', 'ment tout le temps', 'ment souvent'], {
    notNear: ['commercial', 'commerciale', 'vente', 'vendeur', 'vendeuse', 'théâtre', 'comédien', 'comédienne', 'roman', 'conte', 'conteur', 'conteuse', 'écrivain', 'scénario'] }),
  ...group('manipulation', 'phrase', 'none', [...['cherche à', 'cherchait à', 'essaie de', 'essaye de', 'essayait de', 'tente de', 'tentait de', 'veut'].map((h) => `${h} manipuler`),
    ...['manipule', 'manipulait', 'manipulent', 'embobine', 'embobinait', 'enfume', 'enfumait', 'entourloupe', 'roule dans la farine', 'mène en bateau', 'menait en bateau'].flatMap((v) => [v,
      ...['son entourage', 'les gens', 'tout le monde', 'son interlocuteur', 'ses interlocuteurs', 'les autres', 'ses collègues', 'les intervenants', 'son conseiller', 'sa conseillère'].map((o) => `${v} ${o}`)])
      .filter((t) => !/^(manipule|manipulait|manipulent|enfume|enfumait)$/.test(t)),
    'manipule son monde', 'cherche à embobiner', 'essaie de nous embobiner', 'cherche à nous enfumer', 'essaie de nous enfumer', 'tente de nous enfumer', 'cherche à nous manipuler', 'essaie de nous manipuler'], {
    notBefore: ['des', 'les charges', 'de la', 'du', 'les produits', 'les outils', 'les colis', 'les cartons', 'le fil', 'les fils', 'la bobine', 'les ruches', 'le poisson', 'les données', 'les fichiers'],
    notNear: ['charge', 'charges', 'produits', 'produit', 'outils', 'machine', 'machines', 'colis', 'cartons', 'chariot', 'logiciel', 'données', 'fichiers', 'ruche', 'ruches', 'abeilles',
      'apiculteur', 'apicultrice', 'fumoir', 'bobine', 'câbles', 'pièces', 'manutention', 'espèces', 'caisse', 'fonds', 'échantillons', 'patient', 'patients', 'kiné', 'ostéopathe'] }),
  ...group('manipulation', 'phrase', 'none', ['profite du dispositif', 'profite des aides', 'abuse du système', 'abuse du dispositif', 'joue avec le système', 'cherche à gratter', 'veut juste ses droits', 'veut juste toucher ses droits', 'veut juste profiter']),
  // arrogance
  ...group('arrogance', 'label', 'adj', [
    'arrogant', 'prétentieux', 'hautain', 'condescendant', 'méprisant', 'orgueilleux', 'vaniteux', 'égocentrique', 'égoïste',
    'nombriliste', 'imbu de lui-même', 'imbue d\'elle-même', 'imbu de sa personne', 'je-sais-tout', 'donneur de leçons|donneuse de leçons', 'mégalo',
    'fanfaron', 'vantard', 'frimeur', 'crâneur', 'péteux', 'snob', 'dédaigneux',
    // affected manners: « un peu pédant », « cabotin en entretien »
    'pédant', 'cabotin', 'snobinard',
  ]),
  // « trop maniérée pour la clientèle »: written with its final accent, as « maniéré » folds to « manière » (« de manière claire », « les bonnes manières »)
  ...group('arrogance', 'label', 'adj', ['maniéré', 'affété'], { accent: true }),
  // hyphenated and compound epithets of manner: "Style m'as-tu-vu", "un peu bêcheuse", "pète-sec"
  ...group('arrogance', 'label', 'none', ["m'as-tu-vu", 'm’as-tu-vu', "m'as-tu vu", "m'as tu vu", 'kakou', 'kakous', 'pimbêche', 'pimbêches', 'pète-sec', 'pètesec', 'mêle-tout',
    'lèche-bottes', 'pisse-froid', 'rabat-joie', 'grippe-sou', 'grippe-sous']),
  ...group('arrogance', 'label', 'adj', ['bêcheur|bêcheuse|bêcheurs|bêcheuses', 'flambeur|flambeuse|flambeurs|flambeuses', 'fayot|fayote|fayotte|fayots|fayotes|fayottes', 'poseur|poseuse|poseurs|poseuses'], {
    // the fitter ("menuisier poseur", "poseur de parquet", "poseuse en menuiserie"): a job
    notBefore: ['de', "d'", 'en', 'sur', 'chez', 'menuisier', 'menuisière', 'monteur', 'monteuse', 'carreleur', 'plaquiste', 'qualifié', 'qualifiée', 'confirmé', 'confirmée'],
    notAfter: ['menuisier', 'menuisière', 'monteur', 'monteuse', 'monteur-poseur', 'technicien', 'technicienne', 'agent', 'agente', 'ouvrier', 'ouvrière', 'chef', 'compagnon', 'comme', 'poste'],
    notNear: ['parquet', 'parquets', 'carrelage', 'menuiserie', 'menuiseries', 'fenêtres', 'cuisines', 'cuisine', 'sols', 'placo', 'vitrages', 'fibre', 'enseignes', 'panneaux', 'clôtures', 'stores', 'voies'],
  }),
  // "bling-bling" of a person's style, not of jewellery or a brand sold
  ...group('arrogance', 'label', 'none', ['bling-bling', 'bling bling'], {
    notAfter: ['bijoux', 'bijou', 'montre', 'montres', 'marque', 'marques', 'collection', 'collections', 'gamme', 'univers', 'vitrine', 'boutique', 'déco', 'décoration'],
    notNear: ['vendeur', 'vendeuse', 'vente', 'rayon', 'magasin', 'boutique'],
  }),
  ...group('arrogance', 'phrase', 'none', [
    'se croit tout permis', 'se croit supérieur', 'se croit supérieure', 'se croit au-dessus', 'se prend pour le roi', 'se prend pour la reine',
    'se la pète', 'se la raconte', 'prend les gens de haut', 'prend tout le monde de haut', 'prend les autres de haut', 'nous prend de haut',
    'me prend de haut', 'regarde les autres de haut', 'sait tout mieux que tout le monde', 'croit tout savoir', 'pense tout savoir',
    "n'en fait qu'à sa tête", "n'écoute rien", "n'écoute jamais rien", "n'écoute personne", 'ne se remet pas en question', 'ne se remet jamais en question',
    'ne se remet jamais en cause', 'ne se remet pas en cause', 'aucune remise en question', 'aucune remise en cause',
  ]),
  // thinking oneself above the others: « il se croit plus malin que tout le monde », « se pense meilleure que les autres »
  // (not a skill in a field: « il se croit plus fort en maths qu'il ne l'est », nor « elle se trouve plus forte en anglais »)
  ...group('arrogance', 'phrase', 'none', ['se croit', 'se croyait', 'se pense', 'se pensait'].flatMap((v) => ['plus malin', 'plus maligne', 'plus intelligent', 'plus intelligente', 'plus fort', 'plus forte',
    'plus futé', 'plus futée', 'plus compétent', 'plus compétente'].map((a) => `${v} ${a}`)), {
    notBefore: ['en', 'à', 'au', 'aux', 'dans', 'sur', 'pour', 'physiquement', 'qu’avant', "qu'avant", 'que prévu'] }),
  // above the others whatever follows (« se croit au-dessus des autres en atelier collectif »)
  ...group('arrogance', 'phrase', 'none', ['se croit', 'se croyait', 'se pense', 'se pensait'].flatMap((v) => ['meilleur que', 'meilleure que', 'au-dessus des autres',
    'au-dessus de tout le monde', 'au-dessus du lot'].map((a) => `${v} ${a}`))),
  // immaturité
  ...group('immaturite', 'label', 'adj', ['immature', 'puéril', 'irresponsable', 'inconséquent', 'écervelé', 'tête en l\'air', 'enfant gâté', 'gamin capricieux', 'un vrai gamin', 'une vraie gamine', 'comme un gamin', 'comme une gamine', 'comme un gosse', 'gamine capricieuse']),
  ...group('immaturite', 'pred', 'adj', ['infantile', 'irréfléchi', 'gâté', 'dispersé', 'éparpillé', 'désorganisé', 'brouillon', 'confus', 'incohérent', 'décousu', 'paumé', 'largué dans', 'à côté de la plaque', 'à l\'ouest', 'dans la lune', 'dans son monde', 'dans sa bulle'], { notBefore: ['de', "d'"] }),
  ...group('immaturite', 'label', 'noun', ['immaturité', 'manque de maturité', 'aucune maturité', 'puérilité']),
  // intelligence
  ...group('intelligence', 'label', 'adj', ['simplet', 'benêt', 'niais', 'naïf', 'crédule', 'influençable', 'inculte', 'ignare', 'lent d\'esprit', 'lente d\'esprit', 'simple d\'esprit', 'limité intellectuellement', 'intellectuellement limité', 'lent à comprendre', 'lente à comprendre', 'long à la détente', 'longue à la détente', 'long à comprendre', 'dur de la comprenette', 'dure de la comprenette']),
  ...group('intelligence', 'pred', 'adj', ['limité', 'lent', 'largué', 'ignorant'], { notBefore: ['a', 'à', 'au', 'aux', 'dans', 'par', 'en', 'pour', 'sur', 'de', "d'", 'du', 'des', 'que', "qu'", 'le', 'la', 'les', 'sa', 'son', 'ses', 'physiquement', 'financièrement', 'geographiquement'] }),
  ...group('intelligence', 'phrase', 'none', [
    'pas une lumière', 'pas une flèche', 'pas la lumière à tous les étages', "n'a pas inventé l'eau chaude", "n'a pas inventé la poudre", "n'a pas inventé le fil à couper le beurre",
    // the family of "not the brightest": "a pas inventé l'eau tiède", "pas le couteau le plus affûté du tiroir", "pas un aigle"
    "pas inventé l'eau chaude", "pas inventé l'eau tiède", 'pas inventé la poudre', 'pas inventé le fil à couper le beurre', "pas inventé l'eau froide",
    'le couteau le plus affûté du tiroir', 'la lame la plus affûtée du tiroir', 'le couteau le plus aiguisé du tiroir', 'le crayon le plus aiguisé de la trousse',
    'pas le couteau le plus affûté', 'pas la lame la plus affûtée', 'pas le crayon le plus taillé', "pas l'ampoule la plus brillante", 'pas la bougie la plus brillante',
    'pas un aigle', 'pas un génie', 'pas très futé', 'pas très futée', 'lui manque une case', 'pois chiche dans la tête',
    'petit pois dans la tête', 'petit pois à la place du cerveau', 'pas inventé les bouteilles à la mer',
    'ne comprend rien', 'ne comprend jamais rien', 'comprend rien', 'ne comprend rien à rien', 'pas fute-fute', 'pas très fute-fute', 'pas bien fute-fute', 'manque de jugeote', 'aucune jugeote',
    'pas de jugeote', 'manque d\'intelligence',
  ]),
  // regional words for a slow or silly person: Québec (niaiseux, nono, gnochon, toton), Switzerland (bobet, tadié), Belgium (klet, snul, zievereir)
  ...group('intelligence', 'label', 'none', ['niaiseux', 'niaiseuse', 'niaiseuses', 'nounoune', 'nounounes', 'gnochon', 'gnochonne', 'gnochons', 'toton', 'totons', 'un peu nono', 'un vrai nono',
    'une vraie nounoune', 'bobet', 'tadié', 'tadiée', 'tadiés', 'tadiées', 'klet', 'klette', 'snul', 'snuls', 'zievereir', 'zievereirs', 'un peu épais',
    'un peu épaisse', 'pas mal épais', 'pas mal épaisse', 'épais dans sa tête', 'épaisse dans sa tête']),
  // dazed or slow, in slang: "un peu sonné", "complètement à la masse", "à côté de ses pompes"
  ...group('intelligence', 'phrase', 'none', ['un peu sonné', 'un peu sonnée', 'complètement sonné', 'complètement sonnée', 'bien sonné', 'bien sonnée', 'à la masse', 'complètement à la masse',
    'à côté de ses pompes', 'un peu ramolli', 'un peu ramollie', 'ramolli du cerveau', 'ramollie du cerveau', 'un peu tapé', 'un peu tapée', 'un peu frappé', 'un peu frappée', 'un peu fêlé', 'un peu fêlée']),
  // writing the person off: "fini pour le marché du travail", "grillé professionnellement"
  ...group('age', 'phrase', 'none', ['fini', 'finie', 'fichu', 'fichue', 'foutu', 'foutue', 'grillé', 'grillée', 'cuit', 'cuite', 'mort', 'morte']
    .flatMap((h) => ['pour le marché du travail', "pour l'emploi", 'pour le travail', 'pour le monde du travail', 'pour la vie active', 'sur le marché du travail', 'professionnellement'].map((t) => `${h} ${t}`)), {
    notAfter: ['pas', 'jamais', 'se sent', 'se sentait', 'se dit', 'se croit', 'se voit', 'se pense', 'pas encore', 'loin d’être', "loin d'être"] }),
  ...group('age', 'phrase', 'none', ['bon pour la casse', 'bonne pour la casse', 'plus rien à en tirer', 'rien à en tirer', 'une cause perdue', 'cause perdue', 'aucun avenir professionnel', 'plus aucun avenir professionnel'],
    // a vehicle or a machine fit for the scrapyard: « le véhicule est bon pour la casse »
    { notNear: ['véhicule', 'voiture', 'camion', 'moto', 'scooter', 'vélo', 'machine', 'moteur', 'ordinateur', 'appareil', 'matériel', 'tracteur', 'frigo', 'garage', 'garagiste', 'épave'] }),
  // paresse, motivation
  ...group('paresse', 'label', 'adj', ['paresseux', 'flemmard', 'nonchalant', 'indolent', 'mollasson', 'mollasse', 'fumiste', 'tire-au-flanc', 'dilettante', 'velléitaire', 'je-m\'en-foutiste', 'jemenfoutiste', 'je-m\'en-fichiste', "je m'en foutiste", "m'en-foutiste", "m'enfoutiste", 'menfoutiste', "j'm'en-foutiste", "je m'en fichiste", 'jemenfichiste', 'amorphe', 'désinvolte'], { notBefore: ['de', "d'"] }),
  ...group('paresse', 'pred', 'adj', ['mou|molle|mous|molles', 'passif', 'lymphatique', 'désintéressé', 'attentiste']),
  // English judgement words typed in notes: « profil lazy », « un peu slow », « assez rude avec l'accueil », « bossy »
  ...group('paresse', 'label', 'none', ['lazy', 'unmotivated', 'sloppy', 'slacker', 'low energy', 'low-energy', 'clueless', 'lame', 'dumb', 'bossy', 'pushy', 'grumpy',
    'needy', 'creepy', 'weird', 'unreliable', 'unprofessional', 'messy', 'cringe', 'lourdaud'], { notBefore: ['de', "d'", 'food', 'town', 'épreuve', 'hiver', 'climat', 'concurrence', 'coup', 'tâche', 'travail', 'métier'], notAfter: ['une', 'un', 'la', 'le', 'très', 'mise à'] }),
  ...group('paresse', 'pred', 'none', ['slow', 'rude', 'toxic', 'too slow', 'not sharp', 'not smart', 'not reliable', 'a bit slow', 'not motivated', 'pas sharp', 'pas smart'], {
    notBefore: ['food', 'fashion', 'motion', 'tourisme', 'dance', 'life', 'cooking'] }),
  // old-fashioned people as relics: « un dinosaure de l'imprimerie », « un vrai fossile », « ringard », « vieille école » (not fossils, museums, firms)
  // of another age: said of a person, not of a tool or premises (« le logiciel de la mairie est d'un autre âge »)
  ...group('age', 'phrase', 'none', ["d'un autre âge", "d'un autre temps", "d'une autre époque", "d'une autre ère"], {
    notNear: ['logiciel', 'logiciels', 'outil', 'outils', 'matériel', 'machine', 'machines', 'équipement', 'équipements', 'véhicule', 'camion', 'voiture', 'système',
      'ordinateur', 'ordinateurs', 'locaux', 'bâtiment', 'usine', 'entreprise', 'société', 'imprime', 'musée', 'décor', 'mobilier', 'style', 'mode'] }),
  ...group('age', 'phrase', 'none', ['un dinosaure', 'un vrai dinosaure', 'un vieux dinosaure', 'une dinosaure', 'un fossile', 'un vrai fossile', 'un vieux fossile', 'une vieille fossile',
    'un mammouth', 'un vestige', 'une relique', 'un homme du passé', 'une femme du passé', 'vieille école',
    'old school', 'has-been', 'has been', 'réac', 'sucre les fraises', 'sucrait les fraises', 'bon pour la retraite', 'bonne pour la retraite',
    'un pied dans la tombe', 'un vieux croûton', 'une vieille croûte', 'un vieux schnock', 'une vieille bique', 'un croulant', 'une croulante', 'papy gâteux', 'mamie gâteuse',
    'gâteux', 'gâteuse', 'gâteuses', 'un peu gaga', 'complètement gaga', 'devient gaga', 'décrépit', 'décrépite', 'décati', 'décatie', 'ringard', 'ringarde', 'ringards', 'ringardes', 'complètement dépassé', 'complètement dépassée', 'à la ramasse', 'un boomer', 'une boomeuse', 'ok boomer'], {
    notNear: ['musée', 'muséum', 'paléontologie', 'paléontologue', 'jurassique', 'crétacé', 'parc', 'exposition', 'jouet', 'jouets', 'figurine', 'figurines', 'squelette', 'os', 'fouille',
      'fouilles', 'géologie', 'énergie', 'énergies', 'combustible', 'combustibles', 'démence', 'Alzheimer', 'neurologue', 'diagnostic', 'plaque', 'plaques', 
      // an artefact restored or kept: « restauré une relique », « un vieux camion réac »
      'véhicule', 'camion', 'voiture', 'restauré', 'restaurée', 'restauration', 'reliquaire', 'abbaye', 'église', 'cathédrale', 'entreprise', 'groupe', 'société', 'enseigne', 'marque', 'journal', 'bâtiment', 'usine', 'archéologie', 'archéologue', 'film', 'dessin', 'enfants', 'livre',
      'restaurant', 'bistrot', 'bar', 'décor', 'déco', 'mobilier', 'style', 'musique', 'hip-hop', 'rap', 'jeu', 'jeux', 'vidéo', 'mode'] }),
  // parenting and coping judged: "jeune maman dépassée", "mère démissionnaire", "père laxiste", "elle est complètement dépassée"
  // (not a date, a deadline or a budget: those are no person; not "dépassé par un camion")
  ...group('parentalite', 'pred', 'adj', ['démissionnaire', 'laxiste', 'défaillant', 'indigne', 'dépassé'], { parent: true,
    notBefore: ['de', "d'", 'par un', 'par une', 'par des', 'par le véhicule', 'en', 'dans', 'sur', 'au', 'aux', 'à', 'du', 'des', 'que', "qu'"] }),
  ...group('parentalite', 'phrase', 'none', [
    ...['pas', 'pas très', 'peu', 'pas vraiment', 'pas du tout', 'pas franchement', 'pas spécialement', 'pas bien', 'guère', 'pas tellement', 'pas assez', 'pas trop', 'pas super']
      .flatMap((n) => ['maternelle', 'maternel', 'paternel', 'paternelle'].map((a) => `${n} ${a}`)),
  ], {
    // "pas maternelle le mercredi", "pas (en) maternelle avant septembre": the nursery school
    notBefore: ['le', 'la', 'les', 'ce', 'cette', 'cet', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', "aujourd'hui", 'avant', 'après', 'pendant', 'en', 'à', 'a',
      'cause', 'ni', 'non', 'publique', 'privée', 'ou', 'cantine', 'école', 'depuis', 'jusqu’à', "jusqu'à", 'de', "d'", 'du', 'cette année', 'pour'],
    notAfter: ['école', 'en', 'à la', 'à', 'assistante', 'assistant', 'inscrit', 'inscrite', 'scolarisé', 'scolarisée', 'va', 'ira', 'allait'] }),
  ...group('parentalite', 'phrase', 'none', [
    'aucun instinct maternel', "pas d'instinct maternel", "manque d'instinct maternel", 'aucune fibre maternelle', 'pas la fibre maternelle', 'pas de fibre maternelle', 'manque de fibre maternelle',
    'aucun instinct paternel', "pas d'instinct paternel", 'aucune fibre paternelle', 'pas la fibre paternelle', 'mauvaise mère', 'mauvais père', 'mauvais parent', 'mauvais parents', 'mère indigne',
    'père indigne', 'mère démissionnaire', 'père démissionnaire', 'parent démissionnaire', 'parents démissionnaires', 'mère défaillante', 'père défaillant', 'parents défaillants',
    // coping with the children judged: "n'a aucune autorité sur ses enfants", "laxiste avec ses enfants", "se laisse déborder par son fils"
    ...['aucune autorité sur', "pas d'autorité sur", "peu d'autorité sur", "pas beaucoup d'autorité sur", 'aucune autorité face à', 'se laisse déborder par', 'se fait déborder par', 'se laisse dépasser par',
      'débordée par', 'débordé par', 'dépassée par', 'dépassé par', 'ne sait pas tenir', 'incapable de tenir', 'incapable de gérer', 'ne sait pas gérer', "n'arrive pas à gérer", "n'arrive pas à tenir",
      "s'occupe mal de", 'néglige', 'laxiste avec', 'trop laxiste avec', 'trop permissive avec', 'trop permissif avec', 'trop coulante avec', 'trop coulant avec', 'élève mal', 'se fait marcher dessus par',
      'laisse faire tout ce qu’ils veulent à', "laisse faire tout ce qu'ils veulent à"]
      .flatMap((h) => ['ses enfants', 'son fils', 'sa fille', 'ses filles', 'ses fils', 'ses gamins', 'ses ados', 'son ado', 'ses petits', 'son bébé', 'leurs enfants'].map((k) => `${h} ${k}`)),
    'laisse ses enfants livrés à eux-mêmes', 'laisse les enfants livrés à eux-mêmes', 'livre ses enfants à eux-mêmes',
  ], { notAfter: ['se sent', 'se sentait', 'se dit', 'se trouve', 'se juge', 'se considère', 'peur d’être', "peur d'être", 'peur de passer pour', 'crainte d’être', "crainte d'être"] }),
  // listlessness: "Apathique en atelier collectif", "léthargique pendant les séances", "complètement avachi sur sa chaise"
  ...group('paresse', 'label', 'adj', ['apathique', 'léthargique', 'avachi', 'ramolli', 'sans ressort', 'sans énergie aucune'], { notBefore: ['de', "d'"] }),
  ...group('paresse', 'pred', 'adj', ['atone', 'inerte', 'éteint'], { notBefore: ['de', "d'", 'par', 'depuis', 'pendant', 'à', 'a', 'au'] }),
  // listless or meek, said of the person: « Mou et sans énergie », « très docile », « une bonne pâte » (not a building « sans énergie fossile »)
  ...group('paresse', 'pred', 'none', ['sans énergie', 'sans entrain', 'sans ressort aucun', 'sans aucune énergie', 'sans aucun dynamisme', 'sans dynamisme'], {
    notBefore: ['fossile', 'fossiles', 'renouvelable', 'renouvelables', 'électrique', 'solaire', 'carbonée', 'grise', 'ni', 'pour', 'positive'] }),
  ...group('caractere', 'pred', 'adj', ['docile', 'malléable', 'soumis|soumise|soumises', 'mollasson', 'mollasse', 'suiveur|suiveuse'], {
    notBefore: ['à', 'a', 'au', 'aux', 'de', "d'", 'du', 'des', 'par', 'en', 'sous', 'pour', 'à la', 'au régime', 'aux cotisations', "à l'impôt", 'à la TVA'] }),
  ...group('caractere', 'phrase', 'none', ['une bonne pâte', 'bonne pâte', 'un vrai mouton', 'un mouton', 'un suiveur', 'une suiveuse', 'un béni-oui-oui', 'béni-oui-oui', 'une carpette', 'un paillasson'], {
    notAfter: ['pâtissier', 'boulanger', 'de', 'élevage', 'éleveur', 'tondre'], notNear: ['pâtisserie', 'boulangerie', 'recette', 'élevage', 'bergerie', 'tonte', 'ovin', 'ovins', 'brebis', 'laine'] }),
  // a pushover in idioms: « qui se laisse marcher sur les pieds », « se fait mener par le bout du nez », « sans colonne vertébrale »
  ...group('caractere', 'phrase', 'none', ['se laisse', 'se laissait', 'se laissent', 'se laisser', 'se fait', 'se faisait', 'se faire'].flatMap((v) => [`${v} marcher sur les pieds`,
    `${v} mener par le bout du nez`, `${v} bouffer par tout le monde`, ...(v.startsWith('se laiss') ? [`${v} marcher dessus`] : [])]).concat(['sans colonne vertébrale', 'aucune colonne vertébrale', 'pas de colonne vertébrale'])),
  // patronising pity or kindness: « brave garçon », « une brave fille », « il fait pitié », « un pauvre garçon »
  ...group('impression', 'phrase', 'none', ['brave garçon', 'brave gars', 'brave fille', 'brave type', 'brave gamin', 'brave gamine', 'brave petit', 'brave petite', 'brave bougre',
    'brave homme', 'brave femme', 'bien brave', 'pauvre garçon', 'pauvre gamin', 'pauvre gamine', 'pauvre bougre', 'pauvre homme', 'pauvre femme',
    'fait pitié', 'faisait pitié', 'font pitié', 'fait peine à voir', 'faisait peine à voir', 'fait de la peine à voir', 'fait vraiment pitié', 'fait un peu pitié', 'à faire pitié'], {
    notAfter: ['ne', "n'", 'pour ne pas', 'peur de', 'crainte de', 'sans'], notBefore: ['soldat', 'pompier', 'sapeur'] }),
  // not up to a role, or bound to fail: « n'a pas l'étoffe d'un chef d'équipe », « il ne tiendra pas un CDI », « ne fera pas long feu »
  ...group('impression', 'phrase', 'none', ["pas l'étoffe", 'pas l’étoffe', "pas l'étoffe d'un", "pas l'étoffe d'une", 'pas les épaules pour', "n'a pas les épaules", 'pas la carrure pour',
    "n'a pas la carrure", 'pas le calibre', "n'a pas le calibre", "pas l'envergure", "n'a pas l'envergure", "pas le bagage pour", 'pas fait pour ce métier', 'pas faite pour ce métier',
    'ne fera pas long feu', 'fera pas long feu', 'ne tiendra pas la distance', 'ne tiendra jamais la distance', 'ne tiendra pas le rythme',
    ...['il', 'elle'].flatMap((p) => ['ne tiendra pas', 'ne tiendra jamais', 'ne tiendrait pas', 'ne tiendra pas longtemps', 'tiendra pas', 'va vite lâcher', 'lâchera vite', 'abandonnera vite',
      'ne restera pas', 'ne gardera pas', 'ne gardera jamais', 'ne décrochera jamais', 'ne trouvera jamais', 'ne réussira jamais', "n'y arrivera jamais", "n'y arrivera pas"].map((v) => `${p} ${v}`))], {
    // (a place, a time or a thing kept told after it is a plan: « elle ne restera pas sur ce poste après mars », « il ne gardera pas le véhicule de service »)
    notBefore: ['compte', 'à', 'de', "d'", 'au', 'aux', 'sa promesse', 'ses promesses', 'rigueur', 'son poste de', 'le choc', 'physiquement', 'sans', 'si', 'avant', 'car', 'à cause',
      'sur', 'dans', 'chez', 'après', 'au-delà', 'le véhicule', 'la voiture', 'son véhicule', 'sa voiture', 'le logement', 'son logement', 'le matériel', 'les clés', 'son appartement'],
    notAfter: ['peur qu', "peur qu'", 'craint qu', "craint qu'", 'crainte qu', "crainte qu'", 'dit qu', "dit qu'", 'pense qu', "pense qu'", 'estime qu', "estime qu'", 'a peur qu', 'se dit', 'que', "qu'"] }),
  ...group('paresse', 'label', 'noun', ['paresse', 'flemme', 'nonchalance', 'désinvolture', 'je-m\'en-foutisme', 'jemenfoutisme', 'poil dans la main', 'un poil dans la main', 'gros poil dans la main']),
  ...group('paresse', 'phrase', 'none', [
    "n'en fout pas une", "n'en fiche pas une", "n'en fout pas lourd", "n'en fiche pas lourd", "n'en rame pas une", "n'en branle pas une", "n'en fait pas une",
    'en fout pas une', 'en fiche pas une', 'en branle pas une', 'en rame pas une', 'ne fout rien', 'ne fiche rien', 'fout rien', 'fiche rien', 'ne branle rien', 'branle rien',
    'ne fout strictement rien', 'ne fait strictement rien', 'ne fait absolument rien', 'ne fait jamais rien', 'ne fait rien de ses journées', 'ne fait rien de ses dix doigts',
    'rien de ses dix doigts', 'ne tient pas en place', 'se la coule douce', 'se tourne les pouces', 'se roule les pouces', 'se les roule', 'se laisse vivre', 'se laisse aller',
    'traîne des pieds', 'traîne les pieds', 'traîne toujours les pieds', 'traîne toujours des pieds', 'traîne souvent les pieds', 'traîne vraiment les pieds', 'se contente du minimum', 'tire au flanc',
    'vit aux crochets', 'vit aux crochets de la société',
  ]),
  // effort done or foretold at its least: « fait le minimum », « fera le strict minimum », « en fera le moins possible » (not « le minimum requis », « le minimum syndical », « le minimum d'heures »)
  ...group('paresse', 'phrase', 'none', ['fait', 'fera', 'ferait', 'va faire', 'vont faire', 'risque de faire', 'faisait', 'fera toujours', 'ne fera que'].flatMap((v) =>
    ['le minimum', 'le strict minimum', 'le service minimum', 'le moins possible', 'juste le minimum'].map((o) => `${v} ${o}`))
    .concat(['se contentera du minimum', 'se contentera du strict minimum', 'se contenterait du minimum', 'en fera le moins possible', 'en fait le moins possible', 'fait le moins possible',
      'traînera les pieds', 'traînera des pieds', 'ne fera aucun effort', 'ne fera jamais aucun effort', 'ne fera rien de plus', 'ne foutra rien', "n'en foutra pas une", "n'en fichera pas une"]), {
    notBefore: ['requis', 'requise', 'légal', 'légale', 'exigé', 'exigée', 'contractuel', 'prévu', 'syndical', 'vital', 'de', "d'heures", "d'activité", "d'intervention", 'du', 'des', 'pour valider',
      'obligatoire', 'réglementaire'] }),
  ...group('paresse', 'phrase', 'none', ['ne fait rien', "n'a rien fait", 'ne faisait rien'], { notBefore: ["d'autre", 'de plus', 'de mal', 'le', 'la', 'les', 'sans', 'en dehors', 'contre', 'de particulier', 'pour le moment', 'à ce stade', 'ce jour', 'cette semaine', 'pendant',
    // a span of time measured, the fact the neutral wording states: « n'a rien fait depuis le dernier rdv »
    'depuis'] }),
  ...group('motivation', 'label', 'adj', ['démotivé', 'désinvesti', 'démobilisé']),
  ...group('motivation', 'phrase', 'none', [
    'aucune motivation', 'pas de motivation', 'zéro motivation', 'sans motivation', 'sans aucune motivation', 'manque de motivation', 'manque total de motivation',
    'manque flagrant de motivation', 'manque cruel de motivation', 'manque évident de motivation', 'manque criant de motivation', 'manque certain de motivation',
    'manque de volonté', 'manque total de volonté', 'manque de bonne volonté', 'aucune volonté', 'aucune bonne volonté', 'mauvaise volonté', 'de la mauvaise volonté',
    "manque d'implication", "manque total d'implication", 'aucune implication', "manque d'envie", "manque d'entrain", 'aucune envie de travailler',
    "aucune envie de s'en sortir", 'aucune envie de chercher', 'aucune envie de reprendre', 'aucune envie de retravailler', 'aucune envie de bouger',
    "aucune envie d'avancer", 'aucune envie de faire des efforts', 'pas envie de chercher', 'pas envie de se bouger', "pas envie d'avancer", "pas envie de travailler", "n'a pas envie de travailler", 'ne veut rien faire', 'veut rien faire',
    'ne veut pas bosser', 'veut pas bosser', 'ne fait aucun effort', 'ne fait pas d\'effort', 'ne fait pas d\'efforts', 'ne fait pas beaucoup d\'efforts',
    'ne fait pas le moindre effort', 'ne fait aucun des efforts', "n'a fait aucun effort", "n'a fait aucun des efforts", "n'a fait aucun effort", 'ne fait vraiment aucun effort',
    'zéro effort', 'ne se donne aucun mal', 'ne se donne pas les moyens', 'ne se donne pas de mal', 'ne se bouge pas', 'ne se bouge jamais', 'se bouge pas',
    'ne se remue pas', 'ne se prend pas en main', 'ne se prend pas en charge', 'ne s\'investit pas', 'ne s\'implique pas', 'ne s\'investit aucunement', 'ne s\'implique aucunement',
    'se fiche de tout', 'se fout de tout', 'se moque de tout', "s'en fiche", "s'en fout", "s'en moque", "s'en balance", "s'en tamponne", "n'en a rien à faire", "n'en a rien à faire",
    "n'en a rien à cirer", "n'en a rien à foutre", "n'en a rien à fiche", "n'en a rien à battre", "n'en a rien à secouer", 'rien à faire de sa recherche',
  ]),
  // uselessness: "on ne peut rien en tirer", "il n'y a rien à en tirer", "on n'en tirera rien"
  ...group('motivation', 'phrase', 'none', ['on ne peut rien en tirer', 'on ne pourra rien en tirer', "on n'en tire rien", "on n'en tirera rien", "on n'en tirera jamais rien",
    'rien à en tirer', 'rien à tirer de lui', "rien à tirer d'elle", 'rien à en attendre', 'rien à attendre de lui', "rien à attendre d'elle", 'on ne peut rien en attendre',
    'on ne peut rien en faire', 'on ne peut rien faire de lui', "on ne peut rien faire d'elle", "il n'y a rien à en faire", 'rien à en faire', 'on ne peut rien lui demander',
    'bon à jeter', 'bonne à jeter', 'irrécupérable en entreprise']),
  ...group('motivation', 'phrase', 'none', ['aucun effort', 'aucun effort de recherche'], { notBefore: ['physique', 'physiques', 'de port', 'violent', 'violents', 'intense', 'intenses', 'prolongé', 'prolongés', 'important', 'importants', 'de manutention', 'particulier'] }),
  ...group('motivation', 'phrase', 'none', ['ne veut pas travailler', 'veut pas travailler'], { notBefore: ['de', "d'", 'le', 'la', 'les', 'en', 'dans', 'au', 'aux', 'à', 'avant', 'après', 'pour', 'avec', 'sur', 'chez', 'loin', 'seul', 'seule', 'plus', 'sans', 'comme', 'ni', 'à', 'en dehors', 'trop', 'dehors', 'debout', 'assis', 'assise', 'tard', 'tôt', 'ce', 'cette', 'ces', 'un', 'une', 'plus de', 'moins'] }),
  // ambition
  ...group('ambition', 'phrase', 'none', ['sans ambition', 'sans aucune ambition', 'aucune ambition', "manque d'ambition", "manque total d'ambition"]),
  // victimisation, attentisme said as nouns ("Posture de victimisation permanente", "attitude de victime"); not a victimisation survey or secondary victimisation
  ...group('plainte', 'label', 'noun', ['victimisation', 'posture de victime', 'attitude de victime', 'posture victimaire', 'discours victimaire', 'rôle de victime', 'rôle de la victime'], {
    notAfter: ['enquête de', 'enquêtes de', 'enquête nationale de', 'prévention de la', 'risque de', 'risques de', 'taux de', 'statistiques de', 'la'],
    notBefore: ['secondaire', 'scolaire', 'des victimes'],
  }),
  ...group('paresse', 'label', 'noun', ['attentisme', 'passivité', 'immobilisme'], { notBefore: ['du marché', 'des entreprises', 'des employeurs', 'des recruteurs', 'administratif', 'de l’administration', "de l'administration", 'des services', 'de la banque'] }),
  // a person cast as a spoiled or petty type with a diminutive, or by net slang: « une petite princesse », « un petit chef », « un vrai no-life »
  ...group('caractere', 'label', 'none', ['petite princesse', 'petites princesses', 'petit prince', 'petits princes', 'petite diva', 'petit roi', 'petite reine des', 'petits caïds',
    'petit chef', 'petite cheffe', 'petits chefs', 'petite madame', 'petit monsieur', 'petite nature', 'petit coq', 'petite pimbêche', 'petit frimeur',
    'no-life', 'no-lifes', 'no life', 'nolife', 'kikoo', 'kikou', 'tryhard', 'gros geek', 'vrai geek', 'vraie geek',
    // the film's stay-at-home son, never the surname (« Mme Maëlle Tanguy », « loic.tanguy@… »): with an article, a degree or a frame
    'un tanguy', 'un vrai tanguy', 'une vraie tanguy', 'un peu tanguy', 'syndrome tanguy', 'syndrome de tanguy', 'effet tanguy', 'côté tanguy', 'version tanguy', 'mode tanguy',
    'un éternel tanguy', 'façon tanguy', 'genre tanguy', 'style tanguy', 'joue les tanguy', 'petit tanguy'], {
    // a trade named after it: « le petit chef d'orchestre », « petit chef de rang »
    notBefore: ['de', "d'orchestre", "d'équipe", "d'atelier", "d'entreprise", "d'agence", "d'antenne", 'cuisinier', 'pâtissier', 'étoilé'],
    notNear: ['Saint-Exupéry', 'livre', 'conte', 'spectacle', 'théâtre', 'film', 'lecture', 'cyclisme', 'vélo', 'jeu vidéo', 'série'] }),
  // minimising what the person did: « il minimise tout », « minimise les faits » (not a process that « minimise tout risque », « les pertes »)
  ...group('mensonge', 'phrase', 'none', withAdverbs(['minimise tout', 'minimisait tout', 'minimise les faits', 'minimisait les faits', 'minimise ses actes', 'minimise sa responsabilité',
    'minimise sa part', 'minimise ses torts', 'minimise ce qui s’est passé', "minimise ce qui s'est passé", 'banalise tout', 'banalise les faits', 'banalisait les faits']), {
    notBefore: ['risque', 'risques', 'impact', 'impacts', 'coût', 'coûts', 'perte', 'pertes', 'déchet', 'déchets', 'gaspillage', 'temps', 'erreur', 'erreurs', 'effort', 'efforts', 'danger', 'dangers', 'frais', 'les risques', 'les pertes', 'les coûts'],
    notNear: ['logiciel', 'procédé', 'processus', 'méthode', 'algorithme', 'machine', 'système', 'dispositif', 'outil', 'technique'] }),
  // plainte, victimisation
  ...group('plainte', 'label', 'adj', ['râleur', 'geignard', 'pleurnichard', 'pleurnicheur', 'chouineur', 'victimaire', 'plaintif', 'procédurier', 'chicaneur', 'rouspéteur']),
  ...group('plainte', 'phrase', 'none', [
    ...frustration(['se plaint', 'se plaignait', 'se lamente', 'râle', 'râlait', 'rouspète', 'ronchonne', 'grogne', 'pleurniche', 'chouine']),
    'pleurniche', 'pleurnichait', 'pleurnicher', 'chouine', 'chouiner', 'se victimiser', 'se poser en victime', 'jouer les victimes', 'jouer la victime',
    'se victimise', 'se victimisait', 'fait sa victime', 'fait la victime', 'pleure sur son sort',
    ...withAdverbs(['se pose en victime', 'se posait en victime', 'se posent en victimes', 'se pose comme une victime', 'joue les victimes', 'joue la victime', 'jouait les victimes',
      'jouait la victime', 'se place en victime', 'se met en position de victime', 'se vit en victime']),
    "s'apitoie sur son sort", "s'apitoyait sur son sort", 'fait son cinéma', 'fait du cinéma', 'fait tout un cinéma', 'fait tout un drame', 'en fait des tonnes',
    'en rajoute', 'fait des histoires', 'fait des caprices', 'fait sa diva', 'fait sa princesse', 'fait son intéressant', 'fait son intéressante',
    'cherche des excuses', 'cherche toujours des excuses', 'trouve toujours des excuses', 'a toujours une excuse', 'a toujours une bonne excuse', 'se cherche des excuses',
    'a toujours une bonne raison', 'a réponse à tout', 'tout est toujours la faute des autres',
    // denial and blame laid elsewhere: « il minimise tout », « rejette toujours la faute sur les autres », « ne se remet jamais en cause »
    ...withAdverbs(['rejette la faute sur les autres', 'rejetait la faute sur les autres', 'rejette la faute sur tout le monde', 'rejette tout sur les autres', 'se défausse sur les autres',
      'se dédouane de tout', 'se dédouanait de tout']),
    'ne reconnaît jamais ses torts', 'ne reconnaît jamais ses erreurs', 'ne reconnaissait jamais ses torts', 'ne se remet jamais en question', 'ne se remet jamais en cause',
    'ne se remettait jamais en question', 'jamais de sa faute', 'jamais sa faute', "c'est toujours la faute des autres", 'toujours la faute des autres',
  ]),
  // complaining without end is a habit, whatever its object (« se plaint tout le temps de son employeur », « râle sans arrêt »); complaining much or often
  // is one only without an object: with it, a grievance reported (« se plaint beaucoup de l'exploitant », « râle souvent contre les horaires »)
  ...group('plainte', 'phrase', 'none', plaint(PLAINT_VERBS).filter((p) => !DEGREE_TAILS.some((t) => p.endsWith(` ${t}`)))),
  ...group('plainte', 'phrase', 'none', PLAINT_VERBS.flatMap((h) => DEGREE_TAILS.map((t) => `${h} ${t}`)), {
    // « de » stands for every complement (« de l'exploitant »: an elided article cannot end a listed sequence); the habit « … de tout » is listed below
    notBefore: ['de', 'du', 'des', 'contre', 'auprès', 'que', "qu'on", "qu'il", "qu'elle", "qu'ils", "qu'elles", 'sur', 'à propos', 'au sujet', 'après', 'envers',
      // « critique souvent le manque de postes »: the object criticised
      'le', 'la', 'les', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'un', 'une'] }),
  ...group('plainte', 'phrase', 'none', ['se plaint', 'se plaignait', 'râle', 'râlait', 'rouspète', 'ronchonne', 'grogne', 'critique'].flatMap((h) =>
    ['beaucoup', 'souvent', 'toujours', 'trop', 'sans cesse', 'constamment', 'tout le temps'].map((t) => `${h} ${t} de tout`))),
  // fiabilité, sérieux
  ...group('fiabilite', 'phrase', 'none', ['manque de sérieux', 'manque total de sérieux', 'aucun sérieux', 'pas franc du collier', 'pas franche du collier', 'pas digne de confiance', 'peu digne de confiance', 'manque de respect', 'aucun respect', 'manque de politesse', 'aucune politesse', 'manque de savoir-vivre', 'aucun savoir-vivre']),
  ...group('fiabilite', 'label', 'adj', ['inconstant', 'négligent']),
  // pénibilité ressentie par le conseiller
  ...group('penible', 'pred', 'adj', ['pénible', 'insupportable', 'infernal', 'agaçant', 'exaspérant', 'irritant', 'fatigant', 'épuisant', 'usant', 'lourd', 'collant', 'envahissant', 'casse-tête', 'gonflant', 'soûlant', 'saoulant', 'relou'], { kin: true, notBefore: ['de', "d'", 'pour', 'physiquement', 'à porter', 'à soulever', 'à manipuler', 'à vivre', 'à supporter', 'en termes', 'sur le plan'] }),
  ...group('penible', 'label', 'none', ['pot de colle', 'pot-de-colle', 'casse-tête ambulant', 'vrai crampon', 'vraie sangsue', 'une sangsue', 'vraie glu']),
  // "Crampon au téléphone": the clinging person; not the studs of a boot ("chaussures à crampons", "crampons d'alpinisme")
  ...group('penible', 'label', 'none', ['crampon', 'sangsue'], { notAfter: ['à', 'a', 'de', "d'", 'des', 'les', 'aux', 'ses', 'un', 'le', 'avec', 'sans'], notBefore: ["d'alpinisme", 'à glace', 'de', "d'", 'vissés', 'moulés'] }),
  // vulgar adjectives: said of the person, or after a degree adverb whatever they qualify ("gestion complètement bordélique")
  ...group('caractere', 'pred', 'adj', ['bordélique', 'merdique', 'foireux|foireuse|foireux|foireuses', 'dégueulasse', 'dégueu', 'craignos', 'pourrave'], { notBefore: ['de', "d'", 'que', "qu'", 'pour'], vulgar: true }),
  // slang put-downs on body and intelligence: "gros bras pas très malin", "brute épaisse"
  ...group('intelligence', 'label', 'none', ['gros bras', 'brute épaisse', 'grosse brute', 'tas de muscles', 'tout dans les muscles', 'que du muscle', 'plus de muscles que de cerveau',
    'muscles mais pas de cerveau', 'tout en muscles'], { notAfter: ['de', 'des', 'ses', 'les', 'aux'] }),
  // the writer's guess that the person was drinking: "a dû picoler la veille", "devait être bourré", "encore en train de cuver"
  ...group('impression', 'phrase', 'none', ['a dû', 'avait dû', 'doit', 'devait', 'sûrement', 'probablement']
    .flatMap((m) => ['picoler', 'picolé', 'trop picoler', 'trop picolé', 'boire la veille', 'trop boire', 'trop bu', 'avoir bu', 'avoir trop bu', 'être bourré', 'être bourrée',
      'bourré', 'bourrée', 'être saoul', 'être saoule', 'être soûl', 'être soûle', 'être éméché', 'être éméchée', 'cuver', 'en train de cuver', 'avoir la gueule de bois', 'la gueule de bois',
      'faire la fête la veille', 'se mettre une mine', 'se bourrer la gueule', 'être pompette', 'avoir un coup dans le nez', 'un coup dans le nez'].map((v) => `${m} ${v}`))
    .concat(['cuve son vin', 'cuvait son vin', 'cuver son vin', 'gueule de bois', 'un coup dans le nez', 'un verre dans le nez', 'bourré comme un coing', 'complètement bourré', 'complètement bourrée',
      'encore bourré', 'encore bourrée', 'encore saoul', 'encore saoule', 'soûlard', 'soûlarde', 'saoulard', 'saoularde', 'soiffard']), { notBefore: ['de', "d'"] }),
  // all talk: "a la tchatche mais rien derrière", "que du vent", "brasseur de vent"
  ...group('impression', 'phrase', 'none', ['tchatche', 'bagout', 'baratin', 'blabla', 'bla-bla', 'beau discours', 'beaux discours', 'belle gueule', 'belle vitrine', 'parle bien', 'parle beaucoup',
    'promet beaucoup', 'grandes phrases', 'belles paroles', 'beaucoup de paroles', 'bonne présentation', 'belle présentation', 'façade', 'apparences']
    .flatMap((w) => ['mais rien derrière', 'mais pas grand-chose derrière', 'mais rien de concret derrière', 'mais rien dans le ventre', 'mais aucun acte', "mais pas d'actes", 'et rien derrière'].map((t) => `${w} ${t}`))
    .concat(['que du vent', 'que de la tchatche', 'que du blabla', 'que du bla-bla', 'que de la gueule', 'beaucoup de blabla', 'beaucoup de bla-bla', 'brasseur de vent', 'brasseuse de vent',
      'brasse du vent', "brasse de l'air", 'parle pour ne rien dire', 'grand parleur', 'grande parleuse', 'beaucoup de paroles et peu d’actes', "beaucoup de paroles et peu d'actes",
      'plus de paroles que d’actes', "plus de paroles que d'actes", 'grande gueule mais rien derrière', 'mais rien derrière']), {
    notNear: ['météo', 'pluie', 'tempête', 'rafales', 'éolienne', 'éoliennes', 'voile', 'vent fort', 'moteur', 'armoire', 'meuble', 'placard', 'tiroir', 'coffre'] }),
  // âge
  // caractère, intelligence, paresse, plainte: further lay words
  ...group('caractere', 'pred', 'adj', ['émotif', 'hypersensible', 'trop sensible', 'à fleur de peau', 'vulgaire', 'primaire', 'toxique', 'sanguin', 'inquiétant', 'flippant', 'vicieux', 'mal éduqué', 'sauvage', 'lourdaud', 'balourd'],
    { notBefore: ['de', "d'", 'que', "qu'", 'pour'] }),
  // ingratitude, coarseness, nerve: « très ingrate », « assez fruste dans ses échanges », « un peu cavalier » (not « un métier ingrat », « un outil fruste »: said of a person only)
  ...group('caractere', 'pred', 'adj', ['ingrat', 'fruste', 'mufle', 'malappris', 'sans vergogne'], { notBefore: ['de', "d'", 'que', "qu'", 'pour'] }),
  // complaining, by the person's tears or soreness: « un peu larmoyante quand on parle de sa mère », « la trouve douillette » (not « un pull douillet », « un film larmoyant »)
  ...group('plainte', 'pred', 'adj', ['larmoyant', 'pleurard', 'geignant', 'douillet'], { notBefore: ['de', "d'", 'que', "qu'", 'pour'] }),
  ...group('caractere', 'phrase', 'none', ['aucune éducation', "n'a aucune éducation", 'sans aucune éducation', 'aucun savoir-être', 'zéro savoir-être', 'pas de savoir-être']),
  ...group('intelligence', 'label', 'adj', ['nunuche', 'bébête', 'bas du front']),
  ...group('intelligence', 'pred', 'adj', ['perché', 'endormi'], { notBefore: ['de', "d'", 'en', 'dans', 'sur', 'pour', 'que', "qu'"] }),
  ...group('intelligence', 'pred', 'adj', ['à la masse', 'à la ramasse', 'à côté de ses pompes', 'incompétent', 'médiocre', 'ras des pâquerettes'], { notBefore: ['de', "d'", 'que', "qu'"] }),
  ...group('paresse', 'label', 'adj', ['planqué', 'tire-au-cul', 'feignant comme une couleuvre', 'fainéant comme une couleuvre']),
  ...group('plainte', 'label', 'none', ['chochotte', 'petite nature', 'gros bébé', 'gnangnan']),
  // colloquial judgements of temper, wit and touchiness, with their mitigators handled by the tone frames
  // (« un homme bourru », « pas bien dégourdi », « elle se braque vite », « se complaît dans la plainte »);
  // « s'emporte dès qu'on parle de formation » names its trigger: an observation, left alone
  ...group('caractere', 'label', 'adj', ['bourru', 'bourrin', 'cabochard', 'rustaud', 'mal luné', 'mal embouché', 'mal aimable', 'malaimable', 'soupe-au-lait', 'brut de décoffrage',
    'pète-sec', 'peau de vache', 'tête de lard', 'pas commode', 'peu commode', 'pas facile à vivre'], { notBefore: ['de', "d'"] }),
  ...group('caractere', 'pred', 'adj', ['taciturne', 'brusque', 'farouche', 'rugueux', 'abrupt', 'bougonneur', 'sec', 'cassant', 'sur la défensive', 'sur ses gardes', 'ombrageux'],
    { notBefore: ['de', "d'", 'que', "qu'", 'pour', 'à'] }),
  ...group('intelligence', 'label', 'adj', ['godiche', 'nouille', 'bas du plafond', 'long à la détente', 'lent à la comprenette']),
  ...group('caractere', 'phrase', 'none', [...['se braque', 'se braquait', 'se braquent', 'se braquer', 'se vexe', 'se vexait', 'se vexer', 'se froisse', 'se froissait', "s'emporte", "s'emportait",
    's’emporte', 'se ferme', 'se fermait', 'se referme', 'se refermait', 'prend la mouche', 'prenait la mouche'].flatMap((v) => ['vite', 'très vite', 'facilement', 'pour un rien',
    'tout de suite', 'rapidement', 'au quart de tour', 'à la moindre remarque', 'à la moindre critique', 'comme une huître'].map((t) => `${v} ${t}`)),
    'se braque', 'se braquait', 'se braquent', 'prend tout mal', 'prenait tout mal', 'prend tout de travers', 'prend tout personnellement', 'prend tout pour lui', 'prend tout pour elle'],
  { notNear: ['volant', 'roues', 'roue', 'voiture', 'véhicule', 'porte', 'magasin', 'boutique', 'guichet', 'usine', 'site', 'agence', 'chantier', 'braquage', 'arme', 'pistolet'],
    // the trigger named right after is an observation: « se ferme vite quand on parle de son passé », « se braque dès qu'on évoque ses absences »
    notBefore: ['quand', 'lorsque', "lorsqu'", 'lorsqu’', "dès qu'on", 'dès qu’on', "dès qu'il", "dès qu'elle", "dès qu'", 'dès qu’', 'dès que', 'si on', "s'il", "si l'on", 'chaque fois', 'à chaque fois', 'sur le sujet', 'à ce sujet', 'au sujet de', 'à propos de'] }),
  ...group('plainte', 'phrase', 'none', ['se complaît', 'se complait', 'se complaisait', 'se complaire', 'se complaisent', "s'y complaît", "s'y complait", 's’y complaît', 'se vautre dans', 'se complaît dans la plainte'],
    // « il se complaît dans son nouveau métier »: at ease in a job, no wallowing
    { notNear: ['métier', 'poste', 'travail', 'emploi', 'fonction', 'fonctions', 'mission', 'missions', 'formation', 'stage', 'équipe', 'rôle', 'nouveau', 'nouvelle'] }),
  // "Toujours à râler", "sans arrêt à se plaindre", "tout le temps à pleurnicher"
  ...group('plainte', 'phrase', 'none', ['toujours', 'sans cesse', 'sans arrêt', 'tout le temps', 'constamment', 'encore'].flatMap((a) => ['râler', 'se plaindre', 'geindre',
    'ronchonner', 'pleurnicher', 'chouiner', 'rouspéter', 'grogner', 'se lamenter', 'tout critiquer', 'critiquer', 'contester', 'se victimiser', 'pinailler', 'chipoter',
    'bougonner', 'maugréer', 'rechigner', 'jérémiader', 'se justifier', 'discutailler', 'chercher des excuses', 'se trouver des excuses', 'tout remettre en cause', 'ergoter',
    'récriminer', 'se défiler'].map((v) => `${a} à ${v}`))),
  ...group('plainte', 'phrase', 'none', ['toujours en train de se plaindre', 'toujours en train de râler', 'toujours en train de pleurnicher', 'passe son temps à se plaindre',
    'passe son temps à râler', 'passe son temps à pleurnicher', 'en train de se plaindre', 'à se plaindre sans arrêt', 'se plaint de tout']),
  // label-style put-downs after a person or profile noun: "profil à problèmes", "un jeune à histoires"
  ...group('impression', 'pred', 'none', ['à problèmes', 'à problème', 'à histoires', 'à emmerdes', 'à embrouilles', 'à soucis'], { notBefore: ['de', "d'", 'pour'] }),
  // ageist guesses: "doit être dépassé par l'informatique à son âge"; not the person's own words ("se sent dépassée par l'informatique")
  ...group('age', 'phrase', 'none', ["l'informatique", 'le numérique', 'les outils numériques', "l'ordinateur", 'les ordinateurs', 'internet', 'la technologie', 'les technologies',
    "l'outil informatique", 'les smartphones', 'les écrans', 'la dématérialisation', 'le digital', 'les démarches en ligne']
    .flatMap((t) => ['dépassé', 'dépassée', 'largué', 'larguée', 'perdu', 'perdue'].flatMap((p) => [`${p} par ${t}`, `${p} avec ${t}`])), {
    near: ['âge', 'doit', 'devait', 'sûrement', 'forcément', 'certainement', 'probablement', 'génération', 'vieux', 'vieille', 'senior', 'seniors', 'ancienne', 'ancien', 'doute', 'tous', 'toutes'],
  }),
  // an inflated self-image in lay words: "ego surdimensionné", "a pris le melon", "se prend pour un ministre", "une vraie diva"
  ...group('arrogance', 'label', 'none', ['ego surdimensionné', 'égo surdimensionné', 'ego démesuré', 'égo démesuré', 'ego hypertrophié', 'égo hypertrophié', 'gros ego', 'gros égo',
    'ego énorme', 'égo énorme', 'ego XXL', 'égo XXL', 'ego gonflé', 'égo gonflé', 'folie des grandeurs', 'la grosse tête', 'a pris le melon', 'a le melon', 'prend le melon', 'a chopé le melon',
    'les chevilles qui enflent', 'chevilles qui enflent', 'sorti de la cuisse de Jupiter', 'sortie de la cuisse de Jupiter', 'prima donna', 'petit chef', 'petite cheffe', 'joue les stars',
    'joue les divas', 'fait sa star', 'se prend pour une star', 'se la joue', 'se croit sorti de la cuisse de Jupiter', 'se croit sortie de la cuisse de Jupiter']),
  ...group('arrogance', 'label', 'noun', ['diva'], { notBefore: ["de l'opéra", 'du jazz', 'de la soul', 'de la chanson', 'du blues', 'de la pop'],
    notNear: ['opéra', 'lyrique', 'soprano', 'chanteuse', 'chanteur', 'chant', 'concert', 'concerts', 'album', 'disque', 'répertoire'] }),
  ...group('arrogance', 'phrase', 'none', withAdverbs(['se prend', 'se prenait', 'se prennent', 'se prendrait'].flatMap((v) => ['un', 'une', 'le', 'la', "l'", 'des'].map((a) => `${v} pour ${a}`))), {
    // "le congé se prend pour une durée de…", "se prend pour un an"
    notBefore: ['durée', 'période', 'an', 'année', 'mois', 'jour', 'journée', 'semaine', 'fois', 'minimum', 'maximum', 'total', 'moment', 'temps', 'heure', 'demi-journée', 'motif', 'raison'],
    notNear: ['congé', 'congés', 'RTT', 'pause', 'médicament', 'traitement', 'comprimé', 'repas', 'décision', 'rendez-vous'] }),
  // showing off: "fait le malin devant les autres", "joue les caïds"
  ...group('arrogance', 'phrase', 'none', ['fait le malin', 'fait la maligne', 'faisait le malin', 'faisait la maligne', 'fait le kéké', 'faisait le kéké', 'fait le caïd', 'faisait le caïd',
    'joue au caïd', 'joue les caïds', 'joue les gros bras', 'fait le fier', 'fait la fière', 'fait le fanfaron', 'fait la belle', 'roule des mécaniques', 'roulait des mécaniques',
    'bombe le torse', 'bombait le torse', 'fait son show', 'faisait son show', 'fait son cinéma', 'faisait son cinéma', 'amuse la galerie', 'amusait la galerie']),
  // sugary or fawning manners: "mielleux au premier abord", "obséquieux avec la direction"
  ...group('manipulation', 'label', 'adj', ['mielleux', 'doucereux', 'obséquieux', 'flagorneur|flagorneuse|flagorneurs|flagorneuses', 'cauteleux', 'patelin', 'faux derche', 'faux-derche'],
    { notBefore: ['de', "d'"] }),
  // hard and cutting, spaced-out: "rigide et cassant", "complètement déjanté", "un peu lunaire"
  ...group('caractere', 'pred', 'adj', ['cassant', 'abrupt', 'sec', 'tranchant'], { notBefore: ['de', "d'", 'que', "qu'", 'pour', 'à', 'au', 'en', 'comme'] }),
  ...group('impression', 'pred', 'adj', ['déjanté', 'azimuté', 'frappadingue', 'siphonné', 'fêlé', 'allumé', 'lunaire', 'toqué', 'barré'], { notBefore: ['de', "d'", 'que', "qu'", 'pour', 'à', 'au', 'en', 'par', 'sur', 'dans', 'depuis', 'le', 'la', 'les'] }),
  // out of touch with reality: "vit dans le monde des bisounours", "n'a pas les pieds sur terre", "déconnecté de la réalité"
  ...group('immaturite', 'label', 'none', ['monde des bisounours', 'pays des bisounours', 'chez les bisounours', 'un vrai bisounours', 'une vraie bisounours', 'au pays des merveilles',
    'au pays des licornes', 'monde des licornes', 'sur une autre planète', 'sur sa planète', 'sur son nuage', 'dans un monde parallèle', 'dans son monde à lui', 'dans son monde à elle',
    'pas les pieds sur terre', 'les pieds pas sur terre', 'la tête dans les nuages', 'tête dans les nuages', 'doux rêveur', 'douce rêveuse', 'plane complètement', 'plane à 10 000',
    'plane à dix mille', 'plane à quinze mille', 'vit dans ses rêves', 'prend ses rêves pour des réalités', 'prend ses désirs pour des réalités'],
    { notAfter: ['pas', 'marché', 'entreprise', 'projet'] }),
  ...group('immaturite', 'pred', 'none', ['déconnecté de la réalité', 'déconnectée de la réalité', 'déconnecté des réalités', 'déconnectée des réalités', 'coupé de la réalité',
    'coupée de la réalité', 'hors des réalités', 'hors-sol',
    // « complètement coupée du monde réel », « déconnecté du réel », « loin des réalités »
    'coupé du monde réel|coupée du monde réel|coupés du monde réel|coupées du monde réel', 'coupé des réalités|coupée des réalités', 'coupé du réel|coupée du réel',
    'déconnecté du réel|déconnectée du réel', 'déconnecté du monde réel|déconnectée du monde réel', 'loin des réalités', 'loin de la réalité', 'hors sol', 'hors de la réalité', 'à côté des réalités']),
  // hiding behind problems or excuses: "se cache derrière ses problèmes", "se réfugie derrière son âge", "trouve toujours une excuse"
  ...group('plainte', 'phrase', 'none', [...['se cache', 'se cachait', 'se réfugie', 'se réfugiait', 'se retranche', 'se retranchait', "s'abrite", "s'abritait", 'se planque', 'se planquait']
    .flatMap((v) => ['ses', 'son', 'sa', 'leurs', 'leur'].map((d) => `${v} derrière ${d}`)),
    'trouve toujours une excuse', 'trouve toujours des excuses', 'se trouve toujours des excuses', 'a toujours une excuse', 'a toujours une bonne excuse', 'toujours une bonne excuse',
    'a réponse à tout', 'une excuse pour tout', 'des excuses pour tout'], { notBefore: ['écran', 'ordinateur', 'comptoir', 'bureau', 'caisse', 'guichet', 'vitre'] }),
  // wandering talk: "se perd dans des digressions sans intérêt", "part dans tous les sens", "tourne autour du pot"
  ...group('impression', 'phrase', 'none', ['digressions sans intérêt', 'digressions inutiles', 'digressions interminables', 'digressions sans fin', 'digresse sans cesse', 'digresse beaucoup',
    'digresse tout le temps', 'digresse en permanence', 'se perd dans des digressions', 'se perdre dans des digressions', 'se perdait dans des digressions', 'se perd en digressions',
    'se perdre en digressions', 'propos sans intérêt', 'bavardages sans intérêt', 'considérations sans intérêt', 'part dans tous les sens', 'partait dans tous les sens',
    'part dans des délires', 'noie le poisson', 'noyait le poisson', 'tourne autour du pot', 'tournait autour du pot', 'radote', 'radotait', 'moulin à paroles', 'pipelette',
    'bavard comme une pie', 'bavarde comme une pie', 'parle pour ne rien dire', 'parlait pour ne rien dire', 'blablate', 'jacasse', 'jacassait']),
  // "d'une lenteur exaspérante", "d'une mauvaise foi totale": said of the person only (pred)
  ...group('impression', 'pred', 'none', ["d'une lenteur", "d'une bêtise", "d'une paresse", "d'une mollesse", "d'une nonchalance", "d'une arrogance", "d'une grossièreté",
    "d'une vulgarité", "d'une naïveté", "d'une lourdeur", "d'une incompétence", "d'une mauvaise foi", "d'une passivité", "d'une inertie", "d'une agressivité", "d'une insolence",
    "d'une lenteur affligeante", "d'un sans-gêne", "d'un je-m'en-foutisme", "d'une susceptibilité", "d'une négligence"]),
  ...group('age', 'phrase', 'none', ['trop vieux', 'trop vieille', 'trop âgé', 'trop âgée', 'trop vieux pour', 'plus tout jeune', 'plus toute jeune', 'pas employable à son âge', 'plus employable à son âge', 'en fin de course', 'a passé l\'âge', 'a fait son temps', 'vieux jeu', 'has been', 'dépassé par les nouvelles technologies']),
  // a person cast as a type with "vrai" or "comme un": "un vrai cow-boy", "une vraie diva", "joue les caïds"
  ...group('caractere', 'phrase', 'none', ['cow-boy', 'cowboy', 'clown', 'pitre', 'princesse', 'tyran', 'dictateur', 'bulldozer', 'rouleau compresseur',
    'électron libre', 'franc-tireur', 'ours', 'sauvage', 'peste', 'teigne', 'vipère', 'langue de vipère', 'mauvaise langue', 'commère', 'concierge',
    'touriste', 'zombie', 'fantôme', 'courant d’air', "courant d'air", 'caméléon', 'anguille']
    .flatMap((n) => [`vrai ${n}`, `vraie ${n}`, `vrais ${n}`, `vraies ${n}`, `véritable ${n}`]).concat(
      ['cow-boy', 'cowboy', 'cow-boys', 'cowboys', 'gros bras', 'princesses', 'victimes', 'fortes têtes', 'malins', 'durs'].flatMap((n) => [`joue les ${n}`, `jouer les ${n}`, `jouait les ${n}`, `fait le ${n}`].filter((p) => !p.startsWith('fait le') || !/s$/.test(n)))),
    { notNear: ['western', 'ranch', 'rodéo', 'spectacle', 'animation', 'costume', 'déguisement', 'film', 'théâtre', 'cirque', 'parc', 'jeu', 'figurant', 'comédien', 'comédienne', 'cinéma'] }),
  // a person unable to hold their tongue or to keep still: "incapable de se taire", "ne sait pas tenir sa langue", "parle sans arrêt"
  ...group('caractere', 'phrase', 'none', [
    ...['incapable de', 'incapables de', 'ne sait pas', 'ne savait pas', 'ne sait jamais', 'ne peut pas', "n'arrive pas à", "n'arrive jamais à"].flatMap((h) => ['se taire', 'tenir sa langue',
      'fermer sa bouche', 'la fermer', 'rester en place', 'tenir en place', 'se contrôler', 'se maîtriser', 'se canaliser', 'se remettre en question', 'écouter les autres',
      'laisser parler les autres', 'respecter les consignes'].map((t) => `${h} ${t}`)),
    // « ne sait pas se tenir » (behave); « le rendez-vous ne peut pas se tenir », « ne peut pas se tenir debout » are facts
    'ne sait pas se tenir', 'ne savait pas se tenir', 'ne sait jamais se tenir',
    "n'arrête pas de parler", "n'arrête jamais de parler", "n'arrêtait pas de parler", 'parle sans arrêt', 'parle sans cesse', 'parle tout le temps', 'parle à tort et à travers',
    'parle trop', 'parlait trop', 'bavarde sans arrêt', 'bavarde sans cesse',
    'a la langue bien pendue', 'langue bien pendue', 'ne tient pas sa langue', 'ne tient pas en place',
  ], { notBefore: ['vite', 'fort', 'bas', 'doucement', 'lentement', 'vite pour', 'longtemps', 'de', 'du', 'des'], notNear: ['bébé', 'nourrisson', 'chien', 'animal', 'machine', 'moteur', 'logiciel', 'appareil', 'patient', 'patients', 'résident', 'résidents', 'enfants'] }),
  // unable to keep a date, a time or an effort: « incapable de retenir une date », « incapable d'arriver à l'heure »; not a capacity lost to a condition
  // (« incapable de se déplacer sans aide », « depuis son AVC, incapable de retenir une consigne »: health)
  ...group('fiabilite', 'phrase', 'none', [...['une date', 'les dates', 'un rendez-vous', 'ses rendez-vous', 'les rendez-vous', 'un horaire', 'les horaires', 'une consigne', 'les consignes',
    'quoi que ce soit', 'une information', 'les informations', 'ce qu’on lui dit', "ce qu'on lui dit", 'la leçon', 'ses leçons'].map((o) => `retenir ${o}`), 'se souvenir de ses', "s'organiser", 'se prendre en main', 'se bouger', 'tenir ses engagements', 'tenir un engagement', 'tenir parole',
    'tenir un horaire', 'tenir ses horaires', 'se lever le matin', "se lever à l'heure", 'suivre une consigne', 'suivre les consignes', 'faire un effort', 'fournir un effort',
    'rester concentré', 'rester concentrée', "arriver à l'heure", "être à l'heure", 'être ponctuel', 'être ponctuelle', 'se motiver']
    .flatMap((t) => (/^[aeéiou]/.test(t) ? [`incapable d'${t}`, `incapable d’${t}`, `incapables d'${t}`] : [`incapable de ${t}`, `incapables de ${t}`])), {
    notBefore: ['ses larmes', 'sa colère', 'son émotion', 'ses émotions', 'son souffle', 'sa respiration', 'ses urines', 'les informations sans', 'la charge'],
    notNear: ['AVC', 'accident', 'traumatisme', 'opération', 'chimio', 'chimiothérapie', 'maladie', 'Alzheimer', 'lésion', 'tumeur', 'handicap', 'trouble', 'troubles', 'séquelles',
      'TDAH', 'traitement', 'médicament', 'médicaments', 'douleur', 'douleurs', 'fatigue', 'dépression', 'burn-out', 'crise', 'crises', 'enfant', 'enfants', 'bébé',
      // a capacity lost to an injury or an illness, named with its own word: « depuis sa commotion, incapable de rester concentré »
      'commotion', 'infarctus', 'cancer', 'coma', 'méningite', 'sclérose', 'covid', 'Covid', 'hospitalisation', 'hospitalisé', 'hospitalisée', 'opéré', 'opérée', 'blessure', 'chute',
      'convalescence', 'rééducation', 'neurologue', 'psychiatre', 'anxiété', 'diagnostic', 'diagnostiqué', 'diagnostiquée', 'dyslexie', 'épilepsie', 'insomnie', 'insomnies'] }),
  // taking training or help lightly, as a trip: "fait du tourisme en formation", "vient en touriste", "fait acte de présence", "collectionne les formations"
  ...group('motivation', 'phrase', 'none', [
    ...['fait du tourisme', 'faisait du tourisme', 'fait un peu de tourisme', 'fait surtout du tourisme'].flatMap((h) => ['en formation', 'en stage', 'au stage', 'en atelier',
      'aux ateliers', 'à la formation', 'dans sa formation', 'dans les formations', 'de formation en formation', 'de stage en stage', 'à France Travail', 'à Pôle emploi', 'dans le dispositif',
      'au chantier', 'sur le chantier', 'en entreprise', 'en cours', 'à la mission locale'].map((t) => `${h} ${t}`)),
    'vient en touriste', 'venait en touriste', 'est là en touriste', 'était là en touriste', 'participe en touriste', 'suit la formation en touriste', 'en simple touriste',
    'fait acte de présence', 'faisait acte de présence', 'fait de la figuration', 'faisait de la figuration', 'chauffe sa chaise', 'chauffe la chaise', 'chauffer sa chaise',
    'collectionne les formations', 'collectionne les stages', 'collectionneur de formations', 'collectionneuse de formations', 'papillonne de formation en formation',
    'zappe de formation en formation', 'enchaîne les formations sans les finir', 'vient pour la forme', 'vient pour le défraiement', 'vient pour la rémunération',
  ]),
  // the person as goods: "pas vendable en l'état", "invendable", "pas plaçable", "pas sortable"
  ...group('impression', 'phrase', 'none', ['pas vendable', 'pas très vendable', 'peu vendable', 'pas vraiment vendable', 'difficilement vendable', 'invendable', 'pas plaçable',
    'pas placable', 'peu plaçable', 'difficilement plaçable', 'pas très plaçable', 'impossible à vendre à un employeur', 'pas sortable', 'pas montrable', 'pas présentable en entreprise',
    'pas vendable à un employeur', 'pas exploitable', 'pas recasable'], {
    notAfter: ['produit', 'produits', 'article', 'articles', 'marchandise', 'marchandises', 'stock', 'bien', 'appartement', 'maison', 'voiture', 'véhicule', 'lot', 'lots', 'terrain', 'fonds'],
    notNear: ['produit', 'produits', 'marchandise', 'marchandises', 'stock', 'stocks', 'invendus', 'rayon', 'magasin', 'article', 'articles', 'immobilier', 'maison', 'voiture', 'véhicule',
      'données', 'fichier', 'fichiers', 'photos', 'résultats', 'récolte', 'fruits', 'légumes', 'viande', 'périmé', 'périmés', 'abîmé', 'abîmés'],
  }),
  // vulgar speech compared to a trade: "parle comme un charretier", "langage de charretier", "jure comme un soudard"
  ...group('caractere', 'phrase', 'none', [
    ...['parle', 'parlait', 'parler', 'jure', 'jurait', 'jurer', "s'exprime", "s'exprimait", 'cause', 'causait', 'insulte', 'insultait'].flatMap((v) => ['comme un charretier', 'comme une charretière',
      'comme une poissonnière', 'comme un soudard', 'comme un camionneur', 'comme un docker', 'comme une harengère'].map((t) => `${v} ${t}`)),
    ...['langage', 'vocabulaire', 'manières'].flatMap((h) => ['de charretier', 'de poissonnière', 'de soudard', 'de corps de garde', 'ordurier', 'de caniveau'].map((t) => `${h} ${t}`)),
  ]),
  // idiomatic and slang characterisations of a person (lay French): comparisons, fixed expressions, animal and object metaphors
  ...group('caractere', 'phrase', 'none', [
    'raide comme la justice', 'droit dans ses bottes', 'caractère de cochon', 'caractère de chien', 'sale caractère',
    'la tête près du bonnet', 'prend la mouche', 'mauvais comme une teigne', 'une vraie teigne', 'une teigne', 'peau de vache', 'une vraie peau de vache', 'un vrai chameau', 'une vraie vipère', 'langue de vipère', 'mauvaise langue',
    'un ours mal léché', 'ours mal léché', 'un vrai pitbull', 'un petit roquet', 'un vrai roquet', 'un vrai poison', 'une vraie harpie', 'une harpie', 'une mégère',
    'têtu comme une mule', 'têtue comme une mule', 'têtu comme un âne', 'têtue comme un âne', 'têtu comme une bourrique', 'têtue comme une bourrique', 'tête de bourrique',
    'cherche la petite bête', 'cherche toujours la petite bête', 'coupe les cheveux en quatre', 'coupeur de cheveux en quatre', 'sème la zizanie', 'cherche les embrouilles', 'cherche la bagarre',
    'fort en gueule', 'forte en gueule', 'sac d’embrouilles', "sac d'embrouilles", 'fouteur de merde', 'fouteuse de merde',
    'fait des chichis', 'fait des manières', 'fait sa mijaurée', 'fait sa sainte-nitouche', 'fait du charme', 'joue de son charme', 'fait les yeux doux',
  ]),
  ...group('caractere', 'label', 'adj', ['pinailleur|pinailleuse|pinailleurs|pinailleuses', 'chipoteur|chipoteuse|chipoteurs|chipoteuses', 'ergoteur|ergoteuse|ergoteurs|ergoteuses',
    'tatillon|tatillonne|tatillons|tatillonnes', 'grincheux|grincheuse', 'ronchon|ronchonne|ronchons|ronchonnes', 'bougon|bougonne|bougons|bougonnes', 'grognon|grognonne|grognons|grognonnes',
    'pète-sec', 'pisse-froid', 'rabat-joie', 'mijaurée|mijaurées', 'pimbêche|pimbêches', 'sainte-nitouche|sainte nitouche', 'fayot|fayote|fayots|fayotes', 'lèche-bottes', 'cire-pompes',
    'mielleux|mielleuse', 'chichiteux|chichiteuse', 'minaudier|minaudière|minaudiers|minaudières', 'faux-derche|faux derche', 'roublard|roublarde|roublards|roublardes',
    'magouilleur|magouilleuse|magouilleurs|magouilleuses', 'combinard|combinarde|combinards|combinardes', 'embobineur|embobineuse', 'enfumeur|enfumeuse', 'filou|filoute|filous',
    'frimeur|frimeuse|frimeurs|frimeuses', 'crâneur|crâneuse|crâneurs|crâneuses', 'bêcheur|bêcheuse', 'm’as-tu-vu', "m'as-tu-vu", 'péteux|péteuse',
    'mollasson|mollassonne|mollassons|mollassonnes', 'ramollo|ramollos', 'lambin|lambine|lambins|lambines', 'traînard|traînarde|traînards|traînardes', 'je-m’en-foutiste', "je-m'en-foutiste", 'jemenfoutiste',
    'flambeur|flambeuse|flambeurs|flambeuses', 'radin|radine|radins|radines', 'pingre|pingres', 'rapiat|rapiate', 'grippe-sou|grippe-sous',
    'nunuche|nunuches', 'simplet|simplette|simplets|simplettes', 'benêt|benête|benêts', 'gourdasse', 'donneur de leçons|donneuse de leçons', 'je-sais-tout|monsieur je-sais-tout|madame je-sais-tout',
  ]),
  // minauder, s'écouter: behaviour verbs that only judge ("elle minaude", "il s'écoute beaucoup")
  ...group('manipulation', 'phrase', 'none', ['minaude', 'minaudait', 'minauder', 'minaudent', 'minauderies', 'mène tout le monde en bateau', 'roule tout le monde dans la farine', 'noie le poisson',
    'joue les saintes-nitouches', 'fait la sainte-nitouche', 'passe de la pommade', 'cire les pompes', 'lèche les bottes', 'fayote', 'fayotait']),
  ...group('plainte', 'phrase', 'none', [...plaint(["s'écoute", "s'écoutait", "s'écouter", 's’écoute']), "s'écoute parler", "s'écoutait parler", "s'écoute un peu trop", "s'écoute trop", 'se noie dans un verre d’eau', "se noie dans un verre d'eau",
    'fait tout un plat', 'fait tout un fromage', 'en fait des caisses', 'dramatise tout', 'une petite nature', 'une chochotte', 'une vraie chochotte', 'douillet comme pas deux']),
  // "il n'est pas trop fier pour accepter un CDD" says the opposite
  ...group('arrogance', 'phrase', 'none', ['fier', 'fière', 'fiers', 'fières', 'orgueilleux', 'orgueilleuse', 'fiérot', 'fiérote']
    .flatMap((a) => [`trop ${a} pour accepter`, `trop ${a} pour`]), { notAfter: ['pas', 'plus', 'jamais', 'guère'] }),
  // "fait le beau temps à la météo" is weather
  ...group('arrogance', 'phrase', 'none', ['fait le beau'], { notBefore: ['temps', 'fixe'] }),
  ...group('arrogance', 'phrase', 'none', [
    'se croit trop bien pour', 'se la pète', 'se la raconte', 'se la joue', 'les chevilles qui enflent', 'a les chevilles qui gonflent', 'sur ses grands chevaux', 'monte sur ses grands chevaux',
    'fier comme un paon', 'fière comme un paon', 'fier comme un coq', 'fier comme Artaban', 'fière comme Artaban', 'se prend pour le roi du monde', 'se prend pour le nombril du monde', 'se prend pour un caïd',
    'fait le malin', 'fait la maligne', 'fait le fier', 'fait la fière', 'regarde tout le monde de haut', 'prend tout le monde de haut', 'prend les gens de haut', 'prend les autres de haut',
  ]),
  ...group('paresse', 'phrase', 'none', ['mou du genou', 'molle du genou', 'mous du genou', 'molles du genou', 'un peu mou du genou', 'un peu molle du genou', 'se la coule douce',
    'se tourne les pouces', 'se roule les pouces', 'se les roule', "n'en fout pas une", "n'en fiche pas une", "n'en rame pas une", 'en fout pas une', 'en fiche pas une', 'ne fout rien', 'fout rien de ses journées',
    'tire-au-flanc', 'tire-au-cul', 'un planqué', 'une planquée', 'bayer aux corneilles', 'bayait aux corneilles', 'regarde passer les trains']),
  // also a limp or a stiff back: not with an injury or a body word near ("traîne la patte depuis son accident au genou")
  ...group('paresse', 'phrase', 'none', ['traîne la patte', 'traînait la patte'], { notNear: BODY }),
  ...group('caractere', 'phrase', 'none', ['raide comme un piquet', 'raide comme un manche'], { notNear: BODY }),
  // "compte ses heures" of effort, not "compte ses heures de formation / supplémentaires" (a count) nor "ne compte pas ses heures" (praise)
  ...group('paresse', 'phrase', 'none', ['compte ses heures', 'comptait ses heures'], { notBefore: ['de', "d'", 'd’', 'supplémentaires', 'sup', 'travaillées', 'effectuées', 'sur', 'pour', 'dans', 'CPF'],
    notAfter: ['pas', 'plus', 'jamais', 'ne', "n'"] }),
  // also said of things ("le moteur part au quart de tour", "la réponse est à côté de la plaque"): as a predicate of the person only
  ...group('caractere', 'pred', 'none', ['dans la lune',
    'tête en l’air', "tête en l'air", 'à côté de ses pompes', 'à côté de la plaque', 'complètement à l’ouest', "complètement à l'ouest", 'un peu à l’ouest', "un peu à l'ouest"]),
  ...group('caractere', 'phrase', 'none', ['il', 'elle'].flatMap((p) => ['part au quart de tour', 'démarre au quart de tour', 'monte vite dans les tours', 'monte dans les tours', 'monte vite en pression'].map((v) => `${p} ${v}`))),
  // over-protective or smothering parent in idioms: « une vraie mère poule », « papa poule »
  ...group('parentalite', 'phrase', 'none', ['mère poule', 'mère-poule', 'maman poule', 'papa poule', 'père poule', 'mère étouffante', 'père étouffant', 'mère surprotectrice', 'père surprotecteur',
    'mère possessive', 'père possessif']),
  // money handling judged: « aucune notion de budget », « pas la notion de l'argent »
  ...group('fiabilite', 'phrase', 'none', ['aucune', 'pas la', 'pas de', 'aucun sens de la', 'pas le sens de la'].flatMap((n) =>
    ["notion de budget", "notion du budget", "notion de l'argent", 'notion de l’argent', "notion de la valeur de l'argent", 'notion de la valeur de l’argent'].map((w) => `${n} ${w}`))
    .filter((w) => !w.startsWith('aucun sens') && !w.startsWith('pas le sens')), {
    // a skill to learn, not a trait: « aucune notion de budget prévisionnel en comptabilité »
    notBefore: ['prévisionnel', 'prévisionnelle', 'de projet', "d'entreprise", 'en comptabilité', 'comptable'],
    notNear: ['comptabilité', 'comptable', 'entreprise', 'projet', 'poste', 'métier', 'formation', 'module', 'gestionnaire'] }),
  // partying as a trait: « fêtarde, ça se voit », « un peu noceur »
  ...group('immaturite', 'label', 'adj', ['fêtard', 'noceur|noceuse|noceurs|noceuses', 'bringueur|bringueuse|bringueurs|bringueuses', 'tête en l air']),
  // theatrical as a trait (not a theatre training or practice: « expression théâtrale », « atelier théâtral »)
  ...group('caractere', 'pred', 'adj', ['théâtral|théâtrale|théâtraux|théâtrales', 'mélodramatique'], { notBefore: ['de', "d'", 'en', 'au', 'à'] }),
  ...group('fiabilite', 'phrase', 'none', ['un panier percé', 'une panier percé', 'panier percé', 'les poches percées', 'jette l’argent par les fenêtres', "jette l'argent par les fenêtres", 'claque tout son argent',
    'flambe tout', 'des oursins dans les poches', 'un oursin dans la poche', 'près de ses sous', 'pas réglo', 'pas très réglo', 'peu recommandable',
    'pas recommandable', 'une vraie girouette', 'souffle le chaud et le froid', 'beau parleur', 'belle parleuse', 'un beau parleur', 'une belle parleuse']),
  ...group('intelligence', 'phrase', 'none', ['lent à la détente', 'lente à la détente', 'long à la détente', 'longue à la détente', 'pas une lumière', 'pas une flèche', 'pas un aigle',
    'pas la lumière à tous les étages', "n'a pas inventé la poudre", "n'a pas inventé le fil à couper le beurre", 'une case en moins', 'lui manque une case',
    'bas du front', 'une vraie dinde', 'une vraie bécasse', 'une bécasse', 'une oie blanche', 'une vraie cruche', 'un vrai benêt',
    // slow of mind, the head or the brain named: « un peu lent dans sa tête », « lente du cerveau », « lent du bulbe »
    ...['lent', 'lente', 'lents', 'lentes'].flatMap((a) => ['dans sa tête', 'dans la tête', 'dans leur tête', 'de la tête', 'du cerveau', 'du bulbe', 'du ciboulot', 'de la cafetière'].map((h) => `${a} ${h}`))]),
  // self-assurance beyond measure (« un peu trop sûr de lui », « bien trop contente d'elle », « plein de lui-même »); a plain « sûr de lui » is no judgement
  ...group('arrogance', 'label', 'none', ['trop', 'bien trop', 'beaucoup trop', 'vraiment trop', 'nettement trop'].flatMap((d) => ['sûr de lui', 'sûre d’elle', "sûre d'elle", 'sûrs d’eux', "sûrs d'eux",
    'sûres d’elles', "sûres d'elles", 'sûr de soi', 'content de lui', 'contente d’elle', "contente d'elle", 'fier de lui', 'fière d’elle', "fière d'elle"].map((x) => `${d} ${x}`))
    .concat(['plein de lui-même', 'pleine d’elle-même', "pleine d'elle-même", 'imbu de soi', 'imbue de soi', 'imbu de lui', 'imbue d’elle', "imbue d'elle", 'imbus d’eux-mêmes', "imbus d'eux-mêmes"]), {
    // « lui » as the object of a verb: « trop content de lui annoncer sa réussite », « trop fier de lui montrer son CV »
    notBefore: ['annoncer', 'montrer', 'dire', 'parler', 'présenter', 'raconter', 'faire', 'offrir', 'rendre', 'apprendre', 'expliquer', 'répondre', 'écrire', 'envoyer', 'donner',
      'confier', 'prouver', 'demander', 'proposer', 'transmettre', 'laisser', 'avoir', 'être'] }),
  ...group('immaturite', 'phrase', 'none', ['un grand enfant', 'une grande enfant', 'un grand bébé', 'un vrai bébé', 'fils à papa', 'fille à papa', 'fils à maman', 'enfant gâté', 'enfant gâtée', 'enfant-roi']),
  ...group('apparence', 'phrase', 'none', ['mine de déterré', 'une mine de déterré', 'tête d’enterrement', "tête d'enterrement", 'mine de papier mâché',
    'tête de six pieds de long', 'tête de chien battu', 'air de chien battu', 'air de ne pas y toucher', 'tête des mauvais jours',
    'une tronche de cake', 'tronche de cake', 'tête de cake', 'une tête à claques']),
  // stiff and narrow, in a simile or with the mind named: « rigide comme un képi », « un peu rigide dans sa façon de penser », « étroit d'esprit »
  ...group('caractere', 'phrase', 'none', ['rigide', 'raide', 'têtu', 'têtue', 'borné', 'bornée', 'buté', 'butée', 'obtus', 'obtuse'].flatMap((a) => [`${a} comme un`, `${a} comme une`])
    .concat(['aimable comme une porte de prison', 'souple comme une barre de fer', 'souple comme un verre de lampe', 'froid comme un glaçon', 'froide comme un glaçon',
      'fier comme un paon', 'fière comme un paon'])
    .concat(['rigide', 'fermé', 'fermée', 'étroit', 'étroite', 'borné', 'bornée', 'figé', 'figée', 'coincé', 'coincée', 'psychorigide'].flatMap((a) => ['dans sa façon de penser',
      'dans sa manière de penser', 'dans sa façon de voir les choses', 'dans sa manière de voir les choses', 'dans sa tête', 'dans ses idées', 'dans ses façons de faire', "d'esprit"].map((t) => `${a} ${t}`))), {
    notNear: ['tuyau', 'tube', 'carton', 'plastique', 'matériau', 'plaque', 'panneau', 'barre', 'structure', 'emballage', 'cadre', 'règlement', 'règle', 'procédure', 'planning', 'horaires'] }),
  // quick-tempered in idioms: « a le sang chaud », « la tête près du bonnet », « la mèche courte »
  ...group('caractere', 'phrase', 'none', ['a le sang chaud', 'avait le sang chaud', 'au sang chaud', 'a le sang vif', 'la tête près du bonnet', 'a la mèche courte', 'la mèche courte',
    'monte sur ses grands chevaux', 'montait sur ses grands chevaux', 'explose pour un rien', 'explosait pour un rien', 'pète les plombs', 'pétait les plombs', 'pète un câble',
    'pète vite un câble', 'caractère de cochon', 'caractère de chien', 'sale caractère', 'mauvais caractère', 'vite sur la gâchette', 'prend feu pour un rien', "s'emporte pour un rien",
    "s'emporte facilement", "s'emportait facilement", 'se braque pour un rien'], { notNear: ['animal', 'animaux', 'mammifère', 'mammifères', 'reptile', 'reptiles', 'espèce', 'biologie', 'cheval', 'chevaux', 'arme', 'tir'] }),
  // stories embellished: « il enjolive tout », « arrange la vérité », « exagère tout », « ment comme il respire »
  ...group('mensonge', 'phrase', 'none', ['enjolive tout', 'enjolivait tout', 'enjolive les choses', 'enjolivait les choses', 'enjolive la réalité', 'enjolive beaucoup', 'enjolive toujours',
    'enjolive un peu tout', 'enjolive son parcours', 'enjolive ses expériences', 'embellit tout', 'embellit la réalité', 'arrange la vérité', 'arrange la réalité', 'arrange les faits',
    'exagère tout', 'exagère toujours', 'exagérait tout', 'grossit tout', 'grossit les choses', 'ment comme il respire', 'ment comme elle respire', 'mentait comme il respirait',
    'mentait comme elle respirait', 'affabule', 'affabulait', 'fabule', 'fabulait', 'raconte des bobards', 'raconte des craques', 'raconte des salades', 'raconte des histoires',
    'brode beaucoup', 'brode toujours', 'brode un peu', 'invente tout', 'se donne le beau rôle', 'se donnait le beau rôle', 'se vante beaucoup', 'se vante sans cesse', 'fanfaronne', 'fanfaronnait'], {
    notNear: ['enfants', 'conte', 'contes', 'conteur', 'conteuse', 'théâtre', 'roman', 'écriture', 'atelier', 'broderie', 'couture', 'vitrine', 'vitrines', 'décor', 'décoration', 'lecture',
      'étalagiste', 'décorateur', 'décoratrice', 'magasin', 'boutique', 'rayon', 'rayons', 'salle', 'fleuriste', 'pâtissier', 'pâtissière', 'gâteau', 'gâteaux', 'photo', 'photos', 'retouche'] }),
  // the mind written off: « CESF complètement à l'ouest », « à la masse », « largué »
  ...group('caractere', 'pred', 'none', ['à la masse', 'complètement à la masse', 'un peu à la masse', 'complètement largué', 'complètement larguée', 'complètement paumé', 'complètement paumée',
    'complètement perdu', 'complètement perdue']),
  // a blank or dazed look described as a trait: « le regard dans le vide », « l'air hagard », « un regard de merlan frit » (not a seizure, a role, a picture)
  ...group('impression', 'phrase', 'none', ['le regard dans le vide', 'regard dans le vide', 'les yeux dans le vide', 'les yeux dans le vague', 'le regard vide', 'un regard vide', 'regard absent',
    "l'air absent", "l'air hagard", 'regard hagard', 'regard éteint', 'regard bovin', "l'air ahuri", "l'air bête", "l'air niais", 'regard de merlan frit', 'regard de poisson mort',
    'regard de chien battu', 'regard fuyant', 'le regard fuyant', 'un regard fuyant'], {
    notNear: ['crise', 'crises', 'épilepsie', 'épileptique', 'absences', 'malaise', 'malaises', 'neurologue', 'médecin', 'AVC', 'convulsions', 'rôle', 'personnage', 'photo', 'photos',
      'portrait', 'tableau', 'statue', 'scène', 'film', 'pièce', 'casting', 'tournage', 'comédien', 'comédienne', 'actrice', 'acteur', 'mannequin', 'modèle', 'pose', 'poser',
      'posait', 'défilé', 'défilés', 'shooting'] }),
  // a person filed under a stigmatising type: « ce genre de cas psy », « un cas social », « un cas désespéré » (not care work: « patients psychiatriques »)
  ...group('impression', 'phrase', 'none', ['cas psy', 'cas psys', 'cas psychiatrique', 'cas psychiatriques', 'cas pathologique', 'cas pathologiques',
    'un cas à part', 'un drôle de cas', 'un vrai cas', 'ce genre de personnes', 'ces gens-là'], {
    notNear: ['infirmier', 'infirmière', 'soignant', 'soignante', 'soignants', 'service', 'poste', 'stage', 'métier', 'patients', 'formation', 'procédure', 'protocole', 'orienter', 'oriente',
      'recrute', 'recruter', 'recherche', 'accompagner', 'accompagne', 'aider', 'animation', 'EHPAD', 'travaillé', 'travaille', 'bénévole', 'public', 'publics'] }),
  // a trait put down to the person's culture or country: « raide et froide, sans doute culturel », « c'est culturel chez eux », « la mentalité de là-bas »
  ...group('impression', 'phrase', 'none', ['sans doute culturel', 'sûrement culturel', 'certainement culturel', 'probablement culturel', 'peut-être culturel', "c'est culturel",
    'doit être culturel', 'question de culture', 'question culturelle', 'un trait culturel', 'sa culture veut', 'leur culture veut', 'culturel chez eux', 'typique de chez eux',
    'typique de son pays', 'typique de sa culture', 'typique des gens de', 'la mentalité de là-bas', 'mentalité de là-bas', 'la mentalité de son pays', 'mentalité de chez eux',
    "c'est leur mentalité", "c'est leur culture"], { notBefore: ['générale', 'G'], notNear: ['médiateur', 'médiatrice', 'médiation', 'interculturel', 'interculturelle', 'interculturels',
      'association', 'centre', 'projet', 'animation', 'poste', 'métier', 'formation', 'usagers', 'public'] }),
  // a believer or a former follower mocked: « a gardé un côté illuminé », « un peu exaltée », « son côté perché »
  ...group('impression', 'phrase', 'none', ['un', 'son', 'ce'].flatMap((d) => ['illuminé', 'perché', 'allumé', 'exalté', 'barré', 'déjanté', 'lunaire', 'bizarre', 'farfelu', 'zinzin',
    'fêlé', 'mystique', 'sectaire', 'parano', 'borderline', 'gourou', 'paumé', 'space'].map((a) => `${d} côté ${a}`)), {
    // the side of a trade, a place or a work (« ce côté mystique du métier de luthier », « le côté déjanté du spectacle »)
    notBefore: ['du', 'de la', "de l'", 'des', 'de ce', 'de cette'], notNear: ['métier', 'poste', 'lieu', 'travail', 'spectacle', 'décor', 'produit', 'marque', 'entreprise'] }),
  ...group('impression', 'pred', 'adj', ['illuminé', 'exalté', 'halluciné'], { notBefore: ['de', "d'", 'par', 'la nuit', 'le soir', 'à', 'au', 'en', 'pour'], notNear: ['vitrine', 'salle', 'façade', 'sapin', 'rue', 'monument', 'décor', 'éclairage', 'LED'] }),
  // mistrust as a trait: « Monsieur très méfiant », « elle est soupçonneuse avec tout le monde »
  // (a mistrust with its object is a stance reported, not a trait: « méfiant envers les institutions », « méfiante vis-à-vis des banques »)
  ...group('caractere', 'pred', 'adj', ['méfiant', 'soupçonneux', 'suspicieux', 'défiant'], { notBefore: ['envers', 'vis-à-vis', "à l'égard", 'à l’égard', 'face à', 'face aux', 'face au',
    'quant', 'sur', 'des', 'de', "d'", 'du', 'à propos', 'au sujet'] }),
  // talkative as a verdict on the person: « Très bavard, impossible de tenir l'entretien », « il est bavard et coupe la parole »
  // (a thing or an animal is not the person: « un logiciel bavard en notifications », « le perroquet est bavard »; « verbeux » is said of texts)
  ...group('caractere', 'pred', 'adj', ['bavard'], { notBefore: ['sur', 'de', "d'", 'comme'] }),
  // fragility as a verdict on the person: « profil solide mais fragile », « il est fragile » (not health: « santé fragile », « fragile du dos »)
  ...group('caractere', 'pred', 'adj', ['fragile'], { notBefore: ['du dos', 'des poumons', 'du cœur', 'du coeur', 'des genoux', 'physiquement', 'financièrement', 'économiquement', 'sur le plan'],
    notNear: ['santé', 'médical', 'médicale', 'médecin', 'dos', 'genou', 'genoux', 'poumons', 'cœur', 'coeur', 'immunitaire', 'traitement', 'greffe', 'budget', 'finances', 'financière', 'contrat', 'emploi', 'équilibre'] }),
  // making a drama of one's situation: « elle dramatise un peu sa situation », « il se fait des films », « voit tout en noir »
  ...group('plainte', 'phrase', 'none', ['dramatise', 'dramatisait', 'dramatisent', 'a tendance à dramatiser', 'tendance à dramatiser', 'dramatise beaucoup', 'dramatise énormément',
    'catastrophise', 'catastrophisait', 'se fait des films', 'se faisait des films', 'se fait tout un film', 'se monte la tête', 'se montait la tête', 'noircit le tableau', 'noircit tout',
    'voit tout en noir', 'voyait tout en noir', 'en rajoute', 'en rajoutait', 'en rajoute toujours', 'en fait trop', 'en faisait trop', 'fait tout une histoire', 'fait toute une histoire',
    'fait une montagne de tout', "fait une montagne d'un rien", 'se noie dans un verre d’eau', "se noie dans un verre d'eau"], {
    // a writer's or an actor's work: « auteur de théâtre, il dramatise les conflits familiaux dans ses pièces »
    notNear: ['pièce', 'pièces', 'théâtre', 'auteur', 'autrice', 'dramaturge', 'scénario', 'scénariste', 'roman', 'romans', 'film', 'films', 'écrit', 'écrire', 'écriture', 'récit', 'récits', 'texte', 'textes',
      'comédien', 'comédienne', 'mise en scène', 'rôle', 'personnage', 'spectacle'] }),
  // letting oneself drift, with a degree word between: « il se laisse complètement aller », « se laisse porter par les éducateurs », « se laisse un peu vivre »
  ...group('paresse', 'phrase', 'none', ['se laisse', 'se laissait', 'se laissent', 'a tendance à se laisser', 'tendance à se laisser'].flatMap((v) =>
    ['porter', 'trop porter', 'un peu porter', 'beaucoup porter', 'complètement porter', 'complètement aller', 'totalement aller', 'un peu aller', 'beaucoup aller', 'vraiment aller',
      'carrément aller', 'un peu trop aller', 'trop aller', 'franchement aller', 'un peu vivre', 'trop vivre', 'complètement vivre', 'mener', 'trop mener', 'vivre sans effort', 'glisser',
      'couler', 'complètement couler', 'abattre', 'complètement abattre', 'un peu abattre'].map((o) => `${v} ${o}`)), {
    notBefore: ['par la musique', 'par le courant', 'par les vagues', 'par la foule', "à l'hôpital", 'en voiture', 'en fauteuil', 'au travail par un collègue', 'par un collègue', 'par sa collègue'],
    // music, water, wind or a market carrying something along (« le musicien se laisse porter par le rythme », « le marché se laisse porter par la reprise »)
    notNear: ['musique', 'rythme', 'musicien', 'musicienne', 'danse', 'danseur', 'danseuse', 'chant', 'courant', 'vague', 'vagues', 'vent', 'eau', 'canoë', 'kayak', 'surf', 'voile', 'bateau',
      'marché', 'marchés', 'reprise', 'conjoncture', 'croissance', 'secteur', 'entreprise'] }),
  // stiffness judged, only with a degree word (not « coincé à la maison », « coincée financièrement »): « un peu coincée en entretien »
  ...group('caractere', 'phrase', 'none', ['un peu', 'très', 'assez', 'trop', 'plutôt', 'super', 'hyper', 'vraiment', 'carrément', 'un brin', 'légèrement'].flatMap((d) =>
    ['coincé', 'coincée', 'coincés', 'coincées', 'guindé', 'guindée', 'constipé', 'constipée', 'empoté', 'empotée', 'pataud', 'pataude', 'godiche', 'gauche', 'cul-serré', 'cul serré',
      'pincé', 'pincée', 'raide comme un piquet'].map((a) => `${d} ${a}`)), {
    notBefore: ['financièrement', 'par', 'avec', 'entre', 'chez', 'à', 'au', 'aux', 'dans', 'sans', 'pour', 'niveau', 'question', 'sur', 'en ce moment', 'du dos', 'de', "d'", 'des', 'du', 'là', 'ici'],
    notNear: ['dos', 'lombaires', 'nerf', 'hernie', 'doigt', 'doigts', 'main', 'porte', 'ascenseur', 'bouchons', 'embouteillages', 'voiture', 'transports', 'grève', 'budget', 'argent', 'mobilité'] }),
  // an intensified label: « un flemmard de première », « menteuse de compétition », « râleur de première catégorie »
  ...group('paresse', 'phrase', 'none', ['flemmard', 'flemmarde', 'fainéant', 'fainéante', 'feignant', 'feignante', 'feignasse', 'glandeur', 'glandeuse', 'menteur', 'menteuse', 'râleur', 'râleuse',
    'branleur', 'branleuse', 'tire-au-flanc', 'fumiste', 'mytho', 'mythomane', 'emmerdeur', 'emmerdeuse', 'magouilleur', 'magouilleuse', 'chieur', 'chieuse'].flatMap((n) =>
    ['de première', 'de première catégorie', 'de compétition', 'de haut vol', 'patenté', 'patentée', 'invétéré', 'invétérée', 'fini', 'finie'].map((q) => `${n} ${q}`))),

];

/**
 * Positive adjectives whose negation is a judgement: "pas motivé", "pas très malin", "peu fiable".
 * Matched in code (rules/jugement.ts) with optional intensifiers between ("pas du tout motivé").
 * `true` = the adjective only describes people; `false` = also things, needs the person link.
 */
export const NEGATED_POSITIVE: Record<string, boolean> = {
  // English words of notes: « pas très sharp », « pas super smart », « pas reliable »
  sharp: false, smart: false, clever: true, bright: false, reliable: false, motivated: true, friendly: false, proactive: false, skilled: false,
  motive: true, malin: true, maligne: true, fute: true, intelligent: true, degourdi: true, debrouillard: true, eveille: true,
  honnete: true, courageux: true, travailleur: true, travailleuse: true, implique: true, investi: true, cooperatif: true, cooperative: true,
  poli: true, aimable: true, respectueux: true, respectueuse: true, mature: true, motivee: true, sincere: true, sinceres: true, vif: false, vive: false, fin: false, fine: false,
  brillant: false, serieux: false, serieuse: false, fiable: false, clair: false, claire: false, net: false, nette: false, franc: false, franche: false,
  agreable: false, sympathique: false, sympa: false, dynamique: false, reactif: false, reactive: false, volontaire: false, bosseur: true, bosseuse: true,
  futee: true, intelligente: true, degourdie: true, debrouillarde: true, eveillee: true, impliquee: true, investie: true, courageuse: true, polie: true,
  malins: true, malignes: true, motives: true, motivees: true, intelligents: true, intelligentes: true, fiables: false, serieuses: false,
};

// ---------------------------------------------------------------------------------------------
// propos-injurieux: insults, contempt, slurs (error). TAXONOMY §6.1.
// ---------------------------------------------------------------------------------------------
export const INJURES: ToneEntry[] = [
  // « D'origine mongole », « ressortissant mongol », « la steppe mongole »: a nationality or an origin (origine), not the insult
  ...group('injure', 'label', 'adj', ['mongol'], { notNear: ['origine', 'nationalité', 'Mongolie', 'Oulan-Bator', 'steppe', 'steppes', 'yourte', 'langue', 'ressortissant', 'ressortissante',
    'réfugié', 'réfugiée', 'né', 'née', 'pays', 'immigré', 'immigrée', 'cuisine', 'culture', 'peuple', 'empire', 'famille', 'communauté', 'parle', 'parlait', 'traduction', 'traductrice', 'traducteur', 'interprète',
    // a migrant's path: « elle est mongole ; son diplôme étranger n'est pas reconnu », « arrivée avec un visa »
    'étranger', 'étrangère', 'étrangers', 'étrangères', 'séjour', 'asile', 'naturalisé', 'naturalisée', 'exil', 'exilé', 'exilée', 'visa', 'consulat', 'ambassade', 'équivalence'] }),
  ...group('injure', 'label', 'adj', [
    'connard|connasse|conard|conarde', 'crétin', 'imbécile', 'abruti', 'andouille', 'neuneu', 'attardé mental', 'débile mental', 'débile profond', 'débile léger',
    'cassos', 'cas social', 'cas soc', 'cassoc', 'teubé', 'gogole', 'épave', 'fainéasse', 'cossard', 'glandu', 'resquilleur|resquilleuse',
    'sous-merde', 'gros nul', 'grosse nulle', 'sot|sotte|sots|sottes', 'boulet', 'chiant', 'casse-pieds', 'casse-couilles', 'emmerdeur|emmerdeuse', 'taré', 'cinglé', 'barjot', 'barge', 'zinzin', 'maboul', 'timbré',
    'hystérique', 'plouc', 'péquenaud', 'bouseux',
    // contempt for country people, in all spellings: « un vrai péquenot », « des culs-terreux »
    'péquenot|péquenote|péquenots|péquenotes', 'pecnot|pecnots', 'pecnaud|pecnaude|pecnauds', 'pequenot', 'cul-terreux|culs-terreux', 'pedzouille|pedzouilles', 'pécore|pécores',
    'cambroussard|cambroussarde|cambroussards', 'bouseuse|bouseuses', 'ploucs', 'beauf', 'racaille', 'caillera', 'parasite', 'profiteur', 'fainéant', 'feignant', 'faignant', 'feignasse', 'faignasse',
    'glandeur|glandeuse', 'branleur|branleuse', 'mytho', 'mythomane', 'irrécupérable', 'inemployable', 'bon à rien', 'bonne à rien', 'bons à rien', 'bonnes à rien', 'minable',
    'tocard', 'toquard', 'loser', 'looser', 'pauvre type', 'pauvre fille', 'pauvre mec', 'sale type', 'sale gosse', 'petit con', 'petite conne', 'vieux con', 'vieille conne',
    'vieille peau', 'sans cervelle', 'tête de con', 'tête à claques', 'bras cassé', 'empoté', 'nigaud', 'ahuri', 'crétin fini', 'abruti fini', 'idiot fini', 'imbécile heureux',
    'grosse vache', 'gros lard', 'gros porc', 'grosse truie', 'gros tas', 'grande gueule', 'faux-cul', 'faux cul', 'lèche-cul', 'pouffiasse', 'pétasse', 'grognasse',
    'salope', 'salaud', 'salopard', 'enfoiré', 'enculé', 'fumier', 'merdeux', 'petit merdeux', 'morveux', 'bouffon', 'guignol', 'charlot', 'pignouf', 'goujat',
    'malotru', 'rustre', 'gougnafier', 'sous-doué', 'demi-portion', 'branquignol', 'clampin', 'couillon', 'gogol', 'triso',
    // Creole put-downs of the Antilles, Guyane, Réunion and Mayotte: fool (kouyon, ababa, tèbè, sòt, bourik, tèt fèy), gossip (makrel), good-for-nothing (vakabon, sanmanman, fenyan)
    'kouyon|kouyonne|kouyons|kouyonnes|kouillon|kouïon', 'ababa|ababas', 'tèbè|tèbès|tébé|tébés', 'makrel|makrèl|makrelle|makrèle|macrelle|makrels|makrèls',
    'bourik|bourique', 'vakabon|vakabonn|vagabon', 'sanmanman|san manman', 'fenyan|fényan|fenyant', 'malélivé|malelevé', 'kokobé|kokobè', 'tèt fèy',
    'moun sòt', 'bèbèt', 'kanyar|kagnard|kagnarde', 'gro kouyon', 'ti kouyon',
    'bas de plafond', 'bête comme ses pieds', 'con comme un balai', 'con comme une valise',
    // living off others: "un vrai pique-assiette", "une écornifleuse"
    'pique-assiette|pique-assiettes', 'écornifleur|écornifleuse|écornifleurs|écornifleuses', 'profiteur de première', 'un poids mort', 'une charge pour l’équipe', "une charge pour l'équipe",
  ]),
  // lay derogatory nouns for a person ("Allure de petit voyou", "Style petite frappe"); not third parties ("agressé par des voyous")
  ...group('injure', 'label', 'none', ['voyou', 'petit voyou', 'voyous', 'vaurien', 'vaurienne', 'loubard', 'zonard', 'zonarde', 'caïd', 'petit caïd', 'petite frappe',
    'graine de délinquant', 'graine de voyou', 'mauvais garçon', 'bad boy', 'kéké', 'clodo', 'clochard', 'clocharde', 'traîne-savates', 'traîne-misère', 'pochtron',
    'poivrot', 'sauvageon', 'sauvageonne', 'cagole', 'bimbo', 'racaille de cité', 'petite racaille', 'gamin des rues'], {
    notAfter: ['par des', 'par un', 'par une', 'par les', 'par deux', 'par trois', 'par plusieurs', 'contre des', 'contre les', 'avec des', 'des', 'les', 'aux', 'entre', 'de la part de',
      'de la part d’un', "de la part d'un", 'victime de', 'victime d’un', "victime d'un", 'film de', 'film sur', 'série sur', 'livre sur', 'rôle de', "rôle d'un", 'rôle d’un', 'joue le', 'jouait le'],
  }),
  ...group('injure', 'label', 'adj', ['demeuré'], { accent: true }),
  // "un peu bêta" said of the person; not a beta version, a beta-blocker or beta-thalassaemia
  ...group('injure', 'pred', 'none', ['bêta|bêtas|bêtasse|bêtasses'], { notBefore: ['thalassémie', 'bloquant', 'bloquants', 'carotène', 'test', 'testeur', 'testeurs', 'version', 'hcg', 'globine', 'lactamine', 'amyloïde'],
    notAfter: ['version', 'phase', 'test', 'en', 'programme', 'alpha', 'la', 'le', 'les', 'de', 'du', 'des', 'bêta'] }),
  // "un déchet", "ce déchet" is an insult; "des déchets", "traitement des déchets", "tri de ses déchets" is waste
  ...group('injure', 'label', 'noun', ['déchet'], { notAfter: ['des', 'les', 'aux', 'de', "d'", 'du', 'ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'en', 'sans', 'zéro', 'ces'],
    notBefore: ['ménager', 'ménagers', 'vert', 'verts', 'industriel', 'industriels', 'dangereux', 'recyclable', 'recyclables', 'organique', 'organiques', 'nucléaire', 'nucléaires', 'de', "d'", 'médical', 'médicaux', 'inerte', 'inertes', 'toxique', 'toxiques', 'plastique', 'plastiques'] }),
  // "une ordure", "cette ordure"; not the refuse ("dépôt d'ordures", "ramassage des ordures", "ordures ménagères")
  ...group('injure', 'label', 'noun', ['ordure'], { notAfter: ['des', 'les', 'aux', 'de', 'du', 'ses', 'leurs', 'nos', 'vos', 'mes', 'en', 'sans', 'ces', 'sauvage'],
    notBefore: ['ménagère', 'ménagères', 'ménager', 'de', 'sauvage', 'sauvages', 'à', 'dans', 'sur'],
    // "dépôt sauvage d'ordures", "tas d'ordures" (the elided article cannot be a notAfter sequence)
    notNear: ['dépôt', 'dépôts', 'tas', 'sac', 'sacs', 'poubelle', 'poubelles', 'ramassage', 'ramasser', 'ramasse', 'collecte', 'collecter', 'décharge', 'benne', 'bennes', 'sauvage', 'sauvages',
      'déchets', 'tri', 'camion', 'enlèvement', 'évacuation', 'incinération', 'ripeur', 'éboueur', 'éboueuse', 'propreté', 'jeté', 'jeter', 'abandon', 'brûlé', 'brûler'] }),
  ...group('injure', 'label', 'none', ['une larve', 'une vraie larve', 'une loque', 'une vraie loque', 'un légume', 'une plaie', 'un sacré cas']),
  // derogatory animal and object metaphors, with "vrai" or a comparison ("une limace" alone is also the garden pest)
  ...group('injure', 'label', 'none', ['une vraie limace', 'un vrai mollusque', 'une vraie tortue', 'un vrai escargot', 'une vraie moule', 'une vraie nouille', 'une vraie courge',
    'une vraie buse', 'une vraie quiche', 'une vraie andouille', 'une vraie chiffe molle', 'une chiffe molle', 'un poids mort', 'un vrai poids mort',
    'un vrai manche', 'une vraie serpillière', 'une vraie lavette', 'un mollusque', 'lent comme une limace', 'lente comme une limace', 'lent comme un escargot',
    'lente comme un escargot', 'lent comme une tortue', 'lente comme une tortue', 'mou comme une chique', 'molle comme une chique', 'bête comme une oie', 'bête à manger du foin',
  ]),
  ...group('injure', 'pred', 'adj', ['assisté'], { notBefore: ['de', "d'", 'par', 'que', "qu'", 'pendant', 'lors', 'dans', 'en', 'a', 'à', 'au', 'aux', 'pour', 'sur', 'avec', 'socialement', 'juridiquement'] }),
  ...group('injure', 'pred', 'adj', ['dérangé', 'débile léger'], { notBefore: ['de', "d'", 'par', 'que', "qu'", 'pendant', 'lors', 'dans', 'en', 'a', 'à', 'au', 'chez'] }),
  ...group('injure', 'pred', 'adj', ['débile', 'stupide', 'idiot', 'con|conne|cons|connes', 'bête', 'nul|nulle|nuls|nulles', 'fou|folle|fous|folles', 'dingue', 'givré', 'cruche', 'gourde', 'pitoyable', 'lamentable', 'pathétique', 'raté', 'inutile', 'incapable', 'misérable'], { notBefore: ['de', "d'", 'par', 'que', "qu'"] }),
  ...group('injure', 'phrase', 'none', [
    "n'a pas de cerveau", "n'a rien dans le crâne", "n'a rien dans la tête", 'rien dans le crâne', 'rien dans la tête', "pas de cervelle", 'cervelle de moineau', 'cervelle d\'oiseau',
    'QI de bulot', "QI d'huître", 'QI de moule', 'profite du système', 'profitent du système', 'vit sur le dos de la société', 'vit aux crochets de l\'État',
    'mentalité d\'assisté', 'mentalité d\'assistée', 'une assistée', 'un assisté', 'des assistés', 'vrai assisté', 'vraie assistée', 'pète plus haut que son cul',
    'tête de linotte', 'pauvre conne', 'pauvre con', 'sac à vin', 'cas désespéré', 'un raté', 'une ratée', 'un incapable', 'une incapable', 'un bon à rien',
    'une bonne à rien', 'un nul', 'une nulle', 'une vraie nulle', 'un vrai nul', 'une folle', 'un fou furieux', 'une folle furieuse',
  ]),
];

/**
 * Slurs (ethnic, homophobic, ableist): reported without echoing the word (TAXONOMY §6.1, "separate,
 * non-displayed blocklist").
 */
export const SLURS: ToneEntry[] = group('injure', 'label', 'noun', [
  'bougnoule', 'bougnoul', 'bicot', 'raton', 'négro', 'nègre', 'bamboula', 'youpin', 'youtre', 'chinetoque', 'chintok', 'niakoué', 'bridé', 'rital', 'polak',
  'romano', 'boukak', 'pédé', 'pédale', 'tapette', 'tarlouze', 'tantouze', 'fiotte', 'gouine', 'travelo', 'bâtard', 'mongolien', 'handicapé mental de merde',
], { tag: 'slur' });

// ---------------------------------------------------------------------------------------------
// apparence: appearance and hygiene (warning, category jugement). TAXONOMY §3.4 apparence-physique.
// ---------------------------------------------------------------------------------------------
const SMELLS = ['mauvais', 'le tabac', 'la cigarette', "l'alcool", 'la bière', 'la transpiration', 'la sueur', 'le tabac froid', 'le renfermé', "l'urine", 'fort', 'le chien', 'la clope', 'le vin'];
/** Smells of animals, stables and drink said of a person: « qui sent le chenil », « sentait l'écurie ». */
const ANIMAL_SMELLS = ['le chenil', 'le chien mouillé', 'la litière', "l'écurie", 'le fumier', "l'étable", 'la porcherie', 'le cochon', 'le bouc', 'la ménagerie',
  'la crasse', 'la vinasse', 'le pastis', 'le cannabis', 'le shit', "l'herbe", 'le joint', 'le chat', 'le vomi', 'la pisse',
  'le parfum bon marché', 'le vieux', 'le pipi', 'des pieds', 'le pied'];

/** Clothing nouns × judging adjectives, agreed in gender and number: "chemise douteuse", "baskets trouées", "pantalon taché". */
function clothesJudged(): string[] {
  // [noun, feminine, plural]
  const nouns: Array<[string, boolean, boolean]> = [['chemise', true, false], ['chemises', true, true], ['pantalon', false, false], ['jean', false, false], ['tee-shirt', false, false],
    ['t-shirt', false, false], ['pull', false, false], ['veste', true, false], ['blouson', false, false], ['survêtement', false, false], ['jogging', false, false], ['sweat', false, false],
    ['chemisier', false, false], ['robe', true, false], ['jupe', true, false], ['chaussures', true, true], ['baskets', true, true], ['habits', false, true], ['fringues', true, true],
    ['costume', false, false], ['col', false, false], ['manteau', false, false], ['polo', false, false], ['chaussettes', true, true]];
  // masculine singular | feminine singular | masculine plural | feminine plural
  const adjs = [['douteux', 'douteuse', 'douteux', 'douteuses'], ['sale', 'sale', 'sales', 'sales'], ['taché', 'tachée', 'tachés', 'tachées'], ['troué', 'trouée', 'troués', 'trouées'],
    ['froissé', 'froissée', 'froissés', 'froissées'], ['crasseux', 'crasseuse', 'crasseux', 'crasseuses'], ['fripé', 'fripée', 'fripés', 'fripées'], ['débraillé', 'débraillée', 'débraillés', 'débraillées'],
    ['élimé', 'élimée', 'élimés', 'élimées'], ['négligé', 'négligée', 'négligés', 'négligées'], ['pas propre', 'pas propre', 'pas propres', 'pas propres'], ['pas net', 'pas nette', 'pas nets', 'pas nettes'],
    ['crade', 'crade', 'crades', 'crades'], ['malodorant', 'malodorante', 'malodorants', 'malodorantes'], ['hors d’âge', 'hors d’âge', 'hors d’âge', 'hors d’âge'], ["hors d'âge", "hors d'âge", "hors d'âge", "hors d'âge"]];
  const out: string[] = [];
  for (const [n, f, pl] of nouns) for (const a of adjs) out.push(`${n} ${a[(f ? 1 : 0) + (pl ? 2 : 0)]}`);
  return out;
}
export const APPARENCE: ToneEntry[] = [
  // the age the person looks, compared: « fait plus vieux que son âge », « fait dix ans de plus », « ne fait pas son âge » (not « a pris quinze ans », a sentence)
  ...group('apparence', 'phrase', 'none', ['vieux', 'vieille', 'âgé', 'âgée', 'jeune', 'usé', 'usée', 'fatigué', 'fatiguée', 'marqué', 'marquée'].flatMap((a) => [`plus ${a} que son âge`, `moins ${a} que son âge`])
    .concat(['fait son âge', 'ne fait pas son âge', 'fait pas son âge', 'fait plus que son âge', 'paraît plus que son âge', 'fait vieux', 'fait vieille', 'fait très vieux', 'fait très vieille',
      ...['cinq', 'dix', 'quinze', 'vingt', '5', '10', '15', '20'].flatMap((n) => [`fait ${n} ans de plus`, `paraît ${n} ans de plus`, `fait ${n} ans de moins`])]), {
    notBefore: ['jeu', 'garçon', 'métier', 'poste', 'entretien', 'dossier', 'de', 'légal', 'de départ'], notNear: ['portrait', 'rôle', 'personnage', 'maquillage', 'casting', 'vin', 'fromage'] }),
  // a look told as a scene: « on dirait qu'il sort de son lit », « on aurait dit qu'elle n'avait pas dormi »
  ...group('apparence', 'phrase', 'none', ["on dirait qu'il", "on dirait qu'elle", "on aurait dit qu'il", "on aurait dit qu'elle", "à croire qu'il", "à croire qu'elle"].flatMap((h) =>
    ['sort de son lit', 'sort du lit', 'sortait du lit', 'sortait de son lit', 'sort de sa couette', 'vient de se lever', 'venait de se lever', 'est tombé du lit', 'est tombée du lit',
      'sort de boîte', 'sortait de boîte', 'sort de soirée', 'sortait de soirée', 'a dormi dehors', 'avait dormi dehors', 'a dormi dans la rue', 'a dormi tout habillé', 'a dormi toute habillée',
      'a dormi dans sa voiture', "n'a pas dormi", "n'avait pas dormi", "ne s'est pas lavé", "ne s'est pas lavée", "ne s'était pas lavé", "ne s'était pas lavée", "ne se lave pas", "ne se lave jamais",
      "s'est habillé dans le noir", "s'est habillée dans le noir", "s'habille dans le noir", 'va à un mariage', 'allait à un mariage', 'va en boîte', 'allait en boîte', 'sort de prison',
      'sortait de prison', 'vit dans la rue', 'revient de la plage', 'a fait la fête', 'avait fait la fête', 'sort de la douche', 'va à la plage', 'se rend à un enterrement', 'va à un enterrement',
      "s'est coiffé avec un pétard", "s'est coiffée avec un pétard", 'a mis les habits de son père', 'porte les habits de son père'].map((v) => `${h} ${v}`))),
  // a sickly or dressed-up look, remarked: « a le teint cireux », « mine de déterré », « très apprêtée », « tirée à quatre épingles »
  ...group('apparence', 'phrase', 'none', ['teint cireux', 'teint blafard', 'teint terreux', 'teint grisâtre', 'teint jaunâtre', 'teint brouillé', 'teint de papier mâché', 
    'tête de déterré', 'tête de déterrée', 'mine de déterrée', 'sale mine', 'mauvaise mine', 'mine affreuse', 'tête affreuse', 'une tête à faire peur', 'une mine à faire peur',
    'très apprêté', 'très apprêtée', 'très apprêtés', 'très apprêtées', 'trop apprêtée', 'tiré à quatre épingles', 'tirée à quatre épingles', 'sapé comme un prince', 'sapée comme une princesse',
    'habillé comme pour un mariage', 'habillée comme pour un mariage', 'habillé comme un sac', 'habillée comme un sac', 'fringué comme', 'fringuée comme'], {
    notAfter: ['pas', 'jamais', 'sans', 'aucune', 'aucun'], notNear: ['maquilleuse', 'maquilleur', 'théâtre', 'spectacle', 'tournage', 'défilé', 'mannequin', 'cosmétique', 'peinture', 'cuir', 'textile', 'tissu', 'tissus'] }),
  // too much make-up, scent or skin, judged: « trop maquillée pour un salon », « outrageusement maquillée », « décolleté plongeant »
  ...group('apparence', 'phrase', 'adj', ['trop maquillé', 'outrageusement maquillé', 'trop fardé', 'trop parfumé', 'trop décolleté', 'trop apprêté', 'trop bronzé',
    'trop bling-bling', 'trop sexy', 'peinturluré', 'maquillé comme une voiture volée', 'maquillée comme une voiture volée'], {
    notNear: ['maquilleuse', 'maquilleur', 'maquillage', 'esthétique', 'esthéticienne', 'théâtre', 'spectacle', 'scène', 'tournage', 'mariée', 'défilé', 'cosmétique', 'CAP', 'formation', 'délai', 'délais', 'préavis', 'CDD', 'contrat', 'terme'] }),
  ...group('apparence', 'phrase', 'none', ['maquillage outrancier', 'maquillage excessif', 'maquillage vulgaire', 'maquillage criard', 'maquillage trop chargé', 'trop de maquillage',
    'trop de bijoux', 'trop de parfum', 'décolleté plongeant', 'décolleté provocant', 'jupe trop courte', 'tenue trop courte', 'tenue trop moulante', 'tenue trop légère',
    'tenue aguicheuse', 'tenue trop sexy', 'tenue trop voyante', 'tenue tape-à-l’œil', "tenue tape-à-l'œil", 'tenue bling-bling', 'look bling-bling', 'look vulgaire', 'allure vulgaire'], {
    notNear: ['maquilleuse', 'maquilleur', 'esthéticienne', 'théâtre', 'spectacle', 'tournage', 'défilé', 'formation', 'CAP', 'consigne', 'règlement', 'interdit', 'interdite', 'code'] }),
  ...group('apparence', 'phrase', 'none', [
    'hygiène douteuse', 'hygiène limite', 'hygiène déplorable', 'hygiène négligée', 'hygiène approximative', 'hygiène insuffisante', 'hygiène corporelle douteuse',
    'hygiène corporelle négligée', 'hygiène corporelle insuffisante', 'hygiène corporelle limite', 'hygiène laisse à désirer', 'hygiène qui laisse à désirer',
    "manque d'hygiène", "problème d'hygiène", "problèmes d'hygiène", "défaut d'hygiène", "souci d'hygiène", "soucis d'hygiène", "absence d'hygiène", "aucune hygiène", "pas d'hygiène",
    "hygiène pas terrible", 'propreté douteuse', 'propreté limite',
    ...SMELLS.flatMap((s) => [`sent ${s}`, `sentait ${s}`, `sentir ${s}`, `pue ${s}`, `puait ${s}`]), ...ANIMAL_SMELLS.flatMap((s) => [`pue ${s}`, `puait ${s}`]),
    'odeur forte', 'odeur tenace', 'odeur désagréable',
    'odeur corporelle', 'odeurs corporelles', 'mauvaise odeur', 'mauvaises odeurs', 'odeur de transpiration', 'odeur de sueur', "odeur d'alcool", 'odeur de tabac',
    'mauvaise haleine', 'haleine chargée', "haleine d'alcool", 'pue', 'puait', 'pue la clope', "pue l'alcool", 'schlingue', 'chlingue',
    'tenue négligée', 'tenue débraillée', 'tenue sale', 'tenue douteuse', 'tenue peu soignée', 'tenue vulgaire', 'tenue provocante', 'tenue indécente', 'tenue négligé',
    'vêtements sales', 'vêtements douteux', 'vêtements négligés', 'habits sales', 'habits douteux', 'vêtements troués', 'vêtements tachés',
    'aspect négligé', 'aspect sale', 'allure négligée', 'apparence négligée', 'apparence douteuse', 'look négligé', 'look douteux', 'look spécial', 'look bizarre',
    'look de racaille', 'look de clochard', 'style vestimentaire douteux', 'style vestimentaire négligé', 'style vestimentaire vulgaire',
    'cheveux gras', 'cheveux sales', 'ongles sales', 'ongles noirs', 'mains sales', 'dents abîmées', 'dents pourries', 'dents gâtées', 'dents manquantes', 'dents noires', 'chicots',
    // (tattoos and piercings told as facts, « tatoué jusqu'au cou », « tatouages visibles », « piercing à la langue », are observations: only the scornful « bardé de » is here)
    'bardé de tatouages', 'bardée de tatouages',
    'pas très soigné', 'pas très soignée', 'pas bien soigné', 'pas bien soignée', 'pas vraiment soigné', 'pas vraiment soignée', 'pas présentable', 'pas très présentable',
    'peu présentable', 'pas très propre sur lui', 'pas très propre sur elle', 'physique ingrat', 'physique disgracieux',
    'physique peu avantageux', 'physique quelconque', 'physique avantageux', 'physique agréable', 'joli minois', 'belle femme', 'bel homme', 'beau garçon', 'belle fille', 'jolie fille',
    'jolie femme', 'joli garçon', 'jolie jeune femme', 'belle jeune femme', 'beau gosse', 'belle gosse', 'sexy', 'bien roulée', 'mal fichu', 'mal fichue',
    'sale tête', 'sale gueule', 'mine patibulaire', 'tête de clochard', 'drôle de dégaine',
  ]),
  // smells of animals and bare odour words, said of the person, not of a kitchen, a product or a building: « il sent le chenil », « elle empeste »
  ...group('apparence', 'phrase', 'none', [...ANIMAL_SMELLS.flatMap((s) => [`sent ${s}`, `sentait ${s}`, `sentir ${s}`]),
    ...[...SMELLS, ...ANIMAL_SMELLS].flatMap((s) => [`empeste ${s}`, `empestait ${s}`, `odeur de ${s.replace(/^(le|la|l') ?/, '')}`]),
    'empeste', 'empestait', 'dégage une odeur', 'dégageait une odeur', 'relents de', 'relent de'], {
    notNear: ['cuisine', 'cuisines', 'salle', 'produit', 'produits', 'friture', 'gaz', 'poubelle', 'poubelles', 'local', 'locaux', 'frigo', 'déchets', 'chimique', 'solvant',
      'peinture', 'moisissure', 'égout', 'égouts', 'usine', 'station', 'logement', 'appartement', 'immeuble', 'escalier', 'voisin', 'voisins', 'voisine', 'cave', 'hall', 'entrepôt',
      'bâtiment', 'chantier', 'atelier', 'camion', 'four', 'cuisson', 'fuite', 'pièce', 'bureau', 'véhicule', 'voiture', 'rue', 'quartier'] }),
  // "allure de souillon", "dégaine de clodo", "look de pouilleux", "air de SDF": the person likened to a down-and-out or a slattern
  ...group('apparence', 'phrase', 'none', ['allure', 'allures', 'look', 'dégaine', 'air', 'tenue', 'touche'].flatMap((h) => ['souillon', 'SDF', 'pouilleux', 'pouilleuse', 'va-nu-pieds', 'romanichel', 'mendiant', 'mendiante', 'sans-abri',
    'épouvantail', 'camionneur', 'bûcheron', 'catin', 'routard crasseux', 'sauvage', 'sorcière', 'mégère',
    'poissonnière'].map((n) => `${h} de ${n}`)), {
    notNear: ['costume', 'costumes', 'déguisement', 'spectacle', 'théâtre', 'film', 'tournage', 'casting', 'figurant', 'figurante', 'carnaval', 'halloween', 'rôle', 'personnage'] }),
  ...group('apparence', 'label', 'noun', ['souillon', 'pouilleux', 'pouilleuse', 'cradingue', 'crado', 'cracra'], {
    notNear: ['costume', 'costumes', 'déguisement', 'spectacle', 'théâtre', 'film', 'tournage', 'casting', 'rôle', 'personnage', 'conte', 'Cendrillon'] }),
  // hair, beard and nails judged: "cheveux pas lavés", "ongles rongés jusqu'au sang", "barbe négligée"
  ...group('apparence', 'phrase', 'none', ['cheveux', 'ongles'].flatMap((n) => ['pas lavés', 'non lavés', 'mal lavés', 'jamais lavés', 'pas propres', 'en bataille', 'hirsutes',
    'pas coiffés', 'mal coiffés', 'pas peignés', 'négligés', 'crasseux', 'rongés', "rongés jusqu'au sang", 'douteux', 'pas entretenus', 'mal entretenus', 'pas soignés', 'mal soignés',
    'gras et sales', 'collés', 'poisseux', 'emmêlés', 'sales et longs', 'crades', 'cradingues', 'dégoûtants'].map((a) => `${n} ${a}`)).concat(['barbe négligée', 'barbe mal taillée',
    'barbe pas taillée', 'barbe de plusieurs jours', 'barbe hirsute', 'barbe sale', 'pas rasé', 'pas rasée', 'pas rasé depuis', 'ongles en deuil', 'se ronge les ongles', 'rongeait ses ongles']),
    { notNear: ['coiffure', 'coiffeur', 'coiffeuse', 'salon', 'onglerie', 'prothésiste', 'esthétique', 'esthéticienne', 'barbier', 'toilettage', 'toiletteur', 'chien', 'chat', 'animaux'] }),
  // clothes judged: "chemise douteuse", "pantalon taché", "blouson crasseux" (not the laundry or ironing of a job)
  ...group('apparence', 'phrase', 'none', clothesJudged(), {
    notAfter: ['repasser les', 'repasse les', 'repassage des', 'laver les', 'lave les', 'nettoyer les', 'trier les', 'trie les', 'détacher les', 'détache les', 'plier les', 'ramasser les'],
    notNear: ['pressing', 'blanchisserie', 'repassage', 'laverie', 'lingerie', 'retouche', 'retouches', 'couture', 'friperie', 'ressourcerie', 'recyclerie', 'tri', 'collecte', 'dons', 'Emmaüs'] }),
  // presentation judged without an adjective: "il ne présente pas bien", "présente mal" (not "le CV présente mal ses atouts")
  ...group('apparence', 'phrase', 'none', ['ne présente pas bien', 'ne présente pas très bien', 'ne présente vraiment pas bien', 'présente pas bien', 'ne présentait pas bien',
    'présente mal', 'présente très mal', 'présentait mal', "n'a pas une bonne présentation", "n'a pas une présentation soignée", 'mauvaise présentation', 'présentation pas terrible',
    'présentation laisse à désirer', 'présentation qui laisse à désirer', 'présentation négligée', 'présentation peu soignée', 'ne présente pas', 'ne fait pas bonne impression physiquement'].filter((t) => t !== 'ne présente pas'), {
    notBefore: ['ses', 'son', 'sa', 'les', 'le', 'la', "l'", 'leur', 'leurs', 'un', 'une', 'des', 'ce', 'cette', 'ces', 'à', 'au', 'aux', 'de', "d'", 'du', 'en', 'sur', 'par', 'pour'],
    notNear: ['CV', 'lettre', 'dossier', 'projet', 'document', 'tableau', 'graphique', 'rapport', 'offre', 'logement', 'appartement', 'annonce', 'bilan', 'entreprise', 'candidature'],
  }),
  // the person's housing or state judged: "logement dans un état lamentable", "arrivé dans un état pitoyable"
  ...group('apparence', 'phrase', 'none', ['lamentable', 'déplorable', 'pitoyable', 'catastrophique', 'épouvantable', 'désastreux', 'innommable', 'pas possible', 'de saleté repoussante', 'de crasse']
    .flatMap((a) => [`dans un état ${a}`, `dans un état vraiment ${a}`, `dans un état assez ${a}`]).concat(['dans un sale état', 'un vrai taudis', 'une vraie porcherie', 'un vrai dépotoir', 'un vrai capharnaüm']), {
    near: ['logement', 'appartement', 'maison', 'chambre', 'studio', 'domicile', 'chez', 'caravane', 'logis', 'arrivé', 'arrivée', 'venu', 'venue', 'présenté', 'présentée', 'vit', 'vivait', 'habite', 'habitait', 'là-dedans', 'intérieur'],
    notNear: ['route', 'routes', 'chaussée', 'local', 'locaux', 'bâtiment', 'entreprise', 'matériel', 'véhicule', 'outil', 'machines', 'chantier', 'bailleur', 'propriétaire', 'insalubre', 'insalubrité', 'marchand'],
  }),
  ...group('apparence', 'phrase', 'none', ['tête de déterré', 'tête de déterrée', 'sale tronche', 'drôle de tronche', 'une tronche', 'une dégaine', 'sa dégaine', 'quelle dégaine',
    'dégaine pas possible', 'trop gros', 'trop grosse', 'trop maigre', 'gros ventre', 'mal fringué', 'mal fringuée', 'fringues sales', 'fringues douteuses', 'sent le fauve', 'pellicules']),
  // the voice judged: « voix nasillarde et insupportable », « voix de crécelle », « débit soporifique » (not a speech therapist's or a singer's work)
  ...group('apparence', 'phrase', 'none', ['voix', 'élocution', 'diction'].flatMap((n) => ['nasillarde', 'criarde', 'stridente', 'haut perchée', 'perçante', 'insupportable', 'désagréable',
    'agaçante', 'irritante', 'pénible', 'traînante', 'geignarde', 'pleurnicharde', 'monocorde', 'soporifique', 'vulgaire', 'éraillée', 'de crécelle', 'de fausset', 'de canard', 'de mégère',
    'de poissonnière', 'de petite fille', 'de casserole'].map((a) => `${n} ${a}`)).concat(['ton', 'timbre', 'débit', 'accent'].flatMap((n) => ['nasillard', 'criard', 'insupportable',
    'désagréable', 'agaçant', 'irritant', 'pénible', 'traînant', 'geignard', 'pleurnichard', 'monocorde', 'soporifique', 'vulgaire', 'haut perché'].map((a) => `${n} ${a}`)),
    ['nasillard', 'nasillarde', 'parle du nez', 'parle comme un canard', 'glapit', 'glapissait', 'piaille']), {
    notNear: ['orthophoniste', 'orthophonie', 'chant', 'chanteur', 'chanteuse', 'chorale', 'doublage', 'comédien', 'comédienne', 'rôle', 'personnage', 'instrument', 'saxophone', 'hautbois',
      'micro', 'haut-parleur', 'enceinte', 'sonnerie', 'alarme', 'machine', 'synthèse', 'dysphonie', 'laryngite', 'larynx', 'cordes vocales', 'nodule', 'nodules', 'enrouement', 'ORL',
      // a caller's or a customer's voice at a call-centre job: « le client avait une voix insupportable »
      'client', 'clients', 'cliente', 'clientes', 'appelant', 'appelants', 'appel', 'appels', 'téléconseiller', 'téléconseillère', 'standard', 'standardiste', 'répondeur', 'GPS'] }),
  // the body size judged: « elle était énorme », « un gros tas », « bouffie » (the weight as a health fact is rules/sante.ts)
  ...group('apparence', 'pred', 'adj', ['énorme', 'adipeux', 'empâté', 'replet', 'dodu', 'corpulent', 'rondouillet', 'mastodonte', 'éléphantesque', 'baraqué comme une armoire'], {
    notBefore: ['de', "d'", 'que', "qu'", 'par', 'dans', 'pour', 'en', 'succès', 'travail', 'potentiel', 'progrès', 'effort', 'efforts', 'retard', 'dette', 'dettes', 'besoin'] }),
  ...group('apparence', 'phrase', 'none', ['un gros tas', 'une grosse dondon', 'une dondon', 'un bibendum', 'gros comme une barrique', 'grosse comme une barrique', 'gros comme une maison',
    'grosse comme une maison', 'gras comme un cochon', 'grasse comme une truie', 'une vraie baleine', 'un vrai tonneau', 'une vraie barrique', 'a pris des kilos', 'a pris du poids', 'a grossi',
    'a bien grossi', 'a beaucoup grossi', 'a pris du ventre', 'a pris du bide', 'du bide', 'gros bide', 'bourrelets', 'sac d’os', "sac d'os", 'maigre comme un clou', 'un vrai squelette'], {
    notNear: ['médecin', 'diabète', 'traitement', 'chimiothérapie', 'cortisone', 'grossesse', 'enceinte', 'régime', 'nutritionniste', 'opération', 'bypass', 'sleeve', 'anorexie', 'boulimie'] }),
  // hygiene slang said of the person, « il est crade », « franchement cradingue »; body types, « une armoire à glace », « un gringalet »
  ...group('apparence', 'pred', 'adj', ['crade|crades', 'cradingue|cradingues', 'crado|crados', 'puant|puante|puants|puantes', 'sale comme un peigne'],
    { notBefore: ['de', "d'", 'que', "qu'", 'par'], notNear: ['logement', 'appartement', 'chambre', 'cuisine', 'local', 'locaux', 'véhicule', 'voiture', 'poste', 'boulot', 'travail', 'chantier', 'tâche'] }),
  ...group('apparence', 'phrase', 'none', ['une armoire à glace', 'un armoire à glace', 'armoire à glace', 'une montagne de muscles', 'un tas de muscles', 'un gringalet',
    'une gringalette', 'un freluquet', 'un avorton', 'une grande perche', 'une grande asperge', 'un nabot', 'un gros balèze', 'gringalet', 'freluquet', 'un malabar', 'un grand échalas', 'une grande bringue'], {
    notNear: ['meuble', 'meubles', 'déménagement', 'déménageur', 'déménagé', 'déménager', 'acheté', 'acheter', 'vendu', 'vendre', 'monté', 'monter', 'livré', 'livrer', 'porté', 'porter', 'Ikea', 'chambre', 'miroir', 'ébéniste', 'menuisier', 'menuiserie', 'brocante', 'cuisine', 'pêche', 'restaurant', 'chien', 'chiens', 'élevage', 'jardin', 'jardinerie', 'décoration'] }),
  ...group('apparence', 'phrase', 'none', ['tête', 'gueule', 'tronche', 'dégaine', 'allure', 'look'].flatMap((h) => [...['videur', 'brute', 'boxeur', 'catcheur', 'tueur', 'méchant', 'bandit', 'brigand',
    'malfrat', 'voleur', 'racaille', 'skinhead', 'skin', 'facho', 'nazi', 'bourrin', 'gros dur', 'dur à cuire', 'fou', 'folle', 'gangster', 'mafieux', 'bagarreur', 'loubard', 'clodo', 'clochard',
    'vieux garçon', 'vieille fille', 'premier de la classe', 'fayot', 'gendre idéal', 'bon élève', 'pitbull', 'bouledogue', 'bulldog', 'six pieds sous terre', 'mort de faim', 'camionneur', 'repris de justice']
    .map((n) => `${h} de ${n}`), ...['assassin', 'escroc', 'abruti', 'ahuri', 'illuminé', 'illuminée', 'alcoolique', 'ivrogne', 'arnaqueur', 'ours mal léché', 'ado attardé'].map((n) => `${h} d'${n}`)]), {
    notNear: ['costume', 'costumes', 'déguisement', 'spectacle', 'théâtre', 'film', 'tournage', 'casting', 'figurant', 'figurante', 'carnaval', 'halloween', 'rôle', 'personnage', 'concert', 'poste', 'métier', 'formation', 'recrute', 'agent de sécurité'] }),
  ...group('apparence', 'pred', 'adj', ['malpropre', 'boudiné', 'enrobé', 'bedonnant', 'grassouillet', 'rondouillard', 'ventripotent'], { notBefore: ['de', "d'", 'que', "qu'", 'par', 'dans'] }),
  ...group('apparence', 'label', 'adj', ['débraillé', 'crasseux', 'dépenaillé', 'mal habillé', 'mal fagoté', 'mal attifé', 'mal rasé', 'mal coiffé', 'mal lavé', 'négligé physiquement', 'mal peigné', 'hirsute', 'sale sur lui', 'sale sur elle', 'mocheté', 'maigrichon', 'rachitique']),
  ...group('apparence', 'pred', 'adj', ['mal soigné', 'pas soigné', 'peu soigné', 'pas propre', 'pas très propre', 'peu propre', 'mal tenu', 'dégoûtant', 'répugnant', 'repoussant', 'moche', 'laid|laide|laids|laides', 'négligé', 'squelettique', 'ridé', 'bouffi', 'percé'], { notBefore: ['de', "d'", 'que', "qu'", 'par'] }),
  // words that are also ordinary adjectives before a noun ("gros fumeur", "belle expérience"): predicate only, ending the phrase
  // loud or provocative clothes said of the person: "elle était clinquante", "habillé de façon tape-à-l'œil"
  ...group('apparence', 'pred', 'adj', ['criard', 'clinquant', 'aguicheur|aguicheuse|aguicheurs|aguicheuses', 'tape-à-l’œil', "tape-à-l'œil", 'tape-à-l’oeil', "tape-à-l'oeil", 'accoutré', 'attifé', 'fagoté'], { notBefore: ['de', "d'", 'que', "qu'", 'par'] }),
  ...group('apparence', 'pred', 'adj', ['sale', 'gros|grosse|gros|grosses', 'maigre', 'joli', 'mignon', 'séduisant', 'beau|belle|beaux|belles', 'trapu', 'chauve'], { bare: true }),
  // the person likened to a type, by the look, face or bearing: « une tête de taulard », « look de punk à chien », « dégaine de zonard », « look de vieux rocker »
  ...group('apparence', 'phrase', 'none', ['look', 'tête', 'gueule', 'dégaine', 'allure', 'air'].flatMap((h) =>
    ['taulard', 'taularde', 'bagnard', 'repris de justice', 'prisonnier', 'détenu', 'délinquant', 'délinquante', 'voyou', 'loubard', 'caïd', 'gangster', 'mafieux', 'truand', 'dealer', 'dealeur',
      'punk', 'punk à chien', 'punk à chiens', 'punks à chien', 'zonard', 'zonarde', 'clodo', 'clocharde', 'marginal', 'marginale', 'toxico', 'toxicomane', 'junkie', 'camé', 'camée', 'drogué', 'droguée',
      'cassos', 'beauf', 'kéké', 'bimbo', 'poufiasse', 'pétasse', 'baba cool', 'babos', 'teufeur', 'teufeuse', 'rocker', 'vieux rocker', 'vieille rockeuse', 'rockeuse', 'biker', 'hippie', 'hippy',
      'vieux hippie', 'racailles', 'wesh', 'cas social', 'paumé', 'paumée', 'alcoolo', 'poivrot', 'pochtron', 'ivrogne', 'terroriste', 'psychopathe', 'tueur en série', 'serial killer', 'sdf']
      .map((n) => `${h} ${/^[aeiouyéè]/.test(n) ? "d'" : 'de '}${n}`)), {
    notNear: ['costume', 'costumes', 'déguisement', 'spectacle', 'théâtre', 'film', 'tournage', 'casting', 'figurant', 'figurante', 'carnaval', 'halloween', 'rôle', 'personnage', 'concert', 'groupe', 'musicien', 'musicienne', 'guitariste'] }),
  // stained or decayed teeth and breath judged: « dents jaunies », « dentition négligée », « haleine de chacal »
  ...group('apparence', 'phrase', 'none', ['dents', 'dentition'].flatMap((n) => ['jaunies', 'jaunes', 'jaunâtres', 'noircies', 'tachées', 'entartrées', 'abîmées par le tabac', 'négligée',
    'négligées', 'douteuse', 'douteuses', 'en mauvais état', 'déplorable', 'déplorables', 'pas soignées', 'mal soignées', 'pas entretenues', 'mal entretenues', 'crades', 'sales'].map((a) => `${n} ${a}`))
    .concat(['haleine de chacal', 'haleine de poney', 'haleine fétide', 'haleine douteuse', 'mauvaise haleine', 'haleine alcoolisée', 'sourire édenté', 'chicots noirs']), {
    // teeth cared for at work or of a tool: « assistant dentaire, il soigne des dents sales », « dents de scie »
    notBefore: ['des patients', 'du patient', 'de la scie', 'des clients'],
    notNear: ['dentaire', 'dentiste', 'dentistes', 'orthodontiste', 'prothésiste', 'patient', 'patients', 'cabinet', 'scie', 'peigne', 'engrenage', 'engrenages', 'roue', 'machine', 'râteau'] }),
  // an appearance said to put recruiters off: « look qui risque de rebuter certains recruteurs », « sa tenue va rebuter les employeurs »
  ...group('apparence', 'phrase', 'none', ['risque de rebuter', 'risquent de rebuter', 'va rebuter', 'vont rebuter', 'pourrait rebuter', 'pourraient rebuter', 'rebute les recruteurs', 'rebutera',
    'rebuter les recruteurs', 'rebuter certains recruteurs', 'rebuter les employeurs', 'rebuter un employeur', 'rebuter des recruteurs', 'rebute les employeurs', 'rebute les clients', 'rebuter les clients'], {
    near: ['look', 'tenue', 'tenues', 'allure', 'dégaine', 'apparence', 'style', 'tatouages', 'tatouage', 'piercing', 'piercings', 'cheveux', 'barbe', 'physique', 'présentation', 'tête', 'coiffure',
      'vêtements', 'odeur', 'hygiène', 'haleine', 'dents', 'gueule', 'tronche'] }),

];
