/**
 * Data of the conjugator (conjugate.ts): irregular verb models, and the word lists that decide the
 * stem alternations of regular -er verbs. Kept as compact strings: the engine ships in a content
 * script.
 *
 * A model line is `ending|parts|prefixes`:
 * - `ending`: the common end of the infinitives of the family ("prendre", "crire", "aindre");
 * - `parts`: eight space-separated pieces appended to each prefix: present 1sg, present 3sg,
 *   present 2pl, imparfait stem, futur stem, subjonctif 1sg, subjonctif 2pl, past participle;
 * - `prefixes`: comma-separated, `-` for the bare verb ("-,ap,com" → prendre, apprendre, comprendre).
 *
 * @example
 *   'prendre|prends prend prenez pren prendr prenne preniez pris|-,ap,com'
 *   // apprendre: apprends / apprend / apprenez / apprenais / apprendrai / apprenne / appreniez / appris
 */
export const IRREGULAR_MODELS: readonly string[] = [
  'être|suis est êtes ét ser sois soyez été|-',
  'avoir|ai a avez av aur aie ayez eu|-',
  'aller|vais va allez all ir aille alliez allé|-',
  'faire|fais fait faites fais fer fasse fassiez fait|-,re,dé,satis,contre,par',
  'dire|dis dit dites dis dir dise disiez dit|-,re',
  'dire|dis dit disez dis dir dise disiez dit|contre,inter,mé,pré',
  'pouvoir|peux peut pouvez pouv pourr puisse puissiez pu|-',
  'vouloir|veux veut voulez voul voudr veuille vouliez voulu|-',
  'devoir|dois doit devez dev devr doive deviez dû|-',
  'savoir|sais sait savez sav saur sache sachiez su|-',
  'valoir|vaux vaut valez val vaudr vaille valiez valu|-,pré,équi',
  'prendre|prends prend prenez pren prendr prenne preniez pris|-,ap,com,entre,re,sur,mé,dé,désap,réap',
  'venir|viens vient venez ven viendr vienne veniez venu|-,de,re,con,inter,pré,sur,par,pro,sou,ad,contre,circon,redé',
  'tenir|tiens tient tenez ten tiendr tienne teniez tenu|-,appar,ob,con,dé,entre,main,re,sou,abs,at',
  'mettre|mets met mettez mett mettr mette mettiez mis|-,ad,com,dé,é,o,per,pro,re,sou,trans,entre',
  'voir|vois voit voyez voy verr voie voyiez vu|-,re,entre',
  'voir|vois voit voyez voy voir voie voyiez vu|pré,pour',
  'croire|crois croit croyez croy croir croie croyiez cru|-',
  'boire|bois boit buvez buv boir boive buviez bu|-',
  'aître|ais aît aissez aiss aîtr aisse aissiez u|conn,reconn,méconn,par,appar,dispar,compar,transpar,repar',
  'naître|nais naît naissez naiss naîtr naisse naissiez né|-,re',
  'suivre|suis suit suivez suiv suivr suive suiviez suivi|-,pour',
  'vivre|vis vit vivez viv vivr vive viviez vécu|-,re,sur',
  'crire|cris crit crivez criv crir crive criviez crit|é,dé,ins,pres,sous,trans,pros,circons,réé,réins',
  'lire|lis lit lisez lis lir lise lisiez lu|-,re,é,réé',
  'uire|uis uit uisez uis uir uise uisiez uit|cond,constr,détr,instr,prod,réd,séd,trad,introd,déd,ind,recond,reconstr,reprod,c,n,l,end',
  'aindre|ains aint aignez aign aindr aigne aigniez aint|cr,pl,contr',
  'eindre|eins eint eignez eign eindr eigne eigniez eint|p,att,ét,restr,t,f,astr,enfr,c,g,dép,repe',
  'oindre|oins oint oignez oign oindr oigne oigniez oint|j,rej,adj,enj,disj,o',
  'cevoir|çois çoit cevez cev cevr çoive ceviez çu|re,per,aper,con,dé',
  'tir|s t tez t tir te tiez ti|par,repar,sor,ressor,sen,ressen,consen,pressen,men,démen',
  'vir|s t vez v vir ve viez vi|ser,desser,resser',
  'mir|s t mez m mir me miez mi|dor,endor,rendor',
  'rir|re re rez r rir re riez ert|ouv,rouv,couv,découv,recouv,entrouv,off,souff',
  'courir|cours court courez cour courr coure couriez couru|-,par,re,con,se,ac',
  'mourir|meurs meurt mourez mour mourr meure mouriez mort|-',
  'quérir|quiers quiert quérez quér querr quière quériez quis|ac,con,re,en',
  'battre|bats bat battez batt battr batte battiez battu|-,com,dé,a,re',
  'rompre|romps rompt rompez romp rompr rompe rompiez rompu|-,inter,cor',
  'vaincre|vaincs vainc vainquez vainqu vaincr vainque vainquiez vaincu|-,con',
  'plaire|plais plaît plaisez plais plair plaise plaisiez plu|-,dé,com',
  'taire|tais tait taisez tais tair taise taisiez tu|-',
  'rire|ris rit riez ri rir rie riiez ri|-,sou',
  'clure|clus clut cluez clu clur clue cluiez clu|con,ex',
  'clure|clus clut cluez clu clur clue cluiez clus|in',
  'soudre|sous sout solvez solv soudr solve solviez solu|ré',
  'soudre|sous sout solvez solv soudr solve solviez sous|dis,ab',
  'fuir|fuis fuit fuyez fuy fuir fuie fuyiez fui|-,en',
  'asseoir|assieds assied asseyez assey assiér asseye asseyiez assis|-,r',
  'asseoir|assois assoit assoyez assoy assoir assoie assoyiez assis|-,r',
  'cueillir|cueille cueille cueillez cueill cueiller cueille cueilliez cueilli|-,ac,re',
  'envoyer|envoie envoie envoyez envoy enverr envoie envoyiez envoyé|-,r',
  'coudre|couds coud cousez cous coudr couse cousiez cousu|-,dé,re',
  'suffire|suffis suffit suffisez suffis suffir suffise suffisiez suffi|-',
  'traire|trais trait trayez tray trair traie trayiez trait|dis,ex,sous',
  'haïr|hais hait haïssez haïss haïr haïsse haïssiez haï|-',
  'vêtir|vêts vêt vêtez vêt vêtir vête vêtiez vêtu|-,re,dé',
  'maudire|maudis maudit maudissez maudiss maudir maudisse maudissiez maudit|-',
];

/** Regular -dre verbs (rendre model: rends / rend / rendez / rendu). */
export const DRE_VERBS = new Set(
  ('attendre entendre sous-entendre vendre revendre descendre redescendre condescendre répondre correspondre perdre défendre ' +
  'dépendre suspendre pendre tendre prétendre détendre étendre distendre fendre fondre confondre refondre morfondre pondre ' +
  'tondre mordre tordre retordre rendre épandre répandre').split(' '),
);

/** -eler / -eter verbs that double the consonant before a mute e (appelle, jette). */
export const DOUBLING_VERBS = new Set(
  ('appeler rappeler épeler renouveler ficeler niveler chanceler ruisseler étinceler morceler amonceler ' +
  'ensorceler atteler dételer carreler museler grommeler jeter rejeter projeter interjeter surjeter feuilleter ' +
  'étiqueter empaqueter épousseter cacheter décacheter déchiqueter pelleter breveter cliqueter moucheter voleter').split(' '),
);

/**
 * Stems (after the e) of -er verbs whose mute e becomes è (mener → mène), as opposed to é → è
 * (préférer → préfère). Used to undo the alternation when analysing "mène", "achète".
 */
export const E_GRAVE_STEMS: readonly string[] = (
  'men lev achet pes sem gel achev crev pel model harcel martel cel halet cisel mantel cartel corset crochet furet pec sevr grev'
).split(' ');

/** -isser verbs, not second-group subjunctives ("je glisse" ≠ "que je finisse"). */
export const ISSER_VERBS = new Set('glisser hisser tisser lisser plisser bisser métisser esquisser coulisser pisser'.split(' '));

/**
 * First-person forms outside the models: literary or inverted variants ("puis-je"), folded.
 * Form → [infinitive, tense].
 */
export const VARIANT_1SG: Readonly<Record<string, readonly [string, string]>> = {
  puis: ['pouvoir', 'present'],
};
