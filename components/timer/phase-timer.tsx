/**
 * The phase timer display and controls. It shows a `TimerView` computed by the caller from stored
 * timestamps (lib/timer); it keeps no time of its own. Overrun is shown calmly: a sentence and a
 * muted colour, no sound, no blinking.
 */
import { formatDuration, speakDuration, type TimerView } from '../../lib/timer/machine.ts';
import { Meter } from '../ui/meter.tsx';

export interface PhaseTimerProps {
  view: TimerView;
  onStart(): void;
  onPause(): void;
  onReset(): void;
  /** shortcut shown to the user ("Alt+Maj+T") */
  shortcut?: string;
}

export function PhaseTimer({ view, onStart, onPause, onReset, shortcut }: PhaseTimerProps) {
  const running = view.status === 'running';
  const mainLabel = running ? 'Mettre en pause' : view.status === 'paused' ? 'Reprendre' : 'Démarrer';
  return (
    <div className="timer">
      <p className="timer-now">
        <span className="timer-phase">Phase : <strong data-testid="phase-courante">{view.phase.label}</strong></span>
        <span className="timer-clock" aria-label={`Temps écoulé : ${speakDuration(view.elapsedMs)}`}>
          <span data-testid="temps-ecoule">{formatDuration(view.elapsedMs)}</span> / {formatDuration(view.totalMs)}
        </span>
      </p>
      <p className="timer-status" data-testid="etat-minuteur">
        {view.status === 'idle' ? 'Minuteur arrêté' : running ? 'En cours' : 'En pause'}
        {view.status !== 'idle' && view.overrunMs === 0 ? ` · reste ${speakDuration(view.remainingInPhaseMs)} dans cette phase` : ''}
      </p>
      {view.overrunMs > 0 && (
        <p className="timer-overrun" data-testid="depassement">
          Durée prévue dépassée de {speakDuration(view.overrunMs)}. Prenez le temps de conclure.
        </p>
      )}
      <div className="timer-bars">
        {view.phases.map((p) => (
          <Meter
            key={p.id}
            label={p.label}
            value={p.spentMs}
            max={p.durationMs}
            text={`${formatDuration(p.spentMs)} / ${formatDuration(p.durationMs)}`}
            tone={p.spentMs > p.durationMs ? 'over' : p.state === 'done' ? 'done' : 'normal'}
          />
        ))}
      </div>
      <div className="timer-buttons">
        <button type="button" className="primary" onClick={running ? onPause : onStart} aria-keyshortcuts={shortcut ? shortcut.replace('Maj', 'Shift') : undefined}>
          {mainLabel}
        </button>{' '}
        <button type="button" onClick={onReset} disabled={view.status === 'idle'}>Réinitialiser le minuteur</button>
      </div>
      {shortcut && <p className="hint">Raccourci clavier : {shortcut}</p>}
    </div>
  );
}
