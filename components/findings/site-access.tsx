/**
 * Where Cadre runs, for the tab the panel follows (issue #4 §1): "Activer Cadre sur ce site" asks
 * the browser for this site's permission (the click is the user gesture the browser requires, so
 * `onActivate` must call the permission request before anything else), "Désactiver Cadre sur ce
 * site" gives it back. When the browser hides the tab's address (Cadre has no access to it yet and
 * the panel was not opened from that tab), the user can type the site's address.
 */
import { useId, useState } from 'react';
import type { SiteAccess } from '../../lib/permissions/index.ts';

export interface SiteAccessProps {
  access: SiteAccess | null;
  /** `typed`: the address typed by the user when the tab's own is hidden */
  onActivate(typed?: string): Promise<{ ok: boolean; message: string }>;
  onDeactivate(): Promise<{ ok: boolean; message: string }>;
}

export function SiteAccessPanel({ access, onActivate, onDeactivate }: SiteAccessProps) {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const inputId = useId();
  if (!access || access.state === 'unsupported') return null;
  const run = (p: Promise<{ ok: boolean; message: string }>) => {
    void p.then(setStatus, () => setStatus({ ok: false, message: "Le navigateur n'a pas pu changer l'autorisation." }));
  };
  return (
    <section className="site-access" aria-labelledby="titre-site" data-site-state={access.state}>
      <h2 id="titre-site" className="visually-hidden">Site de cet onglet</h2>
      {access.state === 'active' && (
        <p>
          Cadre relit les comptes rendus sur <strong>{access.label}</strong>.{' '}
          <button type="button" className="link" onClick={() => run(onDeactivate())}>Désactiver Cadre sur ce site</button>
        </p>
      )}
      {access.state === 'inactive' && (
        <p>
          Cadre n'est pas activé sur <strong>{access.label}</strong> : il ne lit rien de cette page.
          <br />
          <button type="button" className="primary" onClick={() => run(onActivate())}>Activer Cadre sur ce site</button>
        </p>
      )}
      {access.state === 'unknown' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(onActivate(typed));
          }}
        >
          <p className="hint">
            Cadre ne voit pas l'adresse de cet onglet. Cliquez sur le bouton de Cadre dans la barre d'outils depuis
            cet onglet, ou saisissez l'adresse du site de votre applicatif.
          </p>
          <label htmlFor={inputId}>Adresse du site</label>
          <input id={inputId} type="url" inputMode="url" placeholder="https://applicatif.exemple.fr" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="primary">Activer Cadre sur ce site</button>
        </form>
      )}
      <p role="status" className={status ? (status.ok ? 'hint' : 'hint error') : 'hint'} data-testid="site-status">{status?.message ?? ''}</p>
    </section>
  );
}
