/**
 * Stored settings from every earlier version are upgraded (issue #6 §3): the pure migrations, and
 * the real storage items (WXT `defineItem` with `version` and `migrations`) over a fake
 * `browser.storage`, as an installation updated from the panel-only version would hold them.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONDUCTOR_FILE, DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { defaultSettings, migrateStoredSettings, migrateV1ToV2, readStoredSettings, SETTINGS_VERSION } from '../../lib/org-settings/index.ts';

describe('pure migrations', () => {
  it('v1 (the panel: retention and notifications) → v2', () => {
    expect(migrateV1ToV2({ retentionDays: 7, notifications: false })).toEqual({ conductors: { notifications: false }, data: { retentionDays: 7 } });
    expect(migrateStoredSettings({ retentionDays: 7 }, 1)).toEqual({ data: { retentionDays: 7 } });
  });
  it('a v2 value without its version mark is left alone; garbage is left to the repair', () => {
    const v2 = { rules: { rules: { email: 'off' } }, data: { retentionDays: 3 } };
    expect(migrateV1ToV2(v2)).toBe(v2);
    expect(migrateV1ToV2('oui')).toBe('oui');
  });
  it('the current version is not migrated; a newer one is refused', () => {
    const v = { data: { retentionDays: 3 } };
    expect(migrateStoredSettings(v, SETTINGS_VERSION)).toBe(v);
    expect(() => migrateStoredSettings(v, SETTINGS_VERSION + 1)).toThrow(/plus récente/);
  });
  it('a bad v1 value becomes a v2 value whose bad field falls back alone', () => {
    const r = readStoredSettings(migrateStoredSettings({ retentionDays: 0, notifications: false }, 1));
    expect(r.value.data.retentionDays).toBe(30);
    expect(r.value.conductors.notifications).toBe(false);
    expect(r.errors).toEqual(['champ « data.retentionDays » : valeur trop petite (minimum 1). Valeur par défaut rétablie.']);
  });
});

type StorageModule = typeof import('../../lib/org-settings/storage.ts');
type PanelModule = typeof import('../../lib/settings/storage.ts');

describe('storage items over a fake browser.storage', () => {
  let load: () => Promise<{ org: StorageModule; panel: PanelModule }>;
  beforeAll(() => {
    // wxt/browser picks `globalThis.browser` when it has a runtime id: set it before importing
    (globalThis as { browser?: unknown }).browser = fakeBrowser;
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    const { vi } = await import('vitest');
    vi.resetModules(); // each test defines the items afresh, as a context starting up does
    load = async () => ({ org: await import('../../lib/org-settings/storage.ts'), panel: await import('../../lib/settings/storage.ts') });
  });

  const raw = async () => fakeBrowser.storage.local.get(null as unknown as string);

  it('nothing stored (new installation): defaults, then saved at version 2', async () => {
    const { org } = await load();
    const state = await org.loadSettingsState();
    expect(state.user).toEqual(defaultSettings());
    expect(state.userErrors).toEqual([]);
    await org.saveUserSettings({ ...state.user, data: { retentionDays: 12 }, conductors: { ...state.user.conductors, imported: DEFAULT_CONDUCTOR_FILE } });
    expect(await raw()).toMatchObject({ settings: { data: { retentionDays: 12 } }, settings$: { v: 2 }, conductors: DEFAULT_CONDUCTOR_FILE });
    // back to the shipped conductors: the imported file goes in the same write
    await org.saveUserSettings({ ...state.user, data: { retentionDays: 13 } });
    const again = await org.loadSettingsState();
    expect(again.user.conductors.imported).toBeNull();
    expect(again.user.data.retentionDays).toBe(13);
  });

  it('version 1 as the panel stored it (no version mark), with imported conductors: upgraded on startup', async () => {
    const conductors = { version: 1, conducteurs: [DEFAULT_CONDUCTORS[0]] };
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 7, notifications: false }, conductors });
    const { org, panel } = await load();
    const state = await org.loadSettingsState();
    expect(state.userErrors).toEqual([]);
    expect(state.user.data.retentionDays).toBe(7);
    expect(state.user.conductors.notifications).toBe(false);
    expect(state.user.conductors.imported).toEqual(conductors);
    expect(state.user.sites).toEqual(defaultSettings().sites);
    // the migration wrote the new layout and its version mark
    expect(await raw()).toMatchObject({ settings: { conductors: { notifications: false }, data: { retentionDays: 7 } }, settings$: { v: 2 } });
    // the panel and the background read the same values through their old functions
    expect(await panel.loadSettings()).toEqual({ retentionDays: 7, notifications: false });
    expect(await panel.loadConductors()).toEqual([DEFAULT_CONDUCTORS[0]]);
  });

  it('version 1 with its version mark ({ v: 1 }) and a bad field: upgraded, the bad field repaired alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 'un mois', notifications: false }, settings$: { v: 1 } });
    const { org } = await load();
    const state = await org.loadSettingsState();
    expect(state.user.data.retentionDays).toBe(30);
    expect(state.user.conductors.notifications).toBe(false);
    expect(state.userErrors).toEqual(['champ « data.retentionDays » : un nombre attendu. Valeur par défaut rétablie.']);
  });

  it('version 2 is read as it is', async () => {
    const stored = { sites: { origins: ['https://crm.exemple.fr/*'] }, rules: { rules: { email: 'off' } }, conductors: { durations: { diagnostic: { deroulement: 40 } }, notifications: true }, data: { retentionDays: 9 } };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 }, conductors: DEFAULT_CONDUCTOR_FILE });
    const { org, panel } = await load();
    const state = await org.loadSettingsState();
    expect(state.userErrors).toEqual([]);
    expect(state.user.sites.origins).toEqual(['https://crm.exemple.fr/*']);
    expect(state.user.rules).toEqual({ rules: { email: 'off' } });
    expect(await org.getEffectiveLintConfig()).toEqual({ rules: { email: 'off', completude: { options: { conducteurs: DEFAULT_CONDUCTORS } } } });
    // durations per interview type reach the timer's conductors
    expect((await panel.loadConductors()).find((c) => c.id === 'diagnostic')!.phases[1].dureeMinutes).toBe(40);
  });

  it('the panel writing its two settings keeps the rest of the model', async () => {
    await fakeBrowser.storage.local.set({ settings: { rules: { rules: { email: 'off' } }, data: { retentionDays: 9 } }, settings$: { v: 2 } });
    const { org, panel } = await load();
    await panel.settingsItem.setValue({ retentionDays: 15, notifications: false });
    const state = await org.loadSettingsState();
    expect(state.user.rules).toEqual({ rules: { email: 'off' } });
    expect(state.user.data.retentionDays).toBe(15);
    expect(state.user.conductors.notifications).toBe(false);
  });

  it('the policy in storage.managed takes precedence and locks', async () => {
    await fakeBrowser.storage.local.set({ settings: { rules: { rules: { email: 'off' } }, data: { retentionDays: 9 } }, settings$: { v: 2 } });
    await fakeBrowser.storage.managed.set({ rules: { rules: { email: { severity: 'error' } } }, data: { retentionDays: 3 } });
    const { org, panel } = await load();
    const state = await org.loadSettingsState();
    expect(state.effective.rules.rules).toEqual({ email: { severity: 'error' } });
    expect(state.locks.rules.has('email')).toBe(true);
    expect(state.user.rules.rules).toEqual({ email: 'off' }); // the user's own setting is kept underneath
    expect(await org.getEffectiveLintConfig()).toEqual({ rules: { email: { severity: 'error' } } });
    expect((await panel.loadSettings()).retentionDays).toBe(3);
  });

  it('two changes made at once both land (updates run one after the other)', async () => {
    const { org } = await load();
    await Promise.all([
      org.updateUserSettings((s) => ({ ...s, rules: { ...s.rules, rules: { ...s.rules.rules, email: 'error' } } })),
      org.updateUserSettings((s) => ({ ...s, rules: { ...s.rules, rules: { ...s.rules.rules, sante: 'off' } } })),
      org.updateUserSettings((s) => ({ ...s, data: { retentionDays: 5 } })),
    ]);
    const { user } = await org.loadSettingsState();
    expect(user.rules.rules).toEqual({ email: 'error', sante: 'off' });
    expect(user.data.retentionDays).toBe(5);
  });

  it('watchEffectiveLintConfig calls back at once and on each change of the settings', async () => {
    const { org } = await load();
    const seen: unknown[] = [];
    const stop = org.watchEffectiveLintConfig((c) => seen.push(c));
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({});
    await org.updateUserSettings((s) => ({ ...s, rules: { rules: { sante: 'off' } } }));
    await expect.poll(() => seen.length).toBe(2);
    expect(seen[1]).toEqual({ rules: { sante: 'off' } });
    // the same configuration again: no call
    await org.updateUserSettings((s) => ({ ...s, data: { retentionDays: 9 } }));
    // imported conductors change the completeness rule's options
    await org.updateUserSettings((s) => ({ ...s, conductors: { ...s.conductors, imported: DEFAULT_CONDUCTOR_FILE } }));
    await expect.poll(() => seen.length).toBe(3);
    expect(seen[2]).toEqual({ rules: { sante: 'off', completude: { options: { conducteurs: DEFAULT_CONDUCTORS } } } });
    stop();
  });
});
