import rule from '../../rules/syndicat.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // the union as an employer, the region, a school test
    'Stage de juriste à la CFDT pendant son master.',
    'Il cherche un poste dans le Sud, près de Nîmes.',
    'Elle a eu 14 au DS de gestion.',
    // property management, public bodies, employers
    'Entretien prévu avec le syndic de copropriété pour un poste de gardien.',
    'Gestionnaire au syndicat des copropriétaires de la résidence.',
    'Le syndicat intercommunal des eaux recrute un technicien.',
    "L'office de tourisme et le syndicat d'initiative recrutent pour l'été.",
    'Il connaît bien les syndicats professionnels du BTP.',
    'Membre de la chambre syndicale de la boulangerie, son ancien patron l’a recommandé.',
    // the accompanied person, a CSE seat, training topics
    "L'adhérent a participé à deux ateliers collectifs.",
    'Élue au CSE de son entreprise, elle connaît le droit du travail.',
    'Module de droit syndical suivi pendant sa formation de juriste.',
    // abbreviations
    'Technicien FO (fibre optique), il raccorde les particuliers.',
    'Elle souhaite s’installer dans le Sud-Ouest.',
    'Il veut travailler sur les RS de l’entreprise.',
    // absence
    "Il n'a jamais été syndiqué.",
    'Non syndiquée, elle ne connaît pas ses droits.',
    'L’entreprise a signé un accord de méthode avec la CFDT.',
    "Il n'a aucun mandat syndical.",
  ],
  invalid: [
    {
      text: 'Ancienne déléguée syndicale CFDT, elle connaît la négociation.',
      errors: [{ text: 'déléguée syndicale CFDT', messageId: 'mandat', severity: 'error', category: 'syndicat' }],
      output: 'Ancienne représentante du personnel, elle connaît la négociation.',
    },
    {
      text: 'Il pense que son mandat syndical a pesé dans son licenciement.',
      errors: ['mandat syndical'],
      output: 'Il pense que son mandat de représentant du personnel a pesé dans son licenciement.',
    },
    {
      text: 'Son activité syndicale lui a valu des remarques.',
      errors: ['activité syndicale'],
      output: 'Son activité lui a valu des remarques.',
    },
    {
      text: 'Adhérente CGT depuis vingt ans, elle veut se reconvertir.',
      errors: ['Adhérente CGT'],
      output: 'Elle veut se reconvertir.',
    },
    { text: 'Il est syndiqué chez Sud-Rail.', errors: ['syndiqué chez Sud-Rail'] },
    { text: 'Elle est adhérente à la CFTC.', errors: ['adhérente à la CFTC'] },
    { text: 'Militant FO, il a animé la section.', errors: ['Militant FO'] },
    { text: 'Il cotise à Force ouvrière.', errors: ['cotise à Force ouvrière'] },
    { text: 'Elle a été élue sur la liste UNSA.', errors: ['liste UNSA'] },
    { text: 'Il a été représentant de la section syndicale.', errors: ['section syndicale'] },
    { text: 'Son passé de syndicaliste inquiète les recruteurs.', errors: ['syndicaliste'] },
    { text: 'Elle adhère à un syndicat depuis son embauche.', errors: ['syndicat'] },
    { text: 'Il utilisait ses heures de délégation pour préparer les réunions.', errors: ['heures de délégation'] },
    { text: 'Il était salarié protégé jusqu’en 2023.', errors: ['salarié protégé'] },
    { text: "Il n'est plus syndiqué depuis son départ.", errors: ['syndiqué'] },
    { text: 'Il est cégétiste depuis l’usine de Vénissieux.', errors: ['cégétiste'] },
    { text: 'Elle est engagée syndicalement dans son entreprise.', errors: ['syndicalement'] },
    { text: 'Il a été DS pendant six ans.', errors: [{ text: 'DS', messageId: 'mandat' }] },
    { text: 'Elle a été élue sur une liste Sud.', errors: ['liste Sud'] },
    { text: 'Il a milité à l’UNEF pendant ses études.', errors: ['milité à l’UNEF'] },
  ],
});
