import rule from '../../rules/email.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a mention glued to a name after a plain word, « point de » and a word: not a spelled address
    'Je vois avec @Karim point de situation vendredi.',
    'Mettre en copie @sophie point fr pour la suite.',
    'Point de situation prévu avec @Karim, point de vue de l\'employeur à recueillir.',
    // an organisation's mailbox named as such, with a one-word local part (a town, a branch)
    "Le mail de l'agence d'intérim est dole@interim-jura.fr.",
    'Adresse mail de la boutique : lyon3@maisonbleue.fr',
    // round 7: « (a) » as a list marker or a reference, not "@"
    'Voir (a) ci-dessous pour les démarches.',
    'Trois options : (a) formation, (b) emploi direct, (c) création.',
    "Le point (a) du contrat prévoit une période d'essai.",
    'Voir la fiche (a) service-public.fr pour le détail.',
    "Relance : contact -at- entreprise -dot- fr pour le service.",
    "Elle est arrivée at home.",
    "Candidature envoyée par courrier.",
    "Rendez-vous à 14 h @ l'agence.",
    'Le site www.francetravail.fr propose des offres.',
    'Candidatures à adresser à recrutement@transports-valbrune.fr ou contact@agence.example.',
    // role mailboxes with a town or service suffix
    'Dossier à transmettre à rh.grenoble@logistique-exemple.fr avant lundi.',
    'Questions à poser à relations-entreprises@greta-exemple.org.',
    'Le lycée répond sur apprentissage@lycee-exemple.fr.',
    // « chez » is an address only with a webmail domain and a handle-like local part
    'Il a travaillé chez Orange.fr pendant deux ans.',
    'Stage chez Leclerc, fr-ouest selon la convention.',
    // an activity noun as the local part names a service
    'Copie à accompagnement@plie-exemple.fr et à billetterie@theatre-exemple.fr.',
    // « chez » spelled out: only a webmail and a local part that is an address (handle or spelled dots)
    'Elle fait le point chez Orange avec son manager.',
    'Stage chez Orange point de vente de Poitiers.',
    // a local office's functional mailbox: office code or office word, any domain but a webmail
    'De : Agence Vayres – Conseillers <ape.87410@francetravail.example.fr>',
    'Écrire à ale.75012@pole-emploi.fr pour le rendez-vous.',
    "Boîte de l'agence : 87410@francetravail.fr",
    'Contact : ccas.limoges@ville-limoges.fr',
    'Agence : ale.0412@interim.fr',
    // the word for "@" named, not used
    "Elle écrit « arroba » pour l'arobase en espagnol.",
    // a team or a public named in the plural: a service's mailbox
    'Interprète réservée via interpretes@relais-lsf-auvergne.fr pour le rendez-vous.',
    'Pour un rendez-vous : psy@cabinet-libre.fr ou pro@sandrine-coiffure.fr',
    'Écrire à benevoles@restos-puydedome.org ou accompagnateurs.sud@asso-relais.fr.',
    'Mail de la traductrice : traductrices@inter-langues.fr',
    // a top-level domain that reads like an inclusive suffix: still a role mailbox, or no address at all
    "Adresse de l'ambassade : info@embajada.es",
    'Voir le site yahoo.es pour les offres.',
    // round 21: a newer domain (« me », « in ») read only right after a dot; a defanged role mailbox is still a role
    'Elle est arrivée at home. Me voilà.',
    'RDV avec sam_92 @ orange. In fine, ok.',
    'Il a travaillé chez Orange. Me dit que ça lui plaisait.',
    'Contact : recrutement@entreprise[.]fr',
    "Rendez-vous pris @ l'agence point de vente.",
    'Elle travaille (chez) Orange.fr depuis mars.',
    'Stage chez Leclerc / at / home.',
    'Il dit « at » pour arobase.',
  ],
  invalid: [
    { text: 'Écrire à lea @gmail point com.', errors: ['lea @gmail point com'] },
    { text: 'Mail : k.sy @laposte point net.', errors: ['k.sy @laposte point net'] },
    { text: 'Adresse : hans.m at gmx point de', errors: ['hans.m at gmx point de'] },
    { text: 'Adresse : hans.m at gmx point de, à recopier.', errors: ['hans.m at gmx point de'] },
    { text: "son mail c'est rudolf arobase web point de virgule il lit en allemand", errors: ['rudolf arobase web point de'] },
    { text: 'Écrire à hans.m at gmx point de point final.', errors: ['hans.m at gmx point de'] },
    // « .es », « .se », « .ve »: top-level domains that normalisation reads as an inclusive suffix
    { text: 'Correo: lucia.romero77@yahoo.es', errors: ['lucia.romero77@yahoo.es'] },
    { text: 'Mail : lars.nilsson@telia.se.', errors: ['lars.nilsson@telia.se'] },
    { text: 'Mail : ana@cantv.ve, tel. à suivre', errors: ['ana@cantv.ve'] },
    // a person's address under the same label, a webmail, a person named between label and address
    { text: "Le mail de l'agence d'intérim est sophie.martin@interim-jura.fr.", errors: ['sophie.martin@interim-jura.fr'] },
    { text: "Le mail de l'entreprise de son frère est durand@gmail.com.", errors: ['durand@gmail.com'] },
    { text: "Le mail de l'agence est celui de la responsable, martin@interim-jura.fr, qui suit le dossier.", errors: ['martin@interim-jura.fr'] },
    // round 7: a lone « a » in brackets, « arobas » misspelt
    { text: 'Son adresse : timo.dlb (a) laposte.net', errors: ['timo.dlb (a) laposte.net'] },
    { text: 'Mail : julie.m [a] gmail.com', errors: ['julie.m [a] gmail.com'] },
    { text: 'Écrit : k.benali{a}orange.fr', errors: ['k.benali{a}orange.fr'] },
    { text: 'Mail : moussa (a) gmail.com', errors: ['moussa (a) gmail.com'] },
    { text: 'Adresse : lea.morel arobas hotmail.fr', errors: ['lea.morel arobas hotmail.fr'] },
    {
      text: 'CV envoyé à marie.dupont@gmail.com hier.',
      errors: [{ text: 'marie.dupont@gmail.com', messageId: 'email', severity: 'warning' }],
      output: "CV envoyé à l'adresse de contact enregistrée hier.",
    },
    { text: 'Contact : Jean.Martin@Orange.FR', errors: ['Jean.Martin@Orange.FR'] },
    { text: 'Mail : lea\u200b.roux@exemple.org', errors: ['lea\u200b.roux@exemple.org'] },
    { text: 'Écrire à jean.dupont [at] gmail [dot] com demain.', errors: ['jean.dupont [at] gmail [dot] com'] },
    // other obfuscations: spaced @, braces, words, « chez » a webmail, a comma typed for the dot
    { text: 'Mail : paul.roche @ yahoo . fr', errors: ['paul.roche @ yahoo . fr'] },
    { text: 'Mail : paul.roche{@}yahoo.fr', errors: ['paul.roche{@}yahoo.fr'] },
    { text: 'Son adresse : ines point garnier arobase laposte point net', errors: ['ines point garnier arobase laposte point net'] },
    { text: 'Écrire à ines.g chez gmail.com pour le planning.', errors: ['ines.g chez gmail.com'] },
    { text: 'Mail noté : ines.garnier@gmail,com', errors: ['ines.garnier@gmail,com'] },
    // a person's address at a company is personal; a role word elsewhere in the local part is not a role
    { text: 'Son tuteur : p.lemoine@menuiserie-exemple.fr', errors: ['p.lemoine@menuiserie-exemple.fr'] },
    { text: 'Mail perso : contact.ines92@gmail.com', errors: ['contact.ines92@gmail.com'] },
    { text: 'Mail perso : accompagnement.jules@gmail.com', errors: ['accompagnement.jules@gmail.com'] },
    { text: "Écrire à amandine.perrot -at- example -dot- fr pour le suivi.", errors: ["amandine.perrot -at- example -dot- fr"], output: "Écrire à l'adresse de contact enregistrée pour le suivi." },
    { text: "Courriel personnel : y_benali<at>example<dot>org", errors: ["y_benali<at>example<dot>org"], output: "Courriel personnel : l'adresse de contact enregistrée" },
    { text: "Mail : jean.dupont_at_gmail_dot_com", errors: ["jean.dupont_at_gmail_dot_com"], output: "Mail : l'adresse de contact enregistrée" },
    { text: "Adresse : sophie.roux<arobase>laposte<point>net", errors: ["sophie.roux<arobase>laposte<point>net"], output: "Adresse : l'adresse de contact enregistrée" },
    // spelled-out local part with « chez » a webmail; overseas and European top-level domains
    { text: 'Mail : sophie point martin chez gmail point com', errors: ['sophie point martin chez gmail point com'] },
    { text: 'Courriel : l.durand<at>example.nc', errors: ['l.durand<at>example.nc'] },
    { text: 'Écrire à paul.h(at)gmail(dot)lu demain.', errors: ['paul.h(at)gmail(dot)lu'] },
    // a counsellor's own address at a public body, initials, a birth year
    { text: 'Écrire à laetitia.brunerie@francetravail.fr pour le suivi.', errors: ['laetitia.brunerie@francetravail.fr'] },
    { text: 'Mail : ml.durand@mission-locale.fr', errors: ['ml.durand@mission-locale.fr'] },
    { text: 'Son adresse : jd.1987@example.fr', errors: ['jd.1987@example.fr'] },
    { text: 'Mail : caf.martin@hotmail.fr', errors: ['caf.martin@hotmail.fr'] },
    // "@" and "." spelled in other languages
    { text: 'Mail : lina.bntz arroba hotmail.fr – sœur à Asunción', errors: ['lina.bntz arroba hotmail.fr'] },
    { text: 'Su correo: maria.lopez arroba gmail punto com', errors: ['maria.lopez arroba gmail punto com'] },
    { text: 'Indirizzo: giulia.rossi chiocciola libero.it', errors: ['giulia.rossi chiocciola libero.it'] },
    { text: 'E-Mail: jonas.weber Klammeraffe gmx punkt de', errors: ['jonas.weber Klammeraffe gmx punkt de'] },
    { text: 'Email : ana.silva arroba sapo ponto pt', errors: ['ana.silva arroba sapo ponto pt'] },
    // first names ending in « s » at a company's domain are people
    { text: 'Son adresse : jacques@dupont-menuiserie.fr', errors: ['jacques@dupont-menuiserie.fr'] },
    { text: 'Elle écrit depuis charles@famille-durant.fr.', errors: ['charles@famille-durant.fr'] },
    { text: 'Adresse perso : lesaidants@gmail.com', errors: ['lesaidants@gmail.com'] },
    // a singular role word before a name is the person's own box
    { text: 'Sa psychologue : psy.martin@cabinet-libre.fr', errors: ['psy.martin@cabinet-libre.fr'] },
    { text: 'Contact : pro.sandrine@sandrine-coiffure.fr', errors: ['pro.sandrine@sandrine-coiffure.fr'] },
    // round 21: privacy mail, newer and regional domains, obfuscated
    { text: 'Mail : theo.vb (at) proton.me / Discord à part', errors: ['theo.vb (at) proton.me'] },
    { text: 'Mail : theo.vb at proton dot me', errors: ['theo.vb at proton dot me'] },
    { text: 'Mail : lea_76 (at) pm.me', errors: ['lea_76 (at) pm.me'] },
    { text: 'Mail : lea.b (at) skiff.app', errors: ['lea.b (at) skiff.app'] },
    { text: 'Mail : lea.b (at) yandex.ru', errors: ['lea.b (at) yandex.ru'] },
    { text: 'Mail : k.sy (at) orange.bzh', errors: ['k.sy (at) orange.bzh'] },
    // a real "@" with a defanged or spelled dot
    { text: 'Mail : lea.b@gmail[.]com', errors: ['lea.b@gmail[.]com'] },
    { text: 'Mail : lea.b@gmail(.)com, à relancer', errors: ['lea.b@gmail(.)com'] },
    { text: 'Mail : k.sy@orange point fr', errors: ['k.sy@orange point fr'] },
    { text: 'Mail : k.sy@laposte dot net', errors: ['k.sy@laposte dot net'] },
    // « (chez) », « /at/ », « « at » », a full-width « ＠ »
    { text: 'Mail : theo.vb (chez) proton.me', errors: ['theo.vb (chez) proton.me'] },
    { text: 'Mail : lea_b [chez] free [point] fr', errors: ['lea_b [chez] free [point] fr'] },
    { text: 'Mail : theo.vb /at/ proton.me', errors: ['theo.vb /at/ proton.me'] },
    { text: 'Mail : theo.vb « at » proton.me', errors: ['theo.vb « at » proton.me'] },
    { text: 'Mail : theo.vb ＠ proton.me', errors: ['theo.vb ＠ proton.me'] },
  ],
});
