/**
 * `handicap-statut`: administrative statuses and schemes that reveal a disability, a long-term
 * illness, a sick leave or an unfitness (RQTH, AAH, MDPH, ALD, invalidité, arrêt maladie, inapte,
 * temps partiel thérapeutique, accident du travail, Cap emploi, Agefiph, ESAT…). TAXONOMY.md §3.1
 * `handicap-statut`. Category `sante` (eval/README.md), severity `warning`: counsellors may need
 * the status to open rights, but only when necessary, agreed, and preferably in the dedicated field.
 * The cause (the pathology) is `sante`'s business and stays an error.
 */
import { defineRule, removalFix, replaceFix, type RuleContext } from '../lib/lint/rule.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import type { Confidence, Fix } from '../lib/lint/types.ts';
import { HANDICAP_LEXICON } from './lexicons/handicap.ts';
import { STRICT_PERSON, absent, absentAfter, extendRight, genericPublic, inFrame, neutralFix, type NounPhrase } from './shared/art9.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import type { Doc } from '../lib/lint/document.ts';
import { employerSubject, negatedObject, othersFrame, sentenceHas, topicFrame } from './shared/sante-extra.ts';
import { sentence } from '../lib/lint/context.ts';

/** Sheltered or adapted work: working there is the person's status, unless a job title says otherwise. */
const SHELTERED = new Set(['ESAT', 'établissement et service d’aide par le travail']);
const JOB_TITLES = new Set(`comme tant moniteur monitrice educateur educatrice directeur directrice chef cheffe responsable comptable
  secretaire poste postes recrute recrutement offre offres candidature postule postuler encadrant encadrante technicien technicienne
  psychologue infirmier infirmiere assistant assistante stage stagiaire encadrer encadrement`.split(/\s+/));
const PERSON_WORDS = new Set(['il', 'elle', 'je', "j'", 'adherent', 'adherente', 'beneficiaire', 'monsieur', 'madame', 'mme', 'm', 'son', 'sa', 'fils', 'fille', 'frere', 'soeur']);
const REPLACING = new Set(['remplace', 'remplacee', 'remplacer', 'remplacait', 'remplacement', 'remplacements']);
const COLLEAGUE = new Set(['collegue', 'salarie', 'salariee', 'titulaire', 'agent', 'agente', 'personne', 'employe', 'employee']);
/** School staff: in their sentence, school schemes and the MDPH are the pupils' ("AESH depuis quatre ans en ULIS"). */
const SCHOOL_STAFF = new Set(`aesh avs atsem accompagnante accompagnant enseignant enseignante enseignants professeur professeure professeurs
  instituteur institutrice referent referente cpe`.split(/\s+/));
/** The person's own schooling or orientation, which keeps a scheme personal beside staff words. */
const OWN_SCHOOLING = new Set(`scolarite scolarise scolarisee scolarises scolarisees oriente orientee orientation notification notifie notifiee
  fils fille enfant beneficie beneficiait`.split(/\s+/));
/** Pupils served by the staff: "elle accompagne des élèves autistes". */
const PUPILS = new Set(['eleves', 'enfants', 'collegiens', 'lyceens', 'ecoliers']);
/** "AESH depuis 2019", "poste d'AESH", "comme AESH": the job, not a pupil's aid. */
const STAFF_BEFORE = new Set(['comme', 'tant', 'est', 'etait', 'suis', 'etes', 'es', 'devenu', 'devenue', 'ancien', 'ancienne', 'travaille', 'travaillait']);
const STAFF_NOUNS = new Set(['poste', 'postes', 'metier', 'emploi', 'contrat', 'formation', 'fonction', 'fonctions', 'diplome', 'job', 'mission']);
function staffSense(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const p = toks[from - 1];
  if (sentenceHas(doc, from, OWN_SCHOOLING)) return false;
  if (p && p.sn === sn && (STAFF_BEFORE.has(p.t) || (p.t === "d'" && STAFF_NOUNS.has(toks[from - 2]?.t ?? '')))) return true;
  return sentenceHas(doc, from, PUPILS);
}
const RATE = new Set(['%', 'pourcent', 'pourcentage', 'taux', 'quota', 'proportion', 'part']);
function rateBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === toks[from].sn; k--) if (RATE.has(toks[k].t)) return true;
  return false;
}
/** "RQTH : ☐ oui ☒ non": a form whose ticked box says no (only read when the text has a ticked box). */
function tickedNo(text: string, end: number): boolean {
  const eol = text.indexOf('\n', end);
  const line = text.slice(end, eol < 0 ? Math.min(text.length, end + 40) : Math.min(eol, end + 40)).replace(/\[[xX]\]/g, '☒');
  const box = line.indexOf('☒');
  return box >= 0 && /^☒\s*(?:non|no)\b/i.test(line.slice(box));
}

/** A school scheme or an institution as the person's schooling, not a workplace ("éducatrice en IME"). */
const SCHOOLING = new Set(`scolarite scolarise scolarisee scolarises scolarisees eleve college ecole primaire classe oriente orientee orientation
  notification notifie notifiee enfance enfant fils fille accueilli accueillie admis admise sorti sortie passe passee parcours
  vit vivait reside residait heberge hebergee loge logee`.split(/\s+/));
/**
 * "L'interprète du réseau Cap emploi", "l'équipe Cap emploi", "les locaux de Cap emploi": the organisation's network, staff or
 * premises named as a partner, not the person's status (unless the sentence says the person is followed there).
 */
const ORG_PARTS = new Set(`reseau reseaux interprete interpretes equipe equipes antenne antennes agence agences locaux intervenant intervenante
  intervenants representant representante representants directeur directrice direction partenaires partenariat convention site`.split(/\s+/));
function organisationPart(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  const part = ORG_PARTS.has(at(from - 1)) || (/^(de|du|d'|des)$/.test(at(from - 1)) && ORG_PARTS.has(at(from - 2)));
  return part && !sentenceHas(doc, from, FOLLOWED) && !sentenceHas(doc, from, OWN_FOLLOW);
}
const OWN_FOLLOW = new Set(`accompagnement orientation inscription suit suivait accompagnait`.split(/\s+/));
/**
 * "Vous pouvez candidater par la voie contractuelle ouverte aux bénéficiaires de l'obligation d'emploi", "il peut postuler aux
 * postes réservés aux travailleurs handicapés": a route open to the status, offered to the person, tells the person holds it.
 */
const OPEN_TO = new Set(`ouvert ouverte ouverts ouvertes reserve reservee reserves reservees destine destinee destines destinees accessible accessibles`.split(/\s+/));
const ROUTE_VERBS = new Set(`candidater postuler concourir acceder pretendre candidature candidatures`.split(/\s+/));
const ADDRESSED = new Set(`vous il elle tu`.split(/\s+/));
function ownRoute(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  return at(from - 1) === 'aux' && OPEN_TO.has(at(from - 2)) && sentenceHas(doc, from, ROUTE_VERBS) && sentenceHas(doc, from, ADDRESSED);
}
/**
 * "Le poste est ouvert aux bénéficiaires de l'obligation d'emploi", "recrutement réservé aux travailleurs handicapés": an offer's
 * public, in a sentence that names no one (not "elle a obtenu un poste réservé aux travailleurs handicapés").
 */
function openOffer(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  return at(from - 1) === 'aux' && OPEN_TO.has(at(from - 2)) && toks[from].t.endsWith('s') && !sentenceHas(doc, from, STRICT_PERSON);
}
/** Extending a leave, by verb (folded forms) or noun: "a prolongé l'arrêt", "renouvelle son arrêt", "prolongation d'arrêt". */
const EXTEND = new Set(`prolonge prolongee prolonges prolongent prolongeait prolonger prolongera renouvele renouvelee renouvelle renouvellent renouvelait
  renouveler renouvellera reconduit reconduite reconduire prolongation prolongations renouvellement renouvellements`.split(/\s+/));
const LEAVE_DETS = new Set(['l\'', 'le', 'son', 'leur', 'un', 'd\'', 'de']);
/** What stops besides a person on leave: "arrêt technique", "arrêt machine", "arrêt de chantier". */
const STOP_KINDS = new Set(`technique techniques machine machines chantier production activite usine ligne definitif commercial commerciale`.split(/\s+/));
/** Vehicles whose stops are extended: "le bus a prolongé son arrêt". */
const VEHICLES = new Set(`bus tram tramway train trains metro rer ter navette autocar convoi bateau ferry`.split(/\s+/));
/** "le tramway a prolongé son arrêt à la gare": a vehicle named with its article before the stop in its clause (not "chauffeur de bus"). */
function vehicleStop(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let j = from - 1; j > 0 && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--) if (VEHICLES.has(toks[j].t) && /^(le|la|l'|un|une|ce|cette)$/.test(toks[j - 1].t)) return true;
  return false;
}
/**
 * A leave extended: the verb or noun before "l'arrêt" / "son arrêt", or "l'arrêt a été prolongé" after it. "Arrêt" must stand
 * alone (not "l'arrêt de la ligne", "prolongé l'arrêt du chantier"); start and end of the phrase, or null.
 */
function extendedLeave(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sn === sn ? toks[k].t : '');
  const nx = at(to);
  // "l'arrêt de travail", "l'arrêt de trois semaines", not "l'arrêt de la ligne 4"
  if (/^(de|du|des|d')$/.test(nx) && !/^(travail|maladie)$/.test(at(to + 1)) && !(nx !== 'du' && (toks[to + 1]?.k === Kind.Number || NUMBER_WORDS.test(at(to + 1))))) return null;
  // "prolonger l'arrêt technique", "l'arrêt machine": a stop of a machine or a site
  if (STOP_KINDS.has(nx)) return null;
  let k = from - 1;
  if (LEAVE_DETS.has(at(k))) k--;
  if (at(k) === 'de' || at(k) === "d'") k--;
  if (k < from - 1 && EXTEND.has(at(k))) return [k, to];
  // "l'arrêt a été prolongé", "son arrêt est renouvelé jusqu'au 12"
  let j = to;
  if (/^(a|est|sera|va|vient)$/.test(at(j))) j++;
  if (/^(ete|etre|d')$/.test(at(j))) j++;
  if (j > to && EXTEND.has(at(j)) && LEAVE_DETS.has(at(from - 1))) return [from, j + 1];
  return null;
}
/** Words that title a report after the agency's name: "– Note de suivi", ": compte rendu d'entretien", "| Bilan". */
const REPORT_TITLES = new Set(`note notes compte rendu entretien entretiens suivi bilan synthese fiche rapport diagnostic point rdv rendez-vous accompagnement
  service antenne agence pole cellule unite direction delegation`.split(/\s+/));
const TITLE_MARKS = new Set(['–', '—', '-', ':', '|']);
/** A title mark then a report word within a few tokens of the name: the document's heading, not the person's scheme. */
function letterhead(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  for (let k = to; k < Math.min(toks.length, to + 6); k++) {
    if (!TITLE_MARKS.has(toks[k].t)) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 3); j++) if (REPORT_TITLES.has(toks[j].t)) return true;
    return false;
  }
  return false;
}
/** "Candidature … chez Cap emploi 974": the organisation as the employer aimed at, after a job word. */
const EMPLOYER_PREPS = new Set(['chez', 'rejoindre', 'rejoint', 'integrer']);
const JOB_BEFORE = new Set(`candidature candidatures poste postes postule postuler offre offres cdd cdi embauche embauchee recrute recrutee
  stage pmsmp immersion contrat mission`.split(/\s+/));
const FOLLOWED = new Set(`suivi suivie suivis accompagne accompagnee inscrit inscrite oriente orientee rdv rendez-vous entretien`.split(/\s+/));
function employerTarget(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const p = toks[from - 1];
  if (!p || p.sn !== sn || !EMPLOYER_PREPS.has(p.t)) return false;
  const p2 = toks[from - 2];
  if (p2 && p2.sn === sn && FOLLOWED.has(p2.t)) return false;
  for (let k = from - 2; k >= Math.max(0, from - 14) && toks[k].sn === sn; k--) if (JOB_BEFORE.has(toks[k].t)) return true;
  return false;
}
/** Staff of the counselling or training side, whose own leave explains a change of appointment. */
const STAFF = new Set(`conseiller conseillere formateur formatrice animateur animatrice referent referente intervenant intervenante tuteur tutrice
  psychologue coordinateur coordinatrice collegue responsable manager tutrice employeur patron patronne gerant gerante directeur directrice`.split(/\s+/));
const STAFF_AUX = new Set(`est etait sera a ete`.split(/\s+/));
function staffLeave(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const k = toks[from - 1]?.t === 'en' ? from - 2 : from - 1;
  if (!STAFF_AUX.has(toks[k]?.t ?? '') || toks[k - 1]?.sn !== toks[from].sn) return false;
  // "le chef de rayon était en arrêt maladie"
  return STAFF.has(toks[k - 1].t) || (toks[k - 3]?.t === 'chef' && /^(de|d')$/.test(toks[k - 2]?.t ?? '') && /^(le|la|l'|son|sa|notre|votre)$/.test(toks[k - 4]?.t ?? ''));
}
/** The scheme opens its sentence and acts towards employers, in a sentence naming no one. */
const EMPLOYERS = new Set(`entreprises employeurs recruteurs tpe pme`.split(/\s+/));
const OWN_BETWEEN = new Set(`son sa ses lui il elle leur`.split(/\s+/));
function schemeForEmployers(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const k0 = /^(le|la|l'|les)$/.test(toks[from - 1]?.t ?? '') ? from - 1 : from;
  if (toks[k0 - 1] && toks[k0 - 1].sn === sn) return false;
  for (let k = to; k < Math.min(toks.length, to + 7) && toks[k].sn === sn; k++) {
    const t = toks[k].t;
    if (OWN_BETWEEN.has(t) || (toks[k].k === Kind.Punct && t !== "'")) return false;
    if (EMPLOYERS.has(t) && /^(les|aux|des)$/.test(toks[k - 1].t)) return !sentenceHas(doc, from, PERSON_WORDS);
  }
  return false;
}
/** "… à la MDPH pour un poste d'instructeur", "… chez Cap emploi pour un CDD": a job at the organisation (not "pour un poste aménagé"). */
const JOB_NOUNS = new Set(`poste emploi cdd cdi stage contrat mission recrutement vacation`.split(/\s+/));
function jobAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1]?.sn;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k].t : '');
  return at(to) === 'pour' && /^(un|une|le|la|l')$/.test(at(to + 1)) && JOB_NOUNS.has(at(to + 2)) && !/^(amenage|adapte|amenagee|adaptee)$/.test(at(to + 3));
}
/** "est OETH", "statut OETH", "relève de l'OETH", "bénéficiaire OETH": the person's status; elsewhere the law. */
const OETH_BEFORE = /^(est|etait|statut|reconnu|reconnue|beneficiaire|beneficiaires|:)$/;
const OETH_VERBS = /^(releve|relevait|relever|relevant|beneficie|beneficiait|beneficier|dispose|beneficiaire)$/;
function oethStatus(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
  if (OETH_BEFORE.test(at(from - 1))) return at(from - 1) !== ':' || /^(statut|situation|oeth|reconnaissance)$/.test(at(from - 2));
  // "relève de l'OETH", "bénéficie de l'OETH"
  return (at(from - 1) === "l'" || at(from - 1) === 'la') && at(from - 2) === 'de' && OETH_VERBS.test(at(from - 3));
}
/** "instruit les dossiers de RLH", "gère les demandes d'AETH des entreprises": the employer aid as files someone handles, not one person's. */
const HANDLING = new Set(`dossiers demandes instruit instruire instruction instructeur instructrice gere gerer gestion traite traiter montage monte
  monter accompagne accompagner entreprises employeurs beneficiaires`.split(/\s+/));
function handledFiles(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 6) && toks[k].sn === sn; k--) {
    if (toks[k].k === Kind.Punct && toks[k].t !== "'") return false;
    if (HANDLING.has(toks[k].t)) return true;
  }
  return false;
}
/** "six mois d'IJ", "en IJ depuis mars", "touche des IJ": sick-leave allowances, not another "IJ". */
const IJ_WORDS = new Set(`percoit percevait touche touchait verse versees versement indemnise indemnisee maladie cpam arret reprise depuis
  mois semaines jours en sous ses leurs prevoyance carence subrogation complement complete montant`.split(/\s+/));
/** Qualifiers of a leave that starts at once or lasts: "arrêt immédiat", "arrêt total". */
const IMMEDIATE = new Set(`immediat immediate total totale complet complete long`.split(/\s+/));
/** Illness words that make a bare "arrêt immédiat" a sick leave. */
// (not "opération", "santé", "médecin": "opération de maintenance, arrêt complet", "procédure santé-sécurité : arrêt immédiat")
const ILLNESS_CUES = new Set(`maladie maladies diagnostic diagnostique diagnostiquee malade cancer hodgkin lymphome leucemie tumeur infarctus avc
  operee opere hospitalisation hospitalise hospitalisee accident chimio chimiotherapie burn-out burnout depression fracture`.split(/\s+/));
/** "en cas de…" in the sentence of `at`: a rule of conduct. */
function procedureCase(doc: Doc, at: number): boolean {
  const toks = doc.tokens;
  const [a, b] = sentence(doc, at);
  for (let k = a + 1; k < b; k++) if (toks[k].t === 'cas' && toks[k - 1].t === 'en') return true;
  return false;
}
/** End of "arrêt immédiat" (a leave) after "arrêt", or -1: not followed by a complement ("arrêt immédiat du chantier"), with an illness word in the sentence. */
function immediateLeave(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const q = toks[to];
  if (!q || q.sn !== toks[to - 1].sn || !IMMEDIATE.has(q.t)) return -1;
  const nx = toks[to + 1];
  if (nx && nx.sn === q.sn && /^(de|du|des|d'|sur)$/.test(nx.t)) return -1;
  // "en cas d'accident, arrêt immédiat": a safety procedure, not the person's leave
  if (procedureCase(doc, to)) return -1;
  return sentenceHas(doc, to, ILLNESS_CUES) ? to + 1 : -1;
}
/** Leave acronyms of the civil service ("en CLM", "son CMO") need "en", a possessive, or a leave word nearby. */
const LEAVE_SIGLE_BEFORE = /^(en|son|sa|du|un|sous|d'un)$/;
const LEAVE_WORDS = new Set(`conge conges place placee arret depuis mois semaines reprise prolonge prolongee prolongation fonctionnaire titulaire
  agent agente comite medical`.split(/\s+/));
/** Dependency of an elderly relative: "sa mère, en GIR 2", "l'APA de son père"; not "licence STAPS APA", "évaluer le GIR des résidents". */
const RELATIVE_WORDS = new Set(`mere pere parent parents grand-mere grand-pere grand-parents belle-mere beau-pere oncle tante mari epouse conjoint
  conjointe compagnon compagne maman papa fils fille`.split(/\s+/));
const APA_TRADE = new Set(`staps sport sportive sportif activite activites physique physiques adaptee adaptees enseignant enseignante educateur
  educatrice professeur coach licence master diplome evaluateur evaluatrice evalue evaluer evaluation residents beneficiaires dossiers instruit
  instruction instructeur gestionnaire`.split(/\s+/));
function dependencyLevel(doc: Doc, from: number, to: number, apa: boolean): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (!apa) {
    // "GIR 2", "GIR 1 à 4" is a table: a single level 1-6 right after
    const n = toks[to];
    if (!n || n.sn !== sn || n.k !== Kind.Number || !/^[1-6]$/.test(n.t)) return false;
    if (toks[to + 1]?.sn === sn && /^(a|et|ou)$/.test(toks[to + 1].t)) return false;
  }
  let relative = false;
  for (let k = Math.max(0, from - 10); k < Math.min(toks.length, to + 8); k++) {
    if (toks[k].sn !== sn) continue;
    if (APA_TRADE.has(toks[k].t)) return false;
    if (RELATIVE_WORDS.has(toks[k].t)) relative = true;
  }
  return relative || (!apa && toks[from - 1]?.t === 'en');
}

/** "arrêtée jusqu'au 30/04", "arrêté par son médecin", "arrêtée trois semaines": sick leave, not an arrest. */
/** Words that make a profession a job's partners: "relation avec les médecins-conseils", "interface avec les", "interlocuteur des". */
const PARTNERS = new Set(`relation relations lien liens interlocuteur interlocutrice interlocuteurs interface partenaire partenaires partenariat
  collaboration collabore collaborer echanges coordination contact contacts`.split(/\s+/));
/** A partner word at `k` or one or two tokens before ("relation avec les", "en lien étroit avec les"). */
function partnersOf(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k + 1]?.sn;
  for (let i = k; i >= Math.max(0, k - 2) && toks[i].sn === sn; i--) if (PARTNERS.has(toks[i].t)) return true;
  return false;
}
const DOCTOR_WORDS = /^(medecin|medecins|generaliste|docteur|specialiste|psychiatre|chirurgien|chirurgienne|rhumatologue|cardiologue|medecin-traitant)$/;
const TIME_UNITS = /^(jour|jours|semaine|semaines|mois|an|ans)$/;
const NUMBER_WORDS = /^(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques|plusieurs)$/;
/** "arrêté deux jours en juin par la police": an arrest. */
const POLICE = new Set(`police policier policiers policiere gendarme gendarmes gendarmerie douane douaniers bac brigade garde vue flagrant interpelle
  interpellee commissariat`.split(/\s+/));
const MONTHS = /^(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;
/** "par son médecin" within the next few tokens of the sentence. */
function doctorWithin(doc: Doc, from: number, sn: number): boolean {
  const toks = doc.tokens;
  for (let k = from; k < Math.min(toks.length, from + 5) && toks[k].sn === sn; k++) if (toks[k].t === 'par' && (DOCTOR_WORDS.test(toks[k + 1]?.t ?? '') || DOCTOR_WORDS.test(toks[k + 2]?.t ?? ''))) return true;
  return false;
}
/** "a tout arrêté", "avoir arrêté depuis un an": an active verb (he stopped something), not a leave. */
const AVOIR = /^(a|ai|as|avait|avais|avoir|ont|avaient|aura|aurait|ayant|avons|avez|eu)$/;
const BETWEEN = /^(tout|tous|toutes|deja|bien|completement|totalement|definitivement|net|enfin|donc|pas|plus|jamais|meme|aussi|l'|les|la|le)$/;
function activeVerb(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === sn; k--) {
    if (AVOIR.test(toks[k].t)) return true;
    if (!BETWEEN.test(toks[k].t)) return false;
  }
  return false;
}
/** An acronym glued to a file number: "MDPH-21-0045872", "AAH-2024118" (not "MDPH-2024", a year). */
function fileNumberPrefix(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const a = toks[to];
  if (!a?.hyphen || a.k !== Kind.Number || !doc.isUpper(to - 1)) return false;
  const b = toks[to + 1];
  return a.t.length >= 5 || (!!b?.hyphen && b.k === Kind.Number);
}
/** Habits, substances and activities a person stops: "sa consommation de cocaïne, arrêtée depuis un an". */
const HABITS = new Set(`consommation consommations conso consos usage prise prises alcool tabac cannabis cocaine drogue drogues cigarette
  cigarettes joints joint boisson jeu jeux paris addiction dependance activite activites formation formations contrat contrats
  mission missions etudes sport pratique traitement traitements substitution methadone subutex`.split(/\s+/));
/**
 * "…, arrêtée depuis un an" set off by a comma after a habit or an activity: the participle tells
 * the habit stopped, not the person on leave ("une consommation de cocaïne pendant les marées,
 * arrêtée depuis un an"; "Sa formation, arrêtée en mars").
 */
function stoppedHabit(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (toks[from - 1]?.t !== ',' || toks[from - 1].sn !== sn) return false;
  for (let k = from - 2; k >= Math.max(0, from - 9) && toks[k].sn === sn; k--) {
    if (toks[k].k === Kind.Punct) return false;
    if (HABITS.has(toks[k].t)) {
      // "Après sa mission d'intérim, arrêté depuis deux semaines", "Suite à un accident de sport, arrêtée un mois":
      // a time phrase before the comma, the participle has the person for subject
      for (let j = k - 1; j >= Math.max(0, k - 6) && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--) if (TIME_PREPS.has(toks[j].t)) return false;
      return true;
    }
  }
  return false;
}
/** Heads of a time phrase: "après sa mission", "suite à son accident de sport", "pendant la formation". */
const TIME_PREPS = new Set(`apres suite avant pendant durant depuis lors`.split(/\s+/));
function sickLeaveArrest(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  // "son médecin l'a arrêtée", "le généraliste l'a arrêté un mois": a doctor puts the person on leave
  if (toks[from - 1]?.t === 'a' && (toks[from - 2]?.t === "l'" || toks[from - 2]?.t === 'les')) {
    for (let k = from - 3; k >= Math.max(0, from - 6) && toks[k].sn === sn; k--) if (DOCTOR_WORDS.test(toks[k].t)) return true;
  }
  if (activeVerb(doc, from)) return false;
  if (stoppedHabit(doc, from)) return false;
  if (reflexiveStop(doc, from) || thingSubject(doc, from)) return false;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  const a = at(to);
  if (!a) return false;
  if (a.t === "jusqu'") return true;
  if (a.t === 'par') {
    const b = at(to + 1);
    const c = at(to + 2);
    return !!b && (DOCTOR_WORDS.test(b.t) || (!!c && /^(son|sa|le|la|un|une|leur|l')$/.test(b.t) && DOCTOR_WORDS.test(c.t)));
  }
  let k = to;
  if (a.t === 'pour' || a.t === 'depuis' || a.t === 'pendant' || a.t === 'durant') k++;
  // the index of the time unit: "trois semaines", "de longs mois", "des mois", or "longtemps" alone
  let unit = -1;
  const n = at(k);
  if (!n) return false;
  if (n.t === 'longtemps') unit = k;
  else if ((n.k === Kind.Number || NUMBER_WORDS.test(n.t) || n.t === 'des') && TIME_UNITS.test(at(k + 1)?.t ?? '')) unit = k + 1;
  else if (n.t === 'de' && LONG_MANY.has(at(k + 1)?.t ?? '') && TIME_UNITS.test(at(k + 2)?.t ?? '')) unit = k + 2;
  if (unit < 0) return false;
  // "arrêté deux jours avant le procès" is an arrest
  const after = at(unit + 1);
  if (!after) return true;
  // "arrêtée trois semaines en juin par son généraliste": a month, or the doctor, after "en"
  if (after.t === 'en' && (MONTHS.test(at(unit + 2)?.t ?? '') || doctorWithin(doc, unit + 2, sn)) && !sentenceHas(doc, from, POLICE)) return true;
  // "arrêté longtemps par la police": an arrest
  if (after.t === 'par') return doctorWithin(doc, unit + 1, sn) || !sentenceHas(doc, from, POLICE);
  if (!/^(avant|apres|plus|auparavant|plutot|en)$/.test(after.t)) return true;
  // "grossesse compliquée d'une prééclampsie, arrêtée cinq mois avant la naissance": a leave timed in a sentence about health
  return (after.t === 'avant' || after.t === 'apres') && healthSentence(doc, from) && !sentenceHas(doc, from, POLICE);
}
/** Long or many units of time: "arrêté de longs mois", "de nombreuses semaines". */
const LONG_MANY = new Set(['longs', 'longues', 'nombreux', 'nombreuses']);
/** "il s'est arrêté deux jours à Lyon", "elle s'était arrêtée longtemps sur ce point": a pause, not a leave. */
function reflexiveStop(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const p = toks[from - 1]?.t ?? '';
  const q = toks[from - 2]?.t ?? '';
  return /^(est|sont|etait|etaient|sera|serait|etre|etant)$/.test(p) && (q === "s'" || q === 'se');
}
/** Things and plans that are stopped (not the person on leave): "son chantier a été arrêté de longs mois", "sa formation a été arrêtée trois mois". */
const THINGS_STOPPED = new Set(`projet projets chantier chantiers production usine site ligne lignes travaux machine machines atelier entreprise
  service recrutement procedure dossier processus programme stage stages apprentissage cursus parcours accompagnement suivi aide aides
  versement versements allocation droits paiement paiements abonnement prestation prestations commerce boutique magasin restaurant
  exploitation activite activites formation formations contrat contrats mission missions etudes sport traitement traitements`.split(/\s+/));
/** The subject before the auxiliaries of "arrêté" is a thing: "Son projet a été arrêté longtemps". */
function thingSubject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && toks[k].sn === sn && /^(a|avait|aura|aurait|ont|avaient|ete|est|sont|etait|etaient|reste|restee|restes|restees|deja|longtemps)$/.test(toks[k].t)) k--;
  return k >= 0 && k < from - 1 && toks[k].sn === sn && THINGS_STOPPED.has(toks[k].t);
}

/** Words of an injury, an illness or care: "Chute en mars, arrêt de six semaines". */
const HEALTH_WORDS = new Set(`chute tombe tombee accident accidente accidentee opere operee operation intervention chirurgie chirurgical
  chirurgicale hospitalise hospitalisee hospitalisation malade maladie medecin medical medicale medicaux blesse blessee blessure fracture
  entorse luxation tassement douleur douleurs sante soins soin traitement convalescence reeducation kine kinesitherapie rechute
  accouchement grossesse cancer infarctus avc hernie lombalgie sciatique burn-out burnout depression tendinite cheville genou dos epaule
  poignet hanche bassin vertebral vertebrale operatoire post-operatoire psychiatre psy epuisement malaise burn
  zona grippe angine gastro covid otite varicelle rougeole oreillons migraine migraines fievre rhume infection virus pneumonie cystite
  bronchite sinusite coqueluche mononucleose lumbago torticolis brulure brulures morsure plaie suture platre attelle
  bequilles enceinte eclampsie preeclampsie pre-eclampsie cesarienne fausse-couche`.split(/\s+/));
/** Long words with a medical ending ("ostéoporose", "tendinite", "lombalgie") that are not. */
const MED_ENDING = /(?:ose|oses|ite|ites|algie|algies|pathie|ectomie|plegie|emie)$/;
const NOT_MED = new Set(`conduite reussite faillite favorite composite grandiose virtuose dynamite parasite`.split(/\s+/));
function healthSentence(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const sn = toks[i].sn;
  for (let k = i - 1; k >= 0 && toks[k].sn === sn; k--) if (healthWord(toks[k].t)) return true;
  for (let k = i + 1; k < toks.length && toks[k].sn === sn; k++) if (healthWord(toks[k].t)) return true;
  return false;
}
const healthWord = (t: string) => HEALTH_WORDS.has(t) || (t.length >= 8 && MED_ENDING.test(t) && !NOT_MED.has(t));
/**
 * "arrêt de six semaines", "arrêt de 3 mois", "arrêt 15 jours": a leave by its length, in a sentence
 * about an injury or an illness; not "l'arrêt de deux mois de la production", "arrêt de bus".
 */
function durationAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  let k = to;
  if (at(k)?.t === 'de' || at(k)?.t === "d'") k++;
  const n = at(k);
  const u = at(k + 1);
  if (!n || !u || !(n.k === Kind.Number || NUMBER_WORDS.test(n.t)) || !(TIME_UNITS.test(u.t) || u.t === 'sem')) return false;
  const after = at(k + 2);
  if (after && /^(de|d'|du|des)$/.test(after.t)) return false;
  // "son arrêt de six semaines se termine": the person's own leave (not "son arrêt de trois ans pour voyager")
  const p = toks[to - 2];
  if (p && p.sn === sn && /^(son|sa|votre|mon)$/.test(p.t) && after?.t !== 'pour') return true;
  return healthSentence(doc, to - 1);
}

/** Supervising or caring for a public: "encadrement de travailleurs handicapés", "encadrer des travailleurs handicapés". */
const SUPERVISE = new Set(`encadrement encadrer encadre encadrait encadrant encadrante encadrants supervision superviser supervise
  accompagnement accompagner accompagne accompagnait accueil accueillir accueille formation former forme formait insertion
  animation animer anime tutorat tuteur tutrice equipe equipes groupe groupes`.split(/\s+/));
function supervisedPublic(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const p = toks[from - 1];
  if (!p || p.sn !== sn || !/^(de|des|d'|aux|les)$/.test(p.t)) return false;
  const q = toks[from - 2];
  if (q && q.sn === sn && SUPERVISE.has(q.t)) return true;
  // "un poste de moniteur auprès des travailleurs handicapés", a job title in the sentence
  return p.t !== 'les' && sentenceHas(doc, from, JOB_TITLES) && !sentenceHas(doc, from, OWN_STATUS);
}
/** The person's own status stated in the sentence: "il a le statut de …", "reconnu …". */
const OWN_STATUS = new Set(`statut reconnu reconnue reconnaissance qualite il elle est`.split(/\s+/));

const OBLIGATION: NounPhrase = { g: 'm', text: "statut de bénéficiaire de l'obligation d'emploi" };
const UNAVAILABLE: NounPhrase = { g: 'f', text: 'indisponibilité' };
const BENEFIT: NounPhrase = { g: 'f', text: 'prestation sociale' };
const RQTH_LEMMAS = new Set(['RQTH', 'reconnaissance de la qualité de travailleur handicapé', 'travailleur handicapé', 'BOETH', "bénéficiaire de l'obligation d'emploi"]);
const BENEFIT_LEMMAS = new Set(['AAH', 'allocation aux adultes handicapés', 'PCH', 'prestation de compensation du handicap']);
/** Part-time schemes: keep the working time, drop "thérapeutique". */
const PART_TIME: Record<string, string> = { 'mi temps therapeutique': 'mi-temps', 'mi temps therapeutiques': 'mi-temps' };
/** "Dossier MDPH déposé" → "Dossier déposé": the word before makes the acronym removable. */
const MDPH_HOLDERS = new Set(['dossier', 'demande', 'notification', 'decision', 'reconnaissance', 'orientation', 'accord']);
/** "Classé en invalidité catégorie 1", "taux d'incapacité de 80 %" */
const CATEGORY_WORDS = /^(categorie|cat|1re|2e|3e|1ere|2eme|3eme|premiere|deuxieme|troisieme|1|2|3|i|ii|iii)$/;

function extendStatus(doc: Doc, to: number): number {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  let end = to;
  const at = (k: number) => (k < toks.length && toks[k].sn === sn ? toks[k] : undefined);
  // "invalidité catégorie 1", "invalidité de 2e catégorie", "taux d'incapacité de 80 %"
  let k = end;
  if (at(k)?.t === 'de' || at(k)?.t === 'en') k++;
  let moved = false;
  // a category ("catégorie 2", "2e catégorie") or a rate ("80 %"), not a year ("en 2023")
  while (at(k) && k < end + 5) {
    const t = at(k)!;
    const rate = t.k === Kind.Number && t.t.length <= 3 && (at(k + 1)?.t === '%' || CATEGORY_WORDS.test(t.t) || /^(categorie|cat)$/.test(at(k - 1)?.t ?? ''));
    if (!(CATEGORY_WORDS.test(t.t) || rate || (t.t === '%' && moved))) break;
    k++;
    moved = true;
  }
  if (moved) end = k;
  return extendRight(doc, end);
}

function fixFor(doc: Doc, text: string, lemma: string, tag: string, from: number, to: number, start: number, end: number): Fix[] {
  const toks = doc.tokens;
  const family = tag.split(':')[0];
  // "est arrêtée jusqu'au 12 mai" → "est indisponible jusqu'au 12 mai"
  if (lemma === 'arrêté') return [replaceFix(start, end, toks[from].t.endsWith('s') ? 'indisponibles' : 'indisponible', 'Remplacer par « indisponible »')];
  // "convoqué par le médecin conseil": the control reveals the leave; no neutral noun fits
  if (tag === 'arret:controle') return [];
  if (family === 'arret') return [neutralFix(doc, text, from, to, UNAVAILABLE, { en: 'indisponible', predicate: false })];
  if (RQTH_LEMMAS.has(lemma)) return [neutralFix(doc, text, from, to, OBLIGATION, { plain: true })];
  if (BENEFIT_LEMMAS.has(lemma)) return [neutralFix(doc, text, from, to, BENEFIT, { plain: true })];
  if (lemma === 'temps partiel thérapeutique') {
    const key = words(doc, from, to);
    const keep = PART_TIME[key] ?? (key.startsWith('reprise') ? 'reprise progressive' : key.startsWith('temps partiels') ? 'temps partiels' : key.startsWith('mi ') ? 'mi-temps' : 'temps partiel');
    return [neutralFix(doc, text, from, to, { g: 'm', text: keep }, { plain: true })];
  }
  if (lemma === 'MDPH' && from > 0 && MDPH_HOLDERS.has(toks[from - 1].t)) return [removalFix(text, start, end, 'Retirer (à renseigner dans le champ dédié)')];
  return [];
}

const words = (doc: Doc, from: number, to: number) => doc.tokens.slice(from, to).map((t) => t.t).join(' ');

/** Aid nouns that make a fund's name the person's aid: "aide Agefiph", "financement de l'Agefiph", "dossier Agefiph". */
const AID_NOUNS = new Set(`aide aides financement financements subvention subventions prime primes dossier dossiers demande demandes prise
  intervention accord participation etude etudes ergonome ergonomes prestation prestations bilan`.split(/\s+/));
/** The person asking the fund: "sollicite l'Agefiph", "a saisi l'Agefiph", "dossier déposé auprès de l'Agefiph", "financé par l'Agefiph". */
const REQUEST_VERBS = new Set(`sollicite sollicitee solliciter sollicitera sollicitons saisi saisie saisir saisira depose deposee deposer deposera
  demande demandee demander demandera finance financee finances financees financer pris prise rembourse remboursee`.split(/\s+/));
const PLURAL_PARTICIPLES = new Set(`finances financees prises sollicitees deposees remboursees demandees`.split(/\s+/));
const OWNER_WORDS = new Set([...PERSON_WORDS, 'ses', 'leur', 'sa', 'son']);
/** "aide Agefiph", "aides de l'Agefiph", "financement accordé par l'Agefiph" (not "l'Agefiph finance…", "l'Agefiph peut financer"). */
function fundedAid(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (AID_NOUNS.has(t)) return true;
    // "les formations de ce centre sont financées par l'Agefiph": a plural participle is a fund's offer unless a person is named
    if (REQUEST_VERBS.has(t)) return !PLURAL_PARTICIPLES.has(t) || sentenceHas(doc, from, OWNER_WORDS);
    if (!/^(de|d'|du|des|la|l'|le|par|accorde|accordee|accordes|accordees|obtenu|obtenue|charge|en|aupres|a|au)$/.test(t)) return false;
  }
  return false;
}

/**
 * "Inscrit auprès de Cap emploi", "dossier déposé auprès de l'Agefiph": « auprès de » a scheme is where the person files or is
 * followed, not a public worked with ("travaille auprès de Cap emploi" stays a workplace). The MDPH after « auprès de » stays
 * silent: beside the status filed there it only names the office (labelled so in the challenge reports).
 */
const INSTITUTION_LEMMAS = new Set(['Agefiph', 'Cap emploi']);
const WORK_BEFORE = new Set(`travaille travaillait travailler travaillant exerce exercait exercer stage stages poste postes emploi mission missions cdd cdi
  immersion pmsmp benevole benevolat alternance apprentissage contrat interim vacataire`.split(/\s+/));
function filedWith(doc: Doc, from: number, lemma: string, tag: string): boolean {
  if (!INSTITUTION_LEMMAS.has(lemma) && !tag.startsWith('dispositif')) return false;
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  while (k >= 0 && toks[k].sn === sn && /^(de|d'|du|la|l'|le|des)$/.test(toks[k].t)) k--;
  if (k < 0 || toks[k].t !== 'aupres' || toks[k].sn !== sn) return false;
  for (let j = k - 1; j >= Math.max(0, k - 6) && toks[j].sn === sn; j--) if (WORK_BEFORE.has(toks[j].t)) return false;
  return true;
}

/** Events named after a scheme: "forum emploi accompagné", "salon entreprises adaptées", "journée ESAT portes ouvertes". */
const EVENTS = new Set(`forum forums salon salons journee journees semaine webinaire matinee rencontre rencontres`.split(/\s+/));
const FRAUD = new Set(`fraude fraudes escroquerie escroqueries detournement detournements`.split(/\s+/));
const FRAUD_LINKS = new Set(`a aux au la l' des de d' du`.split(/\s+/));
/** "fraude aux indemnités journalières", "escroquerie à l'AAH": the term is what an offence was about. */
function fraudObject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1; k >= Math.max(0, from - 3) && toks[k].sn === sn; k--) {
    if (FRAUD.has(toks[k].t)) return true;
    if (!FRAUD_LINKS.has(toks[k].t)) return false;
  }
  return false;
}

/** A staff title opening a heading, then a capitalised name ("Conseiller : M. Okafor", "Référente Mme Dumez"), ending at `k`. */
function staffNameBefore(doc: Doc, k: number, sn: number): boolean {
  const toks = doc.tokens;
  let named = false;
  for (let j = k; j >= Math.max(0, k - 6) && toks[j].sn === sn; j--) {
    const t = toks[j].t;
    // the title opens the line or follows a separator, as in a heading (not "sa conseillère Mme Laurent")
    if (STAFF.has(t)) return named && (j === 0 || toks[j - 1].sn !== sn || toks[j - 1].k === Kind.Punct);
    if (t === ':' || t === '.') continue;
    if (toks[j].k !== Kind.Word || !doc.isCapitalized(j)) return false;
    named = true;
  }
  return false;
}
/** The offices as a partner or a workplace: "convention avec la MDPH", "a travaillé au standard de la MDPH du Nord". */
const OFFICE_LEMMAS = new Set(['MDPH', 'Agefiph', 'Cap emploi']);
/** Partnership and steering words: "réunion partenariale avec Cap emploi", "le département pilote la MDPH". */
const PARTNER_WORDS = new Set(`convention conventions partenariat partenariats partenaire partenaires conventionne conventionnee signe signee
  partenariale partenariales interpartenariale multipartenaire multipartenaires comite copil pilote pilotent financent`.split(/\s+/));
const OWN_FILE = new Set(`dossier dossiers demande demandes notification reconnaissance droits aide aides`.split(/\s+/));
function officeAsPartnerOrWorkplace(doc: Doc, from: number, lemma: string): boolean {
  if (!OFFICE_LEMMAS.has(lemma)) return false;
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // "Mme Dumez (Cap emploi)": a named participant's organisation, in brackets after the name
  if (toks[from - 1]?.t === '(' && from >= 2 && toks[from - 2].sn === sn && doc.isCapitalized(from - 2) && toks[from - 2].k === Kind.Word) return true;
  // "Conseiller : M. Okafor — Cap emploi", "Référente : Mme Dumez, Cap emploi": a staff member's organisation after the name
  if (/^[—–,-]$/.test(toks[from - 1]?.t ?? '') && staffNameBefore(doc, from - 2, sn) && !sentenceHas(doc, from, FOLLOWED) && !sentenceHas(doc, from, OWN_FOLLOW)) return true;
  for (let j = from - 1; j >= Math.max(0, from - 7) && toks[j].sn === sn; j--) {
    const t = toks[j].t;
    if (OWN_FILE.has(t) || AID_NOUNS.has(t) || REQUEST_VERBS.has(t) || toks[j].k === Kind.Punct) return false;
    // "pilote la MDPH" steers the office; "son parcours piloté par Cap emploi" is the person's own follow-up
    if (PARTNER_WORDS.has(t) && !(t === 'pilote' && /é$/i.test(doc.raw(j)))) return true;
    if (WORK_BEFORE.has(t)) return true;
  }
  return false;
}

const FIRMS = new Set(`employeurs entreprises recruteurs structures collectivites`.split(/\s+/));
/** Does one of `words` follow within `n` tokens of the same sentence, before any punctuation? */
function clauseAfterHas(doc: Doc, to: number, n: number, words: ReadonlySet<string>): boolean {
  const toks = doc.tokens;
  for (let k = to; k < Math.min(toks.length, to + n) && toks[k].sn === toks[to - 1].sn && toks[k].k !== Kind.Punct; k++) if (words.has(toks[k].t)) return true;
  return false;
}

const ANSWER_VERBS = new Set(`coche cochee coches repondu repondue repond repondait indique indiquee`.split(/\s+/));
/** "a coché « non » à la question sur la RQTH", "répond non à la question du handicap": a form answered in the negative. */
function answeredNo(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let no = false;
  let question = false;
  for (let k = from - 1, n = 0; k >= 0 && n < 10 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (t === 'question' || t === 'case' || t === 'rubrique') question = true;
    else if (t === 'non' && question) no = true;
    else if (no && ANSWER_VERBS.has(t)) return true;
  }
  return false;
}

/** Insurance products named by the risks they cover. */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const COVERS = set(`garantie garanties couverture couvertures contrat contrats option options formule formules produit produits`);
const COVER_RISKS = set(`deces incapacite`);
/**
 * "garanties invalidité-décès", "contrat incapacité-invalidité", "couverture invalidité": a product of an insurer's
 * or a broker's job (not "sa garantie invalidité a pris le relais", the person's own cover).
 */
function insuranceCover(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const near = (k: number) => toks[k] && toks[k].sn === sn ? toks[k].t : '';
  if (COVER_RISKS.has(near(from + 1)) && toks[from + 1].hyphen) return true;
  if (COVER_RISKS.has(near(from - 1)) && toks[from].hyphen) return true;
  return COVERS.has(near(from - 1)) && !POSSESSIVE_OWNERS.has(near(from - 2));
}
const POSSESSIVE_OWNERS = set(`son sa ses leur leurs votre vos mon ma mes`);
/** "contraintes de santé compatibles avec…": the neutral wording the report is asked to use. */
function neutralWording(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from + 1; k + 2 < toks.length && toks[k].sn === sn; k++) if (/^contraintes?$/.test(toks[k].t) && toks[k + 1].t === 'de' && toks[k + 2].t === 'sante') return true;
  return false;
}

export default defineRule({
  id: 'handicap-statut',
  meta: {
    description: 'Statut ou dispositif révélant un handicap, une affection de longue durée, un arrêt de travail ou une inaptitude (RQTH, AAH, MDPH, ALD, invalidité, arrêt maladie, inapte…).',
    category: 'sante',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 9.1 et considérant 35', 'RGPD art. 5.1.c (minimisation)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    statut: "Statut lié au handicap ou à la santé (« {terme} ») : à ne mentionner que s'il est nécessaire à l'accompagnement et accepté par la personne, de préférence dans le champ dédié, jamais avec sa cause.",
    arret: "Arrêt de travail (« {terme} ») : indiquez seulement la période d'indisponibilité, pas le motif médical.",
    inaptitude: "Inaptitude médicale (« {terme} ») : décrivez les tâches à éviter pour le poste visé, pas l'avis médical.",
  },
  explanation:
    "Un statut comme la RQTH, l'AAH, une ALD ou une invalidité révèle un état de santé (RGPD art. 9, considérant 35) ; la personne peut lire ce compte rendu (droit d'accès, RGPD art. 15). " +
    "Ces statuts ouvrent des droits et peuvent être utiles à l'accompagnement : ne les inscrivez que s'ils conditionnent une action (financement Agefiph, orientation), avec l'accord de la personne, de préférence dans le champ prévu à cet effet, et sans la pathologie. " +
    "Pour un arrêt, écrivez « indisponible jusqu'au … » ; pour une inaptitude, les tâches à éviter (« poste sans port de charges »).",
  lexicon: HANDICAP_LEXICON,
  check(ctx: RuleContext) {
    const { doc, text } = ctx;
    const toks = doc.tokens;
    // fixFrom: where the rewrite starts when the span opens on a verb kept by the fix ("a prolongé l'arrêt" → "a prolongé son indisponibilité")
    const found: Array<{ from: number; to: number; tag: string; lemma: string; confidence: Confidence; fixFrom?: number }> = [];
    let ticked: boolean | undefined; // the text has a ticked box: looked for at the first hit only
    for (const hit of ctx.hits) {
      const tag = hit.entry.tag ?? 'statut';
      if (tag === 'bloc') continue;
      const mode = tag.split(':')[1] ?? '';
      if (!entryAccepts(hit, ctx, false, false)) continue;
      // "n° MDPH-21-0045872", "réf. AAH-2024-118": the prefix of a file number, reported with the number (identifiant-organisme)
      if (fileNumberPrefix(doc, hit.to)) continue;
      // "AESH depuis quatre ans en ULIS, elle accompagne des élèves autistes", "préparé les éléments transmis à la MDPH par
      // l'enseignant référent": in a school staff sentence, the schemes are the pupils'
      if ((hit.entry.lemma === 'AESH' || mode === 'ecole' || hit.entry.lemma === 'MDPH') && sentenceHas(doc, hit.from, SCHOOL_STAFF)
        && (hit.entry.lemma === 'AESH' ? staffSense(doc, hit.from) : !sentenceHas(doc, hit.from, OWN_SCHOOLING) && (mode === 'ecole' || !sentenceHas(doc, hit.from, PERSON_WORDS)))) continue;
      if ((ticked ??= text.includes('☒') || text.includes('[x]') || text.includes('[X]')) && tickedNo(text, doc.tokRange(hit.from, hit.to)[1])) continue;
      // "l'entreprise emploie 6 % de bénéficiaires de l'obligation d'emploi", "un taux de travailleurs handicapés": a workforce rate
      if (RQTH_LEMMAS.has(hit.entry.lemma) && rateBefore(doc, hit.from)) continue;
      // "travaille en ESAT depuis 2015" is the person's sheltered work; "moniteur d'atelier en ESAT" is a job
      const sheltered = SHELTERED.has(hit.entry.lemma) && sentenceHas(doc, hit.from, PERSON_WORDS) && !sentenceHas(doc, hit.from, JOB_TITLES);
      const route = RQTH_LEMMAS.has(hit.entry.lemma) && ownRoute(doc, hit.from);
      const filed = filedWith(doc, hit.from, hit.entry.lemma, tag);
      if (((inFrame(doc, hit.from) && !sheltered && !filed) || genericPublic(doc, hit.from) || (RQTH_LEMMAS.has(hit.entry.lemma) && openOffer(doc, hit.from))) && !route) continue;
      if (absent(doc, hit.from) || absentAfter(doc, hit.to) || answeredNo(doc, hit.from)) continue;
      // "ni de démarche MDPH", "ne relève pas de l'Agefiph"; the organisation as an employer or a course topic
      if (negatedObject(doc, hit.from) || employerSubject(doc, hit.to) || topicFrame(doc, hit.from, hit.to) || (othersFrame(doc, hit.from, hit.to) && !filed)) continue;
      // "encadrement de travailleurs handicapés", "poste d'encadrant auprès des travailleurs handicapés": the public a job looks after
      if (RQTH_LEMMAS.has(hit.entry.lemma) && toks[hit.from].t.endsWith('s') && !route && supervisedPublic(doc, hit.from)) continue;
      // "il a remplacé un collègue en arrêt maladie": a colleague's leave, not the person's
      if (sentenceHas(doc, hit.from, REPLACING) && (COLLEAGUE.has(toks[hit.from - 1]?.t ?? '') || COLLEAGUE.has(toks[hit.from - 2]?.t ?? ''))) continue;
      // "le conseiller était en congé maladie, l'entretien a été assuré par sa collègue": the staff's leave, not the person's
      if (tag.startsWith('arret') && staffLeave(doc, hit.from)) continue;
      // "candidature envoyée à la MDPH pour un poste d'instructeur": the organisation as the employer aimed at
      if ((tag.startsWith('dispositif') || hit.entry.lemma === 'MDPH') && jobAfter(doc, hit.to)) continue;
      // "Cap emploi accompagne les entreprises…", "le dispositif Emploi accompagné est présenté aux employeurs": the scheme's work with employers
      if (tag.startsWith('dispositif') && schemeForEmployers(doc, hit.from, hit.to)) continue;
      // "conseiller Cap emploi", "référente Agefiph", "moniteur d'atelier en ESAT": the organisation as a workplace
      const prev = toks[hit.from - 1];
      if (prev && prev.sn === toks[hit.from].sn && /^(conseiller|conseillere|referent|referente|charge|chargee|moniteur|monitrice|educateur|educatrice|partenaire|delegation|delegue|deleguee)$/.test(prev.t)) continue;
      // "garanties invalidité-décès", "contrats incapacité-invalidité": an insurance product sold or managed, not the person's status
      if (hit.entry.lemma === 'invalidité' && insuranceCover(doc, hit.from)) continue;
      // "Préconisations du médecin du travail : contraintes de santé compatibles avec…": the source of the recommended neutral wording
      if (tag === 'amenagement' && neutralWording(doc, hit.from)) continue;
      if (mode === 'personne') {
        // "invalide" is also "code invalide": only "il est invalide", "reconnu invalide à 80 %"
        if (!prev || !/^(est|etait|devenu|devenue|reconnu|reconnue|declare|declaree|sont|suis|etre)$/.test(prev.t)) continue;
      }
      if (mode === 'nu') {
        // "six mois d'arrêt", "son arrêt se termine": not "son arrêt de bus", "l'arrêt du projet"
        const p2 = toks[hit.from - 2];
        const nx = toks[hit.to];
        const afterDuration = prev?.t === "d'" && p2 && /^(mois|semaine|semaines|jour|jours|an|ans|annee|annees)$/.test(p2.t);
        const possessed = prev && /^(son|sa|votre|mon)$/.test(prev.t) && !(nx && nx.sn === prev.sn && /^(de|du|des|d')$/.test(nx.t));
        // "son généraliste a prolongé l'arrêt", "prolongation de l'arrêt", "l'arrêt a été renouvelé": a leave extended by a doctor
        if (vehicleStop(doc, hit.from)) continue;
        const ext = extendedLeave(doc, hit.from, hit.to);
        if (ext) {
          const verbFirst = ext[0] < hit.from && !/^(prolongation|prolongations|renouvellement|renouvellements)$/.test(toks[ext[0]].t);
          found.push({ from: ext[0], to: ext[1], tag, lemma: hit.entry.lemma, confidence: 'medium', fixFrom: verbFirst ? ext[0] + 1 : undefined });
          continue;
        }
        if (!afterDuration && !possessed) {
          // "diagnostic en septembre, arrêt immédiat": a leave that starts at once, in a sentence about illness (not "arrêt immédiat du chantier")
          const q = immediateLeave(doc, hit.to);
          if (q > 0) { found.push({ from: hit.from, to: q, tag, lemma: hit.entry.lemma, confidence: 'medium' }); continue; }
          if (!durationAfter(doc, hit.to)) continue;
          // the duration is not a category ("arrêt de 3 semaines" is not "invalidité de 3e catégorie")
          found.push({ from: hit.from, to: hit.to, tag, lemma: hit.entry.lemma, confidence: 'medium' });
          continue;
        }
      }
      // "la production est arrêtée jusqu'en mai": only a person is on sick leave
      if (mode === 'arrete' && (!sickLeaveArrest(doc, hit.from, hit.to) || !sentenceHas(doc, hit.from, PERSON_WORDS))) continue;
      if (mode === 'at' && prev?.t !== 'en') continue;
      if (mode === 'sigle' && !(prev && prev.sn === toks[hit.from].sn && LEAVE_SIGLE_BEFORE.test(prev.t)) && !sentenceHas(doc, hit.from, LEAVE_WORDS)) continue;
      if ((mode === 'gir' || mode === 'apa') && !dependencyLevel(doc, hit.from, hit.to, mode === 'apa')) continue;
      // "secrétaire du médecin conseil", "poste au service médical de la CPAM": a workplace
      if (mode === 'controle' && sentenceHas(doc, hit.from, JOB_TITLES)) continue;
      // "relation avec les médecins-conseils", "interlocuteur des médecins conseils": the profession as a job's partners
      // (not "convoqué par les médecins conseils", "rendez-vous avec les médecins conseils")
      if (mode === 'controle' && toks[hit.from].t.startsWith('medecins') && /^(les|des|aux|ces)$/.test(prev?.t ?? '') && partnersOf(doc, hit.from - 2)) continue;
      if (mode === 'oeth' && !oethStatus(doc, hit.from)) continue;
      if (mode === 'employeur' && handledFiles(doc, hit.from)) continue;
      if (mode === 'ij') {
        const sn = toks[hit.from].sn;
        let seen = false;
        for (let k = Math.max(0, hit.from - 4); k < Math.min(toks.length, hit.to + 3) && !seen; k++) if (toks[k].sn === sn && k !== hit.from && IJ_WORDS.has(toks[k].t)) seen = true;
        if (!seen) continue;
      }
      // "éducatrice en IME", "poste d'AESH en ULIS": a workplace, unless the sentence is about a schooling
      if (mode === 'ecole' && sentenceHas(doc, hit.from, JOB_TITLES) && !sentenceHas(doc, hit.from, SCHOOLING)) continue;
      if (tag.startsWith('dispositif') && (employerTarget(doc, hit.from) || organisationPart(doc, hit.from) || EVENTS.has(prev?.t ?? ''))) continue;
      // "poursuivi pour fraude aux indemnités journalières": the object of an offence (infractions), not the person's leave
      if (fraudObject(doc, hit.from)) continue;
      // "CAP EMPLOI 71 – ENTRETIEN DE DIAGNOSTIC": the agency writing the report, as its heading (a scheme the person is in,
      // "DISPOSITIF EMPLOI ACCOMPAGNÉ – POINT D'ÉTAPE", stays a finding)
      if ((hit.entry.lemma === 'Cap emploi' || hit.entry.lemma === 'Agefiph') && hit.from === 0 && toks[hit.to] && (toks[hit.to].k === Kind.Number || toks[hit.to].k === Kind.Punct) && doc.raw(hit.from) === doc.raw(hit.from).toUpperCase()) continue;
      // "Cap emploi Ain-Léman – Note de suivi", "Cap emploi 71 : compte rendu d'entretien": the agency's letterhead, in any case
      if ((hit.entry.lemma === 'Cap emploi' || hit.entry.lemma === 'Agefiph') && hit.from === 0 && letterhead(doc, hit.to)) continue;
      // the funds (Agefiph, FIPHFP) are organisations: a finding only as the person's aid ("aide Agefiph", "financement de l'Agefiph obtenu")
      if (officeAsPartnerOrWorkplace(doc, hit.from, hit.entry.lemma)) continue;
      // "présentation des aides de l'Agefiph aux employeurs": a fund's aids offered to firms
      if (hit.entry.lemma === 'Agefiph' && clauseAfterHas(doc, hit.to, 4, FIRMS)) continue;
      if (hit.entry.lemma === 'Agefiph' && !fundedAid(doc, hit.from)) continue;
      // "le médecin conseil a fixé son taux d'incapacité": the doctor is the actor of a status reported on its own
      // "reprise en mi-temps thérapeutique validée par le médecin conseil", "le médecin-conseil de la CPAM l'a classé en invalidité":
      // the doctor is the actor of a status reported on its own, before or after him
      if (mode === 'controle' && toks[hit.from].t.startsWith('medecin') && ctx.hits.some((o) => o !== hit && o.entry.tag !== 'bloc' && (o.from >= hit.to || o.to <= hit.from) && toks[o.from].sn === toks[hit.from].sn && !o.entry.tag?.startsWith('arret:controle'))) continue;
      if (mode === 'en') {
        // "en arrêt" alone: sick leave only about a person ("il est en arrêt depuis mars")
        const nx = toks[hit.to];
        if (nx && nx.sn === toks[hit.from].sn && /^(de|du|des|d'|sur|devant|pres)$/.test(nx.t) && !/^(travail|maladie)$/.test(toks[hit.to + 1]?.t ?? '')) continue;
      }
      let to = extendStatus(doc, hit.to);
      // "déclarée inapte à son poste": keep the span on the status
      if (to < hit.to) to = hit.to;
      const [a, b] = [hit.from, to];
      const [s0, s1] = [Math.max(0, a - 8), Math.min(toks.length, b + 6)];
      let linked = false;
      for (let k = s0; k < s1; k++) if (toks[k].sn === toks[a].sn && STRICT_PERSON.has(toks[k].t)) linked = true;
      found.push({ from: a, to: b, tag, lemma: hit.entry.lemma, confidence: linked ? 'high' : (hit.entry.confidence ?? 'medium') });
    }
    found.sort((x, y) => x.from - y.from || y.to - x.to);
    const kept: typeof found = [];
    for (const c of found) {
      const last = kept[kept.length - 1];
      if (last && c.from < last.to) { last.to = Math.max(last.to, c.to); last.fixFrom = undefined; continue; }
      // "Orientation CDAPH en milieu protégé", "notification MDPH vers un ESAT": a status and the scheme it opens are one finding
      if (last && c.from === last.to + 1 && (toks[last.to].t === 'en' || toks[last.to].t === 'vers') && c.tag.startsWith('dispositif')) { last.to = c.to; last.fixFrom = undefined; continue; }
      kept.push(c);
    }
    for (const c of kept) {
      const [start, end] = doc.tokRange(c.from, c.to);
      const family = c.tag.split(':')[0];
      const messageId = family === 'arret' ? 'arret' : family === 'inaptitude' ? 'inaptitude' : 'statut';
      ctx.report({
        start,
        end,
        messageId,
        data: { terme: text.slice(start, end) },
        confidence: c.confidence,
        fixes: c.fixFrom !== undefined ? [replaceFix(doc.tokRange(c.fixFrom, c.to)[0], end, 'son indisponibilité', 'Remplacer par une formulation neutre')] : fixFor(doc, text, c.lemma, c.tag, c.from, c.to, start, end),
      });
    }
  },
});
