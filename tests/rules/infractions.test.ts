import rule from '../../rules/infractions.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // jobs and workplaces of the justice system
    'Projet : conseiller pénitentiaire d’insertion et de probation, concours en 2026.',
    'Surveillante pénitentiaire depuis dix ans, elle souhaite se reconvertir.',
    'Formateur en maison d’arrêt pendant trois ans.',
    'Stage d’accueil au greffe du tribunal correctionnel de Valbrune.',
    // welding, CMS, flights, minutes
    'Soudeur TIG et MIG, qualifié sur inox et aluminium.',
    'Intégrateur web, il maîtrise SPIP et WordPress.',
    'Hôtesse de l’air : 1 200 heures de vol sur moyen-courrier.',
    'Vol Lyon-Dakar annulé, rendez-vous reporté.',
    'PV de carence remis par l’employeur.',
    // "peine", "sursis", "détenu", "condamné" in other senses
    'Il a à peine commencé ses recherches.',
    'Il peine à trouver un poste dans son secteur.',
    'Sursis à statuer sur la demande de financement.',
    'Titulaire du permis C et en détention d’un CACES R489.',
    'Les parts détenues par son associé ont été rachetées.',
    'La porte arrière de l’entrepôt est condamnée.',
    'Il se sent condamné à enchaîner les missions courtes.',
    // clean record, record requested, absence
    'Le poste exige un casier judiciaire vierge.',
    'Extrait de casier judiciaire demandé par l’employeur.',
    "Il n'a jamais été condamné.",
    'Aucun antécédent judiciaire.',
    "Il n'a pas été condamné pour ces faits.",
    "Il n'a jamais fait de prison.",
    // civil disputes, administrative sanctions, partners (vie-privee)
    'Son ancien employeur a été condamné aux prud’hommes.',
    'Radié de France Travail en 2023 pour absence à un rendez-vous.',
    'Elle a quitté le domicile après des violences conjugales.',
    'Son ex-conjoint a été condamné pour harcèlement.',
  ],
  invalid: [
    {
      text: 'Il sort de prison depuis mars et cherche un hébergement.',
      errors: [{ text: 'sort de prison', messageId: 'infraction', severity: 'error', category: 'infractions' }],
      output: '',
    },
    {
      text: 'Il porte un bracelet électronique jusqu’en juin : il doit être rentré à 20 h.',
      errors: ['bracelet électronique'],
      output: 'Il doit être rentré à 20 h.',
    },
    { text: 'Elle a été condamnée à huit mois de prison avec sursis.', errors: ['condamnée', 'huit mois de prison avec sursis'] },
    { text: 'Il a purgé trois ans de détention pour trafic de stupéfiants.', errors: ['trois ans de détention', 'trafic de stupéfiants'] },
    { text: 'Placée en garde à vue, elle a manqué l’atelier.', errors: ['Placée en garde à vue'], output: 'Elle a manqué l’atelier.' },
    {
      text: 'Il est en semi-liberté jusqu’en mars, ce qui limite ses horaires. Il cherche un CDI.',
      errors: ['semi-liberté'],
      output: 'Il cherche un CDI.',
    },
    { text: 'Il doit effectuer 105 heures de TIG à la mairie.', errors: ['105 heures de TIG'] },
    { text: 'Suivie par le SPIP, elle doit justifier de ses démarches.', errors: ['SPIP'] },
    { text: 'Il a rendez-vous avec sa CPIP mardi.', errors: ['CPIP'] },
    { text: 'Il a un casier judiciaire non vierge.', errors: ['casier judiciaire non vierge'] },
    { text: 'Son permis est suspendu pour alcoolémie jusqu’en mai.', errors: ['permis est suspendu', 'alcoolémie'] },
    { text: 'Retrait de permis pour excès de vitesse en 2024.', errors: ['Retrait de permis', 'excès de vitesse'] },
    { text: 'Il a été arrêté pour vol en 2022.', errors: ['arrêté pour vol'] },
    { text: 'Il est en attente de son procès pour escroquerie.', errors: ['son procès', 'escroquerie'] },
    { text: 'Il est sous contrôle judiciaire.', errors: ['sous contrôle judiciaire'] },
    { text: 'Ancien détenu, il a obtenu un CAP en prison.', errors: ['Ancien détenu', 'prison'] },
    { text: 'Mis en examen pour abus de biens sociaux.', errors: ['Mis en examen', 'abus de biens sociaux'] },
    { text: 'Il a été incarcéré à la maison d’arrêt de Valbrune.', errors: ['incarcéré à la maison d’arrêt'] },
    { text: 'Elle est en semi-liberté et travaille en journée.', errors: ['semi-liberté'] },
    { text: 'Il a des antécédents judiciaires pour recel.', errors: ['antécédents judiciaires', 'recel'] },
    { text: 'Il a travaillé au noir pendant deux ans.', errors: [{ text: 'travaillé au noir', severity: 'warning', messageId: 'faible' }] },
  ],
});
