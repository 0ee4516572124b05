/**
 * Masked excerpts: what an audit keeps of a finding instead of the sensitive text (issue #5 §3,
 * RGPD art. 5.1.c and 25: the audit history and its exports must not become a second copy of the
 * health, offence or identifier data they point at).
 *
 * Only the first and last letters survive; every digit is masked (a phone number or a NIR leaks
 * through its digits, not through its length); the length shown is capped so a long phrase does
 * not give away its word count.
 *
 * @example
 *   maskExcerpt('diabétique');       // → 'd••••••e'
 *   maskExcerpt('06 12 34 56 78');   // → '••••••••'
 *   maskExcerpt('VIH');              // → 'V•H'
 */

const MASK = '•';
const MAX_INNER = 6;

const isLetter = (ch: string) => /\p{L}/u.test(ch);

export function maskExcerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const n = chars.length;
  if (n === 0) return '';
  if (n <= 2) return MASK.repeat(n);
  const first = isLetter(chars[0]) ? chars[0] : MASK;
  const last = isLetter(chars[n - 1]) ? chars[n - 1] : MASK;
  return first + MASK.repeat(Math.min(n - 2, MAX_INNER)) + last;
}

/**
 * A finding's message with every copy of the flagged text replaced by its mask (messages may
 * quote the text through `{placeholders}`).
 */
export function maskMessage(message: string, flagged: string, masked = maskExcerpt(flagged)): string {
  if (flagged.trim().length < 2) return message;
  const lower = flagged.toLowerCase();
  if (!message.includes(flagged) && !message.includes(lower)) return message;
  let out = message.split(flagged).join(masked);
  if (lower !== flagged) out = out.split(lower).join(masked);
  return out;
}
