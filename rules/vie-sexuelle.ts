/**
 * `vie-sexuelle`: sexual orientation, sex life, gender identity and transition, sex work.
 * TAXONOMY.md §3.1 `vie-sexuelle`; RGPD art. 9; C. pén. 226-19 (gender identity).
 * Not findings: "orientation professionnelle", "transition professionnelle / écologique",
 * "Transitions Pro", "ce genre de", "trans" for transports, "harcèlement sexuel" (other rules).
 */
import { defineRule, type RuleContext } from '../lib/lint/rule.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Doc } from '../lib/lint/document.ts';
import type { Confidence, Fix } from '../lib/lint/types.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { sentence } from '../lib/lint/context.ts';
import { VIE_SEXUELLE_LEXICON } from './lexicons/vie-sexuelle.ts';
import { POSSESSIVE, STRICT_PERSON, absent, absentAfter, genericPublic } from './shared/art9.ts';
import { inFrameOutsideIdiom, relativePartner, sameGenderPartner, workedIn } from './shared/art9-extra.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make "en transition" a gender transition. */
const GENDER = set(`genre sexe prenom hormonal hormonaux hormonale hormones hormonotherapie trans transgenre feminin feminine masculin masculine
  identite civil pronom pronoms megenre megenree binaire coming transidentite mtf ftm dysphorie genree endocrinologue deadname deadnaming
  testosterone oestrogenes estrogenes torsoplastie vaginoplastie phalloplastie reassignation binder`);
/** Verbs that make "sa transition" the person's own gender transition when nothing speaks of a career: "il a fait sa transition". */
const TRANSITION_VERBS = set('fait faire faisait commence commencee commencer entame entamee entamer debute debutee debuter termine terminee finalise finalisee poursuit vit vecu');
/** Pride words after a self-label: "bi et fière", "pan et fier", "lesbienne assumée". */
const PRIDE = set('fier fiere fiers fieres assume assumee assumes assumees revendique revendiquee');
/** Words that make it a career transition. */
const CAREER = set(`professionnelle professionnel pro reconversion metier metiers poste postes emploi emplois carriere formation projet cpf secteur
  secteurs activite ptp bilan competences entreprise ecologique numerique energetique salarie salariee licenciement chomage transitions vae
  orientation recherche rupture conventionnelle cdi cdd interim`);
/** Generic anti-discrimination or policy vocabulary: "critères de discrimination (origine, orientation sexuelle…)". */
const POLICY = set(`discrimination discriminations non-discrimination criteres critere politique charte sensibilisation formation module atelier
  egalite diversite prevention lutte campagne association associations referent referente label`);
/** The person as the target of homophobia. */
const VICTIM = set(`subi subit subir subissait victime victimes cible ciblee vise visee harcele harcelee recu recues essuye essuyees endure
  supporte souffert moque moquee moqueries moquer insulte insultee agresse agressee discrimine discriminee rejete rejetee ecarte ecartee
  quitte quitter quittait demission demissionne demissionnee plainte denonce denoncer signale signaler cause raison suite face vecu vecue
  expose exposee exposes exposees licencie licenciee mis mise`);
const COPULA = set(`est etait sont suis es etes etre serait sera`);
/** Gender nouns after "préfère / aime / attiré par les …". */
const GENDER_NOUNS = set('garcons filles hommes femmes mecs nanas meufs');
/** Words between the subject and an orientation verb: "il a toujours préféré", "elle n'a jamais caché qu'elle aimait". */
const SUBJECT_SKIP = set("a avait aurait toujours deja jamais plutot surtout aussi bien ne n' l' lui se s' depuis longtemps clairement vraiment");
const PERSON_SUBJECTS = set("il elle ils elles qui j' je adherent adherente beneficiaire monsieur madame");
/** What may follow the gender noun for an orientation (no complement: "préfère les femmes pour ce poste" is hiring). */
const ORIENTATION_END = set("et mais depuis plutot que qu' aussi ou ni , . ; : ! ? ) »");
/** Football, basketball and other passes: "fait des passes décisives". */
const BALL = set(`decisive decisives ballon balle match matchs equipe equipes coequipier coequipiers coequipiere terrain foot football
  basket handball rugby volley hockey entrainement attaquant milieu defenseur but buts courtes longues precises`);
/** Durations and street words that make "faire des passes à…" sex work: "à Montpellier pendant deux ans", "pour des clients". */
const SEX_WORK_TIME = set('pendant durant ans an mois annees depuis rue trottoir client clients argent survivre gare gares');
/** Entries naming a concept rather than the person's own attribute. */
const CONCEPTS = new Set(['orientation sexuelle', 'homophobe', 'LGBT', 'non-binaire', 'vie sexuelle', 'Gay Pride']);

/** Verbs after « se / s' » that put a label on oneself: "il se dit bi", "elle se définit comme pan". */
const SELF_LABEL = set('dit disait declare declaree definit definissait revendique revendiquait assume assumait affirme affirmait presente presentait considere considerait decrit decrivait sait sent sentait');

/** Common first names that are only masculine or only feminine (folded), for a partner named after a couple verb. */
const MALE_NAMES = set(`julien nicolas thomas pierre jean paul jacques michel philippe alain patrick christophe stephane sebastien laurent
  olivier frederic eric david francois vincent antoine alexandre guillaume romain maxime mathieu matthieu benjamin jerome arnaud cedric
  damien fabien florian kevin anthony jonathan quentin clement hugo lucas louis arthur jules gabriel raphael leo theo nathan enzo mathis
  adrien bastien yann yannick gilles didier thierry bruno marc pascal serge bernard gerard daniel rene andre henri robert mohamed mohammed
  ahmed karim mehdi youssef rachid samir nabil bilal omar hamza amine sofiane yassine moussa mamadou ibrahim abdoulaye oumar ousmane
  ali hassan hussein mustafa mehmet emre jose carlos juan miguel pedro luis antonio manuel joao igor sergei dmitri ivan piotr tomasz
  marco luca giovanni hans stefan matteo baptiste gregoire etienne xavier tristan victor simon samuel aurelien jeremy loic erwan ludovic`);
const FEMALE_NAMES = set(`marie sophie julie anne isabelle nathalie sandrine celine stephanie valerie catherine christine sylvie veronique
  laure laura lea chloe emma manon sarah pauline marine aurelie audrey emilie elodie caroline claire helene juliette louise alice
  ines jade lina zoe clara eva lucie mathilde charlotte margaux oceane melanie virginie patricia martine monique francoise brigitte nadia
  fatima fatou aminata aicha khadija samira leila yasmine nour amina mariam awa salimata maria ana carmen rosa lucia elena olga natalia
  anna katarzyna agnieszka giulia francesca sara hannah jessica vanessa amandine justine morgane gaelle solene agathe ambre anais nina
  delphine florence agnes beatrice cecile corinne emmanuelle fabienne karine laetitia myriam pascale severine sonia`);
const FEMALE_SUBJECTS_NOM = set('elle madame mme');
const MALE_SUBJECTS_NOM = set('il monsieur m');
/** Someone else between the subject pronoun and the couple verb: "il dit que sa fille vit en couple avec Julien". */
const OTHER_SUBJECT = set(`sa son ses leur leurs un une fille fils frere soeur mere pere ami amie collegue cousin cousine oncle tante enfant
voisin voisine que qu' qui dont`);

/**
 * "il est pacsé avec Julien", "elle vit en couple avec Sophie": a first name of the subject's own gender after a couple verb.
 * End token (the name), or -1.
 */
function namedSameGender(doc: Doc, hit: Hit): number {
  const toks = doc.tokens;
  const n = toks[hit.to];
  if (!n || n.sn !== toks[hit.from].sn || n.k !== Kind.Word || !doc.isCapitalized(hit.to) || doc.isUpper(hit.to)) return -1;
  // "Julien Martin" is still Julien; "Marie-Claire" a compound (its first part says the gender)
  const male = MALE_NAMES.has(n.t);
  const female = FEMALE_NAMES.has(n.t);
  if (!male && !female) return -1;
  // the participle's ending gives the subject's gender ("pacsé" / "pacsée"); otherwise the nearest subject pronoun
  let g = 0;
  const first = toks[hit.from].t;
  if (/^(pacse|marie|fiance|remarie)$/.test(first)) g = 1;
  else if (/^(pacsee|mariee|fiancee|remariee)$/.test(first)) g = 2;
  else {
    for (let k = hit.from - 1, c = 0; k >= 0 && c < 6 && toks[k].sn === n.sn; k--, c++) {
      if (OTHER_SUBJECT.has(toks[k].t)) break;
      if (MALE_SUBJECTS_NOM.has(toks[k].t)) { g = 1; break; }
      if (FEMALE_SUBJECTS_NOM.has(toks[k].t)) { g = 2; break; }
    }
  }
  if (!((g === 1 && male) || (g === 2 && female))) return -1;
  let e = hit.to + 1;
  if (toks[e]?.hyphen && toks[e].sn === n.sn) e++;
  return e;
}

/** Determiners opening a partner named before a relative clause ("la femme avec qui…"). */
const PARTNER_DETS = set("la le l' une un sa son cette cet");

/** Words of a job at a dating company: "développeur chez Grindr", "stage marketing chez Meetic". */
const APP_JOB = set(`developpeur developpeuse developpeurs stage stagiaire poste emploi cdi cdd travaille travaillait travailler recrute recrutement
embauche embauchee salarie salariee marketing commercial commerciale entreprise societe startup start-up candidature postule offre
moderateur moderatrice community manager`);
/** Words before an app whose name is also an ordinary word: "sur Her", "l'application Hornet". */
const APP_PREV = set('sur appli application app applis applications site profil via compte');
/** The person's own use of a dating app: "ses rencontres sur Tinder", "inscrit sur Meetic", "son profil Happn". */
const APP_USE = set(`rencontre rencontres rencontrer rencontrait rencontre inscrit inscrite inscrits profil profils drague draguer draguait utilise
utilisait utiliser frequente frequentait date dates rendez-vous rdv match matchs matche swipe compte passe passait passer discute discutait
conversations conversation relations relation aventure aventures`);
/** Warnings and workshops about dating apps: "se méfier des arnaques sur les sites de rencontre". */
const APP_WARNING = set('arnaque arnaques escroquerie escroqueries arnaqueur arnaqueurs brouteur brouteurs mefier vigilance prevention risques danger dangers');

/** Nouns of the cause against sex work: "prévention de la prostitution", "abolition de la prostitution". */
const CAUSE_HEADS = set('prevention abolition lutte eradication reduction penalisation loi lois politique politiques phenomene');
const TOPIC_HEADS = set('reunion reunions atelier ateliers formation formations conference conferences colloque debat debats etude etudes rapport module campagne sensibilisation');

/** "lutte contre la prostitution", "prévention de la prostitution", "réunion sur la prostitution": the subject of a cause or a meeting. */
function topicOfSexWork(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (toks[i].t !== 'prostitution' || toks[i - 1]?.t !== 'la') return false;
  const p = toks[i - 2]?.t ?? '';
  if (p === 'contre') return true;
  if (p === 'de' && CAUSE_HEADS.has(toks[i - 3]?.t ?? '')) return true;
  if (p === 'sur') for (let k = i - 3; k >= Math.max(0, i - 6); k--) if (TOPIC_HEADS.has(toks[k].t)) return true;
  return false;
}

/** Works whose subject a term can be: "le film traite de l'homosexualité dans le sport". */
const TOPIC_WORKS = set(`film films documentaire documentaires livre livres roman romans serie series piece spectacle exposition emission podcast
article articles these memoire reportage etude ouvrage bd court-metrage`);
const ABOUT_VERBS = set('traite traitait aborde abordait evoque evoquait parle parlait porte portait consacre consacree');
const ABOUT_SKIP = set("de d' du des la le les l' sur");

/** "un film qui traite de l'homosexualité", "un documentaire porte sur la transidentité": a work's topic, not the person's life. */
function topicOfWork(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  let k = i - 1;
  while (k > i - 4 && k >= 0 && ABOUT_SKIP.has(toks[k].t) && toks[k].sn === toks[i].sn) k--;
  if (k === i - 1 || k < 0 || !ABOUT_VERBS.has(toks[k].t) || toks[k].sn !== toks[i].sn) return false;
  return sentenceHas(doc, i, TOPIC_WORKS);
}

/** A capital inside a word: a brand spelling (« PrEP », « OnlyFans »), not a name. */
const UPPER_INSIDE = /\p{Lu}/u;
const sameSentence = (doc: Doc, a: number, b: number) => doc.tokens[a]?.sn === doc.tokens[b]?.sn;
function sentenceHas(doc: Doc, i: number, s: ReadonlySet<string>, skip?: (k: number) => boolean): boolean {
  const [a, b] = sentence(doc, i);
  for (let k = a; k < b; k++) if (!skip?.(k) && s.has(doc.tokens[k].t)) return true;
  return false;
}

/** "il a toujours préféré les garçons", "elle aime les femmes", "attiré par les hommes": end of the finding, or -1. */
function indirectEnd(doc: Doc, hit: Hit): number {
  const toks = doc.tokens;
  let k = hit.to;
  if (toks[hit.from].t.startsWith('attir')) { if (toks[k]?.t !== 'par' && toks[k]?.t !== 'pour') return -1; k++; }
  if (toks[k]?.t !== 'les' || !GENDER_NOUNS.has(toks[k + 1]?.t ?? '') || !sameSentence(doc, k + 1, hit.from)) return -1;
  // no complement: "préfère les femmes pour ce poste", "aime les hommes de terrain" are not orientations
  const after = toks[k + 2];
  if (after && sameSentence(doc, k + 2, hit.from) && !ORIENTATION_END.has(after.t)) return -1;
  // a person subject right before: "il", "elle", "qui", "M. Benali"
  let s = hit.from - 1;
  for (let n = 0; n < 5 && s >= 0 && SUBJECT_SKIP.has(toks[s].t) && sameSentence(doc, s, hit.from); n++) s--;
  if (s < 0 || !sameSentence(doc, s, hit.from)) return -1;
  if (!PERSON_SUBJECTS.has(toks[s].t) && !(toks[s].k === Kind.Word && doc.isCapitalized(s) && !toks[s].first)) return -1;
  return k + 2;
}

const MALE_WORDS = set(`il lui fils frere mari pere oncle neveu cousin garcon homme grand-pere beau-pere beau-frere beau-fils compagnon
  monsieur m mr adherent ado adolescent petit-fils filleul`);
const FEMALE_WORDS = set(`elle fille soeur femme epouse mere tante niece cousine grand-mere belle-mere belle-soeur belle-fille compagne
  madame mme mlle adherente adolescente petite-fille filleule`);
const MALE_NOUNS = set('garcon homme mec gars adolescent monsieur');
const FEMALE_NOUNS = set('fille femme nana meuf adolescente demoiselle dame jeune-fille');
/** Between the verb and « comme »: "se présente désormais comme", "s'identifie aujourd'hui en tant que". */
const AS_SKIP = set("desormais maintenant aujourd'hui depuis peu clairement plutot deja toujours au lycee a l'ecole ouvertement");

/**
 * "Son fils de 17 ans se présente désormais comme une fille", "elle se définit comme un homme": the
 * subject's known gender and a noun of the other one after « comme / en tant que ». End token, or -1.
 */
function asOtherGenderEnd(doc: Doc, hit: Hit): number {
  const toks = doc.tokens;
  let k = hit.to;
  for (let n = 0; n < 3 && AS_SKIP.has(toks[k]?.t ?? '') && sameSentence(doc, k, hit.from); n++) k++;
  if (toks[k]?.t === 'comme') k++;
  else if (toks[k]?.t === 'en' && toks[k + 1]?.t === 'tant' && toks[k + 2]?.t === 'que') k += 3;
  else return -1;
  const det = toks[k]?.t;
  if (det !== 'un' && det !== 'une') return -1;
  k++;
  if (toks[k]?.t === 'jeune' || toks[k]?.t === 'petite' || toks[k]?.t === 'petit' || toks[k]?.t === 'vraie' || toks[k]?.t === 'vrai') k++;
  const noun = toks[k]?.t ?? '';
  const nounMale = MALE_NOUNS.has(noun) && det === 'un';
  const nounFemale = FEMALE_NOUNS.has(noun) && det === 'une';
  if ((!nounMale && !nounFemale) || !sameSentence(doc, k, hit.from)) return -1;
  // "une femme d'affaires", "un homme de terrain": a role, not a gender
  const nx = toks[k + 1];
  if (nx && sameSentence(doc, k + 1, hit.from) && (nx.t === 'de' || nx.t === "d'")) return -1;
  // the subject: the nearest gendered word before the verb, in the same sentence
  for (let s = hit.from - 1, n = 0; s >= 0 && n < 8 && sameSentence(doc, s, hit.from); s--, n++) {
    const w = toks[s].t;
    const male = MALE_WORDS.has(w);
    const female = FEMALE_WORDS.has(w);
    if (!male && !female) continue;
    return (male && nounFemale) || (female && nounMale) ? k + 1 : -1;
  }
  return -1;
}

/** Words after "genre" that make it a kind of work or of thing: "genre musical", "genre littéraire", "genre de film". */
const GENRE_KINDS = new Set(['musical', 'musicale', 'litteraire', 'cinematographique', 'artistique', 'theatral', 'pictural', 'journalistique', 'de', "d'", 'du', 'des']);

function accept(hit: Hit, mode: string, doc: Doc): Confidence | false {
  const toks = doc.tokens;
  const prev = hit.from > 0 && sameSentence(doc, hit.from - 1, hit.from) ? toks[hit.from - 1] : undefined;
  const next = hit.to < toks.length && sameSentence(doc, hit.to, hit.from) ? toks[hit.to] : undefined;
  const base = hit.entry.confidence ?? 'medium';
  switch (mode) {
    case 'trans': {
      // "femme trans", "personne trans", "il est trans"; not "Trans-Europe", "Trans Valbrune", "trans." (transports)
      if (next && (next.hyphen || next.t === '.')) return false;
      if (doc.isCapitalized(hit.from) && !toks[hit.from].first) return false;
      return prev && /^(personne|femme|femmes|homme|hommes|jeune|jeunes|est|etait|suis|es|etes|etre|garcon|fille|adolescent|adolescente|ado|enfant|ouvertement)$/.test(prev.t) ? 'high' : false;
    }
    case 'transition': {
      const own = (k: number) => k >= hit.from && k < hit.to;
      // "ce genre de" is not gender
      const gender = sentenceHas(doc, hit.from, GENDER, (k) => own(k) || (toks[k].t === 'genre' && /^(ce|du|quel|quelle|un|bon|mauvais|meme|tout)$/.test(toks[k - 1]?.t ?? '')));
      if (gender) return 'high';
      if (sentenceHas(doc, hit.from, CAREER, own)) return false;
      // "il a fait sa transition il y a quatre ans", "elle a entamé sa transition": a gender transition when no career word is near
      if (toks[hit.from].t === 'sa' && TRANSITION_VERBS.has(prev?.t ?? '') && sentenceHas(doc, hit.from, STRICT_PERSON, own)) return 'medium';
      if (toks[hit.from].t === 'transition' || toks[hit.from].t === 'sa') return false;
      return sentenceHas(doc, hit.from, STRICT_PERSON, own) ? 'low' : false;
    }
    case 'attribut': {
      // "il est homo", "elle est bi"; not "homo sapiens", "Bi-hebdomadaire", "un pan de mur"
      if (next && (next.hyphen || next.t === 'de' || next.t === "d'")) return false;
      if (!prev) return false;
      if (COPULA.has(prev.t) || prev.t === 'ouvertement') return base;
      // "« bi et fière »", "bi assumée": a self-label with pride
      // (not the upper-case sigle: "analyste BI et fier de son parcours" is business intelligence)
      if (next && !doc.isUpper(hit.from) && (PRIDE.has(next.t) || (next.t === 'et' && PRIDE.has(toks[hit.to + 1]?.t ?? '') && sameSentence(doc, hit.to + 1, hit.from)))) return base;
      // "il se dit bi", "elle se définit comme pan", "s'assume bi", "se revendique hétéro", "se dit « bi »"
      let k = hit.from - 1;
      if (prev.t === '«' || prev.t === '"' || prev.t === '“') k--;
      if (toks[k]?.t === 'comme' || toks[k]?.t === 'plutot') k--;
      const v = toks[k];
      const cl = toks[k - 1];
      if (v && cl && sameSentence(doc, k - 1, hit.from) && SELF_LABEL.has(v.t) && (cl.t === 'se' || cl.t === "s'")) return base;
      return false;
    }
    case 'sigle':
      // "elle est TDS", "ancienne TDS", "a été TDS"; not "la TDS" of a form or a training
      return prev && (COPULA.has(prev.t) || /^(ete|comme|ancien|ancienne|ex|en|tant)$/.test(prev.t)) ? base : false;
    case 'indirect':
      return indirectEnd(doc, hit) >= 0 ? base : false;
    case 'comme':
      return asOtherGenderEnd(doc, hit) >= 0 ? base : false;
    case 'passes': {
      // "Elle a fait des passes pendant deux ans"; not "il fait des passes décisives", a football sentence
      if (next && (BALL.has(next.t) || (next.k === Kind.Word && doc.isCapitalized(hit.to)))) return false;
      // "des passes à son coéquipier" is a ball; "des passes à Montpellier pendant deux ans" a period of the person's life
      if (next && (next.t === 'a' || next.t === 'au' || next.t === 'aux') && !sentenceHas(doc, hit.from, SEX_WORK_TIME)) return false;
      return sentenceHas(doc, hit.from, BALL, (k) => k === hit.to) ? false : base;
    }
    case 'prenom': {
      // the person's own first name: "son ancien prénom masculin", "sous son prénom de naissance"; not "Camille, prénom masculin ou féminin"
      if (!prev || !POSSESSIVE.has(prev.t)) return false;
      return base;
    }
    case 'prep':
      return doc.raw(hit.from) === 'PrEP' ? base : false;
    case 'appli':
      // "ses rencontres sur Grindr"; not "développeur chez Grindr"
      return sentenceHas(doc, hit.from, APP_JOB) ? false : base;
    case 'appli-nom':
      // "sur Hornet", "l'application Her"; not the pronoun, the name or the wasp
      if (!prev || !APP_PREV.has(prev.t) || !doc.isCapitalized(hit.from)) return false;
      return sentenceHas(doc, hit.from, APP_JOB) ? false : base;
    case 'rencontre': {
      // the person's own use: a person named and a word of use; not a job there, not a warning about scams
      const own = (k: number) => k >= hit.from && k < hit.to;
      if (sentenceHas(doc, hit.from, APP_JOB) || sentenceHas(doc, hit.from, APP_WARNING)) return false;
      if (!sentenceHas(doc, hit.from, STRICT_PERSON, own) || !sentenceHas(doc, hit.from, APP_USE, own)) return false;
      return 'medium';
    }
    case 'gay':
      if (next && next.hyphen) return false; // "gay-friendly"
      if (doc.isCapitalized(hit.from) && !toks[hit.from].first) return false; // a surname
      return base;
    default:
      // "a changé de genre musical", "changer de genre de film": a kind of art or of thing, not a gender
      if (toks[hit.to - 1].t === 'genre' && next && GENRE_KINDS.has(next.t)) return false;
      return base;
  }
}

/**
 * "Elle est lesbienne et souhaite…" → "Elle souhaite…": with a copula before and "et" + verb
 * after, the attribute can go without rewriting the sentence.
 */
function copulaRemoval(doc: Doc, text: string, from: number, to: number): Fix[] {
  const toks = doc.tokens;
  const cop = toks[from - 1];
  const et = toks[to];
  const after = toks[to + 1];
  if (!cop || !et || !after || !COPULA.has(cop.t) || et.t !== 'et' || after.k !== Kind.Word) return [];
  if (!sameSentence(doc, from - 1, to + 1)) return [];
  const [s] = doc.tokRange(from - 1, from);
  const [e] = doc.tokRange(to + 1, to + 2);
  return [{ start: s, end: e, replacement: '', label: 'Retirer la mention' }];
}

export default defineRule({
  id: 'vie-sexuelle',
  meta: {
    description: 'Orientation sexuelle, vie sexuelle, identité de genre ou transition, travail du sexe.',
    category: 'vie-sexuelle',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9.1', 'Code pénal art. 226-19 (identité de genre)', 'Code du travail art. L1132-1', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    orientation: "Orientation ou vie sexuelle (« {terme} ») : information sans rapport avec l'accompagnement, à retirer.",
    identite: "Identité de genre ou transition (« {terme} ») : à retirer ; si un prénom d'usage doit être utilisé, indiquez seulement ce prénom.",
    'travail-sexe': "Activité liée à la vie sexuelle (« {terme} ») : à retirer ; décrivez au besoin le parcours en termes d'emploi (période sans activité déclarée, accompagnement associatif).",
  },
  explanation:
    "L'orientation sexuelle, la vie sexuelle et l'identité de genre sont des catégories particulières (RGPD art. 9, Code pénal art. 226-19) et des motifs de discrimination (Code du travail L1132-1). " +
    "La personne peut lire ce compte rendu (droit d'accès, RGPD art. 15) et il peut être transmis à des partenaires : ces informations n'y ont pas leur place. " +
    "Supprimez la mention ; si elle explique une contrainte, écrivez la contrainte (« a quitté son poste en raison d'un climat de travail dégradé », « prénom d'usage : Camille »).",
  lexicon: VIE_SEXUELLE_LEXICON,
  check(ctx: RuleContext) {
    const { doc, text } = ctx;
    const toks = doc.tokens;
    const found: Array<{ from: number; to: number; messageId: string; confidence: Confidence; weak?: boolean }> = [];
    for (const hit of ctx.hits) {
      const [family, mode = ''] = (hit.entry.tag ?? 'orientation').split(':');
      if (family === 'bloc') continue;
      if (!entryAccepts(hit, ctx, false, false)) continue;
      // sex work is a job: "a travaillé dans l'escorting" is the person's own activity, not a frame
      const ownWork = family === 'travail-sexe' && workedIn(doc, hit.from);
      if ((!ownWork && inFrameOutsideIdiom(doc, hit.from)) || genericPublic(doc, hit.from) || absent(doc, hit.from) || absentAfter(doc, hit.to)) continue;
      // a partner of the subject's own gender: the finding runs from the couple verb to the partner
      if (mode === 'nom') {
        const e = namedSameGender(doc, hit);
        if (e >= 0) found.push({ from: hit.from, to: e, messageId: family, confidence: 'medium' });
        continue;
      }
      if (mode === 'couple') {
        const s = sameGenderPartner(doc, hit.from, hit.to);
        // « un autre chauffeur »: the noun after « un autre » ends the phrase
        if (s >= 0) {
          let to = hit.to;
          if (hit.entry.lemma === 'un autre') { to++; while (toks[to]?.hyphen && toks[to].sn === toks[hit.from].sn) to++; }
          found.push({ from: s, to, messageId: family, confidence: 'medium' });
          continue;
        }
        if (hit.entry.lemma === 'un autre') continue;
        // "la femme avec qui elle vit en couple", "l'homme qu'il a épousé": the relative clause gives the subject
        const e = relativePartner(doc, hit.from, hit.to);
        const det = toks[hit.from - 1];
        if (e >= 0) found.push({ from: det && det.sn === toks[hit.from].sn && PARTNER_DETS.has(det.t) ? hit.from - 1 : hit.from, to: e, messageId: family, confidence: 'medium' });
        continue;
      }
      // concepts in a policy sentence ("critères de discrimination : origine, orientation sexuelle…")
      if (CONCEPTS.has(hit.entry.lemma) && !POSSESSIVE.has(toks[hit.from - 1]?.t ?? '') && sentenceHas(doc, hit.from, POLICY)) continue;
      // "Ford Escort", "rue Gay-Lussac": a capitalised single word inside a sentence is a name
      // ("PrEP", "OnlyFans" keep a capital inside the word: brand spellings, not names)
      if (hit.to - hit.from === 1 && doc.isCapitalized(hit.from) && !doc.isUpper(hit.from) && !toks[hit.from].first && !UPPER_INSIDE.test(doc.raw(hit.from).slice(1)) && !mode.startsWith('appli') && mode !== 'rencontre') continue;
      // "gay-friendly", "LGBT-friendly": a label of the employer
      if (toks[hit.to]?.t === 'friendly') continue;
      // "propos homophobes": about the person only as a target ("a subi", "victime de"), not as the speaker
      if (hit.entry.lemma === 'homophobe' && !sentenceHas(doc, hit.from, VICTIM)) continue;
      // "la lutte contre la prostitution", "une réunion sur la prostitution et la traite": a cause or a topic, not the person's life
      if (family === 'travail-sexe' && topicOfSexWork(doc, hit.from)) continue;
      if (topicOfWork(doc, hit.from)) continue;
      const verdict = accept(hit, mode, doc);
      if (!verdict) continue;
      const linked = sentenceHas(doc, hit.from, STRICT_PERSON, (k) => k >= hit.from && k < hit.to);
      let to = mode === 'indirect' ? indirectEnd(doc, hit) : mode === 'comme' ? asOtherGenderEnd(doc, hit) : hit.to;
      let from = hit.from;
      let weak = false;
      if (mode === 'prenom') {
        from--; // "Son ancien prénom masculin": the possessive opens the phrase
        if (/^(masculin|feminin)$/.test(toks[to]?.t ?? '') && sameSentence(doc, to, hit.from)) to++;
        // a bare "son ancien prénom" only echoes a transition stated in the same sentence (reported there)
        weak = !/(masculin|feminin)$/.test(toks[to - 1].t);
      }
      found.push({ from, to, messageId: family, confidence: verdict === 'low' ? 'low' : linked ? 'high' : verdict, weak });
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    let reach = -1;
    for (const c of found) {
      if (c.from < reach) continue;
      if (c.weak && found.some((o) => o !== c && !o.weak && sameSentence(doc, o.from, c.from))) continue;
      reach = c.to;
      const [start, end] = doc.tokRange(c.from, c.to);
      ctx.report({ start, end, messageId: c.messageId, data: { terme: text.slice(start, end) }, confidence: c.confidence, fixes: copulaRemoval(doc, text, c.from, c.to) });
    }
  },
});
