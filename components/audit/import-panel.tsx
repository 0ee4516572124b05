/**
 * Import step of the audit page: file picker and drop zone, the list of imported files (a bad file
 * shows its French message and the others stay), the column mapping of CSV and JSON files with a
 * preview of their first rows, and the explicit choice to keep report texts.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import type { InspectedFile } from '../../lib/audit/session.ts';
import type { ColumnMapping } from '../../lib/audit/types.ts';

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

const ROLES: Array<{ key: keyof ColumnMapping; label: string; required?: boolean }> = [
  { key: 'text', label: 'Texte du compte rendu', required: true },
  { key: 'id', label: 'Identifiant' },
  { key: 'author', label: 'Auteur' },
  { key: 'type', label: "Type d'entretien" },
  { key: 'date', label: 'Date' },
];

const size = (n: number) => (n < 1024 ? `${n} o` : n < 1024 ** 2 ? `${(n / 1024).toFixed(0)} Ko` : `${(n / 1024 ** 2).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`);

export function AuditImportPanel(props: AuditImportPanelProps) {
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
      <h2 id="import-title">1. Importer des comptes rendus</h2>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>Déposez ici des fichiers <strong>.csv</strong>, <strong>.json</strong>, <strong>.txt</strong> ou <strong>.md</strong>, ou</p>
        <button type="button" className="primary" onClick={() => input.current?.click()}>Choisir des fichiers…</button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".csv,.tsv,.json,.txt,.md,text/csv,application/json,text/plain,text/markdown"
          className="visually-hidden"
          // out of the tab order: "Choisir des fichiers…" opens it, and a hidden input would take an invisible focus (issue #6 §4)
          tabIndex={-1}
          aria-label="Fichiers à auditer"
          onChange={(e) => { props.onAdd([...(e.target.files ?? [])]); e.target.value = ''; }}
        />
        <p className="hint">Les fichiers sont lus dans ce navigateur ; rien n'est envoyé.</p>
      </div>
      {props.busy && <p className="hint" role="status">Lecture des fichiers…</p>}

      {files.length > 0 && (
        <ul className="file-list" aria-label="Fichiers importés">
          {files.map((f) => (
            <li key={f.id} className={f.error ? 'error' : undefined} data-file={f.name}>
              <strong>{f.name}</strong> <span className="hint">{size(f.size)}</span>
              {f.error && <span> — {f.error}</span>}
              {' '}<button type="button" className="link" onClick={() => props.onRemove(f.id)} aria-label={`Retirer ${f.name}`}>Retirer</button>
            </li>
          ))}
        </ul>
      )}

      {usable.some((f) => f.headers?.length) && <h2>2. Colonnes</h2>}
      {usable.filter((f) => f.headers?.length).map((f) => (
        <MappingFieldset key={f.id} file={f} mapping={mappings[f.id] ?? {}} onChange={(m) => props.onMapping(f.id, m)} />
      ))}

      {usable.length > 0 && (
        <div className="start">
          <div className="keep">
            <input id={keepId} type="checkbox" checked={props.keepTexts} onChange={(e) => props.onKeepTexts(e.target.checked)} />
            <label htmlFor={keepId}>Conserver les textes des comptes rendus dans les résultats et l'historique</label>
          </div>
          <p className="hint">Par défaut, l'audit ne garde que la règle, la catégorie, la position et un extrait masqué de chaque constat (minimisation, RGPD art. 5.1.c).</p>
          <button type="button" className="primary" onClick={props.onStart}>Lancer l'audit</button>
        </div>
      )}
    </section>
  );
}

function MappingFieldset({ file, mapping, onChange }: { file: InspectedFile; mapping: Partial<ColumnMapping>; onChange(m: Partial<ColumnMapping>): void }) {
  const base = useId();
  const headers = file.headers ?? [];
  const textCol = mapping.text ? headers.indexOf(mapping.text) : -1;
  return (
    <fieldset className="mapping" data-mapping={file.name}>
      <legend>{file.name}</legend>
      <div className="mapping-grid">
        {ROLES.map((role) => (
          <div key={role.key}>
            <label htmlFor={`${base}-${role.key}`}>{role.label}{role.required ? ' (obligatoire)' : ''}</label>
            <select
              id={`${base}-${role.key}`}
              value={mapping[role.key] ?? ''}
              required={role.required}
              aria-invalid={role.required && !mapping[role.key] ? true : undefined}
              onChange={(e) => onChange({ ...mapping, [role.key]: e.target.value || undefined })}
            >
              <option value="">{role.required ? '— choisir —' : '— aucune —'}</option>
              {headers.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </div>
        ))}
      </div>
      {file.samples && file.samples.length > 0 && (
        <div className="table-scroll">
          <table className="preview">
            <caption className="hint">Premières lignes{file.delimiter ? ` (séparateur « ${file.delimiter === '\t' ? 'tabulation' : file.delimiter} »)` : ''}</caption>
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
