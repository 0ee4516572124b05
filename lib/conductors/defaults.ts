/**
 * The default conductors, as data (issue #3 §1), written from the seed documents (000, 001, 003):
 * seven interview types of the pathway plus a generic follow-up. Every conductor shares the
 * introduction and conclusion items (frame the interview; evaluate, plan the work before the next
 * meeting, formalise), and has its own "déroulement".
 *
 * An organisation replaces these with its own file (see import.ts); the shape is `ConductorFile`.
 */
import { DEFAULT_DURATIONS, DEFAULT_STEPS, type ChecklistItem, type Conductor, type ConductorFile, type Frame, type ReportElement } from './schema.ts';

const INTRODUCTION: ChecklistItem[] = [
  { id: 'accueil', libelle: "Accueillir la personne et annoncer la durée de l'entretien", bilan: "la durée et le cadre de l'entretien" },
  { id: 'objectif', libelle: "Énoncer l'objectif, la méthode et les outils", bilan: "l'objectif de l'entretien et la méthode proposée" },
  { id: 'accord-cadre', libelle: 'Vérifier que la personne partage le cadre et s’accorder sur le déroulé', bilan: "l'accord sur le déroulé de l'entretien" },
];

const CONCLUSION: ChecklistItem[] = [
  { id: 'evaluation', libelle: 'Évaluer avec la personne le résultat atteint', bilan: 'le résultat atteint au cours de cet entretien' },
  { id: 'travail', libelle: 'Convenir du travail à réaliser en autonomie avant le prochain rendez-vous' },
  { id: 'prochain-rdv', libelle: 'Fixer la date du prochain rendez-vous' },
  { id: 'formalisation', libelle: 'Formaliser les conclusions dans le compte rendu, en écrivant « vous » ou « l’adhérent »' },
];

/** Words that show the report states the actions agreed. Accents and case are ignored. */
const ACTIONS: ReportElement = {
  id: 'actions-convenues',
  libelle: 'les actions convenues',
  indices: [
    'actions convenues', 'action convenue', 'convenu', 'convenue', 'convenus', 'convenues', 'convenons',
    "plan d'action", "plan d'actions", 'actions à mener', 'action à mener', 'actions prévues', 'action prévue',
    'actions décidées', 'action décidée', 'prochaine étape', 'prochaines étapes', 'étape suivante', 'étapes suivantes',
    'vous vous engagez', "s'engage à", "s'engage a", 'engagements pris', 'il a été décidé', 'avez décidé', 'a décidé',
    'décidons', 'démarches à effectuer', 'démarches à réaliser', 'démarches prévues', 'objectifs fixés',
    'suite à donner', 'suites à donner', 'actions retenues', 'action retenue', 'pistes retenues',
  ],
};

/** Words that show the report states the work requested before the next meeting. */
const TRAVAIL: ReportElement = {
  id: 'travail-prochain-rdv',
  libelle: 'le travail demandé avant le prochain rendez-vous',
  indices: [
    'avant le prochain', 'avant la prochaine', "d'ici le prochain", "d'ici la prochaine", 'pour le prochain',
    'pour la prochaine', "d'ici là", "d'ici notre", 'travail demandé', 'travail à réaliser', 'travail à faire',
    'tâches à réaliser', 'tâche à réaliser', 'en autonomie', 'à préparer', 'à apporter', 'apporterez', 'préparerez',
    'rapporterez', 'travail personnel',
  ],
};

const CONSENTEMENT: ReportElement = {
  id: 'consentement',
  libelle: 'le consentement au traitement des données personnelles (information donnée et accord recueilli)',
  indices: [
    'consentement', 'consentements', 'consenti', 'consentie', 'consentez', 'consentir', 'consent',
    'traitement des données', 'traitement de ses données', 'traitement de vos données', 'données personnelles',
    "autorisation d'utilisation des données", 'formulaire d’autorisation', "formulaire d'autorisation", 'RGPD',
  ],
};

const ENGAGEMENT_SIGNE: ReportElement = {
  id: 'engagement-signe',
  libelle: "la signature du contrat d'engagement",
  indices: [
    'signé', 'signée', 'signés', 'signées', 'signature', 'signer', 'signez', 'signera', 'signerez', 'signons',
    'contresigné', 'contresignée',
  ],
};

interface Spec {
  id: string;
  libelle: string;
  etapeParcours: Conductor['etapeParcours'];
  cadre: Frame;
  deroulement: ChecklistItem[];
  aSaisir: string[];
  compteRendu?: ReportElement[];
  /** 'consentement' joins the introduction of the welcome interview */
  introduction?: ChecklistItem[];
}

/** Each conductor gets its own copies of the shared items, so editing one never changes another. */
function conductor(s: Spec): Conductor {
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return copy({
    id: s.id,
    libelle: s.libelle,
    etapeParcours: s.etapeParcours,
    cadre: s.cadre,
    phases: [
      { id: 'introduction', dureeMinutes: DEFAULT_DURATIONS.introduction, temps: [...DEFAULT_STEPS.introduction], checklist: [...INTRODUCTION, ...(s.introduction ?? [])] },
      { id: 'deroulement', dureeMinutes: DEFAULT_DURATIONS.deroulement, temps: [...DEFAULT_STEPS.deroulement], checklist: s.deroulement },
      { id: 'conclusion', dureeMinutes: DEFAULT_DURATIONS.conclusion, temps: [...DEFAULT_STEPS.conclusion], checklist: [...CONCLUSION] },
    ],
    aSaisir: s.aSaisir,
    compteRendu: [...(s.compteRendu ?? []), ACTIONS, TRAVAIL],
  });
}

export const DEFAULT_CONDUCTORS: Conductor[] = [
  conductor({
    id: 'premier-accueil',
    libelle: 'Premier accueil',
    etapeParcours: 'accueil',
    cadre: {
      objectif: 'Présenter le service et clarifier la demande initiale de la personne.',
      decisionLibre: "Entrer ou non dans l'accompagnement proposé.",
      informationsARecueillir: "Le fonctionnement du service, les engagements réciproques et l'usage qui sera fait de ses données.",
      outils: ['Plaquette de présentation du service', "Formulaire d'autorisation d'utilisation des données personnelles"],
      travailProchainRdv: 'Rassembler les documents utiles au diagnostic : CV, attestations de formation et de travail.',
    },
    deroulement: [
      { id: 'demande', libelle: 'Clarifier la demande initiale', bilan: 'votre demande initiale' },
      { id: 'service', libelle: "Présenter le service, l'accompagnement et les engagements réciproques", bilan: "le fonctionnement du service et les engagements réciproques" },
      { id: 'consentement', libelle: 'Informer sur le traitement des données personnelles et recueillir le consentement', bilan: 'le traitement de vos données personnelles, pour lequel votre accord a été recueilli' },
    ],
    aSaisir: [
      'Consentement au traitement des données personnelles : information donnée et accord enregistré',
      'Demande initiale, en une phrase',
      'Date du prochain rendez-vous',
    ],
    compteRendu: [CONSENTEMENT],
  }),
  conductor({
    id: 'diagnostic',
    libelle: 'Diagnostic',
    etapeParcours: 'accueil',
    cadre: {
      objectif: 'Identifier avec la personne ses points d’appui et ses freins pour poser les bases du parcours.',
      decisionLibre: 'Choisir les points à travailler en priorité.',
      informationsARecueillir: 'Les exigences des métiers visés et les ressources disponibles sur le territoire.',
      outils: ['Grille de diagnostic', 'CV', 'Fiches métiers'],
      travailProchainRdv: "Compléter la grille d'auto-positionnement et se renseigner sur un métier visé.",
    },
    deroulement: [
      { id: 'parcours', libelle: "Retracer le parcours de formation et d'emploi", bilan: "votre parcours de formation et d'emploi" },
      { id: 'competences', libelle: "Identifier les compétences et les points d'appui", bilan: "vos compétences et vos points d'appui" },
      { id: 'freins', libelle: "Repérer les freins, décrits par leurs effets sur l'emploi et non par leur cause", bilan: 'les obstacles à lever pour accéder à un emploi' },
    ],
    aSaisir: ["Compétences et points d'appui", "Freins à lever, décrits par leurs effets sur l'emploi", 'Pistes de parcours'],
  }),
  conductor({
    id: 'co-elaboration-parcours',
    libelle: 'Co-élaboration de parcours',
    etapeParcours: 'accueil',
    cadre: {
      objectif: "Construire avec la personne un plan d'action structuré en étapes.",
      decisionLibre: "Choisir le projet et l'ordre des étapes.",
      informationsARecueillir: "Les étapes possibles, leurs conditions d'accès et leurs délais.",
      outils: ['Schéma de parcours', "Plan d'action", 'Offre de formation et de services'],
      travailProchainRdv: 'Se renseigner sur la première étape retenue : contacts, dates, conditions.',
    },
    deroulement: [
      { id: 'rappel-diagnostic', libelle: 'Rappeler les conclusions du diagnostic', bilan: 'les conclusions du diagnostic' },
      { id: 'objectif-pro', libelle: "Définir l'objectif professionnel et les étapes pour l'atteindre", bilan: "votre objectif professionnel et les étapes pour l'atteindre" },
      { id: 'calendrier', libelle: 'Situer chaque étape dans le temps', bilan: 'le calendrier des étapes' },
    ],
    aSaisir: ['Objectif professionnel', "Étapes du plan d'action et échéances"],
  }),
  conductor({
    id: 'contractualisation',
    libelle: 'Contractualisation',
    etapeParcours: 'accueil',
    cadre: {
      objectif: "Valider le parcours et signer le contrat d'engagement.",
      decisionLibre: "S'engager ou non dans le parcours proposé.",
      informationsARecueillir: 'Les engagements réciproques, les droits et obligations, les modalités de suivi.',
      outils: ["Contrat d'engagement", "Plan d'action validé"],
      travailProchainRdv: 'Engager la première action prévue au contrat.',
    },
    deroulement: [
      { id: 'relecture', libelle: "Relire ensemble le plan d'action", bilan: "la relecture du plan d'action" },
      { id: 'engagements', libelle: 'Expliciter les engagements réciproques', bilan: 'les engagements réciproques' },
      { id: 'signature', libelle: "Signer le contrat d'engagement et en remettre un exemplaire", bilan: "la signature du contrat d'engagement, dont un exemplaire vous a été remis" },
    ],
    aSaisir: ["Date de signature du contrat d'engagement", 'Actions contractualisées et échéances'],
    compteRendu: [ENGAGEMENT_SIGNE],
  }),
  conductor({
    id: 'preparation-etape',
    libelle: "Préparation d'étape ou d'action",
    etapeParcours: 'accompagnement',
    cadre: {
      objectif: "Clarifier l'objectif de l'étape à venir et préparer sa réalisation.",
      decisionLibre: "Choisir les modalités de réalisation de l'étape.",
      informationsARecueillir: "Les attendus de l'étape, les interlocuteurs et les documents à fournir.",
      outils: ["Plan d'action", "Fiche de préparation d'étape"],
      travailProchainRdv: 'Réaliser les démarches préparatoires convenues : prise de contact, constitution du dossier.',
    },
    deroulement: [
      { id: 'place-etape', libelle: "Situer l'étape dans le parcours", bilan: 'la place de cette étape dans votre parcours' },
      { id: 'attendus', libelle: "Préciser l'objectif et les attendus de l'étape", bilan: "l'objectif et les attendus de l'étape" },
      { id: 'ressources', libelle: 'Identifier les démarches et les ressources nécessaires', bilan: 'les démarches et les ressources nécessaires' },
    ],
    aSaisir: ['Étape préparée et son objectif', 'Démarches à réaliser et échéances'],
  }),
  conductor({
    id: 'evaluation-intermediaire',
    libelle: 'Évaluation intermédiaire',
    etapeParcours: 'accompagnement',
    cadre: {
      objectif: 'Faire le point sur les progrès et ajuster le parcours.',
      decisionLibre: 'Maintenir, modifier ou réordonner les étapes suivantes.',
      informationsARecueillir: 'Les résultats obtenus et les écarts avec ce qui était prévu.',
      outils: ["Plan d'action", "Grille d'évaluation"],
      travailProchainRdv: 'Mettre en œuvre les ajustements décidés.',
    },
    deroulement: [
      { id: 'bilan-actions', libelle: 'Faire le bilan des actions réalisées depuis le dernier rendez-vous', bilan: 'le bilan des actions réalisées' },
      { id: 'ecarts', libelle: "Analyser les écarts avec le plan d'action", bilan: "les écarts avec le plan d'action" },
      { id: 'ajustements', libelle: 'Ajuster les étapes et les échéances', bilan: "l'ajustement des étapes et des échéances" },
    ],
    aSaisir: ['Résultats obtenus', "Ajustements du plan d'action"],
  }),
  conductor({
    id: 'evaluation-finale',
    libelle: 'Évaluation finale et co-élaboration de la suite',
    etapeParcours: 'accompagnement',
    cadre: {
      objectif: "Évaluer l'étape achevée et construire la suite du parcours.",
      decisionLibre: 'Choisir la suite du parcours.',
      informationsARecueillir: "Les acquis de l'étape et les options pour la suite.",
      outils: ["Grille d'évaluation", 'Schéma de parcours'],
      travailProchainRdv: 'Engager la première démarche de la nouvelle étape.',
    },
    deroulement: [
      { id: 'acquis', libelle: "Évaluer les acquis de l'étape", bilan: "les acquis de l'étape" },
      { id: 'avis', libelle: "Recueillir l'avis de la personne sur l'accompagnement", bilan: "votre avis sur l'accompagnement" },
      { id: 'suite', libelle: 'Co-construire la suite du parcours', bilan: 'la suite de votre parcours' },
    ],
    aSaisir: ["Bilan de l'étape", 'Suite du parcours retenue'],
  }),
  conductor({
    id: 'suivi',
    libelle: 'Suivi',
    etapeParcours: 'suivi',
    cadre: {
      objectif: "Faire le point sur l'avancement des démarches en cours.",
      decisionLibre: "Choisir les priorités jusqu'au prochain rendez-vous.",
      informationsARecueillir: "L'état des démarches en cours et les nouvelles possibilités.",
      outils: ["Plan d'action", 'Agenda'],
      travailProchainRdv: "Poursuivre les démarches prévues au plan d'action.",
    },
    deroulement: [
      { id: 'point-demarches', libelle: 'Faire le point sur les démarches réalisées', bilan: 'les démarches réalisées' },
      { id: 'difficultes', libelle: 'Traiter les difficultés rencontrées dans les démarches', bilan: 'les difficultés rencontrées dans les démarches' },
      { id: 'mise-a-jour', libelle: "Actualiser le plan d'action", bilan: "la mise à jour du plan d'action" },
    ],
    aSaisir: ['Démarches réalisées', "Mise à jour du plan d'action"],
  }),
];

/** The defaults in the import file format, for "Exporter" and as a model for organisations. */
export const DEFAULT_CONDUCTOR_FILE: ConductorFile = { version: 1, conducteurs: DEFAULT_CONDUCTORS };

export function findConductor(id: string | undefined, list: readonly Conductor[] = DEFAULT_CONDUCTORS): Conductor | undefined {
  return id === undefined ? undefined : list.find((c) => c.id === id);
}
