/**
 * Lexicon of `genetique-biometrie` (TAXONOMY §3.1 `donnees-genetiques-biometriques`, RGPD art. 4.13,
 * 4.14 and 9): genetic tests, predispositions, carrier status, hereditary and chromosomal diseases,
 * and the person's own biometric data (fingerprints, voice print, enrolled face).
 *
 * `tag` is `genetique` or `biometrie`; the suffix `:personne` asks the rule for a possessive or an
 * explicit collection of the person's data, because a workplace system described generically
 * ("pointeuse biométrique", "fabricant de lecteurs biométriques") is not a finding.
 *
 * Category boundary with `sante` (kept consistent with the eval labels, eval/README.md "hereditary
 * disease"): a disease qualified as genetic or hereditary, a chromosomal syndrome (trisomie, Turner,
 * Klinefelter, X fragile) and the well-known monogenic diseases named as such (mucoviscidose,
 * Huntington, drépanocytose, hémophilie, thalassémie, myopathie de Duchenne, amyotrophie spinale,
 * Marfan, neurofibromatose…) go here, and not also to `sante`; other named diseases stay in
 * `sante` (a bare "myopathie" or "hémochromatose" too: only their hereditary forms are named here).
 * A disease said to run in the family is reported by `sante` under this category.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';
import { fold } from '../../lib/lint/normalize.ts';
import { feminize, pluralize } from '../../lib/lint/lexicon.ts';

/** Nouns that take "génétique" / "héréditaire" as a genetic qualifier, with their gender. */
const GENETIC_HEADS: Array<[string, 'm' | 'f']> = [
  ['maladie', 'f'], ['pathologie', 'f'], ['affection', 'f'], ['anomalie', 'f'], ['mutation', 'f'], ['prédisposition', 'f'],
  ['test', 'm'], ['analyse', 'f'], ['dépistage', 'm'], ['bilan', 'm'], ['examen', 'm'], ['diagnostic', 'm'], ['risque', 'm'],
  ['facteur', 'm'], ['profil', 'm'], ['empreinte', 'f'], ['conseil', 'm'], ['consultation', 'f'], ['syndrome', 'm'],
  ['trouble', 'm'], ['problème', 'm'], ['origine', 'f'], ['cause', 'f'], ['terrain', 'm'], ['forme', 'f'], ['déficit', 'm'],
  ['désordre', 'm'], ['séquençage', 'm'], ['caractère', 'm'], ['antécédent', 'm'], ['hérédité', 'f'], ['transmission', 'f'],
  ['handicap', 'm'], ['surdité', 'f'], ['cécité', 'f'], ['myopathie', 'f'], ['porteur', 'm'], ['porteuse', 'f'],
  // the data itself and what is read from it
  ['donnée', 'f'], ['information', 'f'], ['patrimoine', 'm'], ['caractéristique', 'f'], ['marqueur', 'm'], ['variant', 'm'],
  ['variation', 'f'], ['altération', 'f'], ['défaut', 'm'], ['particularité', 'f'], ['statut', 'm'], ['identité', 'f'],
  ['généalogie', 'f'], ['ascendance', 'f'], ['héritage', 'm'], ['bagage', 'm'], ['carte', 'f'], ['suivi', 'm'], ['enquête', 'f'],
  ['surveillance', 'f'], ['résultat', 'm'], ['fragilité', 'f'], ['composante', 'f'], ['susceptibilité', 'f'],
];
const GENETIC_ADJ = ['génétique', 'héréditaire', 'chromosomique', 'génique', 'congénitale héréditaire'];

function geneticCombos(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [head, g] of GENETIC_HEADS) {
    const h = fold(head);
    const forms: string[] = [];
    for (const a of GENETIC_ADJ) {
      const adj = fold(a).split(' ');
      const fa = g === 'f' ? adj.map(feminize) : adj;
      forms.push(`${h} ${fa.join(' ')}`, `${pluralize(h)} ${fa.map(pluralize).join(' ')}`);
    }
    out.push({ lemma: `${head} génétique`, forms, tag: 'genetique', confidence: 'high' });
  }
  return out;
}

/** Monogenic diseases known as hereditary (lay and medical names, common misspellings). */
const MONOGENIC = [
  'chorée de Huntington', 'maladie de Huntington', 'Huntington', 'drépanocytose', 'anémie falciforme', 'hémophilie', 'hémophilie A',
  'hémophilie B', 'thalassémie', 'bêta-thalassémie', 'béta-thalassémie', 'myopathie de Duchenne', 'dystrophie musculaire de Duchenne',
  'myopathie de Becker', 'dystrophie musculaire de Becker', 'maladie de Steinert', 'dystrophie myotonique', 'amyotrophie spinale',
  'amyotrophie spinale infantile', 'syndrome de Marfan', 'maladie de Marfan', 'Marfan', 'neurofibromatose', 'maladie de Recklinghausen',
  'hémochromatose génétique', 'hémochromatose héréditaire', 'maladie de Charcot-Marie-Tooth', 'Charcot-Marie-Tooth', 'ataxie de Friedreich',
  'maladie de Gaucher', 'maladie de Fabry', 'maladie de Pompe', 'phénylcétonurie', 'maladie de Tay-Sachs', 'maladie de Wilson',
  'syndrome d’Ehlers-Danlos', 'maladie de Willebrand', 'polykystose rénale', 'rétinite pigmentaire héréditaire', 'maladie des os de verre',
  'ostéogenèse imparfaite', 'achondroplasie', 'syndrome de Rett', 'syndrome d’Angelman', 'syndrome de Prader-Willi', 'syndrome de Williams',
  'syndrome de Noonan', 'syndrome de Lesch-Nyhan', 'myopathie de Steinert', 'mucovisidose', 'huntigton',
];

export const GENETIQUE_LEXICON: LexiconEntry[] = [
  ...geneticCombos(),
  // --- tests and analyses
  { lemma: 'test ADN', forms: ["test d'ADN", 'tests ADN', "tests d'ADN", 'analyse ADN', "analyse d'ADN", 'analyses ADN', 'prélèvement ADN', "prélèvement d'ADN", 'profil ADN', 'empreinte ADN', 'test de paternité', 'tests de paternité', 'test de maternité', 'test de filiation', 'recherche de paternité', 'séquençage du génome', 'séquençage de son génome', 'séquençage de son ADN', 'séquençage ADN', 'génotypage', 'panel de gènes', 'test génomique', 'analyse génomique', 'analyse chromosomique', 'étude chromosomique', 'analyse de son ADN', 'prélèvement de son ADN', 'test de son ADN', 'échantillon d’ADN', 'échantillon de son ADN', 'maladie héritée', 'hérité de la maladie', 'héritée de la maladie', 'gène de la maladie'], tag: 'genetique', confidence: 'high' },
  // consumer DNA kits and the person's own DNA or genome
  { lemma: 'test ADN récréatif', forms: ['tests ADN récréatifs', 'test généalogique', 'tests généalogiques', 'test généalogique ADN', "test d'ascendance", "tests d'ascendance", 'test ancestral', 'test des origines', 'kit ADN', 'kits ADN', 'kit de test ADN', '23andMe', 'MyHeritage', 'MyHeritage DNA', 'AncestryDNA', 'Ancestry DNA', 'analyser son ADN', 'fait analyser son ADN', 'tester son ADN', 'fait tester son ADN', 'donné son ADN', 'donner son ADN', 'prélever son ADN', 'séquencer son ADN', 'séquencer son génome', 'séquençage de son exome', 'son génome', 'ses chromosomes'], tag: 'genetique', confidence: 'high' },
  { lemma: 'diagnostic préimplantatoire', forms: ['diagnostics préimplantatoires', 'diagnostic prénatal génétique', 'dépistage prénatal génétique', 'conseil génétique'], tag: 'genetique', confidence: 'high' },
  { lemma: 'prédisposition au cancer', forms: ['prédispositions au cancer', 'prédisposition aux cancers', 'prédisposition à certains cancers', 'prédisposition à la maladie', 'prédisposée au cancer', 'prédisposé au cancer', 'gène de prédisposition', 'gènes de prédisposition', 'syndrome de prédisposition', 'risque héréditaire', 'risques héréditaires'], tag: 'genetique', confidence: 'high' },
  { lemma: 'rendez-vous en génétique', forms: ['rendez-vous de génétique', 'consultation en génétique', 'consultation génétique', 'suivie en génétique', 'suivi en génétique', 'service de génétique', 'service de génétique médicale', 'unité de génétique'], tag: 'genetique' },
  { lemma: 'trait drépanocytaire', forms: ['porteur du trait drépanocytaire', 'porteuse du trait drépanocytaire', 'porteur de la drépanocytose', 'porteuse de la drépanocytose', 'conductrice de l’hémophilie', "porteuse de l'hémophilie", 'porteur de la thalassémie', 'porteuse de la thalassémie', 'FNAEG', 'fichier des empreintes génétiques', 'ADN prélevé', 'ADN a été prélevé', 'profil génétique enregistré'], tag: 'genetique', confidence: 'high' },
  { lemma: 'caryotype', inflect: 'noun', tag: 'genetique', confidence: 'high' },
  // laboratory words for a genetic test: the exome or genome analysed, a mutation searched, a predictive or presymptomatic test,
  // a gene panel, chromosome analysis, a person genotyped
  { lemma: 'exome', forms: ["séquençage de l'exome", "séquençage d'exome", "analyse de l'exome", "analyse d'exome", 'son génome', 'sa génome', 'leur génome',
    'génome entier', 'génome complet', 'séquençage génomique', 'analyse génomique', 'analyses génomiques', 'test génomique', 'tests génomiques', 'examen génomique',
    'examen des caractéristiques génétiques', 'médecine génomique', 'séquençage haut débit', 'puce à ADN', 'puces à ADN', 'CGH-array', 'ACPA',
    'recherche de mutation', 'recherche de mutations', 'recherche de la mutation', "recherche d'une mutation", 'recherche des mutations', 'recherche du gène',
    'recherche de gène', 'test de prédisposition', 'tests de prédisposition', 'test prédictif', 'tests prédictifs', 'test présymptomatique', 'tests présymptomatiques',
    'diagnostic présymptomatique', 'dépistage présymptomatique', 'diagnostic moléculaire', 'analyse chromosomique', 'analyses chromosomiques', 'panel de gènes',
    'panel génétique', 'génotypé', 'génotypée', 'génotypés', 'test BRCA', 'tests BRCA', 'test de Lynch', 'analyse de ses gènes', 'analyse de ses chromosomes',
    'tester ses gènes', 'fait tester ses gènes', 'enquête génétique familiale',
    // carrier and predisposition testing: "un test de porteuse", "une recherche de prédisposition génétique"
    'test de porteur', 'test de porteuse', 'tests de porteur', 'test de portage', 'tests de portage', 'recherche de portage', 'test de conductrice',
    'dépistage des porteurs', 'dépistage du portage', 'recherche de prédisposition', 'recherche de prédispositions', 'recherche de prédisposition génétique',
    'recherche d’une prédisposition', 'test de prédisposition génétique', 'bilan de prédisposition', 'dépistage génétique', 'dépistages génétiques',
    'test génétique prénatal'], tag: 'genetique', confidence: 'high' },
  // "pour savoir si elle est porteuse": a carrier status said without the disease; the rule wants a bare attribute and a test in the sentence
  // (not "porteuse de projet", "porteur de journaux")
  { lemma: 'porteur', forms: ['porteuse', 'porteurs', 'porteuses'], tag: 'genetique:porteur', confidence: 'medium' },
  // a gene named by its disease ("dépistés pour le gène de l'hémochromatose"): the rule checks the determiner, the
  // complement and a screening word ("la gêne" folds to the same letters; "il a le gène du commerce" is a figure of speech)
  { lemma: 'gène', forms: ['gènes'], tag: 'genetique:gene', confidence: 'high' },
  // the court's words for a paternity test
  { lemma: 'expertise ADN', forms: ["expertise d'ADN", 'expertises ADN', 'expertise génétique', 'expertises génétiques', 'expertise biologique de paternité',
    'expertise de paternité', 'expertise biologique en paternité', 'examen comparé des sangs', 'identification par empreintes génétiques', 'analyse de paternité',
    'comparaison ADN', "comparaison d'ADN", 'comparaison des ADN', 'test génétique de paternité', 'test ADN de paternité'], tag: 'genetique', confidence: 'high' },
  { lemma: 'oncogénétique', forms: ['consultation d’oncogénétique', 'consultation de génétique'], tag: 'genetique' },
  { lemma: 'généticien', forms: ['généticienne', 'généticiens'], tag: 'genetique:spec' },
  // --- predisposition, carrier status, genes
  { lemma: 'prédisposition familiale', forms: ['prédispositions familiales', 'forme familiale', 'cancer héréditaire', 'cancers héréditaires', 'gène défectueux', 'gène muté', 'anomalie du gène', 'mutation du gène', 'mutation de gène', 'mutation sur le gène', 'mutations du gène'], tag: 'genetique', confidence: 'high' },
  // "terrain familial de cancers", "un terrain familial (diabète, AVC)"; not the land ("construire sur le terrain familial")
  { lemma: 'terrain familial', forms: ['terrains familiaux'], tag: 'genetique', confidence: 'high',
    near: ['cancer', 'cancers', 'maladie', 'maladies', 'diabète', 'AVC', 'infarctus', 'risque', 'risques', 'prédisposition', 'antécédents', 'antécédent',
      'héréditaire', 'génétique', 'allergique', 'allergies', 'asthme', 'migraines', 'dépressif', 'dépression', 'cardiaque', 'cardiovasculaire', 'psychiatrique',
      'Alzheimer', 'Parkinson', 'hypertension', 'cholestérol', 'médecin', 'dépistage', 'surveillance', 'atteint', 'atteinte', 'tumeur', 'tumeurs'] },
  { lemma: 'héréditaire', inflect: 'noun', tag: 'genetique' },
  { lemma: 'gène BRCA', forms: ['gène BRCA1', 'gène BRCA2', 'gènes BRCA', 'gènes BRCA1', 'gènes BRCA2', 'BRCA1', 'BRCA2', 'BRCA', 'BRCA 1', 'BRCA 2', 'mutation BRCA', 'mutation BRCA1', 'mutation BRCA2', 'mutations BRCA', 'gène HNPCC', 'syndrome de Lynch', 'gène de Huntington', 'gène CFTR', 'mutation CFTR'], tag: 'genetique', confidence: 'high' },
  { lemma: 'porteur sain', forms: ['porteuse saine', 'porteurs sains', 'porteuses saines', 'porteur du gène', 'porteuse du gène', 'porteur de la mutation', 'porteuse de la mutation', "porteur d'une mutation", "porteuse d'une mutation", "porteur d'une anomalie génétique", "porteuse d'une anomalie génétique", 'porteur asymptomatique', 'porteuse asymptomatique', 'hétérozygote', 'hétérozygotes', 'homozygote', 'homozygotes'], tag: 'genetique', confidence: 'high' },
  // tissue typing (HLA): a genetic marker of the person ("typage HLA DQB1*06:02 positif", "porteur du HLA-B27"); the rule reads the allele after it
  { lemma: 'typage HLA', forms: ['typages HLA', 'groupage HLA', 'génotypage HLA', 'typage tissulaire', 'recherche HLA', 'antigène HLA', 'antigènes HLA',
    'compatibilité HLA', ...['B27', 'B51', 'B57', 'B5701', 'DQ2', 'DQ8', 'DQB1', 'DR4', 'DRB1'].flatMap((a) => [`HLA ${a}`, `HLA-${a}`])], tag: 'genetique:hla', confidence: 'high' },
  { lemma: 'HLA', upper: true, tag: 'genetique:hla', near: ['positif', 'positive', 'typage', 'typé', 'typée', 'porteur', 'porteuse', 'génotypage', 'compatible',
    'compatibles', 'compatibilité', 'allèle', 'allèles', 'antigène', 'groupage', 'recherche', 'négatif', 'négative'] },
  // --- chromosomal and genetic syndromes (see the category boundary above)
  { lemma: 'trisomie', forms: ['trisomie 21', 'trisomie 18', 'trisomie 13', 'syndrome de Down'], inflect: 'noun', tag: 'genetique', confidence: 'high' },
  { lemma: 'trisomique', inflect: 'noun', tag: 'genetique', confidence: 'high' },
  { lemma: 'mucoviscidose', tag: 'genetique', confidence: 'high' },
  // well-known monogenic diseases: the name says the disease is inherited
  ...MONOGENIC.map((lemma): LexiconEntry => ({ lemma, inflect: 'noun', tag: 'genetique', confidence: 'high' })),
  { lemma: 'hémophile', forms: ['hémophiles'], tag: 'genetique', confidence: 'high' },
  // patient associations named after a disease
  { lemma: 'Vaincre la mucoviscidose', forms: ['Association française contre les myopathies', 'AFM-Téléthon', 'Association française des hémophiles'], tag: 'bloc' },
  { lemma: 'drépanocytaire', forms: ['drépanocytaires', 'crise drépanocytaire', 'crises drépanocytaires'], tag: 'genetique', confidence: 'high' },
  { lemma: 'syndrome de l’X fragile', forms: ['X fragile', 'syndrome du X fragile', 'syndrome de Turner', 'syndrome de Klinefelter', 'anomalie chromosomique', 'anomalies chromosomiques', 'aberration chromosomique', 'maladie chromosomique', 'délétion chromosomique', 'microdélétion'], tag: 'genetique', confidence: 'high' },
  // --- biometrics: only the person's own data
  { lemma: 'empreinte digitale', inflect: 'adj', forms: ['empreintes', 'empreinte de la paume', 'empreintes de la paume', 'empreinte de sa paume', 'empreinte de sa main', 'empreinte de son doigt', 'empreinte du doigt', 'empreinte du pouce', 'empreinte de son pouce', 'contour de sa main', 'contour de la main', 'géométrie de la main', 'géométrie de sa main', 'empreinte palmaire', 'empreintes palmaires', 'empreinte vocale', 'empreintes vocales', 'empreinte de la voix', 'empreinte rétinienne', 'empreinte de la main', 'empreintes des doigts', 'géométrie de son visage', 'géométrie du visage', 'géométrie des mains', 'géométrie de ses mains', 'empreinte de son iris', 'scan de son iris', 'scan de ses iris', 'empreinte de sa voix', 'empreintes de ses doigts', 'réseau veineux de sa main', 'réseau veineux de son doigt', 'réseau veineux de sa paume', 'gabarit de sa main', 'modèle de son visage', 'photo de son iris', 'prise d’empreintes', 'relevé d’empreintes', 'relevés d’empreintes', 'prise des empreintes', 'relevé des empreintes'], tag: 'biometrie:personne', confidence: 'high' },
  { lemma: 'données biométriques', forms: ['donnée biométrique', 'relevé biométrique', 'relevés biométriques', 'gabarit biométrique', 'gabarits biométriques', 'identifiants biométriques', 'caractéristiques biométriques', 'enrôlement biométrique', 'enregistrement biométrique', 'biométrie', 'gabarit facial', 'modèle facial', 'enrôlement facial', 'empreinte faciale', 'image faciale'], tag: 'biometrie:personne', confidence: 'high' },
  // a body trait, when a possessive makes it the person's and the sentence is about identification ("scan de son iris")
  { lemma: 'visage', forms: ['iris', 'rétine', 'voix', 'main', 'paume', 'doigt', 'doigts', 'pouce', 'empreinte', 'veines', 'visages'], tag: 'biometrie:trait', confidence: 'high' },
  { lemma: 'reconnaissance faciale', forms: ['reconnaissance du visage', 'reconnaissance vocale', "reconnaissance de l'iris", "scan de l'iris", "scanner de l'iris", 'scan rétinien', 'scan de la rétine', 'lecture de l’iris', 'réseau veineux', 'reconnaissance du réseau veineux', 'signature vocale', 'biométrie vocale', 'biométrie faciale'], tag: 'biometrie:personne', confidence: 'medium' },
];
