import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  createDb, createInterviewRepository, createSalt, hashCaseId, interviewKeyForCase, interviewKeyForTab, type CadreDb,
} from '../../lib/db/index.ts';
import { startTimer, IDLE_TIMER, timerView, phasesOf } from '../../lib/timer/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const opened: CadreDb[] = [];

/** A fresh fake IndexedDB per test; `open` again on the same factory = a reopened panel. */
function fakeIdb() {
  const indexedDB = new IDBFactory();
  return () => {
    const db = createDb('cadre-test', { indexedDB, IDBKeyRange });
    opened.push(db);
    return createInterviewRepository(db);
  };
}

afterEach(() => { for (const db of opened.splice(0)) db.close(); });

describe('interview repository (Dexie over fake-indexeddb)', () => {
  it('saves and reloads an interview from a new connection', async () => {
    const open = fakeIdb();
    const repo = open();
    const timer = startTimer(IDLE_TIMER, T0);
    await repo.update('onglet-7', T0, (r) => ({ ...r, conductorId: 'diagnostic', checked: ['accueil', 'parcours'], timer }));
    const reopened = open();
    const rec = await reopened.get('onglet-7');
    expect(rec).toMatchObject({ id: 'onglet-7', conductorId: 'diagnostic', checked: ['accueil', 'parcours'], timer, updatedAt: T0 });
    // the running time is recomputed from the stored timestamps
    expect(timerView(rec!.timer, phasesOf(DEFAULT_CONDUCTORS[1]), T0 + 11 * 60_000).phase.id).toBe('deroulement');
  });

  it('gives a fresh, unsaved interview for an unknown id', async () => {
    const repo = fakeIdb()();
    const rec = await repo.load('onglet-1', T0);
    expect(rec).toEqual({ id: 'onglet-1', conductorId: null, checked: [], timer: IDLE_TIMER, createdAt: T0, updatedAt: T0 });
    expect(await repo.all()).toEqual([]);
  });

  it('applies concurrent updates one after the other', async () => {
    const repo = fakeIdb()();
    await Promise.all(['a', 'b', 'c'].map((id) => repo.update('onglet-2', T0, (r) => ({ ...r, checked: [...r.checked, id] }))));
    expect((await repo.get('onglet-2'))?.checked.sort()).toEqual(['a', 'b', 'c']);
  });

  it('purges interviews not touched for the retention period, keeps the others', async () => {
    const repo = fakeIdb()();
    await repo.update('onglet-old', T0 - 31 * DAY, (r) => r);
    await repo.update('onglet-edge', T0 - 30 * DAY + 1, (r) => r);
    await repo.update('onglet-new', T0 - DAY, (r) => r);
    expect(await repo.purgeOlderThan(T0, 30)).toBe(1);
    expect((await repo.all()).map((r) => r.id).sort()).toEqual(['onglet-edge', 'onglet-new']);
    expect(await repo.purgeOlderThan(T0, 7)).toBe(1);
    expect((await repo.all()).map((r) => r.id)).toEqual(['onglet-new']);
  });

  it('clears everything', async () => {
    const repo = fakeIdb()();
    await repo.update('onglet-1', T0, (r) => r);
    await repo.update('onglet-2', T0, (r) => r);
    await repo.clearAll();
    expect(await repo.all()).toEqual([]);
  });

  it('repairs damaged records on read', async () => {
    const indexedDB = new IDBFactory();
    const db = createDb('cadre-test', { indexedDB, IDBKeyRange });
    opened.push(db);
    await db.interviews.put({ id: 'onglet-9', conductorId: 42, checked: 'accueil', timer: { status: 'running' }, createdAt: T0, updatedAt: T0 } as never);
    const rec = await createInterviewRepository(db).get('onglet-9');
    expect(rec).toEqual({ id: 'onglet-9', conductorId: null, checked: [], timer: IDLE_TIMER, createdAt: T0, updatedAt: T0 });
  });
});

describe('case id hashing', () => {
  it('keeps only a salted SHA-256 of the case id', async () => {
    const salt = createSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(createSalt()).not.toBe(salt);
    const h = await hashCaseId('D-2041', salt);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain('2041');
    expect(await hashCaseId(' d-2041', salt)).toBe(h);
    expect(await hashCaseId('D-2042', salt)).not.toBe(h);
    expect(await hashCaseId('D-2041', createSalt())).not.toBe(h);
    await expect(hashCaseId('D-2041', '')).rejects.toThrow();
    expect(interviewKeyForCase(h)).toBe(`dossier-${h}`);
    expect(interviewKeyForTab(12)).toBe('onglet-12');
  });
});
