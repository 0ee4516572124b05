import rule from '../../rules/piece-identite.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // « CNP » the insurer, even before a number that passes the Romanian key
    'Il a souscrit son prêt avec la CNP Assurances, contrat 2901123264187.',
    'Contrat CNP n° 2901123264187 pour son assurance emprunteur.',
    'Assurance emprunteur CNP : 2901123264187.',
    // the Belgian printed shape under a reference label, or with a month no birth date has
    "L'offre n° 86.04.12-147.66 concerne un poste de cariste.",
    'Lot 86.13.12-147.32 livré au dépôt.',
    'Numéro national : 12345678',
    'Montant 92.11.03-221.48',
    // national numbers: a Belgian number with a wrong key, an offer's number, a free line, a short number, « NN » in lower case
    'NN : 92.11.03-221.48',
    "N° national de l'offre : 187452369",
    'Numéro national : 0 800 123 456',
    'NIN : 1234567',
    'Son fils est né en 92, le NN figure sur la carte.',
    // foreign document names without a number
    'Il a le permis B depuis 2015 et la patente pour son commerce.',
    'Pasaporte en trámite, RDV consulat le 12/03/2025.',
    'Reisepass beantragt, Termin am 14.03.2025.',
    'Führerschein Klasse B seit 2010.',
    'Driving licence: full, since 2012, 9 points.',
    'Karta pobytu ważna do 2027.',
    "Carte d'identité : série B, délivrée en 2019, 123456 euros.",
    // a quoted status without a number, a health booklet, a quoted brand
    'Titre de séjour « salarié » obtenu en mars, il cherche un CDI.',
    'Titre de séjour « 10 ans » demandé en 2024.',
    "Le carnet de santé de l'enfant est à jour (12 vaccins).",
    'Documento de identidad vérifié le 12/03/2024.',
    'Carnet de identidad : 12345 (incomplet).',
    'Cédula : il ne l\'a pas encore, rendez-vous au consulat le 12/03.',
    "Carte d'identité : OK 123456 vérifiée.",
    'Passeport de la fille en cours de renouvellement, RDV le 12 mars.',
    // « CIE » is also the contrat initiative emploi
    'Contrat CIE 2023-1145872 avec la mairie.',
    'Embauche en CUI-CIE n° 75123456789 depuis mars.',
    // a file or aid reference governs the document's name: the number is the file's
    "Référence du dossier d'aide au permis : 1 85 05 67 482 301 52",
    "Référence du dossier d'aide au permis : 123456789012",
    'Dossier aide au permis n° 1234567890',
    // a long label only before a document-shaped number
    'CNI de sa mère scannée par erreur dans le dossier : rendez-vous 14h30',
    'CNI à refaire car perdue lors du déménagement : AB12',
    "Date de naissance (format du passeport) : 21 SEP 1987.",
    "Titre de séjour valable jusqu'au 12 DEC 2027.",
    "Il a le permis B et prépare le permis C.",
    "Titre de séjour valable jusqu'au 30/09/2027, autorisation de travail vérifiée.",
    "Carte de résident de 10 ans obtenue en 2018.",
    "Pièce d'identité vérifiée le 12/03.",
    "Photo d'identité à refaire au format 35 x 45.",
    "Passeport renouvelé en 2020 et valable jusqu'en 2030.",
    'Carte de séjour de 2 ans et de 10 ans : démarches expliquées.',
    // foreign document names without a number
    'Il a un DNI espagnol depuis 2015.',
    'Il cherche un poste au CIN de Rabat depuis 2019.',
    "Passeport valable jusqu'au 12/03/2030.",
    // neighbouring countries' document words without a number; « Cie » (compagnie), a span of years
    "Sa carte d'identité belge est valable jusqu'en 2031.",
    'Transports Dupont & Cie, contrat 12345678 signé.',
    "Carte eID belge renouvelée, titre de résidence 2019-2022.",
    // a personal number whose key fails, « CNP » the insurer
    'Contrat CNP Assurances n° 1780415417734 résilié.',
    'CNP 2901123264188',
    'PESEL 88071250127',
    'OIB 48598987318',
  ],
  invalid: [
    // foreign personal numbers named by their label and passing their key
    { text: 'Son OIB croate : 69435151530.', errors: ['69435151530'] },
    { text: 'Il a obtenu son EGN 7523169263 en Bulgarie.', errors: ['7523169263'] },
    { text: 'CNP de sa mère : 2901123264187.', errors: ['2901123264187'] },
    { text: 'NNI : 1234567890 (Mauritanie)', errors: ['1234567890'] },
    { text: "Numéro d'identification nationale : 12345678", errors: ['12345678'] },
    // the registre national in its printed shape, unlabelled, with a right key
    { text: 'Belge, 92.11.03-221.49 sur sa carte.', errors: ['92.11.03-221.49'] },
    { text: 'NIN : 109870312004580007', errors: ['109870312004580007'] },
    // national identification numbers: Belgian registre national / NISS (mod 97 key, born before and after 2000),
    // Algerian NIN (18 digits); the Moroccan CNIE label (not read as « CNI »); a licence number after a bracketed note
    { text: "Carte d'identité belge, numéro national 92.11.03-221.49", errors: ['92.11.03-221.49'] },
    { text: 'NN : 92.11.03-221.49', errors: ['92.11.03-221.49'] },
    { text: 'N° de registre national de sa fille : 01.02.03-123.45', errors: ['01.02.03-123.45'] },
    { text: 'Numéro NISS 92110322149 transmis', errors: ['92110322149'] },
    { text: "Numéro d'identification nationale : 119880412003150021", errors: ['119880412003150021'] },
    { text: 'CNIE marocaine AB123456', errors: ['AB123456'] },
    { text: 'CNIE n° BE904512', errors: ['BE904512'] },
    { text: 'N° de permis (photocopie au dossier) : 120431500219.', errors: ['120431500219'] },
    // foreign labels and their number abbreviations (« -Nr. », « br. »), a letter and six digits, long licence and CURP numbers
    { text: 'Pasaporte n° K729184', errors: ['K729184'] },
    { text: 'Reisepass-Nr. C01X00T47', errors: ['C01X00T47'] },
    { text: 'Personalausweis-Nr. : L01X00T47', errors: ['L01X00T47'] },
    { text: 'Ausweisnummer: T22000129', errors: ['T22000129'] },
    { text: 'Carta di identità n. CA12345AB', errors: ['CA12345AB'] },
    { text: 'Führerschein-Nr. B072RRE2I55', errors: ['B072RRE2I55'] },
    { text: 'Karta pobytu nr RP1234567', errors: ['RP1234567'] },
    { text: 'Lična karta br. 009876543', errors: ['009876543'] },
    { text: 'Driving licence number: MORGA657054SM9IJ', errors: ['MORGA657054SM9IJ'] },
    { text: 'CURP : GOMR850312HDFRRS09', errors: ['GOMR850312HDFRRS09'] },
    // a series given apart before six or seven digits
    { text: 'Buletin de identitate seria RX nr. 123456', errors: ['123456'] },
    { text: "Carte d'identité moldave, série AB n° 1234567", errors: ['1234567'] },
    // foreign identity documents: cédula, tazkira, CNIB, kimlik
    { text: 'Cédula de ciudadanía colombienne : 1.032.456.789.', errors: ['1.032.456.789'] },
    { text: 'Cédula de identidad venezolana n° V-12.345.678.', errors: ['V-12.345.678'] },
    { text: 'Sa tazkira afghane porte le n° 1400-0101-12345.', errors: ['1400-0101-12345'] },
    { text: 'CNIB burkinabè n° B1234567.', errors: ['B1234567'] },
    { text: 'Kimlik no: 12345678901.', errors: ['12345678901'] },
    { text: 'Carnet de identidad boliviano : 4578123.', errors: ['4578123'] },
    // a quoted qualifier between the label and the number
    { text: "Titre de séjour « salarié » n° 7502138846, valable jusqu'au 10/2026.", errors: ['7502138846'] },
    { text: 'Carte de séjour "vie privée et familiale" n° 9912345678 à renouveler.', errors: ['9912345678'] },
    // a series in capitals before the number; Polish and Romanian labels
    { text: "Carte d'identité roumaine série CJ 482915.", errors: ['CJ 482915'] },
    { text: 'Dowód osobisty AYK 935214, copie au dossier.', errors: ['AYK 935214'] },
    { text: 'Passeport : FX 482913 ; autorisation provisoire de séjour.', errors: ['FX 482913'] },
    { text: "CNI n° 880692310285 vérifiée ce jour.", errors: ["880692310285"], output: "CNI vérifiée ce jour." },
    { text: "Carte nationale d'identité : 1105 7130 0845 (expire en 2031).", errors: ["1105 7130 0845"], output: "Carte nationale d'identité (expire en 2031)." },
    { text: "Sa nouvelle carte d'identité porte le numéro X4RT8PF29.", errors: ["X4RT8PF29"], output: "Sa nouvelle carte d'identité porte le numéro." },
    { text: "Passeport 17AB12345, valable jusqu'en 2029.", errors: ["17AB12345"], output: "Passeport, valable jusqu'en 2029." },
    { text: "Passeport de son époux : 20FR45871.", errors: ["20FR45871"], output: "Passeport de son époux." },
    { text: "Titre de séjour n° 0123456789 à renouveler avant juin.", errors: ["0123456789"], output: "Titre de séjour à renouveler avant juin." },
    { text: "Récépissé n° 7201458963 en attente du titre.", errors: ["7201458963"], output: "Récépissé en attente du titre." },
    { text: "Son numéro étranger est le 7512345678.", errors: ["7512345678"], output: "Son numéro étranger." },
    { text: "Permis de conduire n° 13AA00002 obtenu en 2013.", errors: ["13AA00002"], output: "Permis de conduire obtenu en 2013." },
    { text: "Numéro de permis : 921175300456.", errors: ["921175300456"], output: "Numéro de permis." },
    {
      text: 'Carte de séjour pluriannuelle n° 9912345678.',
      errors: [{ text: '9912345678', messageId: 'number', severity: 'error', category: 'piece-identite' }],
      output: 'Carte de séjour pluriannuelle.',
    },
    { text: "Attestation de demande d'asile n° 7501234567 valable six mois.", errors: ['7501234567'], output: "Attestation de demande d'asile valable six mois." },
    // a short letter group inside the number, a comma before an explicit « n° »
    { text: 'Passeport n° 22 KD 40817, copie au dossier.', errors: ['22 KD 40817'] },
    { text: 'CNI au format carte, n° Y7PL2H8Q3', errors: ['Y7PL2H8Q3'] },
    // a quantity inside the label is passed over
    { text: 'Titre de séjour pluriannuel 4 ans n° 6902233145, à renouveler.', errors: ['6902233145'] },
    // a few words between the label and the colon, before a document-shaped number
    { text: 'CNI de sa sœur scannée par erreur dans le dossier : K4PT7WQ21', errors: ['K4PT7WQ21'] },
    { text: "Carte d'identité du conjoint retrouvée dans la pochette : 880692310285", errors: ['880692310285'] },
    { text: 'Passeport de son fils photocopié hier pour la mairie : 19FH73520', errors: ['19FH73520'] },
    { text: 'Pièce fournie pour le dossier : passeport n° 12AB34567', errors: ['12AB34567'] },
    // foreign identity documents: Spanish DNI, NIE, TIE, Maghreb CIN, passports in other languages
    { text: 'NIE Y3290862V : elle a travaillé à Gérone.', errors: ['Y3290862V'] },
    { text: 'Sa CIN KB248613 est jointe au dossier.', errors: ['KB248613'] },
    { text: 'Copie de son DNI (12345678Z) transmise.', errors: ['12345678Z'] },
    { text: 'Numéro de TIE : X1234567L, renouvelé en mars.', errors: ['X1234567L'] },
    { text: 'Pasaporte n° PAA123456 présenté.', errors: ['PAA123456'] },
    { text: 'Reisepass Nr. C01X00T47 vorgelegt.', errors: ['C01X00T47'] },
    // a state remark between the label and the number
    { text: 'Passeport de son mari, expiré : 18AB12345', errors: ['18AB12345'] },
    // neighbouring countries: Belgian eID (3-7-2), Swiss permit, German, Italian, Dutch, English documents
    { text: "Carte eID n° 482-7730915-63 présentée à l'inscription.", errors: ['482-7730915-63'] },
    { text: 'Identiteitskaart nr. 482-7730915-63', errors: ['482-7730915-63'] },
    { text: 'Permis de séjour B n° 12345678 (Genève).', errors: ['12345678'] },
    { text: 'Aufenthaltstitel Nr. Y12345678, gültig bis 2027.', errors: ['Y12345678'] },
    { text: 'Personalausweis: L01X00T47', errors: ['L01X00T47'] },
    { text: 'CIE n° CA12345AB rilasciata dal Comune di Torino.', errors: ['CA12345AB'] },
    { text: 'CIE : AX1234567', errors: ['AX1234567'] },
    { text: 'Permesso di soggiorno n° I01234567.', errors: ['I01234567'] },
    { text: 'Residence permit: ZU1234567', errors: ['ZU1234567'] },
    { text: 'Paspoort NW1234567', errors: ['NW1234567'] },
    // national identification numbers of other countries, each passing its own key
    { text: 'Mme Lăcătuş – CNP roumain 2901123264187 – NIR en cours', errors: ['2901123264187'] },
    { text: 'Cod numeric personal : 6010923831319.', errors: ['6010923831319'] },
    { text: 'Sa compagne, polonaise, PESEL 94061104869.', errors: ['94061104869'] },
    { text: 'PESEL : 02240522793', errors: ['02240522793'] },
    { text: 'EGN 7503128980 (Bulgarie).', errors: ['7503128980'] },
    { text: 'JMBG : 1203985498816', errors: ['1203985498816'] },
    { text: 'OIB 48598987319 de son ancien emploi à Split.', errors: ['48598987319'] },
    { text: 'Isikukood 38912599866, arrivé de Tallinn.', errors: ['38912599866'] },
    { text: 'Rodné číslo 855123/4736 sur sa carte slovaque.', errors: ['855123/4736'] },
    // a form's leader between the label and the value
    { text: '| CNI .............. | X4RT72KP9', errors: ['X4RT72KP9'] },
    { text: 'Passeport ....... 18AB12345', errors: ['18AB12345'] },
  ],
});
