/**
 * Lint one audit record into an `AuditReportResult`: the single code path of the CLI (main thread
 * or `node:worker_threads`) and of the audit page's Web Worker, so both give the same counts
 * (issue #5 §4).
 *
 * @example
 *   const auditOne = createReportAuditor();
 *   auditOne({ index: 0, id: '1', text: 'Je suis diabétique.', source: 'a.csv' }).findings[0].excerpt;
 */
import { createEngine, lint, registry, type LintConfig } from '../lint/index.ts';
import { SEVERITY_RANK, type Finding } from '../lint/types.ts';
import { DEFAULT_CONDUCTORS } from '../conductors/defaults.ts';
import type { Conductor } from '../conductors/schema.ts';
import { lineIndex } from '../cli/format.ts';
import { maskExcerpt, maskMessage } from './mask.ts';
import type { AuditFinding, AuditRecord, AuditReportResult } from './types.ts';

export interface AuditOptions {
  /** keep report texts and flagged texts in the results (explicit per-audit choice) */
  keepTexts?: boolean;
}

const STOP = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'l', 'ou', 'et', 'entretien']);
const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)).join('-');

/**
 * Conductor id of an interview type as written in an export, matched on the conductors' ids and
 * labels without accents, case or small words: "Préparation d'étape" → "preparation-etape",
 * "DIAGNOSTIC" → "diagnostic". Unknown types keep their slug (the completeness rule ignores them).
 * The completeness rule reads it from `documentInfo.interviewType`.
 */
export function interviewTypeId(type: string, conductors: readonly Conductor[] = DEFAULT_CONDUCTORS): string {
  const k = key(type);
  for (const c of conductors) if (key(c.id) === k || key(c.libelle) === k) return c.id;
  return k;
}

// Exports with free-text types are capped: one config object per distinct type.
const MAX_TYPES = 64;

// Rules that read `documentInfo` (the interview type). The engine prepares one matcher per config
// object — half a second and tens of megabytes each — so a config per interview type would
// rebuild the whole lexicon trie for every type, in every worker. These rules run instead on a
// small engine of their own with the per-type configs, the others once with the base config.
const DOCUMENT_RULES = new Set(['completude']);
let documentEngine: ReturnType<typeof createEngine> | undefined;

const byPosition = (a: Finding, b: Finding) =>
  a.start - b.start || a.end - b.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/**
 * `lint(text, { ...config, document: { interviewType } })`, with the same findings in the same
 * order, without a full matcher per interview type (see DOCUMENT_RULES).
 */
export function createTypedLinter(config?: LintConfig): (text: string, type?: string) => Finding[] {
  const rest: LintConfig = { ...config, rules: { ...config?.rules, ...Object.fromEntries([...DOCUMENT_RULES].map((id) => [id, 'off' as const])) } };
  // by conductor id, and by the type as written (exports repeat a handful of spellings)
  const byId = new Map<string, LintConfig>();
  const byType = new Map<string, LintConfig>();
  return (text, type) => {
    if (!type) return lint(text, config);
    let typed = byType.get(type);
    if (!typed) {
      const id = interviewTypeId(type);
      typed = byId.get(id);
      if (!typed) {
        if (byId.size >= MAX_TYPES) return lint(text, config);
        typed = { ...config, document: { ...config?.document, interviewType: id } };
        byId.set(id, typed);
      }
      if (byType.size < MAX_TYPES * 4) byType.set(type, typed);
    }
    documentEngine ??= createEngine(registry.filter((r) => DOCUMENT_RULES.has(r.id)));
    const extra = documentEngine.lint(text, typed);
    const main = lint(text, rest);
    return extra.length ? [...main, ...extra].sort(byPosition) : main;
  };
}

/**
 * What an audit keeps of a finding: rule, category, offsets, line and column, a masked excerpt and
 * the message with the flagged text masked; the flagged text itself only when texts are kept.
 * Shared by the batch audit and "Auditer cette page" (issue #5 §1), so both store the same shape.
 */
export function toAuditFinding(
  f: Pick<Finding, 'rule' | 'category' | 'severity' | 'confidence' | 'start' | 'end' | 'text' | 'message'>,
  pos: (offset: number) => { line: number; column: number },
  keepTexts = false,
  intern: (message: string) => string = (m) => m,
): AuditFinding {
  const excerpt = maskExcerpt(f.text);
  const { line, column } = pos(f.start);
  const a: AuditFinding = {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    start: f.start,
    end: f.end,
    line,
    column,
    excerpt,
    message: intern(maskMessage(f.message, f.text, excerpt)),
  };
  if (keepTexts) a.text = f.text;
  return a;
}

export function createReportAuditor(config?: LintConfig, options: AuditOptions = {}): (record: AuditRecord) => AuditReportResult {
  const lintTyped = createTypedLinter(config);
  const messages = new Map<string, string>();
  const intern = (s: string) => {
    const m = messages.get(s);
    if (m !== undefined) return m;
    if (messages.size < 10_000) messages.set(s, s);
    return s;
  };

  return (record) => {
    const { text } = record;
    const found = lintTyped(text, record.type);
    const pos = found.length ? lineIndex(text) : undefined;
    const findings: AuditFinding[] = found.map((f) => toAuditFinding(f, pos!, options.keepTexts, intern));
    const r: AuditReportResult = { index: record.index, id: record.id, source: record.source, length: text.length, findings };
    if (record.line !== undefined) r.line = record.line;
    if (record.element !== undefined) r.element = record.element;
    if (record.author) r.author = record.author;
    if (record.type) r.type = record.type;
    if (record.date) r.date = record.date;
    if (options.keepTexts) r.text = text;
    return r;
  };
}
