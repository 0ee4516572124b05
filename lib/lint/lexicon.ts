/**
 * Lexicons: readable data a data-protection officer can extend, compiled once into a token trie so
 * that every lexicon of every rule is matched in a single pass over the tokens (see matcher.ts).
 *
 * A term is written as people write it, accents included ("hernie discale"); matching happens on
 * the folded copy, so "hernie discale", "HERNIE DISCALE" and "hernie-discale" all match.
 *
 * @example
 *   const entry: LexiconEntry = {
 *     lemma: 'hernie discale', inflect: 'noun', confidence: 'high',
 *     rewrite: 'contraintes de santé incompatibles avec le port de charges',
 *   };
 */
import type { Confidence, Severity } from './types.ts';
import { fold } from './normalize.ts';

export interface LexiconEntry {
  /** canonical form, accent-full, possibly several words */
  lemma: string;
  /** other surface forms: abbreviations, spellings, irregular plurals */
  forms?: string[];
  /**
   * generate inflected forms from `lemma` and `forms`:
   * - `noun`: plural of every content word ("crise d'angoisse" → "crises d'angoisses" is avoided:
   *   only the first word is put in the plural when the term has a preposition)
   * - `adj`: feminine and plural ("bisexuel" → bisexuelle, bisexuels, bisexuelles)
   * - `none` (default): as written
   */
  inflect?: 'noun' | 'adj' | 'none';
  /** acronyms that are ordinary words in lower case ("TOC", "PS", "SUD"): match capitals only */
  upper?: boolean;
  /** base confidence of a hit (default `medium`) */
  confidence?: Confidence;
  /** severity of this entry when it differs from the rule's */
  severity?: Severity;
  /** the hit counts only when the clause refers to the person ("il est", "l'adhérent", "son") */
  needsPerson?: boolean;
  /** token sequences that, right before the term, cancel it ("secteur de la" santé) */
  notAfter?: string[];
  /** token sequences that, right after the term, cancel it (enceinte "acoustique") */
  notBefore?: string[];
  /** words that, anywhere in the same clause, cancel it (TIG near "soudure") */
  notNear?: string[];
  /** words of which one must appear in the same clause ("RN" needs "vote", "militant"…) */
  near?: string[];
  /** RGPD-compatible wording to suggest instead */
  rewrite?: string;
  /** extra sentence for the explanation */
  note?: string;
  /** finer grouping shown to users, e.g. "handicap", "addiction", "traitement" */
  tag?: string;
}

/** A compiled lexicon entry, owned by one rule. */
export interface CompiledEntry extends LexiconEntry {
  rule: string;
  /** folded token sequences of `notAfter`, `notBefore` */
  notAfterSeqs?: string[][];
  notBeforeSeqs?: string[][];
  nearSet?: Set<string>;
  notNearSet?: Set<string>;
}

const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'a', 'au', 'aux', 'en', 'et', 'ou', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'dans', 'un', 'une', "qu'"]);

/** Split a folded term into the tokens the tokenizer would produce. */
export function termTokens(term: string): string[] {
  const f = fold(term);
  const simple = splitSimple(f);
  if (simple) return simple;
  const out: string[] = [];
  const re = /([\p{L}\p{M}\p{N}]+(?:'(?=[\p{L}]))?)|([^\s\p{L}\p{M}\p{N}'-])/gu;
  for (const m of f.matchAll(re)) out.push(m[0]);
  // rejoin apostrophes inside words the tokenizer keeps whole ("aujourd'hui")
  const merged: string[] = [];
  for (const t of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.endsWith("'") && !ELIDABLE_TERM.has(prev.slice(0, -1))) merged[merged.length - 1] = prev + t;
    else merged.push(t);
  }
  return merged;
}
/**
 * Words of a-z and digits between spaces, hyphens and apostrophes (nearly every term), in one pass,
 * as the regular expression of `termTokens` splits them; null for anything else. An apostrophe
 * followed by a letter ends an elided word ("l'", "jusqu'") and is kept inside other words
 * ("aujourd'hui"); any other apostrophe separates.
 */
function splitSimple(f: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= f.length; i++) {
    const c = i < f.length ? f.charCodeAt(i) : 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c === 0x20 || c === 0x2d) {
      if (start >= 0) { out.push(f.slice(start, i)); start = -1; }
    } else if (c === 0x27) {
      const d = i + 1 < f.length ? f.charCodeAt(i + 1) : 0x20;
      const letter = d >= 97 && d <= 122;
      if (!letter && !(d >= 48 && d <= 57) && d !== 0x20 && d !== 0x2d && d !== 0x27) return null; // a letter outside a-z?
      if (start < 0) continue;
      if (!letter) { out.push(f.slice(start, i)); start = -1; }
      else if (ELIDABLE_TERM.has(f.slice(start, i))) { out.push(f.slice(start, i + 1)); start = -1; }
      // else: the apostrophe stays inside the word
    } else return null;
  }
  return out;
}

const ELIDABLE_TERM = new Set(['j', 'l', 'd', 'qu', 'm', 's', 'n', 'c', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

/** Plural of a folded French word (good enough for lexicon generation). */
export function pluralize(w: string): string {
  if (/[sxz]$/.test(w)) return w;
  if (/(au|eu|eau)$/.test(w)) return w + 'x';
  if (/al$/.test(w) && !['bal', 'carnaval', 'festival', 'chacal', 'recital', 'final', 'natal', 'fatal', 'naval', 'banal'].includes(w)) return w.slice(0, -2) + 'aux';
  return w + 's';
}

/** Feminine of a folded French adjective or participle. */
export function feminize(w: string): string {
  if (w.endsWith('e')) return w;
  if (w.endsWith('eux')) return w.slice(0, -1) + 'se';
  if (w.endsWith('eur')) return w.slice(0, -1) + 'se';
  if (w.endsWith('teur')) return w.slice(0, -3) + 'rice';
  if (w.endsWith('if')) return w.slice(0, -1) + 've';
  if (/(el|eil|en|on|et)$/.test(w) && !w.endsWith('complet') && !w.endsWith('inquiet') && !w.endsWith('secret')) return w + w.slice(-1) + 'e';
  if (w.endsWith('er')) return w.slice(0, -2) + 'ere';
  if (w.endsWith('c') && (w.endsWith('blanc') || w.endsWith('franc'))) return w + 'he';
  if (w.endsWith('ic')) return w.slice(0, -1) + 'que'; // public → publique (was "publicque")
  if (w.endsWith('x')) return w.slice(0, -1) + 'se';
  return w + 'e';
}

function inflectTokens(tokens: string[], mode: 'noun' | 'adj', acute: ReadonlySet<number> = new Set()): string[][] {
  const hasPrep = tokens.some((t) => FUNCTION_WORDS.has(t));
  const variants = new Map<string, string[]>();
  const add = (v: string[]) => variants.set(v.join(' '), v);
  add(tokens);
  const targets: number[] = [];
  tokens.forEach((t, i) => {
    if (FUNCTION_WORDS.has(t) || /^\d/.test(t) || t.endsWith("'")) return;
    // in "crise d'angoisse", only the head noun varies; without preposition every word agrees
    if (hasPrep && i > 0) return;
    targets.push(i);
  });
  const apply = (f: (w: string, i: number) => string) => tokens.map((t, i) => (targets.includes(i) ? f(t, i) : t));
  // a participle in "é" is folded to "e" and would look epicene ("handicapé" → "handicape")
  const fem = (w: string, i: number) => (acute.has(i) ? w + 'e' : feminize(w));
  add(apply(pluralize));
  if (mode === 'adj') {
    add(apply(fem));
    add(apply((w, i) => pluralize(fem(w, i))));
  }
  return [...variants.values()];
}

/**
 * Indices of the words of `form` that end in "é" ("reconnu handicapé"), whose feminine adds an
 * "e" ("handicapée") although the folded word already ends in "e".
 */
function acuteEndings(form: string, toks: string[]): Set<number> {
  const out = new Set<number>();
  if (!/[éÉ]/.test(form)) return out;
  const marked = termTokens(form.replace(/[éÉ](?![\p{L}\p{M}\p{N}])/gu, 'ée'));
  if (marked.length !== toks.length) return out;
  marked.forEach((t, i) => { if (t === toks[i] + 'e') out.add(i); });
  return out;
}

/** Every token sequence an entry matches. */
export function entrySequences(e: LexiconEntry): string[][] {
  // most entries are one uninflected term: no variants to merge
  if (!e.forms?.length && (!e.inflect || e.inflect === 'none')) {
    const toks = termTokens(e.lemma);
    return toks.length ? [toks] : [];
  }
  const forms = [e.lemma, ...(e.forms ?? [])];
  const seqs = new Map<string, string[]>();
  for (const form of forms) {
    const toks = termTokens(form);
    if (!toks.length) continue;
    const variants = e.inflect && e.inflect !== 'none' ? inflectTokens(toks, e.inflect, acuteEndings(form, toks)) : [toks];
    for (const v of variants) seqs.set(v.join(' '), v);
  }
  return [...seqs.values()];
}

/**
 * Context lists are often one shared array for a whole lexicon (the same `notAfter` on a thousand
 * entries): compile each array once. Compiled values are read-only.
 */
const seqCache = new WeakMap<readonly string[], string[][]>();
const setCache = new WeakMap<readonly string[], Set<string>>();
function seqsOf(list: readonly string[]): string[][] {
  let v = seqCache.get(list);
  if (!v) { v = list.map(termTokens); seqCache.set(list, v); }
  return v;
}
function setOf(list: readonly string[]): Set<string> {
  let v = setCache.get(list);
  if (!v) { v = new Set(list.flatMap(termTokens)); setCache.set(list, v); }
  return v;
}

/** The fields every compiled entry has, in this order (see compileEntry). */
const ENTRY_FIELDS = new Set(['lemma', 'forms', 'inflect', 'upper', 'confidence', 'severity', 'needsPerson', 'notAfter', 'notBefore', 'notNear', 'near',
  'rewrite', 'note', 'tag', 'rule', 'notAfterSeqs', 'notBeforeSeqs', 'nearSet', 'notNearSet']);

/**
 * One object shape for every entry of every rule: the rules read `hit.entry.tag`, `.lemma`… on
 * every hit, and entries copied with `{ ...e }` took the shape of their own literal (dozens of
 * hidden classes: those reads went megamorphic, and the largest rule checks were optimised, thrown
 * away on a new shape and optimised again). Fields a rule's own lexicon adds (`link`, `kind`…)
 * follow the common ones.
 */
export function compileEntry(e: LexiconEntry, rule: string): CompiledEntry {
  const c: CompiledEntry = {
    lemma: e.lemma,
    forms: e.forms,
    inflect: e.inflect,
    upper: e.upper,
    confidence: e.confidence,
    severity: e.severity,
    needsPerson: e.needsPerson,
    notAfter: e.notAfter,
    notBefore: e.notBefore,
    notNear: e.notNear,
    near: e.near,
    rewrite: e.rewrite,
    note: e.note,
    tag: e.tag,
    rule,
    notAfterSeqs: e.notAfter?.length ? seqsOf(e.notAfter) : undefined,
    notBeforeSeqs: e.notBefore?.length ? seqsOf(e.notBefore) : undefined,
    nearSet: e.near?.length ? setOf(e.near) : undefined,
    notNearSet: e.notNear?.length ? setOf(e.notNear) : undefined,
  };
  for (const k in e) if (!ENTRY_FIELDS.has(k)) (c as unknown as Record<string, unknown>)[k] = (e as unknown as Record<string, unknown>)[k];
  return c;
}
