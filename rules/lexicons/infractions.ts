/**
 * Lexicon of the `infractions` rule: offences, convictions, sentences and their execution,
 * detention, probation and judicial follow-up, police custody, pending cases, driving offences.
 * RGPD art. 10; TAXONOMY.md §3.2 `infractions-condamnations`.
 *
 * Domestic violence and harassment between partners ("violences conjugales", "harcèlement de
 * son ex") are `vie-privee` in the corpora: absent here, and offences next to a partner word are
 * left to that rule. Civil labour disputes (prud'hommes) are not offences.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

type Spec = string | [string, string[]];
const entries = (tag: string, list: Spec[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  list.map((s) => (typeof s === 'string' ? { lemma: s, tag, ...extra } : { lemma: s[0], forms: s[1], tag, ...extra }));

/** Sentences, measures and procedures: findings by themselves. */
const MEASURES = entries('mesure', [
  ['garde à vue', ['gardes à vue', 'garde-à-vue', 'placé en garde à vue', 'placée en garde à vue']],
  ['bracelet électronique', ['bracelets électroniques', 'bracelet anti-rapprochement', 'bracelets anti-rapprochement', 'bracelet antirapprochement', 'bracelet anti rapprochement',
    'dispositif anti-rapprochement', 'dispositif antirapprochement', 'bracelet anti-rapprochements', 'surveillance électronique', 'placement sous surveillance électronique', 'bracelet électronique mobile', 'détention à domicile sous surveillance électronique']],
  ['semi-liberté', ['semi liberté', 'quartier de semi-liberté', 'centre de semi-liberté', 'placement extérieur', 'libération conditionnelle', 'libéré sous condition', 'libération sous contrainte', 'permission de sortir', 'permissions de sortir',
    'placement à l’extérieur', "placement à l'extérieur", 'en conditionnelle',
    // release measures said with the participle: "libéré sous contrainte", "libérée conditionnellement", "sortie sèche"
    'libéré sous contrainte', 'libérée sous contrainte', 'libérés sous contrainte', 'libérée sous condition', 'libéré conditionnellement',
    'libérée conditionnellement', 'libéré en libération conditionnelle', 'en libération conditionnelle', 'en libération sous contrainte',
    'libérée en conditionnelle', 'libéré par anticipation', 'libérée par anticipation', 'sortie sèche', 'sorties sèches',
    'libéré avec un bracelet', 'libérée avec un bracelet', 'placé sous bracelet', 'placée sous bracelet', 'liberté conditionnelle', 'sort en conditionnelle', 'libéré en conditionnelle',
    'sous bracelet', 'pose du bracelet', 'pose de son bracelet', 'sous surveillance électronique', 'détention à domicile', 'sous PSE', 'sous DDSE']],
  ['contrôle judiciaire', ['sous contrôle judiciaire', 'mis en examen', 'mise en examen', 'mise en examen', 'mis en examens', 'comparution immédiate', 'comparution devant le tribunal', 'détention provisoire', 'mandat de dépôt', "mandat d'arrêt", 'assignation à résidence', 'assigné à résidence', 'assignée à résidence',
    "juge d'instruction", "juge des libertés et de la détention", 'mis en cause dans', 'mise en cause dans',
    // penal measures of neighbouring countries in their own words: Germany and Austria, Switzerland, the United Kingdom and Ireland, Spain,
    // Portugal, Italy ("a reçu un Strafbefehl", "expulsion pénale de Suisse", "Community order de 120 heures", "sort de prisión provisional")
    'Strafbefehl', 'Strafbefehle', 'Geldstrafe', 'Freiheitsstrafe', 'Bewährungsstrafe', 'Untersuchungshaft', 'Haftstrafe', 'Jugendstrafe', 'Haftbefehl',
    'expulsion pénale', 'expulsions pénales', 'peine pécuniaire', 'peines pécuniaires', 'peine privative de liberté avec sursis',
    'community order', 'community orders', 'suspended sentence', 'custodial sentence', 'probation order', 'unpaid work requirement', 'criminal conviction',
    'prisión provisional', 'prisión preventiva', 'libertad condicional', 'libertad vigilada', 'orden de alejamiento', 'trabajos en beneficio de la comunidad',
    'prisão preventiva', 'pena suspensa', 'custodia cautelare', 'arresti domiciliari', 'affidamento in prova',
    'mis en cause dans une affaire', 'enquête pénale', 'enquête de police', 'enquête de gendarmerie', 'enquête préliminaire', 'information judiciaire',
    'sous le coup d’une enquête', "sous le coup d'une enquête", 'sous le coup d’une procédure', "sous le coup d'une procédure",
    'convoqué devant le tribunal', 'convoquée devant le tribunal', 'convoqué devant le juge', 'convoquée devant le juge', 'convocation devant le juge',
    'convocation devant le tribunal', 'convoqué au commissariat', 'audition libre', 'en audition libre', 'auditionné par la police', 'auditionnée par la police',
    'auditionné par les gendarmes', 'auditionnée par les gendarmes', 'dépôt de plainte contre lui', 'dépôt de plainte contre elle']],
  ['sursis probatoire', ["sursis avec mise à l'épreuve", "mise à l'épreuve", 'sursis simple', 'mesure de probation', 'suivi de probation', 'suivi socio-judiciaire', 'obligation de soins', 'injonction de soins', 'interdiction de paraître', 'interdiction du territoire', "interdiction d'exercer", 'interdiction de séjour',
    // bans pronounced by a court: to run a company, a trade, contact, a territory, weapons, stadiums
    'interdiction de gérer', 'interdictions de gérer', 'interdiction de diriger', 'faillite personnelle', "interdiction d'exercer une activité professionnelle", 'interdiction professionnelle',
    // the same bans said of the person as a participle: "interdit de séjour à Lyon", "interdite de paraître dans le Var"
    // (before a verb only the feminine: "il est interdit de paraître / de gérer…" is also impersonal)
    'interdit de séjour', 'interdite de séjour', 'interdite de paraître',
    'interdit du territoire', 'interdite du territoire', 'interdit de territoire', 'interdite de territoire', 'interdite de gérer',
    'interdiction de territoire', 'interdiction du territoire français', 'interdiction de contact', "interdiction d'entrer en contact", 'interdiction de détenir une arme',
    // the complementary penalty of animal cruelty
    'interdiction de détenir un animal', 'interdiction de détenir des animaux', 'interdiction de détenir un chien', 'interdiction de détenir un animal de compagnie',
    'interdiction définitive de détenir un animal', 'interdiction définitive de détenir des animaux', "interdiction d'avoir un animal", "interdiction d'avoir des animaux",
    'interdiction de porter une arme', 'interdiction de stade', 'interdiction administrative de stade', 'interdiction de conduire', 'interdiction de quitter le territoire',
    'interdiction des droits civiques', 'privation des droits civiques', 'interdiction de travailler avec des mineurs', 'inscrit au FIJAIS', 'inscrite au FIJAIS', 'inscription au FIJAIS']],
  ["travail d'intérêt général", ["travaux d'intérêt général", "heures de travail d'intérêt général", "peine de travail d'intérêt général",
    // the legal wording and its neighbours' names: "travail au profit de la collectivité", Belgian "peine de travail", Québec "travaux communautaires"
    'travail au profit de la collectivité', 'travaux au profit de la collectivité', 'heures au profit de la collectivité', "travail non rémunéré au profit de la collectivité",
    'peine de travail', 'peines de travail', 'peine de travail autonome', "travail d'utilité publique", "travaux d'utilité publique", 'service communautaire', 'travaux communautaires',
    'heures de travaux communautaires', 'heures de service communautaire', 'community service', 'TIG-TNR']],
  ['peine de prison', ["peine d'emprisonnement", 'peine de prison avec sursis', 'peine de prison ferme', 'peine avec sursis', 'peine ferme',
    'peine alternative', 'peine de probation', 'peine privative de liberté', 'peine de détention', 'peines de prison', 'aménagement de peine',
    'aménagements de peine', 'réduction de peine', 'remise de peine', 'exécution de peine', 'exécution de sa peine', 'purge une peine',
    'purge sa peine', 'purger sa peine', 'purger une peine', 'purgé sa peine', 'purgé une peine', 'purgeait sa peine', 'fin de peine',
    'prison avec sursis', 'prison ferme', 'emprisonnement', 'réclusion', 'réclusion criminelle', 'condamnation pénale', 'condamnations pénales',
    'amende pénale', 'effectue sa peine', 'effectué sa peine', 'effectuer sa peine', 'exécute sa peine', 'exécuté sa peine', 'exécuter sa peine',
    'finit sa peine', 'fini sa peine', 'finir sa peine', 'termine sa peine', 'terminé sa peine', 'terminer sa peine', 'pendant sa peine', 'durant sa peine',
    'à la fin de sa peine', 'depuis la fin de sa peine', 'reliquat de peine', 'peine à effectuer', 'peine à purger', 'purgé une peine de', 'purgé sa peine de',
    'prison ferme', 'mois ferme', 'ans ferme', 'an ferme', 'mois fermes', 'ans fermes', 'années ferme', 'années fermes', 'mois avec sursis', 'ans avec sursis', 'mois de sursis', 'ans de sursis']],
  ['incarcéré', ['incarcérée', 'incarcérés', 'incarcérées', 'incarcération', 'écroué', 'écrouée', 'emprisonné', 'emprisonnée', 'ex-détenu',
    'ex-détenue', 'ex-détenus', 'ancien détenu', 'ancienne détenue', 'codétenu', 'codétenus', 'codétenue', 'sous main de justice',
    'placé sous main de justice', 'placée sous main de justice', 'sortie de détention', 'sortant de détention', 'sorti de détention',
    'sortie de détention', 'sort de prison', 'sorti de prison', 'sortie de prison', 'sortant de prison', 'sortante de prison', 'sortir de prison',
    'libéré de prison', 'libérée de prison', 'sorti de maison d\'arrêt', "sortie de maison d'arrêt", 'passé carcéral', 'parcours carcéral',
    'expérience carcérale', 'séjour en prison', 'séjours en prison', 'fait de la prison', 'faisait de la prison',
    'fait de la taule', 'derrière les barreaux', 'en taule', 'en zonzon', 'en cabane',
    'sortant de détention', 'sortie de détention', 'sortant de centre de détention', 'libéré en fin de peine', 'levée d’écrou', "levée d'écrou"]],
  ['composition pénale', ['rappel à la loi', 'médiation pénale', 'ordonnance pénale', 'plaider-coupable', 'stage de citoyenneté',
    'stage de récupération de points', 'récupération de points', 'retrait de points', 'perte de points', 'stage de sensibilisation à la sécurité routière',
    // alternatives to prosecution and their court-ordered courses: "stage de sensibilisation aux dangers des stupéfiants", "délégué du procureur"
    ...['stage', 'stages'].flatMap((s) => [`${s} de sensibilisation aux dangers des stupéfiants`, `${s} de sensibilisation aux dangers de l'usage de stupéfiants`,
      `${s} de sensibilisation aux dangers de l'usage de produits stupéfiants`, `${s} de sensibilisation aux dangers de l’usage de produits stupéfiants`,
      `${s} de sensibilisation aux dangers du cannabis`, `${s} de sensibilisation aux violences conjugales`, `${s} de sensibilisation aux violences sexistes`,
      `${s} de responsabilité parentale`, `${s} de lutte contre le sexisme`, `${s} de sensibilisation à la lutte contre l'achat d'actes sexuels`,
      `${s} de sensibilisation à la lutte contre les violences`, `${s} de sensibilisation aux dangers de l'alcool`, `${s} de sensibilisation routière`]),
    'délégué du procureur', 'déléguée du procureur', 'délégués du procureur', 'délégué du procureur de la République', 'chez le délégué du procureur',
    'convoqué par le procureur', 'convoquée par le procureur', 'convocation par officier de police judiciaire', 'alternative aux poursuites', 'alternatives aux poursuites',
    'classement sous condition', 'comparution sur reconnaissance préalable de culpabilité', 'reconnaissance préalable de culpabilité', 'plaider coupable',
    // the newer and rarer answers of the prosecutor or the court: warning, transaction, fixed fines for misdemeanours, adjournment, minors' measures
    'avertissement pénal probatoire', 'avertissements pénaux probatoires', 'avertissement pénal', 'classement sous conditions', 'classé sous condition',
    'classée sous condition', 'transaction pénale', 'amende forfaitaire délictuelle', 'amendes forfaitaires délictuelles', 'injonction thérapeutique',
    'contrainte pénale', 'dispense de peine', 'ajournement de peine', 'ajournement du prononcé de la peine', 'jours-amendes', 'jours-amende', 'jour-amende',
    'sanction-réparation', 'peine de stage']],
  // remission of sentence: "quatorze mois avec les réductions de peine", "crédit de réduction de peine"
  ['réductions de peine', ['réductions de peines', 'réduction de peine supplémentaire', 'réductions de peine supplémentaires', 'crédit de réduction de peine',
    'crédits de réduction de peine', 'remises de peine', 'remise de peine supplémentaire', 'grâce présidentielle', 'libéré à mi-peine', 'libérée à mi-peine', 'à mi-peine']],
  // the military justice: "tribunal militaire", "conseil de guerre", "prison militaire"
  ['tribunal militaire', ['tribunaux militaires', 'tribunal aux armées', 'tribunal des forces armées', 'conseil de guerre', 'prison militaire', 'cour martiale', 'chambre militaire']],
  ['antécédents judiciaires', ['antécédents pénaux', 'passé judiciaire', 'passé pénal', 'démêlés avec la justice', 'démêlés judiciaires',
    'ennuis judiciaires', 'ennuis avec la justice', 'problèmes avec la justice', 'problèmes judiciaires', 'affaire pénale', 'affaires pénales',
    'procédure pénale', 'poursuites pénales', 'poursuites judiciaires', 'poursuivi en justice', 'poursuivie en justice',
    'connu des services de police', 'connue des services de police', 'défavorablement connu', 'défavorablement connue',
    'tribunal correctionnel', "cour d'assises", 'tribunal pour enfants', 'tribunal de police', 'en correctionnelle', 'aux assises',
    'jugement en correctionnelle', 'audience correctionnelle', 'jugement pénal', 'convoqué au commissariat', 'convoquée au commissariat',
    'convoqué à la gendarmerie', 'convoquée à la gendarmerie', 'convocation au commissariat', 'convoqué au tribunal', 'convoquée au tribunal',
    'convocation au tribunal', 'en attente de jugement', 'en attente de son jugement', 'passe en jugement', 'comparaît', 'comparaître',
    'casier chargé', 'casier non vierge', 'casier pas vierge', 'casier judiciaire chargé', 'casier judiciaire non vierge',
    'casier judiciaire bien rempli', 'casier bien rempli', 'fiché S', 'fichée S', 'affaire judiciaire en cours', 'procédure judiciaire en cours',
    'interpellé par la police', 'interpellée par la police', 'arrêté par la police', 'arrêtée par la police', 'interpellé par les gendarmes',
    'mis en cause dans une affaire', 'mise en cause dans une affaire', 'derrière les barreaux', 'affaire à la justice',
    'affaire avec la justice', 'reconnu coupable', 'reconnue coupable', 'déclaré coupable', 'déclarée coupable', 'suivi judiciaire',
    'convoqué par la police',
    'convoquée par la police', 'convoqué par les gendarmes', 'déféré au parquet', 'déférée au parquet', 'plainte déposée contre lui',
    'plainte déposée contre elle', 'obligations judiciaires', 'obligation judiciaire', 'verbalisé', 'verbalisée', 'verbalisés', 'verbalisées', 'en possession de stupéfiants',
    'possession de stupéfiants', 'possession de cannabis', 'détention de cannabis']],
]);

/**
 * Police and judicial files: "inscription au TAJ", "fiché au FPR", "inscrit au fichier des personnes recherchées". Not the
 * person who consults them for work ("habilité à consulter le TAJ").
 */
const FILE_CONSULT = ['consulte', 'consulter', 'consultait', 'consultation', 'consultations', 'consulté', 'consultée', 'consultés', 'consultées', 'interrogé', 'interrogeait', 'habilité', 'habilitée', 'habilitation', 'accès', 'enquêteur', 'enquêtrice',
  'gestionnaire', 'policier', 'policière', 'gendarme', 'formation', 'module', 'alimente', 'alimenter', 'alimentait', 'saisie', 'saisir', 'greffier', 'greffière', 'juriste'];
const FILE_IN = ['fiché', 'fichée', 'fichés', 'inscrit', 'inscrite', 'inscription', 'inscrits', 'figure', 'figurait', 'figurer', 'mention', 'mentions', 'mentionné', 'mentionnée', 'signalé',
  'signalée', 'enregistré', 'enregistrée', 'apparaît', 'apparait', 'apparaissait', 'connu', 'connue', 'passage', 'antécédents', 'antécédent', 'effacement', 'effacé', 'radié', 'radiée', 'radiation'];
const POLICE_FILES: LexiconEntry[] = [
  // the person is in it: "inscription au TAJ", "fiché au FPR", "son passage au STIC"; the old files STIC and JUDEX (STIC is also a field of studies)
  ...['TAJ', 'FPR', 'FSPRT', 'FAED', 'FIJAIT', 'STIC', 'JUDEX', 'FNIS'].map((a) => ({ lemma: a, upper: true, tag: 'mesure', notBefore: ['mahal'], near: FILE_IN,
    notNear: [...FILE_CONSULT, 'master', 'licence', 'BTS', 'DUT', 'diplôme', 'sciences', 'technologies', 'techniques', 'information', 'communication', 'école', 'créé', 'loi', 'décret', 'CNIL'] })),
  ...entries('mesure', [
    ['fichier des personnes recherchées', ['traitement des antécédents judiciaires', "traitement d'antécédents judiciaires", 'fichier des antécédents judiciaires',
      "fichier des auteurs d'infractions sexuelles", "fichier judiciaire automatisé des auteurs d'infractions sexuelles", "fichier judiciaire des auteurs d'infractions terroristes",
      'fichier des signalements pour la prévention de la radicalisation', 'fichier du grand banditisme', 'fiché au grand banditisme', 'fichée au grand banditisme',
      'fiché par la police', 'fichée par la police', 'fiché à la police', 'fichée à la police', 'fiché par la gendarmerie', 'fichée par la gendarmerie', 'fiche S', 'fichés S',
      'fiché au fichier', 'fichée au fichier', 'fiché pour radicalisation', 'fichée pour radicalisation',
      // the files by their long names: records, stadium bans, sex offenders (the fingerprint and DNA files are genetique-biometrie)
      'fichier des antécédents', 'fichier des antécédents de police', 'fichier des délinquants sexuels', 'fichier national des interdits de stade',
      'fichier des interdits de stade', 'fichier des personnes interdites de stade', 'fichier des auteurs de violences', 'fiché au TAJ', 'fichée au TAJ', 'fiché au STIC', 'fichée au STIC']],
  ], { notNear: FILE_CONSULT }),
];

/** Sentences that need a check: "à peine" is not a sentence. */
const ACRONYMS: LexiconEntry[] = [
  { lemma: 'TIG', upper: true, tag: 'mesure', notNear: ['soudure', 'soudeur', 'soudeuse', 'souder', 'soudage', 'MIG', 'MAG', 'arc', 'électrode', 'électrodes', 'inox', 'aluminium', 'alu', 'tungstène', 'procédé', 'procédés', 'argon', 'chaudronnerie', 'chaudronnier', 'tuyauteur', 'torche', 'semi-automatique', 'poste', 'qualification', 'certification', 'métallerie', 'tôlerie', 'acier'] },
  { lemma: 'DDSE', upper: true, tag: 'mesure' },
  { lemma: 'PPSMJ', upper: true, tag: 'mesure' },
  { lemma: 'FIJAIS', upper: true, tag: 'mesure' },
  { lemma: 'CRPC', upper: true, tag: 'mesure' },
  { lemma: 'COPJ', upper: true, tag: 'mesure' },
  // the prosecutor's warning and the fixed fine for a misdemeanour: "APP" and "AFD" are also a flat and other bodies, so the penal words near
  ...['APP', 'AFD'].map((a) => ({ lemma: a, upper: true, tag: 'mesure', near: ['procureur', 'parquet', 'délégué', 'déléguée', 'pénal', 'pénale', 'probatoire', 'police', 'gendarmerie',
    'gendarmes', 'policiers', 'infraction', 'délit', 'poursuites', 'stupéfiants', 'cannabis', 'vol', 'bagarre', 'violences', 'outrage', 'amende', 'casier', 'reçu', 'écopé', 'rappel', 'classement'],
    notNear: ['appartement', 'logement', 'loyer', 'apprentissage', 'apprenti', 'formation', 'application', 'appli', 'pédagogie', 'association', 'module'] })),
  // remission credits (réductions de peine supplémentaires, crédit de réduction de peine), not the psychosocial risks or a work contract
  ...['RPS', 'CRP'].map((a) => ({ lemma: a, upper: true, tag: 'mesure', near: ['peine', 'peines', 'ferme', 'prison', 'détention', 'incarcéré', 'incarcérée', 'JAP', 'sursis', 'sortie', 'libéré', 'libérée', 'libérable', 'taule', 'écroué', 'écrouée', 'purgé', 'pris', 'mois', 'ans'],
    notNear: ['risques', 'risque', 'psychosociaux', 'psychosocial', 'prévention', 'DUERP', 'QVT', 'CHSCT', 'CSE', 'burn-out', 'stress', 'contrat', 'reconversion', 'sang', 'inflammation', 'bilan',
      'formation', 'module', 'sensibilisation', 'évaluation', 'document', 'unique', 'référent', 'référente', 'salariés', 'management', 'manager', 'entreprise', 'travail',
      // the CRP as a place, a centre de rééducation professionnelle: "11 mois au CRP", "stagiaire du CRP", "en CRP"
      'projet', 'stagiaire', 'stage', 'rééducation', 'préorientation', 'technicien', 'technicienne', 'niveau', 'validé', 'qualifiante', 'titre'],
    notAfter: ['au', 'du', 'en', 'centre'] })),
  // community work of an alternative measure ("105 heures de travail non rémunéré dans le cadre d'une composition pénale"): UNPAID below
  { lemma: 'GAV', forms: ['GAVs'], upper: true, tag: 'mesure' },
  // a public drunkenness ("ivresse publique et manifeste"): not the integrated pest management of farming, nor an institute or a school
  { lemma: 'IPM', forms: ['IPMs'], upper: true, tag: 'mesure', notNear: ['lutte', 'intégrée', 'protection', 'ravageurs', 'ravageur', 'phytosanitaire', 'phytosanitaires',
    'cultures', 'agronomie', 'maraîchage', 'serre', 'serres', 'institut', 'école', 'formation', 'master', 'licence', 'management', 'projet', 'projets', 'logiciel', 'certification',
    'société', 'entreprise', 'groupe', 'client', 'clients', 'salarié', 'salariée', 'embauché', 'embauchée', 'recrute', 'CDI', 'CDD', 'intérim'],
    // the firm right after "chez" ("chez IPM"), not a stay at someone's home elsewhere in the sentence ("une IPM chez ses parents")
    notAfter: ['chez'] },
  { lemma: 'JLD', upper: true, tag: 'mesure' },
  { lemma: 'CJ', upper: true, tag: 'mesure', near: ['sous', 'contrôle', 'juge', 'pointer', 'pointe', 'SPIP', 'tribunal', 'mis', 'placé', 'placée'] },
  // not the "plan de sauvegarde de l'emploi" (a redundancy plan): the measure's words near, the plan's words absent
  { lemma: 'PSE', upper: true, tag: 'mesure', near: ['bracelet', 'surveillance', 'électronique', 'JAP', 'SPIP', 'juge', 'peine', 'probation', 'détenu', 'incarcéré', 'détention', 'horaires', 'boîtier', 'assignation', 'pointage', 'rentrer', 'rentré', 'rentrée', 'sorties'],
    notNear: ['plan', 'sauvegarde', 'licenciement', 'licenciements', 'licencié', 'licenciée', 'reclassement', 'économique', 'économiques', 'CSP', 'départ', 'départs', 'volontaire', 'volontaires', 'indemnité', 'indemnités', 'congé', 'salariés', 'usine', 'site'] },
  // sentence acronyms with another sense elsewhere: the rule wants "sous" right before or a word of the sentence's execution near
  ...['SME', 'LSC', 'LC', 'SSJ', 'ARSE', 'PSEM', 'STIG', 'SL'].map((a) => ({ lemma: a, upper: true, tag: 'sigle' })),
  { lemma: 'PV', forms: ['PVs'], upper: true, tag: 'mesure', near: ['radar', 'vitesse', 'amende', 'amendes', 'stationnement', 'contravention', 'police', 'flashé', 'flashée', 'gendarme', 'gendarmes', 'excès'] },
];

/** Judicial follow-up: findings when they follow the person (not as a job or a CMS). */
const FOLLOW_UP: LexiconEntry[] = [
  // also in lower case in typed or dictated notes ("rdv spip jeudi"): the rule then wants a meeting word near (spip is also a CMS)
  { lemma: 'SPIP', tag: 'suivi', notNear: ['site', 'sites', 'CMS', 'web', 'PHP', 'squelette', 'squelettes', 'développeur', 'développeuse', 'développement', 'WordPress', 'Drupal', 'Joomla', 'plugin', 'internet', 'webmaster', 'intégrateur', 'HTML', 'CSS'] },
  { lemma: 'JAP', upper: true, tag: 'suivi' },
  // typed in lower case in quick notes ("vu avec la cpip"): no other word is spelled so
  ...['CPIP', 'PJJ'].map((a) => ({ lemma: a, tag: 'suivi' })),
  ...entries('suivi', [
    ["juge d'application des peines", ["juge de l'application des peines", "juge d'application des peine", "juge d'appli des peines", "juge d'appli", "juge de l'appli",
      "juge d'app des peines", "juge d'applic des peines", "juge d'aplication des peines", "juge d'application", "juge de l'application", 'juge des peines', "juge d'exécution des peines"]],
    ["conseiller pénitentiaire d'insertion et de probation", ["conseillère pénitentiaire d'insertion et de probation", "conseiller d'insertion et de probation", "conseillère d'insertion et de probation"]],
    ["service pénitentiaire d'insertion et de probation", ['protection judiciaire de la jeunesse', 'agent de probation', 'probation']],
  ]),
];

/** Places of detention: findings when the person is or was held there. */
const PRISON = entries('prison', ['prison', 'prisons', "maison d'arrêt", "maisons d'arrêt", 'centre de détention', 'centre pénitentiaire',
  'établissement pénitentiaire', 'milieu carcéral', 'univers carcéral', 'taule', 'zonzon', 'maison centrale', 'maisons centrales',
  'quartier disciplinaire', "quartier d'isolement", 'quartier mineurs', 'quartier des mineurs', 'quartier de haute sécurité',
  // juvenile justice: closed and reinforced educational centres, prisons for minors
  'centre éducatif fermé', 'centres éducatifs fermés', 'centre éducatif renforcé', 'centres éducatifs renforcés',
  'établissement pénitentiaire pour mineurs', 'établissements pénitentiaires pour mineurs', 'foyer de la PJJ', 'foyer PJJ']);
/** Acronyms of the same places: only near a placement or a minor's age ("placé en CEF à 15 ans"). */
const JUVENILE_NEAR = ['placé', 'placée', 'placement', 'passé', 'passée', 'juge', 'PJJ', 'mineur', 'mineure', 'tribunal', 'sorti', 'sortie', 'fugue', 'fugué',
  'an', 'ans', 'mois', 'passage', 'adolescent', 'adolescente', 'ado', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'séjour', 'envoyé', 'envoyée', 'condamné', 'condamnée'];
const JUVENILE = [
  ...['CEF', 'EPM', 'QHS'].map((a) => ({ lemma: a, upper: true, tag: 'prison', near: JUVENILE_NEAR })),
  // also the RSA "contrat d'engagements réciproques": not near its own words
  { lemma: 'CER', upper: true, tag: 'prison', near: JUVENILE_NEAR, notNear: ['engagements', 'engagement', 'contrat', 'RSA', 'réciproques', 'référent', 'référente', 'renouvelé', 'renouvellement', 'signé', 'signature', 'allocataire', 'département',
    // the RSA contract's vocabulary: "Orientation et CER (6 mois)", "CER à renouveler"
    'renouveler', 'orientation', 'réorientation', 'insertion', 'parcours', 'objectifs', 'PPAE', 'CAF', 'départemental', 'bénéficiaire', 'Orientation'] },
  ...['UEHC', 'UEMO', 'STEMO'].map((a) => ({ lemma: a, upper: true, tag: 'suivi' })),
];
/**
 * Serving time, in slang or plain words: "fait trois ans en centrale", "six mois au trou", "tiré deux ans
 * à Fleury". The head is the place; rules/infractions.ts wants a stay verb or a duration before it
 * ("en centrale" alone is also a head office, "à Fresnes" a town). Not "Centrale" the engineering school.
 */
const SERVED = entries('sejour', ['centrale', 'trou', 'mitard', 'ballon', 'Fleury', 'Fleury-Mérogis', 'Fresnes', 'Baumettes', 'Clairvaux', "Bois-d'Arcy"],
  { notBefore: ["d'achat", "d'achats", 'nucléaire', 'nucléaires', 'thermique', 'électrique', 'solaire', 'hydraulique', 'de réservation', 'vapeur', 'à béton', "d'enrobage", 'syndicale', 'de golf', 'noir', 'de mémoire', 'dans'] });
/**
 * Towns known for their prison but first towns ("a passé deux ans à Luynes avant de déménager"): the rule wants a penal verb,
 * the vocabulary of a sentence or a release near them, not a plain stay with a duration.
 */
export const LESSER_PRISON_TOWNS = ['Osny', 'Réau', 'Lannemezan', 'Ensisheim', 'Sequedin', 'Luynes', 'Seysses', 'Varces', 'Corbas', 'Écrouves',
  'Liancourt', 'Mauzac', 'Casabianda', 'Uzerche', 'Poissy', 'Villepinte', 'Nanterre', 'Vendin-le-Vieil', 'Condé-sur-Sarthe',
  'Saint-Quentin-Fallavier', 'Saint-Martin-de-Ré', 'Villeneuve-lès-Maguelone', 'Meaux-Chauconin', 'Moulins-Yzeure', 'Annœullin', 'Toul', 'Muret'];
const SERVED_TOWNS = entries('sejour', LESSER_PRISON_TOWNS, { notBefore: ['dans'] });
/** "a purgé dix-huit mois", "il a tiré deux ans": the duration after the verb is checked by the rule. */
const SERVED_VERBS = entries('purge', ['purgé', 'purge', 'purger', 'purgeait', 'purgera', 'tiré', 'tirait']);
/** Penal measures for minors (code de la justice pénale des mineurs). */
const JUVENILE_MEASURES = entries('mesure', ['mesure éducative judiciaire', 'mesures éducatives judiciaires', 'mesure éducative judiciaire provisoire',
  'réparation pénale', 'mesure de réparation pénale', 'sanction éducative', 'sanctions éducatives', 'liberté surveillée', 'liberté surveillée préjudicielle',
  "mise à l'épreuve éducative", 'placé par le juge des enfants au pénal', 'comparution devant le tribunal pour enfants',
  'tribunaux pour enfants', 'audience de culpabilité', 'audience de prononcé de la sanction', 'avertissement judiciaire', 'LSJPA',
  'code de la justice pénale des mineurs', 'module de réparation', 'stage de formation civique']);
/** A juvenile "mesure de réparation" (a repair of a thing otherwise): only beside the juvenile justice or the act repaired. */
const JUVENILE_REPAIR = entries('mesure', ['mesure de réparation', 'mesures de réparation'], {
  near: ['juge', 'PJJ', 'mineur', 'mineure', 'tribunal', 'éducateur', 'éducatrice', 'dégradation', 'dégradations', 'délit', 'pénal', 'pénale',
    'procureur', 'tags', 'vol', 'vols', 'victime', 'asso', 'association', 'TPE'],
  notNear: ['toit', 'véhicule', 'voiture', 'machine', 'machines', 'assurance', 'bailleur', 'logement', 'fuite', 'dégât', 'dégâts'] });
const JUVENILE_COURT = [{ lemma: 'TPE', upper: true, tag: 'mesure', near: ['tribunal', 'juge', 'jugé', 'jugée', 'condamné', 'condamnée', 'comparaître', 'comparu', 'comparution', 'convoqué', 'convoquée', 'mineur', 'mineure', 'audience', 'délit', 'PJJ'] }];
const DETENTION = entries('detention', ['détention', 'détentions']);
const DETAINEE = entries('detenu', ['détenu', 'détenue', 'détenus', 'détenues']);
const CONVICTION = entries('condamne', ['condamné', 'condamnée', 'condamnés', 'condamnées', 'condamnation', 'condamnations', 'recondamné', 'recondamnée']);
/** "sursis" is also "sursis à statuer", "en sursis", "sursis de paiement": checked by the rule. */
const STAY = entries('sursis', ['sursis']);
const RECORD = entries('casier', ['casier judiciaire', 'casiers judiciaires', 'casier']);
/** Record bulletins: a finding only when said "not clean" ("son B2 n'est pas vierge"); "niveau B2" is a language level. */
const BULLETINS = [...entries('casier', ['bulletin n°2', 'bulletin n° 2', 'bulletin numéro 2', 'bulletin numéro 3', 'bulletin n°3', 'bulletin n° 3']),
  ...['B2', 'B3'].map((a) => ({ lemma: a, upper: true, tag: 'casier' }))];
/**
 * Places of detention by acronym: CD (centre de détention), MA (maison d'arrêt), CP (centre pénitentiaire), CSL (centre de
 * semi-liberté). Also a compact disc, a school year, a master's: the rule wants a release or stay verb before and a place name
 * or the vocabulary of a sentence near ("Sorti du CD du Port", "incarcéré à la MA de Villepinte").
 */
const PRISON_ACRONYMS = ['CD', 'MA', 'CP', 'CSL', 'QSL', 'QPA', 'SMPR'].map((a) => ({ lemma: a, upper: true, tag: 'etab' }));
/**
 * Custody said by its place and length: "a passé la nuit au commissariat", "24 heures en cellule", "dormi au poste de police".
 * The rule wants a time noun or a stay verb before the place, and no complaint filed by the person ("pour porter plainte").
 */
const CUSTODY_PLACES = entries('nuit', ['au commissariat', 'à la gendarmerie', 'en cellule', 'en cellule de dégrisement', 'en dégrisement', 'au dépôt', 'au poste de police',
  'à l’hôtel de police', "à l'hôtel de police", 'au commissariat central', 'en garde à vue']);
/** "a pris dix-huit mois", "il a pris deux ans ferme": the duration after the verb is checked by the rule. */
const TOOK = entries('pris', ['pris', 'prend', 'prendra', 'prenait']);
/** Pending complaints and prosecutions with the offence after: "plainte pour agression", "poursuites pour travail dissimulé". */
/** Each "… pour" head also in the texting spelling "… pr" ("poursuivi pr avoir prêté son compte", "convoqué pr vol"). */
const withTextingPour = (list: string[]): string[] => [...list, ...list.filter((f) => f.endsWith(' pour')).map((f) => `${f.slice(0, -5)} pr`)];
const PENDING = entries('plainte', withTextingPour(['plainte pour', 'plaintes pour', 'poursuites pour', 'poursuite pour', 'procédure pour',
  'convoqué pour', 'convoquée pour', 'affaire de', 'histoire de', 'dossier pour', 'signalé pour', 'signalée pour', 'verbalisé pour', 'verbalisée pour',
  // record heads: "dossier de vol avec effraction", "condamnation pour harcèlement", "antécédents de violences", "fiché pour trafic", "tombé pour deal"
  'dossier de', "dossier d'", 'antécédents de', "antécédents d'", 'antécédent de', "antécédent d'", 'passé de', "passé d'",
  'fiché pour', 'fichée pour', 'fiche pour', 'casier pour', 'tombé pour', 'tombée pour', 'tomber pour', 'verbalisés pour', 'verbalisées pour', 'contrôlé pour', 'contrôlée pour',
  'flashé pour', 'flashée pour', 'pincé pour', 'pincée pour', 'chopé pour', 'chopée pour', 'serré pour', 'serrée pour', 'épinglé pour', 'épinglée pour',
  'sanctionné pour', 'sanctionnée pour', 'déféré pour', 'déférée pour',
  // prosecuted: the offence after joins it ("Poursuivi pour recel", "poursuivis pour occupation illicite"); alone it is still reported
  'poursuivi pour', 'poursuivie pour', 'poursuivis pour', 'poursuivies pour',
  // accused: "Mis en cause pour usurpation d'identité" is one finding, as "soupçonné de vol", "accusé de recel"
  'mis en cause pour', 'mise en cause pour', 'mises en cause pour', 'affaire d\'', 'histoire d\'', 'plainte contre lui pour', 'plainte contre elle pour', 'pour des faits de', "pour des faits d'"]));
const TRIAL = entries('proces', ['procès']);
/** Pending cases said with "en cours": "une affaire en cours pour outrage à agent", "procédure en cours pour vol". */
const PENDING_ONGOING = entries('plainte', ['affaire en cours pour', 'affaire pénale pour', 'affaire judiciaire pour', 'affaire pour', 'procédure en cours pour',
  'dossier en cours pour', 'procès en cours pour', 'enquête en cours pour', 'audience prévue pour']);
/**
 * Visiting a detainee and court decisions on a licence: "va au parloir le samedi" (a relative's detention), "permis annulé par le
 * tribunal". Not a convent's or a school's parlour.
 */
const VISITS = [
  ...entries('mesure', ['parloir', 'parloirs', 'parloir familial', 'parloirs familiaux', 'permis de visite', 'unité de vie familiale', 'parloir prison'],
    { notNear: ['couvent', 'monastère', 'carmel', 'abbaye', 'pensionnat', 'religieuses', 'moniales', 'sœurs', 'collège', 'lycée', 'école', 'internat', 'institution', 'pension', 'musée', 'château'] }),
  ...entries('mesure', ['annulé par le tribunal', 'annulé par le juge', 'annulé par la justice', 'suspendu par le tribunal', 'suspendu par le juge',
    'suspendu par le préfet', 'annulé par jugement', 'retiré par le tribunal', 'retiré par le juge', 'annulation judiciaire', 'annulation du permis', 'annulation de son permis'],
    { near: ['permis', 'conduire', 'points', 'volant'], notNear: ['construire', 'administratif', 'administrative', 'démolir', 'aménager', 'contrat', 'marché',
      'médical', 'médicale', 'médicales', 'médicaux', 'santé', 'inaptitude', 'vue', 'épilepsie'] }),
];
/**
 * Reporting to the police as a judicial obligation: "se présenter au commissariat chaque lundi", "pointe à la gendarmerie
 * deux fois par semaine". The rule wants a police place right after the head and a periodicity after it.
 */
const REPORTING = entries('pointage', ['présenter', 'présente', 'présentait', 'présentera', 'présenté', 'présentée', 'pointer', 'pointe', 'pointait', 'pointera', 'pointé', 'pointée', 'pointage', 'pointages', 'émarger', 'émarge', 'émargement', 'signer', 'signe', 'signait']);

/** Offences between parents over a child: the person's complaint against the other parent still tells a criminal case (rules/infractions.ts). */
const FAMILY_OFFENCE_SPECS: Spec[] = [
  ["non-représentation d'enfant", ["non-représentation d'enfants", "non représentation d'enfant", "non représentation d'enfants", "non-représentation d’enfant",
    "non-présentation d'enfant", "non-présentation d'enfants", 'non-représentation de mineur', 'non-représentation des enfants', "non-représentation de l'enfant"]],
  ['abandon de famille', ['abandons de famille', "soustraction d'enfant", "soustraction d'enfants", 'soustraction de mineur', 'soustraction de mineurs',
    "soustraction d’enfant", "soustraction internationale d'enfant", 'enlèvement parental', 'enlèvements parentaux', "enlèvement international d'enfant",
    "déplacement illicite d'enfant", "déplacement illicite d'enfants", 'délaissement de mineur', "délaissement d'enfant", "délaissement d'enfants",
    'soustraction aux obligations parentales', 'soustraction à ses obligations parentales']],
];
/** Head lemmas of the family offences above. */
export const FAMILY_OFFENCE_LEMMAS: ReadonlySet<string> = new Set(FAMILY_OFFENCE_SPECS.map((s) => (typeof s === 'string' ? s : s[0])));

/** Offences: the person as author (or victim outside the couple). */
const OFFENCES = entries('infraction', [
  // computer offences: intrusion, data theft, online fraud
  ['accès frauduleux', ['accès frauduleux à un système', 'accès illégal', 'intrusion informatique', 'intrusions informatiques', 'piratage informatique', 'piratage',
    'maintien frauduleux', 'atteinte à un système de traitement automatisé', 'atteinte à un STAD', 'atteinte aux systèmes de traitement automatisé', 'extraction frauduleuse',
    'fraude informatique', 'escroquerie en ligne', 'escroqueries en ligne', 'cyberescroquerie', 'usurpation de compte', 'détournement de données']],
  // an officer's or an employee's misuse of the files and secrets the job opens: "consultation frauduleuse de fichiers", "détournement de finalité"
  ['consultation frauduleuse', ['consultations frauduleuses', 'consultation frauduleuse de fichiers', 'consultation illégale', 'consultations illégales',
    'consultation illicite', 'consultations illicites', 'consultation abusive de fichiers', 'consultations abusives de fichiers', 'consultation irrégulière de fichiers',
    'détournement de finalité', 'détournements de finalité', 'détournement de fichier', "détournement d'informations", 'usage illicite de fichiers',
    'violation du secret professionnel', 'violation du secret de l’enquête', "violation du secret de l'enquête", "violation du secret de l'instruction",
    'violation du secret de l’instruction', 'violation du secret médical', 'violation du secret bancaire', 'violation du secret des correspondances',
    'recel de violation du secret professionnel', 'divulgation illicite', 'divulgation frauduleuse', 'collecte déloyale de données', 'vente de fichiers de police']],
  ['vol avec violence', ['vol avec violences', 'vol avec effraction', 'vols avec effraction', 'vol avec arme', 'vol en bande', 'vol aggravé', "vol à l'arraché", "vols à l'arraché", 'vol à la roulotte',
    'vol à la portière', 'vol à la tire', 'vol avec ruse', 'vol par ruse', 'vol de bicyclette', 'vol de vélo', 'vol en entreprise', 'vol de fret', 'vol sur chantier', 'vols avec violence', 'vols avec violences', "vol à l'étalage", "vols à l'étalage", 'vol à main armée',
    'vol aggravé', 'vol en réunion', 'vol par effraction', 'vol qualifié', 'tentative de vol', 'complicité de vol', 'vol à la tire', 'vol à l\'arraché',
    'vol de véhicule', 'vol de voiture', 'vol de scooter', 'vol de moto', 'vol de portable', 'vol de téléphone', 'vol de carte bancaire',
    'vol de marchandises', 'vol de matériel', 'vol de câbles', 'vol de cuivre', 'vol de carburant', 'vols répétés', 'recel de vol']],
  ['cambriolage', ['cambriolages', 'braquage', 'braquages', 'brigandage', 'racket', 'extorsion', 'extorsion de fonds', 'recel', 'recel de biens volés',
    // robberies by force named in English: of a car, of a home, of a shop
    'carjacking', 'car-jacking', 'car jacking', 'carjackings', 'homejacking', 'home-jacking', 'home jacking', 'homejackings', 'mouse-jacking', 'mousejacking']],
  ['escroquerie', ['escroqueries', 'abus de confiance', 'abus de faiblesse', 'abus de biens sociaux', 'détournement de fonds', 'détournement de biens',
    'blanchiment', "blanchiment d'argent", 'corruption', "trafic d'influence", "prise illégale d'intérêts", 'faux et usage de faux', 'usage de faux',
    'faux en écriture', 'faux en écritures', 'contrefaçon', "usurpation d'identité", 'fraude fiscale', 'fraude sociale', 'fraude aux prestations',
    'fraude à la CAF', 'fraude aux allocations', "fraude à l'assurance", 'fraude au chômage', 'fraude documentaire', 'fausse déclaration',
    'fausses déclarations', 'banqueroute', 'emploi fictif', 'escroc', 'escrocs', 'fraudeur', 'fraudeuse', 'receleur', 'receleuse',
    // misappropriation of what the job gives access to, forgery, the public-office offences, offences of negligence
    'détournement de médicaments', 'détournement de stupéfiants', 'détournement de marchandises', 'détournement de matériel', 'détournement de clientèle',
    'détournement de fichiers', 'détournement de mineur', 'détournement de mineure', 'détournement de fonds publics', 'détournements de fonds', 'détournement de la caisse',
    'falsification', 'falsification de documents', "falsification d'ordonnances", "falsification d'ordonnance", 'falsification de chèques', 'falsification de signature',
    'falsification de comptes', 'faux chèques', 'faux en écriture publique', 'favoritisme', 'délit de favoritisme', 'concussion', 'soustraction de fonds',
    'mise en danger de la vie d’autrui', "mise en danger de la vie d'autrui", "mise en danger d'autrui",
    'exercice illégal de la médecine', 'exercice illégal de la pharmacie', "exercice illégal d'une profession", 'exercice illégal de la profession']],
  // offences between parents about a child or its support (Code pénal 227-3 to 227-11): "plainte pour non-représentation d'enfant"
  ...FAMILY_OFFENCE_SPECS,
  ['homicide', ['homicide involontaire', 'homicide volontaire', 'meurtre', 'assassinat', 'tentative de meurtre', "tentative d'homicide",
    'coups et blessures', 'coups et blessures volontaires', 'violences volontaires', 'violences aggravées', 'violences en réunion',
    'violence aggravée', 'violences sur agent', 'violence sur agent', "violences sur personne dépositaire de l'autorité publique",
    'agression', 'agressions', 'agression sexuelle', 'agressions sexuelles', 'menaces de mort', 'séquestration', 'association de malfaiteurs',
    'terrorisme', 'apologie du terrorisme', 'proxénétisme', 'pédopornographie', 'rixe', 'rixes']],
  ['outrage', ['outrage à agent', 'outrages à agent', 'outrage et rébellion', 'outrage à magistrat', "refus d'obtempérer", 'délit de fuite',
    // escape from custody: "tentative d'évasion", "évadé de prison"
    "tentative d'évasion", "tentatives d'évasion", 'évasion de prison', "évasion d'un centre de détention", 'évadé de prison', 'évadée de prison',
    'bris de prison',
    'port d\'arme', "port d'arme prohibé", "port d'arme blanche", "détention d'arme", "détention d'armes", "trafic d'armes"]],
  ['trafic de stupéfiants', ['trafic de drogue', 'trafic de drogues', 'trafic de cannabis', 'trafic de stups', 'détention de stupéfiants',
    'vente de stupéfiants', 'cession de stupéfiants', 'revente de stupéfiants', 'transport de stupéfiants', 'usage de stupéfiants',
    'infraction à la législation sur les stupéfiants', 'dealer', 'dealers', 'dealeur', 'dealeuse', 'trafiquant', 'trafiquants', 'trafiquante']],
  ['conduite sans permis', ['conduite sans assurance', 'défaut de permis', "défaut d'assurance", 'conduite en état d\'ivresse', 'conduite en état alcoolique',
    "conduite en état d'ébriété", "conduite sous l'emprise de l'alcool", "conduite sous l'emprise de stupéfiants", 'conduite sous stupéfiants',
    "conduite sous l'empire d'un état alcoolique", 'alcoolémie', 'alcoolémie positive', 'excès de vitesse', 'grand excès de vitesse',
    'grands excès de vitesse', 'infraction routière', 'infractions routières', 'infraction au code de la route', 'infractions au code de la route',
    'délit routier', 'délits routiers', 'ivresse publique', 'ivresse publique et manifeste', 'flashé', 'flashée']],
  ['dégradations volontaires', ['dégradation volontaire', 'dégradation de biens', 'dégradations de biens', 'destruction de biens', 'vandalisme',
    'incendie volontaire', 'tapage nocturne', 'dégradations volontaires', 'tags sur', 'graffitis sur', 'destruction volontaire']],
  ['exhibition sexuelle', ['exhibitionnisme', 'atteinte sexuelle', 'atteintes sexuelles', 'corruption de mineur',
    'violation de domicile', 'outrage sexiste',
    'mise en danger de la vie d’autrui', "mise en danger de la vie d'autrui", 'non-assistance à personne en danger', 'délit de solidarité',
    'vol simple', 'vol en bande organisée', 'larcin', 'larcins', 'chapardage', 'pickpocket', 'go-fast', 'chouf',
    'stups', 'recel de marchandises', 'contrebande', 'trafic de cigarettes', 'travail illégal', 'aide au séjour irrégulier',
    'violences sur mineur', 'violences sur ascendant', 'violences avec arme', 'coups portés', 'bagarre de rue', 'voies de fait', 'menaces réitérées',
    'injure publique', 'diffamation', 'trouble à l’ordre public', "trouble à l'ordre public", 'escroquerie en bande organisée',
    'fraude à la carte bancaire', 'usage frauduleux', 'faux papiers', 'fausse identité', 'faux documents', 'abus de biens', 'homicide routier',
    'blessures involontaires', 'conduite dangereuse', 'rodéo urbain', 'rodéos urbains', 'défaut de maîtrise']],
  // road offences in lay words: "conduite sous cannabis", "conduite malgré suspension", "refus de se soumettre au dépistage"
  ['conduite sous cannabis', ['conduite sous alcool', 'conduite sous drogue', "conduite après usage de stupéfiants", "conduite après usage de cannabis", "conduite en état d'alcoolémie",
    'conduite malgré suspension', 'conduite malgré annulation', 'conduite malgré suspension de permis', 'conduite malgré annulation du permis', 'conduite malgré un retrait de permis',
    'refus de dépistage', 'refus de se soumettre au dépistage', "refus de se soumettre à l'alcootest", 'délit de grande vitesse',
    'conduite sans le permis', 'conduite sans assurance', 'défaut de permis de conduire', 'usage de fausses plaques', 'fausses plaques', 'défaut de plaques']],
  // hunting and fishing offences: "pêche sans permis", "chasse en période interdite" (braconnage itself is below, checked)
  ['pêche sans permis', ['pêche illégale', 'pêche interdite', 'pêche en période interdite', 'pêche en réserve', 'pêche sans carte', 'chasse sans permis', 'chasse illégale',
    'chasse interdite', 'chasse en période interdite', 'chasse hors période', 'chasse sur le terrain d’autrui', "chasse sur le terrain d'autrui", 'défaut de permis de chasse',
    'défaut de permis de pêche', 'trafic d’espèces protégées', "trafic d'espèces protégées", "destruction d'espèces protégées", "destruction d'espèce protégée",
    'ivresse sur la voie publique', 'ivresse sur voie publique']],
  // labour offences: "emploi d'étrangers sans titre", "marchandage", "prêt illicite de main-d'œuvre"
  ["emploi d'étrangers sans titre", ["emploi d'étranger sans titre", 'emploi de travailleurs sans titre', "emploi de salariés non déclarés", 'marchandage', "prêt illicite de main-d'œuvre",
    "prêt illicite de main-d'oeuvre", "dissimulation d'emploi salarié", "dissimulation d'activité", 'fraude aux cotisations', 'fraude aux cotisations sociales', 'fraude à l’URSSAF', "fraude à l'URSSAF"]],
  // benefit and document fraud: "fraude au RSA", "escroquerie au CPF", "fausses fiches de paie"
  ['fraude au RSA', ['fraude aux aides', 'fraude aux aides sociales', 'fraude à la sécurité sociale', 'fraude à la Sécu', "fraude à l'assurance maladie", 'fraude aux arrêts maladie',
    'fraude au chômage partiel', 'fraude au CPF', 'escroquerie au CPF', 'fraude à la TVA', 'abus de bien social', 'faux bulletins de salaire', 'faux bulletins de paie',
    'fausses fiches de paie', 'fausses fiches de paye', 'fraude aux APL', "fraude à la prime d'activité", 'fraude à Pôle emploi', 'fraude à France Travail', 'fraude aux ASSEDIC',
    'vente à la sauvette', 'fraude aux allocations familiales', 'fausses attestations', 'fausse attestation', 'faux diplôme', 'faux diplômes', 'faux arrêt de travail', 'faux arrêts de travail']],
  // theft from the till, by idiom: "puisé dans la caisse", "pris la main dans le sac", "tapait dans le tiroir-caisse"
  ['la main dans la caisse', ['main dans la caisse', 'la main dans le sac', 'main dans le sac', 'la main dans le tiroir-caisse',
    ...['puisé', 'puise', 'puisait', 'pioché', 'pioche', 'piochait', 'piqué', 'pique', 'piquait', 'tapé', 'tape', 'tapait', 'servi', 'sert', 'servait', 'prélevé', 'prélevait', 'volé', 'volait']
      .flatMap((v) => [`${v} dans la caisse`, `${v} dans le tiroir-caisse`, `${v} dans les caisses`, `${v} dans la recette`])]],
]);

/**
 * Drug trade in street words: "trafic de résine", "deal de shit", "point de deal", "bicravait", "charbonneur". The product list is
 * short on purpose (heads × products stays small); the sante rule has the consumption side. Products that are also goods of a
 * shop or a plant (resin, grass, fuel coke, a cam, tablets) go only with the trade heads, never with a plain sale ("vente de
 * résine époxy", "vente d'herbe à chat", "vendait de la coke aux fonderies").
 */
const DUAL_PRODUCTS = ['résine', 'herbe', 'coke', 'came', 'cachets'];
const DRUG_ONLY = ['shit', 'beuh', 'weed', 'cannabis', 'hasch', 'haschich', 'cocaïne', 'héroïne', 'crack', 'ecstasy', 'MDMA', 'drogue', 'stups', 'stupéfiants'];
const DRUG_PRODUCTS = [...DRUG_ONLY, ...DUAL_PRODUCTS];
const withProduct = (h: string, d: string) => (/^[aeiouéh]/i.test(d) ? `${h} d'${d}` : `${h} de ${d}`);
const DRUG_TRADE = entries('infraction', [
  ['point de deal', ['points de deal', 'plan stups', 'plan stup', 'réseau de deal', 'réseaux de deal', 'faisait du deal', 'fait du deal', 'faire du deal', 'tombé pour deal', 'tombée pour deal',
    'dealait', 'dealaient', 'dealé', 'dealée', 'dealer du', 'dealer de la', 'deale du', 'deale de la', 'bicrave', 'bicraver', 'bicravait', 'bicravé', 'bicraveur', 'bicraveurs',
    'charbonneur', 'charbonneurs', 'charbonneuse', 'choufeur', 'choufeurs', 'servi de mule', 'servait de mule', 'mule pour un réseau',
    ...['trafic', 'deal'].flatMap((h) => DRUG_PRODUCTS.map((d) => withProduct(h, d))),
    ...['vente', 'revente', 'revendait', 'vendait', 'livrait'].flatMap((h) => DRUG_ONLY.map((d) => withProduct(h, d))),
    ...['trafic', 'deal', 'revendait', 'vendait', 'dealait', 'dealer', 'deale'].flatMap((h) => ['shit', 'cannabis', 'hasch', 'crack', 'MDMA'].map((d) => `${h} du ${d}`)),
    ...['dealait', 'dealer', 'deale'].flatMap((h) => ['résine', 'beuh', 'weed', 'coke', 'cocaïne', 'came', 'drogue'].map((d) => `${h} de la ${d}`)),
    ...['revendait', 'vendait'].flatMap((h) => ['beuh', 'weed', 'cocaïne', 'drogue'].map((d) => `${h} de la ${d}`))]],
]);
/** Verbs of selling drugs in every person and tense; the rule wants a drug right after ("je vendais du shit", "a revendu de la coke"). */
const SELLING = entries('vente', ['vends', 'vend', 'vendais', 'vendait', 'vendions', 'vendiez', 'vendaient', 'vendent', 'vendu', 'vendue', 'vendre',
  'revends', 'revend', 'revendais', 'revendait', 'revendaient', 'revendent', 'revendu', 'revendue', 'revendre', 'dealais', 'dealait', 'dealaient',
  'deale', 'deales', 'dealent', 'dealer', 'dealé', 'dealions', 'refourgue', 'refourguais', 'refourguait', 'refourgué', 'bicravais', 'bicrave', 'bicravé',
  'bicraver', 'écoule', 'écoulais', 'écoulait', 'écoulé', 'écouler']);
/**
 * Street roles of the trade whose words have other senses: the lookout ("guetteur", also a fire lookout or a semaphore
 * sailor), the stash keeper ("nourrice", first a childminder). Only with the vocabulary of the trade near, never with childcare.
 */
const TRADE_NEAR = ['drogue', 'drogues', 'stups', 'stupéfiants', 'shit', 'résine', 'beuh', 'cannabis', 'cocaïne', 'coke', 'héroïne', 'dealers', 'dealer', 'dealeurs', 'deal',
  'réseau', 'réseaux', 'trafic', 'trafiquants', 'planque', 'planquait', 'cachait', 'stockait', 'stocker', 'cité', 'quartier', 'point', 'guetteurs', 'charbonneur', 'payé', 'payait'];
const TRADE_ROLES = entries('infraction', ['guetteur', 'guetteuse', 'guetteurs', 'nourrice', 'nourrices'], {
  near: TRADE_NEAR,
  notNear: ['enfant', 'enfants', 'bébé', 'bébés', 'garde', 'agréée', 'agrément', 'assistante', 'maternelle', 'crèche', 'lait', 'petits', 'petite', 'petit', 'fils', 'fille',
    'incendie', 'incendies', 'forêt', 'feux', 'sémaphore', 'sémaphoriste', 'marine', 'vigie', 'formation', 'prévention', 'éducateur', 'éducatrice', 'médiateur', 'médiatrice'],
});
/**
 * Prison time in slang: "fait de la zonzon", "fait du ballon", "fait du placard" (not "mis au placard", sidelined at work).
 */
const PRISON_SLANG = entries('mesure', [
  ['fait de la zonzon', ['fait du ballon', 'fait de la cabane', 'fait du trou', 'faisait de la zonzon', 'faire de la zonzon', 'faire du ballon', 
    'faire de la taule', 'faire de la prison', 'faisait du ballon', 'faisait de la taule', 'fait de la tôle', 'faire de la tôle', 'en tôle', 'au ballon', 'au placard pour',
    'au zonzon', 'au cachot', 'au gnouf', 'au violon', 'en zonzon',
    'sorti de taule', 'sortie de taule', 'sorti de zonzon', 'sorti de cabane', 'sorti du ballon',
    // "un séjour à l'ombre", "mis à l'ombre", "dix-huit mois à l'ombre" (not "rester à l'ombre", the shade)
    "séjour à l'ombre", "séjours à l'ombre", "mis à l'ombre", "mise à l'ombre", "remis à l'ombre", "mois à l'ombre", "ans à l'ombre", "an à l'ombre",
    "semaines à l'ombre", 'au chtar', 'en chtar', 'au frais pour',
    // a sentence served in slang: "il a pris du ferme", "elle a écopé du ferme", "pris du sursis"
    'pris du ferme', 'prend du ferme', 'prendre du ferme', 'écopé du ferme', 'écope du ferme', 'pris de la prison', 'pris du sursis', 'écopé du sursis',
    'pris de la prison ferme', 'risque du ferme', 'risquait du ferme']],
]);
/** "fait du placard" is prison slang, but also being sidelined at work ("fait du placard au bureau depuis sa mutation"). */
const CUPBOARD = entries('mesure', [['fait du placard', ['faire du placard', 'faisait du placard']]], {
  notNear: ['bureau', 'travail', 'entreprise', 'poste', 'boîte', 'employeur', 'service', 'direction', 'hiérarchie', 'chef', 'cheffe', 'manager', 'collègues', 'mutation', 'muté', 'mutée',
    'rétrogradé', 'rétrogradée', 'placardisé', 'placardisée', 'placardisation', 'harcèlement', 'mis', 'mise', 'équipe', 'DRH', 'RH', 'missions', 'dossiers'],
});
/** Harm done to animals: "sévices sur son chien", "maltraitance sur des chevaux", "actes de cruauté envers un animal". */
export const ANIMAL_WORDS = ['chien', 'chiens', 'chienne', 'chiennes', 'chiot', 'chiots', 'chat', 'chats', 'chatte', 'chattes', 'chaton', 'chatons', 'cheval',
  'chevaux', 'jument', 'juments', 'poulain', 'poulains', 'animal', 'animaux', 'bétail', 'vache', 'vaches', 'veau', 'veaux', 'mouton', 'moutons', 'brebis',
  'chèvre', 'chèvres', 'lapin', 'lapins', 'oiseau', 'oiseaux', 'volaille', 'volailles', 'poule', 'poules', 'poney', 'poneys', 'âne', 'ânes', 'cochon', 'cochons',
  'porc', 'porcs', 'perroquet', 'perroquets', 'furet', 'furets', 'hamster', 'hamsters'];
/**
 * Heads of such harm; the rule keeps a hit only when a determiner and an animal follow it and reads the whole as an offence name
 * (one entry per head, not one per animal and determiner).
 */
const ANIMAL_HARM = entries('offname-animal', ['sévices sur', 'sévices envers', 'maltraitance sur', 'maltraitance envers', 'maltraitances sur',
  'maltraitances envers', 'actes de cruauté sur', 'actes de cruauté envers', 'cruauté envers', 'cruauté sur', 'mauvais traitements sur', 'mauvais traitements envers']);

/**
 * Offence names that are findings only after a record head ("dossier de", "condamnation pour", "antécédents de", "fiché pour",
 * "tombé pour"): harassment and violence are also what a person suffers, and a training topic. The rule reports them through
 * the head (tag `plainte`), never alone.
 */
const NAMED_ONLY = entries('offname', ['évasion', 'évasions', 'évasion fiscale',
  // a leave from prison not returned from ("condamné pour non-réintégration"); alone, also an employee not taken back after a leave
  'non-réintégration', 'défaut de réintégration', 'harcèlement', 'harcèlement moral', 'harcèlement sexuel', 'harcèlement de rue', 'cyberharcèlement', 'violences', 'violence', 'violence volontaire',
  'menaces', 'menace', 'insultes', 'injures', 'dégradations', 'dégradation', 'fraude', 'fraudes', 'bagarre', 'bagarres', 'trafic', 'trafics', 'deal',
  'coups', 'tapage', 'ivresse', 'stupéfiants', 'drogue', 'vente illicite', 'exhibition', 'attouchements',
  // fights: a finding as the cause of a sanction ("révocation du sursis après la bagarre de décembre"), never a figure ("la bagarre pour les postes")
  // sexual images shared or extorted without consent: also suffered, and a topic of prevention ("condamné pour sextorsion")
  "diffusion d'images intimes", 'diffusion de photos intimes', 'diffusion de vidéos intimes', "diffusion d'images à caractère sexuel",
  'diffusion de contenus intimes', "captation d'images intimes", 'revenge porn', 'pornodivulgation', 'sextorsion', 'voyeurisme',
  // entering a place without right: "mis en cause pour intrusion sur une emprise ferroviaire"
  'intrusion', 'intrusions', 'entrée illicite', 'pénétration illicite',
  'altercation', 'altercations', 'altercation physique', 'altercations physiques', 'échauffourée', 'échauffourées', 'baston', 'bastons', 'castagne', 'pugilat', 'bagarre générale',
  'bagarre au couteau', 'coup de poing', 'coups de poing', 'coup de tête', 'coup de couteau', 'coups de couteau',
  // damage and disorder: "après des dégradations sur un abribus", "condamné pour des tags", "verbalisé pour nuisances"
  'tags', 'graffitis', 'graffiti', 'nuisances', 'incivilités', 'troubles', 'casse', 'bris', 'dégâts', 'squat', 'rodéo', 'rodéos', 'pêche', 'chasse', 'outrages', 'insulte',
  'injure', 'resquille', 'fraude dans le bus', 'fraude dans le tram', 'fraude dans les transports', 'fraude dans le train', 'fraude dans le métro', 'défaut de titre de transport',
  'dépôt sauvage', 'dépôts sauvages', "dépôt sauvage d'ordures", 'décharge sauvage', 'nuisances sonores', 'bris de vitrine', 'bris de vitrines', 'feu de poubelle', 'feux de poubelle',
  'feux de poubelles', 'incendie de poubelles', 'occupation illicite', 'occupation illégale', 'maltraitance animale', 'cruauté envers les animaux', 'sévices sur animaux', 'jets de projectiles',
  // military offences: "condamnation pour désertion", "jugé pour insoumission" (not "la désertion des centres-villes")
  'désertion', 'désertions', 'insoumission', 'mutinerie', "refus d'obéissance", 'abandon de poste en temps de guerre', 'outrage à supérieur', 'outrage envers un supérieur']);

/** Poaching, not the poaching of staff or clients ("braconnage de talents"). */
const POACHING = entries('infraction', ['braconnage', 'braconnages'], { notNear: ['talents', 'talent', 'salariés', 'collaborateurs', 'cadres', 'clients', 'clientèle', 'recrutement',
  'recruteur', 'recruteurs', 'concurrent', 'concurrents', 'concurrence', 'chasseur', 'chasseurs', 'têtes', 'garde-chasse', 'garde-pêche', 'lutte', 'contre'] });

/** Questioned by the police as a suspect: "entendu par la police au sujet d'un faux", "auditionnée par la gendarmerie" (not as a witness). */
const POLICE_HEARD = entries('mesure', ['entendu par la police', 'entendue par la police', 'entendu par les policiers', 'entendue par les policiers',
  'entendu par la gendarmerie', 'entendue par la gendarmerie', 'entendu par les gendarmes', 'entendue par les gendarmes', 'auditionné par la gendarmerie',
  'auditionnée par la gendarmerie', 'auditionné par les policiers', 'auditionnée par les policiers', 'entendu au commissariat', 'entendue au commissariat',
  'convoquée au commissariat', 'convoqué à la gendarmerie', 'convoquée à la gendarmerie'], {
  notNear: ['témoin', 'témoins', 'témoigner', 'témoignage', 'victime', 'victimes', 'plainte', 'disparition', 'disparu', 'disparue', 'récupérer', 'perdu', 'perdus', 'retrouvé', 'retrouvés'],
});

/** Parking offences fined: "amende pour stationnement sur une place réservée", "PV pour stationnement gênant" (not the ASVP's work). */
const PARKING = entries('infraction', ['stationnement sur une place réservée', 'stationnement sur une place handicapé', 'stationnement sur une place PMR',
  'stationnement sur une place pour personnes handicapées', 'stationnement gênant', 'stationnement très gênant', 'stationnement abusif',
  'stationnement interdit', 'stationnement illicite', 'stationnement dangereux', 'stationnement sur un passage piéton', 'stationnement sur le trottoir',
  'stationnement en double file'], {
  near: ['amende', 'amendes', 'contravention', 'contraventions', 'PV', 'procès-verbal', 'fourrière', 'verbalisé', 'verbalisée', 'majorée', 'majorées', 'ANTAI'],
  notNear: ['ASVP', 'agent', 'agente', 'agents', 'verbalise', 'verbaliser', 'verbalisait', 'contrôleur', 'contrôleuse', 'police municipale', 'poste', 'mission'],
});

/**
 * Setting fire to a thing: "a mis le feu à une poubelle", "mettre le feu à un véhicule"; an offence only beside a thing that is
 * burnt in arson or beside the police or a procedure (not "mettre le feu à la salle", "le feu aux poudres", a kitchen accident).
 */
const ARSON = entries('infraction', ['mis le feu', 'mettre le feu', 'met le feu', 'mettait le feu', 'mettent le feu', 'avait mis le feu', 'ont mis le feu'], {
  near: ['poubelle', 'poubelles', 'conteneur', 'conteneurs', 'voiture', 'voitures', 'véhicule', 'véhicules', 'scooter', 'bus', 'abribus',
    'cellule', 'matelas', 'école', 'gymnase', 'commissariat', 'gendarmerie', 'mairie', 'cabane', 'garage', 'immeuble',
    'procédure', 'plainte', 'police', 'policiers', 'gendarmes', 'interpellé', 'interpellée', 'condamné', 'condamnée', 'poursuivi', 'poursuivie',
    'jugé', 'jugée', 'altercation', 'vengeance', 'volontairement', 'exprès'],
  notNear: ['accident', 'accidentellement', 'involontairement', 'poudres', 'ambiance', 'dancefloor', 'scène', 'public', 'barbecue', 'friteuse', 'cheminée', 'poêle',
    'collègues', 'équipe', 'réseaux', 'débat', 'polémique'],
});

/** "rébellion" alone, but not the climate movement "Extinction Rebellion" (an opinion, see opinions-politiques). */
const REBELLION = entries('infraction', ['rébellion'], { notAfter: ['extinction'] });

/**
 * Pending criminal cases: "l'affaire est à l'instruction", "son audience est renvoyée", "mis en délibéré", "doit comparaître". Each word has
 * administrative, civil or media senses ("dossier CAF en cours d'instruction", "audience du site", "renvoyé de son poste"): the vocabulary of a
 * criminal case must be near, and no civil or administrative word. Checked in code (the subject before joins: "l'affaire est à l'instruction").
 */
const PENDING_CASE = entries('pendant', [
  ["à l'instruction", ['à l’instruction', "en cours d'instruction", 'en cours d’instruction', 'instruction en cours', 'instruction pénale', 'audience', 'audiences', 'renvoi', 'délibéré',
    'comparaître', 'comparaîtra', 'comparaît', 'comparu', 'comparution']],
], {
  near: ['affaire', 'plainte', 'procédure', 'juge', 'pénal', 'pénale', 'tribunal', 'correctionnel', 'correctionnelle', 'enquête', 'parquet', 'procureur', 'avocat', 'avocate',
    'prévenu', 'prévenue', 'assises', 'victime', 'civile', 'condamné', 'condamnée', 'poursuivi', 'poursuivie', 'poursuites', 'instruction', 'examen', 'procès', 'police', 'gendarmerie'],
  notNear: ["prud'hommes", 'prudhommes', 'prud’hommes', "prud'homale", 'employeur', 'licenciement', 'divorce', 'JAF', 'CAF', 'MDPH', 'RSA', 'demande', 'formation', 'marketing', 'web',
    // a lawyer's or a clerk's work on other people's cases: "prépare l'audience de la plainte de son client"
    'client', 'clients', 'cliente', 'clientes', 'cabinet',
    'site', 'réseaux', 'chaîne', 'radio', 'émission', 'pape', 'ministre', 'administratif', 'administrative', 'locataire', 'bailleur', 'expulsion', 'loyer', 'surendettement', 'commission',
    'sociale', 'social', 'tutelle', 'curatelle', 'assurance', 'retraite', 'familiales', 'familial', 'résidence', 'garde', 'pension', 'alimentaire', 'enfants', 'fille', 'fils',
    // civil cases over money or housing: "assignation pour dette locative, audience en juin", "audience pour les impayés de loyer"
    'dette', 'dettes', 'locative', 'locatif', 'loyers', 'impayé', 'impayés', 'impayées', 'arriérés', 'créancier', 'créanciers', 'créance', 'huissier', 'bail', 'propriétaire',
    'logement', 'injonction', 'saisie', 'succession', 'héritage', 'voisinage', 'copropriété', 'conciliation', 'contentieux', 'commercial', 'redressement', 'liquidation',
    // the asylum court and its hearings: "prépare l'audience à la CNDA", "renvoi de l'audience de recours d'asile"
    'CNDA', 'OFPRA', 'asile', 'réfugié', 'réfugiée', 'apatridie', 'naturalisation'],
});
/** Trials that are criminal by their court: "renvoyé devant la cour d'assises", "renvoyée devant le tribunal correctionnel". */
const CRIMINAL_TRIAL = entries('mesure', [["cour d'assises", ['cour d’assises', 'aux assises', 'renvoyé devant le tribunal correctionnel', 'renvoyée devant le tribunal correctionnel',
]]]);
/**
 * A civil party is the victim of the case: bare ("s'est constitué partie civile") it is no offence of the person; with the criminal
 * case it names ("partie civile dans une procédure pour traite des êtres humains") the case is told. Checked in code.
 */
const CIVIL_PARTY = entries('partie-civile', ['partie civile', 'parties civiles']);
/** Points lost on the licence, with their number: "a perdu six points", "retrait de 4 points" (checked in code: a number and "points" after). */
const POINTS_LOST = entries('points', ['perdu', 'perd', 'perdait', 'retrait de', 'retiré', 'retirés', 'enlevé', 'enlevés', 'perte de']);

/** Licence sanctions, as the person's. */
const LICENCE = entries('permis', [
  ['suspension de permis', ['suspension du permis', 'suspension de son permis', 'retrait de permis', 'retrait du permis', 'retrait de son permis',
    'annulation de permis', 'annulation du permis', 'annulation de son permis', 'invalidation du permis', 'invalidation de son permis',
    'permis suspendu', 'permis retiré', 'permis annulé', 'permis invalidé', 'permis de conduire suspendu', 'permis de conduire annulé',
    'perdu son permis', 'perdu son permis de conduire', 'perte de son permis', 'plus de permis depuis', 'sans permis depuis', 'suspendu de permis', 'retrait de points de permis', 'perte de tous ses points', 'perdu tous ses points', 'suspension de permis de conduire',
    ...licencePassives()]],
]);

/**
 * Licence withdrawal said with a verb: "s'est fait retirer son permis", "on lui a suspendu le permis", "rétention de permis", "a perdu ses
 * points". "Retirer son permis" is also collecting the new card ("retirer son permis en préfecture"): not near the counter words.
 */
const LICENCE_VERBS = entries('permis', [
  ['retirer son permis', ['retirer le permis', 'retiré son permis', 'retiré le permis', 'retirer son permis de conduire', 'retiré son permis de conduire', 'retire son permis',
    'suspendre son permis', 'suspendu son permis', 'suspendre le permis', 'suspendu le permis', 'annuler son permis', 'annulé son permis', 'annuler le permis', 'annulé le permis',
    'invalider son permis', 'invalidé son permis', 'rétention de permis', 'rétention du permis', 'rétention de son permis', 'permis retenu', 'permis confisqué', 'confiscation du permis',
    'confiscation de son permis', 'perdu ses points', 'perdu des points', 'perdu la totalité de ses points', 'perd des points', 'permis à zéro point', 'permis à zéro points',
    'plus de points sur son permis', 'plus aucun point', 'solde de points nul', 'lettre 48SI', 'suspension administrative du permis', 'suspension judiciaire du permis', 'permis blanc']],
], { notNear: ['préfecture', 'ANTS', 'guichet', 'récupérer', 'récupéré', 'fabriqué', 'fabrication', 'disponible', 'obtenu', 'réussi', 'auto-école', 'examen'] });

/** "son permis a été annulé", "le permis lui a été retiré", "permis est suspendu jusqu'en mai". */
function licencePassives(): string[] {
  const aux = ['a été', 'lui a été', 'est', 'était', 'avait été', 'lui avait été', 'vient d’être', "vient d'être", 'va être', 'sera'];
  const heads = ['permis', 'permis de conduire', 'permis B', 'permis C', 'permis poids lourd'];
  const out: string[] = [];
  for (const h of heads) for (const a of aux) for (const p of ['suspendu', 'retiré', 'annulé', 'invalidé']) out.push(`${h} ${a} ${p}`);
  return out;
}

/**
 * The licence as a bare head ("Permis C suspendu six mois", "permis poids lourd retiré", "son permis D a été annulé"): checked in code,
 * a category, an auxiliary and a sanction participle after it.
 */
const LICENCE_HEAD = entries('permishead', ['permis']);

/**
 * Undeclared employment as the person's own offence: "a employé deux saisonniers sans les déclarer", "faisait travailler des ouvriers
 * au noir". Checked in code: an employing verb before in the clause.
 */
const EMPLOYED_UNDECLARED = entries('nondecl', ['sans les déclarer', 'sans le déclarer', 'sans la déclarer', 'sans les avoir déclarés', 'sans les avoir déclarées',
  "sans l'avoir déclaré", "sans l'avoir déclarée", 'sans les déclarer à l’URSSAF', 'sans déclaration', 'sans aucune déclaration', 'sans contrat ni déclaration',
  'sans fiche de paie', 'sans fiches de paie', 'sans bulletin de salaire', 'sans bulletins de salaire', 'au noir', 'non déclaré', 'non déclarée', 'non déclarés', 'non déclarées',
  'non déclarés à l’URSSAF', 'sans être déclarés', 'sans être déclarées', 'sans être déclaré', 'sans être déclarée']);

/**
 * Insults, threats and blows aimed at an officer: "insulte à un policier", "a insulté un gendarme", "menaces envers un contrôleur",
 * "a craché sur un agent". Checked in code: the officer noun after a preposition and a determiner.
 */
const AGAINST_OFFICER = entries('agent', ['insulte', 'insultes', 'insulté', 'insultée', 'insultait', 'injure', 'injures', 'injurié', 'injuriée', 'menaces', 'menacé', 'menacée',
  'crachat', 'crachats', 'craché', 'crachée', 'bousculé', 'bousculée', 'mordu', 'mordue', 'coups', 'violences', 'violence', 'outrage', 'outrages', 'rébellion', 'résistance',
  'frappé', 'frappée', 'giflé', 'giflée', 'agressé', 'agressée', 'agression', 'insultes envers', 'propos injurieux']);

/** A complaint the person files against someone (not the partner, `vie-privee`): a pending criminal case ("a porté plainte contre son proxénète"). */
const COMPLAINT_AGAINST = entries('contre', ['porté plainte contre', 'porte plainte contre', 'porter plainte contre', 'portera plainte contre', 'déposé plainte contre',
  'déposer plainte contre', 'dépose plainte contre', 'déposé une plainte contre', 'déposer une plainte contre', 'porté plainte contre x', 'sa plainte contre', 'une plainte contre',
  'dépôt de plainte contre']);

/** Generic words: the person must be the author. */
const GENERIC = entries('delit', ['délit', 'délits', 'crime', 'crimes', 'infraction', 'infractions', 'contravention', 'contraventions',
  'amende', 'amendes', 'récidive', 'récidives', 'récidiviste', 'récidivistes', 'délinquant', 'délinquante', 'délinquants', 'délinquantes',
  'délinquance', 'voleur', 'voleuse', 'voleurs', 'déserteur', 'déserteurs', 'insoumis en fuite', 'plainte contre lui', 'plainte contre elle', "fait l'objet d'une plainte"]);

/**
 * Charges and arrests: findings with the offence or the police named after them ("jugé pour recel",
 * "accusé d'abus de confiance", "arrêté par les gendarmes"); "interpellé" also alone. Checked in code.
 */
const CHARGES = entries('charge', ['interpellé', 'interpellée', 'interpellés', 'interpellées', 'appréhendé', 'appréhendée', 'inculpé', 'inculpée',
  'arrêté', 'arrêtée', 'jugé', 'jugée', 'rejugé', 'rejugée', 'accusé', 'accusée', 'accuse', 'accusent', 'soupçonné', 'soupçonnée', 'soupçonne', 'soupçonnent',
  'suspecté', 'suspectée', 'poursuivi', 'poursuivie', 'enquête', 'mis en cause', 'mise en cause', 'placé en détention', 'placée en détention',
  'embarqué', 'embarquée', 'contrôlé', 'contrôlée', 'pris en flagrant délit', 'prise en flagrant délit', 'flagrant délit']);

/** Offences committed, as verbs: "il a braqué une station-service", "avait cambriolé". The person is the author. */
const OFFENCE_VERBS = entries('acte', ['piraté', 'hacké', 'piratait', 'braqué', 'cambriolé', 'escroqué', 'arnaqué', 'racketté', 'dealé', 'dealait', 'deale', 'fraudé', 'dérobé',
  'agressé', 'tabassé', 'frappé', 'menacé', 'tagué', 'vandalisé', 'dégradé', 'fracturé', 'détourné', 'falsifié', 'braquait', 'cambriolait',
  'trafiquait', 'revendait', 'recelait']);

const THEFT = entries('vol', ['vol', 'vols', 'volé', 'volée', 'volait', 'vole']);

/** Undeclared work: an offence of the person, but weak evidence (low confidence). */
const UNDECLARED = entries('noir', ['travaille au noir', 'travaillé au noir', 'travaillait au noir', 'travail au noir', 'travailler au noir',
  'payé au noir', 'payée au noir', 'emploi au noir', 'bosse au noir', 'travail dissimulé', 'travail non déclaré', 'emploi non déclaré',
  'emploi dissimulé'], { confidence: 'low' });

/**
 * Community service in lay words: "105 heures de travail non rémunéré", "travail gratuit imposé par le juge". Also unpaid work in
 * general (an internship, volunteering, family help): the rule wants a count of hours before or the vocabulary of a sentence near.
 */
const UNPAID = entries('tnr', ['travail non rémunéré', 'travaux non rémunérés', 'travail gratuit', 'travaux gratuits', 'travail bénévole imposé',
  'heures non rémunérées', 'travail non payé']);
/**
 * The children's judge in a criminal matter: "comparution devant le juge des enfants pour des vols", "convoqué chez le juge des enfants
 * au pénal". Child protection by the same judge is `vie-privee`: the rule wants an offence after "pour" or penal words near.
 */
const CHILDREN_JUDGE = entries('jde', ['juge des enfants', 'juge pour enfants', 'juges des enfants', 'juge des mineurs', 'tribunal des mineurs', 'tribunal de la jeunesse',
  'chambre de la jeunesse', 'juge de la jeunesse']);

/** The electronic tag as a bare noun ("il a encore le bracelet"): checked in code (a justice context or "encore/toujours" + avoir/porter). */
const BARE_TAG = entries('bracelet', ['bracelet', 'bracelets']);


/**
 * Offences told in plain words: counterfeits, false imprisonment, misappropriation at work, another's identity,
 * road offences of everyday driving, a positive roadside test.
 */
const EMBEZZLED = ['la caisse', "de l'argent", "l'argent", 'des fonds', 'les fonds', 'la recette', 'les recettes', 'des médicaments', 'de la codéine', 'des stupéfiants',
  'des marchandises', 'du matériel', 'des chèques', 'du carburant', 'des espèces', 'des cotisations', 'des subventions', 'des tickets-restaurant', 'du stock'];
const EMBEZZLE_HEADS = ['détourné', 'détournée', 'détournait', 'détournaient', 'détourner', 'détourne'];
const MISAPPROPRIATED = ['codéine', 'morphine', 'opiacés', 'tramadol', 'fentanyl', 'oxycodone', 'méthadone', 'subutex', 'psychotropes', 'ordonnances', 'caisse',
  'recettes', 'espèces', 'chèques', 'carburant', 'stock', 'cotisations', 'subventions', 'dons', 'tickets-restaurant', 'argent', 'médicaments', 'stupéfiants', 'fonds'];
const POSITIVE_HEADS = ['contrôlé positif', 'contrôlée positive', 'contrôlés positifs', 'testé positif', 'testée positive', 'dépisté positif', 'dépistée positive', 'contrôle positif', 'dépistage positif'];
const POSITIVE_TAILS = ["à l'alcool", 'au cannabis', 'aux stupéfiants', 'aux stups', 'à la cocaïne', 'au THC', 'au volant', "à l'alcootest", "à l'éthylotest", 'au dépistage',
  'au test salivaire', 'au dépistage salivaire', 'aux drogues', 'à la drogue'];
const PLAIN_OFFENCES = entries('infraction', [
  ['contrefaçons', ['vente de contrefaçons', 'recel de contrefaçons', 'produits contrefaits', 'marchandises contrefaites', 'articles contrefaits', 'vêtements contrefaits',
    'séquestration', 'séquestrations', 'séquestration arbitraire', 'détention arbitraire',
    ...EMBEZZLE_HEADS.flatMap((h) => EMBEZZLED.map((o) => `${h} ${o}`)),
    ...['détournement', 'détournements'].flatMap((h) => MISAPPROPRIATED.map((o) => (/^[aeiouéo]/.test(o) ? `${h} d'${o}` : `${h} de ${o}`))),
    "utilisé l'identité de", "utilise l'identité de", "utilisait l'identité de", "emprunté l'identité de", "empruntait l'identité de", "usurpé l'identité de",
    "usurpait l'identité de", 'sous une fausse identité', 'sous un faux nom', 'sous une autre identité', "papiers d'emprunt", "avec les papiers de son", "avec les papiers de sa",
    'téléphone tenu en main', 'téléphone en main au volant', 'téléphone au volant', 'portable au volant', 'usage du téléphone au volant', 'usage du portable au volant',
    'feu rouge grillé', 'grillé un feu rouge', 'grillé le feu rouge', 'brûlé un feu rouge', 'franchissement de ligne continue', 'refus de priorité', 'non-respect du stop',
    "non-respect d'un stop", 'non-respect du feu rouge', 'défaut de ceinture', 'refus de se soumettre aux vérifications',
    ...POSITIVE_HEADS.flatMap((h) => POSITIVE_TAILS.map((t) => `${h} ${t}`))]],
]);
/** Court-ordered courses and hearings said plainly: "stage de responsabilisation", "passe devant le tribunal en janvier". */
const PASS_FORMS = ['passe', 'passer', 'passé', 'passée', 'passera', 'passait', 'repasse', 'repasser', 'repassera', 'passerai', 'passes'];
const PLAIN_MEASURES = entries('mesure', [
  ['stage de responsabilisation', ['stages de responsabilisation', 'stage de responsabilisation pour la prévention et la lutte contre les violences au sein du couple',
    'stage de prévention des violences', 'stage de lutte contre les violences', 'stage de sensibilisation aux dangers', 'stage obligatoire de sensibilisation',
    'stage de sensibilisation imposé', 'stage de sensibilisation ordonné', 'stage ordonné par le juge', 'stage ordonné par le tribunal', 'stage imposé par le juge',
    ...PASS_FORMS.flatMap((v) => [`${v} devant le tribunal`, `${v} devant le juge`, `${v} devant les juges`, `${v} au tribunal`, `${v} en correctionnelle`])]],
]);
/** Probation obligations: "obligation de travailler" is also an employer's rule, so the vocabulary of a sentence must be near. */
const PROBATION_OBLIGATIONS = entries('mesure', [
  ['obligation de travailler', ['obligation de travail', "obligation d'exercer une activité professionnelle", "obligation d'exercer une activité", "obligation de suivre une formation",
    'obligation de formation', "obligation d'indemniser", "obligation d'indemniser la victime", 'obligation de réparer', "obligation de justifier d'un emploi",
    'obligation de rechercher un emploi', 'obligation de résidence', "obligation d'emploi"]],
], { near: ['sursis', 'probatoire', 'JAP', 'SPIP', 'CPIP', 'juge', 'tribunal', 'condamné', 'condamnée', 'probation', 'conditionnelle', 'peine', 'justice', 'judiciaire',
  'libéré', 'libérée', 'dégradations', 'délit', 'mois', 'pris', 'écopé'],
  notNear: ['employeur', 'salariés', 'Agefiph', 'OETH', 'handicapés', 'handicap', 'dimanche', 'samedi', 'nuit', 'contrat de travail', 'convention collective'] });
/** A roadside test with its rate: "contrôlé à 1,2 g d'alcool", "arrêté à 0,8 g" (the number and the unit after are checked in code). */
const RATE_HEADS = entries('taux', ['contrôlé à', 'contrôlée à', 'contrôlé avec', 'contrôlée avec', 'arrêté à', 'arrêtée à', 'intercepté à', 'interceptée à', 'contrôlé positif à',
  'contrôlée positive à', 'soufflé à', 'souffle à']);

/**
 * Home detention told by its parts: the hours the person must be home ("horaires d'assignation : 7 h – 19 h"),
 * "assigné à domicile"; the box of the tag is a bare noun checked in code (tag `boitier`: a tag, a probation office or a ringing near).
 */
const HOME_DETENTION = entries('mesure', [
  ["horaires d'assignation", ['horaire d’assignation', "horaire d'assignation", 'horaires d’assignation', "heures d'assignation", 'heures d’assignation', "plages d'assignation",
    'plages d’assignation', "plage d'assignation", 'plage d’assignation', "plages horaires d'assignation", "plage horaire d'assignation", "créneaux d'assignation",
    "créneau d'assignation", 'assignation à domicile', 'assigné à domicile', 'assignée à domicile', 'assignés à domicile', 'sous assignation', "périmètre d'assignation",
    "lieu d'assignation", "adresse d'assignation", 'alarme du bracelet', 'le bracelet a sonné', 'bracelet qui sonne', 'bracelet a bipé']],
]);
const TAG_BOX = entries('boitier', ['boîtier', 'boîtiers']);
/** A complaint filed against the person, in the passive or with its target after: "une plainte a été déposée contre lui", "plainte à son encontre". */
const AGAINST_HIM_AUX = ['a été', 'avait été', 'est', 'sont', 'ont été', 'avaient été', 'vient d’être', "vient d'être"];
const COMPLAINTS_AGAINST_HIM = entries('mesure', [
  ['plainte à son encontre', ['plaintes à son encontre', 'plainte déposée à son encontre', 'plainte portée à son encontre', 'plaintes déposées contre lui', 'plaintes déposées contre elle',
    'plainte portée contre lui', 'plainte portée contre elle', 'plaintes portées contre lui', 'plaintes portées contre elle', 'visé par une plainte', 'visée par une plainte',
    'visé par plusieurs plaintes', 'visée par plusieurs plaintes', "fait l'objet de plaintes", "fait l'objet de plusieurs plaintes", "fait l'objet d'un dépôt de plainte",
    ...['plainte', 'plaintes'].flatMap((h) => AGAINST_HIM_AUX.flatMap((a) => ['déposée', 'portée', 'déposées', 'portées'].flatMap((v) => [`${h} ${a} ${v} contre lui`, `${h} ${a} ${v} contre elle`, `${h} ${a} ${v} à son encontre`])))]],
], { notNear: ['conjoint', 'conjointe', 'mari', 'épouse', 'ex', 'ex-conjoint', 'ex-conjointe', 'ex-mari', 'ex-femme', 'ex-compagnon', 'ex-compagne', 'compagnon', 'compagne', 'concubin', 'concubine'] });
/**
 * Fare evasion named by the network or the missing ticket: "fraude aux transports", "fraude à la SNCF", "contrôlé sans titre de transport".
 * Not the staff who fight it ("agent de prévention de la fraude dans les transports").
 */
const FARE_NETS = ['transports', 'transports en commun', 'métro', 'tram', 'tramway', 'bus', 'train', 'TER', 'RER', 'TGV', 'car'];
const FARE_EVASION = entries('infraction', [
  ['fraude aux transports', ['fraude aux transports en commun', 'fraude ferroviaire', 'fraude à la SNCF', 'fraude SNCF', 'fraude à la RATP', 'fraude RATP', 'fraude au ticket', 'fraudes aux transports',
    ...FARE_NETS.flatMap((n) => [`fraude dans le ${n}`, `fraude dans les ${n}`, `fraude au ${n}`, `fraudé dans le ${n}`, `fraudait dans le ${n}`, `fraudes dans le ${n}`]),
    ...['contrôlé', 'contrôlée', 'contrôlés', 'pris', 'prise', 'voyagé', 'voyageait', 'voyager', 'voyage', 'circulait', 'verbalisé', 'verbalisée', 'attrapé', 'attrapée']
      .flatMap((v) => [`${v} sans titre de transport`, `${v} sans billet`, `${v} sans ticket`]),
    'infraction à la police des transports', 'infractions à la police des transports', 'sans titre de transport valable']],
], { notNear: ['contrôleur', 'contrôleuse', 'agent', 'agente', 'agents', 'lutte', 'prévention', 'brigade', 'médiateur', 'médiatrice', 'vérificateur', 'vérificatrice', 'sûreté', 'campagne'] });
/** Small drug dealing as a noun after "faire": "il a fait un peu de deal", "faisait du petit deal" (not "faire un deal avec", an agreement). */
const DO_FORMS = ['fait', 'faisait', 'faire', 'fais', 'faisais', 'faisaient', 'font', 'fera', 'ferait', 'refait', 'refaire'];
const DEAL_NOUN = entries('infraction', [
  ['fait du deal', [...DO_FORMS.flatMap((v) => [`${v} du deal`, `${v} un peu de deal`, `${v} du petit deal`, `${v} un peu de petit deal`, `${v} de la revente de drogue`, `${v} de la revente de shit`]),
    'point de deal', 'points de deal', 'tombé dans le deal', 'tombée dans le deal', 'vivait du deal', 'vit du deal', 'vivre du deal', "l'argent du deal", 'réseau de deal', 'deal de rue',
    'petit deal de quartier', 'du deal de quartier']],
]);
/**
 * Blows exchanged or dealt after a row: "un accrochage suivi de coups", "échange de coups sur le parking", "ils en sont venus aux mains".
 * Not a sport ("échange de coups au sparring") nor a partner (`vie-privee`, checked in code).
 */
const BLOWS = entries('infraction', [
  ['échange de coups', ['échanges de coups', 'suivi de coups', 'suivie de coups', 'suivis de coups', 'suivies de coups', 'a porté des coups', 'avait porté des coups', 'distribué des coups',
    'en est venu aux mains', 'en est venue aux mains', 'en sont venus aux mains', 'en était venu aux mains', 'en étaient venus aux mains', 'en venir aux mains', 'en vient aux mains',
    'a donné des coups', 'avait donné des coups', 'a roué de coups', 'a passé à tabac']],
], { notNear: ['boxe', 'boxeur', 'boxeuse', 'sparring', 'ring', 'MMA', 'karaté', 'judo', 'kick-boxing', 'entraînement', 'combat', 'combats', 'tatami', 'film', 'cascadeur', 'cascade', 'scène', 'théâtre', 'reçu', 'subi', 'victime'] });

export const INFRACTIONS_LEXICON: LexiconEntry[] = [
  ...HOME_DETENTION, ...TAG_BOX, ...COMPLAINTS_AGAINST_HIM, ...FARE_EVASION, ...DEAL_NOUN, ...BLOWS,
  ...BARE_TAG, ...UNPAID, ...CHILDREN_JUDGE, ...PLAIN_OFFENCES, ...PLAIN_MEASURES, ...PROBATION_OBLIGATIONS, ...RATE_HEADS,
  ...MEASURES, ...POLICE_FILES, ...ACRONYMS, ...FOLLOW_UP, ...PRISON, ...JUVENILE, ...SERVED, ...SERVED_TOWNS, ...SERVED_VERBS, ...JUVENILE_MEASURES, ...JUVENILE_COURT, ...JUVENILE_REPAIR, ...DETENTION, ...DETAINEE, ...CONVICTION, ...STAY, ...RECORD, ...TRIAL, ...PENDING_ONGOING, ...VISITS, ...OFFENCES, ...POACHING, ...REBELLION, ...ARSON, ...POLICE_HEARD, ...PARKING, ...DRUG_TRADE, ...SELLING, ...TRADE_ROLES, ...PRISON_SLANG,
  ...LICENCE, ...LICENCE_VERBS, ...LICENCE_HEAD, ...EMPLOYED_UNDECLARED, ...CUPBOARD, ...PENDING_CASE, ...CRIMINAL_TRIAL, ...CIVIL_PARTY, ...POINTS_LOST, ...COMPLAINT_AGAINST, ...GENERIC, ...ANIMAL_HARM, ...THEFT, ...UNDECLARED, ...CHARGES, ...OFFENCE_VERBS, ...BULLETINS, ...PRISON_ACRONYMS, ...CUSTODY_PLACES, ...TOOK, ...PENDING, ...REPORTING,
  // last: a tie at one position goes to the entries above
  ...NAMED_ONLY, ...AGAINST_OFFICER,
];
