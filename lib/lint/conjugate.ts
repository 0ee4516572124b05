/**
 * A compact French conjugator for the person rules (TAXONOMY.md §5.4): analyse a first-person
 * singular form to its infinitive and tense, then regenerate the "vous" (2pl) or "il / elle" (3sg)
 * form. Regular -er verbs (with their stem alternations: appelle / appelez, préfère / préférez,
 * mène / menez, envoie / envoyez, paie / payez, commençais / commenciez), second-group verbs and
 * regular -dre verbs are computed; irregular verbs come from the models of conjugate-data.ts.
 *
 * No tagger, no large table: a few kilobytes of data and string operations.
 *
 * @example
 *   conjugate('appeler', 'present', '2pl');        // 'appelez'
 *   conjugate('faire', 'subjonctif', '2pl');       // 'fassiez'
 *   from1sg('préfère', '2pl');                     // 'préférez'
 *   from1sg('étudiais', '2pl');                    // 'étudiiez'
 *   from1sg('travaille', '2pl', { subjunctive: true }); // 'travailliez'
 *   analyze('suis');                               // [{ inf: 'être', … }, { inf: 'suivre', … }]
 */
import { DOUBLING_VERBS, DRE_VERBS, E_GRAVE_STEMS, IRREGULAR_MODELS, ISSER_VERBS, VARIANT_1SG } from './conjugate-data.ts';

export type Tense = 'present' | 'imparfait' | 'futur' | 'conditionnel' | 'subjonctif';
export type Person = '1sg' | '3sg' | '2pl';
export const TENSES: readonly Tense[] = ['present', 'imparfait', 'futur', 'conditionnel', 'subjonctif'];

/** Principal parts from which every form we need is built. */
interface Parts {
  inf: string;
  /** present 1sg, 3sg, 2pl */
  p1: string;
  p3: string;
  p2: string;
  /** imparfait stem (nous-stem): "finiss", "pren" */
  imp: string;
  /** futur / conditionnel stem: "prendr", "appeller" */
  fut: string;
  /** subjonctif 1sg and 2pl */
  s1: string;
  s2: string;
  pp: string;
  /** from the irregular models (accented data) rather than computed from the input */
  irregular: boolean;
}

export interface Analysis {
  inf: string;
  tense: Tense;
  /** the variant model the form belongs to, when the verb has two (asseoir: assois / assoyez) */
  model?: Parts;
}

const ASCII_LOWER = /^[a-z' -]*$/;
const deaccentMemo = new Map<string, string>();

/** Strip diacritics and lower-case (é → e, ç → c, œ → oe). */
export function deaccent(s: string): string {
  if (ASCII_LOWER.test(s)) return s;
  let out = deaccentMemo.get(s);
  if (out === undefined) {
    out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
    if (deaccentMemo.size > 5000) deaccentMemo.clear();
    deaccentMemo.set(s, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// irregular models

let irregularByInf: Map<string, Parts> | null = null;
let index1sg: Map<string, Analysis[]> | null = null;
let indexPP: Map<string, string> | null = null;

function loadIrregular(): Map<string, Parts> {
  if (irregularByInf) return irregularByInf;
  irregularByInf = new Map();
  for (const line of IRREGULAR_MODELS) {
    const [ending, partsStr, prefixStr] = line.split('|');
    const parts = partsStr.split(' ');
    for (const raw of prefixStr.split(',')) {
      const pre = raw === '-' ? '' : raw;
      const [p1, p3, p2, imp, fut, s1, s2, pp] = parts.map((x) => pre + x);
      const inf = pre + ending;
      const model: Parts = { inf, p1, p3, p2, imp, fut, s1, s2, pp, irregular: true };
      // a second model of the same verb (asseoir: assieds / assois) is a variant: the first one
      // conjugates the infinitive, each one answers for its own first-person forms
      if (irregularByInf.has(deaccent(inf))) variantModels.push(model);
      else irregularByInf.set(deaccent(inf), model);
    }
  }
  return irregularByInf;
}
const variantModels: Parts[] = [];

function addIndex(map: Map<string, Analysis[]>, form: string, a: Analysis): void {
  const key = deaccent(form);
  const list = map.get(key);
  if (!list) map.set(key, [a]);
  else if (!list.some((x) => x.inf === a.inf && x.tense === a.tense && x.model === a.model)) list.push(a);
}

/** 1sg forms of the irregular verbs (all tenses) → analyses; built once, on first use. */
function loadIndex(): Map<string, Analysis[]> {
  if (index1sg) return index1sg;
  index1sg = new Map();
  indexPP = new Map();
  loadIrregular();
  for (const p of [...irregularByInf!.values(), ...variantModels]) {
    const model = variantModels.includes(p) ? p : undefined;
    addIndex(index1sg, p.p1, { inf: p.inf, tense: 'present', model });
    addIndex(index1sg, p.s1, { inf: p.inf, tense: 'subjonctif', model });
    addIndex(index1sg, p.imp + 'ais', { inf: p.inf, tense: 'imparfait' });
    addIndex(index1sg, p.fut + 'ai', { inf: p.inf, tense: 'futur' });
    addIndex(index1sg, p.fut + 'ais', { inf: p.inf, tense: 'conditionnel' });
    indexPP.set(deaccent(p.pp), p.inf);
  }
  return index1sg;
}

// ---------------------------------------------------------------------------------------------
// regular verbs

const VOWELS = 'aeiouyéèêëîïôûùâàœ';
/** Consonant tails after the last vowel that let a mute e alternate (mène, règle, cède, sèche, lègue, règne). */
const ALTERNATING_TAIL = /^(?:[bcdfghjklmnpqrstvz]|ch|gu|qu|gn|[bcdfgptv][rl])$/;

/** Index of the last vowel of a stem, reading "gu" / "qu" as consonants. */
function lastVowel(stem: string): number {
  for (let j = stem.length - 1; j >= 0; j--) {
    const c = stem[j];
    if (!VOWELS.includes(c)) continue;
    if (c === 'u' && j > 0 && (stem[j - 1] === 'g' || stem[j - 1] === 'q')) continue;
    return j;
  }
  return -1;
}

/** The stem of an -er verb before a mute e: appell, mèn, préfèr, emploi, pai. */
function strongStem(stem: string, inf: string): { pres: string; fut: string } {
  if (/[ou]y$/.test(stem)) { const s = stem.slice(0, -1) + 'i'; return { pres: s, fut: s }; }
  if (/ay$/.test(stem)) { const s = stem.slice(0, -1) + 'i'; return { pres: s, fut: s }; }
  if (DOUBLING_VERBS.has(inf)) { const s = stem + stem[stem.length - 1]; return { pres: s, fut: s }; }
  const j = lastVowel(stem);
  if (j > 0 && (stem[j] === 'e' || stem[j] === 'é') && ALTERNATING_TAIL.test(stem.slice(j + 1))) {
    const s = stem.slice(0, j) + 'è' + stem.slice(j + 1);
    // préférer keeps é in the futur (préférerai); mener takes è (mènerai)
    return { pres: s, fut: stem[j] === 'e' ? s : stem };
  }
  return { pres: stem, fut: stem };
}

function erParts(inf: string): Parts {
  const stem = inf.slice(0, -2);
  const strong = strongStem(stem, inf);
  const p1 = strong.pres + 'e';
  return { inf, p1, p3: p1, p2: stem + 'ez', imp: stem, fut: strong.fut + 'er', s1: p1, s2: stem + 'iez', pp: stem + 'é', irregular: false };
}

function irParts(inf: string): Parts {
  const stem = inf.slice(0, -2);
  return { inf, p1: stem + 'is', p3: stem + 'it', p2: stem + 'issez', imp: stem + 'iss', fut: inf, s1: stem + 'isse', s2: stem + 'issiez', pp: stem + 'i', irregular: false };
}

function dreParts(inf: string): Parts {
  const stem = inf.slice(0, -2);
  return { inf, p1: stem + 's', p3: stem, p2: stem + 'ez', imp: stem, fut: stem + 'r', s1: stem + 'e', s2: stem + 'iez', pp: stem + 'u', irregular: false };
}

function isDre(inf: string): boolean {
  const f = deaccent(inf);
  if (DRE_VERBS.has(inf)) return true;
  return f.endsWith('dre') && !/(?:indre|prendre|soudre|coudre|moudre)$/.test(f);
}

function partsOf(inf: string): Parts | null {
  const irr = loadIrregular().get(deaccent(inf));
  if (irr) return irr;
  if (inf.endsWith('er')) return erParts(inf);
  if (inf.endsWith('ir')) return irParts(inf);
  if (isDre(inf)) return dreParts(inf);
  return null;
}

/** Imparfait stem with the c → ç / g → ge spelling before a or o (commençais, mangeais). */
function soften(stem: string, inf: string, ending: string): string {
  if (ending[0] !== 'a' && ending[0] !== 'o') return stem;
  if (inf.endsWith('cer') && stem.endsWith('c')) return stem.slice(0, -1) + 'ç';
  if (inf.endsWith('ger') && stem.endsWith('g')) return stem + 'e';
  return stem;
}

/**
 * Conjugate an infinitive. Returns null for a verb the conjugator does not know (an irregular -re
 * verb missing from the models).
 *
 * @example conjugate('mener', 'futur', '3sg') // 'mènera'
 */
export function conjugate(inf: string, tense: Tense, person: Person): string | null {
  const p = partsOf(inf);
  return p ? conjugateParts(p, tense, person) : null;
}

function conjugateParts(p: Parts, tense: Tense, person: Person): string {
  switch (tense) {
    case 'present':
      return person === '1sg' ? p.p1 : person === '3sg' ? p.p3 : p.p2;
    case 'imparfait': {
      const end = person === '2pl' ? 'iez' : person === '3sg' ? 'ait' : 'ais';
      return soften(p.imp, p.inf, end) + end;
    }
    case 'futur':
      return p.fut + (person === '2pl' ? 'ez' : person === '3sg' ? 'a' : 'ai');
    case 'conditionnel':
      return p.fut + (person === '2pl' ? 'iez' : person === '3sg' ? 'ait' : 'ais');
    case 'subjonctif':
      if (person === '2pl') return p.s2;
      if (person === '3sg') return p.s1 === 'sois' ? 'soit' : p.s1 === 'aie' ? 'ait' : p.s1;
      return p.s1;
  }
}

/** Past participle (masculine singular): proposé, transmis, fini, attendu. */
export function participle(inf: string): string | null {
  return partsOf(inf)?.pp ?? null;
}

/** Infinitive of a past participle, any gender / number ("transmise" → transmettre, "orientée" → orienter). */
export function participleLemma(pp: string): string | null {
  let inf = lemmaCache.get(pp);
  if (inf === undefined) {
    // the same words come back in every report: remember a bounded number of answers
    if (lemmaCache.size >= 4096) lemmaCache.clear();
    inf = computeParticipleLemma(pp);
    lemmaCache.set(pp, inf);
  }
  return inf;
}
const lemmaCache = new Map<string, string | null>();

function computeParticipleLemma(pp: string): string | null {
  loadIndex();
  const low = pp.toLowerCase();
  const f = deaccent(low);
  for (const cand of [f, f.replace(/e?s$/, ''), f.replace(/e$/, '')]) {
    const inf = indexPP!.get(cand);
    if (inf) return inf;
  }
  let m = /^(.+)é(?:e|s|es)?$/.exec(low);
  if (m) return erInfFromStem(m[1]);
  m = /^(.+)i(?:e|s|es)?$/.exec(low);
  if (m) return m[1] + 'ir';
  // unaccented writing: "propose", "orientee"
  m = /^(.+[^aeiouy])e(?:e|s|es)?$/.exec(low);
  if (m) return erInfFromStem(m[1]);
  m = /^(.+)u(?:e|s|es)?$/.exec(low);
  if (m && isDre(m[1] + 're')) return m[1] + 're';
  return null;
}

/** Infinitive of an -er verb from its strong stem ("appell" → appeler, "mèn" → mener, "emploi" → employer). */
function erInfFromStem(stem: string): string {
  let s = stem;
  if (/[ou]i$/.test(s) || /ai$/.test(s)) s = s.slice(0, -1) + 'y';
  else if (/(ll|tt)$/.test(s) && DOUBLING_VERBS.has(s.slice(0, -1) + 'er')) s = s.slice(0, -1);
  else {
    const j = s.lastIndexOf('è');
    if (j >= 0 && j === lastVowel(s)) {
      const plain = s.slice(0, j) + 'e' + s.slice(j + 1);
      s = E_GRAVE_STEMS.some((x) => plain.endsWith(x)) ? plain : s.slice(0, j) + 'é' + s.slice(j + 1);
    }
  }
  return s + 'er';
}

/**
 * Possible analyses of a first-person singular form (accents optional): infinitive and tense,
 * most likely first. Irregular verbs come from the models; other forms by their endings.
 */
export function analyze(form: string): Analysis[] {
  const f = form.toLowerCase();
  const hit = loadIndex().get(deaccent(f));
  if (hit) return hit;
  const variant = VARIANT_1SG[deaccent(f)];
  if (variant) return [{ inf: variant[0], tense: variant[1] as Tense }];
  const out: Analysis[] = [];
  let m: RegExpExecArray | null;
  if ((m = /^(.+r)(ais|ai)$/.exec(f)) && f.length > 4) {
    // futur / conditionnel: travaillerai, finirais, attendrais
    const tense: Tense = m[2] === 'ais' ? 'conditionnel' : 'futur';
    const fut = m[1];
    let inf: string | null = null;
    if (fut.endsWith('er')) inf = erInfFromStem(fut.slice(0, -2));
    else if (fut.endsWith('ir')) inf = fut;
    else if (isDre(fut + 'e')) inf = fut + 'e';
    if (inf) out.push({ inf, tense });
    // "je durais", "je tirais": imparfait of an -rer verb
    if (tense === 'conditionnel' && !fut.endsWith('er') && !fut.endsWith('ir')) out.push({ inf: fut + 'er', tense: 'imparfait' });
    if (out.length) return out;
  }
  if ((m = /^(.+)ais$/.exec(f))) {
    const stem = m[1];
    if (stem.endsWith('iss') && !ISSER_VERBS.has(stem + 'er')) out.push({ inf: stem.slice(0, -3) + 'ir', tense: 'imparfait' });
    else if (stem.endsWith('ç')) out.push({ inf: stem.slice(0, -1) + 'cer', tense: 'imparfait' });
    else if (stem.endsWith('ge')) out.push({ inf: stem.slice(0, -1) + 'er', tense: 'imparfait' });
    else if (isDre(stem + 're') && DRE_VERBS.has(stem + 're')) out.push({ inf: stem + 're', tense: 'imparfait' });
    else out.push({ inf: stem + 'er', tense: 'imparfait' });
    return out;
  }
  if ((m = /^(.+)e$/.exec(f))) {
    const stem = m[1];
    if (stem.endsWith('iss') && !ISSER_VERBS.has(stem + 'er')) return [{ inf: stem.slice(0, -3) + 'ir', tense: 'subjonctif' }];
    const inf = erInfFromStem(stem);
    return [{ inf, tense: 'present' }, { inf, tense: 'subjonctif' }];
  }
  if ((m = /^(.+)is$/.exec(f))) return [{ inf: m[1] + 'ir', tense: 'present' }];
  if ((m = /^(.+d)s$/.exec(f))) return [{ inf: m[1] + 're', tense: 'present' }];
  return out;
}

export interface From1sgOptions {
  /** a subjunctive governor precedes ("il faut que je …", "pour que je …") */
  subjunctive?: boolean;
  /** force the infinitive when the form is ambiguous ("suis" → 'suivre') */
  inf?: string;
}

/**
 * Turn a first-person singular form into the same tense at another person, keeping the writer's
 * spelling where the ending alone changes (unaccented input stays unaccented). Null when the
 * form is not recognised as a verb.
 *
 * @example
 *   from1sg('envoie', '2pl') // 'envoyez'
 *   from1sg('connais', '3sg') // 'connaît'
 *   from1sg('suis', '2pl', { inf: 'suivre' }) // 'suivez'
 */
export function from1sg(form: string, person: Person, opts: From1sgOptions = {}): string | null {
  const f = form.toLowerCase();
  let cands = analyze(f);
  if (!cands.length) return null;
  if (opts.inf) {
    const forced = cands.filter((c) => c.inf === opts.inf);
    if (forced.length) cands = forced;
  }
  const wantSubj = !!opts.subjunctive;
  const pick = cands.find((c) => (c.tense === 'subjonctif') === wantSubj) ?? cands[0];
  if (person === '1sg') return f;
  // endings only: the writer's stem (and accents) are kept
  if (pick.tense === 'imparfait' || pick.tense === 'conditionnel') {
    if (!f.endsWith('ais')) return null;
    let stem = f.slice(0, -3);
    if (person === '2pl') {
      if (stem.endsWith('ç')) stem = stem.slice(0, -1) + 'c';
      else if (stem.endsWith('ge') && pick.tense === 'imparfait') stem = stem.slice(0, -1);
      return stem + 'iez';
    }
    return stem + 'ait';
  }
  if (pick.tense === 'futur') {
    if (!f.endsWith('ai')) return null;
    return f.slice(0, -2) + (person === '2pl' ? 'ez' : 'a');
  }
  const parts = pick.model ?? partsOf(pick.inf);
  if (!parts) return null;
  // regular -er present / subjunctive 3sg: the 1sg form itself (paye, paie, envoie…)
  if (person === '3sg' && !parts.irregular && /e$/.test(f) && (pick.tense === 'present' || pick.tense === 'subjonctif')) return f;
  const out = conjugateParts(parts, pick.tense, person);
  // irregular data are accented: follow the writer when they left the accents out ("recois")
  const written = pick.tense === 'subjonctif' ? parts.s1 : parts.p1;
  if (parts.irregular && f === deaccent(f) && written !== deaccent(written)) return deaccent(out);
  return out;
}

/**
 * Is the word an infinitive? -er, -ir, -oir always; -re only for the verbs the conjugator knows
 * ("prendre", "attendre"), since "attire", "livre", "entre" are also forms of -er verbs.
 */
export function isInfinitive(word: string): boolean {
  const f = deaccent(word);
  if (/(?:er|ir|oir)$/.test(f)) return true;
  return f.endsWith('re') && (loadIrregular().has(f) || isDre(f));
}

/** Infinitive of a first-person singular form, most likely reading ("proposais" → proposer). */
export function lemma(form: string): string | null {
  return analyze(form)[0]?.inf ?? null;
}
