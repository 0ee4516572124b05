import rule from '../../rules/genetique-biometrie.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // genetics as a job field, systems described generically, ID photos, metaphors
    'Technicienne de laboratoire en génétique : métier exploré lors d’une enquête.',
    "Il a travaillé comme technicien en biométrie chez un fabricant de lecteurs d'empreintes.",
    "La pointeuse biométrique de l'entrepôt enregistre les empreintes digitales des salariés.",
    "Le système de reconnaissance faciale de l'aéroport est géré par son futur employeur.",
    'Photo d’identité biométrique à fournir pour le renouvellement du titre de séjour.',
    "Respecter l'ADN de l'entreprise : proximité et sens du service.",
    'Elle souhaite se former à la génétique médicale.',
    // absence
    'Aucun test génétique n’est demandé pour ce poste.',
  ],
  invalid: [
    {
      text: 'Elle a fait un test génétique pour une maladie héréditaire.',
      errors: [
        { text: 'test génétique', messageId: 'genetique', severity: 'error', category: 'genetique-biometrie' },
        { text: 'maladie héréditaire', messageId: 'genetique' },
      ],
    },
    { text: 'Il a fait un test ADN pour retrouver son père biologique.', errors: ['test ADN'] },
    { text: 'Elle est porteuse saine de la mucoviscidose.', errors: ['porteuse saine', 'mucoviscidose'] },
    { text: 'Leur fils est atteint de trisomie 21.', errors: ['trisomie 21'] },
    { text: 'Elle a une prédisposition héréditaire au cancer du sein.', errors: ['prédisposition héréditaire'] },
    { text: 'Porteuse d’une mutation BRCA2, elle a des examens réguliers.', errors: ['Porteuse d’une mutation'] },
    { text: 'Résultats du caryotype attendus en avril.', errors: ['caryotype'] },
    { text: 'Il a refusé de donner ses empreintes digitales pour le badge.', errors: [{ text: 'empreintes digitales', messageId: 'biometrie' }] },
    { text: "L'agence a relevé les empreintes digitales de l'adhérent pour son dossier.", errors: ['empreintes digitales'] },
    { text: "Elle a dû enregistrer son visage pour la reconnaissance faciale à l'entrée du site.", errors: ['reconnaissance faciale'] },
    { text: 'Ses données biométriques ont été transmises par erreur avec le dossier.', errors: ['données biométriques'] },
    { text: 'Il a consulté un généticien en mars.', errors: ['généticien'] },
  ],
});
