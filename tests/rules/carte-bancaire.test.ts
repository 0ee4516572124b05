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
    { text: "Il a noté sa carte 3056 382389 7625 dans le dossier.", errors: ["3056 382389 7625"], output: "Il a noté sa carte dans le dossier." },
  ],
});
