/**
 * The options page in French and English (issue #6 §4): both catalogs in public/_locales hold the
 * same messages with the same placeholders, every key the page uses exists, French by default.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS, pickLanguage, translatorFromCatalog } from '../../components/options/i18n.ts';

const root = join(import.meta.dirname, '..', '..');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sources = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(root, dir, e.name), 'utf8')] : []));

describe('options page messages', () => {
  const fr = CATALOGS.fr as Record<string, { message: string }>;
  const en = CATALOGS.en as Record<string, { message: string }>;
  const keys = Object.keys(fr).filter((k) => k.startsWith('options_'));

  it('English has every French message, with the same placeholders, and nothing else', () => {
    expect(Object.keys(en).filter((k) => k.startsWith('options_')).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(placeholders(en[k].message), k).toEqual(placeholders(fr[k].message));
      expect(en[k].message.trim(), k).not.toBe('');
    }
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['extName', 'extDescription']));
  });

  it('every key the page uses exists; no message key is left unused', () => {
    const code = [...sources('components/options'), ...sources('entrypoints/options')].join('\n');
    const used = new Set([...code.matchAll(/\bt\('(options_\w+)'/g)].map((m) => m[1]));
    for (const k of used) expect(keys, k).toContain(k);
    for (const k of keys) expect(used.has(k), `${k} unused`).toBe(true);
  });

  it('French by default, English when the browser speaks English', () => {
    expect(pickLanguage('fr-FR')).toBe('fr');
    expect(pickLanguage('de')).toBe('fr');
    expect(pickLanguage(undefined)).toBe('fr');
    expect(pickLanguage('en-GB')).toBe('en');
    expect(pickLanguage('en')).toBe('en');
    expect(pickLanguage('eno')).toBe('fr');
  });

  it('fills placeholders and shows a missing key as itself', () => {
    const t = translatorFromCatalog(fr);
    expect(t('options_number_range', { min: 1, max: 365 })).toBe('Entrez un nombre entier entre 1 et 365.');
    expect(translatorFromCatalog(en)('options_locked')).toBe('Locked by your organisation');
    expect(t('options_locked')).toBe('Verrouillé par votre organisation');
    expect(translatorFromCatalog({})('options_locked')).toBe('options_locked');
  });
});
