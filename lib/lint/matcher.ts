/**
 * One pass for all lexicons: a trie keyed by folded tokens. Each token of the text starts at most
 * one walk down the trie, so the cost is one hash lookup per token plus the length of the matches,
 * whatever the number of terms (instead of one regular expression per term).
 */
import { Kind, type Token } from './tokenize.ts';
import type { CompiledEntry } from './lexicon.ts';
import { entrySequences } from './lexicon.ts';

interface Node {
  next: Map<string, Node> | null;
  entries: CompiledEntry[] | null;
}

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

const newNode = (): Node => ({ next: null, entries: null });

export function createMatcher(entries: CompiledEntry[]): Matcher {
  const root = newNode();
  let size = 0;
  const child = (node: Node, t: string): Node => {
    if (!node.next) node.next = new Map();
    let c = node.next.get(t);
    if (!c) { c = newNode(); node.next.set(t, c); }
    return c;
  };
  for (const e of entries) {
    const enc = e.seqs;
    if (enc !== undefined) {
      // precomputed (lib/lint/precompiled.ts): sequences split by "\n", tokens by " "
      if (enc === '') continue;
      let node = root;
      let from = 0;
      for (let i = 0; i <= enc.length; i++) {
        const c = i < enc.length ? enc.charCodeAt(i) : 10;
        if (c !== 32 && c !== 10) continue;
        node = child(node, from === 0 && i === enc.length ? enc : enc.slice(from, i));
        from = i + 1;
        if (c === 10) { (node.entries ??= []).push(e); size++; node = root; }
      }
      continue;
    }
    for (const seq of entrySequences(e)) {
      let node = root;
      for (const t of seq) node = child(node, t);
      (node.entries ??= []).push(e);
      size++;
    }
  }
  const rootNext = root.next ?? new Map<string, Node>();

  return {
    size,
    match(tokens, original, map) {
      const hits: Hit[] = [];
      const n = tokens.length;
      for (let i = 0; i < n; i++) {
        const first = tokens[i];
        if (first.k === Kind.Punct && first.t !== '%' && first.t !== '+') continue;
        let node = rootNext.get(first.t);
        let j = i;
        while (node) {
          const found = node.entries;
          if (found) {
            for (let k = 0; k < found.length; k++) {
              const e = found[k];
              if (e.upper && !isUpperSpan(original, map, tokens, i, j + 1)) continue;
              hits.push({ entry: e, from: i, to: j + 1 });
            }
          }
          if (!node.next || ++j >= n) break;
          node = node.next.get(tokens[j].t);
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
