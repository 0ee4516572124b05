/**
 * Ignore lists: "Ignorer" forgets one finding in one editor (rule + text, for this page's life);
 * "Ignorer partout" adds it to the allowlist saved in extension storage, shared by every tab.
 *
 * @example
 *   const key = ignoreKey('sante', 'Diabétique'); // "sante␁diabetique"
 */

/** Rule and text, case, accents and spacing folded, so "Diabétique" and "diabétique" are one. */
export function ignoreKey(rule: string, text: string): string {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${rule}\u0001${folded}`;
}

/** The saved allowlist: a list of `ignoreKey`s. */
export interface AllowlistStore {
  load(): Promise<string[]>;
  add(key: string): Promise<void>;
  /** called when another tab changed the list */
  watch(onChange: (keys: string[]) => void, signal: AbortSignal): void;
}

export const ALLOWLIST_STORAGE_KEY = 'inpageAllowlist';

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
interface StorageChangedLike {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

const asKeys = (v: unknown): string[] => (Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string' && k.length < 2100).slice(0, 5000) : []);

/** The allowlist in `storage.local` (repaired on read: anything but strings is dropped). */
export function createAllowlistStore(area: StorageAreaLike, onChanged: StorageChangedLike): AllowlistStore {
  return {
    async load() { return asKeys((await area.get(ALLOWLIST_STORAGE_KEY))[ALLOWLIST_STORAGE_KEY]); },
    async add(key) {
      const keys = asKeys((await area.get(ALLOWLIST_STORAGE_KEY))[ALLOWLIST_STORAGE_KEY]);
      if (!keys.includes(key)) await area.set({ [ALLOWLIST_STORAGE_KEY]: [...keys, key] });
    },
    watch(onChange, signal) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && changes[ALLOWLIST_STORAGE_KEY]) onChange(asKeys(changes[ALLOWLIST_STORAGE_KEY].newValue));
      };
      onChanged.addListener(listener);
      signal.addEventListener('abort', () => onChanged.removeListener(listener));
    },
  };
}

/** An allowlist kept in memory (tests, pages without extension storage). */
export function createMemoryAllowlist(initial: string[] = []): AllowlistStore {
  const keys = [...initial];
  return { load: async () => [...keys], add: async (k) => { if (!keys.includes(k)) keys.push(k); }, watch: () => {} };
}
