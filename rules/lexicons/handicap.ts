/**
 * Lexicon of `handicap-statut`: administrative statuses and schemes that reveal a disability, a
 * long-term illness, a sick leave or an unfitness for work (TAXONOMY §3.1 `handicap-statut`).
 * They open rights, so counsellors may need them — but only in the dedicated field, never with
 * their medical cause.
 *
 * `tag` groups entries: `statut` (RQTH, AAH, invalidité…), `arret` (sick leave), `inaptitude`,
 * `dispositif` (Cap emploi, Agefiph, ESAT…), `accident` (work accident, occupational disease),
 * `amenagement` (therapeutic part-time, medical restrictions). A tag suffix after `:` is a matching
 * mode read by the rule: `:upper-ctx` (an acronym that needs context), `:personne` (needs an
 * explicit reference to the person).
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

const ARRET = "Indiquez la période d'indisponibilité (« indisponible jusqu'au … »), pas le motif.";

export const HANDICAP_LEXICON: LexiconEntry[] = [
  // --- RQTH and the employment obligation
  // dictation spells the letters: "R Q T H", "M D P H", "A A H" (dotted forms tokenise the same way)
  { lemma: 'RQTH', forms: ['R.Q.T.H.', 'R.Q.T.H', 'R Q T H'], tag: 'statut', confidence: 'high' },
  { lemma: 'reconnaissance de la qualité de travailleur handicapé', forms: ['reconnaissance de travailleur handicapé', 'reconnaissance travailleur handicapé', 'qualité de travailleur handicapé', 'reconnaissance en qualité de travailleur handicapé', 'reconnaissance de la qualité de travailleuse handicapée'], tag: 'statut', confidence: 'high' },
  { lemma: 'travailleur handicapé', forms: ['travailleuse handicapée', 'statut de travailleur handicapé', 'statut travailleur handicapé'], inflect: 'noun', tag: 'statut' },
  { lemma: 'BOETH', forms: ['BOE'], upper: true, tag: 'statut' },
  // "OETH" alone names the employer's obligation (a law, a course topic): a status only after "est", "statut", "relève de l'" (checked by the rule)
  { lemma: 'OETH', upper: true, tag: 'statut:oeth' },
  // notes' shorthand of the RQTH: "à la reco TH", "notif TH jusqu'en 2027"
  { lemma: 'reco TH', forms: ['reco RQTH', 'reconnaissance TH', 'statut TH', 'statut de TH', 'notif TH', 'notification TH', 'dossier TH', 'demande TH', 'demande de TH', 'reconnu TH', 'reconnue TH', 'renouvellement TH', 'renouvellement de la TH', 'reco travailleur handicapé', 'reco handicap'], tag: 'statut', confidence: 'high' },
  { lemma: 'TH', upper: true, tag: 'statut:upper-ctx', near: ['mdph', 'notif', 'notification', 'notifiée', 'reconnaissance', 'rqth', 'statut', 'cap', 'agefiph', 'reconnu', 'reconnue', 'obtenu', 'obtenue', 'renouvellement', 'renouvelée', 'dossier', 'reco', 'handicap'] },
  { lemma: "bénéficiaire de l'obligation d'emploi", forms: ["bénéficiaire de l'obligation d'emploi des travailleurs handicapés", "bénéficiaire de l'OETH", 'bénéficiaire OETH', 'bénéficiaire BOETH'], inflect: 'noun', tag: 'statut' },
  // the employer's obligation is not the person's status
  { lemma: "obligation d'emploi des travailleurs handicapés", forms: ["obligation d'emploi de travailleurs handicapés", "obligation d'emploi", 'emploi de travailleurs handicapés', 'recrutement de travailleurs handicapés', 'taux d’emploi de travailleurs handicapés'], tag: 'bloc' },
  { lemma: 'reconnaissance du handicap', forms: ['handicap reconnu', 'taux de handicap'], tag: 'statut' },
  // the employer's recognition of the heavy burden of an employee's disability, and the aid it opens: about one person
  { lemma: 'reconnaissance de la lourdeur du handicap', forms: ['reconnaissance de lourdeur du handicap', 'reconnaissance de la lourdeur de handicap', 'lourdeur du handicap',
    'lourdeur de son handicap', 'aide à l’emploi des travailleurs handicapés', 'aide à l’emploi du travailleur handicapé', 'aide à l’emploi des TH',
    'aide à l’emploi pour les travailleurs handicapés', 'aide à l’emploi d’un travailleur handicapé', 'aide à l’emploi de travailleurs handicapés'], tag: 'statut:employeur', confidence: 'high' },
  { lemma: 'RLH', forms: ['AETH'], upper: true, tag: 'statut:employeur' },
  // attendance allowances and parental presence: a dependency or a child's serious illness
  { lemma: 'majoration pour tierce personne', forms: ['allocation compensatrice pour tierce personne', 'allocation compensatrice tierce personne',
    'prestation complémentaire pour recours à tierce personne', 'allocation journalière de présence parentale', 'congé de présence parentale',
    'allocation personnalisée d’autonomie', 'complément AEEH', 'complément d’AEEH'], tag: 'statut' },
  { lemma: 'ACTP', forms: ['AJPP', 'PCRTP'], upper: true, tag: 'statut' },
  { lemma: 'MTP', upper: true, tag: 'statut:upper-ctx', near: ['majoration', 'tierce', 'invalidité', 'pension', 'perçoit', 'touche', 'bénéficie', 'rente', 'catégorie'] },
  { lemma: 'carte de priorité', forms: ['carte priorité', 'carte de priorité handicap', 'CMI priorité', 'CMI invalidité', 'CMI stationnement', 'CMI-invalidité', 'CMI-priorité', 'CMI-stationnement', 'carte d’invalidité civile', 'carte station debout pénible'], tag: 'statut' },
  // --- MDPH, CDAPH and disability allowances
  { lemma: 'MDPH', forms: ['M.D.P.H.', 'M D P H', 'maison départementale des personnes handicapées', 'CDAPH', 'commission des droits et de l’autonomie des personnes handicapées'], tag: 'statut', confidence: 'high' },
  { lemma: 'AAH', forms: ['A A H', 'A.A.H.'], upper: true, tag: 'statut', confidence: 'high' },
  { lemma: 'allocation aux adultes handicapés', forms: ['allocation adulte handicapé', 'allocation adultes handicapés', 'allocation pour adulte handicapé', "allocation d'adulte handicapé"], tag: 'statut', confidence: 'high' },
  { lemma: 'PCH', forms: ['AEEH'], upper: true, tag: 'statut' },
  { lemma: 'prestation de compensation du handicap', forms: ["allocation d'éducation de l'enfant handicapé", 'complément de ressources', 'majoration pour la vie autonome'], tag: 'statut' },
  { lemma: 'CMI', upper: true, tag: 'statut:upper-ctx', near: ['carte', 'invalidité', 'priorité', 'stationnement', 'mention', 'mdph', 'titulaire', 'obtenu', 'possède', 'dispose', 'demande'] },
  { lemma: 'carte mobilité inclusion', forms: ["carte d'invalidité", 'carte de priorité pour personne handicapée', 'carte européenne de stationnement', 'carte de stationnement pour personnes handicapées', 'carte de stationnement handicapé', 'macaron handicapé'], inflect: 'noun', tag: 'statut' },
  // --- invalidity, incapacity
  { lemma: 'invalidité', inflect: 'noun', tag: 'statut' },
  { lemma: "pension d'invalidité", forms: ["rente d'invalidité", "taux d'invalidité", "taux d'incapacité", 'incapacité permanente', 'incapacité permanente partielle', 'rente AT', "rente d'accident du travail",
    // an incapacity pension after a work accident or an occupational disease
    "rente d'incapacité", "rente d'incapacité permanente", 'rente accident du travail', 'rente accident de travail', "rente d'accident de travail",
    'rente AT/MP', 'rente ATMP', 'rente de maladie professionnelle', 'rente maladie professionnelle', "taux d'IPP", 'taux IPP',
    "taux d'incapacité permanente", "allocation temporaire d'invalidité", "rente viagère d'invalidité", "allocation supplémentaire d'invalidité"], inflect: 'noun', tag: 'statut', confidence: 'high' },
  // Swiss, Belgian and Québec disability insurance: "rente AI", "dossier à l'office AI", "allocation d'intégration", "rente d'invalidité de la RRQ"
  { lemma: 'rente AI', forms: ['rentes AI', "rente de l'AI", 'demi-rente AI', 'quart de rente AI', 'office AI', "l'office AI", "office de l'assurance-invalidité",
    'assurance-invalidité', 'rentier AI', 'rentière AI', 'reclassement AI', 'réadaptation AI',
    'allocation de remplacement de revenus', 'reconnaissance AVIQ', 'reconnu AVIQ', 'reconnue AVIQ', 'reconnaissance PHARE',
    "prestations d'invalidité", "prestation d'invalidité", 'rente d’invalidité de la RRQ', 'invalidité RRQ',
    'en invalidité longue durée', 'assurance invalidité longue durée'], tag: 'statut', confidence: 'high' },
  // "AI" is also artificial intelligence ("demande AI" for a chatbot project) and "allocation d'intégration" a generic wording:
  // these need the disability insurance in the clause
  { lemma: 'demande AI', forms: ['dossier AI', 'mesures AI', 'mesure AI', "allocation d'intégration", "allocations d'intégration"], tag: 'statut',
    near: ['office', 'rente', 'invalidité', 'assurance-invalidité', 'handicap', 'réadaptation', 'reclassement', 'AVIQ', 'SPF', 'PHARE', 'Iriscare', 'reconnaissance', 'reconnu', 'reconnue', 'accident', 'maladie', 'santé'] },
  { lemma: 'IPP', upper: true, tag: 'statut:upper-ctx', near: ['taux', 'incapacité', 'rente', 'accident', '%', 'reconnu', 'reconnue', 'consolidation'] },
  { lemma: 'invalide', inflect: 'adj', tag: 'statut:personne' },
  { lemma: 'reconnu invalide', forms: ['reconnue invalide', 'déclaré invalide', 'déclarée invalide', 'mis en invalidité', 'mise en invalidité', 'classé en invalidité', 'classée en invalidité', 'placé en invalidité', 'placée en invalidité'], tag: 'statut', confidence: 'high' },
  // --- long-term illness
  { lemma: 'ALD', forms: ['A L D', 'A.L.D.'], upper: true, tag: 'statut', confidence: 'high' },
  { lemma: 'affection de longue durée', forms: ['affection longue durée', 'affections de longue durée', 'affection de longue durée exonérante'], tag: 'statut', confidence: 'high' },
  // --- sick leave
  { lemma: 'arrêt maladie', forms: ['arrêt-maladie', 'arrêts maladie', 'arrêts-maladie', 'arrêt de travail', 'arrêts de travail', 'arrêt pour maladie', 'arrêt longue maladie', 'arrêt de longue durée', 'arrêt prolongé', "prolongation d'arrêt", "prolongation de son arrêt", 'congé maladie', 'congé de maladie', 'congés maladie', 'congé longue maladie', 'congé de longue maladie', 'congé de longue durée', 'congé longue durée', 'congé de maladie ordinaire', 'arrêt post-opératoire', 'arrêt maladie prolongé', 'congé pour maladie', 'congé maladie longue durée', 'prolongation de son arrêt maladie', 'avis d’arrêt de travail', 'certificat d’arrêt de travail', 'arrêt longue durée', 'arrêts longue durée', 'arrêt de très longue durée', 'long arrêt maladie', 'long arrêt de travail', 'arrêt maladie de longue durée', 'arrêt maladie longue durée',
    // English in notes: "en sick leave depuis mars", "sick leave de trois mois"
    // the cause named with the leave: "arrêt AT 4 mois", "arrêt MP depuis mars"; Belgian and Québec wording
    'arrêt AT', 'arrêts AT', 'arrêt MP', 'arrêt AT/MP', 'arrêt ATMP', 'arrêt accident du travail', 'arrêt accident de travail', 'arrêt pour accident du travail',
    'arrêt pour AT', 'arrêt maladie professionnelle', 'arrêt pour maladie professionnelle', 'incapacité de travail',
    'en incapacité de travail', 'en congé de maladie', 'congé maladie prolongé', 'lésion professionnelle',
    'sick leave', 'sick-leave', 'sick leaves', 'medical leave', 'sick note'], tag: 'arret', confidence: 'high', note: ARRET },
  { lemma: 'en arrêt', forms: ['mis en arrêt', 'mise en arrêt', 'placé en arrêt', 'placée en arrêt'], tag: 'arret:en', note: ARRET },
  // bare "arrêt" after a duration or a possessive ("six mois d'arrêt", "son arrêt se termine"), checked by the rule
  { lemma: 'arrêt', forms: ['arrêts'], tag: 'arret:nu', note: ARRET },
  // "arrêtée jusqu'au 30/04", "arrêté par son médecin", "arrêtée trois semaines" (not a police arrest), checked by the rule
  { lemma: 'arrêté', forms: ['arrêtée', 'arrêtés', 'arrêtées'], tag: 'arret:arrete', note: ARRET },
  // "il est en AT depuis mars": the acronym of a work accident after "en"
  { lemma: 'AT', upper: true, tag: 'arret:at', note: ARRET },
  { lemma: 'en accident du travail', forms: ['en accident de travail', 'en maladie professionnelle', 'en longue maladie', 'en congé maladie', 'en maladie'], tag: 'arret', confidence: 'high', note: ARRET },
  { lemma: "retour d'arrêt", forms: ['reprise après arrêt'], tag: 'arret', note: ARRET },
  // public-sector leave acronyms after "en", a possessive or a leave word: "en CLM depuis dix-huit mois", "son CMO", "placée en CGM"
  { lemma: 'CLM', forms: ['CMO', 'CGM', 'CITIS'], upper: true, tag: 'arret:sigle', note: ARRET },
  { lemma: 'congé de grave maladie', forms: ['congé grave maladie', 'congé pour invalidité temporaire imputable au service', 'disponibilité d’office pour raison de santé', 'disponibilité d’office pour raisons de santé', 'disponibilité pour raison de santé', 'disponibilité d’office pour maladie'], tag: 'arret', confidence: 'high', note: ARRET },
  // "CLD" is also a long-term jobseeker ("public CLD"): only with a civil-service or leave word
  { lemma: 'CLD', upper: true, tag: 'arret:upper-ctx', near: ['fonctionnaire', 'agent', 'agente', 'titulaire', 'congé', 'placé', 'placée', 'fonction', 'publique', 'collectivité', 'mairie', 'hôpital', 'rectorat',
    // the civil service's sick-leave vocabulary: "attaché territorial en CLD", "reprise avec le médecin agréé", "comité médical"
    'territorial', 'territoriale', 'hospitalier', 'hospitalière', 'attaché', 'attachée', 'agréé', 'agréée', 'comité', 'médical', 'médicale', 'réintégration', 'CLM', 'CMO', 'maladie', 'arrêt', 'thérapeutique', 'statutaire', 'gendarme', 'militaire', 'enseignant', 'enseignante', 'professeur'] },
  // the health insurance's medical control reveals a sick leave: "convoqué par le médecin conseil", "contrôle de la CPAM"
  { lemma: 'médecin conseil', forms: ['médecin-conseil', 'médecins conseils', 'médecins-conseils', 'médecin conseil de la CPAM', 'médecin-conseil de la CPAM',
    'médecin conseil de la sécu', 'médecin-conseil de la sécu', 'médecin conseil de la Sécurité sociale', "médecin conseil de l'Assurance maladie",
    ...['convoqué', 'convoquée', 'convoqués', 'convoquées', 'vu', 'vue', 'contrôlé', 'contrôlée', 'examiné', 'examinée'].flatMap((v) => [`${v} par le médecin conseil`, `${v} par le médecin-conseil`]),
    'contrôle du médecin conseil', 'contrôle du médecin-conseil', 'contre-visite médicale', 'contre-visite', 'contrôle médical de la CPAM',
    "contrôle de l'arrêt", 'contrôle de son arrêt', 'service médical de la CPAM'], tag: 'arret:controle', note: ARRET },
  { lemma: 'indemnités journalières', forms: ['indemnités journalières maladie', 'IJ maladie', 'IJSS', 'indemnités journalières de la sécurité sociale'], tag: 'arret' },
  // "six mois d'IJ", "en IJ depuis mars", "touche des IJ": the rule checks the duration or the leave words around
  { lemma: 'IJ', upper: true, tag: 'arret:ij', note: ARRET },
  // an elderly relative's dependency: "sa mère, en GIR 2", "classé GIR 3", "l'APA de sa mère" (the rule checks the level or the relative)
  { lemma: 'GIR', upper: true, tag: 'statut:gir' },
  { lemma: 'APA', upper: true, tag: 'statut:apa' },
  { lemma: 'groupe iso-ressources', forms: ['groupe iso ressources', 'perte d’autonomie', 'en perte d’autonomie', 'grabataire', 'grabataires', 'dépendance lourde', 'personne âgée dépendante'], tag: 'statut:apa' },
  { lemma: 'visite de pré-reprise', forms: ['visite de préreprise', 'visite de reprise', 'visite médicale de reprise', 'visite de pré reprise'], inflect: 'noun', tag: 'amenagement' },
  // --- unfitness
  { lemma: 'inapte', inflect: 'adj', tag: 'inaptitude', confidence: 'high' },
  { lemma: 'déclaré inapte', forms: ['déclarée inapte', 'déclarés inaptes', 'déclarées inaptes', 'reconnu inapte', 'reconnue inapte', 'jugé inapte', 'jugée inapte', 'a été déclaré inapte', 'déclaré inapte au poste', 'déclarée inapte au poste'], tag: 'inaptitude', confidence: 'high' },
  { lemma: 'inaptitude', inflect: 'noun', tag: 'inaptitude', confidence: 'high' },
  { lemma: 'licenciement pour inaptitude', forms: ['licencié pour inaptitude', 'licenciée pour inaptitude', "avis d'inaptitude", 'inaptitude médicale', 'inaptitude définitive', 'inaptitude au poste', 'inaptitude professionnelle', 'reclassement pour inaptitude', 'reclassement médical', 'reclassement pour raison de santé', 'reclassement pour raisons de santé'], tag: 'inaptitude', confidence: 'high' },
  { lemma: 'apte avec réserves', forms: ['apte avec restrictions', "avis d'aptitude avec réserves", 'aptitude avec réserves', 'aptitude avec restrictions', 'restrictions médicales', "restrictions d'aptitude", 'restriction médicale', 'préconisations du médecin du travail', 'contre-indication médicale', 'contre-indications médicales'], tag: 'amenagement' },
  // --- therapeutic part-time
  { lemma: 'temps partiel thérapeutique', forms: ['temps partiels thérapeutiques', 'mi-temps thérapeutique', 'mi temps thérapeutique', 'mi-temps thérapeutiques', 'reprise thérapeutique', 'TPT',
    // long forms: "temps partiel pour motif thérapeutique", "mi-temps pour raisons médicales"
    ...['temps partiel', 'mi-temps', 'mi temps', 'reprise à temps partiel', 'reprise'].flatMap((h) => ['pour motif thérapeutique', 'pour motifs thérapeutiques', 'pour raison thérapeutique', 'pour raisons thérapeutiques', 'pour motif médical', 'pour motifs médicaux', 'pour raison médicale', 'pour raisons médicales', 'pour raison de santé', 'pour raisons de santé', 'pour motif de santé'].map((t) => `${h} ${t}`)),
    'temps partiel médical', 'mi-temps médical', 'temps partiel thérapeutique', 'TPMT'], tag: 'amenagement', confidence: 'high' },
  // --- work accident, occupational disease
  { lemma: 'accident du travail', forms: ['accident de travail', 'accidents du travail', 'accidents de travail', 'accident de trajet', 'AT/MP', 'AT-MP', 'ATMP',
    // the civil service's and the armed forces' names for the same: "accident de service", "maladie imputable au service", "CITIS"
    'accident de service', 'accidents de service', 'accident imputable au service', 'accident reconnu imputable au service', 'maladie imputable au service',
    'maladie reconnue imputable au service', 'congé pour invalidité temporaire imputable au service', 'blessure en service', 'blessé en service', 'blessée en service'], tag: 'accident', confidence: 'high' },
  { lemma: 'CITIS', upper: true, tag: 'arret' },
  { lemma: 'maladie professionnelle', inflect: 'noun', forms: ['maladie pro'], tag: 'accident', confidence: 'high' },
  // --- specialised schemes that reveal a disability status
  { lemma: 'Cap emploi', forms: ['Cap-emploi', 'Capemploi'], tag: 'dispositif' },
  { lemma: 'Agefiph', forms: ['AGEFIPH', 'FIPHFP'], tag: 'dispositif' },
  // going back to or leaving the ESAT is the person's sheltered work too: "retour progressif à l'ESAT", "a quitté l'ESAT"
  { lemma: 'ESAT', forms: ['E.S.A.T.', 'CAT'], upper: true, tag: 'dispositif:upper-ctx', near: ['travaille', 'travaillé', 'orienté', 'orientée', 'orientation', 'admis', 'admise', 'intégré', 'intégrer', 'intégrée', 'accueilli', 'accueillie', 'notification', 'sorti', 'sortie', 'sortir', 'sort', 'depuis', 'il', 'elle', 'adhérent', 'adhérente', 'retour', 'retourner', 'retourne', 'reprise', 'reprendre', 'reprend', 'quitté', 'quitter', 'quitte', 'usager', 'usagère', 'travailleur', 'travailleuse', 'placé', 'placée'] },
  // school schemes and institutions decided by the MDPH for a child or a young person with a disability (not SEGPA: academic difficulties)
  { lemma: 'ULIS', forms: ['CLIS', 'UPI', 'IME', 'ITEP', 'SESSAD', 'IEM', 'IMPRO', 'IMPro', 'DITEP', 'SAMSAH'], upper: true, tag: 'dispositif:ecole' },
  { lemma: 'unité localisée pour l’inclusion scolaire', forms: ['unités localisées pour l’inclusion scolaire', 'classe ULIS', 'dispositif ULIS', 'institut médico-éducatif', 'instituts médico-éducatifs', 'institut médico-professionnel', 'institut thérapeutique éducatif et pédagogique', 'service d’éducation spéciale et de soins à domicile', 'institut d’éducation motrice', 'foyer d’accueil médicalisé', 'maison d’accueil spécialisée', 'orientation MDPH', 'notification MDPH'], tag: 'dispositif:ecole' },
  // adult disability facilities and support services decided by the CDAPH (a workplace in a job sentence: see the rule)
  { lemma: 'foyer de vie', forms: ['foyers de vie', 'foyer occupationnel', 'foyers occupationnels', 'foyer d’hébergement pour adultes handicapés',
    'foyer d’hébergement pour travailleurs handicapés', 'foyer d’hébergement ESAT', 'établissement d’accueil médicalisé', 'établissement d’accueil non médicalisé',
    'service d’accompagnement à la vie sociale', 'service d’accompagnement médico-social pour adultes handicapés', 'établissement pour enfants et adolescents polyhandicapés',
    'foyer d’accueil médicalisé pour adultes handicapés', 'foyers d’accueil médicalisés', 'maisons d’accueil spécialisées', 'accueil de jour pour adultes handicapés',
    'orientation en foyer de vie', 'orientation en MAS', 'orientation en FAM', 'orientation SAVS', 'orientation SAMSAH', 'orientation FAM', 'orientation MAS'], tag: 'dispositif:ecole' },
  { lemma: 'FAM', forms: ['MAS', 'SAVS', 'EAM', 'EANM', 'EEAP', 'SAJ', 'AJ-PH'], upper: true, tag: 'dispositif:ecole', near: ['vit', 'vivait', 'réside', 'résidait', 'résident', 'résidente', 'hébergé', 'hébergée', 'hébergement', 'accueilli', 'accueillie', 'admis', 'admise', 'orienté', 'orientée', 'orientation', 'notification', 'mdph', 'cdaph', 'place', 'entrée', 'entré', 'sorti', 'sortie', 'accompagné', 'accompagnée', 'accompagnement', 'suivi', 'suivie', 'usager', 'usagère', 'attente', 'liste', 'fils', 'fille', 'frère', 'sœur'] },
  { lemma: 'AESH', upper: true, tag: 'dispositif:upper-ctx', near: ['notifié', 'notifiée', 'notification', 'accompagné', 'accompagnée', 'bénéficie', 'bénéficiait', 'scolarité', 'scolarisé', 'scolarisée', 'heures', 'mdph'] },
  { lemma: 'établissement et service d’aide par le travail', forms: ['entreprise adaptée', 'entreprises adaptées', 'emploi accompagné', 'dispositif emploi accompagné', "centre de rééducation professionnelle", 'rééducation professionnelle', 'centre de réadaptation professionnelle', 'réadaptation professionnelle', 'ESRP', 'ESPO', 'UEROS', 'SAMETH', 'prestation d’appui spécifique', 'prestations d’appui spécifiques', "orientation en milieu protégé", 'milieu protégé', 'milieu ordinaire de travail avec accompagnement'], tag: 'dispositif' },
  { lemma: 'PAS', upper: true, tag: 'dispositif:upper-ctx', near: ['agefiph', 'handicap', 'prestation', 'appui', 'cap', 'psychique', 'auditif', 'visuel', 'moteur', 'mental'] },
  { lemma: 'CRP', upper: true, tag: 'dispositif:upper-ctx', near: ['rééducation', 'orienté', 'orientée', 'orientation', 'formation', 'stage', 'entrée', 'intégrer', 'intégré', 'admis', 'admise', 'mdph'] },
];
