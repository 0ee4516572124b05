/** Settings of the panel: notifications, retention, conductors import, erase everything. */
import { useId, useState } from 'react';
import type { Settings } from '../../lib/settings/index.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';

export interface SettingsPanelProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** returns French errors, empty on success */
  onImport(json: string): Promise<string[]>;
  onRestoreDefaults(): void;
  importedCount: number | null;
  onEraseAll(): Promise<void>;
}

export function SettingsPanel({ settings, onChange, onImport, onRestoreDefaults, importedCount, onEraseAll }: SettingsPanelProps) {
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
        <label htmlFor="reglage-notifications">Notification à chaque changement de phase</label>
      </p>
      <p>
        <label htmlFor="reglage-conservation">Conservation des entretiens (jours)</label>
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
        <label htmlFor={fileId}>Importer les conducteurs de votre organisation (JSON)</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const errors = await onImport(await file.text());
            setImportMessage(errors.length ? { ok: false, lines: errors } : { ok: true, lines: ['Conducteurs importés.'] });
            e.target.value = '';
          }}
        />
      </p>
      {importMessage && (
        <div role={importMessage.ok ? 'status' : 'alert'} className={importMessage.ok ? 'ok' : 'error'} data-testid="import-message">
          {!importMessage.ok && <p>Fichier refusé, les conducteurs en place sont conservés :</p>}
          <ul>{importMessage.lines.map((l) => <li key={l}>{l}</li>)}</ul>
        </div>
      )}
      <p className="hint">
        {importedCount === null ? 'Conducteurs utilisés : ceux fournis avec Cadre.' : `Conducteurs utilisés : ${importedCount} importés.`}{' '}
        {importedCount !== null && <button type="button" className="link" onClick={onRestoreDefaults}>Revenir aux conducteurs fournis</button>}
      </p>
      <ConfirmButton
        label="Effacer toutes les données"
        question="Effacer l'état de tous les entretiens (listes cochées, minuteurs) ? Cette action est définitive."
        confirmLabel="Confirmer l'effacement"
        onConfirm={async () => { await onEraseAll(); setErased('Toutes les données des entretiens ont été effacées.'); }}
      />
      <p role="status" className="hint">{erased}</p>
    </div>
  );
}
