/**
 * Fixes are plain data (STYLE.md §4): applied from the end, overlaps skipped; findings shifted
 * onto an edited text while the engine waits for a pause in typing.
 */
import { describe, expect, it } from 'vitest';
import { applyFirstFixes, applyFixes, shiftFindings } from '../../lib/lint/fixes.ts';
import type { Finding } from '../../lib/lint/types.ts';

const fix = (start: number, end: number, replacement: string) => ({ start, end, replacement });

describe('applyFixes', () => {
  it('applies fixes in any order, from the end, so earlier offsets stay valid', () => {
    const text = 'Je suis prête et je pars.';
    const out = applyFixes(text, [fix(0, 7, 'Vous êtes'), fix(17, 24, 'vous partez')]);
    expect(out).toBe('Vous êtes prête et vous partez.');
    expect(applyFixes(text, [fix(17, 24, 'vous partez'), fix(0, 7, 'Vous êtes')])).toBe(out);
  });

  it('skips a fix that overlaps one already applied (the later one wins)', () => {
    const text = 'abcdefgh';
    expect(applyFixes(text, [fix(1, 4, 'X'), fix(3, 6, 'Y')])).toBe('abcYgh');
    expect(applyFixes(text, [fix(0, 8, 'Z'), fix(2, 3, 'Y')])).toBe('abYdefgh');
  });

  it('applies touching fixes', () => {
    expect(applyFixes('abcdef', [fix(0, 2, 'X'), fix(2, 4, 'Y'), fix(4, 6, 'Z')])).toBe('XYZ');
  });

  it('applies insertions and deletions', () => {
    expect(applyFixes('ab', [fix(1, 1, '-')])).toBe('a-b');
    expect(applyFixes('Tél. 06 12 34 56 78 ok', [fix(4, 19, '')])).toBe('Tél. ok');
  });

  it('skips invalid fixes', () => {
    expect(applyFixes('abc', [fix(-1, 1, 'X'), fix(2, 9, 'Y'), fix(2, 1, 'Z')])).toBe('abc');
  });

  it('returns the text unchanged without fixes and does not mutate the list', () => {
    const fixes = [fix(2, 3, 'X'), fix(0, 1, 'Y')];
    const copy = structuredClone(fixes);
    expect(applyFixes('abc', [])).toBe('abc');
    applyFixes('abc', fixes);
    expect(fixes).toEqual(copy);
  });

  it('keeps surrogate pairs and CRLF around the fixed range', () => {
    const text = '😀 je\r\nsuis 🎉';
    expect(applyFixes(text, [fix(3, 5, 'vous'), fix(7, 11, 'êtes')])).toBe('😀 vous\r\nêtes 🎉');
  });
});

describe('applyFirstFixes', () => {
  const finding = (start: number, end: number, fixes: Array<[number, number, string]>): Finding => ({
    rule: 'r', category: 'sante', severity: 'error', confidence: 'high', start, end, text: '', message: '', explanation: '', references: [],
    fixes: fixes.map(([s, e, r]) => ({ start: s, end: e, replacement: r, label: r })),
  });

  it('applies only the first fix of each finding', () => {
    const text = 'Il a un diabète et une dépression.';
    const out = applyFirstFixes(text, [
      finding(8, 15, [[8, 15, 'contraintes de santé'], [8, 15, 'SECOND']]),
      finding(23, 33, [[23, 33, 'contraintes']]),
      finding(0, 2, []),
    ]);
    expect(out).toBe('Il a un contraintes de santé et une contraintes.');
  });
});

describe('shiftFindings', () => {
  const f = (start: number, end: number) => ({ start, end, id: `${start}-${end}` });

  it('keeps findings before the edit, shifts those after, drops those touching it', () => {
    const oldText = 'aaa diabète bbb ramadan ccc';
    const newText = 'aaa diabète XXXXX bbb ramadan ccc'; // insertion at 12
    const out = shiftFindings([f(4, 11), f(16, 23), f(10, 14)], oldText, newText);
    expect(out).toEqual([f(4, 11), { start: 22, end: 29, id: '16-23' }]);
    expect(newText.slice(22, 29)).toBe('ramadan');
  });

  it('handles deletions and replacements', () => {
    const oldText = 'un deux trois quatre';
    const newText = 'un 2 trois quatre';
    const out = shiftFindings([f(0, 2), f(3, 7), f(8, 13), f(14, 20)], oldText, newText);
    expect(out.map((x) => newText.slice(x.start, x.end))).toEqual(['un', 'trois', 'quatre']);
  });

  it('keeps every finding when the text did not change', () => {
    expect(shiftFindings([f(0, 3)], 'abc', 'abc')).toEqual([f(0, 3)]);
  });

  it('handles typing at the very end and the very start', () => {
    expect(shiftFindings([f(0, 3)], 'abc', 'abcd')).toEqual([f(0, 3)]);
    expect(shiftFindings([f(0, 3)], 'abc', 'xabc')).toEqual([{ start: 1, end: 4, id: '0-3' }]);
  });

  it('handles a repeated character (ambiguous edit) without losing the finding', () => {
    const out = shiftFindings([f(0, 2)], 'aa b', 'aaa b');
    expect(out).toHaveLength(1);
  });

  it('returns new objects and leaves the input untouched', () => {
    const input = [f(5, 6)];
    const out = shiftFindings(input, 'abcdef', 'Xabcdef');
    expect(out[0]).not.toBe(input[0]);
    expect(input[0]).toEqual(f(5, 6));
  });
});
