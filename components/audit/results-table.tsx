/**
 * The reports of an audit as a sortable, filterable, paginated table (one page of 50 rows is
 * rendered, whatever the number of reports). A row opens the drill-down view.
 */
import { useId, useMemo, useState } from 'react';
import { CATEGORY_LABELS, type Category } from '../../lib/lint/types.ts';
import type { AuditSummary } from '../../lib/audit/aggregate.ts';
import { DEFAULT_QUERY, queryRows, type ReportRow, type SortKey, type TableQuery } from '../../lib/audit/view.ts';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'id', label: 'Compte rendu' },
  { key: 'author', label: 'Auteur' },
  { key: 'type', label: 'Type' },
  { key: 'date', label: 'Date' },
  { key: 'errors', label: 'Erreurs', numeric: true },
  { key: 'warnings', label: 'Avert.', numeric: true },
  { key: 'total', label: 'Constats', numeric: true },
];

export function AuditResultsTable({ rows, summary, selected, onOpen }: { rows: ReportRow[]; summary: AuditSummary; selected: number | null; onOpen(index: number): void }) {
  const [q, setQ] = useState<TableQuery>(DEFAULT_QUERY);
  const page = useMemo(() => queryRows(rows, q), [rows, q]);
  const id = useId();
  const set = (patch: Partial<TableQuery>) => setQ((prev) => ({ ...prev, page: 0, ...patch }));
  const sortBy = (key: SortKey) => setQ((prev) => ({ ...prev, sort: { key, dir: prev.sort.key === key && prev.sort.dir === 'desc' ? 'asc' : prev.sort.key === key ? 'desc' : key === 'errors' || key === 'warnings' || key === 'total' ? 'desc' : 'asc' } }));
  const authors = Object.keys(summary.byAuthor);
  const types = Object.keys(summary.byType);

  return (
    <section aria-labelledby={`${id}-title`} className="results">
      <h2 id={`${id}-title`}>Comptes rendus</h2>
      <div className="filters" role="search">
        <div><label htmlFor={`${id}-search`}>Rechercher</label><input id={`${id}-search`} type="search" value={q.search} onChange={(e) => set({ search: e.target.value })} placeholder="identifiant, auteur…" /></div>
        <div>
          <label htmlFor={`${id}-cat`}>Catégorie</label>
          <select id={`${id}-cat`} value={q.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">Toutes</option>
            {Object.keys(summary.byCategory).map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c as Category] ?? c}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-rule`}>Règle</label>
          <select id={`${id}-rule`} value={q.rule} onChange={(e) => set({ rule: e.target.value })}>
            <option value="">Toutes</option>
            {Object.keys(summary.byRule).map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-sev`}>Gravité</label>
          <select id={`${id}-sev`} value={q.severity} onChange={(e) => set({ severity: e.target.value as TableQuery['severity'] })}>
            <option value="">Toutes</option><option value="error">Avec erreur</option><option value="warning">Avec avertissement</option><option value="info">Avec info</option>
          </select>
        </div>
        {authors.length > 0 && (
          <div>
            <label htmlFor={`${id}-author`}>Auteur</label>
            <select id={`${id}-author`} value={q.author} onChange={(e) => set({ author: e.target.value })}>
              <option value="">Tous</option>{authors.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </div>
        )}
        {types.length > 0 && (
          <div>
            <label htmlFor={`${id}-type`}>Type d'entretien</label>
            <select id={`${id}-type`} value={q.type} onChange={(e) => set({ type: e.target.value })}>
              <option value="">Tous</option>{types.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
        )}
        <div className="check">
          <input id={`${id}-with`} type="checkbox" checked={q.withFindings} onChange={(e) => set({ withFindings: e.target.checked })} />
          <label htmlFor={`${id}-with`}>Avec constats seulement</label>
        </div>
      </div>
      <p className="hint" role="status" data-testid="table-count">{page.total.toLocaleString('fr-FR')} compte{page.total > 1 ? 's' : ''} rendu{page.total > 1 ? 's' : ''}</p>
      <div className="table-scroll">
        <table className="grid reports">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={q.sort.key === c.key ? (q.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={c.numeric ? 'num' : undefined}>
                  <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                    {c.label}{q.sort.key === c.key ? (q.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.index} className={selected === r.index ? 'selected' : undefined} data-report={r.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onOpen(r.index)} aria-label={`Ouvrir ${r.id}`}>{r.id}</button>
                  <span className="hint"> {r.source}{r.line ? `:${r.line}` : ''}</span>
                </th>
                <td>{r.author ?? ''}</td><td>{r.type ?? ''}</td><td>{r.date ?? ''}</td>
                <td className="num">{r.errors || ''}</td><td className="num">{r.warnings || ''}</td><td className="num">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={page.page === 0} onClick={() => setQ({ ...q, page: 0 })}>« Première</button>
        <button type="button" disabled={page.page === 0} onClick={() => setQ({ ...q, page: page.page - 1 })}>‹ Précédente</button>
        <span>Page {page.page + 1} sur {page.pages}</span>
        <button type="button" disabled={page.page >= page.pages - 1} onClick={() => setQ({ ...q, page: page.page + 1 })}>Suivante ›</button>
        <button type="button" disabled={page.page >= page.pages - 1} onClick={() => setQ({ ...q, page: page.pages - 1 })}>Dernière »</button>
      </nav>
    </section>
  );
}
