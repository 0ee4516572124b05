/**
 * One pass for all lexicons: a trie keyed by folded tokens. Each token of the text starts at most
 * one walk down the trie, so the cost is one lookup per token plus the length of the matches,
 * whatever the number of terms (instead of one regular expression per term).
 *
 * The trie's edges live in one open-addressing table keyed by (node, token hash): the tokenizer
 * computes each token's hash while it reads the characters (`Token.h`), so a lookup is integer work
 * plus one comparison of the token with the edge's word. A `Map` keyed by the token strings had to
 * hash every fresh token string first: that was half of the matcher's time.
 */
import { Kind, tokenHash, type Token } from './tokenize.ts';
import type { CompiledEntry } from './lexicon.ts';
import { entrySequences } from './lexicon.ts';

export interface Hit {
  entry: CompiledEntry;
  /** token range [first, last + 1) */
  from: number;
  to: number;
}

export interface Matcher {
  match(tokens: Token[], original: string, map: Int32Array): Hit[];
  readonly size: number;
}

/** Table slot of an edge from `node` by a token of hash `h` (a multiplicative mix of both). */
const slotOf = (node: number, h: number, mask: number) => {
  const x = Math.imul(h ^ Math.imul(node, 0x9e3779b1), 0x85ebca6b);
  return (x ^ (x >>> 16)) & mask;
};

export function createMatcher(entries: CompiledEntry[]): Matcher {
  // nodes: 0 is the root; per node, the entries ending there and whether any edge leaves it
  const ending: Array<CompiledEntry[] | null> = [null];
  const leaves: number[] = [0];
  // edges: node, token hash, token, child — grown by doubling
  // about three edges per entry (forms × words): sized once for the built-in lexicons
  let mask = (1 << 12) - 1;
  while (mask < entries.length * 6) mask = mask * 2 + 1;
  let eNode = new Int32Array(mask + 1).fill(-1);
  let eHash = new Int32Array(mask + 1);
  let eChild = new Int32Array(mask + 1);
  let eWord: string[] = new Array(mask + 1);
  let edges = 0;
  let size = 0;

  const find = (node: number, h: number, word: string): number => {
    let k = slotOf(node, h, mask);
    for (;;) {
      const n = eNode[k];
      if (n === -1) return -1 - k; // free slot, encoded
      if (n === node && eHash[k] === h && eWord[k] === word) return k;
      k = (k + 1) & mask;
    }
  };
  const grow = () => {
    const [oNode, oHash, oChild, oWord] = [eNode, eHash, eChild, eWord];
    mask = mask * 2 + 1;
    eNode = new Int32Array(mask + 1).fill(-1);
    eHash = new Int32Array(mask + 1);
    eChild = new Int32Array(mask + 1);
    eWord = new Array(mask + 1);
    for (let k = 0; k < oNode.length; k++) {
      if (oNode[k] === -1) continue;
      const free = -1 - find(oNode[k], oHash[k], oWord[k]);
      eNode[free] = oNode[k]; eHash[free] = oHash[k]; eChild[free] = oChild[k]; eWord[free] = oWord[k];
    }
  };
  const child = (node: number, word: string, h: number): number => {
    let k = find(node, h, word);
    if (k >= 0) return eChild[k];
    if ((edges + 1) * 2 > mask) { grow(); k = find(node, h, word); }
    const free = -1 - k;
    const c = ending.length;
    ending.push(null);
    leaves.push(0);
    eNode[free] = node; eHash[free] = h; eChild[free] = c; eWord[free] = word;
    edges++;
    leaves[node] = 1;
    return c;
  };
  const end = (node: number, e: CompiledEntry) => { (ending[node] ??= []).push(e); size++; };

  for (const e of entries) {
    const enc = e.seqs;
    if (enc !== undefined) {
      // precomputed (lib/lint/precompiled.ts): sequences split by "\n", tokens by " "
      if (enc === '') continue;
      let node = 0;
      let from = 0;
      let h = 0; // tokenHash of the word being read, computed in the same pass
      for (let i = 0; i <= enc.length; i++) {
        const c = i < enc.length ? enc.charCodeAt(i) : 10;
        if (c !== 32 && c !== 10) { h = (Math.imul(h, 31) + c) | 0; continue; }
        node = child(node, from === 0 && i === enc.length ? enc : enc.slice(from, i), h);
        from = i + 1;
        h = 0;
        if (c === 10) { end(node, e); node = 0; }
      }
      continue;
    }
    for (const seq of entrySequences(e)) {
      let node = 0;
      for (const t of seq) node = child(node, t, tokenHash(t));
      end(node, e);
    }
  }
  const hasNext = Uint8Array.from(leaves);

  return {
    size,
    match(tokens, original, map) {
      const hits: Hit[] = [];
      const n = tokens.length;
      const m = mask, nodes = eNode, hashes = eHash, words = eWord, children = eChild;
      for (let i = 0; i < n; i++) {
        const first = tokens[i];
        if (first.k === Kind.Punct && first.t !== '%' && first.t !== '+') continue;
        let node = 0;
        let j = i;
        let tok = first;
        for (;;) {
          // the edge from `node` by `tok`, or stop
          const h = tok.h;
          let k = slotOf(node, h, m);
          let next = -1;
          for (;;) {
            const at = nodes[k];
            if (at === -1) break;
            if (at === node && hashes[k] === h && words[k] === tok.t) { next = children[k]; break; }
            k = (k + 1) & m;
          }
          if (next < 0) break;
          node = next;
          const found = ending[node];
          if (found) {
            for (let q = 0; q < found.length; q++) {
              const e = found[q];
              if (e.upper && !isUpperSpan(original, map, tokens, i, j + 1)) continue;
              hits.push({ entry: e, from: i, to: j + 1 });
            }
          }
          if (hasNext[node] === 0 || ++j >= n) break;
          tok = tokens[j];
        }
      }
      return hits;
    },
  };
}

/** Every letter of the original span is a capital ("TOC", "PS"; not "toc", "Ps"). */
function isUpperSpan(original: string, map: Int32Array, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word) continue;
    const a = map[t.s];
    const b = map[t.e - 1] + 1;
    for (let p = a; p < b; p++) {
      const c = original.charCodeAt(p);
      if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff)) return false;
    }
  }
  return true;
}
