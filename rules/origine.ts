/**
 * `origine`: origine raciale ou ethnique, couleur de peau, nationalité, pays d'origine étranger,
 * communautés. RGPD art. 9; TAXONOMY.md §3.1 `origine` and `nationalite-sejour` (the corpora file
 * nationality under `origine`).
 *
 * The lexicon gives the adjectives and countries; this rule decides from the words around them
 * whether they describe a person's origin ("d'origine algérienne", "jeune maghrébin", "elle est
 * malienne", "originaire du Sénégal") or something else ("cuisine marocaine", "parle arabe",
 * "5 ans d'expérience au Maroc", "travail au noir", "métier d'origine").
 */
import { defineRule, removalFix, type RuleContext } from '../lib/lint/rule.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Confidence } from '../lib/lint/types.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import { jobFrameBefore, negatedBefore, personLinked } from '../lib/lint/context.ts';
import { clauseRemovalFix, Kind, tt, around, isNumberToken, negatedGoverned, sentenceHas } from '../lib/lint/special-categories.ts';
import { COUNTRY_NAMES, LANGUAGE_FORMS, ORIGINE_LEXICON } from './lexicons/origine.ts';
import { wordSet as set } from '../lib/lint/token-set.ts';


/** Nouns for people: an adjective of origin right after them qualifies a person ("jeune malien"). */
/** Things a "franco-" compound qualifies, no person's nationality: "module franco-allemand", "crèche franco-allemande", "frontière franco-suisse". */
const FRANCO_THINGS = set(`module modules cours droit compare comparee creche creches lycee lycees ecole ecoles college colleges classe classes section sections
filiere cursus programme programmes partenariat partenariats cooperation relations relation frontiere frontieres brigade chambre entreprise
entreprises societe universite master diplome jumelage accord accords traite festival association institut centre fondation office
projet projets equipe reseau banque chaine journal magazine gare ligne tunnel zone region bassin agglomeration marche salon forum
sommet conference colloque sejour echange echanges stage stages bilingue binationale transfrontalier transfrontaliere film serie cuisine
restaurant boulangerie commerce industrie amitie`);
const PERSON_NOUNS = set(`homme hommes femme femmes jeune jeunes garcon garcons fille filles adherent adherente adherents
adherentes beneficiaire beneficiaires candidat candidate candidats candidates personne personnes individu monsieur madame
dame demoiselle famille familles couple parents pere mere mari epouse conjoint conjointe compagnon compagne fils frere
soeur enfant enfants ado ados adolescent adolescente adolescents ressortissant ressortissante ressortissants
ressortissantes refugie refugiee refugies refugiees migrant migrante migrants exile exilee exiles etudiant etudiante
etudiants etudiantes travailleur travailleuse travailleurs salarie salariee salaries collegue collegues voisin voisine
ami amie amis interesse interessee accompagne accompagnee stagiaire apprenti apprentie mineur mineure gens population
immigre immigree immigres demandeur demandeuse beau-pere belle-mere grand-pere grand-mere oncle tante cousin cousine
colocataire colocataires coloc colocs locataire locataires sous-locataire concubin concubine epoux copain copine fiance fiancee
beau-frere belle-soeur neveu niece gendre bru belle-fille beau-fils petit-fils petite-fille logeur logeuse hebergeur hebergeuse
freres soeurs peres meres maris epouses cousins cousines oncles tantes neveux nieces voisins voisines amies grands-parents
petits-enfants beaux-parents jumeaux jumelles jumeau jumelle`);

/** Participles of being housed: the shelter after them is the person's lodging, not a workplace. */
const HOUSED = set('heberge hebergee heberges hebergees loge logee loges logees mise mis orientee oriente place placee places placees');
/** Verbs and nouns of work that keep a shelter a workplace: "hébergée chez sa sœur, elle travaille au centre auprès de jeunes…". */
const WORK_VERBS = set(`travaille travaillait travailler travaillent employe employee benevole benevoles intervient intervenait anime animait
accompagne accompagnait encadre encadrait aupres mediateur mediatrice educateur educatrice animateur animatrice agent agente stage`);
/** Nouns after which the adjective is the origin itself; the finding starts at the noun. */
const HEAD_NOUNS = set('communaute communautes type accent race physique traits diaspora minorite peuple ethnie ascendance consonance consonances');
/** Heads that make an overseas demonym a community of origin: "communauté wallisienne", "diaspora comorienne". */
const COMMUNITY_HEADS = set('communaute communautes diaspora diasporas minorite minorites peuple peuples ethnie ethnies');
/** Names whose sound is said to tell an origin: "nom à consonance maghrébine". */
const NAME_NOUNS = set('nom noms prenom prenoms patronyme patronymes');
/** Procedures named after naturalisation: "dossier de naturalisation" gives no nationality. */
const PROCEDURE = set(`dossier dossiers demande demandes procedure procedures formulaire formulaires piece pieces demarche demarches service
bureau guichet entretien entretiens decret ceremonie recepisse instruction conditions condition`);
/** Things that may be abroad without saying where the family comes from: "compte de sa mère au Luxembourg". */
const THINGS = set(`compte comptes iban rib banque virement virements bien biens maison appartement terrain contrat contrats assurance carte
adresse numero telephone mutuelle entreprise societe pension retraite`);
/** Body and face nouns before "typé": "physique typé", "visage typé". */
const BODY = set('physique visage faciès facies traits allure apparence look tete');
const DEGREE = set('trop tres assez plutot peu si tellement vraiment fort');
/** Words before "typé" that make it a professional profile or a product: "profil très typé grande distribution". */
const PROFILE = set(`profil profils cv parcours poste postes experience experiences vin vins style produit produits secteur metier formation
carriere competences candidature offre marque cuisine accent gout saveur caractere`);
/** Head of a relative clause naming a country in apposition: "le pays qu'il a quitté, l'Érythrée". */
const PLACE_HEADS = set('pays ville region terre ile');
const LEAVE_VERBS = set(`quitte quittee quittes fui fuie fuis ne nee nes grandi venu venue arrive arrivee originaire natal natale
exile exilee expulse expulsee chasse chassee parti partie`);

const COPULA = set('est etait sont etaient suis es fut devenu devenue devenus naturalise naturalisee naturalises naturalisees dit declare declaree revendique sent');
/** Saying verbs before the infinitive "être" that give the person's own words: "elle dit être malienne". */
const SAY_ETRE = set('dit disait declare declarait affirme affirmait pense pensait croit croyait assure assurait');
/** "se décrit comme noire", "se présente comme algérien" */
const AS_VERBS = set('decrit definit presente considere revendique percoit voit');
/** Adverbs between the verb and "comme": "se présente d'abord comme", "se définit avant tout comme". */
const AS_ADVERBS = set("d' abord avant tout volontiers toujours souvent surtout spontanement fierement emblee parfois aussi plutot");
/** Pronouns of an emphatic apposition before "-même": "le tuteur, lui-même bamiléké, …". */
const EMPHATIC = set('lui elle eux elles');
const COPULA_SKIP = set("aussi egalement bien lui-meme lui elle-meme meme plutot d'ailleurs ailleurs originellement de naissance");
const SUBJECTS = set("il elle ils elles je j' qui lui-meme elle-meme ele");

/** After a language name, words that make it a language ("anglais courant", "arabe niveau B2"). */
const LANGUAGE_NEXT = set(`niveau courant couramment lu ecrit ecrits parle oral orale natif native maternelle maternel
b1 b2 c1 c2 a1 a2 notions bilingue scolaire technique intermediaire debutant confirme langue lv1 lv2 toeic
litteraire dialectal`);
const LANGUAGE_PREV = set('parle parler parlant maitrise maitriser comprend lit ecrit apprend apprendre cours langue langues en');

/** Heads before a country: "originaire du Mali", "venue de Syrie", "née au Maroc". */
const FROM_HEADS = set(`originaire originaires venu venue venus venues arrive arrivee arrives arrivees emigre emigree emigres
exile exilee exiles ressortissant ressortissante ressortissants refugie refugiee refugies vient viennent venant venait
issu issue issus issues expulse expulsee rapatrie rapatriee`);
/** Relatives whose country of residence tells the person's origin ("sa famille au Mali"). */
const FAMILY = set('famille familles parents proches pere mere freres soeurs grands-parents grand-mere grand-pere oncles tantes cousins racines');
/** Verbs of visiting relatives after a country ("en Algérie voir sa famille"). */
const VISIT = set('voir rejoindre retrouver rendre visiter');
/** Job nouns after which a nationality adjective describes the worker: "un cuisinier tunisien", "un chauffeur turc". */
const WORKER_NOUNS = set(`cuisinier cuisiniere ouvrier ouvriere ouvriers ouvrieres macon macons chauffeur chauffeurs livreur livreuse livreurs
serveur serveuse vendeur vendeuse boulanger boulangere boucher bouchere plombier electricien menuisier peintre carreleur couvreur soudeur
mecanicien manoeuvre manutentionnaire magasinier cariste agriculteur agricultrice maraicher berger eleveur saisonnier saisonniere saisonniers
saisonnieres interimaire interimaires employe employee employes medecin medecins infirmier infirmiere ingenieur ingenieure informaticien
developpeur technicien technicienne commercial commerciale agent agente aide-soignant aide-soignante auxiliaire nounou baby-sitter
jardinier jardiniere gardien gardienne vigile plongeur plongeuse commis docker routier routiers artisan artisane commercant commercante
coiffeur coiffeuse estheticienne couturier couturiere tailleur footballeur joueur joueuse sportif sportive musicien musicienne artiste
cueilleur cueilleuse cueilleurs cueilleuses vendangeur vendangeuse vendangeurs vendangeuses ramasseur ramasseuse tailleuse ouvriers
legionnaire legionnaires militaire militaires soldat soldats marin marins pecheur pecheuse pecheurs matelot docteur chirurgien
chirurgienne pharmacien pharmacienne avocat avocate professeur professeure enseignant enseignante instituteur institutrice
etudiant etudiante chercheur chercheuse journaliste ecrivain ecrivaine traducteur traductrice interprete boxeur boxeuse athlete
danseur danseuse chanteur chanteuse nourrice gouvernante menagere femme-de-menage aide-menagere employe-de-maison concierge
couvreurs macons bucheron bucheronne forestier forestiere palefrenier jockey cavalier cavaliere
charpentier ferrailleur coffreur grutier terrassier conducteur conductrice taxi chauffeuse routiere manutentionnaires preparateur
preparatrice agent-de-securite pompier infirmiers infirmieres medecins
banquier banquiere comptable comptables architecte architectes juge greffier greffiere fonctionnaire diplomate styliste photographe
entrepreneur entrepreneuse agronome veterinaire dentiste sage-femme kinesitherapeute psychologue biologiste chimiste physicien physicienne
economiste geologue topographe pilote steward hotesse electricienne plombiere soudeuse mineur mineurs pasteur imam pretre`);
/** Status words after a person noun, before the nationality: "demandeuse d'asile érythréenne", "réfugié politique afghan",
 *  "mineur non accompagné guinéen". */
const STATUS_TAIL = set(`asile politique politiques statutaire statutaires accompagne accompagnee accompagnes accompagnees papiers humanitaire
temporaire subsidiaire climatique economique economiques`);
/** Job-noun endings after "ancien / ex": "ancien banquier vénézuélien", "ancienne pharmacienne syrienne" (not "ancien régime syrien"). */
const JOB_ENDING = /(?:ier|iere|eur|euse|trice|iste|ien|ienne|aire|cien|ant|ante|logue|graphe)$/;
/** Firms named like a trade: "ancien constructeur allemand", "ancien fournisseur chinois". */
const FIRM_NOUNS = set(`constructeur constructeurs fournisseur fournisseurs equipementier distributeur distributeurs assureur transporteur operateur importateur
exportateur fabricant sous-traitant prestataire editeur concurrent partenaire client employeur actionnaire proprietaire leader geant gestionnaire`);
/** Words of a row about a stay abroad for work, not about where the person comes from. */
const ROW_WORK = /mission|stage|detach|expatri|destination|poste|chantier|voyage|filiale|salon/;
/** Words that name a street or a place, after which a people's name is part of the name ("boulevard des Belges"). */
const STREET_WORDS = set('rue place impasse chemin allee avenue boulevard bd quai cour passage ruelle square pont porte cite residence');
/** First halves of a mixed nationality, before a hyphen: "guinéo-sénégalais", "italo-marocain", "syro-libanais". */
const COMPOUND_PREFIX = set(`italo hispano germano anglo belgo helveto russo sino nippo turco greco arabo afro indo luso guineo senegalo
algero tuniso maroco marocco congolo ivoiro camerouno malo syro libano irano israelo palestino americano canado mexicano haitiano
polono roumano serbo croato bosno albano armeno georgiano ukraino beninoi togolo ghaneo nigerio`);
/** Verbs of a look before a degree word and an origin: "il fait trop Arabe", "elle faisait très africaine". */
const LOOK_VERBS = set('fait faisait font faisaient ferait');
/** Words before "carte" that make it an identity card: "identité carte roumaine", "pièce : carte bulgare". */
const ID_BEFORE = set("identite piece id :");
/** Labels of a national number after "carte <nationalité>": "carte roumaine CNP …", "carte bulgare n° …", "carte polonaise PESEL". */
const ID_NUMBER_NEXT = set('cnp egn pesel n° no numero nr oib jmbg emso');
/** Adjectives of a relative's side or tie: "grands-parents maternels", "père biologique". */
const KIN_SIDE = set(`maternel maternelle maternels maternelles paternel paternelle paternels paternelles biologique biologiques
adoptif adoptive adoptifs adoptives`);
/** Words right before a nationality naming an identity document: "CNIE marocaine", "Cartão de Cidadão portugais". */
const ID_WORDS = set('identification identite numero carte n° no registre');
/** Modifiers between a worker noun and the nationality: "travailleur saisonnier tunisien", "ouvrier agricole marocain". */
const WORKER_MODIFIERS = set(`saisonnier saisonniere saisonniers saisonnieres agricole agricoles detache detachee detaches qualifie qualifiee
interimaire interimaires immigre immigree immigres sans-papiers clandestin clandestine frontalier frontaliere`);
/** Jobs whose nationality adjective may be a language: "interprète arabe", "professeur russe", "traducteur chinois". */
const LANGUAGE_JOBS = set(`interprete interpretes traducteur traductrice traducteurs professeur professeure prof enseignant enseignante formateur
formatrice correcteur correctrice redacteur redactrice`);
/** Cooks, whose nationality adjective may be the cuisine in a sentence about a restaurant. */
const COOKS = set('cuisinier cuisiniere commis plongeur plongeuse boulanger boulangere boucher bouchere serveur serveuse');
/** Cooks whose adjective names the cuisine they make, not where they come from: "chef italien", "pâtissière orientale". */
const STYLE_COOKS = set('chef cheffe chefs cheffes patissier patissiere patissiers patissieres traiteur traiteurs');
const CUISINE = set('restaurant restaurants cuisine cuisines specialites specialite gastronomie gastronomique traiteur plats plat sushis pizzeria brasserie');
/** Words of an asylum story: a foreign country named in it is the one the person fled. */
const ASYLUM_STORY = set(`asile ofpra cnda refugie refugiee refugies refugiees subsidiaire persecute persecutee persecutes persecutees persecution
persecutions exil deboute deboutee apatride apatrides`);
/** Words before « en / au » that make the country the one of asylum or of transit: "réfugié en Allemagne", "passé par la Libye". */
const TRANSIT = set(`refugie refugiee refugies refugiees exile exilee asile protection transit passe passee par via traverse traversee venir venu venue
arrive arrivee installe installee reste restee bloque bloquee sejourne sejournait accueilli accueillie reinstalle reinstallee vit vivait travaille
travaillait depose deposee enregistre enregistree`);
/** Words of a contact given for a relative abroad: "sa mère au Maroc, à contacter en cas d'urgence". */
const CONTACT = set('contacter contact joindre urgence urgences prevenir telephone tel numero');
/** "poste de | cuisinier italien": a position named, not a worker. */
const OF = set("de d' du des");
/** Words that make the stay abroad a job or a trip, not where the family lives. */
const WORK_ABROAD = set('travaille travaillait travaille mission stage poste emploi vacances voyage');
/** Studies abroad: "diplômé à Tbilissi", "a fait ses études en Ukraine" (where, not where from). */
const STUDIED = set('diplome diplomee diplomes diplomees etudie etudiee etudiait etudes etudiant etudiante forme formee master licence doctorat');
/** Heads of a region or a town of origin: "originaire de la région de Van", "originaire du village de Hnathalo". */
const ORIGIN_AREAS = set('region province ville village district departement vallee montagnes ile');
/** Things that come from a town, not people: "le fromage originaire de Parme, en Italie", "une entreprise originaire de Séoul". */
const ORIGIN_THINGS = set(`produit produits fromage fromages vin vins cafe the epice epices recette recettes plat plats fruit fruits legume legumes
huile huiles tissu tissus marque marques entreprise entreprises societe societes groupe enseigne start-up startup firme multinationale
plante plantes race races cepage variete varietes modele modeles technique tradition danse musique specialite specialites`);
/** Firms named with their trade before their origin: "entreprise de BTP d'origine portugaise". */
const ORIGIN_FIRMS = set('entreprise entreprises societe societes firme firmes enseigne enseignes marque marques multinationale start-up startup');
const BORN = set('ne nee nes nees grandi enfance scolarise scolarisee');
/** Businesses and places named after a community: "restaurant Le Malbar", "snack La Créole". */
const VENUES = set(`restaurant restaurants snack snacks bar bars hotel boutique magasin epicerie salon club association residence
quartier cite rue avenue chemin boulangerie patisserie cafe brasserie traiteur camion supermarche marche discotheque enseigne societe`);
/** Words that make "profil européen" a mobility or a format: "Europass", "Erasmus", "mobilité". */
const EU_PROFILE = set(`europass erasmus mobilite international internationale cv format langues langue anglais bilingue trilingue
projet projets fonds feder fse financement`);
/** A birth date between « né » and the place: "né le 3 mai 1990 à", "née le 31.07.94 à", "née en 1988 à". */
const MONTHS = set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fev sept oct nov dec');
const DATE_GLUE = set("le en . / - 1er er ,");
const LEFT = set('fui quitte quittee');
/** Negation words before a refused group: "pas de Noirs", "plus d'Arabes". */
const REFUSAL_HEADS = set('pas plus jamais');
const AUXILIARIES = set("a avait ai as ont avaient eu ete etre n' ne");
/** Words between an arrival word and the country left: "arrivé en 2019 du Maroc", "venue seule en France depuis le Mali". */
const ARRIVAL_GAP = set(`en il y a ans an mois semaines depuis seul seule seuls seules mineur mineure enfant bebe avec sa son ses famille
parents mere pere enfants mari femme france metropole directement l'ete l'hiver l'an annee derniere dernier recemment tout toute petit petite`);
const PREP_FROM = set("de du des d'");
const PREP_IN = set("en au aux a");
/**
 * Dissent words: a country right after them is the one the person comes from ("opposant politique en
 * Biélorussie", "persécuté en Iran"); not "réfugié en Suisse", "exilé en Belgique" (where they went).
 */
const ASYLUM = set(`opposant opposante opposants opposantes dissident dissidente dissidents dissidentes persecute persecutee persecutes
persecutees emprisonne emprisonnee torture torturee menace menacee`);
/** Self-corrections between two origin words: "turc euh kurde plutôt", "algérien, enfin kabyle". */
const FILLERS = set("euh heu enfin plutot pardon non voire ou bien disons , plus precisement");
const ARTICLES = set("le la l' les");
const DETERMINERS = set("un une des les deux trois quatre ces plusieurs nombreux le la l' ce cette");
/** "le seul Noir de l'équipe", "seule Maghrébine du service": a capitalised noun of origin singled out in a group. */
const ONLY = set('seul seule seuls seules');
/** Parents through whom a nationality comes: "Bosnienne par son père", "marocain par sa mère". */
const PARENTAGE = set('pere mere parents grand-pere grand-mere grands-parents famille ascendance');
const POSSESSIVES = set('son sa ses leur leurs mon ma mes votre vos');
const ORIGIN_WORDS = set('origine origines');
const SOCIAL_ORIGIN = set(`sociale sociales modeste modestes familiale familiales rurale rurales ouvriere ouvrieres paysanne
paysannes professionnelle professionnelles bourgeoise bourgeoises geographique geographiques dans de du des d' remonte
remontent`);
const MUSIC = set('jazz swing guitare guitariste musique musicien musicienne festival');
const COMPANY_NEXT = set("des de du d'");

/** Identity documents: an adjective of nationality right after them is the person's ("passeport moldave"). */
/** (Not the Spanish NIE, "número de identidad de extranjero": a foreigner's number, no nationality.) */
const DOCUMENTS = set(`passeport passeports sejour identite consulaire ciudadania cedula dni tazkira tazkera electeur naissance cnie cni cin nic
cidadao cidadania ciudadano cittadino tessera ausweis personalausweis pasaporte passaporto passaport paszport pasaport kimlik`);
/** A look an origin noun may qualify: "une tête d'Arabe", "un physique d'Africain". */
const LOOK_NOUNS = set('tete tetes gueule physique allure degaine look visage');
/** Determiners of the person's own licence: "son permis marocain", "un permis philippin". */
const OWN_LICENCE = set('son sa ses un leur');
const LICENCE_HOLDERS = set('titulaires detenteurs detentrices porteurs conducteurs personnes');
/** Participles after a sentence-initial nationality noun: "Moldave arrivé en 2015", "Albanaise installée à Dole". */
const ARRIVAL = set(`arrive arrivee arrives arrivees installe installee installes installees venu venue venus venues ne nee nes nees
refugie refugiee refugies refugiees exile exilee exiles present presente presents residant residante vivant naturalise naturalisee
titulaire originaire issu issue deboute deboutee deboutes deboutees regularise regularisee regularises expulse expulsee expulses
sans-papiers clandestin clandestine clandestins`);

/** Cosmetics and care: "produits pour peau noire", "soins de la peau mate". */
const SKIN_CARE = set('produit produits soin soins creme cremes cosmetique cosmetiques maquillage gamme gammes fond teint peaux dermatologie');
/** Apposition openers describing a person's past: "Camerounais, ancien greffier…", "Syrienne, ex-enseignante…". */
const FORMER = set('ancien ancienne anciens anciennes ex diplome diplomee diplomes titulaire');
/** A residence or protection status after a sentence-initial nationality noun ("Ukrainienne sous protection temporaire, elle…",
 *  "Afghan demandeur d'asile, il…"); a language never takes one. */
const STATUS_START = set(`sous beneficiaire beneficiaires demandeur demandeuse demandeurs demandeuses ressortissant ressortissante
ressortissants ressortissantes sans protege protegee deplace deplacee regularise regularisee apatride`);
/** Words opening a complement after a sentence-initial nationality noun, read when a comma and the subject follow
 *  ("Roumain en CDI jusqu'en mai, il…", "Malienne depuis toujours, elle…"); not after a language name ("Anglais en autonomie"). */
const STATUS_LOOSE = set('en depuis avec au');
/** A header cell naming the country of origin or the nationality: ";Pays;", "| Nationalité |", "Pays d'origine;". */
const TABLE_HEADER = /(?:^|[;|\t])\s*(?:pays(?: d'origine| de naissance)?|nationalite|origine|country|nationality)\s*(?:[;|\t]|->|$)/m;
/** Words that are no nationality after a form label: "Nationalité : à vérifier", "Nationalité : non renseignée". */
const NOT_A_NATIONALITY = set("a non n/a inconnue inconnu renseignee renseigne verifier voir en cours ue hors autre autres nc nr ? - neant aucune aucun x");
/** Civility words naming the person of a table row: "| M. Dobrescu | … | Roumain, … |". */
const ROW_PERSON = set('m mme monsieur madame mr mlle');
/** A table row about languages: "| M. Durand | Langues | Italien, niveau B1 |", "| Anglais | B2 |". */
const LANGUAGE_ROW = /\blangues?\b|\bniveau\b|\b[abc][12]\b|\bbilingue|\bcourant|\bnotions\b|\bmaternelle\b|\bparle|\btoeic\b|\bdelf\b|\bcecrl\b/;
/** Words right before "accent" when it is the person's: "un accent", "son fort accent", "un léger accent". */
const ACCENT_DETS = set('un son leur fort leger petit gros certain');
/** "mettre un accent sur", "met un fort accent": an emphasis, not a voice. */
const PUT_ACCENT = set('met mettre mis mise mettent mettait mettra mettons');
/** Words that may follow "a un fort accent" when no adjective says which one ("… et parle peu"). */
const ACCENT_NEXT_OK = set("et mais qui ce ou lors pendant depuis quand que qu' a en ainsi");

/**
 * Verbs that put a label on a person, with the word they need before the label ('' for none):
 * "on le dit marocain", "le traite de Turc", "le prend pour un Algérien", "la considère comme africaine".
 */
const LABEL_VERBS = new Map<string, string>([
  ...['dise', 'disent', 'dit', 'disait', 'disaient', 'dire', 'disant', 'croit', 'croient', 'croyait', 'croyaient', 'croire', 'croie',
    'pense', 'pensent', 'pensait', 'imagine', 'imaginent', 'imaginait', 'appelle', 'appellent', 'appelait', 'appelaient', 'appeler',
    'appele', 'appelee', 'appeles', 'appelees', 'surnomme', 'surnomment', 'surnommait', 'surnommaient', 'surnommer', 'surnommee', 'surnommes',
    'surnommees', 'surnommera', 'nomme', 'nomment', 'nommait', 'nommaient', 'voit', 'voient',
    'voyait', 'considere', 'considerent', 'considerait', 'considerer', 'consideree', 'consideres', 'classe', 'classent', 'percoit',
    'percoivent', 'percu', 'percue', 'vu', 'vue', 'catalogue', 'catalogues', 'cataloguee', 'etiquette', 'etiquettent', 'etiquetee',
    'prend', 'prennent', 'prenait', 'prenaient', 'prendre', 'pris', 'prise', 'passe', 'passer', 'passait', 'qualifie', 'qualifient',
    'qualifiait', 'qualifiee', 'traite', 'traitent', 'traitait', 'traitaient', 'traiter', 'traitee', 'traites', 'traitees', 'assimile',
    'assimilent', 'assimilee', 'range', 'rangent', 'rangee']
    .map((v) => [v, ''] as [string, string]),
]);
for (const v of ['prend', 'prennent', 'prenait', 'prenaient', 'prendre', 'pris', 'prise', 'passe', 'passer', 'passait']) LABEL_VERBS.set(v, 'pour');
for (const v of ['qualifie', 'qualifient', 'qualifiait', 'qualifiee', 'traite', 'traitent', 'traitait', 'traitaient', 'traiter', 'traitee', 'traites', 'traitees']) LABEL_VERBS.set(v, 'de');
for (const v of ['assimile', 'assimilent', 'assimilee', 'range', 'rangent', 'rangee']) LABEL_VERBS.set(v, 'parmi');
const LABEL_LINKS = set("comme de d' pour parmi");
const LABEL_DETS = set("le la l' les un une des");
/** Colour words that only name a mixed origin ("Métisse, elle…"): not "noir" or "blanc", also colours of things. */
const MIXED = set('metis metisse metisses metissee metissees mulatre mulatresse mulatres mulatresses basane basanee basanes basanees');
/** Birth participles and the words that open their date or place ("né le", "née en", "né à"). */
const BORN_WORDS = set('ne nee nes nees');
const BORN_LINK = set("le en a au aux dans l'");
/** What follows "sa couleur" when it is a thing's or a taste's colour: "sa couleur préférée", "sa couleur de cheveux". */
const COLOUR_NEXT_NOT = set(`de d' du des preferee favorite prefere preferees politique politiques naturelle d'origine fetiche
dominante vive vives claire foncee rouge verte bleue jaune rose orange violette grise blanche noire marron beige`);
/** Words of discrimination that make "sa couleur" the skin's by themselves: "discriminé pour sa couleur", "des remarques racistes sur sa couleur". */
const COLOUR_DISCRIMINATION = set(`discrimine discriminee discrimines discriminees discrimination discriminations discriminatoire raciste racistes racisme`);
/** Treatments of a person the colour is given as the cause of, after a clitic or an auxiliary: "qui l'a bloqué", "a été écartée". */
const COLOUR_TREATED = set(`bloque bloquee ecarte ecartee recale recalee rejete rejetee refuse refusee insulte insultee moque moquee vise visee
juge jugee traite traitee harcele harcelee controle controlee ecartent bloquent refusent jugent`);
const TREATED_LEADS = set("l' le la les lui m' me ete etre suis est etait");
const TREATED_AUX = set('a ont avait avaient aurait');
const PASSIVE_LEADS = set('ete etre suis est etait');
const PERSON_SUBJECTS = set('il elle ils elles');
/** Link words inside a compound place name: "Plaine-des-Cafres", "Bois-des-Chinois", "Camp-du-Malgache". */
const PLACE_LINKS = set("des du de d' aux la les");
/** Finite verbs right after "Métisse," when a note leaves the subject out ("métisse, a été victime…", "Zarab, vit à Saint-Denis"). */
const NOTE_VERBS = set('a est etait avait vit habite travaille parle arrive fait');
/** Possessives and kin nouns that open the clause after an apposition: "Zarab de Saint-Denis, son père tient…". */
const OWN_DETS = set('son sa ses');
const KIN = set('pere mere parents famille frere soeur freres soeurs grand-pere grand-mere grands-parents oncle tante');
/** Opening quotes between a calling verb and the nickname it gives. */
const OPEN_QUOTES = new Set(['«', '"', '“']);
/** Verbs after which the label may be a noun with its article: "l'appellent le Portugais". */
const CALLING = set(`appelle appellent appelait appelaient appeler appele appelee appeles appelees surnomme surnomment surnommait surnommaient
surnommer surnommee surnommes surnommees surnommera nomme nomment nommait nommaient`);
const OBJECT_CLITICS = set("le la l' les se s' me m' te t' lui");
/** Participles of a passive label: "a été traité de", "être considérée comme". */
const PASSIVE_LABEL = set('appele appelee appeles appelees surnommes surnommees traite traitee traites traitees qualifie qualifiee consideree considere consideres percu percue vu vue catalogue cataloguee etiquetee pris prise surnommee surnomme assimilee rangee');
const LABEL_AUX = set('ete etre est etait sont etaient fut souvent toujours parfois');
const LABEL_PERSON = set('on adherent adherente monsieur madame m mme');

type Span = [number, number];

/** Travel senses of a capitalised "Voyageur": a card, a service, a station. */
const TRAVEL_SENSE = set(`carte pass club espace service services sncf agence abonnement information informations gare gares train trains billet billets tgv ter
ouigo transilien avion vol vols croisiere hotel guide reservation reservations programme fidelite commerce representant vrp`);

export default defineRule({
  id: 'origine',
  meta: {
    description: 'Origine ethnique ou « raciale », couleur de peau, nationalité, pays d’origine ou communauté de la personne.',
    category: 'origine',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9', 'Code du travail L1132-1 (origine, nationalité)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    origine: 'Origine, nationalité ou couleur de peau (« {terme} ») : donnée sensible (RGPD art. 9), à retirer du compte rendu.',
    origineFaible: 'Mention possible de l’origine (« {terme} ») : vérifiez qu’elle est nécessaire à l’accompagnement.',
  },
  explanation:
    "L'origine ethnique réelle ou supposée est une donnée sensible (RGPD art. 9) et la nationalité un critère de discrimination " +
    "(Code du travail L1132-1). L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15) : la CNIL a sanctionné des mentions " +
    "comme « fort accent africain ». Décrivez ce qui sert le parcours — langues parlées, niveau de français, autorisation de travail " +
    "vérifiée, crainte de discrimination exprimée — jamais l'origine elle-même.",
  lexicon: ORIGINE_LEXICON,
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const reported: Span[] = [];
    const hitAt = new Map<number, Hit>();
    for (const h of ctx.hits) hitAt.set(h.from, h);

    const report = (a: number, b: number, confidence: Confidence = 'high') => {
      // "Jeune homme d'origine guinéenne, arrivé…" → "Jeune homme, arrivé…": the modifier alone goes
      const modifier = PERSON_NOUNS.has(t(a - 1, a)) && toks[a - 1].k === Kind.Word;
      // "n'a jamais été…", "n'est pas…": an absence; the range is consumed so its parts stay silent too
      // but not a refusal: "ne voulait « pas d'un Noir » en salle", "ne veut pas de Noirs" tells the origin held against someone
      if (negatedGoverned(doc, a) && !refusal(a)) { reported.push([a, b]); return; }
      if (reported.some(([x, y]) => a < y && x < b)) return;
      reported.push([a, b]);
      const [start, end] = doc.tokRange(a, b);
      ctx.report({
        start,
        end,
        messageId: confidence === 'low' ? 'origineFaible' : 'origine',
        data: { terme: ctx.text.slice(start, end) },
        confidence,
        fixes: [modifier ? removalFix(ctx.text, start, end, `Supprimer « ${ctx.text.slice(start, end)} »`) : clauseRemovalFix(doc, ctx.text, a, b)],
      });
    };
    const t = (i: number, ref: number) => tt(doc, i, ref);
    /**
     * The person noun is the person's fellow residents of a shelter, not a public served: "hébergée en centre d'urgence avec
     * d'autres femmes somaliennes", "logé au foyer avec des jeunes érythréens" (a housed participle before the shelter, no job verb).
     */
    const housedAmong = (p: number): boolean => {
      for (let k = p - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === toks[p].sn && toks[k].k !== Kind.Punct; k--, n++) {
        const w = toks[k].t;
        if (WORK_VERBS.has(w)) return false;
        if (HOUSED.has(w)) return true;
      }
      return false;
    };
    /** A capitalised origin noun after "pas d'un", "pas de", "plus d'" with a verb of wanting, not a copula ("n'est pas un Noir"). */
    const refusal = (a: number): boolean => {
      if (!doc.isCapitalized(a) || toks[a].first) return false;
      let k = a - 1;
      while (t(k, a) === '«' || t(k, a) === '"') k--;
      if (t(k, a) === 'un' || t(k, a) === 'une') k--;
      if (t(k, a) !== 'de' && t(k, a) !== "d'") return false;
      k--;
      while (t(k, a) === '«' || t(k, a) === '"') k--;
      if (!REFUSAL_HEADS.has(t(k, a))) return false;
      k--;
      while (OBJECT_CLITICS.has(t(k, a)) || t(k, a) === 'en' || t(k, a) === 'y' || t(k, a) === '«' || t(k, a) === '"') k--;
      const v = t(k, a);
      return !!v && toks[k].k === Kind.Word && !COPULA.has(v) && !AUXILIARIES.has(v);
    };
    const isAdjHit = (i: number) => {
      const h = hitAt.get(i);
      return !!h && (h.entry.tag === 'nationalite' || h.entry.tag === 'ethnie' || h.entry.tag === 'couleur' || h.entry.tag === 'communaute');
    };

    /** "né à | Turin", "née le 09/03/1991 à | Porto-Novo": the first token of a capitalised town after a birth word ending at `j`, or -1. */
    const bornTown = (j: number): number => {
      let s = j;
      let n = 0;
      while (s >= 0 && n < 4 && toks[s].k === Kind.Word && doc.isCapitalized(s) && toks[s].sn === toks[j].sn) { s--; n++; }
      if (n === 0 || t(s, j) !== 'a') return -1;
      if (BORN.has(t(s - 1, j))) return s + 1;
      for (let q = s - 1, m = 0; m < 8 && t(q, j); q--, m++) {
        const w = t(q, j);
        if (BORN.has(w)) return s + 1;
        if (!(isNumberToken(toks[q]) || MONTHS.has(w) || DATE_GLUE.has(w))) break;
      }
      return -1;
    };
    /** "originaire du Mali", "née en Algérie", "a fui la Syrie", "d'origine : Maroc" → start token, or -1. */
    const countryHead = (h: Hit): number => {
      let k = h.from - 1;
      if (ARTICLES.has(t(k, h.from)) && !PREP_FROM.has(t(k - 1, h.from)) && LEFT.has(t(k - 1, h.from))) return k - 1;
      if (ARTICLES.has(t(k, h.from)) && t(k, h.from) !== 'les') k--;
      const prep = t(k, h.from);
      const head = t(k - 1, h.from);
      if (PREP_FROM.has(prep) && FROM_HEADS.has(head)) return k - 1;
      // "réfugiée yézidie du Sinjar", "réfugié politique du Soudan", "arrivée seule de Syrie": one word between
      if (PREP_FROM.has(prep) && toks[k - 1]?.k === Kind.Word && FROM_HEADS.has(t(k - 2, h.from)) && !PREP_IN.has(head)) return k;
      // "arrivé en 2019 du Maroc", "venue il y a dix ans de Guinée", "arrivée seule en France depuis le Mali": a time,
      // a company or the country of arrival between the arrival word and the country left
      if (PREP_FROM.has(prep) || prep === 'depuis') {
        for (let j = k - 1, n = 0; n < 7 && t(j, h.from); j--, n++) {
          const w = t(j, h.from);
          if (FROM_HEADS.has(w)) return j;
          if (!(isNumberToken(toks[j]) || MONTHS.has(w) || ARRIVAL_GAP.has(w))) break;
        }
      }
      // "né au Maroc", also typed without accent ("ne au Maroc"): the particle « ne » never precedes « au / en » + a country
      if (PREP_IN.has(prep) && BORN.has(head)) return k - 1;
      // "née le 31.07.94 à Antananarivo", "né le 3 mai 1990 à Dakar", "née en 1988 à Tamatave": a date between
      if (PREP_IN.has(prep) && (isNumberToken(toks[k - 1]) || MONTHS.has(head))) {
        for (let j = k - 1, n = 0; n < 8 && t(j, h.from); j--, n++) {
          const w = t(j, h.from);
          if (BORN.has(w)) return h.from;
          if (!(isNumberToken(toks[j]) || MONTHS.has(w) || DATE_GLUE.has(w))) break;
        }
      }
      // "né à Turin (Italie)", "née le 3 mai 1990 à Oujda, au Maroc": the country after the birth town
      if (t(h.from - 1, h.from) === '(' || (PREP_IN.has(prep) && prep !== 'a' && t(k - 1, h.from) === ',')) {
        const town = bornTown(t(h.from - 1, h.from) === '(' ? h.from - 2 : k - 2);
        if (town >= 0) return town;
      }
      // "opposant politique en Biélorussie", "réfugiée politique au Soudan": persecuted where they come from
      if (PREP_IN.has(prep) && prep !== 'a') {
        for (let j = k - 1, n = 0; n < 3 && t(j, h.from); j--, n++) {
          if (ASYLUM.has(t(j, h.from))) return h.from;
          if (toks[j].k === Kind.Punct) break;
        }
      }
      // "voir sa famille au Maroc", "ses parents vivent en Algérie": relatives living abroad
      if (PREP_IN.has(prep)) {
        for (let j = k - 1, n = 0; n < 4 && t(j, h.from); j--, n++) {
          if (FAMILY.has(t(j, h.from)) && POSSESSIVES.has(t(j - 1, h.from))) {
            // "compte de sa mère au Luxembourg", "l'IBAN de son père en Belgique": a thing abroad, not the family's home
            const d = t(j - 2, h.from);
            if ((d === 'de' || d === "d'" || d === 'a') && THINGS.has(t(j - 3, h.from))) return -1;
            // "Sa mère au Maroc, à contacter en cas d'urgence : 00212…": a contact living abroad, not where the person comes from
            if (sentenceHas(doc, h.from, CONTACT)) return -1;
            // "Sa mère au Maroc : +212 6…", "Son frère en Guinée : 00224…": a contact line, the number after a colon
            if (t(h.to, h.from) === ':' && toks[h.to + 1] && (toks[h.to + 1].k === Kind.Number || /^[+(]/.test(doc.raw(h.to + 1)))) return -1;
            return j - 1;
          }
          if (toks[j].k === Kind.Punct || WORK_ABROAD.has(t(j, h.from))) break;
        }
      }
      // an asylum story: "opposant au régime au Soudan, d'où sa demande d'asile", "persécuté en Érythrée, réfugié depuis 2019";
      // not the country of asylum or of transit ("a demandé l'asile en Italie", "passé par la Libye", "réfugié en Allemagne")
      if (PREP_IN.has(prep) && sentenceHas(doc, h.from, ASYLUM_STORY)) {
        let transit = TRANSIT.has(head);
        // "mécanicien agricole au Darfour", "diplômé à Tbilissi": where the person worked or studied, not a country fled
        for (let j = k - 1, n = 0; n < 3 && t(j, h.from) && !transit; j--, n++) {
          const w = t(j, h.from);
          if (w === 'asile' || WORK_ABROAD.has(w) || WORKER_NOUNS.has(w) || STUDIED.has(w)) transit = true;
        }
        if (!transit) return h.from;
      }
      // "le pays qu'il a quitté en 2019, l'Érythrée", "la ville qu'elle a fuie, Alep": the country in apposition
      {
        let c = h.from - 1;
        if (ARTICLES.has(t(c, h.from))) c--;
        if (t(c, h.from) === ',' || t(c, h.from) === ':') {
          let leave = false;
          for (let j = c - 1, n = 0; n < 12 && t(j, h.from); j--, n++) {
            const w = t(j, h.from);
            if (LEAVE_VERBS.has(w)) leave = true;
            if (PLACE_HEADS.has(w) && set("qu' que ou dont natal natale d'").has(t(j + 1, h.from))) {
              if (leave || t(j + 1, h.from).startsWith('natal')) return ARTICLES.has(t(h.from - 1, h.from)) ? h.from - 1 : h.from;
              break;
            }
          }
        }
      }
      // "origine : Maroc", "pays d'origine (Syrie)", "nationalité : Algérie", "d'origine Sénégal"
      let j = h.from - 1;
      while (t(j, h.from) === ':' || t(j, h.from) === '(' || t(j, h.from) === ',') j--;
      const w = t(j, h.from);
      if (w === 'origine' || w === 'nationalite') return originStart(j, h.from);
      return -1;
    };
    /** A country alone in a cell (";" or "|" around it) under a header "Pays", "Nationalité", "Origine" on its line or the line before. */
    const tableCountry = (h: Hit): boolean => {
      const b = t(h.from - 1, h.from);
      if (b !== ';' && b !== '|') return false;
      const a = toks[h.to];
      if (a && a.sn === toks[h.from].sn && a.k !== Kind.Punct) return false;
      const o = toks[h.from].s;
      const ls = doc.norm.lastIndexOf('\n', o) + 1;
      const prev = ls > 0 ? doc.norm.lastIndexOf('\n', ls - 2) + 1 : ls;
      if (!TABLE_HEADER.test(doc.norm.slice(prev, o))) return false;
      const le = doc.norm.indexOf('\n', o);
      return !ROW_WORK.test(doc.norm.slice(prev, le < 0 ? doc.norm.length : le));
    };
    /** "en Algérie voir sa famille": end of the relatives named right after the country, or -1. */
    const familyAfter = (h: Hit): number => {
      if (!PREP_IN.has(t(h.from - 1, h.from))) return -1;
      let k = h.to;
      if (!VISIT.has(t(k, h.from))) return -1;
      for (let n = 0; n < 3 && t(k + 1, h.from); n++) {
        k++;
        if (FAMILY.has(t(k, h.from)) && POSSESSIVES.has(t(k - 1, h.from))) return k + 1;
        if (!set("voir rendre visite a au aux sa son ses").has(t(k, h.from))) return -1;
      }
      return -1;
    };

    /** Start of "d'origine", "pays d'origine", "ses origines", "nationalité" ending at token j. */
    const originStart = (j: number, ref: number): number => {
      if (t(j, ref) === 'nationalite') return j;
      const q = t(j - 1, ref);
      if (q === "d'" || q === 'de') return t(j - 2, ref) === 'pays' ? j - 2 : j - 1;
      if (POSSESSIVES.has(q)) return j - 1;
      return j;
    };

    /** Is the copula at k preceded by a person subject ("il est", "l'adhérent est", "M. Diallo est")? */
    const personSubject = (k: number, ref: number): boolean => {
      let s = k - 1;
      while (t(s, ref) === 'ne' || t(s, ref) === "n'" || t(s, ref) === 'se' || t(s, ref) === "s'") s--;
      // "M. K., né le 6 août 1986, est albanais": an incise between commas separates subject and copula
      if (t(s, ref) === ',') {
        let c = s - 1;
        for (let n = 0; n < 12 && c > 0 && t(c, ref) && t(c, ref) !== ','; n++) c--;
        if (t(c, ref) !== ',') return false;
        s = c - 1;
        // an initial: "M. K.,"
        if (t(s, ref) === '.' && toks[s - 1]?.k === Kind.Word && toks[s - 1].e - toks[s - 1].s === 1 && doc.isCapitalized(s - 1)) return true;
      }
      const w = t(s, ref);
      if (!w) return false;
      if (SUBJECTS.has(w) || PERSON_NOUNS.has(w)) return true;
      // "ses grands-parents maternels étaient laotiens", "son père biologique est malien"
      if (KIN_SIDE.has(w) && PERSON_NOUNS.has(t(s - 1, ref))) return true;
      const tk = toks[s];
      if (tk.k === Kind.Word && doc.isCapitalized(s)) {
        const before = t(s - 1, ref);
        if (before === '.' || before === 'm' || before === 'mme' || before === 'monsieur' || before === 'madame' || !before) return true;
        if (doc.isCapitalized(s - 1)) return true; // "Karim Benali est…"
      }
      return false;
    };

    /**
     * Is the word after token p a label given to a person by a verb of saying, calling or taking
     * for? "qu'on le dise marocain", "le traite de Turc", "l'appellent le Portugais", "le prend pour un
     * Algérien", "la considère comme africaine", "se fait passer pour syrien", "a été traité de Chinois".
     * The verb needs an object clitic (or a passive auxiliary), so "le plat dit marocain" is not a label.
     */
    const labelled = (p: number, i: number): boolean => {
      let c = p;
      // an insult word before the label: "traité de sale Arabe", "l'appellent le petit Portugais"
      if (t(c, i) === 'sale' || t(c, i) === 'sales' || t(c, i) === 'petit' || t(c, i) === 'petite') c--;
      // the article or determiner of a noun label: "l'appellent le Portugais", "le prend pour un Turc"
      const det = LABEL_DETS.has(t(c, i));
      if (det) c--;
      // the label in quotes: "l'appelait « le Black »", "le traitait de « Chinois »"
      while (OPEN_QUOTES.has(t(c, i))) c--;
      const link = LABEL_LINKS.has(t(c, i)) ? t(c, i) : '';
      if (link) c--;
      const v = t(c, i);
      const need = LABEL_VERBS.get(v);
      if (need === undefined) return false;
      if (need ? need !== (link === "d'" ? 'de' : link) : link !== '' && link !== 'comme') return false;
      // the article of a noun label only after a link word or a calling verb
      if (det && !link && !CALLING.has(v)) return false;
      const before = t(c - 1, i);
      if (OBJECT_CLITICS.has(before)) return true;
      // "on m'a traité de sale Roumain", "l'ont prise pour une Rom": the auxiliary between the clitic and the participle
      if ((before === 'a' || before === 'ont' || before === 'avait' || before === 'avaient' || before === 'ai') && OBJECT_CLITICS.has(t(c - 2, i))) return true;
      // "se fait passer pour", "se faire traiter de"
      if ((before === 'fait' || before === 'faire' || before === 'faisait') && OBJECT_CLITICS.has(t(c - 2, i))) return true;
      // "il passe pour un Turc"
      if (need === 'pour' && v.startsWith('pass') && SUBJECTS.has(before)) return true;
      // passive: "a été traité de", "être considérée comme"
      if (PASSIVE_LABEL.has(v) && LABEL_AUX.has(before)) return personInClause(c);
      return false;
    };
    /** A person named in the sentence before token c: "il", "elle", "l'adhérent", "monsieur". */
    const personInClause = (c: number): boolean => {
      for (let k = c - 1; k >= 0 && toks[k].sn === toks[c].sn; k--) if (SUBJECTS.has(toks[k].t) || LABEL_PERSON.has(toks[k].t) || PERSON_NOUNS.has(toks[k].t)) return true;
      return false;
    };

    /** "sa couleur" at [a, b) given as the cause of the person's treatment (up to 10 tokens around, same sentence). */
    const colourTreatment = (a: number, b: number): boolean => {
      if (around(doc, a, b, COLOUR_DISCRIMINATION, 10)) return true;
      const sn = toks[a].sn;
      for (let k = Math.max(0, a - 10); k < Math.min(toks.length, b + 10); k++) {
        if (toks[k].sn !== sn || !COLOUR_TREATED.has(toks[k].t)) continue;
        const p = t(k - 1, a);
        const lead = TREATED_LEADS.has(p) ? p : TREATED_AUX.has(p) ? t(k - 2, a) : '';
        if (!TREATED_LEADS.has(lead)) continue;
        // a clitic object is a person; a passive needs "il"/"elle" as its subject ("le tissu a été refusé" is a thing)
        if (!PASSIVE_LEADS.has(lead)) return true;
        for (let q = k - 2; q >= Math.max(0, k - 8) && toks[q].sn === sn; q--) if (PERSON_SUBJECTS.has(toks[q].t)) return true;
      }
      return false;
    };
    const next0 = (h: Hit) => t(h.to, h.from);
    /** The normalised line around offset o. */
    const lineAround = (o: number): string => doc.norm.slice(doc.norm.lastIndexOf('\n', o) + 1, (doc.norm.indexOf('\n', o) + 1 || doc.norm.length + 1) - 1);
    /** A civility and a capitalised name earlier on the same table row as the '|' at p (at most 16 tokens back, no line break). */
    const rowPerson = (p: number): boolean => {
      for (let k = p - 1; k >= 0 && k > p - 16; k--) {
        if (doc.norm.slice(toks[k].e, toks[k + 1].s).includes('\n')) return false;
        if (ROW_PERSON.has(toks[k].t) && toks[k + 1]?.k === Kind.Punct && toks[k + 2] && doc.isCapitalized(k + 2)) return true;
        if (ROW_PERSON.has(toks[k].t) && toks[k + 1]?.k === Kind.Word && doc.isCapitalized(k + 1)) return true;
      }
      return false;
    };
    /** "né le 14/02/1984", "née en 1990", "né à Taëz" ending at token q: a birth word at most 6 tokens back, no comma between. */
    const bornBefore = (q: number, ref: number): boolean => {
      for (let k = q; k > q - 7 && k > 0 && toks[k].sn === toks[ref].sn; k--) {
        const w = t(k, ref);
        if (w === ',' || w === ';') return false;
        if (BORN_WORDS.has(w) && BORN_LINK.has(t(k + 1, ref)) && k < q) return isNumberToken(toks[q]) || doc.isCapitalized(q);
      }
      return false;
    };
    /** Decide an adjective hit (nationality, ethnic, colour, community): [start token, confidence] or null. */
    const adjective = (h: Hit): [number, number, Confidence] | null => {
      const i = h.from;
      const form = words(h);
      const tag = h.entry.tag;
      // "arménien apostolique": the Armenian Apostolic Church, a religion (the religion rule names it)
      if (t(h.to, i).startsWith('apostolique')) return null;
      // a place name built on a people's name: "la Plaine-des-Cafres", "le Bois-des-Chinois", "rue-des-Juifs"
      if (toks[i].hyphen && toks[i - 1]?.hyphen && PLACE_LINKS.has(t(i - 1, i))) return null;
      let p = i - 1;
      // "orthodoxe éthiopienne", "orthodoxes russes": the adjective names the Church, a religion (the religion rule names it)
      if (t(p, i) === 'orthodoxe' || t(p, i) === 'orthodoxes') return null;
      // "bouddhiste tibétaine", "le bouddhisme tibétain": a school of Buddhism (the religion rule names it)
      if (t(p, i).startsWith('bouddh') && form.startsWith('tibetain')) return null;
      while (t(p, i) === '«' || t(p, i) === '"') p--; // se présente comme « Kabyle »
      // "Nationalité : turque", "Origine : marocaine"
      if (t(p, i) === ':' && (t(p - 1, i) === 'nationalite' || ORIGIN_WORDS.has(t(p - 1, i)))) return [originStart(p - 1, i), h.to, 'high'];
      const pw = t(p, i);
      if (ORIGIN_WORDS.has(pw)) {
        // a thing or a firm of that origin: "une marque d'origine coréenne", "une entreprise de BTP d'origine portugaise"
        const q = t(p - 1, i) === "d'" || t(p - 1, i) === 'de' ? p - 2 : -1;
        if (q >= 0 && pw === 'origine' && (ORIGIN_THINGS.has(t(q, i))
          || ((t(q - 1, i) === 'de' || t(q - 1, i) === "d'") && ORIGIN_FIRMS.has(t(q - 2, i)) && !PERSON_NOUNS.has(t(q, i))))) return null;
        return [originStart(p, i), h.to, 'high'];
      }
      if (pw === 'nationalite' || pw === 'nationalites') return [p, h.to, 'high'];
      // "voulait un profil européen", "cherche des profils africains": an origin asked of a candidate; not "CV au format
      // européen", "profil européen (Europass, mobilité)"
      if ((pw === 'profil' || pw === 'profils') && (tag === 'ethnie' || tag === 'couleur') && !around(doc, i, h.to, EU_PROFILE, 10)) return [i, h.to, 'high'];
      // a table: "Nationalité | Géorgienne |", "Pays d'origine | Érythrée"
      if (pw === '|' && (t(p - 1, i) === 'nationalite' || ORIGIN_WORDS.has(t(p - 1, i)))) return [i, h.to, 'high'];
      // a table row about a person: "| M. Dobrescu | DE cat. 1 | Roumain, CACES en cours |" (the cell opens on the
      // capitalised nationality, a comma or the cell's end follows; not a list of languages "| Roumain, anglais |")
      if (pw === '|' && tag === 'nationalite' && doc.isCapitalized(i) && (next0(h) === ',' || next0(h) === '|') && !isAdjHit(h.to + 1) && rowPerson(p)
        && !LANGUAGE_ROW.test(lineAround(toks[i].s))) return [i, h.to, 'high'];
      // "demande d'asile en tant que Soudanais", "reconnue en tant que Syrienne"
      if (pw === 'que' && t(p - 1, i) === 'tant' && t(p - 2, i) === 'en' && tag !== 'couleur' && !LANGUAGE_NEXT.has(t(h.to, i))) return [i, h.to, 'high'];
      // "Passeport moldave n° …", "carte de séjour algérienne", "carte d'identité albanaise"
      if (DOCUMENTS.has(pw) && tag === 'nationalite' && !LANGUAGE_NEXT.has(t(h.to, i))) return [i, h.to, 'high'];
      // "identité : carte roumaine CNP …", "carte bulgare n° …": a card given as the identity document, its number after it
      if ((pw === 'carte' || pw === 'cartes') && tag === 'nationalite'
        && (ID_BEFORE.has(t(p - 1, i)) || ID_NUMBER_NEXT.has(t(h.to, i)) || (toks[h.to] && toks[h.to].k === Kind.Number))) return [i, h.to, 'high'];
      // "Permis de conduire philippin n° …", "son permis marocain": a licence issued abroad (a French one, the target of an exchange, is no origin)
      // (the person's: "son permis", "un permis", or a note's line that opens on it; not "le permis belge est reconnu en France")
      if ((pw === 'permis' || (pw === 'conduire' && t(p - 1, i) === 'de' && t(p - 2, i) === 'permis')) && tag === 'nationalite' && !form.startsWith('francais')) {
        const lic = pw === 'permis' ? p : p - 2;
        const holders = OF.has(t(lic - 2, i)) && LICENCE_HOLDERS.has(t(lic - 3, i)); // "les titulaires d'un permis tunisien": a rule
        if ((toks[lic].first || OWN_LICENCE.has(t(lic - 1, i))) && !holders) return [i, h.to, 'high'];
      }
      // "Numéro d'identification national algérien", "carte d'identité nationale marocaine"
      if ((pw === 'national' || pw === 'nationale') && tag === 'nationalite') {
        // (not "registre national belge": the Belgian register numbers foreign residents too)
        for (let k = p - 1; k >= p - 4 && k >= 0; k--) if (ID_WORDS.has(t(k, i))) return t(p - 1, i) === 'registre' ? null : [i, h.to, 'high'];
      }
      // a look given an origin: "une tête d'Arabe", "un physique d'Africain", "une gueule de Maghrébin" (a capitalised noun: a person);
      // not "la tête de Turc de l'équipe" (a scapegoat)
      if (OF.has(pw) && LOOK_NOUNS.has(t(p - 1, i)) && doc.isCapitalized(i) && !form.startsWith('turc')) return [p - 1, h.to, 'high'];
      // a look held against the person: "il « fait trop Arabe » pour l'accueil", "elle fait très africaine" (not "le costume fait très anglais")
      if (DEGREE.has(pw) && (tag === 'nationalite' || tag === 'ethnie' || tag === 'couleur')) {
        let v = p - 1;
        while (t(v, i) === '«' || t(v, i) === '"') v--;
        let sj = v - 1;
        while (t(sj, i) === '«' || t(sj, i) === '"') sj--;
        if (LOOK_VERBS.has(t(v, i)) && SUBJECTS.has(t(sj, i))) return [v, h.to, 'high'];
      }
      // an insult: "traité de sale Roumain", "les sales Arabes", "espèce de sale Noir"
      if ((pw === 'sale' || pw === 'sales') && (doc.isCapitalized(i) || DETERMINERS.has(t(p - 1, i)) || OF.has(t(p - 1, i)))) return [p, h.to, 'high'];
      if (HEAD_NOUNS.has(pw)) {
        if (jobFrameBefore(doc, p)) return null;
        // "nom à consonance maghrébine": the name goes with it
        if (pw.startsWith('consonance') && (t(p - 1, i) === 'a' || t(p - 1, i) === 'aux') && NAME_NOUNS.has(t(p - 2, i))) return [p - 2, h.to, 'high'];
        return [p, h.to, 'high'];
      }
      // "franco-marocaine": a second nationality
      // (not a thing: "module de droit comparé franco-allemand", "la crèche franco-allemande", "lycée franco-marocain")
      if (pw === 'franco' && toks[i].hyphen) return FRANCO_THINGS.has(t(p - 1, i)) ? null : [p, h.to, 'high'];
      // "guinéo-sénégalais", "italo-marocaine", "syro-libanais" said of a person: a mixed nationality (not "relations sino-américaines")
      if (COMPOUND_PREFIX.has(pw) && toks[i].hyphen) {
        const b = t(p - 1, i);
        if (COPULA.has(b) || PERSON_NOUNS.has(b) || b === 'nationalite') return [p, h.to, 'high'];
      }
      // "de race noire", "de type africain": already covered by HEAD_NOUNS
      const isLanguage = LANGUAGE_FORMS.has(form);
      const next = t(h.to, i);
      if (isLanguage && (LANGUAGE_NEXT.has(next) || LANGUAGE_PREV.has(pw))) return null;
      // colour idioms: "noir de monde", "noir sur blanc"
      if (tag === 'couleur' && ((next === 'de' && t(h.to + 1, i) === 'monde') || (next === 'sur' && t(h.to + 1, i).startsWith('blanc')))) return null;
      // a nationality through a parent: "Bosnienne par son père", "marocain par sa mère" (not "l'arabe par son père", a language)
      if (next === 'par' && POSSESSIVES.has(t(h.to + 1, i)) && PARENTAGE.has(t(h.to + 2, i)) && (tag === 'nationalite' || tag === 'ethnie')
        && !(isLanguage && ARTICLES.has(pw))) return [i, h.to, 'high'];
      // "Marocain d'origine", "français d'origine algérienne"
      if (next === "d'" && t(h.to + 1, i) === 'origine') {
        const after = h.to + 2;
        const ah = hitAt.get(after);
        // "Kosovar d'origine albanaise", "Belge d'origine congolaise": two origins, two findings (the second reported by its own hit);
        // "français d'origine algérienne" is one (the French nationality says nothing alone)
        if (ah && isAdjHit(after)) return form.startsWith('francais') ? [i, ah.to, 'high'] : [i, h.to, 'high'];
        return [i, h.to + 2, 'high'];
      }
      // a worker named by the job and the nationality: "un cuisinier tunisien", "travailleur saisonnier tunisien", "ouvrier
      // agricole marocain"; not a position offered ("poste de cuisinier italien"), a cuisine, nor a language taught or translated
      if ((tag === 'nationalite' || tag === 'ethnie') && !toks[i].first) {
        const noun = WORKER_MODIFIERS.has(pw) && (PERSON_NOUNS.has(t(p - 1, i)) || WORKER_NOUNS.has(t(p - 1, i))) ? p - 1 : WORKER_NOUNS.has(pw) ? p : -1;
        if (noun >= 0 && !jobFrameBefore(doc, noun) && !(isLanguage && LANGUAGE_JOBS.has(t(noun, i)))
          && !(COOKS.has(t(noun, i)) && sentenceHas(doc, i, CUISINE)) && !OF.has(t(noun - 1, i))) return [i, h.to, 'high'];
      }
      // a sentence-initial apposition of the subject: "Cueilleuse roumaine, elle…", "Plongeur sri-lankais, il…"
      if ((tag === 'nationalite' || tag === 'ethnie') && toks[p]?.first && toks[p].k === Kind.Word && !isLanguage && next === ','
        && SUBJECTS.has(t(h.to + 1, i)) && !CUISINE.has(pw) && !PROFILE.has(pw) && !STYLE_COOKS.has(pw)) return [i, h.to, 'high'];
      // a person noun with its status: "demandeuse d'asile érythréenne", "réfugié politique afghan", "mineur non accompagné guinéen"
      if (STATUS_TAIL.has(pw) && (tag === 'nationalite' || tag === 'ethnie')) {
        let q = p - 1;
        if (q >= 0 && (OF.has(t(q, i)) || t(q, i) === 'non' || t(q, i) === 'sans')) q--;
        if (q >= 0 && PERSON_NOUNS.has(t(q, i)) && !jobFrameBefore(doc, q)) return [i, h.to, 'high'];
      }
      // a former job: "ancien banquier vénézuélien", "ex-pharmacienne syrienne" (not "ancien régime syrien")
      if ((tag === 'nationalite' || tag === 'ethnie') && toks[p]?.k === Kind.Word && (FORMER.has(t(p - 1, i)) || t(p - 1, i) === 'ex')
        && (JOB_ENDING.test(pw) || WORKER_NOUNS.has(pw)) && !CUISINE.has(pw) && !FIRM_NOUNS.has(pw) && !(isLanguage && LANGUAGE_JOBS.has(pw))
        && !ARTICLES.has(t(p - 2, i)) && !POSSESSIVES.has(t(p - 2, i)) && !OF.has(t(p - 2, i)) && t(p - 2, i) !== 'au') return [i, h.to, 'high'];
      if (PERSON_NOUNS.has(pw)) {
        if (jobFrameBefore(doc, p) && !housedAmong(p)) return null; // "médiateur auprès de jeunes africains"
        if (tag === 'couleur' && (form === 'blanc' || form === 'blanche') && pw !== 'homme' && pw !== 'femme' && pw !== 'hommes' && pw !== 'femmes') return null;
        return [i, h.to, tag === 'couleur' ? 'medium' : 'high'];
      }
      // copula: "elle est malienne", "il est lui-même d'origine…", "naturalisée française"
      let c = p;
      let skipped = 0;
      while (COPULA_SKIP.has(t(c, i)) && skipped < 2) { c--; skipped++; }
      const cw = t(c, i);
      if (cw === 'comme') {
        // "se présente comme Wolof", "se présente d'abord comme Wolof", "se définit avant tout comme kurde"
        let v = c - 1;
        for (let n = 0; n < 3 && AS_ADVERBS.has(t(v, i)); n++) v--;
        if (AS_VERBS.has(t(v, i)) && (t(v - 1, i) === 'se' || t(v - 1, i) === "s'")) return [i, h.to, tag === 'couleur' ? 'medium' : 'high'];
      }
      // an emphatic apposition of a person: "Le tuteur, lui-même bamiléké, a proposé…", "sa voisine, elle-même malienne, …"
      if (t(p - 2, i) === ',' && tag !== 'couleur' && !ORIGIN_THINGS.has(t(p - 3, i)) && !CUISINE.has(t(p - 3, i)) && (pw === 'meme' || pw === 'memes') && toks[p].hyphen && EMPHATIC.has(t(p - 1, i))) return [i, h.to, 'high'];
      // a label put on the person, denied or not: "refuse qu'on le dise marocain", "on le traite de Turc",
      // "ses collègues l'appellent le Portugais", "on la prend pour une Algérienne", "traité de Chinois"
      if (labelled(p, i)) return [i, h.to, tag === 'couleur' ? 'medium' : 'high'];
      // "elle dit être cap-verdienne", "il affirme être guinéen": a saying verb of the person with the infinitive copula
      if (cw === 'etre' && SAY_ETRE.has(t(c - 1, i)) && tag !== 'couleur' && !isLanguage && personSubject(c - 1, i)) return [i, h.to, 'high'];
      if (COPULA.has(cw)) {
        if (cw.startsWith('naturalise')) return [c, h.to, 'high'];
        if (tag === 'couleur' && form.startsWith('blanc')) return null;
        if (personSubject(c, i)) return [i, h.to, tag === 'couleur' ? 'medium' : 'high'];
        return null;
      }
      // apposition: "L'adhérent, marocain, …"
      // also after an initial ("Mme S., bosniaque, arrivée…") or an age ("34 ans, ivoirienne, …")
      if (pw === ',' && (next === ',' || next === '.' || next === '')) {
        const q = p - 1;
        const initial = t(q, i) === '.' && toks[q - 1]?.k === Kind.Word && toks[q - 1].e - toks[q - 1].s === 1 && doc.isCapitalized(q - 1);
        const age = (t(q, i) === 'ans' || t(q, i) === 'an') && isNumberToken(toks[q - 1]);
        // a capitalised name before, not another nationality or language of a list ("Langues : Italien, Espagnol, Anglais")
        if (PERSON_NOUNS.has(t(q, i)) || (q >= 0 && !toks[q].first && doc.isCapitalized(q) && !isAdjHit(q)) || initial || age) return [i, h.to, 'high'];
        // a civil-status row: "M. Nabil Haddad, né le 14/02/1984, yéménite, carte de résident…" (not a list of languages)
        if (tag !== 'couleur' && !(isLanguage && isAdjHit(h.to + 1)) && bornBefore(q, i)) return [i, h.to, 'high'];
      }
      // sentence-initial: "Sénégalaise, elle…", "Algérien de 34 ans", "Malien, 28 ans"
      // a note's label opens the phrase as a sentence would: "Parcours : Kanak, né dans les îles Loyauté"
      const opening = toks[i].first || (pw === ':' && toks[p - 1]?.k === Kind.Word);
      // "Métisse, elle…", "Métis, il…": a mixed origin in apposition to the subject (not "Noir, il va avec tout", a colour)
      if (opening && doc.isCapitalized(i) && tag === 'couleur' && MIXED.has(form) && t(h.to, i) === ',' && SUBJECTS.has(t(h.to + 1, i))) return [i, h.to, 'medium'];
      // a note with the subject left out: "métisse, a été victime de remarques", "Zarab, vit chez sa tante"
      // (a mixed origin or a non-language origin noun opening the line, then a finite verb of the person)
      if (opening && t(h.to, i) === ',' && NOTE_VERBS.has(t(h.to + 1, i)) && toks[h.to + 1]?.sn === toks[i].sn
        && ((tag === 'couleur' && MIXED.has(form)) || ((tag === 'nationalite' || tag === 'ethnie') && !isLanguage && doc.isCapitalized(i)))) return [i, h.to, 'medium'];
      if (opening && doc.isCapitalized(i) && tag !== 'couleur') {
        const n1 = t(h.to, i);
        const n2 = t(h.to + 1, i);
        if (n1 === ',' && (SUBJECTS.has(n2) || n2 === "l'" || n2 === 'monsieur' || n2 === 'madame' || isNumberToken(toks[h.to + 1]))) return [i, h.to, 'high'];
        // "Comorienne, arrivée à Mayotte en 2016", "Syrien, réfugié arrivé en 2023", "Malienne, mère de deux enfants"
        // a language name is never "arrivé" nor "réfugié": only the person nouns are kept from it ("Turc, arrivé en 2015")
        if (n1 === ',' && (tag === 'nationalite' || (tag === 'ethnie' && !isLanguage)) && (ARRIVAL.has(n2) || (PERSON_NOUNS.has(n2) && !isLanguage)) && toks[h.to + 1]?.sn === toks[i].sn) return [i, h.to, 'high'];
        if (n1 === 'de' && isNumberToken(toks[h.to + 1]) && (t(h.to + 2, i) === 'ans' || t(h.to + 2, i) === 'an')) return [i, h.to, 'high'];
        // "Yougoslave de naissance, elle…", "Algérien de nationalité, il…"
        if (n1 === 'de' && (n2 === 'naissance' || n2 === 'nationalite') && !isLanguage) return [i, h.to + 2, 'high'];
        // "Camerounais, ancien greffier à Yaoundé, il cherche…": an apposition describing the person who is
        // the subject of the sentence; not a list ("Marocaine, tunisienne ou libanaise, la cuisine…") nor a language
        if (n1 === ',' && tag === 'nationalite' && !isLanguage && !isAdjHit(h.to + 1) && toks[h.to + 1]?.sn === toks[i].sn) {
          if (FORMER.has(n2)) return [i, h.to, 'high'];
          for (let k = h.to + 2; k < h.to + 16 && toks[k]?.sn === toks[i].sn; k++) {
            if (isAdjHit(k) || t(k, i) === 'ou' || t(k, i) === 'et') break;
            if (t(k - 1, i) === ',' && SUBJECTS.has(t(k, i))) return [i, h.to, 'high'];
          }
        }
        // "Kanak de la tribu de Hnathalo, il…", "Peul du Fouta, elle…": a complement of the noun, then the subject
        // "Kurde de Diyarbakır, il…": a language name too, when a capitalised place follows; "Malien de la communauté soninké, il…"
        if ((n1 === 'de' || n1 === 'du' || n1 === 'des' || n1 === "d'") && (tag === 'nationalite' || tag === 'ethnie')
          && (!isLanguage || ((n1 === 'de' || n1 === "d'") && doc.isCapitalized(h.to + 1)))) {
          for (let k = h.to + 2; k < h.to + 10 && toks[k]?.sn === toks[i].sn; k++) {
            if ((isAdjHit(k) && !COMMUNITY_HEADS.has(t(k - 1, i))) || t(k, i) === 'ou' || t(k, i) === 'et') break;
            if (t(k - 1, i) === ',' && (SUBJECTS.has(t(k, i)) || (OWN_DETS.has(t(k, i)) && KIN.has(t(k + 1, i))))) return [i, h.to, 'high'];
            if (t(k - 1, i) === ',') break;
          }
        }
        // "Iranienne et bahá'íe, elle…", "Malien et père de trois enfants, il…": a coordinated apposition of the subject
        // (not a list of a thing: "Marocaine et libanaise, la cuisine…", nor a language)
        if (n1 === 'et' && tag === 'nationalite' && !isLanguage) {
          for (let k = h.to + 2; k < h.to + 8 && toks[k]?.sn === toks[i].sn; k++) {
            if (t(k, i) === 'ou' || t(k, i) === 'et') break;
            if (t(k - 1, i) === ',' && SUBJECTS.has(t(k, i))) return [i, h.to, 'high'];
            if (t(k - 1, i) === ',') break;
          }
        }
        // "Ukrainienne sous protection temporaire, elle…", "Roumain en CDI jusqu'en mai, il…": a status, then the subject
        if (tag === 'nationalite' && (STATUS_START.has(n1) || (STATUS_LOOSE.has(n1) && !isLanguage)) && toks[h.to]?.sn === toks[i].sn) {
          for (let k = h.to + 2; k < h.to + 14 && toks[k]?.sn === toks[i].sn; k++) {
            if (isAdjHit(k) || t(k, i) === 'ou' || t(k, i) === 'et') break;
            if (t(k - 1, i) === ',' && SUBJECTS.has(t(k, i))) return [i, h.to, 'high'];
          }
        }
        // "Moldave arrivé en 2015", "Albanaise installée à Dole depuis…"; a nationality only
        // ("Réunionnaise installée en métropole" is an overseas French region)
        if (tag === 'nationalite' && ARRIVAL.has(n1) && toks[h.to].sn === toks[i].sn) return [i, h.to, 'high'];
        return null;
      }
      // capitalised noun: "un Algérien", "les Maghrébins", "une Noire"
      // "ne veut pas de Noirs", "plus d'Arabes dans l'équipe": people refused for their origin (see refusal())
      const refused = (pw === 'de' || pw === "d'") && REFUSAL_HEADS.has(t(p - 1, i));
      const only = ONLY.has(pw);
      if (!toks[i].first && doc.isCapitalized(i) && !doc.isUpper(i) && (DETERMINERS.has(pw) || refused || only)) {
        const nextTok = toks[h.to];
        if (nextTok && nextTok.sn === toks[i].sn && nextTok.k === Kind.Word && doc.isCapitalized(h.to)) return null; // "la Française des Jeux", "Black Friday"
        if (COMPANY_NEXT.has(next) && toks[h.to + 1] && doc.isCapitalized(h.to + 1)) return null;
        if (isLanguage && (pw === 'le' || pw === 'la' || pw === "l'")) return null;
        // a business or a place named after a community: "au restaurant Le Malbar", "l'épicerie La Créole"
        if ((pw === 'le' || pw === 'la' || pw === "l'" || pw === 'les') && VENUES.has(t(p - 1, i))) return null;
        if (tag === 'couleur' && !(pw === 'un' || pw === 'une' || pw === 'des' || pw === 'les' || refused || (only && !form.startsWith('blanc')))) return null;
        // « pas de Noirs et Blancs » is a kind of photograph or film, not people refused
        if (refused && tag === 'couleur' && next === 'et') return null;
        return [i, h.to, 'high'];
      }
      return null;
    };

    /** The token after a place carries on its name: joined by a hyphen, or a capitalised word right after that names no place. */
    const namePart = (e: number): boolean => {
      const nx = toks[e];
      if (!nx || nx.sn !== toks[e - 1].sn) return false;
      if (nx.hyphen) return true;
      return nx.k === Kind.Word && nx.s === toks[e - 1].e + 1 && doc.isCapitalized(e) && !hitAt.has(e);
    };
    for (const h of ctx.hits) {
      const tag = h.entry.tag;
      const i = h.from;
      // a street or a place named after a people: "18 boulevard des Belges", "place des Polonais", "quai des Allemands"
      if (doc.isCapitalized(i) && !toks[i].first && (t(i - 1, i) === 'des' || t(i - 1, i) === 'aux') && STREET_WORDS.has(t(i - 2, i))) continue;
      if (tag === 'pays' || (h.to - h.from === 1 && COUNTRY_NAMES.has(toks[i].t) && doc.isCapitalized(i))) {
        // a longer name the place only starts: a firm (« Maroc Telecom », « Sofia Services », « Georgetown University »), a French
        // town (« Grenade-sur-l'Adour »)
        if (namePart(h.to)) continue;
        // "un accent d'Europe de l'Est", "son accent du Maghreb", "un léger accent de la Russie": the person's accent of a foreign place
        {
          const of = set("de d' du des").has(t(i - 1, i)) ? i - 1 : set("l' la le les").has(t(i - 1, i)) && set("de d'").has(t(i - 2, i)) ? i - 2 : -1;
          if (of > 0 && (t(of - 1, i) === 'accent' || t(of - 1, i) === 'accents') && ACCENT_DETS.has(t(of - 2, i)) && !PUT_ACCENT.has(t(of - 3, i)) && !PUT_ACCENT.has(t(of - 4, i))) { report(of - 1, h.to, 'medium'); continue; }
        }
        const s = countryHead(h);
        // "Turin (Italie)": the closing bracket joins
        if (s >= 0) { report(s, t(h.from - 1, i) === '(' && t(h.to, i) === ')' ? h.to + 1 : h.to, 'high'); continue; }
        // "part en Algérie voir sa famille", "au Maroc rejoindre ses parents"
        const f = familyAfter(h);
        if (f >= 0) { report(h.from - 1, f, 'high'); continue; }
        // a cell of a table or a CSV row whose header names the country of origin: "Nom;Prénom;Pays;… -> Haile;Senait;Érythrée;…"
        if (tableCountry(h)) { report(i, h.to, 'high'); continue; }
        if (tag === 'pays') continue;
      }
      switch (tag) {
        case 'nationalite':
        case 'ethnie':
        case 'couleur': {
          // coordinated: "d'origine algérienne et marocaine"
          const pw = t(i - 1, i);
          if ((pw === 'et' || pw === 'ou') && reported.some(([, y]) => y === i - 1)) { report(i, h.to, 'high'); break; }
          // a self-correction after a filler: "il est turc euh kurde plutôt", "algérienne, enfin kabyle"
          if (FILLERS.has(pw) && pw !== ',') {
            let k = i - 1;
            while (k > i - 4 && FILLERS.has(t(k, i))) k--;
            if (k < i - 1 && reported.some(([, y]) => y === k + 1)) { report(i, h.to, 'high'); break; }
          }
          const r = adjective(h);
          if (r) report(r[0], r[1], r[2]);
          break;
        }
        case 'ethnie-head': {
          // "d'ethnie zaghawa", "de l'ethnie des Massalit", "du clan Darod", "de la tribu des Zaghawa": the group's name after the head
          let k = h.to;
          if (t(k, i) === 'des' || t(k, i) === 'du') k++;
          const nx = toks[k];
          if (!nx || nx.sn !== toks[i].sn || nx.k !== Kind.Word) break;
          let tribe = false;
          for (let q = i; q < h.to; q++) if (toks[q].t === 'tribu' || toks[q].t === 'clan' || toks[q].t === 'sous-clan') tribe = true;
          if (tribe && !doc.isCapitalized(k)) break; // "la tribu familiale", "du clan des anciens"
          if (set("de d' du des la le les un une et ou qui que a en").has(nx.t)) break;
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          let e = k + 1;
          while (e < k + 3 && toks[e] && toks[e].sn === toks[i].sn && toks[e].hyphen) e++;
          report(i, e, 'high');
          break;
        }
        case 'nat-label': {
          // "Nacionalidad: venezolana", "Nationality: Eritrean", "Nationalité : érythréene": the value after the label, any language
          let k = h.to;
          if (t(k, i) !== ':' && t(k, i) !== '|') break;
          k++;
          const nx = toks[k];
          if (!nx || nx.sn !== toks[i].sn || nx.k !== Kind.Word || NOT_A_NATIONALITY.has(nx.t) || nx.e - nx.s < 4) break;
          if (isAdjHit(k) && toks[i].t === 'nationalite') break; // "Nationalité : turque" is reported from the adjective
          let e = k + 1;
          while (e < k + 3 && toks[e] && toks[e].sn === toks[i].sn && toks[e].hyphen) e++;
          report(k, e, 'high');
          break;
        }
        case 'voyageur': {
          // the Travellers as a capitalised noun mid-sentence: "M. Lagrené, 34 ans, Voyageur de famille manouche", "les Voyageurs de l'aire"
          if (!doc.isCapitalized(i) || doc.isUpper(i) || toks[i].first || toks[i].quoted) break;
          const prev = toks[i - 1];
          // part of a name: "SNCF Voyageurs", "Carte Grand Voyageur", "Voyageurs du Monde"; a trade: "voyageur de commerce"
          if (prev && prev.sn === toks[i].sn && prev.k === Kind.Word && doc.isCapitalized(i - 1) && !prev.first) break;
          const nw = t(h.to, i);
          if ((nw === 'de' || nw === 'du' || nw === 'des') && (t(h.to + 1, i) === 'commerce' || doc.isCapitalized(h.to + 1))) break;
          if (around(doc, i, h.to, TRAVEL_SENSE, 5) || jobFrameBefore(doc, i)) break;
          report(i, h.to);
          break;
        }
        case 'communaute': {
          if (around(doc, i, h.to, MUSIC, 3)) break;
          if (doc.isUpper(i) && toks[i].t.length <= 4) break; // "ROM", "CD-ROM"
          const pw = t(i - 1, i);
          // the community's language: "il parle le yéniche et l'allemand", "yéniche courant"
          if (LANGUAGE_FORMS.has(toks[i].t) && (LANGUAGE_PREV.has(pw) || (ARTICLES.has(pw) && LANGUAGE_PREV.has(t(i - 2, i))) || LANGUAGE_NEXT.has(t(h.to, i)))) break;
          // a label put on the person: "les employeurs la prennent pour une Rom", "on le traite de Gitan"
          if (doc.isCapitalized(i) && labelled(i - 1, i)) { report(LABEL_DETS.has(pw) ? i - 1 : i, h.to); break; }
          if (jobFrameBefore(doc, i - 1) || negatedBefore(doc, i - 1)) break;
          if (HEAD_NOUNS.has(pw) || ORIGIN_WORDS.has(pw)) { report(ORIGIN_WORDS.has(pw) ? originStart(i - 1, i) : i - 1, h.to); break; }
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          // "rom", "romani" are also ordinary words: only as a capitalised noun or after a person noun
          if ((toks[i].t.startsWith('rom') || toks[i].t.startsWith('rrom')) && !doc.isCapitalized(i) && !PERSON_NOUNS.has(pw)) break;
          report(i, h.to);
          break;
        }
        case 'outremer': {
          // "communauté wallisienne", "diaspora tahitienne", "peuple kanak": a community of origin; the demonym alone is a
          // region of France ("il est réunionnais", "accent tahitien") and stays silent
          const pw = t(i - 1, i);
          if (COMMUNITY_HEADS.has(pw) && !jobFrameBefore(doc, i - 1) && !negatedBefore(doc, i - 1)) report(i - 1, h.to);
          break;
        }
        case 'originaire': {
          // "originaire du Mali" is reported from the country; here a town or a region abroad: "originaire de Fortaleza, au Brésil",
          // "kurde, originaire de la région de Van" — only with a foreign country or nationality right beside it
          let k = h.to;
          if (t(k, i) === 'la' || t(k, i) === "l'" || t(k, i) === 'le') k++;
          if (ORIGIN_AREAS.has(t(k, i)) && (t(k + 1, i) === 'de' || t(k + 1, i) === "d'" || t(k + 1, i) === 'du')) k += 2;
          if (hitAt.has(k) || !toks[k] || toks[k].sn !== toks[i].sn || toks[k].k !== Kind.Word || !doc.isCapitalized(k)) break;
          let e = k + 1;
          while (e < k + 4 && toks[e] && toks[e].sn === toks[i].sn && !hitAt.has(e) && (toks[e].hyphen || (toks[e].k === Kind.Word && doc.isCapitalized(e)))) e++;
          // ", au Brésil", "(Turquie)": the country after the town goes with it
          let end = e;
          let beside = false;
          const c0 = t(e, i) === ',' || t(e, i) === '(' ? e + 1 : e;
          const c1 = PREP_IN.has(t(c0, i)) && t(c0, i) !== 'a' ? c0 + 1 : c0;
          const ch = hitAt.get(c1);
          if (c0 > e && ch && (ch.entry.tag === 'pays' || COUNTRY_NAMES.has(toks[c1].t)) && doc.isCapitalized(c1)) { end = ch.to + (t(ch.to, i) === ')' && t(e, i) === '(' ? 1 : 0); beside = true; }
          // "kurde, originaire de la région de Van", "Turc originaire de…": a nationality just before
          for (let q = i - 1; q >= i - 3 && q >= 0 && !beside && toks[q].sn === toks[i].sn; q--) {
            const o = hitAt.get(q);
            if (o && (o.entry.tag === 'nationalite' || o.entry.tag === 'ethnie' || o.entry.tag === 'pays') && o.to >= i - 2) beside = true;
          }
          if (!beside || negatedBefore(doc, i) || jobFrameBefore(doc, i)) break;
          // "le fromage originaire de Parme", "une entreprise qui est originaire de Séoul": a product or a firm
          let th = false;
          for (let q = i - 1, n = 0; q >= 0 && n < 4 && toks[q].sn === toks[i].sn && !th; q--, n++) th = ORIGIN_THINGS.has(toks[q].t);
          if (th) break;
          report(i, end, 'high');
          break;
        }
        case 'sa-couleur': {
          // "sa couleur préférée", "sa couleur de cheveux", "sa couleur d'origine": a colour of a thing or a taste
          const nx = t(h.to, i);
          if (COLOUR_NEXT_NOT.has(nx)) break;
          // the colour as the cause of a treatment said of the person, not "la voiture et sa couleur"
          if (!colourTreatment(i, h.to) || negatedBefore(doc, i)) break;
          report(i, h.to, 'high');
          break;
        }
        case 'de-couleur': {
          const pw = t(i - 1, i);
          if (PERSON_NOUNS.has(pw) || (COPULA.has(pw) && personSubject(i - 1, i))) report(i, h.to);
          break;
        }
        case 'pays-origine': {
          // "pays d'origine : Syrie" is reported from the country; otherwise only "son pays d'origine"
          let j = h.to;
          while (t(j, i) === ':' || t(j, i) === '(' || t(j, i) === ',') j++;
          if (hitAt.has(j) && (hitAt.get(j)!.entry.tag === 'pays' || isAdjHit(j))) break;
          if (POSSESSIVES.has(t(i - 1, i)) && !negatedBefore(doc, i)) report(i - 1, h.to, 'low');
          break;
        }
        case 'origines': {
          // "ses origines africaines" is reported from the adjective
          if (isAdjHit(h.to)) break;
          if (SOCIAL_ORIGIN.has(t(h.to, i))) break;
          report(i, h.to, 'low');
          break;
        }
        case 'accent': {
          // "a un fort accent maghrébin" is reported from the adjective ("accent maghrébin")
          let k = h.to;
          while (t(k, i) === 'tres' || t(k, i) === 'assez') k++;
          if (isAdjHit(k)) break;
          // "fort accent marseillais", "accent du Sud-Ouest": a regional accent is not an origin
          const nx = toks[k];
          // "un accent d'Europe de l'Est", "un accent du Maghreb": an accent of a foreign country or region (not "de l'Est", "du Sud")
          if (nx && set("de d' du des").has(nx.t)) {
            const c = set("l' la le les").has(t(k + 1, i)) ? k + 2 : k + 1;
            const place = hitAt.get(c);
            if (place && place.entry.tag === 'pays') { if (entryAccepts(h, ctx as RuleContext)) report(i, place.to, 'medium'); break; }
          }
          if (nx && nx.sn === toks[i].sn && nx.k === Kind.Word && !ACCENT_NEXT_OK.has(nx.t)) break;
          if (entryAccepts(h, ctx as RuleContext)) report(i, h.to, 'medium');
          break;
        }
        case 'naturalise': {
          if (isAdjHit(h.to)) break; // "naturalisé français" is reported from the adjective
          // "dossier de naturalisation", "demande de naturalisation": a procedure, no nationality given
          if (toks[i].t.startsWith('naturalisation') && (pw0(i) === 'de' || pw0(i) === "d'") && PROCEDURE.has(t(i - 2, i))) break;
          if (entryAccepts(h, ctx as RuleContext)) report(i, h.to, 'medium');
          break;
        }
        case 'type': {
          // "trop typée", "un peu typé", "physique typé", "typée maghrébine"; not "profil très typé grande distribution"
          if (isAdjHit(h.to)) { report(i, hitAt.get(h.to)!.to, 'high'); break; }
          const p1 = pw0(i);
          if (BODY.has(p1)) { report(i - 1, h.to, 'medium'); break; }
          if (!DEGREE.has(p1)) break;
          let profile = false;
          for (let k = i - 2; k >= Math.max(0, i - 6) && t(k, i); k--) if (PROFILE.has(toks[k].t)) profile = true;
          const nx = toks[h.to];
          const bare = !nx || nx.sn !== toks[i].sn || nx.k === Kind.Punct || set('pour et mais selon aux a').has(nx.t);
          if (profile || !bare) break;
          report(p1 === 'peu' && t(i - 2, i) === 'un' ? i - 2 : i - 1, h.to, 'medium');
          break;
        }
        default: {
          // phrases that state an origin by themselves
          if (h.entry.lemma === 'gens du voyage' && around(doc, i, h.to, set('aire aires terrain terrains'), 3)) break;
          // "à cause de sa peau noire", "la couleur de sa peau": a possessive makes it the person's own,
          // even after a job or public word ("prise à partie par les clients à cause de sa peau noire")
          let owned = POSSESSIVES.has(t(i - 1, i));
          for (let k = i; k < h.to && !owned; k++) owned = POSSESSIVES.has(toks[k].t);
          // "le teint foncé de l'adhérent", "la peau noire du candidat": a person named right after it
          if (!owned && OF.has(t(h.to, i))) {
            const n1 = t(h.to + 1, i);
            owned = PERSON_NOUNS.has(n1) || ((n1 === "l'" || n1 === 'la' || n1 === 'le' || n1 === 'cette' || n1 === 'ce') && PERSON_NOUNS.has(t(h.to + 2, i)));
          }
          if (!entryAccepts(h, ctx as RuleContext, !owned)) break;
          // "produits pour peau noire", "soins de la peau mate": cosmetics, not a person
          if (h.entry.lemma === 'couleur de peau' && !owned) {
            let product = t(i - 1, i) === 'pour' || !personLinked(doc, i, h.to);
            for (let k = i - 1; k >= i - 3 && !product && t(k, i); k--) product = SKIN_CARE.has(toks[k].t);
            if (product) break;
          }
          // "double nationalité franco-marocaine": one finding
          let end = h.to;
          if ((t(end, i) === 'franco' || COMPOUND_PREFIX.has(t(end, i))) && isAdjHit(end + 1)) end = hitAt.get(end + 1)!.to;
          else if (isAdjHit(end)) end = hitAt.get(end)!.to;
          // "Passeport suisse n° … (binational)": a bare dual nationality beside a nationality already named adds nothing to it
          if (h.entry.lemma === 'double nationalité' && end === h.to
            && ctx.hits.some((o) => o !== h && o.entry.tag === 'nationalite' && toks[o.from].sn === toks[i].sn)) break;
          report(i, end, h.entry.confidence ?? 'high');
        }
      }
    }

    function pw0(i: number): string {
      return t(i - 1, i);
    }

    function words(h: Hit): string {
      let s = '';
      for (let k = h.from; k < h.to; k++) s += (k > h.from ? ' ' : '') + toks[k].t;
      return s;
    }
  },
});
