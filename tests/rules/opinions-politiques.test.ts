import rule from '../../rules/opinions-politiques.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "Elle a participé à la campagne de recrutement de l'entreprise Renaissance Immobilier.",
    "Il a travaillé à l'agence Horizons Voyages pendant deux ans, en campagne commerciale.",

    // round 20 trap
    'Il chante dans un chœur basque.',
    // committees and movements of anything (traps)
    "Elle participe aux manifestations du comité des fêtes.",
    "Il participe aux manifestations du comité d'entreprise.",
    "Il participe aux manifestations du mouvement de jeunesse scout.",
    "Il a participé l'an dernier aux manifestations sportives de la ville.",
    "Il assure la sécurité lors des manifestations du collectif des sans-papiers.",
    "Il a été hospitalisé onze mois après une manifestation.",
    "Elle est engagée au PSD comme comptable dans une PME.",
    "Il est membre de la FDP, fédération départementale de pêche.",
    "Affiliée à la CAQ, caisse d'assurance qualité.",
    "Affilié au RPM, le régime de prévoyance mutuelle.",
    // pilgrimages, communities, refusals, roundabouts, mandates given by a union, producers' syndicates (traps)
    "Le rond-point était bloqué par les travaux, il est arrivé en retard.",
    "Il a bloqué le rond-point avec son camion en panne.",
    "Il habite après le rond-point de la zone commerciale.",
    "Agent de voirie, il a bloqué les ronds-points pendant les travaux.",
    "Elle travaille au rond-point, dans la boulangerie.",
    "Il fait partie d'un groupe dissident au sein du club de foot.",
    "Il a été arrêté après un vol en 2019.",
    "Il a participé à la manifestation de 2023 du salon de l'emploi.",
    "La manifestation de 2019 a bloqué la ville, il est arrivé en retard.",
    // round 11: "manifester" with an object or reflexive, files at work, shareholders (traps)
    "Il a manifesté son intérêt en 2022 pour le poste.",
    "La douleur s'est manifestée à l'automne 2022.",
    "Il a manifesté à plusieurs reprises son envie de changer de poste.",
    "La société a un actionnaire dissident.",
    "Il traite les demandes d'asile politique à la préfecture.",
    "Il accompagne des dissidents dans leurs démarches.",
    // round 10: overseas and regional vocabulary (traps)
    "Le chantier du barrage a pris du retard, il y a travaillé en 2017.",
    "Il a travaillé sur le barrage de Petit-Saut comme électricien.",
    "Il a rejoint les forces vives du territoire pour le développement économique.",
    // round 9: lay treatment names, substitution acronyms, church missions, worn marks, campaign agents, sports unions (traps)
    "Il conduit un tracteur pour une coopérative agricole.",
    "Conducteur de tracteur pour Horizons Agri depuis 2018.",
    "Elle a été assesseure au tribunal des affaires de sécurité sociale.",
    "Colleur d'affiches pour une agence de publicité, il cherche un CDI.",
    "Il a travaillé comme colleur d'affiches pour JCDecaux.",
    "Directeur de campagne marketing pour L'Oréal.",
    "Il est scrutateur pour un institut de sondage.",
    // prefixes of a quality, a drug or a company; a topic; a contract; a safety vest
    'Elle est très pro-active dans ses recherches.',
    'Il prend un anti-inflammatoire pour son dos.',
    'Il a travaillé chez PRO BTP comme gestionnaire.',
    "Il n'est pas anti-vax.",
    'Le film porte sur les militants pro-Trump.',
    'Elle a signé un contrat contre la réforme de son service.',
    'Il porte un gilet jaune sur le chantier.',
    // a worker on the site, a fight against something else, a planning zone, a medical word
    "Il travaille sur le chantier de l'A69 depuis mars.",
    "Il lutte contre le bruit du chantier avec des bouchons d'oreille.",
    'Elle lutte contre la loi du silence dans sa famille.',
    'Assurance contre les accidents de chantier.',
    'Chef de chantier, il a été mobilisé sur la construction de la LGV.',
    'Chef de chantier mobilisé contre les retards sur le chantier de la LGV.',
    'Il a une contre-indication au port de charges.',
    'Dossier de ZAD instruit par la mairie, droit de préemption.',
    'Il se bat contre son cancer depuis deux ans.',
    // the employer's plan fought at work
    'Il se mobilise contre le projet de fermeture de son atelier.',
    // a list of a foreign union is a union mandate (rule syndicat)
    'Elle a été élue sur une liste OGBL.',
    // « milite pour » a personal matter, a union; dissent as a public or a topic
    "Elle milite pour que son fils soit accepté à l'école.",
    'Il milite pour son maintien dans le logement.',
    'Il milite pour obtenir un CDI.',
    'Le poste consiste à accompagner des réfugiés politiques dans leurs démarches.',
    'Il a lu un livre sur un prisonnier politique.',
    // marches, rallies and strikes without a political cause, markets,
    'Il vend des fruits sur les marchés pour le compte d’un producteur.',
    'Elle fait de la marche pour sa santé.',
    'Il a participé à la marche contre le cancer organisée par la mairie.',
    'Elle a participé à la mobilisation pour l’emploi organisée par France Travail.',
    'Il a fait grève pour les retraites en 2023.',
    'La marche pour le climat a bloqué le centre-ville, le rendez-vous est reporté.',
    // movements as employers, commercial canvassing, fashion shows, titles
    'Stage de comptabilité chez Greenpeace France.',
    'Il a fait du porte-à-porte pour vendre des abonnements à la fibre.',
    'Elle a défilé pour une marque de prêt-à-porter.',
    'Il est conservateur de bibliothèque depuis 2015.',
    'Il a tracté pour la boulangerie de son oncle.',
    'Forum « Manifestation pour l’emploi des jeunes » le 12 mai.',
    'Il distribuait des tracts syndicaux à l’entrée du dépôt.',
    // studies, jobs and company policies
    'Master de sciences politiques, elle vise un poste de chargée de mission.',
    'Il souhaite devenir assistant parlementaire.',
    'La politique RH du groupe favorise la mobilité interne.',
    'L’entreprise mène une politique de recrutement inclusive.',
    // "parti", "manifestation" in their ordinary senses
    'Il a pris le parti de reprendre une formation.',
    'L’adhérente est partie en vacances deux semaines.',
    'Il faut tirer parti de son expérience de vendeur.',
    'Sans parti pris, le jury a retenu sa candidature.',
    'Elle a aidé à organiser une manifestation sportive pour la ville.',
    'Manifestation d’intérêt envoyée à l’entreprise le 12/03.',
    'Il manifeste un réel intérêt pour le métier de cariste.',
    // abbreviations
    'PS : penser à joindre le CV actualisé.',
    'Courrier envoyé en LR avec accusé de réception.',
    'Trajet par la RN 7 puis la D 12.',
    // safety vest, union list, mandate without politics
    'Port du gilet jaune obligatoire sur le quai de chargement.',
    'Élue sur la liste CGT aux élections professionnelles.',
    // union activism belongs to `syndicat`
    'Militante CFDT, elle connaît bien le dialogue social.',
    'Nous avons construit ensemble le plan d’action.',
    'Ne jamais noter les opinions politiques dans le dossier.',
    "Il n'a jamais été encarté dans un parti.",
    'Elle a voté aux municipales à Valbrune.',
    // foreign parties and first votes: traps
    'Elle est affiliée à la MSA depuis 2010.',
    'Il a une carte BNP et un compte PSD.',
    'Son engagement au service des clients est total.',
    'Elle est affiliée au régime général.',
    'Il lit le journal Vox chaque semaine.',
    "Il a voté pour la première fois à l'AG de l'association.",
    'Il a voté pour la première fois aux élections du CSE.',
    'Il a traité son collègue de facho, un avertissement a suivi.',
    // independence of a person, of the courts, a national day; a blockade suffered or administrative; not voting at all
    'Il veut retrouver son indépendance financière.',
    "L'indépendance de la Justice est un thème du module de culture générale.",
    "Il a fêté l'indépendance du Mali avec sa famille.",
    "Il a été retardé par les blocages des agriculteurs sur l'A64.",
    'Le blocage de son dossier à la CAF dure depuis deux mois.',
    'Il participe au blocage du dossier par la banque.',
    "Il ne vote pas, faute d'inscription sur les listes.",
    "Il parle la langue d'Oc avec ses grands-parents.",
    'Il ne vote pas pour la gauche ni pour la droite.',
  ],
  invalid: [
    { text: 'Il a fait campagne pour Renaissance aux municipales.', errors: ['a fait campagne pour Renaissance'] },

    // round 20: regional independence movements by their own names
    { text: 'Ancien militant abertzale, il veut rester au Pays basque.', errors: ['militant abertzale'] },
    { text: "Il a participé l'an dernier aux manifestations du collectif des sans-papiers devant la préfecture.", errors: ["manifestations du collectif des sans-papiers"] },
    { text: "Elle participe aux manifestations du comité des sans-papiers.", errors: ["manifestations du comité des sans-papiers"] },
    { text: "Il a été incarcéré onze mois après une manifestation.", errors: ["manifestation"] },
    { text: "Il a participé l'an dernier à une manifestation à Paris.", errors: ["manifestation"] },
    { text: "Il était membre du RCD et a fui l'Algérie en 2019.", errors: ["membre du RCD"] },
    // parties abroad after a membership word or "parti"; a first vote told of the person
    { text: "Il a fui la Turquie à cause de son engagement au HDP.", errors: ["engagement au HDP"] },
    { text: "Il est affilié au PTB et distribue le journal.", errors: ["affilié au PTB"] },
    { text: "Elle est militante de Québec solidaire.", errors: ["militante de Québec solidaire"] },
    { text: "Il vote Chega depuis 2019.", errors: ["vote Chega"] },
    { text: "Son père était membre du parti AKP.", errors: ["membre du parti AKP"] },
    { text: "Il est engagé au sein du MR depuis 2015.", errors: ["engagé au sein du MR"] },
    { text: "Elle a voté pour la première fois en juin.", errors: ["a voté pour la première fois"] },
    { text: "Naturalisé, il pourra voter pour la première fois.", errors: ["voter pour la première fois"] },
    // nationalities of every state, overseas communities, pardons, ancestor altars, roundabouts, union mandates, third genders
    { text: "Il a bloqué les ronds-points pendant tout l'hiver 2018.", errors: ["bloqué les ronds-points"] },
    { text: "Elle était tous les samedis sur les ronds-points en 2019.", errors: ["était tous les samedis sur les ronds-points"] },
    { text: "Il a passé l'hiver 2018 sur le rond-point de Carhaix avec les autres.", errors: ["passé l'hiver 2018 sur le rond-point"] },
    { text: "Elle a participé à l'occupation des ronds-points près de chez elle.", errors: ["occupation des ronds-points"] },
    { text: "Il a vécu sur une ZAD dans le Tarn.", errors: ["ZAD"] },
    { text: "Il a été arrêté après une manifestation en 2019.", errors: ["manifestation"] },
    { text: "Il a participé aux manifestations de 2019 à Alger.", errors: ["manifestations"] },
    { text: "Il a pris part au Hirak.", errors: ["Hirak"] },
    // round 11: a role that says the stance, a dated demonstration
    { text: "Ancien journaliste d'opposition, il a dû quitter son pays.", errors: ["journaliste d'opposition"] },
    { text: "Elle était militante de l'opposition au Soudan.", errors: ["militante de l'opposition"] },
    { text: "Il a quitté le pays pour raisons politiques.", errors: ["pour raisons politiques"] },
    { text: "Il a dû partir après avoir manifesté à l'automne 2022.", errors: ["manifesté à l'automne 2022"] },
    { text: "Il a manifesté lors des élections de 2020.", errors: ["manifesté lors des élections de 2020"] },
    // round 9 classes
    { text: "Ancien colleur d'affiches pour Horizons, il prépare un concours.", errors: ["colleur d'affiches pour Horizons"] },
    { text: "Colleuse d'affiches pour LFI aux européennes.", errors: ["Colleuse d'affiches pour LFI"] },
    { text: "Il était tracteur pour le PS pendant les municipales.", errors: ["tracteur pour le PS"] },
    { text: "Assesseur pour le RN aux dernières législatives.", errors: ["Assesseur pour le RN"] },
    { text: "Elle a été scrutatrice pour les législatives.", errors: ["scrutatrice pour les législatives"] },
    { text: "Secrétaire de section du PCF à Vierzon pendant dix ans.", errors: ["Secrétaire de section du PCF"] },
    { text: "Elle fait du boîtage pour La France insoumise.", errors: ["boîtage pour La France insoumise"] },
    // opposition to a project or a reform, governed by an activism word; a protest camp
    { text: "Absent en octobre : il était mobilisé contre le chantier de l'autoroute.", errors: ["contre le chantier de l'autoroute"] },
    { text: "Il est membre d'un collectif contre l'extension de l'aéroport.", errors: ["contre l'extension de l'aéroport"] },
    { text: 'Elle s’est mobilisée contre les méga-bassines.', errors: ['contre les méga-bassines'] },
    { text: "Il a signé une pétition contre le projet d'incinérateur.", errors: ["contre le projet d'incinérateur"] },
    { text: "Il s'est engagé contre l'autoroute A69.", errors: ["contre l'autoroute A69"] },
    { text: 'Il a été mobilisé contre la réforme des retraites.', errors: ['contre la réforme des retraites'] },
    { text: "Il se bat contre le projet de mine d'or en Guyane.", errors: ["contre le projet de mine d'or"] },
    { text: 'Son collectif contre le chantier de la rocade a manifesté samedi.', errors: ['contre le chantier de la rocade'] },
    { text: "Elle s'est mobilisée contre le projet de fermeture de la maternité.", errors: ['contre le projet de fermeture de la maternité'] },
    { text: 'Il a occupé la ZAD de Notre-Dame-des-Landes pendant deux ans.', errors: ['ZAD de Notre-Dame-des-Landes'] },
    { text: 'Militant du LKP en 2009, il dit avoir été « blacklisté ».', errors: ['Militant du LKP'] },
    { text: 'Elle est proche du FLNKS et en parle en entretien.', errors: ['proche du FLNKS'] },
    { text: "Il milite pour l'indépendance de la Guadeloupe et donne des cours de créole.", errors: ['indépendance de la Guadeloupe'] },
    { text: "Elle est favorable à l'autodétermination de la Kanaky.", errors: ['autodétermination de la Kanaky'] },
    { text: "Il a participé aux blocages d'autoroute des agriculteurs en janvier.", errors: ["blocages d'autoroute des agriculteurs"] },
    { text: 'Elle a participé aux opérations escargot des taxis à Toulouse.', errors: ['opérations escargot des taxis'] },
    { text: 'Il a participé aux manifestations des agriculteurs à Agen.', errors: ['manifestations'] },
    { text: "L'adhérente ne votera plus jamais pour la gauche.", errors: ['ne votera plus jamais pour la gauche'] },
    { text: "Il n'a jamais voté pour le RN.", errors: ["n'a jamais voté pour le RN"] },
    {
      text: 'Militant écologiste, il souhaite rejoindre une association.',
      errors: [{ text: 'Militant écologiste', messageId: 'opinion', severity: 'error', category: 'opinions-politiques' }],
      output: 'Il souhaite rejoindre une association.',
    },
    { text: 'Elle est sympathisante d’extrême gauche.', errors: ['sympathisante d’extrême gauche'] },
    { text: 'Il vote pour le Rassemblement national depuis dix ans.', errors: ['vote pour le Rassemblement national'] },
    { text: 'Il a voté RN et le revendique en atelier.', errors: ['voté RN'] },
    { text: 'Elle est adhérente du PCF.', errors: ['adhérente du PCF'] },
    { text: 'Il a sa carte au PS depuis 2010.', errors: ['carte au PS'] },
    { text: 'Encartée dans un parti, elle y consacre ses soirées.', errors: ['Encartée dans un parti'] },
    { text: 'Il se dit monarchiste.', errors: ['monarchiste'] },
    { text: 'Elle est plutôt de droite.', errors: ['de droite'] },
    { text: 'Il soutient Zemmour et en parle souvent.', errors: ['soutient Zemmour'] },
    { text: 'Absent car il manifestait contre la fermeture de l’hôpital.', errors: ['manifestait contre la fermeture de l’hôpital'] },
    { text: 'Elle a participé aux manifestations pour le climat.', errors: ['manifestations pour le climat'] },
    { text: 'Il participe régulièrement aux manifestations.', errors: ['manifestations'] },
    { text: 'Ancien gilet jaune, il a occupé un rond-point.', errors: ['gilet jaune'] },
    { text: 'Candidate aux législatives de 2022.', errors: [{ text: 'Candidate aux législatives', messageId: 'mandat' }] },
    { text: 'Il est conseiller municipal dans sa commune.', errors: ['conseiller municipal'] },
    { text: 'Il se présente aux prochaines municipales.', errors: [{ text: 'présente aux prochaines municipales', messageId: 'mandat' }] },
    { text: 'Il tient des propos anticapitalistes en atelier.', errors: ['propos anticapitalistes'] },
    { text: 'Elle est très engagée politiquement.', errors: ['engagée politiquement'] },
    { text: 'Il milite à Lutte ouvrière depuis ses vingt ans.', errors: ['milite à Lutte ouvrière'] },
    { text: 'Il est membre d’Attac depuis ses études.', errors: ['membre d’Attac'] },
    { text: 'Elle participe aux actions d’Alternatiba.', errors: ['actions d’Alternatiba'] },
    { text: 'Il a rejoint les Soulèvements de la Terre.', errors: ['les Soulèvements de la Terre'] },
    { text: 'Il milite pour la cause tibétaine.', errors: ['milite pour la cause tibétaine'] },
    { text: 'Elle a manifesté pour la paix en Ukraine.', errors: ['manifesté pour la paix en Ukraine'] },
    { text: 'Il était dans le cortège contre la loi immigration.', errors: ['cortège contre la loi immigration'] },
    { text: 'Elle colle des affiches pour les européennes.', errors: ['colle des affiches'] },
    { text: 'Il a fait campagne pour Jadot.', errors: ['a fait campagne pour Jadot'] },
    { text: 'Elle est élue d’opposition dans sa commune.', errors: [{ text: 'élue d’opposition', messageId: 'mandat' }] },
    { text: 'Il se dit antimilitariste.', errors: ['antimilitariste'] },
    { text: 'Il est plutôt conservateur.', errors: ['conservateur'] },
    { text: 'Elle participe à toutes les marches pour le climat de Pellerive.', errors: ['marches pour le climat'] },
    { text: 'Il va à chaque rassemblement contre la guerre en Ukraine.', errors: ['rassemblement contre la guerre'] },
    { text: 'Elle a participé aux grèves pour le climat au lycée.', errors: ['grèves pour le climat'] },
    { text: 'Il signe toutes les pétitions contre le nucléaire.', errors: ['pétitions contre le nucléaire'] },
    { text: 'Elle a rejoint le rassemblement antiraciste de samedi.', errors: ['rassemblement antiraciste'] },
    // single-issue activism, dissent as a status
    { text: "Sa colocataire milite contre les mégabassines et part souvent en week-end d'action.", errors: ['milite contre les mégabassines'] },
    { text: 'Il milite activement pour la fermeture des abattoirs.', errors: ['milite activement pour la fermeture des abattoirs'] },
    { text: 'Elle est militante contre les violences policières depuis 2020.', errors: ['militante contre les violences policières'] },
    { text: "Son père, opposant politique en Biélorussie, a obtenu l'asile en 2019.", errors: ['opposant politique'] },
    { text: 'Il est réfugié politique depuis 2018.', errors: ['réfugié politique'] },
    // stances without a party name
    { text: "Il était membre d'un mouvement d'opposition au régime, d'où sa demande d'asile.", errors: ["mouvement d'opposition au régime"] },
    { text: 'Il affiche ses idées pro-Trump sur son profil LinkedIn.', errors: ['pro-Trump'] },
    { text: 'Militant anti-vax, il refuse le poste en EHPAD.', errors: ['anti-vax'] },
    { text: 'Elle est pro-vie et le dit en entretien.', errors: ['pro-vie'] },
    { text: 'Il a été gilet jaune en 2019.', errors: ['gilet jaune'] },
    { text: 'Elle a signé la pétition contre la loi immigration.', errors: ['pétition contre la loi'] },
    // round 10: overseas and regional vocabulary
    { text: "Il a participé aux blocages du RPPRAC contre la vie chère.", errors: ["blocages du RPPRAC contre la vie chère"] },
    { text: "Elle a participé aux blocages contre la vie chère en Martinique.", errors: ["blocages contre la vie chère"] },
    { text: "Il est militant anti-pesticides et anime des réunions.", errors: ["anti-pesticides"] },
    { text: "Il était sur les barrages de 2017 avec les 500 Frères.", errors: ["barrages de 2017 avec les 500 Frères"] },
    { text: "Elle tenait un barrage des Forces vives à Chirongui.", errors: ["barrage des Forces vives"] },
    { text: "Il a voté pour la liste autonomiste aux régionales.", errors: ["voté pour la liste autonomiste"] },
  ],
});

// round 13: occupations against a reform, blockades with a vehicle, dissent against a regime, blank votes and abstention, a politician's ideas;
// "à cause de" is no cause, a past office with no party is a past job
ruleTester(rule, {
  valid: [
    'Le vote blanc n’est pas comptabilisé, a expliqué la formatrice.',
    'Il s’abstient de fumer pendant les pauses.',
    "Le taux d'abstention aux municipales était élevé dans le quartier.",
    'Elle suit un régime alimentaire strict.',
    'Il a critiqué le régime de retraite des indépendants.',
    "Il a critiqué le gouvernement lors de l'atelier sur la réforme.",
    'Elle a fait un exposé sur les idées de Mao.',
    "Chauffeur routier, il a été bloqué sur l'A7 par les agriculteurs.",
    "Il a bloqué l'accès au chantier avec son camion de livraison.",
    'Il a occupé un poste de magasinier pendant trois ans.',
    'Le CNAPS lui a refusé la carte à cause de son dossier.',
    "Il a été condamné pour prise illégale d'intérêts quand il était maire de sa commune.",
    'Ancien maire de sa commune, il cherche un poste de DGS.',
    'Il était conseiller municipal avant sa reconversion.',
    // others' blockade told as a delay, a tax or social scheme after « régime de l' » (traps)
    "Chauffeur routier, il a été retardé : des agriculteurs ont bloqué l'A7 avec leurs tracteurs.",
    'Les taxis ont bloqué le périphérique avec leurs véhicules pendant la grève, il est arrivé en retard.',
    "Il a critiqué le régime de l'auto-entrepreneur.",
    'Elle critique le régime de la micro-entreprise pour ses cotisations.',
  ],
  invalid: [
    { text: "Comédien, il a participé à l'occupation des théâtres contre la réforme de l'assurance chômage.", errors: ["contre la réforme de l'assurance chômage"] },
    { text: 'Elle a occupé sa fac contre la loi travail.', errors: ['contre la loi travail'] },
    { text: "Il a bloqué l'A75 avec son tracteur pendant la mobilisation agricole.", errors: ["a bloqué l'A75 avec son tracteur"] },
    { text: "Avec d'autres éleveurs, ils ont bloqué l'A75 avec leurs tracteurs pendant la mobilisation.", errors: ["ont bloqué l'A75 avec leurs tracteurs"] },
    { text: "Opposant, il a critiqué le régime de l'ayatollah Khamenei avant de fuir.", errors: ['critiqué le régime'] },
    { text: 'Routier, il a bloqué le périphérique avec son camion pendant le mouvement.', errors: ['a bloqué le périphérique avec son camion'] },
    { text: 'Journaliste, il a quitté son pays après avoir critiqué le régime dans ses articles.', errors: ['critiqué le régime'] },
    { text: 'Il dénonçait la corruption de la junte sur son blog.', errors: ['dénonçait la corruption de la junte'] },
    { text: 'Elle a voté blanc aux dernières législatives.', errors: ['a voté blanc'] },
    { text: 'Il vote toujours nul.', errors: ['vote toujours nul'] },
    { text: "Il s'abstient à toutes les élections par conviction.", errors: ["s'abstient"] },
    { text: 'Il dit se retrouver dans les idées de Zemmour.', errors: ['les idées de Zemmour'] },
    { text: 'Elle partage les positions de Meloni sur l’immigration.', errors: ['les positions de Meloni'] },
    { text: 'Il était conseiller municipal sur la liste socialiste.', errors: ['conseiller municipal'] },
    { text: 'Elle a été candidate aux élections législatives en 2022.', errors: ['candidate aux élections législatives'] },
  ],
});

// round 14: demonstrations policed or covered as a job; the party of a candidate's list joins the candidacy
ruleTester(rule, {
  valid: [
    'Ancien CRS, il a encadré des manifestations contre la réforme des retraites à Paris et à Nancy.',
    'Photographe de presse, elle a couvert les manifestations contre la loi travail.',
    'Gendarme mobile, il sécurisait les manifestations des gilets jaunes.',
  ],
  invalid: [
    { text: 'Il a encadré des manifestations contre la réforme des retraites avec la CGT.', errors: ['manifestations contre la réforme des retraites avec la CGT'] },
    { text: 'Ancien CRS, il a participé aux manifestations contre la réforme des retraites.', errors: ['manifestations contre la réforme des retraites'] },
    { text: "Il s'était présenté aux municipales de 2020 sur une liste soutenue par le RN.", errors: ['présenté aux municipales de 2020 sur une liste soutenue par le RN'] },
    { text: "Elle s'est présentée aux législatives de 2022 sur la liste LFI.", errors: ['présentée aux législatives de 2022 sur la liste LFI'] },
  ],
});

// round 18: a technical service at political events is a job
ruleTester(rule, {
  valid: [
    'Technicien son, il a sonorisé les meetings de plusieurs partis pendant la campagne des législatives.',
    'Elle a filmé des meetings pour une chaîne locale.',
  ],
  invalid: [
    { text: 'Il va aux meetings du RN depuis deux ans.', errors: ['meetings du RN'] },
  ],
});

// sweep: the office of someone the person works for or meets (trap); the person's own office still is
ruleTester(rule, {
  valid: [
    "Il a été chauffeur pour un élu local dans le cadre d'un contrat de la collectivité.",
    'Elle a été assistante auprès des élus municipaux, au cabinet du maire.',
  ],
  invalid: [
    { text: 'Il est élu local dans sa commune depuis 2020.', errors: ['élu local'] },
  ],
});

// monarchist currents, radical ecology, feminist collages, list labels, a demonstration by date or by trade, time off for it,
// a lower-case zad in a note; a newspaper, a degree, a job wish, a sports event (traps)
ruleTester(rule, {
  valid: [
    'Il vend un journal légitimiste sur le marché.',
    'Il a un master en écologie politique.',
    'Il veut être écologiste dans son futur métier.',
    "Il a demandé une autorisation d'absence pour la manifestation du club de judo.",
    'La manifestation du 8 février a bloqué la rocade.',
    'La commune a créé une zad pour le futur lotissement.',
    'Il a travaillé avec Zad sur le chantier.',
  ],
  invalid: [
    { text: "Il se dit royaliste et va aux réunions d'un cercle légitimiste.", errors: ['royaliste', 'légitimiste'] },
    { text: 'Elle se dit bonapartiste.', errors: ['bonapartiste'] },
    { text: 'Il affirme être « écolo radical » et refuse la pêche industrielle.', errors: ['écolo radical'] },
    { text: "Il milite dans un collectif d'écologie radicale opposé au port.", errors: ['écologie radicale'] },
    { text: 'Colleuse féministe la nuit, elle ne veut pas de postes tôt.', errors: ['Colleuse féministe'] },
    { text: 'Elle a voté pour une liste divers droite.', errors: ['divers droite'] },
    { text: "A participé aux manifestations d'agriculteurs de janvier, d'où son absence.", errors: ['manifestations'] },
    { text: 'Il a demandé un jour de congé pour la manifestation du 8 février.', errors: ['manifestation'] },
    { text: 'militant ecolo, a passé deux hivers sur une zad', errors: ['militant ecolo', 'zad'] },
    { text: "Il milite dans un collectif d'écologie radicale et m'a demandé un jour de congé pour la manifestation du 8 février.", errors: ['écologie radicale', 'manifestation'] },
  ],
});

// a list label wants the person in the sentence; a fair or a show is no march, nor is availability for an event; a stance
// named as the subject of a work read or studied
ruleTester(rule, {
  valid: [
    "Le conseil municipal compte deux élus divers gauche, d'après le journal local.",
    'Elle est disponible pour la manifestation du 14 juin organisée par la mairie, qui cherche des hôtesses.',
    'Il pose une journée de congé pour la manifestation du 3 mai au parc des expositions où il tient le stand de son entreprise.',
    "Il lit un essai d'écologie politique pendant ses trajets.",
    "Elle a lu un livre sur l'écologie radicale.",
  ],
  invalid: [
    { text: 'Elle est divers gauche depuis toujours, dit-elle.', errors: ['divers gauche'] },
    { text: 'Il a été élu divers droite au conseil municipal.', errors: ['divers droite'] },
    { text: 'Elle a posé un congé pour la manifestation du 1er mai.', errors: ['manifestation'] },
  ],
});

// "manifeste" as an adjective is no demonstration
ruleTester(rule, {
  valid: [
    'Son casier porte une ivresse publique et manifeste de 2019.',
    'Il a une ivresse publique et manifeste en 2021 au bulletin n° 2.',
    "L'employeur a reconnu une erreur manifeste en 2020 sur le solde.",
    'Elle montre un désintérêt manifeste depuis janvier pour la formation.',
    'Un abus clair et manifeste de 2018 a été relevé par les prud\'hommes.',
    'Sa fatigue manifeste pendant les ateliers inquiète la référente.',
    'Une volonté manifeste de reprendre le travail en 2025.',
    "Il manifeste de l'intérêt pour la soudure.",
    'Sa motivation est très manifeste depuis la reprise.',
    'Un manque manifeste de préparation en 2024 selon le jury.',
  ],
  invalid: [
    { text: 'Il est syndiqué et manifeste contre la réforme des retraites.', errors: ['manifeste contre la réforme des retraites'] },
    { text: 'Elle manifeste depuis 2019 contre la réforme.', errors: ['manifeste depuis 2019 contre la réforme'] },
  ],
});

// a sports team's cause is a fan's zeal, not a political cause
ruleTester(rule, {
  valid: [
    'Elle est très militante pour la cause de son club de foot.',
    "Il milite pour la cause de l'équipe de rugby du quartier.",
  ],
  invalid: [
    { text: 'Elle milite pour la cause des sans-papiers.', errors: ['milite pour la cause des'] },
  ],
});

// collectives with a qualifier before « contre », boycott campaigns, a party's local meetings, a field label « Mandat électif : »
ruleTester(rule, {
  valid: [
    "Il a été embauché par le collectif citoyen contre l'extension de l'aéroport comme comptable.",
    'Stage au comité contre le projet d\'autoroute en 2022.',
    'Le comité local contre le bruit organise une réunion.',
    'Il a fait un exposé sur le mouvement BDS en master.',
    'Elle est trésorière du BDS de son école de commerce.',
    "Chargée de communication, elle a travaillé sur la campagne BDS d'une ONG.",
    'Il anime des réunions de cellule de crise dans son entreprise.',
    'Adhérente au club, elle anime des réunions de cellule de crise au travail.',
    'Elle organise les réunions de section du club de foot.',
    "Il a animé l'université d'été du Medef comme traiteur.",
    'Mandats électifs : néant.',
  ],
  invalid: [
    { text: "Il s'investit dans un collectif citoyen contre l'extension de l'aéroport.", errors: ["contre l'extension de l'aéroport"] },
    { text: "Il fait partie d'un comité d'habitants contre l'implantation d'une antenne.", errors: ["contre l'implantation d'une antenne"] },
    { text: 'Militante de la campagne de boycott BDS, elle refuse certaines enseignes.', errors: ['Militante de la campagne de boycott BDS'] },
    { text: 'Il pratique le boycott des produits israéliens et le dit en entretien.', errors: ['boycott des produits israéliens'] },
    { text: 'Il a sorti sa carte du Parti communiste pour justifier ses absences aux réunions de cellule.', errors: ['carte du Parti communiste', 'réunions de cellule'] },
    { text: 'Il va aux réunions de section du PCF.', errors: ['réunions de section du PCF'] },
    { text: '- Mandat électif : conseiller municipal de Bréval-le-Haut depuis 2020.', errors: ['conseiller municipal'] },
    { text: 'Il a un mandat électif dans sa commune.', errors: ['mandat électif'] },
  ],
});

// protesting at a place ("va manifester au Pays basque", "devant la préfecture"), territorial and provincial elections,
// an article about someone else's office
ruleTester(rule, {
  valid: [
    'Il a manifesté à France Travail son souhait de se former.',
    'Elle a manifesté au Pôle emploi sa volonté de changer de métier.',
    'Il a manifesté à Lyon son envie de bouger.',
    'Il a manifesté à son conseiller son intérêt pour le poste.',
    'Elle a manifesté devant le jury une grande aisance.',
    "La douleur s'est manifestée à Noël.",
    'Candidate dans les collectivités territoriales, elle prépare le concours.',
    'Il vise un poste dans la fonction publique territoriale ou les collectivités territoriales.',
    'Les assemblées provinciales recrutent des agents administratifs.',
    'Journaliste, elle a écrit un article sur un élu local.',
    'Elle a réalisé une enquête sur les élus locaux de la vallée.',
  ],
  invalid: [
    { text: 'Elle se dit abertzale et va manifester au Pays basque chaque mois.', errors: ['abertzale', 'manifester au Pays basque'] },
    { text: 'Il manifestait devant la préfecture tous les samedis.', errors: ['manifestait devant la préfecture'] },
    { text: "Il a figuré sur une liste nationaliste aux territoriales.", errors: ['liste nationaliste aux territoriales'] },
    { text: 'Elle a été candidate aux provinciales en 2019.', errors: ['candidate aux provinciales'] },
  ],
});

// an activist collective with its town after it ("un collectif féministe de Valence"); a group of an assembly stays silent
ruleTester(rule, {
  valid: [
    'Le groupe socialiste du conseil régional recrute un assistant.',
    'Elle a travaillé pour le groupe écologiste du Sénat.',
    'Il est socialiste de formation.',
    "C'est un conservateur de musée.",
    'Elle a lu un essai sur les collectifs féministes de Lyon.',
  ],
  invalid: [
    { text: 'Bénévole dans un collectif féministe de Valence (gestion des réseaux sociaux).', errors: ['féministe'] },
    { text: "Il est membre d'un collectif écologiste du quartier.", errors: ['écologiste'] },
  ],
});

// a first vote in a note without its subject, a school blockade against a reform, a party written in inclusive spelling
ruleTester(rule, {
  valid: [
    'Le conseil a voté pour la première fois un budget participatif.',
    'À la mairie, a voté pour la première fois le conseil des jeunes.',
    'a voté aux municipales',
    'Il a participé au blocage du lycée.',
    'Elle a géré le blocage du dossier au lycée contre toute attente.',
    'Il a participé au blocus du lycée contre son gré.',
    "Le blocus de Cuba est un sujet d'histoire.",
    'La Génération Z arrive sur le marché.',
    'Il fait partie de la génération.s des années 90.',
    'Génération Y, il cherche du sens.',
  ],
  invalid: [
    { text: 'a voté pour la premiere fois aux européennes, tres fier', errors: ['a voté pour la premiere fois'] },
    { text: 'a participé au blocus du lycée contre la réforme en mars', errors: ['blocus du lycée contre la réforme'] },
    { text: 'Il a participé au blocage de la fac contre la loi travail.', errors: ['blocage de la fac contre la loi'] },
    { text: 'Il est adhérent de Génération.s depuis 2019.', errors: ['Génération.s'] },
    { text: 'Il est militant à Génération·s.', errors: ['Génération·s'] },
  ],
});

// an opening "A" without its accent is the preposition; an opening auxiliary is a note about the person
ruleTester(rule, {
  valid: ["A la mairie, le bureau de vote sert aussi de lieu d'accueil.", 'A noter : le vote du budget de la formation est reporté.'],
  invalid: [{ text: 'a voté pour la première fois aux européennes.', errors: ['a voté pour la première fois'] }],
});

// foreign parties (an acronym shared with a programme or a bank needs politics near), opposition leaflets and committees
ruleTester(rule, {
  valid: [
    'Il est inscrit au PTI du département.',
    "Le PTI prévoit des actions d'insertion.",
    'Il travaille chez BNP Paribas.',
    'Il a un projet en PPP avec la mairie.',
    'Il joue à des RPG en ligne.',
    'Il distribuait des tracts pour le restaurant.',
    'Il distribue des tracts de la pizzeria.',
    'Il fait preuve de résistance au stress.',
    'Il a passé un test de résistance des matériaux.',
    "Elle a fait opposition sur sa carte bancaire.",
    'Le comité de pilotage se réunit en juin.',
  ],
  invalid: [
    { text: "Membre de l'UFDG, il dit être recherché chez lui.", errors: ["Membre de l'UFDG"] },
    { text: 'Il est sympathisant du PTI et a fui après les arrestations.', errors: ['sympathisant du PTI'] },
    { text: "Membre de l'ANC, il a fui en 2019.", errors: ["Membre de l'ANC"] },
    { text: 'Il est membre de la TPLF.', errors: ['membre de la TPLF'] },
    { text: "Il distribuait des tracts pour l'opposition sur le campus.", errors: ["distribuait des tracts pour l'opposition"] },
    { text: 'Il collait des affiches contre le régime.', errors: ['collait des affiches contre le régime'] },
    { text: 'Il a rejoint un comité de résistance dans son quartier.', errors: ['comité de résistance'] },
    { text: 'Menacé pour son engagement dans un comité de jeunes opposants aux milices.', errors: ['opposants aux milices'] },
    { text: '"They came for me because I was a member of an opposition party."', errors: ['opposition party'] },
  ],
});

// parties and their youth wings abroad (Ireland, Germany, Switzerland, Spain), a party's campaign, votes in every tense
ruleTester(rule, {
  valid: [
    'Il a fait une campagne de vaccination à Dublin.',
    'Elle a une maison de campagne près de Vannes.',
    'Campagne de recrutement des saisonniers chez Leclerc.',
    'La campagne de vendanges a été rude cette année.',
    'Il vit à la campagne depuis son retour de Genève.',
    'Elle part en campagne de prospection chez les clients.',
    'Les espaces Verts de la ville recrutent des jardiniers.',
    'Elle a travaillé sur la campagne publicitaire de Lidl.',
    'Il ne vote pas, il est de nationalité irlandaise.',
    'Elle a voté la résolution en assemblée de copropriété.',
    'Membre de la Junge Kammer de Fribourg, une chorale.',
  ],
  invalid: [
    { text: 'Membre des Jusos pendant ses études à Fribourg-en-Brisgau.', errors: ['Membre des Jusos'] },
    { text: 'Ses parents étaient militants du Fianna Fáil dans le Kerry.', errors: ['militants du Fianna Fáil'] },
    { text: 'Elle est adhérente du Fine Gael depuis 2015.', errors: ['adhérente du Fine Gael'] },
    { text: "Elle s'est engagée comme bénévole dans la campagne de Vox à Malaga.", errors: ['campagne de Vox'] },
    { text: 'Il a participé à la campagne des Verts genevois.', errors: ['campagne des Verts'] },
    { text: 'Elle a fait la campagne de Mélenchon en 2022.', errors: ['campagne de Mélenchon'] },
    { text: 'Ils « ne voteront plus jamais pour le PiS ».', errors: ['ne voteront plus jamais pour le PiS'] },
    { text: 'Il a voté pour les Verts aux municipales.', errors: ['voté pour les Verts'] },
    { text: 'Il était membre de la Junge Union à Stuttgart.', errors: ['membre de la Junge Union'] },
  ],
});

// a liking for a party, a movement or a politician named after it
ruleTester(rule, {
  valid: [
    'Il a de la sympathie pour le parti pris de son employeur.',
    'Il a de la sympathie pour le parti de son frère.',
    'Il a de la sympathie pour le parti adverse au foot.',
    'Elle a de la sympathie pour son ancien chef.',
    'Elle a gagné la sympathie des clients.',
    'Elle a exprimé sa sympathie pour les grévistes.',
    'Sympathie réciproque avec le tuteur.',
    "Il a la sympathie de toute l'équipe du magasin.",
    'Elle inspire la sympathie aux clients.',
    'Il a reçu des marques de sympathie après le décès de son père.',
  ],
  invalid: [
    { text: "Monsieur évoque sa sympathie pour le Parti d'action et de solidarité de Maia Sandu.", errors: ['sympathie pour le Parti'] },
    { text: 'Il évoque sa sympathie pour Mélenchon.', errors: ['sympathie pour Mélenchon'] },
    { text: 'Il ne cache pas sa sympathie pour le RN.', errors: ['sympathie pour le RN'] },
  ],
});
