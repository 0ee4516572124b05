/**
 * Lexicon of the `opinions-politiques` rule: ideologies, parties and their acronyms, politicians
 * (only after a voting verb), membership and activism words, demonstrations, candidacies and
 * local mandates, political stances. TAXONOMY.md §3.1 `opinions-politiques`.
 *
 * Acronyms that are ordinary abbreviations (PS post-scriptum, LR lettre recommandée, RN route
 * nationale, NPA n'habite pas à l'adresse) are matched in capitals only and need a political word
 * nearby; the rule does the rest ("prendre le parti de", "être parti", "manifestation sportive").
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

type Spec = string | [string, string[]];
const entries = (tag: string, list: Spec[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  list.map((s) => (typeof s === 'string' ? { lemma: s, tag, ...extra } : { lemma: s[0], forms: s[1], tag, ...extra }));

/** Ideologies that are political wherever they qualify a person ("se dit anarchiste"). */
const IDEOLOGIES = entries('ideologie', [
  'anarchiste', 'communiste', 'trotskiste', 'trotskyste', 'maoïste', 'marxiste', 'léniniste', 'marxiste-léniniste', 'stalinien',
  'gauchiste', 'gaucho', 'facho', 'fasciste', 'néofasciste', 'néonazi', 'néo-nazi', 'royaliste', 'monarchiste', 'souverainiste',
  'libertaire', 'altermondialiste', 'antifa', 'antifasciste', 'anticapitaliste', 'zadiste', 'gaulliste', 'frontiste',
  'lepéniste', 'mélenchoniste', 'macroniste', 'sarkozyste', 'indépendantiste', 'eurosceptique', 'antisystème', 'anti-système',
  'antimondialiste', 'suprémaciste', 'pétainiste', 'black bloc', 'extrémiste',
  // causes held as a political stance
  'pro-palestinien', 'propalestinien', 'antinucléaire', 'antimilitariste', 'antisioniste', 'sioniste', 'indigéniste',
  'bolchevique', 'néolibéral', 'ultralibéral', 'fédéraliste', 'séparatiste', 'autonomiste', 'nationaliste corse', 'nationaliste basque', 'décolonial', 'anticolonialiste',
  'situationniste', 'écosocialiste', 'pro-européen', 'europhobe',
  // monarchist currents beside "royaliste": "un cercle légitimiste", "il se dit orléaniste"
  'légitimiste', 'orléaniste', 'bonapartiste', 'maurrassien', 'contre-révolutionnaire',
  // radical ecology and night-time feminist collages, said of the person: "écolo radical", "colleuse féministe"
  'écolo radical', 'écologiste radical', 'écologie radicale', 'écologie politique', 'écologie décoloniale',
  ['colleuse féministe', ['colleuses féministes', 'colleur féministe', 'colleurs féministes', 'collages féministes', 'collage féministe',
    "colleuse d'affiches féministes", "colleuses d'affiches féministes"]],
  // regional independence movements under their own names: "militant abertzale", "nationaliste kanak", "autonomiste breton"
  'abertzale', 'abertzales', 'indépendantiste basque', 'indépendantiste corse', 'indépendantiste kanak', 'indépendantiste breton', 'indépendantiste catalan',
  'nationaliste kanak', 'nationaliste breton', 'nationaliste catalan', 'autonomiste breton', 'autonomiste alsacien', 'régionaliste', 'indépendantiste guadeloupéen',
  ["d'extrême droite", ["d'extrême-droite", "d'extrême gauche", "d'extrême-gauche", "d'ultra-gauche", "d'ultragauche",
    "d'ultra-droite", "d'ultradroite", "l'extrême droite", "l'extrême-droite", "l'extrême gauche", "l'extrême-gauche",
    'extrême droite', 'extrême-droite', 'extrême gauche', 'extrême-gauche', 'ultra-gauche', 'ultragauche', 'ultra-droite', 'ultradroite']],
], { inflect: 'adj' });

/** Ideologies that are also ordinary words: political only with a political head or a copula. */
const SOFT_IDEOLOGIES = entries('ideologie-contexte', [
  'socialiste', 'républicain', 'progressiste', 'populiste', 'identitaire', 'écologiste', 'écolo',
  'féministe', 'nationaliste', 'réactionnaire', 'centriste', 'antiraciste', 'réac', 'pacifiste', 'régionaliste',
  'insoumis', 'conservateur', 'marxisant', 'écoféministe', 'anti-européen',
  'de gauche', 'de droite', 'à gauche', 'à droite', 'la gauche', 'la droite',
], { inflect: 'adj' });

/** Party names without ambiguity. */
const PARTIES = entries('parti-nom', [
  'Rassemblement national', 'Front national', 'France insoumise', 'La France insoumise', 'Parti socialiste',
  'Parti communiste', 'Parti communiste français', 'Les Républicains', 'Europe Écologie Les Verts', 'Europe Écologie',
  'Les Écologistes', 'République en marche', 'La République en marche', 'Lutte ouvrière', 'Nouveau Parti anticapitaliste',
  'Debout la France', 'Parti radical', 'Union populaire', 'Nouveau Front populaire', 'Parti animaliste', 'Action française',
  'Génération identitaire', 'Les Patriotes', 'Parti de gauche', 'Union pour un mouvement populaire', 'Mouvement démocrate',
  'Génération.s', 'Reconquête !', 'Parti pirate',
  // parties abroad, full names
  'Parti du travail de Belgique', 'Parti démocratique des peuples', 'Parti des travailleurs du Kurdistan', 'Parti de la justice et du développement',
  'Union démocratique du centre', 'Parti libéral-radical', 'Parti québécois', 'Québec solidaire', 'Bloc québécois', 'Coalition avenir Québec',
  'Parti libéral du Québec', 'Nouveau Parti démocratique', "Fratelli d'Italia", "Frères d'Italie", 'Russie unie', 'Serviteur du peuple',
  'Front de libération nationale', 'Front des forces socialistes', 'Alternative pour l\'Allemagne', 'Alternative für Deutschland', 'Die Linke',
  'Fanmi Lavalas', 'Ligue Awami', 'Moudjahidine du peuple', 'Moudjahidines du peuple', 'Parti populaire européen',
]);

/**
 * Political movements, campaigns and activist groups that are not parties: findings when the
 * person belongs to them or takes part in their actions; not as an employer ("stage chez
 * Greenpeace", job frame).
 */
const MOVEMENTS = entries('mouvement', [
  'Extinction Rebellion', 'XR', 'Attac', 'Greenpeace', 'Alternatiba', 'ANV-COP21', 'Soulèvements de la Terre', 'Les Soulèvements de la Terre',
  'Dernière Rénovation', 'Riposte alimentaire', 'Nuit debout', 'Youth for Climate', 'Fridays for Future', 'Sea Shepherd', 'L214',
  'Jeunes communistes', 'Mouvement des jeunes communistes', 'MJCF', 'Jeunes socialistes', 'MJS', 'Jeunes insoumis', 'Jeunes avec Macron',
  'Jeunes Républicains', 'Jeunes écologistes', 'Génération Nation', 'Cocarde étudiante', 'Civitas', 'Bloc identitaire', 'Manif pour tous',
  'La Manif pour tous', 'SOS Racisme', 'Les Brigades rouges', 'Comité Adama', 'Osez le féminisme', 'Nous Toutes', 'NousToutes',
  'Femen', 'Act Up', 'Act Up-Paris', 'Jeune Garde',
  // party youth wings abroad (Germany, Switzerland, Spain, Ireland, United Kingdom): "membre des Jusos", "Jeunes UDC"
  'Jusos', 'Junge Union', 'Grüne Jugend', 'Junge Alternative', 'Linksjugend', 'Junge Liberale', 'JUSO', 'Jeunes UDC', 'Jeunes Verts',
  'Jeunes PLR', 'Jeunes Vert-e-s', 'Nuevas Generaciones', 'Juventudes Socialistas', 'Young Labour', 'Young Conservatives', 'Ógra Fianna Fáil',
  'Ógra Shinn Féin', 'Juventude Socialista', 'Giovani Democratici',
  // regional, overseas and independence movements (Guadeloupe, Martinique, Guyane, New Caledonia, Polynesia, Corsica, Basque Country, Brittany)
  'LKP', 'Liyannaj Kont Pwofitasyon', 'UPLG', 'MIM', 'Mouvement indépendantiste martiniquais', 'Péyi-A', 'PALIMA', 'MDES', 'Walwari',
  'FLNKS', 'Palika', 'Union calédonienne', 'Calédonie ensemble', 'Rassemblement-LR', 'Les Loyalistes', 'CCAT', 'Tavini Huiraatira',
  'Tāvini Huiraatira', 'Tavini', 'Tapura Huiraatira', 'Corsica Libera', 'Femu a Corsica', 'Core in Fronte', 'FLNC', 'EH Bai', 'Sortu',
  'Batasuna', 'Bildu', 'UDB', 'Union démocratique bretonne', 'Emgann', 'Parti nationaliste basque', 'Unser Land',
  // overseas protest collectives (cost of living, chlordecone, insecurity, migration): Martinique, Guadeloupe, Guyane, Mayotte, Réunion
  'RPPRAC', 'Rassemblement pour la protection des peuples et des ressources afro-caribéens', 'Forces vives de Mayotte',
  'Collectif des citoyens de Mayotte', 'Collectif des 500 Frères', 'Les 500 Frères', 'Trop Violans', 'Lyannaj pou dépolyé Matinik',
  'Moun Gwadloup', 'Mouvman Nasyonal', 'Collectif Zéro Chlordécone', 'KMPP', 'Mouvement international pour les réparations',
  'Gilets jaunes de la Réunion', 'Collectif Pou Lagwiyann Dékolé', 'Pou Lagwiyann Dékolé',
]);
/** Movement names that are also common phrases ("les forces vives du territoire"): only as the group of a blockade. */
const BLOCKADE_MOVEMENTS = entries('mouvement-blocage', ['Forces vives', 'Collectif']);
/**
 * Independence and self-determination of a territory ("milite pour l'indépendance de la
 * Guadeloupe", "favorable à l'autodétermination de la Kanaky"): a stance when an activism or
 * support word governs it; never "son indépendance", "l'indépendance financière".
 */
const INDEPENDENCE = entries('independance', ['indépendance', 'autodétermination', 'auto-détermination', 'souveraineté', 'autonomie', 'décolonisation', 'réunification']);
/**
 * Blockades and go-slows: a protest when the person takes part and a road, a site or a protesting
 * trade is named ("a participé aux blocages d'autoroute des agriculteurs", "opération escargot des
 * taxis"), not "le blocage de son dossier".
 */
const BLOCKADES = entries('blocage', [
  'blocage', 'blocages', 'blocus', 'barrage filtrant', 'barrages filtrants', 'opération escargot', 'opérations escargot', 'barrage routier',
  'barrages routiers', 'barrage', 'barrages', 'occupation de rond-point', 'occupations de ronds-points', 'piquet de grève', 'piquets de grève',
]);

/**
 * Roundabouts, the Gilets jaunes' ground: a protest when the person blocked, held or occupied them
 * ("a bloqué les ronds-points tout l'hiver", "était sur les ronds-points le samedi"), not a road closed
 * for works.
 */
const ROUNDABOUTS = entries('rond-point', ['rond-point', 'ronds-points', 'rond point', 'ronds points', 'giratoire', 'giratoires']);

/** Party names that are ordinary words: need a political word nearby. */
/** "Génération.s", "Génération·s": the text normaliser drops the inclusive ending, so the rule reads it in the raw text. */
const INCLUSIVE_PARTIES = entries('parti-inclusif', ['Génération']);
const SOFT_PARTIES = entries('parti-nom-contexte', ['Renaissance', 'Reconquête', 'Horizons', 'Les Verts', 'En Marche', 'Place publique', 'Ensemble',
  // "Verts" capitalised after "des", "aux": "la campagne des Verts genevois", "a voté pour les Verts"
  'Verts', 'Vert-e-s']);

/** Acronyms in capitals; the ambiguous ones need a political word nearby (checked by the rule). */
const ACRONYMS: LexiconEntry[] = [
  ...['LFI', 'PCF', 'EELV', 'LREM', 'NUPES', 'UMP', 'RPR', 'UDF'].map((a) => ({ lemma: a, upper: true, tag: 'sigle' })),
  ...['RN', 'FN', 'PS', 'LR', 'LO', 'UDI', 'NPA', 'NFP', 'PRG', 'UPR', 'DLF', 'FI'].map((a) => ({ lemma: a, upper: true, tag: 'sigle-contexte' })),
  // mixed case: "MoDem" is also the internet box, "LaREM" is rare
  ...['MoDem', 'LaREM'].map((a) => ({ lemma: a, tag: 'sigle-contexte' })),
];

/**
 * Parties abroad (Belgium, Switzerland, Québec and Canada, Southern and Eastern Europe, Turkey and Kurdistan, Maghreb, West and
 * Central Africa, Haiti): acronyms and one-word names, capitalised, only after a membership or vote word ("affilié au PTB",
 * "engagement au HDP", "vote Chega") or "parti" ("le parti AKP"). Ordinary abbreviations are left out (SVP, PUK, MSP, SDF, PAM, PD).
 */
const FOREIGN_PARTIES: LexiconEntry[] = [
  // Belgium, Switzerland, Québec / Canada
  'PTB', 'PVDA', 'N-VA', 'NVA', 'MR', 'CD&V', 'cdH', 'DéFI', 'Ecolo', 'Groen', 'Vooruit', 'Vlaams Belang', 'Open VLD', 'UDC', 'PLR',
  'PDC', 'PVL', 'PQ', 'PLQ', 'CAQ', 'NPD', 'QS', 'BQ',
  // Southern, Western and Eastern Europe, United Kingdom
  'PSOE', 'Podemos', 'Sumar', 'Vox', 'Chega', 'PCP', 'PSD', 'PNL', 'AUR', 'USR', 'UDMR', 'PiS', 'Konfederacja', 'Lewica', 'Fidesz',
  'Syriza', 'SPD', 'CDU', 'CSU', 'AfD', 'FDP', 'M5S', 'FdI', 'Lega', 'Sinn Féin', 'Sinn Fein', 'SNP', 'UKIP', 'Labour', 'Tories',
  'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Aontú', 'Plaid Cymru', 'Die Grünen', 'Grünen', 'BSW', 'ÖVP', 'SPÖ', 'FPÖ', 'PvdA',
  'GroenLinks', 'PVV', 'VVD', 'D66', 'Venstre', 'Ciudadanos', 'ERC', 'Junts', 'PNV', 'Civic Platform', 'Platforma Obywatelska',
  // Turkey and Kurdistan, Middle East
  'HDP', 'AKP', 'MHP', 'BDP', 'DBP', 'PKK', 'PYD', 'YPG', 'KDP', 'Likoud', 'Likud', 'Fatah', 'Baas', 'MEK', 'OMPI',
  // Maghreb, West and Central Africa, Haiti, South Asia
  'FLN', 'RND', 'FFS', 'RCD', 'PJD', 'RNI', 'USFP', 'Istiqlal', 'Ennahdha', 'Ennahda', 'Pastef', 'PASTEF', 'RHDP', 'PDCI', 'FPI',
  'RDPC', 'MRC', 'UDPS', 'PPRD', 'UFDG', 'RPM', 'PHTK', 'Lavalas', 'LTTE', 'RPG', 'UFR', 'MLC', 'ANC', 'OLF', 'TPLF', 'SPLM',
  'PTI', 'PPP', 'BNP', 'Awami League', 'Jamaat-e-Islami',
].map((a) => ({ lemma: a, tag: 'sigle-etranger' }));

/** Politicians: only after a voting or support verb ("vote Mélenchon"). */
const POLITICIANS = entries('personnalite', [
  'Le Pen', 'Marine Le Pen', 'Mélenchon', 'Macron', 'Zemmour', 'Bardella', 'Sarkozy', 'Hollande', 'Fillon', 'Bayrou',
  'Roussel', 'Jadot', 'Hidalgo', 'Glucksmann', 'Ciotti', 'Retailleau', 'Attal', 'Pécresse', 'Dupont-Aignan', 'Poutou',
  'Arthaud', 'Lassalle', 'Tondelier', 'Ruffin', 'Wauquiez', 'Chirac', 'Mitterrand', 'Jospin', 'Royal', 'Besancenot',
  // all sides, past and present, then foreign leaders and historical figures whose ideas are a stance
  'Jean-Marie Le Pen', 'Marion Maréchal', 'Maréchal-Le Pen', 'Philippot', 'Asselineau', 'Mégret', 'de Villiers', 'Valls', 'Darmanin', 'Édouard Philippe',
  'Bruno Le Maire', 'Olivier Faure', 'Sandrine Rousseau', 'Autain', 'Bompard', 'Quatennens', 'Panot', 'Coquerel', 'Hamon', 'Montebourg', 'Taubira',
  'Cazeneuve', 'Laguiller', 'Krivine', 'Cohn-Bendit', 'Mamère', 'Duflot', 'Bové', 'Castex', 'Barnier', 'Borne', 'Dati', 'Estrosi', 'Xavier Bertrand', 'Villepin',
  'de Gaulle', 'Pétain', 'Trump', 'Poutine', 'Erdogan', 'Erdoğan', 'Orban', 'Orbán', 'Meloni', 'Salvini', 'Bolsonaro', 'Lula', 'Maduro', 'Chavez', 'Chávez',
  'Castro', 'Guevara', 'Che Guevara', 'Staline', 'Lénine', 'Mao', 'Trotski', 'Trotsky', 'Hitler', 'Mussolini', 'Franco', 'Netanyahou', 'Assad', 'Kadhafi',
  'Modi', 'Milei', 'Sanders', 'Obama', 'Zelensky', 'Navalny', 'Khomeini', 'Bourguiba', 'Bouteflika', 'Tebboune', 'Saïed', 'Sankara', 'Lumumba', 'Mandela',
  'Abdullah Öcalan', 'Öcalan', 'Ocalan', 'Farage', 'Wilders', 'Mélenchon', 'Corbyn', 'Le Pen père',
]);

/** Voting blank or not at all, told of the person: "a voté blanc", "s'abstient à chaque élection". Checked in code. */
const ABSTENTION = entries('abstention', ['abstient', 'abstenu', 'abstenue', 'abstenait', 'abstiendra', 'abstentionniste', 'abstentionnistes', 'abstention', 'abstentions']);

/**
 * Dissent against a regime or a government: "a critiqué le régime dans ses articles", "dénonçait la corruption du pouvoir". Checked in
 * code: a regime noun after (a government or a president only in a story of exile or repression).
 */
const CRITICISM = entries('critique', ['critiqué', 'critiquée', 'critiqués', 'critiquait', 'critiquer', 'critique', 'critiques', 'dénoncé', 'dénoncée', 'dénonçait',
  'dénoncer', 'dénonce', 'contesté', 'contestée', 'contestait', 'contester', 'conteste', 'défié', 'défiée', 'défiait', 'défier', 'caricaturé', 'caricaturait',
  'moqué', 'moquait', 'ridiculisé', 'ridiculisait', 'opposé', 'opposée', 'opposait', 'opposition', 'articles', 'article', 'écrits', 'chansons', 'caricatures',
  'tweets', 'publications', 'posts', 'propos', 'slogans', 'tags', 'pancarte', 'pancartes', 'banderole']);

/**
 * Blocking a road or a site with a vehicle or during a movement: "a bloqué l'A75 avec son tracteur", "occupait le péage avec les
 * routiers". Checked in code: a road after, and a vehicle or a movement in the sentence.
 */
const ROAD_BLOCKING = entries('bloque', ['bloqué', 'bloquée', 'bloqués', 'bloquées', 'bloquait', 'bloquaient', 'bloquer', 'bloque', 'bloquent', 'occupé', 'occupée',
  'occupait', 'occupaient', 'paralysé', 'paralysait', 'barré', 'barrait', 'filtré', 'filtrait', 'muré', 'murait', 'envahi', 'envahissait', 'déversé', 'déversait',
  'épandu', 'épandait']);

/** Party membership and activism: extended to the party or ideology that follows. */
const MEMBERSHIP = entries('membre', [
  'militant', 'militante', 'militants', 'militantes', 'sympathisant', 'sympathisante', 'sympathisants', 'sympathisantes',
  'adhérent', 'adhérente', 'adhérents', 'adhérentes', 'adhère', 'adhérait', 'adhéré', 'membre', 'membres', 'encarté',
  'encartée', 'encartés', 'encartées', 'électeur', 'électrice', 'électeurs', 'électrices', 'carte', 'proche', 'proches',
  'engagé', 'engagée', 'engagés', 'engagées', 'milite', 'militait', 'militer', 'milité', 'partisan', 'partisane', 'partisans',
  'engagement', 'engagements', 'affilié', 'affiliée', 'affiliés', 'affiliées', 'affiliation',
  // a liking for a party, a movement or a politician named after it: « sa sympathie pour le Parti socialiste »
  'sympathie', 'sympathies',
  // a party's or a candidate's campaign the person took part in: "bénévole dans la campagne de Vox", "la campagne des Verts"
  // (found only when a party, a movement or a politician follows: never "campagne de vaccination", "maison de campagne")
  'campagne', 'campagnes',
]);

const PARTY = entries('parti', ['parti', 'partis', 'parti politique', 'partis politiques', 'mouvement politique', 'organisation politique']);

const VOTE = entries('vote', ['vote', 'votent', 'votait', 'votaient', 'voté', 'voter', 'votera', 'voterait', 'votant', 'votante',
  'voteront', 'voteraient', 'voterons', 'votons', 'votez', 'votions', 'votes', 'votais']);

const DEMONSTRATION = entries('manif', [
  'manifestation', 'manifestations', 'manif', 'manifs', 'manifestant', 'manifestante', 'manifestants', 'manifestantes',
  'manifeste', 'manifesté', 'manifester', 'manifestait', 'manifestent',
  // marches and blockades: political with "contre" / "pour" + a cause, like the verb "manifester"
  'défile', 'défilé', 'défiler', 'défilait', 'défilent', 'cortège', 'cortèges', 'sit-in',
]);

/**
 * Everyday nouns of a mobilisation ("marches pour le climat", "rassemblement contre la guerre",
 * "grève pour le climat"): political only with a cause after them, checked by the rule, so "la
 * marche à pied", "les marchés", "un rassemblement familial" stay silent.
 */
const MOBILISATION = entries('mobilisation', [
  'marche', 'marches', 'rassemblement', 'rassemblements', 'mobilisation', 'mobilisations', 'veillée', 'veillées',
  'chaîne humaine', 'chaînes humaines', 'pétition', 'pétitions',
  // a strike is a finding here only for a political cause ("grève pour le climat"), not a wage strike
  'grève', 'grèves',
]);

/** Candidacies and elected mandates (a protected ground: keep the skills, drop the party). */
const MANDATES = entries('mandat', [
  ['candidat aux municipales', ['candidate aux municipales', 'candidats aux municipales', 'candidat aux élections municipales',
    'candidate aux élections municipales', 'candidat aux législatives', 'candidate aux législatives', 'candidat aux élections législatives',
    'candidate aux élections législatives', 'candidat aux régionales', 'candidate aux régionales', 'candidat aux départementales',
    'candidate aux départementales', 'candidat aux européennes', 'candidate aux européennes', 'candidat aux cantonales',
    'candidate aux cantonales', 'candidat à la présidentielle', 'candidate à la présidentielle', 'candidat aux sénatoriales',
    'candidat sur une liste', 'candidate sur une liste', 'candidat sur la liste', 'candidate sur la liste', 'tête de liste',
    'colistier', 'colistière', 'colistiers']],
  ['conseiller municipal', ['conseillère municipale', 'conseillers municipaux', 'conseillères municipales', 'conseiller départemental',
    'conseillère départementale', 'conseiller régional', 'conseillère régionale', 'conseiller communautaire', 'conseillère communautaire',
    "conseiller d'arrondissement", "conseillère d'arrondissement", 'adjoint au maire', 'adjointe au maire', 'maire adjoint', 'maire adjointe',
    'élu municipal', 'élue municipale', 'élus municipaux', 'élu local', 'élue locale', 'élus locaux', 'élu sur une liste',
    'élue sur une liste', 'élu sur la liste', 'élue sur la liste', 'mandat électif', 'mandats électifs', 'mandat municipal',
    'mandat local', 'ancien député', 'ancienne députée', 'ancien maire', 'ancienne maire', 'campagne électorale', 'campagnes électorales',
    'a été maire', 'est maire', 'était maire', 'a été élu maire', 'a été élue maire',
    "élu d'opposition", "élue d'opposition", "élus d'opposition", "élu de l'opposition", "élue de l'opposition", 'conseiller d\'opposition',
    'siège au conseil municipal', 'siégeait au conseil municipal', 'a siégé au conseil municipal', 'membre du conseil municipal',
    'élu au conseil municipal', 'élue au conseil municipal', 'siège au conseil régional', 'siège au conseil départemental',
    'est député', 'est députée', 'était député', 'était députée', 'a été député', 'a été députée', 'est sénateur', 'est sénatrice',
    'a été sénateur', 'a été sénatrice', 'ancien élu', 'ancienne élue', 'attaché parlementaire du groupe']],
]);

/** Elections: a candidacy when a candidacy word comes just before ("se présente aux municipales"). */
const ELECTIONS = entries('election', [
  'municipales', 'législatives', 'régionales', 'départementales', 'européennes', 'présidentielle', 'cantonales', 'sénatoriales',
  'élections municipales', 'élections législatives', 'élections régionales', 'élections départementales', 'élections européennes',
  // the territorial assemblies of Corsica, Guyane, Martinique and the provinces of New Caledonia
  'territoriales', 'élections territoriales', 'provinciales', 'élections provinciales', 'élections sénatoriales', 'présidentielles',
]);

/** Political stances, opinions and activity. */
const STANCES = entries('opinion', [
  ['opinions politiques', ['opinion politique', 'convictions politiques', 'conviction politique', 'engagement politique',
    'engagements politiques', 'engagé politiquement', 'engagée politiquement', 'idées politiques', 'activités politiques',
    'activité politique', 'militantisme', 'militantisme politique', 'positions politiques', 'sympathies politiques',
    'sensibilité politique', 'très politisé', 'très politisée', 'politisé', 'politisée', 'fait de la politique',
    'faisait de la politique', 'idées extrémistes', 'propos extrémistes', 'propos politiques', 'discours politique',
    'discours politiques', 'prises de position politiques', 'tracts politiques']],
  // boycott campaigns for a political cause (the BDS campaign against Israel's policy, boycotts of a state's goods)
  ['campagne BDS', ['campagne de boycott BDS', 'mouvement BDS', 'boycott BDS', 'militant BDS', 'militante BDS', 'militants BDS',
    'Boycott, Désinvestissement, Sanctions', 'Boycott Désinvestissement Sanctions', 'boycott des produits israéliens', "boycott d'Israël",
    'boycott des produits russes', 'boycott de la Russie', 'boycott des produits chinois', 'boycott de la Chine', 'boycott des produits américains',
    'boycott des produits des colonies', 'boycott des colonies']],
]);

/** Dissent as a status: the person was persecuted for an opinion (the rule wants the person, not a public or a topic). */
const DISSENT = entries('dissident', [
  ['opposant politique', ['opposante politique', 'opposants politiques', 'opposantes politiques', 'dissident politique', 'dissidente politique',
    'dissidents politiques', 'prisonnier politique', 'prisonnière politique', 'prisonniers politiques', 'réfugié politique', 'réfugiée politique',
    'réfugiés politiques', 'exilé politique', 'exilée politique', 'exilés politiques', 'opposant au régime', 'opposante au régime',
    'opposants au régime', 'persécuté pour ses opinions', 'persécutée pour ses opinions', 'emprisonné pour ses opinions', 'emprisonnée pour ses opinions',
    // opposition to a regime without a party name: "membre d'un mouvement d'opposition au régime", "opposé à la junte"
    "mouvement d'opposition", "mouvements d'opposition", "mouvement d'opposition au régime", "parti d'opposition", "partis d'opposition",
    'opposition au régime', 'opposition armée', 'opposition politique', "groupe d'opposition", 'résistance au régime', 'hostile au régime',
    'opposé au régime', 'opposée au régime', 'anti-régime', 'antirégime', 'opposant à la junte', 'opposante à la junte', 'contre la junte',
    'contre la dictature', 'opposant au pouvoir', 'opposante au pouvoir', 'opposant au gouvernement', 'opposante au gouvernement',
    'militant pour la démocratie', 'militante pour la démocratie', 'militants pour la démocratie', 'mouvement prodémocratie',
    'mouvement pro-démocratie', 'persécuté pour ses idées', 'persécutée pour ses idées', 'arrêté pour ses opinions', 'arrêtée pour ses opinions',
    'emprisonné pour ses idées', 'emprisonnée pour ses idées', 'menacé pour ses opinions', 'menacée pour ses opinions',
    // a role that says the stance: "journaliste d'opposition", "militante de l'opposition", "figure de l'opposition", "prisonnier d'opinion"
    "journaliste d'opposition", "journalistes d'opposition", "journaliste de l'opposition", 'journaliste dissident', 'journaliste dissidente',
    "militant d'opposition", "militante d'opposition", "militants d'opposition", "militant de l'opposition", "militante de l'opposition",
    "membre de l'opposition", "figure de l'opposition", "cadre de l'opposition", "leader de l'opposition", "député d'opposition", "députée d'opposition",
    "blogueur d'opposition", "blogueuse d'opposition", 'blogueur dissident', 'blogueuse dissidente', 'dissident', 'dissidente', 'dissidents',
    "prisonnier d'opinion", "prisonnière d'opinion", 'prisonnier de conscience', 'prisonnière de conscience', 'asile politique',
    'exil politique', 'persécuté par le régime', 'persécutée par le régime', 'menacé par le régime', 'menacée par le régime',
    'recherché par le régime', 'recherchée par le régime', 'fui la répression', 'fuir la répression', 'pour raisons politiques',
    'pour des raisons politiques', 'opposant au président', 'opposante au président', 'opposant au parti unique', 'militant des droits humains',
    "militante des droits humains", "militant des droits de l'homme", "militante des droits de l'homme",
    // popular uprisings named: taking part says the stance ("a pris part au Hirak", "le mouvement Femme, Vie, Liberté")
    'hirak', 'femme vie liberté', 'euromaïdan', 'révolution des parapluies', 'révolution orange', 'révolution du jasmin',
    'révolution de jasmin', 'mouvement vert iranien', 'révolution de safran',
    // leaflets and committees of the opposition: "distribuait des tracts pour l'opposition", "a rejoint un comité de résistance"
    "tracts pour l'opposition", "tracts de l'opposition", "tracts d'opposition", "tracts contre le régime", "tracts contre le pouvoir",
    "journal de l'opposition", "journaux de l'opposition", 'comité de résistance', 'comités de résistance', 'comité révolutionnaire',
    'opposant aux milices', 'opposante aux milices', 'opposants aux milices', 'opposant à la milice', 'opposants à la milice',
    'opposant aux talibans', 'opposante aux talibans', 'opposants aux talibans', 'opposant à la junte militaire',
    // the same said in English in a transcribed answer: "I was a member of an opposition party"
    'opposition party', 'opposition parties', 'member of the opposition', 'political opponent', 'political activist', 'political prisoner']],
]);

/**
 * Campaigning: posters, leaflets, canvassing. Political when a party, an election or a political
 * word is near ("colle des affiches pour le NPA", "porte-à-porte pour le candidat écologiste"),
 * not for a job ("afficheur pour une agence").
 */
const ACTIVISM = entries('activisme', [
  'colle des affiches', 'collé des affiches', 'coller des affiches', 'collait des affiches', "collage d'affiches", 'collages d’affiches',
  'tracté', 'tractage', 'tractages', 'tracte', 'tractait', 'tracter', 'boîtage', 'boîtages', 'distribue des tracts', 'distribuait des tracts', 'distribué des tracts',
  'fait campagne', 'faisait campagne', 'a fait campagne', 'faire campagne', 'fera campagne', 'porte-à-porte', 'porte à porte',
  'fait du porte-à-porte', 'meeting', 'meetings', 'bénévole de campagne', 'équipe de campagne', 'QG de campagne',
  // the local meetings of a party (a communist "cellule", a "section", a "comité"), political only beside a party or a political word
  'réunion de cellule', 'réunions de cellule', 'réunion de section', 'réunions de section', 'assemblée de section', 'assemblées de section',
  'secrétaire de cellule', 'fête de la section', 'université d\'été', "universités d'été", 'congrès du parti', 'réunions du parti', 'réunion du parti',
]);

/**
 * Campaign and party roles named by their agent ("colleur d'affiches pour Reconquête", "assesseur pour le RN aux
 * législatives", "secrétaire de section du PCF"): the rule wants a party, a movement or an election after them,
 * since "tracteur", "assesseur" and "scrutateur" have farm, court and survey senses.
 */
const ACTIVISTS = entries('activiste', [
  ["colleur d'affiches", ["colleuse d'affiches", "colleurs d'affiches", "colleuses d'affiches", "colleur d'affiche", "colleuse d'affiche",
    'tracteur', 'tracteuse', 'tracteurs', 'tracteuses', 'boîteur', 'boîteuse', 'assesseur', 'assesseure', 'assesseurs', 'assesseures',
    'scrutateur', 'scrutatrice', 'scrutateurs', 'délégué de bureau de vote', 'déléguée de bureau de vote', 'secrétaire de section',
    'responsable de section', 'trésorier de section', 'trésorière de section', 'secrétaire fédéral', 'secrétaire fédérale',
    'directeur de campagne', 'directrice de campagne', 'bénévole de permanence',
    'mandataire financier', 'mandataire financière', 'responsable de comité', 'animateur de comité', 'animatrice de comité']],
]);

const YELLOW_VESTS = entries('gilets', ['gilet jaune', 'gilets jaunes']);

/**
 * A stance by prefix: "pro-Trump", "pro-Poutine", "anti-vax", "anti-immigration", "pro-vie". The rule wants a cause or a
 * person's name after the hyphen and the person in the clause ("pro-actif", "anti-inflammatoire", "PRO BTP" stay silent).
 */
const PREFIXED = entries('prefixe', ['pro', 'anti']);
const PREFIXED_WORDS = entries('prefixe-mot', ['antivax', 'antivaxx', 'antivaccin', 'antivaccins', 'anti-vax', 'anti-vaxx', 'anti-vaccin', 'anti-vaccins',
  'provie', 'pro-vie', 'pro-choix', 'trumpiste', 'trumpistes', 'poutiniste', 'poutinistes', 'chaviste', 'bolsonariste', 'zemmourien', 'zemmourienne',
  'zemmouriste', 'chiraquien', 'chiraquienne', 'antipass', 'anti-pass', 'antimasque', 'anti-masque', 'anti-masques', 'antiavortement', 'anti-avortement',
  'anti-IVG', 'anti-immigration', 'anti-immigrés', 'anti-migrants', 'anti-Macron', 'anti-OTAN', 'anti-Europe', 'anti-UE', 'anti-euro', 'pro-Brexit',
  'anti-Brexit', 'pro-Kremlin', 'pro-russe', 'pro-russes', 'pro-ukrainien', 'pro-ukrainienne', 'pro-israélien', 'pro-israélienne', 'pro-Israël',
  'pro-Palestine', 'anti-flic', 'anti-flics', 'anti-police', 'anti-gouvernement', 'antigouvernemental', 'antigouvernementale',
  'anti-mondialisation', 'antimondialisation', 'anti-capitaliste', 'anti-fasciste', 'anti-nucléaire', 'anti-corrida', 'anti-chasse',
  'anti-éolien', 'anti-éoliennes', 'anti-5G', 'anti-OGM', 'anti-bassines', 'antispéciste', 'antispécistes', 'anti-spéciste', 'anti-woke',
  'anti-wokisme', 'anti-LGBT', 'anti-mariage pour tous', 'anti-PMA']);

/**
 * "contre" itself: opposition to a named project or a reform ("mobilisé contre le chantier de
 * l'A69", "s'oppose au projet" is not matched) is a stance when an activism word governs it; the
 * rule checks both sides, so a worker "sur le chantier de l'A69" stays silent.
 */
const AGAINST = entries('contre', ['contre']);

/** The labels of lists without a party ("une liste divers gauche"): the rule wants the person in the sentence, not a town council's. */
const LIST_LABELS = entries('etiquette', [['divers gauche', ['divers droite', 'divers centre', 'divers extrême gauche', 'divers extrême droite']]]);

/** Protest camps ("ZAD de Notre-Dame-des-Landes"), also an urban-planning zone: the rule wants a person living or acting there. */
/** Notes typed in lower case write it "zad"; "Zad" capitalised alone is a first name (the rule checks). */
const ZAD: LexiconEntry[] = [{ lemma: 'ZAD', forms: ['zad', 'zads'], tag: 'zad' }, { lemma: 'ZADs', tag: 'zad' }];

export const POLITIQUE_LEXICON: LexiconEntry[] = [
  ...IDEOLOGIES, ...LIST_LABELS, ...SOFT_IDEOLOGIES, ...PARTIES, ...SOFT_PARTIES, ...INCLUSIVE_PARTIES, ...ACRONYMS, ...FOREIGN_PARTIES, ...POLITICIANS, ...MEMBERSHIP, ...PARTY,
  ...VOTE, ...ABSTENTION, ...CRITICISM, ...ROAD_BLOCKING, ...DEMONSTRATION, ...MOBILISATION, ...MANDATES, ...ELECTIONS, ...STANCES, ...DISSENT, ...YELLOW_VESTS, ...PREFIXED, ...PREFIXED_WORDS, ...MOVEMENTS, ...BLOCKADE_MOVEMENTS, ...ACTIVISM, ...ACTIVISTS, ...INDEPENDENCE, ...BLOCKADES, ...ROUNDABOUTS, ...AGAINST, ...ZAD,
];
