/**
 * Lexicon of `finances` (TAXONOMY.md §3.4 situation-financiere; eval/README.md): debts,
 * over-indebtedness procedures, bank incidents, debt collection, evictions for arrears, food aid.
 * Precise amounts of the person's resources or debts are found in code (rules/finances.ts).
 *
 * Not here: naming a benefit without an amount ("bénéficiaire du RSA", "perçoit l'ARE"), target
 * salaries, training costs, CPF, "crédit d'impôt", "crédit d'heures", banking or debt collection as a
 * job ("conseiller bancaire", "chargé de recouvrement", "clerc d'huissier"), and vague wording
 * ("problèmes d'argent", "situation budgétaire"), which name no debt, no incident and no amount (eval/README.md finances).
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

/** First fix: the action, not the financial story (TAXONOMY §3.4 rewordings). */
export const FINANCE_REWRITE = '[à retirer ; si utile : orientation vers un accompagnement social proposée]';

const JOB_BEFORE = [
  'chargé de', 'chargée de', 'chargés de', 'agent de', 'agente de', 'gestionnaire de', 'gestionnaire', 'responsable du', 'responsable de', 'service de', 'service du',
  'clerc de', "clerc d'", 'clerc', 'étude de', "étude d'", 'cabinet de', "cabinet d'", 'assistant de', 'assistante de', 'secrétaire de', "secrétaire d'", 'métier de',
  "métier d'", 'stage chez un', 'stage chez', 'collaborateur de', 'collaboratrice de', 'en', 'juriste en', 'conseiller en', 'conseillère en', 'spécialiste du', 'société de',
  // a unit of the employer: « responsable du pôle recouvrement amiable », « chef du service contentieux », « a dirigé la cellule surendettement »
  'responsable du pôle', 'chef du pôle', 'du pôle', 'responsable du service', 'chef du service', 'chef de service', 'directeur du', 'directrice du', 'la cellule', 'de la cellule', 'le département', 'du département',
];

/** Words of the over-indebtedness procedure and of debts: a moratorium or a repayment plan is the person's debt near them. */
const PROCEDURE_NEAR = ['BDF', 'Banque', 'commission', 'surendettement', 'surendetté', 'surendettée', 'dettes', 'dette', 'créanciers', 'créancier', 'crédits', 'crédit',
  'CAF', 'impôts', 'Trésor', 'SIP', 'bailleur', 'loyers', 'loyer', 'arriérés', 'impayés', 'indu', 'trop-perçu', 'URSSAF', 'huissier', 'prêt', 'prêts', 'rembourser', 'rembourse',
  'mensualités', 'recevable', 'moratoire', 'rétablissement', 'effacement', 'Cofidis', 'Cetelem', 'Sofinco', 'Oney', 'Floa', 'Franfinance'];
/** A job around the procedure's words: "rédige les plans de remboursement des clients", "conseillère en surendettement". */
const JOB_NEAR = ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'PMSMP', 'métier', 'gestionnaire',
  'rédige', 'rédiger', 'rédigeait', 'instruit', 'instruire', 'instruisait', 'traite', 'traiter', 'traitait', 'gère', 'gérer', 'gérait', 'clients', 'usagers', 'ménages', 'familles', 'formation', 'module'];

/** Others whose eviction a report may mention: squatters, a camp, the tenants a property manager handles. */
const OTHERS_EVICTED = ['des squatteurs', 'de squatteurs', 'des squats', 'du squat', 'des occupants', "d'occupants", 'des occupants sans titre', 'du campement', 'des campements', 'du camp', 'des gens du voyage',
  'des migrants', 'des exilés', 'des locataires', 'de locataires', 'du locataire', 'des commerçants', 'des forains', 'des manifestants', 'des grévistes', 'de la ZAD', 'des zadistes'];

const e = (terms: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] => terms.map((t) => ({ lemma: t, rewrite: FINANCE_REWRITE, ...extra }));

/** "n'arrive plus à payer son loyer", "ne parvient plus à rembourser ses crédits". */
function payingTrouble(): string[] {
  const heads = ["n'arrive plus à", "n'arrive pas à", 'ne parvient plus à', 'ne parvient pas à', 'ne peut plus', 'ne pouvait plus', "n'arrivait plus à", 'ne parvenait plus à', 'du mal à', 'des difficultés à', 'peine à', 'incapable de'];
  const verbs = ['payer', 'rembourser', 'régler', 'honorer', 'assumer'];
  const objects = ['son loyer', 'ses loyers', 'le loyer', 'ses factures', 'les factures', 'ses dettes', 'ses crédits', 'son crédit', 'le crédit', 'ses mensualités', 'les mensualités',
    'ses échéances', 'ses charges', 'les charges', 'ses impôts', 'sa dette', 'son découvert', "l'électricité", 'son électricité', 'la cantine', 'son prêt', 'ses prêts', 'ses créanciers', ''];
  const out: string[] = [];
  for (const h of heads) for (const v of verbs) for (const o of objects) {
    // "du mal à payer" alone is too vague: the object is needed, except for "rembourser" after a firm head
    if (!o && (h === 'du mal à' || h === 'des difficultés à' || h === 'peine à' || v !== 'rembourser')) continue;
    out.push(`${h} ${v} ${o}`.trim());
  }
  return out;
}
/** "saisie sur ses indemnités", "saisie sur son RSA", "retenue sur ses allocations". */
function seizures(): string[] {
  const dets = ['son', 'sa', 'ses', 'le', 'la', 'les', 'leur', 'leurs'];
  const things = ['salaire', 'salaires', 'compte', 'comptes', 'allocations', 'indemnités', 'ARE', 'RSA', 'prestations', 'pension', 'revenus', 'chômage', 'retraite', 'paie', 'paye', 'prime', 'APL', 'AAH', 'livret', 'épargne', 'véhicule', 'voiture', 'biens'];
  const benefits = new Set(['salaire', 'salaires', 'allocations', 'indemnités', 'ARE', 'RSA', 'prestations', 'APL', 'AAH', 'paie', 'paye']);
  const out: string[] = [];
  for (const h of ['saisie sur', 'saisies sur', 'saisie de', 'saisi sur', 'retenue sur', 'retenues sur']) for (const d of dets) for (const t of things) {
    if (h.startsWith('retenue') && !benefits.has(t)) continue;
    out.push(`${h} ${d} ${t}`);
  }
  return out;
}

/** Consumer-credit lenders by brand, alone or after « crédit », « prêt »: « rembourse un crédit Floa ». */
function consumerCredit(): string[] {
  const brands = ['Cofidis', 'Cetelem', 'Sofinco', 'Younited', 'Younited Credit', 'Floa', 'Floa Bank', 'Oney', 'Franfinance', 'Cofinoga', 'Sofemo', 'Finaref',
    'Carrefour Banque', 'Créatis', 'Cashper', 'Klarna'];
  const out: string[] = [];
  for (const b of brands) out.push(b, `crédit ${b}`, `crédits ${b}`, `prêt ${b}`, `crédit chez ${b}`, `prêt chez ${b}`);
  return out;
}

export const FINANCES: LexiconEntry[] = [
  // dettes
  ...e([
    'dettes de loyer', 'dette de loyer', 'dette locative', 'dettes locatives', "dette d'énergie", "dettes d'énergie", "dette d'électricité", "dettes d'électricité",
    'dette de gaz', "dette d'eau", 'dette de cantine', 'dettes de cantine', "dette d'impôts", "dettes d'impôts", 'dette fiscale', 'dettes fiscales', 'dette de jeu',
    'dettes de jeu', 'dette auprès du Trésor public', 'dette auprès des impôts', 'dette auprès de la CAF', 'dette CAF', 'dette envers la CAF', 'dette auprès de France Travail',
    'dette auprès de Pôle emploi', 'dette auprès de son bailleur', 'dette auprès du bailleur', 'dette de la CAF', 'dettes auprès de plusieurs organismes', 'dettes personnelles',
    'dette personnelle', 'plusieurs dettes', 'de nombreuses dettes', 'nombreuses dettes', 'grosses dettes', 'grosse dette', 'dette importante', 'dettes importantes',
    'endettement', 'endetté', 'endettée', 'endettés', 'endettées', 'très endetté', 'très endettée', 'lourdement endetté', 'lourdement endettée',
    'trop-perçu', 'trop-perçus', 'trop perçu', 'un indu', 'des indus', 'indu CAF', 'indus CAF', 'indu de la CAF', 'indu France Travail', 'indu Pôle emploi',
    'rembourser un indu', 'remboursement d’un indu', "remboursement d'un indu", 'reconnaissance de dette', 'ses créanciers', 'créanciers',
    "doit de l'argent", "doit beaucoup d'argent", "doit pas mal d'argent",
    // owing money, every person and tense, « encore » or « toujours » between: « je dois encore de l'argent là-bas », « il devait toujours de l'argent »
    ...['dois', 'doit', 'doivent', 'devait', 'devais', 'devaient', 'devoir'].flatMap((v) => ['', ' encore', ' toujours'].flatMap((a) =>
      ["de l'argent", 'de l’argent', "beaucoup d'argent", 'pas mal d’argent', "pas mal d'argent"].map((o) => `${v}${a} ${o}`))).filter((x) => !["doit de l'argent", "doit beaucoup d'argent", "doit pas mal d'argent"].includes(x)),
    "emprunté de l'argent", "emprunte de l'argent", "emprunter de l'argent",
    "dettes auprès de ses proches", 'croule sous les dettes', 'criblé de dettes', 'criblée de dettes', 'endetté jusqu’au cou', "endetté jusqu'au cou",
    'rembourser les arriérés', 'rembourser ses arriérés', 'échéancier avec son bailleur', 'échéancier avec son propriétaire',
  ]),
  ...e(['dette', 'dettes'], {
    tag: 'dette',
    notBefore: ['publique', 'de l’entreprise', "de l'entreprise", 'de la société', 'sociale', 'covid', 'morale', 'de reconnaissance',
      // corporate finance: « la renégociation de la dette senior du groupe », « dette nette », « dette obligataire »
      'senior', 'junior', 'mezzanine', 'obligataire', 'subordonnée', 'financière', 'nette', 'brute', 'bancaire du groupe', 'du groupe', 'de la holding', 'de la filiale',
      'des clients', "d'acquisition", 'LBO', 'corporate', 'sur EBITDA', "d'exploitation", 'de l’État', 'souveraine', 'envers la société', 'envers la justice', 'envers les victimes', 'envers la victime', 'écologique', 'technique', 'souveraine', 'de l’État', "de l'État",
      // a country's debt, a topic of economics: « la dette grecque », « la dette nationale », « la dette des pays du Sud »
      'nationale', 'extérieure', 'mondiale', 'grecque', 'française', 'italienne', 'américaine', 'argentine', 'espagnole', 'allemande', 'européenne', 'africaine',
      'du pays', 'des pays', 'des États', 'de la France', 'de la Grèce', 'des ménages', 'des collectivités', 'de la Sécurité sociale', 'de la sécu'],
    notAfter: [...JOB_BEFORE, 'renégociation de la', 'renégocié la', 'restructuration de la', 'restructuré la', 'refinancement de la', 'refinancé la', 'levée de', 'ratio de',
      'émission de', 'marché de la', 'titres de', 'fonds de', 'gestion de la', 'pilotage de la', 'piloté la'],
  }),
  // English money words typed in notes: « overdraft permanent », « debts à rembourser », « payday loan » (not the jobs: « debt collector », « loan officer »)
  ...e(['overdraft', 'overdrafts', 'overdraft permanent', 'permanent overdraft', 'debt', 'debts', 'in debt', 'arrears', 'payday loan', 'payday loans', 'bankrupt', 'bankruptcy',
    'unpaid bills', 'credit card debt', 'late payments', 'broke'], {
    notBefore: ['collector', 'collectors', 'collection', 'officer', 'officers', 'manager', 'managers', 'analyst', 'advisor', 'adviser', 'recovery', 'management', 'desk', 'team'],
    notAfter: [...JOB_BEFORE, 'chargé de', 'chargée de', 'service', 'équipe'],
  }),
  // surendettement, Banque de France
  ...e([
    'surendettement', 'surendetté', 'surendettée', 'surendettés', 'surendettées', 'dossier de surendettement', 'commission de surendettement', 'plan de surendettement',
    'procédure de surendettement', 'dossier Banque de France', 'dossier à la Banque de France', 'dossier déposé à la Banque de France', 'dossier BDF', 'commission BDF',
    'fiché à la Banque de France', 'fichée à la Banque de France', 'fiché Banque de France', 'fichée Banque de France', 'fichés à la Banque de France', 'fichage Banque de France',
    'fiché au FICP', 'fichée au FICP', 'inscrit au FICP', 'inscrite au FICP', 'inscription au FICP', 'FICP', 'fichier des incidents', 'fiché bancaire', 'fichée bancaire',
    // banking blacklists by their full names (FCC: cheques and cards; FICP: credit repayments), and being listed at the Banque de France
    'fichier central des chèques', 'fichier central des chèques impayés', 'fichier central de la Banque de France', 'fichier national des incidents de remboursement',
    'fichier national des incidents de remboursement des crédits aux particuliers', 'fichier des incidents de remboursement', 'fichier des incidents de crédit',
    'fichier des incidents de paiement', 'fichier des chèques impayés', 'fichier des interdits bancaires', 'fichier Banque de France', 'fichiers de la Banque de France',
    'fiché à la BDF', 'fichée à la BDF', 'fiché BDF', 'fichée BDF', 'fiché au FCC', 'fichée au FCC', 'inscrit au FCC', 'inscrite au FCC', 'inscription au FCC',
    'inscrit à la Banque de France', 'inscrite à la Banque de France', 'inscription à la Banque de France', 'signalé à la Banque de France', 'signalée à la Banque de France',
    'fiché par la Banque de France', 'fichée par la Banque de France', 'fiché par sa banque', 'fichée par sa banque', 'fichage bancaire', 'fiché à la banque', 'fichée à la banque',
    'interdit de carte bancaire', 'interdite de carte bancaire', 'interdit de carte', 'interdite de carte', 'interdit de crédit', 'interdite de crédit', 'interdit de chèques',
    'interdite de chèques', 'interdiction de chéquier', "interdit d'émettre des chèques", "interdite d'émettre des chèques", 'privé de chéquier', 'privée de chéquier',
    'interdit de banque', 'interdite de banque', 'interdiction bancaire en cours',
    // plans and measures of the over-indebtedness commission: "plan conventionnel de redressement", "mesures imposées par la commission"
    'plan conventionnel de redressement', 'plans conventionnels de redressement', 'plan conventionnel', 'plan de redressement personnel', 'plan Banque de France',
    'mesures imposées par la commission', 'mesures recommandées par la commission', 'dossier jugé recevable par la commission',
    'rétablissement personnel', 'procédure de rétablissement personnel', 'effacement de dettes', 'effacement de ses dettes', 'moratoire sur ses dettes', "plan d'apurement",
    'plan d’apurement', 'échéancier de remboursement', 'échéancier de paiement', 'échéancier avec le bailleur', 'échéancier avec la CAF', 'échéancier avec les impôts',
  ]),
  // the over-indebtedness commission by its authority's name, and its plan (not a firm's « plan de redressement judiciaire »)
  ...e(['commission de la Banque de France', 'commission Banque de France'], { notAfter: JOB_BEFORE, notNear: JOB_NEAR }),
  ...e(['plan de redressement', 'plans de redressement'], {
    near: ['Banque de France', 'BDF', 'commission', 'surendettement', 'dettes', 'créanciers'],
    notNear: [...JOB_NEAR, 'judiciaire', 'entreprise', 'société', 'tribunal', 'liquidation', 'commerce', 'sauvegarde', 'mandataire'], notAfter: JOB_BEFORE }),
  // the over-indebtedness procedure in the words of its steps: "moratoire de 24 mois", "plan de remboursement avec la Banque de France",
  // "dossier déclaré recevable", "orienté en PRP", "ses dettes ont été effacées"; the moratorium's length joins it in code (tag 'moratoire')
  ...e(['moratoire', 'moratoires', 'suspension d’exigibilité', "suspension d'exigibilité", 'report des échéances', 'report de ses échéances', 'gel des dettes', 'gel de ses dettes'], {
    tag: 'moratoire', near: PROCEDURE_NEAR, notNear: [...JOB_NEAR, 'loi', 'gouvernement', 'national', 'nucléaire', 'pêche', 'OGM', 'voté', 'votée', 'décrété', 'décrète', 'annoncé', 'annonce', 'trêve', 'hivernale', 'Covid', 'covid', 'pandémie', 'crise', 'État', 'ministre'], notAfter: JOB_BEFORE }),
  // a payment schedule granted by a creditor, whatever its wording: « un échéancier de 60 € par mois accordé par le Trésor public », « échéancier négocié avec l'URSSAF »
  // (tag 'schedule': silent after a debt reported earlier in its sentence, which it only restates: « un arriéré URSSAF, échéancier accordé jusqu'en décembre »)
  ...e(['échéancier', 'échéanciers'], {
    tag: 'schedule',
    // granted by its verb (a bare « échéancier signé » after the debt restates it)
    near: ['accordé', 'accordée', 'négocié', 'négociée', 'obtenu', 'obtenue', 'consenti', 'consentie', 'octroyé', 'octroyée',
      // or set up with a creditor, or for what is owed: « un échéancier a été mis en place avec le Trésor public pour ses amendes »
      'Trésor', 'URSSAF', 'impôts', 'amende', 'amendes', 'créancier', 'créanciers', 'huissier', 'arriérés', 'impayés', 'dette', 'dettes', 'indu', 'trop-perçu'],
    notNear: [...JOB_NEAR, 'chantier', 'projet', 'travaux', 'livraison', 'planning', 'formation', 'études'], notAfter: JOB_BEFORE }),
  // a home mortgaged to pay debts or keep a business afloat: « il a hypothéqué sa maison pour renflouer sa boutique »
  ...e(['hypothéqué sa maison', 'hypothéqué son appartement', 'hypothéqué ses biens', 'hypothéqué son logement', 'hypothéquer sa maison', 'hypothéquer son appartement',
    'hypothéqué la maison', 'hypothéqué leur maison', 'hypothéqué leur appartement', 'hypothéqué son pavillon', 'hypothéqué sa ferme', 'hypothéqué ses terres',
    'hypothèque sur sa maison', 'hypothèque sur son appartement', 'hypothèque sur son logement', 'hypothéquée pour', 'hypothéqué pour'], { notAfter: JOB_BEFORE, notNear: JOB_NEAR }),
  // pay withheld for a debt: "retenue sur salaire de 80 € par mois pour rembourser l'indu" (the amount is reported on its own in code)
  ...e(['retenue sur salaire', 'retenues sur salaire', 'prélèvement sur salaire', 'prélèvements sur salaire', 'ponction sur salaire', 'ponctions sur salaire', 'ponction sur son salaire', 'ponction sur ses allocations'], {
    near: ['indu', 'indus', 'dette', 'dettes', 'rembourser', 'rembourse', 'remboursement', 'créancier', 'créanciers', 'huissier', 'saisie', 'CAF', 'trop-perçu', 'bailleur', 'loyers', 'arriérés', 'pension', 'Trésor'],
    notNear: JOB_NEAR, notAfter: JOB_BEFORE }),
  ...e(['plan de remboursement', 'plans de remboursement', 'plan de désendettement', 'plan d’échelonnement', "plan d'échelonnement", 'délais de paiement', 'délai de grâce',
    'recevabilité', 'décision de recevabilité',
    'mesures imposées', 'mesures recommandées', 'orienté en rétablissement personnel', 'orientée en rétablissement personnel', 'orientation vers un rétablissement personnel'], {
    near: PROCEDURE_NEAR, notNear: [...JOB_NEAR, 'VAE', 'jury', 'candidature', 'livret', 'validation', 'acquis', 'diplôme', 'prud’hommes', "prud'hommes", 'recours', 'appel', 'plainte', 'asile', 'OFPRA', 'CNDA', 'titre'],
    notAfter: JOB_BEFORE }),
  ...e(['PRP', 'PCR'], { upper: true, near: PROCEDURE_NEAR, notNear: [...JOB_NEAR, 'test', 'tests', 'covid', 'Covid', 'COVID', 'dépistage', 'antigénique', 'négatif', 'positif', 'injection', 'plasma', 'laboratoire'] }),
  ...e(['effacement des dettes', 'effacement de la dette', 'effacement de sa dette', 'effacement partiel', 'effacement total', 'effacement de ses crédits', 'dettes effacées',
    'dettes ont été effacées', 'dette a été effacée', 'dettes seront effacées', 'dettes vont être effacées', 'dettes sont effacées']),
  // tax and other arrears: "arriéré d'impôts de 3 400 €", "arriérés de taxe foncière", "impôts en retard" (the amount after joins in code)
  ...e(['arriéré d’impôts', "arriéré d'impôts", "arriérés d'impôts", 'arriérés d’impôts', "arriéré d'impôt", "arriérés d'impôt", 'arriéré fiscal', 'arriérés fiscaux',
    'arriéré de taxe foncière', 'arriérés de taxe foncière', "arriéré de taxe d'habitation", "arriérés de taxe d'habitation", "arriéré d'impôt sur le revenu",
    'arriéré de charges', 'arriérés de charges', "arriéré d'électricité", "arriérés d'électricité", "arriéré d'énergie", "arriérés d'énergie", 'arriéré de gaz', 'arriérés de gaz',
    "arriéré d'eau", "arriérés d'eau", 'arriéré de cantine', 'arriérés de cantine', 'arriérés de crèche', 'arriéré de crèche', 'arriéré de crédit', 'arriérés de crédit',
    'arriéré de mensualités', 'arriérés de mensualités', 'arriéré CAF', 'arriérés CAF', 'arriéré de la CAF', 'arriéré URSSAF', 'arriérés URSSAF',
    'impôts en retard', 'impôts impayés', 'impôt impayé', 'retard d’impôts', "retard d'impôts", "retards d'impôts", "retard d'impôt", 'retard de paiement des impôts',
    "rappel d'impôts", "rappel d'impôt", 'rappel d’impôt', "rappels d'impôts", 'dette au Trésor public', 'dette au SIP', 'dette auprès du SIP', 'dettes auprès du SIP', 'dette envers le fisc', 'dette au fisc',
    'un arriéré de', "l'arriéré de", 'son arriéré de', 'un arriéré', 'son arriéré', 'leur arriéré', 'cet arriéré'],
  { notAfter: JOB_BEFORE, notNear: ['employeur', 'employeurs', 'salaire', 'salaires', 'prud’hommes', "prud'hommes", 'clients', 'client', 'gestionnaire', 'comptable', 'poste', 'offre', 'missions', 'recouvre', 'recouvrer'] }),
  // a maintenance owed to the person and no longer paid is an arrear: "la pension alimentaire n'est plus versée", "impayés de pension alimentaire"
  // (told with the debtor as subject, « son ex ne verse plus la pension », it is the family conflict of rules/vie-privee.ts)
  ...e([...['pension', 'pension alimentaire', 'pensions alimentaires', 'contribution à l’entretien des enfants', "contribution à l'entretien des enfants"].flatMap((p) =>
    ["n'est plus versée", 'n’est plus versée', "n'est pas versée", "n'est plus payée", "n'est pas payée", "n'est jamais versée", 'non versée', 'non payée', 'impayée', 'impayées',
      "n'a plus été versée", "n'a pas été versée", "ne sont plus versées", 'non versées'].map((s) => `${p} ${s}`)),
    // the arrear named first: « impayés de pension alimentaire », « arriérés de pension », « retard de pension alimentaire »
    ...['impayés', 'impayé', 'arriérés', 'arriéré', 'retard', 'retards', 'dette', 'dettes'].flatMap((h) => ['pension alimentaire', 'pensions alimentaires', 'pension', 'la pension alimentaire',
      'contribution à l’entretien des enfants', "contribution à l'entretien des enfants"].map((p) => `${h} de ${p}`))], {
    notNear: ['retraite', 'retraites', 'invalidité', 'caisse', 'CARSAT', 'MSA', 'réversion'], notAfter: JOB_BEFORE }),
  // "son compte est à découvert", not "il a découvert le métier": see rules/finances.ts
  // (not the figure of being exposed: « mettre ses faiblesses à découvert » after its verb, « agir à découvert », « à découvert sur le plan sportif »)
  ...e(['à découvert'], { tag: 'a-decouvert', notAfter: ['laisser', 'laisse', 'laissé', 'laissée', 'laissés', 'mettre', 'met', 'mis', 'mise', 'agir', 'agit', 'agi', 'avancer', 'avance', 'avancé', 'jouer', 'joue', 'opérer'],
    notBefore: ['sur le plan', 'sur ce plan', 'face à', 'devant'] }),
  ...e(['compte bloqué', 'comptes bloqués', 'comptes sont bloqués', 'compte est bloqué', 'compte a été bloqué', 'comptes ont été bloqués'], { near: ['banque', 'bancaire', 'bancaires', 'saisie', 'huissier', 'découvert', 'impayés', 'trésor', 'impôts'] }),
  ...e(['les arriérés', 'des arriérés', 'ses arriérés', 'leurs arriérés'], { notBefore: ['de salaire', 'de salaires', 'de paie', 'de primes'], notNear: ['employeur', 'employeurs', 'prud’hommes', "prud'hommes", 'salaire', 'salaires'] }),
  ...e(['dans le rouge'], { near: ['compte', 'comptes', 'banque', 'bancaire', 'découvert', 'mois', 'budget', 'finances'] }),
  ...e(['ATD', 'SATD'], { upper: true, notBefore: ['Quart Monde', 'Quart-Monde'] }),
  ...e(['FCC', 'BDF'], { upper: true, near: ['fiché', 'fichée', 'fichier', 'inscrit', 'inscrite', 'dossier', 'banque', 'compte', 'surendettement', 'commission'] }),
  // incidents bancaires
  ...e([
    'interdit bancaire', 'interdite bancaire', 'interdits bancaires', 'interdiction bancaire', 'interdit de chéquier', 'interdite de chéquier', "interdiction d'émettre des chèques",
    'découvert bancaire', 'découverts bancaires', 'découvert non autorisé', 'découvert autorisé dépassé', 'dépasse son découvert', 'dépassement de découvert',
    'son découvert', 'un découvert', 'en découvert', 'mon découvert', 'leur découvert', 'compte débiteur', 'solde débiteur', 'compte dans le rouge',
    // overdrafts in the plural or now behind the person (« je n'ai plus de découvert », « des découverts à répétition »): the denial « jamais de découvert » is not here
    'plus de découvert', 'des découverts', 'ses découverts', 'mes découverts', 'leurs découverts', 'découverts à répétition', 'découverts répétés', 'découverts fréquents',
    'gros découvert', 'gros découverts', 'découvert permanent', 'découvert chronique', 'comptes débiteurs', 'soldes débiteurs',
    'retiré son chéquier', 'retiré sa carte bancaire', 'retrait de sa carte bancaire', 'retrait de son chéquier', 'retiré sa carte et son chéquier',
    'rejet de prélèvement', 'rejets de prélèvement', 'rejets de prélèvements', 'prélèvement rejeté', 'prélèvements rejetés', 'prélèvements impayés', 'prélèvement impayé',
    'chèque sans provision', 'chèques sans provision', 'chèque impayé', 'chèques impayés', 'chèque rejeté', 'chèques rejetés', 'incident bancaire', 'incidents bancaires',
    'incident de paiement', 'incidents de paiement', "frais d'incident", "frais d'incidents", 'frais bancaires importants', 'compte bloqué par la banque', 'compte saisi',
    'carte bancaire bloquée', 'carte bloquée', 'carte confisquée', 'clôture de son compte par la banque', 'compte clôturé par la banque',
  ]),
  // the card blocked or withdrawn, said with a verb: « sa carte est bloquée par la banque », « sa carte bancaire a été retirée », « ses cartes ont été suspendues »
  // (a bank's word must be near: a badge, a transport or a loyalty card can be blocked too)
  ...e(['carte', 'carte bancaire', 'CB', 'carte bleue'].flatMap((c) => ['bloquée', 'suspendue', 'retirée', 'confisquée'].flatMap((p) => ['par la banque', 'par sa banque', 'par ma banque']
    .flatMap((b) => [`est ${p} ${b}`, `a été ${p} ${b}`, `était ${p} ${b}`, `${p} ${b}`])).map((v) => `${c} ${v}`)), { notAfter: JOB_BEFORE }),
  ...e(['carte', 'carte bancaire', 'CB', 'carte bleue'].flatMap((c) => ['est bloquée', 'a été bloquée', 'était bloquée', 'est suspendue', 'a été suspendue', 'a été retirée', 'a été confisquée']
    .map((v) => `${c} ${v}`)), {
    near: ['banque', 'bancaire', 'découvert', 'impayé', 'impayés', 'incident', 'incidents', 'prélèvement', 'prélèvements', 'rejet', 'rejets', 'solde', 'provision', 'dettes', 'fiché', 'fichée'],
    notAfter: JOB_BEFORE }),
  // a payment that fails for want of funds, a loan in default: « refusé – solde insuffisant », « prêt immobilier en défaut de paiement », « incident de remboursement »
  ...e(['solde insuffisant', 'soldes insuffisants', 'provision insuffisante', 'provisions insuffisantes', 'défaut de provision', 'insuffisance de provision', 'fonds insuffisants',
    'insufficient funds', 'défaut de paiement', 'défauts de paiement', 'en défaut de paiement', 'incident de remboursement', 'incidents de remboursement'], {
    // a contract's clause or an organisation's default: « en cas de défaut de paiement de l'OPCO »
    notAfter: [...JOB_BEFORE, 'en cas de', 'en cas d’', 'cas de'], notBefore: ["de l'OPCO", "de l'employeur", "de l'entreprise", "de l'organisme", 'du client', 'des clients', 'du financeur'],
    notNear: JOB_NEAR.filter((w) => w !== 'ménages' && w !== 'familles') }),
  // the eviction-prevention commission: « le bailleur a fait un signalement à la CCAPEX »
  ...e(['CCAPEX', 'signalement à la CCAPEX', 'saisine de la CCAPEX', 'commission de coordination des actions de prévention des expulsions'], { notAfter: JOB_BEFORE, notNear: JOB_NEAR }),
  // paying a benefit body back: « rembourse encore la CAF », « rembourse France Travail chaque mois » (an overpayment being recovered)
  ...e(['rembourse', 'remboursait', 'rembourser', 'remboursent', 'a remboursé', 'doit rembourser', 'doit encore rembourser'].flatMap((v) => ['', ' encore', ' toujours', ' actuellement', ' chaque mois'].flatMap((a) =>
    ['la CAF', 'France Travail', 'Pôle emploi', 'la MSA', 'le Trésor public', 'les impôts', 'la CPAM', 'l’URSSAF', "l'URSSAF", 'la Sécu', 'son bailleur', 'ses créanciers'].map((b) => `${v}${a} ${b}`))), {
    notAfter: JOB_BEFORE, notNear: ['soins', 'consultation', 'consultations', 'médicaments', 'lunettes', 'transport', 'déplacement', 'déplacements', 'mutuelle'] }),
  // payments a bank rejects: « sa banque a rejeté plusieurs prélèvements », « le prélèvement du loyer a été rejeté » (the payment word is checked in code)
  // (a card payment refused at a till is a one-off, not an incident: « paiement refusé par la banque » is not here)
  ...e(['rejeté', 'rejetée', 'rejetés', 'rejetées', 'rejette', 'rejettent', 'rejetait', 'rejetaient', 'rejeter', 'retourné', 'retournés', 'retourne'],
    { tag: 'rejet', notNear: JOB_NEAR }),
  // charges of an overdrawn or rejected account: "agios qui tombent tous les mois", "commissions d'intervention"
  ...e(['agios', 'agio', "commission d'intervention", "commissions d'intervention", 'frais de rejet', 'frais de rejets', 'frais de découvert', 'intérêts débiteurs',
    'frais de dossier pour rejet', 'lettre d’information préalable', "lettre d'information préalable"], {
    notAfter: JOB_BEFORE, notNear: ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'calcul', 'calculer', 'formation', 'module', 'cours'],
  }),
  // recouvrement, saisies, huissier
  ...e([
    'saisie sur salaire', 'saisies sur salaire', 'saisie sur son salaire', 'saisie sur ses salaires', 'saisie sur salaires', 'saisie des rémunérations', 'saisie sur rémunération',
    'saisie sur compte', 'saisie sur son compte', 'saisie bancaire', 'saisie sur ses allocations', 'saisie sur ses prestations', 'saisie-attribution', 'saisie attribution',
    'saisie de ses biens', 'saisie mobilière', 'saisie de son véhicule', 'saisie de ses meubles', 'avis à tiers détenteur', 'saisie administrative à tiers détenteur',
    'opposition à tiers détenteur', 'opposition administrative', 'injonction de payer', 'commandement de payer', 'mise en demeure de payer',
    'société de recouvrement', 'sociétés de recouvrement', 'agence de recouvrement', 'cabinet de recouvrement', 'procédure de recouvrement', 'lettre de recouvrement',
    'relance de recouvrement', 'relances de recouvrement', 'en recouvrement', 'poursuivi par ses créanciers', 'poursuivie par ses créanciers', 'relancé par ses créanciers',
    // debt buyers and collectors: "un organisme de rachat de créances lui réclame 740 €"
    'organisme de rachat de créances', 'société de rachat de créances', 'rachat de créances', 'rachat de créance', 'racheteur de créances', 'racheteurs de créances', 'organisme de recouvrement', 'organismes de recouvrement',
    'recouvrement amiable', 'recouvrement judiciaire', 'recouvrement forcé', 'cabinet de contentieux', 'société de contentieux', 'service contentieux de sa banque',
  ], {
    notAfter: JOB_BEFORE,
    // a job in collection, or a skill of payroll: « rejoindre une société de recouvrement comme téléconseiller », « connaissance des logiciels de paie et des saisies sur salaire »
    notNear: ['poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'PMSMP', 'métier', 'formation', 'gestionnaire', 'traite', 'traiter', 'traitait', 'gère', 'gérer', 'gérait',
      'rejoindre', 'postule', 'postuler', 'postulé', 'téléconseiller', 'téléconseillère', 'embauché', 'embauchée', 'logiciel', 'logiciels', 'connaissance', 'connaissances', 'compétences'],
  }),
  ...e(['recouvrement'], { notAfter: JOB_BEFORE, near: ['dette', 'dettes', 'impayés', 'impayé', 'relance', 'relances', 'lettre', 'courrier', 'courriers', 'huissier', 'appels', 'facture', 'factures', 'crédit', 'loyer', 'loyers', 'trésor', 'impôts', 'caf', 'menacé', 'menacée', 'reçu', 'reçoit', 'procédure'] }),
  ...e(['huissier', 'huissière', 'huissiers', 'huissier de justice', 'commissaire de justice', 'commissaires de justice', 'constat d’huissier'], {
    notAfter: [...JOB_BEFORE, 'ancien', 'ancienne', 'ex', 'comme', 'en tant que', 'devenir', 'être'],
    notNear: ['clerc', 'métier', 'poste', 'stage', 'emploi', 'formation', 'diplôme', 'devenir', 'recrute', 'candidature', 'offre', 'PMSMP', 'cabinet', 'étude', 'alternance', 'employeur', 'entreprise', 'prud’hommes', "prud'hommes", 'constat', 'reconvertit', 'reconversion', 'reconvertir', 'exercé', 'exerce', 'profession'],
  }),
  // expulsion, impayés
  ...e([
    'expulsion locative', 'expulsions locatives', "menacé d'expulsion", "menacée d'expulsion",
    "menacés d'expulsion", "expulsion de son logement", "expulsion de son appartement",
    'expulsé de son logement', 'expulsée de son logement', 'expulsés de leur logement', 'expulsé de son appartement', 'expulsée de son appartement',
    'commandement de quitter les lieux', 'assignation en résiliation de bail', 'résiliation du bail pour impayés', 'loyers impayés', 'loyer impayé', 'impayés de loyer',
    'impayé de loyer', 'impayés de loyers', 'arriérés de loyer', 'arriérés de loyers', 'arriéré de loyer', 'retards de loyer', 'retard de loyer', 'loyers en retard',
    'loyer en retard', 'ne paie plus son loyer', 'ne paye plus son loyer', 'ne paie plus ses loyers', 'ne peut plus payer son loyer', "n'arrive plus à payer son loyer",
    "n'arrive plus à payer ses factures", "n'arrive plus à payer ses loyers", 'ne règle plus son loyer', 'ne règle plus ses loyers', 'retards de paiement', 'retard de paiement',
    'compte a été saisi', 'compte saisi par', 'saisi par les impôts', 'saisie par les impôts', 'saisi par le Trésor public', 'saisi par l’huissier', "saisi par l'huissier",
    'plusieurs mois de loyer impayés', 'mois de loyer de retard', 'mois de loyers de retard', 'factures impayées', 'facture impayée',
    "impayés d'électricité", "impayés d'énergie", 'impayés de charges', 'charges impayées',
    // claims for rent owed: "un rappel de loyers de la part de l'office HLM", "loyers dus", "loyers en souffrance"
    'rappel de loyer', 'rappel de loyers', 'rappels de loyer', 'rappels de loyers', 'relance de loyer', 'relance de loyers', 'relances de loyer', 'relances de loyers',
    'retard de loyers', 'retards de loyers', 'dette de loyers', 'loyers dus', 'mois de loyer dus', 'loyers en souffrance', 'loyers non payés', 'loyer non payé',
    'loyers non réglés', 'loyer non réglé', 'loyers non versés', 'rappel de charges impayées',
  ]),
  // « loyer dû » folds to « loyer du »: not the article of a period or a dwelling (« 450 € de loyer du mois de mars », « le loyer du studio »)
  ...e(['loyer dû'], { notBefore: ['mois', 'trimestre', 'logement', 'studio', 'appartement', 'T2', 'T3', 'F2', 'F3', 'foyer', 'bail', 'nouveau', 'futur', 'premier', 'dernier',
    'garage', 'local', 'box', 'parking', 'HLM', 'lot', 'bâtiment', 'pavillon', 'chalet', 'duplex'] }),
  // the eviction of others, at the person's workplace or in their trade: « la procédure d'expulsion des squatteurs du gymnase où il est gardien »
  ...e(['procédure d’expulsion', "procédure d'expulsion", "menace d'expulsion", "jugement d'expulsion", "décision d'expulsion", "avis d'expulsion"], {
    notBefore: OTHERS_EVICTED,
  }),
  // police help granted to enforce a tenant's eviction (« le préfet a accordé le concours de la force publique »), not a squat, a camp or a
  // demonstration cleared, nor the trade of a bailiff or a police officer
  ...e(['concours de la force publique', 'recours à la force publique', 'octroi de la force publique', 'assistance de la force publique', 'réquisition de la force publique'], {
    notAfter: JOB_BEFORE,
    notNear: [...JOB_NEAR, 'squat', 'squats', 'squatteurs', 'squatteuses', 'campement', 'campements', 'camp', 'bidonville', 'occupants', 'occupation', 'ZAD', 'zadistes',
      'manifestants', 'manifestation', 'grévistes', 'piquet', 'évacuation', 'évacué', 'évacuée', 'évacués', 'gendarme', 'policier', 'policière', 'huissier', 'huissière', 'clerc'],
  }),
  // put out of the family home by a relative is vie-privee ("expulsée du domicile conjugal par son mari")
  ...e(['expulsion', 'expulsé', 'expulsée'], {
    near: ['logement', 'loyer', 'loyers', 'locative', 'bailleur', 'propriétaire', 'domicile', 'appartement', 'impayés', 'huissier', 'lieux', 'HLM', 'bail', 'maison', 'studio'],
    notBefore: ['du domicile familial', 'du domicile conjugal', 'du domicile parental', 'de la maison familiale', 'du foyer familial', 'de chez ses parents', 'de chez sa mère',
      'de chez son père', 'de chez lui par', 'de chez elle par', 'du domicile par', 'de la maison par', 'du conjoint violent', 'du conjoint'],
  }),
  ...e(['impayé', 'impayés', 'impayée', 'impayées'], {
    notAfter: ['salaire', 'salaires', 'heures', 'heures supplémentaires', 'indemnités', 'primes', 'prime', 'pension alimentaire', 'pensions alimentaires', 'congés', 'congés payés', 'de pension alimentaire',
      // money owed to the person for work done: « un gros chantier impayé », « des prestations impayées »
      'chantier', 'chantiers', 'travaux', 'prestation', 'prestations', 'commande', 'commandes', 'livraison', 'livraisons', 'devis', 'mission', 'missions', 'marché', 'intervention', 'interventions', 'vacations'],
    notBefore: ['de salaire', 'de salaires', 'de pension alimentaire', 'par son employeur', 'par son ancien employeur', "par l'employeur"],
    notNear: ['amende', 'amendes', 'contravention', 'contraventions', 'employeur', 'employeurs', 'prud’hommes', "prud'hommes", 'chargé', 'chargée', 'gestion', 'gestionnaire', 'comptable', 'comptabilité', 'clients', 'client', 'fournisseurs', 'poste', 'entreprise', 'société', 'responsable', 'traiter', 'traitait', 'traitement', 'suivi', 'assistant', 'assistante', 'service'],
  }),
  // mises en demeure, impossibilité de payer, comptes gelés
  ...e(['mise en demeure', 'mises en demeure', 'lettre de mise en demeure', 'courrier de mise en demeure', 'dernier avis avant poursuites', 'avis avant poursuites',
    'relance avant contentieux', 'transmis au contentieux', 'dossier au contentieux', 'lettre de relance pour impayés', 'courriers de relance pour impayés'], {
    notAfter: JOB_BEFORE, notNear: ['employeur', 'employeurs', 'prud’hommes', "prud'hommes", 'salaire', 'salaires', 'locataire', 'locataires', 'clients', 'fournisseurs'],
  }),
  ...e(payingTrouble()),
  ...e(['compte gelé', 'comptes gelés', 'compte a été gelé', 'comptes ont été gelés', 'compte est gelé', 'compte bancaire gelé', 'carte avalée', 'carte a été avalée',
    'carte retenue par le distributeur', 'carte bancaire avalée', 'carte bancaire retenue', 'carte a été retenue', 'compte fermé par la banque', 'compte a été fermé par la banque',
    'banque a fermé son compte', 'banque a clôturé son compte', 'procédure de droit au compte', 'compte en négatif', 'solde négatif', 'solde bancaire négatif', 'solde bancaire est négatif', 'solde est négatif',
    'compte est négatif', 'compte négatif', 'compte bancaire négatif', ...seizures()]),
  // crédits
  ...e(['crédit auto', 'crédit voiture', 'crédit pour sa voiture', 'crédit de sa voiture', 'prêt personnel', 'prêts personnels', 'crédit de trésorerie',
    'prêt sur salaire', 'avance sur salaire', 'paiements fractionnés'],
  { notAfter: JOB_BEFORE, notNear: ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature'] }),
  // a lender by brand is also a firm: its branch, its head office, a job interview there (« rendez-vous à l'agence Cofidis pour un entretien d'embauche »)
  ...e(consumerCredit(), {
    notAfter: [...JOB_BEFORE, 'agence', 'agences', 'siège de', 'siège', 'magasin', 'plateforme'],
    notNear: ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature',
      'embauche', 'embauché', 'embauchée', 'recrutement', 'salarié', 'salariée', 'travaille', 'travaillé', 'travaillait', 'intérim', 'intérimaire'] }),
  // crédits
  ...e([
    'crédit à la consommation', 'crédits à la consommation', 'plusieurs crédits', 'plusieurs crédits à la consommation', 'de nombreux crédits', 'nombreux crédits',
    'crédit revolving', 'crédits revolving', 'crédit renouvelable', 'crédits renouvelables', 'réserve d’argent', 'rachat de crédit', 'rachat de crédits',
    'regroupement de crédits', 'prêt à la consommation', 'prêts à la consommation', 'mini-crédit', 'mini-crédits', 'crédits en cours', 'crédits à rembourser',
    'mensualités de crédit', 'mensualités de ses crédits', 'remboursements de crédits', 'prêt sur gage', 'mont-de-piété',
    // the short forms people say and type: « des crédits conso partout », « un prêt conso », « crédit à la conso »
    'crédit conso', 'crédits conso', 'crédit à la conso', 'crédits à la conso', 'prêt conso', 'prêts conso', 'crédit de conso', 'crédits de conso',
    'crédit renouv', 'crédits renouv', 'crédit revolver',
  ], { notAfter: JOB_BEFORE, notBefore: ['ECTS', "d'impôt", "d'heures"] }),
  // debts or loans spread over many lenders, said loosely: « a des crédits partout », « des dettes un peu partout », « des prêts à droite à gauche », « plein de crédits »
  // (not public or training credits: « des crédits de formation partout », « crédits ECTS », « les crédits de la région »)
  ...e([...['crédits', 'dettes', 'prêts', 'emprunts', 'impayés', 'découverts', 'ardoises'].flatMap((d) => ['partout', 'de partout', 'un peu partout', 'à droite à gauche',
    'à droite et à gauche', 'dans toutes les banques'].map((w) => `${d} ${w}`)),
  ...['plein de', 'des tas de', 'un tas de', 'une montagne de', 'une pile de'].flatMap((q) => ['crédits', 'dettes', 'prêts', 'impayés'].map((d) => `${q} ${d}`))], {
    notAfter: JOB_BEFORE, notBefore: ['ECTS', "d'impôt", "d'heures", 'de formation', 'publics', 'européens', 'budgétaires'],
    notNear: ['formation', 'formations', 'CPF', 'ECTS', 'subvention', 'subventions', 'budget', 'budgets', 'collectivité', 'collectivités', 'région', 'mairie', 'ministère',
      'association', 'université', 'semestre', 'heures', 'clients', 'client', 'dossiers', 'instruit', 'instruisait', 'traite', 'traitait', 'gère', 'gérait'] }),
  // a personal guarantee on a loan, owed once the borrower fails: « il reste caution du prêt », « caution solidaire des emprunts de sa société »
  // (not a rent deposit, « la caution de l'appartement », nor a relative standing guarantor for a lease)
  // (« son père est garant du prêt étudiant » is the ordinary support of a relative: only the guarantee's own word)
  ...e([...['caution', 'caution solidaire', 'caution personnelle', 'avaliste'].flatMap((c) => ['du prêt', 'des prêts', "d'un prêt", 'de son prêt', 'de ses prêts',
    'du crédit', 'des crédits', "d'un crédit", "de l'emprunt", 'des emprunts', "d'un emprunt", 'de son emprunt', 'des dettes', 'de ses dettes'].map((o) => `${c} ${o}`)),
  'appelé en garantie', 'appelée en garantie', 'appel de la caution', 'la banque a appelé la caution',
  // the guarantor called to pay: « appelée comme caution de son ex-associé », « poursuivi en tant que caution », « actionné en qualité de caution »
  // (« garant » only with a creditor's suit: « sollicité comme garant du bon déroulement du chantier » is a role, and being asked to stand surety is no debt)
  ...['appelé', 'appelée', 'appelés', 'appelées', 'poursuivi', 'poursuivie', 'poursuivis', 'poursuivies', 'actionné', 'actionnée', 'assigné', 'assignée']
    .flatMap((v) => ['comme caution', 'en caution', 'en tant que caution', 'en qualité de caution'].map((o) => `${v} ${o}`)),
  ...['poursuivi', 'poursuivie', 'poursuivis', 'poursuivies', 'actionné', 'actionnée', 'assigné', 'assignée']
    .flatMap((v) => ['comme garant', 'comme garante', 'en tant que garant', 'en tant que garante', 'en qualité de garant', 'en qualité de garante'].map((o) => `${v} ${o}`))], {
    notAfter: JOB_BEFORE, notNear: ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'formation', 'clients', 'dossiers', 'analyste',
      'étudiant', 'étudiante', 'études'] }),
  // a creditor claiming the money back from the person: « (Visale) lui en réclame le remboursement », « la CAF lui réclame le trop-versé »
  ...e(['lui', 'leur', 'lui en', 'leur en'].flatMap((c) => ['réclame', 'réclament', 'réclamait', 'a réclamé', 'ont réclamé', 'exige', 'exigent', 'exigeait', 'demande', 'demandent']
    .flatMap((v) => ['le remboursement', 'le remboursement intégral', 'le remboursement immédiat', 'le solde', 'le reste', 'les sommes dues', 'la somme due', 'le paiement des arriérés',
      'le règlement des arriérés', 'le trop-versé', 'le reliquat'].map((o) => `${c} ${v} ${o}`))), {
    notAfter: JOB_BEFORE, notBefore: ['de ses frais', 'des frais', 'de sa formation', 'de la formation', 'du permis', 'de ses billets', 'du billet', 'des billets', 'de son abonnement',
      // what the person claims from an employer, papers still missing: « il lui réclame le solde de tout compte », « lui demande le reste des justificatifs »
      'de tout compte', 'de ses congés', 'de ses heures', 'de son salaire', 'de sa paie', 'des pièces', 'des papiers', 'des documents', 'des justificatifs', 'de ses papiers', 'du dossier'],
    notNear: ['client', 'clients', 'chargé', 'chargée', 'poste', 'stage', 'formation', 'frais', 'billet', 'billets', 'commande', 'colis', 'achat', 'article', 'produit', 'magasin', 'remboursement des frais'] }),
  // pawning: "mettre ses bijoux au Crédit municipal", "a mis son alliance en gage", "au clou"
  ...e(['Crédit municipal', 'prêts sur gage', 'prêt sur gages', 'mis en gage', 'mise en gage', 'mettre en gage', 'met en gage', 'mettent en gage', 'engagé ses bijoux',
    'mis au clou', 'mettre au clou', 'gagé ses bijoux', 'gager ses bijoux'], {
    notAfter: JOB_BEFORE, notNear: ['conseiller', 'conseillère', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'PMSMP', 'métier', 'guichet', 'guichetier', 'guichetière', 'gestionnaire', 'agence', 'expert', 'experte', 'commissaire-priseur', 'vente', 'ventes', 'enchères'],
  }),
  // pledged objects with the verb before them: "mettre ses bijoux | au Crédit municipal", "a mis sa montre | en gage"
  ...e(['en gage', 'au clou'], { tag: 'gage', notBefore: ['de', "d'"] }),
  // a self-employed person's business in insolvency, and reassessments of contributions or taxes:
  // « exploitation placée en redressement judiciaire », « a déposé le bilan », « redressement URSSAF »;
  // an employer's insolvency is not the person's finances (rules/finances.ts, tag 'entreprise')
  ...e(['redressement judiciaire', 'liquidation judiciaire', 'mise en liquidation', 'mis en liquidation', 'mise en liquidation judiciaire',
    'procédure collective', 'procédure de sauvegarde', 'cessation de paiements', 'cessation des paiements', 'état de cessation des paiements',
    'dépôt de bilan', 'déposé le bilan', 'déposer le bilan', 'dépose le bilan', 'liquidation de son entreprise', 'liquidation de sa société',
    'liquidation de son commerce', 'liquidation de son exploitation',
    // the firm's plan after insolvency, whose owner ownBusiness() finds: « l'exploitation est en plan de redressement », « plan de continuation », « plan de sauvegarde »
    'en plan de redressement', 'plan de redressement judiciaire', 'plan de continuation', 'en plan de continuation', 'plan de sauvegarde', 'en plan de sauvegarde',
    // bankruptcy in plain words: « la faillite de son armement », « son commerce a fait faillite », « mis en faillite »
    'faillite', 'faillites', 'fait faillite', 'a fait faillite', 'ont fait faillite', 'faire faillite', 'mis en faillite', 'mise en faillite', 'en faillite',
    'a coulé sa boîte', 'a coulé son entreprise', 'a coulé son affaire', 'mettre la clé sous la porte', 'mis la clé sous la porte', 'a mis la clé sous la porte',
    'mettre la clef sous la porte', 'a mis la clef sous la porte', 'mis la clé sous la porte de son'], { tag: 'entreprise', notAfter: JOB_BEFORE.filter((w) => w !== 'en'),
    // an employer's redundancy plan (« plan de sauvegarde de l'emploi », PSE), not an insolvency
    notBefore: ["de l'emploi", 'de l’emploi', 'des emplois', '(PSE)', 'PSE'] }),
  // the same, with the procedure left unnamed: « son restaurant est en redressement » (not a shop's clearance sale, « en liquidation totale »)
  ...e(['en redressement', 'en liquidation'], { tag: 'entreprise', notAfter: JOB_BEFORE.filter((w) => w !== 'en'),
    notBefore: ['judiciaire', 'totale', 'du stock', 'des stocks', 'fiscal', 'de stock'] }),
  // seizure of the person's goods or pay by a creditor: « la banque a saisi son bateau », « saisie sur solde », « saisie immobilière »
  ...e(['saisie sur solde', 'saisie sur sa solde', 'saisies sur solde', 'saisie sur pension', 'saisie sur sa pension', 'saisie sur sa retraite', 'saisie sur retraite', 'saisie immobilière',
    'saisie de sa maison', 'saisie de son appartement', 'saisie de son bateau', 'saisie de sa voiture', 'saisie de son camion', 'saisie de son matériel', 'saisie de son fonds de commerce',
    'saisie-vente', 'saisie vente', 'saisie conservatoire', 'saisie de ses comptes', 'vente forcée de sa maison', 'vente aux enchères de sa maison',
    ...['a saisi', 'ont saisi', 'avait saisi', 'va saisir', 'vont saisir', 'menace de saisir', 'menacent de saisir', 'veut saisir', 'a fait saisir', 'ont fait saisir', 'lui a saisi', 'lui ont saisi']
      .flatMap((v) => ['son bateau', 'sa maison', 'sa voiture', 'son camion', 'son véhicule', 'ses meubles', 'ses biens', 'son appartement', 'son matériel', 'son outil de travail',
        'son fonds de commerce', 'son salaire', 'ses comptes', 'son compte', 'sa moto', 'son tracteur', 'son chalutier', 'ses économies', 'sa solde', 'sa pension', 'sa paie'].map((o) => `${v} ${o}`))],
  { tag: 'seize', notNear: ['juge', 'tribunal', 'commission', 'prud’hommes', "prud'hommes", 'logiciel', 'police', 'douane', 'douanes', 'gendarmerie', 'drogue', 'stupéfiants'] }),
  // a creditor's seizure or forced sale of the person's goods, by its head word: « saisie du tracteur », « vente aux enchères du matériel »,
  // « saisie de la maison », « le cheptel a été vendu aux enchères » (the goods after the head are checked in code: not « saisie des données »)
  ...e(['saisie', 'saisies', 'vente aux enchères', 'ventes aux enchères', 'vente forcée', 'ventes forcées', 'vente judiciaire', 'adjudication', 'mise aux enchères',
    'mis aux enchères', 'vendu aux enchères', 'vendue aux enchères', 'vendus aux enchères', 'vendues aux enchères', 'saisie-vente'],
  { tag: 'seize-goods', notNear: ['juge d’instruction', "juge d'instruction", 'police', 'douane', 'douanes', 'gendarmerie', 'gendarmes', 'drogue', 'stupéfiants', 'logiciel', 'fourrière', 'commissaire-priseur', 'antiquaire', 'brocante',
    'douanier', 'douanière', 'douaniers', 'douanières'] }),
  ...e(['redressement URSSAF', "redressement de l'URSSAF", 'redressement de l’URSSAF', 'redressement MSA', 'redressement de la MSA', 'redressement fiscal',
    'redressements fiscaux', 'redressement des impôts', 'redressement de cotisations', 'rappel de cotisations', 'rappels de cotisations',
    'dette URSSAF', 'dettes URSSAF', "dette auprès de l'URSSAF", "dettes auprès de l'URSSAF", "dette à l'URSSAF", 'dette MSA', 'dettes MSA',
    'dette auprès de la MSA', 'dette sociale et fiscale', 'dettes sociales et fiscales', 'cotisations impayées', 'cotisations en retard',
    'arriérés de cotisations', 'arriéré de cotisations', 'retard de cotisations', 'retards de cotisations', 'retard de cotisation', 'retard de cotisations URSSAF',
    'retards de cotisations URSSAF', 'retard de cotisations MSA', 'majorations de retard', 'pénalités de retard URSSAF', 'taxation d’office', "taxation d'office"],
  { tag: 'entreprise', notAfter: JOB_BEFORE.filter((w) => w !== 'en'), notNear: ['gestionnaire', 'comptable', 'comptabilité', 'paie', 'juriste', 'cabinet', 'clients', 'poste', 'stage', 'offre', 'missions', 'formation'] }),
  // surcharges for late contributions or taxes, not pay premiums (« majorations d'heures supplémentaires »)
  ...e(['majorations', 'majoration', 'pénalités de retard', 'pénalité de retard'], {
    tag: 'entreprise', near: ['URSSAF', 'cotisations', 'cotisation', 'impôts', 'Trésor', 'MSA', 'fisc', 'retard', 'déclaré', 'déclarés', 'redressement'],
    notBefore: ["d'heures", 'd’heures', 'de salaire', 'pour heures', 'de nuit', 'du dimanche', 'de 25', 'de 50'],
    notNear: ['heures supplémentaires', 'paie', 'bulletin', 'gestionnaire', 'comptable', 'poste', 'offre', 'dimanche', 'nuit'],
  }),
  // missed instalments: « deux mensualités de prêt auto en retard » (the count and the delay are checked in code)
  // and rent counted in months: « trois loyers de retard », « deux loyers impayés » (the count is needed for « loyer »)
  ...e(['mensualité', 'mensualités', 'échéance', 'échéances', 'traite', 'traites', 'loyer', 'loyers'], { tag: 'retard' }),
  // a utility cut-off for arrears: « coupure EDF pour factures non réglées », « l'électricité a été coupée pour impayés »,
  // « menace de coupure de gaz » (the utility and the arrears are checked in code; a storm or works cut-off is not a finding)
  ...e(['coupure', 'coupures', 'suspension', 'suspensions', 'réduction de puissance', 'réductions de puissance', 'limitation de puissance', 'réduction de la puissance', 'réduit la puissance', 'puissance réduite',
    'coupé', 'coupée', 'coupés', 'coupées', 'couper'], {
    tag: 'coupure', notAfter: JOB_BEFORE,
    notNear: ['technicien', 'technicienne', 'poste', 'stage', 'offre', 'missions', 'recrute', 'candidature', 'PMSMP', 'métier', 'formation', 'gère', 'gérer', 'gérait', 'gestion', 'traite', 'traiter', 'traitement'],
  }),
  // passive garnishment: « son salaire est saisi », « ses allocations ont été saisies » (the subject is checked in code)
  ...e(['est saisi', 'est saisie', 'sont saisis', 'sont saisies', 'a été saisi', 'a été saisie', 'ont été saisis', 'ont été saisies', 'était saisi',
    'était saisie', 'étaient saisis', 'étaient saisies', 'sera saisi', 'sera saisie', 'seront saisis', 'seront saisies', 'va être saisi', 'va être saisie',
    'vont être saisis', 'vont être saisies', 'est ponctionné', 'est ponctionnée', 'sont ponctionnés', 'sont ponctionnées', 'a été ponctionné', 'a été ponctionnée'],
  { tag: 'saisi' }),
  ...e(['prêt auto', 'prêt voiture', 'prêt pour sa voiture', 'crédit moto', 'prêt moto'],
    { notAfter: JOB_BEFORE, notNear: ['conseiller', 'conseillère', 'chargé', 'chargée', 'poste', 'stage', 'alternance', 'recrute', 'emploi', 'offre', 'candidature', 'mobilité', 'microcrédit', 'financer', 'financement'] }),
  // personal insolvency and debt enforcement abroad: Québec (« faillite personnelle », « proposition de consommateur »),
  // Switzerland (« poursuites », « office des poursuites », « acte de défaut de biens »), Belgium (« règlement collectif de dettes »)
  ...e(['faillite personnelle', 'faillites personnelles', 'proposition de consommateur', 'proposition du consommateur', 'a déclaré faillite', 'déclarer faillite', 'déclaré faillite',
    'office des poursuites', 'extrait des poursuites', 'extrait du registre des poursuites', 'acte de défaut de biens', 'actes de défaut de biens', 'commandement de payer',
    'commandements de payer', 'poursuites pour dettes', 'règlement collectif de dettes', 'médiation de dettes',
    'Centrale des crédits aux particuliers', 'fiché à la Centrale des crédits', 'fichée à la Centrale des crédits', 'mauvaise cote de crédit', 'cote de crédit négative'],
  { notAfter: JOB_BEFORE.filter((w) => w !== 'en'), notNear: JOB_NEAR }),
  // Québec's voluntary deposit of wages with the court: only with the pay or the creditors near (not « dépôt volontaire de colis »)
  ...e(['dépôt volontaire'], { notAfter: JOB_BEFORE.filter((w) => w !== 'en'), near: ['salaire', 'paie', 'greffe', 'créanciers', 'créancier', 'dettes', 'dette', 'saisie', 'cour du Québec'], notBefore: ['de colis', 'de déchets', 'de vêtements', 'de dossier', 'de candidature'], notNear: JOB_NEAR }),
  // an insolvency trustee or a debt mediator the person deals with, not the trustee's office as a workplace
  // (« a rencontré un syndic de faillite », « suivie par une médiatrice de dettes »; not « assistante chez un syndic de faillite », « elle a été médiatrice de dettes »)
  ...e(['syndic de faillite', 'syndic autorisé en insolvabilité', 'médiateur de dettes', 'médiatrice de dettes'], {
    notAfter: [...JOB_BEFORE, 'été', 'est', 'était', 'devenu', 'devenue'],
    near: ['son', 'sa', 'ses', 'avec', 'dettes', 'dette', 'proposition', 'rencontré', 'rencontrée', 'rencontre', 'suivi', 'suivie', 'accompagné', 'accompagnée', 'dossier'],
    notNear: [...JOB_NEAR, 'assistant', 'assistante', 'secrétaire', 'employé', 'employée', 'travaillé', 'travaillait', 'travaille', 'comptable', 'juriste', 'stagiaire', 'cabinet'] }),
  ...e(['poursuites', 'poursuite'], {
    near: ['office', 'dettes', 'dette', 'impayés', 'impayées', 'impayé', 'primes', 'créancier', 'créanciers', 'factures', 'facture', 'loyers', 'défaut', 'commandement', 'extrait', 'assurance', 'impôts', 'acte'],
    notBefore: ['pénales', 'pénale', 'judiciaires pour', 'disciplinaires', 'disciplinaire', 'de ses études', "d'études", 'de formation', 'de son parcours', 'de sa formation'],
    notAfter: JOB_BEFORE, notNear: [...JOB_NEAR, 'plainte', 'procureur', 'parquet', 'vol', 'violences', 'police', 'gendarmerie'],
  }),
  // a bank withdrawing the person's means of payment or closing the account: « sa banque lui a retiré sa carte », « chéquier retiré »
  ...e(['retiré sa carte', 'retiré sa carte bancaire', 'retiré sa CB', 'retiré son chéquier', 'retiré ses chéquiers', 'retiré ses moyens de paiement', 'retiré la carte',
    'retrait de sa carte bancaire', 'retrait de la carte bancaire', 'retrait de carte bancaire', 'retrait de son chéquier', 'retrait du chéquier', 'retrait de chéquier',
    'carte lui a été retirée', 'chéquier lui a été retiré', 'carte bancaire retirée', 'chéquier retiré', 'compte clôturé', 'compte a été clôturé', 'comptes clôturés',
    'clôturé son compte', 'fermé son compte', 'compte fermé', 'compte a été fermé', 'résilié son compte', 'retiré son découvert autorisé', 'supprimé son découvert'], {
    near: ['banque', 'bancaire', 'bancaires', 'chéquier', 'découvert', 'impayés', 'rejets', 'incidents', 'agence', 'conseiller', 'conseillère', 'La Poste', 'Banque Postale'],
    notBefore: ['de séjour', 'vitale', 'grise', "d'identité", 'de résident', 'professionnelle', 'BTP', 'de transport', 'Navigo', 'de crédit lui-même', 'au distributeur'],
    notNear: ['retrait de permis', 'séjour', 'préfecture', 'vitale', 'grise', 'mutuelle', 'titre', 'CPF', 'Ameli', 'client', 'clients', 'poste', 'stage', 'offre', 'recrute'],
  }),
  // aide alimentaire
  ...e([
    'aide alimentaire', 'aides alimentaires', 'colis alimentaire', 'colis alimentaires', 'Restos du cœur', 'Restos du coeur', 'Restaurants du cœur', 'Restaurants du coeur',
    'banque alimentaire', 'épicerie sociale', 'épiceries sociales', 'épicerie solidaire', 'épiceries solidaires', 'Secours populaire', 'Secours catholique',
    'bons alimentaires', 'chèques alimentaires', 'chèque alimentaire', 'distribution alimentaire', 'distributions alimentaires',
  // a job at the charity right before its name (« contrat aidé au Secours catholique ») is checked in code (rules/finances.ts)
  ], { tag: 'aid', notNear: ['bénévole', 'bénévoles', 'bénévolat', 'service civique', 'poste', 'stage', 'PMSMP', 'recrute', 'offre', 'candidature', 'candidater'] }),
  // a measure of legal protection of an adult (TAXONOMY §3.4 trigger 11): « sous curatelle renforcée », « placé sous tutelle », « son curateur »,
  // « mandataire judiciaire à la protection des majeurs », « sauvegarde de justice », « habilitation familiale », « MASP »; not the job
  // (« délégué mandataire à l'UDAF », « formation CNC de MJPM »), nor a ministry's « tutelle », nor an apprentice's « tuteur »,
  // nor « le curateur » named without the person (« son curateur » is the person's measure, « le curateur est informé » names the office)
  ...e(['curatelle', 'curatelles', 'sous curatelle', 'curatelle renforcée', 'curatelle simple', 'curatelle aménagée', 'sous curatelle renforcée', 'sous curatelle simple',
    'mesure de curatelle', 'placé sous curatelle', 'placée sous curatelle', 'mis sous curatelle', 'mise sous curatelle', 'sous tutelle', 'placé sous tutelle', 'placée sous tutelle',
    'mis sous tutelle', 'mise sous tutelle', 'mesure de tutelle', 'tutelle renforcée', 'tutelle complète', 'juge des tutelles', 'juge des contentieux de la protection',
    'mesure de protection juridique', 'mesures de protection juridique', 'mesure de protection des majeurs', 'mesure de protection judiciaire', 'protection juridique des majeurs',
    'majeur protégé', 'majeure protégée', 'majeurs protégés', 'sauvegarde de justice', 'sous sauvegarde de justice', 'habilitation familiale', 'mandat de protection future',
    // (not the bare « mandataire judiciaire » or « MJPM »: a signature, an e-mail, a business liquidator)
    'mandataire judiciaire à la protection des majeurs', 'MASP', "mesure d'accompagnement social personnalisé", 'mesure d’accompagnement social personnalisé',
    "mesure d'accompagnement judiciaire", 'tutelle aux prestations sociales', 'tutelle aux prestations familiales',
    // the family budget managed by order of the children's judge: « MJAGBF », « mesure judiciaire d'aide à la gestion du budget familial »
    'MJAGBF', 'AGBF', "mesure judiciaire d'aide à la gestion du budget familial", 'mesure judiciaire d’aide à la gestion du budget familial',
    "aide à la gestion du budget familial",
    ...['son', 'sa', 'mon', 'ma', 'leur', 'votre'].flatMap((d) => ['curateur', 'curatrice', 'tuteur légal', 'tutrice légale', 'mandataire judiciaire', 'délégué mandataire', 'déléguée mandataire']
      .map((n) => `${d} ${n}`)),
    ...["l'UDAF", 'l’UDAF', "l'ATI", "l'ATRPM", "l'APAJH"].flatMap((o) => [`suivi par ${o}`, `suivie par ${o}`, ...['ses comptes', 'son compte', 'son budget', 'son argent', 'ses finances', 'ses ressources'].flatMap((w) => [`${o} gère ${w}`, `${o} qui gère ${w}`]), `géré par ${o}`, `gérée par ${o}`, `gérés par ${o}`, `gérées par ${o}`, `curatelle à ${o}`])], {
    notAfter: [...JOB_BEFORE.filter((w) => w !== 'en'), 'délégué', 'déléguée', 'mandataire', 'en tant que', 'devenir', 'comme', 'ministère de', 'autorité de', 'organisme de'],
    notBefore: ['de l’État', "de l'État", 'du ministère', 'administrative', 'pédagogique', 'des collectivités', 'de thèse', "d'exposition", 'd’exposition', "de l'exposition", 'de l’exposition', 'du musée'],
    notNear: ['délégué', 'déléguée', 'poste', 'stage', 'offre', 'recrute', 'candidature', 'métier', 'formation', 'CNC', 'certificat', 'diplôme', 'usagers', 'dossiers', 'mesures', 'PMSMP',
      'alternance', 'embauché', 'embauchée', 'travaille', 'travaillait', 'ministère', 'ministre', 'collectivités', 'autorité',
      // a curator of an exhibition or a museum
      'musée', 'musées', 'exposition', 'expositions', 'galerie', 'commissaire', 'œuvres', 'artiste', 'artistes'] }),
  // a family loan being paid back: « rembourser le prêt familial », « doit rembourser ses parents », « argent emprunté à sa sœur »
  ...e(['rembourser', 'rembourse', 'remboursait', 'rembourseront', 'remboursera', 'doit rembourser', 'devait rembourser', 'continue de rembourser', 'a remboursé', 'finit de rembourser'].flatMap((v) =>
    ['le prêt familial', 'son prêt familial', 'un prêt familial', 'ce prêt familial', 'les prêts familiaux', 'la dette familiale', 'sa dette familiale', 'ses parents', 'sa mère', 'son père',
      'sa sœur', 'son frère', 'sa famille', 'ses beaux-parents', 'son oncle', 'sa tante', 'ses proches', "l'argent emprunté", "l'argent prêté", "l'argent que lui ont prêté", "l'argent que lui a prêté",
      'le prêt de ses parents', 'le prêt de sa famille', 'le prêt de son frère', 'le prêt de sa sœur'].map((o) => `${v} ${o}`))
    .concat(['prêt familial', 'prêts familiaux', 'dette familiale', 'dettes familiales'].flatMap((h) => [`${h} à rembourser`, `${h} en cours`, `${h} non remboursé`, `${h} impayé`]),
      ['emprunté', 'a emprunté', 'empruntait', 'doit', 'devait'].flatMap((v) => ['à ses parents', 'à sa mère', 'à son père', 'à sa sœur', 'à son frère', 'à sa famille', 'à ses proches', 'à des amis', 'à ses amis']
        .map((o) => `${v} de l'argent ${o}`)),
      ['argent emprunté', 'argent prêté'].flatMap((h) => ['par ses parents', 'par sa famille', 'par sa sœur', 'par son frère', 'à ses parents', 'à sa famille', 'à sa sœur', 'à son frère'].map((o) => `${h} ${o}`))),
  { notAfter: JOB_BEFORE, notNear: ['clients', 'client', 'conseiller', 'conseillère', 'poste', 'stage', 'offre', 'formation', 'CPF', 'frais'] }),

];
