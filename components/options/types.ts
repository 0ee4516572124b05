/** What the options page needs from the browser, as plain functions (entrypoints/options/services.ts). */
import type { Category, Severity } from '../../lib/lint/types.ts';
import type { Settings } from '../../lib/org-settings/schema.ts';
import type { SettingsState } from '../../lib/org-settings/storage.ts';
import type { ProbeRow } from '../../lib/org-settings/profile-probe.ts';
import type { SiteProfile } from '../../lib/site-profiles/index.ts';

/** Outcome of "test on an open tab" for a site profile. */
export type ProfileTest =
  | { ok: true; tab: string; rows: ProbeRow[] }
  | { ok: false; reason: 'no-tab' }
  | { ok: false; reason: 'error'; message: string };

export interface OptionsServices {
  /** both layers, repaired and merged */
  load(): Promise<SettingsState>;
  /** called when the settings or the policy change (another page, the panel, the administrator) */
  watch(onChange: () => void): () => void;
  /** change the user's settings from their stored value, in one write */
  update(change: (user: Settings) => Settings): Promise<void>;
  /** validate and import a settings file; French errors, empty when imported */
  importSettings(text: string): Promise<string[]>;
  /** offer a file for download */
  download(fileName: string, content: string): void;
  /** origins the browser granted (`permissions.getAll`) */
  grantedOrigins(): Promise<string[]>;
  /** origins of the manifest, which cannot be given back */
  requiredOrigins: readonly string[];
  /** ask the browser (needs the click's user gesture: call it first) */
  requestOrigin(pattern: string): Promise<boolean>;
  removeOrigin(pattern: string): Promise<boolean>;
  watchPermissions(onChange: () => void): () => void;
  /** what the profile's selectors find in the most recently used open tab of its application */
  testProfile(profile: SiteProfile, knownTypes: readonly string[]): Promise<ProfileTest>;
  /** interviews, audits, installation salt */
  deleteAllData(): Promise<void>;
}

/** What the page shows of a rule (from the registry's metadata). */
export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
  references: string[];
  severity: Severity;
  defaultOff: boolean;
  /** has a lexicon: extra terms of its category go to it */
  lexicon: boolean;
}
