/**
 * `lint(text, config?)`: synchronous, deterministic, identical in Node, a page, a worker and a
 * content script. One normalisation, one tokenization and one lexicon pass per call, shared by all
 * rules.
 *
 * @example
 *   import { lint } from './engine.ts';
 *   lint("Je suis diabétique.").map((f) => [f.rule, f.text]);
 *   // → [['personne-je', 'Je'], ['sante', 'diabétique']]
 */
import { createDocument, type Doc } from './document.ts';
import type { Token } from './tokenize.ts';
import { compileEntry, type CompiledEntry, type LexiconEntry } from './lexicon.ts';
import { createMatcher, type Hit, type Matcher, type TrieBase } from './matcher.ts';
import { loadedTrieTable, trieRef, type TrieTable } from './precompiled.ts';
import type { DocumentInfo, Report, RuleDefinition, RuleContext } from './rule.ts';
import { downgrade, SEVERITY_RANK, type Category, type Finding, type Severity } from './types.ts';
import { fold } from './normalize.ts';

export type RuleSetting = 'off' | 'on' | Severity | { enabled?: boolean; severity?: Severity; options?: Record<string, unknown> };

export interface LintConfig {
  /** per rule: off, a severity, or { enabled, severity, options } */
  rules?: Record<string, RuleSetting>;
  /** extra terms per category, matched like the built-in lexicons */
  extraTerms?: Partial<Record<Category, Array<string | LexiconEntry>>>;
  /** words or phrases never reported (compared folded with the finding's text) */
  allowlist?: string[];
  /** phrases inside which nothing is reported ("Mon Parcours Handicap") */
  ignoredPhrases?: string[];
  /** what the host knows about the document (interview type for completeness) */
  document?: DocumentInfo;
}

export interface Engine {
  lint(text: string, config?: LintConfig): Finding[];
  readonly rules: readonly RuleDefinition[];
}

interface Prepared {
  active: Array<{ rule: RuleDefinition; severity?: Severity; options: Record<string, unknown> }>;
  matcher: Matcher;
  allow: Set<string>;
  ignored: string[];
}

/** The snapshot's entries of the active rules, each compiled once, at its first match. */
function trieBase(table: TrieTable, rules: Array<{ ref: number; lexicon: readonly LexiconEntry[]; id: string }>): TrieBase {
  let total = 0;
  for (const row of Object.values(table.rows)) total = Math.max(total, row.ref + row.n);
  const owner = new Int16Array(total).fill(-1); // per entry index: its rule in `rules`, or -1
  rules.forEach((r, i) => owner.fill(i, r.ref, r.ref + r.lexicon.length));
  const compiled = new Array<CompiledEntry | undefined>(total);
  return {
    trie: table.trie,
    entries: total,
    active: (ref) => ref < total && owner[ref] >= 0,
    entry: (ref) => {
      let c = compiled[ref];
      if (c === undefined) {
        const r = rules[owner[ref]];
        c = compiled[ref] = compileEntry(r.lexicon[ref - r.ref], r.id);
      }
      return c;
    },
  };
}

/** Create an engine over a set of rules (rules/index.ts passes the registry). */
export function createEngine(rules: readonly RuleDefinition[]): Engine {
  const cache = new WeakMap<object, Prepared>();
  let defaultPrepared: Prepared | null = null;

  const byKey = new Map<string, Prepared>();

  function prepare(config: LintConfig | undefined): Prepared {
    if (!config) return (defaultPrepared ??= build(undefined));
    let p = cache.get(config);
    if (p) return p;
    // Equal settings in a new object (a host adding `document` per report, a worker receiving a
    // copy) reuse the compiled matcher: `document` is per text and takes no part in compiling.
    const { document: _perText, ...settings } = config;
    const key = JSON.stringify(settings);
    p = key === '{}' ? (defaultPrepared ??= build(undefined)) : byKey.get(key);
    if (!p) {
      p = build(settings);
      if (byKey.size >= 16) byKey.delete(byKey.keys().next().value as string);
      byKey.set(key, p);
    }
    cache.set(config, p);
    return p;
  }

  function build(config: LintConfig | undefined): Prepared {
    const active: Prepared['active'] = [];
    const entries: CompiledEntry[] = []; // built from their sequences
    const trie = loadedTrieTable(); // the lexicons' trie computed by the build, if any
    // the rules whose entries the snapshot holds: compiled at their first match
    const fromTrie: Array<{ ref: number; lexicon: readonly LexiconEntry[]; id: string }> = [];
    for (const rule of rules) {
      const setting = config?.rules?.[rule.id];
      let enabled = !rule.meta.defaultOff;
      let severity: Severity | undefined;
      let options: Record<string, unknown> = { ...(rule.defaultOptions ?? {}) };
      if (setting === 'off') enabled = false;
      else if (setting === 'on') enabled = true;
      else if (setting === 'error' || setting === 'warning' || setting === 'info') { enabled = true; severity = setting; }
      else if (setting && typeof setting === 'object') {
        if (setting.enabled !== undefined) enabled = setting.enabled;
        else enabled = true;
        severity = setting.severity;
        options = { ...options, ...(setting.options ?? {}) };
      }
      if (!enabled) continue;
      active.push({ rule, severity, options });
      const lexicon = rule.lexicon; // read once: a rule may build it in a getter
      if (!lexicon) continue;
      const ref = trie ? trieRef(trie, rule.id, lexicon) : undefined;
      if (ref === undefined) for (const e of lexicon) entries.push(compileEntry(e, rule.id));
      else fromTrie.push({ ref, lexicon, id: rule.id });
    }
    // extra terms go to the main rule of their category
    for (const [category, terms] of Object.entries(config?.extraTerms ?? {})) {
      const owner = active.find((a) => a.rule.meta.category === category && a.rule.lexicon);
      if (!owner || !terms) continue;
      for (const t of terms) {
        const e: LexiconEntry = typeof t === 'string' ? { lemma: t, confidence: 'high' } : t;
        entries.push(compileEntry({ ...e, note: e.note ?? 'Terme ajouté par votre organisation.' }, owner.rule.id));
      }
    }
    return {
      active,
      matcher: createMatcher(entries, trie && fromTrie.length > 0 ? trieBase(trie, fromTrie) : undefined),
      allow: new Set((config?.allowlist ?? []).map((s) => fold(s).trim()).filter(Boolean)),
      ignored: (config?.ignoredPhrases ?? []).map((s) => fold(s).trim()).filter(Boolean),
    };
  }

  // Token objects of the previous lint's document, overwritten by the next one: nothing outlives a
  // lint but its findings (rules must not keep tokens), and a lint started while one runs (a rule
  // calling back into the engine) gets fresh tokens.
  const tokenPool: Token[] = [];
  let poolBusy = false;

  function lint(text: string, config?: LintConfig): Finding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const p = prepare(config);
    const reuse = !poolBusy;
    poolBusy = true;
    try {
      return lintDocument(text, config, p, createDocument(text, reuse ? tokenPool : undefined));
    } finally {
      if (reuse) poolBusy = false;
    }
  }

  function lintDocument(text: string, config: LintConfig | undefined, p: Prepared, doc: Doc): Finding[] {
    const allHits = p.matcher.match(doc.tokens, text, doc.map);
    const byRule = new Map<string, Hit[]>();
    for (const h of allHits) {
      let list = byRule.get(h.entry.rule);
      if (!list) { list = []; byRule.set(h.entry.rule, list); }
      list.push(h);
    }
    const findings: Finding[] = [];
    const documentInfo = config?.document ?? {};
    for (const { rule, severity: override, options } of p.active) {
      const hits = dedupeHits(byRule.get(rule.id) ?? []);
      const ctx: RuleContext = {
        doc,
        text,
        hits,
        options,
        documentInfo,
        report(r: Report) {
          const f = toFinding(rule, r, override, text);
          if (f) findings.push(f);
        },
      };
      try {
        rule.check(ctx);
      } catch (err) {
        // a faulty rule must never break the editor or the audit; it reports nothing this run
        if (typeof process !== 'undefined' && process.env?.CADRE_DEBUG) console.error(rule.id, err);
      }
    }
    const kept = findings.filter((f) => !isAllowed(f, p, doc.norm, doc.map));
    kept.sort((a, b) => a.start - b.start || a.end - b.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return dedupeFindings(kept);
  }

  return { lint, rules };
}

/**
 * Keep the longest hit at each position for a rule; drop hits nested inside a longer one. The
 * matcher emits hits by start, then by end (its walk goes deeper), so no sort is needed: the
 * longest hit of a start is the first of the group's last end.
 */
function dedupeHits(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const out: Hit[] = [];
  let reach = -1;
  let k = 0;
  while (k < hits.length) {
    const from = hits[k].from;
    let last = k;
    while (last + 1 < hits.length && hits[last + 1].from === from) last++;
    let best = last;
    while (best > k && hits[best - 1].to === hits[last].to) best--;
    const h = hits[best];
    if (h.to > reach) { // not nested in a previous longer hit
      out.push(h);
      reach = h.to;
    }
    k = last + 1;
  }
  return out;
}

/**
 * One finding per rule and span (the first, i.e. the most severe). Findings are sorted by span then
 * severity then rule, so two reports of one rule on one span with different severities need not
 * be neighbours: compare with every finding of the same span.
 */
function dedupeFindings(list: Finding[]): Finding[] {
  const out: Finding[] = [];
  let spanStart = 0; // index in `out` of the first finding with the current span
  for (const f of list) {
    const first = out[spanStart];
    if (!first || first.start !== f.start || first.end !== f.end) spanStart = out.length;
    let dup = false;
    for (let k = spanStart; k < out.length; k++) if (out[k].rule === f.rule) { dup = true; break; }
    if (!dup) out.push(f);
  }
  return out;
}

/** Message templates split once into text and placeholder names (odd indices): findings are many, templates few. */
const templateParts = new Map<string, string[]>();
function fill(template: string, data: Record<string, string> | undefined): string {
  if (!data || template.indexOf('{') < 0) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) out += (parts[k] in data ? data[parts[k]] : `{${parts[k]}}`) + parts[k + 1];
  return out;
}

function toFinding(rule: RuleDefinition, r: Report, override: Severity | undefined, text: string): Finding | null {
  let start = Math.max(0, Math.min(text.length, Math.floor(r.start)));
  let end = Math.max(start, Math.min(text.length, Math.floor(r.end)));
  // never split a surrogate pair
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  if (end <= start) return null;
  const template = rule.messages[r.messageId] ?? r.messageId;
  const confidence = r.confidence ?? 'medium';
  let severity: Severity = override ?? r.severity ?? rule.meta.severity;
  if (confidence === 'low' && !override) severity = downgrade(severity);
  return {
    rule: rule.id,
    category: r.category ?? rule.meta.category,
    severity,
    confidence,
    start,
    end,
    text: text.slice(start, end),
    message: fill(template, r.data),
    explanation: r.note ? `${rule.explanation} ${r.note}` : rule.explanation,
    references: rule.meta.references,
    fixes: (r.fixes ?? []).filter((x) => x.start >= 0 && x.end <= text.length && x.start <= x.end),
  };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function isAllowed(f: Finding, p: Prepared, norm: string, map: Int32Array): boolean {
  if (p.allow.size && p.allow.has(fold(f.text).trim())) return true;
  if (!p.ignored.length) return false;
  // a finding inside an ignored phrase: look for the phrase around the finding in the folded text
  const ns = lowerBound(map, f.start);
  for (const phrase of p.ignored) {
    let from = Math.max(0, ns - phrase.length);
    for (;;) {
      const at = norm.indexOf(phrase, from);
      if (at < 0 || map[at] > f.start) break;
      const endOrig = map[Math.min(at + phrase.length, map.length - 1) - 1] + 1;
      if (map[at] <= f.start && endOrig >= f.end) return true;
      from = at + 1;
    }
  }
  return false;
}

function lowerBound(map: Int32Array, orig: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < orig) lo = mid + 1; else hi = mid;
  }
  return lo;
}
