/**
 * Where the interview stands, for the page's checklist card: the same arithmetic as `timerView`
 * (lib/timer/machine.ts), restated here because that module builds its zod schema when loaded,
 * and zod must stay out of the content script (its size is budgeted; issue #4 §7).
 * tests/background/overlay-clock.test.ts checks both agree on random timers.
 *
 * @example
 *   const c = cardClock(state.timer, state.phases, Date.now()); // { phaseIndex: 1, remainingInPhaseMs: … }
 */
import type { TimerPhase, TimerState, TimerStatus } from '../timer/machine.ts';

export interface CardClock {
  status: TimerStatus;
  elapsedMs: number;
  phaseIndex: number;
  phase: TimerPhase;
  remainingInPhaseMs: number;
  overrunMs: number;
}

export function cardClock(s: TimerState, phases: readonly TimerPhase[], now: number): CardClock {
  const elapsed = s.status === 'running' && s.startedAt !== null ? s.accumulatedMs + Math.max(0, now - s.startedAt) : s.accumulatedMs;
  const total = phases.reduce((a, p) => a + p.durationMs, 0);
  let phaseIndex = phases.length - 1;
  let phaseStart = total - phases[phaseIndex].durationMs;
  for (let i = 0, acc = 0; i < phases.length; acc += phases[i].durationMs, i++) {
    if (elapsed < acc + phases[i].durationMs) { phaseIndex = i; phaseStart = acc; break; }
  }
  const phase = phases[phaseIndex];
  return {
    status: s.status,
    elapsedMs: elapsed,
    phaseIndex,
    phase,
    remainingInPhaseMs: Math.max(0, phase.durationMs - (elapsed - phaseStart)),
    overrunMs: Math.max(0, elapsed - total),
  };
}
