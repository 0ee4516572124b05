/**
 * `genetique-biometrie`: genetic data (tests, predisposition, carrier status, hereditary or
 * chromosomal disease, paternity test) and the person's own biometric data (fingerprints, voice
 * print, enrolled face). TAXONOMY.md §3.1 `donnees-genetiques-biometriques`, RGPD art. 4.13, 4.14
 * and 9. Not findings: genetics as a job field ("technicien de laboratoire en génétique"), a
 * workplace system described generically ("pointeuse biométrique", "fabricant de lecteurs
 * biométriques"), an ID photo, "l'ADN de l'entreprise".
 */
import { defineRule, type RuleContext } from '../lib/lint/rule.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Doc } from '../lib/lint/document.ts';
import type { Confidence } from '../lib/lint/types.ts';
import { sentence } from '../lib/lint/context.ts';
import { GENETIQUE_LEXICON } from './lexicons/genetique.ts';
import { POSSESSIVE, STRICT_PERSON, absent, absentAfter, extendRight, genericPublic } from './shared/art9.ts';
import { inFrameOutsideIdiom, ownTrait } from './shared/art9-extra.ts';
import { sentenceHas, studyFrame } from './shared/sante-extra.ts';
import { Kind } from '../lib/lint/tokenize.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs of collecting someone's biometric data. */
const COLLECT = set(`releve relevee releves relevees relever enregistre enregistree enregistres enregistrees enregistrer preleve prelevee
  preleves prelevees prelever prise prises pris prendre collecte collectee collectees collecter fiche fichee fiches fichees scanne scannee
  scannes scannees scanner numerise numerisee stocke stockee stockees conserve conservee conservees transmis transmise transmises
  demande demandee demandees capture capturee enrole enrolee enroler donner donne donnees fournir fourni fournie refuse refuser refusait
  pointait pointe pointer pointais deverrouille deverrouillait deverrouiller identifie identifiait identifier authentifie authentifiait
  authentifier accede accedait acceder badgeait verifie verifiee verifier verifiait controle controlee controler controlait`);
/** A system described generically or as an IT project: "la pointeuse biométrique", "un lecteur d'empreintes", "déploiement […] chez un client". */
const SYSTEM = set(`systeme systemes dispositif dispositifs lecteur lecteurs pointeuse pointeuses logiciel logiciels technologie technologies
  solution solutions fabricant fabricants camera cameras borne bornes terminal terminaux badgeuse badgeuses portique portiques serrure
  serrures securite installateur installation maintenance
  deploiement deploye deployee deployer integration integrateur integratrice integrer client clients projet projets prestataire editeur
  conformite`);
/**
 * Administrative procedures where the accompanied person's own biometrics are taken: "enrôlement
 * biométrique fait en préfecture pour le renouvellement du titre", "prise d'empreintes au consulat".
 */
const ADMIN = set(`prefecture sous-prefecture consulat ambassade ants ofii guichet titre titres sejour passeport passeports visa visas
  renouvellement renouveler naturalisation identite recepisse`);
/** Workplaces of a genetics lab: "plateau de génotypage", "plateforme de séquençage", "équipe de génétique". */
const WORKPLACE = set(`plateau plateaux plateforme plateformes departement departements equipe equipes animalerie salle salles
  genopole core facility`);
const WORK_SKIP = set(`de d' du des la le l' en`);
/** Institutions named after a technique: "génotypage de l'Institut Claudius-Regaud", "séquençage du CHU". */
const INSTITUTIONS = set(`institut laboratoire labo laboratoires chu chru hopital centre universite faculte inserm cnrs inrae genopole
  plateforme plateau departement`);

/** Genetics as a workplace or a job field: "au plateau de génotypage de l'Institut …". */
function geneticsWorkplace(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1, n = 0; n < 4 && k >= 0 && sameSentence(doc, k, from); k--, n++) {
    if (WORKPLACE.has(toks[k].t)) return true;
    if (!WORK_SKIP.has(toks[k].t)) break;
  }
  // "génotypage de l'Institut …", "séquençage du CHU": a technique named by its institution, not a person's test
  const prev = toks[from - 1];
  if (prev && sameSentence(doc, from - 1, from) && POSSESSIVE.has(prev.t)) return false;
  let k = to;
  while (k < to + 3 && toks[k] && sameSentence(doc, k, from) && WORK_SKIP.has(toks[k].t)) k++;
  if (!(k > to && !!toks[k] && sameSentence(doc, k, from) && INSTITUTIONS.has(toks[k].t))) return false;
  // "le génotypage du CHU a confirmé sa prédisposition" is still the person's test
  const [a, b] = sentence(doc, from);
  for (let j = a; j < b; j++) if (STRICT_PERSON.has(toks[j].t)) return false;
  return true;
}

/**
 * Words of laboratory work in the sentence of a laboratory technique ("séquençage d'exome", "analyse génomique"): the technique
 * is the person's job or training ("pendant son stage au laboratoire", "analyse génomique des bactéries"), not their own test.
 */
const LAB_WORK = set(`stage stages stagiaire poste postes alternance alternant alternante cdd cdi emploi mission missions travaille travaillait
  bioinformaticien bioinformaticienne bioinformatique technicien technicienne techniciens ingenieur ingenieure chercheur chercheuse doctorant
  doctorante these postdoc post-doc manipulations echantillons bacteries bacterie plantes souris cellules virus souches levures
  recruteur recruteuse recruteurs experience competence competences master licence diplome diplomee offre offres candidature candidatures`);
function labWork(doc: Doc, from: number): boolean {
  const [a, b] = sentence(doc, from);
  for (let k = a; k < b; k++) if (LAB_WORK.has(doc.tokens[k].t)) return true;
  return false;
}

/** First words of a laboratory technique or a hospital department, which may be a job's tasks: "séquençage ADN", "service de génétique". */
const TECHNIQUE_HEADS = set(`sequencage genotypage service services unite analyse analyses puce puces`);
/** Words of the person's own care or result: "reçue au service de génétique", "le séquençage a confirmé sa prédisposition". */
const CARE_WORDS = set(`recu recue suivi suivie suivis consulte consultee consultation rendez-vous rdv resultat resultats porteur porteuse
  predisposition diagnostic diagnostique diagnostiquee confirme confirmee revele revelee adresse adressee oriente orientee convoque convoquee
  attente attend`);
function careSentence(doc: Doc, from: number): boolean {
  const [a, b] = sentence(doc, from);
  for (let k = a; k < b; k++) if (CARE_WORDS.has(doc.tokens[k].t)) return true;
  return false;
}
/** A possessive inside the term: "séquençage de son ADN", "analyse de ses gènes". */
function ownedWithin(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (POSSESSIVE.has(doc.tokens[k].t)) return true;
  return false;
}

/** Verbs of enrolling a trait: "enregistrer son visage sur la borne", "a fait scanner ses empreintes". */
const CAPTURE_VERBS = set(`enregistrer enregistre enregistree enregistrait scanner scanne scannee numeriser numerise numerisee capturer capture
  capturee photographier enroler enrole enrolee relever releve relevee`);
/** Verbs of handing over a trait, said only of prints and eyes ("donner son iris", not "prendre son visage entre ses mains"). */
const GIVE_VERBS = set(`donner donne donnee fournir fourni fournie prendre pris prise`);
const GIVEN_TRAITS = set(`iris retine empreinte empreintes`);
/** Words of a list of traits between the verb and the trait: "donner ses empreintes et son iris". */
const TRAIT_LIST = set(`et , ses son sa leur leurs digitale digitales empreinte empreintes visage iris retine doigt doigts pouce paume veines`);
/** Traits that only identification captures (not the voice of a voice-over, nor a hand). */
const ID_TRAITS = set(`visage iris retine empreinte empreintes doigt doigts pouce paume veines`);
/** "enregistrer son visage", "scanner son iris": a capture verb right before the possessive and an identifying trait. */
function capturedTrait(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  if (!ID_TRAITS.has(toks[from].t) || !POSSESSIVE.has(toks[from - 1]?.t ?? '')) return null;
  // the verb right before, or before a list of traits ("a dû donner ses empreintes digitales et son iris")
  let at = from - 2;
  while (at > from - 8 && at >= 0 && sameSentence(doc, at, from) && TRAIT_LIST.has(toks[at].t)) at--;
  const v = toks[at];
  if (!v || !sameSentence(doc, at, from) || !(CAPTURE_VERBS.has(v.t) || (GIVE_VERBS.has(v.t) && GIVEN_TRAITS.has(toks[from].t)))) return null;
  // "son visage dans une vidéo de présentation": filmed, not enrolled
  const [a, b] = sentence(doc, from);
  for (let k = a; k < b; k++) if (FILMED.has(toks[k].t)) return null;
  return [at === from - 2 ? at : from - 1, to];
}
const FILMED = set(`video videos film filme filmee tournage photo photos selfie youtube linkedin tiktok instagram presentation podcast cv portrait casting`);

/** Who the data belongs to, after the term: "empreintes digitales de l'adhérent". */
const OWNER_AFTER = set(`adherent adherente beneficiaire monsieur madame m mme interesse interessee candidat candidate`);

const sameSentence = (doc: Doc, a: number, b: number) => doc.tokens[a]?.sn === doc.tokens[b]?.sn;

/** Words that cannot be the noun qualified by "héréditaire" ("c'est héréditaire", "son caractère est"). */
const NOT_NOUN = set(`est sont etait etaient serait sera c' ce cela ca pas plus tres bien aussi un une le la les l' de du des d' son sa ses leur
  leurs mon ma mes et ou qui que a au aux en`);
const NOUN_LINKS = set(`du de des d' la l'`);
const COPULA = set(`est sont etait etaient serait`);
/**
 * "un diabète héréditaire", "un cancer du sein héréditaire", "sa surdité est héréditaire": the disease
 * before the qualifier is part of the genetic finding. Reaches back over one noun, and over "du sein" /
 * "de la rétine".
 */
function qualifiedNoun(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const noun = (k: number) => k >= 0 && sameSentence(doc, k, from) && toks[k].k === Kind.Word && !NOT_NOUN.has(toks[k].t);
  // "sa surdité est héréditaire": the subject of the copula
  const copula = COPULA.has(toks[from - 1]?.t ?? '') && sameSentence(doc, from - 1, from) ? 1 : 0;
  if (!noun(from - 1 - copula)) return from;
  let start = from - 1 - copula;
  // "cancer du sein", "dégénérescence de la rétine"
  let k = start - 1;
  while (k >= 0 && k > start - 3 && sameSentence(doc, k, from) && NOUN_LINKS.has(toks[k].t)) k--;
  if (k < start - 1 && noun(k)) start = k;
  return start;
}

/** Determiners of the masculine « gène » (« la gêne » is feminine). */
const GENE_DETS = set(`le un du ce au les des ses son leur ces`);
/** Words that make « le gène de … » a genetic test or status, not a figure of speech ("il a le gène du commerce"). */
const SCREENING = set(`depiste depistee depistes depistees depistage depistages teste testee testes testees test tests analyse analyses
  recherche porteur porteuse porteurs porteuses mutation mutations positif positive positifs negatif negative sequencage genetique
  genetiques hereditaire hereditaires maladie transmis transmise diagnostique diagnostiquee`);
/** Verbs of screening before « pour / du » + the gene: "dépistés pour le gène", "testée pour les gènes". */
const SCREEN_VERBS = set(`depiste depistee depistes depistees teste testee testes testees analyse analyses recherche depistage test tests`);

/** "dépistés pour le gène de l'hémochromatose", "le gène de la myopathie": [start, end] or null. */
function geneSpan(doc: Doc, hit: Hit): [number, number] | null {
  const toks = doc.tokens;
  if (/ê/i.test(doc.raw(hit.from))) return null;
  const d = hit.from - 1;
  if (!toks[d] || !sameSentence(doc, d, hit.from) || !GENE_DETS.has(toks[d].t)) return null;
  let k = hit.to;
  const at = (j: number) => (toks[j] && sameSentence(doc, j, hit.from) ? toks[j].t : '');
  if (!/^(de|du|des|d')$/.test(at(k))) return null;
  k++;
  if (/^(la|l'|le)$/.test(at(k))) k++;
  if (!toks[k] || toks[k].k !== Kind.Word || !sameSentence(doc, k, hit.from)) return null;
  const [a, b] = sentence(doc, hit.from);
  let screening = false;
  for (let j = a; j < b && !screening; j++) if ((j < d || j > k) && SCREENING.has(toks[j].t)) screening = true;
  if (!screening) return null;
  let start = d;
  if ((at(d - 1) === 'pour' || at(d - 1) === 'de') && SCREEN_VERBS.has(at(d - 2))) start = d - 2;
  return [start, k + 1];
}

/** Copulas before a bare carrier status: "elle est porteuse", "savoir s'il serait porteur". */
const CARRIER_COPULA = set('est sont etait serait seraient soit soient etre sois suis es');
/** Words of a test or an inherited disease in the sentence of a bare carrier status. */
const CARRIER_TEST = set(`sang prise prelevement test tests teste testee testes depistage depister depiste depistee analyse analyses resultat
  resultats gene genes genetique genetiques hereditaire hereditaires maladie transmettre transmis transmise transmission mutation
  conseil chromosome chromosomes myopathe myopathie hemophilie mucoviscidose drepanocytose huntington`);
/** Words that may follow a bare carrier status: "elle est porteuse, comme sa mère", "porteuse ou non". */
const CARRIER_NEXT = set('ou et elle lui aussi egalement comme non mais');
/** "savoir si elle est porteuse", "elle est porteuse, comme sa mère": an attribute with no complement, in a sentence about a test. */
function bareCarrier(doc: Doc, hit: Hit): boolean {
  const toks = doc.tokens;
  const prev = toks[hit.from - 1];
  if (!prev || !sameSentence(doc, hit.from - 1, hit.from) || !CARRIER_COPULA.has(prev.t)) return false;
  const next = toks[hit.to];
  if (next && sameSentence(doc, hit.to, hit.from) && next.k === Kind.Word && !CARRIER_NEXT.has(next.t)) return false;
  const [a, b] = sentence(doc, hit.from);
  for (let k = a; k < b; k++) if ((k < hit.from - 1 || k >= hit.to) && CARRIER_TEST.has(toks[k].t)) return true;
  return false;
}

/** Animals, breeders and vets, wild species, plants and microbes: the genetics of a herd, a fish stock or a crop is no one's personal data. */
const ANIMAL_WORDS = set(`chien chiens chienne chiennes chiot chiots chat chats chaton chatons cheval chevaux poulain poulains jument juments
  equin equine equins equines bovin bovins vache vaches veau veaux taureau taureaux brebis mouton moutons ovin ovins porc porcs truie truies
  volaille volailles cheptel troupeau troupeaux elevage elevages eleveur eleveurs eleveuse eleveuses animal animaux betes race races
  veterinaire veterinaires veto canin canine felin feline bergers berger etalon etalons saillie reproducteurs reproducteur
  poisson poissons`);
/**
 * Wild species, plants and microbes count only as what the genetics is done on, a few words after it ("analyses ADN sur les
 * stocks de poissons", "séquençage des bactéries") — not "une espèce de maladie génétique" nor a plant elsewhere in the sentence.
 */
const SPECIES_WORDS = set(`espece especes faune flore plante plantes vegetaux vegetal semence semences arbre arbres coquillages huitres crustaces
  oiseaux abeilles insectes bacteries bacterie microbes microbe souches virus levures algues viande viandes fromage fromages vin vins lait
  aliments denrees produits bois`);
/** Links and purposes between the genetics and its object: "test ADN pour contrôler l'origine des viandes". */
const SPECIES_LINKS = set(`de d' du des sur les la le l' stocks stock lots lot echantillons echantillon populations population varietes
  pour controler verifier tracer qualite origine authenticite tracabilite`);
function speciesAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  for (let k = to; k < Math.min(toks.length, to + 7) && sameSentence(doc, k, to - 1); k++) {
    if (SPECIES_WORDS.has(toks[k].t)) return true;
    if (!SPECIES_LINKS.has(toks[k].t)) return false;
  }
  return false;
}
const INDEF = /^(un|une)$/;
const HAS_IT = /^(a|avait|ai|eu|fait|souffre|atteint|atteinte)$/;
function animalGenetics(doc: Doc, from: number, to: number): boolean {
  if (speciesAfter(doc, to)) return true;
  if (!sentenceHas(doc, from, ANIMAL_WORDS)) return false;
  const toks = doc.tokens;
  if (POSSESSIVE.has(toks[from - 1]?.t ?? '')) return false;
  // "elle a une maladie héréditaire et travaille dans un élevage": the person's own
  if (INDEF.test(toks[from - 1]?.t ?? '') && HAS_IT.test(toks[from - 2]?.t ?? '')) return false;
  return true;
}

/** Biometric terms count only for the person's own data. */
function ownBiometric(hit: Hit, doc: Doc): boolean {
  const toks = doc.tokens;
  const prev = toks[hit.from - 1];
  // bare "ses empreintes" is also a mark left on a work ("ses empreintes sont visibles dans tout le projet"):
  // it needs a collecting or an administrative word in the sentence ("a refusé de donner ses empreintes")
  const owned = !!prev && sameSentence(doc, hit.from - 1, hit.from) && POSSESSIVE.has(prev.t);
  const bare = hit.to - hit.from === 1 && /^empreintes?$/.test(toks[hit.from].t);
  if (owned && !bare) return true;
  // "la géométrie de sa main", "le scan de son iris": the possessive inside the term makes it the person's, even for a time clock
  for (let k = hit.from + 1; k < hit.to; k++) if (POSSESSIVE.has(toks[k].t)) return true;
  // "les empreintes digitales de l'adhérente"
  for (let k = hit.to; k < Math.min(toks.length, hit.to + 3); k++) if (sameSentence(doc, k, hit.from) && OWNER_AFTER.has(toks[k].t)) return true;
  const [a, b] = sentence(doc, hit.from);
  let collect = false, person = false, admin = false;
  for (let k = a; k < b; k++) {
    if (k >= hit.from && k < hit.to) continue;
    const t = toks[k].t;
    if (SYSTEM.has(t) && Math.abs(k - hit.from) <= 6) return false;
    if (COLLECT.has(t)) collect = true;
    if (STRICT_PERSON.has(t)) person = true;
    if (ADMIN.has(t)) admin = true;
  }
  // an enrolment or a fingerprinting for the person's own papers: "enrôlement biométrique fait en préfecture"
  if (admin && /^(enrolement|enregistrement|releve|releves|prise|empreinte|empreintes|donnees|donnee)$/.test(toks[hit.from].t)) return true;
  if (owned) return collect || admin;
  return collect && person;
}

/** Bare qualifiers that restate a genetic finding of the same sentence: "…, forme héréditaire transmise par son père". */
/** Words "héréditaire" may qualify without naming a disease: "forme héréditaire", "(la maladie de) sa mère est héréditaire". */
const BARE_HOLDERS = new Set(`forme formes origine cause nature caractere composante hereditaire hereditaires mere pere parents frere soeur famille fils fille
  grand-mere grand-pere oncle tante cousin cousine`.split(/\s+/));
const RESTATING = new Set(['héréditaire', 'forme génétique', 'origine génétique', 'cause génétique', 'caractère génétique', 'composante génétique', 'transmission génétique']);

export default defineRule({
  id: 'genetique-biometrie',
  meta: {
    description: "Donnée génétique (test, prédisposition, maladie héréditaire, statut de porteur) ou biométrique de la personne (empreintes, voix, visage enregistré).",
    category: 'genetique-biometrie',
    severity: 'error',
    fixable: false,
    references: ['RGPD art. 4.13, 4.14 et 9.1', 'Loi Informatique et Libertés art. 6', 'Code civil art. 16-10 (examen des caractéristiques génétiques)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    genetique: "Donnée génétique (« {terme} ») : à retirer du compte rendu ; si elle a une conséquence pour le parcours, décrivez seulement la contrainte (disponibilité, type de poste).",
    biometrie: "Donnée biométrique de la personne (« {terme} ») : à retirer ; parlez au besoin des modalités (contrôle d'accès, pointage), pas de la donnée.",
  },
  explanation:
    "Les données génétiques et biométriques sont des catégories particulières (RGPD art. 9) ; l'examen des caractéristiques génétiques n'est permis qu'à des fins médicales ou de recherche (Code civil art. 16-10), et la personne peut lire ce compte rendu (droit d'accès, RGPD art. 15). " +
    "Un conseiller n'a pas à connaître un test, une prédisposition ou des empreintes : supprimez la mention, ou écrivez la conséquence pour le parcours (« contraintes de disponibilité ponctuelles, connues à l'avance », « a décliné le poste en raison des modalités de contrôle d'accès »).",
  lexicon: GENETIQUE_LEXICON,
  check(ctx: RuleContext) {
    const { doc, text } = ctx;
    const toks = doc.tokens;
    const found: Array<{ from: number; to: number; messageId: string; confidence: Confidence; trait?: boolean; hereditary?: boolean }> = [];
    for (const hit of ctx.hits) {
      const [family, mode = ''] = (hit.entry.tag ?? 'genetique').split(':');
      if (family === 'bloc') continue;
      if (!entryAccepts(hit, ctx, false, false)) continue;
      if (inFrameOutsideIdiom(doc, hit.from) || genericPublic(doc, hit.from) || absent(doc, hit.from) || absentAfter(doc, hit.to)) continue;
      // a research topic ("un laboratoire qui étudie la mucoviscidose")
      if (family === 'genetique' && studyFrame(doc, hit.from)) continue;
      if (family === 'genetique' && geneticsWorkplace(doc, hit.from, hit.to)) continue;
      // "tests de paternité des poulains", "tests ADN de filiation pour des éleveurs": animal genetics, unless "son ADN"
      if (family === 'genetique' && animalGenetics(doc, hit.from, hit.to)) continue;
      // "séquençage d'exome pendant son stage", "analyse génomique des bactéries": laboratory work, unless "son génome"
      if ((hit.entry.lemma === 'exome' || hit.entry.lemma === 'caryotype') && !POSSESSIVE.has(toks[hit.from].t) && !POSSESSIVE.has(toks[hit.from - 1]?.t ?? '') && labWork(doc, hit.from)) continue;
      // "il travaille au laboratoire : séquençage ADN pour le service de génétique": a technique or a department as the job's tasks
      if (TECHNIQUE_HEADS.has(toks[hit.from].t) && !POSSESSIVE.has(toks[hit.from - 1]?.t ?? '') && !ownedWithin(doc, hit.from, hit.to) && labWork(doc, hit.from) && !careSentence(doc, hit.from)) continue;
      if (mode === 'personne' && !ownBiometric(hit, doc)) continue;
      if (mode === 'trait') {
        // "scan de son iris", "son visage a été enregistré pour le pointage"; not "sa voix porte bien"
        const r = ownTrait(doc, hit.from, hit.to) ?? capturedTrait(doc, hit.from, hit.to);
        if (r) found.push({ from: r[0], to: r[1], messageId: 'biometrie', confidence: 'high', trait: true });
        continue;
      }
      if (mode === 'porteur' && !bareCarrier(doc, hit)) continue;
      if (mode === 'gene') {
        const r = geneSpan(doc, hit);
        if (r) found.push({ from: r[0], to: r[1], messageId: 'genetique', confidence: 'high' });
        continue;
      }
      if (mode === 'hla') {
        // "typage HLA DQB1*06:02 positif": the allele written after the marker and its result belong to it
        let k = hit.to;
        while (k < toks.length && k < hit.to + 8 && sameSentence(doc, k, hit.from) && (toks[k].t === '*' || toks[k].t === ':' || toks[k].t === '-' || /^[a-z]{0,4}\d+[a-z]?\d*$/.test(toks[k].t)) && (toks[k].k !== Kind.Punct || /^[a-z]{0,4}\d/.test(toks[k + 1]?.t ?? ''))) k++;
        if (k < toks.length && sameSentence(doc, k, hit.from) && /^(positif|positive|negatif|negative)$/.test(toks[k].t)) k++;
        found.push({ from: hit.from, to: k, messageId: 'genetique', confidence: 'high' });
        continue;
      }
      if (mode === 'spec') {
        // "a consulté un généticien", "son généticien"; not "métier de généticien"
        const prev = toks[hit.from - 1];
        const care = /^(consulte|consulter|vu|voit|suivi|suivie|chez|rendez-vous|rdv|oriente|orientee|adresse|adressee)$/;
        let ok = !!prev && POSSESSIVE.has(prev.t);
        for (let k = hit.from - 1; k >= Math.max(0, hit.from - 4) && !ok; k--) if (sameSentence(doc, k, hit.from) && care.test(toks[k].t)) ok = true;
        // "le généticien l'a reçue", "la généticienne le suit depuis 2020"
        const seen = /^(recu|recue|vu|vue|suit|suivi|suivie|convoque|convoquee|examine|examinee|reverra|revoit|rappele|rappelee)$/;
        for (let k = hit.to; k < Math.min(toks.length, hit.to + 4) && !ok; k++) if (sameSentence(doc, k, hit.from) && seen.test(toks[k].t)) ok = true;
        if (!ok) continue;
      }
      let linked = false;
      for (let k = Math.max(0, hit.from - 8); k < Math.min(toks.length, hit.to + 6); k++) if (sameSentence(doc, k, hit.from) && STRICT_PERSON.has(toks[k].t)) linked = true;
      const from = hit.entry.lemma === 'héréditaire' ? qualifiedNoun(doc, hit.from) : hit.from;
      found.push({ from, to: extendRight(doc, hit.to), messageId: family === 'biometrie' ? 'biometrie' : 'genetique', confidence: linked ? 'high' : (hit.entry.confidence ?? 'medium'), hereditary: RESTATING.has(hit.entry.lemma) && (hit.entry.lemma !== 'héréditaire' || BARE_HOLDERS.has(toks[from].t)) });
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    // "une maladie de Charcot-Marie-Tooth, forme héréditaire transmise par son père": a bare "héréditaire" beside
    // another genetic finding of the sentence restates it (one finding per phrase)
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i];
      if (!c.hereditary) continue;
      if (found.some((o) => o !== c && !o.hereditary && o.messageId === 'genetique' && sameSentence(doc, o.from, c.from))) found.splice(i, 1);
    }
    let reach = -1;
    let lastBio = -1;
    for (const c of found) {
      if (c.from < reach) continue;
      // "Enrôlement biométrique (empreintes + photo)": the detail in brackets is the same datum
      if (c.messageId === 'biometrie' && lastBio >= 0 && sameSentence(doc, lastBio, c.from) && c.from - lastBio <= 4) continue;
      // "enregistrer son visage pour la reconnaissance faciale": one datum, reported once by its named technique
      if (c.trait && found.some((o) => !o.trait && o.messageId === 'biometrie' && toks[o.from].sn === toks[c.from].sn)) continue;
      reach = c.to;
      if (c.messageId === 'biometrie') lastBio = c.to;
      const [start, end] = doc.tokRange(c.from, c.to);
      ctx.report({ start, end, messageId: c.messageId, data: { terme: text.slice(start, end) }, confidence: c.confidence, fixes: [] });
    }
  },
});
