/**
 * Conductors (issue #6 §1): the interview conductors in force (view, import, export, back to the
 * shipped ones), the timer's durations per interview type, phase notifications.
 */
import { useId } from 'react';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { importConductors } from '../../lib/conductors/import.ts';
import { PHASE_IDS, type Conductor, type PhaseId } from '../../lib/conductors/schema.ts';
import { phaseLabel } from '../../lib/i18n/labels.ts';
import type { Settings } from '../../lib/org-settings/schema.ts';
import type { Locks } from '../../lib/org-settings/merge.ts';
import { FileImport, LockedNote, NumberField, Section } from './controls.tsx';
import { useT } from './i18n.ts';

export interface ConductorsSectionProps {
  effective: Settings;
  locks: Locks;
  update(change: (u: Settings) => Settings): void;
  download(fileName: string, content: string): void;
  announce(message: string): void;
}

function ConductorView({ c }: { c: Conductor }) {
  const t = useT();
  return (
    <details>
      <summary>{t('options_conductor_view', { conductor: c.libelle })}</summary>
      <p><strong>{t('options_conductor_objective')}</strong> {c.cadre.objectif}</p>
      {c.phases.map((p) => (
        <div key={p.id}>
          <h4>{phaseLabel(t, p.id)} — {t('options_minutes', { count: p.dureeMinutes })}</h4>
          <ul>{p.checklist.map((i) => <li key={i.id}>{i.libelle}</li>)}</ul>
        </div>
      ))}
      {c.compteRendu.length > 0 && (
        <p><strong>{t('options_conductor_report')}</strong> {c.compteRendu.map((e) => e.libelle).join(' ; ')}</p>
      )}
    </details>
  );
}

export function ConductorsSection({ effective, locks, update, download, announce }: ConductorsSectionProps) {
  const t = useT();
  const notifId = useId();
  const imported = effective.conductors.imported;
  const list = imported?.conducteurs ?? DEFAULT_CONDUCTORS;
  const durations = effective.conductors.durations;

  const setDuration = (c: Conductor, phase: PhaseId, minutes: number) => update((u) => {
    const own = c.phases.find((p) => p.id === phase)!.dureeMinutes;
    const forType = { ...(u.conductors.durations[c.id] ?? {}) };
    if (minutes === own) delete forType[phase]; else forType[phase] = minutes;
    const all = { ...u.conductors.durations };
    if (Object.keys(forType).length) all[c.id] = forType; else delete all[c.id];
    return { ...u, conductors: { ...u.conductors, durations: all } };
  });

  return (
    <Section id="conducteurs" title={t('options_conductors_title')}>
      <p>
        {locks.conductors ? t('options_conductors_source_managed', { count: list.length })
          : imported ? t('options_conductors_source_imported', { count: list.length })
            : t('options_conductors_source_default', { count: list.length })}
        {locks.conductors && <> <LockedNote id="conducteurs-lock" /></>}
      </p>

      <table className="durations">
        <caption>{t('options_durations_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_durations_type')}</th>
            {PHASE_IDS.map((p) => <th key={p} scope="col">{phaseLabel(t, p)}</th>)}
          </tr>
        </thead>
        <tbody>
          {list.map((c) => {
            const locked = locks.durations.has(c.id);
            return (
              <tr key={c.id} data-conductor={c.id}>
                <th scope="row">{c.libelle}{locked && <> <LockedNote id={`duree-${c.id}-lock`} /></>}</th>
                {c.phases.map((p) => (
                  <td key={p.id}>
                    <NumberField compact label={t('options_duration_label', { phase: phaseLabel(t, p.id), conductor: c.libelle })}
                      value={durations[c.id]?.[p.id] ?? p.dureeMinutes} min={1} max={240} disabled={locked}
                      describedBy={locked ? `duree-${c.id}-lock` : undefined} onCommit={(n) => setDuration(c, p.id, n)} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>

      <p className="check">
        <input id={notifId} type="checkbox" checked={effective.conductors.notifications} disabled={locks.notifications}
          aria-describedby={locks.notifications ? `${notifId}-lock` : undefined}
          onChange={(e) => update((u) => ({ ...u, conductors: { ...u.conductors, notifications: e.target.checked } }))} />
        <label htmlFor={notifId}>{t('options_notifications')}</label>
        {locks.notifications && <> <LockedNote id={`${notifId}-lock`} /></>}
      </p>

      <h3>{t('options_conductors_list')}</h3>
      {list.map((c) => <ConductorView key={c.id} c={c} />)}

      <FileImport label={t('options_conductors_import')} disabled={locks.conductors} describedBy={locks.conductors ? 'conducteurs-lock' : undefined}
        refusedTitle={t('options_conductors_refused')} testId="import-conducteurs"
        onFile={async (text) => {
          const r = importConductors(text, list);
          if (!r.ok) return { ok: false, lines: r.errors };
          update((u) => ({ ...u, conductors: { ...u.conductors, imported: { version: 1, conducteurs: r.conductors } } }));
          return { ok: true, lines: [t('options_conductors_imported', { count: r.conductors.length })] };
        }} />
      <p>
        <button type="button" onClick={() => download('cadre-conducteurs.json', `${JSON.stringify({ version: 1, conducteurs: list }, null, 2)}\n`)}>
          {t('options_conductors_export')}
        </button>{' '}
        <button type="button" disabled={locks.conductors || !imported} aria-describedby={locks.conductors ? 'conducteurs-lock' : undefined}
          onClick={() => { update((u) => ({ ...u, conductors: { ...u.conductors, imported: null } })); announce(t('options_conductors_reset_done')); }}>
          {t('options_conductors_reset')}
        </button>
      </p>
    </Section>
  );
}
