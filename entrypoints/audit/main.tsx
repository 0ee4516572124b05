/** Audit page entry (audit.html, issue #5 §2): mount the page with its browser services. Wiring only. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { AuditApp } from '../../components/audit/audit-app.tsx';
import { createAuditServices } from './services.ts';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuditApp services={createAuditServices()} />
  </StrictMode>,
);
