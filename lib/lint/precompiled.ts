/**
 * Lexicon token sequences computed when a bundle is built, so that a process does not compute them
 * again on its first lint: expanding ~19,000 entries (folding, inflection, tokenizing) was two
 * thirds of the first lint and a third of a one-file `cadre lint`.
 *
 * scripts/build-cli.mjs computes the table from the very sources it bundles and passes it as the
 * constant `__CADRE_SEQUENCES__` (a JSON string). Without it (tests running the TypeScript sources,
 * a bundler that does not define it) every sequence is computed as before. A rule whose lexicon no
 * longer agrees with its row (length, first and last lemma) is computed too: a stale table can cost
 * time, never a wrong match.
 *
 * Row format, chosen to parse fast: one string per entry, its sequences separated by "\n" and the
 * tokens of a sequence by " " (neither can occur inside a token).
 *
 * @example
 *   const table = sequenceTable(registry);            // at build time
 *   installSequenceTable(table);                      // or define __CADRE_SEQUENCES__
 *   precompiledSequences(rule.id, rule.lexicon)?.[0]  // → 'diabete\ndiabetes'
 */
import { entrySequences, type LexiconEntry } from './lexicon.ts';

declare const __CADRE_SEQUENCES__: string | undefined;

export interface SequenceRow {
  /** entries in the rule's lexicon, and the lemmas of the first and last (a staleness check) */
  n: number;
  first: string;
  last: string;
  seqs: string[];
}
export type SequenceTable = Record<string, SequenceRow>;

interface LexiconOwner {
  id: string;
  lexicon?: readonly LexiconEntry[];
}

let table: SequenceTable | null | undefined;

function loaded(): SequenceTable | null {
  if (table === undefined) {
    table = null;
    try {
      if (typeof __CADRE_SEQUENCES__ === 'string') table = JSON.parse(__CADRE_SEQUENCES__) as SequenceTable;
    } catch { /* computed as without a table */ }
  }
  return table;
}

/** Replace the table (tests; `null` computes every sequence). */
export function installSequenceTable(t: SequenceTable | null): void {
  table = t;
}

/** The table of every rule with a lexicon, as the build writes it. */
export function sequenceTable(rules: readonly LexiconOwner[]): SequenceTable {
  const out: SequenceTable = {};
  for (const r of rules) {
    const lex = r.lexicon; // read once: a rule may build it in a getter
    if (!lex?.length) continue;
    out[r.id] = { n: lex.length, first: lex[0].lemma, last: lex[lex.length - 1].lemma, seqs: lex.map((e) => entrySequences(e).map((s) => s.join(' ')).join('\n')) };
  }
  return out;
}

/**
 * The encoded sequences of each entry of `rule.lexicon`, in order (read by lib/lint/matcher.ts
 * without splitting), or undefined when the table has no valid row for the rule.
 */
export function precompiledSequences(ruleId: string, lex: readonly LexiconEntry[]): readonly string[] | undefined {
  const row = loaded()?.[ruleId];
  if (!row || row.n !== lex.length || row.seqs.length !== lex.length || row.first !== lex[0]?.lemma || row.last !== lex[lex.length - 1]?.lemma) return undefined;
  return row.seqs;
}

/** The sequences an encoded row cell stands for (tests). */
export function decodeSequences(s: string): string[][] {
  return s === '' ? [] : s.split('\n').map((q) => q.split(' '));
}
