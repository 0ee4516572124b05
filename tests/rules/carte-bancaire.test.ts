import rule from '../../rules/carte-bancaire.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "SIRET 30563823897625 de l'employeur.",
    "Numéro de commande des chaussures : 4970 1234 5678 9010.",
    "Numéro de suivi du colis : 4970 1000 0000 0006.",
    "SIRET de l'entreprise d'accueil : 7328 2932 0000 74.",
    "Paiement par carte effectué pendant le rendez-vous.",
    "Référence du devis 5353100000000000.",
    // an order or file number stays one when the sentence names no payment by card (another means, another sentence)
    "La carte d'adhérent du club a été payée avec le bon de commande n° 4970 1012 3456 7893.",
    "Il a payé la commande en espèces ; référence du bon de commande : 4970 1012 3456 7893.",
    "Il a réglé par chèque, le numéro du bon de commande est le 4970 1012 3456 7893.",
    "Payé par virement, le bon de commande du dossier porte le numéro 4970 1012 3456 7893.",
    "Il a acheté sa tenue avec sa prime. Référence de la commande : 4970 1012 3456 7893.",
    "Elle a payé la formation avec son CPF, le dossier porte la référence 4970 1012 3456 7893.",
    "Il a débité le compte de l'association ; facture n° 4970 1012 3456 7893.",
    // a payment word alone is no card word when an order or file word stands before the number
    "Il a payé sa formation CACES avec son CPF, dossier n° 4532 0151 1283 0366.",
    "Paiement reçu, facture 4532015112830366 transmise à la comptabilité.",
    "Le débit a été constaté sur le dossier 4532015112830366.",
  ],
  invalid: [
    { text: "L'adhérente a dicté le numéro de sa carte : 4970 1000 0000 0006.", errors: ["4970 1000 0000 0006"], output: "L'adhérente a dicté le numéro de sa carte." },
    { text: "CB de son mari 5353-1000-0000-0000 exp 09/26 pour payer la formation.", errors: ["5353-1000-0000-0000"], output: "CB de son mari pour payer la formation." },
    { text: "Carte prépayée n° 4111000000001.", errors: ["4111000000001"], output: "Carte prépayée." },
    { text: "Elle a réglé avec la carte 2221 0000 0000 0009, cryptogramme 412.", errors: ["2221 0000 0000 0009"], output: "Elle a réglé avec la carte." },
    { text: "Amex 3782 820000 00008 utilisée pour la réservation.", errors: ["3782 820000 00008"], output: "Amex utilisée pour la réservation." },
    {
      text: 'Carte Visa 4974 2592 3761 6061 enregistrée.',
      errors: [{ text: '4974 2592 3761 6061', messageId: 'card', severity: 'error', category: 'carte-bancaire' }],
      output: 'Carte Visa enregistrée.',
    },
    { text: "Carte Diners Club n° 3056 382389 7625, à ne pas conserver dans le dossier.", errors: ["3056 382389 7625"], output: "Carte Diners Club, à ne pas conserver dans le dossier." },
    // the card named earlier in the sentence as the means of payment, an order word right before the number
    { text: "Elle a payé en ligne avec la carte de sa tante, numéro recopié sur le bon de commande agrafé au dossier : 2223 0048 1297 6511.", errors: ["2223 0048 1297 6511"] },
    { text: "Il a réglé par CB la formation en ligne, le bon de commande agrafé au dossier porte le numéro : 4970 1012 3456 7893.", errors: ["4970 1012 3456 7893"] },
    { text: "Le stage a été payé en ligne, le montant débité sur la carte bancaire de son père, référence de commande : 5132 0048 1297 6514.", errors: ["5132 0048 1297 6514"] },
    // a payment word with no order word still announces a card; a card word still wins over an order word
    { text: "Paiement effectué avec le 4532015112830366 qu'il a dicté.", errors: ["4532015112830366"] },
    { text: "Facture réglée, carte 4532015112830366 notée par erreur.", errors: ["4532015112830366"] },
    { text: "Il a noté sa carte 3056 382389 7625 dans le dossier.", errors: ["3056 382389 7625"], output: "Il a noté sa carte dans le dossier." },
  ],
});
