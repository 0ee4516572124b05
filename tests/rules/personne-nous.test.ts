import rule from '../../rules/personne-nous.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // the structure as the destination or the place of someone else's act
    "Le CCAS l'a orienté vers nous en mars.",
    'Son employeur l\'a renvoyée vers nous après le licenciement.',
    'Elle est revenue vers nous après son stage.',
    'Il est inscrit chez nous depuis 2023.',
    "La mission locale l'a adressé auprès de nous.",
    // « nous » as a noun after a determiner
    "Le nous collectif de l'équipe de chantier l'aide à tenir.",
    'Elle parle souvent du nous de sa promotion de BTS.',
    // a generic « on » set in a trade or a workplace, reported from a third party, « se voir » before an infinitive
    'Dans ce métier, on se retrouve souvent seul face au client.',
    'En cuisine, on travaille ensemble sous les ordres du chef.',
    'Sur un bateau de pêche, on vit ensemble pendant plusieurs jours.',
    "Le formateur rappelle qu'en agriculture, on a fait évoluer les pratiques.",
    "Le chef d'équipe explique qu'on se tient prêt dès 6 h.",
    'Sur les chantiers, on se voit imposer des délais serrés.',
    // an employer's or an offer's words after a colon: the « nous » is theirs
    "L'entreprise écrit dans son annonce : nous recherchons un cuisinier motivé.",
    "L'offre précise : nous proposons un CDI après la période d'essai.",
    'Le gérant du magasin a été clair : nous embauchons en septembre.',
    // quotations are the person's words
    '« Nous avons toujours vécu ici », précise-t-elle.',
    "Elle souhaite « qu'on l'aide à remplir le dossier ».",
    // impersonal "on", the target style, "nous" inside a name
    "On ne sait pas encore si l'entreprise recrutera en septembre.",
    'Vous avez convenu avec votre conseillère de relancer deux employeurs.',
    "Il a été convenu d'un nouveau rendez-vous le 12 mai.",
    // a capital « Nous » inside a sentence before another capitalised word begins a name
    "L'association Nous Aussi accompagne les personnes en situation de handicap.",
    'Elle lit le magazine Nous Deux chaque semaine.',
    'Il milite au collectif Nous Toutes depuis 2022.',
  ],
  invalid: [
    // « nous » as the agent, a partner or a subject after the destination stays reported
    { text: "L'orientation a été décidée par nous.", errors: ['nous'] },
    { text: 'Il a travaillé avec nous sur son CV.', errors: ['nous'] },
    { text: "Le CCAS l'a orienté vers nous et nous avons convenu d'un atelier.", errors: ['nous'] },
    // a capital « Nous » opening the sentence or a capital only on itself stays the counsellor's
    { text: 'Nous Avons convenu d’un atelier.', errors: ['Nous'] },
    { text: 'Avec Mme Roux, Nous avons fixé un rendez-vous.', errors: ['Nous'] },
    // an object « nous » after an imperative joined by a hyphen stays reported
    { text: 'Envoyez-le nous dès réception.', errors: ['nous'] },
    // the interview, the counsellor's workshop or the counsellor's words set the « on »: it is the counsellor's
    { text: "Lors de l'entretien, on a vu ensemble vos candidatures.", errors: ['on'] },
    { text: 'En atelier, on a travaillé ensemble votre CV.', errors: ['on'] },
    { text: "Votre conseillère explique qu'on se revoit le 12.", errors: ['on'] },
    { text: 'On se voit mardi à 10 h.', errors: ['On'] },
    // the employer is an object, the agency the counsellor's own: the « nous » is the counsellor's
    { text: "Vous avez contacté l'employeur : nous avons convenu d'une relance.", errors: ['nous'] },
    { text: "Vous avez appelé l'agence : nous avons fixé un rendez-vous.", errors: ['nous'] },
    { text: "Nous avons convenu d'un point téléphonique le 18/06.", errors: [{ text: 'Nous', messageId: 'nous', severity: 'info', category: 'style' }], output: "Il a été convenu d'un point téléphonique le 18/06." },
    { text: 'Nous avons décidé que la PMSMP serait reportée.', errors: ['Nous'], output: 'Il a été décidé que la PMSMP serait reportée.' },
    { text: 'Nous sommes convenus que vous contacterez le centre de formation.', errors: ['Nous'], output: 'Il a été convenu que vous contacterez le centre de formation.' },
    { text: 'Nous avons fait le point sur vos candidatures en cours.', errors: ['Nous'], output: 'Le point a été fait sur vos candidatures en cours.' },
    { text: 'Nous vous proposons un atelier de préparation aux entretiens.', errors: ['Nous'], output: 'Il vous est proposé un atelier de préparation aux entretiens.' },
    { text: "Nous vous avons présenté les étapes de l'accompagnement.", errors: ['Nous'], output: "Il vous a été présenté les étapes de l'accompagnement." },
    { text: 'Vous nous avez transmis votre attestation de stage.', errors: ['nous'], output: 'Vous avez transmis votre attestation de stage.' },
    { text: 'Vous pouvez nous prévenir par la messagerie de votre espace.', errors: ['nous'], output: 'Vous pouvez prévenir votre conseiller·ère par la messagerie de votre espace.' },
    // no mechanical rewrite: flagged only
    { text: 'Il s’est agacé quand nous avons évoqué la mobilité.', errors: ['nous'] },
    { text: 'On a vu ensemble les offres du bassin de Castelroux.', errors: [{ text: 'On', messageId: 'on' }] },
    { text: 'On se revoit le 3 juillet pour préparer le stage.', errors: ['On'] },
  ],
});
