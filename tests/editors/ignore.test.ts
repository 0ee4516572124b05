/** Ignore lists (lib/inpage/ignore.ts): keys folded, the stored allowlist repaired on read. */
import { describe, expect, it } from 'vitest';
import { ALLOWLIST_STORAGE_KEY, createAllowlistStore, ignoreKey } from '../../lib/inpage/ignore.ts';

describe('ignoreKey', () => {
  it('folds case, accents and spaces, and keeps the rule apart', () => {
    expect(ignoreKey('sante', 'Diabétique')).toBe(ignoreKey('sante', 'diabetique'));
    expect(ignoreKey('sante', ' arrêt   maladie ')).toBe(ignoreKey('sante', 'Arret maladie'));
    expect(ignoreKey('sante', 'AAH')).not.toBe(ignoreKey('finances', 'AAH'));
  });
});

describe('createAllowlistStore', () => {
  function fakeArea(initial: unknown) {
    let value: Record<string, unknown> = { [ALLOWLIST_STORAGE_KEY]: initial };
    const listeners: Array<(c: Record<string, { newValue?: unknown }>, a: string) => void> = [];
    return {
      area: {
        get: async (k: string) => ({ [k]: value[k] }),
        set: async (items: Record<string, unknown>) => {
          value = { ...value, ...items };
          for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
        },
      },
      onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1) },
    };
  }

  it('adds a key once and tells the other tabs', async () => {
    const { area, onChanged } = fakeArea(undefined);
    const store = createAllowlistStore(area, onChanged);
    const seen: string[][] = [];
    const ac = new AbortController();
    store.watch((keys) => seen.push(keys), ac.signal);
    await store.add('sante\u0001diabetique');
    await store.add('sante\u0001diabetique');
    expect(await store.load()).toEqual(['sante\u0001diabetique']);
    expect(seen).toEqual([['sante\u0001diabetique']]);
    ac.abort();
    await store.add('x\u0001y');
    expect(seen).toHaveLength(1);
  });

  it('repairs a damaged list on read (non-strings dropped, not an array → empty)', async () => {
    expect(await createAllowlistStore(fakeArea(['a', 3, null, 'b']).area, fakeArea(0).onChanged).load()).toEqual(['a', 'b']);
    expect(await createAllowlistStore(fakeArea('oops').area, fakeArea(0).onChanged).load()).toEqual([]);
  });
});
