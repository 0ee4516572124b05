/**
 * Lexicon of the `syndicat` rule: union words, union names and acronyms, mandates that reveal a
 * union membership. TAXONOMY.md §3.1 `syndicat`.
 *
 * "adhérent" is deliberately absent: it is the domain noun for the accompanied person, and it
 * reveals a union membership only before a union name ("adhérent FO"), which the rule finds from
 * the name. "syndic" (de copropriété) is a different word and never matches.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';

type Spec = string | [string, string[]];
const entries = (tag: string, list: Spec[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  list.map((s) => (typeof s === 'string' ? { lemma: s, tag, ...extra } : { lemma: s[0], forms: s[1], tag, ...extra }));

/** Union names that are unambiguous in capitals (or in full). */
const UNIONS = entries('union', [
  'CGT', 'CFDT', 'CFTC', 'UNSA', 'FSU', 'CFE-CGC', 'CFE CGC', 'SNES', 'SNES-FSU', 'SGEN', 'SGEN-CFDT', 'CGT-FO',
  'UGICT', 'UFICT', 'SNALC', 'UNEF', 'SNESUP', 'SNUTER', 'SNPTES', 'SUD-Rail', 'CGT-Cheminots', 'SNUipp',
  // farmers' unions
  'FNSEA', 'FDSEA', 'MODEF', 'CDJA',
  // students' and pupils' unions
  'FAGE', 'FIDL', 'UNL', 'MNL',
  // teachers', civil servants', journalists', police officers' unions
  'SE-UNSA', 'SNEP', 'SNEP-FSU', 'SNUEP', 'SNUEP-FSU', 'SNUDI', 'SNUDI-FO', 'SNFOLC', 'SNETAA', 'SNPDEN', 'SNICS', 'SNUAS-FP',
  'FGA-CFDT', 'FGTA-FO', 'FNAF-CGT', 'FGMM-CFDT', 'FTM-CGT', 'FNIC-CGT', 'FCE-CFDT', 'FEC-FO', 'FNAS-FO', 'FO Métaux',
  'SNPES', 'SNPES-PJJ', 'FNEC-FP-FO', 'SNJ', 'SNJ-CGT', 'SNPL', 'FGAAC', 'CNT-SO', 'SUD-PTT', 'UNSA-Police', 'FNME-CGT',
  // overseas and regional confederations (Réunion, Guadeloupe, Martinique, Guyane, Mayotte, New Caledonia, Polynesia)
  'CGTR', 'CGTG', 'CGTM', 'CGT-FO-R', 'UGTG', 'UTC-UGTG', 'UGTM', 'CSTM', 'CDMT', 'CFTU', 'USTKE', 'USOENC', 'CSTNC', 'COGETRA',
  'CSTP-FO', 'CSIP', 'CISMA', 'CGT-Ma', 'CGTR-Réunion', 'CFDT-Réunion', 'FO-Réunion', 'UNSA-Réunion', 'CFTC-Réunion', 'SAIPER',
  'FSU-Réunion', 'SNUipp-Réunion', 'UTG-Éclaireur',
  // unions of neighbouring and other countries, for cross-border workers and people who worked abroad: Belgium, Luxembourg,
  // Switzerland, Spain, Portugal, Italy, Germany, Austria, the Netherlands, the United Kingdom, Québec, the Maghreb, West Africa, Turkey
  'FGTB', 'ABVV', 'CGSLB', 'ACLVB', 'SETCA', 'CGSP', 'OGBL', 'LCGB', 'CGFP', 'ALEBA', 'CCOO', 'CC.OO', 'CSIF', 'CGTP', 'CGTP-IN', 'CGIL',
  'CISL', 'DGB', 'ÖGB', 'FNV', 'UNISON', 'CSN', 'FTQ', 'AFL-CIO', 'SEIU', 'UGTT', 'UGTA', 'SNAPAP', 'UGTCI', 'UNSAS', 'CNTS',
  'UNTM', 'UNTC', 'CSTBF', 'CGT-B', 'USTN', 'CNTG', 'USTG', 'KESK', 'CNSLR', 'FISEMA', 'SEKRIMA', 'CTSP',
  // Ireland and the United Kingdom, Scandinavia, Central Europe: "carte SIPTU", "membre d'Unite the Union"
  'SIPTU', 'ICTU', 'INMO', 'USDAW', 'UCU', 'RMT', 'CWU', 'ASLEF', 'FBU', 'NASUWT', 'LO-Norge', 'OPZZ', 'ČMKOS', 'MSZOSZ', 'FNSZ',
  // unions of one trade: professional sport (footballers, coaches, rugby and handball players), video games, live performance and
  // cinema, authors, airline crews, pilots and controllers, journalists, nurses and hospital doctors, interns, teachers of agricultural
  // and private schools, university staff, prison officers, firefighters, foresters, labour inspectors, local government
  'UNFP', 'UNECATEF', 'AJPH', 'STJV', 'SNAM', 'SNAM-CGT', 'SFA-CGT', 'SPIAC', 'SPIAC-CGT', 'SNTPCT', 'SYNPTAC', 'SNAPAC', 'SNAPAC-CFDT',
  'SNLA', 'SNAP-CGT', 'SNPNC', 'SNPNC-FO', 'UNAC', 'SNPNAC', 'SPAF', 'SNCTA', 'SNMSAC', 'USAC-CGT', 'SGJ-FO', 'SNPI', 'SNPI-CFE-CGC',
  'AMUF', 'SNPHAR', 'SNPHAR-E', 'ISNI', 'ISNAR-IMG', 'ISNAR', 'INPH', 'SNETAP', 'SNETAP-FSU', 'SPELC', 'SNEC-CFTC', 'FEP-CFDT', 'SNPEFP',
  'SNPEFP-CGT', 'SNASUB', 'SNASUB-FSU', 'SNIES', 'SNCL', 'UFAP', 'UFAP-UNSA', 'SNP-FO', 'SNSPP', 'SNSPP-PATS', 'SNUPFEN', 'SNUTEFI',
  'SNUCLIAS', 'SNUITAM', 'SYNTEF', 'SNUTER-FSU', 'SNJ-FO', 'SUD-Santé', 'SUD-Éducation', 'SUD-Poste', 'SUD-Aérien', 'SUD-Chimie',
  'SNAC', 'SMPS',
  // players' unions of other professional sports: cycling, basketball, tennis
  'UNCP', 'SNBP', 'PTPA',
  // unions of road haulage, coaches, taxis, ports, urban transport and security (the employers' FNTR, OTRE, TLF, FNTV are not unions)
  'FNCR', 'FNST', 'FNST-CGT', 'FGTE', 'FGTE-CFDT', 'FNPD', 'FNPD-CGT', 'CGT-RATP', 'FO-RATP', 'UNSA-RATP', 'SAT-RATP', 'CGT-Transports',
  'FO-Transports', 'UNCP-FO', 'CFTC-Transports', 'UNSA-Transports', 'SUD-Transports', 'CGT-Taxis', 'UNSA-VTC', 'FO-Propreté', 'CGT-Propreté',
  'SNEPS', 'CGT-Sécurité', 'FO-Sécurité',
  // unions of banking, insurance and retail staff
  'SNB-CFE-CGC', 'FSPBA', 'FSPBA-CGT', 'SNABF', 'FBA-CFDT', 'FNECS', 'FNECS-CFE-CGC', 'SECI-UNSA', 'FO-Banques', 'CGT-Commerce', 'FO-Commerce',
], { upper: true });
/** Union names made of ordinary words: a union only with a capital ("la Coordination rurale", not "la coordination rurale des soins"). */
const NAMED_UNIONS = entries('union-nom', [
  'Coordination rurale', 'Jeunes Agriculteurs', 'Confédération paysanne', 'Tech XV', 'Alliance Police nationale', 'Unité SGP Police',
  'SGP Police', 'UNSA Police', 'UNSA Éducation', 'Union étudiante', 'Union syndicale lycéenne', 'Sud Étudiant',
  // nurses', doctors' and other professional unions named with ordinary words
  'Coordination nationale infirmière', 'Coordination nationale des infirmières', 'Convergence infirmière', 'Syndicat national des professionnels infirmiers',
  'Jeunes Médecins', 'Médecins pour demain', 'Avenir Hospitalier', 'Action Praticiens Hôpital', 'Samu-Urgences de France', 'Union syndicale Solidaires',
  'Collectif Inter-Urgences', 'Collectif Inter-Hôpitaux', 'Coordination nationale des intermittents',
]);
/**
 * Sector unions named by ordinary words or written in mixed case (police "Alliance", "Unité SGP";
 * teachers "Snes", "SE-Unsa"…): a union only with a capital and a membership word right before
 * ("adhérent d'Alliance", "syndiquée au Snuipp"), so "l'Alliance française" stays silent.
 */
const MEMBER_UNIONS = entries('union-membre', [
  'Alliance', 'Unité SGP', 'Unité SGP-FO', 'Unité', 'Synergie Officiers', 'Synergie-Officiers', 'SCSI', 'Alternative Police', 'France Police',
  'Snes', 'Snes-FSU', 'Snuipp', 'Snuipp-FSU', 'SE-Unsa', 'Se-Unsa', 'Unsa', 'Sgen', 'Sgen-CFDT', 'Snalc', 'Snep', 'Snuep', 'Snudi-FO',
  'Sud-Rail', 'Sud Rail', 'Unsa-Ferroviaire', 'Unsa Ferroviaire', 'Sud Éducation', 'Sud Santé', 'Sud PTT', 'Sud Poste',
  // trade unions written as words: rugby players, video-game workers, magistrates
  'Provale', 'Stjv', 'Unfp', 'Snj', 'Snpl', 'Unité Magistrats', 'Snpnc',
  // foreign unions written as words: Switzerland (Unia, also the Belgian equality body; Syna), Canada, Belgium
  // CSQ (Québec) is also a nuclear quality certificate ("habilitation RP2 et CSQ à jour")
  'Unia', 'Syna', 'Unifor', 'Setca', 'Cgsp', 'CSQ',
  // trade federations of the confederations, written without their confederation ("a adhéré à la FGA", "syndiqué à la FNAF")
  // (not FTM alone: a foyer de travailleurs migrants, "le responsable du FTM")
  'FGA', 'FGTA', 'FNAF', 'FGMM', 'FNIC', 'FCE', 'FEC', 'FNAS', 'FNTE',
]);
/** "Sud" written like the region: a union only right after a union word ("élue sur une liste Sud"). */
const SUD_MIXED = entries('union-sud', ['Sud', 'Solidaires étudiant-e-s', 'syndicat étudiant', 'syndicats étudiants']);
const UNION_NAMES = entries('union', [
  'SNUipp', 'SNUipp-FSU', 'Force ouvrière', 'Confédération générale du travail', 'Confédération française démocratique du travail',
  'Confédération française des travailleurs chrétiens', 'Union syndicale Solidaires',
  'Sud-Rail', 'Sud Rail', 'Sud Santé', 'SUD Santé Sociaux', 'Sud PTT', 'Sud Éducation', 'Sud Solidaires', 'Sud Industrie',
  'Sud Commerces', 'Sud Aérien', 'Sud Chimie', 'Sud Travail', 'Sud Collectivités territoriales', 'Sud Poste', 'Sud Énergie',
  // foreign confederations in full
  'Fédération générale du travail de Belgique', 'Confédération des syndicats chrétiens', 'Centrale générale des syndicats libéraux de Belgique',
  'Comisiones Obreras', 'Commissions ouvrières', 'Unión General de Trabajadores', 'Union générale des travailleurs',
  'Confederação Geral dos Trabalhadores Portugueses', 'Unite the Union', 'Trades Union Congress', 'Fórsa', 'ELA-STV', 'Langile Abertzaleen Batzordeak',
  'Confédération générale des travailleurs portugais', 'Fédération des syndicats néerlandais', 'Confédération allemande des syndicats', 'IG Metall', 'IG BCE', 'ver.di', 'Union syndicale suisse', 'Travail.Suisse',
  'Union générale tunisienne du travail', 'Union marocaine du travail', 'Union générale des travailleurs algériens',
  'Confédération des syndicats nationaux', 'Fédération des travailleurs du Québec', 'Solidarność', 'Solidarnosc', 'Histadrout',
  'Confederazione Generale Italiana del Lavoro', 'Deutscher Gewerkschaftsbund', 'Teamsters',
  // professional sport in full: footballers (and their world federation), cyclists, basketball players
  'FIFPro', 'Union nationale des footballeurs professionnels', 'Union nationale des cyclistes professionnels',
  'Syndicat national des basketteurs professionnels', 'Syndicat national des basketteurs',
]);
/**
 * "représentant des coureurs à l'UNCP", "délégué des joueurs au SNBP": a representative of a group of workers to a union
 * named by its acronym. The rule reports it with a known union, or with an acronym of a national union ("SN…", "SYN…").
 */
const REPRESENTATIVES = entries('rep-des', [
  ['représentant des', ['représentante des', 'représentants des', 'représentantes des', 'délégué des', 'déléguée des', 'délégués des',
    'déléguées des', 'élu des', 'élue des', 'porte-parole des']],
]);
/** Union acronyms that are also ordinary words or abbreviations: need a union word nearby. */
const SOFT_UNIONS = [
  ...entries('union-contexte', ['FO', 'SUD', 'CNT', 'CGC', 'SOLIDAIRES', 'JA', 'UNI'], { upper: true }),
  // short regional acronyms that also stand for other things: Guyane (UTG), Corsica (STC), Basque Country (LAB, ELA), Guadeloupe (CTU, SPEG)
  ...entries('union-contexte', ['UTG', 'STC', 'LAB', 'ELA', 'CTU', 'SPEG'], { upper: true }),
  // foreign acronyms that also stand for other things: they need a membership word or a union word nearby
  ...entries('union-contexte', ['CSC', 'ACV', 'CNE', 'UGT', 'USO', 'UIL', 'USB', 'COBAS', 'CDT', 'UMT', 'CSA', 'SSP', 'USS', 'SIT', 'SEV', 'GEW',
    'EVG', 'NGG', 'CNV', 'TUC', 'GMB', 'CUT', 'BNS', 'CSD', 'FIQ', 'DISK', 'CTH', 'USLC', 'CSTC'], { upper: true }),
  // the bank staff's union ("adhérente au SNB"): also a Swiss bank's initials, so a membership word or a union word must be near
  ...entries('union-contexte', ['SNB'], { upper: true }),
  // "Solidaires" is usually written with one capital; the rule wants that capital ("élue Solidaires", not "ils sont solidaires")
  ...entries('union-contexte', ['Solidaires']),
];

/** The union words themselves. */
const WORDS: LexiconEntry[] = [
  ...entries('syndical', ['syndical', 'syndicale', 'syndicaux', 'syndicales']),
  ...entries('syndique', ['syndiqué', 'syndiquée', 'syndiqués', 'syndiquées', 'non syndiqué', 'non syndiquée', 'non-syndiqué', 'non-syndiquée']),
  ...entries('syndicat', ['syndicat', 'syndicats']),
  ...entries('syndicaliste', ['syndicaliste', 'syndicalistes', 'syndicalisme', 'intersyndicale', 'syndicalement', 'syndicaliser', 'syndicalisé', 'syndicalisée']),
  // members named after their union ("militant cégétiste")
  ...entries('direct', [
    ['cégétiste', ['cégétistes', 'cédétiste', 'cédétistes', 'FOiste', 'FOistes', 'sudiste syndical', 'cfdtiste']],
    ['adhésion syndicale', ['adhésions syndicales', 'carte syndicale', 'cotisation syndicale', 'cotisations syndicales', 'prime syndicale']],
  ]),
  // leading a strike is a collective labour action of the person: "a animé le mouvement de grève", "meneur de la grève"
  ...entries('direct', [
    ['meneur de grève', ['meneuse de grève', 'meneurs de grève', 'meneur de la grève', 'meneuse de la grève', 'leader de la grève', 'leader du mouvement de grève',
      'porte-parole des grévistes', 'membre du comité de grève', 'à la tête de la grève', 'à la tête du mouvement de grève',
      'animé la grève', 'animé le mouvement de grève', 'animé la mobilisation', 'animé le piquet de grève', 'animé les grévistes', 'animé une grève', 'animé un mouvement de grève', 'animé le comité de grève', 'anime la grève', 'anime le mouvement de grève', 'anime la mobilisation', 'anime le piquet de grève', 'anime les grévistes', 'anime une grève', 'anime un mouvement de grève', 'anime le comité de grève', 'animait la grève', 'animait le mouvement de grève', 'animait la mobilisation', 'animait le piquet de grève', 'animait les grévistes', 'animait une grève', 'animait un mouvement de grève', 'animait le comité de grève', 'mené la grève', 'mené le mouvement de grève', 'mené la mobilisation', 'mené le piquet de grève', 'mené les grévistes', 'mené une grève', 'mené un mouvement de grève', 'mené le comité de grève', 'mène la grève', 'mène le mouvement de grève', 'mène la mobilisation', 'mène le piquet de grève', 'mène les grévistes', 'mène une grève', 'mène un mouvement de grève', 'mène le comité de grève', 'menait la grève', 'menait le mouvement de grève', 'menait la mobilisation', 'menait le piquet de grève', 'menait les grévistes', 'menait une grève', 'menait un mouvement de grève', 'menait le comité de grève', 'organisé la grève', 'organisé le mouvement de grève', 'organisé la mobilisation', 'organisé le piquet de grève', 'organisé les grévistes', 'organisé une grève', 'organisé un mouvement de grève', 'organisé le comité de grève', 'organise la grève', 'organise le mouvement de grève', 'organise la mobilisation', 'organise le piquet de grève', 'organise les grévistes', 'organise une grève', 'organise un mouvement de grève', 'organise le comité de grève', 'organisait la grève', 'organisait le mouvement de grève', 'organisait la mobilisation', 'organisait le piquet de grève', 'organisait les grévistes', 'organisait une grève', 'organisait un mouvement de grève', 'organisait le comité de grève', 'dirigé la grève', 'dirigé le mouvement de grève', 'dirigé la mobilisation', 'dirigé le piquet de grève', 'dirigé les grévistes', 'dirigé une grève', 'dirigé un mouvement de grève', 'dirigé le comité de grève', 'dirigeait la grève', 'dirigeait le mouvement de grève', 'dirigeait la mobilisation', 'dirigeait le piquet de grève', 'dirigeait les grévistes', 'dirigeait une grève', 'dirigeait un mouvement de grève', 'dirigeait le comité de grève', 'lancé la grève', 'lancé le mouvement de grève', 'lancé la mobilisation', 'lancé le piquet de grève', 'lancé les grévistes', 'lancé une grève', 'lancé un mouvement de grève', 'lancé le comité de grève', 'lançait la grève', 'lançait le mouvement de grève', 'lançait la mobilisation', 'lançait le piquet de grève', 'lançait les grévistes', 'lançait une grève', 'lançait un mouvement de grève', 'lançait le comité de grève', 'coordonné la grève', 'coordonné le mouvement de grève', 'coordonné la mobilisation', 'coordonné le piquet de grève', 'coordonné les grévistes', 'coordonné une grève', 'coordonné un mouvement de grève', 'coordonné le comité de grève', 'coordonnait la grève', 'coordonnait le mouvement de grève', 'coordonnait la mobilisation', 'coordonnait le piquet de grève', 'coordonnait les grévistes', 'coordonnait une grève', 'coordonnait un mouvement de grève', 'coordonnait le comité de grève']],
  ]),
  ...entries('direct', [
    ['heures de délégation', ['heure de délégation', "crédit d'heures de délégation"]],
    ['conseiller du salarié', ['conseillère du salarié', 'conseillers du salarié']],
    ['salarié protégé', ['salariée protégée', 'statut de salarié protégé', 'statut de salariée protégée']],
    // a labour-court judge on the employees' side sits on a union's proposal: "conseillère prud'homme", "mandat de conseiller prud'homme"
    ["conseiller prud'homal", ["conseillère prud'homale", "conseillers prud'homaux", "conseillères prud'homales", "mandat prud'homal", "mandats prud'homaux",
      "conseiller prud'homme", "conseillère prud'homme", "conseillers prud'hommes", "conseillères prud'hommes", "conseiller prud'hommes", "conseillère prud'hommes",
      "conseiller aux prud'hommes", "conseillère aux prud'hommes", "juge prud'homal", "juge prud'homale", "juges prud'homaux", "juge prud'homme",
      "juge aux prud'hommes", "mandat de conseiller prud'homme", "mandat de conseillère prud'homme", "mandat de conseiller prud'homal", "mandat de conseillère prud'homale",
      "mandat aux prud'hommes", "siège aux prud'hommes", "siégé aux prud'hommes", "siégeait aux prud'hommes", "siéger aux prud'hommes"]],
    // union training leave and strike funds: "congé de formation économique et sociale", "cotise à la caisse de grève"
    ['congé de formation économique et sociale', ['congé de formation économique, sociale et syndicale', 'congé de formation économique sociale et syndicale',
      'congé de formation économique, sociale, environnementale et syndicale', 'congés de formation économique et sociale', 'congé de formation syndicale', 'CFESS', 'CFESES',
      'caisse de grève', 'caisses de grève', 'caisse de solidarité des grévistes']],
    // leafleting or posting for a union named after: "tracte pour la CNT", "distribue des tracts pour SUD"
    ['tracte pour la CGT', ['tracte', 'tractait', 'tracté', 'tracter', 'distribue des tracts', 'distribuait des tracts', 'distribué des tracts', 'colle des affiches', 'collait des affiches']
      .flatMap((v) => ['CGT', 'CFDT', 'FO', 'CNT', 'SUD', 'Solidaires', 'CFTC', 'UNSA', 'FSU', 'CFE-CGC'].flatMap((u) => [`${v} pour la ${u}`, `${v} pour ${u}`, `${v} pour le syndicat`]))],
  ]),
  // membership stated with « y » about a union named just before: "La CGT l'a accompagné : il y adhère"
  ...entries('y-adhere', ['y adhère', 'y adhèrent', 'y adhérait', 'y adhéraient', 'y a adhéré', 'y avait adhéré', 'y adhérer', 'y est adhérent',
    'y est adhérente', 'y est syndiqué', 'y est syndiquée', 'y milite', 'y militait', 'y a milité', 'y cotise', 'y cotisait', 'y est encarté',
    'y est encartée', 'y est militant', 'y est militante', 'y est déléguée', 'y est délégué', 'y a été délégué', 'y a été déléguée', 'y a sa carte']),
  // "DS" (délégué syndical) and "RSS" (représentant de section syndicale) are also other abbreviations
  ...entries('sigle-contexte', ['DS', 'RSS', 'RS', 'DSC'], { upper: true }),
];

export const SYNDICAT_LEXICON: LexiconEntry[] = [...UNIONS, ...UNION_NAMES, ...NAMED_UNIONS, ...SOFT_UNIONS, ...WORDS, ...SUD_MIXED, ...MEMBER_UNIONS, ...REPRESENTATIVES];
