/** Progress of a running audit: bar, reports audited, rate, time left, and "Annuler". */
import { formatDuration, progressFigures } from '../../lib/audit/view.ts';
import type { RunState } from './audit-app.tsx';
import { formatNumber } from '../../lib/i18n/index.ts';
import { useLanguage, useT, withNodes } from '../ui/i18n.ts';

export function AuditProgressPanel({ run, onCancel }: { run: RunState; onCancel(): void }) {
  const t = useT();
  const language = useLanguage();
  const p = progressFigures(run);
  const pct = Math.floor(p.fraction * 100);
  const n = (x: number) => formatNumber(Math.round(x), language);
  return (
    <section aria-labelledby="progress-title" className="progress" data-state="running">
      <h2 id="progress-title">{t('audit_running')}</h2>
      <progress max={100} value={pct} aria-label={t('audit_progress_label', { percent: pct })} />
      <p className="progress-figures">
        {withNodes(t('audit_progress_figures'), {
          percent: <span data-testid="progress-percent">{t('audit_percent', { percent: pct })}</span>,
          reports: <span data-testid="progress-reports">{n(run.reports)}</span>,
          rate: <span data-testid="progress-rate">{n(p.rate)}</span>,
          left: <span data-testid="progress-left">{formatDuration(p.leftMs)}</span>,
        })}
      </p>
      <button type="button" className="danger" onClick={onCancel}>{t('common_cancel')}</button>
    </section>
  );
}
