/**
 * Lexicon of `vie-privee` (TAXONOMY.md §3.4 vie-familiale-intime; eval/README.md): intimate family
 * conflict — contested divorce, couple problems, custody disputes, domestic violence, protection
 * orders, child-protection measures, estrangement. Not marital status, number of children,
 * childcare constraints, being a carer, "parent isolé", "congé parental", housing.
 *
 * `kind`:
 * - `fixed`: the phrase is a finding by itself ("violences conjugales", "ordonnance de protection");
 * - `kin`: a head that is a finding only when a relative follows ("en froid avec | sa sœur",
 *   "ne plus voir | son père", "rupture avec | son compagnon"); the span runs to the relative.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

export interface PrivateEntry extends LexiconEntry {
  /** `threat`, `relation`, `conflict`: head words of the patterns checked in rules/vie-privee.ts */
  kind: 'fixed' | 'kin' | 'threat' | 'relation' | 'conflict' | 'violent' | 'removed' | 'ousted' | 'foster' | 'left' | 'abroad' | 'estranged' | 'court' | 'denial' | 'contest';
}

/** First fix: the availability or constraint, never the family story (TAXONOMY §3.4 rewordings). */
export const PRIVATE_REWRITE = '[à retirer ; si utile : contrainte de disponibilité, à la demande de l’adhérent]';

const fixed = (terms: string[], extra: Partial<PrivateEntry> = {}): PrivateEntry[] =>
  terms.map((t) => ({ lemma: t, kind: 'fixed' as const, rewrite: PRIVATE_REWRITE, ...extra }));
const kin = (terms: string[], extra: Partial<PrivateEntry> = {}): PrivateEntry[] =>
  terms.map((t) => ({ lemma: t, kind: 'kin' as const, rewrite: PRIVATE_REWRITE, ...extra }));

/** Games, sport and figurative senses of beating, pushing and hitting. */
const GAMES = ['échecs', 'tennis', 'squash', 'ping-pong', 'badminton', 'boxe', 'judo', 'match', 'matchs', 'tournoi', 'course', 'record', 'score',
  'jeu', 'jeux', 'cartes', 'sprint', 'compétition', 'championnat', 'finale', 'belote', 'scrabble', 'pétanque', 'foot', 'football', 'set', 'habitudes', 'certitudes', 'planning'];
// (not « partie »: « elle est partie avec une valise » is leaving, the game is « match », « cartes », « jeu »)

/** Every head × preposition × tail, for the custody disputes ("litige autour de la garde de son fils"). */
function custody(): string[] {
  const heads = ['conflit', 'conflits', 'litige', 'litiges', 'bataille', 'désaccord', 'désaccords', 'différend', 'guerre', 'procédure', 'procédures', 'tensions', 'dispute', 'disputes', 'bras de fer'];
  const preps = ['sur', 'autour de', 'pour', 'concernant', 'à propos de', 'au sujet de', 'de', 'relatif à', 'quant à'];
  const tails = ['des enfants', 'de ses enfants', 'de leurs enfants', 'de son fils', 'de sa fille', 'de leur fils', 'de leur fille', "de l'enfant", 'du petit', 'de la petite', 'de ses filles', 'de ses fils', ''];
  const out: string[] = [];
  for (const h of heads) for (const p of preps) for (const t of tails) out.push(`${h} ${p} la garde ${t}`.trim());
  return out;
}

/** Fights over custody in lay words: "se bat pour la garde de sa fille", "garde alternée contestée", "refuse de rendre les enfants". */
const CHILD_TAILS = ['des enfants', 'de ses enfants', 'de leurs enfants', 'de son fils', 'de sa fille', 'de leur fils', 'de leur fille', "de l'enfant", 'du petit', 'de la petite', 'de ses filles', 'de ses fils', 'de son enfant', ''];
function custodyFights(): string[] {
  const verbs = ['se bat pour', 'se battre pour', 'se battent pour', 'se bat en justice pour', 'bataille pour', 'se dispute', 'se disputent', 'se déchire pour',
    'se déchirent pour', 'lutte pour', 'réclame', 'réclament', 'demande', 'conteste', 'contestent', 'veut récupérer', 'veut obtenir', 'se disputer',
    'a perdu', 'perdre', 'a obtenu', 'a récupéré', 'récupérer', 'a confié', 'confie', 'lui a retiré', 'lui retire', 'leur a retiré', 'lui a confié', 'obtenir', 'demander', 'réclamer'];
  const garde = ['la garde', 'la garde exclusive', 'la garde principale', 'la résidence', 'le droit de garde'];
  // a fight is about children by itself; a request or a decision needs the child named ("a obtenu la garde du magasin")
  const fights = new Set(verbs.filter((v) => /^(se |bataille|lutte)/.test(v)));
  const out: string[] = [];
  for (const v of verbs) for (const g of garde) for (const t of CHILD_TAILS) if (t || fights.has(v)) out.push(`${v} ${g} ${t}`.trim());
  // a threat or a plan to ask for custody is a fight by itself: "menace de demander la garde exclusive", "va réclamer la résidence des enfants"
  const threats = ['menace de', 'menacé de', 'menaçait de', 'menacent de', 'veut', 'va', 'compte', 'parle de', 'envisage de', 'a décidé de'];
  const asks = ['demander', 'réclamer', 'obtenir', 'lui retirer', 'lui prendre', 'saisir le juge pour avoir'];
  for (const th of threats) for (const a of asks) {
    if (!th.startsWith('menac') && a !== 'demander' && a !== 'réclamer') continue;
    for (const g of th.startsWith('menac') ? garde : ['la garde exclusive', 'la garde principale']) out.push(`${th} ${a} ${g}`);
    for (const t of CHILD_TAILS.slice(0, 8)) out.push(`${th} ${a} la garde ${t}`);
  }
  return out;
}
function contestedCustody(): string[] {
  const heads = ['garde', 'garde alternée', 'garde exclusive', 'garde partagée', 'garde des enfants', 'résidence des enfants', 'résidence alternée', 'droit de garde', 'droit de visite', 'pension alimentaire'];
  const states = ['contestée', 'contesté', 'disputée', 'remise en cause', 'remis en cause', 'refusée', 'refusé', 'suspendue', 'suspendu', 'retirée', 'retiré', 'supprimée', 'supprimé', 'en litige',
    'a été suspendu', 'a été suspendue', 'a été retiré', 'a été retirée', 'a été supprimé', 'a été supprimée', 'lui a été retiré', 'lui a été retirée',
    'confiée au père', 'confiée à la mère', 'confiée à son ex', 'confiée à son ex-mari', 'confiée à son ex-femme', 'confiée à son ex-conjoint', 'confiée à son ex-conjointe',
    // both parents claiming it: "garde des enfants réclamée par les deux parents", "résidence revendiquée par le père"
    'réclamée', 'réclamé', 'revendiquée', 'revendiqué', 'demandée par', 'demandé par', 'disputée entre', 'en jeu devant le juge', 'au cœur du conflit', 'au centre du conflit'];
  const out: string[] = [];
  for (const h of heads) for (const st of states) out.push(`${h} ${st}`);
  // with the verb: « la garde alternée est contestée par la mère », « la résidence des enfants a été remise en cause »
  for (const h of heads) for (const aux of ['est', 'a été', 'était', 'reste', 'sont']) for (const st of ['contestée', 'contesté', 'disputée', 'remise en cause', 'remis en cause', 'en litige']) out.push(`${h} ${aux} ${st}`);
  return out;
}
/** "ça ne va plus (du tout) avec", "ça se passe très mal avec", "c'est la guerre avec", "en crise avec": heads that need the relative after. */
function coupleTrouble(): string[] {
  const va = ['ne va plus', 'ne va plus du tout', 'ne va plus trop', 'ne va plus très bien', 'ne va plus bien', 'ne va pas du tout', 'ne va pas bien', 'ne va pas fort',
    'va plus', 'va plus du tout', 'va mal', 'va très mal', 'va de plus en plus mal', 'ne colle plus', 'ne marche plus', 'ne fonctionne plus', 'clashe', 'chauffe',
    'ne se passe plus bien', 'ne se passe pas bien', 'ne se passe plus du tout bien', 'se passe mal', 'se passe très mal', 'se passe de plus en plus mal'];
  const out: string[] = [];
  // "sa va mal avec son mari": the ça → sa slip of quick typing and dictation
  for (const subj of ['ça', 'cela', 'ca', 'sa']) for (const v of va) out.push(`${subj} ${v} avec`);
  for (const v of ['se passe mal', 'se passent mal', 'se passe très mal', 'se passent très mal', 'se passait mal', 'se passaient mal', 'se sont dégradées avec', 'se sont dégradés avec', 'se dégradent avec']) out.push(v.endsWith('avec') ? v : `${v} avec`);
  for (const c of ["c'est la guerre", "c'est l'enfer", "c'est la crise", "c'est fini", "c'est très tendu", "c'est devenu invivable", "c'est devenu compliqué"]) out.push(`${c} avec`);
  out.push('en crise avec', 'en bisbille avec', 'à couteaux tirés avec', 'en instance de séparation avec', 'en pleine séparation avec');
  return out;
}
/** Verbs of arguing, reflexive, conjugated (present, imperfect, passé composé, infinitive), before "avec". */
interface Argue { il: string; ils: string; imp: string; imps: string; pp: string[]; inf: string; elided?: boolean }
const ARGUE: Argue[] = [
  { il: 'déchire', ils: 'déchirent', imp: 'déchirait', imps: 'déchiraient', pp: ['déchiré', 'déchirée', 'déchirés'], inf: 'déchirer' },
  { il: 'dispute', ils: 'disputent', imp: 'disputait', imps: 'disputaient', pp: ['disputé', 'disputée', 'disputés'], inf: 'disputer' },
  { il: 'chamaille', ils: 'chamaillent', imp: 'chamaillait', imps: 'chamaillaient', pp: ['chamaillé', 'chamaillée', 'chamaillés'], inf: 'chamailler' },
  { il: 'querelle', ils: 'querellent', imp: 'querellait', imps: 'querellaient', pp: ['querellé', 'querellée', 'querellés'], inf: 'quereller' },
  { il: 'engueule', ils: 'engueulent', imp: 'engueulait', imps: 'engueulaient', pp: ['engueulé', 'engueulée', 'engueulés'], inf: 'engueuler', elided: true },
  { il: 'embrouille', ils: 'embrouillent', imp: 'embrouillait', imps: 'embrouillaient', pp: ['embrouillé', 'embrouillée', 'embrouillés'], inf: 'embrouiller', elided: true },
  { il: 'brouille', ils: 'brouillent', imp: 'brouillait', imps: 'brouillaient', pp: ['brouillé', 'brouillée', 'brouillés'], inf: 'brouiller' },
  { il: 'fâche', ils: 'fâchent', imp: 'fâchait', imps: 'fâchaient', pp: ['fâché', 'fâchée', 'fâchés'], inf: 'fâcher' },
  { il: 'prend la tête', ils: 'prennent la tête', imp: 'prenait la tête', imps: 'prenaient la tête', pp: ['pris la tête'], inf: 'prendre la tête' },
];
const OFTEN = ['sans arrêt', 'sans cesse', 'tout le temps', 'constamment', 'souvent', 'régulièrement', 'tous les jours', 'violemment', 'en permanence', 'beaucoup', 'encore'];
const refl = (a: Argue, v: string) => (a.elided ? `s'${v}` : `se ${v}`);
function arguing(): string[] {
  const out: string[] = [];
  for (const a of ARGUE) {
    for (const v of [a.il, a.ils, a.imp, a.imps]) {
      out.push(`${refl(a, v)} avec`);
      for (const o of OFTEN) out.push(`${refl(a, v)} ${o} avec`);
    }
    const [m, f, pl] = a.pp.length === 3 ? a.pp : [a.pp[0], a.pp[0], a.pp[0]];
    out.push(`s'est ${m} avec`, `s'est ${f} avec`, `se sont ${pl} avec`);
    out.push(`${refl(a, a.inf)} avec`);
  }
  return out;
}
/** "se disputent sans arrêt", "s'engueulent tout le temps": the relative is near (a `near` condition). */
function arguingOften(): string[] {
  const out: string[] = [];
  for (const a of ARGUE) if (a.il !== 'fâche' && a.il !== 'brouille') for (const v of [a.il, a.ils, a.imp, a.imps]) for (const o of OFTEN.slice(0, 9)) out.push(`${refl(a, v)} ${o}`);
  return out;
}
/** Non-return of children: "refuse de rendre les enfants", "n'a pas ramené sa fille". */
function nonReturn(): string[] {
  const verbs = ['refuse de rendre', 'refuse de ramener', 'refuse de présenter', 'refuse de lui rendre', 'refuse de lui confier', 'refusent de rendre', 'ne rend pas',
    'ne ramène pas', "n'a pas rendu", "n'a pas ramené", 'ne veut pas rendre',
    // keeping the children from the other parent in lay words: "refuse de laisser venir les enfants", "ne laisse plus voir sa fille"
    'refuse de laisser venir', 'refuse de laisser partir', 'refuse de laisser voir', 'refuse de faire venir', 'refuse de lui laisser voir', 'refuse de lui envoyer', 'refuse de lui laisser',
    'ne laisse pas venir', 'ne laisse plus venir', 'ne laisse plus voir', 'ne laisse pas voir', "l'empêche de voir", "l'empêchait de voir", 'ne veut pas laisser venir', 'ne veut plus laisser venir',
    'refuse de laisser repartir', 'garde les enfants chez', 'garde illégalement', 'a enlevé', 'enlève', 'a emmené sans son accord', 'a kidnappé', 'menace de lui prendre', 'menace de prendre', 'veut lui prendre', 'enlever'];
  const kids = ['les enfants', 'ses enfants', 'leurs enfants', "l'enfant", 'sa fille', 'son fils', 'leur fille', 'leur fils', 'le petit', 'la petite', 'le bébé', 'les petits', 'sa petite', 'son petit',
    'les jumeaux', 'les jumelles', 'ses filles', 'les gamins'];
  const out: string[] = [];
  for (const v of verbs) for (const k of kids) out.push(`${v} ${k}`);
  // a parent threatening to take the child back in lay words: "menace de reprendre la petite", "a menacé de lui retirer les enfants"
  const threats = ['menace de', 'menaçait de', 'menacé de'];
  const takes = ['reprendre', 'lui reprendre', 'lui prendre', 'récupérer', 'lui retirer', 'emmener', 'partir avec'];
  for (const th of threats) for (const tk of takes) for (const k of kids) out.push(`${th} ${tk} ${k}`);
  return out;
}
/** Contested custody with the child named: "garde de son fils contestée", "la résidence de sa fille remise en cause". */
function contestedChildCustody(): string[] {
  const tails = ['des enfants', 'de ses enfants', 'de leurs enfants', 'de son fils', 'de sa fille', 'de leur fils', 'de leur fille', "de l'enfant", 'du petit', 'de la petite', 'de ses filles', 'de ses fils', 'de son enfant', 'du bébé'];
  const states = ['contestée', 'disputée', 'remise en cause', 'en litige', 'retirée', 'suspendue'];
  const out: string[] = [];
  for (const h of ['garde', 'résidence']) for (const t of tails) for (const st of states) out.push(`${h} ${t} ${st}`);
  return out;
}

/** "s'est vu retirer l'autorité parentale", "a perdu ses droits de visite", "déchue de l'autorité parentale". */
function parentalRightsLost(): string[] {
  const heads = ["s'est vu retirer", "s'est vue retirer", 'se voit retirer', "s'était vu retirer", 'lui a retiré', 'lui retire', 'leur a retiré', 'a perdu', 'perdu',
    'privé de', 'privée de', 'déchu de', 'déchue de', 'retrait de', 'suspension de', 'suspendu'];
  const objects = ["l'autorité parentale", 'son autorité parentale', 'ses droits parentaux', 'les droits parentaux', 'son droit de visite', 'ses droits de visite', "son droit d'hébergement"];
  const out: string[] = [];
  for (const h of heads) for (const o of objects) if (!(h === 'suspendu' || (h === 'retrait de' && o === "l'autorité parentale"))) out.push(`${h} ${o}`);
  return out;
}
/** Paternity in dispute: "conteste être le père", "nie sa paternité", "contestation de paternité". */
function paternityDisputed(): string[] {
  const verbs = ['conteste', 'contestait', 'a contesté', 'contester', 'nie', 'niait', 'a nié', 'nier', 'doute', 'doutait', 'refuse de croire'];
  const objs = ['être le père', "d'être le père", 'sa paternité', 'la paternité'];
  const out: string[] = [];
  for (const v of verbs) for (const o of objs) if (!(o.startsWith("d'") && v.startsWith('conte')) && !(v.startsWith('nie') && o.startsWith("d'"))) out.push(`${v} ${o}`);
  out.push('contestation de paternité', 'contestation de la paternité', 'désaveu de paternité', 'action en recherche de paternité', 'recherche en paternité',
    'refuse de reconnaître l’enfant', "refuse de reconnaître l'enfant", 'refuse de reconnaître sa fille', 'refuse de reconnaître son fils', 'dit ne pas être le père',
    'affirme ne pas être le père', 'prétend ne pas être le père', 'soutient ne pas être le père');
  // the filiation or an adoption of a child contested (not « l'adoption du budget »: the child is named)
  for (const v of ['conteste', 'contestait', 'a contesté', 'contester', 'attaque', 'a attaqué'])
    for (const o of ['sa filiation', 'la filiation de l’enfant', "la filiation de l'enfant", "l'adoption de l'enfant", 'l’adoption de l’enfant', "l'adoption de son fils", "l'adoption de sa fille", "l'adoption de ses enfants",
      "l'adoption de leur fils", "l'adoption de leur fille", "l'adoption du petit", "l'adoption de la petite", "l'adoption de l'enfant de sa compagne", "l'adoption de l'enfant de son compagnon"]) out.push(`${v} ${o}`);
  out.push('contestation de filiation', 'contestation de la filiation', 'action en contestation de filiation', "contestation de l'adoption", "révocation de l'adoption", "annulation de l'adoption",
    'tierce opposition au jugement d’adoption', "tierce opposition au jugement d'adoption");
  return out;
}
/** Two relatives estranged, no "avec": "sont fâchées à mort", "ne se parlent plus depuis". */
function estrangedPair(): string[] {
  const out: string[] = [];
  for (const aux of ['sont', 'étaient', 'se sont', 'restent']) for (const a of ['fâchés à mort', 'fâchées à mort', 'brouillés', 'brouillées', 'en froid', 'à couteaux tirés', 'fâchés pour de bon', 'fâchées pour de bon', 'brouillés à mort', 'brouillées à mort'])
    if (!(aux === 'se sont' && (a.startsWith('en ') || a.startsWith('à ')))) out.push(`${aux} ${a}`);
  // one person estranged from a relative named nearby, or a family as one subject: « avec qui elle est brouillée depuis deux ans », « la famille ne se parle plus »
  for (const aux of ['est', 'était', 'reste', 'est restée', 'est resté']) for (const a of ['brouillé', 'brouillée', 'fâché à mort', 'fâchée à mort', 'fâché depuis', 'fâchée depuis'])
    out.push(`${aux} ${a}`);
  out.push('brouillé depuis', 'brouillée depuis', 'ne se parle plus', 'se parle plus', "ne s'adresse plus la parole", 'ne se voit plus',
    'ne se fréquente plus');
  out.push('fâchés à mort', 'fâchées à mort', 'fâché à mort', 'fâchée à mort', 'ne se parlent plus', 'se parlent plus', 'ne se voient plus', 'se voient plus', 'ne se parlent pas',
    "ne s'adressent plus la parole", "s'adressent plus la parole", 'ne se fréquentent plus', 'ont coupé les ponts', 'se détestent', 'se haïssent', 'se déchirent depuis');
  return out;
}
/** "ignore où vit sa fille", "ne sait plus où sont ses enfants", "est partie avec les enfants": a parent cut off from the child. */
function childWhereabouts(): string[] {
  // singular verb with a singular child, plural with plural: a few hundred forms, not every product
  const one = ['sa fille', 'son fils', 'leur fille', 'leur fils', 'son enfant', 'le petit', 'la petite', 'le bébé'];
  const many = ['ses enfants', 'les enfants', 'leurs enfants', 'ses filles', 'ses fils'];
  const out: string[] = [];
  for (const h of ['ignore où', 'ne sait pas où', 'ne sait plus où', 'sait pas où', 'sait plus où', 'ignorait où', 'ne savait pas où', 'ne savait plus où']) {
    for (const v of ['vit', 'habite', 'est', 'se trouve', 'vivait', 'habitait']) for (const k of one) out.push(`${h} ${v} ${k}`);
    for (const v of ['vivent', 'habitent', 'sont', 'se trouvent']) for (const k of many) out.push(`${h} ${v} ${k}`);
  }
  return out;
}

/** Coercive control: passport or papers taken, outings, phone or money controlled. */
function coerciveControl(): string[] {
  const out: string[] = [];
  const take = ['lui a confisqué', 'lui confisque', 'a confisqué', 'confisque', 'lui a pris', 'garde', 'lui cache', 'lui a caché', 'détient', 'retient', 'lui retient', 'lui garde'];
  for (const t of take) for (const o of ['son passeport', 'ses papiers', "ses papiers d'identité", "sa carte d'identité", 'son titre de séjour', 'sa carte vitale', 'sa carte bancaire', 'ses papiers et son argent'])
    if (t.startsWith('lui') || t.includes('confisqu')) out.push(`${t} ${o}`);
  // papers hidden, torn or kept from the person: "a caché ses papiers", "a déchiré son titre de séjour", "garde son passeport sous clé"
  const hide = ['a caché', 'cache', 'cachait', 'avait caché', 'a déchiré', 'a brûlé', 'a détruit', 'a subtilisé', 'a confisqué', 'confisquait', 'refuse de rendre', 'refuse de lui rendre', 'ne veut pas lui rendre',
    'ne lui rend pas', 'garde sous clé', 'a gardé', 'a mis sous clé', 'enferme'];
  for (const t of hide) for (const o of ['son passeport', 'ses papiers', "ses papiers d'identité", "sa carte d'identité", 'son titre de séjour', 'sa carte de séjour', 'son récépissé', 'son livret de famille',
    "ses documents d'identité", 'ses documents', 'ses papiers officiels']) if (!(t === 'a gardé' && o === 'ses documents')) out.push(`${t} ${o}`);
  for (const v of ['contrôle', 'contrôlait', 'surveille', 'surveillait', 'limite', 'limitait', 'régente']) for (const o of ['ses sorties', 'ses fréquentations', 'son téléphone', 'ses messages', 'ses dépenses', 'son argent', 'ses comptes', 'tous ses faits et gestes', 'ses déplacements'])
    out.push(`${v} ${o}`);
  // money, mail and phone watched or taken in lay words: "contrôle tous ses comptes", "lit ses courriers", "lui prend son salaire", "vide son compte"
  const watch = ['contrôle', 'contrôlait', 'surveille', 'surveillait', 'vérifie', 'vérifiait', 'épluche', 'fouille', 'fouillait', 'lit', 'lisait', 'ouvre', 'ouvrait', 'régente'];
  const watched = ['tous ses comptes', 'son compte', 'son compte bancaire', 'ses comptes bancaires', 'ses relevés', 'ses relevés bancaires', 'ses relevés de compte', 'ses courriers', 'son courrier',
    'tous ses courriers', 'ses mails', 'ses SMS', 'ses textos', 'tous ses messages', 'son portable', 'ses appels', 'toutes ses dépenses', 'ses achats', 'ses tickets de caisse', 'ses horaires', 'son salaire',
    'sa paie', 'ses allocations', 'son RSA', 'sa carte bancaire', 'ses réseaux sociaux', 'ses conversations', 'ses tenues', 'ses fréquentations'];
  for (const v of watch) for (const o of watched) out.push(`${v} ${o}`);
  const takes = ['lui prend', 'lui prenait', 'lui a pris', 'lui confisque', 'lui confisquait', 'lui a confisqué', 'confisque', 'confisquait', 'a confisqué', 'lui retire', 'lui a retiré', 'lui garde', 'garde', 'gardait',
    'encaisse', 'encaissait', 'touche', 'récupère', 'récupérait', 'vide', 'vidait', 'a vidé'];
  const taken = ['son salaire', 'sa paie', 'sa paye', 'ses allocations', 'son RSA', 'son AAH', 'ses aides', 'sa carte', 'sa carte bancaire', 'sa carte bleue', 'sa CB', 'son chéquier', 'ses moyens de paiement',
    'son compte', 'ses comptes', 'son argent', 'tout son argent', 'son téléphone', 'son portable', 'ses clés'];
  for (const t of takes) for (const o of taken) if (!(['garde', 'gardait', 'touche', 'vide', 'vidait', 'a vidé', 'encaisse', 'encaissait', 'récupère', 'récupérait'].includes(t) && ['son téléphone', 'son portable', 'ses clés', 'sa carte'].includes(o))) out.push(`${t} ${o}`);
  out.push('ne lui laisse aucun argent', 'ne lui laisse pas d’argent', "ne lui laisse pas d'argent", "lui donne de l'argent au compte-gouttes", "lui donne l'argent au compte-gouttes", 'lui verse de l’argent de poche',
    'touche son salaire à sa place', 'encaisse ses allocations à sa place', 'violence économique', 'violences économiques');
  // kept at home: "l'empêche de travailler", "ne la laisse pas sortir", "lui interdit de passer son permis"
  // ("l'empêche de …" is read by the threat pattern of rules/vie-privee.ts)
  for (const h of ['lui interdit de', 'lui interdisait de', 'lui a interdit de', 'lui défend de', 'lui défendait de', 'ne la laisse pas', 'ne le laisse pas', 'ne la laissait pas', 'ne le laissait pas', 'ne la laisse plus', 'ne le laisse plus'])
    for (const a of ['sortir', 'chercher du travail', 'chercher un emploi', 'voir ses amies', 'voir ses amis', 'voir sa famille', 'voir ses parents', 'avoir un compte', 'passer son permis', 'apprendre le français', 'suivre la formation', 'se former', 'conduire', 'téléphoner',
      // work, training and contacts forbidden in other words
      'travailler', 'reprendre le travail', 'reprendre un emploi', 'aller au travail', 'aller en formation', 'suivre une formation', 'voir ses copines', 'voir ses sœurs',
      'parler à sa famille', 'appeler sa famille', 'appeler sa mère', 'avoir un téléphone', 'avoir un portable', 'avoir son propre compte', 'toucher à l’argent', "toucher à l'argent"])
      out.push(`${h} ${a}`);
  out.push('lui interdit de sortir', "l'empêche de sortir", 'lui interdisait de sortir', "l'empêchait de sortir", "l'enferme à la maison", 'lui interdit de voir ses amies', 'lui interdit de voir ses amis',
    'lui interdit de travailler', 'lui interdisait de travailler', 'contrôle coercitif');
  return [...new Set(out)];
}

/** Pressure to give up work or training, or to marry: « ses frères lui mettent la pression pour qu'elle arrête de travailler », « sa famille la pousse à démissionner ». */
function familyPressure(): string[] {
  const out: string[] = [];
  const press = ['lui met la pression pour', 'lui mettent la pression pour', 'lui mettait la pression pour', 'lui mettaient la pression pour', 'fait pression pour', 'font pression pour',
    'faisait pression pour', 'faisaient pression pour', 'fait pression sur elle pour', 'font pression sur elle pour', 'lui met la pression pour'];
  const that = ["qu'elle arrête", "qu'elle arrête de travailler", "qu'elle quitte son travail", "qu'elle quitte son emploi", "qu'elle quitte son poste", "qu'elle démissionne", "qu'elle reste à la maison",
    "qu'elle abandonne", "qu'elle renonce", "qu'elle se marie", "qu'elle épouse", "qu'elle rentre au pays", "qu'il se marie", "qu'il épouse", "qu'il arrête", "qu'il quitte son travail", "qu'il rentre au pays"];
  for (const p of press) for (const o of that) out.push(`${p} ${o}`);
  const push = ['la pousse à', 'la poussent à', 'la poussait à', 'le pousse à', 'le poussent à', "l'oblige à", "l'obligent à", "l'obligeait à", 'la force à', 'la forcent à', 'le force à', 'le forcent à'];
  const acts = ['arrêter de travailler', 'quitter son travail', 'quitter son emploi', 'quitter son poste', 'démissionner', 'rester à la maison', 'rester au foyer', 'abandonner sa formation',
    'arrêter sa formation', 'renoncer à travailler', 'renoncer à sa formation', 'se marier', 'épouser', 'rentrer au pays'];
  for (const p of push) for (const a of acts) out.push(`${p} ${a}`);
  return out;
}

export const VIE_PRIVEE: PrivateEntry[] = [
  ...fixed([...custodyFights(), ...contestedCustody(), ...contestedChildCustody(), ...nonReturn(), 'enlèvement des enfants', "enlèvement d'enfant", 'enlèvement de son fils', 'enlèvement de sa fille',
    'ne verse plus la pension', 'ne verse pas la pension', 'ne paie plus la pension', 'ne paie pas la pension', 'ne paye plus la pension', 'ne verse jamais la pension',
    'quitté le domicile conjugal', 'quitter le domicile conjugal', 'quitte le domicile conjugal', 'départ du domicile conjugal', 'abandon du domicile conjugal',
    'hébergée en foyer pour femmes', 'foyer pour femmes victimes', 'centre pour femmes victimes', 'hébergement d’urgence pour femmes', "hébergement d'urgence pour femmes",
    'éloignement du conjoint', 'a fugué', 'avait fugué', 'fugue de son fils', 'fugue de sa fille', 'fugues répétées', 'en fugue',
    'enquête sociale ordonnée', 'audience devant le JAF', 'audience chez le JAF', 'saisi le JAF', 'saisi le juge aux affaires familiales', 'saisir le JAF',
    'mesure de protection de l’enfance', "mesure de protection de l'enfance", 'suivi par la protection de l’enfance', "suivi par la protection de l'enfance",
    'suivie par la protection de l’enfance', "suivie par la protection de l'enfance", 'signalement à la protection de l’enfance', "signalement à la protection de l'enfance",
    'médiation familiale a échoué', 'échec de la médiation familiale', 'médiation familiale ordonnée', 'médiation familiale imposée', 'visites en lieu neutre',
  ]),
  // kinds of violence: domestic unless a work relation or a public is near ("violences verbales de la part d'un client")
  ...fixed(['violences psychologiques', 'violences physiques', 'violences verbales', 'violences sexuelles', 'violences économiques', 'violence psychologique',
    'violence physique', 'violence verbale', 'violence économique', 'violences subies', 'subit des violences', 'subissait des violences', 'a subi des violences'], {
    notNear: ['travail', 'employeur', 'collègue', 'collègues', 'client', 'clients', 'manager', 'hiérarchie', 'chef', 'cheffe', 'patron', 'supérieur', 'public', 'usagers',
      'patients', 'école', 'scolaire', 'collège', 'lycée', 'rue', 'professionnel', 'professionnelles', 'policières', 'urbaines', 'entreprise', 'poste', 'stage', 'mission'],
  }),
  // violences conjugales et intrafamiliales
  ...fixed([
    'violences conjugales', 'violence conjugale', 'violences intrafamiliales', 'violence intrafamiliale', 'violences intra-familiales', 'violences domestiques',
    'violence domestique', 'violences familiales', 'violence familiale', 'violences au sein du couple', 'violences dans le couple', 'violences au sein de la famille',
    'violences psychologiques de son conjoint', 'violences de son conjoint', 'violences de son mari', 'violences de son compagnon', 'violences de son ex',
    'femme battue', 'femmes battues', 'battue par son mari', 'battue par son conjoint', 'battue par son compagnon', 'battue par son ex',
    'conjoint violent', 'mari violent', 'compagnon violent', 'père violent', 'ex violent', 'ex-conjoint violent', 'ex-mari violent', 'ex-compagnon violent',
    'beau-père violent', 'époux violent', 'concubin violent', 'partenaire violent',
    'maltraitance conjugale', 'maltraitances conjugales', 'maltraitance familiale', 'maltraitances familiales', 'maltraitance intrafamiliale',
    'emprise conjugale', 'relation d’emprise', "relation d'emprise", "situation d'emprise", 'sous emprise', 'sous son emprise', "sous l'emprise de son conjoint",
    "sous l'emprise de son mari", "sous l'emprise de son compagnon", "sous l'emprise de son ex", 'contrôle coercitif', 'harcèlement conjugal', 'cyberharcèlement de son ex',
    'mariage forcé', 'mariée de force', 'marié de force', 'mariage arrangé contre son gré', 'crime d’honneur',
  ]),
  // forced or child marriage in other words: "mariée à quinze ans", "mariée contre son gré", "donnée en mariage", "a fui un mariage arrangé"
  ...fixed([
    ...['mariée', 'marié', 'mariées', 'mariés', 'mariage', 'fiancée', 'fiancé', 'fiançailles', 'promise', 'épousé', 'épouser', 'unie', 'union'].map((m) => `${m} contre son gré`),
    ...['mariage', 'mariages', 'union'].flatMap((m) => [`${m} forcée`, `${m} précoce`, `${m} précoces`, `${m} arrangé`, `${m} arrangée`, `${m} coutumier imposé`, `${m} imposé`, `${m} imposée`, `${m} d'enfant`, `${m} d'enfants`]),
    'mariée de force', 'mariés de force', 'mariées de force', 'mariée enfant', 'mariée mineure', 'mariée très jeune par sa famille', 'mariée par sa famille', 'mariée par ses parents',
    'marié par sa famille', 'mariée par son père', 'donnée en mariage', 'promise en mariage', 'promise à un cousin', 'forcée à se marier', 'forcée de se marier', 'obligée de se marier',
    'obligée à se marier', 'contrainte de se marier', 'contrainte au mariage', 'obligé de se marier', 'forcé à se marier', 'a fui un mariage', 'a fui son mariage', 'fuir un mariage',
    'fuyait un mariage', 'pour échapper à un mariage', 'épouse mineure',
    ...['mariée à douze ans', 'mariée à treize ans', 'mariée à quatorze ans', 'mariée à quinze ans', 'mariée à seize ans', 'mariée à dix-sept ans', 'mariée à 12 ans', 'mariée à 13 ans', 'mariée à 14 ans', 'mariée à 15 ans', 'mariée à 16 ans', 'mariée à 17 ans', 'marié à douze ans', 'marié à treize ans', 'marié à quatorze ans', 'marié à quinze ans', 'marié à seize ans', 'marié à dix-sept ans', 'marié à 12 ans', 'marié à 13 ans', 'marié à 14 ans', 'marié à 15 ans', 'marié à 16 ans', 'marié à 17 ans', 'mariées à douze ans', 'mariées à treize ans', 'mariées à quatorze ans', 'mariées à quinze ans', 'mariées à seize ans', 'mariées à dix-sept ans', 'mariées à 12 ans', 'mariées à 13 ans', 'mariées à 14 ans', 'mariées à 15 ans', 'mariées à 16 ans', 'mariées à 17 ans', 'fiancée à douze ans', 'fiancée à treize ans', 'fiancée à quatorze ans', 'fiancée à quinze ans', 'fiancée à seize ans', 'fiancée à dix-sept ans', 'fiancée à 12 ans', 'fiancée à 13 ans', 'fiancée à 14 ans', 'fiancée à 15 ans', 'fiancée à 16 ans', 'fiancée à 17 ans', 'promise à douze ans', 'promise à treize ans', 'promise à quatorze ans', 'promise à quinze ans', 'promise à seize ans', 'promise à dix-sept ans', 'promise à 12 ans', 'promise à 13 ans', 'promise à 14 ans', 'promise à 15 ans', 'promise à 16 ans', 'promise à 17 ans'],
  ], { notNear: ['organisatrice', 'organisateur', 'wedding', 'traiteur', 'photographe', 'salle', 'robes', 'boutique', 'mairie', 'officier', 'agent'] }),
  ...fixed(['victime de violences', 'victime de violence', 'victimes de violences'], {
    notNear: ['client', 'clients', 'usager', 'usagers', 'patient', 'patients', 'collègue', 'collègues', 'employeur', 'manager', 'chef', 'cheffe', 'hiérarchie', 'travail', 'élèves', 'public', 'passagers', 'voyageurs'],
    notBefore: ['au travail', 'professionnelles', 'sur son lieu de travail', 'de la part de son employeur', 'de son employeur', 'de la part d’un client', "de la part d'un client", 'urbaines', 'policières', 'scolaires', 'en milieu scolaire', 'dans le cadre professionnel', 'de la part de clients', 'par un client', 'au collège', 'au lycée'],
  }),
  // mesures de protection
  ...fixed([
    'ordonnance de protection', 'ordonnances de protection', 'téléphone grave danger', 'téléphone grand danger', 'TGD',
    'éviction du conjoint violent', 'mesure d’éloignement du conjoint',
    "mesure d'éloignement du conjoint", 'éloignement du conjoint violent', 'interdiction de paraître au domicile',
  ]),
  // a removal order said alone: a partner kept away, not a foreigner's removal from the territory (« soustraction à une mesure d'éloignement », « mesure d'éloignement vers l'Albanie », OQTF)
  ...fixed(['mesure d’éloignement', "mesure d'éloignement", 'mesures d’éloignement', "mesures d'éloignement", 'ordonnance d’éloignement', "ordonnance d'éloignement",
    'ordonnances d’éloignement', "ordonnances d'éloignement"], {
    tag: 'removal',
    notBefore: ['vers', 'du territoire', 'administrative', 'à la frontière', 'forcé', 'forcée'],
    notNear: ['soustraction', 'OQTF', 'préfecture', 'préfet', 'préfète', 'territoire', 'reconduite', 'reconduit', 'reconduction', 'rétention', 'CRA', 'frontière', 'expulsé', 'expulsion',
      'asile', 'séjour', 'sans-papiers', 'débouté', 'déboutée', 'OFPRA', 'CNDA', 'Dublin', 'IRTF', 'assignation', 'assigné', 'assignée', 'étranger', 'étrangers', 'renvoi', 'renvoyé', 'renvoyée'],
  }),
  // a ban on contacting or approaching someone: family life when the one kept away is a partner or a relative, not « son ancien associé », « une collègue »
  // (tag 'ban': silent when the sentence names someone from work, business or the neighbourhood and no relative)
  ...fixed(['interdiction d’approcher', "interdiction d'approcher", 'interdiction de l’approcher', "interdiction de l'approcher", 'interdiction de la contacter',
    'interdiction de le contacter', "interdiction d'entrer en contact", 'interdiction d’entrer en contact', 'interdiction de s’approcher', "interdiction de s'approcher"], { tag: 'ban' }),
  // a ban on contacting a child or a partner in lay words: « il n'a pas le droit de contacter son fils », « interdit de contact avec son ex », « ne peut plus approcher ses enfants »
  ...fixed(["n'a pas le droit de", "n'a plus le droit de", 'a interdiction de', 'a l’interdiction de', "a l'interdiction de", 'interdit de', 'interdite de', 'ne peut pas', 'ne peut plus', "n'a pas le droit d'", "n'a plus le droit d'"]
    .flatMap((h) => (h.endsWith("d'") ? ['approcher', 'appeler', 'écrire à', 'entrer en contact avec'] : ['contacter', 'voir', 'approcher', 'rencontrer', 'joindre', 'rendre visite à', 'entrer en contact avec',
      'rentrer en contact avec', "s'approcher de", 'se rapprocher de'].filter((v) => !(h.startsWith('ne peut') && (v === 'voir' || v === 'joindre' || v === 'rencontrer')))).map((v) => `${h}${h.endsWith("'") ? '' : ' '}${v}`))
    .concat(['interdit de contact avec', 'interdite de contact avec', 'interdiction de contact avec', 'interdiction de tout contact avec', 'interdiction de voir', 'interdiction de contacter']), {
    near: ['fils', 'fille', 'filles', 'enfant', 'enfants', 'petit', 'petite', 'bébé', 'ex', 'ex-compagne', 'ex-compagnon', 'ex-femme', 'ex-mari', 'ex-conjointe', 'ex-conjoint', 'ex-épouse',
      'compagne', 'compagnon', 'épouse', 'mari', 'femme', 'conjoint', 'conjointe', 'victime', 'mère', 'père', 'famille', 'gamins', 'aîné', 'aînée', 'cadet', 'cadette'],
    notNear: ['client', 'clients', 'clientèle', 'employeur', 'clause', 'fournisseurs', 'patients', 'élèves', 'détenus', 'usagers', 'médecin', 'public',
      // a safety rule at work: « il n'a plus le droit d'approcher les machines sans habilitation »
      'machine', 'machines', 'habilitation', 'chantier', 'engins', 'quai'] }),
  // a protection measure against a partner: "interdiction de paraître près de chez son ex-compagne" (the penal measure alone is infractions)
  ...fixed(['interdiction de paraître'], { near: ['conjoint', 'conjointe', 'compagnon', 'compagne', 'mari', 'épouse', 'ex', 'ex-conjoint', 'ex-conjointe', 'ex-mari', 'ex-femme', 'ex-compagnon', 'ex-compagne', 'concubin', 'concubine', 'domicile'] }),
  // contested separation by periphrasis: "ne se parlent plus que par avocats interposés"
  ...fixed(['ne se parlent plus que par', 'ne se parlent que par', 'ne communiquent plus que par', 'ne communiquent que par', "ne s'écrivent plus que par", 'ne se parle plus que par',
    'communiquent par', 'se parlent par', 'échangent uniquement par', 'communiquent uniquement par'].flatMap((v) => ['avocats interposés', 'avocat interposé', 'avocats',
    "l'intermédiaire de leurs avocats", "l'intermédiaire des avocats", "l'intermédiaire de leur avocat"].map((a) => `${v} ${a}`)).concat(['par avocats interposés', 'par avocat interposé'])),
  // polygamy: a husband's other wife, a polygamous household (not « sa deuxième épouse » of a man remarried)
  ...fixed(['polygamie', 'polygame', 'polygames', 'ménage polygame', 'foyer polygame', 'mariage polygame', 'union polygamique', 'famille polygame',
    'coépouse', 'coépouses', 'co-épouse', 'co-épouses', 'coépouse de', ...['deuxième', 'seconde', 'troisième', 'quatrième', 'autre'].flatMap((n) => [`une ${n} épouse`, `d'une ${n} épouse`,
      `la ${n} épouse de son mari`, `a pris une ${n} femme`, `a épousé une ${n} femme`, `pris une ${n} épouse`])], {
    notNear: ['roi', 'sultan', 'histoire', 'film', 'roman', 'série', 'livre', 'veuf', 'remarié', 'anthropologie', 'sociologie', 'mémoire', 'cours'] }),
  // pressure from a partner or relatives to give up work or training or to marry: « ses frères lui mettent la pression pour qu'elle arrête de travailler »
  ...fixed(familyPressure(), { tag: 'control', near: ['mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'époux', 'épouse', 'famille', 'belle-famille', 'père', 'mère',
    'parents', 'frère', 'frères', 'belle-mère', 'beau-père', 'oncle', 'oncles', 'tante', 'copain', 'concubin', 'cousins', 'clan', 'honneur'],
    notNear: ['employeur', 'patron', 'patronne', 'entreprise', 'manager', 'chef', 'cheffe', 'hiérarchie', 'direction', 'responsable', 'client', 'clients', 'coach', 'entraîneur'] }),
  // a partner gone from the home, the children's upkeep unpaid: « son mari a quitté le domicile et ne verse rien pour les enfants »
  // (the partner as the subject right before: « elle a quitté le domicile après que son compagnon l'a frappée » is her flight, told by the violence)
  ...fixed(['mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'époux', 'épouse', 'concubin', 'concubine', 'copain', 'enfants', 'ex-mari', 'ex-conjoint', 'ex-compagnon']
    .flatMap((who) => ['a quitté le domicile', 'avait quitté le domicile', 'a déserté le domicile', 'a abandonné le domicile', 'a abandonné le foyer', 'a déserté le foyer', 'est parti du domicile',
      'est partie du domicile', 'a abandonné sa famille', 'a abandonné femme et enfants', 'a abandonné sa femme et ses enfants', 'a abandonné sa compagne et ses enfants', 'a abandonné le foyer familial',
      'a quitté le foyer familial', 'a déserté le foyer familial', 'est parti du jour au lendemain', 'est partie du jour au lendemain', 'a disparu du jour au lendemain'].map((v) => `${who} ${v}`)), {
    notBefore: ['de ses parents', 'de sa mère', 'de son père', 'parental', 'familial pour', 'pour ses études', 'à 18 ans', 'à sa majorité', 'de son employeur'] }),
  ...fixed(['ne verse', 'ne donne', 'ne paie', 'ne paye', 'ne verse plus', 'ne donne plus', 'ne paie plus', 'ne paye plus', 'ne versait'].flatMap((v) =>
    ['rien pour les enfants', 'rien pour ses enfants', 'rien pour leurs enfants', 'rien pour les petits', 'rien pour leur fils', 'rien pour leur fille', 'aucune pension', 'pas de pension',
      'plus de pension', 'jamais la pension', "rien pour l'entretien des enfants"].map((o) => `${v} ${o}`)).concat(['ne participe pas aux frais des enfants', "ne contribue pas à l'entretien des enfants",
    'ne participe à rien pour les enfants', "ne contribue plus à l'entretien des enfants", 'ne participe plus aux frais des enfants']), {
    // a benefit's pension stopped by its fund: « la caisse ne verse plus de pension d'invalidité »
    notBefore: ["d'invalidité", 'd’invalidité', 'de retraite', 'de réversion', "d'orphelin", 'de vieillesse', "d'ancien combattant", 'militaire', 'de la CARSAT', 'de la MSA'] }),
  // divorce, séparation et couple (les têtes + adjectif « divorce très conflictuel » sont traitées dans rules/vie-privee.ts)
  ...fixed([
    'divorce pour faute', 'divorce contentieux', 'procédure de divorce contentieuse', 'divorce conflictuel', 'divorce difficile',
    // in the thick of a divorce or separation (the turmoil; a status or a procedure alone, « divorcée »,
    // « en instance de divorce », is not a finding: eval/README.md, vie-privee)
    'en plein divorce', 'en pleine séparation', 'en pleine procédure de divorce',
    'problèmes de couple', 'problème de couple', 'problèmes conjugaux', 'problème conjugal', 'difficultés de couple', 'difficultés conjugales', 'difficulté conjugale',
    'difficultés dans son couple', 'problèmes dans son couple', 'soucis de couple', 'soucis dans son couple', 'crise de couple', 'crise conjugale', 'conflit conjugal',
    'conflits conjugaux', 'dispute conjugale', 'disputes conjugales', 'scène de ménage', 'scènes de ménage', 'mésentente conjugale', 'tensions conjugales',
    'tension conjugale', 'tensions dans le couple', 'tensions au sein du couple', 'tensions dans son couple', 'couple en crise', 'couple qui bat de l’aile',
    "couple qui bat de l'aile", 'vie de couple difficile', 'vie de couple compliquée', 'vie de couple chaotique', 'infidélité', 'infidélités', 'adultère',
    'a une maîtresse', 'a un amant', 'rupture amoureuse', 'rupture conjugale',
    'rupture sentimentale', 'chagrin d’amour', "chagrin d'amour", 'peine de cœur', 'vient de se séparer', 'vient de rompre', 'vient de divorcer',
    'ruptures amoureuses', 'couple bat de l’aile', "couple bat de l'aile", 'son couple va mal', 'couple en difficulté', 'couple traverse une crise',
    'séparation douloureuse', 'séparation difficile', 'séparation conflictuelle', 'séparation compliquée', 'séparation houleuse',
  ]),
  // a separation under way, the couple named or the process told (« le couple se sépare », « ils sont en train de se séparer »);
  // not parting with someone or something (« l'entreprise se sépare de deux salariés », « en cours de séparation des déchets »)
  ...fixed(['le couple se sépare', 'son couple se sépare', 'leur couple se sépare', 'le couple est en train de se séparer', 'sont en train de se séparer',
    'est en train de se séparer', 'en cours de séparation', 'sont en cours de séparation', 'le couple a décidé de se séparer'], {
    notBefore: ['de', "d'", 'du', 'des'],
    notNear: ['entreprise', 'société', 'employeur', 'club', 'groupe', 'associés', 'associé', 'salarié', 'salariés', 'déchets', 'tri', 'lot', 'lots', 'biens'] }),
  // (trouble inside the couple with qualifiers between, « tensions importantes dans le couple », and at home, « tensions fortes à la maison »,
  // is the code pattern `troubleInCouple` of rules/vie-privee.ts)
  // parental authority or rights taken away: "s'est vu retirer l'autorité parentale", "privée de ses droits parentaux"
  ...fixed(parentalRightsLost()),
  // paternity disputed: "conteste être le père", "nie sa paternité", "action en contestation de paternité"
  ...fixed(paternityDisputed()),
  // estrangement said of two relatives, with no "avec": "sa mère et sa sœur sont fâchées à mort", "ils ne se parlent plus"
  ...fixed(estrangedPair(), { near: ['mère', 'père', 'parents', 'sœur', 'sœurs', 'frère', 'frères', 'fille', 'filles', 'fils', 'mari', 'femme', 'conjoint', 'conjointe', 'compagnon',
    'compagne', 'ex', 'famille', 'belle-famille', 'belle-mère', 'beau-père', 'oncle', 'tante', 'cousin', 'cousine', 'enfants', 'épouse', 'époux', 'grand-mère', 'grand-père', 'belle-sœur', 'beau-frère'] }),
  // coercive control by a partner or relatives: "lui a confisqué son passeport et contrôle ses sorties"
  ...fixed(coerciveControl(), { tag: 'control', near: ['mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'époux', 'épouse', 'famille', 'belle-famille', 'père', 'mère',
    'parents', 'frère', 'frères', 'belle-mère', 'beau-père', 'oncle', 'tante', 'copain', 'concubin'],
    notNear: ['employeur', 'patron', 'patronne', 'entreprise', 'passeur', 'passeurs', 'réseau', 'exploitation', 'préfecture', 'douane', 'police'] }),
  // famille
  ...fixed([
    'conflit familial', 'conflits familiaux', 'conflit intrafamilial', 'conflits intrafamiliaux', 'tensions familiales', 'tension familiale', 'problèmes familiaux',
    'problème familial', 'soucis familiaux', 'souci familial', 'difficultés familiales', 'difficulté familiale', 'drame familial', 'drames familiaux',
    'rupture familiale', 'ruptures familiales', 'querelles familiales', 'querelle familiale', 'différend familial', 'différends familiaux', 'brouille familiale',
    'histoire familiale douloureuse', 'histoire familiale compliquée', 'histoire familiale difficile', 'contexte familial difficile', 'contexte familial compliqué',
    'contexte familial lourd', 'environnement familial difficile', 'environnement familial toxique', 'environnement familial violent', 'famille toxique',
    'a coupé les ponts', 'coupé les ponts', 'mis à la porte par ses parents', 'mise à la porte par ses parents',
    'rejeté par sa famille', 'rejetée par sa famille', 'renié par sa famille', 'reniée par sa famille', 'chassé de chez ses parents', 'chassée de chez ses parents',
    'mis dehors par ses parents', 'mise dehors par ses parents', 'fuir le domicile conjugal', 'fui le domicile conjugal', 'fuite du domicile conjugal',
    'fuir le domicile familial', 'fui le domicile familial', 'fugue du domicile familial',
  ]),
  // put out, without a relative named: not by an employer, a club or a shop ("mis à la porte par son employeur")
  ...fixed(['a été mis à la porte', 'a été mise à la porte'], {
    notNear: ['employeur', 'patron', 'patronne', 'entreprise', 'travail', 'poste', 'stage', 'chef', 'cheffe', 'directeur', 'directrice', 'manager', 'magasin', 'club',
      'école', 'lycée', 'collège', 'bar', 'boîte', 'formation', 'cours', 'réunion', 'salle', 'agence', 'propriétaire', 'bailleur', 'colocataire', 'colocation'],
  }),
  // a break-up in lay or regional words, partner unnamed: "s'est fait larguer", Québec "s'est fait domper" (not by an employer or a club)
  ...fixed(["s'est fait", "s'était fait", 'vient de se faire', 'se faire', 'se fait'].flatMap((h) => ['larguer', 'plaquer', 'domper', 'dumper', 'flusher', 'quitter'].map((v) => `${h} ${v}`)), {
    notNear: ['employeur', 'patron', 'patronne', 'entreprise', 'boîte', 'club', 'équipe', 'agence', 'stage', 'poste', 'travail', 'groupe', 'association', 'coloc', 'colocataire', 'avion', 'train', 'bus', 'parachute'] }),
  // a parent taking the child away, in legal or lay nouns: "rapt parental", "déplacement illicite de l'enfant"
  ...fixed(['rapt parental', "rapt d'enfant", 'rapt de son enfant', 'kidnapping parental', 'enlèvement international', 'soustraction internationale d’enfant', "soustraction internationale d'enfant",
    ...['déplacement illicite', 'non-retour', 'enlèvement', 'rapt'].flatMap((h) => ["de l'enfant", 'des enfants', 'de ses enfants', 'de leurs enfants', 'de leur fils', 'de leur fille', 'de ses filles', 'de ses fils']
      .map((t) => `${h} ${t}`)), "déplacement illicite d'enfant", "déplacement illicite d'enfants"]),
  // couple trouble in lay words, with the partner named after ("ça ne va plus du tout avec | son conjoint")
  ...kin(coupleTrouble()),
  // arguing with a relative: "se déchire avec | son ex-femme", "s'engueule tout le temps avec | son père"
  ...kin(arguing()),
  // arguing without the relative after: "lui et sa femme se disputent sans arrêt" (a partner or relative near)
  ...fixed(arguingOften(), { near: ['femme', 'mari', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'épouse', 'époux', 'ex', 'copain', 'copine', 'parents', 'père', 'mère', 'frère', 'sœur', 'fils', 'fille', 'beau-père', 'belle-mère', 'couple'] }),
  // garde des enfants, juge aux affaires familiales
  ...fixed([
    ...custody(), 'se disputent la garde', 'se battent pour la garde', 'se déchirent pour la garde', 'se disputent la garde des enfants', 'garde des enfants contestée',
    // fighting over custody in lay words: "ils s'écharpent pour la garde des deux petits", "se font la guerre pour la garde"
    ...["s'écharpent", "s'écharpe", "s'étripent", "s'étripe", 'se bagarrent', 'se chamaillent', "s'affrontent", 'se font la guerre', 'se déchirent', 'se battent', 'se bat', 'se disputent', 'se querellent', "s'entre-déchirent"]
      .flatMap((v) => [`${v} pour la garde`, `${v} au sujet de la garde`, `${v} à propos de la garde`, `${v} sur la garde`, `${v} autour de la garde`, `${v} pour la résidence`]),
    'garde contestée', 'juge aux affaires familiales', 'JAF', 'droit de visite', 'droits de visite', "droit de visite et d'hébergement", 'droit de visite médiatisé',
    'visites médiatisées', 'visite médiatisée', 'retrait de garde', 'retrait de la garde', "retrait de l'autorité parentale", "déchéance de l'autorité parentale",
    'autorité parentale retirée', 'enlèvement parental', 'non-présentation d’enfant', 'ne verse pas la pension alimentaire', 'ne verse plus la pension alimentaire',
    'ne paie pas la pension alimentaire', 'ne paie plus la pension alimentaire',
    // (the arrear told as money, « pension alimentaire impayée », « impayés de pension alimentaire », is finances: rules/lexicons/finances.ts)
    'perdu la garde', 'perte de la garde', 'retiré à la garde', 'retirés à la garde',
    'retirée à la garde', 'retirées à la garde', 'retiré de la garde', 'garde retirée', 'garde confiée au père', 'garde confiée à la mère',
  ]),
  // protection de l'enfance
  ...fixed([
    'placés par l’ASE', "placés par l'ASE", "placé par l'ASE", "placée par l'ASE", "placées par l'ASE", "placés à l'ASE", "placé à l'ASE", "placée à l'ASE",
    "placées à l'ASE", 'placés en famille d’accueil', "placés en famille d'accueil", "placé en famille d'accueil", "placée en famille d'accueil",
    "placées en famille d'accueil", 'placés en foyer', 'placé en foyer', 'placée en foyer', 'placées en foyer', 'placés en pouponnière', 'placé en pouponnière',
    'enfants placés', 'enfant placé', 'enfant placée', 'fils placé', 'fille placée', 'placement de ses enfants', 'placement de son fils', 'placement de sa fille',
    'placement de leurs enfants', 'placement des enfants', 'placement de son enfant', 'placement de leur fils', 'placement de leur fille',
    "placement en famille d'accueil", 'placement en foyer', "placement à l'ASE", 'placement ASE', "suivis par l'ASE", "suivi par l'ASE", "suivie par l'ASE",
    "suivies par l'ASE", "confiés à l'ASE", "confié à l'ASE", "confiée à l'ASE", "confiées à l'ASE", "pris en charge par l'ASE", "prise en charge par l'ASE",
    "pris en charge par l'aide sociale à l'enfance", "suivis par l'aide sociale à l'enfance", "placés par l'aide sociale à l'enfance", 'mesure éducative',
    'mesures éducatives', 'mesure de placement', 'mesures de placement', 'ordonnance de placement', 'ordonnance de placement provisoire',
    'placement judiciaire', "mesure d'assistance éducative", "mesures d'assistance éducative", 'assistance éducative', 'AEMO', 'information préoccupante',
    'informations préoccupantes', "signalement à l'ASE",
    // placement measures named as nouns: "placement familial de ses deux plus jeunes", "accueil chez un tiers digne de confiance"
    'placement familial', 'placements familiaux', 'placement éducatif', 'placement à domicile', 'placement provisoire', 'placement chez un tiers',
    'tiers digne de confiance', 'aide éducative à domicile', 'action éducative à domicile', 'action éducative en milieu ouvert', "délégation d'autorité parentale",
    "délégation de l'autorité parentale", 'signalement aux services sociaux', 'pupille de l’État', "pupille de l'État", 'a grandi en foyer',
    "a grandi en famille d'accueil", 'ancien enfant placé', 'ancienne enfant placée', "parcours à l'ASE", 'parcours ASE', 'contrat jeune majeur',
    // child protection left behind or only hinted: "sortie de l'ASE à 18 ans", "ancienne de l'ASE", "accompagnement jeune majeur", "APJM"
    ...['sorti', 'sortie', 'sortis', 'sorties', 'sortant', 'sortante', 'sortants', 'ancien', 'ancienne', 'anciens', 'passé', 'passée', 'enfant', 'issu', 'issue', 'fin de prise en charge', 'fin de prise en charge à']
      .flatMap((h) => [`${h} de l'ASE`, `${h} de l’ASE`, `${h} de l'aide sociale à l'enfance`, `${h} par l'ASE`, `${h} de la protection de l'enfance`]),
    "sortie d'ASE", 'ex-ASE', "a grandi à l'ASE", "élevé par l'ASE", "élevée par l'ASE", 'accompagnement jeune majeur', 'aide jeune majeur', 'accueil provisoire jeune majeur',
    'mesure jeune majeur', 'prise en charge jeune majeur', 'statut jeune majeur',
    // supervised contact with a child: "ne voit son fils qu'au point rencontre", "visites en présence d'un tiers", "en lieu neutre"
    'visites en présence d’un tiers', "visites en présence d'un tiers", "visite en présence d'un tiers", "se font en présence d'un tiers", 'visites encadrées', 'visite encadrée',
    'droit de visite encadré', 'visites en lieu neutre', 'en lieu neutre', 'visites sous surveillance', 'visites médiatisées', 'rencontres médiatisées', 'rencontre médiatisée',
  ], {
    // "mesure éducative judiciaire" is the penal justice of minors (infractions)
    notBefore: ['judiciaire', 'judiciaires'],
    notAfter: ['éducateur', 'éducatrice', 'éducateurs', 'éducatrices', 'assistante familiale', 'assistant familial', 'travailleur social', 'travailleuse sociale', 'travaille', 'travailler', 'intervenante', 'intervenant', 'stage', 'poste', 'accompagner', 'accompagne des', 'encadrer', 'encadre des', 'auprès d’', "auprès d'", 'auprès des'],
    // an educator near is checked in rules/vie-privee.ts (`educatorAsJob`): the one who visits the person's child is the measure, not a job
    tag: 'protection',
    notNear: ['MECS', 'poste', 'métier', 'stage', 'PMSMP', 'emploi', 'candidature', 'recrute', 'offre', 'intervenant', 'intervenante', 'moniteur', 'monitrice', 'veilleur', 'veilleuse', 'maîtresse', 'maître', 'CDD', 'CDI', 'intérim', 'salariée', 'salarié',
      // a foster carer's job: "assistante familiale, elle a accueilli de nombreux enfants placés"
      'familiale', 'accueilli', 'accueille', 'accueillir', 'accueillait', 'accueillent', 'reconvertir', 'reconversion'],
  }),
  // leaving the marital home under duress: "a quitté le foyer conjugal après des violences", "a fui le foyer conjugal"
  ...fixed(['fui le foyer conjugal', 'fuir le foyer conjugal', 'fuite du foyer conjugal', 'fuyant le foyer conjugal', 'fuyant le domicile conjugal', 'quitté le foyer conjugal après des violences',
    'quitté le domicile conjugal après des violences', 'partie du domicile conjugal après des violences', 'réfugiée chez sa mère', 'réfugiée chez ses parents', 'réfugiée chez une amie avec les enfants',
    'hébergée en urgence avec ses enfants', 'mise à l’abri avec ses enfants', "mise à l'abri avec ses enfants", 'mise en sécurité avec ses enfants', "hébergée en centre d'hébergement pour femmes victimes de violences"]),
  // contact with the children supervised, said with the participle: "les rencontres avec ses enfants sont médiatisées"
  ...fixed(['sont médiatisées', 'sont médiatisés', 'est médiatisée', 'est médiatisé', 'se font en lieu neutre', 'se déroulent en lieu neutre', 'en présence d’un éducateur', "en présence d'un éducateur"], {
    near: ['enfant', 'enfants', 'fils', 'fille', 'filles', 'petit', 'petite', 'bébé', 'visites', 'visite', 'rencontres', 'rencontre', 'droit'],
    notNear: ['médias', 'presse', 'journal', 'télévision', 'affaire', 'procès', 'campagne', 'poste', 'métier', 'stage', 'éducatrice', 'éducateur'] }),
  // a children's home or a contact centre named by acronym or short name: not as a workplace ("éducatrice en MECS", "point rencontre emploi")
  ...fixed(['point rencontre', 'point-rencontre', 'points rencontre', 'espace rencontre', 'espace-rencontre', 'point rencontre parents-enfants', 'lieu médiatisé'], {
    notBefore: ['emploi', 'entreprises', 'entreprise', 'recrutement', 'covoiturage', 'jeunes', 'métiers', 'formation'],
    notAfter: ['éducateur en', 'éducatrice en', 'éducateur dans une', 'éducatrice dans une', 'moniteur en', 'monitrice en', 'veilleur de nuit en', 'veilleuse de nuit en',
      'travaille en', 'travaillé en', 'travaillait en', 'poste en', 'stage en', 'remplacement en', 'CDD en', 'CDI en', 'intérim en', 'maîtresse de maison en', 'surveillant de nuit en'],
    notNear: ['poste', 'métier', 'stage', 'PMSMP', 'candidature', 'recrute', 'recrutement', 'offre', 'CDD', 'CDI', 'intérim', 'salarié', 'salariée', 'diplôme', 'DEES', 'DEME', 'covoiturage',
      'travaille', 'travaillait', 'travaillé', 'remplacement', 'vacataire', 'embauche', 'embauchée', 'embauché'],
    // the place of a supervised visit already reported in the sentence (« Droit de visite médiatisé … à l'espace rencontre ») only completes it
    tag: 'placedIn',
  }),
  // control and violence in a couple in the person's own words, in Spanish, Portuguese or Italian: « su esposo la controla », « la pegaba »,
  // « tiene celos », « ele bate nela », « ciúmes », « violencia de género », « la picchia »
  ...fixed([...['la', 'le', 'me', 'a'].flatMap((o) => ['controla', 'controlaba', 'controlava', 'pega', 'pegaba', 'golpea', 'golpeaba', 'maltrata', 'maltrataba', 'amenaza', 'amenazaba',
      'humilla', 'humillaba', 'insulta', 'insultaba', 'vigila', 'vigilaba', 'encierra', 'encerraba', 'agride', 'agredia', 'ameaça', 'ameaçava', 'humilha', 'humilhava', 'controlla', 'picchia',
      'picchiava', 'minaccia', 'minacciava', 'maltratta', 'maltrattava'].map((v) => `${o} ${v}`)),
    'bate nela', 'batia nela', 'me bate', 'me batia', 'bate em mim', 'le da palizas', 'le daba palizas', 'violencia de género', 'violencia doméstica', 'violencia machista', 'violência doméstica',
    'violenza domestica', 'malos tratos', 'maltrato', 'maltratos', 'maus-tratos', 'maus tratos', 'maltrattamenti', 'celos', 'celoso', 'celosa', 'ciúmes', 'ciúme', 'ciumento', 'ciumenta',
    'gelosia', 'geloso', 'no la deja salir', 'no me deja salir', 'não a deixa sair', 'não me deixa sair', 'le quita el dinero', 'le quitaba el dinero', 'me quita el dinero'].filter((p) => !/^(?:a|la|le) pega$/.test(p)), {
    notNear: ['film', 'série', 'chanson', 'roman', 'cours', 'traduction', 'traductrice', 'traducteur', 'interprète', 'vocabulaire', 'leçon', 'espagnol LV2'],
  }),
  // acronyms in capitals only
  ...['APJM', 'CJM'].map((lemma) => ({ ...fixed([lemma])[0], upper: true, notNear: ['poste', 'métier', 'stage', 'offre', 'CDD', 'CDI', 'recrute', 'travaille', 'travaillait'] })),
  // a report about children to the prosecutor or the county, in other words: "signalement au procureur concernant ses deux fils"
  ...fixed(['signalement au procureur', 'signalement au procureur de la République', 'signalement au parquet', 'signalement au parquet des mineurs', 'signalement au juge des enfants',
    'signalement à la CRIP', 'signalement aux services de protection de l’enfance', "signalement aux services de protection de l'enfance", 'signalement à la protection de l’enfance',
    "signalement à la protection de l'enfance", 'saisine du juge des enfants',
    // the child or the family reported, in the participle: « son fils a été signalé à l'ASE par le collège », « la famille a fait l'objet d'un signalement »
    ...['signalé', 'signalée', 'signalés', 'signalées'].flatMap((v) => ["à l'ASE", 'à l’ASE', "à l'aide sociale à l'enfance", 'aux services sociaux', 'au procureur', 'au parquet', 'à la CRIP',
      'au juge des enfants', "à la protection de l'enfance", 'à la protection de l’enfance', 'aux services de protection de l’enfance', "aux services de protection de l'enfance", 'au conseil départemental']
      .map((o) => `${v} ${o}`)),
    "fait l'objet d'un signalement", 'fait l’objet d’un signalement', "a fait l'objet d'un signalement", "ont fait l'objet d'un signalement", "fait l'objet d'une information préoccupante",
    'fait l’objet d’une information préoccupante', 'a saisi le juge des enfants', 'ont saisi le juge des enfants', 'saisi le parquet', 'CRIP', 'enquête sociale',
    'évaluation de l’information préoccupante', "évaluation de l'information préoccupante", 'mesure de protection de l’enfance', "mesure de protection de l'enfance"], {
    near: ['enfants', 'enfant', 'fils', 'fille', 'filles', 'petit', 'petite', 'bébé', 'mineur', 'mineure', 'mineurs', 'ASE', 'services', 'sociaux', 'éducateur', 'éducatrice', 'famille', 'ans', 'concernant', 'sujet'],
    notNear: ['poste', 'métier', 'stage', 'PMSMP', 'candidature', 'recrute', 'offre', 'formation', 'module', 'CDD', 'CDI', 'travaille', 'travaillait', 'rédige', 'rédiger', 'rédigeait',
      'rédigeait', 'signalements', 'éducatrice', 'éducateur', 'assistante', 'assistant'],
    // "Les services sociaux ont fait un signalement": the services are the subject, not a job frame (tests in rules/vie-privee.ts)
    tag: 'report',
  }),
  // the child living with a foster family or in a children's home, said with "en": "Son fils de 15 ans est en famille d'accueil"
  ...fixed(["en famille d'accueil", 'en famille d’accueil', 'en foyer de l’enfance', "en foyer de l'enfance", "au foyer de l'enfance", 'en MECS', 'en pouponnière', 'en foyer éducatif', 'en maison d’enfants',
    "en maison d'enfants", "en maison d'enfants à caractère social", 'en village d’enfants', "en village d'enfants", 'en lieu de vie', "chez une assistante familiale",
    'chez un assistant familial', "chez l'assistante familiale", 'chez son assistante familiale', 'chez sa famille d’accueil', "chez sa famille d'accueil", "chez leur famille d'accueil",
    "confié à une assistante familiale", "confiée à une assistante familiale", "confiés à une assistante familiale"], {
    near: ['fils', 'fille', 'filles', 'enfant', 'enfants', 'petit', 'petite', 'bébé', 'aîné', 'aînée', 'cadet', 'cadette', 'jumeaux', 'neveu', 'nièce', 'placé', 'placée', 'placés', 'placées', 'ASE', 'juge', 'gamins',
      // the person's own childhood in care: « a vécu en famille d'accueil de 8 à 18 ans »
      'vécu', 'grandi', 'enfance', 'jeune majeur', 'MECS', 'ans',
      // the child-protection measure that placed the person there: « en foyer de l'enfance suite à une OPP »
      'OPP', 'AEMO', 'AED', 'placement', 'ordonnance'],
    // a language stay or an exchange abroad, the foster carer's own job
    notNear: ['séjour', 'séjours', 'linguistique', 'échange', 'Erasmus', 'vacances', 'au pair', 'étranger', 'Irlande', 'Angleterre', 'devenir', 'agrément', 'agréée', 'agréé', 'métier', 'poste',
      'reconversion', 'reconvertir', 'travaille', 'travaillait', 'éducateur', 'éducatrice', 'stage', 'recrute', 'candidature', 'accueille', 'accueillait', 'accueillir', 'formation'],
    // the place completes a placement already reported in the sentence ("Le juge des enfants a placé ses filles en famille d'accueil")
    tag: 'placedIn',
  }),
  // a parent who does not know where the child lives, the other parent gone with them: "il ignore où vit sa fille", "non-représentation d'enfant"
  ...fixed(childWhereabouts(), { notNear: ['études', 'étudiante', 'étudiant', 'emménager', 'emménagé', 'emménagée', 'stage', 'Erasmus', 'alternance'] }),
  // « non-représentation d'enfant », « soustraction de mineur » are offences (Code pénal 227-5, 227-7): rules/infractions.ts, not an intimate conflict here
  ...fixed(['enlèvement international d’enfant', "enlèvement international d'enfant", 'enlèvement parental international']),
  // custody held alone after a fight or a withdrawal: "il a la garde exclusive", "résidence exclusive chez la mère", "seul titulaire de l'autorité parentale"
  ...fixed(['garde exclusive', 'résidence exclusive', 'autorité parentale exclusive', "exercice exclusif de l'autorité parentale", "seul titulaire de l'autorité parentale",
    "seule titulaire de l'autorité parentale", "seul détenteur de l'autorité parentale", "seule détentrice de l'autorité parentale"], {
    notNear: ['poste', 'métier', 'stage', 'vigile', 'sécurité', 'pharmacie', 'entrepôt', 'contrat', 'clause', 'distribution', 'concession', 'brevet', 'licence', 'droits',
      // things kept: « la garde exclusive des clés du magasin », « des archives », « du troupeau »
      'clés', 'clefs', 'magasin', 'local', 'locaux', 'bâtiment', 'chantier', 'archives', 'coffre', 'matériel', 'collection', 'troupeau', 'animaux', 'chien', 'chiens'] }),
  // an inheritance fought over in the family: "litige successoral", "succession conflictuelle", "querelle d'héritage" (a fight with named kin: the kin heads below)
  ...fixed(['litige successoral', 'litiges successoraux', 'conflit successoral', 'conflits successoraux', 'succession conflictuelle', 'succession houleuse', 'succession bloquée par',
    "querelle d'héritage", "querelles d'héritage", "conflit d'héritage", "conflits d'héritage", "bataille d'héritage", "guerre d'héritage", 'bataille autour de la succession',
    "histoire d'héritage", 'indivision conflictuelle', 'déchirés par la succession', "déchirés par l'héritage", 'brouillés par la succession', "brouillés par l'héritage"], {
    notNear: ['notaire', 'notariat', 'clerc', 'poste', 'métier', 'stage', 'cabinet', 'juriste', 'dossiers', 'clients', 'roman', 'film', 'série'] }),
  // the same fight by any head and wording: « conflit sur l'héritage de son père », « querelle autour de la succession », « ils se disputent l'héritage »
  // (the notary handling the estate is no job frame here: « la maison est bloquée chez le notaire »)
  ...fixed(['conflit', 'conflits', 'litige', 'litiges', 'bataille', 'querelle', 'querelles', 'désaccord', 'désaccords', 'dispute', 'disputes', 'différend', 'différends', 'guerre', 'brouille', 'procès']
    .flatMap((h) => ["sur l'héritage", 'sur l’héritage', "autour de l'héritage", "pour l'héritage", "à propos de l'héritage", "au sujet de l'héritage", 'sur la succession',
      'autour de la succession', 'de succession', 'à propos de la succession', 'au sujet de la succession', 'successoral', 'successoraux'].map((t) => `${h} ${t}`))
    .concat(['héritage conflictuel', 'héritage contesté', 'succession contestée', 'se déchirent pour l’héritage', "se déchirent pour l'héritage", 'se déchirent pour la succession',
      "se disputent l'héritage", 'se disputent la succession', "se battent pour l'héritage", 'se battent pour la succession', "conteste l'héritage", 'conteste la succession',
      'contestent le testament', 'conteste le testament']), {
    // (a firm's, a party's or a crown's succession is no family's: « la guerre de succession à la tête de l'entreprise »)
    notNear: ['clerc', 'juriste', 'cabinet', 'formation', 'stage', 'poste', 'offre', 'dossiers', 'clients', 'roman', 'film', 'série', 'métier', 'notariat',
      'entreprise', 'société', 'direction', 'PDG', 'dirigeant', 'dirigeante', 'gérant', 'gérante', 'parti', 'club', 'trône', 'roi', 'reine', 'royaume', 'Espagne'] }),
  // a couple or a family in crisis: "le couple traverse une grave crise", "leur relation traverse une mauvaise passe", "son ménage bat de l'aile"
  ...fixed(['couple', 'ménage', 'relation', 'mariage'].flatMap((s) => ['traverse', 'traversait', 'a traversé', 'vit', 'connaît', 'connaissait', 'est en'].flatMap((v) =>
    (v === 'est en' ? ['crise', 'pleine crise', 'grande difficulté'] : ['une crise', 'une grave crise', 'une grosse crise', 'une crise grave', 'une profonde crise', 'une crise profonde',
      'une période difficile', 'une mauvaise passe', 'une passe difficile', 'une zone de turbulences', 'des turbulences', 'une tempête', 'une période compliquée']).map((o) => `${s} ${v} ${o}`))), {
    notNear: ['entreprise', 'société', 'secteur', 'filière', 'marché', 'client', 'clients', 'franco-allemand', 'diplomatique', 'politique', 'gouvernement'] }),
  ...fixed(['ménage bat de l’aile', "ménage bat de l'aile", 'mariage bat de l’aile', "mariage bat de l'aile", 'relation bat de l’aile', "relation bat de l'aile"]),
  // a breakup in a few words, with the partner near: "rupture brutale", "séparation douloureuse" (not a contract's: "rupture brutale des relations commerciales")
  ...fixed(['rupture brutale', 'rupture douloureuse', 'rupture difficile', 'rupture violente', 'rupture récente', 'séparation brutale', 'séparation douloureuse', 'séparation difficile',
    'séparation violente', 'séparation récente', 'séparation conflictuelle', 'séparation houleuse', 'divorce douloureux', 'divorce difficile', 'divorce houleux', 'divorce conflictuel',
    'divorce violent', 'divorce compliqué', 'séparation compliquée', 'rupture compliquée'], {
    near: ['compagne', 'compagnon', 'conjoint', 'conjointe', 'mari', 'femme', 'épouse', 'époux', 'couple', 'copain', 'copine', 'ex', 'ex-compagne', 'ex-compagnon', 'ex-mari', 'ex-femme',
      'quitté', 'quittée', 'partie', 'parti', 'enfants', 'fils', 'fille', 'amoureuse', 'sentimentale', 'conjugale', 'père', 'mère',
      // the family or friend who took the person in after the breakup: « vit chez sa sœur après une rupture difficile »
      'sœur', 'soeur', 'frère', 'parents', 'famille', 'hébergé', 'hébergée', 'héberge', 'recueilli', 'recueillie'],
    notNear: ['contrat', 'contrats', 'commerciale', 'commerciales', 'fournisseur', 'employeur', 'licenciement', 'client', 'clients', 'stock', 'anévrisme', 'ligament', 'tendon', 'poche', 'rupture conventionnelle'] }),
  // contact with a child only under a third party's eye: "il ne voit son fils qu'en présence de la grand-mère", "ne peut voir ses enfants qu'au point rencontre"
  ...fixed(['ne voit', 'ne peut voir', 'ne voyait', 'ne pouvait voir', 'ne rencontre', 'ne peut rencontrer', 'ne reçoit', 'ne peut recevoir', 'ne pourra voir'].flatMap((v) =>
    ['son fils', 'sa fille', 'ses enfants', 'ses filles', 'ses fils', 'les enfants', 'leur fils', 'leur fille', 'leurs enfants', 'son enfant', "l'enfant", 'le petit', 'la petite', 'ses deux enfants',
      'ses petits'].flatMap((c) => ["qu'en présence", 'qu’en présence', 'que sous surveillance',
      "qu'accompagné", "qu'accompagnée", "qu'en visite médiatisée", "qu'en visites médiatisées"].map((q) => `${v} ${c} ${q}`))), {
    notNear: ['poste', 'métier', 'stage', 'éducateur', 'éducatrice', 'assistante familiale', 'assistant familial', 'classe', 'élèves', 'patients', 'consultation'] }),
  // a parent claiming the children before a judge: "leur mère réclame les enfants devant le juge", "son ex demande la résidence des petits au JAF"
  ...fixed(['réclame', 'réclament', 'réclamait', 'a réclamé', 'revendique', 'revendiquait', 'veut récupérer', 'veut reprendre', 'exige le retour des', 'demande le retour des'].flatMap((v) =>
    ['les enfants', 'ses enfants', 'leurs enfants', 'son fils', 'sa fille', 'leur fils', 'leur fille', 'les petits', 'la petite', 'le petit', "l'enfant", 'enfants'].map((c) => `${v} ${c}`)), {
    near: ['juge', 'JAF', 'tribunal', 'justice', 'audience', 'avocat', 'avocate', 'garde', 'résidence', 'procédure', 'médiation', 'ex', 'ex-mari', 'ex-femme', 'ex-compagne', 'ex-compagnon', 'séparation', 'divorce'],
    notNear: ['école', 'crèche', 'cantine', 'poste', 'métier', 'stage', 'centre de loisirs', 'colonie', 'classe', 'sortie', 'éducateur', 'éducatrice', 'dossiers', 'usagers', 'mesures'] }),
  // a child taken in by the ASE under another name: "accueil provisoire de ses deux garçons", "recueil provisoire", "confiés à l'ASE"
  ...fixed(['accueil provisoire', 'accueils provisoires', 'recueil provisoire', 'accueil administratif', 'accueil en urgence à l’ASE', "accueil en urgence à l'ASE", "confiés à l'ASE",
    "confié à l'ASE", "confiée à l'ASE", "confiées à l'ASE", "pris en charge par l'ASE", "prise en charge par l'ASE", "pris en charge à l'ASE"], {
    near: ['enfants', 'enfant', 'fils', 'fille', 'filles', 'garçons', 'garçon', 'petits', 'bébé', 'juge', 'ASE', 'éducateur', 'éducatrice', 'foyer', 'pouponnière', 'visite', 'visites', 'mineur', 'mineurs'],
    notNear: ['poste', 'métier', 'stage', 'candidature', 'recrute', 'emploi', 'offre', 'travaille', 'travaillait', 'CDD', 'CDI', 'intérim', 'accueillant', 'accueillante'],
  }),
  // a parent's veto or dispute over a child's travel abroad: "refuse de signer l'autorisation de sortie du territoire", "opposition à la sortie du territoire"
  ...fixed(['autorisation de sortie du territoire', 'autorisations de sortie du territoire', 'opposition à la sortie du territoire', 'opposition de sortie du territoire',
    'interdiction de sortie du territoire', 'IST des enfants', "IST de l'enfant", 'sortie du territoire des enfants', "sortie du territoire de l'enfant", 'sortie du territoire de sa fille',
    'sortie du territoire de son fils', 'sortie du territoire de ses enfants', 'sortie du territoire sans son accord'], {
    near: ['ex', 'père', 'mère', 'refuse', 'refusé', 'refus', 'signer', 'enfants', 'enfant', 'fils', 'fille', 'filles', 'garçons', 'JAF', 'juge', 'conjoint', 'conjointe', 'mari',
      'compagnon', 'compagne', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-compagnon', 'ex-compagne', 'opposition', 'oppose', 'parents'],
  }),
  // acronyms of the same measures: an order of provisional placement, home educational help
  ...fixed(['OPP', 'AED'], {
    upper: true,
    near: ['enfants', 'enfant', 'fils', 'fille', 'filles', 'juge', 'placement', 'placé', 'placés', 'placée', 'ASE', 'mesure', 'éducative', 'éducateur', 'éducatrice', 'famille', 'objet',
      // the place of the placement: « en foyer de l'enfance suite à une OPP », « en MECS depuis l'OPP »
      'foyer', 'MECS', 'enfance', 'pouponnière', 'accueil'],
    notNear: ['défibrillateur', 'secourisme', 'PSC1', 'SST', 'poste', 'métier', 'stage', 'candidature', 'recrute', 'emploi', 'offre'],
  }),
  // violences intrafamiliales as an acronym, with a report, a social worker, a partner or a shelter near
  ...fixed(['VIF'], {
    upper: true,
    near: ['signalé', 'signalée', 'signalées', 'signalés', 'signalement', 'assistante', 'assistant', 'sociale', 'social', 'AS', 'plainte', 'victime', 'victimes', 'conjoint',
      'conjointe', 'compagnon', 'compagne', 'mari', 'ex', 'hébergée', 'hébergé', 'urgence', 'contexte', 'situation', 'CIDFF', 'association', 'courante', 'JAF', 'juge',
      'ordonnance', 'enfants', 'foyer', 'protection', 'mise', 'subies', 'subi', 'suivi', 'suivie', '3919', 'départ', 'fuite', 'séparation'],
  }),
  ...fixed(['juge des enfants', 'ASE', "aide sociale à l'enfance"], {
    near: ['enfants', 'enfant', 'fils', 'fille', 'filles', 'placé', 'placés', 'placée', 'placées', 'suivi', 'suivis', 'suivie', 'suivies', 'mesure', 'confié', 'confiés', 'signalement', 'audience',
      'décision', 'ordonnance', 'accueilli', 'accueillie', 'accueillis', 'MECS', 'foyer', 'confiée', 'confiées', 'aîné', 'aînée', 'cadet', 'cadette'],
    notNear: ['éducateur', 'éducatrice', 'éducateurs', 'éducatrices', 'assistante', 'assistant', 'travailler', 'travaille', 'poste', 'stage', 'métier', 'candidature', 'recrute', 'emploi', 'offre', 'PMSMP',
      // the children's judge in a criminal matter ("devant le juge des enfants pour des vols", "au pénal"): a penal fact, left to infractions
      'pénal', 'pénale', 'pénalement', 'vol', 'vols', 'délit', 'délits', 'infraction', 'infractions', 'comparution', 'comparaître', 'comparu', 'comparaîtra', 'PJJ', 'examen',
      'réparation', 'condamné', 'condamnée', 'jugé', 'jugée', 'agression', 'agressions', 'dégradations', 'stupéfiants', 'deal', 'recel', 'rixe', 'violences', 'cambriolage', 'racket'],
    upper: false,
  }),
  // family mediation as a step of a separation: "médiation familiale en cours pour la garde", "rdv chez la médiatrice familiale avec son ex";
  // not the job or its diploma ("DE de médiateur familial", "poste de médiatrice familiale à l'UDAF")
  ...fixed(['médiation familiale', 'médiations familiales', 'médiateur familial', 'médiatrice familiale', 'médiation parentale', 'espace de rencontre parents-enfants'], {
    near: ['cours', 'garde', 'divorce', 'séparation', 'ex', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-conjointe', 'mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne',
      'époux', 'épouse', 'enfants', 'fils', 'fille', 'JAF', 'juge', 'pension', 'résidence', 'ordonnée', 'imposée', 'proposée', 'séance', 'séances', 'rdv', 'rendez-vous', 'convoqué',
      'convoquée', 'engagée', 'engagé', 'entamé', 'entamée', 'père', 'mère', 'visite', 'visites', 'couple'],
    notNear: ['diplôme', 'DEMF', 'formation', 'former', 'métier', 'poste', 'candidature', 'recrute', 'emploi', 'offre', 'stage', 'devenir', 'travaille', 'travailler', 'salariée', 'salarié',
      'association', 'service', 'CDD', 'CDI', 'reconversion', 'couples', 'familles', 'usagers', 'PMSMP'],
  }),
  // infidélité dite autrement
  ...fixed(['une liaison', 'liaison'], {
    near: ['femme', 'mari', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'épouse', 'époux', 'soupçonne', 'extraconjugale', 'amoureuse', 'secrète', 'cachée', 'tromper', 'trompe', 'amant', 'maîtresse',
      // the couple, or the affair found out: « le couple vit séparé depuis qu'elle a découvert une liaison »
      'couple', 'découvert', 'découvre', 'appris'],
    notAfter: ['agent de', 'cahier de', 'fiche de', 'carnet de', 'officier de', 'chargé de', 'chargée de', 'de', 'assure la', 'assurer la', 'assurait la', 'fait la', 'faire la', 'faisait la'],
    notBefore: ['ferroviaire', 'routière', 'aérienne', 'radio', 'avec les services', 'entre les services'],
  }),
  // (tag 'affair': not after « en couple avec », « sa relation avec » with no partner of the person named before, a same-sex couple: rules/vie-privee.ts)
  ...fixed(['une autre femme', 'un autre homme', 'une maîtresse', 'un amant'], { tag: 'affair', near: ['mari', 'compagnon', 'conjoint', 'conjointe', 'époux', 'épouse', 'femme', 'compagne', 'copain', 'copine', 'trompe', 'découvert', 'soupçonne', 'quittée', 'quitté', 'partie', 'parti'] }),
  // têtes qui demandent un proche juste après
  ...kin([
    'rupture avec', 'en rupture avec', 'en froid avec', 'brouillé avec', 'brouillée avec', 'fâché avec', 'fâchée avec', 'en conflit avec', 'en guerre avec',
    'conflit avec', 'conflits avec', 'tensions avec', 'tension avec', 'disputes avec', 'dispute avec', 'différend avec', 'litige avec', 'querelle avec',
    // family lawsuits: "en procès avec ses deux frères", "contentieux avec sa sœur", "bataille judiciaire contre son ex"
    'procès avec', 'en procès avec', 'procès contre', 'un procès à', 'contentieux avec', 'en justice contre', 'en justice avec', 'bataille judiciaire avec', 'bataille judiciaire contre',
    'bataille juridique avec', 'guerre judiciaire avec', 'procédure contre', 'procédures contre', 'assigné par', 'assignée par', 'attaqué en justice par', 'attaquée en justice par',
    'poursuivi par', 'poursuivie par', 'a assigné', 'assigne', 'attaque en justice', 'a attaqué en justice', 'poursuit en justice',
    'mésentente avec', 'relations conflictuelles avec', 'relation conflictuelle avec', 'relations tendues avec', 'relation tendue avec', 'relations difficiles avec',
    'rapports conflictuels avec', 'rapports tendus avec', 'ne s’entend plus avec', "ne s'entend plus avec", "ne s'entend pas avec", "s'est disputé avec", "s'est disputée avec",
    'coupé les ponts avec', 'a coupé les ponts avec', 'coupé tout contact avec', 'rompu avec',
    // estrangement in other words: « a rompu tout contact avec ses parents », « a coupé les liens avec sa famille », « a tourné le dos à sa mère »
    'rompu tout contact avec', 'rompu le contact avec', 'coupé le contact avec', 'rompu les liens avec', 'coupé les liens avec', 'coupé tout lien avec',
    'rompu toute relation avec', 'coupé toute relation avec', 'rompu les ponts avec', 'tourné le dos à', "s'est éloigné de", "s'est éloignée de", 'pris ses distances avec', 'a rompu avec', 'rompu tout lien avec', 'plus aucun contact avec',
    "n'a plus de contact avec", "n'a plus de contacts avec", "n'a plus de relations avec", 'plus de relations avec', "n'a plus de lien avec",
    "n'a plus de liens avec", 'plus aucun lien avec', 'plus de lien avec', 'plus de liens avec', "n'a plus aucun contact avec", 'plus de contact avec', 'plus de contacts avec', 'aucun contact avec',
    'sans nouvelles de', "n'a plus de nouvelles de", 'ne plus voir', 'ne voit plus', 'ne voyait plus', "n'a plus vu", 'ne voit plus jamais', 'ne voit jamais',
    'ne plus parler à', 'ne parle plus à', 'ne parle plus avec', 'ne parle plus jamais à',
    // dictated or quick-typed, "ne" dropped: "il parle plus à son père depuis des années" (not a comparison: checked in rules/vie-privee.ts)
    'parle plus à', 'parle plus avec', 'parle plus jamais à', 'voit plus', 'voit plus jamais', "s'entend plus avec",
    'adresse plus la parole à', 'veut plus voir', 'veut plus parler à', "n'adresse plus la parole à", 'ne fréquente plus', "n'a jamais connu",
    "s'est séparé de", "s'est séparée de", 'quitté par', 'quittée par', 'trompé par', 'trompée par', 'abandonné par', 'abandonnée par',
    'harcelé par', 'harcelée par', 'menacé par', 'menacée par', 'frappé par', 'frappée par', 'agressé par', 'agressée par', 'violenté par',
    'violentée par', 'largué par', 'larguée par', 'plaqué par', 'plaquée par', 'lâché par', 'lâchée par', 'laissé tomber par', 'laissée tomber par', 'dompé par', 'dompée par',
    'flushé par', 'flushée par', 'insulté par', 'insultée par', 'humilié par', 'humiliée par', 'maltraité par', 'maltraitée par', 'rejeté par', 'rejetée par', 'renié par',
    'reniée par', 'mis à la porte par', 'mise à la porte par', 'chassé par', 'chassée par', 'harcèlement de', 'harcèlement de la part de', 'menaces de',
    'menaces de la part de', 'violences de la part de', 'plainte contre', 'main courante contre', 'violences de', 'violence de', 'coups de', 'peur de',
    'vit dans la peur de', "l'emprise de", 'tendu avec', 'tendue avec', 'tendus avec', 'compliqué avec', 'compliquée avec', 'conflictuel avec',
    'conflictuelle avec', 'conflictuels avec', 'houleux avec', 'électrique avec', 'invivable avec', 'violent avec', 'violente avec', 'brutal avec',
    'brutale avec', 'violences envers', 'violent envers', 'violente envers', 'emprise de', 'sous la coupe de', 'frappé par', 'terrorisé par', 'terrorisée par', 'sous le contrôle de',
    'sous la menace de', 'menacée par', 'a peur de', 'fui', 'a fui', 'fuir', 'fuit', 'fuyait', 'fuyant', 'chassé du domicile par', 'chassée du domicile par',
    'mis dehors par', 'mise dehors par', 'placement de', 'retrait de', "ne s'entend plus du tout avec", "ne s'entend pas du tout avec", "ne s'entend plus très bien avec",
    "ne s'entend plus vraiment avec", "s'entend mal avec", "s'entend très mal avec", 'en mauvais termes avec', 'en très mauvais termes avec', 'fâché à mort avec',
    'brouillé depuis des années avec', 'ne supporte plus', 'a été rejeté par', 'a été rejetée par', 'violences psychologiques de', 'violences physiques de',
    'reniée par', 'violences de la part de', 'menaces de la part de', 'pressions de', 'chantage de', 'humiliations de', 'insultes de',
    // a break qualified, a fight with the relative: « en rupture totale avec sa mère », « en conflit ouvert avec son frère », « se bat avec son ex (pour la garde) »
    ...['rupture', 'en rupture'].flatMap((h) => ['totale', 'complète', 'définitive', 'familiale', 'franche', 'ouverte'].map((a) => `${h} ${a} avec`)),
    'en conflit ouvert avec', 'en guerre ouverte avec', 'en froid total avec', 'brouillé à mort avec', 'brouillée à mort avec', 'fâchée à mort avec',
    'se bat avec', 'se battent avec', "s'est battu avec", "s'est battue avec", 'se bagarre avec', 'se déchire avec', "s'écharpe avec", "s'est écharpé avec", "s'est écharpée avec",
  ]),
  // a break with a relative said as a verdict: « avec mon père c'est la rupture totale », « avec sa mère, c'est fini depuis des années »
  ...fixed(["c'est la rupture", 'c’est la rupture', "c'est la rupture totale", 'c’est la rupture totale', "c'est la rupture complète", "c'est la rupture définitive",
    'la rupture totale', 'la rupture complète', 'la rupture définitive', "c'est la guerre", 'c’est la guerre', "c'est le clash", "c'est fini entre eux", "c'est terminé entre eux"], {
    near: ['père', 'mère', 'parents', 'frère', 'frères', 'sœur', 'sœurs', 'fils', 'fille', 'famille', 'mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'ex', 'belle-famille', 'oncle', 'tante'],
    notNear: ['contrat', 'contrats', 'commerciale', 'commerciales', 'fournisseur', 'fournisseurs', 'employeur', 'patron', 'entreprise', 'licenciement', 'client', 'clients', 'stock', 'stocks', 'tendon',
      'ligament', 'ligaments', 'anévrisme', 'poche', 'rupture conventionnelle', 'guerre civile', 'pays', 'Ukraine', 'Syrie', 'collègues', 'collègue', 'chef', 'équipe'] }),
  // a couple falling apart, told with its own verb: « le couple se déchire depuis la faillite », « leur couple s'effrite », « son mariage part en vrille »
  ...fixed(['couple', 'ménage', 'mariage'].flatMap((h) => ['se déchire', 'se délite', 'explose', 'a explosé', 'part en vrille', 'part à la dérive', 'se fissure', "s'effrite", 'vacille',
    'ne tient plus qu’à un fil', "ne tient plus qu'à un fil", 'prend l’eau', "prend l'eau", 'est au bord de la rupture', 'au bord de la rupture', 'en bout de course', 'à la dérive'].map((v) => `${h} ${v}`)), {
    notNear: ['franco-allemand', 'politique', 'gouvernement', 'entreprise', 'société', 'clients', 'client', 'associés', 'fusion', 'film', 'série', 'roman', 'personnages'] }),
  // a couple apart under one roof: « vit séparé sous le même toit », « ils font chambre à part depuis des mois »
  ...fixed(['séparé', 'séparée', 'séparés', 'séparées'].map((a) => `${a} sous le même toit`).concat(['font chambre à part', 'fait chambre à part', 'faisaient chambre à part']), {
    notNear: ['colocataires', 'colocation', 'colocataire', 'déchets', 'tri', 'bureaux', 'services', 'équipes'] }),
  // a harmful or secret relationship: « vit une relation toxique », « relation d'emprise avec son copain », « relation compliquée avec un homme marié »
  // (not a work relation: « relation toxique avec son manager », « relations clients compliquées »)
  ...fixed(['relation toxique', 'relations toxiques', 'relation abusive', 'relation destructrice', "relation d'emprise", 'relation d’emprise', 'relation violente', 'couple toxique',
    'histoire toxique', 'copain toxique', 'copine toxique', 'compagnon toxique', 'compagne toxique', 'ex toxique', 'mari toxique', 'femme toxique', 'conjoint toxique', 'conjointe toxique'], {
    notBefore: ['avec son manager', 'avec sa manager', 'avec son chef', 'avec sa cheffe', 'avec son employeur', 'avec ses collègues', 'avec son responsable', 'avec sa responsable',
      'au travail', 'professionnelle', 'professionnelles', 'de travail', 'avec sa tutrice', 'avec son tuteur', 'avec les clients'],
    notNear: ['travail', 'manager', 'managers', 'management', 'chef', 'cheffe', 'collègue', 'collègues', 'employeur', 'entreprise', 'équipe', 'client', 'clients', 'hiérarchie', 'poste', 'boulot', 'job',
      'produit', 'produits', 'chimique', 'substances', 'formation', 'module', 'atelier', 'film', 'série', 'roman', 'livre', 'chanson'] }),
  // a partner who is married to someone else: « une relation compliquée avec un homme marié », « elle fréquente une femme mariée » (not the person's own status, « homme marié, 45 ans »)
  ...fixed(['avec un homme marié', 'avec une femme mariée', 'un homme marié', 'une femme mariée'], {
    near: ['relation', 'relations', 'liaison', 'histoire', 'aventure', 'amoureuse', 'amoureux', 'sort', 'sortait', 'fréquente', 'fréquentait', 'amant', 'maîtresse', 'voit', 'voyait', 'couple', 'tombée', 'tombé'],
    notNear: ['poste', 'emploi', 'employeur', 'patron', 'client', 'clients', 'travaille', 'travaillait', 'garde', 'ménage', 'auxiliaire', 'aide', 'domicile', 'chez', 'film', 'série', 'roman'] }),
  // siblings or a family fallen out as one subject: « Fratrie brouillée depuis la vente des terres », « famille déchirée par l'héritage »
  ...fixed(['fratrie', 'famille', 'frères', 'sœurs', 'frères et sœurs'].flatMap((n) => ['brouillée', 'brouillés', 'brouillées', 'déchirée', 'déchirés', 'déchirées', 'fâchée', 'fâchés', 'fâchées', 'divisée', 'divisés', 'divisées']
    .map((a) => `${n} ${a}`)), {
    notBefore: ['sur', 'entre deux', 'en deux'],
    notNear: ['vote', 'élection', 'politique', 'opinion', 'sondage', 'match', 'équipe', 'club', 'film', 'série', 'roman', 'livre', 'histoire', 'entreprise', 'société'] }),
  // (quarrels told as repeated with a relative near, « après des disputes répétées », are the code pattern `repeatedQuarrels` of rules/vie-privee.ts)
  // a partner's affair: « son mari menait une double vie », « il a une liaison », « sa femme le trompait » (not a « double vie » of two jobs, a rail « liaison »)
  ...fixed(['double vie', 'mène une double vie', 'menait une double vie', 'a une liaison', 'avait une liaison', 'a eu une liaison', 'une liaison avec', 'liaison extraconjugale',
    'relation extraconjugale', 'aventure extraconjugale', 'le trompait', 'la trompait', "l'a trompé", "l'a trompée", "l'avait trompé", "l'avait trompée", 'infidèle'], {
    near: ['mari', 'femme', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'époux', 'épouse', 'copain', 'copine', 'ex', 'couple', 'découvert', 'appris', 'soupçonne', 'trompe', 'divorce', 'maîtresse', 'amant'],
    notNear: ['ferroviaire', 'aérienne', 'bus', 'train', 'TER', 'ligne', 'fibre', 'radio', 'chimique', 'série', 'film', 'roman', 'personnage', 'étudiante le soir', 'job'] }),
  // a plan to divorce or to leave the partner: « sa femme a parlé de divorcer », « elle parle de le quitter », « il envisage de demander le divorce »
  ...fixed(['parle de', 'a parlé de', 'parlait de', 'envisage de', 'envisageait de', 'a envisagé de', 'veut', 'voulait', 'pense à', 'songe à', 'menace de', 'menaçait de', 'a menacé de',
    'a décidé de', 'compte', 'projette de', 'est décidée à', 'est décidé à'].flatMap((v) => ['divorcer', 'se séparer', 'demander le divorce', 'entamer une procédure de divorce',
    'le quitter', 'la quitter', 'quitter son mari', 'quitter sa femme', 'quitter son conjoint', 'quitter sa conjointe', 'quitter son compagnon', 'quitter sa compagne', 'quitter le domicile conjugal'].map((o) => `${v} ${o}`)), {
    notNear: ['poste', 'emploi', 'entreprise', 'employeur', 'CDD', 'CDI', 'contrat', 'stage', 'formation', 'association', 'club', 'équipe', 'groupe', 'syndicat', 'parti', 'logement', 'appartement', 'région', 'ville', 'France', 'pays', 'métier', 'job', 'boulot', 'société', 'agence', 'magasin'] }),
  // quarrels before the children: « disputes devant le petit », « ils se crient dessus devant les enfants »
  ...fixed(['disputes', 'dispute', 'cris', 'scènes', 'bagarres', 'insultes', 'engueulades', 'hurlements', 'se disputent', 'se battent', 'se crient dessus', 'se déchirent', "s'insultent", 'se hurlent dessus']
    .flatMap((h) => ['devant les enfants', 'devant le petit', 'devant la petite', 'devant les petits', 'devant leur fils', 'devant leur fille', 'devant leurs enfants', 'devant ses enfants',
      'devant les gamins', 'devant le bébé', 'devant les filles', 'devant les garçons'].map((t) => `${h} ${t}`)), {
    notNear: ['classe', 'école', 'élèves', 'crèche', 'animatrice', 'animateur', 'éducatrice', 'éducateur', 'colonie', 'centre de loisirs', 'atelier', 'cantine', 'périscolaire', 'récréation', 'cour'] }),
  // the child support withheld by the other parent, in any wording: « il ne lui verse plus la pension », « ne paie jamais la contribution à l'entretien des enfants »
  // (a pension withheld by a fund is money, not family: « la CARSAT ne verse plus la pension »)
  ...fixed(['ne', 'ne lui', 'ne leur'].flatMap((c) => ['verse', 'versait', 'paie', 'payait', 'paye', 'règle', 'réglait'].flatMap((v) => ['plus', 'pas', 'jamais'].flatMap((n) =>
    ['la pension', "la contribution à l'entretien", 'la contribution à l’entretien', 'la CEEE'].map((o) => `${c} ${v} ${n} ${o}`)))), {
    notNear: ['retraite', 'invalidité', 'caisse', 'CARSAT', 'MSA', 'réversion', 'CAF', 'employeur'] }),
  // a court's ban on contact broken or imposed: « lui envoie des messages malgré l'interdiction du juge », « interdiction d'entrer en contact avec elle »
  ...fixed(["malgré l'interdiction du juge", 'malgré l’interdiction du juge', "malgré l'interdiction de contact", "malgré l'interdiction de l'approcher", "interdiction d'entrer en contact",
    'interdiction de contact', "interdiction de l'approcher", "interdiction de s'approcher", "interdit de l'approcher", "interdiction d'approcher"], {
    // (tag 'ban': silent when the sentence names a victim from work or the neighbourhood and no relative: « harcèlement envers une ancienne collègue »)
    tag: 'ban',
    near: ['ex', 'mari', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'femme', 'époux', 'épouse', 'messages', 'SMS', 'appels', 'harcèle', 'harcèlement', 'harcelée', 'enfants'],
    // (the person's own judicial control is an offence's measure: rules/infractions.ts)
    notNear: ['judiciaire', 'SPIP', 'sursis', 'probatoire', 'probation', 'condamné', 'condamnée', 'condamnation', 'peine', 'client', 'clients', 'salarié', 'salariés', 'collègue', 'collègues', 'employeur', 'patient', 'patients', 'usager', 'usagers', 'élève', 'élèves'] }),
  // the same words are also games, sport and typing ("elle a été battue par sa sœur au tournoi", "il bat son frère aux échecs",
  // "bousculé par son frère dans ses habitudes"): not with those words near
  ...kin([
    // violence in plain words, passive or with "se faire": "se fait frapper par son copain", "s'est fait tabasser par son compagnon", "giflée par son mari"
    ...['frapper', 'battre', 'taper', 'taper dessus', 'cogner', 'tabasser', 'gifler', 'insulter', 'menacer', 'harceler', 'violenter', 'étrangler', 'bousculer', 'frapper dessus',
      'tabassé', 'tabassée', 'cogné', 'cognée', 'giflé', 'giflée', 'étranglé', 'étranglée', 'bousculé', 'bousculée', 'roué de coups', 'rouée de coups',
      'séquestré', 'séquestrée', 'enfermé', 'enfermée', 'battu', 'battue', 'violée', 'brutalisé', 'brutalisée', 'malmené', 'malmenée', 'terrorisé'].map((v) => `${v} par`),
    // the same acts with the relative as object: "il a harcelé son ex-compagne", "il bat sa femme", "a giflé son fils"
    // (the past tense "a frappé son frère" is read with the threat heads, rules/vie-privee.ts)
    'harcèle', 'harcelait', 'frappait', 'bat', 'battait', 'gifle', 'giflait', 'a étranglé', 'tabassait', 'a séquestré', 'menaçait', 'a bousculé',
    'a roué de coups', 'cogne', 'cognait', 'a cogné',
    // rejected or disowned by relatives, in the present: « ses frères la rejettent », « son père le renie » (the relative before is read with the threat heads, rules/vie-privee.ts)
    'rejette', 'rejettent', 'rejetait', 'rejetaient', 'renie', 'renient', 'reniait', 'reniaient',
  ], { notNear: GAMES }),
  // a relative keeps the children's or the person's documents: "refuse de rendre les passeports des enfants", "a confisqué ses papiers"
  // (not "garde": "elle garde son passeport dans un coffre pour les vacances" is keeping it safe)
  ...fixed(['refuse de rendre', 'refuse de lui rendre', 'refusait de rendre', 'ne rend pas', 'ne veut pas rendre', "n'a pas rendu", 'a confisqué', 'confisque',
    'retient', 'cache', 'a caché', 'a détruit', 'a déchiré'].flatMap((v) => ['les passeports des enfants', 'le passeport des enfants', 'les passeports', 'le passeport de sa fille',
    'le passeport de son fils', 'les papiers des enfants', "les cartes d'identité des enfants", 'les papiers de sa fille', 'les papiers de son fils', 'ses papiers', 'son passeport',
    "ses papiers d'identité", 'ses papiers d’identité', 'son titre de séjour'].map((d) => `${v} ${d}`)), {
    near: ['ex', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-conjointe', 'ex-compagnon', 'ex-compagne', 'mari', 'époux', 'épouse', 'conjoint', 'conjointe', 'compagnon', 'compagne',
      'copain', 'femme', 'père', 'mère', 'belle-famille', 'beau-père', 'belle-mère', 'famille', 'parents', 'frère', 'enfants', 'vacances'],
    notNear: ['employeur', 'patron', 'hôtel', 'réception', 'préfecture', 'mairie', 'banque', 'agence', 'douane', 'police', 'frontière', 'guichet'],
  }),
  // children kept by the other parent in a split or a flight: « ses fils sont restés auprès de leur père dans le groupe » (not a holiday or childcare arrangement)
  ...fixed(['sont restés', 'sont restées', 'est resté', 'est restée', 'restent', 'sont demeurés'].flatMap((v) => ['auprès de', 'avec', 'chez'].flatMap((p) =>
    ['leur père', 'leur mère', 'son père', 'sa mère', 'leur papa', 'leur maman'].map((k) => `${v} ${p} ${k}`))), {
    near: ['groupe', 'secte', 'communauté', 'emprise', 'fui', 'fuite', 'fuir', 'quitté', 'JAF', 'procédure', 'garde', 'résidence', 'conflit', 'violences', 'violent', 'séparation',
      'divorce', 'enlevés', 'récupérer', 'refuse', 'refusé', 'gourou', 'départ'],
    notNear: ['vacances', 'formation', 'stage', 'semaine', 'mercredi', 'mercredis', 'week-end', 'weekend', 'entretien', 'atelier', 'garde alternée'],
  }),
  // a child placed in care told by its age or time: « placé à l'âge de 8 ans », « placée dès ses 6 ans », « placé tout petit »
  // (not a placement at work: « placé en intérim », « placé en stage », nor a legal protection: « placé sous curatelle », rules/finances.ts)
  ...fixed(['placé', 'placée', 'placés', 'placées'].flatMap((p) => [`${p} à l'âge de`, `${p} dès l'âge de`, `${p} dès ses`, `${p} très jeune`, `${p} tout petit`, `${p} toute petite`,
    `${p} tout petits`, `${p} bébé`, `${p} enfant`, `${p} enfants`, `${p} à la naissance`, `${p} dès la naissance`, `${p} dès sa naissance`, `${p} à sa naissance`]), {
    // (not a rank or a role: « placé très jeune à la tête de l'équipe », « placée enfant de chœur », « placé dès ses débuts sous la responsabilité du chef »)
    notBefore: ['à la tête', 'en tête', 'de chœur', 'de choeur', 'débuts', 'début', 'premiers', 'premières', 'première', 'sous la responsabilité', 'sous les ordres', 'au poste', 'au rang'],
    notNear: ['intérim', 'stage', 'apprentissage', 'alternance', 'entreprise', 'agence', 'mission', 'missions', 'poste', 'intérimaire', 'CDD', 'CDI', 'recrute', 'offre', 'candidats',
      'garde', 'vue', 'détention', 'curatelle', 'tutelle', 'équipe', 'club', 'classement', 'championnat', 'titulaire', 'responsabilité'] }),
  // a report to child protection named by who made it: « après un signalement de l'école », « signalement du collège », « signalée par la crèche »
  ...fixed([...['signalement', 'signalements'].flatMap((h) => ["de l'école", 'de son école', 'du collège', 'de son collège', 'du lycée', 'de la crèche', "de l'institutrice", "de l'instituteur",
    'de la maîtresse', 'des enseignants', 'de la PMI', "de l'hôpital", 'du pédiatre', 'des voisins', 'de la nourrice', "de l'assistante sociale", 'de la directrice', 'du directeur'].map((o) => `${h} ${o}`)),
    ...['signalé', 'signalée', 'signalés', 'signalées'].flatMap((h) => ["par l'école", 'par le collège', 'par la crèche', 'par la PMI', "par l'hôpital", 'par les voisins', "par l'assistante sociale"].map((o) => `${h} ${o}`))], {
    notNear: ['harcèlement', 'harcelé', 'harcelée', 'absences', 'absentéisme', 'retard', 'retards', 'bug', 'incident', 'poste', 'stage', 'métier', 'élèves', 'collègue', 'collègues'] }),
  // a police report about the partner's threats or blows: « main courante pour des menaces », « main courante pour violences »
  ...fixed(['main courante', 'mains courantes'].flatMap((h) => ['pour menaces', 'pour des menaces', 'pour violences', 'pour des violences', 'pour harcèlement', 'pour coups', 'pour des coups',
    'pour insultes', 'pour des insultes', 'pour menaces de mort', 'pour des menaces de mort', 'pour non-présentation', 'pour non-représentation', "pour non-présentation d'enfant",
    'pour non-représentation d’enfant', "pour non-représentation d'enfant"].map((o) => `${h} ${o}`)), {
    near: ['ex', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-conjointe', 'ex-compagnon', 'ex-compagne', 'mari', 'femme', 'épouse', 'époux', 'conjoint', 'conjointe', 'compagnon', 'compagne',
      'copain', 'copine', 'père', 'mère', 'frère', 'sœur', 'beau-père', 'belle-mère', 'enfants', 'fils', 'fille', 'garde', 'JAF', 'divorce', 'séparation', 'conjugal', 'conjugales'],
    // a report made at work about a customer or a colleague (« vendeuse, elle a déposé une main courante pour des insultes d'un client »)
    notNear: ['client', 'clients', 'clientèle', 'cliente', 'usager', 'usagers', 'magasin', 'boutique', 'collègue', 'collègues', 'patron', 'patronne', 'employeur', 'vigile', 'sécurité', 'site'] }),
  // a judge keeping the partner away in lay words: « le juge a interdit à l'ex-conjoint d'entrer en contact avec elle », « interdiction de l'approcher »
  ...fixed(["d'entrer en contact avec elle", "d'entrer en contact avec lui", "d'entrer en contact avec eux", "d'entrer en contact avec les enfants", "de l'approcher", "de s'approcher d'elle",
    "de s'approcher de lui", 'de paraître au domicile', 'de se rendre au domicile', "d'approcher du domicile", "d'approcher le domicile"], {
    near: ['interdit', 'interdite', 'interdiction', 'défense'], notNear: ['clients', 'client', 'employeur', 'collègue', 'collègues', 'manager', 'salariés', 'presse', 'journalistes', 'victime', 'victimes'] }),
  // a custody arrangement told as a fight: « en garde alternée conflictuelle », « une résidence alternée très tendue »
  ...fixed(['garde', 'garde alternée', 'garde partagée', 'résidence alternée', 'garde des enfants', 'garde de son fils', 'garde de sa fille', 'droit de visite'].flatMap((h) =>
    ['conflictuelle', 'conflictuel', 'très conflictuelle', 'houleuse', 'houleux', 'tendue', 'très tendue', 'orageuse', 'chaotique', 'disputée', 'âprement disputée', 'explosive', 'sous tension'].map((a) => `${h} ${a}`))),
  // a partner's outbursts: « il lui a encore fait une scène devant l'école », « scènes de jalousie » (with the partner near; not a scene at the agency)
  ...fixed(['fait une scène', 'fait des scènes', 'faisait des scènes', 'faire une scène', 'faire des scènes', 'a fait une scène', 'fait une scène de jalousie', 'scène de jalousie',
    'scènes de jalousie', 'crise de jalousie', 'crises de jalousie', 'lui fait une scène', 'lui fait des scènes', 'lui a fait une scène', 'lui faisait des scènes',
    ...['encore', 'de nouveau', 'à nouveau', 'toujours', 'souvent', 'sans cesse'].flatMap((a) => [`lui a ${a} fait une scène`, `a ${a} fait une scène`, `lui fait ${a} une scène`, `lui fait ${a} des scènes`,
      `fait ${a} des scènes`, `lui faisait ${a} des scènes`]), 'lui a refait une scène', 'a refait une scène'], {
    near: ['ex', 'ex-mari', 'ex-femme', 'ex-conjoint', 'ex-conjointe', 'ex-compagnon', 'ex-compagne', 'mari', 'femme', 'épouse', 'époux', 'conjoint', 'conjointe', 'compagnon', 'compagne',
      'copain', 'copine', 'jaloux', 'jalouse', 'couple', 'enfants'],
    notNear: ['accueil', 'guichet', 'agence', 'agent', 'agente', 'conseiller', 'conseillère', 'théâtre', 'film', 'tournage', 'spectacle', 'client', 'clients', 'manager', 'collègue', 'collègues',
      'directeur', 'directrice', 'chef', 'cheffe', 'patron', 'patronne', 'responsable', 'conservatoire', 'répétition', 'pièce', 'comédien', 'comédienne', 'acteur', 'actrice', 'improvisation', 'joue', 'jouait'] }),
  // a divorce one spouse contests: « son épouse a engagé une procédure de divorce qu'il conteste », « il refuse le divorce »
  ...fixed(['procédure de divorce', 'demande de divorce', 'divorce', 'séparation'].flatMap((h) => [`${h} qu'il conteste`, `${h} qu'elle conteste`, `${h} qu'il refuse`, `${h} qu'elle refuse`,
    `${h} qu'il contestait`, `${h} qu'elle contestait`, `${h} qu'il n'accepte pas`, `${h} qu'elle n'accepte pas`, `${h} contestée`, `${h} contesté`]).concat(['refuse le divorce', 'refusait le divorce',
    'conteste le divorce', 'contestait le divorce', "s'oppose au divorce", "s'opposait au divorce", 'refuse de divorcer', 'refusait de divorcer', 'refuse la séparation', "n'accepte pas le divorce",
    "n'accepte pas la séparation"]), {
    // a split of a business, its services or its activities
    notNear: ['entreprise', 'société', 'service', 'services', 'branche', 'branches', 'activité', 'activités', 'filiale', 'département', 'associés', 'associé', 'tri', 'déchets'] }),

  // child-protection services abroad, by their own names: « le Jugendamt de Kehl suit ses enfants », « signalement à la DPJ », KESB (Switzerland), CPCJ (Portugal)
  ...fixed(['Jugendamt', 'Jugendamtes', 'KESB', 'Kinderbescherming', 'Raad voor de Kinderbescherming', 'CPCJ', 'Child Protective Services', 'Kinder- und Jugendhilfe']),
  // « DPJ » is also the judicial police: only the Québec youth protection with a child or a report near
  ...fixed(['DPJ'], { near: ['enfant', 'enfants', 'fils', 'fille', 'filles', 'signalement', 'signalé', 'signalée', 'Québec', 'Montréal', 'placé', 'placée', 'placés', 'jeunesse', 'bébé'],
    notNear: ['police', 'policier', 'commissaire', 'enquêteur', 'officier', 'brigade'] }),
  // judicial measures of inquiry and support for the family: « le juge des enfants a ordonné une MJIE », « mesure judiciaire d'investigation éducative »
  ...fixed(['MJIE', "mesure judiciaire d'investigation éducative", 'mesure judiciaire d’investigation éducative', "mesures judiciaires d'investigation éducative",
    "investigation d'orientation éducative", 'enquête sociale ordonnée par le juge', 'enquête sociale demandée par le juge', 'enquête sociale ordonnée par le JAF', 'enquête sociale demandée par le JAF']),
  // parental authority partly or wholly withdrawn: « retrait partiel de l'autorité parentale »
  ...fixed(['partiel', 'total', 'partielle', 'totale'].flatMap((a) => [`retrait ${a} de l'autorité parentale`, `retrait ${a} de l’autorité parentale`, `retrait ${a} des droits parentaux`])),
  // the children's residence decided by the judge: « la résidence des enfants a été fixée chez le père », « résidence de sa fille fixée chez sa mère »
  ...fixed(['des enfants', 'de ses enfants', 'de leurs enfants', 'de son fils', 'de sa fille', 'de leur fils', 'de leur fille', "de l'enfant", 'de ses filles', 'de ses fils']
    .flatMap((t) => ['a été fixée chez', 'est fixée chez', 'fixée chez', 'a été transférée chez', 'transférée chez'].map((v) => `résidence ${t} ${v}`))),
  // a child-support amount contested before the judge: « demande de révision de la pension alimentaire » (not the amount, see rules/finances.ts)
  ...fixed(['révision', 'contestation', 'demande de révision', 'demande de baisse', "demande d'augmentation"].flatMap((h) => [`${h} de la pension alimentaire`, `${h} de la contribution à l'entretien`])),
  // a controlling or possessive partner: « conjoint très contrôlant », « mari possessif », « compagnon extrêmement jaloux »
  ...fixed(['conjoint', 'conjointe', 'mari', 'époux', 'épouse', 'compagnon', 'compagne', 'concubin', 'concubine', 'ex-conjoint', 'ex-mari', 'ex-compagnon', 'ex-compagne', 'copain', 'copine']
    .flatMap((p) => ['', 'très ', 'extrêmement ', 'particulièrement ', 'assez ', 'trop '].flatMap((d) =>
      ['contrôlant', 'contrôlante', 'possessif', 'possessive', 'dominateur', 'dominatrice', 'tyrannique', 'manipulateur', 'manipulatrice'].map((a) => `${p} ${d}${a}`)))),

];
