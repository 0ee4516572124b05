/**
 * Context helpers of the conduct rules (`infractions`, `vie-privee`, `finances`, tone rules):
 * topic frames ("prévention des vols", "module sur les violences intrafamiliales"), the offence
 * named after a charge ("condamné pour exhibition", "interpellé pour deal"), and merging of spans
 * that describe one fact ("incarcéré au centre pénitentiaire", "placé en foyer par le juge des enfants").
 */
import type { Doc } from '../../lib/lint/document.ts';
import { Kind } from '../../lib/lint/tokenize.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make what follows a subject of study, prevention or work rather than a fact about the person. */
const TOPIC_HEADS = set(`prevention lutte sensibilisation module modules formation formations atelier ateliers cours conference conferences
theme themes thematique thematiques specialisation specialise specialisee intervention interventions colloque webinaire seminaire
campagne campagnes dispositif dispositifs politique politiques expertise referent referente referents cellule observatoire
statistiques etude etudes memoire these diplome licence master cursus enseignement enseignements`);
/** Words allowed between a topic head and the term ("prévention « des » violences", "lutte contre les"). */
const TOPIC_SKIP = set(`de du des la le les l' d' sur contre en matiere aux au a dans autour et toutes tous formes forme type types
« » " : - anti`);

/**
 * Is the term at `from` the topic of a training, prevention or work frame ("module « prévention des
 * violences intrafamiliales »", "formation sur la lutte contre les vols", "prévention des vols en
 * magasin")? Only function words, quotes and other topic heads may sit between.
 */
export function topicFrame(doc: Doc, from: number, reach = 6): boolean {
  const toks = doc.tokens;
  const sn = toks[from]?.sn;
  for (let k = from - 1, n = 0; k >= 0 && n < reach && toks[k].sn === sn; k--, n++) {
    const t = toks[k];
    if (TOPIC_HEADS.has(t.t)) return true;
    if (TOPIC_SKIP.has(t.t)) continue;
    if (t.k === Kind.Word && t.hyphen && t.t === 'anti') return true;
    return false;
  }
  return false;
}

/** Words that end the offence named after "pour" / "de" ("pour vol | en 2019", "pour recel | et"). */
const OFFENCE_STOP = set(`en a au aux le la les l' il elle ils elles et ou mais qui que qu' dont depuis pendant durant lors apres avant
ce cette ces son sa ses leur leurs sur par avec sans chez quand car donc puis alors dans il y l'an l'annee hier`);
const OFFENCE_DETS = set(`des un une de d' du faits fait actes acte affaire affaires delit delits histoire histoires`);
/** Words that qualify the facts without naming them ("pour des faits antérieurs", "pour des faits similaires"). */
const FACT_QUALIFIERS = set(`anterieur anterieurs anterieure anterieures ancien anciens ancienne anciennes similaire similaires identique identiques
recent recents recente recentes passe passes passee passees grave graves commis commise commises datant remontant semblables`);
/** What a sick leave, a job or a status is "pour": not offences ("arrêté pour une sciatique" is sick leave). */
const NOT_OFFENCE = set(`maladie maladies accident accidents raison raisons motif motifs cause causes ans an mois semaines semaine jours jour
heures heure trois deux quatre cinq six sept huit dix quinze vingt une un la le les lui elle eux son sa ses travail emploi poste mission
formation stage chercher trouver travailler reprendre aider payer eviter rien duree periode montant total somme minimum maximum
mairie commune association compte raisons motif peu tout moins plus ne pas n' se s' me m' y personne quelqu'un quelques
pancarte pancartes banderole banderoles tract tracts slogan slogans opinion opinions idees manifestation manifestations manif manifs tweet tweets
publication publications article articles caricature caricatures chanson chansons poeme poemes foi religion croyance croyances convictions
militantisme engagement appartenance origines orientation homosexualite livre livres blog priere prieres conversion`);

/**
 * The offence named right after a charge ("condamné pour | exhibition sexuelle", "accusé d' |
 * agression"): token range [a, b) of up to four words, or null. `link` is the index of "pour" / "de".
 */
export function offenceAfter(doc: Doc, link: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[link]?.sn;
  let a = link + 1;
  // "pour des faits de violence", "pour une affaire de stupéfiants"
  for (let s = 0; s < 3 && toks[a]?.sn === sn && OFFENCE_DETS.has(toks[a].t); s++) a++;
  // "pour des faits anciens": no offence named; "pour des faits graves de violence": the offence after the qualifier
  if (a > link + 1 && toks[a]?.sn === sn && FACT_QUALIFIERS.has(toks[a].t)) {
    a++;
    if (toks[a]?.sn !== sn || (toks[a].t !== 'de' && toks[a].t !== "d'")) return null;
    a++;
  }
  const first = toks[a];
  if (!first || first.sn !== sn || first.k !== Kind.Word || NOT_OFFENCE.has(first.t) || first.t.length < 3) return null;
  let b = a;
  while (b < toks.length && b - a < 4 && toks[b].sn === sn && toks[b].k === Kind.Word && !OFFENCE_STOP.has(toks[b].t) && !(b > a && toks[b].t.endsWith("'"))) {
    // "violences sur agent", "vol à l'étalage": a preposition inside is kept only before a known tail
    b++;
    if (toks[b]?.t === 'de' || toks[b]?.t === "d'") {
      const nx = toks[b + 1];
      if (nx && nx.sn === sn && nx.k === Kind.Word && !OFFENCE_STOP.has(nx.t) && !NOT_OFFENCE.has(nx.t)) b++;
      else break;
    }
  }
  return b > a ? [a, b] : null;
}

/** Function words that may join two spans of one fact ("incarcéré | au | centre pénitentiaire"). */
const JOIN = set("a au aux en dans de du des la le les l' d' par devant sous");

/**
 * Merge token spans of one rule that describe one fact: overlapping, or separated by at most
 * `maxGap` joining words in the same sentence. Spans are sorted in place; returns the merged list.
 */
export function mergeSpans<T extends { from: number; to: number }>(doc: Doc, spans: T[], maxGap = 3): T[] {
  spans.sort((x, y) => x.from - y.from || y.to - x.to);
  const out: T[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + maxGap && doc.tokens[s.from].sn === doc.tokens[last.from].sn) {
      let joined = s.from <= last.to;
      if (!joined) {
        joined = true;
        for (let k = last.to; k < s.from; k++) if (!JOIN.has(doc.tokens[k].t)) { joined = false; break; }
      }
      if (joined) { last.to = Math.max(last.to, s.to); continue; }
    }
    out.push(s);
  }
  return out;
}
