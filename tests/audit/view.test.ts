import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, filterRows, formatDuration, markSegments, pageOf, progressFigures, queryRows, sortRows, toRow, type ReportRow } from '../../lib/audit/view.ts';
import type { AuditFinding, AuditReportResult } from '../../lib/audit/types.ts';
import type { Category, Severity } from '../../lib/lint/types.ts';

const f = (category: Category, severity: Severity, rule: string = category): AuditFinding => ({ rule, category, severity, confidence: 'high', start: 0, end: 1, line: 1, column: 1, excerpt: '•', message: 'm' });
const res = (index: number, id: string, findings: AuditFinding[], extra: Partial<AuditReportResult> = {}): AuditReportResult => ({ index, id, source: 'export.csv', line: index + 2, length: 10, findings, ...extra });

const rows: ReportRow[] = [
  res(0, 'CR-10', [f('sante', 'error'), f('sante', 'warning')], { author: 'Zoé Lefèvre', type: 'Suivi' }),
  res(1, 'CR-2', [], { author: 'Léo', type: 'Diagnostic' }),
  res(2, 'CR-3', [f('telephone', 'warning')], { author: 'Léo' }),
  res(3, 'CR-1', [f('sante', 'error'), f('sante', 'error'), f('jugement', 'info')], { author: 'Zoé Lefèvre', type: 'Diagnostic' }),
].map(toRow);

describe('toRow', () => {
  it('counts per severity and lists categories and rules once', () => {
    expect(rows[0]).toMatchObject({ index: 0, id: 'CR-10', errors: 1, warnings: 1, infos: 0, total: 2, categories: ['sante'], rules: ['sante'], line: 2 });
    expect(rows[3]).toMatchObject({ errors: 2, infos: 1, categories: ['sante', 'jugement'] });
  });
});

describe('queryRows', () => {
  const ids = (q: Partial<typeof DEFAULT_QUERY>) => queryRows(rows, { ...DEFAULT_QUERY, ...q }).rows.map((r) => r.id);
  it('keeps input order by default', () => expect(ids({})).toEqual(['CR-10', 'CR-2', 'CR-3', 'CR-1']));
  it('filters by category, rule, severity, author, type and findings', () => {
    expect(ids({ category: 'sante' })).toEqual(['CR-10', 'CR-1']);
    expect(ids({ rule: 'telephone' })).toEqual(['CR-3']);
    expect(ids({ severity: 'info' })).toEqual(['CR-1']);
    expect(ids({ severity: 'warning' })).toEqual(['CR-10', 'CR-3']);
    expect(ids({ author: 'Léo' })).toEqual(['CR-2', 'CR-3']);
    expect(ids({ type: 'Diagnostic' })).toEqual(['CR-2', 'CR-1']);
    expect(ids({ withFindings: true })).toEqual(['CR-10', 'CR-3', 'CR-1']);
  });
  it('searches words without accents or case', () => {
    expect(ids({ search: 'lefevre diag' })).toEqual(['CR-1']);
    expect(ids({ search: 'cr-3' })).toEqual(['CR-3']);
  });
  it('sorts numerically-aware ids, counts, then input order on ties', () => {
    expect(ids({ sort: { key: 'id', dir: 'asc' } })).toEqual(['CR-1', 'CR-2', 'CR-3', 'CR-10']);
    expect(ids({ sort: { key: 'errors', dir: 'desc' } })).toEqual(['CR-1', 'CR-10', 'CR-2', 'CR-3']);
    expect(ids({ sort: { key: 'author', dir: 'asc' } })).toEqual(['CR-2', 'CR-3', 'CR-10', 'CR-1']);
  });
  it('pages, clamping the page number', () => {
    const p = queryRows(rows, { ...DEFAULT_QUERY, pageSize: 3, page: 5 });
    expect(p).toMatchObject({ total: 4, pages: 2, page: 1 });
    expect(p.rows.map((r) => r.id)).toEqual(['CR-1']);
  });
  it('pages rows already filtered and sorted as queryRows does (the table sorts once, then turns pages)', () => {
    const q = { ...DEFAULT_QUERY, withFindings: true, sort: { key: 'errors' as const, dir: 'desc' as const }, pageSize: 2 };
    const ordered = sortRows(filterRows(rows, q), q.sort);
    for (const page of [0, 1, 7]) expect(pageOf(ordered, page, 2)).toEqual(queryRows(rows, { ...q, page }));
    expect(pageOf(ordered, 1, 2).rows.map((r) => r.id)).toEqual(['CR-3']);
    expect(pageOf([], 3, 50)).toEqual({ rows: [], total: 0, pages: 1, page: 0 });
  });
  it('handles 100,000 rows quickly', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...rows[i % 4], index: i, id: `CR-${i}` }));
    const t = performance.now();
    const p = queryRows(many, { ...DEFAULT_QUERY, category: 'sante', sort: { key: 'errors', dir: 'desc' } });
    expect(p.total).toBe(50_000);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('progress and durations', () => {
  it('derives fraction, rate and time left from bytes', () => {
    expect(progressFigures({ bytes: 250, totalBytes: 1000, reports: 500, elapsedMs: 2000 })).toEqual({ fraction: 0.25, rate: 250, leftMs: 6000 });
    expect(progressFigures({ bytes: 0, totalBytes: 1000, reports: 0, elapsedMs: 0 }).leftMs).toBeNaN();
    expect(progressFigures({ bytes: 1000, totalBytes: 1000, reports: 9, elapsedMs: 10 }).leftMs).toBe(0);
  });
  it.each([[0, '0 s'], [42_400, '42 s'], [65_000, '1 min 05 s'], [7_380_000, '2 h 03 min'], [NaN, '…']])('%d ms → %s', (ms, s) => expect(formatDuration(ms)).toBe(s));
});

describe('markSegments', () => {
  it('cuts the text at every finding boundary, with the findings covering each piece', () => {
    expect(markSegments('abcdefghij', [{ start: 2, end: 6 }, { start: 4, end: 8 }])).toEqual([
      { start: 0, end: 2, covering: [] }, { start: 2, end: 4, covering: [0] }, { start: 4, end: 6, covering: [0, 1] },
      { start: 6, end: 8, covering: [1] }, { start: 8, end: 10, covering: [] },
    ]);
    expect(markSegments('', [])).toEqual([]);
  });
});
