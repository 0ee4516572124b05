/**
 * The lexicons' trie computed when a bundle is built, so that a process does not compute it again on
 * its first lint: expanding ~41,000 entries into ~57,000 token sequences (folding, inflection,
 * tokenizing) and inserting their tokens was most of the first lint and a fifth of a one-file
 * `cadre lint`. The snapshot is the matcher's own flat layout (lib/lint/matcher.ts): loading it
 * parses a few arrays and inserts nothing.
 *
 * scripts/build-cli.mjs computes the table from the very sources it bundles and passes it as the
 * constant `__CADRE_TRIE__` (a JSON string). Without it (tests running the TypeScript sources, a
 * bundler that does not define it) the trie is built from the entries as before. A rule whose lexicon
 * no longer agrees with its row (length, first and last lemma) is built from its entries, and its
 * ends in the snapshot are left out: a stale table can cost time, never a wrong match.
 *
 * @example
 *   const table = trieTable(registry);          // at build time
 *   installTrieTable(table);                    // or define __CADRE_TRIE__
 *   trieRef(table, 'sante', lexicon)            // → index of its first entry in the snapshot
 */
import { compileEntry, type CompiledEntry, type LexiconEntry } from './lexicon.ts';
import { snapshotTrie, type TrieSnapshot } from './matcher.ts';

declare const __CADRE_TRIE__: string | undefined;

export interface TrieRow {
  /** entries in the rule's lexicon, and the lemmas of the first and last (a staleness check) */
  n: number;
  first: string;
  last: string;
  /** index of the rule's first entry among the snapshot's entries */
  ref: number;
}

export interface TrieTable {
  rows: Record<string, TrieRow>;
  trie: TrieSnapshot;
}

interface LexiconOwner {
  id: string;
  lexicon?: readonly LexiconEntry[];
}

let table: TrieTable | null | undefined;

/** The installed table, or the one the bundle was built with, or null. */
export function loadedTrieTable(): TrieTable | null {
  if (table === undefined) {
    table = null;
    try {
      if (typeof __CADRE_TRIE__ === 'string') table = JSON.parse(__CADRE_TRIE__) as TrieTable;
    } catch { /* built as without a table */ }
  }
  return table;
}

/** Replace the table (tests; `null` builds every trie from its entries). */
export function installTrieTable(t: TrieTable | null): void {
  table = t;
}

/** The table of every rule with a lexicon, as the build writes it. */
export function trieTable(rules: readonly LexiconOwner[]): TrieTable {
  const rows: Record<string, TrieRow> = {};
  const entries: CompiledEntry[] = [];
  for (const r of rules) {
    const lex = r.lexicon; // read once: a rule may build it in a getter
    if (!lex?.length) continue;
    rows[r.id] = { n: lex.length, first: lex[0].lemma, last: lex[lex.length - 1].lemma, ref: entries.length };
    for (const e of lex) entries.push(compileEntry(e, r.id));
  }
  return { rows, trie: snapshotTrie(entries) };
}

/** Where the rule's entries start in `t`'s snapshot, or undefined when its row is missing or stale. */
export function trieRef(t: TrieTable, ruleId: string, lex: readonly LexiconEntry[]): number | undefined {
  const row = t.rows[ruleId];
  if (!row || row.n !== lex.length || row.first !== lex[0]?.lemma || row.last !== lex[lex.length - 1]?.lemma) return undefined;
  return row.ref;
}
