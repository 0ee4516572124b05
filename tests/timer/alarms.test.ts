import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, createInterviewRepository } from '../../lib/db/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/index.ts';
import {
  createTimerAlarms, parsePhaseAlarm, phaseAlarmName, phaseNotification, phasesOf, startTimer, IDLE_TIMER,
} from '../../lib/timer/index.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);

/** The background's world, faked: browser alarms, notifications, a clock, IndexedDB. */
function world(settings: Settings = { ...DEFAULT_SETTINGS }) {
  let now = T0;
  const alarms = new Map<string, number>();
  const notes: Array<{ id: string; title: string; message: string }> = [];
  const repo = createInterviewRepository(createDb('alarms-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  const svc = createTimerAlarms({
    alarms: {
      create: (name, info) => { alarms.set(name, info.when ?? 0); },
      clear: (name) => { alarms.delete(name); },
      getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
    },
    notify: (id, title, message) => { notes.push({ id, title, message }); },
    repo,
    loadSettings: async () => settings,
    loadConductors: async () => DEFAULT_CONDUCTORS,
    now: () => now,
  });
  /** fire the alarms that are due, as the browser would (the panel plays no part) */
  async function advance(ms: number) {
    now += ms;
    for (const [name, when] of [...alarms]) {
      if (when <= now) { alarms.delete(name); await svc.onAlarm(name); }
    }
  }
  return { svc, repo, alarms, notes, advance, settings, now: () => now };
}

describe('phase alarms and notifications (background)', () => {
  it('schedules one alarm per phase change when the timer starts from the shortcut', async () => {
    const w = world();
    await w.repo.update('onglet-3', T0, (r) => ({ ...r, conductorId: 'premier-accueil' }));
    const rec = await w.svc.toggle('onglet-3');
    expect(rec.timer.status).toBe('running');
    expect([...w.alarms]).toEqual([
      [phaseAlarmName('onglet-3', 1), T0 + 10 * MIN],
      [phaseAlarmName('onglet-3', 2), T0 + 35 * MIN],
      [phaseAlarmName('onglet-3', 3), T0 + 45 * MIN],
    ]);
  });

  it('notifies each phase change with the panel closed, calmly, and the planned end', async () => {
    const w = world();
    await w.repo.update('onglet-3', T0, (r) => ({ ...r, conductorId: 'diagnostic' }));
    await w.svc.toggle('onglet-3');
    await w.advance(10 * MIN);
    await w.advance(25 * MIN);
    await w.advance(10 * MIN);
    expect(w.notes.map((n) => n.title)).toEqual(['Phase suivante : Déroulement', 'Phase suivante : Conclusion', 'Durée prévue atteinte']);
    expect(w.notes[0].message).toBe('25 min prévues. Mise en œuvre · Suivi du respect du cadre');
    expect(w.notes[2].message).toBe('Les 45 min prévues sont écoulées. Prenez le temps de conclure.');
  });

  it('stays silent when notifications are off in the settings', async () => {
    const w = world({ ...DEFAULT_SETTINGS, notifications: false });
    await w.svc.toggle('onglet-4');
    await w.advance(11 * MIN);
    expect(w.notes).toEqual([]);
  });

  it('clears the alarms on pause and reschedules them, shifted, on resume', async () => {
    const w = world();
    await w.svc.toggle('onglet-5'); // start
    await w.advance(5 * MIN);
    await w.svc.toggle('onglet-5'); // pause
    expect(w.alarms.size).toBe(0);
    await w.advance(20 * MIN);
    expect(w.notes).toEqual([]);
    await w.svc.toggle('onglet-5'); // resume at 25 min wall time, 5 min elapsed
    expect(w.alarms.get(phaseAlarmName('onglet-5', 1))).toBe(T0 + 30 * MIN);
  });

  it('ignores an alarm whose timer was paused meanwhile, or which fires early', async () => {
    const w = world();
    await w.repo.update('onglet-6', T0, (r) => ({ ...r, timer: startTimer(IDLE_TIMER, T0) }));
    expect(await w.svc.onAlarm(phaseAlarmName('onglet-6', 1))).toBe(false); // 0 min elapsed: too early
    await w.advance(10 * MIN);
    expect(await w.svc.onAlarm(phaseAlarmName('onglet-6', 1))).toBe(true);
    await w.svc.toggle('onglet-6'); // pause
    expect(await w.svc.onAlarm(phaseAlarmName('onglet-6', 2))).toBe(false);
    expect(await w.svc.onAlarm('autre-alarme')).toBe(false);
  });

  it('reschedules every running interview after a browser restart', async () => {
    const w = world();
    await w.repo.update('onglet-7', T0, (r) => ({ ...r, timer: startTimer(IDLE_TIMER, T0 - 12 * MIN) }));
    await w.repo.update('onglet-8', T0, (r) => r); // idle
    await w.svc.rescheduleAll();
    expect([...w.alarms.keys()]).toEqual([phaseAlarmName('onglet-7', 2), phaseAlarmName('onglet-7', 3)]);
    expect(w.alarms.get(phaseAlarmName('onglet-7', 2))).toBe(T0 + 23 * MIN);
  });

  it('names alarms so that they can be parsed back', () => {
    expect(parsePhaseAlarm(phaseAlarmName('dossier-' + 'a'.repeat(64), 2))).toEqual({ interviewId: 'dossier-' + 'a'.repeat(64), phaseIndex: 2 });
    expect(parsePhaseAlarm('cadre-purge')).toBeUndefined();
    expect(phaseNotification(phasesOf(DEFAULT_CONDUCTORS[0]), 0).title).toBe('Phase suivante : Introduction');
  });
});
