/**
 * The frame table of a conductor (objective, free decision, information, tools, work requested).
 * The row headers follow the UI's language; the conductor's own text is content, in French.
 */
import type { Frame } from '../../lib/conductors/schema.ts';
import { FRAME_ROWS } from '../../lib/i18n/labels.ts';
import { useT } from '../ui/i18n.ts';

export function FrameTable({ frame }: { frame: Frame }) {
  const t = useT();
  return (
    <table className="frame">
      <caption className="visually-hidden">{t('panel_frame_title')}</caption>
      <tbody>
        {FRAME_ROWS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{t(label)}</th>
            <td>{Array.isArray(frame[key]) ? (frame[key] as string[]).join(' ; ') : frame[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
