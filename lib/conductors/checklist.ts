/**
 * Checklist state as a set of ticked item ids (never free text, issue #3 §2), and progress per
 * phase. Pure helpers shared by the panel and its tests.
 *
 * @example
 *   const checked = toggleItem([], 'accueil');          // ['accueil']
 *   checklistProgress(conductor, checked)[0];            // { phaseId: 'introduction', done: 1, total: 3 }
 */
import type { Conductor, PhaseId } from './schema.ts';

export function toggleItem(checked: readonly string[], id: string): string[] {
  return checked.includes(id) ? checked.filter((x) => x !== id) : [...checked, id];
}

/** Untick every item of one phase, or of all phases when `phaseId` is omitted. */
export function resetChecklist(conductor: Conductor, checked: readonly string[], phaseId?: PhaseId): string[] {
  const drop = new Set(conductor.phases.filter((p) => !phaseId || p.id === phaseId).flatMap((p) => p.checklist.map((i) => i.id)));
  return checked.filter((id) => !drop.has(id));
}

export interface PhaseChecklistProgress {
  phaseId: PhaseId;
  done: number;
  total: number;
}

/** Ticked items per phase; ids of another conductor (type changed) are not counted. */
export function checklistProgress(conductor: Conductor, checked: readonly string[]): PhaseChecklistProgress[] {
  const set = new Set(checked);
  return conductor.phases.map((p) => ({ phaseId: p.id, done: p.checklist.filter((i) => set.has(i.id)).length, total: p.checklist.length }));
}
