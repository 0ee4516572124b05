/**
 * The checklist of a conductor, one fieldset per phase with its progress. Only item ids are
 * reported upward: no free text is stored from the checklist (issue #3 §2).
 */
import type { Conductor, PhaseId } from '../../lib/conductors/schema.ts';
import { phaseLabel } from '../../lib/i18n/labels.ts';
import { useT } from '../ui/i18n.ts';
import { checklistProgress } from '../../lib/conductors/checklist.ts';
import { Meter } from '../ui/meter.tsx';

export interface ChecklistProps {
  conductor: Conductor;
  checked: readonly string[];
  /** index of the phase the timer is in, highlighted */
  currentPhase?: number;
  onToggle(id: string): void;
  onReset(phaseId?: PhaseId): void;
}

export function Checklist({ conductor, checked, currentPhase, onToggle, onReset }: ChecklistProps) {
  const t = useT();
  const progress = checklistProgress(conductor, checked);
  const set = new Set(checked);
  return (
    <div className="checklist">
      {conductor.phases.map((phase, i) => {
        const p = progress[i];
        const label = phaseLabel(t, phase.id);
        return (
          <fieldset key={phase.id} className={i === currentPhase ? 'current' : undefined} aria-current={i === currentPhase ? 'step' : undefined}>
            <legend>{label}</legend>
            <Meter label={t('panel_checklist_progress', { phase: label.toLowerCase() })} value={p.done} max={p.total} text={t('panel_checklist_count', { done: p.done, total: p.total })} tone={p.done === p.total ? 'done' : 'normal'} />
            <ul>
              {phase.checklist.map((item) => {
                const inputId = `item-${item.id}`;
                return (
                  <li key={item.id}>
                    <input id={inputId} type="checkbox" checked={set.has(item.id)} onChange={() => onToggle(item.id)} />
                    <label htmlFor={inputId}>{item.libelle}</label>
                  </li>
                );
              })}
            </ul>
            <button type="button" className="link" onClick={() => onReset(phase.id)} disabled={p.done === 0}>
              {t('panel_checklist_uncheck_phase', { phase: label })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onReset()} disabled={checked.length === 0}>{t('panel_checklist_reset')}</button>
    </div>
  );
}
