/**
 * `infractions`: infractions, condamnations, peines et leur exécution, détention, probation et
 * suivi judiciaire, garde à vue, affaires en cours, infractions routières.
 * RGPD art. 10; TAXONOMY.md §3.2 `infractions-condamnations`.
 *
 * Traps handled here: soudure TIG, SPIP the CMS, prison and courts as workplaces ("surveillant
 * pénitentiaire", "stage au greffe du tribunal"), "parts détenues", "détention du permis",
 * "à peine", "sursis à statuer", "porte condamnée", "vol" as a flight, "PV de réunion", a clean
 * record ("casier judiciaire vierge" is an absence), civil disputes (prud'hommes), and violence
 * between partners (`vie-privee`).
 */
import { defineRule } from '../lib/lint/rule.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Confidence } from '../lib/lint/types.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import { jobFrameBefore, negatedBefore, personLinked } from '../lib/lint/context.ts';
import { clauseRemovalFix, tt, around, isNumberToken, Kind, negatedGoverned, personNamed, recent, overlapsRecent, sentenceHas } from '../lib/lint/special-categories.ts';
import { ANIMAL_WORDS, FAMILY_OFFENCE_LEMMAS, INFRACTIONS_LEXICON, LESSER_PRISON_TOWNS } from './lexicons/infractions.ts';
import { mergeSpans, offenceAfter, topicFrame } from './shared/conduite-extra.ts';
import { wordSet as set, tokenSetOf } from '../lib/lint/token-set.ts';
import { fold } from '../lib/lint/normalize.ts';


/** Jewellery words: a bracelet that is not an electronic tag. */
const JEWELLERY = set(`or argent perles perle bijou bijoux bijouterie bijoutier bijoutiere cadeau montre collier bague bagues boucles
fantaisie creatrice createur vend vendait vendre fabrique fabriquer fil cuir bresilien breloques`);

/** Organisations that can be charged themselves: their legal trouble is not the person's offence. */
const ORGS = set(`entreprise entreprises societe societes employeur employeuse patron patronne restaurant garage boite commerce enseigne magasin
agence structure association sarl sas eurl usine exploitation chantier franchise firme cabinet`);

/** Jobs and workplaces of the justice system: "surveillant de prison", "formateur en maison d'arrêt". */
const JUSTICE_JOBS = set(`surveillant surveillante surveillants surveillantes cpip enap concours educateur educatrice educateurs
formateur formatrice enseignant enseignante infirmier infirmiere psychologue aumonier intervenant intervenante animateur
animatrice greffe greffier greffiere avocat avocate juriste magistrat magistrate stage stagiaire gardien gardienne directeur
directrice visiteur visiteuse benevole devenir recrutement metier metiers penitentiaire administration travailler travaille
travaillait poste postes emploi intervenir intervient intervenu mission missions secteur`);
const EXIT = set(`sort sorti sortie sortant sortante sortir libere liberee sors sortis sorties sortais sortait sortaient sortira sortirai sortiras
sortent sortons sortez sortiront sortirait sortie liberes liberees relache relachee relaches`);
/** Partners: offences between them are `vie-privee` in the corpora. */
const DOMESTIC = set(`conjoint conjointe mari epouse ex ex-conjoint ex-conjointe ex-mari ex-femme ex-compagnon ex-compagne compagnon
compagne conjugal conjugale conjugales conjugaux concubin concubine intrafamiliales intrafamilial`);
/** Civil disputes: an employer "condamné aux prud'hommes" is not the person's record. */
const CIVIL = set(`prud'hommes prudhommes prud'homal prud'homale prud'homales employeur entreprise societe patron jaf divorce
civil civile indemnites licenciement`);
/** A probation measure just named: an obligation "avec" it belongs to it ("sous sursis probatoire jusqu'en 2026 avec obligation de travail"). */
const PROBATION_WORDS = set('probatoire sursis epreuve conditionnelle probation');
/** After "coups de": the blows themselves ("coups de poing", "coups de couteau"); any other noun is a figure ("coups de main", "coups de fil"). */
const BLOW_KINDS = set(`poing poings pied pieds tete couteau couteaux baton batons ceinture marteau crosse matraque genou genoux coude coudes
barre machette cutter casque bouteille griffes boule boules`);
/** A court that judges no offence, or a way walked past the building ("passe devant le tribunal en allant au travail"). */
const NOT_HEARING = set(`commerce administratif administrative prud'hommes prudhommes tutelles tutelle jaf familiales familial affaires pole social
allant trajet chemin passant bus tram arret rue marche velo route`);
/** Verbs of using another's papers: "travaillait avec les papiers de son cousin", not "venue avec les papiers de son fils". */
const USE_PAPERS = set(`travaille travaillait travaille travailler bosse bossait bosser voyage voyageait voyager entre entree passe circule circulait
embauche embauchee declare declaree inscrit inscrite utilise utilisait utiliser vit vivait loue louait`);
const OF_FORMS = set("de du des d'");
/** What a roadside screening looks for: "dépistage d'alcool", "dépistage des stupéfiants". */
const DRUG_TESTED = set('alcool alcoolemie stupefiants stups drogue drogues cannabis thc cocaine produits');
/** A course the hit itself names as ordered or about violence. */
const COURSE_ORDERED = /responsabilisation|violences|ordonne|impose/;
/** Words that make a « stage de sensibilisation » a penalty: drugs, alcohol, the road, a court. */
const PENAL_COURSE = set(`stupefiants stups drogue drogues cannabis alcool routiere securite-routiere volant juge tribunal procureur sursis peine condamne condamnee
condamnation spip jap cpip delegue composition penale alternative poursuites`);
/** An organisation's identity: "l'identité de marque", "l'identité de l'entreprise". */
const BRAND_WORDS = set('marque marques entreprise societe structure association enseigne produit site');
/** Complaints of customers or users: a service's claims, not a criminal complaint ("plaintes de clients pour retard de livraison"). */
const CLAIMANTS = set('clients clientes client clientele usagers usager patients residents familles voyageurs locataires consommateurs acheteurs');
/** Places and units that hold or fight narcotics: "comptoir des stups", "brigade des stupéfiants". */
const STUPS_HOLDERS = set('comptoir armoire coffre coffre-fort registre brigade office stock stocks gestion cahier ordonnancier');
/** Units of a roadside test: "1,2 g", "0,8 g/l", "180 km/h" ("km" needs its "/h": "contrôlée à 2 km de chez elle" is a distance). */
const RATE_UNITS = set('g gr gramme grammes mg km kmh');
/** A look judged ("tête de délinquant"): the jugement rule's, not an offence. */
const LOOKS = set('tete gueule air allure look degaine profil style physique mine');
/** Offenders handled at work by a guard or an officer. */
const HANDLING = set(`interpellation interpellations arrestation arrestations interpelle interpellait interpeller interpellait arreter
reperer repere reperait reperage surveillance surveiller traque traquer attraper attrape`);
const WITNESS = set('victime victimes temoin temoins temoigne temoignait temoigner temoignera');
/** Roles a citizen holds at a hearing: "convoquée au tribunal comme jurée d'assises", "en tant que témoin". */
const COURT_ROLES = set('jure juree jures jurees temoin temoins interprete interpretes traducteur traductrice expert experte assesseur assesseure');
const FLIGHT = set(`avion avions inapte inaptitude apte aptitude cempn pnc pnt aeronautique aerien aerienne aeriens aeriennes heures pilote pilotes steward stewards hotesse hotesses courrier
courriers compagnie compagnies cabine navigant navigante navigants aeroport plan libre parapente drone drones equipage escale
escales billet billets retard retards planeur ulm passagers passager airbus boeing atterrissage decollage ailes`);
const THEFT_NEXT = set("avec a aggrave aggraves en par qualifie simple dans chez");
const THEFT_HEADS = set(`accuse accusee accuses soupconne soupconnee suspecte suspect auteur autrice tentative complicite victime
commis condamne condamnee affaire plainte interpelle interpellee arrete arretee`);
/** What is stolen: "vol de scooter", not "vol de retour". */
const THEFT_OBJECTS = set(`vehicule vehicules voiture voitures scooter scooters moto motos velo velos portable portables telephone
telephones carte cartes sac sacs marchandise marchandises materiel cable cables cuivre carburant argent bijoux ordinateur
ordinateurs outils outillage caisse documents chequier produits stock especes fonds identite donnees`);
const OBJECTS = set(`porte portes acces fenetre fenetres issue issues sortie passage route rue voie piece local locaux site batiment
batiments ligne entree escalier magasin usine aile etage ascenseur`);
const PENAL_AFTER_A = set(`peine prison mois ans an heures amende amendes travail tig sursis un une deux trois quatre cinq six sept
huit neuf dix douze quinze vingt payer verser effectuer`);
const UNITS = set('an ans annee annees mois semaine semaines jour jours heures heure h');
/** Years in prison slang ("pris trois piges"): also freelance jobs, so a sentence or an offence word is wanted near. */
const SLANG_UNITS = set('piges pige');
const JUSTICE = set(`condamne condamnee condamnation peine prison detention justice tribunal legale penale penal delit vol juge
police gendarmerie incarcere incarceree`);
const TRAINING = set('formation module cours cursus etudes etudiant master licence droit criminologie');
const RECORD_REQUEST = set(`exige exigee exigent demande demandee demandes requis requise fournir fourni fournit obligatoire necessite
necessaire extrait bulletin verification controle`);
const LOCKER = set('vestiaire vestiaires cadenas cle consigne casiers rangement');
const SUBJECTS = set('il elle ils elles qui adherent adherente on');
/** Working at a place of detention: "où elle intervient comme formatrice". */
const WORK_THERE = set(`intervient intervenait intervenante intervenant travaille travaillait enseigne enseignait anime animait formatrice formateur
surveillant surveillante benevole aumonier infirmier infirmiere cuisinier cuisiniere agent agente poste postes mission stage offre offres
recrute recrutement secretariat emploi candidature`);
/** Leading an activity in a prison is working there: "anime des ateliers en maison d'arrêt" (not "a suivi des ateliers en détention"). */
const LEAD_VERBS = set('anime animait animent animer animera donne donnait donnent dispense dispensait encadre encadrait encadrer intervient intervenait intervenir');
const LED_ACTIVITIES = set('atelier ateliers cours formation formations seance seances groupe groupes stage stages module modules');
/** Jobs and application words around a place of detention that make it a workplace ("Agent d'entretien au centre pénitentiaire"). */
const WORKPLACE_JOBS = set(`agent agente agents cuisinier cuisiniere commis plongeur plongeuse technicien technicienne electricien electricienne
plombier plombiere menuisier peintre jardinier secretaire assistant assistante comptable medecin dentiste kinesitherapeute aide auxiliaire
employe employee ouvrier ouvriere magasinier magasiniere chauffeur veilleur veilleuse moniteur monitrice responsable chef cheffe coordinateur
coordinatrice informaticien informaticienne standardiste cdd cdi interim vacation vacations vacataire candidature candidatures candidater
postule postuler offre offres embauche embauchee recrute recrutee recrutement ash livreur livreuse livreurs livraison livraisons livrer livrait
fournisseur fournisseuse prestataire`);
/** "livré" folds to "livre" (a book): the verb when an object follows it ("a livré des repas au centre pénitentiaire"). */
const DELIVERED_OBJECT_DETS = set('des les du de la le ses leurs');
/** Applications and contracts after the place: "au centre pénitentiaire de X : candidature envoyée". */
const APPLY_AFTER = set(`candidature candidatures candidate candidater postule postuler offre offres embauche embauchee recrute recrutement cdd cdi
interim vacation vacations vacataire poste postes entretien`);
/** Verbs of a stay in detention before a duration or a place: "a fait trois ans en centrale", "envoyé au mitard". */
const STAY_VERBS = set(`fait faisait faire passe passait passer tire tirait purge purgeait effectue effectuait envoye envoyee transfere transferee
atterri atterrie retrouve retrouvee reste restee sejourne incarcere incarceree ecroue ecrouee enferme enfermee mis mise place placee detenu detenue`);
/** Places in slang ("au trou", "au mitard") are a stay also with "être". */
const STRONG_SLANG = set('mitard trou');
/** A stay in a town that is a job, studies or a home: "a fait deux ans à Fresnes comme cariste, au lycée, chez sa tante". */
const TOWN_STAY_OTHER = set(`comme chez travaille travaillait travaille emploi poste stage alternance apprentissage ecole lycee college universite fac etudes
etudiant etudiante formation entreprise usine mission interim habite habitait vit vivait vecu loge logeait demenage installe installee famille
tante oncle parents grands cdd cdi contrat`);
/** A release after a stay in a named prison: "… depuis sa sortie", "il en est sorti en juin". */
const RELEASE = set('sortie sorti sortis libere liberee liberation levee');
const LESSER_TOWNS = new Set(LESSER_PRISON_TOWNS);
/** Retail and energy senses of "en centrale", the school "Centrale": not prison. */
const NOT_PRISON_NEAR = set(`achat achats acheteur acheteuse acheteurs enseigne magasin magasins siege distribution nucleaire edf ingenieur ecole
reservation reservations logistique entrepot supermarche hypermarche franchise`);
/** Offences as a body of rules or a field of knowledge: "la réglementation sur les infractions routières", "spécialiste des délits financiers". */
const OFFENCE_KNOWLEDGE = set(`reglementation reglementations legislation legislations regles reglement connaissance connaissances notions specialiste specialistes
expert experte expertise typologie statistiques constatation constater constate constatait`);
/** Verbs of work on offences ("saisissait les marchandises contrefaites", "contrôle les détournements", "explique le refus de priorité"); the
 *  participle of the same spelling is the person checked or spotted ("a été contrôlé en conduite…", "repéré"), told by the accent. */
const OFFENCE_WORK = set(`saisit saisissait saisir saisissent repere reperait reperer detecte detectait detecter controle controlait controler verifie verifiait
explique expliquait expliquer enseigne enseignait enseigner traque traquait traquer`);
/** Handling offences as a business: "recouvrement de contraventions", "traitement des amendes". */
const OFFENCE_PROCESSING = set('recouvrement traitement gestion constatation');
/** Mastery of a field, before a procedure named as a skill ("maîtrise de la procédure pénale"). */
const MASTERY = set('maitrise maitriser maitrisait maitrisent');
/** "droit de la procédure pénale": the law as a subject (not "a droit au sursis", "droit à un aménagement"). */
const LAW_OF = set("de du des d'");
const KNOWLEDGE_SKIP = set("les la le l' des du de d' sur aux au en matiere");
/** Offences a person suffers, and the words that make them the victim's ("car", "home": the first token of "car-jacking", "home-jacking"). */
const VICTIM_OFFENCES = set('agression agressions cambriolage cambriolages braquage braquages rixe rixes racket extorsion vol vols escroquerie escroqueries arnaque arnaques carjacking carjackings homejacking homejackings car home');
const VICTIM_CUES = set('victime victimes depuis apres suite subi subie subit lors traumatise traumatisee choque choquee');
/** The offence sense of words that have others ("blanchiment des dents", "corruption de fichiers", "braquage des roues"). */
const AMBIGUOUS_OFFENCES = set('blanchiment corruption braquage braquages outrage outrages');
const OFFENCE_COMPLEMENTS = set(`argent capitaux fonds sommes l'argent produits fraude fraudes trafic drogue stupefiants mineur mineurs mineure agent agents
fonctionnaire fonctionnaires elu elus magistrat magistrats personne banque bijouterie station commerce agence bureau magasin supermarche
fourgon distributeur vol vols biens marchandises objets cheques marques produit vehicule vehicules`);
/** Words of other senses near them: teeth, laundry, facades, files, steering. */
const OTHER_SENSES = set(`dents dentaire dentaires sourire esthetique esthetiques institut soins linge blanchisserie pressing lessive textile facade facades
murs mur chaux peinture badigeon ravalement enduit fichier fichiers donnees disque memoire systeme logiciel roues roue volant direction
temps moeurs langue sols sol carrelage`);

/** Words of a sentence's execution around its acronym: "SME avec obligation de travail", "LSC accordée par le JAP". */
const SENTENCE_CUES = set(`obligation obligations juge jap spip cpip sursis probation peine condamne condamnee condamnation tribunal pointer pointe
detention incarcere incarceree prison bracelet libere liberee liberation epreuve amenagement justice judiciaire judiciaires penal penale penales`);
/** Time spent in custody before its place: "a passé | la nuit | au commissariat", "48 heures en cellule". */
const CUSTODY_TIME = set('nuit nuits heures heure h soiree journee week-end weekend matinee apres-midi jours jour');
const CUSTODY_VERBS = set(`passe passee passait passer fini finit finie finir termine terminee dormi dort dormait dormir reste restee restait garde gardee
retenu retenue retenus mis mise place placee atterri atterrie embarque embarquee conduit conduite emmene emmenee`);
/** A visit to the police station that is not custody: a complaint filed, a witness, a job, an errand. */
const NOT_CUSTODY = set(`plainte plaintes temoin temoigner temoignage victime porter deposer depose deposee declaration stage stagiaire travaille travaillait
agent agente poste accueil recrutement concours visite chercher recuperer procuration papiers perdu perte`);
/** Words that make "N avec sursis" / "a pris N mois" a sentence. */
const SENTENCE_WORDS = set('sursis ferme fermes prison taule tribunal juge jugement condamne condamnee peine correctionnelle audience detention purge purges purgee purgees incarcere incarceree detenu detenue zonzon conditionnelle');
/** A meeting with a probation service in a terse note: "vu avec la cpip", "convoqué au SPIP". */
const MEETING_CUES = set('vu vue rencontre rencontree convoque convoquee pointe pointer pointage obligations bracelet audience audiences');
/** Papers sent to the service: "synthèse transmise au SPIP" (a trainee's or a social worker's papers are their job). */
const REPORT_CUES = set('synthese rapport bilan courrier attestation transmis transmise adresse adressee');
/** Articles between "pour" and an offence named before the juvenile judge: "pour les dégradations", "pour ses vols". */
const JDE_OFFENCE_DETS = set('les ses');
/** Verbs of watching hearings as a visitor or an intern: "a assisté aux audiences", "a adoré les audiences". */
const HEARING_WATCHED = set('assiste assister assistait observe observer observait adore aime aimait suivi suivre suivait decouvert decouvrir');
const TRAINEE = set('stage stages stagiaire stagiaires educateur educatrice educateurs alternance alternant alternante apprenti apprentie');
/** The shade, not a cell: "mis à l'ombre les plants", "à l'ombre des grands chefs", "au frais pour l'été". */
const SHADE_CONTEXT = set(`plant plants plante plantes tomates jardin jardinage semis pot pots soleil chaleur canicule terrasse arbre arbres
estival estivale boisson boissons frigo refrigerateur froide vacances sieste`);
const SHADE_NEXT = set("de d' du des les ses son sa leurs");
/** A length after "à l'ombre de": "un séjour à l'ombre de dix-huit mois" is still the cell. */
const LENGTH_START = /^(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quelques|plusieurs)/;
/** Ball play, not prison slang: "un coup de pied au ballon", "joue au ballon". */
const BALL_PLAY = set('pied pieds tete tir tire frappe joue jouer jouait jouent passe');
/** Words that make fines a debt: "saisie sur compte pour des amendes impayées", "échéancier avec le Trésor public". */
const FINE_DEBT = set('impayee impayees majorees tresor saisie saisi echeancier dette dettes recouvrement huissier surendettement');
/** Words that make "inscrit au B2" a record bulletin and not a language course: "il pense que c'est inscrit au B2". */
const B2_LANGUAGE = set(`anglais allemand espagnol italien francais langue langues delf dalf toeic toefl cecrl fle niveau cours examen certification module
formation concours groupe session classe promotion stage`);
const RECORD_IN = set('inscrit inscrite inscrits inscrites figure figurait figurer apparait apparaissait mentionne mentionnee porte portee note notee');
/** Blows given: "il a mis un coup de tête à un client", "a donné un coup de poing au vigile" (not "au ballon"). */
const GIVE_BLOW = set('mis mets met mettre donne donner donnait file filer porte asséne assene balance colle envoye mettait');
const BLOW_OBJECT_NOT = set(`ballon balle but mur murs porte portes sac punching-ball table tables bureau vitre vitres fenetre meuble meubles
volant voiture casier distributeur machine poteau arbre cloison frigo`);
/** Sentences given or served: "un TIG pour des dégradations", "condamné à une amende pour des tags" (a summons is not one). */
const SENTENCED = set('tig condamne condamnee condamnes condamnation peine sursis amende amendes stage prison ferme rappel composition sanctionne sanctionnee ecope');
/** Criminal cases a civil party joins: "partie civile dans une procédure pour traite", "au procès de ses agresseurs". */
const CIVIL_CASES = set('proces procedure procedures affaire affaires instance dossier');
/** Works about prisons as a topic: "un reportage sur les prisons de femmes", "sa thèse sur l'univers carcéral". */
const TOPIC_WORKS = set(`reportage reportages documentaire documentaires enquete enquetes article articles livre livres film films these memoire
podcast exposition emission serie roman etude conference debat`);
/** Staff of a probation service met by the person: "l'assistante sociale du SPIP", "la référente du SPIP". */
const SPIP_STAFF = set('referent referente conseiller conseillere educateur educatrice psychologue');
const STAFF_HIRING = set('embauche poste postes stage stagiaire candidature recrutement recrute recrutee emploi alternance');
/** Planning words around the service in an action list ("prévoir un point avec le SPIP sur les horaires autorisés"): when nothing else penal is said. */
const PLANNING_CUES = set('point rdv rendez-vous entretien horaires autorises autorisees contacter contact convocation');
/** The duration served, said after it: "j'ai pris deux ans, je les ai faits", "il les a tirés". */
const SERVED = set('faits fait tires tire purges purge');
/** A rule stated generically, not the person's record: "toute condamnation doit être déclarée", "en cas de condamnation". */
const GENERIC_DETS = set('toute tout toutes tous chaque aucune nulle');
/** Settings of a job listed in brackets: "missions en milieu judiciaire (gardes à vue, audiences)". */
const WORK_SETTINGS = set('judiciaire judiciaires penal penale milieu missions mission interventions interpretariat secteur secteurs domaines terrain');
/** What a person holds ("permis B indispensable (détenu)", "diplômes détenus"): "détenu" is possession. */
const HELD = set(`permis diplome diplomes caces licence licences carte cartes titre titres brevet brevets habilitation habilitations certificat
certificats agrement visa passeport vehicule voiture indispensable obligatoire requis requise exige exigee souhaite souhaitee`);
/** Verbs of contacting the person's officer in a note: "j'ai rappelé l'éducatrice de la PJJ". */
/** Participles of being followed by an officer: "suivi par un éducateur de la PJJ". */
const FOLLOWED = set('suivi suivie suivis suivies accompagne accompagnee encadre encadree');
const CONTACTED = set('appele appelee rappele rappelee contacte contactee joint jointe vu vue rencontre rencontree relance relancee ecrit');
/** Records written in the criminal record: "une inscription au casier", "une mention au casier". */
const RECORD_ENTRIES = set('inscription inscriptions mention mentions inscrit inscrite inscrits inscrites condamnation condamnations');
const FILE_VERBS = set('porte porter portait portera porterait porteront portent deposer depose deposait deposera deposerait deposeront deposent');
/** Auxiliaries joined to a filing verb right before a bare « plainte »: "a porté plainte", "avait déposé plainte". */
const FILE_AUX = set('a ai as avait avaient ont aurait auraient');
/** Giving up a complaint is no complaint: "a renoncé à porter plainte pour agression", "refuse de déposer plainte". */
const RENOUNCE = set('renonce renoncer renoncait refuse refuser refusait hesite hesiter hesitait');
/** The person's own complaint by its possessive: "sa plainte pour agression est en cours". */
const OWN_COMPLAINT_DETS = set('sa son ma mon');
/** Bodies a complaint may go to that are no police nor court: "auprès de la mairie", "auprès du syndic", "auprès de son bailleur". */
const NON_PENAL_RECIPIENTS = set(`mairie syndic bailleur bailleurs proprietaire employeur direction rh agence service cnil mediateur mediatrice assureur
assurance banque ecole college lycee rectorat copropriete gestionnaire office`);
/** Complaints handled as a job: "il enregistrait les plaintes pour vol", "elle prépare les plaintes pour escroquerie des clients". */
const COMPLAINT_WORK = set(`prepare preparait preparer redige redigeait rediger enregistre enregistrait enregistrer recueille recueillait recueillir recoit
recevait recevoir prend prenait prendre traite traitait traiter gere gerait gerer instruit instruisait instruire`);
const COMPLAINT_WORK_DETS = set('les des leurs ces');
/** How to file, taught or explained: "Formation : comment porter plainte pour cyberharcèlement", "atelier sur le dépôt de plainte". */
const COMPLAINT_TOPIC = set('formation formations module atelier ateliers guide fiche tutoriel sensibilisation');
/** A public helped to file its complaints: "elle aide les victimes à porter plainte", "accompagne les usagers à déposer plainte". */
const HELPED_PUBLIC = set('victimes clients clientes usagers personnes femmes habitants patients patientes residents salaries salariees beneficiaires gens jeunes eleves familles');
/** Ticket heads: "verbalisé pour X" is penal whatever X is ("verbalisé pour braconnage"). */
const TICKETED = set('verbalise verbalisee verbalises verbalisees flashe flashee');
/** Damage and disorder, whose author is the one sanctioned ("après des dégradations", "après du tapage"). */
const DISORDER = set(`degradations degradation tags graffitis graffiti tapage nuisances incivilites casse bris degats squat rodeo rodeos outrages outrage
ivresse fraude fraudes resquille depot depots decharge feu feux incendie occupation jets sevices maltraitance maltraitances actes mauvais`);
/** The animal after a harm head ("sévices sur son chien"), with its determiner. */
const ANIMALS = new Set(ANIMAL_WORDS.map(fold));
const ANIMAL_DETS = set("son sa ses un une des les le la l' leur leurs plusieurs deux trois");
/**
 * "sévices sur son chien", "maltraitance envers des chevaux": a harm head joined to the animal after it becomes an offence
 * name (tag `offname`, reported after a record head or as the cause of a sanction); a head with no animal after is dropped
 * ("maltraitance sur personnes âgées" is a care topic or harm suffered). Only documents with such a head pay for the copy.
 */
function joinAnimalHarm(hits: Hit[], toks: { t: string; sn: number }[]): Hit[] {
  if (!hits.some((h) => h.entry.tag === 'offname-animal')) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.entry.tag !== 'offname-animal') { out.push(h); continue; }
    const d = toks[h.to];
    const a = toks[h.to + 1];
    if (d && a && a.sn === d.sn && ANIMAL_DETS.has(d.t) && ANIMALS.has(a.t)) out.push({ entry: { ...h.entry, tag: 'offname' }, from: h.from, to: h.to + 2 });
  }
  return out;
}
/** Fights: a finding only as the cause of a sanction. */
const FIGHTS = set('bagarre bagarres altercation altercations echauffouree echauffourees baston bastons castagne pugilat rixes');
/** Sentences a fight is the cause of. */
const FIGHT_SANCTIONS = set(`condamne condamnee condamnation peine sursis prison tig amende amendes revocation revoque tribunal ferme jugee
rappel composition stage citoyennete reparation avertissement penal penale`);
/** Figures of a fight: "la bagarre pour les postes", "une vraie bagarre commerciale". */
const FIGURATIVE_FIGHT = set('commerciale commerciales politique electorale postes poste marche concurrence concurrents prix clients tarifs subventions budget idees juridique');
/** A prison as a building, a museum or a sight: restored, visited, filmed. */
const MONUMENT = set(`musee musees desaffectee desaffecte patrimoine monument monuments historique touristique touristes visiteurs visitee visiter guidee guidees
restaure restaurer restauration rehabilitation rehabilitee renovation reconvertie reconversion transformee devenue demolie demolition vestiges ruines tournage film documentaire
exposition escape architecture architecte renove renover renovee renovent renovait rehabilite rehabiliter mediatheque`);
/** Unpaid work that is not a sentence: an internship, volunteering, help at home. */
/** Verbs of paying damages to the civil parties: "indemniser les parties civiles", "rembourse la partie civile". */
const PAY_CIVIL = set(`indemniser indemnise indemnisait indemnisera indemnisent dedommager dedommage dedommagait dedommagera rembourser rembourse
remboursait remboursera payer paye verser verse`);
const CIVIL_DETS = set("les la l' aux a");
/** Helping others pay: "aide les victimes à indemniser…" is a job. */
const HELPING = set('aide aider aidait accompagne accompagner');
const UNPAID_NOT_PENAL = set(`stage stages stagiaire stagiaires benevole benevoles benevolat volontaire volontariat domestique menager menagere aidant aidante aidants famille familiale
parents femmes invisible associatif exploitation conjoint conjointe collaborateur oncle tante pere mere frere soeur cousin cousine
grand-pere grand-mere entreprise familiale`);
/** Determiners that make "ferme" a farm ("à la ferme de son oncle"), not a prison term ("six mois ferme"). */
const FARM_DETS = set("la une sa ma leur notre");
/** An alternative measure around unpaid work: "dans le cadre d'une composition pénale", "proposé par le délégué du procureur". */
const UNPAID_PENAL = set('composition penale procureur delegue deleguee sanction spip tig judiciaire alternative poursuites collectivite cpip jap');
/** The count before unpaid work: "105 heures de travail non rémunéré". */
const HOURS = set('heures h');
const PENAL_ADJ = set('penal penale');
/** The step before the children's judge: "comparution devant le", "convoqué chez le", "jugé par le". */
const JDE_DETS = set("le la l' les");
const JDE_PREPS = set('devant chez par');
const JDE_STEPS = set('comparution comparu comparaitre comparait comparaitra passe passee convoque convoquee juge jugee presente presentee defere deferee');
/** Penal words around the children's judge. */
const MINOR_PENAL = set(`penal penale penalement delit delits infraction infractions vol vols comparution comparaitre comparu comparaitra pjj examen reparation condamne condamnee
jugee poursuivi poursuivie deferee defere tpe cef epm mej`);

/** Sanctions said near damage or disorder given as their cause ("après des tags, il a été condamné"). */
const SANCTIONED = set(`condamne condamnee condamnation sanctionne sanctionnee verbalise verbalisee amende amendes tig peine sursis prison rappel
interpelle interpellee tribunal juge jugee delegue procureur citoyennete composition`);
/** Offence hits that may follow "plainte pour", "poursuites pour". */
/** Harassment done to someone named after it: "Cyberharcèlement d'une ancienne collègue" (the person as the author). */
const HARASS = set('harcelement cyberharcelement');
/** Between harassment and its target: "harcèlement d'une collègue", "harcèlement envers une ancienne collègue", "contre un voisin". */
const HARASS_LINKS = set("de d' envers contre sur");
const HARASSED = set(`collegue collegues voisin voisine voisins voisines client cliente clients camarade camarades eleve eleves salarie salariee
  ancienne ancien mineure mineur elue elu agent agente enseignante enseignant professeur professeure`);
const OFFENCE_TAGS = set('infraction noir vol delit offname');
/** Heads after which an offence the person may have suffered ("harcèlement", "violences") is not theirs: a complaint, a story. */
const VICTIM_HEADS = set("plainte plaintes histoire affaire procedure poursuites poursuite signale signalee");
/** The person suffered it: "violences subies", "victime de harcèlement". */
/** Objects of "voler" in idioms (stealing the show, flying on one's own wings, a kiss): no theft. */
const THEFT_IDIOMS = set('vedette vedettes politesse show ailes baiser baisers bisou bisous coeur sommeil');
const SUFFERED = set('subi subie subis subies subit subir victime victimes');
const NONE_AFTER = set('aucun aucune neant nul nulle');
/** Someone handling files as a job: "il gère les dossiers de fraude". */
const FILE_JOB = set('le les ce ces gere gerait traite traitait instruit instruisait suit suivait monte montait constitue traiter gerer instruire');
const FILE_HANDLING = set('gere gerait gerer traite traitait traiter instruit instruisait instruire suit suivait suivre monte montait constitue controle controlait controler verifie verifiait');
const EURO = set('€ euros euro eur');
/** "il a été verbalisé" (accented participle), not "il verbalise les voyageurs" (a controller's job). */
const PARTICIPLE_END = /[éÉ]e?s?$/u;
const TICKET_OBJECTS = set("les des un une le la l' ceux");
const CAUSE_DETS = set("des une un les la le l' de d' du");
/** "dégradations | sur un abribus", "tags | dans le métro": the place or object damaged. */
const DAMAGE_PLACE = set('sur dans contre');
const PLACE_DETS = set("un une des le la les l' son sa ses du");
const POSSESSIVES = set('son sa ses leur');
/** Words of a carry licensed for a job: "autorisation préfectorale", "permis de port d'arme", "dans le cadre du métier". */
const LAWFUL_CARRY = set(`autorisation autorisations autorise autorisee autorises agrement agree agreee prefectorale prefectoral habilitation habilite habilitee
metier fonctions convoyeur convoyeurs convoyeuse convoyage`);
/** Licences of a carry: "permis de port d'arme", "autorisation de port d'arme". */
const CARRY_LICENCES = set('autorisation autorisations permis licence habilitation agrement');
const PROHIBITED = set('prohibe prohibee prohibees prohibes illegal illegale illicite blanche');
/** Meeting words that make a lower-case "spip" the probation service. */
const LOWER_SPIP_CUES = set('rdv rendez-vous convocation convoque convoquee pointer pointe pointage cpip jap obligations obligation sursis probation');
/** A justice body as a structure's or a job's partner: "le SPIP qui gère le partenariat avec la médiathèque", "convention avec la PJJ". */
const PARTNERSHIP = set('partenariat partenariats partenaire partenaires convention conventions conventionne conventionnee prestataire prestataires financeur financeurs');
/** Places where a person under judicial control reports ("se présenter au commissariat chaque lundi"). */
const REPORT_PLACES = set('commissariat gendarmerie spip brigade police gendarmes');
const REPORT_SKIP = set("au aux a la l' en le les de du d' des");
const WEEKDAYS = set('lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches');
const PERIODS = set(`semaine semaines jour jours matin matins mois quinzaine quinze lundi mardi mercredi jeudi vendredi samedi dimanche
lundis mardis mercredis jeudis vendredis samedis dimanches soir soirs`);
/** Verbs of running a course or issuing a ticket: the measure is the person's job ("il anime les stages de récupération de points", "dressait des PV"). */
const DELIVER_VERBS = set(`anime animait animer animera co-anime encadre encadrait encadrer dispense dispensait dispenser organise organisait organiser
assure assurait assurer donne donnait donner dresse dressait dresser dressé redige redigeait rediger distribue distribuait distribuer etablit etablissait
etablir delivre delivrait delivrer verbalise verbalisait verbaliser`);
/** Third parties who file a complaint against the person ("son employeur a porté plainte pour vol"). */
const THIRD_FILERS = set(`employeur employeuse patron patronne voisin voisine voisins magasin enseigne entreprise societe victime victimes collegue collegues
client cliente clients bailleur proprietaire mere pere frere soeur famille agence gerant gerante responsable directeur directrice
direction associe associee associes hierarchie superieur superieure administration etablissement mairie banque ecole hopital clinique syndic
caf cpam msa urssaf cooperative assureur assurance`);
/** Police and gendarmerie: "arrêté par les gendarmes", "interpellé par la BAC". */
const POLICE = set('police policiers policier policiere gendarmes gendarme gendarmerie bac douane douanes douaniers crs forces agents brigade');
/** Words that make what follows "arrêté pour", "enquête pour" an offence (not a sick leave or a job survey). */
const OFFENCE_WORDS = set(`vol vols violence violences bagarre bagarres rixe rixes agression agressions deal trafic stupefiants stups drogue cannabis
conduite ivresse alcoolemie fraude fraudes recel tags degradation degradations outrage rebellion possession port arme armes cambriolage
cambriolages braquage escroquerie escroqueries menaces vandalisme incendie exces vitesse fuite harcelement viol attouchements exhibition
exhibitionnisme racket extorsion contrefacon faux usage detournement abus homicide meurtre coups blessures refus obtemperer delit crime`);
/** Counter-offence work before the offence: "repérage des vols à l'étalage", "luttait contre la démarque et les vols", "a enquêté sur des cambriolages". */
const COUNTER = set(`lutte lutter luttait luttent prevention prevenir previent reperage reperer reperait repere detection detecter detectait surveillance surveiller surveillait
demarque anti traque traquer traquait specialise specialisee specialiste brigade cellule analyste controleur controleuse enquetait enqueter enquetaient enquetent enqueteur enquetrice
dissuasion dissuader empecher`);
/** Sex work offences: "amende pour racolage" — the act is `vie-sexuelle`, the sanction alone is the penal finding here. */
const SEX_WORK = set('racolage racolages prostitution tapin');
/** Who a complaint is against that makes it the partner's (`vie-privee`) or the person's own record ("plainte contre lui"). */
const AGAINST_SELF = set("lui elle eux elles adherent adherente monsieur madame m mme moi");
/** Offences against a partner that are not violence or harassment: still `infractions`. */
const COMPUTER_OFFENCES = set('acces piratage intrusion intrusions maintien atteinte extraction fraude usurpation detournement');
/** Words of driving that make "perdu six points" the licence's. */
const LICENCE_CUES = set('permis radar radars flashe flashee vitesse exces conduite conduire code route infraction infractions amende amendes telephone volant alcool ants');
/** The same without "code" (an exam's "épreuve de code" is no licence): what "a perdu des points" needs near. */
const LOST_POINTS_CUES = new Set([...LICENCE_CUES].filter((w) => w !== 'code'));
/** Words before "points" in a licence entry that also count anything else: "perdu des points de productivité", "plus aucun point". */
const VAGUE_POINTS = set('des aucun');
const HELP_OTHERS = set('victimes aide aider aidait accompagne accompagner accompagnait oriente orienter orientait informe informer conseille conseiller soutient soutenir');
const PENDING_SUBJECTS = set('affaire affaires plainte procedure dossier enquete proces jugement audience');
/** Determiners of the person's own conviction: "si la condamnation empêche…", "sa peine". */
const OWN_DETS = set('la sa son ses cette leur');
const HAS_AUX = set('a avait');
const WEARS = set('porte portait');
const NEGATORS = set("ne n'");
const NO_MORE_OBJECTS = set('de le son');
const POINT_WORDS = set('points point');
const OF = set("de d'");
const IS = set('est etait sera');
const SUBJECT_DETS = set("l' la le sa son");
const HIS_HER = set('sa ses');
const THE_THIS = set('la cette');
const CONDEMNED_OBJECT = set("de des du d' par unanime");
/** A rule stated for anyone: "on perd six points pour l'alcool au volant", "chacun perd…". */
const ANYONE = set('on chacun chacune tout toute quiconque');
/** What follows "vol de" when it is a flight, not a theft: "vol de nuit", "vol d'essai", "vol de retour". */
const FLIGHT_KINDS = set(`nuit jour retour ligne essai essais plaisance demonstration reconnaissance convoyage formation entrainement initiation decouverte
liaison correspondance rapatriement groupe nuit affaires oiseaux oiseau mouettes grues etourneaux abeilles papillons moustiques voltige montgolfiere helicoptere
avion planeur parapente deltaplane drone nuit depart arrivee la le les l' un une des ce cette cet son sa ses`);
/** Licence categories and names between "permis" and its sanction: "permis C", "permis poids lourd", "permis de conduire". */
const LICENCE_KINDS = set('a a1 a2 am b b1 be b96 c c1 c1e ce d d1 d1e de e poids lourd lourds super pl spl vl moto bateau cotier fluvial hauturier tc camion bus conduire chasse');
const LICENCE_AUX = set("a ete est etait avait lui sera va etre vient d' fut temporairement provisoirement definitivement aussi deja alors encore");
const LICENCE_SANCTIONS = set('suspendu suspendue suspendus retire retiree annule annulee invalide invalidee confisque confisquee retenu retenue');
/** A licence suspended on medical grounds: "permis D suspendu après un malaise au volant ; avis de la commission médicale". */
const LICENCE_MEDICAL = set(`medical medicale medicaux medicales malaise malaises sante medecin medecins inapte inaptitude vue vision maladie diabete diabetique
epilepsie avc infarctus retinopathie cardiaque cardiaques traitement arret hospitalisation hospitalise hospitalisee opere operee operation crise crises convulsions
epileptique narcolepsie apnee apnees somnolence hypoglycemie hypoglycemies insuline neurologue neurologique neurologiques ophtalmologue glaucome cataracte
cecite malvoyant malvoyante sclerose parkinson cardiologue pacemaker syncope syncopes vertiges handicap psychiatre psychiatrique commission`);
/** Words of an electronic tag or its follow-up near a bare "boîtier" ("le boîtier a sonné, le SPIP rappelle"). */
const TAG_BOX_CUES = set(`bracelet ddse pse spip jap cpip assignation penitentiaire detention peine sursis`);
/** Words of a tag measure's own entry ("sous DDSE", "bracelet électronique", "horaires d'assignation"). */
const TAG_MEASURE_WORDS = set('bracelet ddse pse electronique assignation');
/** Other boxes: a gearbox, a fuse box, a phone or camera body, the internet box. */
const OTHER_BOXES = set(`vitesse vitesses electrique electriques fusibles raccordement internet box wifi fibre telephone appareil photo camera montre telecommande
compteur tableau disjoncteur mecanique garage voiture moteur papillon direction decodeur alarme-incendie alarme alarmes acces capteur capteurs
controle securite technicien technicienne magasin badge`);
/** After « retenu »: a licence chosen as a criterion, not held by the police ("le permis C est retenu comme critère"). */
const RETAINED_CHOICE = set('comme parmi dans critere candidat candidate candidats');
const LICENCE_COLLECT = set('prefecture ants guichet recupere recuperer recuperee fabrique fabrication disponible obtenu obtenue reussi reussie examen auto-ecole');
/** Verbs of employing someone (or selling, renting) undeclared: "a employé deux saisonniers sans les déclarer". */
const EMPLOYING = set(`employe employee employes employait emploie emploient employer embauche embauchee embauchait embaucher recrute recrutait recruter
fait faisait faire travailler paye payait payer remunere remunerait vend vendait vendu revend revendait loue louait loue sous-loue sous-louait`);
/** Officers an insult or a blow is aimed at: "insulte à un policier", "a craché sur un contrôleur". */
const OFFICERS = set(`policier policiere policiers policieres gendarme gendarmes agent agents agente agentes controleur controleurs controleuse controleuses
douanier douaniers douaniere crs magistrat magistrate magistrats juge juges pompier pompiers surveillant surveillante surveillants elu elue elus maire
fonctionnaire fonctionnaires forces flic flics keuf keufs militaire militaires vigile vigiles`);
const OFFICER_HEADS = set(`insulte insultes insulter insultait injure injures injurie injuriee menaces menace menacee crachat crachats crache crachee
bouscule bousculee mordu mordue coups violences violence resistance frappe frappee gifle giflee agresse agressee agression propos`);
const OFFICER_PREPS = set('a au aux envers contre sur vers');
const OFFICER_DETS = set("un une des les le la l' deux trois plusieurs ses son sa");
/** A penalty stated by a law: "passible de prison dans son pays", "puni de cinq ans d'emprisonnement". */
const LAW_PENALTY = set('passible passibles punissable punissables puni punie punis punies encourt encourent encouru prevoit prevoient');
/** A public served by a structure: "accueille quatre personnes sous main de justice". */
const GROUP_NOUNS = set('personnes public publics jeunes adultes femmes hommes mineurs majeurs salaries beneficiaires');
/** Careers of the police, the gendarmerie, customs, prisons and courts, as the person's own past or present job. */
const LAW_CAREERS = set(`opj apj gendarme gendarmes gendarmerie policier policiere policiers police crs brigade brigadier brigadiere commissariat
enqueteur enquetrice douanier douaniere douane douanes magistrat magistrate greffier greffiere avocat avocate surveillant surveillante penitentiaire
gardien gardienne lieutenant capitaine commandant commissaire adjudant adjudant-chef marechal-des-logis major bac anticriminalite gipn raid gign
sr bri brb bac igpn igpn igpn igpn`);
/** The same words for the once-per-sentence test that gates the officer's-work reading (token hashes, no string per token). */
const LAW_CAREERS_TS = tokenSetOf(LAW_CAREERS);
/** Words that make a career word the person's own: "ancien gendarme", "j'ai été policier", "vingt ans de gendarmerie". */
const CAREER_LEAD = set('ancien ancienne anciens ex ete etait etais suis fut comme devenu devenue retraite retraitee carriere tant');
const CAREER_YEARS = set('ans annees carriere');
/** Verbs of an officer's or a lawyer's work on a penal act: "il a mené des gardes à vue", "je connais la procédure pénale". */
const OFFICER_WORK = set(`mene menait menes menees mener gere gerait gerer realise realisait realiser conduit conduisait conduire connait connais connaissait
connaitre maitrise maitrisait maitriser forme formee formes formees redige redigeait rediger redigeais traite traitait traiter supervise supervisait
encadre encadrait encadrer notifie notifiait notifier dirige dirigeait diriger consulte consultait consultais consulter pratique pratiquait instruit
instruisait applique appliquait enseigne enseignait enseigner procede procedait effectuait effectuais assure assurait plaide plaidait plaider defendait
saisit saisissait saisir saisi alimente alimentait alimenter renseigne renseignait renseigner interroge interrogeait interroger tenait`);
/** Words that end the reach of a work verb back from the term: an undergone act ("a été placé"), a cause, a circumstance. */
const WORK_STOP = set('ete est etait pour apres suite depuis car mais lors quand par contre subi recu ecope objet sous');
/** "pour y avoir fait six mois", "il y a passé deux ans": the person was there. */
const OWN_STAY = set('avoir a avait ai etre est ete etait sejourne passe');
/** A list of tasks after a colon: "dix ans en brigade de recherches : auditions, gardes à vue, rédaction de procédures". */
const WORK_LIST = set('auditions audition perquisitions perquisition interpellations interpellation procedures procedure constatations patrouilles enquetes redaction proces-verbaux pv surveillance filatures escortes');
const CRIME_SCENE = set('scene scenes lieu lieux');
/** Places where an offence happens: "volé dans le magasin" is not a job frame. */
const PLACES = set(`magasin magasins boutique boutiques supermarche restaurant restauration centre etablissement etablissements entreprise entreprises
societe employeur employeurs structure structures clients client clientele patients usagers public publics atelier ateliers association laboratoire
boucherie caisse entrepot chantier station`);

/** Words that make "faillite personnelle" a court's sanction rather than a personal insolvency. */
const BANKRUPTCY_SANCTION = set('condamne condamnee condamnation prononce prononcee prononcait sanction sanctionne sanctionnee frappe frappee peine interdiction gerer gerant gerante dirigeant dirigeante');
/** Drugs sold (any verb of selling), and products that are drugs only after a street trade verb ("dealait de l'herbe"). */
const SOLD_DRUGS = set(`shit teush beuh weed cannabis hasch haschich haschisch cocaine heroine hero crack ecstasy extasy mdma taz drogue drogues
stups stupefiants ketamine lsd ghb amphetamines amphets joints barrettes pochons zetla bedos`);
const SOLD_DUAL = set('resine herbe coke came cachets poudre pilules cocaine speed');
/** Selling verbs of ordinary trade ("vend", "revendait", "écoulait"): a dual product is then a product. */
const STREET_NEUTRAL = /^(?:re)?vend|^ecoul/;
/** Words that make a sold product lawful: "cannabis thérapeutique", "cannabis médical", "CBD légal". */
const LAWFUL_NEXT = set('therapeutique medical medicinal legal legale cbd light bien-etre');
/** Acting and fiction words: a part played, not the person's life. */
const ACTING = set('joue jouait jouer incarne incarnait incarner interprete interpretait interpreter campe campait role roles personnage scene');
const FICTION = set(`serie series film films tournage telefilm feuilleton fiction court-metrage long-metrage casting saison episode episodes
cinema piece comedienne comedien actrice acteur figurante figurant scenario jeu roman bd theatre`);

export default defineRule({
  id: 'infractions',
  meta: {
    description: 'Infractions, condamnations, peines, détention, suivi judiciaire (SPIP, bracelet, TIG), garde à vue et affaires pénales en cours.',
    category: 'infractions',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 10', 'Loi Informatique et Libertés art. 46', 'Code pénal art. 226-19', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    infraction: 'Donnée pénale (« {terme} ») : infractions et condamnations ne peuvent figurer dans ce compte rendu (RGPD art. 10).',
    faible: 'Possible donnée pénale (« {terme} ») : notez seulement la contrainte qui en découle pour le parcours.',
    plainte:
      'Plainte pénale (« {terme} ») : même déposée par la personne comme victime, une plainte dit une infraction (RGPD art. 10). ' +
      'Écrivez plutôt « Démarches personnelles en cours, sans incidence sur le projet ».',
  },
  explanation:
    "Les données relatives aux infractions, condamnations et mesures de sûreté ne peuvent être traitées que par les acteurs prévus par " +
    "la loi (RGPD art. 10, loi Informatique et Libertés art. 46). L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15). " +
    "Notez la seule conséquence utile à l'accompagnement : disponibilité (« non disponible le mercredi jusqu'au 30/06 », « doit être " +
    "rentré avant 20 h »), permis non disponible jusqu'à une date, métiers non retenus dans le projet, accompagnement coordonné avec un " +
    "partenaire avec l'accord de la personne.",
  lexicon: INFRACTIONS_LEXICON,
  check(rawCtx) {
    const { doc } = rawCtx;
    const toks = doc.tokens;
    const animalJoined = joinAnimalHarm(rawCtx.hits, toks);
    const ctx = animalJoined === rawCtx.hits ? rawCtx : { ...rawCtx, hits: animalJoined };
    const done: Array<[number, number]> = [];
    const t = (i: number, ref: number) => tt(doc, i, ref);

    const negated: Array<[number, number]> = [];
    const prisonPlaces: number[] = [];
    // `complaint`: the person's own criminal complaint (message `plainte`), kept even though it names an offence suffered
    const pending: Array<{ from: number; to: number; confidence: Confidence; complaint?: boolean }> = [];
    const report = (a: number, b: number, confidence: Confidence = 'high', named = true) => {
      // "n'a jamais été…", "n'est pas…": an absence; the range is consumed so its parts stay silent too
      if (negatedGoverned(doc, a)) { done.push([a, b]); negated.push([a, b]); return; }
      if (overlapsRecent(negated, a, b)) return;
      done.push([a, b]);
      pending.push({ from: a, to: b, confidence });
      if (named) offenceNamedAfter(b);
    };
    /** The person's own complaint with its offence: one finding, whatever offence hit falls inside it. */
    const reportComplaint = (a: number, b: number) => {
      const n = pending.length;
      report(a, b, 'high', false);
      if (pending.length > n) pending[pending.length - 1].complaint = true;
    };
    /** "condamné (en 2019) pour | exhibition sexuelle": the offence named after a charge is a finding of its own. */
    const offenceNamedAfter = (b: number) => {
      let k = b;
      if (t(k, b - 1) === 'en' && toks[k + 1]?.k === Kind.Number) k += 2;
      // "une amende de 135 € pour pêche sans permis": the amount between
      if (t(k, b - 1) === 'de' && isNumberToken(toks[k + 1])) {
        let j = k + 1;
        while (isNumberToken(toks[j]) && toks[j].sn === toks[b - 1].sn) j++;
        if (EURO.has(t(j, b - 1))) k = j + 1;
      }
      if (t(k, b - 1) !== 'pour') return;
      const off = offenceAfter(doc, k);
      if (off && SEX_WORK.has(toks[off[0]].t)) return;
      if (off && !around(doc, off[0], off[1], DOMESTIC, 4)) { done.push(off); pending.push({ from: off[0], to: off[1], confidence: 'medium' }); }
    };
    /** "victime d'une | agression", "depuis l' | agression", "suite à son | cambriolage": the offence was suffered. */
    const victimBefore = (i: number, causeOk = false): boolean => {
      for (let k = i - 1, n = 0; n < 4 && k >= 0 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
        if (VICTIM_CUES.has(toks[k].t) && !(causeOk && toks[k].t === 'apres')) return true;
      }
      return false;
    };
    /** "toute condamnation", "en cas de condamnation", "si … condamnation": a rule stated generically. */
    const generic = (i: number): boolean => {
      const p = t(i - 1, i);
      if (GENERIC_DETS.has(p) || (p === 'de' && t(i - 2, i) === 'cas' && t(i - 3, i) === 'en')) return true;
      // "si la condamnation empêche l'immatriculation", "si sa peine…": the person's own, not a rule
      if (OWN_DETS.has(p)) return false;
      for (let k = i - 1; k >= Math.max(0, i - 5) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) if (toks[k].t === 'si' || toks[k].t === "s'") return true;
      return false;
    };
    /** Was a penal fact already found in this sentence ("GAV suite à une rixe")? */
    const penalSentence = (i: number) => done.some(([a]) => toks[a].sn === toks[i].sn);
    /** A job, a course or a prevention topic before an offence ("prévention des vols en magasin"), not a place where it happened. */
    const offenceFrame = (i: number) => topicFrame(doc, i) || filesHandled(i) || (jobFrameBefore(doc, i) && !placeBefore(i) && !causeBefore(i));
    /** "il gère les dossiers de | fraude à la CAF", "instruit les dossiers d'escroquerie": files handled as a job. */
    const filesHandled = (i: number) => {
      if (t(i - 1, i) !== 'de' && t(i - 1, i) !== "d'") return false;
      if (t(i - 2, i) !== 'dossiers' && t(i - 2, i) !== 'dossier') return false;
      return FILE_HANDLING.has(t(i - 3, i)) || (FILE_JOB.has(t(i - 3, i)) && FILE_HANDLING.has(t(i - 4, i)));
    };
    /** "perdu son emploi | après une | conduite sous stupéfiants": a cause between the job and the offence ends the frame. */
    const causeBefore = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 4) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) if (set('apres suite depuis lors cause').has(toks[k].t)) return true;
      return false;
    };
    /** Counter-offence work before ("repérage des vols", "a enquêté pendant douze ans sur des cambriolages"): a job, not an offence. */
    const counteredBefore = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 12) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) {
        const w = toks[k].t;
        if (COUNTER.has(w) || (w === 'enquete' && set('a avait ai ont').has(t(k - 1, i)))) return true;
        if (THEFT_HEADS.has(w) || SANCTIONED.has(w)) return false;
      }
      return false;
    };
    const placeBefore = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) if (PLACES.has(toks[k].t)) return true;
      return false;
    };

    /** A police, customs, prison or court career of the person's own in the sentence ("Ancien OPJ", "vingt ans de gendarmerie"). */
    const lawCareer = (i: number): boolean => {
      const sn = toks[i].sn;
      let a = i;
      while (a > 0 && toks[a - 1].sn === sn && i - a < 40) a--;
      for (let k = a; k < toks.length && toks[k].sn === sn && k < i + 20; k++) {
        if (!LAW_CAREERS.has(toks[k].t)) continue;
        const p = t(k - 1, k);
        if (k === a || CAREER_LEAD.has(p) || (p === 'de' && CAREER_YEARS.has(t(k - 2, k))) || (p === 'en' && k > a)) return true;
      }
      return false;
    };
    /**
     * The person's work as an officer on the act: "Ancien OPJ, il a mené des gardes à vue", "j'ai été gendarme, je connais la
     * procédure pénale", "… brigade de recherches : auditions, gardes à vue", "les fiches S pour les avoir consultés en service".
     * Not "Ancien policier, il a été placé en garde à vue" (an undergone act stops the way back).
     */
    // sentence number → does it hold a career word at all: officerWork runs for every hit, lawCareer reads 60 tokens
    const careerIn = new Map<number, boolean>();
    const careerSentence = (sn: number): boolean => {
      let r = careerIn.get(sn);
      if (r === undefined) {
        const [a, b] = doc.sentences[sn] ?? [0, toks.length];
        r = false;
        for (let k = a; k < b; k++) if (LAW_CAREERS_TS.has(toks[k])) { r = true; break; }
        careerIn.set(sn, r);
      }
      return r;
    };
    const officerWork = (i: number): boolean => {
      const sn = toks[i].sn;
      if (!careerSentence(sn)) return false;
      let work = false;
      for (let k = i - 1, n = 0; k >= 0 && n < 10 && toks[k].sn === sn; k--, n++) {
        const w = toks[k].t;
        if (toks[k].k === Kind.Punct) {
          if (w === ',') continue;
          // a list of tasks after a colon: "… : auditions, gardes à vue, rédaction de procédures"
          if (w === ':') for (let q = k + 1; q < i + 8 && q < toks.length && toks[q].sn === sn; q++) if (WORK_LIST.has(toks[q].t)) { work = true; break; }
          break;
        }
        if (WORK_STOP.has(w)) break;
        if (OFFICER_WORK.has(w)) { work = true; break; }
      }
      // "… pour les avoir consultés en service"
      if (!work) for (let k = i + 1, n = 0; k < toks.length && n < 10 && toks[k].sn === sn; k++, n++) if (toks[k].t === 'service' && t(k - 1, i) === 'en') { work = true; break; }
      if (!work) return false;
      // "il connaît bien la prison pour y avoir fait six mois", "… de l'intérieur": the person's own experience
      for (let k = i + 1, n = 0; k < toks.length && n < 8 && toks[k].sn === sn; k++, n++) {
        if (toks[k].t === 'y' && OWN_STAY.has(t(k + 1, i))) return false;
        if (toks[k].t === 'interieur' && t(k - 1, i) === "l'") return false;
      }
      return lawCareer(i);
    };
    /** "passible de | prison", "puni d'une | peine d'emprisonnement": the law of a country, not the person's sentence. */
    const lawPenaltyBefore = (i: number) => {
      for (let k = i - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) if (LAW_PENALTY.has(toks[k].t)) return true;
      return false;
    };
    /** "il gère | les insultes aux contrôleurs", "traite les menaces envers les agents": a job handling such acts. */
    const handledBefore = (i: number) => {
      for (let k = i - 1, n = 0; k >= 0 && n < 3 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) if (FILE_HANDLING.has(toks[k].t)) return true;
      return false;
    };
    /** "insulte | à un policier", "a craché | sur un contrôleur": index after the officer noun, or -1. */
    const officerAfter = (to: number, i: number): number => {
      let k = to;
      if (OFFICER_PREPS.has(t(k, i))) k++;
      if (OFFICER_DETS.has(t(k, i))) k++;
      if (OFFICERS.has(t(k, i)) && toks[k].sn === toks[i].sn) return k + 1;
      return -1;
    };
    /** "quatre ans de détention", "18 mois de prison avec sursis": start the span at the number. */
    const withDuration = (i: number): number => {
      let j = i - 1;
      if (t(j, i) === 'la' && t(j - 1, i) === 'a') j--; // "deux ans à la maison d'arrêt"
      const de = t(j, i);
      if (!(de === 'de' || de === "d'" || de === 'en' || de === 'a' || de === 'au' || de === 'aux') || !UNITS.has(t(j - 1, i)) || !isNumberToken(toks[j - 2])) return i;
      let s = j - 2;
      while (s > 0 && isNumberToken(toks[s - 1]) && toks[s - 1].sn === toks[i].sn && (toks[s].hyphen || toks[s - 1].k === Kind.Number)) s--;
      return s;
    };
    /** A justice job or workplace just before: "surveillant au centre de détention". */
    /** The word before the bracket that holds token i ("judiciaire (gardes à vue, audiences)"), or '' outside a bracket. */
    const bracketHead = (i: number): string => {
      for (let k = i - 1, n = 0; k > 0 && n < 8 && toks[k].sn === toks[i].sn; k--, n++) {
        if (toks[k].t === '(') return t(k - 1, i);
        if (toks[k].t === ')' || (toks[k].k === Kind.Punct && toks[k].t !== ',')) return '';
      }
      return '';
    };
    const justiceJobBefore = (i: number): boolean => {
      const sn = toks[i].sn;
      for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
        if (toks[k].sn !== sn || (toks[k].k === Kind.Punct && toks[k].t !== "'")) break;
        if (JUSTICE_JOBS.has(toks[k].t)) return true;
      }
      return false;
    };
    /** A justice job in apposition opening the sentence: "Juriste au FGTI, il indemnisait les parties civiles". */
    const jobApposition = (v: number): boolean => {
      const sn = toks[v].sn;
      let a = v;
      while (a > 0 && toks[a - 1].sn === sn) a--;
      if (!JUSTICE_JOBS.has(toks[a].t)) return false;
      for (let k = a + 1; k < v; k++) if (toks[k].t === ',') return true;
      return false;
    };
    /** A job title or an application right before the place: "Agent d'entretien | au | centre pénitentiaire", "CDD à la maison d'arrêt". */
    const workplaceJobBefore = (i: number): boolean => {
      const sn = toks[i].sn;
      let k = i - 1;
      while (k >= 0 && k > i - 4 && toks[k].sn === sn && set("au aux a la l' en dans le").has(toks[k].t)) k--;
      if (k === i - 1) return false;
      for (let n = 0; n < 4 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; n++, k--) {
        if (WORKPLACE_JOBS.has(toks[k].t)) return true;
        if (toks[k].t === 'livre' && n > 0 && DELIVERED_OBJECT_DETS.has(t(k + 1, i)) && set('a ai avait ont').has(t(k - 1, i))) return true;
      }
      return false;
    };
    /** Activities the person leads there: "anime des ateliers coiffure en maison d'arrêt", "donne des cours en détention". */
    const leadsActivityIn = (i: number): boolean => {
      let activity = false;
      for (let k = i - 1; k >= Math.max(0, i - 7) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) {
        if (LED_ACTIVITIES.has(toks[k].t)) activity = true;
        else if (activity && LEAD_VERBS.has(toks[k].t)) return !negatedBefore(doc, k);
      }
      return false;
    };
    /** An application or a contract later in the sentence ("… : candidature envoyée"), when nothing says the person was held there. */
    const applicationAfter = (i: number, to: number): boolean => {
      if (withDuration(i) < i || stayVerbBefore(i) >= 0) return false;
      for (let k = to; k < Math.min(toks.length, to + 12) && toks[k].sn === toks[i].sn; k++) if (APPLY_AFTER.has(toks[k].t)) return true;
      return false;
    };
    /** Index of a stay verb right before the place or its duration ("a fait | trois ans en | centrale", "envoyé au | mitard"), or -1. */
    const stayVerbBefore = (i: number): number => {
      let k = withDuration(i) - 1;
      if (k === i - 1) { k = i - 1; while (k > i - 3 && set("en au aux a la l'").has(t(k, i))) k--; }
      if (t(k, i) === 'y') k--;
      return STAY_VERBS.has(t(k, i)) ? k : -1;
    };
    /** A job at the place, said after it: "au centre de détention de Melun, où elle intervient comme formatrice". */
    const justiceJobAfter = (to: number): boolean => {
      let rel = false;
      for (let k = to; k < Math.min(toks.length, to + 10) && toks[k].sn === toks[to - 1].sn; k++) {
        const w = toks[k].t;
        if (w === 'ou' || w === 'comme' || w === 'tant') rel = true;
        else if (rel && WORK_THERE.has(w)) return true;
      }
      return false;
    };
    /** Words of a job, studies or a home in the clause of a stay [a, b): back to the clause start, on to "et", "mais", "puis". */
    const stayClauseHas = (a: number, b: number, words: ReadonlySet<string>): boolean => {
      const sn = toks[a].sn;
      for (let k = a - 1; k >= Math.max(0, a - 8) && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--) if (words.has(toks[k].t)) return true;
      for (let k = b; k < Math.min(toks.length, b + 12) && toks[k].sn === sn && toks[k].k !== Kind.Punct; k++) {
        const w = toks[k].t;
        if (w === 'et' || w === 'mais' || w === 'puis') break;
        if (words.has(w)) return true;
      }
      return false;
    };
    /** "… depuis sa sortie", "il en est sorti en juin", "libéré en mars": a release later in the sentence. */
    const releaseAfter = (b: number): boolean => {
      for (let k = b; k < Math.min(toks.length, b + 14) && toks[k].sn === toks[b - 1].sn; k++) if (RELEASE.has(toks[k].t)) return true;
      return false;
    };
    /** "sort de prison", "sortie de détention": index of the exit word, or -1. */
    const exitAt = (i: number): number => {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (EXIT.has(t(k, i))) return k;
      return -1;
    };
    const exitBefore = (i: number): boolean => exitAt(i) >= 0;

    /**
     * "il a porté plainte pour agression", "a déposé une plainte pour vol et menaces", "dépôt de plainte pour cambriolage": the
     * person files the complaint, so the offence after it was suffered. Not "plainte contre lui", nor a third party filing.
     */
    const filedComplaintBefore = (i: number): boolean => {
      const sn = toks[i].sn;
      let pour = false;
      for (let k = i - 1, n = 0; k >= 0 && n < 9 && toks[k].sn === sn; k--, n++) {
        const w = toks[k].t;
        // "plainte contre lui": against the person; "plainte contre son voisin": still the person's complaint
        if (w === 'contre' && set("lui elle eux l' adherent adherente monsieur madame m mme").has(t(k + 1, i))) return false;
        if (toks[k].k === Kind.Punct) return false;
        if (w === 'pour') pour = true;
        if (!w.startsWith('plainte')) continue;
        if (!pour) return false;
        let v = k - 1;
        if (set('une sa des').has(t(v, i))) v--;
        const verb = t(v, i);
        if (verb === 'de' && t(v - 1, i) === 'depot') return !thirdPartySubject(v - 1);
        if (!FILE_VERBS.has(verb) && !set('porte portee portes deposee deposes').has(verb)) return false;
        return !thirdPartySubject(v);
      }
      return false;
    };
    /**
     * Where the person's own complaint at `i` starts, or -1 when nothing says the person filed it: the filing verb right before a bare
     * « plainte » with its auxiliary ("a porté plainte pour agression"), "dépôt de plainte pour cambriolage", "a déposé une plainte
     * pour vol" and "sa plainte pour agression" (the noun phrase), "plainte pour vol déposée par l'adhérente", and a complaint against
     * someone other than the person ("Plainte pour harcèlement moral contre son ancien chef de rang").
     */
    const ownComplaintFrom = (i: number, filedAt: number, offTo: number): number => {
      if (filedAt === i - 1) return FILE_AUX.has(t(i - 2, i)) && set('porte depose').has(t(i - 1, i)) ? i - 2 : i - 1;
      if (filedAt === i - 2) return i;
      const pw = t(i - 1, i);
      if (pw === 'de' && t(i - 2, i).startsWith('depot')) return i - 2;
      if (OWN_COMPLAINT_DETS.has(pw)) return i;
      const after = t(offTo, i);
      // "plainte pour vol déposée par l'adhérente"
      if (after.startsWith('depose') && t(offTo + 1, i) === 'par') {
        const by = t(offTo + 2, i) === "l'" ? t(offTo + 3, i) : t(offTo + 2, i);
        return set('adherent adherente elle lui madame monsieur mme m beneficiaire interesse interessee').has(by) ? i : -1;
      }
      // "plainte pour harcèlement contre son chef" (not "contre lui": against the person)
      if (after === 'contre' && toks[offTo + 1]?.sn === toks[i].sn && !AGAINST_SELF.has(t(offTo + 1, i)) && t(offTo + 1, i) !== "l'") return i;
      return -1;
    };
    /** The end of offences joined to the first one: "plainte pour vol et pour agression", "pour vol, menaces et insultes". */
    const coordinatedEnd = (end: number, ref: number): number => {
      for (let n = 0; n < 4; n++) {
        let k = end;
        if (t(k, ref) !== 'et' && t(k, ref) !== ',') break;
        k++;
        if (t(k, ref) === 'pour') k++;
        while (k < end + 4 && set("des de d' du la le l' les une un").has(t(k, ref))) k++;
        const next = hitAt.get(k);
        if (!next || toks[k].sn !== toks[ref].sn) break;
        end = next.to;
      }
      return end;
    };
    /** Complaints handled as a job or helped along for a public: "il enregistrait les plaintes pour vol", "aide les victimes à porter plainte". */
    const othersComplaint = (i: number): boolean => {
      if (COMPLAINT_WORK_DETS.has(t(i - 1, i)) && COMPLAINT_WORK.has(t(i - 2, i))) return true;
      let helped = false;
      for (let k = i - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
        if (HELPED_PUBLIC.has(toks[k].t)) helped = true;
        else if (helped && HELP_OTHERS.has(toks[k].t)) return true;
      }
      return false;
    };
    /** A complaint lodged with a body that is no police nor court: "porté plainte auprès de la mairie pour nuisances sonores". */
    const addressedElsewhere = (a: number, b: number): boolean => {
      for (let k = a; k < Math.min(toks.length, b + 6) && toks[k].sn === toks[a].sn; k++) {
        if (toks[k].t !== 'aupres') continue;
        let q = k + 1;
        while (q < k + 4 && set("de d' du des la le l' les son sa ses").has(t(q, a))) q++;
        return NON_PENAL_RECIPIENTS.has(t(q, a));
      }
      return false;
    };
    /** "a renoncé à | porter plainte", "refuse de | déposer plainte": no complaint filed. */
    const renounced = (a: number): boolean => {
      for (let k = a - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[a].sn && toks[k].k !== Kind.Punct; k--, n++) if (RENOUNCE.has(toks[k].t)) return true;
      return false;
    };
    /** The subject before a verb at `v` is a third party ("son employeur a porté plainte"). */
    const thirdPartySubject = (v: number): boolean => {
      for (let k = v - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[v].sn && toks[k].k !== Kind.Punct; k--, n++) if (THIRD_FILERS.has(toks[k].t)) return true;
      return false;
    };
    /** A verb of running or issuing right before ("anime aussi les stages de", "dressait des PV"): the person's job. */
    /** The person as a witness or a victim of the case named after: "a témoigné comme victime dans une affaire de…". */
    const witnessBefore = (i: number): boolean => {
      for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k].sn === toks[i].sn; k--) if (WITNESS.has(toks[k].t)) return true;
      return false;
    };
    const deliveredAsJob = (i: number): boolean => {
      for (let k = i - 1, n = 0; k >= 0 && n < 6 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) if (DELIVER_VERBS.has(toks[k].t)) return true;
      return false;
    };

    /**
     * An organisation is the subject of the charge: "L'entreprise qui l'employait a été condamnée pour travail dissimulé",
     * "son ancien employeur a été verbalisé pour…". Back over the clause: an organisation noun before the charge verb, with no
     * personal subject ("il a été condamné avec son patron") between.
     */
    const orgSubject = (i: number): boolean => {
      for (let k = i - 1, n = 0; k >= 0 && n < 14 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
        const w = toks[k].t;
        if (w === 'il' || w === 'elle' || w === 'ils' || w === 'elles' || w === 'adherent' || w === 'adherente' || w === 'on') return false;
        if (!ORGS.has(w)) continue;
        // the subject ("L'entreprise de nettoyage", "un restaurant qui"), not a complement ("avec son patron", "dans un garage")
        if (t(k + 1, i) === 'qui') return true;
        let d = k - 1;
        while (d >= 0 && set("l' le la les un une son sa ses leur leurs ce cette ancien ancienne ex").has(t(d, i))) d--;
        if (!set("avec chez pour par dans de d' du des au aux a contre sur sans").has(t(d, i))) return true;
      }
      return false;
    };
    /** A justice job title as an attribute: "son beau-frère est | conseiller pénitentiaire d'insertion et de probation", "devenir CPIP". */
    const jobTitleAttribute = (i: number, lemma: string): boolean => {
      if (!/^(conseill|cpip|agent)/i.test(lemma)) return false;
      let k = i - 1;
      if (set('un une').has(t(k, i))) k--;
      return set('est etait sont etaient devenu devenue devenir comme deviendra fut reste restee exerce').has(t(k, i));
    };

    /** A part played in a fiction: "Comédienne, elle a joué une héroïnomane en prison dans une série", "incarne un dealer au cinéma". */
    /** A sentence already served or given before token k in its sentence ("un TIG de 70 heures pour…", "condamné à une amende pour…"); not a summons. */
    const sentencedBefore = (k: number): boolean => {
      for (let q = k - 1, n = 0; q >= 0 && n < 12 && toks[q].sn === toks[k].sn; q--, n++) if (SENTENCED.has(toks[q].t)) return true;
      return false;
    };
    /** "un reportage sur les prisons", "sa thèse sur le milieu carcéral": a work whose topic the place is. */
    const topicOfWork = (i: number): boolean => {
      let k = i - 1;
      while (k > i - 3 && set("les la le l' des du de d'").has(t(k, i))) k--;
      if (t(k, i) !== 'sur') return false;
      for (let q = k - 1; q >= k - 3 && q >= 0 && toks[q].sn === toks[i].sn; q--) if (TOPIC_WORKS.has(toks[q].t)) return true;
      return false;
    };
    const fictionRole = (i: number): boolean => {
      let acting = false;
      let fiction = false;
      const sn = toks[i].sn;
      for (let k = i - 1; k >= 0 && k > i - 14 && toks[k].sn === sn && !acting; k--) acting = ACTING.has(toks[k].t);
      if (!acting) return false;
      for (let k = i - 14 < 0 ? 0 : i - 14; k < i + 14 && k < toks.length && !fiction; k++) if (toks[k].sn === sn) fiction = FICTION.has(toks[k].t);
      return fiction;
    };
    const hitAt = new Map<number, Hit>();
    /** Any hit of the rule starting at token k (built once, on the first call: few documents need it). */
    let anyAt: Map<number, Hit> | null = null;
    const hitStarting = (k: number): Hit | undefined => {
      if (!anyAt) { anyAt = new Map(); for (const x of ctx.hits) if (!anyAt.has(x.from)) anyAt.set(x.from, x); }
      return anyAt.get(k);
    };
    // offences between parents ("non-représentation d'enfant", "abandon de famille"): the person's complaint against the other
    // parent still tells a criminal case, and the partner near does not make them vie-privee
    const family = new Set<number>();
    for (const h of ctx.hits) if (FAMILY_OFFENCE_LEMMAS.has(h.entry.lemma)) family.add(h.from);
    const familyIn = (a: number, b: number) => { if (family.size) for (let k = a; k < b; k++) if (family.has(k)) return true; return false; };
    for (const h of ctx.hits) if (OFFENCE_TAGS.has(h.entry.tag ?? '') && (!hitAt.has(h.from) || hitAt.get(h.from)!.to < h.to)) hitAt.set(h.from, h);
    // an electronic tag named somewhere in the report ("placé sous DDSE"): a bare "boîtier" later is its box
    // the hours of home detention in the sentence that names the tag are part of that finding ("placé sous surveillance électronique ;
    // horaires d'assignation compatibles…")
    let tagNamed = false;
    const tagSentences = new Set<number>();
    for (const h of ctx.hits) {
      if (h.entry.tag !== 'mesure') continue;
      for (let k = h.from; k < h.to; k++) if (TAG_MEASURE_WORDS.has(toks[k].t)) { tagNamed = true; if (toks[k].t !== 'assignation') tagSentences.add(toks[k].sn); break; }
    }
    // each hit is examined by a function of its own: V8 optimises it apart from the rest of check(),
    // which as one function took it ~0.5–0.9 s to compile (reports ran unoptimised meanwhile)
    const examineHit = (h: Hit): void => {
      const i = h.from;
      const tag = h.entry.tag;
      const pw = t(i - 1, i);
      const nw = t(h.to, i);
      // an officer's own work on the act: "Ancien OPJ, il a mené des gardes à vue"
      if (officerWork(i)) return;
      // insults, threats or blows aimed at an officer, whatever the entry of the head word: "insulte à un policier", "a craché sur un agent"
      if (OFFICER_HEADS.has(toks[h.to - 1].t)) {
        const e = officerAfter(h.to, i);
        if (e > 0 && nw !== 'par' && !negatedBefore(doc, i) && !offenceFrame(i) && !counteredBefore(i) && !handledBefore(i) && !around(doc, i, e, SUFFERED, 8) && !deliveredAsJob(i)) {
          report(HAS_AUX.has(pw) && SUBJECTS.has(t(i - 2, i)) ? i - 1 : i, e, 'high', false);
          return;
        }
      }
      switch (tag) {
        case 'partie-civile': {
          // "partie civile dans une procédure pour traite des êtres humains": the criminal case is told; a bare "s'est constitué
          // partie civile" is the victim's side of a case, no offence of the person
          // "doit indemniser les parties civiles", "dédommage la partie civile": damages the person owes after a conviction
          let v = i - 1;
          if (CIVIL_DETS.has(t(v, i))) v--;
          if (PAY_CIVIL.has(t(v, i)) && !negatedBefore(doc, v) && !justiceJobBefore(v) && !jobFrameBefore(doc, v) && !orgSubject(v) && !thirdPartySubject(v)
            && !HELPING.has(t(v - 1, i)) && !HELPING.has(t(v - 2, i)) && !jobApposition(v) && personNamed(doc, v, h.to)) { report(v, h.to); break; }
          let k = h.to;
          if (t(k, i) !== 'dans' && t(k, i) !== 'au' && t(k, i) !== 'a') break;
          k++;
          if (set("un une le la l' cette ce").has(t(k, i))) k++;
          if (!CIVIL_CASES.has(t(k, i))) break;
          k++;
          if (!set("pour de d' du contre").has(t(k, i))) break;
          let e = k + 1;
          while (e < toks.length && e < k + 10 && toks[e].sn === toks[i].sn && toks[e].k !== Kind.Punct && !set('et mais qui dont').has(toks[e].t)) e++;
          if (e === k + 1 || negatedBefore(doc, i)) break;
          report(i, e);
          break;
        }
        case 'mesure': {
          if (!entryAccepts(h, ctx, false, true) || deliveredAsJob(i) || lawPenaltyBefore(i)) break;
          if (h.entry.lemma === "horaires d'assignation" && toks[h.to - 1].t === 'assignation' && tagSentences.has(toks[i].sn)) break;
          // "passe devant le tribunal de commerce", "passe devant le tribunal en allant au bus": no hearing of the person
          if (h.entry.lemma === 'stage de responsabilisation' && /^(tribunal|juges?|correctionnelle)$/.test(toks[h.to - 1].t) && around(doc, i, h.to, NOT_HEARING, 6)) break;
          // "stage de sensibilisation aux dangers du numérique", "stage obligatoire de sensibilisation à la sécurité incendie": a training course
          if (h.entry.lemma === 'stage de responsabilisation' && toks[i].t === 'stage' && !COURSE_ORDERED.test(doc.norm.slice(toks[i].s, toks[h.to - 1].e))
            && !around(doc, i, h.to, PENAL_COURSE, 8)) break;
          // "plaintes de clients pour retard de livraison": a service's claims
          if (h.entry.lemma === 'plainte à son encontre' && toks[h.to - 1].t.startsWith('plainte') && (nw === 'de' || nw === "d'") && CLAIMANTS.has(t(h.to + 1, i))) break;
          // "Sursis probatoire avec obligation de travailler": the obligation is part of the measure just named
          if (h.entry.lemma === 'obligation de travailler' && pw === 'avec') {
            let joined = false;
            for (let k = i - 2; k >= Math.max(0, i - 10) && toks[k].sn === toks[i].sn && !joined; k--) joined = PROBATION_WORDS.has(toks[k].t);
            if (joined) break;
          }
          // "convoquée au tribunal comme jurée d'assises", "convoqué au commissariat en tant que témoin": a role at the hearing
          if (toks[i].t.startsWith('convo') && (COURT_ROLES.has(t(h.to + 1, i)) || COURT_ROLES.has(t(h.to + 3, i))) && (nw === 'comme' || (nw === 'en' && t(h.to + 1, i) === 'tant'))) break;
          // a detainee visited: "va au parloir le samedi" (the visits themselves, "fait les parloirs", stay with the detention told)
          if (toks[i].t.startsWith('parloir') && !(pw === 'au' || pw === 'aux') && h.to - i === 1) break;
          // the shade: "mis à l'ombre les plants de tomates", "dix ans à l'ombre des grands chefs", "au frais pour l'été"
          const lastW = toks[h.to - 1].t;
          if (lastW === 'ombre' && ((SHADE_NEXT.has(nw) && !(toks[h.to + 1]?.k === Kind.Number || LENGTH_START.test(t(h.to + 1, i)))) || around(doc, i, h.to, SHADE_CONTEXT, 8))) break;
          if (lastW === 'pour' && toks[h.to - 2]?.t === 'frais' && ((nw === "l'" && t(h.to + 1, i) === 'ete') || sentenceHas(doc, i, SHADE_CONTEXT))) break;
          // "un coup de pied au ballon", "il joue au ballon": a ball
          if (lastW === 'ballon' && pw !== 'fait' && (BALL_PLAY.has(pw) || toks[i].t === 'au' && BALL_PLAY.has(t(i - 1, i)))) break;
          // "accueille quatre personnes sous main de justice": a public a structure serves
          if (toks[i].t === 'sous' && GROUP_NOUNS.has(pw)) break;
          // "il verbalise les voyageurs" (a controller's job), not "il a été verbalisé"
          if (toks[i].t.startsWith('verbalis') && h.to - i === 1 && !PARTICIPLE_END.test(doc.raw(i)) && TICKET_OBJECTS.has(nw)) break;
          // "interdiction de paraître au domicile", "… de paraître près de son ex-compagne": a protection of the partner (vie-privee)
          if (toks[i].t === 'interdiction' && (around(doc, i, h.to, DOMESTIC, 8) || (nw === 'au' && t(h.to + 1, i) === 'domicile'))) break;
          // "Le gardien a pris du ferme": a sentence received is never part of a prison job
          const received = set('pris prend prendre ecope risque risquait').has(toks[i].t);
          // "missions en milieu judiciaire (gardes à vue, audiences)": settings of the person's work
          if (WORK_SETTINGS.has(bracketHead(i))) break;
          if (!exitBefore(i) && !received && justiceJobBefore(i)) break;
          // "faillite personnelle" is a court's sanction of a manager in France ("condamné à la faillite personnelle") but a
          // personal insolvency in Québec, Switzerland and Belgium ("a fait faillite personnelle en 2019"): finances, not an offence
          if (toks[i].t === 'faillite' && !around(doc, i, h.to, BANKRUPTCY_SANCTION, 8)) break;
          // a field of knowledge: "maîtrise de la procédure pénale", "notions de procédure pénale", "Connaissances : procédure pénale"
          {
            let k = i - 1;
            if (t(k, i) === ':') k--;
            else while (k > i - 4 && KNOWLEDGE_SKIP.has(t(k, i))) k--;
            if (k < i - 1 && (OFFENCE_KNOWLEDGE.has(t(k, i)) || MASTERY.has(t(k, i)) || (t(k, i) === 'droit' && LAW_OF.has(t(k + 1, i))))) break;
          }
          report(withDuration(i), h.to);
          break;
        }
        // drug selling told in any person and tense: "je vendais du shit", "il a revendu de la coke", "dealer de la beuh"
        case 'vente': {
          let k = h.to;
          if (!set("du des d' de").has(t(k, i))) break;
          k++;
          if (t(k - 1, i) === 'de' && set("la l'").has(t(k, i))) k++;
          const w = t(k, i);
          // "écouler" is ordinary trade too ("écoulait de la poudre à lever"): only the street verbs take a dual product
          const street = !STREET_NEUTRAL.test(toks[i].t);
          if (!(SOLD_DRUGS.has(w) || (street && SOLD_DUAL.has(w))) || toks[k].sn !== toks[i].sn) break;
          // "vendait du cannabis thérapeutique", "du CBD légal": a lawful product
          if (LAWFUL_NEXT.has(t(k + 1, i))) break;
          if (negatedBefore(doc, i) || offenceFrame(i) || around(doc, i, k + 1, TRAINING, 4) || generic(i) || fictionRole(i)) break;
          report(HAS_AUX.has(pw) && SUBJECTS.has(t(i - 2, i)) ? i - 1 : i, k + 1, 'high', false);
          break;
        }
        case 'sigle': {
          // "sous SME jusqu'en 2026", "en LSC depuis mars", "SSJ avec obligation de soins": the acronym of a sentence needs
          // "sous"/"en" right before it or a word of the sentence's execution in the clause (an SL is also a company form)
          // a follow-up note: "SME en cours", "LSC jusqu'en mars" (the SME is never an enterprise in French notes, an SL is a company)
          // not "une SME en cours de rachat", "financement SME en cours d'instruction" (an enterprise, a file in progress)
          const ongoing = toks[i].t !== 'sl' && !set('une des les').has(pw)
            && ((nw === 'en' && t(h.to + 1, i) === 'cours' && !set("de d'").has(t(h.to + 2, i))) || set("jusqu' jusqu'au jusqu'en actif active termine terminee depuis").has(nw));
          if (!ongoing && !(pw === 'sous' || (pw === 'en' && toks[i].t !== 'sl')) && !around(doc, i, h.to, SENTENCE_CUES, 10)) break;
          if (negatedBefore(doc, i) || justiceJobBefore(i)) break;
          report(i, h.to);
          break;
        }
        case 'sursis': {
          // "sursis à statuer", "sursis de paiement", "usine en sursis"
          if (pw === 'en' || nw === 'a' || nw === 'de' || nw === "d'") break;
          if (negatedBefore(doc, i)) break;
          // "dont six avec sursis", "dix-huit mois avec sursis": the number before joins
          let s = withDuration(i);
          if (pw === 'avec' || pw === 'de') {
            let k = i - 2;
            if (UNITS.has(t(k, i))) k--;
            if (isNumberToken(toks[k]) && toks[k].sn === toks[i].sn) { while (isNumberToken(toks[k - 1]) && toks[k - 1].sn === toks[i].sn) k--; s = k; }
          }
          report(s, h.to);
          break;
        }
        case 'pris': {
          // "il a pris dix-huit mois (, dont six avec sursis)", "a pris deux ans ferme"; not "a pris trois mois de congé", "pris six mois pour se former"
          let k = h.to;
          if (!isNumberToken(toks[k]) || toks[k].sn !== toks[i].sn) break;
          while (isNumberToken(toks[k + 1]) && toks[k + 1].sn === toks[i].sn) k++;
          const slang = SLANG_UNITS.has(t(k + 1, i));
          if (!UNITS.has(t(k + 1, i)) && !slang) break;
          const next = t(k + 2, i);
          if (next && toks[k + 2].k !== Kind.Punct && !set('ferme fermes dont avec').has(next)) break;
          // "pris trois ans ferme", "pris trois piges » pour trafic de résine": the sentence or the offence near
          // "… , je les ai faits": the pronoun "les" + an auxiliary + a served participle in the next few words
          let served = false;
          for (let q = k + 3, n = 0; n < 6 && q < toks.length && toks[q].sn === toks[i].sn; q++, n++) {
            if (SERVED.has(toks[q].t) && set('ai a avait as').has(t(q - 1, i)) && t(q - 2, i) === 'les') { served = true; break; }
          }
          if (!served && !around(doc, i, k + 2, SENTENCE_WORDS, 12) && !(around(doc, i, k + 2, OFFENCE_WORDS, 12) && (slang || next === 'ferme' || next === 'fermes'))) break;
          if (negatedBefore(doc, i) || offenceFrame(i)) break;
          // "ça m'a pris deux ans", "cela lui a pris six mois": a time spent, not a sentence
          if (set("m' t' lui leur nous vous l' ca cela").has(set('a avait aura ont').has(pw) ? t(i - 2, i) : pw)) break;
          report(set('a avait aura ont').has(pw) ? i - 1 : i, k + 2);
          break;
        }
        case 'taux': {
          // "contrôlé à 1,2 g d'alcool", "arrêté à 0,9 g/l", "contrôlé à 180 km/h": a rate or a speed right after
          let k = h.to;
          let num = false;
          while (k < h.to + 4 && toks[k] && toks[k].sn === toks[i].sn && (isNumberToken(toks[k]) || toks[k].t === ',' || toks[k].t === '.')) { num = num || isNumberToken(toks[k]); k++; }
          if (!num || !RATE_UNITS.has(t(k, i))) break;
          let e = k + 1;
          if (t(k, i) === 'km' && !(t(e, i) === '/' && t(e + 1, i) === 'h')) break;
          if (t(e, i) === '/' && (t(e + 1, i) === 'l' || t(e + 1, i) === 'h')) e += 2;
          if ((t(e, i) === "d'" && t(e + 1, i) === 'alcool') || (t(e, i) === 'par' && t(e + 1, i) === 'litre')) e += 2;
          if (negatedBefore(doc, i) || deliveredAsJob(i) || offenceFrame(i)) break;
          report(HAS_AUX.has(pw) || pw === 'ete' ? i - 1 : i, e);
          break;
        }
        case 'nuit': {
          // "entendu en garde à vue", "l'a conduit en garde à vue": custody itself, a measure without a time or a stay verb
          if (toks[i].t === 'en' && t(i + 1, i) === 'garde' && t(h.to - 1, i) === 'vue') {
            if (!negatedBefore(doc, i) && !justiceJobBefore(i) && !deliveredAsJob(i) && !around(doc, i, h.to, NOT_CUSTODY, 12)) report(i + 1, h.to);
            break;
          }
          // "a passé la nuit au commissariat", "48 heures en cellule", "fini en cellule de dégrisement"
          let k = i - 1;
          let time = false;
          for (let n = 0; n < 4 && k >= 0 && toks[k].sn === toks[i].sn; n++, k--) {
            const w = toks[k].t;
            if (CUSTODY_TIME.has(w)) { time = true; continue; }
            if (isNumberToken(toks[k]) || set("la le les une un toute tout sa son deux trois quelques plusieurs l'").has(w)) continue;
            break;
          }
          const verb = CUSTODY_VERBS.has(t(k, i)) ? k : -1;
          const strongPlace = toks[i].t === 'en' && set('cellule degrisement garde').has(nw);
          if (!(verb >= 0 && (time || strongPlace)) && !(time && strongPlace)) break;
          if (around(doc, i, h.to, NOT_CUSTODY, 12) || negatedBefore(doc, verb >= 0 ? verb : i) || justiceJobBefore(i)) break;
          const from = verb >= 0 ? (set('a avait ont aurait est etait').has(t(verb - 1, i)) ? verb - 1 : verb) : k + 1;
          report(from, h.to);
          break;
        }
        case 'plainte': {
          // "plainte pour agression", "poursuites pour travail dissimulé": the offence named after (a lexicon hit)
          let k = h.to;
          for (let n = 0; n < 3 && set("un une des de d' du faits fait actes l' la le").has(t(k, i)); n++) k++;
          const off = hitAt.get(k);
          if ((!off || toks[k].sn !== toks[i].sn) && TICKETED.has(toks[i].t)) {
            // "verbalisé pour braconnage", "flashé pour…": a ticket is penal whatever the offence named after it
            const named = offenceAfter(doc, h.to - 1);
            if (named && !negatedBefore(doc, i) && !orgSubject(i) && !deliveredAsJob(i)) report(i, named[1], 'high', false);
            break;
          }
          if (!off || toks[k].sn !== toks[i].sn) {
            // "poursuivi pour des faits anciens": being prosecuted is reported with no offence named
            // "mis en cause pour des faits anciens": so is being accused, when "faits" or a word of justice says it is penal
            // (not "mise en cause pour son manque de réactivité": blamed at work; not "pour sa part", "pour leur part": an aside)
            const accused = (toks[i].t === 'mis' || toks[i].t.startsWith('mise')) && t(i + 2, i) === 'cause';
            if (accused && !set('faits fait').has(t(k - 1, i)) && !around(doc, i, h.to, JUSTICE, 8) && !penalSentence(i)) break;
            if ((toks[i].t.startsWith('poursuivi') || accused)
              && t(h.to + 1, i) !== 'part' && !negatedBefore(doc, i) && !orgSubject(i) && !offenceFrame(i)) report(i, h.to);
            break;
          }
          // an offence the person may have suffered ("harcèlement", "violences") only after a record head, not a complaint or a story
          // (checked below, once the complainant is known)
          // "antécédents de fraude : aucun", "dossier de vol : néant": an absence
          if (around(doc, off.to, off.to + 1, NONE_AFTER, 3)) break;
          // "gère les dossiers de fraude", "le dossier de harcèlement de sa collègue": files handled as a job
          if (toks[i].t === 'dossier' && (FILE_JOB.has(pw) || FILE_JOB.has(t(i - 2, i)))) break;
          const fam = family.has(off.from);
          const complaint = toks[i].t.startsWith('plainte');
          // "il enregistrait les plaintes pour vol", "elle aide les victimes à porter plainte pour harcèlement": others' complaints, a job;
          // consumed, so the offence inside stays silent too
          if (complaint && othersComplaint(i)) { negated.push([i, off.to]); break; }
          // "La CAF a porté plainte pour fraude", "son employeur a déposé plainte pour vol": another files it, against the person
          const filedAt = FILE_VERBS.has(pw) ? i - 1 : FILE_VERBS.has(t(i - 2, i)) ? i - 2 : -1;
          const byOther = complaint && filedAt > 0 && thirdPartySubject(filedAt);
          // "La CPAM a porté plainte pour fraude": the named offence alone, as for any offence filed against the person
          if (off.entry.tag === 'offname' && byOther && !fam) {
            if (!negatedBefore(doc, i) && !offenceFrame(i) && !generic(i) && !around(doc, i, off.to, DOMESTIC, 6)) report(off.from, off.to, 'medium', false);
            break;
          }
          // the person's own complaint (a victim): "il a porté plainte pour agression", "dépôt de plainte pour cambriolage",
          // "Plainte pour harcèlement moral contre son ancien chef de rang" — data about an offence all the same (art. 10)
          if (complaint && !byOther) {
            const own = ownComplaintFrom(i, filedAt, off.to);
            if (own >= 0) {
              if ((!fam && around(doc, i, off.to, DOMESTIC, 6)) || negatedBefore(doc, own) || negatedBefore(doc, i) || renounced(own) || offenceFrame(own) || generic(own)
                || t(own - 1, i) === 'comment' || around(doc, own, off.to, COMPLAINT_TOPIC, 6) || addressedElsewhere(own, off.to)) {
                negated.push([own, off.to]);
                break;
              }
              reportComplaint(own, coordinatedEnd(off.to, i));
              break;
            }
          }
          // an offence the person may have suffered ("harcèlement", "violences") only after a record head, not a story, nor near
          // "subi" or "victime"; a complaint names it whoever filed it ("une plainte pour harcèlement déposée par une collègue")
          if (off.entry.tag === 'offname' && !complaint && (VICTIM_HEADS.has(toks[i].t) || victimBefore(i) || around(doc, i, off.to, SUFFERED, 12))) break;
          // a witness or the victim of the case: "a témoigné comme victime dans une affaire de cambriolage"
          if (!complaint && witnessBefore(i)) break;
          // "son employeur a porté plainte pour vol": the offence is reported alone, by its own entry
          if (!fam && complaint && filedAt > 0 && !around(doc, i, off.to, set('contre'), 6)) break;
          // "n'a jamais été mis en cause pour vol": an absence; the offence inside stays silent too
          if (negatedBefore(doc, i)) { negated.push([i, off.to]); break; }
          if ((!fam && around(doc, i, off.to, DOMESTIC, 6)) || offenceFrame(i) || generic(i) || orgSubject(i)) break;
          report(i, off.to);
          break;
        }
        case 'offname': {
          // "il a mis un coup de tête à un client", "a donné un coup de poing au vigile": a blow given to someone
          if (toks[i].t.startsWith('coup') && h.to - i > 1 && (nw === 'a' || nw === 'au' || nw === 'aux')) {
            let g = i - 1;
            if (set('un des deux plusieurs').has(t(g, i))) g--;
            let e = h.to + 1;
            if (set("un une le la l' les son sa ses").has(t(e, i))) e++;
            if (GIVE_BLOW.has(t(g, i)) && toks[e]?.k === Kind.Word && toks[e].sn === toks[i].sn && !BLOW_OBJECT_NOT.has(toks[e].t) && !negatedBefore(doc, g) && !fictionRole(i) && !around(doc, i, e, DOMESTIC, 6)) {
              report(g, e + 1, 'high', false);
              break;
            }
          }
          // "a écopé d'un stage de citoyenneté après des dégradations sur un abribus": damage or disorder given as the cause
          // of a penal measure found in the sentence, or of a sanction said near ("après des tags, condamné à un TIG")
          let k = i - 1;
          if (CAUSE_DETS.has(t(k, i))) k--;
          // only acts whose author the person must be (damage, disorder, fraud); a fight only as the cause of a sanction
          // ("révocation du sursis après la bagarre de décembre"): threats or violence may have been suffered
          const fight = FIGHTS.has(toks[i].t);
          // "Cyberharcèlement d'une ancienne collègue : stage de citoyenneté": harassment of someone, with its sanction in the sentence
          if (HARASS.has(toks[h.to - 1].t) && !recent(done).some(([, y]) => y === h.to) && HARASS_LINKS.has(nw) && set('une un sa son ses des').has(t(h.to + 1, i)) && HARASSED.has(t(h.to + 2, i))
            && (penalSentence(i) || around(doc, i, h.to, SANCTIONED, 14)) && !VICTIM_HEADS.has(pw) && !around(doc, i, h.to, SUFFERED, 8)
            // "après des faits de harcèlement envers une collègue, interdiction de contact": a cause of the measure; "depuis le harcèlement", suffered
            && !victimBefore(i, true)
            && !around(doc, i, h.to, DOMESTIC, 6) && !around(doc, i, h.to, CIVIL, 10) && !negatedBefore(doc, i) && !offenceFrame(i)) {
            let e = h.to + 3;
            if (HARASSED.has(t(e, i))) e++; // "d'une ancienne collègue"
            // "le harcèlement d'une collègue par son chef": another's act
            if (t(e, i) === 'par') break;
            report(i, e, 'medium', false);
            break;
          }
          if (!DISORDER.has(toks[i].t) && !fight) break;
          // "un TIG de 70 heures en 2024 pour des dégradations": the cause of a penal measure in the sentence
          const cause = t(k, i) === 'apres' || ((t(k, i) === 'a' || t(k, i) === 'de') && t(k - 1, i) === 'suite') || (t(k, i) === 'de' && t(k - 1, i) === 'suite' && t(k - 2, i) === 'la')
            || (t(k, i) === 'pour' && !fight && sentencedBefore(k));
          if (!cause || !(penalSentence(i) || around(doc, i, h.to, SANCTIONED, 12))) break;
          // a fight answers for a sentence ("sursis révoqué", "condamné"), not for an arrest alone ("garde à vue après une bagarre")
          if (fight && (!around(doc, i, h.to, FIGHT_SANCTIONS, 12) || offenceFrame(i) || around(doc, i, h.to, FIGURATIVE_FIGHT, 6))) break;
          if (VICTIM_HEADS.has(pw) || victimBefore(k) || around(doc, i, h.to, SUFFERED, 8) || around(doc, i, h.to, DOMESTIC, 6) || negatedBefore(doc, i)) break;
          // the place or the object after: "dégradations sur un abribus", "tags dans le métro"
          let e = h.to;
          if (DAMAGE_PLACE.has(t(e, i)) && toks[e + 1]?.sn === toks[i].sn) {
            let j = e + 1;
            if (PLACE_DETS.has(t(j, i))) j++;
            if (toks[j]?.k === Kind.Word && toks[j].sn === toks[i].sn && !POSSESSIVES.has(t(e + 1, i))) e = j + 1;
          }
          report(i, e, 'medium', false);
          break;
        }
        case 'etab': {
          // "Sorti du CD du Port", "incarcéré à la MA de Villepinte", "transféré au CP de Meaux"
          const exit = exitAt(i);
          let v = exit;
          if (v < 0) { let k = i - 1; while (k > i - 4 && set("au aux a la l' en du de d'").has(t(k, i))) k--; if (set('incarcere incarceree ecroue ecrouee detenu detenue transfere transferee fait passe purge tire').has(t(k, i))) v = k; }
          if (v < 0) break;
          // a place name after ("du Port", "de Villepinte") or the vocabulary of a sentence near
          let end = h.to;
          if (set("du de d' des").has(t(end, i)) && toks[end + 1]?.sn === toks[i].sn && doc.isCapitalized(end + 1) && toks[end + 1].k === Kind.Word) {
            end += 2;
            while (toks[end]?.sn === toks[i].sn && toks[end].hyphen && toks[end].k === Kind.Word) end++;
          }
          if (end === h.to && !around(doc, i, h.to, JUSTICE, 10) && !releaseAfter(h.to)) break;
          if (negatedBefore(doc, v) || justiceJobBefore(v) || workplaceJobBefore(i)) break;
          report(v, end);
          break;
        }
        case 'suivi': {
          // "spip" in lower case (a CMS too) only beside a meeting word: "rdv spip jeudi", "pointer au spip"
          if (h.entry.lemma === 'SPIP' && !doc.isUpper(i) && !around(doc, i, h.to, LOWER_SPIP_CUES, 6)) break;
          // "contact pris avec le SPIP qui gère le partenariat avec la médiathèque": a body as a job's partner
          if (around(doc, i, h.to, PARTNERSHIP, 8) && !POSSESSIVES.has(pw)) break;
          // "son éducatrice PJJ", "sa conseillère SPIP", "rappelé l'éducatrice de la PJJ": the person's own officer, not a job
          {
            const j = JUSTICE_JOBS.has(pw) ? i - 1 : set("de du d'").has(pw) && JUSTICE_JOBS.has(t(i - 2, i)) ? i - 2
              : set("la l'").has(pw) && t(i - 2, i) === 'de' && JUSTICE_JOBS.has(t(i - 3, i)) ? i - 3 : -1;
            const det = j > 0 ? t(j - 1, i) : '';
            // "suivi par un éducateur de la PJJ", "accompagnée par une CPIP du SPIP": the person's own officer too
            const followedBy = set('un une').has(det) && t(j - 2, i) === 'par' && FOLLOWED.has(t(j - 3, i)) && t(j, i) !== 'cpip';
            if (j > 0 && (set('son sa ses').has(det) || (set("l' la le").has(det) && CONTACTED.has(t(j - 2, i))) || followedBy) && entryAccepts(h, ctx, false, true)) { report(followedBy ? j - 3 : j, h.to); break; }
          }
          // "Point budget avec l'assistante sociale du SPIP", "rdv avec la référente du SPIP": a meeting with the person's officer
          if (h.to - i === 1 && set('du de').has(pw)) {
            const staff = SPIP_STAFF.has(t(i - 2, i)) ? i - 2 : t(i - 2, i) === 'sociale' && t(i - 3, i).startsWith('assistant') ? i - 3 : -1;
            if (staff > 0 && around(doc, staff, staff + 1, PLANNING_CUES, 4) && !around(doc, i, h.to, TRAINING, 10) && !penalSentence(i)
              && !jobFrameBefore(doc, staff) && !sentenceHas(doc, i, STAFF_HIRING)) { report(i, h.to); break; }
          }
          // "suivie par une CPIP du SPIP de X": the service of the person's own officer, already reported, is a finding too
          if (h.to - i === 1 && set("du de").has(pw) && t(i - 2, i) === 'cpip' && done.some(([a, b]) => a <= i - 2 && i - 2 < b)) { report(i, h.to); break; }
          if (!entryAccepts(h, ctx, false, true) || justiceJobBefore(i) || justiceJobAfter(h.to) || jobTitleAttribute(i, h.entry.lemma)) break;
          if (toks[i].t === 'probation' && (pw === 'de' && t(i - 2, i) === 'periode')) break; // trial period
          // the sentencing judge by name ("rdv juge d'appli des peines en déc."): only a person under sentence meets them
          // a meeting in a terse note ("vu avec la cpip", "rdv SPIP le 12") follows the person too
          // "la CPIP", "SMS DE LA CPIP": the probation officer of the person (a job is caught above)
          const officer = toks[i].t === 'cpip' && h.to - i === 1 && set("la le sa son ma votre sa").has(pw) && !around(doc, i, h.to, TRAINING, 10);
          if (officer || personLinked(doc, i, h.to) || around(doc, i, h.to, JUSTICE, 8) || (toks[i].t === 'juge' && h.to - i > 2)
            || (h.to - i === 1 && around(doc, i, h.to, MEETING_CUES, 4) && !around(doc, i, h.to, TRAINING, 10) && !sentenceHas(doc, i, TRAINEE))
            || (h.to - i === 1 && around(doc, i, h.to, REPORT_CUES, 4) && !around(doc, i, h.to, TRAINING, 10) && !sentenceHas(doc, i, TRAINEE))
            || (h.to - i === 1 && around(doc, i, h.to, PLANNING_CUES, 4) && !around(doc, i, h.to, TRAINING, 10) && !penalSentence(i))) report(i, h.to);
          break;
        }
        case 'prison': {
          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i) || lawPenaltyBefore(i) || fictionRole(i)) break;
          // "a réalisé un reportage sur les prisons de femmes": prisons as the topic of a work
          if (topicOfWork(i)) break;
          prisonPlaces.push(i);
          if (exitBefore(i)) { report(exitAt(i), h.to); break; }
          // a building, a museum or a sight: "restaure le mur de l'ancienne prison, devenue musée", "visite guidée de la prison de Montluc"
          if (around(doc, i, h.to, MONUMENT, 10) && withDuration(i) === i && stayVerbBefore(i) < 0) break;
          if (justiceJobBefore(i) || justiceJobAfter(h.to) || workplaceJobBefore(i) || applicationAfter(i, h.to) || leadsActivityIn(i)) break;
          if (h.entry.lemma.startsWith('milieu') || h.entry.lemma.startsWith('univers') || h.entry.lemma.includes('etablissement')) {
            if (!personLinked(doc, i, h.to)) break;
          }
          report(withDuration(i), h.to);
          break;
        }
        case 'sejour': {
          // "fait trois ans en centrale", "six mois au trou", "tiré deux ans à Fleury": a stay verb or a duration before the place
          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i)) break;
          const prep = pw === 'la' && t(i - 2, i) === 'a' ? 'a' : pw;
          const head = toks[i].t;
          // "en centrale" (not "à Centrale", the school); "au trou", "à Fleury", "aux Baumettes"
          if (head === 'centrale' ? prep !== 'en' : !set('au aux a en des de').has(prep)) break;
          if (around(doc, i, h.to, NOT_PRISON_NEAR, 10) || justiceJobBefore(i) || workplaceJobBefore(i)) break;
          const s = withDuration(i);
          const verb = stayVerbBefore(i);
          const exit = exitAt(i);
          const town = !set('centrale trou mitard ballon').has(head);
          if (exit >= 0 && (town || head === 'centrale')) { report(exit, h.to); break; }
          // a town needs a penal verb or the vocabulary of a sentence ("a fait deux ans à Lyon" is not one)
          const penalVerb = verb >= 0 && set('tire tirait purge purgeait incarcere incarceree ecroue ecrouee transfere transferee detenu detenue enferme enfermee').has(toks[verb].t);
          const strong = STRONG_SLANG.has(head) && set('est etait ete mis mise envoye envoyee').has(pw === 'au' ? t(i - 2, i) : '');
          // "a fait 18 mois à Fleury" unless the stay is a job or studies ("comme cariste", "au lycée")
          // (only in the stay's own clause: "… à Fleury et cherche un premier emploi" is another clause)
          const plainStay = s < i && verb >= 0 && !stayClauseHas(verb >= 0 ? Math.min(verb, s) : s, h.to, TOWN_STAY_OTHER);
          // a town that is first a town (Luynes, Seysses): a penal verb, the vocabulary of a sentence or a release after it
          const lesser = LESSER_TOWNS.has(h.entry.lemma);
          const penalContext = around(doc, i, h.to, JUSTICE, 10) || releaseAfter(h.to);
          const ok = town ? penalVerb || (plainStay && (!lesser || penalContext)) || ((s < i || verb >= 0) && penalContext) : strong || (s < i && verb >= 0) || (verb >= 0 && penalVerb);
          if (ok) report(verb >= 0 ? Math.min(verb, s) : s < i ? s : i, h.to);
          break;
        }
        case 'purge': {
          // "a purgé dix-huit mois", "il a tiré deux ans (ferme)": a duration right after the verb
          let k = h.to;
          if (!isNumberToken(toks[k]) || toks[k].sn !== toks[i].sn) break;
          while (isNumberToken(toks[k + 1]) && toks[k + 1].sn === toks[i].sn) k++;
          if (!UNITS.has(t(k + 1, i))) break;
          const next = t(k + 2, i);
          const head = toks[i].t;
          // "tiré deux ans d'expérience", "tiré trois mois de salaire": only "de prison", "ferme", the end of the clause or a place
          if (head.startsWith('tir') && next && !set('ferme fermes de en au a aux derriere').has(next) && toks[k + 2]?.k !== Kind.Punct) break;
          // "purgé trois ans de détention": the place reports the stay
          if (next === 'de' || next === "d'") break;
          if (negatedBefore(doc, i) || offenceFrame(i)) break;
          report(i, k + 2);
          break;
        }
        case 'detention': {
          // "détention du permis B", "détention d'un diplôme": possession, not custody
          if (nw === 'du' || nw === 'de' || nw === "d'" || nw === 'des') break;
          if (negatedBefore(doc, i) || justiceJobBefore(i)) break;
          // "donne des cours de français en détention": a teacher's work place
          if (pw === 'en' && leadsActivityIn(i)) break;
          const s = withDuration(i);
          if (exitBefore(i)) { report(exitAt(i), h.to); break; }
          if (s < i || pw === 'en' || set('sa son leur provisoire pendant apres').has(pw) || personLinked(doc, i, h.to)) report(s, h.to);
          break;
        }
        case 'detenu': {
          // "parts détenues par", "les données détenues": possession
          if (nw === 'par' || nw === 'en' || nw === 'dans') break;
          // "permis B indispensable (détenu)", "permis détenu", "diplômes détenus": a thing held
          if (HELD.has(pw) || (pw === '(' && [2, 3, 4].some((d) => HELD.has(t(i - d, i))))) break;
          // "il a détenu le record régional", "avait détenu des parts": the verb « détenir » with its object (not "a été détenu")
          if (set('a avait ont avaient aura aurait ai').has(pw) && set("le la les l' un une des du plusieurs").has(nw) && !around(doc, i, h.to, JUSTICE, 10)) break;
          const w = toks[i].t;
          const plural = w.endsWith('s');
          if (justiceJobBefore(i) || around(doc, i, h.to, set('aupres encadrer encadrement accompagner accompagnement'), 5)) break;
          if (plural && !set('ex anciens anciennes co ses').has(pw)) break;
          const prevTok = toks[i - 1];
          // "un détenu", "ancien détenu", "il est détenu", "détenu pendant trois ans"
          if (!prevTok || prevTok.sn !== toks[i].sn || prevTok.k === Kind.Punct || set("un une ex ancien ancienne est etait a ete reste comme qu' en tant le la l'").has(pw)) {
            if (pw === 'le' || pw === 'la' || pw === "l'") { if (!personLinked(doc, i, h.to)) break; }
            report(i, h.to);
          }
          break;
        }
        case 'condamne': {
          if (negatedBefore(doc, i) || around(doc, i, h.to, CIVIL, 10) || orgSubject(i)) break;
          if (around(doc, i, h.to, DOMESTIC, 8)) {
            // "il a été condamné pour violences conjugales": the conviction is the person's record (the offence itself is vie-privee);
            // "son ex-mari a été condamné pour violences": the partner's, not the person's
            let partnerSubject = false;
            for (let k = i - 1; k >= 0 && k >= i - 5 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) if (DOMESTIC.has(toks[k].t)) partnerSubject = true;
            const penal = nw === 'pour' || nw === 'en' || (nw === 'a' && (PENAL_AFTER_A.has(t(h.to + 1, i)) || toks[h.to + 1]?.k === Kind.Number));
            if (!partnerSubject && !toks[i].t.startsWith('condamnation') && penal) report(i, h.to, 'high', false);
            break;
          }
          // "porte condamnée", "la porte de secours est condamnée"
          let objectBefore = false;
          for (let k = i - 1; k >= Math.max(0, i - 7) && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--) if (OBJECTS.has(toks[k].t)) objectBefore = true;
          if (objectBefore) break;
          if (generic(i)) break;
          if (toks[i].t.startsWith('condamnation')) {
            // "Condamnation pour harcèlement d'une collègue": the offence named after is enough
            const named = nw === 'pour' ? hitAt.get(h.to + 1) : undefined;
            if (named && !around(doc, named.from, named.to, SUFFERED, 8)) { report(i, named.to); break; }
            if (personLinked(doc, i, h.to) || around(doc, i, h.to, JUSTICE, 8)) report(i, h.to);
            // "sa condamnation", "la condamnation empêche l'immatriculation" (not "la condamnation des violences", a disapproval)
            else if (HIS_HER.has(pw) || (THE_THIS.has(pw) && !CONDEMNED_OBJECT.has(nw))) report(i, h.to);
            break;
          }
          // "condamné à rester au chômage" (figurative) vs "condamné à six mois", "condamné à une amende"
          if (nw === 'a' && !PENAL_AFTER_A.has(t(h.to + 1, i)) && toks[h.to + 1]?.k !== Kind.Number) break;
          // "Condamnée à 60 jours-amende", "condamné à 300 heures de TIG": the penalty just after joins the conviction
          if (nw === 'a' && toks[h.to + 1]?.k === Kind.Number) {
            for (let k = h.to + 2; k <= h.to + 4; k++) { const p = hitStarting(k); if (p && toks[k].sn === toks[i].sn) { report(i, p.to); break; } }
            if (recent(done).some(([a]) => a === i)) break;
          }
          report(i, h.to);
          break;
        }
        case 'casier': {
          // the record itself is not a finding; what it holds is. "casier judiciaire vierge" is an absence.
          if (negatedBefore(doc, i)) break;
          let k = h.to;
          let not = false;
          let clean = false;
          for (let n = 0; n < 5; n++, k++) {
            const w = t(k, i);
            if (w === 'non' || w === 'pas') not = true;
            if (w === 'vierge' || w === 'vierges') { if (not) report(i, k + 1); else clean = true; break; }
            if (w === 'charge' || w === 'chargee' || w === 'rempli' || w === 'mentions' || w === 'mention' || w === 'condamnations') { report(i, k + 1); break; }
            if (!w || toks[k].k === Kind.Punct) break;
          }
          // "son casier judiciaire est vierge": an absence
          if (clean || recent(done).some(([a]) => a === i)) break;
          // "c'est inscrit au B2", "figure sur son bulletin n°2": something is written in the record (not "inscrit au B2 d'anglais")
          if (h.entry.lemma !== 'casier' && !h.entry.lemma.startsWith('casier')) {
            const rk = set("au sur dans").has(pw) ? i - 1 : set('son le').has(pw) && set('sur dans').has(t(i - 2, i)) ? i - 2 : -1;
            // "ce qui figure au bulletin n°2", "si c'est inscrit": a question about the record, not a content
            if (rk > 0 && RECORD_IN.has(t(rk - 1, i)) && !set("qui que qu' si").has(t(rk - 2, i)) && !set("de d' du des").has(nw) && !around(doc, i, h.to, B2_LANGUAGE, 10)) report(rk - 1, h.to);
            break;
          }
          if (h.entry.lemma === 'casier') {
            // "il a un casier" (a record), not "son casier au vestiaire" (a locker)
            const verb = t(i - 2, i);
            if (pw === 'un' && set('a avait aurait ai').has(verb === 'deja' ? t(i - 3, i) : verb) && !around(doc, i, h.to, LOCKER, 8)) report(i, h.to, 'medium');
            // "garde une inscription au casier", "une mention au casier": something written in the record
            else if (pw === 'au' && RECORD_ENTRIES.has(t(i - 2, i)) && !around(doc, i, h.to, LOCKER, 5) && !negatedBefore(doc, i - 2)) report(i - 2, h.to);
            break;
          }
          if (around(doc, i, h.to, RECORD_REQUEST, 6) || t(h.to, i) === 'vierge' || t(h.to, i) === 'b2' || t(h.to, i) === 'b3') break;
          // "il a un casier judiciaire", "son casier judiciaire l'empêche de…"
          if (set('un son sa').has(pw) && personLinked(doc, i, h.to)) report(pw === 'un' ? i : i - 1, h.to, 'medium');
          break;
        }
        case 'proces': {
          if (toks[h.to]?.hyphen) break; // procès-verbal
          if (around(doc, i, h.to, CIVIL, 8) || negatedBefore(doc, i)) break;
          if (set('son sa leur').has(pw) || (pw === 'de' && t(i - 2, i) === 'attente') || nw === 'en' || nw === 'pour') report(set('son sa leur').has(pw) ? i - 1 : i, h.to);
          break;
        }
        case 'infraction': {
          if (!entryAccepts(h, ctx, false, false)) break; // the entry's own context ("Extinction Rebellion")
          // "blanchiment des dents", "corruption de fichiers", "braquage des roues": another sense unless the complement is penal
          if (h.to - i === 1 && AMBIGUOUS_OFFENCES.has(toks[i].t)) {
            const de = set("de des du d'").has(nw);
            const comp = t(h.to + (set("la l' les").has(t(h.to + 1, i)) ? 2 : 1), i);
            if (de && !OFFENCE_COMPLEMENTS.has(comp)) break;
            if (around(doc, i, h.to, OTHER_SENSES, 8)) break;
          }
          // violences conjugales, harcèlement d'un ex: vie-privee; an intrusion into an ex-partner's mailbox stays an offence
          if (around(doc, i, h.to, DOMESTIC, 8) && !COMPUTER_OFFENCES.has(toks[i].t) && !family.has(i)) break;
          if (negatedBefore(doc, i) || offenceFrame(i) || counteredBefore(i) || around(doc, i, h.to, TRAINING, 4) || generic(i) || fictionRole(i)) break;
          if (set('lutte prevention detection analyste controleur service cellule anti').has(pw) || (set('la le les').has(pw) && set('contre lutte prevention').has(t(i - 2, i)))) break;
          {
            let k = i - 1;
            while (k > i - 4 && KNOWLEDGE_SKIP.has(t(k, i))) k--;
            if (k < i - 1 && OFFENCE_KNOWLEDGE.has(t(k, i))) break;
            if (k < i - 1 && OFFENCE_WORK.has(t(k, i)) && !/[éÉ]e?s?$/.test(doc.raw(k))) break;
          }
          // "contrôlé positif au dépistage de la tuberculose": a medical screening, not a roadside test
          if (toks[h.to - 1].t === 'depistage' && OF_FORMS.has(nw) && !DRUG_TESTED.has(t(h.to + 1, i)) && !DRUG_TESTED.has(t(h.to + 2, i))) break;
          // "a donné des coups de main", "suivi de coups de fil": a figure unless the blows are named
          if (h.entry.lemma === 'échange de coups' && toks[h.to - 1].t === 'coups' && (nw === 'de' || nw === "d'") && !BLOW_KINDS.has(t(h.to + 1, i))) break;
          // "venue avec les papiers de son fils": papers brought, not used to work or travel
          if (toks[i].t === 'avec' && t(i + 1, i) === 'les' && t(i + 2, i) === 'papiers' && !USE_PAPERS.has(pw) && !USE_PAPERS.has(t(i - 2, i))) break;
          // "a utilisé l'identité de marque", "l'identité visuelle": a brand's identity, not a person's
          if (toks[h.to - 1].t === 'de' && t(h.to - 2, i) === 'identite' && (BRAND_WORDS.has(nw) || ((nw === 'la' || nw === "l'") && BRAND_WORDS.has(t(h.to + 1, i))))) break;
          const w = toks[i].t;
          // "port d'arme dans le cadre du métier avec autorisation préfectorale", "titulaire d'une autorisation de port d'arme": a lawful
          // carry; "port d'arme prohibé" never is
          if (w === 'port' && (t(i + 2, i).startsWith('arme')) && !PROHIBITED.has(t(h.to, i)) && !PROHIBITED.has(toks[h.to - 1].t)
            && pw !== 'pour' && ((pw === 'de' && CARRY_LICENCES.has(t(i - 2, i))) || around(doc, i, h.to, LAWFUL_CARRY, 10))) break;
          // "le comptoir des stups", "l'armoire des stupéfiants", "la brigade des stups": a pharmacy's safe or a police unit
          if ((w === 'stups' || w === 'stupefiants') && (pw === 'des' || pw === 'aux') && STUPS_HOLDERS.has(t(i - 2, i))) break;
          if ((w === 'agression' || w === 'agressions' || w === 'rixe' || w === 'rixes') && !personLinked(doc, i, h.to) && !penalSentence(i)) break;
          // the person as the victim: "depuis l'agression", "victime d'un cambriolage", "après son agression"
          if (VICTIM_OFFENCES.has(w) && victimBefore(i) && !penalSentence(i) && !around(doc, i, h.to, JUSTICE, 8)) break;
          // a witness or the victim of the case: "a témoigné comme victime dans une affaire de cambriolage de son garage"
          if (VICTIM_OFFENCES.has(w) && witnessBefore(i) && !penalSentence(i)) break;
          // an offence is not a charge: "blanchiment pour un réseau" names no second offence
          report(i, h.to, 'high', false);
          break;
        }
        case 'pointage': {
          // "se présenter au commissariat chaque lundi", "pointe à la gendarmerie deux fois par semaine", "pointer tous les mardis au commissariat"
          const sn = toks[i].sn;
          let place = -1;
          let end = -1;
          for (let k = h.to, n = 0; k < toks.length && n < 9 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k++, n++) {
            const w = toks[k].t;
            if (REPORT_PLACES.has(w) || (w === 'poste' && t(k + 2, i) === 'police') || (w === 'hotel' && t(k + 2, i) === 'police')) {
              if (place < 0 && (k === h.to || REPORT_SKIP.has(t(k - 1, i)))) { place = k; end = Math.max(end, w === 'poste' || w === 'hotel' ? k + 3 : k + 1); }
              continue;
            }
            // periodicity: "chaque lundi", "tous les lundis", "deux fois par semaine", "le lundi", "les mardis", "hebdomadaire"
            if (w === 'chaque' && PERIODS.has(t(k + 1, i))) { end = Math.max(end, k + 2); k++; n++; continue; }
            if ((w === 'tous' || w === 'toutes') && t(k + 1, i) === 'les') {
              let e = k + 2;
              if (isNumberToken(toks[e]) || set('deux trois quinze huit').has(t(e, i))) e++;
              if (PERIODS.has(t(e, i))) { end = Math.max(end, e + 1); k = e; continue; }
            }
            if (w === 'fois' && t(k + 1, i) === 'par' && PERIODS.has(t(k + 2, i))) { end = Math.max(end, k + 3); k += 2; continue; }
            if ((w === 'le' || w === 'les') && WEEKDAYS.has(t(k + 1, i))) { end = Math.max(end, k + 2); k++; continue; }
            if (w === 'hebdomadaire' || w === 'hebdomadaires' || w === 'quotidien' || w === 'quotidiennement' || w === 'mensuel' || w === 'hebdomadairement') { end = Math.max(end, k + 1); continue; }
          }
          // a place without periodicity: only the reporting words themselves ("pointer au commissariat")
          const placeEnd = place < 0 ? -1 : toks[place].t === 'poste' || toks[place].t === 'hotel' ? place + 3 : place + 1;
          if (place < 0 || (end === placeEnd && !toks[i].t.startsWith('point') && !toks[i].t.startsWith('emarg'))) break;
          if (around(doc, i, end, NOT_CUSTODY, 8) || negatedBefore(doc, i) || justiceJobBefore(i) || justiceJobAfter(end)) break;
          report(pw === 'se' || pw === "s'" ? i - 1 : i, end);
          break;
        }
        case 'bracelet': {
          // the electronic tag shortened to a bare noun: "il a encore le bracelet", "porte toujours son bracelet", "le bracelet jusqu'en mars (JAP)";
          // never jewellery ("bracelet en argent", "vend des bracelets")
          if (h.to < toks.length && toks[h.to].sn === toks[i].sn && (toks[h.to + 1]?.hyphen || set("electronique electroniques en d' de a au").has(nw))) break;
          if (around(doc, i, h.to, JEWELLERY, 8) || justiceJobBefore(i)) break;
          // "il n'a plus de bracelet depuis septembre", "ne porte plus le bracelet": a measure that ended is still a finding
          if (NO_MORE_OBJECTS.has(pw) && t(i - 2, i) === 'plus') {
            const v = t(i - 3, i);
            const ne = NEGATORS.has(t(i - 4, i)) ? i - 4 : -1;
            if (ne >= 0 && (HAS_AUX.has(v) || (WEARS.has(v) && (around(doc, i, h.to, JUSTICE, 12) || around(doc, i, h.to, SENTENCE_CUES, 12) || t(h.to, i) === 'depuis')))) report(ne, h.to);
            break;
          }
          if (negatedBefore(doc, i)) break;
          let k = i - 1;
          if (!set("le son un ce").has(t(k, i))) break;
          k--;
          const still = set('encore toujours').has(t(k, i)) ? k : set('encore toujours').has(t(k + 2, i)) ? k + 2 : -1;
          if (still === k) k--;
          const carries = set('a avait porte portait garde gardait aura').has(t(k, i));
          if ((still >= 0 && carries) || (carries && (around(doc, i, h.to, JUSTICE, 12) || around(doc, i, h.to, SENTENCE_CUES, 12)))) report(i, h.to);
          break;
        }
        case 'tnr': {
          // "105 heures de travail non rémunéré", "travail gratuit ordonné par le juge": community service said in lay words
          // "heures de" before is the count of the sentence, not a job frame ("heures de cours")

          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i) || deliveredAsJob(i) || topicFrame(doc, i)) break;
          if (around(doc, i, h.to, UNPAID_NOT_PENAL, 10)) break;
          // "à la ferme de son oncle": unpaid help on a farm (not "quatre mois ferme")
          let farm = false;
          for (let q = h.to; q < h.to + 8 && toks[q]?.sn === toks[i].sn; q++) if (toks[q].t === 'ferme' && FARM_DETS.has(t(q - 1, i))) { farm = true; break; }
          if (farm) break;
          // the count before ("105 heures de travail non rémunéré") or after ("un travail non rémunéré de 70h", "de 70 heures")
          const countedAfter = t(h.to, i) === 'de' && toks[h.to + 1]?.sn === toks[i].sn
            && (/^\d+h$/.test(toks[h.to + 1].t) || (isNumberToken(toks[h.to + 1]) && HOURS.has(t(h.to + 2, i))));
          const counted = countedAfter || (t(i - 1, i) === 'de' && HOURS.has(t(i - 2, i)) && isNumberToken(toks[i - 3]));
          if (!counted && !around(doc, i, h.to, JUSTICE, 12) && !around(doc, i, h.to, SANCTIONED, 12) && !around(doc, i, h.to, UNPAID_PENAL, 12)) break;
          report(i, h.to);
          break;
        }
        case 'jde': {
          // "comparution devant le juge des enfants pour des vols", "convoqué chez le juge des enfants au pénal": juvenile criminal justice
          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i) || justiceJobBefore(i) || justiceJobAfter(h.to) || deliveredAsJob(i) || offenceFrame(i)) break;
          let e = h.to;
          let penal = false;
          let k = h.to;
          if (t(k, i) === 'au' && PENAL_ADJ.has(t(k + 1, i))) { penal = true; e = k + 2; }
          else if (t(k, i) === 'pour' || t(k, i) === 'pr') {
            // "pour des vols", texting "pr des vols"; "pour les dégradations du gymnase": an offence of the lexicon after the article
            const off = offenceAfter(doc, k);
            const named = !off && JDE_OFFENCE_DETS.has(t(k + 1, i)) ? hitAt.get(k + 2) : undefined;
            if (off && toks[off[0]].sn === toks[i].sn) { penal = true; e = off[1]; }
            else if (named && toks[named.from].sn === toks[i].sn) { penal = true; e = named.to; }
          }
          if (!penal && !around(doc, i, h.to, MINOR_PENAL, 10)) break;
          // the step before: "comparution devant", "passé devant", "convoqué chez", "jugé par"
          let s0 = i;
          let b = i - 1;
          if (JDE_DETS.has(t(b, i))) b--;
          if (JDE_PREPS.has(t(b, i))) { b--; if (JDE_STEPS.has(t(b, i))) s0 = b; }
          report(s0, e);
          break;
        }
        case 'pendant': {
          // "l'affaire est à l'instruction", "son audience est renvoyée", "doit comparaître en mars": a pending criminal case
          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i) || justiceJobBefore(i) || justiceJobAfter(h.to) || deliveredAsJob(i) || offenceFrame(i)) break;
          // "stage de 3e chez un avocat, a adoré les audiences", "a assisté aux audiences du tribunal": hearings watched, not the person's own
          if (toks[i].t.startsWith('audience') && (sentenceHas(doc, i, TRAINEE) || (set('aux les des').has(pw) && HEARING_WATCHED.has(t(i - 2, i))))) break;
          let s = i;
          // the case as the subject: "l'affaire est | à l'instruction", "sa plainte est | en cours d'instruction"
          if (IS.has(pw) && PENDING_SUBJECTS.has(t(i - 2, i))) s = SUBJECT_DETS.has(t(i - 3, i)) ? i - 3 : i - 2;
          report(s, h.to);
          break;
        }
        case 'contre': {
          // "a porté plainte contre l'homme qui la faisait travailler": the person's complaint against a third party (not the partner)
          let k = h.to;
          if (AGAINST_SELF.has(t(k, i)) || negatedBefore(doc, i) || offenceFrame(i) || deliveredAsJob(i)) break;
          let e = k;
          while (e < k + 8 && toks[e] && toks[e].sn === toks[i].sn && toks[e].k !== Kind.Punct) e++;
          if (e === k || around(doc, i, e, DOMESTIC, 4)) break;
          let partner = false;
          for (let q = k; q < e; q++) if (DOMESTIC.has(toks[q].t)) partner = true;
          if (partner) break;
          // "elle aide les victimes à porter plainte contre…": someone else's complaint, the person's job
          let helps = false;
          for (let q = i - 1; q >= Math.max(0, i - 6) && toks[q].sn === toks[i].sn; q--) if (HELP_OTHERS.has(toks[q].t)) helps = true;
          if (helps) break;
          reportComplaint(HAS_AUX.has(pw) ? i - 1 : i, e);
          break;
        }
        case 'points': {
          // "a perdu six points (sur son permis)", "retrait de 4 points": a number and "points" right after, licence words near unless "retrait"
          let k = h.to;
          if (!isNumberToken(toks[k]) || toks[k].sn !== toks[i].sn) break;
          while (isNumberToken(toks[k + 1]) && toks[k + 1].sn === toks[i].sn) k++;
          if (!POINT_WORDS.has(t(k + 1, i))) break;
          // "points de pourcentage", "points de vie": another count (not "points de permis")
          if (OF.has(t(k + 2, i)) && t(k + 3, i) !== 'permis') break;
          // "on perd six points pour l'alcool au volant": the scale taught, not the person's licence
          if (ANYONE.has(pw) || (HAS_AUX.has(pw) && ANYONE.has(t(i - 2, i))) || generic(i)) break;
          if (toks[i].t !== 'retrait' && !around(doc, i, k + 2, LICENCE_CUES, 10)) break;
          if (negatedBefore(doc, i) || deliveredAsJob(i) || offenceFrame(i)) break;
          report(i, k + 2);
          break;
        }
        case 'permis': {
          // "a perdu des points" is the licence's only with driving words near: not "des points de productivité", "des points au concours"
          const last = toks[h.to - 1].t;
          if ((last === 'points' || last === 'point') && VAGUE_POINTS.has(t(h.to - 2, i))
            && ((OF.has(nw) && t(h.to + 1, i) !== 'permis') || !around(doc, i, h.to, LOST_POINTS_CUES, 10))) break;
          if (!entryAccepts(h, ctx, false, false) || negatedBefore(doc, i)) break;
          // a licence suspended by the medical commission is no sanction: "permis C suspendu par la commission médicale"
          if (last !== 'points' && last !== 'point' && around(doc, i, h.to, LICENCE_MEDICAL, 14)) break;
          // "permis invalidé | pour | solde de points nul": the reason joins the sanction it explains (one finding per phrase)
          const prev = pending[pending.length - 1];
          if (pw === 'pour' && prev && prev.to === i - 1) { prev.to = Math.max(prev.to, h.to); done.push([i, h.to]); break; }
          // the offence named after the sanction ("suspendu pour excès de vitesse") is found by its own entry
          report(i, h.to, 'high', false);
          break;
        }
        case 'delit': {
          if (around(doc, i, h.to, DOMESTIC, 8) || negatedBefore(doc, i) || offenceFrame(i) || around(doc, i, h.to, TRAINING, 5) || generic(i)) break;
          const w = toks[i].t;
          // "scène de crime", "scènes d'infraction", "lieux du délit": a place of police or forensic work
          if ((pw === 'de' || pw === "d'" || pw === 'du') && CRIME_SCENE.has(t(i - 2, i))) break;
          // "une société de recouvrement de contraventions", "la gestion des amendes": a firm's or a service's business
          if ((pw === 'de' || pw === "d'" || pw === 'des') && OFFENCE_PROCESSING.has(t(i - 2, i))) break;
          if (w.startsWith('infraction') && (nw === 'au' || nw === 'aux') && set('reglement regles').has(t(h.to + 1, i))) break;
          if (w.startsWith('amende') && nw.startsWith('honorable')) break;
          // "saisi par le Trésor public pour des amendes impayées", "un échéancier pour ses amendes": fines owed are a debt (finances)
          if (w.startsWith('amende') && !sentencedBefore(i) && (/^(impaye|majore)/.test(nw) || (nw === 'non' && t(h.to + 1, i).startsWith('paye')) || around(doc, i, h.to, FINE_DEBT, 8))) break;
          if (w.startsWith('recidive') && !w.startsWith('recidiviste') && !around(doc, i, h.to, JUSTICE, 8)) break;
          if (w === 'delinquance' && (pw === 'prevention' || t(i - 2, i) === 'prevention')) break;
          // a look judged, not an offence: "une tête de délinquant", "une dégaine de voleur"
          if ((pw === 'de' || pw === "d'") && LOOKS.has(t(i - 2, i))) break;
          // offenders handled at work: "interpellations de voleurs à l'étalage", "il repérait les voleurs"
          if (HANDLING.has(pw) || ((pw === 'de' || pw === 'des' || pw === 'les' || pw === "d'") && HANDLING.has(t(i - 2, i)))) break;
          if (!personNamed(doc, i, h.to) && !around(doc, i, h.to, JUSTICE, 8)) break;
          report(i, h.to, 'medium');
          break;
        }
        case 'vol': {
          if (around(doc, i, h.to, FLIGHT, 8) || topicFrame(doc, i) || counteredBefore(i)) break;
          // "inapte au vol", "apte au vol", "prêt au vol": flying
          if ((toks[i].t === 'vol' || toks[i].t === 'vols') && pw === 'au') break;
          const w = toks[i].t;
          if (w === 'vol' || w === 'vols') {
            const pp = t(i - 2, i);
            const ok = pw === 'pour' || ((pw === 'de' || pw === "d'" || pw === 'un' || pw === 'du' || pw === 'des') && THEFT_HEADS.has(pp))
              || (THEFT_NEXT.has(nw) && pw !== 'en' && pw !== 'de') || ((nw === 'de' || nw === "d'") && THEFT_OBJECTS.has(t(h.to + 1, i)))
              // "vol de gasoil", "vol d'outils": any object named, not a flight ("vol de nuit", "vol de Lyon") nor a theft suffered
              || ((nw === 'de' || nw === "d'") && w === 'vol' && toks[h.to + 1]?.k === Kind.Word && toks[h.to + 1].sn === toks[i].sn && !FLIGHT_KINDS.has(t(h.to + 1, i))
                && !doc.isCapitalized(h.to + 1) && !around(doc, i, h.to + 2, SUFFERED, 8));
            if (ok && !negatedBefore(doc, i)) report(i, h.to);
            break;
          }
          // "il a volé dans la caisse", not "on lui a volé son sac" (victim) nor "l'oiseau vole"
          // idioms: "il a volé la vedette", "a volé la politesse", "a volé de ses propres ailes", "lui a volé un baiser"
          if (THEFT_IDIOMS.has(t(h.to + 1, i)) || THEFT_IDIOMS.has(t(h.to + 2, i)) || THEFT_IDIOMS.has(t(h.to + 3, i))) break;
          if ((pw === 'a' || pw === 'avait' || pw === 'aurait') && SUBJECTS.has(t(i - 2, i)) && set("de dans un une des du l' la le sa son ses a").has(nw)) report(i, h.to, 'medium');
          break;
        }
        case 'boitier': {
          // the box of an electronic tag: "le boîtier a sonné cette nuit, le SPIP rappelle", or a tag measure already named in the report
          if (around(doc, i, h.to, OTHER_BOXES, 6) || justiceJobBefore(i) || negatedBefore(doc, i)) break;
          if (!sentenceHas(doc, i, TAG_BOX_CUES) && !tagNamed) break;
          report(i, h.to);
          break;
        }
        case 'permishead': {
          // "Permis C suspendu six mois", "permis poids lourd retiré", "son permis D a été annulé"
          let k = h.to;
          if (t(k, i) === 'de' && (t(k + 1, i) === 'conduire' || t(k + 1, i) === 'chasse')) k += 2;
          for (let n = 0; n < 3 && LICENCE_KINDS.has(t(k, i)) && toks[k].sn === toks[i].sn; n++) k++;
          for (let n = 0; n < 4 && LICENCE_AUX.has(t(k, i)) && toks[k].sn === toks[i].sn; n++) k++;
          if (!LICENCE_SANCTIONS.has(t(k, i)) || toks[k].sn !== toks[i].sn) break;
          if (t(k, i).startsWith('retenu') && RETAINED_CHOICE.has(t(k + 1, i))) break;
          let e = k + 1;
          // the duration right after: "suspendu six mois"
          if (isNumberToken(toks[e]) && toks[e].sn === toks[i].sn) { let q = e; while (isNumberToken(toks[q + 1]) && toks[q + 1].sn === toks[i].sn) q++; if (UNITS.has(t(q + 1, i))) e = q + 2; }
          if (around(doc, i, e, LICENCE_COLLECT, 8) || around(doc, i, e, LICENCE_MEDICAL, 14) || negatedBefore(doc, i) || deliveredAsJob(i) || offenceFrame(i)) break;
          report(i, e);
          break;
        }
        case 'nondecl': {
          // "a employé deux saisonniers sans les déclarer", "faisait travailler des ouvriers au noir": an employing verb before in the clause
          let v = -1;
          for (let k = i - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) if (EMPLOYING.has(toks[k].t)) { v = k; if (toks[k].t !== 'travailler') break; }
          if (v < 0 || negatedBefore(doc, v) || orgSubject(v) || offenceFrame(v) || deliveredAsJob(v) || topicFrame(doc, v)) break;
          report(v, h.to, 'medium', false);
          break;
        }
        case 'noir': {
          if (negatedBefore(doc, i) || !personLinked(doc, i, h.to) || orgSubject(i)) break;
          report(i, h.to, 'low');
          break;
        }
        case 'charge': {
          if (negatedBefore(doc, i) || offenceFrame(i) || around(doc, i, h.to, CIVIL, 8)) break;
          const w = toks[i].t;
          const raw = doc.raw(h.to - 1);
          // "jugé pour recel", not "le juge pour enfants"; "accusé de vol", not "accuse réception"
          if ((w === 'juge' || w === 'jugee' || w === 'rejuge' || w === 'rejugee') && !/[éÉ]e?s?$/u.test(raw)) break;
          if ((w === 'accuse' || w === 'accusent' || w === 'soupconne' || w === 'soupconnent') && !/[éÉ]e?s?$/u.test(raw) && !set("l' le la les").has(pw)) break;
          // "avec accusé de réception", "accusé réception reçu": a mail receipt
          if (w.startsWith('accus') && (nw === 'reception' || ((nw === 'de' || nw === "d'") && t(h.to + 1, i) === 'reception'))) break;
          // "appréhende les vestiaires", "appréhende de reprendre": to dread (present tense, an object or an infinitive after), not an arrest
          if (w.startsWith('apprehend') && !/[éÉ]e?s?$/u.test(raw) && (/[éÉ]/u.test(raw) || set("le la les l' de d' un une des ce cette ces ses son sa leur que qu' beaucoup un peu").has(nw))) break;
          const last = toks[h.to - 1].t;
          let k = h.to;
          if (t(k, i) === 'en' && toks[k + 1]?.k === Kind.Number) k += 2;
          const link = t(k, i);
          // "arrêté par les gendarmes", "interpellé par la BAC"
          if (link === 'par' && POLICE.has(t(k + 1, i) === 'la' || t(k + 1, i) === 'les' || t(k + 1, i) === "l'" || t(k + 1, i) === 'le' || t(k + 1, i) === 'des' ? t(k + 2, i) : t(k + 1, i))) {
            report(i, k + (POLICE.has(t(k + 1, i)) ? 2 : 3));
            break;
          }
          const of = link === 'pour' || (link === 'de' || link === "d'") && set('accuse accusee accusent inculpe inculpee soupconne soupconnee soupconnent suspecte suspectee').has(w)
            ? offenceAfter(doc, k) : null;
          if (of && !around(doc, of[0], of[1], DOMESTIC, 4)) {
            // "arrêté pour une entorse" is sick leave, "enquête pour le poste" a job survey: a named offence is needed there
            const needsOffence = set('arrete arretee enquete controle controlee embarque embarquee poursuivi poursuivie').has(last);
            let offence = false;
            for (let j = of[0]; j < of[1]; j++) if (OFFENCE_WORDS.has(toks[j].t)) offence = true;
            if (needsOffence && !offence && !around(doc, i, h.to, POLICE, 10)) break;
            report(i, of[1]);
            break;
          }
          // "interpellé en janvier", "pris en flagrant délit" are findings by themselves; "interpellé sur la question" is not
          if (set('interpelle interpellee interpelles interpellees apprehende apprehendee delit').has(last) && link !== 'sur' && link !== 'par' && !(pw === "s'" || pw === 'se')) report(i, h.to);
          break;
        }
        case 'acte': {
          // "il a braqué une station", not "il a été agressé" (a victim) nor "braqué sur son projet"
          if (!set('a avait aurait ont avaient ai').has(pw) || !SUBJECTS.has(t(i - 2, i)) && !personLinked(doc, i, h.to)) break;
          if (negatedBefore(doc, i) || negatedGoverned(doc, i - 1) || offenceFrame(i) || around(doc, i, h.to, CIVIL, 8)) break;
          if (around(doc, i, h.to, DOMESTIC, 6) && !toks[i].t.startsWith('pirat') && !toks[i].t.startsWith('hack')) break;
          if (!set("un une des le la les l' sa son ses dans plusieurs deux trois").has(nw)) break;
          const w = toks[i].t;
          // "il a frappé à la porte", "menacé de démissionner": only with a victim or an object
          if ((w === 'frappe' || w === 'menace' || w === 'detourne' || w === 'degrade' || w === 'fracture') && !penalSentence(i) && !around(doc, i, h.to, JUSTICE, 10)) break;
          report(i, h.to, 'medium');
          break;
        }
      }
    };
    for (const h of ctx.hits) examineHit(h);
    // "incarcéré | au | centre pénitentiaire": the place of detention joins the fact it completes
    pending.sort((x, y) => x.from - y.from || y.to - x.to);
    const places = new Set(prisonPlaces);
    const joined: typeof pending = [];
    for (const p of pending) {
      const last = joined[joined.length - 1];
      if (last && (p.from < last.to || (places.has(p.from) && mergeSpans(doc, [{ from: last.from, to: last.to }, { from: p.from, to: p.to }]).length === 1))) {
        last.to = Math.max(last.to, p.to);
        if (p.complaint) last.complaint = true;
        continue;
      }
      joined.push({ ...p });
    }
    for (const s of joined) {
      if (!s.complaint && (filedComplaintBefore(s.from) || filedComplaintBefore(s.to - 1)) && !familyIn(s.from, s.to)) continue;
      const [start, end] = doc.tokRange(s.from, s.to);
      ctx.report({
        start,
        end,
        messageId: s.complaint ? 'plainte' : s.confidence === 'low' ? 'faible' : 'infraction',
        data: { terme: ctx.text.slice(start, end) },
        confidence: s.confidence,
        fixes: [clauseRemovalFix(doc, ctx.text, s.from, s.to)],
      });
    }
  },
});
