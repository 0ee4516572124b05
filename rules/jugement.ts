/**
 * `jugement`: subjective or derogatory characterisations of the person (character, morality,
 * intelligence, motivation), including reported judgements the writer endorses. TAXONOMY.md §3.5, §6.2.
 *
 * Also exports the tone helpers shared with `propos-injurieux` and `apparence`: how a label is tied
 * to the person (§2.2: "un marché difficile" is fine, "il est difficile" is not), negation
 * ("il n'est pas agressif") and distance ("a peur de paraître arrogant").
 */
import { defineRule, removalFix, replaceFix, type RuleContext } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Confidence, Severity } from '../lib/lint/types.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { TokenSet } from '../lib/lint/token-set.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import { filedBefore, JOB_FRAME } from '../lib/lint/context.ts';
import { titleCased } from './shared/sante-extra.ts';
import { JUGEMENT, NEGATED_POSITIVE, OBSERVATION, triggers, type ToneEntry } from './lexicons/jugement.ts';

/** Degree words and hedges that may sit between a verb and its adjective ("est par moments très confuse"). */
/** Degree words and copulas before an adjective typed without its accent: « un peu renferme », « il est borne ». */
const UNACCENTED_LEAD = new Set(['peu', 'tres', 'assez', 'plutot', 'trop', 'si', 'tellement', 'vraiment', 'completement', 'est', 'etait', 'semble', 'semblait', 'parait', 'paraissait', 'reste', 'restait', 'sont', 'etaient']);
const MODIFIERS = new Set([
  'tres', 'trop', 'vraiment', 'assez', 'plutot', 'un', 'peu', 'si', 'tellement', 'completement', 'totalement', 'hyper', 'super',
  'extremement', 'particulierement', 'parfois', 'souvent', 'toujours', 'encore', 'bien', 'franchement', 'carrement', 'relativement',
  'legerement', 'excessivement', 'aussi', 'tout', 'du', 'par', 'moments', 'moment', 'fort', 'profondement', 'clairement', 'visiblement',
  'manifestement', 'apparemment', 'quelque', 'terriblement', 'sacrement', 'brin', 'egalement', 'deja', 'meme', 'plus', 'moins', 'grave',
  'globalement', 'ici', 'alors', 'vite', 'rapidement', 'facilement', 'affreusement', 'incroyablement', 'foncierement', 'reellement',
  'vachement', 'drolement', 'juste', 'limite', 'franchement', 'quand', 'meme', 'neanmoins', 'pourtant', 'malheureusement', 'honnetement',
  'certainement', 'probablement', 'sans', 'doute', 'un', 'peu', 'de', 'nature', 'pas', 'jamais', "n'", 'ne', 'vraiment',
  // typed short or in English: « mr tjrs aussi relou », « Very rude with the receptionist », « so lazy »
  'tjrs', 'tjs', 'trs', 'vrmt', 'svt', 'very', 'so', 'really', 'quite', 'pretty', 'extremely', 'too',
]);

/** Verbs that make the following adjective a predicate of their subject. */
const COPULAS = new Set([
  'est', 'etait', 'sera', 'serait', 'soit', 'fut', 'sont', 'etaient', 'semble', 'semblait', 'semblent', 'sembler', 'parait', 'paraissait', 'paraitre',
  'reste', 'restait', 'restent', 'restaient', 'paraissent', 'devient', 'devenait', 'devenu', 'devenue', 'demeure', 'montre', 'montree', 'montres', 'montrees', 'montrait', 'montrer',
  'revele', 'revelee', 'avere', 'averee', 'ete', 'etre', 'suis', 'etais', 'es', 'etes', 'serez', 'etiez', 'seriez', 'soyez', 'sois', 'serais', 'redevient', 'apparait', 'apparaissait',
  // how the person comes in: « elle arrive toujours sale », « il est arrivé agressif »
  'arrive', 'arrivait', 'arrivent', 'arrivaient', 'arrivee',
]);
/** Verbs of opinion whose object clitic is the person ("je l'ai trouvé sournois", "on la sent démotivée"). */
const PERCEPTION = new Set(['trouve', 'trouvee', 'trouvais', 'trouvait', 'trouvons', 'sens', 'sent', 'sentait', 'sentais', 'juge', 'jugee', 'jugeait', 'considere', 'consideree', 'voyais', 'vois',
  // a judgement said by someone with the person as object: « son ancien chef le dit ingérable », « on la disait caractérielle »
  'dit', 'disait', 'disent', 'disaient', 'estime', 'estimait', 'estiment']);
const OBJECT_CLITICS = new Set(['le', 'la', "l'", 'les', 'vous']);
const SUBJECT_SKIP = new Set([
  "n'", 'ne', "s'", 'se', 'a', 'ai', 'avait', 'aurait', 'ont', 'avaient', 'peut', 'pouvait', 'pourrait', 'doit', 'devait', 'sait', 'semble',
  'semblait', 'parait', 'toujours', 'souvent', 'parfois', 'aussi', 'deja', 'encore', 'vraiment', 'bien', 'y', 'en', 'lui', 'nous', 'me', "m'",
  'meme', 'alors', 'pourtant', 'generalement', 'plutot', 'egalement', 'effectivement', 'visiblement', 'apparemment', 'est', 'etait', 'ete', 'etre',
  'reellement', 'clairement', 'franchement', 'honnetement', 'manifestement', 'parfois', 'ensuite', 'finalement', 'du', 'coup',
]);
/** Subjects that are the person ("il", "l'adhérente", "Mme L."). */
const PERSON_SUBJECTS = new Set([
  'il', 'elle', 'ils', 'elles', 'vous', 'adherent', 'adherente', 'adherents', 'adherentes', 'beneficiaire', 'beneficiaires', 'candidat', 'candidate',
  'interesse', 'interessee', 'jeune', 'monsieur', 'madame', 'm', 'mme', 'mr', 'mlle', 'homme', 'femme', 'garcon', 'fille', 'personne', 'stagiaire',
  'accompagne', 'accompagnee', 'demandeur', 'demandeuse', 'celui', 'celle', 'ci', 'lui', 'eux', 'jeunes',
]);
const NOT_PERSON_SUBJECTS = new Set(['je', "j'", "c'", 'ce', 'cela', 'ca', 'ceci', 'tout', 'rien', 'on']);
/** Nouns after which an adjective qualifies the person or their behaviour ("un adhérent agressif", "un ton agressif"). */
const PERSON_NOUNS = new Set([
  'adherent', 'adherente', 'adherents', 'adherentes', 'beneficiaire', 'beneficiaires', 'personne', 'homme', 'femme', 'jeune', 'garcon', 'fille',
  'candidat', 'candidate', 'monsieur', 'madame', 'type', 'gars', 'mec', 'individu', 'stagiaire', 'demandeur', 'demandeuse', 'interlocuteur',
  'interlocutrice', 'caractere', 'comportement', 'comportements', 'attitude', 'attitudes', 'temperament', 'personnalite', 'humeur', 'ton',
  'reaction', 'reactions', 'esprit', 'nature', 'posture', 'allure', 'gamin', 'gamine', 'jeunes', 'hommes', 'femmes', 'personnes', 'profil',
  // « Dame très désagréable », « un bonhomme odieux », « une nana ingérable »
  'dame', 'dames', 'bonhomme', 'gaillard', 'gaillarde', 'nana', 'meuf', 'messieurs', 'demoiselle', 'monsieur', 'loustic', 'zigoto', 'gonzesse',
  // the civility abbreviations of notes: « mr tjrs aussi relou », « Mme très désagréable »
  'mr', 'mme', 'mlle', 'mrs',
  // the accompanied person by the programme's words: « Participante brouillonne », « un usager ingérable », « apprenant dissipé »
  'participant', 'participante', 'participants', 'participantes', 'usager', 'usagere', 'usagers', 'usageres', 'apprenant', 'apprenante', 'apprenants', 'apprenantes',
]);
const NEGATORS = new Set(['pas', 'jamais', 'nullement', 'aucunement', 'guere', 'point', 'sans', 'ni', 'non', 'aucun', 'aucune']);
const COORD = new Set(['et', 'ou', 'mais', 'voire', ',', 'puis']);
/** Modal verbs before « paraître » that keep the writer's own view: « il peut paraître rustre », « elle pourrait paraître hautaine ». */
const MODAL_APPEAR = new Set(['peut', 'pourrait', 'pouvait', 'peuvent', 'pourraient']);
/** Words before a label that say the writer does not endorse it ("a peur de paraître arrogant"). */
const DISTANCE = new Set(['paraitre', 'passer', 'peur', 'crainte', 'craint', 'craignait', 'craindre', 'redoute', 'redoutait', 'apprehende', 'eviter', 'evite', 'accuse', 'accusee', 'reproche', 'reprochait', 'etiquete', 'etiquetee', 'catalogue', 'cataloguee']);
/** Who assesses the work: an employer, a tutor or a host of a placement, named before the term in its sentence. */
const ASSESSORS = new Set(['chef', 'cheffe', 'tuteur', 'tutrice', 'employeur', 'employeuse', 'patron', 'patronne', 'responsable', 'maitre', 'manager', 'encadrant', 'encadrante', 'pmsmp', 'stage', 'entreprise']);
function workAssessor(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 14 && k >= 0 && toks[k].sn === sn; k--, n++) if (ASSESSORS.has(toks[k].t)) return true;
  return false;
}
/** « traiter quelqu'un de … »: the word after is another's insult, reported. */
const INSULTED = new Set(['traite', 'traitee', 'traites', 'traitees', 'traiter', 'traitait', 'traitaient', 'traitent', 'qualifie', 'qualifiee', 'qualifiait', 'taxe', 'taxee', 'surnomme', 'surnommee']);
/** The writer siding with a reported judgement: « et je partage cet avis », « ce que je confirme », « à raison ». */
const ENDORSE = new Set(['partage', 'partageons', 'confirme', 'confirmons', 'raison', 'effectivement', 'accord', 'souscris', 'rejoins', 'approuve', 'vrai', 'juste']);
const SELF = new Set(['trouve', 'sent', 'sentait', 'juge', 'dit', 'disait', 'decrit', 'decrivait', 'considere', 'voit', 'qualifie', 'definit', 'estime', 'trouvait', 'percoit', 'pense']);

/** Verbs of description before "comme": a judgement reported about the person. */
const DESCRIBE = new Set(['decrit', 'decrivait', 'decrivent', 'decrivaient', 'presente', 'presentait', 'qualifie', 'qualifiait', 'depeint', 'voit', 'voyait', 'considere', 'considerait', 'percoit', 'percevait', 'decrite', 'presentee']);
const tokenAt = (doc: Doc, k: number, sn: number) => (k >= 0 && k < doc.tokens.length && doc.tokens[k].sn === sn ? doc.tokens[k] : undefined);

/** Is the subject of the verb at `k` the person (not "c'", "je", "le marché")? */
export function personSubject(doc: Doc, k: number, relaxed = false): boolean {
  const sn = doc.tokens[k].sn;
  let j = k - 1;
  for (let steps = 0; steps < 6; steps++) {
    const t = tokenAt(doc, j, sn);
    if (!t || !SUBJECT_SKIP.has(t.t)) break;
    j--;
  }
  const t = tokenAt(doc, j, sn);
  if (!t) return false;
  if (NOT_PERSON_SUBJECTS.has(t.t)) return false;
  if (PERSON_SUBJECTS.has(t.t)) return true;
  if (t.t === 'qui') {
    let p = j - 1;
    if (tokenAt(doc, p, sn)?.t === ',') p--;
    const q = tokenAt(doc, p, sn);
    return !!q && (PERSON_SUBJECTS.has(q.t) || (q.k === Kind.Word && doc.isCapitalized(p) && !q.first));
  }
  // "M. K. est", "Mme L. était": initials
  if (t.t === '.' && tokenAt(doc, j - 1, sn)?.t.length === 1) return true;
  // a proper name ("Karim est", "… Durand semble"); not a place after a preposition ("l'entreprise de Colmar sera fermée")
  if (t.k === Kind.Word && doc.isCapitalized(j) && t.t.length > 1 && !FUNCTION_WORDS.has(t.t)) {
    // the first part of a compound name: « la Poste de Saint-Amand », « Jean-Marc »
    let n = j;
    while (doc.tokens[n].hyphen && tokenAt(doc, n - 1, sn) && doc.isCapitalized(n - 1)) n--;
    const q = tokenAt(doc, n - 1, sn);
    const p = q?.t;
    if ((p === 'de' || p === "d'" || p === 'du' || p === 'a' || p === 'au' || p === 'en') && !PERSON_SUBJECTS.has(tokenAt(doc, n - 2, sn)?.t ?? '')) return false;
    // a name after an article is a place, a body or a brand: « la rue de la République est fermée », « La Poste est fermée », « le courrier de la CAF était sec »
    // (a capital article inside the sentence is a surname's particle: « Mme Le Goff est très fermée »)
    if ((p === 'la' || p === 'le' || p === 'les' || p === "l'") && (!doc.isCapitalized(n - 1) || !tokenAt(doc, n - 2, sn))) return false;
    // a name after a noun and its article names a shop, a firm or a place: « le magasin Tati est fermé », « l'agence Adecco » (not « l'adhérent Karim », « son fils Yanis »)
    if (q && q.k === Kind.Word && !doc.isCapitalized(n - 1) && !FUNCTION_WORDS.has(q.t) && !PERSON_SUBJECTS.has(q.t) && !PERSON_NOUNS.has(q.t) && !KIN_NOUNS.has(q.t)
      && NAME_ARTICLES.has(tokenAt(doc, n - 2, sn)?.t ?? '')) return false;
    return true;
  }
  return relaxed;
}
/** Articles before a noun that a name follows: « le magasin Tati », « l'agence Adecco ». */
const NAME_ARTICLES = new Set(['le', 'la', 'les', "l'", 'ce', 'cette', 'cet', 'un', 'une']);
const FUNCTION_WORDS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'votre', 'il', 'elle', 'on', 'cela', 'ca', 'tout', 'rien', 'qui', 'que', 'depuis', 'pendant', 'lors', 'selon', 'avec', 'sans', 'en', 'dans', 'pour', 'par']);

/**
 * Is the adjective at [from, to) said of the person? Predicate ("il est lent", "je l'ai trouvé
 * sournois", "a l'air perdu"), attribute of a person or behaviour noun ("un adhérent agressif",
 * "un ton agressif"), or apposition opening the sentence ("Agressif lors du dernier RDV").
 */
/** Headings of a terse note on the person, whose list items are said of them. */
const NOTE_HEADS = new Set(['bilan', 'synthese', 'observations', 'observation', 'impression', 'impressions', 'ressenti', 'appreciation', 'profil', 'avis', 'remarques', 'constat']);
/** Adjectives that also sum up a week or a situation ("Bilan : compliqué, plusieurs refus"). */
const SITUATION_ADJ = new Set(['difficile', 'difficiles', 'complique', 'compliquee', 'compliques', 'compliquees', 'negatif', 'negative', 'lent', 'lente', 'limite', 'limites',
  'moyen', 'moyenne', 'mitige', 'mitigee', 'confus', 'confuse', 'brouillon', 'decousu', 'decousue', 'tendu', 'tendue', 'incoherent', 'incoherente', 'insuffisant',
  'insuffisante', 'faible', 'fragile', 'instable', 'changeant', 'changeante', 'froid', 'rigide', 'desastreux', 'catastrophique', 'penible', 'lourd', 'lourde']);
/** Is `k` (the token before an adjective) the colon of "Bilan :" opening the sentence, or a comma after one-word items of such a list? */
function noteListItem(doc: Doc, k: number, sn: number): boolean {
  const toks = doc.tokens;
  for (let n = 0; n < 4; n++) {
    const t = tokenAt(doc, k, sn);
    if (!t) return false;
    if (t.t === ':') {
      const head = tokenAt(doc, k - 1, sn);
      return !!head && NOTE_HEADS.has(head.t) && !tokenAt(doc, k - 2, sn);
    }
    // "Synthèse : ponctuel, | désorganisé": one word between commas
    if (t.t !== ',' || !tokenAt(doc, k - 1, sn) || toks[k - 1].k !== Kind.Word) return false;
    k -= 2;
  }
  return false;
}

/** Labels of a line about the person's conduct: « Comportement : », « Attitude en atelier : », « Savoir-être : ». */
const BEHAVIOUR_HEADS = new Set(['comportement', 'attitude', 'posture', 'conduite', 'temperament', 'caractere', 'personnalite', 'attitudes', 'comportements']);
/** Words of the setting between such a label and its colon: « Comportement en entretien : », « Attitude lors de l'atelier : ». */
const SETTING_WORDS = new Set(['en', 'lors', 'de', "l'", 'du', 'au', 'pendant', 'durant', 'le', 'la', 'entretien', 'entretiens', 'atelier', 'ateliers', 'rdv', 'rendez-vous', 'groupe',
  'stage', 'formation', 'seance', 'reunion', 'general', 'globale', 'global', 'generale', '-', '•', '*']);
/**
 * Is the comma or colon at `k` inside a list of short items headed by a behaviour label, the label opening the sentence
 * (each item a word or a short clause: « nonchalant, répond à peine aux questions, »)?
 */
function behaviourListItem(doc: Doc, k: number, sn: number): boolean {
  const toks = doc.tokens;
  for (let j = k, n = 0; n < 24 && tokenAt(doc, j, sn); j--, n++) {
    const t = toks[j].t;
    if (t === '.' || t === ';' || t === '?' || t === '!' || t === '(' || t === ')') return false;
    if (t !== ':') continue;
    // the label and its setting open the sentence
    let h = j - 1;
    while (tokenAt(doc, h, sn) && SETTING_WORDS.has(toks[h].t) && !BEHAVIOUR_HEADS.has(toks[h].t)) h--;
    // « savoir-être » is two tokens joined by a hyphen
    if (tokenAt(doc, h, sn)?.t === 'etre' && toks[h].hyphen && tokenAt(doc, h - 1, sn)?.t === 'savoir') h--;
    else if (!tokenAt(doc, h, sn) || !BEHAVIOUR_HEADS.has(toks[h].t)) return false;
    for (let q = h - 1; tokenAt(doc, q, sn); q--) if (!SETTING_WORDS.has(toks[q].t) || q < h - 1) return false;
    return true;
  }
  return false;
}

/** Verbs by which the person has a side of character: « il a un côté … », « elle garde un côté … ». */
const TRAIT_VERBS = new Set(['a', 'avait', 'ont', 'garde', 'gardait', 'conserve', 'montre', 'montrait']);
/** Degree adverbs that make a phrase after an opening title a characterisation: « CESF complètement à l'ouest », « Cariste un peu lent ». */
const TITLE_DEGREE = new Set(['completement', 'totalement', 'peu', 'tres', 'vraiment', 'assez', 'plutot', 'trop', 'super', 'hyper', 'franchement', 'carrement', 'vachement', 'archi']);
export function attachedToPerson(doc: Doc, from: number, relaxed = false): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // attribute of a person / behaviour noun
  let j = from - 1;
  for (let s = 0; s < 3 && tokenAt(doc, j, sn) && MODIFIERS.has(toks[j].t) && toks[j].t !== 'de'; s++) j--;
  if (tokenAt(doc, j, sn) && PERSON_NOUNS.has(toks[j].t)) return true;
  // a trait the person has: « il a quand même un côté assisté », « elle garde un côté méfiant » (not a task's: « le poste a un côté difficile »)
  if (tokenAt(doc, j, sn)?.t === 'cote' && tokenAt(doc, j - 1, sn)?.t === 'un' && !SITUATION_ADJ.has(toks[from].t)) {
    let v = j - 2;
    for (let s = 0; s < 4 && tokenAt(doc, v, sn) && MODIFIERS.has(toks[v].t); s++) v--;
    if (tokenAt(doc, v, sn) && TRAIT_VERBS.has(toks[v].t) && personSubject(doc, v)) return true;
  }
  // "quelqu'un de très désagréable"
  if (tokenAt(doc, j, sn)?.t === 'de' && tokenAt(doc, j - 1, sn)?.t === 'un' && tokenAt(doc, j - 2, sn)?.t === "quelqu'") return true;
  // predicate
  j = from - 1;
  for (let steps = 0; steps < 9; steps++) {
    const t = tokenAt(doc, j, sn);
    if (!t) break;
    if (MODIFIERS.has(t.t)) { j--; continue; }
    if (COORD.has(t.t)) {
      // "il est lent et limité": skip the coordinated adjective
      j--;
      const prev = tokenAt(doc, j, sn);
      if (prev && prev.k === Kind.Word && !COPULAS.has(prev.t)) j--;
      // "Adhérente vulgaire et agressive": the first adjective qualified a person noun
      let q = j;
      while (tokenAt(doc, q, sn) && MODIFIERS.has(toks[q].t) && toks[q].t !== 'de') q--;
      if (tokenAt(doc, q, sn) && PERSON_NOUNS.has(toks[q].t)) return true;
      // « il est assez fruste dans ses échanges et un peu sans-gêne »: the first attribute has a short complement; its copula is a few words back
      if (tokenAt(doc, j, sn) && !COPULAS.has(toks[j].t) && !MODIFIERS.has(toks[j].t)) {
        for (let c = j - 1, n = 0; n < 7; c--, n++) {
          const ct = tokenAt(doc, c, sn);
          if (!ct || ct.k === Kind.Punct || COORD.has(ct.t)) break;
          if (COPULAS.has(ct.t)) return personSubject(doc, c, relaxed);
        }
      }
      continue;
    }
    if (COPULAS.has(t.t)) return personSubject(doc, j, relaxed);
    if (PERCEPTION.has(t.t)) {
      for (let p = j - 1, s = 0; s < 4; p--, s++) {
        const q = tokenAt(doc, p, sn);
        if (!q) break;
        if (OBJECT_CLITICS.has(q.t)) return true;
        if (!['ai', 'a', 'avait', 'avais', 'avons', 'je', "j'", 'on', 'nous', 'l', 'ne', "n'"].includes(q.t)) break;
      }
      return false;
    }
    if (t.t === 'air' && tokenAt(doc, j - 1, sn)?.t === "l'") return personSubject(doc, j - 2, relaxed);
    // "(son ancien directeur) le décrit comme « rigide et cassant »", "la présente comme distante"
    if (t.t === '«' || t.t === '"' || t.t === '“') { j--; continue; }
    if (t.t === 'comme' && DESCRIBE.has(tokenAt(doc, j - 1, sn)?.t ?? '') && OBJECT_CLITICS.has(tokenAt(doc, j - 2, sn)?.t ?? '')) return true;
    break;
  }
  // apposition between commas before the subject: "Musicien de bal, complètement perché, il oublie…"
  {
    let a = from - 1;
    while (tokenAt(doc, a, sn) && MODIFIERS.has(toks[a].t)) a--;
    let b = from + 1;
    while (tokenAt(doc, b, sn) && toks[b].k === Kind.Word && !PERSON_SUBJECTS.has(toks[b].t) && b < from + 3) b++;
    if (tokenAt(doc, a, sn)?.t === ',' && tokenAt(doc, b, sn)?.t === ',' && ['il', 'elle'].includes(tokenAt(doc, b + 1, sn)?.t ?? '')) return true;
  }
  // apposition after a job title opening the sentence, before the subject: "CESF complètement à l'ouest, elle confond…", "Cariste un peu lent, il…"
  if (!SITUATION_ADJ.has(toks[from].t) && (TITLE_DEGREE.has(tokenAt(doc, from - 1, sn)?.t ?? '') || TITLE_DEGREE.has(toks[from].t)) && openingTitle(doc, from)) {
    for (let b = from + 1, n = 0; n < 8 && tokenAt(doc, b, sn); b++, n++) {
      if (toks[b].t === ',') { if (['il', 'elle'].includes(tokenAt(doc, b + 1, sn)?.t ?? '')) return true; break; }
      if (toks[b].k === Kind.Punct || COPULAS.has(toks[b].t) || CLAUSE_PRONOUNS.has(toks[b].t)) break;
    }
  }
  // apposition opening the sentence ("Agressif lors du dernier RDV", "Très lunatique, il…")
  let k = from - 1;
  while (tokenAt(doc, k, sn) && (MODIFIERS.has(toks[k].t) || (toks[k].k === Kind.Punct && toks[k].t !== ',' && toks[k].t !== ':'))) k--;
  if (!tokenAt(doc, k, sn)) return true;
  // "Comportement : agressif"
  if (toks[k].t === ':' && tokenAt(doc, k - 1, sn) && PERSON_NOUNS.has(toks[k - 1].t)) return true;
  // a terse note list about the person: "Bilan : désorganisé, sous Zoloft", "Synthèse : ponctuel, désorganisé"
  if (noteListItem(doc, k, sn) && !SITUATION_ADJ.has(toks[from].t)) return true;
  // an item of a list headed by a behaviour label: « Comportement en entretien : nonchalant, répond à peine aux questions, pas très fiable sur les dates »
  if ((toks[k].t === ',' || toks[k].t === ':') && behaviourListItem(doc, k, sn)) return true;
  // "…, mais assez mou et se laisse vivre": a clause without subject whose coordinated verb is reflexive, so said of a person
  if (toks[k].t === 'mais' || toks[k].t === ',' || toks[k].t === ';') {
    let n = from + 1;
    while (tokenAt(doc, n, sn) && MODIFIERS.has(toks[n].t)) n++;
    const et = tokenAt(doc, n, sn);
    const refl = tokenAt(doc, n + 1, sn);
    if (et?.t === 'et' && refl && (refl.t === 'se' || refl.t === "s'")) return true;
  }
  return false;
}

/** Is the term at `from` negated ("il n'est pas agressif", "n'a jamais été violent", "sans être arrogant")? */
export function negatedTerm(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let j = from - 1;
  for (let steps = 0; steps < 7; steps++) {
    const t = tokenAt(doc, j, sn);
    if (!t) return false;
    if (NEGATORS.has(t.t) && !(t.t === 'sans' && tokenAt(doc, j + 1, sn)?.t === 'doute')) return true;
    if (t.t === 'plus' && ['ne', "n'"].some((n) => tokenAt(doc, j - 1, sn)?.t === n || tokenAt(doc, j - 2, sn)?.t === n)) return true;
    if (MODIFIERS.has(t.t) || COPULAS.has(t.t) || SUBJECT_SKIP.has(t.t) || COORD.has(t.t)) { j--; continue; }
    return false;
  }
  return false;
}

/** Does the writer keep the label at a distance ("peur de paraître arrogant", "il se trouve lent")? */
/** Nouns that cite a word as a word: « le mot plouc », « le terme « assisté » », « l'adjectif paresseux ». */
const WORD_NOUNS = new Set(['mot', 'mots', 'terme', 'termes', 'expression', 'expressions', 'adjectif', 'adjectifs', 'qualificatif', 'qualificatifs', 'vocable', 'insulte']);
const WORD_DETS = new Set(['le', 'les', 'ce', 'ces', 'du', 'des', 'un', "l'", 'cet', 'cette', 'une']);
/** « le mot plouc est cité dans le livre », « l'expression « cas social » » : the word mentioned, applied to no one. */
function citedWord(doc: Doc, from: number, sn: number): boolean {
  let j = from - 1;
  const q = tokenAt(doc, j, sn)?.t;
  if (q === '«' || q === '"' || q === '“') j--;
  return WORD_NOUNS.has(tokenAt(doc, j, sn)?.t ?? '') && WORD_DETS.has(tokenAt(doc, j - 1, sn)?.t ?? '');
}

export function distanced(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (citedWord(doc, from, sn)) return true;
  for (let j = from - 1, s = 0; s < 7; j--, s++) {
    const t = tokenAt(doc, j, sn);
    // someone's insult reported in quotes, not the writer's word: « un collègue l'a traité de « taré » » (unquoted, « le traitait de tèbè », it stays a finding)
    if (t && (t.t === '«' || t.t === '"' || t.t === '“')) {
      const de = tokenAt(doc, j - 1, sn)?.t;
      if (!((de === 'de' || de === "d'") && INSULTED.has(tokenAt(doc, j - 2, sn)?.t ?? ''))) return false;
      // endorsed by the writer: « … de « feignasse » et je partage cet avis »
      for (let k = from + 1, n = 0; n < 20 && tokenAt(doc, k, sn); k++, n++) if (ENDORSE.has(toks[k].t)) return false;
      return true;
    }
    if (!t || (t.k === Kind.Punct && t.t !== '-')) return false;
    // the writer's contrast closes what came before: « il se dit motivé mais c'est un flemmard »
    if (t.t === 'mais' || t.t === 'pourtant') return false;
    // « peut paraître rustre »: the writer's own hedged view, unlike « a peur de paraître arrogant »
    if (DISTANCE.has(t.t)) { if (t.t === 'paraitre' && MODAL_APPEAR.has(tokenAt(doc, j - 1, sn)?.t ?? '')) continue; return true; }
    // the person describing themself ("« je suis trop lent »"): not the writer's judgement
    if (t.t === 'suis' || t.t === 'etais' || t.t === 'serais') return true;
    if (SELF.has(t.t)) {
      const p = tokenAt(doc, j - 1, sn)?.t;
      if (p === 'se' || p === "s'" || p === 'me' || p === "m'") return true;
    }
  }
  return false;
}

const CLAUSE_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'vous', 'nous', 'on', 'je', "j'", 'lui', 'se', "s'", 'me', "m'", 'qui', 'que', "qu'"]);
/** Words naming a course, workshop or talk, whose quoted title follows: atelier « Sortir de la passivité ». */
const COURSE_WORDS = new Set(['formation', 'formations', 'module', 'modules', 'atelier', 'ateliers', 'stage', 'cours', 'sensibilisation', 'webinaire', 'conference', 'intitule', 'theme', 'session']);
const FRAME_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'en', 'a', 'au', 'aux', 'dans', 'pour', 'avec', 'sur', 'un', 'une', 'personnes', 'personne', 'enfants', 'adultes', 'jeunes', 'milieu', 'secteur']);

/**
 * Job / sector / training frame before the term ("métier d'huissier", "formation sur les violences
 * conjugales"), like lib/lint/context.ts `jobFrameBefore` but without the false frames of "en cours"
 * ("saisie sur salaire en cours suite à une dette") and "chez" ("dort chez des amis et mange aux Restos du cœur").
 */
export function jobFrame(doc: Doc, from: number, reach = 4): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, steps = 0; k >= 0 && steps < reach && toks[k].sn === sn; k--) {
    const t = toks[k];
    // a quoted course title right after the course word: formation « Faire face à l'agressivité du public »
    if (t.k === Kind.Punct) return (t.t === '«' || t.t === '"' || t.t === '“') && COURSE_WORDS.has(toks[k - 1]?.sn === sn ? toks[k - 1].t : '');
    // a subject or object pronoun starts another clause: "l'atelier CV | vous trouvait bornée"
    // "bonne dynamique sur le poste | mais vraie tête brûlée": another clause
    if (CLAUSE_PRONOUNS.has(t.t) || COPULAS.has(t.t) || PERCEPTION.has(t.t) || t.t === 'mais' || t.t === 'car') return false;
    // a judgement reported with its verb: « son ancien employeur le décrit comme je-m'en-foutiste » (the employer is the speaker, not a frame)
    if (t.t === 'comme' && DESCRIBE.has(toks[k - 1]?.sn === sn ? toks[k - 1].t : '')) return false;
    if (JOB_FRAME.has(t.t) && t.t !== 'chez' && !(t.t === 'cours' && toks[k - 1]?.t === 'en') && !(t.t === 'public' && toks[k - 1]?.t === 'tresor') && !(t.t === 'aupres' && filedBefore(toks, k))) return true;
    if (!FRAME_SKIP.has(t.t)) steps++;
  }
  return false;
}

/** Verbs of handling files at work: « elle instruisait les informations préoccupantes », « il relançait les impayés ». */
const TASK_VERBS = new TokenSet(['traitait', 'traitaient', 'traite', 'traiter', 'traites', 'gerait', 'geraient', 'gere', 'gerer', 'relancait', 'relance', 'relancer', 'etudiait', 'etudie',
  'etudier', 'instruisait', 'instruit', 'instruire', 'suivait', 'suivaient', 'montait', 'monte', 'monter', 'negociait', 'negocier', 'analysait', 'analyser',
  'recouvrait', 'recouvrer', 'accompagnait', 'accompagner', 'accompagne', 'declarait', 'declarer', 'saisissait', 'constituait', 'constituer', 'preparait', 'preparer', 'redigeait',
  'rediger', 'examinait', 'examiner', 'controlait', 'controler', 'verifiait', 'verifier', 'evaluait', 'evaluer', 'signalait', 'signaler', 'connait', 'connaissait', 'maitrise',
  'maitrisait', 'pilotait', 'piloter', 'encadrait', 'supervisait', 'superviser',
  // habits of a trade, in the imperfect only (« il pratiquait des saisies de véhicules »; « il a procédé à la saisie » may be the person's)
  'organisait', 'pratiquait', 'procedait', 'effectuait', 'realisait']);
/** What a sentence about a job has: a title, the clients or users served, files by the dozen. */
const TASK_CUES = new TokenSet(['clients', 'client', 'clientele', 'usagers', 'menages', 'familles', 'beneficiaires', 'dossiers', 'assureur', 'organisme', 'metier', 'poste',
  'service', 'agence', 'debiteurs', 'professionnel', 'professionnelle', 'charge', 'chargee', 'analyste', 'conseiller', 'conseillere', 'gestionnaire', 'juriste',
  'assistante', 'assistant', 'travailleur', 'travailleuse', 'educateur', 'educatrice', 'dizaines', 'centaines', 'victimes', 'departement', 'carriere', 'cabinet',
  'collegues', 'equipe', 'mesures', 'cesf', 'ase', 'pmi', 'ccas', 'accueillies', 'accueillis', 'suivies', 'suivis',
  'agent', 'clerc', 'huissier', 'douanier', 'douaniere', 'debiteur', 'comptable', 'sociale', 'social']);
const OWN = new TokenSet(['son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes']);
/**
 * A term that is the object of a task at work: « Conseillère clientèle, elle a traité des dossiers de surendettement … pour ses clients »,
 * « elle instruisait les informations préoccupantes et suivait des mesures AEMO ». The task verb governs a list holding the term, and the
 * sentence speaks of a job (a title, clients, files by the dozen). Not the person's own (« il gère seul ses impayés »).
 */
export function taskObject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  // the person's own: a possessive right before the term or its head noun (« son dossier de surendettement »)
  for (let k = from - 1; k >= 0 && k >= from - 3 && toks[k].sn === sn; k--) if (OWN.has(toks[k])) return false;
  let verb = -1;
  for (let k = from - 1, n = 0; n < 24 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (t === '.' || t === ';' || t === ':' || t === 'mais' || t === 'car' || t === '?' || t === '!') return false;
    if (TASK_VERBS.has(toks[k])) { verb = k; break; }
  }
  if (verb < 0) return false;
  // the cue in the same clause: up to a colon or a semicolon either side
  const [sFrom, sTo] = doc.sentences[sn];
  for (let k = verb; k >= sFrom && toks[k].t !== ':' && toks[k].t !== ';'; k--) if (TASK_CUES.has(toks[k])) return true;
  for (let k = verb + 1; k < sTo && toks[k].t !== ':' && toks[k].t !== ';'; k++) if (TASK_CUES.has(toks[k])) return true;
  return false;
}

const ABSENCE = new Set(['aucun', 'aucune', 'aucuns', 'aucunes', 'sans', 'ni', 'jamais', 'absence', 'nul', 'nulle', 'pas', 'plus', 'non', 'zero', 'exempt', 'exempte']);
const ABSENCE_SKIP = new Set([
  'de', "d'", 'du', 'des', 'la', 'le', 'les', "l'", 'un', 'une', 'ne', "n'", 'a', 'eu', 'y', 'en', 'fait', 'objet', 'signale', 'signalee', 'constate', 'constatee',
  'releve', 'relevee', 'note', 'notee', 'mentionne', 'mentionnee', 'connu', 'connue', 'particulier', 'particuliere', 'probleme', 'problemes', 'souci', 'soucis',
  'trace', 'element', 'elements', 'indice', 'signe', 'signes', 'type', 'ete', 'evoque', 'evoquee', 'declare', 'declaree',
]);

/**
 * Absence right before the term: "aucune dette", "pas de problème de couple", "n'a jamais eu de
 * dettes", "sans violence". Tighter than lib/lint/context.ts `negatedBefore`, which reaches five
 * words back ("il n'a plus de compte depuis son interdiction bancaire" is not an absence).
 * eval/README.md: absence is not a finding.
 */
export function absentBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  let content = 0;
  for (let k = from - 1; k >= 0 && k >= from - 7 && toks[k].sn === sn; k--) {
    const t = toks[k];
    if (t.k === Kind.Punct) return false;
    if (ABSENCE.has(t.t)) {
      if (t.t === 'pas' || t.t === 'plus' || t.t === 'non') {
        const nx = toks[k + 1]?.t;
        return nx === 'de' || nx === "d'" || nx === 'du' || nx === 'des' || nx === 'un' || nx === 'une' || nx === 'aucun' || nx === 'aucune' || nx === 'eu' || nx === 'concerne' || nx === 'concernee';
      }
      return true;
    }
    if (!ABSENCE_SKIP.has(t.t) && ++content > 1) return false;
  }
  return false;
}

const CONJ_AFTER = new Set(['et', 'ou', 'mais', 'ni', 'car', 'physiquement', 'aussi', 'quand', 'lors', 'pendant', 'depuis', 'selon', 'donc']);

export interface ToneOptions {
  messageId: string;
  /** message for slurs: never echo the word */
  slurMessageId?: string;
  /** severity when the label is hedged ("semble un peu fainéant") */
  hedgedSeverity?: Severity;
}

/** Degree adverbs before a vulgar adjective. */
const VULGAR_DEGREE = new Set(['completement', 'totalement', 'vraiment', 'super', 'hyper', 'trop', 'carrement', 'franchement', 'grave', 'archi', 'ultra', 'tres', 'tellement', 'vachement', 'mega', 'absolument', 'assez', 'plutot', 'peu']);
const HEDGES = new Set(['semble', 'semblait', 'parait', 'paraissait', 'peu', 'plutot', 'parfois', 'limite', 'air', 'assez', 'legerement', 'brin']);

/** A span found by a tone rule, in token indices, with the observation prompt of its group. */
export interface ToneSpan {
  from: number;
  to: number;
  rewrite: string;
  messageId: string;
  severity?: Severity;
}

/**
 * « dès » folds to « des », an article that a word's `notBefore` may refuse (« limité des ressources »):
 * « je le trouve limité dès qu'il s'agit de se projeter » is still the adjective of the person. Re-checks the entry without that article.
 */
function sinceAfter(ctx: RuleContext, hit: Hit): boolean {
  const { doc } = ctx;
  // adjectives only: a reaction verb stays a reaction to a topic (« elle se braque dès qu'on évoque ses absences »)
  const e = hit.entry as unknown as ToneEntry;
  if (e.link !== 'pred' || e.inflect !== 'adj') return false;
  if (doc.tokens[hit.to]?.t !== 'des' || !/^d[èÈ]s$/iu.test(doc.raw(hit.to))) return false;
  // a condition clause (« dès qu'il s'agit de… », « dès lors qu'il faut… »), not a date or an age (« limité dès 2027 », « dès la rentrée »)
  const nx = doc.tokens[hit.to + 1]?.t;
  if (nx !== 'que' && nx !== "qu'" && !(nx === 'lors' && /^qu/.test(doc.tokens[hit.to + 2]?.t ?? ''))) return false;
  const seqs = hit.entry.notBeforeSeqs;
  if (!seqs?.some((q) => q[0] === 'des')) return false;
  return entryAccepts({ ...hit, entry: { ...hit.entry, notBeforeSeqs: seqs.filter((q) => q[0] !== 'des') } }, ctx, false, false);
}

/**
 * The lexicon hits of a tone rule that pass the link, negation and distance conditions. Trigger
 * hits (heads of code patterns) are not findings: their token indices go to `heads`, by trigger.
 */
export function toneHits(ctx: RuleContext, opts: ToneOptions, heads?: Map<string, number[]>): ToneSpan[] {
  const { doc } = ctx;
  const out: ToneSpan[] = [];
  // predicate words not tied to the person, which a judgement right after them may still chain (chainedBefore)
  let pending: Hit[] | undefined;
  for (const hit of ctx.hits) {
    const e = hit.entry as unknown as ToneEntry & Hit['entry'];
    if (e.link === 'trigger') {
      if (heads && e.trigger) {
        let list = heads.get(e.trigger);
        if (!list) heads.set(e.trigger, (list = []));
        list.push(hit.from);
      }
      continue;
    }
    // a word inside an e-mail address or a web address: « loic.tanguy@example.com »
    if (inAddress(ctx.text, doc, hit.from, hit.to)) continue;
    // « limite » as a hedge before another label: « limite insolent » is one judgement, the adjective's
    if (e.lemma === 'limité' && doc.tokens[hit.from].t === 'limite' && !/é/u.test(doc.raw(hit.from)) && ctx.hits.some((h) => h.from === hit.to && (h.entry as unknown as ToneEntry).link !== 'trigger')) continue;
    // a title in capitals inside quotes names a course, a job or a venue: « Lazy Sunday Brunch »
    if (!(entryAccepts(hit, ctx, false, false) || sinceAfter(ctx, hit)) || (jobFrame(doc, hit.from) && !(e.link === 'label' && openingTitle(doc, hit.from))) || titleCased(doc, hit.from, hit.to)) continue;
    // a trait of the public served or of a process, not of the person: « l'agressivité du public », « la lenteur des démarches »
    if (e.inflect === 'noun' && e.link === 'label' && traitOfOthers(doc, hit.to)) continue;
    // a character adjective said of a machine, a place or an animal: « le logiciel de caisse est capricieux », « le studio est invivable »
    if (e.link === 'label' && e.inflect === 'adj' && thingSubject(doc, hit.from)) continue;
    // an adjective right after other people, said of them: « des voisins fêtards », « ses colocataires bordéliques »
    if (e.link === 'label' && e.inflect === 'adj' && hit.from > 0 && OTHER_PEOPLE.has(doc.tokens[hit.from - 1].t)) continue;
    // a part played on stage: « elle a joué une mégère dans la pièce de fin d'année », « le rôle d'un voyou »
    if (stageRole(doc, doc.tokens[hit.from].t === 'un' || doc.tokens[hit.from].t === 'une' ? hit.from + 1 : hit.from)) continue;
    // an employer's or tutor's quoted word on the pace of the work: « le chef de la PMSMP la décrit comme « lente mais fiable » » (an assessment of the work)
    if (e.lemma === 'lent' && doc.tokens[hit.from].quoted && workAssessor(doc, hit.from)) continue;
    // "demeuré" (simple-minded), not "mise en demeure"
    // typed without accents, the adjective still reads after a degree word or a copula: « un peu renferme », « il est borne » (not « fermé »: « très ferme » is firm)
    if (e.accent && !/[éÉ][eE]?[sS]?$/u.test(doc.raw(hit.to - 1)) && !(e.lemma !== 'fermé' && hit.from > 0 && UNACCENTED_LEAD.has(doc.tokens[hit.from - 1].t))) continue;
    // a vulgar adjective after a degree adverb: "gestion complètement bordélique", "un dossier vraiment merdique"
    const degree = e.vulgar && hit.from > 0 && doc.tokens[hit.from - 1].sn === doc.tokens[hit.from].sn && VULGAR_DEGREE.has(doc.tokens[hit.from - 1].t) ? hit.from - 1 : -1;
    if (degree >= 0 ? negatedTerm(doc, degree) || distanced(doc, degree) : !toneAccepts(doc, hit.from, hit.to, e) && !(e.link === 'pred' && chainedAfter(doc, out, hit.from, hit.to))) {
      if (degree < 0 && e.link === 'pred') (pending ??= []).push(hit);
      continue;
    }
    out.push({
      from: degree >= 0 ? degree : hit.from,
      to: hit.to,
      rewrite: e.rewrite ?? OBSERVATION.impression,
      messageId: e.tag === 'slur' && opts.slurMessageId ? opts.slurMessageId : opts.messageId,
      severity: hedgedSeverity(doc, hit.from, opts),
    });
  }
  if (pending) for (const hit of pending) if (chainedBefore(doc, out, hit.from, hit.to)) {
    const e = hit.entry as unknown as ToneEntry & Hit['entry'];
    out.push({ from: hit.from, to: hit.to, rewrite: e.rewrite ?? OBSERVATION.impression, messageId: opts.messageId, severity: hedgedSeverity(doc, hit.from, opts) });
  }
  return out;
}

/**
 * A predicate word opening a pair whose second member is a judgement already found: « …, mais brouillon et un peu je-sais-tout », « , lent et
 * fainéant » — after « mais » or a comma, then « et » and degree words only; not negated nor distanced.
 */
function chainedBefore(doc: Doc, out: readonly ToneSpan[], from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let b = from - 1;
  while (tokenAt(doc, b, sn) && MODIFIERS.has(toks[b].t) && toks[b].t !== 'de') b--;
  const before = tokenAt(doc, b, sn)?.t;
  if (before !== 'mais' && before !== ',') return false;
  if (tokenAt(doc, to, sn)?.t !== 'et') return false;
  let k = to + 1;
  while (tokenAt(doc, k, sn) && k <= to + 4 && MODIFIERS.has(toks[k].t) && toks[k].t !== 'pas' && toks[k].t !== 'de') k++;
  if (!out.some((o) => o.from === k)) return false;
  return !negatedTerm(doc, from) && !absentBefore(doc, from) && !distanced(doc, from);
}

/** Characters of an e-mail or web address around a word, typed without spaces. */
const ADDRESS_CHARS = /[\p{L}\p{N}._%+\-@/:]/u;
/** Is the word at tokens [from, to) part of an e-mail or a web address (« loic.tanguy@example.com », « www.cafe-des-paresseux.fr »)? */
function inAddress(text: string, doc: Doc, from: number, to: number): boolean {
  const [start, end] = doc.tokRange(from, to);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // a plain word: nothing glued to it but letters
  if (!/[.@_%+\-/]/.test(before) && !/[.@_%+\-/]/.test(after)) return false;
  let a = start;
  while (a > 0 && start - a < 80 && ADDRESS_CHARS.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 80 && ADDRESS_CHARS.test(text[b])) b++;
  const chunk = text.slice(a, b);
  return chunk.includes('@') || /^(?:https?:|www\.)/i.test(chunk) || /\.(?:fr|com|org|net|eu|be|ch|io|info)$/i.test(chunk.replace(/[.,;:]+$/, ''));
}

/** Groups served at work and processes, whose trait a noun may name: « l'agressivité des usagers », « la lenteur de l'administration ». */
const OTHERS_OR_THINGS = new Set(['public', 'publics', 'clients', 'clientes', 'client', 'clientele', 'usagers', 'usager', 'patients', 'residents', 'voyageurs', 'passagers', 'eleves',
  'administres', 'automobilistes', 'supporters', 'spectateurs', 'visiteurs', 'demarches', 'procedures', 'administration', 'administrations', 'services', 'institutions', 'marche',
  'recrutements', 'recruteurs', 'employeurs', 'entreprises', 'reponses', 'systeme', 'dossiers', 'transports', 'circulation', 'chantier', 'chantiers', 'machines', 'logiciel']);
/** People around the person, plural, whom an adjective right after describes instead of the person: « des voisins fêtards ». */
const OTHER_PEOPLE = new Set(['voisins', 'voisines', 'colocataires', 'colocs', 'amis', 'amies', 'copains', 'copines', 'potes', 'collegues', 'camarades', 'cousins', 'cousines',
  'gens', 'jeunes', 'clients', 'clientes', 'usagers', 'eleves', 'passants', 'touristes', 'supporters', 'spectateurs', 'invites']);
/** `to` opens a complement naming such a group or thing: « du public », « des clients », « de la clientèle », « de l'administration », « de certains usagers ». */
function traitOfOthers(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let k = to;
  const first = toks[k]?.sn === sn ? toks[k].t : '';
  if (first === 'de' || first === "d'") {
    k++;
    const t = toks[k]?.sn === sn ? toks[k].t : '';
    if (t === 'la' || t === "l'" || t === 'certains' || t === 'certaines' || t === 'nombreux' || t === 'nombreuses') k++;
  } else if (first === 'du' || first === 'des') k++;
  else return false;
  return toks[k]?.sn === sn && OTHERS_OR_THINGS.has(toks[k].t);
}

/** Machines, software, places and conditions, which a character adjective may describe: « le logiciel est capricieux », « le logement est invivable ». */
const THING_SUBJECTS = new Set(['logiciel', 'logiciels', 'application', 'applications', 'appli', 'site', 'ordinateur', 'ordinateurs', 'imprimante', 'photocopieuse', 'machine', 'machines',
  'systeme', 'outil', 'outils', 'materiel', 'vehicule', 'voiture', 'camion', 'moteur', 'reseau', 'connexion', 'serveur', 'terminal', 'scanner', 'badgeuse', 'tablette', 'telephone',
  'portable', 'gps', 'plateforme', 'interface', 'caisse', 'robot', 'chariot', 'transpalette', 'ascenseur', 'chauffage', 'climatisation', 'four', 'meteo', 'temps', 'logement',
  'appartement', 'studio', 'bruit', 'chaleur', 'froid', 'trajet', 'planning', 'horaires', 'marche', 'secteur', 'bateau', 'moto', 'scooter',
  // animals: « sa chienne est têtue », « la jument reste capricieuse »
  'cheval', 'chevaux', 'jument', 'poney', 'ane', 'mule', 'chien', 'chiens', 'chienne', 'chiot', 'chat', 'chats', 'perroquet', 'animal', 'animaux', 'vache', 'vaches', 'troupeau']);
const THING_DETS = new Set(['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'un', 'une', 'notre', 'votre']);
/**
 * A character adjective said of a machine, a place or an animal by a copula: « Le logiciel de caisse est lent et capricieux »,
 * « son vieux camion est capricieux », « le studio est invivable l'été ». The subject noun with its determiner, or the head of « le logiciel de caisse ».
 */
function thingSubject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let j = from - 1;
  for (let steps = 0; steps < 6; steps++) {
    const t = tokenAt(doc, j, sn);
    if (!t) return false;
    if (MODIFIERS.has(t.t)) { j--; continue; }
    // « lent et capricieux »: one coordinated adjective
    if (COORD.has(t.t) && tokenAt(doc, j - 1, sn)?.k === Kind.Word && !COPULAS.has(toks[j - 1].t)) { j -= 2; continue; }
    break;
  }
  if (!COPULAS.has(tokenAt(doc, j, sn)?.t ?? '')) return false;
  j--;
  while (tokenAt(doc, j, sn) && SUBJECT_SKIP.has(toks[j].t) && toks[j].t !== 'du') j--;
  // a relative clause on the subject: « le studio | qu'il loue | est »
  if (tokenAt(doc, j - 2, sn)?.t === "qu'" && ['il', 'elle', 'on', 'ils', 'elles'].includes(tokenAt(doc, j - 1, sn)?.t ?? '')) j -= 3;
  // the head noun, possibly before its complements: « le logiciel | de caisse », « la machine | à café | du foyer »
  for (let n = 0; n < 3; n++) {
    const t = tokenAt(doc, j, sn);
    if (!t || t.k !== Kind.Word) return false;
    // « son vieux camion »: one adjective between
    if (THING_SUBJECTS.has(t.t) && (THING_DETS.has(tokenAt(doc, j - 1, sn)?.t ?? '') || THING_DETS.has(tokenAt(doc, j - 2, sn)?.t ?? ''))) return true;
    const p = tokenAt(doc, j - 1, sn)?.t;
    if (p !== 'de' && p !== "d'" && p !== 'a' && p !== 'du') return false;
    j -= 2;
  }
  return false;
}

/** Verbs of acting a part, and the stage words that make the part a role: « elle a joué une mégère dans la pièce de l'atelier théâtre ». */
const ACT_VERBS = new Set(['joue', 'jouait', 'jouer', 'jouera', 'interprete', 'interpretait', 'interpreter', 'incarne', 'incarnait', 'incarner']);
const STAGE_WORDS = new Set(['piece', 'theatre', 'film', 'metrage', 'spectacle', 'scene', 'role', 'sketch', 'comedie', 'tournage', 'serie', 'opera', 'troupe', 'impro', 'improvisation', 'casting', 'figurant', 'figuration']);
/** The word at `from` names a part played on stage or screen (« a joué une mégère dans la pièce »), not the person (« il joue les victimes » has no stage word). */
function stageRole(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (ARTICLES_ROLE.has(tokenAt(doc, k, sn)?.t ?? '')) k--;
  if ((tokenAt(doc, k, sn)?.t === 'de' || tokenAt(doc, k, sn)?.t === "d'") && tokenAt(doc, k - 1, sn)?.t === 'role') return true;
  if (!ACT_VERBS.has(tokenAt(doc, k, sn)?.t ?? '')) return false;
  const [a, b] = doc.sentences[sn];
  for (let j = a; j < b; j++) if (STAGE_WORDS.has(toks[j].t)) return true;
  return false;
}
const ARTICLES_ROLE = new Set(['un', 'une', 'le', 'la', "l'", 'les']);

/** Words of a job title opening its sentence: « Agent de sûreté lourdingue », « Manœuvre pas bien dégourdi ». */
const TITLE_LINKS = new Set(['de', "d'", 'du', 'des', 'en', 'a', 'au']);
const NOT_TITLE = new Set(['poste', 'postes', 'offre', 'offres', 'mission', 'missions', 'metier', 'metiers', 'stage', 'formation', 'emploi', 'recrutement', 'fiche', 'annonce', 'contrat', 'secteur']);
/**
 * A short job title opening the sentence right before `from` (a person described by their job, with no article nor verb):
 * « Agent de sûreté lourdingue, il tutoie… ». Not « Poste d'agent exigeant » (a job).
 */
export function openingTitle(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && toks[k].sn === sn && from - k <= 5) {
    const t = toks[k];
    if (t.k !== Kind.Word || COPULAS.has(t.t) || CLAUSE_PRONOUNS.has(t.t) || NOT_TITLE.has(t.t)) return false;
    if (TITLE_LINKS.has(t.t) && (k === 0 || toks[k - 1].sn !== sn)) return false;
    k--;
  }
  return k < from - 1 && (k < 0 || toks[k].sn !== sn) && !TITLE_LINKS.has(toks[k + 1].t) && !['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ce', 'cette'].includes(toks[k + 1].t);
}

/** A predicate adjective in a list after a judgement of the person: « Elle se braque vite, un peu sauvage au premier abord ». */
/** Prepositions of a short complement after a judgement, before the next one: « désagréable au téléphone, limite insolent », « agressif avec l'accueil, … ». */
const CHAIN_PREPS = new Set(['au', 'aux', 'a', 'en', 'avec', 'envers', 'pendant', 'lors', 'sur', 'devant', 'face', 'par']);
function chainedAfter(doc: Doc, out: readonly ToneSpan[], from: number, to: number): boolean {
  const last = out[out.length - 1];
  if (!last || last.to >= from || from - last.to > 8) return false;
  const toks = doc.tokens;
  // « ego surdimensionné, difficile de lui faire accepter un poste »: impersonal
  const next = toks[to]?.sn === toks[from].sn ? toks[to].t : '';
  if (next === 'de' || next === "d'" || next === 'que' || next === "qu'" || next === 'pour' || next === 'a') return false;
  let c = last.to;
  // a complement of up to three words closing the first judgement: « au tel », « avec les autres stagiaires »
  if (CHAIN_PREPS.has(toks[c].t)) {
    let k = c + 1;
    while (k < from && k <= c + 3 && toks[k].k === Kind.Word) k++;
    c = k;
  }
  if (c >= from || toks[c].sn !== toks[from].sn || (toks[c].t !== ',' && toks[c].t !== 'et')) return false;
  if (from - c > 4) return false;
  for (let k = c + 1; k < from; k++) if (!MODIFIERS.has(toks[k].t) || toks[k].t === 'pas' || toks[k].t === 'jamais' || toks[k].t === 'de') return false;
  return true;
}

// --- notes-style frames: "Allure de petit voyou", "Genre racaille", "Posture de victimisation permanente" ---
/** Heads of a description that take the label after them; the span starts at the head. */
const NOTE_FRAMES = new Set(['allure', 'air', 'genre', 'style', 'profil', 'look', 'degaine', 'mentalite', 'posture', 'attitude', 'comportement', 'cote', 'type', 'facon', 'manieres', 'tete', 'gueule', 'dans']);
/** Heads that take the label without "de" ("Genre racaille", "Profil cas social"). */
const BARE_FRAMES = new Set(['genre', 'style', 'profil', 'type', 'cote', 'look']);
const FRAME_QUALIFIERS = new Set(['petit', 'petite', 'vrai', 'vraie', 'gros', 'grosse', 'sale', 'parfait', 'parfaite', 'typique', 'sacre', 'sacree', 'espece', 'un', 'une', 'du', 'le', 'la']);
/** Adjectives of degree after a label noun ("victimisation permanente"): part of the judgement. */
const DEGREE_AFTER = new Set(['permanent', 'permanente', 'constant', 'constante', 'systematique', 'total', 'totale', 'flagrant', 'flagrante', 'evident', 'evidente', 'chronique', 'assume', 'assumee', 'caracterise', 'caracterisee', 'absolu', 'absolue']);

/** Start of the frame before a label at `from` ("Allure | de petit | voyou" → "Allure"), or `from`. */
function frameStart(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  for (let s = 0; s < 2 && tokenAt(doc, k, sn) && FRAME_QUALIFIERS.has(toks[k].t); s++) k--;
  const de = tokenAt(doc, k, sn);
  if (de && (de.t === 'de' || de.t === "d'")) {
    // "dans le genre de", "une espèce de"
    k--;
    const head = tokenAt(doc, k, sn);
    return head && NOTE_FRAMES.has(head.t) && head.t !== 'dans' ? k : from;
  }
  const head = tokenAt(doc, k, sn);
  if (head && BARE_FRAMES.has(head.t)) {
    // "dans le genre racaille": from "dans"
    const le = tokenAt(doc, k - 1, sn);
    if (le && le.t === 'le' && tokenAt(doc, k - 2, sn)?.t === 'dans') return k - 2;
    return k;
  }
  return from;
}

/** End of a label with its degree adjective ("victimisation | permanente"). */
function degreeEnd(doc: Doc, to: number): number {
  const next = tokenAt(doc, to, doc.tokens[to - 1].sn);
  return next && DEGREE_AFTER.has(next.t) ? to + 1 : to;
}

/** Report spans once each: overlapping spans of one rule are merged into the first, longest one. */
export function reportSpans(ctx: RuleContext, spans: ToneSpan[]): void {
  for (const s of spans) { s.from = frameStart(ctx.doc, s.from); s.to = degreeEnd(ctx.doc, s.to); }
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  let reach = -1;
  for (const s of spans) {
    if (s.from < reach) continue;
    reach = s.to;
    const [start, end] = ctx.doc.tokRange(s.from, s.to);
    report(ctx, start, end, s.from, s.rewrite, s.messageId, s.severity);
  }
}

/** The common check of the tone rules: lexicon hits with their link to the person. */
export function toneCheck(ctx: RuleContext, opts: ToneOptions): void {
  reportSpans(ctx, toneHits(ctx, opts));
}

/** Link, negation and distance conditions of one tone term at [from, to). */
/** Parents named before a parenting judgement ("jeune maman | dépassée", "une mère de famille | démissionnaire"). */
const PARENT_NOUNS = new Set(['maman', 'mamans', 'mere', 'meres', 'papa', 'papas', 'pere', 'peres', 'parent', 'parents']);
function afterParentNoun(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let j = from - 1;
  for (let s = 0; s < 3 && tokenAt(doc, j, sn) && MODIFIERS.has(toks[j].t) && toks[j].t !== 'de'; s++) j--;
  // "Le père, dépassé, ne vient plus"
  if (tokenAt(doc, j, sn)?.t === ',') j--;
  const t = tokenAt(doc, j, sn);
  if (!t) return false;
  if (PARENT_NOUNS.has(t.t)) return true;
  // "mère de famille", "père de famille"
  return t.t === 'famille' && tokenAt(doc, j - 1, sn)?.t === 'de' && PARENT_NOUNS.has(tokenAt(doc, j - 2, sn)?.t ?? '');
}

/** Relatives and the family as a whole, whose behaviour a word may judge right after them: « famille envahissante », « mère collante ». */
const KIN_NOUNS = new Set(['famille', 'familles', 'entourage', 'proches', 'parents', 'mere', 'pere', 'mari', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'epoux', 'epouse',
  'frere', 'soeur', 'freres', 'soeurs', 'belle-famille', 'belle-mere', 'beau-pere', 'ex', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-conjointe']);
/** Possessives before a relative subject: « son épouse », « sa mère », « leurs parents ». */
const POSSESSIVE_DET = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
function afterKinNoun(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let j = from - 1;
  for (let s = 0; s < 2 && tokenAt(doc, j, sn) && MODIFIERS.has(toks[j].t) && toks[j].t !== 'de'; s++) j--;
  // « Sa mère, très collante, appelle… »
  if (tokenAt(doc, j, sn)?.t === ',') j--;
  // « Son épouse est envahissante », « sa mère reste très collante »: the relative is the subject of a copula
  // (not « sa fille est pénible à coiffer », « son mari est lourd à porter »: a task on the relative)
  if (tokenAt(doc, j, sn) && COPULAS.has(toks[j].t) && POSSESSIVE_DET.has(tokenAt(doc, j - 2, sn)?.t ?? '')) {
    if (tokenAt(doc, from + 1, sn)?.t === 'a') return false;
    j--;
  }
  const t = tokenAt(doc, j, sn);
  if (!t) return false;
  // « belle-famille », « ex-mari »: a hyphenated pair is two tokens
  return KIN_NOUNS.has(t.t) || (t.hyphen && KIN_NOUNS.has(`${tokenAt(doc, j - 1, sn)?.t ?? ''}-${t.t}`));
}

/** What the person tells or does, that an impression word judges as the person's: « ses explications restent louches », « Parcours louche entre 2018 et 2020 ». */
const ACCOUNT_NOUNS = new Set(['parcours', 'explication', 'explications', 'justification', 'justifications', 'version', 'versions', 'discours', 'propos', 'agissements',
  'frequentations', 'relations', 'alibi', 'alibis', 'excuses', 'histoire', 'histoires', 'manege', 'manigances', 'activites', 'absences', 'trous']);
/** Impression words that also name a neutral kind (« un parcours spécial sportifs », « une version pas claire du logiciel »): not read through an account noun. */
const NEUTRAL_IMPRESSIONS = new Set(['special', 'speciale', 'speciaux', 'speciales']);
const ACCOUNT_OWNERS = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
/** Is the impression word at `from` said of the person's own account or course: after « son parcours », « ses explications … restent », or a bare account noun opening the sentence? */
function accountJudged(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (NEUTRAL_IMPRESSIONS.has(toks[from].t)) return false;
  const owned = (j: number) => ACCOUNT_OWNERS.has(tokenAt(doc, j - 1, sn)?.t ?? '') || !tokenAt(doc, j - 1, sn) || tokenAt(doc, j - 1, sn)?.k === Kind.Punct;
  let j = from - 1;
  while (tokenAt(doc, j, sn) && MODIFIERS.has(toks[j].t) && toks[j].t !== 'de') j--;
  const t = tokenAt(doc, j, sn);
  if (!t) return false;
  // attribute: « son parcours louche », « Parcours louche entre 2018 et 2020 » (not « un parcours bizarre de la ligne 3 »)
  if (ACCOUNT_NOUNS.has(t.t)) return owned(j);
  // predicate: « ses explications sur ses absences du mardi restent louches »
  if (!COPULAS.has(t.t)) return false;
  for (let k = j - 1, n = 0; n < 8; k--, n++) {
    const q = tokenAt(doc, k, sn);
    if (!q || q.k === Kind.Punct) return false;
    if (ACCOUNT_NOUNS.has(q.t) && ACCOUNT_OWNERS.has(tokenAt(doc, k - 1, sn)?.t ?? '')) return true;
  }
  return false;
}

/** Degree words that open a trailing apposition: « …, un peu collant ; », « …, assez envahissante. » */
const TRAILING_DEGREE = new Set(['peu', 'tres', 'assez', 'plutot', 'trop', 'vraiment', 'franchement', 'carrement', 'legerement', 'super', 'hyper', 'completement']);
/** Groups of behaviour words, which a trailing apposition says of the clause's subject (impressions and force words also describe a book, a film, a load). */
const BEHAVIOUR_TAGS = new Set(['penible', 'caractere', 'arrogance', 'immaturite', 'manipulation', 'paresse']);
/** Adjectives that as easily sum up the thing just named before the comma (« il a porté un carton, assez lourd »). */
const THING_STEMS = ['lourd', 'fatigant', 'epuisant', 'usant', 'penible', 'difficile', 'complique', 'long', 'lent', 'cher', 'special', 'etrange', 'bizarre', 'pas'];
/**
 * A behaviour adjective closing, after a comma and a degree word, a clause whose subject is « il » or « elle »: « Elle appelle plusieurs fois par
 * semaine et arrive sans rendez-vous, un peu envahissante. », « il insiste beaucoup, a appelé le pôle quatre fois, un peu collant ; ». The
 * adjective must end the clause and agree with the pronoun.
 */
function trailingApposition(doc: Doc, from: number, to: number, e: Pick<ToneEntry, 'tag' | 'lemma'>): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const w = toks[from].t;
  if (!BEHAVIOUR_TAGS.has(e.tag ?? '') || to !== from + 1 || SITUATION_ADJ.has(w) || THING_STEMS.some((s) => w.startsWith(s))) return false;
  const next = tokenAt(doc, to, sn);
  if (next && !(next.k === Kind.Punct && next.t !== "'" && next.t !== '-')) return false;
  let j = from - 1;
  let degree = false;
  while (tokenAt(doc, j, sn) && (TRAILING_DEGREE.has(toks[j].t) || toks[j].t === 'un')) { degree ||= TRAILING_DEGREE.has(toks[j].t); j--; }
  if (!degree || tokenAt(doc, j, sn)?.t !== ',') return false;
  // a noun phrase just before the comma may be what the adjective describes: « elle a choisi une robe, un peu collante »
  if (THING_DETS.has(tokenAt(doc, j - 2, sn)?.t ?? '')) return false;
  // the clause's first word: after the sentence start, a colon or a semicolon
  let k = j - 1;
  for (let n = 0; n < 30 && tokenAt(doc, k - 1, sn) && ![':', ';', '—', '–'].includes(toks[k - 1].t); n++) k--;
  const subject = tokenAt(doc, k, sn)?.t;
  // agreement with the pronoun: the lemma is the masculine singular (« collant »), a feminine form differs from it unless it is epicene (« instable »)
  const lemma = fold(e.lemma);
  if (subject === 'il') return w === lemma;
  if (subject === 'elle') return w !== lemma || lemma.endsWith('e');
  return false;
}
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What the person says or jokes, that an insulting adjective right after judges as the person's: « réflexions débiles », « remarques stupides ». */
const SPEECH_NOUNS = new Set(['reflexion', 'reflexions', 'remarque', 'remarques', 'propos', 'blague', 'blagues', 'commentaire', 'commentaires', 'vannes', 'delires', 'interventions']);
function afterSpeechNoun(doc: Doc, from: number): boolean {
  const sn = doc.tokens[from].sn;
  let j = from - 1;
  for (let s = 0; s < 2 && tokenAt(doc, j, sn) && MODIFIERS.has(doc.tokens[j].t) && doc.tokens[j].t !== 'de'; s++) j--;
  return SPEECH_NOUNS.has(tokenAt(doc, j, sn)?.t ?? '');
}
/** Prepositions of where or when the person shows up, which end a bare look word's phrase: « arrive toujours sale aux rendez-vous », « sale au travail ». */
const PLACE_AFTER = new Set(['au', 'aux', 'a', 'chez', 'dans', 'en']);
/** Jobs a body is judged unfit for: « un peu gros pour le poste », « trop maigre pr ce métier ». */
const FIT_JOBS = new Set(['poste', 'metier', 'job', 'travail', 'emploi', 'boulot', 'mission', 'stage']);
const FIT_DETS = new Set(['le', 'la', 'ce', 'cet', 'cette', 'un', 'une', 'les', 'ces', "l'", 'son', 'sa']);
function unfitFor(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const p = tokenAt(doc, to, sn)?.t;
  if (p !== 'pour' && p !== 'pr') return false;
  // « en gros pour le poste il faut », « gros pour » after « en »: the adverb
  // « un gros pour le poste » (a noun), « en gros pour le poste il faut » (the adverb)
  if (FIT_DETS.has(tokenAt(doc, from - 1, sn)?.t ?? '') || tokenAt(doc, from - 1, sn)?.t === 'en' || tokenAt(doc, from - 1, sn)?.t === 'des') return false;
  // « trop gros pour le poste de travail »: a workstation, a thing
  if (tokenAt(doc, to + 3, sn)?.t === 'de' && tokenAt(doc, to + 4, sn)?.t === 'travail') return false;
  return FIT_DETS.has(tokenAt(doc, to + 1, sn)?.t ?? '') && FIT_JOBS.has(tokenAt(doc, to + 2, sn)?.t ?? '');
}

export function toneAccepts(doc: Doc, from: number, to: number, e: Pick<ToneEntry, 'link' | 'bare' | 'parent' | 'kin' | 'tag' | 'lemma'>): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const next = tokenAt(doc, to, sn);
  if (e.bare && next && next.k !== Kind.Punct && !CONJ_AFTER.has(next.t) && !(e.tag === 'apparence' && (unfitFor(doc, from, to) || PLACE_AFTER.has(next.t)))) return false;
  if (e.link === 'pred') {
    // impersonal "il est difficile de…", "c'est bizarre que…"
    if (next && (next.t === 'de' || next.t === "d'" || next.t === 'que' || next.t === "qu'")) return false;
    // "il est compliqué pour elle de venir"
    if (next?.t === 'pour' && [to + 2, to + 3].some((k) => { const t = tokenAt(doc, k, sn)?.t; return t === 'de' || t === "d'"; })) return false;
    if (!attachedToPerson(doc, from) && !(e.parent && afterParentNoun(doc, from)) && !(e.kin && afterKinNoun(doc, from))
      && !(e.tag === 'impression' && accountJudged(doc, from)) && !(e.tag === 'injure' && afterSpeechNoun(doc, from)) && !trailingApposition(doc, from, to, e)) return false;
  }
  if (e.link === 'phrase') {
    if (absentBefore(doc, from)) return false;
    // « il ne se braque pas », « elle ne se vexe jamais »: a verb phrase inside « ne … pas »
    const before = tokenAt(doc, from - 1, sn)?.t;
    if ((before === 'ne' || before === "n'") && next && NEGATORS.has(next.t)) return false;
    // "il ne manque pas de motivation"
    if (toks[from].t === 'pas' && from > 0 && toks[from - 1].t.startsWith('manqu')) return false;
  } else if (negatedTerm(doc, from) || absentBefore(doc, from)) return false;
  if (distanced(doc, from)) return false;
  return true;
}

function hedgedSeverity(doc: Doc, from: number, opts: ToneOptions): Severity | undefined {
  if (!opts.hedgedSeverity) return undefined;
  const sn = doc.tokens[from].sn;
  for (let j = from - 1, s = 0; s < 4; j--, s++) {
    const t = tokenAt(doc, j, sn);
    if (!t || t.k === Kind.Punct) break;
    if (HEDGES.has(t.t)) return opts.hedgedSeverity;
  }
  return undefined;
}

/** Report a tone finding: the observation prompt first, removal second. Quoted words are reported at low confidence. */
export function report(ctx: RuleContext, start: number, end: number, tokenIndex: number, rewrite: string, messageId: string, severity?: Severity): void {
  const quoted = ctx.doc.tokens[tokenIndex].quoted;
  const confidence: Confidence = quoted ? 'low' : 'high';
  ctx.report({
    start,
    end,
    messageId,
    data: { terme: ctx.text.slice(start, end) },
    confidence,
    severity,
    fixes: [replaceFix(start, end, rewrite, 'Remplacer par le fait observé'), removalFix(ctx.text, start, end, 'Supprimer le qualificatif')],
  });
}

// --- negated positive qualities: "pas motivé", "pas très malin", "peu fiable", "n'est plus motivé" ---

const NEG_HEADS = new Set(['pas', 'peu', 'jamais', 'guere', 'nullement', 'aucunement', 'plus']);
const NEG_INTENSIFIERS = new Set(['tres', 'vraiment', 'assez', 'trop', 'super', 'si', 'tellement', 'bien', 'franchement', 'specialement', 'particulierement', 'forcement', 'toujours', 'du', 'tout', 'hyper', 'des', 'plus', 'spécialement', 'suffisamment', 'reellement', 'totalement', 'completement', 'le', 'moins', 'du', 'monde']);

const NEG_GROUP: Record<string, keyof typeof OBSERVATION> = {
  motive: 'motivation', motivee: 'motivation', motives: 'motivation', motivees: 'motivation', implique: 'motivation', impliquee: 'motivation', investi: 'motivation',
  investie: 'motivation', courageux: 'paresse', courageuse: 'paresse', travailleur: 'paresse', travailleuse: 'paresse', bosseur: 'paresse', bosseuse: 'paresse',
  honnete: 'mensonge', franc: 'mensonge', franche: 'mensonge', clair: 'impression', claire: 'impression', net: 'impression', nette: 'impression',
  fiable: 'fiabilite', fiables: 'fiabilite', serieux: 'fiabilite', serieuse: 'fiabilite', serieuses: 'fiabilite', poli: 'caractere', polie: 'caractere',
  aimable: 'caractere', respectueux: 'caractere', respectueuse: 'caractere', agreable: 'caractere', sympathique: 'caractere', sympa: 'caractere',
  cooperatif: 'caractere', cooperative: 'caractere', mature: 'immaturite', ambitieux: 'ambition', ambitieuse: 'ambition', dynamique: 'paresse',
  reactif: 'paresse', reactive: 'paresse', volontaire: 'motivation',
};
const NEGATED_ALL: Record<string, boolean> = { ...NEGATED_POSITIVE, ambitieux: true, ambitieuse: true };

/** Find "pas (très) <qualité>" said of the person, from the negation words at `heads`. Calls `found(from, to, adjective)`. */
export function negatedQualities(doc: Doc, heads: readonly number[], found: (from: number, to: number, adj: string) => void, labelEndsAt?: (i: number) => boolean): void {
  const toks = doc.tokens;
  let done = -1;
  for (const i of heads) {
    if (i <= done) continue;
    const head = toks[i];
    const sn = head.sn;
    const prev = tokenAt(doc, i - 1, sn);
    if (head.t === 'peu' && prev && (prev.t === 'un' || prev.t === 'a')) continue;
    if (head.t === 'plus' && !['ne', "n'"].some((n) => tokenAt(doc, i - 1, sn)?.t === n || tokenAt(doc, i - 2, sn)?.t === n || tokenAt(doc, i - 3, sn)?.t === n)) continue;
    if (head.t !== 'pas' && head.t !== 'peu' && head.t !== 'plus' && !['ne', "n'"].some((n) => tokenAt(doc, i - 1, sn)?.t === n || tokenAt(doc, i - 2, sn)?.t === n)) continue;
    let j = i + 1;
    let airAt = -1;
    for (let s = 0; s < 4; s++) {
      const t = tokenAt(doc, j, sn);
      if (!t) break;
      if (t.t === "l'" && tokenAt(doc, j + 1, sn)?.t === 'air') { airAt = j; j += 2; continue; }
      if (!NEG_INTENSIFIERS.has(t.t)) break;
      j++;
    }
    const adj = tokenAt(doc, j, sn);
    if (!adj || !(adj.t in NEGATED_ALL)) continue;
    const personOnly = NEGATED_ALL[adj.t];
    const next = tokenAt(doc, j + 1, sn);
    if (next && ['de', "d'", 'que', "qu'"].includes(next.t)) continue;
    // "pas motivée par le travail de nuit" states a preference, not a judgement
    if (adj.t.startsWith('motive') && next && ['par', 'pour', 'a', 'au', 'aux', 'dans', 'sur'].includes(next.t)) continue;
    // "gros bras pas très malin": right after a label of the person
    let linked = attachedToPerson(doc, i, personOnly) || (!!labelEndsAt && labelEndsAt(i));
    // "Ancienne caissière, pas très maligne": a quality of people only, after a short opening apposition (a job title, a name)
    if (!linked && prev?.t === ',') {
      let k = i - 2;
      while (k >= 0 && toks[k].sn === sn && toks[k].k === Kind.Word && !COPULAS.has(toks[k].t) && !CLAUSE_PRONOUNS.has(toks[k].t)) k--;
      linked = personOnly && (k < 0 || toks[k].sn !== sn) && i - 2 - k <= 4 && i - 2 - k >= 1;
      // "il sent le fauve, pas fiable du tout": a short clause of the person before, with no indefinite object ("il a une voiture, pas fiable")
      if (!linked && k >= 0 && (toks[k].t === 'il' || toks[k].t === 'elle') && (k === 0 || toks[k - 1].sn !== sn) && i - 2 - k <= 4) {
        let object = false;
        for (let q = k + 1; q < i - 1; q++) if (['un', 'une', 'des', 'du', 'son', 'sa', 'ses'].includes(toks[q].t)) object = true;
        linked = !object;
      }
    }
    // « Manœuvre pas bien dégourdi »: right after a job title opening the sentence
    if (!linked && personOnly && prev?.k === Kind.Word && openingTitle(doc, i)) linked = true;
    if (!linked && airAt >= 0) linked = personSubject(doc, i - 1, personOnly) || tokenAt(doc, i - 1, sn)?.t === 'a';
    if (!linked) continue;
    if (distanced(doc, i)) continue;
    found(i, j + 1, adj.t);
    done = j;
  }
}

// --- "manque (cruellement) de motivation", "manquait totalement de sérieux" ---
const LACK_VERBS = new Set(['manque', 'manquait', 'manquent', 'manquer', 'manquera']);
const LACK_ADVERBS = new Set(['cruellement', 'totalement', 'clairement', 'singulierement', 'beaucoup', 'serieusement', 'vraiment', 'completement', 'franchement', 'visiblement', 'encore', 'toujours', 'un', 'peu', 'nettement', 'terriblement', 'sacrement', 'furieusement', 'manifestement', 'souvent', 'parfois', 'aussi', 'egalement', 'grandement', 'largement', 'fortement',
  // « manque total de savoir-vivre », « manque flagrant de politesse »
  'total', 'totale', 'absolu', 'absolue', 'flagrant', 'flagrante', 'evident', 'evidente', 'certain', 'reel', 'cruel', 'criant', 'profond', 'complet']);
const LACK_TRAITS: Record<string, keyof typeof OBSERVATION> = {
  motivation: 'motivation', volonte: 'motivation', implication: 'motivation', envie: 'motivation', entrain: 'motivation', dynamisme: 'paresse', courage: 'paresse',
  serieux: 'fiabilite', maturite: 'immaturite', ambition: 'ambition', politesse: 'caractere', respect: 'caractere', jugeote: 'intelligence', intelligence: 'intelligence',
  plomb: 'immaturite', savoir: 'caractere', honnetete: 'mensonge', franchise: 'mensonge', sincerite: 'mensonge', reactivite: 'paresse', energie: 'paresse', tenue: 'caractere',
  tact: 'caractere', courtoisie: 'caractere', education: 'caractere', discernement: 'intelligence', humilite: 'arrogance', delicatesse: 'caractere', retenue: 'caractere',
  manieres: 'caractere', civisme: 'caractere', correction: 'caractere', bon: 'intelligence', finesse: 'intelligence', gratitude: 'caractere',
};

/** "manque cruellement de motivation": a lack of a personal quality, said of the person, from the verbs at `heads`. */
export function lackOfQuality(doc: Doc, heads: readonly number[], found: (from: number, to: number, trait: string) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    let j = i + 1;
    for (let s = 0; s < 3 && tokenAt(doc, j, sn) && LACK_ADVERBS.has(toks[j].t); s++) j++;
    if (!tokenAt(doc, j, sn) || (toks[j].t !== 'de' && toks[j].t !== "d'")) continue;
    const trait = tokenAt(doc, j + 1, sn);
    if (!trait || !(trait.t in LACK_TRAITS)) continue;
    // "manque de motivation pour le poste de nuit" is still a judgement; "il ne manque pas de motivation" is not
    if (negatedTerm(doc, i) || tokenAt(doc, i + 1, sn)?.t === 'pas' || tokenAt(doc, i + 1, sn)?.t === 'jamais') continue;
    if (!personLackSubject(doc, i)) continue;
    found(i, j + 2, trait.t);
  }
}

/** The subject of "manque" is the person ("il manque de", "l'adhérent manque de", "un manque de" after a person clause). */
function personLackSubject(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (!prev || prev.sn !== doc.tokens[i].sn) return true; // "Manque de sérieux." as a note on the person
  if (['un', 'le', 'son', 'ce', 'du', 'au'].includes(prev.t)) return true; // "un manque de motivation", "son manque de sérieux"
  return personSubject(doc, i);
}

// --- "peu d'appétence pour le travail", "aucun intérêt pour l'emploi", "faible implication" ---
/** Interests that judge the person when low and aimed at work in general (not a field: "peu d'appétence pour le travail de nuit"). */
/** Drive said as a quantity: « aucune énergie », « pas de dynamisme », « zéro niaque » (not « pas d'énergie renouvelable »: the phrase must end there). */
const DRIVE = new Set(['energie', 'dynamisme', 'niaque', 'gnaque', 'peps', 'punch', 'combativite', 'allant', 'tonus', 'reactivite']);
const INTEREST_HEADS = new Set(['appetence', 'interet', 'gout', 'envie', 'investissement', 'engagement', 'implication', 'motivation', 'volonte', 'entrain', 'enthousiasme', ...DRIVE]);
/** Those that judge by themselves, without the object ("Peu de motivation."). */
const INTEREST_ALONE = new Set(['implication', 'motivation', 'volonte', 'entrain', 'enthousiasme', ...DRIVE]);
const LOW = new Set(['peu', 'pas', 'manque', 'aucun', 'aucune', 'faible', 'sans', 'zero', 'guere', 'absence']);
/** Work in general, after "pour" / "dans": the object of a judgement. */
const WORK_OBJECTS = new Set(['travail', 'emploi', 'effort', 'efforts', 'demarches', 'recherche', 'recherches', 'insertion', 'monde', 'vie', 'activite', 'reprise', 'retour', 'accompagnement', 'dispositif', 'parcours', 'projet', 'rendez-vous', 'ateliers']);
/** After the object: a field or a kind of work makes it a preference ("le travail de nuit", "le travail en équipe", "le travail manuel"). */
const OBJECT_END = new Set(['.', ',', ';', '!', '?', ')', 'et', 'ni', 'ou', 'mais', 'en', 'depuis', 'actuellement', 'pour', 'au']);

function weakInterest(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    let q = i - 1;
    const prev = tokenAt(doc, q, sn);
    if (!prev) continue;
    if (prev.t === 'de' || prev.t === "d'") q--;
    const low = tokenAt(doc, q, sn);
    if (!low || !LOW.has(low.t) || (low.t === 'manque' && q < i - 2)) continue;
    // "pas d'intérêt à", "peu d'intérêt financier": only "pour" / "dans" + work in general, or a head that judges alone
    let end = i + 1;
    const link = tokenAt(doc, end, sn)?.t;
    // « aucune énergie, toujours fatigué », « peu de dynamisme en atelier »; not « aucune énergie fossile », « pas de punch publicitaire »
    if (DRIVE.has(toks[i].t) && link !== undefined && !OBJECT_END.has(link) && tokenAt(doc, end, sn)?.k !== Kind.Punct) continue;
    if (link === 'pour' || link === 'dans' || link === 'a' || link === 'au' || link === 'vis-a-vis') {
      let k = end + 1;
      if (['le', 'la', 'les', "l'", 'du', 'toute', 'tout', 'toutes', 'ses', 'sa', 'son'].includes(tokenAt(doc, k, sn)?.t ?? '')) k++;
      const obj = tokenAt(doc, k, sn);
      if (obj && WORK_OBJECTS.has(obj.t)) {
        // "le monde du travail", "la recherche d'emploi", "la vie active", "le retour à l'emploi"
        let e = k + 1;
        const tail = (w: string[]) => w.every((x, n) => tokenAt(doc, e + n, sn)?.t === x);
        if (tail(['du', 'travail']) || tail(["d'", 'emploi']) || tail(['active'])) e += tokenAt(doc, e, sn)?.t === 'active' ? 1 : 2;
        else if (tail(['a', "l'", 'emploi'])) e += 3;
        const after = tokenAt(doc, e, sn);
        if (after && !OBJECT_END.has(after.t)) continue;
        if (after && after.t === 'en' && tokenAt(doc, e + 1, sn)?.t !== 'general') continue;
        end = e;
      } else if (!INTEREST_ALONE.has(toks[i].t)) continue;
    } else if (!INTEREST_ALONE.has(toks[i].t)) continue;
    // "il ne manque pas d'envie", a question of the counsellor: not a judgement
    if (low.t === 'manque' && (tokenAt(doc, q + 1, sn)?.t === 'pas' || negatedTerm(doc, q))) continue;
    if (jobFrame(doc, q) || distanced(doc, q)) continue;
    found(q, end);
  }
}


// --- idiom frames: "du genre à se plaindre pour tout", "prend les intervenants de haut", "surnommée « la tortue »" ---

/** Verbs of looking down on people before "de haut": "prend (les gens) de haut", "regarde tout le monde de haut". */
const DOWN_VERBS = new Set(['prend', 'prenait', 'prendre', 'pris', 'prise', 'prennent', 'regarde', 'regardait', 'regarder', 'toise', 'toisait', 'traite', 'traitait', 'le', 'la', 'les', 'nous', 'me', 'vous']);
const DOWN_PEOPLE = new Set(`intervenants intervenantes intervenant collegues formateurs formatrices conseillers conseilleres recruteurs recruteuses clients clientes
candidats interlocuteurs interlocutrices personnes equipe stagiaires collaborateurs employes subordonnes chefs superieurs agents soignants professeurs enseignants
managers responsables voisins camarades jurys jury employeurs gens autres monde`.split(/\s+/));
const DOWN_SKIP = new Set(['les', 'des', 'la', 'le', "l'", 'tout', 'toujours', 'souvent', 'un', 'peu', 'de', 'tres', 'vraiment', 'monde', 'gens', 'autres', 'ses', 'son', 'sa', 'leurs']);
/** Words that may start the infinitive of "du genre à …": a verb ending, a clitic, a negation or an adverb. */
const GENRE_START = new Set(['se', "s'", 'ne', "n'", 'tout', 'toujours', 'jamais', 'rien', 'en', 'y', 'lui', 'leur', 'vous', 'nous', 'le', 'la', 'les', "l'", 'faire', 'dire', 'croire', 'mettre', 'prendre']);
/** Infinitives that praise after "du genre à" ("du genre à aider tout le monde", "à rester tard pour finir"): a positive trait is no judgement here. */
const GENRE_PRAISE = new Set(['aider', 'rendre', 'rester', 'investir', 'impliquer', 'donner', 'travailler', 'ecouter', 'anticiper', 'proposer', 'partager', 'soutenir',
  'encourager', 'accueillir', 'depanner', 'remplacer', 'finir', 'terminer', 'perseverer', 'tenir', 'respecter', 'preparer', 'organiser']);
const GENRE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '»', 'quand', 'lorsque', 'meme', 'des', 'mais', 'alors', 'sauf', 'et', 'car', 'parce']);
/** Nickname verbs: "surnommée « la tortue »", "ses collègues l'appellent l'escargot". */
const NICKNAME_VERBS = ['surnomme', 'surnommee', 'surnomment', 'surnommait', 'surnommaient', "l'appelle", "l'appellent", "l'appelait", "l'appelaient", 'traite de', 'traitee de',
  'traitent de', 'traitait de', 'traitaient de', 'surnom', 'sobriquet'];
const NICK_SKIP = new Set(['appelle', 'appellent', 'appelait', 'appelaient', 'de', "d'", 'du', 'la', 'le', "l'", 'en', 'une', 'un', 'vraie', 'vrai', 'petite', 'petit', 'grosse', 'gros', 'vieille', 'vieux']);
/** Animals and objects used as derogatory nicknames. */
const NICK_ANIMALS = new Set(`tortue escargot limace larve moule huitre mollusque poule dinde oie pintade vache chameau ane bourrique mule cochon porc truie
chien chienne loup renard serpent vipere fouine belette singe gorille ours ourse elephant hippopotame baleine cachalot phoque morse buse autruche pie
perroquet mouche moustique sangsue rat taupe cafard blatte poulpe veau boeuf mouton chevre bique girafe hyene paon coq grenouille crapaud lezard paresseux
marmotte loir koala castor bulldozer zombie fantome robot diesel princesse diva bebe gamin gamine mamie papy pepe meme`.split(/\s+/));

function idiomFrames(doc: Doc, heads: Map<string, number[]>, found: (from: number, to: number, group: keyof typeof OBSERVATION) => void): void {
  const toks = doc.tokens;
  // "prend (les intervenants) de haut": head at "de" of "de haut"
  for (const i of heads.get('haut') ?? []) {
    const sn = toks[i].sn;
    let k = i - 1;
    for (let n = 0; n < 3 && tokenAt(doc, k, sn) && DOWN_SKIP.has(toks[k].t); n++) k--;
    // "prend les intervenants de haut": one noun of people between (not "prend les photos de haut")
    if (tokenAt(doc, k, sn) && DOWN_PEOPLE.has(toks[k].t) && tokenAt(doc, k - 1, sn) && DOWN_SKIP.has(toks[k - 1].t)) {
      k -= 2;
      while (tokenAt(doc, k, sn) && DOWN_SKIP.has(toks[k].t) && k > i - 6) k--;
    }
    const v = tokenAt(doc, k, sn);
    if (!v || !DOWN_VERBS.has(v.t) || ['le', 'la', 'les', 'nous', 'me', 'vous'].includes(v.t)) continue;
    if (negatedTerm(doc, k)) continue;
    found(k, i + 2, 'arrogance');
  }
  // "du genre à se plaindre pour tout", "elle est du genre à ne jamais rappeler"
  for (const i of heads.get('genre') ?? []) {
    const sn = toks[i].sn;
    if (tokenAt(doc, i - 1, sn)?.t !== 'du' || tokenAt(doc, i + 1, sn)?.t !== 'a') continue;
    const w = tokenAt(doc, i + 2, sn);
    if (!w || w.k !== Kind.Word || !(GENRE_START.has(w.t) || /(?:er|ir|re|oir)$/.test(w.t))) continue;
    const verb = (w.t === 'se' || w.t === "s'") ? tokenAt(doc, i + 3, sn)?.t ?? '' : w.t;
    if (GENRE_PRAISE.has(verb)) continue;
    // "pas du genre à se plaindre" says the opposite and is left alone
    const before = tokenAt(doc, i - 2, sn);
    if (before && (before.t === 'pas' || before.t === 'jamais' || before.t === 'plus')) continue;
    let e = i + 3;
    while (e < i + 9 && tokenAt(doc, e, sn) && !GENRE_END.has(toks[e].t)) e++;
    found(i - 1, e, 'caractere');
  }
  // "surnommée « la tortue »", "ses collègues l'appellent l'escargot", "le surnom de « Diesel »"
  for (const i of heads.get('nick') ?? []) {
    const sn = toks[i].sn;
    let k = i + 1;
    for (let n = 0; n < 5 && tokenAt(doc, k, sn) && (toks[k].k === Kind.Punct || NICK_SKIP.has(toks[k].t)); n++) k++;
    const w = tokenAt(doc, k, sn);
    if (!w || !NICK_ANIMALS.has(w.t)) continue;
    let a = i + 1;
    while (a < k && (toks[a].k === Kind.Punct || ['appelle', 'appellent', 'appelait', 'appelaient', 'de', "d'"].includes(toks[a].t))) a++;
    found(a, k + 1, 'injure');
  }
}

/**
 * A complaint label and the complaint phrase that restates it right after, with its subject: « Pleurnicharde, elle se plaint de tout »,
 * « Râleuse, elle râle sans arrêt » are one judgement, one finding (the label's span, widened). Two different judgements
 * (« bourru, un peu borné », « Mère démissionnaire, elle laisse ses enfants livrés à eux-mêmes ») stay two findings.
 */
function mergeRestatements(doc: Doc, spans: ToneSpan[]): void {
  const toks = doc.tokens;
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  for (let x = 0; x + 1 < spans.length; x++) {
    const a = spans[x];
    const b = spans[x + 1];
    if (a.rewrite !== OBSERVATION.plainte || b.rewrite !== OBSERVATION.plainte || b.from !== a.to + 2 || toks[a.to]?.t !== ',' || toks[a.to].sn !== toks[b.from].sn) continue;
    const subj = toks[a.to + 1].t;
    if (subj !== 'il' && subj !== 'elle' && subj !== 'ils' && subj !== 'elles') continue;
    a.to = b.to;
    spans.splice(x + 1, 1);
    x--;
  }
}

// --- a compliment with a reservation on who the person is: « présentable malgré ses tatouages », « cultivée pour quelqu'un de son milieu » ---
/** Heads of the reservation: a concession, or a comparison with what is expected of a group, an age, a sex. */
const BACKHAND_HEADS = ['malgré', "pour quelqu'un de", "pour quelqu'une de", 'pour une femme', 'pour un homme', 'pour une fille', 'pour un garçon', 'pour un jeune', 'pour une jeune',
  'pour son âge', 'pour son milieu', 'pour ses origines', 'pour sa génération', 'pour une personne de', 'pour un gars', 'pour une nana', 'pour un senior', 'pour une senior'];
/** Praise that the reservation turns into a judgement (folded, all genders). */
const PRAISE = new Set(`presentable presentables correct correcte convenable soigne soignee propre agreable sympathique sympa avenant avenante souriant souriante aimable poli polie
cultive cultivee instruit instruite intelligent intelligente vif vive eveille eveillee eloquent eloquente articule articulee competent competente capable dynamique motive motivee
serieux serieuse debrouillard debrouillarde malin maligne fin fine raffine raffinee distingue distinguee elegant elegante joli jolie mignon mignonne charmant charmante potable
frequentable sortable normal normale pose posee calme mature mur mure autonome degourdi degourdie doue douee brillant brillante alerte vaillant vaillante courageux courageuse
travailleur travailleuse bosseur bosseuse ouvert ouverte civilise civilisee discret discrete rapide efficace fiable actif active volontaire sportif sportive bien net nette
respectueux respectueuse ponctuel ponctuelle eleve elevee costaud endurant endurante agile habile adroit adroite moderne curieux curieuse bavard bavarde`.split(/\s+/));
/** Surprise that opens the compliment: « Étonnamment cultivée… ». */
const SURPRISE = new Set(['etonnamment', 'etrangement', 'curieusement', 'bizarrement', 'remarquablement', 'etonnant', 'etonnante', 'surprenant', 'surprenante', 'contre', 'attente', 'toute']);
/** What the reservation holds against the person: looks, age, sex, background (a health condition is left to `sante`). */
const ATTRIBUTES = new Set(`tatouages tatouage piercings piercing look allure degaine style apparence physique age poids kilos taille corpulence rondeurs surpoids accent origines origine
couleur voile barbe cheveux coiffure dreadlocks dreads tenue milieu quartier cite banlieue passe famille education dents cicatrices genre sexe nationalite generation classe condition
extraction religion piercings tenues vetements jogging casquette capuche parler femme homme fille garcon jeune senior gars nana`.split(/\s+/));
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
const ATTRIBUTE_ADJ = new Set(['jeune', 'grand', 'grande', 'gros', 'grosse', 'nombreux', 'nombreuses', 'petit', 'petite', 'lourd', 'lourde', 'fort', 'forte', 'certain', 'modeste', 'drole', 'bel', 'vieux']);
/** The end of the reservation at `i` (after the attribute it names), or -1. */
function reservationEnd(doc: Doc, i: number): number {
  const sn = doc.tokens[i].sn;
  const at = (k: number) => tokenAt(doc, k, sn)?.t ?? '';
  let k = i + 1;
  if (doc.tokens[i].t === 'pour') {
    // the words of the head (« quelqu' un de », « une fille de », « un jeune de »), then the attribute if one follows
    while (k < i + 5 && (RESERVATION_WORDS.has(at(k)) || ATTRIBUTES.has(at(k)))) k++;
    const last = at(k - 1);
    if (ATTRIBUTES.has(last)) return k;
    // « pour une fille de cité », « pour quelqu'un de son milieu », « pour son âge »
    if (last === 'de' || last === "d'") {
      if (ATTRIBUTES.has(at(k))) return k + 1;
      if (!POSSESSIVES.has(at(k))) return -1;
    } else if (k !== i + 1) return -1;
  }
  // « malgré ses tatouages », « malgré son jeune âge »
  if (!POSSESSIVES.has(at(k))) return -1;
  k++;
  if (ATTRIBUTE_ADJ.has(at(k))) k++;
  return ATTRIBUTES.has(at(k)) ? k + 1 : -1;
}
const RESERVATION_WORDS = new Set(["quelqu'", 'un', 'une', 'personne', 'de', "d'"]);
function backhandedCompliments(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  for (const i of heads) {
    const sn = doc.tokens[i].sn;
    let k = i - 1;
    for (let n = 0; n < 3 && tokenAt(doc, k, sn) && MODIFIERS.has(doc.tokens[k].t) && !PRAISE.has(doc.tokens[k].t); n++) k--;
    if (!PRAISE.has(tokenAt(doc, k, sn)?.t ?? '')) continue;
    // « bien » only as a predicate of the person: « elle est bien pour son âge », not « s'est bien intégré malgré son accent », « c'est bien pour un jeune »
    if (doc.tokens[k].t === 'bien' && !(COPULAS.has(tokenAt(doc, k - 1, sn)?.t ?? '') && personSubject(doc, k - 1))) continue;
    // the praise of a thing: « le prix est correct pour son âge », « l'entreprise est présentable malgré ses locaux »
    let c = k - 1;
    while (c > k - 4 && tokenAt(doc, c, sn) && MODIFIERS.has(doc.tokens[c].t)) c--;
    if (COPULAS.has(tokenAt(doc, c, sn)?.t ?? '') && !personSubject(doc, c)) continue;
    const end = reservationEnd(doc, i);
    if (end < 0) continue;
    let from = k;
    for (let j = k - 1, n = 0; n < 3 && tokenAt(doc, j, sn); j--, n++) if (SURPRISE.has(doc.tokens[j].t)) from = j;
    found(from, end);
  }
}

// --- a note heading rated with a minus sign: « Motivation -- », « Attitude : - » ---
/** Headings of the person's conduct that a terse note rates (looks are `apparence`'s). */
const RATED_HEADS = ['attitude', 'comportement', 'savoir-être', 'savoir être', 'dynamisme', 'politesse', 'élocution', 'expression orale', 'sérieux'];
// « Motivation -- », « Implication - »: those headings are already heads of `weakInterest` (INTEREST_HEADS), whose list is read too
/** The end of a minus rating after the heading ending at `to` (« -- » or « : - » closing the item), or -1. */
export function minusRating(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let k = to;
  if (tokenAt(doc, k, sn)?.t === ':') k++;
  const start = k;
  while (k < start + 3 && tokenAt(doc, k, sn)?.t === '-') k++;
  if (k === start) return -1;
  // the dash closes the item: not a separator before a title (« Présentation -- atelier CV »)
  const next = tokenAt(doc, k, sn);
  return !next || [',', ';', '.', '/', '|', ')'].includes(next.t) || toks[k].sn !== sn ? k : -1;
}
function minusRatings(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  for (const i of heads) {
    let to = i + 1;
    // « savoir-être », « expression orale »: the heading's second word
    if (doc.tokens[to]?.hyphen || ['orale', 'etre'].includes(doc.tokens[to]?.t ?? '')) to++;
    // only a heading: the start of the sentence or of a list item
    const prev = tokenAt(doc, i - 1, doc.tokens[i].sn);
    if (prev && ![',', ';', '|', '-', '/'].includes(prev.t)) continue;
    const end = minusRating(doc, to);
    if (end > 0) found(i, end);
  }
}

// --- a generalisation about a community or a milieu: « roublard sur les chiffres, comme souvent dans ce milieu » ---
/** Heads of a comparison with a group. */
const GROUP_HEADS = ['comme souvent', 'comme bien souvent', 'comme trop souvent', 'comme toujours', 'comme beaucoup', 'comme tous', 'comme toutes', 'comme la plupart',
  'comme chez', 'comme dans', 'typique', 'typiquement', 'classique', 'comme tout bon', 'comme toute bonne'];
/** Groups of people named by their community: a comparison with them is a judgement by itself. */
const COMMUNITIES = new Set(['communaute', 'communautes', 'ethnie', 'culture', 'cultures', 'gens', 'voyageurs', 'gitans', 'manouches', 'roms', 'tziganes', 'cite', 'cites',
  'banlieue', 'banlieues', 'quartiers', 'immigres', 'etrangers', 'africains', 'maghrebins', 'arabes', 'asiatiques', 'antillais', 'musulmans', 'eux']);
/** Groups that may also be a trade or a sector (« dans ce milieu », « dans ce monde-là »): a judgement only beside another in the sentence. */
const MILIEUX = new Set(['milieu', 'milieux', 'monde', 'famille', 'familles', 'population', 'populations', 'quartier', 'jeunes', 'generation', 'pays', 'region', 'origine', 'peuple', 'clan', 'caste']);
const GROUP_LINKS = new Set(['dans', 'chez', 'de', "d'", 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses', 'les', 'la', 'le', "l'", 'ceux', 'celles', 'tous', 'toutes', 'bons', 'bonnes']);
function groupGeneralisation(doc: Doc, heads: readonly number[], spans: readonly ToneSpan[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    let k = i + 1;
    while (k < i + 2 && tokenAt(doc, k, sn) && !GROUP_LINKS.has(toks[k].t)) k++;
    let n = 0;
    while (n < 4 && tokenAt(doc, k, sn) && GROUP_LINKS.has(toks[k].t)) { k++; n++; }
    const w = tokenAt(doc, k, sn);
    if (!w || n === 0) continue;
    const community = COMMUNITIES.has(w.t);
    if (!community && !MILIEUX.has(w.t)) continue;
    let end = k + 1;
    // « ce milieu-là », « ces gens-là », « la communauté des gens du voyage »
    while (end < k + 4 && tokenAt(doc, end, sn) && (toks[end].t === 'la' && toks[end].hyphen || ['du', 'des', 'voyage'].includes(toks[end].t))) end++;
    // opening the sentence before a comma, the group is the reason given for what follows: « Comme souvent chez les gens du voyage, il ne tiendra pas
    // un CDI », « Comme souvent dans ces familles, peu fiable sur les horaires »: the claim joins the span. After a milieu, only a verbless
    // characterisation is the person's (« …, peu fiable », not « Comme souvent dans ce milieu, les horaires sont décalés »).
    let to = end;
    let verbless = false;
    if (!tokenAt(doc, i - 1, sn) && tokenAt(doc, end, sn)?.t === ',') {
      const first = tokenAt(doc, end + 1, sn);
      verbless = !!first && MODIFIERS.has(first.t) && !['de', 'du', 'un', 'pas', "n'", 'ne', 'par', 'sans', 'quand', 'ici', 'alors', 'deja', 'encore', 'toujours', 'souvent', 'parfois'].includes(first.t);
      let c = end + 1;
      while (c < end + 16 && tokenAt(doc, c, sn) && ![',', ';', ':', '.', '!', '?', '(', '-'].includes(toks[c].t)) c++;
      if (c > end + 1 && (community || verbless || spans.some((s) => s.from > end && s.from < c))) to = c;
    }
    // « dans ce milieu »: only beside a judgement of the person in the same sentence, not « horaires décalés, comme souvent dans ce milieu »
    if (!community && !verbless && !spans.some((s) => toks[s.from].sn === sn)) continue;
    found(i, to);
  }
}

export default defineRule({
  id: 'jugement',
  meta: {
    description: 'Jugement subjectif ou dévalorisant sur la personne (caractère, honnêteté, intelligence, motivation) au lieu des faits observés.',
    category: 'jugement',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.a et 5.1.c (loyauté, minimisation)', 'RGPD art. 15 (droit d’accès)', 'CNIL, zones bloc-notes et commentaires (2019), règle 3 : être objectif'],
  },
  messages: {
    jugement: '« {terme} » est un jugement sur la personne : décrivez le fait observé (date, démarche, propos rapportés).',
  },
  explanation:
    "L'adhérent peut demander à lire ce compte rendu (droit d'accès, RGPD art. 15). La CNIL demande que les commentaires soient objectifs, " +
    "ni excessifs ni dévalorisants (zones bloc-notes, 2019) ; elle a sanctionné des fichiers contenant « client très agressif ». " +
    "Un qualificatif (agressif, pas motivé, menteur, lunatique) interprète un état interne : écrivez plutôt ce qui a été observé et la suite donnée " +
    "(« N'a pas réalisé les 3 candidatures convenues ; nouvel objectif fixé au 26/03 »).",
  lexicon: [...JUGEMENT, ...triggers('neg', NEG_HEADS), ...triggers('lack', LACK_VERBS), ...triggers('interest', INTEREST_HEADS), ...triggers('haut', ['de haut']),
    ...triggers('genre', ['genre']), ...triggers('nick', NICKNAME_VERBS), ...triggers('group', GROUP_HEADS),
    ...triggers('backhand', BACKHAND_HEADS), ...triggers('rated', RATED_HEADS)],
  check(ctx) {
    const heads = new Map<string, number[]>();
    const spans = toneHits(ctx, { messageId: 'jugement' }, heads);
    const labelAt = (i: number) => spans.find((s) => s.to === i);
    negatedQualities(ctx.doc, heads.get('neg') ?? [], (from, to, adj) => {
      // one finding for "gros bras | pas très malin"
      const label = labelAt(from);
      if (label) label.to = to;
      else spans.push({ from, to, rewrite: OBSERVATION[NEG_GROUP[adj] ?? 'motivation'], messageId: 'jugement' });
    }, (i) => !!labelAt(i));
    lackOfQuality(ctx.doc, heads.get('lack') ?? [], (from, to, trait) => spans.push({ from, to, rewrite: OBSERVATION[LACK_TRAITS[trait]], messageId: 'jugement' }));
    weakInterest(ctx.doc, heads.get('interest') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.motivation, messageId: 'jugement' }));
    idiomFrames(ctx.doc, heads, (from, to, g) => spans.push({ from, to, rewrite: OBSERVATION[g], messageId: 'jugement' }));
    groupGeneralisation(ctx.doc, heads.get('group') ?? [], spans, (from, to) => spans.push({ from, to, rewrite: OBSERVATION.impression, messageId: 'jugement' }));
    backhandedCompliments(ctx.doc, heads.get('backhand') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.impression, messageId: 'jugement' }));
    minusRatings(ctx.doc, [...(heads.get('rated') ?? []), ...(heads.get('interest') ?? [])], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.impression, messageId: 'jugement' }));
    mergeRestatements(ctx.doc, spans);
    reportSpans(ctx, spans);
  },
});
