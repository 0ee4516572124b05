import rule from '../../rules/iban.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // an IBAN shape failing its check under a label headed by a reference word: the operation's reference
    "Référence du virement reçu par l'organisme : FR76 3000 3018 1500 0504 1287 766.",
    'Motif du virement : DE21 3704 0044 0532 0130 01',
    "Coordonnées bancaires transmises au service gestion.",
    "BIC BNPAFRPPXXX communiqué par la banque.",
    // a failing check the text calls an error: no longer the account
    "IBAN : FR76 3000 6000 0112 3456 7890 188 (à vérifier, une erreur de saisie).",
    'RIB reçu : FR50 1273 9000 7056 2189 4470 352 (la banque l\'a rejeté, clé erronée).',
    // a number copied short that the text calls incomplete: not yet the account
    "sa banque française FR76 3000 4008 1700 0102 6418 7 oups non ce n'est pas complet elle enverra le RIB",
    'RIB : FR76 1027 8089 0200 0204 1770 (incomplet, à redemander).',
    'Compte allemand DE21 3704 0044 0532 0130, il manque deux chiffres.',
    // IBAN shapes failing their check with no account word: a parcel or file code
    'Colis suivi FR12 3456 7890 1234 5678 livré.',
    'Référence du dossier BE48 0682 4713 50 à rappeler.',
    // a reference label names the IBAN-shaped number, even beside a transfer word
    "Le virement de l'aide au permis sera fait, numéro de facture BE48 0682 4713 50.",
    'Il a reçu la convention, contrat n° DE21 3704 0044 0532 0130 00, virement prévu en mars.',
    'Numéro de commande FR12 3456 7890 1234 5678 9012 345, virement à réception.',
    "Numéro d'agrément NL41 RABO 0318 2795 54 du prestataire.",
    "Le TVA intracommunautaire FR12 345678901 de l'entreprise.",
    "Code banque 30006, code guichet 00001.",
    'Code banque 10278, code guichet 08902, compte 00020417701, clé 75 : la clé ne correspond pas.',
    // one character short and failing its check: a code, not an account
    'Le code CH50 0483 5036 2819 4711 du colis.',
    // a group of four letters inside an IBAN shape failing its check, with no account word: a file code
    'Dossier RO29 BTRL RONC RT05 2341 8702 à rappeler.',
    'Référence RO38 BRDE MTXX 0541 0023 8124 du colis.',
  ],
  invalid: [
    // a number copied short under an account word, not called incomplete, is still the account; « complet » elsewhere does not matter
    { text: 'Compte de sa banque : FR76 3000 4008 1700 0102 6418 7, dossier complet.', errors: ['FR76 3000 4008 1700 0102 6418 7'] },
    // an account number that starts with letters, inside the spaced groups (Romania, Malta)
    { text: 'il garde un compte en Roumanie (RO29 BTRL RONC RT05 2341 8701) pour aider sa mère.', errors: ['RO29 BTRL RONC RT05 2341 8701'] },
    { text: 'IBAN roumain : RO38 BRDE MTXX 0541 0023 8123, pour le loyer.', errors: ['RO38 BRDE MTXX 0541 0023 8123'] },
    { text: 'Son RIB en Roumanie est le RO21 INGB RONC 0000 1234 5678.', errors: ['RO21 INGB RONC 0000 1234 5678'] },
    { text: 'Son RIB maltais : MT84 MALT 0110 0001 2345 MTLC AST0 01S.', errors: ['MT84 MALT 0110 0001 2345 MTLC AST0 01S'] },
    // the next word after a complete IBAN stays outside it
    { text: 'Virement sur ES91 2100 0418 4502 0005 1332 pour aide 2024.', errors: ['ES91 2100 0418 4502 0005 1332'] },
    // … but a valid IBAN there, or a failing one under an account label, is still an account
    { text: 'Référence du virement : FR76 3000 6000 0112 3456 7890 189', errors: ['FR76 3000 6000 0112 3456 7890 189'] },
    { text: 'Virement sur son compte : FR76 3000 3018 1500 0504 1287 766.', errors: ['FR76 3000 3018 1500 0504 1287 766'] },
    { text: "IBAN de l'adhérente : FR76 3000 6000 0112 3456 7890 189, pour l'aide à la mobilité.", errors: ["FR76 3000 6000 0112 3456 7890 189"], output: "IBAN de l'adhérente, pour l'aide à la mobilité." },
    { text: "Son conjoint a donné son RIB (fr76 3000 6000 0112 3456 7890 189) pour le remboursement.", errors: ["fr76 3000 6000 0112 3456 7890 189"], output: "Son conjoint a donné son RIB pour le remboursement." },
    { text: "Compte belge BE68 5390 0754 7034 à utiliser pour le virement.", errors: ["BE68 5390 0754 7034"], output: "Compte belge à utiliser pour le virement." },
    { text: "Virement prévu sur le compte FR14 2004 1010 0505 0001 3M02 606 en fin de mois.", errors: ["FR14 2004 1010 0505 0001 3M02 606"], output: "Virement prévu sur le compte en fin de mois." },
    { text: "IBAN marocain : MA64 0115 1900 0001 2050 0053 4921.", errors: ["MA64 0115 1900 0001 2050 0053 4921"], output: "IBAN marocain." },
    { text: "RIB : 30006 00001 12345678901 89", errors: ["30006 00001 12345678901 89"], output: "RIB" },
    {
      text: 'RIB de son épouse : GB29 NWBK 6016 1331 9268 19.',
      errors: [{ text: 'GB29 NWBK 6016 1331 9268 19', messageId: 'iban', severity: 'error', category: 'iban' }],
      output: 'RIB de son épouse.',
    },
    // a RIB copied field by field
    { text: 'RIB : banque 10278 guichet 08902 compte 00020417701 clé 76', errors: ['10278 guichet 08902 compte 00020417701 clé 76'] },
    // one character short of the country's length, with a valid check: a digit lost in the copy
    { text: 'Virement depuis Genève sur CH50 0483 5036 2819 4710.', errors: ['CH50 0483 5036 2819 4710'] },
    // copied with a typo or a digit short, next to an account word: still the person's account
    { text: "Compte belge de l'adhérent : BE48 0682 4713 50.", errors: ['BE48 0682 4713 50'] },
    { text: 'Virement sur DE21 3704 0044 0532 0130 00 demain.', errors: ['DE21 3704 0044 0532 0130 00'] },
    { text: 'IBAN : FR76 3000 6000 0112 3456 7890 188, pour le versement de l\'aide.', errors: ['FR76 3000 6000 0112 3456 7890 188'] },
    { text: 'Virement de la prime sur DE21 5001 0517 0648 2139 5.', errors: ['DE21 5001 0517 0648 2139 5'] },
    // the number stops before the next word
    { text: 'Son RIB espagnol ES60 0049 1500 0512 3456 789 pour le remboursement.', errors: ['ES60 0049 1500 0512 3456 789'] },
    { text: 'Compte au Maroc MA64 0115 1900 0001 2050 0053 49 pour les virements de sa famille.', errors: ['MA64 0115 1900 0001 2050 0053 49'] },
  ],
});
