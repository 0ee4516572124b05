/**
 * Cadre's UI in French and English (issue #6 §4): both catalogs of public/_locales hold the same
 * keys with the same placeholders, every key the code names exists, none is left unused, and the
 * language follows the browser with French by default.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGS, formatNumber, formatPercent, pickLanguage, pluralOf, spokenDuration, translatorFor } from '../../lib/i18n/index.ts';
import { speakDuration } from '../../lib/timer/machine.ts';

const root = join(import.meta.dirname, '..', '..');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SURFACES = '(?:common|panel|audit|overlay|card|inpage|options|pageaudit)';
const sources = (dir: string): Array<{ path: string; text: string }> => readdirSync(join(root, dir), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name))
    : /\.tsx?$/.test(e.name) ? [{ path: join(dir, e.name), text: readFileSync(join(root, dir, e.name), 'utf8') }] : []));
const code = ['components', 'entrypoints', 'lib'].flatMap(sources);

const fr = CATALOGS.fr as Record<string, { message: string }>;
const en = CATALOGS.en as Record<string, { message: string }>;
const uiKeys = (c: Record<string, unknown>) => Object.keys(c).filter((k) => new RegExp(`^${SURFACES}_`).test(k));

describe('catalogs', () => {
  it('French and English hold exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('each message has the same placeholders in both languages, and is not empty', () => {
    for (const k of Object.keys(fr)) {
      expect(placeholders(en[k].message), k).toEqual(placeholders(fr[k].message));
      expect(fr[k].message.trim(), k).not.toBe('');
      expect(en[k].message.trim(), k).not.toBe('');
    }
  });

  it('keys are valid browser message names with a surface prefix', () => {
    for (const k of Object.keys(fr)) expect(k).toMatch(new RegExp(`^(?:extName|extDescription|${SURFACES}_[a-z0-9_]+)$`));
  });
});

describe('keys in the code', () => {
  // every quoted key ('panel_…'), and the prefixes of keys built with a plural form (`panel_x_${…}`)
  const literals = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const { path, text } of code) {
    for (const m of text.matchAll(new RegExp(`['"](${SURFACES}_[a-z0-9_]+)['"]`, 'g'))) literals.set(m[1], relative(root, join(root, path)));
    for (const m of text.matchAll(new RegExp(`\`(${SURFACES}_[a-z0-9_]*)\\$\\{`, 'g'))) prefixes.add(m[1]);
  }

  it('finds the keys (the scan itself works)', () => {
    expect(literals.has('panel_timer_title')).toBe(true);
    expect(prefixes.has('panel_counts_errors_')).toBe(true);
  });

  it('every key named in the code exists', () => {
    for (const [k, where] of literals) expect(fr[k], `${k} (${where})`).toBeDefined();
    for (const p of prefixes) {
      expect(fr[`${p}one`], `${p}one`).toBeDefined();
      expect(fr[`${p}other`], `${p}other`).toBeDefined();
    }
  });

  it('no key is left unused', () => {
    const unused = uiKeys(fr).filter((k) => !literals.has(k) && ![...prefixes].some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe('language and formats', () => {
  it('French by default, English when the browser speaks English', () => {
    expect(pickLanguage('fr-FR')).toBe('fr');
    expect(pickLanguage('de-DE')).toBe('fr');
    expect(pickLanguage(undefined)).toBe('fr');
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('en_GB')).toBe('en');
  });

  it('fills placeholders in the language asked', () => {
    expect(translatorFor('fr')('panel_timer_overrun', { duration: '2 min' })).toBe('Durée prévue dépassée de 2 min. Prenez le temps de conclure.');
    expect(translatorFor('en')('panel_timer_overrun', { duration: '2 minutes' })).toBe('Planned time exceeded by 2 minutes. Take the time to conclude.');
  });

  it('numbers, shares and plural forms follow the language', () => {
    expect(formatNumber(12345, 'fr')).toMatch(/^12\s345$/);
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatPercent(0.125, 'fr')).toBe('12,5 %');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect([0, 1, 2].map((n) => pluralOf(n, 'fr'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralOf(n, 'en'))).toEqual(['other', 'one', 'other']);
  });

  it('spoken durations: French as the timer always said them, English in full words', () => {
    for (const ms of [0, 4_000, 60_000, 90_000, 600_000, 1_530_000, 3_725_000]) expect(spokenDuration(ms, 'fr')).toBe(speakDuration(ms));
    expect(spokenDuration(90_000, 'en')).toBe('1 minute 30 seconds');
    expect(spokenDuration(25 * 60_000, 'en')).toBe('25 minutes');
    expect(spokenDuration(1_000, 'en')).toBe('1 second');
  });
});
