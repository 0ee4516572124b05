/**
 * Where Cadre runs, for the tab the panel follows (issue #4 §1): "Activer Cadre sur ce site" asks
 * the browser for this site's permission (the click is the user gesture the browser requires, so
 * `onActivate` must call the permission request before anything else), "Désactiver Cadre sur ce
 * site" gives it back. When the browser hides the tab's address (Cadre has no access to it yet and
 * the panel was not opened from that tab), the user can type the site's address.
 */
import { useId, useState } from 'react';
import type { SiteAccess } from '../../lib/permissions/index.ts';
import { useT, withNodes } from '../ui/i18n.ts';

export interface SiteAccessProps {
  access: SiteAccess | null;
  /** `typed`: the address typed by the user when the tab's own is hidden */
  onActivate(typed?: string): Promise<{ ok: boolean; message: string }>;
  onDeactivate(): Promise<{ ok: boolean; message: string }>;
}

export function SiteAccessPanel({ access, onActivate, onDeactivate }: SiteAccessProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const inputId = useId();
  if (!access || access.state === 'unsupported') return null;
  const run = (p: Promise<{ ok: boolean; message: string }>) => {
    void p.then(setStatus, () => setStatus({ ok: false, message: t('panel_site_change_failed') }));
  };
  return (
    <section className="site-access" aria-labelledby="titre-site" data-site-state={access.state}>
      <h2 id="titre-site" className="visually-hidden">{t('panel_site_heading')}</h2>
      {access.state === 'active' && (
        <p>
          {withNodes(t('panel_site_active'), { site: <strong>{access.label}</strong> })}{' '}
          <button type="button" className="link" onClick={() => run(onDeactivate())}>{t('panel_site_deactivate')}</button>
        </p>
      )}
      {access.state === 'inactive' && (
        <p>
          {withNodes(t('panel_site_inactive'), { site: <strong>{access.label}</strong> })}
          <br />
          <button type="button" className="primary" onClick={() => run(onActivate())}>{t('panel_site_activate')}</button>
        </p>
      )}
      {access.state === 'unknown' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(onActivate(typed));
          }}
        >
          <p className="hint">{t('panel_site_unknown')}</p>
          <label htmlFor={inputId}>{t('panel_site_address')}</label>
          <input id={inputId} type="url" inputMode="url" placeholder={t('panel_site_address_example')} value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="primary">{t('panel_site_activate')}</button>
        </form>
      )}
      <p role="status" className={status ? (status.ok ? 'hint' : 'hint error') : 'hint'} data-testid="site-status">{status?.message ?? ''}</p>
    </section>
  );
}
