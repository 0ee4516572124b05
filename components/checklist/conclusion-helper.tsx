/**
 * Conclusion helper: structured inputs → a paragraph written to the person, checked by the engine
 * before it is offered for copy. Nothing typed here is stored.
 */
import { useMemo, useState } from 'react';
import { buildConclusion } from '../../lib/conclusion/index.ts';
import type { Conductor } from '../../lib/conductors/schema.ts';
import type { Finding } from '../../lib/lint/types.ts';

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
      <label htmlFor="conclusion-actions">Actions convenues (une par ligne)</label>
      <textarea id="conclusion-actions" rows={3} value={actions} onChange={(e) => setActions(e.target.value)} />
      <label htmlFor="conclusion-travail">Travail à réaliser avant le prochain rendez-vous (un par ligne)</label>
      <textarea id="conclusion-travail" rows={3} value={travail} onChange={(e) => setTravail(e.target.value)} />
      <div className="row">
        <span>
          <label htmlFor="conclusion-date">Date du prochain rendez-vous</label>
          <input id="conclusion-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </span>
        <span>
          <label htmlFor="conclusion-heure">Heure</label>
          <input id="conclusion-heure" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </span>
      </div>
      <p className="label" id="conclusion-texte-label">Paragraphe proposé</p>
      <output className="conclusion-text" aria-labelledby="conclusion-texte-label" data-testid="conclusion">{text}</output>
      <p className="hint" role="status">
        {findings.length === 0
          ? 'Relecture : aucun signalement.'
          : `Relecture : ${findings.length} signalement${findings.length > 1 ? 's' : ''} — ${findings.map((f) => `« ${f.text} » (${f.message})`).join(' ; ')}`}
      </p>
      <button
        type="button"
        onClick={async () => {
          try { await copy(text); setCopied('Paragraphe copié dans le presse-papiers.'); } catch { setCopied('Copie impossible : sélectionnez le texte et copiez-le.'); }
        }}
      >
        Copier le paragraphe
      </button>{' '}
      {insert && (
        <button
          type="button"
          onClick={async () => {
            try {
              const r = await insert(text);
              setCopied(r.ok ? 'Paragraphe inséré dans le compte rendu.' : r.reason ?? 'Insertion impossible dans la page.');
            } catch {
              setCopied("Insertion impossible : cliquez d'abord dans le champ du compte rendu de la page.");
            }
          }}
        >
          Insérer dans le compte rendu
        </button>
      )}
      <span role="status" className="hint">{copied}</span>
    </div>
  );
}
