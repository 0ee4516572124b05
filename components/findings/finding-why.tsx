/**
 * The "Pourquoi ?" fold of a finding, shared by the editor findings and the page audit in the
 * panel: the explanation (in the UI's language when `explain` translates it) and the references.
 */
import { useT } from '../ui/i18n.ts';
import type { PanelFinding } from './group.ts';

export function FindingWhy({ finding, explain }: { finding: PanelFinding; explain(finding: PanelFinding): string }) {
  const t = useT();
  return (
    <details className="finding-why">
      <summary>{t('panel_findings_why')}</summary>
      <p>{explain(finding)}</p>
      {finding.references.length > 0 && <p className="hint">{finding.references.join(' · ')}</p>}
    </details>
  );
}
