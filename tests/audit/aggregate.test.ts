import { describe, expect, it } from 'vitest';
import { categorySeverityTable, createAggregator, mergeSummaries, MAX_GROUPS, OTHER_GROUP } from '../../lib/audit/aggregate.ts';
import type { AuditFinding, AuditReportResult } from '../../lib/audit/types.ts';
import type { Category, Severity } from '../../lib/lint/types.ts';

const f = (rule: string, category: Category, severity: Severity): AuditFinding => ({
  rule, category, severity, confidence: 'high', start: 0, end: 1, line: 1, column: 1, excerpt: '••', message: 'm',
});
const report = (index: number, findings: AuditFinding[], extra: Partial<AuditReportResult> = {}): AuditReportResult => ({
  index, id: String(index), source: 's.csv', length: 100, findings, ...extra,
});

const REPORTS = [
  report(0, [f('sante', 'sante', 'error'), f('sante', 'sante', 'warning'), f('telephone', 'telephone', 'error')], { author: 'Zoé', type: 'Diagnostic' }),
  report(1, [f('personne-je', 'personne', 'warning')], { author: 'Léo', type: 'Diagnostic' }),
  report(2, [], { author: 'Zoé' }),
  report(3, [f('jugement', 'jugement', 'info'), f('sante', 'sante', 'error')], { type: 'Suivi' }),
  report(4, []),
];

describe('createAggregator', () => {
  const agg = createAggregator();
  for (const r of REPORTS) agg.add(r);
  const s = agg.summary();

  it('counts reports, the share without error and clean reports', () => {
    expect(s.reports).toBe(5);
    expect(s.reportsWithoutError).toBe(3);
    expect(s.shareWithoutError).toBeCloseTo(0.6);
    expect(s.reportsClean).toBe(2);
    expect(s.characters).toBe(500);
    expect(s.findings).toEqual({ error: 3, warning: 2, info: 1, total: 6 });
  });

  it('counts findings per category × severity, in the category order', () => {
    expect(Object.keys(s.byCategory)).toEqual(['personne', 'sante', 'telephone', 'jugement']);
    expect(categorySeverityTable(s)).toEqual({ personne: [0, 1, 0], sante: [2, 1, 0], telephone: [1, 0, 0], jugement: [0, 0, 1] });
  });

  it('sorts rules by total then id', () => {
    expect(Object.keys(s.byRule)).toEqual(['sante', 'jugement', 'personne-je', 'telephone']);
  });

  it('groups by author and interview type where known', () => {
    expect(s.byAuthor).toEqual({
      'Zoé': { reports: 2, reportsWithError: 1, findings: { error: 2, warning: 1, info: 0, total: 3 } },
      'Léo': { reports: 1, reportsWithError: 0, findings: { error: 0, warning: 1, info: 0, total: 1 } },
    });
    expect(Object.keys(s.byAuthor)).toEqual(['Zoé', 'Léo']);
    expect(s.byType.Diagnostic).toEqual({ reports: 2, reportsWithError: 1, findings: { error: 2, warning: 2, info: 0, total: 4 } });
    expect(s.byType.Suivi.reportsWithError).toBe(1);
  });

  it('an empty audit has a share of 1', () => {
    expect(createAggregator().summary()).toMatchObject({ reports: 0, shareWithoutError: 1, byCategory: {} });
  });

  it('merging summaries of parts equals aggregating the whole', () => {
    const a = createAggregator(), b = createAggregator();
    REPORTS.forEach((r, i) => (i % 2 ? a : b).add(r));
    expect(mergeSummaries([a.summary(), b.summary()])).toEqual(s);
    expect(JSON.stringify(mergeSummaries([b.summary(), a.summary()]))).toBe(JSON.stringify(s));
  });

  it('caps the number of groups of a free-text column', () => {
    const g = createAggregator();
    for (let i = 0; i < MAX_GROUPS + 50; i++) g.add(report(i, [], { author: `auteur ${i}` }));
    const out = g.summary();
    expect(Object.keys(out.byAuthor)).toHaveLength(MAX_GROUPS + 1);
    expect(out.byAuthor[OTHER_GROUP].reports).toBe(50);
  });
});
