/** Progress of a running audit: bar, reports audited, rate, time left, and "Annuler". */
import { formatDuration, progressFigures } from '../../lib/audit/view.ts';
import type { RunState } from './audit-app.tsx';

export function AuditProgressPanel({ run, onCancel }: { run: RunState; onCancel(): void }) {
  const p = progressFigures(run);
  const pct = Math.floor(p.fraction * 100);
  const n = (x: number) => Math.round(x).toLocaleString('fr-FR');
  return (
    <section aria-labelledby="progress-title" className="progress" data-state="running">
      <h2 id="progress-title">Audit en cours</h2>
      <progress max={100} value={pct} aria-label={`Avancement : ${pct} %`} />
      <p className="progress-figures">
        <span data-testid="progress-percent">{pct} %</span> · <span data-testid="progress-reports">{n(run.reports)}</span> comptes rendus ·{' '}
        <span data-testid="progress-rate">{n(p.rate)}</span> CR/s · temps restant <span data-testid="progress-left">{formatDuration(p.leftMs)}</span>
      </p>
      <button type="button" className="danger" onClick={onCancel}>Annuler</button>
    </section>
  );
}
