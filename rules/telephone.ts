/**
 * `telephone`: a natural person's phone number — French in any format (0X XX XX XX XX, dots,
 * dashes, compact, +33 6…, 0033…, +33 (0)6…), overseas (+262…) and foreign (+32, +41, +212…).
 * Not: short service numbers (3949, 115…), 08 free or special-rate numbers, an organisation's
 * switchboard (« standard », « accueil » of the agency). A counsellor's direct line, a tutor's or a
 * relative's number are findings. TAXONOMY.md §4.4.
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';
import { Keywords, lineBefore, lineAfter, numberRuns, phoneKind, scanIdentifiers } from '../lib/lint/identifiers.ts';
import type { IdCandidate } from '../lib/lint/identifiers.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { isNumberWord, readDigitGroups } from '../lib/lint/number-words.ts';

/** Words that make the number an organisation's switchboard. */
const SWITCHBOARD = new Keywords([
  'standard', 'standardiste', 'secretariat', 'accueil', 'numero vert', 'numero unique', 'numero general', "numero d'accueil",
  'ligne generale', 'hotline', 'service client', 'service clients', 'plateforme telephonique', 'permanence telephonique',
  'serveur vocal',
]);
/**
 * A switchboard named right after the number, in brackets, after a colon, a dash or a comma: « 03 85 22 11 00 (standard) »,
 * « 02 61 91 44 08, standard », « 04 … – le standard » — but not the label of a next number (« – Standard : 39 49 »).
 */
const SWITCHBOARD_AFTER = new RegExp(
  "^\\s*(?:[(:–—-]?\\s*(?:standard|standardiste|accueil|secretariat|hotline)(?![\\p{L}])(?!\\s*(?:[\\p{L}' ]{0,30})?:)" +
  // after a comma, or with an article, the word closes the phrase: « , standard) », « – le standard. », « , standard de la
  // mairie. », not « , accueil de jour le lundi », « (le standard de son travail ne répond pas) »
  "|[,(:–—-]\\s*(?:(?:le|du)\\s+)?(?:standard|secretariat)(?:\\s+(?:de la|de l'|du|des|de|d')\\s*[\\p{L}'-]{2,20}(?:\\s+[\\p{L}'-]{2,20})?)?\\s*(?:[),;.]|$))",
  'u',
);
/**
 * Helplines and national services named before their number: « les coordonnées d'Agri'écoute (09…) »,
 * « SOS Amitié : 09… », « Allô Enfance en danger », « Drogues Info Service », « le numéro national
 * d'aide aux victimes ». Their line is a service's, never a person's.
 */
const HELPLINE = new Keywords([
  'sos', 'allo', 'info service', 'infos service', 'helpline', 'numero national', 'ligne nationale', 'plateforme nationale',
  "numero d'aide", "ligne d'aide", "numero d'urgence", "ligne d'urgence", "numero d'ecoute", "ligne d'ecoute", "plateforme d'ecoute",
  "cellule d'ecoute", "service d'ecoute", "espace d'ecoute", "point d'ecoute", 'ligne verte', 'numero azur', 'numero cristal',
  'croix-rouge', 'samu social', 'solidarite paysans', 'france victimes', 'fil sante jeunes', 'enfance en danger', 'femmes info',
  'sos amitie', 'suicide ecoute', 'ecoute cancer', 'alcooliques anonymes', 'narcotiques anonymes', 'phare enfants-parents',
]);
/** « Agri'écoute », « Vie-Écoute », « Croix-Rouge Écoute »: a name ending in « écoute » (not « l'écoute », « m'écoute »). */
const ECOUTE_NAME = /(?:[a-z]{2,}['-]|rouge |famille |jeunes |cancer |sante |deuil |parents |allo |sos )ecoute(?![a-z])/;

/** The words right after a number that still speak of it: up to a comma, a semicolon or the next number. */
const OWN_TAIL_END = /[,;]|\d/;
/** Organisations that may own a (fixed) number. */
const ORG = new Keywords([
  'agence', 'entreprise', 'societe', 'organisme', 'centre', 'mairie', 'caf', 'cpam', 'msa', 'mdph', 'france travail', 'pole emploi',
  'mission locale', 'cap emploi', 'association', 'ecole', 'lycee', 'college', 'universite', 'cfa', 'greta', 'afpa', 'etablissement',
  'magasin', 'restaurant', 'hotel', 'garage', 'cabinet', 'clinique', 'hopital', 'ehpad', 'structure', 'service', 'prefecture',
  'tribunal', 'spip', 'banque', 'boulangerie', 'usine', 'employeur', 'plateforme', 'siege', 'antenne', 'permanence',
  // social, health and public services known by their acronym (« le numéro du CMS »)
  'cms', 'ccas', 'cias', 'mds', 'msd', 'mdsi', 'utas', 'pmi', 'cmp', 'cmpp', 'csapa', 'caarud', 'chrs', 'cada', 'cidff', 'adil',
  'cio', 'urssaf', 'carsat', 'sip', 'crous', 'ch', 'chu', 'chs', 'pharmacie',
]);
/** Words that make a line a person's own, even when presented as a business's or before a switchboard-like ending. */
const OWN_LINE = new Keywords(['son fixe', 'domicile', 'portable', 'perso', 'personnel', 'personnelle', 'mobile', 'cell', 'cellulaire', 'gsm', 'natel', 'ligne directe', 'direct', 'me', 'mon', 'ma', 'moi']);
/** A structure's signature block: the number sits on a line with its legal identifiers. */
const LEGAL_ID = /\b(?:siret|siren|rcs|code ape|naf|tva|n° de declaration|numero de declaration|declaration d'activite|nda)\b/;
/** People: their number is personal, even inside an organisation ("la tutrice de l'entreprise : 06…"). */
const PERSON_WORDS = [
  'adherent', 'adherente', 'beneficiaire', 'candidat', 'candidate', 'monsieur', 'madame', 'm', 'mme', 'mlle',
  'tuteur', 'tutrice', 'responsable', 'manager', 'conseiller', 'conseillere', 'referent', 'referente', 'directeur', 'directrice',
  'gerant', 'gerante', 'patron', 'patronne', 'chef', 'interlocuteur', 'interlocutrice', 'pere', 'mere', 'mari', 'epouse',
  'conjoint', 'conjointe', 'compagnon', 'compagne', 'fils', 'fille', 'frere', 'soeur', 'ami', 'amie', 'voisin', 'voisine', 'curateur',
  'curatrice', 'assistante sociale', 'assistant social', 'educateur', 'educatrice', 'portable', 'perso', 'personnel', 'mobile',
  'cell', 'cellulaire', 'gsm', 'natel',
  'ligne directe', 'direct', 'je', 'j', 'me', 'mon', 'ma', 'mes', 'moi', 'sms', 'whatsapp',
];
const PERSON = new Keywords(PERSON_WORDS);
/** A person named or pointed at before the number (the speaker's « je » is not: « je lui redonne le numéro du CMS »). */
const NAMED = new Keywords([...PERSON_WORDS.filter((w) => w !== 'je' && w !== 'j'), 'son numero', 'sa ligne', 'son telephone', 'son tel', 'il est joignable',
  'elle est joignable', 'il reste joignable', 'elle reste joignable']);
/** « numéro de l'agence », « téléphone du magasin » : group 1 is the owner of the number. */
const OWNER = /(?:numero|telephone|tel|ligne|fixe|coordonnees)\.?\s+(?:de l'|du|de la|des|d'|de)\s*(?:(?:son|sa|ses|leur|cet|cette|ce|notre)\s+)?([\p{L}-]+)/gu;
/** Pronouns and possessives: personal only when nothing else points to an organisation after them. */
const PRONOUN = new Keywords(['il', 'elle', 'lui', 'son', 'sa', 'ses', 'votre', 'vos', 'contact']);

/** Verbs and nouns after which "au 06…" reads naturally as "par téléphone". */
const BY_PHONE = /(?:joignable|joindre|appeler|rappeler|appele|appelee|contacter|contactable|contacte|contactee|relancer|prevenir|telephoner|sms|message)(?:[ ,]+[\p{L}'.]+){0,8}[ ,]+(?:au|sur le|sur son|via le|au numero|au n°)\s*$/u;
/** « au 06… » without a contact verb: « Son frère est au 06… » → « Son frère est joignable par téléphone ». */
const AU = /(?<![\p{L}])au\s*$/u;

/** Digits, then a group mixing digits and letters (« 2a », « 2b », « 12b »), then one space: `before` ends inside a longer code. */
const TAIL_OF_CODE = /\d[ .-]?(?:\d[a-z]|[a-z]\d)[0-9a-z]* $/;

/** Abbreviations whose dot does not end a clause: « M. Martin », « Tél. 05… », « Cell. », « Port. », « n. », « Dr. ». */
const ABBREV = /(?:^|[^\p{L}])(?:m|mme|mlle|mr|dr|tel|cell|port|mob|st|ste|cf|p)$/u;
/** Start of the last clause of `before`: after the last . ; ! ? that is not an abbreviation's dot. */
function clauseStart(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const ch = before[i];
    if (ch === ';' || ch === '!' || ch === '?') return i + 1;
    if (ch === '.' && !ABBREV.test(before.slice(Math.max(0, i - 5), i))) return i + 1;
  }
  return 0;
}

export default defineRule({
  id: 'telephone',
  meta: {
    description: "Numéro de téléphone d'une personne (adhérent, proche, tuteur, conseiller) dans le texte.",
    category: 'telephone',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    phone: 'Numéro de téléphone dans le compte rendu : il a sa place dans la fiche de contact, pas dans le texte.',
  },
  explanation:
    "Le compte rendu peut être lu par l'adhérent (droit d'accès, RGPD art. 15) et transmis à des partenaires : " +
    "les coordonnées y sont inutiles (minimisation, RGPD art. 5.1.c) et déjà enregistrées dans la fiche de contact. " +
    "Cela vaut aussi pour le numéro d'un proche, d'un tuteur ou la ligne directe du conseiller. " +
    "Écrivez plutôt « Joignable par téléphone le matin ».",
  // a number dictated in words starts with « zéro » (0X…) or « plus » (+33…); digits first are found from the digit runs
  lexicon: [{ lemma: 'zéro', forms: ['zero'], inflect: 'none', tag: 'spoken' }, { lemma: 'plus', inflect: 'none', tag: 'spoken' }],
  check(ctx) {
    const { doc, text } = ctx;
    const norm = doc.norm;
    const found = scanIdentifiers(doc);
    const cands = found.filter((c) => c.kind === 'telephone');
    // numbers dictated in words, whole or in part: « zéro six dix-sept… », « 06 58 21 90 quarante-quatre », « plus trente-trois six… »
    for (const c of spokenPhones(doc, ctx.hits.map((h) => h.from))) {
      if (!found.some((f) => f.s < c.e && c.s < f.e)) cands.push(c);
    }
    for (const c of cands) {
      if (c.detail === 'special') continue; // 08: free or special-rate, an organisation's line
      const before = lineBefore(norm, c.s, 90);
      // the tail of a longer code: a group mixing digits and letters right before, after digits
      // (« ss 2 85 2A 050 120 34 69 », a NIR with a Corsican département), is not a phone number
      if (TAIL_OF_CODE.test(before)) continue;
      const clauseBefore = before.slice(clauseStart(before));
      const after = lineAfter(norm, c.e, 30);
      const person = PERSON.last(clauseBefore);
      // « entreprise d'accueil », « famille d'accueil » are not a switchboard
      const board = SWITCHBOARD.last(clauseBefore.replace(/d'accueil/g, "d'-------"));
      // « 03 85 22 11 00 (standard) », but not « Ligne directe : 05… – Standard : 39 49 » (a label of the next number)
      // a helpline named in the last words before the number, no person named after it
      const near = clauseBefore.slice(-60);
      const helpline = Math.max(HELPLINE.last(near), ECOUTE_NAME.test(near) ? near.lastIndexOf('ecoute') + 6 : -1);
      // (« …, joignable au 06… sur son portable »: a line the text calls someone's own stays personal)
      if (helpline >= 0 && PERSON.last(near) < helpline && OWN_LINE.last(near.slice(helpline)) < 0 && OWN_LINE.last(after.split(OWN_TAIL_END)[0]) < 0) continue;
      if (board > person || SWITCHBOARD_AFTER.test(lineAfter(norm, c.e, 80))) continue;
      // « le numéro de l'entreprise où travaille son mari » : the noun right after « numéro de » owns the number
      let owner = '';
      let ownerEnd = -1;
      for (const m of clauseBefore.matchAll(OWNER)) { owner = m[1]; ownerEnd = m.index + m[0].length; }
      const own = OWN_LINE.last(clauseBefore);
      // « Ligne de l'entreprise (c'est son portable) » : a personal line named after the owner
      if (owner && ORG.test(owner) && !PERSON.test(owner) && !(own > ownerEnd && own > board)) continue;
      const digits = norm.slice(c.s, c.e).replace(/[ .\-]|\(0\)/g, '');
      const mobile = /^(?:\+33 ?|0033 ?|0)[67]/.test(digits);
      // a landline ending in 00 is a switchboard; one beside a SIRET or NDA is a structure's signature —
      // unless a person is named in the clause (« Sa mère : 03… 00 », « appeler M. Martin au … »)
      if (c.detail === 'fr' && !mobile && own < 0 && NAMED.last(clauseBefore) < 0) {
        if (/^(?:\+33|0033|0)[1-5]\d{6}00$/.test(digits)) continue;
        if (LEGAL_ID.test(lineAfter(norm, c.e, 60)) || LEGAL_ID.test(lineBefore(norm, c.s, 80))) continue;
      }
      // a second number after « ou au cabinet, », « ou à l'agence : »: the words since the previous number (its bracketed note
      // passed over) name an organisation and no person: « me joindre au 07… (portable professionnel) ou au cabinet, 02… »
      if (c.detail === 'fr' && !mobile) {
        const lastDigit = clauseBefore.search(/\d[^\d]*$/);
        if (lastDigit >= 0) {
          const since = clauseBefore.slice(lastDigit + 1).replace(/^\s*\([^()]*\)/, '');
          if (ORG.last(since) >= 0 && PERSON.last(since) < 0 && OWN_LINE.last(since) < 0) continue;
        }
      }
      // a French landline next to an organisation is its line, unless a person is named in the clause
      // ("sa conseillère à l'agence : 03…"); mobiles and foreign numbers are people's
      if (c.detail === 'fr' && !mobile && person < 0 && ORG.last(clauseBefore) > PRONOUN.last(clauseBefore)) continue;

      const window = norm.slice(Math.max(0, c.s - 70), c.s);
      const pre = BY_PHONE.exec(window);
      const au = pre ? null : AU.exec(window);
      const fixes = [];
      if (pre) {
        const prep = /(?:au|sur le|sur son|via le|au numero|au n°)\s*$/.exec(pre[0])!;
        const ps = doc.orig(c.s - prep[0].length, c.s)[0];
        fixes.push(replaceFix(ps, c.end, 'par téléphone', 'Remplacer par « par téléphone »'));
      } else if (au) {
        const ps = doc.orig(c.s - au[0].length, c.s)[0];
        fixes.push(replaceFix(ps, c.end, 'joignable par téléphone', 'Remplacer par « joignable par téléphone »'));
      } else if (/[:(]\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) {
        fixes.push(replaceFix(c.start, c.end, 'voir la fiche de contact', 'Renvoyer à la fiche de contact'));
      }
      fixes.push(removalFix(text, c.start, c.end, 'Retirer le numéro'));
      ctx.report({ start: c.start, end: c.end, messageId: 'phone', confidence: c.confidence, fixes });
    }
  },
});

/** A word or a short digit group of the sentence of token `sn` at index j, for the number-word reader. */
function wordOf(doc: Doc, sn: number) {
  return (j: number): string | undefined => {
    const t = doc.tokens[j];
    if (!t || t.sn !== sn) return undefined;
    if (t.k === Kind.Number) return /^\d{1,4}$/.test(t.t) ? t.t : undefined;
    return t.k === Kind.Word ? t.t : undefined;
  };
}

/** A phone named before digits typed in pairs with commas. */
const PHONE_WORD = /(?:^|[^a-z])(?:tel|telephone|portable|port|mobile|cell|gsm|numero|n°|joignable|joindre|appeler|rappeler|contact|sms|whatsapp)(?![a-z])/g;
/** A reference or a list named after the phone word: « numéro de dossier : 07, 81, … », « sur son portable les codes 05, 12, … ». */
const PAIRS_NOT = /(?:^|[^a-z])(?:dossier|reference|ref|contrat|commande|lots?|codes?|badge|client|allocataire|facture|offre|convention|departements?|notes?|scores?|numeros)(?![a-z])/;
/** A plural between the phone word and the pairs: a list, not one number (« joindre par SMS les stagiaires des groupes 02, 14, … »). */
const PAIRS_PLURAL = /(?:^|[^a-z])(?:les|sont|aux|(?<!de )(?:ses|mes|nos|vos|leurs))(?![a-z])/;
/** Is a phone named in the clause before digit pairs, with no reference or list named after it? */
function phoneNamed(before: string): boolean {
  const clause = before.slice(clauseStart(before));
  let last = -1;
  for (const m of clause.matchAll(PHONE_WORD)) last = m.index + m[0].length;
  if (last < 0) return false;
  const tail = clause.slice(last);
  return !PAIRS_NOT.test(tail) && !PAIRS_PLURAL.test(tail);
}
/** Separators a dictated number may be typed with between its groups. */
const GROUP_SEP = new Set([',', '-', '–', '—', '/']);
/**
 * Token indices of the words and short digit groups from `first` on, passing over one separator between
 * two of them (« zéro sept, quarante et un, dix-huit »); at most 24 items.
 */
function spokenItems(doc: Doc, first: number): number[] {
  const toks = doc.tokens;
  const sn = toks[first]?.sn;
  const out: number[] = [];
  for (let j = first; j < toks.length && out.length < 24; j++) {
    const t = toks[j];
    if (t.sn !== sn) break;
    if (t.k === Kind.Punct) {
      const n = toks[j + 1];
      if (!out.length || !GROUP_SEP.has(t.t) || !n || n.sn !== sn) break;
      if (!(n.k === Kind.Number ? /^\d{1,4}$/.test(n.t) : isNumberWord(n.t))) break;
      continue;
    }
    out.push(j);
  }
  return out;
}

/**
 * Groups typed apart must be a phone's pairs: each separator passed over falls between two groups and every
 * chunk up to `upTo` holds two digits or more (« zéro sept, quarante et un, … », not « zéro sept, trois, deux »).
 */
function chunked(items: readonly number[], ends: readonly number[], lens: readonly number[], upTo: number): boolean {
  let prev = 0;
  for (let j = 1; j < upTo; j++) {
    if (items[j] === items[j - 1] + 1) continue; // no separator between these two items
    const q = ends.indexOf(j);
    if (q < 0 || lens[q] - prev < 2) return false;
    prev = lens[q];
  }
  if (prev === 0) return true;
  return lens[ends.indexOf(upTo)] - prev >= 2;
}

/**
 * Phone numbers dictated in words, whole or half: « zéro six dix-sept quarante-deux cinquante-huit
 * quatre-vingt-treize », « zéro sept 81 33 60 29 », « 06 58 21 90 quarante-quatre », « plus trente-trois
 * six quarante-quatre… ». Read from each « zéro » / « plus » hit and from each short digit run followed
 * by a number word; kept only when the digits make a valid phone number, cut at a group boundary.
 */
function spokenPhones(doc: Doc, starts: number[]): IdCandidate[] {
  const toks = doc.tokens;
  const out: IdCandidate[] = [];
  const from = starts.slice();
  // pairs of digits typed apart with commas (« 07, 81, 33, 20, 14 »): token indices of their first pair
  const pairs = new Set<number>();
  // « 06 58 21 90 quarante-quatre »: a short run of digits, then a number word
  for (const r of numberRuns(doc)) {
    if (r.d.length < 2 || r.d.length > 9 || r.glued || !/^(?:0|33)/.test(r.d)) continue;
    // « 06 58 21 90 quarante-quatre », « 06, douze, trente-quatre… »
    const gap = doc.norm[r.e] === ',' ? 2 : 1;
    const c = doc.norm.charCodeAt(r.e + gap);
    const digitPair = gap === 2 && r.d.length === 2 && c >= 48 && c <= 57 && r.d[1] !== '0';
    if (doc.norm[r.e + gap - 1] !== ' ' || ((c < 97 || c > 122) && !digitPair)) continue;
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].s < r.s) lo = mid + 1; else hi = mid; }
    let k = lo;
    while (k < toks.length && toks[k].e <= r.e) k++;
    if (toks[k]?.t === ',') k++;
    if (isNumberWord(toks[k]?.t)) from.push(lo);
    // digits only: a phone word must name the number (« 01, 21, 39, 71, 89 » is a list of départements)
    else if (digitPair && toks[k]?.k === Kind.Number && phoneNamed(lineBefore(doc.norm, r.s, 60))) { from.push(lo); pairs.add(lo); }
  }
  let reach = -1;
  for (const k of from.sort((a, b) => a - b)) {
    if (k < reach) continue;
    const t = toks[k];
    const plus = t.t === 'plus';
    // « il n'en peut plus », « plus tard »: only « plus » + a number
    if (plus && !isNumberWord(toks[k + 1]?.t)) continue;
    const first = plus ? k + 1 : k;
    // the groups may be dictated apart: « zéro sept, quarante et un, dix-huit… », « zéro six – douze – … »
    const items = spokenItems(doc, first);
    const at = (j: number) => items[j];
    const g = readDigitGroups((j) => (j < items.length ? wordOf(doc, t.sn)(items[j]) : undefined), 0, 16);
    if (!g || (!g.words && !pairs.has(k))) continue;
    // five pairs exactly, not the start of a longer list
    if (!g.words && items.length !== 5) continue;
    // the longest group boundary that makes a valid phone number
    let end = -1;
    let kind: 'fr' | 'special' | 'intl' | null = null;
    for (let q = g.ends.length - 1; q >= 0 && end < 0; q--) {
      if (!chunked(items, g.ends, g.lens, g.ends[q])) continue;
      const d = g.digits.slice(0, g.lens[q]);
      if (!plus && d.length !== 10 && !d.startsWith('00')) continue;
      const pk = phoneKind(d, plus);
      if (pk) { end = g.ends[q]; kind = pk; }
    }
    if (end < 0 || !kind) continue;
    reach = at(end - 1) + 1;
    const s = t.s, e = toks[at(end - 1)].e;
    const [start, stop] = doc.orig(s, e);
    out.push({ kind: 'telephone', s, e, start, end: stop, confidence: 'medium', detail: kind });
  }
  return out;
}
