import rule from '../../rules/vie-sexuelle.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "L'adhérent est en transition professionnelle depuis son licenciement.",
    'Il est en transition vers le métier de développeur web.',
    "L'entreprise accompagne la transition écologique de ses clients.",
    'Dossier Transitions Pro déposé pour un projet de reconversion.',
    'Il a travaillé dix ans chez Trans Valbrune, transporteur routier.',
    'Abonnement trans. régional pris en charge par l’employeur.',
    'Bilan : orientation professionnelle vers les métiers du commerce.',
    'Ce genre de situation la met mal à l’aise.',
    "Elle a été victime de harcèlement sexuel dans son précédent emploi.",
    "La charte de l'entreprise interdit toute discrimination liée à l'orientation sexuelle.",
    'Formation bi-hebdomadaire en anglais.',
    'Il a animé des ateliers d’éducation à la sexualité en collège.',
    "Il a tenu des propos homophobes pendant l'atelier collectif.",
    'Entreprise labellisée LGBT-friendly, candidature encouragée.',
    'Il roule en Ford Escort de 2008.',
    'Il habite rue Gay-Lussac à Valbrune.',
  ],
  invalid: [
    {
      text: 'Elle est lesbienne et souhaite une entreprise attentive à la diversité.',
      errors: [{ text: 'lesbienne', messageId: 'orientation', severity: 'error', category: 'vie-sexuelle' }],
      output: 'Elle souhaite une entreprise attentive à la diversité.',
    },
    { text: 'Il a confié être gay et avoir quitté son poste après des moqueries.', errors: ['gay'], output: 'Il a confié avoir quitté son poste après des moqueries.' },
    { text: 'Elle se dit bisexuelle, ce qui explique ses réticences.', errors: ['bisexuelle'] },
    { text: 'Personne trans, elle souhaite être appelée Léa dans les courriers.', errors: [{ text: 'trans', messageId: 'identite' }] },
    { text: "Il est en transition et demande à être appelé par son prénom d'usage.", errors: ['en transition'] },
    { text: 'Elle a entamé sa transition ; son état civil n’est pas encore modifié.', errors: ['sa transition'] },
    { text: 'L’adhérente est transgenre et ses diplômes portent un autre prénom.', errors: ['transgenre'] },
    { text: 'Il a subi des insultes homophobes de son chef d’équipe.', errors: ['insultes homophobes'] },
    { text: 'Il a fait son coming-out auprès de sa famille.', errors: ['coming-out'] },
    { text: 'Elle est non-binaire et utilise le pronom iel.', errors: ['non-binaire', 'iel'] },
    { text: 'Il a exercé comme escort pendant deux ans.', errors: [{ text: 'escort', messageId: 'travail-sexe' }] },
    { text: "Elle est sortie de la prostitution avec l'aide d'une association.", errors: ['prostitution'] },
    { text: 'Elle a été travailleuse du sexe et souhaite se reconvertir.', errors: ['travailleuse du sexe'] },
    { text: 'Il est homo et ne veut pas que son employeur le sache.', errors: ['homo'], output: 'Il ne veut pas que son employeur le sache.' },
  ],
});
