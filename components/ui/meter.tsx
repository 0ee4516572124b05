/** A labelled progress bar (native <progress>: announced by screen readers with its label). */
import { useT } from './i18n.ts';

export interface MeterProps {
  label: string;
  value: number;
  max: number;
  /** text shown and announced next to the bar ("2 sur 3", "04:10 / 10:00") */
  text: string;
  tone?: 'normal' | 'done' | 'over';
}

export function Meter({ label, value, max, text, tone = 'normal' }: MeterProps) {
  const t = useT();
  return (
    <div className={`meter meter-${tone}`}>
      <span className="meter-label">{label}</span>
      <progress max={max} value={Math.min(value, max)} aria-label={t('common_label_value', { label, value: text })} />
      <span className="meter-text">{text}</span>
    </div>
  );
}
