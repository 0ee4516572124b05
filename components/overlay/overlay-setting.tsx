/** Panel setting of the page's checklist card (issue #4 §4): on or off. */
import { useT } from '../ui/i18n.ts';

export interface OverlaySettingProps {
  enabled: boolean;
  onChange(enabled: boolean): void;
}

export function OverlaySetting({ enabled, onChange }: OverlaySettingProps) {
  const t = useT();
  return (
    <p>
      <input id="reglage-carte-page" type="checkbox" checked={enabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor="reglage-carte-page">{t('panel_overlay_setting')}</label>
    </p>
  );
}
