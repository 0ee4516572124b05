/**
 * `adresse`: the street-level address of the person or of a relative — number + street type + name,
 * with an optional complement (« Appartement 12 », « bât. B »), postcode and town. Not: a town
 * alone, a neighbourhood, an employer's, agency's, training centre's or appointment place's address
 * (« PMSMP à la boulangerie X, 5 place… », « RDV au 3 rue… »), business zones. TAXONOMY.md §4.10.
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind, type Token } from '../lib/lint/tokenize.ts';
import { Keywords, numberRuns } from '../lib/lint/identifiers.ts';
import { isNumberWord, readNumber } from '../lib/lint/number-words.ts';
import type { Confidence } from '../lib/lint/types.ts';

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
/** Street types (FANTOIR vocabulary and the abbreviations people type), folded. */
const VOIE =
  "(?:grande? rue|grand'rue|rue|r\\.|avenue|av\\.?|ave|boulevard|bd|bld|bvd|blvd|place|pl\\.|impasse|imp\\.?|allee|all\\.|chemin rural|" +
  'chemin|ch\\.|chem\\.?|route departementale|route nationale|ancienne route|route|rte|quai|cours|crs|square|sq\\.?|residence|res\\.|' +
  'lotissement|lot\\.|lieu-dit|lieudit|lieu dit|hameau|chaussee|faubourg|fbg|fg|passage|sentier|sente|voie|rond-point|rond point|cite|' +
  'villa|montee|promenade|esplanade|parvis|traverse|venelle|ruelle|clos|domaine|carrefour|cour|mail|levee|digue|corniche|' +
  'placette|dreve|galerie|rocade|ham\\.|pass\\.|gde rue|boul\\.?|mte|prom\\.|rpt|' +
  // street words of France's regional languages, on bilingual plates and in the addresses people type:
  // Breton, Occitan, Catalan, Basque, Corsican, Alsatian (« 3 hent Sant-Erwan », « 5 carrièra dels Fabres »)
  'hent|straed|ru|plasenn|bali|kae|carriera|carrieira|carriero|carreiron|carrieron|camin|cami|placa|avenguda|baloard|' +
  'carrer|avinguda|passeig|kalea|karrika|bidea|etorbidea|hiribidea|pasealekua|carrughju|carrughjolu|chjassu|piazza|stretta|' +
  'gass|gasse|strooss|stross)';
/** Street types of neighbouring countries, whose addresses put the number after the name (« Calle Mayor 14 », « Via Roma 12 », « Rua Augusta 45 »). */
const FOREIGN_VOIE =
  "(?:calle|c/|avenida|avda\\.?|plaza|pza\\.?|paseo|pso\\.?|carrer|carretera|ctra\\.?|ronda|travesia|camino|rua|travessa|largo|praca|estrada|alameda|" +
  'via|viale|v\\.le|piazza|p\\.zza|corso|vicolo|strada|lungomare|contrada|str\\.|strasse|straße|gasse|platz|ulica|ul\\.|calea|bulevardul|aleea)';
/** A German or Alsatian street name in one word, typed after the number: « 4 Kirchgass », « 12 Hauptstrooss ». */
const COMPOUND_VOIE = '[\\p{L}-]{2,30}(?:strasse|straße|gasse|gass|strooss|platz)';
/** Number + street type, tried only at the start of a digit run (sticky). */
/** « au 9 de la rue des Forges », « au n° 9 du boulevard… »: the number may be followed by « de la ». */
const NUMBERED = new RegExp(`(\\d{1,4}(?:\\s?-\\s?\\d{1,4})?(?:\\s?(?:bis|ter|quater|[a-d])${E})?)\\s*,?\\s+(?:(?:de la|de l'|du)\\s*)?(?:${VOIE}|${COMPOUND_VOIE})${E}\\.?`, 'uy');
/**
 * Belgian, Swiss and Luxembourg order: the house number after the street name, then a postcode and
 * the town (« rue de la Station 42, 7700 Mouscron », « Avenue Louise 54 bte 3, 1050 Bruxelles »,
 * « rue de Hollerich 15, L-1741 Luxembourg »). Sticky at the end of the house number; group 1 is the postcode.
 */
// floors and doors of Spanish, Portuguese, Italian, German flats: « 3º B », « 2.º 1.ª », « piso 4 », « esc. A », « scala B int. 5 », « 2. Stock »
const FLOOR = String.raw`(?:\s*,?\s*(?:\d{1,2}\s?\.?[º°ª]|piso|planta|puerta|pta\.?|esc\.?|escalera|bajo|atico|izq(?:da)?\.?|dcha\.?|dto\.?|esq(?:uerdo)?\.?|dir(?:eito)?\.?|frente|int\.?|interno|scala|stiege|stock|etage|r/c)(?:\s*(?:\d{1,2}\s?\.?[º°ª]?|[a-z])(?![\p{L}\p{N}]))?)*`;
// a flat after a slash (Polish, Czech: « Marszałkowska 84/12 »); postcodes of Portugal (1000-001), Poland (00-514), Czechia and Slovakia (120 00)
const NUMBER_THEN_POSTCODE = new RegExp(String.raw`(?:\s?(?:bis|ter|[a-d])(?![\p{L}\p{N}]))?(?:\/\d{1,4}[a-z]?(?![\p{L}\p{N}/]))?(?:\s*(?:bte|boite|bt|bus)\.?\s*\d{1,4}[a-z]?)?${FLOOR}(?:\s*,\s*|\s+)(?:(?:b|ch|l|f|d|a|i|e|p|pl|cz|sk)\s?-\s?)?([1-9]\d{3}-\d{3}|\d{2}-\d{3}|[1-9]\d{2} \d{2}|[1-9]\d{3}|(?:0[1-9]|[1-8]\d|9[0-8])\d{3})\s+(?=\p{L})`, 'uy');
/**
 * A British or Irish address: number, a capitalised street name and an English street type, then the town and a postcode
 * (« 27 Cowley Road, Oxford OX4 1HP », « Flat 3, 12 Mill Lane, Leeds LS6 2AB »). Sticky after the number; group 1 is the
 * street name, group 2 the postcode.
 */
const ENGLISH_STREET = /\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:road|street|lane|drive|avenue|close|crescent|gardens|terrace|grove|way|court|place|square|hill|row|mews|walk|rd\.?|st\.)(?![\p{L}])(?:\s*,\s*[\p{L}'’ -]{2,30}?){1,2}\s*,?\s+([a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|[a-z]\d[\dw]\s?[a-z\d]{4})(?![\p{L}\p{N}])/uy;
/** A flat or a unit before a British street number: « Flat 3, », « Apartment 12 ». */
const ENGLISH_FLAT_BEFORE = /(?:^|[^\p{L}])(?:flat|apartment|unit)\s+\d{1,4}[a-z]?\s*,\s*$/u;
/** Without a postcode, under a residence word: « habite avenue Louise 54 à Bruxelles », « rue du Marché 12, Genève ». */
const NUMBER_THEN_TOWN = /(?:\s?(?:bis|ter|[a-d])(?![\p{L}\p{N}]))?(?:\s*(?:bte|boite|bt|bus)\.?\s*\d{1,4}[a-z]?)?(?:\s*,\s*|\s+a\s+)(?=\p{L})/uy;
/**
 * The street type and name before a house number typed after it (the slice ends right before the
 * number), or a German or Dutch street name in one word (« Bahnhofstrasse », « Kerkstraat », « Stationsplein »).
 */
const STREET_BEFORE = new RegExp(
  `${B}(?:(?:${VOIE}|${FOREIGN_VOIE})${E}\\.?\\s+[^\\n,;:!?().]{2,50}?|[\\p{L}-]{2,30}(?:strasse|straße|gasse|gass|strooss|weg|platz|straat|laan|plein|steenweg|dreef)|[\\p{L}-]{2,30}\\s(?:strasse|straße|str\\.|allee|weg|platz|gass|strooss|kalea|karrika|bidea|etorbidea|hiribidea|pasealekua|plaza|enparantza))\\s$`, 'u');

/** A street type right after a residence verb, without a number: « habite lieu-dit Les Granges », « vit désormais cité des Fleurs ». */
const BARE = new RegExp(
  `(?:habite|habitent|habitait|domicilie|domiciliee|reside|residait|demeurant|demeurante|vit|vivait|heberge|hebergee|loge|logee)` +
  `(?:\\s+(?:desormais|maintenant|actuellement|toujours|encore|aujourd'hui|provisoirement|temporairement|depuis peu))?` +
  `\\s+(?:au|a la|a l'|dans la|dans le|dans l'|la|le|l'|en|,|:)?\\s*(${VOIE})${E}\\.?`, 'uy');

/** Words that tie the address to the person: residence, postal address, mail. */
const PERSON_ANCHOR = new Keywords([
  'adr', 'habite', 'habitent', 'habitait', 'habitant', 'habitante', 'habiter', 'domicilie', 'domiciliee', 'domicilies', 'domiciliees', 'domicile',
  'domiciliation', 'reside', 'residant', 'residante', 'resider', 'residait', 'demeurant', 'demeurante', 'demeure', 'vit', 'vivent',
  'vivait', 'vivant', 'vivre',
  // where someone sleeps is where they stay: « elle dort au foyer, 12 rue… », « il dort dans sa voiture, 3 rue… »
  'dort', 'dorment', 'dormait', 'loge', 'logee', 'loges', 'logement', 'heberge', 'hebergee', 'hebergement', 'adresse', 'adresses',
  'coordonnees', 'courrier', 'courriers', 'demenage', 'demenagee', 'demenagement', 'emmenage', 'emmenagee', 'installe', 'installee',
  'reloge', 'relogee', 'chez sa', 'chez son', 'chez ses', 'chez un', 'chez une', 'chez leur', 'chez lui', 'chez elle', 'chez eux',
  'chez des', 'chez ma', 'chez mon', 'chez mes',
  // emergency and social housing is the person's home, not an organisation's address: « hébergée à l'hôtel social, 45 av. … »
  'hotel social', 'hotel 115', "centre d'hebergement", "centre d'hebergement d'urgence", 'chrs', 'chu', 'residence sociale', 'pension de famille', 'maison relais',
  "foyer d'hebergement", 'cada', 'huda', 'prahda', 'squat', 'hebergement d\'urgence', 'hotel du 115', 'foyer adoma', 'adoma', 'coallia',
]);
/** A letter's sending verb right before the address: « envoyée au », « doit partir au », « à expédier à ». */
const SENT_TO = /(?:envoy\p{L}*|adresse[es]{0,2}|expedi\p{L}*|postee?s?|partir|part|partie?s?|renvoy\p{L}*)\s+(?:au|a)\s*$/u;
/** The sending or receiving of a summons, ending where « convocation » ends: « l'envoi de la convocation », « recevoir ses convocations », « pour toute convocation ». */
const SUMMONS_SENT = /(?:(?:envoi|envoyer|expedition|expedier|adresser|recevoir|reception|renvoi|renvoyer)\s+(?:de\s+|d')?(?:la\s+|sa\s+|les\s+|ses\s+|une\s+|des\s+|leur\s+|l')?|(?:^|\s)(?:pour|a utiliser pour)\s+(?:toute\s+|toutes\s+les\s+|les\s+|ses\s+|leurs\s+|la\s+|sa\s+|l')?)(?:prochaines?\s+|futures?\s+)?convocations?$/;
/** A contact-details label and its colon, then list items holding a phone or an e-mail up to a semicolon (no other colon; sentence ends are cut before). */
const CONTACT_LIST = /(?:^|[^\p{L}])(?:coordonnees|adresse|adresse postale)(?:\s+(?:de la|de l'|du|de|d'|des|mises? a jour|actuelles?|completes?|personnelles?|\p{L}+)){0,4}\s*:(?=[^:!?\n]*[@\d])[^:!?\n]*;$/u;
/** A flat or room number right before a second number (the street number): « chambre 214 2 rue… », « appt 12 4 allée… ». */
const FLAT_BEFORE = /(?:^|[^\p{L}])(?:chambre|ch\.|appartement|appart\.?|appt\.?|apt\.?|app\.?|porte|logement|log\.?|batiment|bat\.?|studio|box)\s*(?:n°\s*)?$/u;
/** A switchboard or front-desk number right after the address, on its line: « 14 rue…, 71000 Mâcon – standard 03 85… », « (accueil : 04 79…) ». */
const SWITCHBOARD_AFTER = /^\s*[–—,;(-]?\s*(?:(?:tel\.?|telephone)\s+(?:du\s+)?)?(?:standard|accueil|secretariat)(?:\s+(?:tel\.?|telephonique))?\s*:?\s*(?:\+|0\d)/u;
/** An office or department of a housing structure that is named as the person's home: « le bureau du CHRS, 40 rue… », « le siège du CADA, 3 rue… ». */
const OFFICE_OF = /(?:^|[^\p{L}])(?:bureau|bureaux|siege|locaux|secretariat|direction|administration|service administratif|accueil)\s+(?:du|de la|de l'|des|de|d')\s*[\p{L}'’ -]{0,25}$/u;
/** The place before the address receives the public: « Le CADA, 18 avenue de la Gare, accueille le public le matin ». */
const PUBLIC_AFTER = /^\s*,?\s*(?:qui\s+)?(?:(?:accueille|accueillent|recoit|recoivent)\s+(?:le public|du public|les usagers|sur rendez-vous|sans rendez-vous)|(?:est|sont)\s+ouverte?s?\s+(?:au public|du|le|les|de|tous|toute|sur)|ouvre\s+ses\s+portes|(?:tient|assure)\s+(?:une|des|ses)\s+permanences?)(?![\p{L}])/u;
/** Words that make it an organisation's or an appointment's address. */
/** A numbered room right before « hôtel »: « chambre 214 de l' », « chambre n° 12 à l' ». */
const HOTEL_ROOM = /(?:^|[^a-z])chambre\s+(?:n°\s*|no\s*)?\d{1,4}[a-z]?\s+(?:de l'|a l'|dans l'|d'un |a un |dans un |de |a |au |du )$/;
const ORG_ANCHOR = new Keywords([
  'agence', 'agences', 'entreprise', 'entreprises', 'societe', 'employeur', 'etablissement', 'magasin', 'boutique', 'boulangerie',
  'patisserie', 'boucherie', 'restaurant', 'hotel', 'usine', 'entrepot', 'depot', 'atelier', 'centre', 'organisme', 'formation',
  'stage', 'pmsmp', 'immersion', 'rdv', 'rendez-vous', "entretien d'embauche", 'reunion', 'job dating', 'forum', 'salon', 'situe',
  'situee', 'situes', 'situees', 'siege', 'locaux', 'bureau', 'bureaux', 'mairie', 'cabinet', 'association', 'ecole', 'lycee',
  'college', 'universite', 'cfa', 'greta', 'afpa', 'caf', 'cpam', 'msa', 'mdph', 'france travail', 'pole emploi', 'mission locale',
  'cap emploi', 'permanence', 'antenne', 'se rendre', 'se presenter', 'convoque', 'convoquee', 'convocation', 'aura lieu', 'a lieu',
  'se tient', 'se tiendra', 'se deroule', 'se deroulera', 'chantier', 'site', 'plateforme', 'ehpad', 'clinique', 'hopital', 'garage',
  'sarl', 'sas', 'sasu', 'eurl', 'ets', 'za', 'zi', 'zac', 'zone', "parc d'activites", 'poste', 'postule', 'postuler', 'candidature', 'candidatures',
  'embauche', 'recrute', 'recrutement', 'travaille', 'travailler', 'travaillera', 'mission', 'interim', 'commerce', 'supermarche',
  'hypermarche', 'pharmacie', 'cantine', 'creche', 'tribunal', 'prefecture', 'commissariat', 'gendarmerie', 'salle', 'gymnase',
  'mediatheque', 'bibliotheque', 'aide a domicile', 'aides a domicile', 'soins a domicile', 'service a domicile', 'services a domicile',
  'maintien a domicile', 'intervention a domicile', "adresse de l'entreprise", "adresse de l'agence", "adresse de l'employeur",
  'adresse du centre', "adresse de l'organisme", 'adresse de la structure', 'adresse de la societe', 'adresse du magasin',
  'adresse de la formation', 'adresse du stage', "adresse de l'atelier", "adresse de l'ecole", 'adresse de la caf', 'adresse de la mairie',
  'structure', 'service', 'foyer de jeunes travailleurs', 'travail', 'lieu de travail', "lieu d'exercice", 'affectation', 'affecte',
  'affectee', 'base', 'basee',
  // a session of the accompaniment is held at the structure: « Prochaine séance le 22/10 à 14 h, 12 rue… »
  'seance', 'seances',
  // a department of an employer, the addressee of a letter: « courrier adressé à la DRH, 4 avenue… »
  'drh', 'ressources humaines', 'service rh', 'cooperative',
  // shops and workshops (« La fromagerie s'est installée au 12 route… »); not a farm, a gîte or a campsite, which may be a home
  'fromagerie', 'brasserie', 'charcuterie', 'poissonnerie', 'epicerie', 'librairie', 'menuiserie', 'imprimerie', 'quincaillerie',
  'blanchisserie', 'pressing', 'scierie', 'traiteur', 'fleuriste', 'jardinerie', 'cabinet d\'architecte', 'start-up', 'startup',
  // the structures of the employment and social services, named in letterheads and signatures
  "maison de l'emploi", "maison de l'emploi et de la formation", 'france services', 'maison france services', 'ccas', 'cias', 'apec',
  'epide', 'e2c', "ecole de la deuxieme chance", 'cidff', 'spip', 'cio', 'siae', 'pimms', 'udaf', 'missions locales',
  // skills-assessment centres and youth or seasonal-worker information desks
  'cibc', 'centre de bilan', 'centre interinstitutionnel de bilan de competences', 'pij', 'bij', 'crij', 'cij', 'point information jeunesse',
  'accueil saisonniers', 'accueil des saisonniers', 'maison des saisonniers', 'espace saisonniers', 'point accueil', "point d'accueil",
  'accueil de jour', "office de tourisme",
]);

/** A kilometre point and its side of the road: « 18,2 côté montagne », « 7 côté mer » (sticky at the number). */
const PK_SIDE = /\d{1,3}(?:[,.]\d{1,3})?\s+cote\s+(?:mer|montagne|lagon|plage|terre|riviere)(?![\p{L}])/uy;
/** Between the parts of such an address: a comma, then a track or district word, or a postcode. */
const PK_PART = /^,\s*(?:(?:servitude|lotissement|lot\.|quartier|vallee|residence|chemin|impasse|route|district)\s+|98[78]\d{2}\s+)?/;
/** « …, dont l'adresse est », « dont les coordonnées sont » (the last one of the window). */
const DONT_ADDRESS = /(?:^|[^\p{L}])dont (?:l'|les |la |le )?(?:adresse|adresses|coordonnees|siege|locaux|bureaux)(?![\p{L}])(?!.*(?:^|[^\p{L}])dont )/u;
/** A relative, then an apposition about them, right before « dont »: « chez son frère, agent de service, ». */
const KIN_APPOSITION = /(?:^|[^\p{L}])(?:pere|mere|parents|frere|soeur|oncle|tante|cousin|cousine|ami|amie|fils|fille|compagnon|compagne|conjoint|conjointe|mari|femme|epoux|epouse|neveu|niece|hebergeant|hebergeante)\s*,[^,;.]{2,50},\s*$/u;
/** Owners of an address the person writes to or deals with: creditors, offices, services. */
const ADDRESS_OWNER_ORG = new Keywords([
  'recouvrement', 'huissier', 'huissiers', 'commissaire de justice', 'creancier', 'creanciers', 'creanciere', 'banque', 'notaire', 'avocat',
  'avocate', 'syndic', 'assurance', 'assureur', 'mutuelle', 'tresor public', 'urssaf', 'carsat', 'bailleur social', 'office', 'oph', 'opac',
  'hlm', 'ministere', 'direction', 'fournisseur', 'operateur', 'etude', 'organisme', 'administration', 'caisse', 'impots', 'sip',
  'commission de surendettement', 'banque de france', 'cabinet', 'tribunal', 'cour', 'credit', 'societe', 'service',
]);
/** An organisation named right after the address: « … 7700 Mouscron : siège de l'entreprise », « (locaux de la société) », « , adresse de l'employeur ». */
const ORG_AFTER = /^\s*[:,(–—-]\s*(?:(?:c'est|qui est)\s+)?(?:le |la |les |l')?(?:siege|locaux|bureaux|adresse (?:de l'|de la |du )(?:entreprise|societe|employeur|agence|structure|organisme|association|magasin|restaurant|atelier|usine)|agence|entrepot|usine|depot|atelier|magasin|boutique|restaurant|lieu de (?:travail|stage|formation)|adresse professionnelle)(?![\p{L}])/u;
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'aux', 'au', 'sur', 'sous', 'en', 'et', 'saint', 'sainte', 'st', 'ste', 'lez', 'a',
  // articles and prepositions of regional and neighbouring languages inside street names: Occitan and Catalan « dels, del, dau »,
  // Breton « an, ar, al », Corsican and Italian « di, della, dei », Spanish and Portuguese « los, las, do, da, dos, das »
  'dels', 'del', 'dau', 'daus', 'deu', 'an', 'ar', 'al', 'di', 'della', 'dei', 'delle', 'los', 'las', 'do', 'da', 'dos', 'das']);
/** Lower-case words that end a street name typed without capitals. */
const STOP = new Set([
  'a', 'au', 'aux', 'avec', 'depuis', 'pour', 'chez', 'mais', 'ou', 'donc', 'car', 'il', 'elle', 'qui', 'que', 'dans', 'pres', 'vers',
  'et', 'est', 'sont', 'a', 'ou', 'sans', 'se', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'depuis', 'jusqu', 'pendant', 'apres', 'avant',
  'mais', 'puis', 'ce', 'cet', 'cette', 'on', 'nous', 'vous', 'ils', 'elles', 'y', 'en', 'au', 'etage', 'porte', 'tel', 'telephone',
]);
const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
const COMPLEMENT = /^,?\s*(?:chambre|appartement|appart\.?|appt\.?|apt\.?|app\.?|batiment|bat\.?|escalier|esc\.?|porte|logement|log\.?|boite|bp|villa|case|lot)\s*(?:n°\s*)?(?:\d[0-9a-z]{0,3}|[a-z])(?![\p{L}\p{N}])/u;
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:(?:appartement|appart\.?|appt\.?|apt\.?|app\.?|batiment|bat\.?|escalier|esc\.?|porte|logement|log\.?)\s*(?:n°\s*)?(?:\d[0-9a-z]{0,3}|(?<=[\s.°])[a-z])(?![\p{L}])\s*,?\s*)+$/u;
/** A hamlet, district or residence word after a street, before its name (« , hameau de Chaumont »). */
const PLACE_AFTER = /^,\s*(?:hameau|lieu-dit|lieudit|residence|res\.|quartier|cite|lotissement|lot\.|domaine)\s+(?:(?:de la|de l'|du|des|de|d'|les|le|la|l')\s*)?/u;
/**
 * A street named without a number after a place, right before a postcode: « lieu-dit Les Fontanilles, chemin des Amandiers,
 * 12230 Saint-Aubin », « résidence Les Tilleuls, allée des Roses, 12000 Rodez » (group 0 ends before the street's name).
 */
const STREET_AFTER = new RegExp(`^,\\s*${VOIE}${E}\\.?\\s+(?:(?:de la|de l'|du|des|de|d'|les|le|la|l')\\s*)?`, 'u');
/** A postcode right after a street name (the street-after extension needs it). */
const CP_NEXT = /^,?\s*(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})\s+/u;
/** A residence or building name right before the complements of a numbered address. */
const RESIDENCE_BEFORE = /(?:^|[\s,(:–-])(?:residence|res\.|immeuble|imm\.|lotissement|lot\.|cite|domaine|hameau|lieu-dit|lieudit|villa|tour)\s+[\p{L}'’ -]{2,40}?,\s*$/u;
/** Postcode (5 digits, or « 86 190 ») followed by a town, or a flat-level complement, after a place named without a number. */
const POSTCODE = /(?<![\p{N}])(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})(?![\p{N}])/u;
const FLAT = /(?:^|[\s,])(?:appartement|appart\.?|appt\.?|apt\.?|app\.?|batiment|bat\.?|escalier|esc\.?|porte|logement|log\.?)\s*(?:n°\s*)?(?:\d|[a-z](?![\p{L}]))/u;
/** A place named after a locative « au, aux, à la, à l' », then a bracket, comma or dash: the address is that place's. */
const PLACE_BEFORE = /(?:^|[\s(])(?:au|aux|a la|a l')\s*[\p{L}'’&.-]+(?:\s+[\p{L}'’&.-]+){0,3}\s*[(,–—-]\s*$/u;
/** « se rapprocher de l'AFPA », « près de la gare »: an organisation named as a landmark, not the address's owner. */
const PROXIMITY = /(?:rapprocher|rapproche|rapprochee|pres|proche|cote|loin|pas|face|proximite|voisin|voisine|derriere|autour)\s+(?:de la|de l'|des|du|de|d'|a la|a l'|au|aux)\s*[\p{L}'’ -]{0,30}$/u;
/**
 * A tradesman or a professional who practises or has set up at the address, at the head of the sentence: « Le ferronnier
 * exerce au 6 rue… », « Le vétérinaire, installé au 9 route… », « La kinésithérapeute s'est installée au… ». An agent
 * noun by its ending; the people the report is about (« le bénéficiaire », « la stagiaire », « le locataire ») are not it.
 */
const PRO_SETS_UP = /^(?:le|la|l')\s*([\p{L}-]+?(?:ier|iere|ien|ienne|iste|eur|euse|trice|aire|logue|ecin|ger|cher|ste|peute|pathe|tecte))(?:\s+[\p{L}-]+)?\s*,?\s+(?:(?:s'est|est|vient de s')\s*)?(?:installe|installee|installer|exerce|exercant|exercante)\s*(?:au|a|en|au n°)?\s*$/u;
const NOT_PRO = new Set(['beneficiaire', 'stagiaire', 'locataire', 'colocataire', 'proprietaire', 'allocataire', 'destinataire', 'signataire',
  'demandeur', 'demandeuse', 'mandataire', 'hebergeur', 'hebergeuse', 'adherent', 'travailleur', 'travailleuse', 'candidat', 'interesse']);

/** A landmark right after a home word: « habite au-dessus de la boulangerie », « vit en face du garage ». */
const LANDMARK_AFTER_HOME = /^\s+(?:juste\s+)?(?:au-dessus|au dessus|au-dessous|en dessous|a cote|en face|pres|derriere)\s+(?:de la|de l'|des|du|de|d')\s*[\p{L}'’ -]{0,30}$/u;
/** Move verbs: the address they lead to is the person's new home, whatever landmark the sentence names. */
const MOVE = /(?:demenage|demenagee|demenages|emmenage|emmenagee|installe|installee|installes|reloge|relogee|parti vivre|partie vivre)(?![\p{L}])/u;
/**
 * An organisation or a job as the subject of a move or lodging word: « La mission locale de Dole a déménagé au 5 rue… »,
 * « l'entreprise s'est installée au… », « Le restaurant loge ses saisonniers au… », « Le poste de gardien est logé, au… »,
 * « L'employeur propose un hébergement aux saisonniers au… ». The text between the organisation word and the anchor:
 * a complement, then an auxiliary or an offer verb — never a pronoun (« l'employeur l'héberge au… » is the person's home).
 */
const ORG_MOVES = /^(?:\s+(?:de la|de l'|de|du|des|d')\s*[\p{L}'’ -]{1,30}?)?\s+(?:qui\s+)?(?:(?:a|ont|est|sont|s'est|se sont|vient de|viennent de)\s+)?(?:(?:recemment|deja|donc|aussi|egalement|bien)\s+)?(?:(?:propose|proposent|offre|offrent|fournit|fournissent)\s+(?:un|une|des|le|la|l')\s*)?(?:demenage|demenagee|demenages|emmenage|emmenagee|installe|installee|installes|loge|logee|heberge|hebergee|hebergement|logement)$/u;

/** A berth or a pitch (letter or number), up to three comma-separated parts, a postcode: group 0 ends before the town. */
const BERTH = /(?:ponton|panne|anneau|catway|appontement|emplacement|port|marina)(?:\s+(?:n°|no|numero)\s*|\s+)(?:[a-z]{0,2}\d{1,4}[a-z]?|[a-z]|(?:de|du|des|d')\s*[\p{L}' -]{2,30}?)(?![\p{L}\p{N}])(?:\s*,\s*[^,;.!?\n]{2,45}?){0,3}\s*,?\s*(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})\s+/uy;
const BERTH_WORD = /(?:^|[^\p{L}])(?:ponton|panne|anneau|catway|appontement|emplacement|place)\s+(?:n°\s*)?[a-z0-9]{1,4}(?![\p{L}\p{N}])/u;
/** A harbour or a campsite named in the berth's address. */
const HARBOUR = /(?:^|[^\p{L}])(?:port|marina|bassin|darse|plaisance|halte nautique|camping|aire d'accueil)(?![\p{L}])/u;
/**
 * A boat, a caravan or a mobile home lived in, before the address: a living word, then the dwelling
 * (« il vit sur son voilier », « loge dans un mobil-home »), not a boat repaired or a caravan sold.
 */
const DWELLING = /(?:^|[^\p{L}])(?:vit|vivent|vivre|vivant|habite|habitent|habiter|habitant|loge|logent|loger|logee|dort|dorment|dormir|reside|resident|residant|residence|domicile|domicilie|domiciliee|installe|installee|installes|a bord)(?![\p{L}])[^.;!?\n]{0,60}?(?:voilier|bateau|peniche|navire|catamaran|house-boat|houseboat|mobil-home|mobile home|mobile-home|caravane|camping-car|fourgon)(?![\p{L}])/u;

/** Place words (folded) that may follow a numbered place: « case n° 7, village de Kawéni ». */
const PLACE_WORDS = new Set(['residence', 'lotissement', 'lieu-dit', 'lieudit', 'hameau', 'cite', 'domaine', 'quartier', 'immeuble', 'village', 'habitation', 'section', 'ilet', 'morne']);

const TITLES = new Set(['m', 'mme', 'mlle', 'monsieur', 'madame', 'mr', 'il', 'elle', 'je', "j'", 'nous', 'vous', 'on', "l'", 'le', 'la', 'les', 'son', 'sa', 'ses', 'tel', 'contact', 'portable', 'mail', 'courriel', 'email', 'et', 'mais', 'rdv', 'ce', 'cette']);

function tokenFrom(doc: Doc, pos: number): number {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].s < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const isNameStart = (doc: Doc, t: Token) => doc.isCapitalized(t.i);

/**
 * Extend from token k over a street or town name: particles and name words. Returns the token index
 * after the name, or k when there is no name. Lower-case words are accepted when `loose` (a strong
 * residence anchor) and not a stop word.
 */
function nameEnd(doc: Doc, k: number, loose: boolean, maxWords = 6): number {
  const toks = doc.tokens;
  const sn = toks[k]?.sn;
  let j = k;
  let last = k;
  let words = 0;
  // once the name has a capital, after « à » (a town follows) or an article (« Victor Hugo la plupart du temps ») only
  // capitalised words go on: a lower-case one is the sentence again (« à Chenôve le mois dernier »); a name typed
  // all in lower case keeps its loose reading (« 12 rue des lilas a cluny »)
  let capsOnly = false;
  let capSeen = false;
  while (j < toks.length && toks[j].sn === sn && words < maxWords) {
    const t = toks[j];
    if (t.k === Kind.Punct) break;
    if (j > k && t.s > toks[j - 1].e + 1) break; // two spaces or a line break
    if (t.hyphen && j > k) { last = j + 1; j++; continue; }
    if (PARTICLES.has(t.t) && !doc.isCapitalized(t.i)) {
      if (capSeen && (t.t === 'a' || t.t === 'le' || t.t === 'la' || t.t === 'les')) capsOnly = true;
      j++;
      continue;
    }
    if (t.k === Kind.Number) {
      // « rue du 8 Mai 1945 », « avenue du 11 novembre »
      const nx = toks[j + 1];
      if (nx && (MONTHS.has(nx.t) || (nx.k === Kind.Word && doc.isCapitalized(nx.i)))) { j++; continue; }
      if (words > 0 && t.t.length === 4 && MONTHS.has(toks[j - 1].t)) { last = ++j; words++; continue; }
      break;
    }
    if (isNameStart(doc, t) || MONTHS.has(t.t) || (loose && !capsOnly && !STOP.has(t.t) && t.t.length > 1)) {
      if (!capSeen && isNameStart(doc, t)) capSeen = true;
      words++;
      j++;
      last = j;
      continue;
    }
    break;
  }
  return last;
}

/** Job titles and organisations that head a signature block or a letterhead. */
const LETTERHEAD = new Keywords([
  'conseiller', 'conseillere', 'conseillers', 'accompagnateur', 'accompagnatrice', 'referent', 'referente', 'charge', 'chargee',
  'coordinateur', 'coordinatrice', 'directeur', 'directrice', 'responsable', 'psychologue du travail', 'cordialement', 'salutations',
  "maison de l'emploi", 'mde', 'plie', 'agence', 'centre', 'organisme', 'association', 'mairie', 'mission locale', 'cap emploi',
  'france travail', 'pole emploi', 'cfa', 'greta', 'afpa', 'caf', 'cpam', 'msa', 'mdph', 'sarl', 'sas', 'sasu', 'eurl',
  'entreprise', 'societe', 'ets',
]);
/**
 * Is the address at `s` a letterhead or a signature line: the two lines above name an organisation
 * or a job title, and the address starts its line or follows a heading cut by a separator
 * (« Maison de l'emploi du Haut-Jura – 4 place… », « Agence de Dole | 12 rue… »)?
 */
function orgAbove(norm: string, s: number): boolean {
  const ls = norm.lastIndexOf('\n', s - 1);
  if (ls < 0) return false;
  const prefix = norm.slice(ls + 1, s);
  if (prefix.trim() && (!/[–—|•·-]\s*$/.test(prefix) || PERSON_ANCHOR.last(prefix) >= 0)) return false;
  const from = norm.lastIndexOf('\n', norm.lastIndexOf('\n', ls - 1) - 1);
  const above = norm.slice(from + 1, ls);
  return LETTERHEAD.test(above) || (prefix.trim() !== '' && LETTERHEAD.test(prefix));
}

interface Found { s: number; e: number; confidence: Confidence; labelS: number }

export default defineRule({
  id: 'adresse',
  meta: {
    description: "Adresse postale de l'adhérent (ou d'un proche) au niveau de la rue.",
    category: 'adresse',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'Code du travail art. L1132-1 (lieu de résidence)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    address: "Adresse postale dans le compte rendu : elle figure déjà dans la fiche administrative.",
  },
  explanation:
    "L'adresse est déjà enregistrée dans la fiche administrative ; la recopier dans le récit est inutile (minimisation, " +
    "RGPD art. 5.1.c) et le lieu de résidence est un critère de discrimination (C. trav. L1132-1). L'adhérent peut lire ce " +
    "compte rendu (droit d'accès, RGPD art. 15). Pour la mobilité, écrivez le temps de trajet : « Habite à environ 45 min " +
    "en transports en commun de la zone d'emploi visée ».",
  lexicon: [
    // places named without a street number: « résidence Les Flamboyants, bât. B, appt 14 », « lieu-dit Les Granges, 12390 Rignac »
    // overseas addresses often have no street: « case n° 7, village de Kawéni, 97600 Mamoudzou », « Habitation Céron, 97221 Le Carbet »,
    // « Section Bois-Debout, 97180 Sainte-Anne », « Îlet à Cordes, 97433 Cilaos », « Morne Vert »
    ...['résidence', 'lotissement', 'lieu-dit', 'lieudit', 'hameau', 'cité', 'domaine', 'quartier', 'immeuble', 'village', 'case',
      'habitation', 'section', 'îlet', 'ilet', 'morne', 'lot'].map((lemma) => ({ lemma, tag: 'lieu' })),
    // a postal box between a place name and the postcode: « La Grange Neuve, BP 14, 86190 Vouillé »
    ...['BP', 'B.P.', 'CS', 'TSA', 'boîte postale'].map((lemma) => ({ lemma, tag: 'bp' })),
    // street types after a number in words (see the dictated street numbers below)
    ...['rue', 'avenue', 'allée', 'boulevard', 'impasse', 'chemin', 'route', 'place', 'quai', 'square', 'passage', 'cours', 'villa', 'sentier']
      .map((lemma) => ({ lemma, inflect: 'none' as const, tag: 'voie' })),
    // a berth or a pitch as a home: « ponton F, place 42, port du Moulin Blanc, 29200 Brest », « emplacement 12, camping Les Pins, 40200 Mimizan »
    ...['ponton', 'panne', 'anneau', 'catway', 'appontement', 'emplacement', 'port', 'marina']
      .map((lemma) => ({ lemma, inflect: 'none' as const, tag: 'berth' })),
    { lemma: 'habite', forms: ['habitent', 'habitait'] },
    { lemma: 'domicilié', forms: ['domiciliée'] },
    { lemma: 'réside', forms: ['résidait'] },
    { lemma: 'demeurant', forms: ['demeurante'] },
    { lemma: 'vit', forms: ['vivait'] },
    { lemma: 'hébergé', forms: ['hébergée'] },
    { lemma: 'logé', forms: ['logée'] },
  ],
  check(ctx) {
    const { doc, text } = ctx;
    const norm = doc.norm;
    const found: Found[] = [];

    const finish = (s: number, voieEnd: number, anchored: boolean): Found | null => {
      const k = tokenFrom(doc, voieEnd);
      let end = nameEnd(doc, k, anchored);
      // drop trailing particles
      while (end > k && PARTICLES.has(doc.tokens[end - 1].t) && !doc.tokens[end - 1].hyphen) end--;
      let e: number;
      if (end > k) e = doc.tokens[end - 1].e;
      else if (/grande? rue|grand'rue|\p{L}(?:strasse|straße|gasse|gass|strooss|platz)\.?$/u.test(norm.slice(s, voieEnd))) e = voieEnd; // « 12 Grande Rue », « 4 Kirchgass » have no name
      else return null;
      // complements, postcode + town, « à Town », «, Town »
      for (let guard = 0; guard < 4; guard++) {
        const rest = norm.slice(e, e + 60);
        const comp = COMPLEMENT.exec(rest);
        if (comp) { e += comp[0].length; continue; }
        // a hamlet or a district named after the street: « 3 chemin des Vignes, hameau de Chaumont, 71250 Cluny »
        const place = PLACE_AFTER.exec(rest);
        if (place) {
          const t = tokenFrom(doc, e + place[0].length);
          if (doc.tokens[t] && doc.isCapitalized(t)) {
            const te = nameEnd(doc, t, false, 4);
            if (te > t) { e = doc.tokens[te - 1].e; continue; }
          }
        }
        // a street without a number after a place, then the postcode: « lieu-dit Les Fontanilles, chemin des Amandiers, 12230 … »
        const street = STREET_AFTER.exec(rest);
        if (street) {
          const t = tokenFrom(doc, e + street[0].length);
          if (doc.tokens[t] && doc.isCapitalized(t)) {
            const te = nameEnd(doc, t, false, 5);
            const se = te > t ? doc.tokens[te - 1].e : -1;
            const cpn = se > 0 ? CP_NEXT.exec(norm.slice(se, se + 12)) : null;
            const town = cpn ? tokenFrom(doc, se + cpn[0].length) : -1;
            if (cpn && doc.tokens[town] && doc.isCapitalized(town)) { e = se; continue; }
          }
        }
        const cp = /^,?\s*(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})\s+/u.exec(rest);
        if (cp) {
          const t = tokenFrom(doc, e + cp[0].length);
          const te = nameEnd(doc, t, false, 5);
          if (te > t) {
            e = doc.tokens[te - 1].e;
            // a bilingual town name: « 31000 Tolosa/Toulouse », « 64100 Baiona / Bayonne »
            const bi = /^\s?\/\s?/.exec(norm.slice(e, e + 3));
            if (bi) {
              const t2 = tokenFrom(doc, e + bi[0].length);
              const te2 = nameEnd(doc, t2, false, 4);
              if (te2 > t2) e = doc.tokens[te2 - 1].e;
            }
            const cedex = /^\s+cedex(?:\s+\d{1,2})?(?![\p{L}\p{N}])/u.exec(norm.slice(e, e + 12));
            if (cedex) e += cedex[0].length;
            break;
          }
        }
        const at = /^\s+a\s+/u.exec(rest);
        if (at) {
          const t = tokenFrom(doc, e + at[0].length);
          if (doc.tokens[t] && doc.isCapitalized(t) && !TITLES.has(doc.tokens[t].t)) {
            const te = nameEnd(doc, t, false, 4);
            if (te > t) { e = doc.tokens[te - 1].e; break; }
          }
        }
        const town = /^,\s*/u.exec(rest);
        if (town) {
          const t = tokenFrom(doc, e + town[0].length);
          const tok = doc.tokens[t];
          if (tok && tok.k === Kind.Word && doc.isCapitalized(t) && !TITLES.has(tok.t)) {
            const te = nameEnd(doc, t, false, 4);
            const after = norm.slice(doc.tokens[te - 1].e, doc.tokens[te - 1].e + 12);
            if (te > t && /^\s*(?:[.;)\n]|$|,|\s(?:avec|depuis|ou|et|chez|pour|mais|au|en)(?![\p{L}]))/u.test(after)) { e = doc.tokens[te - 1].e; break; }
          }
        }
        break;
      }
      // complement typed before the number: « Appartement 12, 5 rue… »
      const cb = COMPLEMENT_BEFORE.exec(norm.slice(Math.max(0, s - 40), s));
      let start = cb ? s - cb[0].length : s;
      // and a residence or building named before them: « Résidence Le Pigné, bât. B, apt 14, 6 rue… », « lieu-dit La Grange-Basse, 2 bis chemin… »
      {
        const rb = RESIDENCE_BEFORE.exec(norm.slice(Math.max(0, start - 50), start));
        if (rb) start -= rb[0].length - rb[0].search(/\S/);
      }
      return { s: start, e, confidence: 'high', labelS: start };
    };

    /**
     * « résidence Les Flamboyants, bât. B, appt 14 », « lieu-dit Les Granges-Basses, 12390 Rignac »: a place
     * type, a capitalised name, then a flat complement or a postcode and town.
     */
    const namedPlace = (from: number, to: number, depth = 0): Found | null => {
      const toks = doc.tokens;
      const prev = toks[from - 1];
      // « titre de résidence », « lieu de résidence », « carte de résident »: not a place
      if (prev && prev.sn === toks[from].sn && (prev.t === 'de' || prev.t === "d'" || prev.t === 'du')) return null;
      let nx = toks[to];
      const s = toks[from].s;
      // a numbered place: « case n° 7 », « lot 12 », then a postcode or another named place (« , village de Kawéni, 976… »)
      if (nx && nx.sn === toks[from].sn && (nx.k === Kind.Number || nx.t === 'n' || nx.t === 'no')) return numberedPlace(from, to, depth);
      // « village de Kawéni », « quartier des Camélias »: a particle before the name
      if (nx && nx.sn === toks[from].sn && PARTICLES.has(nx.t) && !doc.isCapitalized(nx.i) && toks[to + 1]?.k === Kind.Word && doc.isCapitalized(to + 1) && !PARTICLES.has(toks[to + 1].t)) nx = toks[to + 1];
      if (!nx || nx.sn !== toks[from].sn || nx.k !== Kind.Word || !doc.isCapitalized(nx.i) || TITLES.has(nx.t) && nx.t !== 'le' && nx.t !== 'la' && nx.t !== 'les' && nx.t !== "l'") return null;
      const kind = context(s);
      if (kind === 'org') return null;
      const f = finish(s, toks[to - 1].e, false);
      if (!f) return null;
      const tail = norm.slice(toks[to - 1].e, f.e);
      const cp = POSTCODE.test(tail);
      if (!cp && !FLAT.test(tail)) return null;
      // without a residence word before, only a full postal address or a flat number
      if (kind === 'none' && !cp && !/(?:appartement|appart|appt|apt|app|porte|logement|log)\.?\s*(?:n°\s*)?\d/.test(tail)) return null;
      f.s = s;
      f.labelS = s;
      f.confidence = kind === 'none' ? 'low' : 'medium';
      return f;
    };

    /** « case n° 7, village de Kawéni, 97600 Mamoudzou », « lot 12, 97354 Rémire-Montjoly »: a place word, its number, then a named place or a postcode and town. */
    const numberedPlace = (from: number, to: number, depth: number): Found | null => {
      const toks = doc.tokens;
      const prev = toks[from - 1];
      if (depth > 1 || (prev && prev.sn === toks[from].sn && (prev.t === 'de' || prev.t === "d'" || prev.t === 'du' || prev.t === 'la' || prev.t === 'une' || prev.t === 'un'))) return null;
      const e0 = toks[to - 1].e;
      const m = /^\s*(?:(?:n°|no|n)\s*\.?\s*)?\d{1,4}(?:\s?(?:bis|ter|[a-d]))?(?![\p{L}\p{N}])/u.exec(norm.slice(e0, e0 + 20));
      if (!m) return null;
      const s = toks[from].s;
      const kind = context(s);
      if (kind === 'org' || kind === 'none') return null;
      let e = e0 + m[0].length;
      const comma = /^\s*,?\s*/.exec(norm.slice(e, e + 6));
      if (comma) {
        const t = tokenFrom(doc, e + comma[0].length);
        if (PLACE_WORDS.has(toks[t]?.t ?? '')) {
          const f = namedPlace(t, t + 1, depth + 1);
          if (!f) return null;
          return { s, e: f.e, confidence: 'medium', labelS: s };
        }
      }
      const cp = /^\s*,?\s*(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})\s+/u.exec(norm.slice(e, e + 20));
      if (!cp) return null;
      const t = tokenFrom(doc, e + cp[0].length);
      const te = nameEnd(doc, t, false, 5);
      if (te <= t) return null;
      e = toks[te - 1].e;
      return { s, e, confidence: 'medium', labelS: s };
    };

    /** « Adresse postale : La Grange Neuve, BP 14, 86190 Vouillé »: a place name, a postal box, a postcode and town, under a residence word. */
    const postalBox = (from: number, to: number): Found | null => {
      const toks = doc.tokens;
      const sn = toks[from].sn;
      // the box number, possibly after « n° » (« boîte postale n° 8 »)
      const num = /^\s*(?:(?:n°|no|n)\s*\.?\s*)?\d{1,5}(?![\p{L}\p{N}])/u.exec(norm.slice(toks[to - 1].e, toks[to - 1].e + 16));
      if (!num || toks[to]?.sn !== sn) return null;
      const numEnd = toks[to - 1].e + num[0].length;
      let s: number;
      if (toks[from - 1]?.t === ',') {
        // the place name before the comma: capitalised words and particles, back to a label or the line start
        let k = from - 2;
        let st = -1;
        while (k >= 0 && toks[k].sn === sn && toks[k].k === Kind.Word && from - k < 8) {
          if (doc.isCapitalized(toks[k].i)) st = k;
          else if (!PARTICLES.has(toks[k].t)) break;
          k--;
        }
        if (st < 0 || TITLES.has(toks[st].t) && !['le', 'la', 'les', "l'"].includes(toks[st].t)) return null;
        s = toks[st].s;
      } else {
        // a postal box alone, right after a mail or residence word: « Courrier à envoyer à BP 17, 24560 Pradelles »,
        // « domiciliée BP 212, 97300 Cayenne » — only the person's box (« BP », « boîte postale »; « CS », « TSA » are
        // companies' sorting codes), and never in a sentence naming an office, a creditor or a service
        if (toks[from].t !== 'bp' && toks[from].t !== 'boite' && toks[from].t !== 'b') return null;
        s = toks[from].s;
        const sent = norm.slice(Math.max(0, s - 120, norm.lastIndexOf('\n', s - 1) + 1), s);
        if (context(s) !== 'near' || ADDRESS_OWNER_ORG.test(sent.slice(Math.max(sent.lastIndexOf('. '), sent.lastIndexOf('; ')) + 1))) return null;
      }
      const kind = context(s);
      if (kind !== 'person' && kind !== 'near') return null;
      const rest = norm.slice(numEnd, numEnd + 50);
      const cp = /^\s*,?\s*(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{3})\s+/u.exec(rest);
      if (!cp) return null;
      const t = tokenFrom(doc, numEnd + cp[0].length);
      const te = nameEnd(doc, t, false, 5);
      if (te <= t) return null;
      let e = toks[te - 1].e;
      const cedex = /^\s+cedex(?:\s+\d{1,2})?(?![\p{L}\p{N}])/u.exec(norm.slice(e, e + 12));
      if (cedex) e += cedex[0].length;
      return { s, e, confidence: 'medium', labelS: s };
    };

    /**
     * A boat's berth or a campsite pitch as the person's home: a berth word and its letter or number, up to three
     * comma-separated parts, a postcode and a town; a harbour or a campsite must be named in it, or a boat or a
     * caravan lived in before it.
     */
    const berth = (from: number): Found | null => {
      const toks = doc.tokens;
      const s = toks[from].s;
      if (found.some((x) => x.s <= s && s < x.e)) return null;
      BERTH.lastIndex = s;
      const m = BERTH.exec(norm);
      if (!m) return null;
      // « port du Moulin Blanc, ponton F, … »: a harbour named first needs its berth inside
      if ((toks[from].t === 'port' || toks[from].t === 'marina') && !BERTH_WORD.test(m[0])) return null;
      const kind = context(s);
      if (kind === 'org') return null;
      if (!HARBOUR.test(m[0]) && !DWELLING.test(norm.slice(Math.max(0, s - 120), s))) return null;
      if (kind === 'none' && !DWELLING.test(norm.slice(Math.max(0, s - 120), s))) return null;
      const t = tokenFrom(doc, s + m[0].length);
      const te = nameEnd(doc, t, false, 5);
      if (te <= t) return null;
      return { s, e: toks[te - 1].e, confidence: 'medium', labelS: s };
    };

    // context: the nearest anchor before the address, in the same sentence
    const context = (s: number): 'person' | 'near' | 'org' | 'none' => {
      let from = Math.max(0, s - 120);
      const nl = norm.lastIndexOf('\n', s - 1);
      if (nl >= from) from = nl + 1;
      let win = norm.slice(from, s);
      // sentence end: ". " unless after an abbreviation ("Adr. :", "M. Roux", "bd. ")
      let dot = win.lastIndexOf('. ');
      // nor the end of a form's leader between a label and its value (« Adresse .......... 2 bis chemin… »): four dots or more,
      // or three before a column bar
      while (dot > 0 && (/(?:^|[^a-z])[a-z]{1,4}$/.test(win.slice(Math.max(0, dot - 6), dot)) || /\.{3}$/.test(win.slice(Math.max(0, dot - 3), dot)) || (/\.\.$/.test(win.slice(Math.max(0, dot - 2), dot)) && /^\. *\|/.test(win.slice(dot, dot + 4))))) dot = win.lastIndexOf('. ', dot - 1);
      const stop = Math.max(dot, win.lastIndexOf('; '), win.lastIndexOf('! '), win.lastIndexOf('? '));
      // a contact list cut by semicolons after its label: « Coordonnées mises à jour : 06… ; n.x@sfr.fr ; La Croix Blanche, 4 route… »
      const listed = stop >= 0 && stop === win.lastIndexOf('; ') && CONTACT_LIST.test(win.slice(0, stop + 1)) && ORG_ANCHOR.last(win) < 0;
      if (stop >= 0) { win = win.slice(stop + 2); from += stop + 2; }
      const pro = PRO_SETS_UP.exec(win);
      if (pro && !NOT_PRO.has(pro[1])) return 'org';
      let person = PERSON_ANCHOR.last(win);
      // « la loge du gardien se trouve au 3 rue… »: the noun « loge » (a lodge, a dressing room) is a place, no anchor;
      // an anchor before it still counts (« il vit dans la loge du gardien, 3 rue… »)
      if (person >= 4 && win.slice(person - 4, person) === 'loge' && /(?:^|\s)(?:la|une|sa|leur|des)\s+$/.test(win.slice(Math.max(0, person - 12), person - 4))) {
        person = PERSON_ANCHOR.last(win.slice(0, person - 4));
      }
      let org = ORG_ANCHOR.last(win);
      // « elle occupe la chambre 214 de l'hôtel Le Méridional, 42 rue… »: a numbered room of a hotel is the person's lodging
      // (emergency shelter), unless a job or an appointment word comes before
      if (org >= 5 && win.slice(org - 5, org) === 'hotel') {
        const before = win.slice(0, org - 5);
        if (HOTEL_ROOM.test(before) && ORG_ANCHOR.last(before) < 0) { person = Math.max(person, org); org = -1; }
      }
      // « chez Transports Martin, 14 rue… »: chez + a capitalised name is a company
      for (const m of win.matchAll(/(?:^|[^a-z])chez\s+/g)) {
        const t = tokenFrom(doc, from + m.index! + m[0].length);
        if (doc.tokens[t] && doc.isCapitalized(t) && !TITLES.has(doc.tokens[t].t)) org = Math.max(org, m.index! + m[0].length + 1);
      }
      // « le courrier de l'organisme de recouvrement, dont l'adresse est 18 avenue… »: a relative « dont » gives the
      // address to the noun before it — an organisation's (or a creditor's, an office's) address is no personal data
      if (person >= 0) {
        const dont = DONT_ADDRESS.exec(win);
        if (dont && dont.index + dont[0].length >= person) {
          const noun = win.slice(Math.max(0, dont.index - 45), dont.index);
          // « chez son frère, agent de service, dont l'adresse… »: an apposition about a relative gives the address to them
          if ((ORG_ANCHOR.test(noun) || ADDRESS_OWNER_ORG.test(noun)) && !KIN_APPOSITION.test(win.slice(Math.max(0, dont.index - 80), dont.index))) return 'org';
        }
      }
      // « la convocation doit partir au 4 allée… », « convocation envoyée au 12 rue… »: a summons is sent to the person's
      // home; « convoqué au 3 rue… » stays the place of the appointment
      if (org >= person && /convocation$/.test(win.slice(0, org)) && SENT_TO.test(win)) return person >= 0 ? 'person' : 'near';
      // « Adresse pour l'envoi de la convocation : 4 rue… », « adresse où recevoir ses convocations : … »: the summons is
      // the letter sent there, after a residence or postal-address word
      if (org >= person && person >= 0 && SUMMONS_SENT.test(win.slice(0, org)) && ORG_ANCHOR.last(win.slice(0, org).replace(/convocations?$/, '')) < person) return 'person';
      if (person < 0 && org < 0) return listed ? 'person' : 'none';
      if (org >= 0 && org < person && ORG_MOVES.test(win.slice(org, person))) return 'org';
      // « le bureau du CHRS, 40 rue… »: the housing structure names whose office it is, not where the person lives
      if (org >= 0 && org < person && OFFICE_OF.test(win.slice(0, person).replace(/[\p{L}'’-]+$/u, ''))) {
        const rest = win.slice(person);
        if (!PERSON_ANCHOR.test(rest) && /^[^,;:]{0,25},\s*$/.test(rest)) return 'org';
      }
      // « il a déménagé pour se rapprocher de l'AFPA : 12 impasse… »: the organisation is a landmark of the new home
      if (org >= person && person >= 0 && MOVE.test(win.slice(0, person + 1)) && PROXIMITY.test(win.slice(0, org))) return 'person';
      // « il habite au-dessus de la fromagerie, 12 route… »: a shop right next to the home is its landmark
      if (org >= person && person >= 0 && LANDMARK_AFTER_HOME.test(win.slice(person, org))) return 'person';
      if (org >= person) return 'org';
      // a residence word right before the number also accepts a street name typed in lower case
      return win.length - person <= 30 ? 'near' : 'person';
    };

    /** A street number at `s` and its street type ending at `voieEnd`: the address, if its context is the person's. */
    const numbered = (s: number, voieEnd: number): void => {
      const ctxKind = context(s);
      if (ctxKind === 'org') return;
      const f = finish(s, voieEnd, ctxKind === 'near');
      if (!f) return;
      if (ctxKind === 'none') {
        // no anchor at all: only a full postal address (postcode) or one right after a person's name
        const hasCp = /(?<![\p{N}])\d{5}(?![\p{N}])/u.test(norm.slice(voieEnd, f.e));
        const prev = norm.slice(Math.max(0, f.s - 40), f.s);
        const afterName = /(?:^|[\s(])(?:m\.|mme|mlle|monsieur|madame)\s+[\p{L}.' -]{1,25},\s*$/u.test(prev);
        if (!hasCp && !afterName) return;
        // « Transports Martin, 14 rue… »: a capitalised name and a comma before is a company
        if (!afterName && /\p{L},\s*$/u.test(prev)) return;
        // « au CIBC (12 rue…) », « à l'AFPA, 3 avenue… »: a place named after « au, à la » owns the address that follows it
        if (!afterName && PLACE_BEFORE.test(prev)) return;
        // a signature or letterhead: the lines above name an organisation or a job title
        if (!afterName && orgAbove(norm, f.s)) return;
        f.confidence = 'low';
      }
      found.push(f);
    };
    /** House number after the street name (Belgium, Switzerland, Luxembourg): the run `r` is the number. */
    const numberAfterStreet = (r: { s: number; e: number }): void => {
      NUMBER_THEN_POSTCODE.lastIndex = r.e;
      let m = NUMBER_THEN_POSTCODE.exec(norm);
      let cp = true;
      if (!m) {
        // without a postcode only right after a capitalised street name (« avenue Louise 54 à Bruxelles »), under a residence word
        const t = tokenFrom(doc, r.s) - 1;
        if (t < 0 || doc.tokens[t].k !== Kind.Word || !doc.isCapitalized(t)) return;
        NUMBER_THEN_TOWN.lastIndex = r.e;
        m = NUMBER_THEN_TOWN.exec(norm);
        cp = false;
      }
      if (!m) return;
      const st = STREET_BEFORE.exec(norm.slice(Math.max(0, r.s - 60), r.s));
      if (!st) return;
      const s = r.s - st[0].length;
      if (found.some((x) => x.s < r.e && s < x.e)) return;
      const kind = context(s);
      if (kind === 'org' || (!cp && kind === 'none')) return;
      const t = tokenFrom(doc, r.e + m[0].length);
      if (!doc.tokens[t] || !doc.isCapitalized(t) || TITLES.has(doc.tokens[t].t)) return;
      const te = nameEnd(doc, t, false, 5);
      if (te <= t) return;
      let e = doc.tokens[te - 1].e;
      const cedex = /^\s+cedex(?:\s+\d{1,2})?(?![\p{L}\p{N}])/u.exec(norm.slice(e, e + 12));
      if (cedex) e += cedex[0].length;
      if (kind === 'none') {
        // no anchor: not a company's address (« Transports Martin, rue… ») nor a letterhead
        if (/\p{L},\s*$/u.test(norm.slice(Math.max(0, s - 40), s)) || orgAbove(norm, s)) return;
      }
      found.push({ s, e, confidence: kind === 'none' ? 'low' : 'high', labelS: s });
    };
    /** A British or Irish address at the number run `r` (see ENGLISH_STREET): every street-name word capitalised, a postcode. */
    const englishStreet = (r: { s: number; e: number }): boolean => {
      if (norm.charCodeAt(r.e) !== 32) return false;
      // most numbers are followed by a lower-case word (« 3 ans », « 12 mois »): no regex then
      const t0 = tokenFrom(doc, r.e + 1);
      if (!doc.tokens[t0] || doc.tokens[t0].s !== r.e + 1 || !doc.isCapitalized(t0)) return false;
      ENGLISH_STREET.lastIndex = r.e;
      const m = ENGLISH_STREET.exec(norm);
      if (!m) return false;
      for (let t = tokenFrom(doc, r.e + 1); doc.tokens[t] && doc.tokens[t].s < r.e + m[0].indexOf(m[1]) + m[1].length; t++) {
        if (doc.tokens[t].k === Kind.Word && !doc.isCapitalized(t)) return false;
      }
      const fl = ENGLISH_FLAT_BEFORE.exec(norm.slice(Math.max(0, r.s - 24), r.s));
      const s = fl ? r.s - fl[0].length + fl[0].search(/\p{L}/u) : r.s;
      const kind = context(s);
      if (kind === 'org') return true;
      if (kind === 'none' && (/\p{L},\s*$/u.test(norm.slice(Math.max(0, s - 40), s)) || orgAbove(norm, s))) return true;
      found.push({ s, e: r.e + m[0].length, confidence: kind === 'none' ? 'low' : 'high', labelS: s });
      return true;
    };
    /**
     * An address by kilometre point, as Polynesian islands write them: « PK 18,2 côté montagne, servitude Tehaamoana,
     * Vaitoa-Nui » — only under a residence word (a roadworks « PK 12 » is no one's home).
     */
    const kilometrePoint = (r: { s: number }): boolean => {
      const ps = r.s - (norm.startsWith('pk ', r.s - 3) ? 3 : norm.startsWith('p.k. ', r.s - 5) ? 5 : 0);
      if (ps === r.s || (ps > 0 && /[\p{L}\p{N}]/u.test(norm[ps - 1]))) return false;
      PK_SIDE.lastIndex = r.s;
      const m = PK_SIDE.exec(norm);
      if (!m) return false;
      const kind = context(ps);
      if (kind !== 'person' && kind !== 'near') return false;
      let e = r.s + m[0].length;
      // then a track and a district, or a postcode and a town: « , servitude Tehaamoana, Vaitoa-Nui », « , 98714 Papeete »
      for (let guard = 0; guard < 3; guard++) {
        const c = PK_PART.exec(norm.slice(e, e + 24));
        if (!c) break;
        const t = tokenFrom(doc, e + c[0].length);
        if (!doc.tokens[t] || !doc.isCapitalized(t) || TITLES.has(doc.tokens[t].t)) break;
        const te = nameEnd(doc, t, false, 4);
        if (te <= t) break;
        e = doc.tokens[te - 1].e;
      }
      found.push({ s: ps, e, confidence: 'medium', labelS: ps });
      return true;
    };
    for (const r of numberRuns(doc)) {
      if (r.groups.length === 2 && r.groups[1] <= 4 && norm.charCodeAt(r.e - r.groups[1] - 1) === 32 && FLAT_BEFORE.test(norm.slice(Math.max(0, r.s - 14), r.s))) {
        const ls = r.e - r.groups[1];
        NUMBERED.lastIndex = ls;
        const m = NUMBERED.exec(norm);
        if (m) { numbered(ls, ls + m[0].length); continue; }
      }
      if (r.groups[0] <= 3 && kilometrePoint(r)) continue;
      if (r.groups[0] > 4 || (r.s > 0 && /[\p{L}_]/u.test(norm[r.s - 1]))) continue;
      NUMBERED.lastIndex = r.s;
      const m = NUMBERED.exec(norm);
      if (m) numbered(r.s, r.s + m[0].length);
      else if (r.groups.length === 1 && norm.charCodeAt(r.s - 1) === 32) { if (!englishStreet(r)) numberAfterStreet(r); }
      // a house number and a flat after a slash, read as pairs: « Marszałkowska 84/12, 00-514 Warszawa »
      else if (r.groups.length === 2 && norm.charCodeAt(r.s + r.groups[0]) === 47 && norm.charCodeAt(r.s - 1) === 32) numberAfterStreet({ s: r.s, e: r.s + r.groups[0] });
    }
    // a street number dictated in words: « habite au quarante-deux rue des Cordiers », « au dix-sept allée Pierre-Loti »
    for (const hit of ctx.hits) {
      if (hit.entry.tag !== 'voie') continue;
      const k = hit.from;
      const toks = doc.tokens;
      const sn = toks[k].sn;
      // « bis », « ter » between the number and the street type
      const j = k - 1 >= 0 && /^(?:bis|ter|quater)$/.test(toks[k - 1].t) ? k - 1 : k;
      if (!isNumberWord(toks[j - 1]?.t) || toks[j - 1].sn !== sn) continue;
      let st = j - 1;
      while (st > 0 && toks[st - 1].sn === sn && (isNumberWord(toks[st - 1].t) || toks[st - 1].t === 'et') && j - st < 8) st--;
      const w = (q: number) => (q < j && toks[q].k === Kind.Word ? toks[q].t : undefined);
      // the longest number that ends right before the street type
      let from = -1;
      for (let q = st; q < j && from < 0; q++) {
        const n = readNumber(w, q);
        if (n && n.next === j) from = q;
      }
      if (from < 0) continue;
      const n = readNumber(w, from)!;
      // « une rue calme », « un chemin »: an article, not a number
      if (n.value < 1 || n.value > 9999 || (n.next - from === 1 && (toks[from].t === 'un' || toks[from].t === 'une'))) continue;
      const s = toks[from].s;
      if (found.some((x) => x.s <= s && s < x.e)) continue;
      let e = toks[k].e;
      if (doc.norm[e] === '.') e++;
      numbered(s, e);
    }
    // places without a street number, and postal boxes
    for (const hit of ctx.hits) {
      if (!hit.entry.tag || hit.entry.tag === 'voie') continue;
      const f = hit.entry.tag === 'lieu' ? namedPlace(hit.from, hit.to) : hit.entry.tag === 'berth' ? berth(hit.from) : postalBox(hit.from, hit.to);
      if (!f || found.some((x) => x.s < f.e && f.s < x.e)) continue;
      found.push(f);
    }
    // residence verbs come from the engine's single lexicon pass
    for (const hit of ctx.hits) {
      if (hit.entry.tag) continue;
      BARE.lastIndex = doc.tokens[hit.from].s;
      const m = BARE.exec(norm);
      if (!m) continue;
      const vs = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[1])).length;
      const f = finish(vs, m.index + m[0].length, false);
      if (!f || found.some((x) => x.s < f.e && f.s < x.e)) continue;
      f.confidence = 'medium';
      found.push(f);
    }

    for (const f of found) {
      // two readings of one address (« …, appartement 6, résidence Les Tilleuls, 58000 Nevers » by its street and by its
      // residence): the longer one is reported
      if (found.length > 1 && found.some((x) => x !== f && x.s < f.e && f.s < x.e && (x.e - x.s > f.e - f.s || (x.e - x.s === f.e - f.s && x.s < f.s)))) continue;
      if (ORG_AFTER.test(norm.slice(f.e, f.e + 50)) || PUBLIC_AFTER.test(norm.slice(f.e, f.e + 50)) || SWITCHBOARD_AFTER.test(norm.slice(f.e, f.e + 40))) continue;
      const [start, end] = doc.orig(f.s, f.e);
      ctx.report({ start, end, messageId: 'address', confidence: f.confidence, fixes: addressFixes(doc, text, f.s, start, end) });
    }
  },
});

/** « au 12 rue… » → « à l'adresse enregistrée dans le dossier »; « chez sa mère, 15 rue… » → « chez sa mère ». */
function addressFixes(doc: Doc, text: string, s: number, start: number, end: number) {
  const fixes = [];
  const before = doc.norm.slice(Math.max(0, s - 24), s);
  const au = /(?:^|\s)(au|a la|a l'|dans la|dans le|dans l'|la|l'|a l'adresse|a l'adresse suivante\s*:)\s*$/.exec(before);
  if (au) {
    const ps = doc.orig(s - au[0].length + (au[0].startsWith(' ') ? 1 : 0), s)[0];
    fixes.push(replaceFix(ps, end, "à l'adresse enregistrée dans le dossier"));
  } else if (/,\s*$/.test(text.slice(Math.max(0, start - 8), start)) && !/^\s*,/.test(text.slice(end, end + 8))) {
    const cs = Math.max(0, start - 8) + text.slice(Math.max(0, start - 8), start).search(/\s*,\s*$/);
    fixes.push(replaceFix(cs, end, '', "Retirer l'adresse"));
  } else if (/:\s*$/.test(text.slice(Math.max(0, start - 8), start))) {
    fixes.push(replaceFix(start, end, 'voir le dossier administratif', 'Renvoyer au dossier administratif'));
  } else {
    fixes.push(replaceFix(start, end, "à l'adresse enregistrée dans le dossier"));
  }
  fixes.push(removalFix(text, start, end, "Retirer l'adresse"));
  return fixes;
}
