/**
 * The results table of the audit page as pure functions (issue #5 §2): one compact row per
 * report, then filter, sort and page. 100,000 rows filter and sort in tens of milliseconds; only
 * one page is ever rendered.
 *
 * @example
 *   const rows = results.map(toRow);
 *   const { rows: page, total } = queryRows(rows, { ...DEFAULT_QUERY, category: 'sante', sort: { key: 'errors', dir: 'desc' } });
 */
import type { Severity } from '../lint/types.ts';
import type { AuditReportResult } from './types.ts';

/** A report's metadata as the audit gave it, and its finding counts. */
export interface ReportRow extends Pick<AuditReportResult, 'index' | 'id' | 'source' | 'line' | 'element' | 'author' | 'type' | 'date'> {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  /** categories and rules present, for the filters */
  categories: string[];
  rules: string[];
}

export function toRow(r: AuditReportResult): ReportRow {
  let errors = 0, warnings = 0, infos = 0;
  const categories = new Set<string>();
  const rules = new Set<string>();
  for (const f of r.findings) {
    if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
    categories.add(f.category);
    rules.add(f.rule);
  }
  const row: ReportRow = { index: r.index, id: r.id, source: r.source, errors, warnings, infos, total: r.findings.length, categories: [...categories], rules: [...rules] };
  if (r.line !== undefined) row.line = r.line;
  if (r.element !== undefined) row.element = r.element;
  if (r.author) row.author = r.author;
  if (r.type) row.type = r.type;
  if (r.date) row.date = r.date;
  return row;
}

export type SortKey = 'index' | 'id' | 'author' | 'type' | 'date' | 'errors' | 'warnings' | 'total';

export interface TableQuery {
  /** words of the id, source, author or type */
  search: string;
  category: string;
  rule: string;
  /** reports with at least one finding of this severity */
  severity: Severity | '';
  author: string;
  type: string;
  /** hide reports without findings */
  withFindings: boolean;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  page: number;
  pageSize: number;
}

export const DEFAULT_QUERY: TableQuery = {
  search: '', category: '', rule: '', severity: '', author: '', type: '', withFindings: false,
  sort: { key: 'index', dir: 'asc' }, page: 0, pageSize: 50,
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

export function filterRows(rows: readonly ReportRow[], q: TableQuery): ReportRow[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (q.withFindings && !r.total) return false;
    if (q.category && !r.categories.includes(q.category)) return false;
    if (q.rule && !r.rules.includes(q.rule)) return false;
    if (q.severity === 'error' && !r.errors) return false;
    if (q.severity === 'warning' && !r.warnings) return false;
    if (q.severity === 'info' && !r.infos) return false;
    if (q.author && r.author !== q.author) return false;
    if (q.type && r.type !== q.type) return false;
    if (words.length) {
      const hay = fold(`${r.id} ${r.source} ${r.author ?? ''} ${r.type ?? ''} ${r.date ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export function sortRows(rows: ReportRow[], sort: TableQuery['sort']): ReportRow[] {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const k = sort.key;
  const cmp = k === 'id' || k === 'author' || k === 'type' || k === 'date'
    ? (a: ReportRow, b: ReportRow) => collator.compare(a[k] ?? '', b[k] ?? '') * dir || a.index - b.index
    : (a: ReportRow, b: ReportRow) => (a[k] - b[k]) * dir || a.index - b.index;
  return rows.sort(cmp);
}

export interface TablePage {
  rows: ReportRow[];
  /** rows after filtering */
  total: number;
  pages: number;
  /** page actually shown (clamped) */
  page: number;
}

export function queryRows(rows: readonly ReportRow[], q: TableQuery): TablePage {
  return pageOf(sortRows(filterRows(rows, q), q.sort), q.page, q.pageSize);
}

/**
 * One page of rows already filtered and sorted, the page number clamped. Kept apart from the
 * filter and sort so the table turns a page without sorting 100,000 rows again (issue #5 §2).
 *
 * @example
 *   const ordered = sortRows(filterRows(rows, q), q.sort); // when the criteria change
 *   const { rows: shown } = pageOf(ordered, 3, 50);        // when the page changes
 */
export function pageOf(ordered: readonly ReportRow[], page: number, pageSize: number): TablePage {
  const pages = Math.max(1, Math.ceil(ordered.length / pageSize));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return { rows: ordered.slice(shown * pageSize, (shown + 1) * pageSize), total: ordered.length, pages, page: shown };
}

/** "1 min 05 s", "42 s", "2 h 03 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '…';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

export interface ProgressFigures {
  /** 0..1 */
  fraction: number;
  /** reports per second */
  rate: number;
  /** estimated milliseconds left, NaN until known */
  leftMs: number;
}

/** Progress of a run from bytes read: rate in reports/s and time left by bytes. */
export function progressFigures(p: { bytes: number; totalBytes: number; reports: number; elapsedMs: number }): ProgressFigures {
  const fraction = p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : 0;
  const rate = p.elapsedMs > 0 ? (p.reports * 1000) / p.elapsedMs : 0;
  const leftMs = fraction > 0.005 && fraction < 1 ? (p.elapsedMs / fraction) * (1 - fraction) : fraction >= 1 ? 0 : NaN;
  return { fraction, rate, leftMs };
}

/**
 * Segments of a text for marking findings: boundaries at every finding start and end, each
 * segment with the findings covering it (overlaps allowed).
 */
export function markSegments(text: string, spans: readonly { start: number; end: number }[]): Array<{ start: number; end: number; covering: number[] }> {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; covering: number[] }> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering: number[] = [];
    spans.forEach((s, k) => { if (s.start <= a && s.end >= b && s.end > s.start) covering.push(k); });
    out.push({ start: a, end: b, covering });
  }
  return out;
}
