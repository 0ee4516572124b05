/**
 * Sites (issue #6 §1): where Cadre may run — the browser's permission for each site, granted and
 * given back here — and the site profiles that tell how to read each case-management application.
 */
import { useId, useState } from 'react';
import { parseWith } from '../../lib/config/schema.ts';
import { siteProfileSchema, type SiteProfile } from '../../lib/site-profiles/index.ts';
import { toOriginPattern, type Settings } from '../../lib/org-settings/schema.ts';
import type { Locks } from '../../lib/org-settings/merge.ts';
import { LockedNote, Section } from './controls.tsx';
import { useT } from './i18n.ts';
import type { ProfileTest } from './types.ts';

export interface SitesSectionProps {
  effective: Settings;
  locks: Locks;
  granted: readonly string[];
  required: readonly string[];
  update(change: (u: Settings) => Settings): void;
  request(pattern: string): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
  announce(message: string): void;
  /** conductor ids, for reading the interview type */
  knownTypes: readonly string[];
  testProfile(profile: SiteProfile, knownTypes: readonly string[]): Promise<ProfileTest>;
}

/** `https://crm.exemple.fr/*` → `crm.exemple.fr` */
const hostOf = (pattern: string) => pattern.replace(/^[^:]+:\/\//, '').replace(/\/\*$/, '');

function SiteRow({ pattern, granted, required, locked, onGrant, onRemove }: {
  pattern: string; granted: boolean; required: boolean; locked: boolean; onGrant(): void; onRemove(): void;
}) {
  const t = useT();
  const id = useId();
  return (
    <li className="site" data-site={pattern}>
      <span className="site-host">{hostOf(pattern)}</span>{' '}
      <span className={granted ? 'badge ok' : 'badge'} id={`${id}-state`}>
        {required ? t('options_site_required') : granted ? t('options_site_granted') : t('options_site_not_granted')}
      </span>{' '}
      {!granted && <button type="button" onClick={onGrant} aria-describedby={`${id}-state`}>{t('options_site_grant', { site: hostOf(pattern) })}</button>}{' '}
      {!required && (
        <button type="button" disabled={locked} aria-describedby={locked ? `${id}-lock` : undefined} onClick={onRemove}>
          {t('options_site_remove', { site: hostOf(pattern) })}
        </button>
      )}
      {locked && <> <LockedNote id={`${id}-lock`} /></>}
    </li>
  );
}

function ProfileEditor({ initial, onSave, onCancel }: { initial: string; onSave(p: SiteProfile): void; onCancel(): void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const save = () => {
    let json: unknown;
    try { json = JSON.parse(text); } catch { setErrors([t('options_profile_not_json')]); return; }
    const r = parseWith(siteProfileSchema, json, 'profil');
    if (!r.ok) { setErrors(r.errors); return; }
    onSave(r.value);
  };
  return (
    <div className="profile-editor">
      <label htmlFor={id}>{t('options_profile_json')}</label>
      <textarea id={id} rows={12} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)}
        aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-errors` : undefined} />
      {errors.length > 0 && <ul id={`${id}-errors`} role="alert" className="error">{errors.map((e) => <li key={e}>{e}</li>)}</ul>}
      <button type="button" className="primary" onClick={save}>{t('options_profile_save')}</button>{' '}
      <button type="button" onClick={onCancel}>{t('options_cancel')}</button>
    </div>
  );
}

/** What each selector of the profile found in the tab, and what Cadre reads from it. */
function ProfileTestView({ result }: { result: ProfileTest }) {
  const t = useT();
  if (!result.ok) {
    return <p className="probe error" role="status">{result.reason === 'no-tab' ? t('options_probe_no_tab') : t('options_probe_failed', { reason: result.message })}</p>;
  }
  const label = { type: t('options_probe_type'), caseId: t('options_probe_case'), report: t('options_probe_report') };
  return (
    <div className="probe" role="status" data-testid="test-profil">
      <p>{t('options_probe_tab', { tab: result.tab })}</p>
      <ul>
        {result.rows.map((r) => (
          <li key={r.field} data-field={r.field}>
            <strong>{label[r.field]}</strong> <code>{r.selector}</code> :{' '}
            {r.error ? t('options_probe_invalid') : r.count ? t('options_probe_count', { count: r.count }) : t('options_probe_none')}
            {r.found !== undefined && <>, {t('options_probe_found', { value: r.found })}</>}
            {r.reads !== undefined && <> — {t('options_probe_reads', { value: r.reads })}</>}
            {r.field === 'type' && r.count > 0 && r.reads === undefined && <> — {t('options_probe_unread_type')}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

const NEW_PROFILE: SiteProfile = {
  id: 'mon-application',
  libelle: 'Mon application de suivi',
  urls: ['https://crm.exemple.fr/entretiens/*'],
  typeSelector: '#type-entretien',
  typeMap: {},
  caseId: { selector: '[data-dossier]', attribute: 'data-dossier' },
  reportSelector: '#compte-rendu',
};

export function SitesSection({ effective, locks, granted, required, update, request, revoke, announce, knownTypes, testProfile }: SitesSectionProps) {
  const t = useT();
  const addId = useId();
  const [address, setAddress] = useState('');
  const [addError, setAddError] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [tests, setTests] = useState<Record<string, ProfileTest>>({});

  const isGranted = (p: string) => granted.includes(p) || required.includes(p);
  // the sites of the settings, then those granted elsewhere (the panel's "Activer sur ce site")
  const web = (p: string) => /^(\*|https?):\/\/[^*/][^/]*\/\*$/.test(p) || /^(\*|https?):\/\/\*\.[^/]+\/\*$/.test(p);
  const sites = [...new Set([...effective.sites.origins, ...required, ...granted.filter(web)])];

  const grant = async (pattern: string) => {
    // first thing in the click handler: the browser wants the user's gesture
    const ok = await request(pattern).catch(() => false);
    announce(ok ? t('options_site_granted_now', { site: hostOf(pattern) }) : t('options_site_refused', { site: hostOf(pattern) }));
  };

  const add = async () => {
    const pattern = toOriginPattern(address);
    if (!pattern) { setAddError(t('options_site_invalid')); return; }
    setAddError('');
    const ok = await request(pattern).catch(() => false);
    update((u) => ({ ...u, sites: { ...u.sites, origins: u.sites.origins.includes(pattern) ? u.sites.origins : [...u.sites.origins, pattern] } }));
    setAddress('');
    announce(ok ? t('options_site_added', { site: hostOf(pattern) }) : t('options_site_added_not_granted', { site: hostOf(pattern) }));
  };

  const remove = async (pattern: string) => {
    if (granted.includes(pattern)) await revoke(pattern).catch(() => false);
    update((u) => ({ ...u, sites: { ...u.sites, origins: u.sites.origins.filter((o) => o !== pattern) } }));
    announce(t('options_site_removed', { site: hostOf(pattern) }));
  };

  const saveProfile = (previousId: string | null, p: SiteProfile) => {
    update((u) => {
      const list = u.sites.profiles.filter((x) => x.id !== previousId && x.id !== p.id);
      const at = previousId ? u.sites.profiles.findIndex((x) => x.id === previousId) : -1;
      list.splice(at < 0 ? list.length : Math.min(at, list.length), 0, p);
      return { ...u, sites: { ...u.sites, profiles: list } };
    });
    setEditing(null);
    announce(t('options_profile_saved', { profile: p.libelle }));
  };

  return (
    <Section id="sites" title={t('options_sites_title')} intro={t('options_sites_intro')}>
      <ul className="sites">
        {sites.map((p) => (
          <SiteRow key={p} pattern={p} granted={isGranted(p)} required={required.includes(p)} locked={locks.origins.has(p)}
            onGrant={() => void grant(p)} onRemove={() => void remove(p)} />
        ))}
      </ul>
      <form className="add-site" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label htmlFor={addId}>{t('options_site_address')}</label>
        <input id={addId} type="text" inputMode="url" autoComplete="url" placeholder="https://crm.exemple.fr" value={address}
          aria-invalid={addError ? true : undefined} aria-describedby={addError ? `${addId}-error` : undefined}
          onChange={(e) => setAddress(e.target.value)} />
        {addError && <span id={`${addId}-error`} className="field-error" role="alert">{addError}</span>}
        <button type="submit">{t('options_site_add')}</button>
      </form>

      <h3>{t('options_profiles_title')}</h3>
      <p className="hint">{t('options_profiles_intro')}</p>
      <ul className="profiles">
        {effective.sites.profiles.map((p) => {
          const locked = locks.profiles.has(p.id);
          return (
            <li key={p.id} className="profile" data-profile={p.id}>
              <strong>{p.libelle}</strong> <code>{p.id}</code>
              <span className="hint"> — {p.urls.join(', ')}</span>
              {locked && <> <LockedNote id={`profil-${p.id}-lock`} /></>}
              {editing === p.id
                ? <ProfileEditor initial={JSON.stringify(p, null, 2)} onSave={(next) => saveProfile(p.id, next)} onCancel={() => setEditing(null)} />
                : (
                  <p>
                    <button type="button" disabled={locked} aria-describedby={locked ? `profil-${p.id}-lock` : undefined} onClick={() => setEditing(p.id)}>
                      {t('options_profile_edit', { profile: p.libelle })}
                    </button>{' '}
                    <button type="button" disabled={locked} aria-describedby={locked ? `profil-${p.id}-lock` : undefined}
                      onClick={() => { update((u) => ({ ...u, sites: { ...u.sites, profiles: u.sites.profiles.filter((x) => x.id !== p.id) } })); announce(t('options_profile_removed', { profile: p.libelle })); }}>
                      {t('options_profile_remove', { profile: p.libelle })}
                    </button>{' '}
                    <button type="button" onClick={async () => {
                      const result = await testProfile(p, knownTypes);
                      setTests((all) => ({ ...all, [p.id]: result }));
                    }}>
                      {t('options_profile_test', { profile: p.libelle })}
                    </button>
                  </p>
                )}
              {tests[p.id] && <ProfileTestView result={tests[p.id]} />}
            </li>
          );
        })}
      </ul>
      {editing === ''
        ? <ProfileEditor initial={JSON.stringify(NEW_PROFILE, null, 2)} onSave={(p) => saveProfile(null, p)} onCancel={() => setEditing(null)} />
        : <button type="button" onClick={() => setEditing('')}>{t('options_profile_add')}</button>}
    </Section>
  );
}
