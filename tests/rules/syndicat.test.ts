import rule from '../../rules/syndicat.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // round 20 traps: a strike covered or handled at work, denied
    'Le journaliste a couvert la grève.',
    "Il n'a pas mené la grève.",
    'En tant que DRH, elle a géré la grève de 2023.',
    "Ancien DRH, il a négocié avec les organisations syndicales l'accord de GPEC.",
    "Elle gérait le dialogue avec les syndicats et les élus du CSE.",
    "Il a négocié avec les délégués syndicaux un accord d'entreprise.",
    // pilgrimages, communities, refusals, roundabouts, mandates given by a union, producers' syndicates (traps)
    "Il est mandaté par son employeur pour les achats.",
    "Elle a été désignée par la direction comme référente.",
    "Le Syndicat des vignerons de Cadillac publie les offres de tractoriste.",
    "Le syndicat des producteurs de lait recrute une assistante.",
    "Il est adhérent du syndicat viticole de l'appellation.",
    // round 10: overseas and regional vocabulary (traps)
    "Il a travaillé comme juriste à la FNCR.",
    "Elle cherche un poste d'exploitante transport, adhérente de la FNTR par son ancien employeur.",
    // round 9: lay treatment names, substitution acronyms, church missions, worn marks, campaign agents, sports unions (traps)
    "Il est représentant des salariés au CSE de son entreprise.",
    "Elle a été déléguée des élèves au CVL.",
    "Représentant des bénévoles à la SNSM de Granville.",
    "Délégué des cheminots à la SNCF, il cherche une reconversion.",
    "Il a été représentant des parents d'élèves à la FCPE.",
    "Elle était représentante des étudiants à l'UFR de droit.",
    // the owners' council of a co-ownership; a trade union as an employer; a sports club
    'Il maîtrise les relations avec le conseil syndical et la tenue des assemblées générales.',
    'Gestionnaire de copropriété, il présente les budgets au conseil syndical.',
    "Il a travaillé au siège de l'UNFP comme comptable.",
    "Adhérent de l'USM, il joue au football le dimanche.",
    // foreign unions as employers, look-alike acronyms, the Belgian equality body
    'Il a travaillé comme juriste à la FGTB.',
    'Elle a fait un signalement à Unia pour discrimination.',
    'Le CSC du site a validé la formation.',
    'Il a obtenu son diplôme CSA en 2019.',
    // ordinary-word names that continue into another name, without a membership word
    "Elle est membre de l'Alliance française de Lyon.",
    "Il est membre d'Alliance Vita.",
    "L'adhérent d'Alliance Emploi a un rendez-vous.",
    'Il travaille dans une unité de soins.',
    "Elle est membre de l'Unité mobile de sécurité.",
    'Le restaurant Alliance recrute.',
    // a union office as the employer named in a job offer, an application or a job title
    "Offre : secrétaire à l'union départementale CFDT de Castelroux, CDD de six mois.",
    "Annonce : agent d'accueil à l'union locale FO, temps partiel.",
    "Elle a postulé comme assistante à l'UD CGT.",
    'Poste de juriste à la confédération CFDT, candidature envoyée.',
    "Standardiste à l'union régionale UNSA pendant deux ans.",
    // « solidaires » the adjective, « DS » the car or a test
    'Ils sont restés solidaires de leur collègue.',
    'Solidaires, ils ont soutenu leur collègue.',
    'Il a restauré une ancienne DS de 1972.',
    'Il a laissé sa DS chez le garagiste.',
    'Le DS de maths était difficile.',
    // farmers' unions as an employer, their names in lower case, the accompanied person,
    'Poste d’assistante de direction à la FNSEA départementale, candidature envoyée.',
    'Il a travaillé pour un syndicat agricole comme comptable.',
    'La coordination rurale des services à domicile recrute.',
    'La dotation jeunes agriculteurs l’aide à s’installer.',
    'L’adhérente de Castelroux a rappelé hier.',
    'Son engagement à la Croix-Rouge est un atout.',
    'Il n’est membre d’aucun syndicat agricole.',
    // the union as an employer, the region, a school test
    'Stage de juriste à la CFDT pendant son master.',
    'Il cherche un poste dans le Sud, près de Nîmes.',
    'Elle a eu 14 au DS de gestion.',
    // property management, public bodies, employers
    'Entretien prévu avec le syndic de copropriété pour un poste de gardien.',
    'Gestionnaire au syndicat des copropriétaires de la résidence.',
    'Le syndicat intercommunal des eaux recrute un technicien.',
    "L'office de tourisme et le syndicat d'initiative recrutent pour l'été.",
    'Il connaît bien les syndicats professionnels du BTP.',
    'Membre de la chambre syndicale de la boulangerie, son ancien patron l’a recommandé.',
    // the accompanied person, a CSE seat, training topics
    "L'adhérent a participé à deux ateliers collectifs.",
    'Élue au CSE de son entreprise, elle connaît le droit du travail.',
    'Module de droit syndical suivi pendant sa formation de juriste.',
    // abbreviations
    'Technicien FO (fibre optique), il raccorde les particuliers.',
    'Elle souhaite s’installer dans le Sud-Ouest.',
    'Il veut travailler sur les RS de l’entreprise.',
    // absence
    "Il n'a jamais été syndiqué.",
    'Non syndiquée, elle ne connaît pas ses droits.',
    'L’entreprise a signé un accord de méthode avec la CFDT.',
    "Il n'a aucun mandat syndical.",
    // overseas acronyms that are other abbreviations, « y » without a union before it, an absence
    'Il a obtenu son BTS STC au lycée.',
    "Le LAB de l'université recrute un technicien.",
    'Le club de foot de Saintes ? Il y adhère depuis 2010.',
    "L'association des parents d'élèves : elle y adhère depuis deux ans.",
    "La CGT l'a accompagné aux prud'hommes, mais il n'y adhère pas.",
  ],
  invalid: [
    // round 19/20: leading a strike, nurses' unions named with ordinary words
    { text: 'Il a animé le mouvement de grève de mars.', errors: ['animé le mouvement de grève'] },
    { text: 'Elle a organisé la grève des caissières.', errors: ['organisé la grève'] },
    { text: "Elle était adhérente de la Coordination nationale infirmière.", errors: ['adhérente de la Coordination nationale infirmière'] },
    { text: "Salarié protégé en tant que délégué CFE-CGC, son licenciement a été autorisé.", errors: ["délégué CFE-CGC"] },
    { text: "Il est salarié protégé depuis son élection.", errors: ["salarié protégé"] },
    // nationalities of every state, overseas communities, pardons, ancestor altars, roundabouts, union mandates, third genders
    { text: "Il a été mandaté par FO pour les NAO de 2023.", errors: ["mandaté par FO"] },
    { text: "Elle a été désignée par la CGT comme représentante de section.", errors: ["désignée par la CGT"] },
    { text: "Il a été présenté par la CFDT aux élections du CSE.", errors: ["présenté par la CFDT"] },
    // round 9 classes
    { text: "Il a été représentant des cyclistes à l'UNCP pendant trois saisons.", errors: ["représentant des cyclistes à l'UNCP"] },
    { text: "Délégué des joueurs au SNBP de 2015 à 2019.", errors: ["Délégué des joueurs au SNBP"] },
    { text: "Elle était déléguée des pilotes au SNPL.", errors: ["déléguée des pilotes au SNPL"] },
    { text: "Il était délégué des surveillants au SNEPAP.", errors: ["délégué des surveillants au SNEPAP"] },
    { text: "Il est adhérent de l'UNCP depuis 2018.", errors: ["adhérent de l'UNCP"] },
    // unions of neighbouring and other countries, with a membership or contribution word
    { text: 'Frontalier, il cotisait à la FGTB quand il travaillait à Mons.', errors: ['cotisait à la FGTB'] },
    { text: 'Il était affilié à la CSC à Liège.', errors: ['affilié à la CSC'] },
    { text: "Elle a sa carte de l'OGBL depuis 2010.", errors: ["carte de l'OGBL"] },
    { text: 'Il cotise chez Unia depuis son arrivée à Genève.', errors: ['cotise chez Unia'] },
    { text: 'Militante CCOO à Barcelone avant de venir en France.', errors: ['Militante CCOO'] },
    { text: 'Il était délégué UGTT dans son usine à Sfax.', errors: ['délégué UGTT'] },
    { text: 'Il adhère à IG Metall depuis 2015.', errors: ['adhère à IG Metall'] },
    // a union job or mandate at one of the union's offices: the span runs from the job noun to the name
    { text: "Permanente syndicale à l'UL FO pendant cinq ans, elle vise un poste d'assistante RH.", errors: ["Permanente syndicale à l'UL FO"] },
    { text: "Elle est adhérente de l'union locale CGT depuis 2015.", errors: ["adhérente de l'union locale CGT"] },
    { text: 'Il a été permanent à la fédération CFDT santé-sociaux.', errors: ['permanent à la fédération CFDT'] },
    { text: "Déléguée syndicale à l'UD FO, elle a négocié le PSE.", errors: [{ text: "Déléguée syndicale à l'UD FO", messageId: 'mandat' }] },
    { text: "Il milite à l'union départementale CGT.", errors: ["milite à l'union départementale CGT"] },
    { text: "Élu au bureau de l'UD FO, il siège aux prud'hommes.", errors: ["Élu au bureau de l'UD FO"] },
    { text: 'Ancien délégué CGTR chez un transporteur du Port.', errors: ['délégué CGTR'] },
    { text: 'Elle a été déléguée UGTG dans la grande distribution.', errors: ['déléguée UGTG'] },
    { text: "Adhérente de l'USTKE, elle travaillait au port de Nouméa.", errors: ["Adhérente de l'USTKE"] },
    { text: 'Élu STC au CSE de son entreprise à Ajaccio.', errors: ['Élu STC'] },
    { text: "La CGT l'a accompagné aux prud'hommes : il y adhère depuis 2009.", errors: ['il y adhère'] },
    { text: "Le syndicat Sud l'a soutenue ; elle y est syndiquée depuis.", errors: ['elle y est syndiquée'] },
    { text: "La CGT l'a aidé en 2015 ; il n'y adhère plus depuis.", errors: ["il n'y adhère"] },
    {
      text: 'Ancienne déléguée syndicale CFDT, elle connaît la négociation.',
      errors: [{ text: 'déléguée syndicale CFDT', messageId: 'mandat', severity: 'error', category: 'syndicat' }],
      output: 'Ancienne représentante du personnel, elle connaît la négociation.',
    },
    {
      text: 'Il pense que son mandat syndical a pesé dans son licenciement.',
      errors: ['mandat syndical'],
      output: 'Il pense que son mandat de représentant du personnel a pesé dans son licenciement.',
    },
    {
      text: 'Son activité syndicale lui a valu des remarques.',
      errors: ['activité syndicale'],
      output: 'Son activité lui a valu des remarques.',
    },
    {
      text: 'Adhérente CGT depuis vingt ans, elle veut se reconvertir.',
      errors: ['Adhérente CGT'],
      output: 'Elle veut se reconvertir.',
    },
    { text: 'Il est syndiqué chez Sud-Rail.', errors: ['syndiqué chez Sud-Rail'] },
    { text: 'Elle est adhérente à la CFTC.', errors: ['adhérente à la CFTC'] },
    { text: 'Militant FO, il a animé la section.', errors: ['Militant FO'] },
    { text: 'Il cotise à Force ouvrière.', errors: ['cotise à Force ouvrière'] },
    { text: 'Elle a été élue sur la liste UNSA.', errors: ['liste UNSA'] },
    { text: 'Il a été représentant de la section syndicale.', errors: ['section syndicale'] },
    { text: 'Son passé de syndicaliste inquiète les recruteurs.', errors: ['syndicaliste'] },
    { text: 'Elle adhère à un syndicat depuis son embauche.', errors: ['syndicat'] },
    { text: 'Il utilisait ses heures de délégation pour préparer les réunions.', errors: ['heures de délégation'] },
    { text: 'Il était salarié protégé jusqu’en 2023.', errors: ['salarié protégé'] },
    { text: "Il n'est plus syndiqué depuis son départ.", errors: ['syndiqué'] },
    { text: 'Il est cégétiste depuis l’usine de Vénissieux.', errors: ['cégétiste'] },
    { text: 'Elle est engagée syndicalement dans son entreprise.', errors: ['syndicalement'] },
    { text: 'Il a été DS pendant six ans.', errors: [{ text: 'DS', messageId: 'mandat' }] },
    { text: 'Elle a été élue sur une liste Sud.', errors: ['liste Sud'] },
    { text: 'Il a milité à l’UNEF pendant ses études.', errors: ['milité à l’UNEF'] },
    { text: 'Son engagement à FO lui a valu des tensions avec la direction.', errors: ['engagement à FO'] },
    { text: 'Son implication au sein de la CFDT l’a beaucoup occupé.', errors: ['implication au sein de la CFDT'] },
    { text: 'Il est syndiqué au sein de la CGT.', errors: ['syndiqué au sein de la CGT'] },
    { text: 'Éleveuse, elle est adhérente de la Coordination rurale.', errors: ['adhérente de la Coordination rurale'] },
    { text: 'Il est membre de la FNSEA depuis son installation.', errors: ['membre de la FNSEA'] },
    { text: 'Agriculteur, il a rejoint la Confédération paysanne en 2019.', errors: ['rejoint la Confédération paysanne'] },
    { text: 'Il milite aux Jeunes Agriculteurs du Tarn.', errors: ['milite aux Jeunes Agriculteurs'] },
    { text: 'Elle est adhérente d’un syndicat agricole.', errors: ['adhérente d’un syndicat agricole'] },
    { text: 'Professeure, elle est syndiquée au SNES.', errors: ['syndiquée au SNES'] },
    { text: 'Pendant ses études, elle était membre de la FAGE.', errors: ['membre de la FAGE'] },
    // elected on a union list, former or current union delegate
    { text: 'Élue Solidaires au CSE de la coopérative viticole.', errors: ['Élue Solidaires'] },
    { text: 'Elle est élue FO au comité social et économique.', errors: ['élue FO'] },
    { text: 'Ancien DS chez un transporteur, il a été licencié.', errors: ['DS'] },
    { text: 'Il est DS chez Géodis depuis 2018.', errors: ['DS'] },
    { text: 'Elle a été DSC chez un grand distributeur.', errors: ['DSC'] },
    // sector unions named by ordinary words or in mixed case, after a membership word
    { text: "Son mari est policier et adhérent d'Alliance, il connaît bien les horaires décalés.", errors: ["adhérent d'Alliance"] },
    { text: 'Elle est syndiquée au Snes depuis 2010.', errors: ['syndiquée au Snes'] },
    { text: "Il est membre d'Unité SGP.", errors: ["membre d'Unité SGP"] },
    { text: "Il est adhérent à l'Unsa depuis peu.", errors: ["adhérent à l'Unsa"] },
    // unions of one trade
    { text: "Adhérent de l'UNFP pendant ses années au club, il a suivi un bilan.", errors: ["Adhérent de l'UNFP"] },
    { text: 'Adhérente du STJV, elle a participé à la grève.', errors: ['Adhérente du STJV'] },
    { text: 'Elle était déléguée SNPNC chez Air France.', errors: ['déléguée SNPNC'] },
    { text: 'Membre de Provale pendant sa carrière de rugbyman.', errors: ['Membre de Provale'] },
    // round 10: overseas and regional vocabulary
    { text: "Ancien conducteur de car, il était délégué FNCR dans sa précédente entreprise.", errors: ["délégué FNCR"] },
    { text: "Il a été délégué CGT-RATP pendant dix ans.", errors: ["délégué CGT-RATP"] },
  ],
});

// sweep: the union counterpart of a company is not the person's mandate (trap); the person's own mandate still is
ruleTester(rule, {
  valid: [
    "L'interlocuteur syndical de l'entreprise n'a pas été sollicité.",
    'Elle a rencontré les interlocuteurs syndicaux du site lors de son stage RH.',
    // the union as an employer, several function words away
    "Il a travaillé au standard de la CFDT via une agence d'intérim.",
  ],
  invalid: [
    { text: 'Il est délégué syndical CGT dans son entrepôt.', errors: ['délégué syndical CGT'] },
  ],
});

// round 21: union training leave, strike funds, leafleting for a named union
ruleTester(rule, {
  valid: [
    'Il conduit un tracteur pour la CUMA.',
    'Il a pris un congé de formation pour passer le CACES.',
  ],
  invalid: [
    { text: 'Il a pris un congé de formation économique et sociale de cinq jours.', errors: ['congé de formation économique et sociale'] },
    { text: 'Il cotise à la caisse de grève.', errors: ['caisse de grève'] },
    { text: 'Il tracte pour la CNT devant les entrepôts.', errors: ['tracte pour la CNT'] },
  ],
});

// a mobilisation led is a strike only beside a strike or a union; the tourist office is no union
ruleTester(rule, {
  valid: [
    'Elle a organisé la mobilisation des bénévoles pour la collecte alimentaire.',
    "Il mène la mobilisation des partenaires pour le forum de l'emploi de mars.",
    "Il a distribué des tracts pour le syndicat d'initiative de la ville lors d'un job d'été.",
  ],
  invalid: [
    { text: 'Elle a organisé la mobilisation contre la réforme avec la CGT du site.', errors: ['organisé la mobilisation', 'CGT'] },
  ],
});

// a labour-court mandate on the employees' side is a union mandate; the employers' side, a claim or a court job is not
ruleTester(rule, {
  valid: [
    "Ancien artisan, il est conseiller prud'homme dans le collège employeurs.",
    "Il a saisi les prud'hommes contre son employeur.",
    "Elle veut devenir greffière au conseil de prud'hommes.",
    "Il a été conseiller prud'homme côté patronal pour la chambre des métiers.",
  ],
  invalid: [
    { text: "Elle siège comme conseillère prud'homme dans le collège salariés jusqu'à la fin de son mandat.", errors: ["conseillère prud'homme"] },
    { text: 'Il a aussi exercé un mandat de conseiller prud’homme pendant quatre ans.', errors: ['mandat de conseiller prud’homme'] },
    { text: "Juge prud'homal depuis 2018, il connaît bien le droit du travail.", errors: ["Juge prud'homal"] },
    { text: "Adhérent CFTC depuis 2010, il a été conseiller prud'homme côté salariés.", errors: ['Adhérent CFTC'] },
  ],
});

// the court's member in a case (« le conseiller prud'homme », « le juge prud'homal ») is no mandate of the person
ruleTester(rule, {
  valid: [
    "Le conseiller prud'homme a renvoyé l'affaire à une audience de départage.",
    "Le juge prud'homal a condamné son ancien employeur à lui verser un rappel de salaire.",
  ],
  invalid: [
    { text: "Il a été conseiller prud'homme pendant six ans.", errors: ["conseiller prud'homme"] },
    { text: "Le mandat de conseiller prud'homme lui a appris le droit du travail.", errors: ["mandat de conseiller prud'homme"] },
  ],
});

// a co-ownership's meeting is the owners' syndicate, not a union
ruleTester(rule, {
  valid: [
    'Elle a participé à une réunion syndicale de copropriété.',
    "Il siège à l'assemblée syndicale des copropriétaires de sa résidence.",
  ],
  invalid: [
    { text: 'Elle a participé à une réunion syndicale de son entreprise.', errors: ['réunion syndicale'] },
  ],
});

// a mandate with its level ("responsable départemental de la Confédération paysanne", "secrétaire général adjoint de la CFDT");
// a table or form label ("| Vie syndicale | …") is no finding by itself
ruleTester(rule, {
  valid: [
    '| Vie syndicale | Néant |',
    'Engagement syndical : néant.',
    '- Activité syndicale : sans objet.',
    'Il est responsable départemental de la logistique chez Geodis.',
    'Directeur régional de la Confédération des PME, son ancien employeur.',
    'Responsable national des ventes chez Carrefour.',
    'Secrétaire général de la mairie de Vienne.',
    "Délégué régional de l'Ademe, il connaît le secteur.",
    'Adjoint au responsable local du magasin.',
    'La confédération générale des PME recrute.',
  ],
  invalid: [
    { text: 'Ancien responsable départemental de la Confédération paysanne, il se reconvertit dans la logistique.', errors: ['responsable départemental de la Confédération paysanne'] },
    { text: 'Secrétaire général adjoint de la CFDT, il cherche un poste.', errors: ['Secrétaire général adjoint de la CFDT'] },
    { text: 'Déléguée régionale de FO pendant six ans.', errors: ['Déléguée régionale de FO'] },
    { text: '| Vie syndicale | Élue du personnel sur la liste UNSA pendant 4 ans. |', errors: ['liste UNSA'] },
    { text: 'Il évoque son engagement syndical : dix ans à la CGT.', errors: ['engagement syndical', 'CGT'] },
  ],
});

// trade federations named without their confederation; joining "le syndicat" in a note without a subject;
// delegation hours beside the mandate they restate; CSQ as a nuclear certificate
ruleTester(rule, {
  valid: [
    'Il a travaillé à la FGA de Lyon comme comptable.',
    'La FNAF organise un salon en mars.',
    "Elle est membre de l'Alliance des entreprises.",
    'Habilitation RP2 et CSQ à jour, il postule en arrêt de tranche.',
    'Il a obtenu la certification CSQ en 2021.',
    'Négociation entre le syndicat et la direction sur les horaires.',
    'Il a rejoint le syndicat des eaux comme technicien.',
    'A rejoint le syndicat mixte du bassin comme agent de rivière.',
    "Elle a rejoint le syndicat d'initiative de Vannes en saisonnière.",
    "N'a jamais rejoint le syndicat, préfère rester en dehors.",
  ],
  invalid: [
    { text: 'Elle a adhéré à la FGA quand la conserverie a annoncé les licenciements.', errors: ['adhéré à la FGA'] },
    { text: 'Il est syndiqué à la FNAF depuis 2012.', errors: ['syndiqué à la FNAF'] },
    { text: 'Adhérent de la FGTA-FO dans la grande distribution.', errors: ['Adhérent de la FGTA-FO'] },
    { text: 'Elle était syndiquée à la CSQ au Québec.', errors: ['syndiquée à la CSQ'] },
    { text: 'livreur, a rejoint le syndicat des livreurs pour contester les tarifs', errors: ['rejoint le syndicat'] },
    { text: 'Élu CSE sur la liste UNSA, il a des heures de délégation.', errors: ['liste UNSA'] },
    { text: 'Il a des heures de délégation au CSE.', errors: ['heures de délégation'] },
  ],
});

// FTM alone is a foyer de travailleurs migrants; the metalworkers' federation is named with its confederation
ruleTester(rule, {
  valid: ["Il vit au foyer, le responsable du FTM l'a orienté vers nous.", 'Membre du conseil de résidents du FTM depuis 2021.'],
  invalid: [{ text: 'Il est adhérent de la FTM-CGT depuis 2019.', errors: ['adhérent de la FTM-CGT'] }],
});

// unions of Ireland, the United Kingdom and Spain by acronym or French name; a question about unions is no membership
ruleTester(rule, {
  valid: [
    'Elle aimerait savoir si un syndicat défend les saisonniers dans la vallée.',
    'Il demande quel syndicat contacter pour un litige de salaire.',
    "Elle cherche un syndicat pour l'aider face à son employeur.",
    "La commission d'embauche ouvrière se réunit lundi.",
    'Il a pris le RER puis le bus jusqu’à Dublin.',
    'Elle a travaillé chez Dublin Bus comme conductrice.',
    "Le syndic de copropriété n'a pas répondu.",
    "Stage à l'office de tourisme, ancien syndicat d'initiative.",
    'Poste de chargé de mission au syndicat mixte des transports.',
    "N'a jamais été syndiquée, ni en Espagne ni en France.",
  ],
  invalid: [
    { text: 'Elle a gardé sa carte SIPTU depuis son passage chez Dublin Bus.', errors: ['carte SIPTU'] },
    { text: 'Il est membre du RMT depuis ses années de conducteur à Londres.', errors: ['membre du RMT'] },
    { text: 'Elle était affiliée aux Commissions ouvrières à Bilbao.', errors: ['affiliée aux Commissions ouvrières'] },
    { text: 'Il a adhéré à Unite the Union sur le chantier de Manchester.', errors: ['adhéré à Unite the Union'] },
    { text: "Il a rejoint un syndicat l'an dernier.", errors: ['syndicat'] },
  ],
});

// unions of banking, insurance and retail staff; "SNB" is also a Swiss bank's initials: only with a membership or union word
ruleTester(rule, {
  valid: [
    'Elle a travaillé au SNB pendant deux ans.',
    'Il a fait un stage à la SNB à Zurich.',
    'Le SNB a publié un rapport sur les taux.',
    'Elle a négocié avec le SNB pour son prêt.',
    'Conseillère bancaire, elle est adhérente de la mutuelle depuis huit ans.',
    'Elle vise un poste de conseillère clientèle en banque.',
    "Il a répondu à une offre de la Banque nationale suisse.",
    "L'adhérent cherche un poste de guichetier en agence bancaire.",
    'Elle connaît bien la réglementation bancaire suisse.',
    'Il a été caissier au Crédit agricole pendant cinq ans.',
  ],
  invalid: [
    { text: 'Conseillère bancaire, elle est adhérente au SNB depuis huit ans.', errors: ['adhérente au SNB'] },
    { text: 'Elle est syndiquée au SNB-CFE-CGC.', errors: ['syndiquée au SNB-CFE-CGC'] },
    { text: 'Elle est adhérente à la FSPBA.', errors: ['adhérente à la FSPBA'] },
    { text: 'Il a été élu délégué du personnel sur une liste FSPBA-CGT.', errors: ['liste FSPBA-CGT'] },
  ],
});
