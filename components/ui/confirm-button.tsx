/** A destructive action in two steps, without a modal dialog: the button turns into "Confirmer / Annuler". */
import { useEffect, useRef, useState } from 'react';
import { useT } from './i18n.ts';

export interface ConfirmButtonProps {
  label: string;
  confirmLabel: string;
  /** sentence read before the confirm button */
  question: string;
  onConfirm(): void | Promise<void>;
}

export function ConfirmButton({ label, confirmLabel, question, onConfirm }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) confirmRef.current?.focus(); }, [asking]);
  if (!asking) {
    return <button type="button" ref={openerRef} className="danger" onClick={() => setAsking(true)}>{label}</button>;
  }
  return (
    <div role="group" aria-label={question} className="confirm">
      <p>{question}</p>
      <button type="button" ref={confirmRef} className="danger" onClick={async () => { await onConfirm(); setAsking(false); }}>{confirmLabel}</button>{' '}
      <button type="button" onClick={() => setAsking(false)}>{t('common_cancel')}</button>
    </div>
  );
}
