import rule from '../../rules/nir.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "Référence interne 1 85 03 75 123 456 99 à rappeler dans le courrier.",
    "Numéro de facture : 185037512345699.",
    "SIRET de l'employeur : 732 829 320 00074.",
    "L'adhérent a présenté sa carte Vitale.",
    "Le numéro 1 85 03 75 123 456 figure sur le bon de commande.",
  ],
  invalid: [
    { text: "Pour l'inscription en formation, l'OF demande son numéro de sécurité sociale : 1 85 03 75 123 456 41.", errors: ["1 85 03 75 123 456 41"], output: "Pour l'inscription en formation, l'OF demande son numéro de sécurité sociale." },
    { text: "Numéro de Sécu 2-91-03-2A-012-345-91 recopié depuis l'attestation.", errors: ["2-91-03-2A-012-345-91"], output: "Numéro de Sécu recopié depuis l'attestation." },
    { text: "NIR de sa fille (2 04 01 97 108 234 29) transmis par erreur à l'employeur.", errors: ["2 04 01 97 108 234 29"], output: "NIR de sa fille transmis par erreur à l'employeur." },
    { text: "« Mon numéro, c'est le 178991234567837 », précise l'adhérent.", errors: ["178991234567837"], output: "« Mon numéro », précise l'adhérent." },
    { text: "Immatriculation provisoire : 7 85 03 75 123 456 32.", errors: ["7 85 03 75 123 456 32"], output: "Immatriculation provisoire." },
    { text: "N° SS 2.84.06.97.411.002.38 noté sur la fiche de liaison.", errors: ["2.84.06.97.411.002.38"], output: "N° SS noté sur la fiche de liaison." },
    { text: "Numéro de sécurité sociale : 1 85 03 75 123 456 (la clé manque).", errors: ["1 85 03 75 123 456"], output: "Numéro de sécurité sociale (la clé manque)." },
    {
      text: 'Pour la DPAE : n° de sécu 2 91 03 2A 012 345 91 (née en Corse).',
      errors: [{ text: '2 91 03 2A 012 345 91', messageId: 'nir', severity: 'error', category: 'nir' }],
      output: 'Pour la DPAE : n° de sécu (née en Corse).',
    },
    { text: 'Sécurité sociale : 1 85 03 75 123 456', errors: [{ text: '1 85 03 75 123 456', messageId: 'keyless' }], output: 'Sécurité sociale' },
    { text: 'NIR 1 85 03 75 123 456 / 41 transmis à la mutuelle.', errors: ['1 85 03 75 123 456 / 41'], output: 'NIR transmis à la mutuelle.' },
  ],
});
