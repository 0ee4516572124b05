/** Export buttons of an audit: CSV and JSON of the findings, SARIF, printable HTML (print to PDF). */
import type { RuleDefinition } from '../../lib/lint/rule.ts';
import { exportAudit, type AuditFormat } from '../../lib/audit/export.ts';
import type { LoadedAudit } from './audit-app.tsx';

const TYPES: Record<AuditFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  sarif: 'application/sarif+json',
  html: 'text/html;charset=utf-8',
};
const LABELS: Record<AuditFormat, string> = { csv: 'CSV', json: 'JSON', sarif: 'SARIF', html: 'Rapport imprimable (HTML)' };

export function AuditExportBar({ audit, rules, download }: { audit: LoadedAudit; rules: readonly RuleDefinition[]; download(name: string, content: string, type: string): void }) {
  const stamp = audit.meta.createdAt.slice(0, 16).replace(/[:T]/g, '-');
  const save = (format: AuditFormat) => {
    // the BOM makes spreadsheets read the CSV as UTF-8
    const content = exportAudit(format, { meta: audit.meta, summary: audit.summary, reports: audit.results, rules }, { bom: format === 'csv' });
    download(`audit-cadre-${stamp}.${format === 'sarif' ? 'sarif' : format}`, content, TYPES[format]);
  };
  return (
    <div className="exports" role="group" aria-label="Exporter">
      <span className="label">Exporter :</span>
      {(['csv', 'json', 'sarif', 'html'] as const).map((f) => (
        <button key={f} type="button" onClick={() => save(f)}>{LABELS[f]}</button>
      ))}
    </div>
  );
}
