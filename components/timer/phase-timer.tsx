/**
 * The phase timer display and controls. It shows a `TimerView` computed by the caller from stored
 * timestamps (lib/timer); it keeps no time of its own. Overrun is shown calmly: a sentence and a
 * muted colour, no sound, no blinking.
 */
import { formatDuration, type TimerView } from '../../lib/timer/machine.ts';
import { spokenDuration } from '../../lib/i18n/index.ts';
import { phaseLabel } from '../../lib/i18n/labels.ts';
import { Meter } from '../ui/meter.tsx';
import { useLanguage, useT } from '../ui/i18n.ts';

export interface PhaseTimerProps {
  view: TimerView;
  onStart(): void;
  onPause(): void;
  onReset(): void;
  /** shortcut shown to the user, as the browser names it ("Alt+Shift+T"; "Maj" is said in French) */
  shortcut?: string;
}

export function PhaseTimer({ view, onStart, onPause, onReset, shortcut }: PhaseTimerProps) {
  const t = useT();
  const language = useLanguage();
  const speak = (ms: number) => spokenDuration(ms, language);
  const running = view.status === 'running';
  const mainLabel = t(running ? 'common_timer_pause' : view.status === 'paused' ? 'common_timer_resume' : 'common_timer_start');
  const shown = shortcut && language === 'fr' ? shortcut.replace('Shift', 'Maj') : shortcut;
  return (
    <div className="timer">
      <p className="timer-now">
        <span className="timer-phase">{t('panel_timer_phase')} <strong data-testid="phase-courante">{phaseLabel(t, view.phase.id, view.phase.label)}</strong></span>
        <span className="timer-clock" aria-label={t('panel_timer_elapsed', { duration: speak(view.elapsedMs) })}>
          <span data-testid="temps-ecoule">{formatDuration(view.elapsedMs)}</span> / {formatDuration(view.totalMs)}
        </span>
      </p>
      <p className="timer-status" data-testid="etat-minuteur">
        {t(view.status === 'idle' ? 'common_timer_idle' : running ? 'panel_timer_running' : 'panel_timer_paused')}
        {view.status !== 'idle' && view.overrunMs === 0 ? ` · ${t('panel_timer_remaining', { duration: speak(view.remainingInPhaseMs) })}` : ''}
      </p>
      {view.overrunMs > 0 && (
        <p className="timer-overrun" data-testid="depassement">
          {t('panel_timer_overrun', { duration: speak(view.overrunMs) })}
        </p>
      )}
      <div className="timer-bars">
        {view.phases.map((p) => (
          <Meter
            key={p.id}
            label={phaseLabel(t, p.id, p.label)}
            value={p.spentMs}
            max={p.durationMs}
            text={`${formatDuration(p.spentMs)} / ${formatDuration(p.durationMs)}`}
            tone={p.spentMs > p.durationMs ? 'over' : p.state === 'done' ? 'done' : 'normal'}
          />
        ))}
      </div>
      <div className="timer-buttons">
        <button type="button" className="primary" onClick={running ? onPause : onStart} aria-keyshortcuts={shortcut}>
          {mainLabel}
        </button>{' '}
        <button type="button" onClick={onReset} disabled={view.status === 'idle'}>{t('panel_timer_reset')}</button>
      </div>
      {shown && <p className="hint">{t('panel_timer_shortcut', { shortcut: shown })}</p>}
    </div>
  );
}
