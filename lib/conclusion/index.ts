/**
 * Conclusion helper (issue #3 §4): from the ticked checklist and a few structured inputs, a
 * conclusion paragraph written to the person ("vous"), ready to copy into the report. The fixed
 * wording is checked by the engine in tests (no finding of category `personne`, no error); what the
 * counsellor types is inserted as written, so the panel lints the result before offering it.
 *
 * @example
 *   buildConclusion({ conductor, checked: ['demande'], actions: ['atelier CV'], travail: ['mettre à jour le CV'],
 *     nextMeeting: '2026-12-03' });
 *   // "Au cours de cet entretien de premier accueil, vous avez abordé votre demande initiale. …"
 */
import type { Conductor } from '../conductors/schema.ts';

export interface ConclusionInput {
  conductor: Conductor;
  /** ids of the ticked checklist items */
  checked: readonly string[];
  /** actions agreed, one per entry */
  actions: readonly string[];
  /** work to do before the next meeting, one per entry */
  travail: readonly string[];
  /** date of the next meeting, `YYYY-MM-DD` (an `<input type="date">` value) */
  nextMeeting?: string;
  /** time of the next meeting, `HH:MM` */
  nextMeetingTime?: string;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** "mardi 3 décembre 2026" from "2026-12-03" (calendar date, no time zone involved). */
export function frenchDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${DAYS[date.getUTCDay()]} ${d === 1 ? '1er' : d} ${MONTHS[mo - 1]} ${y}`;
}

/** "14 h 30", "9 h" from "14:30", "09:00". */
export function frenchTime(hhmm: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return m[2] === '00' ? `${Number(m[1])} h` : `${Number(m[1])} h ${m[2]}`;
}

/** "a, b et c". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** Trim, drop the final punctuation and empty entries: the sentence supplies its own. */
function clean(items: readonly string[]): string[] {
  return items.map((s) => s.trim().replace(/[\s.;,]+$/u, '')).filter(Boolean);
}

/** Lower-case the first letter unless the word is an acronym ("CV", "CACES"). */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0];
  return first.length > 1 && first === first.toUpperCase() ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** "de premier accueil", "d'évaluation intermédiaire", "de suivi". */
function ofType(label: string): string {
  const l = lowerFirst(label);
  return /^[aeiouyéèêàâîôû]/i.test(l) ? `d'${l}` : `de ${l}`;
}

/** The conclusion paragraph, in French, addressed to the person. */
export function buildConclusion(input: ConclusionInput): string {
  const { conductor } = input;
  const checked = new Set(input.checked);
  const covered = conductor.phases.flatMap((p) => p.checklist).filter((i) => checked.has(i.id) && i.bilan).map((i) => i.bilan!);
  const actions = clean(input.actions).map(lowerFirst);
  const travail = clean(input.travail).map(lowerFirst);
  const sentences: string[] = [];

  sentences.push(
    covered.length
      ? `Au cours de cet entretien ${ofType(conductor.libelle)}, vous avez abordé ${frenchList(covered)}.`
      : `Cet entretien ${ofType(conductor.libelle)} avait pour objectif : ${lowerFirst(conductor.cadre.objectif.replace(/\.$/, ''))}.`,
  );
  if (actions.length === 1) sentences.push(`L'action convenue avec vous est la suivante : ${actions[0]}.`);
  else if (actions.length > 1) sentences.push(`Les actions convenues avec vous sont les suivantes : ${actions.join(' ; ')}.`);
  if (travail.length) sentences.push(`Avant le prochain rendez-vous, vous vous engagez à ${frenchList(travail)}.`);
  const date = input.nextMeeting ? frenchDate(input.nextMeeting) : undefined;
  const time = input.nextMeetingTime ? frenchTime(input.nextMeetingTime) : undefined;
  if (date) sentences.push(`Votre prochain rendez-vous est fixé au ${date}${time ? ` à ${time}` : ''}.`);
  return sentences.join(' ');
}
