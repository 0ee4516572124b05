/**
 * UI strings of the options page (issue #6 §4), kept in the extension's `_locales` files
 * (public/_locales/fr is the default, en the translation; the manifest's name comes from there too).
 * The page picks the catalog from `i18n.getUILanguage()` itself rather than through
 * `i18n.getMessage`, whose bundle follows the browser's application locale: a Chromium without its
 * language packs (Debian's chromium without chromium-l10n) would show English to a French user.
 * Placeholders are `{name}`, replaced here (the browser's `$1` syntax differs between Chrome and
 * Firefox). Components receive a `Translate`; they never call the browser themselves.
 *
 * @example
 *   const t = translatorFromCatalog(CATALOGS[pickLanguage(browser.i18n.getUILanguage())]);
 *   t('options_minutes', { count: 25 }) // "25 min"
 */
import { createContext, useContext } from 'react';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';

export const CATALOGS = { fr, en } as const;
export type Language = keyof typeof CATALOGS;

/** French unless the browser speaks English (the reports, and most users, are French). */
export function pickLanguage(uiLanguage: string | undefined): Language {
  return /^en(?:[-_]|$)/i.test(uiLanguage ?? '') ? 'en' : 'fr';
}

type Catalog = typeof import('../../public/_locales/fr/messages.json');
export type MessageKey = Extract<keyof Catalog, `options_${string}`>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator over a lookup function (`browser.i18n.getMessage`); a missing key shows itself. */
export function createTranslator(lookup: (key: string) => string | undefined): Translate {
  return (key, values) => {
    const text = lookup(key) || key;
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

/** A translator over a parsed messages.json (tests, and the page's fallback outside the browser). */
export function translatorFromCatalog(catalog: Record<string, { message: string }>): Translate {
  return createTranslator((key) => catalog[key]?.message);
}

export const TranslateContext = createContext<Translate>((key) => key);
export const useT = (): Translate => useContext(TranslateContext);
