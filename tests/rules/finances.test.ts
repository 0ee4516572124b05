import rule from '../../rules/finances.ts';
import { FINANCE_REWRITE } from '../../rules/lexicons/finances.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // naming a benefit, a target salary, costs, CPF rights
    "Bénéficiaire de l'ASS, orienté par France Travail.",
    "Elle perçoit l'ARE jusqu'en décembre.",
    'Rémunération visée : 1 850 € brut par mois, négociable.',
    'Coût du titre professionnel : 3 900 €, prise en charge par la Région.',
    'Vous disposez de 1 200 € sur votre CPF.',
    "Il bénéficie d'un crédit d'impôt de 400 € pour l'emploi à domicile.",
    "Crédit d'heures de délégation : non concerné.",
    "Aide régionale de 500 € pour financer le permis B.",
    'Le loyer de son studio est de 480 € charges comprises.',
    // jobs and sectors
    'Il vise un poste de chargé de recouvrement dans un cabinet.',
    "Stage de deux semaines dans une étude d'huissier.",
    'Elle souhaite devenir commissaire de justice.',
    'Elle est bénévole aux Restos du cœur le samedi matin.',
    // other senses, absence, vague wording
    'Il a été expulsé du territoire en 2015, titre de séjour aujourd’hui valide.',
    "Elle n'a aucune dette et gère seule son budget.",
    "Il n'a jamais eu de dettes.",
    "Orientation vers l'assistante sociale pour la situation budgétaire.",
    "Saisie de son CV en ligne sur le site de l'agence.",
    'Son ancien employeur lui doit des salaires impayés ; dossier aux prud’hommes.',
    'Il a découvert le métier de cariste pendant sa PMSMP.',
    'Ancien huissier de justice, il se reconvertit dans l’immobilier.',
    "Il était responsable des impayés clients dans son poste d'assistant comptable.",
    'Prime d’embauche de 1 000 € versée après la période d’essai.',
  ],
  invalid: [
    {
      text: 'Il touche le RSA, soit 635,71 € par mois.',
      errors: [{ text: '635,71 €', messageId: 'montant', severity: 'warning', category: 'finances' }],
      output: 'Il touche le RSA.',
    },
    { text: 'Elle vit avec 820 euros par mois depuis la fin de ses droits.', errors: ['820 euros'], output: 'Elle vit avec [montant à retirer] par mois depuis la fin de ses droits.' },
    { text: "Il perçoit 1.150 € d'allocation de retour à l'emploi.", errors: ['1.150 €'] },
    { text: 'Ses ressources s’élèvent à 1 020€ par mois.', errors: ['1 020€'] },
    { text: 'Il doit encore 2 300 € à son ancien bailleur.', errors: ['2 300 €'] },
    {
      text: 'Elle a contracté un crédit renouvelable de 5 000 € l’an dernier.',
      errors: [{ text: 'crédit renouvelable de 5 000 €', messageId: 'finances' }],
      output: `Elle a contracté un ${FINANCE_REWRITE} l’an dernier.`,
    },
    { text: 'Elle a 4 000 € de dettes auprès de plusieurs organismes.', errors: ['4 000 € de dettes auprès de plusieurs organismes'] },
    { text: 'Il a accumulé des arriérés de loyer depuis le printemps.', errors: ['des arriérés de loyer'] },
    { text: 'Procédure d’expulsion engagée par le bailleur social.', errors: ['Procédure d’expulsion'] },
    { text: 'Un commissaire de justice lui a remis un commandement de payer.', errors: ['commissaire de justice', 'commandement de payer'] },
    { text: 'Saisie sur salaire en cours suite à une dette fiscale.', errors: ['Saisie sur salaire', 'dette fiscale'] },
    { text: 'Fichée à la Banque de France depuis 2022, elle ne peut plus emprunter.', errors: ['Fichée à la Banque de France'] },
    { text: 'Il est inscrit au FICP et son compte est à découvert.', errors: ['inscrit au FICP', 'à découvert'] },
    { text: 'Plusieurs rejets de prélèvement et un chèque sans provision en mars.', errors: ['rejets de prélèvement', 'chèque sans provision'] },
    { text: 'Elle a déposé un dossier de surendettement, jugé recevable.', errors: ['dossier de surendettement'] },
    { text: 'Il mange aux Restos du cœur depuis l’hiver.', errors: ['Restos du cœur'] },
    { text: 'Il ne paie plus son loyer depuis trois mois.', errors: ['ne paie plus son loyer'] },
    { text: 'Elle doit rembourser un trop-perçu à la CAF.', errors: ['trop-perçu'] },
    { text: 'Ses dettes atteignent aujourd’hui près de 9 000 euros.', errors: ['dettes atteignent aujourd’hui près de 9 000 euros'] },
    { text: 'La banque lui a retiré son chéquier en février.', errors: ['retiré son chéquier'] },
    { text: 'Son compte est souvent dans le rouge avant la fin du mois.', errors: ['dans le rouge'] },
    { text: 'Il vit avec 540 € d’ASS depuis l’an dernier.', errors: ['540 €'] },
    { text: 'La CAF lui réclame 2 600 € de trop-perçu.', errors: ['2 600 € de trop-perçu'] },
    { text: "Il n'a plus de compte bancaire depuis son interdiction bancaire.", errors: ['interdiction bancaire'] },
    { text: "Il doit de l'argent à plusieurs proches.", errors: ["doit de l'argent"] },
  ],
});
