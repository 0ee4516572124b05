/**
 * `personne-nous` (style, info): the inclusive or institutional "nous", and "on" used for "nous".
 * "Nous avons convenu que…" hides who decided what; the report should say it ("Il a été convenu
 * que…", "Vous avez convenu avec votre conseiller·ère…"). TAXONOMY.md §5.8. Quotations are left
 * alone; "vous", "votre", "vos" are the target style and never reported.
 */
import { defineRule, replaceFix, type RuleContext } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind, tokenHash } from '../lib/lint/tokenize.ts';
import type { Fix } from '../lib/lint/types.ts';
import { masculineParticiple, objectCliticFixes, roleOf, styled, writesWithoutAccents } from '../lib/lint/person-rewrite.ts';
import { deaccent, participleLemma } from '../lib/lint/conjugate.ts';

const set = (s: string) => new Set(s.split(' '));

/** Decisions that read well as an impersonal passive: "Il a été convenu de…". */
const DECISION_VERBS = set('convenir decider retenir prevoir acter fixer arreter definir valider programmer planifier choisir');
/** Acts towards the person: "Nous vous avons proposé un atelier" → "Il vous a été proposé un atelier". */
const OFFER_VERBS = set('proposer conseiller recommander suggerer rappeler expliquer indiquer preciser signaler presenter transmettre remettre envoyer communiquer demander');
const OFFER_NEXT = set("de d' que qu' un une des plusieurs le la les l'");
const DECISION_NEXT = set("de d' que qu'");
const NOUS_AUX: Record<string, string> = { avons: 'a', avions: 'avait', aurons: 'aura', aurions: 'aurait' };
const NOUS_PRESENT: Record<string, string> = {
  proposons: 'proposé', conseillons: 'conseillé', recommandons: 'recommandé', suggerons: 'suggéré', rappelons: 'rappelé',
  demandons: 'demandé', transmettons: 'transmis', remettons: 'remis', envoyons: 'envoyé', presentons: 'présenté',
};
/** "on" as "nous": "on a vu ensemble", "on se revoit le 12". */
const ON_VERBS = set('convenu decide fait vu travaille echange discute evoque aborde fixe prevu retenu parle regarde repris construit prepare revu fait');
const ON_REFLEXIVE = set('revoit revoir retrouve retrouver voit rappelle rappeler reparle reparler recontacte fixe appelle tient');
const H_NOUS = tokenHash('nous');
const H_ON = tokenHash('on');
const CLAUSE_STOP = set(', ; : . ! ? ( ) « » "');
/**
 * A third party whose words follow a colon: « L'entreprise écrit dans son annonce : nous recherchons… », « l'offre
 * précise : nous proposons… ». That « nous » is the employer's, transcribed, not the counsellor's.
 */
const SPEAKER_ORG = set("entreprise employeur employeuse recruteur recruteuse annonce offre offres societe enseigne magasin restaurant fiche gerant gerante directeur directrice responsable patron patronne dirigeant dirigeante");

export default defineRule({
  id: 'personne-nous',
  meta: {
    description: "« Nous » ou « on » du conseiller ou de l'organisme : préférer une tournure qui dit qui fait quoi.",
    category: 'style',
    severity: 'info',
    fixable: true,
    references: ["RGPD art. 15 (droit d'accès)", 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    nous: "Ce « nous » mêle le conseiller, l'organisme et l'adhérent. Dites qui agit (« Il a été convenu que… », « Vous avez convenu avec votre conseiller·ère… »).",
    on: "« On » employé pour « nous » : précisez qui agit.",
  },
  explanation:
    "L'adhérent peut lire le compte rendu (droit d'accès, RGPD art. 15) : il doit comprendre qui a proposé, décidé ou fait quoi. " +
    "« Nous avons convenu » ne dit pas si la décision vient de lui, du conseiller ou de l'organisme. " +
    "Écrivez « Il a été convenu que… », « Vous avez convenu avec votre conseiller·ère que… » ou « Un atelier vous est proposé ».",
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    for (const tok of toks) {
      if (tok.k !== Kind.Word || tok.quoted) continue;
      if (tok.h !== H_NOUS && tok.h !== H_ON) continue; // by the hash: most words' text is not read
      if (tok.t === 'nous') { if (!afterThirdPartyColon(doc, tok.i) && !nounNous(doc, tok.i) && !titleNous(doc, tok.i) && !destinationNous(doc, tok.i)) reportNous(ctx, doc, tok.i); }
      else if (tok.t === 'on' && onMeansNous(doc, tok.i)) report(ctx, doc, tok.i, 'on', []);
    }
  },
});

/**
 * « nous » as the place or the destination of someone else's act, after « vers », « chez », « auprès de »: « Le CCAS l'a
 * orienté vers nous », « elle est revenue vers nous », « inscrit chez nous depuis mars » — the structure as a place; who
 * acted is named. « par nous », « avec nous », « entre vous et nous » stay reported.
 */
function destinationNous(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const prev = toks[k - 1];
  if (!prev || prev.sn !== toks[k].sn || toks[k].hyphen) return false;
  if (prev.t === 'vers' || prev.t === 'chez') return true;
  return (prev.t === 'de' || prev.t === "d'") && toks[k - 2]?.t === 'aupres' && toks[k - 2].sn === toks[k].sn;
}

/** Determiners that make « nous » a noun: « le nous collectif de l'équipe », « un nous qui rassure ». */
const NOUN_DET = set('le un du au');
/** Is the « nous » at k a noun after a determiner (not « Envoyez-le nous », joined by a hyphen)? */
function nounNous(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return !!prev && prev.sn === doc.tokens[k].sn && NOUN_DET.has(prev.t) && !prev.hyphen && !doc.tokens[k].hyphen;
}

/**
 * A capital « Nous » inside a sentence, before another capitalised word, begins a name: « l'association Nous Aussi »,
 * « le magazine Nous Deux », « le collectif Nous Toutes ». A sentence's first word or a word after a bracket or a colon
 * is no name by its capital alone (« Objectif : Nous Avons… » is rare; « Nous avons convenu » stays reported).
 */
function titleNous(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const tok = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (tok.first || !prev || prev.sn !== tok.sn || prev.k !== Kind.Word) return false;
  if (!doc.isCapitalized(k) || doc.isUpper(k)) return false;
  return !!next && next.sn === tok.sn && next.k === Kind.Word && doc.isCapitalized(next.i) && !doc.isUpper(next.i);
}

function report(ctx: RuleContext, doc: Doc, k: number, messageId: string, fixes: Fix[]): void {
  const [start, end] = doc.tokRange(k, k + 1);
  ctx.report({ start, end, messageId, confidence: 'medium', fixes });
}

/**
 * A trade, a sector or a workplace set before a generic « on »: « Dans ce métier, on se retrouve seul… », « En cuisine,
 * on travaille ensemble… », « Sur les chantiers, on… ». « Lors de l'entretien, on a vu ensemble… » stays the counsellor's.
 */
const SETTING_PREP = set("dans en sur au aux chez a");
const SETTING = set("metier metiers secteur secteurs profession branche domaine filiere cuisine cuisines chantier chantiers restauration hotellerie btp batiment theatre spectacle entreprise entreprises usine usines magasin magasins commerce vente logistique industrie agriculture elevage ehpad hopital hopitaux clinique equipe equipes bateau peche transport transports entrepot entrepots rayon caisse distribution boulangerie vendanges saison");
/** A third party whose generic words are reported: « Le chef d'équipe explique qu'on se tient prêt dès 6 h ». */
const REPORTING_SPEAKER = set("chef cheffe formateur formatrice employeur employeuse recruteur recruteuse tuteur tutrice responsable gerant gerante patron patronne directeur directrice manager entreprise encadrant encadrante maitre");

function genericOn(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  const [first] = doc.sentences[sn];
  if (k - first > 14) return false;
  // a setting phrase closed by a comma right before « on » (or before « qu'en …, on »)
  if (toks[k - 1]?.t === ',') {
    let c = k - 2;
    while (c > first && toks[c - 1].t !== ',' && toks[c - 1].t !== "qu'" && toks[c - 1].t !== 'que') c--;
    if (SETTING_PREP.has(toks[c].t) || (toks[c].t === "qu'" && SETTING_PREP.has(toks[c + 1]?.t ?? ''))) {
      for (let j = c; j < k - 1; j++) if (SETTING.has(toks[j].t)) return true;
    }
  }
  // a third party's generic words: its noun opens the sentence, a « que » introduces them
  for (let j = first; j < first + 3 && j < k; j++) {
    if (!REPORTING_SPEAKER.has(toks[j].t)) continue;
    for (let q = j + 1; q < k; q++) if (toks[q].t === "qu'" || toks[q].t === 'que') return true;
  }
  return false;
}

/** "on a vu ensemble", "on se revoit le 12": not the impersonal "on ne sait jamais". */
function onMeansNous(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  const n1 = toks[k + 1];
  const n2 = toks[k + 2];
  if (!n1 || n1.sn !== sn) return false;
  // « on se voit imposer des délais »: « se voir » before an infinitive is a passive, not a meeting
  if ((n1.t === 'se' || n1.t === "s'") && n2?.t === 'voit' && /(?:er|ir|re)$/.test(toks[k + 3]?.t ?? '') && toks[k + 3].sn === sn) return false;
  if (genericOn(doc, k)) return false;
  if ((n1.t === 'se' || n1.t === "s'") && n2 && ON_REFLEXIVE.has(n2.t)) return true;
  if (n1.t === 'a' && n2 && ON_VERBS.has(n2.t)) return true;
  for (let j = k + 1; j < toks.length && j < k + 8 && toks[j].sn === sn && !CLAUSE_STOP.has(toks[j].t); j++) if (toks[j].t === 'ensemble') return true;
  return false;
}

/** « nous » opening the words, after a colon, of an employer, an offer or a structure named before the colon. */
function afterThirdPartyColon(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const colon = toks[k - 1];
  if (!colon || colon.t !== ':' || colon.sn !== toks[k].sn) return false;
  let c = k - 1;
  while (c > 0 && c > k - 14 && toks[c - 1].sn === toks[k].sn && !CLAUSE_STOP.has(toks[c - 1].t)) c--;
  // the speaker is the clause's subject (its first words), not an object: « Vous avez contacté l'employeur : nous… » stays
  for (let j = c; j < c + 3 && j < k - 1; j++) if (SPEAKER_ORG.has(toks[j].t)) return true;
  return false;
}

function reportNous(ctx: RuleContext, doc: Doc, k: number): void {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  const prev = toks[k - 1];
  // object "nous" of another subject: "vous nous avez transmis", "vous pouvez nous prévenir"
  const subjectBefore = prev && prev.sn === sn && prev.k === Kind.Word && !toks[k].hyphen
    && (prev.t === 'vous' || prev.t === 'il' || prev.t === 'elle' || prev.t === 'pouvez' || prev.t === 'ne' || prev.t === 'de' || prev.t === 'a');
  if (subjectBefore && !toks[k].first) {
    report(ctx, doc, k, 'nous', objectCliticFixes(doc, k, roleOf(doc, false)));
    return;
  }
  report(ctx, doc, k, 'nous', subjectNousFixes(doc, k));
}

/** "Nous avons convenu de…" → "Il a été convenu de…"; "Nous vous proposons un atelier" → "Il vous est proposé un atelier". */
function subjectNousFixes(doc: Doc, k: number): Fix[] {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let v = k + 1;
  const clitics: string[] = [];
  while (toks[v] && toks[v].sn === sn && (toks[v].t === 'vous' || toks[v].t === 'lui' || toks[v].t === 'leur')) clitics.push(toks[v++].t);
  const verb = toks[v];
  if (!verb || verb.sn !== sn || verb.k !== Kind.Word) return [];
  const finish = (last: number, words: string[]): Fix[] => {
    const [s] = doc.tokRange(k, k + 1);
    const [, e] = doc.tokRange(last, last + 1);
    let text = words.join(' ');
    if (writesWithoutAccents(doc, k)) text = deaccent(text);
    text = styled(doc, k, text);
    return [replaceFix(s, e, text, `Tournure impersonnelle : « ${text} »`)];
  };
  const aux = NOUS_AUX[verb.t];
  if (aux) {
    const pp = toks[v + 1];
    if (!pp || pp.sn !== sn || pp.k !== Kind.Word) return [];
    const lemma = participleLemma(pp.t);
    const next = toks[v + 2];
    if (!lemma || !next || next.sn !== sn) return [];
    const l = deaccent(lemma);
    // "nous avons fait le point sur…" → "le point a été fait sur…"
    if (l === 'faire' && next.t === 'le' && toks[v + 3]?.t === 'point' && clitics.length === 0) return finish(v + 3, ['le point', aux, 'été', 'fait']);
    if ((DECISION_VERBS.has(l) && DECISION_NEXT.has(next.t)) || (clitics.length && OFFER_VERBS.has(l) && OFFER_NEXT.has(next.t))) {
      return finish(v + 1, ['il', ...clitics, aux, 'été', masculineParticiple(doc.raw(pp.i))]);
    }
    return [];
  }
  // "nous sommes convenus de…" → "il a été convenu de…"
  if (verb.t === 'sommes' && toks[v + 1]?.t === 'convenus' && DECISION_NEXT.has(toks[v + 2]?.t ?? '')) return finish(v + 1, ['il', 'a', 'été', 'convenu']);
  const pp = NOUS_PRESENT[verb.t];
  const next = toks[v + 1];
  if (pp && next && next.sn === sn && OFFER_NEXT.has(next.t)) return finish(v, ['il', ...clitics, 'est', pp]);
  return [];
}
