import { describe, expect, it } from 'vitest';
import rule from '../../rules/jugement.ts';
import apparence from '../../rules/apparence.ts';
import { ruleTester } from '../rule-tester.ts';
import { entrySequences } from '../../lib/lint/lexicon.ts';
import { APPARENCE, INJURES, JUGEMENT, OBSERVATION, SLURS } from '../../rules/lexicons/jugement.ts';

ruleTester(rule, {
  valid: [
    'Elle a travaillé au musée des dinosaures comme médiatrice.',
    // a title in capitals inside quotes: a course, a venue, an event
    'Il a animé un atelier « Lazy Sunday Brunch » au café.',
    'Il a suivi le MOOC Lazy Loading en JavaScript.',
    "Le logiciel de la mairie est d'un autre âge.",
    "Il a restauré une relique dans l'atelier de l'abbaye.",
    'Elle a suivi le module « Slow Management » en ligne.',
    'Les énergies fossiles et le climat.',
    "Une entreprise d'un autre âge, qui imprime encore au plomb.",
    "L'hiver est rude en Lozère.",
    'C\'est une rude épreuve pour lui.',
    'La Slow Food l\'intéresse.',
    'Elle est formée au maquillage de scène, trop maquillé pour la ville.',
    'Délai trop court pour la formation.',
    // round 11: look-alikes of idioms and nicknames (engines, photos, farm work, beta versions, a negated "du genre à")
    'Le moteur part au quart de tour.',
    'Il prend les photos de haut avec un drone.',
    'Elle traite les vaches à 6 h, ouvrière agricole.',
    "Il a élevé des tortues et une chienne nommée Lola.",
    'Il cherche un emploi du genre à domicile.',
    "Elle n'est pas du genre à se plaindre.",
    'Il a une voiture, pas fiable du tout.',
    'Il vend des paniers en osier.',
    'Elle écoute beaucoup de podcasts.',
    'Le planning n’est pas carré.',
    // round 9 parenting traps: dates, deadlines, budgets, overtaking, the nursery school, the carer's job, the person's own feeling
    'La date limite est dépassée.',
    'Délai dépassé pour la candidature.',
    'Le budget formation est dépassé de 300 euros.',
    'Elle a dépassé le plafond de ressources.',
    "Il a été dépassé par un camion sur l'autoroute.",
    "Son fils n'est pas encore en maternelle.",
    'Sa fille est en maternelle le matin, pas maternelle le mercredi.',
    'Il est assistant maternel agréé.',
    'Maman solo, elle se sent dépassée depuis la naissance des jumeaux.',
    "Elle se sent une mauvaise mère depuis qu'elle travaille de nuit.",
    "Elle n'est pas dépassée, elle gère bien.",
    'Ses papiers sont dépassés, titre de séjour à renouveler.',
    // round 7: the fitter's job and jewellery sold, not epithets
    'Menuisier poseur depuis dix ans, il cherche un CDI.',
    'Poseur de parquet en intérim.',
    'Poseuse en menuiserie aluminium.',
    'Elle a travaillé comme poseuse de papier peint.',
    'Vendeuse en bijouterie, elle aime les bijoux bling-bling.',
    "Il n'est pas m'as-tu-vu du tout.",
    // a note list whose item is a thing or a situation
    'Bilan : service désorganisé après le départ du chef.',
    'Bilan : compliqué, plusieurs refus.',
    'Bilan de la semaine : désorganisé.',
    // a farm, a noun once accents are folded
    'Ferme laitière placée en redressement judiciaire, il cherche un poste de vacher.',
    'Il renferme ses outils dans le camion.',
    // job titles, studs, literal drinking, a thing said untidy without a degree, a positive gift of the gab
    'Manipulateur radio : le DTS IMRT est accessible après le bac.',
    'Elle vise un poste de manipulatrice en électroradiologie.',
    'Il fait de la musculation et a de gros bras.',
    'Chaussures à crampons obligatoires sur le chantier.',
    'Il a acheté des crampons pour le foot.',
    'Elle a arrêté de boire depuis deux ans.',
    "Il a bu un café avant l'atelier.",
    'Il a un bon bagout, atout pour la vente.',
    'Il a rangé son bureau, plus du tout bordélique.',
    "L'atelier est bordélique ce matin.",
    'Il arrive toujours bourré de bonnes intentions.',
    'Il doit être bourré de talent, son portfolio est solide.',
    'Pour le poste, pas très motivant.',
    'Le matin, pas motivé par la vente.',
    "Sur le chantier, que du vent et de la pluie aujourd'hui, météo à surveiller.",
    // a device, not "borné"; a waste sector, not "déchet"; an age-free self-report; a thing that is "à problèmes"
    "Il pointe en posant son badge sur la borne de l'atelier.",
    'Elle se sent dépassée par l’informatique et demande un atelier.',
    'Voiture à problèmes, il cherche un garage solidaire.',
    'Il est toujours à l’heure et toujours à chercher des offres le soir.',
    'Le dossier avance d’une lenteur administrative habituelle.',
    // listlessness words said of things
    'Le marché est atone depuis la crise.',
    'Projet réaliste, mais assez flou et à préciser.',
    'Son téléphone était éteint toute la journée.',
    // a crisis named by its medical kind is health (sante), not a judgement of temper
    "Il fait des crises d'angoisse avant les entretiens collectifs.",
    // a frame word before a new clause does not hide the label; "mise en demeure" is not an insult
    'Le dossier avance d’une lenteur administrative habituelle.',
    // factual observations and neutral professional wording
    'Deux rendez-vous manqués en mars, sans prévenir ; nouvelle convocation envoyée.',
    "L'adhérente se dit très motivée par la logistique.",
    'Souhaite gagner en aisance à l’oral avant les entretiens.',
    "Le recruteur a estimé que son profil correspondait au poste.",
    'Il a haussé le ton puis a quitté la salle avant la fin.',
    // the word describes a thing, not the person
    'Le marché local est difficile pour les postes de bureau.',
    'Il est difficile de trouver un logement à Castelroux.',
    'Le poste est pénible physiquement.',
    'Son emploi précédent était instable.',
    'Budget limité pour le permis, aide régionale à solliciter.',
    "Il est limité dans ses déplacements depuis qu'il n'a plus de voiture.",
    'Elle trouve le métier de cariste bizarre.',
    'Il travaille avec un public difficile en foyer.',
    "C'est compliqué de venir le mercredi.",
    'Il est compliqué pour elle de venir le mercredi.',
    'Il est difficile à joindre par téléphone, SMS privilégiés.',
    // negated or kept at a distance
    "Il n'est pas agressif, juste inquiet pour ses droits.",
    "Elle craint de paraître arrogante en entretien.",
    'Il se trouve lui-même trop lent à l’écrit.',
    'Il dit : « je suis nul en maths et un peu paresseux ».',
    "Elle n'est pas motivée par le travail de nuit.",
    "Il ne manque pas de motivation pour ce projet.",
    // neutral traits and positive remarks are not reported
    'Elle est timide et réservée au premier abord.',
    'Très motivé, il a envoyé huit candidatures.',
    "Il ne fait rien le mercredi après-midi, il garde sa fille.",
    // training in the field
    "Formation sur la gestion de l'agressivité des usagers.",
    // towards a partner it is domestic violence, reported by vie-privee
    'Il est violent avec sa compagne.',
    // a preference for a kind of work, neutral frames, a victimisation survey, the market's passivity
    'Peu d’appétence pour le travail de nuit.',
    'Pas d’intérêt pour le travail en équipe.',
    'Peu d’intérêt pour le poste proposé.',
    'Il ne manque pas d’envie de travailler.',
    'Enquête de victimisation : il a répondu au questionnaire.',
    'Passivité du marché local de l’emploi.',
    'Profil commercial, à l’aise à l’oral.',
    'Style de management participatif.',
    // round 8: look-alikes said of things or places, a spelled-out durations, a job's screen
    "Vendredi saint férié en Alsace-Moselle : l'entreprise de Colmar sera fermée.",
    "Le congé parental se prend pour une durée d'un an.",
    "Elle a chanté comme diva de l'opéra de Lyon.",
    'Le technicien se cache derrière son écran pour éviter la foule.',
    'Le verre est cassant à basse température.',
    "Il est perché sur l'échafaudage toute la journée.",
    'Le marché est complètement déconnecté de la réalité.',
    'Pour moi, la priorité est ailleurs.',
    // round 9: look-alikes of the new labels (a bell, the person's own feeling, a negation, a thick object)
    'Le réveil a sonné trop tard, il est arrivé en retard.',
    'Il se sent fini pour le marché du travail depuis son licenciement.',
    "Il n'est pas fini pour le marché du travail, loin de là.",
    'Il a un carton épais sous le bras.',
    "Elle compte ses heures de formation pour son CPF.",
    "Il compte ses heures supplémentaires avec précision.",
    "Il ne compte pas ses heures.",
    "Il fait le beau temps à la météo régionale.",
    "Il n'est pas trop fier pour accepter un CDD.",
    "Il traîne la patte depuis son accident au genou.",
    "Il est du genre à aider tout le monde.",
    "Elle est du genre à rester tard pour finir ses dossiers.",
  ],
  invalid: [
    { text: "Son ancien chef le dit « ingérable » et c'est aussi son impression.", errors: ['ingérable'] },
    { text: "Un dinosaure de l'imprimerie, il refuse tout outil numérique.", errors: ['Un dinosaure'] },
    { text: 'Profil lazy, aucun suivi depuis mars.', errors: ['Profil lazy'] },
    { text: 'Son tuteur la trouve « lazy » et peu fiable.', errors: ['lazy'] },
    { text: 'Il est pas très sharp en entretien.', errors: ['pas très sharp'] },
    { text: "Il est rude avec l'accueil.", errors: ['rude'] },
    // round 11: idioms, slang and frames that judge the person
    { text: 'Ancien adjudant, raide comme un piquet : il braque les recruteurs.', errors: ['raide comme un piquet'] },
    { text: "Un peu mou du genou dès qu'il faut téléphoner.", errors: ['Un peu mou du genou'] },
    { text: 'Elle est du genre à se plaindre pour tout, même quand tout va bien.', errors: ['du genre à se plaindre pour tout'] },
    { text: 'Il prend les intervenants de haut.', errors: ['prend les intervenants de haut'] },
    { text: 'Il regarde tout le monde de haut.', errors: ['regarde tout le monde de haut'] },
    { text: "Le chef l'a surnommée « la tortue ».", errors: ['la tortue'] },
    { text: "Ses collègues l'appellent l'escargot.", errors: ["l'escargot"] },
    { text: 'Son associé le décrit comme un panier percé.', errors: ['un panier percé'] },
    { text: "Elle s'écoute beaucoup.", errors: ["s'écoute beaucoup"] },
    { text: 'Elle minaude quand elle ne sait pas.', errors: ['minaude'] },
    { text: 'Il est pinailleur sur chaque mot.', errors: ['pinailleur'] },
    { text: 'Il est trop fier pour accepter un poste de technicien.', errors: ['trop fier pour accepter'] },
    { text: 'Il est têtu comme une mule.', errors: ['têtu comme une mule'] },
    { text: 'Elle est toujours dans la lune.', errors: ['dans la lune'] },
    { text: 'il sent le fauve, pas fiable du tout', errors: ['pas fiable'] },
    { text: 'Il est pas réglo.', errors: ['pas réglo'] },
    // round 9: parenting and coping judged
    { text: 'Jeune maman dépassée et pas très maternelle, elle vient avec le bébé.', errors: ['dépassée', 'pas très maternelle'] },
    { text: 'Elle est complètement dépassée par ses enfants.', errors: ['dépassée par ses enfants'] },
    { text: 'Mère démissionnaire, elle laisse ses enfants livrés à eux-mêmes.', errors: ['Mère démissionnaire', 'laisse ses enfants livrés à eux-mêmes'] },
    { text: 'Le père est laxiste avec ses enfants.', errors: ['laxiste avec ses enfants'] },
    { text: "Elle n'a aucune autorité sur ses enfants.", errors: ['aucune autorité sur ses enfants'] },
    { text: "Elle n'est pas du tout maternelle avec le petit.", errors: ['pas du tout maternelle'] },
    { text: 'Le père, dépassé, ne vient plus aux audiences.', errors: ['dépassé'] },
    { text: 'C’est une mère de famille dépassée par les événements.', errors: ['dépassée'] },
    // round 9: regional words for a silly person, slang for dazed, writing the person off
    { text: "Un peu niaiseux au téléphone, selon l'employeur québécois.", errors: ['niaiseux'] },
    { text: 'Un peu bobet, comme on dit à Genève, il rate toutes les consignes.', errors: ['bobet'] },
    { text: 'Ex-boxeur, un peu sonné, il répète plusieurs fois les mêmes questions.', errors: ['un peu sonné'] },
    { text: 'À 61 ans, fini pour le marché du travail, il faut être honnête.', errors: ['fini pour le marché du travail'] },
    // round 7: hyphenated and compound epithets of manner
    { text: "Style m'as-tu-vu, bagues et lunettes de marque.", errors: ["Style m'as-tu-vu"] },
    { text: "Un look bling-bling à l'entretien.", errors: ['look bling-bling'] },
    { text: 'Un peu bêcheuse avec les autres stagiaires.', errors: ['bêcheuse'] },
    { text: "Attitude je m'en foutiste pendant l'atelier.", errors: ["je m'en foutiste"] },
    { text: "Un vrai poseur, il aime qu'on le regarde.", errors: ['poseur'] },
    { text: 'Pète-sec au téléphone.', errors: ['Pète-sec'] },
    { text: 'Bilan : désorganisé, sous traitement, loyers en retard.', errors: ['désorganisé'] },
    { text: 'Observations : ponctuel, désorganisée.', errors: ['désorganisée'] },
    { text: 'Elles sont mal élevées.', errors: ['mal élevées'] },
    { text: 'Très fermée lors du premier entretien.', errors: ['fermée'] },
    { text: 'Ancien vigile, gros bras pas très malin, il faudra le cadrer.', errors: ['gros bras pas très malin'] },
    { text: 'Ancienne caissière, pas très maligne mais gentille.', errors: ['pas très maligne'] },
    { text: 'Karim, pas très malin.', errors: ['pas très malin'] },
    { text: "Il est très manipulateur avec l'équipe.", errors: ['manipulateur'] },
    { text: '07/10/2025;NOTE;Crampon au téléphone, 4 appels cette semaine pour rien.', errors: ['Crampon'] },
    { text: 'Un vrai crampon, il appelle tous les jours.', errors: ['vrai crampon'] },
    { text: '- haleine + yeux rouges le matin ?? → a du picoler la veille', errors: ['a du picoler'] },
    { text: 'Il devait être bourré au rendez-vous.', errors: ['devait être bourré'] },
    { text: 'Beau discours mais rien derrière.', errors: ['Beau discours mais rien derrière'] },
    { text: 'Que du vent, aucune démarche faite.', errors: ['Que du vent'] },
    { text: 'Gestion complètement bordélique : aucune facture classée.', errors: ['complètement bordélique'] },
    { text: 'Un CV complètement foireux, à refaire.', errors: ['complètement foireux'] },
    { text: "Il doit être dépassé par l'informatique à son âge, inutile d'insister.", errors: ["dépassé par l'informatique"] },
    { text: 'Elle est larguée avec le numérique, comme tous les seniors.', errors: ['larguée avec le numérique'] },
    { text: 'NB perso : profil à problèmes, à surveiller.', errors: ['profil à problèmes'] },
    { text: "Il est borné et refuse toute piste.", errors: ['borné'] },
    { text: "Elle n'a pas inventé l'eau tiède, il faudra tout lui réexpliquer.", errors: ["pas inventé l'eau tiède"] },
    { text: "C'est pas le couteau le plus affûté du tiroir mais il est courageux.", errors: ['pas le couteau le plus affûté'] },
    { text: 'On ne peut rien en tirer, entretien écourté.', errors: ['On ne peut rien en tirer'] },
    { text: "Il n'y a rien à en tirer pour l'instant.", errors: ['rien à en tirer'] },
    { text: 'Toujours à râler contre tout le monde, il lasse le groupe.', errors: ['Toujours à râler'] },
    { text: 'Elle est sans arrêt à pinailler sur les horaires.', errors: ['sans arrêt à pinailler'] },
    { text: 'Vous étiez d’une lenteur désespérante sur les exercices.', errors: ['d’une lenteur'] },
    { text: "• Apathique en atelier collectif, revêche dès qu'on lui fait une remarque", errors: ['Apathique', 'revêche'] },
    { text: 'Il est resté léthargique pendant toute la séance.', errors: ['léthargique'] },
    { text: 'Projet réaliste, mais assez mou et se laisse vivre.', errors: ['mou', 'se laisse vivre'] },
    { text: 'Il est inerte en réunion, ne prend jamais la parole.', errors: ['inerte'] },
    { text: 'Posture de victimisation permanente, peu d’appétence pour le travail.', errors: ['Posture de victimisation permanente', 'peu d’appétence pour le travail'] },
    { text: 'Aucun intérêt pour l’emploi, il attend sa retraite.', errors: ['Aucun intérêt pour l’emploi'] },
    { text: 'Il a peu d’appétence pour le monde du travail.', errors: ['peu d’appétence pour le monde du travail'] },
    { text: 'Faible implication dans ses démarches.', errors: ['Faible implication dans ses démarches'] },
    { text: 'Peu de motivation.', errors: ['Peu de motivation'] },
    { text: 'Il manque d’investissement dans ses démarches.', errors: ['manque d’investissement dans ses démarches'] },
    { text: 'Posture de victime lors de l’entretien.', errors: ['Posture de victime'] },
    { text: 'Il fait des crises dès que le planning change.', errors: ['fait des crises'] },
    { text: 'La tutrice de stage la trouvait bordélique, ce que nous constatons aussi.', errors: ['bordélique'] },
    { text: 'Adhérent grossier et vulgaire pendant l’atelier.', errors: ['grossier', 'vulgaire'] },
    { text: 'Il est d’une nonchalance désarmante.', errors: ['d’une nonchalance'] },
    { text: 'Elle est toujours en train de se plaindre des horaires.', errors: ['toujours en train de se plaindre'] },
    { text: 'Je vous trouve trop émotive en entretien.', errors: ['émotive'] },
    { text: 'Il est complètement à la ramasse sur les outils numériques.', errors: ['à la ramasse'] },
    {
      text: 'Il se montre souvent désagréable avec les autres stagiaires.',
      errors: [{ text: 'désagréable', messageId: 'jugement', severity: 'warning', category: 'jugement' }],
      output: `Il se montre souvent ${OBSERVATION.caractere} avec les autres stagiaires.`,
    },
    { text: 'Agressive pendant la simulation, elle a refusé de continuer.', errors: ['Agressive'] },
    { text: 'Je le trouve franchement arrogant et peu investi.', errors: ['arrogant', 'peu investi'] },
    { text: "Jeune homme immature qui n'a pas de projet précis.", errors: ['immature'] },
    { text: "Il n'a pas l'air motivé.", errors: ["pas l'air motivé"] },
    { text: 'Pas très futé, il faudra répéter les consignes.', errors: ['Pas très futé'] },
    { text: 'Elle est par moments assez confuse dans ses réponses.', errors: ['confuse'] },
    { text: 'Il est lent et limité.', errors: ['lent', 'limité'] },
    { text: "Selon moi, c'est un affabulateur.", errors: ['affabulateur'] },
    { text: 'Il a menti sur ses dates de contrat.', errors: ['a menti'] },
    { text: 'Adhérent de mauvaise foi qui conteste tout.', errors: ['de mauvaise foi'] },
    { text: 'Elle manque cruellement de sérieux.', errors: ['manque cruellement de sérieux'] },
    { text: "Aucune envie de travailler, il attend la fin de ses droits.", errors: ['Aucune envie de travailler'] },
    { text: 'Il ne fait aucun effort depuis le mois dernier.', errors: ['ne fait aucun effort'] },
    { text: 'Sincèrement, il ne fiche rien.', errors: ['ne fiche rien'] },
    { text: 'Elle se plaint tout le temps de son ancien employeur.', errors: ['se plaint tout le temps'] },
    { text: 'Il a tendance à se victimiser.', errors: ['se victimiser'] },
    { text: "Il m'a semblé peu sincère.", errors: ['peu sincère'] },
    { text: "Il est d'un tempérament colérique.", errors: ['tempérament colérique'] },
    { text: 'Monsieur est caractériel et imprévisible.', errors: ['caractériel', 'imprévisible'] },
    { text: 'Il est trop âgé pour ce type de poste.', errors: ['trop âgé'] },
    { text: 'Très lunatique, elle change d’avis à chaque rendez-vous.', errors: ['lunatique'] },
    { text: 'Comportement : hautain avec le formateur.', errors: ['hautain'] },
    { text: 'Il a tendance à mentir sur ses expériences.', errors: ['tendance à mentir'] },
    { text: 'On ne peut pas lui faire confiance.', errors: ['On ne peut pas lui faire confiance'] },
    { text: 'C’est un garçon très agité qui ne tient pas en place.', errors: ['agité', 'ne tient pas en place'] },
    // round 8: fresh slang and idioms, an apposition between commas, a judgement reported and endorsed, a clause after « mais »
    { text: 'Musicien de bal, complètement perché, il oublie la moitié des consignes.', errors: ['perché'] },
    { text: 'Ancien champion de judo, ego surdimensionné, difficile de lui faire accepter un poste.', errors: ['ego surdimensionné'] },
    { text: "Il se prend pour un ministre à l'accueil.", errors: ['se prend pour un'] },
    { text: "Une vraie diva, elle refuse tout ce qui n'est pas un premier rôle.", errors: ['diva'] },
    { text: 'Mielleux au premier abord, puis il ne rappelle jamais.', errors: ['Mielleux'] },
    { text: "Bonne dynamique sur le poste mais vraie tete brulee des qu'on le contredit.", errors: ['tete brulee'] },
    { text: 'Il a tendance à se perdre dans des digressions sans intérêt.', errors: ['se perdre dans des digressions'] },
    { text: "La conseillère pense qu'il se cache derrière ses problèmes.", errors: ['se cache derrière ses'] },
    { text: 'Son ancien directeur le décrit comme « rigide et cassant », ce que l’entretien confirme.', errors: ['rigide', 'cassant'] },
    { text: "Il vit un peu dans le monde des bisounours sur la question de l'argent.", errors: ['monde des bisounours'] },
    { text: 'Il a pris le melon depuis sa promotion.', errors: ['a pris le melon'] },
    { text: 'Il fait le malin devant les autres stagiaires.', errors: ['fait le malin'] },
    { text: "Au chantier, il compte ses heures et part à 17 h pile.", errors: ["compte ses heures"] },
    { text: "Il fait le beau devant les recruteurs.", errors: ["fait le beau"] },
    { text: "Elle est trop fière pour demander de l'aide.", errors: ["trop fière pour"] },
    { text: "Il traîne la patte pour rendre ses candidatures.", errors: ["traîne la patte"] },
    { text: "Il est raide comme un piquet en entretien.", errors: ["raide comme un piquet"] },
  ],
});

describe('tone lexicons', () => {
  it('report each word through one rule only (jugement, propos-injurieux, apparence)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const lists: Array<[string, typeof JUGEMENT]> = [['jugement', JUGEMENT], ['propos-injurieux', [...INJURES, ...SLURS]], ['apparence', APPARENCE]];
    for (const [rule, list] of lists) {
      for (const e of list) {
        for (const seq of entrySequences(e)) {
          const key = seq.join(' ');
          const prev = owner.get(key);
          if (prev && prev !== rule) clashes.push(`${key} (${prev} / ${rule})`);
          owner.set(key, rule);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

// round 8: hair, nails and clothes judged (rules/lexicons/jugement.ts APPARENCE, reported by the apparence rule)
ruleTester(apparence, {
  valid: [
    'Au pressing, elle repasse les chemises froissées des clients.',
    'Prothésiste ongulaire, elle soigne les ongles rongés de ses clientes.',
  ],
  invalid: [
    { text: "Ce matin : cheveux pas lavés et ongles rongés jusqu'au sang.", errors: ['cheveux pas lavés', "ongles rongés jusqu'au sang"] },
    { text: 'Mal rasé, chemise douteuse, pas le profil pour un salon de recrutement.', errors: ['Mal rasé', 'chemise douteuse'] },
    { text: 'Arrivé en baskets trouées et pantalon taché.', errors: ['baskets trouées', 'pantalon taché'] },
  ],
});

// round 10: a person cast as a type ("vrai cow-boy"), unable to hold their tongue, training taken as a trip, the person as goods, vulgar speech
ruleTester(rule, {
  valid: [
    'Il a travaillé comme cow-boy dans un parc à thème western.',
    'Il est incapable de se déplacer sans aide depuis son opération.',
    'Elle a fait du tourisme en Guadeloupe pendant dix ans comme guide.',
    'Ces produits ne sont pas vendables en l’état, rayon à refaire.',
    'Le stock abîmé est invendable.',
    'Il parle trop vite pour les clients, exercice de diction proposé.',
    'Il ne parle pas trop, mais il écoute.',
  ],
  invalid: [
    { text: 'Un vrai cow-boy, ce que confirme son ancien chef de dépôt.', errors: ['vrai cow-boy'] },
    { text: 'Il joue les gros bras devant les autres stagiaires.', errors: ['joue les gros bras'] },
    { text: 'C’est une vraie commère au plateau.', errors: ['vraie commère'] },
    { text: 'Elle est incapable de se taire en atelier.', errors: ['incapable de se taire'] },
    { text: 'Il ne sait pas tenir sa langue.', errors: ['ne sait pas tenir sa langue'] },
    { text: 'Il fait du tourisme en formation : trois inscriptions abandonnées.', errors: ['fait du tourisme en formation'] },
    { text: 'Elle vient en touriste aux ateliers.', errors: ['vient en touriste'] },
    { text: 'Il fait acte de présence, sans plus.', errors: ['fait acte de présence'] },
    { text: 'Look de racaille, pas vendable en l’état.', errors: ['pas vendable'] },
    { text: 'INSUPPORTABLE, PARLE COMME UN CHARRETIER AVEC LES AUTRES.', errors: ['INSUPPORTABLE', 'PARLE COMME UN CHARRETIER'] },
    { text: 'Il a un langage de charretier.', errors: ['langage de charretier'] },
  ],
});

// round 10: the person likened to a slattern or a down-and-out ("allure de souillon")
ruleTester(apparence, {
  valid: [
    'Elle a joué une souillon au théâtre, en costume de scène.',
  ],
  invalid: [
    { text: 'Blouse propre mais allure de souillon.', errors: ['allure de souillon'] },
    { text: 'Arrivé avec un air de SDF.', errors: ['air de SDF'] },
  ],
});
