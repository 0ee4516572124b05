/** The frame table of a conductor (objective, free decision, information, tools, work requested). */
import { FRAME_LABELS, type Frame } from '../../lib/conductors/schema.ts';

export function FrameTable({ frame }: { frame: Frame }) {
  return (
    <table className="frame">
      <caption className="visually-hidden">Cadre de l'entretien</caption>
      <tbody>
        {FRAME_LABELS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{Array.isArray(frame[key]) ? (frame[key] as string[]).join(' ; ') : frame[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
