/**
 * `sante`: health data about the accompanied person or a relative — conditions, mental health,
 * addictions, treatments, surgery and hospitalisation, disabilities, pregnancy, "dys" disorders.
 * TAXONOMY.md §3.1 `sante`; eval/README.md (labelling rules for `sante`).
 *
 * Health as a sector, a job, an employer or a training ("secteur de la santé", "aide-soignante en
 * EHPAD", "infirmier en psychiatrie"), the hiring medical visit, the recommended neutral wording
 * ("contraintes de santé compatibles avec…") and stated absence ("aucun traitement") are not
 * findings. Statuses (RQTH, AAH, arrêt maladie, inapte…) belong to `handicap-statut`; genetic data
 * to `genetique-biometrie`.
 */
import { defineRule, removalFix, replaceFix, type RuleContext } from '../lib/lint/rule.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { sentence } from '../lib/lint/context.ts';
import type { Confidence, Fix } from '../lib/lint/types.ts';
import { SANTE_LEXICON, AMBIGUOUS_ACRONYMS, ADJECTIVE_LEMMAS, CONTINUATIONS, GENETIC_LEMMAS, HEREDITY_LEMMAS, ORGAN_DE, ORGAN_NOUNS } from './lexicons/sante.ts';
import { DEVICES, carriesPeople, workplaceNear, employerSubject, familyRun, negatedObject, othersFrame, productContext, productSentence, servedPublic, servedCare, stayAt, disciplineOf, studyFrame, topicFrame, tradeContext, vaccineBefore, sentenceHas as sentenceHasWord } from './shared/sante-extra.ts';
import { POSSESSIVE, STRICT_PERSON, absent, absentAfter, attributive, extendRight, firstAidContext, preventionBefore, genericPublic, inFrame, neutralFix, type NounPhrase } from './shared/art9.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Offences about a substance: "condamné pour trafic de produits dopants", "rappel à la loi pour usage de cannabis" (infractions). */
const DEALING = set(`trafic trafics detention revente vente cession importation transport acquisition possession fourniture deal vol vols
  recel detournement falsification plant plants pied pieds plantation plantations culture cultures cultive cultivait cultiver cultivee
  saisie saisies`);
const USE_NOUNS = set(`usage consommation`);
const SANCTIONS = set(`condamne condamnee condamnation condamnations rappel amende amendes interpelle interpellee interpellation garde poursuivi
  poursuivie poursuites infraction infractions delit delits casier jugement juge jugee tribunal sursis peine verbalise verbalisee contravention
  stage`);
function substanceOffence(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 3 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (DEALING.has(t)) return true;
    if (USE_NOUNS.has(t)) return sentenceHasWord(doc, from, SANCTIONS);
    if (!/^(de|d'|du|des|la|l'|le|les|illicite|illegale|illegal)$/.test(t)) return false;
  }
  return false;
}

const COVID_BEFORE = set(`eu atteint atteinte positif positive contracte contractee attrape attrapee malade souffre sequelles hospitalise hospitalisee`);
const COVID_AFTER = set(`contracte contractee attrape attrapee severe grave persistant`);
const COVID_TIME = set(`depuis apres suite avant pendant durant`);
const OWN_DETS = set(`son sa mon ma`);
const REQUEST = set(`demande demander demandera demandait sollicite solliciter souhaite souhaiterait`);
/** "demande un tiers-temps", "sollicite un aménagement": a request a few words before the accommodation. */
function requested(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === toks[from].sn; k--) if (REQUEST.has(toks[k].t)) return true;
  return false;
}

const RISK_WORDS = set(`risque risques`);
const RISK_LINKS = set(`de d' du des avec un une le la l' a au`);
/**
 * "Allergique à l'arachide avec risque de choc anaphylactique": a risk following a condition named earlier in its clause is the
 * person's, not a job's ("poste à risque de chute", "risques : chute de hauteur").
 */
function ownRisk(doc: Doc, from: number, termEnds: ReadonlySet<number>): boolean {
  const toks = doc.tokens;
  let k = from - 1;
  while (k >= 0 && from - k <= 3 && RISK_LINKS.has(toks[k].t)) k--;
  if (k < 0 || !RISK_WORDS.has(toks[k].t)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8) && toks[j].sn === toks[from].sn; j--) {
    if (toks[j].k === Kind.Punct && toks[j].t !== "'") return false;
    if (termEnds.has(j + 1)) return true;
  }
  return false;
}

const PLACE_LINKS = set(`au aux a en dans l' la le`);
/** Only a preposition and an article between a finding and a place: "greffe de peau au CHU", "suivi en médecine interne au CHU" (not "a fini aux urgences"). */
function placeLinked(doc: Doc, end: number, place: number): boolean {
  if (place - end < 1 || place - end > 2 || doc.tokens[end].sn !== doc.tokens[place].sn) return false;
  for (let i = end; i < place; i++) if (!PLACE_LINKS.has(doc.tokens[i].t)) return false;
  return true;
}

/**
 * Fertility care and pregnancy losses are events of their own: "parcours de PMA (deuxième FIV prévue) après une fausse couche"
 * reports three findings, while "grossesse en cours, accouchement prévu en juin" tells one pregnancy twice.
 */
const PROCREATION_EVENTS = set(`pma amp fiv icsi insemination inseminations fausse fausses ivg img itg gpa ponction ponctions transfert transferts
  stimulation stimulations fecondation`);
function procreationEvent(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PROCREATION_EVENTS.has(doc.tokens[i].t)) return true;
  return false;
}

const INJURY_PARTICIPLES = set(`blesse blessee`);
const INJURY_HEADS = set(`blessure blessures ${[...INJURY_PARTICIPLES].join(' ')}`);
const WOUND_AUX = set(`ete est etait fut sont etaient`);
const INJURY_TIME = set(`depuis apres avant lors suite`);
/** What a wound of the feelings is: "sa blessure d'amour-propre", "ses blessures narcissiques". */
const FIGURATIVE_WOUND = set(`narcissique narcissiques morale morales affective affectives intime intimes secrete secretes symbolique
  d'amour-propre d'orgueil d'ego`);
/**
 * The person's own injury, told by its time or its place: "sa blessure de 2019 au Liban", "ses blessures en
 * Afghanistan", "depuis sa blessure, il…" (not "sa blessure d'amour-propre", "ses blessures d'enfance").
 */
function datedInjury(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const prev = at(from - 1);
  const next = at(to);
  const after = at(to + 1);
  // "il a été blessé au Mali en 2019", "s'est blessée en 2021": the participle after its auxiliary, not "blessé par ses propos"
  if (INJURY_PARTICIPLES.has(toks[from].t)) {
    if (!prev || !WOUND_AUX.has(prev.t)) return false;
    for (let k = to; k < to + 5; k++) if (at(k)?.t === 'par') return false;
    return !!next && !!after && ((/^(au|aux|en)$/.test(next.t) && after.k === Kind.Word && doc.isCapitalized(to + 1) && !after.first)
      || (next.t === 'en' && after.k === Kind.Number && /^(19|20)\d\d$/.test(after.t)));
  }
  if (!prev || !OWN_DETS.has(prev.t) && prev.t !== 'ses') return false;
  if (next && FIGURATIVE_WOUND.has(next.t)) return false;
  // "de 2019", "en 2021", "au Liban", "en Afghanistan"
  if (next && after && /^(de|d'|en|du)$/.test(next.t) && after.k === Kind.Number && /^(19|20)\d\d$/.test(after.t)) return true;
  if (next && after && /^(au|aux|en)$/.test(next.t) && after.k === Kind.Word && doc.isCapitalized(to + 1) && !after.first) return true;
  if (next && (next.t === 'de' || next.t === "d'" || next.t === 'du' || next.t === 'des')) return false;
  // "depuis sa blessure", "suite à sa blessure", "après ses blessures"
  const p2 = at(from - 2);
  return !!p2 && (INJURY_TIME.has(p2.t) || (p2.t === 'a' && at(from - 3)?.t === 'suite'));
}

/**
 * A pregnancy's complication is a finding beside the pregnancy: "enceinte de cinq mois, grossesse à risque",
 * "enceinte, menace d'accouchement prématuré" (while "enceinte, accouchement prévu en mars" tells one pregnancy).
 */
const COMPLICATIONS = set(`risque risques pathologique compliquee difficile extra-uterine premature prematuree menace alitement alitee
  hospitalisee hospitalisation diabete gestationnel preeclampsie eclampsie toxemie hematome decollement placenta cerclage accreta percreta
  prematurite prematures prematurees rciu`);
function complication(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  for (let i = from; i < to; i++) if (COMPLICATIONS.has(toks[i].t)) return true;
  // said by a predicate a few words after: "sa grossesse est classée à risque", "grossesse jugée difficile" (not "sans risque")
  for (let i = to; i < to + 4 && i < toks.length && toks[i].sn === toks[from].sn && toks[i].k !== Kind.Punct; i++) {
    if (COMPLICATIONS.has(toks[i].t) && !NO_COMPLICATION.has(toks[i - 1].t)) return true;
  }
  return false;
}
const NO_COMPLICATION = set(`sans aucun aucune pas peu`);

/** Adjectives that may follow a genetic disease's name before its participle ("familiale", "héréditaire"). */
const HEREDITARY_ADJ = set(`familial familiale familiaux familiales hereditaire hereditaires congenital congenitale congenitaux congenitales
  autosomique autosomiques dominant dominante recessif recessive genetique genetiques`);

/** A colon or a semicolon between two tokens of a sentence: the start of a list of findings. */
function listBreakBetween(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].t === ':' || doc.tokens[i].t === ';') return true;
  return false;
}

/** A relative within a few tokens before, apposition commas allowed: "Son conjoint, atteint de…". */
function relativeBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 7) && toks[k].sn === toks[from].sn; k--) {
    if (toks[k].k === Kind.Punct && toks[k].t !== ',') return false;
    if (/^(et|mais|ou|qui|car|donc|elle|il)$/.test(toks[k].t)) return false;
    // "son mari", "sa fille", "Mari atteint de…"; not the complement of "garde d'enfants, dos fragile"
    if (RELATIVES.has(toks[k].t)) return toks[k].first || REL_DETS.has(toks[k - 1]?.t ?? '');
  }
  return false;
}
const REL_DETS = set(`un une le la l' les son sa ses leur leurs votre vos mon ma mes ce cet cette`);

const ADMIN_FILES = set(`dossier dossiers demande demandes candidature candidatures requete reclamation courrier facture factures inscription commande paiement remboursement devis`);
/** "Dossier AIF sous traitement", "sa demande est toujours sous traitement": a file being processed, not a treatment. */
function processedFile(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.t !== 'sous') return false;
  k--;
  while (k >= 0 && toks[k].sn === sn && (toks[k].k === Kind.Number || doc.isUpper(k) || /^(est|sont|etait|reste|actuellement|toujours|encore|de|d'|du)$/.test(toks[k].t))) k--;
  return k >= 0 && toks[k].sn === sn && ADMIN_FILES.has(toks[k].t);
}

/** "ne peut plus", "n'arrive plus à", "a du mal à", "incapable de" before a motion verb: start of the inability, or -1. */
const INABILITY_ADV = set(`plus pas guere`);
const INABILITY_VERBS = set(`peut pouvait pourra peuvent pouvaient arrive arrivait arrivent parvient parvenait parviennent`);
function inability(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  let k = from - 1;
  // "n'arrive plus à lever", "a du mal à plier", "incapable de tourner"
  if (at(k) === 'a' || at(k) === 'de' || at(k) === "d'") {
    const p = at(k - 1);
    if (p === 'incapable' || p === 'impossible') return k - 1;
    if (p === 'mal' && at(k - 2) === 'du') return k - 3 >= 0 && AVOIR_BARE.has(at(k - 3)) ? k - 3 : k - 2;
    if (p === 'difficulte' || p === 'difficultes') return k - 1;
    k--;
  }
  // "ne peut plus", "ne peut presque plus", "ne peut pas"
  if (at(k) === 'presque' || at(k) === 'pratiquement' || at(k) === 'quasiment') k--;
  if (!INABILITY_ADV.has(at(k))) return -1;
  if (!INABILITY_VERBS.has(at(k - 1))) return -1;
  const ne = at(k - 2);
  return ne === 'ne' || ne === "n'" ? k - 2 : -1;
}

/** After "attend son deuxième": the end of the sentence, "enfant", a date ("pour octobre") — not "son premier salaire". */
const MONTHS = set(`janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre`);
const ORDINAL_NEXT = set(`enfant enfants bebe bebes prevu prevue attendu attendue`);
const ORDINAL_DATE = set(`${[...MONTHS].join(' ')} la le l' fin debut mi-janvier courant cet cette l'ete l'hiver l'automne le printemps`);
function ordinalPregnancy(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const next = toks[to];
  if (!next || next.sn !== sn || (next.k === Kind.Punct && next.t !== "'")) return to;
  if (ORDINAL_NEXT.has(next.t)) return to + 1;
  const n2 = toks[to + 1];
  if ((next.t === 'pour' || next.t === 'en' || next.t === 'vers' || next.t === 'prevu') && n2 && n2.sn === sn && (ORDINAL_DATE.has(n2.t) || n2.k === Kind.Number)) return to;
  if (MONTHS.has(next.t)) return to;
  return -1;
}

/**
 * "il a fait une crise d'épilepsie", "l'adhérente a eu un malaise": an episode that happened to the
 * person (a subject, then "a fait / a eu" and an article), which no first-aid or prevention topic
 * of the sentence ("Pendant la formation SST, …") turns into course content.
 */
const EVENT_VERBS = set(`fait faisait refait eu fera`);
const EVENT_AUX = set(`a avait aura`);
const EVENT_DETS = set(`un une des deux trois plusieurs sa son ses nouvelle nouveau`);
const EVENT_ADV = set(`deja encore aussi meme souvent parfois recemment`);
const EVENT_SUBJECTS = set(`il elle adherent adherente beneficiaire stagiaire jeune candidat candidate monsieur madame`);
function personEvent(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  let k = from - 1;
  // "a fait un infarctus": a term that starts with the event verb itself
  if (EVENT_VERBS.has(toks[from].t)) k = from;
  else {
    if (!EVENT_DETS.has(at(k))) return false;
    k--;
    while (EVENT_ADV.has(at(k))) k--;
  }
  if (!EVENT_VERBS.has(at(k))) return false;
  k--;
  while (EVENT_ADV.has(at(k))) k--;
  if (EVENT_AUX.has(at(k))) k--;
  else if (at(k + 1) !== 'fait' && at(k + 1) !== 'faisait') return false;
  // "il a fait", "l'adhérente a eu", "M. Diallo a fait": a person or a name before the verb
  return EVENT_SUBJECTS.has(at(k)) || (k >= 0 && toks[k].sn === sn && doc.isCapitalized(k) && !toks[k].first);
}

/** What may follow "attend une fille", "attend un garçon" when it is not a pregnancy: a person waited for. */
const WAITING_FOR = set(`de d' du des qui que a au aux devant chez dans sur pour apres avec en depuis`);
/** "attend une petite fille pour juillet", "en mai", "vers la fin de l'année": a due date must follow these. */
const DUE_BEFORE = set(`pour en vers prevu prevue debut fin courant mi`);
/** "a fait des hypos", "quelques petites hypos": what may stand between the verb and "hypo". */
const HYPO_QUANT = set(`des quelques petites grosses grosse petite`);
/** Verbs before "un accident de …": "victime d'un", "a eu un", "après un". */
const ACCIDENT_VERBS = set(`eu victime apres suite depuis avait fait subi`);
/** Words of diabetes care that tell "hypos" from other abbreviations. */
const DIABETES = set(`diabete diabetique diabetiques insuline glycemie glycemies sucre sucres resucrer resucre insulinodependant insulinodependante
  insulino-dependant insulino-dependante dt1 dt2 did capteur freestyle dexcom jus malaise malaises trembler tremble tremblait`);
/** Verbs and links of a benefit: "a eu un tiers temps", "bénéficie d'un PAP", "avec une AVS", "droit à un tiers temps". */
const BENEFIT = set(`eu avait beneficie beneficiait beneficier beneficie obtenu obtenue dispose disposait avec accorde accordee notifie notifiee
  demande demander`);
/**
 * School words an accommodation acronym needs: "PAP" is also France Travail's personalised action plan
 * ("a eu un PAP avec sa conseillère"), "PPS" a follow-up plan, "AVS" the Swiss old-age insurance.
 */
const SCHOOL = set(`ecole ecoles college lycee primaire maternelle scolarite scolaire scolaires scolarise scolarisee eleve eleves bac brevet
  examen examens classe cp ce1 ce2 cm1 cm2 sixieme cinquieme quatrieme troisieme seconde premiere terminale enfance enfant petit petite
  dyslexie dyslexique dyspraxie dyspraxique dys tdah mdph handicap etudes universite fac`);
/** Subjects of "a un PAI": the pupil has the plan (a school's "les PAI des élèves" has none). */
const PUPIL_SUBJECTS = set(`il elle qui`);
/**
 * "il a un PAI au lycée", "a un PAI pour une allergie" in notes without a subject: a PAI (projet d'accueil
 * individualisé) is written for a pupil's chronic condition, so the person having one has a condition.
 */
function hasPlan(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const det = toks[from - 1];
  const verb = toks[from - 2];
  if (!det || !verb || det.sn !== sn || verb.sn !== sn || (det.t !== 'un' && det.t !== 'son') || !/^(a|avait|aura)$/.test(verb.t)) return false;
  const subject = toks[from - 3];
  return !subject || subject.sn !== sn || PUPIL_SUBJECTS.has(subject.t);
}
/** School staff: "AVS en maternelle", "AESH au collège" as a job. */
const SCHOOL_STAFF = set(`enseignant enseignante professeur professeure prof instituteur institutrice cpe directeur directrice recrute recrutee embauchee
  ancienne ancien travaille`);

/** "a dû picoler", "doit boire", "aurait bu": a guess (modal of supposition) right before the drinking verb. */
const GUESS = set(`du doit devait aurait auraient aurais`);
function speculated(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const p = toks[from - 1];
  const t = toks[from].t;
  if (!p || p.sn !== toks[from].sn || !GUESS.has(p.t) || WITHDRAW.has(t)) return false;
  // a verb ("picoler", "boire", "bu", "se droguer"), not a noun ("a du cannabis sur lui")
  if (!/(?:er|re|ir)$/.test(t) && t !== 'bu' && t !== 'se' && t !== "s'") return false;
  // "a dû picoler", "avait dû boire"; not "il a du cannabis sur lui"
  return p.t !== 'du' || /^(a|avait|aura|aurait)$/.test(toks[from - 2]?.t ?? '');
}

/** "a fait analyser son ADN pour savoir si elle risquait la même maladie": the disease is the object of the genetic test. */
const RISK = set(`risque risques risquait risquer risquent savoir developper developpe transmettre transmis transmise heriter herite heritee
  porteur porteuse predisposition predispose predisposee meme`);
function geneticTestBefore(doc: Doc, from: number, genetic: number[]): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (const g of genetic) {
    if (g > from || toks[g].sn !== sn || from - g > 16) continue;
    for (let k = g; k < from; k++) if (RISK.has(toks[k].t)) return true;
    // "un dépistage génétique pour la maladie qui touche sa famille", "test génétique de la maladie de son père"
    if (from - g <= 3 && TEST_ENDS.has(toks[g - 1].t) && TEST_OBJECT.has(toks[g].t) && toks.slice(g + 1, from).every((t) => DETERMINERS.has(t.t))) return true;
    // "prédisposition génétique aux maladies cardiaques", "une prédisposition héréditaire au diabète": a risk, not a condition
    if (from - g <= 4 && RISK_OBJECT.has(toks[g].t) && predisposed(doc, g)) return true;
  }
  return false;
}
/** Prepositions of the disease a predisposition is to: "prédisposition génétique aux maladies cardiaques". */
const RISK_OBJECT = set(`a au aux`);
const PREDISPOSED = set(`predisposition predispositions predispose predisposee predisposes predisposees`);
/** A predisposition word among the last three tokens of the genetic phrase ending at `g`. */
function predisposed(doc: Doc, g: number): boolean {
  const toks = doc.tokens;
  for (let k = g - 1; k >= Math.max(0, g - 3) && toks[k].sn === toks[g].sn; k--) if (PREDISPOSED.has(toks[k].t)) return true;
  return false;
}
/** Prepositions that make a disease the object of the genetic test just before. */
const TEST_OBJECT = set(`pour de du des d' sur concernant`);
const DETERMINERS = set(`la le l' les une un cette ce cet ces`);
/** Last words of a genetic test ("dépistage génétique", "test ADN"), not of a carrier status ("porteur d'une stomie"). */
const TEST_ENDS = set(`genetique genetiques adn test tests depistage analyse analyses sequencage genotypage`);

/** A health label or participle around an ambiguous acronym: "Situation de santé : SEP diagnostiquée en 2019". */
const ACRONYM_CUES = set(`sante medical medicale diagnostique diagnostiquee diagnostiques diagnostiquees diagnostic atteint atteinte souffre
  souffrant pathologie maladie poussee poussees neurologue neurologie atcd antecedent antecedents handicap invalidante evolutive
  remittente remittentes remittent recurrente recurrentes progressive progressives primo-progressive`);
/** Care participles of "suivie pour un TCA", "hospitalisé pour une SEP": the acronym is what the person is cared for. */
const CARED_FOR = set(`suivi suivie suivis suivies soigne soignee soignes soignees traite traitee traites traitees hospitalise hospitalisee
  hospitalises hospitalisees opere operee`);
const CARE_DETS = set(`un une son sa`);
function acronymCue(doc: Doc, from: number, to: number): boolean {
  if (clauseWindowHas(doc, from, to, ACRONYM_CUES, 4, 3)) return true;
  // a label before the colon: "Santé : SEP", "Antécédents médicaux : SLA"
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // "suivie pour un TCA", "suivi pr un TOC" (notes spell "pour" as "pr")
  const p = toks[from - 2];
  if (p && p.sn === sn && (p.t === 'pour' || p.t === 'pr') && CARE_DETS.has(toks[from - 1].t) && CARED_FOR.has(toks[from - 3]?.t ?? '') && toks[from - 3].sn === sn) return true;
  if (toks[from - 1]?.t !== ':' || toks[from - 1].sn !== sn) return false;
  for (let k = from - 2; k >= Math.max(0, from - 6) && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--) if (ACRONYM_CUES.has(toks[k].t)) return true;
  return false;
}

/** "en remplacement d'un congé maternité", "CDD remplacement congé mat": someone else's leave, the job's reason. */
const REPLACEMENT = set(`remplacement remplacements remplace remplacer remplacait remplacant remplacante cdd`);

/** Words before "les / ses / des rayons" that make them a course of radiotherapy. */
const RAYS_FRAME = set(`depuis apres pendant avant durant suite fin debut entre fini finit finir termine terminee terminer terminait commence
  commencee commencer commencait debute debutee debuter entame entamee entamer eu fait faire faisait subi subit subir suit suivi suivie suivre
  enchaine enchainer reprend repris reprise arrete arretee interrompu interrompus seances seance cure cures protocole`);
const RAYS_GO = set(`va vont allait allais vais aller ira retourne retourner rend rendre rendait passe`);
const RAYS_WITH = set(`chimio chimiotherapie tumorectomie mastectomie operation chirurgie curietherapie hormonotherapie ablation immunotherapie
  cancer tumeur greffe`);
/** Does one of `words` occur in the `n` tokens before `at` (same sentence)? */
function windowHas(doc: Doc, at: number, n: number, words: ReadonlySet<string>): boolean {
  const toks = doc.tokens;
  for (let k = at - 1; k >= Math.max(0, at - n) && toks[k].sn === toks[at].sn; k--) if (words.has(toks[k].t)) return true;
  return false;
}
/** What follows shelves or physical rays, not a treatment: "les rayons du magasin", "rayons X", "rayons UV". */
const RAYS_NOT_AFTER = set(`de du des d' x uv gamma laser lumineux solaires cosmiques infrarouges ultraviolets ultra-violets frais surgeles
  alimentaires hygiene bricolage jardinage textile bazar a au aux`);
/** Shop and storage words: "range les rayons du supermarché", "remplit ses rayons". */
const SHELF_WORDS = set(`magasin magasins supermarche supermarches hypermarche hypermarches superette epicerie boutique rayonnage rayonnages
  etagere etageres gondole gondoles produits articles marchandise marchandises rangement range ranger rangeait remplit remplir remplissait
  reassort approvisionne approvisionner facing clients clientele vente vendeur vendeuse libre-service gms caisse caissiere caissier
  inventaire stock stocks chef velo velos roue roues soleil bibliotheque mediatheque livres librairie`);
/** Spans that start with a verb ("arrêté de boire", "ne boit plus") have no noun to replace. */
const VERBAL = set(`arrete arreter arretee boit buvait boire boivent buvaient voit voyait tombe tombee tomber tombait perd perdre perdait perdent n' ne se s' fait faire subi subir marche entend perdu gravement grievement sevre sevree
  dependant dependante attend attendent on a avait est ete etre bois buvais me m' decroche decrocher decrochee stoppe stopper stoppee lache
  lacher lachee sorti sortie sortir sevrer sevres sevrees desintoxique desintoxiquee laisse laissee renonce renoncee
  n' pas plus jamais dans sous platre platree platres platrees immobilise immobilisee immobilises immobilisees depuis apres suite avant
  incapable impossible peut pouvait arrive arrivait parvient parvenait attendait attendra attendaient porte portait avec dort dormait`);

const GENETIC = set(`genetique genetiques hereditaire hereditaires predisposition predispositions predispose predisposee predisposes
  predisposees porteur porteuse porteurs porteuses mutation mutations gene genes brca brca1 brca2`);
// "porteur sain d'une maladie rare": the carrier's "sain" sits between the genetic word and the disease
const LINKS = set(`au a aux la l' le les de du d' des un une sain saine sains saines`);
/** "prédisposition héréditaire au cancer du sein": the disease belongs to the genetic finding. */
function geneticContext(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  let healthy = false;
  for (let k = from - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[from].sn; k--, n++) {
    // "porteur du VIH", "porteuse d'une hépatite": an infection is carried, not inherited; "porteur d'un
    // stimulateur cardiaque": a device is worn; "porteur d'une stomie", "porteuse d'une sclérose en plaques",
    // "porteur d'un diabète": a bare carrier of a condition has it (only "porteur sain de" is a carrier status)
    if (GENETIC.has(toks[k].t)) return !(toks[k].t.startsWith('porteu') && (!healthy || INFECTIONS.has(toks[from].t) || DEVICES.has(toks[from].t)));
    if (!LINKS.has(toks[k].t)) return false;
    if (toks[k].t.startsWith('sain')) healthy = true;
  }
  return false;
}

const INFECTIONS = set(`vih hiv sida virus hepatite hepatites covid tuberculose bacille staphylocoque syphilis herpes paludisme`);

/** Substitution and withdrawal drugs of the addiction family, which a pharmacy job handles as products. */
// drug classes too: "la délivrance des traitements de substitution aux opiacés"
const PRODUCT_DRUGS = set(`methadone subutex buprenorphine suboxone naltrexone baclofene aotal esperal selincro champix opiaces opiace opioides
  opioide morphiniques stupefiants psychotropes orobupre zubsolv buvidal sixmo naloxone nalscue prenoxad nyxoid baclocur tso tao mso tsn
  nicopatch niquitin medicament medicaments substituts substitut substitution patch patchs gommes sirop gelules programme`);
/** Words that tell a substitution acronym ("TSO", "TAO", "TSN") from other ones ("TAO" = computer-assisted translation). */
const SUBSTITUTION_CUES = set(`pharmacie pharmacien pharmacienne officine csapa caarud methadone subutex buprenorphine suboxone substitution opiaces
  opiace opioides opioide heroine addicto addictologue addictologie addiction toxicomanie dependance sevrage dose doses posologie delivrance
  delivre prescrit prescrite prescription ordonnance nicotine nicotinique patch patchs tabac tabacologue cigarette cigarettes fumer fume`);
const HEREDITARY_AFTER = set(`hereditaire hereditaires`);
const COPULA = set(`est sont etait etaient serait`);
const GENETIC_AFTER = set(`genetique genetiques familial familiale familiaux familiales`);
/** Families of findings that can be said to run in a family (not a pregnancy, a drug or a stay). */
const INHERITABLE = set(`pathologie psy handicap dys`);

/** Relatives: a condition right after them is third-party health data. */
const RELATIVES = set(`mari epoux epouse conjoint conjointe compagnon compagne fils fille filles enfant enfants pere mere parents frere
  soeur freres soeurs grand-mere grand-pere grand mere pere belle-mere beau-pere bebe concubin concubine ami amie neveu niece oncle tante`);

/** The end of a type after a disease name ("de type 1", "type 2", "de type IV"), or 0. */
function typeAfter(toks: Doc['tokens'], to: number): number {
  let k = to;
  if (toks[k]?.t === 'de') k++;
  if (toks[k]?.t !== 'type' || !toks[k + 1]) return 0;
  return toks[k + 1].k === Kind.Number || /^[ivx]+$/.test(toks[k + 1].t) ? k + 2 : 0;
}

/**
 * An abstention in a « ni » clause: "il ne mange pas de porc ni ne boit d'alcool", "ne boit ni alcool ni café",
 * "ne fume ni ne boit". The library's negation needs « pas », « jamais » or « plus ».
 */
function neitherNor(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 4) && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--) {
    if (toks[k].t !== 'ni') continue;
    const nx = toks[k + 1].t;
    if (nx === 'ne' || nx === "n'") return true;
    // "ne boit ni alcool": « ni » right before the substance (an article may come between), « ne » earlier in the clause
    if (k + 1 === from || (k + 2 === from && /^(de|d'|l'|la|le|les|du)$/.test(nx))) {
      for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j].sn === sn; j--) if (toks[j].t === 'ne' || toks[j].t === "n'") return true;
    }
    return false;
  }
  return false;
}

/** Words that show alcohol or drug use around "alcool", "drogue", "cannabis"… */
const CONSO_ALCOOL = set(`cause probleme problemes souci soucis consommation consomme consommait consommer abus dependance dependant dependante
  addiction addict accro sevrage sevre sevree arreter arrete arretee boit buvait boire bu abstinent abstinente emprise exces excessive trop
  replonge replongee sombre sombree lutte luttait rechute alcoolique penchant recours refugie refugiee noie bois buvais consommais`);
const CONSO_DROGUE = set(`${[...CONSO_ALCOOL].join(' ')} prend prends prenait prenais prendre pris fume fumais fumait fumer fumeur sniffe injecte usage usager dope dopee dopes dopage cure mache machait chique chiquait`);
const CONSO_MEDIC = set(`prend prends prenait prenais prendre pris sous avale avalait ses son sa mes traitement dose doses abus dependance dependant dependante surdose`);
/** Withdrawal verbs before a substance: "a décroché de l'héroïne", "s'est sevré de la cocaïne", "est sorti de la came", "a stoppé le cannabis". */
const WITHDRAW = set(`decroche decrocher decrochee decroches decrochees decrochait sevre sevree sevres sevrees sevrer stoppe stopper stoppee
  lache lacher lachee sorti sortie sortis sorties sortir arrete arreter arretee arretes desintoxique desintoxiquee tomber renonce renoncer
  renoncee`);
const WITHDRAW_LINKS = set(`de d' du des la le l' les a au aux`);
/** Consumption words counted per day or per evening ("plusieurs joints par jour"). */
const RATE_COUNTED = set(`joint joints cachets`);
/** Substance words with a literal sense after "sortir de": "sorti de l'herbe". */
const LITERAL = set(`herbe produits joint joints cachets`);
/**
 * Ambiguous abbreviations of notes ("TS" = tentative de suicide or terminale S, "FC" = fausse
 * couche or football club): a medical word nearby ("ATCD de TS", "FC à 8 SA", "suivi psy"), or an
 * event construction ("a fait une TS", "après sa TS", "suite à une FC").
 */
const MED_CONTEXT = set(`atcd atcds antecedent antecedents psy psychiatre psychiatrique psychiatrie hospitalise hospitalisee hospitalisation
  urgences medicamenteuse medicamenteux imv suicide suicidaire suicidaires tentative tentatives hp cmp ttt traitement samu reanimation rea
  intoxication scarification scarifications grossesse enceinte bebe ivg img pma fiv gyneco gynecologue amenorrhee maternite accouchement
  medecin medical medicale`);
const SIGLE_DETS = set(`une deux trois plusieurs nouvelle premiere derniere sa ses des`);
const SIGLE_EVENT = set(`fait faite refait eu apres suite a recidive tente commis`);
const ALCOOL_WORDS = set(`alcool alcools rhum whisky vodka pastis gin cubi cubis gnole bibine binouze binouzes ti-punch ti tord-boyaux`);

/** "forcer sur la bouteille": the verb's forms (folded) and the adverbs that may stand before "sur". */
const FORCE_VERBS = set(`force forces forcait forcaient forcent forcer forcee forcees forcera forcerait forcant forcais`);
/** Selling words: "forcer sur" a drink is then pushing it to customers. */
const FORCE_SALES = set(`vente ventes vendre vend vendait vendeur vendeuse caviste commercial commerciale client clients rayon promotion promo
  carte menu commande commandes stock stocks barman barmaid serveur serveuse sommelier sommeliere`);
const FORCE_ADVERBS = set(`un peu trop beaucoup pas mal bien souvent parfois encore sacrement serieusement nettement clairement largement toujours tellement
  vraiment rudement salement fort jamais`);
/** Drinking quantities: "une bouteille de rhum par jour", "six bières chaque soir". */
const DRINKS = set(`alcool rhum vin vins biere bieres whisky vodka pastis gin punch ti-punch ti cidre champagne rose blanc rouge alcools forts fort`);
const DRINK_VERBS = set(`boit buvait boire bu bois buvais descend descendait s'enfile enfile enchaine consomme consommait consommer consommation
  ingere avale avalait siffle sifflait`);
const PER = set(`par chaque tous toutes`);
const PER_UNIT = set(`jour jours soir soirs semaine semaines nuit nuits week-end matin matins midi`);
const QTY = set(`un une deux trois quatre cinq six sept huit neuf dix douze quinze vingt plusieurs demi-bouteille demi quelques des sa son ses`);
const QTY_TRADE = set(`vend vendu vendre vendait livre livrer livrait livraison produit produire production conditionne conditionner remplit
  remplir charge charger range ranger stocke stocker recycle recycler trie trier fabrique fabriquer cariste preparateur preparatrice caissiere
  serveur serveuse barman barmaid caviste sommelier sommeliere commande commandes rayon rayons usine ligne chaine`);
/** "une bouteille de rhum par jour": a quantity, an optional drink, a frequency right after; a drink verb or a drink word, no trade. */
function drinkingQuantity(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const q = at(from - 1);
  if (!q || !(q.k === Kind.Number || QTY.has(q.t))) return null;
  let k = to;
  let drink = DRINKS.has(toks[from].t);
  if (at(k) && (at(k)!.t === 'de' || at(k)!.t === "d'")) {
    if (!at(k + 1) || !DRINKS.has(at(k + 1)!.t)) return null;
    drink = true;
    k += 2;
    if (at(k) && DRINKS.has(at(k)!.t)) k++;
  }
  if (!at(k) || !PER.has(at(k)!.t)) return null;
  let e = k + 1;
  if (at(e) && /^(les|la|le)$/.test(at(e)!.t)) e++;
  if (!at(e) || !PER_UNIT.has(at(e)!.t)) return null;
  let verb = false;
  const [a, b] = sentence(doc, from);
  for (let j = a; j < b; j++) {
    if (QTY_TRADE.has(toks[j].t)) return null;
    if (j < from && DRINK_VERBS.has(toks[j].t)) verb = true;
  }
  return verb || drink ? [from - 1, e + 1] : null;
}
/** "son terme est prévu début mai", "son terme est fixé au 12 mai": a due date, not "le terme du CDD", "à terme". */
const DUE_VERBS = set(`prevu prevue fixe fixee annonce annoncee approche arrive`);
/** Pregnancy words that make a bare "terme prévu le 3 juin" a due date ("enceinte de cinq mois, terme prévu le 3 juin"). */
const PREGNANCY_CUES = set(`enceinte grossesse accouchement accoucher accouche bebe maternite sage-femme gynecologue echographie jumeaux naissance`);
function dueDate(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const prev = at(from - 1);
  const own = !!prev && /^(son|sa|leur|votre|mon)$/.test(prev.t);
  if (!own && (prev && !/^(le|,|;|:)$/.test(prev.t) || !sentenceHasWord(doc, from, PREGNANCY_CUES))) return null;
  let k = to;
  if (at(k) && /^(est|etait|sera|serait|a)$/.test(at(k)!.t)) k++;
  if (at(k) && at(k)!.t === 'ete') k++;
  if (!at(k) || !DUE_VERBS.has(at(k)!.t)) return null;
  // the date right after: "début mai", "au 12 mai", "pour juin", "en mars", "le 3"
  let e = k + 1;
  while (e < k + 4 && at(e) && !(MONTHS.has(at(e)!.t) || at(e)!.k === Kind.Number)) {
    if (!/^(debut|fin|mi|courant|au|pour|en|le|vers|dans|la|semaine|mi-)$/.test(at(e)!.t)) return null;
    e++;
  }
  if (!at(e) || !(MONTHS.has(at(e)!.t) || at(e)!.k === Kind.Number)) return null;
  // "au 12 mai"
  if (at(e)!.k === Kind.Number && at(e + 1) && MONTHS.has(at(e + 1)!.t)) e++;
  return [own ? from - 1 : from, e + 1];
}

/**
 * The second member of a coordination whose first member sits in a job frame: "assistante en cabinet de rhumatologie
 * ou de kinésithérapie", "poste en cardiologie ou en néphrologie" (not "suivie en cardiologie et en kinésithérapie").
 */
const COORD_LINKS = set(`de d' du des en`);
function coordinatedFrame(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let c = from - 1;
  if (c >= 0 && toks[c].sn === sn && COORD_LINKS.has(toks[c].t)) c--;
  if (c < 1 || toks[c].sn !== sn || (toks[c].t !== 'ou' && toks[c].t !== 'et')) return false;
  for (let j = c - 1; j >= Math.max(1, c - 3) && toks[j].sn === sn && toks[j].k === Kind.Word; j--) if (inFrame(doc, j)) return true;
  return false;
}

/** Short forms of specialties ("suivie en néphro", "RDV chez l'onco"), which also start compounds ("neuro-marketing"). */
const SHORT_SPECS = set(`nephro onco cancero cardio pneumo rhumato gastro neuro endoc endocrino diabeto hemato gyneco gyne uro dermato hepato
  infectio allergo addicto pedopsy neuropsy psy stomato phlebo angio`);
const SPORT = set(`salle sport sports fitness musculation muscu entrainement entrainements training coach coaching velo course courses natation
  rameur tapis elliptique seance seances abdos`);
/** Sales work: "a vendu des appareils auditifs chez un audioprothésiste". */
const SALE_WORK = set(`vendu vendue vend vendait vendre vendeur vendeuse vente ventes conseillait conseille apprenti apprentie alternance`);
/** Care relations for specialists: "suivie par un psychiatre", "voit une psychologue", "rendez-vous chez l'addictologue". */
const CARE = set(`suivi suivie suivis suivies suit suivre suivait voit voir vu vue consulte consulter consulte consultee consultation
  rendez-vous rdv chez oriente orientee adresse adressee rencontre rencontrer soigne soignee prise pris charge traite traitee
  hospitalise hospitalisee seance seances therapie sejour sejours sejourne sorti sortie sort sortir interne internee admis admise place placee
  accueilli accueillie transfere transferee passe passee rend rendre rendait va vont aller allait ira frequente frequenter frequentait
  retourne retourner vois voyais vais allais consultais rencontrais rendez follow followup follow-up check-up appointment`);
const APPOINTMENT = set(`rendez rdv`);
/** "… pour un poste", "… pour son stage": a purpose that makes the service a job's or a course's. */
const PURPOSE_DETS = set(`un une le la l' son sa ce cet cette des les`);
const PURPOSE_JOBS = set(`poste postes stage stages emploi emplois contrat cdd cdi alternance apprentissage mission missions remplacement remplacements
  candidature entretien job immersion pmsmp recrutement embauche vacation vacations interim`);
function jobPurposeAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let k = to;
  if (toks[k]?.sn !== sn || toks[k].t !== 'pour') return false;
  k++;
  if (toks[k]?.sn === sn && PURPOSE_DETS.has(toks[k].t)) k++;
  return toks[k]?.sn === sn && PURPOSE_JOBS.has(toks[k].t);
}
/** "travaille en crèche et a une sclérose en plaques": the verb « a » after a coordination opens a new predicate the frame does not govern. */
function haveAfterFrame(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(1, from - 4) && toks[k].sn === sn; k--) {
    if (toks[k].t === 'a' && doc.raw(k) === 'a' && /^(et|mais|qui|puis)$/.test(toks[k - 1].t)) return true;
  }
  return false;
}
/** "Sa collègue attend un bébé", "la cliente attendait un bébé": someone met at work, not the person. */
const WORK_OTHERS = set(`collegue collegues cliente clientes client clients patiente patientes salariee salariees employee employees voisine voisines
  responsable manageuse cheffe titulaire remplacee`);
function workOtherSubject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === toks[from].sn; k--) if (WORK_OTHERS.has(toks[k].t)) return true;
  return false;
}
/** A repetition or an event after a trauma sign: "revoit la scène toutes les nuits", "se réveille en sursaut depuis l'agression". */
const TRACE_CUES = set(`nuit nuits soir soirs cauchemar cauchemars boucle cesse arret depuis accident explosion agression attentat drame incendie
  attaque combat guerre naufrage chaque`);
function traceCue(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  for (let k = to; k < Math.min(toks.length, to + 5) && toks[k].sn === sn; k++) if (TRACE_CUES.has(toks[k].t)) return true;
  // "depuis l'explosion, il revoit la scène": the event named before in the sentence
  return sentenceHasWord(doc, to - 1, TRACE_EVENTS);
}
const TRACE_EVENTS = set(`accident explosion agression attentat drame incendie attaque combat guerre naufrage embuscade viol braquage`);
/** "les soldats blessés au combat", "trois blessés par balle", "les blessés de l'attentat": a group, not the person. */
function woundedGroup(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const p1 = toks[from - 1];
  if (!p1 || p1.sn !== toks[from].sn) return false;
  if (GROUPS.has(p1.t)) return /^(les|des|ces|aux|de)$/.test(toks[from - 2]?.t ?? '') || toks[from - 2]?.k === Kind.Number || GROUP_COUNTS.has(toks[from - 2]?.t ?? '');
  // the participle as a plural noun: "trois blessés", "des blessés", "les blessés"
  return toks[from].t.endsWith('s') && (p1.k === Kind.Number || GROUP_COUNTS.has(p1.t) || /^(les|des|ces|aux)$/.test(p1.t));
}
/** "pregnant women", "pregnant employees": a public in an English text, not the person. */
const ENGLISH_PUBLIC = set(`women woman people employees workers patients mothers clients staff`);
/** "les soldats blessés au combat", "des civils blessés par balle": a group in a history lesson or the news, not the person. */
const OFFERS = set(`offre offres annonce annonces`);
const GROUP_COUNTS = set(`deux trois quatre cinq six sept huit neuf dix douze vingt cent mille plusieurs nombreux`);
const GROUPS = set(`soldats militaires civils poilus combattants hommes victimes otages manifestants passants`);
const AUX = set(`ete etre est sera serait seront sont fut etait recemment deja juste vient doit devra va vais vont dois avoir`);
const TRT_BEFORE = set(`sous suit suivre suivi suivie suivait prend prends prendre prenait prenais pris commence commencer debute debuter nouveau
  lourd gros long son sa ses leur mon ma mes un votre vos`);
const TRT_AFTER = set(`pour contre a medical medicamenteux lourd lourds quotidien quotidiens journalier antidouleur de substitution`);
const HANDI_VERBS = set(`a avait ont porteur porteuse porteurs atteint atteinte presente presentait souffre souffrant cause raison fait vit
  vivre compenser declare declaree reconnaissance nature type lie liee malgre avec`);
const DETS = set(`un une le la l' les des du de d' son sa ses leur leurs votre vos mon ma mes ce cet cette`);
/** Nouns after "souffre de", "atteint de" that are not health conditions. */
const PRED_STOP = set(`plein manque sentiment isolement solitude pression precarite discrimination difficulte difficultes probleme problemes
  confiance timidite regard jalousie ennui chomage absence exclusion harcelement racisme sexisme retard lenteur perte objectif objectifs
  resultat resultats seuil limite age sommet record niveau nombre quota chose choses dose cause pause rose prose pose suite visite faillite
  fuite conduite reussite site elite diplome academie sympathie antipathie empathie absenteisme perfectionnisme individualisme favoritisme
  aucun aucune rien quelque quelques ce cette mauvaise mauvais image reputation fait situation conditions condition beaucoup tres trop
  son sa ses leur leurs un une des le la les l' de du d' nombreux nombreuses plusieurs`);
/** What one contracts besides a disease: loans and debts (also compounds: "microcrédit", "éco-prêt", "crédit-bail"), insurance, contracts, commitments, habits. */
const CONTRACTED_NOT_DISEASE = /(?:credit|credits|pret|prets|emprunt|emprunts|dette|dettes|hypotheque|hypotheques|assurance|assurances|mutuelle|mutuelles|contrat|contrats|bail|baux|abonnement|abonnements|engagement|engagements|obligation|obligations|mariage|mariages|union|unions|pacs|habitude|habitudes|alliance|alliances|accord|accords|avance|avances|decouvert|decouverts|leasing|loa|lld|microfinancement|financement|financements)$/;
const MED_SUFFIX = /(?:ite|ites|ose|oses|ome|omes|emie|emies|algie|algies|pathie|pathies|plegie|plegies|phobie|phobies|ectomie|ectomies|trophie|trophies|rragie|rragies|rrhee|rrhees|isme|ismes|iase|iases|cardie|cardies|pnee|pnees|ite|ulcere|cancer|tumeur)$/;

/** "personne", "les siens", "ses enfants", "sa propre fille", "sa famille": people as the object of "ne reconnaît plus"; end of the object or `to`. */
const KIN_DETS = set(`ses sa son leurs leur les`);
const KIN = set(`proches famille entourage siens siennes`);
function personObject(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k].t : '');
  // "ne reconnaît plus personne dans l'équipe" after a reorganisation is about colleagues
  if (at(to) === 'personne') return at(to + 1) === 'dans' && /^(equipe|service|entreprise|atelier|bureau|boite|societe)$/.test(at(to + 3) || at(to + 2)) ? to : to + 1;
  if (!KIN_DETS.has(at(to))) return to;
  let k = to + 1;
  if (at(k) === 'propre' || at(k) === 'propres') k++;
  if (RELATIVES.has(at(k)) || KIN.has(at(k))) return k + 1;
  // "petits-enfants" is "petits" + "-enfants"
  if ((at(k) === 'petits' || at(k) === 'petit' || at(k) === 'petite') && toks[k + 1]?.hyphen) return k + 2;
  return to;
}

/**
 * "Sa fille est interne en oncologie pédiatrique", "pharmacien en cancérologie": a medical job named by
 * its service is a job, the person's or a relative's (not "il est interné en psychiatrie": the
 * written accent tells the participle from the job).
 */
const MED_JOBS = set(`interne internes externe externes praticien praticienne praticiens praticiennes pharmacien pharmacienne pharmaciens
  docteur docteure resident residente assistant assistante secretaire secretaires cadre cadres kine kinesitherapeute manipulateur manipulatrice
  professeur professeure biologiste laborantin laborantine preparateur preparatrice puericultrice auxiliaire`);
const JOB_LINKS = set(`en de d' du la l' le service unite pole`);
function medicalJobBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 4) && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (MED_JOBS.has(t)) return !(t.startsWith('interne') && /[éÉ]e?s?$/.test(doc.raw(k)));
    if (!JOB_LINKS.has(t)) return false;
  }
  return false;
}

/** "activité", "qualité", "société": a written "-ité" is not the "-ite" of an inflammation ("tendinite"). */
function accentedIte(doc: Doc, k: number): boolean {
  const t = doc.tokens[k].t;
  if (!t.endsWith('ite') && !t.endsWith('ites')) return false;
  return /[éÉ]s?$/.test(doc.raw(k));
}

const NEEDS_DE = /^(atteint|atteinte|atteints|atteintes|souffre|souffrait|souffrant|souffrent|souffert|gueri|guerie|remet|remettre|remise|remis|diagnostic)$/;

/** Suffixes that only medicine uses: surgery (-ectomie, -stomie, -plastie), examinations (-scopie), conditions (-pathie, -algie, -plégie, -émie). */
const MEDICAL_SUFFIXES = ['ectomie', 'ostomie', 'oscopie', 'plastie', 'pathie', 'algie', 'plegie', 'plegique', 'emie'];
function medicalSuffix(w: string): boolean {
  const end = w.charCodeAt(w.length - 1) === 115 ? w.length - 1 : w.length; // plural "s"
  // every suffix ends in "ie" or "que": most words stop here
  if (w.charCodeAt(end - 1) !== 101) return false;
  const before = w.charCodeAt(end - 2);
  if (before !== 105 && before !== 117) return false;
  for (const suffix of MEDICAL_SUFFIXES) if (w.endsWith(suffix, end)) return true;
  return false;
}
/** "pathologie:pred" → ["pathologie", "pred"], split once per tag (each report has dozens of hits, the lexicon a few tags). */
const TAG_PARTS = new Map<string, [string, string]>();
function tagParts(tag: string): [string, string] {
  let parts = TAG_PARTS.get(tag);
  if (!parts) {
    const [family, mode = ''] = tag.split(':');
    parts = [family, mode];
    TAG_PARTS.set(tag, parts);
  }
  return parts;
}

/** Words with those endings that are not medical, or name a practice or a job rather than a condition. */
const NOT_MEDICAL = set(`sympathie sympathies antipathie antipathies empathie telepathie homeopathie naturopathie osteopathie allopathie
  nostalgie nostalgies academie academies epidemie epidemies pandemie pandemies endemie galvanoplastie microscopie spectroscopie
  radioscopie telescopie stereoscopie kaleidoscopie macroscopie horoscopie polemie`);
/** A person in the clause, or a cause/care word ("pour", "suite à", "opérée"): the suffix word is about someone. */
const STRICT_PERSON_OR_CAUSE = set(`${[...STRICT_PERSON].join(' ')} pour suite subi subit subir opere operee hospitalise hospitalisee prevue prevu
  programmee programme passe passer passee explique absence absences arret souffre atteint atteinte diagnostique diagnostiquee`);

/** Job wording: a specialist or a place in such a sentence is a workplace. */
const JOB_WORDS = set(`comme tant poste postes emploi emplois stage stages mission missions travaille travailler travaillait cdd cdi
  interim contrat agent agente employe employee embauche recrute candidature postule offre metier metiers pmsmp immersion benevole`);

const HEALTH: NounPhrase = { g: 'f', pl: true, text: 'contraintes de santé' };
const HEALTH_ONE: NounPhrase = { g: 'f', text: 'contrainte de santé' };
/** "a mal au dos": "a" before a head without an article. */
const AVOIR_BARE = set(`a avait ont avaient aura ai as avez`);
const SINGULAR_VERBS = set(`est etait sera serait a avait reste demeure impose imposait oblige obligeait empeche empechait limite limitait rend rendait`);
const SINGULAR_DETS = set(`un une le la l' son sa cette cet ce`);
const DOCTOR: NounPhrase = { g: 'm', text: 'médecin' };
const AGENDA: NounPhrase = { g: 'f', pl: true, text: 'contraintes de disponibilité' };
const ORGANISATION: NounPhrase = { g: 'f', pl: true, text: "contraintes d'organisation personnelle" };
const TAIL = ' à prendre en compte dans le choix du poste';

/** Heads that, bare, belong to a condition of their sentence ("avec une infiltration prévue le 06/11"). */
const COMPANION_HEADS = set(`infiltration infiltrations`);
/** Determiners of a bare episode: "ses crises", "des malaises", "deux absences". */
const EPISODE_DETS = set(`ses sa son des les de d' une deux trois plusieurs nouvelles nouveaux premieres premiers quelques frequentes frequents`);
/** Heads that stand for an episode when bare: "ses crises", "des malaises". */
const EPISODE_HEADS = set(`crise crises malaise malaises`);
/** Time after "ses crises de": "de l'an dernier", "de cet hiver", "de 2022". */
const EPISODE_TIME = set(`an annee semaine mois hiver ete automne printemps nuit nuits journee matin soir week-end veille jeunesse enfance adolescence`);
/** Words that make bare "absences" seizures rather than days off: epilepsy, its drugs and its specialist. */
const EPILEPSY = set(`epilepsie epileptique epileptiques neurologue neurologie keppra depakine depakote lamictal tegretol trileptal urbanyl rivotril
  vimpat briviact levetiracetam valproate lamotrigine convulsions convulsive convulsives comitial comitiale eeg electroencephalogramme`);
/** Verbs that make a bare "des crises", "des malaises" the person's: "il a des crises", "a eu deux malaises", "fait des crises". */
const EPISODE_VERBS = set(`a avait eu fait faisait refait fera faire avoir subit subi enchaine enchainait multiplie multipliait`);
/**
 * "Sous Keppra depuis ses crises", "des malaises depuis sa chimio": a bare episode word with a determiner, not
 * followed by a complement ("crise du logement", "crises de colère" are the continuations' business), reported only
 * when another health finding stands in the same sentence (checked after the loop). Bare "absences" needs an epilepsy word.
 */
function bareEpisode(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const prev = toks[from - 1];
  if (!prev || prev.sn !== toks[from].sn || !EPISODE_DETS.has(prev.t)) return false;
  const next = toks[to];
  if (next && next.sn === prev.sn && /^(sanitaire|sanitaires|economique|economiques|financiere|politique|sociale|identitaire)$/.test(next.t)) return false;
  // "crises de colère", "crise du logement" are not seizures; "ses crises de l'an dernier" are
  if (next && next.sn === prev.sn && /^(de|d'|du|des)$/.test(next.t)) {
    let k = to + 1;
    if (toks[k] && /^(l'|la|le|cette|ce|cet)$/.test(toks[k].t)) k++;
    const w = toks[k];
    if (!w || w.sn !== prev.sn || !(EPISODE_TIME.has(w.t) || MONTHS.has(w.t) || w.k === Kind.Number)) return false;
  }
  if (toks[from].t.startsWith('absence')) return sentenceHasWord(doc, from, EPILEPSY);
  // "ses crises", "sa crise" are the person's; "des crises", "deux malaises" only after a verb of the person
  // ("il a eu des crises"), not "le marché traverse des crises", "a géré plusieurs crises"
  if (POSSESSIVE.has(prev.t)) return true;
  let k = from - 2;
  while (k >= 0 && toks[k].sn === prev.sn && (EVENT_ADV.has(toks[k].t) || EPISODE_DETS.has(toks[k].t))) k--;
  return k >= 0 && toks[k].sn === prev.sn && EPISODE_VERBS.has(toks[k].t);
}

/** Mobility in the job-search sense: "mobilité réduite au bassin de Millau", "mobilité réduite : pas de voiture". */
const GEO_MOBILITY = set(`voiture vehicule vehicules permis demenager demenagement km kilometres bassin secteur geographique geographiquement
  transport transports bus train trajet trajets commune communes canton departement agglomeration ville villes quartier rayon zone deplacer deplacements
  vehicule vehiculee vehicule motorise motorisee`);
function geographicMobility(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  // "personne à mobilité réduite" is a disability
  if (toks[from - 1]?.t === 'a' && toks[from - 1].sn === toks[from].sn) return false;
  return sentenceHasWord(doc, from, GEO_MOBILITY) || (toks[to]?.sn === toks[from].sn && /^(au|aux|sur)$/.test(toks[to]?.t ?? ''));
}

interface Candidate {
  from: number;
  to: number;
  family: string;
  confidence: Confidence;
  /** first token of the specialist ("psychiatre") when the span is "suivie par un psychiatre" */
  specialist?: number;
  /** an adjective entry ("handicapée", "autiste") */
  adjective?: boolean;
  /** a care place reached by a stay ("à l'hôpital"): reported without a rewrite */
  place?: boolean;
  /** a machine accident ("son accident de treuil"): only when nothing else in the sentence says the injury */
  accident?: boolean;
  /** a cure or an aid ("depuis sa cure", "utilise une plage braille"): part of a finding stated earlier in the sentence */
  secondary?: boolean;
  /** a state of a finding ("indétectable depuis"): part of any finding stated earlier in the sentence */
  state?: boolean;
  /** a verbal phrase ("force un peu sur la bière"): no noun to replace */
  verbal?: boolean;
}

const sentenceHas = (doc: Doc, i: number, s: ReadonlySet<string>, skipFrom = -1, skipTo = -1): boolean => {
  const [a, b] = sentence(doc, i);
  for (let k = a; k < b; k++) if ((k < skipFrom || k >= skipTo) && s.has(doc.tokens[k].t)) return true;
  return false;
};
const clauseWindowHas = (doc: Doc, from: number, to: number, s: ReadonlySet<string>, before: number, after: number): boolean => {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - before) && toks[k].sn === sn; k--) {
    if (toks[k].k === Kind.Punct && toks[k].t !== "'") break;
    if (s.has(toks[k].t)) return true;
  }
  for (let k = to; k < Math.min(toks.length, to + after) && toks[k].sn === sn; k++) {
    if (toks[k].k === Kind.Punct) break;
    if (s.has(toks[k].t)) return true;
  }
  return false;
};

/** End of "problème | cardiaque", "cancer | du sein", "troubles | du sommeil" (the head's continuation). */
function continuation(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const groups = CONTINUATIONS.get(toks[to - 1].t);
  if (!groups) return to;
  const sn = toks[to - 1].sn;
  const tok = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k].t : undefined);
  let best = 0;
  for (const g of groups) best = Math.max(best, g.longest(tok, to));
  // "tassement de deux vertèbres", "fracture de trois côtes", "fracture de plusieurs côtes": a count before a body part
  if (best === 0 && (tok(to) === 'de' || tok(to) === "d'") && (toks[to + 1]?.k === Kind.Number || COUNTS.has(tok(to + 1) ?? '')) && ORGAN_NOUNS.has(tok(to + 2) ?? '')) best = 3;
  return to + best;
}
const COUNTS = set(`deux trois quatre cinq six plusieurs quelques`);
const DEVICE_SIGHT = set(`camera cameras capteur capteurs robot robots drone drones lidar objectif objectifs optique optiques algorithme
  algorithmes vehicule vehicules stereo stereoscopique`);
/** Electrical and mechanical tension: "tension trop haute sur le réseau", "tension de la courroie", "cordes de la guitare". */
const NOT_BLOOD_PRESSURE = set(`volt volts v kv mv reseau reseaux circuit circuits ligne lignes cable cables moteur moteurs electrique electriques
  electricien electricienne electricite transformateur transformateurs batterie batteries courant disjoncteur disjoncteurs installation installations
  alimentation onduleur compresseur courroie courroies chaine chaines fil fils corde cordes guitare raquette ressort ressorts tableau machine machines`);
/**
 * A team's or a market's tension, read only near the term ("tension trop haute entre collègues", "au sein de l'équipe"):
 * the words recur in care sentences, where a care unit follows "par" or names its field ("suivie par le service de cardiologie").
 */
const GROUP_TENSION = set(`equipe equipes collegues service ambiance atelier relations climat social sociale marche`);
function groupTension(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = Math.max(0, from - 3); k < from; k++) if (toks[k].sn === sn && GROUP_TENSION.has(toks[k].t)) return true;
  for (let k = to; k < Math.min(toks.length, to + 6) && toks[k].sn === sn; k++) {
    const t = toks[k].t;
    if (t === 'par' || t === 'pour' || toks[k].k === Kind.Punct) return false;
    if (GROUP_TENSION.has(t) && !(t === 'service' && /^(de|d'|des|du)$/.test(toks[k + 1]?.t ?? ''))) return true;
  }
  return false;
}

const DEAF_BLIND = set(`sourd sourde sourds sourdes aveugle aveugles`);
const TO_WHAT = set(`ses son sa leurs leur ces cette ce tout toute tous toutes nos vos mes ma mon`);
/** "aux critiques", "à ses défauts", "à la détresse", "à l'évidence" after "sourd" or "aveugle" (not "à 80 %", "à la naissance", "à l'oreille gauche"). */
function unheededAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const a = toks[to], b = toks[to + 1], c = toks[to + 2];
  if (!a || a.sn !== sn || !b || b.sn !== sn) return false;
  if (a.t === 'aux') return b.k === Kind.Word;
  if (a.t !== 'a') return false;
  if (TO_WHAT.has(b.t)) return true;
  return (b.t === 'la' || b.t === "l'") && !!c && c.sn === sn && c.k === Kind.Word && !/^(naissance|suite|oreille|enfance|adolescence)$/.test(c.t);
}

/** Mode-specific evidence for polysemous terms; returns the (possibly moved) span or null. */
function accept(hit: Hit, mode: string, doc: Doc): [number, number] | null {
  const toks = doc.tokens;
  const { from, to } = hit;
  const prev = toks[from - 1]?.sn === toks[from].sn ? toks[from - 1] : undefined;
  const next = toks[to]?.sn === toks[to - 1].sn ? toks[to] : undefined;
  switch (mode) {
    case 'forcer': {
      // "force un peu sur la bière", "a trop forcé sur la bouteille", "forçait sur le pastis" (not "forcer sur la poignée")
      // "sur la bouteille de gaz": a thing, unless a drink follows ("sur la bouteille de rhum")
      if (next && (next.t === 'de' || next.t === "d'") && !DRINKS.has(toks[to + 1]?.t ?? '')) return null;
      const sn = toks[from].sn;
      let k = from - 1;
      while (k >= 0 && from - k <= 4 && toks[k].sn === sn && FORCE_ADVERBS.has(toks[k].t)) {
        // "ne force pas sur l'alcool", "ne force jamais": an absence ("pas mal" is a quantity)
        if ((toks[k].t === 'pas' && toks[k + 1]?.t !== 'mal') || toks[k].t === 'jamais') return null;
        k--;
      }
      if (k < 0 || toks[k].sn !== sn || !FORCE_VERBS.has(toks[k].t)) return null;
      // "le caviste force sur le champagne pour les fêtes", "forcer sur le rosé à la carte": pushing a sale
      if (sentenceHas(doc, from, FORCE_SALES)) return null;
      // "a trop forcé", "a un peu trop forcé": the adverbs before the participle belong to the phrase
      let s = k;
      while (s - 1 >= 0 && k - s < 3 && toks[s - 1].sn === sn && FORCE_ADVERBS.has(toks[s - 1].t) && toks[s - 1].t !== 'pas') s--;
      if (/^(ne|n')$/.test(toks[s - 1]?.t ?? '') && /^(pas|jamais)$/.test(toks[k + 1]?.t ?? '') && toks[k + 2]?.t !== 'mal') return null;
      return [s, to];
    }
    case 'poids': {
      // "a perdu 20 kilos", "a pris quinze kg depuis son traitement": the person's weight (not "porte des charges de 20 kilos",
      // "a perdu 20 kilos de marchandise")
      const n = toks[from - 1];
      const v = toks[from - 2];
      if (!n || !v || n.sn !== toks[from].sn || v.sn !== n.sn || !(n.k === Kind.Number || NUMBER_WORDS.has(n.t))) return null;
      if (!WEIGHT_VERBS.has(v.t)) return null;
      if (next && (next.t === 'de' || next.t === "d'")) return null;
      // "Après une sleeve en 2023, il a perdu 40 kg": the expected outcome of a weight-loss surgery told before it
      // is part of that finding (not "a perdu 20 kilos depuis sa sleeve", where the loss is the subject)
      if (surgeryBefore(doc, from - 2)) return null;
      return [from - 2, to];
    }
    case 'p':
      // "conduit des malades à leurs séances", "accompagne des malades": the people a job serves
      if (prev && (prev.t === 'des' || prev.t === 'les') && carriesPeople(toks[from - 2]?.t)) return null;
      // "sourde aux critiques", "aveugle à ses défauts", "sourd à toute remarque": deaf or blind to something, a figure
      if (DEAF_BLIND.has(toks[from].t) && to === from + 1 && unheededAfter(doc, to)) return null;
      // "une rechute des ventes", "rechute du marché": a relapse of a thing (the diseases that relapse are entries of their own)
      if (RELAPSE.has(toks[from].t) && (next?.t === 'des' || next?.t === 'du')) return null;
      // "A rechuté en janvier", "Avait de nouveau rechuté": the report's subjectless verb, whose subject is the person
      if (RELAPSE.has(toks[from].t) && subjectlessVerb(doc, from)) return [from, to];
      return sentenceHas(doc, from, STRICT_PERSON, from, to) ? [from, to] : null;
    case 'boire':
      return drinksHabitually(doc, from, to) ? [from, to] : null;
    case 'conso': {
      const w = toks[from].t;
      // "sous cachets", "sous drogue" (not "sous-produits")
      if (prev && prev.t === 'sous' && !toks[from].hyphen) return [from, to];
      const ctxSet = ALCOOL_WORDS.has(w) ? CONSO_ALCOOL : hit.entry.tag?.startsWith('traitement') ? CONSO_MEDIC : CONSO_DROGUE;
      if (ctxSet !== CONSO_MEDIC && neitherNor(doc, from)) return null;
      if (ctxSet !== CONSO_MEDIC) {
        const s = withdrawal(doc, from);
        // "sorti de la came", not "sorti de l'herbe"
        if (s >= 0) return toks[s].t.startsWith('sort') && LITERAL.has(w) ? null : [s, to];
      }
      if (ctxSet === CONSO_MEDIC && prev && POSSESSIVE.has(prev.t)) return [from, to];
      // "plusieurs joints par jour d'après elle", "six cachets par jour": a daily count is a consumption (not "dix produits par jour")
      if (RATE_COUNTED.has(w) && next?.t === 'par' && PER_UNIT.has(toks[to + 1]?.t ?? '')) return [from, to];
      return clauseWindowHas(doc, from, to, ctxSet, 5, 2) ? [from, to] : null;
    }
    case 'poussee':
      // a bare flare is decided beside the disease it belongs to (see `flares`)
      return null;
    case 'qte':
      return drinkingQuantity(doc, from, to);
    case 'terme':
      return dueDate(doc, from, to);
    case 'bebe': {
      // "attend une petite fille pour juillet", "attend un petit garçon.": not "attend une fille de l'agence", "attend un enfant à la sortie de l'école"
      const after = toks[to];
      if (!after || after.sn !== toks[to - 1].sn) return [from, to];
      // "pour juillet", "en mai", "vers la fin de l'année": a due date
      const date = toks[to + 1];
      if (DUE_BEFORE.has(after.t)) return date && date.sn === after.sn && (ORDINAL_DATE.has(date.t) || date.k === Kind.Number) ? [from, to] : null;
      if (MONTHS.has(after.t)) return [from, to];
      return WAITING_FOR.has(after.t) ? null : [from, to];
    }
    case 'accident': {
      // "son accident de treuil", "victime d'un accident de tronçonneuse", "a eu un accident de presse": the person's accident
      const p2 = toks[from - 2];
      if (prev && POSSESSIVE.has(prev.t)) return [from, to];
      if (prev && (prev.t === 'un' || prev.t === "d'un") && p2 && p2.sn === toks[from].sn && ACCIDENT_VERBS.has(p2.t)) return [from, to];
      if (prev && prev.t === 'un' && p2?.t === "d'" && ACCIDENT_VERBS.has(toks[from - 3]?.t ?? '')) return [from, to];
      return null;
    }
    case 'hypo': {
      // "a fait 2 hypos", "fait une hypo", "ses hypos": an episode of the person; otherwise a diabetes word in the sentence
      const raw = doc.raw(from);
      if (raw === raw.toUpperCase() && raw.length > 2) return null;
      let k = from - 1;
      if (toks[k] && (toks[k].k === Kind.Number || EVENT_DETS.has(toks[k].t) || HYPO_QUANT.has(toks[k].t))) k--;
      if (toks[k] && toks[k].sn === toks[from].sn && EVENT_VERBS.has(toks[k].t) && !toks[from].t.startsWith('hyper')) return [from, to];
      if (prev && POSSESSIVE.has(prev.t) && !toks[from].t.startsWith('hyper')) return [from, to];
      return sentenceHasWord(doc, from, DIABETES) ? [from, to] : null;
    }
    case 'exam': {
      // "a eu un tiers temps au bac", "bénéficiait d'un PAP", "avait une AVS au collège": the person's accommodation, not a job
      // ("AVS en école primaire", "met en place les PAI des élèves")
      if (sentenceHasWord(doc, from, JOB_WORDS) || sentenceHasWord(doc, from, SCHOOL_STAFF)) return null;
      if (hit.entry.upper && !sentenceHasWord(doc, from, SCHOOL)) return null;
      for (let k = from - 1; k >= Math.max(0, from - 4) && toks[k].sn === toks[from].sn; k--) {
        if (BENEFIT.has(toks[k].t)) return [from, to];
        if (!DETS.has(toks[k].t) && toks[k].t !== 'droit' && toks[k].t !== 'a') break;
      }
      return hit.entry.lemma === 'PAI' && hasPlan(doc, from) ? [from, to] : null;
    }
    case 'ordinal': {
      // "attend son deuxième pour octobre", "attendent leur troisième enfant"
      const end = ordinalPregnancy(doc, to);
      return end < 0 ? null : [from, end];
    }
    case 'reco': {
      // "ne nous reconnaît plus": the clitic is the person; otherwise a person as object, not "ne reconnaît plus l'entreprise"
      if (toks[from + 1].t === 'nous' || toks[from + 1].t === 'me') return [from, to];
      const end = personObject(doc, to);
      return end > to ? [from, end] : null;
    }
    case 'platre': {
      // "le bras dans le plâtre", "la jambe droite plâtrée": a body part right before
      let k = from - 1;
      if (toks[k] && /^(droit|droite|gauche|droits|droites|gauches)$/.test(toks[k].t)) k--;
      return toks[k] && toks[k].sn === toks[from].sn && ORGAN_NOUNS.has(toks[k].t) ? [from, to] : null;
    }
    case 'abbr': {
      // "hospit. a Esquirol", "hospi en psy": the abbreviation of notes and the place it names
      let k = to;
      const at = (j: number) => (j < toks.length && toks[j].sn === toks[from].sn ? toks[j] : undefined);
      if (!at(k) || !/^(a|au|en|dans)$/.test(at(k)!.t)) return [from, to];
      k++;
      if (at(k) && /^(l'|la|le)$/.test(at(k)!.t)) k++;
      const start = k;
      while (at(k) && at(k)!.k === Kind.Word && doc.isCapitalized(k) && k < start + 4) k++;
      return [from, k > start ? k : to];
    }
    case 'struct':
      // "hébergée en appartement de coordination thérapeutique", "vit en ACT": a place only patients live in,
      // unless it is named as a workplace ("éducateur en ACT", "poste d'infirmière en HAD")
      if (hit.entry.lemma.startsWith('HIA')) return militaryHospital(doc, from, to);
      return workplaceNear(doc, from, to) ? null : [from, to];
    case 'lieu': {
      // "est resté trois semaines à l'hôpital", "est sortie de clinique": a stay, not a workplace
      if (stayAt(doc, from)) return [from, to];
      // "suivi en médecine interne", "soignée au service de psychiatrie": the person's care relation with the place
      const s = followedAt(doc, from);
      return s >= 0 ? [s, to] : null;
    }
    case 'spec': {
      // "neuro-marketing", "cardio-training": a short form glued to another word is that word
      if (next && next.hyphen && SHORT_SPECS.has(toks[to - 1].t)) return null;
      // "va en cardio à la salle": the fitness sense
      if (toks[from].t === 'cardio' && sentenceHasWord(doc, from, SPORT)) return null;
      // "orientée en gastro-entérologie pour son stage", "consultation en ORL pour un poste de secrétaire": the service a job or a course is for
      if (jobPurposeAfter(doc, to)) return null;
      // "a consulté les offres en onco et en hémato": job offers in a service
      if (clauseWindowHas(doc, from, to, OFFERS, 6, 0)) return null;
      if (prev && POSSESSIVE.has(prev.t)) return [from, to];
      if (stayAt(doc, from)) return [from, to];
      if (!clauseWindowHas(doc, from, to, CARE, 5, 0) && !(next && next.t === 'qui' && toks[to + 2] && /^suit|soigne$/.test(toks[to + 2].t))) return null;
      // "un rendez-vous en oncologie pour un entretien d'embauche": an appointment in a job sentence is the job's
      if (clauseWindowHas(doc, from, to, APPOINTMENT, 5, 0) && sentenceHasWord(doc, from, JOB_WORDS)) return null;
      // "a vendu des appareils chez un audioprothésiste", "stage chez un kiné": the specialist as a workplace
      if (prev && DETS.has(prev.t) && toks[from - 2]?.t === 'chez' && (sentenceHasWord(doc, from, JOB_WORDS) || sentenceHasWord(doc, from, SALE_WORK))) return null;
      // "suivie par un psychiatre": the care relation is part of the phrase
      let s = from;
      if (prev && DETS.has(prev.t)) {
        const p2 = toks[from - 2];
        const p3 = toks[from - 3];
        if (p2 && (p2.t === 'par' || p2.t === 'chez') && p3 && /^suivie?s?$/.test(p3.t)) s = from - 3;
      }
      return [s, to];
    }
    case 'aux': {
      if (next && next.t === 'par') return null; // "la ligne est opérée par Keolis"
      if (toks[from].first) return [from, to];
      for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
        if (toks[k].sn !== toks[from].sn || !AUX.has(toks[k].t)) continue;
        // "un changement s'est opéré": the pronominal verb is not surgery
        return toks[k - 1]?.t === "s'" || toks[k - 1]?.t === 'se' ? null : [from, to];
      }
      return null;
    }
    case 'trt': {
      if (next && (next.t === 'de' || next.t === 'des' || next.t === 'du' || next.t === "d'")) return null;
      if (processedFile(doc, from)) return null;
      // "votre traitement par Pentasa", "un traitement sous Humira": a drug named by its brand (a capital inside the sentence)
      const drug = toks[to + 1];
      if (next && (next.t === 'par' || next.t === 'sous' || next.t === 'au' || next.t === 'a') && drug && drug.sn === next.sn && drug.k === Kind.Word && !drug.first && doc.isCapitalized(to + 1) && !doc.isUpper(to + 1)) return [from, to + 2];
      if (clauseWindowHas(doc, from, to, TRT_BEFORE, 3, 0) || (next && TRT_AFTER.has(next.t))) return [from, to];
      return null;
    }
    case 'tso': {
      // "pour son TSO", "TSO à la méthadone", "TAO prescrit par le CSAPA": not "formation en TAO" (translation)
      if (prev && (POSSESSIVE.has(prev.t) || prev.t === 'sous') && (toks[from].t === 'tso' || toks[from].t === 'tsn')) return [from, to];
      return sentenceHasWord(doc, from, SUBSTITUTION_CUES) ? [from, to] : null;
    }
    case 'rayons': {
      // "depuis les rayons", "a fini ses rayons", "sous rayons", "va aux rayons": radiotherapy; not "les rayons du
      // magasin", "rayons X", "mise en rayon", "a fait les rayons toute la journée" (a shop's shelves)
      if (next && RAYS_NOT_AFTER.has(next.t)) return null;
      if (!prev || sentenceHasWord(doc, from, SHELF_WORDS) || sentenceHasWord(doc, from, JOB_WORDS)) return null;
      if (prev.t === 'sous') return [from, to];
      const p2 = toks[from - 2]?.sn === toks[from].sn ? toks[from - 2].t : '';
      if (prev.t === 'aux') return RAYS_GO.has(p2) ? [from, to] : null;
      const own = POSSESSIVE.has(prev.t);
      if (!own && prev.t !== 'les' && prev.t !== 'des') return null;
      // "a fait les rayons" is shop work; "a fait des rayons", "fait ses rayons" a treatment
      if (RAYS_FRAME.has(p2)) return prev.t === 'les' && /^fai/.test(p2) ? null : [from, to];
      // "après la tumorectomie et les rayons", "la chimio puis les rayons": coordinated with another cancer treatment
      if ((p2 === 'et' || p2 === 'puis' || p2 === ',') && windowHas(doc, from - 2, 5, RAYS_WITH)) return [from, to];
      return own && (STRICT_PERSON.has(p2) || AVOIR_BARE.has(p2)) ? [from, to] : null;
    }
    case 'enceinte': {
      if (prev && /^(l'|la|une|les|des|cette|son|sa|ses|leur|dans|grande|petite|nouvelle|belle)$/.test(prev.t)) return null;
      if (next && /^(acoustique|acoustiques|bluetooth|connectee|connectees|portable|portables|sportive|fortifiee|militaire|du|des)$/.test(next.t)) return null;
      if (next && (next.t === 'de' || next.t === "d'")) {
        const nn = toks[to + 1];
        if (!nn || !(nn.k === Kind.Number || /^(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|quelques|son|sa|leur|jumeaux|plusieurs)$/.test(nn.t))) return null;
      }
      return [from, to];
    }
    case 'sigle': {
      const p2 = toks[from - 2];
      // "après sa TS" (not "sa FC", a heart rate)
      const own = (prev?.t === 'sa' || prev?.t === 'ses') && toks[from].t === 'ts';
      if (prev && SIGLE_DETS.has(prev.t) && (own || (p2 && p2.sn === prev.sn && SIGLE_EVENT.has(p2.t)))) return [from, to];
      const sn = toks[from].sn;
      for (let k = Math.max(0, from - 8); k < Math.min(toks.length, to + 8); k++) if (toks[k].sn === sn && (k < from || k >= to) && MED_CONTEXT.has(toks[k].t)) return [from, to];
      return null;
    }
    case 'hp': {
      if (!doc.isUpper(from)) return null;
      if (prev && (prev.t === 'en' || prev.t === "l'")) return [from, to];
      return null;
    }
    case 'covid': {
      if (next && next.t === 'long') return [from, to + 1];
      // "un covid contracté en 2022", "depuis son covid", "après un covid sévère": one infection, not the epidemic ("depuis le covid")
      if (next && next.sn === toks[from].sn && COVID_AFTER.has(next.t)) return [from, to + 1];
      if (prev && (prev.t === 'un' || OWN_DETS.has(prev.t)) && COVID_TIME.has(toks[from - 2]?.t ?? '')) return [from, to];
      return clauseWindowHas(doc, from, to, COVID_BEFORE, 4, 0) ? [from, to] : null;
    }
    case 'syndrome': {
      const end = extendRight(doc, to, { named: true });
      return end > to ? [from, end] : null;
    }
    case 'cure':
      return cureOfPerson(doc, from, to);
    case 'aide':
      return aidAsWork(doc, from) ? null : [from, to];
    case 'etr':
      // "cuidadora de pessoas com demência", "trabaja con personas con ansiedad": the public of a job
      if (FOREIGN_PUBLIC.has(toks[from - (FOREIGN_WITH.has(toks[from].t) ? 1 : 2)]?.t ?? '') && (FOREIGN_WITH.has(toks[from].t) || FOREIGN_WITH.has(prev?.t ?? ''))) return null;
      return sentenceHas(doc, from, STRICT_PERSON, from, to) || sentenceHasWord(doc, from, FOREIGN_PERSON) ? [from, to] : null;
    case 'aidep':
      return sentenceHas(doc, from, STRICT_PERSON, from, to) && !aidAsWork(doc, from) ? [from, to] : null;
    case 'armee':
      return militaryHospital(doc, from, to);
    case 'chute':
      return fallFromHeight(doc, from, to);
    case 'pos': {
      // "positif depuis quinze ans", "positive depuis 2009": a lasting status, not "positif depuis le début" (a mood)
      const a = toks[to];
      if (!a || a.sn !== toks[from].sn) return null;
      // a person's status ("il est positif", "dit être « positif »"), not a result's ("un bilan positif depuis deux ans", "son moral est positif")
      if (!toks[from].t.startsWith('sero') && !positivePerson(doc, from)) return null;
      if (a.k === Kind.Number) return [from, to + 1 + (STAY_UNITS.has(toks[to + 1]?.t ?? '') ? 1 : 0)];
      return NUMBER_WORDS.has(a.t) && STAY_UNITS.has(toks[to + 1]?.t ?? '') ? [from, to + 2] : null;
    }
    case 'sens':
      return statedImpairment(doc, from, to);
    case 'optique':
      // "une caméra à vision monoculaire", "capteurs en vision monoculaire": a device's sight
      return prev && (prev.t === 'a' || prev.t === 'en') || sentenceHasWord(doc, from, DEVICE_SIGHT) ? null : [from, to];
    case 'tension':
      return sentenceHasWord(doc, from, NOT_BLOOD_PRESSURE) || groupTension(doc, from, to) ? null : [from, to];
    case 'craque':
      return breakdown(doc, from, to);
    case 'episode':
    case 'sommeil':
      return null;
    case 'allergie':
      // bare: "elle est allergique."; with a complement: an allergen ("allergie aux persulfates", "allergique aux isocyanates"),
      // not a dislike ("allergique aux open spaces", "une allergie au changement")
      return next && /^(a|au|aux)$/.test(next.t) ? allergen(doc, to) : [from, to];
    case 'hx': {
      // "un handicap de 18" (golf), "un handicap de 10 points": a score, not a disability
      if (next && next.t === 'de' && toks[to + 1]?.k === Kind.Number && toks[to + 2]?.t !== '%') return null;
      if (prev && POSSESSIVE.has(prev.t)) return [from, to];
      if (next && /^(reconnu|reconnue|de)$/.test(next.t) && (next.t !== 'de' || toks[to + 1]?.t === 'naissance')) return [from, to];
      const p2 = toks[from - 2];
      if (prev && /^(un|d'un|le|du|l')$/.test(prev.t) && p2 && p2.sn === toks[from].sn && HANDI_VERBS.has(p2.t)) return [from, to];
      if (prev && prev.t === 'un' && p2 && p2.t === "d'" && toks[from - 3] && HANDI_VERBS.has(toks[from - 3].t)) return [from, to];
      return null;
    }
    default: {
      // "a décroché de la cocaïne": the withdrawal verb belongs to the finding
      const s = hit.entry.tag === 'addiction' ? withdrawal(doc, from) : -1;
      return [s >= 0 ? s : from, to];
    }
  }
}

const FOLLOWED_AT = set(`suivi suivie suivis suivies soigne soignee soignes soignees traite traitee traites traitees`);
const FOLLOWED_PREPS = set(`en au aux a dans`);
/** Things one follows that are not care: "une formation suivie à l'hôpital", "le stage suivi au CHU". */
const FOLLOWED_THINGS = set(`formation formations stage stages cours module modules cursus parcours enseignement programme cycle conference`);
/** "avoir" right before the participle: the active voice of a carer, not a patient's care. */
const ACTIVE_AUX = set(`a ai as avait avais avaient ont avons avez aura avoir ayant`);
/** "suivi en médecine interne", "soignée au service de psychiatrie": the start of the participle, or −1. */
function followedAt(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (k >= 0 && (toks[k].t === "l'" || toks[k].t === 'la' || toks[k].t === 'le')) k--;
  if (k < 1 || toks[k].sn !== sn || !FOLLOWED_PREPS.has(toks[k].t)) return -1;
  const v = toks[k - 1];
  if (v.sn !== sn || !FOLLOWED_AT.has(v.t) || FOLLOWED_THINGS.has(toks[k - 2]?.t ?? '')) return -1;
  // "elle a suivi en cardiologie des patients lourds", "il a soigné aux urgences": the person followed or treated others
  if (ACTIVE_AUX.has(toks[k - 2]?.t ?? '')) return -1;
  return k - 1;
}

/** People in Portuguese and Spanish notes: "su hijo tiene ansiedad", "ela está em depressão". */
const FOREIGN_PERSON = set(`ele ela eles elas su sus mi mis meu minha seu sua hijo hija filho filha madre padre mae pai esposo esposa marido mujer
  mulher hermano hermana irmao irma tiene tem esta sufre sofre padece`);
/** Units of a stay's length: "trois semaines de cure". */
const STAY_UNITS = set(`jour jours semaine semaines mois an ans`);
/** Verbs of coming back from or going to a cure: "revient de cure", "sortie de cure", "a fait sa cure". */
const CURE_VERBS = set(`revient revenu revenue rentre rentree sorti sortie sort retour part parti partie partir aller va retourne
  fait faite faire refait suivi suivie suit suivre commence commencee entame entamee fini finie termine terminee interrompu interrompue
  apres depuis pendant durant accepte acceptee refuse refusee propose proposee prescrit prescrite`);
const CURE_DETS = set(`une sa cette nouvelle deuxieme seconde premiere troisieme`);
/**
 * "trois semaines de cure", "revient de cure", "a fait une cure", "sa cure": a stay for an addiction
 * or a thermal treatment of the person; not "curé" (the priest), "cure de jouvence", "cure de vitamines",
 * "n'en a cure".
 */
function cureOfPerson(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  if (doc.raw(from).toLowerCase().includes('é') || toks[from].hyphen) return null;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const next = at(to);
  // "cure de jouvence", "cure de vitamines", "cure d'amaigrissement" (the long addiction forms are entries of their own)
  if (next && /^(de|d'|du|des)$/.test(next.t)) return null;
  const prev = at(from - 1);
  const p2 = at(from - 2);
  if (!prev || prev.t === 'a' || prev.t === 'en') return null; // "n'en a cure"; "en cure" is an entry of its own
  if (POSSESSIVE.has(prev.t)) return [from, to];
  if ((prev.t === 'de' || prev.t === "d'") && p2 && (STAY_UNITS.has(p2.t) || CURE_VERBS.has(p2.t))) return [from, to];
  if (CURE_DETS.has(prev.t) && p2 && CURE_VERBS.has(p2.t)) return [from, to];
  return null;
}

const HEIGHT_UNITS = set(`metres metre m etages etage`);
const HEIGHT_PLACES = set(`hauteur echafaudage echelle toit toiture escabeau nacelle pylone charpente balcon fenetre`);
const FALL_BEFORE = set(`une sa son grave lourde violente`);
const FALL_RISK = set(`risque risques prevention prevenir eviter formation harnais consigne consignes securite protection`);
const FALL_EVENTS = set(`fait eu subi victime apres suite depuis lors`);
/**
 * "a fait une chute de 4 mètres", "victime d'une chute d'échafaudage", "sa chute du toit": a fall of the
 * person from a height; not "prévention des chutes de hauteur", "chute des ventes", "chute de neige".
 */
function fallFromHeight(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  let k = to;
  if (!at(k) || !/^(de|d'|du|depuis)$/.test(at(k)!.t)) return null;
  k++;
  let end = -1;
  if (at(k)?.k === Kind.Number || NUMBER_WORDS.has(at(k)?.t ?? '')) {
    if (HEIGHT_UNITS.has(at(k + 1)?.t ?? '')) end = k + 2;
  } else {
    if (/^(un|une|la|l'|le)$/.test(at(k)?.t ?? '')) k++;
    if (HEIGHT_PLACES.has(at(k)?.t ?? '')) end = k + 1;
  }
  if (end < 0) return null;
  // the person's event: "sa chute", "a fait une chute", "victime d'une chute", "après une chute"
  const prev = at(from - 1);
  // "Le 7 juin, chute de sept mètres depuis une toiture : …": a bare fall of a measured height opening a clause of a report
  if (!prev || prev.t === ',' || prev.t === ':' || prev.t === '-') return HEIGHT_UNITS.has(toks[end - 1].t) && !sentenceHasWord(doc, from, FALL_RISK) ? [from, end] : null;
  if (POSSESSIVE.has(prev.t)) return [from, end];
  let j = from - 1;
  if (FALL_BEFORE.has(at(j)?.t ?? '') || at(j)?.t === "d'une") j--;
  if (at(j)?.t === "d'" || at(j)?.t === 'a') j--;
  return FALL_EVENTS.has(at(j)?.t ?? '') ? [from, end] : null;
}
/** What an operation that is no surgery works on: "le camion a subi une opération de maintenance", "une intervention de dépannage". */
const WORK_OPERATIONS = set(`maintenance nettoyage communication recrutement sauvetage destockage promotion levage manutention controle demarchage prospection
  fusion rachat desamiantage depollution deminage tri chargement dechargement depannage reparation renovation police gendarmerie secours pompiers`);
/** Negations before "sans" that turn it into a need: "ne dort plus sans", "ne peut pas travailler sans", "jamais sans". */
const NEG_BEFORE_SANS = set(`plus pas jamais guere`);
const SANS_DETS = set(`son sa ses un une du de d' des le la l' les leur leurs mon ma mes`);
/** "ne dort plus sans Stilnox", "ne sort jamais sans son inhalateur": "sans" after a negated verb, a few words back. */
function cannotDoWithout(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && toks[k].sn === sn && SANS_DETS.has(toks[k].t)) k--;
  if (k < 0 || toks[k].t !== 'sans') return false;
  for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--) if (NEG_BEFORE_SANS.has(toks[j].t)) return true;
  return false;
}
const HORMONAL = set(`traitement traitements hormonotherapie`);
const TRANSITION = set(`transition transitionner feminisant feminisante masculinisant masculinisante`);
/** "traitement hormonal de transition", "… pour sa transition", "… féminisant": the purpose right after (not "femme trans, elle suit un traitement hormonal"). */
function transitionAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  for (let k = to; k < Math.min(toks.length, to + 4) && toks[k].sn === toks[to - 1].sn && toks[k].k !== Kind.Punct; k++) if (TRANSITION.has(toks[k].t)) return true;
  return false;
}
/** "élèves asthmatiques et épileptiques": an adjective after "et" / "ou" / "," whose first conjunct qualifies a served group. */
function coordinatedServed(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const c = toks[from - 1];
  if (!c || c.sn !== toks[from].sn || !(c.t === 'et' || c.t === 'ou' || c.t === ',')) return false;
  const a = from - 2;
  return a >= 0 && toks[a].sn === c.sn && toks[a].k === Kind.Word && servedPublic(doc, a);
}
/** Acts of care or of a lab done by staff: "pose de", "entretien des", "sérologie", "dépistage". */
const CARE_ACTS = set(`pose poser poses entretien surveillance manipulation branchement gestion serologie serologies depistage depistages dosage
  dosages analyse analyses realise realisait realiser realisent pratique pratiquait pratiquer effectue effectuait effectuer
  interprete interpretait interpreter assiste assistait assister assure assurait assurer sur planifie planifiait planifier programme
  programmait programmer organise organisait organiser prepare preparait preparer`);
/** Care and lab jobs; a title counts bare ("Infirmière, elle…", "elle est sage-femme"), not as the person's carer ("la sage-femme assure son suivi"). */
const STAFF_NOUNS = set(`infirmier infirmiere infirmiers infirmieres ide laborantin laborantine technicien technicienne
  biologiste preparateur preparatrice manipulateur manipulatrice audioprothesiste orthoptiste maieuticien dieteticien dieteticienne
  nutritionniste secretaire secretaires orthophoniste orthophonistes kinesitherapeute kinesitherapeutes kine kines ergotherapeute ergotherapeutes
  psychomotricien psychomotricienne psychologue psychologues neuropsychologue podologue pedicure-podologue radiologue medecin medecins
  chirurgien chirurgienne dentiste dentistes orthoprothesiste`);
const HYPHEN_TITLES = set(`femme femmes soignant soignante soignants soignantes`);
/** Words of a workplace or a skill, whatever stands before them. */
const STAFF_PLACES = set(`laboratoire competences competence`);
const CARER_DETS = set(`la le l' sa son ses une un leur les`);
const AND_OR = set(`et ou ,`);
/**
 * "la pose de PICC line" by a nurse, "chaîne de sérologie Lyme" in a lab, "assiste les gastroscopies et les coloscopies", a radiographer
 * "surtout sur le scanner thoracique": the act or the machine of a job.
 */
function careAct(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const inS = (k: number) => k >= 0 && toks[k].sn === sn;
  let k = from - 1;
  if (inS(k) && /^(de|d'|du|des|les|le|la|l')$/.test(toks[k].t)) k--;
  // the second act of a list: "les gastroscopies et les coloscopies"
  if (inS(k) && AND_OR.has(toks[k].t) && inS(k - 1) && toks[k - 1].k === Kind.Word) {
    k -= 2;
    if (inS(k) && /^(de|d'|du|des|les|le|la|l')$/.test(toks[k].t)) k--;
  }
  if (!inS(k) || !CARE_ACTS.has(toks[k].t)) return false;
  if (sentenceHasWord(doc, from, STAFF_PLACES)) return true;
  const s = doc.sentences[sn];
  for (let j = s[0]; j < toks.length && toks[j].sn === sn; j++) {
    // hyphenated titles come in two tokens: "sage" + "-femme", "aide" + "-soignante"
    const head = toks[j].hyphen && HYPHEN_TITLES.has(toks[j].t) && /^(sage|sages|aide|aides)$/.test(toks[j - 1]?.t ?? '') ? j - 1 : STAFF_NOUNS.has(toks[j].t) ? j : -1;
    if (head >= 0 && !CARER_DETS.has(toks[head - 1]?.t ?? '')) return true;
  }
  return false;
}
/** Screening exams of an occupational visit: "visite médicale d'embauche avec audiométrie" (a hiring medical visit is not a condition). */
const SCREENING_EXAMS = set(`audiometrie audiogramme audiogrammes spirometrie visiotest electrocardiogramme electrocardiogrammes ecg`);
const CHECKUP_WORDS = set(`embauche periodique vip`);
/** A job talk in the clause of an appointment: "rdv à la maternité mardi pour un entretien d'embauche". */
const HIRING_TALK = set(`embauche recrutement candidature recruteur recruteuse job`);
const APPOINTMENT_HEADS = set(`rdv rendez-vous consultation visite`);
const CIRCUMSTANCE = set(`depuis apres suite lors avant`);
function fallAsCircumstance(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === toks[from].sn; k--) if (CIRCUMSTANCE.has(toks[k].t)) return true;
  return false;
}
// "le projet est en convalescence", "le planning est une vraie migraine": a care word said of a thing, too
const FIGURATIVE_PSY = set(`schizophrene schizophrenique bipolaire paranoiaque depression depressif depressive psychotique convalescence migraine malade malades perfusion
  cancer gangrene mort agonie asphyxie soins reanimation coma`);
/** Things a psychiatric word is said of by figure of speech, never a person. */
const THING_NOUNS = set(`strategie strategies politique politiques discours direction projet projets marche marches management entreprise societe
  positionnement situation organisation logique demarche message economie secteur fret bourse immobilier commerce trafic ventes planning
  calendrier budget communication gestion systeme ligne attitude fonctionnement cours prix conjoncture industrie filiere activite
  boite boites association associations structure structures commune communes club clubs filiale filiales agence agences usine usines enseigne
  enseignes magasin magasins dossier dossiers chantier chantiers reforme loi procedure batiment btp siecle siege effectifs`);
const FIGURATIVE_SKIP = set(`un une vraie vrai veritable pleine plein peu assez tres ancienne ancien completement totalement plutot vraiment carrement parfois souvent en est sont etait etaient
  devient devenu devenue semble semblait reste restait toujours depuis`);
/** "une stratégie un peu schizophrène", "le marché est en dépression": back over degree words and a copula, a thing noun within two words. */
function thingSubject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && k >= from - 6 && toks[k].sn === sn && FIGURATIVE_SKIP.has(toks[k].t)) k--;
  for (let j = k; j >= 0 && j >= k - 1 && toks[j].sn === sn && toks[j].k === Kind.Word; j--) if (THING_NOUNS.has(toks[j].t)) return true;
  return false;
}
const GIVES = set(`donne donnent donnait donnaient donner donnerait file filent`);
/** "ce boulot lui donne de l'urticaire": a give verb just before, with a dislike ("boulot", "réunions") or a thing as its subject. */
function dislikeIdiom(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let v = from - 1; v >= Math.max(0, from - 4) && toks[v].sn === sn; v--) {
    if (!GIVES.has(toks[v].t)) continue;
    for (let k = v - 1; k >= Math.max(0, v - 5) && toks[k].sn === sn; k--) if (FIGURATIVE_ALLERGY.has(toks[k].t) || THING_NOUNS.has(toks[k].t)) return true;
    return false;
  }
  return false;
}
/** Care words said of a thing they belong to: "la maladie du bâtiment", "la transplantation de l'usine en Pologne", "l'hémorragie des effectifs". */
const FIGURATIVE_OF = set(`${[...FIGURATIVE_PSY].join(' ')} maladie maladies transplantation greffe hemorragie paralysie`);
function thingOwner(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k].t : '');
  let k = to;
  if (!/^(de|du|des|d')$/.test(at(k))) return false;
  k++;
  if (/^(la|l'|le|les)$/.test(at(k))) k++;
  return THING_NOUNS.has(at(k));
}
/** A device word a few words before a term, in its clause ("appareils de mesure de glycémie"): its index, or −1. */
const MEASURING = set(`lecteur lecteurs bandelette bandelettes kit kits tensiometre tensiometres glucometre glucometres`);
function deviceBefore(doc: Doc, from: number): number {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 4) && toks[k].sn === toks[from].sn && toks[k].k === Kind.Word; k--) if (DEVICES.has(toks[k].t) || MEASURING.has(toks[k].t)) return k;
  return -1;
}
/** Cures a pastime is compared to: "une vraie thérapie", "un véritable remède". */
const PRAISED_CURES = set(`therapie remede medicament`);
const PRAISE_ADJ = set(`vraie vrai veritable`);
const PRAISE_BEFORE = set(`est etait sont c' ca devenu devenue comme , : ete`);
/** "…, une vraie thérapie pour elle", "c'est un véritable remède": a copula or a comma, an article, "vrai", then the cure. */
function praisedAsCure(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (!PRAISE_ADJ.has(toks[from - 1]?.t ?? '') || !/^(une|un)$/.test(toks[from - 2]?.t ?? '')) return false;
  const b = toks[from - 3];
  return !!b && b.sn === sn && PRAISE_BEFORE.has(b.t);
}
const WEIGHT_VERBS = set(`perdu perdue perd perdre pris prise prend prendre repris reprise maigri grossi`);
const NUMBER_WORDS = set(`deux trois quatre cinq six sept huit neuf dix douze quinze vingt plusieurs`);

/** What may follow "je n'entends pas" for it to be a hearing impairment: an end, "bien", an ear, "du tout". */
const SENSE_NEXT = set(`bien de d' du que correctement grand-chose`);
const SENSE_ORGANS = set(`oreille oreilles oeil yeux loin pres tout`);
const SUBJECT_PRONOUNS = set(`je j' il elle on ils elles`);
/**
 * "je n'entends pas", "n'entend plus de l'oreille droite", "ne voit plus de l'œil gauche": an
 * impairment of the person's hearing or sight, said by a person; not "n'entend pas céder", "ne voit
 * pas l'intérêt", "je n'entends pas vos arguments".
 */
function statedImpairment(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const subj = at(from - 1);
  if (!subj || !SUBJECT_PRONOUNS.has(subj.t)) return null;
  const sight = toks[from + 1].t.startsWith('v');
  const next = at(to);
  const last = toks[to - 1].t;
  // "ne voit que d'un œil", "n'entend que d'une oreille": complete
  if (last === 'oeil' || last === 'oreille') return [from, to];
  if (!next || next.k === Kind.Punct) return sight ? null : [from, to];
  if (!SENSE_NEXT.has(next.t)) return null;
  if (next.t === 'bien' || next.t === 'correctement' || next.t === 'grand-chose') {
    // "je n'entends pas bien ce que vous dites": the object is heard badly, not the ear
    const obj = at(to + 1);
    return sight || (next.t !== 'grand-chose' && obj && obj.k !== Kind.Punct && !/^(de|d'|du|depuis)$/.test(obj.t)) ? null : [from, to];
  }
  // "de l'oreille gauche", "de l'œil droit", "d'une oreille", "du tout", "de loin"
  for (let k = to + 1; k <= to + 3; k++) {
    const t = at(k);
    if (!t) return null;
    if (SENSE_ORGANS.has(t.t)) return [from, k + 1 + (/^(droit|droite|gauche)$/.test(at(k + 1)?.t ?? '') ? 1 : 0)];
    if (!/^(l'|la|le|un|une|d'|de)$/.test(t.t)) return null;
  }
  return null;
}

/**
 * "suivi à l'HIA Percy", "hospitalisé à l'hôpital d'instruction des armées": a care relation or a stay;
 * "chauffeur à l'HIA Bégin pendant deux ans" is a workplace.
 */
function militaryHospital(doc: Doc, from: number, to: number): [number, number] | null {
  if (workplaceNear(doc, from, to)) return null;
  return POSSESSIVE.has(doc.tokens[from - 1]?.t ?? '') || stayAt(doc, from) || clauseWindowHas(doc, from, to, CARE, 6, 0) ? [from, to] : null;
}

/** Copulas of a status: "il est positif", "elle reste positive", "dit être positif". */
const STATUS_COPULAS = set(`est etait suis etais reste restee demeure serait sera`);
/** What a mood or a result is positive about: "positive depuis trois ans sur son moral". */
const POSITIVE_ABOUT = set(`sur dans quant concernant pour vis-a-vis`);
/** "il est positif depuis…", "se dit « positive depuis… »": the person is the subject of the status. */
function positivePerson(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from + 2; k < Math.min(toks.length, from + 6) && toks[k].sn === toks[from].sn && toks[k].k !== Kind.Punct; k++) if (POSITIVE_ABOUT.has(toks[k].t)) return false;
  let k = from - 1;
  while (k >= 0 && toks[k].k === Kind.Punct && toks[k].t !== ',' && toks[k].t !== '.' && k > from - 3) k--;
  const cop = toks[k]?.t ?? '';
  if (cop === 'etre') return true;
  // "elle se dit « positive depuis dix ans »"
  if ((cop === 'dit' || cop === 'dis' || cop === 'declare' || cop === 'declaree') && REFLEXIVE.has(toks[k - 1]?.t ?? '')) return true;
  return STATUS_COPULAS.has(cop) && SUBJECT_PRONOUNS.has(toks[k - 1]?.t ?? '');
}

/** The aid as the object of a job: "installe des boucles magnétiques", "vend des aides auditives", for a public of disabled people. */
const AID_WORK = set(`installe installer installait installes installees installee pose poser posait adapte adapter adaptait regle regler reglait
  fabrique fabriquer fabriquait vend vendre vendait repare reparer reparait livre livrer livrait monte monter montait equipe equiper equipait`);
const AID_PUBLIC = set(`malvoyants malvoyantes malentendants malentendantes sourds aveugles deficients`);
function aidAsWork(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (POSSESSIVE.has(toks[from - 1]?.t ?? '')) return false;
  for (let k = from - 1; k >= Math.max(0, from - 6) && toks[k].sn === sn; k--) if (AID_WORK.has(toks[k].t)) return true;
  return sentenceHasWord(doc, from, AID_PUBLIC);
}
/** Publics of a job in Portuguese or Spanish notes: "pessoas com demência", "pacientes con ansiedad". */
const FOREIGN_PUBLIC = set(`pessoas personas pacientes doentes enfermos idosos ancianos criancas ninos utentes usuarios clientes adultos jovens jovenes`);
const FOREIGN_WITH = set(`com con`);

/** Adverbs that may come between the auxiliary and "craqué": "a complètement craqué". */
const BREAK_ADV = set(`completement totalement vraiment un peu fini par carrement litteralement nerveusement psychologiquement moralement deja encore aussi`);
const BREAK_AUX = set(`ai as a avait avais avons ont avaient aurait aurais suis es est etait etais sont`);
const REFLEXIVE = set(`s' se me m' te t'`);
/**
 * "j'ai craqué", "elle a complètement craqué", "il a pété les plombs", "je me suis effondrée", "a touché le
 * fond": a breakdown of the person, told with a personal subject; not "le projet a craqué", "l'entreprise s'est
 * effondrée", "craque pour les baskets", "a craqué une allumette", "les ventes ont touché le fond".
 */
function breakdown(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const next = at(to);
  // "craque pour", "craqué sur", "a craqué une allumette", "effondré de rire"; "s'est effondré(e) en larmes" stays a breakdown
  if (next && /^(pour|sur|une|un|la|le|les|l'|des|de|d'|du|sous|sans)$/.test(next.t)) return null;
  let k = from - 1;
  for (let n = 0; n < 3 && at(k) && BREAK_ADV.has(at(k)!.t); n++) k--;
  if (at(k) && BREAK_AUX.has(at(k)!.t)) k--;
  if (at(k) && REFLEXIVE.has(at(k)!.t)) k--;
  // "qu'elle a craqué", "j'ai craqué", "il a pété les plombs"; "lui" after "il a fini par": kept simple
  const subj = at(k);
  if (!subj || !SUBJECT_PRONOUNS.has(subj.t)) return null;
  // the pronoun may stand for a thing ("il a craqué" after "le parquet"): a person in the clause, or quoted speech in the first person
  if (!(subj.t === 'je' || subj.t === "j'") && !clauseWindowHas(doc, from, to, STRICT_PERSON, 10, 2) && !sentenceHasWord(doc, from, BREAK_CUES)) return null;
  return [k, to];
}
/** "opéré d'un", "opérée de la", "opérés du": a surgery participle and the object of the operation. */
const PHRASE_LINK_DET = set(`un une des la l' le`);
function linkedPhrase(doc: Doc, end: number, from: number): boolean {
  const toks = doc.tokens;
  if (from - end < 1 || from - end > 2 || toks[end].sn !== toks[from].sn) return false;
  const h = toks[end].t;
  // "alitée pour une grossesse pathologique", "hospitalisé pour une pneumonie": the state and its cause are one phrase
  if (BEDRIDDEN.has(toks[end - 1].t)) return h === 'pour' && (from - end === 1 || PHRASE_LINK_DET.has(toks[end + 1].t) || POSSESSIVE.has(toks[end + 1].t));
  if (!/^opere/.test(toks[end - 1].t)) return false;
  return (h === "d'" || h === 'de' || h === 'du') && (from - end === 1 || PHRASE_LINK_DET.has(toks[end + 1].t));
}
/** Adjectives of a pregnancy that is not there: "une éventuelle grossesse", "une future grossesse". */
const NOT_YET = set(`eventuelle eventuelles future futures hypothetique prochaine`);
/**
 * A pregnancy spoken of as a case or a plan: "postes interdits en cas de grossesse", "avant une
 * (nouvelle) grossesse", "une éventuelle grossesse". Not "sa nouvelle grossesse", "pendant sa grossesse".
 */
function hypotheticalPregnancy(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  if (at(from - 1) === 'de' && at(from - 2) === 'cas' && at(from - 3) === 'en') return true;
  let k = from - 1;
  if (NOT_YET.has(at(k))) return at(k - 1) === 'une' || at(k - 1) === 'd\'';
  if (at(k) === 'nouvelle' || at(k) === 'autre') k--;
  return at(k) === 'une' && at(k - 1) === 'avant';
}
/** Treatment nouns a drug's name may follow: "traitement Subutex", "cure de Baclofène". */
const TREATMENT_HEADS = set(`traitement traitements`);
const TREATMENT_LINKS = set(`par au a sous de du`);
/** States of care whose cause follows after "pour": "alitée pour …", "hospitalisé pour …". */
const BEDRIDDEN = set(`alite alitee alites alitees hospitalise hospitalisee hospitalises hospitalisees`);
/** Participles of care that continue the condition they follow. */
const TREATED = set(`opere operee operes operees reopere reoperee greffe greffee ampute amputee traite traitee soigne soignee diagnostique diagnostiquee`);
const MUTATION = set(`mutation mutations gene genes variant variants`);
const RELAPSE = set(`rechute rechutes`);
/** Words that may open a subjectless relapse: "Une rechute en juin.", "Puis nouvelle rechute." (not "Les ventes ont connu une rechute"). */
const RELAPSE_OPENERS = set(`une la sa nouvelle petite grosse puis et mais deja encore`);
function subjectless(doc: Doc, from: number): boolean {
  const s0 = doc.sentences[doc.tokens[from].sn]?.[0] ?? 0;
  for (let k = s0; k < from; k++) if (!RELAPSE_OPENERS.has(doc.tokens[k].t) && doc.tokens[k].k !== Kind.Punct) return false;
  return true;
}
/** Auxiliaries of a relapse verb and the adverbs that may stand between ("a de nouveau rechuté"). */
const RELAPSE_AUX = set(`a avait aurait`);
const RELAPSE_ADVERBS = set(`de nouveau deja encore recemment malheureusement`);
function subjectlessVerb(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  let k = from - 1;
  while (k >= 0 && toks[k].sn === toks[from].sn && RELAPSE_ADVERBS.has(toks[k].t)) k--;
  if (k < 0 || toks[k].sn !== toks[from].sn || !RELAPSE_AUX.has(toks[k].t)) return false;
  return subjectless(doc, k);
}
/** Who drinks, right before the bare verb: "son conjoint boit", "il buvait", "sa mère boit". */
const DRINKER = set(`il elle ils elles conjoint conjointe mari epouse femme compagnon compagne pere mere frere soeur fils fille beau-pere belle-mere
  parents ami copain copine`);
/** What may follow a habit of drinking: the clause end, a time or a frequency ("boit depuis son licenciement", "buvait le soir"). */
const DRINK_AFTER = set(`depuis souvent regulierement quotidiennement toujours encore enormement beaucoup trop en le la tous chaque pendant seul seule
  car parce`);
function drinksHabitually(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const prev = toks[from - 1];
  if (!prev || prev.sn !== toks[from].sn || !DRINKER.has(prev.t)) return false;
  const next = toks[to];
  if (!next || next.sn !== toks[from].sn || next.k === Kind.Punct) return true;
  // "boit en mangeant", "boit la tasse", "boit le café du matin", "boit peu", "boit de l'eau": not a habit of drinking alcohol
  if (next.t === 'en' && toks[to + 1]?.t !== 'cachette') return false;
  if ((next.t === 'le' || next.t === 'la') && toks[to + 1]?.t !== 'soir' && toks[to + 1]?.t !== 'matin' && toks[to + 1]?.t !== 'week-end') return false;
  return DRINK_AFTER.has(next.t);
}
const BREAK_CUES = set(`pleurs larmes arret nerveusement epuisement fatigue burn-out burnout moral psy depression anxiete hospitalise hospitalisee nuit`);

/** Care that is also a workplace or a trade: bariatric surgery, German rehabilitation clinics and cures. */
/** States told after the finding they qualify ("charge virale … indétectable depuis"), reported alone only without it. */
const STATE_AFTER_FINDING = new Set(['indétectable depuis']);
/** Addiction care facilities, where one is treated or works. */
const FACILITY_LEMMAS = new Set(['CSAPA', 'CAARUD', 'CSAPA résidentiel', 'CSAPA avec hébergement']);
/** Work in the clause before a facility: "stage d'observation de deux jours au CSAPA", "poste d'éducatrice au CAARUD". */
const WORK_AT = set(`stage stages poste postes travaille travaillait travailler travaillent cdd cdi vacation vacations postule postuler
  benevole benevolat benevoles embauche embauchee recrute recrutee candidature candidatures immersion pmsmp alternance apprentissage observation`);
/** "en lien avec", "en partenariat avec", "en collaboration avec": a facility as a partner of a job. */
const PARTNER = set(`lien partenariat collaboration liaison relation convention`);
/** Events held with a facility: "réunion d'information avec le CSAPA", "un atelier avec le CAARUD" (not an appointment). */
const EVENTS_WITH = set(`reunion reunions information rencontre rencontres atelier ateliers forum forums intervention interventions visite table action actions`);
function facilityAtWork(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  let k = from - 1;
  if (/^(le|la|l'|un|une|les|des|du|au|aux)$/.test(at(k))) k--;
  if (at(k) === 'avec' && PARTNER.has(at(k - 1)) && at(k - 2) === 'en') return true;
  if (at(k) === 'avec' && (EVENTS_WITH.has(at(k - 1)) || EVENTS_WITH.has(at(k - 2)))) return true;
  for (let j = from - 1; j >= Math.max(0, from - 8) && toks[j].sn === sn; j--) {
    if (toks[j].k === Kind.Punct && toks[j].t !== "'") break;
    if (WORK_AT.has(toks[j].t)) return true;
    // "une mission d'éducatrice au CSAPA", "un emploi au CAARUD" (not "sa conseillère Mission locale", "sa conseillère emploi")
    if (/^(mission|missions|emploi|emplois)$/.test(toks[j].t) && /^(un|une|son|sa|ses|cette|cet|d'|l'|en)$/.test(at(j - 1)) && at(j + 1) !== 'locale') return true;
  }
  return false;
}
const WORKPLACE_LEMMAS = new Set(SANTE_LEXICON.filter((e) => /bariatri|obésité|gastrique|gastrectomie|gastroplastie|sleeve|^(in |en )?(Reha|Kur)$/.test(e.lemma)).map((e) => e.lemma));
const HIRING = set(`embauche embauches embauchee recrute recrutent recrutait poste postes postule candidature cdi cdd stage`);
/** Bare words with a road, trade or plumbing sense: "le by-pass de la ville", "du dumping sur les prix". */
const BARIATRIC_BARE = new Set(['by-pass', 'bypass', 'dumping']);
const SURGERY_CUES = set(`opere operee operes operees operation intervention pose subi chirurgie reopere reoperee`);
const BARIATRIC_WORDS = set(`estomac obesite bariatrique sleeve gastrique gastrectomie anneau kilos poids repas sucre sucres malaise malaises digestion`);
/** Weight-loss surgeries: "sleeve", "anneau gastrique", "bypass gastrique", "gastrectomie". */
const WEIGHT_SURGERY = set(`sleeve sleeves bypass by-pass gastrectomie gastroplastie bariatrique anneau`);
function surgeryBefore(doc: Doc, at: number): boolean {
  const toks = doc.tokens;
  const sn = toks[at].sn;
  for (let k = at - 1; k >= 0 && toks[k].sn === sn; k--) if (WEIGHT_SURGERY.has(toks[k].t)) return true;
  return false;
}
/** "opérée d'un bypass", "son by-pass", "des dumpings après les repas depuis sa sleeve". */
function bariatric(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === sn; k--) if (POSSESSIVE.has(toks[k].t) || SURGERY_CUES.has(toks[k].t)) return true;
  return sentenceHasWord(doc, from, BARIATRIC_WORDS);
}

/** Heads of compound names whose second part is a health word: "lève-malade", "garde-malade". */
const COMPOUND_HEADS = set(`leve souleve garde porte transfert`);
const STATE_NOUNS = set(`etat impregnation`);
const ALCOHOL_STATE = set(`alcoolique alcooliques alcoolise alcoolisee ebriete`);
/** Farm animals and their health: the conditions of a herd are not the person's. */
const ANIMALS = set(`troupeau troupeaux cheptel cheptels vache vaches bovin bovins bovine bovines veau veaux genisse genisses laitieres
  taureau taureaux brebis ovin ovins ovine caprin caprins chevre chevres porc porcs porcin porcins porcine volaille volailles aviaire
  poulets elevage elevages eleveur eleveuse betes animaux animal veterinaire veterinaires abattage equin equins equine chevaux jument juments
  truie truies agneaux agnelage velage velages saillie chien chiens chienne chiennes chiot chiots chat chats chatte chattes chaton chatons
  poulain poulains cheval lapin lapins furet furets nac veto vetos veterinaire clinique-veterinaire errants errant`);
/** Pets and patients of a vet: "son chien est diabétique", "une perfusion sur un chat" (not "son chien-guide", a disability aid). */
const PETS = set(`chien chiens chienne chiennes chiot chiots chat chats chatte chattes chaton chatons poulain poulains cheval chevaux lapin lapins
  furet furets animal animaux betes vache vaches jument juments`);
/** The animal is the subject or the patient near the hit: "son chien est diabétique et doit recevoir son insuline", "poser une perfusion sur un chat". */
function animalPatient(doc: Doc, from: number, to: number): boolean {
  if (!sentenceHasWord(doc, from, PETS)) return false;
  const toks = doc.tokens;
  // "son chien l'a mordue à la main", "une morsure de chat": the animal bites, the person is hurt
  if (toks[from].t.startsWith('mord')) return false;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 8) && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (STRICT_PERSON.has(t) && !POSSESSIVE.has(t)) break;
    if (PETS.has(t)) return !toks[k + 1]?.hyphen;
  }
  // "une perfusion sur un chat", "l'otite du chien"
  for (let k = to; k < Math.min(toks.length, to + 3) && toks[k].sn === sn; k++) if (PETS.has(toks[k].t)) return /^(sur|du|des|de|d'|a|au|aux|un|une|le|la|l'|les|son|sa|ses|chez)$/.test(toks[k - 1].t);
  return false;
}
const ANIMAL_AFTER = set(`bovine bovines porcine porcines aviaire aviaires ovine ovines equine equines caprine animale animales du des`);
/**
 * "tuberculose bovine détectée", "la génétique du troupeau (insémination, sélection)": a disease or a
 * procedure of animals, in a sentence about a herd or a farm, without the person's possessive before it.
 */
function animalHealth(doc: Doc, from: number, to: number): boolean {
  if (!sentenceHasWord(doc, from, ANIMALS)) return false;
  const toks = doc.tokens;
  if (POSSESSIVE.has(toks[from - 1]?.t ?? '')) return false;
  const nx = toks[to];
  if (nx && nx.sn === toks[from].sn && ANIMAL_AFTER.has(nx.t) && (nx.t !== 'du' && nx.t !== 'des' || ANIMALS.has(toks[to + 1]?.t ?? ''))) return true;
  // "Hospitalisation en psychiatrie de trois semaines, au moment de la vente du troupeau": the herd of another clause
  if (!clauseHasAnimal(doc, from, to)) return false;
  // the person is named in the clause ("il a contracté la tuberculose en soignant ses vaches", "l'éleveur évoque…"): keep it
  return !clauseWindowHas(doc, from, to, STRICT_PERSON, 6, 3) && !clauseWindowHas(doc, from, to, FARMERS, 6, 3);
}
/** An animal word in the clause of the hit (a bracket does not close it: "la génétique du cheptel (insémination, …)"). */
function clauseHasAnimal(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const stop = (t: string) => t === ',' || t === ';' || t === ':' || t === '.';
  for (let k = from - 1; k >= Math.max(0, from - 12) && toks[k].sn === sn && !stop(toks[k].t); k--) if (ANIMALS.has(toks[k].t)) return true;
  for (let k = to; k < Math.min(toks.length, to + 12) && toks[k].sn === sn && !stop(toks[k].t); k++) if (ANIMALS.has(toks[k].t)) return true;
  return false;
}
/** Farmers named as the accompanied person: "l'éleveur évoque des idées noires". */
const FARMERS = set(`eleveur eleveuse agriculteur agricultrice exploitant exploitante paysan paysanne maraicher maraichere berger bergere vacher vachere
  viticulteur viticultrice cultivateur cultivatrice`);
/** Families no herd has: mental health, addictions, learning disorders ("idées noires" in a sentence about the sale of the herd). */
const HUMAN_ONLY = set(`psy addiction dys`);
/** Wards that are also workplaces: "en soins palliatifs", "en réanimation". */
const WARDS = new Set(['soins palliatifs', 'unité de soins palliatifs', 'réanimation', 'en réa', 'soins de suite', 'soins de suite et de réadaptation', 'en SSR']);
const WARD_TOKENS = set(`palliatifs reanimation rea ssr`);
/** Work in a ward: shifts, staff, the people served. */
const WARD_WORK = set(`${[...JOB_WORDS].join(' ')} garde gardes equipe equipes residents residentes patients patientes soignant soignante
  soignants aide-soignant aide-soignante aide-soignantes infirmier infirmiere infirmiers infirmieres ide as ash brancardier brancardiere
  quotidien exerce exercait exerce interimaire vacataire`);
/**
 * A ward named as a workplace: "a fait dix ans de nuit en service d'oncologie, puis en soins palliatifs",
 * "son quotidien : … des soins palliatifs réguliers" for residents. Not a stay ("hospitalisé en
 * réanimation", "sa mère est en soins palliatifs").
 */
function wardAsWorkplace(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  if (POSSESSIVE.has(toks[from - 1]?.t ?? '') || sentenceHasWord(doc, from, STAY_WORDS)) return false;
  if (sentenceHasWord(doc, from, WARD_WORK)) return true;
  // "dix ans de nuit": a night shift
  const [a, b] = sentence(doc, from);
  for (let k = a + 1; k < b; k++) if (toks[k].t === 'nuit' && toks[k - 1].t === 'de' && toks[k - 2]?.k !== Kind.Number) return true;
  return false;
}
const STAY_WORDS = set(`hospitalise hospitalisee hospitalises hospitalisees hospitalisation admis admise transfere transferee sejour sejourne mere pere
  fils fille mari epouse conjoint conjointe frere soeur`);

/** Dislikes told as allergies: "allergique aux réunions", "une allergie au changement". */
const FIGURATIVE_ALLERGY = set(`changement changements effort efforts travail boulot reunion reunions open paperasse administration administratif
  hierarchie autorite critique critiques contrainte contraintes horaire horaires routine ordres ordre conflit conflits stress risque risques
  informatique chiffres maths mathematiques numerique telephone bureau bureaux discipline injustice mensonge mensonges hypocrisie compromis
  regle regles reglement idee idees politique patron patrons chef chefs rigueur retard retards foule nouveaute nouveautes technologie
  technologies ecran ecrans vente vendre sport cuisine menage demarches demarche formulaires transports lundi lundis teletravail
  management managers consignes ponctualite ecrit ecriture lecture anglais oral telephoner equipe collectif cantine usine machine`);
/** Allergen words an adjective "allergique à" can take without a chemical look: "allergique aux poils de chat", "aux produits de coloration". */
const ALLERGEN_WORDS = set(`produit produits poils poil plumes piqure piqures pollen pollens poussiere poussieres latex gants farine
  ciment chrome cobalt nickel metaux metal colle colles teinture teintures coloration colorations decoloration peinture peintures vernis
  parfum parfums cosmetiques detergents lessive lessives desinfectants gel savon savons bois sciure arachide arachides noix lait oeuf oeufs
  poisson poissons crustaces fruits soja ble sesame moutarde celeri medicaments antibiotiques anesthesiants iode plantes fleurs abeilles
  guepes frelons moustiques chats chat chiens chien chevaux acariens moisissures champignons huiles huile graisse graisses caoutchouc`);
/** A chemical or drug name: "persulfates", "isocyanates", "acrylates", "glutaraldéhyde", "chlorhexidine", "formaldéhyde". */
const CHEMICAL = /(ate|ates|ite|ites|ide|ides|ine|ines|ene|enes|ol|ols|ium|yle|yles|ane|anes|ose|oses|yde|ydes)$/;
/**
 * End of "à / au / aux (la, l', les) <allergen>" after "allergie"/"allergique" at `to`, or null for a dislike.
 * The noun "allergie" takes any complement that is no dislike; the adjective, often a figure of speech,
 * needs an allergen word or a chemical name.
 */
function allergen(doc: Doc, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let k = to + 1;
  while (k < toks.length && toks[k].sn === sn && /^(la|l'|les|des|certains|certaines|tous|toutes|tout|toute)$/.test(toks[k].t)) k++;
  const w = toks[k];
  if (!w || w.sn !== sn || w.k !== Kind.Word || FIGURATIVE_ALLERGY.has(w.t)) return null;
  const from = to - 1;
  const adjective = toks[from].t.startsWith('allergique');
  if (adjective && !ALLERGEN_WORDS.has(w.t) && !(w.t.length > 5 && CHEMICAL.test(w.t) && w.t !== 'pratique' && w.t !== 'politique')) return null;
  return [from, k + 1];
}

/** Start of a withdrawal verb before a substance ("décroché de l'", "laissé tomber l'", "renoncé à la"), or -1. */
function withdrawal(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 4) && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (WITHDRAW.has(t)) return t === 'tomber' ? (/^laiss/.test(toks[k - 1]?.t ?? '') && toks[k - 1].sn === sn ? k - 1 : -1) : k;
    if (!WITHDRAW_LINKS.has(t)) return -1;
  }
  return -1;
}

/** "souffre d'une X", "atteinte de X": the noun after the predicate, when no lexicon term already covers it. */
function predicateTarget(hit: Hit, mode: string, doc: Doc, termStarts: Set<number>, termEnds: Set<number>): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[hit.from].sn;
  // "l'atteinte de ses objectifs" is an achievement, not a disease
  const first = toks[hit.from].t;
  if (first.startsWith('atteint')) {
    const p = toks[hit.from - 1];
    if (p && p.sn === sn && DETS.has(p.t)) return null;
  }
  let k = hit.to;
  // single-word predicates need their preposition: "souffre de", "atteinte d'", "guéri du"
  if (NEEDS_DE.test(toks[hit.to - 1].t)) {
    const p = toks[k];
    if (!p || p.sn !== sn || !/^(de|d'|du|des)$/.test(p.t)) return null;
    k++;
  }
  while (k < toks.length && toks[k].sn === sn && DETS.has(toks[k].t) && k < hit.to + 3) k++;
  for (let j = hit.to; j <= k; j++) if (termStarts.has(j)) return null;
  if (k > hit.to + 4) return null;
  // "souffre du dos", "souffrait des genoux": the body part is the finding
  const organ = ORGAN_DE.longest((j: number) => (j < toks.length && toks[j].sn === sn ? toks[j].t : undefined), hit.to);
  if (organ > 0 && NEEDS_DE.test(toks[hit.to - 1].t)) return [hit.from, hit.to + organ];
  const head = toks[k];
  const selfReport = mode === 'pred-soi';
  // "son TDAH, diagnostiqué l'an dernier": the participle qualifies the condition already reported
  const after = termEnds.has(hit.from) || (toks[hit.from - 1]?.t === ',' && termEnds.has(hit.from - 1));
  const own = (): [number, number] | null => (selfReport && !after ? [hit.from, hit.from + 1] : null);
  if (!head || head.sn !== sn || head.k !== Kind.Word) return own();
  if (PRED_STOP.has(head.t)) return own();
  // "a contracté un microcrédit", "avait contracté des dettes", "contracté une mutuelle": a loan, a debt or a contract, not an infection
  if (toks[hit.to - 1].t.startsWith('contracte') && (CONTRACTED_NOT_DISEASE.test(head.t) || (toks[k + 1]?.hyphen === true && CONTRACTED_NOT_DISEASE.test(toks[k + 1].t)))) return null;
  // a capital names a disease ("souffre de Crohn", "atteinte d'une BPCO"), but not in a sentence typed in
  // capitals ("IL SOUFFRE DU FROID"), where the word before is in capitals too
  // ("DIAGNOSTIC DE L'ACTIVITÉ": the predicate itself in capitals is a heading too)
  const medical = (MED_SUFFIX.test(head.t) && !accentedIte(doc, k)) || (doc.isCapitalized(k) && !head.first && !(doc.isUpper(k) && (doc.isUpper(k - 1) || doc.isUpper(hit.from))));
  if (mode !== 'pred-fort' && !medical) return own();
  return [k, extendRight(doc, k + 1, { named: true })];
}

/**
 * "atteint d'une polyarthrite et d'une leucodystrophie": further unknown conditions coordinated
 * after a predicate, recognised by their medical suffix.
 */
function coordinated(hit: Hit, doc: Doc, termStarts: Set<number>): number[] {
  const toks = doc.tokens;
  const out: number[] = [];
  const sn = toks[hit.from].sn;
  for (let k = hit.to + 1; k < Math.min(toks.length, hit.to + 14) && toks[k].sn === sn; k++) {
    if (toks[k].k === Kind.Punct && toks[k].t !== ',') break;
    if (toks[k].t !== 'et' && toks[k].t !== ',' && toks[k].t !== 'ou') continue;
    let j = k + 1;
    while (j < toks.length && toks[j].sn === sn && DETS.has(toks[j].t) && j < k + 4) j++;
    const w = toks[j];
    if (w && w.sn === sn && w.k === Kind.Word && j > k + 1 && !termStarts.has(j) && !PRED_STOP.has(w.t) && MED_SUFFIX.test(w.t) && !accentedIte(doc, j)) out.push(j);
  }
  return out;
}

export default defineRule({
  id: 'sante',
  meta: {
    description: "Donnée de santé : pathologie, trouble psychique, addiction, traitement, opération, handicap, grossesse — de la personne ou d'un proche.",
    category: 'sante',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9.1 et considérant 35', 'Loi Informatique et Libertés art. 6', 'Code pénal art. 226-19', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    sante: "Donnée de santé (« {terme} ») : décrivez la contrainte pour le poste, pas la pathologie ni le traitement.",
    tiers: "Donnée de santé d'un proche (« {terme} ») : n'indiquez que la contrainte d'organisation qui en découle pour l'adhérent.",
    grossesse: "Grossesse (« {terme} ») : donnée de santé et motif de discrimination ; indiquez seulement les disponibilités ou le calendrier.",
    hereditaire: "Maladie présentée comme héréditaire ou familiale (« {terme} ») : donnée génétique ; à retirer, ou décrivez seulement la contrainte pour le parcours.",
  },
  explanation:
    "La santé est une catégorie particulière de données (RGPD art. 9) : son traitement est interdit sauf exception, et la personne peut lire ce compte rendu à tout moment (droit d'accès, RGPD art. 15). " +
    "La CNIL a relevé comme excessifs des commentaires tels que « problème cardiaque », « alcoolique » ou « atteint de Parkinson » (zones bloc-notes, 2019). " +
    "Écrivez la conséquence pour l'emploi, jamais le diagnostic ni le traitement : « contraintes de santé incompatibles avec le port de charges » plutôt que « hernie discale », « reprise progressive envisagée » plutôt que « sort d'un burn-out ».",
  lexicon: SANTE_LEXICON,
  check(ctx: RuleContext) {
    const { doc, text } = ctx;
    const toks = doc.tokens;
    const termStarts = new Set<number>();
    // positions where a term (or a phrase owned by another rule) starts: "souffre de X" leaves them to that term
    const termEnds = new Set<number>();
    /** ends of genetic phrases ("fait analyser son ADN"), owned by genetique-biometrie */
    const genetic: number[] = [];
    /** ends of the hereditary ones among them ("porteur de la mutation"), not biometrics */
    const heredity: number[] = [];
    /** tokens inside a blocked phrase ("bêta-thalassémie", owned by genetique-biometrie): the medical-suffix pass skips them */
    const blocked = new Set<number>();
    for (const h of ctx.hits) {
      if (h.entry.tag === 'bloc') for (let k = h.from + 1; k < h.to; k++) blocked.add(k);
      if (!h.entry.tag?.includes(':pred') && !h.entry.tag?.endsWith(':tete') && !h.entry.tag?.endsWith(':incap')) { termStarts.add(h.from); if (h.entry.tag !== 'bloc') termEnds.add(h.to); }
      if (h.entry.tag === 'bloc' && GENETIC_LEMMAS.has(h.entry.lemma)) {
        genetic.push(h.to);
        // "porteur de la mutation du gène HFE": a named mutation or gene (not a genetic test, not "porteur du VIH")
        if (HEREDITY_LEMMAS.has(h.entry.lemma)) for (let k = h.from; k < h.to + 3 && k < toks.length; k++) if (MUTATION.has(toks[k].t)) { heredity.push(h.to); break; }
        // "une thalassémie diagnostiquée à la naissance": the participle qualifies the genetic finding
        termEnds.add(h.to);
        // "neurofibromatose de type 1 diagnostiquée", "Ehlers-Danlos type 3 diagnostiqué": after the disease's type
        const ty = typeAfter(toks, h.to);
        if (ty > 0) termEnds.add(ty);
        // "polykystose rénale familiale, diagnostiquée à Liège": after the disease's hereditary adjectives
        let ad = h.to;
        while (ad < toks.length && ad < h.to + 3 && HEREDITARY_ADJ.has(toks[ad].t)) ad++;
        if (ad > h.to) termEnds.add(ad);
      }
    }

    const found: Candidate[] = [];
    /** specialists and places without a care relation of their own, kept for a second look */
    const places: Hit[] = [];
    /** bare episodes ("ses crises"), kept for a sentence that states another finding */
    const episodes: Hit[] = [];
    /** relapses without a person in their sentence */
    const relapses: Hit[] = [];
    /** flares ("poussée") without a named disease of their own */
    const flares: Hit[] = [];
    /** lay symptoms with a person ("tousse toutes les nuits", "grosse fatigue"), kept unless a condition named before in their clause owns them */
    const symptoms: Array<[number, number]> = [];
    /** symptoms without a person, kept for a list after a condition ("Sarcoïdose pulmonaire : essoufflement à l'effort") */
    const listedSymptoms: Hit[] = [];
    /** starts of named signs ("brouillard cérébral"): findings of their own that own no symptom */
    const signs = new Set<number>();
    // each hit is examined by a function of its own: V8 optimises it apart from the rest of check(),
    // which as one function took it ~0.5 s to compile (reports ran unoptimised meanwhile)
    const examineHit = (hit: Hit): void => {
      const tag = hit.entry.tag ?? 'pathologie';
      if (tag === 'bloc') return;
      const [family, mode] = tagParts(tag);
      // pure heads ("problème", "dos", "lever") count only with their continuation: the cheapest test first
      let incapStart = -1;
      let ownInjury = false;
      if (mode === 'tete' || mode === 'incap') {
        if (continuation(doc, hit.to) === hit.to && !(ownInjury = INJURY_HEADS.has(toks[hit.from].t) && datedInjury(doc, hit.from, hit.to))) {
          // "depuis ses crises", "ses malaises": a bare episode, kept for a sentence with another finding
          if (EPISODE_HEADS.has(toks[hit.from].t) && bareEpisode(doc, hit.from, hit.to) && !inFrame(doc, hit.from) && !absent(doc, hit.from)
            && !othersFrame(doc, hit.from, hit.to) && !servedPublic(doc, hit.from) && !topicFrame(doc, hit.from, hit.to)) episodes.push(hit);
          // "une arthrose du genou, avec une infiltration prévue": a bare injection beside a condition (not "une infiltration d'eau")
          else if (COMPANION_HEADS.has(toks[hit.from].t) && !/^(de|d'|du|des)$/.test(toks[hit.to]?.t ?? '') && !inFrame(doc, hit.from) && !absent(doc, hit.from)) episodes.push(hit);
          return;
        }
        // "ne peut plus lever le bras droit": a motion verb and a body part count only after an inability
        if (mode === 'incap' && (incapStart = inability(doc, hit.from)) < 0) return;
        // "lever la main" to speak (not "lever la main droite")
        if (mode === 'incap' && toks[hit.to + 1]?.t === 'main' && !/^(droite|gauche)$/.test(toks[hit.to + 2]?.t ?? '')) return;
      }
      if (!entryAccepts(hit, ctx, false, false)) return;
      if ((inFrame(doc, hit.from) && !haveAfterFrame(doc, hit.from) && !ownRisk(doc, hit.from, termEnds)) || coordinatedFrame(doc, hit.from) || genericPublic(doc, hit.from)) return;
      if (family === 'grossesse' && toks[hit.from].t.startsWith('attend') && workOtherSubject(doc, hit.from)) return;
      if (hit.entry.lemma === 'pregnant' && ENGLISH_PUBLIC.has(toks[hit.to]?.t ?? '')) return;
      if (/^(blesse|touche)/.test(toks[hit.from].t) && woundedGroup(doc, hit.from)) return;
      // "le by-pass de la ville", "fait du dumping pour gagner des parts": the surgery words only with the operation or the person's stomach
      if (BARIATRIC_BARE.has(hit.entry.lemma) && !bariatric(doc, hit.from)) return;
      // "secrétaire en chirurgie de l'obésité", "a posé des anneaux gastriques comme chirurgien", "la Reha a embauché trois kinés": a workplace
      if (WORKPLACE_LEMMAS.has(hit.entry.lemma) && !POSSESSIVE.has(toks[hit.from - 1]?.t ?? '') && (workplaceNear(doc, hit.from, hit.to) || clauseWindowHas(doc, hit.from, hit.to, HIRING, 4, 4))) return;
      // "stage d'observation au CSAPA", "délivrés en lien avec le CSAPA du secteur": a care facility as a workplace or a partner
      if (FACILITY_LEMMAS.has(hit.entry.lemma) && facilityAtWork(doc, hit.from)) return;
      // "risques : chute de hauteur, chute du toit": the noun, folded like the participle "chuté du toit", is read by the fall's own check
      if (hit.entry.lemma.startsWith('chuté') && !/[éÉ]/.test(doc.raw(hit.from)) && !BREAK_AUX.has(toks[hit.from - 1]?.t ?? '')) return;
      // "lève-malade", "garde-malade": the second part of an equipment or a job name
      if (toks[hit.from].hyphen && COMPOUND_HEADS.has(toks[hit.from - 1]?.t ?? '')) return;
      // "sous l'empire d'un état alcoolique", "en état alcoolique": the offence's legal wording (infractions), not an addiction
      if (STATE_NOUNS.has(toks[hit.from - 1]?.t ?? '') && ALCOHOL_STATE.has(toks[hit.from].t)) return;
      // "tuberculose bovine", "insémination" of a herd: animal health in a farming sentence
      if ((family !== 'grossesse' || hit.entry.lemma.startsWith('insémination')) && !HUMAN_ONLY.has(family)) { if (animalHealth(doc, hit.from, hit.to) || animalPatient(doc, hit.from, hit.to)) return; }
      // "dix ans de nuit en service d'oncologie, puis en soins palliatifs", "des soins palliatifs réguliers" for residents: a ward as a workplace
      if ((WARDS.has(hit.entry.lemma) || WARD_TOKENS.has(toks[hit.to - 1].t)) && wardAsWorkplace(doc, hit.from, hit.to)) return;
      // "ne peut pas lever le bras": the negation belongs to the inability, not an absence
      // "ne dort plus sans Stilnox", "ne sort jamais sans son inhalateur": a negated verb before "sans" says the need, not an absence
      if ((mode !== 'incap' && absent(doc, hit.from) && !cannotDoWithout(doc, hit.from)) || geneticContext(doc, hit.from)) return;
      // "ne dort plus sans Stilnox": the need is what follows "sans" (read above), not the negated verb
      if (toks[hit.to]?.t === 'sans' && NEG_BEFORE_SANS.has(toks[hit.to - 1].t) && toks[hit.to].sn === toks[hit.from].sn) return;
      // "traitement hormonal de transition", "hormonothérapie pour sa transition": gender transition (vie-sexuelle), not a health finding
      if (HORMONAL.has(toks[hit.from].t) && hit.to - hit.from <= 2 && transitionAfter(doc, hit.to)) return;
      // "sa fille est interne en oncologie pédiatrique": a service named by a medical job
      if (mode === 'spec' && medicalJobBefore(doc, hit.from)) return;
      // "ni de démarche MDPH", goods ("vend des fauteuils roulants"), a vaccine, a course topic, an employer
      if ((mode !== 'incap' && negatedObject(doc, hit.from) && !cannotDoWithout(doc, hit.from)) || tradeContext(doc, hit.from) || vaccineBefore(doc, hit.from) || topicFrame(doc, hit.from, hit.to) || employerSubject(doc, hit.to) || othersFrame(doc, hit.from, hit.to) || servedPublic(doc, hit.from) || servedCare(doc, hit.from)) return;
      // a research topic or a workplace's field ("un laboratoire qui étudie le vitiligo", "biologie des tumeurs")
      if (studyFrame(doc, hit.from) || disciplineOf(doc, hit.from)) return;
      // "les PAI des élèves asthmatiques et épileptiques": the second adjective of a served group
      if (ADJECTIVE_LEMMAS.has(hit.entry.lemma) && coordinatedServed(doc, hit.from)) return;
      // "la pose de PICC line", "la chaîne de sérologie Lyme" in a nurse's or a lab worker's sentence: a skill, not the person's care
      if (careAct(doc, hit.from)) return;
      if (/^(operation|operations|intervention|interventions)$/.test(toks[hit.to - 1].t) && /^(de|d')$/.test(toks[hit.to]?.t ?? '') && WORK_OPERATIONS.has(toks[hit.to + 1]?.t ?? '')) return;
      // "visite médicale d'embauche avec audiométrie": a screening exam of an occupational visit
      if (SCREENING_EXAMS.has(toks[hit.from].t) && sentenceHasWord(doc, hit.from, CHECKUP_WORDS)) return;
      // "interdits en cas de grossesse", "avant une nouvelle grossesse", "une éventuelle grossesse": no pregnancy yet
      if (hit.to - hit.from === 1 && /^grossesses?$/.test(toks[hit.from].t) && hypotheticalPregnancy(doc, hit.from)) return;
      // "rdv à la maternité mardi pour un entretien d'embauche": the appointment is a job's
      if (family === 'grossesse' && APPOINTMENT_HEADS.has(toks[hit.from].t) && clauseWindowHas(doc, hit.from, hit.to, HIRING_TALK, 0, 8)) return;
      // "le SERC de la région": a short brand typed in capitals reads as an acronym without a person or a health cue in its clause
      if (family === 'traitement' && hit.to - hit.from === 1 && toks[hit.from].t.length <= 5 && /^[A-ZÀ-Ý][a-zà-ÿ]/.test(hit.entry.lemma) && doc.isUpper(hit.from)
        && !clauseWindowHas(doc, hit.from, hit.to, STRICT_PERSON, 8, 6) && !acronymCue(doc, hit.from, hit.to)) return;
      // "une stratégie un peu schizophrène", "le fret aérien est en dépression": a psychiatric word said of a thing
      // "son ancienne boîte était sous perfusion des subventions", "le projet est en réanimation": the head of the term, past its preposition
      if ((FIGURATIVE_PSY.has(toks[hit.from].t) || ((toks[hit.from].t === 'sous' || toks[hit.from].t === 'en') && FIGURATIVE_PSY.has(toks[hit.to - 1].t))) && thingSubject(doc, hit.from)) return;
      if (hit.to - hit.from === 1 && FIGURATIVE_OF.has(toks[hit.from].t) && thingOwner(doc, hit.to)) return;
      // "ce boulot lui donne de l'urticaire", "la paperasse me donne de l'urticaire": a dislike, not a skin condition
      if (toks[hit.from].t === 'urticaire' && dislikeIdiom(doc, hit.from)) return;
      // "le jardinage, c'est une vraie thérapie pour lui": a pastime praised as a cure
      if (hit.to - hit.from === 1 && PRAISED_CURES.has(toks[hit.from].t) && praisedAsCure(doc, hit.from)) return;
      if (hit.entry.lemma === 'mobilité réduite' && geographicMobility(doc, hit.from, hit.to)) return;
      if (mode === 'signe') signs.add(hit.from);
      if (mode === 'trace') {
        if (traceCue(doc, hit.to)) found.push({ from: hit.from, to: hit.to, family: 'psy', confidence: 'medium' });
        else episodes.push(hit);
        return;
      }
      if (mode === 'symptome') {
        const span = accept(hit, 'p', doc);
        if (span) symptoms.push(span);
        else listedSymptoms.push(hit);
        return;
      }
      if (mode === 'episode' || mode === 'sommeil' || mode === 'compagnon') {
        if (mode !== 'episode' || bareEpisode(doc, hit.from, hit.to)) episodes.push(hit);
        return;
      }
      // drugs and devices as the products of a job ("visiteur médical, il présentait le Kardegic")
      if ((family === 'traitement' || DEVICES.has(toks[hit.from].t) || PRODUCT_DRUGS.has(toks[hit.from].t) || (family === 'addiction' && toks[hit.from].t.startsWith('traitement'))) && productContext(doc, hit.from)) return;
      // "il a vendu des appareils de mesure de glycémie": the complement of a device sold, read from the device
      if (family !== 'traitement') { const d = deviceBefore(doc, hit.from); if (d >= 0 && productContext(doc, d)) return; }
      // specialists as clients of such a job ("aux cardiologues de la région")
      if (mode === 'spec' && toks[hit.to - 1].t.endsWith('s') && productSentence(doc, hit.from)) return;
      if ((family === 'pathologie' || family === 'soins') && !DEVICES.has(toks[hit.from].t) && (firstAidContext(doc, hit.from) || preventionBefore(doc, hit.from)) && !POSSESSIVE.has(toks[hit.from - 1]?.t ?? '') && !personEvent(doc, hit.from) && !ownRisk(doc, hit.from, termEnds)) return;
      // "a dû picoler la veille": a one-off guess about drinking is a judgement (jugement), not an addiction
      if (family === 'addiction' && speculated(doc, hit.from)) return;
      if ((family === 'addiction' || family === 'traitement') && substanceOffence(doc, hit.from)) return;
      // an upper-case acronym with other meanings ("SEP" = septembre, "TAG", "IMC") needs a person in its clause
      // or a health label or participle ("Situation de santé : SEP diagnostiquée")
      // or a finding just before it in a list ("une rupture des croisés et deux ans de TCA")
      if (hit.entry.upper && AMBIGUOUS_ACRONYMS.has(toks[hit.from].t) && ((!clauseWindowHas(doc, hit.from, hit.to, STRICT_PERSON, 8, 6) && !acronymCue(doc, hit.from, hit.to)
        && !found.some((f) => f.to <= hit.from && f.to >= hit.from - 6 && toks[f.from].sn === toks[hit.from].sn)) || toks[hit.from - 1]?.k === Kind.Number)) return;
      // "CDD en remplacement d'un congé maternité": a colleague's leave, the reason for the job
      if (family === 'grossesse' && clauseWindowHas(doc, hit.from, hit.to, REPLACEMENT, 5, 0)) return;
      // the disease a genetic test is about belongs to genetique-biometrie
      if (genetic.length > 0 && family !== 'grossesse' && geneticTestBefore(doc, hit.from, genetic)) return;

      if (mode.startsWith('pred')) for (const extra of coordinated(hit, doc, termStarts)) found.push({ from: extra, to: extendRight(doc, extra + 1), family, confidence: 'medium' });
      let span: [number, number] | null;
      const cont = mode.startsWith('pred') ? hit.to : continuation(doc, hit.to);
      // a qualified head is unambiguous: "problème cardiaque", "maladie rare", "traitement psychiatrique"
      if (cont > hit.to) span = [incapStart >= 0 ? incapStart : hit.from, cont];
      else if (ownInjury) span = [hit.from, hit.to];
      else if (mode === 'tete' || mode === 'incap') return;
      else if (mode.startsWith('pred')) span = predicateTarget(hit, mode, doc, termStarts, termEnds);
      else span = accept(hit, mode, doc);
      if (!span) {
        if (mode === 'spec') places.push(hit);
        // "Une rechute en juin.": a relapse told without its subject, kept for a report that states the condition before
        // "les jours de poussée": a flare, kept for a sentence that names a disease (not "poussée de croissance", "poussée des ventes")
        else if (mode === 'poussee' && !/^(de|des|du|d')$/.test(toks[hit.to]?.t ?? '')) flares.push(hit);
        else if (mode === 'p' && RELAPSE.has(toks[hit.from].t) && !/^(de|des|du|d')$/.test(toks[hit.to]?.t ?? '') && subjectless(doc, hit.from)) relapses.push(hit);
        return;
      }
      const end = mode === 'syndrome' ? span[1] : extendRight(doc, span[1], { named: /^(maladie|maladies|syndrome|syndromes|pathologie)$/.test(toks[span[1] - 1].t), months: family === 'grossesse' });
      // "elle est coeliaque : pas de stage en boulangerie": after a copula the term is an attribute, not a form field answered "pas"
      if (absentAfter(doc, end) && !COPULA.has(toks[span[0] - 1]?.t ?? '') && !STATUS_COPULAS.has(toks[span[0] - 1]?.t ?? '')) return;
      // "un diabète héréditaire": genetique-biometrie reports the qualified disease
      if (HEREDITARY_AFTER.has(toks[end]?.t ?? '') && toks[end].sn === toks[end - 1].sn) return;
      if (COPULA.has(toks[end]?.t ?? '') && HEREDITARY_AFTER.has(toks[end + 1]?.t ?? '') && toks[end + 1].sn === toks[end - 1].sn) return;
      const linked = clauseWindowHas(doc, span[0], end, STRICT_PERSON, 8, 4);
      const confidence: Confidence = linked ? 'high' : (hit.entry.confidence ?? 'medium');
      found.push({
        from: span[0],
        to: end,
        family,
        confidence,
        specialist: mode === 'spec' ? hit.from : undefined,
        adjective: ADJECTIVE_LEMMAS.has(hit.entry.lemma) && span[0] === hit.from,
        place: mode === 'lieu',
        // "depuis sa chute d'échafaudage, il ne peut plus…": a fall told as the time of another finding is its circumstance
        accident: mode === 'accident' || (mode === 'chute' && fallAsCircumstance(doc, span[0])),
        // "il est dyslexique et demande un tiers-temps": an accommodation asked for belongs to the finding before it
        secondary: mode === 'cure' || mode === 'aide' || mode === 'aidep' || (mode === 'exam' && requested(doc, span[0])),
        // "sa charge virale est indétectable depuis deux ans": the state of the load just reported
        state: STATE_AFTER_FINDING.has(hit.entry.lemma),
        verbal: mode === 'forcer',
      });
    };
    for (const hit of ctx.hits) examineHit(hit);

    // unknown procedures and conditions named by an unambiguous medical suffix ("cœlioscopie",
    // "sigmoïdectomie", "névralgie", "myocardiopathie"), about the person and outside a job frame
    // (a token's length is e − s: most tokens are passed over without reading their text)
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.k !== Kind.Word || t.e - t.s < 8 || !medicalSuffix(t.t) || termStarts.has(i) || blocked.has(i) || NOT_MEDICAL.has(t.t)) continue;
      if (inFrame(doc, i) || genericPublic(doc, i) || absent(doc, i) || topicFrame(doc, i, i + 1) || !clauseWindowHas(doc, i, i + 1, STRICT_PERSON_OR_CAUSE, 10, 6)) continue;
      // "a vendu des lecteurs de glycémie": what a device sold measures
      { const d = deviceBefore(doc, i); if (d >= 0 && productContext(doc, d)) continue; }
      found.push({ from: i, to: extendRight(doc, i + 1), family: 'pathologie', confidence: 'medium' });
    }

    // "voit un psy toutes les semaines au CMP": a place or a specialist in a sentence that already
    // states a health finding about the person is part of it (not in a job sentence)
    for (const hit of places) {
      const sn = toks[hit.from].sn;
      if (!found.some((c) => toks[c.from].sn === sn) || sentenceHasWord(doc, hit.from, JOB_WORDS) || productSentence(doc, hit.from)) continue;
      found.push({ from: hit.from, to: hit.to, family: 'psy', confidence: 'medium', specialist: hit.from });
    }

    for (const hit of relapses) {
      const sn = toks[hit.from].sn;
      if (found.some((c) => (c.family === 'addiction' || c.family === 'psy') && toks[c.from].sn <= sn && toks[c.from].sn >= sn - 6)) found.push({ from: hit.from, to: hit.to, family: 'psy', confidence: 'medium' });
    }

    // "SEP rémittente, télétravail les jours de poussée": a flare beside a disease named in its sentence or just before
    for (const hit of flares) {
      const sn = toks[hit.from].sn;
      // "SEP diagnostiquée en 2019, poussées espacées": right after the disease, the flares are part of its description
      if (found.some((c) => toks[c.from].sn === sn && c.to <= hit.from && hit.from - c.to <= 5)) continue;
      if (found.some((c) => c.family === 'pathologie' && toks[c.from].sn <= sn && toks[c.from].sn >= sn - 2)) found.push({ from: hit.from, to: hit.to, family: 'pathologie', confidence: 'medium' });
    }

    // "a eu une embolie et reste essoufflé", "myasthénie, fatigabilité en fin de journée": the symptom of the condition named
    // before it in the clause is part of that finding; after a colon or a semicolon it is a finding of its own
    const owners = found.length;
    for (const [from, to] of symptoms) {
      const sn = toks[from].sn;
      if (found.some((c, k) => k < owners && !signs.has(c.from) && toks[c.from].sn === sn && c.to <= from && c.family !== 'grossesse' && !listBreakBetween(doc, c.to, from))) continue;
      found.push({ from, to, family: 'pathologie', confidence: 'medium' });
    }

    // "Sarcoïdose pulmonaire connue depuis 2022 : essoufflement à l'effort": a symptom listed after the condition of its sentence is the patient's
    for (const hit of listedSymptoms) {
      const sn = toks[hit.from].sn;
      if (found.some((c, k) => k < owners && toks[c.from].sn === sn && c.to <= hit.from && c.family !== 'grossesse' && listBreakBetween(doc, c.to, hit.from))) found.push({ from: hit.from, to: hit.to, family: 'pathologie', confidence: 'medium' });
    }

    for (const hit of episodes) {
      const sn = toks[hit.from].sn;
      // "suivi au centre Primo Levi et dort mal": beside a condition, a treatment or care (not an addiction's consequence: "accro aux écrans, ne dort plus")
      if (found.some((c) => toks[c.from].sn === sn && c.family !== 'grossesse' && c.family !== 'addiction')) found.push({ from: hit.from, to: hit.to, family: 'pathologie', confidence: 'medium' });
    }

    // one finding per phrase: merge overlaps; one pregnancy finding per sentence
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    // "amputé de la main après un accident de treuil": the injury is the finding, the accident its circumstance
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i];
      if (c.accident && found.some((o) => o !== c && !o.accident && toks[o.from].sn === toks[c.from].sn)) found.splice(i, 1);
    }
    // "ne touche plus à l'alcool depuis sa cure", "malvoyant, utilise une plage braille": the cure or the aid belongs to the finding before it
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i];
      if (c.secondary && found.some((o) => !o.secondary && o.from < c.from && toks[o.from].sn === toks[c.from].sn)) found.splice(i, 1);
      else if (c.state && found.some((o) => o !== c && o.from < c.from && toks[o.from].sn === toks[c.from].sn)) found.splice(i, 1);
    }
    // "greffe de peau au CHU de Nantes", "transfusions toutes les trois semaines en hôpital de jour": the place of the care just named, in its clause
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i];
      if (c.place && found.some((o) => o !== c && o.to <= c.from && placeLinked(doc, o.to, c.from))) found.splice(i, 1);
    }
    const kept: Candidate[] = [];
    const pregnancySentences = new Set<number>();
    for (const c of found) {
      const last = kept[kept.length - 1];
      if (last && c.from < last.to) { last.to = Math.max(last.to, c.to); continue; }
      // "syndrome du canal carpien opéré aux deux poignets": a participle right after the condition tells its care
      if (last && c.from === last.to && TREATED.has(toks[c.from].t) && toks[c.from].sn === toks[last.from].sn) { last.to = Math.max(last.to, c.to); continue; }
      // "opérée d'un bypass": the operation's object is one finding with the participle
      // "un traitement Subutex", "traitement par méthadone": the treatment and the drug that names it are one finding
      if (last && TREATMENT_HEADS.has(toks[last.to - 1].t) && toks[c.from].sn === toks[last.from].sn
        && (c.from === last.to || (c.from === last.to + 1 && TREATMENT_LINKS.has(toks[last.to].t)))) { last.to = Math.max(last.to, c.to); continue; }
      if (last && ((c.family !== 'grossesse' && last.family !== 'grossesse') || BEDRIDDEN.has(toks[last.to - 1].t)) && linkedPhrase(doc, last.to, c.from)) { last.to = Math.max(last.to, c.to); continue; }
      // "la CABAT (cellule d'aide aux blessés…)": the expansion of an acronym just reported is the same finding
      // (not an acronym after its long form: "hospitalisation sous contrainte (HDT)" is labelled twice)
      if (last && toks[c.from - 1]?.t === '(' && last.to === c.from - 1 && c.to - c.from > 2) continue;
      if (c.family === 'grossesse' && !procreationEvent(doc, c.from, c.to) && !complication(doc, c.from, c.to)) {
        const sn = toks[c.from].sn;
        if (pregnancySentences.has(sn)) continue;
        pregnancySentences.add(sn);
      }
      kept.push(c);
    }

    let prevEnd = -1;
    for (const c of kept) {
      const [start, end] = doc.tokRange(c.from, c.to);
      const chained = c.from > 0 && prevEnd === c.from - 1 && /^(en|au|a)$/.test(toks[c.from - 1].t);
      prevEnd = c.to;
      // a disease said to run in the family, or qualified as genetic or familial: genetic data (eval/README.md)
      if (INHERITABLE.has(c.family)) {
        const q = toks[c.to];
        // "surdité génétique", "glaucome familial", "sa surdité est génétique"
        const q2 = toks[c.to + 1];
        const qualified = !q || q.sn !== toks[c.to - 1].sn ? 0 : GENETIC_AFTER.has(q.t) ? 1 : COPULA.has(q.t) && q2?.sn === q.sn && GENETIC_AFTER.has(q2.t) ? 2 : 0;
        // "porteur de la mutation du gène HFE, son frère a une hémochromatose": a relative's disease after the person's mutation
        const geneticBefore = heredity.length > 0 && c.family === 'pathologie' && relativeBefore(doc, c.from) && heredity.some((g) => g <= c.from && toks[g - 1].sn === toks[c.from].sn);
        if (qualified || familyRun(doc, c.from, c.to) || geneticBefore) {
          const [gs, ge] = doc.tokRange(c.from, c.to + qualified);
          ctx.report({ start: gs, end: ge, messageId: 'hereditaire', category: 'genetique-biometrie', data: { terme: text.slice(gs, ge) }, confidence: c.confidence, fixes: [] });
          continue;
        }
      }
      const third = relativeBefore(doc, c.from);
      const messageId = c.family === 'grossesse' ? 'grossesse' : third ? 'tiers' : 'sante';
      const np = messageId === 'grossesse' ? AGENDA : messageId === 'tiers' ? ORGANISATION : HEALTH;
      let fix: Fix | undefined;
      if (chained) {
        // "hospitalisé en HP", "hospitalisée en psychiatrie": the place goes with the first finding
        const [s] = doc.tokRange(c.from - 1, c.from);
        fix = removalFix(text, s, end, 'Retirer la précision médicale');
      } else if (c.adjective && attributive(doc, c.from)) {
        // "sa fille handicapée" → "sa fille": the noun stays, the condition goes
        fix = removalFix(text, start, end, 'Retirer la mention de santé');
      } else if (VERBAL.has(toks[c.from].t) || c.verbal) {
        // "a arrêté l'alcool", "ne boit plus": no noun to replace; the message says what to write
        fix = undefined;
      } else if (c.specialist !== undefined && /(logie|iatrie)$|^(cmp|cmpp|cattp|centre|maison|paej|empp|espace)$/.test(toks[c.specialist].t)) {
        // "suivie en addictologie" → "suivie": the service says the condition
        // "suivie à la Maison des adolescents" → "suivie": the article goes with its preposition
        const withArticle = c.specialist > 1 && /^(la|l')$/.test(toks[c.specialist - 1].t) && toks[c.specialist - 2].t === 'a';
        const withEn = withArticle ? c.specialist - 2 : c.specialist > 0 && /^(en|au|a)$/.test(toks[c.specialist - 1].t) ? c.specialist - 1 : c.specialist;
        const [s] = doc.tokRange(withEn, withEn + 1);
        fix = removalFix(text, s, end, 'Retirer le service médical');
      } else if (c.specialist !== undefined) {
        // "son addictologue" → "son médecin", "suivie par une psychologue" → "suivie par un médecin"
        fix = neutralFix(doc, text, c.specialist, c.to, DOCTOR, { predicate: false });
      } else if (c.place) {
        // "a passé deux semaines à l'hôpital": no neutral noun fits after "à"; the message says what to write
        fix = undefined;
      } else if (AVOIR_BARE.has(toks[c.from - 1]?.t ?? '') && toks[c.from - 1].sn === toks[c.from].sn) {
        // "a mal au dos" → "a des contraintes de santé" (no article to reuse)
        fix = replaceFix(start, end, `${np.pl ? 'des' : np.g === 'm' ? 'un' : 'une'} ${np.text}`, 'Remplacer par une formulation neutre');
      } else {
        // "Une cholécystectomie est programmée" → "Une contrainte de santé est programmée": keep the verb's agreement
        const singular = np === HEALTH && SINGULAR_VERBS.has(toks[c.to]?.t ?? '') && toks[c.to].sn === toks[c.from].sn && SINGULAR_DETS.has(toks[c.from - 1]?.t ?? '');
        fix = neutralFix(doc, text, c.from, c.to, singular ? HEALTH_ONE : np, { tail: messageId === 'sante' ? TAIL : undefined });
      }
      ctx.report({ start, end, messageId, data: { terme: text.slice(start, end) }, confidence: c.confidence, fixes: fix ? [fix] : [] });
    }
  },
});
