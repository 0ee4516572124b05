import rule from '../../rules/infractions.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // round 19/20 traps: flying, a look, a guard's work, a witness, a pharmacy safe, an employer's rule, a test of quality
    "Le CEMPN l'a déclarée inapte au vol en juin.",
    'Il a une tête de délinquant, ça ne passera pas.',
    "Agent de sécurité, il a géré des interpellations de voleurs à l'étalage.",
    'Il a témoigné comme victime dans une affaire de cambriolage de son garage.',
    'Elle ne veut plus être derrière le comptoir des stups.',
    'Elle a une obligation de travailler le samedi dans ce magasin.',
    'Le contrôle positif de la qualité a été validé.',
    'Il fait un stage de sensibilisation à la sécurité incendie.',
    'Il passe devant le jury de validation en mars.',
    'Il détourne des palettes pour en faire des meubles.',
    // victim side: a civil party is the victim of the case
    "M. P. s'est constitué partie civile après l'accident.",
    // prisons as the topic of a work, the shade
    'Elle a réalisé un reportage sur les prisons de femmes.',
    'Il a tourné un documentaire sur la prison de la Santé.',
    "Il préfère rester à l'ombre l'été sur les chantiers.",
    // round-18 slang, acronyms and blows in their ordinary senses (traps)
    "Il aime travailler dehors, il a mis à l'ombre les plants de tomates.",
    "Il a fait dix ans à l'ombre des grands chefs en cuisine.",
    "Elle a passé deux mois à l'ombre d'un manager toxique.",
    "Il est au frais pour l'été, il travaille dans une chambre froide.",
    "Elle est inscrite au B2 pour la formation.",
    "Il figure au B2 du concours.",
    "Il travaille chez une SME en cours de rachat.",
    "Il a monté un dossier de financement SME en cours d'instruction.",
    "Il a mis un coup de poing à la table.",
    "Il est allé au parloir de l'école pour voir le directeur.",
    "Elle a mis un coup de pied au ballon.",
    "Son permis a été suspendu par le préfet pour raisons médicales.",
    'Il a été agressé, une bagarre a éclaté et il a porté plainte.',
    "Elle écoule des stocks : elle écoulait de la poudre à lever en grande surface.",
    'Comédienne, elle a joué une héroïnomane en prison dans une série diffusée à la télévision.',
    'Acteur, il a incarné un dealer dans un film.',
    'Elle a fait une faillite personnelle en 2019 et vit de l\'aide sociale.',
    'Elle vend de l\'herbe aromatique au marché.',
    'Il vendait de la coke aux fonderies.',
    'Il vend du pain depuis 20 ans.',
    'Il ne vend pas de drogue.',
    "Le juge des enfants a ordonné une mesure d'assistance éducative pour son fils.",
    // fights without a sentence, figures; unpaid work that is no sentence; a prison as a building; civil hearings; children's judge in child protection
    'C\'est la bagarre pour les postes au tribunal de commerce.',
    'Il se bagarre avec la CAF depuis des mois.',
    'Victime d\'une bagarre, il a porté plainte.',
    'Il a été licencié après une altercation avec un collègue.',
    'Le bénévolat : 200 heures de travail non rémunéré pour l\'association.',
    'Formatrice, elle anime un atelier sur le travail non rémunéré des femmes.',
    'Elle a accumulé 500 heures de travail non rémunéré comme stagiaire.',
    'Le chantier d\'insertion restaure le mur d\'enceinte de l\'ancienne prison de la ville, devenue musée.',
    'Elle a été guide à la prison de Montluc, devenue mémorial, pendant deux saisons.',
    'Assignation pour dette locative reçue en avril, audience au tribunal en juin.',
    'Audience pour les loyers impayés fixée au 12 mai.',
    'Le juge des enfants a ordonné une AEMO pour ses deux fils.',
    // round 11 traps: counter-offence jobs, a licence collected, civil and administrative procedures, a protest sign, the partner, helping victims
    "Poste d'agent de prévention en magasin : repérage des vols à l'étalage et transmission des procès-verbaux aux forces de l'ordre.",
    "Agent de sécurité, il luttait contre la démarque et les vols à l'étalage.",
    'Ancienne gendarme, elle a enquêté pendant douze ans sur des cambriolages et des escroqueries.',
    'Il doit retirer son permis à la préfecture jeudi.',
    "Son dossier RSA est en cours d'instruction à la CAF.",
    "Sa demande de logement est à l'instruction.",
    "L'audience de la chaîne a doublé grâce à son travail de community manager.",
    'Il a été renvoyé de son poste après un conflit avec son employeur.',
    'Il fait du placard au bureau depuis sa mutation.',
    'Avocate, elle aide les victimes à porter plainte contre leurs agresseurs.',
    "Elle n'a pas porté plainte contre son agresseur.",
    'Elle ne porte plus de bracelet ni de montre au travail, par hygiène.',
    "Il n'a jamais eu de bracelet.",
    'La condamnation unanime des violences par le conseil municipal.',
    'Toute condamnation doit être déclarée.',
    "L'entreprise a perdu trois points de parts de marché.",
    "L'équipe a perdu deux points au classement.",
    'Avocat des parties civiles, il plaide à Lyon.',
    // files handled as a job: "gère / instruit / contrôle les dossiers de" + an offence
    'Il gère les dossiers de fraude à la CAF.',
    'Il instruit les dossiers de fraude aux prestations au service contrôle.',
    'Elle contrôle les dossiers d’escroquerie à l’assurance.',
    // round 7 traps: offence names suffered, studied, handled as a job; slang with other senses
    'Formation prévention du harcèlement suivie en 2023.',
    'Référent harcèlement dans son ancienne entreprise.',
    "Une histoire de harcèlement l'a poussée à démissionner.",
    "Elle a des antécédents de violences subies dans l'enfance.",
    'Antécédents de fraude : aucun.',
    "Elle traite le dossier de harcèlement d'une salariée en tant que RH.",
    'Sa fille a été victime de harcèlement scolaire, dossier de harcèlement ouvert au collège.',
    'Journaliste, il a pris trois piges pour Ouest-France ce mois-ci.',
    'Il a été mis au placard par son nouveau chef.',
    "Guetteur incendie l'été dans le Var, il cherche un poste à l'année.",
    'Nourrice agréée, elle garde trois enfants du quartier.',
    "Elle était nourrice pour le fils d'une voisine du quartier.",
    'Il cherche un CDI et un bon deal pour sa voiture.',
    // a plain sale of goods that share a name with a drug: resin, grass, fuel coke
    'Vendeur en magasin de bricolage : vente de résine époxy et de colle.',
    "Rayon jardinage : vente d'herbe à chat et de graines.",
    'Il vendait de la résine et des vernis aux menuisiers.',
    'Commercial chez un négociant, vente de coke aux fonderies.',
    'Il est tombé pour une fille du quartier.',
    'Il travaille au charbon depuis six mois pour payer ses dettes.',
    'Elle a déposé un dossier de surendettement.',
    // a mail receipt is not an accusation
    "Courrier envoyé en recommandé avec accusé de réception le 4 février.",
    "Accusé de réception reçu de la plateforme le 12 mars.",
    // a justice job held by a relative, an organisation's own conviction, jewellery
    "Son beau-frère est conseiller pénitentiaire d'insertion et de probation à Rennes et lui a parlé du métier.",
    'Sa sœur est CPIP à Lyon.',
    "L'entreprise de nettoyage qui l'employait a été condamnée pour travail dissimulé et a fermé.",
    'Son ancien employeur a été condamné pour travail dissimulé.',
    'Le restaurant a été verbalisé pour travail dissimulé.',
    'Il a travaillé dans un restaurant qui a été condamné pour travail dissimulé.',
    'Elle a encore le bracelet en argent que sa mère lui a offert.',
    'Il porte toujours son bracelet de montre en cuir.',
    'Elle a toujours le bracelet porte-bonheur de sa grand-mère.',
    'Elle vend des bracelets sur les marchés.',
    "Il a toujours le bracelet de l'hôpital au poignet.",
    // a complaint with no offence named; reporting elsewhere than to the police; to dread; offences handled as a job
    "Elle s'est présentée au commissariat pour porter plainte.",
    "Il s'est présenté au commissariat pour récupérer ses papiers.",
    "Il doit se présenter à l'agence chaque lundi.",
    'Il pointe chaque semaine à France Travail.',
    "Elle se présente chaque lundi à la gendarmerie où elle travaille comme agente d'entretien.",
    'Il doit se présenter au commissariat le 12 mars pour une audition.',
    'Il doit signer le contrat chaque semaine.',
    'Infirmière, elle appréhende les vestiaires collectifs.',
    'Il appréhende de reprendre le travail de nuit.',
    'Agent de surveillance de la voie publique, il dressait des PV de stationnement.',
    "Moniteur d'auto-école, il anime aussi les stages de récupération de points.",
    'Formatrice, elle anime des stages de citoyenneté pour le tribunal.',
    // generic rules, a victim's complaint, leave and training "pris", other senses of CD/CP/PSE/B2, a witness at the police station
    'Le formateur rappelle que toute condamnation doit être déclarée pour obtenir la carte professionnelle.',
    'En cas de condamnation, la carte professionnelle est retirée.',
    'Elle a passé trois heures au commissariat pour porter plainte après le vol de son sac.',
    "Il travaille de nuit au commissariat comme agent d'entretien.",
    'Il a pris trois mois de congé parental.',
    'Elle a pris six mois pour se former au CAP.',
    'Son fils est sorti du CP avec de bonnes notes.',
    'Il a sorti un CD de rap avec des amis.',
    "Licencié dans le cadre du PSE de l'usine, il a droit au CSP.",
    'Niveau B2 en anglais, son B2 est validé.',
    "Son compagnon a interdiction de paraître au domicile depuis l'audience de juillet.",
    'Il travaille sur la ligne à grande vitesse.',
    // acronyms in other senses, a plain stay in a town, a release from other duties
    'Il a créé une SL en Espagne avec son frère.',
    'Elle a travaillé pour une SME britannique à Londres.',
    'Le dossier LSC (liste des compétences) est à compléter.',
    'Il a été libéré de ses obligations militaires.',
    'Il a passé deux ans à Fresnes comme cariste, puis à Rungis.',
    'Il a passé deux ans à Luynes avant de déménager à Aix.',
    'Il a passé trois ans à Nanterre pour ses études.',
    "Elle a passé dix jours à Villepinte pour le salon de l'auto.",
    // the climate movement is an opinion (opinions-politiques), not the offence of rébellion
    'Il a rejoint Extinction Rebellion et participe aux actions du groupe local.',
    // topic frames, places, other senses of charge verbs, a clean record stated after the noun
    'Atelier de sensibilisation à la prévention des vols en entreprise.',
    'Stage au SPIP de Valbrune, où un poste de secrétariat est ouvert.',
    'Remplacement en cuisine au centre pénitentiaire, où elle travaille comme commis.',
    'Elle a été arrêtée deux semaines pour une tendinite.',
    'Il a été jugé apte au poste par le médecin du travail.',
    'Ce reportage l’a interpellé sur son choix de métier.',
    'Il a frappé à la porte de trois agences d’intérim.',
    'Son casier judiciaire est vierge, condition du concours.',
    'Il accuse réception du courrier de convocation.',
    // jobs and workplaces of the justice system
    'Projet : conseiller pénitentiaire d’insertion et de probation, concours en 2026.',
    'Surveillante pénitentiaire depuis dix ans, elle souhaite se reconvertir.',
    'Formateur en maison d’arrêt pendant trois ans.',
    'Stage d’accueil au greffe du tribunal correctionnel de Valbrune.',
    // welding, CMS, flights, minutes
    'Soudeur TIG et MIG, qualifié sur inox et aluminium.',
    'Intégrateur web, il maîtrise SPIP et WordPress.',
    'Hôtesse de l’air : 1 200 heures de vol sur moyen-courrier.',
    'Vol Lyon-Dakar annulé, rendez-vous reporté.',
    'PV de carence remis par l’employeur.',
    // "peine", "sursis", "détenu", "condamné" in other senses
    'Il a à peine commencé ses recherches.',
    'Il peine à trouver un poste dans son secteur.',
    'Sursis à statuer sur la demande de financement.',
    'Titulaire du permis C et en détention d’un CACES R489.',
    'Les parts détenues par son associé ont été rachetées.',
    'La porte arrière de l’entrepôt est condamnée.',
    'Il se sent condamné à enchaîner les missions courtes.',
    // clean record, record requested, absence
    'Le poste exige un casier judiciaire vierge.',
    'Extrait de casier judiciaire demandé par l’employeur.',
    "Il n'a jamais été condamné.",
    'Aucun antécédent judiciaire.',
    "Il n'a pas été condamné pour ces faits.",
    "Il n'a jamais fait de prison.",
    // civil disputes, administrative sanctions, partners (vie-privee)
    'Son ancien employeur a été condamné aux prud’hommes.',
    'Radié de France Travail en 2023 pour absence à un rendez-vous.',
    'Elle a quitté le domicile après des violences conjugales.',
    'Son ex-conjoint a été condamné pour harcèlement.',
    // a place of detention as a workplace: job title before it, application after it
    'Agent de maintenance au centre pénitentiaire de Valbrune : candidature envoyée le 02/05.',
    'Cuisinier à la maison d’arrêt de Melun, CDD de six mois.',
    'Offre : plombier au centre de détention.',
    'Candidature envoyée au centre de détention de Muret pour un poste de secrétaire.',
    'Infirmière à l’établissement pénitentiaire pour mineurs de Lavaur.',
    'Éducateur en centre éducatif fermé depuis 2019.',
    // "en centrale", "au trou", a prison town in their other senses
    'Il a travaillé trois ans en centrale d’achat chez un distributeur.',
    'Il a fait trois ans à Centrale Lyon.',
    'Il a fait deux ans à Fresnes comme cariste.',
    'Il habite à Fresnes depuis 2015.',
    'Il a un trou de six mois dans son CV.',
    'Il a tiré deux ans d’expérience de ce poste.',
    'Création d’entreprise : statut de TPE envisagé.',
    // the person as victim
    'Elle a un trouble de stress post-traumatique depuis l’agression.',
    'Il a été victime d’un cambriolage en mars.',
    'Elle reste choquée après son agression dans le bus.',
    // other senses of offence words
    'Soins en institut : elle pratique le blanchiment des dents.',
    'Ravalement : blanchiment de la façade prévu en mai.',
    'Corruption de fichiers sur son ordinateur portable.',
    'Le braquage des roues est limité sur ce modèle.',
    // round 8: look-alikes of military offences, remission credits, alternative measures
    'La désertion des centres-villes inquiète les commerçants.',
    'Formation de trois mois sur la prévention des RPS.',
    'Il a travaillé six ans comme référent RPS.',
    'Le stage est un travail non rémunéré de trois semaines.',
    'Elle souhaite devenir déléguée du procureur.',
    'Elle anime des stages de sensibilisation aux dangers des stupéfiants au collège.',
    'Son ex-mari a été condamné pour violences conjugales.',
    // round 9: tickets, police files and damage — traps: a controller's job, files consulted at work, staff poaching, waste collection, a victim
    'Contrôleur SNCF, il verbalise les voyageurs sans titre de transport.',
    'Garde-chasse pendant dix ans, il verbalisait les braconniers.',
    'Ancien policier, il consultait le TAJ tous les jours.',
    'Le TAJ a été créé en 2012.',
    'Elle a un master STIC.',
    'Le cabinet pratique le braconnage de talents chez les concurrents.',
    "Il n'a jamais été verbalisé pour quoi que ce soit.",
    'Après des dégradations sur son véhicule, il a porté plainte.',
    'Agent de propreté, il ramasse les dépôts sauvages.',
    'Il est exposé aux nuisances sonores sur le chantier.',
    'Son entreprise a été verbalisée pour travail dissimulé.',
    "Il a écopé d'une retenue sur caution après des dégradations dans l'appartement.",
    'Il aime la pêche et la chasse en famille.',
    "En formation moniteur, elle apprend le barème : on perd 6 points pour l'alcool au volant.",
    "Elle a perdu des points de productivité depuis qu'elle conduit le camion.",
    "Il a perdu des points au concours de la fonction publique sur l'épreuve de code.",
    "Il n'a plus aucun point commun avec son ancien métier.",
    "Elle prépare l'audience de la plainte de son client comme assistante juridique.",
  ],
  invalid: [
    // round 19/20: plain words for drink-driving, courses, counterfeits, misappropriation, identity, hearings, custody, release
    { text: "Il a été contrôlé positif à l'alcool au volant.", errors: ["contrôlé positif à l'alcool"] },
    { text: 'Elle a été contrôlée positive au cannabis en rentrant.', errors: ['contrôlée positive au cannabis'] },
    { text: "Il a été contrôlé à 0,9 g d'alcool.", errors: ["été contrôlé à 0,9 g d'alcool"] },
    { text: 'Il a un stage de responsabilisation à faire.', errors: ['stage de responsabilisation'] },
    { text: 'Elle vendait des contrefaçons sur les marchés.', errors: ['contrefaçons'] },
    { text: 'Il a détourné de l’argent de la caisse du magasin.', errors: ["détourné de l’argent"] },
    { text: 'Licenciée après des détournements de morphine.', errors: ['détournements de morphine'] },
    { text: "Il a emprunté l'identité de son frère pour travailler.", errors: ["emprunté l'identité de"] },
    { text: 'Il passera devant le tribunal en mars.', errors: ['passera devant le tribunal'] },
    { text: 'Il a été entendu en garde à vue.', errors: ['garde à vue'] },
    { text: 'Je sors de prison en mai.', errors: ['sors de prison'] },
    { text: 'La direction a porté plainte pour séquestration.', errors: ['séquestration'] },
    { text: 'Le juge lui a imposé une obligation de travailler.', errors: ['obligation de travailler'] },
    { text: "Il refourguait de la came à la sortie du lycée.", errors: ["refourguait de la came"] },
    // drug selling in any person and tense; a court's personal bankruptcy
    { text: "Je vendais du shit, c'est fini, je veux un vrai taf.", errors: ['vendais du shit'] },
    { text: 'Il vendait des joints au lycée.', errors: ['vendait des joints'] },
    { text: 'Il a été condamné à la faillite personnelle pour sa gestion.', errors: ['faillite personnelle'] },
    { text: 'Le juge a prononcé la révocation du sursis après la bagarre de décembre.', errors: ['sursis', 'bagarre'] },
    { text: "Après une altercation physique avec un vigile, il a été condamné à 300 € d'amende.", errors: ['altercation physique', "condamné à 300 € d'amende"] },
    { text: 'Il effectue 105 heures de travail non rémunéré à la ressourcerie, fin prévue en juillet.', errors: ['travail non rémunéré'] },
    { text: 'Reste 40 heures de travail gratuit à effectuer, fin en mai.', errors: ['travail gratuit'] },
    { text: 'Condamné à 120 heures de travail au profit de la collectivité.', errors: ['Condamné à 120 heures de travail au profit de la collectivité'] },
    { text: 'Son fils est passé en comparution devant le juge des enfants pour des vols, elle annule.', errors: ['comparution devant le juge des enfants pour des vols'] },
    { text: 'Son fils est convoqué chez le juge des enfants au pénal en mars.', errors: ['convoqué chez le juge des enfants au pénal'] },
    { text: 'Il a fait deux ans de prison et visite les entreprises depuis mars.', errors: ['deux ans de prison'] },
    // round 11: licence withdrawn by a verb, computer offences, court bans, a measure that ended, pending cases, a complaint against a third party
    { text: "Il s'est fait retirer son permis en mars.", errors: ['retirer son permis'] },
    { text: 'Il a perdu ses points et attend de repasser le code.', errors: ['perdu ses points'] },
    { text: "Il est sous sursis probatoire pour l'accès frauduleux à une boîte mail.", errors: ['sursis probatoire', 'accès frauduleux'] },
    { text: 'Il a été condamné pour piratage informatique.', errors: ['condamné', 'piratage informatique'] },
    { text: "Il a une interdiction de gérer jusqu'en 2027.", errors: ['interdiction de gérer'] },
    { text: 'Elle a une interdiction de territoire.', errors: ['interdiction de territoire'] },
    { text: "Il n'a plus de bracelet depuis septembre.", errors: ["n'a plus de bracelet"] },
    { text: 'Il ne porte plus le bracelet depuis mars.', errors: ['ne porte plus le bracelet'] },
    { text: 'Prévoir un point avec le SPIP sur les horaires autorisés.', errors: ['SPIP'] },
    { text: "Je vérifie si la condamnation empêche l'immatriculation.", errors: ['condamnation'] },
    { text: "L'affaire est à l'instruction à Limoges.", errors: ["L'affaire est à l'instruction"] },
    { text: 'Il doit comparaître devant le tribunal en mars.', errors: ['comparaître'] },
    { text: "Il est renvoyé devant la cour d'assises.", errors: ["cour d'assises"] },
    { text: "Elle a porté plainte contre l'homme qui la faisait travailler.", errors: ["a porté plainte contre l'homme qui la faisait travailler"] },
    { text: 'Elle a eu une amende pour racolage.', errors: ['amende'] },
    { text: 'Ils m’ont mis en prison pour une pancarte.', errors: ['prison'] },
    { text: 'Il a fait du placard à Fleury pendant deux ans.', errors: ['fait du placard'] },
    { text: 'Il a eu un retrait de six points.', errors: ['retrait de six points'] },
    { text: 'Il a perdu 4 points pour excès de vitesse.', errors: ['perdu 4 points', 'excès de vitesse'] },
    { text: 'Elle est partie civile dans une procédure pour traite des êtres humains.', errors: ['partie civile dans une procédure pour traite des êtres humains'] },
    { text: "Il revient d'un séjour à l'ombre de dix-huit mois et cherche un CDDI.", errors: ["séjour à l'ombre"] },
    { text: "Il a été mis à l'ombre pendant six mois.", errors: ["mis à l'ombre"] },
    { text: "Il a passé dix mois à l'ombre de 2019 à 2020.", errors: ["mois à l'ombre"] },
    { text: "Il a mis un coup de poing au vigile du magasin.", errors: ["mis un coup de poing au vigile"] },
    { text: 'Le gardien a pris du ferme en 2017.', errors: ['pris du ferme'] },
    { text: 'Elle a écopé du ferme pour escroquerie.', errors: ['écopé du ferme', 'escroquerie'] },
    { text: 'Synthèse pour le SPIP : horaires compatibles avec un poste du matin.', errors: ['SPIP'] },
    { text: 'Il a fait un TIG de 70 heures en 2024 pour des dégradations dans le foyer.', errors: ['TIG', 'dégradations dans le foyer'] },
    { text: "Il a eu un rappel à la loi en 2021 après une bagarre à l'arrêt de bus.", errors: ['rappel à la loi', 'bagarre'] },
    { text: 'Il a un dossier de fraude à la CAF.', errors: ['dossier de fraude à la CAF'] },
    // round 7: offence names after a record head, drug-trade and prison slang
    { text: 'Ancien dossier de vol avec effraction quand il était mineur.', errors: ['dossier de vol avec effraction'] },
    { text: "Condamnation pour harcèlement d'une ancienne collègue en 2022.", errors: ['Condamnation pour harcèlement'] },
    { text: 'Il a été fiché pour délit de fuite.', errors: ['fiché pour délit de fuite'] },
    { text: 'Il est tombé pour trafic de shit.', errors: ['tombé pour trafic de shit'] },
    { text: 'Il est tombé pour harcèlement.', errors: ['tombé pour harcèlement'] },
    { text: 'Il raconte avoir « pris deux piges » pour trafic de beuh.', errors: ['pris deux piges', 'trafic de beuh'] },
    { text: 'Il dealait du shit au quartier.', errors: ['dealait du shit'] },
    { text: 'Il est tombé pour vente de cannabis en 2019.', errors: ['tombé pour vente de cannabis'] },
    { text: "Ancien charbonneur, il veut s'en sortir.", errors: ['charbonneur'] },
    { text: 'Il faisait le guetteur pour un réseau.', errors: ['guetteur'] },
    { text: 'Elle gardait la drogue chez elle, elle servait de nourrice au réseau.', errors: ['nourrice'] },
    { text: 'Il a fait du ballon à 19 ans.', errors: ['fait du ballon'] },
    { text: 'Il a fait de la zonzon.', errors: ['fait de la zonzon'] },
    { text: "Vol à l'arraché en 2020, il en parle librement.", errors: ["Vol à l'arraché"] },
    { text: 'Il a été accusé de vol par son ancien employeur.', errors: ['vol'] },
    { text: 'Il voit sa conseillère pénitentiaire d’insertion et de probation tous les mois.', errors: ['conseillère pénitentiaire d’insertion et de probation'] },
    { text: 'Il a été condamné avec son patron pour travail dissimulé.', errors: ['travail dissimulé'] },
    { text: 'il sort de prison depuis deux mois il a encore le bracelet', errors: ['sort de prison', 'bracelet'] },
    { text: 'Il porte toujours le bracelet, il doit rentrer à 20 h.', errors: ['bracelet'] },
    { text: "Il a le bracelet jusqu'en mars, le JAP a refusé l'aménagement.", errors: ['bracelet', 'JAP'] },
    { text: 'Licencié pour faute grave après avoir puisé dans la caisse.', errors: ['puisé dans la caisse'] },
    { text: 'Il a été pris la main dans le sac par son responsable.', errors: ['la main dans le sac'] },
    { text: "Il a passé la nuit au commissariat samedi, d'où le rendez-vous manqué.", errors: ['a passé la nuit au commissariat'] },
    { text: 'Il a fini la soirée en cellule de dégrisement.', errors: ['a fini la soirée en cellule de dégrisement'] },
    { text: 'Il a pris dix-huit mois, dont six avec sursis.', errors: ['a pris dix-huit mois', 'six avec sursis'] },
    { text: 'Justice : SME en cours jusqu’en 2026.', errors: ['SME'] },
    { text: 'Son B2 n’est pas vierge, ce qui ferme les métiers de la sécurité.', errors: ['B2 n’est pas vierge'] },
    { text: 'Sorti du CD du Port en mai, il est accueilli en ACI.', errors: ['Sorti du CD du Port'] },
    { text: 'Libéré de la MA de Villepinte en mars.', errors: ['Libéré de la MA de Villepinte'] },
    { text: 'PSE jusqu’en janvier : horaires de sortie 7 h - 19 h.', errors: ['PSE'] },
    { text: 'Compte désactivé après une plainte pour agression déposée par un client.', errors: ['plainte pour agression'] },
    { text: 'Poursuites pour travail dissimulé en cours.', errors: ['Poursuites pour travail dissimulé'] },
    { text: 'Il a perdu son emploi de chauffeur après une conduite sous stupéfiants.', errors: ['conduite sous stupéfiants'] },
    { text: 'Il a une interdiction de paraître à Lyon pendant deux ans.', errors: ['interdiction de paraître'] },
    // sentence acronyms after "sous"/"en" or near a word of the sentence's execution; release participles; named prisons
    { text: "Sous SME jusqu'en 2027, elle doit justifier d'un emploi.", errors: ['SME'] },
    { text: 'Il est en LSC depuis mars, pointage au SPIP chaque mois.', errors: ['LSC', 'pointage au SPIP chaque mois'] },
    // reporting to the police as an obligation, with its periodicity; the sentencing judge by lay names
    { text: 'Il doit se présenter au commissariat chaque lundi.', errors: ['se présenter au commissariat chaque lundi'] },
    { text: 'Il pointe à la gendarmerie deux fois par semaine.', errors: ['pointe à la gendarmerie deux fois par semaine'] },
    { text: 'Obligation de pointer tous les mardis au commissariat.', errors: ['pointer tous les mardis au commissariat'] },
    { text: 'Elle se présente au poste de police le vendredi.', errors: ['se présente au poste de police le vendredi'] },
    { text: 'Il doit pointer au commissariat.', errors: ['pointer au commissariat'] },
    { text: "rdv juge d'appli des peines en déc., doit justifier sa recherche d'emploi", errors: ["juge d'appli des peines"] },
    { text: "Rendez-vous avec le juge de l'application des peines en mars.", errors: ["juge de l'application des peines"] },
    // a third party files the complaint, or a complaint against the person
    { text: 'Son employeur a porté plainte pour vol.', errors: ['vol'] },
    { text: 'Sa voisine a porté plainte pour tapage nocturne.', errors: ['tapage nocturne'] },
    { text: 'La victime a porté plainte pour agression contre lui.', errors: ['plainte pour agression'] },
    { text: 'Il fait ses pointages au SPIP une fois par mois.', errors: ['pointages au SPIP une fois par mois'] },
    { text: 'Il signe au commissariat une fois par semaine.', errors: ['signe au commissariat une fois par semaine'] },
    { text: 'Une plainte pour agression a été déposée contre lui.', errors: ['plainte pour agression'] },
    { text: 'Il a été appréhendé par la police en mars.', errors: ['appréhendé par la police'] },
    { text: 'Sous ARSE depuis janvier, il ne sort qu’entre 8 h et 18 h.', errors: ['ARSE'] },
    { text: 'Il a été libere sous contrainte en novembre dernier.', errors: ['libere sous contrainte'] },
    { text: "Elle a été libérée conditionnellement l'an passé.", errors: ['libérée conditionnellement'] },
    { text: 'Sortie sèche en 2022, sans hébergement.', errors: ['Sortie sèche'] },
    { text: 'Elle a passé sept mois à Fleury et vise un poste de caissière.', errors: ['passé sept mois à Fleury'] },
    { text: 'Il a passé six mois aux Baumettes.', errors: ['passé six mois aux Baumettes'] },
    { text: 'Il a passé un an à Lannemezan, il en est sorti en juin.', errors: ['passé un an à Lannemezan'] },
    { text: 'Il a été incarcéré à Seysses en 2019.', errors: ['incarcéré à Seysses'] },
    { text: 'Il a fait deux ans en centrale, puis une formation.', errors: ['fait deux ans en centrale'] },
    { text: 'Il a passé trois mois au mitard.', errors: ['passé trois mois au mitard'] },
    { text: 'Il a fait six mois au trou en 2018.', errors: ['fait six mois au trou'] },
    { text: 'Il a fait 18 mois à Fleury.', errors: ['fait 18 mois à Fleury'] },
    { text: 'Il a été transféré à Fresnes en 2021.', errors: ['transféré à Fresnes'] },
    { text: 'Il a purgé dix-huit mois.', errors: ['purgé dix-huit mois'] },
    { text: 'Il a tiré deux ans ferme.', errors: ['tiré deux ans ferme'] },
    { text: 'Il a passé deux ans au centre pénitentiaire, il postule maintenant en cuisine.', errors: ['deux ans au centre pénitentiaire'] },
    { text: 'Il a passé un an en centre éducatif fermé à seize ans.', errors: ['un an en centre éducatif fermé'] },
    { text: 'Il a été placé en CEF à 15 ans.', errors: ['CEF'] },
    { text: 'Il a une mesure de réparation pénale en cours.', errors: ['mesure de réparation pénale'] },
    { text: 'Il fait l’objet d’une mesure éducative judiciaire.', errors: ['mesure éducative judiciaire'] },
    { text: 'Il a été convoqué devant le TPE en mars.', errors: ['TPE'] },
    { text: 'Il a été condamné pour blanchiment en 2020.', errors: ['condamné', 'blanchiment'] },
    { text: 'Il a fait du blanchiment pour un réseau.', errors: ['blanchiment'] },
    { text: 'Il a commis une agression en 2019.', errors: ['agression'] },
    { text: 'Il a été condamné pour une agression après un match.', errors: ['condamné', 'agression'] },
    { text: 'Il est connu pour sa rébellion contre les gendarmes.', errors: ['rébellion'] },
    { text: 'Il a été condamné pour exhibition en 2016.', errors: ['condamné', 'exhibition'] },
    { text: 'Elle a été soupçonnée de contrefaçon l’an dernier.', errors: ['soupçonnée de contrefaçon'] },
    { text: 'Interpellé à la sortie du stade, il a raté la session.', errors: ['Interpellé'] },
    { text: 'Il a été arrêté par les policiers devant chez lui.', errors: ['arrêté par les policiers'] },
    { text: 'Son permis lui a été retiré en février.', errors: ['permis lui a été retiré'] },
    { text: 'Il est sous bracelet depuis l’automne.', errors: ['sous bracelet'] },
    { text: 'Il a braqué une bijouterie à 22 ans.', errors: [{ text: 'braqué', messageId: 'infraction' }] },
    { text: 'Il a été écroué à la maison d’arrêt de Valbrune.', errors: ['écroué à la maison d’arrêt'] },
    { text: 'Le patron de la supérette l’accuse d’escroquerie.', errors: ['escroquerie'] },
    { text: 'Sortie de GAV mardi, elle viendra jeudi.', errors: ['GAV'] },
    {
      text: 'Il sort de prison depuis mars et cherche un hébergement.',
      errors: [{ text: 'sort de prison', messageId: 'infraction', severity: 'error', category: 'infractions' }],
      output: '',
    },
    {
      text: 'Il porte un bracelet électronique jusqu’en juin : il doit être rentré à 20 h.',
      errors: ['bracelet électronique'],
      output: 'Il doit être rentré à 20 h.',
    },
    { text: 'Elle a été condamnée à huit mois de prison avec sursis.', errors: ['condamnée', 'huit mois de prison avec sursis'] },
    { text: 'Il a purgé trois ans de détention pour trafic de stupéfiants.', errors: ['trois ans de détention', 'trafic de stupéfiants'] },
    { text: 'Placée en garde à vue, elle a manqué l’atelier.', errors: ['Placée en garde à vue'], output: 'Elle a manqué l’atelier.' },
    {
      text: 'Il est en semi-liberté jusqu’en mars, ce qui limite ses horaires. Il cherche un CDI.',
      errors: ['semi-liberté'],
      output: 'Il cherche un CDI.',
    },
    { text: 'Il doit effectuer 105 heures de TIG à la mairie.', errors: ['105 heures de TIG'] },
    { text: 'Suivie par le SPIP, elle doit justifier de ses démarches.', errors: ['SPIP'] },
    { text: 'Il a rendez-vous avec sa CPIP mardi.', errors: ['CPIP'] },
    { text: 'Il a un casier judiciaire non vierge.', errors: ['casier judiciaire non vierge'] },
    { text: 'Son permis est suspendu pour alcoolémie jusqu’en mai.', errors: ['permis est suspendu', 'alcoolémie'] },
    { text: 'Retrait de permis pour excès de vitesse en 2024.', errors: ['Retrait de permis', 'excès de vitesse'] },
    { text: 'Il a été arrêté pour vol en 2022.', errors: ['arrêté pour vol'] },
    { text: 'Il est en attente de son procès pour escroquerie.', errors: ['son procès', 'escroquerie'] },
    { text: 'Il est sous contrôle judiciaire.', errors: ['sous contrôle judiciaire'] },
    { text: 'Ancien détenu, il a obtenu un CAP en prison.', errors: ['Ancien détenu', 'prison'] },
    { text: 'Mis en examen pour abus de biens sociaux.', errors: ['Mis en examen', 'abus de biens sociaux'] },
    { text: 'Il a été incarcéré à la maison d’arrêt de Valbrune.', errors: ['incarcéré à la maison d’arrêt'] },
    { text: 'Elle est en semi-liberté et travaille en journée.', errors: ['semi-liberté'] },
    { text: 'Il a des antécédents judiciaires pour recel.', errors: ['antécédents judiciaires', 'recel'] },
    { text: 'Il a travaillé au noir pendant deux ans.', errors: [{ text: 'travaillé au noir', severity: 'warning', messageId: 'faible' }] },
    // round 8: military offences, remission credits, alternative measures, a conviction for domestic violence (the offence is vie-privee)
    { text: 'Radié des cadres après une condamnation pour désertion en 2016.', errors: ['condamnation pour désertion'] },
    { text: 'Le déserteur a été jugé par un tribunal militaire.', errors: ['déserteur', 'tribunal militaire'] },
    { text: "J'ai pris deux ans ferme, j'en ai fait quatorze mois avec les RPS.", errors: ['pris deux ans ferme', 'RPS'] },
    { text: 'Il a fait onze mois avec les remises de peine.', errors: ['remises de peine'] },
    { text: "Il doit faire 70 heures de travail non rémunéré dans le cadre d'une composition pénale.", errors: ['travail non rémunéré', 'composition pénale'] },
    { text: "Il a effectué un stage de sensibilisation aux dangers de l'usage de stupéfiants imposé par le juge.", errors: ["stage de sensibilisation aux dangers de l'usage de stupéfiants"] },
    { text: 'Convoquée chez le délégué du procureur en novembre.', errors: ['chez le délégué du procureur'] },
    { text: 'Il a été condamné pour violences conjugales.', errors: ['condamné'] },
    { text: 'Il a été condamné à six mois pour violences sur son ex-compagne.', errors: ['condamné'] },
    // round 9: a ticket for any offence, police files, damage given as the cause of a measure, hunting and fishing offences
    { text: "Il a été verbalisé pour braconnage par l'OFB.", errors: ['verbalisé pour braconnage'] },
    { text: 'Elle a été verbalisée pour stationnement gênant.', errors: ['verbalisée pour stationnement gênant'] },
    { text: 'Il a été flashé pour excès de vitesse en mars.', errors: ['flashé pour excès de vitesse'] },
    { text: 'Il a eu une amende de 135 € pour pêche sans permis.', errors: ['amende', 'pêche sans permis'] },
    { text: "Refusé à l'enquête administrative à cause d'une inscription au TAJ.", errors: ['TAJ'] },
    { text: 'Elle est fichée au FPR depuis 2021.', errors: ['FPR'] },
    { text: 'Il est inscrit au fichier des personnes recherchées.', errors: ['fichier des personnes recherchées'] },
    { text: "Il a écopé d'un stage de citoyenneté après des dégradations sur un abribus.", errors: ['stage de citoyenneté', 'dégradations sur un abribus'] },
    { text: 'Après des tags dans le métro, il a été condamné à un TIG.', errors: ['tags dans le métro', 'condamné', 'TIG'] },
    { text: 'Il a été condamné pour braconnage en 2019.', errors: ['condamné', 'braconnage'] },
    { text: "L'adhérent a fait l'objet d'une garde à vue après une bagarre.", errors: ['garde à vue'] },
    { text: "Flashé deux fois, il a perdu 4 points sur son permis.", errors: ["Flashé", "perdu 4 points"] },
    { text: "Il a perdu des points pour un excès de vitesse.", errors: ["perdu des points", "excès de vitesse"] },
    { text: "Flashé trois fois, il n'a plus aucun point.", errors: ["Flashé", "plus aucun point"] },
    { text: "Son audience au tribunal correctionnel est renvoyée à juin.", errors: ["audience", "tribunal correctionnel"] },
  ],
});

// round 10: a sentence length served ("je les ai faits"), the anti-approach tag, probation acronyms typed in lower case
ruleTester(rule, {
  valid: [
    'Ça m’a pris deux ans, je les ai faits en alternance.',
    'J’ai pris deux ans, puis j’ai repris mes études.',
    'Il souhaite devenir cpip après le concours.',
    // a licence chosen as a criterion, a police officer's work on the files (traps)
    'Le permis C est retenu comme critère pour le poste.',
    'Policier adjoint, elle saisissait les procédures dans le fichier des antécédents.',
    'Ancien gendarme, il alimentait le fichier des antécédents et renseignait le FPR.',
  ],
  invalid: [
    { text: 'J’ai pris deux ans, je les ai faits, maintenant je veux avancer.', errors: ['pris deux ans'] },
    { text: 'Il porte un bracelet anti-rapprochement depuis mars.', errors: ['bracelet anti-rapprochement'] },
    { text: 'vu avec la cpip, horaires libres maintenant', errors: ['cpip'] },
    { text: 'Suivi par la pjj jusqu’à ses 18 ans.', errors: ['pjj'] },
    { text: 'Son permis C a été retenu par les gendarmes au bord de la route.', errors: ['permis C a été retenu'] },
    { text: 'Il est inscrit au fichier des antécédents depuis 2019.', errors: ['fichier des antécédents'] },
  ],
});

// round 13: theft of any object, a licence of any category, undeclared employment, officers insulted, police files; a law's penalty, a public served
ruleTester(rule, {
  valid: [
    'Il a pris le vol de nuit pour Dakar.',
    'Le vol de Lyon avait du retard.',
    "Il faisait des vols de reconnaissance en drone pour l'armée.",
    'Son permis de construire a été annulé par le tribunal administratif.',
    'Il a retiré son permis C à la préfecture, il est disponible.',
    "Son permis n'a jamais été suspendu.",
    'Il prépare le permis C en formation.',
    'Il a été insulté par un policier lors du contrôle.',
    'Agent de sécurité, il gère les insultes aux contrôleurs dans le tram.',
    'Elle a suivi une formation sur les violences envers les policiers.',
    'Sa demande est fondée sur les persécutions, son orientation est passible de prison dans son pays.',
    'La SIAE accueille chaque année quatre personnes sous main de justice.',
    'Son entreprise employait des intérimaires non déclarés.',
    'Elle a des revenus non déclarés de ses ménages.',
    "Il n'a jamais employé personne sans le déclarer.",
    'Le tableau est peint au noir de fumée.',
    'Permis D suspendu après un malaise au volant ; avis de la commission médicale attendu.',
    'Son permis C a été suspendu par la commission médicale pour une rétinopathie.',
  ],
  invalid: [
    { text: 'Il a été licencié après un vol de gasoil sur le chantier.', errors: ['vol'] },
    { text: 'Permis C suspendu six mois après un excès de vitesse.', errors: ['Permis C suspendu six mois', 'excès de vitesse'] },
    { text: 'Permis poids lourd retiré : il ne peut plus conduire de camion.', errors: ['Permis poids lourd retiré'] },
    { text: 'Son permis a été invalidé pour solde de points nul, il repasse le code.', errors: ['permis a été invalidé pour solde de points nul'] },
    { text: 'Il a employé deux saisonniers sans les déclarer.', errors: ['employé deux saisonniers sans les déclarer'] },
    { text: 'Il faisait travailler des ouvriers au noir sur ses chantiers.', errors: ['faisait travailler des ouvriers au noir'] },
    { text: 'Elle vendait des cigarettes au noir sur le marché.', errors: ['vendait des cigarettes au noir'] },
    { text: 'Licenciée après une plainte pour falsification d’ordonnances.', errors: ['plainte pour falsification d’ordonnances'] },
    { text: 'Inscription au fichier des antécédents pour recel.', errors: ['fichier des antécédents', 'recel'] },
    { text: 'Il a fait un stage après une insulte à un policier.', errors: ['insulte à un policier'] },
    { text: 'Il a craché sur un contrôleur SNCF.', errors: ['a craché sur un contrôleur'] },
    { text: 'Menaces envers un élu, jugé en mars.', errors: ['Menaces envers un élu'] },
  ],
});

// round 14: an officer's own work on penal acts, crime scenes, misuse of files, alternatives to prosecution, family offences
ruleTester(rule, {
  valid: [
    'Ancien OPJ en brigade de recherches, il a mené des gardes à vue et des perquisitions pendant vingt ans.',
    "J'ai été gendarme vingt-deux ans, je connais la procédure pénale et je cherche un poste d'enquêteur privé.",
    'Ancien gendarme, il connaît le TAJ, le FPR et les fiches S pour les avoir consultés en service.',
    'Vingt-deux ans de gendarmerie, dont dix en brigade de recherches : auditions, gardes à vue, rédaction de procédures.',
    'Ancienne policière, elle a géré des gardes à vue pendant quinze ans et cherche un poste de sûreté.',
    "Technicien en identification criminelle, il faisait les relevés d'empreintes sur les scènes d'infraction.",
    'Ancien avocat pénaliste, il a plaidé des dossiers de vol et de trafic de stupéfiants.',
    "Il anime des ateliers sur le détournement de finalité des données au sein du service RGPD.",
    'Il vit dans un APP en colocation.',
    "Il travaille sur l'abandon de famille comme juriste à la CAF.",
  ],
  invalid: [
    { text: "Ancien gardien de la paix, il a été placé en garde à vue par l'IGPN pour consultation frauduleuse de fichiers.", errors: ['placé en garde à vue', 'consultation frauduleuse de fichiers'] },
    { text: 'Ancien gendarme, il a été placé en garde à vue après une plainte de son voisin.', errors: ['placé en garde à vue'] },
    { text: 'Ancien gendarme, il connaît bien la prison pour y avoir fait six mois.', errors: ['prison'] },
    { text: 'Ancien policier municipal, il a reçu un avertissement pénal probatoire.', errors: ['avertissement pénal probatoire'] },
    { text: 'Il a reçu un APP du procureur.', errors: ['APP'] },
    { text: 'Il a été révoqué pour détournement de finalité du fichier des cartes grises.', errors: ['détournement de finalité'] },
    { text: 'Elle a été poursuivie pour violation du secret professionnel.', errors: ['poursuivie pour violation du secret professionnel'] },
    { text: "Cet été, il a déposé une plainte pour non-représentation d'enfant.", errors: ["plainte pour non-représentation d'enfant"] },
    { text: 'Elle a porté plainte contre son ex-conjoint pour abandon de famille.', errors: ['abandon de famille'] },
    { text: 'Sa plainte pour enlèvement parental est en cours.', errors: ['plainte pour enlèvement parental'] },
    { text: 'Il a fait l\'objet d\'un classement sous condition et d\'une transaction pénale.', errors: ['classement sous condition', 'transaction pénale'] },
  ],
});

// round 18: blows given, pending cases "en cours", detainee visits, licence cancelled by a court, record bulletins, follow-up notes, fines owed
ruleTester(rule, {
  valid: [
    "Elle a reçu un coup de tête d'un client au bar.",
    "Elle est inscrite au B2 d'anglais à l'AFPA.",
    "Il se demande ce qui figure au bulletin numéro 2.",
    "Il a une affaire en cours aux prud'hommes contre son employeur.",
    'Il passe le concours de CPIP en juin.',
    'Son contrat a été annulé par le tribunal administratif.',
    'Son compte a été saisi par le Trésor public pour des amendes impayées.',
  ],
  invalid: [
    { text: 'Il a mis un coup de tête à un client au bar du port.', errors: ['mis un coup de tête à un client'] },
    { text: 'Il a donné un coup de poing au vigile.', errors: ['donné un coup de poing au vigile'] },
    { text: 'Il a une affaire en cours pour vol à l\'étalage.', errors: ["affaire en cours pour vol à l'étalage"] },
    { text: 'Son frère est en prison et elle va au parloir le samedi.', errors: ['prison', 'parloir'] },
    { text: "Pas de permis (annulé par le tribunal avant l'été).", errors: ['annulé par le tribunal'] },
    { text: "Il pense que c'est inscrit au B2.", errors: ['inscrit au B2'] },
    { text: 'Suivi : SME en cours, loyer OK.', errors: ['SME'] },
    { text: 'Rendez-vous tripartite avec la CPIP le 04/12.', errors: ['CPIP'] },
  ],
});

// sweep: offences as a body of rules, a prison as a building under works or a delivery address (traps); the stay and the offence still are
ruleTester(rule, {
  valid: [
    'Il connaît bien la réglementation sur les infractions routières grâce à son ancien poste en auto-école.',
    "Juriste, elle est spécialiste des abus de biens sociaux en droit des affaires.",
    "Le chantier d'insertion rénove l'ancienne maison d'arrêt pour en faire une médiathèque.",
    'Il a livré des repas au centre pénitentiaire dans le cadre de son emploi chez un traiteur.',
    'Il assure les livraisons à la maison d’arrêt chaque mardi pour un grossiste.',
    // a firm's business, a game's plot
    "Il a travaillé pour une société de recouvrement de contraventions, au centre d'appels.",
    "Le jeu vidéo qu'il développe met en scène un braquage de banque.",
  ],
  invalid: [
    { text: 'Il a été condamné pour des infractions routières répétées.', errors: ['condamné', 'infractions routières répétées'] },
    { text: "Il a écrit un livre en prison, sorti l'an dernier.", errors: ['prison'] },
    { text: 'Il a braqué une banque en 2015 et a purgé sa peine.', errors: ['braqué', 'purgé sa peine'] },
    { text: 'Il a passé deux ans en maison d’arrêt avant de rénover des meubles.', errors: ['deux ans en maison d’arrêt'] },
  ],
});

// round 21: home detention told by its parts, complaints against the person, fare evasion, small dealing, blows after a row, a licence suspended for a condition
ruleTester(rule, {
  valid: [
    'Il a changé le boîtier de vitesse de sa voiture.',
    'Technicien, il installe des boîtiers de raccordement fibre.',
    'Le boîtier électrique a sonné pendant l’orage.',
    'Son ex-compagne a déposé une plainte contre lui.',
    'Il a travaillé comme agent de prévention de la fraude dans les transports.',
    'Il a fait un deal avec son employeur pour partir.',
    'Il a fait un bon deal sur sa voiture.',
    'Il n’en est jamais venu aux mains.',
    'Au sparring, l’échange de coups est intense.',
    'Il a été roué de coups par des inconnus.',
    'En arrêt suite à une épilepsie découverte tardivement, permis suspendu.',
    'Permis suspendu après une crise de narcolepsie au volant.',
  ],
  invalid: [
    { text: 'Son boîtier a sonné cette nuit, le SPIP l’a rappelé.', errors: ['boîtier', 'SPIP'] },
    { text: 'Il est sous DDSE. Le boitier est chez sa mère.', errors: ['sous DDSE', 'boitier'] },
    { text: 'Horaires d’assignation : 7 h – 19 h en semaine.', errors: ['Horaires d’assignation'] },
    { text: 'Il est assigné à domicile de 20 h à 6 h.', errors: ['assigné à domicile'] },
    { text: 'Une plainte a été déposée contre lui en mars.', errors: ['plainte a été déposée contre lui'] },
    { text: 'Il est visé par une plainte de son ancien employeur.', errors: ['visé par une plainte'] },
    { text: 'Il a été contrôlé sans titre de transport à plusieurs reprises.', errors: ['contrôlé sans titre de transport'] },
    { text: 'Il doit des amendes pour fraude à la SNCF.', errors: ['amendes', 'fraude à la SNCF'] },
    { text: 'Il faisait du petit deal dans son quartier.', errors: ['faisait du petit deal'] },
    { text: 'Ils en sont venus aux mains sur le parking du magasin.', errors: ['en sont venus aux mains'] },
    { text: 'Permis suspendu pour excès de vitesse.', errors: ['Permis suspendu', 'excès de vitesse'] },
  ],
});

// the hours of home detention in the sentence that names the tag belong to that finding
ruleTester(rule, {
  valid: ['Technicien fibre, il installe le boîtier internet chez les clients.'],
  invalid: [
    { text: "Il est placé sous surveillance électronique jusqu'en septembre ; horaires d'assignation compatibles avec le poste.", errors: ['sous surveillance électronique'] },
  ],
});

// review of rounds 19–21: figures, places, brands, distances, customers' claims and work on offences are no finding
ruleTester(rule, {
  valid: [
    "Elle a donné des coups de main au restaurant de sa tante pendant l'été.",
    'Un entretien suivi de coups de fil aux employeurs du secteur logistique.',
    'Échange de coups de téléphone avec le référent PLIE cette semaine.',
    'Chaque matin il passe devant le tribunal en allant à l’arrêt de bus.',
    'Il passe au tribunal de commerce pour immatriculer sa micro-entreprise.',
    "Débouté aux prud'hommes, il passe devant les juges en appel.",
    "Elle est venue avec les papiers de son fils pour l'inscription en CAP.",
    "Il a utilisé l'identité de marque de l'entreprise pour la refonte du site.",
    'Contrôlée à 2 km de chez elle par son employeur, la tournée a été validée.',
    "Le camion a été arrêté à 5 km de l'entrepôt à cause d'une panne.",
    'Elle a fait l’objet de plusieurs plaintes de clients pour retard de livraison.',
    "Le boîtier de l'alarme sonne souvent dans le magasin où elle est agent de sécurité.",
    'Agent de surveillance, il vérifie le boîtier de contrôle des accès chaque nuit.',
    'Agent des douanes, il saisissait les marchandises contrefaites au port du Havre.',
    'Comptable, elle contrôle les détournements de fonds dans les associations clientes.',
    'Formatrice en auto-école, elle explique le refus de priorité aux élèves.',
  ],
  invalid: [
    { text: 'Il a donné des coups de poing à un client du bar.', errors: ['a donné des coups de poing à un client'] },
    { text: 'Il passe devant le tribunal en janvier pour les dégradations.', errors: ['passe devant le tribunal'] },
    { text: 'Il bossait avec les papiers de sa cousine dans le BTP.', errors: ['avec les papiers de sa'] },
    { text: "Elle a utilisé l'identité de sa sœur pour ouvrir un compte.", errors: ["utilisé l'identité de"] },
    { text: 'Il a été contrôlé à 180 km/h sur l’autoroute.', errors: ['été contrôlé à 180 km/h'] },
    { text: 'Une plainte a été déposée contre lui par un voisin.', errors: ['plainte a été déposée contre lui'] },
  ],
});

// a training course or a medical screening named with the words of a penalty
ruleTester(rule, {
  valid: [
    "Cap emploi l'accompagne, elle a fait un stage de sensibilisation aux dangers du numérique au collège.",
    "Elle a suivi un stage obligatoire de sensibilisation à la sécurité incendie pour son poste d'ERP.",
    'Il a été contrôlé positif au dépistage de la tuberculose par la médecine du travail.',
  ],
  invalid: [
    { text: 'Il doit faire un stage de sensibilisation aux dangers des stupéfiants.', errors: ['stage de sensibilisation aux dangers des stupéfiants'] },
    { text: 'Elle a été contrôlée positive au dépistage de stupéfiants.', errors: ['contrôlée positive au dépistage'] },
    { text: "Il a été contrôlé en conduite sous l'empire d'un état alcoolique.", errors: ["conduite sous l'empire d'un état alcoolique"] },
  ],
});

// prosecution joined to its offence, a third party's complaint, animal cruelty and its ban, harassment of someone with its sanction,
// a record entry, the person's own youth-justice officer, a conviction with its penalty, "sans détour" as a manner;
// a licence held, settings of an interpreter's work, the RSA contract (traps)
ruleTester(rule, {
  valid: [
    'Technicienne en santé animale : permis B indispensable (détenu).',
    'Les permis détenus sont à jour.',
    'Missions fréquentes en milieu médical (consultations) et judiciaire (gardes à vue, audiences), tenue au secret professionnel.',
    'ENGAGEMENTS DU CER (renouvelé pour 6 mois)',
    "Bilan de CER (contrat d'engagements réciproques) avec la référente RSA.",
    'Victime de harcèlement d\'un collègue, elle a porté plainte.',
    "Elle parle du harcèlement de sa collègue au tribunal des prud'hommes.",
    'Elle veut devenir éducatrice PJJ.',
    'Il a un cadenas et une inscription au casier du vestiaire.',
    'Il a subi des sévices sur son chien par un voisin.',
    'Il est sans antécédent judiciaire.',
  ],
  invalid: [
    { text: 'Poursuivi pour recel, il attend sa convocation.', errors: ['Poursuivi pour recel'] },
    { text: 'Ils ont été poursuivis pour occupation illicite, procédure close à leur départ.', errors: ['poursuivis pour occupation illicite'] },
    { text: 'Il est poursuivi pour des faits anciens.', errors: ['poursuivi pour'] },
    { text: 'La CAF a porté plainte pour fraude aux prestations.', errors: ['fraude aux prestations'] },
    { text: 'Son ancien patron a porté plainte pour menaces.', errors: ['menaces'] },
    { text: 'Une interdiction de détenir un animal a été prononcée après des sévices sur son chien.', errors: ['interdiction de détenir un animal', 'sévices sur son chien'] },
    { text: 'Il est poursuivi pour maltraitance sur des chevaux.', errors: ['poursuivi pour maltraitance sur des chevaux'] },
    { text: "Cyberharcèlement d'une ancienne collègue : il doit effectuer un stage de citoyenneté.", errors: ["Cyberharcèlement d'une ancienne collègue", 'stage de citoyenneté'] },
    { text: 'Il a remboursé mais garde une inscription au casier.', errors: ['inscription au casier'] },
    { text: 'Son éducatrice PJJ était présente au rendez-vous.', errors: ['éducatrice PJJ'] },
    { text: "J'ai rappelé l'éducatrice de la PJJ ce matin.", errors: ['éducatrice de la PJJ'] },
    { text: "Condamnée à 60 jours-amende pour exercice illégal de l'activité de VTC.", errors: ['Condamnée à 60 jours-amende', 'exercice illégal'] },
    { text: 'Il a parlé sans détour de sa condamnation de 2016 pour incendie volontaire.', errors: ['condamnation', 'incendie volontaire'] },
  ],
});

// « détenir » with its object, a citizen's role at a hearing, harm to animals joined to the animal after its head (any determiner,
// any animal); care topics and harm suffered by people stay silent
ruleTester(rule, {
  valid: [
    'Il a détenu le record régional du 400 mètres haies.',
    "Il a détenu plusieurs postes de chef d'équipe.",
    "Elle a été convoquée au tribunal comme jurée d'assises.",
    "Elle a été convoquée au commissariat en tant que témoin d'un accident.",
    'Elle a suivi une formation sur la maltraitance envers les personnes âgées.',
    "Il a dénoncé des actes de maltraitance sur des résidents de l'EHPAD où il travaillait.",
    "Son chien a subi des mauvais traitements chez l'ancien propriétaire.",
  ],
  invalid: [
    { text: 'Elle a été condamnée pour cruauté envers un cheval.', errors: ['condamnée', 'cruauté envers un cheval'] },
    { text: 'Il a été poursuivi pour sévices sur des moutons.', errors: ['poursuivi pour sévices sur des moutons'] },
    { text: 'Il a été convoqué au tribunal pour des dégradations.', errors: ['convoqué au tribunal', 'dégradations'] },
  ],
});

// The person's own criminal complaint for a named offence is offence data whoever the victim is (RGPD art. 10, TAXONOMY §3.2 family 17):
// one finding for the complaint and its offence. Silent: a complaint with no offence named, a negated or renounced one, the partner's
// (vie-privee), others' complaints handled as a job or helped along, customers' complaints, a witness of a case.
ruleTester(rule, {
  valid: [
    "Elle s'est présentée au commissariat pour porter plainte.",
    'Elle a porté plainte en février.',
    'Plainte déposée, elle attend la suite.',
    'Victime de harcèlement d\'un collègue, elle a porté plainte.',
    "Elle n'a pas porté plainte pour harcèlement.",
    "Il n'a jamais déposé plainte pour le vol de son scooter.",
    'Sans plainte pour vol, le dossier est clos.',
    'Il a renoncé à porter plainte pour agression.',
    'Elle refuse de déposer plainte pour harcèlement, elle veut tourner la page.',
    'Elle a porté plainte contre son conjoint pour violences.',
    'Elle a porté plainte pour violences conjugales.',
    'Plainte pour harcèlement contre son ex-compagnon, elle est hébergée chez sa sœur.',
    'Avocate, elle aide les victimes à porter plainte pour harcèlement.',
    "Juriste dans une association, elle accompagne les femmes à déposer plainte pour agression sexuelle.",
    'Assistante juridique, elle prépare les plaintes pour escroquerie des clients du cabinet.',
    'Policier, il enregistrait les plaintes pour vol au commissariat.',
    "Agente d'accueil en gendarmerie, elle recevait les plaintes pour cambriolage.",
    'Elle a fait l’objet de plusieurs plaintes de clients pour retard de livraison.',
    'Il a témoigné comme victime dans une affaire de cambriolage de son garage.',
    'Formation : comment porter plainte pour cyberharcèlement.',
    'Elle anime un atelier sur le dépôt de plainte pour violences sexuelles.',
  ],
  invalid: [
    { text: 'Il a porté plainte pour agression.', errors: [{ text: 'a porté plainte pour agression', messageId: 'plainte', category: 'infractions' }] },
    { text: 'Il a porté plainte pour agression auprès de la gendarmerie.', errors: ['a porté plainte pour agression'] },
    { text: 'Elle a déposé plainte pour vol et pour agression.', errors: ['a déposé plainte pour vol et pour agression'] },
    { text: 'Il avait porté plainte pour une agression subie en 2022.', errors: ['avait porté plainte pour une agression'] },
    { text: 'Elle a déposé une plainte pour vol de son portable.', errors: [{ text: 'plainte pour vol', messageId: 'plainte' }] },
    { text: 'Dépôt de plainte pour cambriolage la semaine dernière.', errors: ['Dépôt de plainte pour cambriolage'] },
    { text: 'Il a porté plainte pour diffamation contre son ancien employeur.', errors: ['a porté plainte pour diffamation'] },
    { text: 'Il est allé porter plainte pour le vol de sa voiture.', errors: ['porter plainte pour le vol'] },
    { text: "Il avait porté plainte pour vol, l'enquête est en cours.", errors: ['avait porté plainte pour vol'], output: "L'enquête est en cours." },
    { text: 'Elle a porté plainte pour vol de son portable.', errors: ['a porté plainte pour vol'] },
    { text: 'Elle a porté plainte pour harcèlement contre son chef.', errors: [{ text: 'a porté plainte pour harcèlement', messageId: 'plainte' }] },
    { text: 'Plainte pour harcèlement moral contre son ancien chef de rang, enquête en cours.', errors: ['Plainte pour harcèlement moral'] },
    {
      text: "Elle a déposé une plainte pour harcèlement sexuel contre son ancien chef d'équipe en 2024 ; l'enquête est toujours en cours.",
      errors: ['plainte pour harcèlement sexuel'],
    },
    { text: 'Elle a porté plainte contre son ancien employeur pour harcèlement.', errors: [{ text: 'a porté plainte contre son ancien employeur pour harcèlement', messageId: 'plainte' }] },
    { text: "Plainte pour vol déposée par l'adhérente en mars.", errors: ['Plainte pour vol'] },
    { text: 'Sa plainte pour agression est en cours.', errors: ['plainte pour agression'] },
    { text: 'Elle envisage de porter plainte pour harcèlement moral.', errors: ['porter plainte pour harcèlement moral'] },
    { text: 'Sa fille a porté plainte pour harcèlement scolaire.', errors: ['a porté plainte pour harcèlement'] },
    { text: 'Son fils a déposé plainte pour racket au collège.', errors: ['a déposé plainte pour racket'] },
    { text: 'Elle a porté plainte pour menaces de mort contre un voisin.', errors: ['a porté plainte pour menaces de mort'] },
    { text: "Elle a déposé plainte pour usurpation d'identité en janvier.", errors: ["a déposé plainte pour usurpation d'identité"] },
    { text: 'Plainte pour harcèlement déposée par une collègue, il a été licencié.', errors: [{ text: 'Plainte pour harcèlement', messageId: 'infraction' }] },
  ],
});

// accused: « mis en cause pour » joins the offence named after it, as « poursuivi pour », « soupçonné de »
ruleTester(rule, {
  valid: ["Il n'a jamais été mis en cause pour vol.", 'Le rapport a mis en cause pour sa part la direction.'],
  invalid: [
    { text: "Mis en cause pour usurpation d'identité, il attend une convocation.", errors: ["Mis en cause pour usurpation d'identité"] },
    { text: 'Le gérant a été mis en cause pour abus de biens sociaux, d’où la fermeture.', errors: ['mis en cause pour abus de biens sociaux'] },
    { text: 'Mise en cause pour des faits anciens, elle attend la suite.', errors: ['Mise en cause pour'] },
  ],
});

// harassment of a named target as the cause of a penal measure in the sentence (« après » is then a cause, not a victim's cue)
ruleTester(rule, {
  valid: [
    "Depuis le harcèlement d'une collègue par son chef, elle est traumatisée.",
    'Elle dénonce le harcèlement envers une collègue dans son service.',
  ],
  invalid: [
    { text: "Il est sous le coup d'une interdiction de contact après des faits de harcèlement envers une ancienne collègue.", errors: ['interdiction de contact', 'harcèlement envers une ancienne collègue'] },
    { text: 'Le harcèlement d’une collègue par son chef a valu un rappel à la loi à celui-ci.', errors: ['rappel à la loi'] },
  ],
});

// escape from custody: after a sentencing head, or named as an attempt; a figure of speech stays silent
ruleTester(rule, {
  valid: ["La lecture est pour lui un moment d'évasion.", "Il a besoin d'évasion, il veut voyager.", "Juriste, elle a travaillé sur la lutte contre l'évasion fiscale.",
    "Il s'est évadé de la routine en partant au Canada."],
  invalid: [
    { text: "Il n'a pas réintégré la maison d'arrêt après une permission, d'où une condamnation pour évasion.", errors: ["maison d'arrêt", 'condamnation pour évasion'] },
    { text: "Il a fait une tentative d'évasion en 2018.", errors: ["tentative d'évasion"] },
    { text: 'Il a été condamné pour évasion fiscale en 2019.', errors: ['condamné', 'évasion fiscale'] },
  ],
});

// the probation service in lower-case notes with a meeting word; a body as a job's partner; spip the CMS
ruleTester(rule, {
  valid: [
    'Poste vacant, contact pris avec le SPIP qui gère le partenariat avec la médiathèque.',
    "Elle a créé le site de l'association sous spip, rdv avec le webmaster.",
    'Elle connaît Spip et WordPress.',
  ],
  invalid: [
    { text: 'atelier cv le jeudi 02/10 sauf si rdv spip inscription au CACES', errors: ['spip'] },
    { text: 'Il a encore un rdv au spip une fois par mois.', errors: ['spip'] },
    { text: 'Il a rdv au SPIP le 12.', errors: ['SPIP'] },
  ],
});

// a carry licensed for a job is no offence; « pour port d'arme » and « port d'arme prohibé » are
ruleTester(rule, {
  valid: [
    'Huit ans convoyeur de fonds (transport de valeurs, port d’arme dans le cadre du métier avec autorisation préfectorale).',
    "Il a une autorisation de port d'arme pour son métier de convoyeur.",
    "Il a le permis de port d'arme.",
  ],
  invalid: [
    { text: "Condamné en 2023 pour port d'arme prohibée (couteau dans le véhicule).", errors: ['Condamné', "port d'arme prohibée"] },
    { text: "Condamné pour port d'arme, il a perdu son emploi de convoyeur.", errors: ['Condamné', "port d'arme"] },
  ],
});

// « mis en cause pour » with no offence is penal only with « faits » or a word of justice near; blamed at work is not
ruleTester(rule, {
  valid: [
    "Elle a été mise en cause pour son manque de réactivité lors de l'audit.",
    'Il a été mis en cause par son chef pour un retard de livraison.',
  ],
  invalid: [
    { text: 'Il a été mis en cause pour des faits anciens.', errors: ['mis en cause pour'] },
    { text: 'Il a été mis en cause pour abus de biens sociaux.', errors: ['mis en cause pour abus de biens sociaux'] },
  ],
});

// a leave from prison not returned from is an offence after a record head; alone it is also an employee not taken back
ruleTester(rule, {
  valid: [
    "La non-réintégration après son congé parental l'a poussée à démissionner.",
    'Son employeur a refusé sa réintégration après le congé sabbatique, défaut de réintégration contesté aux prudhommes.',
  ],
  invalid: [
    { text: 'Il a été condamné pour non-réintégration en 2020.', errors: ['condamné', 'non-réintégration'] },
  ],
});

// flying and lockers: « voler de ses propres ailes », a locker named a few words before the changing room
ruleTester(rule, {
  valid: [
    'Il a volé de ses propres ailes après son apprentissage.',
    "Il a un casier à son nom dans le vestiaire de l'usine.",
  ],
  invalid: [
    { text: 'Il a volé dans la caisse du magasin.', errors: ['volé dans la caisse'] },
    { text: 'Il a un casier, ce qui lui ferme la sécurité privée.', errors: ['casier'] },
  ],
});

// a complaint lodged with a body that is no police nor court is no criminal complaint
ruleTester(rule, {
  valid: [
    'Elle a porté plainte pour nuisances sonores auprès de la mairie.',
    'Il a déposé plainte auprès de son bailleur pour dégradations dans le hall.',
  ],
  invalid: [
    { text: 'Elle a porté plainte pour agression auprès de la gendarmerie.', errors: ['a porté plainte pour agression'] },
    { text: 'Sa plainte pour vol de vélo a été classée.', errors: ['plainte pour vol de vélo'] },
  ],
});

// "IPM", the public drunkenness: not the integrated pest management of farming, a school or a firm
ruleTester(rule, {
  valid: [
    'Il a fait un stage en lutte IPM dans les serres de tomates.',
    "Elle a suivi le master IPM de l'institut.",
    'Ouvrier agricole, il applique la protection IPM des vergers.',
    'Il a postulé chez IPM pour un poste de cariste.',
    "Il a fait de l'intérim chez IPM l'été dernier.",
    'La société IPM recrute des préparateurs de commandes.',
    'Certification IPM en cours pour le chef de projet.',
    'Le module IPM de la formation porte sur les ravageurs.',
    'Elle a été embauchée en CDD chez IPM.',
    'Le logiciel IPM gère le planning des équipes.',
  ],
  invalid: [
    { text: "Une IPM l'an dernier l'a empêché de venir au RDV du lendemain matin.", errors: ['IPM'] },
    { text: 'Deux IPM en 2023, il dit avoir arrêté de boire depuis.', errors: ['IPM'] },
    { text: "Il a été placé en cellule après une IPM à la sortie d'un bar.", errors: ['IPM'] },
  ],
});

// a procedure or a measure named as a field of knowledge or a skill is no case of the person
ruleTester(rule, {
  valid: [
    '- maîtrise de la procédure pénale et du logiciel de la chaîne pénale ;',
    'Elle a une bonne connaissance de la procédure pénale.',
    'Il a des notions de procédure pénale acquises au greffe.',
    'Cours de droit de la procédure pénale en licence.',
    'Maîtrise des gardes à vue et des auditions : compétence de son ancien poste de policier.',
    'Connaissances : procédure pénale, droit du travail, bureautique.',
    'Spécialiste de la procédure pénale, elle vise un poste de juriste.',
    'Expertise en poursuites pénales des entreprises, il cherche un cabinet.',
    'Elle maîtrise la procédure pénale grâce à ses dix ans de greffe.',
    'Il a des connaissances en procédure pénale et en droit des étrangers.',
  ],
  invalid: [
    { text: "Il fait l'objet d'une procédure pénale pour vol.", errors: ['procédure pénale', 'vol'] },
    { text: 'Une procédure pénale est en cours contre lui.', errors: ['procédure pénale'] },
    { text: 'Il a eu droit à une GAV en mai.', errors: ['GAV'] },
    { text: 'Elle a été placée en garde à vue en mai.', errors: ['placée en garde à vue'] },
  ],
});

// idioms of "voler" are no theft; a firm sentence in months or years with "fermes"; "chez" makes IPM a firm only right before it
ruleTester(rule, {
  valid: [
    'Il a volé la vedette à ses collègues lors de la présentation.',
    'Elle a volé de ses propres ailes après son BTS.',
    'Il lui a volé un baiser à la fête de fin de stage.',
    'Il a postulé chez IPM pour un poste de cariste.',
  ],
  invalid: [
    { text: 'Il a volé dans la caisse du magasin.', errors: ['volé dans la caisse'] },
    { text: 'Il a fait six mois fermes à Villepinte.', errors: ['mois fermes'] },
    { text: 'Elle a pris deux années fermes en 2018.', errors: ['a pris deux années fermes'] },
    { text: 'Il a fait une IPM chez ses parents en 2022.', errors: ['IPM'] },
  ],
});

// robberies by force named in English (car-jacking, home-jacking); the probation service of the person's own officer
ruleTester(rule, {
  valid: [
    'Le magasin a subi un car-jacking de son camion de livraison.',
    "Elle a été victime d'un home-jacking l'an dernier, elle dort mal.",
    'Depuis son carjacking, il ne veut plus conduire de nuit.',
    'Elle veut devenir CPIP au SPIP de Lyon.',
    'Il a effectué un stage au SPIP de Lyon.',
    'Sa sœur est CPIP du SPIP de Tours.',
  ],
  invalid: [
    { text: 'Son père est incarcéré depuis 2022 pour un car-jacking.', errors: ['incarcéré', 'car-jacking'] },
    { text: 'Il a été condamné pour homejacking en 2019.', errors: ['condamné', 'homejacking'] },
    { text: 'Suivie par une CPIP du SPIP de Castelnoyer, elle justifie de ses recherches chaque mois.', errors: ['CPIP', 'SPIP'] },
  ],
});

// activities led in a prison are a work place; the RSA contract (CER) in its own vocabulary
ruleTester(rule, {
  valid: [
    "Elle anime des ateliers coiffure en maison d'arrêt pour une association d'insertion.",
    'Il donne des cours de français en détention.',
    'Bénévole, elle encadre des ateliers théâtre au centre pénitentiaire.',
    'Orientation et CER (6 mois)',
    'Entretien de réorientation RSA – CER à renouveler – 22/10',
  ],
  invalid: [
    { text: "Il a suivi des ateliers coiffure en maison d'arrêt.", errors: ["maison d'arrêt"] },
    { text: 'Il a suivi des cours de français en détention.', errors: ['détention'] },
    { text: "Il a passé deux ans en maison d'arrêt.", errors: ["deux ans en maison d'arrêt"] },
    { text: 'Placé en CER à 15 ans après une fugue.', errors: ['CER'] },
  ],
});

// a meeting with a probation service's staff member in a note
ruleTester(rule, {
  valid: [
    "Entretien pour un poste d'assistante sociale du SPIP de Lyon.",
    'Elle a fait un stage : point hebdomadaire avec la conseillère du SPIP.',
  ],
  invalid: [
    { text: "- Point budget avec l'assistante sociale du SPIP pour l'échéancier.", errors: ['SPIP'] },
    { text: 'Rdv avec la référente du SPIP jeudi.', errors: ['SPIP'] },
  ],
});

// thefts and scams the person suffered
ruleTester(rule, {
  valid: [
    "Elle a été victime d'un vol à la tire dans le métro et a porté plainte.",
    "Il a été victime d'une escroquerie sur internet et a perdu 2 000 €.",
    "Victime d'une arnaque au faux conseiller, elle a fait opposition.",
  ],
  invalid: [
    { text: 'Il a été condamné pour vol en réunion en 2020.', errors: ['condamné', 'vol en réunion'] },
    { text: 'Il a commis un vol avec violence, sa victime a été hospitalisée.', errors: ['vol avec violence'] },
  ],
});

// intimate images shared without consent and trespassing: offences after a record or charge head, never alone (also suffered,
// a moderation job, a prevention topic); a clash negated does not negate what follows « avec »
ruleTester(rule, {
  valid: [
    "Modératrice, elle signalait la diffusion de contenus intimes sur la plateforme.",
    "Elle a suivi une formation sur la diffusion d'images intimes chez les adolescents.",
    'Le film parle de voyeurisme.',
    'Il vit cette question comme une intrusion dans sa vie privée.',
    "L'intrusion du manager dans son planning l'agace.",
    'Elle anime des ateliers de prévention de la sextorsion au collège.',
    'Pas de contrôle judiciaire en cours.',
    "Il n'a aucun problème avec la justice.",
    'Aucune incompatibilité avec le poste proposé.',
    "Le revenge porn est un thème de son mémoire de BTS.",
  ],
  invalid: [
    { text: "Il a été mis en cause pour intrusion sur une emprise ferroviaire lors d'un tournage.", errors: ['mis en cause pour intrusion'] },
    { text: 'Condamné pour sextorsion en 2021.', errors: ['Condamné', 'sextorsion'] },
    { text: "Il a un dossier pour diffusion d'images intimes.", errors: ["dossier pour diffusion d'images intimes"] },
    { text: 'Il est poursuivi pour revenge porn.', errors: ['poursuivi pour revenge porn'] },
    { text: "Pas d'incompatibilité avec le contrôle judiciaire, zone autorisée vérifiée.", errors: ['contrôle judiciaire'] },
    { text: 'Aucune incompatibilité avec son contrôle judiciaire.', errors: ['contrôle judiciaire'] },
  ],
});

// court bans said of the person as a participle: "interdit de séjour", "interdite de paraître"
ruleTester(rule, {
  valid: [
    'Il est interdit de séjourner dans les locaux après 20 h.',
    'Il est interdit de fumer dans le hall.',
    "Il n'a jamais été interdit de séjour.",
    'Il est interdit de stationner devant le centre.',
    "Il est interdit d'accès au parking le week-end.",
    'Le séjour linguistique est interdit aux mineurs sans autorisation.',
    'Il est interdit de paraître en tenue de sport à l\'accueil.',
    'Il est interdit de gérer la caisse sans habilitation.',
    'Le chantier est interdit au public pendant les travaux.',
  ],
  invalid: [
    { text: 'Interdit de séjour à Lyon pendant trois ans, il cherche dans la Loire.', errors: ['Interdit de séjour'] },
    { text: 'Il est interdit de séjour à Lyon.', errors: ['interdit de séjour'] },
    { text: 'Elle est interdite du territoire français depuis 2021.', errors: ['interdite du territoire'] },
  ],
});

// texting "pr" after a prosecution head, community service counted after ("travail non rémunéré de 70h"), a juvenile
// "mesure de réparation" beside the justice or the act, damages paid to the civil parties
ruleTester(rule, {
  valid: [
    'Stage : travail non rémunéré de 35h par semaine.',
    'Il aide son oncle, travail non rémunéré de 20 heures par mois.',
    'Bénévole aux Restos, travail non rémunéré de 4 heures par semaine.',
    'La mesure de réparation du toit est prévue par le bailleur.',
    "L'assurance a proposé des mesures de réparation du véhicule.",
    'Elle est technicienne, elle applique les mesures de réparation sur les machines.',
    'Le fonds de garantie doit indemniser les parties civiles.',
    "L'assureur doit indemniser les parties civiles.",
    'Avocate, elle aide à indemniser les parties civiles.',
    "Elle s'est constituée partie civile.",
    "convoqué pr un entretien d'embauche lundi",
    'dossier pr la CAF à finir',
  ],
  invalid: [
    { text: 'poursuivi pr avoir prêté son compte bancaire à des arnaqueurs', errors: ['poursuivi pr'] },
    { text: 'plainte pr agression, en attente', errors: ['plainte pr agression'] },
    { text: 'Il doit faire un travail non rémunéré de 70 heures.', errors: ['travail non rémunéré'] },
    { text: 'doit faire un travail non rémunéré de 70h', errors: ['travail non rémunéré'] },
    { text: 'doit faire une mesure de réparation dans une asso de quartier', errors: ['mesure de réparation'] },
    { text: "Il doit indemniser les parties civiles après l'incendie de la grange du voisin.", errors: ['indemniser les parties civiles'] },
    { text: 'Il rembourse la partie civile chaque mois.', errors: ['rembourse la partie civile'] },
  ],
});

// the CRP as a rehabilitation centre, not a remission credit; a hearing before the sentencing judge; the person's own
// juvenile-justice educator after "suivi par"
ruleTester(rule, {
  valid: [
    "Projet validé : technicien d'études du bâtiment (TEB, niveau 4, 11 mois au CRP).",
    'Il est en formation au CRP de Mulhouse pendant 11 mois.',
    'Stagiaire du CRP depuis trois mois, il prépare un titre.',
    'Centre CRP Les Tilleuls, préorientation de 12 semaines.',
    'Il a été recruté par un éducateur de la PJJ pour le chantier.',
    'Elle a été formée par une éducatrice de la PJJ pendant son stage.',
    'Il veut devenir éducateur de la PJJ.',
    "Il a travaillé comme greffier à l'audience du JAP.",
  ],
  invalid: [
    { text: 'Il a eu trois mois de CRP, il sort en juin.', errors: ['trois mois de CRP'] },
    { text: 'Prochaine audience devant le JAP en septembre.', errors: ['JAP'] },
    { text: 'suivi par un éducateur de la PJJ, bon contact', errors: ['suivi par un éducateur de la PJJ'] },
    { text: 'Elle a été suivie par une éducatrice de la PJJ à 15 ans.', errors: ['suivie par une éducatrice de la PJJ'] },
  ],
});

// facts qualified but not named; hearings watched as an intern; a justice job in apposition; a farm, not a prison term;
// the juvenile judge with the offence after "pr" or "les"
ruleTester(rule, {
  valid: [
    'stage de 3e chez un avocat, a adoré les audiences',
    'Elle a assisté aux audiences du tribunal lors de la visite du palais de justice.',
    'Juriste au FGTI, il indemnisait les parties civiles.',
    "Greffière depuis dix ans, elle aide à indemniser les parties civiles.",
    'Il a effectué 35 heures de travail non rémunéré à la ferme de son oncle cet été.',
    'convoquée chez le juge des enfants pour les vacances de son fils',
  ],
  invalid: [
    { text: "Il a été condamné pour des faits antérieurs, d'après lui.", errors: ['condamné'] },
    { text: 'Il a été condamné pour des faits graves de violences.', errors: ['condamné', 'violences'] },
    { text: 'Il doit indemniser les parties civiles.', errors: ['indemniser les parties civiles'] },
    { text: 'Son audience est renvoyée au tribunal correctionnel.', errors: ['audience', 'tribunal correctionnel'] },
    { text: "convoqué chez le juge des enfants pr les dégradations du gymnase, va rater l'atelier", errors: ['convoqué chez le juge des enfants pr les dégradations'] },
    { text: 'Il est convoqué chez le juge des enfants pour ses vols à la cantine.', errors: ['convoqué chez le juge des enfants pour ses vols'] },
  ],
});

// setting fire to a thing (not a figure, not an accident); questioned by the police as a suspect (not a witness); the asylum court's hearing
ruleTester(rule, {
  valid: [
    'Son spectacle a mis le feu à la salle.',
    'Elle a mis le feu aux poudres en réunion.',
    'Il a mis le feu à la cuisine par accident en stage.',
    'Le DJ a mis le feu au dancefloor.',
    'Il a mis le feu au barbecue du centre social.',
    'Ça a mis le feu entre les collègues du bâtiment.',
    'Ses propos ont mis le feu au débat à la mairie.',
    'Il a été entendu par la gendarmerie comme témoin.',
    'Elle a été entendue par la police après sa plainte.',
    'Il a été entendu par la police, qui cherchait son frère disparu.',
    "Me Traoré, avocate de l'intéressé, prépare l'audience à la CNDA.",
    "L'audience à la CNDA est fixée au 12 mars, recours d'asile en cours.",
  ],
  invalid: [
    { text: "Il a mis le feu à une poubelle lors d'une altercation, procédure en cours.", errors: ['mis le feu'] },
    { text: 'Il a mis le feu à la voiture de son voisin.', errors: ['mis le feu'] },
    { text: "Entendu par la police au sujet d'un faux acte de naissance, procédure classée.", errors: ['Entendu par la police'] },
    { text: 'Elle a été auditionnée par la gendarmerie en 2021.', errors: ['auditionnée par la gendarmerie'] },
  ],
});

// parking offences fined (not the parking warden's work, not a street problem)
ruleTester(rule, {
  valid: [
    'Comme ASVP, il verbalise le stationnement gênant.',
    "Le stationnement gênant devant l'école inquiète la mairie.",
    'Il cherche une place de stationnement interdit aux camions.',
    'Le stationnement abusif des clients gêne les livraisons du magasin.',
    'Une place de stationnement réservée aux personnes handicapées est prévue devant l’entreprise.',
  ],
  invalid: [
    { text: 'Amende pour stationnement sur une place réservée aux personnes handicapées sans carte, selon lui.', errors: ['stationnement sur une place réservée'] },
    { text: 'Sa voiture est partie en fourrière pour stationnement en double file.', errors: ['stationnement en double file'] },
  ],
});

// penal measures of neighbouring countries in their own words
ruleTester(rule, {
  valid: [
    "Elle n'a pas porté plainte.",
    'Son employeur a porté plainte.',
    'La banque a porté plainte.',
    'Sa voisine a déposé plainte.',
    'Elle a renoncé à porter plainte.',
    'Il aide les victimes à porter plainte.',
    "Agent d'accueil : enregistrement des dépôts de plainte au commissariat.",
    'Elle a porté plainte auprès de la mairie.',
    'Elle veut porter plainte contre son mari.',
    "Elle n'a jamais porté plainte contre son conjoint.",
    'Il a travaillé au Community Order Team du council de Leeds.',
    "Expulsion locative prononcée par le juge des contentieux de la protection.",
    "Elle a monté un atelier sur le dépôt de plainte pour les victimes.",
  ],
  invalid: [
    { text: "A reçu un Strafbefehl du parquet d'Offenburg l'an dernier.", errors: ['Strafbefehl'] },
    { text: 'Il a été placé en Untersuchungshaft à Fribourg.', errors: ['Untersuchungshaft'] },
    { text: "Il a fait l'objet d'une expulsion pénale de Suisse pour cinq ans.", errors: ['expulsion pénale'] },
    { text: 'Community order de 120 heures effectué à Leeds.', errors: ['Community order'] },
    { text: 'Il sort de prisión provisional à Malaga.', errors: ['prisión provisional'] },
    { text: 'Il est en libertad condicional depuis mars.', errors: ['libertad condicional'] },
  ],
});
