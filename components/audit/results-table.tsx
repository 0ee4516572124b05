/**
 * The reports of an audit as a sortable, filterable, paginated table (one page of 50 rows is
 * rendered, whatever the number of reports). A row opens the drill-down view.
 */
import { useId, useMemo, useState } from 'react';
import type { AuditSummary } from '../../lib/audit/aggregate.ts';
import { DEFAULT_QUERY, filterRows, pageOf, sortRows, type ReportRow, type SortKey, type TableQuery } from '../../lib/audit/view.ts';
import { formatNumber, pluralOf, type MessageKey } from '../../lib/i18n/index.ts';
import { categoryLabel } from '../../lib/i18n/labels.ts';
import { useLanguage, useT } from '../ui/i18n.ts';

const COLUMNS: Array<{ key: SortKey; label: MessageKey; numeric?: boolean }> = [
  { key: 'id', label: 'audit_col_report' },
  { key: 'author', label: 'audit_col_author' },
  { key: 'type', label: 'audit_col_type' },
  { key: 'date', label: 'audit_col_date' },
  { key: 'errors', label: 'audit_col_errors', numeric: true },
  { key: 'warnings', label: 'audit_col_warnings_short', numeric: true },
  { key: 'total', label: 'audit_col_findings', numeric: true },
];

export function AuditResultsTable({ rows, summary, selected, onOpen }: { rows: ReportRow[]; summary: AuditSummary; selected: number | null; onOpen(index: number): void }) {
  const t = useT();
  const language = useLanguage();
  const [q, setQ] = useState<TableQuery>(DEFAULT_QUERY);
  // filtering and sorting 100,000 rows costs about 100 ms (a sort on names, more): done when the
  // criteria change, not at each page ("Suivante" took up to 570 ms, scripts/bench-audit-page.mjs)
  const { search, category, rule, severity, author, type, withFindings, sort } = q;
  const ordered = useMemo(
    () => sortRows(filterRows(rows, { ...DEFAULT_QUERY, search, category, rule, severity, author, type, withFindings }), sort),
    [rows, search, category, rule, severity, author, type, withFindings, sort],
  );
  const page = useMemo(() => pageOf(ordered, q.page, q.pageSize), [ordered, q.page, q.pageSize]);
  const id = useId();
  const set = (patch: Partial<TableQuery>) => setQ((prev) => ({ ...prev, page: 0, ...patch }));
  const sortBy = (key: SortKey) => setQ((prev) => ({ ...prev, sort: { key, dir: prev.sort.key === key && prev.sort.dir === 'desc' ? 'asc' : prev.sort.key === key ? 'desc' : key === 'errors' || key === 'warnings' || key === 'total' ? 'desc' : 'asc' } }));
  const authors = Object.keys(summary.byAuthor);
  const types = Object.keys(summary.byType);

  return (
    <section aria-labelledby={`${id}-title`} className="results">
      <h2 id={`${id}-title`}>{t('audit_results_title')}</h2>
      <div className="filters" role="search">
        <div><label htmlFor={`${id}-search`}>{t('audit_search')}</label><input id={`${id}-search`} type="search" value={q.search} onChange={(e) => set({ search: e.target.value })} placeholder={t('audit_search_placeholder')} /></div>
        <div>
          <label htmlFor={`${id}-cat`}>{t('audit_filter_category')}</label>
          <select id={`${id}-cat`} value={q.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">{t('audit_filter_all')}</option>
            {Object.keys(summary.byCategory).map((c) => <option key={c} value={c}>{categoryLabel(t, c)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-rule`}>{t('audit_filter_rule')}</label>
          <select id={`${id}-rule`} value={q.rule} onChange={(e) => set({ rule: e.target.value })}>
            <option value="">{t('audit_filter_all')}</option>
            {Object.keys(summary.byRule).map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-sev`}>{t('audit_filter_severity')}</label>
          <select id={`${id}-sev`} value={q.severity} onChange={(e) => set({ severity: e.target.value as TableQuery['severity'] })}>
            <option value="">{t('audit_filter_all')}</option><option value="error">{t('audit_filter_with_error')}</option><option value="warning">{t('audit_filter_with_warning')}</option><option value="info">{t('audit_filter_with_info')}</option>
          </select>
        </div>
        {authors.length > 0 && (
          <div>
            <label htmlFor={`${id}-author`}>{t('audit_filter_author')}</label>
            <select id={`${id}-author`} value={q.author} onChange={(e) => set({ author: e.target.value })}>
              <option value="">{t('audit_filter_everyone')}</option>{authors.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </div>
        )}
        {types.length > 0 && (
          <div>
            <label htmlFor={`${id}-type`}>{t('audit_filter_type')}</label>
            <select id={`${id}-type`} value={q.type} onChange={(e) => set({ type: e.target.value })}>
              <option value="">{t('audit_filter_every_type')}</option>{types.map((x) => <option key={x} value={x}>{x}</option>)}
            </select>
          </div>
        )}
        <div className="check">
          <input id={`${id}-with`} type="checkbox" checked={q.withFindings} onChange={(e) => set({ withFindings: e.target.checked })} />
          <label htmlFor={`${id}-with`}>{t('audit_filter_with_findings')}</label>
        </div>
      </div>
      <p className="hint" role="status" data-testid="table-count">{t(`audit_table_count_${pluralOf(page.total, language)}`, { count: formatNumber(page.total, language) })}</p>
      <div className="table-scroll">
        <table className="grid reports">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={q.sort.key === c.key ? (q.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={c.numeric ? 'num' : undefined}>
                  <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                    {t(c.label)}{q.sort.key === c.key ? (q.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.index} className={selected === r.index ? 'selected' : undefined} data-report={r.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onOpen(r.index)} aria-label={t('audit_open_report', { id: r.id })}>{r.id}</button>
                  <span className="hint"> {r.source}{r.line ? `:${r.line}` : ''}</span>
                </th>
                <td>{r.author ?? ''}</td><td>{r.type ?? ''}</td><td>{r.date ?? ''}</td>
                <td className="num">{r.errors || ''}</td><td className="num">{r.warnings || ''}</td><td className="num">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('audit_pages')}>
        <button type="button" disabled={page.page === 0} onClick={() => setQ({ ...q, page: 0 })}>{t('audit_page_first')}</button>
        <button type="button" disabled={page.page === 0} onClick={() => setQ({ ...q, page: page.page - 1 })}>{t('audit_page_previous')}</button>
        <span>{t('audit_page_of', { page: page.page + 1, pages: page.pages })}</span>
        <button type="button" disabled={page.page >= page.pages - 1} onClick={() => setQ({ ...q, page: page.page + 1 })}>{t('audit_page_next')}</button>
        <button type="button" disabled={page.page >= page.pages - 1} onClick={() => setQ({ ...q, page: page.pages - 1 })}>{t('audit_page_last')}</button>
      </nav>
    </section>
  );
}
