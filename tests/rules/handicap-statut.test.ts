import rule from '../../rules/handicap-statut.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // an insurance product by the risks it covers; the source of the recommended neutral wording
    "Pilotage d'un portefeuille d'entreprises clientes, contrats de prévoyance, garanties invalidité-décès.",
    'Courtier, il vend des contrats invalidité aux artisans.',
    'Préconisations du médecin du travail reprises avec son accord : contraintes de santé compatibles avec un poste sans manipulation fine.',
    // the medical adviser acting on a status reported on its own; a job with a scheme
    "Il a travaillé deux ans auprès de Cap emploi comme agent d'accueil.",
    "L'Agefiph a publié son rapport annuel.",
    // a form answered "no", the agency heading its own report
    'Elle a coché « non » à la question sur la RQTH.',
    'CAP EMPLOI 71 – ENTRETIEN DE DIAGNOSTIC',
    "Elle travaille auprès de personnes handicapées depuis dix ans.",
    // sweep: the staff's own leave; the organisation as the employer aimed at
    "Le conseiller était en congé maladie, l'entretien a été assuré par sa collègue.",
    'La formatrice est en arrêt maladie, la session est reportée.',
    "Le chef de rayon était en arrêt maladie, l'immersion a été décalée d'une semaine.",
    "Candidature envoyée à la Maison départementale des personnes handicapées pour un poste d'instructeur administratif.",
    'Il a postulé à la MDPH pour un CDD de gestionnaire.',
    // the scheme's own work with employers, in a sentence naming no one
    'Cap emploi accompagne les entreprises dans leur politique handicap.',
    'Le dispositif Emploi accompagné est présenté aux employeurs du territoire.',
    // a workforce rate, not the person's status
    "L'entreprise emploie 6 % de bénéficiaires de l'obligation d'emploi.",
    'Le taux de travailleurs handicapés atteint 4 %.',
    // the organisation's network or staff named as a partner
    "L'interprète LSF du réseau Cap emploi n'était pas disponible, la réunion d'information est reportée.",
    "Réunion partenariale : l'équipe de Cap emploi présente ses actions.",
    // school staff: the schemes and the MDPH are the pupils'; a ticked "non"; an employer with an address between commas
    'AESH depuis quatre ans en ULIS, elle accompagne des élèves autistes.',
    "Vous êtes accompagnante d'élèves en situation de handicap, d'abord en collège, dont trois ans en dispositif ULIS.",
    "- préparé les éléments transmis à la MDPH par l'enseignant référent ;",
    'RQTH : ☐ oui ☒ non',
    "L'entreprise adaptée de Saintes, 4 rue de l'Industrie, recrute des opérateurs.",
    // a recognition declined or put off by the person
    "Il précise qu'il ne souhaite pas pour l'instant de reconnaissance de travailleur handicapé.",
    'Il ne souhaite pas pour le moment de RQTH.',
    'Il a refusé de demander la RQTH.',
    // "AI" as artificial intelligence, an integration allowance without disability
    "Il a déposé une demande AI auprès de la banque pour un projet d'intelligence artificielle.",
    'Le dossier AI du projet de chatbot est prêt.',
    "Il perçoit une allocation d'intégration du CPAS pour son logement.",
    "Il travaille sur des projets d'AI générative.",
    "J'ai été arrêté deux jours en garde à vue en mars.",
    // a long-term jobseeker, a site stopped at once
    "Elle accompagne un CLD de 55 ans vers la reprise d'emploi.",
    "Public CLD : chômeurs de longue durée, accompagnement renforcé.",
    "Le chantier a été stoppé : arrêt immédiat des travaux après l'accident.",
    "Arrêt total de la production en août.",
    // jobseekers, youth information, assessors, adapted physical activity
    'Public CLD accueilli en atelier.',
    'Le Point IJ de la mairie accueille les jeunes.',
    'Il évalue le GIR des résidents en EHPAD.',
    "Licence STAPS APA, elle cherche un poste d'enseignante en APA.",
    // organisations and jobs, not the person's status
    'Conseiller Cap emploi présent à la réunion partenariale.',
    'Elle était référente handicap chez son ancien employeur.',
    "Moniteur d'atelier en ESAT : poste visé après la formation.",
    "L'entreprise est soumise à l'obligation d'emploi des travailleurs handicapés.",
    'L’entreprise recrute des travailleurs handicapés sur ses sites logistiques.',
    // absence
    "Il n'a pas de RQTH.",
    'RQTH : non',
    'Aucun arrêt de travail depuis son embauche.',
    // other senses
    "Le code invalide bloque l'inscription en ligne.",
    'Il est en arrêt devant la vitrine quand le bus passe.',
    'Son arrêt de bus est à dix minutes de l’agence.',
    'Visite médicale d’embauche programmée par l’employeur.',
    // an arrest or a stopped activity is not a sick leave
    'Il a été arrêté par la gendarmerie en 2018.',
    "L'atelier est arrêté jusqu'à nouvel ordre.",
    // sheltered work as a job, an employer; absence through a coordination or a negated verb
    'Elle cherche un poste de monitrice en ESAT.',
    "L'entreprise adaptée de Valcourt recrute des caristes.",
    'Pas de RQTH ni de dossier MDPH.',
    "Elle ne relève pas de l'AAH.",
    'Aucune notification MDPH à ce jour.',
    // other people's leave
    'Elle gérait les arrêts maladie des salariés comme assistante de paie.',
    'Il a remplacé une collègue en congé maladie.',
    // "avoir (tout) arrêté": the person stopped something, not a leave
    'Ancienne grosse fumeuse, elle dit avoir tout arrêté depuis un an.',
    'Il a arrêté depuis deux ans et se sent mieux.',
    "Elle avait tout arrêté pendant trois mois pour s'occuper de sa mère.",
    // "arrêt de" + a length outside a health sentence, or the length of something else
    "Il attend à l'arrêt de bus depuis dix minutes.",
    "L'arrêt de la formation a été décidé en mars.",
    "Arrêt de six semaines de la production après l'incendie.",
    'Le chantier a connu un arrêt de deux semaines en août.',
    'Il a pris un arrêt de deux ans pour voyager.',
    "Sa fille est malade ; l'arrêt de deux mois de son contrat l'inquiète.",
    // a school institution as a workplace, the organisation as the employer, the law
    'Elle est éducatrice spécialisée en IME depuis dix ans et cherche un poste en libéral.',
    'Il postule comme moniteur éducateur dans un ITEP.',
    "Elle a exercé comme aide médico-psychologique en maison d'accueil spécialisée.",
    "Candidature au poste de chargé de mission maintien dans l'emploi chez Cap emploi 974.",
    "Atelier droits des salariés : présentation de la loi handicap de 2005 et de l'OETH.",
    'Elle travaille comme AESH dans une école primaire.',
    'Il a signé un contrat à temps partiel pour raisons familiales.',
    // the public a job looks after; the health insurance's control as a workplace; a leave's length without illness
    "Poste de moniteur d'atelier en ESAT : encadrement de travailleurs handicapés en espaces verts.",
    'Elle était secrétaire du médecin conseil à la CPAM pendant dix ans.',
    "L'usine a annoncé un arrêt de 10 jours de la production.",
    'Car coupure de courant, arrêt de 10 jours du chantier.',
      // employer aids handled as files, disability facilities as workplaces
    "Elle gère les demandes d'AETH et de RLH pour les entreprises adhérentes.",
    'Chargée de mission handicap, elle instruit les dossiers de RLH.',
    'La formation porte sur la RLH et l’AETH pour les employeurs.',
    'Éducateur en MAS depuis cinq ans.',
    'Elle travaille comme aide-soignante en FAM.',
    "Stage d'AES dans un foyer de vie.",
    'Moniteur-éducateur au SAVS de Castelroux.',
    "Elle cherche un poste d'AMP en maison d'accueil spécialisée.",
    'Les MAS de la région recrutent des aides-soignants.',
    "En cas d'accident, arrêt immédiat et alerte du sauveteur secouriste.",
    "Lors de l'opération de maintenance, arrêt complet pendant deux jours.",
    "Il a suivi la procédure santé-sécurité : arrêt immédiat en cas de malaise d'un collègue.",
    // the fund as an organisation, the medical officer beside the status it decides
    "L'Agefiph finance des plages braille pour les entreprises qui en font la demande.",
    // review: a fund's offer in the plural, no person named
    "Les formations de ce centre sont financées par l'Agefiph pour les entreprises.",
    // sweep: an office as an organiser, a partner or a workplace; a fund's aids to firms
    'Cap emploi 35 organise un job dating avec des entreprises inclusives le 12 décembre.',
    "La Mission locale a signé une convention avec la MDPH pour des ateliers sur l'orientation.",
    'Il a travaillé au standard de la MDPH du Nord en contrat aidé.',
    "Atelier collectif sur le handicap au travail : présentation des aides de l'Agefiph aux employeurs.",
    "J'ai rappelé que l'Agefiph peut financer l'interprétation.",
    // an arrest by the police
    "Le policier l'a arrêté trois jours avant le procès.",
    'Il a été arrêté deux jours en garde à vue.',
    'Il a été arrêté deux jours en juin par la police.',
  ],
  invalid: [
    { text: 'Sa garantie invalidité a pris le relais.', errors: ['invalidité'] },
    { text: 'Préconisations du médecin du travail : pas de port de charges.', errors: ['Préconisations du médecin du travail'] },
    { text: "Je sollicite l'Agefiph pour une étude ergonomique du poste.", errors: ['Agefiph'] },
    { text: "Ses deux formations ont été financées par l'Agefiph.", errors: ['Agefiph'] },
    { text: "Formation de cariste financée par l'Agefiph.", errors: ['Agefiph'] },
    { text: 'Son dossier MDPH travaillé avec la conseillère est complet.', errors: ['MDPH'] },
    { text: "Il a obtenu une aide de l'Agefiph pour son permis.", errors: ['Agefiph'] },
    { text: 'Reprise en mi-temps thérapeutique validée par le médecin conseil à compter du 02/12.', errors: ['mi-temps thérapeutique'] },
    { text: 'Inscrit auprès de Cap emploi depuis janvier.', errors: ['Cap emploi'] },
    // the fund's ergonomist studying the person's workstation; a scheme heading the report stays a finding
    { text: "Étude de poste par l'ergonome de l'Agefiph.", errors: ['Agefiph'] },
    // sweep traps: the person's own leave, a request for an adapted job
    { text: 'Il est en congé maladie depuis mars.', errors: ['en congé maladie'] },
    { text: "Chef d'équipe, il est en arrêt maladie depuis mars.", errors: ['en arrêt maladie'] },
    { text: 'Dossier envoyé à la MDPH pour un poste aménagé.', errors: ['MDPH'] },
    { text: 'Cap emploi présente sa candidature aux entreprises.', errors: ['Cap emploi'] },
    { text: 'Cap emploi le présente aux employeurs depuis mars, il est motivé.', errors: ['Cap emploi'] },
    // a route open to the status offered to the person; the organisation following the person
    { text: "Vous pouvez candidater par la voie du recrutement contractuel ouverte aux bénéficiaires de l'obligation d'emploi.", errors: ["bénéficiaires de l'obligation d'emploi"] },
    { text: "Elle est suivie par l'antenne Cap emploi de Brest.", errors: ['Cap emploi'] },
    // English in notes
    { text: 'Elle est en sick leave depuis mars.', errors: ['sick leave'] },
    { text: "Elle a déposé une demande AI à l'office cantonal après son accident.", errors: ['demande AI'] },
    { text: "Il perçoit une allocation d'intégration du SPF Handicap.", errors: ["allocation d'intégration"] },
    { text: 'Elle a refusé le poste et doit demander la RQTH.', errors: ['RQTH'] },
    { text: "Il n'a pas pour l'instant de traitement mais une RQTH depuis 2020.", errors: ['RQTH'] },
    // civil-service leave acronym with its vocabulary, immediate and long leaves
    { text: 'Attaché territorial, il est en CLD depuis deux ans et voit le médecin agréé.', errors: ['CLD'] },
    { text: 'Après son infarctus, arrêt immédiat.', errors: ['arrêt immédiat'] },
    { text: 'Maladie de Hodgkin diagnostiquée, arrêt immédiat.', errors: ['arrêt immédiat'] },
    { text: 'Deux ans en arrêt longue durée, puis reprise.', errors: ['en arrêt longue durée'] },
    // civil-service leave acronyms, allowances, an elderly relative's dependency
    { text: 'Elle est en CLM depuis six mois.', errors: ['CLM'] },
    { text: 'Elle est en CMO depuis trois semaines.', errors: ['CMO'] },
    { text: 'Ses IJ sont versées par la CPAM.', errors: ['IJ'] },
    { text: 'Sa mère est classée GIR 3.', errors: ['GIR 3'] },
    { text: "Il touche l'APA pour son père.", errors: ['APA'] },
    { text: "Son père est en perte d'autonomie.", errors: ["en perte d'autonomie"] },
    // the employer's recognition of the heavy burden of the disability, and its aid
    { text: "Dossier de reconnaissance de la lourdeur du handicap déposé par l'employeur.", errors: ['reconnaissance de la lourdeur du handicap'] },
    { text: "L'employeur a obtenu la RLH pour son poste.", errors: ['RLH'] },
    { text: "Son employeur perçoit l'AETH depuis janvier.", errors: ['AETH'] },
    { text: 'Il a une majoration pour tierce personne.', errors: ['majoration pour tierce personne'] },
    { text: 'Elle a une carte de priorité.', errors: ['carte de priorité'] },
    { text: 'Titulaire de la CMI invalidité.', errors: ['CMI invalidité'] },
    // adult disability facilities and services
    { text: 'Il réside en FAM depuis 2019.', errors: ['FAM'] },
    { text: 'Il vit en MAS.', errors: ['MAS'] },
    { text: 'Accompagné par le SAVS depuis deux ans.', errors: ['SAVS'] },
    { text: 'Sa fille vit en foyer de vie, elle cherche un poste à mi-temps.', errors: ['foyer de vie'] },
    { text: "Elle est arrêtée jusqu'au 12 mai par son généraliste.", errors: [{ text: 'arrêtée', messageId: 'arret' }], output: "Elle est indisponible jusqu'au 12 mai par son généraliste." },
    { text: 'Il est en AT depuis février.', errors: [{ text: 'AT', messageId: 'arret' }] },
    { text: 'Il travaille en ESAT depuis six ans.', errors: ['ESAT'] },
    {
      text: "L'adhérent bénéficie d'une RQTH valable jusqu'en 2028.",
      errors: [{ text: 'RQTH', messageId: 'statut', severity: 'warning', category: 'sante' }],
      output: "L'adhérent bénéficie d'un statut de bénéficiaire de l'obligation d'emploi valable jusqu'en 2028.",
    },
    {
      text: "l'adherente est en arret maladie jusqu'au 20/05, prochain rdv apres",
      errors: [{ text: 'en arret maladie', messageId: 'arret' }],
      output: "l'adherente est indisponible jusqu'au 20/05, prochain rdv apres",
    },
    { text: 'Arrêt de travail depuis le 3 mars.', errors: ['Arrêt de travail'], output: 'Indisponibilité depuis le 3 mars.' },
    { text: 'Reprise en temps partiel thérapeutique envisagée en juin.', errors: ['temps partiel thérapeutique'], output: 'Reprise en temps partiel envisagée en juin.' },
    { text: 'Elle reprend à mi-temps thérapeutique.', errors: ['mi-temps thérapeutique'], output: 'Elle reprend à mi-temps.' },
    { text: 'Dossier MDPH déposé en janvier pour une orientation.', errors: ['MDPH'], output: 'Dossier déposé en janvier pour une orientation.' },
    { text: "Elle perçoit l'AAH depuis 2020.", errors: ['AAH'], output: 'Elle perçoit la prestation sociale depuis 2020.' },
    { text: 'Classée en invalidité catégorie 2, elle peut travailler à mi-temps.', errors: ['Classée en invalidité catégorie 2'] },
    { text: 'Déclaré inapte à son poste de cariste en octobre.', errors: [{ text: 'Déclaré inapte', messageId: 'inaptitude' }] },
    { text: 'Licencié pour inaptitude après un accident du travail.', errors: ['Licencié pour inaptitude', 'accident du travail'] },
    { text: 'Licenciée pour inaptitude en 2023, elle cherche un poste assis.', errors: ['Licenciée pour inaptitude'] },
    { text: 'Sa maladie professionnelle a été reconnue en 2022.', errors: ['maladie professionnelle'] },
    { text: 'Orienté vers Cap emploi avec son accord.', errors: ['Cap emploi'] },
    { text: "Aide Agefiph sollicitée pour l'aménagement du véhicule.", errors: ['Agefiph'] },
    { text: 'Pris en charge au titre d’une affection de longue durée.', errors: ['affection de longue durée'] },
    { text: 'Pris en charge au titre d’une ALD.', errors: ['ALD'] },
    { text: "Il a un taux d'incapacité de 80 %.", errors: ["taux d'incapacité de 80 %"] },
    { text: 'Il est invalide à 80 %.', errors: ['invalide'] },
    { text: 'Il a obtenu la carte mobilité inclusion en mars.', errors: ['carte mobilité inclusion'] },
    { text: 'Après six mois d’arrêt, il reprend le 2 mai.', errors: ['arrêt'], output: 'Après six mois d’indisponibilité, il reprend le 2 mai.' },
    { text: 'Son arrêt se termine le 15 juin.', errors: ['arrêt'] },
    // sick leave by its length in a sentence about an injury or an illness
    { text: 'Chute en mars, tassement vertébral, arrêt de six semaines ; reprise en mai.', errors: ['arrêt'], output: 'Chute en mars, tassement vertébral, indisponibilité de six semaines ; reprise en mai.' },
    { text: 'Opéré du genou en mai, arrêt de deux mois.', errors: ['arrêt'] },
    { text: 'Accident de scooter en janvier : arrêt de 3 semaines.', errors: ['arrêt'] },
    { text: 'Burn-out l’an dernier, arrêt 4 mois puis reprise.', errors: ['arrêt'] },
    { text: 'Après une tendinite, un arrêt de trois semaines a été prescrit.', errors: ['arrêt'] },
    { text: 'Son arrêt de six semaines se termine vendredi.', errors: ['arrêt'] },
    // the passive keeps the leave reading
    { text: 'Il a été arrêté par son médecin pour deux semaines.', errors: ['arrêté'] },
    { text: 'Il est arrêté depuis trois semaines.', errors: ['arrêté'] },
    // school schemes, sick-leave and RQTH shorthand, sheltered work, long forms of therapeutic part-time
    { text: 'Scolarité en ULIS au collège, puis CAP non terminé.', errors: ['ULIS'] },
    { text: 'Son fils est scolarisé en IME depuis septembre.', errors: ['IME'] },
    { text: 'Son fils est accompagné par une AESH dix heures par semaine.', errors: ['AESH'] },
    { text: "Reprise après six mois d'IJ, il veut retrouver son poste.", errors: [{ text: 'IJ', messageId: 'arret' }] },
    { text: 'A la reco TH depuis 2022, notif jusqu’en 2027.', errors: ['reco TH'] },
    { text: "Retour progressif à l'ESAT non souhaité.", errors: ['ESAT'] },
    { text: 'Il est suivi chez Cap emploi pour trouver un poste adapté.', errors: ['Cap emploi'] },
    { text: "Il relève de l'OETH depuis 2021.", errors: ['OETH'] },
    { text: 'Reprise en temps partiel pour motif thérapeutique jusqu’en juin.', errors: ['temps partiel pour motif thérapeutique'], output: 'Reprise en temps partiel jusqu’en juin.' },
    { text: 'Reprise à mi-temps pour raisons de santé depuis janvier.', errors: ['mi-temps pour raisons de santé'], output: 'Reprise à mi-temps depuis janvier.' },
    // a leave's length next to a short disease name; the health insurance's medical control
    { text: 'Ne viendra pas au RDV car zona sur le visage, arrêt de 10 jours.', errors: ['arrêt'] },
    { text: 'Grippe carabinée, arrêt de 5 jours.', errors: ['arrêt'] },
    { text: 'Il a été convoqué par le médecin conseil en septembre.', errors: [{ text: 'convoqué par le médecin conseil', messageId: 'arret' }] },
    { text: 'Elle a rendez-vous avec le médecin-conseil de la CPAM mardi.', errors: ['médecin-conseil de la CPAM'] },
    { text: 'Il a le statut de travailleur handicapé depuis 2019.', errors: ['statut de travailleur handicapé'] },
    { text: "Il fait partie des travailleurs handicapés de l'entreprise.", errors: ['travailleurs handicapés'] },

    // dictated acronyms spelled letter by letter; incapacity pensions
    { text: 'la R Q T H est arrivée en janvier', errors: ['R Q T H'] },
    { text: 'il touche l’A A H depuis 2019', errors: ['A A H'] },
    { text: 'dossier M D P H en cours', errors: ['M D P H'] },
    { text: 'Son compagnon touche une rente d’incapacité de 430 € par mois.', errors: ['rente d’incapacité'] },
    { text: 'Il perçoit une rente accident du travail.', errors: ['rente accident du travail'] },
    { text: "Diagnostic en septembre, arrêt immédiat.", errors: ["arrêt immédiat"] },
    // a fund as the person's aid, the medical officer alone
    { text: 'Son dossier Agefiph est en cours.', errors: ['Agefiph'] },
    { text: 'Le médecin conseil l’a vu la semaine dernière.', errors: ['médecin conseil'] },
    // sick leave by the doctor as subject, a month after the length
    { text: "Son médecin l'a arrêtée un mois.", errors: ['arrêtée'] },
    { text: 'Elle a été arrêtée trois semaines en juin par son généraliste.', errors: ['arrêtée'] },
    { text: 'Il touche une rente AI depuis 2020.', errors: ['rente AI'] },
    { text: 'Picking. Arrêt AT 4 mois.', errors: ['Arrêt AT'] },
    { text: "Je me suis blessé, j'ai été arrêté six semaines.", errors: ['arrêté'] },
    { text: 'Elle est en incapacité de travail depuis mars.', errors: ['en incapacité de travail'] },
    { text: "Il a été scolarisé en ULIS avec une AESH jusqu'en 3e.", errors: ['ULIS', 'AESH'] },
    { text: 'RQTH : ☒ oui ☐ non', errors: ['RQTH'] },
    { text: 'Enseignante en ULIS, elle a elle-même une RQTH depuis 2020.', errors: ['RQTH'] },
  ],
});

// an offer open to a status, in a sentence that names no one, is the offer's public
ruleTester(rule, {
  valid: [
    "Le poste est ouvert aux bénéficiaires de l'obligation d'emploi.",
    "L'offre est réservée aux travailleurs handicapés.",
  ],
  invalid: [
    { text: 'Elle a obtenu un poste réservé aux travailleurs handicapés.', errors: ['travailleurs handicapés'] },
  ],
});

// a leave extended by a doctor, by verb or noun; the agency's letterhead
ruleTester(rule, {
  valid: [
    "La mairie a prolongé l'arrêt de la ligne 4 jusqu'en juin.",
    "Le chef a prolongé l'arrêt du chantier à cause de la pluie.",
    "Elle a prolongé l'arrêt de son abonnement de salle de sport.",
    'Cap emploi Ain-Léman – Note de suivi',
    "Cap emploi 71 : compte rendu d'entretien du 3 mars",
    "CAP EMPLOI 38 | Bilan d'étape",
    // a machine's or a vehicle's stop
    "Il faut prolonger l'arrêt technique de la chaîne pour la maintenance.",
    "La direction a prolongé l'arrêt machine d'une semaine.",
    'Le tramway a prolongé son arrêt à la gare pendant les travaux.',
  ],
  invalid: [
    { text: "Son généraliste a prolongé l'arrêt jusqu'au 12/05.", errors: ["prolongé l'arrêt"], output: "Son généraliste a prolongé son indisponibilité jusqu'au 12/05." },
    { text: 'Le médecin a renouvelé son arrêt pour un mois.', errors: ['renouvelé son arrêt'], output: 'Le médecin a renouvelé son indisponibilité pour un mois.' },
    { text: "Prolongation de l'arrêt jusqu'à fin mars.", errors: ["Prolongation de l'arrêt"], output: "Indisponibilité jusqu'à fin mars." },
    { text: 'Son arrêt a été prolongé de trois semaines.', errors: ['arrêt a été prolongé'] },
    { text: "Orientation vers Cap emploi validée avec l'accord de l'adhérente.", errors: ['Cap emploi'] },
    { text: "Son médecin a prolongé l'arrêt de trois semaines.", errors: ["prolongé l'arrêt"], output: "Son médecin a prolongé son indisponibilité de trois semaines." },
    { text: "Sa médecin traitante a reconduit l'arrêt de 15 jours.", errors: ["reconduit l'arrêt"] },
    { text: 'Son médecin traitant a reconduit son arrêt jusqu\'à la fin du mois.', errors: ['reconduit son arrêt'] },
    { text: 'Il prend le bus pour venir, son arrêt se termine lundi.', errors: ['arrêt'] },
    { text: 'Chauffeur de bus, il a vu son arrêt prolongé en mars.', errors: ['arrêt prolongé'] },
  ],
});

// the civil service's work accident, a file "en cours" (in progress), the medical control as a profession
ruleTester(rule, {
  valid: [
    "Elle gérait les déclarations d'accident de service des agents de la mairie.",
    "Gestionnaire RH, il instruisait les dossiers d'accident de service.",
    'Courtier en assurance : analyse des questionnaires de santé, relation avec les médecins-conseils.',
    'Interlocuteur des médecins conseils pour les dossiers des assurés.',
    "Elle a suivi une formation en cours du soir sur l'accueil des bénéficiaires de l'AAH.",
    "Elle prépare un module en cours de droit social sur la RQTH.",
  ],
  invalid: [
    { text: 'Ancien policier, il a quitté la police nationale après un accident de service au genou.', errors: ['accident de service'] },
    { text: 'Sa maladie imputable au service a été reconnue en 2023.', errors: ['maladie imputable au service'] },
    { text: "Dossier MDPH en cours pour l'AEEH.", errors: ['MDPH', 'AEEH'] },
    { text: "Demande en cours d'instruction pour l'AAH.", errors: ['AAH'] },
    { text: 'Dossier en cours pour la PCH de son fils.', errors: ['PCH'] },
    { text: 'Il a été convoqué par les médecins conseils de la CPAM.', errors: ['médecins conseils'] },
  ],
});

// the médecins-conseils are a job's partners only after a partner word, not when the person meets them
ruleTester(rule, {
  valid: [
    'Gestionnaire sinistres, en lien étroit avec les médecins-conseils des assureurs.',
    'Collaboration avec les médecins conseils pour les dossiers des assurés.',
  ],
  invalid: [
    { text: 'Elle a rendez-vous avec les médecins conseils de la CPAM le 12 mars.', errors: ['médecins conseils'] },
    { text: 'Il doit revoir les médecins-conseils en juin.', errors: ['médecins-conseils'] },
  ],
});

// a habit stopped, set off by a comma, is not a sick leave; an acronym glued to a file number is reported with the number
ruleTester(rule, {
  valid: [
    'Il reconnaît une consommation de cocaïne pendant les marées, arrêtée depuis un an.',
    "Sa consommation d'alcool, arrêtée depuis 2022, ne pose plus problème.",
    'Elle a repris le sport, arrêté depuis deux ans.',
    'Sa formation, arrêtée en mars faute de financement, reprendra en septembre.',
    'La production est arrêtée depuis un mois.',
    'Réf. du dossier : MDPH-21-0045872.',
    'Numéro transmis : AAH-2024118.',
  ],
  invalid: [
    { text: 'Elle est arrêtée depuis un mois pour son dos.', errors: ['arrêtée'] },
    { text: "Il s'est fait une entorse au chantier, arrêté depuis trois semaines.", errors: ['arrêté'] },
    { text: 'Dossier MDPH n° MDPH-21-0045872 en cours.', errors: ['MDPH'] },
    { text: 'Dossier MDPH-2024 déposé en mars.', errors: ['MDPH'] },
  ],
});

// a time phrase before the comma leaves the person as the subject of « arrêté »
ruleTester(rule, {
  valid: [
    'Son contrat, arrêté fin juin, n’a pas été renouvelé.',
  ],
  invalid: [
    { text: "Après sa mission d'intérim, arrêté depuis deux semaines pour une lombalgie.", errors: ['arrêté'] },
    { text: 'Suite à son accident de sport, arrêtée depuis trois semaines.', errors: ['arrêtée'] },
    { text: 'Pendant sa formation, arrêtée un mois par son médecin.', errors: ['arrêtée'] },
  ],
});

// a leave by a vague or long length (« arrêtée longtemps », « de longs mois », « des mois »), or timed before a birth in a sentence about
// pregnancy; not a pause (« s'est arrêté deux jours à Lyon »), a thing stopped, or an arrest
ruleTester(rule, {
  valid: [
    "Il s'est arrêté deux jours à Lyon chez son frère.",
    "Il s'est arrêté longtemps sur ce point pendant l'entretien.",
    'Elle s’était arrêtée des mois pour voyager en Asie.',
    'Il a été arrêté longtemps par la police.',
    'Il a été arrêté des semaines après les faits par les gendarmes.',
    'Son projet a été arrêté longtemps avant sa reprise.',
    'Sa formation a été arrêtée trois mois faute de financement.',
    'Le chantier de son entreprise a été arrêté de longs mois.',
    'Son contrat a été arrêté de longs mois avant la reprise.',
    'Il a arrêté longtemps le sport.',
  ],
  invalid: [
    { text: 'Il a été arrêté de longs mois par son médecin.', errors: ['arrêté'] },
    { text: 'Elle avait eu un souci de santé et avait été arrêtée longtemps.', errors: ['arrêtée'] },
    { text: 'Elle est restée arrêtée des mois après son opération.', errors: ['arrêtée'] },
    { text: 'Il a été arrêté pendant trois semaines pour son dos.', errors: ['arrêté'] },
    { text: "Grossesse compliquée d'une prééclampsie, elle a été arrêtée cinq mois avant la naissance.", errors: ['arrêtée'] },
  ],
});

// someone else's work accident, an offence's object, a topic of an information session or an event, the offices as partners,
// participants' organisations and letterheads
ruleTester(rule, {
  valid: [
    "Accident du travail d'un collègue sur le quai de chargement, l'adhérent a été témoin et a rempli la déclaration.",
    "L'arrêt maladie de sa collègue a désorganisé l'équipe.",
    'Poursuivi pour fraude aux indemnités journalières, audience prévue en février.',
    "Condamné pour escroquerie à l'AAH en 2019.",
    'Information collective du 12/11 sur la visite de pré-reprise et le rôle du service de santé au travail.',
    "J'ai proposé à M. Vasseur de participer au forum emploi accompagné du 20 novembre ; il est d'accord.",
    'Salon entreprises adaptées le 3 avril à la CCI.',
    "Réunion partenariale avec Cap emploi et la Mission locale sur l'offre de services du territoire.",
    "Le département pilote la MDPH : lettre d'information sur les délais, à transmettre aux partenaires.",
    'Le conseil départemental et la CNSA financent la MDPH, rappelle la note de service.',
    'Comité de pilotage Agefiph et Cap emploi reporté à juin.',
    'Participants : Mme Loriot (référente RSA, Département), M. Bekaert (conseiller France Travail), Mme Dumez (Cap emploi)',
    "CAP EMPLOI HAUTE-CORSE – SERVICE MAINTIEN DANS L'EMPLOI",
    'Cap emploi Morbihan – antenne de Vannes',
  ],
  invalid: [
    { text: "Il a eu un accident du travail en mars, chute d'un quai.", errors: ['accident du travail'] },
    { text: "Il est en arrêt maladie depuis l'accident de son fils.", errors: ['en arrêt maladie'] },
    { text: 'Il touche des indemnités journalières depuis mars.', errors: ['indemnités journalières'] },
    { text: 'Orientation vers Cap emploi validée avec son accord.', errors: ['Cap emploi'] },
    { text: 'Elle travaille en entreprise adaptée depuis 2019.', errors: ['entreprise adaptée'] },
    // a participle of the person's own follow-up, not an office steered by a partner
    { text: 'Son parcours est piloté par Cap emploi depuis janvier.', errors: ['Cap emploi'] },
    { text: 'Sa tutrice a contacté la MDPH pour relancer son orientation.', errors: ['MDPH'] },
  ],
});

// a status and the scheme it opens, told together, are one finding
ruleTester(rule, {
  valid: [
    'Le forum emploi accompagné a lieu en novembre à la CCI.',
  ],
  invalid: [
    { text: "Orientation CDAPH en milieu protégé renouvelée jusqu'en 2030.", errors: ['CDAPH en milieu protégé'] },
    { text: 'Notification MDPH en ESAT obtenue en mars.', errors: ['Notification MDPH en ESAT'] },
    { text: 'Orientation en milieu protégé, elle travaille en ESAT.', errors: ['Orientation en milieu protégé', 'ESAT'] },
  ],
});

// a staff member's organisation written after the name, in a heading or a list of participants
ruleTester(rule, {
  valid: [
    "Conseiller : M. Okafor — Cap emploi, 15 rue Salvador-Allende, 92000 Nanterre (adresse de l'agence)",
    'Référente : Mme Dumez, Cap emploi',
    'Conseillère : Mme Laurent – Cap emploi 35',
    'Intervenant : M. Diallo - Agefiph Bretagne',
  ],
  invalid: [
    { text: 'Mme Rabier est suivie dans le cadre de son orientation vers Cap emploi.', errors: ['Cap emploi'] },
    { text: 'Bénéficiaire : Mme Rabier — Cap emploi depuis mars.', errors: ['Cap emploi'] },
    { text: 'Sa conseillère Mme Laurent, Cap emploi, la suit depuis mars.', errors: ['Cap emploi'] },
    { text: "Orientée vers Cap emploi, Mme Rabier a obtenu un rendez-vous.", errors: ['Cap emploi'] },
  ],
});
