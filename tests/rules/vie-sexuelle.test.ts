import rule from '../../rules/vie-sexuelle.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "Placé depuis ses six ans, il dit qu'il a deux mamans : sa mère et son assistante familiale.",
    "Elle organise un goûter pour les deux mamans de l'atelier parentalité.",

    // a relative's partner named after the subject pronoun (traps)
    "Il dit que sa fille vit en couple avec Julien.",
    "Il a une fille en couple avec Thomas.",
    "Elle dit que son frère vit en couple avec Sophie.",
    "Il est pacsé avec Julie depuis 2019.",
    "Elle est mariée avec Thomas.",
    "Elle vit en couple avec Marc.",
    'Elle a été mise en relation avec une femme qui recrute.',
    'Il est en relation avec un homme du service RH pour son dossier.',
    'Elle est en relation avec une femme chargée de son dossier.',
    'Il est en relation avec une femme depuis deux ans.',
    // pilgrimages, communities, refusals, roundabouts, mandates given by a union, producers' syndicates (traps)
    "Elle a travaillé dans un salon de massage thaï traditionnel.",
    "Chauffeur VTC, il a perdu sa carte après une condamnation pour racolage de clients à l'aéroport.",
    "Il fait du racolage de clients devant la gare pour son taxi clandestin.",
    // round 11: a cause or a meeting topic, ball passes (traps)
    "Réunion partenariale sur la lutte contre la prostitution et la traite.",
    "L'association lutte contre la prostitution des mineurs.",
    "Il a participé à une marche contre la prostitution organisée par la mairie.",
    "Il fait des passes à son coéquipier pendant le match.",
    // round 10: overseas and regional vocabulary (traps)
    "Il sortait avec un autre livreur pour faire les tournées du matin.",
    "Elle est mariée à un autre homme maintenant.",
    "Il prendra rendez-vous une autre fois avec un autre conseiller.",
    "Elle me dit : « je suis en couple avec un homme depuis dix ans ».",
    "Peintre en bâtiment, il maîtrise l'enduit avec finition lisse.",
    // short orientation words only as a label put on the person; a stage role in travesty
    'Il est bi-qualifié en soudure et chaudronnerie.',
    'Un pan entier de son activité a disparu.',
    'Le pan de mur est à reprendre.',
    'Il se dit bi-qualifié en logistique et en transport.',
    "Mezzo-soprano : elle chante le rôle travesti de Chérubin à l'opéra cet hiver.",
    'Elle a joué un personnage travesti au théâtre.',
    // dating apps as employers, warnings about scams, names and words that are also apps
    'Développeur chez Grindr pendant deux ans, il cherche un CDI.',
    'Il a fait un stage marketing chez Meetic.',
    'Atelier numérique : se méfier des arnaques sur les sites de rencontre.',
    'Il a joué Romeo dans la pièce du lycée.',
    'Zoe est sa fille aînée.',
    'Le club de Tinder Valley recrute.',
    // a noun of the subject's own gender or a role after « comme »; a relative living with a relative, a friend, a cared-for man
    'Il se présente comme un homme de confiance.',
    "Elle se présente comme une femme d'affaires.",
    'Il se présente comme une personne motivée.',
    "Son fils se sent comme un garçon timide à l'école.",
    'Elle se sent comme une petite fille devant son chef.',
    'Son père vit avec sa femme à Lyon.',
    "Son fils a un copain à l'école.",
    'Sa mère vit avec sa fille.',
    "Son frère habite avec un homme âgé dont il est l'aide à domicile.",
    'Sa fille vit avec un homme.',
    // a relative clause whose subject is not of the partner's gender, or that states no couple
    'La femme avec qui elle travaille l’a recommandée.',
    'La femme avec qui il vit en couple est infirmière.',
    'La fille avec qui elle vit est scolarisée en CE2.',
    'Elle cite une collègue, la femme qu’elle a remplacée.',
    'Il parle de la femme qu’il a épousée en 2010.',
    'La femme qu’elle aime bien, sa tutrice, la soutient.',
    // hiring preferences, compound nouns, football passes
    'Le recruteur préfère les garçons pour ce poste.',
    'Elle préfère les femmes comme collègues.',
    'Il aime les hommes de terrain.',
    'Elle aime les enfants et les animaux.',
    'Il fait des passes décisives dans son club de foot.',
    'Il faisait des passes à ses coéquipiers.',
    // « iel » alone is also the generic inclusive pronoun; sex work as a public of a service,
    'Chaque adhérent·e peut venir : iel sera accueilli·e.',
    'Elle travaille auprès des prostituées dans une association.',
    'Il a rempli la TDS du dossier.',
    'Il a été escorté par la police jusqu’à la sortie.',
    // partners of the other gender, other senses of the partner words, regional speech
    'Il vit avec sa femme et leurs trois enfants.',
    'Elle héberge son frère et son compagnon depuis l’hiver.',
    'Il a un compagnon de route depuis la formation.',
    'Elle cherche un poste de femme de ménage.',
    'Il est sorti du placard à balais avec les produits d’entretien.',
    'Il est gay friendly, selon la fiche de l’entreprise.',
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
    // a partner of the other gender, a child, a cleaner, a first name in general, the recommended wording
    "Elle et son mari viennent d'acheter une maison.",
    "Elle et sa fille viennent d'emménager à Niort.",
    'Elle et sa femme de ménage ont trouvé un accord.',
    'Lui et sa femme cherchent un logement.',
    'Elle sort avec un garçon de sa promo depuis un an.',
    'Il a une fille de trois ans.',
    'Elle sort avec sa fille le week-end.',
    'Il vit avec son épouse à Niort.',
    'Camille, prénom masculin ou féminin, prête parfois à confusion.',
    "Prénom d'usage : Camille.",
  ],
  invalid: [
    { text: 'Les enfants ont deux papas et il cherche une école.', errors: ['deux papas'] },

    { text: "Il est pacsé avec Julien depuis 2019 et cherche un poste.", errors: ["pacsé avec Julien"] },
    { text: "Elle explique qu'elle vit en couple avec Sophie.", errors: ["vit en couple avec Sophie"] },
    { text: "Elle est mariée avec Sophie et a deux enfants.", errors: ["mariée avec Sophie"] },
    { text: "Il vit en couple avec Karim à Lyon.", errors: ["vit en couple avec Karim"] },
    // an affair; a partner of the same gender told by "relation", "liaison", "aventure"
    { text: "Il a une relation extraconjugale avec une collègue, ce qui complique son retour.", errors: ['relation extraconjugale'] },
    { text: "Depuis l'été, elle est en relation avec une femme rencontrée au CHRS.", errors: ['relation avec une femme'] },
    { text: 'Il a une aventure avec un homme.', errors: ['aventure avec un homme'] },
    // nationalities of every state, overseas communities, pardons, ancestor altars, roundabouts, union mandates, third genders
    { text: "Elle a travaillé dans un salon de massage érotique à Perpignan avant de passer son CAP.", errors: ["salon de massage érotique"] },
    { text: "Elle faisait des shows sur webcam pour un site adulte.", errors: ["shows sur webcam"] },
    { text: "Elle se présente comme mahu et souhaite travailler dans l'hôtellerie.", errors: ["mahu"] },
    { text: "Il est raerae et vit à Papeete.", errors: ["raerae"] },
    { text: "Elle est fa'afafine selon sa famille.", errors: ["fa'afafine"] },
    { text: "Elle a été condamnée pour racolage sur la voie publique.", errors: ["racolage"] },
    // round 11: street slang with a place and a period
    { text: "Elle a fait des passes à Montpellier pendant deux ans.", errors: ["fait des passes"] },
    { text: "Elle est sortie de la prostitution avec l'aide d'une association.", errors: ["prostitution"] },
    // dating apps and sites: orientation and sex-life apps by themselves, generic ones for the person's own use
    { text: "Il a parlé de ses rencontres sur Grindr pendant l'atelier numérique.", errors: ['Grindr'] },
    { text: 'Elle est inscrite sur Her depuis un an.', errors: ['Her'] },
    { text: 'Il passe ses soirées sur Hornet.', errors: ['Hornet'] },
    { text: 'Il fréquente Wyylde le week-end.', errors: ['Wyylde'] },
    { text: 'Il est inscrit sur Meetic et sur Happn.', errors: ['Meetic', 'Happn'] },
    { text: 'Ses rencontres sur Tinder l’empêchent de dormir.', errors: ['Tinder'] },
    { text: 'Elle cherche des rencontres coquines en ligne.', errors: ['rencontres coquines'] },
    // a partner of the subject's own gender named in a relative clause
    { text: 'Elle a parlé de la femme avec qui elle vit en couple depuis cinq ans.', errors: ['la femme avec qui elle vit en couple'] },
    { text: "Il parle souvent de l'homme qu'il a épousé l'an dernier.", errors: ["l'homme qu'il a épousé"] },
    { text: 'Elle présente sa compagne, avec laquelle elle est pacsée.', errors: ['sa compagne, avec laquelle elle est pacsée'] },
    { text: "Il a présenté l'homme avec qui il partage sa vie.", errors: ["l'homme avec qui il partage sa vie"] },
    { text: 'La femme dont elle est amoureuse vit à Lyon.', errors: ['La femme dont elle est amoureuse'] },
    { text: "Elle et son épouse viennent d'acheter une maison près de Niort.", errors: ['Elle et son épouse'] },
    { text: 'Lui et son mari tiennent un restaurant.', errors: ['Lui et son mari'] },
    { text: 'Mme Diallo et son épouse ont déménagé.', errors: ['Mme Diallo et son épouse'] },
    { text: 'Elle vit avec son épouse à Niort.', errors: ['vit avec son épouse'] },
    { text: "Ses parents ont découvert qu'il sortait avec un garçon et l'ont mis dehors.", errors: ['sortait avec un garçon'] },
    { text: 'Elle sort avec une fille de sa promo depuis un an.', errors: ['sort avec une fille'] },
    { text: 'Son ancien prénom masculin figure encore sur son diplôme de CAP.', errors: ['Son ancien prénom masculin'] },
    { text: 'Le diplôme porte encore son prénom de naissance.', errors: ['son prénom de naissance'] },
    // the former first name after a stated transition is part of that finding
    { text: "L'adhérente est transgenre ; ses diplômes sont encore établis à son ancien prénom.", errors: ['transgenre'] },
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
    { text: 'Elle est non-binaire et utilise le pronom iel.', errors: ['non-binaire', 'pronom iel'] },
    { text: 'Il a exercé comme escort pendant deux ans.', errors: [{ text: 'escort', messageId: 'travail-sexe' }] },
    { text: "Elle est sortie de la prostitution avec l'aide d'une association.", errors: ['prostitution'] },
    { text: 'Elle a été travailleuse du sexe et souhaite se reconvertir.', errors: ['travailleuse du sexe'] },
    { text: 'Il est homo et ne veut pas que son employeur le sache.', errors: ['homo'], output: 'Il ne veut pas que son employeur le sache.' },
    { text: 'Il vit avec son mari à Montreuil.', errors: ['vit avec son mari'] },
    { text: 'Elle est pacsée avec une femme depuis 2019.', errors: ['pacsée avec une femme'] },
    { text: 'Elle est sortie du placard l’an dernier.', errors: ['est sortie du placard'] },
    { text: 'Il a été strip-teaseur avant sa formation.', errors: ['strip-teaseur'] },
    { text: 'Elle tournait des films porno pour payer ses études.', errors: ['films porno'] },
    { text: 'Il prend la PrEP et doit voir son médecin tous les trois mois.', errors: ['PrEP'] },
    { text: 'Il a démissionné à cause de remarques biphobes.', errors: ['biphobes'] },
    { text: 'Elle prend des hormones dans le cadre de sa transition.', errors: ['sa transition'] },
    { text: 'Il est né fille et a changé de prénom en 2021.', errors: ['né fille'] },
    { text: 'Ils sont échangistes, a-t-il confié.', errors: ['échangistes'] },
    { text: 'Non-binaire, iel souhaite être appelé·e par son prénom.', errors: ['Non-binaire'] },
    { text: 'Elle a travaillé dans l’escorting pendant trois ans.', errors: ['escorting'] },
    { text: 'Elle exerçait dans la prostitution avant son arrivée.', errors: ['prostitution'] },
    { text: 'Ancienne TDS, elle veut se former au secrétariat.', errors: ['TDS'] },
    { text: 'Il se définit comme demisexuel et ne souhaite pas que cela soit mentionné.', errors: ['demisexuel'] },
    { text: 'Elle se dit aromantique.', errors: ['aromantique'] },
    { text: 'Elle est asexuelle.', errors: ['asexuelle'] },
    // orientation in indirect words, sex-work slang
    { text: 'Il a toujours préféré les garçons et l’a longtemps caché.', errors: ['préféré les garçons'] },
    { text: 'Elle aime les femmes depuis l’adolescence.', errors: ['aime les femmes'] },
    { text: 'Il est attiré par les hommes.', errors: ['attiré par les hommes'] },
    { text: 'Elle a fait des passes pendant deux ans.', errors: ['fait des passes'] },
    { text: 'Elle faisait le tapin à Lyon.', errors: ['faisait le tapin'] },
    // gender identity without a keyword; a relative of known gender living with a partner of the same gender
    { text: 'Son fils de 17 ans se présente désormais comme une fille au lycée, ce qui tend la situation.', errors: ['se présente désormais comme une fille'] },
    { text: 'Sa fille se définit comme un garçon depuis deux ans.', errors: ['se définit comme un garçon'] },
    { text: 'Son ex-mari vit maintenant avec un homme et les enfants vont chez eux un week-end sur deux.', errors: ['vit maintenant avec un homme'] },
    { text: 'Sa sœur vit avec une femme depuis 2019.', errors: ['vit avec une femme'] },
    // short orientation words after a self-label verb
    { text: "Il se dit bi et s'est senti mis à l'écart.", errors: ['bi'] },
    { text: 'Elle se définit comme pan depuis le lycée.', errors: ['pan'] },
    { text: 'Elle se présente comme hétéro.', errors: ['hétéro'] },
    { text: 'Il s’assume gay depuis ses 20 ans.', errors: ['gay'] },
    { text: 'Il est pan, dit-il.', errors: ['pan'] },
    // round 10: overseas and regional vocabulary
    { text: "Ses collègues ont su qu'il sortait avec un autre chauffeur.", errors: ["sortait avec un autre chauffeur"] },
    { text: "Elle est en couple avec une autre aide-soignante depuis deux ans.", errors: ["couple avec une autre aide-soignante"] },
    { text: "Un parent l'a traité de « makoumè » devant l'école.", errors: ["makoumè"] },
    { text: "Les collègues le traitaient de masisi au dépôt.", errors: ["masisi"] },
    { text: "Il me dit : « je suis en couple avec un homme depuis dix ans ».", errors: ["couple avec un homme"] },
    { text: "Il a travaillé dans un salon de massage « avec finition » à Paris.", errors: ["avec finition"] },
  ],
});

// round 14: non-monogamy, self-labels with pride, transition by a verb or a treatment, a same-gender spouse past a place
ruleTester(rule, {
  valid: [
    'Il a fait sa transition professionnelle vers le commerce.',
    'Elle suit une hormonothérapie pour son cancer du sein.',
    'Elle travaille en trinôme avec deux collègues.',
    'Elle vit à Metz avec son mari et leurs deux enfants.',
    'Elle vit à Lyon avec sa fille.',
    "L'équipe doit transitionner vers le nouvel outil.",
    // BI as business intelligence, open dealings with colleagues, a flat of three rooms (traps)
    "Il vise un poste d'analyste BI et fier de son parcours.",
    "Consultant BI et fier de l'être, il cherche une mission.",
    'Il entretient des relations ouvertes avec ses collègues et ses fournisseurs.',
    'Elle a trouvé un ménage à trois pièces par semaine chez un particulier.',
  ],
  invalid: [
    { text: 'Elle vit en trouple avec deux hommes.', errors: ['trouple'] },
    { text: 'Elle se dit « bi et fière » au travail.', errors: ['bi'] },
    { text: 'Il a fait sa transition il y a quatre ans.', errors: ['sa transition'] },
    { text: "Elle transitionne depuis l'an dernier.", errors: ['transitionne'] },
    { text: 'Elle suit une hormonothérapie féminisante depuis 2022.', errors: ['hormonothérapie féminisante'] },
    { text: 'Il vit à Rezé avec son mari, Julien.', errors: ['vit à Rezé avec son mari'] },
    { text: 'Il vit depuis 2015 à Nantes avec son compagnon.', errors: ['vit depuis 2015 à Nantes avec son compagnon'] },
  ],
});

// sweep: the topic of a film or a book is not the person's life (traps); the person's own words about it still are
ruleTester(rule, {
  valid: [
    "Le film pour lequel il a été assistant de production traite de l'homosexualité dans le sport.",
    'Elle a relu un livre qui parle de la bisexualité, dans le cadre de son stage en édition.',
  ],
  invalid: [
    { text: "Il parle de son homosexualité avec le conseiller, sans gêne.", errors: ['homosexualité'] },
  ],
});

// a couple participle opening the sentence, the subject after the comma
ruleTester(rule, {
  valid: [
    'Mariée à un homme, elle cherche un poste.',
    'Marié à une femme, il cherche un poste.',
    "Marié à un homme d'affaires, il ne dit rien de plus.",
    'Installé avec sa fille, il cherche un logement.',
  ],
  invalid: [
    { text: "Marié à un homme, il craint les réactions de l'équipage.", errors: ['Marié à un homme'] },
    { text: 'Pacsée avec une femme, elle cherche un poste.', errors: ['Pacsée avec une femme'] },
    { text: 'En couple avec un homme depuis 2020, il vit à Brest.', errors: ['En couple avec un homme'] },
  ],
});

// a same-gender partner in a subjectless note after a colon: the sentence's subject gives the gender
ruleTester(rule, {
  valid: [
    'Elle a évoqué sa vie perso : en couple avec un homme depuis le printemps.',
    'Il parle de sa situation : en couple avec une femme, deux enfants.',
    'Il a un rendez-vous : mise en relation avec un homme du service RH.',
    "Il explique : vit avec un homme âgé dont il est l'aide à domicile.",
    'Il a noté : homme de terrain, en couple, deux enfants.',
  ],
  invalid: [
    { text: 'Il a évoqué spontanément sa vie perso : en couple avec un homme depuis le printemps.', errors: ['en couple avec un homme'] },
    { text: 'Elle a précisé : en couple avec une femme depuis 2019.', errors: ['en couple avec une femme'] },
  ],
});

// "genre" as a kind of art or of thing after a change
ruleTester(rule, {
  valid: [
    'Elle a changé de genre musical pour son projet de chorale.',
    'Il veut changer de genre littéraire et écrire des polars.',
    'Il a changé de genre de film pour sa chaîne vidéo.',
  ],
  invalid: [
    { text: "Elle a changé de genre à l'état civil l'an dernier.", errors: ['changé de genre'] },
    { text: 'Il souhaite changer de genre et a commencé un suivi.', errors: ['changer de genre'] },
  ],
});

// drag performance told of the person, not drag racing, a dredger or a venue's programme
ruleTester(rule, {
  valid: [
    'Il fait du drag racing sur circuit.',
    'Le bateau drague en drag-line.',
    'Il travaille en drague portuaire.',
    'Elle conduit une drague aspiratrice.',
    'Il a monté un bar qui organise des soirées drag.',
    'Il est technicien lumière pour un cabaret.',
    'Il ne fait pas du drag, il fait du théâtre.',
    'Elle a fait du dragage de sable en Guyane.',
    'Il a fait du drag car en Floride.',
    'La transition professionnelle vers la scène est son projet.',
  ],
  invalid: [
    { text: 'Le week-end il se produit en drag dans un bar de Saint-Pierre.', errors: ['se produit en drag'] },
    { text: 'Il fait du drag depuis deux ans.', errors: ['fait du drag'] },
    { text: 'Artiste drag le samedi, il ne veut pas que ça se sache.', errors: ['Artiste drag'] },
  ],
});

// a place of living between the couple verb and a partner of the subject's gender; « sa relation avec un autre homme »
ruleTester(rule, {
  valid: [
    'Il vit au foyer avec son compagnon de route.',
    'Elle vit au foyer avec sa fille.',
    'Il travaille au restaurant avec son compagnon.',
    'Il vit au foyer avec son frère.',
    'Elle a quitté son mari après sa relation avec un autre homme.',
    'Il a découvert la relation de sa femme avec un autre homme.',
    'Il a mis fin à sa relation avec un autre fournisseur.',
    'Elle vit dans un studio avec sa mère.',
  ],
  invalid: [
    { text: 'Il vit au HUDA avec son compagnon Samuel, rencontré à Athènes.', errors: ['vit au HUDA avec son compagnon'] },
    { text: 'Il vit au foyer avec son compagnon.', errors: ['vit au foyer avec son compagnon'] },
    { text: 'Elle habite dans un studio avec sa compagne.', errors: ['habite dans un studio avec sa compagne'] },
    { text: 'Il est parti quand sa relation avec un autre homme a été découverte par son oncle.', errors: ['sa relation avec un autre homme'] },
  ],
});

// « son couple avec une autre femme » said of a woman, the subject far before
ruleTester(rule, {
  valid: [
    "Il a expliqué qu'il avait perdu son emploi à cause de son couple avec une autre femme.",
    'Elle est en couple avec un autre homme depuis son divorce.',
  ],
  invalid: [
    { text: "Elle a expliqué au recruteur qu'elle était menacée dans son pays à cause de son couple avec une autre femme.", errors: ['son couple avec une autre femme'] },
  ],
});

// a title and a name as the subject of a couple verb; two fathers or two mothers
ruleTester(rule, {
  valid: [
    'Mme Diallo vit avec son mari à Annecy.',
    'Mme Diallo vit avec sa fille depuis son divorce.',
    'Mme Diallo vit avec sa femme de ménage.',
    'M. Martin vit avec son compagnon de route.',
    "M. Martin vit avec un homme âgé dont il est l'aide.",
    'M. Da Silva vit avec son épouse à Lyon.',
    'Mme Petit habite avec sa sœur et son compagnon.',
    'La crèche accueille les familles homoparentales et monoparentales.',
    "Elle a suivi une formation sur l'homoparentalité pour son poste d'éducatrice.",
    'Famille monoparentale : la mère travaille en horaires décalés.',
    'La crèche Arc-en-ciel recrute une auxiliaire.',
  ],
  invalid: [
    { text: 'Mme Kowalczyk vit avec son épouse, Siobhan, à Annecy.', errors: ['vit avec son épouse'] },
    { text: 'Mme Ferrer Cruz vit avec sa compagne à Lyon.', errors: ['vit avec sa compagne'] },
    { text: 'M. Da Silva est marié à un homme.', errors: ['marié à un homme'] },
    { text: 'Les enfants ont deux papas ; il cherche une crèche ouverte à toutes les familles.', errors: ['deux papas'] },
    { text: 'Famille homoparentale : les deux pères travaillent en horaires décalés.', errors: ['homoparentale'] },
    { text: 'Sa fille vit avec ses deux mamans à Grenoble.', errors: ['deux mamans'] },
  ],
});
