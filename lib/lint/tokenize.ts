/**
 * Tokenizer over the normalised text: words, numbers and punctuation, with French elision split
 * off ("l'adherent" → "l'", "adherent"), hyphenated words split into parts joined by `hyphen`,
 * sentence numbers and quotation spans (« », “ ”, " ").
 *
 * Offsets are indices into `Normalized.norm`; `origRange` maps them back.
 */
import type { Normalized } from './normalize.ts';

export const Kind = { Word: 1, Number: 2, Punct: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface Token {
  /** index in the token array */
  i: number;
  /** normalised [s, e) */
  s: number;
  e: number;
  /** normalised text ("l'" for an elided article) */
  t: string;
  k: Kind;
  /** joined to the previous token by a hyphen ("burn-out", "moi-même") */
  hyphen: boolean;
  /** elided form ending in an apostrophe: j' l' d' qu' m' s' n' c' t' jusqu' lorsqu' puisqu' */
  elided: boolean;
  /** sentence index */
  sn: number;
  /** inside quotation marks */
  quoted: boolean;
  /** first word of its sentence */
  first: boolean;
  /** `tokenHash(t)`, computed while reading the characters: the matcher's trie is keyed by it */
  h: number;
}

/** Hash of a token's text, the same as the tokenizer computes on the fly: h = h × 31 + unit. */
export function tokenHash(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  return h;
}

const ELIDABLE = new Set(['j', 'l', 'd', 'qu', 'm', 's', 'n', 'c', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);
/** Abbreviations whose final dot does not end a sentence. */
const ABBREV = new Set(['m', 'mme', 'mmes', 'mlle', 'mr', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'p', 'n', 'no', 'tel', 'env', 'av', 'bd', 'fg', 'ch', 'r', 'rte', 'imp', 'all', 'pl', 'sq', 'res', 'lot', 'exp', 'ex', 'vol', 'art', 'al', 'janv', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec', 'bat', 'apt', 'appt', 'etg', 'ca', 'vs', 'hab', 'nb']);

/** Class of code units outside ASCII, computed on first sight (0 unknown, else class + 1): « » € – … and the like came up in every report. */
const WIDE_CLASS = new Uint8Array(0x10000);

function wordClass(c: number): 0 | 1 | 2 {
  // 1 letter, 2 digit, 0 other
  if (c >= 97 && c <= 122) return 1;
  if (c >= 48 && c <= 57) return 2;
  if (c < 0x80) return 0;
  if (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) return 1;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  const known = WIDE_CLASS[c];
  if (known) return (known - 1) as 0 | 1;
  const cls = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  WIDE_CLASS[c] = cls + 1;
  return cls;
}

/** Characters that open / close a quotation. Straight double quotes toggle. */
const OPEN_QUOTE = 0xab; // «
const CLOSE_QUOTE = 0xbb; // »
const DQUOTE = 0x22; // " (curly quotes are folded to it by normalize)

export interface Tokenized {
  tokens: Token[];
  /** sentence index → [first token, last token + 1) */
  sentences: Array<[number, number]>;
  /** quotation spans in normalised offsets [s, e), quote marks included */
  quotes: Array<[number, number]>;
}

/** Tokens a pool keeps for reuse at most (a 1 MB paste must not pin its 200,000 tokens for good). */
const POOL_MAX = 1 << 14;

/** Lines after a line break where an open quotation may still close. */
const QUOTE_MAX_LINES = 3;
const QUOTE_MAX_CHARS = 600;

/**
 * Does the quotation opened by `kind` and still open at the line break `nl` close on one of the next
 * lines? « closes at the first » met before any new «; a straight quote closes on the first line
 * holding an odd number of them (an even number is a quotation of its own). Read only when a
 * quotation is open at a line break.
 */
function closesBelow(s: string, nl: number, kind: number): boolean {
  const end = Math.min(s.length, nl + QUOTE_MAX_CHARS);
  let lines = 0;
  let dq = 0;
  let blank = true;
  for (let k = nl + 1; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x0a) {
      // a blank line ends a paragraph, and the quotation with it
      if (blank) return false;
      if (dq % 2 === 1) return true;
      if (++lines >= QUOTE_MAX_LINES) return false;
      dq = 0;
      blank = true;
      continue;
    }
    if (c !== 0x20) blank = false;
    if (kind === OPEN_QUOTE) {
      if (c === CLOSE_QUOTE) return true;
      if (c === OPEN_QUOTE) return false;
    } else if (c === DQUOTE) dq++;
  }
  return kind === DQUOTE && dq % 2 === 1 && end === s.length;
}

/**
 * Tokens of `n`. With `pool`, token objects left in it by an earlier call are overwritten instead of
 * allocated (the engine's own document: half of what a lint allocated was its tokens); the caller
 * guarantees that nothing still holds the earlier tokens.
 */
export function tokenize(n: Normalized, pool?: Token[]): Tokenized {
  const s = n.norm;
  const len = s.length;
  const orig = n.text;
  const tokens: Token[] = [];
  const sentences: Array<[number, number]> = [];
  const quotes: Array<[number, number]> = [];
  let sn = 0;
  let sentStart = 0;
  let firstPending = true;
  let quoteOpen = -1; // norm offset of the opening mark
  let quoteKind = 0;
  let i = 0;
  const push = (st: number, e: number, t: string, k: Kind, hyphen: boolean, elided: boolean, h: number) => {
    const at = tokens.length;
    let tok = pool?.[at];
    if (tok === undefined) {
      tok = { i: at, s: st, e, t, k, hyphen, elided, sn, quoted: quoteOpen >= 0, first: false, h };
      if (pool && at < POOL_MAX) pool.push(tok);
    } else {
      tok.i = at; tok.s = st; tok.e = e; tok.t = t; tok.k = k; tok.hyphen = hyphen; tok.elided = elided;
      tok.sn = sn; tok.quoted = quoteOpen >= 0; tok.first = false; tok.h = h;
    }
    if (k !== Kind.Punct && firstPending) { tok.first = true; firstPending = false; }
    tokens.push(tok);
  };
  const endSentence = () => {
    if (tokens.length > sentStart) {
      sentences.push([sentStart, tokens.length]);
      sn++;
      sentStart = tokens.length;
    }
    firstPending = true;
  };
  while (i < len) {
    const c = s.charCodeAt(i);
    const cls = wordClass(c);
    if (cls !== 0) {
      const st = i;
      let hasLetter = cls === 1;
      let hasDigit = cls === 2;
      let h = c;
      i++;
      while (i < len) {
        const u = s.charCodeAt(i);
        const d = wordClass(u);
        if (d === 0) break;
        if (d === 1) hasLetter = true; else hasDigit = true;
        h = (Math.imul(h, 31) + u) | 0;
        i++;
      }
      let t = s.slice(st, i);
      let elided = false;
      // elision: "l'", "qu'", or an apostrophe inside a word ("aujourd'hui", "prud'hommes")
      if (s.charCodeAt(i) === 0x27 && i + 1 < len && wordClass(s.charCodeAt(i + 1)) === 1) {
        h = (Math.imul(h, 31) + 0x27) | 0;
        if (ELIDABLE.has(t)) {
          t += "'";
          i++;
          elided = true;
        } else {
          // keep the apostrophe inside the word and continue it
          i++;
          while (i < len) {
            const u = s.charCodeAt(i);
            if (wordClass(u) === 0) break;
            h = (Math.imul(h, 31) + u) | 0;
            i++;
          }
          t = s.slice(st, i);
        }
      }
      const prev = tokens[tokens.length - 1];
      const hyphen = !!prev && prev.e === st - 1 && s.charCodeAt(st - 1) === 0x2d && prev.k !== Kind.Punct;
      push(st, i, t, hasLetter ? Kind.Word : (hasDigit ? Kind.Number : Kind.Word), hyphen, elided, h);
      continue;
    }
    if (c === 0x20) { i++; continue; }
    if (c === 0x0a) {
      // a line break ends a sentence, and a quotation unless it closes on one of the next lines (a
      // dialogue quoted over two lines: « — Vous avez pu…?⏎— Non, je… »); a stray « never swallows the report
      if (quoteOpen >= 0 && !closesBelow(s, i, quoteKind)) { quotes.push([quoteOpen, i]); quoteOpen = -1; }
      endSentence();
      i++;
      continue;
    }
    if (c === 0x2d) {
      // hyphen between two word characters joins them; otherwise punctuation
      const prevC = i > 0 ? wordClass(s.charCodeAt(i - 1)) : 0;
      const nextC = i + 1 < len ? wordClass(s.charCodeAt(i + 1)) : 0;
      if (prevC !== 0 && nextC !== 0) { i++; continue; }
    }
    // quotation marks
    if (c === OPEN_QUOTE || (c === DQUOTE && quoteOpen < 0)) {
      if (quoteOpen < 0) { quoteOpen = i; quoteKind = c; }
      push(i, i + 1, s[i], Kind.Punct, false, false, c);
      i++;
      continue;
    }
    if ((c === CLOSE_QUOTE && quoteOpen >= 0 && quoteKind === OPEN_QUOTE) || (c === DQUOTE && quoteOpen >= 0 && quoteKind === DQUOTE)) {
      push(i, i + 1, s[i], Kind.Punct, false, false, c);
      tokens[tokens.length - 1].quoted = true;
      quotes.push([quoteOpen, i + 1]);
      quoteOpen = -1;
      i++;
      continue;
    }
    push(i, i + 1, s[i], Kind.Punct, false, false, c);
    i++;
    // sentence end: . ! ? … followed by a space / end, unless an abbreviation or a number ("2.5")
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
      if (i < len && s.charCodeAt(i) !== 0x20 && s.charCodeAt(i) !== 0x0a) continue;
      if (c === 0x2e) {
        const prev = tokens[tokens.length - 2];
        if (prev && prev.e === i - 1 && prev.k === Kind.Word && (ABBREV.has(prev.t) || prev.t.length === 1)) continue;
        // next word starting in lower case: not a sentence end ("env. 20 km", "cf. dossier")
        let k = i;
        while (k < len && s.charCodeAt(k) === 0x20) k++;
        const oc = orig.charCodeAt(n.map[k]);
        if (k < len && oc >= 97 && oc <= 122) continue;
      }
      if (quoteOpen < 0) endSentence();
    }
  }
  if (quoteOpen >= 0) quotes.push([quoteOpen, len]);
  endSentence();
  return { tokens, sentences, quotes };
}
