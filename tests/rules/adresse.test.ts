import rule from '../../rules/adresse.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a hotel named as a workplace, an appointment's or an event's venue, the town hall: the hotel's address, not a lodging
    "Elle travaille comme réceptionniste, chambre 12 de l'hôtel Ibis, 3 rue de la Gare, 75010 Paris.",
    "Stage de femme de chambre à l'hôtel Mercure, 14 avenue Foch, 69006 Lyon.",
    "Entretien d'embauche dans la chambre 101 de l'hôtel Kyriad, 5 rue Pasteur, 31000 Toulouse.",
    "Le séminaire se tient à l'hôtel Novotel, 2 rue du Port, 13002 Marseille.",
    "Poste de veilleur de nuit à l'hôtel du Parc, 8 rue Victor-Hugo, 33000 Bordeaux.",
    "Recrutement de valets de chambre à l'hôtel Lutetia, 45 boulevard Raspail, 75006 Paris.",
    "Candidature pour la chambre 3 de l'hôtel d'entreprises, 10 rue des Artisans, 44000 Nantes.",
    "Le forum emploi a lieu à l'hôtel de ville, 1 place de la Mairie, 59000 Lille.",
    "Mission d'intérim en chambre 40 de l'hôtel Campanile, 6 rue Jean-Moulin, 21000 Dijon.",
    "Réunion d'information à l'hôtel Best Western, 22 avenue de la Gare, 67000 Strasbourg.",
    // a structure's desk, a skills-assessment centre, the office of a housing structure, an address followed by a switchboard
    "Le point accueil, 3 rue des Lilas, 73700 Bourg-Saint-Maurice, ouvre à 9 h.",
    "Rendez-vous à l'accueil de jour, 12 rue Pasteur, 21000 Dijon.",
    'point sur le logement avec l accueil saisonniers 125 rue des Écoles 73700 Bourg-Saint-Maurice',
    'CIBC Bourgogne Sud : 14 rue de Flacé, 71000 Mâcon – standard 03 85 21 90 00.',
    'Mission locale, 5 rue Pasteur, 39100 Dole – accueil : 03 84 72 11 00.',
    'Hébergée au CHRS ; le bureau du CHRS, 40 rue Gambetta, ne reçoit pas de courrier.',
    "L'office de tourisme, 125 rue des Alpes, 73700 Bourg-Saint-Maurice, recrute des saisonniers.",
    // a British street name without a postcode, an employer's British address, film titles and numbers before English words
    'Il a 27 ans et habite Oxford Road depuis mai.',
    'Elle a travaillé 3 ans chez Tesco, 45 High Street, Oxford OX1 4AA.',
    'Il a lu 3 road movies cet été.',
    'Elle a vu 12 Angry Men et 3 Billboards.',
    // a place that receives the public, its address in apposition
    'Le CADA, 18 avenue de la Gare à Montbéliard, accueille le public le matin.',
    'La Maison des solidarités, 4 rue Victor-Hugo, 25200 Montbéliard, est ouverte du lundi au vendredi.',
    'Le centre social, 12 place du Marché, 39100 Dole, reçoit sur rendez-vous.',
    "L'épicerie solidaire, 3 rue des Lilas, 25000 Besançon, tient une permanence le jeudi.",
    // an organisation's address for the summons; an organisation's contact list cut by semicolons; a list with no phone or e-mail
    'Adresse du centre pour toute convocation : 12 rue des Lilas, 75011 Paris.',
    "Coordonnées de l'agence : 01 44 55 66 77 ; Transports Martin, 4 route de Méry, 18100 Vierzon.",
    'Adresse : voir dossier ; Transports Martin, 4 route de Méry, 18100 Vierzon recrute.',
    // a room or a gate number before another number that is not a street number
    'Elle a rendez-vous salle 4 12 rue de la Paix au rez-de-chaussée.',
    'Stage en chambre froide 2 jours par semaine.',
    'Le chantier porte 3 12 avenue Foch a été livré.',
    // a summons's sending named, but the address is the place of the exam, the appointment or a centre
    "Convocation envoyée au centre d'examen, 3 rue des Écoles, 21000 Dijon.",
    'Son adresse a changé. Envoi de la convocation : RDV au 12 rue Victor-Hugo, 21000 Dijon.',
    "Adresse pour l'envoi de la convocation : l'examen a lieu au 5 avenue Foch, 21000 Dijon.",
    "Après réception de la convocation, se présenter au 4 rue de la Paix, 75002 Paris.",
    "Adresse de réception des convocations : l'agence, 8 boulevard Carnot, 21000 Dijon.",
    // a summons at a place, applications sent to an employer
    "Il est convoqué au 3 rue de la Gare, 71100 Chalon, pour l'atelier.",
    'Candidatures à envoyer au 14 rue des Forges, 71120 Montcerf.',
    // an organisation moves: the move verb's subject is the structure, not the person
    'La mission locale a déménagé au 5 rue Pasteur depuis janvier.',
    'La mission locale de Dole a déménagé au 5 rue Pasteur, 39100 Dole.',
    "L'entreprise s'est installée au 14 rue des Forges, 39100 Dole.",
    'L’association qui s’est installée au 3 place du Marché, 39100 Dole, recrute.',
    'Le centre de formation a emménagé au 2 avenue Foch, 21000 Dijon.',
    // an employer or a job lodges its staff; a lodge as a noun; a letter to an employer's department
    'Le restaurant loge ses saisonniers au 2 rue du Port, 17410 Saint-Martin-de-Ré.',
    "L'employeur propose un hébergement aux saisonniers au 14 route des Crêtes, 73150 Val-d'Isère.",
    "Le poste de gardien d'immeuble est logé, au 18 allée des Roses, dans le parc du bailleur social.",
    "La loge du gardien se trouve au 3 rue Pasteur, à l'entrée de la résidence gérée par le bailleur.",
    "Le courrier de relance a été adressé à la DRH, 4 avenue de l'Europe, 67000 Strasbourg.",
    "La fromagerie s'est installée au 12 route de Poligny en 2015.",
    // a tradesman or a professional who practises or has set up there: an employer's address
    'Le ferronnier exerce au 6 rue des Forges, 71100 Chalon-sur-Saône, et cherche un apprenti.',
    'Le pharmacien, installé 4 place du Marché, 39100 Dole, recrute un préparateur.',
    "Le kinésithérapeute s'est installé au 3 rue Pasteur en 2020 et cherche une secrétaire.",
    "La brasserie artisanale vient de s'installer au 4 rue de la Gare, 39100 Dole.",
    // regional street words, berths and pitches: only as a home
    'Il a travaillé 3 ans à Bali comme serveur.',
    'RDV à l\'agence, 12 plaça de la Vila, 66000 Perpignan.',
    'Stage chez Boulangerie Bidea, 64250 Cambo.',
    'Il travaille au port, ponton F, 29200 Brest, comme agent portuaire.',
    'Stage au chantier naval, panne B, port de Lorient, 56100 Lorient.',
    'Le port du masque est obligatoire, 29200 Brest a suivi la consigne.',
    'Formation CACES au port de Brest, 29200 Brest.',
    "L'anneau 12 lui coûte 300 € par an.",
    // a boat or a caravan not lived in: a job, a sale
    'Il répare des bateaux : ponton F, place 42, port du Moulin Blanc, 29200 Brest.',
    'Il a vendu sa caravane à un couple, emplacement 5, 40200 Mimizan.',
    // « dont l'adresse » gives the address to the organisation named before it
    "Le numéro figure sur le courrier de l'organisme de recouvrement, dont l'adresse est 18 avenue Jean-Jaurès à Lille.",
    "Il a reçu une mise en demeure de l'huissier, dont l'adresse est 4 rue des Lilas à Arras.",
    'Il doit écrire à sa banque, dont l\'adresse est 12 boulevard Gambetta 59000 Lille.',
    'Le bailleur social, dont les coordonnées sont 5 place du Marché 80000 Amiens, a relancé.',
    // overseas place words without a full address, or not the person's
    'Il vient du village de Kawéni, à Mamoudzou.',
    'Cocher la case 7, puis envoyer le formulaire.',
    'Elle travaille au village de vacances Les Alizés, 97434 Saint-Gilles.',
    'Il a grandi dans un quartier de Saint-Denis.',
    'Le lot 12 de la formation commence en mars.',
    'La section BTP du lycée, 97300 Cayenne.',
    'Il habite le village de Cacao depuis 2019.',
    // the structure's address in a signature, after its name on the same line
    'Bilan transmis.\n\n--\nFabienne Martin\nConseillère en insertion professionnelle\nMaison de l’emploi de Valbrune – 4 place du Marché, 39140 Valbrune\n',
    "L'entretien d'embauche aura lieu au 12 rue de l'Industrie à Mâcon.",
    "Immersion à la boulangerie Dupuis, 5 place de la Halle à Tournus.",
    "L'agence d'intérim, 22 avenue Foch, recrute des préparateurs.",
    "RDV au 8 boulevard Henri IV pour le bilan.",
    "Il habite à Chalon-sur-Saône, dans le quartier du Stade.",
    "Elle suit 3 cours de français par semaine.",
    "Le centre de formation est situé 5 rue Pasteur à Louhans.",
    "Il a postulé chez Transports Martin, 12 rue des Usines, 71200 Le Creusot.",
    "Projet : aide à domicile, PMSMP prévue à la résidence Les Tilleuls.",
    "Elle vit désormais en colocation près de la gare.",
    "Les 3 de la rue d'en face ont été embauchés par l'entreprise.",
    'Elle a envoyé 3 mail de relance aux entreprises de la zone.',
    'Lieu de travail : 12 avenue Foch, 69006 Lyon.',
    'Poste basé 8 rue des Forges, 25000 Besançon.',
    // a signature block: job title and organisation on the lines above
    'Bien cordialement,\nLucie Marchal\nChargée d\'accompagnement, PLIE du Haut-Doubs\n4 place de la Mairie, 25300 Pontarlier',
    // a residence, a postal box or a place name that belongs to an organisation, or is no address
    'Envoyer le dossier à la CAF de la Vienne, BP 14, 86190 Vouillé.',
    // a postal box alone is the person's only after a mail or residence word, never an office's, a creditor's or a service's;
    // « CS », « TSA » are companies' sorting codes; « BP » is also a vocational diploma
    'Le dossier est à envoyer à la CAF, BP 123, 75000 Paris.',
    "Courrier à adresser à l'huissier, BP 45, 59000 Lille.",
    'Courrier de relance de la banque BP 45, 59000 Lille.',
    "Le courrier de l'organisme arrive de la BP 12, 75000 Paris.",
    'Courrier à envoyer à CS 70012, 59000 Lille.',
    'Courrier à envoyer à TSA 30012, 59000 Lille.',
    'Il a reçu un courrier du tribunal BP 12, 75000 Paris.',
    'Courrier à envoyer à son employeur BP 4, 12000 Rodez.',
    'Le BP 17 de la formation est prévu en mars.',
    'Il prépare le BP boulanger, 24560 Pradelles.',
    'Courrier reçu de la préfecture, B.P. 17, 24000 Périgueux.',
    "Le courrier de la mutuelle vient de la boîte postale n° 8, 46100 Figeac.",
    'Elle a obtenu son BP coiffure en 2021, 12000 Rodez lui propose un poste.',
    // a place and a street without a number are an employer's or a placement's address under their words
    'Il travaille au lieu-dit Les Fontanilles, chemin des Amandiers, 12230 Saint-Aubin-du-Causse.',
    'Stage à la ferme du lieu-dit Les Fontanilles, chemin des Amandiers, 12230 Saint-Aubin-du-Causse.',
    "Le chantier d'insertion est au lieu-dit Les Granges, route de Rodez, 12390 Rignac.",
    'Il a grandi dans la résidence Les Tilleuls, puis allée des Roses à Rodez.',
    'Il travaille au domaine Les Vignes, 33250 Pauillac, comme ouvrier viticole.',
    'Réunion d’information au quartier Les Couronneries, 86000 Poitiers.',
    'Le titre de résidence est valide jusqu’en 2027.',
    'Il a déménagé ; l’agence est au 4 rue Carnot, 86000 Poitiers.',
    'Elle a déménagé et travaille chez Lidl, 3 rue du Commerce, 86000 Poitiers.',
    // number words before a street type that are not a street number, or an organisation's address
    'il habite une rue calme près de la gare',
    "elle habite à deux rues de l'agence",
    "entretien chez l'employeur douze rue de l'Industrie à Cernoy",
    'elle a trois cours par semaine',
    'la formation a lieu au quatorze rue Pasteur',
    // street name then number: a company's, an agency's, an appointment's address; numbers that are not house numbers
    "Son employeur, Transports Dupont, rue de l'Industrie 12, 7700 Mouscron, l'a rappelé.",
    "L'agence se trouve rue de la Gare 8, 1003 Lausanne.",
    'Stage à la boulangerie Martin, place du Marché 5, 6000 Charleroi.',
    'RDV au centre, avenue de la Gare 10, 1950 Sion.',
    "Le siège de l'entreprise : Industriestrasse 5, 6300 Zug.",
    'Elle a fait la route 12 heures, 1500 km en tout.',
    'Il a travaillé 8 ans rue de la Paix, 3 jours par semaine.',
    'Cours de français 2, 1200 heures.',
    // an organisation after the address, a foreign address of an employer or a training
    "Il habite rue de la Station 42, 7700 Mouscron : siège de l'entreprise.",
    'Son employeur est situé Calle Mayor 14, 17001 Girona.',
    'La formation a lieu Via Roma 12, 20121 Milano.',
    "Il a fait un stage à l'hôtel Ibis, 12 av. Jean Jaurès.",
    'Il lit la page 12, 3º paragraphe.',
    // a leader after an organisation's label
    "Siège de l'entreprise ........ 3 rue des Lilas, 69003 Lyon",
    // a kilometre point of a road or a site, not a home
    'Accident de chantier au PK 18,2 côté montagne, route de ceinture.',
    'La route est coupée au PK 12 côté lagon depuis hier.',
    // a place named after « au, à la, à l' » right before the address, a session of the accompaniment: the structure's address
    "Prochaine séance : 22/10/2025 à 14 h, au CIBC (12 rue Denis-Papin, 91740 Val-d'Orge).",
    'Atelier CV le 03/11 à l\'AFPA, 3 avenue de la Gare, 71100 Chalon.',
    'Rendez-vous aux Restos du Cœur (5 rue Vauban, 21000 Dijon) le jeudi.',
    'Il est suivi au CSAPA – 8 rue des Lilas, 58000 Nevers.',
    "Prochaine séance le 22/10 : 12 rue Denis-Papin, 91740 Val-d'Orge.",
    'Les séances ont lieu 4 place du Marché, 21000 Dijon.',
    // sleeping badly is no place to sleep; a workplace after it keeps the address the employer's
    'Il dort mal depuis des semaines, selon lui.',
    "Il dort peu car il travaille de nuit au 12 rue de l'Usine, 71000 Mâcon.",
  ],
  invalid: [
    // British and Irish addresses: number, street name, English street type, town, postcode; a flat before the number
    { text: 'Sa fille loge au Flat 3, 27 Cowley Road, Oxford OX4 1HP.', errors: ['Flat 3, 27 Cowley Road, Oxford OX4 1HP'] },
    { text: 'Son frère vit au 12 Mill Lane, Leeds LS6 2AB, depuis 2020.', errors: ['12 Mill Lane, Leeds LS6 2AB'] },
    { text: 'Adresse à Dublin : 8 Harcourt Street, Dublin D02 X285.', errors: ['8 Harcourt Street, Dublin D02 X285'] },
    // Polish order with a flat after a slash and a Polish postcode
    { text: 'Ancienne adresse : ul. Marszałkowska 84/12, 00-514 Warszawa.', errors: ['ul. Marszałkowska 84/12, 00-514 Warszawa'] },
    { text: 'Sa mère habite ul. Długa 5, 80-827 Gdańsk.', errors: ['ul. Długa 5, 80-827 Gdańsk'] },
    // the person's own address followed by a personal phone, and a housing structure as the home
    { text: 'Il habite 14 rue de Flacé, 71000 Mâcon – portable 06 52 87 30 41.', errors: ['14 rue de Flacé, 71000 Mâcon'] },
    { text: 'Elle est hébergée au CHRS, 40 rue Gambetta, 58000 Nevers.', errors: ['40 rue Gambetta, 58000 Nevers'] },
    // a room or flat number typed without punctuation before the street number
    { text: 'il a une chambre en FJT Foyer Les Hirondelles chambre 214 2 rue du Marais 59460 Jeumont', errors: ['2 rue du Marais 59460 Jeumont'] },
    { text: 'hébergée chez sa sœur appt 12 4 allée des Tilleuls 69100 Villeurbanne', errors: ['appt 12 4 allée des Tilleuls 69100 Villeurbanne'] },
    // contact details for any summons; a contact list cut by semicolons after its label
    { text: 'Coordonnées de la curatrice pour toute convocation : 07 81 36 24 90, 8 ter chemin des Vignes, 59270 Bailleul.', errors: ['8 ter chemin des Vignes, 59270 Bailleul'] },
    { text: 'Adresse à utiliser pour les convocations : 5 impasse des Lilas, 21000 Dijon.', errors: ['5 impasse des Lilas, 21000 Dijon'] },
    { text: 'Coordonnées mises à jour : 06 84 20 17 63 ; n.esnault.compta@sfr.fr ; La Croix Blanche, 4 route de Méry, 18100 Vierzon.', errors: ['4 route de Méry, 18100 Vierzon'] },
    { text: 'Coordonnées du tuteur : j.martin@orange.fr ; 12 rue Pasteur, 58000 Nevers.', errors: ['12 rue Pasteur, 58000 Nevers'] },
    // an address word, then the summons sent or received there: the person's postal address
    { text: "Adresse pour l'envoi de la convocation : 4 rue de la Petite-Fontaine, 21360 Bligny-sur-Ouche.", errors: ['4 rue de la Petite-Fontaine, 21360 Bligny-sur-Ouche'] },
    { text: 'Adresse où recevoir ses convocations : 12 impasse des Lilas, 44000 Nantes.', errors: ['12 impasse des Lilas, 44000 Nantes'] },
    // a postal box alone after a mail or residence word; a street without a number between a place and its postcode
    { text: "Courrier à envoyer à BP 17, 24560 Pradelles-sur-Sorne, elle n'a pas de boîte aux lettres à son nom.", errors: ['BP 17, 24560 Pradelles-sur-Sorne'] },
    { text: 'Elle est domiciliée BP 212, 97300 Cayenne.', errors: ['BP 212, 97300 Cayenne'] },
    { text: 'Courrier à envoyer à B.P. 17, 24560 Pradelles-sur-Sorne.', errors: ['B.P. 17, 24560 Pradelles-sur-Sorne'] },
    { text: 'Son adresse postale : boîte postale n° 8, 46100 Figeac.', errors: ['boîte postale n° 8, 46100 Figeac'] },
    { text: 'Il reçoit son courrier BP 304, 98713 Papeete.', errors: ['BP 304, 98713 Papeete'] },
    { text: 'Adresse pour le courrier : boîte postale 8, 46100 Figeac.', errors: ['boîte postale 8, 46100 Figeac'] },
    { text: 'il vit en caravane chez sa belle-famille lieu-dit Les Fontanilles, chemin des Amandiers, 12230 Saint-Aubin-du-Causse', errors: ['lieu-dit Les Fontanilles, chemin des Amandiers, 12230 Saint-Aubin-du-Causse'] },
    { text: 'Il habite résidence Les Tilleuls, allée des Roses, 12000 Rodez.', errors: ['résidence Les Tilleuls, allée des Roses, 12000 Rodez'] },
    { text: 'Adresse : hameau de Combes, route de Rodez, 12230 Saint-Aubin-du-Causse.', errors: ['hameau de Combes, route de Rodez, 12230 Saint-Aubin-du-Causse'] },
    // where someone sleeps is where they stay
    { text: 'Elle dort au foyer, 12 rue Pasteur, 71000 Mâcon.', errors: ['12 rue Pasteur, 71000 Mâcon'] },
    { text: 'Il dort chez un cousin, 4 impasse des Lilas, 58000 Nevers.', errors: ['4 impasse des Lilas, 58000 Nevers'] },
    // a residence word keeps the address the person's, a session or a place named before it notwithstanding
    { text: 'Après la séance, il est rentré chez lui, 3 rue des Lilas, 58000 Nevers.', errors: ['3 rue des Lilas, 58000 Nevers'] },
    { text: 'Elle vit au rez-de-chaussée (3 rue des Lilas, 58000 Nevers).', errors: ['3 rue des Lilas, 58000 Nevers'] },
    { text: 'Hébergée au foyer Adoma (3 rue des Lilas, 58000 Nevers).', errors: ['3 rue des Lilas, 58000 Nevers'] },
    { text: 'Courrier à envoyer au 3 rue des Lilas, 58000 Nevers.', errors: ['3 rue des Lilas, 58000 Nevers'] },
    { text: 'Mme Roux, 3 rue des Lilas, 58000 Nevers.', errors: ['3 rue des Lilas, 58000 Nevers'] },
    // a hamlet, a district or a residence named after the street joins the address
    { text: 'Il vit désormais 3 chemin des Vignes, hameau de Chaumont, 71250 Cluny.', errors: ['3 chemin des Vignes, hameau de Chaumont, 71250 Cluny'] },
    { text: 'Elle habite 14 rue Jean Jaurès, appartement 6, résidence Les Tilleuls, 58000 Nevers.', errors: ['14 rue Jean Jaurès, appartement 6, résidence Les Tilleuls, 58000 Nevers'] },
    { text: 'Il habite 2 impasse du Moulin, quartier de la Gare, à deux pas du lycée.', errors: ['2 impasse du Moulin, quartier de la Gare'] },
    // the verb « loge » is no flat complement; a lower-case word after the town or an article ends the name
    { text: 'Il loge 7 impasse des Glycines, 58000 Nevers.', errors: ['7 impasse des Glycines, 58000 Nevers'] },
    { text: 'Elle a emménagé 5 allée des Mésanges à Chenôve le mois dernier.', errors: ['5 allée des Mésanges à Chenôve'] },
    { text: 'Il vit 12 rue Victor Hugo la plupart du temps.', errors: ['12 rue Victor Hugo'] },
    { text: 'Il habite 3 rue Jean de la Fontaine à Saint-Jean-le-Blanc.', errors: ['3 rue Jean de la Fontaine à Saint-Jean-le-Blanc'] },
    // a summons sent to the person's home
    { text: 'La convocation doit partir au 4 allée Pierre Brossolette, 71100 Chalon-sur-Saône.', errors: ['4 allée Pierre Brossolette, 71100 Chalon-sur-Saône'] },
    { text: 'Convocation envoyée au 12 rue des Lilas, 71100 Chalon.', errors: ['12 rue des Lilas, 71100 Chalon'] },
    // the person moves, an organisation named earlier in the sentence is no subject of the move
    { text: "L'employeur l'héberge au 14 route des Crêtes, 73150 Val-d'Isère.", errors: ["14 route des Crêtes, 73150 Val-d'Isère"] },
    { text: 'Son employeur lui propose un logement au 5 rue des Lilas, 39100 Dole.', errors: ['5 rue des Lilas, 39100 Dole'] },
    { text: 'Le bénéficiaire, installé au 9 route de Besançon, 25000 Besançon, cherche un emploi.', errors: ['9 route de Besançon, 25000 Besançon'] },
    { text: "Le frère, installé au 9 route de Besançon, 25000 Besançon, l'héberge.", errors: ['9 route de Besançon, 25000 Besançon'] },
    { text: "La stagiaire s'est installée au 3 rue Pasteur, 39100 Dole.", errors: ['3 rue Pasteur, 39100 Dole'] },
    { text: 'Il habite au-dessus de la fromagerie, 12 route de Poligny, 39800 Poligny.', errors: ['12 route de Poligny, 39800 Poligny'] },
    { text: 'Il vit dans la loge du gardien, 3 rue Pasteur, 39100 Dole.', errors: ['3 rue Pasteur, 39100 Dole'] },
    { text: 'Elle a quitté la mission locale et a déménagé au 5 rue Pasteur, 39100 Dole.', errors: ['5 rue Pasteur, 39100 Dole'] },
    { text: "Depuis la fermeture de l'usine, il a déménagé au 7 rue des Lilas, 39100 Dole.", errors: ['7 rue des Lilas, 39100 Dole'] },
    // « dont l'adresse » after a relative and an apposition about them (a job) is the relative's
    { text: "Il est hébergé chez son frère, agent de service, dont l'adresse est 5 rue du Four, 75006 Paris.", errors: ['5 rue du Four, 75006 Paris'] },
    // street words of regional languages, bilingual towns, one-word Alsatian streets, Basque order
    { text: 'Adresse : 5 carrièra dels Fabres, 31000 Tolosa/Toulouse (plaque bilingue)', errors: ['5 carrièra dels Fabres, 31000 Tolosa/Toulouse'] },
    { text: 'Courrier à envoyer chez sa tante, 3 hent Sant-Erwan, 29800 Plouédern.', errors: ['3 hent Sant-Erwan, 29800 Plouédern'] },
    { text: 'Il habite 14 straed an Iliz, 29270 Carhaix-Plouguer depuis 2019.', errors: ['14 straed an Iliz, 29270 Carhaix-Plouguer'] },
    { text: 'Il loge chez son frère, 9 carrughju di a Marina, 20200 Bastia.', errors: ['9 carrughju di a Marina, 20200 Bastia'] },
    { text: 'Domicile : 4 Kirchgass, 67000 Strasbourg.', errors: ['4 Kirchgass, 67000 Strasbourg'] },
    { text: 'Adresse postale : Nagusia kalea 12, 64250 Ezpeleta.', errors: ['Nagusia kalea 12, 64250 Ezpeleta'] },
    // a berth or a pitch lived in
    { text: 'Il vit sur son voilier, ponton F, place 42, port du Moulin Blanc, 29200 Brest.', errors: ['ponton F, place 42, port du Moulin Blanc, 29200 Brest'] },
    { text: 'Il loge dans un mobil-home, emplacement 23, camping Les Pins, 40200 Mimizan.', errors: ['emplacement 23, camping Les Pins, 40200 Mimizan'] },
    { text: 'Elle dort dans sa caravane, emplacement 5, 40200 Mimizan.', errors: ['emplacement 5, 40200 Mimizan'] },
    { text: 'Domicile : port du Crouesty, ponton 4, place 18, 56640 Arzon.', errors: ['port du Crouesty, ponton 4, place 18, 56640 Arzon'] },
    // « dont l'adresse » after a person: their address
    { text: "Il vit chez sa tante, dont l'adresse est 4 rue des Lilas 62000 Arras.", errors: ['4 rue des Lilas 62000 Arras'] },
    { text: "Madame Diallo, dont l'adresse est 22 rue Nationale 59800 Lille, a signé.", errors: ['22 rue Nationale 59800 Lille'] },
    { text: "Il habite au 14 bis, rue de la République, 69003 Lyon.", errors: ["14 bis, rue de la République, 69003 Lyon"], output: "Il habite à l'adresse enregistrée dans le dossier." },
    { text: "Domiciliée 3, boulevard Victor Hugo à Mâcon depuis mars.", errors: ["3, boulevard Victor Hugo à Mâcon"], output: "Domiciliée à l'adresse enregistrée dans le dossier depuis mars." },
    { text: "L'adhérent réside 45 av. des Champs, bât. C, appt 21.", errors: ["45 av. des Champs, bât. C, appt 21"], output: "L'adhérent réside à l'adresse enregistrée dans le dossier." },
    { text: "Courrier à adresser au 8 allée des Cèdres, 21000 Dijon.", errors: ["8 allée des Cèdres, 21000 Dijon"], output: "Courrier à adresser à l'adresse enregistrée dans le dossier." },
    { text: "Adresse postale : Appartement 4, 10 chemin du Bois Joli, 71250 Cluny", errors: ["Appartement 4, 10 chemin du Bois Joli, 71250 Cluny"], output: "Adresse postale : voir le dossier administratif" },
    { text: "Hébergée chez sa sœur, 18 route de Chalon, Givry.", errors: ["18 route de Chalon, Givry"], output: "Hébergée chez sa sœur." },
    { text: "Elle vit au 2 impasse des Roses avec sa fille.", errors: ["2 impasse des Roses"], output: "Elle vit à l'adresse enregistrée dans le dossier avec sa fille." },
    { text: "Habite lieu-dit Les Granges, 71460 Saint-Gengoux.", errors: ["lieu-dit Les Granges, 71460 Saint-Gengoux"], output: "Habite à l'adresse enregistrée dans le dossier." },
    { text: "Nouvelle adresse : 31 rue du 8 Mai 1945, 71100 Chalon-sur-Saône.", errors: ["31 rue du 8 Mai 1945, 71100 Chalon-sur-Saône"], output: "Nouvelle adresse : voir le dossier administratif." },
    { text: "Il habite 12 rue des lilas a cluny.", errors: ["12 rue des lilas a cluny"], output: "Il habite à l'adresse enregistrée dans le dossier." },
    {
      text: 'Elle est domiciliée au 6, cours Moreau, 71000 Mâcon.',
      errors: [{ text: '6, cours Moreau, 71000 Mâcon', messageId: 'address', severity: 'warning', category: 'adresse' }],
      output: "Elle est domiciliée à l'adresse enregistrée dans le dossier.",
    },
    { text: 'Il habite 12 Grande Rue, 71700 Tournus.', errors: ['12 Grande Rue, 71700 Tournus'] },
    // « au 9 de la rue… », « au n° 9 du boulevard… »
    { text: 'Elle habite au 9 de la rue des Tanneurs depuis mars.', errors: ['9 de la rue des Tanneurs'] },
    { text: 'Hébergé au n° 41 du boulevard Carnot, chez son cousin.', errors: ['41 du boulevard Carnot'] },
    // an adverb between the residence verb and a street without number
    { text: 'Vit actuellement cité des Peupliers, bât. 2, avec sa mère.', errors: ['cité des Peupliers, bât. 2'] },
    // other street types: cour, mail, levée, placette, drève, corniche, abbreviations
    { text: 'Habite 3 cour des Tanneurs, au rez-de-chaussée.', errors: ['3 cour des Tanneurs'] },
    { text: 'Domiciliée 2 mail de la Paix, 44000 Nantes.', errors: ['2 mail de la Paix, 44000 Nantes'] },
    { text: 'Vit 12 levée de la Loire, 37000 Tours.', errors: ['12 levée de la Loire, 37000 Tours'] },
    { text: 'Adresse : 5 ham. des Noyers', errors: ['5 ham. des Noyers'] },
    // a header line with the person's name above: still the person's address
    { text: 'Mme Lucie Marchal\n4 place de la Fontaine, 25300 Pontarlier', errors: ['4 place de la Fontaine, 25300 Pontarlier'] },
    // a signature-like line that names the home
    { text: 'Texte.\n\n--\nMarie Dupont\nChargée de projet\nDomicile – 12 rue des Lilas, 39100 Dole\n', errors: ['12 rue des Lilas, 39100 Dole'] },
    // places without a street number: residence + flat, lieu-dit or hamlet + postcode, place name + postal box
    { text: 'Hébergée chez sa sœur, résidence Les Acacias, bât. C, appt 9, pour l’instant.', errors: ['résidence Les Acacias, bât. C, appt 9'] },
    { text: 'Domicile : lieu-dit La Croix-Haute, 24510 Limeuil ; pas de bus.', errors: ['lieu-dit La Croix-Haute, 24510 Limeuil'] },
    { text: 'Elle vit hameau de Bellevue, 24510 Limeuil avec ses parents.', errors: ['hameau de Bellevue, 24510 Limeuil'] },
    { text: 'Courrier : Le Moulin Blanc, BP 7, 29200 Brest.', errors: ['Le Moulin Blanc, BP 7, 29200 Brest'] },
    // a residence name before the complements of a numbered address
    { text: 'Résidence Les Pins, bât. A, apt 3, 8 rue Jean-Jaurès, 81000 Albi. Visite faite.', errors: ['Résidence Les Pins, bât. A, apt 3, 8 rue Jean-Jaurès, 81000 Albi'] },
    // a move verb: the organisation is a landmark of the new home
    { text: 'Elle a emménagé près de la mission locale : 4 allée des Saules, 86000 Poitiers.', errors: ['4 allée des Saules, 86000 Poitiers'] },
    // a street number dictated in words
    { text: 'il habite au quarante-deux rue des Cordiers à Lussanges depuis mars', errors: ['quarante-deux rue des Cordiers à Lussanges'] },
    { text: 'courrier à envoyer au dix-sept allée Pierre-Loti', errors: ['dix-sept allée Pierre-Loti'] },
    { text: 'il vit au cent vingt-trois bis avenue Jean-Jaurès', errors: ['cent vingt-trois bis avenue Jean-Jaurès'] },
    { text: 'sa mère habite au vingt et un boulevard Carnot', errors: ['vingt et un boulevard Carnot'] },
    // Belgian, Swiss, Luxembourg order: the house number after the street name, a 4-digit postcode, « bte », a country prefix
    { text: 'Adresse en Belgique : rue des Tanneurs 17, 7500 Tournai.', errors: ['rue des Tanneurs 17, 7500 Tournai'], output: 'Adresse en Belgique : voir le dossier administratif.' },
    { text: 'Elle habite Rue du Rhône 8, 1204 Genève, depuis mars.', errors: ['Rue du Rhône 8, 1204 Genève'] },
    { text: 'Adresse : Avenue Brugmann 54 bte 3, 1190 Forest.', errors: ['Avenue Brugmann 54 bte 3, 1190 Forest'] },
    { text: 'Il vit chaussée de Louvain 123, B-1030 Schaerbeek, chez sa sœur.', errors: ['chaussée de Louvain 123, B-1030 Schaerbeek'] },
    { text: "Domiciliée rue d'Eich 15, L-1460 Luxembourg.", errors: ["rue d'Eich 15, L-1460 Luxembourg"] },
    { text: 'Il habite boulevard Tirou 54 à Charleroi avec sa compagne.', errors: ['boulevard Tirou 54 à Charleroi'] },
    { text: 'Sa mère vit rue de Lausanne 12, Fribourg.', errors: ['rue de Lausanne 12, Fribourg'] },
    { text: 'Elle loge chez son frère, Kerkstraat 14, 2000 Antwerpen.', errors: ['Kerkstraat 14, 2000 Antwerpen'] },
    { text: 'Habite Seestrasse 9, 8002 Zürich.', errors: ['Seestrasse 9, 8002 Zürich'] },
    // overseas addresses without a street: a numbered house, a village, a quartier, a habitation, a section, an îlet
    { text: 'Hébergée chez sa mère, case 14, quartier Cavani, 97600 Mamoudzou.', errors: ['case 14, quartier Cavani, 97600 Mamoudzou'] },
    { text: 'Elle habite village de Cacao, 97353 Roura.', errors: ['village de Cacao, 97353 Roura'] },
    { text: 'Domiciliée Habitation Céron, 97221 Le Carbet.', errors: ['Habitation Céron, 97221 Le Carbet'] },
    { text: 'Vit Section Bois-Debout, 97180 Sainte-Anne, chez sa tante.', errors: ['Section Bois-Debout, 97180 Sainte-Anne'] },
    { text: 'Il réside quartier des Camélias, 97400 Saint-Denis.', errors: ['quartier des Camélias, 97400 Saint-Denis'] },
    { text: 'Adresse : lot 12, 97354 Rémire-Montjoly.', errors: ['lot 12, 97354 Rémire-Montjoly'] },
    { text: 'Habite Îlet à Cordes, 97413 Cilaos.', errors: ['Îlet à Cordes, 97413 Cilaos'] },
    { text: 'Vit chez sa tante, résidence Les Cocotiers, villa 4, 97420 Le Port.', errors: ['résidence Les Cocotiers, villa 4, 97420 Le Port'] },
    { text: 'Hébergée case 3 quartier Boboka, 97600 Mamoudzou.', errors: ['case 3 quartier Boboka, 97600 Mamoudzou'] },
    // emergency housing is the person's home; abbreviated street types
    { text: "Hébergée à l'hôtel social, 45 av. de la Libération, chambre 12.", errors: ['45 av. de la Libération, chambre 12'] },
    { text: 'Hébergé au CHRS, 8 rue des Carmes, chambre 4.', errors: ['8 rue des Carmes, chambre 4'] },
    { text: 'Elle loge au 3 bis imp. des Lilas à Pessac.', errors: ['3 bis imp. des Lilas à Pessac'] },
    // Spanish, Portuguese, Italian, German order: street, number, floor, postcode, town
    { text: 'Elle vit désormais au Calle Mayor 14, 3º B, 17001 Girona.', errors: ['Calle Mayor 14, 3º B, 17001 Girona'] },
    { text: 'Il habite Rua Augusta 45, 2º Esq, 1100-048 Lisboa avec sa mère.', errors: ['Rua Augusta 45, 2º Esq, 1100-048 Lisboa'] },
    { text: 'Sa mère vit Via Roma 12, scala B, 20121 Milano.', errors: ['Via Roma 12, scala B, 20121 Milano'] },
    { text: 'Il vit Berliner Str. 12, 10115 Berlin depuis 2020.', errors: ['Berliner Str. 12, 10115 Berlin'] },
    // a form's leader between the label and the address; a hamlet named before the street
    { text: 'Adresse ............. lieu-dit La Grange-Basse, 2 bis chemin des Vergnes, 71460 Saint-Vorles', errors: ['lieu-dit La Grange-Basse, 2 bis chemin des Vergnes, 71460 Saint-Vorles'] },
    { text: 'Domicile .... 4 allée des Tilleuls, 21000 Dijon', errors: ['4 allée des Tilleuls, 21000 Dijon'] },
    // an address by kilometre point (Polynesian islands): side of the road, track, district or postcode and town
    { text: 'Domicile à Tahiti : PK 18,2 côté montagne, servitude Tehaamoana, Vaitoa-Nui.', errors: ['PK 18,2 côté montagne, servitude Tehaamoana, Vaitoa-Nui'] },
    { text: 'Il habite PK 7 côté mer, 98714 Papeete.', errors: ['PK 7 côté mer, 98714 Papeete'] },
    // a numbered room of a hotel is the person's lodging (emergency shelter through the 115)
    { text: "Chambre 212 à l'hôtel Le Soleil d'Or, 17 rue de Vanves, 92240 Malakoff, prise en charge par le 115.", errors: ['17 rue de Vanves, 92240 Malakoff'] },
    { text: "Elle occupe la chambre 214 de l'hôtel Le Méridional, 42 rue de Charonne, 75011 Paris depuis mars.", errors: ['42 rue de Charonne, 75011 Paris'] },
    { text: "Hébergé par le 115 en chambre n° 8 d'un hôtel social, 3 allée des Lilas, 93140 Bondy.", errors: ['3 allée des Lilas, 93140 Bondy'] },
  ],
});
