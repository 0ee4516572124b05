/**
 * The side panel's and the background's view of the settings: retention, notifications and the
 * conductors in force. Since issue #6 the settings are one versioned model
 * (lib/org-settings/storage.ts: `local:settings` v2, `local:conductors`, and the organisation's
 * policy in `storage.managed`); these functions read it with the policy applied, so a locked
 * value reaches the timer and the purge too. Extension contexts only.
 */
import { storage } from 'wxt/utils/storage';
import { createSalt } from '../db/case-hash.ts';
import { DEFAULT_CONDUCTORS } from '../conductors/defaults.ts';
import type { Conductor } from '../conductors/schema.ts';
import { conductorsItem, loadSettingsState, updateUserSettings, watchSettings } from '../org-settings/storage.ts';
import { applyDurations } from '../org-settings/merge.ts';
import type { Settings } from './index.ts';

export { conductorsItem };

/** Random per installation; never leaves the device (lib/db/case-hash.ts). */
export const saltItem = storage.defineItem<string>('local:installSalt', { fallback: '' });

/** The panel's two settings, in force (the organisation's policy applied). */
export async function loadSettings(): Promise<Settings> {
  const { effective } = await loadSettingsState();
  return { retentionDays: effective.data.retentionDays, notifications: effective.conductors.notifications };
}

/** The conductors in force: imported (or the defaults), with the timer durations of the settings. */
export async function loadConductors(): Promise<Conductor[]> {
  const { effective } = await loadSettingsState();
  return applyDurations(effective.conductors.imported?.conducteurs ?? DEFAULT_CONDUCTORS, effective.conductors.durations);
}

/**
 * The panel's settings as an item (the shape it used before issue #6): `setValue` writes the two
 * fields into the user's settings, the other fields stay as they are.
 */
export const settingsItem = {
  getValue: loadSettings,
  async setValue(s: Settings): Promise<void> {
    await updateUserSettings((u) => ({
      ...u,
      conductors: { ...u.conductors, notifications: s.notifications },
      data: { ...u.data, retentionDays: s.retentionDays },
    }));
  },
  watch(onChange: (s: Settings) => void): () => void {
    return watchSettings(() => void loadSettings().then(onChange));
  },
};

export async function getOrCreateSalt(): Promise<string> {
  const current = await saltItem.getValue();
  if (current) return current;
  const salt = createSalt();
  await saltItem.setValue(salt);
  return salt;
}
