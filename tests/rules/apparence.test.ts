import rule from '../../rules/apparence.ts';
import { OBSERVATION } from '../../rules/lexicons/jugement.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    'La cuisine sent le poisson, il faudra aérer le local.',
    'Le CV présente mal ses compétences ; atelier CV proposé.',
    "La route d'accès est dans un état lamentable depuis l'hiver.",
    // striking clothes as a rule of the job or as advice
    'Tenue voyante obligatoire sur le chantier.',
    'Conseils : éviter une tenue criarde le jour de l’entretien.',
    'Le poste exige une tenue présentable et des chaussures de sécurité.',
    'Tenue : sobre et propre, chaussures de sécurité à prévoir.',
    'Conseils sur la tenue à adopter pour les entretiens en magasin.',
    'Éviter une tenue négligée le jour de l’entretien : conseil donné.',
    'Il a travaillé dans le gros œuvre puis dans le commerce de gros.',
    'Il est gros consommateur de réseaux sociaux pour sa recherche.',
    'Une belle expérience de trois ans en réception.',
    'Photo d’identité à fournir pour la carte professionnelle.',
    'Formation hygiène et sécurité alimentaire (HACCP) validée.',
    'La présentation de son CV est soignée.',
    "Aucun problème d'hygiène signalé par le tuteur.",
    'Il se sent mieux depuis la reprise du sport.',
    'Elle sent que ce poste lui correspond.',
  ],
  invalid: [
    { text: 'Il sent le poisson à chaque rendez-vous.', errors: ['sent le poisson'] },
    { text: 'Il ne présente pas bien, les employeurs le sentent.', errors: ['ne présente pas bien'] },
    { text: 'Logement dans un état lamentable, elle ne peut pas s’y organiser.', errors: ['dans un état lamentable'] },
    { text: 'Lors de la simulation, votre tenue était criarde ; une tenue sobre suffira.', errors: ['tenue était criarde'] },
    { text: 'Sa tenue était très voyante pour un entretien en banque.', errors: ['tenue était très voyante'] },
    { text: 'Elle était clinquante lors de l’entretien.', errors: ['clinquante'] },
    { text: 'Il avait une tête de déterré ce matin.', errors: ['tête de déterré'] },
    { text: 'Elle était pas très soignée au dernier rendez-vous.', errors: ['pas très soignée'] },
    {
      text: 'Hygiène corporelle douteuse, à revoir avant la PMSMP.',
      errors: [{ text: 'Hygiène corporelle douteuse', messageId: 'apparence', severity: 'warning', category: 'jugement' }],
      output: `${OBSERVATION.apparence}, à revoir avant la PMSMP.`,
    },
    { text: 'Il sentait le tabac froid pendant tout le rendez-vous.', errors: ['sentait le tabac froid'] },
    { text: 'Il pue l’alcool dès neuf heures.', errors: ['pue l’alcool'] },
    { text: 'Tenue vestimentaire très négligée lors du rendez-vous.', errors: ['Tenue vestimentaire très négligée'] },
    { text: 'Il était mal rasé et débraillé.', errors: ['mal rasé', 'débraillé'] },
    { text: 'Elle est très jolie, elle fera une bonne hôtesse.', errors: ['jolie'] },
    { text: 'Il est gros et ça risque de gêner sur le poste.', errors: ['gros'] },
    { text: 'Couvert de tatouages jusqu’au visage.', errors: ['Couvert de tatouages'] },
    { text: 'Cheveux gras et ongles sales.', errors: ['Cheveux gras', 'ongles sales'] },
    { text: 'Présentation peu soignée, conseils donnés.', errors: ['Présentation peu soignée'] },
    { text: 'Il sent très fort la transpiration.', errors: ['sent très fort la transpiration'] },
    { text: 'Sa tenue laisse à désirer pour un poste en boutique.', errors: ['tenue laisse à désirer'] },
  ],
});
