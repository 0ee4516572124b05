import rule from '../../rules/genetique-biometrie.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // the genetics of fish stocks, crops or bees is a job field, not the person's; a workplace checking access generically
    'Il vise un poste de technicien en biologie marine : analyses ADN sur les stocks de poissons.',
    'Stage en semencerie : analyses ADN des semences et des plantes.',
    "L'entreprise contrôle les accès par reconnaissance faciale.",
    'Le laboratoire HLA recrute un technicien.',
    // the family land
    'Il souhaite construire sur le terrain familial en Bretagne.',
    'Elle a hérité du terrain familial à côté de Vannes.',
    "Technicienne en laboratoire, elle réalise des tests de portage pour les patients.",
    // lab work in a young graduate's path, a filmed face, a recorded voice
    "Son stage s'est déroulé au laboratoire de cytogénétique (caryotypes, préparation d'échantillons).",
    "Le recruteur cherchait une expérience en séquençage haut débit.",
    "Elle a enregistré son visage dans une vidéo de présentation pour LinkedIn.",
    "Elle a enregistré sa voix pour la publicité radio.",
    'Le fabricant vend des lecteurs de géométrie de la main.',
    // a project holder, a porter, genome analysis as a job
    "Elle est porteuse d'un projet de création de micro-crèche.",
    'Il est porteur de projet et a fait une prise de sang pour la visite médicale.',
    'Il a travaillé comme porteur à la gare.',
    "Bioinformaticien, il a fait du séquençage d'exome pendant son stage au laboratoire.",
    'Technicienne, elle fait de la recherche de mutations sur des souches de levures.',
    // « gène » as a figure of speech, « gêne » (discomfort), DNA expertise as a job
    'Il a le gène du commerce, un vrai vendeur.',
    'Il ressent une gêne de la hanche depuis sa chute.',
    'Le gène de la créativité, dit-elle en riant.',
    'Il est technicien en expertise ADN au laboratoire de police scientifique.',
    // metaphors and ordinary body words
    'Sa voix porte bien, un atout pour l’animation.',
    'Il a laissé son empreinte dans l’équipe de nuit.',
    'Elle veut réduire son empreinte carbone.',
    'Ses gènes de battant l’aident, dit-il en riant.',
    // genetics as a job field, systems described generically, ID photos, metaphors
    'Technicienne de laboratoire en génétique : métier exploré lors d’une enquête.',
    "Il a travaillé comme technicien en biométrie chez un fabricant de lecteurs d'empreintes.",
    "La pointeuse biométrique de l'entrepôt enregistre les empreintes digitales des salariés.",
    "Le système de reconnaissance faciale de l'aéroport est géré par son futur employeur.",
    'Photo d’identité biométrique à fournir pour le renouvellement du titre de séjour.',
    "Respecter l'ADN de l'entreprise : proximité et sens du service.",
    'Elle souhaite se former à la génétique médicale.',
    // absence
    'Aucun test génétique n’est demandé pour ce poste.',
    // a research topic
    'Le laboratoire étudie la mucoviscidose et la drépanocytose.',
    'Technicienne dans une équipe de recherche sur la myopathie de Duchenne.',
    'Elle a couru le semi-marathon pour Vaincre la mucoviscidose.',
    // a kiosk at the préfecture, an ID photo, a genetics lab as a workplace
    "La préfecture a installé des bornes d'enrôlement biométrique dans le hall.",
    "Photo d'identité aux normes à fournir pour le renouvellement du titre de séjour.",
    "Deux enquêtes métier, l'une au laboratoire du CHU, l'autre au plateau de génotypage de l'Institut Claudius-Regaud.",
    'Elle vise un poste de technicienne sur la plateforme de séquençage du Genopole.',
    // animal genetics at a vet's or a breeder's
    'En clinique équine, elle faisait les prélèvements pour les tests de paternité des poulains.',
    'La clinique réalise des tests ADN de filiation et des dépistages de maladies héréditaires pour des éleveurs de bergers australiens.',
  ],
  invalid: [
    // HLA typing with its allele and result
    { text: 'Diagnostic posé après un typage HLA DQB1*06:02 positif.', errors: ['typage HLA DQB1*06:02 positif'] },
    { text: 'Elle est porteuse du HLA-B27, comme son père.', errors: ['HLA-B27'] },
    { text: 'Il a un terrain familial de cancers du côté de sa mère.', errors: ['terrain familial'] },
    // the person's own, beside animals
    { text: 'Elle a une maladie héréditaire et travaille dans un élevage de chevaux.', errors: ['maladie héréditaire'] },
    { text: 'Il a fait un test de paternité pour son fils.', errors: ['test de paternité'] },
    // the person's face or iris enrolled on a device
    { text: "Pour entrer dans les locaux, il a dû enregistrer son visage sur la borne d'accueil.", errors: ['enregistrer son visage'] },
    { text: 'Il a dû scanner son iris pour accéder au data center.', errors: ['son iris'] },
    { text: 'La pointeuse enregistre la géométrie de sa main.', errors: ['géométrie de sa main'] },
    { text: 'La badgeuse enregistre le scan de son iris.', errors: ['scan de son iris'] },
    { text: 'Enrôlement biométrique (empreintes + photo) fait en préfecture pour le renouvellement du titre.', errors: ['Enrôlement biométrique'] },
    { text: "Prise d'empreintes au consulat pour son visa le 12 mars.", errors: ["Prise d'empreintes"] },
    { text: 'Il a fait un génotypage au CHU pour une maladie rare.', errors: ['génotypage'] },
    { text: 'Le génotypage du CHU a confirmé sa prédisposition.', errors: ['génotypage'] },
    {
      text: 'Elle a fait un test génétique pour une maladie héréditaire.',
      errors: [
        { text: 'test génétique', messageId: 'genetique', severity: 'error', category: 'genetique-biometrie' },
        { text: 'maladie héréditaire', messageId: 'genetique' },
      ],
    },
    { text: 'Il a fait un test ADN pour retrouver son père biologique.', errors: ['test ADN'] },
    { text: 'Elle est porteuse saine de la mucoviscidose.', errors: ['porteuse saine', 'mucoviscidose'] },
    { text: 'Leur fils est atteint de trisomie 21.', errors: ['trisomie 21'] },
    { text: 'Elle a une prédisposition héréditaire au cancer du sein.', errors: ['prédisposition héréditaire'] },
    { text: 'Porteuse d’une mutation BRCA2, elle a des examens réguliers.', errors: ['Porteuse d’une mutation'] },
    { text: 'Résultats du caryotype attendus en avril.', errors: ['caryotype'] },
    { text: 'Il a refusé de donner ses empreintes digitales pour le badge.', errors: [{ text: 'empreintes digitales', messageId: 'biometrie' }] },
    { text: "L'agence a relevé les empreintes digitales de l'adhérent pour son dossier.", errors: ['empreintes digitales'] },
    { text: "Elle a dû enregistrer son visage pour la reconnaissance faciale à l'entrée du site.", errors: ['reconnaissance faciale'] },
    { text: 'Ses données biométriques ont été transmises par erreur avec le dossier.', errors: ['données biométriques'] },
    { text: 'Il a consulté un généticien en mars.', errors: ['généticien'] },
    { text: 'Elle a commandé un kit ADN sur internet.', errors: ['kit ADN'] },
    { text: 'Il a fait analyser son ADN par MyHeritage.', errors: ['fait analyser son ADN', 'MyHeritage'] },
    { text: 'Ses données génétiques ont été transmises à une mutuelle.', errors: ['données génétiques'] },
    { text: 'Elle a une prédisposition au cancer de l’ovaire.', errors: ['prédisposition au cancer'] },
    { text: 'La généticienne la suit depuis 2020.', errors: ['généticienne'] },
    { text: 'Il déverrouillait le poste de travail avec son empreinte.', errors: [{ text: 'son empreinte', messageId: 'biometrie' }] },
    { text: 'Le contrôle d’accès se faisait par scan de sa rétine.', errors: ['scan de sa rétine'] },
    { text: 'Sa voix a été enregistrée pour l’authentification au téléphone.', errors: ['Sa voix a été enregistrée'] },
    { text: 'Elle est porteuse du trait drépanocytaire.', errors: ['porteuse du trait drépanocytaire'] },
    // well-known monogenic diseases named as such
    { text: 'La chorée de Huntington touche plusieurs membres de sa famille.', errors: ['chorée de Huntington'] },
    { text: 'Son fils est hémophile.', errors: ['hémophile'] },
    { text: 'Il souffre d’hémophilie A depuis l’enfance.', errors: ['hémophilie A'] },
    { text: 'Elle a une myopathie de Duchenne.', errors: ['myopathie de Duchenne'] },
    { text: 'La généticienne a confirmé une neurofibromatose.', errors: ['neurofibromatose'] },
    { text: 'Elle a une hémochromatose héréditaire.', errors: ['hémochromatose héréditaire'] },
    // "héréditaire" takes the disease it qualifies
    { text: 'Il a un diabète héréditaire.', errors: ['diabète héréditaire'] },
    { text: 'Elle a un cancer du sein héréditaire.', errors: ['cancer du sein héréditaire'] },
    { text: 'Sa surdité est héréditaire.', errors: ['surdité est héréditaire'] },
    // gene screening for a named disease, the court's words for a paternity test
    { text: "Son frère et lui ont été dépistés pour le gène de l'hémochromatose après le décès de leur père.", errors: ["dépistés pour le gène de l'hémochromatose"] },
    { text: 'Elle a été testée pour le gène de la mucoviscidose.', errors: ['testée pour le gène de la mucoviscidose'] },
    { text: "L'ex-compagnon conteste être le père et a obtenu une expertise ADN pour la petite.", errors: ['expertise ADN'] },
    { text: 'Le juge a ordonné une expertise biologique de paternité.', errors: ['expertise biologique de paternité'] },
    // genetic tests in laboratory words; a bare carrier status in a sentence about a test
    { text: 'Elle attend le résultat de sa propre recherche de mutation.', errors: ['recherche de mutation'] },
    { text: 'Elle a fait une analyse de son exome au CHU.', errors: ['exome'] },
    { text: 'Il a fait un test BRCA l’an dernier.', errors: ['test BRCA'] },
    { text: 'Elle attend un test présymptomatique.', errors: ['test présymptomatique'] },
    { text: 'Sa mère lui a demandé une prise de sang pour savoir si elle est porteuse.', errors: ['porteuse'] },
    // one finding per phrase, a bare qualifier kept when it is the sentence's only genetic finding
    { text: 'Elle a une maladie de Charcot-Marie-Tooth, forme héréditaire transmise par son père.', errors: ['maladie de Charcot-Marie-Tooth'] },
    { text: 'Elle a rendez-vous en consultation d’oncogénétique pour savoir si la maladie de sa mère est héréditaire.', errors: ['consultation d’oncogénétique'] },
    { text: 'Elle est sourde, une forme héréditaire du côté de son père.', errors: ['forme héréditaire'] },
    { text: "Elle a fait un test de porteuse l'an dernier.", errors: ['test de porteuse'] },
    { text: 'Il attend une recherche de prédisposition génétique.', errors: ['recherche de prédisposition génétique'] },
    // the person's face checked by an app or a platform
    { text: 'La plateforme de livraison vérifie son identité par reconnaissance faciale à chaque connexion.', errors: ['reconnaissance faciale'] },
    { text: "L'application bancaire contrôlait son visage par reconnaissance faciale.", errors: ['reconnaissance faciale'] },
  ],
});

// wild species, food and plants count only as the object of the genetics, a few words after it
ruleTester(rule, {
  valid: [
    'Son patron utilise un test ADN pour contrôler la qualité des fromages.',
    'Le laboratoire fait des tests ADN sur les vins pour vérifier leur origine.',
    'Il a travaillé dans une station de sélection génétique des semences de blé.',
  ],
  invalid: [
    { text: 'Elle a une espèce de maladie génétique rare, dit-elle.', errors: ['maladie génétique'] },
    { text: 'Il a une maladie héréditaire et cultive des plantes aromatiques.', errors: ['maladie héréditaire'] },
    { text: 'Il a fait un test génétique, payé en espèces.', errors: ['test génétique'] },
  ],
});

// bare « ses empreintes » is also a mark left on a work: it needs a collecting or an administrative word
ruleTester(rule, {
  valid: [
    'Ses empreintes sont visibles dans tout le projet, selon son tuteur.',
    'Elle a laissé son empreinte sur la refonte du site.',
  ],
  invalid: [
    { text: 'La police a relevé ses empreintes lors de la garde à vue.', errors: ['empreintes'] },
    { text: 'Il a refusé de donner ses empreintes pour le badge.', errors: ['empreintes'] },
    { text: 'Ses empreintes ont été prises à la préfecture pour son titre de séjour.', errors: ['empreintes'] },
  ],
});

// a technique or a department as a laboratory job's tasks; the person's own test or care in the same words
ruleTester(rule, {
  valid: [
    'Il travaille dans un laboratoire privé : sérologies, bactériologie, puis séquençage ADN pour le service de génétique.',
    'Technicienne, elle réalise des analyses ADN au service de génétique.',
    'En alternance au CHU, il fait du génotypage pour l’unité de génétique.',
    'Poste de secrétaire médicale au service de génétique : candidature envoyée.',
    'Son stage de master portait sur le séquençage ADN haut débit.',
  ],
  invalid: [
    { text: 'Il a été reçu au service de génétique en mars.', errors: ['service de génétique'] },
    { text: 'Sa fille est suivie au service de génétique, il travaille de nuit.', errors: ['service de génétique'] },
    { text: 'Le séquençage ADN a confirmé sa prédisposition.', errors: ['séquençage ADN'] },
    { text: "Il a fait un séquençage ADN pour savoir s'il est porteur.", errors: ['séquençage ADN'] },
    { text: 'Il travaille de nuit depuis que le service de génétique lui a annoncé le résultat.', errors: ['service de génétique'] },
  ],
});

// handing over prints or an iris
ruleTester(rule, {
  valid: [
    'Il a pris son visage entre ses mains.',
    'Elle a donné son visage à la campagne de pub du club.',
  ],
  invalid: [
    { text: 'Il a dû donner son iris pour son titre de séjour.', errors: ['donner son iris'] },
    { text: 'On lui a demandé de fournir son iris.', errors: ['fournir son iris'] },
  ],
});

// an IT project that deploys or integrates a biometric system for a client is a system, not the person's data
ruleTester(rule, {
  valid: [
    "Projets marquants : déploiement d'un contrôle d'accès par reconnaissance faciale chez un client logisticien (elle en a piloté la conformité RGPD).",
    'Elle a intégré une solution de reconnaissance vocale pour un client bancaire.',
    'Il a déployé des badgeuses à empreintes digitales chez trois clients.',
    "Intégratrice, elle paramètre la reconnaissance faciale des portiques pour les clients de l'éditeur.",
  ],
  invalid: [
    { text: 'La plateforme vérifie son identité par reconnaissance faciale à chaque connexion ; son compte a été bloqué.', errors: ['reconnaissance faciale'] },
    { text: 'Son client lui a demandé de donner ses empreintes digitales pour accéder au chantier.', errors: ['empreintes digitales'] },
    { text: 'Pour accéder au chantier du client, il a dû faire enregistrer ses empreintes digitales.', errors: ['empreintes digitales'] },
  ],
});
