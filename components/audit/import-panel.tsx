/**
 * Import step of the audit page: file picker and drop zone, the list of imported files (a bad file
 * shows its French message and the others stay), the column mapping of CSV and JSON files with a
 * preview of their first rows, and the explicit choice to keep report texts. A file's own message
 * comes from the importers shared with the CLI, in French (issue #6 §4: see lib/audit/import.ts).
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import type { InspectedFile } from '../../lib/audit/session.ts';
import type { ColumnMapping } from '../../lib/audit/types.ts';
import { formatNumber, type Language, type MessageKey, type Translate } from '../../lib/i18n/index.ts';
import { useLanguage, useT, withNodes } from '../ui/i18n.ts';

export interface AuditImportPanelProps {
  files: InspectedFile[];
  busy: boolean;
  mappings: Record<number, Partial<ColumnMapping>>;
  keepTexts: boolean;
  onAdd(files: File[]): void;
  onRemove(id: number): void;
  onMapping(id: number, mapping: Partial<ColumnMapping>): void;
  onKeepTexts(keep: boolean): void;
  onStart(): void;
}

const ROLES: Array<{ key: keyof ColumnMapping; label: MessageKey; required?: boolean }> = [
  { key: 'text', label: 'audit_role_text', required: true },
  { key: 'id', label: 'audit_role_id' },
  { key: 'author', label: 'audit_role_author' },
  { key: 'type', label: 'audit_role_type' },
  { key: 'date', label: 'audit_role_date' },
];

const size = (n: number, t: Translate, language: Language) => (n < 1024
  ? t('audit_size_bytes', { size: n })
  : n < 1024 ** 2 ? t('audit_size_kb', { size: formatNumber(Math.round(n / 1024), language) })
    : t('audit_size_mb', { size: formatNumber(n / 1024 ** 2, language, { maximumFractionDigits: 1 }) }));

export function AuditImportPanel(props: AuditImportPanelProps) {
  const t = useT();
  const language = useLanguage();
  const { files, mappings } = props;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const keepId = useId();
  const usable = files.filter((f) => !f.error);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    props.onAdd([...e.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('audit_import_title')}</h2>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>{withNodes(t('audit_drop'), { csv: <strong>.csv</strong>, json: <strong>.json</strong>, txt: <strong>.txt</strong>, md: <strong>.md</strong> })}</p>
        <button type="button" className="primary" onClick={() => input.current?.click()}>{t('audit_choose_files')}</button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".csv,.tsv,.json,.txt,.md,text/csv,application/json,text/plain,text/markdown"
          className="visually-hidden"
          // out of the tab order: "Choisir des fichiers…" opens it, and a hidden input would take an invisible focus (issue #6 §4)
          tabIndex={-1}
          aria-label={t('audit_files_input')}
          onChange={(e) => { props.onAdd([...(e.target.files ?? [])]); e.target.value = ''; }}
        />
        <p className="hint">{t('audit_local_only')}</p>
      </div>
      {props.busy && <p className="hint" role="status">{t('audit_reading')}</p>}

      {files.length > 0 && (
        <ul className="file-list" aria-label={t('audit_files_list')}>
          {files.map((f) => (
            <li key={f.id} className={f.error ? 'error' : undefined} data-file={f.name}>
              <strong>{f.name}</strong> <span className="hint">{size(f.size, t, language)}</span>
              {f.error && <span> — {f.error}</span>}
              {' '}<button type="button" className="link" onClick={() => props.onRemove(f.id)} aria-label={t('audit_remove_file', { name: f.name })}>{t('audit_remove')}</button>
            </li>
          ))}
        </ul>
      )}

      {usable.some((f) => f.headers?.length) && <h2>{t('audit_columns_title')}</h2>}
      {usable.filter((f) => f.headers?.length).map((f) => (
        <MappingFieldset key={f.id} file={f} mapping={mappings[f.id] ?? {}} onChange={(m) => props.onMapping(f.id, m)} />
      ))}

      {usable.length > 0 && (
        <div className="start">
          <div className="keep">
            <input id={keepId} type="checkbox" checked={props.keepTexts} onChange={(e) => props.onKeepTexts(e.target.checked)} />
            <label htmlFor={keepId}>{t('audit_keep_texts')}</label>
          </div>
          <p className="hint">{t('audit_keep_hint')}</p>
          <button type="button" className="primary" onClick={props.onStart}>{t('audit_start')}</button>
        </div>
      )}
    </section>
  );
}

function MappingFieldset({ file, mapping, onChange }: { file: InspectedFile; mapping: Partial<ColumnMapping>; onChange(m: Partial<ColumnMapping>): void }) {
  const t = useT();
  const base = useId();
  const headers = file.headers ?? [];
  const textCol = mapping.text ? headers.indexOf(mapping.text) : -1;
  return (
    <fieldset className="mapping" data-mapping={file.name}>
      <legend>{file.name}</legend>
      <div className="mapping-grid">
        {ROLES.map((role) => (
          <div key={role.key}>
            <label htmlFor={`${base}-${role.key}`}>{role.required ? t('audit_required', { label: t(role.label) }) : t(role.label)}</label>
            <select
              id={`${base}-${role.key}`}
              value={mapping[role.key] ?? ''}
              required={role.required}
              aria-invalid={role.required && !mapping[role.key] ? true : undefined}
              onChange={(e) => onChange({ ...mapping, [role.key]: e.target.value || undefined })}
            >
              <option value="">{t(role.required ? 'audit_choose_column' : 'audit_no_column')}</option>
              {headers.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </div>
        ))}
      </div>
      {file.samples && file.samples.length > 0 && (
        <div className="table-scroll">
          <table className="preview">
            <caption className="hint">{file.delimiter ? t('audit_preview_delimiter', { delimiter: file.delimiter === '\t' ? t('audit_tab') : file.delimiter }) : t('audit_preview')}</caption>
            <thead><tr>{headers.map((h, i) => <th key={i} scope="col" className={i === textCol ? 'chosen' : undefined}>{h}</th>)}</tr></thead>
            <tbody>
              {file.samples.slice(0, 3).map((row, r) => (
                <tr key={r}>{headers.map((_, i) => <td key={i} className={i === textCol ? 'chosen' : undefined}>{truncate(row[i] ?? '')}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </fieldset>
  );
}

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? one.slice(0, 79) + '…' : one;
}
