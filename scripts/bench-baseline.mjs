// The plain baseline of the benchmark: one regular expression per category, built from the SAME
// lexicons as the engine (every token sequence the one-pass matcher would match, inflections
// included), each a big alternation with Unicode lookarounds run over an accent-folded copy of the
// text, plus one regular expression per identifier kind. No context, no validation: this is what
// "a list of words and a few regexes" costs, so the engine's ratio to it is visible.

const IDENTIFIERS = {
  nir: /(?<![\p{L}\p{N}])[12]\s?\d{2}\s?(?:0[1-9]|1[0-2])\s?(?:\d{2}|2a|2b)\s?\d{3}\s?\d{3}\s?\d{2}(?![\p{L}\p{N}])/gu,
  iban: /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}(?:\s?[a-z0-9]{1,4})?(?![\p{L}\p{N}])/gu,
  'carte-bancaire': /(?<![\p{L}\p{N}])(?:\d{4}[\s-]?){3}\d{4}(?![\p{L}\p{N}])/gu,
  telephone: /(?<![\p{L}\p{N}+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?![\p{L}\p{N}])/gu,
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu,
  'date-naissance': /(?<![\p{L}\p{N}])(?:ne|nee)\s+le\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\p{L}\p{N}])/gu,
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const SEP = '[\\s-]+'; // between two words: spaces or a hyphen
const ELISION = '\\s*'; // after "d'", "l'"

/**
 * One alternation for many phrases, factored as a trie ("diabete(?:s| de type 2)?") so the regex
 * engine does not try 10,000 alternatives one by one at every position: the baseline is plain, not
 * naive.
 */
function trieRegex(phrases) {
  const root = new Map();
  const END = '';
  for (const units of phrases) {
    let node = root;
    for (const u of units) {
      if (!node.has(u)) node.set(u, new Map());
      node = node.get(u);
    }
    node.set(END, null);
  }
  const emit = (node) => {
    const terminal = node.has(END);
    const branches = [...node.keys()].filter((k) => k !== END).sort().map((k) => k + emit(node.get(k)));
    if (!branches.length) return '';
    const body = branches.length === 1 && !terminal ? branches[0] : `(?:${branches.join('|')})`;
    return terminal ? (branches.length === 1 && branches[0].length > 1 ? `(?:${branches[0]})?` : `${body}?`) : body;
  };
  return emit(root);
}

/** A token sequence as regex units: one escaped character each, and separators between words. */
function units(seq) {
  const out = [];
  seq.forEach((t, i) => {
    if (i > 0) out.push(seq[i - 1].endsWith("'") ? ELISION : SEP);
    for (const ch of t) out.push(escape(ch));
  });
  return out;
}

/**
 * Regex sources per category from the registry's lexicons: `entrySequences` gives the folded token
 * sequences of each entry (the matcher's own expansion).
 */
export function baselinePatterns(registry, entrySequences) {
  const byCategory = new Map();
  for (const rule of registry) {
    for (const entry of rule.lexicon ?? []) {
      for (const seq of entrySequences(entry)) {
        const list = byCategory.get(rule.meta.category) ?? new Map();
        list.set(seq.join(' '), seq);
        byCategory.set(rule.meta.category, list);
      }
    }
  }
  const patterns = [];
  for (const [category, seqs] of byCategory) {
    const alternation = trieRegex([...seqs.values()].map(units));
    patterns.push({ category, source: `(?<![\\p{L}\\p{N}_])${alternation}(?![\\p{L}\\p{N}_])`, terms: seqs.size });
  }
  for (const [category, re] of Object.entries(IDENTIFIERS)) patterns.push({ category, source: re.source, terms: 1 });
  return patterns;
}

export function compileBaseline(patterns) {
  return patterns.map((p) => ({ category: p.category, re: new RegExp(p.source, 'gu') }));
}

/** Accent-folded, lower-case copy with one apostrophe: what the baseline regexes run on. */
export function baselineFold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’ʼ]/g, "'").replace(/œ/g, 'oe');
}

/** Findings of the baseline: { category, start, end } on the folded copy. */
export function runBaseline(compiled, text) {
  const folded = baselineFold(text);
  const out = [];
  for (const { category, re } of compiled) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) out.push({ category, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
