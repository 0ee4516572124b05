/**
 * Context helpers shared by the lexical rules: clause bounds, "is it about the person?",
 * "is it a job / sector / organisation / training?", negation and absence.
 * TAXONOMY.md §2.2. All inputs are token indices of a Doc.
 */
import type { Doc } from './document.ts';
import { Kind, type Token } from './tokenize.ts';

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—', '/', '|', '«', '»', '"', '!', '?', '.']);

/**
 * How far (in tokens) a clause or sentence context reaches from the tokens it is about. Real
 * sentences are shorter; a text typed without punctuation is one huge "sentence", and reading all
 * of it again for each term made such a text quadratic (a 1 MB paste took seconds).
 */
export const CONTEXT_REACH = 60;

/** Token range [from, to) of the clause around tokens [a, b): same sentence, between , ; : ( ) – */
export function clause(doc: Doc, a: number, b: number = a + 1): [number, number] {
  const toks = doc.tokens;
  const sn = toks[a].sn;
  const lo = Math.max(0, a - CONTEXT_REACH);
  const hi = Math.min(toks.length, b + CONTEXT_REACH);
  let from = a;
  while (from > lo && toks[from - 1].sn === sn && !(toks[from - 1].k === Kind.Punct && CLAUSE_PUNCT.has(toks[from - 1].t))) from--;
  let to = b;
  while (to < hi && toks[to].sn === sn && !(toks[to].k === Kind.Punct && CLAUSE_PUNCT.has(toks[to].t))) to++;
  return [from, to];
}

/** Token range [from, to) of the sentence of token i (at most CONTEXT_REACH tokens on each side of i). */
export function sentence(doc: Doc, i: number): [number, number] {
  const whole = doc.sentences[doc.tokens[i].sn] ?? [0, doc.tokens.length];
  if (whole[1] - whole[0] <= 2 * CONTEXT_REACH) return whole;
  return [Math.max(whole[0], i - CONTEXT_REACH), Math.min(whole[1], i + CONTEXT_REACH + 1)];
}

/** Do the tokens right before `from` equal `seq` (folded tokens)? */
export function seqBefore(doc: Doc, from: number, seq: readonly string[]): boolean {
  const start = from - seq.length;
  if (start < 0) return false;
  for (let k = 0; k < seq.length; k++) if (doc.tokens[start + k].t !== seq[k]) return false;
  return true;
}

/** Do the tokens right after `to` equal `seq`? */
export function seqAfter(doc: Doc, to: number, seq: readonly string[]): boolean {
  if (to + seq.length > doc.tokens.length) return false;
  for (let k = 0; k < seq.length; k++) if (doc.tokens[to + k].t !== seq[k]) return false;
  return true;
}

/** Folded texts of the word tokens in [from, to). */
export function words(doc: Doc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, doc.tokens.length); k++) if (doc.tokens[k].k !== Kind.Punct) out.push(doc.tokens[k].t);
  return out;
}

/** Does any token of the clause around [a, b) belong to `set`? */
export function clauseHas(doc: Doc, a: number, b: number, set: ReadonlySet<string>): boolean {
  const [from, to] = clause(doc, a, b);
  for (let k = from; k < to; k++) if (set.has(doc.tokens[k].t)) return true;
  return false;
}

/** Does any token within `radius` tokens of [a, b), in the same sentence, belong to `set`? */
export function nearHas(doc: Doc, a: number, b: number, set: ReadonlySet<string>, radius = 6): boolean {
  const toks = doc.tokens;
  const sn = toks[a].sn;
  for (let k = Math.max(0, a - radius); k < Math.min(toks.length, b + radius); k++) {
    if (k >= a && k < b) continue;
    if (toks[k].sn === sn && set.has(toks[k].t)) return true;
  }
  return false;
}

/** References to the accompanied person (or a relative) that make a term personal. TAXONOMY §2.2. */
export const PERSON_REFS = new Set([
  'il', 'elle', 'vous', 'adherent', 'adherente', 'beneficiaire', 'monsieur', 'madame', 'm', 'mme', 'mr',
  'interesse', 'interessee', 'candidat', 'candidate', 'jeune', 'homme', 'femme', 'son', 'sa', 'ses', 'votre', 'vos', 'lui',
  'je', "j'", 'me', "m'", 'mon', 'ma', 'mes', 'moi', "s'", 'se', 'leur', 'leurs', 'accompagne', 'accompagnee',
  'mari', 'epouse', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'fils', 'fille', 'enfant', 'enfants', 'pere', 'mere', 'frere', 'soeur',
  'est', 'etait', 'a', 'avait', 'souffre', 'atteint', 'atteinte', 'presente', 'suit', 'suivi', 'suivie', 'porte', 'percoit', 'touche', 'sort',
  'ete', 'se', 'dit', 'declare', 'declaree', 'reconnait', 'evoque', 'confie', 'explique', 'indique', 'signale',
]);

/** Is the clause around [a, b) about a person? */
export function personLinked(doc: Doc, a: number, b: number): boolean {
  return clauseHas(doc, a, b, PERSON_REFS);
}

/**
 * Nouns and verbs that put the following term in a job / sector / organisation / training frame:
 * "secteur de la santé", "métier de surveillant pénitentiaire", "travailler auprès de personnes
 * handicapées", "formation en génétique". TAXONOMY §2.2.
 */
export const JOB_FRAME = new Set([
  'metier', 'metiers', 'poste', 'postes', 'emploi', 'emplois', 'secteur', 'secteurs', 'domaine', 'domaines', 'filiere', 'filieres',
  'branche', 'travailler', 'travaille', 'travaillait', 'aupres', 'formation', 'formations', 'diplome', 'diplomee', 'diplomes', 'titre',
  'bts', 'cap', 'bac', 'dut', 'but', 'licence', 'master', 'technicien', 'technicienne', 'agent', 'agente', 'conseiller', 'conseillere',
  'entreprise', 'entreprises', 'employeur', 'employeurs', 'structure', 'structures', 'etablissement', 'etablissements', 'cabinet',
  'laboratoire', 'centre', 'societe', 'association', 'clinique', 'enquete', 'stage', 'module', 'cours', 'concours', 'professionnel',
  'professionnelle', 'professionnels', 'professionnelles', 'public', 'publics', 'usagers', 'patients', 'clients', 'clientele', 'referent', 'referente',
  'mission', 'politique', 'cellule', 'specialise', 'specialisee', 'specialisation', 'fabricant', 'fabrication', 'magasin', 'boutique',
  'boucherie', 'restauration', 'restaurant', 'atelier', 'ateliers', 'sensibilisation', 'recrute', 'recrutement', 'service', 'services',
]);

const FRAME_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'en', 'a', 'au', 'aux', 'dans', 'pour', 'avec', 'sur', 'un', 'une', 'personnes', 'personne', 'enfants', 'adultes', 'jeunes', 'public', 'medecine', 'sante', 'milieu', 'secteur']);

const FRAME_STOP = new Set(['pendant', 'durant', 'depuis', 'lors', 'quand', 'car', 'mais', 'parce', 'puisque', 'alors', 'suite']);

/** Filing words just before "auprès de": a file, a request, a complaint or an appeal lodged with a body. */
const FILING = new Set(['depose', 'deposee', 'deposes', 'deposees', 'deposer', 'depot', 'dossier', 'demande', 'demandes', 'recours', 'saisine', 'plainte', 'reclamation', 'requete']);
export function filedBefore(toks: readonly Token[], aupres: number): boolean {
  for (let k = aupres - 1; k >= 0 && k >= aupres - 3; k--) if (FILING.has(toks[k].t)) return true;
  return false;
}

/** Is the term at token `from` introduced by a job / sector / training frame? */
export function jobFrameBefore(doc: Doc, from: number, reach = 4): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  let k = from - 1;
  let steps = 0;
  while (k >= 0 && steps < reach && toks[k].sn === sn) {
    const t = toks[k];
    if (t.k === Kind.Punct) return false;
    // a time or circumstance word closes the frame: "travailler pendant le ramadan",
    // "conseillère municipale sur une liste RN"
    if (FRAME_STOP.has(t.t)) return false;
    // "en cours" is a state ("saisie en cours"), not a course; "auprès de" after a filing is the
    // body the person applied to ("dossier déposé auprès de la commission de surendettement")
    if (JOB_FRAME.has(t.t) && !(t.t === 'cours' && toks[k - 1]?.t === 'en') && !(t.t === 'aupres' && filedBefore(toks, k))) return true;
    if (!FRAME_SKIP.has(t.t)) {
      // one content word may sit between ("technicien de laboratoire en génétique")
      steps++;
    }
    k--;
  }
  return false;
}

/** Words that end the reach of a negation: "n'a plus de compte depuis son interdiction bancaire". */
const NEG_STOP = new Set(['depuis', 'pendant', 'durant', 'car', 'mais', 'suite', 'apres', 'lors', 'parce', 'puisque', 'quand', 'lorsque', 'qui', 'que', "qu'", 'dont', 'et', 'donc']);
/** Manner words after « sans » that make it an adverb, not an absence: "a parlé sans détour de sa condamnation". */
const SANS_MANNER = new Set(['detour', 'detours', 'ambages', 'hesiter', 'hesitation', 'gene', 'tabou', 'tabous', 'honte', 'complexe', 'complexes', 'retenue', 'fard', 'filtre', 'emotion']);
const NEGATORS = new Set(['aucun', 'aucune', 'aucuns', 'aucunes', 'sans', 'ni', 'jamais', 'absence', 'nul', 'nulle', 'pas', 'plus', 'non', 'exempt', 'exempte']);
const NEG_SKIP = new Set(['de', "d'", 'du', 'des', 'la', 'le', 'les', "l'", 'probleme', 'problemes', 'contrainte', 'contraintes', 'trouble', 'troubles', 'antecedent', 'antecedents', 'signe', 'signes', 'particulier', 'particuliere', 'particulieres', 'connu', 'connue', 'connus', 'connues', 'declare', 'declaree', 'mention', 'element', 'elements', 'ne', "n'", 'a', 'avoir', 'eu', 'signale', 'signalee', 'fait', 'etat', 'type', 'aucun', 'aucune', 'sante', 'medical', 'medicale', 'medicaux', 'judiciaire', 'penal', 'penale']);

/** Nouns of a clash whose negation leaves their "avec" complement standing: "aucune incompatibilité avec son traitement". */
const CLASH_NOUNS = new Set(['incompatibilite', 'incompatibilites', 'contradiction', 'contre-indication', 'contre-indications', 'obstacle', 'obstacles']);

/** Verbs of missing or failing: negated, they assert ("ne rate jamais la prière", "ne manque aucune messe", "n'a jamais raté une audience"). */
export const MISS_VERBS = new Set([
  'rate', 'rater', 'ratait', 'rataient', 'rates', 'ratent', 'manque', 'manquer', 'manquait', 'manquaient', 'manquent', 'manques',
  'loupe', 'louper', 'loupait', 'loupent', 'oublie', 'oublier', 'oubliait', 'oublient', 'saute', 'sauter', 'sautait', 'sautent',
  'neglige', 'negliger', 'negligeait', 'delaisse', 'delaisser', 'delaissait', 'sechait', 'seche', 'secher',
]);

/** Is the negation word at token k that of a verb of missing ("ne rate jamais", "n'a jamais manqué"), so the phrase asserts? */
export function missNegated(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const before = toks[k - 1]?.t ?? '';
  if (MISS_VERBS.has(before) && (toks[k - 2]?.t === 'ne' || toks[k - 2]?.t === "n'")) return true;
  // "n'a jamais raté", "ne l'a jamais manquée": the participle after the negation word
  const after = toks[k + 1]?.t ?? '';
  return after.length > 3 && MISS_VERBS.has(after.endsWith('ee') ? after.slice(0, -1) : after.endsWith('e') ? after : after.replace(/s$/, ''));
}

/**
 * Absence or negation before the term: "aucune contrainte de santé", "pas de problème de dos",
 * "sans antécédent judiciaire", "ni dette ni crédit". Past conditions ("a eu un cancer") stay
 * findings: only explicit absence cancels. eval/README.md: "Absence is not a finding".
 */
export function negatedBefore(doc: Doc, from: number, reach = 5): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  let k = from - 1;
  let seen = 0;
  while (k >= 0 && seen < reach && toks[k].sn === sn) {
    const t = toks[k];
    if (t.k === Kind.Punct || NEG_STOP.has(t.t)) return false;
    // "pas d'incompatibilité avec le contrôle judiciaire": the negation bears on the clash, what follows "avec" is there
    if (t.t === 'avec' && CLASH_NOUNS.has(toks[k - 1]?.t ?? '')) return false;
    if (t.t === 'sans' && SANS_MANNER.has(toks[k + 1]?.t ?? '')) { seen++; k--; continue; }
    if (NEGATORS.has(t.t)) {
      if (missNegated(doc, k)) return false;
      // "pas" / "plus" only as "pas de", "plus de", "n'a pas …" (not "ne peut plus porter")
      if (t.t === 'pas' || t.t === 'plus' || t.t === 'non') {
        const nx = toks[k + 1];
        return !!nx && (nx.t === 'de' || nx.t === "d'" || nx.t === 'du' || nx.t === 'un' || nx.t === 'une' || nx.t === 'besoin' || nx.t === 'concerne' || nx.t === 'concernee');
      }
      return true;
    }
    if (!NEG_SKIP.has(t.t)) seen++;
    k--;
  }
  return false;
}
