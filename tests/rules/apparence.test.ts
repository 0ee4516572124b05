import rule from '../../rules/apparence.ts';
import { OBSERVATION } from '../../rules/lexicons/jugement.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // round 21: at the head of a team, a thing's air, a dash as a separator, a dress code, a sentence served, a retirement age
    "Il sera à la tête d'une équipe de six agents.",
    "Elle est à la tête d'un service de quinze personnes depuis 2019.",
    "Ce poste a l'air d'une bonne opportunité pour lui.",
    "Elle a l'air d'une personne fiable selon son tuteur de stage.",
    'Présentation -- atelier CV du 12/03.',
    'Tenue présentable exigée pour le poste d’hôte d’accueil.',
    'Le festival cherche des agents pour la tête d’affiche.',
    'Il a pris quinze ans aux assises en 2013.',
    'Il fait son âge de départ à la retraite en 2027.',
    // review: teeth cared for at work or of a tool, something else putting recruiters or customers off
    'Assistant dentaire, il soigne des dents sales toute la journée.',
    'Il a changé la lame, dents jaunies de la scie.',
    'Les trous de son CV risquent de rebuter les recruteurs, de la même façon que son absence de permis.',
    'Le prix risque de rebuter les clients, dit-il de la façon la plus calme.',
    // round 17: tattoos and piercings told as facts are observations
    'Couvert de tatouages jusqu’au visage.',
    "Tatoué jusqu'au cou, il postule en cuisine.",
    "Tatouages visibles sur les avant-bras ; l'hôtel demande qu'ils soient couverts.",
    'Piercing à la langue, à retirer pour le service selon le règlement.',
    // a likeness in a show, teeth as care, a CV gap putting recruiters off
    'Il a joué un rôle au théâtre avec une tête de taulard maquillée.',
    'Les trous dans son CV risquent de rebuter les recruteurs.',
    // a kitchen, a product, a caller's voice
    'Il travaille en cuisine : la salle empeste la friture.',
    'Le produit dégage une odeur, il faut des gants.',
    'Il a travaillé sur la gestion des odeurs : relents de gaz.',
    'Téléconseillère, elle a une voix agréable ; le client avait une voix insupportable.',
    // round 14: a voice at work, the size of an effort, a kennel as a workplace
    "L'orthophoniste travaille sur sa voix nasillarde depuis l'opération.",
    'Elle a un énorme potentiel commercial.',
    'Il a fait un énorme travail sur son CV.',
    'Elle travaillait dans un chenil, elle sent bon le propre.',
    'Elle prépare un CAP esthétique : maquillage de scène, trop maquillé pour la ville.',
    'Le règlement interdit la tenue trop courte en atelier.',
    // a good smell denied with no person as subject, feeling
    'ça sent pas bon pour son contrat',
    'La cuisine sent pas très bon.',
    'Il se sent pas bon en anglais.',
    'La cuisine sent le poisson, il faudra aérer le local.',
    'Le CV présente mal ses compétences ; atelier CV proposé.',
    "La route d'accès est dans un état lamentable depuis l'hiver.",
    // striking clothes as a rule of the job or as advice
    'Tenue voyante obligatoire sur le chantier.',
    'Conseils : éviter une tenue criarde le jour de l’entretien.',
    'Le poste exige une tenue présentable et des chaussures de sécurité.',
    'Tenue : sobre et propre, chaussures de sécurité à prévoir.',
    'Conseils sur la tenue à adopter pour les entretiens en magasin.',
    'Éviter une tenue négligée le jour de l’entretien : conseil donné.',
    'Il a travaillé dans le gros œuvre puis dans le commerce de gros.',
    'Il est gros consommateur de réseaux sociaux pour sa recherche.',
    'Une belle expérience de trois ans en réception.',
    'Photo d’identité à fournir pour la carte professionnelle.',
    'Formation hygiène et sécurité alimentaire (HACCP) validée.',
    'La présentation de son CV est soignée.',
    "Aucun problème d'hygiène signalé par le tuteur.",
    'Il se sent mieux depuis la reprise du sport.',
    'Elle sent que ce poste lui correspond.',
  ],
  invalid: [
    // round 21: likened to someone by the look, the age one looks, a look told as a scene, a heading rated with a minus
    { text: "Il a la gueule d'un boxeur, les clients risquent d'avoir peur.", errors: ["la gueule d'un boxeur"] },
    { text: "Il a le physique d'un déménageur, parfait pour la manutention.", errors: ["le physique d'un déménageur"] },
    { text: 'Elle fait dix ans de plus, la vie ne l’a pas épargnée.', errors: ['fait dix ans de plus'] },
    { text: "On aurait dit qu'elle n'avait pas dormi depuis des jours.", errors: ["On aurait dit qu'elle n'avait pas dormi"] },
    { text: 'Tenue : --, à revoir avant le job dating.', errors: ['Tenue : --'] },
    // review: a face likened to a type, with the elided article
    { text: "Il a une tête d'alcoolo.", errors: ["tête d'alcoolo"] },
    { text: 'Il a une gueule de taulard.', errors: ['gueule de taulard'] },
    // round 18: hygiene slang, body types, a face likened to a type
    { text: "Il est crade, les clients de l'hôtel se sont plaints.", errors: ['crade'] },
    { text: 'Une armoire à glace, loyal et ponctuel.', errors: ['Une armoire à glace'] },
    { text: 'Il a une tête de videur qui peut effrayer.', errors: ['tête de videur'] },
    // round 16/17: a likeness to a type, stained teeth, a look said to put recruiters off
    { text: "Tatoué jusqu'au cou, il a une tête de taulard.", errors: ['tête de taulard'] },
    { text: 'Cheveux verts : look de punk à chien.', errors: ['look de punk à chien'] },
    { text: 'Look de vieux rocker négligé, à revoir.', errors: ['Look de vieux rocker'] },
    { text: 'Haleine chargée et dents jaunies.', errors: ['Haleine chargée', 'dents jaunies'] },
    { text: 'Remarque : look qui risque de rebuter certains recruteurs.', errors: ['risque de rebuter'] },
    { text: 'Il sent le chenil.', errors: ['sent le chenil'] },
    { text: 'Elle empeste le tabac froid.', errors: ['empeste le tabac froid'] },
    { text: 'Elle a une voix nasillarde et insupportable.', errors: ['voix nasillarde'] },
    // round 14: smells of animals and kitchens, the voice judged, the body size
    { text: 'ASV qui sent le chenil, à revoir avant l’entretien.', errors: ['sent le chenil'] },
    { text: 'Voix nasillarde et insupportable au téléphone.', errors: ['Voix nasillarde'] },
    { text: "Elle était énorme avant l'opération.", errors: ['énorme'] },
    { text: 'Présentation trop maquillée pour un salon haut de gamme.', errors: ['trop maquillée'] },
    { text: 'Jupe trop courte et décolleté plongeant à l\'entretien.', errors: ['Jupe trop courte', 'décolleté plongeant'] },
    { text: 'elle sent pas très bon faudrait lui dire avant les entretiens', errors: ['sent pas très bon'] },
    { text: 'Il ne sent pas très bon.', errors: ['sent pas très bon'] },
    { text: 'mal fagotée pour un entretien en boutique', errors: ['mal fagotée'] },
    { text: 'Elle est peu soignée.', errors: ['peu soignée'] },
    { text: 'Il sent le poisson à chaque rendez-vous.', errors: ['sent le poisson'] },
    { text: 'Il ne présente pas bien, les employeurs le sentent.', errors: ['ne présente pas bien'] },
    { text: 'Logement dans un état lamentable, elle ne peut pas s’y organiser.', errors: ['dans un état lamentable'] },
    { text: 'Lors de la simulation, votre tenue était criarde ; une tenue sobre suffira.', errors: ['tenue était criarde'] },
    { text: 'Sa tenue était très voyante pour un entretien en banque.', errors: ['tenue était très voyante'] },
    { text: 'Elle était clinquante lors de l’entretien.', errors: ['clinquante'] },
    { text: 'Il avait une tête de déterré ce matin.', errors: ['tête de déterré'] },
    { text: 'Elle était pas très soignée au dernier rendez-vous.', errors: ['pas très soignée'] },
    {
      text: 'Hygiène corporelle douteuse, à revoir avant la PMSMP.',
      errors: [{ text: 'Hygiène corporelle douteuse', messageId: 'apparence', severity: 'warning', category: 'jugement' }],
      output: `${OBSERVATION.apparence}, à revoir avant la PMSMP.`,
    },
    { text: 'Il sentait le tabac froid pendant tout le rendez-vous.', errors: ['sentait le tabac froid'] },
    { text: 'Il pue l’alcool dès neuf heures.', errors: ['pue l’alcool'] },
    { text: 'Tenue vestimentaire très négligée lors du rendez-vous.', errors: ['Tenue vestimentaire très négligée'] },
    { text: 'Il était mal rasé et débraillé.', errors: ['mal rasé', 'débraillé'] },
    { text: 'Elle est très jolie, elle fera une bonne hôtesse.', errors: ['jolie'] },
    { text: 'Il est gros et ça risque de gêner sur le poste.', errors: ['gros'] },
    { text: 'Cheveux gras et ongles sales.', errors: ['Cheveux gras', 'ongles sales'] },
    { text: 'Présentation peu soignée, conseils donnés.', errors: ['Présentation peu soignée'] },
    { text: 'Il sent très fort la transpiration.', errors: ['sent très fort la transpiration'] },
    { text: 'Sa tenue laisse à désirer pour un poste en boutique.', errors: ['tenue laisse à désirer'] },
  ],
});

// rounds 19–20: a sickly or dressed-up look remarked
ruleTester(rule, {
  valid: ['Le cuir est très apprêté.', "Elle n'a jamais mauvaise mine."],
  invalid: [
    { text: 'Elle a le teint cireux et les traits tirés.', errors: ['teint cireux'] },
    { text: 'Toujours impeccable et très apprêtée, elle vise la formation.', errors: ['très apprêtée'] },
    { text: 'Il est arrivé avec une tête de déterré.', errors: ['tête de déterré'] },
  ],
});

// a note opening on the smell verb (its subject the person), fuels and trade smells, smells listed
ruleTester(rule, {
  valid: [
    'La cuisine sent la friture en fin de service.',
    'Le hangar sent le gasoil et le cambouis.',
    'Atelier : sent le cambouis, ventilation à revoir.',
  ],
  invalid: [
    { text: 'Sent la marée et le gasoil, à revoir avant tout entretien.', errors: ['Sent la marée et le gasoil'] },
    { text: 'Il sent le cambouis et la sueur.', errors: ['sent le cambouis et la sueur'] },
    { text: 'Sentait le fioul au dernier rendez-vous.', errors: ['Sentait le fioul'] },
  ],
});

// a place or a thing as the smell's subject, the person's clothes or breath still the person's
ruleTester(rule, {
  valid: [
    "La fromagerie sent fort, l'odeur ne la dérange pas.",
    'Le vestiaire sent la transpiration en fin de journée.',
    'Le bureau sentait le tabac froid.',
  ],
  invalid: [
    { text: 'Ses vêtements sentent la transpiration.', errors: ['sentent la transpiration'] },
    { text: 'Le jeune sent le tabac froid.', errors: ['sent le tabac froid'] },
  ],
});

// a look noun framing an insult is the insult's one finding (rules/propos-injurieux.ts); a bare look before a likeness is that likeness
ruleTester(rule, {
  valid: [
    'Il a une dégaine de clochard.',
    "Il a la dégaine d'un clochard.",
  ],
  invalid: [
    { text: 'Il a une dégaine de taulard.', errors: ['dégaine de taulard'] },
    { text: 'Il a une dégaine de vieux prof.', errors: ['une dégaine'] },
    { text: 'Il a une dégaine de clochard et une haleine de chacal.', errors: ['haleine de chacal'] },
  ],
});

// a look judged on arrival or as unfit for a job, and the judgement said before its look noun — not a thing, a workstation, the adverb, praise or a denied fault
ruleTester(rule, {
  valid: [
    "Il fait un sale temps aujourd'hui.",
    'Le linge sale au sous-sol.',
    "C'est un peu gros pour le poste, cette histoire.",
    'En gros pour le poste il faut le permis.',
    'Il a un gros poste à responsabilités.',
    'Le colis arrive abîmé.',
    'Elle est soignée dans sa tenue.',
    "Il n'est pas négligé dans sa tenue.",
    'Toujours très propre dans sa tenue.',
    'Conseils : ne pas être négligé dans sa tenue.',
    "Il n'est pas très à l'aise dans sa tenue de travail.",
  ],
  invalid: [
    { text: 'Elle arrive toujours sale aux rendez-vous.', errors: ['sale'] },
    { text: 'un peu gros pr le poste de livreur à vélo', errors: ['gros'] },
    { text: 'Il est trop maigre pour ce métier.', errors: ['trop maigre'] },
    { text: 'Elle est un peu soupe au lait, et pas toujours très nette dans sa tenue.', errors: ['pas toujours très nette dans sa tenue'] },
    { text: 'Il est peu soigné dans sa présentation.', errors: ['peu soigné dans sa présentation'] },
    { text: 'Il est négligé dans sa tenue.', errors: ['négligé dans sa tenue'] },
  ],
});

// appearance judged after « peut paraître »; not after « peur de paraître »
ruleTester(rule, {
  valid: [
    'Il a peur de paraître peu soigné avec sa tenue de chantier.',
  ],
  invalid: [
    { text: "Monsieur peut paraître peu soigné aux yeux d'un recruteur.", errors: ['peu soigné'] },
  ],
});
