/**
 * Summary of an audit: key figures, charts (the inline SVG of lib/audit/charts.ts, the same as in
 * the printable report) and the tables per category, author and interview type. The `data-*`
 * attributes are stable hooks for the browser test that compares the page with the CLI. Words,
 * numbers and charts follow the UI's language (issue #6 §4).
 */
import type { AuditSummary, GroupStats } from '../../lib/audit/aggregate.ts';
import { shareRing, stackedBarChart, type ChartWords } from '../../lib/audit/charts.ts';
import { categoryRows, groupRows } from '../../lib/audit/export.ts';
import { formatNumber, formatPercent, type Language, type MessageKey, type Translate } from '../../lib/i18n/index.ts';
import { categoryLabel } from '../../lib/i18n/labels.ts';
import { useLanguage, useT, withNodes } from '../ui/i18n.ts';

function useFormats() {
  const t = useT();
  const language = useLanguage();
  const n = (x: number) => formatNumber(x, language);
  const pct = (x: number) => formatPercent(x, language);
  return { t, language, n, pct, words: chartWords(t, language) };
}

function chartWords(t: Translate, language: Language): ChartWords {
  return {
    severities: { error: t('common_severity_errors'), warning: t('common_severity_warnings'), info: t('audit_severity_infos') },
    none: t('audit_no_findings'),
    number: (x) => formatNumber(x, language),
    separator: language === 'fr' ? ' : ' : ': ',
  };
}

/** SVG strings built from escaped values only (lib/audit/charts.ts). */
function Svg({ svg, label }: { svg: string; label: string }) {
  return <figure className="chart" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function AuditSummaryPanel({ summary: s, live = false }: { summary: AuditSummary; live?: boolean }) {
  const { t, language, n, pct, words } = useFormats();
  const shareTitle = t('audit_chart_share_title');
  const categoryTitle = t('audit_chart_categories');
  return (
    <section aria-labelledby="summary-title" className="summary" data-summary={live ? 'live' : 'final'}>
      <h2 id="summary-title">{t(live ? 'audit_summary_live' : 'audit_summary')}</h2>
      <div className="kpis">
        <div className="kpi">{withNodes(t('audit_kpi_reports'), { count: <b data-kpi="reports">{n(s.reports)}</b> })}</div>
        <div className="kpi">{withNodes(t('audit_kpi_share'), { share: <b data-kpi="share">{pct(s.shareWithoutError)}</b>, count: <span data-kpi="without-error">{n(s.reportsWithoutError)}</span> })}</div>
        <div className="kpi">{withNodes(t('audit_kpi_findings'), { count: <b data-kpi="findings">{n(s.findings.total)}</b> })}</div>
        <div className="kpi">{withNodes(t('audit_kpi_severities'), {
          errors: <b data-kpi="errors">{n(s.findings.error)}</b>,
          warnings: <span data-kpi="warnings">{n(s.findings.warning)}</span>,
          infos: <span data-kpi="infos">{n(s.findings.info)}</span>,
        })}</div>
      </div>
      {!live && (
        <div className="charts">
          <Svg label={t('audit_chart_share_label')} svg={shareRing({ title: shareTitle, share: s.shareWithoutError, caption: t('audit_chart_share_caption'), percent: (x) => formatPercent(x, language), separator: words.separator })} />
          <Svg label={categoryTitle} svg={stackedBarChart({ title: categoryTitle, rows: categoryRows(s, (k) => categoryLabel(t, k)), words })} />
        </div>
      )}
      <table className="grid" data-table="categories">
        <caption>{t('audit_table_categories')}</caption>
        <thead><tr><th scope="col">{t('audit_col_category')}</th><th scope="col">{t('audit_col_errors')}</th><th scope="col">{t('audit_col_warnings')}</th><th scope="col">{t('audit_severity_infos')}</th><th scope="col">{t('audit_col_total')}</th></tr></thead>
        <tbody>
          {Object.entries(s.byCategory).map(([k, c]) => (
            <tr key={k} data-category={k} data-error={c!.error} data-warning={c!.warning} data-info={c!.info}>
              <th scope="row">{categoryLabel(t, k)}</th><td>{n(c!.error)}</td><td>{n(c!.warning)}</td><td>{n(c!.info)}</td><td>{n(c!.total)}</td>
            </tr>
          ))}
          {!Object.keys(s.byCategory).length && <tr><td colSpan={5}>{t('audit_no_findings')}</td></tr>}
        </tbody>
      </table>
      {!live && <Groups title="audit_by_author" name="audit_col_author" groups={s.byAuthor} chart="audit_chart_authors" />}
      {!live && <Groups title="audit_by_type" name="audit_col_type" groups={s.byType} chart="audit_chart_types" />}
    </section>
  );
}

function Groups({ title, name, groups, chart }: { title: MessageKey; name: MessageKey; groups: Record<string, GroupStats>; chart: MessageKey }) {
  const { t, n, pct, words } = useFormats();
  const entries = Object.entries(groups);
  if (!entries.length) return null;
  return (
    <details className="groups">
      <summary>{t('audit_group_count', { title: t(title), count: entries.length })}</summary>
      <Svg label={t(chart)} svg={stackedBarChart({ title: t(chart), rows: groupRows(groups), words })} />
      <div className="table-scroll">
        <table className="grid">
          <thead><tr><th scope="col">{t(name)}</th><th scope="col">{t('audit_col_reports')}</th><th scope="col">{t('audit_col_without_error')}</th><th scope="col">{t('audit_col_errors')}</th><th scope="col">{t('audit_col_warnings')}</th><th scope="col">{t('audit_severity_infos')}</th></tr></thead>
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
