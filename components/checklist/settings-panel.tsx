/** Settings of the panel: notifications, retention, conductors import, erase everything. */
import { useId, useState } from 'react';
import type { Settings } from '../../lib/settings/index.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { pluralOf } from '../../lib/i18n/index.ts';
import { useLanguage, useT } from '../ui/i18n.ts';

export interface SettingsPanelProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** returns the import's errors (French: they name the file's French fields), empty on success */
  onImport(json: string): Promise<string[]>;
  onRestoreDefaults(): void;
  importedCount: number | null;
  onEraseAll(): Promise<void>;
}

export function SettingsPanel({ settings, onChange, onImport, onRestoreDefaults, importedCount, onEraseAll }: SettingsPanelProps) {
  const t = useT();
  const language = useLanguage();
  const [importMessage, setImportMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [erased, setErased] = useState('');
  const fileId = useId();
  return (
    <div className="settings">
      <p>
        <input
          id="reglage-notifications"
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => onChange({ ...settings, notifications: e.target.checked })}
        />
        <label htmlFor="reglage-notifications">{t('panel_settings_notifications')}</label>
      </p>
      <p>
        <label htmlFor="reglage-conservation">{t('panel_settings_retention')}</label>
        <input
          id="reglage-conservation"
          type="number"
          min={1}
          max={365}
          value={settings.retentionDays}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 365) onChange({ ...settings, retentionDays: n });
          }}
        />
      </p>
      <p>
        <label htmlFor={fileId}>{t('panel_settings_import')}</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const errors = await onImport(await file.text());
            setImportMessage(errors.length ? { ok: false, lines: errors } : { ok: true, lines: [t('panel_settings_imported')] });
            e.target.value = '';
          }}
        />
      </p>
      {importMessage && (
        <div role={importMessage.ok ? 'status' : 'alert'} className={importMessage.ok ? 'ok' : 'error'} data-testid="import-message">
          {!importMessage.ok && <p>{t('panel_settings_import_refused')}</p>}
          <ul>{importMessage.lines.map((l) => <li key={l}>{l}</li>)}</ul>
        </div>
      )}
      <p className="hint">
        {importedCount === null ? t('panel_settings_builtin') : t(`panel_settings_imported_count_${pluralOf(importedCount, language)}`, { count: importedCount })}{' '}
        {importedCount !== null && <button type="button" className="link" onClick={onRestoreDefaults}>{t('panel_settings_restore')}</button>}
      </p>
      <ConfirmButton
        label={t('panel_settings_erase')}
        question={t('panel_settings_erase_question')}
        confirmLabel={t('panel_settings_erase_confirm')}
        onConfirm={async () => { await onEraseAll(); setErased(t('panel_settings_erased')); }}
      />
      <p role="status" className="hint">{erased}</p>
    </div>
  );
}
