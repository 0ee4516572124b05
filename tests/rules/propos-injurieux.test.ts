import rule from '../../rules/propos-injurieux.ts';
import { OBSERVATION } from '../../rules/lexicons/jugement.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // round 15: a third party's insult reported in quotes (unquoted, « le traitait de tèbè », it stays a finding)
    "Un collègue l'a traité de « taré » en septembre ; la cheffe a recadré.",
    // a beta version, beta-blockers, beta-thalassaemia: not the insult "bêta"
    'Il teste la version bêta du logiciel.',
    'Il prend des bêta-bloquants.',
    'Porteur sain de la bêta-thalassémie.',
    'Syndicat mixte de traitement des déchets : poste d’agent de quai.',
    'Il a trouvé une limace dans la salade du chantier.',
    'Une mise en demeure a été envoyée au bailleur.',
    'Il demeure motivé malgré les refus.',
    'Elle a fait une erreur bête dans le formulaire, corrigée ensemble.',
    'Une idée stupide de ma part : j’ai oublié la convocation.',
    "Il est inutile de renvoyer le CV, l'employeur l'a reçu.",
    'Elle se dit nulle en informatique ; atelier numérique proposé.',
    'Il est incapable de porter des charges lourdes depuis son accident.',
    'Conducteur de travaux dans le gros œuvre pendant dix ans.',
    "L'équipe a eu un fou rire pendant l'atelier.",
    'Le match nul de samedi a été commenté en atelier collectif.',
    'Il a été assisté par un interprète pendant l’entretien.',
    // third parties, roles, neutral frames
    'Il a été agressé par des voyous à la gare.',
    'Il joue le rôle d’un voyou dans une pièce de théâtre.',
    'Genre de métier qui lui plairait : électricien.',
    'Air de rien, il a trouvé un stage.',
  ],
  invalid: [
    // round 15: a quoted insult the writer endorses stays a finding
    { text: 'Son ancien tuteur le traitait de « feignasse » et je partage cet avis.', errors: ['feignasse'] },
    { text: 'Il est un peu bêta.', errors: ['bêta'] },
    { text: "Le voisin de table, un vrai pique-assiette, l'a déconcentrée.", errors: ['pique-assiette'] },
    { text: "C'est un poids mort pour l'équipe.", errors: ['un poids mort'] },
    { text: 'Son ancienne tutrice la décrit comme une vraie limace.', errors: ['une vraie limace'] },
    { text: "C'est un déchet, rien à faire.", errors: ['déchet'] },
    { text: 'Allure de petit voyou, à recadrer avant les entretiens.', errors: ['Allure de petit voyou'] },
    { text: 'Il a une allure de petit voyou.', errors: ['allure de petit voyou'] },
    { text: 'Genre racaille, casquette vissée sur la tête.', errors: ['Genre racaille'] },
    { text: 'Style petite frappe, casquette et survêtement.', errors: ['Style petite frappe'] },
    { text: 'Profil cas social, peu de démarches.', errors: ['Profil cas social'] },
    { text: 'Dans le genre racaille, il se pose là.', errors: ['Dans le genre racaille'] },
    { text: 'Un vrai cossard, rien depuis deux mois.', errors: ['cossard'] },
    { text: 'Il est complètement demeuré.', errors: ['demeuré'] },
    {
      text: 'Franchement, quel abruti, il a encore oublié son rendez-vous.',
      errors: [{ text: 'abruti', messageId: 'injure', severity: 'error', category: 'jugement' }],
      output: `Franchement, quel ${OBSERVATION.injure}, il a encore oublié son rendez-vous.`,
    },
    { text: "L'adhérent est un vrai boulet, un cas social.", errors: ['boulet', 'cas social'] },
    { text: 'Il est complètement con.', errors: ['con'] },
    { text: "C'est un fainéant de première, aucune démarche en trois mois.", errors: ['fainéant'] },
    { text: 'Elle semble un peu feignante ces derniers temps.', errors: [{ text: 'feignante', severity: 'warning' }] },
    { text: 'Il profite du système depuis des années.', errors: ['profite du système'] },
    { text: "Mentalité d'assisté, il attend tout des autres.", errors: ["Mentalité d'assisté"] },
    { text: "Elle est nulle à l'écrit et à l'oral.", errors: ['nulle'] },
    { text: 'Il est un peu taré, celui-là.', errors: [{ text: 'taré', severity: 'warning' }] },
    { text: "N'a rien dans la tête, inutile de proposer une formation.", errors: ["N'a rien dans la tête"] },
    { text: 'Elle est hystérique dès qu’on parle de ses droits.', errors: ['hystérique'] },
  ],
});

// round 10: Creole put-downs of the overseas departments (fool, gossip, good-for-nothing)
ruleTester(rule, {
  valid: [
    'Il a des bonbons à gogo au stand.',
    'Elle parle créole et français, atout pour l’accueil en Guadeloupe.',
  ],
  invalid: [
    { text: 'Franchement un kouyon, il a signé son contrat sans le lire.', errors: ['kouyon'] },
    { text: 'Ses collègues le trouvent ababa.', errors: ['ababa'] },
    { text: 'Une vraie makrel, elle raconte la vie de tout le monde.', errors: ['makrel'] },
    { text: 'Son chef le traitait de tèbè devant tout le monde.', errors: ['tèbè'] },
    { text: 'Un vakabon, toujours en retard.', errors: ['vakabon'] },
  ],
});

// the look noun that frames the insult is part of its one finding; a look alone is rules/apparence.ts's
ruleTester(rule, {
  valid: ['Il a une dégaine de vieux prof.', "Dans le court-métrage de l'atelier, il a joué un clochard.", "Elle a décroché le rôle d'une sorcière au théâtre municipal."],
  invalid: [
    { text: 'Il a une dégaine de clochard.', errors: ['dégaine de clochard'] },
    { text: "Il a la dégaine d'un clochard.", errors: ["dégaine d'un clochard"] },
  ],
});

// « mongol » as a nationality in a migrant's path (origine), and still the insult without one
ruleTester(rule, {
  valid: [
    "L'adhérente est mongole ; son diplôme étranger de comptable n'est pas reconnu.",
    'Il est mongol, arrivé avec un visa étudiant en 2019.',
    "Elle est mongole, demandeuse d'asile depuis mars.",
    'Il est mongol, naturalisé depuis 2015.',
    "Elle est mongole ; dossier d'équivalence de son diplôme en cours.",
  ],
  invalid: [
    { text: "Il est complètement mongol, il n'a rien compris aux consignes.", errors: ['mongol'] },
  ],
});

// a side of character the person has: « il a un côté assisté »; not a machine's side, nor the verb « assister »
ruleTester(rule, {
  valid: [
    'La chaîne a un côté assisté.',
    'Le métier a un côté assisté par ordinateur.',
    'Il a assisté à la réunion.',
    'Il a un côté assisté par sa sœur pour les papiers.',
    'La direction a un côté assisté qui rassure les clients.',
    'Le poste a un côté pénible.',
    'Elle a assisté son père pendant sa maladie.',
    'Il a un côté bricoleur.',
    'Le logiciel a un côté assisté pour la saisie.',
    'Il a un côté pratique.',
  ],
  invalid: [
    {
      text: "Il a quand même un côté assisté : il attend qu'on fasse les démarches à sa place.",
      errors: ['côté assisté'],
      output: `Il a quand même un ${OBSERVATION.injure} : il attend qu'on fasse les démarches à sa place.`,
    },
    { text: 'Elle a un côté assistée, elle ne prend aucune initiative.', errors: ['côté assistée'] },
  ],
});

// contempt for country people in its spellings; an insulting adjective after the person's remarks — not a film, a question, a pertinent remark
ruleTester(rule, {
  valid: [
    'Le film est débile.',
    "Des questions bêtes, il n'y en a pas.",
    'Il a fait des remarques pertinentes en groupe.',
    'Il a des propos confus sur ses dates.',
    'Match nul pour son club dimanche.',
    "Il a été pécheur à Saint-Pierre pendant dix ans.",
  ],
  invalid: [
    { text: 'Un vrai péquenot, il ne sait pas se tenir.', errors: ['péquenot'] },
    { text: 'Elle traite ses voisins de culs-terreux.', errors: ['culs-terreux'] },
    { text: 'réflexions débiles en groupe', errors: ['débiles'] },
    { text: "Il fait des remarques stupides pendant l'atelier.", errors: ['stupides'] },
  ],
});

// a word cited as a word (« le mot », « l'expression », « le terme ») is applied to no one
ruleTester(rule, {
  valid: [
    "Le mot plouc est cité dans le livre étudié en atelier d'écriture.",
    "Atelier d'écriture : le terme « beauf » a fait débat.",
  ],
  invalid: [
    { text: 'C’est un plouc.', errors: ['plouc'] },
    { text: 'Le mot qui lui va : un vrai plouc.', errors: ['plouc'] },
  ],
});

// a put-down after « peut paraître » is the writer's hedged view; after « peur de paraître » it is not
ruleTester(rule, {
  valid: [
    'Il a peur de paraître rustre devant les clients de la boutique.',
    'Elle craint de paraître rustre en entretien.',
  ],
  invalid: [
    { text: "Monsieur peut paraître rustre aux yeux d'un recruteur en boutique.", errors: ['rustre'] },
  ],
});
