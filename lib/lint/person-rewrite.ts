/**
 * Building blocks of the person rules (TAXONOMY.md §5): parse a "je" clause (je [ne] [clitics]
 * verb [participle]), decide who is speaking (the adhérent, case A, or the counsellor, case B),
 * and rebuild the clause in another person while keeping the writer's case, apostrophe and accent
 * habits ("JE SOUHAITE" → "VOUS SOUHAITEZ", "j'ai deja fait" → "vous avez deja fait").
 *
 * All token indices refer to `doc.tokens`; outputs are plain strings for fixes in original offsets.
 *
 * @example
 *   const doc = createDocument('Je me sens prête.');
 *   const c = parseJeClause(doc, 0)!;          // je … sens
 *   rewriteClause(doc, c, { kind: 'vous' });   // 'Vous vous sentez'
 */
import type { Doc } from './document.ts';
import { Kind } from './tokenize.ts';
import { TokenSet } from './token-set.ts';
import { isNumberWord } from './number-words.ts';
import { analyze, deaccent, from1sg, isInfinitive, participle, participleLemma, type Tense } from './conjugate.ts';
import { replaceFix } from './rule.ts';
import type { Fix } from './types.ts';

// ---------------------------------------------------------------------------------------------
// word lists (folded forms, as in doc.tokens[i].t)

const set = (s: string) => new Set(s.split(' '));

/** Object / reflexive clitics that may sit between "je" and its verb. */
const CLITICS = new Set(['me', "m'", 'te', "t'", 'se', "s'", 'le', 'la', "l'", 'les', 'lui', 'leur', 'y', 'en', 'vous', 'nous']);
/** Adverbs between an auxiliary and its participle ("j'ai déjà travaillé", "je n'ai jamais été"). */
const MID_ADVERBS = set('pas plus jamais rien guere point deja bien toujours souvent beaucoup longtemps egalement aussi tout tous vraiment enfin recemment encore parfois meme peu trop assez mal juste surtout notamment finalement rapidement forcement');
/** Finite forms of avoir / être that build compound tenses. */
const AUX_AVOIR = set('ai avais aurai aurais aie eus');
const AUX_ETRE = set('suis etais serai serais sois fus');
/** Words that follow "je" without being a verb. */
const NOT_VERBS = set('soussigne soussignee soussignes me moi meme ne pas');

/** Determiners and training nouns that make "je suis" mean suivre (TAXONOMY §5.4). */
const SUIVRE_DET = set("un une des le la les l' ce cet cette ces mon ma mes son sa ses votre vos plusieurs deux trois quelques actuellement toujours encore aussi egalement regulierement");
const SUIVRE_NOUN = set('etudes soins kine formation formations cours cursus stage stages parcours module modules mooc conseil conseils traitement traitements atelier ateliers accompagnement apprentissage programme cycle session enseignement bilan preparation licence master bts cap bac dut but diplome titre certification alternance ecole therapie reeducation consignes instructions recommandations procedure protocole regime seances seance evolution actualite dossier');

/** Words before "que" that call for the subjunctive ("il faut que je fasse", "pour que je puisse"). */
const SUBJ_GOVERNORS = set('faut fallait faudra faudrait pour afin avant bien sans souhaite souhaitais souhaiterais souhaiterait veut voulait voudrait veux voudrais aimerais aimerait prefere preferais preferes demande demandait exige exigeait important necessaire essentiel indispensable possible impossible preferable normal dommage peur condition attendant moins sorte pourvu suffit craint crains doute doutait urgent utile obligatoire temps peut souhaitable exclu');

// ---------------------------------------------------------------------------------------------
// case, apostrophe, accents

export type CaseStyle = 'upper' | 'title' | 'lower';

/** Case of an original token: "JE" upper, "Je" title, "je" lower. */
export function caseOf(raw: string): CaseStyle {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue; // not a cased letter
    if (ch === up) { upper++; if (letters === 0) firstUpper = true; }
    letters++;
  }
  if (letters > 1 && upper === letters) return 'upper';
  return firstUpper ? 'title' : 'lower';
}

/** Per-sentence facts, computed once per document and sentence. */
interface SentenceFacts { upper?: boolean; noAccents?: boolean; apos?: string; /** accentless words near a token, by token */ near?: Map<number, boolean> }
const factsCache = new WeakMap<Doc, Map<number, SentenceFacts>>();
function facts(doc: Doc, sn: number): SentenceFacts {
  let m = factsCache.get(doc);
  if (!m) { m = new Map(); factsCache.set(doc, m); }
  let f = m.get(sn);
  if (!f) { f = {}; m.set(sn, f); }
  return f;
}

export function applyCase(style: CaseStyle, s: string): string {
  if (style === 'upper') return s.toUpperCase();
  if (style === 'title') return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** Is the sentence of token i written in capitals ("JE SOUHAITE TRAVAILLER…")? */
export function sentenceUpper(doc: Doc, i: number): boolean {
  const f = facts(doc, doc.tokens[i].sn);
  return (f.upper ??= computeSentenceUpper(doc, i));
}

function computeSentenceUpper(doc: Doc, i: number): boolean {
  const [a, b] = doc.sentences[doc.tokens[i].sn] ?? [0, doc.tokens.length];
  let words = 0, upper = 0;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k];
    if (t.k !== Kind.Word || t.e - t.s < 2) continue;
    words++;
    if (doc.isUpper(k)) upper++;
  }
  return words >= 2 && upper / words >= 0.8;
}

/** The apostrophe the writer uses (’ or '), read in the original text around token i. */
export function apostropheAround(doc: Doc, i: number): string {
  const f = facts(doc, doc.tokens[i].sn);
  return (f.apos ??= computeApostrophe(doc, i));
}

function computeApostrophe(doc: Doc, i: number): string {
  const [a, b] = doc.sentences[doc.tokens[i].sn] ?? [0, doc.tokens.length];
  const [s, e] = doc.tokRange(a, b);
  const piece = doc.text.slice(s, e);
  if (piece.includes('’')) return '’';
  if (piece.includes("'")) return "'";
  // the whole report decides, read once per document (per sentence, a long report was quadratic)
  let d = docApostrophe.get(doc);
  if (d === undefined) {
    d = doc.text.includes('’') && !doc.text.includes("'") ? '’' : "'";
    docApostrophe.set(doc, d);
  }
  return d;
}
const docApostrophe = new WeakMap<Doc, string>();

/**
 * The apostrophe of the clause itself when it has one ("J’ai… mais je n'ai jamais…" mixes both: each
 * rewritten clause keeps its own), else the sentence's or the report's.
 */
function clauseApostrophe(doc: Doc, c: JeClause): string {
  const [s, e] = doc.tokRange(c.start, Math.max(c.verb, c.pp) + 1);
  const piece = doc.text.slice(s, e);
  if (piece.includes('’')) return piece.includes("'") ? apostropheAround(doc, c.je) : '’';
  if (piece.includes("'")) return "'";
  return apostropheAround(doc, c.je);
}

const ACCENTED = /[À-ÖØ-öø-ÿŒœ]/;
const NOT_ACCENTED_E = set('email emails emoji emojis ebay ego eden emeraude');
const ACCENTLESS_WORDS = set('deja tres apres ete etre etait etais meme voila pere mere frere premiere derniere numero age agee fevrier aout noel vehicule vehicules metier metiers experience experiences interim interimaire securite periode periodes reponse reponses telephone region college lycee cafe cheque pret prete fenetre hopital medecin medical medicale general generale specialise diplome diplomee cote role theorie pratiquee deces preavis recu recue ca interesse interesses');
/** Words after "ai" / "a" that are not an unaccented participle ("j'ai envie", "il a trente ans", "j'ai juste besoin", "j'ai encore"). */
const NOT_PARTICIPLE_AFTER_AVOIR = set('envie honte peine tendance confiance conscience trente quarante cinquante soixante onze douze treize quatorze quinze seize quelque cette notre votre autre meme toute comme presque une mere pere femme fille personne chance faim juste encore ensuite quatre grande grosse bonne mauvaise forte certaine simple double triple longue seule');
const AVOIR_FORMS = set("ai a as avons avez ont avais avait avaient aurai aura");
/** Participles of verbs conjugated with être, written without their accent ("je suis alle", "je me suis presente"). */
const ETRE_FORMS = set('suis es est sommes etes sont etais etait');
const ETRE_PARTICIPLES = set('alle allee alles allees arrive arrivee arrives reste restee restes rentre rentree retourne retournee passe passee tombe tombee monte montee presente presentee renseigne renseignee ne nee decede decedee');

/**
 * Does the writer leave accents out in the sentence of token i? Only when the sentence has no
 * accented letter at all and a word that normally carries one ("deja", "journee", "eligibilite",
 * "etude") stands near token i: then a generated "êtes" is written "etes". An unpunctuated voice
 * memo runs several clauses into one sentence, and an accentless noun three clauses away (« … j'attends
 * la reponse de la region ») says little about the clause being rewritten; « a » for « à » says nothing.
 */
export function writesWithoutAccents(doc: Doc, i: number): boolean {
  const f = facts(doc, doc.tokens[i].sn);
  if (!(f.noAccents ??= sentenceWithoutAccents(doc, i))) return false;
  if (sentenceUpper(doc, i)) return true;
  // asked again for each fix of the same pronoun (and each « nous »): read the window once
  const near = (f.near ??= new Map());
  let r = near.get(i);
  if (r === undefined) { r = accentlessNear(doc, i); near.set(i, r); }
  return r;
}

/** The sentence of token i holds no accented letter. */
function sentenceWithoutAccents(doc: Doc, i: number): boolean {
  const [a, b] = doc.sentences[doc.tokens[i].sn] ?? [0, doc.tokens.length];
  const [s, e] = doc.tokRange(a, b);
  return !ACCENTED.test(doc.text.slice(s, e));
}

/** Tokens before and after the rewritten pronoun where an accentless word counts. */
const ACCENT_WINDOW_BEFORE = 10;
const ACCENT_WINDOW_AFTER = 10;

const UNACCENTED_PARTICIPLE = /[^aeiou]e(?:e|es|s)?$/;
const UNACCENTED_E_START = /^e[bcdfghjlmnpqrstvz][aeiouy]/;
const UNACCENTED_ENDING = /(?:ee|ees|ere|eres|eme|emes)$/;
const UNACCENTED_ITE = /[^aeiouy](?:ite|ites)$/;
const NOT_ACCENTED_ITE = /(?:crites?|licites?|favorites?|parasites?|satellites?|termites?|dynamites?|marguerites?)$/;

function accentlessNear(doc: Doc, i: number): boolean {
  const [a0, b0] = doc.sentences[doc.tokens[i].sn] ?? [0, doc.tokens.length];
  const a = Math.max(a0, i - ACCENT_WINDOW_BEFORE);
  const b = Math.min(b0, i + ACCENT_WINDOW_AFTER + 1);
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k];
    // proper nouns often go without their accent on the capital ("Elodie", "Eric")
    if (t.k !== Kind.Word || doc.isCapitalized(k)) continue;
    const w = t.t;
    if (ACCENTLESS_WORDS.has(w)) return true;
    // a participle after avoir written without its accent: "j'ai envoye", "il a travaille"
    if (w.length >= 5 && UNACCENTED_PARTICIPLE.test(w) && AVOIR_FORMS.has(doc.tokens[k - 1]?.t ?? '') && !NOT_PARTICIPLE_AFTER_AVOIR.has(w)) return true;
    if (ETRE_PARTICIPLES.has(w) && ETRE_FORMS.has(doc.tokens[k - 1]?.t ?? '')) return true;
    if (w.length >= 4 && UNACCENTED_E_START.test(w) && !NOT_ACCENTED_E.has(w)) return true;
    if (w.length >= 5 && UNACCENTED_ENDING.test(w)) return true;
    // "activite", "disponibilite" (not the participles and adjectives in -crite, -licite: "inscrite", "explicite")
    if (w.length >= 8 && UNACCENTED_ITE.test(w) && !NOT_ACCENTED_ITE.test(w)) return true;
  }
  return false;
}

const VOWEL_START = /^[aeiouyhàâäéèêëîïôöûùüœæ]/i;
export function startsWithVowel(w: string): boolean {
  return VOWEL_START.test(w);
}

// ---------------------------------------------------------------------------------------------
// the "je" clause

export interface JeClause {
  /** token of je / j' (or of an emphatic "moi" before it) */
  start: number;
  je: number;
  /** ne / n', or -1 */
  neg: number;
  clitics: number[];
  /** the finite verb */
  verb: number;
  /** participle after an auxiliary, or -1 */
  pp: number;
  /** the finite verb as written, lower case */
  form: string;
  tense: Tense | null;
  /** infinitive of the finite verb */
  inf: string | null;
  /** verb that carries the meaning: the participle's after an auxiliary, the infinitive after a modal */
  meaning: string | null;
  subjunctive: boolean;
  /** "je suis" read as suivre */
  suivre: boolean;
  /** clitic me / m' in the chain (pronominal verb) */
  reflexive: boolean;
}

const MODALS = set('devoir aller pouvoir vouloir compter penser prevoir souhaiter aimer esperer envisager');

function wordAt(doc: Doc, k: number, sn: number): boolean {
  const t = doc.tokens[k];
  return !!t && t.sn === sn && t.k === Kind.Word && !t.quoted;
}

/** Is there a subjunctive governor before "que je"? */
export function subjunctiveBefore(doc: Doc, je: number): boolean {
  const toks = doc.tokens;
  const q = toks[je - 1];
  if (q && q.t === 'quoique') return true;
  if (!q || q.t !== 'que') return false;
  for (let k = je - 2; k >= Math.max(0, je - 4); k--) {
    const t = toks[k].t;
    if (t === 'ce') return k > 0 && (toks[k - 1].t === 'a' || toks[k - 1].t === "jusqu'");
    if (SUBJ_GOVERNORS.has(t)) return true;
    if (toks[k].k === Kind.Punct) return false;
  }
  return false;
}

/** "je suis une formation" → suivre; "je suis inscrite", "je suis en formation" → être. */
function suivreAfter(doc: Doc, verb: number): boolean {
  const toks = doc.tokens;
  const sn = toks[verb].sn;
  let k = verb + 1;
  let steps = 0;
  while (wordAt(doc, k, sn) && SUIVRE_DET.has(toks[k].t) && steps < 3) { k++; steps++; }
  if (steps === 0) return false;
  // skip one adjective ("une courte formation", "des cours du soir")
  for (let n = 0; n < 2 && wordAt(doc, k, sn); n++, k++) if (SUIVRE_NOUN.has(toks[k].t)) return true;
  return false;
}

/**
 * Parse the clause of the subject "je" at token i: je [ne|n'] [clitics] verb [adverbs participle].
 * Null when no verb follows (inversion "puis-je", "je soussigné", end of sentence).
 */
export function parseJeClause(doc: Doc, i: number): JeClause | null {
  const je = doc.tokens[i];
  if (!je || (je.t !== 'je' && je.t !== "j'" && je.t !== 'j')) return null;
  return parseClauseAfter(doc, i);
}

/**
 * The clause of a relative "qui" whose antecedent is "moi" ("c'est moi qui gère les plannings"):
 * its verb is in the first person singular. `start` and `je` are the "qui".
 */
export function parseMoiQuiClause(doc: Doc, moi: number): JeClause | null {
  const toks = doc.tokens;
  const qui = toks[moi + 1];
  if (!toks[moi] || toks[moi].t !== 'moi' || !qui || qui.t !== 'qui' || qui.sn !== toks[moi].sn) return null;
  return parseClauseAfter(doc, moi + 1);
}

function parseClauseAfter(doc: Doc, i: number): JeClause | null {
  const toks = doc.tokens;
  const je = toks[i];
  const sn = je.sn;
  const next = toks[i + 1];
  if (je.hyphen || (next && next.hyphen)) return null;
  let k = i + 1;
  let neg = -1;
  if (wordAt(doc, k, sn) && (toks[k].t === 'ne' || toks[k].t === "n'")) { neg = k; k++; }
  const clitics: number[] = [];
  // after "je", "le" / "la" / "les" can only be pronouns ("je la trouve", "je les ai envoyés")
  while (clitics.length < 3 && wordAt(doc, k, sn) && CLITICS.has(toks[k].t) && wordAt(doc, k + 1, sn)) {
    clitics.push(k);
    k++;
  }
  if (!wordAt(doc, k, sn) || toks[k].hyphen || NOT_VERBS.has(toks[k].t)) return null;
  const verb = k;
  const form = doc.raw(verb).toLowerCase();
  const cands = analyze(form);
  if (!cands.length) return null;
  const subjunctive = subjunctiveBefore(doc, i);
  let suivre = false;
  if (toks[verb].t === 'suis') suivre = suivreAfter(doc, verb);
  const pickInf = suivre ? 'suivre' : undefined;
  const chosen = cands.find((c) => (pickInf ? c.inf === pickInf : true) && (c.tense === 'subjonctif') === subjunctive)
    ?? cands.find((c) => (pickInf ? c.inf === pickInf : true)) ?? cands[0];
  // compound tense: auxiliary + participle
  let pp = -1;
  const vt = toks[verb].t;
  if (!suivre && (AUX_AVOIR.has(vt) || AUX_ETRE.has(vt))) {
    let p = verb + 1;
    let steps = 0;
    while (wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t) && steps < 3) { p++; steps++; }
    if (wordAt(doc, p, sn) && participleLemma(toks[p].t) && !/^(?:un|une|des|le|la|les|du|de|ce|cette|mon|ma|mes|son|sa|ses)$/.test(toks[p].t)) pp = p;
  }
  let meaning: string | null = chosen.inf;
  if (pp >= 0) meaning = participleLemma(doc.raw(pp).toLowerCase());
  else if (chosen.inf && MODALS.has(deaccent(chosen.inf))) {
    // modal + infinitive: "je dois vérifier", "je vais contacter", "je souhaite me former"
    let p = verb + 1;
    let steps = 0;
    while (wordAt(doc, p, sn) && (MID_ADVERBS.has(toks[p].t) || CLITICS.has(toks[p].t) || toks[p].t === 'de' || toks[p].t === "d'") && steps < 4) { p++; steps++; }
    if (wordAt(doc, p, sn) && isInfinitive(toks[p].t)) meaning = doc.raw(p).toLowerCase();
  }
  const reflexive = clitics.some((c) => toks[c].t === 'me' || toks[c].t === "m'");
  return { start: i, je: i, neg, clitics, verb, pp, form, tense: chosen.tense, inf: chosen.inf, meaning, subjunctive, suivre, reflexive };
}

// ---------------------------------------------------------------------------------------------
// rewriting a clause

export type Target =
  /**
   * "vous"; `subject` replaces the subject word ("qui" in "moi qui gère" → "vous qui gérez");
   * `emphatic` keeps a stressed "moi" opening the clause as "vous," ("Moi, je préfère" → "Vous,
   * vous préférez"; "Moi je veux" → "Vous, vous voulez")
   */
  | { kind: 'vous'; subject?: string; emphatic?: boolean }
  /** third person with a noun subject ("l'adhérente", "l'accompagnateur·rice", "votre conseiller·ère") */
  | { kind: 'third'; subject: string };

interface Word { text: string; style: CaseStyle; base: string; generated: boolean }

/**
 * Rewrite tokens [c.start, c.verb] of a je clause for the target person. The participle of a
 * compound tense is kept as written (vous de politesse keeps singular agreement, TAXONOMY §5.6).
 */
export function rewriteClause(doc: Doc, c: JeClause, target: Target): string | null {
  const toks = doc.tokens;
  const person = target.kind === 'vous' ? '2pl' : '3sg';
  const verbOut = from1sg(c.form, person, { subjunctive: c.subjunctive, inf: c.suivre ? 'suivre' : c.inf ?? undefined });
  if (!verbOut) return null;
  const upper = sentenceUpper(doc, c.je) || (doc.isUpper(c.verb) && (doc.isUpper(c.je) || doc.raw(c.je).length <= 2));
  // a lone capitalised word in a lower-case sentence ("JE veux") is emphasis, not a style to copy
  const styleOf = (k: number): CaseStyle => {
    if (upper) return 'upper';
    const style = caseOf(doc.raw(k));
    return style !== 'upper' ? style : toks[k].first ? 'title' : 'lower';
  };
  const noAccents = writesWithoutAccents(doc, c.je);
  const apos = clauseApostrophe(doc, c);
  const words: Word[] = [];
  const emphatic = target.kind === 'vous' && target.emphatic === true && c.start < c.je && toks[c.start].t === 'moi';
  // the stressed pronoun keeps the case of "Moi"; the subject then takes the case of "je"
  if (emphatic) words.push({ text: 'vous,', style: styleOf(c.start), base: 'emphatic', generated: true });
  words.push({ text: target.subject ?? 'vous', style: styleOf(emphatic ? c.je : c.start), base: 'subject', generated: true });
  if (c.neg >= 0) words.push({ text: 'ne', style: styleOf(c.neg), base: 'ne', generated: false });
  for (const k of c.clitics) {
    const t = toks[k].t;
    if (t === 'me' || t === "m'") words.push({ text: person === '2pl' ? 'vous' : 'se', style: styleOf(k), base: person === '2pl' ? 'vous' : 'se', generated: true });
    else words.push({ text: t, style: styleOf(k), base: t, generated: false });
  }
  words.push({ text: verbOut, style: styleOf(c.verb), base: 'verb', generated: true });
  // elision against the new next word
  for (let w = words.length - 2; w >= 0; w--) {
    const cur = words[w];
    const vowel = startsWithVowel(words[w + 1].text);
    if (cur.base === 'ne' || cur.base === "n'") cur.text = vowel ? "n'" : 'ne';
    else if (cur.base === 'se') cur.text = vowel ? "s'" : 'se';
    else if (cur.base === 'le' || cur.base === 'la') cur.text = vowel ? "l'" : cur.base;
    else if (cur.base === "l'" && !vowel) cur.text = 'le';
  }
  let out = '';
  for (const w of words) {
    let text = w.text;
    if (noAccents && w.generated) text = deaccentKeepCase(text);
    text = applyCase(w.style, text).replace(/'/g, apos);
    out += text;
    if (!text.endsWith(apos)) out += ' ';
  }
  return out.trimEnd();
}

/**
 * Subject inversion in a question: "Puis-je venir avec ma fille ?" → "Pouvez-vous", "Dois-je" →
 * "Devez-vous", "Ai-je" → "Avez-vous". `je` is the hyphenated "je"; returns the verb token and
 * the replacement of "verb-je", or null.
 */
export function rewriteInverted(doc: Doc, je: number): { verb: number; text: string } | null {
  const toks = doc.tokens;
  const j = toks[je];
  const v = toks[je - 1];
  if (!j || j.t !== 'je' || !j.hyphen || !v || v.k !== Kind.Word || v.sn !== j.sn) return null;
  const out = from1sg(doc.raw(v.i).toLowerCase(), '2pl');
  if (!out) return null;
  const upper = sentenceUpper(doc, je) || (doc.isUpper(v.i) && doc.isUpper(je));
  const style: CaseStyle = upper ? 'upper' : caseOf(doc.raw(v.i)) === 'lower' ? 'lower' : 'title';
  const text = writesWithoutAccents(doc, je) ? deaccentKeepCase(out) : out;
  return { verb: v.i, text: applyCase(style, `${text}-vous`) };
}

function deaccentKeepCase(s: string): string {
  // "conseiller·ère" keeps its middle dot; only letters lose their accents
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Verbs whose counsellor clause can become an impersonal passive ("Il lui a été proposé de…"). */
const PASSIVE_VERBS = set('proposer conseiller recommander suggerer rappeler expliquer indiquer preciser signaler demander preconiser deconseiller dire repondre confirmer annoncer prescrire notifier communiquer accorder interdire transmettre envoyer remettre fournir donner presenter imposer permettre');
const PASSIVE_NEXT = set("de d' que qu' un une des plusieurs a au aux deux trois");
const PASSIVE_CLITICS = set('lui leur vous y en');
const ETRE_OF_TENSE: Record<Tense, string> = { present: 'est', imparfait: 'était', futur: 'sera', conditionnel: 'serait', subjonctif: 'soit' };
const AVOIR_OF_TENSE: Record<Tense, string> = { present: 'a', imparfait: 'avait', futur: 'aura', conditionnel: 'aurait', subjonctif: 'ait' };

/**
 * Case B with a verb of proposing or advising: "Je lui ai proposé une PMSMP" → "Il lui a été
 * proposé une PMSMP"; "J'ai conseillé à l'adhérente de…" → "Il a été conseillé à l'adhérente de…".
 * Returns the text and the last token it replaces, or null.
 */
export function passiveRewrite(doc: Doc, c: JeClause): { text: string; end: number } | null {
  const toks = doc.tokens;
  if (c.neg >= 0 || !c.meaning || !c.tense) return null;
  if (!PASSIVE_VERBS.has(deaccent(c.meaning))) return null;
  if (c.clitics.some((k) => !PASSIVE_CLITICS.has(toks[k].t))) return null;
  const compound = c.pp >= 0;
  if (compound && !AUX_AVOIR.has(toks[c.verb].t)) return null;
  if (!compound && c.meaning !== c.inf) return null; // modal + infinitive: not this
  const last = compound ? c.pp : c.verb;
  const after = toks[last + 1];
  if (!after || after.sn !== toks[last].sn || !(PASSIVE_NEXT.has(after.t) || after.k === Kind.Number)) return null;
  const upper = sentenceUpper(doc, c.je);
  const startStyle = caseOf(doc.raw(c.start));
  const style: CaseStyle = upper ? 'upper' : startStyle !== 'upper' ? startStyle : toks[c.start].first ? 'title' : 'lower';
  const noAccents = writesWithoutAccents(doc, c.je);
  const parts: string[] = [applyCase(style, 'il')];
  for (const k of c.clitics) parts.push(upper ? toks[k].t.toUpperCase() : toks[k].t);
  let pp: string;
  if (compound) {
    // the participle of the passive is invariable here: keep the writer's word
    pp = doc.raw(c.pp);
  } else {
    const p = participle(c.meaning);
    if (!p) return null;
    pp = noAccents ? deaccentKeepCase(p) : p;
    if (upper) pp = pp.toUpperCase();
  }
  let aux = compound ? `${AVOIR_OF_TENSE[c.tense]} été` : ETRE_OF_TENSE[c.tense];
  if (noAccents) aux = deaccentKeepCase(aux);
  if (upper) aux = aux.toUpperCase();
  parts.push(aux, pp);
  const apos = apostropheAround(doc, c.je);
  return { text: parts.join(' ').replace(/'/g, apos), end: last };
}

// ---------------------------------------------------------------------------------------------
// who speaks: the adhérent (A) or the counsellor (B)

/** Verbs of the counsellor's own acts (TAXONOMY §5.3 case B). */
const COUNSEL_VERBS = set('proposer conseiller orienter reorienter transmettre relancer rappeler verifier noter saisir photocopier scanner numeriser contacter recontacter consacrer recommander constater observer valider preconiser prescrire accompagner rencontrer telephoner solliciter signaler adresser remettre programmer planifier mobiliser positionner evaluer relire recadrer feliciter encourager rassurer sensibiliser convoquer consulter cloturer archiver repondre faxer imprimer');
/** Verbs of the person's own wishes, experience and status (case A). */
const OWN_VERBS = set('souhaiter vouloir desirer aimer adorer detester preferer envisager esperer chercher rechercher postuler candidater travailler exercer occuper habiter vivre resider connaitre savoir maitriser parler pouvoir etre sentir engager former reconvertir obtenir suivre faire quitter demissionner perdre creer reussir echouer etudier apprendre terminer commencer manquer naitre grandir demenager garder elever conduire pratiquer rever hesiter regretter craindre');
/** With an object clitic (je l'ai trouvé, je la trouve), verbs that act on a person. */
const ON_PERSON_VERBS = set('trouver voir revoir recevoir orienter accompagner inscrire rencontrer relancer appeler rappeler contacter reprendre recadrer encourager feliciter informer prevenir convoquer juger sentir sensibiliser aider rassurer conseiller interroger questionner laisser positionner mobiliser joindre solliciter croire');
/** Verbs of motion conjugated with être (je suis allé, je suis venue, je suis reparti). */
const MOTION_VERBS = set('aller venir revenir partir repartir passer repasser retourner rentrer arriver sortir ressortir monter remonter descendre redescendre tomber');
/** Reflexive verbs that the counsellor uses of themself ("je me permets", "je me suis rendue"). */
const COUNSEL_REFLEXIVE = set('permettre rendre entretenir charger');

const THIRD_PERSON_NOUNS = set('adherent adherente adherents beneficiaire beneficiaires monsieur madame mme mmes mlle mr');
/** Nouns that name the person only after a determiner ("l'intéressée" but "je suis intéressée"). */
const DETERMINED_PERSON_NOUNS = set('interesse interessee candidat candidate stagiaire accompagne accompagnee');
const PERSON_DETERMINERS = set("l' le la les un une ce cet cette du au aux notre nos");
/**
 * Verbs whose object is an employee, a trainee or a patient, or the one who likes or fears
 * something: when someone or something does them to "me" ("il m'a embauché", "elle m'a formée",
 * "on m'a licenciée", "l'annonce m'intéresse"), "me" is the person, not the writer.
 */
const PERSON_EVENT_VERBS = set('interesser plaire convenir correspondre motiver attirer tenter passionner ennuyer fatiguer stresser angoisser rassurer embaucher recruter licencier virer renvoyer former radier muter titulariser engager promouvoir sanctionner declarer hospitaliser operer soigner diagnostiquer payer augmenter retenir selectionner employer salarier exclure suspendre convoquer arreter reclasser rembourser indemniser');
/** Verbs only the person does for themself: a counsellor does not apply or resign in a report. */
const STRONG_OWN_VERBS = set('postuler candidater demissionner naitre grandir reconvertir');
/** Nouns after mon / ma / mes that are a stance, not an object ("je donne mon avis"). */
const OPINION_AFTER_POSSESSIVE = set('avis accord feu sens point');
/** Nouns that, after mon / ma / mes, belong to the counsellor ("mon impression", "mon appel"). */
const COUNSEL_NOUNS = set('impression avis ressenti sentiment analyse appel relance permanence agenda portefeuille binome hierarchie observation');
/** Counselling jargon in the sentence ("prescription", "préconisation"). */
const COUNSEL_WORDS = set('prescription preconisation preconisations positionnement nb');
/** What the counsellor offers to answer at the end of a note (« pour toute question », « pour tout complément »). */
const OFFER_NOUNS = set('question complement renseignement information precision demande echange');
/** Nouns that, after mon / ma / mes, belong to the person ("mon CV", "mes horaires"). */
const OWN_NOUNS = set('inscription inscriptions reinscription garcon garcons filles bebe jumeaux scooter moto velo appartement maison cv attestation attestations certificat certificats bulletin bulletins planning code caces fimo bafa titre carte banque preavis mission missions tuteur tutrice soeur frere cousin cousine tante oncle parents petits grand neveu niece copain copine ami amie fiance fiancee voisin voisine ecole etudes services permis projet experience experiences parcours formation poste emploi metier contrat employeur entreprise licenciement diplome competences horaires disponibilites candidature candidatures compte voiture vehicule fille fils enfant enfants mari femme conjoint conjointe compagnon compagne mere pere famille sante salaire loyer logement domicile ancien ancienne dernier derniere premier premiere stage patron patronne chef cheffe manager responsable objectif souhait envie motivation dossier situation niveau anglais reconversion');
const IMPERSONAL_AFTER_IL = set("faut fallait faudra faudrait y semble semblait reste restait manque suffit vaut parait arrive agit s'");
const IMPERSONAL_ADJ = set('important necessaire possible impossible preferable utile indispensable essentiel difficile facile temps question prevu convenu decide entendu probable certain evident clair normal dommage interessant conseille recommande rappele propose demande envisage souhaitable urgent');

/** Is "il" at k impersonal ("il faut", "il y a", "il est important de", "il me semble")? */
function impersonalIl(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const n1 = toks[k + 1]?.t ?? '';
  const n2 = toks[k + 2]?.t ?? '';
  if (IMPERSONAL_AFTER_IL.has(n1)) return true;
  if ((n1 === 'me' || n1 === "m'" || n1 === 'lui' || n1 === 'vous' || n1 === 'ne' || n1 === "n'") && IMPERSONAL_AFTER_IL.has(n2)) return true;
  if ((n1 === 'est' || n1 === 'etait' || n1 === 'sera' || n1 === 'serait' || n1 === 'a') && IMPERSONAL_ADJ.has(n2 === 'ete' ? toks[k + 3]?.t ?? '' : n2)) return true;
  return false;
}

export type Speaker = 'adherent' | 'conseiller';

/**
 * Who says "je" in the sentence [a, b)? Scores the counsellor's marks (a third-person reference
 * to the person, "lui", "vous", counselling verbs, an object clitic on a verb that acts on a
 * person) against the person's own (wish / status verbs, pronominal verbs, "mon CV"). Ties go to
 * the person: a transcribed statement is the common case of a first person in these reports.
 */
export function speakerOf(doc: Doc, a: number, b: number, clauses: readonly JeClause[], skip: [number, number] | null = null): Speaker {
  const toks = doc.tokens;
  let conseiller = 0;
  let adherent = 0;
  const inScope = (k: number) => !toks[k].quoted && toks[k].k === Kind.Word && !toks[k].hyphen && !(skip && k >= skip[0] && k < skip[1]);
  // first-person possessives first: "mon CV", "ma sœur" are the person's whatever their place in
  // the sentence ("je lui ai envoyé mon CV": lui is the employer, not the person)
  // (a possessive on another noun, "ma collègue", only weakens the pronouns after it)
  let ownPossessive = false;
  let weakPossessive = b;
  for (let k = a; k < b; k++) {
    if (!inScope(k)) continue;
    const t = toks[k].t;
    if (t !== 'mon' && t !== 'ma' && t !== 'mes') continue;
    const n = toks[k + 1]?.t ?? '';
    if (COUNSEL_NOUNS.has(n)) conseiller += 3;
    else if (OWN_NOUNS.has(n)) { adherent += 3; ownPossessive = true; }
    else { adherent += 1; weakPossessive = Math.min(weakPossessive, k); }
  }
  // the verbs of the je clauses: a wish or an experience makes a later "il" / "elle" more
  // likely to be a thing or a relative ("je cherche une formation mais elle doit être financée")
  let ownVerb = false;
  for (const c of clauses) {
    let meaning = c.meaning ? deaccent(c.meaning) : '';
    const objectClitic = c.clitics.some((k) => ['le', 'la', "l'", 'les'].includes(toks[k].t));
    const personClitic = c.clitics.some((k) => ['lui', 'leur', 'vous'].includes(toks[k].t));
    // "je vous ai proposé", "je vous rappellerai": the counsellor addresses the person
    if (c.clitics.some((k) => toks[k].t === 'vous')) conseiller += 2;
    // "je sais qu'il…", "j'ai appris qu'elle…": a report on someone, not the person's own wish
    let last = c.pp >= 0 ? c.pp : c.verb;
    // "j'ai pris contact avec l'employeur", "je reprends contact avec trois agences": « contacter » said in two words,
    // its object after « avec »
    if ((meaning === 'prendre' || meaning === 'reprendre') && toks[last + 1]?.t === 'contact' && toks[last + 2]?.t === 'avec') {
      meaning = 'contacter';
      last += 2;
    }
    const reportsOn = toks[last + 1]?.t === 'que' || toks[last + 1]?.t === "qu'";
    // "j'envoie mes candidatures", "je propose mes services": the object is the writer's own
    const ownObject = !personClitic && !objectClitic && possessiveObject(doc, last);
    if (STRONG_OWN_VERBS.has(meaning)) { adherent += 3; ownVerb = true; }
    else if (COUNSEL_VERBS.has(meaning) && (ownObject || jobSearchObject(doc, last) || trainingObject(doc, last))) { adherent += 2; ownVerb = true; }
    // "j'ai accompagné des familles pendant douze ans", "j'encadrais des jeunes": the person's past job, done to a
    // group of others — the counsellor's acts are about this one person (je l'ai accompagnée, je lui ai proposé)
    else if (COUNSEL_VERBS.has(meaning) && !objectClitic && !personClitic && clienteleObject(doc, last)) { adherent += 2; ownVerb = true; }
    // "je voudrais transmettre mon savoir", "j'aimerais accompagner des jeunes": a wish to do the job, not an act on the person
    else if (COUNSEL_VERBS.has(meaning) && !objectClitic && !personClitic && c.pp < 0 && c.inf && WISH_MODALS.has(deaccent(c.inf)) && wishedJob(doc, c.verb)) { adherent += 2; ownVerb = true; }
    // "j'y ai rencontré deux agences", "j'ai contacté plusieurs recruteurs": a count of employers met or canvassed is the
    // person's own job search — the counsellor's acts name this person (« pour lui ») or one employer (« j'ai relancé l'employeur »)
    else if (PROSPECT_VERBS.has(meaning) && !objectClitic && !personClitic && marketObject(doc, last)) adherent += 1;
    else if (COUNSEL_VERBS.has(meaning)) conseiller += 3;
    // "je l'ai reçue" after "mon attestation": the clitic is more likely the thing than a person
    // "je dépose les petits… et je les reprends": the clitic stands for the person's relatives or things named before it
    else if (objectClitic && ON_PERSON_VERBS.has(meaning) && ownNounBefore(doc, a, c.je)) adherent += 1;
    else if (objectClitic && ON_PERSON_VERBS.has(meaning)) conseiller += ownPossessive || weakPossessive < c.je ? 1 : 3;
    else if (c.reflexive && COUNSEL_REFLEXIVE.has(meaning)) conseiller += 2;
    else if (c.reflexive) { adherent += 2; ownVerb = true; }
    // "j'ai deux enfants", "j'ai le permis B": what the writer has is the person's
    else if (c.pp < 0 && meaning === 'avoir' && ownNounObject(doc, c.verb)) { adherent += 2; ownVerb = true; }
    else if (!reportsOn && (OWN_VERBS.has(meaning) || (c.inf && OWN_VERBS.has(deaccent(c.inf)) && c.pp < 0))) { adherent += 2; ownVerb = true; }
    // "je suis allé voir le patron", "je suis passée à l'agence", "je suis revenu chez mes parents": one's own comings and goings
    // in the passé composé (a counsellor's visit reads « je me suis rendue », or names the person: « chez Mme X », « avec lui »)
    else if (c.pp >= 0 && !c.reflexive && c.inf && deaccent(c.inf) === 'etre' && MOTION_VERBS.has(meaning)) { adherent += 1; ownVerb = true; }
  }
  // someone hired, trained or dismissed "me": the writer is the person ("il m'a embauchée")
  const inClause = new Set<number>();
  for (const c of clauses) for (const x of c.clitics) inClause.add(x);
  for (let k = a; k < b; k++) {
    const t = toks[k].t;
    if ((t !== 'me' && t !== "m'") || inClause.has(k) || !inScope(k)) continue;
    const v = governedVerb(doc, k);
    if (v && PERSON_EVENT_VERBS.has(deaccent(v))) adherent += 4;
  }
  // dictated notes slip from reported speech into the person's own words without punctuation
  // ("il dit qu'il viendrait pas jeudi j'ai un entretien"): the "il" or "elle" of the report is that
  // speaker, not someone the writer talks about
  const firstClause = clauses.reduce((m, c) => Math.min(m, c.start), b);
  const relayed = relayedSpeech(doc, a, firstClause);
  if (relayed) adherent += 2;
  for (let k = a; k < b; k++) {
    // quotations, reported speech and "rendez-vous" say nothing of the writer
    if (!inScope(k)) continue;
    if (relayed && k < firstClause) continue;
    const t = toks[k].t;
    const pronoun = ownPossessive || k > weakPossessive ? 1 : ownVerb ? 2 : 3;
    if (t === 'il' || t === 'ils' || t === 'elle' || t === 'elles') {
      if (t === 'il' && impersonalIl(doc, k)) continue;
      // "j'ai visité l'entreprise, elle est…": a noun just before is the likelier antecedent
      conseiller += antecedentBefore(doc, a, k) ? 1 : pronoun;
    }
    // "chez moi" is the writer's home, "un poste pour moi", "le camion est à moi": the person's
    // (not "Pour moi, …", an opinion)
    else if (t === 'moi' && toks[k - 1]?.t === 'chez') adherent += 3;
    else if (t === 'moi' && (toks[k - 1]?.t === 'pour' || toks[k - 1]?.t === 'a') && !toks[k - 1].first && toks[k + 1]?.t !== ',') adherent += 2; else if (t === 'lui') conseiller += pronoun;
    // "quand vous voulez", "si vous voulez", "comme vous voudrez": the person answering the counsellor
    else if (t === 'vous' && /^(voulez|voudrez|voudriez|souhaitez)$/.test(toks[k + 1]?.t ?? '') && /^(quand|si|comme|ou)$/.test(toks[k - 1]?.t ?? '')) adherent += 1;
    else if (t === 'vous' || t === 'votre' || t === 'vos') conseiller += 2;
    // "dicté par l'adhérent, je suis…": the text says whose words follow
    else if (THIRD_PERSON_NOUNS.has(t) && dictatedBy(doc, k)) adherent += 4;
    else if (THIRD_PERSON_NOUNS.has(t) || (t === 'm' && toks[k + 1]?.t === '.')) conseiller += 3;
    // "l'intéressé", "la candidate" name the person; "je suis intéressée", "je suis candidate" do not
    else if (DETERMINED_PERSON_NOUNS.has(t) && PERSON_DETERMINERS.has(toks[k - 1]?.t ?? '')) conseiller += 3;
    else if (t === 'son' || t === 'sa' || t === 'ses') conseiller += 2;
    else if (COUNSEL_WORDS.has(t)) conseiller += 2;
    // "je reste disponible pour toute question", "je reste à disposition pour tout complément": the service's closing offer
    else if ((t === 'tout' || t === 'toute') && toks[k - 1]?.t === 'pour' && OFFER_NOUNS.has(toks[k + 1]?.t ?? '')) conseiller += 2;
    else if (t === 'tant' && (toks[k + 1]?.t === "qu'" || toks[k + 1]?.t === 'que') && /^(?:accompagn|conseill|referent|coach|charge)/.test(toks[k + 2]?.t ?? '')) conseiller += 3;
  }
  // a sentence that opens on an imperative or a 2pl verb is addressed to the person
  // ("N'hésitez pas à me contacter", "Pensez à m'envoyer…")
  let first = a;
  while (first < b && (toks[first].k === Kind.Punct || toks[first].t === "n'" || toks[first].t === 'ne')) first++;
  // (not a dictated "ouvrez les guillemets", "ouvrez la parenthèse")
  const dictated = (toks[first]?.t === 'ouvrez' || toks[first]?.t === 'fermez') && (toks[first + 1]?.t === 'les' || toks[first + 1]?.t === 'la');
  if (first < b && toks[first].k === Kind.Word && toks[first].t.endsWith('ez') && !toks[first].quoted && !dictated) conseiller += 3;
  return conseiller > adherent ? 'conseiller' : 'adherent';
}

const RELAY_VERBS = set('dit disait dira explique expliquait raconte racontait affirme precise indique ajoute repete confie assure');
const RELAY_SUBJECTS = set('il elle adherent adherente beneficiaire');

/**
 * "il explique qu'il a quitté le BTP j'en pouvais plus…": a third person reports speech ("il dit
 * que", "elle a raconté qu'") and the sentence runs on, with no punctuation, into the first-person
 * clause at `end`.
 */
function relayedSpeech(doc: Doc, a: number, end: number): boolean {
  const toks = doc.tokens;
  for (let j = a + 1; j < end - 1; j++) {
    if (!RELAY_VERBS.has(toks[j].t)) continue;
    // "il dit que", and with an auxiliary "il a dit que", "elle a raconté qu'"
    const subject = toks[j - 1].t === 'a' || toks[j - 1].t === 'avait' ? toks[j - 2] : toks[j - 1];
    if (!subject || !RELAY_SUBJECTS.has(subject.t) || (toks[j + 1].t !== 'que' && toks[j + 1].t !== "qu'")) continue;
    for (let k = j + 1; k < end; k++) if (toks[k].k === Kind.Punct) return false;
    return true;
  }
  return false;
}

const SINGULAR_MASC_DET = set("le un ce cet du au mon l'");
const SINGULAR_FEM_DET = set("la une cette ma l' mon");
const OBJECT_DET = set("le la l' les un une des du deux trois quatre plusieurs ce cet cette ces mon ma mes");

/**
 * Is there, in the sentence before the pronoun at k, a noun phrase of the same gender and number
 * that is not the person ("l'entreprise, elle…", "un fils, il…")? Within six words.
 */
function antecedentBefore(doc: Doc, a: number, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k].t;
  if (t !== 'il' && t !== 'elle') return false;
  const dets = t === 'il' ? SINGULAR_MASC_DET : SINGULAR_FEM_DET;
  for (let j = k - 1; j >= Math.max(a, k - 6); j--) {
    const d = toks[j];
    if (d.quoted || !dets.has(d.t)) continue;
    const n = toks[j + 1];
    if (!n || n.k !== Kind.Word || n.i >= k) continue;
    if (THIRD_PERSON_NOUNS.has(n.t) || DETERMINED_PERSON_NOUNS.has(n.t)) return false;
    return true;
  }
  return false;
}

const PLAIN_DET = set("les le la l' un une des ces");
/** A relative or a thing of the person's named by a determiner earlier in the sentence ("les petits", "le scooter"). */
function ownNounBefore(doc: Doc, a: number, end: number): boolean {
  const toks = doc.tokens;
  for (let k = a + 1; k < end; k++) if (OWN_NOUNS.has(toks[k].t) && PLAIN_DET.has(toks[k - 1].t) && !toks[k].quoted) return true;
  return false;
}

/** Is the object after the verb at k one of the person's things ("j'ai deux enfants", "j'ai le permis")? */
function ownNounObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let p = k + 1;
  for (let steps = 0; steps < 3 && wordAt(doc, p, sn) && (MID_ADVERBS.has(toks[p].t) || OBJECT_DET.has(toks[p].t)); steps++) p++;
  if (toks[p]?.k === Kind.Number) p++;
  return wordAt(doc, p, sn) && p > k + 1 && OWN_NOUNS.has(toks[p].t);
}

/**
 * Infinitive of the verb an object clitic at k depends on: "m'a embauchée" → embaucher, "me
 * licencier" → licencier, "m'en a parlé" → parler. Null when no verb follows.
 */
export function governedVerb(doc: Doc, k: number): string | null {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let v = k + 1;
  while (wordAt(doc, v, sn) && (toks[v].t === 'le' || toks[v].t === 'la' || toks[v].t === "l'" || toks[v].t === 'les' || toks[v].t === 'en' || toks[v].t === 'y')) v++;
  if (!wordAt(doc, v, sn)) return null;
  const w = toks[v].t;
  if (AUX_AVOIR.has(w) || AUX_ETRE.has(w) || THIRD_AUX.has(w)) {
    let p = v + 1;
    for (let steps = 0; steps < 3 && wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t); steps++) p++;
    if (wordAt(doc, p, sn)) {
      const pp = participleLemma(doc.raw(p).toLowerCase());
      if (pp) return pp;
    }
  }
  if (isInfinitive(w)) return w;
  const cands = analyze(doc.raw(v).toLowerCase());
  return cands.length ? cands[0].inf : null;
}

/** Auxiliaries of another subject than je ("il m'a embauché", "ils m'avaient recrutée"). */
const THIRD_AUX = set('a as avait avaient ont aura auront aurait auraient est etait sont');

const JOB_SEARCH_NOUNS = set('annonce annonces offre offres');
/** "j'ai répondu à une annonce": answering a job offer is the person's act. */
function jobSearchObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  if (!toks[k].t.startsWith('repond') && !toks[k].t.startsWith('reponds')) return false;
  let p = k + 1;
  for (let steps = 0; steps < 3 && wordAt(doc, p, sn) && !JOB_SEARCH_NOUNS.has(toks[p].t); steps++) p++;
  return wordAt(doc, p, sn) && JOB_SEARCH_NOUNS.has(toks[p].t);
}

const TRAINING_NOUNS = set('module modules bloc blocs formation titre diplome certification certificat caces examen epreuve epreuves stage unite unites ecrit oral permis qualification');
/** "j'ai validé les trois modules", "j'ai validé mon CACES": what a trainee validates is the person's achievement. */
function trainingObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  if (!toks[k].t.startsWith('valid')) return false;
  let p = k + 1;
  for (let steps = 0; steps < 3 && wordAt(doc, p, sn) && !TRAINING_NOUNS.has(toks[p].t) && (OBJECT_DET.has(toks[p].t) || toks[p].k === Kind.Number || isNumberWord(toks[p].t)); steps++) p++;
  return wordAt(doc, p, sn) && TRAINING_NOUNS.has(toks[p].t);
}

const DICTATION_WORDS = set('dicte dictee ecrit ecrite redige redigee formule formulee');
/** "dicté par l'adhérent", "rédigé par la bénéficiaire": the noun at k names the author of what follows. */
function dictatedBy(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  let p = k - 1;
  if (toks[p]?.t === "l'" || toks[p]?.t === 'le' || toks[p]?.t === 'la') p--;
  return toks[p]?.t === 'par' && DICTATION_WORDS.has(toks[p - 1]?.t ?? '');
}

/** People a job serves or looks after: the objects of a worker's verbs, not of a counsellor's. */
const CLIENTELE_NOUNS = set('familles clients clientes patients patientes malades enfants bebes nourrissons jeunes adolescents ados eleves etudiants residents residentes usagers personnes seniors aines adultes mineurs detenus migrants refugies publics public touristes voyageurs passagers equipes groupes classes salaries collaborateurs apprentis benevoles sportifs joueurs handicapes defunts endeuilles convives');
const GROUP_DET = set("des les plusieurs nombreux nombreuses beaucoup plein quelques certains certaines differents differentes divers diverses tous toutes");
const DURATION_PREP = set('pendant durant depuis');
const DURATION_UNITS = set('ans annees mois saisons');
const GROUP_COUNTS = set('dizaines centaines milliers dizaine centaine millier groupes');
const HEAD_ADJECTIVES = set('jeunes petits petites nouveaux nouvelles grands grandes vieux vieilles nombreux nombreuses autres');
/** This person in the clause: the counsellor's act is done for them. */
const THIRD_PERSON = set('lui elle eux elles adherent adherente beneficiaire interesse interessee');
/**
 * The object after the verb at k is a group of people ("des familles", "plusieurs patients", "beaucoup de jeunes")
 * or a group of anything with a span of working time in the clause ("des chantiers pendant dix ans").
 */
function clienteleObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let p = k + 1;
  for (let steps = 0; steps < 2 && wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t) && toks[p].t !== 'beaucoup'; steps++) p++;
  if (!wordAt(doc, p, sn) || !GROUP_DET.has(toks[p].t)) return false;
  p++;
  if (toks[p]?.t === 'de' || toks[p]?.t === "d'" || toks[p]?.t === 'les') p++;
  // the head noun of the object is the people, not a noun after it (« les dossiers des jeunes », « des ateliers aux familles »):
  // past a count (« des dizaines de familles ») or an adjective (« des jeunes enfants », « de nombreux patients »)
  let h = p;
  if (GROUP_COUNTS.has(toks[h]?.t ?? '') && (toks[h + 1]?.t === 'de' || toks[h + 1]?.t === "d'")) h += 2;
  else if (HEAD_ADJECTIVES.has(toks[h]?.t ?? '') && wordAt(doc, h + 1, sn) && CLIENTELE_NOUNS.has(toks[h + 1].t)) h++;
  if (wordAt(doc, h, sn) && CLIENTELE_NOUNS.has(toks[h].t)) return true;
  // a span of working time before the clause ends: « pendant douze ans », « durant 5 années », « depuis dix ans »;
  // not with this person named in the clause (« j'ai relancé des entreprises pendant deux mois pour lui »)
  let span = false;
  for (let q = p; q < p + 10 && q < toks.length && toks[q].sn === sn && toks[q].t !== ','; q++) {
    if (THIRD_PERSON.has(toks[q].t)) return false;
    if (span || !DURATION_PREP.has(toks[q].t)) continue;
    const n = toks[q + 1];
    const u = n && (n.k === Kind.Number || isNumberWord(n.t) || n.t === 'plusieurs' || n.t === 'des') ? toks[q + 2] : null;
    span = !!(u && DURATION_UNITS.has(u.t)) || !!(n && isNumberWord(n.t) && toks[q + 3] && DURATION_UNITS.has(toks[q + 3].t));
  }
  return span;
}

/** Counselling verbs that are also the person's job-search acts when done to several employers. */
const PROSPECT_VERBS = set('rencontrer contacter recontacter relancer solliciter');
/** Employers, recruiters and businesses as the plural object of a job search (« deux agences », « des recruteurs »). */
const MARKET_NOUNS = set('agences employeurs employeuses recruteurs recruteuses entreprises societes boites exposants enseignes cabinets studios garages magasins boutiques commerces commercants artisans patrons dirigeants restaurateurs restaurants hotels exploitants exploitations fermes transporteurs imprimeries laboratoires startups pme');
/** The counsellor's network after the employers: « partenaires », « du réseau », « adhérentes » of a club. */
const NETWORK_WORDS = set('partenaires partenaire reseau conventionnees conventionnes adherentes adherents');
/** Counts that open a plural object: « deux agences », « une dizaine d'entreprises ». */
const MARKET_COUNTS = set('dizaine dizaines vingtaine quinzaine centaine');
/**
 * The object after the verb at k is a counted or plural group of employers or businesses (« deux agences »,
 * « plusieurs recruteurs », « une dizaine d'entreprises »), with this person not named in the clause (« pour lui »).
 */
function marketObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let p = k + 1;
  for (let steps = 0; steps < 2 && wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t) && toks[p].t !== 'beaucoup'; steps++) p++;
  const d = toks[p];
  if (!d || d.sn !== sn) return false;
  if (d.t === 'une' && MARKET_COUNTS.has(toks[p + 1]?.t ?? '')) p += 2;
  else if (!(GROUP_DET.has(d.t) || d.k === Kind.Number || (isNumberWord(d.t) && d.t !== 'un' && d.t !== 'une'))) return false;
  else p++;
  if (toks[p]?.t === 'de' || toks[p]?.t === "d'" || toks[p]?.t === 'les') p++;
  if (HEAD_ADJECTIVES.has(toks[p]?.t ?? '') && wordAt(doc, p + 1, sn) && MARKET_NOUNS.has(toks[p + 1].t)) p++;
  if (!wordAt(doc, p, sn) || !MARKET_NOUNS.has(toks[p].t)) return false;
  // the service's own network: « deux entreprises partenaires », « des employeurs du réseau »
  if (NETWORK_WORDS.has(toks[p + 1]?.t ?? '') || NETWORK_WORDS.has(toks[p + 2]?.t ?? '')) return false;
  for (let q = p + 1; q < p + 10 && q < toks.length && toks[q].sn === sn; q++) if (THIRD_PERSON.has(toks[q].t) || toks[q].t === 'son' || toks[q].t === 'sa' || toks[q].t === 'ses') return false;
  return true;
}

const WISH_MODALS = set('vouloir souhaiter aimer esperer desirer rever');
/**
 * After a wish modal at k, the infinitive has the writer's own object, a group of people, or none
 * ("je voudrais transmettre mon savoir", "j'aimerais conseiller des clients", "je voudrais transmettre.").
 */
function wishedJob(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let p = k + 1;
  for (let steps = 0; steps < 2 && wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t); steps++) p++;
  if (!wordAt(doc, p, sn)) return false;
  // p is the infinitive
  const n = toks[p + 1];
  if (!n || n.sn !== sn || n.k === Kind.Punct) return true;
  return possessiveObject(doc, p) || clienteleObject(doc, p);
}

/** Is the object right after the verb at k a first-person possessive ("j'envoie mes candidatures")? */
function possessiveObject(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let p = k + 1;
  for (let steps = 0; steps < 2 && wordAt(doc, p, sn) && MID_ADVERBS.has(toks[p].t); steps++) p++;
  if (!wordAt(doc, p, sn)) return false;
  const t = toks[p].t;
  return (t === 'mon' || t === 'ma' || t === 'mes') && !COUNSEL_NOUNS.has(toks[p + 1]?.t ?? '') && !OPINION_AFTER_POSSESSIVE.has(toks[p + 1]?.t ?? '');
}

// ---------------------------------------------------------------------------------------------
// the counsellor's role noun, and the person's

const ROLE_WORDS = new Map<string, [string, boolean]>([
  ['accompagnatrice', ['accompagnatrice', true]], ['accompagnateur', ['accompagnateur', false]],
  ['conseillere', ['conseillère', true]], ['conseiller', ['conseiller', false]],
  ['referente', ['référente', true]], ['referent', ['référent', false]],
]);

export interface Role {
  /** lower-case noun phrase with its determiner: "votre conseiller·ère", "l'accompagnatrice" */
  np: string;
}

interface Voice { vous: boolean; noun: [string, boolean] | null }
const voiceCache = new WeakMap<Doc, Voice>();
/** The role nouns, looked up by each token's hash first (this loop may read a whole long report). */
const ROLE_TOKENS = new TokenSet(ROLE_WORDS.keys());

/** Is the report addressed to the person ("vous") and which role noun does it use for the writer? */
function voiceOf(doc: Doc): Voice {
  let v = voiceCache.get(doc);
  if (v) return v;
  const toks = doc.tokens;
  let vous = false;
  let noun: [string, boolean] | null = null;
  for (let k = 0; k < toks.length && !(vous && noun); k++) {
    const t = toks[k];
    if (t.k !== Kind.Word || t.quoted || t.hyphen) continue;
    const w = t.t;
    if (!vous) {
      if (w === 'vous' || w === 'votre' || w === 'vos') vous = true;
      // "N'hésitez pas…", "Pensez à…": a sentence opening on a 2pl verb addresses the person
      else if (w.endsWith('ez') && (t.first || (toks[k - 1]?.t === "n'" && toks[k - 1].first))) vous = true;
    }
    if (!noun && ROLE_TOKENS.has(t)) {
      const r = ROLE_WORDS.get(w);
      if (r) {
        const prev = toks[k - 1]?.t;
        if (prev === "qu'" || prev === 'que' || prev === 'votre' || toks[k + 1]?.t === ':' || t.first) noun = r;
      }
    }
  }
  v = { vous, noun };
  voiceCache.set(doc, v);
  return v;
}

/**
 * How to name the writer in a neutral rewrite: the role noun the report itself uses ("En tant
 * qu'accompagnatrice", "Accompagnatrice : C. Lemaire", "votre conseillère"), with "votre" when the
 * report is addressed to the person, else an article.
 */
export function roleOf(doc: Doc, feminineWriter: boolean): Role {
  const { vous, noun } = voiceOf(doc);
  if (noun) {
    const [word, fem] = noun;
    const det = vous ? 'votre ' : startsWithVowel(word) ? "l'" : fem ? 'la ' : 'le ';
    return { np: det + word };
  }
  if (vous) return { np: feminineWriter ? 'votre conseillère' : 'votre conseiller·ère' };
  return { np: feminineWriter ? "l'accompagnatrice" : "l'accompagnateur·rice" };
}

const FEMININE_END = /(?:ée|ées|euse|esse|ière|iere|trice|ante|ente|ienne|enne|ite|ise|aite|ète|ete|ue|ie|ve|te|elle|onne)$/;
const FEM_SKIP = set('pas plus jamais tres bien deja vraiment assez toujours encore aussi tout');

/**
 * Does the writer mark a feminine subject after the clause ("je suis prête", "je me suis
 * inscrite", "j'ai été hôtesse de caisse")?
 */
export function feminineAfter(doc: Doc, c: JeClause): boolean {
  const toks = doc.tokens;
  const sn = toks[c.je].sn;
  const vt = toks[c.verb].t;
  const inf = c.inf ? deaccent(c.inf) : '';
  const copula = AUX_ETRE.has(vt) || (c.reflexive && (inf === 'sentir' || inf === 'trouver')) || inf === 'devenir' || inf === 'rester' || inf === 'sembler';
  let k = c.pp >= 0 ? c.pp : c.verb + 1;
  if (c.pp >= 0) {
    const w = doc.raw(c.pp).toLowerCase();
    if (AUX_ETRE.has(vt) && /(?:ée|ees|ée|ie|ise|ite|te|ue)s?$/.test(w) && w !== 'été') return true;
    if (deaccent(w) !== 'ete') return false;
    k = c.pp + 1;
  } else if (!copula) return false;
  let steps = 0;
  while (wordAt(doc, k, sn) && FEM_SKIP.has(toks[k].t) && steps < 3) { k++; steps++; }
  if (!wordAt(doc, k, sn)) return false;
  const w = doc.raw(k).toLowerCase();
  return FEMININE_END.test(w) && !/(?:aire|able|ible|iste|ique|ile|ere|apte)$/.test(deaccent(w));
}

// ---------------------------------------------------------------------------------------------
// object clitics of another subject (shared with personne-nous)

/** Object verbs: "vous pouvez me joindre" → "vous pouvez joindre votre conseiller·ère". */
const OBJECT_VERB_STEMS = ['joindr', 'joign', 'contact', 'recontact', 'appel', 'rappel', 'preven', 'previen', 'sollicit', 'remerci', 'relanc', 'rencontr', 'revoi', 'revoy', 'inform', 'avert', 'aide', 'aider', 'accompagn', 'interrog', 'question', 'invit', 'convi', 'convoqu', 'attend', 'salu', 'croise', 'tenir', 'tien', 'tenu', 'recevoir', 'recoi', 'recu', 'voir', 'voi', 'voy', 'vu'];
const AUX_FORMS = set('a ai as avez avait avais avaient ont aura auront aurait avons est etait sont');
const ADVERBS = set('pas plus jamais rien bien deja toujours souvent beaucoup longtemps egalement aussi vraiment enfin encore parfois longuement clairement finalement tout');

function tokRange(doc: Doc, from: number, to: number): [number, number] {
  return doc.tokRange(from, to + 1);
}

/** A word in the case and apostrophe of the original token k ("Mes" → "Vos", "MES" → "VOS"). */
export function styled(doc: Doc, k: number, word: string): string {
  const raw = doc.raw(k);
  const upper = sentenceUpper(doc, k) || caseOf(raw) === 'upper';
  const out = applyCase(upper ? 'upper' : caseOf(raw), word);
  return out.replace(/'/g, apostropheAround(doc, k));
}

/** Masculine singular of an agreed participle: "contactée" → "contacté", "prévenue" → "prévenu". */
export function masculineParticiple(w: string): string {
  const m = /^(.+?)(es|e|s)$/.exec(w);
  if (!m) return w;
  const inf = participleLemma(w);
  const pp = inf ? participle(inf) : null;
  return pp && deaccent(pp) === deaccent(m[1]) ? m[1] : w;
}

/**
 * Another subject acts on the writer (me, m', nous). "Il m'a indiqué" → "Il a indiqué"; "Vous pouvez me joindre"
 * → "Vous pouvez joindre votre conseiller·ère"; "il ne m'a pas prévenu" → "il n'a pas prévenu
 * l'accompagnateur·rice" (the participle loses the agreement with the moved object).
 */
export function objectCliticFixes(doc: Doc, k: number, role: Role): Fix[] {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  const raw = doc.raw(k);
  if (toks[k].first || caseOf(raw) !== 'lower') return [];
  let v = k + 1;
  while (toks[v] && toks[v].sn === sn && ['le', 'la', "l'", 'les', 'en', 'y'].includes(toks[v].t)) v++;
  const verb = toks[v];
  if (!verb || verb.sn !== sn || verb.k !== Kind.Word) return [];
  let last = v;
  let meaning = verb.t;
  if (AUX_FORMS.has(verb.t)) {
    let p = v + 1;
    while (toks[p] && toks[p].sn === sn && ADVERBS.has(toks[p].t)) p++;
    if (toks[p] && toks[p].sn === sn && toks[p].k === Kind.Word && participleLemma(toks[p].t)) {
      last = p;
      meaning = toks[p].t;
    }
  }
  // "ne m'a" → "n'a", "de m'envoyer" → "d'envoyer": the word before me elides again
  const prev = toks[k - 1];
  const elidable = !!prev && prev.sn === sn && (prev.t === 'ne' || prev.t === 'de');
  const from = elidable ? prev.i : k;
  const [fs] = tokRange(doc, from, from);
  const lead = (word: string) => (elidable ? (startsWithVowel(word) ? styled(doc, prev.i, `${prev.t[0]}'`) : `${doc.raw(prev.i)} `) : '');
  const [vs] = tokRange(doc, k + 1, k + 1);
  const m = deaccent(meaning);
  if (OBJECT_VERB_STEMS.some((stem) => m.startsWith(stem))) {
    const [ls, le] = tokRange(doc, last, last);
    let body = doc.text.slice(vs, ls);
    body += last !== v ? masculineParticiple(doc.text.slice(ls, le)) : doc.text.slice(ls, le);
    return [replaceFix(fs, le, `${lead(body)}${body} ${role.np.replace(/'/g, apostropheAround(doc, k))}`)];
  }
  // drop the clitic: "Il m'a confié" → "Il a confié"
  if (elidable) return [replaceFix(fs, vs, lead(doc.raw(k + 1)), `Supprimer « ${doc.raw(k)} »`)];
  const [s, e] = tokRange(doc, k, k);
  return [replaceFix(s, toks[k].elided ? e : vs, '', `Supprimer « ${doc.raw(k)} »`)];
}
