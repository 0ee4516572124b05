/** Side panel entry: mount the panel with its browser-backed dependencies. Wiring only. */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app.tsx';
import { createPanelServices } from './services.ts';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={createPanelServices(location.search)} />
  </StrictMode>,
);
