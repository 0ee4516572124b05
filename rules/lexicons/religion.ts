/**
 * Lexicon of the `religion` rule: beliefs and their adherents, practices and festivals, places
 * of worship, religious dress and dietary rules. TAXONOMY.md §3.1 `religion`.
 *
 * Tags tell the rule which context test applies: an adherent word needs no person link but must
 * not name an organisation ("Secours catholique", "école juive"); a place of worship needs an
 * attendance verb ("va à la mosquée"); a dietary word needs an eating verb ("mange halal", not
 * "boucherie halal"). Public holidays (Noël, Pâques, Toussaint, Pentecôte, Ascension) are absent on
 * purpose: as dates they say nothing of a belief.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

type Spec = string | [string, string[]];

const entries = (tag: string, list: Spec[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  list.map((s) => (typeof s === 'string' ? { lemma: s, tag, ...extra } : { lemma: s[0], forms: s[1], tag, ...extra }));

/** Adherents of a religion or a conviction, as adjectives and nouns (every gender and number). */
const ADHERENTS: LexiconEntry[] = [
  ...entries('adherent', [
    'musulman', 'catholique', 'protestant', 'chrétien', 'bouddhiste', 'hindou', 'hindouiste', 'sikh', 'évangélique',
    'adventiste', 'mormon', 'pentecôtiste', 'anglican', 'luthérien', 'calviniste', 'copte', 'salafiste',
    'salafi', 'islamiste', 'chiite', 'sunnite', 'soufi', 'alévi', 'druze', 'maronite', 'animiste', 'taoïste', 'jaïn',
    'zoroastrien', 'scientologue', 'raélien', 'israélite', 'athée', 'agnostique', 'intégriste', 'non-croyant',
    'franc-maçon', 'juif orthodoxe', 'chrétien orthodoxe', 'ultra-orthodoxe', 'catholique traditionaliste',
    'catholique intégriste', 'catholique pratiquant', 'musulman pratiquant', 'juif pratiquant', 'chrétien pratiquant',
    'libre-penseur', 'baptiste évangélique', 'pieuse', 'très pieux', 'dévot', 'dévote',
  ], { inflect: 'adj' }),
  ...entries('adherent', [
    ['juif', ['juive', 'juifs', 'juives', 'feuj', 'feujs']],
    ['rastafari', ['rastafaris']],
    ['témoin de Jéhovah', ['témoins de jéhovah', 'jéhoviste', 'jéhovistes']],
    ['communauté musulmane', ['communauté juive', 'communauté chrétienne', 'communauté catholique', 'communauté protestante',
      'communauté évangélique', 'communauté religieuse', 'communauté bouddhiste', 'communauté sikhe', 'communauté hindoue']],
    ['franc-maçonne', ['franc-maçonnes', 'francs-maçons', 'franc-maçonnerie', 'loge maçonnique']],
  ]),
];

/** The religions and doctrines themselves: findings when they describe the person's faith. */
const DOCTRINES = entries('doctrine', [
  'islam', 'judaïsme', 'christianisme', 'catholicisme', 'protestantisme', 'bouddhisme', 'hindouisme', 'sikhisme',
  'chiisme', 'sunnisme', 'soufisme', 'taoïsme', 'évangélisme', 'salafisme', 'athéisme', 'agnosticisme', 'scientologie',
  'animisme', 'islamique', 'judaïque', 'coranique', 'talmudique',
]);

const CONVERSION = entries('croyance', [
  ["converti à l'islam", ["convertie à l'islam", "convertis à l'islam", 'converti au catholicisme', 'convertie au catholicisme',
    'converti au judaïsme', 'convertie au judaïsme', 'converti au bouddhisme', 'convertie au bouddhisme', 'converti au protestantisme',
    'convertie au protestantisme', 'converti au christianisme', 'convertie au christianisme', "conversion à l'islam",
    'conversion au catholicisme', 'conversion au judaïsme', 'conversion au christianisme', 'conversion au bouddhisme']],
  ['croit en Dieu', ['croyant en dieu', 'croyante en dieu', 'croire en dieu', 'croyait en dieu', 'foi en dieu', 'ne croit pas en dieu', 'croit en allah']],
  ['sa foi', ['leur foi', 'foi religieuse', 'sa spiritualité', 'ses croyances', 'ses croyances religieuses', 'leurs croyances']],
  ['secte', ['sectes', 'mouvement sectaire', 'groupe sectaire']],
]);

/** Belief words that need their own context test. */
const CONTEXTUAL: LexiconEntry[] = [
  ...entries('croyant', ['croyant', 'croyante', 'croyants', 'croyantes']),
  // "orthodoxe" is also "conventional" ("méthode peu orthodoxe"): only after a copula or a person noun
  ...entries('orthodoxe', ['orthodoxe', 'orthodoxes']),
  ...entries('pratiquant', ['pratiquant', 'pratiquante', 'pratiquants', 'pratiquantes', 'non pratiquant', 'non pratiquante', 'très pratiquant', 'très pratiquante']),
  ...entries('religieux', ['religieux', 'religieuse', 'religieuses', 'religieusement']),
  ...entries('religion', ['religion', 'religions', 'confession', 'confessions', 'convictions religieuses', 'conviction religieuse', 'de confession']),
];

/** Practices, fasts and festivals of a religion. */
const PRACTICES = entries('fete', [
  ['ramadan', ['ramadhan', 'ramadane', 'mois de ramadan', 'jeûne du ramadan']],
  ['carême', ['careme', 'jeûne du carême']],
  ['shabbat', ['chabbat', 'shabbath', 'sabbat', 'sabbath', 'chabbath']],
  ['aïd', ['aïd el-kébir', 'aïd el-kebir', 'aïd el-fitr', 'aïd el-adha', 'aïd al-adha', 'aïd al-fitr', 'aïd el kébir', 'tabaski', 'eid']],
  ['yom kippour', ['kippour', 'yom kippur', 'roch hachana', 'rosh hashana', 'roch hachanah', 'pessah', 'pâque juive', 'hanoucca', 'hanoukka', 'hanouka', 'soukkot', 'pourim', 'nouvel an juif']],
  ['diwali', ['vesak', 'mawlid', 'mouloud', 'achoura', 'ashura', 'mercredi des cendres', 'semaine sainte', 'fêtes juives', 'fête juive', 'fêtes musulmanes', 'fête musulmane']],
  ['pèlerinage', ['pèlerinages', 'pèlerinage à la mecque', 'hajj', 'hadj', 'omra', 'la mecque']],
  ['jeûne religieux', ['jeûne rituel', 'jeûnes religieux', 'rupture du jeûne', 'iftar']],
  ['bar-mitsva', ['bat-mitsva', 'bar mitzvah', 'bat mitzvah', 'première communion', 'communion solennelle', 'confirmation religieuse', 'baptême religieux', 'mariage religieux', 'circoncision rituelle']],
]);

const PRAYER = entries('priere', ['prière', 'prières', 'prie', 'prient', 'priait', 'prier', 'salat', 'ablutions']);

/** Places of worship and religious teaching: findings when the person attends them. */
const PLACES = entries('lieu', [
  'mosquée', 'mosquées', 'synagogue', 'synagogues', 'église', 'églises', 'temple', 'temples', 'paroisse', 'paroisses',
  'chapelle', 'cathédrale', 'basilique', 'pagode', 'gurdwara', 'salle du royaume', 'lieu de culte', 'lieux de culte',
  'culte', 'cultes', 'messe', 'messes', 'office religieux', 'offices religieux', 'catéchisme', 'catéchèse', 'école coranique',
  'cours de religion', 'yeshiva', 'madrasa', 'aumônerie', 'église évangélique', 'église protestante', 'église orthodoxe',
]);

/** Religious dress: the phrases say the person wears it. */
const DRESS = entries('tenue', [
  ['porte le voile', ['porter le voile', 'portait le voile', 'portent le voile', 'porte un voile', 'porter un voile', 'port du voile', 'porte le foulard', 'porter le foulard', 'port du foulard', 'portait le foulard', 'porte un foulard islamique', 'foulard islamique', 'voile islamique', 'voile intégral', 'porte le hijab', 'porte le niqab', 'porte la kippa', 'porte un turban', 'porter le turban', 'porte le turban', 'turban sikh', 'signes religieux', 'signe religieux', 'tenue religieuse', 'tenues religieuses']],
  'hijab', 'hijabs', 'hidjab', 'niqab', 'burqa', 'burka', 'burkini', 'tchador', 'jilbab', 'abaya', 'kippa', 'kippah', 'kipa', 'qamis',
]);

const VEILED = entries('voilee', ['voilée', 'voilées']);

/** Dietary rules: findings when the person keeps them ("mange halal"), not as a workplace. */
const DIET = entries('alimentation', ['halal', 'hallal', 'casher', 'kasher', 'cascher', 'kascher', 'cachère', 'kosher']);

export const RELIGION_LEXICON: LexiconEntry[] = [
  ...ADHERENTS, ...DOCTRINES, ...CONVERSION, ...CONTEXTUAL, ...PRACTICES, ...PRAYER, ...PLACES, ...DRESS, ...VEILED, ...DIET,
];
