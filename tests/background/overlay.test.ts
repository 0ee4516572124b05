import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, createInterviewRepository, type CadreDb } from '../../lib/db/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { createOverlayService } from '../../lib/background/overlay.ts';
import { createTabInterviews, interviewForPage } from '../../lib/background/tab-interviews.ts';
import type { Placement } from '../../lib/overlay/settings.ts';
import { cardClock } from '../../lib/overlay/clock.ts';
import { phasesOf, timerView, type TimerState } from '../../lib/timer/index.ts';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const opened: CadreDb[] = [];
afterEach(() => { for (const db of opened.splice(0)) db.close(); });

function setup(page: { caseId?: string; interviewType?: string; profileId?: string } | undefined, enabled = true) {
  const db = createDb('cadre-overlay-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const repo = createInterviewRepository(db);
  let now = T0;
  let placement: Placement | undefined;
  const changed: string[] = [];
  const tabs = createTabInterviews({ pageInfo: async () => page, salt: async () => 'sel-de-test' });
  const overlay = createOverlayService({
    repo,
    resolveTab: (id) => tabs.resolve(id),
    loadConductors: async () => DEFAULT_CONDUCTORS,
    loadSettings: async () => ({ enabled }),
    loadPlacement: async () => placement,
    savePlacement: async (p) => { placement = p; },
    changed: async (id) => { changed.push(id); },
    now: () => now,
  });
  return { overlay, repo, tabs, changed, advance: (ms: number) => { now += ms; } };
}

describe('page checklist card (background side)', () => {
  it('shows the detected conductor, keyed by the salted case hash, on a profiled page', async () => {
    const { overlay } = setup({ profileId: 'demo-cadre', interviewType: 'diagnostic', caseId: 'D-2041' });
    const s = await overlay.state(12);
    const key = (await interviewForPage(12, { caseId: 'D-2041' }, async () => 'sel-de-test')).interviewId;
    expect(s.interviewId).toBe(key);
    expect(s.interviewId).toMatch(/^dossier-[0-9a-f]{64}$/);
    expect(JSON.stringify(s)).not.toContain('D-2041');
    expect(s).toMatchObject({ show: true, libelle: 'Diagnostic', checked: [], timer: { status: 'idle' } });
    expect(s.phases.map((p) => p.label)).toEqual(['Introduction', 'Déroulement', 'Conclusion']);
    const diag = DEFAULT_CONDUCTORS.find((c) => c.id === 'diagnostic')!;
    expect(s.phases[0].items.map((i) => i.id)).toEqual(diag.phases[0].checklist.map((i) => i.id));
  });

  it('no card where no site profile matched, or when switched off', async () => {
    expect((await setup({}).overlay.state(1)).show).toBe(false);
    expect((await setup(undefined).overlay.state(1))).toMatchObject({ show: false, interviewId: 'onglet-1' });
    expect((await setup({ profileId: 'demo-cadre' }, false).overlay.state(1)).show).toBe(false);
  });

  it('ticks, starts and pauses the same record as the panel; refuses ids that are not items', async () => {
    const { overlay, repo, changed, advance } = setup({ profileId: 'demo-cadre', interviewType: 'premier-accueil' });
    const item = DEFAULT_CONDUCTORS.find((c) => c.id === 'premier-accueil')!.phases[0].checklist[0].id;
    let s = await overlay.act(3, { action: 'toggle', itemId: item });
    expect(s.checked).toEqual([item]);
    expect((await repo.get('onglet-3'))?.checked).toEqual([item]);
    s = await overlay.act(3, { action: 'toggle', itemId: 'texte libre de la page' });
    expect(s.checked).toEqual([item]);
    s = await overlay.act(3, { action: 'start' });
    advance(60_000);
    s = await overlay.act(3, { action: 'pause' });
    expect(s.timer).toMatchObject({ status: 'paused', accumulatedMs: 60_000 });
    expect(changed).toEqual(['onglet-3', 'onglet-3', 'onglet-3', 'onglet-3']);
    // the panel unticks: the card reads it
    await repo.update('onglet-3', T0, (r) => ({ ...r, checked: [] }));
    expect((await overlay.state(3)).checked).toEqual([]);
  });

  it('the conductor chosen in the panel wins over the detected one; without any, no items', async () => {
    const none = await setup({ profileId: 'demo-cadre' }).overlay.state(4);
    expect(none.libelle).toBeUndefined();
    expect(none.phases.every((p) => p.items.length === 0)).toBe(true);
    const { overlay, repo } = setup({ profileId: 'demo-cadre', interviewType: 'diagnostic' });
    expect((await overlay.state(4)).libelle).toBe('Diagnostic');
    await repo.update('onglet-4', T0, (r) => ({ ...r, conductorId: 'contractualisation' }));
    expect((await overlay.state(4)).libelle).toBe('Contractualisation');
  });

  it('remembers where the card was left', async () => {
    const { overlay } = setup({ profileId: 'demo-cadre' });
    const s = await overlay.act(1, { action: 'place', placement: { x: 40, y: 60, collapsed: true } });
    expect(s.placement).toEqual({ x: 40, y: 60, collapsed: true });
  });

  it('tab → interview bindings: the panel binds, a closed tab is forgotten', () => {
    const { tabs } = setup(undefined);
    tabs.bind(7, 'dossier-' + 'a'.repeat(64));
    expect(tabs.tabsOf('dossier-' + 'a'.repeat(64))).toEqual([7]);
    expect(tabs.tabsOf('onglet-9')).toEqual([9]);
    tabs.forget(7);
    expect(tabs.known(7)).toBe('onglet-7');
  });
});

describe("the card's clock", () => {
  it('agrees with the panel timer on random timers and instants', () => {
    const phases = phasesOf(DEFAULT_CONDUCTORS[1]);
    const timer = fc.oneof(
      fc.constant<TimerState>({ status: 'idle', startedAt: null, pausedAt: null, accumulatedMs: 0 }),
      fc.record({ startedAt: fc.integer({ min: T0, max: T0 + 3_600_000 }), accumulatedMs: fc.integer({ min: 0, max: 5_000_000 }) })
        .map((t): TimerState => ({ status: 'running', startedAt: t.startedAt, pausedAt: null, accumulatedMs: t.accumulatedMs })),
      fc.integer({ min: 0, max: 5_000_000 }).map((ms): TimerState => ({ status: 'paused', startedAt: null, pausedAt: T0, accumulatedMs: ms })),
    );
    fc.assert(fc.property(timer, fc.integer({ min: T0 - 1000, max: T0 + 7_200_000 }), (t, now) => {
      const a = cardClock(t, phases, now);
      const b = timerView(t, phases, now);
      expect(a).toEqual({ status: b.status, elapsedMs: b.elapsedMs, phaseIndex: b.phaseIndex, phase: b.phase, remainingInPhaseMs: b.remainingInPhaseMs, overrunMs: b.overrunMs });
    }), { numRuns: 500 });
  });
});
