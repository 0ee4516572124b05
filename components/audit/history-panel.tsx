/** The audit history (issue #5 §3): saved audits, open one, delete one, delete all. */
import { useCallback, useEffect, useState } from 'react';
import type { AuditRepository, StoredAudit } from '../../lib/db/audits.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/i18n/index.ts';
import { useLanguage, useT } from '../ui/i18n.ts';

export function AuditHistoryPanel({ repo, onOpen }: { repo: AuditRepository; onOpen(a: StoredAudit): void }) {
  const t = useT();
  const language = useLanguage();
  const [list, setList] = useState<StoredAudit[]>();
  const reload = useCallback(() => { void repo.list().then(setList); }, [repo]);
  useEffect(reload, [reload]);

  if (!list) return <p className="hint">{t('audit_history_loading')}</p>;
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">{t('audit_history_title')}</h2>
      <p className="hint">{t('audit_history_hint')}</p>
      {!list.length && <p>{t('audit_history_empty')}</p>}
      {list.length > 0 && (
        <div className="table-scroll">
          <table className="grid">
            <thead><tr><th scope="col">{t('audit_col_date')}</th><th scope="col">{t('audit_col_source')}</th><th scope="col">{t('audit_col_reports')}</th><th scope="col">{t('audit_col_without_error')}</th><th scope="col">{t('audit_col_findings')}</th><th scope="col">{t('audit_col_texts')}</th><th scope="col"><span className="visually-hidden">{t('audit_col_actions')}</span></th></tr></thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id} data-audit={a.id}>
                  <th scope="row">{formatDateTime(a.createdAt, language)}</th>
                  <td>{a.kind === 'page' ? t('audit_history_page', { source: a.source }) : a.source}</td>
                  <td>{formatNumber(a.summary.reports, language)}</td>
                  <td>{formatPercent(a.summary.shareWithoutError, language)}</td>
                  <td>{formatNumber(a.summary.findings.total, language)}</td>
                  <td>{t(a.keepTexts ? 'audit_history_texts_kept' : 'audit_history_texts_not_kept')}</td>
                  <td>
                    <button type="button" onClick={() => onOpen(a)}>{t('audit_history_open')}</button>{' '}
                    <ConfirmButton label={t('audit_history_delete')} confirmLabel={t('audit_history_delete_confirm')} question={t('audit_history_delete_question')} onConfirm={async () => { await repo.delete(a.id!); reload(); }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.length > 0 && (
        <ConfirmButton label={t('audit_history_delete_all')} confirmLabel={t('audit_history_delete_all_confirm')} question={t('audit_history_delete_all_question')} onConfirm={async () => { await repo.clearAll(); reload(); }} />
      )}
    </section>
  );
}
