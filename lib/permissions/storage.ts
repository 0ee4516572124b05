/**
 * The sites the user switched off while Cadre holds their permission (the demo origins, or a site
 * covered by a broader grant), in `storage.local`: extension contexts only. Repaired on read
 * (STYLE.md §10): anything but a list of web match patterns falls back to the empty list.
 */
import { storage } from 'wxt/utils/storage';
import { isWebPattern } from './index.ts';

export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

export function repairDisabledSites(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string' && isWebPattern(p)).slice(0, 500) : [];
}

export async function loadDisabledSites(): Promise<string[]> {
  return repairDisabledSites(await disabledSitesItem.getValue());
}

export async function setSiteDisabled(pattern: string, disabled: boolean): Promise<void> {
  const current = await loadDisabledSites();
  const next = disabled ? [...new Set([...current, pattern])] : current.filter((p) => p !== pattern);
  await disabledSitesItem.setValue(next);
}
