/** Options page entry: mount the page with its browser-backed services and translator. Wiring only. */
import '../../lib/config/zod-jitless.ts';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { registry } from '../../rules/index.ts';
import { OptionsApp } from '../../components/options/options-app.tsx';
import { CATALOGS, I18nProvider, pickLanguage, translatorFromCatalog } from '../../components/options/i18n.ts';
import type { RuleInfo } from '../../components/options/types.ts';
import { createOptionsServices } from './services.ts';
import './style.css';

const language = pickLanguage(browser.i18n.getUILanguage());
const t = translatorFromCatalog(CATALOGS[language]);
document.documentElement.lang = language; // for screen readers
document.title = t('options_page_title');

const rules: RuleInfo[] = registry.map((r) => ({
  id: r.id,
  category: r.meta.category,
  description: r.meta.description,
  references: r.meta.references,
  severity: r.meta.severity,
  defaultOff: !!r.meta.defaultOff,
  lexicon: !!r.lexicon?.length,
}));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={language} t={t}>
      <OptionsApp services={createOptionsServices()} rules={rules} />
    </I18nProvider>
  </StrictMode>,
);
