/**
 * Panel settings (issue #3 §2–3): retention period of interview states and phase notifications —
 * version 1 of the stored settings; since issue #6 they are two fields of the full model
 * (lib/org-settings), and this is the panel's view of them.
 * Saved state is repaired on read (STYLE.md §10): a bad field falls back to its default and is
 * reported, the others are kept.
 *
 * @example
 *   const { value, errors } = repairSettings(await settingsItem.getValue());
 */
import { z } from 'zod';
import { issueToFrench } from '../config/schema.ts';

export const settingsSchema = z.strictObject({
  /** days after which an untouched interview state is deleted */
  retentionDays: z.number().int().min(1).max(365),
  /** system notification at each phase change, panel open or not */
  notifications: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ retentionDays: 30, notifications: true });

const FIELDS = Object.keys(settingsSchema.shape) as Array<keyof Settings>;

export function repairSettings(raw: unknown): { value: Settings; errors: string[] } {
  const value: Settings = { ...DEFAULT_SETTINGS };
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { value, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value, errors: ['Réglages illisibles : valeurs par défaut rétablies.'] };
  for (const key of FIELDS) {
    if (!(key in raw)) continue;
    const r = settingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
    if (r.success) (value as Record<string, unknown>)[key] = r.data;
    else errors.push(issueToFrench({ ...r.error.issues[0], path: [key] }));
  }
  return { value, errors };
}
