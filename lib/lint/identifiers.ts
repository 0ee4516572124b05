/**
 * Identifiers: pure validators (NIR, IBAN/RIB, payment card, SIRET/SIREN, numéro fiscal SPI) and ONE
 * scanner shared by the identifier rules. TAXONOMY.md §4.
 *
 * The scanner reads `doc.norm` (lower-case, zero-width characters already removed, so
 * "06\u200b12 34 56 78" is found) once per document, collects every numeric or alphanumeric
 * candidate, and resolves collisions in priority order:
 *
 *   IBAN → NIR (valid key) → SIRET/SIREN → card → SPI → keyless NIR (keyword) →
 *   keyword-anchored identity / agency numbers with an explicit label → phone → other anchored
 *
 * so that a span claimed by a higher-priority validated detector silences the lower ones (a SIRET
 * is Luhn-valid by construction and must never come out as a card; a NIR key that validates wins
 * over a 15-digit Amex shape). Each rule then reports the candidates of its own kind.
 *
 * @example
 *   const doc = createDocument('NIR 2 53 07 2B 073 004 70, tél. 06 12 34 56 78');
 *   scanIdentifiers(doc).map((c) => c.kind); // → ['nir', 'telephone']
 */
import type { Doc } from './document.ts';
import type { Confidence } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Validators (pure, on compact upper-case strings unless stated)
// ---------------------------------------------------------------------------------------------

/** Remove the separators people type inside numbers and upper-case: "fr76 3000-6000" → "FR7630006000". */
export function compact(s: string): string {
  return s.replace(/[\s.\-\u00a0\u202f/]/g, '').toUpperCase();
}

/** Remainder mod 97 of an arbitrarily long digit string (an IBAN exceeds Number precision). */
export function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return r;
}

/** Luhn check (cards, SIREN, SIRET). `luhn('4974259237616061') === true` */
export function luhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let x = digits.charCodeAt(i) - 48;
    if (dbl) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

export type NirStatus = 'valid' | 'invalid-key' | 'no-key' | 'invalid';

const NIR_SHAPE = /^[1-478]\d{2}(?:0[1-9]|1[0-2]|20|3\d|4[0-2]|[5-9]\d)(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/;

/**
 * NIR (numéro de sécurité sociale): 13 characters + 2-digit key, key = 97 − (N mod 97) with 2A → 19
 * and 2B → 18 replaced at the département position only (TAXONOMY §4.1). NIA (temporary numbers)
 * are built like a NIR and share the key.
 *
 * @example
 *   nirCheck('2 53 07 2B 073 004 70') // → 'valid'
 *   nirCheck('2530719073004')         // → 'no-key'
 */
export function nirCheck(raw: string): NirStatus {
  const s = compact(raw);
  if (!NIR_SHAPE.test(s)) return 'invalid';
  if (s.length === 13) return 'no-key';
  return nirKey(s.slice(0, 13)) === Number(s.slice(13)) ? 'valid' : 'invalid-key';
}

/** The key of a 13-character NIR body. */
export function nirKey(body13: string): number {
  let body = body13.toUpperCase();
  const dep = body.slice(5, 7);
  if (dep === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (dep === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  return 97 - (Number(body) % 97);
}

/** Temporary 13-digit numbers without key validated by the CNAMTS: NNP `[78][12]…`, MIG `[56][12]…`. */
export function isTemporaryNir(s13: string): boolean {
  return /^[5-8][12]\d{11}$/.test(s13);
}

/** IBAN length per country (ISO 13616 registry, plus Maghreb/West-African national formats). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BJ: 28, BR: 29, BY: 28, CF: 27,
  CG: 27, CH: 21, CI: 28, CM: 27, CR: 22, CV: 25, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, DZ: 26, EE: 20,
  EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GA: 27, GB: 22, GE: 22, GI: 23, GL: 18, GQ: 27, GR: 27, GT: 28, HR: 21,
  HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KM: 27, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MA: 28, MC: 27, MD: 24, ME: 22, MG: 27, MK: 19, ML: 28, MR: 27, MT: 31, MU: 30, NE: 28,
  NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19,
  SK: 24, SM: 27, SN: 28, ST: 25, SV: 28, TD: 27, TG: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/**
 * IBAN check, ISO 7064 MOD 97-10: move the first four characters to the end, letters → 10…35, the
 * number mod 97 must be 1. Accepts spaced, compact and lower-case input.
 *
 * @example
 *   ibanValid('fr76 3000 6000 0112 3456 7890 189') // → true
 */
export function ibanValid(raw: string): boolean {
  const s = compact(raw);
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/.test(s)) return false;
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len !== undefined && s.length !== len) return false;
  if ((s.startsWith('FR') || s.startsWith('MC')) && !/^(?:FR|MC)\d{12}[0-9A-Z]{11}\d{2}$/.test(s)) return false;
  return ibanChecksum(s);
}

/** ISO 7064 MOD 97-10 on a compact, upper-case IBAN, whatever its length. */
function ibanChecksum(s: string): boolean {
  let digits = '';
  const moved = s.slice(4) + s.slice(0, 4);
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    digits += c >= 65 ? String(c - 55) : moved[i];
  }
  return mod97(digits) === 1;
}

const RIB_MAP: Readonly<Record<string, number>> = {
  A: 1, J: 1, B: 2, K: 2, S: 2, C: 3, L: 3, T: 3, D: 4, M: 4, U: 4, E: 5, N: 5, V: 5, F: 6, O: 6, W: 6,
  G: 7, P: 7, X: 7, H: 8, Q: 8, Y: 8, I: 9, R: 9, Z: 9,
};

/** French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters transcoded. */
export function ribKeyValid(bank: string, branch: string, account: string, key: string): boolean {
  const acc = account.toUpperCase().replace(/[A-Z]/g, (c) => String(RIB_MAP[c]));
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^\d{11}$/.test(acc) || !/^\d{2}$/.test(key)) return false;
  const r = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc)) % 97;
  return 97 - r === Number(key);
}

/**
 * Issuer of a card number when its prefix and length are plausible (ISO/IEC 7812), else null.
 * French "CB" cards are co-branded Visa / Mastercard and follow those prefixes.
 */
export function cardIssuer(d: string): string | null {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19 ? 'visa' : null;
  if (p2 >= 51 && p2 <= 55) return n === 16 ? 'mastercard' : null;
  if (p4 >= 2221 && p4 <= 2720) return n === 16 ? 'mastercard' : null;
  if (p2 === 34 || p2 === 37) return n === 15 ? 'amex' : null;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19 ? 'jcb' : null;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n >= 14 && n <= 19 ? 'diners' : null;
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16 && n <= 19 ? 'discover' : null;
  if (p2 === 62) return n >= 16 && n <= 19 ? 'unionpay' : null;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19 ? 'maestro' : null;
  return null;
}

/** Luhn + issuer prefix/length plausibility. */
export function cardValid(d: string): boolean {
  return /^\d{13,19}$/.test(d) && cardIssuer(d) !== null && luhn(d);
}

/** SIREN: 9 digits, Luhn. */
export function sirenValid(d: string): boolean {
  return /^\d{9}$/.test(d) && luhn(d);
}

/**
 * SIRET: 14 digits, Luhn, except La Poste establishments (SIREN 356000000) whose digits sum to a
 * multiple of 5 (the head office 35600000000048 follows Luhn).
 */
export function siretValid(d: string): boolean {
  if (!/^\d{14}$/.test(d)) return false;
  if (d.startsWith('356000000') && d !== '35600000000048') {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += d.charCodeAt(i) - 48;
    return sum % 5 === 0;
  }
  return luhn(d);
}

/**
 * Numéro fiscal (SPI): 13 digits, first digit 0–3, last three digits = (first ten digits) mod 511.
 *
 * @example
 *   spiValid('3023217600053') // → true
 */
export function spiValid(d: string): boolean {
  if (!/^[0-3]\d{12}$/.test(d)) return false;
  return Number(d.slice(0, 10)) % 511 === Number(d.slice(10));
}

/**
 * Belgian national register number (NN, NISS): YYMMDD + serial (9 digits), key = 97 − (n mod 97), with « 2 » put in
 * front of n for people born from 2000; the month and the day must be ones of a birth date.
 *
 * @example
 *   belgianNnValid('86041214766') // → true
 */
export function belgianNnValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  // YYMMDD: month 0–12 (0 when unknown), plus 20 or 40 for a « bis » number; day 0–31
  const mm = Number(d.slice(2, 4)) % 20, dd = Number(d.slice(4, 6));
  if (mm > 12 || Number(d.slice(2, 4)) >= 60 || dd > 31) return false;
  const n = Number(d.slice(0, 9));
  const key = Number(d.slice(9));
  return 97 - (n % 97) === key || 97 - ((2e9 + n) % 97) === key;
}

/**
 * Swiss AVS / AHV number: 756 + 10 digits, the last an EAN-13 check digit.
 *
 * @example
 *   avsValid('7561234987657') // → true
 */
export function avsValid(d: string): boolean {
  if (!/^756\d{10}$/.test(d)) return false;
  let t = 0;
  for (let i = 0; i < 12; i++) t += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return (10 - (t % 10)) % 10 === d.charCodeAt(12) - 48;
}

/**
 * Dutch BSN (burgerservicenummer): 9 digits passing the « 11-proef » (weights 9…2, then −1).
 *
 * @example
 *   bsnValid('111222333') // → true
 */
export function bsnValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  let t = 0;
  for (let i = 0; i < 8; i++) t += (d.charCodeAt(i) - 48) * (9 - i);
  t -= d.charCodeAt(8) - 48;
  return t > 0 && t % 11 === 0;
}

/** ISO 7064 MOD 11,10 check of an 11-digit string: the last digit checks the first ten (German Steuer-ID, Croatian OIB). */
function iso7064Mod1110(d: string): boolean {
  let a = 10;
  for (let i = 0; i < 10; i++) {
    a = (a + d.charCodeAt(i) - 48) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  return (11 - a) % 10 === d.charCodeAt(10) - 48;
}

/**
 * German Steuer-ID: 11 digits, not starting with 0, ISO 7064 MOD 11,10 check digit.
 *
 * @example
 *   steuerIdValid('86095742719') // → true
 */
export function steuerIdValid(d: string): boolean {
  return /^[1-9]\d{10}$/.test(d) && iso7064Mod1110(d);
}

/** Brazilian CPF: 11 digits, two mod-11 check digits, not one digit repeated. */
export function brazilCpfValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const key = (len: number) => {
    let t = 0;
    for (let i = 0; i < len; i++) t += (d.charCodeAt(i) - 48) * (len + 1 - i);
    return ((t * 10) % 11) % 10;
  };
  return key(9) === d.charCodeAt(9) - 48 && key(10) === d.charCodeAt(10) - 48;
}

/** Argentine CUIT / CUIL: type (20, 23, 24, 27, 30, 33, 34), 8 digits, a mod-11 key. */
export function cuitValid(d: string): boolean {
  if (!/^(?:2[0347]|3[034])\d{9}$/.test(d)) return false;
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let t = 0;
  for (let i = 0; i < 10; i++) t += (d.charCodeAt(i) - 48) * w[i];
  const k = 11 - (t % 11);
  return k !== 10 && (k === 11 ? 0 : k) === d.charCodeAt(10) - 48;
}

/** Odd-position values of the Italian codice fiscale check, for 0–9 then a–z. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Shape of a codice fiscale (digits may be replaced by L–V in homonym cases), lower case. */
const CF_SHAPE = /^[a-z]{6}[0-9lmnp-v]{2}[abcdehlmprst][0-9lmnp-v]{2}[a-z][0-9lmnp-v]{3}[a-z]$/;

/**
 * Italian codice fiscale: 16 characters, the last a check letter.
 *
 * @example
 *   codiceFiscaleValid('bncgli79m52f205j') // → true
 */
export function codiceFiscaleValid(c: string): boolean {
  if (!CF_SHAPE.test(c)) return false;
  let t = 0;
  for (let i = 0; i < 15; i++) {
    const ch = c.charCodeAt(i);
    const v = ch <= 57 ? ch - 48 : ch - 97 + 10;
    t += i % 2 === 0 ? CF_ODD[v] : (ch <= 57 ? ch - 48 : ch - 97);
  }
  return t % 26 === c.charCodeAt(15) - 97;
}

/**
 * Portuguese NIF: 9 digits, first 1–3, 5, 6, 8 or 9, key mod 11.
 *
 * @example
 *   portugueseNifValid('234567899') // → true
 */
export function portugueseNifValid(d: string): boolean {
  if (!/^[1235689]\d{8}$/.test(d)) return false;
  let t = 0;
  for (let i = 0; i < 8; i++) t += (d.charCodeAt(i) - 48) * (9 - i);
  const k = 11 - (t % 11);
  return (k >= 10 ? 0 : k) === d.charCodeAt(8) - 48;
}

/**
 * Social-insurance numbers of other countries, by the check of each: Canadian SIN / NAS (9 digits, Luhn),
 * US SSN (9 digits, area not 000, 666 or 9xx, group and serial not zero), Spanish NUSS (12 digits, the
 * last two the first ten mod 97), Portuguese NISS (11 digits from 1 or 2, weighted key), German
 * Rentenversicherungsnummer (8 digits, the initial, 3 digits) or Austrian SVNR (10 digits, mod 11 key),
 * Irish PPS (7 digits and one or two letters), Quebec health-insurance number (4 letters, 8 digits).
 *
 * @example
 *   foreignSocialValid('sin', '046293817') // → true
 *   foreignSocialValid('ssn', '078051120') // → true
 */
export function foreignSocialValid(kind: string, c: string): boolean {
  switch (kind) {
    case 'sin': return /^\d{9}$/.test(c) && luhn(c);
    case 'ssn': return /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(c);
    case 'nuss': {
      if (!/^\d{12}$/.test(c)) return false;
      const key = Number(c.slice(10));
      // a sequence below 10,000,000 is keyed as province × 10⁷ + sequence, a longer one on the ten digits as written
      const seq = Number(c.slice(2, 10));
      return mod97(c.slice(0, 10)) === key || (seq < 1e7 && (Number(c.slice(0, 2)) * 1e7 + seq) % 97 === key);
    }
    case 'niss-pt': {
      if (!/^[12]\d{10}$/.test(c)) return false;
      return 9 - (weighted(c, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]) % 10) === c.charCodeAt(10) - 48;
    }
    case 'svnr':
      if (/^\d{8}[a-z]\d{3}$/.test(c)) return true;
      return /^\d{10}$/.test(c) && weighted(c.slice(0, 3) + c.slice(4), [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11 === c.charCodeAt(3) - 48;
    case 'pps': return /^\d{7}[a-w][a-w]?$/.test(c);
    case 'ramq': return /^[a-z]{4}\d{8}$/.test(c);
    default: return false;
  }
}

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), with its check letter; lower case. */
export function spanishDniValid(c: string): boolean {
  const m = /^([xyz]?)(\d{7,8})([a-z])$/.exec(c);
  if (!m || m[1].length + m[2].length !== 8) return false;
  const n = Number(('xyz'.indexOf(m[1]) >= 0 && m[1] ? String('xyz'.indexOf(m[1])) : '') + m[2]);
  return 'trwagmyfpdxbnjzsqvhlcke'[n % 23] === m[3];
}

/** Verhoeff dihedral-group tables (multiplication, permutation, inverse). */
const VH_D = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432', '7659821043', '8765932104', '9876543210'];
const VH_P = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'];
const VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
/** Verhoeff check digit of a digit string. */
function verhoeffDigit(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) c = VH_D[c].charCodeAt(VH_P[(i + 1) % 8].charCodeAt(s.charCodeAt(s.length - 1 - i) - 48) - 48) - 48;
  return VH_INV[c];
}

/** Is YYYY-MM-DD a real calendar day of a birth year (1900 to this year)? */
function birthDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > new Date().getFullYear() || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Luxembourg matricule (national number used by the social-security centre CCSS): 13 digits, the birth date
 * YYYYMMDD, a 3-digit serial, a Luhn digit then a Verhoeff digit, both computed on the first eleven.
 *
 * @example
 *   luxMatriculeValid('1985031204719') // → true
 */
export function luxMatriculeValid(d: string): boolean {
  if (!/^(?:19|20)\d{11}$/.test(d) || !birthDay(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)))) return false;
  const body = d.slice(0, 11);
  return luhn(body + d[11]) && verhoeffDigit(body) === d.charCodeAt(12) - 48;
}

/** Weighted digit sum of the first weights.length digits of d. */
function weighted(d: string, weights: readonly number[]): number {
  let t = 0;
  for (let i = 0; i < weights.length; i++) t += (d.charCodeAt(i) - 48) * weights[i];
  return t;
}

/**
 * National identification numbers of other countries, each with its own check digit (digits only):
 * Romanian CNP (13, weights 279146358279 mod 11), Polish PESEL (11), Bulgarian EGN (10), the JMBG / EMBG / EMŠO
 * of the former Yugoslavia (13), Croatian OIB (11, ISO 7064 mod 11,10), Estonian isikukood and Lithuanian asmens
 * kodas (11, two weight rounds), Czech and Slovak rodné číslo (10, divisible by 11).
 *
 * @example
 *   nationalIdValid('cnp', '2901123264187') // → true
 *   nationalIdValid('pesel', '94061104869') // → true
 */
export function nationalIdValid(kind: string, d: string): boolean {
  const at = (i: number) => d.charCodeAt(i) - 48;
  switch (kind) {
    case 'cnp': {
      if (!/^[1-9]\d{12}$/.test(d)) return false;
      const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
      return (r === 10 ? 1 : r) === at(12);
    }
    case 'pesel':
      return /^\d{11}$/.test(d) && (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === at(10);
    case 'egn': {
      if (!/^\d{10}$/.test(d)) return false;
      const r = weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
      return (r === 10 ? 0 : r) === at(9);
    }
    case 'jmbg': {
      if (!/^\d{13}$/.test(d)) return false;
      const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
      return (m > 9 ? 0 : m) === at(12);
    }
    case 'oib':
      return /^\d{11}$/.test(d) && iso7064Mod1110(d);
    case 'baltic': {
      if (!/^[1-6]\d{10}$/.test(d)) return false;
      let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
      if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
      return (r === 10 ? 0 : r) === at(10);
    }
    // Swedish personnummer / samordningsnummer: (YY)YYMMDD + 4 digits, a valid month and day (+60 for a coordination number),
    // Luhn over the last ten digits
    case 'personnummer': {
      const t = d.length === 12 ? d.slice(2) : d;
      if (!/^\d{10}$/.test(t)) return false;
      const mo = Number(t.slice(2, 4)), day = Number(t.slice(4, 6)) % 60;
      return mo >= 1 && mo <= 12 && day >= 1 && day <= 31 && luhn(t);
    }
    // Norwegian fødselsnummer: DDMMYY + 5 digits, two mod-11 keys
    case 'fodselsnummer': {
      if (!/^\d{11}$/.test(d)) return false;
      const k1 = 11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11), k2 = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
      return (k1 === 11 ? 0 : k1) === at(9) && (k2 === 11 ? 0 : k2) === at(10);
    }
    // Finnish henkilötunnus: DDMMYY, a century sign, 3 digits and a check character (DDMMYYNNN mod 31)
    case 'hetu': {
      const m = /^(\d{6})[a-fu-y+]?(\d{3})([0-9a-y])$/.exec(d);
      return !!m && '0123456789abcdefhjklmnprstuvwxy'[Number(m[1] + m[2]) % 31] === m[3];
    }
    // Icelandic kennitala: DDMMYY + 2 digits, a mod-11 key, a century digit
    case 'kennitala': {
      if (!/^\d{10}$/.test(d)) return false;
      const k = 11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
      return k !== 10 && (k === 11 ? 0 : k) === at(8);
    }
    case 'rodne': {
      if (!/^\d{10}$/.test(d)) return false;
      const n = Number(d);
      return n % 11 === 0 || (Number(d.slice(0, 9)) % 11 === 10 && at(9) === 0);
    }
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------------------------

export type IdKind = 'iban' | 'nir' | 'siret' | 'carte-bancaire' | 'telephone' | 'piece-identite' | 'identifiant-organisme' | 'claim';

export interface IdCandidate {
  kind: IdKind;
  /** normalised [s, e) */
  s: number;
  e: number;
  /** original [start, end) */
  start: number;
  end: number;
  confidence: Confidence;
  /**
   * finer type: nir `key` | `keyless`; iban `iban` | `rib`; card issuer; phone `fr` | `special` |
   * `intl`; identity `cni` | `passeport` | `sejour` | `permis` | `mrz`; agency `caf` | `ft` | `msa` |
   * `spi` | `fiscal` | `mdph` | `cpam` | `rsa` | `autre`; `siret` | `siren` (claims, never reported);
   * claim `iban-shape` (an IBAN shape whose check fails: it silences the phone read in its digits, then is dropped)
   */
  detail: string;
}

/** A run of digits with single separators (space, dot, dash), "2A"/"2B" kept for Corsican NIRs. */
export interface Run {
  s: number;
  e: number;
  /** digits (and A/B of a Corsican département), compact, upper-case */
  d: string;
  /** length of each group of digits between separators */
  groups: number[];
  /** preceded by "+" (international phone) */
  plus: boolean;
  /** contained " (0)" as in "+33 (0)6 12…" */
  paren0: boolean;
  /** Belgian zone prefix and slash: "0478/21.56.09", "02/512.34.56" */
  zoneSlash?: boolean;
  /** a letter touches the run: "fr76…", "4093157k", "r489" */
  glued: boolean;
  /** pairs with spaced dashes: "06 - 47 - 19 - 82 - 30" */
  spaced?: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSep = (c: number) => c === 32 || c === 46 || c === 45; // space . -
function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c === 95) return true;
  if (c < 0xc0) return false;
  return /\p{L}/u.test(String.fromCharCode(c));
}

/** Maximal digit runs of the normalised text: "06 12 34 56 78", "2 53 07 2a 073 004 70", "655 251 445 00012". */
/** After the slash of a Belgian number: 6 or 7 digits in groups of 2 or 3 ("21.56.09", "512.34.56", "215609"), then no digit. */
const BE_AFTER_SLASH = /^\/(?:\d{2,3}[. ]?\d{2}[. ]?\d{2}|\d{6,7})(?![\d/])/;
/** After the first pair of a phone: four more pairs, each after a spaced dash. */
const SPACED_PAIRS = /^(?: [-–] \d{2}){4}(?!\d| [-–] \d)/;
function digitRuns(norm: string): Run[] {
  const runs: Run[] = [];
  const n = norm.length;
  const NEXT = /\d/g; // the regex engine skips prose faster than a char loop
  let i = 0;
  while (i < n) {
    NEXT.lastIndex = i;
    if (!NEXT.exec(norm)) break;
    i = NEXT.lastIndex - 1;
    const s = i;
    let glued = s > 0 && isWordChar(norm.charCodeAt(s - 1));
    const plus = (s > 0 && norm[s - 1] === '+') || (s > 1 && norm[s - 1] === ' ' && norm[s - 2] === '+');
    let d = '';
    const groups: number[] = [];
    let g = 0;
    let paren0 = false;
    let zoneSlash = false;
    let spacedPairs = false;
    let e = i;
    while (i < n) {
      const c = norm.charCodeAt(i);
      if (isDigit(c)) { d += norm[i]; g++; i++; e = i; continue; }
      // Corsican département "2a" / "2b" at positions 6–7 of a NIR (the "2" is the sixth digit read)
      if ((c === 97 || c === 98) && norm[i - 1] === '2' && d.length === 6 && !isWordChar(norm.charCodeAt(i + 1) || 32)) {
        d = d.slice(0, -1) + (c === 97 ? '2A' : '2B');
        g++; i++; e = i; continue;
      }
      if (isSep(c) && isDigit(norm.charCodeAt(i + 1))) { groups.push(g); g = 0; i++; continue; }
      // a phone typed in pairs with spaced dashes: « 06 - 47 - 19 - 82 - 30 » (only the whole five-pair shape, never a range « 10 - 12 »)
      if (c === 32 && (spacedPairs || (d.length === 2 && d[0] === '0' && groups.length === 0 && SPACED_PAIRS.test(norm.slice(i, i + 20))))
        && /^ [-–] \d/.test(norm.slice(i, i + 4))) {
        spacedPairs = true; groups.push(g); g = 0; i += 3; continue;
      }
      // "06/12/34/56/78": a slash only between pairs of digits (a date "12/03/1986" stops at its year)
      if (c === 47 && g === 2 && isDigit(norm.charCodeAt(i + 1)) && isDigit(norm.charCodeAt(i + 2)) && !isDigit(norm.charCodeAt(i + 3))) {
        groups.push(g); g = 0; i++; continue;
      }
      // Belgian numbers: a zone prefix, a slash, then the subscriber's digits ("0478/21.56.09", "02/512.34.56", "010/45.67.89")
      if (c === 47 && groups.length === 0 && g >= 2 && g <= 4 && d[0] === '0' && BE_AFTER_SLASH.test(norm.slice(i, i + 12))) {
        groups.push(g); g = 0; i++; zoneSlash = true; continue;
      }
      if (plus || (d.startsWith('00') && d.length >= 3 && d.length <= 5)) {
        // "+33 (0)6 12 34 56 78", "0033 (0)6 …": the trunk zero in brackets is a separator;
        // "+1 (514) 555-0199": an area code in brackets is a group
        const m = /^ ?\((\d{1,4})\) ?(?=\d)/.exec(norm.slice(i, i + 9));
        if (m && m[1] === '0') { groups.push(g); g = 0; paren0 = true; i += m[0].length; continue; }
        if (m && plus && groups.length === 0) { groups.push(g, m[1].length); d += m[1]; g = 0; i += m[0].length; continue; }
        // "(+33) 6 12 34 56 78": the bracket closes the country code
        if (c === 41 && groups.length === 0 && norm[s - 2] === '(' && /^\) ?\d/.test(norm.slice(i, i + 3))) {
          groups.push(g); g = 0; i += norm[i + 1] === ' ' ? 2 : 1; continue;
        }
      }
      break;
    }
    groups.push(g);
    if (i < n && isWordChar(norm.charCodeAt(i))) glued = true;
    runs.push(zoneSlash ? { s, e, d, groups, plus, paren0, glued, zoneSlash } : spacedPairs ? { s, e, d, groups, plus, paren0, glued, spaced: true } : { s, e, d, groups, plus, paren0, glued });
  }
  return runs;
}

const runCache = new WeakMap<object, Run[]>();
/** Digit runs of a document, computed once (the address rule reads them too). */
export function numberRuns(doc: Doc): readonly Run[] {
  let r = runCache.get(doc);
  if (!r) { r = digitRuns(doc.norm); runCache.set(doc, r); }
  return r;
}

const isAlnum = (c: number) => isDigit(c) || isWordChar(c);

/**
 * A small keyword set checked on short folded windows. Single words go to a Set (the window is cut
 * into words once), phrases are found with `lastIndexOf` and checked for word boundaries, `word*`
 * is a prefix. Far cheaper in V8 than a Unicode-lookbehind regex over a long alternation.
 *
 * @example
 *   new Keywords(['carte vitale', 'secu', 'expir*']).test("n° de secu :") // → true
 */
export class Keywords {
  private readonly single = new Set<string>();
  /** phrases by their first word ("carte vitale" under "carte", "n°" under "n") */
  private readonly phrases = new Map<string, string[]>();
  private readonly prefixes: string[] = [];
  constructor(terms: readonly string[]) {
    for (const t of terms) {
      if (t.endsWith('*')) { this.prefixes.push(t.slice(0, -1)); continue; }
      let k = 0;
      while (k < t.length && isAlnum(t.charCodeAt(k))) k++;
      if (k === t.length) { this.single.add(t); continue; }
      const first = t.slice(0, k);
      const list = this.phrases.get(first);
      if (list) list.push(t); else this.phrases.set(first, [t]);
    }
  }
  /** Offset just after the last keyword of `s`, or -1. */
  last(s: string): number {
    let best = -1;
    const n = s.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isAlnum(s.charCodeAt(i))) i++;
      const st = i;
      while (i < n && isAlnum(s.charCodeAt(i))) i++;
      if (i === st) break;
      const w = s.slice(st, i);
      if (this.single.has(w)) best = i;
      else if (this.prefixes.length) { for (const p of this.prefixes) if (w.startsWith(p)) { best = i; break; } }
      const list = this.phrases.get(w);
      if (list) {
        for (const p of list) {
          const e = st + p.length;
          if (s.startsWith(p, st) && (e >= n || !isAlnum(s.charCodeAt(e)) || !isAlnum(p.charCodeAt(p.length - 1)))) { if (e > best) best = e; }
        }
      }
    }
    return best;
  }
  test(s: string): boolean {
    return this.last(s) >= 0;
  }
}

/** Folded text of the same line before normalised offset `s`, at most `n` characters. */
export function lineBefore(norm: string, s: number, n: number): string {
  const from = Math.max(0, s - n);
  const chunk = norm.slice(from, s);
  const nl = chunk.lastIndexOf('\n');
  return nl >= 0 ? chunk.slice(nl + 1) : chunk;
}

/** Folded text of the same line after normalised offset `e`, at most `n` characters. */
export function lineAfter(norm: string, e: number, n: number): string {
  const chunk = norm.slice(e, e + n);
  const nl = chunk.indexOf('\n');
  return nl >= 0 ? chunk.slice(0, nl) : chunk;
}

const NIR_KW = new Keywords(['secu', 'securite sociale', 'nir', 'n.i.r', 'insee', 'carte vitale', 'ss', 'n°ss', 'immatriculation', 'assure social', 'assuree sociale', 'numero social', 'nia', 'ameli']);
const CARD_KW = new Keywords(['carte', 'cb', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'maestro', 'cryptogramme', 'crypto', 'cvv', 'cvc', 'expir*', 'exp']);
/** Payment words: a card's sign only when no order or file word stands before the number (« payé avec son CPF, dossier n° … »). */
const PAY_KW = new Keywords(['paiement', 'payer', 'paye', 'debit']);
const CARD_GROUPS = new Set(['4,4,4,4', '4,6,5', '4,6,4', '4,4,4,4,3']);
const NOT_CARD_KW = new Keywords(['commande', 'facture', 'devis', 'reference', 'ref', 'suivi', 'colis', 'dossier', 'contrat', 'convention', 'ticket', 'transaction', 'bon', 'recepisse', 'siret', 'siren']);
/** A payment made with a card: « payé avec la carte de sa tante », « réglé par CB », « débité sur sa carte bancaire ». */
const PAID_BY_CARD = /(?:^|[^\p{L}])(?:pay|regl|achet|debit|acquitt)\p{L}*(?:\s+[^\s.;!?]+){0,4}?\s+(?:avec|par|sur)\s+(?:(?:la|sa|une|son|leur|ma|mon)\s+)?(?:carte|cb)(?![\p{L}])|(?:^|[^\p{L}])carte (?:bancaire|de credit|de paiement|de debit)(?![\p{L}])/u;
/** Folded text of the sentence before normalised offset `s` on its line, at most `n` characters. */
function sentenceBefore(norm: string, s: number, n: number): string {
  const chunk = lineBefore(norm, s, n);
  const k = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('; '), chunk.lastIndexOf('! '), chunk.lastIndexOf('? '));
  return k < 0 ? chunk : chunk.slice(k + 2);
}
/** Labels of other countries' 9-digit numbers that may pass a SIREN's Luhn: Canadian SIN / NAS, Portuguese NIF, Dutch BSN. */
const SIN_KW = new Keywords(['assurance sociale', 'social insurance', 'sin', 'nas', 'nif', 'contribuinte', 'bsn', 'burgerservicenummer', 'sofinummer']);
const SIREN_KW = new Keywords(['siren', 'siret', 'rcs', "d'entreprise", 'entreprise', 'societe', 'employeur', 'entrepreneur', 'autoentrepreneur', 'microentreprise', 'microentrepreneur']);
/** Words of Luxembourg's social security around its matricule. */
const LUX_KW = new Keywords(['luxembourg', 'luxembourgeois', 'luxembourgeoise', 'lux', 'ccss', 'cns', 'matricule', 'grand-duche', 'frontalier', 'frontaliere']);
/** Words of a reference, an order or a parcel: a date-based number there is theirs. */
const NOT_LUX_KW = new Keywords(['commande', 'facture', 'devis', 'reference', 'ref', 'suivi', 'colis', 'dossier', 'contrat', 'ticket', 'transaction', 'bon', 'bordereau', 'envoi', 'expedition', 'lot', 'article', 'produit', 'code-barres', 'ean', 'badge', 'client']);
/** The last clause of a line's start: after its last comma, semicolon or full stop. */
function clauseBefore(before: string): string {
  const k = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '));
  return k < 0 ? before : before.slice(k + 1);
}
const FISCAL_KW = new Keywords(['fiscal', 'fiscale', 'impot', 'impots', 'imposition', 'spi', 'tresor public', 'dgfip', 'declaration de revenus']);
/** Account words around an IBAN shape whose check fails: the number is still an account's. */
const IBAN_KW = new Keywords([
  'rib', 'r.i.b', 'iban', 'compte', 'comptes', 'bancaire', 'bancaires', 'banque', 'virement', 'virements', 'versement', 'prelevement',
  'bic', 'swift', 'domiciliation', 'account', 'bank', 'cuenta', 'conta', 'conto', 'konto', 'rekening', 'neobanque', 'livret',
]);
/** Remarks that an IBAN was copied wrong. */
const IBAN_WRONG = /erreur|errone|tromp|rejet|refus|invalide|non valide|pas valide|incorrect|faux|fausse|incoheren|a verifier|a corriger|a redemander|a refaire|mal (?:recopie|saisi|note|tape)|coquille|ne passe pas|incomplet|pas complet|tronque|il manque|manque (?:un|deux|des|les|quelques) (?:chiffres?|caracteres?)/;
const RIB_KW = new Keywords(['rib', 'r.i.b', 'compte', 'bancaire', 'bancaires', 'banque', 'iban', 'virement']);
const REF_KW = new Keywords(['reference', 'ref', 'dossier', 'commande', 'facture', 'contrat', 'convention', 'offre', 'agrement', 'declaration', 'siret', 'siren', 'client', 'allocataire', 'identifiant', 'matricule', 'badge', 'ticket', 'colis', 'suivi', 'caf', 'msa', 'cpam', 'mdph', 'fiscal', 'passeport', 'cni', 'sejour', 'resident', 'permis', 'etranger',
  // goods and stock: « code article 0678451232 », « produit réf. … », « n° de série … »
  'article', 'produit', 'serie', 'sku', 'ean']);
/** A reference label directly before a number: « badge n° », « référence : », « contrat n° ». */
const REF_LABEL = /(?:^|[^\p{L}])(?:reference|ref|commande|facture|contrat|convention|offre|agrement|declaration|client|matricule|badge|ticket|colis|licence|siret|siren|article|produit|serie)\.?\s*(?:(?:n°|no|numero|num)\.?\s*)?:?\s*$/u;
/**
 * A label headed by a reference word, up to the colon before the number: « Référence du virement reçu par l'organisme : »,
 * « Motif de l'opération : », « Libellé du prélèvement : » — a number failing its check there is the operation's.
 */
const REF_HEAD = /(?:^|[.;!?]\s)\s*(?:reference|ref|motif|libelle)\.?\s[^:.;!?\n]{0,60}:\s*$/;
const PHONE_TERMS = ['tel', 'telephone', 'portable', 'mobile', 'cell', 'cellulaire', 'gsm', 'natel', 'fixe', 'joignable', 'joindre', 'appeler', 'rappeler', 'appel', 'numero', 'contact', 'contacter', 'sms', 'whatsapp', 'ligne', 'standard', 'accueil'];
const PHONE_KW = new Keywords(PHONE_TERMS);
/** Phone words but « numéro », which also heads a file or an order number (« numéro de dossier 212 555 0100 »). */
const PHONE_KW_NOT_NUMBER = new Keywords(PHONE_TERMS.filter((w) => w !== 'numero'));

/** Country calling codes, for splitting "+212 6 12…" (the codes are prefix-free). */
const CC = new Set([
  '1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90',
  '91', '92', '93', '94', '95', '98', '211', '212', '213', '216', '218', '220', '221', '222', '223', '224', '225', '226',
  '227', '228', '229', '230', '231', '232', '233', '234', '235', '236', '237', '238', '239', '240', '241', '242', '243',
  '244', '245', '246', '248', '249', '250', '251', '252', '253', '254', '255', '256', '257', '258', '260', '261', '262',
  '263', '264', '265', '266', '267', '268', '269', '290', '291', '297', '298', '299', '350', '351', '352', '353', '354',
  '355', '356', '357', '358', '359', '370', '371', '372', '373', '374', '375', '376', '377', '378', '380', '381', '382',
  '383', '385', '386', '387', '389', '420', '421', '423', '500', '501', '502', '503', '504', '505', '506', '507', '508',
  '509', '590', '591', '592', '593', '594', '595', '596', '597', '598', '599', '670', '672', '673', '674', '675', '676',
  '677', '678', '679', '680', '681', '682', '683', '685', '686', '687', '688', '689', '690', '691', '692', '850', '852',
  '853', '855', '856', '880', '886', '960', '961', '962', '963', '964', '965', '966', '967', '968', '970', '971', '972',
  '973', '974', '975', '976', '977', '992', '993', '994', '995', '996', '998',
]);
/** « (514) » or « 1 (514) » right before the seven digits of a North American number (group 1: the leading 1). */
const NANP_AREA = /(1[ .-]?)?\((\d{3})\) ?$/;
const NANP_GROUPS = new Set(['3,3,4', '1,3,3,4']);
/** Toll-free North American area codes: an organisation's line. */
const NANP_FREE = new Set(['800', '833', '844', '855', '866', '877', '888', '900']);
/**
 * A North American number of ten digits (area code, exchange, line; area code and exchange start
 * with 2–9, N11 codes excluded): 'intl', or 'special' for a toll-free area code; null otherwise.
 */
export function nanpKind(d: string): 'intl' | 'special' | null {
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(d) || (d[1] === '1' && d[2] === '1') || (d[4] === '1' && d[5] === '1')) return null;
  return NANP_FREE.has(d.slice(0, 3)) ? 'special' : 'intl';
}

/** Small countries whose national numbers have six digits: Andorra, San Marino, Greenland, the Faroe Islands. */
const SIX_DIGIT_CC = new Set(['376', '378', '299', '298']);
/** French overseas departments and collectivities with their own calling code. */
const FR_OVERSEAS = new Set(['262', '269', '508', '590', '594', '596', '681', '687', '689']);

/**
 * Classify a digit run as a phone number: 'fr' (0X XX XX XX XX, +33…), 'special' (08: free or
 * special-rate; 09 69: « numéro Cristal », non-premium lines rented to services and helplines — never
 * personal), 'intl' (+32…, +212…, overseas +262…), or null.
 */
export function phoneKind(digits: string, international: boolean): 'fr' | 'special' | 'intl' | null {
  let d = digits;
  if (!international) {
    if (d.startsWith('00')) { d = d.slice(2); international = true; }
    else if (/^0[1-9]\d{8}$/.test(d)) return d[1] === '8' || d.startsWith('0969') ? 'special' : 'fr';
    else return null;
  }
  if (!/^\d{8,15}$/.test(d)) return null;
  let cc = '';
  for (const k of [1, 2, 3]) if (CC.has(d.slice(0, k))) { cc = d.slice(0, k); break; }
  if (!cc) return null;
  let nat = d.slice(cc.length);
  if (cc === '33') {
    if (nat.length === 10 && nat[0] === '0') nat = nat.slice(1); // "+33 06…"
    if (!/^[1-9]\d{8}$/.test(nat)) return null;
    return nat[0] === '8' || nat.startsWith('969') ? 'special' : 'fr';
  }
  if (FR_OVERSEAS.has(cc) || SIX_DIGIT_CC.has(cc)) return nat.length >= 6 && nat.length <= 9 ? 'intl' : null;
  return nat.length >= 7 && nat.length <= 12 ? 'intl' : null;
}

// Keyword-anchored identity and agency numbers ------------------------------------------------

/**
 * Labels; group 1 = identity documents, group 2 = agencies and tax. Scanned over the whole text, so
 * written without lookarounds (a Unicode lookbehind before a long alternation costs ten times more
 * in V8); word boundaries are checked by `wordAt`.
 */
const ANCHOR = new RegExp(
  "(cnib|cnie|cni|c\\.n\\.i\\.?|carte nationale d'identite|carte d'identite|piece d'identite|titre d'identite|passeport|passport|" +
  "titre de sejour|carte de sejour|titre sejour|carte de resident|carte resident|recepisse|visa long sejour|visa de long sejour|" +
  "attestation de demande d'asile|demande d'asile|autorisation provisoire de sejour|titre de voyage|document de voyage|" +
  "(?:numero|n°|no|num) (?:d')?etranger|agdref|" +
  // Swiss cross-border and short-stay permits (« permis G », « permis L », « permis Ci »), and the Gulf states' identity cards
  "permis (?:g|l|ci)(?![0-9a-z])|permis (?:de )?frontalier|autorisation frontaliere|grenzgangerbewilligung|" +
  "emirates id|emirates identity card|civil id|qatar id|qid|iqama|(?:numero|n°|no|num) (?:d')?identite(?! bancaire| judiciaire| numerique)|permis de conduire|permis(?= ?(?:(?:a[12]?|am|b[e1]?|bsr|c1?e?|d1?e?)(?![0-9a-z]) ?)?(?:\\([^()\\d\\n]{1,40}\\) ?)?(?:\\| ?)?(?:n°|no|numero|num|:|\\d{2}[0-9a-z]{6,}(?![0-9a-z])))|" +
  // national identification numbers of other countries: Belgian registre national (NN, NISS), Algerian NIN
  "(?:numero|n°|no|num) (?:de |du )?registre national|registre national|rijksregisternummer|(?:numero|n°|no|num) (?:d')?identification national(?:e)?|" +
  "(?:numero|n°|no|num) national(?:e)?(?: d'identi(?:te|fication))?|niss|nin(?!o)|nni|nn|" +
  // personal numbers of other countries, each checked by its own key: Romanian CNP, Polish PESEL, Bulgarian EGN, ex-Yugoslav
  // JMBG / EMBG / EMŠO, Croatian OIB, Estonian isikukood, Lithuanian asmens kodas, Czech and Slovak rodné číslo
  "cod numeric personal|cnp|pesel|egn|jmbg|embg|emso|maticni broj|oib|isikukood|asmens kodas|rodne cislo|" +
  // Nordic personal numbers: Swedish personnummer, Norwegian fødselsnummer, Finnish henkilötunnus, Icelandic kennitala
  "personnummer|personnr|samordningsnummer|fodselsnummer|fodselsnr|henkilotunnus|hetu|kennitala|" +
  // foreign identity documents: Spanish DNI, NIE and TIE, Maghreb CIN, Italian, Portuguese, German cards and passports
  "dni|nie|n\\.i\\.e\\.?|tie|cin|cnie|c\\.i\\.n\\.?|pasaporte|passaporto|passaporte|reisepassnummer|personalausweisnummer|ausweisnummer|passnummer|" +
  "reisepass|personalausweis|carta d'identita|carta di identita|cartao de cidadao|cartao cidadao|" +
  // driving licences and residence cards of other countries: German, Italian, Spanish, Portuguese, British, Polish, Dutch, Romanian
  "fuhrerschein|patente di guida|patente de conducir|carnet de conducir|permiso de conducir|carta de conducao|driving licence|driving license|" +
  "driver's license|drivers license|prawo jazdy|rijbewijs|permis de conducere|karta pobytu|" +
  // Balkan and Albanian cards and passports
  "licna karta|lichna karta|osobna iskaznica|osobni iskaznica|leternjoftim|letternjoftim|pasaporta|" +
  "bilhete de identidade|documento nacional de identidad|numero de identidad de extranjero|carte consulaire|carte d'immatriculation consulaire|" +
  // neighbouring countries: Belgian eID and residence cards, Swiss and Luxembourg permits, German, Italian, Dutch, British documents
  "carte eid|carte e-id|eid|e-id|kids-id|carte d'identite electronique|identiteitskaart|id-kaart|verblijfsvergunning|verblijfskaart|paspoort|" +
  "permis de sejour|livret pour etrangers|livret d'etranger|titre de residence|carte de residence|autorisation de sejour|" +
  "ausweis|aufenthaltstitel|aufenthaltserlaubnis|niederlassungserlaubnis|carta d'identita elettronica|cie|permesso di soggiorno|carta di soggiorno|" +
  "tarjeta de residencia|tarjeta de identidad|autorizacao de residencia|titulo de residencia|identity card|id card|national id|residence permit|residence card|" +
  // Eastern Europe: Polish, Romanian, Ukrainian cards and passports
  "dowod osobisty|paszport|carte de identitate|buletin de identitate|pasaport|pasport|" +
  // Latin America, Turkey, Afghanistan, West Africa, India: cédula, carnet / documento de identidad, DUI, CURP, kimlik, tazkira, CNIB, Aadhaar
  "cedula de ciudadania|cedula de identidad|cedula de extranjeria|cedula|carnet de identidad|carnet de extranjeria|carne de identidade|" +
  "documento de identidad|documento de identidade|documento unico de identidad|curp|kimlik karti|kimlik|nufus cuzdani|tazkira|tazkera|" +
  "aadhaar|aadhar)|" +
  "(navs13|navs|avs13|avs|ahv|" +
  // social-insurance numbers of other countries: Canadian SIN / NAS, US SSN, Spanish NUSS, Portuguese NISS, German and
  // Austrian SVNR, Irish PPS, Quebec RAMQ (the French « sécurité sociale » is the NIR's)
  "(?:numero|n°|no|num) (?:d')?assurance sociale|assurance sociale|social insurance number|social insurance|sin|nas|" +
  "social security number|social security|ssn|(?:numero|n°|no|num) (?:de (?:la )?)?seguridad social|seguridad social|nuss|(?:numero|n°|no|num) de afiliacion|" +
  "(?:numero|n°|no|num) (?:de |da )?seguranca social|seguranca social|sozialversicherungsnummer|rentenversicherungsnummer|versicherungsnummer|sv-nummer|svnr|" +
  "ppsn|pps number|pps|ramq|" +
  // social-security funds of the Maghreb and West Africa, and a « sécurité sociale » number named by another country's adjective
  "cnss|cnas|casnos|cnrps|cnps|ipres|" +
  "(?:securite sociale|secu)(?= (?:algerien|algerienne|marocain|marocaine|tunisien|tunisienne|senegalais|senegalaise|malien|malienne|ivoirien|ivoirienne|" +
  "camerounais|camerounaise|turc|turque|roumain|roumaine|polonais|polonaise|espagnol|espagnole|italien|italienne|portugais|portugaise|allemand|allemande|" +
  "autrichien|autrichienne|suisse|canadien|canadienne|quebecois|quebecoise|americain|americaine|britannique|irlandais|irlandaise)(?![a-z]))|" +
  "bsn|burgerservicenummer|sofinummer|steuer-id|steueridentifikationsnummer|steuerliche identifikationsnummer|" +
  "national insurance number|national insurance|nino|ni number|n\\.i\\. number|ni no|codice fiscale|tessera sanitaria|cod\\. ?fiscale|cod\\. ?fisc\\.?|c\\.f\\.|cf|nif|n\\.i\\.f\\.?|numero de contribuinte|contribuinte|caf|c\\.a\\.f\\.?|allocataire|apl|maison departementale des personnes handicapees|maison departementale de l'autonomie|demandeur d'emploi|msa|cpam|cgss|cssm|mdph|cnav|carsat|urssaf|france travail|pole emploi|ft|pe|cap emploi|mission locale|rsa|" +
  // a young person's file at the Mission locale: its information system (i-milo) and its programmes (CEJ, PACEA)
  "i-milo|imilo|i milo|cej|pacea|" +
  // asylum and immigration files: OFPRA, OFII, CNDA appeal; the Greek social-security number (AMKA)
  "ofpra|ofii|cnda|amka|" +
  // the CAF and MSA agency collecting unpaid child support (ARIPA), under its acronym or its name
  "aripa|agence de recouvrement (?:et d'intermediation )?des (?:impayes de )?pensions alimentaires|" +
  // a pupil's or a student's national number (INE, 11 characters) and a university's student number
  "identifiant national (?:de l'|d')?(?:eleve|etudiant)e?|(?:numero|n°|no|num) (?:d'|de l')?(?:ine|etudiante|etudiant)|ine|" +
  // housing files: a DALO appeal, a SIAO (emergency shelter) request, a social-housing request (its « numéro unique »)
  "dalo|siao|demande de logement social|demande de logement|demande hlm|" +
  "fiscale|fiscal|impots?|avis d'imposition|spi|identifiant|id)",
  'y',
);
const ANCHOR_FIRST = new Set([
  'cni', 'c', 'carte', 'piece', 'titre', 'passeport', 'passport', 'recepisse', 'visa', 'numero', 'n', 'no', 'num', 'agdref', 'permis',
  'caf', 'allocataire', 'msa', 'cpam', 'cgss', 'cssm', 'mdph', 'cnav', 'carsat', 'urssaf', 'france', 'pole', 'ft', 'pe', 'cap', 'mission', 'rsa',
  'fiscal', 'fiscale', 'impot', 'impots', 'avis', 'spi', 'identifiant', 'id', 'attestation', 'demande', 'autorisation', 'document',
  'apl', 'demandeur', 'maison', 'ine', 'i', 'imilo', 'cej', 'pacea', 'ofpra', 'ofii', 'cnda', 'amka', 'aripa', 'agence', 'dalo', 'siao',
  'reisepassnummer', 'personalausweisnummer', 'ausweisnummer', 'passnummer', 'carta', 'fuhrerschein', 'patente', 'permiso', 'driving',
  'driver', 'drivers', 'prawo', 'rijbewijs', 'karta', 'licna', 'lichna', 'osobna', 'osobni', 'leternjoftim', 'letternjoftim', 'pasaporta',
  'dni', 'nie', 'tie', 'cin', 'cnie', 'pasaporte', 'passaporto', 'passaporte', 'reisepass', 'personalausweis', 'cartao', 'bilhete', 'documento',
  'eid', 'e', 'kids', 'identiteitskaart', 'verblijfsvergunning', 'verblijfskaart', 'paspoort', 'livret', 'ausweis', 'aufenthaltstitel',
  'aufenthaltserlaubnis', 'niederlassungserlaubnis', 'cie', 'permesso', 'tarjeta', 'autorizacao', 'titulo', 'identity', 'national', 'residence',
  'dowod', 'paszport', 'buletin', 'pasaport', 'pasport', 'grenzgangerbewilligung', 'emirates', 'civil', 'qatar', 'qid', 'iqama',
  'cedula', 'carnet', 'carne', 'curp', 'kimlik', 'nufus', 'tazkira', 'tazkera', 'cnib', 'aadhaar', 'aadhar',
  'cnp', 'pesel', 'egn', 'jmbg', 'embg', 'emso', 'maticni', 'oib', 'isikukood', 'asmens', 'rodne',
  'personnummer', 'personnr', 'samordningsnummer', 'fodselsnummer', 'fodselsnr', 'henkilotunnus', 'hetu', 'kennitala',
  'registre', 'rijksregisternummer', 'niss', 'nin', 'nni', 'nn', 'avs', 'ahv', 'codice', 'cod', 'cf', 'nif', 'contribuinte',
  'assurance', 'social', 'sin', 'nas', 'ssn', 'seguridad', 'nuss', 'seguranca', 'sozialversicherungsnummer', 'rentenversicherungsnummer',
  'versicherungsnummer', 'sv', 'svnr', 'ppsn', 'pps', 'ramq', 'cnss', 'cnas', 'casnos', 'cnrps', 'cnps', 'ipres', 'securite', 'secu',
  'ni', 'navs', 'navs13', 'avs13', 'bsn', 'burgerservicenummer', 'sofinummer', 'steuer', 'steueridentifikationsnummer', 'steuerliche', 'nino', 'tessera',
]);

/** Is norm[s, e) a whole word (not inside a longer word or number)? */
function wordAt(norm: string, s: number, e: number): boolean {
  return !(s > 0 && (isWordChar(norm.charCodeAt(s - 1)) || isDigit(norm.charCodeAt(s - 1))))
    && !(e < norm.length && (isWordChar(norm.charCodeAt(e)) || isDigit(norm.charCodeAt(e))));
}

/** Words that, right before the label or between label and number, make it something else. */
const NOT_ID = new Keywords(['offre', 'offres', 'annonce', 'convention', 'cpf', 'rome', 'siret', 'siren', 'uai', 'agrement', 'nda', 'declaration', 'commande', 'facture', 'devis', 'code', 'rncp', 'mot de passe', 'telephone', 'tel', 'portable', 'mobile', 'cell', 'cellulaire', 'gsm', 'natel', 'joignable', 'joindre', 'appeler', 'standard', 'accueil', 'depuis', 'valable', 'expire', 'expiree', "jusqu'au", "jusqu'en"]);
/** A driving-licence category right after « permis »: « B », « A2 », « C1E », « BSR ». */
const LICENCE_CATEGORY = /^ ?(?:a[12]?|am|b[e1]?|bsr|c1?e?|d1?e?)(?![0-9a-z])/;
/** A payment or an operation right before an agency's name: its reference is the operation's, not a file number. */
const PAYMENT_BEFORE = /(?:^|[^a-z])(?:virement|virements|paiement|paiements|prelevement|prelevements|transaction|transactions|operation|operations|remboursement|remboursements|mandat|mandats|cheque|cheques|versement|versements)(?:\s+(?:recu|recue|emis|emise|effectue|effectuee))?(?:\s+(?:de|du|d'|de la|de l'|par|a|au|a la|a l'|vers|la|le|l'))?\s*$/;
/** A label that is the second of two joined by a slash: « CAF / FT », « N° CNI/passeport ». */
const PAIR_SECOND_LABEL = /(?:^|[^0-9a-z])[a-z]{2,}\.?\s*\/\s*$/;
/** The second of two values joined by a slash, not a date part. */
const PAIR_SECOND_VALUE = /^\s*\/\s*((?=[0-9a-z]*\d)[0-9a-z]{5,})(?![0-9a-z/])/;
/** Words that may sit between a bare « identifiant » and the number. */
const ID_GAP_OK = new Set([
  'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'n', 'no', 'num', 'numero', 'est', 'c', 'son', 'sa', 'ses', 'leur', 'votre',
  'personnel', 'perso', 'unique', 'adherent', 'adherente', 'beneficiaire', 'candidat', 'candidate', 'inscription', 'demandeur',
  'demandeuse', 'emploi', 'france', 'travail', 'pole', 'ft', 'pe', 'caf', 'msa', 'fils', 'fille', 'epouse', 'mari', 'conjoint',
  'conjointe', 'compagnon', 'compagne', 'pere', 'mere', 'frere', 'soeur', 'interesse', 'interessee', 'jeune', 'stagiaire',
  'usager', 'usagere', 'personne', 'connexion', 'acces', 'espace', 'compte', 'ex',
]);
/** A relative or the household, an apposition about them, a colon: the gap of « N° MSA de son père, exploitant de canne : X ». */
const HOLDER_GAP = /^\s*(?:de|du|d')\s*(?:(?:son|sa|ses|leur|la|le|l')\s*)?(?:(?:ancien|ancienne|premier|premiere|nouveau|nouvelle|actuel|actuelle|futur|future)\s+)?(?:(?:ex|beau|belle|demi|grand|petit|petite|arriere)[- ]?)*(?:pere|mere|parents?|mari|epoux|epouse|femme|conjoint|conjointe|compagnon|compagne|concubin|concubine|partenaire|fiance|fiancee|pacse|pacsee|fils|fille|enfants?|frere|soeur|oncle|tante|neveu|niece|cousin|cousine|ex|tuteur|tutrice|foyer|menage|famille|adherent|adherente|interesse|interessee)(?:\s+(?:majeur|majeure|mineur|mineure|aine|ainee|cadet|cadette))?\s*,[^.;!?:,\n]{2,40}:\s*$/;
/** A participle saying where or by whom the number was issued, then a colon: the gap of « NIF obtenu par son épouse lors de son emploi à Porto : X ». */
const ISSUED_GAP = /^\s*,?\s*(?:obtenue?s?|attribuee?s?|delivree?s?|recue?s?|conservee?s?|utilisee?s?)\s+(?:par|lors|au|aux|a|en|pendant|dans|quand|chez)\s[^.;!?:\n\d]{0,56}:\s*$/;
/** A series of letters named before the number: « seria RX nr. », « série AB n° ». */
/** An organism's place, then a number word: the gap of « CAF du Val-de-Marne sous le numéro X ». */
const PLACE_GAP = /^\s*(?:de la |de l'|du |des |de |d')[a-z'-]{3,30}(?: [a-z'-]{2,20})?\s+(?:sous le |avec le |au )?(?:n°|no|numero|num)\.?\s*:?\s*$/;
/** The gap (a remark up to a colon) and a British National Insurance number in pairs (group 1): « obtenu au Royaume-Uni : JT 48 21 73 C ». */
const NINO_SPACED = /^(?:[^.;!?:\n\d]{0,50}:)?[\s:|(-]*(?:(?:n°|no|number|numero)\.?\s*:?\s*)?((?![dfiquv])[a-z](?![dfioquv])[a-z](?:[ .-]?\d{2}){3}[ .-]?[a-d])(?![0-9a-z])/;
/** A leader between a form's label and its value: « CNI .......... X », « MSA ____ 0718842 ». */
const LEADER = /\s*(?:[.·_](?:\s?[.·_]){2,}|…{2,}|…(?=\s*[|:]))\s*/g;
const SERIES_GAP = /(?:^|\s)seri[ae]\s+[a-z]{1,3}\s*,?\s*(?:(?:nr|n°|no|num|numar|numarul|numero)\.?)?\s*:?\s*$/;
/** A span of years, not a number: « (Belgique) 2019-2022 ». */
const YEAR_SPAN = /^(?:19|20)\d{2}[ .\-/]+(?:19|20)\d{2}$/;
/** The Italian carta d'identità elettronica (CA12345AB) or its paper predecessor (AX1234567), read lower-case. */
const CIE_NUMBER = /^[a-z]{2}\d{5}[a-z]{2}$|^[a-z]{2}\d{7}$/;
/** A file or aid reference right before an identity document's name (the number that follows is the file's). */
const REF_BEFORE_DOC = /(?:^|[^a-z])(?:reference|ref|dossier|aide|aides|financement|subvention|bourse)(?:\s*(?:de|du|des|d'|l'|la|le|au|aux|a|pour|n°|no|numero|aide|aides|financement|inscription|examen))*\s*$/;
/** The whole token is an identity document number: CNI 2021 (9 letters and digits, at least two digits and one letter), CNI 1995 (12 digits), passport. */
const DOC_SHAPE = /^(?:(?=[0-9a-z]*[a-z])(?=(?:[a-z]*\d){2})[0-9a-z]{9}|\d{12}|\d{2}[a-z]{2}\d{5})(?![0-9a-z])/;
/** Label words that make a label explicit (strong): then the number is an identifier, not a phone. */
const STRONG_LABEL = new Keywords(['n°', 'no', 'numero', 'num', 'identifiant', 'id', 'allocataire', 'dossier', 'matricule', 'fiscal', 'fiscale', 'spi', 'cni', 'passeport', 'sejour', 'resident', 'permis', 'etranger', 'recepisse', 'identite']);
/**
 * An identifier: groups holding a digit, joined by single separators; a group of one to three
 * letters may sit between two of them (« 21 AB 12345 », « 2024-RSA-0456 »).
 */
const ID_TOKEN = /^[0-9a-z]*\d[0-9a-z]*(?:[ .\-/](?:[0-9a-z]*\d[0-9a-z]*|[a-z]{1,3}(?=[ .\-/][0-9a-z]*\d)))*/;
/** Short words that end an identifier rather than continue it: « 12345 de 2020 », « 1234567 et 7654321 ». */
const ID_STOP = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'n', 'no', 'ou', 'par', 'pour', 'sur', 'un', 'une', 'vu']);
/** Cut an ID_TOKEN match before a letter-only group that is a French word. */
function idToken(raw: string): string {
  if (!/[ .\-/][a-z]{1,3}[ .\-/]/.test(raw)) return raw;
  const re = /[ .\-/]([a-z]{1,3})(?=[ .\-/])/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) if (ID_STOP.has(m[1])) return raw.slice(0, m.index);
  return raw;
}
const DATE_SHAPE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/;
/** A date with the month in letters, as printed on passports and residence permits: « 21 SEP 1987 », « 03-MAR-92 ». */
const MONTH_DATE = /^(?:0?[1-9]|[12]\d|3[01])[ .\-/]?(?:jan|fev|feb|mar|avr|apr|mai|may|jun|jui|jul|aou|aug|sep|oct|nov|dec)[ .\-/]?(?:19|20)?\d{2}$/;
const UNIT_AFTER = /^\s*(?:€|%|(?:euros?|eur|ans|mois|jours|heures|h|km|enfants|personnes|points|candidatures|habitants)(?![\p{L}\p{N}_]))/u;

interface Pending extends Omit<IdCandidate, 'start' | 'end'> { prio: number }

function agencyDetail(label: string): string {
  const social = foreignSocialKind(label);
  if (social) return social;
  if (/^(?:n?avs|ahv)/.test(label)) return 'avs';
  if (/^(?:bsn|burgerservice|sofi)/.test(label)) return 'bsn';
  if (/^steuer/.test(label)) return 'steuer-id';
  if (/^(?:national insurance|nino|ni |n\.i\.)/.test(label)) return 'nino';
  if (/^(?:codice|cod|c\.f|cf$|tessera)/.test(label)) return 'cf-it';
  if (/^(?:nif|n\.i\.f|numero de contribuinte|contribuinte)/.test(label)) return 'nif';
  if (label === 'ofpra' || label === 'ofii' || label === 'cnda') return 'asile';
  if (label === 'amka') return 'amka';
  if (/(?:^|[ '])ine$|eleve|^identifiant national/.test(label)) return 'ine';
  if (/etudiant/.test(label)) return 'etudiant';
  if (/caf|allocataire|apl|aripa|pensions alimentaires/.test(label)) return 'caf';
  if (/france travail|pole emploi|^ft$|^pe$|identifiant|^id$|demandeur/.test(label)) return 'ft';
  if (label === 'msa') return 'msa';
  if (/fiscal|impot|imposition|spi/.test(label)) return 'fiscal';
  if (label === 'mdph' || label.startsWith('maison')) return 'mdph';
  if (label === 'cpam' || label === 'cgss' || label === 'cssm') return 'cpam';
  if (label === 'rsa') return 'rsa';
  return 'autre';
}

/** The check of another country's social-insurance number named by its label, or ''. */
function foreignSocialKind(label: string): string {
  if (/assurance sociale|social insurance|^sin$|^nas$/.test(label)) return 'sin';
  if (/social security|^ssn$/.test(label)) return 'ssn';
  if (/seguridad social|^nuss$|afiliacion/.test(label)) return 'nuss';
  if (/seguranca social/.test(label)) return 'niss-pt';
  if (/versicherungsnummer|^sv-nummer$|^svnr$/.test(label)) return 'svnr';
  if (/^pps/.test(label)) return 'pps';
  if (label === 'ramq') return 'ramq';
  if (/^(?:cnss|cnas|casnos|cnrps|cnps|ipres|securite sociale|secu)/.test(label)) return 'social-etranger';
  return '';
}

/** An insurance word before « CNP »: the insurer, not a Romanian personal number. */
const CNP_INSURER = /(?:^|[^a-z])(?:contrat|contrats|assurance|assurances|assureur|assure|assuree|mutuelle|prevoyance|emprunteur|police|adhesion|souscrit|souscription)(?:\s+(?:de|d'|du|la|le|l'|aupres|chez|avec|n°|no|numero))*\s*$/;
/** The check of a foreign personal number named by its label, or '' (see `nationalIdValid`). */
function personalNumberKind(label: string): string {
  switch (label) {
    case 'cnp': case 'cod numeric personal': return 'cnp';
    case 'pesel': return 'pesel';
    case 'egn': return 'egn';
    case 'jmbg': case 'embg': case 'emso': case 'maticni broj': return 'jmbg';
    case 'oib': return 'oib';
    case 'isikukood': case 'asmens kodas': return 'baltic';
    case 'rodne cislo': return 'rodne';
    case 'personnummer': case 'personnr': case 'samordningsnummer': return 'personnummer';
    case 'fodselsnummer': case 'fodselsnr': return 'fodselsnummer';
    case 'henkilotunnus': case 'hetu': return 'hetu';
    case 'kennitala': return 'kennitala';
    default: return '';
  }
}

function identityDetail(label: string): string {
  if (/^(?:(?:numero|n°|no|num) (?:(?:de |du )?registre|(?:d')?identification|national)|registre|rijksregister|niss$|nin$|nni$|nn$)/.test(label)) return 'national';
  if (/passe?port|pasaport|passaport|reisepass|paspoort|paszport|pasport|passnummer/.test(label)) return 'passeport';
  if (/sejour|residen|recepisse|etranger|extranjero|agdref|visa|asile|voyage|^n\.?i\.?e|^tie$|soggiorno|verblijf|aufenthalt|niederlassung|livret|pobytu/.test(label)) return 'sejour';
  if (/permis|fuhrerschein|patente|conducir|conducao|driv|prawo jazdy|rijbewijs/.test(label)) return 'permis';
  return 'cni';
}

/** Does an identifier of this detail have a plausible shape? (compact, lower-case) */
function plausibleId(detail: string, c: string): boolean {
  const digits = c.replace(/\D/g, '').length;
  switch (detail) {
    case 'caf': case 'msa': return /^\d{6,10}[a-z]?$/.test(c);
    // INE: ten characters, nine or ten of them digits, and a check letter (« 2209048371K », « 080615427HK »)
    case 'ine': return /^(?=(?:[a-z]*\d){9})[0-9a-z]{10}[a-z]$/.test(c);
    // a university's student number: six to twelve digits, sometimes after one or two letters
    case 'etudiant': return /^[a-z]{0,2}\d{6,12}$/.test(c);
    // France Travail: 7 digits + letter historically, 8–11 digits, local "0" + 9 digits + 1 character
    case 'ft': return /^\d{6,11}[a-z]?$|^\d{7}[a-z][0-9a-z]{1,3}$|^0\d{9}[0-9a-z]$/.test(c);
    // a French tax number, or a foreign one named « numéro fiscal » (codice fiscale, Portuguese NIF, Spanish DNI), by its check
    case 'fiscal': return /^\d{10,13}$/.test(c) || codiceFiscaleValid(c) || portugueseNifValid(c) || spanishDniValid(c);
    case 'avs': return avsValid(c);
    case 'sin': case 'ssn': case 'nuss': case 'niss-pt': case 'svnr': case 'pps': case 'ramq': return foreignSocialValid(detail, c);
    case 'bsn': return bsnValid(c);
    case 'steuer-id': return steuerIdValid(c);
    // British National Insurance number: two letters, six digits, A–D
    case 'nino': return /^(?![dfiquv])[a-z](?![dfioquv])[a-z]\d{6}[a-d]$/.test(c);
    case 'cf-it': return codiceFiscaleValid(c);
    // NIF: Portuguese (9 digits, mod 11), Spanish (DNI / NIE with its letter), French SPI, Algerian (15 digits)
    case 'nif': return portugueseNifValid(c) || spanishDniValid(c) || spiValid(c) || /^\d{15}$/.test(c);
    // Greek AMKA: birth date (DDMMYY), four digits, a Luhn key
    case 'amka': return /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{7}$/.test(c) && luhn(c);
    // an asylum or immigration file: at least six digits, not a year span or an amount
    case 'asile': return c.length >= 6 && c.length <= 20 && digits >= 6;
    case 'mdph': case 'cpam': case 'rsa': case 'autre': case 'social-etranger': return c.length >= 5 && c.length <= 20 && digits >= 5 && !/^\d{5}$/.test(c);
    // identity documents: 9–12 characters usually (passport 2 digits 2 letters 5 digits, CNI 12 or 9)
    // or one to three series letters and six or seven digits (« K729184 », « AB123456 »)
    // and the long mixed numbers of a British driving licence (16) or a Mexican CURP (18)
    default: return (c.length >= 8 && c.length <= 15 && digits >= 2 && (digits >= 5 || c.length === 9)) || /^[a-z]{1,3}\d{6,7}$/.test(c)
      || (c.length <= 18 && c.length >= 16 && digits >= 5 && /^[a-z]/.test(c));
  }
}

/** Phone-shaped: "06 12 34 56 78", "+33…", "0033…" (for weak labels: "CAF : 03 85…" is the CAF's phone). */
function phoneShaped(raw: string): boolean {
  const c = raw.replace(/[ .\-]/g, '');
  return /^0[1-9]\d{8}$/.test(c) && /^0\d(?:[ .\-]\d{2}){4}$/.test(raw);
}

const cache = new WeakMap<object, IdCandidate[]>();

/**
 * All identifier candidates of a document, after collision resolution, in text order. Cached per
 * document object: the eight identifier rules share one scan.
 */
export function scanIdentifiers(doc: Doc): IdCandidate[] {
  let out = cache.get(doc);
  if (!out) {
    out = /\d/.test(doc.norm) ? scan(doc) : [];
    cache.set(doc, out);
  }
  return out;
}

function scan(doc: Doc): IdCandidate[] {
  const norm = doc.norm;
  const pend: Pending[] = [];
  const add = (kind: IdKind, s: number, e: number, prio: number, confidence: Confidence, detail: string) => {
    pend.push({ kind, s, e, prio, confidence, detail });
  };

  // 1. IBAN (any country), then a bare RIB next to a banking keyword
  scanIban(doc, add);
  if (/rib|compte|banc|banque|iban|virement/.test(norm)) scanRib(doc, add);
  if (norm.includes('guichet')) scanRibFields(norm, add);

  // 2. digit runs: NIR, SIRET/SIREN, card, SPI, keyless NIR, phone
  for (const r of numberRuns(doc)) {
    // North American « (514) 872-4419 »: the bracketed area code is its own run, the 7 digits after it another
    if (r.d.length === 7 && !r.glued && r.groups[0] === 3 && norm.charCodeAt(r.s - 1 - (norm[r.s - 1] === ' ' ? 1 : 0)) === 41) {
      const m = NANP_AREA.exec(norm.slice(Math.max(0, r.s - 10), r.s));
      const kind = m && nanpKind(m[2] + r.d);
      if (m && kind) {
        const from = r.s - m[0].length;
        if (!REF_LABEL.test(lineBefore(norm, from, 30))) add('telephone', from, r.e, 7, 'high', kind);
      }
      continue;
    }
    // France Travail identifier (7 digits and a capital letter) right after the person's name or a file word: « M. Técher (5218437P) »
    if (r.glued && r.d.length === 7 && r.groups.length === 1) { ftShape(doc, r, add); continue; }
    // a departmental file number, département (971–976 overseas), year, sequence: « dossier MDPH … 974-2024-11852 »
    if (!r.glued && r.groups.length === 3 && r.d.length >= 9) { deptFile(doc, r, add); }
    // a Belgian number written with its zone and a slash: 9 digits (landline) or 10 (mobile 04xx)
    // ("0123/456789" without its dots is read as a phone only under a phone word: it may be a file number)
    if (r.zoneSlash && !r.glued && (r.d.length === 9 || (r.d.length === 10 && r.d[1] === '4')) && !REF_LABEL.test(lineBefore(norm, r.s, 30))
      && (r.groups.length > 2 || PHONE_KW.test(lineBefore(norm, r.s, 30)))) {
      add('telephone', r.s, r.e, 7, 'high', r.d.length === 10 && phoneKind(r.d, false) ? 'fr' : 'intl');
      continue;
    }
    if (r.zoneSlash) continue;
    if (r.glued || r.d.length < 8) continue; // the shortest identifier here is a foreign phone
    const d = r.d;
    const n = d.length;
    const before = lineBefore(norm, r.s, 60);
    const around = before + ' ' + lineAfter(norm, r.e, 30);
    const numeric = /^\d+$/.test(d);
    if (r.plus || r.paren0) {
      const k = phoneKind(r.plus ? d : d.slice(2), true);
      let from = r.plus ? r.s - (norm[r.s - 1] === '+' ? 1 : 2) : r.s;
      if (norm[from - 1] === '(' && norm.slice(r.s, r.e).includes(')')) from--; // "(+33) 6 …"
      if (k) add('telephone', from, r.e, 7, 'high', k);
      continue;
    }
    if (numeric && n >= 11 && d.startsWith('00')) {
      const k = phoneKind(d, false); // "0033 6 12 34 56 78", "00212 6…"
      if (k) { add('telephone', r.s, r.e, 7, 'high', k); continue; }
    }
    if (n === 15 && nirCheck(d) === 'valid') { add('nir', r.s, r.e, 1, 'high', 'key'); continue; }
    // a Luxembourg matricule (birth date, serial, Luhn and Verhoeff digits) is a foreign social-insurance number, like
    // the Swiss AVS: a French NIR word alone before it (« matricule sécu luxembourgeois ») does not make it a NIR
    // — only beside a Luxembourg or matricule word, and never in a clause that names a parcel, an order or a file
    // (« bordereau du transporteur luxembourgeois : … », « Dossier n° … »), where a date-based reference may pass both keys
    if (n === 13 && numeric && luxMatriculeValid(d) && LUX_KW.test(around) && !NOT_LUX_KW.test(clauseBefore(before))) {
      add('identifiant-organisme', r.s, r.e, 4, 'high', 'lu-matricule');
      continue;
    }
    // printed shapes that carry their own check, without a label: Swiss AVS « 756.1234.5678.97 » (EAN-13), Belgian
    // registre national « 86.04.12-147.66 » (mod 97)
    // Brazilian CPF « 529.982.247-25 » (two mod-11 digits) and Argentine CUIT / CUIL « 20-12345678-6 » (mod 11): tax and
    // social numbers of other countries, printed with their own punctuation
    if (n === 11 && r.groups.join() === '3,3,3,2' && /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(norm.slice(r.s, r.e)) && brazilCpfValid(d)
      || n === 11 && r.groups.join() === '2,8,1' && /^\d{2}-\d{8}-\d$/.test(norm.slice(r.s, r.e)) && cuitValid(d)) {
      if (!REF_LABEL.test(lineBefore(norm, r.s, 30))) add('identifiant-organisme', r.s, r.e, 4, 'high', 'fiscal');
      continue;
    }
    if (n === 13 && r.groups.join() === '3,4,4,2' && avsValid(d)) { add('identifiant-organisme', r.s, r.e, 4, 'high', 'avs'); continue; }
    if (n === 11 && r.groups.join() === '2,2,2,3,2' && belgianNnValid(d) && !REF_LABEL.test(lineBefore(norm, r.s, 30))) { add('piece-identite', r.s, r.e, 4, 'high', 'cni'); continue; }
    // a Luhn-valid 14-digit number is a SIRET unless it is a Diners Club card written as one (4-6-4, or a card word and no company word)
    if (n === 14 && numeric && siretValid(d) && !(cardIssuer(d) === 'diners' && (r.groups.join() === '4,6,4' || ((CARD_KW.test(around) || PAY_KW.test(around)) && !SIREN_KW.test(before))))) {
      add('siret', r.s, r.e, 2, 'high', 'siret');
      continue;
    }
    // a Canadian SIN is Luhn-checked like a SIREN and printed 3-3-3 like one: its label decides (the anchored scan reads it)
    if (n === 9 && numeric && SIN_KW.test(lineBefore(norm, r.s, 80))) continue;
    if (n === 9 && numeric && sirenValid(d) && (SIREN_KW.test(before) || r.groups.join() === '3,3,3')) { add('siret', r.s, r.e, 2, 'high', 'siren'); continue; }
    if (numeric && n >= 13 && n <= 19 && cardValid(d)) {
      // an order or file word before it: the number is a card's only when a card word is near or the sentence names the card
      // as the means of payment (« payé en ligne avec la carte de sa tante, numéro recopié sur le bon de commande : 2223 … »);
      // a payment word alone does not (« payé avec son CPF, dossier n° … »)
      const orderWord = NOT_CARD_KW.test(before);
      const cardKw = CARD_KW.test(around) || (!orderWord && PAY_KW.test(around));
      // the printed groupings: 4-4-4-4 (most issuers), 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19 digits)
      const printed = CARD_GROUPS.has(r.groups.join());
      if (cardKw || (printed && (!orderWord || PAID_BY_CARD.test(sentenceBefore(norm, r.s, 180))))) {
        add('carte-bancaire', r.s, r.e, 3, cardKw ? 'high' : 'medium', cardIssuer(d) ?? 'carte');
        continue;
      }
    }
    if (n === 13 && NIR_SHAPE.test(d)) {
      // key typed apart: "1 85 03 75 123 456 / 41", "… clé 41"
      const key = /^\s*(?:\/|-|–|cle|clef|cle :|key)\s*(\d{2})(?![\p{L}\p{N}])/u.exec(norm.slice(r.e, r.e + 12));
      if (key && nirKey(d) === Number(key[1])) { add('nir', r.s, r.e + key[0].length, 1, 'high', 'key'); continue; }
    }
    if (n === 13) {
      const fiscalKw = FISCAL_KW.test(before);
      const nirKw = NIR_KW.test(before);
      const nirShape = NIR_SHAPE.test(d) || (numeric && isTemporaryNir(d));
      if (numeric && spiValid(d) && (fiscalKw || !nirKw || !nirShape)) { add('identifiant-organisme', r.s, r.e, 4, fiscalKw ? 'high' : 'medium', 'spi'); continue; }
      if (nirShape && nirKw) { add('nir', r.s, r.e, 5, 'medium', 'keyless'); continue; }
    }
    // North American « 514-872-4419 », « 1-514-872-4419 », « 438 555 0142 »: 3-3-4 groups (never an amount, a date, a SIRET)
    if (numeric && (n === 10 || n === 11) && NANP_GROUPS.has(r.groups.join()) && (n === 10 || d[0] === '1')) {
      const k = nanpKind(n === 11 ? d.slice(1) : d);
      if (k) {
        const near = lineBefore(norm, r.s, 30);
        if (!REF_LABEL.test(near) && (PHONE_KW_NOT_NUMBER.test(near) || !REF_KW.test(before))) {
          add('telephone', r.s, r.e, 7, PHONE_KW.test(near) || /[-.]/.test(norm.slice(r.s, r.e)) ? 'high' : 'medium', k);
        }
        continue;
      }
    }
    if (numeric && n === 10) {
      const k = phoneKind(d, false);
      if (k) {
        // a compact 10-digit number under a reference label ("Référence dossier : 0123456789") is a reference
        const compactRun = r.groups.length === 1;
        // — and so is one grouped unlike a phone, whose last group is not a pair (« N° MSA : 0974 512 833 », « CAF 09745 12833 »)
        const notPairs = compactRun || r.groups[r.groups.length - 1] !== 2;
        if (notPairs && REF_KW.test(before) && !PHONE_KW.test(lineBefore(norm, r.s, 25))) continue;
        // grouped like a phone but labelled right before as something else: « Badge n° 06 12 34 56 78 »
        if (!compactRun && REF_LABEL.test(lineBefore(norm, r.s, 30))) continue;
        // pairs with spaced dashes are also scores, marks or slots (« 06 - 12 - 14 - 18 - 20 »): a phone word must announce them
        if (r.spaced && !PHONE_KW.test(lineBefore(norm, r.s, 40))) continue;
        add('telephone', r.s, r.e, 7, 'high', k);
      }
    }
  }

  // 3. identity documents and agency numbers, after their label — only before a number that could be one
  const starts = idStarts(norm, numberRuns(doc));
  if (starts.length) scanAnchored(doc, starts, add);

  // 4. machine-readable zones of identity documents
  if (norm.includes('<<')) scanMrz(norm, add);

  return resolve(doc, pend);
}

/** Words before a departmental file number that name an agency or an aid (« dossier MDPH en cours, 974-2024-11852 »). */
const DEPT_FILE_KW = new Keywords([
  'mdph', 'cdaph', 'maison departementale', 'pch', 'aah', 'aeeh', 'rqth', 'caf', 'allocataire', 'msa', 'cpam', 'cgss', 'cssm', 'rsa',
  'apa', 'ase', 'aide sociale', 'conseil departemental', 'departement', 'departemental', 'departementale', 'dossier',
]);
/** Words that make such a number something else's: an offer, a contract, an order, a training file. */
const DEPT_FILE_NOT = new Keywords(['offre', 'annonce', 'convention', 'contrat', 'commande', 'facture', 'devis', 'reference', 'ref', 'formation', 'stage', 'cpf', 'vae', 'siret', 'siren', 'marche', 'arrete', 'deliberation', 'colis', 'suivi', 'ticket', 'badge']);
/** Département codes: 01–95 and the overseas 971–976 (plus Saint-Pierre, Saint-Barthélemy, Saint-Martin, Pacific). */
function deptCode(g: string): boolean {
  if (g.length === 2) return g !== '00' && Number(g) <= 95;
  // "030-2024-118764": a metropolitan code padded to three digits
  if (g[0] === '0') return g !== '000' && Number(g) <= 95;
  return /^97[1-8]$|^98[6-8]$/.test(g);
}
function deptFile(doc: Doc, r: Run, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  const [g0, g1, g2] = r.groups;
  if (g0 < 2 || g0 > 3 || g1 !== 4 || g2 < 3 || g2 > 6) return;
  const d = r.d;
  const year = Number(d.slice(g0, g0 + 4));
  if (!deptCode(d.slice(0, g0)) || year < 1990 || year > 2039 || phoneKind(d, false)) return;
  if (/^[0-9a-z]/.test(doc.norm.slice(r.e, r.e + 1))) return;
  const before = lineBefore(doc.norm, r.s, 80);
  const kw = DEPT_FILE_KW.last(before);
  if (kw < 0 || DEPT_FILE_NOT.test(before)) return;
  const detail = /mdph|cdaph|maison departementale|pch|aah|aeeh|rqth/.test(before) ? 'mdph'
    : /caf|allocataire/.test(before) ? 'caf' : /msa/.test(before) ? 'msa' : /cpam|cgss|cssm/.test(before) ? 'cpam' : /rsa/.test(before) ? 'rsa' : 'autre';
  add('identifiant-organisme', r.s, r.e, 8, 'medium', detail);
}
/** Before a France Travail identifier shape: the person's name (« M. Técher (», « Mme Payet, ») or a file or registration word. */
const FT_BEFORE = /(?:(?:^|[^\p{L}])(?:m|mr|mme|mlle|monsieur|madame)\.?\s+[\p{L}'’ -]{2,30}?\s*[(,:–-]|(?:^|[^\p{L}])(?:dossier|inscrit|inscrite|inscription|demandeur|demandeuse|beneficiaire|adherent|adherente)(?:\s+[\p{L}'’.-]+){0,3}?\s*[(,:]?)\s*(?:(?:n°|no|numero|num)\.?\s*:?\s*)?$/u;
function ftShape(doc: Doc, r: Run, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  const norm = doc.norm;
  if (r.s > 0 && isAlnum(norm.charCodeAt(r.s - 1))) return;
  const c = norm.charCodeAt(r.e);
  if (!(c >= 97 && c <= 122) || isAlnum(norm.charCodeAt(r.e + 1) || 32)) return;
  const o = doc.map[r.e];
  if (!/[A-Z]/.test(doc.text[o] ?? '')) return;
  const before = lineBefore(norm, r.s, 60);
  if (!FT_BEFORE.test(before) || DEPT_FILE_NOT.test(before) || REF_LABEL.test(before)) return;
  add('identifiant-organisme', r.s, r.e + 1, 8, 'medium', 'ft');
}

/**
 * IBANs start with a country code and two check digits: look only at digit runs preceded by two
 * letters ("fr76…", "FR 76…"), then read the BBAN with single separators up to the country's length.
 */
function scanIban(doc: Doc, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  const norm = doc.norm;
  const isLower = (c: number) => c >= 97 && c <= 122;
  let reach = 0;
  for (const r of numberRuns(doc)) {
    if (r.s < reach || r.groups[0] < 2) continue;
    let cs = r.s - 2;
    if (norm.charCodeAt(r.s - 1) === 32) cs--;
    if (cs < 0 || !isLower(norm.charCodeAt(cs)) || !isLower(norm.charCodeAt(cs + 1))) continue;
    if (cs > 0 && isAlnum(norm.charCodeAt(cs - 1))) continue;
    const cc = norm.slice(cs, cs + 2).toUpperCase();
    const known = IBAN_LENGTHS[cc];
    if (known === undefined) continue;
    // collect the BBAN characters with single separators; remember where each one ends
    const want = known - 4;
    let bban = '';
    let end = -1;
    let i = r.s + 2;
    while (i < norm.length && bban.length < want) {
      const c = norm.charCodeAt(i);
      if (isDigit(c) || isLower(c)) { bban += norm[i]; i++; end = i; continue; }
      if (isSep(c) && i + 1 < norm.length && isAlnum(norm.charCodeAt(i + 1))) {
        // a group of letters only is a bank code right after the check digits (« NL41 RABO … »), elsewhere the next word
        // (« ES60 0049 … 789 pour le … »)
        if (bban.length > 0) {
          let j = i + 1;
          while (j < norm.length && isLower(norm.charCodeAt(j))) j++;
          // — unless it is a full group of four letters followed by a group with digits: an account number that starts
          // with letters (« RO29 BTRL RONC RT05 2341 8701 »); the country's length and check still decide
          const inner = j - i - 1 === 4 && j + 1 < norm.length && isSep(norm.charCodeAt(j)) && isAlnum(norm.charCodeAt(j + 1))
            && /^[0-9a-z]*\d/.test(norm.slice(j + 1, j + 5));
          if (!inner && (j === norm.length || !isAlnum(norm.charCodeAt(j)))) break;
        }
        i++;
        continue;
      }
      break;
    }
    // the IBAN must end at a boundary: not followed directly by a letter or digit
    const bounded = bban.length === want && !(end < norm.length && isAlnum(norm.charCodeAt(end)));
    // one character short of the country's length but with a valid check (« CH50 0483 5036 2819 4710 », a digit lost
    // in the copy): still the person's account, a 1-in-97 chance of a passing check on a random number
    const short = !bounded && bban.length === want - 1 && bban.length >= 11 && !(end < norm.length && isAlnum(norm.charCodeAt(end)))
      && /^\d+$/.test(norm.slice(r.s, r.s + 2)) && ibanChecksum((cc + norm.slice(r.s, r.s + 2) + bban).toUpperCase());
    if (short) { add('iban', cs, end, 0, 'medium', 'iban'); reach = end; continue; }
    if (!bounded || !ibanValid(cc + norm.slice(r.s, r.s + 2) + bban)) {
      // IBAN-shaped but failing its check (a typo, a closed account copied wrong): the digits inside
      // « NL41 RABO 0318 2795 54 » are not a phone number; a claim that no rule reports
      if (bban.length >= want - 2 && bban.length >= 10) {
        // an account word on its line (« compte belge : BE48 0682 4713 50 », « virement sur DE21… »): a number copied
        // short or with a typo is still the person's account
        const bounded2 = !(end < norm.length && isAlnum(norm.charCodeAt(end)));
        // — unless the text says it is wrong (« recopié avec une erreur », « rejeté par la banque », « clé fausse »): a
        // number known to be wrong is no longer the account
        // — and unless a reference label names it (« numéro de facture BE48… », « contrat n° DE21… » beside a « virement »)
        if (bounded2 && /^\d\d$/.test(norm.slice(r.s, r.s + 2)) && !REF_LABEL.test(lineBefore(norm, cs, 30)) && !REF_HEAD.test(lineBefore(norm, cs, 80)) && IBAN_KW.test(lineBefore(norm, cs, 60) + ' ' + lineAfter(norm, end, 30))
          && !IBAN_WRONG.test(lineBefore(norm, cs, 90) + ' ' + lineAfter(norm, end, 90))) {
          add('iban', cs, end, 0, 'medium', 'iban');
          reach = end;
        } else add('claim', cs, end, 6.5, 'low', 'iban-shape');
      }
      continue;
    }
    add('iban', cs, end, 0, 'high', 'iban');
    reach = end;
  }
}

function scanRib(doc: Doc, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  const norm = doc.norm;
  const RIB = /(\d{5})[ .\-]?(\d{5})[ .\-]?([0-9a-z]{11})[ .\-]?(\d{2})(?![\p{L}\p{N}_]|[ .\-]\p{N})/uy;
  for (const r of numberRuns(doc)) {
    if (r.groups[0] < 5 || (r.s > 0 && isWordChar(norm.charCodeAt(r.s - 1)))) continue;
    RIB.lastIndex = r.s;
    const m = RIB.exec(norm);
    if (!m || !ribKeyValid(m[1], m[2], m[3], m[4])) continue;
    if (!RIB_KW.test(lineBefore(norm, r.s, 60))) continue;
    add('iban', r.s, r.s + m[0].length, 0, 'high', 'rib');
  }
}

/**
 * A RIB copied field by field: « code banque : 30006 – code guichet : 00001 – n° de compte :
 * 12345678901 – clé RIB : 89 ». Reported from the bank code to the key when the key validates.
 */
const RIB_FIELDS = /(?<![\p{L}\p{N}])(?:code\s+)?banque\s*:?\s*(\d{5})[\s,;/–-]*(?:code\s+)?guichet\s*:?\s*(\d{5})[\s,;/–-]*(?:(?:n°|no|numero)\s*(?:de\s+|du\s+)?)?compte\s*:?\s*([0-9a-z]{11})[\s,;/–-]*cle(?:\s+rib)?\s*:?\s*(\d{2})(?![\p{L}\p{N}])/gu;
function scanRibFields(norm: string, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  for (const m of norm.matchAll(RIB_FIELDS)) {
    if (!ribKeyValid(m[1], m[2], m[3], m[4])) continue;
    const s = m.index! + m[0].indexOf(m[1]);
    add('iban', s, m.index! + m[0].length, 0, 'high', 'rib');
  }
}

/** Where a number that could be an identity or agency number starts: 5+ digits, digits around a short letter group, or an alphanumeric word of 8+ characters ("19fh73520"). */
function idStarts(norm: string, runs: readonly Run[]): number[] {
  const isAn = (c: number) => isDigit(c) || (c >= 97 && c <= 122);
  const out: number[] = [];
  for (const r of runs) {
    if (!r.glued) {
      // « 21 AB 12345 », « 2024-RSA-0456 »: digits, a short letter group, digits
      // « RSA/89/2024/1187 »: short groups joined by slashes, as departments number their files
      if (r.d.length >= 5 || /^[ .\-/][a-z]{1,3}[ .\-/]\d|^\/\d{2,4}\/\d/.test(norm.slice(r.e, r.e + 7))) out.push(r.s);
      continue;
    }
    let a = r.s, b = r.e;
    while (a > 0 && isAn(norm.charCodeAt(a - 1))) a--;
    while (b < norm.length && isAn(norm.charCodeAt(b))) b++;
    if ((b - a >= 8 || r.d.length >= 5) && out[out.length - 1] !== a) out.push(a);
  }
  return out;
}

/** Short words that are not the series letters of a document number. */
const SERIES_STOP = new Set(['ok', 'ras', 'nc', 'nd', 'vu', 'cf', 'ref', 'tel', 'de', 'du', 'la', 'le', 'les', 'un', 'une', 'n', 'no', 'nr', 'num', 'des', 'en', 'au', 'aux', 'sa', 'son', 'ses', 'est', 'et', 'ou', 'a', 'par', 'sur', 'pas', 'qui', 'id', 'cni', 'nie', 'tie', 'cin', 'eid', 'l', 'd']);
function scanAnchored(doc: Doc, starts: readonly number[], add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  // field names of exports join their words with underscores (« id_france_travail=… », « num_allocataire_caf=… »):
  // read them as spaces, offsets unchanged
  const underscore = doc.norm.includes('_');
  const norm = underscore ? doc.norm.replace(/_/g, ' ') : doc.norm;
  const toks = doc.tokens;
  let m: RegExpExecArray | null;
  let reach = 0;
  // only the tokens within reach of a label before a candidate number: each token is read once
  const words: typeof toks = [];
  let k = 0;
  for (const p of starts) {
    while (k < toks.length && toks[k].s < p - 90) k++;
    for (; k < toks.length && toks[k].s < p; k++) words.push(toks[k]);
  }
  for (const word of words) {
    // first words of the labels: a Set lookup per token, then the full label regex at that spot only
    if (word.s < reach || !ANCHOR_FIRST.has(word.t)) continue;
    ANCHOR.lastIndex = word.s;
    m = ANCHOR.exec(norm);
    if (!m) continue;
    const label = m[0];
    if (!wordAt(norm, m.index, m.index + label.length)) continue;
    reach = m.index + label.length;
    const identity = m[1] !== undefined;
    // "PE" / "FT" only as capitals ("identifiant PE"), never the words "pe" / "ft" of a typo
    // (lower case in an export's field name: « id_pe= »)
    const field = underscore && (doc.norm[m.index - 1] === '_' || doc.norm[m.index + label.length] === '_');
    // — but a login typed in lower case keeps its pair: « id ft 3391027Z », « n° pe 4093157K »
    if ((label === 'pe' || label === 'ft' || label === 'id' || label === 'cie' || label === 'nn' || label === 'cf' || label === 'sin' || label === 'nas' || label === 'ssn' || label === 'pps') && !field && !/^[A-Z]{2}/.test(doc.text.slice(doc.map[m.index], doc.map[m.index] + 2))
      && !(label === 'id' && /^ (?:ft|pe|france travail|pole emploi)(?![0-9a-z])/.test(norm.slice(reach, reach + 16)))
      && !((label === 'ft' || label === 'pe') && /(?:^|[^0-9a-z])(?:id|identifiant|n°|no|num|numero)\s*$/.test(norm.slice(Math.max(0, m.index - 14), m.index)))) continue;
    // "offre France Travail n° …", "convention CAF …": the label names something else
    const prev = lineBefore(norm, m.index, 22);
    if (/(?:offre|offres|annonce|convention|site|agence|conseiller|conseillere|referent|referente)(?:\s+(?:de|du|d'|de la|la|le|l'))?\s*$/.test(prev)) continue;
    // a payment named before the agency: « Référence de virement FT-2025-000418 », « prélèvement CAF n° … » — the number is the operation's
    if (!identity && PAYMENT_BEFORE.test(lineBefore(norm, m.index, 40))) continue;
    // a file or aid reference that governs the document's name: « Référence du dossier d'aide au
    // permis : … », « n° de dossier passeport : … », « financement du permis : » — the number is the file's
    if (identity && REF_BEFORE_DOC.test(lineBefore(norm, m.index, 48))) continue;
    const after = lineAfter(norm, m.index + label.length, 80);
    // a British National Insurance number is printed in pairs after its two letters: « JT 48 21 73 C »
    if (!identity && agencyDetail(label) === 'nino') {
      const ni = NINO_SPACED.exec(after);
      if (ni) {
        const s0 = m.index + label.length + ni[0].length - ni[1].length;
        add('identifiant-organisme', s0, s0 + ni[1].length, 6, 'high', 'nino');
        continue;
      }
    }
    // the identifier starts at the beginning of the alphanumeric word holding the first digit; a
    // quantity inside the label (« carte de séjour 10 ans n° … ») is passed over
    let st = -1;
    let raw = '';
    let rest = '';
    // a licence category after « permis » (« permis A2 n° … », « permis C1E : … ») is passed over
    const category = label === 'permis' ? LICENCE_CATEGORY.exec(after) : null;
    for (let from = category ? category[0].length : 0, tries = 0; tries < 3; tries++) {
      const digit = after.slice(from).search(/\d/);
      if (digit < 0) break;
      let p = from + digit;
      while (p > from && /[0-9a-z]/.test(after[p - 1])) p--;
      const tok = ID_TOKEN.exec(after.slice(p));
      if (!tok) break;
      const r = idToken(tok[0]);
      const rs = lineAfter(norm, m.index + label.length + p + r.length, 12);
      if (UNIT_AFTER.test(rs)) { from = p + r.length; continue; }
      // a year inside a bracketed note is passed over: « NAS (travail à Montréal de 2015 à 2019) : X »
      if (/^(?:19|20)\d{2}$/.test(r) && after.lastIndexOf('(', p) > after.lastIndexOf(')', p)) {
        const close = after.indexOf(')', p);
        if (close > 0 && close - p <= 40) { from = close + 1; continue; }
      }
      st = p; raw = r; rest = rs;
      // an agency prefix in letters belongs to the number: « RSA/89/2024/1187 », « CAF-2024-0456 »
      // and a one-letter series before a hyphen: « D-2024-018734 »
      const prefix = /(?:^|[\s:(])([a-z]{2,5}[/-]|[a-z]-)$/.exec(after.slice(0, p));
      if (prefix && (prefix[1].length === 2 || !ID_STOP.has(prefix[1].slice(0, -1)))) { st -= prefix[1].length; raw = prefix[1] + raw; }
      // the agency's own letters inside its number: « dossier OFII n° 59-OFII-2023-004871 »
      else if (/^[a-z]{4,6}$/.test(label) && after.startsWith('-' + label + '-', p + r.length) && /\d/.test(after[p + r.length + label.length + 2] ?? '')) {
        const more = ID_TOKEN.exec(after.slice(p + r.length + label.length + 2));
        if (more) raw = r + '-' + label + '-' + idToken(more[0]);
      }
      // a Quebec health-insurance number opens on four letters of the name: « TREJ 8512 1512 »
      else if (label === 'ramq' && /(?:^|[\s:(])[a-z]{4} $/.test(after.slice(0, p))) { st -= 5; raw = after.slice(p - 5, p) + raw; }
      // a series in capitals before the number of an identity document: Romanian « seria CJ 482915 », Polish « AYK 935214 »,
      // a passport « FX 482913 »
      else if (identity) {
        const series = /(?:^|[\s:(])([a-z]{1,3}) $/.exec(after.slice(0, p));
        const at = m.index + label.length + p - (series ? series[1].length + 1 : 0);
        if (series && !SERIES_STOP.has(series[1]) && /^[A-Z]{1,3} $/.test(doc.text.slice(doc.map[at], doc.map[at] + series[1].length + 1))) {
          st -= series[1].length + 1; raw = series[1] + ' ' + raw;
        }
      }
      break;
    }
    if (st < 0) continue;
    const gap0 = after.slice(0, st);
    // a bracketed note between the label and the number is passed over: « N° allocataire CAF du foyer (au nom du mari) : X »
    // and so is a quoted qualifier: « Titre de séjour « salarié » n° X », « carte de résident "10 ans" : X »
    // (years included: « (travail à Montréal de 2015 à 2019) »)
    let gap = gap0.includes(')') ? gap0.replace(/\s*\((?:[^()\d]|(?:19|20)\d{2}(?!\d)){1,50}\)/g, '') : gap0;
    if (gap.length > 2 && /[.·_…]{2}|…/.test(gap)) gap = gap.replace(LEADER, ' ');
    // the padding of a text table's cells counts as one space: « | N° allocataire CAF      | –      | 4102277 | »
    if (gap.length > 32 && gap.includes('|')) gap = gap.replace(/\s{2,}/g, ' ');
    if (identity && /[«"“]/.test(gap)) gap = gap.replace(/\s*(?:«[^«»\n]{1,30}»|"[^"\n]{1,30}"|“[^“”\n]{1,30}”)/g, '');
    // an identity document's own number shape (CNI 2021: 9 letters and digits; CNI 1995: 12 digits;
    // passport: 2 digits, 2 letters, 5 digits) may follow a longer label ending with a colon:
    // « CNI de sa mère scannée par erreur dans le dossier : X »
    const docShape = identity && gap.length <= 64 && /:\s*$/.test(gap) && DOC_SHAPE.test(lineAfter(norm, m.index + label.length + st, 16));
    // the holder named with an apposition, then a colon: « N° MSA de son père, exploitant agricole : X »,
    // « numéro CAF de sa mère, qui vit à Cayenne : X »
    const holder = gap.length > 6 && gap.includes(',') && HOLDER_GAP.test(gap);
    // the body's department or region, then the number: « CAF de Saône-et-Loire sous le numéro X », « MSA des Côtes-d'Armor n° X »
    const placed = !identity && gap.length <= 56 && PLACE_GAP.test(gap);
    const issued = gap.length > 32 && gap.length <= 72 && ISSUED_GAP.test(gap);
    if (gap.length > 32 && !docShape && !holder && !placed && !issued) continue;
    // the gap is a label tail ("n° ", " : ", " de son épouse (", " est le "), not a new clause
    // (and « Reisepass-Nr. », « Ausweis-Nr. », « DNI núm. »)
    const gapClean = gap.replace(/(?:^|[\s-])(?:n|no|num|nr|nro|nrs|br)\./g, ' ');
    // a comma ends the label unless an explicit number label follows it: « CNI au nouveau format, n° X »
    // or « Bénéficiaire du RSA, n° de dossier départemental X »
    // or a spoken copula: « Son numéro d'allocataire, c'est le X », « …, c'est bien le X »
    const commaOk = /,\s*(?:seri[ae]\s+[a-z]{1,3}\s*,?\s*)?(?:n°|no|num|numero|nr)(?:\s*(?:de|du|d')?\s*(?:dossier|allocataire|beneficiaire|inscription|unique|demande)(?:\s+[a-z]+)?)?\s*:?\s*$|^[^,]*,\s*(?:c'est|ce sera|c'etait)(?:\s+(?:bien|toujours|donc))?(?:\s+(?:le|celui-ci))?\s*:?\s*$/.test(gap);
    // a key and its value: « "id_pe": "6128934L" », « num_caf='1847263' »
    const keyValue = /^["']?\s*[:=]\s*["']?$/.test(gap);
    if ((/[.;!?»«"]/.test(gapClean) && !keyValue) || (gap.length > 6 && gap.includes(',') && !commaOk && !holder && !issued)) continue;
    if (gap.split(/\s+/).filter(Boolean).length > (docShape || holder ? 10 : issued ? 13 : 5)) continue;
    // a state remark before the colon is not a date label: « Passeport de son mari, expiré : 18AB12345 »
    // — nor a state remark before a comma and an explicit number label: « Permis G expiré fin septembre, n° G 0418 2276 »
    if (NOT_ID.test(gap) && !(docShape && /^[^\d]*,\s*(?:deja\s+|desormais\s+)?(?:expire|expiree|perime|perimee)\s*:\s*$/.test(gap))
      && !(identity && /^[^\d,]*(?:expire|expiree|perime|perimee)[^\d,]{0,30},\s*(?:n°|no|numero|num)\.?\s*:?\s*$/.test(gap))) continue;
    // a bare « identifiant » names a France Travail login only when nothing else is named:
    // « identifiant de l'adhérent », « identifiant Pôle emploi », not « identifiant Wifi de la salle »
    if ((label === 'identifiant' || label === 'id') && gap.split(/[^a-z0-9]+/).some((w) => w && !ID_GAP_OK.has(w))) continue;
    let s = m.index + label.length + st;
    // a housing file's number that opens on its body's letters: « SIAO-93-JV-20411 », « DALO-75-2024-0183 »
    if (st === 1 && after[0] === '-' && (label === 'dalo' || label === 'siao')) { s = m.index; raw = label + '-' + raw; }
    if (/^[0-9a-z]/.test(rest)) continue; // glued to more letters
    if (/^\//.test(rest)) continue; // a date "12/03/2025"
    raw = raw.replace(/[ .\-/]+$/, '');
    // the second of two labels joined by a slash takes the second of two values joined the same way:
    // « CAF / FT : 5027318 / 2719034S », « CNI / passeport : X / Y »
    // (typed without spaces, « CAF/FT : 5027318/2719034S », each label takes its half)
    const halves = /^((?=[0-9a-z]*\d)[0-9a-z]{5,})\/((?=[0-9a-z]*\d)[0-9a-z]{5,})$/.exec(raw);
    if (halves && PAIR_SECOND_LABEL.test(lineBefore(norm, m.index, 16))) { s += halves[1].length + 1; raw = halves[2]; }
    else if (halves && /^\s*\/\s*[a-z]/.test(norm.slice(m.index + label.length, m.index + label.length + 4))) raw = halves[1];
    else if (PAIR_SECOND_LABEL.test(lineBefore(norm, m.index, 16))) {
      const nx = PAIR_SECOND_VALUE.exec(norm.slice(s + raw.length, s + raw.length + 30));
      if (nx) { s += raw.length + nx[0].length - nx[1].length; raw = nx[1]; }
    }
    if (DATE_SHAPE.test(raw) || MONTH_DATE.test(raw)) continue;
    const c = raw.replace(/[ .\-/]/g, '');
    const labelText = label + gap;
    const strong = STRONG_LABEL.test(labelText);
    // a span of years: « (Belgique) 2019-2022 », « N° CAF de son père, allocataire : 2019-2022 »
    if (YEAR_SPAN.test(raw)) continue;
    if (identity) {
      // a foreign personal number named by its label passes its own check or is something else (« CNP » is also an insurer)
      const personal = personalNumberKind(label);
      if (personal) {
        // the insurer CNP: « CNP Assurances », « contrat CNP n° … », « assurance emprunteur CNP : … »
        if (personal === 'cnp' && (/^\s*assurances?(?![a-z])/.test(after) || CNP_INSURER.test(lineBefore(norm, m.index, 40)))) continue;
        if (nationalIdValid(personal, c)) {
          add('piece-identite', s, s + raw.length, 4, 'high', 'cni');
          const cell = nextCell(norm, s + raw.length);
          if (cell && nationalIdValid(personal, cell[1].replace(/[ .\-]/g, ''))) add('piece-identite', cell[0], cell[0] + cell[1].length, 4, 'high', 'cni');
        }
        continue;
      }
      const detail = identityDetail(label);
      // a national identification number: the Belgian one (11 digits, mod 97 key) or the Algerian NIN (18 digits)
      if (detail === 'national') {
        // a label that names an identification number (« NIN », « NNI », « numéro d'identification nationale ») takes
        // any 8 to 18 digits; a bare « numéro national » only the two checked shapes
        const named = label === 'nin' || label === 'nni' || /identification/.test(label + gap);
        if (!(/^\d{11}$/.test(c) && !named ? belgianNnValid(c) : /^\d{18}$/.test(c) || (named && /^\d{8,18}$/.test(c)))) continue;
        add('piece-identite', s, s + raw.length, 6, 'high', 'cni');
        continue;
      }
      // Latin-American cédulas and carnets run from six digits (« carnet de identidad : 4578123 »)
      // and so do numbers after a series given apart: Romanian and Moldovan « seria RX nr. 123456 »
      if (!plausibleId(detail, c) && !((/^(?:cedula|carnet|carne|documento)/.test(label) || SERIES_GAP.test(gap)) && /^\d{6,7}$/.test(c))) continue;
      // « CIE » is also the contrat initiative emploi (« contrat CIE 2023-1145872 », « CUI-CIE ») : only the Italian card's
      // own shape follows it (CA12345AB, older AX1234567)
      if (label === 'cie' && !CIE_NUMBER.test(c)) continue;
      add('piece-identite', s, s + raw.length, strong ? 6 : 8, 'high', detail);
      const cell = nextCell(norm, s + raw.length);
      if (cell && plausibleId(detail, cell[1].replace(/[ .\-]/g, '')) && !DATE_SHAPE.test(cell[1])) add('piece-identite', cell[0], cell[0] + cell[1].length, strong ? 6 : 8, 'high', detail);
    } else {
      let detail = agencyDetail(label);
      if (detail === 'ft' && /^(?:identifiant|id)$/.test(label)) {
        // "identifiant : 4093157K": a France Travail login shape, but never a bare UAI code of a school
        if (/uai|etablissement|lycee|college|ecole/.test(prev + gap)) continue;
      }
      if (/fiscal|impot|spi/.test(gap)) detail = 'fiscal';
      // « numéro CNSS de l'employeur », « affiliation CNSS de la société » : the company's number, not the person's
      if (detail === 'social-etranger' && /employeu|entreprise|societe|affiliation|patron/.test(prev + gap)) continue;
      // a French NIR's shape (13 or 15 digits from 1 or 2) that failed its key is a look-alike, whatever the adjective
      if (detail === 'social-etranger' && /^[12]\d{12}(?:\d{2})?$/.test(c)) continue;
      // so is one after a Mission locale label, whose files run to ten or eleven characters: « référence du dossier CEJ : 108021305521410 »
      if (/^(?:i-milo|imilo|i milo|cej|pacea)$/.test(label) && /^[12]\d{12}(?:\d{2})?$/.test(c)) continue;
      // Latin-American cédulas and carnets run from six digits (« carnet de identidad : 4578123 »)
      if (!plausibleId(detail, c) && !(/^(?:cedula|carnet|carne|documento)/.test(label) && /^\d{6,7}$/.test(c))) continue;
      if (!strong && phoneShaped(raw)) continue;
      // « joindre la CAF au numéro 0 810 25 71 10 », « appeler la MSA au 06 … »: a phone number of the body or of a person
      // (left to the phone scan), not a file number
      if ((phoneShaped(raw) || /^0 ?[1-9]\d{2}(?:[ .]\d{2}){3}$/.test(raw)) && (/(?:^|\s)au\s+(?:(?:n°|no|numero|num)\.?\s*)?:?\s*$/.test(gap) || PHONE_KW_NOT_NUMBER.test(lineBefore(norm, m.index, 40)))) continue;
      // an asylum file's check letter after a hyphen: « 2303-01842-A »
      if (detail === 'asile' && /^-[a-z](?![0-9a-z])/.test(rest)) raw += rest.slice(0, 2);
      add('identifiant-organisme', s, s + raw.length, strong ? 6 : 8, 'high', detail);
      const cell = nextCell(norm, s + raw.length);
      if (cell && plausibleId(detail, cell[1].replace(/[ .\-]/g, '')) && !phoneShaped(cell[1]) && !DATE_SHAPE.test(cell[1])) add('identifiant-organisme', cell[0], cell[0] + cell[1].length, strong ? 6 : 8, 'high', detail);
    }
  }
}

/** The next cell of a text-table row right after a value, when it holds one number only: the same row label's value for a second person (« | N° PESEL | 84112905239 | 82031504717 | »). */
const NEXT_CELL = /^[ \t]*\|[ \t]*((?=[0-9a-z]*\d)[0-9a-z]+(?:[ .\-][0-9a-z]+)*)[ \t]*\|/;
function nextCell(norm: string, e: number): [number, string] | null {
  if (norm.charCodeAt(e) !== 32 && norm.charCodeAt(e) !== 9 && norm.charCodeAt(e) !== 124) return null;
  const m = NEXT_CELL.exec(norm.slice(e, e + 160));
  return m ? [e + m[0].indexOf(m[1], m[0].indexOf('|') + 1), m[1]] : null;
}

function scanMrz(norm: string, add: (k: IdKind, s: number, e: number, p: number, c: Confidence, d: string) => void): void {
  // TD1 identity cards 3 × 30, TD2 2 × 36 (French CNI 1995–2021), TD3 passports 2 × 44 characters;
  // a few characters more or less when retyped
  let pos = 0;
  for (const line of norm.split('\n')) {
    const t = line.trim();
    const lead = line.indexOf(t);
    if (t.length >= 28 && t.length <= 46 && /^[0-9a-z<]+$/.test(t) && /<<.*<</.test(t)) {
      add('piece-identite', pos + lead, pos + lead + t.length, 0, 'high', 'mrz');
    }
    pos += line.length + 1;
  }
}

function resolve(doc: Doc, pend: Pending[]): IdCandidate[] {
  pend.sort((a, b) => a.prio - b.prio || a.s - b.s);
  const kept: Pending[] = [];
  for (const p of pend) {
    if (kept.some((k) => p.s < k.e && k.s < p.e)) continue;
    kept.push(p);
  }
  kept.sort((a, b) => a.s - b.s);
  return kept.filter((c) => c.kind !== 'claim').map((c) => {
    const [start, end] = doc.orig(c.s, c.e);
    return { kind: c.kind, s: c.s, e: c.e, start, end, confidence: c.confidence, detail: c.detail };
  });
}

// ---------------------------------------------------------------------------------------------
// Fix helpers shared by the identifier rules
// ---------------------------------------------------------------------------------------------

/**
 * Removal of an identifier with its local punctuation: "(X)" loses its brackets, "label : X" loses
 * the colon, otherwise the space before goes. Returns original offsets for a Fix.
 *
 * @example
 *   cutRange('N° de sécu : 1 77 …, à voir', 13, 33) // → [10, 33]: "N° de sécu, à voir"
 */
export function cutRange(text: string, start: number, end: number): [number, number] {
  const space = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\u202f';
  let e = end;
  let k = start;
  while (k > 0 && space(text[k - 1])) k--;
  // "CNI n° 12…", "c'est le 1 85…": the words that only introduce the number go with it
  const intro = /(?:^|[\s(])([nN][°º]|[nN]o\.?|(?:[cC]'|[cC]’)?est(?: le)?)$/.exec(text.slice(Math.max(0, k - 10), k));
  if (intro) {
    k -= intro[1].length;
    while (k > 0 && space(text[k - 1])) k--;
    if (/^(?:c'|c’)/i.test(intro[1]) && text[k - 1] === ',') k--;
  }
  if (text[k - 1] === '(' && text[e] === ')') {
    // "(n° 12…)" or "(12…)": the brackets go too
    k--; e++;
    while (k > 0 && space(text[k - 1])) k--;
    return [k, e];
  }
  if (text[k - 1] === ':') {
    k--;
    while (k > 0 && space(text[k - 1])) k--;
    return [k, e];
  }
  if (k === 0 || text[k - 1] === '\n') {
    // at the start of a line: eat the space after instead
    while (e < text.length && text[e] === ' ') e++;
    return [k, e];
  }
  return [k, e];
}
