/**
 * A finding's explanation in the UI's language (issue #6 §4). Findings carry the French text (the
 * engine's output, also used by the CLI and the exports); the UI swaps in the English one when it
 * speaks English. A finding's explanation is its rule's, plus sometimes a note of its own (a
 * lexicon entry's, an organisation's extra term): the note is translated when it is a known one,
 * kept as written otherwise (an organisation writes its own notes in French).
 *
 * Data and string work only, no rule import: the content script's card uses it, and the registry
 * (engine, lexicons) must stay in the lazily loaded engine file (issue #4 §7).
 *
 * @example
 *   explanationFor(finding, 'en', (id) => registry.find((r) => r.id === id)?.explanation)
 */
import type { Language } from '../../lib/i18n/index.ts';
import { EXPLANATIONS_EN, NOTES_EN } from './en.ts';

export { EXPLANATIONS_EN, NOTES_EN };

/**
 * `ruleExplanation` gives a rule's French explanation, to tell its note apart; without it, only
 * the known notes are recognised (at the end of the text).
 */
export function explanationFor(
  finding: { rule: string; explanation: string },
  language: Language,
  ruleExplanation?: (ruleId: string) => string | undefined,
): string {
  if (language === 'fr') return finding.explanation;
  const base = EXPLANATIONS_EN[finding.rule];
  if (!base) return finding.explanation;
  const french = ruleExplanation?.(finding.rule);
  let note = '';
  if (french !== undefined && finding.explanation.startsWith(french)) note = finding.explanation.slice(french.length).trim();
  else if (french === undefined) note = Object.keys(NOTES_EN).find((n) => finding.explanation.endsWith(` ${n}`)) ?? '';
  else note = ''; // the rule's text changed since the finding was made: its English alone
  if (!note) return base;
  return `${base} ${NOTES_EN[note] ?? note}`;
}
