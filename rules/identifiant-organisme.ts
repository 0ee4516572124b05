/**
 * `identifiant-organisme`: file numbers of agencies — CAF (n° allocataire / dossier), France Travail
 * / Pôle emploi identifiant, MSA, CPAM, MDPH, department RSA — after their label, and the numéro
 * fiscal (SPI, validated mod 511, reported even without label), a pupil's or student's INE and a university's
 * student number after their label. Not: job-offer references, ROME
 * codes, SIRET, convention or CPF file references, UAI codes of schools. TAXONOMY.md §4.7.
 */
import { defineRule, replaceFix } from '../lib/lint/rule.ts';
import { cutRange, scanIdentifiers } from '../lib/lint/identifiers.ts';
import { Kind } from '../lib/lint/tokenize.ts';

/**
 * Social-security and benefit funds the shared scanner does not name: overseas funds (CAFAT in New Caledonia, CPS in French Polynesia,
 * CGSS in the overseas departments, CSSM in Mayotte), special schemes (ENIM for seafarers, CNMSS, CRPCEN, CAMIEG, CNRACL, CIPAV),
 * pension funds (CARSAT, CNAV, IRCANTEC) and neighbouring countries' agencies (AVS, INAMI, ONEM, FOREM, Actiris, VDAB, CCSS, ADEM, ORP).
 * Their label is a head word; a file number of 5 to 13 digits must follow it, with only number words between (« N° CAFAT 0245871 »,
 * « CPS n° 1234567 », « numéro d'affilié ENIM : 85012345 »).
 */
const FUNDS = ['CAFAT', 'CPS', 'CGSS', 'CSSM', 'ENIM', 'CNMSS', 'CRPCEN', 'CAMIEG', 'CNRACL', 'CIPAV', 'CARSAT', 'CNAV', 'IRCANTEC', 'AVS', 'INAMI', 'ONEM', 'FOREM', 'Actiris',
  'VDAB', 'CCSS', 'ADEM', 'ORP', 'SSI', 'RSI'];
/** Words of a job offer or a reference before a fund's letters: the number is the offer's. */
const OFFER_WORDS = new Set(['offre', 'offres', 'annonce', 'annonces', 'ref', 'reference', 'references', 'poste', 'candidature', 'marche', 'lot', 'appel']);
function offerBefore(toks: ReadonlyArray<{ t: string; sn: number }>, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3 && toks[k].sn === toks[from].sn; k--) if (OFFER_WORDS.has(toks[k].t)) return true;
  return false;
}
/** Words between a fund and its number. */
const NUMBER_WORDS = new Set(['n', 'no', '°', 'numero', 'num', 'nº', ':', '-', 'de', "d'", 'du', 'dossier', 'affilie', 'affiliee', 'affiliation', 'adherent', 'adherente', 'assure', 'assuree',
  'immatriculation', 'matricule', 'allocataire', 'identifiant', 'id', 'compte', '(', ')', '=', 'son', 'sa', 'est', 'le', "l'"]);

const AGENCY: Record<string, string> = {
  caf: 'CAF',
  ft: 'France Travail',
  msa: 'MSA',
  spi: 'fiscal',
  fiscal: 'fiscal',
  mdph: 'MDPH',
  cpam: 'CPAM',
  rsa: 'RSA',
  ine: 'INE',
  etudiant: 'étudiant',
};

export default defineRule({
  id: 'identifiant-organisme',
  meta: {
    description: "Identifiant de dossier d'un organisme (CAF, France Travail, MSA, CPAM, MDPH, RSA, numéro fiscal) recopié dans le texte.",
    category: 'identifiant-organisme',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    agency: "Identifiant {agency} dans le texte : il a sa place dans la fiche administrative, pas dans le compte rendu.",
    other: "Identifiant de dossier d'un organisme dans le texte : il a sa place dans la fiche administrative.",
  },
  explanation:
    "Les identifiants CAF, France Travail, MSA, CPAM, MDPH ou fiscaux ne sont pas sensibles en eux-mêmes, mais les " +
    "recopier dans le récit est inutile (minimisation, RGPD art. 5.1.c) et relie le compte rendu à d'autres fichiers. " +
    "Un identifiant MDPH révèle en outre une démarche liée au handicap (RGPD art. 9). L'adhérent peut lire ce compte " +
    "rendu (droit d'accès, RGPD art. 15). Écrivez « Dossier CAF : référence dans la fiche administrative ».",
  lexicon: FUNDS.map((lemma) => ({ lemma, upper: true })),
  check(ctx) {
    const reported: Array<[number, number]> = [];
    for (const h of ctx.hits) {
      const toks = ctx.doc.tokens;
      // a job offer's or a file's reference that starts with the same letters: « Référence offre CPS 12345678 »
      if (offerBefore(toks, h.from)) continue;
      let k = h.to;
      for (let n = 0; n < 6 && toks[k] && toks[k].sn === toks[h.from].sn && NUMBER_WORDS.has(toks[k].t); n++) k++;
      if (toks[k]?.k !== Kind.Number || toks[k].sn !== toks[h.from].sn) continue;
      // the number, its digits grouped by spaces (« 02 45 871 »): 5 to 13 digits, not an amount, a year or a date
      let e = k + 1;
      while (toks[e]?.k === Kind.Number && toks[e].sn === toks[k].sn && toks[e].s === toks[e - 1].e + 1) e++;
      const [start, end] = ctx.doc.tokRange(k, e);
      const raw = ctx.text.slice(start, end);
      const digits = raw.replace(/\D/g, '');
      if (!/^[\d ]+$/.test(raw) || digits.length < 5 || digits.length > 13) continue;
      const nx = toks[e]?.t ?? '';
      if (['€', 'euros', 'euro', 'eur', '%', 'h', 'heures', 'ans', 'mois', 'jours', 'km', 'points', 'k', 'e'].includes(nx)) continue;
      reported.push([start, end]);
      const [s, e2] = cutRange(ctx.text, start, end);
      ctx.report({ start, end, messageId: 'other', confidence: 'medium', fixes: [replaceFix(s, e2, '', "Retirer l'identifiant")] });
    }
    for (const c of scanIdentifiers(ctx.doc)) {
      if (reported.some(([a, b]) => c.start < b && a < c.end)) continue;
      if (c.kind !== 'identifiant-organisme') continue;
      const [s, e] = cutRange(ctx.text, c.start, c.end);
      const agency = AGENCY[c.detail];
      ctx.report({
        start: c.start,
        end: c.end,
        messageId: agency ? 'agency' : 'other',
        data: agency ? { agency } : undefined,
        confidence: c.confidence,
        fixes: [replaceFix(s, e, '', "Retirer l'identifiant")],
      });
    }
  },
});
