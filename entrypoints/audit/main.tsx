/** Audit page entry (audit.html, issue #5 §2): mount the page with its browser services and translator. Wiring only. */
import '../../lib/config/zod-jitless.ts';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { pickLanguage, translatorFor } from '../../lib/i18n/index.ts';
import { I18nProvider } from '../../components/ui/i18n.ts';
import { AuditApp } from '../../components/audit/audit-app.tsx';
import { createAuditServices } from './services.ts';
import './style.css';

// French unless the browser speaks English (issue #6 §4)
const language = pickLanguage(browser.i18n.getUILanguage());
const t = translatorFor(language);
document.documentElement.lang = language; // for screen readers
document.title = t('audit_page_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={language} t={t}>
      <AuditApp services={createAuditServices()} />
    </I18nProvider>
  </StrictMode>,
);
