/**
 * Export buttons of an audit: CSV and JSON of the findings, SARIF, printable HTML (print to PDF).
 * The buttons follow the UI's language; the exported files are documents for the French
 * organisation and stay in French (issue #6 §4).
 */
import { useState } from 'react';
import { useT } from '../ui/i18n.ts';
import type { RuleDefinition } from '../../lib/lint/rule.ts';
import { exportParts, type AuditFormat } from '../../lib/audit/export.ts';
import type { LoadedAudit } from './audit-app.tsx';

const TYPES: Record<AuditFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  sarif: 'application/sarif+json',
  html: 'text/html;charset=utf-8',
};

/** Let the page breathe between slices of a long export. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function AuditExportBar({ audit, rules, download }: { audit: LoadedAudit; rules: readonly RuleDefinition[]; download(name: string, parts: string[], type: string): void }) {
  const t = useT();
  const [busy, setBusy] = useState<AuditFormat | null>(null);
  const labels: Record<AuditFormat, string> = { csv: 'CSV', json: 'JSON', sarif: 'SARIF', html: t('audit_export_html') };
  const stamp = audit.meta.createdAt.slice(0, 16).replace(/[:T]/g, '-');
  const save = async (format: AuditFormat) => {
    setBusy(format);
    try {
      // the BOM makes spreadsheets read the CSV as UTF-8
      const parts: string[] = [];
      let slice = performance.now();
      for (const part of exportParts(format, { meta: audit.meta, summary: audit.summary, reports: audit.results, rules }, { bom: format === 'csv' })) {
        if (part) parts.push(part);
        if (performance.now() - slice > 30) {
          await pause();
          slice = performance.now();
        }
      }
      download(`audit-cadre-${stamp}.${format}`, parts, TYPES[format]);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="exports" role="group" aria-label={t('audit_export')} aria-busy={busy !== null}>
      <span className="label">{t('audit_export_label')}</span>
      {(['csv', 'json', 'sarif', 'html'] as const).map((f) => (
        <button key={f} type="button" disabled={busy !== null} onClick={() => void save(f)}>{busy === f ? `${labels[f]}…` : labels[f]}</button>
      ))}
    </div>
  );
}
