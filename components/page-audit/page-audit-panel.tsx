/**
 * "Auditer cette page" in the side panel (issue #5 §1): the page's content script reads the report
 * shown (site profile's report view, else the selection, else Readability), lints it with the
 * settings in force and marks the findings on the page; the panel lists them grouped like the
 * editor's (severity, then category), each with "Voir" (the page scrolls to its mark), and saves
 * the audit to the history: masked excerpts only, unless "Conserver le texte du compte rendu" is
 * ticked for this audit. The report text stays in this component's memory until then.
 * No browser API here: the panel passes the services in.
 */
import { useId, useMemo, useState } from 'react';
import { pluralOf } from '../../lib/i18n/index.ts';
import { categoryLabel, severityLabel } from '../../lib/i18n/labels.ts';
import { useLanguage, useT } from '../ui/i18n.ts';
import type { ResponseOf } from '../../lib/messaging/protocol.ts';
import type { SaveAuditInput } from '../../lib/db/audits.ts';
import { pageAuditToSave, pageSourceLabel } from '../../lib/audit/page-audit.ts';
import { countsText, groupFindings, type PanelFinding } from '../findings/group.ts';
import { FindingWhy } from '../findings/finding-why.tsx';

type AuditResponse = ResponseOf<'toContentAuditPage'>;
type Audited = Extract<AuditResponse, { ok: true }>;
type Ack = { ok: boolean; reason?: string };

export interface PageAuditServices {
  audit(): Promise<AuditResponse>;
  reveal(index: number): Promise<Ack>;
  clear(): Promise<Ack>;
  save(input: SaveAuditInput): Promise<number>;
  now(): number;
  version: string;
}

export interface PageAuditPanelProps {
  /** null: Cadre does not run on the tab's site (only the link to the audit page is shown) */
  services: PageAuditServices | null;
  /** the batch audit page (audit.html), and its history */
  auditHref: string;
  historyHref: string;
  /** the explanation under "Pourquoi ?" in the UI's language (the finding's own by default) */
  explain?(finding: PanelFinding): string;
}

const METHOD_KEYS = {
  profile: 'pageaudit_method_profile',
  selection: 'pageaudit_method_selection',
  readability: 'pageaudit_method_readability',
} as const;

export function PageAuditPanel({ services, auditHref, historyHref, explain = (f) => f.explanation }: PageAuditPanelProps) {
  const t = useT();
  const language = useLanguage();
  const [result, setResult] = useState<Audited | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [label, setLabel] = useState('');
  const [keepText, setKeepText] = useState(false);
  const [saved, setSaved] = useState(false);
  const labelId = useId();

  const groups = useMemo(() => (result ? groupFindings(result.findings) : []), [result]);
  // groupFindings keeps the objects: their index is the one the page knows them by
  const indexOf = useMemo(() => new Map<PanelFinding, number>(result?.findings.map((f, i) => [f, i]) ?? []), [result]);

  const run = async () => {
    if (!services) return;
    setBusy(true);
    setStatus(t('pageaudit_running'));
    try {
      const r = await services.audit();
      if (!r.ok) { setStatus(r.reason); return; }
      setResult(r);
      setLabel(pageSourceLabel({ title: r.title, host: r.host, path: r.path }));
      setSaved(false);
      const unmarked = r.findings.filter((f) => !f.marked).length;
      const parts = [t('pageaudit_read', { method: t(METHOD_KEYS[r.method]) }), countsText(r.findings, t, language)];
      if (unmarked) parts.push(t(`pageaudit_unmarked_${pluralOf(unmarked, language)}`, { count: unmarked }));
      setStatus(parts.join(' '));
    } catch {
      setStatus(t('panel_findings_page_silent_hint'));
    } finally {
      setBusy(false);
    }
  };

  const act = (p: Promise<Ack>, okText: string) => {
    void p.then((r) => setStatus(r.ok ? okText : r.reason ?? t('panel_findings_action_failed')), () => setStatus(t('panel_findings_page_silent_hint')));
  };

  const save = async () => {
    if (!services || !result) return;
    try {
      const input = pageAuditToSave({
        text: result.text, findings: result.findings, method: result.method, label, keepTexts: keepText,
        settings: result.settings, createdAt: new Date(services.now()).toISOString(), version: services.version,
      });
      await services.save(input);
      setSaved(true);
      setStatus(t(keepText ? 'pageaudit_saved_with_text' : 'pageaudit_saved_without_text'));
    } catch {
      setStatus(t('pageaudit_save_failed'));
    }
  };

  return (
    <section aria-labelledby="titre-audit-page" className="page-audit">
      <h2 id="titre-audit-page">{t('pageaudit_title')}</h2>
      {services && (
        <>
          <p className="hint">{t('pageaudit_intro')}</p>
          <button type="button" className="primary" onClick={() => void run()} disabled={busy}>{t('pageaudit_run')}</button>
        </>
      )}
      <p className="hint" role="status" aria-live="polite" data-testid="page-audit-status">{status}</p>

      {services && result && (
        <div className="findings" data-testid="page-audit-results" data-method={result.method}>
          <p className="findings-counts" data-testid="page-audit-counts">{countsText(result.findings, t, language)}</p>
          {groups.map(({ severity, categories }) => {
            const n = categories.reduce((k, c) => k + c.findings.length, 0);
            return (
              <section key={severity} className={`findings-severity sev-${severity}`} aria-label={t('panel_findings_group', { severity: severityLabel(t, severity, 'many'), count: n })}>
                <h3>{t('panel_findings_group', { severity: severityLabel(t, severity, 'many'), count: n })}</h3>
                {categories.map(({ category, findings }) => (
                  <div key={category} className="findings-category">
                    <h4>{categoryLabel(t, category)}</h4>
                    <ul>
                      {findings.map((f) => {
                        const index = indexOf.get(f)!;
                        const marked = result.findings[index].marked;
                        return (
                          <li key={index} className="finding" data-finding={f.rule} data-category={f.category} data-severity={f.severity} data-index={index} data-marked={marked}>
                            <span className="finding-quote">{t('common_quote', { text: f.text })}</span>
                            <span className="finding-message">{f.message}</span>
                            <FindingWhy finding={f} explain={explain} />
                            <div className="finding-actions">
                              {marked
                                ? <button type="button" aria-label={t('pageaudit_reveal_label', { text: f.text })} onClick={() => act(services.reveal(index), t('pageaudit_revealed', { text: f.text }))}>{t('pageaudit_reveal')}</button>
                                : <span className="hint">{t('pageaudit_not_marked')}</span>}
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </section>
            );
          })}
          <button type="button" onClick={() => act(services.clear(), t('pageaudit_cleared'))}>{t('pageaudit_clear')}</button>

          <fieldset className="page-audit-save">
            <legend>{t('pageaudit_history_legend')}</legend>
            <label htmlFor={labelId}>{t('pageaudit_label')}</label>
            <input id={labelId} type="text" value={label} maxLength={160} disabled={saved} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${labelId}-aide`} />
            <p className="hint" id={`${labelId}-aide`}>{t('pageaudit_label_hint')}</p>
            <label className="inline-check">
              <input type="checkbox" checked={keepText} disabled={saved} onChange={(e) => setKeepText(e.target.checked)} />
              {t('pageaudit_keep_text')}
            </label>
            <p className="hint">{t('pageaudit_keep_text_hint')}</p>
            {saved
              ? <p className="ok">{t('pageaudit_saved')} <a href={historyHref} target="_blank" rel="noopener">{t('pageaudit_open_history')}</a></p>
              : <button type="button" onClick={() => void save()}>{t('pageaudit_save')}</button>}
          </fieldset>
        </div>
      )}

      <p><a href={auditHref} target="_blank" rel="noopener">{t('pageaudit_open_audit')}</a></p>
    </section>
  );
}
