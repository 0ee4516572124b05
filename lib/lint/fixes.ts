/**
 * Applying fixes: from the end of the text backwards, skipping any fix that overlaps one already
 * applied (textlint `source-code-fixer`, Harper `unpackLint`). Fixes are plain data.
 *
 * @example
 *   applyFixes('Je suis prête.', [{ start: 0, end: 7, replacement: 'Vous êtes', label: '' }]);
 *   // → 'Vous êtes prête.'
 */
import type { Finding, Fix } from './types.ts';

export function applyFixes(text: string, fixes: readonly Pick<Fix, 'start' | 'end' | 'replacement'>[]): string {
  const sorted = [...fixes].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const f of sorted) {
    if (f.end > floor || f.start < 0 || f.end > text.length || f.start > f.end) continue;
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
    floor = f.start;
  }
  return out;
}

/** Apply the first fix of each finding (the one a user would take with "Tout corriger"). */
export function applyFirstFixes(text: string, findings: readonly Finding[]): string {
  return applyFixes(text, findings.flatMap((f) => f.fixes.slice(0, 1)));
}

/**
 * Shift findings computed on an old text onto a new text after an edit, so marks do not flicker
 * while the engine waits for a pause in typing. A finding touching the edited range is dropped.
 */
export function shiftFindings<T extends { start: number; end: number }>(findings: readonly T[], oldText: string, newText: string): T[] {
  let prefix = 0;
  const max = Math.min(oldText.length, newText.length);
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const oldEnd = oldText.length - suffix;
  const delta = newText.length - oldText.length;
  const out: T[] = [];
  for (const f of findings) {
    if (f.end <= prefix) out.push(f);
    else if (f.start >= oldEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}
