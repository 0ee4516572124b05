import rule from '../../rules/religion.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // ministers as a target job, first names, pilgrimages as a season at work, work words next to the diet word
    'Il vise un poste d’aumônier en établissement pénitentiaire.',
    'Jean-Baptiste, son ancien collègue, lui a transmis l’offre.',
    'Saisonnier à Lourdes pendant la période des pèlerinages, il cherche un CDI.',
    'Guide touristique, elle fait visiter des abbayes et des chapelles romanes.',
    'Il vend des produits casher sur les marchés et cherche un local.',
    // public holidays
    'Agence fermée le lundi de Pentecôte, rendez-vous avancé au vendredi.',
    'Pendant les vacances de Noël, le magasin recrute des saisonniers.',
    // organisations and schools with a religious name
    'CAP petite enfance préparé au lycée privé Sainte-Marie.',
    'Bénévole au Secours catholique, elle anime l’aide aux devoirs.',
    'Il a été aide-soignant à l’hôpital protestant de Valbrune.',
    // laïcité training, topics
    'Module « Laïcité et fait religieux » suivi pendant la formation.',
    'Elle souhaite travailler dans la finance islamique.',
    // sailing, pastry, conventional, idiom, protest
    'Moniteur de voile l’été, il cherche un emploi pour l’hiver.',
    'Elle a réalisé une religieuse au café pour son CAP pâtissier.',
    'Une méthode de rangement peu orthodoxe mais efficace.',
    'Ce fournisseur a des pratiques pas très catholiques.',
    'Les salariés ont fait grève en protestant contre la fermeture.',
    // sports, formulas
    'Pratiquant le handball en club, il a l’esprit d’équipe.',
    'Prière de rappeler l’adhérente avant jeudi.',
    'Je vous prie de bien vouloir trouver ci-joint son CV.',
    // places and food as workplaces
    'Il vise un poste d’agent d’entretien dans une église.',
    'Chantier de restauration des vitraux de la cathédrale.',
    'Elle habite rue de l’Église à Castelroux.',
    'Trois ans de découpe en boucherie halal.',
    'En croyant bien faire, il a envoyé son CV sans lettre.',
    "Elle n'est pas croyante et ne souhaite pas en parler.",
    'Elle ne pratique aucune religion.',
  ],
  invalid: [
    {
      text: 'Musulman pratiquant, il souhaite des horaires adaptés.',
      errors: [{ text: 'Musulman pratiquant', messageId: 'religion', severity: 'error', category: 'religion' }],
      output: 'Il souhaite des horaires adaptés.',
    },
    {
      text: 'Durant le ramadan, elle préfère les rendez-vous du matin.',
      errors: [{ text: 'ramadan', messageId: 'pratique' }],
      output: "Durant certaines périodes de l'année, elle préfère les rendez-vous du matin.",
    },
    {
      text: "L'adhérente est juive et respecte le shabbat : pas disponible le samedi.",
      errors: ['juive', 'shabbat'],
      output: 'Pas disponible le samedi.',
    },
    { text: 'Il est bouddhiste et médite chaque matin.', errors: ['bouddhiste'] },
    { text: 'Elle est de confession protestante.', errors: ['de confession protestante'] },
    { text: 'Témoins de Jéhovah, ses parents refusent les fêtes.', errors: ['Témoins de Jéhovah'] },
    { text: 'Il se dit athée.', errors: ['athée'] },
    { text: 'Très croyante, elle ne travaille pas le dimanche.', errors: ['croyante'] },
    { text: 'Il est pratiquant et jeûne régulièrement.', errors: ['pratiquant'] },
    { text: 'Pour des raisons religieuses, il refuse de manipuler de l’alcool.', errors: ['raisons religieuses'] },
    { text: 'Elle porte le foulard et craint les refus.', errors: ['porte le foulard'] },
    { text: 'Femme voilée, elle redoute les entretiens.', errors: ['voilée'] },
    { text: 'Il porte la kippa au quotidien.', errors: ['porte la kippa'] },
    { text: 'Il va à la mosquée tous les vendredis.', errors: ['va à la mosquée'] },
    { text: 'Elle est bénévole dans sa paroisse depuis dix ans.', errors: ['sa paroisse'] },
    { text: 'Il ne mange que casher.', errors: ['casher'] },
    { text: 'Absent la semaine prochaine pour Yom Kippour.', errors: ['Yom Kippour'] },
    { text: 'Elle observe le carême chaque année.', errors: ['carême'] },
    { text: 'Il fait ses prières sur le temps de pause.', errors: ['prières'] },
    { text: 'Converti à l’islam en 2018, il a changé de prénom.', errors: ['Converti à l’islam'] },
    { text: 'Sa famille, très catholique traditionaliste, ignore son projet.', errors: ['catholique traditionaliste'] },
    { text: 'Il est chrétien orthodoxe.', errors: ['chrétien orthodoxe'] },
    { text: 'Elle est baptiste et chante le dimanche.', errors: ['baptiste'] },
    { text: 'Il est quaker depuis son adolescence.', errors: ['quaker'] },
    { text: 'Sa compagne est mormone.', errors: ['mormone'] },
    { text: 'Son père est imam dans une petite ville.', errors: [{ text: 'imam', category: 'religion' }] },
    { text: 'Ancien séminariste, il se tourne vers l’enseignement.', errors: ['Ancien séminariste'] },
    { text: 'Il a fait son pèlerinage à Compostelle au printemps.', errors: ['pèlerinage'] },
    { text: 'Il ne mange pas de porc et préfère la cantine de l’école voisine.', errors: ['pas de porc'] },
    { text: 'Il porte une croix et un chapelet au travail.', errors: ['porte une croix', 'chapelet'] },
    { text: 'Il est de culture juive, non pratiquant.', errors: ['de culture juive', 'non pratiquant'] },
    { text: 'Il refuse les astreintes du vendredi pour raisons religieuses.', errors: ['raisons religieuses'] },
    { text: 'Elle mange halal et demande des repas adaptés en formation.', errors: ['halal'] },
    { text: '« Je prie chaque midi », précise-t-il.', errors: ['prie'] },
  ],
});
