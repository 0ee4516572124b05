/**
 * Cadre's UI strings in French and English (issue #6 §4), for every context: side panel, audit
 * page, options page, and the content script's card and checklist overlay. The strings live in the
 * extension's `_locales` files (public/_locales/fr is the default, en the translation; the
 * manifest's name comes from there too), one prefix per surface: `panel_`, `audit_`, `overlay_`,
 * `card_`, `inpage_`, `options_`, `pageaudit_` ("Auditer cette page", issue #5 §1), `common_` for what
 * several share.
 *
 * The language comes from `i18n.getUILanguage()` rather than from `i18n.getMessage`, whose bundle
 * follows the browser's application locale: a Chromium without its language packs (Debian's
 * chromium without chromium-l10n) would show English to a French user. Placeholders are `{name}`,
 * replaced here (the browser's `$1` syntax differs between Chrome and Firefox). Callers pass a
 * `Translate` to components; components never call the browser themselves.
 *
 * No React, no zod, no browser API here: the content script imports this file (its size is
 * budgeted, issue #4 §7).
 *
 * @example
 *   const language = pickLanguage(browser.i18n.getUILanguage());
 *   const t = translatorFor(language);
 *   t('options_minutes', { count: 25 }) // "25 min"
 *   formatNumber(12345, language)       // "12 345" in French, "12,345" in English
 */
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';

export const CATALOGS = { fr, en } as const;
export type Language = keyof typeof CATALOGS;
export const LANGUAGES = Object.keys(CATALOGS) as Language[];

/** French unless the browser speaks English (the reports, and most users, are French). */
export function pickLanguage(uiLanguage: string | undefined): Language {
  return /^en(?:[-_]|$)/i.test(uiLanguage ?? '') ? 'en' : 'fr';
}

type Catalog = typeof import('../../public/_locales/fr/messages.json');
/** Prefixes of the UI strings (the manifest's `extName` and `extDescription` are not UI keys). */
export type Surface = 'common' | 'panel' | 'audit' | 'overlay' | 'card' | 'inpage' | 'options' | 'pageaudit';
/** A key of the French catalog: a key missing from it is a type error. */
export type MessageKey = Extract<keyof Catalog, `${Surface}_${string}`>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator over a lookup function; a missing key shows itself. */
export function createTranslator(lookup: (key: string) => string | undefined): Translate {
  return (key, values) => {
    const text = lookup(key) || key;
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

/** A translator over a parsed messages.json (tests, and the pages outside the browser). */
export function translatorFromCatalog(catalog: Record<string, { message: string }>): Translate {
  return createTranslator((key) => catalog[key]?.message);
}

const translators = new Map<Language, Translate>();
/** The translator of a language (one per language, made on first use). */
export function translatorFor(language: Language): Translate {
  let t = translators.get(language);
  if (!t) translators.set(language, (t = translatorFromCatalog(CATALOGS[language])));
  return t;
}

/**
 * Locale of numbers and dates. English is British English: the users are in France (day before
 * month, 24-hour clock).
 */
export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** 12345 → "12 345" (fr), "12,345" (en). */
export function formatNumber(n: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(LOCALES[language], options);
}

/** A share 0..1, one decimal: 0.125 → "12,5 %" (fr), "12.5%" (en). */
export function formatPercent(share: number, language: Language): string {
  const value = formatNumber(Math.round(share * 1000) / 10, language);
  return language === 'fr' ? `${value} %` : `${value}%`;
}

/** Date and time: "24/11/2026 09:30:00" (fr), "24/11/2026, 09:30:00" (en). */
export function formatDateTime(date: Date | number | string, language: Language): string {
  return new Date(date).toLocaleString(LOCALES[language]);
}

/**
 * A duration for screen readers and sentences: "12 min", "1 min 30 s" in French (as the timer
 * always said it), "12 minutes", "1 minute 30 seconds" in English (Intl units, read in full).
 */
export function spokenDuration(ms: number, language: Language): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (language === 'fr') {
    if (m === 0) return `${s} s`;
    return s === 0 ? `${m} min` : `${m} min ${s} s`;
  }
  const unit = (value: number, u: 'minute' | 'second') =>
    new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (m === 0) return unit(s, 'second');
  return s === 0 ? unit(m, 'minute') : `${unit(m, 'minute')} ${unit(s, 'second')}`;
}

/**
 * The plural form of `n`, for keys ending in `_one` / `_other`: French counts 0 and 1 as singular
 * ("0 erreur"), English only 1.
 *
 * @example
 *   t(`panel_counts_errors_${pluralOf(n, language)}`, { count: n })
 */
export function pluralOf(n: number, language: Language): 'one' | 'other' {
  return new Intl.PluralRules(LOCALES[language]).select(n) === 'one' ? 'one' : 'other';
}
