/**
 * Text normalisation with an offset map back to the original string.
 *
 * The normalised copy is lower-case, accent-folded ("é" → "e", "œ" → "oe"), with one apostrophe
 * ("'"), plain spaces instead of NBSP / narrow NBSP, "\n" for CRLF, and without zero-width
 * characters or soft hyphens, so that an invisible character typed or pasted inside a word cannot
 * hide it. Inclusive-writing suffixes ("adhérent.e", "adhérent·e", "inscrit(e)") are dropped so the
 * lexicons see the base word.
 *
 * `map[j]` is the index in the original text of the character that produced `norm[j]`;
 * `map[norm.length] === text.length`.
 *
 * @example
 *   const n = normalize("L’adhérent\u200Be souffre");
 *   n.norm === "l'adherente souffre"; // zero-width space removed
 *   origRange(n, 2, 10) // → [2, 10]
 */
export interface Normalized {
  readonly text: string;
  readonly norm: string;
  readonly map: Int32Array;
}

const DROP = '';
/** Replacement for each UTF-16 code unit below 0x0250 (undefined = keep as is). */
const TABLE: (string | undefined)[] = new Array(0x250);

function setRange(from: string, to: string): void {
  for (let i = 0; i < from.length; i++) TABLE[from.charCodeAt(i)] = to[i];
}
for (let c = 65; c <= 90; c++) TABLE[c] = String.fromCharCode(c + 32);
setRange('ÀÁÂÃÄÅàáâãäå', 'aaaaaaaaaaaa');
setRange('ÈÉÊËèéêë', 'eeeeeeee');
setRange('ÌÍÎÏìíîï', 'iiiiiiii');
setRange('ÒÓÔÕÖØòóôõöø', 'oooooooooooo');
setRange('ÙÚÛÜùúûü', 'uuuuuuuu');
setRange('ÝŸýÿ', 'yyyy');
setRange('ÇçÑñ', 'ccnn');
TABLE[0xc6] = 'ae'; TABLE[0xe6] = 'ae';
TABLE[0x152] = 'oe'; TABLE[0x153] = 'oe';
TABLE[0xdf] = 'ss';
TABLE[0xd0] = 'd'; TABLE[0xf0] = 'd'; TABLE[0xde] = 'th'; TABLE[0xfe] = 'th';
// Latin Extended-A: fold by decomposition, computed once.
for (let c = 0x100; c < 0x250; c++) {
  if (TABLE[c] !== undefined) continue;
  const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (base.length === 1 && base.charCodeAt(0) < 0x80) TABLE[c] = base;
}
// letters with a stroke do not decompose: fold them by hand ("Łódź" → "lodz")
setRange('ŁłĐđĦħŦŧıƀƗƚ', 'llddhhttibil');
// other capitals of Latin Extended (Ŋ, Ɓ…): at least lower-case them, one for one
for (let c = 0x100; c < 0x250; c++) {
  if (TABLE[c] !== undefined) continue;
  const low = String.fromCharCode(c).toLowerCase();
  if (low.length === 1 && low.charCodeAt(0) !== c) TABLE[c] = low;
}
TABLE[0xa0] = ' '; // NBSP
TABLE[0xad] = DROP; // soft hyphen
TABLE[0x09] = ' ';
TABLE[0x0b] = ' ';
TABLE[0x0c] = ' ';
TABLE[0xb4] = "'";
TABLE[0x60] = "'";
TABLE[0x85] = '\n'; // NEL

function wide(c: number): string | undefined {
  switch (c) {
    case 0x2019: case 0x2018: case 0x02bc: case 0x2032: case 0x02b9:
      return "'";
    case 0x202f: case 0x2007: case 0x2009: case 0x2008: case 0x200a: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x205f: case 0x3000: case 0x1680:
      return ' ';
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x180e:
    case 0x200e: case 0x200f: case 0x2061: case 0x2062: case 0x2063: case 0x2064:
      return DROP;
    case 0x2010: case 0x2011:
      return '-';
    case 0x2028: case 0x2029: case 0x85:
      return '\n';
    case 0x201c: case 0x201d: case 0x201e: case 0x201f:
      return '"';
    default:
      return undefined;
  }
}

/** Inclusive-writing separators: "adhérent.e", "adhérent·e", "adhérent•e", "adhérent‧e". */
const INCLUSIVE_SEP = new Set([0x2e, 0xb7, 0x2022, 0x2027, 0x22c5, 0x2e31]);
const INCLUSIVE_SUFFIX = new Set([
  'e', 'es', 'ne', 'nes', 'le', 'les', 'te', 'tes', 'se', 'ses', 'rice', 'rices', 'ice', 'ices',
  'euse', 'euses', 'ère', 'ere', 'ères', 'eres', 've', 'ves', 'trice', 'trices', 'x', 's',
]);

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isLetterCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c < 0x250) return c !== 0xd7 && c !== 0xf7 && c >= 0xc0;
  return /\p{L}/u.test(String.fromCharCode(c));
}

/**
 * Length of an inclusive-writing suffix starting at `i` (the separator), or 0.
 * "adhérent.e " → 2, "accompagnateur.rice," → 5, "inscrit(e)" → 3, "adhérent.e.s" → 4.
 */
function inclusiveSuffix(text: string, i: number): number {
  const sep = text.charCodeAt(i);
  if (i === 0 || !isLetterCode(text.charCodeAt(i - 1))) return 0;
  if (sep === 0x28 /* ( */) {
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 5) return 0;
    const inner = text.slice(i + 1, close);
    if (!INCLUSIVE_SUFFIX.has(inner)) return 0;
    const after = text.charCodeAt(close + 1);
    if (after && isLetterCode(after)) return 0;
    return close + 1 - i;
  }
  if (!INCLUSIVE_SEP.has(sep)) return 0;
  let j = i + 1;
  while (j < text.length && j - i <= 6) {
    const c = text.charCodeAt(j);
    if (!isLetterCode(c)) break;
    // only lower-case suffixes: "Valbrune.Elle" is two sentences, not inclusive writing
    if (c >= 65 && c <= 90) return 0;
    j++;
  }
  if (j === i + 1) return 0;
  const suffix = text.slice(i + 1, j);
  if (!INCLUSIVE_SUFFIX.has(suffix)) return 0;
  // a second ".s" ("adhérent.e.s")
  let plural = false;
  if (INCLUSIVE_SEP.has(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x73 && !isLetterCode(text.charCodeAt(j + 2))) { j += 2; plural = true; }
  const next = text.charCodeAt(j);
  // at the very end of the text a lone ".e" may be a typo; ".e.s" is unambiguous
  if (j >= text.length) return sep === 0x2e && suffix.length <= 1 && !plural ? 0 : j - i;
  // what may follow: space, closing punctuation, end of sentence ("adhérent.e."), never "@" or a
  // letter/digit (e-mail addresses and URLs such as "jean.e@exemple.fr")
  if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0xa0 || next === 0x202f || next === 0x2c
    || next === 0x3b || next === 0x3a || next === 0x21 || next === 0x3f || next === 0x29 || next === 0xbb
    || next === 0x22 || next === 0x201d || next === 0x2019 || next === 0x27) return j - i;
  if (next === 0x2e) {
    const after = text.charCodeAt(j + 1);
    return Number.isNaN(after) || after === 0x20 || after === 0x0a || after === 0x0d ? j - i : 0;
  }
  return 0;
}

const CHUNK = 8192;

/**
 * Per UTF-16 unit below 0x250: the folded unit (≥ 0), or DROP_CODE (soft hyphen), MULTI (several
 * units: "œ" → "oe", read from TABLE), SPECIAL (inclusive-writing separators and CR, handled in the
 * loop). Numbers instead of strings keep the main loop free of string work.
 */
const DROP_CODE = -1;
const MULTI = -2;
const SPECIAL = -3;
const CODE = new Int32Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const rep = TABLE[c];
  CODE[c] = rep === undefined ? c : rep.length === 0 ? DROP_CODE : rep.length === 1 ? rep.charCodeAt(0) : MULTI;
}
for (const c of [0x2e, 0xb7, 0x28, 0x0d]) CODE[c] = SPECIAL;

/**
 * Scratch buffers reused between calls for ordinary texts: the folded units and the map are written
 * here, then copied out at their exact length (one right-sized allocation per call instead of two
 * of twice the text).
 */
let scratchOut = new Uint16Array(0);
let scratchMap = new Int32Array(0);
/** Builds the folded string 4× faster than String.fromCharCode.apply; lone surrogates excepted (it would turn them into U+FFFD). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Largest scratch kept between calls (units): a 10 MB text once must not pin 120 MB for good. */
const SCRATCH_MAX = 1 << 17;

export function normalize(text: string): Normalized {
  const n = text.length;
  const size = n * 2 + 1;
  if (size <= SCRATCH_MAX && scratchOut.length < size) {
    scratchOut = new Uint16Array(Math.max(size, 4096));
    scratchMap = new Int32Array(Math.max(size, 4096));
  }
  const out = size <= SCRATCH_MAX ? scratchOut : new Uint16Array(size);
  const map = size <= SCRATCH_MAX ? scratchMap : new Int32Array(size);
  let j = 0;
  let surrogate = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250) {
      const code = CODE[c];
      if (code >= 0) { out[j] = code; map[j++] = i; continue; }
      if (code === DROP_CODE) continue;
      if (code === MULTI) {
        const rep = TABLE[c]!;
        for (let k = 0; k < rep.length; k++) { out[j] = rep.charCodeAt(k); map[j++] = i; }
        continue;
      }
      // SPECIAL
      if (c === 0x0d) { // CR or CRLF → LF
        if (text.charCodeAt(i + 1) === 0x0a) continue;
        out[j] = 0x0a; map[j++] = i;
        continue;
      }
      const skip = inclusiveSuffix(text, i);
      if (skip > 0) { i += skip - 1; continue; }
      out[j] = c; map[j++] = i;
      continue;
    }
    if (c === 0x2022 || c === 0x2027 || c === 0x22c5 || c === 0x2e31) {
      const skip = inclusiveSuffix(text, i);
      if (skip > 0) { i += skip - 1; continue; }
    }
    let rep: string | undefined;
    if (c >= 0x2000 || c === 0x2bc || c === 0x2b9 || c === 0x180e || c === 0x1680) rep = wide(c);
    else if (c >= 0x300 && c <= 0x36f) rep = DROP; // combining accents (NFD input)
    if (rep === undefined) {
      if (c >= 0x370 && c < 0xd800) {
        const low = String.fromCharCode(c).toLowerCase();
        out[j] = low.length === 1 ? low.charCodeAt(0) : c;
      } else {
        if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
        out[j] = c;
      }
      map[j++] = i;
      continue;
    }
    for (let k = 0; k < rep.length; k++) {
      out[j] = rep.charCodeAt(k);
      map[j++] = i;
    }
  }
  map[j] = n;
  let norm = '';
  if (!surrogate) norm = UTF16.decode(out.subarray(0, j));
  else {
    for (let k = 0; k < j; k += CHUNK) {
      norm += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + CHUNK)) as unknown as number[]);
    }
  }
  return { text, norm, map: map.slice(0, j + 1) };
}

/**
 * Original [start, end) of the normalised range [s, e). The range keeps what normalisation dropped
 * right after its last character and still belongs to it: combining accents of decomposed text
 * ("handicape\u0301") and inclusive-writing suffixes ("incarcéré·e"), so that a finding never
 * cuts a word and a replacement never leaves "·e" or a stray accent behind.
 */
export function origRange(n: Normalized, s: number, e: number): [number, number] {
  if (e <= s) {
    const p = n.map[s] ?? n.text.length;
    return [p, p];
  }
  let end = n.map[e - 1] + 1;
  const next = n.map[e];
  if (next > end) end = attachedTail(n.text, end, next);
  return [n.map[s], end];
}

/** End of the dropped characters in [from, to) that belong to the word before them. */
function attachedTail(text: string, from: number, to: number): number {
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    // only inclusive suffixes drop letters, separators and parentheses
    if ((c >= 0x300 && c <= 0x36f) || isLetterCode(c) || INCLUSIVE_SEP.has(c) || c === 0x28 || c === 0x29) p++;
    else break;
  }
  return p;
}

/** Fold one string the same way as the text (for lexicon terms and config entries). */
export function fold(s: string): string {
  return foldShort(s) ?? normalize(s).norm;
}

/**
 * `normalize(s).norm` without the offset map, for the short strings of lexicons (tens of thousands
 * of terms and generated forms are folded when the rules load: allocating two typed arrays per
 * term was most of the start-up time). Returns undefined when a character needs the full
 * normaliser: inclusive-writing separators, CR, anything outside Latin.
 */
function foldShort(s: string): string | undefined {
  if (s.length > 256) return undefined;
  let out = '';
  let same = true; // nothing changed so far: return `s` itself
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 0x20 || c === 0x27 || c === 0x2d || (c >= 48 && c <= 57)) {
      if (!same) out += s[i];
      continue;
    }
    if (c >= 0x250 || c === 0x2e || c === 0x28 || c === 0xb7 || c === 0x0d) return undefined;
    const rep = TABLE[c];
    if (rep === undefined) {
      if (!same) out += s[i];
      continue;
    }
    if (same) { out = s.slice(0, i); same = false; }
    out += rep;
  }
  return same ? s : out;
}
