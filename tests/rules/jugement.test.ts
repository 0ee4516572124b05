import { describe, expect, it } from 'vitest';
import rule from '../../rules/jugement.ts';
import apparence from '../../rules/apparence.ts';
import { ruleTester } from '../rule-tester.ts';
import { entrySequences } from '../../lib/lint/lexicon.ts';
import { APPARENCE, INJURES, JUGEMENT, OBSERVATION, SLURS } from '../../rules/lexicons/jugement.ts';

ruleTester(rule, {
  valid: [
    // the same words said of things, tasks and jobs; a relative's health or trade; an attribute coordinated after a thing's
    "C'est un métier ingrat.",
    'La tâche est ingrate mais il la fait bien.',
    'Il a acheté un pull douillet.',
    'Son appartement est douillet et calme.',
    'Le film était larmoyant.',
    'Le matériel est fruste dans sa conception et un peu lourd.',
    'Un outil fruste mais efficace.',
    'Sa mère est très malade.',
    'Son épouse est infirmière et très disponible.',
    'Son mari est lourd à porter depuis son AVC.',
    'Son travail est pénible et répétitif.',
    'Il est arrivé en retard et un peu essoufflé.',
    'Il joue un peu trop au football pour son genou.',
    // review: a contract clause, the trade of placing workers, a fund's pension, a plan told with its place or thing
    "Il ne gardera pas le véhicule de service après la fin du CDD.",
    "Elle ne restera pas sur ce poste après mars, fin du remplacement.",
    // sweep: a trait of the public served or of a process, a quoted course title
    "Elle a suivi la formation « Faire face à l'agressivité du public » à la CAF.",
    "L'agressivité de certains clients l'a usée au guichet.",
    'La paresse des démarches administratives est un frein souvent cité par les employeurs.',
    "Il a participé à l'atelier « Sortir de la passivité » de la Mission locale.",
    // review: a playwright's drama
    "Elle se trouve plus forte en anglais depuis son séjour.",
    "Il se croit plus fort en maths qu'il ne l'est, dit-il en riant.",
    'Le musicien se laisse porter par le rythme.',
    'Le marché se laisse porter par la reprise.',
    'Auteur de théâtre, il dramatise les tensions dans ses pièces.',
    "Il a écrit une pièce qui dramatise la vie ouvrière.",
    // round 18 traps: crises with a condition named, a nationality, handling loads or chemicals, a beekeeper's smoke, furniture moved, a dirty flat, self-doubt, a job sought
    "Elle est drépanocytaire et fait des crises quand il fait froid.",
    "D'origine mongole, elle a travaillé dans l'élevage de chevaux.",
    'Cariste, il manipule des charges lourdes toute la journée.',
    'Il cherche à manipuler des produits chimiques en sécurité.',
    'Apiculteur, il enfume les ruches au printemps.',
    'Il a déménagé une armoire à glace avec son frère.',
    'Le logement est crade, le propriétaire ne répond pas.',
    'Il ne se croit plus capable de travailler.',
    "Il vise un poste d'agent de sécurité, il a une tête de videur.",
    "La dame de l'accueil était aimable.",
    // round 16/17: a seizure named by its kind, health fragility, stuck by circumstances, a drift in a show
    'Il fait des crises comitiales environ deux fois par an.',
    'Santé fragile du dos, port de charges limité.',
    'Elle est un peu coincée financièrement ce mois-ci.',
    'Il est coincé à la maison sans voiture.',
    'Il se laisse porter par la musique pendant le spectacle.',
    'Il se dit fainéant mais se lève tôt.',
    // round 15: a seizure's blank look, care work, a quiz, a lit shop window, a verb typed without accent, an employer's quoted word on the pace of work
    "Elle fait des absences, le regard dans le vide pendant quelques secondes, suivie par un neurologue.",
    'Infirmière en psychiatrie, elle gère des cas psychiatriques lourds.',
    'Question de culture générale : il a eu 15/20.',
    'La vitrine est illuminée le soir.',
    'Ce placard renferme trop de choses.',
    'Il est tres ferme sur ses positions.',
    "La tutrice de stage la décrit comme « lente mais fiable » sur la mise en place.",
    // a model's pose, a recruiter's profile, public work, an intercultural mediator's job, the side of a trade
    'Mannequin, elle pose le regard dans le vide pour les défilés.',
    "L'entreprise recrute ce genre de profil pour ses magasins.",
    'Elle aime ce genre de public en animation.',
    "Il cherche un poste en médiation interculturelle, sa culture veut que l'on partage.",
    "Elle apprécie ce côté spécial du travail de nuit.",
    'Il aime ce côté mystique du métier de luthier.',
    // a shop dressed, at ease in a job, a scrapped vehicle, a touchiness with its trigger named
    'Étalagiste, elle enjolive tout le magasin à Noël.',
    'Il se complaît dans son nouveau métier.',
    'Le véhicule est bon pour la casse.',
    'Il se ferme vite quand on parle de son passé.',
    "Elle se braque dès qu'on évoque ses absences.",
    "Elle se braque vite dès qu'on parle de formation.",
    // round 14: things stiff, a sector's difficulty after a title, games and animals, denied temper, a decorator's job
    'Le tuyau est rigide comme une barre.',
    'Marché du bâtiment difficile, il cherche depuis deux ans.',
    "Les reptiles n'ont pas le sang chaud.",
    "Il n'a pas le sang chaud, il reste calme.",
    'Il enjolive les vitrines de la boutique depuis dix ans.',
    // round 13: a meeting that cannot be held, a job described, negated touchiness, a sector's habits, things that close or turn
    'Je passerai sur l’aire si le rendez-vous ne peut pas se tenir au PLIE.',
    'Il ne peut pas se tenir debout longtemps.',
    "Poste d'agent de sûreté exigeant.",
    'Poste pas très clair.',
    'Manœuvre pas bien payé sur son dernier chantier.',
    'Il ne se braque pas quand on parle de formation.',
    "Il s'emporte dès qu'on parle de formation.",
    'Le magasin se ferme vite le samedi.',
    'Il a braqué le volant, la voiture se braque vite.',
    'Horaires décalés et contrats courts, comme souvent dans ce milieu.',
    'Il travaille de nuit, comme beaucoup de jeunes de son âge.',
    'Comme souvent dans la restauration, les coupures sont longues.',
    'Il est à sec depuis deux mois.',
    'Il vit dans un quartier sauvage.',
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
    // round 21: a concession or a comparison about something else than the person; a grievance with its object; effort as a contract's minimum; a minus as a separator
    'Il a maintenu ses démarches malgré ses problèmes de garde.',
    'Embauché malgré son âge par une entreprise de logistique.',
    "Le tarif est correct pour quelqu'un de son niveau de qualification.",
    "C'est un bon salaire pour un jeune diplômé.",
    "C'est bien pour un jeune de commencer par l'intérim.",
    "Il se plaint beaucoup de l'exploitant.",
    'Il se plaint beaucoup des horaires décalés du dépôt.',
    "Il râle souvent qu'on ne le rappelle pas.",
    'Il critique souvent le manque de postes sur le secteur.',
    'Le contrat prévoit le minimum requis de 24 heures hebdomadaires.',
    "Il fera le minimum d'heures prévu par la convention.",
    "L'employeur fera le minimum légal sur la mutuelle.",
    'Motivation -- objectif : trouver un CDI.',
    'Séance 2 : attitude -- simulation d’entretien.',
    'Le Petit Prince de Saint-Exupéry est au programme de l’atelier lecture.',
    "Le petit chef d'orchestre de l'école de musique recrute un animateur.",
    "Elle fait le minimum syndical d'heures de délégation.",
    "Le prix est correct pour son âge, dit-il de sa voiture d'occasion.",
    "L'entreprise est plutôt présentable malgré ses locaux anciens.",
  ],
  invalid: [
    // ingratitude, coarseness, tears and soreness as traits; an attribute coordinated after one with a complement; a relative judged as the subject; a victim's pose with a degree
    { text: "Très ingrate après tout ce que l'association a fait pour elle.", errors: ['ingrate'] },
    { text: 'Il est vraiment ingrat avec sa conseillère.', errors: ['ingrat'] },
    { text: "M. Kouamé est assez fruste dans ses échanges et un peu sans-gêne avec l'accueil.", errors: ['fruste', 'sans-gêne'] },
    { text: 'Mme Esnault est un peu larmoyante quand on parle de sa mère.', errors: ['larmoyante'] },
    { text: 'Il est très douillet pendant les exercices.', errors: ['douillet'] },
    { text: "Le chef d'atelier la trouve « douillette ».", errors: ['douillette'] },
    { text: "Elle est à l'aise avec les outils et un peu lente.", errors: ['lente'] },
    { text: 'Son épouse est envahissante et répond à sa place.', errors: ['envahissante'] },
    { text: 'Sa mère reste très collante.', errors: ['collante'] },
    { text: 'Il joue un peu trop la victime pour obtenir une place.', errors: ['joue un peu trop la victime'] },
    { text: 'Elle joue trop les victimes.', errors: ['joue trop les victimes'] },
    // round 21: praise with a reservation on looks, age, sex or background; effort foretold; a heading rated with a minus; petty types and net slang; complaining often, bare
    { text: 'Plutôt soignée malgré son surpoids, elle fera bonne impression en boutique.', errors: ['soignée malgré son surpoids'] },
    { text: 'Assez dynamique pour son âge, il peut tenir un poste en entrepôt.', errors: ['dynamique pour son âge'] },
    { text: 'Intelligente pour une fille de cité, elle a eu son bac avec mention.', errors: ['Intelligente pour une fille de cité'] },
    { text: 'Étrangement bien élevé pour un jeune de quartier.', errors: ['Étrangement bien élevé pour un jeune de quartier'] },
    { text: 'Il fera le strict minimum en stage, comme d’habitude.', errors: ['fera le strict minimum'] },
    { text: 'Attitude --, il regarde son téléphone pendant tout l’atelier.', errors: ['Attitude --'] },
    { text: 'Motivation : --', errors: ['Motivation : --'] },
    { text: 'Une vraie petite madame, elle veut tout décider.', errors: ['petite madame'] },
    { text: 'Un no-life qui passe ses nuits sur les jeux en ligne.', errors: ['no-life'] },
    { text: 'Il ronchonne souvent, rien ne lui va.', errors: ['ronchonne souvent'] },
    { text: 'Il fait le minimum en atelier.', errors: ['fait le minimum'] },
    { text: 'Élégante pour une femme de son âge, elle plaira en boutique.', errors: ['Élégante pour une femme de son âge'] },
    { text: 'Elle se plaint beaucoup de tout.', errors: ['se plaint beaucoup de tout'] },
    // sweep: the trait of the person, a quote that is not a course title
    { text: "L'agressivité du candidat a surpris le recruteur.", errors: ['agressivité'] },
    { text: 'Son agressivité envers les clients a motivé la fin de la période d’essai.', errors: ['agressivité'] },
    { text: 'Retour de stage « il est paresseux et lent » selon le tuteur.', errors: ['paresseux'] },
    // review: a complaint at the least frustration, with other complaint verbs
    { text: 'Il râle à la moindre remarque.', errors: ['râle à la moindre remarque'] },
    { text: "Elle ronchonne dès qu'on lui demande un effort.", errors: ["ronchonne dès qu'on lui demande un effort"] },
    // round 18: hygiene slang, a person noun of everyday speech, a total lack, lying and manipulating verbs, a complaint at any frustration, body types, a face likened to a type,
    // out of touch, religious zeal judged, thinking oneself smarter
    { text: "Dame très désagréable, à la limite de l'insolence.", errors: ['désagréable'] },
    { text: "Manque total de savoir-vivre à l'accueil.", errors: ['Manque total de savoir'] },
    { text: 'Elle manque de tact avec ses collègues.', errors: ['manque de tact'] },
    { text: "Il baratine et se contredit d'un rendez-vous à l'autre.", errors: ['baratine'] },
    { text: 'Il raconte des salades au sujet de ses absences.', errors: ['raconte des salades'] },
    { text: 'Il cherche à manipuler son interlocuteur.', errors: ['cherche à manipuler'] },
    { text: "Elle se plaint dès qu'on la contrarie.", errors: ["se plaint dès qu'on la contrarie"] },
    { text: 'Il râle à la moindre remarque.', errors: ['râle à la moindre remarque'] },
    { text: 'Elle est complètement coupée du monde réel.', errors: ['coupée du monde réel'] },
    { text: 'Elle est un peu bigote dans sa façon de parler.', errors: ['bigote'] },
    { text: 'Il se croit plus malin que tout le monde.', errors: ['se croit plus malin'] },
    { text: 'Il se croit au-dessus des autres en atelier collectif.', errors: ['se croit au-dessus des autres'] },
    // round 16/17: mistrust, fragility, drama, drifting, stiffness, an intensified label after a contrast
    { text: 'Monsieur très méfiant, il a fallu plusieurs relances.', errors: ['méfiant'] },
    { text: 'Profil solide mais fragile, qui dramatise un peu sa situation.', errors: ['fragile', 'dramatise'] },
    { text: 'Il se laisse porter par les éducateurs.', errors: ['se laisse porter'] },
    { text: 'Depuis novembre, il se laisse complètement aller.', errors: ['se laisse complètement aller'] },
    { text: 'Elle est un peu coincée en entretien simulé.', errors: ['un peu coincée'] },
    { text: "Il se dit motivé mais c'est un flemmard de première.", errors: ['flemmard de première'] },
    // round 15: adjective typed without accent, a blank look, a stigmatising type, a cultural generalisation, a mocked believer
    { text: 'Jeune un peu renferme, mais les rendez-vous sont tenus.', errors: ['renferme'] },
    { text: "Il est arrivé l'air hagard, sans ses papiers.", errors: ["l'air hagard"] },
    { text: "Avec ce genre de cas psy, ça ne tient jamais.", errors: ['genre de cas psy'] },
    { text: 'Réservée avec les clients, sans doute culturel.', errors: ['sans doute culturel'] },
    { text: 'Elle a gardé un côté illuminé depuis sa sortie du groupe.', errors: ['un côté illuminé'] },
    { text: 'Elle a gardé un côté perché de ses années dans le groupe.', errors: ['un côté perché'] },
    { text: "C'est culturel chez eux de ne pas regarder dans les yeux.", errors: ["C'est culturel"] },
    { text: 'Il enjolive tout.', errors: ['enjolive tout'] },
    { text: 'Il se complaît dans la plainte.', errors: ['se complaît dans la plainte'] },
    { text: 'Il est bon pour la casse.', errors: ['bon pour la casse'] },
    { text: 'Il se vexe facilement.', errors: ['se vexe facilement'] },
    // round 14: similes, the mind named, idioms of temper, stories embellished, ageism, apposition after a title
    { text: "Gardien de la paix rigide comme un képi, il a recadré l'animatrice.", errors: ['rigide comme un'] },
    { text: 'Elle est plaintive et un peu rigide dans sa façon de penser.', errors: ['plaintive', 'rigide dans sa façon de penser'] },
    { text: "Il a le sang chaud quand il parle de son ex-compagne.", errors: ['a le sang chaud'] },
    { text: 'Il enjolive tout, on ne sait jamais quoi croire.', errors: ['enjolive tout'] },
    { text: 'À 63 ans, il est un peu gâteux.', errors: ['gâteux'] },
    { text: "CESF complètement à l'ouest, elle confond encore le FSL et l'APL.", errors: ["complètement à l'ouest"] },
    // round 13: colloquial judgements, a job title opening the sentence, touchiness, wallowing, a chained adjective, a community generalisation, one finding for a restated complaint
    { text: 'Manœuvre pas bien dégourdi, il faut lui montrer trois fois le réglage.', errors: ['pas bien dégourdi'] },
    { text: 'Cariste peu dégourdi.', errors: ['peu dégourdi'] },
    { text: 'Agent de sûreté lourdingue, il tutoie tout le monde.', errors: ['lourdingue'] },
    { text: 'Un homme bourru, un peu borné sur la question.', errors: ['bourru', 'borné'] },
    { text: 'Elle est bourrue mais sincère.', errors: ['bourrue'] },
    { text: 'Il se vexe facilement.', errors: ['se vexe facilement'] },
    { text: 'Elle se braque vite, un peu sauvage au premier abord, puis très précise.', errors: ['se braque vite', 'sauvage'] },
    { text: "J'ai senti qu'elle se complaît un peu dans la plainte.", errors: ['se complaît'] },
    { text: 'Un peu roublard sur les chiffres, comme souvent dans ce milieu.', errors: ['roublard', 'comme souvent dans ce milieu'] },
    { text: 'Il parle fort, comme tous ceux de sa communauté.', errors: ['comme tous ceux de sa communauté'] },
    { text: 'Pleurnicharde, elle se plaint de tout et de tous les plannings.', errors: ['Pleurnicharde, elle se plaint de tout'] },
    { text: 'Il ne sait pas se tenir en réunion.', errors: ['ne sait pas se tenir'] },
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

// rounds 19–20: a generalisation opening the sentence takes its claim; meekness, pity, unfitness, predictions of failure; notes typed short or in English
ruleTester(rule, {
  valid: [
    'Comme souvent dans ce milieu, les horaires sont décalés.',
    'Comme souvent dans ce milieu, rémunération au SMIC.',
    'Il ne tiendra pas compte des remarques.',
    'Son genou ne tiendra pas longtemps en station debout.',
    'Un bâtiment sans énergie fossile.',
    'Le chien est docile.',
    'Il est soumis à la TVA.',
    'Il ne veut pas faire pitié.',
    "Il a la carrure pour le poste de chef d'équipe.",
  ],
  invalid: [
    { text: 'Comme souvent chez les gens du voyage, il ne tiendra pas un CDI.', errors: ['Comme souvent chez les gens du voyage, il ne tiendra pas un CDI'] },
    { text: 'Comme souvent dans ces familles, peu fiable sur les horaires, à relancer.', errors: ['Comme souvent dans ces familles, peu fiable sur les horaires'] },
    { text: 'Very rude with the receptionist.', errors: ['rude'] },
    { text: 'mr tjrs aussi relou, a refusé les 2 offres', errors: ['relou'] },
    { text: 'Il est un peu lent à la détente mais brave garçon.', errors: ['lent à la détente', 'brave garçon'] },
    { text: "Mou et sans énergie, il n'a pas l'étoffe d'un chef d'équipe.", errors: ['Mou', 'sans énergie', "pas l'étoffe d'un"] },
    { text: 'Il est très docile.', errors: ['docile'] },
    { text: 'Il fait pitié.', errors: ['fait pitié'] },
    { text: 'Elle ne tiendra jamais en entreprise.', errors: ['Elle ne tiendra jamais'] },
    { text: "Il n'a pas la carrure pour encadrer.", errors: ["n'a pas la carrure"] },
  ],
});

// reported judgements with their verb, idioms with an adverb inside, denial, drive said as a quantity, unable to keep a date,
// a relative's behaviour judged, a hedge before the label, chained labels after a complement; words of an address, the surname Tanguy
ruleTester(rule, {
  valid: [
    'courriel : LOIC.TANGUY@EXAMPLE.COM',
    'Mail : maelle.tanguy.lsf@example.org',
    'Mme Maëlle Tanguy, interprète LSF, 41 ans.',
    'Site : www.les-paresseux-du-dimanche.fr (son ancien club de course).',
    'Le nouveau logiciel minimise tout risque d’erreur de saisie.',
    'La méthode minimise les pertes de matière.',
    "Il travaille dans le secteur de l'énergie, pas d'énergie fossile sur ce site.",
    "Aucune énergie renouvelable n'est produite sur le site.",
    "Elle est incapable de retenir ses larmes quand elle parle de son licenciement.",
    "Depuis son AVC, il est incapable de retenir une consigne écrite.",
    'Sa famille est très présente et garde les enfants le mercredi.',
    'Le congé se prend pour une durée de six mois.',
    "La cuisine sent la friture en fin de service.",
    "Son tuteur le décrit comme ponctuel et soigneux sur le chantier.",
  ],
  invalid: [
    { text: "Son ancien employeur le décrit comme je-m'en-foutiste, et c'est aussi l'impression qu'il donne ici.", errors: ["je-m'en-foutiste"] },
    { text: "La responsable du magasin la décrit comme paresseuse, ce que je constate aussi.", errors: ['paresseuse'] },
    { text: 'Il se prend toujours pour une star du ballon.', errors: ['se prend toujours pour une'] },
    { text: 'Elle se prend vraiment pour la cheffe du groupe.', errors: ['se prend vraiment pour la'] },
    { text: "Je trouve qu'il minimise tout et qu'il se pose toujours en victime.", errors: ['minimise tout', 'se pose toujours en victime'] },
    { text: 'Il minimise les faits et rejette toujours la faute sur les autres.', errors: ['minimise les faits', 'rejette toujours la faute sur les autres'] },
    { text: 'Elle joue souvent la victime en atelier.', errors: ['joue souvent la victime'] },
    { text: 'Assez mou en entretien, aucune énergie.', errors: ['mou', 'aucune énergie'] },
    { text: 'Pas de dynamisme, zéro niaque.', errors: ['Pas de dynamisme', 'zéro niaque'] },
    { text: "Jeune complètement à l'ouest, incapable de retenir une date.", errors: ["complètement à l'ouest", 'incapable de retenir une date'] },
    { text: "Il est incapable d'arriver à l'heure le lundi.", errors: ["incapable d'arriver à l'heure"] },
    { text: "Peu fiable sur les horaires, famille envahissante à l'accueil.", errors: ['Peu fiable', 'envahissante'] },
    { text: 'Sa mère, très collante, appelle pendant les ateliers.', errors: ['collante'] },
    { text: 'tres desagreable au tel, limite insolent', errors: ['desagreable', 'insolent'] },
    { text: 'Agressif avec les autres stagiaires, limite menaçant.', errors: ['Agressif', 'menaçant'] },
    { text: "C'est un vrai Tanguy, il vit chez sa mère à 34 ans.", errors: ['un vrai Tanguy'] },
  ],
});

// a name after an article or a noun is a place, a body or a shop; a capacity lost to an injury; « retenir » with what is kept
ruleTester(rule, {
  valid: [
    'La rue de la République est fermée pour travaux.',
    'La Poste de Saint-Amand est fermée le samedi après-midi.',
    'Le magasin Tati est fermé depuis longtemps.',
    'Le ton du courrier de la CAF était sec.',
    "L'agence Adecco de Rodez est fermée en août.",
    'Il est incapable de retenir son chien quand il tire sur la laisse.',
    'Depuis sa commotion, incapable de rester concentré plus de vingt minutes.',
  ],
  invalid: [
    { text: 'Mme Le Goff est très fermée, elle ne dit rien de son projet.', errors: ['fermée'] },
    { text: "L'adhérent Karim est très fermé en entretien.", errors: ['fermé'] },
    { text: 'Il est incapable de retenir ses rendez-vous.', errors: ['incapable de retenir ses rendez-vous'] },
  ],
});

// slow of mind with the head named; self-assurance beyond measure (a plain or negated « sûr de lui » is no judgement)
ruleTester(rule, {
  valid: [
    'Il est sûr de lui en entretien.',
    "Il n'est pas trop sûr de lui à l'oral.",
    'Elle est fière d’elle après l’obtention du CACES.',
    'Elle est lente dans ses gestes depuis son opération.',
    'Il a pris un coup à la tête et reste lent du côté gauche.',
    'Il était trop content de lui annoncer sa réussite au CACES.',
  ],
  invalid: [
    { text: "Un peu lent dans sa tête mais avec les consignes écrites ça roule.", errors: ['lent dans sa tête'] },
    { text: 'comportement correct et un peu lent dans sa tete', errors: ['lent dans sa tete'] },
    { text: 'Elle est lente du cerveau selon lui.', errors: ['lente du cerveau'] },
    { text: 'Je l’ai trouvé un peu trop sûr de lui.', errors: ['trop sûr de lui'] },
    { text: "Elle est bien trop sûre d'elle pour écouter les conseils.", errors: ["bien trop sûre d'elle"] },
    { text: 'Il est vraiment trop content de lui depuis sa promotion.', errors: ['vraiment trop content de lui'] },
    { text: 'Un homme plein de lui-même.', errors: ['plein de lui-même'] },
  ],
});

// a character adjective said of a machine, a place or an animal by a copula is no judgement of the person
ruleTester(rule, {
  valid: [
    'Le logiciel de caisse est lent et capricieux.',
    'Son vieux camion est capricieux en hiver.',
    "La machine à café du foyer est capricieuse.",
    "Le studio qu'il loue est invivable l'été, il cherche plus près du dépôt.",
    'Sa chienne est têtue mais très affectueuse.',
    "Elle a joué une mégère dans la pièce de fin d'année de l'atelier théâtre.",
    "Au théâtre, il a interprété un escroc sans scrupules.",
  ],
  invalid: [
    { text: 'Le candidat est lent et capricieux.', errors: ['lent', 'capricieux'] },
    { text: 'Elle est capricieuse avec les formateurs.', errors: ['capricieuse'] },
    { text: 'Le jeune est têtu comme une mule.', errors: ['têtu comme une mule'] },
    { text: 'Il joue souvent les victimes en atelier.', errors: ['joue souvent les victimes'] },
  ],
});

// an item of a list headed by a behaviour label; a pred adjective before « dès » (folded to « des »)
ruleTester(rule, {
  valid: [
    "Démarches : CV envoyé, relances faites, pas très fiable le site de l'agence.",
    'Bilan de la semaine : trois candidatures, pas très fiable comme méthode.',
    'Véhicule : vieille Clio, pas très fiable sur les longs trajets.',
    'Comportement du logiciel : lent, plante souvent, pas fiable.',
    "Le matériel de l'atelier : ancien, pas très fiable, à remplacer.",
    'Comportement en entretien : calme, ponctuel, répond aux questions.',
    'Le budget est limité dès cette année.',
    'Les places sont limitées dès la rentrée.',
    'Le nombre de places est limité dès le mois de mai.',
    'Accès internet limité dès 18 h au foyer.',
    'Attitude : le transport est limité dès 20 h dans son village.',
    "Elle se braque dès qu'on évoque ses absences.",
    "Il est limité dès 2027 dans ses droits à l'ARE.",
    'Elle est limitée dès le troisième mois par la durée de son contrat.',
  ],
  invalid: [
    { text: "- Comportement en entretien : nonchalant, répond à peine aux questions, pas très fiable sur les dates qu'il donne.", errors: ['nonchalant', 'pas très fiable'] },
    { text: "Attitude en atelier : arrive à l'heure, pose peu de questions, pas très motivé.", errors: ['pas très motivé'] },
    { text: 'Savoir-être : ponctuelle, souriante, pas très fiable sur les horaires.', errors: ['pas très fiable'] },
    { text: "Par contre il le trouve franchement limité dès qu'il s'agit de se projeter.", errors: ['limité'] },
    { text: "Il est vite limité dès lors qu'il faut écrire un courrier.", errors: ['limité'] },
    {
      text: "Sa tutrice la trouve lente dès qu'il faut rédiger.",
      errors: ['lente'],
      output: "Sa tutrice la trouve [besoin observé, p. ex. : a besoin de plus de temps pour les exercices écrits ; supports adaptés fournis] dès qu'il faut rédiger.",
    },
  ],
});

// lay psychiatric shortenings as labels; an impression word said of the person's own account or course; a behaviour word closing a clause about « il » / « elle »
ruleTester(rule, {
  valid: [
    // a thing or a group is « parano », the word is the start of a noun
    "L'ambiance de l'équipe est un peu parano depuis le plan social.",
    'Le film parle d’un complot, un peu parano.',
    'Il ne faut pas être parano de nature pour ce métier.',
    "Elle n'est pas parano, elle vérifie simplement ses relevés.",
    // a route, a software version, a neutral course: not the person's account
    'Il a suivi un parcours spécial pour sportifs de haut niveau.',
    'Le parcours de la ligne 3 est un peu bizarre depuis les travaux.',
    'La version du logiciel reste bizarre sur les anciens postes.',
    'Son parcours est atypique : reconversion après dix ans en logistique.',
    'Ses absences sont justifiées par des certificats.',
    'Un parcours étrange attend les randonneurs au col.',
    // a trailing adjective that describes the thing before the comma, or an impression, or a load
    'Elle a planté du bambou dans son jardin, assez envahissant.',
    'Il a porté des cartons toute la journée, un peu lourds.',
    'Elle a reçu un courrier de la CAF, un peu étrange.',
    'Il a lu un roman, assez glauque.',
    'Elle a choisi une robe, un peu collante.',
    'Il habite une maison en pierre, assez froide.',
    'Elle a vu un film, assez violent.',
    'Elle a repris le travail, assez contente.',
    'Le logiciel est un peu collant, il faut le redémarrer.',
    'Il porte un collant de compression pour le sport.',
    "Il a fait un stage en cuisine, assez épuisant.",
  ],
  invalid: [
    { text: "Un peu parano sur les intentions de son ancien chef d'équipe.", errors: ['parano'] },
    { text: 'Il est complètement hystéro dès qu’on parle de son ancien patron.', errors: ['hystéro'] },
    { text: 'Parcours louche entre 2018 et 2020, beaucoup de trous dans le CV.', errors: ['louche'] },
    { text: 'Ses explications sur ses absences du mardi restent louches, à reprendre avec lui.', errors: ['louches'] },
    { text: 'Ses fréquentations louches inquiètent sa mère.', errors: ['louches'] },
    { text: 'Son discours est bizarre sur les raisons de son départ.', errors: ['bizarre'] },
    { text: "Il insiste beaucoup, a appelé le pôle quatre fois pour savoir si son dossier avançait, un peu collant ; il faudra préparer l'entretien.", errors: ['collant'] },
    { text: 'Elle appelle plusieurs fois par semaine et arrive sans rendez-vous, un peu envahissante.', errors: ['envahissante'] },
    { text: 'Il coupe la parole à tout le monde en atelier, assez insupportable.', errors: ['insupportable'] },
  ],
});

// talkative as a verdict, a side of character the person has, crises that are seizures, mistrust with its object
ruleTester(rule, {
  valid: [
    'Le logiciel est bavard en notifications.',
    'Le perroquet du salon est bavard.',
    'Elle anime un atelier pour enfants bavards.',
    "Il n'est pas bavard.",
    'Le poste a un côté difficile.',
    'Il a un côté manuel qui plaît aux recruteurs.',
    "Il fait des crises depuis l'adolescence et a déjà perdu connaissance sur un chantier.",
    "Elle fait des crises depuis l'enfance, « moins depuis que je prends le Keppra ».",
    'Il fait des crises, il prend de la Dépakine matin et soir.',
    'Ancien gilet jaune, il reste très méfiant envers les institutions.',
    'Elle reste méfiante vis-à-vis des banques depuis son surendettement.',
    'Il reste méfiant face aux arnaques en ligne.',
  ],
  invalid: [
    { text: "Très bavard, impossible de tenir l'entretien en 45 minutes.", errors: ['bavard'], output: `Très ${OBSERVATION.caractere}, impossible de tenir l'entretien en 45 minutes.` },
    { text: 'il est bavard et coupe la parole', errors: ['bavard'] },
    { text: 'Elle est très bavarde en atelier.', errors: ['bavarde'] },
    { text: 'Elle garde un côté méfiant avec tout le monde.', errors: ['côté méfiant'] },
    { text: 'Monsieur très méfiant, il refuse de signer.', errors: ['méfiant'] },
    { text: "Il fait des crises dès qu'on lui refuse quelque chose.", errors: ['fait des crises'] },
  ],
});

// a pushover in idioms, a judgement after the programme's words for the person — not denied, not a fact measured in time
ruleTester(rule, {
  valid: [
    'Il ne se laisse pas marcher sur les pieds.',
    'Participante active et ponctuelle.',
    'Usager du service depuis 2020.',
    "N'a rien fait depuis le dernier rdv, relance prévue.",
    'Apprenante inscrite au module 2.',
  ],
  invalid: [
    { text: 'Participante brouillonne dans ses papiers et qui se laisse marcher sur les pieds par son entourage.', errors: ['brouillonne', 'se laisse marcher sur les pieds'] },
    { text: 'Il se fait mener par le bout du nez par son frère.', errors: ['se fait mener par le bout du nez'] },
    { text: 'Un usager ingérable selon l’accueil.', errors: ['ingérable'] },
  ],
});

// a predicate word paired by « et » with a judgement found right after it, after « mais » or a comma — not a thing's qualities
ruleTester(rule, {
  valid: [
    'Le dossier est complet, mais brouillon et incomplet.',
    'Un CV correct, mais confus et un peu long.',
    "Il n'est pas brouillon et jamais je-sais-tout.",
  ],
  invalid: [
    { text: 'Très bon musicien, pédagogue sincère, mais brouillon et un peu je-sais-tout quand on lui fait une remarque.', errors: ['brouillon', 'je-sais-tout'] },
  ],
});

// partying and theatrical as traits, an over-protective parent, money handling judged; an idiom typed without its apostrophe
ruleTester(rule, {
  valid: [
    "Elle a suivi un atelier d'expression théâtrale.",
    'Il anime une troupe : improvisation théâtrale le jeudi.',
    'Compagnie théâtrale : poste de régisseur visé.',
    'Il a une formation théâtrale solide.',
    "Elle n'a aucune notion de budget prévisionnel en comptabilité, formation à prévoir.",
    'Module de gestion : aucune notion de budget requise pour le poste.',
    'Il travaille dans l’événementiel festif, soirées et bars.',
    'Elle élève des poules et vend les œufs de la ferme.',
    'Sa mère garde les enfants le mercredi.',
    "Elle tient un budget familial serré et n'a aucune dette.",
  ],
  invalid: [
    { text: 'Jeune femme souriante, un peu tête en l air, et fêtarde ça se voit.', errors: ['tête en l air', 'fêtarde'] },
    { text: "Participante très investie, mais théâtrale dès qu'on aborde son ancien poste.", errors: ['théâtrale'] },
    { text: 'Mme Marchal est une vraie mère poule.', errors: ['mère poule'] },
    { text: "Un papa poule qui ne veut pas d'horaires de nuit.", errors: ['papa poule'] },
    { text: 'Aucune notion de budget, il dépense tout dès le 5 du mois.', errors: ['Aucune notion de budget'] },
    { text: "Il n'a pas la notion de l'argent.", errors: ["pas la notion de l'argent"] },
    { text: 'Un peu noceur selon son frère.', errors: ['noceur'] },
  ],
});

// partying said of the person, not of others named with it
ruleTester(rule, {
  valid: [
    'Il a monté un club de lecture avec des voisins fêtards mais sympathiques.',
    'Ses colocataires fêtards l’empêchent de dormir avant ses prises de poste.',
  ],
  invalid: [
    { text: 'Elle est assez fêtarde, ça se voit le lundi.', errors: ['fêtarde'] },
    { text: 'Il reste un peu bringueur selon sa sœur.', errors: ['bringueur'] },
  ],
});

// affected manners judged, and a label after « peut paraître » (the writer's own hedged view, unlike « peur de paraître »)
ruleTester(rule, {
  valid: [
    'Il a peur de paraître arrogant en entretien.',
    'Elle craint de paraître hautaine auprès des clients.',
    'Le rapport doit paraître avant la fin du mois.',
    'Il peut paraître réservé au premier abord, il parle ensuite volontiers.',
    'Elle vend des articles de style maniériste au musée.',
    'Il a joué un rôle de cabotin au théâtre amateur de sa commune.',
    "Elle n'est pas du tout maniérée, très naturelle avec la clientèle.",
    'Il ne veut pas paraître pédant devant le jury.',
    'Son livre de poèmes doit paraître au printemps.',
    "Il évite de paraître snob avec les clients de l'agence.",
    'Elle explique de manière claire son parcours.',
    'Il connaît les bonnes manières du service en salle.',
    'Elle a sa manière de travailler, efficace selon son tuteur.',
    'Trop de manières différentes de remplir le dossier.',
    'Il présente les choses à sa manière.',
  ],
  invalid: [
    { text: "Monsieur peut paraître arrogant aux yeux d'un recruteur en boutique.", errors: ['arrogant'] },
    { text: 'Elle est trop maniérée pour la clientèle.', errors: ['maniérée'] },
    { text: 'Il pourrait paraître hautain en entretien.', errors: ['hautain'] },
    { text: 'Un peu pédant avec les autres stagiaires.', errors: ['pédant'] },
  ],
});
