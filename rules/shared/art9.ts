/**
 * Context helpers shared by the special-category rules (`sante`, `handicap-statut`,
 * `genetique-biometrie`, `vie-sexuelle`): is the term about the accompanied person or about a job,
 * a sector or a training? is it stated as absent? how far does the sensitive phrase reach? and how
 * to word the neutral replacement without breaking the sentence (articles, « est » → « a »).
 *
 * These are stricter than the generic helpers of lib/lint/context.ts on purpose: health words are
 * frequent after job words in ordinary reporting sentences ("il a quitté son poste à cause d'une
 * dépression"), so a frame only counts when it governs the term directly.
 */
import type { Doc } from '../../lib/lint/document.ts';
import { Kind } from '../../lib/lint/tokenize.ts';
import { replaceFix } from '../../lib/lint/rule.ts';
import type { Fix } from '../../lib/lint/types.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Explicit references to the accompanied person or a relative (no bare verbs). */
export const STRICT_PERSON = set(`il elle elles ils vous adherent adherente beneficiaire monsieur madame m mme mr mlle
  interesse interessee candidat candidate jeune son sa ses votre vos lui je j' me m' mon ma mes moi leur leurs
  accompagne accompagnee mari epouse conjoint conjointe compagnon compagne fils fille enfant pere mere frere soeur
  stagiaire salarie salariee`);

/** Possessive determiners: "ses empreintes", "son handicap", "sa fille". */
export const POSSESSIVE = set(`son sa ses votre vos mon ma mes leur leurs`);

/**
 * Words that, right before a term (only articles and prepositions between), make it a job, a
 * sector, a service, a training or a public rather than the person's own condition.
 * TAXONOMY §2.2 and §2.4.
 */
const FRAME = set(`metier metiers poste postes emploi emplois secteur secteurs domaine domaines filiere filieres branche
  travailler travaille travaillait travaillant exercer exerce auprès aupres formation formations diplome diplomee diplomes
  bts cap bac dut but licence master doctorat ecole institut technicien technicienne techniciens agent agente agents
  conseiller conseillere conseillers entreprise entreprises employeur employeurs structure structures etablissement
  etablissements cabinet laboratoire labo centre centres societe association associations clinique enquete stage stages
  module modules cours concours public publics usagers patients clients clientele referent referente mission politique
  cellule specialise specialisee specialises specialisees specialisation specialite fabricant fabricants fabrication
  magasin boutique atelier ateliers sensibilisation recrute recrutement service services unite unites pole poles
  infirmier infirmiere infirmiers infirmieres soignant soignante soignants aide educateur educatrice educateurs moniteur
  monitrice medecin medecins psychologue psychologues chercheur chercheuse recherche ingenieur ingenieure auxiliaire
  accompagner accompagnement accompagnant accompagnante accueillir accueil accueille prevention depistage lutte
  campagne colloque conference journee forum salon semaine programme dispositif referentiel chef cadre directeur directrice
  accessible accessibles accessibilite risque risques exposition expose exposee exposes exposees ash ide aes brancardier
  ambulancier ambulanciere pharmacien pharmacienne preparateur preparatrice kine kinesitherapeute puericultrice manipulateur
  vend vendre vendait vendeur vendeuse vente ventes commercialise commercialiser fabrique fabriquer distribue distribuer livre livrer
  livraison livreur negoce magasinier collecte collectes
  responsable benevole benevolat ehpad ime itep sessad foyer mas fam residence hopital ars`);

/** Words skipped when looking back for a frame: articles, prepositions, generic publics. */
const FRAME_SKIP = set(`de du des la le les l' d' en a au aux dans pour avec sur un une et
  personne personnes enfants adultes jeunes public publics patients usagers residents malades beneficiaires eleves
  seniors agees age ages atteints atteintes atteinte atteint souffrant souffrants presentant porteurs porteuses vivant vivants
  situation en`);

/**
 * Is the term at token `from` governed by a job / sector / training / public frame?
 * "secteur de la santé", "technicien de laboratoire en génétique", "travailler auprès de personnes
 * en situation de handicap", "accompagner des enfants autistes". A possessive before the public
 * ("ses enfants autistes") is personal, not a frame.
 */
export function inFrame(doc: Doc, from: number, reach = 7): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  // "dispositifs de perfusion", "devis d'hospitalisation": a product or a price for a kind of care (bare "de", no article)
  if (from >= 2 && toks[from - 2].sn === sn && (toks[from - 1].t === 'de' || toks[from - 1].t === "d'") && GOODS.has(toks[from - 2].t) && !goodsOwner(doc, from)) return true;
  let k = from - 1;
  let n = 0;
  while (k >= 0 && n < reach && toks[k].sn === sn) {
    const t = toks[k];
    if (t.k === Kind.Punct) return false;
    if (POSSESSIVE.has(t.t)) return false;
    if (FRAME.has(t.t)) {
      // "aide" is a frame only as a job ("aide-soignante", "aide à domicile"), not "aide de son médecin"
      if (t.t === 'aide' && !(toks[k + 1]?.hyphen || toks[k + 1]?.t === 'a')) return false;
      // "sa foi l'a aidé à arrêter de boire", "le sport l'aide à …": the verb "aider", not the job
      if (t.t === 'aide' && !toks[k + 1]?.hyphen && AIDER_BEFORE.has(toks[k - 1]?.t ?? '')) return false;
      // "Plaquenil au long cours pour un lupus", "au cours d'une hospitalisation": a time, not a class
      if (t.t === 'cours' && (toks[k - 1]?.t === 'long' || toks[k - 1]?.t === 'au')) return false;
      // "dossier MDPH en cours pour l'AEEH", "demande en cours d'instruction pour l'AAH": in progress, not a class
      if (t.t === 'cours' && toks[k - 1]?.t === 'en' && (!/^(de|d'|du|des)$/.test(toks[k + 1]?.t ?? '') || IN_PROGRESS.has(toks[k + 2]?.t ?? ''))) return false;
      // "trois après-midi par semaine en dialyse": a week or a day is an event ("semaine du handicap", "journée
      // mondiale du diabète") only with its complement; otherwise it is a time
      if (TIME_FRAMES.has(t.t) && !EVENT_LINKS.has(toks[k + 1]?.t ?? '')) return false;
      // "jeune sans diplôme atteint de…", "sans emploi depuis son AVC": what the person lacks describes the person
      if (toks[k - 1]?.t === 'sans') return false;
      // "dans le cadre du parcours de PMA": the idiom "as part of", not a manager
      if (t.t === 'cadre' && toks[k - 1]?.t === 'le' && toks[k - 2]?.t === 'dans') return false;
      // "voit un éducateur du CSAPA", "suivi par une psychologue du CMP": the person meets the staff, a care relation
      if (MET_STAFF.has(t.t) && ARTICLES.has(toks[k - 1]?.t ?? '') && MEETS.has(toks[k - 2]?.t ?? '')) return false;
      // a place where care happens is not a frame for the patient ("hospitalisée dans le service de psychiatrie")
      if (PLACES.has(t.t) && clauseHasCare(doc, k)) return false;
      return true;
    }
    // an article opens a new noun phrase unless a preposition links it to what precedes:
    // "secteur de la santé" is a frame, "a évoqué en atelier le test ADN" is not
    if (ARTICLES.has(t.t) && !PREPOSITIONS.has(toks[k - 1]?.t ?? '')) return false;
    if (!FRAME_SKIP.has(t.t)) return false;
    k--;
    n++;
  }
  return false;
}

const TIME_FRAMES = set(`semaine journee`);
const EVENT_LINKS = set(`de du des d' nationale mondiale europeenne internationale sur`);
const ARTICLES = set(`le la les l' un une`);
/** A person near goods makes them the person's care ("il a reçu un kit de sevrage", "le forfait d'hospitalisation de sa fille"). */
const GOODS_OWNER = set(`il elle ils elles lui son sa ses leur leurs mon ma mes je j' me m' moi votre vos vous`);
function goodsOwner(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let j = from - 3; j >= Math.max(0, from - 8) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--) if (GOODS_OWNER.has(toks[j].t)) return true;
  for (let j = from + 1; j < Math.min(toks.length, from + 6) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j++) if (GOODS_OWNER.has(toks[j].t)) return true;
  return false;
}
/** Goods, supplies and price documents named after a kind of care: "matériel de dialyse", "devis d'hospitalisation". */
const GOODS = set(`dispositif dispositifs materiel materiels equipement equipements consommables appareil appareils pompe pompes poche poches
  kit kits devis tarif tarifs tarification forfait forfaits`);
/** Object pronouns and auxiliaries before "aide(r)" as a verb: "l'a aidé à", "les aide à", "ont aidée à". */
const AIDER_BEFORE = set(`a ai as ont avait avaient aura auront l' les lui leur m' t' s' me te se nous vous il elle ils elles ca cela qui va peut`);
/** What a file is "en cours de": "en cours d'instruction", "en cours de traitement" (not "en cours de biologie"). */
const IN_PROGRESS = set(`instruction traitement examen validation constitution renouvellement depot etude reconnaissance obtention attribution evaluation notification`);
/** Staff a person meets for care, and the verbs of meeting them: "voit un éducateur", "rencontre une psychologue", "suivie par un infirmier". */
const MET_STAFF = set(`educateur educatrice educateurs educatrices psychologue psychologues medecin medecins infirmier infirmiere infirmiers infirmieres
  referent referente moniteur monitrice`);
const MEETS = set(`voit voyait verra vu vue rencontre rencontrait rencontree consulte consultait consulter par voir rencontrer`);
const PREPOSITIONS = set(`de d' du des en a au aux dans pour sur avec aupres vers chez`);
const PLACES = set(`service services unite unites pole poles centre centres clinique hopital etablissement etablissements structure structures cabinet`);
const CARE_EVENTS = set(`hospitalise hospitalisee hospitalises hospitalisation admis admise soigne soignee suivi suivie suivis traite traitee sejour
  opere operee interne internee sorti sortie sort passe passee transfere transferee reste restee restes restees rester sejourne sejournee
  conduit conduite emmene emmenee evacue evacuee dialyse dialysee dialyses dialysees transfuse transfusee perfuse perfusee greffe greffee`);
function clauseHasCare(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  for (let j = k - 1; j >= Math.max(0, k - 8) && toks[j].sn === toks[k].sn; j--) {
    if (toks[j].k === Kind.Punct) break;
    if (CARE_EVENTS.has(toks[j].t)) return true;
  }
  return false;
}

/** Plural generic publics: "des enfants autistes", "personnes atteintes de…" are a public, not the person. */
const PUBLICS = set(`personnes enfants adultes jeunes patients public publics residents usagers eleves seniors salaries travailleurs
  malades beneficiaires gens femmes hommes populations familles adolescents clients collegues demandeurs candidats`);
const PUBLIC_SKIP = set(`de d' des du la les l' en situation atteints atteintes atteint atteinte souffrant souffrants porteurs porteuses
  presentant a au aux avec ayant vivant vivants un une et ou`);
const POSSESSION = set(`a avait ont avaient aura deux trois quatre cinq 2 3 4 5 ses son sa leurs leur`);

/** Is the term a description of a public ("des enfants autistes", "personnes atteintes d'Alzheimer")? */
export function genericPublic(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 5 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (PUBLICS.has(t)) {
      // "ses enfants", "deux enfants", "a des enfants" are the person's own relatives
      const p = toks[k - 1];
      if (!p || p.sn !== sn) return true;
      if (POSSESSION.has(p.t)) return false;
      if ((p.t === 'des' || p.t === 'les') && toks[k - 2] && POSSESSION.has(toks[k - 2].t)) return false;
      return true;
    }
    if (!PUBLIC_SKIP.has(t)) return false;
  }
  return false;
}

const NEG_STRONG = set(`aucun aucune aucuns aucunes sans ni jamais absence exempt exempte exempts nul nulle`);
const NEG_SKIP = set(`de d' du des la le les l' un une probleme problemes trouble troubles contrainte contraintes
  antecedent antecedents signe signes particulier particuliere particuliers particulieres connu connue connus connues
  declare declaree declares mention ne n' a ont avoir eu ete est etait sont etre fait presente presentait souffre
  souffert souffrait type forme sante medical medicale medicaux suivi traitement element elements notion indication
  fait etat actuel actuelle actuellement jamais ete diagnostique diagnostiquee en reconnu reconnue comme considere consideree
  situation`);

/**
 * Absence, stated close to the term: "aucune contrainte de santé", "pas de traitement",
 * "n'est pas diabétique", "n'a jamais été hospitalisé", "sans RQTH". Only a few neutral words may
 * sit between, so "pas de travail de nuit à cause de son asthme" is not read as absence.
 * eval/README.md: absence is not a finding; past conditions are.
 */
export function absent(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 6 && toks[k].sn === sn; k--, n++) {
    const t = toks[k];
    if (t.k === Kind.Punct) return false;
    if (NEG_STRONG.has(t.t)) return true;
    // "ne … plus" says the condition was there: a past condition is still a finding ("ne fume plus
    // de cannabis", "n'a plus de traitement"), unlike "pas de …", "n'est pas …"
    if (t.t === 'plus') return false;
    if (t.t === 'pas' || t.t === 'point') {
      // "pas de …", "n'est pas …"; not "ne peut pas porter"
      const nx = toks[k + 1];
      if (nx && (nx.t === 'de' || nx.t === "d'" || nx.t === 'du' || nx.t === 'un' || nx.t === 'une')) return true;
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (toks[j].t === 'ne' || toks[j].t === "n'") return true;
      return false;
    }
    if (t.t === 'non' && k === from - 1) return true;
    if (!NEG_SKIP.has(t.t)) return false;
  }
  return false;
}

const NO_AFTER = set(`non aucun aucune neant ras nc na sans neg negatif negative`);
/**
 * Absence stated after the term, as in forms and checklists: "RQTH : non", "Traitement : néant",
 * "Handicap : aucun", "Grossesse - non".
 */
export function absentAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  let k = to;
  if (k < toks.length && toks[k].sn === toks[to - 1].sn && /^[:=\-–(/]$/.test(toks[k].t)) k++;
  const t = toks[k];
  if (!t || t.sn !== toks[to - 1].sn) return false;
  if (NO_AFTER.has(t.t)) return k === to ? t.t === 'non' && (toks[k + 1]?.sn !== t.sn || toks[k + 1]?.k === Kind.Punct) : true;
  // "RQTH : pas de dossier", "Traitement : pas de", "Handicap : pas concerné"; not a restriction that
  // follows from the condition: "ostéoporose : pas de port de charges", "asthme : pas de travail en silo"
  if (!(k > to && t.t === 'pas')) return false;
  const de = toks[k + 1];
  if (!de || de.sn !== t.sn || (de.t !== 'de' && de.t !== "d'")) return true;
  const obj = toks[k + 2];
  if (!obj || obj.sn !== t.sn || obj.k === Kind.Punct || ABSENT_OBJECT.has(obj.t)) return true;
  // a work restriction the condition brings is no absence, even when the condition heads its line:
  // "Lombalgie chronique : pas de port de charges", "Épilepsie : pas de travail en hauteur"
  if (RESTRICTION_OBJECT.has(obj.t)) return false;
  // a field label heading its line says the absence whatever is denied: "Allergies : pas d'allergie connue",
  // "Handicap : pas de RQTH"; in a clause the colon brings a restriction: "elle a de l'asthme : pas de travail en silo"
  return fieldLabel(doc, to);
}

/** Words of a clause, not of a field label: subject pronouns, articles, auxiliaries. */
const CLAUSE_WORDS = set(`il elle ils elles je j' on a ai as ont avait est sont etait de du des d' l' le la les un une son sa ses`);
/** The term ending at `to` is a label heading its sentence: "Allergies :", "Antécédents médicaux :". */
function fieldLabel(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  for (let k = to - 1; k >= Math.max(0, to - 4); k--) {
    const t = toks[k];
    if (t.k === Kind.Punct || CLAUSE_WORDS.has(t.t)) return false;
    if (t.first) return true;
  }
  return false;
}

/** What "X : pas de …" may deny of the term itself: a file, a request, a status, a follow-up. */
const ABSENT_OBJECT = set(`dossier dossiers demande demandes demarche demarches reconnaissance notification statut suivi
  traitement diagnostic antecedent antecedents souci soucis probleme problemes particularite objet information infos`);

/** What a restriction denies after a condition's colon: "pas de port de charges", "pas de travail de nuit". */
const RESTRICTION_OBJECT = set(`port travail travaux station conduite effort efforts manutention manutentions exposition gestes mouvements
  posture postures levage charge charges marche escalier escaliers horaires nuit hauteur`);

/** Training content about first aid: "massage cardiaque", "en cas d'arrêt cardiaque" in an SST module. */
// "gestes" alone is not first aid: "gestes fins", "gestes répétitifs" describe a person's limits.
const FIRST_AID = set(`sst psc1 psc secourisme secouriste secouristes secours defibrillateur dae`);
export function firstAidContext(doc: Doc, a: number): boolean {
  const sn = doc.tokens[a].sn;
  let bySentence = firstAidCache.get(doc);
  if (!bySentence) { bySentence = new Map(); firstAidCache.set(doc, bySentence); }
  let found = bySentence.get(sn);
  if (found === undefined) {
    // once per sentence (per hit, a long sentence was read again and again)
    const toks = doc.tokens;
    const [s, e] = doc.sentences[sn] ?? [0, toks.length];
    found = false;
    for (let k = s; k < e && !found; k++) {
      const t = toks[k].t;
      if (FIRST_AID.has(t) || (t === 'gestes' && toks[k + 1]?.t === 'qui' && toks[k + 2]?.t === 'sauvent')) found = true;
    }
    bySentence.set(sn, found);
  }
  return found;
}
const firstAidCache = new WeakMap<Doc, Map<number, boolean>>();

/** Prevention content, not a person's condition: "prévenir les troubles musculo-squelettiques", "risques de TMS". */
const PREVENTION = set(`prevenir prevention previent preventif preventive risque risques sensibilisation sensibiliser`);
export function preventionBefore(doc: Doc, a: number): boolean {
  const sn = doc.tokens[a].sn;
  for (let k = a - 1; k >= 0 && k >= a - 4 && doc.tokens[k].sn === sn; k--) if (PREVENTION.has(doc.tokens[k].t)) return true;
  return false;
}

/** Adjectives of severity or course that belong to the sensitive phrase ("dépression sévère"). */
const SEVERITY = set(`severe severes chronique chroniques lourd lourde lourds lourdes aigu aigue aigus aigues grave graves
  stabilise stabilisee stabilises stabilisees profond profonde profonds profondes leger legere legers legeres modere moderee
  moderes moderees invalidant invalidante invalidants invalidantes recidivant recidivante recidivants recidivantes
  persistant persistante persistants persistantes majeur majeure majeurs majeures generalise generalisee generalises
  generalisees evolutif evolutive evolutifs evolutives reactionnel reactionnelle reactionnels reactionnelles nerveuse
  avance avancee avances avancees precoce precoces severe important importante importants importantes diagnostique
  diagnostiquee diagnostiques diagnostiquees insulinodependant insulinodependante sous-jacent maligne malin benigne benin
  metastatique metastatiques bilateral bilaterale bilaterales bilateraux congenital congenitale congenitaux
  degeneratif degenerative degeneratives recurrent recurrente recurrents recurrentes precoce tardif tardive
  complet complete partiel partielle partiels partielles droit droite gauche gauches regulier reguliere reguliers regulieres
  hebdomadaire hebdomadaires mensuel mensuelle mensuels mensuelles quotidien quotidienne quotidiens quotidiennes intensif intensive
  intensifs intensives`);

/**
 * How far the sensitive phrase reaches to the right: severity adjectives ("sciatique chronique"),
 * a type or stage ("diabète de type 2", "cancer de stade 3"), a named form ("maladie de Lyme"),
 * a pregnancy term ("enceinte de 5 mois"). Returns the new exclusive end token.
 */
export function extendRight(doc: Doc, to: number, opts: { named?: boolean; months?: boolean } = {}): number {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let end = to;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  for (let guard = 0; guard < 4; guard++) {
    const t = at(end);
    if (!t) break;
    if (t.k === Kind.Word && SEVERITY.has(t.t)) { end++; continue; }
    // "de type 2", "type 1", "de stade 3", "stade IV", "de grade 2"
    const a = t.t === 'de' ? at(end + 1) : t;
    const off = t.t === 'de' ? 1 : 0;
    if (a && (a.t === 'type' || a.t === 'stade' || a.t === 'grade' || a.t === 'niveau') && !!at(end + off + 1)) {
      const v = at(end + off + 1)!;
      if (v.k === Kind.Number || /^(i|ii|iii|iv|v|[0-9]+[abc]?)$/.test(v.t)) { end += off + 2; continue; }
    }
    // "maladie de Lyme", "syndrome d'Ehlers-Danlos", "maladie de Gilles de la Tourette"
    if (opts.named && (t.t === 'de' || t.t === "d'" || t.t === 'du') && at(end + 1) && doc.isCapitalized(end + 1) && !at(end + 1)!.first) {
      let k = end + 1;
      while (at(k) && (doc.isCapitalized(k) || (at(k)!.hyphen && at(k)!.k === Kind.Word) || ((at(k)!.t === 'de' || at(k)!.t === 'la') && at(k + 1) && doc.isCapitalized(k + 1)))) k++;
      end = k;
      continue;
    }
    // "enceinte de 5 mois", "grossesse de sept semaines", "enceinte de jumeaux"
    if (opts.months && t.t === 'de' && at(end + 1) && at(end + 2) && /^(mois|semaines?)$/.test(at(end + 2)!.t) && (at(end + 1)!.k === Kind.Number || NUMBER_WORDS.has(at(end + 1)!.t))) {
      end += 3;
      continue;
    }
    if (opts.months && t.t === 'de' && at(end + 1) && /^(jumeaux|jumelles|triples|triples)$/.test(at(end + 1)!.t)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

const NUMBER_WORDS = set(`un deux trois quatre cinq six sept huit neuf dix onze douze quelques`);

// ---------------------------------------------------------------------------------------------
// Neutral rewording with the right article

/** A neutral noun phrase: gender, number and text ("contraintes de santé", f, plural). */
export interface NounPhrase {
  g: 'm' | 'f';
  pl?: boolean;
  text: string;
}

type DetClass = 'indef' | 'def' | 'dun' | 'du' | 'de' | 'poss3' | 'poss2' | 'poss1' | 'dem';
const DETS: Array<[string[], DetClass]> = [
  [["d'", 'un'], 'dun'], [["d'", 'une'], 'dun'], [['de', 'la'], 'du'], [['de', "l'"], 'du'],
  [['du'], 'du'], [['des'], 'indef'], [['un'], 'indef'], [['une'], 'indef'], [['le'], 'def'], [['la'], 'def'],
  [["l'"], 'def'], [['les'], 'def'], [['son'], 'poss3'], [['sa'], 'poss3'], [['ses'], 'poss3'], [['leur'], 'poss3'],
  [['leurs'], 'poss3'], [['votre'], 'poss2'], [['vos'], 'poss2'], [['mon'], 'poss1'], [['ma'], 'poss1'], [['mes'], 'poss1'],
  [['ce'], 'dem'], [['cet'], 'dem'], [['cette'], 'dem'], [['ces'], 'dem'], [['de'], 'de'], [["d'"], 'de'],
];

const vowel = (s: string) => /^[aeiouyhâàéèêîïôûœ]/i.test(s);

function article(cls: DetClass, np: NounPhrase): string {
  const v = vowel(np.text);
  switch (cls) {
    case 'indef': return np.pl ? 'des ' : np.g === 'm' ? 'un ' : 'une ';
    case 'def': return np.pl ? 'les ' : v ? "l'" : np.g === 'm' ? 'le ' : 'la ';
    case 'dun': return np.pl ? (v ? "d'" : 'de ') : np.g === 'm' ? "d'un " : "d'une ";
    case 'du': return np.pl ? 'des ' : v ? "de l'" : np.g === 'm' ? 'du ' : 'de la ';
    case 'de': return v ? "d'" : 'de ';
    case 'poss3': return np.pl ? 'ses ' : np.g === 'm' || v ? 'son ' : 'sa ';
    case 'poss2': return np.pl ? 'vos ' : 'votre ';
    case 'poss1': return np.pl ? 'mes ' : np.g === 'm' || v ? 'mon ' : 'ma ';
    case 'dem': return np.pl ? 'ces ' : np.g === 'm' ? (v ? 'cet ' : 'ce ') : 'cette ';
  }
}

/** « est » → « a »: the verb before a condition becomes « avoir » ("est asthmatique" → "a des contraintes"). */
const PRED_TO_AVOIR: Record<string, string> = {
  est: 'a', etait: 'avait', sont: 'ont', suis: 'ai', es: 'as', etes: 'avez', sera: 'aura', serait: 'aurait',
  seront: 'auront', etre: 'avoir', souffre: 'a', souffrait: 'avait', souffrent: 'ont', souffrez: 'avez',
  presente: 'a', presentait: 'avait', prend: 'a', prenait: 'avait', prennent: 'ont', suit: 'a', suivait: 'avait',
  consomme: 'a', consommait: 'avait', devenu: 'a maintenant', devenue: 'a maintenant',
};
/** Forms of « avoir » after which "le / la" becomes "des" ("a le diabète" → "a des contraintes"). */
const AVOIR = new Set(['a', 'avait', 'ont', 'avaient', 'aura', 'ai', 'as', 'avez', 'avoir', 'eu', 'ayant']);
/** Adverbs that may sit between the verb and the condition ("est aussi suivie par…"). */
const ADVERBS = new Set(['aussi', 'egalement', 'toujours', 'encore', 'deja', 'actuellement', 'desormais', 'maintenant', 'tres', 'depuis', 'longtemps', 'visiblement', 'probablement', 'peut-etre', 'fortement', 'lourdement', 'gravement', 'legerement', 'severement', 'officiellement', 'recemment', 'notamment']);
/** Words after which an adjective is a predicate, not an epithet of a noun. */
const PREDICATIVE = new Set([...Object.keys(PRED_TO_AVOIR), ...ADVERBS, 'reste', 'restee', 'semble', 'parait', 'reconnu', 'reconnue', 'declare', 'declaree', 'diagnostique', 'diagnostiquee', 'ne', "n'", 'pas', 'plus', 'se', 'dit', 'dite', 'et', 'ou', 'ni', 'comme', 'tant', 'que', "qu'", 'etre', 'etant', 'car']);

function findDet(doc: Doc, from: number): [number, DetClass | null] {
  for (const [seq, cls] of DETS) {
    const s = from - seq.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) if (doc.tokens[s + k].t !== seq[k] || doc.tokens[s + k].sn !== doc.tokens[from].sn) { ok = false; break; }
    if (ok) return [s, cls];
  }
  return [from, null];
}

function capitalizeLike(doc: Doc, tokenIndex: number, replacement: string): string {
  const tok = doc.tokens[tokenIndex];
  return tok.first && doc.isCapitalized(tokenIndex) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Is the word at `from` an epithet of the noun before it ("sa fille handicapée", "deux enfants
 * autistes")? Then removing the adjective is the clean fix.
 */
export function attributive(doc: Doc, from: number): boolean {
  const prev = doc.tokens[from - 1];
  if (!prev || prev.sn !== doc.tokens[from].sn || prev.k !== Kind.Word || prev.elided) return false;
  if (PREDICATIVE.has(prev.t) || DETS.some(([seq]) => seq.length === 1 && seq[0] === prev.t)) return false;
  return !/^(a|au|aux|en|de|du|des|par|pour|avec|sans|sous|chez|dans|sur|vers|contre|apres|avant)$/.test(prev.t);
}

export interface RewriteOptions {
  /** tail added when a predicate was rewritten and the clause ends ("à prendre en compte…") */
  tail?: string;
  /** replacement of "en TERM" ("en arrêt maladie" → "indisponible") */
  en?: string;
  /** may a preceding « est » / « souffre de » become « avoir » (conditions); false for statuses */
  predicate?: boolean;
  /** replace only the term (and its article), whatever comes before */
  plain?: boolean;
}

/**
 * Replace the term [from, to) by a neutral noun phrase, absorbing the article before it and, for a
 * condition stated with « est » / « souffre de » / « prend », turning the verb into « avoir »:
 * "est asthmatique" → "a des contraintes de santé", "d'une dépression" → "de contraintes de santé",
 * "est aussi suivie par…" → "a aussi des contraintes de santé".
 */
export function neutralFix(doc: Doc, text: string, from: number, to: number, np: NounPhrase, opts: RewriteOptions = {}): Fix {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const same = (k: number) => k >= 0 && k < toks.length && toks[k].sn === sn;
  let start = from;
  let replacement: string;
  let predicate = false;
  const indef = article('indef', np) + np.text;
  if (opts.en && (toks[from].t === 'en' || (same(from - 1) && toks[from - 1].t === 'en'))) {
    start = toks[from].t === 'en' ? from : from - 1;
    replacement = opts.en;
  } else if (opts.plain) {
    const [ds, cls] = findDet(doc, from);
    start = cls ? ds : from;
    replacement = (cls ? article(cls, np) : '') + np.text;
  } else {
    // "en fauteuil roulant": the preposition is handled below like "se déplace en …"
    if (toks[from].t === 'en' && from + 1 < to) from++;
    const [ds, cls] = findDet(doc, from);
    let left = cls ? ds : from;
    const viaEn = !cls && same(left - 1) && toks[left - 1].t === 'en';
    if (viaEn) left--;
    let p = left - 1;
    while (same(p) && ADVERBS.has(toks[p].t) && p > left - 4) p--;
    const adverbs = p + 1 < left ? doc.slice(p + 1, left) + ' ' : '';
    const pred = same(p) ? toks[p] : undefined;
    let avoir = opts.predicate !== false && pred ? PRED_TO_AVOIR[pred.t] : undefined;
    let predStart = p;
    // « est atteint(e) d'une … » → « a … »; « a fait un burn-out » → « a eu des … »
    if (opts.predicate !== false && pred && /^atteinte?s?$/.test(pred.t) && same(p - 1) && PRED_TO_AVOIR[toks[p - 1].t]) {
      avoir = PRED_TO_AVOIR[toks[p - 1].t];
      predStart = p - 1;
    } else if (opts.predicate !== false && pred && pred.t === 'fait' && same(p - 1) && AVOIR.has(toks[p - 1].t)) {
      avoir = 'eu';
    } else if (opts.predicate !== false && pred && pred.t === 'ete' && same(p - 1) && AVOIR.has(toks[p - 1].t)) {
      // "a été hospitalisée" → "a eu des contraintes de santé"
      avoir = `${toks[p - 1].t === 'avait' ? 'avait' : 'a'} eu`;
      predStart = p - 1;
    }
    if (avoir && (viaEn || cls === null || cls === 'de' || cls === 'dun' || cls === 'indef' || cls === 'du')) {
      start = predStart;
      replacement = `${avoir} ${adverbs}${indef}`;
      predicate = true;
    } else if (viaEn) {
      start = left;
      replacement = `avec ${indef}`;
    } else if (cls) {
      start = ds;
      replacement = (cls === 'def' && pred && AVOIR.has(pred.t) ? article('indef', np) : article(cls, np)) + np.text;
    } else {
      replacement = np.text;
    }
  }
  if (predicate && opts.tail) {
    const nx = toks[to];
    if (!nx || nx.sn !== toks[to - 1].sn || nx.k === Kind.Punct || nx.t === 'et') replacement += opts.tail;
  }
  const [s] = doc.tokRange(start, start + 1);
  const [, e] = doc.tokRange(to - 1, to);
  replacement = capitalizeLike(doc, start, replacement);
  // keep the writer's apostrophe: "d’arrêt" → "d’indisponibilité"
  if (text.slice(s, e).includes('’')) replacement = replacement.replace(/'/g, '’');
  return replaceFix(s, e, replacement, `Remplacer par « ${replacement} »`);
}

/** Sentence-initial capital of the original token. */
export function sentenceInitial(doc: Doc, i: number): boolean {
  return doc.tokens[i].first;
}
