/**
 * The React side of lib/i18n (issue #6 §4): the page's translator and language, provided once by
 * each entry (sidepanel, audit, options) and read by components with `useT` / `useLanguage`.
 * Without a provider, components speak French (the default language).
 *
 * @example
 *   <I18nProvider language={language}><App /></I18nProvider>
 *   const t = useT(); t('panel_timer_title')
 */
import { Fragment, createContext, createElement, useContext, type ReactNode } from 'react';
import { translatorFor, type Language, type Translate } from '../../lib/i18n/index.ts';

export const TranslateContext = createContext<Translate>(translatorFor('fr'));
export const LanguageContext = createContext<Language>('fr');

export const useT = (): Translate => useContext(TranslateContext);
export const useLanguage = (): Language => useContext(LanguageContext);

/** Both contexts at once: the translator of `language` (or the one given) and the language. */
export function I18nProvider({ language, t, children }: { language: Language; t?: Translate; children?: ReactNode }) {
  return createElement(LanguageContext.Provider, { value: language },
    createElement(TranslateContext.Provider, { value: t ?? translatorFor(language) }, children));
}

/**
 * A translated sentence with React nodes in some of its placeholders (a name in bold, a link):
 * `t` leaves unknown `{name}`s in place, this puts the nodes there.
 *
 * @example
 *   withNodes(t('panel_site_active'), { site: <strong>{label}</strong> })
 */
export function withNodes(text: string, nodes: Record<string, ReactNode>): ReactNode {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return createElement(Fragment, { key: i }, name !== undefined && name in nodes ? nodes[name] : part);
  });
}
