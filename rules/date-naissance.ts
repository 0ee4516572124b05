/**
 * `date-naissance`: a date explicitly given as a birth date — « né(e) le 12/03/1986 », « DDN :
 * 05.11.78 », « date de naissance : 1986-03-12 », « née le 1er mai 2001 », « né en 1985 » (a year
 * alone only when the subject is a person). Span = the date only. Not: appointment or contract
 * dates, an age, « l'idée est née en 2023 ». TAXONOMY.md §4.9.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { isNumberWord, readGroup, readNumber } from '../lib/lint/number-words.ts';

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
/**
 * Full anchor at a token start: group 1 = participle « né(e)(s) », group 2 = a birth-date label,
 * group 3 = an indirect phrase (« a vu le jour », « venue au monde »), which needs a person subject.
 */
const ANCHOR =
  /(?:(nee?s?|nati(?:f|ve)s?|nacid[ao]s?|nascid[ao]s?|nat[oaie](?=\s+(?:il|nel)\s|\s+a\s+[\p{L}'\- ]{2,30}?\s+il\s)|geboren|geb\.)|(naissance|naiss\.?|nais\.|ddn|d\.d\.n\.?|dn|d\.n\.?|dob|d\.o\.b\.?|date of birth|birth ?dates?|birthday|birth|born(?:\s+(?:on|in))?|nacimiento|nascita|nascimento|geburtsdatum|geboortedatum|f\. ?nac\.?)|(vu le jour|voit le jour|venue?s? au monde))(?![\p{L}\p{N}_])/uy;
// French names and abbreviations, then English ones (« D.O.B. 17 June 1992 », « born on Jun 17, 1992 »)
const MONTH =
  '(?:janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec|' +
  'january|jan|february|feb|march|april|apr|may|june|jun|july|jul|august|aug|september|october|november|december|' +
  // Spanish, Italian, Portuguese and German names, after a foreign birth word (« nacida el 14 de agosto de 2001 »)
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|' +
  'giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro|januar|februar|marz|' +
  'juni|juli|oktober|dezember)';
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
  noviembre: 11, diciembre: 12, gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10,
  dicembre: 12, janeiro: 1, fevereiro: 2, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12, januar: 1,
  februar: 2, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
};
/**
 * What may sit between the anchor and the date: « le », « : », « en », « à Lyon le », « (69) », and
 * after a label the person it is about: « date de naissance (sa fille) : », « … de sa conjointe : ».
 */
/** Relatives and the person, as they follow a birth-date label in notes. */
const RELATIVE =
  "(?:conjointe?|epoux|epouse|mari|femme|compagne|compagnon|concubine?|partenaire|fils|filles?|enfants?|bebe|ainee?|cadet(?:te)?|benjamine?|" +
  "peres?|meres?|freres?|soeurs?|parents?|jumeaux|jumelles|beau-pere|belle-mere|adherente?|beneficiaire|interessee?|madame|monsieur|mme|mr)";
/**
 * How a label is qualified before its value: « date de naissance retenue par l'OFPRA : », « … figurant
 * sur le passeport : », « … présumée 01/01/1990 », « … officielle : ». Only before a colon, a bracket or
 * the digits of the date or a copula (« la date de naissance retenue est le … »): « date de naissance
 * corrigée le 12/03/2025 » is the date of the correction.
 */
const QUAL =
  '(?:retenue?|declaree?|figurant|apparaissant|indiquee?|presumee?|supposee?|approximati(?:ve|f)|officiel(?:le)?|reel(?:le)?|exacte?|' +
  'mentionnee?|inscrite?|portee?|enregistree?|reconnue?|fixee?|attribuee?|renseignee?|saisie?|corrigee?|rectifiee?|modifiee?|' +
  'administrati(?:ve|f)|legale?|civile?|conventionnel(?:le)?|fictive?|theorique|complete?|communiquee?|notee?|confirmee?|verifiee?|' +
  'transcrite?|reportee?|a (?:verifier|confirmer|controler|corriger)|selon|d\'apres|sur)';
const GAP =
  `(?:\\s*(?:${QUAL}(?:[ \\t]+[\\p{L}'\\- ]{1,45}?(?=[ \\t]*[:(|])|(?=[ \\t]*(?:[:(|]|\\d|(?:est|etait|serait)\\s)))|serait|(?:et|\\/|-)\\s*lieu(?:\\s+de\\s+naissance)?|(?:[.·_]\\s?){3,}(?!\\s*[.·_…])|…{2,}(?!\\s*[.·_…])|…(?=\\s*[|:])|le|l'|el|em|il|nel|am|op|:|-|–|,|\\||=|\\*{1,2}|\\]|→|c'est|c'etait|est|etait|en|du|un|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|courant|debut|fin|mi|` +
  `(?:au\\s+)?mois\\s+(?:de|d')|\\(|\\([^()\\n]{1,30}\\)|(?:de|du|des|d')\\s*[\\p{L}'\\- ]{1,30}?(?=\\s*(?::|\\([^()\\n]{1,30}\\)\\s*:))|` +
  // the person, then an apposition about them: « date de naissance de son fils, né prématuré : »
  `(?:de|du|des|d')\\s*(?:(?:son|sa|ses|leur|la|le|l')\\s*)?${RELATIVE}\\s*,(?![^:\\n]*(?:rendez|rdv|prevue?|entretien|convoc|atelier|reunion))[\\p{L}'\\- ]{2,30}?(?=\\s*:)|` +
  // the person, then what the date is for: « date de naissance de sa fille pour le dossier de crèche : »
  `(?:de|du|des|d')\\s*(?:(?:son|sa|ses|leur|la|le|l')\\s*)?${RELATIVE}(?![^:\\n]*(?:rendez|rdv|prevue?|entretien|convoc|atelier|reunion|terme))(?:\\s+[\\p{L}\\d-]{1,20})?\\s+(?:pour|a|au|aux|sur|dans)\\s+[\\p{L}'\\- ]{2,45}?(?=\\s*:)|` +
  // a label's relative without « de » (notes): « DDN conjoint : », « DDN fille aînée : », « date de naissance épouse : »
  `(?:(?:son|sa|ses|leur)\\s+)?${RELATIVE}(?:\\s+[\\p{L}\\d-]{1,20})?(?=\\s*(?::|\\([^()\\n]{1,30}\\)\\s*:))|` +
  `(?:a|au|aux|en|dans)\\s+[\\p{L}'\\- ]{2,40}?(?:\\s*\\(\\d{2,3}\\))?\\s*,?(?=\\s*(?:le|en|il|el|em|am)\\s)))*\\s*`;
const Y = '(?:19|20)\\d{2}';
const DATE = new RegExp(
  '^(' + GAP + ')(?:' +
  `(?<d1>1er|[0-3]?\\d)\\s?(?<s1>[/.\\- ])\\s?(?<m1>0?[1-9]|1[0-2])\\s?\\k<s1>\\s?(?<y1>${Y}|\\d{2})(?![\\p{N}])` + '|' +
  // the American order, month first, when the second number cannot be a month: « DOB: 03/27/1988 »
  `(?<m13>0?[1-9]|1[0-2])(?<s13>[/.\\-])(?<d13>1[3-9]|2\\d|3[01])\\k<s13>(?<y13>${Y}|\\d{2})(?![\\p{N}])` + '|' +
  `(?<d2>1er|premier|[0-3]?\\d)(?:st|nd|rd|th|\\.)?[\\s-]+(?:de\\s+)?(?<m2>${MONTH})\\.?[\\s-]+(?:de\\s+)?(?<y2>${Y}|\\d{2})(?![\\p{N}])` + '|' +
  // the English order: « June 17, 1992 », « Jun 17th 1992 »
  `(?<m8>${MONTH})\\.?\\s+(?<d8>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y8>${Y})(?![\\p{N}])` + '|' +
  // eight digits of a form field: « DDN : 12031990 »
  `(?<d9>[0-3]\\d)(?<m9>0[1-9]|1[0-2])(?<y9>${Y})(?![\\p{N}])` + '|' +
  // compact ISO order of exports and forms: « ddn 19790214 »; six digits day-month-year: « DDN : 140279 »
  `(?<y11>${Y})(?<m11>0[1-9]|1[0-2])(?<d11>[0-3]\\d)(?![\\p{N}])` + '|' +
  `(?<d12>[0-3]\\d)(?<m12>0[1-9]|1[0-2])(?<y12>\\d{2})(?![\\p{N}])` + '|' +
  `(?<y3>${Y})(?<s3>[-/.])(?<m3>0?[1-9]|1[0-2])\\k<s3>(?<d3>[0-3]?\\d)(?![\\p{N}])` + '|' +
  `(?<m4>${MONTH})\\.?\\s+(?<y4>${Y})(?![\\p{N}])` + '|' +
  `(?<y5>${Y})(?![\\p{N}]|[/.\\-]\\d)` + '|' +
  // month and year in figures: « DDN : 03/1990 »
  `(?<m10>0?[1-9]|1[0-2])[/.\\-](?<y10>${Y})(?![\\p{N}]|[/.\\-]\\d)` + '|' +
  // day and month without a year: « née le 12 mars », « né le 12/03 »
  `(?<d6>1er|premier|[0-3]?\\d)\\s+(?<m6>${MONTH})(?![\\p{L}\\p{N}]|\\.?\\s*\\d)` + '|' +
  `(?<d7>[0-3]?\\d)\\/(?<m7>0?[1-9]|1[0-2])(?![\\p{N}]|[/.\\-]\\d)` +
  ')', 'u');
const GAP_ONLY = new RegExp('^' + GAP, 'u');

// Dates written in words: « vingt-trois mars mille neuf cent quatre-vingt-huit », « 3 mai deux mille un »,
// « trois mars quatre-vingt-sept » (a two-digit year), « douze zéro quatre quatre-vingt-quatorze » (day, month, year dictated as numbers)

/** The century of a two-digit year (« quatre-vingt-sept » → 1987, « zéro cinq » → 2005): the latest not in the future. */
function fullYear(v: number): number {
  const now = new Date().getFullYear();
  return 2000 + v > now ? 1900 + v : 2000 + v;
}

/** A date with its day or its year in words, at the start of `s`. Returns its length and whether it has a year, or null. */
function wordDate(s: string): { len: number; noYear: boolean } | null {
  const re = /[\p{L}\p{N}]+/gu;
  const words: string[] = [];
  const ends: number[] = [];
  for (let m = re.exec(s); m && words.length < 14; m = re.exec(s)) {
    // only spaces and hyphens between the words of the date
    if (words.length && !/^[\s-]+$/.test(s.slice(ends[ends.length - 1], m.index))) break;
    if (!words.length && m.index !== 0) return null;
    words.push(m[0]);
    ends.push(m.index + m[0].length);
  }
  const w = (j: number) => words[j];
  let i = 0;
  let day: number;
  let inWords = false;
  if (/^(?:[0-3]?\d|1er)$/.test(words[0] ?? '')) { day = words[0] === '1er' ? 1 : Number(words[0]); i = 1; }
  else if (words[0] === 'premier') { day = 1; i = 1; inWords = true; }
  else {
    const n = readNumber(w, 0);
    if (!n) return null;
    day = n.value; i = n.next; inWords = true;
  }
  if (day < 1 || day > 31) return null;
  if (MONTHS[words[i]] !== undefined) i++;
  else {
    // the month as a number: « douze zéro quatre … », « 12 04 … » — then a year must follow
    if (!inWords && !isNumberWord(words[i])) return null;
    let month: number;
    if (/^\d{1,2}$/.test(words[i] ?? '')) { month = Number(words[i]); i++; }
    else {
      const z = words[i] === 'zero';
      const g = readGroup(w, z ? i + 1 : i);
      if (!g || (z && g.value > 9)) return null;
      month = g.value; i = g.next;
    }
    if (month < 1 || month > 12) return null;
    const y = readYear(words, i);
    if (!y || !inWords && !y.inWords) return null;
    return { len: ends[y.next - 1], noYear: false };
  }
  const y = readYear(words, i);
  if (!y) return inWords ? { len: ends[i - 1], noYear: true } : null;
  if (!inWords && !y.inWords) return null;
  return { len: ends[y.next - 1], noYear: false };
}

/** The year at words[i]: four digits, or a number in words (two digits from 10 up, or 1900 to now). */
function readYear(words: readonly string[], i: number): { year: number; next: number; inWords: boolean } | null {
  if (/^\d{4}$/.test(words[i] ?? '')) {
    const y = Number(words[i]);
    return y >= 1900 && y <= new Date().getFullYear() ? { year: y, next: i + 1, inWords: false } : null;
  }
  const n = readNumber((j) => words[j], i);
  if (!n) return null;
  // « zéro cinq » (2005): a dictated pair
  let v = n.value, next = n.next;
  if (words[i] === 'zero') {
    const g = readGroup((j) => words[j], i + 1);
    if (!g || g.value > 9) return null;
    v = g.value; next = g.next;
  } else if (v < 10) return null;
  const year = v < 100 ? fullYear(v) : v;
  if (year < 1900 || year > new Date().getFullYear()) return null;
  return { year, next, inWords: true };
}

/** Subjects that are people (a year alone after « né en » needs one). */
const PERSON = new Set([
  'il', 'elle', 'ils', 'elles', 'je', "j'", 'on', 'tu', 'vous', 'adherent', 'adherente', 'adherents', 'beneficiaire', 'beneficiaires',
  'candidat', 'candidate', 'stagiaire', 'jeune', 'homme', 'femme', 'monsieur', 'madame', 'm', 'mme', 'mlle', 'interesse', 'interessee',
  'fils', 'fille', 'filles', 'enfant', 'enfants', 'bebe', 'mari', 'epouse', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'pere',
  'mere', 'frere', 'freres', 'soeur', 'soeurs', 'parent', 'parents', 'aine', 'ainee', 'cadet', 'cadette', 'benjamin', 'benjamine',
  'neveu', 'niece', 'tuteur', 'tutrice', 'personne', 'salarie', 'salariee', 'demandeur', 'demandeuse', 'usager', 'usagere',
  'accompagne', 'accompagnee', 'jumeaux', 'jumelles', 'petit-fils', 'petite-fille', 'garcon', 'garcons', 'lui', 'celle-ci', 'celui-ci',
]);
/** Subjects that are not people: « l'idée est née en 2023 », « le projet, né le 3 mars 2024 ». */
const NOT_PERSON = new Set([
  'idee', 'projet', 'envie', 'association', 'entreprise', 'societe', 'structure', 'dispositif', 'partenariat', 'collaboration',
  'initiative', 'desir', 'volonte', 'passion', 'interet', 'vocation', 'souhait', 'besoin', 'programme', 'service', 'plateforme',
  'concept', 'mouvement', 'reseau', 'marque', 'startup', 'start-up', 'demarche', 'reflexion', 'aventure', 'histoire', 'atelier',
  'formation', 'action', 'club', 'cooperative', 'boutique', 'commerce', 'magasin', 'activite', 'affaire', 'relation', 'amitie',
  'tradition', 'loi', 'reforme', 'crise', 'conflit', 'tension', 'probleme', 'difficulte', 'motivation', 'decision', 'reconversion',
  'vocation', 'gout', 'attrait', 'pratique', 'methode', 'equipe', 'filiale', 'agence', 'centre', 'ecole', 'collectif', 'festival',
  'salon', 'evenement', 'rencontre', 'dossier', 'demande', 'question', 'situation', 'cela', 'ca', 'ceci', 'tout',
  // businesses, works and venues: « la food-truck est née le 2 mars 2020 », « l'enseigne, née en 1954, … »
  'food-truck', 'fondation', 'compagnie', 'troupe', 'groupe', 'enseigne', 'franchise', 'exploitation', 'ferme', 'scop', 'scic',
  'pme', 'tpe', 'usine', 'restaurant', 'hotel', 'epicerie', 'librairie', 'garage', 'brasserie', 'cafe', 'theatre', 'cinema', 'musee',
  'application', 'appli', 'site', 'logiciel', 'outil', 'produit', 'label', 'metier', 'filiere', 'secteur', 'chantier', 'cabinet',
  'federation', 'ligue', 'tournoi', 'competition', 'spectacle', 'journal', 'magazine', 'podcast', 'blog', 'emission', 'media',
  // legal forms and employment structures, often in capitals (« La SARL est née… », « l'ESAT, né en 1982, … »)
  'sarl', 'sas', 'sasu', 'eurl', 'esat', 'geiq', 'siae', 'etti', 'aci', 'ea', 'gie', 'mjc', 'ong', 'asbl', 'enterprise', 'company',
]);
/** The token, or its hyphenated compound with the token before (« start-up », « food-truck »: the tokenizer splits them). */
function compound(doc: Doc, q: number): string {
  const toks = doc.tokens;
  const p = toks[q - 1];
  if (p && p.e + 1 === toks[q].s && doc.norm[p.e] === '-') return `${p.t}-${toks[q].t}`;
  return toks[q].t;
}
const AUX = new Set(['est', 'etait', 'suis', 'es', 'sont', 'etaient', 'serait', 'soit', 'fut', 'ete', 'a', 'ont', 'avait', 'etes', 'sommes', 'deja', "n'", 'ne', 'pas', 'bien']);
const LABEL_BEFORE = /(?:(?:date|annee|jour|lieu)(?: et (?:date|lieu))? de |(?:date|dt)\.? )$/;
/** « date de naissance du projet : », « naissance de son entreprise : »: the label is about a thing. */
const OF_THING = /(?:^|\s)(?:de|du|des|d')\s*(?:(?:la|le|l'|les|son|sa|ses|leur|cette|ce|cet|mon|ma|notre|votre)\s*)?([\p{L}-]+)/u;
const NOT_BIRTH_LABEL = /(?:acte|extrait d'acte|conge|prime|allocation|declaration|faire-part|fete|anniversaire)(?: de)? $/;

function tokenAt(doc: Doc, pos: number): number {
  let lo = 0, hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].e <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

type Subject = 'person' | 'thing' | 'unknown' | 'apposition';

/** Who is « né » about? Looks back over auxiliaries to the subject. */
function subjectOf(doc: Doc, k: number): Subject {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  if (toks[k].first) return 'apposition';
  let j = k - 1;
  while (j >= 0 && toks[j].sn === sn && AUX.has(toks[j].t)) j--;
  if (j < 0 || toks[j].sn !== sn) return 'apposition';
  const t = toks[j];
  if (t.k === Kind.Punct) {
    if (![',', '(', ':', '–', '-', '—'].includes(t.t)) return 'apposition';
    // "Le projet, né en 2023, …" / "Son fils, né en 2010, …" / "Léa (née en 2012)"
    const p = toks[j - 1];
    if (!p || p.sn !== sn) return 'apposition';
    if (NOT_PERSON.has(p.t) || NOT_PERSON.has(compound(doc, j - 1))) return 'thing';
    if (PERSON.has(p.t) || doc.isCapitalized(p.i) || p.t.endsWith('.')) return 'person';
    return 'apposition';
  }
  if (PERSON.has(t.t)) return 'person';
  // a first name: "Léa est née…" — not a legal form in capitals (« La SCOP est née le… »), read as a noun below
  if (doc.isCapitalized(t.i) && !t.first && !NOT_PERSON.has(t.t)) return 'person';
  // the noun phrase before the verb: « son projet professionnel est né… », « sa fille aînée est née… »
  // a complement is not the head: « le fils du gérant du garage » is a person, « le projet de sa fille » a thing
  let found: Subject = 'unknown';
  for (let q = j; q >= 0 && q > j - 5 && toks[q].sn === sn && toks[q].k !== Kind.Punct; q--) {
    const w = toks[q].t;
    if (w === 'de' || w === 'du' || w === 'des' || w === "d'") { found = 'unknown'; continue; }
    if (found !== 'unknown') continue;
    if (NOT_PERSON.has(w) || NOT_PERSON.has(compound(doc, q))) found = 'thing';
    else if (PERSON.has(w)) found = 'person';
  }
  return found;
}

/**
 * The date at the start of `tail` (after an anchor's gap): offset, length, `partial` (a year or a
 * month and year), `noYear` (a day and month).
 */
function parseDate(tail: string): { ds: number; len: number; partial: boolean; noYear: boolean; gap: string } | null {
  // a day or year in words first: « 17 mai mil neuf cent… » must not stop at « 17 mai »
  const g = GAP_ONLY.exec(tail)![0];
  const n = wordDate(tail.slice(g.length));
  if (n) return { ds: g.length, len: g.length + n.len, partial: false, noYear: n.noYear, gap: g };
  const m = DATE.exec(tail);
  if (!m) return null;
  const x = m.groups!;
  let partial = false;
  let noYear = false;
  const day = (d: string) => (d === '1er' || d === 'premier' ? 1 : Number(d));
  const year = (y: string) => (y.length === 4 ? Number(y) : null);
  if (x.d1 !== undefined) {
    if (!validDate(day(x.d1), Number(x.m1), year(x.y1))) return null;
  } else if (x.d13 !== undefined) {
    if (!validDate(Number(x.d13), Number(x.m13), year(x.y13))) return null;
  } else if (x.d2 !== undefined) {
    if (!validDate(day(x.d2), MONTHS[x.m2], year(x.y2))) return null;
  } else if (x.d9 !== undefined) {
    if (!validDate(Number(x.d9), Number(x.m9), Number(x.y9))) return null;
  } else if (x.y11 !== undefined) {
    if (!validDate(Number(x.d11), Number(x.m11), Number(x.y11))) return null;
  } else if (x.d12 !== undefined) {
    if (!validDate(Number(x.d12), Number(x.m12), null)) return null;
  } else if (x.d8 !== undefined) {
    if (!validDate(Number(x.d8), MONTHS[x.m8], Number(x.y8))) return null;
  } else if (x.y3 !== undefined) {
    if (!validDate(Number(x.d3), Number(x.m3), Number(x.y3))) return null;
  } else if (x.d6 !== undefined || x.d7 !== undefined) {
    noYear = true;
    if (!validDate(day(x.d6 ?? x.d7), x.m6 !== undefined ? MONTHS[x.m6] : Number(x.m7), null)) return null;
  } else {
    partial = true;
    const y = Number(x.y4 ?? x.y5 ?? x.y10);
    if (y < 1900 || y > new Date().getFullYear()) return null;
  }
  return { ds: m[1].length, len: m[0].length, partial, noYear, gap: m[1] };
}

function validDate(day: number, month: number, year: number | null): boolean {
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  if (year !== null && (year < 1900 || year > new Date().getFullYear())) return false;
  return true;
}

export default defineRule({
  id: 'date-naissance',
  meta: {
    description: "Date de naissance (de l'adhérent ou d'un proche) écrite dans le compte rendu.",
    category: 'date-naissance',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'Code du travail art. L1132-1 (âge)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    dob: "Date de naissance dans le compte rendu : elle figure déjà dans la fiche d'identité.",
  },
  explanation:
    "La date de naissance est déjà dans la fiche d'identité ; la recopier dans le récit n'apporte rien (minimisation, " +
    "RGPD art. 5.1.c) et l'âge est un critère de discrimination (C. trav. L1132-1). L'adhérent peut lire ce compte rendu " +
    "(droit d'accès, RGPD art. 15). Si l'âge compte pour un dispositif, écrivez la conséquence : « éligible au CEJ », " +
    "« départ en retraite envisagé d'ici 5 ans ».",
  lexicon: [
    { lemma: 'né', forms: ['née', 'nés', 'nées'] },
    // « native du 3 avril 1989 » (with a date; « natif de Lyon » has none)
    { lemma: 'natif', forms: ['native', 'natifs', 'natives'], inflect: 'none' },
    // « N(e) le » reads « n » once normalisation has dropped the inclusive « (e) »: checked on the original text
    { lemma: 'n', inflect: 'none' },
    { lemma: 'naissance', forms: ['naiss', 'nais'] },
    // foreign birth words of pasted documents and of the person's own words: « nacida el », « nascido em », « nata il »,
    // « geboren am », « fecha de nacimiento », « data di nascita », « Geburtsdatum »
    { lemma: 'nacido', forms: ['nacida', 'nacidos', 'nacidas', 'nascido', 'nascida', 'nascidos', 'nascidas', 'nato', 'nata', 'nati', 'nate', 'geboren', 'geb'], inflect: 'none' },
    { lemma: 'nacimiento', forms: ['nascita', 'nascimento', 'geburtsdatum', 'geboortedatum'], inflect: 'none' },
    { lemma: 'f. nac', forms: ['f.nac', 'f nac'], inflect: 'none' },
    // English labels of pasted forms and passports: « D.O.B. », « Date of birth », « Birth date », « born on »
    { lemma: 'DOB', forms: ['D.O.B'] },
    { lemma: 'date of birth', forms: ['birth', 'birthdate', 'birthday', 'born'] },
    { lemma: 'DDN', forms: ['D.D.N'] },
    // « DN : 14-02-1977 »: the short label, in capitals only (a date must follow it)
    { lemma: 'DN', forms: ['D.N'], upper: true },
    { lemma: 'vu le jour', forms: ['voit le jour'] },
    { lemma: 'venu au monde', forms: ['venue au monde', 'venus au monde', 'venues au monde'] },
    // « Mme R., 34 ans (12/03/1990) »: a full date in brackets right after an age
    { lemma: 'ans', inflect: 'none' },
    // « anniversaire le 30 janvier 1992 », « anniv : 3/4/89 », « cumpleaños: 14/08/2001 »: a birthday with a birth year
    { lemma: 'anniversaire', forms: ['anniversaires', 'anniv', 'annif', 'cumpleanos', 'compleanno', 'geburtstag', 'aniversario'], inflect: 'none' },
  ],
  check(ctx) {
    const { doc, text } = ctx;
    const norm = doc.norm;
    if (!ctx.hits.length) return;
    // the anchors come from the engine's single lexicon pass (no scan of the text here)
    for (const hit of ctx.hits) {
      if (doc.tokens[hit.from].t === 'ans') {
        ageThenDate(ctx, hit.from);
        continue;
      }
      if (BIRTHDAY.has(doc.tokens[hit.from].t)) {
        birthdayDate(ctx, hit.from);
        continue;
      }
      const tok = doc.tokens[hit.from];
      let a: RegExpExecArray | null;
      if (tok.t === 'n') {
        // « N(e) le », « n.e le »: normalisation drops the inclusive « (e) » and leaves « n »; a participle only when the
        // original token carries it (« n° », « N. Diallo » do not)
        const [os, oe] = doc.orig(tok.s, tok.e);
        if (!/^n(?:\(e\)|[.·]e)(?:\(?s\)?)?$/i.test(text.slice(os, oe))) continue;
        a = Object.assign(['n', 'n', undefined, undefined], { index: tok.s, input: norm }) as unknown as RegExpExecArray;
      } else {
        ANCHOR.lastIndex = tok.s;
        a = ANCHOR.exec(norm);
      }
      if (!a) continue;
      const aEnd = a.index + a[0].length;
      const isLabel = a[2] !== undefined;
      const indirect = a[3] !== undefined;
      if (isLabel && NOT_BIRTH_LABEL.test(norm.slice(Math.max(0, a.index - 26), a.index))) continue;
      const d = parseDate(norm.slice(aEnd, aEnd + 80));
      if (!d) {
        if (isLabel && !dateBeforeLabel(ctx, a.index, aEnd)) columnDates(ctx, a.index, aEnd);
        continue;
      }
      const { ds, partial, noYear, gap } = d;
      // « natif » is about a place or a language (« natif de Lyon », « locuteur natif, 12/03/2020 »): a date only right after « du », « le »
      if (a[1]?.startsWith('nati') && !/^\s*(?:du|le)\s*$/.test(gap)) continue;
      const of = OF_THING.exec(gap);
      if (of && NOT_PERSON.has(of[1])) continue;
      // « la date de naissance, c'est le 5 juin 1987 »: a copula only after a label
      if (!isLabel && /(?:^|[\s,])(?:c'est|c'etait|est|etait)(?=\s|$)/.test(gap)) continue;
      // « né le 1985 » is not a phrase; « née en 1985 », « née fin mars 1990 », « né au mois de mai 1979 » are
      if (partial && !isLabel && !/(?:^|\s|-)(?:en|courant|debut|fin|mi|de|d'|em|nel|in)\s*-?\s*$/.test(gap)) continue;
      if (noYear && !isLabel && !/(?:^|\s)(?:le|un|el|il|am|em|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$/.test(gap)) continue;
      if (!isLabel) {
        const subject = subjectOf(doc, tokenAt(doc, a.index));
        if (subject === 'thing') continue;
        // a year alone, a day without year or an indirect phrase (« le site a vu le jour… ») need a person
        if ((partial || noYear || indirect) && subject === 'unknown') continue;
      }
      const s = aEnd + ds;
      let e = aEnd + d.len;
      const [start, end] = doc.orig(s, e);
      ctx.report({ start, end, messageId: 'dob', confidence: isLabel || !partial ? 'high' : 'medium', fixes: [dobFix(doc, text, a.index, aEnd, start, end, isLabel)] });
      // « nés en 2012 et 2015 », « nés le 3 mars 2012 et le 5 juin 2015 »
      for (let k = 0; k < 4; k++) {
        const link = /^\s*(?:,|et)\s*/.exec(norm.slice(e, e + 8));
        if (!link) break;
        const next = parseDate(norm.slice(e + link[0].length, e + link[0].length + 40));
        if (!next || next.gap.trim().replace(/(?:le|en)/, '').trim()) break;
        const [s2, e2] = doc.orig(e + link[0].length + next.ds, e + link[0].length + next.len);
        ctx.report({ start: s2, end: e2, messageId: 'dob', confidence: 'medium', fixes: [replaceFix(doc.orig(e, e)[0], e2, '', 'Retirer la date de naissance')] });
        e += link[0].length + next.len;
      }
    }
  },
});

/** A table row is short: longer lines are prose, and reading them per label hit would be quadratic on unbroken text. */
const MAX_ROW = 400;
/** After the header label: nothing, or bold marks and a bracketed format. */
const HEADER_REST = /^\s*(?:\*{1,2}\s*)?(?:\([^()]*\)\s*)?$/;
/** A markdown rule « |---|---| ». */
const MD_RULE = /^[\s|:+\-]*$/;
/** Where the row read from `from` ends (its « \n » or the text's end), or -1 once it passes MAX_ROW characters from `start`. */
function rowEnd(norm: string, from: number, start: number): number {
  let e = from;
  while (e < norm.length && norm[e] !== '\n') if (++e - start > MAX_ROW) return -1;
  return e;
}
/**
 * A pasted table whose header cell is a birth-date label: « Nom | Prénom | Date de naissance » then
 * « Dupont | Marie | 12/03/1990 ». Cells split by « | » or tabs only (aligned spaces are not read); the
 * cell under the header must hold a date and nothing else. Runs only on a label hit with no date after it.
 */
function columnDates(ctx: Parameters<Parameters<typeof defineRule>[0]['check']>[0], aS: number, aE: number): void {
  const { doc, text } = ctx;
  const norm = doc.norm;
  let ls = aS;
  while (ls > 0 && norm[ls - 1] !== '\n') if (aS - --ls > MAX_ROW) return;
  let le = rowEnd(norm, aE, ls);
  if (le < 0 || le >= norm.length) return; // a long line, or no row below
  // tabs are spaces in the normalised text: read them in the original
  const [os, oe] = doc.orig(ls, le);
  const pipe = norm.slice(ls, le).includes('|');
  if (!pipe && !text.slice(os, oe).includes('\t')) return;
  const isSep = (j: number) => (pipe ? norm[j] === '|' : norm[j] === ' ' && text[doc.orig(j, j + 1)[0]] === '\t');
  // the header cell is the label alone, or with a bracketed format: « Date de naissance (JJ/MM/AAAA) »
  let ce = aE;
  while (ce < le && !isSep(ce)) ce++;
  if (!HEADER_REST.test(norm.slice(aE, ce))) return;
  let col = 0;
  for (let j = ls; j < aS; j++) if (isSep(j)) col++;
  for (let row = 0; row < 30; row++) {
    const s0 = le + 1;
    if (s0 >= norm.length) return;
    le = rowEnd(norm, s0, s0);
    if (le < 0) return;
    if (pipe && MD_RULE.test(norm.slice(s0, le))) continue; // a markdown rule « |---|---| »
    // the cell of the same column
    let c = 0, from = s0;
    while (from < le && c < col) if (isSep(from++)) c++;
    if (c < col) return; // not a row of the table any more
    let to = from;
    while (to < le && !isSep(to)) to++;
    const cell = norm.slice(from, to);
    const lead = cell.length - cell.trimStart().length;
    const d = parseDate(cell.slice(lead));
    if (!d || d.ds !== 0 || d.noYear || cell.slice(lead + d.len).trim()) continue;
    const [start, end] = doc.orig(from + lead, from + lead + d.len);
    ctx.report({ start, end, messageId: 'dob', confidence: 'medium', fixes: [replaceFix(start, end, '', 'Retirer la date de naissance')] });
  }
}

/** « 34 ans (12/03/1990) », « 8 ans, 04/05/2017 »: an age followed by a full date is a birth date. */
function ageThenDate(ctx: Parameters<Parameters<typeof defineRule>[0]['check']>[0], k: number): void {
  const { doc, text } = ctx;
  const age = doc.tokens[k - 1];
  if (!age || age.k !== Kind.Number || !/^\d{1,2}$/.test(age.t)) return;
  // an age, not a duration: « Mme R., 34 ans », « (8 ans », « elle a 34 ans », « âgée de 34 ans », not « CDD de 2 ans »
  const p = doc.tokens[k - 2];
  const isAge = !p || p.sn !== age.sn || p.t === ',' || p.t === '(' || p.t === 'a' || p.t === 'ont'
    || (p.t === 'de' && /^agee?s?$/.test(doc.tokens[k - 3]?.t ?? ''));
  if (!isAge) return;
  const e0 = doc.tokens[k].e;
  const open = /^\s*(?:\(|,|–|-)\s*/.exec(doc.norm.slice(e0, e0 + 6));
  if (!open) return;
  const tail = doc.norm.slice(e0 + open[0].length, e0 + open[0].length + 40);
  const d = parseDate(tail);
  if (!d || d.partial || d.noYear || d.ds !== 0) return;
  // the year must agree with the age (give or take the report's age): « CDD de 2 ans, 01/09/2024 » does not
  const dt = tail.slice(0, d.len);
  const y4 = /\d{4}/.exec(dt);
  const born = new Date().getFullYear() - Number(age.t);
  const gap = y4 ? Math.abs(Number(y4[0]) - born) : (Number(/(\d{2})\s*$/.exec(dt)?.[1] ?? 50) - (born % 100) + 100) % 100;
  if (gap > 3 && (y4 || gap < 97)) return;
  // the date closes the bracket or the apposition
  if (!/^\s*(?:\)|,|;|\.|$)/.test(tail.slice(d.len))) return;
  const [start, end] = doc.orig(e0 + open[0].length, e0 + open[0].length + d.len);
  const cut = open[0].includes('(') && text[end] === ')' ? doc.orig(e0, e0)[0] : start;
  ctx.report({ start, end, messageId: 'dob', confidence: 'medium', fixes: [replaceFix(cut, open[0].includes('(') && text[end] === ')' ? end + 1 : end, '', 'Retirer la date de naissance')] });
}

/**
 * The first fix removes the date and what only served it: « Né le 14/03/1986 à X » → « Né à X »;
 * « L'adhérent, né le 1er mai 2001, peut » → « L'adhérent peut »; « DDN : 05/11/1978 – tél. » →
 * « Tél. ». The date is never echoed.
 */
function dobFix(doc: Doc, text: string, aS: number, aE: number, start: number, end: number, isLabel: boolean) {
  let [labelStart, labelEnd] = doc.orig(aS, aE);
  // extend a label backwards over « date de », « date et lieu de »
  const lb = LABEL_BEFORE.exec(doc.norm.slice(Math.max(0, aS - 26), aS));
  if (isLabel && lb) labelStart = doc.orig(aS - lb[0].length, aS)[0];
  const after = text.slice(end, end + 40);
  // « né le 12/03/1986 à Lyon », « né au Maroc en 1985 »: keep the rest, drop « le <date> »
  const lead = /\s*(?:(?:le|en|du|l')\s*)?(?::\s*)?$/i.exec(text.slice(labelEnd, start))!;
  const dateOnly = replaceFix(start - lead[0].length, end, '', 'Retirer la date de naissance');
  if (!isLabel && (/^\s+(?:à|a)\s/.test(after) || start - lead[0].length > labelEnd)) return dateOnly;
  const bFrom = Math.max(0, labelStart - 40);
  const before = text.slice(bFrom, labelStart);
  // apposition between commas: « X, né le …, verbe » → « X verbe »
  const comma = /,\s*$/.exec(before);
  if (comma && /^\s*,/.test(after)) {
    const e = end + /^\s*,\s*/.exec(after)![0].length;
    return replaceFix(labelStart - comma[0].length, e, ' ', 'Retirer la date de naissance');
  }
  // at the start of a sentence or line: drop the label, the date and the separator after it
  if ((bFrom === 0 && /^\s*$/.test(before)) || /(?:[.!?\n]\s*|\(\s*)$/.test(before)) {
    const sep = /^\s*(?:[,;–—|-]\s*|:\s*)?/.exec(after)![0];
    const next = text[end + sep.length];
    if (next && /\p{Ll}/u.test(next) && sep.length > 0 && !/^\s*\(/.test(after)) {
      return replaceFix(labelStart, end + sep.length + 1, next.toUpperCase(), 'Retirer la date de naissance');
    }
    return replaceFix(labelStart, end + sep.length, '', 'Retirer la date de naissance');
  }
  return dateOnly;
}

const BIRTHDAY = new Set(['anniversaire', 'anniversaires', 'anniv', 'annif', 'cumpleanos', 'compleanno', 'geburtstag', 'aniversario']);
/**
 * Between a birthday word and its date: the relative it is about (« anniversaire de sa fille : »), then a separator or
 * « le », « est le », « c'est le ». Anything else is what the anniversary is of (« anniversaire de mariage », « date
 * anniversaire du contrat »).
 */
const BIRTHDAY_GAP = new RegExp(
  `^\\s*\\.?(?:\\s*(?:de|du|d')\\s*(?:(?:son|sa|ses|leur|la|le|l')\\s*)?${RELATIVE}(?:\\s+[\\p{L}-]{1,20})?)?(?:\\s*(?::|-|–|=|,|\\(|\\||le|l'|est|c'est|etait|c'etait|un|en))*\\s*$`,
  'u',
);
/**
 * « fête d'anniversaire le … », « cadeau d'anniversaire », « a fêté son anniversaire le … »: an event, not a birthday;
 * « date anniversaire » is the yearly date of a contract or a hiring (« date d'anniversaire » stays a birthday).
 */
const BIRTHDAY_EVENT =
  /(?:(?<!(?:date|jour) )d'|de |pour (?:son|sa|leur|l') ?|a (?:son|sa|l') ?|depuis (?:son|sa|l') ?|apres (?:son|sa|l') ?|avant (?:son|sa|l') ?|(?:fet|celebr|souhait)\p{L}* (?:(?:son|sa|leur|l'|un|le|les|ses) ?)?|(?:date|jour) )\s*$/u;
/** A birth year is at least this many years back: a recent year is the date of a party (« l'anniversaire de son fils le 12 mars 2025 »). */
const BIRTHDAY_MIN_AGE = 10;

/**
 * « Anniversaire le 30 janvier 1992 », « anniv : 3/4/89 », « anniversaire de son fils : 12/03/2012 »: a birthday given
 * with a full date and a year far enough back is a birth date. Day and month alone, a recent year, an event
 * (« fête d'anniversaire », « pour son anniversaire ») or another anniversary (« de mariage », « du contrat ») are not.
 */
function birthdayDate(ctx: Parameters<Parameters<typeof defineRule>[0]['check']>[0], k: number): void {
  const { doc, text } = ctx;
  const norm = doc.norm;
  const tok = doc.tokens[k];
  if (BIRTHDAY_EVENT.test(norm.slice(Math.max(0, tok.s - 24), tok.s))) return;
  const tail = norm.slice(tok.e, tok.e + 80);
  const lead = /^\.?/.exec(tail)![0].length; // « anniv. »
  const d = parseDate(tail.slice(lead));
  if (!d || d.partial || d.noYear || !BIRTHDAY_GAP.test(tail.slice(0, lead + d.ds))) return;
  const dt = tail.slice(lead + d.ds, lead + d.len);
  const y4 = /(?:19|20)\d{2}(?!\d)/.exec(dt);
  const y2 = /(\d{2})\s*$/.exec(dt);
  const year = y4 ? Number(y4[0]) : y2 ? fullYear(Number(y2[1])) : null;
  if (year === null || year > new Date().getFullYear() - BIRTHDAY_MIN_AGE) return;
  const s = tok.e + lead + d.ds;
  const [start, end] = doc.orig(s, tok.e + lead + d.len);
  ctx.report({ start, end, messageId: 'dob', confidence: 'medium', fixes: [dobFix(doc, text, tok.s, tok.e, start, end, true)] });
}

/**
 * The date first, the label after it in brackets or after a dash: « 12/03/1990 (date de naissance) », « 3 avril 1989
 * (DDN) », « 03.04.89 – date de naissance ». A full date only. Runs on a label hit with no date after it.
 */
const DATE_THEN_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:[0-3]?\\d)[/.\\-](?:0?[1-9]|1[0-2])[/.\\-](?:(?:19|20)\\d{2}|\\d{2})|(?:1er|[0-3]?\\d)\\s+${MONTH}\\.?\\s+(?:19|20)\\d{2})` +
  `\\s*(?:\\(|\\[|[–—-]|,)\\s*(?:(?:date|jour|annee)\\s+(?:de\\s+)?)?$`,
  'u',
);
/** A preposition that makes the date an event's, not a value given before its label. */
const EVENT_DATE_BEFORE = /(?:^|[^\p{L}])(?:le|du|au|des|depuis|jusqu'au|avant|apres|depuis le|a partir du|a compter du)\s*$/u;
function dateBeforeLabel(ctx: Parameters<Parameters<typeof defineRule>[0]['check']>[0], aS: number, aE: number): boolean {
  const { doc } = ctx;
  const norm = doc.norm;
  // the label closes its bracket or ends the clause: « (date de naissance) », « – DDN. »
  if (!/^\s*(?:[)\].,;:\n]|$)/.test(norm.slice(aE, aE + 3))) return false;
  // a date label (« date de naissance », « DDN »), not the event (« congé du 12/03 au 20/03/2024 (naissance) »)
  if (/^nai/.test(norm.slice(aS, aE)) && !/(?:date|jour|annee)\s+de\s*$/.test(norm.slice(Math.max(0, aS - 12), aS))) return false;
  const from = Math.max(0, aS - 40);
  const m = DATE_THEN_LABEL.exec(norm.slice(from, aS));
  if (!m) return false;
  const s = from + m.index;
  // a date introduced as an event's (« mis à jour le 12/03/2025, date de naissance… », « reçu du 03/04/2024 – DDN »)
  if (EVENT_DATE_BEFORE.test(norm.slice(Math.max(0, s - 16), s))) return false;
  const d = parseDate(m[1]);
  if (!d || d.partial || d.noYear || d.ds !== 0 || d.len !== m[1].length) return false;
  const [start, end] = doc.orig(s, s + m[1].length);
  ctx.report({ start, end, messageId: 'dob', confidence: 'medium', fixes: [replaceFix(start, end, '', 'Retirer la date de naissance')] });
  return true;
}
