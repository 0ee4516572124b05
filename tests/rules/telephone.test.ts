import rule from '../../rules/telephone.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a nine-digit reference without a calling-code sign
    'La facture n° 376 352 418 est réglée.',
    'Dossier 376 352 418 transmis.',
    // pairs with spaced dashes and no phone word: a score, marks, slots
    'Le score du match était 06 - 12 - 14 - 18 - 20 selon lui.',
    'Créneaux proposés : 08 - 10 - 12 - 14 - 16 h.',
    'Horaires de la navette 09 - 12, puis 14 - 17.',
    // a product or a machine reference shaped like a phone
    'Le code article 0678451232 correspond à un carton de 12 bouteilles.',
    "Produit n° 06 78 45 12 32 en rupture pendant l'exercice de caisse.",
    'Le numéro de série de la machine est 0612345678.',
    // digit pairs with commas: a phone word must name them, and no reference or list after it
    'Départements visés : 01, 21, 39, 71, 89.',
    'Numéro de dossier : 07, 81, 33, 20, 14 ?',
    'Numéros des lots : 03, 12, 18, 22, 40.',
    'Il a noté sur son portable les codes 05, 12, 18, 22, 41, 55.',
    'Notes obtenues : 07, 81, 33, 20, 14 sur 100.',
    // a plural between the phone word and the pairs: a list
    'Joignable le matin, ses jours de garde sont les 02, 09, 16, 23, 30.',
    'Joindre par SMS les stagiaires des groupes 02, 14, 26, 38, 40.',
    'Dossier 0123/456789 en cours.',
    'Né le 02/03/2024 à Liège.',
    "Le standard du centre de formation (03 85 12 34 56) ouvre à 9 h.",
    "Accueil de l'agence : 03 85 22 11 00.",
    "Pour ses droits, il peut appeler le 3949.",
    "Le numéro vert 0 800 12 34 56 est gratuit.",
    "Contacter l'agence d'intérim au 03 85 21 43 65 pour la mission.",
    "Référence 06 12 34 56 78 90 12 à rappeler.",
    "Référence dossier : 0612345678.",
    "RDV le 06/03/2025 à 10 h.",
    'RDV le 06/12/2024 à 10 h, salle 12.',
    'Le standard de son centre de formation : 03 85 12 34 56.',
    // the noun after « numéro de » owns the number, even when a relative is named later
    "Le numéro du garage où travaille sa compagne : 03 86 41 20 77.",
    "Téléphone de l'agence d'intérim : 04 76 55 10 32, demander le planning.",
    'Tél. +33 4 72 10 55 00 : standard de la résidence hôtelière.',
    // a reference label right before a number grouped like a phone
    "Badge n° 07 14 22 63 90 pour l'accès au dépôt.",
    'Contrat n° 04 55 12 87 30 signé par les deux parties.',
    // digits inside an IBAN shape whose check fails are not a phone number
    'Ancien compte : NL41 RABO 0318 2795 54, clôturé.',
    'Compte à l’étranger : DE44 5001 0517 5407 3249 30 (erroné).',
    // switchboards: a landline ending in 00, a structure's signature with its SIRET, a public service by its acronym
    'Tél. 05 55 48 20 00 – SIRET 812 463 057 00016',
    'Tél. 05 55 48 21 37 – SIRET 812 463 057 00016 – NDA 75 87 01234 87',
    'Je lui redonne le numéro du CMS (05 55 60 12 47).',
    'Je lui ai donné le numéro de la PMI, 04 72 33 18 95.',
    "Je lui rappelle le numéro du CCAS : 05 55 60 12 00.",
    'Numéro de l\'entreprise : 06 84 50 19 72',
    "L'agence est joignable au 03 85 12 34 00.",
    'Son employeur, la société Alpha (SIRET 123 456 789 00012), tél. 03 85 12 34 56.',
    'Numéro du CMS, demander Mme Roux : 05 55 60 12 41.',
    // numbers in words: a switchboard, an agency's line, too few digits, not a phone at all
    'standard du transporteur zéro quatre soixante-dix-huit douze zéro zéro zéro zéro',
    "numéro de l'agence zéro trois quatre-vingt-cinq vingt-deux onze quarante",
    'zéro six douze trente-quatre cinquante-six',
    // groups typed apart by commas must be pairs; a list of small numbers is not a phone
    'Le score est de zéro sept, trois, deux, dix, quinze, vingt, vingt-cinq.',
    'Il a eu zéro, un, deux absences ce mois-ci.',
    'Rendez-vous le 06, douze candidats présents.',
    'Il a fait 06, puis trente-quatre, cinquante-six candidatures.',
    'il a eu zéro faute et plus deux points',
    'le rendez-vous est à zéro six heures trente',
    "il n'en peut plus trente ans de chantier",
    // the tail of a Corsican NIR is not a phone number
    'ss 2 85 2A 050 120 34 69 née à Ajaccio',
    // North American shapes: a toll-free line, reference labels, a switchboard, a year in brackets, a date
    'Le numéro sans frais 1-800-463-2493 de Service Canada.',
    'Commande n° 514-872-4419 livrée.',
    'Dossier 514 872 4419 en cours.',
    'Le numéro de dossier est 212 555 0100.',
    'Colis 438-555-0142 à récupérer au relais.',
    "Le standard de l'entreprise à Montréal : (514) 872-4400.",
    'Il est né en (1985) 555-1234.',
    'Entrée le 12-03-2025, prime de 1 234 567 euros, ISBN 978-2-07-036822-8.',
    // helplines and services named before their number; 09 69 « Cristal » lines
    "J'ai donné les coordonnées d'Agri'écoute (01 45 39 29 19) et prévenu son médecin.",
    'SOS Amitié : 01 42 96 26 26, joignable 24 h/24.',
    'Numéro national de prévention du suicide au 01 45 39 40 00 en cas de besoin.',
    'Drogues Info Service : 01 70 23 13 13.',
    "Ligne d'écoute Solidarité Paysans (03 25 12 34 56).",
    'Appeler le 09 69 32 15 15 pour le dossier.',
    'Tél. +33 9 69 39 29 19',
    // ranges and scores with spaced dashes are not a phone
    'Horaires 09 - 12 et 14 - 17.',
    'Scores 06 - 12 - 18 - 04 aux trois épreuves.',
    // a switchboard named right after the number, after a comma or a dash
    '(contact : 02 61 91 44 08, standard)',
    'Tél. 03 85 22 11 47, standard de la mairie.',
    'Poissonnerie du marché : 02 98 44 12 47, standard du magasin',
    'Ligne : 04 76 55 10 32, secrétariat.',
    'Contact : 04 76 55 10 32 – le standard',
    'Accueil du centre : 03 85 12 34 56 (le standard).',
    'Mairie : 03 85 12 34 56, le standard.',
  ],
  invalid: [
    // six-digit national numbers of small countries: Andorra, San Marino, Greenland, the Faroe Islands
    { text: 'En Andorre, il reste joignable au +376 352 418.', errors: ['+376 352 418'] },
    { text: 'Sa sœur au Groenland : +299 32 14 56.', errors: ['+299 32 14 56'] },
    { text: 'Portable de son frère à Saint-Marin : 00378 549 123 456.', errors: ['00378 549 123 456'] },
    { text: 'Tél. : +298 31 25 00', errors: ['+298 31 25 00'] },
    // a second, fixed number after the words « ou au cabinet », « ou à l'agence »: the organisation's line, only the first is reported
    { text: "Joignable au 06 12 34 56 78 ou à l'agence au 03 85 22 11 47.", errors: ['06 12 34 56 78'] },
    { text: "Mme Roux, 06 12 34 56 78, ou à l'agence d'intérim, 03 85 22 11 47.", errors: ['06 12 34 56 78'] },
    { text: "Portable 06 12 34 56 78 (le soir), sinon l'association au 04 76 22 11 47.", errors: ['06 12 34 56 78'] },
    // the person's mobile before the organisation's line stays; a relative or a home named after the first number keeps the second
    { text: 'Vous pouvez me joindre au 07 45 09 61 27 (portable professionnel) ou au cabinet, 02 97 84 00 00.', errors: ['07 45 09 61 27'] },
    { text: 'Son numéro : 06 12 34 56 78, ou chez sa mère au 03 85 22 11 47.', errors: ['06 12 34 56 78', '03 85 22 11 47'] },
    { text: 'Tél. 06 12 34 56 78 ou au cabinet de sa tutrice, 03 85 22 11 47.', errors: ['06 12 34 56 78', '03 85 22 11 47'] },
    { text: 'Elle : 06 12 34 56 78 ; son fixe au domicile 03 85 22 11 47.', errors: ['06 12 34 56 78', '03 85 22 11 47'] },
    // a phone grouped 4-3-3 or 4-2-2-2 stays a phone under a file label when a phone word announces it, or in pairs
    { text: 'Dossier CAF, tél. 0612 345 678.', errors: ['0612 345 678'] },
    { text: 'Dossier MSA : son portable 0612 345 678.', errors: ['0612 345 678'] },
    { text: 'Sa fille, joignable au 0612 345 678.', errors: ['0612 345 678'] },
    { text: 'N° CAF : 0612 34 56 78', errors: ['0612 34 56 78'] },
    // a word after the comma that does not close the phrase on a switchboard: the line stays the person's
    { text: 'Sa mère : 06 12 34 56 78, accueil de jour le lundi.', errors: ['06 12 34 56 78'] },
    { text: "Son portable : 06 12 34 56 78, secrétariat de l'école prévenu de son absence.", errors: ['06 12 34 56 78'] },
    { text: "Joignable au 06 12 34 56 78, standard de l'entreprise fermé le soir.", errors: ['06 12 34 56 78'] },
    { text: "Son frère au 07 58 31 94 26, standardiste de formation, pourra l'héberger.", errors: ['07 58 31 94 26'] },
    { text: 'Tél. 06 22 31 94 26, standard ou portable, peu importe.', errors: ['06 22 31 94 26'] },
    { text: 'Tél. 06 22 31 94 26 – Standard : 03 85 12 34 00', errors: ['06 22 31 94 26'] },
    // with an article the switchboard must close the phrase: a remark about someone's workplace keeps the line theirs
    { text: 'Son frère Karim, 07 58 21 44 10 (le standard de son travail ne répond pas).', errors: ['07 58 21 44 10'] },
    { text: 'Sa mère : 06 41 25 78 93 – le standard de la clinique la redirige souvent.', errors: ['06 41 25 78 93'] },
    // pairs with spaced dashes under a phone word
    { text: 'Téléphone : 07 – 58 – 31 – 64 – 20.', errors: ['07 – 58 – 31 – 64 – 20'] },
    { text: 'Joignable au 06 - 47 - 19 - 82 - 30 après 17 h.', errors: ['06 - 47 - 19 - 82 - 30'] },
    { text: 'Il a acheté un article sur internet, son portable : 0678451232.', errors: ['0678451232'] },
    // digit pairs typed apart with commas, under a phone word
    { text: 'Son portable : 07, 81, 33, 20, 14 (dicté).', errors: ['07, 81, 33, 20, 14'] },
    { text: 'Tél. de sa mère : 04, 76, 22, 18, 90.', errors: ['04, 76, 22, 18, 90'] },
    { text: 'Tél. de ses parents : 06, 12, 34, 56, 78', errors: ['06, 12, 34, 56, 78'] },
    // dictated with commas or dashes between the pairs
    { text: 'Pour le joindre entre deux courses : zéro sept, quarante et un, dix-huit, cinquante-deux, zéro trois.', errors: ['zéro sept, quarante et un, dix-huit, cinquante-deux, zéro trois'] },
    { text: 'Son portable : zéro six – douze – trente-quatre – cinquante-six – soixante-dix-huit.', errors: ['zéro six – douze – trente-quatre – cinquante-six – soixante-dix-huit'] },
    { text: 'Rappeler au 06, douze, trente-quatre, cinquante-six, soixante-dix-huit.', errors: ['06, douze, trente-quatre, cinquante-six, soixante-dix-huit'] },
    { text: 'Joindre sa sœur : plus trente-deux, quatre cent quatre-vingt-dix, douze, trente-quatre, cinquante-six.', errors: ['plus trente-deux, quatre cent quatre-vingt-dix, douze, trente-quatre, cinquante-six'] },
    // Belgian numbers: zone prefix, slash, subscriber digits
    { text: 'GSM : 0478/21.56.09, domicile à Liège.', errors: ['0478/21.56.09'] },
    { text: 'Tél : 02/512.34.56', errors: ['02/512.34.56'] },
    { text: 'Tél : 0478/215609', errors: ['0478/215609'] },
    // a helpline named before a number the text calls someone's own
    { text: "Elle travaille au numéro national d'aide, joignable au 06 11 22 33 44 sur son portable.", errors: ['06 11 22 33 44'] },
    { text: "L'adhérente est joignable au 06 12 34 56 78 le matin.", errors: ["06 12 34 56 78"], output: "L'adhérente est joignable par téléphone le matin." },
    { text: "Portable : 07.81.42.65.09 ; fixe : 03-85-47-12-36.", errors: ["07.81.42.65.09", "03-85-47-12-36"], output: "Portable : voir la fiche de contact ; fixe : voir la fiche de contact." },
    { text: "Nouveau numéro : 0639981563.", errors: ["0639981563"], output: "Nouveau numéro : voir la fiche de contact." },
    { text: "Son frère, qui l'héberge, est au +33 6 45 78 12 36.", errors: ["+33 6 45 78 12 36"], output: "Son frère, qui l'héberge, est joignable par téléphone." },
    { text: "Tél. : +33 (0)7 81 42 65 09", errors: ["+33 (0)7 81 42 65 09"], output: "Tél. : voir la fiche de contact" },
    { text: "Joindre sa tutrice, Mme Roux, sur son portable au 06 45 12 78 90.", errors: ["06 45 12 78 90"], output: "Joindre sa tutrice, Mme Roux, sur son portable par téléphone." },
    { text: "Sa mère vit à La Réunion (+262 692 12 34 56).", errors: ["+262 692 12 34 56"], output: "Sa mère vit à La Réunion (voir la fiche de contact)." },
    { text: "Contact au Maroc : +212 6 61 23 45 67.", errors: ["+212 6 61 23 45 67"], output: "Contact au Maroc : voir la fiche de contact." },
    { text: "Vous pouvez me joindre sur ma ligne directe au 03 85 44 55 66.", errors: ["03 85 44 55 66"], output: "Vous pouvez me joindre sur ma ligne directe par téléphone." },
    {
      text: 'Tél. perso : 06\u200b12 34 56 78',
      errors: [{ text: '06\u200b12 34 56 78', messageId: 'phone', severity: 'warning', category: 'telephone' }],
      output: 'Tél. perso : voir la fiche de contact',
    },
    { text: 'Son fils : 0033 6 12 34 56 78, sa fille : (+33) 7 81 42 65 09.', errors: ['0033 6 12 34 56 78', '(+33) 7 81 42 65 09'] },
    { text: 'Tél : 06/12/34/56/78', errors: ['06/12/34/56/78'], output: 'Tél : voir la fiche de contact' },
    { text: 'Son ancien employeur, joignable au +44 7911 123456, confirme la période.', errors: ['+44 7911 123456'], output: 'Son ancien employeur, joignable par téléphone, confirme la période.' },
    { text: "Sa conseillère à l'agence : 03 85 12 34 56.", errors: ['03 85 12 34 56'], output: "Sa conseillère à l'agence : voir la fiche de contact." },
    // a bracketed area code after the country code, « (0) » after 0033
    { text: 'Sa sœur à Montréal : +1 (438) 555-0142', errors: ['+1 (438) 555-0142'] },
    { text: 'Joignable au 0033 (0)6 41 27 93 58 le matin.', errors: ['0033 (0)6 41 27 93 58'] },
    { text: 'Numéro de sa tutrice au garage : 03 86 41 20 77', errors: ['03 86 41 20 77'] },
    { text: 'Son frère : 06 12 34 56 78, compte NL41 RABO 0318 2795 54 fermé.', errors: ['06 12 34 56 78'] },
    // « Standard : » after the number labels the next one
    { text: 'Ligne directe : 05 55 48 31 67 – Standard : 39 49 (service gratuit)', errors: ['05 55 48 31 67'] },
    { text: 'Standard : 03 84 25 60 00 – Ligne directe : 03 84 25 61 17', errors: ['03 84 25 61 17'] },
    // a personal line presented as the business's, a direct line ending in 00
    { text: "Ligne de l'entreprise (c'est son portable) : 06 84 50 19 72", errors: ['06 84 50 19 72'] },
    { text: 'Téléphone de la société (son mobile perso) : 07 12 45 78 96', errors: ['07 12 45 78 96'] },
    { text: 'Vous pouvez me joindre sur ma ligne directe au 03 85 44 55 00.', errors: ['03 85 44 55 00'] },
    { text: 'Sa mère est joignable au 06 12 45 78 00.', errors: ['06 12 45 78 00'] },
    // a person named before a number ending in 00, an abbreviation's dot does not end the clause
    { text: 'Sa mère : 03 85 12 34 00.', errors: ['03 85 12 34 00'] },
    { text: 'Il est joignable au 03 85 12 34 00.', errors: ['03 85 12 34 00'], output: 'Il est joignable par téléphone.' },
    { text: 'Appeler M. Martin au 04 72 10 55 00.', errors: ['04 72 10 55 00'] },
    { text: 'Mme Durand, tutrice : 03 85 12 34 00.', errors: ['03 85 12 34 00'] },
    // dictated in words, whole or in part (speech-to-text)
    { text: "son portable c'est le zéro six dix-sept quarante-deux cinquante-huit quatre-vingt-treize", errors: ['zéro six dix-sept quarante-deux cinquante-huit quatre-vingt-treize'] },
    { text: 'rappeler au zéro sept 81 33 60 29 après dix-huit heures', errors: ['zéro sept 81 33 60 29'], output: 'rappeler par téléphone après dix-huit heures' },
    { text: 'tél 06 58 21 90 quarante-quatre c\'est celui de sa sœur', errors: ['06 58 21 90 quarante-quatre'] },
    { text: 'il est joignable au plus trente-trois six quarante-quatre dix-huit vingt-sept zéro cinq en Belgique', errors: ['plus trente-trois six quarante-quatre dix-huit vingt-sept zéro cinq'] },
    { text: 'numéro c\'est le zéro six trente et un vingt-deux quarante-huit quatre-vingt-dix-neuf', errors: ['zéro six trente et un vingt-deux quarante-huit quatre-vingt-dix-neuf'] },
    { text: 'sa mère au zéro trois quatre-vingt-cinq vingt-deux onze zéro zéro', errors: ['zéro trois quatre-vingt-cinq vingt-deux onze zéro zéro'] },
    { text: 'son fixe zéro un quarante-deux soixante-dix-sept trente et un dix-neuf', errors: ['zéro un quarante-deux soixante-dix-sept trente et un dix-neuf'] },
    { text: 'contact plus quarante et un septante-neuf cent vingt-trois quarante-cinq soixante-sept', errors: ['plus quarante et un septante-neuf cent vingt-trois quarante-cinq soixante-sept'] },
    // North American numbers (bracketed area code, dashes, dots, spaces, leading 1) and the labels Cell., Cellulaire, GSM, Natel
    { text: 'Cell. : (418) 555-2310 — elle rentre de Québec en avril.', errors: ['(418) 555-2310'], output: 'Cell. : voir la fiche de contact — elle rentre de Québec en avril.' },
    { text: 'Cellulaire : 514-872-4419.', errors: ['514-872-4419'] },
    { text: 'Son cell : 438 555 0142, le soir.', errors: ['438 555 0142'] },
    { text: 'Tél. : 1-514-872-4419', errors: ['1-514-872-4419'] },
    { text: 'Sa sœur au Québec, cellulaire 514.872.4419.', errors: ['514.872.4419'] },
    { text: 'Portable (Canada) : 1 (819) 555 1234', errors: ['1 (819) 555 1234'] },
    { text: 'Appeler sa tante à Toronto au 416 555 0199.', errors: ['416 555 0199'], output: 'Appeler sa tante à Toronto par téléphone.' },
    { text: 'GSM : 0470 12 34 56 ; Natel : 079 123 45 67', errors: ['0470 12 34 56', '079 123 45 67'] },
    // a person named after the helpline, « écouter » as a verb, a box line in 09
    { text: "Mme Leroy, bénévole à Agri'écoute, me laisse son portable : 06 12 34 56 78.", errors: ['06 12 34 56 78'] },
    { text: "Personne ne l'écoute chez lui, joignable au 06 12 34 56 78.", errors: ['06 12 34 56 78'] },
    { text: 'Je l\'ai mise en lien avec SOS Villages, sa mère est joignable au 06 12 34 56 78.', errors: ['06 12 34 56 78'] },
    { text: 'Son numéro : 09 51 23 45 67.', errors: ['09 51 23 45 67'] },
    // pairs joined by spaced dashes
    { text: 'tel 06 - 47 - 19 - 82 - 30 ou 0033 6 81 47 22 05', errors: ['06 - 47 - 19 - 82 - 30', '0033 6 81 47 22 05'] },
    { text: 'Portable : 07 – 58 – 31 – 64 – 20.', errors: ['07 – 58 – 31 – 64 – 20'] },
  ],
});
