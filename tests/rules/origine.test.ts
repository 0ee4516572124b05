import rule from '../../rules/origine.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
    { text: 'Il a le teint mat et pense que cela joue contre lui.', errors: ['teint mat'] },
    { text: 'Elle évoque sa peau brune comme motif de refus.', errors: ['peau brune'] },
    { text: 'Jeune homme hmong, titulaire du permis C.', errors: ['hmong'] },
    { text: 'Il parle avec un fort accent et redoute les entretiens téléphoniques.', errors: ['avec un fort accent'] },
    { text: 'Petit-fils de harki, il a grandi dans le Lot-et-Garonne.', errors: ['Petit-fils de harki'] },
    { text: 'Il retourne au pays chaque été pendant un mois.', errors: ['retourne au pays'] },
    { text: 'Elle envoie de l’argent à ses parents restés au Sénégal.', errors: ['ses parents restés au Sénégal'] },
    { text: 'Elle part en Tunisie rejoindre sa famille en août.', errors: ['en Tunisie rejoindre sa famille'] },
  ],
});
