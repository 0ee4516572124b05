/**
 * Helpers shared by the special-category rules (origine, religion, opinions-politiques, syndicat,
 * infractions): token look-around that skips articles, and the fixes they offer.
 *
 * Why a clause removal as the default fix: for a belief, an origin or an offence there is no
 * neutral synonym — the CNIL's advice is to write the consequence for the job or nothing at all
 * (TAXONOMY.md §0.3). Removing the clause that carries the datum keeps the rest of the sentence
 * ("L'adhérent est juif et respecte le shabbat : aucune disponibilité le samedi." →
 * "Aucune disponibilité le samedi.").
 */
import type { Doc } from './document.ts';
import { Kind, type Token } from './tokenize.ts';
import { sentence, missNegated } from './context.ts';
import type { Fix } from './types.ts';

/** Punctuation that closes a clause for the removal fix. */
const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—', '.', '!', '?', '…']);
const FINAL = new Set(['.', '!', '?', '…']);
/** Words that open a clause depending on the one before it. */
const DEPENDENT = new Set(['ce', 'qui', 'que', "qu'", 'dont', 'car', 'mais', 'donc', 'et', 'ou', 'puis', 'alors', 'ainsi', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'soit']);

/** Token i, or undefined outside the document. */
export function tok(doc: Doc, i: number): Token | undefined {
  return i >= 0 && i < doc.tokens.length ? doc.tokens[i] : undefined;
}

/** Folded text of token i in the same sentence as token `ref`, or '' (punctuation included). */
export function tt(doc: Doc, i: number, ref: number): string {
  const t = tok(doc, i);
  const r = tok(doc, ref);
  if (!t || !r || t.sn !== r.sn) return '';
  return t.t;
}

/** Index of the first token before `from` (same sentence) whose text is not in `skip`; -1 if none. */
export function prevIndex(doc: Doc, from: number, skip?: ReadonlySet<string>): number {
  const sn = doc.tokens[from]?.sn;
  for (let k = from - 1; k >= 0 && doc.tokens[k].sn === sn; k--) {
    if (!skip || !skip.has(doc.tokens[k].t)) return k;
  }
  return -1;
}

/** Index of the first token at or after `to` (same sentence) whose text is not in `skip`; -1 if none. */
export function nextIndex(doc: Doc, to: number, skip?: ReadonlySet<string>): number {
  const sn = doc.tokens[to - 1]?.sn;
  for (let k = to; k < doc.tokens.length && doc.tokens[k].sn === sn; k++) {
    if (!skip || !skip.has(doc.tokens[k].t)) return k;
  }
  return -1;
}

/** Does a word of `set` occur in the sentence of token i? */
export function sentenceHas(doc: Doc, i: number, set: ReadonlySet<string>): boolean {
  const [a, b] = sentence(doc, i);
  for (let k = a; k < b; k++) if (set.has(doc.tokens[k].t)) return true;
  return false;
}

/** Does a word of `set` occur within `radius` tokens of [a, b), in the same sentence? */
export function around(doc: Doc, a: number, b: number, set: ReadonlySet<string>, radius = 8): boolean {
  const sn = doc.tokens[a].sn;
  const lo = Math.max(0, a - radius);
  const hi = Math.min(doc.tokens.length, b + radius);
  for (let k = lo; k < hi; k++) {
    if (k >= a && k < b) continue;
    const t = doc.tokens[k];
    if (t.sn === sn && set.has(t.t)) return true;
  }
  return false;
}

/** Clause of tokens [a, b) for the removal fix: [first, last + 1) and the bounding punctuation. */
function clauseBounds(doc: Doc, a: number, b: number): { s0: number; s1: number; L: number; R: number } {
  const toks = doc.tokens;
  const [s0] = sentence(doc, a);
  const [, s1] = sentence(doc, b - 1);
  let L = a - 1;
  while (L >= s0 && !(toks[L].k === Kind.Punct && BOUNDARY.has(toks[L].t))) L--;
  let R = b;
  while (R < s1 && !(toks[R].k === Kind.Punct && BOUNDARY.has(toks[R].t))) R++;
  return { s0, s1, L, R };
}

/**
 * A fix removing the clause around tokens [a, b): the whole sentence when the clause is the
 * sentence, an opening clause with its comma (the next word gets its capital back), an incise
 * between two commas, or a closing clause with the punctuation before it.
 */
export function clauseRemovalFix(doc: Doc, text: string, a: number, b: number, label?: string): Fix {
  const toks = doc.tokens;
  const { s0, s1, L, R } = clauseBounds(doc, a, b);
  const start = (i: number) => doc.tokRange(i, i + 1)[0];
  const end = (i: number) => doc.tokRange(i, i + 1)[1];
  const mk = (s: number, e: number, replacement = ''): Fix => {
    const removed = text.slice(s, e).trim();
    const shown = removed.length > 60 ? `${removed.slice(0, 57)}…` : removed;
    return { start: s, end: e, replacement, label: label ?? `Supprimer « ${shown} »` };
  };
  const lastOfSentence = s1 - 1;
  const rIsFinal = R >= s1 || FINAL.has(toks[R].t);
  if (L < s0) {
    if (rIsFinal || R >= lastOfSentence) {
      // the clause is the whole sentence: remove it with the spaces that follow
      let s = start(s0);
      let e = R < s1 ? end(R) : end(lastOfSentence);
      while (e < text.length && text[e] === ' ') e++;
      if (e >= text.length) while (s > 0 && text[s - 1] === ' ') s--;
      return mk(s, e);
    }
    // opening clause: remove up to the next word, which takes the capital of the sentence
    const next = R + 1;
    const s = start(s0);
    if (next >= s1) return mk(s, end(R));
    // what follows depends on the removed clause ("…, ce qui l'oblige", "…, en expliquant"): the whole sentence goes
    if (DEPENDENT.has(toks[next].t) || (toks[next].t === 'en' && /ant$/.test(toks[next + 1]?.t ?? ''))) {
      let e = end(s1 - 1);
      while (e < text.length && text[e] === ' ') e++;
      return mk(s, e);
    }
    const ns = start(next);
    const firstUpper = /\p{Lu}/u.test(text[s] ?? '');
    const c = text[ns] ?? '';
    if (firstUpper && toks[next].k === Kind.Word && /\p{Ll}/u.test(c)) return mk(s, ns + 1, c.toUpperCase());
    return mk(s, ns);
  }
  const pl = toks[L].t;
  const pr = R < s1 ? toks[R].t : '';
  if (pl === '(' && pr === ')') {
    let s = start(L);
    while (s > 0 && text[s - 1] === ' ') s--;
    return mk(s, end(R));
  }
  if (pl === ',' && pr === ',') return mk(start(L), end(R));
  // closing clause: from the punctuation before it to the end of the clause
  const e = R < s1 ? start(R) : end(lastOfSentence);
  let eTrim = e;
  while (eTrim > start(L) && text[eTrim - 1] === ' ') eTrim--;
  return mk(start(L), eTrim);
}

/** Original offsets [start, end) of tokens [a, b). */
export function range(doc: Doc, a: number, b: number): [number, number] {
  return doc.tokRange(a, b);
}

/** Number words and digits that can count years, months or hours ("quatre ans", "18 mois"). */
export const NUMBER_WORDS = new Set([
  'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
  'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'quelques', 'plusieurs',
]);

export function isNumberToken(t: Token | undefined): boolean {
  return !!t && (t.k === Kind.Number || NUMBER_WORDS.has(t.t));
}

export { Kind };

const NEG_HEADS = new Set(['pas', 'jamais', 'point', 'nullement', 'aucunement']);
const NEG_BETWEEN = new Set([
  'ete', 'etre', 'est', 'etait', 'sont', 'a', 'avait', 'ai', 'eu', 'fait', 'de', "d'", 'du', 'des', 'un', 'une', 'la', 'le', 'les', "l'",
  'vraiment', 'tres', 'du', 'tout', 'encore', 'officiellement', 'reellement', 'particulierement', 'personnellement', 'lui-meme', 'elle-meme',
]);

/**
 * Is the term at token `a` the object of a negation ("n'a jamais été condamné", "n'est pas
 * croyante", "ne fait pas de prison")? Only copulas, auxiliaries and articles may stand between
 * the negation and the term, so "ne veut pas travailler pendant le ramadan" is not negated.
 * eval/README.md: absence is not a finding.
 */
export function negatedGoverned(doc: Doc, a: number): boolean {
  const toks = doc.tokens;
  const sn = toks[a]?.sn;
  for (let k = a - 1, n = 0; k >= 0 && n < 5 && toks[k].sn === sn; k--, n++) {
    const w = toks[k].t;
    if (NEG_HEADS.has(w)) {
      if (missNegated(doc, k)) return false;
      for (let j = k - 1; j >= Math.max(0, k - 3) && toks[j].sn === sn; j--) if (toks[j].t === 'ne' || toks[j].t === "n'") return true;
      return false;
    }
    if (!NEG_BETWEEN.has(w)) return false;
  }
  return false;
}

/** Words that name the accompanied person or a relative (stricter than context.ts PERSON_REFS, without verbs). */
const STRICT_PERSON = new Set([
  'il', 'elle', 'ils', 'elles', 'adherent', 'adherente', 'beneficiaire', 'monsieur', 'madame', 'm', 'mme', 'interesse', 'interessee',
  'son', 'sa', 'ses', 'leur', 'leurs', 'lui', 'je', "j'", 'me', "m'", 'mon', 'ma', 'mes', 'moi', 'vous', 'votre', 'vos', 'candidat',
  'candidate', 'jeune', 'homme', 'femme', 'mari', 'epouse', 'conjoint', 'conjointe', 'pere', 'mere', 'fils', 'fille', 'frere', 'soeur',
  "s'", 'se', 'qui',
]);

/** Does the clause around [a, b) name a person (pronoun, possessive, "l'adhérent")? */
export function personNamed(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const sn = toks[a].sn;
  let k = a - 1;
  while (k >= 0 && toks[k].sn === sn && !(toks[k].k === Kind.Punct && BOUNDARY.has(toks[k].t))) {
    if (STRICT_PERSON.has(toks[k].t)) return true;
    k--;
  }
  k = b;
  while (k < toks.length && toks[k].sn === sn && !(toks[k].k === Kind.Punct && BOUNDARY.has(toks[k].t))) {
    if (STRICT_PERSON.has(toks[k].t)) return true;
    k++;
  }
  return false;
}

/**
 * Hits arrive in text order and a report covers tokens next to its hit, so an overlap can only be
 * with one of the last reports: checking those keeps a rule linear on long documents.
 */
export function recent(done: Array<[number, number]>): Array<[number, number]> {
  return done.length > 16 ? done.slice(-16) : done;
}

export function overlapsRecent(done: Array<[number, number]>, a: number, b: number): boolean {
  for (let k = done.length - 1; k >= 0 && k >= done.length - 16; k--) {
    const [x, y] = done[k];
    if (a < y && x < b) return true;
  }
  return false;
}
