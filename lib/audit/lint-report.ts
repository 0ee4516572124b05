/**
 * Lint one audit record into an `AuditReportResult`: the single code path of the CLI (main thread
 * or `node:worker_threads`) and of the audit page's Web Worker, so both give the same counts
 * (issue #5 §4).
 *
 * @example
 *   const auditOne = createReportAuditor();
 *   auditOne({ index: 0, id: '1', text: 'Je suis diabétique.', source: 'a.csv' }).findings[0].excerpt;
 */
import { lint, type LintConfig } from '../lint/index.ts';
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

// The engine prepares (and caches) one matcher per config object, so one config per interview
// type is built once and reused; exports with free-text types are capped.
const MAX_TYPES = 64;

export function createReportAuditor(config?: LintConfig, options: AuditOptions = {}): (record: AuditRecord) => AuditReportResult {
  const byType = new Map<string, LintConfig>();
  const configFor = (type: string | undefined): LintConfig | undefined => {
    if (!type) return config;
    const id = interviewTypeId(type);
    let c = byType.get(id);
    if (!c) {
      if (byType.size >= MAX_TYPES) return config;
      c = { ...config, document: { ...config?.document, interviewType: id } };
      byType.set(id, c);
    }
    return c;
  };
  const messages = new Map<string, string>();
  const intern = (s: string) => {
    const m = messages.get(s);
    if (m !== undefined) return m;
    if (messages.size < 10_000) messages.set(s, s);
    return s;
  };

  return (record) => {
    const { text } = record;
    const found = lint(text, configFor(record.type));
    const pos = found.length ? lineIndex(text) : undefined;
    const findings: AuditFinding[] = found.map((f) => {
      const excerpt = maskExcerpt(f.text);
      const { line, column } = pos!(f.start);
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
      if (options.keepTexts) a.text = f.text;
      return a;
    });
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
