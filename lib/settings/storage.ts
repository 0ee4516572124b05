/**
 * Where the panel's settings, the installation salt and the imported conductors live:
 * `storage.local`, shared by the side panel and the background. Extension contexts only.
 */
import { storage } from 'wxt/utils/storage';
import { createSalt } from '../db/case-hash.ts';
import { repairConductors } from '../conductors/import.ts';
import { DEFAULT_CONDUCTORS } from '../conductors/defaults.ts';
import type { Conductor, ConductorFile } from '../conductors/schema.ts';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './index.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: { ...DEFAULT_SETTINGS }, version: 1 });

/** Random per installation; never leaves the device (lib/db/case-hash.ts). */
export const saltItem = storage.defineItem<string>('local:installSalt', { fallback: '' });

/** An organisation's conductors, as imported (null: the defaults). */
export const conductorsItem = storage.defineItem<ConductorFile | null>('local:conductors', { fallback: null, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).value;
}

export async function loadConductors(): Promise<Conductor[]> {
  return repairConductors(await conductorsItem.getValue(), DEFAULT_CONDUCTORS).conductors;
}

export async function getOrCreateSalt(): Promise<string> {
  const current = await saltItem.getValue();
  if (current) return current;
  const salt = createSalt();
  await saltItem.setValue(salt);
  return salt;
}
