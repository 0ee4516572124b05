/**
 * `vie-privee`: intimate family conflict — contested divorce, couple problems, custody disputes,
 * domestic violence, protection orders, child-protection measures, estrangement.
 * TAXONOMY.md §3.4 (vie-familiale-intime); eval/README.md. Marital status, number of children,
 * childcare constraints, "parent isolé", "congé parental" or housing are not reported.
 *
 * Three detectors share one span list: the lexicon (fixed phrases, and heads that need a relative
 * right after: "en froid avec | sa sœur"), threats with an object pronoun when a partner or relative
 * is the subject ("son ex-conjoint la harcèle", "son mari, qui la menace régulièrement"), and
 * conflict adjectives on a relationship ("climat très conflictuel avec son mari").
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { TokenSet } from '../lib/lint/token-set.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import { absentBefore, jobFrame, taskObject } from './jugement.ts';
import { PRIVATE_REWRITE, VIE_PRIVEE, type PrivateEntry } from './lexicons/vie-privee.ts';
import { mergeSpans, topicFrame } from './shared/conduite-extra.ts';
import { COUNTRY_NAMES } from './lexicons/origine.ts';

/** Partners and relatives (folded). "femme" counts only after a possessive. */
const KIN = new Set([
  'pere', 'mere', 'parents', 'famille', 'frere', 'freres', 'soeur', 'soeurs', 'fils', 'fille', 'filles', 'enfants', 'enfant', 'mari', 'epoux', 'epouse',
  'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'copain', 'copine', 'concubin', 'concubine', 'partenaire', 'fiance', 'fiancee', 'oncle', 'tante',
  'cousin', 'cousine', 'neveu', 'niece', 'proches', 'papa', 'maman', 'belle', 'beau', 'grands', 'grand', 'femme', 'conjoints', 'ami', 'amie', 'petit', 'petite',
  // a partner in regional or familiar words (Québec "sa blonde", "son chum"; Swiss "son bon ami"; "son mec", "sa meuf", "son jules"): after a possessive only
  'blonde', 'chum', 'mec', 'meuf', 'jules', 'nana', 'cheri', 'cherie', 'bon', 'bonne',
]);
/** Kin words that are a relative only after a possessive ("sa femme", "sa blonde"; not "une femme", "la bière blonde"). */
const POSSESSED_ONLY = new Set(['femme', 'ami', 'amie', 'blonde', 'chum', 'mec', 'meuf', 'jules', 'nana', 'cheri', 'cherie']);
/** Words that make "beau", "belle", "grand", "petit" a kin word ("beau-père", "petit ami"). */
const KIN_SECOND = new Set(['pere', 'mere', 'famille', 'parents', 'frere', 'soeur', 'fils', 'fille', 'ami', 'amie', 'copain', 'copine']);
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'votre', 'vos', 'mon', 'ma', 'mes']);
const KIN_DETS = new Set([...POSSESSIVES, 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'de', "d'", 'du', 'propre', 'propres', 'ancien', 'ancienne', 'futur', 'futur', 'toute', 'tout', 'reste', 'membres', 'certains', 'plusieurs', 'deux', 'trois', 'premier', 'premiere', 'second', 'seconde', 'nouveau', 'nouvelle', 'aine', 'ainee', 'cadet', 'cadette', 'jeune', 'grand', 'grande', 'petit', 'petite']);
/** Work relations: a conflict with them is not family life. */
const WORK = new Set([
  'employeur', 'employeurs', 'manager', 'managers', 'responsable', 'responsables', 'chef', 'cheffe', 'collegue', 'collegues', 'equipe', 'tuteur', 'tutrice',
  'patron', 'patronne', 'hierarchie', 'direction', 'entreprise', 'travail', 'superieur', 'superieure', 'client', 'clients', 'formateur', 'formatrice',
  'conseiller', 'conseillere', 'agence', 'voisin', 'voisins', 'voisine', 'voisines', 'bailleur', 'proprietaire', 'administration', 'ecole', 'professeur',
  'enseignant', 'enseignante', 'recruteur', 'stage', 'poste', 'service', 'mission', 'interim', 'banque', 'caf', 'organisme', 'syndic', 'locataire',
  // business and trade partners, fellow inmates: « son ancien associé », « un codétenu », « son fournisseur »
  'associe', 'associee', 'associes', 'associees', 'coassocie', 'fournisseur', 'fournisseurs', 'creancier', 'creanciers', 'codetenu', 'codetenue', 'codetenus', 'complice', 'complices',
  'salarie', 'salariee', 'salaries', 'employe', 'employee', 'employes', 'gerant', 'gerante', 'commercant', 'commercante',
]);

/**
 * A ban on contact whose sentence names someone from work or the neighbourhood and no relative: « interdiction de contact
 * après des faits de harcèlement envers une ancienne collègue » is the measure of an offence, not of family life.
 */
function outsiderBanned(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let outsider = false;
  // « son ex-associé », « un ex-collègue »: « ex » of a work relation, not an ex-partner
  const workEx = (k: number) => toks[k].t === 'ex' && !!toks[k + 1] && toks[k + 1].hyphen && WORK.has(toks[k + 1].t);
  for (let k = from - 1, n = 0; n < 20 && k >= 0 && toks[k].sn === sn; k--, n++) if (!workEx(k) && kinAt(doc, k, sn) > 0) return false; else if (WORK.has(toks[k].t)) outsider = true;
  for (let k = from + 1, n = 0; n < 25 && k < toks.length && toks[k].sn === sn; k++, n++) if (!workEx(k) && kinAt(doc, k, sn) > 0) return false; else if (WORK.has(toks[k].t)) outsider = true;
  return outsider;
}

/** Is there a relative at token j ("son père", "l'ex-conjoint", "sa belle-famille")? Returns the index after it, or -1. */
function kinAt(doc: Doc, j: number, sn: number, needPossessive = false): number {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t || t.sn !== sn || !KIN.has(t.t)) return -1;
  const next = toks[j + 1];
  const prev = toks[j - 1];
  const possessed = !!prev && prev.sn === sn && (POSSESSIVES.has(prev.t) || prev.t === 'ex' || prev.t === 'ancien' || prev.t === 'ancienne');
  if (t.t === 'ex') return next && next.sn === sn && next.hyphen && KIN.has(next.t) ? j + 2 : j + 1;
  if (t.t === 'beau' || t.t === 'belle' || t.t === 'grand' || t.t === 'grands' || t.t === 'petit' || t.t === 'petite') {
    return next && next.sn === sn && KIN_SECOND.has(next.t) && (next.hyphen || t.t === 'petit' || t.t === 'petite') ? j + 2 : -1;
  }
  // Swiss "son bon ami", "sa bonne amie": the partner
  if (t.t === 'bon' || t.t === 'bonne') return possessed && next && next.sn === sn && (next.t === 'ami' || next.t === 'amie') ? j + 2 : -1;
  if ((POSSESSED_ONLY.has(t.t) || needPossessive) && !possessed) return -1;
  return j + 1;
}

/** Heads of estrangement that may take a pronoun for the relative (« plus aucun contact avec lui », « en froid avec elle »). */
const ESTRANGE_HEAD = /contact|lien|relation|nouvelles|parle|rupture|froid|brouill|fâch|rompu|coupé|ponts|voit plus|entend/u;
const PRONOUN_AFTER = new Set(['lui', 'elle', 'eux', 'elles']);
/**
 * A relative named earlier in the sentence as its topic, a comma between, no work relation: « Père cap-verdien, plus aucun contact avec lui ».
 * (With the relative as the subject, « sa fille a coupé tout contact avec lui », the estrangement is the relative's act: see `estranged`.)
 */
function kinBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let comma = false;
  for (let k = from - 1; k >= 0 && k >= from - 12 && toks[k].sn === sn; k--) {
    if (WORK.has(toks[k].t) || toks[k].t === ';') return false;
    if (toks[k].t === ',') comma = true;
    if (kinAt(doc, k, sn) > 0) return comma;
  }
  return false;
}

/** A relative right after a head ("avec | son ex-mari"): index after it, or -1. */
function kinAfter(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from - 1].sn;
  let j = from;
  for (let s = 0; s < 4 && j < toks.length && toks[j].sn === sn; s++) {
    const end = kinAt(doc, j, sn);
    if (end > 0) return end;
    if (!KIN_DETS.has(toks[j].t)) return -1;
    j++;
  }
  return -1;
}

const CUSTODY_LINKS = new Set(['pour', 'sur', 'concernant', 'autour']);
const CUSTODY_NOUNS = new Set(['garde', 'residence', 'pension', 'droit', 'droits', 'enfants', 'enfant', 'fils', 'fille', 'filles', 'visites', 'visite']);
const CUSTODY_TAIL = new Set(['des', 'de', 'du', "d'", 'ses', 'son', 'sa', 'leur', 'leurs', 'enfants', 'enfant', 'fils', 'fille', 'filles', 'alimentaire', 'garde', 'visite', 'exclusive', 'alternee', 'principale', 'petit', 'petite', "l'"]);
/** "se déchire avec son ex-femme | pour la garde des enfants": the custody object joins the conflict. */
function extendCustody(doc: Doc, end: number): number {
  const toks = doc.tokens;
  const sn = toks[end - 1].sn;
  let k = end;
  if (toks[k]?.sn !== sn || !CUSTODY_LINKS.has(toks[k].t)) return end;
  k++;
  if (toks[k]?.t === 'de' && toks[k - 1].t === 'autour') k++;
  if (['la', 'le', 'les', 'leur', 'leurs', 'ses', 'son', 'sa'].includes(toks[k]?.t ?? '')) k++;
  if (toks[k]?.sn !== sn || !CUSTODY_NOUNS.has(toks[k].t)) return end;
  k++;
  for (let s = 0; s < 4 && toks[k]?.sn === sn && CUSTODY_TAIL.has(toks[k].t); s++) k++;
  // do not end on a function word ("pour la garde de | …")
  while (k > end && ['des', 'de', 'du', "d'", 'ses', 'son', 'sa', 'leur', 'leurs', "l'"].includes(toks[k - 1].t)) k--;
  return k;
}

/** "ne plus voir son père | depuis des années": extend over a "depuis …" complement. */
function extendDepuis(doc: Doc, end: number): number {
  const toks = doc.tokens;
  if (toks[end]?.t !== 'depuis' || toks[end].sn !== toks[end - 1].sn) return end;
  // "depuis qu'elle a quitté la maison" opens a clause: not a duration
  if (toks[end + 1]?.t === "qu'" || toks[end + 1]?.t === 'que') return end;
  let k = end + 1;
  for (let s = 0; s < 4 && k < toks.length && toks[k].sn === toks[end].sn; s++, k++) {
    const t = toks[k];
    if (t.k === Kind.Punct || ['et', 'mais', 'car', 'qui', 'il', 'elle', 'ce', 'ou', 'donc', 'alors'].includes(t.t)) break;
  }
  return k > end + 1 ? k : end;
}

/** First words of the estrangement heads that are also said without "ne" in dictated notes. */
const DROPPED_NE = new Set(['parle', 'voit', "s'", 'adresse', 'veut']);
const negBefore = (doc: Doc, i: number): boolean => {
  const p = doc.tokens[i - 1];
  return !!p && p.sn === doc.tokens[i].sn && (p.t === 'ne' || p.t === "n'");
};
/** Without "ne", a comparison or a partitive: "parle plus à son père qu'à sa mère", "il en parle plus à son père", "voit plus souvent". */
function droppedNeOther(doc: Doc, from: number, end: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (toks[from - 1]?.sn === sn && ['en', 'y', 'se', "s'", 'le', 'la', 'les', 'lui', "l'"].includes(toks[from - 1].t) && toks[from].t !== "s'") return true;
  for (let k = end; k < end + 5 && toks[k]?.sn === sn; k++) if (toks[k].t === 'que' || toks[k].t === "qu'" || toks[k].t === 'souvent' || toks[k].t === 'facilement') return true;
  return false;
}

// --- threats: "(son ex-conjoint) la harcèle", "qui la menace régulièrement", "l'a frappée" ---
const CLITICS = new Set(['la', 'le', "l'", 'les', 'lui']);
const THREAT_VERBS = new Set([
  'menace', 'menacait', 'menacent', 'harcele', 'harcelait', 'harcelent', 'frappe', 'frappait', 'bat', 'battait', 'insulte', 'insultait', 'humilie',
  'humiliait', 'rabaisse', 'rabaissait', 'violente', 'violentait', 'terrorise', 'terrorisait', 'brutalise', 'brutalisait', 'maltraite', 'maltraitait',
  'agresse', 'agressait', 'trompe', 'trompait', 'tabasse', 'tabassait', 'cogne', 'cognait', 'etrangle', 'sequestre', 'sequestrait', 'enferme', 'enfermait',
  'espionne', 'espionnait', 'traque', 'traquait', 'intimide', 'intimidait', 'empeche', 'interdit', 'interdisait', 'empechait', 'gifle', 'giflait', 'rackette',
  'denigre', 'denigrait', 'injurie', 'injuriait', 'controle', 'controlait', 'poursuit', 'poursuivait',
  // stalking: "son ancien compagnon la guette à la sortie", "l'épie depuis sa voiture", "la surveille sans cesse"
  'guette', 'guettait', 'guettent', 'epie', 'epiait', 'epient', 'surveille', 'surveillait', 'pourchasse', 'pourchassait', 'stalke', 'stalkait',
  // rejected or disowned: « ses frères la rejettent », « son père le renie »
  'rejette', 'rejettent', 'rejetait', 'rejetaient', 'renie', 'renient', 'reniait', 'reniaient',
]);
const THREAT_PARTICIPLES = new Set([
  'menacee', 'menace', 'harcelee', 'harcele', 'frappee', 'frappe', 'battue', 'battu', 'insultee', 'insulte', 'humiliee', 'humilie', 'violentee', 'violente',
  'agressee', 'agresse', 'maltraitee', 'maltraite', 'trompee', 'trompe', 'quittee', 'quitte', 'abandonnee', 'abandonne', 'etranglee', 'sequestree', 'giflee',
  'gifle', 'tabassee', 'tabasse', 'chassee', 'chasse', 'jetee', 'rejetee', 'rejete', 'reniee', 'renie', 'intimidee', 'intimide', 'brutalisee', 'brutalise',
  'guettee', 'epiee', 'traquee', 'espionnee', 'pourchassee',
  // a break-up in lay or regional words: "sa blonde l'a laissé", "son copain l'a larguée", "l'a plaquée", Québec "l'a dompé", "l'a flushée"
  'laisse', 'laissee', 'largue', 'larguee', 'plaque', 'plaquee', 'lache', 'lachee', 'dompe', 'dompee', 'flushe', 'flushee',
]);
const BREAK_UP = new Set(['laisse', 'laissee', 'largue', 'larguee', 'plaque', 'plaquee', 'lache', 'lachee', 'dompe', 'dompee', 'flushe', 'flushee']);
/** Break-up participles that also drop someone off or let them do something ("l'a laissé devant l'école", "l'a laissée partir"). */
const LEFT_BEHIND = new Set(['laisse', 'laissee', 'lache', 'lachee']);
const DROP_OFF = new Set(['a', 'au', 'aux', 'chez', 'devant', 'sur', 'dans', 'en', 'derriere', 'pres', 'pres', 'vers', 'faire', 'le', 'la', 'les', 'un', 'une', 'des', 'entrer', 'venir']);
/** "l'a laissé | tomber": the one infinitive that keeps the break-up sense. */
function droppedOff(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.sn !== doc.tokens[k - 1].sn || t.k !== Kind.Word || t.t === 'tomber') return false;
  return DROP_OFF.has(t.t) || /(?:er|ir|re|oir)$/.test(t.t);
}
/** Estrangement with the relative as subject: "sa fille ne lui parle plus", "son père ne le voit jamais". */
const ESTRANGE_VERBS = new Set(['parle', 'parlent', 'parlait', 'adresse', 'voit', 'voient', 'voyait', 'appelle', 'appellent', 'appelait', 'telephone', 'ecrit', 'repond', 'repondent', 'rend', 'donne']);
/** Participles that need a complement: "l'ont mis dehors", "l'a mise à la porte". */
const PUT_OUT = new Set(['mis', 'mise', 'foutu', 'foutue', 'jete', 'jetee']);
/** « ma mère m'a mise dehors », « mon père m'a mis à la porte »: the relative right before the clitic, the participle of putting out after the auxiliary. */
function putOutByKin(doc: Doc, i: number, h: number): boolean {
  const toks = doc.tokens;
  const sn = toks[i].sn;
  if (!['a', 'avait', 'ont', 'avaient'].includes(toks[h].t) || toks[h + 1]?.sn !== sn || !PUT_OUT.has(toks[h + 1].t)) return false;
  if (!(toks[h + 2]?.t === 'dehors' || (toks[h + 2]?.t === 'a' && toks[h + 4]?.t === 'porte'))) return false;
  return kinAt(doc, i - 1, sn) > 0;
}
/** Verbs that only count with the relative right before ("son mari l'empêche de travailler"), not "son dos l'empêche". */
/**
 * Plain verbs of waiting and following that are stalking only said of a former partner: « son ex-compagnon l'attend à la sortie de la
 * crèche et la suit jusqu'au bus », « son ancien mari la suit partout ». Not « son mari l'attend à la gare », « sa mère la suit ».
 */
const STALK_VERBS = new Set(['attend', 'attendait', 'attendent', 'suit', 'suivait', 'suivent', 'piste', 'pistait', 'observe', 'observait']);
const FORMER = new Set(['ex', 'ancien', 'ancienne']);
/** A former partner named before `i` in the sentence: « son ex-compagnon », « son ancien mari », « son ex ». */
function formerPartnerBefore(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const sn = toks[i].sn;
  for (let k = i - 1; k >= 0 && k >= i - 10 && toks[k].sn === sn; k--) {
    if (WORK.has(toks[k].t)) return false;
    if (FORMER.has(toks[k].t) && (toks[k].t === 'ex' || kinAt(doc, k + 1, sn) > 0)) return true;
  }
  return false;
}
/** The end of a stalking clause: up to a comma, a semicolon or the sentence end (« l'attend à la sortie de la crèche et la suit jusqu'au bus »). */
function stalkEnd(doc: Doc, v: number): number {
  const toks = doc.tokens;
  const sn = toks[v].sn;
  let end = v + 1;
  while (end < toks.length && end <= v + 14 && toks[end].sn === sn && toks[end].k !== Kind.Punct) end++;
  return end;
}

/** Couple words whose « avec » names the partner: « en concubinage avec », « en couple avec », « pacsée avec ». */
const COUPLE_WITH = new Set(['concubinage', 'couple', 'pacse', 'pacsee']);
const NEEDS_ADJACENT_KIN = new Set(['empeche', 'empechait', 'interdit', 'interdisait', 'controle', 'controlait', 'poursuit', 'poursuivait', 'surveille', 'surveillait']);
/** Works whose subject a report may name: the film the person edited, the play they light. */
const WORKS = new TokenSet(['film', 'films', 'court-metrage', 'metrage', 'long-metrage', 'documentaire', 'piece', 'roman', 'livre', 'ouvrage', 'spectacle', 'exposition', 'article', 'reportage',
  'serie', 'podcast', 'chanson', 'album', 'bd', 'memoire', 'these', 'emission', 'webserie', 'scenario', 'pieces', 'romans', 'livres', 'spectacles', 'articles']);
/** Verbs by which a work has a subject: « traite de », « aborde », « porte sur ». */
const SUBJECT_VERBS = new TokenSet(['traite', 'traitait', 'traitent', 'aborde', 'abordait', 'abordent', 'porte', 'portait', 'portent', 'evoque', 'evoquait', 'evoquent', 'raconte',
  'racontait', 'racontent', 'parle', 'parlait', 'parlent', 'denonce', 'denoncait', 'illustre', 'explore', 'explorait', 'questionne', 'met', 'mettait']);
const SUBJECT_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'sur', 'en', 'scene', 'avec', 'pudeur', 'justesse', 'finesse', 'humour', 'aussi', 'notamment']);
/**
 * The term is the subject of a work: « le court-métrage qu'il a monté traite de la violence conjugale », « la pièce aborde le divorce ».
 * A subject verb right before the term (function words only), and a work noun before it in the sentence.
 */
function workTopic(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && from - k <= 4 && toks[k].sn === sn && SUBJECT_SKIP.has(toks[k].t)) k--;
  if (k < 0 || toks[k].sn !== sn || !SUBJECT_VERBS.has(toks[k])) return false;
  for (let j = k - 1; j >= 0 && k - j <= 8 && toks[j].sn === sn; j--) if (WORKS.has(toks[j])) return true;
  return false;
}

const ARTICLE_CONTEXT = new Set(['a', 'de', 'par', 'pour', 'sur', 'avec', 'contre', 'malgre', 'dans', 'vers', 'sous', 'selon', 'face', 'est', 'etait', 'entre', 'que', "qu'", 'devant', 'sans', 'vu', 'apres', 'avant', 'comme']);
const THREAT_ADVERBS = new Set(['regulierement', 'souvent', 'constamment', 'encore', 'toujours', 'quotidiennement', 'frequemment', 'continuellement', 'parfois', 'systematiquement', 'physiquement', 'verbalement', 'psychologiquement']);

/** From the verbs found by the lexicon pass (`verb` = "harcèle", or "a" of "a frappée"), with the pronoun before. */
/** Past participles of violence whose object may be the relative: "a frappé son frère". */
const VIOLENT_ACTS = new Set(['menace', 'menacee', 'harcele', 'harcelee', 'frappe', 'frappee', 'battu', 'battue', 'insulte', 'insultee', 'humilie', 'humiliee', 'violente', 'violentee',
  'agresse', 'agressee', 'maltraite', 'maltraitee', 'etrangle', 'etranglee', 'sequestre', 'sequestree', 'gifle', 'giflee', 'tabasse', 'tabassee', 'brutalise', 'brutalisee']);
/** Games and sports (folded), where « battre », « écraser » is winning: « son frère a battu son cousin aux échecs », « a battu son père au tennis ». */
const GAME_WORDS = new Set(['echecs', 'dames', 'tennis', 'squash', 'ping-pong', 'badminton', 'boxe', 'judo', 'match', 'matchs', 'tournoi', 'course', 'record', 'score', 'jeu', 'jeux',
  'cartes', 'sprint', 'competition', 'championnat', 'finale', 'belote', 'tarot', 'scrabble', 'petanque', 'foot', 'football', 'set', 'concours', 'quiz', 'console', 'manche']);
/** A game word in the few tokens around a past act on a relative (only read once the act and the relative are found). */
function gameAround(doc: Doc, h: number, end: number): boolean {
  const toks = doc.tokens;
  const sn = toks[h].sn;
  for (let k = Math.max(0, h - 8); k < end + 6 && k < toks.length; k++) if (toks[k].sn === sn && GAME_WORDS.has(toks[k].t)) return true;
  return false;
}

function threats(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  let done = -1;
  for (const h of heads) {
    const i = h - 1;
    // the relative as the object of a past act of violence: "il a frappé son frère", "a harcelé son ex-compagne"
    if (h > done && VIOLENT_ACTS.has(toks[h + 1]?.t ?? '') && ['a', 'avait', 'ont', 'avaient'].includes(toks[h].t) && toks[h + 1].sn === toks[h].sn && !(i >= 0 && CLITICS.has(toks[i].t))) {
      const end = kinAfter(doc, h + 2);
      if (end > 0 && !jobFrame(doc, h) && !topicFrame(doc, h) && !gameAround(doc, h, end)) { add(h, end); done = end - 1; }
      continue;
    }
    // the person's own words in quotes: "« mon père m'a mise dehors »", "« mon mari me frappe »"
    // unquoted « m' » too when a relative puts the speaker out (« ma mère m'a mise dehors »): no writer reports being put out by their own mother
    if (i < 1 || h <= done || !(CLITICS.has(toks[i].t) || ((toks[i].t === "m'" || toks[i].t === 'me') && (toks[i].quoted || putOutByKin(doc, i, h))))) continue;
    const sn = toks[i].sn;
    if (toks[h].sn !== sn) continue;
    let v = h;
    let participle = false;
    const aux = toks[h].t === 'a' || toks[h].t === 'avait' || toks[h].t === 'ont' || toks[h].t === 'avaient';
    if (aux && toks[h + 1]?.sn === sn && THREAT_PARTICIPLES.has(toks[h + 1].t)) {
      // "sa mère lui a laissé de l'argent": a gift, not a break-up
      if (BREAK_UP.has(toks[h + 1].t) && toks[i].t === 'lui') continue;
      if (LEFT_BEHIND.has(toks[h + 1].t) && droppedOff(doc, h + 2)) continue;
      v++;
      participle = true;
      if (toks[v + 1]?.t === 'tomber' && toks[v + 1].sn === sn) v++;
    }
    else if (aux && toks[h + 1]?.sn === sn && PUT_OUT.has(toks[h + 1].t) && (toks[h + 2]?.t === 'dehors' || (toks[h + 2]?.t === 'a' && toks[h + 4]?.t === 'porte'))) { v = toks[h + 2].t === 'dehors' ? h + 2 : h + 4; participle = true; }
    else if (ESTRANGE_VERBS.has(toks[h].t)) {
      // "(sa fille) ne lui parle plus"
      const neg = toks[i - 1];
      const after = toks[h + 1];
      if (!neg || (neg.t !== 'ne' && neg.t !== "n'") || !after || after.sn !== sn || (after.t !== 'plus' && after.t !== 'jamais')) continue;
      let start = i - 1;
      if (kinAt(doc, i - 2, sn) > 0) start = toks[i - 3]?.t === 'ex' && toks[i - 2].hyphen ? i - 3 : i - 2;
      else {
        let found = false;
        for (let k = i - 2; k >= 0 && k >= i - 12 && toks[k].sn === sn; k--) if (kinAt(doc, k, sn) > 0) { found = true; break; }
        if (!found) continue;
      }
      const end = extendDepuis(doc, h + 2);
      add(start, end);
      done = end - 1;
      continue;
    }
    else if (STALK_VERBS.has(toks[h].t) && !THREAT_VERBS.has(toks[h].t)) {
      // the cheap tests first: « une formation l'attend », « elle suit une formation » end here without reading back
      if (toks[i - 1]?.sn !== sn || ARTICLE_CONTEXT.has(toks[i - 1].t) || !formerPartnerBefore(doc, i)) continue;
      // « son ex l'appelle pour les enfants », « l'attend pour signer »: a purpose is no stalking
      if (toks[h + 1]?.t === 'pour' || toks[h + 1]?.t === 'afin') continue;
      const end = stalkEnd(doc, h);
      if (end - h < 2) continue;
      add(i, end);
      done = end - 1;
      continue;
    }
    else if (!THREAT_VERBS.has(toks[h].t)) continue;
    const verb = toks[v];
    const prev = toks[i - 1];
    if (prev.sn !== sn || ARTICLE_CONTEXT.has(prev.t)) continue;
    // the relative: right before the pronoun, or earlier in the sentence without a work relation between
    let start = i;
    let adjacent = false;
    if (kinAt(doc, i - 1, sn) > 0) {
      adjacent = true;
      start = i - 1;
      if (toks[i - 2]?.t === 'ex' && toks[i - 1].hyphen) start = i - 2;
      // "la mère de ses enfants | le menace": the relative is a complement, not the subject
      if (toks[i - 3]?.t === 'de' || toks[i - 3]?.t === "d'") start = i;
    }
    else if (prev.t === 'ex') { adjacent = true; start = i - 1; }
    if (!adjacent) {
      if (NEEDS_ADJACENT_KIN.has(verb.t)) continue;
      let found = false;
      for (let k = i - 1; k >= 0 && k >= i - 14 && toks[k].sn === sn; k--) {
        if (WORK.has(toks[k].t)) break;
        if (kinAt(doc, k, sn) > 0) { found = true; break; }
        // the partner named by the couple: « vit en concubinage avec un homme qui la rabaisse », « en couple avec quelqu'un qui la contrôle »
        if (COUPLE_WITH.has(toks[k].t) && toks[k + 1]?.t === 'avec') { found = true; break; }
      }
      if (!found) continue;
    }
    // "la menace de licenciement" is a noun phrase, unless the relative is right before ("le menace de partir" is a verb)
    const after = toks[v + 1];
    if (!participle && !adjacent && toks[i].t === 'la' && after && after.sn === sn && (after.t === 'de' || after.t === "d'")) continue;
    let end = v + 1;
    if (toks[end]?.sn === sn && THREAT_ADVERBS.has(toks[end].t)) end++;
    else if (toks[end]?.t === 'sans' && toks[end + 1]?.t === 'cesse') end += 2;
    add(start, end);
    done = end - 1;
  }
}

// --- conflict adjectives on a relationship: "climat très conflictuel (avec son mari)", "séparation difficile" ---
const REL_HEADS = new Set(['climat', 'relation', 'relations', 'rapports', 'ambiance', 'situation', 'contexte', 'environnement', 'histoire', 'vie', 'entente', 'echanges', 'atmosphere', 'quotidien', 'cohabitation']);
const INTIMATE_HEADS = new Set(['divorce', 'divorces', 'separation', 'separations', 'rupture', 'ruptures']);
const FAMILY_QUALIFIERS = new Set(['familial', 'familiale', 'familiaux', 'familiales', 'conjugal', 'conjugale', 'conjugaux', 'conjugales', 'intrafamilial', 'intrafamiliale', 'couple', 'maison', 'domicile', 'foyer']);
const CONFLICT_ADJ = new Set([
  'conflictuel', 'conflictuelle', 'conflictuels', 'conflictuelles', 'tendu', 'tendue', 'tendus', 'tendues', 'violent', 'violente', 'violents', 'violentes',
  'explosif', 'explosive', 'toxique', 'toxiques', 'houleux', 'houleuse', 'orageux', 'orageuse', 'difficile', 'difficiles', 'complique', 'compliquee',
  'compliques', 'compliquees', 'deletere', 'execrable', 'catastrophique', 'invivable', 'insupportable', 'degrade', 'degradee', 'douloureux', 'douloureuse',
  'penible', 'chaotique', 'electrique', 'malsain', 'malsaine', 'contentieux', 'contentieuse', 'destructeur', 'destructrice', 'abusif', 'abusive',
]);
const GAP = new Set([
  'tres', 'assez', 'particulierement', 'extremement', 'plutot', 'vraiment', 'hyper', 'super', 'si', 'tellement', 'trop', 'parfois', 'souvent', 'encore',
  'toujours', 'est', 'etait', 'reste', 'restait', 'devient', 'devenait', 'devenu', 'devenue', 'devenus', 'devenues', 'deviennent', 'sont', 'etaient', 'demeure', 'demeurent',
  'restent', 'semble', 'semblent', 'semblait', 'paraissent', 'parait', 'paraissait', 'de', 'du', 'des', 'la', 'le', 'les',
  "l'", 'plus', 'en', 'avec', 'entre', 'et', 'elle', 'lui', 'eux', 'a', 'au', 'sein', 'actuellement', 'aujourd\'hui', 'desormais', 'totalement', 'completement',
  'profondement', 'un', 'peu', 'fort', 'ete', 'a',
]);

function conflicts(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  let done = -1;
  for (const i of heads) {
    if (i <= done) continue;
    const head = toks[i];
    const intimate = INTIMATE_HEADS.has(head.t);
    const sn = head.sn;
    let family = intimate;
    let adjAt = -1;
    for (let j = i + 1, s = 0; s < 9 && j < toks.length && toks[j].sn === sn; j++, s++) {
      const t = toks[j].t;
      if (CONFLICT_ADJ.has(t)) { adjAt = j; break; }
      // a form heading: "DIVORCE EN COURS, TRÈS CONFLICTUEL"
      if (t === 'cours' && toks[j - 1].t === 'en') { if (toks[j + 1]?.t === ',') { j++; s++; } continue; }
      if (FAMILY_QUALIFIERS.has(t)) { family = true; continue; }
      const kinEnd = kinAt(doc, j, sn);
      if (kinEnd > 0) { family = true; j = kinEnd - 1; continue; }
      if (GAP.has(t) || POSSESSIVES.has(t)) continue;
      break;
    }
    if (adjAt < 0) continue;
    // "situation difficile" alone is not about family: a relative must be near, and no work relation
    let work = false;
    const [sFrom, sTo] = doc.sentences[sn];
    for (let k = Math.max(sFrom, i - 12); k < Math.min(sTo, adjAt + 9); k++) {
      if (WORK.has(toks[k].t)) work = true;
      if (!family && kinAt(doc, k, sn) > 0) family = true;
    }
    if (!family || (work && !intimate)) continue;
    if (work && intimate) {
      // "rupture difficile avec son employeur"
      let kinInside = false;
      for (let k = i; k <= Math.min(sTo - 1, adjAt + 5); k++) if (kinAt(doc, k, sn) > 0) kinInside = true;
      if (!kinInside) continue;
    }
    if (absentBefore(doc, i)) continue;
    add(i, adjAt + 1);
    done = adjAt;
  }
}

// --- a relative described as violent: "le conjoint est violent quand il boit", "son père, très violent" ---
const VIOLENT_ADJ = new Set(['violent', 'violente', 'violents', 'violentes', 'brutal', 'brutale', 'brutaux', 'jaloux', 'jalouse', 'possessif', 'possessive', 'tyrannique', 'menacant', 'menacante', 'dangereux', 'dangereuse', 'maltraitant', 'maltraitante']);
const VIOLENT_GAP = new Set(['est', 'etait', 'devient', 'devenait', 'devenu', 'devenue', 'tres', 'souvent', 'parfois', 'particulierement', 'extremement', 'assez', 'tellement', 'montre', "s'", 'se', 'a', 'ete', 'toujours', 'reste', 'restait', 'aussi', 'encore', 'vraiment', 'plus', 'de', 'en', 'et', ',', 'etre', 'peut', 'pouvait', 'sont', 'etaient']);

function violentRelative(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const h of heads) {
    const sn = toks[h].sn;
    let skipped = false;
    for (let k = h - 1, s = 0; s < 6 && k >= 0 && toks[k].sn === sn; k--, s++) {
      if (VIOLENT_GAP.has(toks[k].t)) continue;
      // "mari alcoolique et violent": one other adjective coordinated before
      if (!skipped && toks[k].k === Kind.Word && (toks[k + 1]?.t === 'et' || toks[k + 1]?.t === ',') && k + 1 < h && kinAt(doc, k, sn) < 0) { skipped = true; continue; }
      // the relative noun ends right here ("ex-mari", "beau-père")
      let start = -1;
      for (const from of [k, k - 1, k - 2]) if (from >= 0 && kinAt(doc, from, sn) === k + 1) { start = from; break; }
      if (start >= 0 && !absentBefore(doc, h)) add(start, h + 1);
      break;
    }
  }
}

// --- "disputes incessantes avec sa compagne", "graves tensions entre elle et son père" ---
const CONFLICT_NOUNS = new Set([
  'conflit', 'conflits', 'dispute', 'disputes', 'tension', 'tensions', 'differend', 'differends', 'litige', 'litiges', 'querelle', 'querelles', 'bagarre',
  'bagarres', 'brouille', 'mesentente', 'cris', 'engueulades', 'embrouilles', 'histoires', 'problemes', 'difficultes', 'soucis', 'violences', 'coups', 'menaces',
  'insultes', 'rupture', 'heurts', 'accrochages', 'clash', 'clashs', 'crises', 'scenes',
]);

/** Jobs and settings where children's quarrels are the work: « animateur », « en classe », « au centre de loisirs ». */
const CHILDCARE_FRAME = new Set(['animateur', 'animatrice', 'animateurs', 'educateur', 'educatrice', 'educateurs', 'surveillant', 'surveillante', 'atsem', 'enseignant', 'enseignante',
  'professeur', 'professeure', 'instituteur', 'institutrice', 'moniteur', 'monitrice', 'periscolaire', 'colonie', 'colonies', 'loisirs', 'eleves', 'classe', 'recreation',
  'creche', 'assistante', 'auxiliaire', 'bafa', 'accueil', 'stage', 'poste', 'mission', 'cantine', 'centre', 'groupe', 'mediateur', 'mediatrice']);
/** Bare children or siblings (« entre enfants », « entre les enfants ») in a sentence that names childcare work. */
function unownedKinAtWork(doc: Doc, k: number, sn: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]?.t ?? '';
  const noun = t === 'les' || t === 'des' ? toks[k + 1]?.t ?? '' : t;
  if (!['enfants', 'enfant', 'freres', 'soeurs', 'ados', 'adolescents', 'jeunes', 'petits'].includes(noun)) return false;
  const [from, to] = doc.sentences[sn];
  for (let j = from; j < to; j++) if (CHILDCARE_FRAME.has(toks[j].t)) return true;
  return false;
}

function conflictsWith(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  let done = -1;
  for (const i of heads) {
    if (i <= done) continue;
    const sn = toks[i].sn;
    // up to three qualifiers ("incessantes", "de plus en plus fréquentes") before "avec" / "entre … et"
    let j = i + 1;
    for (let s = 0; s < 4 && toks[j]?.sn === sn && toks[j].k === Kind.Word && toks[j].t !== 'avec' && toks[j].t !== 'entre'; s++) j++;
    const link = toks[j];
    if (!link || link.sn !== sn || (link.t !== 'avec' && link.t !== 'entre')) continue;
    let end = kinAfter(doc, j + 1);
    // "entre elle et son père"
    if (end < 0 && link.t === 'entre' && toks[j + 2]?.t === 'et') end = kinAfter(doc, j + 3);
    if (end < 0 || absentBefore(doc, i)) continue;
    // « gérer les disputes répétées entre enfants en tant qu'animateur », « les conflits entre les enfants du groupe » in a job frame:
    // children or siblings not the person's own (no possessive) in a sentence about childcare work
    if (!POSSESSIVES.has(toks[j + 1]?.t ?? '') && unownedKinAtWork(doc, j + 1, sn)) continue;
    add(i, end);
    done = end - 1;
  }
}

// --- trouble inside the couple, qualifiers between: "tensions importantes dans le couple", "disputes de plus en plus fréquentes au sein de leur couple" ---
/** Singular heads that are couple trouble only before « dans le couple » (« un problème avec sa fille » is not enough). */
const COUPLE_ONLY_HEADS = ['crise', 'probleme', 'difficulte', 'violence', 'souci'];
/** A course, a therapy or a work about couples, not the person's own: « formation sur les tensions dans le couple », « un film sur les disputes dans le couple ». */
const COUPLE_TOPICS = new Set(['therapeute', 'therapie', 'conjugal', 'conjugale', 'formation', 'module', 'atelier', 'film', 'serie', 'roman', 'piece', 'livre', 'cours',
  'conference', 'sensibilisation', 'theme', 'spectacle', 'documentaire', 'podcast']);
/** The couple or household after « dans » / « au sein de » at k: the index after it, or -1 (not « dans le ménage des bureaux »). */
function coupleAt(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const t = (j: number) => toks[j]?.t ?? '';
  let j: number;
  if (t(k) === 'dans') j = k + 1;
  else if (t(k) === 'au' && t(k + 1) === 'sein' && (t(k + 2) === 'du' || t(k + 2) === 'de')) j = t(k + 2) === 'du' ? k + 2 : k + 3;
  else return -1;
  const det = t(j);
  if (t(j + 1) === 'couple' && (det === 'le' || det === 'du' || det === 'son' || det === 'leur')) return j + 2;
  if (t(j + 1) === 'menage' && (det === 'son' || det === 'leur') && !['de', 'des', 'du', "d'"].includes(t(j + 2))) return j + 2;
  return -1;
}

/**
 * End of « à la maison », « au domicile » at token k, or -1: the family home as the place of the trouble (« des tensions fortes
 * à la maison »). Not a named building (« à la maison de quartier », « au domicile de ses clients »).
 */
function homeAt(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const t = (j: number) => toks[j]?.t ?? '';
  let end = -1;
  if (t(k) === 'a' && t(k + 1) === 'la' && t(k + 2) === 'maison') end = k + 3;
  else if (t(k) === 'au' && t(k + 1) === 'domicile') end = k + 2;
  if (end < 0 || toks[end - 1].sn !== toks[k].sn) return -1;
  const nx = toks[end]?.sn === toks[k].sn ? t(end) : '';
  return nx === 'de' || nx === "d'" || nx === 'du' || nx === 'des' ? -1 : end;
}

/** Educators near a child-protection measure: by default someone's job (« éducatrice en AEMO depuis dix ans »). */
const EDUCATORS = new Set(['educateur', 'educatrice', 'educateurs', 'educatrices']);
/** What an educator does with the family under the measure: « une éducatrice passe deux fois par mois », « l'éducateur vient au domicile ». */
const EDUCATOR_VISITS = new Set(['passe', 'passent', 'passait', 'vient', 'viennent', 'venait', 'intervient', 'interviennent', 'intervenait', 'rend', 'rendait', 'suit', 'suivent',
  'suivait', 'voit', 'voient', 'voyait', 'rencontre', 'rencontrent', 'accompagne', 'accompagnent', 'visite', 'visitent']);
const EDUCATOR_DETS = new Set(['un', 'une', "l'", 'son', 'sa', 'leur', 'ses', 'leurs', 'les', 'des', 'deux']);
/**
 * An educator near a child-protection measure makes it a job (« éducatrice en AEMO »), unless the educator visits the person's own
 * child: a possessive child in the sentence and the educator doing the visit (« son fils est en AEMO, une éducatrice passe le voir »).
 */
function educatorAsJob(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let educator = -1;
  for (let k = Math.max(0, from - 8); k < Math.min(toks.length, to + 8); k++) {
    if (k >= from && k < to) continue;
    if (toks[k].sn === sn && EDUCATORS.has(toks[k].t)) { educator = k; break; }
  }
  if (educator < 0) return false;
  if (!EDUCATOR_DETS.has(toks[educator - 1]?.t ?? '')) return true;
  let visits = false;
  for (let k = educator + 1; k <= educator + 3 && toks[k]?.sn === sn; k++) if (EDUCATOR_VISITS.has(toks[k].t)) { visits = true; break; }
  if (!visits) return true;
  const [sFrom, sTo] = doc.sentences[sn];
  for (let k = sFrom + 1; k < sTo; k++) if (CHILDREN.has(toks[k].t) && POSSESSIVES.has(toks[k - 1].t)) return false;
  return true;
}

/** Verbs of someone who handles others' trouble at work: « elle gère les conflits au domicile », « apaiser les tensions à la maison ». */
const HANDLES = new Set(['gere', 'gerer', 'gerait', 'apaise', 'apaiser', 'apaisait', 'desamorce', 'desamorcer', 'regle', 'regler', 'reglait', 'resout', 'resoudre',
  'prevenir', 'previent', 'mediatise', 'arbitre', 'arbitrer', 'gestion', 'prevention', 'mediation', 'resolution']);
/** The trouble is the object of a handling verb (« gère les conflits »): a task, not the person's home life. */
function handledBefore(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  let k = i - 1;
  if (['les', 'des', 'ces', 'leurs', 'de', "d'", 'du'].includes(toks[k]?.t ?? '')) k--;
  return k >= 0 && toks[k].sn === toks[i].sn && HANDLES.has(toks[k].t);
}

function troubleInCouple(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    // up to five words of qualifiers: « importantes », « de plus en plus fréquentes », « fortes et anciennes »
    let end = -1;
    for (let j = i + 1, s = 0; s < 6 && j < toks.length && toks[j].sn === sn && toks[j].k === Kind.Word && toks[j].t !== 'sante'; j++, s++) {
      end = coupleAt(doc, j);
      if (end > 0) break;
      end = homeAt(doc, j);
      if (end > 0) { if (handledBefore(doc, i)) end = -1; break; }
    }
    if (end < 0 || toks[end - 1].sn !== sn || absentBefore(doc, i) || topicFrame(doc, i) || workTopic(doc, i)) continue;
    let topic = false;
    const [sFrom, sTo] = doc.sentences[sn];
    for (let k = Math.max(sFrom, i - 12); k < Math.min(sTo, end + 8) && !topic; k++) topic = COUPLE_TOPICS.has(toks[k].t);
    if (!topic) add(i, end);
  }
}

/** Quarrels said again and again: « disputes répétées », « scènes incessantes », « engueulades à répétition ». */
const QUARRELS = new Set(['dispute', 'disputes', 'engueulades', 'scenes', 'cris', 'bagarres', 'querelles', 'conflits', 'embrouilles', 'clashs']);
const REPEATED = new Set(['repetees', 'repetes', 'incessantes', 'incessants', 'quotidiennes', 'quotidiens', 'frequentes', 'frequents', 'permanentes', 'permanents', 'continuelles', 'continuels', 'constantes']);
/** The partner or a relative, near the quarrels: whose home life they are. */
const QUARREL_KIN = new Set(['mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'epoux', 'epouse', 'copain', 'copine', 'ex', 'couple', 'enfants', 'fils', 'fille',
  'mere', 'pere', 'parents', 'frere', 'soeur', 'famille', 'belle-famille', 'belle-mere', 'beau-pere']);
/** Work, neighbours, detention, school: someone else's quarrels, or not the family's. */
const QUARREL_ELSEWHERE = new Set(['collegue', 'collegues', 'chef', 'cheffe', 'manager', 'equipe', 'travail', 'chantier', 'client', 'clients', 'employeur', 'patron', 'patronne', 'voisin',
  'voisins', 'voisine', 'voisinage', 'stage', 'atelier', 'classe', 'eleves', 'match', 'stade', 'bar', 'soiree', 'cellule', 'codetenu', 'codetenus', 'detention', 'colocataire', 'colocataires', 'gere', 'gerer']);
/**
 * « sa femme est partie avec les enfants après des disputes répétées »: repeated quarrels with no « avec » nor place after them (those are
 * conflictsWith and troubleInCouple), told in a sentence about the partner or a relative and not about work or neighbours.
 */
function repeatedQuarrels(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    if (!QUARRELS.has(toks[i].t)) continue;
    let j = i + 1;
    if (toks[j]?.sn === sn && toks[j].t === 'a' && toks[j + 1]?.t === 'repetition') j++;
    else if (toks[j]?.sn !== sn || !REPEATED.has(toks[j].t)) continue;
    const nx = toks[j + 1]?.sn === sn ? toks[j + 1].t : '';
    if (['avec', 'au', 'a', 'aux', 'dans', 'entre', 'chez', 'sur', 'en'].includes(nx) || absentBefore(doc, i) || handledBefore(doc, i)) continue;
    const [sFrom, sTo] = doc.sentences[sn];
    let kin = false;
    let elsewhere = false;
    for (let k = Math.max(sFrom, i - 16); k < Math.min(sTo, j + 8); k++) {
      if (QUARREL_KIN.has(toks[k].t)) kin = true;
      if (QUARREL_ELSEWHERE.has(toks[k].t)) { elsewhere = true; break; }
    }
    if (kin && !elsewhere) add(i, j + 1);
  }
}

// --- a child taken into care or removed: "son fils est placé depuis deux ans", "ses enfants lui ont été retirés" ---
const REMOVED = ['place', 'placee', 'places', 'placees', 'retire', 'retiree', 'retires', 'retirees'];
const CHILDREN = new Set(['enfant', 'enfants', 'fils', 'fille', 'filles', 'bebe', 'petit', 'petite', 'petits', 'aine', 'ainee', 'cadet', 'cadette', 'benjamin', 'benjamine']);
const REMOVED_GAP = new Set(['est', 'sont', 'a', 'ont', 'ete', 'lui', 'leur', 'avait', 'avaient', 'etait', 'etaient', 'deja', 'aussi', 'egalement', 'tous', 'toutes', 'les', 'deux', 'trois', 'quatre', 'ainsi', 'vient', 'viennent', "d'", 'etre', 'de']);
/** Where a child is "placé" without care being meant: "placé en apprentissage", "en crèche", "chez la nourrice". */
const PLACED_OK = new Set(['foyer', 'famille', 'pouponniere', 'institution', 'mecs', 'urgence', 'internat', 'ase']);

function childRemoved(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const h of heads) {
    const sn = toks[h].sn;
    let k = h - 1;
    for (let s = 0; s < 5 && k >= 0 && toks[k].sn === sn && REMOVED_GAP.has(toks[k].t); s++) k--;
    if (k === h - 1 || k < 0 || toks[k].sn !== sn || !CHILDREN.has(toks[k].t)) continue;
    // the child must be a relative ("son fils", "ses deux enfants"), not "un enfant placé" in a job description
    let d = k - 1;
    while (d >= 0 && toks[d].sn === sn && (toks[d].k === Kind.Number || ['deux', 'trois', 'quatre', 'cinq', 'petit', 'petite', 'jeune', 'plus'].includes(toks[d].t))) d--;
    if (d < 0 || !POSSESSIVES.has(toks[d].t)) continue;
    const placed = toks[h].t.startsWith('place');
    if (placed) {
      const nx = toks[h + 1];
      // "son fils est placé en apprentissage" is not care; "placé depuis deux ans", "placé par le juge", "placé en foyer" are
      if (nx && nx.sn === sn && nx.k !== Kind.Punct) {
        const notCare = ['chez', 'comme', 'dans', 'sous', 'sur', 'aupres'].includes(nx.t) || (nx.t === 'en' && !PLACED_OK.has(toks[h + 2]?.t ?? ''));
        if (notCare) continue;
      }
    }
    if (jobFrame(doc, d) || absentBefore(doc, d)) continue;
    add(d, h + 1);
  }
}

// --- put out of the family home: "chassé du domicile familial", "mis à la porte de chez ses parents", "viré de chez lui par sa femme" ---
const OUSTED = ['chasse', 'chassee', 'chasses', 'chassees', 'jete', 'jetee', 'jetes', 'vire', 'viree', 'vires', 'mis', 'mise', 'foutu', 'foutue', 'expulse', 'expulsee', 'banni', 'bannie'];
/** Participles that need "à la porte" or "dehors" before the place ("mis à la porte de chez ses parents"). */
const OUSTED_SET = new Set(OUSTED);
const OUSTED_NEEDS_OUT = new Set(['mis', 'mise', 'foutu', 'foutue']);
const HOMES = new Set(['domicile', 'maison', 'foyer', 'appartement', 'logement', 'toit']);
const FAMILY_HOME = new Set(['familial', 'familiale', 'parental', 'parentale', 'conjugal', 'conjugale']);
const SELF_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);

function ousted(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const h of heads) {
    const sn = toks[h].sn;
    const at = (k: number) => (toks[k]?.sn === sn ? toks[k].t : '');
    let j = h + 1;
    let out = false;
    if (at(j) === 'a' && at(j + 1) === 'la' && at(j + 2) === 'porte') { j += 3; out = true; }
    else if (at(j) === 'dehors') { j++; out = true; }
    if (OUSTED_NEEDS_OUT.has(toks[h].t) && !out) continue;
    let end = -1;
    let needsKin = false;
    if ((at(j) === 'de' || at(j) === "d'") && at(j + 1) === 'chez') {
      // "de chez ses parents", "de chez sa mère"; "de chez lui" needs the relative as agent ("par sa femme")
      const kinEnd = kinAfter(doc, j + 2);
      if (kinEnd > 0 && POSSESSIVES.has(at(j + 2))) end = kinEnd;
      else if (SELF_PRONOUNS.has(at(j + 2))) { end = j + 3; needsKin = true; }
    } else if (at(j) === 'du' || at(j) === 'de') {
      let k = j + 1;
      if (at(k) === 'la' || at(k) === "l'") k++;
      if (HOMES.has(at(k))) {
        if (FAMILY_HOME.has(at(k + 1))) end = k + 2;
        else { end = k + 1; needsKin = true; }
      }
    } else if (at(j) === 'par' && out) { end = j; needsKin = true; }
    if (end < 0) continue;
    // the relative as agent: "par son père", "par sa femme"
    if (at(end) === 'par') {
      const kinEnd = kinAfter(doc, end + 1);
      if (kinEnd > 0) { end = kinEnd; needsKin = false; }
    }
    if (needsKin || absentBefore(doc, h) || jobFrame(doc, h)) continue;
    add(h, end);
  }
}

// --- children in foster care: "deux neveux confiés à une famille d'accueil", "sa fille, placée dans une pouponnière" ---
const FOSTER_VERBS = new Set(['place', 'placee', 'places', 'placees', 'confie', 'confiee', 'confies', 'confiees', 'accueilli', 'accueillie', 'accueillis', 'accueillies']);
const FOSTER_LINK = new Set(['a', 'en', 'dans', 'chez', 'aupres', 'une', 'la', 'des', 'un', 'le', "l'", 'de', 'sa', 'son', 'leur']);
/** Children and young relatives who can be placed: the placed one must be a person of the family, not a pet. */
const YOUNG = new Set([...CHILDREN, 'neveu', 'neveux', 'niece', 'nieces', 'jumeaux', 'jumelles', 'ados', 'adolescents', 'adolescent', 'adolescente', 'freres', 'soeurs',
  'frere', 'soeur', 'petits-enfants', 'petit-fils', 'petite-fille', 'mineurs', 'cadets', 'plus', 'jeunes', 'ils', 'elles', 'les']);

/** Jobs at a child-protection home: the children placed there are the job's public. */
const FOSTER_JOBS = new Set(['encadre', 'encadrer', 'encadrait', 'poste', 'moniteur', 'monitrice', 'educateur', 'educatrice', 'veilleur', 'veilleuse', 'travaille', 'travailler', 'travaillait',
  'stage', 'emploi', 'candidature', 'recrute', 'offre', 'cdd', 'cdi', 'intervient', 'salarie', 'salariee', 'benevole', 'remplacement', 'vacation', 'pmsmp']);

/** Heads of a children's home that are a finding alone (not "famille d'accueil", also a carer's job title). */
const BARE_FOSTER = new Set(['mecs', 'cdef', 'foyer', 'maison']);
/** A job at the home in the sentence; "l'éducatrice de la MECS", "son éducateur" are the young person's educators, not a job. */
function fosterJobNear(doc: Doc, h: number): boolean {
  const toks = doc.tokens;
  const [sFrom, sTo] = doc.sentences[toks[h].sn];
  for (let j = Math.max(sFrom, h - 10); j < Math.min(sTo, h + 10); j++) {
    const w = toks[j].t;
    if (!FOSTER_JOBS.has(w)) continue;
    if ((w === 'educateur' || w === 'educatrice') && ["l'", 'son', 'sa', 'ses', 'leur', 'les', 'par'].includes(toks[j - 1]?.t ?? '')) continue;
    return true;
  }
  return false;
}

/** Words of child protection or childhood around a bare « famille d'accueil ». */
const FOSTER_CONTEXT = new TokenSet(['enfant', 'enfants', 'fils', 'fille', 'filles', 'bebe', 'neveu', 'neveux', 'niece', 'nieces', 'place', 'placee', 'places', 'placees', 'placement', 'ase', 'mecs',
  'foyer', 'enfance', 'grandi', 'eleve', 'elevee', 'majeur', 'pouponniere', 'juge', 'ans']);
/** A host family for a stay, an animal or a trainee, or becoming one (a job): not foster care. */
const HOST_CONTEXT = new TokenSet(['sejour', 'sejours', 'linguistique', 'echange', 'erasmus', 'vacances', 'pair', 'etranger', 'devenir', 'devenue', 'devenu', 'agrement', 'agreee', 'agree',
  'chien', 'chiens', 'chat', 'chats', 'chaton', 'chatons', 'animaux', 'animal', 'refuge', 'spa', 'association', 'lyceen', 'lyceenne', 'lyceens', 'etudiant', 'etudiante', 'etudiants',
  'apprenti', 'apprentie', 'alternant', 'alternante', 'alternance', 'entreprise', 'hote', 'hotes', 'bafa', 'colonie', 'stage', 'stagiaire', 'accueille', 'accueillait', 'accueillir']);
function fosterFamilyContext(doc: Doc, h: number): boolean {
  const toks = doc.tokens;
  const [sFrom, sTo] = doc.sentences[toks[h].sn];
  let child = false;
  for (let j = Math.max(sFrom, h - 14); j < Math.min(sTo, h + 12); j++) {
    if (HOST_CONTEXT.has(toks[j])) return false;
    if (FOSTER_CONTEXT.has(toks[j])) child = true;
  }
  return child;
}

function fosterCare(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void, ends: ReadonlyMap<number, number>): void {
  const toks = doc.tokens;
  for (const h of heads) {
    const sn = toks[h].sn;
    let k = h - 1;
    for (let s = 0; s < 3 && k >= 0 && toks[k].sn === sn && FOSTER_LINK.has(toks[k].t); s++) k--;
    if (k === h - 1 || k < 0 || toks[k].sn !== sn || !FOSTER_VERBS.has(toks[k].t)) {
      // a children's home named alone, not as a workplace: "selon l'éducatrice de la MECS", "à sa sortie du foyer de l'enfance"
      if (BARE_FOSTER.has(toks[h].t) && !fosterJobNear(doc, h) && !jobFrame(doc, h) && !absentBefore(doc, h)) add(h, ends.get(h) ?? h + 1);
      // a foster family named bare, as the person's or the child's: « placé à l'ASE (famille d'accueil puis MECS) », « son fils vit dans sa famille d'accueil »
      // (« Assistante sociale, elle suivait des familles d'accueil et des enfants placés »: families followed at work)
      else if ((toks[h].t === 'famille' || toks[h].t === 'familles') && fosterFamilyContext(doc, h) && !fosterJobNear(doc, h) && !jobFrame(doc, h) && !absentBefore(doc, h) && !taskObject(doc, h)) add(h, ends.get(h) ?? h + 1);
      continue;
    }
    // "ses neveux confiés…", "les enfants ont été placés…": a child or a young relative before the participle
    let young = false;
    for (let j = k - 1; j >= Math.max(0, k - 8) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--) {
      const w = toks[j].t;
      if (YOUNG.has(w) && w !== 'plus' && w !== 'les' && w !== 'ils' && w !== 'elles') { young = true; break; }
      // "ils ont été confiés", "les plus jeunes sont placés"
      if ((w === 'ils' || w === 'elles' || w === 'jeunes') && j >= k - 4) { young = true; break; }
    }
    if (!young || jobFrame(doc, k) || absentBefore(doc, k)) continue;
    // "est accueilli à la MECS | de Saint-Juéry": the auxiliary and the place's name join
    let end = ends.get(h) ?? h + 1;
    if ((toks[end]?.t === 'de' || toks[end]?.t === "d'") && toks[end + 1]?.sn === sn && toks[end + 1].k === Kind.Word && doc.isCapitalized(end + 1)) {
      end += 2;
      while (toks[end]?.sn === sn && toks[end].hyphen && toks[end].k === Kind.Word) end++;
    }
    // "Il encadre des enfants placés dans une MECS, poste de moniteur-éducateur": a job there
    let job = false;
    const [sFrom, sTo] = doc.sentences[sn];
    for (let j = Math.max(sFrom, k - 10); j < Math.min(sTo, end + 10); j++) if (FOSTER_JOBS.has(toks[j].t)) { job = true; break; }
    if (job) continue;
    add(k, end);
  }
}

// --- a partner leaving with the children: "sa femme est partie avec leur fille", "son compagnon a quitté le domicile avec les enfants" ---
const PARTNERS = new Set(['femme', 'mari', 'epoux', 'epouse', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'concubin', 'concubine', 'copain', 'copine', 'partenaire', 'ami', 'amie']);
/** An outing, not a departure: "partie avec leur fille en vacances", "au parc". */
const OUTING = new Set(['vacances', 'week-end', 'weekend', 'voyage', 'sejour', 'conges', 'promenade', 'balade', 'courses', 'parc', 'piscine', 'cinema', 'pique-nique', 'excursion', 'journee', 'soiree']);

function leftWithChildren(doc: Doc, heads: ReadonlyArray<readonly [number, number]>, add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const [h, to] of heads) {
    const sn = toks[h].sn;
    const end = kinAfter(doc, to);
    if (end < 0 || !CHILDREN.has(toks[end - 1].t)) continue;
    // the partner as subject, a few words before ("sa femme est | partie avec", "son ex-compagne, un soir, est partie avec")
    let start = -1;
    for (let j = h - 1; j >= Math.max(0, h - 8) && toks[j].sn === sn; j--) {
      if (WORK.has(toks[j].t)) break;
      if (PARTNERS.has(toks[j].t) && kinAt(doc, j, sn) > 0) { start = j > 0 && toks[j - 1].t === 'ex' && toks[j].hyphen ? j - 1 : j; break; }
    }
    if (start < 0) continue;
    let outing = false;
    for (let j = end; j < Math.min(toks.length, end + 8) && toks[j].sn === sn; j++) if (OUTING.has(toks[j].t)) outing = true;
    let negated = false;
    for (let j = start + 1; j < h; j++) if (toks[j].t === 'ne' || toks[j].t === "n'" || toks[j].t === 'jamais') negated = true;
    if (outing || negated || absentBefore(doc, start)) continue;
    // "sa femme" rather than "femme": take the possessive in
    if (start > 0 && toks[start - 1].sn === sn && POSSESSIVES.has(toks[start - 1].t)) start--;
    add(start, end);
  }
}

// --- a parent taking the child abroad or away without consent: "le père est reparti au pays avec l'enfant", "a emmené les enfants en Algérie sans son accord" ---
/** Movement participles followed by a place and "avec" the child: "(le père) est reparti | au pays | avec l'enfant". */
const GONE = new Set(['parti', 'partie', 'partis', 'parties', 'reparti', 'repartie', 'repartis', 'rentre', 'rentree', 'rentres', 'retourne', 'retournee', 'retournes',
  'enfui', 'enfuie', 'enfuis', 'envole', 'envolee', 'installe', 'installee', 'fuite', 'fui', 'disparu', 'disparue']);
/** The child after a verb or "avec": "les enfants", "la petite", "leur fils" (index after it, or -1). */
function childAfter(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from - 1].sn;
  for (let k = from, n = 0; n < 4 && toks[k]?.sn === sn; k++, n++) {
    if (CHILD_OBJECTS.has(toks[k].t)) return k + 1;
    if (!CHILD_DETS.has(toks[k].t)) return -1;
  }
  return -1;
}
/** Taking participles followed by the child: "a emmené | les enfants | au Maroc". */
const TAKEN = new Set(['emmene', 'emmenee', 'emmenes', 'embarque', 'embarquee', 'ramene', 'ramenee', 'enleve', 'enlevee', 'kidnappe', 'kidnappee', 'amene', 'amenee']);
/** A stay with an end or a family event: "au pays avec les enfants pour un mois", "pour le mariage de sa sœur". */
const TRIP = new Set(['mois', 'semaine', 'semaines', 'jours', 'quinzaine', 'noel', 'fetes', 'ramadan', 'aid', 'mariage', 'enterrement', 'obseques', 'funerailles', 'deuil', 'rentree', 'retour']);
/** Places that are far away by themselves (a country name is checked apart). */
const FAR = new Set(['pays', 'etranger', 'bled', 'frontiere', 'frontieres']);
/** "sans | son accord", "sans | prévenir", "en | cachette": consent missing. */
const WITHOUT = new Set(['accord', "l'accord", 'autorisation', "l'autorisation", 'consentement', 'prevenir', 'rien', 'avertir', 'permission', 'la', 'le', 'son', 'sa', 'leur', 'lui', 'en', 'parler']);
const NO_CONSENT_AT = (doc: Doc, k: number): boolean => {
  const toks = doc.tokens;
  const t = toks[k];
  if (!t) return false;
  const n1 = toks[k + 1]?.t ?? '';
  const n2 = toks[k + 2]?.t ?? '';
  if (t.t === 'sans') return ['accord', 'autorisation', 'consentement', 'prevenir', 'avertir', 'permission', 'rien'].includes(n1) || (WITHOUT.has(n1) && ['accord', 'autorisation', 'consentement', 'prevenir', 'avertir', 'permission', 'dire'].includes(n2));
  return (t.t === 'en' && n1 === 'cachette') || (t.t === 'de' && n1 === 'force') || (t.t === 'a' && n1 === 'son' && n2 === 'insu');
};
/** Is there a far place at k ("au pays", "à l'étranger", "en Algérie", "au Maroc", "dans son pays d'origine")? Returns the index after it, or -1. */
function farPlace(doc: Doc, k: number, sn: number): number {
  const toks = doc.tokens;
  let j = k;
  if (!['a', 'au', 'aux', 'en', 'dans', 'vers', 'pour'].includes(toks[j]?.t ?? '') || toks[j].sn !== sn) return -1;
  j++;
  for (let s = 0; s < 2 && toks[j]?.sn === sn && ['le', 'la', 'les', "l'", 'son', 'sa', 'leur', 'ses'].includes(toks[j].t); s++) j++;
  const t = toks[j];
  if (!t || t.sn !== sn || t.k !== Kind.Word) return -1;
  if (FAR.has(t.t)) return j + 1;
  if (!doc.isCapitalized(j)) return -1;
  if (COUNTRY_NAMES.has(t.t)) return j + 1;
  const two = toks[j + 1]?.sn === sn ? `${t.t} ${toks[j + 1].t}` : '';
  return two && COUNTRY_NAMES.has(two) ? j + 2 : -1;
}

function abducted(doc: Doc, heads: readonly number[], add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const h of heads) {
    const sn = toks[h].sn;
    const at = (k: number) => (toks[k]?.sn === sn ? toks[k].t : '');
    let far = false;
    let end = -1;
    if (GONE.has(toks[h].t)) {
      // "reparti | au pays | avec l'enfant" or "parti | avec les enfants | au Maroc"
      let j = h + 1;
      const place = farPlace(doc, j, sn);
      if (place > 0) { far = true; j = place; }
      // "dans son pays d'origine", "au pays natal"
      while (at(j) === "d'" || at(j) === 'de' || at(j) === 'origine' || at(j) === 'natal') j++;
      if (at(j) !== 'avec') continue;
      end = childAfter(doc, j + 1);
      if (end < 0) continue;
    } else {
      // "a emmené | les enfants | en Tunisie"
      end = childAfter(doc, h + 1);
      if (end < 0) continue;
    }
    // after the child: a far place or a missing consent, a few words on; an outing is not a departure
    let consent = false;
    let outing = false;
    let tail = end;
    for (let k = end; k < end + 8 && toks[k]?.sn === sn; k++) {
      if (OUTING.has(toks[k].t) || TRIP.has(toks[k].t) || (toks[k].t === 'ete' && (toks[k - 1].t === "l'" || toks[k - 1].t === 'cet'))) outing = true;
      if (NO_CONSENT_AT(doc, k)) { consent = true; tail = k; }
      const place = farPlace(doc, k, sn);
      if (place > 0) { far = true; if (k === end) tail = place; }
    }
    if (outing || (!far && !consent)) continue;
    // the other parent or a partner as subject, a few words before; without it, only a missing consent says the child was taken
    let start = -1;
    for (let j = h - 1; j >= Math.max(0, h - 8) && toks[j].sn === sn; j--) {
      if (WORK.has(toks[j].t) || toks[j].t === 'ne' || toks[j].t === "n'" || toks[j].t === 'jamais') { start = -2; break; }
      if (kinAt(doc, j, sn) > 0 && !CHILDREN.has(toks[j].t)) { start = j > 0 && toks[j - 1].t === 'ex' && toks[j].hyphen ? j - 1 : j; break; }
    }
    if (start === -2 || (start < 0 && !consent) || jobFrame(doc, h) || absentBefore(doc, h)) continue;
    if (start < 0) { start = h; if (AUX.has(at(h - 1))) start = h - 1; }
    add(start, Math.max(end, tail));
  }
}

// --- a legal step before a custody aim: "a déposé une requête | pour obtenir la garde du petit" ---
const LEGAL_STEPS = new Set(['requete', 'demande', 'procedure', 'recours', 'saisine', 'dossier', 'action', 'assignation', 'juge', 'jaf', 'avocat', 'avocate', 'tribunal']);
const STEP_DETS = new Set(['une', 'un', 'la', 'le', "l'", 'sa', 'son', 'des', 'les']);
const STEP_VERBS = new Set(['depose', 'deposee', 'fait', 'faite', 'engage', 'engagee', 'lance', 'lancee', 'introduit', 'introduite', 'saisi', 'saisie', 'forme', 'mandate', 'pris', 'prend', 'depose', 'engage', 'lance', 'saisit']);
function legalStepStart(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (toks[from - 1]?.t !== 'pour' || toks[from - 1].sn !== sn) return from;
  let k = from - 2;
  if (!toks[k] || toks[k].sn !== sn || !LEGAL_STEPS.has(toks[k].t)) return from;
  while (k > 0 && toks[k - 1].sn === sn && STEP_DETS.has(toks[k - 1].t)) k--;
  if (k > 0 && toks[k - 1].sn === sn && STEP_VERBS.has(toks[k - 1].t)) k--;
  if (k > 0 && toks[k - 1].sn === sn && ['a', 'avait', 'ont', 'va', 'veut', 'vient'].includes(toks[k - 1].t)) k--;
  return k;
}

/** Subjects that open another clause before an estrangement verb: the relative named before them is not its subject. */
const NEW_SUBJECT = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', "j'", 'nous', 'vous']);
// --- estrangement with the relative as subject: "sa fille a coupé tout contact (avec lui)", "son fils ne veut plus le voir" ---
function estranged(doc: Doc, heads: ReadonlyArray<readonly [number, number]>, add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const [h, to] of heads) {
    const sn = toks[h].sn;
    let found = false;
    // the relative may be the subject of a first verb too: « Leur fils aîné, lui aussi porteur…, a rejoint le mouvement et ne lui adresse plus la parole »
    for (let k = h - 1; k >= 0 && k >= h - 24 && toks[k].sn === sn; k--) {
      if (WORK.has(toks[k].t) || NEW_SUBJECT.has(toks[k].t) || toks[k].t === ';' || toks[k].t === ':') break;
      if (kinAt(doc, k, sn) > 0) { found = true; break; }
    }
    if (!found || absentBefore(doc, h) || jobFrame(doc, h)) continue;
    add(h, extendDepuis(doc, to));
  }
}

// --- a child entrusted by a court: "confiée à sa grand-mère par décision du juge", "placé chez un oncle sur ordonnance du juge des enfants" ---
const ENTRUSTED = new Set(['confie', 'confiee', 'confies', 'confiees', 'place', 'placee', 'places', 'placees', 'accueilli', 'accueillie', 'accueillis', 'accueillies', 'retire', 'retiree', 'retires', 'retirees']);
const AUX = new Set(['est', 'sont', 'a', 'ont', 'ete', 'etait', 'etaient', 'avait', 'avaient', 'sera', 'seront']);
function entrusted(doc: Doc, heads: ReadonlyArray<readonly [number, number]>, add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const [h, to] of heads) {
    const sn = toks[h].sn;
    let start = -1;
    for (let k = h - 1; k >= 0 && k >= h - 8 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--) if (ENTRUSTED.has(toks[k].t)) { start = k; break; }
    if (start < 0 || jobFrame(doc, start) || absentBefore(doc, start)) continue;
    // a child before ("sa fille est confiée…") or a relative as the one entrusted ("… à sa grand-mère"); not "le dossier confié à un expert"
    let person = false;
    for (let k = start - 1; k >= Math.max(0, start - 8) && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--) if (YOUNG.has(toks[k].t) && !['plus', 'les'].includes(toks[k].t)) { person = true; break; }
    for (let k = start + 1; !person && k < h; k++) if (kinAt(doc, k, sn) > 0) person = true;
    if (!person) continue;
    while (start > 0 && toks[start - 1].sn === sn && AUX.has(toks[start - 1].t)) start--;
    let end = to;
    // "… du juge | des enfants", "du juge | aux affaires familiales"
    if (toks[end]?.sn === sn && toks[end].t === 'des' && toks[end + 1]?.t === 'enfants') end += 2;
    else if (toks[end]?.sn === sn && toks[end].t === 'aux' && toks[end + 1]?.t === 'affaires') end += 3;
    add(start, Math.min(end, doc.sentences[sn][1]));
  }
}

// --- contact with the children denied: "refuse qu'il voie les jumeaux", "ne veut pas qu'elle emmène les enfants en vacances" ---
const CONTACT_VERBS = new Set(['voie', 'voit', 'voient', 'revoie', 'revoit', 'emmene', 'emmenent', 'prenne', 'prend', 'recupere', 'garde', 'gardent', 'accueille', 'recoive',
  'appelle', 'parle', 'rencontre', 'ait', 'heberge', 'approche', 'contacte', 'amene', 'sorte', 'passe', 'passent']);
const CHILD_OBJECTS = new Set([...CHILDREN, 'jumeaux', 'jumelles', 'gamins', 'gamine', 'gamin', 'gosses', 'petits-enfants', 'ados']);
const CHILD_DETS = new Set(['les', 'ses', 'leurs', 'leur', 'son', 'sa', 'le', 'la', "l'", 'deux', 'trois', 'quatre', 'propres', 'plus', 'petits', 'petites', 'jeunes', 'grands', 'lui', 'leur']);
/** Clitics between "qu'elle" and its verb ("refuse qu'elle | se | forme", "qu'elle | y | aille"). */
const VERB_CLITICS = new Set(['se', "s'", 'y', 'en', 'le', 'la', 'les', 'lui', 'leur', "l'"]);
/** A partner's relatives as the subject of a veto: "la famille de son ex", "les frères de son mari". */
const IN_LAWS_HEADS = new Set(['famille', 'parents', 'freres', 'frere', 'soeurs', 'soeur', 'mere', 'pere', 'clan', 'entourage', 'cousins', 'oncles', 'oncle', 'tantes', 'proches']);
/** Coercive control: a partner or in-law forbids the person to work, go out, see people ("son conjoint refuse qu'elle travaille", "son mari ne veut pas qu'elle sorte"). */
function partnerForbids(doc: Doc, h: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[h].sn;
  let v = to;
  for (let s = 0; s < 2 && toks[v]?.sn === sn && VERB_CLITICS.has(toks[v].t); s++) v++;
  if (toks[v]?.sn !== sn || toks[v].k !== Kind.Word || v === to + 2) return null;
  // "refuse qu'elle emmène les enfants": contact with the children, read by contactDenied
  if (CONTACT_VERBS.has(toks[v].t) && childAfter(doc, v + 1) > 0) return null;
  // the subject, right before the head ("son conjoint | refuse", "son mari | ne | veut pas", "sa belle-famille | s'oppose")
  let k = h - 1;
  while (k >= 0 && toks[k].sn === sn && (toks[k].t === 'ne' || toks[k].t === "n'" || toks[k].t === 'lui' || toks[k].t === 'toujours' || toks[k].t === 'categoriquement')) k--;
  for (let from = k; from >= Math.max(0, k - 2); from--) {
    if (kinAt(doc, from, sn) !== k + 1) continue;
    // "la famille de son ex | refuse": the relative is a complement, not the subject
    const f0 = toks[from - 1]?.t === 'ex' && toks[from].hyphen ? from - 1 : from;
    const det = POSSESSIVES.has(toks[f0 - 1]?.t ?? '') || ['le', 'la', "l'"].includes(toks[f0 - 1]?.t ?? '') ? f0 - 2 : f0 - 1;
    if (toks[det]?.sn === sn && (toks[det].t === 'de' || toks[det].t === "d'" || toks[det].t === 'du')) {
      // "la famille de son ex | refuse qu'elle travaille", "les parents de son mari": the in-laws are the subject
      const head = toks[det - 1];
      if (!head || head.sn !== sn || !IN_LAWS_HEADS.has(head.t) || !PARTNERS.has(toks[k].t)) return null;
      return [['la', 'les', 'sa', 'ses', 'son', 'le'].includes(toks[det - 2]?.t ?? '') && toks[det - 2].sn === sn ? det - 2 : det - 1, v + 1];
    }
    const inLaw = toks[k].hyphen && (toks[k - 1]?.t === 'beau' || toks[k - 1]?.t === 'belle');
    if (!inLaw && !PARTNERS.has(toks[k].t)) return null;
    let start = from > 0 && toks[from - 1].t === 'ex' && toks[from].hyphen ? from - 1 : from;
    if (inLaw && start === k) start = k - 1;
    return [start, v + 1];
  }
  return null;
}

function contactDenied(doc: Doc, heads: ReadonlyArray<readonly [number, number]>, add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const [h, to] of heads) {
    const sn = toks[h].sn;
    let v = to;
    if (toks[v]?.t === 'ne' || toks[v]?.t === "n'") continue; // "refuse qu'il ne voie": another sense
    const forbids = partnerForbids(doc, h, to);
    if (forbids && !jobFrame(doc, forbids[0]) && !topicFrame(doc, h)) { add(forbids[0], forbids[1]); continue; }
    if (toks[v]?.sn === sn && (toks[v].t === 'les' || toks[v].t === 'lui' || toks[v].t === 'leur' || toks[v].t === "l'")) v++;
    if (toks[v]?.sn !== sn || !CONTACT_VERBS.has(toks[v].t)) continue;
    let end = -1;
    for (let k = v + 1, n = 0; n < 4 && toks[k]?.sn === sn; k++, n++) {
      if (CHILD_OBJECTS.has(toks[k].t)) { end = k + 1; break; }
      if (!CHILD_DETS.has(toks[k].t)) break;
    }
    if (end < 0) continue;
    let work = false;
    const [sFrom, sTo] = doc.sentences[sn];
    for (let k = Math.max(sFrom, h - 8); k < Math.min(sTo, end + 6); k++) if (WORK.has(toks[k].t) || FOSTER_JOBS.has(toks[k].t)) work = true;
    if (work || jobFrame(doc, h) || topicFrame(doc, h)) continue;
    // "… en vacances", "… le week-end": the outing refused joins
    if (toks[end]?.sn === sn && toks[end].t === 'en' && (toks[end + 1]?.t === 'vacances' || toks[end + 1]?.t === 'week-end')) end += 2;
    let start = h;
    if (toks[h - 1]?.sn === sn && (toks[h - 1].t === 'ne' || toks[h - 1].t === "n'")) start = h - 1;
    add(start, end);
  }
}

// --- custody contested by a verb: "son mari conteste la garde des deux enfants", "son ex réclame la résidence de la petite" ---
/** Verbs of a fight: enough with a family word in the sentence. Verbs of a request: the child must be named after. */
const CONTEST_FIGHT = ['conteste', 'contestent', 'contestait', 'contestaient', 'a contesté', 'ont contesté', 'avait contesté', 'remet en cause', 'remettent en cause', 'a remis en cause',
  'refuse', 'refusent', 'refusait', 'a refusé', 'attaque', 'attaquent', 'fait appel de', 'a fait appel de', 'fait appel sur', "s'oppose à", "s'opposent à", "s'est opposé à", "s'est opposée à",
  'dispute', 'disputent', 'lui dispute', 'lui conteste', 'revendique', 'revendiquent', 'exige', 'exigent', 'exigeait'];
const CONTEST_ASK = ['réclame', 'réclament', 'réclamait', 'a réclamé', 'demande', 'demandent', 'demandait', 'a demandé', 'veut', 'voulait', 'veut récupérer', 'veut obtenir'];
const ASK_HEADS = new Set(CONTEST_ASK.map((v) => v.split(' ')[0].normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
const CUSTODY_DETS = new Set(['la', 'sa', 'leur', 'le', "l'"]);
const CONTESTED_NOUNS = new Set(['garde', 'residence']);
/** Family words that make "la garde" the children's: a separation, a partner, a parent. */
const CUSTODY_FAMILY = new Set(['divorce', 'separation', 'jaf', 'mari', 'femme', 'ex', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'epoux', 'epouse', 'pere', 'mere', 'parental',
  'parentale', 'alternee', 'exclusive', 'partagee', 'principale', 'enfants', 'enfant', 'fils', 'fille', 'filles']);
/** A duty shift or a watch, not custody: "conteste la garde du week-end" at the pharmacy, "refuse la garde de nuit". */
const DUTY_WORDS = new Set(['nuit', 'nuits', 'week-end', 'weekend', 'pharmacie', 'astreinte', 'astreintes', 'planning', 'service', 'medecin', 'urgences', 'hopital', 'clinique', 'gardes',
  'chantier', 'entrepot', 'magasin', 'parking', 'vue', 'chien', 'chiens', 'chat', 'animaux', 'maison', 'appartement', 'locaux', 'site', 'collegue', 'collegues', 'equipe', 'poste', 'vigile', 'gardien']);
function contestedCustodyVerb(doc: Doc, heads: ReadonlyArray<readonly [number, number]>, add: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const [h, to] of heads) {
    const sn = toks[h].sn;
    let k = to;
    if (!CUSTODY_DETS.has(toks[k]?.t ?? '') || toks[k].sn !== sn) continue;
    k++;
    if (toks[k]?.t === 'droit' && toks[k + 1]?.t === 'de') k += 2;
    if (!CONTESTED_NOUNS.has(toks[k]?.t ?? "") || toks[k].sn !== sn) continue;
    // "garde à vue" is police custody
    if (toks[k + 1]?.t === 'a' && toks[k + 2]?.t === 'vue') continue;
    let end = k + 1;
    if (['alternee', 'exclusive', 'partagee', 'principale'].includes(toks[end]?.t ?? '')) end++;
    let child = false;
    const [s0, s1] = doc.sentences[sn];
    let duty = false;
    for (let j = Math.max(s0, h - 8); j < Math.min(s1, k + 8); j++) if (DUTY_WORDS.has(toks[j].t)) duty = true;
    if (duty) continue;
    // the child named after: "de ses deux enfants", "des jumeaux", "de la petite"
    for (let j = k + 1; j < Math.min(s1, k + 6) && toks[j].k !== Kind.Punct; j++) if (CHILD_OBJECTS.has(toks[j].t)) {
      // « ses petits-enfants »: grandchildren looked after, not a custody of one's own children
      if (toks[j + 1]?.hyphen) break;
      child = true; end = j + 1; break;
    }
    if (!child) {
      if (ASK_HEADS.has(toks[h].t)) continue;
      let family = false;
      for (let j = s0; j < s1; j++) if ((j < h || j > k) && CUSTODY_FAMILY.has(toks[j].t)) { family = true; break; }
      if (!family) continue;
    }
    if (jobFrame(doc, h) || absentBefore(doc, h)) continue;
    add(h, end);
  }
}

/** A partner as the subject earlier in the sentence: "son mari refuse qu'elle travaille | et contrôle ses comptes" (the job word is hers, the control his). */
const PARTNER_SUBJECTS = new Set(['mari', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'epoux', 'epouse', 'concubin', 'concubine', 'ex', 'ex-mari', 'ex-compagnon', 'ex-conjoint']);
function partnerSubjectBefore(doc: Doc, h: number): boolean {
  const toks = doc.tokens;
  for (let k = h - 1; k >= Math.max(0, h - 10) && toks[k].sn === toks[h].sn; k--) {
    if (PARTNER_SUBJECTS.has(toks[k].t) && ['son', 'sa', 'le', 'la', "l'"].includes(toks[k - 1]?.t ?? '')) return true;
  }
  return false;
}

/** Head words of the three code patterns, found by the engine's single lexicon pass instead of a scan per pattern. */
const trigger = (kind: PrivateEntry['kind'], heads: Iterable<string>): PrivateEntry[] => [...heads].map((lemma) => ({ lemma, kind }));
const TRIGGERS: PrivateEntry[] = [
  ...trigger('threat', [...new Set([...THREAT_VERBS, ...ESTRANGE_VERBS, ...STALK_VERBS])]),
  ...trigger('threat', [...THREAT_PARTICIPLES, ...PUT_OUT].flatMap((p) => [`a ${p}`, `avait ${p}`, `ont ${p}`, `avaient ${p}`])),
  ...trigger('violent', VIOLENT_ADJ),
  ...trigger('relation', [...REL_HEADS, ...INTIMATE_HEADS]),
  ...trigger('conflict', CONFLICT_NOUNS),
  ...trigger('conflict', COUPLE_ONLY_HEADS),
  ...trigger('removed', REMOVED),
  ...trigger('ousted', OUSTED),
  ...trigger('foster', ["famille d'accueil", "familles d'accueil", 'pouponnière', "foyer de l'enfance", "village d'enfants", "maison d'enfants", "maison d'enfants à caractère social",
    'lieu de vie', "lieu de vie et d'accueil", 'foyer éducatif', 'foyer ASE', "foyer de l'ASE", "centre départemental de l'enfance", "assistante familiale", "assistant familial"]),
  ...['MECS', 'LVA', 'CDEF'].map((lemma) => ({ lemma, kind: 'foster' as const, upper: true })),
  // estrangement when a relative is the subject before: "sa fille a coupé tout contact avec lui"
  ...trigger('estranged', ['a coupé tout contact', 'coupé tout contact', 'a coupé les contacts', 'a rompu tout contact', 'rompu tout contact', 'a coupé les liens', 'a rompu les liens',
    'ne donne plus de nouvelles', 'ne donne plus signe de vie', 'ne veut plus le voir', 'ne veut plus la voir', 'ne veut plus les voir', 'ne veut plus entendre parler de lui',
    "ne veut plus entendre parler d'elle", 'a bloqué son numéro', 'refuse de le voir', 'refuse de la voir', 'refuse tout contact', 'ne lui donne plus de nouvelles',
    'ne répond plus à ses appels', 'ne lui parle plus', 'ne veut plus lui parler', 'a coupé court à tout contact', "l'a rayé de sa vie", "l'a rayée de sa vie",
    // the same silence in other words: « ne lui adresse plus la parole », « ne leur rend plus visite », « ne l'appelle plus »
    'ne lui adresse plus la parole', 'ne leur adresse plus la parole', 'ne veut plus lui adresser la parole', 'ne leur parle plus', 'ne lui rend plus visite', 'ne leur rend plus visite',
    "ne l'appelle plus", 'ne lui écrit plus', 'ne lui téléphone plus', 'ne répond plus à ses messages', 'ne vient plus le voir', 'ne vient plus la voir', 'ne vient plus les voir']),
  // contact with the children denied: "refuse qu'il | voie les jumeaux"
  ...trigger('denial', ["refuse qu'il", "refuse qu'elle", "refusent qu'il", "refusent qu'elle", "refusait qu'il", "refusait qu'elle", "veut pas qu'il", "veut pas qu'elle",
    "veut plus qu'il", "veut plus qu'elle", "s'oppose à ce qu'il", "s'oppose à ce qu'elle", "interdit qu'il", "interdit qu'elle", "accepte pas qu'il", "accepte pas qu'elle",
    "refuse que le père", "refuse que la mère", "refuse que son ex", "refuse que leur père", "refuse que leur mère",
    // a partner's veto in other words: "ne supporte pas qu'elle travaille", "a refusé qu'elle sorte"
    ...['supporte pas', 'supportait pas', 'tolère pas', 'voulait pas', 'a refusé', 'refuse catégoriquement', 'accepte plus', 'acceptait pas', 'veut surtout pas'].flatMap((v) => [`${v} qu'il`, `${v} qu'elle`])]),
  // a court's decision after a placement: "confiée à sa grand-mère | par décision du juge"
  ...trigger('contest', [...CONTEST_FIGHT, ...CONTEST_ASK]),
  ...trigger('court', ['par décision du juge', 'sur décision du juge', 'par décision de justice', 'sur décision de justice', 'par ordonnance du juge', 'sur ordonnance du juge',
    'par le juge', 'par la juge', 'par jugement', 'par décision judiciaire', 'sur décision judiciaire', 'par le tribunal', 'sur décision du tribunal']),
  // a parent leaving for abroad with the child, or taking the child without consent (heads; the place and the child are read in abducted())
  ...trigger('abroad', [...GONE, ...TAKEN]),
  ...trigger('left', ['parti avec', 'partie avec', 'partis avec', 'parties avec', 'parti en emmenant', 'partie en emmenant', 'enfui avec', 'enfuie avec',
    'quitté le domicile avec', 'quitté la maison avec', 'quitté le foyer avec', 'quitté le logement avec', 'déménagé avec', 'disparu avec']),
];

/** An unpaid maintenance told with its own amount right after the noun (« de 180 € », « (180 € par mois) »). */
function pensionWithAmount(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  if (toks[to - 1]?.t !== 'pension' && toks[to - 1]?.t !== 'alimentaire') return false;
  let k = to;
  if (toks[k]?.t === 'alimentaire') k++;
  if (toks[k]?.t === 'de' || toks[k]?.t === '(') k++;
  else return false;
  return toks[k]?.k === Kind.Number && toks[k].sn === toks[from].sn;
}

/** Words of a hearing before the family judge: with the judge alone they add no fact to another finding of the sentence. */
const HEARING_WORDS = new Set(['audience', 'audiences', 'convocation', 'convoque', 'convoquee', 'passage', 'rdv', 'rendez-vous', 'devant', 'chez', 'au', 'le', 'du', 'aupres']);

/** Words of a break with a relative, which a silence after it restates: « rupture avec son fils, qui ne lui parle plus ». */
const BREAK_WORDS = new Set(['rupture', 'brouille', 'brouillee', 'brouilles', 'fache', 'fachee', 'faches', 'froid', 'coupe', 'coupee', 'ponts', 'rompu', 'rompue', 'conflit', 'distance', 'eloigne', 'eloignee']);
/** Rank words after a relative's noun: « son fils aîné », « sa fille cadette ». */
const KIN_RANKS = new Set(['aine', 'ainee', 'aines', 'ainees', 'cadet', 'cadette', 'cadets', 'cadettes', 'benjamin', 'benjamine', 'puine', 'puinee']);
/**
 * One story, one finding: a fact restated right after a colon (« sa compagne l'a quitté … : rupture brutale ») or
 * continued by a relative clause (« main courante contre son ex-compagne | qui | ne ramène pas les enfants ») joins the fact before it.
 */
const PLURAL_SUBJECTS = new Set(['on', 'ils', 'elles']);
const RESTATE_SUBJECTS = new Set([...PLURAL_SUBJECTS, 'ne', "n'", 'et']);
function joinRestatements(doc: Doc, spans: Array<[number, number]>): void {
  if (spans.length < 2) return;
  const toks = doc.tokens;
  spans.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (b[0] <= a[1] || toks[a[0]].sn !== toks[b[0]].sn) continue;
    const gap = b[0] - a[1];
    // a relative clause on the relative just named, with or without a comma: « rupture avec son fils aîné, qui ne lui parle plus depuis deux ans »
    // (after a comma, only a silence restating a break: « climat conflictuel avec son mari, qui la menace » is a second fact)
    let rel = a[1];
    while (rel < b[0] - 1 && KIN_RANKS.has(toks[rel].t)) rel++;
    const comma = rel < b[0] - 1 && toks[rel].t === ',';
    if (comma) rel++;
    const relative = rel === b[0] - 1 && (toks[rel].t === 'qui' || toks[rel].t === 'dont')
      && (!comma || ((toks[b[0]].t === 'ne' || toks[b[0]].t === "n'") && toks.slice(a[0], a[1]).some((t) => BREAK_WORDS.has(t.t))));
    // the restatement comes right after the colon and the colon is the only stop between the two facts
    let colon = toks[b[0] - 1]?.t === ':' && gap <= 12;
    for (let k = a[1]; colon && k < b[0] - 1; k++) if (toks[k].k === Kind.Punct && toks[k].t !== ',' && toks[k].t !== "'") colon = false;
    // the same fact said again after a comma with its subject: « c'est la rupture totale, on se parle plus », « brouillée avec sa sœur, elles ne se parlent plus »
    // (only a reciprocal silence with a plural subject, not another fact: « il a coupé les ponts… », « ils l'ont renié »)
    const between = toks.slice(a[1] + 1, b[0]);
    const reciprocal = [b[0], b[0] + 1].some((k) => toks[k]?.t === 'se' || toks[k]?.t === "s'");
    const restated = gap >= 2 && gap <= 4 && toks[a[1]].t === ',' && reciprocal && between.some((t) => PLURAL_SUBJECTS.has(t.t)) && between.every((t) => RESTATE_SUBJECTS.has(t.t));
    if (relative || colon || restated) { a[1] = Math.max(a[1], b[1]); spans.splice(i, 1); i--; }
  }
}

/** Asylum, residence and prefecture words (folded) that make a removal order a foreigner's, not a partner kept away. */
const MIGRATION_WORDS = new Set(['asile', 'deboute', 'deboutee', 'deboutes', 'ofpra', 'cnda', 'oqtf', 'prefecture', 'prefet', 'prefete', 'sejour', 'titre', 'sans-papiers',
  'dublin', 'retention', 'cra', 'irtf', 'reconduite', 'expulsion', 'regularisation', 'refugie', 'refugiee', 'demandeur', 'demandeuse', 'cada', 'huda', 'ada', 'visa']);
const PARTNER_AFTER = new Set(['mari', 'conjoint', 'conjointe', 'epoux', 'epouse', 'compagnon', 'compagne', 'ex', 'ex-mari', 'ex-conjoint', 'ex-compagnon', 'concubin', 'pere', 'mere', 'frere', 'soeur', 'fils', 'fille']);
/** A migration word earlier in the sentence, up to 25 tokens back: « Débouté de l'asile, il est sous le coup d'une mesure d'éloignement ». */
function foreignerRemoval(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // (a partner or a relative named right after keeps it family: « … une mesure d'éloignement contre son mari »)
  for (let k = from + 3; k < from + 8 && k < toks.length && toks[k].sn === sn; k++) if (PARTNER_AFTER.has(toks[k].t)) return false;
  for (let k = from - 1, n = 0; n < 25 && k >= 0 && toks[k].sn === sn; k--, n++) if (MIGRATION_WORDS.has(toks[k].t)) return true;
  return false;
}

/** Words before « avec » that make « un autre homme », « une autre femme » the person's own couple: « en couple avec », « sa relation avec », « vit avec ». */
const OWN_COUPLE_WITH = new Set(['couple', 'relation', 'liaison', 'vit', 'vivait', 'vivent', 'menage', 'marie', 'mariee', 'pacse', 'pacsee', 'installe', 'installee', 'histoire']);
/** Partners of the person, named before in the sentence: then « une autre femme » is the one the partner left for. */
const OWN_PARTNERS = new Set(['mari', 'conjoint', 'conjointe', 'epoux', 'epouse', 'compagnon', 'compagne', 'femme', 'concubin', 'concubine', 'copain', 'copine', 'ex', 'ex-mari',
  'ex-femme', 'ex-conjoint', 'ex-conjointe', 'ex-compagnon', 'ex-compagne', 'fiance', 'fiancee']);
/**
 * « un autre homme » after « en couple avec », « sa relation avec », « vit avec » with no partner of the person named before it:
 * the person's own same-sex couple (rules/vie-sexuelle.ts), not an affair (« son mari a une relation avec une autre femme »).
 */
function coupleWithoutPartner(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (toks[from - 1]?.t !== 'avec' || !OWN_COUPLE_WITH.has(toks[from - 2]?.t ?? '')) return false;
  for (let k = from - 3, n = 0; n < 15 && k >= 0 && toks[k].sn === sn; k--, n++) if (OWN_PARTNERS.has(toks[k].t)) return false;
  return true;
}

export default defineRule({
  id: 'vie-privee',
  meta: {
    description: 'Conflit familial ou conjugal, violences, mesures de protection, placement des enfants, rupture avec les proches.',
    category: 'vie-privee',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'RGPD art. 15 (droit d’accès)', 'Code du travail L1132-1 (situation de famille)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    viePrivee: 'Vie privée et familiale (« {terme} ») : inutile au parcours ; notez seulement la contrainte de disponibilité si l’adhérent le souhaite.',
  },
  explanation:
    "L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15) et il peut être transmis à des partenaires. Un conflit de couple, " +
    "des violences, une procédure devant le juge aux affaires familiales ou un placement d'enfants relèvent de l'intimité : la CNIL rappelle " +
    "que l'entourage familial est sans rapport avec l'emploi, et la situation de famille est un critère de discrimination (L1132-1). " +
    "Écrivez la conséquence pour le parcours, validée avec l'adhérent : « Disponibilité à réévaluer dans deux mois, à sa demande ».",
  lexicon: [...VIE_PRIVEE, ...TRIGGERS],
  check(ctx) {
    const { doc } = ctx;
    const spans: Array<[number, number]> = [];
    const add = (from: number, to: number) => spans.push([from, to]);
    /** Estrangements taken up by a pronoun (« …, il n'a plus aucun contact avec elle »): findings only without an earlier one in their sentence. */
    const takeUps: Array<[number, number]> = [];
    const threatHeads: number[] = [];
    const relationHeads: number[] = [];
    const conflictHeads: number[] = [];
    const violentHeads: number[] = [];
    const removedHeads: number[] = [];
    const oustedHeads: number[] = [];
    const fosterHeads: number[] = [];
    const fosterEnds = new Map<number, number>();
    const leftHeads: Array<[number, number]> = [];
    const abroadHeads: number[] = [];
    const estrangedHeads: Array<[number, number]> = [];
    const courtHeads: Array<[number, number]> = [];
    const denialHeads: Array<[number, number]> = [];
    const controlSpans: Array<[number, number]> = [];
    const contestHeads: Array<[number, number]> = [];
    const placedIn: Array<[number, number]> = [];
    for (const hit of ctx.hits) {
      const e = hit.entry as unknown as PrivateEntry;
      if (e.kind === 'threat') { threatHeads.push(hit.from); continue; }
      if (e.kind === 'relation') { relationHeads.push(hit.from); continue; }
      if (e.kind === 'conflict') { conflictHeads.push(hit.from); continue; }
      if (e.kind === 'violent') { violentHeads.push(hit.from); continue; }
      if (e.kind === 'removed') { removedHeads.push(hit.from); continue; }
      if (e.kind === 'ousted') { oustedHeads.push(hit.from); continue; }
      if (e.kind === 'foster') { fosterHeads.push(hit.from); fosterEnds.set(hit.from, hit.to); continue; }
      if (e.kind === 'left') { leftHeads.push([hit.from, hit.to]); continue; }
      if (e.kind === 'abroad') { abroadHeads.push(hit.from); continue; }
      if (e.kind === 'estranged') { estrangedHeads.push([hit.from, hit.to]); continue; }
      if (e.kind === 'court') { courtHeads.push([hit.from, hit.to]); continue; }
      if (e.kind === 'denial') { denialHeads.push([hit.from, hit.to]); continue; }
      if (e.kind === 'contest') { contestHeads.push([hit.from, hit.to]); continue; }
      if (!entryAccepts(hit, ctx, false, false) || (e.tag !== 'report' && jobFrame(doc, hit.from) && !(e.tag === 'control' && partnerSubjectBefore(doc, hit.from)))
        || topicFrame(doc, hit.from) || absentBefore(doc, hit.from) || taskObject(doc, hit.from) || workTopic(doc, hit.from)) continue;
      if (e.tag === 'ban' && outsiderBanned(doc, hit.from)) continue;
      if (e.tag === 'removal' && foreignerRemoval(doc, hit.from)) continue;
      if (e.tag === 'affair' && coupleWithoutPartner(doc, hit.from)) continue;
      if (e.tag === 'protection' && educatorAsJob(doc, hit.from, hit.to)) continue;
      if (e.tag === 'control') controlSpans.push([hit.from, hit.to]);
      if (e.tag === 'placedIn') { placedIn.push([hit.from, hit.to]); continue; }
      if (e.kind === 'kin') {
        const end = kinAfter(doc, hit.to);
        // "ne" dropped ("il parle plus à son père"): not a comparison ("parle plus à son père qu'à sa mère") nor "il en parle plus à…"
        if (end > 0 && DROPPED_NE.has(doc.tokens[hit.from].t) && !negBefore(doc, hit.from) && droppedNeOther(doc, hit.from, end)) continue;
        // « Père cap-verdien, plus aucun contact avec lui depuis ses 10 ans »: the relative named before, taken up by a pronoun
        // (after a finding of the same sentence it restates it: « Brouillé avec ses parents depuis son mariage, il n'a plus aucun contact avec eux »)
        if (end < 0 && ESTRANGE_HEAD.test(e.lemma) && PRONOUN_AFTER.has(doc.tokens[hit.to]?.t ?? '') && doc.tokens[hit.to].sn === doc.tokens[hit.from].sn && kinBefore(doc, hit.from)) {
          // (decided once every other finding is known: the earlier one may come from a pattern read later)
          takeUps.push([hit.from, extendDepuis(doc, hit.to + 1)]);
          continue;
        }
        if (end < 0) {
          // the head may still start a pattern ("la harcèle | par SMS", "relations conflictuelles avec | sa fille aînée")
          const first = doc.tokens[hit.from].t;
          const second = doc.tokens[hit.from + 1]?.t ?? '';
          if (THREAT_VERBS.has(first) || (['a', 'avait', 'ont', 'avaient'].includes(first) && THREAT_PARTICIPLES.has(second))) threatHeads.push(hit.from);
          else if (CONFLICT_NOUNS.has(first)) conflictHeads.push(hit.from);
          else if (REL_HEADS.has(first) || INTIMATE_HEADS.has(first)) relationHeads.push(hit.from);
          continue;
        }
        add(hit.from, extendDepuis(doc, extendCustody(doc, end)));
      } else {
        // « ne verse plus la pension de 180 € », « … la pension alimentaire (180 € par mois) »: the unpaid sum is the finding (rules/finances.ts)
        if (pensionWithAmount(doc, hit.from, hit.to)) continue;
        add(legalStepStart(doc, hit.from), hit.to);
        // "a été mis à la porte | de chez ses parents": the nested participle still starts the place pattern
        for (let k = hit.from + 1; k < hit.to; k++) if (OUSTED_SET.has(doc.tokens[k].t)) oustedHeads.push(k);
      }
    }
    threats(doc, threatHeads, add);
    conflicts(doc, relationHeads, add);
    conflictsWith(doc, conflictHeads.filter((i) => CONFLICT_NOUNS.has(doc.tokens[i].t)), add);
    troubleInCouple(doc, conflictHeads, add);
    repeatedQuarrels(doc, conflictHeads, add);
    violentRelative(doc, violentHeads, add);
    childRemoved(doc, removedHeads, add);
    ousted(doc, oustedHeads, add);
    fosterCare(doc, fosterHeads, add, fosterEnds);
    leftWithChildren(doc, leftHeads, add);
    abducted(doc, abroadHeads, add);
    estranged(doc, estrangedHeads, add);
    entrusted(doc, courtHeads, add);
    contactDenied(doc, denialHeads, add);
    contestedCustodyVerb(doc, contestHeads, add);
    // "ses enfants sont en famille d'accueil" alone is a finding; after "juge des enfants a placé", "suite à une OPP" it only completes that fact
    // (only a fact told before it: « Placée en MECS, visites médiatisées » keeps the home, the visits come after)
    for (const [a, b] of placedIn) if (!spans.some(([c]) => doc.tokens[c].sn === doc.tokens[a].sn && c <= a)) spans.push([a, b]);
    // one fact, one finding: "placé en foyer | par le | juge des enfants"; acts of control listed with "et" or a comma
    // ("contrôle tous ses comptes | et | lit ses courriers") are one control
    if (controlSpans.length > 1) {
      controlSpans.sort((x, y) => x[0] - y[0]);
      for (let k = 1; k < controlSpans.length; k++) {
        const [a, b] = controlSpans[k - 1];
        const [c, d] = controlSpans[k];
        const gap = c - b;
        if (doc.tokens[a].sn === doc.tokens[c].sn && gap >= 1 && gap <= 2 && (doc.tokens[b].t === 'et' || doc.tokens[b].t === ',') && (gap === 1 || doc.tokens[b + 1].t === 'et')) {
          spans.push([a, d]);
          controlSpans[k] = [a, d];
        }
      }
    }
    // an act of control told in the past after another fact of the partner, one story: "son conjoint refuse qu'elle travaille | et a | caché ses papiers"
    for (const [c, d] of controlSpans) {
      const prev = spans.find(([a, b]) => b < c && doc.tokens[a].sn === doc.tokens[c].sn && doc.tokens[b].t === 'et'
        && ((c - b === 2 && ['a', 'avait'].includes(doc.tokens[b + 1].t)) || (c - b === 1 && ['a', 'avait'].includes(doc.tokens[c].t))));
      if (prev) spans.push([prev[0], d]);
    }
    for (const [from, to] of takeUps) if (!spans.some(([a, b]) => b <= from && doc.tokens[a].sn === doc.tokens[from].sn)) add(from, to);
    joinRestatements(doc, spans);
    const merged = mergeSpans(doc, spans.map(([from, to]) => ({ from, to })));
    /** The family judge named alone ("JAF", "juge aux affaires familiales"): the authority of another fact of the sentence adds nothing to it. */
    const clauseBreak = (a: number, b: number) => { for (let k = a; k < b; k++) if (doc.tokens[k].t === ';' || doc.tokens[k].t === ':') return true; return false; };
    const bareJudge = (from: number, to: number) => {
      // « audience devant le JAF », « convocation chez le juge aux affaires familiales »: the hearing alone is the judge named
      while (from < to - 1 && HEARING_WORDS.has(doc.tokens[from].t)) from++;
      return (to - from === 1 && doc.tokens[from].t === 'jaf') || (to - from === 4 && doc.tokens[from].t === 'juge' && doc.tokens[from + 3].t === 'familiales');
    };
    /**
     * The children's judge or a visiting right named alone (« juge des enfants », « droit de visite le samedi »): a detail of another
     * fact of the clause (« placés à l'ASE…, droit de visite le samedi », « le juge des enfants a ordonné une AEMO »), not a second finding.
     */
    // the judge as the author of a measure told after it (« le juge des enfants a ordonné une AEMO »; not « sur décision du juge des enfants »),
    // a visiting right appended after the fact without a verb (« placés à l'ASE…, droit de visite le samedi »; not « elle a un droit de visite »)
    const bareDetail = (from: number, to: number, other: { from: number }) => {
      while (from < to - 1 && HEARING_WORDS.has(doc.tokens[from].t)) from++;
      const t = doc.tokens;
      if (to - from === 3 && t[from].t === 'juge' && t[from + 2].t === 'enfants') return other.from > from;
      if (!((t[from].t === 'droit' || t[from].t === 'droits') && t[from + 2]?.t === 'visite' && (to - from === 3 || (to - from === 6 && t[from + 5].t === 'hebergement')))) return false;
      return other.from < from && t[from - 1]?.k === Kind.Punct;
    };
    /** Contested custody told with its verb after another fact of the sentence: « en plein divorce et la garde des enfants est contestée ». */
    const custodyClause = (from: number, to: number) => {
      const t = doc.tokens;
      if (t[from].t !== 'garde' && t[from].t !== 'residence' && t[from].t !== 'droit') return false;
      for (let k = from + 1; k < to; k++) if (t[k].t === 'est' || t[k].t === 'ete' || t[k].t === 'etait' || t[k].t === 'reste' || t[k].t === 'sont') return true;
      return false;
    };
    const sameClause = (from: number, to: number, o: { from: number; to: number }) =>
      o.from !== from && doc.tokens[o.from].sn === doc.tokens[from].sn && !clauseBreak(Math.min(to, o.to), Math.max(from, o.from));
    // the cheap test of the span's own shape comes first: `sameClause` reads the tokens between two
    // findings, and a long text without sentence punctuation is one sentence of thousands of findings
    for (const { from, to } of merged) {
      if (bareJudge(from, to) && merged.some((o) => sameClause(from, to, o))) continue;
      if (merged.some((o) => bareDetail(from, to, o) && sameClause(from, to, o) && !bareJudge(o.from, o.to))) continue;
      if (custodyClause(from, to) && merged.some((o) => o.to <= from && doc.tokens[o.from].sn === doc.tokens[from].sn)) continue;
      const [start, end] = doc.tokRange(from, to);
      ctx.report({
        start,
        end,
        messageId: 'viePrivee',
        data: { terme: ctx.text.slice(start, end) },
        confidence: 'high',
        fixes: [replaceFix(start, end, PRIVATE_REWRITE, 'Remplacer par la contrainte utile'), removalFix(ctx.text, start, end, 'Supprimer')],
      });
    }
  },
});
