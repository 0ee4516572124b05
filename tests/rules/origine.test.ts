import rule from '../../rules/origine.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // round 19/20 traps: a regime, a firm, a language job, a form left blank, a work row, a family word, a church
    "L'ancien régime syrien a été renversé en 2024.",
    "Il a travaillé pour l'ancien constructeur allemand de la marque.",
    'Ancien traducteur russe, il veut devenir interprète.',
    'Nationalité : à vérifier auprès de la préfecture.',
    'Elle parle de la tribu familiale avec émotion.',
    'Nom;Pays;Remarque -> Dupont;Belgique;mission de 6 mois',
    'Le linge sale italien est une expression.',
    'Il est arrivé hier de Lyon.',
    'Il est arménien apostolique et chante à la chorale.',
    // a product or a firm from a foreign town (traps)
    "Le fromage originaire de Parme, en Italie, est vendu en rayon.",
    "Il vend des produits originaires de Provence, en Espagne ils se vendent bien.",
    "Elle est originaire de Lyon et cherche un poste.",
    "Réfugié, il était mécanicien agricole au Darfour avant la guerre.",
    "Anglais de niveau B2, il cherche un poste.",
    "| M. Durand | Langues | Italien, niveau B1 |",
    "| M. Durand | Anglais | B2 |",
    'Anglais en autonomie, elle progresse vite.',
    '| Mme Petit | Langues | Roumain, anglais |',
    '| Langue | Roumain, niveau B2 |',
    'Italien sous-titré, le film lui plaît.',
    // a place that only starts a firm's or a French town's name
    'Il vient de Maroc Telecom où il était technicien.',
    'Il vient de Sofia Services, son ancien employeur.',
    "Elle est originaire de Grenade-sur-l'Adour dans les Landes.",
    // a cook's adjective is the cuisine; a colour pair is a kind of picture
    'Chef italien, il a ouvert une trattoria.',
    'Pâtissière orientale, elle cherche une boutique.',
    "Il n'a plus de Noirs et Blancs dans son portfolio de photographe.",
    // pilgrimages, communities, refusals, roundabouts, mandates given by a union, producers' syndicates (traps)
    "Cuisine italienne, elle adore la préparer.",
    "Anglais courant, il vise l'export.",
    "Il travaille depuis le Maroc pour une entreprise française.",
    "Il importe depuis 2019 du Maroc des agrumes.",
    "Elle a fait un stage au Vanuatu.",
    "Il a un accent réunionnais marqué.",
    "Il est réunionnais et vit à Lyon.",
    "Elle n'est pas une Noire de Paris, dit-elle.",
    "Il n'a jamais été un Algérien de papiers.",
    "Il a travaillé au noir pendant deux ans.",
    // round 11: a coordinated list that is not the person (trap)
    "Marocaine et libanaise, la cuisine du restaurant est réputée.",
    // round 10: overseas and regional vocabulary (traps)
    "Dominique, sa conseillère, l'a reçu hier.",
    "Il a travaillé comme serveur au restaurant Le Malbar à Saint-Denis.",
    "Il a travaillé le 3 mai à Dakar pour une ONG.",
    "Il a un profil européen avec Europass et mobilité.",
    "Le projet a un profil européen financé par le FSE.",
    "Elle a travaillé trois ans à Tananarive pour une ONG.",
    // a contact abroad; the country of asylum or of transit; work abroad in an asylum sentence; a position, a cuisine, a language
    "Sa mère au Maroc, à contacter en cas d'urgence : 00212 6 61 24 87 30",
    'Réfugié en Allemagne puis arrivé en France, il a obtenu la protection subsidiaire.',
    "Il a demandé l'asile en Italie avant de venir en France.",
    "Il est passé par la Libye avant sa demande d'asile.",
    'Il a fait une mission humanitaire au Soudan auprès des réfugiés.',
    'Il cherche un poste de cuisinier italien dans un restaurant.',
    'Chef cuisinier japonais dans un restaurant de sushis, il cherche un CDI.',
    'Elle travaille comme interprète arabe pour la préfecture.',
    // a label on a thing, a language, an idiom
    'Le produit est considéré comme marocain par les douanes.',
    'On le dit anglais courant sur son CV.',
    'Il le dit en arabe à sa mère.',
    'Le plat dit marocain est servi le vendredi.',
    // skin care and cosmetics; lists of nationalities or languages opening a sentence
    'Métier de maquilleuse : produits pour peau noire et peau mate.',
    'Formation en dermatologie : soins de la peau noire.',
    'Marocaine, tunisienne ou libanaise, la cuisine du traiteur plaît aux clients.',
    'Portugais, anglais et espagnol, il parle trois langues.',
    'Congolais, le tissu wax est vendu au marché.',
    'Il parle bosniaque et anglais.',
    // a place of refuge or work abroad, a language corrected, food corrected
    'Il a été réfugié en Suisse pendant deux ans.',
    'Il a travaillé en Allemagne comme opposant aux OGM.',
    'Il parle turc euh kurde aussi.',
    'Une cuisine marocaine euh libanaise plutôt.',
    'Elle a une colocataire qui parle anglais.',
    // an incise before a copula whose subject is a thing, an overseas French region, a language
    'Le stage, prévu en mai, est italien.',
    'Réunionnaise installée en métropole depuis 2015, elle cherche un poste de secrétaire.',
    'Italien appris au lycée, niveau B1.',
    'Passeport talent en cours de demande.',
    // regional accents and unrelated skin remarks, work abroad, trips
    'Elle a un fort accent marseillais, apprécié en relation client.',
    "L'entreprise met un fort accent sur la sécurité des livraisons.",
    'Elle a la peau sèche et ne supporte pas les gants en latex.',
    'Il part en Espagne voir un fournisseur pour son employeur.',
    'Il a travaillé au Cameroun avec sa famille pendant une mission humanitaire.',
    'Il rentre au pays basque après la formation.',
    // languages are skills
    'Parle couramment le turc et le portugais, notions d’arabe.',
    'Langues : arabe (courant), anglais niveau B1.',
    'Le chinois est sa langue maternelle ; il suit un cours de FLE.',
    // career vocabulary around "origine"
    'Origine de la demande : prescription du conseiller France Travail.',
    "Le métier d'origine de l'adhérente est la coiffure.",
    "À l'origine, le projet portait sur la logistique.",
    'D’origine modeste, il a commencé à travailler à seize ans.',
    // regional origin within France
    'Originaire de Bretagne, elle souhaite rester dans la région.',
    "Il est d'origine bretonne et attaché au bassin de Lorient.",
    // work experience abroad, foreign firms and food
    'Cinq ans d’expérience comme chef de chantier au Maroc et au Sénégal.',
    'Elle a travaillé dix ans pour une entreprise allemande.',
    'Il vise un poste de commis dans un restaurant asiatique.',
    // residence permit without a number
    'Titre de séjour valable jusqu’en 2027, autorisation de travail vérifiée.',
    // colour idioms
    'Nuit blanche avant son entretien : il était fatigué.',
    'Le Black Friday est la période la plus chargée de l’entrepôt.',
    'Les feutres de couleur sont fournis pour l’atelier CV.',
    // a community as a job frame, music
    'Elle vise un poste de médiatrice auprès de la communauté rom.',
    'Guitariste de jazz manouche, il donne des cours le week-end.',
    'Agent d’entretien sur l’aire d’accueil des gens du voyage de Valbrune.',
    'Aucune origine ethnique ne doit figurer dans le dossier.',
    "Il n'est pas d'origine étrangère, contrairement à ce qu'indiquait la fiche.",
    // overseas French regions, a procedure, a colour idiom, a thing of a relative abroad, work in a country, a profile
    'Mahorais, il a grandi à Dzaoudzi et veut travailler au port de Longoni.',
    'Guadeloupéen arrivé en métropole en 2010.',
    "Photo d'identité aux normes à fournir pour le dossier de naturalisation.",
    "C'était noir de monde au forum de l'emploi de Saintes.",
    'Compte de sa mère au Luxembourg : à vérifier.',
    "L'IBAN de son père en Belgique est à vérifier.",
    'Le pays où il a travaillé, le Canada, reconnaît son diplôme.',
    'Français, anglais et espagnol : niveau courant.',
    'Allemand, niveau B2, notions d’italien.',
    'Il a un profil très typé grande distribution.',
    'Un vin très typé, apprécié des clients.',
    'Son CV est trop typé commercial pour ce poste.',
  ],
  invalid: [
    { text: "Il est originaire de Fortaleza, au Brésil, et travaillait à São Paulo.", errors: ["originaire de Fortaleza, au Brésil"] },
    { text: "M. Demirtas est kurde, originaire de la région de Van.", errors: ["kurde", "originaire de la région de Van"] },
    { text: "Kurde de Diyarbakır, il a été menuisier coffreur.", errors: ["Kurde"] },
    { text: "Malien de la communauté soninké, il est hébergé au foyer.", errors: ["Malien", "communauté soninké"] },
    { text: "Issue de la communauté wenzhouaise d'Aubervilliers, elle a tenu un bar.", errors: ["communauté wenzhouaise"] },
    { text: "Cédula de ciudadanía colombienne fournie.", errors: ["colombienne"] },
    // a status after a sentence-initial nationality, a table row about a person
    { text: 'Ukrainienne sous protection temporaire, elle était comptable.', errors: ['Ukrainienne'] },
    { text: "Afghan demandeur d'asile depuis 2022, il cherche un CAP.", errors: ['Afghan'] },
    { text: '| M. Dobrescu | DE cat. 1 | Roumain, CACES en cours |', errors: ['Roumain'] },
    { text: '| Mme Diallo | Malienne |', errors: ['Malienne'] },
    // nationalities of every state, overseas communities, pardons, ancestor altars, roundabouts, union mandates, third genders
    { text: "Cueilleuse roumaine, elle cherche un poste.", errors: ["roumaine"] },
    { text: "Plongeur sri-lankais, il travaille de nuit.", errors: ["sri-lankais"] },
    { text: "Il vient de Guinée Conakry.", errors: ["vient de Guinée Conakry"] },
    { text: "Le patron ne voulait pas de Noirs en salle.", errors: ["Noirs"] },
    { text: "Ancien légionnaire népalais, naturalisé en 2018, il vise la sécurité incendie.", errors: ["népalais"] },
    { text: "Arrivé en 2019 du Maroc avec un contrat saisonnier, il travaille.", errors: ["Arrivé en 2019 du Maroc"] },
    { text: "Arrivée il y a trois ans du Sénégal, elle travaille.", errors: ["Arrivée il y a trois ans du Sénégal"] },
    { text: "Venue seule en France depuis le Mali en 2016, elle a 19 ans.", errors: ["Venue seule en France depuis le Mali"] },
    { text: "Passeport vanuatais en cours de renouvellement.", errors: ["vanuatais"] },
    { text: "Elle est fidjienne et vit à Nouméa.", errors: ["fidjienne"] },
    { text: "Originaire des îles Salomon, il parle anglais.", errors: ["Originaire des îles Salomon"] },
    { text: "Il est originaire d'Afrique du Sud.", errors: ["originaire d'Afrique du Sud"] },
    { text: "Kanak de la tribu de Hnathalo, il veut travailler sur un site minier.", errors: ["Kanak"] },
    { text: "Il est issu de la communauté wallisienne de Nouméa.", errors: ["communauté wallisienne"] },
    { text: "La diaspora tahitienne de Paris l'a aidé.", errors: ["diaspora tahitienne"] },
    { text: "Il est Canaque, dit-il.", errors: ["Canaque"] },
    { text: "Il dit que l'employeur ne voulait « pas d'un Noir » en salle.", errors: ["Noir"] },
    { text: "Le patron ne veut pas de Noirs en cuisine.", errors: ["Noirs"] },
    { text: "Elle ne veut plus de Roumains sur le chantier, a dit le chef.", errors: ["Roumains"] },
    // round 11: a coordinated apposition of the subject
    { text: "Iranienne et bahá'íe, elle a repris des études.", errors: ["Iranienne"] },
    { text: "Malien et père de trois enfants, il cherche un CDI.", errors: ["Malien"] },
    // a label put on the person by a verb of saying or calling, denied or not
    { text: "Il se présente comme Sahraoui et refuse qu'on le dise Berbère.", errors: ['Sahraoui', 'Berbère'] },
    { text: "Elle refuse qu'on la dise algérienne.", errors: ['algérienne'] },
    { text: 'Au travail, on le traite de Turc.', errors: ['Turc'] },
    { text: 'Il a été traité de sale Arabe par un client.', errors: ['sale Arabe'] },
    // round 19/20: statuses, former jobs, documents, labels, insults, form labels in any language, ethnic heads, table cells
    { text: "Demandeur d'asile soudanais, il attend sa décision.", errors: ['soudanais'] },
    { text: 'Réfugié politique afghan, il cherche un CAP.', errors: ['afghan'] },
    { text: 'Géorgienne déboutée de sa demande, elle cherche un emploi.', errors: ['Géorgienne'] },
    { text: 'Ancienne pharmacienne syrienne, elle passe le DU.', errors: ['syrienne'] },
    { text: 'Ancien ingénieur colombien, il cherche un poste.', errors: ['colombien'] },
    { text: 'CNI tunisienne n° 08123456', errors: ['tunisienne'] },
    { text: "Numéro d'identification national nigérian : 12345678901", errors: ['nigérian'] },
    { text: "« On m'a traité de sale Turc au dépôt », dit-il.", errors: ['sale Turc'] },
    { text: 'Ses collègues la prennent pour une Gitane.', errors: ['une Gitane'] },
    { text: 'Nationality: Sudanese', errors: ['Sudanese'] },
    { text: 'Nacionalidade: angolana', errors: ['angolana'] },
    { text: "Il est d'ethnie massalit et a quitté le Tchad.", errors: ["d'ethnie massalit", 'quitté le Tchad'] },
    { text: 'Elle est du clan Hawiye, arrivée en 2021.', errors: ['du clan Hawiye'] },
    { text: 'Nom;Prénom;Nationalité -> Tesfaye;Abel;Éthiopie', errors: ['Éthiopie'] },
    { text: 'Réfugié politique du Soudan, il cherche un emploi.', errors: ['du Soudan'] },
    { text: "Ses collègues l'appellent le Portugais.", errors: ['Portugais'] },
    { text: 'On le prend pour un marocain à cause de son prénom.', errors: ['marocain'] },
    { text: 'Il a été traité de Chinois par un client.', errors: ['Chinois'] },
    { text: "Elle ne veut pas qu'on la considère comme africaine.", errors: ['africaine'] },
    { text: 'Le recruteur le croyait tunisien.', errors: ['tunisien'] },
    { text: 'Il se fait passer pour syrien.', errors: ['syrien'] },
    { text: 'Il passe pour un Italien auprès des clients.', errors: ['Italien'] },
    { text: "Elle refuse d'être appelée « la Roumaine » dans l'équipe.", errors: ['Roumaine'] },
    // skin colour owned by the person, even after a job or public word
    { text: 'Agent de sûreté, il est contrôlé par les clients à cause de sa peau noire.', errors: ['peau noire'] },
    { text: 'Les patients lui font des remarques sur la couleur de sa peau.', errors: ['couleur de sa peau'] },
    { text: 'Les clients le regardent de travers à cause de son teint basané.', errors: ['teint basané'] },
    // a nationality in apposition: after an initial or an age, or opening the sentence before the subject
    { text: 'Mme K., bosniaque, arrivée en 1998, cherche un poste.', errors: ['bosniaque'] },
    { text: "L'adhérente, 34 ans, malienne, vit à Dole.", errors: ['malienne'] },
    { text: 'Guinéen, ancien comptable à Conakry, il cherche une équivalence.', errors: ['Guinéen'] },
    { text: 'Ivoirienne, aide-soignante depuis dix ans, elle souhaite évoluer.', errors: ['Ivoirienne'] },
    { text: 'Syrienne, ex-enseignante, elle prépare le DELF B2.', errors: ['Syrienne'] },
    { text: 'Yougoslave de naissance, elle est arrivée en 1992.', errors: ['Yougoslave de naissance'] },
    { text: 'Comorienne, arrivée à Mayotte en 2016, elle cherche un emploi.', errors: ['Comorienne'] },
    { text: 'Syrien, réfugié arrivé par le programme de réinstallation en 2023.', errors: ['Syrien'] },
    { text: 'Malienne, mère de deux enfants, elle vise un CAP.', errors: ['Malienne'] },
    { text: 'Turc, arrivé en 2015, il cherche un poste de maçon.', errors: ['Turc'] },
    { text: 'Elle pense que son nom à consonance maghrébine bloque ses candidatures.', errors: ['nom à consonance maghrébine'] },
    { text: 'Un prénom à consonance étrangère sur le CV.', errors: ['prénom à consonance étrangère'] },
    { text: "Le pays qu'il a quitté en 2019, l'Érythrée, ne lui a délivré aucun relevé.", errors: ["l'Érythrée"] },
    { text: "La ville qu'elle a fuie, Alep, a été détruite.", errors: ['Alep'] },
    { text: "L'employeur l'a écartée car « trop typée » pour l'accueil.", errors: ['trop typée'] },
    { text: 'Le recruteur la trouve un peu typée pour le poste.', errors: ['un peu typée'] },
    { text: 'Physique typé, selon le recruteur.', errors: ['Physique typé'] },
    {
      text: "Monsieur, d'origine ivoirienne, maîtrise bien l'écrit.",
      errors: [{ text: "d'origine ivoirienne", messageId: 'origine', severity: 'error', category: 'origine' }],
      output: "Monsieur maîtrise bien l'écrit.",
    },
    { text: 'De nationalité malienne, il cherche un poste de cariste.', errors: ['nationalité malienne'], output: 'Il cherche un poste de cariste.' },
    { text: 'Nationalité : algérienne.', errors: ['Nationalité : algérienne'] },
    { text: 'Jeune tchadien de 19 ans, sans diplôme.', errors: ['tchadien'], output: 'Jeune de 19 ans, sans diplôme.' },
    {
      text: "Jeune femme d'origine sri-lankaise, arrivée en 2016, elle prépare un CAP.",
      errors: ["d'origine sri-lankaise"],
      output: 'Jeune femme, arrivée en 2016, elle prépare un CAP.',
    },
    { text: 'Elle est sénégalaise et vit à Castelroux.', errors: ['sénégalaise'] },
    { text: 'Ses parents sont comoriens.', errors: ['comoriens'] },
    { text: 'Femme noire, la quarantaine, souriante.', errors: ['noire'] },
    { text: 'Personne de couleur, il redoute les entretiens.', errors: ['de couleur'] },
    { text: 'Elle se décrit comme métisse.', errors: ['métisse'] },
    { text: 'Il dit souffrir du racisme à cause de sa couleur de peau.', errors: ['couleur de peau'] },
    { text: 'Elle craint une discrimination liée à ses origines maghrébines.', errors: ['ses origines maghrébines'] },
    { text: 'Issu de la communauté tzigane, il a peu fréquenté l’école.', errors: ['communauté tzigane'] },
    { text: 'Famille de gens du voyage, sédentarisée depuis 2015.', errors: ['gens du voyage'] },
    { text: "Issue de l'immigration, elle veut travailler dans le social.", errors: ["Issue de l'immigration"] },
    { text: 'Il a un fort accent maghrébin.', errors: ['accent maghrébin'] },
    { text: 'Le recruteur l’a décrit comme « de type asiatique ».', errors: ['type asiatique'] },
    { text: 'Il est originaire du Cameroun et arrivé en 2019.', errors: ['originaire du Cameroun'] },
    { text: 'Née en Roumanie, elle vit en France depuis dix ans.', errors: ['Née en Roumanie'] },
    { text: 'Il est né à Kinshasa.', errors: ['né à Kinshasa'] },
    { text: 'Il a fui la Syrie en 2015.', errors: ['fui la Syrie'] },
    { text: 'Afghane, elle suit des cours de français depuis un an.', errors: ['Afghane'] },
    { text: 'Il a rencontré un Ukrainien lors de l’atelier.', errors: ['Ukrainien'] },
    { text: 'M. Traoré, malien, cherche un poste en logistique.', errors: ['malien'] },
    { text: 'Naturalisé français en 2014, il a grandi en Tunisie.', errors: ['Naturalisé français', 'grandi en Tunisie'] },
    { text: 'Réfugiée érythréenne, elle est hébergée par une association.', errors: ['érythréenne'] },
    { text: "Il est d'origine algérienne et marocaine.", errors: ["d'origine algérienne", 'marocaine'] },
    { text: 'Il a la double nationalité franco-tunisienne.', errors: ['double nationalité franco-tunisienne'] },
    { text: 'Elle est d’ascendance antillaise.', errors: ['ascendance antillaise'] },
    { text: 'Notes : ne au Senegal, en France depuis 2010.', errors: ['ne au Senegal'] },
    { text: 'Il a le teint mat et pense que cela joue contre lui.', errors: ['teint mat'] },
    { text: 'Elle évoque sa peau brune comme motif de refus.', errors: ['peau brune'] },
    { text: 'Jeune homme hmong, titulaire du permis C.', errors: ['hmong'] },
    { text: 'Il parle avec un fort accent et redoute les entretiens téléphoniques.', errors: ['avec un fort accent'] },
    { text: 'Petit-fils de harki, il a grandi dans le Lot-et-Garonne.', errors: ['Petit-fils de harki'] },
    { text: 'Il retourne au pays chaque été pendant un mois.', errors: ['retourne au pays'] },
    { text: 'Elle envoie de l’argent à ses parents restés au Sénégal.', errors: ['ses parents restés au Sénégal'] },
    { text: 'Elle part en Tunisie rejoindre sa famille en août.', errors: ['en Tunisie rejoindre sa famille'] },
    // a copula after an incise, a capitalised nationality noun with a participle, a document
    { text: 'M. K., né le 06 août 1986, est Albanais et vit en France depuis 2014.', errors: ['Albanais'] },
    { text: 'Moldave arrivé en France en 2016, il cherche un emploi de cariste.', errors: ['Moldave'] },
    { text: 'Albanaise installée à Dole depuis 2019, elle cherche un poste.', errors: ['Albanaise'] },
    { text: 'Passeport moldave n° AB0382716, valable jusqu’en 2029.', errors: ['moldave'] },
    { text: 'Carte de séjour algérienne en cours de renouvellement.', errors: ['algérienne'] },
    { text: 'Elle a présenté sa carte d’identité italienne.', errors: ['italienne'] },
    // a second origin word after a filler, a country after a dissent word, relatives and flatmates
    { text: 'il est turc euh kurde plutôt il insiste là-dessus', errors: ['turc', 'kurde'] },
    { text: 'elle est algérienne, enfin kabyle, et parle peu', errors: ['algérienne', 'kabyle'] },
    { text: 'Son père, opposant politique en Biélorussie, a obtenu l’asile.', errors: ['Biélorussie'] },
    { text: 'Sa mère a été persécutée en Iran avant de fuir.', errors: ['Iran'] },
    { text: 'Elle partage l’appartement avec une colocataire gabonaise.', errors: ['gabonaise'] },
    { text: 'Son beau-frère ivoirien l’héberge.', errors: ['ivoirien'] },
    // an asylum story, a region of origin, « en tant que », a worker's nationality, a table cell
    { text: "Il était opposant au régime au Soudan, d'où sa demande d'asile.", errors: ['Soudan'] },
    { text: 'Elle est originaire du Darfour et a obtenu le statut de réfugiée.', errors: ['originaire du Darfour'] },
    { text: "Il a déposé une demande d'asile en tant que Soudanais en 2021.", errors: ['Soudanais'] },
    { text: 'Travailleur saisonnier tunisien sous contrat OFII, il revient chaque année.', errors: ['tunisien'] },
    { text: 'C’est un cuisinier tunisien très expérimenté.', errors: ['tunisien'] },
    { text: 'Nationalité | Géorgienne | en France depuis 2018', errors: ['Géorgienne'] },
    // round 10: overseas and regional vocabulary
    { text: "Née le 31.07.94 à Antananarivo, elle cherche un poste.", errors: ["Antananarivo"] },
    { text: "Il est né le 3 mai 1990 à Dakar.", errors: ["Dakar"] },
    { text: "Née en 1988 à Tamatave, elle cherche un poste.", errors: ["Tamatave"] },
    { text: "Arrivée de la Dominique en 2015, elle apprend le français.", errors: ["Arrivée de la Dominique"] },
    { text: "Mohélienne, arrivée en 2020, elle suit des cours de français.", errors: ["Mohélienne"] },
    { text: "Ses collègues l'appellent « le Zarab » et il ne le supporte plus.", errors: ["Zarab"] },
    { text: "L'employeur voulait un profil africain pour la vente.", errors: ["africain"] },
  ],
});

// round 13: the Travellers as a capitalised noun, more names of the community; a bare "binational" beside a named nationality
ruleTester(rule, {
  valid: [
    'Le Voyageur de commerce passe chaque lundi.',
    'Il a pris sa carte Grand Voyageur à la gare.',
    'Elle a travaillé chez SNCF Voyageurs pendant deux ans.',
    'Elle a réservé avec Voyageurs du Monde.',
    'Les voyageurs attendent le train de 8 h.',
  ],
  invalid: [
    { text: 'M. Lagrené, 34 ans, Voyageur de famille manouche, est allocataire du RSA.', errors: ['Voyageur', 'manouche'] },
    { text: 'Elle est Voyageuse et vit en caravane avec ses enfants.', errors: ['Voyageuse'] },
    { text: 'Elle est tsigane et parle le romani.', errors: ['tsigane'] },
    { text: "Passeport suisse n° X4185273 (binational), valable jusqu'en 2031.", errors: ['suisse'] },
    { text: 'Il est binational.', errors: ['binational'] },
    { text: 'Elle est binationale, née à Casablanca.', errors: ['binationale', 'née à Casablanca'] },
  ],
});

// round 14: peoples of origin, a birth town with its country in brackets
ruleTester(rule, {
  valid: [
    'Il a travaillé à Turin (Italie) pendant deux ans.',
    'Elle est née à Lyon (Rhône).',
    'Il a travaillé au restaurant Le Rifain.',
  ],
  invalid: [
    { text: 'Né le 09/03/1991 a Turin (Italie).', errors: ['Turin (Italie)'] },
    { text: 'Il est né le 3 mai 1990 à Porto-Novo (Bénin).', errors: ['Porto-Novo (Bénin)'] },
    { text: 'Il se présente comme rifain.', errors: ['rifain'] },
    { text: "Il est d'origine chleuh.", errors: ["d'origine chleuh"] },
  ],
});

// sweep: a firm or a product of a foreign origin is not the person's (traps); a person's origin beside a firm still is
ruleTester(rule, {
  valid: [
    "Il a rejoint une entreprise de BTP d'origine portugaise, leader régional du gros œuvre.",
    "Elle vend une marque d'origine coréenne de cosmétiques.",
  ],
  invalid: [
    { text: "Il travaille dans une entreprise de BTP ; il est d'origine portugaise.", errors: ["d'origine portugaise"] },
    { text: "Il anime un groupe de jeunes d'origine comorienne.", errors: ["d'origine comorienne"] },
  ],
});

// round 21: country names in their other French spellings
ruleTester(rule, {
  valid: ['Il a lu un livre sur la Kirghizie au CDI.'],
  invalid: [{ text: 'Originaire de Kirghizie, elle a travaillé comme guide.', errors: ['Originaire de Kirghizie'] }],
});

// a nationality through a parent, an apposition to plural relatives, a noun of origin singled out in a group, a note's label
ruleTester(rule, {
  valid: [
    "Il parle l'arabe par son père et l'anglais par l'école.",
    'Il a appris le turc par sa mère.',
    'Les produits, italiens, sont livrés le lundi.',
    'Le seul Blanc de la liste est son collègue.',
    'Objectif : Français, niveau B1 à atteindre.',
    'Il est le seul Noir sur blanc à signer le contrat.',
  ],
  invalid: [
    { text: "Bosnienne par son père, elle parle couramment l'anglais.", errors: ['Bosnienne'] },
    { text: 'Elle est française par sa mère et marocaine par son père.', errors: ['française', 'marocaine'] },
    { text: 'Les deux frères, albanais, ont travaillé sur le même chalutier.', errors: ['albanais'] },
    { text: 'Ses cousines, maliennes, vivent à Montreuil.', errors: ['maliennes'] },
    { text: "Seul Noir de l'équipe, il dit avoir subi des moqueries.", errors: ['Noir'] },
    { text: 'Elle était la seule Maghrébine du service.', errors: ['Maghrébine'] },
    { text: 'Parcours : Kanak, né dans les îles Loyauté, arrivé en métropole à 19 ans.', errors: ['Kanak'] },
    { text: 'Situation : Érythréenne, arrivée en 2022.', errors: ['Érythréenne'] },
  ],
});

// a list of languages or nationalities after a label: the capital before the comma is another item, not a name
ruleTester(rule, {
  valid: ['Langues : Italien, Espagnol, Anglais.', 'Matières : Espagnol, Anglais (langues enseignées).'],
  invalid: [{ text: 'M. Dupont, marocain, cherche un poste de cariste.', errors: ['marocain'] }],
});

// a people named with a faith word ("assyro-chaldéen") is an origin; a church of that people is the religion rule's
ruleTester(rule, {
  valid: ["Il fréquente l'Église assyro-chaldéenne de Sarcelles.", 'Il parle araméen et arabe.'],
  invalid: [
    { text: "L'adhérent est assyro-chaldéen et s'exprime surtout en soureth à la maison.", errors: ['assyro-chaldéen'] },
    { text: 'Elle est chaldéo-assyrienne, arrivée en 2019.', errors: ['chaldéo-assyrienne'] },
  ],
});

// a nickname in quotes after a calling verb: the article goes with it
ruleTester(rule, {
  valid: ['Ses collègues le surnommaient « le Grand ».', 'Il a travaillé au « Black Friday ».', 'On l\'appelle « le Breton ».'],
  invalid: [
    { text: "Un chef d'équipe l'appelait « le Black » devant tout le monde.", errors: ['Black'] },
    { text: 'Ses collègues le surnommaient « le Chinois ».', errors: ['Chinois'] },
    { text: 'Au lycée, il était surnommé « le Noir ».', errors: ['Noir'] },
  ],
});

// skin colour said "sa couleur", as the cause of a treatment of the person; a thing's colour or a taste stays silent
ruleTester(rule, {
  valid: [
    'Il a choisi la voiture pour sa couleur.',
    'Sa couleur préférée est le bleu, il veut travailler dans la déco.',
    'Le client a refusé la peinture à cause de sa couleur.',
    'Le tissu a été refusé à cause de sa couleur.',
    'Elle a été recalée à cause de sa couleur de cheveux trop vive.',
  ],
  invalid: [
    { text: "Il est persuadé que c'est sa couleur qui l'a bloqué à l'entretien.", errors: ['sa couleur'] },
    { text: 'Elle pense avoir été écartée à cause de sa couleur.', errors: ['sa couleur'] },
    { text: 'Il dit subir des remarques racistes sur sa couleur.', errors: ['sa couleur'] },
  ],
});

// a community's language is no origin ("parle le yéniche"); the family or the person said so is
ruleTester(rule, {
  valid: ["Il parle le yéniche et l'allemand, atout pour les déménagements.", 'Il parle manouche avec ses cousins.', 'Yéniche courant, allemand B1.'],
  invalid: [
    { text: 'Famille yéniche installée dans la vallée ; il parle le yéniche et l\'allemand.', errors: ['yéniche'] },
    { text: 'Elle est manouche et vit en caravane.', errors: ['manouche'] },
  ],
});

// a driving licence issued abroad, the person's own; a French licence (the target of an exchange) or a rule about licences is no origin
ruleTester(rule, {
  valid: [
    'Il vise le permis de conduire français en 2025.',
    'Le permis belge est reconnu en France.',
    "Les titulaires d'un permis tunisien doivent l'échanger.",
  ],
  invalid: [
    { text: 'Permis de conduire philippin, échange à demander en préfecture.', errors: ['philippin'] },
    { text: 'Il doit faire échanger son permis de conduire algérien.', errors: ['algérien'] },
    { text: 'Il a un permis marocain à échanger contre un permis français.', errors: ['marocain'] },
  ],
});

// a look given an origin noun (« une tête d'Arabe ») is a supposed origin; « la tête de Turc » is a scapegoat, « la tête de l'emploi » a fit
ruleTester(rule, {
  valid: ["Il était la tête de Turc de l'équipe.", "Il a la tête de l'emploi pour le poste de vendeur.", "Le physique de l'Américain Carl Lewis l'inspire."],
  invalid: [
    { text: "Le recruteur lui a dit qu'il avait une tête d'Arabe.", errors: ["tête d'Arabe"] },
    { text: "Il a un physique d'Africain selon son ancien chef.", errors: ["physique d'Africain"] },
    { text: 'On lui a dit qu’il avait une gueule de Noir.', errors: ['gueule de Noir'] },
  ],
});

// a mixed origin in apposition to the subject; a nationality in a civil-status row after the birth date;
// the people that names an Orthodox Church is the Church, not an origin
ruleTester(rule, {
  valid: [
    'Noir, il va avec tout : elle a choisi ce costume pour l\'entretien.',
    'Noire, elle est plus élégante que la robe bleue.',
    'Métissé, le tissu est plus solide que le coton seul.',
    'Métisse, la robe lui va bien selon sa sœur.',
    'Blanche, elle est plus lumineuse : la cuisine a été repeinte.',
    'Orthodoxe éthiopienne, elle fait de longs jeûnes et préfère éviter la pâtisserie.',
    'Elle est orthodoxe russe et chante à la chorale de la paroisse.',
    'Famille orthodoxe serbe, ils fêtent Noël le 7 janvier.',
    'Les orthodoxes grecs fêtent Pâques à une autre date.',
    'Il ne le dit pas, marocain ou pas, il veut juste un poste.',
    'Né le 12/03/1990, anglais, espagnol et italien courants.',
    'M. Petit, né le 3 mars 1980, anglais et allemand courants.',
    'Il est né en 1990, mécanicien, il cherche un poste.',
  ],
  invalid: [
    { text: "Métisse, elle dit qu'on lui demande souvent d'où elle vient vraiment.", errors: ['Métisse'] },
    { text: 'Métis, il a grandi à Lyon et se sent souvent regardé.', errors: ['Métis'] },
    { text: 'Mulâtresse, elle raconte les remarques de son ancien chef.', errors: ['Mulâtresse'] },
    { text: 'Conjoint : M. Nabil Haddad, né le 14/02/1984, yéménite, carte de résident.', errors: ['yéménite'] },
    { text: 'Mme Rivas, née en 1990, colombienne, arrivée en 2022.', errors: ['colombienne'] },
    { text: 'M. Tesfaye, né à Lyon, érythréen, arrivé enfant.', errors: ['érythréen'] },
  ],
});

// two origins in a row, an accent of a foreign place, a school of Buddhism, numbers also given to foreign residents
ruleTester(rule, {
  valid: [
    'Bouddhiste tibétaine, elle fait chaque année une retraite.',
    'Il pratique le bouddhisme tibétain depuis dix ans.',
    'Il a gardé son NIE espagnol pour retourner aux vendanges.',
    'Numéro de registre national belge à remplacer par un NIR après son inscription.',
    "Elle a un accent de l'Est, elle vient de Metz.",
    'Il a un fort accent du Sud-Ouest.',
    "Elle met l'accent sur l'Afrique dans sa prospection.",
    "La campagne met un accent du Maghreb à l'honneur.",
    "Il travaille sur l'accent de la Chine dans sa stratégie export.",
    'Le virement arrive sur un compte espagnol.',
  ],
  invalid: [
    { text: "Kosovar d'origine albanaise, il parle albanais, serbe et allemand.", errors: ['Kosovar', "d'origine albanaise"] },
    { text: "Il est belge d'origine congolaise.", errors: ['belge', "d'origine congolaise"] },
    { text: "Française d'origine algérienne, elle cherche un CDI.", errors: ["Française d'origine algérienne"] },
    { text: "L'adhérente a un accent d'Europe de l'Est très marqué.", errors: ["accent d'Europe de l'Est"] },
    { text: 'Il a un léger accent du Maghreb.', errors: ['accent du Maghreb'] },
    { text: 'Elle est tibétaine et bouddhiste.', errors: ['tibétaine'] },
    { text: 'Passeport moldave n° AB123456, à scanner.', errors: ['moldave'] },
  ],
});

// an emphatic apposition ("lui-même bamiléké"), an adverb before "comme" ("se présente d'abord comme Wolof"),
// peoples whose name is also a first name or a word, after a community head only ("minorité karen")
ruleTester(rule, {
  valid: [
    'Karen, elle, a fini son stage de vente.',
    'Mme Sara Fang est arrivée en avance.',
    "Karen Shan a rejoint l'équipe logistique.",
    "Le chin est un dialecte qu'il étudie.",
    'Il se présente d\'abord comme chauffeur-livreur.',
    "Son tuteur, lui-même ancien soudeur, l'a aidé.",
    'La robe, elle-même noire, est jolie.',
    'Le plat, lui-même marocain, est servi le midi.',
    'Il parle, lui-même, anglais et arabe.',
    'La minorité de blocage a voté contre.',
    'Une minorité silencieuse de candidats ne répond pas.',
  ],
  invalid: [
    { text: "Le tuteur de la PMSMP, lui-même bamiléké, a proposé de parrainer l'adhérent.", errors: ['bamiléké'] },
    { text: "Sa voisine, elle-même malienne, a proposé de l'aider.", errors: ['malienne'] },
    { text: 'Ses cousins, eux-mêmes kurdes, l\'hébergent.', errors: ['kurdes'] },
    { text: "Il se présente d'abord comme Wolof quand on aborde son parcours.", errors: ['Wolof'] },
    { text: 'Elle se définit avant tout comme kabyle.', errors: ['kabyle'] },
    { text: 'Il appartient à la minorité karen et a travaillé dans une scierie.', errors: ['minorité karen'] },
    { text: 'Elle vient de la communauté shan de Birmanie.', errors: ['communauté shan'] },
    { text: 'Il est de la communauté fang.', errors: ['communauté fang'] },
  ],
});

// overseas mixed-origin compounds, foreign islanders, a skin colour with a degree word, a note without its subject,
// an apposition followed by the person's kin; place names built on a people's name
ruleTester(rule, {
  valid: [
    "Elle vise un poste d'aide-soignante à l'EHPAD de la Plaine-des-Cafres.",
    'Il habite au Bois-des-Chinois depuis 2019.',
    'Noir, a été choisi pour le costume du spectacle.',
    'Anglais, a le niveau B2.',
    'Portugais, a un bon niveau à l\'oral.',
    'Le fond de teint très foncé est en rupture de stock.',
    'Produits pour peau très mate en rayon parapharmacie.',
    'La peinture trop foncée a été refaite.',
    'Il est réunionnais et cherche un poste à Saint-Paul.',
    'Elle est guadeloupéenne et vise la fonction publique.',
  ],
  invalid: [
    { text: "Elle est indo-guadeloupéenne et demande si cela pose problème à l'employeur.", errors: ['indo-guadeloupéenne'] },
    { text: 'Il est sino-réunionnais par son père.', errors: ['sino-réunionnais'] },
    { text: "L'employeur a demandé s'il était Rodriguais.", errors: ['Rodriguais'] },
    { text: "« Il a la peau trop foncée pour l'accueil », a dit l'ancien patron.", errors: ['peau trop foncée'] },
    { text: 'On lui reproche son teint très mat.', errors: ['teint très mat'] },
    { text: 'métisse, a été victime de remarques en stage', errors: ['métisse'] },
    { text: 'Métis, vit chez sa tante depuis 2020.', errors: ['Métis'] },
    { text: 'Malienne, a trois enfants à charge.', errors: ['Malienne'] },
    { text: 'Zarab de Saint-Denis, son père tient un commerce de tissus.', errors: ['Zarab'] },
    { text: 'Marocain de Rabat, son père est restaurateur.', errors: ['Marocain'] },
  ],
});

// slang and verlan names of origin or colour; a venue or a work named after them
ruleTester(rule, {
  valid: [
    'Le Babtou Café recrute des serveurs.',
    'Il a vu le film Toubab au cinéma.',
    "Le Rebeu Club organise un tournoi de foot.",
    'La chanson Babtou passe en boucle.',
    'Il écoute le titre Renoi en boucle.',
    'Elle travaille au Noich Bar le soir.',
    'Il a lu le roman Blédard cet été.',
    'Le restaurant Toubab Food ouvre en mai.',
    'Il parle wolof et français.',
    'Son surnom au foot, c\'est Bébert.',
  ],
  invalid: [
    { text: "les autres l'appellent le « babtou » au CFA, ça le fait rire", errors: ['babtou'] },
    { text: 'On le traite de blédard au travail.', errors: ['blédard'] },
    { text: 'Au village, on l\'appelait le toubab.', errors: ['toubab'] },
  ],
});

// streets named after a people; a skin colour with the person after it; a mixed nationality; statelessness
ruleTester(rule, {
  valid: [
    'Il habite 18 boulevard des Belges à Lyon.',
    'Rendez-vous place des Polonais, au café du coin.',
    "Le foyer est situé quai des Allemands à Strasbourg.",
    "L'agence a déménagé rue des Anglais.",
    'Le teint foncé de la façade plaît au client.',
    'Il vend un fond de teint foncé pour les peaux sèches.',
    'Une entreprise italo-marocaine recrute des caristes.',
    'Les relations sino-américaines sont au programme du master.',
    'La frontière serbo-croate a fermé pendant la guerre.',
    'Un restaurant libano-syrien ouvre en mai.',
    "Titre de voyage pour apatride n° à renouveler en préfecture.",
    "Le statut d'apatride a été reconnu par l'OFPRA.",
    "Il n'est pas apatride, il a un passeport.",
    "Le bureau des apatrides de l'OFPRA a répondu.",
  ],
  invalid: [
    { text: "Employeur réticent à cause du teint foncé de l'adhérent, selon le tuteur.", errors: ['teint foncé'] },
    { text: 'Le recruteur a parlé de la peau noire du candidat.', errors: ['peau noire'] },
    { text: 'Double nationalité guinéo-sénégalaise, passeport expiré.', errors: ['Double nationalité guinéo-sénégalaise'] },
    { text: 'Il est italo-marocain, arrivé en 2015.', errors: ['italo-marocain'] },
    { text: 'Sa femme est syro-libanaise.', errors: ['syro-libanaise'] },
    { text: 'La famille est apatride depuis deux générations.', errors: ['est apatride'] },
    { text: 'Il est né apatride au Koweït.', errors: ['né apatride', 'Koweït'] },
    { text: 'Il est bidoun, sans nationalité reconnue.', errors: ['bidoun'] },
    { text: 'Elle vient de la communauté bidoune.', errors: ['communauté bidoune'] },
    { text: 'Il vit boulevard des Belges, il est belge.', errors: ['belge'] },
  ],
});

// a relative's number abroad in a contact line is a contact, not the person's origin
ruleTester(rule, {
  valid: [
    'Sa mère à Conakry : +224 622 45 78 19.',
    'Sa mère au Maroc : +212 6 12 34 56 78.',
    'Son frère en Guinée : 00224 622 45 78 19.',
  ],
  invalid: [
    { text: 'Sa mère vit au Maroc : elle y tient un commerce.', errors: ['Sa mère vit au Maroc'] },
    { text: 'Sa mère vit à Conakry.', errors: ['Sa mère vit à Conakry'] },
  ],
});

// a look held against the person ("fait trop Arabe"); a card given as the identity document with its national number
ruleTester(rule, {
  valid: [
    'Le costume fait très anglais.',
    'Ce plat fait très italien.',
    'La déco du restaurant fait trop mexicaine à son goût.',
    'Il présente sa carte roumaine.',
    'Il a une carte bancaire roumaine.',
    'Il a payé avec sa carte espagnole.',
    'La carte italienne du restaurant change en mai.',
  ],
  invalid: [
    { text: "Selon l'employeur, il « fait trop Arabe pour l'accueil », propos à signaler.", errors: ['fait trop Arabe'] },
    { text: 'Il fait trop africain pour le client, selon le gérant.', errors: ['fait trop africain'] },
    { text: 'identité carte roumaine CNP 2850714401235', errors: ['roumaine'] },
    { text: 'Pièce : carte bulgare n° 645123987.', errors: ['bulgare'] },
    { text: 'Carte polonaise PESEL 85071412345.', errors: ['polonaise'] },
  ],
});

// a relative named with the side of the family, then the copula
ruleTester(rule, {
  valid: ['Le lait maternel est français.', 'Le congé paternel est espagnol dans ce modèle comparé.'],
  invalid: [
    { text: 'Ses grands-parents maternels étaient laotiens ; elle parle un peu le lao.', errors: ['laotiens'] },
    { text: 'Son père biologique est malien.', errors: ['malien'] },
  ],
});

// a "franco-" compound qualifying a thing is no nationality
ruleTester(rule, {
  valid: [
    'A suivi un module de droit social comparé franco-allemand à Strasbourg.',
    'La crèche franco-allemande de Strasbourg recrute une auxiliaire : poste transmis.',
    'Lycée franco-allemand de Buc : poste de surveillant.',
    'Il travaille sur la frontière franco-suisse comme douanier.',
    'Stage à la chambre de commerce franco-italienne de Lyon.',
    'Elle a participé à un échange franco-allemand au lycée.',
    'Programme franco-québécois de mobilité des jeunes.',
    "Offre à l'office franco-allemand pour la jeunesse.",
    'Il a suivi un cursus franco-espagnol en gestion.',
    'La brigade franco-allemande recrute des cuisiniers civils.',
  ],
  invalid: [
    { text: 'Il est franco-allemand.', errors: ['franco-allemand'] },
    { text: 'Elle a la double nationalité franco-algérienne.', errors: ['double nationalité franco-algérienne'] },
    { text: 'Jeune franco-marocaine de 24 ans.', errors: ['franco-marocaine'] },
    { text: "Le couple franco-allemand s'installe à Kehl.", errors: ['franco-allemand'] },
  ],
});

// minority peoples of Romania, Moldova and the Carpathians
ruleTester(rule, {
  valid: [
    'La route valaque traverse les Carpates.',
    'Il parle roumain et aroumain.',
    'Elle a visité la Valachie en voyage scolaire.',
    'Traductrice de roumain, elle cherche des missions.',
  ],
  invalid: [
    { text: "Elle est d'origine aroumaine par son père.", errors: ["d'origine aroumaine"] },
    { text: 'Ses grands-parents étaient gagaouzes.', errors: ['gagaouzes'] },
    { text: 'Il se dit lipovène, comme toute sa famille.', errors: ['lipovène'] },
  ],
});

// fellow residents of a shelter named with their nationality: a shelter is a workplace only with a work word
ruleTester(rule, {
  valid: [
    "Elle travaille au centre d'urgence avec des femmes somaliennes.",
    'Hébergée chez sa soeur, elle est bénévole au centre avec des femmes somaliennes.',
    'Médiatrice au centre social auprès de jeunes africains.',
    "Hébergée en centre d'urgence, elle anime un atelier pour des femmes somaliennes.",
    'Logée en CHRS, elle fait un stage au centre social auprès de femmes afghanes.',
    "Logée au foyer, elle est agente d'accueil au centre auprès de jeunes maliens.",
    "Il est hébergé au centre d'hébergement d'urgence du quartier.",
    'Hébergée au foyer, elle parle arabe et anglais.',
    'Logé en CADA, il attend la réponse de la CNDA.',
    'Elle anime des ateliers au centre pour des jeunes guinéens.',
  ],
  invalid: [
    { text: "Hébergée en centre d'urgence avec d'autres femmes somaliennes arrivées par la Libye.", errors: ['somaliennes'] },
    { text: "Logé au centre d'hébergement avec des jeunes érythréens.", errors: ['érythréens'] },
  ],
});

// the person's own words with the infinitive copula after a saying verb
ruleTester(rule, {
  valid: [
    'Il dit être français.',
    'Le document dit être malien.',
    'Elle dit être bilingue anglais.',
    "Elle dit être à l'aise en espagnol.",
    'Il dit être prêt à partir au Mali.',
    'Elle dit ne pas être tunisienne.',
    'Elle dit être arabe et anglais courant.',
    'Il pense être noir de monde demain au marché.',
    'Elle affirme être disponible dès lundi.',
    'Il croit être éligible au CEJ.',
  ],
  invalid: [
    { text: "Elle dit être cap-verdienne par ses deux parents.", errors: ['cap-verdienne'] },
    { text: 'Elle dit être malienne.', errors: ['malienne'] },
    { text: 'Il affirme être guinéen, sans papiers.', errors: ['guinéen'] },
  ],
});
