/**
 * "Auditer cette page" (issue #5 §1) as data: the label a page audit gets in the history, and the
 * audit the panel saves. Pure: the panel passes what the page's content script returned.
 *
 * What is safe to store: the page's address without its query string or fragment (they carry
 * case numbers and search terms; the content script never sends them), path segments holding
 * digits or long identifiers masked, and the title with its digits masked. A title may still hold a
 * name: the panel shows the label in an editable field before saving.
 *
 * @example
 *   pageSourceLabel({ title: 'Dossier 2041 — Suivi', host: 'crm.example.org', path: '/dossiers/2041/cr' });
 *   // 'Dossier •••• — Suivi (crm.example.org/dossiers/…/cr)'
 *   const input = pageAuditToSave({ text, findings, method: 'profile', label, keepTexts: false, settings, createdAt, version });
 *   await repo.save(input, Date.now());
 */
import type { Finding } from '../lint/types.ts';
import { lineIndex } from '../cli/format.ts';
import { createAggregator } from './aggregate.ts';
import type { AuditMeta } from './export.ts';
import { toAuditFinding } from './lint-report.ts';
import type { LintSettingsSummary } from './settings-summary.ts';
import type { AuditReportResult } from './types.ts';
import type { SaveAuditInput } from '../db/audits.ts';

export type PageExtractMethod = 'profile' | 'selection' | 'readability';

const MAX_LABEL = 160;

/** A path segment that identifies a record rather than a page: a number, an id, an address. */
const isIdentifier = (segment: string) => /[\d@]/.test(segment);

/** `/dossiers/2041/compte-rendu` → `/dossiers/…/compte-rendu` (no query string, no fragment). */
export function safePath(path: string): string {
  const bare = path.split(/[?#]/)[0];
  return bare.split('/').map((seg) => {
    let s = seg;
    try { s = decodeURIComponent(seg); } catch { /* keep as is */ }
    return isIdentifier(s) ? '…' : s;
  }).join('/');
}

/** The history's label of a page audit: title (digits masked) and host + masked path. */
export function pageSourceLabel(page: { title?: string; host: string; path: string }): string {
  const where = `${page.host}${safePath(page.path)}`.replace(/\/$/, '');
  const title = (page.title ?? '').replace(/\s+/g, ' ').replace(/\d/g, '•').trim();
  const label = title ? `${title} (${where})` : where;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** A finding as the page's content script returns it (its category travels as a plain string). */
export type PageFinding = Pick<Finding, 'rule' | 'severity' | 'confidence' | 'start' | 'end' | 'text' | 'message'> & { category: string };

export interface PageAuditInput {
  /** the report text as extracted (offsets of the findings are in it) */
  text: string;
  findings: readonly PageFinding[];
  method: PageExtractMethod;
  /** the label shown in the history (see pageSourceLabel), as the user left it */
  label: string;
  /** keep the report text and the flagged texts (explicit choice per audit) */
  keepTexts: boolean;
  settings: LintSettingsSummary;
  /** ISO date */
  createdAt: string;
  version: string;
}

/** The audit to save: one report, its masked findings, its summary and the settings it ran with. */
export function pageAuditToSave(input: PageAuditInput): SaveAuditInput {
  const pos = lineIndex(input.text);
  const label = input.label.trim() || 'Page auditée';
  const report: AuditReportResult = {
    index: 0,
    id: 'page',
    source: label,
    length: input.text.length,
    // categories come from Cadre's own engine in the page (validated as text on the way)
    findings: input.findings.map((f) => toAuditFinding(f as Pick<Finding, 'rule' | 'category' | 'severity' | 'confidence' | 'start' | 'end' | 'text' | 'message'>, pos, input.keepTexts)),
  };
  if (input.keepTexts) report.text = input.text;
  const aggregator = createAggregator();
  aggregator.add(report);
  const meta: AuditMeta = {
    createdAt: input.createdAt,
    sources: [label],
    settings: { keepTexts: input.keepTexts, config: "réglages en vigueur dans l'extension", lint: input.settings, extraction: input.method },
    tool: { name: 'Cadre', version: input.version },
  };
  return { kind: 'page', source: label, meta, summary: aggregator.summary(), reports: [report] };
}
