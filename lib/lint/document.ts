/**
 * The document a rule reads: the original text, its normalised copy with the offset map, tokens,
 * sentences and quotations. Built once per lint run and shared by every rule.
 */
import { normalize, origRange, type Normalized } from './normalize.ts';
import { tokenize, Kind, type Token } from './tokenize.ts';

export interface Doc extends Normalized {
  tokens: Token[];
  sentences: Array<[number, number]>;
  /** quotation spans in normalised offsets */
  quotes: Array<[number, number]>;
  /** original [start, end) of normalised [s, e) */
  orig(s: number, e: number): [number, number];
  /** original [start, end) of tokens [from, to) */
  tokRange(from: number, to: number): [number, number];
  /** original text of tokens [from, to) */
  slice(from: number, to: number): string;
  /** the original (not folded) text of one token */
  raw(i: number): string;
  /** true when the original token is written in capitals ("JE", "TOC") */
  isUpper(i: number): boolean;
  /** true when the original token starts with a capital ("Je", "Mon") */
  isCapitalized(i: number): boolean;
  /** is a normalised offset inside a quotation? */
  inQuote(pos: number): boolean;
}

/**
 * The document of `text`. `tokenPool` (the engine's) lets the tokenizer overwrite the token objects
 * of the previous document instead of allocating new ones: that document must be dead.
 */
export function createDocument(text: string, tokenPool?: Token[]): Doc {
  const n = normalize(text);
  const { tokens, sentences, quotes } = tokenize(n, tokenPool);
  const orig = (s: number, e: number) => origRange(n, s, e);
  const tokRange = (from: number, to: number): [number, number] => {
    if (to <= from) { const p = tokens[from] ? n.map[tokens[from].s] : text.length; return [p, p]; }
    return origRange(n, tokens[from].s, tokens[to - 1].e);
  };
  return {
    text: n.text,
    norm: n.norm,
    map: n.map,
    tokens,
    sentences,
    quotes,
    orig,
    tokRange,
    slice(from, to) {
      const [a, b] = tokRange(from, to);
      return text.slice(a, b);
    },
    raw(i) {
      const t = tokens[i];
      const [a, b] = origRange(n, t.s, t.e);
      return text.slice(a, b);
    },
    isUpper(i) {
      const t = tokens[i];
      if (t.k !== Kind.Word) return false;
      const [a, b] = origRange(n, t.s, t.e);
      let letters = 0;
      for (let p = a; p < b; p++) {
        const ch = text[p];
        if (ch === "'" || ch === '’') continue;
        if (ch.toUpperCase() !== ch) return false;
        if (ch.toLowerCase() !== ch) letters++;
      }
      return letters > 0;
    },
    isCapitalized(i) {
      const t = tokens[i];
      const ch = text[n.map[t.s]];
      return ch !== undefined && ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
    },
    inQuote(pos) {
      // quotations are sorted and disjoint: binary search (a rule may ask for every token)
      let lo = 0, hi = quotes.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = quotes[mid];
        if (pos < a) hi = mid - 1;
        else if (pos >= b) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}
