/**
 * `syndicat`: appartenance et activité syndicales — syndiqué, adhérent d'un syndicat nommé,
 * mandats (délégué, représentant, élu d'une liste syndicale), engagement ou activité syndicale.
 * RGPD art. 9; TAXONOMY.md §3.1 `syndicat`.
 *
 * Not union membership: "syndic de copropriété", "syndicat des copropriétaires", "syndicat
 * d'initiative", syndicats intercommunaux / mixtes / des eaux, "syndicat patronal", "chambre
 * syndicale", a CSE seat without union label, and "l'adhérent" meaning the accompanied person.
 */
import { defineRule } from '../lib/lint/rule.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Confidence, Fix } from '../lib/lint/types.ts';
import { jobFrameBefore, negatedBefore, personLinked } from '../lib/lint/context.ts';
import { clauseRemovalFix, tt, around, Kind, negatedGoverned, personNamed, sentenceHas } from '../lib/lint/special-categories.ts';
import { termTokens } from '../lib/lint/lexicon.ts';
import { SYNDICAT_LEXICON } from './lexicons/syndicat.ts';
import { wordSet as set } from '../lib/lint/token-set.ts';


/** The employers' side of a labour court: "conseiller prud'homme collège employeurs", "côté patronal". */
const EMPLOYER_SIDE = set('employeur employeurs employeuse patronal patronale patronat medef cpme u2p');
/** Articles of the court's member in a case: "le conseiller prud'homme", "au juge prud'homal". */
const COURT_DETS = set("le la les l' du au aux des");
/** Words between a negotiation word and the unions: "avec les organisations syndicales", "aux instances représentatives". */
const COUNTERPART_SKIP = set("les la l' des organisations organisation instances partenaires representants centrales");
/** Negotiating or consulting as the employer's side: "a négocié avec les syndicats", "relations avec les organisations syndicales". */
const NEGOTIATION = set(`negocie negocier negociait negociation negociations negocies dialogue dialoguer dialoguait relations relation interlocuteur
interlocutrice interlocuteurs concertation reunions consultation consulte consulter informer accord accords discute discuter echanges`);
/** Words before a union name that make it the person's membership or mandate ("adhérent FO"). */
const UNION_HEADS = set(`adherent adherente adherents adherentes adhere adherait adhesion militant militante militants
militantes milite militait syndique syndiquee syndiques syndiquees encarte encartee membre membres elu elue elus elues
delegue deleguee delegues deleguees representant representante representants representantes cotise cotisait liste listes
section syndicat responsable secretaire mandate mandatee mandates mandatees designe designee designes candidat candidate permanent permanente carte engage engagee
investi investie rejoint rejoindre adhere adherer
engagement engagements militantisme activite activites implication investissement mandat mandats responsabilites
cotisation cotisations cotiser cotisent cotisaient affilie affiliee affilies affiliees`);
/** Participles of a mandate given by a union: "mandaté par FO", "désignée par la CGT". */
const BY_HEADS = set('mandate mandatee mandates mandatees designe designee designes designees investi investie investis presente presentee parraine parrainee');
/** Articles and prepositions between a head and a union name: "engagement au sein de la CGT". */
const NAME_SKIP = set("a la l' au aux chez de du d' des le sur pour sein");
/**
 * A union's own structures between a head and the union's name: "permanent syndical à l'UD CFDT",
 * "adhérente de l'union locale CGT", "comptable à la fédération CFDT". Walked over like articles.
 */
const STRUCTURE = set(`ud ul ur udr uri union unions departementale locale regionale interprofessionnelle federation federations
confederation section sections syndicat syndicats siege antenne bureau bourse travail maison
departemental regional national nationale local federal federale confederal confederale general generale adjoint adjointe`);
/** Nouns that, before "syndical(e)", name a union mandate or activity. */
const MANDATE_HEADS = set(`delegue deleguee delegues deleguees representant representante representants representantes mandat
mandats engagement engagements activite activites action actions section sections militant militante militants militantes
militantisme responsable responsables elu elue elus elues passe parcours carriere responsabilite responsabilites cotisation
cotisations permanent permanente secretaire defenseur defenseuse conseiller conseillere adhesion appartenance combat combats
lutte luttes experience role fonction fonctions liste listes formation reunion reunions tract tracts delegation
investissement implication vie monde milieu casquette heures credit permanence`);
/** Words of a strike or a union in the sentence of a « mobilisation » led by the person. */
const STRIKE_WORDS = set('greve greves grevistes greviste syndicat syndicats syndical syndicale syndicaux intersyndicale piquet preavis debrayage cgt cfdt fo sud unsa cfe-cgc fsu cftc');
/** Nouns before "syndical(e)" that are not a person's union activity. */
/** Heads that stay meaningful without the adjective ("son engagement syndical" → "son engagement"). */
const NEUTRAL_HEADS = set('engagement engagements activite activites action actions passe parcours carriere experience implication investissement responsabilites');
/** "conseil syndical" is the owners' council of a co-ownership (with the "syndic"), not a union body; "l'interlocuteur syndical" is the counterpart, not the person. */
const NOT_HEADS = set('chambre chambres droit liberte libertes paysage partenaires dialogue conseil conseils interlocuteur interlocutrice interlocuteurs interlocutrices');
/** "syndicat …" that is an employer, a public body or property management. */
/** Words before "(un) syndicat" that ask about unions rather than tell a membership: "savoir si un syndicat…", "quel syndicat". */
const ASKING_BEFORE = new Set(['si', "s'il", 'quel', 'quels', 'existe', 'trouver', 'chercher', 'cherche', 'contacter', 'renseigner']);
const NOT_UNION_AFTER = [
  "d'initiative", 'de copropriété', 'des copropriétaires', 'de copropriétaires', 'intercommunal', 'intercommunale', 'intercommunaux',
  'mixte', 'mixtes', 'patronaux', 'professionnels', 'agricoles', 'des agriculteurs', 'des exploitants',
  'des eaux', "d'eau", "de l'eau", "d'énergie", "d'électricité", 'de transport', 'de transports', 'des transports', 'patronal',
  'professionnel', 'agricole', 'hippique', 'de gestion', 'départemental', 'de communes', "d'assainissement", 'de traitement',
  'de collecte', 'des déchets', 'viticole', 'interprofessionnel', 'des vins', "d'aménagement", 'de rivière', 'du bassin',
  'de bassin', 'des employeurs', "d'employeurs", 'de la copropriété', 'de la presse', 'des pharmaciens', 'des médecins',
  // producers' and trades' syndicates (appellations, crafts, owners): employers, not unions of employees
  'des vignerons', 'de vignerons', 'des viticulteurs', 'de viticulteurs', 'des producteurs', 'de producteurs', 'des éleveurs', "d'éleveurs",
  'des apiculteurs', 'apicole', 'ostréicole', 'conchylicole', 'laitier', 'des maraîchers', 'des arboriculteurs', 'des sylviculteurs', 'forestier',
  'des propriétaires', 'de propriétaires', 'des négociants', 'des brasseurs', 'des boulangers', 'de la boulangerie', 'des bouchers', 'des hôteliers',
  'des cafetiers', 'des restaurateurs', "de l'hôtellerie", 'des artisans', "d'artisans", 'des commerçants', 'de commerçants', 'des fabricants',
  'des industriels', 'des industries', 'des entreprises', "d'entreprises", 'des exploitants agricoles', 'de défense', 'de l\'appellation',
  "de l'aoc", "de l'aop", 'des côtes', 'du cru', 'des crus', 'de chasse', 'de pêche', 'des architectes', 'des notaires', 'des transporteurs',
  'des agences', 'des constructeurs', 'des distributeurs', 'des éditeurs', 'des producteurs de', 'de la filière', 'des pisciculteurs',
].map(termTokens);
/** A co-ownership after "syndical(e)": the owners' syndicate, not a union ("réunion syndicale de copropriété"). */
const COPRO_AFTER = ['de copropriété', 'de la copropriété', 'des copropriétaires', 'de copropriétaires', "de l'immeuble", 'de la résidence'].map(termTokens);
/** Farmers' unions named generically ("syndicat agricole") and the words that make the person their member. */
const FARM_AFTER = ['agricole', 'agricoles', 'des agriculteurs', 'des exploitants'].map(termTokens);
/** Verbs of joining a union, right before "le syndicat" / "au syndicat". */
const JOIN_VERBS = set('rejoint rejoindre rejoignait rejoignent adhere adherer adherait adheree inscrit inscrite syndique syndiquee');
const MEMBER_HEADS = set(`adherent adherente adherents adherentes adhere adherait membre membres militant militante militants
militantes milite militait syndique syndiquee encarte encartee elu elue delegue deleguee responsable cotise cotisait engage engagee
cotiser cotisent cotisaient affilie affiliee carte`);
/** Words that may follow a union named by an ordinary word ("adhérent d'Alliance depuis 2015"); anything else continues another name. */
const MEMBER_UNION_NEXT = set("et ou mais depuis pour au aux a en dans il elle ils elles qui comme lors sur avec car donc ce cela le la les l' un une pendant durant jusqu' quand lorsque lorsqu'");
/** Words right before "Sud" that make it the union. */
const SUD_HEADS = set('liste listes delegue deleguee elu elue elus syndique syndiquee section militant militante adherent adherente encarte encartee');
/** Words that make a union the person's employer rather than their membership. */
const EMPLOYED = set(`stage stages poste postes emploi emplois travaille travaillait travailler embauche embauchee recrute recrutee
cdi cdd contrat mission interim salarie salariee juriste comptable secretariat alternance apprentissage assistant assistante
accueil administratif administrative standardiste standard`);
/** Acronyms of national unions ("SN…", "SYN…") that are not unions: rail, shipping, sea rescue, aerospace. */
const NOT_UNION_ACRONYMS = set('sncf sncm snsm snecma snpe sncb snc snbc snt');
/** "représentant des coureurs | à | l'UNCP": the preposition before the union, and its article. */
const TO_UNION = set('a au aux');
const ARTICLES = set("l' la le");
/** Words of a job offer or an application: the organisation named in it is an employer. */
/** Union heads that are also job titles in an offer. */
const JOB_TITLES = set('secretaire responsable permanent permanente');
const OFFER = set('offre offres annonce annonces recrute recrutent recrutement candidature candidatures postule postuler');
const UNION_CONTEXT = set(`syndicat syndicats syndical syndicale syndicaux syndicales syndique syndiquee delegue deleguee section
elu elue adherent adherente liste mandat militant militante cse elections professionnelles greve tract tracts cotisation
representant representante permanence confederation federation union`);

export default defineRule({
  id: 'syndicat',
  meta: {
    description: 'Appartenance ou activité syndicale : syndiqué, adhérent ou militant d’un syndicat nommé, mandat ou engagement syndical.',
    category: 'syndicat',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9', 'Code du travail L1132-1 et L2141-5 (activités syndicales)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    syndicat: 'Appartenance ou activité syndicale (« {terme} ») : donnée sensible (RGPD art. 9), à retirer du compte rendu.',
    mandat: 'Mandat syndical (« {terme} ») : décrivez l’expérience de représentation du personnel, pas le syndicat.',
  },
  explanation:
    "L'appartenance syndicale est une donnée sensible (RGPD art. 9) et l'activité syndicale un critère de discrimination interdit " +
    "(Code du travail L1132-1, L2141-5). L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15). Gardez les compétences " +
    "acquises (« représentant du personnel : négociation, droit du travail, prise de parole ») sans nommer le syndicat ni l'engagement.",
  lexicon: SYNDICAT_LEXICON,
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const done: Array<[number, number]> = [];
    const hitAt = new Map<number, Hit>();
    for (const h of ctx.hits) hitAt.set(h.from, h);
    const t = (i: number, ref: number) => tt(doc, i, ref);
    const isUnion = (k: number) => {
      const tag = hitAt.get(k)?.entry.tag;
      return tag === 'union' || tag === 'union-contexte' || ((tag === 'union-nom' || tag === 'union-membre') && doc.isCapitalized(k));
    };

    const report = (a: number, b: number, opts: { messageId?: string; confidence?: Confidence; fix?: Fix } = {}) => {
      // "n'a jamais été…", "n'est pas…": an absence; the range is consumed so its parts stay silent too
      if (negatedGoverned(doc, a)) { done.push([a, b]); return; }
      if (done.some(([x, y]) => a < y && x < b)) return;
      done.push([a, b]);
      const [start, end] = doc.tokRange(a, b);
      const fixes: Fix[] = [];
      if (opts.fix) fixes.push(opts.fix);
      fixes.push(clauseRemovalFix(doc, ctx.text, a, b));
      ctx.report({ start, end, messageId: opts.messageId ?? 'syndicat', data: { terme: ctx.text.slice(start, end) }, confidence: opts.confidence ?? 'high', fixes });
    };

    /**
     * "stage à la CGT", "juriste salariée de la CFDT", "comptable à l'union départementale CGT": the
     * union (or one of its offices) named as the person's employer; a job offer or an application names
     * an employer too ("Offre : agent d'accueil à l'UL CGT").
     */
    const employedAt = (i: number): boolean => {
      for (let k = i - 1, n = 0; n < 4 && k >= 0; k--) {
        const w = t(k, i);
        if (!w || toks[k].k === Kind.Punct) break;
        if (EMPLOYED.has(w)) return true;
        if (!STRUCTURE.has(w) && !NAME_SKIP.has(w)) n++;
      }
      return offerBefore(i);
    };
    const offerBefore = (i: number): boolean => {
      for (let k = i - 1; k >= 0 && toks[k].sn === toks[i].sn && k >= i - 20; k--) if (OFFER.has(toks[k].t)) return true;
      return false;
    };

    /** "a négocié avec les organisations syndicales", "le dialogue avec les syndicats": unions as the other side of a talk (an HR or a manager's job). */
    const counterpart = (i: number): boolean => {
      let k = i - 1;
      for (let n = 0; n < 4 && COUNTERPART_SKIP.has(t(k, i)); n++) k--;
      if (!(t(k, i) === 'avec' || t(k, i) === 'aux' || t(k, i) === 'des' || t(k, i) === 'les' || t(k, i) === 'entre')) return false;
      for (let q = k - 1, n = 0; n < 3 && q >= 0 && toks[q].sn === toks[i].sn && toks[q].k !== Kind.Punct; q--, n++) if (NEGOTIATION.has(toks[q].t)) return true;
      return false;
    };

    /** End of a union name right after `to` ("syndiqué | à la CGT"), or `to`. */
    const withName = (to: number, ref: number): number => {
      let k = to;
      for (let n = 0; n < 7; n++, k++) {
        if (isUnion(k)) return hitAt.get(k)!.to;
        if (!NAME_SKIP.has(t(k, ref)) && !STRUCTURE.has(t(k, ref))) break;
      }
      return to;
    };

    /** "délégué syndical CGT" → "représentant du personnel" (same gender and number). */
    const mandateFix = (a: number, b: number, head: string): Fix | undefined => {
      const [start, end] = doc.tokRange(a, b);
      let replacement: string | undefined;
      if (/^(delegue|representant|elu)/.test(head)) {
        const base = head.replace(/s$/, '');
        const fem = base.endsWith('ee') || base.endsWith('ante') || base === 'elue';
        const plural = head.endsWith('s');
        replacement = `représentant${fem ? 'e' : ''}${plural ? 's' : ''} du personnel`;
        if (doc.isCapitalized(a)) replacement = replacement[0].toUpperCase() + replacement.slice(1);
      } else if (head === 'mandat' || head === 'mandats') {
        replacement = `${doc.raw(a)} de représentant du personnel`;
      } else if (NEUTRAL_HEADS.has(head)) {
        // "son engagement syndical lui a fermé des portes" → "son engagement lui a fermé des portes"
        replacement = doc.raw(a);
      }
      return replacement ? { start, end, replacement, label: `Remplacer par « ${replacement} »` } : undefined;
    };

    for (const h of ctx.hits) {
      const i = h.from;
      const tag = h.entry.tag;
      const pw = t(i - 1, i);
      switch (tag) {
        case 'syndical': {
          if (NOT_HEADS.has(pw)) break;
          // a co-ownership's meeting or council: "réunion syndicale de copropriété", "assemblée syndicale des copropriétaires"
          if (COPRO_AFTER.some((seq) => seq.every((w, k) => t(h.to + k, i) === w))) break;
          const end = withName(h.to, i);
          if (MANDATE_HEADS.has(pw)) {
            if (negatedBefore(doc, i - 1) || jobFrameBefore(doc, i - 1) || counterpart(i - 1)) break;
            // a field's label: "| Vie syndicale | …", "Engagement syndical : néant" (its value speaks for itself)
            if ((t(h.to, i) === '|' || t(h.to, i) === ':') && (toks[i - 1].first || t(i - 2, i) === '|' || t(i - 2, i) === '-')) break;
            const mandate = /^(delegue|representant|mandat|elu)/.test(pw);
            report(i - 1, end, { messageId: mandate ? 'mandat' : 'syndicat', fix: mandateFix(i - 1, end, pw) });
            break;
          }
          if (negatedBefore(doc, i) || jobFrameBefore(doc, i) || counterpart(i)) break;
          if (personLinked(doc, i, h.to)) report(i, end, { confidence: 'medium' });
          break;
        }
        case 'syndique': {
          if (toks[i].t === 'non' || pw === 'pas' || pw === 'jamais' || negatedBefore(doc, i)) break;
          report(i, withName(h.to, i));
          break;
        }
        case 'syndicat': {
          if (NOT_UNION_AFTER.some((seq) => seq.every((w, k) => t(h.to + k, i) === w))) {
            // a farmers' union is still a union for its member: "adhérente d'un syndicat agricole"
            const farm = FARM_AFTER.find((seq) => seq.every((w, k) => t(h.to + k, i) === w));
            let k = i - 1;
            for (let n = 0; n < 3 && (NAME_SKIP.has(t(k, i)) || t(k, i) === 'un'); n++) k--;
            if (farm && MEMBER_HEADS.has(t(k, i)) && !negatedBefore(doc, k)) report(k, h.to + farm.length);
            break;
          }
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i) || (counterpart(i) && withName(h.to, i) === h.to)) break;
          const end = withName(h.to, i);
          // a question about unions, no membership: "aimerait savoir si un syndicat défend les saisonniers", "quel syndicat contacter"
          if (end === h.to && (ASKING_BEFORE.has(pw) || (pw === 'un' && ASKING_BEFORE.has(t(i - 2, i))))) break;
          // a note without its subject: "livreur, a rejoint le syndicat des livreurs", "s'est inscrit au syndicat en 2020"
          let jk = i - 1;
          if (t(jk, i) === 'le' || t(jk, i) === 'au' || t(jk, i) === 'un') jk--;
          if (end > h.to || personNamed(doc, i, h.to)) report(i, end, { confidence: end > h.to ? 'high' : 'medium' });
          else if (JOIN_VERBS.has(t(jk, i)) && jk < i - 1) report(jk, h.to, { confidence: 'medium' });
          break;
        }
        case 'syndicaliste': {
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          if (toks[i].t === 'syndicaliste' || toks[i].t === 'syndicalistes' || personLinked(doc, i, h.to)) report(i, h.to);
          break;
        }
        case 'direct': {
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          // "a organisé la mobilisation des bénévoles": a mobilisation is a strike only beside a strike or a union
          if (toks[h.to - 1].t === 'mobilisation' && !sentenceHas(doc, i, STRIKE_WORDS)) break;
          // "distribué des tracts pour le syndicat d'initiative": the tourist office
          if (toks[h.to - 1].t === 'syndicat' && NOT_UNION_AFTER.some((seq) => seq.every((w, k) => t(h.to + k, i) === w))) break;
          // "Salarié protégé en tant que délégué CFE-CGC": the status only restates the mandate named beside it
          // a labour-court mandate on the employers' side comes from an employers' body: "conseiller prud'homme collège employeurs"
          const labourCourt = h.entry.lemma === "conseiller prud'homal";
          if (labourCourt && around(doc, i, h.to, EMPLOYER_SIDE, 6)) break;
          // the court's member in a case: "le conseiller prud'homme a renvoyé l'affaire", "devant le juge prud'homal" (not "le mandat de…")
          if (labourCourt && COURT_DETS.has(pw) && (toks[i].t.startsWith('conseill') || toks[i].t.startsWith('juge'))) break;
          // "Élu CSE sur la liste UNSA, il a des heures de délégation": the hours restate the mandate named beside them
          if (toks[i].t.startsWith('salarie') || toks[h.to - 1].t.startsWith('protege') || labourCourt || h.entry.lemma === 'heures de délégation') {
            const sn = toks[i].sn;
            if (ctx.hits.some((o) => o !== h && o.entry.tag !== 'direct' && toks[o.from].sn === sn)) break;
          }
          report(i, h.to, { confidence: 'medium' });
          break;
        }
        case 'union':
        case 'union-nom':
        case 'union-contexte': {
          // look back for the membership or mandate word: "Adhérent FO", "adhérente à l'UNSA", "Militante CFDT"
          if (tag === 'union-nom' && !doc.isCapitalized(i)) break; // "les jeunes agriculteurs", "la coordination rurale des soins"
          if (toks[i].t === 'solidaires' && (!doc.isCapitalized(i) || toks[i].first)) {
            // "ils sont solidaires", "Solidaires, ils ont…": the adjective; "Solidaires" first needs a union word before it
            let k = i - 1;
            for (let n = 0; n < 4 && NAME_SKIP.has(t(k, i)); n++) k--;
            if (!doc.isCapitalized(i) || !UNION_HEADS.has(t(k, i))) break;
          }
          let k = i - 1;
          // "mandaté par FO", "désignée par la CGT", "investi par la CFDT": a mandate given by the union
          for (let n = 0; n < 7 && (NAME_SKIP.has(t(k, i)) || (t(k, i) === 'par' && BY_HEADS.has(t(k - 1, i))) || (STRUCTURE.has(t(k, i)) && !UNION_HEADS.has(t(k, i)))); n++) k--;
          const head = t(k, i);
          // "Offre : secrétaire à l'UD CFDT": a job title in a job offer, not a mandate
          if ((UNION_HEADS.has(head) || (BY_HEADS.has(head) && t(k + 1, i) === 'par')) && !(JOB_TITLES.has(head) && offerBefore(i))) { report(k, h.to); break; }
          // the union as an employer: "stage à la CGT comme comptable", "poste de juriste à la CFDT"
          if (employedAt(i)) break;
          if (tag === 'union-contexte' && toks[i].t === 'sud' && toks[h.to]?.k === Kind.Word && toks[h.to].hyphen) break; // "Sud-Ouest"
          if (negatedBefore(doc, i)) break;
          if (around(doc, i, h.to, UNION_CONTEXT, 8) || (tag !== 'union-contexte' && personNamed(doc, i, h.to))) report(i, h.to, { confidence: tag === 'union-contexte' ? 'medium' : 'high' });
          break;
        }
        case 'union-membre': {
          // "adhérent d'Alliance", "syndiquée au Snes"; not "l'Alliance française", "membre d'Alliance Vita", "une unité de soins"
          if (!doc.isCapitalized(i) || toks[i].first) break;
          const last = h.to - 1;
          // a longer name goes on: "Alliance Vita", "l'Alliance française", "l'Unité mobile de sécurité", "Unité de soins"
          const nx = toks[h.to];
          if (nx && nx.sn === toks[i].sn && nx.k === Kind.Word && !toks[last].hyphen && !MEMBER_UNION_NEXT.has(nx.t)) break;
          let k = i - 1;
          for (let n = 0; n < 4 && NAME_SKIP.has(t(k, i)); n++) k--;
          if (!MEMBER_HEADS.has(t(k, i)) && !set('delegues deleguees elus elues liste listes section').has(t(k, i))) break;
          if (employedAt(i)) break;
          report(k, h.to);
          break;
        }
        case 'union-sud': {
          if (h.entry.lemma !== 'Sud') { if (!negatedBefore(doc, i) && personNamed(doc, i, h.to)) report(i, h.to, { confidence: 'medium' }); break; }
          // "liste Sud", "déléguée Sud", not "Sud-Ouest", "région Sud", "chez Sud Intérim"
          if (toks[h.to]?.hyphen || !doc.isCapitalized(i)) break;
          if (SUD_HEADS.has(pw)) report(i - 1, h.to);
          break;
        }
        case 'rep-des': {
          // "représentant des coureurs à l'UNCP", "délégué des joueurs au SNBP"; not "représentant des salariés au CSE"
          let k = h.to;
          for (let n = 0; n < 3 && t(k, i) && toks[k].k === Kind.Word && !TO_UNION.has(t(k, i)); n++) k++;
          if (k === h.to || !TO_UNION.has(t(k, i))) break;
          k++;
          if (ARTICLES.has(t(k, i))) k++;
          if (!t(k, i) || jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          const w = toks[k].t;
          if (isUnion(k) && hitAt.get(k)!.entry.tag !== 'union-contexte') { report(i, hitAt.get(k)!.to, { messageId: 'mandat' }); break; }
          if (toks[k].k === Kind.Word && w.length >= 4 && w.length <= 9 && doc.isUpper(k) && (w.startsWith('sn') || w.startsWith('syn')) && !NOT_UNION_ACRONYMS.has(w)) report(i, k + 1, { messageId: 'mandat' });
          break;
        }
        case 'y-adhere': {
          // « y » stands for a union named shortly before, in this sentence or the previous one:
          // "La CGT l'a accompagné aux prud'hommes : il y adhère depuis 2009"; not "le club de foot : il y adhère"
          let union = false;
          const sn = toks[i].sn;
          for (let k = i - 1; k >= Math.max(0, i - 25) && toks[k].sn >= sn - 1 && !union; k--) {
            const o = hitAt.get(k);
            if (o && (isUnion(k) || o.entry.tag === 'syndicat') && o.to <= i) union = true;
          }
          if (!union || negatedBefore(doc, i)) break;
          // "il n'y adhère pas" is an absence; "il n'y adhère plus" a past membership, still a finding
          const neg = pw === "n'" || pw === 'ne';
          if (neg && set('pas jamais point').has(t(h.to, i))) break;
          const s0 = neg ? i - 1 : i;
          const a = set("il elle ils elles qui").has(t(s0 - 1, i)) ? s0 - 1 : s0;
          report(a, h.to);
          break;
        }
        case 'sigle-contexte': {
          // "Ancien DS chez un transporteur", "ex-DSC", "DS chez Géodis": a former or current mandate;
          // not "une ancienne DS" (the car), "le DS de maths"
          const nx = t(h.to, i);
          const former = pw === 'ancien' || pw === 'ex' || (pw === 'ancienne' && !set("une la sa cette son").has(t(i - 2, i)));
          const employer = nx === 'chez' && !set("une la sa ma cette sa un le son de du des d'").has(pw);
          if ((former || employer) && !set("de d' du des en").has(nx) && !jobFrameBefore(doc, i)) { report(i, withName(h.to, i), { messageId: 'mandat' }); break; }
          // "il a été DS pendant dix ans", "elle était RSS": a mandate after a copula ("un DS de maths" is not)
          if (set('est etait ete devenu devenue').has(pw) && personNamed(doc, i, h.to) && !set("de d' du des en").has(t(h.to, i))) { report(i, withName(h.to, i), { messageId: 'mandat' }); break; }
          if (around(doc, i, h.to, UNION_CONTEXT, 6) || [...hitAt.values()].some((o) => o.entry.tag === 'union' && Math.abs(o.from - i) < 6)) report(i, withName(h.to, i));
          break;
        }
      }
    }
  },
});
