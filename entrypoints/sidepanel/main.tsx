/** Side panel entry: mount the panel with its browser-backed dependencies and translator. Wiring only. */
import '../../lib/config/zod-jitless.ts';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { pickLanguage, translatorFor } from '../../lib/i18n/index.ts';
import { I18nProvider } from '../../components/ui/i18n.ts';
import { App } from './app.tsx';
import { createPanelServices } from './services.ts';
import './style.css';

// French unless the browser speaks English (issue #6 §4)
const language = pickLanguage(browser.i18n.getUILanguage());
const t = translatorFor(language);
document.documentElement.lang = language; // for screen readers
document.title = t('panel_page_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={language} t={t}>
      <App services={createPanelServices(location.search, t)} />
    </I18nProvider>
  </StrictMode>,
);
