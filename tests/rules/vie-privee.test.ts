import rule from '../../rules/vie-privee.ts';
import { PRIVATE_REWRITE } from '../../rules/lexicons/vie-privee.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // marital status, children, childcare, carer, housing
    'Pacsée, deux enfants, elle cherche un poste à temps partiel.',
    'Célibataire, sans enfant, mobile sur tout le département.',
    'Garde des enfants assurée par la grand-mère le mercredi.',
    'Père isolé, il ne peut pas travailler après 18 h.',
    "Elle s'occupe de sa mère âgée deux après-midi par semaine.",
    "Il est hébergé chez son frère depuis la fin de son bail.",
    'En congé parental jusqu’en juin, reprise prévue en juillet.',
    'Elle est divorcée et vit avec ses deux filles.',
    'Il a ouvert un compte joint avec sa compagne.',
    // work conflicts, other senses, jobs, absence
    'Il est en conflit avec son ancien employeur devant les prud’hommes.',
    'Les relations avec sa tutrice de stage sont tendues.',
    'Elle fait face à la menace d’un licenciement économique.',
    "Il souhaite devenir éducateur spécialisé à l'ASE.",
    'Elle a suivi un module sur les violences conjugales pour son poste d’accueillante.',
    'Il encadre des enfants placés dans une MECS, poste de moniteur-éducateur.',
    'Aucun conflit familial signalé.',
    'Situation difficile sur le marché du travail local.',
    'Son dos l’empêche de porter des charges lourdes.',
  ],
  invalid: [
    {
      text: 'Elle traverse une séparation très conflictuelle depuis l’été.',
      errors: [{ text: 'séparation très conflictuelle', messageId: 'viePrivee', severity: 'warning', category: 'vie-privee' }],
      output: `Elle traverse une ${PRIVATE_REWRITE} depuis l’été.`,
    },
    { text: "Son ex-compagnon la menace au téléphone plusieurs fois par semaine.", errors: ['ex-compagnon la menace'] },
    { text: 'Il vit chez sa sœur, qui le frappe régulièrement.', errors: ['le frappe régulièrement'] },
    { text: 'Son mari l’empêche de travailler le samedi.', errors: ['mari l’empêche'] },
    { text: 'Sa compagne l’a quitté en emmenant les enfants.', errors: ['compagne l’a quitté'] },
    { text: 'Elle a obtenu une ordonnance de protection en avril.', errors: ['ordonnance de protection'] },
    { text: 'Victime de violences intrafamiliales pendant son enfance.', errors: ['Victime de violences intrafamiliales'] },
    { text: 'Ses deux fils sont placés en famille d’accueil.', errors: ['placés en famille d’accueil'] },
    { text: 'Une mesure d’assistance éducative est en cours pour sa fille.', errors: ['mesure d’assistance éducative'] },
    { text: 'Audience devant le juge aux affaires familiales en juin.', errors: ['juge aux affaires familiales'] },
    { text: 'Le litige autour de la garde de son fils retarde sa recherche.', errors: ['litige autour de la garde de son fils'] },
    { text: "Il n'a plus aucun contact avec ses parents depuis 2019.", errors: ["n'a plus aucun contact avec ses parents depuis 2019"] },
    { text: 'Elle est en froid avec sa belle-famille.', errors: ['en froid avec sa belle-famille'] },
    { text: 'Disputes incessantes avec son compagnon, elle dort mal.', errors: ['Disputes incessantes avec son compagnon'] },
    { text: 'Les rapports avec son père sont devenus très tendus.', errors: ['rapports avec son père sont devenus très tendus'] },
    { text: 'Elle pense que son mari la trompe depuis un an.', errors: ['mari la trompe'] },
    { text: 'Il traverse une crise conjugale qui le mobilise beaucoup.', errors: ['crise conjugale'] },
    { text: 'Ambiance familiale explosive à la maison.', errors: ['Ambiance familiale explosive'] },
  ],
});
