import rule from '../../rules/email.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "Candidature envoyée par courrier.",
    "Rendez-vous à 14 h @ l'agence.",
    'Le site www.francetravail.fr propose des offres.',
    'Candidatures à adresser à recrutement@transports-valbrune.fr ou contact@agence.example.',
  ],
  invalid: [
    {
      text: 'CV envoyé à marie.dupont@gmail.com hier.',
      errors: [{ text: 'marie.dupont@gmail.com', messageId: 'email', severity: 'warning' }],
      output: "CV envoyé à l'adresse de contact enregistrée hier.",
    },
    { text: 'Contact : Jean.Martin@Orange.FR', errors: ['Jean.Martin@Orange.FR'] },
    { text: 'Mail : lea\u200b.roux@exemple.org', errors: ['lea\u200b.roux@exemple.org'] },
    { text: 'Écrire à jean.dupont [at] gmail [dot] com demain.', errors: ['jean.dupont [at] gmail [dot] com'] },
  ],
});
