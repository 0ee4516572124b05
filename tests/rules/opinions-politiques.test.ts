import rule from '../../rules/opinions-politiques.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // studies, jobs and company policies
    'Master de sciences politiques, elle vise un poste de chargée de mission.',
    'Il souhaite devenir assistant parlementaire.',
    'La politique RH du groupe favorise la mobilité interne.',
    'L’entreprise mène une politique de recrutement inclusive.',
    // "parti", "manifestation" in their ordinary senses
    'Il a pris le parti de reprendre une formation.',
    'L’adhérente est partie en vacances deux semaines.',
    'Il faut tirer parti de son expérience de vendeur.',
    'Sans parti pris, le jury a retenu sa candidature.',
    'Elle a aidé à organiser une manifestation sportive pour la ville.',
    'Manifestation d’intérêt envoyée à l’entreprise le 12/03.',
    'Il manifeste un réel intérêt pour le métier de cariste.',
    // abbreviations
    'PS : penser à joindre le CV actualisé.',
    'Courrier envoyé en LR avec accusé de réception.',
    'Trajet par la RN 7 puis la D 12.',
    // safety vest, union list, mandate without politics
    'Port du gilet jaune obligatoire sur le quai de chargement.',
    'Élue sur la liste CGT aux élections professionnelles.',
    // union activism belongs to `syndicat`
    'Militante CFDT, elle connaît bien le dialogue social.',
    'Nous avons construit ensemble le plan d’action.',
    'Ne jamais noter les opinions politiques dans le dossier.',
    "Il n'a jamais été encarté dans un parti.",
    'Elle a voté aux municipales à Valbrune.',
    'Il a traité son collègue de facho, un avertissement a suivi.',
  ],
  invalid: [
    {
      text: 'Militant écologiste, il souhaite rejoindre une association.',
      errors: [{ text: 'Militant écologiste', messageId: 'opinion', severity: 'error', category: 'opinions-politiques' }],
      output: 'Il souhaite rejoindre une association.',
    },
    { text: 'Elle est sympathisante d’extrême gauche.', errors: ['sympathisante d’extrême gauche'] },
    { text: 'Il vote pour le Rassemblement national depuis dix ans.', errors: ['vote pour le Rassemblement national'] },
    { text: 'Il a voté RN et le revendique en atelier.', errors: ['voté RN'] },
    { text: 'Elle est adhérente du PCF.', errors: ['adhérente du PCF'] },
    { text: 'Il a sa carte au PS depuis 2010.', errors: ['carte au PS'] },
    { text: 'Encartée dans un parti, elle y consacre ses soirées.', errors: ['Encartée dans un parti'] },
    { text: 'Il se dit monarchiste.', errors: ['monarchiste'] },
    { text: 'Elle est plutôt de droite.', errors: ['de droite'] },
    { text: 'Il soutient Zemmour et en parle souvent.', errors: ['soutient Zemmour'] },
    { text: 'Absent car il manifestait contre la fermeture de l’hôpital.', errors: ['manifestait contre la fermeture de l’hôpital'] },
    { text: 'Elle a participé aux manifestations pour le climat.', errors: ['manifestations pour le climat'] },
    { text: 'Il participe régulièrement aux manifestations.', errors: ['manifestations'] },
    { text: 'Ancien gilet jaune, il a occupé un rond-point.', errors: ['gilet jaune'] },
    { text: 'Candidate aux législatives de 2022.', errors: [{ text: 'Candidate aux législatives', messageId: 'mandat' }] },
    { text: 'Il est conseiller municipal dans sa commune.', errors: ['conseiller municipal'] },
    { text: 'Il se présente aux prochaines municipales.', errors: [{ text: 'présente aux prochaines municipales', messageId: 'mandat' }] },
    { text: 'Il tient des propos anticapitalistes en atelier.', errors: ['propos anticapitalistes'] },
    { text: 'Elle est très engagée politiquement.', errors: ['engagée politiquement'] },
    { text: 'Il milite à Lutte ouvrière depuis ses vingt ans.', errors: ['milite à Lutte ouvrière'] },
  ],
});
