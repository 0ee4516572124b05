/**
 * Data (issue #6 §1): retention of interview states, the settings file (export everything, import
 * everything — refused whole when any field is wrong), and erasing every interview and audit.
 */
import { useState } from 'react';
import type { Settings } from '../../lib/org-settings/schema.ts';
import type { Locks } from '../../lib/org-settings/merge.ts';
import { Confirm, FileImport, LockedNote, NumberField, Section } from './controls.tsx';
import { useT } from './i18n.ts';

export interface DataSectionProps {
  effective: Settings;
  locks: Locks;
  update(change: (u: Settings) => Settings): void;
  exportSettings(): void;
  importSettings(text: string): Promise<string[]>;
  deleteAll(): Promise<void>;
}

export function DataSection({ effective, locks, update, exportSettings, importSettings, deleteAll }: DataSectionProps) {
  const t = useT();
  const [erased, setErased] = useState('');
  return (
    <Section id="donnees" title={t('options_data_title')}>
      <p>
        <NumberField label={t('options_retention')} value={effective.data.retentionDays} min={1} max={365} disabled={locks.retentionDays}
          describedBy={locks.retentionDays ? 'conservation-lock' : undefined}
          onCommit={(n) => update((u) => ({ ...u, data: { ...u.data, retentionDays: n } }))} />
        {locks.retentionDays && <> <LockedNote id="conservation-lock" /></>}
      </p>
      {/* the retention above applies to saved audits too (issue #5 §1–3): their page is one click away */}
      <p><a href="audit.html#historique" target="_blank" rel="noopener">{t('pageaudit_options_history')}</a></p>

      <h3>{t('options_file_title')}</h3>
      <p className="hint">{t('options_file_intro')}</p>
      <p><button type="button" onClick={exportSettings}>{t('options_export')}</button></p>
      <FileImport label={t('options_import')} refusedTitle={t('options_import_refused')} testId="import-parametres"
        onFile={async (text) => {
          const errors = await importSettings(text);
          return errors.length ? { ok: false, lines: errors } : { ok: true, lines: [t('options_imported')] };
        }} />

      <h3>{t('options_erase_title')}</h3>
      <Confirm label={t('options_erase')} question={t('options_erase_question')} confirmLabel={t('options_erase_confirm')}
        onConfirm={async () => { await deleteAll(); setErased(t('options_erased')); }} />
      <p role="status" className="hint">{erased}</p>
    </Section>
  );
}
