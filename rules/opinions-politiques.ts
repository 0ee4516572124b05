/**
 * `opinions-politiques`: appartenance ou sympathie partisane, militantisme, vote, participation à
 * des manifestations, candidatures et mandats électifs, prises de position politiques.
 * RGPD art. 9; TAXONOMY.md §3.1 `opinions-politiques`.
 *
 * "adhérent" is the domain noun for the accompanied person: it is political only when a party
 * follows ("adhérent du PCF"). Union membership ("militante CFDT") belongs to `syndicat`.
 * Not political: "sciences politiques", "politique RH", "prendre le parti de", "être parti",
 * "parti pris", "tirer parti", "manifestation sportive", PS post-scriptum, LR lettre recommandée,
 * RN route nationale.
 */
import { defineRule } from '../lib/lint/rule.ts';
import type { Hit } from '../lib/lint/matcher.ts';
import type { Confidence } from '../lib/lint/types.ts';
import type { Doc } from '../lib/lint/document.ts';
import { jobFrameBefore, negatedBefore, personLinked } from '../lib/lint/context.ts';
import { clauseRemovalFix, tt, around, Kind, negatedGoverned, personNamed, sentenceHas } from '../lib/lint/special-categories.ts';
import { POLITIQUE_LEXICON } from './lexicons/politique.ts';
import { personInSentence } from './shared/art9-extra.ts';
import { wordSet as set } from '../lib/lint/token-set.ts';


/** Schools and campuses blocked in a protest, between "blocus"/"blocage" and its cause: "blocus du lycée contre la réforme". */
const BLOCKADE_SITES = set('lycee college fac faculte universite campus iut ecole etablissement');
/** Articles that open the cause after "contre" ("contre la réforme"), not a possessive ("contre son gré"). */
const DEFINITE_BEFORE = set("la le les l'");
/** Words that make an ambiguous acronym or party name political. */
const POLITICAL = set(`vote votait voter votent votera vote votant votante electeur electrice electeurs electrices militant
militante militants militantes milite militait militer adherent adherente adhere adherait encarte encartee membre parti
partis sympathisant sympathisante elu elue elus candidat candidate candidats liste proche soutient soutenait soutien cotise
carte engage engagee campagne tracts tracte meeting meetings election elections municipales legislatives presidentielle
europeennes regionales departementales extreme conseiller conseillere depute deputee senateur maire politique politiques
politiquement idees convictions opinions sensibilite gauche droite`);
/** The side leaflets or posters are for or against: "tracts pour l'opposition", "affiches contre le régime". */
const REGIME_WORDS = set('opposition regime junte dictature');
const ARTICLES_LA = set("l' la le");
/** Nouns of a firm or a place before a name that is also a party's: "l'entreprise Renaissance", "la résidence Horizons". */
const FIRM_BEFORE = set(`entreprise societe agence magasin boutique groupe hotel restaurant residence salle centre cabinet clinique lycee ecole college
association club cinema theatre librairie garage enseigne marque programme dispositif projet`);
/** Tags of hits that can close a membership or a vote: the party or ideology itself. */
const TARGET_TAGS = new Set(['ideologie', 'ideologie-contexte', 'parti-nom', 'parti-nom-contexte', 'sigle', 'sigle-contexte', 'sigle-etranger', 'parti', 'personnalite', 'mouvement']);
/** Foreign party acronyms that are also French abbreviations or firms ("MR Bricolage", "la FDP" de pêche, "affiliée à la CAQ",
 *  "RPM", "PNL"): a party only after "parti" or with an election or political word in the sentence. */
const FOREIGN_AMBIGUOUS = set(`udc plr pdc pvl pq plq caq npd qs bq psd pnl aur usr udmr pcp fdp lega labour tories vox baas mek kdp dbp bdp
fln rnd ffs rcd rni fpi mrc rpm psoe spd cdu csu rpg ufr mlc anc pti ppp bnp erc pnv bsw`);
const FOREIGN_POLITICAL = set(`vote votait voter votent votera votant votante electeur electrice electeurs electrices militant militante militants
militantes milite militait militer elu elue elus candidat candidate candidats liste campagne tracts tracte meeting meetings election elections
legislatives presidentielle europeennes regionales municipales depute deputee senateur politique politiques politiquement gauche droite
opposition opposant opposante persecute persecutee persecution fui fuir exil militantisme sympathisant sympathisante sympathisants
sympathisantes arrestation arrestations emprisonne emprisonnee`);
/** Causes a demonstration is for: "manifesté pour le climat" (not "manifeste pour son projet"). */
const CAUSES = set(`climat planete paix retraites retraite salaires salaire droits droit liberte libertes egalite ukraine palestine gaza
israel femmes migrants sans-papiers refugies services hopital ecole education environnement vivant ecologie democratie laicite
avortement ivg mariage pouvoir justice logement emploi greve gouvernement reforme loi lois regularisation independance`);
/** Nouns before a movement that belong to the finding: "actions d'Extinction Rebellion". */
const ACTION_HEADS = set(`action actions manifestation manifestations blocage blocages rassemblement rassemblements reunion reunions
militant militante militants militantes membre membres benevole benevoles`);
const COMPLEMENT_SKIP = set(`d' de du des la le l' les au aux a un une chez pour sein dans en faveur mouvance mouvances milieux
milieu mouvement cause courant partisan partisane tres plutot ouvertement toujours clairement franchement farouchement
depuis longtemps`);
const COMPLEMENT_WORDS = set(`politique politiques ecologiste ecologistes feministe feministes antiraciste altermondialiste climat
environnement ecologie animale animaux palestinienne palestine feminisme droits`);
const UNION = set(`cgt cfdt fo cftc unsa sud fsu solidaires cnt cgc syndical syndicale syndicaux syndicales syndicat syndicats syndicaliste snes sgen
fgtb abvv csc acv cgslb ogbl lcgb unia syna ccoo ugt cgtp cgil cisl uil dgb fnv csn ftq csq ugtt umt ugta unsas ugtci`);
const NON_PERSON = set(`pays regime regimes bloc epoque ere periode systeme histoire gouvernement dictature revolution manifeste
litterature presse journal journaux musique chine urss cuba`);
const SOFT_HEADS = set(`militant militante militants militantes sympathisant sympathisante engage engagee idees opinions
convictions sensibilite homme femme electeur electrice propos discours positions mouvance milieux milieu cercles collectif
organisation ancre ancree positionne positionnee vote votait votent voter groupe groupuscule courant`);
/** Activist groups among SOFT_HEADS, whose stance may take their town after it: "collectif féministe de Valence". */
const GROUP_SOFT_HEADS = set('collectif collectifs groupuscule groupuscules');
const CANDIDACY = set('candidat candidate candidats candidates presente presentee presentes presentees presenter presentera presentait liste colistier colistiere tete');
/** Words of a list between a candidacy and its party: "présenté aux municipales sur une liste soutenue par le RN". */
const LIST_WORDS = set('liste listes etiquette investi investie investiture soutenu soutenue soutenus soutien couleurs');
const INSULT_VERBS = set('traite traitee traites traiter traitait traitant qualifie qualifiee');
const STANCE_HEADS = set('propos idees discours positions opinions convictions theses slogans sympathies tendances');
const COPULA = set('est etait sont etaient suis reste devenu devenue dit declare declaree revendique affiche');
/** Verbs that make "être" a claim about oneself: "il affirme être « écolo radical »" (not "veut être écologiste", a job). */
const CLAIM = set('affirme affirmait dit disait declare declarait pretend pretendait revendique revendiquait assure assurait estime estimait');
/** Time off asked or taken for an event: "un jour de congé pour la manifestation du 8 février", "absente pour la manif". */
const TIME_OFF = set('conge conges absence absences absent absente rtt liberer liberee libere indisponible autorisation');
/** Works and courses whose subject a stance may be: "un essai d'écologie politique", "un cours d'écologie radicale". */
const TOPIC_HEADS = set(`essai essais livre livres ouvrage ouvrages cours master licence these memoire conference conferences revue revues article articles
manuel manuels podcast podcasts documentaire documentaires emission emissions histoire`);
/** A « manifestation » that is a show or a fair: "congé pour la manifestation du 3 mai au parc des expositions où il tient le stand". */
const EVENT_WORDS = set(`stand stands salon salons exposant exposants exposition expositions foire foires festival festivals billetterie spectacle spectacles
concours brocante kermesse animation animations hotesse hotesses`);
const MONTH_NAMES = set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre');
const DEGREE = set('tres plutot assez resolument clairement franchement farouchement plus bien ouvertement');
const PARTICIPATE = set('participe participait participe participer participent participaient va allait vont rend rendait defile defilait');
/** Repression of a protester: "arrêté après une manifestation", "blessé lors des manifestations". */
const REPRESSED = set(`arrete arretee arretes interpelle interpellee blesse blessee detenu detenue emprisonne emprisonnee condamne condamnee
torture torturee incarcere incarceree menace menacee poursuivi poursuivie poursuivis frappe frappee frappes gaze gazee gazes matraque
matraquee fiche fichee emprisonnes incarceres condamnes vue`);
/** Time and length words between a repression word and "après une manifestation": "incarcéré onze mois après", "arrêté le lendemain". */
const REPRESSION_GAP = set('mois an ans jours jour semaines semaine heures pendant durant lendemain le la les');
const NUMBER_WORDS = set('deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quelques plusieurs');
/** Activist collectives whose march is a political demonstration: "manifestations du collectif des sans-papiers". */
const ACTIVIST_GROUPS = set(`collectif collectifs sans-papiers sans-papier coordination comite mouvement mouvements exiles sans-abri sans-logis
mal-loges intersyndicale opposition opposants diaspora`);
/** Heads that need an activist group after them: "du comité des sans-papiers" (not "du comité des fêtes", "du mouvement scout"). */
const GROUP_HEADS = set('collectif collectifs coordination comite mouvement mouvements');
/** Time adverbials between "participé" and "aux manifestations": "a participé l'an dernier aux…", "participait chaque samedi aux…". */
const PARTICIPATE_GAP = set(`l' an annee dernier derniere passe passee ete hiver printemps automne chaque samedi dimanche samedis dimanches
en souvent parfois aussi deja meme encore notamment`);
const DEMO_SKIP = set("aux a des de d' nombreuses plusieurs toutes les la une regulierement souvent chaque meme encore");
const DEMO_COMPLEMENT = set('contre pour politique politiques feministes feministe ecologistes ecologiste antiracistes antiraciste');
/** A sports team or club after "cause": a fan's zeal, not a political cause. */
const TEAM_CAUSES = set('club clubs equipe equipes foot football rugby basket handball supporters');
const NEG_WORDS = set('plus jamais pas point guere');
const VOTE_SKIP = set("pour a au aux toujours systematiquement regulierement souvent traditionnellement plutot aussi le la l' les liste listes candidat candidate candidats");
const DEMO_AFTER = set("et ou mais depuis chaque tous toutes avec en le la les l' a au aux dans sur lors pendant regulierement souvent");
/** Nouns that "manifeste" qualifies as an adjective ("une erreur manifeste", "une ivresse manifeste", "un désintérêt manifeste"). */
const MANIFEST_NOUNS = set(`ivresse erreur erreurs foi interet desinteret volonte mepris hostilite incapacite insuffisance disproportion
irregularite difficulte difficultes souffrance fatigue malaise manque signe signes preuve plaisir satisfaction inaptitude`);
/** Adjectives "manifeste" is coordinated with as an adjective ("ivresse publique et manifeste", "un abus clair et manifeste"). */
const MANIFEST_PAIRED = set('publique public evidente evident claire clair patente patent flagrante flagrant reelle reel certaine certain visible notoire');
/** Time phrases after "manifester" without a complement: "a manifesté à l'automne 2022", "manifestait en 2019", "lors de la révolution". */
const DEMO_TIME_LINK = set("a au aux en lors de d' du des l' la le les pendant durant dans chaque tous toutes plusieurs fois");
const DEMO_TIME = set(`printemps ete automne hiver janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre revolution
samedi dimanche semaine revolte revoltes soulevement soulevements elections election mouvement mouvements rues rue place samedis dimanches semaines mois annees`);
/** Public buildings a demonstration stands before: "manifestait devant la préfecture", "devant l'ambassade". */
const DEMO_BUILDINGS = set('prefecture prefectures ambassade ambassades consulat assemblee parlement senat mairie ministere elysee matignon hotel tribunal');
/** Bodies named like a place that the verb "manifester (son souhait) à" addresses: "à France Travail", "à Pôle emploi". */
const DEMO_NOT_PLACES = set('travail emploi locale apec caf cpam');
/** Words that may follow a place of protest: a time, a frequency ("au Pays basque chaque mois", "à Paris tous les samedis"). */
const DEMO_AFTER_PLACE = set('chaque tous toutes regulierement souvent parfois le les en depuis pendant avec contre pour');

/**
 * End of the place after an intransitive "manifester": "au Pays basque", "à Paris", "devant la préfecture", then nothing
 * but a time or the clause's end; -1 when an object follows ("à France Travail son souhait de…").
 */
function demoPlaceEnd(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const sn = toks[k - 1].sn;
  const w = (j: number) => (toks[j] && toks[j].sn === sn ? toks[j].t : '');
  let e = -1;
  if (w(k) === 'devant') {
    const b = set("la le l' les").has(w(k + 1)) ? k + 2 : k + 1;
    if (DEMO_BUILDINGS.has(w(b))) e = b + 1;
  } else if (set('a au aux en dans').has(w(k))) {
    const b = set("la le l' les").has(w(k + 1)) && w(k) !== 'au' ? k + 2 : k + 1;
    if (toks[b] && toks[b].sn === sn && toks[b].k === Kind.Word && doc.isCapitalized(b)) {
      e = b + 1;
      // "Pays basque", "Seine-Saint-Denis", "Nouvelle-Calédonie": the place's other words
      while (e < b + 4 && toks[e] && toks[e].sn === sn && toks[e].k === Kind.Word && (toks[e].hyphen || doc.isCapitalized(e) || (e === b + 1 && toks[b].t === 'pays'))) e++;
      for (let j = b; j < e; j++) if (DEMO_NOT_PLACES.has(toks[j].t)) return -1;
    }
  }
  if (e < 0) return -1;
  const after = toks[e];
  if (!after || after.sn !== sn || after.k === Kind.Punct || CLAUSE_STOP.has(after.t) || DEMO_AFTER_PLACE.has(after.t)) {
    // "à Paris le 1er mai", "les samedis": a time, not an object ("à Paris le souhait de…" keeps its object out)
    if (after && (after.t === 'le' || after.t === 'les') && !(toks[e + 1]?.k === Kind.Number || DEMO_TIME.has(toks[e + 1]?.t ?? '') || toks[e + 1]?.t === 'week-end')) return -1;
    return e;
  }
  return -1;
}

/** Subjects of "se manifester" (a symptom, a need): "la douleur s'est manifestée en 2022". */
const REFLEXIVE = set("s' se me m' te t'");
/** Policing or covering a demonstration as a job: "Ancien CRS, il a encadré des manifestations", "photographe, elle couvrait les cortèges". */
const DEMO_WORK_VERBS = set(`encadre encadrait encadrer encadraient securise securisait securiser surveille surveillait surveiller couvert couvrait couvrir couvre
filme filmait photographie photographiait gere gerait gerer disperse dispersait disperser canalise canalisait canaliser contenu contenait repousse repoussait`);
const DEMO_WORKERS = set(`crs gendarme gendarmes gendarmerie mobile mobiles policier policiere policiers police brigadier escadron compagnie journaliste
journalistes photographe photographes photojournaliste reporter reporters cameraman jri vigile vigiles steward stewards securite`);
const CLAUSE_STOP = set(`et ou mais car donc qui que qu' ce depuis alors lorsque quand puis parce dont ou`);
/** Between « milite » and its cause: "milite activement contre…". */
const ACTIVISM_SKIP = set('activement beaucoup depuis longtemps toujours aussi encore ardemment');
/** A cause after « milite contre / pour » opens with an article, never a possessive ("milite pour son fils") nor a verb. */
const CAUSE_DETERMINERS = set("le la l' les un une des du");
const TAKE = set('prendre prend prends pris prise prenant prenait tirer tire tirait');
const SUPPORT = set('soutient soutenait soutien partisan partisane admire fan campagne');
/** Causes of a march, a rally or a strike named by an everyday noun ("marches pour le climat"): narrower than CAUSES, since
 * "mobilisation pour l'emploi" and "marche pour la santé" are programmes, not opinions. */
const MARCH_CAUSES = set(`climat planete paix ukraine palestine gaza israel migrants sans-papiers refugies regularisation avortement ivg
laicite democratie independance guerre racisme antisemitisme islamophobie fascisme extreme-droite nucleaire pesticides retraites
reforme gouvernement president loi lois femmes feminicides vivant biodiversite animaux animale environnement ecologie planete
droits liberte libertes egalite justice violences policieres mariage`);
// no possessive: "une pétition pour ses droits" is the person's own matter, not a cause
/** Activism words before "contre" + a project: "mobilisé contre le chantier", "collectif contre l'autoroute". */
const OPPOSE_HEADS = set(`mobilise mobilisee mobilises mobilisees mobilisait mobilisaient mobilisent mobiliser mobilisation mobilisations
lutte luttait luttaient luttent lutter oppose opposee opposes opposees opposait opposent opposer opposant opposante opposants opposantes
opposition manifeste manifestait manifester manifestent manifestation manifestations manif manifs milite militait militer militant
militante militants militantes engage engagee engages engagees combat combattait combattre combattu bat battait battent battre battu battue bataille bataillait proteste
protestait protester protestation protestations collectif collectifs comite comites coordination petition petitions occupe occupait
occupation occupations bloque bloquait blocage blocages actif active actifs actives zadiste zadistes resistance rassemblement rassemblements
marche marches fauche fauchage insurge insurgee vent debout`);
/** Last words of a party's local meetings: "réunions de cellule", "assemblée de section". */
const PARTY_MEETINGS = set('cellule section');
/** Members of a campaign or a movement: "Militante de la campagne BDS". */
const CAMPAIGN_MEMBERS = set('militant militante militants militantes membre membres benevole benevoles adherent adherente engage engagee sympathisant sympathisante');
/** Groups that may be an employer, and the words of a hiring or a job before them. */
const EMPLOYER_GROUPS = set('collectif collectifs comite comites coordination');
const HIRED_BY = set('embauche embauchee embauches recrute recrutee salarie salariee stage stagiaire cdd cdi contrat poste emploi alternance mission');
/** Words between the activism word and "contre": "mobilisé depuis des mois contre", "s'est fortement opposée contre", "collectif citoyen contre", "comité d'habitants contre". */
const OPPOSE_SKIP = set(`activement beaucoup depuis longtemps toujours aussi encore ardemment fortement tres deja souvent vivement publiquement ouvertement des mois annees ans
citoyen citoyenne citoyens citoyennes local locale locaux locales riverain riverains d' habitants usagers voisins`);
/** Heads of a contested project: "contre le chantier de l'A69", "contre les mégabassines", "contre l'extension de l'aéroport". */
const PROJECTS = set(`projet projets chantier chantiers construction constructions extension extensions agrandissement creusement implantation
installation ouverture amenagement bassine bassines megabassine megabassines mega-bassines retenue retenues aeroport aeroports autoroute
autoroutes lgv tgv ligne tunnel barrage barrages centrale centrales incinerateur usine usines mine mines enfouissement stockage reacteur
reacteurs epr eolienne eoliennes entrepot entrepots datacenter stade contournement rocade pipeline oleoduc gazoduc forage forages
fracturation terminal deviation bretelle ferme-usine cigeo europacity notre-dame-des-landes nddl sainte-soline sivens bure lyon-turin
gonesse roybon stocamine flamanville fessenheim`);
/** Reforms and laws: opposed by an activism word other than a "fight against" ("lutte contre la loi de la jungle"). */
const REFORMS = set('reforme reformes loi lois decret ordonnance');
/** Signing a public text against a reform: "a signé la tribune des cadres contre la réforme des retraites". */
const SIGN = set('signataire signataires tribune tribunes petition petitions appel motion manifeste');
/** Causes after « pro- / anti- » that make the prefix a political stance: "anti-vax", "pro-vie", "anti-immigration". */
const PREFIX_CAUSES = set(`vax vaxx vaccin vaccins pass masque masques systeme immigration immigres migrants avortement ivg islam mariage pma gpa
europe europeen europeenne ue euro otan nucleaire capitaliste capitalisme mondialisation mondialiste flic flics police gouvernement republicain
chasse corrida speciste eolien eoliennes 5g ogm bassines fasciste sioniste woke wokisme lgbt gender vie choix armes brexit russe russes russie kremlin
ukraine ukrainien ukrainienne palestine palestinien palestinienne palestiniens israel israelien israelienne regime junte independance independantiste
trump poutine macron melenchon zemmour assad erdogan chavez maduro bolsonaro orban netanyahou hamas hezbollah
chlordecone pesticides pesticide glyphosate colonial coloniale colonialiste colonialisme raciste racisme bekes mine mines orpaillage
vie-chere profitation`);
/** Words that make a prefixed word a quality or a product: "pro-actif". */
const PREFIX_SKIP_AFTER = set('actif active actifs actives');
/** A plan of the person's employer, fought at work rather than as a public cause: "contre le projet de fermeture de son atelier". */
const WORKPLACE_PLANS = set(`fermeture fermetures licenciement licenciements restructuration reorganisation delocalisation demenagement fusion rachat
plan suppression suppressions externalisation cession`);
/** The person's workplace after such a plan: "de son atelier", "de l'entreprise", "du site". */
const OWN_WORKPLACE = set('son sa ses leur leurs entreprise societe employeur site sites usine atelier agence magasin boutique entrepot poste postes');
/** Words that end the contested project's span: a verb of the main clause ("le collectif contre la rocade | a tenu une réunion"). */
const PROJECT_END = set('a ont est sont etait etaient avait avaient sera seront');
/** Words a project's span does not end on: "contre le chantier de l'A69 | depuis". */
const PROJECT_TRIM = set("depuis pendant durant lors avec et en a au aux de d' du des le la l' les");
/** Roads named by their number: "l'A69", "la N88". */
const ROAD = /^[an][0-9]{1,3}$/;
const PROJECT_SKIP = set("le la l' les un une des du de d' ce cet cette ces futur future futurs futures nouveau nouvel nouvelle nouveaux grand grande grands grandes gigantesque");
/** Urban-planning senses of "ZAD" (zone d'aménagement différé). */
const URBANISM = set('urbanisme preemption amenagement differe mairie instruction perimetre plu plui scot foncier foncieres fonciere notaire zone zones dossier dossiers');
const LIVE_AT = set("sur a la de d' dans vit vivait vecu habite habitait occupe occupait occupant occupante occupants installe installee passe reste");

const MARCH_SKIP = set("le la l' les du des de d' un une en faveur");
/** Words that govern an independence cause: "milite pour l'indépendance de…", "favorable à l'autodétermination". */
const INDEP_HEADS = set(`milite militait militer militant militante militants militantes favorable favorables soutient soutenait soutien
defend defendait defendre lutte luttait lutter bat battait combat partisan partisane partisans revendique revendiquait reclame reclamait
vote votera votait voter engage engagee independantiste manifeste manifestait`);
const INDEP_SKIP = set("pour a au l' la le de d' en faveur se s' toujours depuis ardemment activement");
/** Sectors and places whose blockade is a protest: "blocages d'autoroute des agriculteurs". */
const PROTEST_GROUPS = set(`agriculteurs agricultrices paysans eleveurs viticulteurs pecheurs marins-pecheurs taxis routiers transporteurs
vtc chauffeurs lyceens etudiants cheminots dockers raffineries raffinerie autoroute autoroutes route routes rond-point ronds-points peage
peages port ports depot depots prefecture rocade periph periphique camionneurs ambulanciers infirmiers enseignants`);
/** Being on a blockade: "était sur les barrages". */
const BEING_ON = set('etait est etaient sont ete etais');
/** Articles and places between a verb and a roundabout: "bloqué les ronds-points", "était tous les samedis sur le rond-point". */
const ROUND_SKIP = set(`les le la l' un des du de d' sur au aux tous toutes chaque samedi samedis week-end week-ends nuit nuits jour jours tout
hiver ete automne printemps mois semaines annee ses son sa plusieurs`);
/** Holding a roundabout: "a bloqué", "occupait", "tenait", "l'occupation des". */
const HOLD_VERBS = set(`bloque bloquee bloques bloquees bloquer bloquait bloquaient bloquent occupe occupee occupes occupees occuper occupait
occupaient occupent tenu tenue tenus tenait tenaient tenir occupation occupations blocage blocages`);
/** Being on a roundabout as a protester: "passait ses samedis sur les ronds-points", "a dormi sur le rond-point". */
const ON_VERBS = set('passe passait passaient dormi dormait campe campait mobilise mobilisee mobilises present presente presents retrouvait milite militait reste restee');
/** Road works and traffic: a roundabout closed for them is no protest. */
const ROADWORKS = set('travaux chantier chantiers accident accidents voirie neige verglas panne convoi deviation circulation inondation livraison livraisons');
/** Causes of a blockade after « contre »: "contre la vie chère", "contre la chlordécone". */
const BLOCKADE_CAUSES = set('vie chere cherte prix chlordecone insecurite pesticides profitation');
const YELLOW_OK = set(`mouvement manifestation manifestations manifestant manifestants participe participait participe militant militante
engage engagee rond ronds point points samedis soutien soutient revendications ancien ancienne est etait actes ete fut rejoint`);
const YELLOW_NO = set(`port porter porte portent epi securite chaussures casque equipement equipements fluo visibilite tenue
vetement vetements obligatoire obligatoires chantier gants equipe equipee equipes voiture vehicule`);

/** Heads of a politician's ideas: "se retrouve dans les idées de Zemmour", "proche des positions de Meloni". */
const IDEA_HEADS = set('idees positions theses programme convictions valeurs camp ligne combat combats');
/** Words that make the ideas a topic rather than the person's: "un exposé sur les idées de Mao". */
const IDEA_TOPIC = set('cours expose analyse analyser etudie etudier etude memoire these dissertation article articles livre debat conference histoire');
/** Ways of voting that reveal the vote: "a voté blanc", "vote nul". */
const VOTE_HOW = set('blanc blancs nul nuls');
const VOTE_ADVERBS = set('toujours systematiquement souvent aussi encore deja regulierement');
const AUX = set('a avait ont aura ai');
/** Verb forms of voting told as an act ("a voté", "vote", "votait"). */
const VOTED = set('vote votait votaient votent votera voter');
/** Words before "vote" that make it the noun. */
const VOTE_NOUN_BEFORE = set("le du un au ce les des son sa leur droit");
/** Verbs of a technical or catering service at an event: "sonorise", "filme", "sécurise", "éclaire", "photographie". */
const EVENT_SERVICE = /^(sonoris|film|securis|eclair|photograph|install|mont|cabl|nettoy|couvr|couvert|regi|amenag|decor|restaur|traiteur|gard|accueill|logist|retransm|enregistr)/;
/** Votes that are not elections: a works council, a meeting, a club, a jury, a show. */
const VOTE_ELSEWHERE = set(`cse ce cssct ag assemblee association associatif associative copropriete syndic club jury emission concours
professionnelles professionnelle delegue delegues salaries prudhomales prud'homales conseil bureau budget motion resolution greve`);
/** Election words an abstention is told with: "s'abstient à chaque élection". */
const ELECTION_WORDS = set(`election elections electoral electorale scrutin scrutins vote votes voter urne urnes municipales legislatives presidentielle
presidentielles europeennes regionales departementales referendum tour tours suffrage`);
/** A regime criticised: "critiqué le régime", "dénonçait la junte". */
const REGIMES = set('regime regimes junte juntes dictature dictatures dictateur tyran autocrate oligarchie monarchie theocratie mollahs');
/** A government or a ruler, criticised in a story of exile or repression only. */
const RULERS = set('gouvernement gouvernements pouvoir president presidente autorites parti armee militaires generaux roi emir');
const EXILE = set(`pays asile exil exile exilee fui fuir quitte refugie refugiee refugies arrete arretee emprisonne emprisonnee persecute persecutee
persecutions menace menacee menaces journaliste opposant opposante blogueur blogueuse torture torturee prison ofpra cnda protection`);
/** What follows "régime" in its other senses: "régime alimentaire", "régime de retraite", "régime micro-entrepreneur". */
const REGIME_OTHER = set(`alimentaire alimentaires sans fiscal fiscaux social sociaux matrimonial general special speciaux micro micro-entrepreneur micro-social indemnitaire
local agricole minceur hyperproteine cetogene vegetarien vegan strict particulier juridique derogatoire reel forfaitaire salarie salaries independant independants
autoentrepreneur auto-entrepreneur dietetique hyposode lacte`);
/** Schemes after « régime de la / de l’ » (first part of a hyphenated word): "le régime de l'auto-entrepreneur", "de la micro-entreprise". */
const REGIME_SCHEMES = set(`auto micro autoentrepreneur entreprise retraite securite assurance intermittence
chomage fonction mutuelle prevoyance alsace msa cotisation cotisations taxe tva`);
const CRITIC_TOPIC = set('cours expose analyse analyser etudie etudier etude memoire these dissertation conference module formation');
const CRITIC_LINK = set("contre envers vis-a-vis ouvertement publiquement violemment vivement durement sans hostiles hostile critiques critique");
const CRITIC_DETS = set("le la l' les un une des du ce cette son sa ses leur");
const CRITIC_VERB_NOUNS = set('opposition articles article ecrits chansons caricatures tweets publications posts propos slogans tags pancarte pancartes banderole critiques');
/** Roads and sites blocked in a protest: "a bloqué l'A75", "occupait le péage". */
const BLOCKED_SITES = set(`autoroute autoroutes route routes nationale nationales departementale periph peripherique peripheriques rocade rocades peage peages pont ponts
rond-point ronds-points raffinerie raffineries depot depots port ports prefecture prefectures carrefour carrefours echangeur echangeurs bretelle axe axes
voie voies centrale plateforme entrepot entrepots supermarche supermarches centre-ville acces ministere mairie`);
const BLOCK_SKIP = set("le la l' les un une des du de d' tout toute tous toutes plusieurs deux trois son sa");
/** A movement that makes a blocked road a protest (a vehicle right after the road does too: "avec son tracteur"). */
const BLOCK_CUES = set(`fumier lisier pneus mobilisation mobilisations
mouvement mouvements colere manifestation manifestations manifestants agriculteurs agricultrices paysans eleveurs viticulteurs routiers transporteurs
camionneurs greve grevistes revendications protestation blocage blocages reforme loi gouvernement escargot pecheurs`);
const VEHICLES = set('tracteur tracteurs camion camions taxi taxis bus engin engins moissonneuse remorque voiture vehicule');
const SCHEME_DETS = set("la l'");
/** Subjects of a plural blocking verb that include the person: "ils ont bloqué l'A7" (not "des agriculteurs ont bloqué…"). */
const GROUP_SUBJECTS = set('ils elles on nous');
const PLURAL_AUX = set('ont avaient auront');
const OWN_DETS = set('son sa ses leur leurs un une des');
/** A past office with no party: "quand il était maire de sa commune", "ancien maire": a past job. */
const PAST_OFFICE = set('etait ete ancien ancienne ex');
/** Offices held (not candidacies): the last word of the hit. */
/** "pour un élu", "auprès des élus", "d'une conseillère municipale": an office held by someone the person works for or meets. */
const OTHER_DETS = set('un une des les');
const OTHER_PREPS = set("pour aupres avec chez par d' de contre sur");
const OFFICES = set('maire municipal municipale departemental departementale regional regionale communautaire depute deputee senateur senatrice elu elue local locale');

/** "encadré des manifestations | contre la réforme", "sécurisait les manifestations des | gilets jaunes": the cause of a policed march. */
function policedDemoBefore(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[i].sn && toks[k].k !== Kind.Punct; k--, n++) {
    const w = toks[k].t;
    if (w.startsWith('manif') || w.startsWith('cortege') || w.startsWith('rassemblement') || w.startsWith('defile')) return demoWork(doc, k);
  }
  return false;
}

/** A demonstration policed or covered as a job: a work verb right before and a police or press job in the sentence. */
function demoWork(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const sn = toks[i].sn;
  let k = i - 1;
  while (k >= 0 && toks[k].sn === sn && DEMO_SKIP.has(toks[k].t)) k--;
  if (k < 0 || toks[k].sn !== sn || !DEMO_WORK_VERBS.has(toks[k].t)) return false;
  let a = k;
  while (a > 0 && toks[a - 1].sn === sn && k - a < 30) a--;
  for (let q = a; q < toks.length && toks[q].sn === sn && q < i + 20; q++) if (DEMO_WORKERS.has(toks[q].t)) return true;
  return false;
}

export default defineRule({
  id: 'opinions-politiques',
  meta: {
    description: 'Opinions politiques : appartenance ou sympathie partisane, militantisme, vote, manifestations, candidatures et mandats électifs.',
    category: 'opinions-politiques',
    severity: 'error',
    fixable: true,
    references: ['RGPD art. 9', 'Code du travail L1132-1 (opinions politiques, mandat électif)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    opinion: 'Opinion ou engagement politique (« {terme} ») : donnée sensible (RGPD art. 9), à retirer du compte rendu.',
    mandat: 'Candidature ou mandat électif (« {terme} ») : gardez les compétences acquises, pas l’engagement politique.',
  },
  explanation:
    "Les opinions politiques sont des données sensibles (RGPD art. 9) et un critère de discrimination, comme l'exercice d'un mandat " +
    "électif (Code du travail L1132-1). L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15). Ne notez ni parti, ni vote, " +
    "ni manifestation ; si un mandat local est une expérience utile, décrivez les compétences (« conduite de réunions, suivi budgétaire ») " +
    "sans la liste ni le parti ; si une absence est en cause, notez l'absence seulement.",
  lexicon: POLITIQUE_LEXICON,
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const done: Array<[number, number]> = [];
    const hitAt = new Map<number, Hit>();
    for (const h of ctx.hits) hitAt.set(h.from, h);
    const t = (i: number, ref: number) => tt(doc, i, ref);

    const report = (a: number, b: number, messageId = 'opinion', confidence: Confidence = 'high') => {
      // "n'a jamais été…", "n'est pas…": an absence; the range is consumed so its parts stay silent too
      if (negatedGoverned(doc, a)) { done.push([a, b]); return; }
      if (done.some(([x, y]) => a < y && x < b)) return;
      done.push([a, b]);
      const [start, end] = doc.tokRange(a, b);
      ctx.report({ start, end, messageId, data: { terme: ctx.text.slice(start, end) }, confidence, fixes: [clauseRemovalFix(doc, ctx.text, a, b)] });
    };

    /**
     * "présenté aux municipales (de 2020) | sur une liste soutenue par le RN": the party of the list joins the candidacy (one
     * finding per phrase). End of the phrase, or `to` when no list and party follow in the clause.
     */
    const listPartyEnd = (to: number, ref: number): number => {
      let list = false;
      for (let k = to, n = 0; n < 12 && k < toks.length && toks[k].sn === toks[ref].sn && toks[k].k !== Kind.Punct && !CLAUSE_STOP.has(toks[k].t); k++, n++) {
        if (LIST_WORDS.has(toks[k].t)) list = true;
        const p = hitAt.get(k);
        if (list && p && TARGET_TAGS.has(p.entry.tag ?? '')) return p.to;
      }
      return to;
    };
    /** End of the party / ideology that follows token `to` ("militant | d'extrême gauche"), or -1. */
    const target = (to: number, ref: number, reach = 5): number => {
      let k = to;
      for (let n = 0; n < reach; n++, k++) {
        const w = t(k, ref);
        if (!w || toks[k].k === Kind.Punct) return -1;
        if (UNION.has(w)) return -1;
        const h = hitAt.get(k);
        if (h && TARGET_TAGS.has(h.entry.tag ?? '') && !(h.entry.tag === 'sigle-etranger' && (!doc.isCapitalized(k)
          // "engagée au PSD comme comptable", "membre de la FDP, fédération de pêche": an ambiguous acronym needs politics near
          || (FOREIGN_AMBIGUOUS.has(w) && !around(doc, k, h.to, FOREIGN_POLITICAL, 12))))) {
          // "membre du parti | AKP": the party's name goes with it
          const named = h.entry.tag === 'parti' ? hitAt.get(h.to) : undefined;
          if (named && named.entry.tag?.startsWith('sigle') && doc.isCapitalized(h.to)) return named.to;
          return h.to;
        }
        if (COMPLEMENT_WORDS.has(w)) return k + 1;
        // "militant de la cause kurde", "milite pour la cause animale"
        // not a team's or a club's cause, a sports fan's zeal ("militante pour la cause de son club de foot")
        if (w === 'cause' && [1, 2, 3].some((d) => TEAM_CAUSES.has(t(k + d, ref)))) return -1;
        if (w === 'cause' && t(k - 1, ref) !== 'a' && t(k + 1, ref) && toks[k + 1].k === Kind.Word && !CLAUSE_STOP.has(t(k + 1, ref))) return k + 2;
        if (!COMPLEMENT_SKIP.has(w)) return -1;
      }
      return -1;
    };

    const deferred: Hit[] = [];
    for (const h of ctx.hits) {
      const i = h.from;
      const tag = h.entry.tag;
      const pw = t(i - 1, i);
      const nw = t(h.to, i);
      switch (tag) {
        case 'membre': {
          const end = target(h.to, i);
          // a liking ("sa sympathie pour…") names a party only by its proper name: not "le parti pris", "le parti adverse"
          if (end > 0 && toks[i].t.startsWith('sympathie')) {
            let k = h.to;
            while (k < end && !TARGET_TAGS.has(hitAt.get(k)?.entry.tag ?? '')) k++;
            if (hitAt.get(k)?.entry.tag === 'parti' && !doc.isCapitalized(k)) break;
          }
          if (end > 0) { report(i, end); break; }
          // single-issue activism: "milite contre les mégabassines", "militante pour la fermeture des zoos"
          if (toks[i].t.startsWith('milit') && !set('membre membres').has(toks[i].t)) {
            let c = h.to;
            while (c < h.to + 2 && ACTIVISM_SKIP.has(t(c, i))) c++;
            const cw = t(c, i);
            const det = t(c + 1, i);
            if ((cw === 'contre' || cw === 'pour') && CAUSE_DETERMINERS.has(det) && !jobFrameBefore(doc, i) && !around(doc, i, h.to, UNION, 6)) {
              let e = c + 2;
              while (e < toks.length && toks[e].sn === toks[i].sn && toks[e].k !== Kind.Punct && !CLAUSE_STOP.has(toks[e].t) && e - c < 6) e++;
              // a cause with its own entry ("milite pour l'indépendance de…") is reported from that entry
              let own = false;
              for (let k = c + 1; k < e && !own; k++) own = hitAt.has(k);
              // a team's cause: "militante pour la cause de son club de foot"
              let team = false;
              for (let k = c + 2; k < e && !team; k++) team = TEAM_CAUSES.has(toks[k].t);
              if (e > c + 2 && !own && !team) { report(i, e); break; }
            }
          }
          if (toks[i].t.startsWith('encarte') && nw !== 'publicitaire' && !set("un l' les des cet").has(pw) && !around(doc, i, h.to, UNION, 4)) report(i, h.to);
          break;
        }
        case 'ideologie': {
          if (NON_PERSON.has(pw) || jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          // a topic read or studied: "un essai d'écologie politique", "un livre sur l'écologie radicale"
          {
            const k = set("la le les l'").has(pw) ? i - 2 : i - 1;
            const w = t(k, i);
            if (w === 'sur' || ((w === 'de' || w === "d'") && TOPIC_HEADS.has(t(k - 1, i)))) break;
          }
          // "il a traité son chef de facho": an insult reported, not the person's opinion
          if (pw === 'de' && [2, 3, 4].some((d) => INSULT_VERBS.has(t(i - d, i)))) break;
          // "propos anti-système", "idées d'extrême droite": the head goes with the stance
          report(STANCE_HEADS.has(pw) ? i - 1 : i, h.to);
          break;
        }
        // "Elle a voté pour une liste divers droite", "il est élu divers gauche"; not "le conseil compte deux élus divers gauche"
        case 'etiquette':
          if (!NON_PERSON.has(pw) && !jobFrameBefore(doc, i) && !negatedBefore(doc, i) && personInSentence(doc, i, i, h.to)) report(i, h.to);
          break;
        case 'ideologie-contexte': {
          let k = i - 1;
          // « écolo radical » in quotes after its copula: « Il affirme être « écolo » »
          while (DEGREE.has(t(k, i)) || t(k, i) === '«' || t(k, i) === '"' || t(k, i) === '“') k--;
          const w = t(k, i);
          const lemma = h.entry.lemma;
          const place = lemma === 'à gauche' || lemma === 'à droite';
          const bare = lemma === 'la gauche' || lemma === 'la droite';
          if (bare) { if (SUPPORT.has(w)) report(k, h.to); break; }
          if (place) { if (k < i - 1 || set('ancre ancree positionne positionnee penche situe situee').has(w)) report(i, h.to); break; }
          // "conservateur de musée", "écologiste de formation": a title or a complement, not a stance
          // (a group's own complement stays: "un collectif féministe de Valence", "un groupe écologiste du quartier")
          if (!lemma.startsWith('de ') && set("de du des d' au aux").has(nw) && !(GROUP_SOFT_HEADS.has(w) && k === i - 1 && (doc.isCapitalized(h.to + 1) || t(h.to + 1, i) === 'quartier'))) break;
          if (SOFT_HEADS.has(w) || COPULA.has(w) || (w === 'etre' && CLAIM.has(t(k - 1, i)))) report(i, h.to, 'opinion', 'medium');
          break;
        }
        // party names and acronyms: no job-frame test ("conseillère municipale sur une liste RN")
        case 'parti-nom':
        case 'sigle':
          report(i, h.to);
          break;
        // foreign parties ("affilié au PTB", "engagement au HDP" are closed by the membership word): "le parti AKP", "du parti Chega"
        case 'sigle-etranger':
          if (doc.isCapitalized(i) && (pw === 'parti' || pw === 'partis') && toks[h.to]?.k !== Kind.Number && !jobFrameBefore(doc, i - 1)) report(i - 1, h.to);
          break;
        case 'parti-inclusif': {
          // "adhérent de Génération.s": the party only with its inclusive ending in the raw text, not "la génération Z"
          const [from, end] = doc.tokRange(i, h.to);
          const raw = doc.text.slice(from, end);
          if (doc.isCapitalized(i) && /[.·•‧][sS]$/.test(raw)) report(i, h.to);
          break;
        }
        case 'parti-nom-contexte':
        case 'sigle-contexte':
          if (toks[h.to]?.k === Kind.Number) break; // "RN 7"
          if (tag === 'parti-nom-contexte' && (!doc.isCapitalized(i) || toks[i].first)) break; // "construit ensemble", "Ensemble, nous…"
          // a firm or a place bearing the name: "l'entreprise Renaissance Immobilier", "l'agence Horizons Voyages", "la résidence Renaissance"
          if (tag === 'parti-nom-contexte' && (FIRM_BEFORE.has(pw) || (toks[h.to]?.k === Kind.Word && toks[h.to].sn === toks[i].sn && doc.isCapitalized(h.to)))) break;
          if (tag === 'sigle-contexte' && !doc.isCapitalized(i)) break; // "modem"
          if (around(doc, i, h.to, POLITICAL, 6)) report(i, h.to);
          break;
        case 'contre': {
          // "il était mobilisé contre le chantier de l'A69", "collectif contre l'extension de l'aéroport",
          // "a manifesté contre la réforme"; not "lutte contre le bruit du chantier", "contre-indication"
          if (ctx.text[doc.tokRange(i, h.to)[1]] === '-') break;
          let k = i - 1;
          for (let n = 0; n < 4 && (OPPOSE_SKIP.has(t(k, i)) || t(k, i) === 'se' || t(k, i) === "s'"); n++) k--;
          let head = t(k, i);
          // "a signé la tribune des cadres contre la réforme": a signed text against a named reform
          if (!OPPOSE_HEADS.has(head)) {
            for (let j = i - 1; j >= i - 6 && t(j, i) && toks[j].k !== Kind.Punct; j--) if (SIGN.has(toks[j].t)) { head = toks[j].t; k = j; break; }
          }
          // "l'occupation | des théâtres | contre la réforme", "le blocage du dépôt contre…": the activism noun before its own complement
          if (!OPPOSE_HEADS.has(head) && !SIGN.has(head) && toks[i - 1]?.k === Kind.Word) {
            let j = i - 2;
            if (set("de des du d' la le les l' sa son ses leur").has(t(j, i))) j--;
            if (set("de des du d'").has(t(j, i))) j--;
            if (j < i - 2 && set('occupation occupations blocage blocages boycott mobilisation mobilisations occupe occupee occupait occupaient bloque bloquee bloquait bloquaient boycotte boycottait').has(t(j, i))) { head = t(j, i); k = j; }
          }
          if (!OPPOSE_HEADS.has(head) && !SIGN.has(head)) break;
          if (policedDemoBefore(doc, i)) break;
          if (jobFrameBefore(doc, k) && !(k < i - 1 && personInSentence(doc, i, k, h.to))) break;
          // "embauché par le collectif contre l'extension de l'aéroport": a group as an employer
          if (EMPLOYER_GROUPS.has(head)) {
            let hired = false;
            for (let j = k - 1; j >= k - 5 && t(j, i) && !hired; j--) hired = HIRED_BY.has(toks[j].t);
            if (hired) break;
          }
          let c = h.to;
          while (c < h.to + 4 && PROJECT_SKIP.has(t(c, i))) c++;
          let w = t(c, i);
          // hyphenated names are split into tokens: "Notre-Dame-des-Landes", "méga-bassines"
          for (let j = c + 1; toks[j]?.hyphen && toks[j].sn === toks[i].sn && j < c + 5; j++) w += '-' + toks[j].t;
          const project = PROJECTS.has(w) || ROAD.test(w) || (REFORMS.has(w) && !head.startsWith('lutt') && !head.startsWith('combat'));
          if (!project || around(doc, i, h.to, UNION, 6)) break;
          // "se mobilise contre le projet de fermeture de son atelier": the employer's plan, not a public cause
          if (w.startsWith('projet') && (t(c + 1, i) === 'de' || t(c + 1, i) === "d'") && WORKPLACE_PLANS.has(t(c + 2, i))) {
            let own = false;
            for (let j = c + 3; j < c + 7 && t(j, i) && !own; j++) own = OWN_WORKPLACE.has(t(j, i));
            if (own) break;
          }
          let e = c + 1;
          while (e < toks.length && toks[e].sn === toks[i].sn && toks[e].k !== Kind.Punct && !CLAUSE_STOP.has(toks[e].t) && !PROJECT_END.has(toks[e].t) && e - c < 6) e++;
          // "mobilisé contre le chantier de l'A69 depuis": the complement stops at a time word
          while (e > c + 1 && PROJECT_TRIM.has(toks[e - 1].t)) e--;
          report(i, e);
          break;
        }
        case 'prefixe':
        case 'prefixe-mot': {
          // "ses idées pro-Trump", "militant anti-vax", "elle est pro-Poutine"; the person in the clause, not a job, not negated
          let e = h.to;
          if (tag === 'prefixe') {
            const nx = toks[h.to];
            if (!nx || nx.sn !== toks[i].sn || !nx.hyphen || nx.k !== Kind.Word || PREFIX_SKIP_AFTER.has(nx.t)) break;
            const name = doc.isCapitalized(h.to) && !doc.isUpper(h.to) && toks[i].t === 'pro';
            if (!PREFIX_CAUSES.has(nx.t) && !name) break;
            e = h.to + 1;
          }
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          if (!personNamed(doc, i, e) && !personInSentence(doc, i, i, e)) break;
          report(i, e);
          break;
        }
        case 'zad': {
          // "a vécu deux ans sur la ZAD", "occupant de la ZAD de Notre-Dame-des-Landes"; not the planning zone of a town
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, URBANISM, 8) || !LIVE_AT.has(pw === 'la' || pw === 'les' || pw === 'une' ? t(i - 2, i) : pw)) break;
          if (/^Zad/.test(doc.raw(i)) && !doc.isUpper(i)) break; // "Zad", a first name
          // a note without a pronoun: "militant écolo, a passé deux hivers sur une zad" (the person's stance already told)
          if (!personInSentence(doc, i, i, h.to) && !done.some(([a]) => toks[a].sn === toks[i].sn)) break;
          let e = h.to;
          if ((nw === 'de' || nw === 'du' || nw === 'des') && doc.isCapitalized(h.to + 1)) {
            e = h.to + 2;
            while (toks[e]?.hyphen && toks[e].sn === toks[i].sn) e++; // "Notre-Dame-des-Landes"
          }
          report(i, e);
          break;
        }
        case 'mouvement': {
          // a movement as an employer ("stage chez Greenpeace") is a job; an ordinary phrase ("nuit debout") is not a name
          const name = set("les la le l'").has(toks[i].t) && h.to - i > 1 ? i + 1 : i;
          if (!doc.isCapitalized(name) || jobFrameBefore(doc, i) || negatedBefore(doc, i)) break;
          if (!personInSentence(doc, i, i, h.to) && !around(doc, i, h.to, POLITICAL, 6)) break;
          let a = i;
          if ((pw === 'de' || pw === "d'" || pw === 'du' || pw === 'des') && ACTION_HEADS.has(t(i - 2, i))) a = i - 2;
          report(a, h.to);
          break;
        }
        case 'activisme': {
          // "colle des affiches pour le NPA", "a tracté pour les européennes"; not a job, not union leaflets
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, UNION, 4)) break;
          if (!personInSentence(doc, i, i, h.to)) break;
          // "a sonorisé les meetings de plusieurs partis", "filme des meetings": a technical service at political events is a job
          if (toks[i].t.startsWith('meeting')) {
            let served = false;
            for (let k = i - 1, n = 0; k >= 0 && n < 4 && toks[k].sn === toks[i].sn && !served; k--, n++) served = EVENT_SERVICE.test(toks[k].t);
            if (served || (set("de des d'").has(t(h.to, i)) && set('plusieurs tous differents divers nombreux').has(t(h.to + 1, i)))) break;
          }
          let end = target(h.to, i, 6);
          // "distribuait des tracts pour l'opposition", "colle des affiches contre le régime"
          if (end < 0 && set("pour de d' contre").has(t(h.to, i))) {
            const a = ARTICLES_LA.has(t(h.to + 1, i)) ? h.to + 2 : h.to + 1;
            if (REGIME_WORDS.has(t(a, i))) end = a + 1;
          }
          // a party's meetings ("ses absences aux réunions de cellule") take their party from anywhere in the sentence
          const reach = PARTY_MEETINGS.has(toks[h.to - 1].t) ? 40 : 8;
          // "réunions de cellule de crise", "de cellule d'écoute", "de section sportive": another cell or section
          if (reach > 8 && (set("de d' du").has(t(h.to, i)) || toks[h.to]?.k === Kind.Word && !TARGET_TAGS.has(hitAt.get(h.to)?.entry.tag ?? '') && !set('du de des au et le la les').has(t(h.to, i))) && !TARGET_TAGS.has(hitAt.get(h.to + 1)?.entry.tag ?? '')) break;
          let political = end > 0 || around(doc, i, h.to, POLITICAL, 8);
          for (let k = Math.max(0, i - reach); !political && k <= i + reach && k < toks.length; k++) {
            const o = hitAt.get(k);
            political = !!o && o.from === k && TARGET_TAGS.has(o.entry.tag ?? '') && toks[k].sn === toks[i].sn;
          }
          if (political) report(i, end > 0 ? end : h.to);
          break;
        }
        case 'activiste': {
          // "colleur d'affiches pour Reconquête", "tracteur pour LFI aux européennes", "assesseur pour le RN": the agent
          // noun is the person; a party, a movement or an election must follow ("conducteur de tracteur", "assesseur au tribunal")
          if (jobFrameBefore(doc, i) || around(doc, i, h.to, UNION, 4)) break;
          let end = -1;
          let soft = false;
          for (let k = h.to, n = 0; n < 6 && end < 0; n++, k++) {
            const w = t(k, i);
            if (!w || toks[k].k === Kind.Punct || UNION.has(w)) break;
            const o = hitAt.get(k);
            const otag = o?.entry.tag ?? '';
            if (o && (TARGET_TAGS.has(otag) || otag === 'election')) {
              // "pour Reconquête", "pour Ensemble" must be a capitalised name; "pour LR" an acronym in capitals
              if ((otag === 'parti-nom-contexte' || otag === 'sigle-contexte') && !doc.isCapitalized(k)) break;
              soft = otag.endsWith('-contexte');
              end = o.to;
            } else if (!COMPLEMENT_SKIP.has(w)) break;
          }
          if (end < 0) break;
          // "tracteur pour Horizons": a soft name after an ambiguous agent wants a political word too
          if (soft && !toks[i].t.startsWith('colleu') && !around(doc, i, end, POLITICAL, 8)) break;
          report(i, end);
          break;
        }
        case 'personnalite': {
          if (SUPPORT.has(pw)) report(i - 1, h.to);
          else if ((pw === 'de' || pw === 'du') && SUPPORT.has(t(i - 2, i))) report(i - 2, h.to);
          // "se retrouve dans les idées de Zemmour", "proche des positions de Meloni": the person's, not a lesson on them
          else if ((pw === 'de' || pw === "d'") && IDEA_HEADS.has(t(i - 2, i)) && personInSentence(doc, i, i - 2, h.to) && !negatedBefore(doc, i - 2)
            && !around(doc, i - 2, h.to, IDEA_TOPIC, 6) && !jobFrameBefore(doc, i - 2)) {
            report(set("les la le l' ses leurs des").has(t(i - 3, i)) ? i - 3 : i - 2, h.to);
          }
          break;
        }
        case 'abstention': {
          // "s'abstient à chaque élection", "abstentionniste convaincu", "prône l'abstention"; not "s'abstient de fumer", "le taux d'abstention"
          const w = toks[i].t;
          const noun = w.startsWith('abstention');
          if (!noun && !REFLEXIVE.has(pw) && !REFLEXIVE.has(t(i - 2, i))) break;
          if (!w.startsWith('abstentionniste') && (nw === 'de' || nw === "d'")) break;
          if (w.startsWith('abstention') && !w.startsWith('abstentionniste') && !set('son sa').has(pw) && !(pw === "l'" && set('prone pronait appelle appelait defend defendait').has(t(i - 2, i)))) break;
          if (!around(doc, i, h.to, ELECTION_WORDS, 8) && !w.startsWith('abstentionniste')) break;
          if (jobFrameBefore(doc, i) || negatedBefore(doc, i) || !personInSentence(doc, i, i, h.to)) break;
          report(REFLEXIVE.has(pw) ? i - 1 : i, h.to);
          break;
        }
        case 'critique': {
          // "a critiqué le régime", "dénonçait la corruption du régime", "ses articles contre la junte"
          const noun = CRITIC_VERB_NOUNS.has(toks[i].t);
          let k = h.to;
          let linked = false;
          for (let n = 0; n < 2 && CRITIC_LINK.has(t(k, i)); n++, k++) linked = true;
          if (noun && !linked) break;
          if (set('au aux').has(t(k, i))) k++;
          else if (CRITIC_DETS.has(t(k, i))) k++;
          let r = k;
          // one noun between: "la corruption du régime", "la politique du gouvernement"
          if (!REGIMES.has(t(r, i)) && !RULERS.has(t(r, i)) && toks[r]?.k === Kind.Word && set("du de d' des").has(t(r + 1, i))) {
            r += 2;
            if (set("la l' le les").has(t(r, i))) r++;
          }
          const w = t(r, i);
          if (!toks[r] || toks[r].sn !== toks[i].sn) break;
          const strong = REGIMES.has(w);
          if (!strong && !(RULERS.has(w) && sentenceHas(doc, i, EXILE))) break;
          const after = t(r + 1, i);
          if (REGIME_OTHER.has(after) || w === 'pouvoir' && (after === "d'" || after === 'de')) break;
          if ((after === 'de' || after === "d'" || after === 'du') && toks[r + 2] && !doc.isCapitalized(r + 2) && !SCHEME_DETS.has(t(r + 2, i))) break;
          if ((after === 'de' || after === "d'" || after === 'du') && SCHEME_DETS.has(t(r + 2, i)) && REGIME_SCHEMES.has(t(r + 3, i))) break;
          if (negatedBefore(doc, i) || around(doc, i, r + 1, CRITIC_TOPIC, 5) || !personInSentence(doc, i, i, r + 1)) break;
          report(i, r + 1);
          break;
        }
        case 'bloque': {
          // farmers' and truckers' blockades: "a bloqué l'A75 avec son tracteur", "occupait le péage pendant le mouvement"
          let k = h.to;
          for (let n = 0; n < 3 && BLOCK_SKIP.has(t(k, i)); n++) k++;
          const site = t(k, i);
          if (!toks[k] || toks[k].sn !== toks[i].sn || !(ROAD.test(site) || BLOCKED_SITES.has(site))) break;
          k++;
          let e = k;
          // "avec son tracteur": the vehicle joins, and tells the protest (a trucker or a farmer in their own trade too)
          const vehicle = t(e, i) === 'avec' && OWN_DETS.has(t(e + 1, i)) && VEHICLES.has(t(e + 2, i));
          if (vehicle) e += 3;
          const movement = sentenceHas(doc, i, BLOCK_CUES);
          if (!(vehicle || movement) || sentenceHas(doc, i, ROADWORKS) || negatedBefore(doc, i) || (!movement && jobFrameBefore(doc, i))) break;
          if (!personInSentence(doc, i, i, k)) break;
          // "il a été retardé : des agriculteurs ont bloqué l'A7 avec leurs tracteurs": others' blockade, told as news or a delay
          if ((PLURAL_AUX.has(pw) || toks[i].t.endsWith('aient') || toks[i].t.endsWith('ent')) && !GROUP_SUBJECTS.has(PLURAL_AUX.has(pw) ? t(i - 2, i) : pw)) break;
          report(AUX.has(pw) ? i - 1 : i, e);
          break;
        }
        case 'parti': {
          const lemma = h.entry.lemma;
          if (lemma !== 'parti' && lemma !== 'partis') { if (personNamed(doc, i, h.to) && !jobFrameBefore(doc, i)) report(i, h.to); break; }
          if (nw === 'pris' || nw === 'prise') break;
          if (!set("un le du au son d' ce leur").has(pw)) break;
          if (TAKE.has(t(i - 2, i)) || TAKE.has(t(i - 3, i))) break; // "prendre le parti de", "a pris le parti de"
          if (around(doc, i, h.to, POLITICAL, 6)) report(i, h.to);
          break;
        }
        case 'vote': {
          let k = h.to;
          const isTarget = (j: number) => TARGET_TAGS.has(hitAt.get(j)?.entry.tag ?? '');
          // "ne votera plus jamais pour la gauche": a negated vote for a named side still tells the opinion
          let neg = 0;
          while (NEG_WORDS.has(t(k, i)) && neg < 3) { k++; neg++; }
          while (!isTarget(k) && VOTE_SKIP.has(t(k, i)) && k < h.to + neg + 4) k++;
          const th = hitAt.get(k);
          // "ne vote pas pour la gauche ni pour la droite": no side at all
          if (th && neg > 0 && t(th.to, i) === 'ni') break;
          if (th && TARGET_TAGS.has(th.entry.tag ?? '')) {
            // the span opens at « ne » ("ne votera plus pour…", "n'a jamais voté pour…")
            let a = i;
            for (let j = i - 1, n = 0; n < 3 && t(j, i); j--, n++) {
              const w = t(j, i);
              if (w === 'ne' || w === "n'") { a = j; break; }
              if (!NEG_WORDS.has(w) && !set('a avait ai aura plus').has(w)) break;
            }
            report(a, th.to);
            break;
          }
          // "a voté blanc aux législatives", "vote toujours nul": the way of voting reveals it
          let b = h.to;
          while (b < h.to + 2 && VOTE_ADVERBS.has(t(b, i))) b++;
          if (VOTE_HOW.has(t(b, i)) && neg === 0) {
            const isNoun = toks[i].t === 'vote' && set("le du un au ce").has(pw);
            if (isNoun && (!personInSentence(doc, i, i, b + 1) || around(doc, i, b + 1, IDEA_TOPIC, 6))) break;
            if (jobFrameBefore(doc, i)) break;
            report(AUX.has(pw) && !isNoun ? i - 1 : i, b + 1);
            break;
          }
          // a first (or last) vote told of the person, a step in a life story: "a voté pour la première fois en juin", "pourra voter
          // pour la première fois"; a plain civic vote is not an opinion ("a voté aux municipales"); not the noun ("le vote du budget"),
          // a vote in a works council, a club or a meeting ("élections du CSE", "à l'AG")
          if (neg === 0 && VOTED.has(toks[i].t) && !VOTE_NOUN_BEFORE.has(pw) && !jobFrameBefore(doc, i) && !negatedBefore(doc, i)
            && personInSentence(doc, i, i, h.to) && !around(doc, i, h.to, VOTE_ELSEWHERE, 10) && !around(doc, i, h.to, UNION, 10)) {
            let e = -1;
            const n1 = t(h.to, i);
            if (n1 === 'pour' && set("la sa").has(t(h.to + 1, i)) && set('premiere derniere').has(t(h.to + 2, i)) && t(h.to + 3, i) === 'fois') e = h.to + 4;
            if (e > 0) report(AUX.has(pw) ? i - 1 : i, e);
          }
          break;
        }
        case 'independance': {
          // "l'indépendance de la Guadeloupe": a named territory after it (capitalised), or "kanak"
          let e = h.to;
          if (!set("de d' du des").has(t(e, i))) break;
          e++;
          if (set("la l' le les").has(t(e, i))) e++;
          if (!t(e, i) || toks[e].k !== Kind.Word || (!doc.isCapitalized(e) && t(e, i) !== 'kanaky')) break;
          while (t(e + 1, i) && toks[e + 1].k === Kind.Word && (doc.isCapitalized(e + 1) || toks[e + 1].hyphen)) e++;
          e++;
          let k = i - 1;
          for (let n = 0; n < 5 && INDEP_SKIP.has(t(k, i)); n++) k--;
          if (!INDEP_HEADS.has(t(k, i)) || jobFrameBefore(doc, i)) break;
          report(i, e);
          break;
        }
        case 'blocage': {
          // the person takes part: "a participé aux blocages", "était sur les barrages filtrants"
          let k = i - 1;
          let on = false;
          while (DEMO_SKIP.has(t(k, i)) || t(k, i) === 'sur' || t(k, i) === 'un' || t(k, i) === 'au') { if (t(k, i) === 'sur') on = true; k--; }
          // "était sur les barrages": being on them is taking part
          if (!PARTICIPATE.has(t(k, i)) && !set('organise organisait organiser tenu tenait tient').has(t(k, i)) && !(on && BEING_ON.has(t(k, i)))) break;
          // a road, a site, a protesting trade or a movement named after it: "d'autoroute des agriculteurs", "des taxis",
          // "du RPPRAC contre la vie chère", "de 2017 avec les 500 Frères", "des Forces vives"
          let e = h.to;
          let named = false;
          let site = false;
          let last = h.to;
          for (let n = 0; n < 8 && t(e, i) && toks[e].k !== Kind.Punct; n++, e++) {
            const w = t(e, i);
            const mh = hitAt.get(e);
            if (mh && (mh.entry.tag === 'mouvement' || mh.entry.tag === 'mouvement-blocage')) {
              let cap = false;
              for (let q = e; q < mh.to; q++) if (toks[q].k === Kind.Word && doc.isCapitalized(q) && !set("les la le l'").has(toks[q].t)) cap = true;
              if (cap) { named = true; e = mh.to - 1; last = mh.to; continue; }
            }
            if (PROTEST_GROUPS.has(w)) { named = true; last = e + 1; continue; }
            if (w === 'contre') { named = true; continue; }
            if (named && (BLOCKADE_CAUSES.has(w) || CAUSES.has(w))) { last = e + 1; continue; }
            // a school or a campus blocked before the cause: "blocus du lycée contre la réforme", "blocage de la fac"
            if (!named && BLOCKADE_SITES.has(w)) { site = true; continue; }
            // after a school: "contre la réforme", "contre la loi travail": the cause is the noun after "contre"
            if (site && named && last === h.to && toks[e].k === Kind.Word && !set("de d' du des la le les l'").has(w)) {
              if (DEFINITE_BEFORE.has(t(e - 1, i))) last = e + 1;
              break;
            }
            if (!set("de d' du des la le les l' a au aux sur avec en").has(w) && toks[e].k !== Kind.Number) break;
          }
          e = last;
          if (!named || e === h.to) break;
          report(i, e);
          break;
        }
        case 'manif': {
          const w = toks[i].t;
          if (w.startsWith('manifestant')) { if (personLinked(doc, i, h.to) && !jobFrameBefore(doc, i)) report(i, h.to); break; }
          const isNoun = w === 'manif' || w === 'manifs' || w.startsWith('manifestation') || w.startsWith('cortege') || w === 'sit';
          const isVerb = !isNoun; // manifeste, manifesté, manifester…
          // "manifeste" as an adjective: "ivresse publique et manifeste", "une erreur manifeste", "très manifeste"
          if (w === 'manifeste' && (MANIFEST_NOUNS.has(pw) || ((pw === 'et' || pw === 'ou') && MANIFEST_PAIRED.has(t(i - 2, i)))
            || pw === 'tres' || pw === 'peu' || pw === 'assez' || pw === 'si' || pw === 'trop')) break;
          // "Ancien CRS, il a encadré des manifestations contre la réforme": policed or covered as a job, not joined
          if (isNoun && demoWork(doc, i)) break;
          // "manifeste tous les samedis contre…": adverbials between the verb and its complement
          let c = h.to;
          if (isVerb) while (c < h.to + 4 && !DEMO_COMPLEMENT.has(t(c, i)) && t(c, i) && toks[c].k !== Kind.Punct) c++;
          const cw = t(c, i);
          if (DEMO_COMPLEMENT.has(cw) || cw.startsWith('anti') || ((cw === 'de' || cw === 'en') && t(c + 1, i) === 'soutien')) {
            if (isVerb && cw !== 'contre' && cw !== 'pour') break;
            if (isVerb && cw === 'pour' && set("son sa ses un une le la l' les").has(t(c + 1, i)) && !POLITICAL.has(t(c + 2, i)) && !CAUSES.has(t(c + 2, i))) break; // "manifeste pour son projet"
            // an event named "Manifestation pour l'emploi", a forum: a march only when the person takes part
            if (isNoun && !personInSentence(doc, i, i, h.to)) break;
            // the complement runs to the end of the clause ("contre la réforme des retraites")
            let e = c + 1;
            while (e < toks.length && toks[e].sn === toks[i].sn && toks[e].k !== Kind.Punct && !CLAUSE_STOP.has(toks[e].t) && e - h.to < 8) e++;
            report(i, e);
            break;
          }
          // "a manifesté à l'automne 2022", "manifestait lors des élections": protesting, dated, with no object ("manifesté son intérêt en 2022")
          if (isVerb && !REFLEXIVE.has(pw) && !REFLEXIVE.has(t(i - 2, i)) && DEMO_TIME_LINK.has(t(h.to, i))) {
            let k = h.to;
            let e = -1;
            for (let n = 0; n < 5 && toks[k] && toks[k].sn === toks[i].sn; n++, k++) {
              const w = toks[k].t;
              if (DEMO_TIME.has(w)) e = k + 1;
              else if (toks[k].k === Kind.Number && /^(19|20)\d\d$/.test(w)) { e = k + 1; break; }
              else if (!DEMO_TIME_LINK.has(w)) break;
            }
            // a year after the period: "à l'automne 2022"
            if (e > 0 && toks[e]?.k === Kind.Number && /^(19|20)\d\d$/.test(toks[e].t)) e++;
            const after = toks[e];
            const free = !after || after.sn !== toks[i].sn || after.k === Kind.Punct || CLAUSE_STOP.has(after.t) || after.t === 'contre' || after.t === 'pour';
            if (e > 0 && free && !jobFrameBefore(doc, i) && personInSentence(doc, i, i, e)) { report(i, e); break; }
          }
          // "va manifester au Pays basque chaque mois", "a manifesté à Paris", "manifestait devant la préfecture": protesting
          // somewhere, with no object after the place ("a manifesté à France Travail son souhait de…" is no march)
          if (isVerb && !REFLEXIVE.has(pw) && !REFLEXIVE.has(t(i - 2, i))) {
            const e = demoPlaceEnd(doc, h.to);
            if (e > 0 && !jobFrameBefore(doc, i) && personInSentence(doc, i, i, e)) { report(i, e); break; }
          }
          if (isNoun) deferred.push(h);
          break;
        }
        case 'mobilisation': {
          // "les marchés" folds to "marches": the accent of the original tells the market
          if (toks[i].t.startsWith('marche') && /é/i.test(doc.raw(i))) break;
          const cw = t(h.to, i);
          let e = -1;
          if (cw === 'pour' || cw === 'contre') {
            for (let k = h.to + 1; k < h.to + 5 && t(k, i); k++) {
              const w = toks[k].t;
              if (MARCH_CAUSES.has(w) || w.startsWith('anti')) { e = k + 1; break; }
              if (!MARCH_SKIP.has(w)) break;
            }
          } else if (DEMO_COMPLEMENT.has(cw) || cw.startsWith('anti')) e = h.to + 1; // "rassemblement antiraciste", "marche féministe"
          if (e < 0 || jobFrameBefore(doc, i)) break;
          // the person takes part: a participation verb before, or a person named in the sentence
          let k = i - 1;
          while (DEMO_SKIP.has(t(k, i))) k--;
          if (!PARTICIPATE.has(t(k, i)) && !personNamed(doc, i, e)) break;
          // a strike for pensions or wages is a labour dispute; for the climate or peace, a stance
          if (toks[i].t.startsWith('greve') && !set('climat planete paix guerre ukraine palestine gaza').has(toks[e - 1].t)) break;
          report(i, e);
          break;
        }
        case 'mandat': {
          if (jobFrameBefore(doc, i)) break;
          // "Mandat électif : conseiller municipal…", "Mandats électifs : néant": a field's label (its value speaks for itself)
          if (toks[i].t.startsWith('mandat') && t(h.to, i) === ':') break;
          // another person's office: "chauffeur pour un élu local", "assistante d'une conseillère municipale", "reçu par les élus locaux"
          if (OTHER_DETS.has(pw) && OTHER_PREPS.has(t(i - 2, i))) break;
          // "quand il était maire de sa commune", "ancien maire": a past office with no party or list named is a past job
          if ((PAST_OFFICE.has(toks[i].t) || PAST_OFFICE.has(pw)) && OFFICES.has(toks[h.to - 1].t) && !ctx.hits.some((o) => TARGET_TAGS.has(o.entry.tag ?? '') && toks[o.from].sn === toks[i].sn)
            && !around(doc, i, h.to, set('liste listes parti opposition majorite campagne'), 8)) break;
          if (h.entry.lemma.startsWith('campagne') && !personLinked(doc, i, h.to)) break;
          // "élue sur la liste CGT aux élections professionnelles" is a union mandate (rule syndicat)
          if (around(doc, i, h.to, UNION, 6) || around(doc, i, h.to, set('cse professionnelles personnel'), 6)) break;
          report(i, h.to, 'mandat');
          break;
        }
        case 'election': {
          // "se présente aux municipales", "tête de liste aux régionales"
          // "territoriales", "provinciales" alone are elections only after "aux / les / des" ("les collectivités territoriales" are none)
          if ((toks[i].t === 'territoriales' || toks[i].t === 'provinciales') && !set('aux les des').has(pw)) break;
          for (let k = i - 1; k >= Math.max(0, i - 4) && toks[k].sn === toks[i].sn; k--) {
            if (CANDIDACY.has(toks[k].t)) { if (!around(doc, i, h.to, UNION, 6)) report(k, listPartyEnd(h.to, i), 'mandat'); break; }
            if (toks[k].k === Kind.Punct) break;
          }
          break;
        }
        case 'dissident': {
          // "Son père, opposant politique en Biélorussie", "il est réfugié politique"; not a public ("accompagner des
          // réfugiés politiques") nor a topic ("un livre sur un prisonnier politique")
          if (set('des les aux ces').has(pw) || pw === 'sur' || t(i - 2, i) === 'sur' || jobFrameBefore(doc, i)) break;
          // a bare "dissident" names the person only after a copula or as the subject's title ("un groupe dissident du club" is not)
          if (h.to - i === 1 && toks[i].t.startsWith('dissident') && !toks[i].first && !set('est etait ete sont un une ancien ancienne comme ex devenu devenue reste').has(pw)) break;
          // "traite les demandes d'asile politique": a file handled at work; "sa demande d'asile politique" is the person's
          if ((pw === "d'" || pw === 'de') && set('demande demandes dossier dossiers procedure procedures droit').has(t(i - 2, i)) && !set('sa son ses leur').has(t(i - 3, i))) break;
          if (personInSentence(doc, i, i, h.to)) report(i, h.to);
          break;
        }
        case 'opinion': {
          // "Militante de la campagne BDS, elle…": a member's apposition opens the phrase
          {
            const of = set("le la les l'").has(pw) ? i - 2 : i - 1;
            if (set("de du d' des").has(t(of, i)) && CAMPAIGN_MEMBERS.has(t(of - 1, i)) && !jobFrameBefore(doc, of - 1) && personInSentence(doc, i, of - 1, h.to)) { report(of - 1, h.to); break; }
          }
          if (jobFrameBefore(doc, i) || !personNamed(doc, i, h.to)) break;
          // "un exposé sur le mouvement BDS", "un mémoire sur les idées politiques": a topic
          if (pw === 'sur' || (set("le la les l'").has(pw) && t(i - 2, i) === 'sur')) break;
          report(i, h.to);
          break;
        }
        case 'rond-point': {
          // "a bloqué les ronds-points tout l'hiver", "occupait le rond-point", "était sur les ronds-points chaque samedi",
          // "l'occupation des ronds-points"; not "le rond-point bloqué par les travaux", nor a job ("agent de voirie")
          let k = i - 1;
          let on = false;
          while (ROUND_SKIP.has(t(k, i)) || (toks[k]?.k === Kind.Number && k > i - 8)) { if (t(k, i) === 'sur' || t(k, i) === 'au' || t(k, i) === 'aux') on = true; k--; }
          const v = t(k, i);
          if (!(HOLD_VERBS.has(v) || (on && (BEING_ON.has(v) || ON_VERBS.has(v))))) break;
          if (jobFrameBefore(doc, k) || sentenceHas(doc, i, ROADWORKS)) break;
          if (!personInSentence(doc, i, k, h.to)) break;
          // "Ancien gilet jaune, il a occupé un rond-point": the movement named in the sentence is the finding
          if (ctx.hits.some((o) => o.entry.tag === 'gilets' && toks[o.from].sn === toks[i].sn)) break;
          report(k, h.to);
          break;
        }
        case 'gilets': {
          const capital = doc.isCapitalized(i);
          if (around(doc, i, h.to, YELLOW_NO, 8) || policedDemoBefore(doc, i)) break;
          if (capital || around(doc, i, h.to, YELLOW_OK, 6)) report(i, h.to);
          break;
        }
      }
    }
    // "participe à de nombreuses manifestations": a finding unless the sentence already states the opinion
    for (const h of deferred) {
      const i = h.from;
      // "une manifestation sportive", "manifestation d'intérêt": only the bare noun
      const after = toks[h.to];
      // "participe aux manifestations des agriculteurs": a protesting trade is not a complement that makes it an event
      const byGroup = (after?.t === 'des' || after?.t === 'de' || after?.t === "d'") && PROTEST_GROUPS.has(t(h.to + 1, i));
      // "aux manifestations du collectif des sans-papiers", "une manifestation des exilés": an activist group's march
      let groupEnd = -1;
      if (after && (after.t === 'du' || after.t === 'des' || after.t === 'de' || after.t === "d'")) {
        let g = h.to + 1;
        if (t(g, i) === 'la' || t(g, i) === "l'") g++;
        // "sans-papiers", "sans-abri" are two tokens joined by a hyphen
        const groupAt = (q: number): number => (ACTIVIST_GROUPS.has(t(q, i)) ? q + 1 : t(q, i) === 'sans' && toks[q + 1]?.hyphen ? q + 2 : -1);
        const g1 = groupAt(g);
        if (g1 > 0) {
          // "du collectif des sans-papiers", "de la coordination des sans-papiers 75"
          const w = t(g1, i);
          const g2 = w === 'des' || w === 'de' || w === 'du' ? groupAt(g1 + 1) : -1;
          // a bare head is a committee or a movement of anything: "du comité des fêtes", "du mouvement de jeunesse scout"
          if (g2 > 0 && !GROUP_HEADS.has(t(g1 + 1, i))) groupEnd = g2;
          else if (!GROUP_HEADS.has(t(g, i))) groupEnd = g1;
        }
      }
      // "les manifestations de 2019", "une manifestation en 2022": a date is no complement
      const dated = ((after?.t === 'de' || after?.t === 'en') && toks[h.to + 1]?.k === Kind.Number && /^(19|20)\d\d$/.test(toks[h.to + 1].t) &&
        !set("du de des d'").has(t(h.to + 2, i)))
        // "la manifestation du 8 février", "les manifs du 1er mai": a day of the month
        || ((after?.t === 'du' || after?.t === 'des') && (toks[h.to + 1]?.k === Kind.Number || t(h.to + 1, i) === '1er') && MONTH_NAMES.has(t(h.to + 2, i)));
      if (after && after.sn === toks[i].sn && after.k === Kind.Word && !DEMO_AFTER.has(after.t) && !byGroup && !dated && groupEnd < 0) continue;
      let k = i - 1;
      while (DEMO_SKIP.has(t(k, i))) k--;
      // "arrêté après une manifestation", "blessé lors des manifestations", "incarcéré onze mois après une manifestation":
      // repression of the person's protest
      let repressed = false;
      if (t(k, i) === 'apres' || t(k, i) === 'lors' || t(k, i) === 'pendant' || t(k, i) === 'durant') {
        for (let r = k - 1, n = 0; n < 4 && t(r, i) && !repressed; r--, n++) {
          if (REPRESSED.has(t(r, i))) repressed = true;
          else if (!(REPRESSION_GAP.has(t(r, i)) || toks[r].k === Kind.Number || NUMBER_WORDS.has(t(r, i)))) break;
        }
      }
      // "a participé l'an dernier aux manifestations": a time adverbial between the verb and the march
      if (!PARTICIPATE.has(t(k, i))) {
        let r = k;
        for (let n = 0; n < 4 && PARTICIPATE_GAP.has(t(r, i)); n++) r--;
        if (PARTICIPATE.has(t(r, i))) k = r;
      }
      // "a demandé un jour de congé pour la manifestation": time off for it is taking part
      let timeOff = false;
      if (t(k, i) === 'pour') for (let r = k - 1, n = 0; n < 4 && r >= 0 && toks[r].sn === toks[i].sn && !timeOff; r--, n++) timeOff = TIME_OFF.has(toks[r].t);
      if (!PARTICIPATE.has(t(k, i)) && !(t(k, i) === 'part' && t(k - 1, i).startsWith('pris')) && !repressed && !(timeOff && personInSentence(doc, i, i, h.to))) continue;
      // a fair or a show, worked or visited: "tient le stand de son entreprise à la manifestation du 3 mai"
      if (!repressed && sentenceHas(doc, i, EVENT_WORDS)) continue;
      const sn = toks[i].sn;
      // a dated march or one the person took time off for is a fact of its own beside a stance told in the sentence
      if (!repressed && !timeOff && !dated && done.some(([a]) => toks[a].sn === sn)) continue;
      report(i, groupEnd > 0 ? groupEnd : h.to, 'opinion', 'medium');
    }
  },
});
