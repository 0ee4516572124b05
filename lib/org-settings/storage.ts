/**
 * Where the settings live and how every context reads them (issue #6 §2–3):
 *
 * - `local:settings` — the user's settings, a WXT storage item with `version: 2` and its
 *   migrations (v1 was the panel's `{ retentionDays, notifications }`);
 * - `local:conductors` — the imported conductor file (null: the defaults), version 1, unchanged;
 * - `storage.managed` — the organisation's policy, pushed by enterprise policy under the schema
 *   of `public/managed-schema.json`; read-only, it takes precedence.
 *
 * Every read repairs (a bad field falls back to its default and is reported); every write of the
 * user's settings goes through one `storage.local.set` call, so an import lands whole or not at all.
 * Extension contexts and content scripts (both may read `storage.local` and `storage.managed`).
 *
 * @example
 *   // content script or panel: the configuration the engine must use, kept up to date
 *   const stop = watchEffectiveLintConfig((config) => { current = config; relint(); });
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { LintConfig } from '../lint/engine.ts';
import type { ConductorFile } from '../conductors/schema.ts';
import { SETTINGS_MIGRATIONS } from './migrate.ts';
import { readManagedPolicy, readStoredSettings, type LayerOptions, type PartialSettings } from './layers.ts';
import { lintConfigOf, mergeManaged, noLocks, type Locks } from './merge.ts';
import { SETTINGS_VERSION, type Settings, type StoredSettings } from './schema.ts';

/** The user's settings (version-2 layout). Typed `unknown`: what is stored is repaired on read. */
export function defineSettingsItem() {
  return storage.defineItem<unknown>('local:settings', { fallback: null, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });
}
export const userSettingsItem = defineSettingsItem();

/** An organisation's conductors, as imported (null: the defaults). Read by the panel and background. */
export const conductorsItem = storage.defineItem<ConductorFile | null>('local:conductors', { fallback: null, version: 1 });

/** The policy of the organisation; `{}` where there is none (Firefox without policies.json throws). */
export async function readManagedRaw(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

export interface SettingsState {
  /** the user's own settings, repaired */
  user: Settings;
  /** what was repaired in the user's settings (French) */
  userErrors: string[];
  /** the organisation's policy, valid fields only */
  managed: PartialSettings;
  /** fields of the policy that were ignored (French) */
  managedErrors: string[];
  /** the settings in force: the policy over the user's */
  effective: Settings;
  locks: Locks;
}

/** Read and repair both layers and merge them. */
export async function loadSettingsState(opts: LayerOptions = {}): Promise<SettingsState> {
  const [stored, imported, managedRaw] = await Promise.all([userSettingsItem.getValue(), conductorsItem.getValue(), readManagedRaw()]);
  const user = readStoredSettings(stored, imported, opts);
  const managed = readManagedPolicy(managedRaw, opts);
  const hasPolicy = Object.keys(managed.value).length > 0;
  const { settings, locks } = hasPolicy ? mergeManaged(user.value, managed.value) : { settings: user.value, locks: noLocks() };
  return { user: user.value, userErrors: user.errors, managed: managed.value, managedErrors: managed.errors, effective: settings, locks };
}

/** The stored layout of the user's settings: the imported conductors go to their own item. */
function split(s: Settings): { stored: StoredSettings; imported: ConductorFile | null } {
  const { imported, ...conductors } = s.conductors;
  return { stored: { ...s, conductors }, imported };
}

/**
 * Save the user's settings: settings, their version mark and the conductors in one
 * `storage.local.set`, so a reader never sees half of an import.
 */
export async function saveUserSettings(s: Settings): Promise<void> {
  await userSettingsItem.getMeta(); // waits for the migration of what was there
  const { stored, imported } = split(s);
  await storage.setItems([
    { key: 'local:settings', value: stored },
    { key: 'local:settings$', value: { v: SETTINGS_VERSION } },
    { key: 'local:conductors', value: imported },
  ]);
}

let updates: Promise<unknown> = Promise.resolve();

/**
 * Change the user's settings from their current (repaired) value. Changes made in this context
 * run one after the other, so two quick changes never read the same value and lose one of them.
 */
export function updateUserSettings(change: (s: Settings) => Settings, opts: LayerOptions = {}): Promise<Settings> {
  const run = updates.then(async () => {
    const { user } = await loadSettingsState(opts);
    const next = change(user);
    await saveUserSettings(next);
    return next;
  });
  updates = run.catch(() => {});
  return run;
}

/**
 * The lint configuration the engine must use: the user's rules under the organisation's policy.
 * Pass the registry as `knownRules` to drop settings of rules that no longer exist.
 *
 * @example
 *   const findings = lint(text, await getEffectiveLintConfig({ knownRules: registry }));
 */
export async function getEffectiveLintConfig(opts: LayerOptions = {}): Promise<LintConfig> {
  return lintConfigOf((await loadSettingsState(opts)).effective);
}

/**
 * The whole effective settings (the policy over the user's): site profiles and origins for the
 * content script, conductors and durations for the panel, the lint configuration in `.rules`.
 */
export async function getEffectiveSettings(opts: LayerOptions = {}): Promise<Settings> {
  return (await loadSettingsState(opts)).effective;
}

/**
 * Call `onChange` with the effective lint configuration now and whenever the user's settings or
 * the policy change (same configuration: no call). Returns the function that stops watching.
 * The object passed is new at each change, so the engine's per-config cache stays right.
 */
export function watchEffectiveLintConfig(onChange: (config: LintConfig) => void, opts: LayerOptions = {}): () => void {
  let last = '';
  let stopped = false;
  const load = () => void getEffectiveLintConfig(opts).then((config) => {
    const key = JSON.stringify(config);
    if (stopped || key === last) return;
    last = key;
    onChange(config);
  });
  const listener = (changes: Record<string, unknown>, area: string) => {
    // imported conductors reach the completeness rule: their change counts too
    if (area === 'managed' || (area === 'local' && ('settings' in changes || 'conductors' in changes))) load();
  };
  browser.storage.onChanged.addListener(listener);
  load();
  return () => { stopped = true; browser.storage.onChanged.removeListener(listener); };
}

/** Call `onChange` when anything the settings are made of changes (user's, conductors, policy). */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && ('settings' in changes || 'conductors' in changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
