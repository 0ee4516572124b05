/**
 * English explanations of the rules (issue #6 §4), shown when the UI speaks English. Data only, kept
 * apart from the rule files: each rule's French `explanation` is the reference, this is its
 * translation. The rewording examples stay in French, in quotes: they are what to write in the
 * (French) report. The messages, short and about French text, are not translated.
 * tests/rules/i18n.test.ts checks that every registered rule has one and that no id is left over.
 */
export const EXPLANATIONS_EN: Readonly<Record<string, string>> = {
  'personne-je':
    'The report is a professional document that the person can read at any time (right of access, GDPR art. 15): it is written in the second person (« vous ») when it is addressed to them, or in the third (« l\'adhérent ») when it speaks about them. ' +
    'The first person mixes the counsellor\'s voice with the person\'s, and makes what must remain an observation read like a personal opinion. ' +
    'Quote the person\'s words in quotation marks or rephrase them (« Je souhaite travailler de jour » → « Vous souhaitez travailler de jour »); state the counsellor\'s actions without « je » (« Il vous a été proposé un atelier », « Votre conseiller·ère relance l\'organisme »).',
  'personne-nous':
    'The person can read the report (right of access, GDPR art. 15): they must understand who proposed, decided or did what. ' +
    '« Nous avons convenu » does not say whether the decision came from them, from the counsellor or from the organisation. ' +
    'Write « Il a été convenu que… », « Vous avez convenu avec votre conseiller·ère que… » or « Un atelier vous est proposé ».',
  sante:
    'Health is a special category of data (GDPR art. 9): processing it is forbidden save for exceptions, and the person can read this report at any time (right of access, GDPR art. 15). ' +
    'The CNIL (the French data protection authority) found comments such as « problème cardiaque », « alcoolique » or « atteint de Parkinson » excessive (free-text fields, 2019). ' +
    'Write the consequence for employment, never the diagnosis or the treatment: « contraintes de santé incompatibles avec le port de charges » rather than « hernie discale », « reprise progressive envisagée » rather than « sort d\'un burn-out ».',
  'handicap-statut':
    'A status such as RQTH (recognised disabled worker), AAH (disability allowance), ALD (long-term illness) or invalidity reveals a health condition (GDPR art. 9, recital 35); the person can read this report (right of access, GDPR art. 15). ' +
    'These statuses open rights and can help the support: record them only when they condition an action (Agefiph funding, referral), with the person\'s agreement, preferably in the field meant for it, and without the condition itself. ' +
    'For sick leave, write « indisponible jusqu\'au … »; for unfitness for work, the tasks to avoid (« poste sans port de charges »).',
  origine:
    'Real or supposed ethnic origin is sensitive data (GDPR art. 9) and nationality a ground of discrimination (French Labour Code L1132-1). ' +
    'The person can read this report (right of access, GDPR art. 15): the CNIL has sanctioned mentions such as « fort accent africain ». ' +
    'Describe what serves the person\'s path — languages spoken, level of French, work permit checked, a fear of discrimination they expressed — never the origin itself.',
  religion:
    'Religious or philosophical beliefs are sensitive data (GDPR art. 9); the CNIL listed « cliente de confession juive » among unlawful comments. ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'If a practice has a consequence for their path, write only the constraint (« non disponible le samedi », « horaires aménagés sur certaines périodes »); otherwise, delete the mention.',
  'opinions-politiques':
    'Political opinions are sensitive data (GDPR art. 9) and a ground of discrimination, as is holding an elected office (French Labour Code L1132-1). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'Record no party, vote or demonstration; if a local office is useful experience, describe the skills (« conduite de réunions, suivi budgétaire ») without the list or the party; if an absence is at stake, record the absence only.',
  syndicat:
    'Trade union membership is sensitive data (GDPR art. 9) and union activity a forbidden ground of discrimination (French Labour Code L1132-1, L2141-5). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'Keep the skills gained (« représentant du personnel : négociation, droit du travail, prise de parole ») without naming the union or the commitment.',
  'vie-sexuelle':
    'Sexual orientation, sex life and gender identity are special categories (GDPR art. 9, French Criminal Code art. 226-19) and grounds of discrimination (French Labour Code L1132-1). ' +
    'The person can read this report (right of access, GDPR art. 15) and it may be passed on to partners: this information has no place in it. ' +
    'Delete the mention; if it explains a constraint, write the constraint (« a quitté son poste en raison d\'un climat de travail dégradé », « prénom d\'usage : Camille »).',
  'genetique-biometrie':
    'Genetic and biometric data are special categories (GDPR art. 9); examining genetic characteristics is allowed only for medical or research purposes (French Civil Code art. 16-10), and the person can read this report (right of access, GDPR art. 15). ' +
    'A counsellor has no need to know of a test, a predisposition or fingerprints: delete the mention, or write the consequence for the person\'s path (« contraintes de disponibilité ponctuelles, connues à l\'avance », « a décliné le poste en raison des modalités de contrôle d\'accès »).',
  infractions:
    'Data on offences, convictions and security measures may be processed only by the bodies the law provides for (GDPR art. 10, French Data Protection Act art. 46). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'Record only the consequence that matters for the support: availability (« non disponible le mercredi jusqu\'au 30/06 », « doit être rentré avant 20 h »), a driving licence unavailable until a date, occupations left out of the plan, support coordinated with a partner with the person\'s agreement.',
  nir:
    'The NIR (French social security number) may be processed only in the cases set by decree no. 2019-341 (GDPR art. 87); copying it into free text exposes to a criminal penalty (French Criminal Code 226-16-1). ' +
    'The person can read this report (right of access, GDPR art. 15) and it may be passed on to partners. ' +
    'The number belongs in the administrative file, not in the narrative: write « Numéro de sécurité sociale transmis à l\'organisme de formation ».',
  iban:
    'Bank details in a report add nothing to the support (data minimisation, GDPR art. 5.1.c) and expose the person to fraud if the document is shared (GDPR art. 32). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'Bank details go to the department that handles payments; write « Coordonnées bancaires transmises au service gestion pour le versement de l\'aide ».',
  'carte-bancaire':
    'A bank card number has no use in a support report (data minimisation, GDPR art. 5.1.c) and allows fraudulent payments if the document circulates (GDPR art. 32). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'State only the fact: « Paiement de l\'inscription effectué pendant le rendez-vous ».',
  telephone:
    'The report can be read by the person (right of access, GDPR art. 15) and passed on to partners: contact details are of no use in it (data minimisation, GDPR art. 5.1.c) and are already recorded on the contact form. ' +
    'This also goes for the number of a relative, of a guardian or the counsellor\'s direct line. ' +
    'Write instead « Joignable par téléphone le matin ».',
  email:
    'The report can be read by the person (right of access, GDPR art. 15) and passed on to partners: contact details are of no use in it (data minimisation) and are already recorded in the contact fields. ' +
    'Write instead « CV envoyé à l\'adresse de contact de l\'adhérent ».',
  adresse:
    'The address is already recorded on the administrative form; copying it into the narrative is useless (data minimisation, GDPR art. 5.1.c) and place of residence is a ground of discrimination (French Labour Code L1132-1). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'For mobility, write the travel time: « Habite à environ 45 min en transports en commun de la zone d\'emploi visée ».',
  'date-naissance':
    'The date of birth is already on the identity form; copying it into the narrative adds nothing (data minimisation, GDPR art. 5.1.c) and age is a ground of discrimination (French Labour Code L1132-1). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'If age matters for a scheme, write the consequence: « éligible au CEJ », « départ en retraite envisagé d\'ici 5 ans ».',
  'piece-identite':
    'An identity document number allows identity theft if the report circulates (GDPR art. 32) and adds nothing to the account of the support (data minimisation, GDPR art. 5.1.c). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'A check is written as a fact: « Pièce d\'identité vérifiée le 12/03 », « Autorisation de travail vérifiée ».',
  'identifiant-organisme':
    'CAF, France Travail, MSA, CPAM, MDPH or tax identifiers are not sensitive in themselves, but copying them into the narrative is useless (data minimisation, GDPR art. 5.1.c) and links the report to other files. ' +
    'An MDPH (disability centre) identifier also reveals a disability-related procedure (GDPR art. 9). ' +
    'The person can read this report (right of access, GDPR art. 15). ' +
    'Write « Dossier CAF : référence dans la fiche administrative ».',
  finances:
    'The person can read this report (right of access, GDPR art. 15) and it may be passed on to partners. ' +
    'Debts, an over-indebtedness file, a banking blacklisting or the exact amount of benefits do not serve the career plan (data minimisation, GDPR art. 5.1.c), and economic vulnerability is a ground of discrimination (L1132-1). ' +
    'Keep the status that triggers an action (« bénéficiaire du RSA ») and write the action: « Orientation vers un accompagnement social proposée ».',
  'vie-privee':
    'The person can read this report (right of access, GDPR art. 15) and it may be passed on to partners. ' +
    'A conflict between partners, violence, proceedings before the family judge or children placed in care belong to private life: the CNIL points out that family circumstances have no bearing on employment, and family situation is a ground of discrimination (L1132-1). ' +
    'Write the consequence for the person\'s path, agreed with them: « Disponibilité à réévaluer dans deux mois, à sa demande ».',
  jugement:
    'The person may ask to read this report (right of access, GDPR art. 15). ' +
    'The CNIL requires comments to be objective, neither excessive nor disparaging (free-text fields, 2019); it has sanctioned files containing « client très agressif ». ' +
    'A qualifier (aggressive, unmotivated, liar, moody) interprets an inner state: write instead what was observed and the follow-up (« N\'a pas réalisé les 3 candidatures convenues ; nouvel objectif fixé au 26/03 »).',
  'propos-injurieux':
    'The person can read this report (right of access, GDPR art. 15). ' +
    'The CNIL has served formal notices on or warned organisations whose files held insulting comments (« n\'a pas de cerveau », « folle », « cas social »): a comment must stay objective, never excessive or insulting. ' +
    'Delete the word and write the fact observed and the follow-up (« Aucune démarche réalisée depuis le dernier rendez-vous ; nouvel objectif fixé »).',
  apparence:
    'Physical appearance is a ground of discrimination (French Labour Code, L1132-1) and remarks on the body, clothing or smell are judgements the person can read (right of access, GDPR art. 15). ' +
    'If presentation matters for the plan, write the action proposed: « Conseils de présentation pour les entretiens donnés ; atelier « image de soi » proposé et accepté ».',
  completude:
    'The report is the record of what was agreed: the person can read it (right of access, GDPR art. 15) and turn to it to know what they must do before the next appointment. ' +
    'For a first interview, it attests that the person was told how their data is processed and gave their consent (GDPR art. 7.1). ' +
    'Write the missing element in one sentence, for example « Vous vous engagez à envoyer trois candidatures avant le prochain rendez-vous. »',
};

/**
 * English of the sentences a finding may add to its rule's explanation (a lexicon entry's `note`,
 * the engine's note on an organisation's extra term), keyed by their French text. A note not
 * listed here (an organisation's own) is shown as written.
 */
export const NOTES_EN: Readonly<Record<string, string>> = {
  "Indiquez la période d'indisponibilité (« indisponible jusqu'au … »), pas le motif.":
    'Give the period of unavailability (« indisponible jusqu\'au … »), not the reason.',
  'Terme ajouté par votre organisation.': 'Term added by your organisation.',
};
