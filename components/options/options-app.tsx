/**
 * The options page (issue #6): sites, rules, conductors, data. Every change is saved at once into
 * the user's settings (one write each); what the organisation's policy sets is shown locked, and
 * stored values that no longer validated are listed with the default now in use.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { toSettingsFile } from '../../lib/org-settings/file.ts';
import { mergeManaged } from '../../lib/org-settings/merge.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import type { Settings } from '../../lib/org-settings/schema.ts';
import type { SettingsState } from '../../lib/org-settings/storage.ts';
import { ConductorsSection } from './conductors-section.tsx';
import { DataSection } from './data-section.tsx';
import { RulesSection } from './rules-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { useT } from './i18n.ts';
import type { OptionsServices, RuleInfo } from './types.ts';

export interface OptionsAppProps {
  services: OptionsServices;
  rules: readonly RuleInfo[];
}

export function OptionsApp({ services, rules }: OptionsAppProps) {
  const t = useT();
  const [state, setState] = useState<SettingsState | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  // repairs found when the page opened: still listed after the next save has fixed them
  const [repaired, setRepaired] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const statusSeq = useRef(0);

  // changes under way: a value read meanwhile would undo them on screen for a moment
  const pending = useRef(0);
  const reload = useCallback(async () => {
    const next = await services.load();
    if (pending.current > 0) return;
    setState(next);
    setRepaired((r) => r ?? next.userErrors);
  }, [services]);
  const reloadPermissions = useCallback(async () => setGranted(await services.grantedOrigins().catch(() => [])), [services]);

  useEffect(() => {
    void reload();
    return services.watch(() => void reload());
  }, [services, reload]);
  useEffect(() => {
    void reloadPermissions();
    return services.watchPermissions(() => void reloadPermissions());
  }, [services, reloadPermissions]);

  const announce = useCallback((message: string) => {
    // the same message twice in a row must be read again: clear, then set
    const seq = ++statusSeq.current;
    setStatus('');
    setTimeout(() => { if (seq === statusSeq.current) setStatus(message); }, 50);
  }, []);

  const update = useCallback((change: (u: Settings) => Settings) => {
    setFailure('');
    // shown at once (a checkbox must not flip back while the write is under way), then re-read
    setState((s) => {
      if (!s) return s;
      const user = change(s.user);
      const merged = Object.keys(s.managed).length ? mergeManaged(user, s.managed) : { settings: user, locks: s.locks };
      return { ...s, user, effective: merged.settings, locks: merged.locks };
    });
    pending.current++;
    // a section may say more than "saved" about this change ("… est ajouté, mais le navigateur ne
    // l'a pas autorisé"): announced meanwhile, that message stays (issue #6 §1)
    const said = statusSeq.current;
    void services.update(change).then(
      async () => { pending.current--; await reload(); if (statusSeq.current === said) announce(t('options_saved')); },
      (err: unknown) => { pending.current--; setFailure(t('options_save_failed', { reason: err instanceof Error ? err.message : String(err) })); void reload(); },
    );
  }, [services, reload, announce, t]);

  if (!state) return <main className="options"><h1>{t('options_title')}</h1><p>{t('options_loading')}</p></main>;
  const { effective, user, locks, managed, managedErrors } = state;
  const hasPolicy = Object.keys(managed).length > 0;

  return (
    <main className="options">
      <h1>{t('options_title')}</h1>
      <nav aria-label={t('options_nav')}>
        <ul>
          <li><a href="#sites">{t('options_sites_title')}</a></li>
          <li><a href="#regles">{t('options_rules_title')}</a></li>
          <li><a href="#conducteurs">{t('options_conductors_title')}</a></li>
          <li><a href="#donnees">{t('options_data_title')}</a></li>
        </ul>
      </nav>

      {hasPolicy && <p className="notice policy" data-testid="politique">{t('options_policy_present')}</p>}
      {managedErrors.length > 0 && (
        <div className="notice error" role="alert" data-testid="politique-erreurs">
          <p>{t('options_policy_errors')}</p>
          <ul>{managedErrors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      {repaired && repaired.length > 0 && (
        <div className="notice warning" role="alert" data-testid="reglages-repares">
          <p>{t('options_repaired')}</p>
          <ul>{repaired.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      {failure && <p className="notice error" role="alert">{failure}</p>}

      <SitesSection effective={effective} locks={locks} granted={granted} required={services.requiredOrigins} update={update}
        request={services.requestOrigin} revoke={services.removeOrigin} announce={announce}
        knownTypes={(effective.conductors.imported?.conducteurs ?? DEFAULT_CONDUCTORS).map((c) => c.id)} testProfile={services.testProfile} />
      <RulesSection rules={rules} effective={effective} user={user} locks={locks} update={update} />
      <ConductorsSection effective={effective} locks={locks} update={update} download={services.download} announce={announce} />
      <DataSection effective={effective} locks={locks} update={update}
        exportSettings={() => services.download('cadre-parametres.json', `${JSON.stringify(toSettingsFile(effective, new Date()), null, 2)}\n`)}
        importSettings={async (text) => {
          const errors = await services.importSettings(text);
          if (!errors.length) await reload();
          return errors;
        }}
        deleteAll={services.deleteAllData} />

      <div className="status" role="status" aria-live="polite" data-testid="statut">{status}</div>
    </main>
  );
}
