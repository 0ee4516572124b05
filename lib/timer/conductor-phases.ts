/** The timer phases of a conductor: its three phases with their durations and step labels. */
import { PHASE_LABELS, STEP_LABELS, type Conductor } from '../conductors/schema.ts';
import type { TimerPhase } from './machine.ts';

export function phasesOf(c: Conductor): TimerPhase[] {
  return c.phases.map((p) => ({
    id: p.id,
    label: PHASE_LABELS[p.id],
    durationMs: p.dureeMinutes * 60_000,
    steps: p.temps.map((t) => STEP_LABELS[t]),
  }));
}
