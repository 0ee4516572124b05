/**
 * The phase timer as a pure state machine (issue #3 §3). It stores timestamps, never a ticking
 * count: the elapsed time is recomputed from `startedAt` and `accumulatedMs` at every read, so it
 * stays right after the panel is closed, the service worker sleeps or the browser restarts.
 * Every function takes `now` (ms since epoch) from the caller: the clock is injected.
 *
 * @example
 *   let t = startTimer(IDLE_TIMER, Date.now());
 *   const view = timerView(t, phasesOf(conductor), Date.now()); // view.phase.label, view.overrunMs…
 *   t = pauseTimer(t, Date.now());
 */
import { z } from 'zod';

export type TimerStatus = 'idle' | 'running' | 'paused';

export const timerStateSchema = z.object({
  status: z.enum(['idle', 'running', 'paused']),
  /** start of the current running segment (running), null otherwise */
  startedAt: z.number().nullable(),
  /** when the timer was paused (paused), null otherwise */
  pausedAt: z.number().nullable(),
  /** time accumulated by the finished running segments */
  accumulatedMs: z.number().min(0),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const IDLE_TIMER: TimerState = Object.freeze({ status: 'idle', startedAt: null, pausedAt: null, accumulatedMs: 0 }) as TimerState;

export interface TimerPhase {
  id: string;
  label: string;
  durationMs: number;
  /** labels of the steps ("temps") of the phase, in order */
  steps: string[];
}

export function startTimer(s: TimerState, now: number): TimerState {
  if (s.status === 'running') return s;
  if (s.status === 'paused') return resumeTimer(s, now);
  return { status: 'running', startedAt: now, pausedAt: null, accumulatedMs: 0 };
}

export function pauseTimer(s: TimerState, now: number): TimerState {
  if (s.status !== 'running' || s.startedAt === null) return s;
  return { status: 'paused', startedAt: null, pausedAt: now, accumulatedMs: s.accumulatedMs + Math.max(0, now - s.startedAt) };
}

export function resumeTimer(s: TimerState, now: number): TimerState {
  if (s.status !== 'paused') return s;
  return { status: 'running', startedAt: now, pausedAt: null, accumulatedMs: s.accumulatedMs };
}

export function resetTimer(): TimerState {
  return { ...IDLE_TIMER };
}

/** Start, pause or resume: what the keyboard shortcut and the main button do. */
export function toggleTimer(s: TimerState, now: number): TimerState {
  return s.status === 'running' ? pauseTimer(s, now) : startTimer(s, now);
}

/** Elapsed interview time. A clock set back never gives a negative segment. */
export function elapsedMs(s: TimerState, now: number): number {
  if (s.status === 'running' && s.startedAt !== null) return s.accumulatedMs + Math.max(0, now - s.startedAt);
  return s.accumulatedMs;
}

export interface PhaseProgress {
  id: string;
  label: string;
  durationMs: number;
  /** time spent in this phase so far (the last phase also takes the overrun) */
  spentMs: number;
  /** 0..1, capped */
  ratio: number;
  state: 'todo' | 'current' | 'done';
}

export interface TimerView {
  status: TimerStatus;
  elapsedMs: number;
  totalMs: number;
  /** index of the current phase; the last phase once time is up */
  phaseIndex: number;
  phase: TimerPhase;
  /** current step label, spread evenly over the phase (indicative) */
  step: string | undefined;
  stepIndex: number;
  /** time left in the current phase (0 once over) */
  remainingInPhaseMs: number;
  /** time past the planned total (0 before) */
  overrunMs: number;
  phases: PhaseProgress[];
}

/** Where the interview stands at `now`. */
export function timerView(s: TimerState, phases: readonly TimerPhase[], now: number): TimerView {
  if (phases.length === 0) throw new Error('timerView: at least one phase is needed');
  const elapsed = elapsedMs(s, now);
  const totalMs = phases.reduce((a, p) => a + p.durationMs, 0);
  let phaseIndex = phases.length - 1;
  let phaseStart = totalMs - phases[phaseIndex].durationMs;
  let acc = 0;
  for (let i = 0; i < phases.length; i++) {
    if (elapsed < acc + phases[i].durationMs) { phaseIndex = i; phaseStart = acc; break; }
    acc += phases[i].durationMs;
  }
  const phase = phases[phaseIndex];
  const inPhase = elapsed - phaseStart;
  const stepCount = Math.max(1, phase.steps.length);
  const stepIndex = Math.min(stepCount - 1, Math.floor((inPhase / phase.durationMs) * stepCount));
  let start = 0;
  const progress: PhaseProgress[] = phases.map((p, i) => {
    const last = i === phases.length - 1;
    const spent = Math.max(0, last ? elapsed - start : Math.min(p.durationMs, elapsed - start));
    start += p.durationMs;
    return {
      id: p.id,
      label: p.label,
      durationMs: p.durationMs,
      spentMs: spent,
      ratio: Math.min(1, spent / p.durationMs),
      state: i < phaseIndex ? 'done' : i === phaseIndex && s.status !== 'idle' ? 'current' : 'todo',
    };
  });
  return {
    status: s.status,
    elapsedMs: elapsed,
    totalMs,
    phaseIndex,
    phase,
    step: phase.steps[stepIndex],
    stepIndex,
    remainingInPhaseMs: Math.max(0, phase.durationMs - inPhase),
    overrunMs: Math.max(0, elapsed - totalMs),
    phases: progress,
  };
}

/**
 * Absolute times at which the next phases begin (and the planned end), for `alarms`:
 * empty unless running. `index` is the phase that begins (phases.length = planned end).
 */
export function upcomingBoundaries(s: TimerState, phases: readonly TimerPhase[], now: number): Array<{ index: number; at: number }> {
  if (s.status !== 'running') return [];
  const elapsed = elapsedMs(s, now);
  const out: Array<{ index: number; at: number }> = [];
  let acc = 0;
  for (let i = 0; i < phases.length; i++) {
    acc += phases[i].durationMs;
    if (acc > elapsed) out.push({ index: i + 1, at: now + (acc - elapsed) });
  }
  return out;
}

/** Parse a stored timer; anything damaged becomes an idle timer (saved state is repaired on read). */
export function repairTimer(raw: unknown): TimerState {
  const r = timerStateSchema.safeParse(raw);
  if (!r.success) return resetTimer();
  const t = r.data;
  if (t.status === 'running' && t.startedAt === null) return resetTimer();
  return t;
}

/** "12:05", "1:02:03": minutes and seconds, hours only when needed. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

/** "12 min", "1 min 30 s": for screen readers and notifications. */
export function speakDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
