/**
 * Aggregates of a batch audit (issue #5 §2): reports audited, share without an error-level
 * finding, findings per category × severity and per rule, and per author and interview type.
 * One aggregator is fed in input order by the CLI and by the page, so their numbers are equal.
 * Summaries of parts merge (`mergeSummaries`) for parallel runs.
 *
 * @example
 *   const agg = createAggregator();
 *   agg.add(result);             // an AuditReportResult
 *   agg.summary().byCategory;    // { sante: { error: 1, warning: 0, info: 0, total: 1 } }
 */
import { CATEGORIES, type Category, type Severity } from '../lint/types.ts';
import type { AuditFinding, AuditReportResult } from './types.ts';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface GroupStats {
  reports: number;
  /** reports with at least one error-level finding */
  reportsWithError: number;
  findings: SeverityCounts;
}

export interface AuditSummary {
  reports: number;
  reportsWithoutError: number;
  /** reportsWithoutError / reports (1 when there is no report) */
  shareWithoutError: number;
  /** reports with no finding at all */
  reportsClean: number;
  /** total characters audited */
  characters: number;
  findings: SeverityCounts;
  /** categories in the order of CATEGORIES, only those with findings */
  byCategory: Partial<Record<Category, SeverityCounts>>;
  /** rule ids sorted by total, then id */
  byRule: Record<string, SeverityCounts>;
  /** authors sorted by number of reports, then name; absent authors are not counted */
  byAuthor: Record<string, GroupStats>;
  byType: Record<string, GroupStats>;
}

/** Groups kept per dimension: a free-text column must not grow without bound. */
export const MAX_GROUPS = 1000;
/** Name of the group collecting the overflow. */
export const OTHER_GROUP = '(autres)';

const counts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0, total: 0 });

export interface Aggregator {
  add(result: Pick<AuditReportResult, 'author' | 'type' | 'length'> & { findings: readonly Pick<AuditFinding, 'rule' | 'category' | 'severity'>[] }): void;
  summary(): AuditSummary;
}

export function createAggregator(): Aggregator {
  let reports = 0, withoutError = 0, clean = 0, characters = 0;
  const findings = counts();
  const byCategory = new Map<Category, SeverityCounts>();
  const byRule = new Map<string, SeverityCounts>();
  const byAuthor = new Map<string, GroupStats>();
  const byType = new Map<string, GroupStats>();

  const group = (map: Map<string, GroupStats>, key: string): GroupStats => {
    let g = map.get(key);
    if (!g) {
      if (map.size >= MAX_GROUPS && key !== OTHER_GROUP) return group(map, OTHER_GROUP);
      g = { reports: 0, reportsWithError: 0, findings: counts() };
      map.set(key, g);
    }
    return g;
  };
  const bump = (c: SeverityCounts, s: Severity) => {
    c[s]++;
    c.total++;
  };

  return {
    add(r) {
      reports++;
      characters += r.length;
      let hasError = false;
      const author = r.author ? group(byAuthor, r.author) : undefined;
      const type = r.type ? group(byType, r.type) : undefined;
      for (const f of r.findings) {
        if (f.severity === 'error') hasError = true;
        bump(findings, f.severity);
        let c = byCategory.get(f.category);
        if (!c) byCategory.set(f.category, (c = counts()));
        bump(c, f.severity);
        let k = byRule.get(f.rule);
        if (!k) byRule.set(f.rule, (k = counts()));
        bump(k, f.severity);
        if (author) bump(author.findings, f.severity);
        if (type) bump(type.findings, f.severity);
      }
      if (!hasError) withoutError++;
      if (!r.findings.length) clean++;
      for (const g of [author, type]) {
        if (!g) continue;
        g.reports++;
        if (hasError) g.reportsWithError++;
      }
    },
    summary() {
      return normalizeSummary({
        reports,
        reportsWithoutError: withoutError,
        shareWithoutError: 0,
        reportsClean: clean,
        characters,
        findings: { ...findings },
        byCategory: Object.fromEntries(byCategory),
        byRule: Object.fromEntries(byRule),
        byAuthor: Object.fromEntries(byAuthor),
        byType: Object.fromEntries(byType),
      });
    },
  };
}

/** Deep copies with canonical key orders and the derived share: equal audits give equal JSON. */
function normalizeSummary(s: AuditSummary): AuditSummary {
  const cat: AuditSummary['byCategory'] = {};
  for (const c of CATEGORIES) if (s.byCategory[c]) cat[c] = { ...s.byCategory[c]! };
  const rules = Object.entries(s.byRule).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  const groups = (g: Record<string, GroupStats>) => Object.fromEntries(
    Object.entries(g)
      .sort((a, b) => b[1].reports - a[1].reports || a[0].localeCompare(b[0], 'fr'))
      .map(([k, v]) => [k, { reports: v.reports, reportsWithError: v.reportsWithError, findings: { ...v.findings } }]),
  );
  return {
    reports: s.reports,
    reportsWithoutError: s.reportsWithoutError,
    shareWithoutError: s.reports ? s.reportsWithoutError / s.reports : 1,
    reportsClean: s.reportsClean,
    characters: s.characters,
    findings: { ...s.findings },
    byCategory: cat,
    byRule: Object.fromEntries(rules.map(([k, v]) => [k, { ...v }])),
    byAuthor: groups(s.byAuthor),
    byType: groups(s.byType),
  };
}

/** Sum summaries of disjoint parts of one audit (parallel workers, several files). */
export function mergeSummaries(parts: readonly AuditSummary[]): AuditSummary {
  const add = (a: SeverityCounts, b: SeverityCounts) => {
    a.error += b.error; a.warning += b.warning; a.info += b.info; a.total += b.total;
  };
  const out: AuditSummary = { reports: 0, reportsWithoutError: 0, shareWithoutError: 0, reportsClean: 0, characters: 0, findings: counts(), byCategory: {}, byRule: {}, byAuthor: {}, byType: {} };
  const mergeGroups = (into: Record<string, GroupStats>, from: Record<string, GroupStats>) => {
    for (const [k, g] of Object.entries(from)) {
      const t = (into[k] ??= { reports: 0, reportsWithError: 0, findings: counts() });
      t.reports += g.reports;
      t.reportsWithError += g.reportsWithError;
      add(t.findings, g.findings);
    }
  };
  for (const p of parts) {
    out.reports += p.reports;
    out.reportsWithoutError += p.reportsWithoutError;
    out.reportsClean += p.reportsClean;
    out.characters += p.characters;
    add(out.findings, p.findings);
    for (const [k, c] of Object.entries(p.byCategory) as [Category, SeverityCounts][]) add((out.byCategory[k] ??= counts()), c);
    for (const [k, c] of Object.entries(p.byRule)) add((out.byRule[k] ??= counts()), c);
    mergeGroups(out.byAuthor, p.byAuthor);
    mergeGroups(out.byType, p.byType);
  }
  return normalizeSummary(out);
}

/** Counts per category and severity only: what the page and the CLI must agree on. */
export function categorySeverityTable(s: AuditSummary): Record<string, [number, number, number]> {
  return Object.fromEntries(Object.entries(s.byCategory).map(([k, c]) => [k, [c!.error, c!.warning, c!.info]]));
}
