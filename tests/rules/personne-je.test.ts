import rule from '../../rules/personne-je.ts';
import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a capital pronoun joined by « & » inside a sentence names a firm or a brand
    'Il travaille chez Moi & Co, une agence de communication.',
    'Elle a postulé à la boutique Mon & Ton du centre-ville.',
    // quotations: the person's own words are allowed between quotation marks
    "L'adhérent précise : « je ne veux plus travailler en équipe de nuit ».",
    'Elle résume ainsi son projet : "je veux ouvrir mon propre salon".',
    'Il conclut : “Moi, ce qui me motive, c’est le contact client.”',
    "« Mon dernier patron m'a beaucoup appris », explique-t-il.",
    // programmes and services whose name starts with a possessive
    "L'adhérente a ouvert son espace sur Mon Compte Formation et repéré un titre de secrétaire.",
    'Simulation réalisée sur le site Mes droits sociaux avec sa conseillère CAF.',
    // a work or a session named by its title
    "Elle a cité le livre Je suis une légende lors de l'atelier lecture.",
    'Elle a suivi le module Mes compétences numériques au GRETA.',
    'Le dossier a été déposé via Mon Parcours Handicap en février.',
    "Une demande d'aide Ma Prime Rénov' est en cours pour son logement.",
    "Il participe au programme Je m'engage pour l'emploi depuis mars.",
    'Rendez-vous pris avec le service Mon Soutien Psy.',
    // Maître, surnames, Monsieur, initials, acronyms, units
    'La succession est suivie par Me Lefèvre, notaire à Castelroux.',
    "Mme M'Barek accompagne l'adhérent aux ateliers collectifs.",
    'M. Girard souhaite se reconvertir dans la menuiserie.',
    'Accompagnateur : J. Moreau.',
    'Le poste exige une habilitation MA et le module MES.',
    "Le testeur affiche 20 mA en sortie d'alimentation.",
    // hyphenated compound words are nouns or adjectives, not the writer
    "Le recruteur l'a trouvé un peu je-m'en-foutiste lors de l'essai.",
    "Elle craint de passer pour une m'as-tu-vu en entretien collectif.",
    // other persons
    'Vous souhaitez travailler dans la logistique, de préférence en journée.',
    "Nous avons fait le point sur les démarches de l'adhérente.",
    "L'adhérent a pris rendez-vous avec la Mission locale.",
    'Jeudi, elle a rencontré le responsable du magasin.',
    // a surname after a civility, English "me", a first name that looks like "j'aime"
    'Rendez-vous fixé avec Mme Ma, chargée de recrutement chez Ortec.',
    'Entretien avec M. Mon, gérant de la supérette du quartier.',
    'Son CV en anglais se termine par Call me anytime, à reformuler.',
    'Jaime Ortega a rejoint la session de jeudi.',
    "Point d'étape avec M'hamed, chef d'équipe au dépôt.",
    "SIGNATURE DU CONTRAT DE M. M'BARKA",
    // single guillemets quote too
    'Sur son agenda elle a écrit ‹ je rappelle le garage lundi ›.',
    // speech after a colon already between quotation marks
    'Il a déclaré : « mon ancien chef ne me supportait pas. »',
    'Selon elle : "on m\'a dit que le poste était pourvu".',
    // an emphatic "moi, je" between quotation marks; "lui, il" / "elle, elle" are not the writer
    'Elle a expliqué : « moi, je préfère le matin ».',
    'Il a dit : “Moi, je ne veux plus de nuit.”',
    'Lui, il préfère le matin, elle, elle veut un poste de nuit.',
  ],
  invalid: [
    // the person's own comings and goings in the passé composé (être + verb of motion)
    { text: "Je suis allé voir le patron du gîte, il m'a proposé deux week-ends par mois.", errors: [{ text: 'Je', messageId: 'adherent' }, "m'"], output: 'Vous êtes allé voir le patron du gîte, il vous a proposé deux week-ends par mois.' },
    { text: 'Je suis passé à la mission locale, elle était fermée.', errors: [{ text: 'Je', messageId: 'adherent' }], output: 'Vous êtes passé à la mission locale, elle était fermée.' },
    { text: 'Je suis venue en bus, il y avait des bouchons.', errors: [{ text: 'Je', messageId: 'adherent' }], output: 'Vous êtes venue en bus, il y avait des bouchons.' },
    { text: "Je suis retournée chez l'ancien patron, il cherche quelqu'un.", errors: [{ text: 'Je', messageId: 'adherent' }], output: "Vous êtes retournée chez l'ancien patron, il cherche quelqu'un." },
    // … but the counsellor's visit names the person or goes with them
    { text: 'Je suis allée avec lui au forum de l\'emploi.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: 'Je suis allée le voir à son travail.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: 'Je suis passée au domicile de Mme Durand, elle était absente.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: "Je suis allée voir l'employeur avec Mme Petit pour préparer son immersion.", errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: "Je me suis rendue chez l'employeur, il a accepté la PMSMP.", errors: [{ text: 'Je', messageId: 'conseiller' }, 'me'] },
    { text: 'Je suis venue le chercher à la gare, il avait raté son bus.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    // the service's closing offer to answer is the counsellor's; the person's availability for work is the person's
    { text: 'Je reste disponible pour toute question.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: 'Je reste à votre disposition pour tout complément.', errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: 'Je reste disponible pour tout type de mission.', errors: [{ text: 'Je', messageId: 'adherent' }], output: 'Vous restez disponible pour tout type de mission.' },
    // « prendre contact avec » is « contacter »: the counsellor's act on one employer, the person's own search when several
    { text: "J'ai pris contact avec l'employeur pour organiser une immersion.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "Je reprends contact avec la référente RSA la semaine prochaine.", errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: "J'ai pris contact avec trois entreprises du bâtiment.", errors: [{ text: "J'", messageId: 'adherent' }], output: 'Vous avez pris contact avec trois entreprises du bâtiment.' },
    { text: "J'ai pris contact avec Pôle emploi pour mon inscription.", errors: [{ text: "J'", messageId: 'adherent' }, 'mon'], output: 'Vous avez pris contact avec Pôle emploi pour votre inscription.' },
    // a lower-case pronoun before « & » stays the writer's
    { text: "Il a rejoint l'équipe & moi je l'ai félicité.", errors: ['moi', 'je'] },
    // a lower-case « je » after a work noun is the writer's
    { text: "Après l'atelier je suis allée voir l'employeur.", errors: ['je'] },
    // an inversion joined by hyphens is still the writer ("m'a-t-il dit"), unlike a compound noun
    { text: "Il cherche, m'a-t-il expliqué, un poste de cariste de jour.", errors: ["m'"] },
    // ---- the person's own statement (case A): rewritten to "vous"
    // several employers met or canvassed are the person's own job search; one employer, or this person named, is the counsellor's act
    { text: "Je suis allée au salon de la photo et j'y ai rencontré deux agences.", errors: ['Je', "j'"], output: 'Vous êtes allée au salon de la photo et vous y avez rencontré deux agences.' },
    { text: 'J\'ai contacté plusieurs recruteurs du BTP la semaine dernière.', errors: [{ text: "J'", messageId: 'adherent' }], output: 'Vous avez contacté plusieurs recruteurs du BTP la semaine dernière.' },
    { text: "J'ai sollicité une dizaine d'entreprises de transport.", errors: [{ text: "J'", messageId: 'adherent' }], output: "Vous avez sollicité une dizaine d'entreprises de transport." },
    { text: "J'ai relancé trois employeurs depuis le forum.", errors: [{ text: "J'", messageId: 'adherent' }], output: 'Vous avez relancé trois employeurs depuis le forum.' },
    { text: "J'ai relancé trois employeurs pour lui.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: 'J\'ai contacté deux entreprises pour son stage.', errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai rencontré l'employeur pour préparer la PMSMP.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai relancé l'entreprise de transport, toujours sans réponse.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai relancé des employeurs, il attend leurs réponses.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "Je l'ai rencontrée avec deux agences.", errors: [{ text: 'Je', messageId: 'conseiller' }] },
    { text: "J'ai contacté trois structures d'hébergement.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai contacté deux entreprises partenaires de l'adhérente.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai contacté des ateliers d'insertion pour un essai.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "J'ai contacté deux entreprises partenaires.", errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: 'J\'ai sollicité plusieurs employeurs du réseau pour une PMSMP.', errors: [{ text: "J'", messageId: 'conseiller' }] },
    { text: "Je vous ai mis en relation avec deux agences.", errors: [{ text: 'Je', messageId: 'conseiller' }] },
    // each rewritten clause keeps its own apostrophe when a sentence mixes ’ and '
    { text: "J’ai suivi une formation de cariste mais je n'ai jamais exercé.", errors: ['J’', 'je'], output: "Vous avez suivi une formation de cariste mais vous n'avez jamais exercé." },
    { text: 'Je cherche un CDI de magasinier près de Castelroux.', errors: ['Je'], output: 'Vous cherchez un CDI de magasinier près de Castelroux.' },
    { text: "Je suis titulaire d'un CAP pâtisserie et je souhaite me reconvertir.", errors: ['Je', 'je', 'me'], output: "Vous êtes titulaire d'un CAP pâtisserie et vous souhaitez vous reconvertir." },
    { text: "J'ai été licenciée en juin, mon employeur m'a proposé un contrat de sécurisation.", errors: ["J'", 'mon', "m'"], output: 'Vous avez été licenciée en juin, votre employeur vous a proposé un contrat de sécurisation.' },
    { text: "Je me suis inscrite à l'information collective du 14.", errors: ['Je', 'me'], output: "Vous vous êtes inscrite à l'information collective du 14." },
    { text: "Je m'occupe de ma grand-mère le mardi et le jeudi.", errors: ['Je', "m'", 'ma'], output: 'Vous vous occupez de votre grand-mère le mardi et le jeudi.' },
    { text: 'Je ne me sens pas prêt à reprendre un poste à temps plein.', errors: ['Je', 'me'], output: 'Vous ne vous sentez pas prêt à reprendre un poste à temps plein.' },
    { text: "Je n'ai jamais travaillé dans la grande distribution.", errors: ['Je'], output: "Vous n'avez jamais travaillé dans la grande distribution." },
    { text: 'Je ne suis pas disponible le mercredi après-midi.', errors: ['Je'], output: "Vous n'êtes pas disponible le mercredi après-midi." },
    { text: "Je ne vais pas à l'atelier de jeudi.", errors: ['Je'], output: "Vous n'allez pas à l'atelier de jeudi." },
    { text: "Je n'y suis pas encore inscrit.", errors: ['Je'], output: "Vous n'y êtes pas encore inscrit." },
    { text: "Je l'ai obtenu en 2018 à Valbrune.", errors: ['Je'], output: "Vous l'avez obtenu en 2018 à Valbrune." },
    // tenses
    { text: 'Je travaillais de nuit dans une blanchisserie industrielle.', errors: ['Je'], output: 'Vous travailliez de nuit dans une blanchisserie industrielle.' },
    { text: "J'étudiais la comptabilité avant de tout arrêter.", errors: ["J'"], output: 'Vous étudiiez la comptabilité avant de tout arrêter.' },
    { text: 'Je commençais à sept heures dans mon ancien poste.', errors: ['Je', 'mon'], output: 'Vous commenciez à sept heures dans votre ancien poste.' },
    { text: 'Je pourrai commencer dès le 2 septembre.', errors: ['Je'], output: 'Vous pourrez commencer dès le 2 septembre.' },
    { text: 'Je serai en congé du 4 au 18 août.', errors: ['Je'], output: 'Vous serez en congé du 4 au 18 août.' },
    { text: "J'aimerais me former au métier d'ambulancier.", errors: ["J'", 'me'], output: "Vous aimeriez vous former au métier d'ambulancier." },
    { text: 'Je voudrais un poste à moins de trente minutes de chez moi.', errors: ['Je', 'moi'], output: 'Vous voudriez un poste à moins de trente minutes de chez vous.' },
    { text: 'Je préférerais éviter les postes en chambre froide.', errors: ['Je'], output: 'Vous préféreriez éviter les postes en chambre froide.' },
    // subjunctive after "que"
    { text: 'Il faut que je fasse refaire mes lunettes avant la formation.', errors: ['je', 'mes'], output: 'Il faut que vous fassiez refaire vos lunettes avant la formation.' },
    { text: 'Il faudrait que je passe le permis poids lourd.', errors: ['je'], output: 'Il faudrait que vous passiez le permis poids lourd.' },
    { text: 'Bien que je sois diplômée, je ne trouve rien dans mon secteur.', errors: ['je', 'je', 'mon'], output: 'Bien que vous soyez diplômée, vous ne trouvez rien dans votre secteur.' },
    { text: 'Je pense que ce métier me plairait.', errors: ['Je', 'me'], output: 'Vous pensez que ce métier vous plairait.' },
    // stem alternations
    { text: "J'appelle les agences d'intérim chaque lundi matin.", errors: ["J'"], output: "Vous appelez les agences d'intérim chaque lundi matin." },
    { text: 'Je préfère les horaires de journée.', errors: ['Je'], output: 'Vous préférez les horaires de journée.' },
    { text: "J'envoie mes candidatures spontanées par courrier.", errors: ["J'", 'mes'], output: 'Vous envoyez vos candidatures spontanées par courrier.' },
    { text: 'Je paie moi-même le permis.', errors: ['Je', 'moi'], output: 'Vous payez vous-même le permis.' },
    { text: 'Je mène de front deux emplois à temps partiel.', errors: ['Je'], output: 'Vous menez de front deux emplois à temps partiel.' },
    { text: 'Je nettoie des locaux le soir après 19 h.', errors: ['Je'], output: 'Vous nettoyez des locaux le soir après 19 h.' },
    { text: 'Je me lève à cinq heures pour prendre le car.', errors: ['Je', 'me'], output: 'Vous vous levez à cinq heures pour prendre le car.' },
    // irregular verbs
    { text: "Je perçois l'allocation de retour à l'emploi depuis avril.", errors: ['Je'], output: "Vous percevez l'allocation de retour à l'emploi depuis avril." },
    { text: "Je viens de finir une mission d'intérim chez un transporteur.", errors: ['Je'], output: "Vous venez de finir une mission d'intérim chez un transporteur." },
    { text: 'Je connais bien les logiciels de paie.', errors: ['Je'], output: 'Vous connaissez bien les logiciels de paie.' },
    { text: "Je sors d'un congé parental de deux ans.", errors: ['Je'], output: "Vous sortez d'un congé parental de deux ans." },
    { text: 'Je conduis des chariots élévateurs depuis dix ans.', errors: ['Je'], output: 'Vous conduisez des chariots élévateurs depuis dix ans.' },
    { text: 'Je fais du bénévolat aux Restos du cœur.', errors: ['Je'], output: 'Vous faites du bénévolat aux Restos du cœur.' },
    // "je suis": être or suivre
    { text: 'Je suis une formation de soudeur depuis janvier.', errors: ['Je'], output: 'Vous suivez une formation de soudeur depuis janvier.' },
    { text: 'Je suis actuellement des cours du soir en anglais.', errors: ['Je'], output: 'Vous suivez actuellement des cours du soir en anglais.' },
    { text: 'Je suis en formation jusqu’en juin.', errors: ['Je'], output: 'Vous êtes en formation jusqu’en juin.' },
    { text: 'Je suis allée à la réunion de présentation.', errors: ['Je'], output: 'Vous êtes allée à la réunion de présentation.' },
    // pronominal verbs, elision kept by the new form
    { text: "Je m'y suis inscrit la semaine dernière.", errors: ['Je', "m'"], output: "Vous vous y êtes inscrit la semaine dernière." },
    { text: "Je m'en sors bien avec les tableurs.", errors: ['Je', "m'"], output: 'Vous vous en sortez bien avec les tableurs.' },
    { text: 'Je me suis fait licencier en janvier.', errors: ['Je', 'me'], output: 'Vous vous êtes fait licencier en janvier.' },
    { text: "Je n'arrive pas à me projeter dans un nouveau métier.", errors: ['Je', 'me'], output: "Vous n'arrivez pas à vous projeter dans un nouveau métier." },
    // a later "il" / "elle" after a wish or an experience is a thing or a relative
    { text: "J'ai quitté l'entreprise parce qu'elle fermait le site.", errors: ["J'"], output: "Vous avez quitté l'entreprise parce qu'elle fermait le site." },
    { text: 'Je cherche une formation courte mais elle doit être financée.', errors: ['Je'], output: 'Vous cherchez une formation courte mais elle doit être financée.' },
    { text: "Je m'occupe de mon père, il est en fauteuil.", errors: ['Je', "m'", 'mon'], output: "Vous vous occupez de votre père, il est en fauteuil." },
    // possessives and objects without "je"
    { text: 'Mon ancien employeur ne m’a pas payé mes heures supplémentaires.', errors: ['Mon', 'm’', 'mes'], output: 'Votre ancien employeur ne vous a pas payé vos heures supplémentaires.' },
    { text: 'Mes enfants sont à la crèche, ce qui me laisse mes matinées.', errors: ['Mes', 'me', 'mes'], output: 'Vos enfants sont à la crèche, ce qui vous laisse vos matinées.' },
    { text: "On m'a proposé un poste de préparateur de commandes.", errors: ["m'"], output: 'On vous a proposé un poste de préparateur de commandes.' },
    { text: 'Ce poste me plaît beaucoup.', errors: ['me'], output: 'Ce poste vous plaît beaucoup.' },
    // emphatic "moi": the stress is kept ("Vous, vous…"), with or without the comma, in the writer's case
    { text: 'Moi, je veux un poste en extérieur.', errors: ['Moi', 'je'], output: 'Vous, vous voulez un poste en extérieur.' },
    { text: 'Moi je veux un poste de jour.', errors: ['Moi', 'je'], output: 'Vous, vous voulez un poste de jour.' },
    { text: "Moi, je m'en fiche du salaire, je veux juste des horaires fixes.", errors: ['Moi', 'je', "m'", 'je'], output: 'Vous, vous vous en fichez du salaire, vous voulez juste des horaires fixes.' },
    { text: 'Moi, je préfère rester près de mes parents, ils vieillissent.', errors: ['Moi', 'je', 'mes'], output: 'Vous, vous préférez rester près de vos parents, ils vieillissent.' },
    { text: "Moi, je n'ai pas de voiture, je prends le bus.", errors: ['Moi', 'je', 'je'], output: "Vous, vous n'avez pas de voiture, vous prenez le bus." },
    { text: 'Moi, je ne me vois pas en cuisine.', errors: ['Moi', 'je', 'me'], output: 'Vous, vous ne vous voyez pas en cuisine.' },
    { text: 'Moi, je travaillais de nuit dans une usine.', errors: ['Moi', 'je'], output: 'Vous, vous travailliez de nuit dans une usine.' },
    { text: 'Moi, je travaillerai dès que ma fille sera à la crèche.', errors: ['Moi', 'je', 'ma'], output: 'Vous, vous travaillerez dès que votre fille sera à la crèche.' },
    { text: 'Moi, je préférerais éviter les chambres froides.', errors: ['Moi', 'je'], output: 'Vous, vous préféreriez éviter les chambres froides.' },
    { text: 'Moi, je me suis fait licencier en janvier.', errors: ['Moi', 'je', 'me'], output: 'Vous, vous vous êtes fait licencier en janvier.' },
    { text: 'Moi, j’ai toujours aimé le contact.', errors: ['Moi', 'j’'], output: 'Vous, vous avez toujours aimé le contact.' },
    { text: 'Mais moi, je n’ai jamais travaillé en grande surface.', errors: ['moi', 'je'], output: 'Mais vous, vous n’avez jamais travaillé en grande surface.' },
    { text: 'Moi, ma priorité c’est la garde de mon fils.', errors: ['Moi', 'ma', 'mon'], output: 'Vous, votre priorité c’est la garde de votre fils.' },
    { text: 'MOI, JE NE VEUX PLUS TRAVAILLER LE DIMANCHE.', errors: ['MOI', 'JE'], output: 'VOUS, VOUS NE VOULEZ PLUS TRAVAILLER LE DIMANCHE.' },
    { text: 'MOI JE VEUX UN POSTE DE JOUR.', errors: ['MOI', 'JE'], output: 'VOUS, VOUS VOULEZ UN POSTE DE JOUR.' },
    { text: 'moi, je prefere le matin', errors: ['moi', 'je'], output: 'vous, vous preferez le matin' },
    { text: 'Moi, JE veux un poste de jour.', errors: ['Moi', 'JE'], output: 'Vous, vous voulez un poste de jour.' },
    // …but "et moi, je", "moi aussi", "moi-même", "pour moi" keep their plain forms
    { text: 'Et moi, je veux bosser dehors.', errors: ['moi', 'je'], output: 'Et vous voulez bosser dehors.' },
    { text: 'Moi aussi, je veux un CDI.', errors: ['Moi', 'je'], output: 'Vous aussi, vous voulez un CDI.' },
    { text: "Moi-même, je n'y crois pas.", errors: ['Moi', 'je'], output: "Vous-même, vous n'y croyez pas." },
    // the counsellor's "Moi, je lui ai proposé" stays neutral
    { text: "Moi, je lui ai conseillé de contacter l'APEC.", errors: [{ text: 'Moi', messageId: 'conseiller' }, 'je'], output: "Il lui a été conseillé de contacter l'APEC." },
    // case style: capitals, no accents
    { text: 'JE CHERCHE UN POSTE DE NUIT.', errors: ['JE'], output: 'VOUS CHERCHEZ UN POSTE DE NUIT.' },
    { text: 'JE SUIS DISPONIBLE DES LUNDI.', errors: ['JE'], output: 'VOUS ETES DISPONIBLE DES LUNDI.' },
    { text: "je suis deja inscrit a la formation", errors: ['je'], output: 'vous etes deja inscrit a la formation' },
    // an adverb or a number after « ai » is no unaccented participle: the accents stay
    { text: "Je ne suis pas malade, j'ai juste besoin d'un poste assis.", errors: ['Je', "j'"], output: "Vous n'êtes pas malade, vous avez juste besoin d'un poste assis." },
    { text: 'Je ne suis pas disponible, j\'ai quatre enfants.', errors: ['Je', "j'"], output: "Vous n'êtes pas disponible, vous avez quatre enfants." },
    // accentless evidence near the rewritten clause; « a » and an accentless noun far away in a run-on memo say little
    { text: "je suis inscrit a la formation de cariste depuis lundi et j'attends toujours la reponse de la region", errors: ['je', "j'"], output: "vous êtes inscrit a la formation de cariste depuis lundi et vous attendez toujours la reponse de la region" },
    { text: 'je suis alle a la mission locale mardi', errors: ['je'], output: 'vous etes alle a la mission locale mardi' },
    { text: 'je suis passe au forum samedi', errors: ['je'], output: 'vous etes passe au forum samedi' },
    // a wish to do a counselling-like job (own object, a group of people, or none) is the person's
    { text: "J'ai formé des apprentis pendant quinze ans, je voudrais transmettre.", errors: ["J'", 'je'], output: 'Vous avez formé des apprentis pendant quinze ans, vous voudriez transmettre.' },
    { text: 'Je voudrais transmettre mon savoir.', errors: ['Je', 'mon'], output: 'Vous voudriez transmettre votre savoir.' },
    { text: "J'aimerais accompagner des jeunes en difficulté.", errors: ["J'"], output: 'Vous aimeriez accompagner des jeunes en difficulté.' },
    { text: 'Je voudrais transmettre le dossier à la CAF.', errors: ['Je'], output: "L'accompagnateur·rice voudrait transmettre le dossier à la CAF." },
    { text: 'Je souhaite lui proposer une PMSMP.', errors: ['Je'], output: "L'accompagnateur·rice souhaite lui proposer une PMSMP." },
    { text: 'ca me plait et je suis motive', errors: ['me', 'je'], output: 'ca vous plait et vous etes motive' },
    { text: 'je suis inscrite a la formation de cariste', errors: ['je'], output: 'vous êtes inscrite a la formation de cariste' },
    { text: "j'ai fait une periode d'essai en entrepot", errors: ["j'"], output: "vous avez fait une periode d'essai en entrepot" },
    { text: 'je prefere travailler le matin', errors: ['je'], output: 'vous preferez travailler le matin' },
    { text: "J’ai travaillé huit ans comme aide à domicile.", errors: ['J’'], output: 'Vous avez travaillé huit ans comme aide à domicile.' },
    { text: 'J ai deja travaille en cuisine collective', errors: ['J'], output: 'Vous avez deja travaille en cuisine collective' },
    { text: 'Je me suis assise au fond de la salle.', errors: ['Je', 'me'], output: 'Vous vous êtes assise au fond de la salle.' },
    { text: "Je m'assois toujours près de la porte.", errors: ['Je', "m'"], output: 'Vous vous assoyez toujours près de la porte.' },
    { text: 'Quoique je sois motivé, je manque de pratique.', errors: ['je', 'je'], output: 'Quoique vous soyez motivé, vous manquez de pratique.' },
    { text: "Je suis des études de droit à distance.", errors: ['Je'], output: 'Vous suivez des études de droit à distance.' },
    { text: "Je m'appelle Eric et je cherche un poste de cariste.", errors: ['Je', "m'", 'je'], output: 'Vous vous appelez Eric et vous cherchez un poste de cariste.' },
    { text: 'Je suis né à Oran et je vis à Valbrune depuis 2010.', errors: ['Je', 'je'], output: 'Vous êtes né à Oran et vous vivez à Valbrune depuis 2010.' },
    { text: 'Si je trouve un poste en CDI, je déménagerai.', errors: ['je', 'je'], output: 'Si vous trouvez un poste en CDI, vous déménagerez.' },
    { text: "Mon chef m'a dit que je devais partir, je lui ai répondu que je connaissais mes droits.", errors: ['Mon', "m'", 'je', 'je', 'je', 'mes'], output: 'Votre chef vous a dit que vous deviez partir, vous lui avez répondu que vous connaissiez vos droits.' },
    { text: "J'ai perdu la mienne lors du déménagement.", errors: ["J'", 'mienne'], output: 'Vous avez perdu la vôtre lors du déménagement.' },
    // the second fix writes the third person
    {
      text: 'Je me sens capable de reprendre le travail.',
      errors: [{ text: 'Je', messageId: 'adherent', severity: 'warning', category: 'personne' }, 'me'],
      output: 'Vous vous sentez capable de reprendre le travail.',
    },

    // who speaks: the person's own things and acts outweigh a pronoun or a counselling verb
    { text: 'Je lui ai envoyé mon CV lundi.', errors: ['Je', 'mon'], output: 'Vous lui avez envoyé votre CV lundi.' },
    { text: 'Je transmets mes bulletins de salaire à la CAF chaque trimestre.', errors: ['Je', 'mes'], output: 'Vous transmettez vos bulletins de salaire à la CAF chaque trimestre.' },
    { text: "Je relance les magasins où j'ai candidaté en mai.", errors: ['Je', "j'"], output: 'Vous relancez les magasins où vous avez candidaté en mai.' },
    { text: 'je suis interessee par le poste de caissiere', errors: ['je'], output: 'vous etes interessee par le poste de caissiere' },
    { text: "J'attends ma convocation, je la recevrai par courrier.", errors: ["J'", 'ma', 'je'], output: 'Vous attendez votre convocation, vous la recevrez par courrier.' },
    { text: "Le garage m'a embauchée en apprentissage et j'y suis restée trois ans.", errors: ["m'", "j'"], output: 'Le garage vous a embauchée en apprentissage et vous y êtes restée trois ans.' },
    { text: "J'ai visité le dépôt, il est à vingt minutes de chez moi.", errors: ["J'", 'moi'], output: 'Vous avez visité le dépôt, il est à vingt minutes de chez vous.' },
    { text: "J'ai une fille, elle entre au collège en septembre.", errors: ["J'"], output: 'Vous avez une fille, elle entre au collège en septembre.' },
    { text: "J'ai lu la fiche de poste, elle m'attire beaucoup.", errors: ["J'", "m'"], output: 'Vous avez lu la fiche de poste, elle vous attire beaucoup.' },
    { text: "J'ai répondu à une offre de magasinier sur le site de l'agence.", errors: ["J'"], output: "Vous avez répondu à une offre de magasinier sur le site de l'agence." },
    // "moi qui", "à moi", inversion, "jai"
    { text: "C'est moi qui tiens la caisse le samedi.", errors: ['moi'], output: "C'est vous qui tenez la caisse le samedi." },
    { text: 'Le stock est à moi, je le gère seul.', errors: ['moi', 'je'], output: 'Le stock est à vous, vous le gérez seul.' },
    { text: 'Ai-je droit à une aide au permis ?', errors: ['je'], output: 'Avez-vous droit à une aide au permis ?' },
    { text: 'Puis-je déposer mon dossier par mail ?', errors: ['je', 'mon'], output: 'Pouvez-vous déposer votre dossier par mail ?' },
    { text: 'jai postule chez un grossiste', errors: ['jai'], output: 'vous avez postule chez un grossiste' },
    { text: "j'ai demenage et je suis disponible", errors: ["j'", 'je'], output: 'vous avez demenage et vous etes disponible' },

    // ---- the counsellor's own acts (case B): neutral forms
    { text: "Je lui ai conseillé de contacter l'APEC.", errors: [{ text: 'Je', messageId: 'conseiller' }], output: "Il lui a été conseillé de contacter l'APEC." },
    { text: 'Je vous ai proposé un atelier de simulation d’entretien.', errors: ['Je'], output: 'Il vous a été proposé un atelier de simulation d’entretien.' },
    { text: "J'ai proposé à l'adhérente de rencontrer un employeur du secteur.", errors: ["J'"], output: "Il a été proposé à l'adhérente de rencontrer un employeur du secteur." },
    { text: 'Je vous rappellerai demain matin.', errors: ['Je'], output: 'Votre conseiller·ère vous rappellera demain matin.' },
    { text: 'Je reste à votre disposition pour toute question.', errors: ['Je'], output: 'Votre conseiller·ère reste à votre disposition pour toute question.' },
    { text: "Je l'ai orientée vers la Mission locale de Valbrune.", errors: ['Je'], output: "L'accompagnateur·rice l'a orientée vers la Mission locale de Valbrune." },
    { text: "J'ai transmis son dossier à l'organisme de formation.", errors: ["J'"], output: "L'accompagnateur·rice a transmis son dossier à l'organisme de formation." },
    { text: 'Je me suis rendue à son domicile pour la signature du contrat.', errors: ['Je', 'me'], output: "L'accompagnatrice s'est rendue à son domicile pour la signature du contrat." },
    { text: "En tant que conseillère, je relance l'employeur vendredi.", errors: ['je'], output: "En tant que conseillère, la conseillère relance l'employeur vendredi." },
    { text: "Je lui ai demandé de m'envoyer son CV.", errors: ['Je', "m'"], output: "Il lui a été demandé d'envoyer son CV." },
    { text: "Je sais qu'il a été condamné il y a dix ans.", errors: ['Je'], output: "L'accompagnateur·rice sait qu'il a été condamné il y a dix ans." },
    { text: "Je connais bien l'adhérente, elle est fiable.", errors: ['Je'], output: "L'accompagnateur·rice connaît bien l'adhérente, elle est fiable." },
    { text: 'Je vais me renseigner auprès du centre de formation pour son dossier.', errors: ['Je', 'me'], output: "L'accompagnateur·rice va se renseigner auprès du centre de formation pour son dossier." },
    // another subject acts on the writer
    { text: "L'adhérent m'a indiqué qu'il déménageait en juillet.", errors: ["m'"], output: "L'adhérent a indiqué qu'il déménageait en juillet." },
    { text: 'Vous m’avez expliqué vouloir travailler à temps partiel.', errors: ['m’'], output: 'Vous avez expliqué vouloir travailler à temps partiel.' },
    { text: 'Elle me dit avoir déposé trois candidatures.', errors: ['me'], output: 'Elle dit avoir déposé trois candidatures.' },
    { text: 'Il ne m’a pas prévenu de son absence.', errors: ['m’'], output: 'Il n’a pas prévenu l’accompagnateur·rice de son absence.' },
    { text: "L'adhérente m'a contactée le 12 pour annuler.", errors: ["m'"], output: "L'adhérente a contacté l'accompagnateur·rice le 12 pour annuler." },
    { text: 'Vous pouvez me joindre du lundi au vendredi.', errors: ['me'], output: 'Vous pouvez joindre votre conseiller·ère du lundi au vendredi.' },
    { text: "N'hésitez pas à me contacter en cas de difficulté.", errors: ['me'], output: "N'hésitez pas à contacter votre conseiller·ère en cas de difficulté." },
    // possessives of the counsellor become articles
    { text: "Lors de mon entretien téléphonique du 3, il a confirmé sa venue.", errors: ['mon'], output: "Lors de l'entretien téléphonique du 3, il a confirmé sa venue." },
    { text: 'Il sera reçu par ma collègue la semaine prochaine.', errors: ['ma'], output: 'Il sera reçu par la collègue la semaine prochaine.' },
    // judgements in the first person: flagged, no mechanical rewrite
    { text: "Selon moi, il n'est pas prêt à reprendre un emploi.", errors: ['moi'] },
    { text: "À mon avis, elle n'ira pas au bout de la formation.", errors: ['mon'] },

    // ---- reported speech after a colon, without quotation marks: the person's words, rewritten with
    // "vous" (quotation marks are the next fix); me / m' / moi → vous and mon / ma / mes → votre / vos
    // whoever the subject of the clause is
    { text: 'Elle explique : je ne veux plus travailler le dimanche.', errors: [{ text: 'je', messageId: 'citation' }], output: 'Elle explique : vous ne voulez plus travailler le dimanche.' },
    { text: 'Il a déclaré : mon ancien chef ne me supportait pas.', errors: ['mon', 'me'], output: 'Il a déclaré : votre ancien chef ne vous supportait pas.' },
    { text: 'Elle raconte : mon chef me harcelait, alors je suis partie.', errors: ['mon', 'me', 'je'], output: 'Elle raconte : votre chef vous harcelait, alors vous êtes partie.' },
    { text: 'Il expliquait : ça me plaît, le contact avec les clients.', errors: ['me'], output: 'Il expliquait : ça vous plaît, le contact avec les clients.' },
    { text: "Selon elle : on m'a dit que le poste était pourvu.", errors: ["m'"], output: 'Selon elle : on vous a dit que le poste était pourvu.' },
    { text: "D'après lui : mon dernier patron ne m'a jamais payé les heures sup.", errors: ['mon', "m'"], output: "D'après lui : votre dernier patron ne vous a jamais payé les heures sup." },
    { text: 'Il a indiqué : moi, je préfère les horaires du matin.', errors: ['moi', 'je'], output: 'Il a indiqué : vous, vous préférez les horaires du matin.' },
    // an emphatic "moi, je…" after a colon keeps its stress too, in any tense and with any speech verb
    { text: "Il expliquait : moi, je ne supporte plus le bruit de l'atelier.", errors: ['moi', 'je'], output: "Il expliquait : vous, vous ne supportez plus le bruit de l'atelier." },
    { text: 'Elle a déclaré : moi, je n’irai pas à Valbrune en car.', errors: ['moi', 'je'], output: 'Elle a déclaré : vous, vous n’irez pas à Valbrune en car.' },
    { text: "Il précisera : moi, je m'occupe de ma mère le matin.", errors: ['moi', 'je', "m'", 'ma'], output: 'Il précisera : vous, vous vous occupez de votre mère le matin.' },
    { text: 'Elle raconte : moi, mon ancien chef ne me respectait pas.', errors: ['moi', 'mon', 'me'], output: 'Elle raconte : vous, votre ancien chef ne vous respectait pas.' },
    { text: 'Il a répondu : moi, ça me va, les horaires décalés.', errors: ['moi', 'me'], output: 'Il a répondu : vous, ça vous va, les horaires décalés.' },
    { text: "Elle a conclu : moi, on m'a toujours dit que j'étais trop lente.", errors: ['moi', "m'", "j'"], output: 'Elle a conclu : vous, on vous a toujours dit que vous étiez trop lente.' },
    { text: 'Il dit : MOI, JE NE VEUX PLUS DE NUIT.', errors: ['MOI', 'JE'], output: 'Il dit : VOUS, VOUS NE VOULEZ PLUS DE NUIT.' },
    { text: 'Elle confiait à sa conseillère : mes enfants passent avant tout.', errors: ['mes'], output: 'Elle confiait à sa conseillère : vos enfants passent avant tout.' },
    { text: "Elle précise : mon frère m'a trouvé un contrat chez son patron.", errors: ['mon', "m'"], output: 'Elle précise : votre frère vous a trouvé un contrat chez son patron.' },
    { text: "Il précise : j'ai le permis C, je la finance moi-même s'il faut.", errors: ["j'", 'je', 'moi'], output: "Il précise : vous avez le permis C, vous la financez vous-même s'il faut." },
    { text: "Elle a répondu : je n'ai pas de voiture mais je prends le bus.", errors: ['je', 'je'], output: "Elle a répondu : vous n'avez pas de voiture mais vous prenez le bus." },
    { text: "Il racontera : c'est moi qui gérais le chantier.", errors: ['moi'], output: "Il racontera : c'est vous qui gériez le chantier." },
    { text: 'explique-t-elle : je ne me vois pas en élémentaire.', errors: ['je', 'me'], output: 'explique-t-elle : vous ne vous voyez pas en élémentaire.' },
    { text: 'Il dit : JE NE VEUX PLUS DE NUIT.', errors: ['JE'], output: 'Il dit : VOUS NE VOULEZ PLUS DE NUIT.' },
    { text: 'Elle explique sa situation : je suis seule avec deux enfants.', errors: ['je'], output: 'Elle explique sa situation : vous êtes seule avec deux enfants.' },
    // a speech verb with its own complement before the colon: what follows may be the counsellor's act
    { text: "Il explique qu'il a perdu son permis : je l'ai orienté vers l'auto-école sociale.", errors: [{ text: 'je', messageId: 'conseiller' }], output: "Il explique qu'il a perdu son permis : l'accompagnateur·rice l'a orienté vers l'auto-école sociale." },
    { text: "Il explique qu'il a perdu son permis : moi, je l'ai orienté vers l'auto-école sociale.", errors: [{ text: 'moi', messageId: 'conseiller' }, 'je'], output: "Il explique qu'il a perdu son permis : l'accompagnateur·rice l'a orienté vers l'auto-école sociale." },
    { text: "Elle dit ne plus pouvoir payer son loyer : je lui ai proposé un rendez-vous avec l'assistante sociale.", errors: [{ text: 'je', messageId: 'conseiller' }], output: "Elle dit ne plus pouvoir payer son loyer : il lui a été proposé un rendez-vous avec l'assistante sociale." },
    // "je cite :", "verbatim :" announce the exact words: quotation marks stay the first fix
    { text: 'Elle a conclu, je cite : je ne veux plus de contrats courts.', errors: ['je', 'je'], output: 'Elle a conclu : «\u00a0je ne veux plus de contrats courts.\u00a0»' },
    { text: 'Verbatim : je ne reviendrai pas.', errors: ['je'], output: 'Verbatim : «\u00a0je ne reviendrai pas.\u00a0»' },
    // a label before the colon ("Souhait exprimé :", "Ce qu'elle retient :") introduces the person's own words: rewritten, not quoted
    { text: 'Souhait exprimé : je cherche un poste en boulangerie le matin.', errors: [{ text: 'je', messageId: 'adherent' }], output: 'Souhait exprimé : vous cherchez un poste en boulangerie le matin.' },
    { text: "Ce qu'elle retient : j'ai besoin de revoir mon CV avant le salon.", errors: ["j'", 'mon'], output: "Ce qu'elle retient : vous avez besoin de revoir votre CV avant le salon." },
    { text: 'Elle a exprimé : je veux partir.', errors: [{ text: 'je', messageId: 'citation' }], output: 'Elle a exprimé : vous voulez partir.' },
    // dictated notes: reported speech running on into the person's own words, without punctuation
    { text: "elle explique qu'elle a arrêté la vente j'étais debout toute la journée", errors: ["j'"], output: "elle explique qu'elle a arrêté la vente vous étiez debout toute la journée" },
    { text: "il a dit qu'il serait en retard j'ai rendez-vous chez le garagiste", errors: ["j'"], output: "il a dit qu'il serait en retard vous avez rendez-vous chez le garagiste" },
    // …but after a comma, a counsellor's act stays the counsellor's
    { text: "Il dit qu'il a quitté la restauration, je lui ai proposé un atelier CV.", errors: ['je'], output: "Il dit qu'il a quitté la restauration, il lui a été proposé un atelier CV." },
    // the person answering the counsellor ("quand vous voulez"); a dictated "ouvrez les guillemets" is not addressed to anyone
    { text: 'Je peux démarrer quand vous voulez, ça me va.', errors: ['Je', 'me'], output: 'Vous pouvez démarrer quand vous voulez, ça vous va.' },
    { text: 'ouvrez les guillemets je cherche un mi-temps fermez les guillemets a-t-il dit', errors: ['je'], output: 'ouvrez les guillemets vous cherchez un mi-temps fermez les guillemets a-t-il dit' },
    // a clitic for the person's own relatives named before it ("les enfants… je les récupère") is not the counsellor acting on someone
    { text: 'Je conduis les enfants au collège et je les récupère à 17 h.', errors: ['Je', 'je'], output: 'Vous conduisez les enfants au collège et vous les récupérez à 17 h.' },
    // what a trainee validates is the person's own achievement; "dicté par l'adhérent" says whose words follow
    { text: "J'ai validé les deux blocs du titre, il me reste le stage.", errors: ["J'", 'me'], output: 'Vous avez validé les deux blocs du titre, il vous reste le stage.' },
    { text: "Notes : rédigé par la bénéficiaire, je suis disponible le matin.", errors: ['je'], output: 'Notes : rédigé par la bénéficiaire, vous êtes disponible le matin.' },
    // template headings are still first person
    { text: 'Mon projet professionnel', errors: ['Mon'], output: 'Votre projet professionnel' },
    // words in -crite / -licite are not an accent left out: the rewrite keeps its accents
    { text: 'Je me suis inscrite au module de conduite de chariots de mars.', errors: ['Je', 'me'], output: 'Vous vous êtes inscrite au module de conduite de chariots de mars.' },
    { text: 'Je me suis inscrite sur le site de la mairie pour les postes de surveillance.', errors: ['Je', 'me'], output: 'Vous vous êtes inscrite sur le site de la mairie pour les postes de surveillance.' },
    { text: "J'ai travaille sur la disponibilite des stocks.", errors: ["J'"], output: 'Vous avez travaille sur la disponibilite des stocks.' },
    // the person's past job done to others (des familles, des patients, plusieurs équipes) vs the counsellor's acts on this person
    { text: "J'ai accompagné des personnes âgées à domicile, je connais les gestes.", errors: ["J'", 'je'], output: 'Vous avez accompagné des personnes âgées à domicile, vous connaissez les gestes.' },
    { text: "J'ai encadré plusieurs équipes dans la restauration, je veux continuer.", errors: ["J'", 'je'], output: 'Vous avez encadré plusieurs équipes dans la restauration, vous voulez continuer.' },
    { text: "J'ai orienté des clients en magasin pendant cinq ans.", errors: ["J'"], output: 'Vous avez orienté des clients en magasin pendant cinq ans.' },
    { text: "Je l'ai accompagnée à l'entretien, elle était stressée.", errors: ['Je'], output: "L'accompagnateur·rice l'a accompagnée à l'entretien, elle était stressée." },
    { text: "J'ai accompagné l'adhérent pendant deux ans, il a retrouvé un emploi.", errors: ["J'"], output: "L'accompagnateur·rice a accompagné l'adhérent pendant deux ans, il a retrouvé un emploi." },
    { text: "J'ai contacté des employeurs pour lui, sans retour.", errors: ["J'"], output: "L'accompagnateur·rice a contacté des employeurs pour lui, sans retour." },
    // the people must head the object, and a group worked on « pour lui » is the counsellor's work for this person
    { text: 'Je transmets les dossiers des jeunes à la Mission locale.', errors: ['Je'], output: "L'accompagnateur·rice transmet les dossiers des jeunes à la Mission locale." },
    { text: 'Je voudrais proposer des ateliers aux familles.', errors: ['Je'], output: "L'accompagnateur·rice voudrait proposer des ateliers aux familles." },
    { text: "J'ai relancé des entreprises pendant deux mois pour lui.", errors: ["J'"], output: "L'accompagnateur·rice a relancé des entreprises pendant deux mois pour lui." },
    { text: "J'ai formé des dizaines d'apprentis dans ma carrière.", errors: ["J'", 'ma'], output: "Vous avez formé des dizaines d'apprentis dans votre carrière." },
  ],
});

describe('personne-je: emphatic "moi, je"', () => {
  it('gives "Moi" and "je" the same first fix, "Vous, vous …", and the third person next', () => {
    const found = runRule(rule, 'Moi, je préfère le matin.');
    expect(found.map((f) => f.fixes?.map((x) => x.replacement))).toEqual([
      ['Vous, vous préférez', "L'adhérent préfère"],
      ['Vous, vous préférez', "L'adhérent préfère"],
    ]);
  });
});

describe('personne-je: speech after a colon', () => {
  it('offers "vous" first, then quotation marks, then the third person', () => {
    const [f] = runRule(rule, 'Elle explique : je ne veux plus travailler le dimanche.');
    expect(f.fixes?.map((x) => x.replacement)).toEqual(['vous ne voulez', '«\u00a0je ne veux plus travailler le dimanche.\u00a0»', "l'adhérente ne veut"]);
    expect(f.fixes?.[1].label).toBe('Citer les paroles entre guillemets');
  });
  it('keeps quotation marks as the second fix of a possessive and of an object pronoun', () => {
    const found = runRule(rule, 'Il a déclaré : mon ancien chef ne me supportait pas.');
    expect(found.map((f) => f.fixes?.slice(0, 2).map((x) => x.replacement))).toEqual([
      ['votre', '«\u00a0mon ancien chef ne me supportait pas.\u00a0»'],
      ['vous', '«\u00a0mon ancien chef ne me supportait pas.\u00a0»'],
    ]);
  });
});
