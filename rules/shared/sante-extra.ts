/**
 * Context helpers of the health rules (`sante`, `handicap-statut`) on top of shared/art9.ts:
 * absence stated through a coordination or a negated verb ("ni de démarche MDPH", "ne relève pas
 * des aides de l'Agefiph"), health words that name goods, a topic, a vaccine or an employer rather
 * than the person's condition, and the constructions that place a person in a care facility
 * ("est resté trois semaines à l'hôpital", "en maison de repos jusqu'en mai").
 *
 * Every helper looks at a few tokens around one hit (or once at its sentence): no scan of the
 * whole document.
 */
import type { Doc } from '../../lib/lint/document.ts';
import { Kind, type Token } from '../../lib/lint/tokenize.ts';
import { tokenSet, tokenSetOf } from '../../lib/lint/token-set.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const DETS = set(`de d' du des la le les l' un une`);
/** Administrative nouns that may stand between a negation and a status ("pas de demande de RQTH"). */
const ADMIN = set(`demarche demarches demande demandes dossier dossiers projet procedure notion reconnaissance statut suivi besoin
  besoins aide aides droit droits dispositif dispositifs prestation prestations accompagnement orientation notification mesure mesures
  dossier titre carte`);
/** "ne … plus" is left out: it says the thing was there, and a past condition is a finding. */
const NEG_VERB_END = set(`pas jamais`);
const NEG_WORDS = set(`aucun aucune aucuns aucunes sans`);
/** A time hedge between a negated verb and its object: "ne souhaite pas pour l'instant de RQTH". */
const INTERIM = set(`pour instant moment a ce stade dans immediat encore actuellement`);
/** The person declining to ask: "a refusé de demander la RQTH", "renonce à déposer un dossier MDPH". */
const DECLINE = set(`refuse refusee refusait refusent decline declinee renonce renoncee renoncait`);
const ASK = set(`demander solliciter deposer faire engager entamer`);

/**
 * Absence reached through a coordination or a negated verb: "Pas de RQTH ni de démarche MDPH",
 * "il ne relève pas des aides de l'Agefiph", "ne bénéficie pas de l'AAH". Only articles and a few
 * administrative nouns may stand between the negation and the term, so "il ne peut pas porter de
 * charges à cause de son asthme" is not read as absence.
 */
export function negatedObject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 7 && toks[k].sn === sn; k--, n++) {
    const t = toks[k];
    if (t.k === Kind.Punct) return false;
    if (t.t === 'ni' || NEG_WORDS.has(t.t)) return true;
    if (NEG_VERB_END.has(t.t)) {
      // "ne relève pas", "n'en a jamais bénéficié": a negated verb right before
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (toks[j].sn === sn && (toks[j].t === 'ne' || toks[j].t === "n'")) return true;
      return false;
    }
    if (ASK.has(t.t)) {
      const link = toks[k - 1]?.t;
      return (link === 'de' || link === "d'" || link === 'a') && toks[k - 1].sn === sn && DECLINE.has(toks[k - 2]?.t ?? '') && toks[k - 2].sn === sn;
    }
    if (!DETS.has(t.t) && !ADMIN.has(t.t) && !INTERIM.has(t.t)) return false;
  }
  return false;
}

/**
 * First words of implanted devices and prostheses ("stimulateur cardiaque", "pompe à insuline",
 * "chambre implantable", "prothèse de hanche"): worn by the person, never a carrier status, and
 * goods in a sales or manufacturing sentence.
 */
export const DEVICES = set(`stimulateur stimulateurs pacemaker pacemakers defibrillateur defibrillateurs neurostimulateur neurostimulateurs
  prothese protheses implant implants pompe pompes appareil appareils sonde sondes stent stents valve valves chambre chambres holter
  capteur capteurs orthese ortheses attelle attelles corset corsets poche poches canule canules catheter catheters anneau pile broche broches
  plaque plaques tige tiges port-a-cath picc freestyle dexcom omnipod derivation oeil contour contours audioprothese audioprotheses
  bas chaussettes collants vetement vetements manchon manchons
  loupe loupes teleagrandisseur teleagrandisseurs boucle boucles`);
/** Devices and drugs that are also goods: "il vend des fauteuils roulants", "livreur de médicaments". */
const GOODS = set(`${[...DEVICES].join(' ')} fauteuil fauteuils bequilles appareil appareils deambulateur deambulateurs canne cannes
  lecteur lecteurs medicament medicaments insuline masque masques lunettes`);
const TRADE = set(`vend vendre vendait vendu vente ventes vendeur vendeuse revendeur revendeuse commercialise commercialiser commerce
  fabrique fabriquer fabrication fabricant livre livrer livraison livreur livreuse repare reparer reparation distribue distribuer
  distribution distributeur location loue louer stock stocks stockage catalogue magasin boutique materiel grossiste rayon conditionne
  conditionnement usine usines production assemblage entrepot magasinier magasiniere`);
/** Is the term at `from` (a device or a drug) named as goods in its sentence? */
export function tradeContext(doc: Doc, from: number): boolean {
  const t = doc.tokens[from];
  if (!t || !GOODS.has(t.t)) return false;
  const prev = doc.tokens[from - 1];
  if (prev && prev.sn === t.sn && (POSSESSIVES.has(prev.t) || prev.t === 'en')) return false;
  // "porte elle-même un appareil auditif": worn, even in a sales sentence
  for (let k = from - 1; k >= 0 && k >= from - 4 && doc.tokens[k].sn === t.sn; k--) if (WEAR.has(doc.tokens[k].t)) return false;
  return sentenceHas(doc, from, TRADE) || serviceBefore(doc, from);
}

/** Upkeep and services on goods: "contrat d'entretien des fauteuils roulants et déambulateurs de l'EHPAD". */
const SERVICE_NOUNS = set(`entretien maintenance nettoyage desinfection revision reparation reparations depannage location livraison
  installation montage`);
const GOODS_LINKS = set(`de d' des du les la le l' et ou , roulant roulants electrique electriques medicalise medicalises medicalisee medicalisees`);
function serviceBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // "entretien des fauteuils", "maintenance de lits médicalisés, fauteuils et déambulateurs": goods may be coordinated between
  for (let k = from - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (SERVICE_NOUNS.has(t)) return n > 0 && (toks[k + 1].t === 'des' || toks[k + 1].t === 'de' || toks[k + 1].t === "d'" || toks[k + 1].t === 'du');
    if (!GOODS_LINKS.has(t) && !GOODS.has(t) && t !== 'lits' && t !== 'lit') return false;
  }
  return false;
}

/** Wearing or living with a device: "porte un appareil", "dort avec une attelle", "marche avec des béquilles". */
const WEAR = set(`porte portait porter porteur porteuse porteurs porteuses equipe equipee appareille appareillee
  dort dormait dormir dorment marche marchait marcher deplace deplacait`);
/** "vaccination contre l'hépatite B", "vacciné contre la grippe": prevention, not a condition. */
const VACCINE = set(`vaccin vaccins vaccination vaccinations vaccine vaccinee vaccines vaccinees rappel rappels immunise immunisee
  depistage depistages campagne`);
export function vaccineBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 5 && toks[k].sn === sn; k--, n++) {
    if (VACCINE.has(toks[k].t)) return true;
    if (!DETS.has(toks[k].t) && toks[k].t !== 'contre' && toks[k].t !== 'a' && toks[k].t !== 'au' && toks[k].t !== 'aux') return false;
  }
  return false;
}

/** Verbs of an organisation as an employer: "L'entreprise adaptée de Montclar recrute des chefs d'équipe". */
const HIRING = set(`recrute recrutent recrutait embauche embauchent cherche cherchent recherche recherchent propose proposent
  ouvre ouvrent organise organisent accueille forme forment emploie emploient compte`);
const SUBJECT_FILLERS = set(`actuellement aussi egalement toujours encore en ce cette ne n'`);
/**
 * Is the phrase ending at `to` the subject of a hiring verb? A place name ("de Montclar"), a
 * relative clause start or an adverb may come between.
 */
export function employerSubject(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1]?.sn;
  let k = to;
  let apposed = false;
  for (let n = 0; n < 5 && k < toks.length && toks[k].sn === sn; n++, k++) {
    const t = toks[k];
    if (HIRING.has(t.t)) return true;
    // "Cap emploi 35 organise…": the department number of an office
    if (k === to && t.k === Kind.Number && t.t.length <= 3) continue;
    // "L'entreprise adaptée de Saintes, 4 rue de l'Industrie, recrute": one apposition between commas
    if (t.t === ',' && !apposed) {
      let j = k + 1;
      while (j < toks.length && j - k <= 9 && toks[j].sn === sn && toks[j].t !== ',') j++;
      if (toks[j]?.t !== ',' || toks[j].sn !== sn) return false;
      apposed = true;
      k = j;
      continue;
    }
    const named = (t.t === 'de' || t.t === "d'" || t.t === 'du') && k + 1 < toks.length && doc.isCapitalized(k + 1);
    if (named) { k++; continue; }
    if (doc.isCapitalized(k) && !t.first) continue;
    if (SUBJECT_FILLERS.has(t.t)) continue;
    return false;
  }
  return false;
}

/** Course and document words: the term is what a training, a module or a dissertation is about. */
const COURSE = set(`module modules cours formation formations atelier ateliers memoire these conference conferences expose exposes
  programme programmes licence master sensibilisation webinaire brochure brochures article articles rapport theme thematique chapitre
  sujet epreuve referentiel diplome bts cap bac dut certification colloque seminaire concours examen oral ifsi
  collective collectives forum forums salon salons`);
const SYLLABUS = tokenSet(`programme module referentiel`);
/** Works and schemes whose quoted title may name a condition: « Accueillir un stagiaire autiste ». */
const TITLED = set(`guide guides livre livres film films documentaire projet projets dispositif dispositifs campagne campagnes
  kit plaquette fiche fiches titre intitule label parcours mooc tutoriel podcast spectacle piece exposition`);
const SYLLABUS_DETS = set(`au du le ce un`);
/** Works about a topic: "théâtre documentaire sur la maladie d'Alzheimer", "un reportage sur l'autisme". */
const WORKS = set(`theatre creation creations roman romans emission emissions reportage reportages chanson album spectacle spectacles piece
  pieces film films livre livres documentaire exposition podcast bd`);
const ABOUT = set(`sur consacre consacree consacres consacrees autour traitant abordant aborde abordee`);
/** Nouns of care as a topic: "porte sur la prise en charge du diabète", "sur la prévention des addictions". */
const CARE_TOPICS = set(`prise en charge prevention depistage gestion accompagnement education traitement soins`);
/**
 * The term is the topic of a course or a document: "le module porte sur la grossesse", "un mémoire
 * sur la dépression post-partum", "la légionellose figure au programme de la formation".
 */
export function topicFrame(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  // "porte sur la grossesse et l'accouchement": articles, a coordination and one earlier noun may come between
  let other = 0;
  for (let k = from - 1; k >= 0 && k > from - 7 && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (ABOUT.has(t)) { if (sentenceHas(doc, from, COURSE) || (sentenceHas(doc, from, WORKS) && !POSSESSIVES.has(toks[from - 1]?.t ?? ''))) return true; break; }
    if (DETS.has(t) || t === 'et' || t === 'ou' || t === ',' || CARE_TOPICS.has(t)) continue;
    if (toks[k].k !== Kind.Word || ++other > 1) break;
  }
  if (titleCased(doc, from, to)) return true;
  // a title in quotes after a course or a document: formation « Accueillir un stagiaire autiste », le guide « Vivre avec le diabète »
  if (toks[from]?.quoted) {
    let k = from - 1;
    while (k >= 0 && toks[k].sn === sn && toks[k].quoted) k--;
    for (let n = 0; n < 3 && k >= 0 && toks[k].sn === sn; k--, n++) {
      if (COURSE.has(toks[k].t) || TITLED.has(toks[k].t)) return true;
      if (toks[k].k === Kind.Word && !DETS.has(toks[k].t) && !/^(intitule|intitulee|intitules|intitulees|nomme|nommee|appele|appelee)$/.test(toks[k].t)) break;
    }
  }
  // "X figure au programme", "X fait partie du module"
  for (let j = to, n = 0; j < toks.length && n < 5 && toks[j].sn === sn; j++, n++) {
    if (toks[j].k === Kind.Punct) break;
    if (SYLLABUS.has(toks[j]) && SYLLABUS_DETS.has(toks[j - 1].t)) return true;
  }
  return false;
}

/**
 * The term opens or sits in a title written in capitals word by word, inside quotes or in the middle of a sentence: « Rehab Project Manager »,
 * « Lazy Sunday Brunch », « Panic Attack Workshop ». Notes do not capitalise a word of their own inside a phrase.
 */
export function titleCased(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  // quoted, or a name in the sentence's middle: « le MOOC Lazy Loading »
  const quoted = !!toks[from]?.quoted;
  if ((!quoted && toks[from]?.first) || !doc.isCapitalized(from) || doc.isUpper(from)) return false;
  // a capital after a full stop inside a quote opens a sentence: « … mes pauses. Le Xyrem me fait dormir »
  const near = (k: number) => !!toks[k] && toks[k].sn === toks[from].sn && toks[k].quoted === quoted && toks[k].k === Kind.Word && doc.isCapitalized(k) && !toks[k].first
    && !(k > 0 && /^[.!?…]$/.test(toks[k - 1].t));
  return near(to) || near(from - 1);
}

/** Knowing a topic: "connaît bien les troubles dys", "formée aux troubles du spectre autistique". */
const KNOW = set(`connait connaissait connaitre connaissance connaissances maitrise maitrisait forme formee formes formees sensibilise
  sensibilisee specialise specialisee experience experiences habitue habituee familier familiere`);
/** Working with others: "auprès d'un enfant autiste", "AVS d'un élève dyslexique". */
const OTHERS_WORK = set(`aupres`);
/** Handling other people's files: "géré les arrêts maladie des salariés", "chargé des déclarations d'accident du travail". */
const DUTY = set(`charge chargee gere geree gerait gerer gestion saisie saisir saisissait traitait traiter instruit instruisait instruction
  declarations declaration dossiers paie suivi suivait planning plannings preparer prepare preparait preparation remplir remplit
  remplissait distribuer distribue distribuait distribution verifier verifie verifiait`);
const OTHER_PEOPLE = set(`salaries salariees employes employees agents collaborateurs collaboratrices personnel equipes equipe patients
  clients usagers eleves residents beneficiaires adherents candidats interimaires`);
const POSSESSIVES = set(`son sa ses leur leurs votre vos mon ma mes`);
const PLURAL_DETS = set(`les des d'`);
/**
 * The term is someone else's, or knowledge, in a job sentence: "connaît bien les troubles dys",
 * "AVS auprès d'un enfant autiste", "gérait les arrêts maladie des salariés". A possessive before
 * the term ("sa maladie") keeps it personal.
 */
export function othersFrame(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 5 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (toks[k].k === Kind.Punct || POSSESSIVES.has(t)) break;
    if (KNOW.has(t) || OTHERS_WORK.has(t)) return true;
    // "suivi pour des crises d'angoisse", "traité pour des migraines": a reason of care, not a duty
    if (t === 'pour') break;
    // not "prépare les piluliers de sa mère": a relative's care
    if (DUTY.has(t) && PLURAL_DETS.has(toks[from - 1]?.t ?? '')) return !(/^(de|du|d')$/.test(toks[to]?.t ?? '') && POSSESSIVES.has(toks[to + 1]?.t ?? ''));
  }
  // "les arrêts maladie des salariés"
  const a = toks[to];
  const b = toks[to + 1];
  if (!a || !b || a.sn !== sn || b.sn !== sn) return false;
  if ((a.t === 'des' || a.t === 'du') && OTHER_PEOPLE.has(b.t)) return true;
  return (a.t === "d'" || a.t === 'de') && coworkerAt(doc, to + 1, sn);
}
/** Workmates, not relatives: "l'accident du travail d'un collègue", "la maladie de sa collègue" (a relative's health stays a finding). */
const COWORKERS = set(`collegue collegues coequipier coequipiere coequipiers binome salarie salariee ouvrier ouvriere apprenti apprentie
  stagiaire interimaire camarade`);
const COWORKER_DETS = set(`un une son sa ses leur`);
function coworkerAt(doc: Doc, k: number, sn: number): boolean {
  const toks = doc.tokens;
  const d = toks[k];
  const w = toks[k + 1];
  return !!d && !!w && d.sn === sn && w.sn === sn && COWORKER_DETS.has(d.t) && COWORKERS.has(w.t);
}

/** Verbs that place a person somewhere for a while: "est resté trois semaines à l'hôpital". */
const STAY = set(`est etait sera serait sont etaient reste restee restes restees rester passe passee passes passer sejourne sejournee
  sejourner retourne retournee rentre rentree conduit conduite emmene emmenee transporte transportee evacue evacuee admis admise
  hospitalise hospitalisee interne internee place placee transfere transferee envoye envoyee finit fini finie atterri atterrie termine terminee sortie sorti sort
  va vont ira allee alle rend rendu rendue frequente frequenter frequentait revient revenu revenue encore toujours actuellement`);
/** Job wording in the sentence: the place is a workplace ("a passé dix ans à l'hôpital comme brancardier"). */
const JOBISH = set(`comme tant poste postes emploi emplois stage stages mission missions travaille travailler travaillait travaille
  cdd cdi interim contrat contrats agent agente employe employee embauche embauchee recrute recrutee candidature candidatures postule
  postuler offre offres vacation vacations benevole benevolat metier metiers`);
/**
 * "est resté trois semaines à l'hôpital", "a passé un mois en clinique", "est en maison de repos":
 * a stay verb, then at most a duration or a date, then the preposition. A job word anywhere in the
 * sentence makes the place a workplace.
 */
export function stayAt(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  let k = from - 1;
  // "à l'hôpital", "à la clinique", "à la maternité"
  if (k >= 0 && (toks[k].t === "l'" || toks[k].t === 'la')) k--;
  if (k < 0 || toks[k].sn !== sn || !STAY_PREPS.has(toks[k].t)) return false;
  if (sentenceHas(doc, from, JOBISH)) return false;
  // "va à la clinique pour livrer le linge": an errand, not a stay ("pour se faire opérer" stays one)
  for (let j = from + 1; j < Math.min(toks.length, from + 5) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j++) {
    if (toks[j].t !== 'pour') continue;
    const v = toks[j + 1];
    if (v && v.sn === sn && /(?:er|ir|re)$/.test(v.t) && v.t !== 'faire' && v.t !== 'etre') return false;
    break;
  }
  for (let j = k - 1, n = 0; j >= 0 && n < 5 && toks[j].sn === sn; j--, n++) {
    const t = toks[j];
    // "coma au CHU, puis cinq mois en MPR": a length of stay listed after the events, no verb
    if ((t.k === Kind.Punct || t.t === 'puis') && n > 0 && DURATION_UNITS.has(toks[j + 1]?.t ?? '') === false && DURATION_UNITS.has(toks[k - 1]?.t ?? '')) return t.t === 'puis' || t.t === ',';
    if (t.k === Kind.Punct) return false;
    if (STAY.has(t.t)) return true;
    // "a fait trois semaines en clinique psy": "fait" stays only with the length of the stay
    if (n > 0 && (t.t === 'fait' || t.t === 'refait') && DURATION.has(toks[j + 1].t)) return true;
    if (!(t.k === Kind.Number || DURATION.has(t.t) || DETS.has(t.t))) return false;
  }
  return false;
}
const DURATION_UNITS = set(`jour jours nuit nuits semaine semaines mois an ans annee annees`);
const STAY_PREPS = set(`en a au aux dans de du d'`);
const DURATION = set(`un une deux trois quatre cinq six sept huit neuf dix quinze jour jours nuit nuits semaine semaines mois an ans
  annee annees journee journees quelques plusieurs longtemps`);

/** Staff of a care or medico-social facility: "éducateur en MAS", "infirmière en HAD", "AES dans un foyer de vie". */
const STAFF = set(`educateur educatrice educateurs educatrices moniteur monitrice aes amp ash soignant soignante soignants infirmier infirmiere
  infirmiers infirmieres animateur animatrice coordinateur coordinatrice coordonnateur coordonnatrice intervenant intervenante intervenants
  travailleur travailleuse directeur directrice psychologue cuisinier cuisiniere veilleur veilleuse maitresse accompagnant accompagnante
  benevole benevoles salarie salariee salaries embauche embauchee recrute recrutee candidate candidater interne internes secretaire
  brancardier brancardiere aide-soignant aide-soignante`);
/** The facility as the subject of a hiring verb: "le HAD de la région recrute", "le SMR embauche". */
const HIRES = set(`recrute recrutent recrutait embauche embauchent embauchait cherche cherchent recherche recherchent`);
/**
 * A facility named as a workplace: a job word in the clause before it ("poste d'infirmière en HAD",
 * "travaille comme aide-soignante en FAM", "stage d'AES dans un foyer de vie"), or "comme" / "en
 * tant que" or a hiring verb just after ("en ACT comme travailleur social", "le HAD de la région recrute"). The person's educator elsewhere in the
 * sentence ("orienté vers le SAMSAH par son éducateur") does not count.
 */
export function workplaceNear(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 8) && toks[k].sn === sn; k--) {
    if (toks[k].k === Kind.Punct && toks[k].t !== "'") break;
    if (JOBISH.has(toks[k].t) || STAFF.has(toks[k].t)) return true;
  }
  for (let k = to; k < Math.min(toks.length, to + 4) && toks[k].sn === sn; k++) {
    if (toks[k].k === Kind.Punct) break;
    if (toks[k].t === 'comme' || toks[k].t === 'tant' || HIRES.has(toks[k].t)) return true;
  }
  return false;
}

/** Does the sentence of token `i` contain one of `words`? Read once per sentence and word set. */
export function sentenceHas(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  const sn = doc.tokens[i].sn;
  let bySet = cache.get(doc);
  if (!bySet) { bySet = new Map(); cache.set(doc, bySet); }
  let bySentence = bySet.get(words);
  if (!bySentence) { bySentence = new Map(); bySet.set(words, bySentence); }
  let found = bySentence.get(sn);
  if (found === undefined) {
    const [s, e] = doc.sentences[sn] ?? [0, doc.tokens.length];
    found = false;
    const ts = tokenSetOf(words); // by the tokens' hashes: most of the sentence's words are not read
    for (let k = s; k < e && !found; k++) if (ts.has(doc.tokens[k])) found = true;
    bySentence.set(sn, found);
  }
  return found;
}
const cache = new WeakMap<Doc, Map<ReadonlySet<string>, Map<number, boolean>>>();

/**
 * `sentenceHas` for one word set, remembering its last answer: hits come in text order, so the
 * next hit is most often in the same sentence and costs no map lookup.
 */
function sentenceFlag(words: ReadonlySet<string>): (doc: Doc, i: number) => boolean {
  let lastDoc: Doc | null = null;
  let lastSn = -1;
  let last = false;
  return (doc, i) => {
    const sn = doc.tokens[i].sn;
    if (doc !== lastDoc || sn !== lastSn) { lastDoc = doc; lastSn = sn; last = sentenceHas(doc, i, words); }
    return last;
  };
}

/** Research and study verbs and nouns: "un laboratoire qui étudie le vitiligo", "travaille sur la maladie de Lyme". */
const STUDY_VERBS = set(`etudie etudient etudiait etudiaient etudier modelise modeliser decrypte decrypter caracterise caracteriser`);
/** Nouns and participles whose complement is a topic: "recherche sur le diabète", "spécialisé dans l'autisme". */
const TOPIC_HEADS = set(`recherche recherches etude etudes travaux travaille travaillent travaillait travailler essai essais these theses
  publication publications publie specialise specialisee specialises specialisees dedie dediee dedies dediees consacre consacree
  consacres consacrees expertise expert experte experts`);
const TOPIC_PREPS = set(`sur dans en a au aux`);
const STUDY_GATE = set(`${[...STUDY_VERBS].join(' ')} ${[...TOPIC_HEADS].join(' ')}`);
const hasStudyWord = sentenceFlag(STUDY_GATE);
/**
 * The term is a research or study topic, or the field of a workplace: "un laboratoire de
 * dermatologie qui étudie le vitiligo", "un projet de recherche sur la maladie de Lyme", "une
 * association spécialisée dans l'autisme". A possessive before the term ("étudie son diabète")
 * keeps it personal.
 */
export function studyFrame(doc: Doc, from: number): boolean {
  // most sentences have no study word: read each sentence once, not each hit's neighbourhood
  if (!hasStudyWord(doc, from)) return false;
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  let other = 0;
  for (let k = from - 1; k >= 0 && k > from - 8 && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (POSSESSIVES.has(t)) return false;
    if (STUDY_VERBS.has(t)) return true;
    // "travaille en crèche et a une sclérose en plaques": the verb « a » opens the person's own predicate
    if (t === 'a' && doc.raw(k) === 'a' && /^(et|mais|qui|puis|il|elle)$/.test(toks[k - 1]?.t ?? '')) return false;
    if (TOPIC_PREPS.has(t)) {
      // "recherche sur", "spécialisée dans", "dédiée aux", with at most one adjective between ("recherche clinique sur")
      for (let j = k - 1; j >= Math.max(0, k - 2) && toks[j].sn === sn; j--) if (TOPIC_HEADS.has(toks[j].t)) return true;
      continue;
    }
    if (DETS.has(t) || t === 'et' || t === 'ou' || t === ',') continue;
    if (toks[k].k !== Kind.Word || ++other > 1) return false;
  }
  return false;
}

/** Jobs and acts for which drugs and devices are products: "visiteur médical", "préparatrice", "il présentait le Kardegic aux cardiologues". */
const PRODUCT_JOBS = set(`visiteur visiteuse visiteurs delegue deleguee delegues deleguees pharmacien pharmacienne pharmaciens preparateur
  preparatrice preparateurs officine officines pharmaceutique pharmaceutiques representant representante commercial commerciale commerciaux
  promotion promouvoir promouvait promeut prescripteur prescripteurs grossiste grossistes repartiteur dispensation dispensait dispenser
  delivrait delivrer delivrance delivre delivrees demarchait demarcher demarchage industrie laboratoires medtronic sanofi servier pfizer novartis biomedical biomedicale
  vend vendre vendait vendu vente ventes vendeur vendeuse revendeur commercialise commercialiser fabrique fabriquer fabrication fabricant
  conditionnement conditionnait catalogue stock stocks magasinier distribue distribuait distribuer distribution administre administrait
  administrer audioprothesiste audioprothesistes opticien opticienne opticiens appareilleur appareilleuse orthopediste orthoprothesiste
  orthopedie essayage essayages parapharmacie commandes`);
/** The person takes or wears it: "elle prend du Xanax", "sous Lexomil", "porteur d'un pacemaker". */
const OWN_USE = set(`prend prends prenait prenais prendre pris prise sous avale avalait traitement dose doses prescrit prescrite prescrits
  porte porteur porteuse porter portait lui me m' se s' son sa ses mon ma mes leur leurs votre vos dependant dependante dependance
  accro addiction addict consomme consommait consommer consommation abus suit suivait suivra entame entamait`);
const HAVE = set(`a ai avait avais ont avaient`);
const INDEF = set(`un une des du de d'`);
/**
 * A drug or a device named as the product of a job: "Visiteur médical, il présentait le Kardegic
 * et le Previscan aux cardiologues", "préparatrice, elle délivrait la méthadone". A use word right
 * before ("elle prend du Xanax", "sous Lexomil", "porteur d'un pacemaker") keeps it the person's.
 */
export function productContext(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  if (!hasProductJob(doc, from)) return false;
  for (let k = from - 1; k >= 0 && k >= from - 4 && toks[k].sn === sn; k--) {
    if (toks[k].k === Kind.Punct && toks[k].t !== "'") break;
    // "prise de mesures pour bas de contention": a fitting done by the seller, not a dose taken
    if (toks[k].t === 'prise' && /^(de|des)$/.test(toks[k + 1]?.t ?? '') && /^mesures?$/.test(toks[k + 2]?.t ?? '')) continue;
    if (OWN_USE.has(toks[k].t)) return false;
  }
  // "il a un pacemaker"
  return !(INDEF.has(toks[from - 1]?.t ?? '') && HAVE.has(toks[from - 2]?.t ?? ''));
}
/** Is the sentence of token `i` about a job with drugs or devices as products? */
export function productSentence(doc: Doc, i: number): boolean {
  return hasProductJob(doc, i);
}
const hasDispensing = sentenceFlag(PRODUCT_JOBS);
/** Words of a birth: "délivrance" is then the placenta's ("hémorragie de la délivrance"), not a pharmacy's dispensing. */
const BIRTH_WORDS = set(`hemorragie accouchement accouche accouchee placenta post-partum postpartum cesarienne`);
const hasBirthWord = sentenceFlag(BIRTH_WORDS);
const hasProductJob = (doc: Doc, i: number): boolean => hasDispensing(doc, i) && !hasBirthWord(doc, i);

const FAMILY = set(`famille familles`);
const FAMILY_DETS = set(`sa la leur ma ta votre notre toute`);
/** Words saying a condition recurs in a family: "touche plusieurs membres de sa famille", "fréquent dans sa famille". */
const RUNS = set(`touche touchent touchait touchaient touches touchees frappe frappent frappait frappaient concerne concernent concernait
  frequent frequente frequents frequentes courant courante courants courantes repandu repandue repandus repandues cas hereditaire
  hereditaires transmis transmise transmises herite heritee herites heritees generation generations`);
const FAMILIAL = set(`familial familiale familiaux familiales`);
const FAMILY_GATE = set(`famille familles familial familiale familiaux familiales hereditaire hereditaires`);
const COPULAS = set(`est sont etait etaient`);
const hasFamilyWord = sentenceFlag(FAMILY_GATE);
/** "antécédents familiaux de cancer", "histoire familiale de diabète". */
const HISTORY = set(`antecedent antecedents atcd atcds histoire terrain cas`);
/**
 * A condition said to run in the family: "La chorée de Huntington touche plusieurs membres de sa
 * famille", "le diabète est fréquent dans sa famille", "cancer familial", "antécédents familiaux de
 * cancer du sein". A possessive before the term ("son cancer") keeps it the person's condition.
 * Reads at most a dozen tokens around the term.
 */
export function familyRun(doc: Doc, from: number, to: number): boolean {
  // "famille", "familial" in the sentence: read once per sentence
  if (!hasFamilyWord(doc, from)) return false;
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  // "cancer familial", "forme familiale"
  if (FAMILIAL.has(at(to)?.t ?? '')) return true;
  // "antécédents familiaux de cancer"
  for (let k = from - 1, n = 0; n < 4 && at(k); k--, n++) {
    const t = toks[k].t;
    if (FAMILIAL.has(t)) return HISTORY.has(at(k - 1)?.t ?? '');
    if (!DETS.has(t)) break;
  }
  if (POSSESSIVES.has(at(from - 1)?.t ?? '')) return false;
  // "X touche plusieurs membres de sa famille", "plusieurs cas de X dans sa famille", "dans sa famille, X est fréquent"
  let family = false;
  let runs = false;
  for (let k = Math.max(0, from - 6); k < to + 9 && at(k); k++) {
    if (k >= from && k < to) continue;
    const t = toks[k];
    if (t.k === Kind.Punct && t.t !== ',' && t.t !== "'") { if (k < from) { family = false; runs = false; continue; } break; }
    // "sa mère et son frère sont aussi diabétiques, c'est héréditaire"
    if (k >= to && (t.t === 'hereditaire' || t.t === 'hereditaires') && COPULAS.has(at(k - 1)?.t ?? '')) return true;
    if (FAMILY.has(t.t) && FAMILY_DETS.has(at(k - 1)?.t ?? '')) family = true;
    // "plusieurs cas de cancer", not "en cas de malaise"
    else if (RUNS.has(t.t) && (t.t !== 'cas' || at(k - 1)?.t !== 'en')) runs = true;
  }
  return family && runs;
}

/** Groups of people a job serves or a team gathers: their conditions are not the person's. */
const SERVED = set(`personnes patients patientes residents residentes beneficiaires usagers usageres clients clientes malades public publics
  adultes seniors gens pensionnaires stagiaires salaries salariees collegues apprenants participants familles`);
/** Young people are served only when named indefinitely ("auprès d'enfants autistes", "des jeunes atteints de"). */
const SERVED_YOUNG = set(`enfants eleves jeunes adolescents ados bebes nourrissons`);
const SERVED_DETS = set(`des de d' aux les ces`);
/** Some of a group: "dont plusieurs atteintes de", "certains souffrent de". */
const SOME = set(`dont plusieurs certains certaines beaucoup majorite nombreux nombreuses plupart moitie tous toutes`);
const PLURAL_PRED = set(`atteints atteintes souffrent souffrant souffrants souffrantes touches touchees presentant porteurs porteuses vivant
  diagnostiques diagnostiquees malades`);
const THEIR = set(`leur leurs`);
function servedGroupAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (SERVED.has(t.t) || SOME.has(t.t)) return true;
  return SERVED_YOUNG.has(t.t) && SERVED_DETS.has(doc.tokens[k - 1]?.t ?? '');
}
/**
 * The condition belongs to the people a job serves: "accompagne des personnes atteintes de la
 * maladie d'Alzheimer", "dont plusieurs atteintes de…", "ses bénéficiaires souffrent de…",
 * "auprès d'enfants autistes", "ne pas nommer les résidents ni leurs pathologies". Reads a few
 * tokens before the term (and the sentence once for "leur").
 */
export function servedPublic(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k] : undefined);
  if (coordinatedPublic(doc, from)) return true;
  // "des personnes autistes", "de patients diabétiques": the term qualifies the group
  // "dont plusieurs autistes", "Dans l'équipe, plusieurs diabétiques…" (not "a eu plusieurs fractures", "fume plusieurs joints": a count of the person's own)
  if (servedGroupAt(doc, from - 1) && at(from - 1) && (SERVED_DETS.has(at(from - 2)?.t ?? '') || (SOME.has(toks[from - 1].t) && groupOpener(at(from - 2))))) return true;
  // "l'accueil de stagiaires en situation de handicap": the same group before "en"
  if (at(from - 1)?.t === 'en' && servedGroupAt(doc, from - 2) && at(from - 2) && (SERVED_DETS.has(at(from - 3)?.t ?? '') || SOME.has(toks[from - 2].t))) return true;
  // "leurs pathologies" after a group named earlier in the sentence
  if (THEIR.has(at(from - 1)?.t ?? '')) {
    for (let k = from - 2; k >= Math.max(0, from - 12) && at(k); k--) if (SERVED.has(toks[k].t) || SERVED_YOUNG.has(toks[k].t)) return true;
  }
  // "accueillir un stagiaire autiste", "encadre une apprentie sourde": one person a job serves, after a serving verb
  if (SERVED_ONE.has(at(from - 1)?.t ?? '') && ONE_DETS.has(at(from - 2)?.t ?? '') && SERVE_VERBS.has(at(from - 3)?.t ?? '')) return true;
  // "a accompagné à la cantine deux enfants en situation de handicap", "encadre trois stagiaires autistes": a count of people a job serves
  const g = at(from - 1)?.t === 'en' ? from - 2 : from - 1;
  if (at(g) && (SERVED.has(toks[g].t) || SERVED_YOUNG.has(toks[g].t)) && servedCount(doc, g - 1)) return true;
  if (carriedTo(doc, from)) return true;
  // "personnes atteintes de la maladie de…", "dont plusieurs atteintes de…", "ses bénéficiaires souffrent de…"
  let k = from;
  if (!PLURAL_PRED.has(toks[k].t)) {
    k = from - 1;
    for (let n = 0; n < 4 && at(k) && DETS.has(toks[k].t); n++) k--;
    if (!at(k) || !PLURAL_PRED.has(toks[k].t)) return false;
  }
  for (let j = k - 1; j >= Math.max(0, k - 3) && at(j); j--) {
    if (servedGroupAt(doc, j)) return true;
    // "d'un résident présentant des troubles de la déglutition": one person the job serves
    if (SERVED_ONE.has(toks[j].t) && ONE_DETS.has(at(j - 1)?.t ?? '')) return true;
    if (toks[j].k === Kind.Punct && toks[j].t !== ',') return false;
  }
  return false;
}

/** Before "plusieurs" / "certains": a group named just before ("dont", "parmi", "des jeunes, certains…"), not a verb of the person. */
const GROUP_OPENERS = set(`dont parmi entre`);
function groupOpener(t: Token | undefined): boolean {
  return !!t && (GROUP_OPENERS.has(t.t) || SERVED.has(t.t) || SERVED_YOUNG.has(t.t));
}

/** One person a job serves, named indefinitely before a participle: "un résident présentant…", "une patiente atteinte de…". */
const SERVED_ONE = set(`resident residente patient patiente pensionnaire usager usagere malade enfant eleve personne client cliente
  stagiaire apprenti apprentie alternant alternante jeune benevole salarie salariee collegue adolescent adolescente`);
const ONE_DETS = set(`un une d'un d'une chaque tel telle`);
const COUNT_WORDS = set(`deux trois quatre cinq six sept huit neuf dix douze quinze vingt plusieurs quelques`);
const OWNERS = set(`ses son sa leurs leur mes mon ma nos vos`);
/** A count at `c` after a serving verb a few tokens before ("accompagne à la cantine deux…"), not the person's own ("a deux enfants", "ses deux enfants"). */
function servedCount(doc: Doc, c: number): boolean {
  const toks = doc.tokens;
  const sn = toks[c + 1]?.sn;
  if (!toks[c] || toks[c].sn !== sn || !(toks[c].k === Kind.Number || COUNT_WORDS.has(toks[c].t))) return false;
  for (let k = c - 1; k >= Math.max(0, c - 6) && toks[k].sn === sn; k--) {
    if (SERVE_VERBS.has(toks[k].t)) return true;
    if (toks[k].k === Kind.Punct || OWNERS.has(toks[k].t)) return false;
  }
  return false;
}

/** Verbs of a job that takes someone in: "accueillir un stagiaire autiste", "tutorer une apprentie dyslexique". */
const SERVE_VERBS = set(`accueillir accueille accueillait accueilli accueillie accueil accompagner accompagne accompagnait encadrer encadre
  encadrait tutorer tutore tutorait integrer integre integrait former forme formait aider aide aidait recruter recrute recrutait epauler
  inclure inclut inclusion suivre suit suivait`);
/** Carrying people to care: "transporte des patients vers les centres de dialyse", "conduit ses clients à leurs séances de chimio". */
const CARRY = set(`transporte transportent transporter transportait transportaient transport transports conduit conduire conduisait conduisent
  emmene emmener emmenait accompagne accompagner accompagnait achemine acheminer ramene ramener ramenait raccompagne raccompagner
  depose deposer deposait navette navettes trajets trajet courses course livre livrer livrait dessert desservir`);
const CARRIED = set(`patients patientes malades personnes usagers clients clientes residents residentes passagers enfants beneficiaires
  dialyses seniors`);
const SUBJECTS = set(`il elle ils elles lui on je j' qui sa son ses`);
const TO_PLACE = set(`vers aux au a jusqu'aux jusqu'au jusqu'a dans entre pour depuis`);
/** A verb of a job that carries or takes in people ("conduit des malades", "accompagne des malades"). */
export function carriesPeople(t: string | undefined): boolean {
  return !!t && (CARRY.has(t) || SERVE_VERBS.has(t));
}
/** The term names a place or a care people are carried to, in a transport job sentence. */
function carriedTo(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let dest = false;
  for (let k = from - 1; k >= Math.max(0, from - 12) && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if ((toks[k].k === Kind.Punct && t !== ',') || SUBJECTS.has(t)) return false;
    if (TO_PLACE.has(t)) { dest = true; continue; }
    if (dest && CARRIED.has(t)) {
      for (let j = k - 1; j >= Math.max(0, k - 3) && toks[j].sn === sn; j--) if (CARRY.has(toks[j].t)) return true;
      return false;
    }
  }
  return false;
}

/** Groups served, coordinated with a care situation: "chez des personnes âgées et en sortie d'hospitalisation". */
function coordinatedPublic(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.t === 'en' || toks[k]?.t === 'a' || toks[k]?.t === 'au' || toks[k]?.t === 'aux') k--;
  if (!toks[k] || toks[k].sn !== sn || (toks[k].t !== 'et' && toks[k].t !== 'ou' && toks[k].t !== ',')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j].sn === sn; j--) {
    if (POSSESSIVES.has(toks[j].t) || (toks[j].k === Kind.Punct && toks[j].t !== ',')) return false;
    if (SERVED.has(toks[j].t) && SERVED_DETS.has(toks[j - 1]?.t ?? '')) return true;
  }
  return false;
}

/** Disciplines of a lab, a course or a job: "biologie des tumeurs", "immunologie du cancer". */
const DISCIPLINES = set(`biologie physiologie physiopathologie immunologie histologie cytologie anatomopathologie pharmacologie epidemiologie
  genetique genomique imagerie neurobiologie biochimie oncobiologie virologie bacteriologie microbiologie`);
/** Is the term at `from` the object of a discipline ("biologie des tumeurs")? */
export function disciplineOf(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.t === 'la' || toks[k]?.t === "l'") k--;
  if (!toks[k] || toks[k].sn !== sn || !/^(des|du|de|d')$/.test(toks[k].t)) return false;
  return !!toks[k - 1] && toks[k - 1].sn === sn && DISCIPLINES.has(toks[k - 1].t);
}

/** Transport businesses whose passengers go to care: "taxi conventionné", "société d'ambulances", "chauffeur VSL". */
const TRANSPORT_JOBS = set(`taxi taxis ambulance ambulances ambulancier ambulanciere ambulanciers vsl conventionne conventionnes chauffeur chauffeuse
  transporteur sanitaire sanitaires navette navettes`);
/** Nouns of a trip or a carrying activity: "trajets vers le centre de dialyse", "le transport de dialysés". */
const TRIPS = set(`trajet trajets navette navettes course courses transport transports tournee tournees deplacements`);
/** Equipment and documents a job handles: "les générateurs de dialyse", "les courriers de sortie d'hospitalisation". */
const HANDLED = set(`generateur generateurs machine machines appareil appareils materiel materiels moniteur moniteurs pompe pompes
  courrier courriers lettre lettres bulletin bulletins formulaire formulaires compte-rendu comptes-rendus bon bons planning plannings
  facturation factures facture protocole protocoles`);
/** Plans for others' emergencies: "suit les PAI en cas de crise d'épilepsie", "applique les protocoles en cas d'allergie". */
const PLANS = set(`pai pap pps protocole protocoles procedure procedures consignes plan plans gestes fiches conduite`);
const OWN = set(`son sa ses mon ma mes votre vos leur leurs notre nos`);
/**
 * The care term belongs to the people a job serves or to what it handles, not to the person:
 * "trajets vers le centre de dialyse" and "le transport de dialysés" in a taxi or ambulance
 * sentence, "les générateurs de dialyse", "les courriers de sortie d'hospitalisation", "suit les
 * PAI en cas de crise d'épilepsie". A possessive before the care term keeps it personal.
 */
export function servedCare(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k] : undefined);
  const p1 = at(from - 1);
  if (!p1 || OWN.has(p1.t)) return false;
  // "générateurs de dialyse", "courriers de sortie d'hospitalisation", "transport de dialysés"
  if (p1.t === 'de' || p1.t === "d'" || p1.t === 'des' || p1.t === 'du') {
    const h = at(from - 2);
    if (h && (HANDLED.has(h.t) || (TRIPS.has(h.t) && sentenceHas(doc, from, TRANSPORT_JOBS))) && !OWN.has(at(from - 3)?.t ?? '')) return true;
  }
  // "en cas de crise d'épilepsie ou d'allergie" after the plans of others ("les PAI", "des protocoles")
  for (let k = from - 1, n = 0; n < 10 && at(k); k--, n++) {
    const t = toks[k].t;
    if (OWN.has(t)) return false;
    if (t === 'cas' && at(k - 1)?.t === 'en') {
      for (let j = k - 2, m = 0; m < 6 && at(j); j--, m++) if (PLANS.has(toks[j].t) && /^(les|des|aux)$/.test(at(j - 1)?.t ?? '')) return true;
      break;
    }
  }
  // "trajets vers le centre de dialyse, les séances de chimiothérapie": trips to care in a transport job sentence
  let dest = false;
  for (let k = from - 1, n = 0; n < 14 && at(k); k--, n++) {
    const t = toks[k].t;
    if (OWN.has(t) || (toks[k].k === Kind.Punct && t !== ',')) return false;
    if (t === 'vers' || t === 'au' || t === 'aux' || t === 'a' || t === 'jusqu\'au' || t === 'jusqu\'aux') { dest = true; continue; }
    if (dest && TRIPS.has(t)) return !OWN.has(at(k - 1)?.t ?? '') && (sentenceHas(doc, from, TRANSPORT_JOBS) || sentenceHas(doc, from, CARRIED));
  }
  // "le transport de dialysés et les consultations en oncologie font l'activité de la société d'ambulances": no one's own care
  return sentenceHas(doc, from, TRANSPORT_JOBS) && sentenceHas(doc, from, TRIPS) && !sentenceHas(doc, from, PERSONAL);
}
const PERSONAL = set(`il elle je j' me m' moi lui son sa ses mon ma mes monsieur madame mme adherent adherente beneficiaire`);
