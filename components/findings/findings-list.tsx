/**
 * "Relecture du compte rendu": the findings of the page's current report editor (issue #4 §4),
 * grouped by severity then category, each with its text (click: the page scrolls to it and selects
 * it), its fixes ("Appliquer …") and "Ignorer". Plain buttons, so the list is keyboard-reachable
 * in reading order; counts are announced in a polite live region. No browser API here: the panel
 * passes the actions in.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { categoryLabel, severityLabel } from '../../lib/i18n/labels.ts';
import { useLanguage, useT } from '../ui/i18n.ts';
import { countsText, findingKey, groupFindings, type PanelEditor, type PanelFinding } from './group.ts';
import { FindingWhy } from './finding-why.tsx';

export interface FindingsListProps {
  /** the tab's editors (null: not known yet) */
  editors: PanelEditor[] | null;
  onReveal(editor: PanelEditor, finding: PanelFinding): Promise<{ ok: boolean; reason?: string }>;
  onApply(editor: PanelEditor, finding: PanelFinding, fixIndex: number): Promise<{ ok: boolean; reason?: string }>;
  onIgnore(editor: PanelEditor, finding: PanelFinding): Promise<{ ok: boolean; reason?: string }>;
  /** the explanation shown under "Pourquoi ?", in the UI's language (the finding's own by default) */
  explain?(finding: PanelFinding): string;
}

export function FindingsList({ editors, onReveal, onApply, onIgnore, explain = (f) => f.explanation }: FindingsListProps) {
  const t = useT();
  const language = useLanguage();
  const editor = editors?.find((e) => e.focused) ?? editors?.[0];
  // findings acted upon stay hidden until the page sends its next findings
  const [done, setDone] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  useEffect(() => setDone(new Set()), [editor]);
  // A finding fixed or ignored leaves the list with the focus on its button: the focus goes to the
  // finding that takes its place (the count when none is left), not to the top of the panel, and
  // again when the page's next findings redraw the list (issue #6 §4, keyboard alone).
  const list = useRef<HTMLDivElement>(null);
  const refocus = useRef<{ at: number; editor: PanelEditor | undefined } | null>(null);
  // before paint: the focus never shows at the top of the panel in between
  useLayoutEffect(() => {
    const wanted = refocus.current;
    const root = list.current;
    if (!wanted || !root) return;
    const active = root.ownerDocument.activeElement;
    if (!active || active === root.ownerDocument.body) {
      const buttons = root.querySelectorAll<HTMLElement>('li.finding .finding-text');
      (buttons[Math.min(wanted.at, buttons.length - 1)] ?? root.querySelector<HTMLElement>('.findings-counts'))?.focus();
    } else if (!root.contains(active)) {
      refocus.current = null; // the user went elsewhere
      return;
    }
    // the page's next findings are drawn: the list is settled
    if (editor !== wanted.editor) refocus.current = null;
  });
  const visible = useMemo(() => (editor ? editor.findings.filter((f) => !done.has(findingKey(f))) : []), [editor, done]);
  const groups = useMemo(() => groupFindings(visible), [visible]);
  const counts = countsText(visible, t, language);

  const act = async (f: PanelFinding, run: () => Promise<{ ok: boolean; reason?: string }>, okText: string) => {
    const root = list.current;
    const at = root ? [...root.querySelectorAll('li.finding')].findIndex((li) => li.contains(root.ownerDocument.activeElement)) : -1;
    try {
      const r = await run();
      if (r.ok) { if (at >= 0) refocus.current = { at, editor }; setDone((d) => new Set(d).add(findingKey(f))); setStatus(okText); } else setStatus(r.reason ?? t('panel_findings_action_failed'));
    } catch {
      setStatus(t('panel_findings_page_silent_hint'));
    }
  };

  return (
    <div className="findings" ref={list}>
      <p className="findings-counts" tabIndex={-1} role="status" aria-live="polite" aria-atomic="true" data-testid="findings-counts">
        {editors === null ? t('common_loading') : !editor ? t('panel_findings_no_editor') : counts}
      </p>
      {groups.map(({ severity, categories }) => {
        const title = t('panel_findings_group', { severity: severityLabel(t, severity, 'many'), count: categories.reduce((n, c) => n + c.findings.length, 0) });
        return (
          <section key={severity} className={`findings-severity sev-${severity}`} aria-label={title}>
            <h3>{title}</h3>
            {categories.map(({ category, findings }) => (
              <div key={category} className="findings-category">
                <h4>{categoryLabel(t, category)}</h4>
                <ul>
                  {findings.map((f) => (
                    <li key={findingKey(f)} className="finding" data-finding={f.rule} data-category={f.category} data-severity={f.severity}>
                      <button
                        type="button"
                        className="finding-text"
                        title={t('panel_findings_reveal')}
                        onClick={() => void onReveal(editor!, f).then((r) => setStatus(r.ok ? t('panel_findings_selected', { text: f.text }) : r.reason ?? t('panel_findings_not_found')), () => setStatus(t('panel_findings_page_silent')))}
                      >
                        {t('common_quote', { text: f.text })}
                      </button>
                      <span className="finding-message">{f.message}</span>
                      <FindingWhy finding={f} explain={explain} />
                      <div className="finding-actions">
                        {f.fixes.slice(0, 3).map((fix, i) => (
                          <button key={i} type="button" className={i === 0 ? 'primary' : undefined} onClick={() => void act(f, () => onApply(editor!, f, i), t('panel_findings_applied'))}>
                            {t('common_apply', { fix: fix.label })}
                          </button>
                        ))}
                        <button type="button" onClick={() => void act(f, () => onIgnore(editor!, f), t('panel_findings_ignored'))} aria-label={t('panel_findings_ignore_label', { text: f.text })}>
                          {t('common_ignore')}
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
      <p className="hint" role="status" data-testid="findings-status">{status}</p>
    </div>
  );
}
