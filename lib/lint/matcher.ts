/**
 * One pass for all lexicons: a trie keyed by folded tokens. Each token of the text starts at most
 * one walk down the trie, so the cost is one lookup per token plus the length of the matches,
 * whatever the number of terms (instead of one regular expression per term).
 *
 * The trie is stored flat, nodes numbered breadth-first: the children of a node are consecutive
 * nodes, sorted by the hash of their word, so a lookup is integer work over a few neighbouring
 * integers plus one comparison of the token with the word found. The tokenizer computes each
 * token's hash while it reads the characters (`Token.h`). The root's ~15,000 children are found
 * through a small hash table instead of a binary search.
 *
 * The same layout is what the build writes (`snapshotTrie`, lib/lint/precompiled.ts): loading a
 * snapshot parses a few arrays, with no insertion, and an entry is compiled at its first match.
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
  /** sequence ends of the active entries */
  readonly size: number;
}

/**
 * A trie in breadth-first order (node 0 is the root), as the build writes it and the matcher reads
 * it. Entries are numbered in the order given to `snapshotTrie`.
 */
export interface TrieSnapshot {
  /** per node from 1: the word of the edge into it, joined by " " */
  words: string;
  /** per node: how many children it has (they follow the previous nodes' children) */
  children: number[];
  /** per node: how many entry sequences end there */
  endCount: number[];
  /** the entries ending at each node, node after node, in entry order within a node */
  endRefs: number[];
}

/**
 * The trie to start from. Its entries are compiled at their first match, not at load: most of the
 * ~41,000 entries never match in a process, and compiling them all was a tenth of a one-file
 * `cadre lint`.
 */
export interface TrieBase {
  trie: TrieSnapshot;
  /** how many entries the snapshot has */
  entries: number;
  /** whether the entry of this index is matched (its rule is active and its row valid) */
  active(ref: number): boolean;
  /** the compiled entry of an active index, the same object at every call */
  entry(ref: number): CompiledEntry;
}

/** Build `entries` into a trie and give its snapshot (build time, and for entries not in one). */
export function snapshotTrie(entries: readonly CompiledEntry[]): TrieSnapshot {
  // insertion order: per node, its parent, word and the entries ending there
  const parent: number[] = [-1];
  const word: string[] = [''];
  const ends: number[][] = [[]];
  const kids: Array<Map<string, number>> = [new Map()];
  entries.forEach((e, ref) => {
    for (const seq of entrySequences(e)) {
      let node = 0;
      for (const t of seq) {
        let c = kids[node].get(t);
        if (c === undefined) {
          c = parent.length;
          kids[node].set(t, c);
          parent.push(node); word.push(t); ends.push([]); kids.push(new Map());
        }
        node = c;
      }
      if (seq.length) ends[node].push(ref);
    }
  });
  // breadth first, children sorted by hash then word (the lookup's order)
  const hashOf = word.map(tokenHash);
  const order = [0];
  const children: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const list = [...kids[order[k]].values()].sort((a, b) => hashOf[a] - hashOf[b] || (word[a] < word[b] ? -1 : 1));
    children.push(list.length);
    order.push(...list);
  }
  const endRefs: number[] = [];
  for (const n of order) endRefs.push(...ends[n]);
  return {
    words: order.slice(1).map((n) => word[n]).join(' '),
    children,
    endCount: order.map((n) => ends[n].length),
    endRefs,
  };
}

/** A loaded snapshot: one walk per token, its hits appended in order of start, then end. */
interface FlatTrie {
  /** sequence ends of the active entries (counted when asked) */
  readonly size: number;
  walk(tokens: Token[], original: string, map: Int32Array, i: number, hits: Hit[]): void;
  /** the child of `node` by the word `w` of hash `h`, or -1 */
  child(node: number, h: number, w: string): number;
  /**
   * Append the hits of the entries ending at `node` (tokens [from, to)). An entry that must be
   * written in capitals is checked against `original` when `map` is given, and left out otherwise.
   */
  ends(node: number, tokens: Token[], original: string, map: Int32Array | null, from: number, to: number, hits: Hit[]): void;
}

/** Root table slot of a hash (a multiplicative mix). */
const rootSlot = (h: number, mask: number) => {
  const x = Math.imul(h, 0x85ebca6b);
  return (x ^ (x >>> 16)) & mask;
};

/**
 * @param active whether the entry of a snapshot index is matched
 * @param entry the compiled entry of an active index: asked once per index, at its first match
 */
function loadTrie(snap: TrieSnapshot, active: (ref: number) => boolean, entry: (ref: number) => CompiledEntry): FlatTrie {
  const { words, children, endCount, endRefs } = snap;
  const nodes = children.length;
  // per node: its first child, the start of its ends (prefix sums), its word's hash and place in `words`
  const first = new Int32Array(nodes + 1);
  const endAt = new Int32Array(nodes + 1);
  for (let n = 0, c = 1, e = 0; n < nodes; n++) {
    first[n] = c; c += children[n];
    endAt[n] = e; e += endCount[n];
    if (n === nodes - 1) { first[nodes] = c; endAt[nodes] = e; }
  }
  const hash = new Int32Array(nodes);
  const wordAt = new Int32Array(nodes + 1);
  for (let i = 0, n = 1, h = 0; n < nodes && i <= words.length; i++) {
    const c = i < words.length ? words.charCodeAt(i) : 32;
    if (c !== 32) { h = (Math.imul(h, 31) + c) | 0; continue; }
    hash[n] = h;
    wordAt[n + 1] = i + 1; // next word's start
    n++;
    h = 0;
  }
  // The word of node n, cut from `words` at its first comparison: most words are never compared in
  // a process, and 90,000 strings cut at load were a fifth of the trie's loading time.
  const word: Array<string | undefined> = new Array(nodes);
  const wordOf = (n: number): string => {
    let w = word[n];
    if (w === undefined) word[n] = w = words.slice(wordAt[n], wordAt[n + 1] - 1);
    return w;
  };
  // the root's children by hash: slots of two integers (the word's hash, the child; 0 = empty), so
  // that a probe reads one place, and a token that starts no term is ruled out there
  let mask = 15;
  while (mask < children[0] * 2) mask = mask * 2 + 1;
  const rootTable = new Int32Array(2 * (mask + 1));
  for (let c = first[0]; c < first[1]; c++) {
    let k = rootSlot(hash[c], mask);
    while (rootTable[2 * k + 1] !== 0) k = (k + 1) & mask;
    rootTable[2 * k] = hash[c];
    rootTable[2 * k + 1] = c;
  }
  const child = (node: number, h: number, w: string): number => {
    if (node === 0) {
      for (let k = rootSlot(h, mask); ; k = (k + 1) & mask) {
        const c = rootTable[2 * k + 1];
        if (c === 0) return -1;
        if (rootTable[2 * k] === h && wordOf(c) === w) return c;
      }
    }
    let lo = first[node];
    let hi = first[node + 1];
    if (hi - lo > 8) { // lower bound of h
      let a = lo, b = hi;
      while (a < b) { const mid = (a + b) >> 1; if (hash[mid] < h) a = mid + 1; else b = mid; }
      lo = a;
    }
    for (let c = lo; c < hi; c++) {
      const x = hash[c];
      if (x === h) { if (wordOf(c) === w) return c; } else if (x > h) break;
    }
    return -1;
  };
  // per index: its compiled entry, null when inactive, undefined until its first match
  const resolved: Array<CompiledEntry | null | undefined> = [];
  const resolveRef = (ref: number): CompiledEntry | null => {
    let e = resolved[ref];
    if (e === undefined) e = resolved[ref] = active(ref) ? entry(ref) : null;
    return e;
  };
  const ends = (node: number, tokens: Token[], original: string, map: Int32Array | null, from: number, to: number, hits: Hit[]) => {
    for (let q = endAt[node], last = endAt[node + 1]; q < last; q++) {
      const ref = endRefs[q];
      if (ref < 0) continue;
      const e = resolveRef(ref);
      if (e === null) continue;
      if (e.upper && (map === null || !isUpperSpan(original, map, tokens, from, to))) continue;
      hits.push({ entry: e, from, to });
    }
  };
  return {
    get size() {
      let n = 0;
      for (const ref of endRefs) if (ref >= 0 && active(ref)) n++;
      return n;
    },
    child,
    ends,
    walk(tokens, original, map, i, hits) {
      const n = tokens.length;
      let node = 0;
      let j = i;
      let tok = tokens[i];
      for (;;) {
        node = child(node, tok.h, tok.t);
        if (node < 0) return;
        if (endAt[node] !== endAt[node + 1]) ends(node, tokens, original, map, i, j + 1, hits);
        if (first[node] === first[node + 1] || ++j >= n) return;
        tok = tokens[j];
      }
    },
  };
}

/**
 * @param entries matched from their sequences (entrySequences), after those of `base`
 * @param base a trie computed at build time, with the entries its ends stand for
 */
export function createMatcher(entries: CompiledEntry[], base?: TrieBase): Matcher {
  const tries: FlatTrie[] = [];
  if (base) tries.push(loadTrie(base.trie, (ref) => ref < base.entries && base.active(ref), base.entry));
  if (entries.length || !base) tries.push(loadTrie(snapshotTrie(entries), (ref) => ref < entries.length, (ref) => entries[ref]));

  return {
    get size() {
      return tries.reduce((n, t) => n + t.size, 0);
    },
    match(tokens, original, map) {
      if (tries.length === 1) return matchOne(tries[0], tokens, original, map);
      // several tries: their hits merged by start, then end (dedupeHits relies on that order)
      const lists = tries.map((t) => matchOne(t, tokens, original, map));
      return lists.reduce((a, b) => {
        if (!a.length) return b;
        if (!b.length) return a;
        const out: Hit[] = [];
        let x = 0, y = 0;
        while (x < a.length || y < b.length) {
          if (y >= b.length || (x < a.length && (a[x].from < b[y].from || (a[x].from === b[y].from && a[x].to <= b[y].to)))) out.push(a[x++]);
          else out.push(b[y++]);
        }
        return out;
      });
    },
  };
}

function matchOne(trie: FlatTrie, tokens: Token[], original: string, map: Int32Array): Hit[] {
  const hits: Hit[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const first = tokens[i];
    if (first.k === Kind.Punct && first.t !== '%' && first.t !== '+') continue;
    trie.walk(tokens, original, map, i, hits);
    if (first.k === Kind.Word) {
      const dash = tokens[i + 1];
      if (dash !== undefined && dash.h === 0x2d && dash.s === first.e && dash.k === Kind.Punct) matchBroken(trie, tokens, original, map, i, hits);
    }
  }
  return hits;
}

/**
 * A word cut by end-of-line hyphenation and pasted back with its break (« une épilep-⏎sie », « épilep- sie »):
 * the two halves joined are walked as the term's first word, so the hit runs over the three tokens. Only a
 * lower-case continuation after exactly one space or line break, and only when the joined word is a term's:
 * a dash typed without its first space (« Objectif- trouver un stage ») matches nothing and stays as it is.
 */
function matchBroken(trie: FlatTrie, tokens: Token[], original: string, map: Int32Array, i: number, hits: Hit[]): void {
  const rest = tokens[i + 2];
  if (rest === undefined || rest.k !== Kind.Word || rest.s !== tokens[i + 1].e + 1) return;
  const c = original.charCodeAt(map[rest.s]);
  if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7))) return;
  const joined = tokens[i].t + rest.t;
  let node = trie.child(0, tokenHash(joined), joined);
  const mark = hits.length;
  for (let j = i + 2; node >= 0; ) {
    trie.ends(node, tokens, original, null, i, j + 1, hits);
    if (++j >= tokens.length) break;
    node = trie.child(node, tokens[j].h, tokens[j].t);
  }
  // hits of one start stay ordered by end (dedupeHits relies on it)
  if (hits.length > mark) {
    let from = mark;
    while (from > 0 && hits[from - 1].from === i) from--;
    const group = hits.slice(from).sort((a, b) => a.to - b.to);
    hits.length = from;
    hits.push(...group);
  }
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
