/**
 * French numbers written in words, as dictation software and quick typing leave them: « zéro six
 * dix-sept quarante-deux », « six cent trente-cinq », « quatre-vingt-dix-neuf », « trente et un »,
 * « deux mille un ». Works on folded words (accents removed, lower case), one word per item: the
 * tokenizer splits « dix-sept » into « dix », « sept ».
 *
 * Two readings:
 * - `readNumber`: one whole number (hundreds and thousands multiply): « six cent trente-cinq » → 635;
 * - `readGroup`: one number below 100, as phone numbers and dates are dictated in pairs:
 *   « quatre-vingt-treize » → 93, « zero » → 0.
 *
 * @example
 *   const w = 'zero six dix sept'.split(' ');
 *   readGroup((j) => w[j], 0);  // → { value: 0, next: 1 }
 *   readGroup((j) => w[j], 2);  // → { value: 17, next: 4 }
 */

/** Word at index j, or undefined past the end. */
export type WordAt = (j: number) => string | undefined;

export interface NumberRead {
  value: number;
  /** index after the last word read */
  next: number;
}

const UNITS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
};
const TEENS: Readonly<Record<string, number>> = { onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 };
// with the Belgian and Swiss tens (« septante », « huitante », « nonante »)
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};

/** Every word a French number is made of (« et » only inside « trente et un »). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'dix', 'vingts', 'cent', 'cents', 'mille', 'mil',
]);

/** Is `w` (folded) a word that can start or continue a number in words? */
export function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && NUMBER_WORDS.has(w);
}

/** 10–19 at j: « dix », « onze »…« seize », « dix-sept/huit/neuf ». */
function readTen(w: WordAt, j: number): NumberRead | null {
  const t = w(j);
  if (t === undefined) return null;
  if (TEENS[t] !== undefined) return { value: TEENS[t], next: j + 1 };
  if (t !== 'dix') return null;
  const u = UNITS[w(j + 1) ?? ''];
  if (u !== undefined && u >= 7) return { value: 10 + u, next: j + 2 };
  return { value: 10, next: j + 1 };
}

/**
 * One number from 0 to 99 at `i`: « zero », a unit, 10–19, a ten with « et un » or a unit,
 * « soixante-dix(-sept) », « quatre-vingt(s)(-treize) ». Null when `w(i)` starts no such number.
 */
export function readGroup(w: WordAt, i: number): NumberRead | null {
  const t = w(i);
  if (t === undefined) return null;
  if (t === 'zero') return { value: 0, next: i + 1 };
  // « quatre-vingt(s) » and what follows it
  if (t === 'quatre' && (w(i + 1) === 'vingt' || w(i + 1) === 'vingts')) {
    const j = i + 2;
    const ten = readTen(w, j);
    if (ten) return { value: 80 + ten.value, next: ten.next };
    const u = UNITS[w(j) ?? ''];
    if (u !== undefined && w(j) !== 'une') return { value: 80 + u, next: j + 1 };
    return { value: 80, next: j };
  }
  if (UNITS[t] !== undefined) return { value: UNITS[t], next: i + 1 };
  const ten = readTen(w, i);
  if (ten) return ten;
  const tens = TENS[t];
  if (tens === undefined) return null;
  const j = i + 1;
  const n = w(j);
  // « trente et un », « soixante et onze »
  if (n === 'et' && (w(j + 1) === 'un' || w(j + 1) === 'une')) return { value: tens + 1, next: j + 2 };
  if (n === 'et' && w(j + 1) === 'onze' && tens === 60) return { value: 71, next: j + 2 };
  if (tens === 60) {
    const tt = readTen(w, j);
    if (tt) return { value: 60 + tt.value, next: tt.next };
  }
  const u = UNITS[n ?? ''];
  if (u !== undefined && u > 1) return { value: tens + u, next: j + 1 };
  return { value: tens, next: j };
}

/** 1–999 at i: [group] « cent(s) » [group], or a group alone (no « zero »). */
function readHundreds(w: WordAt, i: number): NumberRead | null {
  let value = 0;
  let j = i;
  const g = w(i) === 'zero' ? null : readGroup(w, i);
  if (g) { value = g.value; j = g.next; }
  const c = w(j);
  if (c === 'cent' || c === 'cents') {
    // « deux cents », « dix-neuf cent » (a year), « cent » alone; not « quarante cent »
    if (g && (g.value < 2 || g.value > 19)) return g;
    value = (g ? g.value : 1) * 100;
    j++;
    const g2 = w(j) === 'zero' ? null : readGroup(w, j);
    if (g2) { value += g2.value; j = g2.next; }
  }
  return j > i ? { value, next: j } : null;
}

/**
 * One whole number at `i`: « six cent trente-cinq » → 635, « deux mille un » → 2001,
 * « mille neuf cent quatre-vingt-sept » → 1987, « zero » → 0. Null when `w(i)` starts no number.
 */
export function readNumber(w: WordAt, i: number): NumberRead | null {
  if (w(i) === 'zero') return { value: 0, next: i + 1 };
  const a = readHundreds(w, i);
  const j = a ? a.next : i;
  const m = w(j);
  if (m === 'mille' || m === 'mil') {
    const b = readHundreds(w, j + 1);
    return { value: (a ? a.value : 1) * 1000 + (b ? b.value : 0), next: b ? b.next : j + 1 };
  }
  return a;
}

/**
 * The digits of a number dictated in groups, mixed with digit groups: « zero six dix sept 42 » →
 * '061742'. `w(j)` gives folded words or digit strings; each group in words is one number below 100
 * (« zero » → '0', « six » → '6', « dix sept » → '17'), or hundreds (« cent vingt-trois » → '123'). Stops at the first item that is neither, or
 * after `maxDigits` digits. Returns the digits, the index after the last item and the number of
 * groups, or null when nothing was read.
 */
export function readDigitGroups(w: WordAt, i: number, maxDigits = 15): { digits: string; next: number; groups: number; words: number; ends: number[]; lens: number[] } | null {
  let digits = '';
  let j = i;
  let words = 0;
  /** index after each group, and the number of digits read up to it */
  const ends: number[] = [];
  const lens: number[] = [];
  while (digits.length < maxDigits) {
    const t = w(j);
    if (t === undefined) break;
    if (/^\d+$/.test(t)) digits += t, j++;
    else {
      // « cent vingt-trois »: a group of three digits said as hundreds
      const g = w(j) === 'zero' ? readGroup(w, j) : readHundreds(w, j);
      if (!g) break;
      digits += String(g.value);
      j = g.next;
      words++;
    }
    ends.push(j);
    lens.push(digits.length);
  }
  return ends.length ? { digits, next: j, groups: ends.length, words, ends, lens } : null;
}
