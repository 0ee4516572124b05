/**
 * Conclusion helper: structured inputs → a paragraph written to the person, checked by the engine
 * before it is offered for copy. Nothing typed here is stored. The paragraph is report content, in
 * French whatever the UI's language (issue #6 §4); the helper's own words follow the UI.
 */
import { useMemo, useState } from 'react';
import { buildConclusion } from '../../lib/conclusion/index.ts';
import type { Conductor } from '../../lib/conductors/schema.ts';
import type { Finding } from '../../lib/lint/types.ts';
import { pluralOf } from '../../lib/i18n/index.ts';
import { useLanguage, useT } from '../ui/i18n.ts';

export interface ConclusionHelperProps {
  conductor: Conductor;
  checked: readonly string[];
  lint(text: string): Finding[];
  copy(text: string): Promise<void>;
  /**
   * insert the paragraph at the caret of the page's report editor, through the editor's own input
   * path (issue #4 §4); absent when no page editor can take it
   */
  insert?(text: string): Promise<{ ok: boolean; reason?: string }>;
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function ConclusionHelper({ conductor, checked, lint, copy, insert }: ConclusionHelperProps) {
  const t = useT();
  const language = useLanguage();
  const [actions, setActions] = useState('');
  const [travail, setTravail] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [copied, setCopied] = useState('');
  const text = useMemo(
    () => buildConclusion({ conductor, checked, actions: lines(actions), travail: lines(travail), nextMeeting: date, nextMeetingTime: time }),
    [conductor, checked, actions, travail, date, time],
  );
  const findings = useMemo(() => lint(text).filter((f) => f.category !== 'completude'), [lint, text]);
  return (
    <div className="conclusion">
      <label htmlFor="conclusion-actions">{t('panel_conclusion_actions')}</label>
      <textarea id="conclusion-actions" rows={3} value={actions} onChange={(e) => setActions(e.target.value)} />
      <label htmlFor="conclusion-travail">{t('panel_conclusion_work')}</label>
      <textarea id="conclusion-travail" rows={3} value={travail} onChange={(e) => setTravail(e.target.value)} />
      <div className="row">
        <span>
          <label htmlFor="conclusion-date">{t('panel_conclusion_date')}</label>
          <input id="conclusion-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </span>
        <span>
          <label htmlFor="conclusion-heure">{t('panel_conclusion_time')}</label>
          <input id="conclusion-heure" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </span>
      </div>
      <p className="label" id="conclusion-texte-label">{t('panel_conclusion_text')}</p>
      <output className="conclusion-text" aria-labelledby="conclusion-texte-label" data-testid="conclusion">{text}</output>
      <p className="hint" role="status">
        {findings.length === 0
          ? t('panel_conclusion_clean')
          : t(`panel_conclusion_findings_${pluralOf(findings.length, language)}`, {
            count: findings.length,
            list: findings.map((f) => `${t('common_quote', { text: f.text })} (${f.message})`).join(t('panel_list_separator')),
          })}
      </p>
      <button
        type="button"
        onClick={async () => {
          try { await copy(text); setCopied(t('panel_conclusion_copied')); } catch { setCopied(t('panel_conclusion_copy_failed')); }
        }}
      >
        {t('panel_conclusion_copy')}
      </button>{' '}
      {insert && (
        <button
          type="button"
          onClick={async () => {
            try {
              const r = await insert(text);
              setCopied(r.ok ? t('panel_conclusion_inserted') : r.reason ?? t('panel_conclusion_insert_failed'));
            } catch {
              setCopied(t('panel_conclusion_insert_no_field'));
            }
          }}
        >
          {t('panel_conclusion_insert')}
        </button>
      )}
      <span role="status" className="hint">{copied}</span>
    </div>
  );
}
