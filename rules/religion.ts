/**
 * `religion`: convictions religieuses ou philosophiques de la personne — appartenance, pratique,
 * fêtes observées, lieux de culte fréquentés, tenue et règles alimentaires religieuses.
 * RGPD art. 9; TAXONOMY.md §3.1 `religion`.
 *
 * Traps handled here: organisations and schools with a religious name ("Secours catholique",
 * "école Saint-Joseph", "lycée catholique"), the idiom "pas très catholique", "en protestant",
 * sports ("pratiquant le judo"), the pastry ("religieuse au café"), sailing ("moniteur de voile"),
 * "prière de rappeler", churches as work sites, "boucherie halal", laïcité trainings, public
 * holidays (absent from the lexicon).
 */
import { defineRule, type Report } from '../lib/lint/rule.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Doc } from '../lib/lint/document.ts';
import type { Confidence, Fix } from '../lib/lint/types.ts';
import { jobFrameBefore, negatedBefore, personLinked, clause, sentence, missNegated } from '../lib/lint/context.ts';
import { clauseRemovalFix, tt, sentenceHas, around, negatedGoverned, personNamed, recent, overlapsRecent, Kind } from '../lib/lint/special-categories.ts';
import { RELIGION_LEXICON } from './lexicons/religion.ts';
import { personInSentence } from './shared/art9-extra.ts';
import { wordSet as set } from '../lib/lint/token-set.ts';


/** Organisations, places and topics named after a religion: "Secours catholique", "art islamique". */
const ORG = set(`ecole ecoles lycee lycees college colleges institut universite faculte secours association associations
federation enseignement etablissement etablissements hopital clinique fondation entraide radio journal presse librairie
boucherie boucheries restaurant restaurants restauration traiteur epicerie cimetiere cimetieres quartier musee monde pays
art arts histoire civilisation civilisations calendrier architecture patrimoine musique culture cuisine organisation ong
banque banques finance editions oeuvre oeuvres foyer residence ehpad centre structure ordre mission scoutisme scouts
maison creche fait faits etudes theologie sanctuaire sanctuaires`);
const ORG_SKIP = set("prive privee de d' du des la le l'");
/** Deliveries: "livré" folds to "livre", the verb when an object follows it. */
const DELIVERY = set('livraison livraisons livreur livreuse livreurs livrer livrait livrent livrons');
const DELIVERED_DETS = set('des les du de la le ses leurs');
/** Shop windows and ranges made for a feast: "décoré les vitrines pour l'Aïd", "la collection pour Noël" (a trade's season). */
const FEAST_GOODS = set('vitrine vitrines decoration decorations collection collections promotion promotions operation operations gamme catalogue etalage etalages');
const PRACTICE_SUBJECT = set('pendant durant lors moment periode');
const SPORT = set(`judo football foot sport sports course tennis natation boxe karate yoga arts martiaux musculation randonnee
escalade rugby handball basket danse golf equitation cyclisme velo marathon athletisme escrime aviron badminton
volley ski surf plongee trail fitness crossfit`);
const PASTRY = set('patisserie patissier patissiere chocolat cafe eclair eclairs gateau gateaux boulangerie boulanger boulangere viennoiserie viennoiseries choux creme');
const RELIG_HEADS = set(`convictions conviction croyances croyance pratique pratiques fetes fete raisons raison motifs motif
obligations obligation interdits interdit signes signe tenue tenues vetements vetement mariage education engagement
appartenance rites rite ceremonie ceremonies jours jour regles valeurs principes famille milieu preceptes habitudes
coutumes communaute opinions sentiments engagements activites activite`);
/** Verbs before "sa religion" that make it a passion's name: "c'est sa religion", "en a fait sa religion". */
const FIGURATIVE_BEFORE = set('est etait fait devenu devenue reste restee');
/** Words before a form label: "la mention « confession : … »", "rubrique religion : …". */
const FORM_LABEL_BEFORE = set('mention rubrique case champ ligne « "');
/** Words after "religion :" that open a sentence rather than give a value ("la religion : un sujet qu'elle évite"). */
const FORM_NOT_VALUE = set("un une le la les l' des du de d' ce cette ces c' elle il ils elles on sujet question theme pas");
/** Values of an empty form line: "religion : néant", "confession : aucune", "Konfession : ohne". */
const FORM_EMPTY = set('aucune aucun neant non sans nc ne ohne keine none na rien');
/** Tags of hits that make a sacrament word the rite ("sa communion à l'église", "baptême par le pasteur"). */
const SACRED_CONTEXT = set('lieu clerge adherent adherent-nom doctrine religieux congregation orthodoxe croyant fete');
/** Services before a festival: "la veillée de Pâques orthodoxe", "la messe du Noël copte". */
const CHILDREN = set('fils fille filles enfant enfants neveu niece filleul filleule petit-fils petite-fille frere soeur cousin cousine');
/** A young child named without a relation word: "le baptême de la petite", "du petit dernier", "de leur bébé". */
const LITTLE_ONES = set('petite petit bebe benjamin benjamine cadet cadette aine ainee nouveau-ne nouveau-nee');
const SERVICE_HEADS = set('veillee veillees vigile messe messes office offices celebration celebrations liturgie ceremonie fete fetes');
const INTENSIFIERS = set('tres est etait sont etaient profondement assez peu plutot devenu devenue reste restee particulierement');
const ATTEND = set(`encadre encadrait encadrer va vont allait allaient aller allant rend rendre rendait rendent frequente frequentait frequenter frequentent
assiste assistait assister assidu assidue benevole benevoles engage engagee investi investie implique impliquee active actif
membre chaque tous toutes prie priait prier pratique fait donne suit suivait participe participait anime animait
chante chantait chorale choriste parti partie partait partent sejourne sejournait sejourner sejour sejours retire retiree
vais vas allons allez irai ira iront allais rends rendais rendons frequentes frequentais assistes assistais participes participais
chantes chantais pries priais pratiques pratiquais suivais
medite meditait mediter meditent meditaient`);
/** Taking someone there is attending only with a relative: "accompagne son épouse à la pagode" (not "accompagne les résidents à la messe"). */
const ESCORT = set('accompagne accompagnait accompagner accompagnent emmene emmenait emmener emmenent');
const ESCORTED = set('son sa ses leur leurs');
/** Does token k attend a place or a rite ("va", "fréquente", "accompagne sa mère")? */
const attendsAt = (doc: Doc, k: number): boolean => {
  const w = doc.tokens[k].t;
  return ATTEND.has(w) || (ESCORT.has(w) && ESCORTED.has(doc.tokens[k + 1]?.t ?? ''));
};
/** Does the sentence of token i hold a word of attending? */
const sentenceAttends = (doc: Doc, i: number): boolean => {
  const [a, b] = sentence(doc, i);
  for (let k = a; k < b; k++) if (attendsAt(doc, k)) return true;
  return false;
};
const WORKSITE = set(`restauration restaurer renovation entretien nettoyage menage guide guides visite visites gardien gardienne
sacristain chantier chantiers travaux batiment visiter visitait visitent visitant maconnerie couvreur charpente charpentier vitraux vitrail tailleur accueil
tourisme patrimoine architecte electricien peintre jardinier agent agente stage mission place rue impasse chemin allee parvis
face derriere concert concerts organiste recrute poste emploi mairie travaille travaillait`);
const EAT = set(`mange mangent manger mangeait mangeant consomme consommer consommait consomment regime alimentation
nourriture repas suit respecte exclusivement uniquement`);
const FOOD_WORK = set(`prepare preparer preparait preparent cuisiner cuisinait sert servir servait servent propose proposer proposait
confectionne confectionner boucherie rayon restaurant restauration traiteur epicerie magasin certification abattoir produits produit
label filiere cuisine cuisinier cuisiniere boucher bouchere decoupe vente vendeur vendeuse commerce supermarche entreprise
fournisseur usine production`);
const VEIL_OBJECT = set(`allusion allusions menace menaces critique critiques reference references forme maniere facon voix roue
roues jante jantes photo image miroir ciel lumiere regard`);
/** Words before a minister's title that make it the person's own state ("est pasteur", "ancien imam"). */
const CLERGY_HEADS = set('est etait ete sont etaient devenu devenue ancien ancienne ex comme reste restee');
const DEGREE_SKIP = set('aussi egalement lui-meme elle-meme deja toujours');
/** Verbs of making a pilgrimage. */
const PILGRIM_VERBS = set(`fait faire fera ferait effectue effectuer effectuera accompli accomplir part partir parti partie partira
revient revenu revenue rentre rentree retour prevu prevoit organise son sa ses rend rendra rendait rendre va ira allait aller participe
participait participera participer assiste assistait assistera assister`);
/** Organising verbs: "organise des pèlerinages" (plural) is a trade. */
const ORGANISING = set('organise organisait organiser organisent organisaient organisera');
/** Diets and medical fasting: "jeûne intermittent", "à jeun avant la prise de sang", "jeûne thérapeutique". */
const NOT_RELIGIOUS_FAST = set(`intermittent intermittente therapeutique preoperatoire operation operatoire sang analyse analyses examen bilan
regime detox cure minceur poids nutritionniste dieteticien dieteticienne anesthesie glycemie maigrir kilos sportif`);
/** Words around the Travellers' mission "Vie et Lumière": "conventions de Vie et Lumière", "pasteur de Vie et Lumière". */
const TRAVELLER_MISSION = set(`convention conventions mission missions evangelique evangeliques pasteur pasteurs culte cultes tzigane tziganes tsigane
tsiganes gitan gitans gitane gitanes voyageurs pentecotiste pentecotistes fidele fideles rassemblement rassemblements membre adherent adherente
baptise baptisee bapteme`);
/** Conjunctions after which a work word belongs to another clause: "va au culte tous les dimanches et ne travaille pas ce jour-là". */
const NEXT_CLAUSE = set("et mais puis donc car ou");
const TRAINING = set('histoire cours formation module laicite conference exposition etude etudes theologie sciences');
/** Verbs of keeping a religious law: "respecte la cacherout", "vit selon la charia". */
const OBSERVE = set(`respecte respectent respecter respectait respectant suit suivent suivre suivait suivant observe observent
observer observait observant applique appliquer appliquait pratique pratiquer vit vivre vivait selon mange manger mangeait`);
const LAW_SKIP = set("la le l' les de du des d' strictement scrupuleusement rigoureusement a la lettre regles prescriptions");
/** Words naming the faith of a brotherhood: "confrérie soufie", "confrérie religieuse". */
const ORDER_FAITH = set('religieuse religieuses musulmane musulmanes islamique islamiques chretienne chretiennes');
/** Nouns of fasting or mourning before a festival name: "jeûne du Matem", "deuil de Muharram". */
const FAST_HEADS = set('jeune jeunes deuil');
/** Peoples that name an Orthodox Church after "orthodoxe" (every gender and number, folded): "orthodoxe éthiopienne", "orthodoxes serbes". */
const ORTHODOX_CHURCHES = set(`ethiopien ethiopienne ethiopiens ethiopiennes erythreen erythreenne erythreens erythreennes russe russes grec grecque grecs
grecques serbe serbes roumain roumaine roumains roumaines bulgare bulgares georgien georgienne georgiens georgiennes ukrainien ukrainienne
ukrainiens ukrainiennes armenien armenienne armeniens armeniennes copte coptes syriaque syriaques macedonien macedonienne macedoniens
macedoniennes antiochien antiochienne moldave moldaves`);
const RULES_CONTEXT = set('reglement interdit interdits interdiction neutralite laicite charte politique');
/** Titles before a capitalised belief word that make it a surname: "Mme Chrétien, DRH", "M. Catholique". */
const TITLES = set('m mme mmes mlle mr monsieur madame mademoiselle dr docteur docteure pr professeur maitre me famille');
/** Member or activity words that make a congregation the person's ("membre d'une congrégation", "bénévole de la paroisse"). */
const MEMBER_OF = set(`membre membres fidele fideles benevole benevoles pratiquant pratiquante engage engagee investi investie
implique impliquee active actif frequente frequentait rejoint rejointe quitte quittee porte-a-porte evangelise evangeliser preche precher
anime animait chante chantait prie priait milite militait`);
/** Nouns of a person's own group before a congregation's name: "sa communauté des Assemblées de Dieu". */
const OWN_COMMUNITY = set('communaute eglise paroisse assemblee');
/** Religious services (not buildings) that, given as a reason, say the person attends them: "à cause de l'office religieux". */
const SERVICES = set('messe messes culte cultes office offices catechisme catechese service services divine sainte liturgie reunion reunions etude etudes');
const REASON = set('cause raison raisons');
/** Days and times after « office du »: a service, not the office of a body. */
const SERVICE_OF = set("du de d'");
const SERVICE_TIMES = set('lundi mardi mercredi jeudi vendredi samedi dimanche soir matin shabbat sabbat midi');
const AVAILABILITY = set(`travailler travaille travaillera disponible disponibles indisponible indisponibles absent absente absence absences
conge conges horaires horaire libre libere liberee dimanche dimanches samedi samedis vendredi vendredis matin matins soir soirs`);
const NOTE_START = set('indisponible indisponibles disponible absent absente absence ne pas non conge');
/** Words before a lay role that make it the person's volunteering: "bénévole comme catéchiste". */
const VOLUNTEER = set('benevole benevoles benevolat engage engagee investi investie implique impliquee');
/** Words of membership in a confessional movement: "chef scout aux Scouts musulmans", "membre de la JOC". */
const MOVEMENT_MEMBER = set(`membre membres chef cheftaine scout scoute scouts louveteau louveteaux louvette eclaireur eclaireuse jeannette
compagnon pionnier caravelle benevole benevoles encadre encadrait encadrer anime animait adhere adherait inscrit inscrite milite militait
frequente frequentent frequentait frequentaient participe participent participait rejoint`);
/** Words that make a confessional movement a workplace: "animatrice salariée aux Scouts et Guides de France". */
const MOVEMENT_JOB = set('poste emploi cdd cdi salarie salariee contrat stage recrute recrutement travaille travaillait alternance embauche embauchee');
/** Verbs of reading or learning scripture: "lit le Coran chaque soir", "apprend des sourates". */
const READ = set(`lit lire lisait lisent lu recite reciter recitait recitent apprend apprendre apprenait apprennent appris etudie etudier
etudiait etudient medite mediter meditait memorise memoriser memorisait connait psalmodie psalmodier chante chanter`);
/** Units of a scripture, quoted or worn by the person: "un verset de la Bible", "des sourates du Coran". */
const SCRIPTURE_UNITS = set('verset versets sourate sourates psaume psaumes ayat');
const READ_SKIP = set(`le la l' les un une des du de d' sa son ses leur quelques passages passage versets verset sourates sourate chapitres
chapitre pages page extraits extrait regulierement chaque jour tous soirs matins aussi beaucoup`);
const SCRIPTURE_JOB = set('traduit traduire traduction traducteur traductrice edition editer edite vend vendre vente librairie libraire imprime imprimerie reliure');
/** Words that make a pilgrimage a hike: "le pèlerinage de Compostelle en randonnée". */
const HIKE = set('randonnee randonnees randonneur randonneuse randonneurs rando trek trekking gr65 sportif sportive defi velo cyclotourisme');
const OWN_SACRAMENTS = set('bapteme baptemes communion communions ordination');
const OWN_POSSESSIVES = set('sa son ses leur');
const DEFINITE = set("l' la le les");
const PILGRIMAGE_WORD = /^(pelerinage|compostelle)/;
/** « jeûne » (a fast) and « jeune » (young) fold to the same letters. */
const CIRCUMFLEX_U = /û/i;
const MONTHS = set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre');

/** Faith words right after "mission": "mission mormone", "mission évangélique", "mission d'évangélisation". */
const MISSION_FAITH = set(`mormone mormon mormones mormons evangelique evangeliques apostolique apostoliques chretienne chretiennes catholique
catholiques protestante protestantes religieuse religieuses pastorale pastorales adventiste adventistes pentecotiste pentecotistes baptiste
baptistes missionnaire missionnaires`);
const MISSION_WORK = set(`evangelisation evangelisme apostolat predication proselytisme catechese`);
/** Bodies a mission is done for: "pour l'Église mormone", "pour les Témoins de Jéhovah", "avec sa paroisse". */
const MISSION_BODY = set(`eglise eglises paroisse paroisses diocese dioceses congregation congregations temoins temple temples mosquee mosquees
synagogue synagogues aumonerie aumoneries assemblee assemblees pastorale`);
const MISSION_LINK = set(`pour avec au aux de d' du des l' la le les sa son ses leur leurs nom dans une un humanitaire humanitaires benevole
benevoles deux trois quatre six dix douze dix-huit ans an mois semaines annee annees`);
/** Job words that make a mission for a parish or a diocese a contract ("mission d'intérim pour le diocèse", "chargée de mission"). */
const MISSION_JOB = set(`interim interimaire poste emploi cdd cdi salarie salariee contrat stage recrute recrutement travaille travaillait alternance
embauche embauchee comptable agent agente chauffeur gardien gardienne entretien nettoyage menage travaux chantier renovation restauration`);

/** Words that end a place phrase ("la messe à la paroisse le dimanche"). */
const ATTEND_STOP = set("le la les de des du et ou mais pour avec chaque tous toutes depuis pendant sans chez qui que ce se une est sont");
/** Words after "office" that make it a body: "l'office HLM", "office public", "office notarial". */
const OFFICE_BODIES = set('hlm public publique national nationale notarial municipal departemental regional foncier');
const SUBJECT_AFTER = set("il elle ils elles l' monsieur madame");
/** Absence words right before a practice: "aucune pratique religieuse", "sans conviction religieuse". */
const ABSENT = set('aucun aucune aucuns aucunes sans nul nulle');
/** Words between a negation and the belief word: "n'est pas lui-même croyant", "ne se dit pas vraiment croyante". */
const NEG_GAP = set(`lui elle eux meme memes vraiment tres du tout reellement particulierement personnellement officiellement se dit dire declare
declaree considere consideree sent sentait definit est etait sont ete etre de d' un une`);
/** Verbs of saying before a negated clause that make a litote: "on ne peut pas dire qu'il ne soit pas pratiquant". */
const SAY = set('dire pretendre nier affirmer');
/** Copulas before a bare "pratiquant" about the person: "qu'il soit pratiquant", "elle serait pratiquante". */
const COPULAS = set('soit soient serait seraient etre devient redevenu redevenue');
/** Verbs of never missing a service, negated: "ne rate aucun office", "ne manque jamais la messe". */
const NEVER_MISS = set('rate ratait rater manque manquait manquer loupe loupait');
/** Words that make a retreat spiritual: "retraite spirituelle", "retraite dans un monastère". */
const RETREAT_KIND = set(`spirituelle spirituelles religieuse religieuses monastique monastiques bouddhiste bouddhistes zen ignatienne
ignatiennes vipassana silencieuse silencieuses priere careme`);
/** Places of contemplation, and villages known only for their monastic community ("une retraite à Taizé", "retraite à Solesmes"). */
const RETREAT_PLACES = set(`monastere monasteres abbaye abbayes ashram ashrams couvent couvents carmel prieure temple temples pagode
chartreuse ermitage zendo dojo sanctuaire moines moniales soeurs freres religieuses benedictins benedictines trappistes jesuites carmelites
franciscains franciscaines dominicains dominicaines cisterciens chartreux
taize solesmes liguge lerins citeaux fontgombault randol kergonan`);
const RETREAT_LINK = set("dans au aux en a un une le la l' les d' de des chez");
const POSSESSIVE_DETS = set('sa son ses leur leurs');
const OF_LINK = set("de du des d'");
/** Idioms of the verb "prêcher": "prêcher dans le désert", "prêche pour sa paroisse", "prêche le faux", "prêche par l'exemple". */
const PREACH_IDIOM = set('desert paroisse faux exemple convaincu convertis');
/** Words after "prêche" that start a time, not an object: "prêche le dimanche", "prêche chaque vendredi". */
const PREACH_TIME = set('dimanche dimanches samedi samedis vendredi vendredis soir soirs matin matins semaine week-end mois fois jour jours');
/** Determiners of an object after "prêche": "prêche la bonne parole de la méthode agile" (advocating) unless the sentence is religious. */
const PREACH_OBJECT = set("le la les l' un une des du de d' sa son ses leur leurs");
/** Kitchen and hotel words: "l'office" is then a pantry ("fait la plonge et l'office au restaurant"). */
const KITCHEN = set(`restaurant restaurants restauration cuisine cuisines plonge plongeur plongeuse commis brigade hotel hotels hotellerie traiteur
cantine serveur serveuse economat patisserie patissier patissiere chef cheffe`);
/** New-year and civic ceremony words: "a prononcé ses vœux au personnel", not religious vows. */
const CIVIC_VOWS = set(`personnel salaries equipe equipes ceremonie nouvel annee janvier maire directeur directrice president presidente agents
collaborateurs elus habitants adherents`);
/** "a été baptisé", "est baptisée": a copula before the participle. */
const BAPTISED_COPULAS = set('ete est etait sera fut');
/** Things that are given names: "le projet a été baptisé…". */
const NAMED_THINGS = set('projet dispositif programme produit bateau navire logiciel');
/** Words of the rite that make "baptisé" a sacrament. */
const BAPTISM_CUES = set('immersion adulte adultes eglise paroisse temple pasteur pretre cure imam pentecote paques sacrement');
/** Words after "baptisé" that make it a name given: "baptisé Horizon", "baptisé « Cap »", "baptisé du nom de". */
const NAMING = set("sous du nom ainsi comme « \" '");
/** Topic words before a belief: "un livre sur le candomblé", "un documentaire sur les mormons". */
const ABOUT = set(`livre livres article articles documentaire documentaires film films reportage reportages expose exposes conference
conferences memoire these roman romans emission emissions podcast podcasts`);
/** Capitalised rite words that name a work or an event: "les Vêpres siciliennes", "l'Angélus de Millet". */
const TITLE_RITES = set('vepres laudes angelus');

const SAILING = set('bateau bateaux voilier voiliers mat regate regates navigation planche catamaran kitesurf planchiste moniteur monitrice');
/** Words that make a firewalk a team-building exercise rather than a vow. */
const TEAM_BUILDING = set('seminaire seminaires cohesion team-building team managers manager coaching stage entreprise');

/** Places where a faith is taught: teaching there tells the teacher's own faith. */
const FAITH_SCHOOLS = new Set(['ecole coranique', 'ecoles coraniques', 'madrasa', 'madrassa', 'medersa', 'yeshiva', 'catechisme', 'catechese',
  'ecole talmudique', 'talmud torah', 'ecole du dimanche', 'cours de religion']);
/** Teaching verbs and nouns before a faith school: "enseigne à", "donne des cours à", "professeur à". */
const TEACH = set(`enseigne enseignait enseigner enseignant enseignante enseigne professeur professeure prof maitre maitresse cours
  anime animait animer animateur animatrice catechiste fundi moniteur monitrice`);
const TEACH_SKIP = set("a au aux l' la le les de d' des du dans en egalement aussi le matin soir benevolement");
/** Rites a funeral, catering or events worker knows or performs: "connaît les rites juif et musulman", "obsèques catholiques". */
const RITES = set(`rite rites rituel rituels obseques funerailles enterrement enterrements inhumation inhumations ceremonie ceremonies toilette toilettes
mise bieres traditions coutumes usages cuisine cuisines repas menus menu plats abattage mariages mariage interdits prescriptions regles`);
/** Words before a rite that make it one ("le Daimoku", "sa Puja"), and civilities before a first name. */
const RITE_DETS = set("le la les l' un une des du de d' son sa ses leur leurs au aux");
const CIVILITY = set('m mme mr mlle monsieur madame');
/** Gatherings a believer attends: "son rassemblement religieux annuel", "une retraite religieuse". */
const GATHERINGS = set('rassemblement rassemblements retraite retraites camp camps congres convention conventions veillee veillees');
/** Work done at a gathering: its security, its reporting, its organisation as a trade. */
const GATHERING_WORK = set('securite agent agente vigile vigiles surveillance reportage journaliste photographe couverture organisateur organisatrice logistique');
/** Places of worship used as a figure ("le temple du rock", "la cathédrale de la consommation"), and the things they figure. */
const FIGURE_PLACES = set('temple temples cathedrale cathedrales sanctuaire sanctuaires mecque chapelle');
const FIGURED = set(`renommee consommation rock jazz blues rap gout gastronomie mode sport foot football rugby basket shopping luxe musique
cinema commerce design savoir finance bio vinyle glisse fromage vin cuisine`);
/** Things that bear an emblem: a cross on them is a design ("une croix de Malte sur son logo"). */
const EMBLEM_BEARERS = set('logo logos blason blasons ecusson ecussons enseigne drapeau drapeaux maillot maillots embleme emblemes facade carrosserie etiquette etiquettes');
/** Trades that serve rites for others: "chauffeur pour des pompes funèbres … cérémonies religieuses". */
const EVENT_TRADES = set(`chauffeur chauffeuse pompes funebres funeraire funeraires traiteur photographe videaste fleuriste porteur porteurs thanatopracteur
thanatopracteurs marbrier marbriers
maitre-d'hotel organisateur organisatrice dj sonorisation serveur serveuse extra extras prestataire prestations traiteurs`);
/** Knowing, organising or serving rites: the work, not a faith. */
const RITE_WORK = set(`connait connaitre connaissait connaissance connaissances maitrise maitriser maitrisait organise organiser organisait prepare preparer
preparait accompagne accompagner accompagnait adapte adapter adaptait forme formee formation gere gerer gerait realise realiser realisait
assure assurer assurait sert servir servait propose proposer proposait cuisine cuisiner
organisation preparation coordination gestion accompagnement`);
const RITE_SKIP = set("et ou , les des le la l' aux au alimentaires alimentaire funeraires religieux religieuses");
/** A role in a play or a film: "a joué Tartuffe, le faux dévot", "interprète une religieuse". */
const STAGE_VERBS = set('joue jouait jouer interprete interpretait interpreter incarne incarnait incarner');
const STAGE_WORKS = set('piece pieces spectacle spectacles theatre festival film films tournage scene serie feuilleton court-metrage opera moliere tartuffe');
const ROLE_NOUNS = set('role roles personnage personnages');
/** Electronic identity cards: "carte eID", "lecteur eID belge". */
const EID_CONTEXT = set('carte cartes lecteur identite belge belgique numero n itsme puce code pin certificat electronique');
/** A past clergy office: "ancien pasteur", "était prêtre avant de se marier"; "ancien", "ex" go with the title. */
const PAST_TITLE = set('ancien ancienne ex');
/** Words that name a street or a place after which a people's or a faith's name is part of the name ("rue des Juifs"). */
const STREET_WORDS = set('rue place impasse chemin allee avenue boulevard quai cour passage ruelle square quartier pont porte');
/** Address words that stand after a place of worship: "la paroisse de la rue de la Forge". */
const ADDRESS_WORDS = set('place rue impasse chemin allee parvis face derriere');
/** Offices held in a faith's association: "trésorière de l'association culturelle musulmane", "membre de l'association catholique". */
const ASSOC_OFFICES = set(`membre membres adherent adherente adherents tresorier tresoriere president presidente vice-president vice-presidente
secretaire fondateur fondatrice cofondateur cofondatrice responsable animateur animatrice`);
/** Verbs of a life spent in a religious community: "a vécu vingt ans dans une congrégation de religieuses". */
const LIVED_IN = set('vecu vit vivait vivre entree entre rejoint rejointe passe passee reste restee quitte quittee sortie sorti novice');
const ASSOC_HEADS = set('association associations federation amicale cercle');
/** Last words of a religious life left that are also a meeting, a uniform or an order ("le séminaire de management"). */
const LEFT_OBJECTS = set('seminaire habit ordre ordres clerge noviciat voeux');
/** Kin before a past clergy office: "son mari était pasteur" is a relative's office, not a past job of the person. */
const CLERGY_KIN = set('mari femme epouse pere mere frere soeur fils fille oncle');
/** Relatives before "religieuse" / "religieux" as a noun, a nun or a monk: "sa sœur religieuse", "son oncle, religieux chez les jésuites". */
const RELIGIOUS_KIN = set('mari femme epouse pere mere frere freres soeur soeurs fils fille oncle tante cousin cousine neveu niece grand-oncle grand-tante');
/** Lay church offices that are also paid jobs of a parish: "embauché comme sacristain par la paroisse". */
const PAID_LAY = set('sacristain sacristine sacristains sacristines bedeau bedeaux');
/** Verbs of consulting a minister or a healer of a faith: "a consulté un chaman", "va voir un marabout". */
const CONSULT = set('consulte consultee consulter consultait consultent consultes voir voit vu rencontre rencontrer');
/** Determiners between a consulting verb and the minister. */
const CONSULT_DETS = set("un une des son sa");
/** Links from a minister to his church: "pasteur d'une Église évangélique", "imam de la mosquée de Mantes". */
const CLERGY_OF = set("de d' du des");
/** Modifiers of a clergy office before the place where it is held: "diacre permanent dans sa paroisse". */
const CLERGY_MODS = set('permanent permanente benevole titulaire auxiliaire');
/** Prepositions of the place where a clergy office is held: "dans sa paroisse", "à la mosquée". */
const CLERGY_IN = set('dans a au');
const CLERGY_OF_DETS = set("une un la l' le les sa son ses cette");
/** A shop's or a trade's season, not a person's festival: "recrute des extras pour la période du ramadan". */
const BUSINESS_SEASON = set(`recrute recrutent recrutait recrutement recrutements embauche embauchent extras renfort renforts saisonnier saisonniers
ventes vente chiffre promotion promotions commande commandes clientele affluence rayon rayons`);
/** Objects a ritual adjective makes religious: "ses colliers de perles rituels", "des bains rituels", "une danse rituelle". */
const RITUAL_OBJECTS = set(`collier colliers perle perles bracelet bracelets objet objets amulette amulettes talisman talismans tenue tenues habit habits
vetement vetements coiffe coiffes pagne pagnes bijou bijoux marque marques scarification scarifications tatouage tatouages
bain bains offrande offrandes sacrifice sacrifices ceremonie ceremonies purification ablution ablutions couteau poignard cordon cordons`);
/** A turban as fashion or after chemotherapy (health), not a sign of faith. */
const TURBAN_OTHER = set(`mode wax tissu tissus coiffure coiffeuse cheveux chimio chimiotherapie alopecie couture accessoire accessoires
boutique vend vente vendre turban-bandeau bandeau eponge serviette plage look style createur createurs
cuisiner recette recettes saumon poisson farci farce traiteur hygiene`);
/** Venues and events named after a feast: "au restaurant Nowruz", "un stage au Losar, un restaurant tibétain", "l'événement Holi". */
const FEAST_VENUES = set(`restaurant restaurants bar snack traiteur epicerie boutique magasin salon hotel cafe brasserie festival association
agence marque enseigne societe entreprise studio evenement evenements`);
/** Islamic finance as a trade: "analyste zakat dans une banque islamique", "finance islamique (zakat, sukuk)". */
const ISLAMIC_FINANCE = set('finance sukuk analyste conformite takaful charia-compatible');
/** English adherent names heading an organisation's name: "Muslim Aid", "Jewish Museum". */
const ENGLISH_ADHERENTS = set('muslim jewish buddhist');

/** Members of a group named before a sect word: "membre de la Fraternité…, un groupe sectaire". */
const SECT_MEMBERS = set('membre membres adepte adeptes disciple disciples fidele fideles appartenait appartenu appartient rejoint');
/** Celebrations refused for a faith, and the words between them ("ne fête ni Noël ni les anniversaires"). */
const CELEBRATIONS = set('noel paques anniversaire anniversaires halloween fetes');
const CELEBRATION_SKIP = set("pas plus jamais les la le l' ses leurs son sa aucun aucune ou et meme non");

/** Documents and works an adjective of faith may qualify: "textes zoroastriens", "manuscrits bouddhistes". */
const DOCUMENTS = set(`texte textes manuscrit manuscrits ecrits ouvrage ouvrages livre livres archives archive document documents corpus fonds
inscriptions inscription tablettes papyrus parchemins enluminures iconographie objets sculptures statues estampes`);
/** Work done on documents: cataloguing, translating, restoring, editing, studying. */
const DOCUMENT_WORK = set(`catalogage catalogue cataloguer catalogues traduit traduire traduction traductions traductrice traducteur restaure restaurer restauration
numerise numeriser numerisation archive archiver archivage edite editer edition indexe indexer indexation conservation conserve inventaire inventorie
these theses`);
const THESIS_DETS = set('un son mon sa leur du ce');
/** Reading as practice: "il lit des textes bouddhistes chaque soir" (at a library too). */
const DOCUMENT_READING = set('lit lisait lire lisent lu recite recitait reciter medite mediter meditait');
/** First halves of a people's hyphenated name whose second half is a faith word ("assyro-chaldéen", "chaldéo-assyrien"). */
const PEOPLE_PREFIXES = set('assyro');
/** Heads that make such a name a church or a rite: "l'Église assyro-chaldéenne", "le rite assyro-chaldéen". */
const PEOPLE_CHURCHES = set('eglise eglises rite rites liturgie paroisse communaute');

export default defineRule({
  id: 'religion',
  meta: {
    description: 'Convictions religieuses ou philosophiques : appartenance, pratique, fêtes observées, lieu de culte, tenue ou règles alimentaires religieuses.',
    category: 'religion',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9', 'Code du travail L1132-1 (convictions religieuses)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    religion: 'Conviction ou pratique religieuse (« {terme} ») : donnée sensible (RGPD art. 9), à retirer du compte rendu.',
    pratique: 'Pratique religieuse (« {terme} ») : notez seulement la contrainte d’horaires ou de disponibilité qui en découle.',
  },
  explanation:
    "Les convictions religieuses ou philosophiques sont des données sensibles (RGPD art. 9) ; la CNIL a relevé « cliente de confession juive » " +
    "parmi les commentaires illicites. L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15). Si une pratique a une " +
    "conséquence sur le parcours, écrivez la seule contrainte (« non disponible le samedi », « horaires aménagés sur certaines périodes ») ; " +
    "sinon, supprimez la mention.",
  lexicon: RELIGION_LEXICON,
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const done: Array<[number, number]> = [];
    const hitAt = new Map<number, Hit>();
    for (const h of ctx.hits) hitAt.set(h.from, h);
    // religious hits per sentence, other than "pratiquant" itself (counted once, not per hit)
    let perSentence: Map<number, number> | null = null;
    const religiousPerSentence = () => {
      if (!perSentence) {
        perSentence = new Map();
        for (const o of ctx.hits) if (o.entry.tag !== 'pratiquant') perSentence.set(doc.tokens[o.from].sn, (perSentence.get(doc.tokens[o.from].sn) ?? 0) + 1);
      }
      return perSentence;
    };
    const t = (i: number, ref: number) => tt(doc, i, ref);
    const tagAt = (i: number) => hitAt.get(i)?.entry.tag;
    /** "connaît les rites | juif et musulman", "organise des obsèques catholiques": rites known or served at work. */
    const ritesWorked = (i: number): boolean => {
      let k = i - 1;
      // the list of rites may hold two-word names: "rites catholique, copte, arménien apostolique, bouddhiste"
      const inAdherent = (k: number) => tagAt(k) === 'adherent' || (tagAt(k - 1) === 'adherent' && hitAt.get(k - 1)!.to > k);
      for (let n = 0; n < 10 && k >= 0 && toks[k].sn === toks[i].sn && (RITE_SKIP.has(toks[k].t) || inAdherent(k)); n++) k--;
      if (!RITES.has(t(k, i))) return false;
      if (jobFrameBefore(doc, k)) return true;
      // "Organisation d'obsèques (rites catholique, copte…)": the bracket lists the rites of the work before it
      for (let q = k - 1, n = 0; q >= 0 && n < 8 && toks[q].sn === toks[i].sn && (toks[q].k !== Kind.Punct || toks[q].t === '('); q--, n++) if (RITE_WORK.has(toks[q].t)) return true;
      return false;
    };
    /** End of a minister's title with its church: "pasteur d'une Église évangélique", "imam de la mosquée". */
    const clergyEnd = (h: Hit): number => {
      if (!CLERGY_OF.has(t(h.to, h.from))) return h.to;
      let k = h.to + 1;
      if (CLERGY_OF_DETS.has(t(k, h.from))) k++;
      const o = hitAt.get(k);
      const ot = o?.entry.tag;
      return o && (ot === 'lieu' || ot === 'congregation' || ot === 'adherent') ? o.to : h.to;
    };
    /** "a joué Tartuffe, le faux dévot", "interprète une religieuse": a role, not the person's faith. */
    const stageRole = (i: number): boolean => {
      if (t(i - 1, i) === 'faux' || t(i - 1, i) === 'fausse') return true;
      for (let k = i - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[i].sn; k--, n++) if (ROLE_NOUNS.has(toks[k].t)) return true;
      for (let k = i - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === toks[i].sn; k--, n++) if (STAGE_VERBS.has(toks[k].t)) return sentenceHas(doc, i, STAGE_WORKS);
      return false;
    };

    const report = (a: number, b: number, opts: { confidence?: Confidence; practice?: boolean; asserted?: boolean } = {}) => {
      // "n'a jamais été…", "n'est pas…": an absence; the range is consumed so its parts stay silent too
      // (not a litote: "on ne peut pas dire qu'il ne soit pas pratiquant")
      if (!opts.asserted && ((negatedGoverned(doc, a) && !litote(a)) || absentBefore(a))) { done.push([a, b]); return; }
      if (overlapsRecent(done, a, b)) return;
      done.push([a, b]);
      const [start, end] = doc.tokRange(a, b);
      const fixes: Fix[] = [];
      if (opts.practice) {
        // "pendant le ramadan" → "pendant certaines périodes de l'année"
        const det = t(a - 1, a);
        const before = t(a - 2, a);
        if ((det === 'le' || det === 'la' || det === "l'" || det === 'du') && (PRACTICE_SUBJECT.has(before) || (before === 'au' && t(a - 3, a) !== ''))) {
          const [ds] = doc.tokRange(a - 1, a);
          const replacement = det === 'du' ? "de certaines périodes de l'année" : "certaines périodes de l'année";
          fixes.push({ start: ds, end, replacement, label: `Remplacer par « ${replacement} »` });
        }
      }
      fixes.push(clauseRemovalFix(doc, ctx.text, a, b));
      const r: Report = {
        start,
        end,
        messageId: opts.practice ? 'pratique' : 'religion',
        data: { terme: ctx.text.slice(start, end) },
        confidence: opts.confidence ?? 'high',
        fixes,
      };
      ctx.report(r);
    };

    /** "aucune pratique religieuse", "n'est pas lui-même croyant": an absence ("ne… plus" is a past practice, still told). */
    const absentBefore = (a: number): boolean => {
      const sn = toks[a].sn;
      for (let k = a - 1, n = 0; k >= 0 && n < 6 && toks[k].sn === sn; k--, n++) {
        const w = toks[k].t;
        // "ne rate jamais la prière", "ne manque aucune messe": a negated verb of missing asserts the practice
        if ((ABSENT.has(w) || w === 'pas' || w === 'jamais') && missNegated(doc, k)) return false;
        if (ABSENT.has(w)) return true;
        if (w === 'pas' || w === 'jamais' || w === 'point' || w === 'nullement' || w === 'aucunement') {
          for (let j = k - 1; j >= Math.max(0, k - 4) && toks[j].sn === sn; j--) if (toks[j].t === 'ne' || toks[j].t === "n'") return !litote(j);
          return !litote(k);
        }
        if (!NEG_GAP.has(w) && toks[k].k !== Kind.Punct) return false;
        if (toks[k].k === Kind.Punct && w !== '-') return false;
      }
      return false;
    };
    /** "on ne peut pas dire qu'il ne soit pas…", "impossible de dire qu'elle n'est pas…": a double negation asserts. */
    const litote = (neg: number): boolean => {
      const sn = toks[neg].sn;
      for (let k = neg - 1, n = 0; k >= 0 && n < 8 && toks[k].sn === sn; k--, n++) {
        if (!SAY.has(toks[k].t)) continue;
        for (let j = k - 1; j >= Math.max(0, k - 3) && toks[j].sn === sn; j--) if (toks[j].t === 'pas' || toks[j].t === 'impossible' || toks[j].t === 'jamais') return true;
        return false;
      }
      return false;
    };

    /** "à cause de l'office", "en raison de la messe", "à cause du culte", said of the person's availability. */
    const serviceAsReason = (i: number, to: number): boolean => {
      const pw = t(i - 1, i);
      let r: number;
      if (pw === 'du' || pw === 'des') r = i - 2;
      else if (set("l' le la les").has(pw) && (t(i - 2, i) === 'de' || t(i - 2, i) === "d'")) r = i - 3;
      else return false;
      if (!REASON.has(t(r, i))) return false;
      if (!sentenceHas(doc, i, AVAILABILITY)) return false;
      // note style without a subject: "Indisponible le vendredi en raison de la messe"
      const first = doc.sentences[toks[i].sn]?.[0];
      return personInSentence(doc, i, i, to) || (first !== undefined && NOTE_START.has(toks[first].t));
    };

    /** End of a service and the place where it is held: "la messe | à la paroisse hispanophone". */
    const placeAfter = (h: Hit): number => {
      let k = h.to;
      if (t(k, h.from) !== 'a' && t(k, h.from) !== 'au') return h.to;
      k++;
      if (DEFINITE.has(t(k, h.from))) k++;
      const p = hitAt.get(k);
      if (!p || p.entry.tag !== 'lieu') return h.to;
      const next = toks[p.to];
      // one qualifying adjective after the place ("paroisse hispanophone", "mosquée turque"), not a verb or a link word
      if (next && next.sn === toks[h.from].sn && next.k === Kind.Word && !doc.isCapitalized(p.to) && /(e|s|ain|ien|ais|ois|ique)$/.test(next.t) && !ATTEND_STOP.has(next.t)) return p.to + 1;
      return p.to;
    };

    /** "un livre sur le candomblé", "un reportage sur les témoins de Jéhovah". */
    const aboutTopic = (i: number): boolean => {
      let k = i - 1;
      if (DEFINITE.has(t(k, i))) k--;
      if (t(k, i) !== 'sur') return false;
      for (let j = k - 1; j >= k - 3 && t(j, i); j--) if (ABOUT.has(toks[j].t)) return true;
      return false;
    };

    /** An organisation or a topic named just before: "Secours catholique", "école privée juive". */
    /** "membre de la Fraternité de l'Aube", "adepte du Cercle de Lumière" earlier in the sentence of a sect word at i: [from, to) or null. */
    const sectMember = (i: number): [number, number] | null => {
      for (let m = i - 1; m >= 0 && m > i - 16 && toks[m].sn === toks[i].sn; m--) {
        if (!SECT_MEMBERS.has(toks[m].t)) continue;
        let k = m + 1;
        if (set("de d' du des a au aux").has(t(k, i))) k++;
        if (set("la le l' les").has(t(k, i))) k++;
        if (!t(k, i) || toks[k].k !== Kind.Word || !doc.isCapitalized(k) || k >= i) continue;
        let e = k + 1;
        // the name runs on its capitalised words and inner "de", "du", "l'": "Fraternité de l'Aube", "Cercle du Soleil levant"
        while (e < i && toks[e].k === Kind.Word) {
          if (doc.isCapitalized(e)) { e++; continue; }
          let j = e;
          while (j < i && set("de d' du des la l' le").has(t(j, i))) j++;
          if (j > e && j < i && toks[j].k === Kind.Word && doc.isCapitalized(j)) { e = j + 1; continue; }
          break;
        }
        return [m, e];
      }
      return null;
    };
    /** "trésorière de l'association culturelle musulmane": the association of an adherent word at i when an office is held in it, or -1. */
    const officeInAssociation = (i: number): number => {
      let k = i - 1;
      for (let n = 0; n < 3 && k >= 0 && !ASSOC_HEADS.has(t(k, i)); n++) k--;
      if (!ASSOC_HEADS.has(t(k, i))) return -1;
      let j = k - 1;
      if (set("la l' le les une un").has(t(j, i))) j--;
      if (!set("de d' du des a au").has(t(j, i))) return -1;
      return ASSOC_OFFICES.has(t(j - 1, i)) && !jobFrameBefore(doc, j - 1) ? k : -1;
    };
    /** A delivery to the place: "a livré des colis au temple protestant", "livraisons à la synagogue" (a job, not attendance). */
    const deliveredTo = (i: number): boolean => {
      let at = false;
      for (let k = i - 1, n = 0; k > 0 && n < 7 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
        const w = toks[k].t;
        if (w === 'au' || w === 'aux' || w === 'a') at = true;
        else if (at && (DELIVERY.has(w) || (w === 'livre' && DELIVERED_DETS.has(t(k + 1, i)) && set('a ai avait ont').has(t(k - 1, i))))) return true;
      }
      return false;
    };
    /** "un mémoire sur des manuscrits bouddhistes", "son mémoire de master": a thesis (not "de mémoire", "en mémoire de"). */
    const thesisIn = (i: number) => {
      for (let k = i - 1, n = 0; k > 0 && n < 10 && toks[k].sn === toks[i].sn; k--, n++) if (toks[k].t === 'memoire' && THESIS_DETS.has(toks[k - 1].t)) return true;
      return false;
    };
    const orgBefore = (i: number) => {
      let k = i - 1;
      for (let n = 0; n < 3 && k >= 0; n++, k--) {
        const w = t(k, i);
        if (!w) return false;
        if (ORG.has(w)) return true;
        if (!ORG_SKIP.has(w)) return false;
      }
      return false;
    };

    /** End of "mission | pour l'Église mormone", "mission | d'évangélisation", "volontariat | avec sa paroisse", or -1. */
    const missionSpan = (h: Hit): number => {
      const i = h.from;
      let k = h.to;
      if (MISSION_FAITH.has(t(k, i))) return k + 1;
      if ((t(k, i) === 'de' || t(k, i) === "d'") && MISSION_WORK.has(t(k + 1, i))) return k + 2;
      // "la mission du diocèse est d'accueillir…": the body's own mission, not the person's service
      if (t(k, i) === 'du' || ((t(k, i) === 'de' || t(k, i) === "d'") && DEFINITE.has(t(k + 1, i)))) return -1;
      while (k < h.to + 7 && (MISSION_LINK.has(t(k, i)) || (t(k, i) && toks[k].k === Kind.Number))) k++;
      if (k === h.to) return -1;
      // "pour les Témoins de Jéhovah", "pour les adventistes": an adherent phrase after the links
      if (!MISSION_BODY.has(t(k, i))) return tagAt(k) === 'adherent' ? hitAt.get(k)!.to : -1;
      // the church's name goes with it: "l'Église mormone", "l'Église évangélique du Réveil"
      let end = hitAt.has(k) ? Math.max(k + 1, hitAt.get(k)!.to) : k + 1;
      if (tagAt(end) === 'adherent' || tagAt(end) === 'adherent-nom') end = hitAt.get(end)!.to;
      else if (MISSION_FAITH.has(t(end, i))) end++;
      // "l'Église de Scientologie", "l'Église des saints des derniers jours"
      else if ((t(end, i) === 'de' || t(end, i) === 'des') && hitAt.has(end + 1)) end = hitAt.get(end + 1)!.to;
      return end;
    };

    for (const h of ctx.hits) {
      const i = h.from;
      const tag = h.entry.tag;
      const pw = t(i - 1, i);
      const nw = t(h.to, i);
      switch (tag) {
        case 'adherent': {
          // "assyro-chaldéen": a people's name (origine), the faith word only its second half
          if (toks[i].hyphen && PEOPLE_PREFIXES.has(pw) && !PEOPLE_CHURCHES.has(t(i - 2, i))) break;
          // "Mme Chrétien, DRH du groupe", "M. Catholique": a surname after a title
          if (doc.isCapitalized(i) && !toks[i].first && (TITLES.has(pw) || (pw === '.' && TITLES.has(t(i - 2, i))))) break;
          // a street or a place named after the faithful: "rue des Juifs", "impasse des Chrétiens", "la Cour des Protestants"
          if (doc.isCapitalized(i) && (pw === 'des' || pw === 'aux') && STREET_WORDS.has(t(i - 2, i))) break;
          // "de culture musulmane", "de tradition juive": a heritage, not an organisation named "culture"
          if ((pw === 'culture' || pw === 'tradition' || pw === 'famille' || pw === 'origine') && t(i - 2, i) === 'de' && !orgBefore(i - 2)) { report(i - 2, h.to); break; }
          // an office held in a faith's association is the person's membership: "trésorière de l'association culturelle musulmane"
          const office = officeInAssociation(i);
          if (office >= 0) { if (personInSentence(doc, i, office, h.to)) report(office, h.to); break; }
          if (orgBefore(i) || jobFrameBefore(doc, i) || deliveredTo(i)) break;
          // "des temples protestants", "une paroisse protestante": the adjective of a place; the place's own check decides (attended or not)
          {
            let placed = false;
            for (let k = i - 1; k >= Math.max(0, i - 3) && !placed; k--) { const p = hitAt.get(k); placed = !!p && p.entry.tag === 'lieu' && p.to === i; }
            if (placed) break;
          }
          // "Muslim Aid", "Jewish Museum": an English adherent name heading an organisation's name
          if (ENGLISH_ADHERENTS.has(toks[i].t) && toks[h.to]?.k === Kind.Word && toks[h.to].sn === toks[i].sn && doc.isCapitalized(h.to)) break;
          // "un livre sur le candomblé", "un documentaire sur les mormons": a topic, not the person's faith
          if (aboutTopic(i)) break;
          // "le catalogage de textes zoroastriens", "a traduit des manuscrits bouddhistes": documents of a faith handled as work
          // (a library or a museum is only a setting: "lit des ouvrages musulmans à la bibliothèque" is reading; "un mémoire sur…" is work)
          if ((DOCUMENTS.has(pw) || DOCUMENTS.has(t(i - 2, i))) && !around(doc, i, h.to, DOCUMENT_READING, 5)
            && (sentenceHas(doc, i, DOCUMENT_WORK) || thesisIn(i))) break;
          // rites worked with, a role played: "connaît les rites juif et musulman", "a joué le faux dévot"
          if (ritesWorked(i) || stageRole(i)) break;
          if (toks[i].t.startsWith('catholique') && (pw === 'pas' || pw === 'peu' || (pw === 'tres' && t(i - 2, i) === 'pas'))) break; // "pas très catholique"
          if (toks[i].t.startsWith('protestant') && (nw === 'contre' || pw === 'en')) break; // "en protestant contre…"
          let a = i;
          let b = h.to;
          // "de confession musulmane", "de religion juive"
          if ((pw === 'confession' || pw === 'religion') && t(i - 2, i) === 'de') a = i - 2;
          else if (pw === 'confession' || pw === 'religion' || pw === 'foi') a = i - 1;
          // "musulmane pratiquante", "catholique non pratiquant"
          if (tagAt(b) === 'pratiquant') b = hitAt.get(b)!.to;
          report(a, b);
          break;
        }
        case 'adherent-nom': {
          // "Jean-Baptiste", "Baptiste Martin": a first name, unless lower case or after a copula
          if (doc.isCapitalized(i) && !set('est etait sont eglise eglises chretien chretienne chretiens communaute').has(pw)) break;
          if (orgBefore(i) || jobFrameBefore(doc, i)) break;
          report(i, h.to);
          break;
        }
        case 'role':
        case 'clerge': {
          // "bénévole comme catéchiste", "bénévole servante d'autel": the person's volunteering, in a note without a subject too
          if (VOLUNTEER.has(pw) || (pw === 'comme' && VOLUNTEER.has(t(i - 2, i)))) { report(VOLUNTEER.has(pw) ? i - 1 : i - 2, h.to); break; }
          // "son mari est pasteur", "ancien séminariste", "a été ordonné prêtre"; not "poste d'aumônier"
          if (jobFrameBefore(doc, i) || orgBefore(i)) break;
          // "Catéchiste bénévole, elle…", "aumônier bénévole à la prison": an unpaid office, held by a believer
          if (tag === 'clerge' && h.to - i === 1 && VOLUNTEER.has(nw) && !stageRole(i)) { report(i, h.to); break; }
          // a lay role is an idiom without its head ("ce n'est pas un enfant de chœur")
          const multi = h.to - i > 1 && tag === 'clerge';
          // "suivi son mari, pasteur d'une Église évangélique": an apposition to a relative
          if (tag === 'clerge' && pw === ',' && CLERGY_KIN.has(t(i - 2, i)) && !stageRole(i)) { report(i, clergyEnd(h), { confidence: 'high' }); break; }
          // "a consulté un chaman", "va voir un marabout": the person turns to a minister or healer of a faith
          if (tag === 'clerge' && CONSULT_DETS.has(pw) && CONSULT.has(t(i - 2, i)) && !stageRole(i)) { report(i - 1, clergyEnd(h), { confidence: 'medium' }); break; }
          const k = DEGREE_SKIP.has(pw) ? i - 2 : i - 1;
          const head = t(k, i);
          if (!multi && !CLERGY_HEADS.has(head)) break;
          // "Ancien pasteur, il…", "il était prêtre avant de se marier": a past clergy office is a past job (what the person still
          // believes or practises is found by its own words); "son mari était pasteur" stays
          // A past clergy office is reported like a present one (it reveals a past belief): "Ancien prêtre",
          // "Ex-imam", "il était pasteur avant de se marier"; a target job or an employer stays silent (job frame, parish's paid job)
          const from = !multi && PAST_TITLE.has(head) ? k : i;
          // "embauché comme sacristain par la paroisse", "poste de bedeau": a parish's paid job
          if (PAID_LAY.has(toks[i].t) && sentenceHas(doc, i, MISSION_JOB)) break;
          if (stageRole(i)) break;
          if (!personInSentence(doc, i, i, h.to)) break;
          report(from, multi ? h.to : clergyEnd(h), { confidence: multi ? 'high' : 'medium' });
          break;
        }
        case 'pelerinage': {
          // "a fait son pèlerinage", "part en pèlerinage"; not "la saison des pèlerinages" (a period at work)
          let own = set('son sa ses leur').has(pw) || (pw === 'en' && PILGRIM_VERBS.has(t(i - 2, i)));
          // "va tous les ans au pardon de…": a time phrase may stand between the verb and the pilgrimage
          let verb = '';
          // ("participe chaque année, en mai, au pèlerinage": a time phrase between commas too, when the pilgrimage is the verb's complement)
          const comma = set('au en un le').has(pw);
          for (let k = i - 1; k >= i - 9 && !own && t(k, i) && (toks[k].k !== Kind.Punct || (comma && toks[k].t === ',')); k--) if (PILGRIM_VERBS.has(t(k, i))) { own = true; verb = t(k, i); }
          if (!own || jobFrameBefore(doc, i)) break;
          // "une agence qui organise des pèlerinages à Lourdes": pilgrimages organised in the plural are a trade, not one's own journey
          if (ORGANISING.has(verb) && toks[i].t.endsWith('s') && !POSSESSIVE_DETS.has(pw)) break;
          // "le pèlerinage de Compostelle en randonnée", "pèlerinage sur les traces de son grand-père": a hike, a memory trip
          if (nw === 'sur' || sentenceHas(doc, i, HIKE)) break;
          // "un pèlerinage de recruteur en recruteur", "de bureau en bureau": a round of visits, a figure
          if ((nw === 'de' || nw === "d'") && t(h.to + 2, i) === 'en' && t(h.to + 3, i) === t(h.to + 1, i)) break;
          // "au pardon de Sainte-Anne-d'Auray": the saint's hyphenated name goes with it
          let end = h.to;
          while (toks[end] && (toks[end].hyphen || (toks[end - 1].elided && toks[end - 1].hyphen)) && toks[end].sn === toks[i].sn) end++;
          report(i, end, { practice: true });
          break;
        }
        case 'doctrine': {
          // "deux ans de cours à l'Église de scientologie": the church named by its doctrine is attended, a course there is its
          // practice (a job there is a work site: "poste d'agent d'accueil à l'Église de scientologie")
          if ((pw === 'de' || pw === 'du') && t(i - 2, i) === 'eglise') {
            // "un livre sur l'Église de scientologie", "un cours d'histoire sur l'Église de…": a topic
            if (t(i - 3, i) === 'sur' || (DEFINITE.has(t(i - 3, i)) && t(i - 4, i) === 'sur') || sentenceHas(doc, i, WORKSITE)) break;
            if ((sentenceAttends(doc, i) || around(doc, i, h.to, TRAINING, 6)) && personInSentence(doc, i, i - 2, h.to)) report(i - 2, h.to);
            break;
          }
          if (orgBefore(i) || jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 5) || aboutTopic(i)) break;
          // "Membre du mouvement raëlien depuis 2018": the person's membership, even in a note without a subject
          // ("un mémoire sur les membres du mouvement raëlien": a topic)
          if ((pw === 'du' || pw === 'de') && MEMBER_OF.has(t(i - 2, i))) {
            if (!aboutTopic(i - 2) && !sentenceHas(doc, i, MOVEMENT_JOB)) report(i - 2, h.to);
            break;
          }
          // "Fidèle de la Tenrikyo", "membre de la Soka Gakkai": the article between
          if ((pw === 'la' || pw === "l'") && t(i - 2, i) === 'de' && MEMBER_OF.has(t(i - 3, i))) {
            if (!aboutTopic(i - 3) && !sentenceHas(doc, i, MOVEMENT_JOB)) report(i - 3, h.to);
            break;
          }
          if (!personNamed(doc, i, h.to)) break;
          report(i, h.to);
          break;
        }
        case 'conversion': {
          // "sa conversion à l'islam", "s'est convertie au judaïsme", "converti à la religion musulmane";
          // not "converti en CDI", "conversion du permis"
          let k = h.to;
          for (let n = 0; n < 3 && set("a au aux l' la religion foi culte").has(t(k, i)); n++) k++;
          const r = hitAt.get(k);
          if (k === h.to || !r || (r.entry.tag !== 'doctrine' && r.entry.tag !== 'adherent')) break;
          // a possessive or a reflexive makes it the person's own, even next to a religious employer
          // ("a quitté son poste au diocèse après sa conversion à l'islam") or courses ("se convertit au judaïsme et suit des cours")
          const own = set("sa son leur s' se").has(pw) || (set('est etait').has(pw) && set("s' se").has(t(i - 2, i)));
          if (!own && around(doc, i, r.to, TRAINING, 4)) break;
          // "Converti au bouddhisme, il médite…": the subject's apposition
          let appos = false;
          if (toks[i].first) for (let k = r.to; k < r.to + 8 && toks[k]?.sn === toks[i].sn && !appos; k++) appos = t(k, i) === ',' && set('il elle').has(t(k + 1, i));
          // "la conversion au christianisme de Clovis": someone else's
          if (!own && set("de d'").has(t(r.to, i)) && doc.isCapitalized(r.to + 1)) { done.push([i, r.to]); break; }
          if (!own && !appos && (jobFrameBefore(doc, i) || orgBefore(i) || !personNamed(doc, i, r.to))) break;
          report(own && set('sa son leur').has(pw) ? i : own ? (set('est etait').has(pw) ? i - 2 : i - 1) : i, r.to);
          break;
        }
        case 'croyance': {
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 4)) break;
          const last = toks[h.to - 1].t;
          // "Ancienne religieuse, elle a quitté l'abbaye": leaving is told once the sentence names the faith or the office otherwise
          if (toks[i].t.startsWith('quitt') && (religiousPerSentence().get(toks[i].sn) ?? 0) > 1) break;
          // "a quitté le séminaire de management", "quitté l'habit de pompier", "son ordre de mission": a meeting, a uniform, an order
          if (LEFT_OBJECTS.has(last) && set("de d' du des sur").has(nw) && !(toks[h.to + 1] && doc.isCapitalized(h.to + 1)) && !set('religieuses religieux').has(t(h.to + 1, i))) break;
          // "a perdu la foi en la politique", "garde la foi dans son projet": a trust in something else
          if (last === 'foi' && set('en dans au aux envers').has(nw) && !set('dieu allah jesus religion').has(t(h.to + 1, i)) && !set('dieu allah jesus').has(t(h.to + 2, i))) break;
          if (h.entry.lemma === 'secte') {
            // "membre de la Fraternité de l'Aube, un groupe à caractère sectaire": the named group the person belonged to
            const named = sectMember(i);
            // "lutte contre les dérives sectaires", "le gourou de la finance": a fight or a figure of speech
            if (pw === 'contre' || t(i - 2, i) === 'contre' || (toks[i].t.startsWith('gourou') && set("de du des d'").has(nw))) break;
            if (named) report(named[0], named[1]);
            else if (!personLinked(doc, i, h.to)) break;
          }
          report(i, h.to);
          break;
        }
        case 'feter': {
          // a refusal of Christmas, Easter or birthdays told of the person: "ne fête ni Noël ni les anniversaires", "ne fête pas les
          // anniversaires"; not a missed party ("n'a pas pu fêter Noël", "ne fête pas son anniversaire cette année")
          const neg = pw === 'ne' || pw === "n'" ? i - 1 : -1;
          if (neg < 0 || jobFrameBefore(doc, i)) break;
          let e = -1;
          const kinds = new Set<string>();
          for (let k = h.to; k < h.to + 10 && t(k, i) && toks[k].sn === toks[i].sn; k++) {
            const w = toks[k].t;
            if (w === 'ni') continue;
            if (CELEBRATIONS.has(w)) {
              e = k + 1;
              // "son anniversaire" is one party, not a refusal
              if (!(w === 'anniversaire' && (t(k - 1, i) === 'son' || t(k - 1, i) === 'sa'))) kinds.add(w.startsWith('anniversaire') ? 'anniversaire' : w);
              continue;
            }
            if (!CELEBRATION_SKIP.has(w)) break;
          }
          // two refused celebrations make the faith's rule ("ni Noël ni les anniversaires"); one is a taste or a circumstance
          // ("ne fête jamais les anniversaires", "ni Noël ni le Nouvel An avec sa famille"); "… de ses collègues": someone else's party
          if (e > 0 && kinds.size >= 2 && !set("de des du d'").has(t(e, i)) && personNamed(doc, i, e)) report(neg, e);
          break;
        }
        case 'orthodoxe': {
          // "Orthodoxe pratiquante, elle…", "orthodoxe non pratiquant": the practice word says it of a person
          if (tagAt(h.to) === 'pratiquant' && !jobFrameBefore(doc, i) && !orgBefore(i)) { report(i, hitAt.get(h.to)!.to); break; }
          // the Church named by its people goes with it: "orthodoxe éthiopienne", "orthodoxes russes"
          const end = ORTHODOX_CHURCHES.has(nw) ? h.to + 1 : h.to;
          if (set('est etait sont etaient famille homme femme juif juive chretien chretienne pretre religion eglise').has(pw)) report(i, end);
          // "Orthodoxe, il fait le grand carême", "Orthodoxe érythréenne, elle…": the subject's apposition
          else if (toks[i].first && t(end, i) === ',' && SUBJECT_AFTER.has(t(end + 1, i))) report(i, end);
          break;
        }
        case 'croyant': {
          if (pw === 'en') break; // "en croyant bien faire"
          if (set("que qu' bien pouvoir etre avoir faire a").has(nw)) break;
          if (nw === 'en' && !set('dieu allah jesus').has(t(h.to + 1, i))) break;
          if (negatedBefore(doc, i) || absentBefore(i)) break;
          report(i, h.to);
          break;
        }
        case 'pratiquant': {
          if (tagAt(i - 1) === 'adherent' || tagAt(i - 1) === 'orthodoxe' || recent(done).some(([, y]) => y === h.to)) break; // merged with the adherent word
          if (sentenceHas(doc, i, SPORT)) break;
          if (set("le la l' les du de des d' un une regulier reguliere assidu assidue").has(nw)) break;
          const religiousAround = (religiousPerSentence().get(toks[i].sn) ?? 0) > 0;
          // "très pratiquante" matched as one phrase: the degree word is inside the hit ("Sa belle-famille, très pratiquante, …")
          // "Pratiquante, elle ne travaille pas le vendredi soir": the subject's apposition
          if (toks[i].first && nw === ',' && SUBJECT_AFTER.has(t(h.to + 1, i))) { report(i, h.to); break; }
          const degree = INTENSIFIERS.has(pw) || pw === 'non' || (h.to - i > 1 && INTENSIFIERS.has(toks[i].t));
          // "qu'il soit pratiquant", "il ne soit pas pratiquant" after "on ne peut pas dire": a copula about the person
          const copula = (COPULAS.has(pw) || ((pw === 'pas' || pw === 'plus') && COPULAS.has(t(i - 2, i)))) && personInSentence(doc, i, i, h.to);
          if (degree || religiousAround || copula) report(i, h.to, { confidence: religiousAround || copula ? 'high' : 'medium' });
          break;
        }
        case 'religieux': {
          if (toks[i].t === 'religieusement' || sentenceHas(doc, i, PASTRY)) break;
          // a reason is never a job: "ne travaille pas le samedi pour raisons religieuses"
          const reason = /^(raisons?|motifs?)$/.test(pw);
          // "chauffeur pour des pompes funèbres, y compris pour des cérémonies religieuses": rites served by a trade
          if (RITES.has(pw) && sentenceHas(doc, i, EVENT_TRADES)) break;
          // "participe chaque été à son rassemblement religieux annuel"; not the security or the catering of such gatherings
          if (GATHERINGS.has(pw)) { if (!orgBefore(i - 1) && !jobFrameBefore(doc, i - 1) && !sentenceHas(doc, i, EVENT_TRADES) && !sentenceHas(doc, i, GATHERING_WORK)
            && personInSentence(doc, i, i - 1, h.to)) report(i - 1, h.to); break; }
          if (RELIG_HEADS.has(pw)) { if (!orgBefore(i - 1) && (reason || !jobFrameBefore(doc, i - 1)) && !around(doc, i, h.to, RULES_CONTEXT, 6)) report(i - 1, h.to); break; }
          if (INTENSIFIERS.has(pw) && pw !== 'reste') report(i, h.to);
          // a nun or a monk of the family: "une sœur religieuse au carmel", "sa tante, religieuse dans une congrégation",
          // "a vécu dix ans comme religieuse"
          else if (toks[i].t !== 'religieuses' && (RELIGIOUS_KIN.has(pw) || (pw === ',' && RELIGIOUS_KIN.has(t(i - 2, i)))
            || (pw === 'comme' && personInSentence(doc, i, i, h.to))) && !jobFrameBefore(doc, i)) report(i, h.to);
          break;
        }
        case 'impot-culte': {
          // "exonéré de Kirchensteuer", "pas de Kirchensteuer", "sans confession": none paid, no church
          if (negatedBefore(doc, i) || set('sans exonere exoneree exoneration aucun aucune').has(pw) || set('sans exonere exoneree').has(t(i - 2, i))) break;
          // "Konfession : —", "Religionszugehörigkeit : ohne": a form line left empty
          if (toks[h.to]?.t === ':' && FORM_EMPTY.has(t(h.to + 1, i))) break;
          report(i, h.to);
          break;
        }
        case 'religion': {
          const lemma = h.entry.lemma;
          if (lemma === 'de confession') break; // reported with the adherent word
          // a form or CV line "confession : réformée", "religion : catholique": the value is the belief, not the label
          if ((lemma === 'religion' || lemma === 'confession') && toks[h.to]?.t === ':' && toks[h.to + 1]?.k === Kind.Word && toks[h.to + 1].sn === toks[i].sn) {
            const v = h.to + 1;
            if (FORM_EMPTY.has(toks[v].t) || FORM_NOT_VALUE.has(toks[v].t) || sentenceHas(doc, i, set('laicite laique neutralite'))) break;
            // only a form line: at the start of a sentence or a quotation, after "mention", "rubrique", "case"
            if (!(toks[i].first || FORM_LABEL_BEFORE.has(pw) || (set('la le').has(pw) && (toks[i - 1]?.first || FORM_LABEL_BEFORE.has(t(i - 2, i)))))) break;
            const held = hitAt.get(v);
            report(v, held && held.from === v ? held.to : v + 1);
            break;
          }
          if (tagAt(h.to) === 'adherent') break; // "religion musulmane": idem
          if (sentenceHas(doc, i, set('laicite laique neutralite'))) break;
          if (lemma.startsWith('conviction')) { if (personLinked(doc, i, h.to) && !jobFrameBefore(doc, i)) report(i, h.to); break; }
          if (set('sa son ses leur leurs').has(pw)) {
            // a passion called a religion: "la mécanique, c'est sa religion", "il en a fait sa religion" (not "l'islam est sa religion")
            if (FIGURATIVE_BEFORE.has(t(i - 2, i)) && !ctx.hits.some((o) => o !== h && toks[o.from].sn === toks[i].sn)) break;
            report(i - 1, h.to);
            break;
          }
          if (pw === 'de' && set('raisons raison motifs motif').has(t(i - 2, i))) report(i - 2, h.to);
          break;
        }
        case 'fete': {
          // no job-frame test: "travailler pendant le ramadan" is the person's practice
          if (around(doc, i, h.to, TRAINING, 3)) break;
          // "la pâtisserie recrute des extras pour la période du ramadan": a shop's season, no person keeps it
          if (sentenceHas(doc, i, BUSINESS_SEASON) && !personInSentence(doc, i, i, h.to)) break;
          // "a décoré les vitrines pour l'Aïd et Noël": goods made for the feast's season
          {
            let k = i - 1;
            while (k > i - 3 && set("l' la le les").has(t(k, i))) k--;
            if (t(k, i) === 'pour' && (FEAST_GOODS.has(t(k - 1, i)) || FEAST_GOODS.has(t(k - 2, i)))) break;
          }
          // "carte eID", "lecteur eID belge": the electronic identity card, not the festival
          if (toks[i].t === 'eid' && (/^e-?I[Dd]$/.test(doc.raw(i)) || around(doc, i, h.to, EID_CONTEXT, 4))) break;
          // "Muslim Aid": an organisation's name
          if (toks[i].t === 'aid' && i > 0 && ENGLISH_ADHERENTS.has(toks[i - 1].t)) break;
          // a venue or an event bearing a feast's local name: "au restaurant Nowruz", "au Losar, un restaurant tibétain", "l'Onam Festival"
          if ((h.entry.lemma === 'korité' || h.entry.lemma === 'zakat') && doc.isCapitalized(i)
            && (FEAST_VENUES.has(pw) || (nw === ',' && FEAST_VENUES.has(t(h.to + 2, i)))
              || (toks[h.to]?.k === Kind.Word && toks[h.to].sn === toks[i].sn && doc.isCapitalized(h.to) && FEAST_VENUES.has(toks[h.to].t)))) break;
          // "analyste zakat dans une banque islamique": alms as a finance trade
          if (h.entry.lemma === 'zakat' && (jobFrameBefore(doc, i) || sentenceHas(doc, i, ISLAMIC_FINANCE))) break;
          // "le pèlerinage de Compostelle en randonnée": a hike
          if (PILGRIMAGE_WORD.test(toks[i].t) && sentenceHas(doc, i, HIKE)) break;
          // the firewalk is a Tamil vow, and also a team-building exercise: the person must make it
          if (toks[i].t.startsWith('march') && (sentenceHas(doc, i, TEAM_BUILDING) || !personInSentence(doc, i, i, h.to))) break;
          // a feast or a fast named by its faith ("fête copte", "jeûne orthodoxe") is the person's own only with a person in the sentence
          // and outside a job ("le calendrier des fêtes chrétiennes est affiché", "traiteur spécialisé dans les fêtes hindoues")
          if (h.entry.lemma === 'fête copte' && (!personInSentence(doc, i, i, h.to) || jobFrameBefore(doc, i, 2))) break;
          // "le jeûne du Matem", "le deuil de Muharram": the fast is the practice
          if ((pw === 'du' || pw === 'de' || pw === "d'") && FAST_HEADS.has(t(i - 2, i))) { report(i - 2, h.to, { practice: true }); break; }
          // "la veillée de Pâques orthodoxe", "la messe du Noël copte": the service goes with it
          if ((pw === 'du' || pw === 'de' || pw === "d'") && SERVICE_HEADS.has(t(i - 2, i))) { report(i - 2, h.to, { practice: true }); break; }
          report(i, h.to, { practice: true });
          break;
        }
        case 'sacrement': {
          // "confirmation de l'inscription", "baptême de l'air": an ordinary word, unless the person's own ("la confirmation de sa fille")
          // (also "le baptême de la petite", "du petit dernier", "de leur bébé")
          if ((nw === 'de' || nw === 'du' || nw === 'des' || nw === "d'") && !(set('sa son ses leur leurs').has(t(h.to + 1, i)) && CHILDREN.has(t(h.to + 2, i)))
            && !(nw === 'du' && LITTLE_ONES.has(t(h.to + 1, i))) && !(set("la le l' leur sa son").has(t(h.to + 1, i)) && LITTLE_ONES.has(t(h.to + 2, i)))) break;
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 3)) break;
          // "prépare son baptême", "sa communion": the person's own rite ("sa confirmation" may be a job's)
          if (OWN_POSSESSIVES.has(pw) && OWN_SACRAMENTS.has(toks[i].t)) { report(i - 1, h.to, { practice: true }); break; }
          // a religious word in the sentence makes it the rite: "prépare sa confirmation à la cathédrale"
          const sn = toks[i].sn;
          let religious = false;
          for (const o of ctx.hits) if (o !== h && toks[o.from].sn === sn && SACRED_CONTEXT.has(o.entry.tag ?? '')) { religious = true; break; }
          if (!religious) break;
          report(i, h.to, { practice: true });
          break;
        }
        case 'priere': {
          const w = toks[i].t;
          if (w.startsWith('priere')) {
            if ((nw === 'de' || nw === "d'") && (toks[i].first || /(er|ir|re)$/.test(t(h.to + 1, i)))) break; // "Prière de rappeler"
            if (jobFrameBefore(doc, i)) break;
            report(i, h.to, { practice: true });
            break;
          }
          if (nw === 'de' || nw === "d'" || nw === 'que' || nw === "qu'") break; // "je vous prie de"
          if (pw === 'vous' || pw === 'te') break;
          // "il prie son employeur de lui répondre": a request
          if ([1, 2, 3].some((d) => t(h.to + d, i) === 'de' || t(h.to + d, i) === "d'")) break;
          if (w === 'prier' ? set('pour va vont aller allait de').has(pw) : set('il elle ils elles qui on je').has(pw)) report(i, h.to, { practice: true });
          break;
        }
        case 'lieu': {
          // "la messe de la paroisse": the place of a service just reported goes with it
          const ofAt = pw === 'du' || pw === 'des' ? i - 1 : DEFINITE.has(pw) && (t(i - 2, i) === 'de' || t(i - 2, i) === "d'") ? i - 2 : -1;
          if (ofAt > 0 && recent(done).some(([, y]) => y === ofAt)) break;
          // a service given as the reason of the person's unavailability: "ne peut pas travailler le
          // dimanche matin à cause de l'office religieux", "indisponible le vendredi en raison de la messe"
          if (SERVICES.has(toks[i].t) && serviceAsReason(i, h.to)) { report(i, h.to, { practice: true }); break; }
          // teaching a faith is practising it: "enseigne à l'école coranique", "donne des cours à la madrasa", "catéchiste
          // à la paroisse"; not the building ("agent d'entretien à l'école coranique") nor a course about religions
          if (FAITH_SCHOOLS.has(words(h))) {
            let a = -1;
            for (let k = i - 1, n = 0; k >= 0 && n < 5 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
              if (TEACH.has(toks[k].t)) { a = k; break; }
              if (!TEACH_SKIP.has(toks[k].t)) break;
            }
            if (a >= 0 && !negatedBefore(doc, a)) { report(a, h.to, { practice: true }); break; }
          }
          if (jobFrameBefore(doc, i)) break;
          // "le temple de la renommée", "le temple du rock", "la cathédrale de la consommation": a figure
          if (FIGURE_PLACES.has(toks[i].t) && h.to - i === 1 && (nw === 'du' || (nw === 'de' && t(h.to + 1, i) === 'la')) && FIGURED.has(t(nw === 'du' ? h.to + 1 : h.to + 2, i))) break;
          if (toks[i].t.startsWith('messe') && (pw === 'grand' || pw === 'grande')) break;
          // "office" is also a pantry, an agency and "faire office de": only a bare service
          // "l'office du vendredi soir", "l'office du dimanche": a service on a day is no agency
          const dayAfter = SERVICE_OF.has(nw) && SERVICE_TIMES.has(t(h.to + 1, i)) && !sentenceHas(doc, i, KITCHEN);
          if (toks[i].t.startsWith('office') && !dayAfter && (set("de d' du des").has(nw) || set('fait faire faisait bons').has(pw) || doc.isCapitalized(i) || sentenceHas(doc, i, KITCHEN) ||
            (toks[h.to]?.k === Kind.Word && (doc.isCapitalized(h.to) || OFFICE_BODIES.has(nw))))) break;
          // "garde son dimanche matin pour la messe à la paroisse": the service as the purpose of the person's time
          if (SERVICES.has(toks[i].t) && DEFINITE.has(pw) && t(i - 2, i) === 'pour' && sentenceHas(doc, i, AVAILABILITY) && personInSentence(doc, i, i, h.to)) {
            report(i, placeAfter(h), { practice: true });
            break;
          }
          // "aux fêtes du temple tamoul", "les offices de la synagogue": a festival or a service of the place, kept by the person
          const feastOf = ofAt > 0 && SERVICE_HEADS.has(t(ofAt - 1, i)) && !SERVICES.has(toks[i].t) ? ofAt - 1 : -1;
          if (feastOf >= 0 && sentenceAttends(doc, i) && !sentenceHas(doc, i, WORKSITE) && personInSentence(doc, i, feastOf, h.to)) {
            report(feastOf, tagAt(h.to) === 'adherent' ? hitAt.get(h.to)!.to : h.to, { practice: true });
            break;
          }
          const [cs, ce] = clause(doc, i, h.to);
          let attend = -1;
          let work = false;
          for (let k = cs; k < ce; k++) {
            if (k >= i && k < h.to) continue;
            if (k >= h.to && NEXT_CLAUSE.has(toks[k].t)) break;
            if ((attendsAt(doc, k) || NEVER_MISS.has(toks[k].t)) && attend < 0 && k < i) attend = k;
            // an address after the place is where it stands, not a work site: "la messe de la paroisse de la rue de la Forge"
            if (WORKSITE.has(toks[k].t) && !(k >= h.to && ADDRESS_WORDS.has(toks[k].t))) work = true;
          }
          const possessive = set('sa son ses leur leurs').has(pw);
          if (work || (attend < 0 && !possessive)) break;
          // "diacre permanent dans sa paroisse", "imam à sa mosquée": the place of an office just reported goes with it
          if (possessive && (CLERGY_IN.has(t(i - 2, i)) || CLERGY_OF.has(t(i - 2, i)))
            && recent(done).some(([, y]) => y === i - 2 || (y === i - 3 && CLERGY_MODS.has(t(i - 3, i))))) break;
          // "prêche pour sa paroisse": defending one's own interests
          if (possessive && t(i - 2, i) === 'pour' && t(i - 3, i).startsWith('prech')) break;
          // "ne rate aucun office", "ne manque jamais la messe": never missing is attending
          const never = attend >= 0 && NEVER_MISS.has(toks[attend].t);
          const a = possessive ? i - 1 : attend >= i - 4 && attend >= 0 ? attend : i;
          // "au monastère bouddhiste", "à la mosquée turque": the faith named after the place goes with it
          const b = tagAt(h.to) === 'adherent' ? hitAt.get(h.to)!.to : h.to;
          report(never && toks[a - 1] && (toks[a - 1].t === 'ne' || toks[a - 1].t === "n'") ? a - 1 : a, b, { asserted: never });
          break;
        }
        case 'mission': {
          // "deux ans de mission pour l'Église mormone", "mission d'évangélisation", "volontariat avec sa paroisse": the
          // person's religious service; not "chargée de mission pour le diocèse", "mission d'intérim pour la paroisse".
          // The phrase is read first (most missions are jobs and stop there), the job frame only for a religious one.
          const span = missionSpan(h);
          if (span < 0 || jobFrameBefore(doc, i) || (pw === 'de' && t(i - 2, i).startsWith('charge')) || sentenceHas(doc, i, MISSION_JOB)) break;
          report(i, span);
          break;
        }
        case 'tenue': {
          // "ne porte plus le foulard", "a retiré son voile": a practice given up is still told; "ne porte pas le voile" is an absence
          const past = words(h).includes(' plus ') || /^(retir|enlev|ote|quitt|abandon|renonc|arret|ne$)/.test(toks[i].t);
          if (jobFrameBefore(doc, i) || (!past && negatedBefore(doc, i))) break;
          // "ne pas se voiler la face": an idiom
          if (toks[i].t === 'se' && [h.to, h.to + 1, h.to + 2].some((k) => t(k, i) === 'face')) break;
          // "le ciel se voile": only a person subject right before
          if (toks[i].t === 'se' && !SUBJECT_AFTER.has(pw) && pw !== 'qui') break;
          // "a retiré la voile du bateau": a sail
          if (/voile$/.test(toks[h.to - 1].t) && (set("de du des d'").has(nw) || sentenceHas(doc, i, SAILING))) break;
          // "porte l'habit de cérémonie", "l'habit de lumière": a costume, unless a religious word follows
          if (toks[h.to - 1].t === 'habit' && set("de du des d'").has(nw) && !set('religieux religieuse moine moniale nonne religieuses').has(t(h.to + 1, i))) break;
          if (past) {
            const neg = pw === 'ne' || pw === "n'";
            // "n'a jamais retiré son voile" is still a veil worn; "ne le retire pas" is not in the lexicon
            report(neg ? i - 1 : i, h.to, { asserted: true });
            break;
          }
          // "turban" alone: fashion or a head cover after chemotherapy are no sign of faith
          if (/(^| )turbans?( |$)/.test(words(h)) && !words(h).endsWith('sikh') && around(doc, i, h.to, TURBAN_OTHER, 8)) break;
          // "un turban de saumon", "turban de soie": a dish or a fabric (the faith's turban is "turban sikh" or worn)
          if (/^turbans?$/.test(words(h)) && (nw === 'de' || nw === "d'")) break;
          // "porte une croix de Saint-André sur son logo", "le maillot porte une croix de Malte": an emblem on a thing, not worn
          if (toks[h.to - 1].t === 'croix' && sentenceHas(doc, i, EMBLEM_BEARERS)) break;
          // "un chapelet d'insultes", "un rosaire de griefs": a string of things
          if ((toks[i].t === 'chapelet' || toks[i].t === 'rosaire') && (nw === 'de' || nw === "d'")) break;
          // "vend des kippas", "rayon tapis de prière": a product
          if (around(doc, i, h.to, SCRIPTURE_JOB, 6)) break;
          // "le port de signes religieux est interdit par le règlement": a workplace rule, not the person
          if (/^(signes?|tenues?) religieu/.test(words(h)) && around(doc, i, h.to, RULES_CONTEXT, 8)) break;
          report(i, h.to);
          break;
        }
        case 'rite': {
          // "fait la salat pendant sa pause", "ses ablutions", "se fera baptiser"; not a course on rites
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 8)) break;
          // "a prononcé ses vœux au personnel": new-year wishes; "a fait sa confirmation d'embauche": a contract
          if (toks[h.to - 1].t === 'voeux' && sentenceHas(doc, i, CIVIC_VOWS)) break;
          if (toks[h.to - 1].t === 'confirmation' && (nw === 'de' || nw === "d'" || nw === 'du')) break;
          // "il a été baptisé « le boss » par ses collègues": a nickname
          if (toks[h.to - 1].t.startsWith('baptis') && toks[h.to] && (NAMING.has(toks[h.to].t) || toks[h.to].quoted || (toks[h.to].k === Kind.Word && doc.isCapitalized(h.to)))) break;
          // "les Vêpres siciliennes", "l'Angélus de Millet": a work or a historical event
          if (TITLE_RITES.has(toks[i].t) && ((doc.isCapitalized(i) && !toks[i].first) || /^sicilien/.test(nw) || (nw === 'de' && doc.isCapitalized(h.to + 1)))) break;
          // a first name shaped like a rite: "Mme Aarti Sharma", "Simran, 24 ans," (a capital with a surname, a civility or a comma after)
          if (h.to - i === 1 && doc.isCapitalized(i) && !doc.isUpper(i) && !RITE_DETS.has(pw)
            && (CIVILITY.has(pw) || nw === ',' || (toks[h.to]?.k === Kind.Word && toks[h.to].sn === toks[i].sn && doc.isCapitalized(h.to)))) break;
          report(i, h.to, { practice: true });
          break;
        }
        case 'ecriture': {
          // "lit le Coran chaque soir", "apprend des sourates", "médite la Bible"; not "traduit la Bible", "la bible du graphiste"
          if ((toks[i].t === 'bible' || toks[i].t.startsWith('evangile')) && (nw === 'de' || nw === 'du' || nw === 'des' || nw === "d'")) break;
          // "tatoué d'un verset de la Bible", "a des sourates du Coran sur son fond d'écran": a verse of the scripture itself
          let u = i - 1;
          if (t(u, i) === 'la' || t(u, i) === 'le' || t(u, i) === "l'") u--;
          if ((t(u, i) === 'de' || t(u, i) === 'du' || t(u, i) === 'des' || t(u, i) === "d'") && SCRIPTURE_UNITS.has(t(u - 1, i))
            && !jobFrameBefore(doc, i) && !sentenceHas(doc, i, TRAINING) && !sentenceHas(doc, i, SCRIPTURE_JOB)) {
            report(u - 1, h.to, { practice: true });
            break;
          }
          let k = i - 1;
          for (let n = 0; n < 4 && READ_SKIP.has(t(k, i)); n++) k--;
          if (!READ.has(t(k, i))) break;
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 5) || sentenceHas(doc, i, SCRIPTURE_JOB)) break;
          report(i, h.to, { practice: true });
          break;
        }
        case 'retraite': {
          // "retraite spirituelle", "part en retraite dans un monastère zen", "une retraite au carmel"; not a pension ("sa retraite en 2020")
          let k = h.to;
          let end = -1;
          if (RETREAT_KIND.has(nw)) end = h.to + 1;
          else {
            for (let n = 0; n < 3 && RETREAT_LINK.has(t(k, i)); n++) k++;
            if (k > h.to && RETREAT_PLACES.has(t(k, i))) end = k + 1;
            else if (k > h.to && hitAt.get(k)?.entry.tag === 'lieu') end = hitAt.get(k)!.to;
          }
          if (end < 0 || jobFrameBefore(doc, i) || around(doc, i, end, TRAINING, 4) || sentenceHas(doc, i, WORKSITE) || sentenceHas(doc, i, MOVEMENT_JOB)) break;
          // "sa retraite" is a pension unless its kind is said ("prend sa retraite au temple du judo", "sa retraite chez les sœurs comme aide-soignante")
          if (POSSESSIVE_DETS.has(pw) && !RETREAT_KIND.has(nw)) break;
          // a place named by a lay complement: "le temple de la gastronomie", "au dojo de karaté"
          if (OF_LINK.has(t(end, i)) && !(DEFINITE.has(t(end + 1, i)) ? doc.isCapitalized(end + 2) : doc.isCapitalized(end + 1)) && !hitAt.get(end + 1) && !hitAt.get(end + 2)) break;
          // the faith named after the place goes with it: "monastère zen", "ashram hindou", "abbaye bénédictine"
          const faith = hitAt.get(end);
          if (faith && (faith.entry.tag === 'adherent' || faith.entry.tag === 'adherent-nom')) end = faith.to;
          else if (RETREAT_KIND.has(t(end, i)) || /^(benedictin|cistercien|trappiste|franciscain|dominicain|orthodoxe)/.test(t(end, i))) end++;
          report(i, end, { practice: true });
          break;
        }
        case 'preche': {
          // "il prêche à la mosquée", "prêche le dimanche"; not "prêcher dans le désert", "prêche pour sa paroisse", "prêche par l'exemple"
          let idiom = false;
          for (let k = h.to; k < h.to + 4 && t(k, i); k++) if (PREACH_IDIOM.has(toks[k].t)) idiom = true;
          if (idiom || nw === 'que' || nw === "qu'" || jobFrameBefore(doc, i) || sentenceHas(doc, i, SCRIPTURE_JOB) || !personInSentence(doc, i, i, h.to)) break;
          // advocating: "prêche pour la semaine de quatre jours", "prêche la bonne parole de la méthode agile" (the hit itself counts once)
          if ((religiousPerSentence().get(toks[i].sn) ?? 0) < 2 && (nw === 'pour' || nw === 'en' || (PREACH_OBJECT.has(nw) && !PREACH_TIME.has(t(h.to + 1, i))))) break;
          report(i, h.to, { practice: true });
          break;
        }
        case 'baptise': {
          // "Baptisé par immersion l'an dernier, il…", "elle s'est fait baptiser"; not "le projet baptisé Horizon", "baptisé « Cap »"
          const nx = toks[h.to];
          if (!nx || NAMING.has(nx.t) || (nx.k === Kind.Word && doc.isCapitalized(h.to)) || nx.quoted) break;
          if (recent(done).some(([x, y]) => x <= i && y >= h.to)) break;
          // about the person: the sentence's subject apposition, or a copula after a person word
          const appos = toks[i].first && personInSentence(doc, i, i, h.to);
          const copula = BAPTISED_COPULAS.has(pw) && personNamed(doc, i, h.to) && !NAMED_THINGS.has(t(i - 3, i));
          if (!appos && !copula && !sentenceHas(doc, i, BAPTISM_CUES)) break;
          let end = h.to;
          if (nx.t === 'par' && t(h.to + 1, i) === 'immersion') end = h.to + 2;
          // "Baptisée dans l'Église apostolique arménienne", "baptisé à l'église orthodoxe": the church goes with it
          else if ((nx.t === 'dans' || nx.t === 'a') && set("l' la").has(t(h.to + 1, i)) && t(h.to + 2, i) === 'eglise') {
            end = h.to + 3;
            const faith = hitAt.get(end);
            if (faith && (faith.entry.tag === 'adherent' || faith.entry.tag === 'orthodoxe' || faith.entry.tag === 'adherent-nom')) end = faith.to;
          }
          report(i, end, { practice: true });
          break;
        }
        case 'jeune': {
          // "rompre le jeûne en famille", "il jeûne pendant un mois"; not "jeûne intermittent", a fast before a blood test
          // « jeune » (young) folds to the same letters: the single word needs its accent
          if (h.to - i === 1 && !CIRCUMFLEX_U.test(doc.raw(i))) break;
          // "il est pratiquant et jeûne régulièrement": the verb alone adds nothing to a belief or festival named in the sentence
          // (a bounded look at the sentence's hits, not every hit of the document per fast)
          if (h.to - i === 1 && !((nw === 'du' || nw === 'de') && (toks[h.to + 1]?.k === Kind.Number || MONTHS.has(t(h.to + 1, i))))) {
            const [a, b] = sentence(doc, i);
            let other = false;
            for (let k = a; k < b && !other; k++) { const o = hitAt.get(k); other = !!o && o !== h && o.entry.tag !== 'jeune'; }
            if (other) break;
          }
          // "il jeûne du 2 au 20 mars": a dated fast is the person's practice, whatever else the sentence says
          // "pendant le jeûne de mars", "le jeûne de février": a fast named by its month is a festival kept
          const dated = (nw === 'du' || nw === 'de') && (toks[h.to + 1]?.k === Kind.Number || MONTHS.has(t(h.to + 1, i)));
          // "le jeûne du ramadan", "le jeûne de Tisha Beav" are reported from the festival
          if (!dated && (nw === 'du' || nw === 'de' || nw === "d'" || nw === 'des')) break;
          if (around(doc, i, h.to, TRAINING, 3) || sentenceHas(doc, i, NOT_RELIGIOUS_FAST) || jobFrameBefore(doc, i)) break;
          if (!personInSentence(doc, i, i, h.to)) break;
          report(i, h.to, { practice: true });
          break;
        }
        case 'mouvement': {
          // "chef scout aux Scouts musulmans de France", "membre de la Jeunesse ouvrière chrétienne"; not a job there
          if (sentenceHas(doc, i, MOVEMENT_JOB) || around(doc, i, h.to, TRAINING, 3)) break;
          if (!personInSentence(doc, i, i, h.to) && !sentenceHas(doc, i, MOVEMENT_MEMBER)) break;
          // "Vie et Lumière" is also a plain phrase ("le projet Vie et Lumière de la médiathèque"): it wants a word of the mission
          if (toks[i].t === 'vie' && !sentenceHas(doc, i, TRAVELLER_MISSION)) break;
          // "la Libre Pensée" is the federation; "un esprit de libre pensée" is a turn of mind
          // ("Libre pensée et curiosité sont ses qualités": a capital that only opens the sentence)
          if (toks[i].t.startsWith('libre') && (!doc.isCapitalized(i) || (toks[i].first && !doc.isCapitalized(h.to - 1)))) break;
          report(i, h.to);
          break;
        }
        case 'voilee': {
          if (VEIL_OBJECT.has(pw) || nw === 'de' || nw === 'par') break;
          report(i, h.to);
          break;
        }
        case 'loi': {
          // "respecte (strictement) la cacherout", "vit selon la charia"; not "un débat sur la charia"
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, TRAINING, 4)) break;
          let k = i - 1;
          for (let n = 0; n < 5 && LAW_SKIP.has(t(k, i)); n++) k--;
          if (!OBSERVE.has(t(k, i))) break;
          report(t(k, i) === 'selon' ? i : k, h.to);
          break;
        }
        case 'confrerie': {
          // "confrérie bektachie", "confrérie des mourides", "une tariqa soufie"
          let k = h.to;
          if (t(k, i) === 'des' || t(k, i) === 'de' || t(k, i) === 'du') k++;
          const faith = hitAt.get(k);
          if (faith && (faith.entry.tag === 'adherent' || faith.entry.tag === 'adherent-nom')) { report(i, faith.to); break; }
          if (ORDER_FAITH.has(t(h.to, i)) && !jobFrameBefore(doc, i)) report(i, h.to + 1);
          break;
        }
        case 'congregation': {
          // "pour sa congrégation", "membre d'une congrégation"; not "une école tenue par une congrégation", not a job
          // "sa communauté des Assemblées de Dieu", "sa paroisse de l'Assemblée chrétienne": the person's own community named by it
          if (set("des de du").has(pw) && OWN_COMMUNITY.has(t(i - 2, i)) && set('sa son ses leur leurs').has(t(i - 3, i)) && !jobFrameBefore(doc, i - 3)) { report(i - 3, h.to); break; }
          if (orgBefore(i) || jobFrameBefore(doc, i)) break;
          if (set('sa son ses leur leurs').has(pw)) {
            // the activity done for it goes with it: "fait du porte-à-porte pour sa congrégation"
            let a = i - 1;
            if (t(i - 2, i) === 'pour' || t(i - 2, i) === 'avec' || t(i - 2, i) === 'dans') {
              for (let k = i - 3; k >= Math.max(0, i - 6) && t(k, i) && toks[k].k !== Kind.Punct; k--) {
                if (MEMBER_OF.has(toks[k].t)) { a = k; break; }
                // "porte-à-porte" is three tokens
                if (toks[k].t === 'porte' && toks[k].hyphen && t(k - 1, i) === 'a' && t(k - 2, i) === 'porte') { a = k - 2; break; }
              }
            }
            if (t(a - 1, i) === 'du' && t(a - 2, i) === 'fait') a -= 2;
            report(a, h.to);
            break;
          }
          // "membre d'une congrégation évangélique": the faith word after it goes with it
          const end = tagAt(h.to) === 'adherent' ? hitAt.get(h.to)!.to : h.to;
          for (let k = i - 1; k >= Math.max(0, i - 4) && t(k, i) && toks[k].k !== Kind.Punct; k--) {
            if (MEMBER_OF.has(toks[k].t)) { if (personInSentence(doc, i, k, end)) report(k, end); break; }
          }
          // "a vécu vingt ans dans une congrégation de religieuses", "entrée dans une communauté monastique": a religious life
          if (h.to - i > 1 && !toks[i].t.startsWith('assemblee') && !toks[i].t.startsWith('eglise')) {
            for (let k = i - 1; k >= Math.max(0, i - 8) && toks[k].sn === toks[i].sn; k--) {
              if (LIVED_IN.has(toks[k].t)) { if (personInSentence(doc, i, k, end)) report(i, end); break; }
            }
          }
          break;
        }
        case 'rituel': {
          // "ses colliers de perles rituels", "des bains rituels", "une danse rituelle": the object goes with it
          let k = i - 1;
          for (let n = 0; n < 4 && k >= 0 && toks[k].sn === toks[i].sn && !RITUAL_OBJECTS.has(toks[k].t); n++) k--;
          if (k < 0 || !RITUAL_OBJECTS.has(toks[k].t) || toks[k].sn !== toks[i].sn) break;
          // "colliers de perles rituels": the head object
          if ((t(k - 1, i) === 'de' || t(k - 1, i) === "d'") && RITUAL_OBJECTS.has(t(k - 2, i))) k -= 2;
          if (jobFrameBefore(doc, k) || around(doc, k, h.to, TRAINING, 5) || around(doc, k, h.to, SCRIPTURE_JOB, 6) || !personInSentence(doc, k, k, h.to)) break;
          report(k, h.to, { practice: true });
          break;
        }
        case 'alimentation': {
          if (jobFrameBefore(doc, i)) break;
          // "mange halal" is the person's rule; "boucherie halal", "produits casher" a workplace or a product:
          // the workplace word qualifies the diet word directly, so only its neighbours are read
          // ("Il mange casher, la restauration collective…": the canteen after the comma is not a product)
          const [cs, ce] = clause(doc, i, h.to);
          let eat = false;
          for (let k = cs; k < ce; k++) if (EAT.has(toks[k].t)) eat = true;
          let work = false;
          // "sert des repas halal et casher": a diet word coordinated with another reads the neighbours of the first
          const ws = (pw === 'et' || pw === 'ou' || pw === ',') && tagAt(i - 2) === 'alimentation' ? hitAt.get(i - 2)!.from - 3 : i - 3;
          for (let k = Math.max(cs, ws); k < Math.min(ce, h.to + 3); k++) if ((k < i || k >= h.to) && FOOD_WORK.has(toks[k].t)) work = true;
          // "cacher" is first the verb "to hide": only right after an eating word ("mange cacher", "régime cacher")
          if (toks[i].t === 'cacher' && !EAT.has(pw)) break;
          if (eat && !work) report(i, h.to);
          break;
        }
      }
    }

    function words(h: Hit): string {
      let s = '';
      for (let k = h.from; k < h.to; k++) s += (k > h.from ? ' ' : '') + toks[k].t;
      return s;
    }
  },
});
