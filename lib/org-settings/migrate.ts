/**
 * Migrations of the stored settings (`local:settings`), one function per version step, pure so
 * that the storage item (WXT `defineItem({ version, migrations })`) and the tests run the same
 * code. A migration only moves what existed; missing fields take their defaults when the value is
 * read (lib/org-settings/layers.ts), so defaults shipped later reach every installation.
 *
 * - v1 (issue #3, side panel): `{ retentionDays, notifications }`
 * - v2 (issue #6): `{ sites, rules, conductors: { durations, notifications }, data: { retentionDays } }`
 *
 * @example
 *   migrateStoredSettings({ retentionDays: 7, notifications: false }, 1)
 *   // { conductors: { notifications: false }, data: { retentionDays: 7 } }
 */
import { SECTIONS, SETTINGS_VERSION } from './schema.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value already in the version-2 layout (saved by a writer that did not record the version). */
function isV2Shape(v: Record<string, unknown>): boolean {
  return Object.keys(v).some((k) => (SECTIONS as readonly string[]).includes(k)) && !('retentionDays' in v) && !('notifications' in v);
}

/** v1 → v2: the panel's two settings move to their sections. */
export function migrateV1ToV2(old: unknown): unknown {
  if (!isRecord(old) || isV2Shape(old)) return old; // garbage is left to the repair on read
  const out: Record<string, Record<string, unknown>> = {};
  if ('notifications' in old) out.conductors = { notifications: old.notifications };
  if ('retentionDays' in old) out.data = { retentionDays: old.retentionDays };
  return out;
}

/** Version → migration to that version from the one before (WXT's `migrations` option). */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  2: migrateV1ToV2,
};

/** Run the migrations from `fromVersion` up to the current version. */
export function migrateStoredSettings(value: unknown, fromVersion: number): unknown {
  if (fromVersion > SETTINGS_VERSION) throw new Error(`Réglages enregistrés par une version plus récente de Cadre (v${fromVersion}).`);
  let v = value;
  for (let to = Math.max(1, fromVersion) + 1; to <= SETTINGS_VERSION; to++) v = SETTINGS_MIGRATIONS[to]?.(v) ?? v;
  return v;
}
