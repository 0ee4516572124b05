import rule from '../../rules/religion.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    "Il veut devenir mécanicien, c'est sa religion depuis l'enfance.",
    "La ponctualité, il en a fait sa religion.",

    // round 19/20 traps: a place's adjective at work, rites served by a trade
    "Elle a restauré des vitraux d'églises et de temples protestants pour un atelier d'art.",
    'Il a été chauffeur pour des pompes funèbres, y compris pour des cérémonies religieuses.',
    "Elle a effectué un remplacement au secrétariat d'une paroisse protestante.",
    "La pâtisserie orientale recrute des extras pour la période du ramadan.",
    "Agente de cantine, elle prépare les plats sans porc pour les enfants.",
    "Orthodoxe, la méthode du formateur a surpris.",
    "Elle vend des turbans en wax sur les marchés.",
    // round-18 additions in ordinary senses (traps): venues and events named after a feast, alms as a finance trade, dishes, organisations
    "Il a travaillé comme serveur au restaurant Nowruz à Paris.",
    "Elle a fait un stage au Losar, un restaurant tibétain.",
    "Elle a été bénévole à l'Onam Festival.",
    "Elle a organisé un événement Holi avec des poudres colorées pour l'équipe.",
    "Il a postulé comme analyste zakat dans une banque islamique.",
    "Il vise un poste d'analyste en finance islamique (zakat, sukuk).",
    "Elle a appris à cuisiner un turban de saumon au restaurant.",
    "Il a rejoint l'équipe Muslim Aid comme logisticien.",
    "Il vend des bains rituels dans son spa.",
    "Elle porte un turban depuis sa chimiothérapie.",
    "Il a suivi une formation sur les objets rituels africains.",
    "Le conducteur a consulté le pasteur pour la salle.",
    "Elle ne fête ni Noël ni le Nouvel An avec sa famille, trop loin.",
    "Il ne célèbre pas les anniversaires au bureau, c'est la règle de l'entreprise.",
    "Elle ne fête jamais les anniversaires, elle n'aime pas être le centre de l'attention.",
    'Chargée de mission à la Miviludes, elle luttait contre les dérives sectaires.',
    'Elle est la gourou du marketing digital.',
    "Il était membre du Club de l'Aube, une association de randonnée.",
    'Il a suivi une formation sur les dérives sectaires.',
    'Elle ne fête pas les anniversaires de ses collègues.',
    'Il ne fête plus Noël depuis le décès de sa mère.',
    "Elle n'a pas pu fêter Noël cette année.",
    'Il ne fête pas son anniversaire cette année.',
    // pilgrimages, communities, refusals, roundabouts, mandates given by a union, producers' syndicates (traps)
    "Il a demandé pardon de Saint-Malo à son employeur.",
    "Il a travaillé comme serveur pendant le pardon de Sainte-Anne.",
    "Il a fait le chemin de Saint-Jacques en randonnée sportive.",
    "C'est un manager charismatique et exigeant.",
    "Il vend des autels pour les églises dans une menuiserie.",
    "Le ciel se voile en fin de journée, il rentre à vélo.",
    "Il a été baptisé « le boss » par ses collègues.",
    "Il rédige des prêches pour un site de traduction.",
    "Elle a visité un sanctuaire shinto au Japon pendant ses vacances.",
    "Il est parti en stage dans une abbaye.",
    "Un rappel de loyers de la part de l'office HLM.",
    "Il a écrit à l'office public de l'habitat.",
    "Il a fait sa retraite chez Renault après 40 ans.",
    // round 11: absence, names given, sails, idioms, topics, a pension, jobs at a monastery (traps)
    "Elle ne suit aucune pratique religieuse particulière.",
    "Recruté comme cuisinier dans une abbaye, il n'est pas lui-même croyant.",
    "Elle ne se dit pas croyante.",
    "Elle n'a jamais porté le voile.",
    "Elle ne se voile pas la face sur ses difficultés.",
    "Elle fait de la voile et a retiré le voile du bateau.",
    "Il a pris sa retraite dans le Var en 2020.",
    "Cuisinière pour les retraites spirituelles de l'abbaye, elle cherche un CDI.",
    "Elle est femme de ménage dans un couvent.",
    "Il travaille à l'office de tourisme.",
    "Commis à l'office, il prépare les desserts.",
    "Elle fait office de référente.",
    "Il prêche pour sa paroisse quand il défend son projet.",
    "Il ne prêche pas dans le désert, il sait convaincre.",
    "Le logiciel a été baptisé Atlas.",
    "Le dispositif, baptisé « Cap Avenir », démarre en mars.",
    "Il a vu un concert des Vêpres siciliennes.",
    "Il a lu un livre sur le candomblé.",
    "Elle lit un roman sur l'islam.",
    // round 10: overseas and regional vocabulary (traps)
    "Elle est agent d'entretien à l'école coranique.",
    "Il a été boucher, découpe du bœuf et du porc.",
    // round 9: lay treatment names, substitution acronyms, church missions, worn marks, campaign agents, sports unions (traps)
    "Il a fait une mission d'intérim chez Renault.",
    "Mission de deux ans pour le Secours catholique comme chauffeur.",
    "Chargée de mission pour le diocèse de Lyon, elle cherche un nouveau poste.",
    "Il a fait une mission d'intérim pour la paroisse Saint-Jean en maçonnerie.",
    "Il a fait une mission de trois mois pour la paroisse comme agent d'entretien.",
    "La mission du diocèse est d'accueillir les migrants.",
    "Il a été en mission pour la Croix-Rouge en Haïti.",
    "Elle a suivi un cours sur l'histoire de l'évangélisation de l'Amérique latine.",
    "Elle vend des bindis et des bijoux sur les marchés.",
    // diets and medical fasting, a name given to a project, a job at a pilgrimage, a plain phrase
    'Elle pratique le jeûne intermittent pour perdre du poids.',
    'Il a fait un jeûne de 12 heures avant son bilan sanguin.',
    "Le projet a été baptisé Horizon par l'équipe.",
    "Guide au pèlerinage de Lourdes, il accueille les visiteurs l'été.",
    'Elle est porteuse du projet Vie et Lumière de la médiathèque.',
    'Le culte du résultat règne dans cette entreprise.',
    // objects, roles, rites and scriptures in other senses: idioms, products, courses, translation, a hike
    "Un chapelet d'insultes a fusé pendant l'atelier.",
    'Ce n’est pas un enfant de chœur, il a du caractère.',
    'Il élève un lama dans le Jura.',
    'Animatrice salariée chez les Scouts et Guides de France.',
    'Il confesse avoir oublié le rendez-vous.',
    'Il vend des kippas et des tapis de prière au marché.',
    'Il a traduit la Bible en créole pour un éditeur.',
    'Ce manuel est la bible du métier.',
    'Sa recherche d’emploi est un vrai chemin de croix.',
    'Le projet a été baptisé Horizon.',
    'Elle attend sa confirmation de poste.',
    'Il a fait le pèlerinage de Compostelle en randonnée.',
    'Il fait un pèlerinage sur les traces de son grand-père.',
    'Guide conférencière à la cathédrale de Chartres.',
    "Il a acheté un calendrier de l'Avent pour ses enfants.",
    "Elle enseigne la musique au collège près de l'église.",
    "Il chante lors des concerts donnés à l'église Saint-Paul.",
    // sacrament words as ordinary words; a degree word before a sport
    "Il attend la confirmation de son inscription à l'église Saint-Jean pour le concert.",
    "Elle a fait un baptême de l'air.",
    "Il travaille à la cathédrale, confirmation de l'embauche attendue.",
    'En attente de confirmation du rendez-vous.',
    'Il vit en communion avec la nature.',
    'Il est très pratiquant de la randonnée.',
    // conversions that are not a change of religion, or someone else's
    'Son contrat a été converti en CDI en mars.',
    'Conversion du permis étranger en cours à la préfecture.',
    'Formation : histoire des conversions au christianisme en Gaule.',
    'Elle a converti ses heures en jours de congé.',
    'Guide au musée, il présente la conversion au christianisme de Clovis.',
    // religious law as a topic, brotherhoods that are not religious, a young person
    'Un débat sur la charia a eu lieu à la radio.',
    'Il a suivi un cours sur la charia et le droit comparé.',
    'La confrérie des vignerons organise une fête.',
    'Il est membre d’une confrérie gastronomique.',
    'Un jeune du quartier l’accompagne aux rendez-vous.',
    // the diet word is the person's rule even when the canteen is named after the comma; « cacher » is first the verb,
    'Il mange vite pour cacher sa fatigue.',
    'Elle préfère cacher son handicap à l’employeur.',
    'Il a travaillé au rayon halal d’un supermarché.',
    // ministers as a target job, first names, pilgrimages as a season at work, work words next to the diet word
    'Il vise un poste d’aumônier en établissement pénitentiaire.',
    'Jean-Baptiste, son ancien collègue, lui a transmis l’offre.',
    'Saisonnier à Lourdes pendant la période des pèlerinages, il cherche un CDI.',
    'Guide touristique, elle fait visiter des abbayes et des chapelles romanes.',
    'Il vend des produits casher sur les marchés et cherche un local.',
    // public holidays
    'Agence fermée le lundi de Pentecôte, rendez-vous avancé au vendredi.',
    'Pendant les vacances de Noël, le magasin recrute des saisonniers.',
    // organisations and schools with a religious name
    'CAP petite enfance préparé au lycée privé Sainte-Marie.',
    'Bénévole au Secours catholique, elle anime l’aide aux devoirs.',
    'Il a été aide-soignant à l’hôpital protestant de Valbrune.',
    // laïcité training, topics
    'Module « Laïcité et fait religieux » suivi pendant la formation.',
    'Elle souhaite travailler dans la finance islamique.',
    // sailing, pastry, conventional, idiom, protest
    'Moniteur de voile l’été, il cherche un emploi pour l’hiver.',
    'Elle a réalisé une religieuse au café pour son CAP pâtissier.',
    'Une méthode de rangement peu orthodoxe mais efficace.',
    'Ce fournisseur a des pratiques pas très catholiques.',
    'Les salariés ont fait grève en protestant contre la fermeture.',
    // sports, formulas
    'Pratiquant le handball en club, il a l’esprit d’équipe.',
    'Prière de rappeler l’adhérente avant jeudi.',
    'Je vous prie de bien vouloir trouver ci-joint son CV.',
    // places and food as workplaces
    'Il vise un poste d’agent d’entretien dans une église.',
    'Chantier de restauration des vitraux de la cathédrale.',
    'Elle habite rue de l’Église à Castelroux.',
    'Trois ans de découpe en boucherie halal.',
    'En croyant bien faire, il a envoyé son CV sans lettre.',
    "Elle n'est pas croyante et ne souhaite pas en parler.",
    'Elle ne pratique aucune religion.',
    // a surname after a title, a congregation as an employer or a school, a firewalk as team-building, a service at work
    'Mme Chrétien, DRH du groupe, recevra les candidats le 14.',
    'M. Catholique est le tuteur de stage.',
    'Elle a travaillé dix ans dans une école tenue par une congrégation.',
    "Poste d'agent d'entretien pour une congrégation religieuse.",
    'Le séminaire de cohésion proposait une marche sur le feu aux managers.',
    "Il a nettoyé l'église à cause de la messe de Noël.",
    "Il a visité le temple tamoul de Saint-Pierre avec son groupe de formation tourisme.",
    "Il fait la plonge et l'office au restaurant.",
    "Il prêche la bonne parole de la méthode agile dans son équipe.",
    "Elle prêche pour la semaine de quatre jours auprès de la direction.",
    "Elle a prononcé ses vœux au personnel lors de la cérémonie de janvier.",
    "Il a fait sa confirmation de période d'essai.",
    "Elle a passé sa retraite chez les sœurs de Saint-Vincent comme aide-soignante.",
    "Il prend sa retraite au temple du judo.",
    "Il a fait une retraite au dojo de karaté avant les championnats.",
  ],
  invalid: [
    { text: 'Elle parle souvent de sa religion.', errors: ['sa religion'] },

    // round 19/20: first-person attendance, recited practices, national churches, a diet told with the faith
    { text: 'Je vais au temple hindou le vendredi soir.', errors: ['vais au temple hindou'] },
    { text: 'Elle récite le daimoku matin et soir.', errors: ['daimoku'] },
    { text: 'Il est arménien apostolique.', errors: ['arménien apostolique'] },
    { text: 'Elle est éthiopienne orthodoxe et jeûne le mercredi.', errors: ['éthiopienne orthodoxe'] },
    { text: "Elle souhaite poser deux jours pour la Korité.", errors: ["Korité"] },
    { text: "Absent pour le Kurban Bayramı, il a prévenu par SMS.", errors: ["Kurban Bayramı"] },
    { text: "Il refuse de travailler le soir de Samhain.", errors: ["Samhain"] },
    { text: "Elle a suivi son mari, pasteur d'une Église évangélique, au gré de ses affectations.", errors: ["pasteur d'une Église évangélique"] },
    { text: "Il a consulté un chaman en Amazonie.", errors: ["un chaman"] },
    { text: "Il fête Nowruz avec sa famille chaque printemps.", errors: ["Nowruz"] },
    { text: "Elle a pris ses congés pendant Onam pour aller en Inde.", errors: ["Onam"] },
    { text: "Il donne la zakat à la mosquée de son quartier.", errors: ["zakat", "mosquée"] },
    { text: "Il porte un turban et refuse de l'enlever au travail.", errors: ["porte un turban"] },
    { text: "Son père est hafiz et lui apprend l'arabe.", errors: ["hafiz"] },
    { text: "Orthodoxe, il ne déjeune pas avec l'équipe avant Pâques.", errors: ["Orthodoxe"] },
    { text: "Membre de la communauté bahá'íe, il jeûne du 2 au 20 mars.", errors: ["bahá'íe", "jeûne"] },
    { text: "Elle porte ses colliers de perles rituels au travail.", errors: ["colliers de perles rituels"] },
    { text: "Il précise que le port du turban n'a jamais posé de difficulté.", errors: ["port du turban"] },
    { text: "Elle ne célèbre ni Pâques ni Noël.", errors: ["ne célèbre ni Pâques ni Noël"] },
    // sects named by the person's membership, refused celebrations
    { text: "Elle était membre de la Fraternité de l'Aube, un groupe à caractère sectaire dont le fondateur est poursuivi.", errors: ["membre de la Fraternité de l'Aube", 'groupe à caractère sectaire'] },
    { text: 'Il a rejoint les Enfants de la Source, une communauté à caractère sectaire.', errors: ['rejoint les Enfants de la Source', 'communauté à caractère sectaire'] },
    { text: 'Elle est sortie d\'une emprise sectaire en 2023.', errors: ['emprise sectaire'] },
    { text: 'Il ne fête ni Noël ni les anniversaires et refuse les pots.', errors: ['ne fête ni Noël ni les anniversaires'] },
    // nationalities of every state, overseas communities, pardons, ancestor altars, roundabouts, union mandates, third genders
    { text: "Il part chaque été au pardon de Sainte-Anne-d'Auray avec les anciens.", errors: ["pardon de Sainte-Anne-d'Auray"] },
    { text: "Elle va tous les ans au pardon de Notre-Dame de Rumengol.", errors: ["pardon de Notre-Dame"] },
    { text: "Il a fait le chemin de Saint-Jacques l'an dernier.", errors: ["chemin de Saint-Jacques"] },
    { text: "Elle part chaque année au moussem de Moulay Idriss.", errors: ["moussem"] },
    { text: "Il se rend à la hilloula de Rabbi Haïm Pinto chaque hiver.", errors: ["hilloula"] },
    { text: "Elle fait partie d'une communauté charismatique où elle anime les chants.", errors: ["communauté charismatique"] },
    { text: "Il anime un groupe de prière le jeudi soir.", errors: ["groupe de prière"] },
    { text: "Elle fréquente une église de réveil à Créteil.", errors: ["église de réveil"] },
    { text: "Elle fait brûler de l'encens devant l'autel des ancêtres chaque matin.", errors: ["autel des ancêtres"] },
    { text: "Il pratique le culte des ancêtres.", errors: ["culte des ancêtres"] },
    { text: "Elle dépose des offrandes aux esprits chaque semaine.", errors: ["offrandes aux esprits"] },
    { text: "Il est parti à Madagascar pour le famadihana de son grand-père.", errors: ["famadihana"] },
    { text: "Il est parti trois semaines dans un ashram à Rishikesh.", errors: ["ashram"] },
    { text: "Il a fait une retraite chez les bénédictins.", errors: ["retraite chez les bénédictins"] },
    { text: "Pratiquante, elle ne travaille pas le vendredi soir.", errors: ["Pratiquante"] },
    { text: "Elle se rend chaque mois au monastère bouddhiste de la région.", errors: ["rend chaque mois au monastère bouddhiste"] },
    // round 11: past practice, retreats, minority religions, preaching, rites, litotes, services as a purpose
    { text: "Elle ne porte plus le foulard depuis son embauche.", errors: ["ne porte plus le foulard"] },
    { text: "Elle a enlevé son voile pour l'entretien.", errors: ["enlevé son voile"] },
    { text: "Elle part chaque été en retraite dans un monastère zen.", errors: ["retraite dans un monastère zen"] },
    { text: "Il fait une retraite spirituelle chaque année.", errors: ["retraite spirituelle"] },
    { text: "Elle fait des séjours dans un ashram en Inde.", errors: ["ashram"] },
    { text: "Elle est bahá'íe.", errors: ["bahá'íe"] },
    { text: "Sa famille est baha'ie.", errors: ["baha'ie"] },
    { text: "Il est caodaïste.", errors: ["caodaïste"] },
    { text: "Elle pratique le shinto.", errors: ["shinto"] },
    { text: "Elle est adventiste du septième jour.", errors: ["adventiste du septième jour"] },
    { text: "Il fait de la prédication en porte-à-porte.", errors: ["prédication"] },
    { text: "Il prêche le dimanche.", errors: ["prêche"] },
    { text: "Baptisé par immersion l'an dernier, il refuse de travailler le dimanche.", errors: ["Baptisé par immersion"] },
    { text: "Il a reçu le baptême à Pâques.", errors: ["a reçu le baptême"] },
    { text: "Il n'a plus de pratique religieuse depuis son divorce.", errors: ["pratique religieuse"] },
    { text: "On ne peut pas dire qu'il ne soit pas pratiquant.", errors: ["pratiquant"] },
    { text: "Il ne rate jamais la messe.", errors: ["ne rate jamais la messe"] },
    { text: "Elle tient à garder le dimanche matin pour la messe à la paroisse hispanophone.", errors: ["messe à la paroisse hispanophone"] },
    // round 9 classes
    { text: "Il a fait deux ans de mission pour l'Église adventiste en Italie.", errors: ["mission pour l'Église adventiste"] },
    { text: "Il a fait sa mission mormone au Brésil.", errors: ["mission mormone"] },
    { text: "Elle est partie en mission d'évangélisation au Bénin.", errors: ["mission d'évangélisation"] },
    { text: "Elle a fait une mission humanitaire avec sa paroisse.", errors: ["mission humanitaire avec sa paroisse"] },
    { text: "Il a fait un volontariat de deux ans pour l'Église évangélique.", errors: ["volontariat de deux ans pour l'Église évangélique"] },
    { text: "Il était en mission pour les adventistes au Togo.", errors: ["mission pour les adventistes"] },
    { text: "Il part évangéliser en Afrique chaque été.", errors: ["évangéliser"] },
    { text: "Elle porte un bindi rouge.", errors: ["bindi"] },
    { text: "Il porte un bracelet sikh au poignet.", errors: ["bracelet sikh"] },
    { text: "Elle porte la perruque religieuse depuis son mariage.", errors: ["perruque religieuse"] },
    // objects of worship, lay roles and volunteering, rites, scriptures, confessional movements
    { text: 'Il porte le kirpan, point à aborder avec la sécurité.', errors: ['kirpan'] },
    { text: 'Elle met ses tefillin le matin.', errors: ['tefillin'] },
    { text: 'Il garde toujours son tasbih dans la poche.', errors: ['tasbih'] },
    { text: 'Bénévole comme catéchiste le mercredi après-midi.', errors: ['Bénévole comme catéchiste'] },
    { text: "Elle est servante d'autel à la paroisse.", errors: ["servante d'autel"] },
    { text: 'Son fils est enfant de chœur le dimanche.', errors: ['enfant de chœur'] },
    { text: 'Il fait la salat pendant sa pause.', errors: ['salat'] },
    { text: 'Il fait ses ablutions avant de reprendre.', errors: ['ablutions'] },
    { text: 'Elle va se faire baptiser à Pâques.', errors: ['se faire baptiser'] },
    { text: 'Elle prépare son baptême.', errors: ['son baptême'] },
    { text: 'Elle lit le Coran chaque jour.', errors: ['Coran'] },
    { text: 'Il récite des sourates le soir.', errors: ['sourates'] },
    { text: 'Il est chef scout aux Scouts musulmans de France.', errors: ['Scouts musulmans de France'] },
    { text: 'Membre de la Jeunesse ouvrière chrétienne depuis ses 16 ans.', errors: ['Jeunesse ouvrière chrétienne'] },
    { text: 'Il part au Magal de Touba en octobre.', errors: ['Magal de Touba'] },
    { text: 'Il enseigne le catéchisme aux enfants le mercredi.', errors: ['enseigne le catéchisme'] },
    { text: "Elle fait le jeûne de l'Avent.", errors: ["jeûne de l'Avent"] },
    { text: 'Elle chante à la chorale de la paroisse tous les dimanches.', errors: ['paroisse'] },
    // a change of religion, even next to a religious employer
    { text: "Il a quitté son emploi à l'évêché après sa conversion au judaïsme.", errors: ['conversion au judaïsme'] },
    { text: "Il s'est converti au catholicisme à vingt ans.", errors: ["s'est converti au catholicisme"] },
    { text: "Elle s'est convertie à la religion musulmane avant son mariage.", errors: ["s'est convertie à la religion musulmane"] },
    { text: 'Converti au bouddhisme, il médite chaque matin.', errors: ['Converti au bouddhisme'] },
    { text: "Il envisage de se convertir à l'islam.", errors: ["se convertir à l'islam"] },
    { text: 'Elle fait du porte-à-porte pour sa congrégation le samedi.', errors: ['fait du porte-à-porte pour sa congrégation'] },
    { text: "Il est membre d'une congrégation évangélique à Niort.", errors: ["membre d'une congrégation évangélique"] },
    { text: 'Il chante dans son assemblée évangélique le dimanche.', errors: ['chante dans son assemblée évangélique'] },
    { text: "Elle ne peut pas travailler le dimanche matin à cause de l'office religieux.", errors: ['office religieux'] },
    { text: 'Indisponible le vendredi en raison de la messe.', errors: ['messe'] },
    { text: 'Le dimanche, il ne travaille pas à cause du culte.', errors: ['culte'] },
    { text: 'Il fait la marche sur le feu chaque janvier et demande deux jours de congé.', errors: ['marche sur le feu'] },
    { text: 'Demande à ne pas travailler pendant le Dipavali pour préparer les offrandes.', errors: ['Dipavali'] },
    { text: 'Elle porte le kavadi au Thaipusam chaque année.', errors: ['kavadi', 'Thaipusam'] },
    { text: 'Il va au temple tamoul de Saint-André chaque vendredi.', errors: ['va au temple tamoul'] },
    {
      text: 'Musulman pratiquant, il souhaite des horaires adaptés.',
      errors: [{ text: 'Musulman pratiquant', messageId: 'religion', severity: 'error', category: 'religion' }],
      output: 'Il souhaite des horaires adaptés.',
    },
    {
      text: 'Durant le ramadan, elle préfère les rendez-vous du matin.',
      errors: [{ text: 'ramadan', messageId: 'pratique' }],
      output: "Durant certaines périodes de l'année, elle préfère les rendez-vous du matin.",
    },
    {
      text: "L'adhérente est juive et respecte le shabbat : pas disponible le samedi.",
      errors: ['juive', 'shabbat'],
      output: 'Pas disponible le samedi.',
    },
    { text: 'Il est bouddhiste et médite chaque matin.', errors: ['bouddhiste'] },
    { text: 'Elle est de confession protestante.', errors: ['de confession protestante'] },
    { text: 'Témoins de Jéhovah, ses parents refusent les fêtes.', errors: ['Témoins de Jéhovah'] },
    { text: 'Il se dit athée.', errors: ['athée'] },
    { text: 'Très croyante, elle ne travaille pas le dimanche.', errors: ['croyante'] },
    { text: 'Il est pratiquant et jeûne régulièrement.', errors: ['pratiquant'] },
    { text: 'Pour des raisons religieuses, il refuse de manipuler de l’alcool.', errors: ['raisons religieuses'] },
    { text: 'Elle porte le foulard et craint les refus.', errors: ['porte le foulard'] },
    { text: 'Femme voilée, elle redoute les entretiens.', errors: ['voilée'] },
    { text: 'Il porte la kippa au quotidien.', errors: ['porte la kippa'] },
    { text: 'Il va à la mosquée tous les vendredis.', errors: ['va à la mosquée'] },
    { text: 'Elle est bénévole dans sa paroisse depuis dix ans.', errors: ['sa paroisse'] },
    { text: 'Il ne mange que casher.', errors: ['casher'] },
    { text: 'Absent la semaine prochaine pour Yom Kippour.', errors: ['Yom Kippour'] },
    { text: 'Elle observe le carême chaque année.', errors: ['carême'] },
    { text: 'Il fait ses prières sur le temps de pause.', errors: ['prières'] },
    { text: 'Converti à l’islam en 2018, il a changé de prénom.', errors: ['Converti à l’islam'] },
    { text: 'Sa famille, très catholique traditionaliste, ignore son projet.', errors: ['catholique traditionaliste'] },
    { text: 'Il est chrétien orthodoxe.', errors: ['chrétien orthodoxe'] },
    { text: 'Elle est baptiste et chante le dimanche.', errors: ['baptiste'] },
    { text: 'Il est quaker depuis son adolescence.', errors: ['quaker'] },
    { text: 'Sa compagne est mormone.', errors: ['mormone'] },
    { text: 'Son père est imam dans une petite ville.', errors: [{ text: 'imam', category: 'religion' }] },
    { text: 'Ancien séminariste, il se tourne vers l’enseignement.', errors: ['Ancien séminariste'] },
    { text: 'Il a fait son pèlerinage à Compostelle au printemps.', errors: ['pèlerinage'] },
    { text: 'Il ne mange pas de porc et préfère la cantine de l’école voisine.', errors: ['pas de porc'] },
    { text: 'Il porte une croix et un chapelet au travail.', errors: ['porte une croix', 'chapelet'] },
    { text: 'Il est de culture juive, non pratiquant.', errors: ['de culture juive', 'non pratiquant'] },
    { text: 'Il refuse les astreintes du vendredi pour raisons religieuses.', errors: ['raisons religieuses'] },
    { text: 'Elle mange halal et demande des repas adaptés en formation.', errors: ['halal'] },
    { text: '« Je prie chaque midi », précise-t-il.', errors: ['prie'] },
    { text: 'Il mange casher, la restauration collective de l’entreprise pose problème.', errors: ['casher'] },
    { text: 'Elle mange halal, la cantine de l’usine ne le propose pas.', errors: ['halal'] },
    { text: 'Il mange cacher depuis son mariage.', errors: ['cacher'] },
    { text: 'Il fait le jeûne du ramadan chaque année.', errors: ['jeûne du ramadan'] },
    // religious law kept, brotherhoods, fasts and mourning periods of other faiths
    { text: 'Elle respecte la cacherout et refuse les repas du restaurant.', errors: ['respecte la cacherout'] },
    { text: 'Il suit strictement la charia dans sa vie quotidienne.', errors: ['suit strictement la charia'] },
    { text: 'Elle respecte scrupuleusement les règles de la halakha.', errors: ['respecte scrupuleusement les règles de la halakha'] },
    { text: 'Il appartient à la confrérie bektachie.', errors: ['confrérie bektachie'] },
    { text: 'Elle fréquente une confrérie soufie depuis l’enfance.', errors: ['confrérie soufie'] },
    { text: 'Il est membre de la confrérie des mourides.', errors: ['confrérie des mourides'] },
    { text: 'Il souhaitait s’absenter pour le jeûne du Matem.', errors: ['jeûne du Matem'] },
    { text: 'Elle sera absente pendant le jeûne de Tisha Beav.', errors: ['jeûne de Tisha Beav'] },
    { text: 'Il observe le deuil de Muharram chaque année.', errors: ['deuil de Muharram'] },
    // a degree word inside the phrase, sacraments with a religious word, minority churches' festivals and their services
    { text: "Sa belle-famille, très pratiquante, attend qu'elle arrête de travailler.", errors: ['très pratiquante'] },
    { text: 'Sa fille prépare sa confirmation à la cathédrale, pas de rendez-vous le samedi.', errors: ['confirmation'] },
    { text: 'Le baptême de son fils par le pasteur a lieu dimanche.', errors: ['baptême'] },
    { text: "Le rendez-vous est décalé : sa mère l'emmène à la veillée de Pâques orthodoxe.", errors: ['veillée de Pâques orthodoxe'] },
    { text: 'Elle fête le Noël orthodoxe le 7 janvier.', errors: ['Noël orthodoxe'] },
    // Travellers' practice; practice told with a verb
    { text: 'Elle se rend chaque année au pèlerinage des Saintes-Maries-de-la-Mer fin mai.', errors: ['pèlerinage des Saintes-Maries-de-la-Mer'] },
    { text: "Il participe aux conventions de Vie et Lumière l'été.", errors: ['Vie et Lumière'] },
    { text: 'Il est membre de la Mission évangélique tzigane.', errors: ['Mission évangélique tzigane'] },
    { text: 'Il demande à finir à 19 h pour rompre le jeûne en famille.', errors: ['rompre le jeûne'] },
    { text: 'Il jeûne pendant un mois et demande des horaires aménagés.', errors: ['jeûne'] },
    { text: 'Elle se fait baptiser à Pâques et a posé une semaine.', errors: ['se fait baptiser'] },
    { text: 'Il va au culte tous les dimanches et ne travaille pas ce jour-là.', errors: ['va au culte'] },
    { text: 'Elle fait ses prières sur son lieu de travail.', errors: ['prières'] },
    // round 10: overseas and regional vocabulary
    { text: "Il pratique le candomblé avec sa famille.", errors: ["candomblé"] },
    { text: "Il pratique la santería depuis son enfance.", errors: ["santería"] },
    { text: "Il enseigne à l'école coranique du quartier le matin.", errors: ["enseigne à l'école coranique"] },
    { text: "Il donne des cours à la madrasa le samedi.", errors: ["cours à la madrasa"] },
    { text: "Absente la semaine du Maoulida, elle a prévenu.", errors: ["Maoulida"] },
    { text: "Elle ne mange pas de bœuf et demande un autre plat à la cantine.", errors: ["pas de bœuf"] },
    { text: "Il prêche l'Évangile sur les marchés.", errors: ["prêche"] },
    { text: "Elle a prononcé ses vœux perpétuels au carmel en 2010.", errors: ["prononcé ses vœux"] },
    { text: "Elle assiste à l'office le dimanche.", errors: ["assiste à l'office"] },
    { text: "Il fait une retraite au monastère de Ganagobie chaque été.", errors: ["retraite au monastère"] },
    { text: "Il part en retraite au sanctuaire de Notre-Dame.", errors: ["retraite au sanctuaire"] },
  ],
});

// round 13: a role in a play, rites known or served at work, a past clergy office, the Belgian electronic identity card
ruleTester(rule, {
  valid: [
    "Il a joué Tartuffe, le faux dévot, pendant tout le festival off d'Avignon.",
    'Elle a interprété une religieuse dans une pièce de Diderot.',
    'Conseiller funéraire, il organise des obsèques civiles comme religieuses et connaît les rites juif et musulman.',
    'Thanatopracteur, il connaît les rites funéraires catholiques, juifs et musulmans.',
    'Elle connaît les interdits alimentaires musulmans par sa formation en restauration collective.',
    "Carte eID n° 592-1347810-21 présentée à l'inscription.",
    'Il a oublié le code PIN de son eID belge.',
    // a parish's paid job, a kitchen's evening service (traps)
    'Il a été embauché comme sacristain par la paroisse Saint-Pierre.',
    'Elle cherche un poste de bedeau en CDD pour le diocèse.',
    "Commis de cuisine, il a fait la plonge à l'office du soir.",
  ],
  invalid: [
    { text: 'Il respecte les rites juifs à la maison.', errors: ['juifs'] },
    { text: 'Il joue au foot le dimanche et il est catholique pratiquant.', errors: ['catholique pratiquant'] },
    { text: 'Comédienne, elle est catholique et va à la messe.', errors: ['catholique', 'va à la messe'] },
    { text: 'Son mari était pasteur dans une église évangélique.', errors: ['pasteur'] },
    { text: 'Il est sacristain bénévole de sa paroisse.', errors: ['sacristain'] },
    { text: "Elle ne travaille pas le vendredi soir à cause de l'office du vendredi soir.", errors: ['office'] },
    { text: 'Ancien pasteur, il reste très croyant et prêche encore le dimanche.', errors: ['Ancien pasteur', 'croyant', 'prêche'] },
    // round 18: a past clergy office reveals a past belief
    { text: 'Ancien imam, il cherche un poste de médiateur.', errors: ['Ancien imam'] },
    { text: 'Il était prêtre avant de quitter les ordres et de se marier.', errors: ['prêtre'] },
    { text: 'Il fête l’Eid en famille chaque année.', errors: ['Eid'] },
  ],
});

// round 14: lay offices of a congregation, services by their liturgical names
ruleTester(rule, {
  valid: [
    'Elle travaille comme secrétaire au consistoire israélite de Paris.',
    'Le service divers de la mairie recrute.',
    'Il assure le service du dimanche au restaurant.',
    "Il travaille à l'office de tourisme le vendredi soir.",
  ],
  invalid: [
    { text: 'Il est conseiller presbytéral de sa paroisse.', errors: ['conseiller presbytéral'] },
    { text: 'Elle est membre du consistoire de sa communauté.', errors: ['membre du consistoire'] },
    { text: 'Il a été élu au conseil paroissial.', errors: ['élu au conseil paroissial'] },
    { text: 'Il ne travaille pas le dimanche matin à cause du service divin.', errors: ['service divin'] },
    { text: "Il assiste à l'office du vendredi soir.", errors: ["assiste à l'office"] },
  ],
});

// round 18: a religious life left behind or kept, alms, English names, trust in God, offices in a faith's association
ruleTester(rule, {
  valid: [
    'Il a quitté le séminaire de management avant la fin.',
    'Il a quitté le clergé de la finance pour se reconvertir.',
    "Elle a prononcé ses premiers vœux de bonne année à l'équipe.",
    'Elle a quitté le noviciat de la Poste.',
    "Elle a quitté l'habit de pompier volontaire en 2020.",
    'Il a quitté son ordre de mission sur le bureau.',
    "Il cherche un poste d'aumônier à l'hôpital.",
    'Il a travaillé comme comptable à la CAVIMAC.',
    'Une école tenue par une congrégation religieuse.',
    'Il dit qu\'il a perdu la foi en la politique.',
    'Il garde la foi dans son projet de création.',
    "Il porte l'habit de cérémonie pour le mariage.",
    'Trésorière de l\'association sportive de Lorient, elle gère les cotisations.',
    'Bénévole au Secours catholique, il distribue des colis.',
    "Il fait le ménage à l'église de la rue Victor-Hugo.",
    'Elle est novice en informatique.',
    'C\'est un travail de bénédictin.',
  ],
  invalid: [
    { text: 'Ex-religieuse, elle cherche un emploi de secrétaire.', errors: ['Ex-religieuse'] },
    { text: 'Ancienne nonne, elle cherche un emploi de secrétaire.', errors: ['Ancienne nonne'] },
    { text: 'Ex-imam, il cherche un emploi de chauffeur.', errors: ['Ex-imam'] },
    { text: "Il a été relevé de ses vœux l'an dernier.", errors: ['relevé de ses vœux'] },
    { text: 'Il est en froid avec ses parents depuis qu\'il a quitté le séminaire.', errors: ['quitté le séminaire'] },
    { text: 'Elle a quitté le couvent en 2022.', errors: ['quitté le couvent'] },
    // leaving is told once when the sentence already names the faith or the office
    { text: "Ancienne religieuse, elle a quitté l'abbaye après vingt ans.", errors: ['Ancienne religieuse'] },
    { text: 'Elle est défroquée depuis dix ans.', errors: ['défroquée'] },
    { text: "Elle ne porte plus l'habit depuis mars.", errors: ["ne porte plus l'habit"] },
    { text: 'Elle dit avoir gardé la foi.', errors: ['gardé la foi'] },
    { text: 'Elle a perdu la foi après le décès de son fils.', errors: ['a perdu la foi'] },
    { text: 'Ses trimestres relèvent de la CAVIMAC.', errors: ['CAVIMAC'] },
    { text: 'Elle a vécu vingt ans dans une congrégation de religieuses.', errors: ['congrégation de religieuses'] },
    { text: 'Trésorière de l\'association culturelle musulmane de Lorient, elle gère la collecte.', errors: ['association culturelle musulmane'] },
    { text: 'Elle verse la zakat chaque année.', errors: ['zakat'] },
    { text: 'Il donne au denier du culte.', errors: ['denier du culte'] },
    { text: 'Il est Muslim et ne mange pas de porc.', errors: ['Muslim', 'pas de porc'] },
    { text: 'Selon lui, « Dieu décidera » s\'il trouve du travail.', errors: ['Dieu décidera'] },
    { text: "Inch'Allah, il aura son permis en juin.", errors: ["Inch'Allah"] },
    { text: 'Il est catholique et chante à la messe de la paroisse de la rue de la Forge.', errors: ['catholique', 'chante à la messe'] },
  ],
});

// sweep: a delivery to a place of worship, shop windows for a feast's season (traps); attendance and the person's feast still are
ruleTester(rule, {
  valid: [
    'Il a livré des colis au temple protestant du quartier pour un transporteur.',
    "Elle a décoré des vitrines pour l'Aïd et Noël dans une galerie marchande, en tant qu'étalagiste.",
  ],
  invalid: [
    { text: 'Il va au temple protestant chaque dimanche.', errors: ['va au temple protestant'] },
    { text: "Livreur, il ne travaille pas le jour de l'Aïd.", errors: ['Aïd'] },
  ],
});

// round 21: devotion named by its deity
ruleTester(rule, {
  valid: ['Il a vu la statue de Krishna au musée Guimet.'],
  invalid: [{ text: 'Adepte de Krishna, elle suit un régime strict.', errors: ['Adepte de Krishna'] }],
});

// a first name shaped like a rite, and mantras as a figure of speech
ruleTester(rule, {
  valid: [
    'Mme Aarti Sharma, ingénieure qualité, cherche un poste en agroalimentaire.',
    'Simran, 24 ans, inscrite à la Mission locale, vise un BTS commerce.',
    "Elle se répète des mantras positifs avant chaque entretien d'embauche.",
  ],
  invalid: [
    { text: 'Elle fait son aarti chaque soir avant de dormir.', errors: ['aarti'] },
    { text: 'Il récite le Daimoku chaque matin.', errors: ['Daimoku'] },
  ],
});

// a fast named by its month, sabbats, "orthodoxe" with its practice word, the free-thought federation, meditation and
// accompaniment at a place, a place's festival, a church named by its doctrine; rites listed in a funeral trade (traps)
ruleTester(rule, {
  valid: [
    'Il a fait un jeûne de février pour perdre du poids.',
    "Il a un esprit de libre pensée qui plaît aux recruteurs.",
    "- 2017-2024 : directrice d'agence. Organisation d'obsèques civiles et religieuses (rites catholique, copte, arménien apostolique, bouddhiste theravada), coordination avec les paroisses.",
    'Il accompagne des groupes de touristes à la cathédrale comme guide.',
    'Il médite chaque matin avant le travail.',
    'Elle a tenu le stand à la fête de la paroisse pour son employeur.',
    "- Commande en cours : restauration des portes du temple tamoul de la Rivière-des-Songes, chantier de six semaines.",
    "Il a suivi un cours d'histoire sur l'Église de scientologie.",
    "Il a repeint les locaux de l'Église de scientologie pour son employeur.",
  ],
  invalid: [
    { text: "De confession bahá'íe, elle refuse les missions longues pendant le jeûne de mars.", errors: ["De confession bahá'íe", 'jeûne'] },
    { text: 'Elle ne souhaite pas de RDV en fin de journée pendant le mois du jeûne.', errors: ['mois du jeûne'] },
    { text: 'Elle se dit wiccane et célèbre les sabbats avec son cercle.', errors: ['wiccane', 'sabbats'] },
    { text: 'Orthodoxe pratiquante, elle observe le grand carême.', errors: ['Orthodoxe pratiquante', 'grand carême'] },
    { text: 'Il est orthodoxe non pratiquant.', errors: ['orthodoxe non pratiquant'] },
    { text: 'Membre actif de la Libre Pensée, il refuse les établissements confessionnels.', errors: ['Libre Pensée'] },
    { text: 'Il médite le dimanche dans une pagode theravada.', errors: ['pagode theravada'] },
    { text: 'Le dimanche matin il accompagne son épouse à la pagode et ne travaille pas.', errors: ['pagode'] },
    { text: 'Accompagne sa grand-mère, hindoue pratiquante, aux fêtes du temple tamoul chaque été.', errors: ['hindoue pratiquante', 'fêtes du temple tamoul'] },
    { text: "J'ai fait deux ans de cours à l'Église de scientologie vers 20 ans.", errors: ['Église de scientologie'] },
  ],
});

// taking someone to a rite is attending it only with a relative; a diet word coordinated with another shares its neighbours;
// the federation's capital is not the sentence's
ruleTester(rule, {
  valid: [
    "En tant qu'AES, elle accompagne les résidents à la messe du dimanche dans l'EHPAD.",
    'Elle travaille comme cuisinière dans une cantine qui sert des repas halal et casher.',
    'Libre pensée et curiosité sont ses principales qualités selon son tuteur.',
  ],
  invalid: [
    { text: 'Il mange halal et casher selon les jours.', errors: ['halal', 'casher'] },
    { text: 'Il emmène ses enfants à la messe chaque dimanche.', errors: ['messe'] },
  ],
});

// a people's hyphenated name whose second half is a faith word is an origin (origine rule), not a faith
ruleTester(rule, {
  valid: ["L'adhérent est assyro-chaldéen et s'exprime surtout en soureth à la maison."],
  invalid: [
    { text: 'Réfugiée irakienne, elle est chaldéenne et porte une croix.', errors: ['chaldéenne', 'porte une croix'] },
    { text: "Il est membre de l'Église assyro-chaldéenne de Sarcelles.", errors: ["membre de l'Église", 'chaldéenne'] },
  ],
});

// documents of a faith handled as work (cataloguing, translating, restoring) are no belief; reading them as practice is
ruleTester(rule, {
  valid: [
    "Elle a participé au catalogage d'un fonds de manuscrits persans, dont des textes zoroastriens, pour la bibliothèque.",
    'Elle a traduit des textes bouddhistes pour un éditeur.',
    'Il restaure des manuscrits musulmans anciens pour un musée.',
  ],
  invalid: [
    { text: 'Il lit des textes bouddhistes chaque soir pour méditer.', errors: ['bouddhistes'] },
    { text: 'Il est musulman et travaille en bibliothèque.', errors: ['musulman'] },
  ],
});

// pilgrimages organised in the plural are a trade; one's own pilgrimage is a practice
ruleTester(rule, {
  valid: ['Il conduit des cars pour une agence qui organise des pèlerinages à Lourdes.'],
  invalid: [
    { text: 'Il organise son pèlerinage pour le mois de mai.', errors: ['pèlerinage'] },
    { text: 'Elle part en pèlerinage chaque été avec sa paroisse.', errors: ['pèlerinage', 'sa paroisse'] },
  ],
});

// a library or a museum is only a setting, « de mémoire » no thesis: reading documents of a faith stays reported; a thesis on them is work
ruleTester(rule, {
  valid: ['Il prépare un mémoire sur des manuscrits bouddhistes.', 'Elle a indexé des archives protestantes pour la mairie.'],
  invalid: [
    { text: 'Il lit des textes bouddhistes chaque soir, il les connaît de mémoire.', errors: ['bouddhistes'] },
    { text: 'Il lit des ouvrages musulmans à la bibliothèque de son quartier.', errors: ['musulmans'] },
  ],
});

// the Orthodox Church named by its people goes with "orthodoxe"; spiritism and esoteric currents held as a faith
ruleTester(rule, {
  valid: [
    'Elle lit un roman sur le spiritisme au XIXe siècle.',
    "Il a vu une exposition sur le spiritisme de Victor Hugo à Jersey.",
    'Son mémoire de master portait sur la théosophie.',
    "Il a suivi un cours d'histoire sur le confucianisme.",
    'Il travaille comme guide au musée, salle du druidisme gaulois.',
    'Le paganisme antique est au programme du BTS tourisme.',
    'Elle a joué une spirite au théâtre amateur.',
    'Sa méthode de vente est peu orthodoxe, russe ou pas le client signe.',
    'Une gestion peu orthodoxe des stocks lui a été reprochée.',
    'Il a une approche très orthodoxe du management.',
  ],
  invalid: [
    { text: 'Orthodoxe éthiopienne, elle fait de longs jeûnes et préfère éviter la pâtisserie.', errors: ['Orthodoxe éthiopienne'] },
    { text: 'Elle est orthodoxe russe et ne travaille pas le 7 janvier.', errors: ['orthodoxe russe'] },
    { text: 'Famille orthodoxe serbe, ils fêtent Noël le 7 janvier.', errors: ['orthodoxe serbe'] },
    { text: 'Orthodoxe érythréen, il va à la liturgie chaque dimanche.', errors: ['Orthodoxe érythréen'] },
    { text: 'Elle pratique le spiritisme et en parle beaucoup pendant les ateliers collectifs.', errors: ['spiritisme'] },
    { text: 'Il est spirite depuis dix ans.', errors: ['spirite'] },
    { text: 'Elle adhère à la théosophie depuis son divorce.', errors: ['théosophie'] },
    { text: 'Il fréquente un cercle spirite le samedi soir.', errors: ['spirite'] },
  ],
});

// a nun or a monk of the family, a novice in a monastery, currents and brotherhoods named in Hebrew or Arabic, a movement's
// member, festivals named by their deity, gatherings, a church of baptism, a pilgrimage after a time phrase
ruleTester(rule, {
  valid: [
    'Sa tante a une sœur religieuse de référence dans le pâtissier.',
    'Sa sœur adore la religieuse au café de la boulangerie.',
    'Elle a fait un stage dans une école religieuse.',
    'Sa fille, religieusement, range sa chambre.',
    'Il est novice en informatique.',
    'Novice dans le métier, il apprend vite.',
    "Elle a fait un exposé sur la Qadiriyya en licence d'histoire.",
    'Elle a écrit un mémoire sur les membres du mouvement raëlien.',
    'Il travaille dans une librairie hassidique.',
    'Agent de sécurité, il a surveillé des rassemblements religieux.',
    'Photographe, elle a couvert un rassemblement religieux pour le journal.',
    'Elle prend sa retraite religieusement en mai.',
    'La mairie organise la fête du solstice.',
    'Il va au temple de la renommée du sport.',
    'Il va au temple de la consommation chaque samedi.',
    'Il fréquente le temple du rock.',
    'Il encadre des jeunes au temple de la renommée du sport.',
    'Elle encadre une équipe de maçons sur le chantier du temple.',
    "Le projet baptisé dans l'urgence a échoué.",
    "Il organise, pour l'agence, des pèlerinages à Lourdes.",
    'Guide, il fait visiter, en été, les lieux du pèlerinage.',
  ],
  invalid: [
    { text: 'Catholique pratiquante, elle a une sœur religieuse au carmel de Lisieux.', errors: ['Catholique pratiquante', 'religieuse'] },
    { text: "Sa sœur, religieuse dans une congrégation en Algérie, l'aide à distance.", errors: ['religieuse'] },
    { text: 'Son oncle religieux vit au Bénin.', errors: ['religieux'] },
    { text: 'Il a passé trois mois comme novice dans un monastère theravada en Thaïlande.', errors: ['novice dans un monastère', 'theravada'] },
    { text: "Issue d'une famille haredi, elle cherche un emploi du dimanche au jeudi.", errors: ['haredi'] },
    { text: 'Son mari est hassid.', errors: ['hassid'] },
    { text: 'Son père est très attaché à la confrérie Tijaniyya.', errors: ['confrérie Tijaniyya'] },
    { text: 'Membre du mouvement raëlien depuis 2018, il distribue des brochures le week-end.', errors: ['Membre du mouvement raëlien'] },
    { text: 'Fidèle du mouvement ahmadiyya, elle vit à Lyon.', errors: ['Fidèle du mouvement ahmadiyya'] },
    { text: 'Elle célèbre chaque année la fête de Ganesh en famille.', errors: ['fête de Ganesh'] },
    { text: 'Il demande un congé pour Vaisakhi.', errors: ['Vaisakhi'] },
    { text: 'Il célèbre les rites du solstice avec son groupe.', errors: ['rites du solstice'] },
    { text: 'Elle participe chaque été à son rassemblement religieux annuel.', errors: ['rassemblement religieux'] },
    { text: 'Elle a fait une retraite religieuse de huit jours en mai.', errors: ['retraite religieuse'] },
    { text: 'Luthérienne, elle encadre des groupes d\'enfants au temple le dimanche matin.', errors: ['Luthérienne', 'temple'] },
    { text: "Baptisée dans l'Église apostolique arménienne, elle sera absente le 6 janvier.", errors: ["Baptisée dans l'Église apostolique arménienne"] },
    { text: 'Il participe chaque année, en mai, au pèlerinage militaire de Lourdes.', errors: ['pèlerinage'] },
  ],
});

// a cross as an emblem on a thing; a round of visits called a pilgrimage
ruleTester(rule, {
  valid: [
    "Il porte une croix de Saint-André sur son logo d'entreprise de menuiserie.",
    'Le maillot du club porte une croix blanche.',
    'Il a fait un pèlerinage de recruteur en recruteur pendant trois mois.',
    "Elle a fait un véritable pèlerinage d'agence en agence.",
  ],
  invalid: [
    { text: 'Elle porte une croix autour du cou et la touche souvent.', errors: ['porte une croix'] },
    { text: 'Il a fait son pèlerinage à La Mecque en 2019.', errors: ['pèlerinage à La Mecque'] },
  ],
});

// currents of Islam and the Mandaeans, Ismaili and Shia prayer halls, "fidèle de la" + a movement, "sa communauté des Assemblées de Dieu"
ruleTester(rule, {
  valid: [
    'Il a fait un mémoire sur les ibadites du Mzab.',
    "Elle a travaillé comme agent d'entretien à la jamatkhana de Paris.",
    'Un article sur la communauté des Assemblées de Dieu.',
    "Il travaille comme agent d'accueil dans sa communauté des Assemblées de Dieu.",
    'Un reportage sur la Tenrikyo au Japon.',
    'Elle a ses convictions sur le télétravail.',
    'Fidèle de la marque, il achète toujours les mêmes chaussures.',
    'Membre de la commission, elle vote le budget.',
    'Il est fidèle de la première heure au club de foot.',
    'Il vit dans sa communauté de communes depuis vingt ans.',
  ],
  invalid: [
    { text: 'Famille ismaélienne : il se rend au jamatkhana le vendredi soir.', errors: ['ismaélienne', 'rend au jamatkhana'] },
    { text: 'Pratiquant ibadite, il demande à terminer plus tôt le vendredi.', errors: ['Pratiquant', 'ibadite'] },
    { text: 'Il est mandéen et dit être le seul de sa communauté.', errors: ['mandéen'] },
    { text: 'Il est zaydite.', errors: ['zaydite'] },
    { text: 'Fidèle de la Tenrikyo, elle part en pèlerinage chaque année.', errors: ['Fidèle de la Tenrikyo', 'pèlerinage'] },
    { text: 'Membre de la Soka Gakkai, elle pratique chaque soir.', errors: ['Membre de la Soka Gakkai'] },
    { text: 'Très investie dans sa communauté des Assemblées de Dieu, elle chante le dimanche.', errors: ['sa communauté des Assemblées de Dieu'] },
  ],
});

// a negated verb of missing asserts the practice ("ne rate jamais la prière"); an own conversion keeps the courses that follow it
ruleTester(rule, {
  valid: [
    'Il ne fait jamais la prière.',
    "Il n'est pas croyant.",
    'Il ne rate jamais une occasion de se former.',
    "Il n'oublie jamais ses rendez-vous.",
    'Elle ne manque jamais une réunion d\'équipe.',
    'Il suit une formation sur la conversion au judaïsme.',
    'Il a converti son CDD en CDI.',
    'Elle ne saute jamais le déjeuner.',
    'Il ne loupe aucun atelier collectif.',
    'Prière de rappeler le secrétariat.',
  ],
  invalid: [
    { text: '« Je ne rate jamais la prière du vendredi », a-t-il précisé.', errors: ['prière'] },
    { text: "Il n'a jamais raté la prière du vendredi.", errors: ['prière'] },
    { text: 'Elle ne manque aucune messe le dimanche.', errors: ['ne manque aucune messe'] },
    { text: 'Il se convertit au judaïsme et suit des cours le mardi soir.', errors: ['se convertit au judaïsme'] },
  ],
});

// Afro-Cuban and Caribbean religions named as a practice, Réunion Malbar rites (service kabaré), a verse of a scripture
ruleTester(rule, {
  valid: [
    "Il traduit des versets de la Bible pour une maison d'édition.",
    "Formatrice, elle commente des versets du Coran en cours d'histoire des religions.",
    'Il a un master de sciences des religions, mémoire sur des versets de la Torah.',
    'Le psaume de la bureaucratie, dit-il en riant.',
    "C'est la bible du graphiste.",
    'Elle a été serveuse dans un cabaret.',
    'Il a fait un service civique au cabaret de la ville.',
    'Le Palo Alto Networks est son ancien employeur.',
    'Il joue de la guitare au Macumba Club le samedi.',
    'Elle connaît par cœur les versets du poème de Baudelaire.',
  ],
  invalid: [
    { text: 'Il pratique le palo monte depuis son enfance.', errors: ['palo monte'] },
    { text: 'Elle pratique la santería et la regla de ocha.', errors: ['santería', 'regla de ocha'] },
    { text: 'Elle fait un service kabaré pour ses ancêtres en décembre.', errors: ['service kabaré'] },
    { text: 'Tatoué d\'un verset de la Bible sur le bras, il y tient.', errors: ['verset de la Bible'] },
    { text: 'Il a des versets du Coran en fond d\'écran.', errors: ['versets du Coran'] },
  ],
});

// a street named after the faithful is an address
ruleTester(rule, {
  valid: ['Il habite rue des Juifs à Strasbourg.', 'Le rendez-vous est place des Protestants, au centre social.'],
  invalid: [{ text: 'Il vit dans le quartier des Juifs de Marrakech, il est juif pratiquant.', errors: ['juif pratiquant'] }],
});

// fasts of other churches and faiths, Jewish festivals spelled with an apostrophe, an unpaid office held by a believer
ruleTester(rule, {
  valid: [
    'Il cherche un poste de catéchiste bénévole.',
    'La Vierge de Lourdes est une statue du parc.',
    "Le jeûne intermittent l'aide à perdre du poids.",
    'Elle est bénévole aux Restos du cœur.',
    "Il a été recruté comme aumônier par l'hôpital.",
    'Le mois de mars est chargé au restaurant.',
    'Il prend ses congés au mois d’août.',
    'Elle a travaillé au Prisunic de la rue de la Vierge.',
    "L'association organise un repas pour le jeûne thérapeutique.",
    'Il travaille comme animateur bénévole au club de foot.',
  ],
  invalid: [
    { text: "Elle ne travaille pas pendant le jeûne de la Vierge en août, demande d'aménagement.", errors: ['jeûne de la Vierge'] },
    { text: 'Il observe le jeûne de Filseta en août.', errors: ['jeûne de Filseta'] },
    { text: 'Elle observe le jeûne du mois d’Ala en mars.', errors: ['jeûne du mois d’Ala'] },
    { text: "Ne travaille pas pendant Pessa'h, à anticiper avec le restaurant.", errors: ["Pessa'h"] },
    { text: 'Absent pendant Pessach et Sukkot.', errors: ['Pessach', 'Sukkot'] },
    { text: 'Catéchiste bénévole, elle refuse le travail le dimanche.', errors: ['Catéchiste'] },
    { text: 'Aumônier bénévole à la maison d’arrêt, il y va le samedi.', errors: ['Aumônier'] },
  ],
});

// the place where a clergy office is held is part of the office, not a second finding
ruleTester(rule, {
  valid: [
    'La paroisse recrute un agent d’entretien.',
    'Il a fait un stage à la mairie, dans sa commune.',
  ],
  invalid: [
    { text: "Il est diacre permanent dans sa paroisse, ce qui l'occupe deux soirs par semaine.", errors: ['diacre'] },
    { text: 'Son père est imam à sa mosquée depuis vingt ans.', errors: ['imam'] },
    { text: 'Il est kimbanguiste et chante dans la chorale de sa paroisse.', errors: ['kimbanguiste', 'sa paroisse'] },
    { text: 'Elle est très pratiquante et va à sa paroisse chaque dimanche.', errors: ['très pratiquante', 'sa paroisse'] },
  ],
});

// attending a prayer group is taking part in the faith, a family as subject too
ruleTester(rule, {
  valid: [
    'Le centre social participe au groupe de travail.',
    'Elle participe au groupe de parole du CMP.',
  ],
  invalid: [
    { text: 'La famille est de confession bahaïe et fréquente un groupe de prière à Lille le dimanche.', errors: ['de confession bahaïe', 'groupe de prière'] },
  ],
});

// church taxes of foreign payslips, the value of a "religion :" form line, retreats in monastic villages
ruleTester(rule, {
  valid: [
    'Exonéré de Kirchensteuer depuis sa sortie de l’Église.',
    'Sa fiche de paie allemande ne mentionne pas de Kirchensteuer.',
    'Religion : néant.',
    'Confession : aucune.',
    "La religion : un sujet qu'elle évite en entretien.",
    'Il a pris sa retraite à Taizé après trente ans de métier.',
    'Retraite à taux plein à Solesmes en 2025.',
    'Elle prépare sa retraite, prévue en 2027.',
    'Il a travaillé au bureau des impôts de Lörrach.',
    'La confession de ses erreurs au manager a apaisé le conflit.',
  ],
  invalid: [
    { text: 'Sur sa fiche de paie allemande figure la Kirchensteuer.', errors: ['Kirchensteuer'] },
    { text: "Il paie l'impôt ecclésiastique dans le canton de Vaud.", errors: ['impôt ecclésiastique'] },
    { text: 'Son CV suisse porte encore la mention « confession : réformée ».', errors: ['réformée'] },
    { text: 'Religion : musulmane.', errors: ['musulmane'] },
    { text: 'Elle a fait une retraite à Taizé avant de repartir en Irlande.', errors: ['retraite à Taizé'] },
    { text: 'Il a passé une semaine de retraite à Solesmes.', errors: ['retraite à Solesmes'] },
  ],
});

// the rite of a young child named without a relation word
ruleTester(rule, {
  valid: [
    "Baptême de l'air offert pour ses 30 ans.",
    'Baptême de la petite entreprise : inauguration du local.',
    'Baptême de plongée prévu samedi.',
    'Confirmation de la petite annonce par mail.',
    'Le baptême du petit voilier aura lieu au port.',
  ],
  invalid: [
    { text: "Baptême de la petite à l'église le 18 : absente ce jour-là.", errors: ['Baptême'] },
    { text: 'Le baptême du petit a lieu à la paroisse Saint-Jean.', errors: ['baptême'] },
  ],
});

// feasts and fasts named by the faith that keeps them, said of a person; African independent churches
ruleTester(rule, {
  valid: [
    'Le magasin ferme pour les fêtes orthodoxes.',
    'Le calendrier des fêtes chrétiennes est affiché en salle de pause.',
    'Traiteur spécialisé dans les fêtes hindoues, il cherche un poste de cuisinier.',
    'Il travaille dans une boutique de décoration pour les fêtes orthodoxes.',
    'Il a animé un atelier sur les fêtes bouddhistes au centre social.',
    "Il n'observe aucun jeûne orthodoxe.",
    'Elle a une méthode de vente peu orthodoxe.',
    'Sa fête de famille a lieu en juin.',
    "Il a travaillé comme agent d'entretien à l'église harriste de Treichville.",
    "Elle a étudié l'histoire du christianisme céleste à l'université.",
    'La boulangerie prépare des gâteaux pour les fêtes catholiques.',
  ],
  invalid: [
    { text: 'Elle ne travaille pas les jours de fête copte et demande des congés en janvier.', errors: ['fête copte'] },
    { text: 'Elle demande à poser ses congés pour les fêtes orthodoxes de janvier.', errors: ['fêtes orthodoxes'] },
    { text: 'Elle observe le jeûne orthodoxe du mercredi et du vendredi.', errors: ['jeûne orthodoxe'] },
    { text: 'Il ne mange pas de viande pendant le carême orthodoxe.', errors: ['carême orthodoxe'] },
    { text: 'Il est harriste et chante à la chorale.', errors: ['harriste'] },
    { text: 'Elle est tokoïste depuis son enfance.', errors: ['tokoïste'] },
    { text: 'Il pratique le kimbanguisme, comme ses parents ; sa sœur a choisi le matsouanisme.', errors: ['kimbanguisme', 'matsouanisme'] },
  ],
});
