/**
 * The options page's i18n (issue #6 §4): the shared core is lib/i18n (catalogs, language choice,
 * translators, formatting) and components/ui/i18n.ts (React contexts); this file keeps the
 * options page's imports where they were.
 */
export { CATALOGS, createTranslator, pickLanguage, translatorFromCatalog, type Language, type MessageKey, type Translate } from '../../lib/i18n/index.ts';
export { I18nProvider, TranslateContext, useLanguage, useT } from '../ui/i18n.ts';
