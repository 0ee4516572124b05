/**
 * Phase-change notifications and the start/pause shortcut, as background logic with injected
 * browser APIs (issue #3 §3). Alarms carry the interview and the phase that begins; they live in
 * the browser, so they fire with the panel closed and wake the service worker. On firing, the
 * stored timer is checked again: a timer paused or reset since then notifies nothing.
 *
 * @example
 *   const svc = createTimerAlarms({ alarms: browser.alarms, notify, repo, loadSettings, loadConductors, now: Date.now });
 *   browser.alarms.onAlarm.addListener((a) => void svc.onAlarm(a.name));
 */
import type { InterviewRecord, InterviewRepository } from '../db/index.ts';
import type { Conductor } from '../conductors/schema.ts';
import type { Settings } from '../settings/index.ts';
import { phasesOf } from './conductor-phases.ts';
import { timerView, toggleTimer, upcomingBoundaries, type TimerPhase } from './machine.ts';
import { spokenDuration, translatorFor, type Language } from '../i18n/index.ts';
import { phaseLabel } from '../i18n/labels.ts';

export const PHASE_ALARM_PREFIX = 'cadre-phase|';
export const PURGE_ALARM = 'cadre-purge';

export interface AlarmsApi {
  create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | void;
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
}

export interface TimerAlarmDeps {
  alarms: AlarmsApi;
  notify(id: string, title: string, message: string): Promise<void> | void;
  repo: InterviewRepository;
  loadSettings(): Promise<Settings>;
  loadConductors(): Promise<Conductor[]>;
  /** the notifications' language (issue #6 §4; French by default) */
  /** or a function read at each use (the browser's UI language, asked when needed) */
  language?: Language | (() => Language);
  now(): number;
}

export function phaseAlarmName(interviewId: string, phaseIndex: number): string {
  return `${PHASE_ALARM_PREFIX}${interviewId}|${phaseIndex}`;
}

export function parsePhaseAlarm(name: string): { interviewId: string; phaseIndex: number } | undefined {
  if (!name.startsWith(PHASE_ALARM_PREFIX)) return undefined;
  const [interviewId, index] = name.slice(PHASE_ALARM_PREFIX.length).split('|');
  const phaseIndex = Number(index);
  return interviewId && Number.isInteger(phaseIndex) ? { interviewId, phaseIndex } : undefined;
}

/**
 * Text of the notification for the phase that begins (or the planned end), in the UI's language
 * (issue #6 §4; French by default). The steps are the method's own words: French.
 */
export function phaseNotification(phases: readonly TimerPhase[], phaseIndex: number, language: Language = 'fr'): { title: string; message: string } {
  const t = translatorFor(language);
  const total = phases.reduce((a, p) => a + p.durationMs, 0);
  if (phaseIndex >= phases.length) {
    return { title: t('common_notify_end_title'), message: t('common_notify_end', { duration: spokenDuration(total, language) }) };
  }
  const p = phases[phaseIndex];
  return {
    title: t('common_notify_phase_title', { phase: phaseLabel(t, p.id, p.label) }),
    message: t('common_notify_phase', { duration: spokenDuration(p.durationMs, language), steps: p.steps.join(' · ') }),
  };
}

export function createTimerAlarms(deps: TimerAlarmDeps) {
  async function phasesFor(rec: InterviewRecord): Promise<TimerPhase[]> {
    const list = await deps.loadConductors();
    const c = list.find((x) => x.id === rec.conductorId) ?? list.find((x) => x.id === 'suivi') ?? list[0];
    return phasesOf(c);
  }

  /** Replace the alarms of one interview by those of its upcoming phase changes. */
  async function reschedule(rec: InterviewRecord): Promise<void> {
    const prefix = `${PHASE_ALARM_PREFIX}${rec.id}|`;
    for (const a of await deps.alarms.getAll()) if (a.name.startsWith(prefix)) await deps.alarms.clear(a.name);
    const now = deps.now();
    for (const b of upcomingBoundaries(rec.timer, await phasesFor(rec), now)) {
      await deps.alarms.create(phaseAlarmName(rec.id, b.index), { when: b.at });
    }
  }

  return {
    reschedule,

    async rescheduleById(interviewId: string): Promise<void> {
      const rec = await deps.repo.get(interviewId);
      if (rec) await reschedule(rec);
      else for (const a of await deps.alarms.getAll()) if (a.name.startsWith(`${PHASE_ALARM_PREFIX}${interviewId}|`)) await deps.alarms.clear(a.name);
    },

    /** After a browser restart: alarms of every running interview. */
    async rescheduleAll(): Promise<void> {
      for (const rec of await deps.repo.all()) if (rec.timer.status === 'running') await reschedule(rec);
    },

    /** Start or pause the timer of an interview (keyboard shortcut); returns the new status. */
    async toggle(interviewId: string): Promise<InterviewRecord> {
      const now = deps.now();
      const rec = await deps.repo.update(interviewId, now, (r) => ({ ...r, timer: toggleTimer(r.timer, now) }));
      await reschedule(rec);
      return rec;
    },

    /** Returns true when a notification was shown. */
    async onAlarm(name: string): Promise<boolean> {
      const parsed = parsePhaseAlarm(name);
      if (!parsed) return false;
      const rec = await deps.repo.get(parsed.interviewId);
      if (!rec || rec.timer.status !== 'running') return false;
      const phases = await phasesFor(rec);
      const view = timerView(rec.timer, phases, deps.now());
      // the phase must really have begun (alarms may fire a little early or after a pause/resume)
      const begun = parsed.phaseIndex >= phases.length ? view.overrunMs > 0 || view.elapsedMs >= view.totalMs : view.phaseIndex >= parsed.phaseIndex;
      if (!begun) return false;
      if (!(await deps.loadSettings()).notifications) return false;
      const { title, message } = phaseNotification(phases, parsed.phaseIndex, typeof deps.language === 'function' ? deps.language() : deps.language);
      await deps.notify(name, title, message);
      return true;
    },
  };
}
