/**
 * Lexicon of `vie-sexuelle` (TAXONOMY §3.1, RGPD art. 9, C. pén. 226-19 for gender identity):
 * sexual orientation, sex life, gender identity and transition, sex work.
 *
 * `tag` is `orientation`, `identite` or `travail-sexe`, with a mode after `:` for polysemous words:
 * - `trans`: "trans" only as a person ("femme trans", "il est trans"), not transports or a prefix;
 * - `transition`: "en transition" / "sa transition" only with a gender context, never a career one;
 * - `attribut`: "homo", "hétéro" only as an attribute of a person ("il est homo");
 * - `prep`: "PrEP" only in that exact spelling (not "prép." = préparation);
 * - `bloc`: phrases that absorb a word and report nothing ("transition professionnelle",
 *   "harcèlement sexuel", which belongs to other rules).
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

export const VIE_SEXUELLE_LEXICON: LexiconEntry[] = [
  // --- orientation
  { lemma: 'homosexuel', inflect: 'adj', tag: 'orientation', confidence: 'high' },
  { lemma: 'bisexuel', inflect: 'adj', tag: 'orientation', confidence: 'high' },
  { lemma: 'hétérosexuel', inflect: 'adj', tag: 'orientation' },
  // the rarer orientations of the asexual and romantic spectra ("se définit comme demisexuel")
  { lemma: 'pansexuel', inflect: 'adj', forms: ['asexuel', 'demisexuel', 'demi-sexuel', 'graysexuel', 'grisexuel', 'gris-asexuel', 'omnisexuel', 'polysexuel', 'hétéroflexible', 'homoflexible', 'bicurieux', 'bi-curieux', 'homoromantique', 'biromantique', 'panromantique', 'hétéroromantique', 'demiromantique'], tag: 'orientation' },
  { lemma: 'aromantique', forms: ['aromantiques', 'bicurieuse', 'bicurieuses', 'bi-curieuse', 'bi-curieuses'], tag: 'orientation' },
  { lemma: 'homosexualité', forms: ['bisexualité', 'hétérosexualité', 'pansexualité', 'asexualité', 'demisexualité', 'demi-sexualité', 'graysexualité', 'aromantisme', 'omnisexualité'], tag: 'orientation', confidence: 'high' },
  { lemma: 'gay', forms: ['gays'], tag: 'orientation:gay', confidence: 'high' },
  { lemma: 'lesbienne', inflect: 'noun', forms: ['lesbien', 'lesbiens'], tag: 'orientation', confidence: 'high' },
  { lemma: 'queer', forms: ['queers'], tag: 'orientation' },
  { lemma: 'LGBT', forms: ['LGBT+', 'LGBTQ', 'LGBTQ+', 'LGBTI', 'LGBTI+', 'LGBTQI', 'LGBTQI+', 'LGBTQIA', 'LGBTQIA+', 'LGBTQIA2S+', 'LGBTphobie', 'LGBTphobies', 'LGBTphobe', 'LGBTIphobie'], tag: 'orientation' },
  { lemma: 'homo', forms: ['hétéro', 'bi', 'homos', 'hétéros', 'pan', 'ace', 'aro'], tag: 'orientation:attribut' },
  { lemma: 'orientation sexuelle', forms: ['orientations sexuelles', 'préférence sexuelle', 'préférences sexuelles', 'identité sexuelle', 'attirance pour les hommes', 'attirance pour les femmes', 'attiré par les hommes', 'attirée par les femmes', 'attiré par les garçons', 'attirée par les filles', 'attirée par les hommes', 'attiré par les femmes'], tag: 'orientation', confidence: 'high' },
  { lemma: 'homophobe', inflect: 'noun', forms: ['homophobie', 'homophobies', 'lesbophobie', 'lesbophobe', 'biphobie', 'biphobe', 'transphobie', 'transphobe', 'transphobes', 'propos homophobes', 'insultes homophobes', 'injures homophobes', 'remarques homophobes', 'moqueries homophobes'], tag: 'orientation' },
  { lemma: 'conjoint de même sexe', forms: ['conjointe de même sexe', 'compagnon de même sexe', 'compagne de même sexe', 'partenaire de même sexe', 'couple de même sexe', 'couple homosexuel', 'couple gay', 'couple lesbien', 'couple de femmes', "couple d'hommes", 'mariage homosexuel', 'mariage gay'], tag: 'orientation' },
  // a family of two fathers or two mothers: "famille homoparentale", "les enfants ont deux papas", "ses deux mamans"
  { lemma: 'homoparentale', forms: ['homoparental', 'homoparentaux', 'homoparentales', 'homoparentalité', 'homo-parentale', 'homo-parental', 'homo-parentalité'],
    tag: 'orientation', confidence: 'high' },
  // (not a foster or step-parent beside the mother, "deux mamans : sa mère et son assistante familiale", nor two mothers of a group,
  // "les deux mamans de l'atelier")
  { lemma: 'deux mamans', forms: ['deux papas'], tag: 'orientation', confidence: 'high',
    notBefore: ['de l’', "de l'", 'du', 'de la', 'des', 'présentes', 'présents', 'venues', 'venus', 'inscrites', 'inscrits'],
    notNear: ['accueil', 'assistante', 'assistant', 'nourrice', 'biologique', 'belle-mère', 'beau-père', 'adoptive', 'adoptif', 'placé', 'placée',
      'placement', 'ASE', 'atelier', 'groupe', 'réunion', 'goûter', 'sortie', 'parrain', 'marraine', 'coeur', 'cœur'] },
  { lemma: 'coming out', forms: ['coming-out', 'comingout', 'coming outs', 'coming-outs', 'outing', 'outé', 'outée', 'été outé', 'été outée'], tag: 'orientation', confidence: 'high' },
  { lemma: 'Gay Pride', forms: ['marche des fiertés', 'Marche des fiertés', 'fiertés LGBT'], tag: 'orientation' },
  { lemma: 'PrEP', tag: 'orientation:prep' },
  { lemma: 'chemsex', tag: 'orientation' },
  { lemma: 'sorti du placard', forms: ['sortie du placard', 'sortir du placard', 'sort du placard', 'est sorti du placard', 'est sortie du placard'], notBefore: ['à balais', 'à balai', 'à chaussures'], tag: 'orientation', confidence: 'high' },
  // Antillean, Guyanese and Haitian Creole words for a gay man or a lesbian (also insults: the orientation they tell is reported)
  { lemma: 'makoumè', forms: ['makoumé', 'makoume', 'macoumé', 'macoumè', 'makoumès', 'makoumés', 'makomè', 'makomé', 'masisi', 'massissi', 'masissi', 'madivin', 'madivine', 'madivinèz', 'madevinez'], tag: 'orientation', confidence: 'high' },
  // a partner named by a first name of the subject's own gender: "il est pacsé avec Julien", "mariée à Sophie" (checked in code)
  { lemma: 'pacsé avec', forms: ['pacsée avec', 'pacsé à', 'pacsée à', 'marié avec', 'mariée avec', 'marié à', 'mariée à', 'fiancé à', 'fiancée à',
    'fiancé avec', 'fiancée avec', 'en couple avec', 'vit en couple avec', 'a épousé', 'remarié avec', 'remariée avec'], tag: 'orientation:nom', confidence: 'medium' },
  // a same-gender partner told by « un autre » / « une autre » and any noun ("sortait avec un autre chauffeur"): the rule reads the subject
  { lemma: 'un autre', forms: ['une autre'], tag: 'orientation:couple', confidence: 'medium' },
  // a partner of the subject's own gender ("il vit avec son compagnon", "elle est mariée à une femme"): the rule reads the subject
  { lemma: 'compagnon', forms: ['mari', 'époux', 'copain', 'fiancé', 'petit ami', 'homme', 'compagne', 'épouse', 'femme', 'fiancée', 'petite amie',
    'garçon', 'gars', 'mec', 'fille', 'nana', 'meuf', 'copine'], tag: 'orientation:couple', confidence: 'medium' },
  // gender identity told by the first name: "son ancien prénom masculin", "son prénom de naissance", "prénom d'usage féminin"
  // ("prénom d'usage : Camille" alone is the neutral wording the rule recommends)
  { lemma: 'ancien prénom', forms: ['anciens prénoms', 'prénom de naissance', 'prénom masculin', 'prénom féminin', "prénom d'usage masculin",
    "prénom d'usage féminin", 'nom de naissance masculin', 'ancienne identité', 'prénom assigné'], tag: 'identite:prenom' },
  // sex life beyond orientation: practices and ways of living it
  // sexual life outside the couple: "a une relation extraconjugale", "liaison adultère"
  { lemma: 'relation extraconjugale', forms: ['relations extraconjugales', 'liaison extraconjugale', 'liaisons extraconjugales', 'aventure extraconjugale',
    'aventures extraconjugales', 'relation extra-conjugale', 'relations extra-conjugales', 'liaison extra-conjugale', 'aventure extra-conjugale',
    'relation adultère', 'relations adultères', 'liaison adultère', 'liaisons adultères', 'relation hors mariage', 'aventure hors mariage'], tag: 'orientation' },
  { lemma: 'libertin', inflect: 'adj', forms: ['échangiste', 'échangistes', 'échangisme', 'libertinage', 'club libertin', 'clubs libertins', 'club échangiste', 'clubs échangistes', 'polyamoureux', 'polyamoureuse', 'polyamoureuses', 'polyamour', 'polyamorie', 'couple libre', 'relation libre', 'BDSM', 'sadomasochiste', 'sadomasochisme', 'sites de rencontres sexuelles', 'plans cul'], tag: 'orientation' },
  // consensual non-monogamy: a couple of three, open relationships, the network of partners
  { lemma: 'trouple', forms: ['trouples', 'ménage à trois', 'polycule', 'polycules', 'relation polyamoureuse', 'relations polyamoureuses', 'couple libre',
    'couple ouvert', 'couples ouverts', 'non-monogame', 'non monogame', 'non-monogames',
    'non-monogamie', 'non-monogamie éthique', 'anarchie relationnelle', 'polyfidèle', 'polyfidélité', 'métamour'], notBefore: ['pièces', 'pièce', 'chambres', 'places', 'étages', 'niveaux'], tag: 'orientation', confidence: 'high' },
  // (« relations ouvertes », « relations libres » are also a manner of dealing with colleagues or suppliers: not listed)
  // orientation in indirect words: "il a toujours préféré les garçons", "elle aime les femmes"; the rule
  // wants "les" + a gender noun right after, a person subject, and no hiring or work complement
  { lemma: 'préfère', forms: ['préfèrent', 'préféré', 'préférée', 'préférait', 'préféraient', 'préférer', 'aime', 'aiment', 'aimé', 'aimée', 'aimait', 'aimaient', 'aimer', 'attiré', 'attirée', 'attirés', 'attirées', 'attirance', 'attiré sexuellement', 'attirée sexuellement', 'plaisent', 'plaisaient'], tag: 'orientation:indirect', confidence: 'medium' },
  // gender identity told without a keyword: a son who "se présente désormais comme une fille"; the rule wants a known
  // gender for the subject and a noun of the other gender right after « comme / en tant que »
  { lemma: 'se présente', forms: ['se présentait', 'se présenter', 'se définit', 'se définissait', 'se considère', 'se considérait', 'se sent',
    'se sentait', "s'identifie", "s'identifiait", 'se vit', 'se vivait', 'se décrit', 'se décrivait', 'se revendique', 'se genre'], tag: 'identite:comme', confidence: 'medium' },
  // --- sex life
  { lemma: 'vie sexuelle', forms: ['vies sexuelles', 'sexualité', 'sexualités', 'libido', 'relations sexuelles', 'relation sexuelle', 'rapports sexuels', 'rapport sexuel', 'pratiques sexuelles', 'partenaire sexuel', 'partenaires sexuels', 'partenaires sexuelles', 'vie intime et sexuelle', 'conduites sexuelles', 'comportement sexuel', 'comportements sexuels'], tag: 'orientation' },
  // --- gender identity and transition
  { lemma: 'transgenre', inflect: 'noun', forms: ['transsexuel', 'transsexuelle', 'transsexuels', 'transsexuelles', 'transsexualité', 'transidentité', 'transidentitaire', 'transidentitaires', 'transidentités', 'femme transgenre', 'homme transgenre'], tag: 'identite', confidence: 'high' },
  { lemma: 'trans', tag: 'identite:trans' },
  { lemma: 'transition de genre', forms: ['transition de sexe', 'transition sexuelle', 'transition hormonale', 'transition médicale', 'transition sociale', "transition d'homme à femme", "transition de femme à homme", 'parcours de transition', 'transition MtF', 'transition FtM', 'MtF', 'FtM', 'MTF', 'FTM', 'en transition de genre', 'en cours de transition de genre'], tag: 'identite', confidence: 'high' },
  { lemma: 'en transition', forms: ['en cours de transition', 'en pleine transition', 'en transition depuis', 'sa transition', 'transition'], tag: 'identite:transition' },
  { lemma: 'changement de sexe', forms: ['changements de sexe', 'changé de sexe', 'changer de sexe', 'change de sexe', 'changée de sexe', 'changé de genre', 'changer de genre', 'changement de genre', 'changement de la mention du sexe', 'changement de mention de sexe', 'mention du sexe', 'changement de sexe à l’état civil', 'réassignation', 'réassignation sexuelle', 'réassignation de sexe', 'réassignation de genre', 'chirurgie de réassignation', 'opération de réassignation', 'vaginoplastie', 'phalloplastie', 'mammectomie de transition', 'torsoplastie'], tag: 'identite', confidence: 'high' },
  { lemma: 'né femme', forms: ['née homme', 'né fille', 'née garçon', 'né dans un corps de femme', "née dans un corps d'homme", 'assigné homme', 'assignée homme', 'assigné femme', 'assignée femme', 'assigné garçon', 'assignée fille', 'assigné fille', 'assignée garçon', 'AMAB', 'AFAB'], tag: 'identite', confidence: 'high' },
  { lemma: 'travesti', notAfter: ['rôle', 'rôles', 'rôle de', 'rôles de', 'emploi', 'personnage', 'personnages', 'personnage de', 'costume', 'costume de', 'numéro de', 'spectacle de', 'revue de', 'opéra', 'théâtre'], notBefore: ['à l\'opéra', 'au théâtre', 'sur scène'], forms: ['travestie', 'travestis', 'travesties', 'se travestit', 'se travestir', 'se travestissait', 'travestissement', 'drag queen', 'drag queens', 'drag king', 'drag kings', 'changé de prénom et de sexe', 'changement de prénom et de sexe', 'changer de prénom et de sexe', 'changement de sexe et de prénom', 'changement de genre et de prénom', 'changé de prénom et de genre', 'changement de prénom et de genre'], tag: 'identite', confidence: 'high' },
  // drag performance of the person ("se produit en drag le week-end", "fait du drag"): a gender expression told of them
  // (not drag racing: "fait du drag racing")
  { lemma: 'se produit en drag', forms: ['se produisait en drag', 'se produire en drag', 'performe en drag', 'monte sur scène en drag', 'fait du drag', 'faisait du drag',
    'faire du drag', 'artiste drag', 'performeur drag', 'performeuse drag', 'sa persona drag', 'son personnage drag'],
    notBefore: ['racing', 'race', 'car', 'cars', 'line'], tag: 'identite', confidence: 'medium' },
  // third genders and gender identities of other cultures (Polynesia, Samoa, Tonga, Mexico, Thailand, First Nations) and other identity words
  { lemma: 'mahu', forms: ['māhū', 'mahus', 'raerae', 'rae rae', 'raeraes', "fa'afafine", 'faafafine', "fa'afatama", 'fakaleiti', 'leiti', 'leitis',
    'two-spirit', 'bispirituel', 'bispirituelle', 'muxe', 'muxes', 'kathoey', 'katoï', 'troisième genre', 'troisième sexe', 'genderqueer',
    'bigenre', 'demigenre', 'demi-genre', 'pangenre', 'neutrois', 'transféminine', 'transmasculin', 'transmasculine', 'transféminin'], tag: 'identite', confidence: 'high' },
  { lemma: 'non-binaire', forms: ['non binaire', 'non-binaires', 'non binaires', 'genderfluid', 'gender fluid', 'genre fluide', 'agenre', 'intersexe', 'intersexes', 'intersexué', 'intersexuée', 'intersexués', 'intersexuées', 'intersexuation', 'dysphorie de genre', 'identité de genre', 'identités de genre', 'expression de genre', 'mégenré', 'mégenrée', 'mégenrer', 'mégenrage', 'morinom', 'deadname', 'deadnaming', 'pronom neutre', 'pronom iel', 'pronoms iel'], tag: 'identite', confidence: 'high' },
  // the transition said with a verb or by its treatment: "elle transitionne depuis un an", "hormonothérapie féminisante"
  { lemma: 'transitionne', forms: ['transitionnent', 'transitionné', 'transitionnée', 'transitionnés', 'transitionnées', 'transitionner', 'transitionnait',
    'transitionnera', 'hormonothérapie féminisante', 'hormonothérapie masculinisante', 'traitement hormonal féminisant', 'traitement hormonal masculinisant',
    'traitement féminisant', 'traitement masculinisant', 'hormones féminisantes', 'hormones masculinisantes', 'THS féminisant', 'THS masculinisant',
    'chirurgie de confirmation de genre', 'chirurgie d\'affirmation de genre', 'affirmation de genre'],
    notBefore: ['vers', 'de', "d'"], tag: 'identite', confidence: 'high' },
  // "iel" alone is also the generic inclusive pronoun (eval: "Non-binaire, iel souhaite…" reports only "Non-binaire"): absent on purpose
  // --- sex work
  { lemma: 'prostitution', forms: ['se prostituer', 'se prostitue', 'se prostituait', 'se prostituent', "s'est prostitué", "s'est prostituée", 'travail du sexe', 'travail sexuel', 'escorting', 'camgirl', 'camgirls', 'escort girl', 'escort boy', 'escort', 'escorts', 'prostitution de rue', 'michetonnage', 'sugar daddy', 'activité de prostitution',
    'michetonneuse', 'michetonneuses', 'prostitution en ligne', 'sugar dating', 'webcameuse', 'webcameuses', 'cammeuse', 'cammeuses', 'modèle OnlyFans',
    'danseuse nue', 'danseuses nues', 'danseur nu', 'lap dance', 'peep-show', 'peep show', 'bar à hôtesses', 'salon de massage érotique', 'massages naturistes', 'massage naturiste',
    'vendait son corps', 'vendre son corps', 'vend son corps', 'a vendu son corps', 'relations sexuelles rémunérées', 'rapports sexuels tarifés', 'services sexuels', 'prestations sexuelles', 'prestations sexuelles tarifées'], tag: 'travail-sexe', confidence: 'high' },
  // soliciting: also the illegal touting of passengers by a taxi or a VTC driver, or of customers by a shop ("racolage de clients")
  { lemma: 'racolage', forms: ['racolage passif', 'racolage actif', 'racolage public'], notBefore: ['de clients', 'de client', 'de passagers', 'de voyageurs',
    'de touristes', 'de la clientèle', 'de clientèle', 'commercial', 'de courses', 'à la sortie des', 'aux abords des gares'],
    notNear: ['vtc', 'taxi', 'taxis', 'chauffeur', 'chauffeurs', 'passagers', 'voyageurs', 'courses', 'commerçant', 'restaurateur', 'rabatteur',
      'billets', 'démarchage'], tag: 'travail-sexe', confidence: 'high' },
  // sex work in an establishment or online, named by the place or the medium
  { lemma: 'salon de massage érotique', forms: ['salons de massage érotique', 'salons de massages érotiques', 'salon de massages érotiques',
    'institut de massage érotique', 'massage avec happy ending', 'bar à filles', 'bars à filles',
    'club de strip-tease', 'clubs de strip-tease', 'club de striptease', 'bar de strip-tease', 'cabaret érotique', 'peep-shows', 'sex-shop à cabines',
    'salon de massage thaï érotique', 'hôtesse de bar', 'hôtesses de bar', 'shows sur webcam', 'show webcam',
    'shows webcam', 'spectacles érotiques', 'spectacle érotique', 'chat érotique', 'tchat érotique', 'photos dénudées payantes',
    'contenus dénudés', 'vend des photos dénudées', 'vendait des photos dénudées', 'Fansly', 'Chaturbate', 'Stripchat', 'LiveJasmin', 'Cam4', 'Bongacams',
    'annonces d\'escort', 'annonces escort', 'Vivastreet rencontres', 'sex-cam', 'sexcam', 'minitel rose'], tag: 'travail-sexe', confidence: 'high' },
  // street slang of sex work; "faire des passes" is also football: the rule reads the sentence
  { lemma: 'fait des passes', forms: ['faire des passes', 'faisait des passes', 'faisaient des passes', 'fais des passes', 'font des passes', 'faisant des passes', 'fera des passes'], tag: 'travail-sexe:passes', confidence: 'high' },
  { lemma: 'tapine', forms: ['tapinent', 'tapiné', 'tapinaient', 'tapineuse', 'tapineuses', 'fait le tapin', 'faisait le tapin', 'faire le tapin', 'a fait le trottoir', 'faisaient le trottoir', 'font le trottoir', 'michetonner', 'michetonne', 'michetonnait', 'racolait dans la rue', 'racoler dans la rue', 'racolait sur la voie publique', 'vendre ses charmes', 'vendait ses charmes', 'monnayer ses charmes', 'monnayait ses charmes', 'maison close', 'maisons closes', 'son proxénète', 'sous la coupe d’un proxénète', "sous la coupe d'un proxénète", 'réseau de proxénétisme', 'proxénétisme'], tag: 'travail-sexe', confidence: 'high' },
  // "TDS" (travailleur·se du sexe) is also other acronyms: only as the person's state ("est TDS", "ancienne TDS")
  { lemma: 'TDS', upper: true, tag: 'travail-sexe:sigle', confidence: 'high' },
  // explicit forms: the generic feminine works on folded words, where "prostitué" already ends in -e
  { lemma: 'prostitué', forms: ['prostituée', 'prostitués', 'prostituées'], tag: 'travail-sexe', confidence: 'high' },
  { lemma: 'travailleur du sexe', forms: ['travailleuse du sexe', 'travailleurs du sexe', 'travailleuses du sexe'], tag: 'travail-sexe', confidence: 'high' },
  // pornography, erotic shows and paid sex under their everyday names
  {
    lemma: 'films pornographiques',
    forms: [
      'film pornographique', 'films porno', 'film porno', 'films X', 'film X', 'films pour adultes', 'film pour adultes', 'acteur porno', 'actrice porno',
      'acteurs porno', 'actrices porno', 'acteur de films X', 'actrice de films X', 'acteur pornographique', 'actrice pornographique',
      'industrie pornographique', 'industrie du porno', 'pornographie', 'tournages pornographiques', 'tournage porno', 'tournages porno',
      'contenus pour adultes', 'contenu pour adultes', 'contenus érotiques', 'contenus sexuels', 'OnlyFans', 'Only Fans', 'MYM', 'webcam érotique',
      'modèle webcam', 'camboy', 'camboys', 'cam girl', 'cam-girl', 'strip-teaseuse', 'strip-teaseur', 'strip-teaseuses', 'strip-teaseurs',
      'stripteaseuse', 'stripteaseur', 'strip-tease', 'striptease', 'effeuilleuse', 'gigolo', 'gigolos', 'call-girl', 'call-girls', 'call girl',
      'call-boy', 'escort-girl', 'escort-boy', 'fait le trottoir', 'faisait le trottoir', 'faire le trottoir', 'tapin', 'tapiner', 'tapinait',
      'péripatéticienne', 'péripatéticiennes', 'passes tarifées', 'relations sexuelles tarifées', 'relations tarifées', 'rapports tarifés',
      'massages érotiques', 'massage érotique', 'salon de massage érotique', 'téléphone rose', 'messagerie rose', 'sugar baby', 'sugar babies',
    ],
    tag: 'travail-sexe',
    confidence: 'high',
  },
  // the sexual "finish" of a massage parlour ("massage avec finition", "happy ending"): with a massage word nearby
  { lemma: 'avec finition', forms: ['avec finitions', 'finition manuelle', 'finitions manuelles', 'happy ending', 'happy end', 'massage tantrique', 'massages tantriques', 'body-body', 'body body'],
    near: ['massage', 'massages', 'masseuse', 'masseuses', 'masseur', 'masseurs', 'salon', 'salons'], tag: 'travail-sexe', confidence: 'high' },
  // --- not findings here (other rules, or other senses)
  {
    lemma: 'transition professionnelle',
    forms: [
      'transitions professionnelles', 'transition pro', 'transitions pro', 'Transitions Pro', 'transition écologique', 'transition énergétique',
      'transition numérique', 'transition digitale', 'transition agricole', 'transition de carrière', 'période de transition', 'phase de transition',
      'transition vers', 'transition entre', 'en transition vers', 'en transition entre', 'en transition professionnelle', 'en transition pro',
      'projet de transition professionnelle', 'PTP', 'transition collective', 'Transco', 'harcèlement sexuel', 'agression sexuelle', 'agressions sexuelles',
      'violences sexuelles', 'violence sexuelle', 'abus sexuels', 'abus sexuel', 'atteinte sexuelle', 'exhibition sexuelle', 'éducation sexuelle',
      'éducation à la sexualité', 'santé sexuelle', 'infection sexuellement transmissible', 'infections sexuellement transmissibles',
      'harcèlement sexiste', 'sans transition', 'transition entre deux', 'mutuelle gay', 'bi-hebdomadaire', 'bi hebdomadaire',
      'transition de poste', 'transition managériale', 'transition générationnelle',
    ],
    tag: 'bloc',
  },
  // dating apps and sites whose use tells an orientation or a sex life (gay, lesbian, queer, kink, libertine, extramarital):
  // findings by themselves, unless the sentence is about a job there
  { lemma: 'Grindr', forms: ['Scruff', "Jack'd", 'Blued', 'PlanetRomeo', 'Planet Romeo', 'GayRomeo', 'Gay Romeo', 'Growlr', 'Wapa', 'Taimi', 'Gayvox',
    'Bearwww', 'Chappy', 'Wyylde', 'NousLibertins', 'Nous Libertins', 'Fetlife', 'Feeld', 'Gleeden', 'Ashley Madison', 'Victoria Milan', 'Kinkoo',
    'Jacquie et Michel Contact', 'application de rencontre gay', 'applications de rencontre gay', 'appli de rencontre gay', 'applis de rencontre gay',
    'application de rencontres gay', 'site de rencontre gay', 'sites de rencontre gay', 'site de rencontres gay', 'application de rencontre lesbienne',
    'application de rencontres lesbiennes', 'site de rencontres homosexuelles', 'site de rencontre homosexuel', 'application de rencontre homosexuelle',
    'rencontres coquines', 'rencontre coquine', 'plan cul', "coup d'un soir", "coups d'un soir", "plans d'un soir", 'sexfriend', 'sex friend', 'sexfriends',
    'sexting'], tag: 'orientation:appli', confidence: 'high' },
  // the same, but also ordinary words or names: only as an app ("sur Hornet", "l'application Her")
  { lemma: 'Hornet', forms: ['Her', 'Romeo', 'Lex', 'Zoe', 'Coco'], tag: 'orientation:appli-nom', confidence: 'high' },
  // generic dating apps and sites: a sex life only for the person's own use ("ses rencontres sur Tinder", "il est inscrit sur Meetic")
  { lemma: 'Tinder', forms: ['Meetic', 'Bumble', 'Happn', 'Hinge', 'Fruitz', 'OkCupid', 'Badoo', 'Lovoo', 'Ourtime', 'AdopteUnMec', 'Adopte un mec',
    'Adopteunmec', 'eDarling', 'Disons Demain', 'Elite Rencontre', 'Attractive World', 'Plenty of Fish', 'Facebook Dating', 'application de rencontre',
    'applications de rencontre', 'application de rencontres', 'applications de rencontres', 'appli de rencontre', 'applis de rencontre',
    'appli de rencontres', 'applis de rencontres', 'site de rencontre', 'sites de rencontre', 'site de rencontres', 'sites de rencontres',
    'rencontres en ligne'], tag: 'orientation:rencontre', confidence: 'medium' },
];
