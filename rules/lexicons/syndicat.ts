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
  'SNPES', 'SNPES-PJJ', 'FNEC-FP-FO', 'SNJ', 'SNJ-CGT', 'SNPL', 'FGAAC', 'CNT-SO', 'SUD-PTT', 'UNSA-Police', 'FNME-CGT',
  // overseas and regional confederations (Réunion, Guadeloupe, Martinique, Guyane, Mayotte, New Caledonia, Polynesia)
  'CGTR', 'CGTG', 'CGTM', 'CGT-FO-R', 'UGTG', 'UTC-UGTG', 'UGTM', 'CSTM', 'CDMT', 'CFTU', 'USTKE', 'USOENC', 'CSTNC', 'COGETRA',
  'CSTP-FO', 'CSIP', 'CISMA', 'CGT-Ma', 'CGTR-Réunion', 'CFDT-Réunion', 'FO-Réunion', 'UNSA-Réunion', 'CFTC-Réunion', 'SAIPER',
  'FSU-Réunion', 'SNUipp-Réunion', 'UTG-Éclaireur',
  // unions of neighbouring and other countries, for cross-border workers and people who worked abroad: Belgium, Luxembourg,
  // Switzerland, Spain, Portugal, Italy, Germany, Austria, the Netherlands, the United Kingdom, Québec, the Maghreb, West Africa, Turkey
  'FGTB', 'ABVV', 'CGSLB', 'ACLVB', 'SETCA', 'CGSP', 'OGBL', 'LCGB', 'CGFP', 'ALEBA', 'CCOO', 'CC.OO', 'CSIF', 'CGTP', 'CGTP-IN', 'CGIL',
  'CISL', 'DGB', 'ÖGB', 'FNV', 'UNISON', 'CSN', 'FTQ', 'CSQ', 'AFL-CIO', 'SEIU', 'UGTT', 'UGTA', 'SNAPAP', 'UGTCI', 'UNSAS', 'CNTS',
  'UNTM', 'UNTC', 'CSTBF', 'CGT-B', 'USTN', 'CNTG', 'USTG', 'KESK', 'CNSLR', 'FISEMA', 'SEKRIMA', 'CTSP',
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
], { upper: true });
/** Union names made of ordinary words: a union only with a capital ("la Coordination rurale", not "la coordination rurale des soins"). */
const NAMED_UNIONS = entries('union-nom', [
  'Coordination rurale', 'Jeunes Agriculteurs', 'Confédération paysanne', 'Tech XV', 'Alliance Police nationale', 'Unité SGP Police',
  'SGP Police', 'UNSA Police', 'UNSA Éducation', 'Union étudiante', 'Union syndicale lycéenne', 'Sud Étudiant',
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
  'Unia', 'Syna', 'Unifor', 'Setca', 'Cgsp',
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
  'Comisiones Obreras', 'Unión General de Trabajadores', 'IG Metall', 'IG BCE', 'ver.di', 'Union syndicale suisse', 'Travail.Suisse',
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
  ...entries('direct', [
    ['heures de délégation', ['heure de délégation', "crédit d'heures de délégation"]],
    ['conseiller du salarié', ['conseillère du salarié', 'conseillers du salarié']],
    ['salarié protégé', ['salariée protégée', 'statut de salarié protégé', 'statut de salariée protégée']],
    ["conseiller prud'homal", ["conseillère prud'homale", "conseillers prud'homaux", "mandat prud'homal"]],
  ]),
  // membership stated with « y » about a union named just before: "La CGT l'a accompagné : il y adhère"
  ...entries('y-adhere', ['y adhère', 'y adhèrent', 'y adhérait', 'y adhéraient', 'y a adhéré', 'y avait adhéré', 'y adhérer', 'y est adhérent',
    'y est adhérente', 'y est syndiqué', 'y est syndiquée', 'y milite', 'y militait', 'y a milité', 'y cotise', 'y cotisait', 'y est encarté',
    'y est encartée', 'y est militant', 'y est militante', 'y est déléguée', 'y est délégué', 'y a été délégué', 'y a été déléguée', 'y a sa carte']),
  // "DS" (délégué syndical) and "RSS" (représentant de section syndicale) are also other abbreviations
  ...entries('sigle-contexte', ['DS', 'RSS', 'RS', 'DSC'], { upper: true }),
];

export const SYNDICAT_LEXICON: LexiconEntry[] = [...UNIONS, ...UNION_NAMES, ...NAMED_UNIONS, ...SOFT_UNIONS, ...WORDS, ...SUD_MIXED, ...MEMBER_UNIONS, ...REPRESENTATIVES];
