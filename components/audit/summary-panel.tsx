/**
 * Summary of an audit: key figures, charts (the inline SVG of lib/audit/charts.ts, the same as in
 * the printable report) and the tables per category, author and interview type. The `data-*`
 * attributes are stable hooks for the browser test that compares the page with the CLI.
 */
import { CATEGORY_LABELS, type Category } from '../../lib/lint/types.ts';
import type { AuditSummary, GroupStats } from '../../lib/audit/aggregate.ts';
import { shareRing, stackedBarChart } from '../../lib/audit/charts.ts';
import { categoryRows, groupRows } from '../../lib/audit/export.ts';

const n = (x: number) => x.toLocaleString('fr-FR');
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString('fr-FR')} %`;

/** SVG strings built from escaped values only (lib/audit/charts.ts). */
function Svg({ svg, label }: { svg: string; label: string }) {
  return <figure className="chart" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function AuditSummaryPanel({ summary: s, live = false }: { summary: AuditSummary; live?: boolean }) {
  return (
    <section aria-labelledby="summary-title" className="summary" data-summary={live ? 'live' : 'final'}>
      <h2 id="summary-title">{live ? 'Synthèse provisoire' : 'Synthèse'}</h2>
      <div className="kpis">
        <div className="kpi"><b data-kpi="reports">{n(s.reports)}</b> comptes rendus audités</div>
        <div className="kpi"><b data-kpi="share">{pct(s.shareWithoutError)}</b> sans erreur (<span data-kpi="without-error">{n(s.reportsWithoutError)}</span>)</div>
        <div className="kpi"><b data-kpi="findings">{n(s.findings.total)}</b> constats</div>
        <div className="kpi"><b data-kpi="errors">{n(s.findings.error)}</b> erreurs · <span data-kpi="warnings">{n(s.findings.warning)}</span> avertissements · <span data-kpi="infos">{n(s.findings.info)}</span> infos</div>
      </div>
      {!live && (
        <div className="charts">
          <Svg label="Part des comptes rendus sans erreur" svg={shareRing({ title: 'Comptes rendus sans erreur', share: s.shareWithoutError, caption: 'comptes rendus sans erreur' })} />
          <Svg label="Constats par catégorie et gravité" svg={stackedBarChart({ title: 'Constats par catégorie et gravité', rows: categoryRows(s) })} />
        </div>
      )}
      <table className="grid" data-table="categories">
        <caption>Constats par catégorie</caption>
        <thead><tr><th scope="col">Catégorie</th><th scope="col">Erreurs</th><th scope="col">Avertissements</th><th scope="col">Infos</th><th scope="col">Total</th></tr></thead>
        <tbody>
          {Object.entries(s.byCategory).map(([k, c]) => (
            <tr key={k} data-category={k} data-error={c!.error} data-warning={c!.warning} data-info={c!.info}>
              <th scope="row">{CATEGORY_LABELS[k as Category] ?? k}</th><td>{n(c!.error)}</td><td>{n(c!.warning)}</td><td>{n(c!.info)}</td><td>{n(c!.total)}</td>
            </tr>
          ))}
          {!Object.keys(s.byCategory).length && <tr><td colSpan={5}>Aucun constat.</td></tr>}
        </tbody>
      </table>
      {!live && <Groups title="Par auteur" name="Auteur" groups={s.byAuthor} chart="Constats par auteur (15 premiers)" />}
      {!live && <Groups title="Par type d'entretien" name="Type" groups={s.byType} chart="Constats par type d'entretien" />}
    </section>
  );
}

function Groups({ title, name, groups, chart }: { title: string; name: string; groups: Record<string, GroupStats>; chart: string }) {
  const entries = Object.entries(groups);
  if (!entries.length) return null;
  return (
    <details className="groups">
      <summary>{title} ({entries.length})</summary>
      <Svg label={chart} svg={stackedBarChart({ title: chart, rows: groupRows(groups) })} />
      <div className="table-scroll">
        <table className="grid">
          <thead><tr><th scope="col">{name}</th><th scope="col">Comptes rendus</th><th scope="col">Sans erreur</th><th scope="col">Erreurs</th><th scope="col">Avertissements</th><th scope="col">Infos</th></tr></thead>
          <tbody>
            {entries.map(([k, g]) => (
              <tr key={k}><th scope="row">{k}</th><td>{n(g.reports)}</td><td>{pct(g.reports ? (g.reports - g.reportsWithError) / g.reports : 1)}</td><td>{n(g.findings.error)}</td><td>{n(g.findings.warning)}</td><td>{n(g.findings.info)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
