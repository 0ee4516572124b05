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
    'libre-penseur', 'baptiste évangélique',
    // schools of Buddhism, also after a place ("pagode theravada", "centre vajrayana")
    'theravada', 'theravāda', 'mahayana', 'mahāyāna', 'vajrayana', 'vajrayāna', 'pieuse', 'très pieux', 'dévot', 'dévote',
    // English names a counsellor may copy from the person: "il est Muslim"
    'muslim', 'jewish', 'buddhist',
    // smaller churches and currents, and the other living religions
    'méthodiste', 'presbytérien', 'mennonite', 'quaker', 'amish', 'kimbanguiste', 'chaldéen',
    // African independent churches (Côte d'Ivoire, Congo, Angola, Bénin, Nigeria)
    'harriste', 'matsouaniste', 'tokoïste', 'tokoiste', 'branhamiste', 'aladura',
    'hassidique', 'loubavitch', 'ultra-orthodoxe', 'bahaï', 'yézidi', 'ahmadi', 'ahmadiste', 'ismaélien', 'wahhabite',
    'néo-païen', 'païen', 'wiccan', 'shintoïste', 'confucianiste', 'jaïniste', 'vaudou', 'vaudouisant', 'catho', 'cathos',
    // Afro-Caribbean and Afro-Brazilian religions (Antilles, Guyane, Haiti, Brazil, Cuba)
    'vodou', 'candomblé', 'candombléiste', 'umbanda', 'santería', 'santero', 'santera', 'rastafari', 'rastafarien', 'quimboiseur', 'kenbwazè',
    'séanciè', 'winti',
    'baptisé adulte',
    // Sufi brotherhoods and their members ("confrérie bektachie", "il est mouride")
    'bektachi', 'mouride', 'tidjane', 'tidjani', 'tijani', 'qadiri', 'naqshbandi', 'alaoui',
    // minority and new religions, and the spellings without accents
    'caodaïste', 'yazidi', 'ézidi', 'alévite', 'zoroastrienne', 'mazdéen', 'raëlien', 'pentecotiste', 'évangéliste pentecôtiste',
    'arménien apostolique', 'arménienne apostolique', 'arméniens apostoliques', 'arméniennes apostoliques', 'apostolique arménien', 'apostolique arménienne',
    'copte orthodoxe', 'coptes orthodoxes', 'grec orthodoxe', 'grecque orthodoxe', 'grecs orthodoxes', 'russe orthodoxe', 'russes orthodoxes', 'serbe orthodoxe',
    'syriaque orthodoxe', 'syriaque catholique', 'arménien catholique', 'arménienne catholique', 'éthiopien orthodoxe', 'éthiopienne orthodoxe', 'érythréen orthodoxe',
    'érythréenne orthodoxe', 'tewahedo', 'roumain orthodoxe', 'roumaine orthodoxe', 'géorgien orthodoxe', 'géorgienne orthodoxe', 'ukrainien gréco-catholique',
    'unitarien', 'universaliste unitarien', 'antoiniste', 'christadelphe', 'néo-apostolique', 'gréco-catholique', 'melkite', 'uniate',
    'vishnouite', 'shivaïte', 'krishnaïte', 'karaïte', 'huttérite', 'salutiste', 'juif messianique',
    'spirite', 'kardéciste', 'théosophe', 'rosicrucien',
    // currents of Judaism named in Hebrew or Yiddish
    'haredi', 'harédi', 'hassid', 'massorti', 'datiste',
    // currents of Islam (Ibadi, Zaydi, Shia schools, Ismaili branches) and the Mandaeans
    'ibadite', 'ibadhite', 'zaydite', 'zaïdite', 'duodécimain', 'jafarite', 'nizarite', 'bohra', 'dawoodi bohra', 'kharidjite',
    'mandéen', 'sabéen mandéen', 'sabéen-mandéen', 'mandéiste', 'yarsan', 'yarsanite', 'kakaï', 'shabak',
  ], { inflect: 'adj' }),
  ...entries('adherent', [
    // Hebrew plurals, and Sufi brotherhoods by their Arabic names ("confrérie Tijaniyya", "la Qadiriyya")
    'haredim', 'harédim', 'hassidim', 'tijaniyya', 'tidjaniyya', 'tijaniya', 'tidjaniya', 'qadiriyya', 'qadiriya', 'mouridiyya', 'muridiyya',
    'naqshbandiyya', 'alawiyya', 'chadhiliyya', 'shadhiliyya', 'boutchichiyya', 'rifaiyya', 'layeniyya', 'layène', 'layènes',
  ]),
  // the Baha'i faith: every spelling, with and without accents and apostrophe
  ...entries('adherent', [
    ["baha'i", ["baha'ie", "baha'is", "baha'ies", 'bahai', 'bahaie', 'bahais', 'bahaies', 'bahaïe', 'bahaïs', 'bahaïes', "bahá'í",
      "bahá'íe", "bahá'ís", "bahá'íes", 'hare krishna', 'adventiste du septième jour', 'adventistes du septième jour',
      // devotion named by its deity: "adepte de Krishna", "fidèle de Krishna"
      'adepte de Krishna', 'adeptes de Krishna', 'dévot de Krishna', 'dévote de Krishna', 'fidèle de Krishna', 'fidèles de Krishna', 'culte de Krishna', 'conscience de Krishna', 'ISKCON']],
  ]),
  ...entries('adherent', [
    // the generic feminine doubles the n ("mormon" → "mormonne"): the usual spelling is explicit
    ['mormone', ['mormones', 'mormon', 'mormons']],
    ['musulmane pratiquante', ['musulmanes pratiquantes']],
  ]),
  // "Jean-Baptiste", "Baptiste" are first names: the rule wants it lower case or after a copula
  ...entries('adherent-nom', ['baptiste', 'baptistes']),
  ...entries('adherent', [
    ['juif', ['juive', 'juifs', 'juives', 'feuj', 'feujs']],
    ['rastafari', ['rastafaris']],
    ['témoin de Jéhovah', ['témoins de jéhovah', 'jéhoviste', 'jéhovistes']],
    ['saints des derniers jours', ['église de jésus-christ des saints des derniers jours']],
    ['communauté musulmane', ['communauté juive', 'communauté chrétienne', 'communauté catholique', 'communauté protestante',
      'communauté évangélique', 'communauté religieuse', 'communauté bouddhiste', 'communauté sikhe', 'communauté hindoue']],
    ['franc-maçonne', ['franc-maçonnes', 'francs-maçons', 'franc-maçonnerie', 'loge maçonnique']],
  ]),
];

/** The religions and doctrines themselves: findings when they describe the person's faith. */
const DOCTRINES = entries('doctrine', [
  'islam', 'judaïsme', 'christianisme', 'catholicisme', 'protestantisme', 'bouddhisme', 'hindouisme', 'sikhisme',
  'chiisme', 'sunnisme', 'soufisme', 'taoïsme', 'évangélisme', 'salafisme', 'athéisme', 'agnosticisme', 'scientologie',
  'animisme', 'vaudouisme', 'rastafarisme', 'quimbois', 'kenbwa', 'islamique', 'judaïque', 'coranique', 'talmudique',
  // minority religions and new religious movements
  'bahaïsme', "foi baha'ie", "foi bahá'íe", 'foi bahaie', 'caodaïsme', 'shinto', 'shintô', 'shintoïsme', 'jaïnisme', 'zoroastrisme', 'mazdéisme',
  'yézidisme', 'yazidisme', 'alévisme', 'druzisme', 'mormonisme', 'adventisme', 'pentecôtisme', 'kimbanguisme', 'harrisme', 'matsouanisme', 'tokoïsme', 'christianisme céleste', 'église du christianisme céleste', 'raélisme', 'mouvement raélien', 'raëlisme', 'mouvement raëlien',
  'ahmadiyya', 'ahmadisme', 'mouvement ahmadiyya', 'mouvement rastafari', 'mouvement hassidique', 'mouvement loubavitch', 'renouveau charismatique',
  'soka gakkai', 'falun gong', 'tenrikyo', 'hoa hao', 'antoinisme', 'wicca', 'néo-paganisme', 'chamanisme',
  // spiritism and esoteric currents held as a faith
  // Afro-Cuban, Afro-Brazilian and Caribbean religions named as a practice ("pratique le palo monte")
  'palo monte', 'palo mayombe', 'regla de ocha', 'quimbanda', 'obeah', 'hoodoo', 'kumina',
  'spiritisme', 'kardécisme', 'théosophie', 'rosicrucianisme', 'druidisme', 'néo-druidisme', 'confucianisme', 'paganisme',
]);

/** A change of religion: the rule wants a religion right after ("converti à l'islam", "sa conversion au judaïsme"). */
const CONVERTED = entries('conversion', [
  ['converti', ['convertie', 'convertis', 'converties', 'conversion', 'conversions', 'convertir', 'convertit', 'convertissait', 'convertissent']],
]);

const CONVERSION = entries('croyance', [
  ['croit en Dieu', ['croyant en dieu', 'croyante en dieu', 'croire en dieu', 'croyait en dieu', 'foi en dieu', 'ne croit pas en dieu', 'croit en allah']],
  ['sa foi', ['leur foi', 'foi religieuse', 'sa spiritualité', 'ses croyances', 'ses croyances religieuses', 'leurs croyances']],
  ['secte', ['sectes', 'mouvement sectaire', 'groupe sectaire', 'groupes sectaires', 'communauté sectaire', 'organisation sectaire',
    'groupe à caractère sectaire', 'mouvement à caractère sectaire', 'communauté à caractère sectaire', 'organisation à caractère sectaire',
    'association à caractère sectaire', 'dérive sectaire', 'dérives sectaires', 'emprise sectaire', 'emprise d\'un gourou', 'gourou',
    'gourous', 'mouvement sectaire', 'groupe de type sectaire', 'mouvement de type sectaire']],
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
  ['shabbat', ['chabbat', 'shabbath', 'sabbat', 'sabbath', 'chabbath', 'shabbats', 'chabbats', 'sabbats', 'sabbaths']],
  ['aïd', ['aïd el-kébir', 'aïd el-kebir', 'aïd el-fitr', 'aïd el-adha', 'aïd al-adha', 'aïd al-fitr', 'aïd el kébir', 'tabaski', 'eid']],
  ['yom kippour', ['kippour', 'yom kippur', 'roch hachana', 'rosh hashana', 'roch hachanah', 'pessah', "pessa'h", 'pessa’h', 'pessach', 'pesach', 'pesah', 'pâque juive', 'sukkot', 'soucot', "soukot", 'hanoucca', 'hanoukka', 'hanouka', 'soukkot', 'pourim', 'nouvel an juif']],
  ['diwali', ['vesak', 'mawlid', 'mouloud', 'achoura', 'ashura', 'mercredi des cendres', 'semaine sainte', 'fêtes juives', 'fête juive', 'fêtes musulmanes', 'fête musulmane']],
  // alms a faith prescribes: "la collecte de la zakat", "donne au denier du culte"
  ['zakat', ['zakât', 'zakat al-fitr', 'zakat el-fitr', 'sadaqa', 'sadaqah', 'sadaka', 'tsedaka', 'tsedakah', 'tzedakah', 'denier du culte', 'denier de l\'église', 'quête de la messe']],
  // Tamil Hindu festivals and vows (Réunion, Mauritius, Guadeloupe, Pondicherry) and other Hindu festivals
  ['dipavali', ['deepavali', 'dipawali', 'divali', 'pongal', 'thaï pongal', 'thai pongal', 'thaipusam', 'thaipoosam', 'thaipoosam cavadee',
    'cavadee', 'cavadi', 'kavadi', 'kavadee', 'marche sur le feu', 'marches sur le feu', 'marché sur le feu', 'marcher sur le feu', 'teemiti',
    'timidi', 'karthigai deepam', 'ganesh chaturthi', 'ganesh chathurthi', 'maha shivaratri', 'shivaratri', 'fête de guan di', 'servis kabaré',
    'service kabaré', 'services kabaré', 'sèrvis kabaré', 'kabaré', 'kabarés', 'servis kaf', 'service kaf', 'sèrvis kaf',
    'servis malbar', 'service malbar', 'sacrifice de cabri', 'pandial', 'pandialé', 'kali pooja', 'kali puja', 'bal tamoul']],
  // festivals named by their deity or their Indian name (Hindu, Sikh, Jain), and the sabbats of neo-paganism
  ['fête de ganesh', ['fête de ganesha', 'fête de ganapati', 'ganesha chaturthi', 'vinayaka chaturthi', 'ganeshotsav', 'fête de krishna', 'janmashtami',
    'krishna janmashtami', 'fête de rama', 'rama navami', 'ram navami', 'fête de shiva', 'fête de murugan', 'fête de durga', 'durga puja', 'navaratri',
    'navratri', 'dussehra', 'raksha bandhan', 'vaisakhi', 'baisakhi', 'gurpurab', 'guru nanak jayanti', 'mahavir jayanti', 'paryushan',
    'rites du solstice', 'rite du solstice', 'rituel du solstice', 'rituels du solstice', 'samhain', 'beltane', 'imbolc', 'ostara', 'lughnasadh', 'sabbat wiccan', 'sabbats wiccans']],
  // Muslim festivals and rites of Mayotte and the Comoros
  ['maoulida', ['maoulida shengué', 'shengué', 'shenge', 'madjlis', 'mawlida', 'maoulid', 'moulid', 'debaa', 'déba', 'dayira', 'manzaraka']],
  // ancestor worship and domestic altars, offerings to the spirits (Asian, African, Malagasy, Caribbean traditions)
  ['culte des ancêtres', ['autel des ancêtres', 'autel aux ancêtres', 'autel de ses ancêtres', 'autels des ancêtres', 'autel des aïeux', 'autel familial',
    'autel domestique', 'autel bouddhiste', 'autel hindou', 'autel vaudou', 'autel aux esprits', 'offrandes aux ancêtres', 'offrande aux ancêtres',
    'offrandes aux esprits', 'offrande aux esprits', 'offrandes aux génies', 'offrandes aux divinités', 'offrandes à bouddha', 'esprits des ancêtres',
    'culte des esprits', 'culte des morts', 'vénération des ancêtres', 'prie ses ancêtres', 'prier les ancêtres', 'honore ses ancêtres',
    'honorer les ancêtres', 'rites ancestraux', 'religion traditionnelle', 'religion traditionnelle africaine', 'croyances animistes', 'rites animistes',
    'famadihana', 'retournement des morts', 'tromba', 'doany', 'ndöp', 'ndeup', 'lwa', 'loas', 'cérémonie vaudou', 'cérémonies vaudou',
    'obon', 'fête des fantômes', 'qingming', 'chuseok', 'jesa', 'kut chamanique', 'ofrenda',
    'butsudan', 'kamidana', 'bàn thờ', 'ban tho', 'san phra phum', 'maison des esprits', 'encens pour les ancêtres']],
  ['hajj', ['hadj', 'omra', 'oumra', 'umrah', 'la mecque', 'pèlerinage à la mecque', 'pèlerinage à lourdes', 'pèlerinage de compostelle']],
  // fasts and mourning periods of other faiths and currents
  ['matem', ['mâtem', 'muharram', 'mouharram', 'moharram', 'ashoura', 'tisha beav', 'ticha beav', 'tisha be av', 'ticha be av',
    "jeûne d'esther", "jeûne de l'avent", 'jeûne de la nativité', 'grand carême', 'jeûne de la dormition', 'jeûne des apôtres', 'jeûne de ninive',
    'jeûne de la vierge', 'jeûne de la sainte vierge', 'jeûne de la mère de dieu', 'jeûne de la theotokos', 'filseta', 'fisseta', 'tsome filseta',
    'jeûne de filseta', 'hudade', 'tsome hudade', 'abiy tsom', 'tsome nebiyat', "jeûne du mois d'ala", "jeûne d'ala",
    "jeûne bahá'í", "jeûne baha'i", 'jeûne bahaï', 'jeûne de guedalia', 'jeûne de tamouz', 'jeûne du 17 tamouz', 'jeûne du 10 tevet', 'navratri', 'navaratri',
    'ekadashi', 'paryushana', 'vaisakhi', 'chavouot', 'shavouot', 'souccot', 'simhat torah', 'nuit du destin', 'laylat al-qadr']],
  ['jeûne religieux', ['jeûne rituel', 'jeûnes religieux', 'rupture du jeûne', 'iftar', 'suhur', 'shour', 'sahur']],
  // Ethiopian and Eritrean Orthodox, Sikh, Hindu, Baha'i, Mouride festivals and pilgrimages
  ['timkat', ['meskel', 'fasika', 'gurpurab', 'gurpurb', 'bandi chhor', 'janmashtami', 'durga puja', 'ridvan', 'ridván', 'lag baomer',
    "lag ba'omer", 'tou bichvat', 'chemini atseret', 'magal de touba', 'grand magal', 'magal', 'kumbh mela', 'arbaïn', 'arbaeen', 'achoura chiite',
    'pèlerinage à fatima', 'pèlerinage à rome', 'pèlerinage à jérusalem', 'pèlerinage à karbala', 'pèlerinage à kerbala', 'pèlerinage à touba',
    'pèlerinage à medjugorje', 'pèlerinage à czestochowa', 'pèlerinage à amritsar', 'pèlerinage aux saintes-maries-de-la-mer', 'pèlerinage marial',
    // Travellers' saint and evangelical gatherings (their pilgrimages are below, with the pilgrimage word)
    'sainte-sara', 'sainte sara', 'fête de sainte sara', 'convention évangélique', 'conventions évangéliques',
    'rassemblement évangélique', 'rassemblements évangéliques', 'grand rassemblement évangélique', 'rassemblement de nevoy', 'rassemblement de chaumont',
    'camp biblique', 'camps bibliques', 'camp évangélique', 'convention chrétienne', 'conventions chrétiennes']],
  // festivals of minority churches, on their own calendar (the bare public holidays stay absent)
  ['pâques orthodoxe', ['pâque orthodoxe', 'pâques orthodoxes', 'noël orthodoxe', 'noël arménien', 'noël copte', 'pâques copte', 'pâques coptes',
    'pâques arménienne', 'nouvel an orthodoxe', 'épiphanie orthodoxe', 'théophanie', 'veillée pascale', 'vigile pascale']],
  // festivals and fasts named by the faith that keeps them: "les jours de fête copte", "le jeûne orthodoxe du mercredi"
  ['fête copte', ['fêtes coptes', 'fête orthodoxe', 'fêtes orthodoxes', 'fête chrétienne', 'fêtes chrétiennes', 'fête catholique', 'fêtes catholiques',
    'fête hindoue', 'fêtes hindoues', 'fête bouddhiste', 'fêtes bouddhistes', 'fête sikhe', 'fêtes sikhes', 'fête évangélique', 'fêtes évangéliques',
    'fête kimbanguiste', 'fêtes kimbanguistes', 'fête harriste', 'fêtes harristes',
    'jeûne orthodoxe', 'jeûnes orthodoxes', 'jeûne copte', 'jeûnes coptes', 'jeûne catholique', 'jeûne musulman', 'jeûne juif', 'jeûnes juifs',
    'jeûne hindou', 'jeûne bouddhiste', 'jeûne évangélique', 'carême orthodoxe', 'carême copte']],
  // feasts of Islam in West Africa and Turkey, of Neo-pagan, Sikh, Hindu, Buddhist and Zoroastrian / Baha'i calendars, under their
  // local names ("la Korité", "le Kurban Bayramı", "Samhain", "Holi", "Nowruz")
  ['korité', ['korite', 'tamkharit', 'tamxarit', 'gamou', 'kurban bayramı', 'kurban bayrami', 'kurban bayram', 'kourban bayram',
    'şeker bayramı', 'seker bayrami', 'ramazan bayramı', 'ramazan bayrami', 'aïd el-séghir', 'aïd es-séghir', 'aïd el-seghir', 'aïd el-sghir',
    'aïd al-kabir', 'aïd el-adha', 'eid al-fitr', 'eid al-adha', 'eid el-fitr', 'eid el-kebir', 'fête du sacrifice', 'fête du mouton', 'fête de la rupture',
    'samhain', 'beltane', 'imbolc', 'ostara', 'lughnasadh', 'sabbats païens', 'solstice païen',
    'holi', 'baisakhi', 'vaisakhi', 'hola mohalla', 'guru nanak jayanti', 'raksha bandhan', 'chhath', 'onam', 'ugadi', 'mahavir jayanti',
    'wesak', 'losar', 'magha puja', 'kathina', 'nowruz', 'norouz', 'naw-rúz', 'naw-ruz', 'nowrouz', 'nouvel an persan']],
  ['bar-mitsva', ['bat-mitsva', 'bar mitzvah', 'bat mitzvah', 'première communion', 'communion solennelle', 'confirmation religieuse', 'baptême religieux', 'mariage religieux', 'circoncision rituelle']],
]);

/**
 * Sacraments and rites of passage, also ordinary words ("confirmation du rendez-vous", "baptême de
 * l'air", "communion avec la nature"): the rule wants a religious word in the sentence.
 */
const SACRAMENTS = entries('sacrement', [
  'baptême', 'baptêmes', 'confirmation', 'confirmations', 'communion', 'communions', 'profession de foi', 'sacrement', 'sacrements',
  'extrême-onction', 'onction des malades', 'ordination',
]);

/**
 * Ministers of a religion: they say the person's faith when they describe the person ("son mari
 * est pasteur", "ancien séminariste"), not as a target job ("poste d'aumônier", job frame).
 */
const CLERGY = entries('clerge', [
  'prêtre', 'prêtres', 'pasteur', 'pasteure', 'pasteurs', 'imam', 'imams', 'rabbin', 'rabbins', 'diacre', 'diacres', 'moine',
  'moines', 'nonne', 'nonnes', 'séminariste', 'séminaristes', 'catéchiste', 'catéchistes', 'aumônier', 'aumônière', 'aumôniers',
  'prédicateur', 'prédicatrice', 'prédicateurs', 'muezzin', 'curé', 'évêque', 'abbé', 'bonze', 'marabout',
  // healers and holders of a sacred office in other faiths, and who knows the scripture by heart
  'chaman', 'chamane', 'chamans', 'chamanes', 'shaman', 'shamans', 'sorcier vaudou', 'houngan', 'babalawo', "pai-de-santo", "mãe-de-santo",
  'hafiz', 'hafez', 'hafiza', 'hafiz du coran', 'hafiza du coran', 'swami', 'rinpoché', 'derviche', 'derviches',
  'ordonné prêtre', 'entré au séminaire', 'entrée au couvent', 'vœux religieux', 'ancien séminariste', 'ancienne religieuse',
  // other ministers and religious states
  'mufti', 'ouléma', 'uléma', 'mollah', 'ayatollah', 'moniale', 'moniales', 'vicaire', 'chanoine', 'archiprêtre', 'pope', 'missionnaire',
  'missionnaires', 'évangéliste', 'prédicant', 'diaconesse', 'granthi', 'pujari', 'hazzan', 'hazan', 'cantor', 'chantre', 'catéchumène',
  'catéchumènes', 'lama', 'bhikkhu', 'nonne bouddhiste', 'marguillier', 'mourchida', 'mourchidate',
  // lay offices of a congregation, held by a believer: elders, councils, consistories, mosque boards, Jehovah's Witnesses' offices
  'conseiller presbytéral', 'conseillère presbytérale', 'conseillers presbytéraux', 'conseillères presbytérales', 'membre du conseil presbytéral',
  'élu au conseil presbytéral', 'élue au conseil presbytéral', 'siège au conseil presbytéral', 'membre du consistoire', 'membres du consistoire',
  'président du consistoire', 'présidente du consistoire', 'élu au consistoire', 'élue au consistoire', 'membre du conseil paroissial',
  'élu au conseil paroissial', 'élue au conseil paroissial', 'membre du conseil pastoral', "membre de l'équipe d'animation pastorale",
  'membre du conseil de fabrique', "ancien d'église", "ancienne d'église", "anciens d'église", "ancien de l'église", "ancienne de l'église",
  'ancien de congrégation', 'ancien de la congrégation', 'serviteur ministériel', 'proclamateur', 'proclamatrice', 'sacristain', 'sacristine',
  'bedeau', 'ministre de la communion', 'président de la mosquée', 'présidente de la mosquée', 'trésorier de la mosquée', 'trésorière de la mosquée',
  "président de l'association cultuelle", "présidente de l'association cultuelle", 'responsable de la mosquée', 'gabbaï',
  'mouqaddem', 'moqaddem',
  // a religious state left behind: "Ex-religieuse", "ancien religieux", "ex-bonne sœur" (an old clergy office reveals a past belief)
  'ex-religieuse', 'ex-religieuses', 'ex-religieux', 'ancien religieux', 'anciens religieux', 'anciennes religieuses', 'ex-bonne sœur',
  'ancienne bonne sœur', 'ancienne sœur religieuse', 'ancien frère convers', 'ex-moniale', 'ancienne moniale', 'ancienne carmélite', 'ex-carmélite',
  'carmélite', 'carmélites', 'bénédictin', 'bénédictins', 'ex-novice', 'ancienne novice', 'ancien novice',
  // a novice is a beginner ("novice en informatique"): only with the religious house or order
  'novice au monastère', 'novice dans un monastère', 'novice au couvent', 'novice dans un couvent', "novice à l'abbaye", 'novice dans une abbaye',
  'novice au carmel', 'novice dans une congrégation', 'novice à la pagode', 'novice dans une pagode', 'moine novice', 'nonne novice', 'novice bouddhiste',
  'novice bénédictin', 'novice bénédictine', 'novice franciscain', 'novice jésuite', 'noviciat', 'a fait son noviciat', 'entré au noviciat', 'entrée au noviciat',
  'frère convers', 'sœur converse', 'franciscain', 'franciscaine', 'franciscains', 'jésuite', 'jésuites',
]);

/**
 * A religious life left or kept: "relevé de ses vœux", "a quitté le couvent", "défroqué", "a gardé la foi", the clergy's social
 * security fund (CAVIMAC). The rule skips a job frame, a training ("le séminaire de management") and a faith in something else.
 */
const QUIT_VERBS = ['quitté', 'quittée', 'quitte', 'quitter', 'quittait', 'quittant'];
const QUIT_OBJECTS = ['le couvent', 'le monastère', 'le carmel', 'le séminaire', "l'abbaye", 'les ordres', 'la vie religieuse', 'la prêtrise',
  'le sacerdoce', 'la vie monastique', 'sa congrégation', 'la congrégation', 'le noviciat', "l'habit", 'la soutane', 'son ordre', 'le prieuré', 'le clergé'];
const LEFT_RELIGIOUS_LIFE = entries('croyance', [
  ...QUIT_VERBS.flatMap((v) => QUIT_OBJECTS.map((o) => `${v} ${o}`)),
  'relevé de ses vœux', 'relevée de ses vœux', 'relevé de ses vœux religieux', 'dispensé de ses vœux', 'dispensée de ses vœux', 'délié de ses vœux',
  'déliée de ses vœux', 'rompu ses vœux', 'renoncé à ses vœux', 'vœux perpétuels', 'vœux temporaires', 'vœux solennels', 'vœux monastiques',
  'premiers vœux', 'défroqué', 'défroquée', 'défroqués', 'défroquées', "réduit à l'état laïc", "réduite à l'état laïc", "retour à l'état laïc",
  "rendu à l'état laïc", 'retour à la vie laïque', 'revenue à la vie laïque', 'revenu à la vie laïque', 'sortie des ordres', 'sorti des ordres',
  'a gardé la foi', 'gardé la foi', 'garde la foi', 'garder la foi', 'perdu la foi', 'a perdu la foi', 'retrouvé la foi', 'a la foi chevillée',
  'CAVIMAC', "caisse d'assurance vieillesse invalidité et maladie des cultes", 'caisse des cultes',
  // the person's trust in God told as a belief: "Dieu décidera", "si Dieu le veut", "s'en remet à Dieu"
  'dieu décidera', 'dieu décide', 'dieu pourvoira', 'dieu y pourvoira', 'si dieu le veut', 'si dieu veut', "c'est dieu qui décide",
  "s'en remet à dieu", "s'en remet à allah", "s'en remettre à dieu", 'entre les mains de dieu', "entre les mains d'allah", 'le seigneur pourvoira',
  'dieu le guidera', 'dieu la guidera', 'dieu le protège', 'dieu la protège', 'la volonté de dieu', "la volonté d'allah", 'écrit par dieu',
  "c'est écrit là-haut", 'mektoub', 'maktoub', 'inch allah', "inch'allah", 'inchallah', 'incha allah', "in sha'allah", 'insha allah',
  'si allah le veut',
]);

/**
 * Lay roles in a religious community: the person's own practice when they hold it ("elle est servante
 * d'autel", "bénévole comme catéchiste"), but also idioms ("ce n'est pas un enfant de chœur"): they
 * need the same head word as a minister's single title.
 */
const ROLES = entries('role', [
  "servant d'autel", "servante d'autel", "servants d'autel", "servantes d'autel", 'enfant de chœur', 'enfants de chœur',
  "animateur d'aumônerie", "animatrice d'aumônerie", 'lecteur à la messe', 'lectrice à la messe', 'chef de chœur paroissial',
  'choriste à la paroisse', "responsable d'aumônerie",
]);

/**
 * Confessional youth and lay movements: membership or volunteering says the faith ("chef scout aux
 * Scouts musulmans de France"); a job there is a workplace with a religious name.
 */
const MOVEMENTS = entries('mouvement', [
  'scouts musulmans de france', 'scouts musulmans', 'éclaireurs israélites', 'éclaireuses éclaireurs israélites', 'éclaireuses et éclaireurs israélites',
  'eeif', 'scouts et guides de france', 'sgdf', "guides et scouts d'europe", "scouts d'europe", 'scouts unitaires de france', 'éclaireurs unionistes',
  'éclaireuses éclaireurs unionistes', 'eeudf', 'jeunesse ouvrière chrétienne', 'jeunesse étudiante chrétienne', 'mouvement rural de jeunesse chrétienne',
  'mrjc', 'action catholique', 'jeunesses musulmanes', 'étudiants musulmans de france', 'union des étudiants juifs de france', 'uejf',
  // charismatic, evangelical and revival movements and new communities
  'communauté charismatique', 'communautés charismatiques', 'groupe charismatique', 'église charismatique', 'assemblée charismatique',
  'mouvement charismatique', 'groupe de prière', 'groupes de prière', 'groupe de louange', 'soirée de louange', 'soirées de louange',
  'chemin neuf', 'communauté du chemin neuf', 'focolari', 'focolare', "sant'egidio", "communauté de sant'egidio", 'communauté des béatitudes',
  'foyers de charité', 'équipes notre-dame', 'légion de marie', 'néocatéchuménat', 'communauté de taizé', 'communion et libération',
  'fraternité saint-pie-x', 'fraternité saint-pierre', 'église de réveil', 'églises de réveil', 'église du réveil', 'église de maison',
  'impact centre chrétien', 'église universelle du royaume de dieu', 'hillsong', 'cellule de prière', 'cellules de prière',
  'communauté pentecôtiste', 'communauté adventiste', 'communauté orthodoxe', 'communauté copte', 'communauté ahmadie', 'communauté mouride',
  'communauté soufie', 'communauté bahaïe', 'communauté hassidique', 'communauté loubavitch',
  'communauté de l\'emmanuel', 'chemin néocatéchuménal', 'renouveau charismatique', 'opus dei', 'tabligh', 'jamaat tabligh',
  // the evangelical missions of Travellers (Pentecostal): "Vie et Lumière", "Mission évangélique tzigane"
  'vie et lumière', 'mission vie et lumière', 'mission évangélique tzigane', 'mission évangélique des tziganes', 'mission évangélique tsigane',
  'mission évangélique des tsiganes', 'mission tzigane', 'église évangélique tzigane', 'église évangélique des gens du voyage',
  'mission évangélique des gitans', 'mission évangélique gitane',
  // the free-thought federation, an organised conviction (the rule wants the capitalised name: not "un esprit de libre pensée")
  'libre pensée', 'libre-pensée', 'fédération nationale de la libre pensée', 'fnlp',
]);

/** A fast, told with a verb ("rompre le jeûne", "il jeûne un mois"): the rule turns away diets and medical fasting. */
const FAST = entries('jeune', ['jeûne', 'jeûnes', 'jeûner', 'jeûnait', 'jeûnent', 'jeûnera', 'jeûnaient', 'rompre le jeûne', 'rompt le jeûne',
  'rompent le jeûne', 'rompait le jeûne', 'rompre son jeûne', 'rompt son jeûne', 'casser le jeûne', 'période de jeûne', 'mois de jeûne', 'jours de jeûne',
  'mois du jeûne', 'période du jeûne', 'jours du jeûne', 'semaines de jeûne', 'semaine de jeûne']);

/** A pilgrimage is the person's practice when the person makes it ("a fait son pèlerinage"), not "la saison des pèlerinages". */
/** Retreats: the rule wants a spiritual word or a place of contemplation after them ("retraite dans un monastère zen"). */
const RETREAT = entries('retraite', ['retraite', 'retraites']);

const PILGRIMAGE = entries('pelerinage', ['pèlerinage', 'pèlerinages', 'pèlerin', 'pèlerine', 'pèlerins',
  // Travellers' pilgrimages and pilgrimages named by their place with « de / des »: the person must make them ("se rend au pèlerinage des…")
  'pèlerinage des saintes-maries-de-la-mer', 'pèlerinage des saintes-maries', 'pèlerinage de sainte-sara', 'pèlerinage de sainte sara',
  'pèlerinage gitan', 'pèlerinage des gitans', 'pèlerinage des gens du voyage', 'pèlerinage tzigane', 'pèlerinage de lourdes', 'pèlerinage de la mecque',
  'pèlerinage de lisieux', 'pèlerinage de chartres', 'pèlerinage de rocamadour', 'pèlerinage de pontmain', 'pèlerinage de fatima', 'pèlerinage de touba',
  // Breton pardons and troménies (a procession to a saint), and pilgrimages named by their way or their place
  'pardon de sainte', 'pardon de saint', 'pardon de notre-dame', 'pardon de la vierge', 'pardon de la mer', 'pardon des marins', 'pardon breton',
  'pardons bretons', 'grand pardon de sainte', 'grand pardon de saint', 'grand pardon de notre-dame', 'troménie', 'troménies', 'grande troménie',
  'chemin de saint-jacques', 'chemins de saint-jacques', 'saint-jacques-de-compostelle', 'chemin de compostelle', 'pèlerinage de saint-jacques',
  'pèlerinage de la ghriba', 'ghriba', 'moussem', 'moussems', 'hiloula', 'hilloula', 'hilloulah', 'ziyara', 'ziara',
  'pèlerinage de kevelaer', 'pèlerinage de montserrat', 'pèlerinage de guadalupe', 'pèlerinage de la salette', 'pèlerinage de banneux',
  'pèlerinage de paray-le-monial', 'pèlerinage de vézelay', 'pèlerinage de sainte-anne', 'pèlerinage de notre-dame', 'pèlerinage de sabarimala',
  'pèlerinage de varanasi', 'pèlerinage de bénarès', 'pèlerinage de bodh-gaya', 'pèlerinage de mashhad', 'pèlerinage de najaf',
  'journées mondiales de la jeunesse', 'jmj', 'rassemblement de taizé', 'semaine à taizé', 'frat de lourdes']);

const PRAYER = entries('priere', ['prière', 'prières', 'prie', 'prient', 'priait', 'prier']);

/** Preaching told with a verb: "il prêche à la mosquée"; not the idioms "prêcher dans le désert", "prêcher pour sa paroisse". */
const PREACH = entries('preche', ['prêche', 'prêchent', 'prêchait', 'prêchaient', 'prêcher', 'prêché']);

/** "Baptisé" about a person ("baptisé par immersion", "Baptisée adulte, elle…"); not a name given ("le projet baptisé Horizon"). */
const BAPTISED = entries('baptise', ['baptisé', 'baptisée', 'baptisés', 'baptisées']);

/** Prayers and rites named as such: findings when someone performs them ("fait la salat", "ses ablutions"). */
const RITES = entries('rite', [
  'salat', 'salât', 'salah', 'namaz', 'joumoua', "joumou'a", 'jumua', "jumu'a", 'dhikr', 'zikr', 'douaa', "dou'a", 'ablutions', 'ablution rituelle',
  'ablutions rituelles', 'tefila', 'tehilim', 'kiddouch', 'kiddush', 'havdala', 'mikvé', 'mikveh', 'bain rituel', 'puja', 'pooja', 'pouja',
  // chanted and recited practices of the Buddhist, Hindu, Sikh and Sufi traditions: "récite le daimoku", "fait son gongyo", "chante des bhajans"
  'daimoku', 'gongyo', 'gongyō', 'nam-myoho-renge-kyo', 'nam myoho renge kyo', 'nam-myōhō-renge-kyō', 'japa', 'japa mala', 'bhajan', 'bhajans', 'kirtan', 'kirtans',
  'aarti', 'arati', 'nitnem', 'simran', 'ardas', 'satsang', 'satsangs', 'hadra', 'wazifa', 'wird', 'sutras', 'récitation de sutras', 'récite des sutras', 'récite le sutra du lotus',
  'ses dévotions', 'vêpres', 'laudes', 'angélus', 'neuvaine', 'neuvaines', 'va à confesse', 'aller à confesse', 'se confesser', "s'est confessé",
  "s'est confessée", 'enseigne le catéchisme', 'enseignait le catéchisme', 'fait le catéchisme', 'faisait le catéchisme', 'donne le catéchisme',
  'fait la catéchèse', 'anime la catéchèse', 'se faire baptiser', 'se fera baptiser', "s'est fait baptiser", 'se faire confirmer', 'sourate', 'sourates',
  // rites of passage and daily prayer told with a verb: "se fait baptiser à Pâques", "elle a été baptisée adulte", "fait ses prières"
  'se fait baptiser', 'se faisait baptiser', 'se fait confirmer', 'il a été baptisé', 'elle a été baptisée', 'il est baptisé',
  'elle est baptisée', 'il sera baptisé', 'elle sera baptisée', 'baptême par immersion', 'baptême évangélique', 'fait sa communion', 'faire sa communion',
  'fait sa première communion', "se marie à l'église", "se marier à l'église", "mariée à l'église", "marié à l'église", 'se marie à la mosquée',
  'se marie à la synagogue', 'dit le bénédicité', 'récite le chapelet', 'dit son chapelet', 'allume les bougies de shabbat', 'fait ses dévotions',
  // spreading the faith: "fait de l'évangélisation de rue", "prêche sur les marchés", "part évangéliser"
  'évangélisation', 'évangélise', 'évangéliser', 'évangélisait', 'évangélisent', 'fait du prosélytisme', 'prêche dans la rue', 'prêchait dans la rue',
  'prédication de rue', 'porte-à-porte pour sa paroisse', 'service missionnaire',
  'prédication', 'prédications', 'fait du prosélytisme religieux', 'distribue des bibles', 'distribuait des bibles', 'tracts religieux',
  'porte-à-porte religieux', 'ministère de prédication', 'témoigne de sa foi', 'témoigner de sa foi', 'partage sa foi', 'partager sa foi',
  // sacraments and rites received: "a reçu le baptême", "marié religieusement", "a fait sa bar-mitsva"
  'a reçu le baptême', 'recevoir le baptême', 'reçu le sacrement', 'marié religieusement', 'mariée religieusement', 'mariés religieusement',
  'se marier religieusement', 'se marie religieusement', 'enterrement religieux', 'obsèques religieuses', 'funérailles religieuses', 'fait sa confirmation',
  'faire sa confirmation', 'fait sa profession de foi', 'faire sa profession de foi', 'prononcé ses vœux', 'prononcer ses vœux',
]);

/** Scriptures: the person's practice when read, recited or learnt ("lit le Coran chaque soir"), not a course or a job. */
const SCRIPTURES = entries('ecriture', [
  'coran', 'torah', 'tora', 'talmud', 'bible', 'évangile', 'évangiles', 'hadith', 'hadiths', 'psaumes', 'bhagavad-gita', 'bhagavad gita',
  'guru granth sahib', 'tipitaka', 'livre de mormon',
]);

/** Places of worship and religious teaching: findings when the person attends them. */
const PLACES = entries('lieu', [
  'mosquée', 'mosquées', 'synagogue', 'synagogues', 'église', 'églises', 'temple', 'temples', 'paroisse', 'paroisses',
  'chapelle', 'cathédrale', 'basilique', 'pagode', 'gurdwara', 'salle du royaume', 'lieu de culte', 'lieux de culte',
  'culte', 'cultes', 'messe', 'messes', 'office religieux', 'offices religieux',
  // services under their liturgical names: "service divin" (New Apostolic, Adventists), "divine liturgie" (Orthodox), vespers, Sabbath service
  'service divin', 'services divins', 'office divin', 'offices divins', 'divine liturgie', 'sainte liturgie', 'liturgie dominicale', 'culte dominical',
  'messe dominicale', 'office du shabbat', 'office de shabbat', 'office du sabbat', 'service du sabbat', 'réunion de prière', 'réunions de prière',
  'étude biblique', 'études bibliques', 'réunion de sainte-cène', 'sainte-cène', 'sainte cène', 'catéchisme', 'catéchèse', 'école coranique', 'écoles coraniques', 'madrassa', 'medersa', 'médersa', 'école talmudique', 'talmud torah', 'école du dimanche',
  'cours de religion', 'monastère', 'monastères', 'ashram', 'ashrams', 'couvent', 'couvents', 'carmel', 'prieuré', 'dojo zen', 'centre zen',
  'centre bouddhiste', 'temple bouddhiste', 'mandir', 'gompa', 'vihara', 'salle du royaume des témoins de jéhovah', 'office', 'offices', 'temple tamoul', 'temple hindou', 'kovil', 'yeshiva', 'madrasa', 'zaouïa', 'zaouia', 'zawiya', 'tekke', 'dergah', 'cemevi', 'aumônerie',
  // Ismaili and Shia prayer halls
  'jamatkhana', 'jamatkhanas', 'jamat khana', 'jamat-khana', 'jamaat khana', 'husseiniya', 'hussainiya', 'hosseiniyeh', 'imambargah', 'imambara', 'église évangélique', 'église protestante', 'église orthodoxe',
]);

/**
 * Religious law and its observance: a finding with an observance verb before it ("respecte la
 * cacherout", "suit la charia"), not as a topic ("un débat sur la charia").
 */
const LAW = entries('loi', [
  'cacherout', 'cacheroute', 'kashrout', 'kashrut', 'cashrout', 'kasherout', 'charia', 'chariâ', 'sharia', 'shariah', 'halakha',
  'halakhah', 'halacha', 'loi juive', 'loi islamique', 'loi coranique', 'loi mosaïque', 'lois de pureté familiale',
  'règles alimentaires religieuses', 'interdits alimentaires religieux', 'préceptes religieux', 'préceptes de sa religion',
]);

/**
 * Brotherhoods and orders: "confrérie soufie", "tariqa tidjane" are reported with the word that
 * names the faith; "zaouïa" as a place the person attends.
 */
const ORDERS = entries('confrerie', ['confrérie', 'confréries', 'tariqa', 'tariqah', 'tarîqa', 'turuq']);

/**
 * Religious communities and congregations: the person's own when a possessive says so ("pour sa
 * congrégation", "le pasteur de sa paroisse", "son assemblée évangélique"), or a member or activity
 * word governs them ("membre d'une congrégation", "bénévole de la paroisse").
 */
const CONGREGATIONS = entries('congregation', [
  'congrégation', 'congrégations', 'assemblée évangélique', 'assemblées évangéliques', 'assemblée de Dieu', 'assemblées de Dieu',
  'assemblée chrétienne', 'église locale', 'communauté paroissiale', 'fraternité religieuse', 'oumma', 'ummah', 'sangha',
  'congrégation de religieuses', 'congrégation de religieux', 'congrégation religieuse', 'congrégations religieuses', 'communauté de religieuses',
  'communauté monastique', 'ordre religieux', 'ordre monastique', 'communauté de sœurs', 'communauté de moines',
]);

/** A ritual adjective after an object ("colliers de perles rituels", "bains rituels"): the rule looks back for the object. */
const RITUAL = entries('rituel', ['rituel', 'rituels', 'rituelle', 'rituelles']);

/** Religious dress: the phrases say the person wears it. */
const DRESS = entries('tenue', [
  ['porte le voile', ['porter le voile', 'portait le voile', 'portent le voile', 'porte un voile', 'porter un voile', 'port du voile', 'porte le foulard', 'porter le foulard', 'port du foulard', 'portait le foulard', 'porte un foulard islamique', 'foulard islamique', 'voile islamique', 'voile intégral', 'porte le hijab', 'porte le niqab', 'porte la kippa', 'porte un turban', 'porter le turban', 'porte le turban', 'turban sikh', 'signes religieux', 'signe religieux', 'tenue religieuse', 'tenues religieuses',
    // other visible signs of a faith
    'porte une croix', 'porter une croix', 'portait une croix', 'porte un crucifix', 'porte une médaille religieuse', 'porte des papillotes', 'porte un chapelet',
    'porte le jilbab', 'porte la burqa', 'porte une abaya', 'porte le qamis', 'porte le tchador', 'porte un voile intégral', 'porte le sari',
    // a practice given up is still a practice told: "ne porte plus le foulard", "a retiré son voile", "a enlevé le voile"
    'porte plus le voile', 'porte plus le foulard', 'porte plus de voile', 'porte plus de foulard', 'portait plus le voile', 'portait plus le foulard',
    'porte plus le turban', 'porte plus la croix', 'met plus le voile', 'met plus le foulard', 'remet plus le voile', 'remet plus le foulard',
    'retiré son voile', 'retiré le voile', 'enlevé son voile', 'enlevé le voile', 'ôté son voile', 'ôté le voile', 'retire son voile', 'enlève son voile',
    'retirer son voile', 'enlever son voile', 'retiré son foulard', 'enlevé son foulard', 'retire son foulard', 'enlève son foulard', 'retirer son foulard',
    'enlever son foulard', 'retiré le foulard', 'enlevé le foulard', 'quitté le voile', 'abandonné le voile', 'renoncé au voile', 'arrêté le voile',
    'arrêté le foulard',
    // a religious habit worn or given up: "ne porte plus l'habit", "portait la soutane", "a quitté le voile de religieuse"
    "porte plus l'habit", "portait plus l'habit", "porte l'habit", "portait l'habit", "porter l'habit", "a pris l'habit", "prise d'habit", "prendre l'habit",
    'porte plus la soutane', 'portait la soutane', 'porte la soutane', 'porte plus le voile de religieuse', "porte plus l'habit religieux",
    'ne se voile plus', 'se voile', 'se voilait', 'retiré sa kippa', 'enlevé sa kippa']],
  'crucifix', 'chapelet', 'papillotes', 'tsitsit', 'turban', 'turbans', 'port du turban', 'port de la kippa', 'port du hijab', 'port du niqab',
  'port de la croix', 'port du qamis', 'port de la soutane',
  // objects of worship carried or worn: Sikh articles of faith, Jewish prayer objects, prayer beads, head coverings
  'kirpan', 'kirpans', 'dastar', 'dastaar', 'keski', 'patka', 'tefillin', 'tefilin', 'téfilines', 'téfillin', 'phylactères', 'tallit', 'talith',
  'taleth', 'châle de prière', 'tasbih', 'tasbeeh', 'misbaha', 'sebha', 'subha', 'chapelet musulman', 'chapelet bouddhiste', 'mala bouddhiste',
  'rosaire', 'scapulaire', 'médaille de baptême', 'médaille de la vierge', 'médaille miraculeuse', 'étoile de david', 'croix copte', 'croix orthodoxe',
  'croix huguenote', 'kufi', 'taqiya', 'tapis de prière', 'kamis', 'soutane', 'col romain', 'habit religieux', 'tilak', 'tilaka',
  'hijab', 'hijabs', 'hidjab', 'niqab', 'burqa', 'burka', 'burkini', 'tchador', 'jilbab', 'abaya', 'kippa', 'kippah', 'kipa', 'qamis',
  // Hindu and Jain marks and threads, Sikh and Jewish head coverings and wigs, nuns' and monks' dress
  'bindi', 'bindis', 'sindoor', 'sindour', 'sindur', 'vibhuti', 'tripundra', 'rudraksha', 'mangalsutra', 'fil sacré', 'cordon sacré', 'janeu',
  'kippot', 'kippas', 'shtreimel', 'streimel', 'sheitel', 'perruque religieuse', 'tichel', 'khimar', 'mantille', 'cornette', 'voile de religieuse',
  'habit monastique', 'robe de moine', 'robe safran', 'bracelet sikh', 'kara sikh', 'cinq K', 'zebiba', 'tabaa', 'marque de prière',
]);
/** Missions and volunteering for a church: the rule wants a church, a faith or evangelisation after them. */
const MISSIONS = entries('mission', [['mission', ['missions', 'volontariat', 'bénévolat', 'année de service']]]);

const VEILED = entries('voilee', ['voilée', 'voilées']);

/** Dietary rules: findings when the person keeps them ("mange halal"), not as a workplace. */
const DIET = entries('alimentation', [
  'halal', 'hallal', 'casher', 'kasher', 'cascher', 'kascher', 'cachère', 'cachères', 'kosher', 'cacher',
  // the prohibition itself, when the person keeps it ("ne mange pas de porc", "repas sans porc")
  'pas de porc', 'jamais de porc', 'sans porc', 'ni porc', 'pas de viande de porc', 'aucune viande de porc', 'pas de viande non halal',
  // beef, forbidden to Hindus (Réunion, Mauritius, Guadeloupe Tamils): "ne mange pas de bœuf"
  'pas de bœuf', 'jamais de bœuf', 'sans bœuf', 'ni bœuf', 'pas de viande de bœuf', 'aucune viande de bœuf',
  'que de la viande halal',
]);

/** Celebrations some faiths refuse (Jehovah's Witnesses: Christmas, birthdays): "ne fête ni Noël ni les anniversaires". Checked in code. */
const CELEBRATE = entries('feter', ['fête', 'fêtent', 'fêtait', 'fêtaient', 'fêter', 'fêtera', 'célèbre', 'célèbrent', 'célébrait', 'célébraient', 'célébrer']);

/**
 * Church taxes and church membership lines of foreign payslips and tax notices (Germany, Austria, Switzerland, the Nordic
 * countries): paying one tells the person's church ("sur sa fiche de paie figure la Kirchensteuer", "impôt ecclésiastique").
 */
const CHURCH_TAX = entries('impot-culte', ['Kirchensteuer', 'Kirchenbeitrag', 'Kirchensteuerpflicht', 'Kirchenaustritt', 'impôt ecclésiastique',
  'impôts ecclésiastiques', "impôt d'église", 'impôt du culte', 'impôt cultuel', 'taxe ecclésiastique', 'contribution ecclésiastique', 'kyrkoavgift',
  'kirkeskat', 'kirkeskatt', 'kirkollisvero', 'church tax', 'Religionszugehörigkeit', 'Konfession']);

export const RELIGION_LEXICON: LexiconEntry[] = [
  ...CELEBRATE, ...CHURCH_TAX,
  ...ADHERENTS, ...SACRAMENTS, ...ROLES, ...MOVEMENTS, ...RITES, ...SCRIPTURES, ...DOCTRINES, ...CONVERTED, ...CONVERSION, ...CONTEXTUAL, ...PRACTICES, ...FAST, ...PILGRIMAGE, ...CLERGY, ...LEFT_RELIGIOUS_LIFE, ...PRAYER, ...PLACES, ...DRESS, ...VEILED, ...DIET, ...RITUAL, ...LAW, ...ORDERS, ...CONGREGATIONS, ...MISSIONS, ...RETREAT, ...PREACH, ...BAPTISED,
];
