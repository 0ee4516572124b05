/** The audit history (issue #5 §3): saved audits, open one, delete one, delete all. */
import { useCallback, useEffect, useState } from 'react';
import type { AuditRepository, StoredAudit } from '../../lib/db/audits.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString('fr-FR')} %`;

export function AuditHistoryPanel({ repo, onOpen }: { repo: AuditRepository; onOpen(a: StoredAudit): void }) {
  const [list, setList] = useState<StoredAudit[]>();
  const reload = useCallback(() => { void repo.list().then(setList); }, [repo]);
  useEffect(reload, [reload]);

  if (!list) return <p className="hint">Chargement de l'historique…</p>;
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">Historique des audits</h2>
      <p className="hint">Les audits enregistrés gardent les chiffres et les constats (règle, position, extrait masqué), sans les textes sauf choix contraire. Ils sont effacés après la durée de conservation des réglages.</p>
      {!list.length && <p>Aucun audit enregistré.</p>}
      {list.length > 0 && (
        <div className="table-scroll">
          <table className="grid">
            <thead><tr><th scope="col">Date</th><th scope="col">Source</th><th scope="col">Comptes rendus</th><th scope="col">Sans erreur</th><th scope="col">Constats</th><th scope="col">Textes</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id} data-audit={a.id}>
                  <th scope="row">{new Date(a.createdAt).toLocaleString('fr-FR')}</th>
                  <td>{a.kind === 'page' ? 'Page : ' : ''}{a.source}</td>
                  <td>{a.summary.reports.toLocaleString('fr-FR')}</td>
                  <td>{pct(a.summary.shareWithoutError)}</td>
                  <td>{a.summary.findings.total.toLocaleString('fr-FR')}</td>
                  <td>{a.keepTexts ? 'conservés' : 'non'}</td>
                  <td>
                    <button type="button" onClick={() => onOpen(a)}>Ouvrir</button>{' '}
                    <ConfirmButton label="Supprimer" confirmLabel="Supprimer cet audit" question="Supprimer définitivement cet audit ?" onConfirm={async () => { await repo.delete(a.id!); reload(); }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.length > 0 && (
        <ConfirmButton label="Supprimer tout l'historique" confirmLabel="Tout supprimer" question="Supprimer définitivement tous les audits enregistrés ?" onConfirm={async () => { await repo.clearAll(); reload(); }} />
      )}
    </section>
  );
}
