/**
 * More helpers for the art. 9 rules (origine, religion, opinions-politiques, syndicat,
 * vie-sexuelle, genetique-biometrie), on top of rules/shared/art9.ts and
 * lib/lint/special-categories.ts:
 *
 * - is a person named anywhere in the sentence (not only in the clause)?
 * - a job / sector frame that ignores the idiom « dans le cadre de » ("dans le cadre de sa
 *   transition" is not a frame);
 * - the person's own biometric trait ("scan de son iris", "son visage a été enregistré pour le
 *   pointage");
 * - a partner of the same gender as the subject ("il vit avec son compagnon", "elle est mariée à une
 *   femme"), which states a sexual orientation without naming it.
 */
import type { Doc } from '../../lib/lint/document.ts';
import { Kind } from '../../lib/lint/tokenize.ts';
import { sentence } from '../../lib/lint/context.ts';
import { STRICT_PERSON, POSSESSIVE, inFrame } from './art9.ts';
import { wordSet as set } from '../../lib/lint/token-set.ts';


/** Does the sentence of token i name the person or a relative (pronoun, possessive, "l'adhérent")? */
export function personInSentence(doc: Doc, i: number, skipFrom = -1, skipTo = -1): boolean {
  return sentenceHasWord(doc, i, STRICT_PERSON, skipFrom, skipTo) || subjectlessNote(doc, i);
}

/** Auxiliaries and verbs that open a note whose subject, the person, is left out: "a voté pour la première fois", "est passé au PS". */
const NOTE_OPENERS = set('a avait est etait');

/**
 * Is the sentence of token i a note that leaves its subject out, the person: it opens on a finite auxiliary ("a voté pour la première
 * fois aux européennes", "est encarté depuis 2020"), or on one word and a comma before it ("livreur, a rejoint…")? Not the preposition
 * "à" ("À la mairie, vote…").
 */
export function subjectlessNote(doc: Doc, i: number): boolean {
  const [a, b] = sentence(doc, i);
  const toks = doc.tokens;
  let k = a;
  if (k + 2 < b && toks[k].k === Kind.Word && toks[k + 1].t === ',') k += 2;
  if (k + 1 >= b || !NOTE_OPENERS.has(toks[k].t) || /^[àÀ]$/.test(doc.raw(k)) || toks[k + 1].k !== Kind.Word) return false;
  const next = toks[k + 1].t;
  return toks[k].t === 'a' ? !NOT_AFTER_A.has(next) : !NOT_AFTER_EST.has(next);
}

/** Words after an opening "A" that make it the preposition "à" without its accent: "A la mairie", "A noter", "A partir de". */
const NOT_AFTER_A = set("la le les l' noter savoir partir propos travers cote compter cette ces ce");
/** Words after an opening "Est" that make an inverted clause ("Est prévue une réunion", "Est-ce que…"), not the person's auxiliary. */
const NOT_AFTER_EST = set('ce prevu prevue prevus prevues organise organisee programme programmee annonce annoncee');

/** Does a word of `words` occur in the sentence of token i (outside [skipFrom, skipTo))? */
export function sentenceHasWord(doc: Doc, i: number, words: ReadonlySet<string>, skipFrom = -1, skipTo = -1): boolean {
  const [a, b] = sentence(doc, i);
  for (let k = a; k < b; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    if (words.has(doc.tokens[k].t)) return true;
  }
  return false;
}

/**
 * `inFrame` of art9.ts, except that « dans le cadre de … » is an idiom ("in the course of"), not a
 * manager: "dans le cadre de sa transition", "dans le cadre d'un test génétique".
 */
export function inFrameOutsideIdiom(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1; k >= Math.max(0, from - 5) && toks[k].sn === sn; k--) {
    if (toks[k].t === 'cadre' && toks[k - 1]?.t === 'le' && toks[k - 2]?.t === 'dans') {
      // only articles, possessives and prepositions between the idiom and the term
      let plain = true;
      for (let j = k + 1; j < from; j++) if (!IDIOM_GAP.has(toks[j].t)) plain = false;
      if (plain) return false;
    }
  }
  return inFrame(doc, from);
}
const IDIOM_GAP = set(`de d' du des la le les l' un une son sa ses leur leurs`);

// ---------------------------------------------------------------------------------------------
// Biometric traits

/** Nouns that capture a trait: "scan de son iris", "relevé de ses empreintes", "contour de sa main". */
const CAPTURE = set(`scan scans scanner lecture lecteur capture prise releve releves enregistrement enrolement photo image
  modele gabarit contour geometrie reconnaissance analyse authentification identification empreinte empreintes`);
/** Words that make the sentence about biometric identification. */
const BIO_CONTEXT = set(`pointage pointer pointait pointe pointeuse pointeuses badge badges badger badgeuse badgeait deverrouille
  deverrouiller deverrouillage deverrouillait deverrouillent deverrouillant authentification authentifier authentifie authentifiee identification identifier identifie
  identifiee reconnaissance biometrique biometriques biometrie scan scanne scannee scannes scannees scanner capteur capteurs
  lecteur lecteurs gabarit enrole enrolee enrolement acces controle portique portiques serrure`);
/** Participles of collecting a trait: "son visage a été enregistré". */
const COLLECTED = set(`enregistre enregistree enregistres enregistrees scanne scannee scannes scannees releve relevee releves
  relevees capture capturee captures capturees enrole enrolee enroles enrolees numerise numerisee stocke stockee stockes stockees
  preleve prelevee preleves prelevees photographie photographiee conserve conservee conserves conservees`);
const AUX = set(`a ont avait avaient ete est sont etait etaient sera seront fut`);

/**
 * The person's own biometric trait at [from, to): a possessive before it ("son iris", "de sa
 * main") and a sentence about identification ("pour le pointage", "contrôle d'accès", "scan").
 * Returns the token range to report (the capture noun or the participle included), or null.
 * "Sa voix porte bien", "son visage fermé", "laisser son empreinte dans l'équipe" are not findings.
 */
export function ownTrait(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const poss = at(from - 1);
  if (!poss || !POSSESSIVE.has(poss.t)) return null;
  let start = from - 1;
  // "scan de son iris", "contour de sa main"
  const prep = at(from - 2);
  const noun = at(from - 3);
  if (prep && (prep.t === 'de' || prep.t === 'par' || prep.t === 'avec') && noun && CAPTURE.has(noun.t)) start = from - 3;
  // "son visage a été enregistré", "son iris scanné"
  let end = to;
  for (let k = to, n = 0; n < 4 && at(k); k++, n++) {
    const t = at(k)!;
    if (COLLECTED.has(t.t)) { end = k + 1; break; }
    if (!AUX.has(t.t)) break;
  }
  if (!sentenceHasWord(doc, from, BIO_CONTEXT, from, to)) return null;
  return [start, end];
}

// ---------------------------------------------------------------------------------------------
// Partner of the same gender

const MALE_SUBJECTS = set(`il adherent monsieur m mr beneficiaire interesse candidat`);
const FEMALE_SUBJECTS = set(`elle adherente madame mme mlle beneficiaire interessee candidate`);
/**
 * Relatives whose gender the noun tells: as the subject of a couple verb they say the couple's
 * genders ("son ex-mari vit maintenant avec un homme"); only with a couple verb ("son fils a un copain" is a friend).
 */
const MALE_NOUN_SUBJECTS = set(`mari ex-mari pere frere fils oncle neveu cousin beau-frere beau-pere grand-pere compagnon ex-compagnon`);
const FEMALE_NOUN_SUBJECTS = set(`epouse ex-epouse ex-femme mere soeur tante niece cousine belle-soeur belle-mere grand-mere compagne ex-compagne`);
/** Couple verbs between the subject and the partner: "vit avec", "marié à", "en couple avec". */
const COUPLE = set(`vit vivait vivent habite habitait marie mariee pacse pacsee epouse couple concubinage partage partageait
  installe installee emmenage emmenagee fiance fiancee sort sortait sortent sortaient sortir frequente frequentait flirte flirtait
  relation liaison aventure`);
const COUPLE_SKIP = set(`avec a en est etait suis etais s' se ne n' depuis desormais aujourd'hui actuellement toujours deja officiellement maintenant
  son sa un une le la l' ete`);
/** Couple nouns that also name a mere contact ("en relation avec"): the partner must not be qualified after. */
const WEAK_COUPLE = set('relation liaison aventure');
const CONTACT_NEXT = set("de du des d' qui que qu' dont pour charge chargee responsable referent referente");
/** Prepositions before a place between a couple verb and the partner. */
const PLACE_PREPS = set('a au en dans pres vers');
/** Places of living between the couple verb and the partner: "vit au foyer avec son compagnon". */
const PLACE_NOUNS = set(`foyer studio appartement logement hotel centre cada huda chrs residence colocation campagne ville village quartier
  banlieue camping squat caravane maison`);
const PLACE_DETS = set("un une le la l'");
const MALE_PARTNERS = new Set(['mari', 'epoux', 'compagnon', 'copain', 'fiance', 'homme', 'petit ami', 'garcon', 'gars', 'mec']);
const MALE_DETS = set(`son un le`);
const FEMALE_DETS = set(`sa une la`);
const FEMALE_PARTNERS = new Set(['epouse', 'femme', 'compagne', 'fiancee', 'petite amie', 'fille', 'nana', 'meuf', 'copine']);
/** Everyday words for a boy or a girl: a partner only after a dating verb ("sortait avec un garçon"; "elle vit avec sa fille" is her child). */
const YOUNG = new Set(['garcon', 'gars', 'mec', 'fille', 'nana', 'meuf']);
/** Dating verbs: "sort avec", "sortait avec", "en couple avec", "fréquente". */
const DATING = set(`sort sortait sortent sortaient sortir sorti sortie couple frequente frequentait flirte flirtait fiance fiancee relation liaison aventure`);
/** Subjects that may open a coordination with a partner: "Elle et son épouse", "Lui et son mari". */
const COORD_MALE = set('lui monsieur adherent');
/** Before a relative subject: "son ex-mari", "sa sœur", "le père". */
const POSSESSIVE_SUBJECT = set("son sa ses le la l' ex mon ma votre leur");
const PARTNER_END = set("et mais depuis a au en dans ou , . ; : ! ? ) maintenant desormais");
const COORD_FEMALE = set('elle madame adherente');
/** Titles before a name as the subject of a couple verb ("Mme Kowalczyk vit avec son épouse"). */
const TITLES = set('m mr monsieur mme madame mlle mademoiselle');
const FEMALE_TITLES = set('mme madame mlle mademoiselle');

/**
 * "Il vit avec son compagnon", "elle est mariée à une femme", "l'adhérent est pacsé avec son
 * mari", "elle a une compagne": a partner of the subject's own gender. Only a couple verb (or
 * « a un / une ») may sit between the subject and the partner, so "il héberge sa sœur et son mari"
 * is not read as a couple. Returns the start token of the phrase, or -1.
 */
export function sameGenderPartner(doc: Doc, from: number, to: number = from + 1): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let w = toks[from].t;
  for (let k = from + 1; k < to; k++) w += ' ' + toks[k].t;
  if (w === 'un autre' || w === 'une autre') return otherPartner(doc, from, to, w === 'un autre');
  const male = MALE_PARTNERS.has(w);
  const female = FEMALE_PARTNERS.has(w);
  if (!male && !female) return -1;
  const det = toks[from - 1];
  // "son épouse", "son amie": « son » before a feminine noun that starts with a vowel
  const femaleSon = female && det?.t === 'son' && /^[aeiouh]/.test(w);
  if (!det || det.sn !== sn || !((male ? MALE_DETS : FEMALE_DETS).has(det.t) || femaleSon)) return -1;
  const young = YOUNG.has(w);
  // "sort avec sa fille" is her child: a boy or a girl as a partner comes with « un / une »
  if (young && det.t !== 'un' && det.t !== 'une') return -1;
  // "sa femme de ménage", "un homme de confiance", "son compagnon de route": other senses
  const nx = toks[to];
  if (!young && nx && nx.sn === sn && (nx.t === 'de' || nx.t === "d'")) return -1;
  // "Elle et son épouse viennent d'acheter…", "Lui et son mari": a couple named as one subject
  const et = toks[from - 2];
  const subj = toks[from - 3];
  if (!young && et?.t === 'et' && et.sn === sn && subj && subj.sn === sn && w !== 'homme' && w !== 'femme') {
    if ((male && COORD_MALE.has(subj.t)) || (female && COORD_FEMALE.has(subj.t))) return from - 3;
    // "Mme Diallo et son épouse": a title and a name
    if (subj.k === Kind.Word && doc.isCapitalized(from - 3) && !subj.first) {
      const title = toks[from - 4]?.t === '.' ? toks[from - 5]?.t : toks[from - 4]?.t;
      if ((male && (title === 'm' || title === 'monsieur' || title === 'mr')) || (female && (title === 'mme' || title === 'madame' || title === 'mlle'))) {
        return toks[from - 4]?.t === '.' ? from - 5 : from - 4;
      }
    }
  }
  let k = from - 2;
  let couple = -1;
  let steps = 0;
  while (k >= 0 && toks[k].sn === sn && steps < 6) {
    const t = toks[k];
    // "Il a évoqué sa vie perso : en couple avec un homme depuis le printemps": a subjectless note after a colon, the sentence's subject
    if (t.t === ':' && couple >= 0 && couple <= k + 2 && !young) {
      let q = k - 1;
      while (q > 0 && k - q < 15 && toks[q - 1].sn === sn && !toks[q].first) q--;
      const subjectMale = toks[q]?.t === 'il';
      const subjectFemale = toks[q]?.t === 'elle';
      const partnerEnd = toks[to];
      const bare = (w !== 'homme' && w !== 'femme') || !partnerEnd || partnerEnd.sn !== sn || PARTNER_END.has(partnerEnd.t);
      return bare && ((male && subjectMale) || (female && subjectFemale)) ? k + 1 : -1;
    }
    if (t.k === Kind.Punct) return -1;
    // "il vit à Rezé avec son mari", "elle habite depuis 2015 à Saint-Nazaire avec sa femme": a place or a year between
    if (t.k === Kind.Number) { k--; continue; }
    if (t.k === Kind.Word && !t.first && doc.isCapitalized(k)) {
      let q = k;
      while (q > 0 && k - q < 3 && toks[q - 1].sn === sn && toks[q - 1].k === Kind.Word && !toks[q - 1].first && doc.isCapitalized(q - 1)) q--;
      if (PLACE_PREPS.has(toks[q - 1]?.t ?? '')) { k = q - 2; continue; }
    }
    // "il vit au foyer avec son compagnon", "elle habite dans un studio avec sa compagne": a common place between
    if (t.k === Kind.Word && PLACE_NOUNS.has(t.t)) {
      const d = PLACE_DETS.has(toks[k - 1]?.t ?? '') ? k - 1 : k;
      if (PLACE_PREPS.has(toks[d - 1]?.t ?? '') && toks[d - 1].sn === sn) { k = d - 2; steps++; continue; }
    }
    // "Mme Kowalczyk vit avec son épouse", "M. Da Silva est marié à un homme": a title and a name as the subject
    if (couple >= 0 && t.k === Kind.Word && !young && doc.isCapitalized(k)
      && ((w !== 'homme' && w !== 'femme') || !nx || nx.sn !== sn || PARTNER_END.has(nx.t))) {
      let q = k;
      while (q > 0 && k - q < 2 && toks[q - 1].sn === sn && toks[q - 1].k === Kind.Word && doc.isCapitalized(q - 1) && !TITLES.has(toks[q - 1].t)) q--;
      const title = toks[q - 1]?.t === '.' ? toks[q - 2] : toks[q - 1];
      if (title && title.sn === sn && TITLES.has(title.t)) {
        const titleFemale = FEMALE_TITLES.has(title.t);
        return (male && !titleFemale) || (female && titleFemale) ? couple : -1;
      }
    }
    if (COUPLE.has(t.t)) couple = k;
    else if ((t.t === 'je' || t.t === "j'") && t.quoted && couple >= 0) {
      // « je suis en couple avec un homme », said by the person the sentence introduces ("Il me dit : « … »")
      const g = speakerGender(doc, k);
      if (young && !DATING.has(toks[couple].t)) return -1;
      return (male && g === 1) || (female && g === 2) ? couple : -1;
    } else if (!COUPLE_SKIP.has(t.t)) {
      // « il a un compagnon », « elle a une compagne »: only right after the subject
      if ((MALE_SUBJECTS.has(t.t) || FEMALE_SUBJECTS.has(t.t)) && (couple >= 0 || (toks[k + 1]?.t === 'a' && k + 2 === from - 1))) {
        const subjectMale = MALE_SUBJECTS.has(t.t) && !FEMALE_SUBJECTS.has(t.t);
        const subjectFemale = FEMALE_SUBJECTS.has(t.t) && !MALE_SUBJECTS.has(t.t);
        // the generic "homme" / "conjoint" need the couple verb ("marié à un homme")
        if ((w === 'homme' || w === 'femme') && couple < 0) return -1;
        // "garçon", "fille" need a dating verb: "il sortait avec un garçon", not "elle vit avec sa fille"
        if (young && (couple < 0 || !DATING.has(toks[couple].t))) return -1;
        // "en relation avec un homme du service RH", "mise en relation avec une femme qui recrute": a contact, not a partner
        if (couple >= 0 && WEAK_COUPLE.has(toks[couple].t) && (toks[couple - 1]?.t === 'mise' || toks[couple - 1]?.t === 'mis' || (toks[couple - 2]?.t === 'mise')
          || (nx && nx.sn === sn && CONTACT_NEXT.has(nx.t)))) return -1;
        if ((male && subjectMale) || (female && subjectFemale)) return couple >= 0 ? couple : k + 1;
        return -1;
      }
      // "son ex-mari vit maintenant avec un homme": a gendered relative as the subject of a couple verb
      const nounMale = MALE_NOUN_SUBJECTS.has(t.t);
      // the generic "homme" / "femme" must end the phrase: "habite avec un homme âgé dont il est l'aide" is a job
      const bare = (w !== 'homme' && w !== 'femme') || !nx || nx.sn !== sn || PARTNER_END.has(nx.t);
      if ((nounMale || FEMALE_NOUN_SUBJECTS.has(t.t)) && couple >= 0 && !young && bare && POSSESSIVE_SUBJECT.has(toks[k - 1]?.t ?? '')) {
        return (male && nounMale) || (female && !nounMale) ? couple : -1;
      }
      return -1;
    }
    k--;
    steps++;
  }
  // "Marié à un homme, il craint…", "En couple avec une femme depuis 2020, elle…": a sentence-initial apposition, the subject after it
  const lead = couple >= 0 && (toks[couple].first || (toks[couple - 1]?.first && toks[couple - 1].t === 'en')) ? couple : -1;
  if (lead >= 0 && !young) {
    let c = to;
    while (c < to + 5 && toks[c] && toks[c].sn === sn && toks[c].t !== ',' && (toks[c].k === Kind.Number || COUPLE_SKIP.has(toks[c].t) || PLACE_PREPS.has(toks[c].t))) c++;
    const subj = toks[c]?.t === ',' && toks[c + 1]?.sn === sn ? toks[c + 1].t : '';
    const subjectMale = subj === 'il';
    const subjectFemale = subj === 'elle';
    // the participle's agreement must not contradict the subject: "Mariée à un homme, elle…" is no same-gender couple
    const part = toks[lead].t;
    const femPart = /ee$/.test(part);
    if (PARTICIPLES.has(part) && ((femPart && subjectMale) || (!femPart && subjectFemale))) return -1;
    if ((male && subjectMale) || (female && subjectFemale)) return toks[lead - 1]?.t === 'en' && lead - 1 >= 0 && toks[lead - 1].first ? lead - 1 : lead;
  }
  return -1;
}
/** Couple participles whose ending tells the subject's gender: "marié" / "mariée". */
const PARTICIPLES = set('marie mariee pacse pacsee fiance fiancee remarie remariee installe installee');

/** The speaker of a quote in the same sentence: 1 for "il / monsieur", 2 for "elle / madame", 0 when unknown. */
function speakerGender(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  for (let j = k - 1, n = 0; j >= 0 && toks[j].sn === sn && n < 14; j--, n++) {
    if (toks[j].quoted) continue;
    const m = MALE_SUBJECTS.has(toks[j].t) && !FEMALE_SUBJECTS.has(toks[j].t);
    const f = FEMALE_SUBJECTS.has(toks[j].t) && !MALE_SUBJECTS.has(toks[j].t);
    if (m || f) return m ? 1 : 2;
  }
  return 0;
}

/** Verbs that make « un autre X » a partner: "sortait avec un autre chauffeur", "mariée à une autre femme". */
/** Nouns of a couple, after « sa / son », before « avec un autre / une autre »: "sa relation avec un autre homme". */
const OWN_BOND = set('relation relations liaison histoire aventure idylle couple');
/** Nouns of a person after « un autre / une autre » that say only a gender: "un autre homme", "une autre femme". */
const OTHER_PERSON = set('homme femme garcon fille mec gars nana meuf');
const OTHER_COUPLE = set(`sort sortait sortent sortaient sortir sorti sortie couple frequente frequentait flirte flirtait fiance fiancee
  marie mariee pacse pacsee`);
/** Work words that make "sort avec un autre livreur" a round, not a date. */
const ROUND_WORDS = set(`tournee tournees livraison livraisons livrer livre ronde rondes patrouille patrouilles mission missions chantier
  intervention interventions equipe binome camion fourgon vehicule pause pauses dejeuner fumer`);
/** Nouns after « un autre / une autre » that are no partner: "une autre fois", "un autre jour". */
const OTHER_NOT = set(`fois jour jours soir matin moment poste emploi travail metier job chose formation entreprise annee mois semaine`);

/**
 * "il sortait avec un autre chauffeur", "elle est en couple avec une autre aide-soignante": a partner
 * of the subject's own gender told by « un autre » / « une autre » before any noun. Start token, or -1.
 */
function otherPartner(doc: Doc, from: number, to: number, male: boolean): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const noun = toks[to];
  if (!noun || noun.sn !== sn || noun.k !== Kind.Word || OTHER_NOT.has(noun.t) || noun.t === 'de' || noun.t === "d'") return -1;
  const prep = toks[from - 1];
  if (!prep || prep.sn !== sn || (prep.t !== 'avec' && prep.t !== 'a')) return -1;
  for (let j = from - 1, n = 0; j >= 0 && toks[j].sn === sn && n < 30; j--, n++) if (ROUND_WORDS.has(toks[j].t)) return -1;
  for (let j = to + 1, n = 0; j < toks.length && toks[j].sn === sn && n < 10; j++, n++) if (ROUND_WORDS.has(toks[j].t)) return -1;
  let verb = -1;
  for (let k = from - 2, n = 0; k >= 0 && toks[k].sn === sn && n < 6; k--, n++) {
    const w = toks[k].t;
    // "sa relation avec un autre homme", "son histoire avec une autre femme": the subject's own relationship, its subject further back
    if (OWN_BOND.has(w) && OTHER_PERSON.has(noun.t) && (toks[k - 1]?.t === 'sa' || toks[k - 1]?.t === 'son') && toks[k - 1].sn === sn) {
      for (let q = k - 2, m = 0; q >= 0 && toks[q].sn === sn && m < 12 && toks[q].k !== Kind.Punct; q--, m++) {
        const sw = toks[q].t;
        if (sw !== 'il' && sw !== 'elle') continue;
        return (male && sw === 'il') || (!male && sw === 'elle') ? k - 1 : -1;
      }
      return -1;
    }
    if (OTHER_COUPLE.has(w)) { verb = k; continue; }
    if (COUPLE_SKIP.has(w)) continue;
    if (verb < 0) return -1;
    const m = MALE_SUBJECTS.has(w) && !FEMALE_SUBJECTS.has(w);
    const f = FEMALE_SUBJECTS.has(w) && !MALE_SUBJECTS.has(w);
    if ((w === 'je' || w === "j'") && toks[k].quoted) {
      const g = speakerGender(doc, k);
      return (male && g === 1) || (!male && g === 2) ? verb : -1;
    }
    return (male && m) || (!male && f) ? verb : -1;
  }
  return -1;
}

/** Relative pronouns that open a couple clause about the partner: "avec qui", "avec laquelle", "qu'", "dont". */
const REL_SKIP = set(`ne n' s' se est etait a avait depuis toujours desormais aujourd'hui actuellement deja officiellement`);
/** Verbs of the clause that say a couple on their own ("avec qui elle est pacsée", "qu'il a épousé"). */
const COUPLE_STRONG = set(`marie mariee pacse pacsee epouse epousee fiance fiancee aime aimait amoureux amoureuse sort sortait
  sorti sortie flirte flirtait`);
/** Verbs that make a couple only with « en couple » or « sa vie » after them ("avec qui elle vit en couple"). */
const COUPLE_WEAK = set(`vit vivait habite habitait partage partageait installe installee emmenage emmenagee`);

/**
 * "la femme avec qui elle vit en couple", "l'homme qu'il a épousé", "sa compagne, avec laquelle elle
 * est pacsée": a partner of the subject's own gender named in a relative clause, whose subject
 * pronoun gives the subject's gender. Returns the end token of the phrase (the couple verb and
 * « en couple » / « sa vie » included), or -1.
 */
export function relativePartner(doc: Doc, from: number, to: number = from + 1): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k].t : '');
  let w = toks[from].t;
  for (let k = from + 1; k < to; k++) w += ' ' + toks[k].t;
  if (w === 'un autre' || w === 'une autre') return otherPartner(doc, from, to, w === 'un autre');
  const male = MALE_PARTNERS.has(w);
  const female = FEMALE_PARTNERS.has(w);
  if (!male && !female) return -1;
  let k = to;
  if (at(k) === ',') k++;
  // "avec qui", "avec laquelle / lequel", "qu'", "que", "dont"
  if (at(k) === 'avec' && (at(k + 1) === 'qui' || at(k + 1) === (female ? 'laquelle' : 'lequel'))) k += 2;
  else if (at(k) === "qu'" || at(k) === 'que' || at(k) === 'dont') k++;
  else return -1;
  const pron = at(k);
  if (pron !== (female ? 'elle' : 'il')) return -1;
  k++;
  for (let n = 0; n < 4 && REL_SKIP.has(at(k)); n++) k++;
  const v = at(k);
  const young = YOUNG.has(w);
  if (COUPLE_STRONG.has(v)) {
    if (young && !DATING.has(v)) return -1;
    // "la femme qu'elle aime bien", "qu'il aime beaucoup": liking, not love
    if ((v === 'aime' || v === 'aimait') && set('bien beaucoup').has(at(k + 1))) return -1;
    return k + 1;
  }
  // the generic "femme", a roommate or a relative need « en couple », « maritalement », « sa vie »
  if (young) return -1;
  if (v === 'en' && at(k + 1) === 'couple') return k + 2; // "avec qui elle est en couple"
  if (!COUPLE_WEAK.has(v)) return -1;
  if (at(k + 1) === 'en' && at(k + 2) === 'couple') return k + 3;
  if (at(k + 1) === 'maritalement') return k + 2;
  if ((v === 'partage' || v === 'partageait') && (at(k + 1) === 'sa' || at(k + 1) === 'son') && (at(k + 2) === 'vie' || at(k + 2) === 'quotidien')) return k + 3;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The person's own trade

const WORK_VERBS = set(`travaille travailler travaillait travaillant exerce exercer exercait exercant bosse bosser bossait`);
const WORK_GAP = set(`dans de d' du des la le les l' en a au aux comme un une deux trois quelques plusieurs ans an mois semaines annees longtemps pendant`);

/**
 * Is the term at `from` the object of a work verb with only articles and prepositions between
 * ("a travaillé dans l'escorting", "exerçait comme escort")? For an activity that is itself the
 * sensitive datum (sex work), that is the person's own trade, not a job frame around someone else.
 */
export function workedIn(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === sn; k--, n++) {
    if (WORK_VERBS.has(toks[k].t)) return true;
    if (!WORK_GAP.has(toks[k].t)) return false;
  }
  return false;
}
