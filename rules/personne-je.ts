/**
 * `personne-je`: the first person singular outside quotation marks — je, j', me, m', moi, mon, ma,
 * mes, le mien… A report is written to the person ("vous") or about them ("l'adhérent"), never in
 * the writer's "je". TAXONOMY.md §5.
 *
 * Fixes depend on who speaks (person-rewrite.ts):
 * - the adhérent's own statement (case A) is rewritten to "vous" with the verb conjugated
 *   ("Je me suis inscrite" → "Vous vous êtes inscrite"), an emphatic "Moi, je" keeping its stress
 *   ("Moi, je préfère" → "Vous, vous préférez"); a second fix gives "l'adhérent(e)";
 * - the counsellor's own act (case B) gets a neutral form ("Je lui ai proposé une PMSMP" → "Il lui a
 *   été proposé une PMSMP", "Je relance l'organisme" → "L'accompagnateur·rice relance l'organisme",
 *   "Il m'a indiqué" → "Il a indiqué");
 * - words after a colon that report the person's speech ("Elle explique : je veux…", "Il a déclaré :
 *   mon chef me…") are the person's: rewritten with "vous" ("Elle explique : vous voulez…", "votre
 *   chef vous…"), quotation marks as the next fix (first after "je cite :" or "verbatim :").
 * Findings of one rewrite share the same first fix, so that applying every first fix (overlaps
 * skipped) gives the rewritten sentence.
 */
import { defineRule, replaceFix, type RuleContext } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind, type Token } from '../lib/lint/tokenize.ts';
import { TokenSet } from '../lib/lint/token-set.ts';
import type { Fix } from '../lib/lint/types.ts';
import {
  applyCase, caseOf, feminineAfter, objectCliticFixes, parseJeClause, parseMoiQuiClause, passiveRewrite, rewriteClause, rewriteInverted, roleOf, sentenceUpper,
  speakerOf, startsWithVowel, styled, writesWithoutAccents, type JeClause, type Role, type Speaker,
} from '../lib/lint/person-rewrite.ts';
import { deaccent, from1sg } from '../lib/lint/conjugate.ts';

const FIRST_PERSON = new Set(['je', "j'", 'me', "m'", 'moi', 'mon', 'ma', 'mes', 'mien', 'mienne', 'miens', 'miennes']);
const POSSESSIVE = new Set(['mon', 'ma', 'mes']);
const set = (s: string) => new Set(s.split(' '));

/**
 * Public services and programmes whose name starts with a possessive (TAXONOMY §5.2.3): not the
 * writer's voice when written with a capital or after "site", "sur", "plateforme"…
 */
const PROGRAMME_NAMES: readonly string[][] = [
  'mon compte formation', 'mon compte personnel de formation', 'mon compte activite', 'mes droits sociaux',
  'mon parcours handicap', 'mon espace sante', 'mon master', 'ma prime renov', 'mon soutien psy', 'mon psy',
  'mes aides', 'mon bilan prevention', 'ma cantine', 'mon orientation en ligne', 'mon avenir pro', 'mon stage de troisieme',
  'mon stage de 3e', 'ma boussole aidants', 'mon job etudiant', 'mes demarches', 'mon enfant et moi',
].map((s) => s.split(' '));
const PLATFORM_WORDS = set('site sur via plateforme application appli portail dispositif programme service espace rubrique onglet operation campagne label action intitule ' +
  // works and sessions named by their title: « le livre Je suis une légende », « le film Moi, Daniel Blake », « le module Mes compétences »
  'livre roman film chanson album titre ouvrage serie piece spectacle emission podcast slogan devise module atelier jeu guide video conference exposition methode');
/** Punctuation after which a capital does not make a name ("NB : Je dois…", "- Je contacte…"). */
const OPENERS = set(': - – — • * ( ) « » " > ; . ! ? … / | [ ·');
/** Titles before a surname ("Mme Ma", "Monsieur Mon"). */
const CIVILITIES = set('mme mmes mlle madame mademoiselle monsieur messieurs mr dr docteur maitre me pr');
/** Words that follow an English "me" and never a French one (French "me" precedes a verb or y / en). */
const ENGLISH_AFTER_ME = set('for to at on in into a an the and or if know please now up back about your too out off with from so as by anytime anymore');
/** English verbs and prepositions before "me" ("call me", "contact me", "about me"). */
const ENGLISH_BEFORE_ME = set('call contact email text tell let help give send hire ask join follow reach show teach meet about with for of to trust love');
/** Words after which "moi" opens an emphatic subject ("et moi, je…", "mais moi je…"). */
const EMPHATIC_OPENERS = set('et mais alors puis donc bon ben enfin');

export default defineRule({
  id: 'personne-je',
  meta: {
    description: "Première personne du singulier (je, me, moi, mon…) hors citation : le compte rendu s'écrit avec « vous » ou « l'adhérent ».",
    category: 'personne',
    severity: 'warning',
    fixable: true,
    references: ["RGPD art. 15 (droit d'accès)", 'CNIL, zones bloc-notes et commentaires (2019)', 'OQLF, Vitrine linguistique : accord avec le vous de politesse'],
  },
  messages: {
    adherent: "Propos de l'adhérent à la première personne. Reformulez avec « vous » (ou « l'adhérent ») ou citez-les entre guillemets.",
    conseiller: "Le rédacteur parle à la première personne. Préférez une tournure neutre (« Il vous a été proposé… », « Votre conseiller·ère… »).",
    citation: "Paroles de l'adhérent rapportées à la première personne, sans guillemets. Reformulez-les avec « vous » ou citez-les entre guillemets.",
  },
  explanation:
    "Le compte rendu est un document professionnel que l'adhérent peut lire à tout moment (droit d'accès, RGPD art. 15) : " +
    "il s'écrit à la deuxième personne (« vous ») s'il lui est adressé, ou à la troisième (« l'adhérent ») s'il parle de lui. " +
    "La première personne mélange la voix du conseiller et celle de la personne, et fait lire comme un avis personnel ce qui doit rester un constat. " +
    "Les propos de l'adhérent se citent entre guillemets ou se reformulent (« Je souhaite travailler de jour » → « Vous souhaitez travailler de jour ») ; " +
    "les actes du conseiller se disent sans « je » (« Il vous a été proposé un atelier », « Votre conseiller·ère relance l'organisme »).",
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const found: number[] = [];
    // single guillemets ‹ … › quote too (TAXONOMY §5.2), within a sentence
    let single = -1;
    for (const t of toks) {
      if (t.k === Kind.Punct) {
        // a punctuation token's hash is its character
        if (t.h === 0x2039) single = t.sn; // ‹
        else if (t.h === 0x203a) single = -1; // ›
        continue;
      }
      if (single >= 0 && single !== t.sn) single = -1;
      if (t.k !== Kind.Word || t.quoted || single >= 0) continue;
      // most words are passed over by their hash, without reading their text
      if (!CANDIDATES.has(t)) continue;
      if (FIRST_PERSON.has(t.t) || (t.t === 'j' && missingApostrophe(doc, t.i)) || (FUSED_JE.has(t.t) && fusedJe(doc, t.i))) found.push(t.i);
    }
    if (!found.length) return;
    const excluded = new Set<number>();
    for (const k of found) if (!excluded.has(k)) markExclusions(doc, k, excluded);
    const kept = found.filter((k) => !excluded.has(k));
    if (!kept.length) return;

    const roles = new Map<boolean, Role>();
    const role = (feminine: boolean): Role => {
      let r = roles.get(feminine);
      if (!r) { r = roleOf(doc, feminine); roles.set(feminine, r); }
      return r;
    };

    // one sentence at a time: who speaks is decided per sentence
    let p = 0;
    while (p < kept.length) {
      const sn = toks[kept[p]].sn;
      const group: number[] = [];
      while (p < kept.length && toks[kept[p]].sn === sn) group.push(kept[p++]);
      try {
        reportSentence(ctx, doc, sn, group, role);
      } catch {
        // a rewrite that fails must not hide the findings (the engine drops a throwing rule):
        // report them without fixes; duplicates of findings already reported are merged
        for (const k of group) report(ctx, doc, k, k, 'adherent', []);
      }
    }
  },
});

/** "J ai", "j en ai" typed without the apostrophe (not the initial of "J. Moreau"). */
function missingApostrophe(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return !!next && next.k === Kind.Word && next.sn === doc.tokens[k].sn && /^(?:ai|avais|aurai|aurais|etais|etait|y|en|habite|aime|aimerais|envisage|espere|attends|arrive|accepte|ecris|apprends|utilise)$/.test(next.t);
}

/**
 * "jai", "jetais" typed without the apostrophe, fused with the verb: the verb part, folded. Not
 * a capitalised name inside a sentence ("Jaime Lopez").
 */
const FUSED_JE = new Map(
  'ai avais aurai aurais etais aimerais aime aimais habite habitais attends arrive espere envisage ecris'.split(' ').map((v) => [`j${v}`, v]),
);
/** Every word the loop over the report may report: first-person forms, "j" without its apostrophe, fused "jai". */
const CANDIDATES = new TokenSet([...FIRST_PERSON, 'j', ...FUSED_JE.keys()]);
function fusedJe(doc: Doc, k: number): boolean {
  const tok = doc.tokens[k];
  const next = doc.tokens[k + 1];
  if (tok.hyphen || (next && next.hyphen)) return false;
  if (doc.isCapitalized(k) && !tok.first) return false;
  return !(next && next.sn === tok.sn && next.k === Kind.Word && doc.isCapitalized(next.i) && !doc.isUpper(next.i));
}

/** Words a hyphen joins at the end of an inversion or an emphatic pronoun ("a-t-il", "dis-je", "moi-même", "dis-le-moi"). */
const HYPHEN_TAILS = new Set(['il', 'elle', 'on', 'je', 'tu', 'nous', 'vous', 'ils', 'elles', 'meme', 'memes', 'ci', 'la', 'le', 'les', 'lui', 'leur', 'y', 'en', 'moi', 'toi']);

/**
 * Is token k inside a compound word of three or more parts joined by hyphens or elision, ending in
 * a content word ("je-m'en-foutiste", "m'as-tu-vu", "je-sais-tout")?
 */
function inCompoundWord(toks: readonly Token[], k: number): boolean {
  const joined = (i: number) => toks[i].hyphen || (i > 0 && toks[i - 1].elided && toks[i - 1].e === toks[i].s);
  let a = k;
  while (a > 0 && joined(a)) a--;
  let b = k + 1;
  while (b < toks.length && joined(b)) b++;
  const last = toks[b - 1];
  return b - a >= 3 && last.hyphen && last.k === Kind.Word && !HYPHEN_TAILS.has(last.t);
}

/** Programme names, "Me Durand", "M'Bala", upper-case acronyms, "5 mA". */
function markExclusions(doc: Doc, k: number, excluded: Set<number>): void {
  const toks = doc.tokens;
  const tok = toks[k];
  const t = tok.t;
  const raw = doc.raw(k);
  const next = toks[k + 1];
  const prev = toks[k - 1];
  const upperSentence = sentenceUpper(doc, k);
  // a hyphenated compound noun or adjective ("je-m'en-foutiste", "m'as-tu-vu", "je-sais-tout") is
  // not the writer; inversions ("m'a-t-il dit", "puis-je") and "moi-même" are
  if (inCompoundWord(toks, k)) { excluded.add(k); return; }
  // upper-case MA / MES / MON / ME / MOI in a lower-case sentence: an acronym
  // (not a shouted "MOI, JE…": the "je" after it says it is the pronoun)
  if (!upperSentence && t !== 'je' && t !== "j'" && raw.length > 1 && caseOf(raw) === 'upper' && !(t === 'moi' && shoutedJeAfter(doc, k))) { excluded.add(k); return; }
  // a number before "ma": a unit (milliampère)
  if (t === 'ma' && prev && prev.k === Kind.Number) { excluded.add(k); return; }
  // "M'hamed", "Me" inside a sentence: a capital M is a name or Maître, never the pronoun
  if ((t === 'me' || t === "m'") && !upperSentence && raw[0] === 'M' && !tok.first && prev && prev.sn === tok.sn && !(prev.k === Kind.Punct && OPENERS.has(prev.t))) {
    excluded.add(k);
    return;
  }
  // Me Durand (Maître), M'Bala (surname)
  if ((t === 'me' || t === "m'") && !upperSentence && raw[0] === 'M' && next && next.sn === tok.sn && next.k === Kind.Word && doc.isCapitalized(next.i) && !doc.isUpper(next.i)) {
    excluded.add(k);
    return;
  }
  if (t === 'me' && raw === 'Me' && next && next.t === '.') { excluded.add(k); return; }
  // a surname after a civility: "Mme Ma", "M. Mon", "Madame Me"
  if (raw[0] === 'M' && prev && prev.sn === tok.sn && (CIVILITIES.has(prev.t) || (prev.t === '.' && toks[k - 2]?.t === 'm'))) {
    excluded.add(k);
    return;
  }
  // English "me" ("Contact me for…", "Call me back"): French "me" always precedes its verb
  if (t === 'me' && (!next || next.sn !== tok.sn || next.k !== Kind.Word || ENGLISH_AFTER_ME.has(next.t) || (prev && ENGLISH_BEFORE_ME.has(prev.t)))) { excluded.add(k); return; }
  // known programme names
  for (const name of PROGRAMME_NAMES) {
    if (name[0] !== t) continue;
    let ok = true;
    for (let n = 1; n < name.length; n++) if (toks[k + n]?.t !== name[n]) { ok = false; break; }
    if (!ok) continue;
    if (doc.isCapitalized(k) || (prev && PLATFORM_WORDS.has(prev.t)) || (prev && prev.t === 'de' && PLATFORM_WORDS.has(toks[k - 2]?.t ?? ''))) {
      for (let n = 0; n < name.length; n++) excluded.add(k + n);
      return;
    }
  }
  // Title-Case name inside a sentence: "le site Mes droits sociaux", "programme Je m'engage pour l'emploi"
  if (upperSentence || !doc.isCapitalized(k) || caseOf(raw) === 'upper') return;
  const opener = !prev || tok.first || prev.sn !== tok.sn || (prev.k === Kind.Punct && OPENERS.has(prev.t)) || prev.k === Kind.Number;
  const nextTitle = !!next && next.sn === tok.sn && next.k === Kind.Word && doc.isCapitalized(next.i) && !doc.isUpper(next.i);
  if (opener && !nextTitle) return;
  // a capital pronoun inside a sentence joined by « & » names a firm or a brand: « chez Moi & Co », « Mon & Ton »
  if (!opener && next && next.sn === tok.sn && next.t === '&') { excluded.add(k); return; }
  // a capital "Je" / "Moi" inside a sentence names something only after "programme", "site"…
  if (!POSSESSIVE.has(t) && !(prev && PLATFORM_WORDS.has(prev.t)) && !nextTitle) return;
  if (!next || next.sn !== tok.sn || next.k !== Kind.Word) return;
  excluded.add(k);
  for (let n = k + 1; n < Math.min(toks.length, k + 6); n++) {
    const w = toks[n];
    if (w.sn !== tok.sn || w.k !== Kind.Word) break;
    if (FIRST_PERSON.has(w.t) || w.elided || doc.isCapitalized(n) || ['pour', 'de', 'la', 'le', 'et', 'du', 'des', 'a'].includes(w.t)) {
      if (FIRST_PERSON.has(w.t)) excluded.add(n);
    } else break;
  }
}

/** An upper-case "JE" / "J'" right after the "MOI" at k, a comma between them or not. */
function shoutedJeAfter(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const j = toks[k + 1]?.t === ',' ? k + 2 : k + 1;
  const je = toks[j];
  return !!je && je.sn === toks[k].sn && (je.t === 'je' || je.t === "j'") && doc.isUpper(j);
}

function range(doc: Doc, from: number, to: number): [number, number] {
  return doc.tokRange(from, to + 1);
}

function reportSentence(ctx: RuleContext, doc: Doc, sn: number, group: number[], role: (feminine: boolean) => Role): void {
  const toks = doc.tokens;
  const [a, b] = doc.sentences[sn];
  // reported speech after a colon: "Elle explique : je ne veux plus travailler de nuit."
  let colon = -1;
  // the last speech word before the colon, and whether the writer announced a verbatim quotation
  let said = -1;
  let verbatim = false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.quoted) continue;
    if (t.t === ':') {
      let speech = -1;
      let firstBefore = false;
      let quoting = false;
      for (let j = a; j < k; j++) {
        // "Il explique :", "a-t-elle dit :" report speech; a label ("Objectif exprimé :", "Besoin
        // exprimé :") only names what follows, written in the person's voice
        if (speechWord(doc, j) && !labelParticiple(doc, j)) speech = j;
        if (VERBATIM_WORDS.has(toks[j].t)) quoting = true;
        if (toks[j].t === 'je' || toks[j].t === "j'" || toks[j].t === 'j') {
          if (quoteMarker(doc, j)) quoting = true;
          else firstBefore = true;
        }
      }
      if (speech >= 0 && !firstBefore && group.some((g) => g > k)) { colon = k; said = speech; verbatim = quoting; }
      break;
    }
  }
  // the speech runs from the colon to the end of the sentence or to an opening quotation mark
  let speechEnd = b;
  if (colon >= 0) {
    for (let k = colon + 1; k < b; k++) if (toks[k].quoted || toks[k].t === '«' || toks[k].t === '"') { speechEnd = k; break; }
  }
  const inSpeech = (g: number) => colon >= 0 && g > colon && g < speechEnd;
  let speechTokens = group.filter(inSpeech);
  let own = group.filter((g) => !inSpeech(g));
  if (colon >= 0) {
    // ", je cite :" opens the quotation: the fix removes it
    for (const k of own) {
      if (!quoteMarker(doc, k)) continue;
      const from = toks[k - 1]?.t === ',' && toks[k - 1].sn === sn ? k - 1 : k;
      const [s] = range(doc, from, from);
      // at the start of the sentence the colon goes too: "Je cite : mon…" → "« mon… »"
      const e = toks[k].first && toks[k + 3] ? range(doc, k + 3, k + 3)[0] : range(doc, k + 1, k + 1)[1];
      report(ctx, doc, k, k, 'conseiller', [replaceFix(s, e, '', 'Supprimer « je cite »')]);
    }
    own = own.filter((k) => !quoteMarker(doc, k));
  }
  if (speechTokens.length) {
    const speechClauses = clausesOf(doc, speechTokens);
    // the words right after "Elle explique :" are hers, whoever is the subject of their clause
    // ("mon chef me harcelait"); after "il explique qu'il a perdu son permis :" the colon may
    // also open the counsellor's own act ("je l'ai orienté vers…"): who speaks is weighed there
    if (directSpeech(doc, said, colon) || speakerOf(doc, colon + 1, speechEnd, speechClauses) === 'adherent') {
      reportSpeech(ctx, doc, colon, speechEnd, speechTokens, speechClauses, verbatim);
    } else {
      own = group.filter((g) => !quoteMarker(doc, g));
      speechTokens = [];
    }
  }
  if (!own.length) return;

  // je clauses (with an emphatic "moi" before: "Moi, je pense…")
  const clauses = clausesOf(doc, own);
  // "Ce qu'il retient : j'ai besoin…", "Message de l'adhérent : je serai en retard": a label before
  // a colon introduces the clauses after it, and its "il" or "elle" is that speaker, not a third party
  let from = a;
  if (!speechTokens.length && clauses.length) {
    for (let k = a; k < b; k++) {
      if (toks[k].quoted) continue;
      if (toks[k].t === ':') { if (clauses.every((c) => c.start > k)) from = k + 1; break; }
    }
  }
  const speaker: Speaker = speakerOf(doc, from, b, clauses, speechTokens.length ? [colon, speechEnd] : null);
  const messageId = speaker === 'adherent' ? 'adherent' : 'conseiller';
  const feminine = clauses.some((c) => feminineAfter(doc, c));

  const done = new Set<number>();
  for (const c of clauses) {
    const fixes = speaker === 'adherent' ? ownClauseFixes(doc, c, feminine) : counsellorClauseFixes(doc, c, role(feminine));
    const members = own.filter((k) => k >= c.start && k <= c.verb);
    for (const k of members) {
      report(ctx, doc, k, k, messageId, fixes);
      done.add(k);
    }
  }
  for (const k of own) {
    if (done.has(k)) continue;
    const fixes = speaker === 'adherent' ? ownWordFixes(doc, k) : counsellorWordFixes(doc, k, clauses, role(feminine));
    report(ctx, doc, k, k, messageId, fixes);
  }
}

/** The je clauses among the first-person tokens `ks` of a sentence ("moi qui gère", "Moi, je pense…" included). */
function clausesOf(doc: Doc, ks: readonly number[]): JeClause[] {
  const toks = doc.tokens;
  const clauses: JeClause[] = [];
  for (const k of ks) {
    // "c'est moi qui gère": the relative clause has a first-person verb
    if (toks[k].t === 'moi') {
      const c = parseMoiQuiClause(doc, k);
      if (c) { c.start = k; clauses.push(c); }
      continue;
    }
    if (toks[k].t !== 'je' && toks[k].t !== "j'" && toks[k].t !== 'j') continue;
    const c = parseJeClause(doc, k);
    if (!c) continue;
    if (toks[k - 1]?.t === 'moi' && ks.includes(k - 1) && emphatic(doc, k - 1)) c.start = k - 1;
    else if (toks[k - 1]?.t === ',' && toks[k - 2]?.t === 'moi' && ks.includes(k - 2) && emphatic(doc, k - 2)) c.start = k - 2;
    clauses.push(c);
  }
  return clauses;
}

/**
 * The person's words after "Elle explique :": rewritten with "vous" ("Elle explique : vous ne voulez
 * plus…", "Il a déclaré : votre ancien chef ne vous supportait pas"), quotation marks as the next
 * fix. Quotation marks come first when the writer announced a verbatim quotation ("je cite :",
 * "verbatim :") or when part of the words cannot be rewritten: every finding of the speech then
 * shares that fix.
 */
function reportSpeech(ctx: RuleContext, doc: Doc, colon: number, speechEnd: number, speechTokens: readonly number[], clauses: readonly JeClause[], verbatim: boolean): void {
  const toks = doc.tokens;
  let last = speechEnd - 1;
  while (last > colon && toks[last].k === Kind.Punct && !/[.!?…]/.test(toks[last].t)) last--;
  const [s, e] = range(doc, colon + 1, last);
  const quotes = replaceFix(s, e, `«\u00a0${doc.text.slice(s, e)}\u00a0»`, 'Citer les paroles entre guillemets');
  // "Elle explique :" says who speaks: "l'adhérente" in the third-person fix
  let feminine = clauses.some((c) => feminineAfter(doc, c));
  for (let k = doc.sentences[toks[colon].sn][0]; k < colon && !feminine; k++) feminine = toks[k].t === 'elle' || toks[k].t === 'adherente' || toks[k].t === 'beneficiaire' && toks[k - 1]?.t === 'la';
  const plan: Array<[number, Fix[]]> = [];
  const done = new Set<number>();
  for (const c of clauses) {
    const fixes = ownClauseFixes(doc, c, feminine);
    for (const k of speechTokens) {
      if (k < c.start || k > c.verb) continue;
      plan.push([k, fixes]);
      done.add(k);
    }
  }
  for (const k of speechTokens) if (!done.has(k)) plan.push([k, ownWordFixes(doc, k)]);
  const quotesFirst = verbatim || plan.some(([, fixes]) => !fixes.length);
  for (const [k, fixes] of plan) {
    report(ctx, doc, k, k, 'citation', quotesFirst ? [quotes, ...fixes] : [fixes[0], quotes, ...fixes.slice(1)]);
  }
}

/** Words before a colon that announce a quotation word for word ("verbatim :", "dixit"); "je cite" too. */
const VERBATIM_WORDS = set('verbatim dixit');
/** Speech verbs by stem (every tense: "explique", "expliquait", "a expliqué", "expliquera"…). */
const SPEECH_STEM = /^(?:expliqu|declar|indiqu|precis|confi|racont|affirm|ajout|repet|resum|temoign|soulign|insist|exprim|rapport|avou|annonc|lanc|confirm|assur|exclam)(?:e|es|ent|ait|aient|a|erait|eraient|era|eront|ee|ees|ant)?$/;
/** Irregular forms, and nouns that announce someone's words ("en ces termes :", "ses propos :"). */
const SPEECH_FORMS = set('dit dis dise disait disaient dira dirait diront conclut conclu concluait conclura ecrit ecrivait reconnait reconnu reconnaissait admet admis admettait repond repondu repondait repondra poursuit poursuivait termes propos mots cite verbatim dixit ainsi');
/** Who "selon" or "d'après" gives the words of ("selon elle :", "d'après l'adhérent :"). */
const SOURCE_AFTER_SELON = set('elle lui eux elles adherent adherente beneficiaire interesse interessee candidat candidate');

/** Does token j announce someone's speech before a colon? */
function speechWord(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const t = toks[j].t;
  if (toks[j].k !== Kind.Word) return false;
  if (SPEECH_FORMS.has(t) || (t.length > 4 && SPEECH_STEM.test(t))) return true;
  if (t === 'selon' || (t === 'apres' && toks[j - 1]?.t === "d'")) {
    let n = j + 1;
    if (toks[n]?.t === "l'" || toks[n]?.t === 'le' || toks[n]?.t === 'la') n++;
    return SOURCE_AFTER_SELON.has(toks[n]?.t ?? '');
  }
  return false;
}

/**
 * Does the colon follow its speech word directly ("Elle explique :", "a-t-il dit :", "explique à sa
 * conseillère :"), rather than a verb with its own complement ("il explique qu'il a perdu son
 * permis :", "elle explique son parcours, nous faisons le point :")?
 */
function directSpeech(doc: Doc, said: number, colon: number): boolean {
  const toks = doc.tokens;
  if (colon - said > 6) return false;
  for (let k = said + 1; k < colon; k++) if (!toks[k].hyphen && !BETWEEN_SPEECH_AND_COLON.has(toks[k].t)) return false;
  return true;
}
/** What may stand between a speech word and its colon: inversion, manner, addressee ("explique-t-elle simplement à sa conseillère :"). */
const BETWEEN_SPEECH_AND_COLON = set("t ainsi simplement clairement franchement spontanement alors aussi encore enfin bien tout haut fort en ces termes mots propres ses son sa a au lui leur nous avec humour conseiller conseillere referent referente accompagnateur accompagnatrice elle lui l' adherent adherente");

const AUXILIARIES = set("a ai as ont avait avaient aura auront est sont etait etaient sera seront ete n'a");
/** A past participle used as a label's adjective ("Souhait exprimé :"), not a verb with an auxiliary. */
function labelParticiple(doc: Doc, j: number): boolean {
  return /ée?s?$/.test(doc.raw(j).toLowerCase()) && !AUXILIARIES.has(doc.tokens[j - 1]?.t ?? '');
}

/** "je cite :" (the writer announcing a quotation). */
function quoteMarker(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  return toks[k].t === 'je' && toks[k + 1]?.t === 'cite' && toks[k + 2]?.t === ':';
}

/** Does the "moi" at k open its clause ("Moi, je…", "Et moi je…"), rather than end a phrase ("à moi, je…")? */
function emphatic(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return !prev || prev.sn !== doc.tokens[k].sn || prev.k === Kind.Punct || EMPHATIC_OPENERS.has(prev.t);
}

function report(ctx: RuleContext, doc: Doc, from: number, to: number, messageId: string, fixes: Fix[]): void {
  const [start, end] = range(doc, from, to);
  const t = doc.tokens[from].t;
  ctx.report({
    start,
    end,
    messageId,
    confidence: t === 'je' || t === "j'" || t === 'j' ? 'high' : 'medium',
    fixes,
  });
}

// ---------------------------------------------------------------------------------------------
// case A: the person's own words

function ownClauseFixes(doc: Doc, c: JeClause, feminine: boolean): Fix[] {
  const [s, e] = range(doc, c.start, c.verb);
  const fixes: Fix[] = [];
  if (doc.tokens[c.je].t === 'qui') {
    // "moi qui gère" → "vous qui gérez" / "elle qui gère"
    const rel = { ...c, start: c.je };
    const vous = rewriteClause(doc, rel, { kind: 'vous', subject: 'qui' });
    const third = rewriteClause(doc, rel, { kind: 'third', subject: 'qui' });
    if (vous) fixes.push(replaceFix(s, e, `${styled(doc, c.start, 'vous')} ${vous}`));
    if (third) fixes.push(replaceFix(s, e, `${styled(doc, c.start, feminine ? 'elle' : 'lui')} ${third}`, 'Écrire à la troisième personne'));
    return fixes;
  }
  // a stressed "Moi, je…" keeps its emphasis: "Vous, vous préférez…" (not after "et": "et moi, je"
  // keeps the plain "et vous")
  const prev = doc.tokens[c.start - 1];
  const emphasis = c.start < c.je && !(prev && prev.sn === doc.tokens[c.start].sn && prev.t === 'et');
  const vous = rewriteClause(doc, c, { kind: 'vous', emphatic: emphasis });
  if (vous) fixes.push(replaceFix(s, e, vous));
  const noAccents = writesWithoutAccents(doc, c.je);
  const noun = feminine ? "l'adhérente" : "l'adhérent";
  const third = rewriteClause(doc, c, { kind: 'third', subject: noAccents ? deaccent(noun) : noun });
  if (third) fixes.push(replaceFix(s, e, third, `Écrire à la troisième personne : « ${third} »`));
  return fixes;
}


function ownWordFixes(doc: Doc, k: number): Fix[] {
  const toks = doc.tokens;
  const t = toks[k].t;
  const [s, e] = range(doc, k, k);
  const noAccents = writesWithoutAccents(doc, k);
  const w = (x: string) => styled(doc, k, noAccents ? deaccent(x) : x);
  switch (t) {
    case 'me':
      return [replaceFix(s, e, w('vous'))];
    case "m'":
      return [replaceFix(s, e, w('vous') + ' ')];
    case 'moi':
      return [replaceFix(s, e, w('vous'))];
    case 'mon': case 'ma':
      return [replaceFix(s, e, w('votre')), replaceFix(s, e, w(t === 'ma' ? 'sa' : 'son'), 'Écrire à la troisième personne')];
    case 'mes':
      return [replaceFix(s, e, w('vos')), replaceFix(s, e, w('ses'), 'Écrire à la troisième personne')];
    case 'je': {
      // "Puis-je venir ?" → "Pouvez-vous venir ?"
      const inv = rewriteInverted(doc, k);
      if (!inv) return [];
      const [vs] = range(doc, inv.verb, inv.verb);
      return [replaceFix(vs, e, inv.text)];
    }
    case 'mien': case 'mienne':
      return [replaceFix(s, e, w('vôtre'))];
    case 'miens': case 'miennes':
      return [replaceFix(s, e, w('vôtres'))];
    default: {
      // "jai envoyé" → "vous avez envoyé"
      const verb = FUSED_JE.get(t);
      if (!verb) return [];
      const out = from1sg(verb, '2pl');
      if (!out) return [];
      const style = caseOf(doc.raw(k));
      const upper = sentenceUpper(doc, k) || style === 'upper';
      return [replaceFix(s, e, applyCase(upper ? 'upper' : style, `vous ${noAccents ? deaccent(out) : out}`))];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// case B: the counsellor's own acts

function counsellorClauseFixes(doc: Doc, c: JeClause, role: Role): Fix[] {
  const fixes: Fix[] = [];
  const passive = passiveRewrite(doc, c);
  if (passive) {
    const [s, e] = range(doc, c.start, passive.end);
    fixes.push(replaceFix(s, e, passive.text, `Tournure impersonnelle : « ${passive.text} »`));
  }
  const withRole = rewriteClause(doc, c, { kind: 'third', subject: role.np });
  if (withRole) {
    const [s, e] = range(doc, c.start, c.verb);
    fixes.push(replaceFix(s, e, withRole, `Nommer la fonction : « ${withRole} »`));
  }
  return fixes;
}

const OPINION_NOUNS = set('avis sens impression ressenti sentiment analyse opinion point regard gout idee intuition');
const OBJECT_CLITICS = new Set(['lui', 'leur', 'le', 'la', "l'", 'les', 'vous']);
const BETWEEN_VERB_AND_INFINITIVE = set("pas plus jamais encore bien deja aussi vite rapidement de d' a");

/**
 * Is the "me" at k the counsellor's own reflexive before an infinitive ("je vais me renseigner",
 * "j'essaie de me libérer")? Not when the je clause has another person as object: in "je lui ai
 * demandé de m'envoyer son CV", "m'" is the object of someone else's act.
 */
function reflexiveOfJe(doc: Doc, k: number, clauses: readonly JeClause[]): boolean {
  const toks = doc.tokens;
  for (const c of clauses) {
    if (c.verb >= k || toks[c.verb].sn !== toks[k].sn) continue;
    if (c.clitics.some((x) => OBJECT_CLITICS.has(toks[x].t))) return false;
    const from = (c.pp >= 0 ? c.pp : c.verb) + 1;
    if (k - from > 3) continue;
    let ok = true;
    for (let j = from; j < k; j++) if (!BETWEEN_VERB_AND_INFINITIVE.has(toks[j].t)) ok = false;
    if (ok) return true;
  }
  return false;
}

function counsellorWordFixes(doc: Doc, k: number, clauses: readonly JeClause[], role: Role): Fix[] {
  const toks = doc.tokens;
  const t = toks[k].t;
  const [s, e] = range(doc, k, k);
  if (POSSESSIVE.has(t)) {
    // "Lors de mon appel" → "Lors de l'appel": the article keeps the sentence without the writer;
    // an opinion ("à mon avis", "mon impression est que") needs rewriting as a fact, not an article
    const next = toks[k + 1];
    if (!next || next.k !== Kind.Word || OPINION_NOUNS.has(next.t)) return [];
    if ((t === 'mon' || t === 'ma') && startsWithVowel(doc.raw(next.i))) {
      const [ns] = range(doc, next.i, next.i);
      return [replaceFix(s, ns, styled(doc, k, "l'"))];
    }
    return [replaceFix(s, e, styled(doc, k, t === 'mon' ? 'le' : t === 'ma' ? 'la' : 'les'))];
  }
  if (t === 'moi') {
    const prev = toks[k - 1]?.t;
    if (prev === 'avec' || prev === 'par' || (prev === 'de' && toks[k - 2]?.t === 'aupres')) return [replaceFix(s, e, styled(doc, k, role.np))];
    return [];
  }
  if (t !== 'me' && t !== "m'") return [];
  const next = toks[k + 1];
  if (!next || next.sn !== toks[k].sn || next.k !== Kind.Word) return [];
  if (reflexiveOfJe(doc, k, clauses)) {
    // the counsellor's reflexive follows the role rewrite of its clause: "se"
    return [replaceFix(s, e, styled(doc, k, t === "m'" ? "s'" : 'se'))];
  }
  return objectCliticFixes(doc, k, role);
}
