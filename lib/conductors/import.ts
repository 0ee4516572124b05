/**
 * Import of an organisation's conductors (issue #3 §1): a JSON file in the `ConductorFile` format.
 * The file is accepted whole or refused whole, with French messages naming each faulty field; on
 * refusal the caller keeps the conductors it had (this function never mutates its input).
 *
 * @example
 *   const r = importConductors(await file.text(), current);
 *   if (r.ok) current = r.conductors; else show(r.errors); // « conducteurs[2].phases[1].dureeMinutes » …
 */
import { zodErrorsFrench } from '../config/schema.ts';
import { conductorFileSchema, type Conductor } from './schema.ts';

export type ImportResult =
  | { ok: true; conductors: Conductor[] }
  | { ok: false; errors: string[]; conductors: readonly Conductor[] };

/** Parse and validate a conductor file; `current` is returned unchanged when the file is refused. */
export function importConductors(json: string, current: readonly Conductor[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [`Le fichier n'est pas un JSON valide (${detail}).`], conductors: current };
  }
  const r = conductorFileSchema.safeParse(data);
  if (!r.success) return { ok: false, errors: zodErrorsFrench(r.error), conductors: current };
  return { ok: true, conductors: r.data.conducteurs };
}

/** Validate conductors read back from storage; a damaged copy falls back to `fallback`. */
export function repairConductors(stored: unknown, fallback: Conductor[]): { conductors: Conductor[]; errors: string[] } {
  if (stored === undefined || stored === null) return { conductors: fallback, errors: [] };
  const r = conductorFileSchema.safeParse(stored);
  return r.success ? { conductors: r.data.conducteurs, errors: [] } : { conductors: fallback, errors: zodErrorsFrench(r.error) };
}
