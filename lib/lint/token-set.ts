/**
 * A set of words asked about tokens, for the loops that read every token of a report.
 *
 * `new Set(words).has(token.t)` must hash the token's string first, and every token string is new
 * in each lint: a rule reading all tokens paid for hashing the whole report (a third of the e-mail
 * rule's time). The tokenizer already computes each token's hash while reading it (`Token.h`), so a
 * bitmap indexed by that hash rules out almost every token with integer work; only the few that
 * pass are compared as strings.
 *
 * @example
 *   const AT = new TokenSet(['arobase', 'arobas']);
 *   for (const t of doc.tokens) if (AT.has(t)) …
 */
import { tokenHash, type Token } from './tokenize.ts';

/** 4,096 bits (512 bytes): a few dozen words leave about 1 % of other tokens to compare. */
const BITS = 12;

const slot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);

export class TokenSet {
  private readonly bits = new Int32Array(1 << (BITS - 5));
  private readonly words: Set<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const x = slot(tokenHash(w));
      this.bits[x >>> 5] |= 1 << (x & 31);
    }
  }

  /** Is the token's (normalised) text one of the words? */
  has(t: Token): boolean {
    const x = slot(t.h);
    return (this.bits[x >>> 5] & (1 << (x & 31))) !== 0 && this.words.has(t.t);
  }

  /** For a string that is not a token (a regex group, a joined phrase). */
  hasWord(w: string): boolean {
    return this.words.has(w);
  }

  get size(): number {
    return this.words.size;
  }
}

/** `TokenSet` of a space-separated list. */
export const tokenSet = (s: string): TokenSet => new TokenSet(s.split(/\s+/).filter(Boolean));

const WORD_SETS = new Map<string, Set<string>>();

/**
 * The set of the words of a space-separated literal, built once per literal: rules write small sets
 * inline in checks that run per hit (`wordSet("l' le la").has(w)`), and a new Set per call was a
 * measurable share of a lint.
 */
export function wordSet(s: string): Set<string> {
  let r = WORD_SETS.get(s);
  if (!r) WORD_SETS.set(s, (r = new Set(s.split(/\s+/).filter(Boolean))));
  return r;
}

const OF_SET = new WeakMap<ReadonlySet<string>, TokenSet>();

/** The `TokenSet` of a word set, built once per set (for helpers that receive plain Sets). */
export function tokenSetOf(words: ReadonlySet<string>): TokenSet {
  let r = OF_SET.get(words);
  if (!r) OF_SET.set(words, (r = new TokenSet(words)));
  return r;
}
