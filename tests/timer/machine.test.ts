import { describe, expect, it } from 'vitest';
import {
  elapsedMs, formatDuration, IDLE_TIMER, pauseTimer, phasesOf, repairTimer, resetTimer, resumeTimer,
  speakDuration, startTimer, timerView, toggleTimer, upcomingBoundaries, type TimerState,
} from '../../lib/timer/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/index.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const phases = phasesOf(DEFAULT_CONDUCTORS[0]); // 10 / 25 / 10 min

/** A clock the test moves by hand. */
function clock(start = T0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('timer state machine', () => {
  it('is idle at first, in the introduction, with nothing spent', () => {
    const v = timerView(IDLE_TIMER, phases, T0);
    expect(v.status).toBe('idle');
    expect(v.phase.id).toBe('introduction');
    expect(v.elapsedMs).toBe(0);
    expect(v.phases.map((p) => p.state)).toEqual(['todo', 'todo', 'todo']);
  });

  it('walks through the three phases and their steps', () => {
    const c = clock();
    const t = startTimer(IDLE_TIMER, c.now());
    c.advance(4 * MIN);
    let v = timerView(t, phases, c.now());
    expect([v.phase.id, v.step, formatDuration(v.remainingInPhaseMs)]).toEqual(['introduction', 'Partage du cadre par la personne', '06:00']);
    c.advance(6 * MIN); // 10 min: déroulement begins
    v = timerView(t, phases, c.now());
    expect([v.phase.id, v.step]).toEqual(['deroulement', 'Mise en œuvre']);
    expect(v.phases.map((p) => p.state)).toEqual(['done', 'current', 'todo']);
    expect(v.phases[0].ratio).toBe(1);
    c.advance(20 * MIN); // 30 min
    v = timerView(t, phases, c.now());
    expect(v.step).toBe('Suivi du respect du cadre');
    expect(v.phases[1].ratio).toBeCloseTo(0.8);
    c.advance(10 * MIN); // 40 min
    v = timerView(t, phases, c.now());
    expect([v.phase.id, v.step, v.overrunMs]).toEqual(['conclusion', 'Projection : prochaines étapes', 0]);
  });

  it('shows the overrun past the planned total, staying in the conclusion', () => {
    const t = startTimer(IDLE_TIMER, T0);
    const v = timerView(t, phases, T0 + 52 * MIN);
    expect(v.phase.id).toBe('conclusion');
    expect(v.overrunMs).toBe(7 * MIN);
    expect(v.remainingInPhaseMs).toBe(0);
    expect(v.step).toBe('Formalisation des conclusions');
    expect(v.phases[2].spentMs).toBe(17 * MIN);
    expect(v.phases[2].ratio).toBe(1);
  });

  it('does not count paused time, and resumes where it stopped', () => {
    const c = clock();
    let t = startTimer(IDLE_TIMER, c.now());
    c.advance(8 * MIN);
    t = pauseTimer(t, c.now());
    expect(t.status).toBe('paused');
    c.advance(30 * MIN); // a long pause
    expect(elapsedMs(t, c.now())).toBe(8 * MIN);
    expect(timerView(t, phases, c.now()).phase.id).toBe('introduction');
    t = resumeTimer(t, c.now());
    c.advance(3 * MIN);
    const v = timerView(t, phases, c.now());
    expect(v.elapsedMs).toBe(11 * MIN);
    expect(v.phase.id).toBe('deroulement');
  });

  it('toggles start → pause → resume and resets to idle', () => {
    const c = clock();
    let t: TimerState = toggleTimer(IDLE_TIMER, c.now());
    expect(t.status).toBe('running');
    c.advance(MIN);
    t = toggleTimer(t, c.now());
    expect([t.status, t.accumulatedMs]).toEqual(['paused', MIN]);
    c.advance(MIN);
    t = toggleTimer(t, c.now());
    expect(t.status).toBe('running');
    c.advance(MIN);
    expect(elapsedMs(t, c.now())).toBe(2 * MIN);
    expect(startTimer(t, c.now())).toBe(t); // already running: unchanged
    expect(resetTimer()).toEqual(IDLE_TIMER);
  });

  it('restarts from the stored state (panel closed, service worker asleep, browser restarted)', () => {
    const t = startTimer(IDLE_TIMER, T0);
    const stored = JSON.parse(JSON.stringify(t)) as unknown; // what IndexedDB gives back
    const restored = repairTimer(stored);
    const v = timerView(restored, phases, T0 + 12 * MIN + 30_000);
    expect(v.elapsedMs).toBe(12 * MIN + 30_000);
    expect(v.phase.id).toBe('deroulement');
    const paused = repairTimer(JSON.parse(JSON.stringify(pauseTimer(t, T0 + 5 * MIN))));
    expect(timerView(paused, phases, T0 + 90 * MIN).elapsedMs).toBe(5 * MIN);
  });

  it('repairs damaged stored state to idle and never goes negative when the clock goes back', () => {
    expect(repairTimer({ status: 'running', startedAt: null, pausedAt: null, accumulatedMs: 0 })).toEqual(IDLE_TIMER);
    expect(repairTimer({ status: 'flying' })).toEqual(IDLE_TIMER);
    expect(repairTimer(undefined)).toEqual(IDLE_TIMER);
    const t = startTimer(IDLE_TIMER, T0);
    expect(elapsedMs(t, T0 - 5 * MIN)).toBe(0);
  });

  it('gives the phase boundaries to schedule alarms, only while running', () => {
    const t = startTimer(IDLE_TIMER, T0);
    expect(upcomingBoundaries(t, phases, T0 + 12 * MIN)).toEqual([
      { index: 2, at: T0 + 35 * MIN },
      { index: 3, at: T0 + 45 * MIN },
    ]);
    expect(upcomingBoundaries(pauseTimer(t, T0 + MIN), phases, T0 + 2 * MIN)).toEqual([]);
    const resumed = resumeTimer(pauseTimer(t, T0 + MIN), T0 + 11 * MIN); // 10 min paused
    expect(upcomingBoundaries(resumed, phases, T0 + 11 * MIN)[0]).toEqual({ index: 1, at: T0 + 20 * MIN });
  });

  it('follows durations overridden per conductor', () => {
    const custom = phases.map((p, i) => (i === 1 ? { ...p, durationMs: 40 * MIN } : p));
    const t = startTimer(IDLE_TIMER, T0);
    expect(timerView(t, custom, T0 + 45 * MIN).phase.id).toBe('deroulement');
    expect(timerView(t, phases, T0 + 45 * MIN).phase.id).toBe('conclusion');
  });

  it('formats durations for the eye and for the ear', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_000)).toBe('01:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(speakDuration(90_000)).toBe('1 min 30 s');
    expect(speakDuration(10 * MIN)).toBe('10 min');
    expect(speakDuration(4_000)).toBe('4 s');
  });
});
