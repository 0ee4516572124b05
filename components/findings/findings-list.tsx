/**
 * "Relecture du compte rendu": the findings of the page's current report editor (issue #4 §4),
 * grouped by severity then category, each with its text (click: the page scrolls to it and selects
 * it), its fixes ("Appliquer …") and "Ignorer". Plain buttons, so the list is keyboard-reachable
 * in reading order; counts are announced in a polite live region. No browser API here: the panel
 * passes the actions in.
 */
import { useEffect, useMemo, useState } from 'react';
import { CATEGORY_LABELS, type Category, type Severity } from '../../lib/lint/types.ts';
import { countsText, findingKey, groupFindings, type PanelEditor, type PanelFinding } from './group.ts';

export interface FindingsListProps {
  /** the tab's editors (null: not known yet) */
  editors: PanelEditor[] | null;
  onReveal(editor: PanelEditor, finding: PanelFinding): Promise<{ ok: boolean; reason?: string }>;
  onApply(editor: PanelEditor, finding: PanelFinding, fixIndex: number): Promise<{ ok: boolean; reason?: string }>;
  onIgnore(editor: PanelEditor, finding: PanelFinding): Promise<{ ok: boolean; reason?: string }>;
}

const SEVERITY_TITLES: Record<Severity, string> = { error: 'Erreurs', warning: 'Avertissements', info: 'Informations' };

export function FindingsList({ editors, onReveal, onApply, onIgnore }: FindingsListProps) {
  const editor = editors?.find((e) => e.focused) ?? editors?.[0];
  // findings acted upon stay hidden until the page sends its next findings
  const [done, setDone] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  useEffect(() => setDone(new Set()), [editor]);
  const visible = useMemo(() => (editor ? editor.findings.filter((f) => !done.has(findingKey(f))) : []), [editor, done]);
  const groups = useMemo(() => groupFindings(visible), [visible]);
  const counts = countsText(visible);

  const act = async (f: PanelFinding, run: () => Promise<{ ok: boolean; reason?: string }>, okText: string) => {
    try {
      const r = await run();
      if (r.ok) { setDone((d) => new Set(d).add(findingKey(f))); setStatus(okText); } else setStatus(r.reason ?? 'Action impossible sur la page.');
    } catch {
      setStatus("La page ne répond pas : rechargez-la, ou vérifiez que Cadre y est activé.");
    }
  };

  return (
    <div className="findings">
      <p className="findings-counts" role="status" aria-live="polite" aria-atomic="true" data-testid="findings-counts">
        {editors === null ? 'Chargement…' : !editor ? 'Aucun compte rendu relu sur cette page pour le moment : écrivez dans le champ du compte rendu.' : counts}
      </p>
      {groups.map(({ severity, categories }) => (
        <section key={severity} className={`findings-severity sev-${severity}`} aria-label={`${SEVERITY_TITLES[severity]} (${categories.reduce((n, c) => n + c.findings.length, 0)})`}>
          <h3>{SEVERITY_TITLES[severity]} ({categories.reduce((n, c) => n + c.findings.length, 0)})</h3>
          {categories.map(({ category, findings }) => (
            <div key={category} className="findings-category">
              <h4>{CATEGORY_LABELS[category as Category] ?? category}</h4>
              <ul>
                {findings.map((f) => (
                  <li key={findingKey(f)} className="finding" data-finding={f.rule} data-category={f.category} data-severity={f.severity}>
                    <button
                      type="button"
                      className="finding-text"
                      title="Montrer dans la page"
                      onClick={() => void onReveal(editor!, f).then((r) => setStatus(r.ok ? `« ${f.text} » sélectionné dans la page.` : r.reason ?? 'Texte introuvable dans la page.'), () => setStatus('La page ne répond pas.'))}
                    >
                      « {f.text} »
                    </button>
                    <span className="finding-message">{f.message}</span>
                    <details className="finding-why">
                      <summary>Pourquoi ?</summary>
                      <p>{f.explanation}</p>
                      {f.references.length > 0 && <p className="hint">{f.references.join(' · ')}</p>}
                    </details>
                    <div className="finding-actions">
                      {f.fixes.slice(0, 3).map((fix, i) => (
                        <button key={i} type="button" className={i === 0 ? 'primary' : undefined} onClick={() => void act(f, () => onApply(editor!, f, i), 'Correction appliquée dans la page.')}>
                          Appliquer : {fix.label}
                        </button>
                      ))}
                      <button type="button" onClick={() => void act(f, () => onIgnore(editor!, f), 'Signalement ignoré.')} aria-label={`Ignorer « ${f.text} »`}>
                        Ignorer
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <p className="hint" role="status" data-testid="findings-status">{status}</p>
    </div>
  );
}
