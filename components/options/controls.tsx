/** Small controls of the options page: lock note, list of lines, number field, file import, two-step confirm. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n.ts';

/** The visible reason a control is disabled; controls point to it with aria-describedby. */
export function LockedNote({ id }: { id: string }) {
  const t = useT();
  return <span id={id} className="locked">{t('options_locked')}</span>;
}

/**
 * One entry per line (terms, allowlist, ignored phrases). Saved when the field is left, so that
 * typing never writes half a word; empty lines and duplicates are dropped.
 */
export function LineList({ label, hint, value, onCommit }: { label: string; hint?: string; value: readonly string[]; onCommit(lines: string[]): void }) {
  const id = useId();
  const joined = value.join('\n');
  const [draft, setDraft] = useState(joined);
  useEffect(() => setDraft(joined), [joined]);
  const commit = () => {
    const lines = [...new Set(draft.split('\n').map((l) => l.trim()).filter(Boolean))];
    if (lines.join('\n') !== joined) onCommit(lines);
  };
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      <textarea id={id} rows={Math.min(10, Math.max(3, value.length + 1))} value={draft} aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
    </p>
  );
}

/** An integer field saved when left or on Enter, if within bounds; otherwise says why. */
export function NumberField({ label, value, min, max, disabled, describedBy, onCommit, compact }: {
  label: string; value: number; min: number; max: number; disabled?: boolean; describedBy?: string; compact?: boolean; onCommit(n: number): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');
  useEffect(() => { setDraft(String(value)); setError(''); }, [value]);
  const commit = () => {
    const n = Number(draft);
    if (!/^\d+$/.test(draft.trim()) || n < min || n > max) { setError(t('options_number_range', { min, max })); return; }
    setError('');
    if (n !== value) onCommit(n);
  };
  const describe = [describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span className={compact ? 'number compact' : 'number'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} value={draft} disabled={disabled}
        aria-invalid={error ? true : undefined} aria-describedby={describe}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
    </span>
  );
}

export interface ImportOutcome { ok: boolean; lines: string[] }

/** A JSON file picker whose outcome (imported, or refused with the reasons) is announced. */
export function FileImport({ label, disabled, describedBy, refusedTitle, onFile, testId }: {
  label: string; disabled?: boolean; describedBy?: string; refusedTitle: string; testId: string;
  onFile(text: string): Promise<ImportOutcome>;
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <div className="import">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept="application/json,.json" disabled={disabled} aria-describedby={describedBy}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setOutcome(await onFile(await file.text()));
          e.target.value = '';
        }} />
      {outcome && (
        <div role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'ok' : 'error'} data-testid={testId}>
          {!outcome.ok && <p>{refusedTitle}</p>}
          <ul>{outcome.lines.map((l) => <li key={l}>{l}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

/** A destructive action in two steps, without a modal: the button turns into "confirm / cancel". */
export function Confirm({ label, question, confirmLabel, disabled, describedBy, onConfirm }: {
  label: string; question: string; confirmLabel: string; disabled?: boolean; describedBy?: string; onConfirm(): void | Promise<void>;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus(); // focus goes back where it was
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return <button type="button" ref={openerRef} className="danger" disabled={disabled} aria-describedby={describedBy} onClick={() => setAsking(true)}>{label}</button>;
  }
  return (
    <div role="group" aria-label={question} className="confirm">
      <p>{question}</p>
      <button type="button" ref={confirmRef} className="danger" onClick={async () => { await onConfirm(); setAsking(false); }}>{confirmLabel}</button>{' '}
      <button type="button" onClick={() => setAsking(false)}>{t('options_cancel')}</button>
    </div>
  );
}

/** A section of the page with its heading (reached from the page's navigation). */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-titre`} tabIndex={-1}>
      <h2 id={`${id}-titre`}>{title}</h2>
      {intro && <p className="hint">{intro}</p>}
      {children}
    </section>
  );
}
