/**
 * The background side of the page's checklist card (issue #4 §4): it reads and changes the same
 * interview record as the panel (IndexedDB lives here, not in the host page), so that ticking an
 * item in one shows in the other. The card only ever receives the conductor's own labels, item ids
 * and the timer's timestamps; nothing typed by the user goes through.
 *
 * @example
 *   const overlay = createOverlayService({ repo, tabs, loadConductors, loadSettings, … });
 *   const state = await overlay.state(tabId);
 *   await overlay.act(tabId, { action: 'toggle', itemId: 'accueil' });
 */
import type { Conductor } from '../conductors/schema.ts';
import { toggleItem } from '../conductors/checklist.ts';
import type { InterviewRecord, InterviewRepository } from '../db/index.ts';
import { emptyInterview } from '../db/interviews.ts';
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts';
import { phasesOf } from '../timer/conductor-phases.ts';
import { pauseTimer, resetTimer, startTimer } from '../timer/machine.ts';
import type { OverlaySettings, Placement } from '../overlay/settings.ts';
import type { TabInterview } from './tab-interviews.ts';

export type OverlayState = ResponseOf<'toBackgroundOverlayState'>;
export type OverlayAction = RequestOf<'toBackgroundOverlayAction'>;

export interface OverlayDeps {
  repo: InterviewRepository;
  resolveTab(tabId: number): Promise<TabInterview>;
  loadConductors(): Promise<Conductor[]>;
  loadSettings(): Promise<OverlaySettings>;
  loadPlacement(): Promise<Placement | undefined>;
  savePlacement(p: Placement): Promise<void>;
  /** an interview changed from the card: reschedule its alarms, refresh the other cards */
  changed(interviewId: string, tabId: number): Promise<void>;
  now(): number;
}

/** The card's view of an interview: the conductor chosen in the panel, else the one detected on the page. */
export function overlayView(rec: InterviewRecord, tab: TabInterview, conductors: readonly Conductor[], show: boolean, placement?: Placement): OverlayState {
  const conductor = conductors.find((c) => c.id === (rec.conductorId ?? tab.detectedType));
  // the timer runs on the generic conductor's phases until a type is chosen, as in the panel
  const timing = conductor ?? conductors.find((c) => c.id === 'suivi') ?? conductors[0];
  const phases = phasesOf(timing).map((p, i) => ({ ...p, items: conductor ? conductor.phases[i].checklist.map(({ id, libelle }) => ({ id, libelle })) : [] }));
  return {
    show,
    interviewId: rec.id,
    ...(conductor ? { libelle: conductor.libelle } : {}),
    phases,
    checked: rec.checked,
    timer: rec.timer,
    ...(placement ? { placement } : {}),
  };
}

export function createOverlayService(deps: OverlayDeps) {
  async function view(tabId: number, tab: TabInterview, rec?: InterviewRecord): Promise<OverlayState> {
    const [settings, conductors, placement] = await Promise.all([deps.loadSettings(), deps.loadConductors(), deps.loadPlacement()]);
    const record = rec ?? (await deps.repo.get(tab.interviewId)) ?? emptyInterview(tab.interviewId, deps.now());
    // the card belongs to the case-management app's pages (a site profile matched), not to every
    // site where Cadre reviews text
    return overlayView(record, tab, conductors, settings.enabled && tab.profileId !== undefined, placement);
  }

  return {
    async state(tabId: number): Promise<OverlayState> {
      return view(tabId, await deps.resolveTab(tabId));
    },

    async act(tabId: number, a: OverlayAction): Promise<OverlayState> {
      const tab = await deps.resolveTab(tabId);
      if (a.action === 'place') {
        await deps.savePlacement(a.placement);
        return view(tabId, tab);
      }
      const now = deps.now();
      const conductors = await deps.loadConductors();
      const rec = await deps.repo.update(tab.interviewId, now, (r) => {
        switch (a.action) {
          case 'toggle': {
            const conductor = conductors.find((c) => c.id === (r.conductorId ?? tab.detectedType));
            // only the conductor's own item ids are stored (no free text from the page)
            const known = conductor?.phases.some((p) => p.checklist.some((i) => i.id === a.itemId));
            return known ? { ...r, checked: toggleItem(r.checked, a.itemId) } : r;
          }
          case 'start': return { ...r, timer: startTimer(r.timer, now) };
          case 'pause': return { ...r, timer: pauseTimer(r.timer, now) };
          case 'reset': return { ...r, timer: resetTimer() };
        }
      });
      await deps.changed(tab.interviewId, tabId);
      return view(tabId, tab, rec);
    },
  };
}
