import rule from '../../rules/identifiant-organisme.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a date-based reference that passes the Luxembourg matricule's keys is still a reference
    'Dossier n° 1992072113845 transmis au service.',
    'Commande 1992072113845 livrée hier au dépôt de Luxembourg.',
    'Numéro de bordereau du transporteur luxembourgeois : 1992072113845.',
    'Référence interne 1992072113845.',
    // a phone number of the body, « au numéro » or after a call word
    'Joindre la CAF au numéro 0 810 25 71 10.',
    'Joindre la CAF de Saône-et-Loire au numéro 0 810 25 71 10.',
    'Numéro fiscal : 1234567',
    // BSN, Steuer-ID with a wrong check, an order number in the AVS print shape
    'BSN : 111222334',
    'Steuer-ID 86095742718',
    'Commande 756.9217.0769.84 livrée',
    // AVS, codice fiscale, NIF need their check: a wrong key, the job « AVS », « cf. » as a reference
    'N° AVS 756.9217.0769.84',
    'Elle a travaillé comme AVS en école primaire pendant 3 ans, 24 heures par semaine.',
    'AVS depuis 2019 : 756 heures',
    'Codice fiscale : RSSMRA85T10A562T',
    'cf. 12345678 pour le détail',
    'Voir CF 2024-118 du contrat',
    'NIF 123456780',
    'Offre n° 030-2024-118764 à pourvoir.',
    'La CAFAT a versé son indemnité en mars.',
    'CPS 2024 : atelier compétences psychosociales.',
    'Référence offre CPS 12345678.',
    "Candidature à l'annonce ORP 4455667 du canton de Vaud.",
    'Il cotise à la CARSAT depuis 20 ans.',
    'Carte CPS du médecin : 10 101 010.',
    // departmental file shapes and France Travail shapes under other labels
    'Offre n° 974-2024-11852 consultée avec lui.',
    'Convention de stage 974-2024-11852 signée.',
    'Dossier de formation CPF 974-2024-11852.',
    'Entre 2019 et 2024, 1200 personnes ont déposé un dossier.',
    'Commande 5218437P livrée.',
    'Il a pris le bus 1234567B hier.',
    // the INE and the student number named without a value, a year, a count, a phone or a reference under another label
    "L'INE figure sur le relevé de notes.",
    'Demander son INE au lycée pour l\'inscription Parcoursup.',
    'Le numéro étudiant sera communiqué à la rentrée 2025.',
    "INE en cours d'attribution, inscription prévue le 12/09/2025.",
    'Carte étudiant obtenue, 3 ans de licence.',
    'Numéro INE à récupérer auprès du collège.',
    'Numéro étudiant : 2025-2026 pour la promotion.',
    'Offre de job étudiant n° 1234567890A consultée.',
    'Référence de la commande 2209048371K livrée au lycée.',
    'Elle a accompagné 25 étudiants en 2023 à Mine 2209048371.',
    'INE 2024 : journée portes ouvertes du lycée agricole.',
    'Réf. 5218437P du devis.',
    'Le modèle 5218437P de la machine.',
    // a holder's apposition before an amount or a year
    'CAF de sa mère, montant versé : 450 €.',
    'MSA de son père, affilié depuis : 1998.',
    "N° CAF de son ex-compagne, pour la pension : 450 € par mois.",
    "N° CAF de son ex-compagne, pour la pension : 2019-2022.",
    "N° CAF de son ex-compagne, pour la pension : 12/03/2024.",
    "Convention CAF de son ex-compagne, pour la pension : 5120946 euros.",
    "Bénéficiaire du RSA, convention n° 2024/1187/45.",
    "Bénéficiaire du RSA depuis le 12/03/2024, suivi par le Département.",
    "Offre n° 176MZQP consultée sur le site de France Travail.",
    "Offre France Travail n° 123456789 : magasinier.",
    "Code ROME N1103 : magasinage.",
    "Code UAI du lycée : 0711234X.",
    "Référence dossier CPF : 1234567890.",
    "Numéro de convention PMSMP : 2025-071-004512.",
    "Il perçoit le RSA, soit 635,71 € par mois.",
    "CAF de Mâcon : 03 85 12 34 56.",
    "Inscrit à France Travail depuis 2019.",
    "Allocataire CAF depuis 2019 et 2021, sans numéro transmis.",
    // a bare « identifiant » followed by the name of something else
    'Identifiant Wifi du centre : 55120478.',
    'Identifiant Moodle de la session : 20457813, à transmettre aux stagiaires.',
    // « c'est le » after a label, with a date or no number
    'Pour la CAF, c’est le 12 mars qu’elle doit envoyer la déclaration.',
    'Son numéro CAF, c’est le même que celui de sa femme.',
    'Il a 3 enfants de 2024-2025.',
    // export field names that are not an agency's
    'code_rome=N1101;ref_offre=184VZKT;id_offre=12345678',
    // a 13-digit number failing the Luxembourg matricule's keys, a National Insurance shape with a wrong suffix letter
    'Commande 1978041523084 livrée',
    'National Insurance : AB 12 34 56 E',
    "Il n'a ni numéro ni adresse fixe.",
    // a lower-case « id » alone is not a France Travail login; a leader before a phone keeps it a phone
    'id 3391027Z',
    'Téléphone ........ 06 12 34 56 78',
    // a payment or an operation names the agency: its reference is the operation's
    'Référence de virement FT-2025-000418 reçue le 04/06.',
    'Paiement CAF n° 2025061234 du 05/06.',
    'Référence du versement FT 2025-000418.',
    'Mandat CAF 20250418.',
    'Prélèvement CAF n° 20250418 rejeté.',
    // two labels joined by a slash, the second value no identifier
    'CAF / FT : inscrit / à jour',
  ],
  invalid: [
    // two agencies joined by a slash, two numbers the same way: each label takes its own
    { text: '| CAF / FT | 5027318 / 2719034S |', errors: ['5027318', '2719034S'] },
    { text: 'N° CAF/FT : 5027318/2719034S', errors: ['5027318', '2719034S'] },
    { text: 'N° CAF / MSA : 5027318 / non concerné', errors: ['5027318'] },
    { text: 'CAF / FT : 5027318 / 12/03/2025', errors: ['5027318'] },
    // a payment named elsewhere in the sentence leaves the labelled number the person's
    { text: 'Remboursement à la CAF, n° allocataire 5027318.', errors: ['5027318'] },
    { text: 'Après son virement, identifiant FT 2719034S communiqué.', errors: ['2719034S'] },
    // the Luxembourg matricule beside a Luxembourg or matricule word
    { text: 'Il a travaillé à Luxembourg, matricule 1992 0721 138 45.', errors: ['1992 0721 138 45'] },
    { text: 'Numéro de sécurité sociale luxembourgeois : 1985031204719.', errors: ['1985031204719'] },
    // a British National Insurance number in pairs
    { text: 'NI number : AB 12 34 56 C, à reporter sur le formulaire.', errors: ['AB 12 34 56 C'] },
    // the body's department or region between the label and « sous le numéro »
    { text: 'Allocataire à la CAF de Saône-et-Loire sous le numéro 3857214.', errors: ['3857214'] },
    { text: "Inscrite à la MSA des Côtes-d'Armor sous le numéro 48213067.", errors: ['48213067'] },
    // a foreign tax number named « numéro fiscal » / « code fiscal », by its own check; the Italian health card
    { text: 'Code fiscal italien : RSSMRA85T10A562S', errors: ['RSSMRA85T10A562S'] },
    { text: 'Numéro fiscal portugais 234567899', errors: ['234567899'] },
    { text: 'Tessera sanitaria RSSMRA85T10A562S', errors: ['RSSMRA85T10A562S'] },
    // Dutch BSN (11-proef), German Steuer-ID (MOD 11,10), British NI number; an AVS number in its printed shape unlabelled
    { text: 'BSN : 111222333 (ancien emploi à Rotterdam)', errors: ['111222333'] },
    { text: 'Steuer-ID 86095742719', errors: ['86095742719'] },
    { text: 'National Insurance number: JG103759A', errors: ['JG103759A'] },
    { text: 'NINO AB123456C', errors: ['AB123456C'] },
    { text: 'Son ancien numéro suisse 756.9217.0769.85 figure sur la fiche de paie.', errors: ['756.9217.0769.85'] },
    // Swiss AVS (756, EAN-13 key), Italian codice fiscale (check letter), NIF (Portuguese mod 11, Spanish DNI letter)
    { text: 'N° AVS 756.9217.0769.85', errors: ['756.9217.0769.85'] },
    { text: 'AHV-Nr. 7569217076985', errors: ['7569217076985'] },
    { text: 'C.F. RSSMRA85T10A562S', errors: ['RSSMRA85T10A562S'] },
    { text: 'codice fiscale della moglie: RSSMRA85T10A562S', errors: ['RSSMRA85T10A562S'] },
    { text: 'NIF portugais : 501234560', errors: ['501234560'] },
    { text: 'NIF espagnol 12345678Z', errors: ['12345678Z'] },
    // a département code padded to three digits
    { text: 'Notification CDAPH n° 030-2024-118764, orientation en emploi accompagné.', errors: ['030-2024-118764'] },
    { text: 'N° CAFAT 0245871 à joindre au dossier de mobilité.', errors: ['0245871'] },
    { text: 'CPS n° 1234567, à rappeler.', errors: ['1234567'] },
    { text: "Numéro d'affilié ENIM : 85012345.", errors: ['85012345'] },
    { text: "N° allocataire CAF : 1234567, à actualiser après la reprise.", errors: ["1234567"], output: "N° allocataire CAF, à actualiser après la reprise." },
    { text: "Dossier CAF à relancer (n° 9876543).", errors: ["9876543"], output: "Dossier CAF à relancer." },
    { text: "Identifiant Pôle emploi : 1234567A", errors: ["1234567A"], output: "Identifiant Pôle emploi" },
    { text: "Son identifiant France Travail est 12345678901.", errors: ["12345678901"], output: "Son identifiant France Travail." },
    { text: "Identifiant FT 7654321X communiqué pour l'espace personnel.", errors: ["7654321X"], output: "Identifiant FT communiqué pour l'espace personnel." },
    { text: "N° de dossier MSA : 12 345 678.", errors: ["12 345 678"], output: "N° de dossier MSA." },
    { text: "Numéro fiscal : 30 23 217 600 053.", errors: ["30 23 217 600 053"], output: "Numéro fiscal." },
    { text: "Le 3023217600053 figure sur l'avis d'imposition.", errors: ["3023217600053"], output: "Le figure sur l'avis d'imposition." },
    { text: "Dossier MDPH n° 071-2024-03318 en cours d'instruction.", errors: ["071-2024-03318"], output: "Dossier MDPH en cours d'instruction." },
    { text: "Dossier RSA n° 71-2023-004587 ouvert par le Département.", errors: ["71-2023-004587"], output: "Dossier RSA ouvert par le Département." },
    {
      text: 'Identifiant France Travail : 4093157K.',
      errors: [{ text: '4093157K', messageId: 'agency', severity: 'warning', category: 'identifiant-organisme' }],
      output: 'Identifiant France Travail.',
    },
    { text: "N° demandeur d'emploi : 1234567A.", errors: ['1234567A'], output: "N° demandeur d'emploi." },
    { text: 'N° de bénéficiaire RSA : 2023-RSA-1187', errors: ['2023-RSA-1187'] },
    { text: 'Numéro allocataire : 214 88 03, à actualiser.', errors: ['214 88 03'] },
    { text: "Identifiant de l'adhérente : 5529014T", errors: ['5529014T'] },
    { text: "Bénéficiaire du RSA, n° de dossier départemental RSA/89/2024/1187.", errors: ["RSA/89/2024/1187"], output: "Bénéficiaire du RSA, n° de dossier départemental." },
    { text: "Dossier MDPH n° MDPH-2023-014277 en attente.", errors: ["MDPH-2023-014277"], output: "Dossier MDPH en attente." },
    // a spoken copula after the label: « …, c'est le X »
    { text: "Son numéro d'allocataire, c'est le 4127730.", errors: ['4127730'] },
    { text: 'Numéro CAF, c’est bien le 1234567, vérifié.', errors: ['1234567'] },
    { text: "Son identifiant France Travail, c'est le 4093157K.", errors: ['4093157K'] },
    // a bracketed note between the label and the number
    { text: 'N° allocataire CAF du ménage (au nom de l’épouse) : 5527310', errors: ['5527310'] },
    { text: 'Numéro allocataire (Madame) : 4412871', errors: ['4412871'] },
    // a departmental file number (département, year, sequence) after an agency or aid word, overseas too
    { text: 'rdv ok, dossier mdph en cours de renouvellement, 971-2023-004512 à rappeler', errors: ['971-2023-004512'] },
    { text: 'RQTH en cours, numéro 973 2024 00871 à relancer.', errors: ['973 2024 00871'] },
    { text: 'Demande de PCH (976-2025-1204) en attente.', errors: ['976-2025-1204'] },
    { text: 'Dossier RSA 93-2022-45871, contrat d’engagement signé.', errors: ['93-2022-45871'] },
    // a France Travail identifier (7 digits and a capital letter) after the person's name or a file word
    { text: 'Je vous transmets le dossier de Mme Hoarau (2041378K) pour le PEC.', errors: ['2041378K'] },
    { text: 'Mme Payet, 3041378K, inscrite depuis mars.', errors: ['3041378K'] },
    { text: 'Dossier 3108765A transmis à l’ACI.', errors: ['3108765A'] },
    // the holder named with an apposition before the colon
    { text: 'Numéro CAF de sa mère, qui vit à Cayenne : 2045871.', errors: ['2045871'] },
    // a relative named with a compound kin word or an adjective, then an apposition
    { text: 'N° CAF de son ex-compagnon, qui touche les allocations : 2456789.', errors: ['2456789'] },
    { text: "Numéro allocataire de sa belle-mère, qui l'héberge : 1234567.", errors: ['1234567'] },
    { text: 'N° MSA de son beau-frère, exploitant : 0456781.', errors: ['0456781'] },
    { text: 'N° CAF de son ancienne compagne, pour la pension : 3120946.', errors: ['3120946'] },
    { text: 'N° CAF de son demi-frère, hébergé chez elle : 4567123.', errors: ['4567123'] },
    { text: 'N° CAF de son ex-femme, pour le calcul : 6120946.', errors: ['6120946'] },
    { text: 'N° allocataire de son épouse, enceinte de 6 mois : 8812345', errors: ['8812345'] },
    // the overseas social security funds
    { text: 'N° CGSS : 1234567 à vérifier.', errors: ['1234567'] },
    // the agency's name in full, a one-letter series before the year
    { text: 'Numéro de dossier à la maison départementale des personnes handicapées : D-2024-018734.', errors: ['D-2024-018734'] },
    { text: 'Dossier MDPH : D-2023-004512 en cours.', errors: ['D-2023-004512'] },
    { text: "Dossier à la maison départementale de l'autonomie : A-2022-11873.", errors: ['A-2022-11873'] },
    // export lines: field names with underscores, key=value or JSON
    { text: 'nom=MARTIN;id_france_travail=5827361K;num_allocataire_caf=2948371;code_rome=K2111', errors: ['5827361K', '2948371'] },
    { text: '{"nom": "Diallo", "id_pe": "5827361K", "numero_caf": "2948371"}', errors: ['5827361K', '2948371'] },
    { text: 'id_ft=4093157K, matricule_msa=12345678', errors: ['4093157K', '12345678'] },
    // the Luxembourg matricule (birth date, serial, Luhn and Verhoeff digits): a foreign social-insurance number, like the AVS
    { text: 'Matricule CCSS de son épouse, qui travaille à Esch : 1985031204719.', errors: ['1985031204719'] },
    { text: 'Frontalier, il a cotisé au Luxembourg : matricule de sécurité sociale 1978 0415 230 83.', errors: ['1978 0415 230 83'] },
    { text: 'son matricule sécu luxembourgeois 2001092332194 pour la retraite complémentaire', errors: ['2001092332194'] },
    // a British National Insurance number printed in pairs, after its label or a remark and a colon
    { text: 'National Insurance JT 48 21 67 B', errors: ['JT 48 21 67 B'] },
    { text: 'Numéro de National Insurance obtenu pendant ses années au Royaume-Uni : JT 48 21 73 C.', errors: ['JT 48 21 73 C'] },
    { text: 'NI number: AB 12 34 56 D (Royaume-Uni).', errors: ['AB 12 34 56 D'] },
    // a France Travail login in lower case keeps its pair
    { text: 'id ft 3391027Z a reinitialiser', errors: ['3391027Z'] },
    { text: 'n° pe 4093157K en attente', errors: ['4093157K'] },
    // a form's leader between the label and the value
    { text: 'MSA ................. dossier n° 0718842', errors: ['0718842'] },
    { text: '| CAF ______ | 5038142', errors: ['5038142'] },
    // a pupil's or a student's national number (INE: ten characters and a check letter) and a university's student number
    { text: "INE de l'adhérente : 2209048371K, à fournir pour l'inscription en BTS.", errors: ['2209048371K'], output: "INE de l'adhérente, à fournir pour l'inscription en BTS." },
    { text: 'Son fils aîné (INE 080615427HK) a été orienté.', errors: ['080615427HK'] },
    { text: 'Numéro INE : 1234567890A.', errors: ['1234567890A'] },
    { text: 'Identifiant national élève de sa fille : 0801234567B', errors: ['0801234567B'] },
    { text: 'N° étudiant : 21904837, université de Lille.', errors: ['21904837'], output: 'N° étudiant, université de Lille.' },
    { text: "Numéro d'étudiante 22145879 à l'IUT.", errors: ['22145879'] },
  ],
});
