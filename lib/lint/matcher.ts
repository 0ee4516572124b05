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

/**
 * A trie computed when the bundle was built (lib/lint/precompiled.ts), in the order its edges and
 * ends were created, so that loading it repeats the insertions without expanding any entry.
 */
export interface TrieSnapshot {
  /** per edge, in creation order (edge i leads to node i + 1): its word; joined by " " */
  words: string;
  /** per edge: its parent node in decimal, or "" for node i (the previous edge's child); joined by "," */
  parents: string;
  /** per entry, in the order given to the build: the nodes where its sequences end, joined by " "; entries joined by "," */
  ends: string;
}

/**
 * The trie to start from. Its entries are compiled at their first match, not at load: most of the
 * ~37,000 entries never match in a process, and compiling them all was a tenth of a one-file
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

/** Edges in a snapshot: its words, separated by spaces. */
function countEdges(words: string): number {
  if (words.length === 0) return 0;
  let n = 1;
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) n++;
  return n;
}

/** Build `entries` into a trie and give its snapshot (build time). */
export function snapshotTrie(entries: CompiledEntry[]): TrieSnapshot {
  const record: TrieRecord = { words: [], parents: [], ends: [] };
  createMatcher(entries, undefined, record);
  return {
    words: record.words.join(' '),
    parents: record.parents.map((p, i) => (p === i ? '' : String(p))).join(','),
    ends: record.ends.map((nodes) => nodes.join(' ')).join(','),
  };
}

interface TrieRecord {
  words: string[];
  parents: number[];
  ends: number[][];
}

/**
 * @param entries matched from their sequences (entrySequences), after `base`
 * @param base a trie computed at build time, with the entries its ends stand for
 */
export function createMatcher(entries: CompiledEntry[], base?: TrieBase, record?: TrieRecord): Matcher {
  // nodes: 0 is the root; per node, the entries ending there and whether any edge leaves it
  // an entry of `base` stays its index until its first match (then the compiled entry replaces it)
  const snapshotEdges = base ? countEdges(base.trie.words) : 0;
  let capacity = Math.max(1 << 12, snapshotEdges + 2);
  let ending: Array<Array<CompiledEntry | number> | null> = new Array(capacity).fill(null);
  let hasNext = new Uint8Array(capacity);
  // edges: one table of slots of four integers (node, token hash, child, unused), so that a probe
  // reads one cache line; the word of an edge is `wordOf(child)` (each node has one incoming edge).
  // About three edges per entry (forms × words): sized once for the built-in lexicons.
  let mask = (1 << 12) - 1;
  while (mask < Math.max((entries.length + (base?.entries ?? 0)) * 6, (snapshotEdges + entries.length * 3) * 2)) mask = mask * 2 + 1;
  let slots = new Int32Array((mask + 1) * 4).fill(-1);
  // The word of node c: `word[c]`, or for a snapshot edge the slice [wordAt[2c], wordAt[2c + 1]) of
  // the snapshot's words, cut at its first comparison (most edges are never compared in a process,
  // and 90,000 strings cut at load were a fifth of the trie's loading time, with their garbage).
  const word: Array<string | undefined> = [''];
  const wordSource = base?.trie.words ?? '';
  const wordAt = new Int32Array(2 * (snapshotEdges + 1));
  const wordOf = (c: number): string => {
    let w = word[c];
    if (w === undefined) word[c] = w = wordSource.slice(wordAt[2 * c], wordAt[2 * c + 1]);
    return w;
  };
  let nodes = 1;
  let edges = 0;
  let size = 0;

  const find = (node: number, h: number, w: string): number => {
    let k = slotOf(node, h, mask);
    for (;;) {
      const n = slots[k * 4];
      if (n === -1) return -1 - k; // free slot, encoded
      if (n === node && slots[k * 4 + 1] === h && wordOf(slots[k * 4 + 2]) === w) return k;
      k = (k + 1) & mask;
    }
  };
  /** A free slot for an edge known to be new (the snapshot's edges are distinct). */
  const freeSlot = (node: number, h: number): number => {
    let k = slotOf(node, h, mask);
    while (slots[k * 4] !== -1) k = (k + 1) & mask;
    return k;
  };
  const grow = () => {
    const old = slots;
    mask = mask * 2 + 1;
    slots = new Int32Array((mask + 1) * 4).fill(-1);
    for (let o = 0; o < old.length; o += 4) {
      if (old[o] === -1) continue;
      const free = freeSlot(old[o], old[o + 1]);
      slots[free * 4] = old[o]; slots[free * 4 + 1] = old[o + 1]; slots[free * 4 + 2] = old[o + 2];
    }
  };
  /** A new node below `node`, reached from it by a word of hash `h` in slot `free`. */
  const addNode = (node: number, h: number, free: number): number => {
    const c = nodes++;
    if (c >= capacity) {
      capacity *= 2;
      ending.length = capacity;
      ending.fill(null, c);
      const old = hasNext; hasNext = new Uint8Array(capacity); hasNext.set(old);
    }
    slots[free * 4] = node; slots[free * 4 + 1] = h; slots[free * 4 + 2] = c;
    edges++;
    hasNext[node] = 1;
    return c;
  };
  const child = (node: number, w: string, h: number): number => {
    let k = find(node, h, w);
    if (k >= 0) return slots[k * 4 + 2];
    if ((edges + 1) * 2 > mask) { grow(); k = find(node, h, w); }
    const c = addNode(node, h, -1 - k);
    word[c] = w;
    if (record) { record.words.push(w); record.parents.push(node); }
    return c;
  };
  const end = (node: number, e: CompiledEntry) => { (ending[node] ??= []).push(e); size++; };

  if (base) load(base);
  for (const e of entries) {
    let at: number[] | undefined;
    if (record) record.ends.push(at = []);
    for (const seq of entrySequences(e)) {
      let node = 0;
      for (const t of seq) node = child(node, t, tokenHash(t));
      end(node, e);
      at?.push(node);
    }
  }

  /** Repeat a snapshot's insertions: its edges in creation order, then the ends of its active entries. */
  function load({ trie, active }: TrieBase): void {
    const { words, parents, ends } = trie;
    let p = 0; // reading position in `parents`
    for (let i = 0, from = 0, h = 0; words.length > 0 && i <= words.length; i++) {
      const c = i < words.length ? words.charCodeAt(i) : 32;
      if (c !== 32) { h = (Math.imul(h, 31) + c) | 0; continue; }
      let parent = nodes - 1; // "": the previous edge's child
      if (p < parents.length && parents.charCodeAt(p) !== 44) {
        parent = 0;
        for (let d = parents.charCodeAt(p); p < parents.length && d !== 44; d = parents.charCodeAt(++p)) parent = parent * 10 + d - 48;
      }
      p++; // the comma
      if ((edges + 1) * 2 > mask) grow();
      const node = addNode(parent, h, freeSlot(parent, h));
      wordAt[2 * node] = from;
      wordAt[2 * node + 1] = i;
      from = i + 1;
      h = 0;
    }
    word.length = nodes; // holes: cut at first use
    let ref = 0;
    let node = -1;
    for (let i = 0; i <= ends.length; i++) {
      const c = i < ends.length ? ends.charCodeAt(i) : 44;
      if (c >= 48 && c <= 57) { node = (node < 0 ? 0 : node * 10) + c - 48; continue; }
      if (node >= 0) {
        if (active(ref)) { (ending[node] ??= []).push(ref); size++; }
        node = -1;
      }
      if (c === 44) ref++;
    }
  }
  const branches = hasNext; // per node: whether any edge leaves it

  const entryAt = base ? base.entry : () => { throw new Error('no trie base'); };

  return {
    size,
    match(tokens, original, map) {
      const hits: Hit[] = [];
      const n = tokens.length;
      const m = mask, table = slots;
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
            const o = k * 4;
            const at = table[o];
            if (at === -1) break;
            if (at === node && table[o + 1] === h && wordOf(table[o + 2]) === tok.t) { next = table[o + 2]; break; }
            k = (k + 1) & m;
          }
          if (next < 0) break;
          node = next;
          const found = ending[node];
          if (found) {
            for (let q = 0; q < found.length; q++) {
              let e = found[q];
              if (typeof e === 'number') e = found[q] = entryAt(e);
              if (e.upper && !isUpperSpan(original, map, tokens, i, j + 1)) continue;
              hits.push({ entry: e, from: i, to: j + 1 });
            }
          }
          if (branches[node] === 0 || ++j >= n) break;
          tok = tokens[j];
        }
        if (first.k === Kind.Word) {
          const dash = tokens[i + 1];
          if (dash !== undefined && dash.h === 0x2d && dash.s === first.e && dash.k === Kind.Punct) matchBroken(tokens, original, map, i, hits);
        }
      }
      return hits;
    },
  };

  /** The child of `node` by the word `w` of hash `h`, or -1 (the build's own lookup: this path is rare). */
  function edgeOf(node: number, h: number, w: string): number {
    const k = find(node, h, w);
    return k >= 0 ? slots[k * 4 + 2] : -1;
  }

  /**
   * A word cut by end-of-line hyphenation and pasted back with its break (« une épilep-⏎sie », « épilep- sie »):
   * the two halves joined are walked as the term's first word, so the hit runs over the three tokens. Only a
   * lower-case continuation after exactly one space or line break, and only when the joined word is a term's:
   * a dash typed without its first space (« Objectif- trouver un stage ») matches nothing and stays as it is.
   */
  function matchBroken(tokens: Token[], original: string, map: Int32Array, i: number, hits: Hit[]): void {
    const rest = tokens[i + 2];
    if (rest === undefined || rest.k !== Kind.Word || rest.s !== tokens[i + 1].e + 1) return;
    const c = original.charCodeAt(map[rest.s]);
    if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7))) return;
    const joined = tokens[i].t + rest.t;
    let node = edgeOf(0, tokenHash(joined), joined);
    const mark = hits.length;
    for (let j = i + 2; node >= 0; ) {
      const found = ending[node];
      if (found) {
        for (let q = 0; q < found.length; q++) {
          let e = found[q];
          if (typeof e === 'number') e = found[q] = entryAt(e);
          if (e.upper) continue;
          hits.push({ entry: e, from: i, to: j + 1 });
        }
      }
      if (branches[node] === 0 || ++j >= tokens.length) break;
      node = edgeOf(node, tokens[j].h, tokens[j].t);
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
