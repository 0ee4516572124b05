/** Panel setting of the page's checklist card (issue #4 §4): on or off. */
export interface OverlaySettingProps {
  enabled: boolean;
  onChange(enabled: boolean): void;
}

export function OverlaySetting({ enabled, onChange }: OverlaySettingProps) {
  return (
    <p>
      <input id="reglage-carte-page" type="checkbox" checked={enabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor="reglage-carte-page">Afficher la liste de contrôle et le minuteur dans la page de l'applicatif</label>
    </p>
  );
}
