/**
 * Lexicon of the `origine` rule: nationality and ethnic adjectives (every gender and number),
 * foreign countries and regions of origin, communities, skin colour, and phrases that state an
 * origin by themselves. TAXONOMY.md §3.1 `origine` and `nationalite-sejour`.
 *
 * The adjectives are not findings on their own ("cuisine marocaine", "parle arabe"): the rule
 * accepts them only after a head that makes them an origin ("d'origine", "nationalité",
 * "communauté", "type", "accent"), after a person noun ("jeune", "homme", "famille"), after a
 * copula with a person subject ("elle est malienne"), or as a capitalised noun ("un Algérien").
 * Regional origin within metropolitan France (bretonne, corse, alsacienne…) is not an origin in
 * the sense of RGPD art. 9 and is deliberately absent.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';
import { feminize, pluralize } from '../../lib/lint/lexicon.ts';
import { fold } from '../../lib/lint/normalize.ts';

/** All forms of an adjective: masc, fem, masc pl, fem pl; compounds inflect their last part. */
function adjForms(spec: string): string[] {
  const [masc, femGiven] = spec.split('/');
  const parts = masc.split('-');
  const last = fold(parts[parts.length - 1]);
  const head = parts.slice(0, -1).join('-');
  const join = (w: string) => (head ? `${head}-${w}` : w);
  const fem = femGiven ?? join(feminize(last));
  const femLast = femGiven ? femGiven.split('-').pop()! : feminize(last);
  return [...new Set([masc, fem, join(pluralize(last)), join(pluralize(fold(femLast)))])];
}

/**
 * Nationality adjectives, masculine (feminine after "/" when irregular). Countries and the main
 * peoples without a state. Languages share some of these forms (anglais, arabe, turc): see
 * LANGUAGE_FORMS.
 */
const NATIONALITIES = `afghan albanais algérien allemand américain andorran angolais argentin arménien australien autrichien
azerbaïdjanais azéri bangladais bangladeshi belge béninois biélorusse birman bissau-guinéen bolivien bosnien botswanais
brésilien britannique bulgare burkinabé burkinabè burundais cambodgien camerounais canadien cap-verdien capverdien
centrafricain chilien chinois chypriote colombien comorien congolais coréen costaricien croate cubain danois djiboutien
dominicain égyptien émirati équatorien érythréen espagnol estonien éthiopien finlandais gabonais gambien géorgien ghanéen
grec/grecque guatémaltèque guinéen haïtien hondurien hongrois indien indonésien irakien iranien irlandais islandais
israélien italien ivoirien jamaïcain japonais jordanien kazakh kényan kenyan kosovar koweïtien kirghiz kirghize laotien
letton libanais libérien libyen lituanien luxembourgeois macédonien malgache malaisien malien maltais marocain mauricien
mauritanien mexicain moldave monégasque mongol monténégrin mozambicain namibien népalais nicaraguayen nigérian nigérien
norvégien néo-zélandais ouzbek ougandais pakistanais palestinien panaméen paraguayen néerlandais hollandais péruvien
philippin polonais portugais qatari roumain russe rwandais salvadorien saoudien sénégalais serbe sierra-léonais
singapourien slovaque slovène somalien soudanais sud-africain sud-coréen nord-coréen sud-soudanais sri-lankais suédois
suisse syrien tadjik taïwanais tanzanien tchadien tchèque thaïlandais togolais tunisien turc/turque turkmène ukrainien
uruguayen vénézuélien vietnamien yéménite zambien zimbabwéen français anglais écossais gallois québécois tibétain
tchétchène kurde kabyle berbère amazigh tamoul ouïghour ouïgour sahraoui touareg/touarègue peul peuhl soninké wolof
haoussa yoruba bambara malinké bamiléké tutsi hutu pachtoune hazara ingouche daghestanais cosaque
hmong baloutche pendjabi penjabi sindhi cinghalais malais javanais tatar toucouleur sarakolé dioula mandingue kikuyu amhara
oromo tigréen somali assyrien assyro-chaldéen chaldéo-assyrien assyro-syriaque araméen rohingya bédouin aborigène amérindien inuit lao khmer gujarati bengali
ivoiro-libanais sahélien bosniaque herzégovinien yougoslave omanais bahreïni émirien équato-guinéen malawite seychellois
bhoutanais surinamais guyanien lybien ossète
bidoun/bidoune bédoun/bédoune
rifain riffain chleuh/chleuhe soussi/soussie chaoui/chaouie mozabite sénoufo mossi djerma zarma songhaï kanouri fulani mandinka diola sérère
lébou balante mandjak manjak éwé igbo bakongo haratine soussou kpellé télougou malayali tcherkesse circassien abkhaze lezguine agni baoulé
bamoun béti ewondo gourmantché
aroumain mégléno-roumain istro-roumain valaque sorabe gagaouze lipovène szekler sicule csángó ruthène lemko houtsoule hutsul
wenzhouais qingtianais fujianais teochew hakka
anjouanais mohélien grand-comorien dominiquais saint-lucien surinamien trinidadien barbadien portoricain grenadien
indo-mauricien sino-mauricien franco-mauricien rodriguais
indo-guadeloupéen indo-martiniquais indo-réunionnais indo-guyanais indo-caribéen sino-réunionnais sino-guadeloupéen sino-martiniquais
sino-guyanais sino-tahitien sino-polynésien afro-antillais afro-caribéen afro-guyanais
fidjien samoan tongien tongan kiribatien tuvaluan nauruan marshallais micronésien palaosien salomonais vanuatais papou
papouan papouasien papouan-néo-guinéen timorais est-timorais brunéien maldivien bahaméen bélizien antiguais kittitien
vincentais costaricain lesothan swazi eswatinien santoméen liechtensteinois saint-marinais malawien nord-macédonien
bélarusse hongkongais macanais groenlandais gibraltarien féroïen bermudien arubais curacien caïmanais myanmarais
zaïrois soviétique tchécoslovaque est-allemand nord-irlandais
zaghawa/zaghawa masalit/masalit massalit/massalit dinka/dinka nuer/nuer nouba/nouba nuba/nuba bedja/bedja beja/beja afar/afar saho/saho
kunama/kunama bilen/bilen sidama/sidama wolayta/wolayta gouragué/gouragué tigrinya/tigrinya isaaq/isaaq darod/darod hawiye/hawiye
bantou pygmée batwa/batwa banyamulenge/banyamulenge luba/luba tetela/tetela kalenjin/kalenjin luo/luo luhya/luhya massaï maasaï
kabyè/kabyè dida/dida yacouba/yacouba gouro/gouro lobi/lobi dogon/dogon fon/fon adja/adja ijaw/ijaw tiv/tiv ibo/ibo toubou/toubou
pachtoun pachtoune/pachtoune kachin/kachin lezgui/lezgui avar/avar koumyk/koumyk laze mapuche/mapuche quechua/quechua aymara/aymara
garifuna/garifuna érythréo-éthiopien mauritano-sénégalais
venezolano/venezolana colombiano/colombiana mexicano/mexicana peruano/peruana ecuatoriano/ecuatoriana cubano/cubana boliviano/boliviana
chileno/chilena argentino/argentina dominicano/dominicana hondureño/hondureña salvadoreño/salvadoreña guatemalteco/guatemalteca
paraguayo/paraguaya uruguayo/uruguaya nicaragüense/nicaragüense brasileiro/brasileira angolano/angolana moçambicano/moçambicana
cabo-verdiano/cabo-verdiana português/portuguesa`;

/**
 * Broad ethnic, continental or overseas adjectives (also used as nouns: "un Maghrébin"). The
 * demonyms of French overseas departments and territories (réunionnais, martiniquais,
 * guadeloupéen, guyanais, mahorais, calédonien, tahitien, polynésien) are a regional origin within
 * France (eval/README.md) and are absent on purpose.
 */
const ETHNIC = `africain nord-africain subsaharien sub-saharien maghrébin arabe asiatique européen est-européen
latino/latina latino-américain sud-américain nord-américain caribéen antillais kanak oriental méditerranéen caucasien slave levantin indochinois asiate
canaque ni-vanuatu mélanésien aborigène maori/maorie
moyen-oriental proche-oriental balkanique créole étranger/étrangère
malbar/malbaraise zarab cafre yab sinwa zoreil/zoreille chabin béké coolie zindien bushinengué businengué mzungu`;

/**
 * Peoples of the French overseas territories and of the Pacific: their demonym alone is a regional
 * origin within France ("il est réunionnais", "accent tahitien"), but a community named by it is a
 * community of origin ("communauté wallisienne", "diaspora comorienne de Mayotte", "peuple kanak").
 */
const OVERSEAS = `wallisien futunien tahitien polynésien marquisien paumotu mahorais réunionnais martiniquais guadeloupéen
guyanais calédonien néo-calédonien océanien caldoche zoréole`;

/**
 * Peoples whose name is also a first name or an ordinary word (Karen, Sara, fang, chin): a finding
 * only after a community head ("minorité karen", "communauté shan", "ethnie fang"), like OVERSEAS.
 */
const HEAD_ONLY_PEOPLES = `karen/karen karenni/karenni kayah/kayah shan/shan chin/chin rakhine/rakhine chakma/chakma mizo/mizo
fang/fang sara/sara bassa/bassa`;

/** Words that name a colour or a mixed origin when they qualify a person. */
const COLOUR = `noir blanc/blanche black métis/métisse basané métissé/métissée mulâtre/mulâtresse`;

/** Nomadic and travelling communities (findings by themselves, outside music: "jazz manouche"). */
const COMMUNITY = `gitan tzigane tsigane manouche yéniche rom/rom rrom/rrom sinti sinté romani romanichel/romanichelle bohémien kalé`;

/** Masculine singular forms that are also language names ("parle turc", "l'anglais"). */
export const LANGUAGE_FORMS = new Set(
  `anglais français espagnol allemand italien portugais arabe chinois russe turc japonais néerlandais polonais roumain
grec hongrois suédois danois norvégien finlandais tchèque serbe croate bulgare albanais coréen vietnamien hindi bengali
ourdou persan farsi dari pachto kurde berbère kabyle tamoul wolof bambara lingala swahili malgache créole arménien
géorgien ukrainien hébreu tigrinya amharique somali peul soninké haoussa yoruba malinké thaï slovaque slovène letton
lituanien estonien islandais mongol ouzbek kazakh tadjik turkmène tibétain ouïghour romani hmong pendjabi penjabi sindhi
cinghalais malais javanais tatar dioula mandingue kikuyu oromo gujarati khmer lao baloutche assyrien araméen bosniaque
yéniche manouche sinti`.split(/\s+/).filter(Boolean).map(fold),
);

/**
 * Foreign countries and regions of the world: findings after "originaire de", "né au",
 * "venu du", "d'origine", "pays d'origine :" (never as a work location: "5 ans au Maroc").
 * France and its regions, overseas included, are absent on purpose.
 */
const COUNTRIES = `Afghanistan|Albanie|Algérie|Allemagne|Angleterre|Angola|Arabie saoudite|Argentine|Arménie|Australie|Autriche|
Azerbaïdjan|Bangladesh|Belgique|Bénin|Biélorussie|Birmanie|Bolivie|Bosnie|Bosnie-Herzégovine|Brésil|Bulgarie|Burkina Faso|
Burkina|Burundi|Cambodge|Cameroun|Canada|Cap-Vert|Centrafrique|République centrafricaine|Chili|Chine|Chypre|Colombie|
Comores|Congo|République démocratique du Congo|RDC|Congo-Brazzaville|Congo-Kinshasa|Corée|Corée du Sud|Corée du Nord|
Côte d'Ivoire|Croatie|Cuba|Danemark|Djibouti|République dominicaine|Égypte|Émirats arabes unis|Équateur|Érythrée|Espagne|
Estonie|États-Unis|Éthiopie|Finlande|Gabon|Gambie|Géorgie|Ghana|Grèce|Guatemala|Guinée|Guinée-Bissau|Guinée équatoriale|
Haïti|Honduras|Hongrie|Inde|Indonésie|Irak|Iraq|Iran|Irlande|Islande|Israël|Italie|Jamaïque|Japon|Jordanie|Kazakhstan|
Kenya|Kosovo|Koweït|Kirghizistan|Laos|Lettonie|Liban|Liberia|Libéria|Libye|Lituanie|Luxembourg|Macédoine|
Macédoine du Nord|Madagascar|Malaisie|Mali|Malte|Maroc|île Maurice|Mauritanie|Mexique|Moldavie|Mongolie|Monténégro|
Mozambique|Namibie|Népal|Nicaragua|Niger|Nigeria|Nigéria|Norvège|Nouvelle-Zélande|Ouganda|Ouzbékistan|Pakistan|Palestine|
Panama|Paraguay|Pays-Bas|Pérou|Philippines|Pologne|Portugal|Qatar|Roumanie|Royaume-Uni|Grande-Bretagne|Russie|Rwanda|
Salvador|Sénégal|Serbie|Sierra Leone|Singapour|Slovaquie|Slovénie|Somalie|Soudan|Soudan du Sud|Sri Lanka|Suède|Suisse|
Syrie|Tadjikistan|Taïwan|Tanzanie|Tchad|Tchéquie|République tchèque|Thaïlande|Togo|Tunisie|Turkménistan|Turquie|Ukraine|
Uruguay|Venezuela|Vietnam|Viêt Nam|Viet Nam|Yémen|Zambie|Zimbabwe|Tchétchénie|Daghestan|Kurdistan|Kabylie|Tibet|
Sahara occidental|Afrique|Afrique du Nord|Afrique de l'Ouest|Afrique de l'Est|Afrique centrale|Afrique australe|
Afrique noire|Afrique subsaharienne|Maghreb|Asie|Asie du Sud-Est|Asie centrale|Europe de l'Est|Europe centrale|Balkans|
Proche-Orient|Moyen-Orient|Amérique latine|Amérique du Sud|Amérique centrale|Caraïbes|Caucase|Levant|
Alger|Oran|Constantine|Annaba|Tlemcen|Tunis|Sfax|Sousse|Casablanca|Rabat|Marrakech|Fès|Tanger|Agadir|Oujda|Dakar|Bamako|Abidjan|
Conakry|Kinshasa|Brazzaville|Yaoundé|Douala|Lomé|Cotonou|Niamey|Ouagadougou|Nouakchott|Antananarivo|Port-au-Prince|Istanbul|
Ankara|Izmir|Kaboul|Damas|Alep|Bagdad|Téhéran|Beyrouth|Le Caire|Moscou|Kiev|Kyiv|Bucarest|Varsovie|Lisbonne|Pékin|Shanghai|
Hanoï|Saïgon|Hô Chi Minh-Ville|Phnom Penh|Colombo|Dacca|Karachi|Lahore|Erevan|Tbilissi|Grozny|Tirana|Pristina|Belgrade|Sarajevo|
Asmara|Addis-Abeba|Mogadiscio|Khartoum|Libreville|Bangui|N'Djamena|Bujumbura|Kigali|Luanda|Bogota|Lima|Caracas|São Paulo|
Moroni|
Lesotho|Eswatini|Swaziland|Botswana|Malawi|Seychelles|Maldives|Bhoutan|Brunei|Timor oriental|Papouasie-Nouvelle-Guinée|Fidji|
Trinité-et-Tobago|Barbade|Bahamas|Belize|Costa Rica|Oman|Bahreïn|Kirghizstan|Kirghizie|Turkménie|Bélarus|Sao Tomé-et-Principe|São Tomé-et-Príncipe|
Guinée-Conakry|Somaliland|Bosnie-Herzégovine|
Darfour|Kordofan|Casamance|Kivu|Nord-Kivu|Sud-Kivu|Kasaï|Ituri|Cabinda|Biafra|Rif|Tigré|Oromia|Ogaden|Azawad|Cachemire|Pendjab|
Baloutchistan|Xinjiang|Crimée|Donbass|Abkhazie|Ossétie|Haut-Karabakh|Nagorny-Karabakh|Transnistrie|Anatolie|Rojava|Idlib|Gaza|
Bande de Gaza|Cisjordanie|Kandahar|Helmand|Hérat|Mazar-e-Charif|Jalalabad|Mossoul|Kirkouk|Erbil|Homs|Raqqa|Deir ez-Zor|Benghazi|
Tripoli|Misrata|Goma|Bukavu|Lubumbashi|Freetown|Monrovia|Accra|Lagos|Abuja|Nairobi|Kampala|Dar es Salaam|Harare|Maputo|Djouba|
El Fasher|Nyala|Port-Soudan|Sanaa|Aden|Islamabad|Peshawar|Quetta|Dhaka|Katmandou|Minsk|Chisinau|Odessa|Kharkiv|Lviv|Donetsk|
Marioupol|Bakou|Skopje|Batoumi|Koutaïssi|Bichkek|Tachkent|Samarcande|Douchanbé|Almaty|Rangoun|Yangon|Manille|Jakarta|Pyongyang|
Séoul|Bangkok|Hargeisa|Gondar|Mekele|Kassala|
la Dominique|Sainte-Lucie|Saint-Vincent|Grenadines|Antigua|Trinidad|Trinité|Guyana|Suriname|Surinam|Porto Rico|Saint-Domingue|
Anjouan|Mohéli|Grande Comore|Ngazidja|Nzwani|Mwali|Tananarive|Tamatave|Toamasina|Majunga|Mahajanga|Diego-Suarez|Antsiranana|
Tuléar|Toliara|Fianarantsoa|Mutsamudu|Fomboni|Port-Louis|Curepipe|Paramaribo|Georgetown|Roseau|Castries|Kingston|La Havane|
Santo Domingo|Cap-Haïtien|Jacmel|Gonaïves|Pondichéry|Chennai|Madras|Calcutta|Bombay|Mumbai|New Delhi|Dubaï|Canton|Belém|Macapá|
Madrid|Londres|Bruxelles|Rome|Berlin|Athènes|Porto|Genève|Lausanne|Montréal|New York|
Vanuatu|Samoa|Tonga|Kiribati|Tuvalu|Nauru|îles Marshall|Micronésie|Palaos|îles Salomon|Papouasie|Timor-Leste|Andorre|Monaco|
Liechtenstein|Saint-Marin|Antigua-et-Barbuda|Saint-Christophe-et-Niévès|Saint-Kitts-et-Nevis|Saint-Vincent-et-les-Grenadines|
Grenade|Myanmar|Afrique du Sud|Écosse|Pays de Galles|Irlande du Nord|Hollande|Zaïre|Yougoslavie|URSS|Union soviétique|
Tchécoslovaquie|Groenland|Hong Kong|Macao|Gibraltar|Bermudes|îles Caïmans|Aruba|Curaçao|Port-Vila|Suva|Apia|Nuku'alofa|
Port Moresby|Honiara|Dili|Katmandou|Oulan-Bator|Vientiane|Tachkent|Achgabat|Astana|Riyad|Djeddah|Amman|Jérusalem|Tel-Aviv|
Mascate|Doha|Koweït City|Manama|Abou Dabi|Nicosie|Reykjavik|Oslo|Stockholm|Helsinki|Copenhague|Tallinn|Riga|Vilnius|Prague|
Bratislava|Budapest|Ljubljana|Zagreb|Podgorica|Sofia|Chișinău|Windhoek|Gaborone|Lusaka|Lilongwe|Maseru|Mbabane|Pretoria|
Johannesburg|Le Cap|Addis-Abeba|Dodoma|Praia|Bissau|Banjul|Malabo|São Tomé|Mexico|Guatemala City|Tegucigalpa|
San Salvador|Managua|San José|Panama City|Quito|La Paz|Sucre|Asuncion|Asunción|Montevideo|Buenos Aires|Santiago|Brasilia|
Rio de Janeiro|Medellin|Medellín|Cali|
Sinjar|Kobané|Kobani|Afrin|Hassaké|Qamichli|Diyarbakır|Diyarbakir|Nangarhar|Ghazni|Kunduz|Tigray|Tombouctou|Kidal|Agadez|Zinder|
N'Zérékoré|Bouaké|Korhogo|Ziguinchor|Kaolack|Mogadishu|Asmera|Keren|Massawa|Tessenei|Gedaref|Darfur|Tchétchénie|Karabagh|Idleb|Alep-Est|Mazar|Balkh|Badakhchan|Panjshir`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const COUNTRY_LIST = COUNTRIES.split('|').map((c) => c.trim()).filter(Boolean);
/** Folded country names, to recognise "Suisse" or "Argentine" matched as an adjective. */
export const COUNTRY_NAMES = new Set(COUNTRY_LIST.map((c) => fold(c).replace(/-/g, ' ')));

function adjEntries(list: string, tag: string, confidence: LexiconEntry['confidence'] = 'high'): LexiconEntry[] {
  return words(list).map((spec) => {
    const forms = adjForms(spec);
    return { lemma: forms[0], forms: forms.slice(1), tag, confidence };
  });
}

/** Phrases that state an origin by themselves. */
/** Degree words between "peau"/"teint" and its colour. */
const SKIN_DEGREES = ['trop', 'très', 'plus', 'assez', 'bien', 'si'];
const DIRECT: LexiconEntry[] = [
  { lemma: "issu de l'immigration", forms: ["issue de l'immigration", "issus de l'immigration", "issues de l'immigration", "issu d'une famille immigrée", "issue d'une famille immigrée", "issu de parents immigrés", "issue de parents immigrés"] },
  { lemma: "enfant d'immigrés", forms: ["enfants d'immigrés", "fils d'immigrés", "fille d'immigrés", "fils d'immigré", "fille d'immigré", "parents immigrés", "famille immigrée"] },
  { lemma: 'immigré', inflect: 'adj', needsPerson: true, confidence: 'medium' },
  { lemma: 'couleur de peau', forms: ['couleur de sa peau', 'couleur de leur peau', 'peau noire', 'peau foncée', 'peau mate', 'peau brune', 'peau sombre',
    'peau ébène', 'peau métissée', 'teint basané', 'teint mat', 'teint foncé', 'teint sombre', 'teint olivâtre', 'teint métissé', 'teint hâlé naturel',
    // with a degree word: "la peau trop foncée pour l'accueil", "le teint très mat"
    ...SKIN_DEGREES.flatMap((d) => [...['noire', 'foncée', 'mate', 'brune', 'sombre', 'basanée'].map((c) => `peau ${d} ${c}`),
      ...['foncé', 'mat', 'sombre', 'basané'].map((c) => `teint ${d} ${c}`)])] },
  // an accent said of the person ("parle avec un fort accent"), not "met un fort accent sur le service"
  { lemma: 'a un fort accent', forms: ['avec un fort accent', 'a un accent prononcé', 'avec un accent prononcé', 'parle avec un accent', 'fort accent étranger',
    'accent à couper au couteau', 'son accent étranger'], notBefore: ['sur', 'mis sur'], needsPerson: true, confidence: 'medium', tag: 'accent' },
  // the home country without its name: "il rentre au bled", "retour au pays cet été"
  { lemma: 'au bled', forms: ['du bled', 'rentre au pays', 'rentrer au pays', 'rentré au pays', 'rentrée au pays', 'retourne au pays', 'retourner au pays', 'retour au pays', 'retourné au pays', 'retournée au pays', 'son pays natal', 'sa terre natale'], notBefore: ['basque', 'de', "d'", 'du', 'catalan', 'bigouden'], needsPerson: true, confidence: 'medium' },
  // statelessness said of the person: "la famille est apatride", "né apatride" (not "titre de voyage pour apatride", a document)
  { lemma: 'est apatride', forms: ['sont apatrides', 'était apatride', 'étaient apatrides', 'né apatride', 'née apatride', 'nés apatrides',
    'devenu apatride', 'devenue apatride', 'famille apatride', 'parents apatrides', 'reconnu apatride', 'reconnue apatride', 'reconnus apatrides'] },
  { lemma: 'harki', forms: ['harkis', 'fils de harki', 'fille de harki', 'fils de harkis', 'fille de harkis', 'enfant de harkis', 'famille de harkis', 'petit-fils de harki', 'petite-fille de harki'] },
  { lemma: 'racisé', inflect: 'adj' },
  { lemma: 'minorité visible', inflect: 'noun' },
  { lemma: 'faciès' },
  { lemma: 'origine ethnique', forms: ['origines ethniques', 'appartenance ethnique', 'origine raciale', 'origines raciales', 'groupe ethnique', 'minorité ethnique', 'minorités ethniques', 'son ethnie', 'sa ethnie', 'leur ethnie'] },
  { lemma: 'double nationalité', forms: ['doubles nationalités', 'binational', 'binationale', 'binationaux', 'binationales', 'double national'] },
  // slang and verlan names of origin or colour ("le babtou", "un toubab", "la noich", "un blédard")
  { lemma: 'beur', forms: ['beurs', 'beurette', 'beurettes', 'rebeu', 'rebeus', 'reubeu', 'renoi', 'renois', 'reunoi', 'babtou', 'babtous', 'toubab', 'toubabs',
    'noich', 'noichs', 'blédard', 'blédarde', 'blédards', 'blédardes'],
    // a venue or a work named after the word ("Le Babtou Café", "le film Toubab")
    notBefore: ['café', 'bar', 'club', 'restaurant', 'food', 'shop', 'records', 'prod'], notAfter: ['film', 'livre', 'roman', 'chanson', 'album', 'série', 'titre'] },
  // the Travellers as a capitalised noun ("M. L., Voyageur de famille manouche"): checked in code (not "SNCF Voyageurs", "voyageur de commerce")
  { lemma: 'voyageur', forms: ['voyageuse', 'voyageurs', 'voyageuses'], tag: 'voyageur' },
  { lemma: 'gens du voyage', forms: ['itinérant de la communauté des gens du voyage', 'communauté des gens du voyage', 'communauté des voyageurs', 'issu des gens du voyage', 'issue des gens du voyage'] },
  { lemma: 'naturalisé', inflect: 'adj', needsPerson: true, confidence: 'medium', tag: 'naturalise' },
  { lemma: 'naturalisation', inflect: 'noun', needsPerson: true, confidence: 'medium', tag: 'naturalise' },
  // "originaire de Fortaleza, au Brésil", "originaire de la région de Van": a town or region of origin, checked in code
  // (a foreign country or nationality must stand right beside it: French towns are no origin)
  { lemma: 'originaire de', forms: ['originaire du', "originaire d'", 'originaires de', 'originaires du', "originaires d'"], tag: 'originaire' },
  // racial euphemism: "trop typée", "physique typé"; the rule wants a degree word or a body noun before it
  { lemma: 'typé', inflect: 'adj', tag: 'type' },
];

/** Nouns after which an adjective of origin is the origin itself ("d'origine", "type"). */
const HEADS: LexiconEntry[] = [
  // an ethnic group named after its head, known or not: "d'ethnie zaghawa", "de la tribu des Zaghawa", "du clan Darod"
  { lemma: "d'ethnie", forms: ["de l'ethnie", 'ethnie', "d'ethnies", "issu de l'ethnie", "issue de l'ethnie", 'de la tribu', 'du clan', 'de la tribu des', "de l'ethnie des", 'du sous-clan'], tag: 'ethnie-head', confidence: 'high' },
  // a form label in any language, the nationality after it: "Nacionalidad: venezolana", "Nationality: Eritrean", "Nationalité : érythréenne"
  { lemma: 'nationalité', forms: ['nacionalidad', 'nacionalidade', 'nationality', 'nazionalità', 'staatsangehörigkeit', 'citizenship', 'cittadinanza', 'obywatelstwo',
    'cetățenie', 'cetatenie', 'naționalitate', 'nationalitate', 'uyruk', 'uyruğu', 'ciudadanía', 'ciudadania', 'nationalité déclarée', 'nationalité actuelle'], tag: 'nat-label', confidence: 'high' },
  { lemma: "pays d'origine", tag: 'pays-origine', confidence: 'low' },
  { lemma: 'ses origines', forms: ['son origine', 'sa origine', 'leurs origines', 'leur origine', 'mes origines', 'mon origine', 'vos origines', 'votre origine'], tag: 'origines', confidence: 'low' },
];

export const ORIGINE_LEXICON: LexiconEntry[] = [
  ...adjEntries(NATIONALITIES, 'nationalite'),
  ...adjEntries(ETHNIC, 'ethnie'),
  ...adjEntries(COLOUR, 'couleur', 'medium'),
  ...adjEntries(COMMUNITY, 'communaute'),
  ...adjEntries(OVERSEAS, 'outremer'),
  ...adjEntries(HEAD_ONLY_PEOPLES, 'outremer'),
  { lemma: 'de couleur', tag: 'de-couleur' },
  // skin colour said without "peau", as the cause of a treatment: "c'est sa couleur qui l'a bloqué", "refusé à cause de sa couleur"
  { lemma: 'sa couleur', forms: ['leur couleur', 'sa couleur à lui', 'sa couleur à elle'], tag: 'sa-couleur', confidence: 'high' },
  ...COUNTRY_LIST.map((c): LexiconEntry => ({ lemma: c, tag: 'pays', upper: c === 'RDC' })),
  ...DIRECT.map((e) => ({ tag: 'direct', confidence: 'high' as const, ...e })),
  ...HEADS,
];
