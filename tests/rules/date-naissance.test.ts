import rule from '../../rules/date-naissance.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a lone « n » is an anchor only as « N(e) » / « n.e »: « n° », an initial, a stray letter are not
    'N° 12/05/1990',
    'N. le 12/05/1990',
    'Dossier n 12/05/1990',
    // a business or a work is born: hyphenated nouns (split by the tokenizer) and a noun with its complement
    "La start-up est née le 2 mars 2020 d'un projet étudiant.",
    'Le food-truck, né le 3 mai 2021, recrute un cuisinier.',
    "L'enseigne est née le 12 juin 1954 à Lyon.",
    'La compagnie de théâtre est née le 1er octobre 2015.',
    // month-first dates are birth dates only after a birth word
    'Contrat signé le 03/27/2024, fin au 02/10/2024.',
    'Le rendez-vous du 03/27/2025 est annulé.',
    // a purpose after the relative, but an expected birth or an appointment
    'Naissance de sa fille prévue pour le mois de mars : 03/2026.',
    'Date de naissance du projet pour le dossier : 12/05/2020.',
    'Date de naissance du projet (prévu) : 12/09/2026.',
    'Rendez-vous du fils (CMP) : 21/03/2025.',
    'Naissance de son fils, rendez-vous pris : 12/03/2025',
    'Date de naissance du projet, lancé : 12/03/2024',
    // compact dates without a birth label
    'Rendez-vous le 20240314 à 10h.',
    'N° allocataire 19790214',
    'Naissance prévue : 12/03/2026',
    'Acte de naissance conjoint : reçu le 12/03/2024',
    'Date de naissance conjoint inconnue',
    // « DN » of a pipe, a copula after « né »
    'Tuyau DN 50 posé le 14-02-2023.',
    'La naissance est prévue en mars 2025.',
    "L'idée est née en 2023, après son licenciement.",
    "Le projet est né le 12 mars 2024 lors d'un atelier collectif.",
    "Contrat signé le 12/03/1990, rupture le 30/06/2024.",
    "RDV le 12/03/2025 à 10 h.",
    "Âgée de 52 ans, elle souhaite valoriser son expérience.",
    "Congé de naissance du 12/03/2025 au 15/03/2025.",
    "Naissance prévue le 15 juin 2025.",
    'Son projet professionnel est né le 12 janvier 2024 lors du bilan.',
    // indirect phrases need a person; a day without year needs « né le » or a label
    'La plateforme a vu le jour le 3 février 2021 dans le cadre du plan jeunes.',
    'Ce chantier d’insertion a vu le jour en 2019.',
    'Le dispositif est né le 4 mars, après la réforme.',
    'Date de naissance à vérifier auprès de la CAF.',
    'Acte de naissance demandé le 12 février 2025.',
    // a duration, or a date that does not agree with the age
    'CDD de 2 ans (01/09/2024), renouvelable une fois.',
    'Elle a 34 ans (entretien du 12/03/2025).',
    'M. Petit, 45 ans, 01/02/2009 comme date d’entrée chez son employeur.',
    'Le projet est né au mois de mai 2024, lors du forum.',
    "L'envie d'entreprendre est née fin 2023.",
    // number words that are not a birth date
    'rdv le douze zéro quatre à dix heures',
    'rendez-vous le trois mars quatre-vingt-sept personnes',
    "l'idée est née le trois mars deux mille vingt",
    'né le dix-sept quatre-vingt-sept',
    'il a cinquante-deux ans et il est né en Italie',
    'entrée en formation le douze zéro quatre quatre-vingt-quatorze',
    // a qualifier then « le » dates the correction, not the birth; a birth date of a thing; a table column of other dates
    'Date de naissance corrigée le 12/03/2025 par la CAF.',
    'Date de naissance communiquée le 12/03/2025.',
    'Date de naissance du projet : 12/03/2020',
    "Naissance de son entreprise : 12/03/2020",
    "La naissance de son entreprise le 12/03/2020 a changé sa vie.",
    "Date de naissance de l'association : 12/03/2019",
    "Date d'embauche | 12/03/2020 | CDI",
    'Nom | Date d\'inscription\nDupont | 12/03/2024',
    'Nom | Lieu de naissance | Date d\'entrée\nDupont | Lyon | 12/03/2024',
    'Nom | Prénom | Date de naissance\nDupont | Marie | rdv le 12/03/2025',
    'Atelier « Born to code » du 12/03/2025.',
    'Le dispositif, né le 17 June 2020, finance des formations.',
    'Il est né de parents agriculteurs, arrivé en France en 2019.',
    'Date de naissance à vérifier\n12/03/2025 : entretien avec la CAF',
    'N° allocataire 12031990',
    'Date de naissance : 120319901',
    'RDV le 03/2025.',
    // a header line longer than a table row is prose: the column below is not read
    `Nom | Prénom | ${'x'.repeat(400)} Date de naissance\nDupont | Marie | 12/03/1990`,
    // foreign words that are no birth: a name, an arrival, a place of birth without a date
    'Nate a commencé le 03/05/2024 chez Renault.',
    "Le sommet de l'OTAN (NATO) a eu lieu le 12/07/2024.",
    'Elle est arrivée en France le 3 de mayo de 2019.',
    'Geboren in Polen, elle est arrivée le 12/03/2015.',
  ],
  invalid: [
    // « N(e) le », « n.e le »: the inclusive « (e) » dropped by normalisation
    { text: 'N(e) le : 29/02/1996', errors: ['29/02/1996'] },
    { text: 'n(e) le 3 mars 1988 à Oran', errors: ['3 mars 1988'] },
    { text: 'N.e le 12/05/1990', errors: ['12/05/1990'] },
    // the head noun is a person, whatever its complement names
    { text: 'Le fils du gérant du garage est né le 4 avril 1998.', errors: ['4 avril 1998'] },
    { text: 'Son petit-fils est né le 3 mai 2021.', errors: ['3 mai 2021'] },
    // the American order, month first, when the day cannot be a month
    { text: 'DOB: 03/27/1988 (format américain, mois en premier).', errors: ['03/27/1988'] },
    { text: 'Born on 12/25/1990 in Lagos.', errors: ['12/25/1990'] },
    { text: 'Date de naissance : 03/27/1988.', errors: ['03/27/1988'] },
    // the relative, then what the date is for, before the colon
    { text: 'Date de naissance de sa fille pour le dossier de crèche : 09/05/2016.', errors: ['09/05/2016'] },
    { text: "Date de naissance de son fils aîné pour l'inscription au collège : 14/02/2011.", errors: ['14/02/2011'] },
    { text: "Date de naissance de l'adhérent à reporter sur le formulaire CAF : 3 mars 1985.", errors: ['3 mars 1985'] },
    { text: 'Date de naissance du fils (ayant droit) : 21/03/2011.', errors: ['21/03/2011'] },
    { text: 'DDN conjoint (à charge) : 04/05/1980.', errors: ['04/05/1980'] },
    { text: "Né le 14/03/1986 à Valbrune, l'adhérent vit seul.", errors: ["14/03/1986"], output: "Né à Valbrune, l'adhérent vit seul." },
    { text: "Elle est née le 3 sept. 1979 à Autun.", errors: ["3 sept. 1979"], output: "Elle est née à Autun." },
    { text: "L'adhérente, née le 1er mai 2001, est éligible au CEJ.", errors: ["1er mai 2001"], output: "L'adhérente est éligible au CEJ." },
    { text: "Date de naissance : 1986-03-12 (à vérifier).", errors: ["1986-03-12"], output: "(à vérifier)." },
    { text: "DDN : 05.11.78 – tél. à mettre à jour.", errors: ["05.11.78"], output: "Tél. à mettre à jour." },
    { text: "Je suis né le 12-10-1975.", errors: ["12-10-1975"], output: "Je suis né." },
    { text: "Il est né en 1969 et vise une fin de carrière dans la logistique.", errors: ["1969"], output: "Il est né et vise une fin de carrière dans la logistique." },
    { text: "Ses enfants sont nés en 2012 et 2015.", errors: ["2012", "2015"], output: "Ses enfants sont nés." },
    { text: "Son fils, né le 2 avril 2015, entre en CP.", errors: ["2 avril 2015"], output: "Son fils entre en CP." },
    { text: "Née en mars 1990, elle a deux enfants.", errors: ["mars 1990"], output: "Elle a deux enfants." },
    {
      text: "Léa, sa fille, née le 9 juin 2019, est gardée par sa grand-mère.",
      errors: [{ text: '9 juin 2019', messageId: 'dob', severity: 'warning', category: 'date-naissance' }],
      output: "Léa, sa fille est gardée par sa grand-mère.",
    },
    { text: 'Il est né au Maroc en 1985.', errors: ['1985'], output: 'Il est né au Maroc.' },
    { text: 'Date de naissance : 12 03 1986', errors: ['12 03 1986'], output: '' },
    // dates in words, with the day or the year spelt out
    { text: 'Il est né le quatorze juillet mille neuf cent soixante-dix-neuf.', errors: ['quatorze juillet mille neuf cent soixante-dix-neuf'] },
    { text: 'Née le 31 mars deux mille deux, elle prépare un CAP.', errors: ['31 mars deux mille deux'] },
    { text: 'Né le trente et un mai 1977 à Dole.', errors: ['trente et un mai 1977'] },
    { text: 'Née le 2 juin dix-neuf cent quatre-vingt-dix-sept.', errors: ['2 juin dix-neuf cent quatre-vingt-dix-sept'] },
    // ISO order with slashes or dots
    { text: 'DDN : 1984/07/30', errors: ['1984/07/30'] },
    // the label says whose birth date it is
    { text: 'Date de naissance (son conjoint) : 07/02/1981', errors: ['07/02/1981'] },
    { text: "Date de naissance de l'enfant : 19.08.2016", errors: ['19.08.2016'] },
    // indirect phrasing with a person subject
    { text: 'Elle a vu le jour le 6 octobre 1992 à Roanne.', errors: ['6 octobre 1992'] },
    { text: 'Son fils est venu au monde le 2 janvier 2023.', errors: ['2 janvier 2023'] },
    // day and month without the year
    { text: 'Sa fille est née le 22 août, la crèche ouvre en septembre.', errors: ['22 août'] },
    { text: 'Né le 09/11 (année à confirmer).', errors: ['09/11'] },
    // an age followed by a date in brackets or in apposition: the birth date
    { text: 'Mme Roux, 34 ans (12/03/' + (new Date().getFullYear() - 34) + '), souhaite se reconvertir.', errors: ['12/03/' + (new Date().getFullYear() - 34)], output: 'Mme Roux, 34 ans, souhaite se reconvertir.' },
    // a weekday, « au mois de », « fin », « début », « mi- » before the date
    { text: 'Il est né le jeudi 8 juillet 1976 à Épinal.', errors: ['8 juillet 1976'] },
    { text: 'Née au mois de novembre 1983, elle a deux enfants.', errors: ['novembre 1983'] },
    { text: 'Son fils est né début 2019.', errors: ['2019'] },
    { text: 'Née mi-1988, elle a travaillé vingt ans en usine.', errors: ['1988'] },
    // a label followed by « c'est le », the short label « DN »
    { text: "Ils veulent la date de naissance, c'est le 5 juin 1987, et le passeport.", errors: ['5 juin 1987'] },
    { text: 'Sa date de naissance est le 12 mars 1990.', errors: ['12 mars 1990'] },
    { text: 'DN : 14-02-1977 ; n° allocataire CAF 6248391.', errors: ['14-02-1977'] },
    // dictated in words: a two-digit year, day-month-year as number groups
    { text: 'il est né le trois mars quatre-vingt-sept à Cernoy', errors: ['trois mars quatre-vingt-sept'] },
    { text: 'date de naissance douze zéro quatre quatre-vingt-quatorze', errors: ['douze zéro quatre quatre-vingt-quatorze'] },
    { text: 'DDN vingt-deux zéro cinq zéro deux pour le dossier', errors: ['vingt-deux zéro cinq zéro deux'] },
    { text: 'sa fille est née le douze mai', errors: ['douze mai'] },
    // a relative after the label, without « de »
    { text: 'DDN épouse : 11/02/81', errors: ['11/02/81'] },
    { text: 'DDN fille aînée : 12/03/2010', errors: ['12/03/2010'] },
    { text: 'Date de naissance mari : 3 mars 1982', errors: ['3 mars 1982'] },
    { text: 'DDN enfant 2 : 05.11.2015', errors: ['05.11.2015'] },
    // a qualifier between the label and its value
    { text: "Date de naissance retenue par la préfecture : 01/01/1997, faute d'acte.", errors: ['01/01/1997'] },
    { text: 'Date de naissance figurant sur le passeport : 3 mars 1990', errors: ['3 mars 1990'] },
    { text: 'Date de naissance présumée 01/01/1993 (récépissé).', errors: ['01/01/1993'] },
    { text: 'Date de naissance (approximative) : 1988', errors: ['1988'] },
    { text: 'Date de naissance à vérifier : 12/03/1990', errors: ['12/03/1990'] },
    { text: 'La date de naissance retenue est le 1er janvier 1990.', errors: ['1er janvier 1990'] },
    // pasted tables: a value in the next cell, or under a column header
    { text: 'Date de naissance | 14.02.1983 | célibataire', errors: ['14.02.1983'], output: 'Célibataire' },
    { text: 'Date de naissance\t14.02.1983', errors: ['14.02.1983'] },
    { text: '**Date de naissance** : 14.02.1983', errors: ['14.02.1983'] },
    { text: '| Nom | Prénom | Date de naissance |\n|---|---|---|\n| Roux | Léa | 12/03/1990 |\n| Roux | Tom | 2015 |', errors: ['12/03/1990', '2015'] },
    { text: 'Nom\tPrénom\tDate de naissance\tVille\nRoux\tLéa\t12/03/1990\tDole', errors: ['12/03/1990'] },
    // English and abbreviated labels, English month names
    { text: 'D.O.B. 17/06/1991 (passeport)', errors: ['17/06/1991'] },
    { text: 'DOB: 1990-06-17', errors: ['1990-06-17'] },
    { text: 'Date of birth : 12 Jan 1990', errors: ['12 Jan 1990'] },
    { text: 'Birth date: 4th July 1986', errors: ['4th July 1986'] },
    { text: 'born on June 17, 1992 in Lagos', errors: ['June 17, 1992'] },
    { text: 'Né(e) le : 12/03/1990 à Dakar', errors: ['12/03/1990'] },
    { text: 'Date nais. : 12/03/1990', errors: ['12/03/1990'] },
    { text: 'Dt naiss 12/03/90', errors: ['12/03/90'] },
    { text: 'Âgé de 34 ans (né le 12/03/1990), il cherche un CDI.', errors: ['12/03/1990'] },
    // eight digits of a form field, month and year in figures, the place beside the date, the value on the next line
    { text: 'DDN : 12031990', errors: ['12031990'] },
    { text: 'Née en 03/1990 à Tunis.', errors: ['03/1990'] },
    { text: 'Date / lieu de naissance : 12/03/1990, Lyon', errors: ['12/03/1990'] },
    { text: 'Date de naissance et lieu : 12/03/1990 à Lyon', errors: ['12/03/1990'] },
    { text: 'Date de naissance :\n12/03/1990', errors: ['12/03/1990'] },
    // compact ISO dates (exports, forms) and six digits day-month-year after a birth label
    { text: 'ddn 19820517, n° de sécu donné oralement', errors: ['19820517'] },
    { text: 'Date de naissance : 20011203.', errors: ['20011203'] },
    { text: 'DDN : 140279', errors: ['140279'] },
    // the person, then an apposition about them, before the colon
    { text: 'Date de naissance de son fils, né prématuré : 20150304', errors: ['20150304'] },
    { text: 'Date de naissance de sa fille, scolarisée en CP : 04/09/2018.', errors: ['04/09/2018'] },
    // foreign birth words: Spanish, Portuguese, Italian, German, Dutch labels and participles
    { text: 'Nacida el 14/08/2001, elle vit à Lyon.', errors: ['14/08/2001'] },
    { text: 'Nacido el 14 de agosto de 2001 en Sevilla.', errors: ['14 de agosto de 2001'] },
    { text: 'Nascida em 03/05/1995 no Porto.', errors: ['03/05/1995'] },
    { text: 'Nata a Napoli il 3 maggio 1995, elle cherche un poste.', errors: ['3 maggio 1995'] },
    { text: 'Geboren am 3. Mai 1990 in Köln.', errors: ['3. Mai 1990'] },
    { text: 'geb. 03.05.1995 in Berlin', errors: ['03.05.1995'] },
    { text: 'Fecha de nacimiento: 14/08/2001.', errors: ['14/08/2001'] },
    { text: 'Data di nascita : 03/05/1995', errors: ['03/05/1995'] },
    { text: 'Geburtsdatum: 14.08.2001', errors: ['14.08.2001'] },
    { text: 'Geboortedatum: 14-08-2001', errors: ['14-08-2001'] },
  ],
});
