/**
 * `finances`: debts, over-indebtedness procedures, bank incidents, debt collection, evictions for
 * arrears, food aid, and precise amounts of the person's resources or debts ("perçoit le RSA, soit
 * 607,75 € par mois": the span is the amount). TAXONOMY.md §3.4 situation-financiere; eval/README.md.
 *
 * Not reported: naming a benefit without an amount, a target salary, training costs, CPF rights,
 * "crédit d'impôt", banking or debt collection as a job.
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import type { Fix } from '../lib/lint/types.ts';
import { isNumberWord, readNumber } from '../lib/lint/number-words.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { TokenSet } from '../lib/lint/token-set.ts';
import { entryAccepts } from '../lib/lint/lexical.ts';
import { absentBefore, jobFrame, taskObject } from './jugement.ts';
import { FINANCES, FINANCE_REWRITE } from './lexicons/finances.ts';

// "607,75 €", "1 016 €", "1016€", "800 euros", "1.200 €", "12 k€", "950 EUR", "1.340,00 €", "4,500 $"
// and "607,12 e", "740 e" in notes typed without the euro sign ("e" alone, not "e-mail");
// foreign currencies after or before the number ("4 500 USD", "CHF 5'950.-", "£1,200", "3 000 DH", "150 000 FCFA");
// slang ("850 balles", "2 patates", "3 bâtons", "2 briques", "20 keuros", "2k")
const NUM = String.raw`(?:\d{1,3}(?:[ .',]\d{3})+|\d+)(?:[,.]\d{1,2}|\.-)?`;
const CURRENCY_AFTER = String.raw`(?:k\s?)?(?:€|euros?|eur|balles|(?:boules|patates?|batons|briques)(?!\s+(?:de|d'|en|a\s+(?:l'|eplucher|cuire|frire|la\s+(?:vapeur|creme))|au|aux|douces?|sautees?|frites?|rouges?|creuses?|pleines?|refractaires?)(?![\p{L}]))|keuros?|keur|e(?![-'’])|chf|francs?(?: suisses| cfa)?|fcfa|cfa|xof|xaf|usd|dollars?|\$|£|gbp|livres? sterling|dirhams?|dhs?|mad|dinars?|tnd|dzd|yens?|roubles?|zlotys?|pln|lei|aed|sar|qar|kwd|bhd|omr|riyals?|cad|aud|nzd|sek|nok|dkk|czk|huf|forints?|ron|bgn|try|livres? turques?|brl|inr|roupies?|cny|yuans?)|k`;
// (not « cad » before a number: the shorthand of « c'est-à-dire », « cad 3 mensualités »; « CA$ » only)
const CURRENCY_BEFORE = String.raw`(?:chf|usd|us\$|gbp|mad|fcfa|aed|sar|qar|ca\$|aud|\$|£)`;
const AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}_.,])(?:${CURRENCY_BEFORE}\s?${NUM}|${NUM}\s?(?:${CURRENCY_AFTER}))(?![\p{L}\p{N}_])`, 'gu');
/** Currency words and signs for the lexicon pass (see findAmounts). */
const CURRENCY_WORDS = ['euro', 'euros', 'eur', 'balles', 'boules', 'patate', 'patates', 'bâtons', 'briques', 'keuros', 'keur', 'e', 'k', 'CHF', 'franc', 'francs', 'FCFA', 'CFA', 'XOF', 'XAF',
  'USD', 'dollar', 'dollars', 'GBP', 'livre', 'livres', 'dirham', 'dirhams', 'DH', 'DHS', 'MAD', 'dinar', 'dinars', 'TND', 'DZD', 'yen', 'yens', 'rouble', 'roubles',
  'zloty', 'zlotys', 'PLN', 'lei',
  // Gulf, North American, Nordic, Central European and other currencies by their ISO codes and names
  'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'riyal', 'riyals', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'forint', 'forints', 'RON', 'BGN', 'TRY',
  'BRL', 'INR', 'roupie', 'roupies', 'CNY', 'yuan', 'yuans'];

/** Words that make a nearby amount the person's resources or debts. */
const CUES = new Set([
  'percoit', 'percevait', 'percevra', 'percoivent', 'percu', 'percue', 'percus', 'percues', 'touche', 'touchait', 'touchent', 'touchera', 'vit', 'vivent', 'vivait',
  'revenus', 'revenu', 'ressources', 'allocation', 'allocations', 'pension', 'pensions', 'aah', 'rsa', 'are', 'ass', 'apl', 'als', 'alf', 'aspa', 'paje', 'verse',
  'versee', 'versees', 'versent', 'prestations', 'prestation', 'indemnites', 'indemnisation', 'indemnise', 'indemnisee', 'chomage', 'dette', 'dettes', 'doit',
  'doivent', 'devait', 'dois', 'devais', 'devoir', 'devaient', 'reste', 'impaye', 'impayes', 'impayee', 'impayees', 'arrieres', 'arriere', 'arrieree', 'arrierees', 'endettement', 'endette', 'endettee', 'decouvert', 'credit', 'credits',
  'emprunt', 'emprunts', 'pret', 'prets', 'mensualite', 'mensualites', 'remboursement', 'remboursements', 'rembourse', 'rembourser', 'echeance', 'echeances',
  'epargne', 'economies', 'gagne', 'gagnent', 'minimum', 'surendettement', 'indu', 'trop', 'solde', 'retraite', 'rente', 'bourse', 'smic', 'assurance',
  'toucher', 'percevoir', 'gagner', 'salaire', 'paie', 'gagnait', 'touchait', 'percevait', 'aide', 'alimentaire', 'asf', 'cmg', 'prime', 'dispose', 'disposait',
  'reclame', 'reclament', 'reclamait', 'reclamaient',
  // money borrowed by the person, from a bank or a relative: « elle a emprunté 5 000 balles à un cousin »
  'emprunte', 'empruntee', 'empruntes', 'empruntait', 'empruntent', 'emprunter', 'microcredit',
  // what the person receives, right before the amount: « elle reçoit 770 $ d'aide sociale »
  'recoit', 'recevait', 'recoivent', 'recevaient',
  // what the person declares earning: « elle a déclaré 3 840 € de cachets », « il déclare 1 200 € par mois » (right before the amount)
  'declare', 'declarait', 'declarent', 'declaraient',
  // what an activity brings in: « mon atelier ne me rapporte que 400 € », « elle dégage 900 € par mois »
  'rapporte', 'rapportent', 'rapportait', 'rapportaient', 'degage', 'degageait', 'degagent', 'encaisse', 'encaissait', 'vis', 'vivons', 'vivais', 'survit', 'survivait',
  // an amount withheld from a benefit or a wage: « la CAF retient 86 € par mois »
  'retient', 'retiennent', 'retenait', 'retenaient', 'retenu', 'retenus', 'retenue', 'retenues', 'ponctionne', 'ponctionnent', 'ponctionnait',
  // English money words in notes: « overdraft de 900 € », « debt de 3 000 € »
  'overdraft', 'debt', 'debts', 'arrears', 'loan', 'loans',
]);
/** Informal rotating savings and credit, and its names in the diasporas: « elle cotise 100 € par mois à une tontine ». */
const TONTINES = new Set(['tontine', 'tontines', 'likelemba', 'njangi', 'esusu', 'susu', 'paluwagan', 'tanda', 'cundina']);
/** Paying in or drawing out: « cotise », « verse », « met », « touche », « a reçu ». */
const TONTINE_VERBS = new Set(['cotise', 'cotisait', 'cotisent', 'cotiser', 'verse', 'versait', 'versent', 'verser', 'met', 'mettait', 'mettent', 'mettre', 'place', 'placait', 'donne', 'donnait',
  'touche', 'touchait', 'recu', 'recoit', 'recevra', 'paie', 'payait', 'paye', 'participe', 'engage', 'investit']);
const TONTINE_GAP = new Set(['par', 'mois', 'chaque', 'tous', 'les', 'semaine', 'semaines', 'a', 'au', 'dans', 'de', 'du', "d'", 'une', 'la', 'sa', 'leur', 'son', 'pour', 'en']);
/** The person's money in a tontine: a verb of paying in right before the amount and the tontine right after (not « la tontine du quartier réunit 200 € »). */
function tontineShare(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let verb = false;
  for (let k = from - 1, n = 0; n < 4 && k >= 0 && toks[k].sn === sn; k--, n++) {
    if (TONTINE_VERBS.has(toks[k].t)) { verb = true; break; }
    if (!EARN_GAP.has(toks[k].t)) break;
  }
  if (!verb) return false;
  for (let k = to, n = 0; n < 7 && k < toks.length && toks[k].sn === sn; k++, n++) {
    if (TONTINES.has(toks[k].t)) return true;
    if (!TONTINE_GAP.has(toks[k].t)) return false;
  }
  return false;
}
/** Who withholds an amount from the person's income: « la CAF retient », « le Trésor public ponctionne ». */
const WITHHOLDERS = new Set(['caf', 'msa', 'cpam', 'carsat', 'urssaf', 'tresor', 'impots', 'dgfip', 'fisc', 'banque', 'huissier', 'bailleur', 'creancier', 'creanciers',
  'organisme', 'travail', 'emploi', 'cnav', 'on', 'lui', 'leur', 'caisse', 'administration']);
/** Words that make the amount a price, a cost or a salary sought: not the person's situation. */
const BLOCKERS = new Set([
  'cout', 'couts', 'coute', 'coutera', 'couterait', 'tarif', 'tarifs', 'prix', 'devis', 'formation', 'formations', 'financement', 'financer', 'finance',
  'financee', 'cpf', 'abondement', 'remuneration', 'pretentions', 'pretention', 'brut', 'bruts', 'envisage', 'souhaite', 'souhaitee', 'vise', 'propose',
  'proposee', 'offre', 'offert', 'achat', 'acheter', 'achete', 'permis', 'budget', 'caution', 'loyer', 'loyers', 'location', 'negociable', 'attendu',
  'attendue', 'demande', 'precedent', 'anterieur', 'poste', 'paye', 'remunere', 'remuneree', 'horaire', 'heure', 'stage',
  'gratification', 'valeur', 'facture', 'montant', 'subvention', 'subventions', 'employeur', 'entreprise', 'chiffre', 'affaires', 'investissement', 'droits',
  // fines belong to infractions (RGPD art. 10), not to the person's budget
  'amende', 'amendes', 'contravention', 'contraventions', 'caution', 'dommages', 'interets',
]);
const CUE_NOUNS_AFTER = new Set(['overdraft', 'debt', 'debts', 'arrears', 'loan', 'loans', 'pret', 'prets', 'microcredit', 'microcredits', 'emprunt', 'emprunts', 'mensualites', 'remboursements', 'salaire', 'salaires', 'prime', 'primes', 'rente', 'bourse', 'asf', 'paje', 'apl', 'als', 'alf', 'aspa', 'indemnite', 'rsa', 'aah', 'are', 'ass', 'apl', 'allocations', 'allocation', 'dettes', 'dette', 'impayes', 'impayees', 'arrieres', 'credit', 'credits', 'pension', 'revenus', 'ressources', 'economies', 'epargne', 'indemnites', 'prestations', 'decouvert', 'indus', 'indu', 'retard', 'retraite', 'chomage',
  // an intermittent's fees, a freelance writer's pieces, a waiter's tips: « 3 840 € de cachets », « 900 € de pourboires » (not a firm's « recettes », « honoraires »)
  'cachets', 'pourboires', 'piges', 'royalties']);
/** Words between a debt term and its amount: "de", "d'un montant de", "s'élèvent à environ", "atteint". */
/** « de » and its forms, and the articles after it, between a finding and its complement (« aide alimentaire | de l' | épicerie sociale »). */
const OF_LINK = new Set(['de', "d'", 'du', 'des']);
const OF_ARTICLE = new Set(["l'", 'la', 'le', 'les']);
const CONNECTORS = new Set([
  'de', "d'", 'du', 'un', 'montant', 'environ', 'pres', 'plus', 'moins', 'elevant', "s'", 'a', 'total', 'hauteur', 'quelque', 'totalisant', 'pour',
  'eleve', 'elevent', 'elevait', 'atteint', 'atteignent', 'atteignait', 'est', 'sont', 'etait', 'depasse', 'depassent', 'represente', 'representent',
  'totalise', 'totalisent', 'monte', 'montent', 'desormais', 'actuellement', 'deja', 'loin', "aujourd'hui",
  // "un organisme de rachat de créances | lui réclame | 740 €"
  'lui', 'leur', 'reclame', 'reclament', 'reclamait', 'reclamaient', 'exige', 'exigent', 'encore',
]);
/** Seizures and withholdings whose amount after them is reported on its own ("saisie sur salaire | de | 212 €"). */
const SEIZURE_HEADS = new Set(['saisie', 'saisies', 'retenue', 'retenues', 'ponction', 'ponctions', 'prelevement', 'prelevements']);
const MORATORIUM_UNITS = new Set(['mois', 'an', 'ans', 'annee', 'annees', 'semaines']);
/** "son ancien salaire", "son dernier salaire": a former income is still the person's. */
const FORMER = new Set(['ancien', 'dernier', 'precedent', 'ex', 'vieux']);
/** The person earning or receiving: with one of them right before, a gross amount is still the person's (« il touchait 6 800 € bruts »). */
const EARNS = new Set(['touche', 'touchait', 'touchais', 'touchent', 'touchaient', 'percoit', 'percevait', 'percois', 'gagne', 'gagnait', 'gagnais', 'gagnent', 'gagnaient',
  'rapporte', 'rapportait', 'encaisse', 'encaissait', 'empochait', 'empoche']);
const EARN_GAP = new Set(['environ', 'pres', 'de', "d'", 'plus', 'moins', 'que', "qu'", 'seulement', 'juste', 'a', 'peine', 'deja', 'encore', 'tout', 'au', 'mieux', 'alors', 'me', 'lui', 'leur', 'ne', "n'"]);
/** Words after an amount that end its phrase: « 850 balles par mois une fois le loyer payé », « hors loyer ». */
const PHRASE_END = new Set(['fois', 'apres', 'hors', 'sans', 'deduction', 'deduit', 'deduits', 'moins']);
/** Does a verb of earning stand right before the amount at `from`, in a sentence that is not an offer? */
function earnsBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 5 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (EARNS.has(t)) {
      for (let j = k - 1, m = 0; m < 8 && j >= 0 && toks[j].sn === sn; j--, m++) if (OFFER_WORDS.has(toks[j].t) || BLOCKERS.has(toks[j].t)) return false;
      return true;
    }
    if (!EARN_GAP.has(t)) return false;
  }
  return false;
}
/** Slang verbs of take-home pay: « je sors à peine 900 € net », « il se fait 1 200 € net ». */
const TAKE_HOME = new Set(['sors', 'sort', 'sortait', 'sortais', 'sortent', 'fais', 'fait', 'faisait', 'faisais']);
/** A take-home verb right before the amount and « net » after it (not « il sort 50 € du distributeur », « fait 300 € de courses »). */
function takeHome(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const t0 = toks[to]?.sn === sn ? toks[to].t : '';
  if (t0 !== 'net' && t0 !== 'nets') return false;
  for (let k = from - 1, n = 0; n < 4 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (TAKE_HOME.has(t)) {
      // « il se fait 1 200 € net »: the reflexive for « fait »
      if (t.startsWith('f') && toks[k - 1]?.t !== 'se' && toks[k - 1]?.t !== 'me' && toks[k - 1]?.t !== "m'") return false;
      for (let j = k - 1, m = 0; m < 8 && j >= 0 && toks[j].sn === sn; j--, m++) if (OFFER_WORDS.has(toks[j].t) || BLOCKERS.has(toks[j].t)) return false;
      return true;
    }
    if (!EARN_GAP.has(t)) return false;
  }
  return false;
}
/** « 623,40 € et 488 € nets par mois »: net per month is an income (a cost or a price is never net), not in an offer. */
function netPerMonth(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const t0 = toks[to]?.sn === sn ? toks[to].t : '';
  if (t0 !== 'net' && t0 !== 'nets' && t0 !== 'nette' && t0 !== 'nettes') return false;
  const t1 = toks[to + 1]?.sn === sn ? toks[to + 1].t : '';
  if (!((t1 === 'par' || t1 === '/') && toks[to + 2]?.t === 'mois') && t1 !== 'mensuels' && t1 !== 'mensuel') return false;
  for (let k = from - 1, n = 0; n < 16 && k >= 0 && toks[k].sn === sn; k--, n++) {
    // « Rémunération garantie : 812,40 € nets par mois »: an ESAT worker's guaranteed pay is the person's own
    if (toks[k].t === 'remuneration' && toks[k + 1]?.t === 'garantie') continue;
    if (OFFER_WORDS.has(toks[k].t) || BLOCKERS.has(toks[k].t)) return false;
  }
  for (let k = to + 2, n = 0; n < 10 && k < toks.length && toks[k].sn === sn; k++, n++) if (OFFER_WORDS.has(toks[k].t)) return false;
  return true;
}
const LIST_JOIN = new Set([',', 'et', '+', 'puis', 'ou']);
const TRAILING = new Set(['net', 'nets', 'nette', 'par', 'mois', 'mensuels', 'mensuel', 'environ', '/', 'an', 'annuels', 'chaque', 'tous', 'les']);

/**
 * Amounts in the normalised text, as [start, end) offsets. The regular expression only runs from
 * a little before each currency mark: the "€" signs (one `indexOf`) and the words "euro(s)", "eur"
 * that the lexicon pass found (`words`, normalised offsets).
 */
function findAmounts(norm: string, words: number[]): Array<[number, number]> {
  const marks = words;
  for (let p = norm.indexOf('€'); p >= 0; p = norm.indexOf('€', p + 1)) marks.push(p);
  for (let p = norm.indexOf('$'); p >= 0; p = norm.indexOf('$', p + 1)) marks.push(p);
  for (let p = norm.indexOf('£'); p >= 0; p = norm.indexOf('£', p + 1)) marks.push(p);
  if (!marks.length) return [];
  marks.sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  let reach = 0;
  for (const p of marks) {
    if (p < reach) continue;
    AMOUNT.lastIndex = Math.max(reach, p - 24);
    for (let m = AMOUNT.exec(norm); m && m.index <= p; m = AMOUNT.exec(norm)) {
      const end = m.index + m[0].length;
      if (end > p) { out.push([m.index, end]); reach = end; break; }
    }
  }
  return out;
}

/**
 * Start of a number in words that ends right before token `k` (« six cent trente-cinq » before
 * « euros »), or -1. A lone « un », « une » is an article, not an amount.
 */
function wordsNumberBefore(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  let st = k - 1;
  while (st > 0 && toks[st - 1].sn === sn && (isNumberWord(toks[st - 1].t) || toks[st - 1].t === 'et') && k - st < 10) st--;
  const w = (q: number) => (q < k && toks[q].k === Kind.Word ? toks[q].t : undefined);
  for (let q = st; q < k; q++) {
    const n = readNumber(w, q);
    if (!n || n.next !== k) continue;
    if (n.value < 2) return -1;
    return q;
  }
  return -1;
}

/** Index of the first token starting at or after norm offset `pos`. */
function tokenAtOffset(doc: Doc, pos: number): number {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].s < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const POSSESSIVE = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'votre']);

/** « son dernier poste », « son ancien poste », « son poste précédent »: the person's former post. */
function formerPost(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const p1 = toks[k - 1]?.t ?? '';
  if (POSSESSIVE.has(p1)) return true;
  return FORMER.has(p1) && POSSESSIVE.has(toks[k - 2]?.t ?? '');
}

/** Verbs of paying off before « sa dette »: « il dit avoir payé sa dette » (a sentence served) when nothing follows. */
const PAID_OFF = new Set(['paye', 'payer', 'paie', 'payee', 'regle', 'regler', 'purge', 'purger', 'acquitte', 'acquitter']);
/** Who a figurative debt is owed to: « payé sa dette à la société », « envers la société ». */
const SOCIETY = new Set(['societe', 'justice', 'victimes', 'victime', 'collectivite']);
/**
 * « payé sa dette » said of a sentence served: a paying verb and « sa » before, and after it only the end of the clause or society
 * as the creditor (« sa dette envers la société »), never an amount or a creditor (« payé sa dette de loyer », « sa dette à la CAF »).
 */
function debtServed(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  if (toks[from - 1]?.t !== 'sa' || !PAID_OFF.has(toks[from - 2]?.t ?? '')) return false;
  const nx = toks[to];
  if (!nx || nx.sn !== toks[from].sn || nx.k === Kind.Punct) return true;
  let k = to;
  if (['envers', 'a', 'vis-a-vis'].includes(nx.t)) k++;
  if (['la', 'les', "l'"].includes(toks[k]?.t ?? '')) k++;
  return k > to && SOCIETY.has(toks[k]?.t ?? '');
}

/** Words a section heading or a table label puts beside « dettes »: « 3. BUDGET ET DETTES », « | Dettes | … |», « Charges / dettes ». */
const LABEL_MATES = new Set(['budget', 'et', '&', '/', '|', '-', ',', 'charges', 'ressources', 'situation', 'financiere', 'finances', 'credits', 'emprunts', 'epargne', 'revenus', '.', ')']);
/** A gap between two tokens that holds a line break. */
const lineBreak = (doc: Doc, a: number, b: number): boolean => doc.norm.slice(doc.tokens[a].e, doc.tokens[b].s).includes('\n');
/**
 * « dettes » as a bare heading or table label, not a finding by itself (what the row or section says is):
 * only label words before it on its line, and the line or the cell ends right after it (a colon may close it).
 */
function debtLabel(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  let k = to;
  if (toks[k] && toks[k].t === ':' && !lineBreak(doc, k - 1, k)) k++;
  if (toks[k] && toks[k].t !== '|' && !lineBreak(doc, k - 1, k)) return false;
  for (let j = from - 1, n = 0; j >= 0; j--, n++) {
    if (lineBreak(doc, j, j + 1)) return true;
    if (n > 6 || !(LABEL_MATES.has(toks[j].t) || toks[j].k === Kind.Number)) return false;
    if (toks[j].t === '|') return true;
  }
  return true;
}

/** Words of a contact detail whose owner a label names: « Adresse mail de son curateur : », « Tél. de sa curatrice : ». */
const CONTACT_NOUNS = new Set(['mail', 'email', 'e-mail', 'courriel', 'adresse', 'telephone', 'tel', 'portable', 'numero', 'coordonnees', 'contact', 'fax', 'mobile', 'ligne']);
/** People whose contact a label may give. */
const CONTACT_OWNERS = new Set(['curateur', 'curatrice', 'tuteur', 'tutrice', 'mandataire', 'huissier', 'huissiere', 'justice', 'creancier', 'banquier', 'banquiere', 'conseiller', 'conseillere']);
/**
 * The term only says whose contact detail follows the colon (the detail is the finding: rules of the identifiers):
 * « Adresse mail de son curateur : p.martel@… », not « Curatelle renforcée : depuis 2023 ».
 */
function contactLabel(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  if (toks[to]?.t !== ':' || !CONTACT_OWNERS.has(toks[to - 1].t)) return false;
  let k = from - 1;
  if (POSSESSIVE.has(toks[k]?.t ?? '') || toks[k]?.t === 'le' || toks[k]?.t === 'la' || toks[k]?.t === "l'") k--;
  if (toks[k]?.t !== 'de' && toks[k]?.t !== 'du' && toks[k]?.t !== "d'") return false;
  for (let j = k - 1, n = 0; n < 3 && j >= 0 && toks[j].sn === toks[from].sn; j--, n++) if (CONTACT_NOUNS.has(toks[j].t)) return true;
  return false;
}
/** Contracts named in a pay label: « Salaire CDDI net : », « Salaire CDD net ». */
/** Subsidised insertion contracts: held by the accompanied person, never an offer's general pay. */
const INSERTION_CONTRACTS = new Set(['cddi', 'cdd-i', 'pec', 'cui', 'cui-cae', 'cui-cie', 'cae', 'cie', 'cdi-i']);
const PAY_CONTRACTS = new Set(['cddi', 'cdd', 'cdi', 'interim', 'cdd-i', 'alternance', 'apprentissage', 'contrat']);
/** Self-employment words that make a turnover the person's own income. */
const SELF_EMPLOYED = new Set(['urssaf', 'declare', 'declares', 'declaree', 'micro', 'auto', 'microentreprise', 'microentrepreneur', 'microentrepreneuse', 'autoentrepreneuse', 'freelance', 'autoentrepreneur', 'autoentreprise', 'entrepreneur',
  'independant', 'independante', 'mensuel', 'moyen', 'realise', 'fait', 'exploitation',
  // a gig worker's takings of a given month: « chiffre d'affaires plateforme en mars : 2 310 € », « CA Uber de janvier »
  'plateforme', 'plateformes', 'uber', 'deliveroo', 'ubereats', 'vtc', 'livraisons', 'courses', 'encaisse', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'trimestre']);
/**
 * The turnover near token `k` (« chiffre d'affaires ») is the person's: a possessive before « chiffre »
 * or a self-employment word between the term and the amount at `to`.
 */
function ownTurnover(doc: Doc, k: number, to: number): boolean {
  const toks = doc.tokens;
  let c = toks[k].t === 'chiffre' ? k : k - 2;
  if (toks[c]?.t !== 'chiffre') return false;
  if (POSSESSIVE.has(toks[c - 1]?.t ?? '')) return true;
  // an organisation's turnover: « une entreprise au chiffre d'affaires de 2 M€ »; a target: « vise un chiffre d'affaires de… »
  if (toks[c - 1]?.t === 'au' || turnoverTarget(doc, c)) return false;
  // a firm's figure by its complement: « chiffre d'affaires du restaurant en mars » (not « de son restaurant »)
  let d = c + 3;
  if (OF_FIRM.has(toks[d]?.t ?? '')) { d++; if (toks[d]?.t === 'la' || toks[d]?.t === "l'") d++; if (BUSINESS.has(toks[d]?.t ?? '')) return false; }
  for (let j = c + 3; j < to && j < c + 12; j++) if (SELF_EMPLOYED.has(toks[j].t)) return true;
  return false;
}

/** Prefixes of a one-person business: « micro-entreprise », « auto-entreprise ». */
const SELF_PREFIX = new Set(['micro', 'auto']);
/** A self-employment word between `a` and `b` (« CA micro-entreprise : », « CA d'auto-entrepreneur de mars »), no organisation's target or ceiling before. */
function selfEmployedAfter(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  if (turnoverTarget(doc, a - 1)) return false;
  for (let j = a; j < b && j < a + 8; j++) {
    const t = toks[j].t;
    if (SELF_EMPLOYED.has(t) && t !== 'fait' && t !== 'moyen' && t !== 'mensuel' || ((t === 'entreprise' || t === 'entrepreneur') && SELF_PREFIX.has(toks[j - 1]?.t ?? ''))) return true;
  }
  return false;
}

/** Prepositions of a turnover's owner named after it. */
const OF_FIRM = new Set(['du', 'de', "d'", 'des']);

/** « Le magasin vise un chiffre d'affaires de… », « objectif de chiffre d'affaires »: a target or a firm's figure, not the person's takings. */
function turnoverTarget(doc: Doc, c: number): boolean {
  const toks = doc.tokens;
  if (POSSESSIVE.has(toks[c - 1]?.t ?? '')) return false;
  for (let j = c - 1; j >= 0 && j >= c - 5 && toks[j].sn === toks[c].sn; j--) {
    const w = toks[j].t;
    if (OFFER_WORDS.has(w) || w === 'objectif' || w === 'objectifs' || w === 'previsionnel' || w === 'prevoit' || w === 'plafond' || w === 'plafonds' || w === 'seuil' || w === 'seuils'
      || w === 'limite' || BUSINESS.has(w)) return true;
  }
  return false;
}

/** Limits of a status or a scheme, not an amount of the person: « le plafond du micro-entrepreneur », « seuil de franchise », « montant maximum ». */
const CAPS = new Set(['plafond', 'plafonds', 'seuil', 'seuils', 'limite', 'maximum', 'maximal', 'maximale', 'plafonne', 'plafonnee', 'franchise']);
/** Is a limit word said before the amount at `from`, in its sentence? */
function capBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1, n = 0; n < 10 && k >= 0 && toks[k].sn === toks[from].sn; k--, n++) if (CAPS.has(toks[k].t)) return true;
  return false;
}

/** Benefit names whose amount is the person's income, gross or net: "ARE journalière : 38,49 € brut", "IJ : 35 € par jour". */
const BENEFITS = new Set(['are', 'ass', 'rsa', 'aah', 'apl', 'als', 'alf', 'aspa', 'asf', 'paje', 'cmg', 'aeeh', 'ajpp', 'ada', 'ij', 'ijss', 'ata', 'cej',
  // business-creation capital, exit-programme and youth allowances, school-year allowance: « l'ARCE : 11 200 € », « l'AFIS (343 €) »
  'arce', 'afis', 'ars', 'pacea', 'ppa',
  // carers' and dependants' benefits: « l'APA de sa mère est de 412 € », « PCH : 900 € », « ASI », « MTP »
  'apa', 'pch', 'asi', 'mtp', 'ajpa', 'avpf', 'aeeh',
  'pension', 'pensions', 'allocation', 'allocations', 'retraite', 'rente', 'indemnites', 'indemnisation', 'chomage', 'reversion', 'invalidite', 'ircantec', 'agirc', 'arrco',
  // training and redundancy allowances by their acronyms: « ASP : 1 450 € », « AREF », « RFF »
  'asp', 'aref', 'rff', 'rfp']);
/** Vouchers handed out on means: « chèque énergie », « bons alimentaires », « tickets alimentaires ». */
const VOUCHERS = new Set(['cheque', 'cheques', 'bon', 'bons', 'ticket', 'tickets', 'colis', 'aide', 'carte']);
/** Named allowances after « allocation de »: « allocation de sécurisation professionnelle », « allocation de solidarité spécifique ». */
const NAMED_ALLOWANCES = new Set(['retour', 'securisation', 'solidarite', 'soutien', 'rentree', 'education', 'logement', 'veuvage', 'demandeur', 'base', 'fin', 'presence', 'adultes']);
/** Words of those names, between the allowance and its amount. */
const ALLOWANCE_NAME_PARTS = new Set(['securisation', 'professionnelle', 'solidarite', 'specifique', 'retour', "l'", 'emploi', 'adultes', 'handicapes', 'soutien', 'familial',
  'rentree', 'scolaire', 'education', 'enfant', 'handicape', 'demandeur', 'asile', 'veuvage', 'presence', 'parentale', 'logement', 'familiale', 'aux', 'personnes', 'agees']);
/** Participles of a benefit's opening, followed by its date: « ARE ouverte le 02/07, 38,42 € par jour ». */
const OPENED_ON = new Set(['ouverte', 'ouvert', 'ouverts', 'ouvertes', 'notifiee', 'notifie', 'accordee', 'accorde', 'attribuee', 'attribue', 'versee', 'verse', 'depuis']);
/** Words between a benefit name and its amount: a colon, "de", its period and gross or net, a verb of amounting. */
const BENEFIT_LINKS = new Set([':', '=', '(', ')', '-', 'de', "d'", 'du', 'journaliere', 'journalier', 'journalieres', 'journaliers', 'mensuelle', 'mensuel', 'mensuelles',
  'brute', 'brut', 'nette', 'net', 'brutes', 'nettes', 'actuelle', 'actuel', 'montant', 'soit', 'est', 'sont', 'etait', "s'", 'eleve', 'elevent', 'elevant', 'a', 'environ',
  'verse', 'versee', 'percue', 'percu', 'taux', 'plein', 'notifiee', 'notifie', 'ouverte', 'ouverts', 'droits', 'son', 'sa', 'ses', 'leur',
  // a table row or a form line: « | Allocation CEJ … | 545,28 € / mois »
  '|', '…', '...', '.',
  // whose benefit it is: « l'APA de sa mère est de 412 € », « l'AAH de son fils : 971 € »
  'mere', 'pere', 'mari', 'femme', 'epoux', 'epouse', 'conjoint', 'conjointe', 'compagnon', 'compagne', 'fils', 'fille', 'enfant', 'parents', 'grand-mere', 'grand-pere', 'frere', 'soeur']);
/**
 * A benefit named right before the amount, with only link words between ("ARE journalière : 38,49 €", "Son ARE s'élève à 1 240 €",
 * "prime d'activité : 180 €", "indemnités journalières : 42 €"). Not "frais … remboursés par l'ARE", nor a barème ("du salaire de 2 000 €").
 */
function benefitBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // a table cell opens its own sentence: the label is the cell before (« | Allocation CEJ … | 545,28 € / mois »)
  const label = toks[doc.sentences[sn][0]]?.t === '|' ? sn - 1 : sn;
  // « ARE ouverte le 02/07, 38,42 € brut par jour »: the opening date of the right, between the benefit and its amount
  let dated = false;
  if (toks[from - 1]?.t === ',' || toks[from - 1]?.t === ':') {
    for (let k = from - 2, n = 0; n < 7 && k >= 0 && toks[k].sn === sn; k--, n++) {
      if (!OPENED_ON.has(toks[k].t)) continue;
      let j = k + 1;
      if (toks[j]?.t === 'le' || toks[j]?.t === 'depuis' || toks[j]?.t === 'au') j++;
      while (j < from && (toks[j].k === Kind.Number || toks[j].t === '/' || MONTHS.has(toks[j].t))) j++;
      dated = j > k + 1 && j === from - 1;
      break;
    }
  }
  for (let k = from - 1, n = 0; n < (dated ? 11 : 7) && k >= 0 && (toks[k].sn === sn || toks[k].sn === label); k--, n++) {
    const t = toks[k].t;
    if (t === 'activite' && toks[k - 1]?.t === "d'" && toks[k - 2]?.t === 'prime') return true;
    // means-tested vouchers: « chèque énergie de 194 € », « chèques alimentaires : 60 € », « bons alimentaires de 40 € »
    if (t === 'energie' && (toks[k - 1]?.t === 'cheque' || toks[k - 1]?.t === 'cheques')) return true;
    if ((t === 'alimentaire' || t === 'alimentaires') && VOUCHERS.has(toks[k - 1]?.t ?? '')) return true;
    if (BENEFITS.has(t)) {
      // "indemnités de licenciement", "allocation de formation" stay with the other checks
      if ((t === 'indemnites' || t === 'allocation' || t === 'allocations') && toks[k + 1]?.t === 'de' && !NAMED_ALLOWANCES.has(toks[k + 2]?.t ?? '')) return false;
      return true;
    }
    if (!BENEFIT_LINKS.has(t) && !ALLOWANCE_NAME_PARTS.has(t) && !(dated && (t === 'le' || t === ',' || t === '/' || t === 'au' || toks[k].k === Kind.Number || MONTHS.has(t) || OPENED_ON.has(t)))) return false;
  }
  return false;
}

/** Verbs of paying someone: with an object pronoun before (« le club lui versait », « ses employeurs la paient »), the amount is the person's pay. */
const PAY_VERBS = new Set(['verse', 'versait', 'versent', 'versaient', 'versera', 'paie', 'paient', 'payait', 'payaient', 'paye', 'payent', 'payera', 'paiera', 'remunere', 'remunerent',
  'remunerait', 'remuneraient']);
const FUNCTION_BEFORE_NOUN = new Set(['pour', 'sur', 'de', "d'", 'a', 'dans', 'par', 'avec', 'sans', 'et', 'ou', 'vers', 'selon', 'toute', 'que', "qu'"]);
const PAY_CLITICS = new Set(['lui', 'leur', 'la', 'le', "l'", 'les', 'me', "m'"]);
/** « il est payé 11 € de l'heure », « elle était rémunérée 1 600 € »: the person paid (not « le poste est payé »). */
const PAID = new Set(['paye', 'payee', 'payes', 'payees', 'remunere', 'remuneree', 'remuneres', 'remunerees']);
/** Words after a pay amount that make it an aid for a purpose, not a wage: « on lui verse 500 € pour son permis ». */
const PAID_PURPOSE = new Set(['formation', 'permis', 'financer', 'cout', 'achat', 'caution', 'frais', 'deplacement', 'deplacements', 'mobilite', 'aide', 'stage', 'gratification', 'bourse']);
/** The months: « paie de septembre : 1 118,40 € », « salaire d'octobre ». */
const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
/** Severance words after « indemnité de »: « indemnité de rupture conventionnelle : 48 500 € ». */
const SEVERANCE = new Set(['rupture', 'licenciement', 'depart', 'precarite', 'fin', 'transaction', 'transactionnelle', 'conventionnelle', 'non-concurrence', 'preavis', 'conges', 'retraite']);
const PAYSLIP = new Set(['bulletin', 'bulletins', 'fiche', 'fiches', 'feuille', 'feuilles', 'releve']);
/** Gross or net after a pay noun: « salaire CDDI net 1 020 € ». */
const GROSS_NET = new Set(['net', 'nets', 'nette', 'brut', 'bruts', 'brute']);
const PAY_NOUNS = new Set(['salaire', 'salaires', 'paie', 'paye', 'remuneration', 'traitement', 'solde', 'taux', 'net', 'brut', 'revenu', 'revenus']);

/**
 * The person's own pay or severance named right before the amount, gross or net: « Dernier salaire : 1 530,27 € net », « son salaire était de
 * 4 800 € brut », « Paie de septembre : 1 118,40 e net », « son taux horaire était de 11,88 € », « Indemnité de rupture conventionnelle : 48 500 € »,
 * « le club lui versait 4 800 € brut par mois », « ses employeurs la paient 11,88 € net de l'heure », « elle est payée 11 € de l'heure ».
 */
function ownPayBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let aside = false;
  for (let k = from - 1, n = 0; n < 14 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (t === '.' || t === ';' || t === '?' || t === '!') return false;
    // « Son salaire brut actuel, primes de nuit comprises, est de 2 287 € »: a longer reach, over an aside with no amount nor cost in it
    if (toks[k].k === Kind.Number || (BLOCKERS.has(t) && t !== 'brut' && t !== 'bruts') || OFFER_WORDS.has(t)) aside = true;
    if (n >= 9 && aside) return false;
    // « la paie de 1 800 € », « Pour la paie : 1 900 € »: the noun after an article, not the verb
    const nounPay = (t === 'paie' || t === 'paye') && (toks[k + 1]?.k !== Kind.Number || !['lui', 'leur', 'me', "m'"].includes(toks[k - 1]?.t ?? '') && (k - 2 < 0 || toks[k - 2].sn !== sn || toks[k - 2].k === Kind.Punct || FUNCTION_BEFORE_NOUN.has(toks[k - 2].t)));
    if (PAY_VERBS.has(t) && !nounPay && PAY_CLITICS.has(toks[k - 1]?.t ?? '') && k >= from - 3) {
      for (let j = from; j < from + 8 && j < toks.length && toks[j].sn === sn; j++) if (PAID_PURPOSE.has(toks[j].t)) return false;
      return true;
    }
    if (PAID.has(t) && k >= from - 2) {
      // « (il|elle) (est|était) payé(e) »
      const a = toks[k - 1]?.t ?? '';
      const b = toks[k - 2]?.t ?? '';
      if ((a === 'est' || a === 'etait' || a === 'ete') && ['il', 'elle', 'etait', 'a', "j'", 'je'].includes(b)) return true;
      return false;
    }
    if (PAY_NOUNS.has(t)) {
      const p1 = toks[k - 1]?.t ?? '';
      const p2 = toks[k - 2]?.t ?? '';
      const head = t === 'net' || t === 'brut' ? (toks[k - 1]?.t ?? '') : t;
      if (head === 'taux' && toks[k + 1]?.t !== 'horaire') continue;
      if (head === 'solde' && toks[k + 1]?.t === 'de' && toks[k + 2]?.t === 'tout') return true; // « solde de tout compte : 2 300 € »
      let own = POSSESSIVE.has(p1) || FORMER.has(p1) || (FORMER.has(p2) && POSSESSIVE.has(toks[k - 3]?.t ?? '')) || (POSSESSIVE.has(p2) && FORMER.has(p1));
      // « son dernier bulletin de salaire indique 1 750 € », « sa fiche de paie d'octobre »
      if (!own && (p1 === 'de' || p1 === "d'") && PAYSLIP.has(p2)) {
        const q1 = toks[k - 3]?.t ?? '';
        const q2 = toks[k - 4]?.t ?? '';
        own = POSSESSIVE.has(q1) || FORMER.has(q1) || (FORMER.has(q1) && POSSESSIVE.has(q2)) || (POSSESSIVE.has(q2) && FORMER.has(q1));
      }
      // « Salaire suisse de 6 200 CHF », « salaire luxembourgeois »: a cross-border worker's pay, unless in an offer
      if (!own && FOREIGN_PAY.has(toks[k + 1]?.t ?? '') && n < 9 && !offerInSentence(doc, from)) own = true;
      // « Salaire CDDI : 1 168 € net », « Rémunération PEC : 1 100 € »: an insertion contract is only ever the accompanied person's own
      // (also without the colon, in notes typed in one go: « salaire CDDI 1 020 euros net »)
      if (!own && INSERTION_CONTRACTS.has(toks[k + 1]?.t ?? '') && (toks[k + 2]?.t === ':' || toks[k + 3]?.t === ':' || k + 2 === from || (k + 3 === from && GROSS_NET.has(toks[k + 2].t))) && !offerInSentence(doc, from)) own = true;
      // « Salaire actuel 6 850 CHF brut », « rémunération actuelle : 1 900 € »: the current pay is the person's, unless in an offer
      if (!own && (t === 'salaire' || t === 'remuneration' || t === 'traitement') && CURRENT.has(toks[k + 1]?.t ?? '') && n < 6 && !offerInSentence(doc, from)) own = true;
      const month = (toks[k + 1]?.t === 'de' || toks[k + 1]?.t === "d'") && MONTHS.has(toks[k + 2]?.t ?? '');
      // « son contrat actuel est un CDD à 62 %, pour un salaire net de 1 048 € par mois »: the current job's pay, not an offer's
      if (!own && !month && (t === 'salaire' || t === 'remuneration') && (p1 === 'un' || p1 === 'une') && currentJobBefore(doc, k) && !offerInSentence(doc, from)) own = true;
      // « Salaire de la dernière saison : 1 480 € net », « Paie du dernier contrat », « Revenus déclarés : 1 310 € »: a past job's or a declared pay
      if (!own && n < 12 && (t === 'salaire' || t === 'paie' || t === 'remuneration' || t === 'revenus' || t === 'revenu') && (pastPeriodAfter(doc, k) || declaredAfter(doc, k)) && !offerInSentence(doc, from)) own = true;
      // « Salaire de 6 450 CHF brut chez son dernier employeur », « 1 900 € dans son précédent poste »: a former job's pay
      if (!own && n < 6 && (t === 'salaire' || t === 'remuneration' || t === 'paie' || t === 'traitement') && formerJobAfter(doc, from) && !offerInSentence(doc, from)) own = true;
      if ((own || month) && PAY_NOUNS.has(head === t ? t : head)) return true;
      continue;
    }
    if ((t === 'indemnite' || t === 'indemnites' || t === 'prime') && (toks[k + 1]?.t === 'de' || toks[k + 1]?.t === "d'") && SEVERANCE.has(toks[k + 2]?.t ?? '')) return true;
    // « prime supra-légale de 42 000 € » as « indemnité supra-légale » (not a « prime conventionnelle » nor « primes extra » of a payslip)
    if (t === 'prime' || t === 'primes') {
      const n1 = toks[k + 1]?.t ?? '';
      if (SEVERANCE_QUALIFIERS.has(n1) || ((n1 === 'supra' || n1 === 'extra') && toks[k + 2]?.t === 'legale')) return true;
    }
    if (t === 'indemnite' || t === 'indemnites') {
      if (toks[k + 1]?.t === 'transactionnelle' || toks[k + 1]?.t === 'conventionnelle' || toks[k + 1]?.t === 'supra-legale' || toks[k + 1]?.t === 'supra' || toks[k + 1]?.t === 'supralegale' || toks[k + 1]?.t === 'extra-legale' || toks[k + 1]?.t === 'extra' || toks[k + 1]?.t === "prud'homale") return true;
    }
  }
  return false;
}

/** Words of a past stint of work: « la dernière saison », « son précédent contrat », « l'ancien poste ». */
const PAST_STINT = new Set(['dernier', 'derniere', 'derniers', 'dernieres', 'precedent', 'precedente', 'ancien', 'ancienne']);
const STINT_DETS = new Set(['la', 'le', "l'", 'les', 'son', 'sa', 'ses', 'leur']);
/** « salaire | de la dernière saison », « paie | du dernier contrat », « rémunération | de son précédent emploi ». */
function pastPeriodAfter(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const a1 = toks[k + 1]?.t;
  if (a1 === 'du' || a1 === 'des') return PAST_STINT.has(toks[k + 2]?.t ?? '');
  return (a1 === 'de' || a1 === "d'") && STINT_DETS.has(toks[k + 2]?.t ?? '') && PAST_STINT.has(toks[k + 3]?.t ?? '');
}
/** A former job named a few tokens after the amount: « chez son dernier employeur », « à son ancien poste », « dans son précédent emploi ». */
const FORMER_JOB = new Set(['employeur', 'poste', 'emploi', 'job', 'contrat', 'travail', 'patron']);
function formerJobAfter(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let j = from + 1; j < from + 8 && j + 2 < toks.length && toks[j].sn === sn; j++) {
    const t = toks[j].t;
    if (t === '.' || t === ';' || t === ',') return false;
    if ((t === 'chez' || t === 'a' || t === 'dans' || t === 'au') && POSSESSIVE.has(toks[j + 1].t) && FORMER.has(toks[j + 2].t) && FORMER_JOB.has(toks[j + 3]?.t ?? '')) return true;
  }
  return false;
}
/** « revenus | déclarés », « revenu fiscal | de référence »: what the person declared (not a ceiling of a status, see capBefore). */
function declaredAfter(doc: Doc, k: number): boolean {
  const a1 = doc.tokens[k + 1]?.t;
  return (doc.tokens[k].t === 'revenus' || doc.tokens[k].t === 'revenu') && (a1 === 'declares' || a1 === 'declare' || a1 === 'fiscal') && !capBefore(doc, k + 1);
}

/** A bonus named beyond the legal severance: « prime supra-légale », « prime extra-légale ». */
const SEVERANCE_QUALIFIERS = new Set(['supra-legale', 'supralegale', 'extra-legale', 'extralegale']);
const CURRENT = new Set(['actuel', 'actuelle', 'actuellement', 'aujourd\'hui']);
const JOB_NOUNS = new Set(['contrat', 'poste', 'emploi', 'cdd', 'cdi', 'job', 'travail', 'mission', 'alternance', 'apprentissage']);
/** The sentence opens on the person's current job before the pay: « Votre contrat actuel est un CDD … pour un salaire net de ». */
function currentJobBefore(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  for (let j = k - 1, n = 0; n < 30 && j >= 0 && toks[j].sn === sn; j--, n++) {
    if (CURRENT.has(toks[j].t)) return true;
    if (JOB_NOUNS.has(toks[j].t) && POSSESSIVE.has(toks[j - 1]?.t ?? '')) return true;
  }
  return false;
}

/** A pay named by its country: a cross-border worker's (« salaire suisse », « paie luxembourgeoise »). */
const FOREIGN_PAY = new Set(['suisse', 'suisses', 'luxembourgeois', 'luxembourgeoise', 'monegasque', 'allemand', 'allemande', 'belge', 'andorran', 'andorrane',
  'genevois', 'genevoise', 'vaudois', 'vaudoise', 'frontalier', 'frontaliere', 'britannique', 'canadien', 'canadienne', 'americain', 'americaine']);
/** A pay looked for, not earned: « il cherche un salaire luxembourgeois d'au moins 4 000 € ». */
const PAY_WISH = new Set(['cherche', 'cherchait', 'recherche', 'recherchait', 'chercher', 'rechercher', 'vise', 'viser', 'visait', 'espere', 'esperait', 'cible', 'vouloir', 'veut', 'voudrait', 'souhaiterait']);
const OFFER_REACH = 20;
function offerInSentence(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // within twenty words each way: a note typed without punctuation is one sentence of a whole paragraph
  for (let k = from - 1; k >= 0 && k >= from - OFFER_REACH && toks[k].sn === sn; k--) if (OFFER_WORDS.has(toks[k].t) || PAY_WISH.has(toks[k].t)) return true;
  for (let k = from + 1; k < toks.length && k <= from + OFFER_REACH && toks[k].sn === sn; k++) if (OFFER_WORDS.has(toks[k].t) || PAY_WISH.has(toks[k].t)) return true;
  return false;
}

/** The person's work status after « salaire de »: « Salaire d'apprenti : 1 013,07 € brut », « paie d'intérimaire : 1 420 € net ». */
const PAY_STATUS = new Set(['apprenti', 'apprentie', 'alternant', 'alternante', 'interimaire', 'saisonnier', 'saisonniere', 'contractuel', 'contractuelle', 'vacataire', 'aesh', 'atsem', 'intermittent', 'intermittente']);
/** Words that make a pay amount an offer or a wish, not the person's pay. */
const OFFER_WORDS = new Set(['offre', 'offres', 'propose', 'proposee', 'poste', 'postes', 'pretention', 'pretentions', 'souhaite', 'souhaitee', 'vise', 'envisage', 'negociable', 'grille', 'recrute', 'annonce', 'fiche']);
/**
 * A pay amount stated gross or net after the person's pay: « Payée au SMIC horaire sur 20 h, soit 812,50 € net par mois » (the participle
 * opening the sentence, said of the person), « Salaire d'apprenti : 1 013,07 € brut ». Not an offer (« poste payé 1 800 € brut »).
 */
function statedPay(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const nx = toks[to]?.sn === sn ? toks[to].t : '';
  if (nx !== 'net' && nx !== 'brut' && nx !== 'nets' && nx !== 'bruts' && nx !== 'nette' && nx !== 'brute') return false;
  // an offer or a wish anywhere in the sentence: « Offre chez Lidl : salaire d'apprenti de 1 100 € brut », « payé 1 800 € brut, le poste… »
  for (let k = from - 1, n = 0; n < 16 && k >= 0 && toks[k].sn === sn; k--, n++) if (OFFER_WORDS.has(toks[k].t)) return false;
  for (let k = to, n = 0; n < 12 && k < toks.length && toks[k].sn === sn; k++, n++) if (OFFER_WORDS.has(toks[k].t)) return false;
  for (let k = from - 1, n = 0; n < 16 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (t === ';') return false;
    const first = k === 0 || toks[k - 1].sn !== sn;
    if (PAID.has(t) && (first || ['est', 'etait', 'ete'].includes(toks[k - 1].t) && ['il', 'elle', 'a', "j'", 'je'].includes(toks[k - 2]?.t ?? ''))) return true;
    if ((t === 'salaire' || t === 'paie' || t === 'paye' || t === 'remuneration') && (toks[k + 1]?.t === 'de' || toks[k + 1]?.t === "d'") && PAY_STATUS.has(toks[k + 2]?.t ?? '')) return true;
  }
  return false;
}

const REPAY = new Set(['rembourser', 'payer', 'regler', 'solder', 'apurer', 'eponger', 'rendre']);
/** « il reste 11 200 € à rembourser », « encore 3 000 € à payer sur le prêt »: a debt left. */
function leftToRepay(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  // « 11 200 € à rembourser », « 2 000 € de prêt à rembourser »
  let k = to;
  if ((toks[k]?.t === 'de' || toks[k]?.t === "d'") && toks[k + 1]?.sn === sn && LOAN.has(toks[k + 1].t)) k += 2;
  return toks[k]?.sn === sn && toks[k].t === 'a' && REPAY.has(toks[k + 1]?.t ?? '');
}

/** Loans by their noun, bank or social microcredit included: « micro-crédit » is « micro » + « crédit ». */
const LOAN_NOUNS = new Set(['pret', 'prets', 'credit', 'credits', 'emprunt', 'emprunts', 'microcredit', 'microcredits', 'micropret', 'microprets']);
/** Determiners of one loan the person holds (not « des microcrédits de 300 à 5 000 € », a scheme's range). */
const LOAN_DETS = new Set(['un', 'son', 'sa', 'ce', 'cet', 'leur', 'mon', 'le']);
/** Verbs of holding or paying back a loan, before it: « rembourse un crédit », « a contracté un prêt », « il a un microcrédit ». */
const LOAN_HOLD = new Set(['rembourse', 'remboursait', 'rembourser', 'remboursent', 'contracte', 'contractee', 'contracter', 'souscrit', 'souscrite', 'souscrire', 'a', 'avait', 'ont',
  'obtenu', 'obtenue', 'accorde', 'accordee', 'pris', 'prise', 'emprunte', 'empruntee', 'doit', 'paie', 'paye', 'traine', 'trainait']);
/** A scheme's or a possible loan said after its amount: « … possible via l'Adie », « … proposé pour créer son activité ». */
function schemeLoanAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  for (let j = to, n = 0; n < 10 && j < toks.length && toks[j].sn === sn; j++, n++) if (AID_LOAN.has(toks[j].t) || OFFER_WORDS.has(toks[j].t) || LOAN_POSSIBLE.has(toks[j].t)) return true;
  return false;
}
/** Words of a loan not yet taken: « prêt possible », « microcrédit envisagé ». */
const LOAN_POSSIBLE = new Set(['possible', 'possibles', 'envisage', 'envisagee', 'envisageable', 'eligible', 'eventuel', 'eventuelle', 'sollicite', 'solliciter', 'refuse', 'refusee']);
/** Participles of a loan taken, after its amount: « Prêt de 3 000 € contracté en 2023 », « Microcrédit de 2 500 € obtenu ». */
const LOAN_TAKEN = new Set(['obtenu', 'obtenue', 'accorde', 'accordee', 'contracte', 'contractee', 'souscrit', 'souscrite', 'pris', 'prise', 'emprunte', 'empruntes', 'rembourse', 'consenti', 'octroye', 'octroyee']);
/**
 * A business-creation or a scheme's loan, not the person's debt: « prêt d'honneur », « prêt à taux zéro », « pour créer son activité »;
 * a training account's credit: « un crédit de 1 500 € sur son compte CPF ».
 */
const AID_LOAN = new Set(['honneur', 'taux', 'creer', 'creation', 'lancer', 'installer', 'installation', 'reprise', 'reprendre', 'adie', 'initiative', 'bpi', 'peut', 'pourrait', 'propose', 'proposer',
  'cpf', 'ects', 'heures']);
/**
 * The amount at [from, to) is the size of a loan the person holds, named right before it: « rembourse un microcrédit
 * de 2 500 € accordé pour l'achat de sa voiture » (what the loan paid for does not make the amount a price).
 */
function heldLoanBefore(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.t !== 'de' && toks[k]?.t !== "d'") return false;
  k--;
  // « un prêt personnel de », « un crédit auto de »
  if (toks[k] && !LOAN_NOUNS.has(toks[k].t) && LOAN_NOUNS.has(toks[k - 1]?.t ?? '')) k--;
  if (!toks[k] || toks[k].sn !== sn || !LOAN_NOUNS.has(toks[k].t)) return false;
  // « micro-crédit »
  if (toks[k].t === 'credit' && toks[k - 1]?.t === 'micro') k--;
  // a note's line opened by the loan, its holding said after the amount: « Microcrédit de 2 500 € obtenu pour financer son matériel »
  const heading = (toks[k].first || toks[k - 1]?.t === '-' || toks[k - 1]?.t === ':') && LOAN_TAKEN.has(toks[to]?.t ?? '');
  if (heading) {
    for (let j = to + 1, n = 0; n < 10 && j < toks.length && toks[j].sn === sn; j++, n++) if (AID_LOAN.has(toks[j].t) || OFFER_WORDS.has(toks[j].t)) return false;
    return true;
  }
  if (!LOAN_DETS.has(toks[k - 1]?.t ?? '')) return false;
  let held = false;
  for (let j = k - 2, n = 0; n < 3 && j >= 0 && toks[j].sn === sn; j--, n++) if (LOAN_HOLD.has(toks[j].t)) { held = true; break; }
  if (!held) return false;
  for (let j = k - 2, n = 0; n < 10 && j >= 0 && toks[j].sn === sn; j--, n++) if (AID_LOAN.has(toks[j].t) || OFFER_WORDS.has(toks[j].t)) return false;
  for (let j = to, n = 0; n < 10 && j < toks.length && toks[j].sn === sn; j++, n++) if (AID_LOAN.has(toks[j].t)) return false;
  return true;
}

/** The SMIC at k as the subject of its sentence (« Le SMIC est à… ») or after a job or offer word (« le poste est payé au SMIC »). */
function genericWage(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  if ((toks[k - 1]?.t === 'le' && toks[k - 1].first) || toks[k].first) return true;
  for (let j = k - 1; j >= 0 && j >= k - 8 && toks[j].sn === sn; j--) if (OFFER_WORDS.has(toks[j].t)) return true;
  return false;
}

/** Money lost, staked, inherited, won, lent to the person or guaranteed by them: the verb or noun right before the amount. */
const WINDFALL = new Set(['perdu', 'perd', 'perdait', 'perdre', 'flambe', 'flamber', 'claque', 'claquer', 'dilapide', 'dilapider', 'englouti', 'engloutit', 'joue', 'parie', 'paries', 'herite', 'heritee', 'herites', 'heritees', 'heriter', 'heritera', 'herita', 'heritage', 'heritages', 'legs', 'legue', 'leguee', 'succession',
  'gain', 'gains', 'empoche', 'empocher', 'remporte', 'remporter', 'avance', 'avancer', 'prete', 'preter', 'pretes', 'pretee', 'creance', 'creances', 'ardoise', 'cagnotte',
  'jackpot', 'caution', 'hauteur', 'donation', 'capital', 'estime', 'estimee', 'estimes', 'estimees', 'evalue', 'evaluee', 'evalues', 'evaluees', 'vaut', 'valait']);
/** What an inheritance is called: the estate's value is the person's wealth (« la succession est évaluée à 450 000 € »). */
const ESTATE = new Set(['heritage', 'heritages', 'succession', 'legs', 'herite', 'heritee', 'herites', 'heritees', 'heritera', 'herita', 'heriter', 'patrimoine', 'donation']);
const WINDFALL_GAP = new Set(['de', "d'", 'du', 'pres', 'environ', 'plus', 'moins', 'un', 'une', 'quelque', 'au', 'moins', 'deja', 'en', 'tout', 'lui', 'leur', 'me', "m'",
  'a', 'avait', 'ont', 'ete', 'pour', 'solidaire', 'personnelle', 'personnel', 'total', 'totale', 'jusqu', "jusqu'", 'hauteur', 'la', 'sa', 'son', 'ses', 'frere', 'soeur',
  'mere', 'pere', 'parents', 'famille', 'tante', 'oncle', 'grand-mere', 'grand-pere', 'ami', 'amie', 'cousin', 'cousine', 'heritage', 'gain', 'loto', 'euromillions', 'jeu',
  'jeux', 'paris', 'casino', 'ligne', 'bourse', 'crypto', 'cryptos', 'bitcoin', 'ans', 'mois', 'deux', 'trois', 'quatre', 'cinq', 'vie', 'etre', 'fait', 'porte', 'portee']);
/** Who loses or wins instead of the person: a firm, a club, a town (« l'entreprise a perdu 200 000 € »). */
const NOT_PERSON = new Set(['entreprise', 'societe', 'sarl', 'sas', 'club', 'association', 'commune', 'mairie', 'ville', 'magasin', 'boutique', 'restaurant', 'groupe', 'usine',
  'banque', 'etablissement', 'agence', 'employeur', 'enseigne', 'secteur', 'filiale', 'marque', 'gagnant', 'gagnants', 'joueur', 'joueurs', 'client', 'clients', 'etat', 'departement', 'region']);
/** Words after the amount that make it a firm's figure or a cost: « 200 000 € de chiffre d'affaires », « de subventions ». */
const NOT_PERSON_AFTER = new Set(['chiffre', 'subvention', 'subventions', 'ca', 'budget', 'investissement', 'formation', 'cout', 'frais', 'loyer',
  // a salesperson's or a buyer's figures: « a remporté 40 000 € de marchés », « a perdu 500 000 € de contrats », « prêté 200 € de matériel »
  'marche', 'marches', 'contrat', 'contrats', 'commande', 'commandes', 'ventes', 'encours', 'projets', 'materiel', 'marchandises', 'stock', 'stocks']);
/** Who a loan is made to or by: « sa mère lui a prêté 3 000 € », « il a avancé 4 200 € ». */
const LOAN_PARTIES = new Set(['lui', 'leur', 'me', "m'", 'il', 'elle', 'ils', 'elles']);
/** A guarantee given by the person: « s'est porté caution (personnelle) », « caution solidaire », « caution personnelle ». */
function personalGuarantee(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const p = toks[k - 1]?.t ?? '';
  const n = toks[k + 1]?.t ?? '';
  return p === 'porte' || p === 'portee' || p === 'portes' || p === 'portees' || n === 'personnelle' || n === 'solidaire';
}
/**
 * The person's losses, winnings, inheritance, debts to relatives and guarantees by their amount: « il a perdu 23 000 € », « elle a hérité de
 * 186 000 € », « gain de 250 000 € au Loto », « son frère lui a avancé 4 200 € », « une créance de 6 300 € », « caution personnelle à hauteur de
 * 90 000 € ». Not a firm's loss or a winner in general (« l'entreprise a perdu 200 000 € de chiffre d'affaires »).
 */
function windfallOrLoss(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = to, s = 0; s < 3 && k < toks.length && toks[k].sn === sn; k++, s++) if (NOT_PERSON_AFTER.has(toks[k].t)) return false;
  for (let k = from - 1, n = 0; n < 8 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (WINDFALL.has(t)) {
      if (t === 'hauteur' && toks[k - 1]?.t !== 'a') continue;
      if (t === 'caution' && !personalGuarantee(doc, k)) return false;
      if (t === 'hauteur' || t === 'capital' || t.startsWith('estim') || t.startsWith('evalu') || t === 'vaut' || t === 'valait') {
        // « caution personnelle à hauteur de 90 000 € », « la maison héritée, estimée à 200 000 € », « un capital de 40 000 € en héritage »:
        // only with a guarantee or an inheritance in the sentence
        let ok = false;
        for (let j = k - 1, m = 0; m < 12 && j >= 0 && toks[j].sn === sn; j--, m++) if ((toks[j].t === 'caution' && personalGuarantee(doc, j)) || ESTATE.has(toks[j].t)) { ok = true; break; }
        for (let j = to, m = 0; !ok && t === 'capital' && m < 4 && j < toks.length && toks[j].sn === sn; j++, m++) if (ESTATE.has(toks[j].t)) ok = true;
        if (!ok) return false;
      }
      // « lui a avancé 4 200 € », « sa mère lui a prêté 3 000 € »: a loan to the person (or made by them: « il a prêté »)
      if (t.startsWith('avanc') || t.startsWith('pret')) {
        let who = false;
        for (let j = k - 1, m = 0; m < 3 && j >= 0 && toks[j].sn === sn; j--, m++) if (LOAN_PARTIES.has(toks[j].t)) { who = true; break; }
        if (!who) return false;
      }
      // « Comptable, elle suivait une créance de 6 300 € sur un client »: a sum handled at work
      if (taskObject(doc, k)) return false;
      // the subject: a firm, a club, winners in general
      for (let j = k - 1, m = 0; m < 8 && j >= 0 && toks[j].sn === sn; j--, m++) {
        if (NOT_PERSON.has(toks[j].t)) return false;
        if (toks[j].k === Kind.Punct && toks[j].t !== ',' && toks[j].t !== "'") break;
      }
      return true;
    }
    if (!WINDFALL_GAP.has(t) && !(toks[k].k === Kind.Punct && (t === ':' || t === ','))) return false;
  }
  return false;
}

/** Fines and penalties, whose amount is a debt once they are left unpaid. */
const FINES = new Set(['amende', 'amendes', 'contravention', 'contraventions', 'pv', 'penalites', 'majorations', 'proces-verbaux']);
/** Marks of a fine left unpaid: « impayées », « majorées » (raised for late payment), « non réglées », « en retard ». */
const UNPAID = new Set(['impayee', 'impayees', 'impaye', 'impayes', 'majoree', 'majorees', 'majore', 'majores', 'non', 'retard', 'souffrance', 'dues', 'due']);
/**
 * « 1 240 € d'amendes majorées impayées », « 600 € de PV non réglés », « 900 € de contraventions en retard »: fines left unpaid are the
 * person's debt, their amount reported (a plain fine, « une amende de 135 € », stays with the offence, see BLOCKERS).
 */
function unpaidFinesAfter(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  if (to >= toks.length) return false;
  const sn = toks[to - 1].sn;
  let k = to;
  if (toks[k]?.sn !== sn || (toks[k].t !== 'de' && toks[k].t !== "d'")) return false;
  if (!FINES.has(toks[++k]?.t ?? '')) return false;
  for (let n = 0, j = k + 1; n < 3 && j < toks.length && toks[j].sn === sn; j++, n++) {
    const t = toks[j].t;
    if (UNPAID.has(t)) return t !== 'non' || ['reglees', 'regles', 'reglee', 'paye', 'payees', 'payes', 'payee', 'acquittees', 'acquittes', 'recouvrees'].includes(toks[j + 1]?.t ?? '');
    if (t !== 'de' && t !== 'routieres' && t !== 'stationnement' && t !== 'sncf' && t !== 'transport' && t !== 'en') return false;
  }
  return false;
}
/** Marks of a fine still to pay, before its amount: « amendes SNCF à payer : 1 200 € », « PV impayés pour 600 € ». */
const FINE_GAP = new Set(['de', "d'", 'sncf', 'ratp', 'routieres', 'routiere', 'stationnement', 'transport', 'transports', 'en', 'a', 'payer', 'regler', 'rembourser', 'pour', 'un', 'total',
  'montant', 'du', ':', 'environ', 'pres', 'soit', 'encore', 'toujours']);
/**
 * « des amendes SNCF à payer 1 200 € », « contraventions impayées : 450 € »: fines left unpaid named before their amount
 * (not a fine just imposed, « une amende de 135 € », which stays with the offence).
 */
function unpaidFinesBefore(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let unpaid = false;
  let strongUnpaid = false;
  for (let k = from - 1, n = 0; n < 7 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    // a single fine « à payer » is the fine itself, with the offence (« une amende à payer de 135 € »); fines piled up or marked unpaid are a debt
    if (FINES.has(t)) return unpaid && (t !== 'amende' && t !== 'contravention' || strongUnpaid);
    if (UNPAID.has(t) && t !== 'non') { unpaid = true; strongUnpaid = true; continue; }
    if ((t === 'payer' || t === 'regler' || t === 'rembourser') && toks[k - 1]?.t === 'a') unpaid = true;
    if (!FINE_GAP.has(t)) return false;
  }
  return false;
}

/** Whom a debt is owed to, right after « doit … € à »: a relative, a friend, a lender (« doit 2 000 € à sa sœur », « devait 800 € au bailleur »). */
const OWED_DETS = new Set(['sa', 'son', 'ses', 'leur', 'leurs', 'un', 'une', 'des', 'la', 'le', "l'", 'plusieurs']);
const OWE_VERBS = new Set(['doit', 'devait', 'doivent', 'devaient', 'dois', 'devais', 'devra']);
/** « (il) doit 2 000 € à sa sœur », « devait encore 800 € au bailleur » (not « doit 300 € à financer », an infinitive after « à »). */
function owedTo(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.sn === sn && (toks[k].t === 'encore' || toks[k].t === 'toujours' || toks[k].t === 'environ' || toks[k].t === 'pres' || toks[k].t === 'plus')) k--;
  if (toks[k]?.sn !== sn || !OWE_VERBS.has(toks[k].t)) return false;
  const a = toks[to];
  if (a?.sn !== sn) return false;
  const b = toks[to + 1]?.sn === sn ? toks[to + 1].t : '';
  const c = toks[to + 2]?.sn === sn ? toks[to + 2].t : '';
  if (a.t === 'au' || a.t === 'aux') return !NOT_CREDITORS.has(b);
  return a.t === 'a' && OWED_DETS.has(b) && !NOT_CREDITORS.has(c);
}
/** Moments and totals after « doit … € à / au », not a creditor: « doit 20 € à l'inscription », « doit 300 € au total », « à la fin du mois ». */
const NOT_CREDITORS = new Set(['total', 'maximum', 'minimum', 'moins', 'plus', 'mois', 'titre', 'debut', 'cours', 'fin', 'inscription', 'entree', 'signature', 'rentree', 'livraison',
  'commande', 'reservation', 'depart', 'arrivee', 'jour', 'semaine', 'annee', 'heure', 'prochain', 'prochaine', 'rendez-vous', 'rdv', 'avance', 'accueil', 'ouverture']);

/** Participles of money gone, right after its amount: « 9 000 € envolés dans les cryptomonnaies », « 3 000 € perdus au casino ». */
const LOST_AFTER = new Set(['envoles', 'envolees', 'perdus', 'perdues', 'partis', 'parties', 'engloutis', 'englouties', 'flambes', 'flambees', 'dilapides', 'dilapidees', 'evapores', 'evaporees', 'claques', 'joues', 'paries']);
/** Money the person lost: a loss participle right after the amount, with no firm as the loser in the sentence (« l'entreprise a vu 200 000 € envolés »). */
function lostAfter(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (!LOST_AFTER.has(toks[to]?.t ?? '') || toks[to].sn !== sn) return false;
  // « 200 € partis en fumée » is a loss; « partis » of a plan (« 300 € partis au budget de la formation ») is a cost, caught by the blockers
  for (let k = to + 1, n = 0; n < 5 && k < toks.length && toks[k].sn === sn; k++, n++) if (BLOCKERS.has(toks[k].t) || NOT_PERSON_AFTER.has(toks[k].t)) return false;
  for (let k = from - 1, n = 0; n < 14 && k >= 0 && toks[k].sn === sn; k--, n++) if (NOT_PERSON.has(toks[k].t) || OFFER_WORDS.has(toks[k].t)) return false;
  return true;
}

/** Savings products and investments: the amount put on them is the person's wealth (« 12 000 € sur un livret A », « assurance-vie de 40 000 € »). */
const SAVINGS = new Set(['ldds', 'ldd', 'lep', 'pel', 'cel', 'pea', 'perp', 'perco', 'pee', 'per', 'assurance-vie', 'assurances-vie', 'epargne', 'placement', 'placements',
  'cryptos', 'crypto', 'cryptomonnaies', 'bitcoin', 'bitcoins', 'actions', 'obligations', 'patrimoine']);
/** Words after « livret » that make it a savings book, not a « livret d'accueil » or a « livret de famille ». */
const SAVINGS_BOOK = new Set(['a', 'bleu', 'jeune', 'ldds', 'lep', 'epargne', "d'epargne", 'developpement', 'populaire', 'b']);
/** Accounts that hold training rights or a profile, not money: « 800 € sur son compte CPF », « son compte personnel de formation ». */
const NOT_MONEY_ACCOUNT = new Set(['cpf', 'formation', 'personnel', 'ameli', 'caf', 'client', 'clients', 'pro', 'professionnel', 'instagram', 'facebook', 'linkedin', 'temps', 'epargne-temps', 'cet', 'ants']);
const SAVINGS_GAP = new Set(['de', "d'", 'du', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'le', 'la', 'les', "l'", 'sur', 'en', 'environ', 'pres', 'plus', 'moins', ':', '(', 'place', 'places', 'placee', 'placees',
  'mis', 'mise', 'mises', 'a', 'ont', 'avait', 'est', 'etait', "s'", 'eleve', 'monte', 'atteint', 'dispose', 'possede', 'possedait', 'detient', 'detenait', 'garde', 'conserve', 'encore', 'deja', 'quelque', 'total', 'totale']);
/** The savings word at k: a product, « livret » of savings, or « compte » after a possessive (« sur son compte ») that is not a training account. */
function savingsAt(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]?.t ?? '';
  // (« agence de placement », « frais de placement »: the trade of placing workers, not an investment)
  if ((t === 'placement' || t === 'placements') && (toks[k - 1]?.t === 'de' || toks[k - 1]?.t === "d'")) return false;
  if (SAVINGS.has(t)) return t !== 'actions' && t !== 'obligations' || toks[k - 1]?.t === 'en';
  if (t === 'assurance' && toks[k + 1]?.t === 'vie') return true;
  if (t === 'livret' || t === 'livrets') return SAVINGS_BOOK.has(toks[k + 1]?.t ?? '') || toks[k + 1]?.t === "d'" && toks[k + 2]?.t === 'epargne';
  if (t === 'compte' || t === 'comptes') {
    const n = toks[k + 1]?.t ?? '';
    if (NOT_MONEY_ACCOUNT.has(n) || n === 'de' && toks[k + 2]?.t === 'formation' || n === "d'" && toks[k + 2]?.t === 'engagement') return false;
    return POSSESSIVE.has(toks[k - 1]?.t ?? '') || n === 'epargne' || n === 'courant' || n === 'bancaire' || n === 'titres';
  }
  // « 2 000 € de côté »
  return t === 'cote' && (toks[k - 1]?.t === 'de' || toks[k - 1]?.t === "d'");
}
/** The amount at [from, to) is put on a savings product named right before or after it, in a sentence with no price nor cost. */
function savingsAmount(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 10 && k >= 0 && toks[k].sn === sn; k--, n++) if (BLOCKERS.has(toks[k].t) || OFFER_WORDS.has(toks[k].t)) return false;
  for (let k = to, n = 0; n < 5 && k < toks.length && toks[k].sn === sn; k++, n++) {
    if (savingsAt(doc, k)) return true;
    if (!SAVINGS_GAP.has(toks[k].t)) break;
  }
  for (let k = from - 1, n = 0; n < 5 && k >= 0 && toks[k].sn === sn; k--, n++) {
    if (savingsAt(doc, k) || (toks[k].t === 'vie' && toks[k - 1]?.t === 'assurance') || (toks[k].t === 'a' && toks[k - 1]?.t === 'livret')) return true;
    if (!SAVINGS_GAP.has(toks[k].t)) break;
  }
  return false;
}

/** Words after « loyer(s) » (or after « loyers de ») that make it rent owed: « impayés », « de retard », « en retard », « dus ». */
const RENT_ARREARS = new Set(['impaye', 'impayes', 'impayee', 'impayees', 'retard', 'retards', 'arrieres', 'arriere', 'dus']);
/** Training and activity accounts, whose balance is rights and not money of the person: CPF, « Mon Compte Formation », CEC, C2P. */
const TRAINING_ACCOUNTS = new Set(['cpf', 'formation', 'cpa', 'dif', 'cec', 'c2p', 'prevention', 'engagement']);
/** A training account named a few words before « solde », between it and the amount, or right after the amount. */
function trainingAccountNear(doc: Doc, k: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[k].sn;
  for (let j = k - 1, n = 0; n < 8 && j >= 0 && toks[j].sn === sn; j--, n++) if (TRAINING_ACCOUNTS.has(toks[j].t)) return true;
  for (let j = k + 1, n = 0; n < 16 && j < toks.length && toks[j].sn === sn && j < to + 6; j++, n++) if (TRAINING_ACCOUNTS.has(toks[j].t)) return true;
  return false;
}
/** The person's job after a pay: « sur son CDD », « dans son poste actuel », « de son contrat d'apprentissage ». */
const OWN_JOB_LINKS = new Set(['sur', 'dans', 'de', 'du', 'a', 'pour', 'en']);
const OWN_JOBS = new Set(['cdd', 'cdi', 'cddi', 'contrat', 'poste', 'emploi', 'job', 'interim', 'mission', 'missions', 'apprentissage', 'alternance', 'travail', 'boulot', 'stage']);
/**
 * A pay noun right before the amount and the person's own job right after it: « Salaire de 1 180 € net sur son CDD de plongeur »,
 * « paie de 1 020 € dans son poste actuel ». Not an offer (« Salaire de 1 400 € net sur le poste proposé »: no possessive, or an offer word).
 */
function payOnOwnJob(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  const p1 = toks[from - 1]?.sn === sn ? toks[from - 1].t : '';
  const payAt = p1 === 'de' || p1 === ':' ? from - 2 : from - 1;
  const pay = toks[payAt]?.sn === sn ? toks[payAt].t : '';
  if (pay !== 'salaire' && pay !== 'paie' && pay !== 'remuneration') return false;
  let k = to;
  while (k < to + 4 && toks[k]?.sn === sn && TRAILING.has(toks[k].t)) k++;
  if (!OWN_JOB_LINKS.has(toks[k]?.t ?? '') || !POSSESSIVE.has(toks[k + 1]?.t ?? '')) return false;
  const job = toks[k + 2]?.t ?? '';
  if (!OWN_JOBS.has(job) && !(FORMER.has(job) && OWN_JOBS.has(toks[k + 3]?.t ?? ''))) return false;
  return !offerInSentence(doc, from);
}
/** Pay owed to the person, around « arriéré(e)s »: « arriéré de salaire », « primes arriérées ». */
const WAGES_OWED = new Set(['salaire', 'salaires', 'paie', 'prime', 'primes', 'heures', 'indemnites', 'conges']);
/** Sending money: « elle envoie », « il transfère », « envoyait ». */
const SEND_VERBS = new Set(['envoie', 'envoient', 'envoyait', 'envoyaient', 'envoyer', 'envoye', 'envoyes', 'envoyee', 'envoyees', 'envoyons', 'envoies', 'transfere', 'transferent',
  'transferait', 'transferer', 'expedie', 'expedient', 'expediait', 'expedier', 'renvoie']);
/** The family the money goes to, at home or abroad: « à sa mère », « à ses enfants restés au pays », « à la maman ». */
const REMIT_TO = new Set(['mere', 'pere', 'parents', 'famille', 'enfants', 'enfant', 'fils', 'fille', 'filles', 'maman', 'papa', 'frere', 'freres', 'soeur', 'soeurs', 'femme', 'epouse',
  'mari', 'proches', 'grand-mere', 'grands-parents', 'oncle', 'tante', 'cousins', 'famille', 'pays', 'bled']);
/**
 * Money the person sends to the family: a sending verb before the amount and a relative near it, in the same
 * sentence, with no price nor cost (« elle envoie 150 € par mois à ses enfants », « envoie de l'argent à sa mère
 * (environ 80 € par mois) »). Not « il envoie le devis de 1 200 € à sa mère » (a price), nor « envoie 3 CV ».
 */
function remittance(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let verb = -1;
  for (let k = from - 1, n = 0; n < 12 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (t === ';' || t === '.' || BLOCKERS.has(t) || OFFER_WORDS.has(t)) return false;
    if (SEND_VERBS.has(t)) { verb = k; break; }
  }
  if (verb < 0) return false;
  for (let k = verb + 1, n = 0; n < 20 && k < toks.length && toks[k].sn === sn; k++, n++) {
    const t = toks[k].t;
    if (k >= from && k < to) continue;
    if (t === ';' || (k >= to && BLOCKERS.has(t))) return false;
    if (REMIT_TO.has(t)) return true;
  }
  return false;
}
/** What follows « reste à » when it is the share of a cost (training, care, equipment) the person pays: « reste à charge ». */
const REST_OF_COST = new Set(['charge', 'financer', 'autofinancer']);
/** Is the amount at tokens [from, to) about the person's resources, benefits or debts? */
function aboutResources(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  if (windfallOrLoss(doc, from, to)) return true;
  // « Dernier salaire : 1 530,27 € net », « le club lui versait 4 800 € brut »: the person's pay, gross or net
  if (ownPayBefore(doc, from)) return true;
  if (statedPay(doc, from, to)) return true;
  if (netPerMonth(doc, from, to) || takeHome(doc, from, to) || tontineShare(doc, from, to) || remittance(doc, from, to) || payOnOwnJob(doc, from, to)) return true;
  const earns = earnsBefore(doc, from);
  // "ARE journalière : 38,49 € brut": a benefit's amount is the person's, gross or net (not a cost, a training, an offer after it)
  if (benefitBefore(doc, from)) {
    let blocked = false;
    for (let k = to, s = 0; s < 6 && k < toks.length && toks[k].sn === sn; k++, s++) {
      const t = toks[k].t;
      if (BLOCKERS.has(t) && t !== 'brut' && t !== 'bruts') { blocked = true; break; }
      if (toks[k].k === Kind.Punct && t !== '/') break;
    }
    if (!blocked) return true;
  }
  // « Chiffre d'affaires plateforme en mars : 2 310 € brut, 1 120 € après commission »: a gig worker's own takings, gross or net
  for (let k = from - 1, s = 0; s < 14 && k >= 0 && toks[k].sn === sn; k--, s++) {
    if (toks[k].t === 'chiffre' && toks[k + 2]?.t === 'affaires') { if (ownTurnover(doc, k, from)) return true; break; }
    if (toks[k].t === ';' || toks[k].t === '.') break;
    // « Chiffre d'affaires micro-entreprise : 1 120 € », « CA auto-entreprise » : the person's own business status, not a firm
    if (toks[k].t === 'entreprise' && toks[k].hyphen && SELF_PREFIX.has(toks[k - 1]?.t ?? '')) { k--; s++; continue; }
    if (toks[k].t === 'ca' && doc.raw(k) === 'CA' && selfEmployedAfter(doc, k + 1, from)) return true;
    // « plafond de chiffre d'affaires de la micro-entreprise … est de 77 700 € »: a blocker between is the checks' below
    if (BLOCKERS.has(toks[k].t) && toks[k].t !== 'brut' && toks[k].t !== 'bruts' && toks[k].t !== 'affaires') break;
  }
  if (heldLoanBefore(doc, from, to)) return true;
  if (unpaidFinesAfter(doc, to) || lostAfter(doc, from, to) || unpaidFinesBefore(doc, from) || owedTo(doc, from, to)) return true;
  // after the amount: "… brut" (a salary), "… pour financer son permis", or "… de RSA", "… de dettes"
  for (let k = to, s = 0; s < 6 && k < toks.length && toks[k].sn === sn; k++, s++) {
    const t = toks[k].t;
    // « 1,2 k€ net dans son dernier poste », « dans son poste précédent »: the person's former pay, not an offer
    if (t === 'poste' && formerPost(doc, k)) break;
    // « il déclare 1 380 € de chiffre d'affaires »
    // (not a ceiling of the status: « le plafond du micro-entrepreneur est de 77 700 € de chiffre d'affaires »)
    if (t === 'chiffre' && toks[k + 2]?.t === 'affaires' && !capBefore(doc, from)) {
      for (let j = from - 1; j >= 0 && j >= from - 4 && toks[j].sn === sn; j--) if (SELF_EMPLOYED.has(toks[j].t) || POSSESSIVE.has(toks[j].t)) return true;
    }
    if (PHRASE_END.has(t)) break;
    // « 2 640 € de loyers de retard », « 900 € de loyers impayés »: rent in arrears is a debt, not a price
    if ((t === 'loyer' || t === 'loyers') && RENT_ARREARS.has(toks[k + 1]?.t === 'de' ? toks[k + 2]?.t ?? '' : toks[k + 1]?.t ?? '')) continue;
    if (BLOCKERS.has(t) && !(earns && (t === 'brut' || t === 'bruts'))) return false;
    if (toks[k].k === Kind.Punct && t !== '/') break;
  }
  if (leftToRepay(doc, to)) return true;
  if (savingsAmount(doc, from, to)) return true;
  for (let k = to, s = 0; s < 4 && k < toks.length && toks[k].sn === sn; k++, s++) {
    const t = toks[k].t;
    // « 5 000 € de prêt d'honneur », « prêt à taux zéro »: a business-creation aid, not a debt situation
    if ((t === 'pret' || t === 'prets') && (toks[k + 2]?.t === 'honneur' || toks[k + 2]?.t === 'taux')) break;
    if (CUE_NOUNS_AFTER.has(t)) return true;
    // social assistance by its names abroad: « 770 $ d'aide sociale » (Québec), « 1 200 CHF d'aide sociale » (Switzerland)
    if (t === 'aide' && (toks[k + 1]?.t === 'sociale' || toks[k + 2]?.t === 'dernier')) return true;
    if (!(t === 'de' || t === "d'" || t === 'du' || t === 'mois' || t === 'loyers' || t === 'loyer' || TRAILING.has(t))) break;
  }
  // before the amount, in the same sentence, up to a blocker: "perçoit le RSA, soit", "vit avec", "doit encore"
  for (let k = from - 1, s = 0; s < 14 && k >= 0 && toks[k].sn === sn; k--, s++) {
    const t = toks[k].t;
    if (t === ';' || t === '.' || t === '?' || t === '!') break;
    if (BLOCKERS.has(t)) {
      // « chiffre d'affaires déclaré à l'URSSAF », « son chiffre d'affaires »: a self-employed person's income
      if ((t === 'affaires' || t === 'chiffre') && ownTurnover(doc, k, from)) return true;
      if (t === 'poste' && formerPost(doc, k)) continue;
      // "dette de loyer de 2 000 €", "loyers impayés" are still debts
      if ((t === 'loyer' || t === 'loyers') && (toks[k - 1]?.t === 'de' && ['dette', 'dettes', 'arrieres', 'impayes', 'retard', 'retards', 'mois'].includes(toks[k - 2]?.t ?? '') || toks[k + 1]?.t.startsWith('impaye'))) continue;
      return false;
    }
    if (!CUES.has(t)) continue;
    // « Le SMIC est à 1 398 € net » (the minimum wage itself), « Le poste est payé au SMIC, soit… » (an offer)
    if (t === 'smic' && genericWage(doc, k)) return false;
    const nx = toks[k + 1]?.t;
    if ((t === 'vit' || t === 'vivent' || t === 'vivait') && nx !== 'avec' && nx !== 'de' && nx !== 'sur') continue;
    if ((t === 'doit' || t === 'doivent' || t === 'devait' || t === 'dois' || t === 'devais' || t === 'devoir' || t === 'devaient' || t.startsWith('declar') || t.startsWith('rec')) && from - k > 3) continue;
    // « il reçoit 1 200 € de commandes »: what a shop or a job receives, not the person's income (an income noun after the amount has already matched)
    if (t.startsWith('rec') && (toks[to]?.t === 'de' || toks[to]?.t === "d'")) continue;
    // "on lui réclame 740 €", "l'office leur réclame": a claim on the person, not "il réclame 1 800 € de salaire"
    if (t.startsWith('reclam') && (from - k > 3 || !['lui', 'leur', "l'", 'la', 'le', 'les'].includes(toks[k - 1]?.t ?? ''))) continue;
    if (t === 'reste' && nx !== 'a' && nx !== 'du' && nx !== 'dus') continue;
    // « un arriéré de salaire », « ses primes arriérées »: pay owed to the person, not a debt of theirs
    if (t.startsWith('arriere') && (WAGES_OWED.has(toks[k - 1]?.t ?? '') || WAGES_OWED.has(toks[k + 2]?.t ?? ''))) continue;
    // « le reste à charge (1 200 €) », « reste à payer par le stagiaire »: the part of a cost left to pay, a price and not a debt
    if (t === 'reste' && nx === 'a' && REST_OF_COST.has(toks[k + 2]?.t ?? '')) return false;
    if ((t === 'credit' || t === 'credits') && nx === "d'" && ['impot', 'impots', 'heures'].includes(toks[k + 2]?.t ?? '')) return false;
    if (t === 'trop' && nx !== 'percu' && nx !== 'percus') continue;
    // « Mon Compte Formation affiche un solde de 800 € », « solde de 1 200 € sur son CPF »: a training account's balance, neither income nor debt
    if (t === 'solde' && trainingAccountNear(doc, k, to)) return false;
    if ((t === 'pret' || t === 'prets') && nx === 'a') continue;
    // « Prêt de 3 000 € possible via l'Adie pour créer son activité »: a loan offered or planned, not one the person holds
    if (LOAN_NOUNS.has(t) && schemeLoanAfter(doc, to)) continue;
    if (t === 'assurance' && nx !== 'chomage') continue;
    // "son salaire actuel est de 1 600 €" is the person's income; "salaire : 1 800 €" in an offer is not
    // "prime d'activité", "aide au logement": benefits; "prime de Noël", "aide à la mobilité" granted by the agency are not the person's budget
    if (t === 'prime' && !(nx === "d'" && toks[k + 2]?.t === 'activite')) continue;
    if (t === 'aide' && !((nx === 'au' && toks[k + 2]?.t === 'logement') || nx === 'sociale')) continue;
    // "son (ancien | dernier) salaire était de 1 412 € net": the person's income, current or former
    // « Salaire net : 1 042,18 € » as a form label of the report (an offer's pay is « brut », which blocks)
    // (also a table row « | Salaire CDDI net | 1 012 € | », the contract named: « Salaire CDDI net : », « Salaire net mensuel : »)
    let q = k + 1;
    if (PAY_CONTRACTS.has(toks[q]?.t ?? '')) q++;
    const netWord = toks[q]?.t;
    if ((netWord === 'net' || netWord === 'percu' || netWord === 'actuel') && (toks[q + 1]?.t === 'mensuel' || toks[q + 1]?.t === 'moyen')) q++;
    const netLabel = (toks[k].first || (toks[k - 1]?.t === '|' && !offerInSentence(doc, k))) && (netWord === 'net' || netWord === 'percu' || netWord === 'actuel') && (toks[q + 1]?.t === ':' || toks[q + 1]?.t === '|');
    if ((t === 'salaire' || t === 'paie') && !netLabel && !(['son', 'sa', 'leur'].includes(toks[k - 1]?.t ?? '') || (FORMER.has(toks[k - 1]?.t ?? '') && ['son', 'sa', 'leur'].includes(toks[k - 2]?.t ?? '')) || nx === 'actuel')) continue;
    if (t === 'minimum' && nx !== 'vieillesse') continue;
    // « le poste rapporte 1 800 € »: an offer's pay, not the person's
    if (t.startsWith('rapport') || t.startsWith('degag') || t.startsWith('encaiss')) {
      let offer = false;
      for (let j = k - 1, m = 0; m < 6 && j >= 0 && toks[j].sn === sn; j--, m++) if (OFFER_WORDS.has(toks[j].t) || BLOCKERS.has(toks[j].t)) { offer = true; break; }
      if (offer) continue;
    }
    if ((t === 'survit' || t === 'survivait' || t === 'vis' || t === 'vivons' || t === 'vivais') && nx !== 'avec' && nx !== 'de' && nx !== 'sur') continue;
    // « la CAF retient 86 € », « 86 € retenus sur son RSA »: withheld by an agency or from the person's income
    if (t.startsWith('reten') || t.startsWith('retien') || t.startsWith('ponction')) {
      let who = false;
      for (let j = k - 1; j >= 0 && j >= k - 4 && toks[j].sn === sn; j--) if (WITHHOLDERS.has(toks[j].t)) { who = true; break; }
      if (!who) {
        for (let j = to; j < to + 6 && j < toks.length && toks[j].sn === sn; j++) {
          if (toks[j].t === 'sur' && ['son', 'sa', 'ses', 'leur', 'leurs'].includes(toks[j + 1]?.t ?? '')) { who = true; break; }
        }
      }
      if (!who) continue;
    }
    return true;
  }
  return false;
}

// --- banking blacklists: "inscrit au | fichier central des chèques", "n'est pas fiché", "consultait le FICP" ---
const LISTED = new Set(['inscrit', 'inscrite', 'inscrits', 'inscrites', 'inscription', 'fiche', 'fichee', 'fiches', 'fichees', 'fichage', 'signale', 'signalee', 'enregistre', 'enregistree', 'repertorie', 'repertoriee']);
const REGISTERS = new Set(['fichier', 'fichiers', 'ficp', 'fcc']);
const LIST_LINKS = new Set(['au', 'aux', 'a', 'la', 'le', 'dans', 'sur']);
/** Looking the register up is a job or a check, not the person's listing ("il consultait le FICP", "vérification du FICP"). */
const CONSULT = new Set(['consulte', 'consultait', 'consulter', 'consultation', 'consultations', 'interroge', 'interroger', 'interrogation', 'gestion', 'gere', 'gerer', 'gerait', 'verification', 'verifier', 'verifie', 'acces', 'alimente', 'alimenter', 'tenue', 'tient']);
const NOT_LISTED_SKIP = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'son', 'sa', 'est', 'etait', 'a', 'avait', 'ete', 'etre', 'ne', "n'", 'toujours', 'encore', 'jamais', 'pas', 'aucunement', 'nullement']);

/**
 * Start of a banking-blacklist finding, extended over the listing verb before the register ("inscrit au
 * fichier central des chèques"), or -1 when it is a denial ("n'est pas fiché", "n'a jamais été inscrit au
 * FICP") or a look-up ("consultait le FICP"). "N'est plus fiché" is a past listing: still a finding.
 */
function blacklistStart(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let start = from;
  if (REGISTERS.has(toks[from].t)) {
    let k = from - 1;
    while (k >= 0 && k > from - 3 && toks[k].sn === sn && LIST_LINKS.has(toks[k].t)) k--;
    if (k < from - 1 && k >= 0 && toks[k].sn === sn && LISTED.has(toks[k].t)) start = k;
  } else if (!LISTED.has(toks[from].t)) return from;
  for (let k = start - 1, n = 0; n < 5 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) {
    const t = toks[k].t;
    if (CONSULT.has(t)) return -1;
    if ((t === 'pas' || t === 'jamais' || t === 'aucunement' || t === 'nullement') && n < 4) return -1;
    if (!NOT_LISTED_SKIP.has(t)) break;
  }
  return start;
}

/** Verbs and nouns before "à découvert" when it is an overdraft. */
const OVERDRAFT_BEFORE = new Set(['est', 'etait', 'sont', 'etaient', 'etre', 'reste', 'restait', 'retrouve', 'compte', 'comptes', 'toujours', 'souvent', 'regulierement', 'deja', 'encore', 'vite', 'rapidement', 'systematiquement', 'constamment', 'chaque', 'mois', 'passe', 'passer', 'ete']);

/** "son compte est à découvert" (overdraft), not "il a découvert le métier": the accent, or the verb before. */
function bankOverdraft(doc: Doc, from: number): boolean {
  const raw = doc.raw(from);
  if (raw === 'à' || raw === 'À') return true;
  const prev = doc.tokens[from - 1];
  return !!prev && prev.sn === doc.tokens[from].sn && OVERDRAFT_BEFORE.has(prev.t) && doc.tokens[from + 2]?.t !== 'le' && doc.tokens[from + 2]?.t !== 'la' && doc.tokens[from + 2]?.t !== 'les';
}

/** Payments a bank rejects or returns unpaid. */
const PAYMENTS = new Set(['prelevement', 'prelevements', 'cheque', 'cheques', 'echeance', 'echeances', 'mensualite', 'mensualites', 'traite', 'traites']);
const PAYMENT_DETS = new Set(['plusieurs', 'des', 'ses', 'son', 'sa', 'les', 'le', 'la', "l'", 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'tous', 'toutes', 'certains', 'quelques', 'nombreux', 'de', 'deja', 'encore', 'leurs', 'leur', 'mes', 'mon']);
const PASSIVE_AUX = new Set(['a', 'ont', 'ete', 'est', 'sont', 'etait', 'etaient', 'avait', 'avaient', 'se', "s'", 'sont', 'vu', 'voit', 'fait', 'revenu', 'revenus', 'impaye', 'impayes', 'deja', 'encore', 'tous', 'toutes']);
/** A person as the subject of the active verb: « il a rejeté les échéances proposées » is a refusal, not a bank's rejection. */
const PERSON_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles', 'je', "j'"]);
const ACTIVE_AUX = new Set(['a', 'avait', 'ont', 'avaient', 'aurait']);
/** Words between a payment and its passive verb: « le prélèvement du loyer a été rejeté ». */
const PAYMENT_OF = new Set(['du', 'de', "d'", 'loyer', 'credit', 'pret', 'edf', 'assurance', 'mutuelle', 'box', 'forfait', 'telephone']);
/** Who rejects a payment: a bank, not a judge, an employer or a jury (« le juge a rejeté sa demande »). */
const NOT_BANK = new Set(['juge', 'tribunal', 'jury', 'employeur', 'recruteur', 'commission', 'prefecture', 'caf', 'ofpra', 'cnda', 'administration', 'client', 'clients']);
/**
 * « sa banque a rejeté plusieurs prélèvements », « trois chèques refusés », « le prélèvement du loyer a été rejeté », « chèque retourné impayé »:
 * a payment word right after the verb (past its determiners) or a few words before it. Returns the span, or null.
 */
function rejectedPayment(doc: Doc, from: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 8 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) if (NOT_BANK.has(toks[k].t)) return null;
  // « retourné » only after the payment (« chèque retourné impayé »): « il a retourné les chèques au client » is a return
  const aux = toks[from - 1];
  const active = !!aux && aux.sn === sn && ACTIVE_AUX.has(aux.t) && PERSON_SUBJECTS.has(toks[from - 2]?.sn === sn ? toks[from - 2].t : '');
  let k = toks[from].t.startsWith('retourn') || active ? toks.length : from + 1;
  while (k < toks.length && k < from + 4 && toks[k].sn === sn && (PAYMENT_DETS.has(toks[k].t) || toks[k].k === Kind.Number)) k++;
  if (toks[k]?.sn === sn && PAYMENTS.has(toks[k].t)) return [from, k + 1];
  // passive or participle after the noun: « prélèvements rejetés », « le prélèvement du loyer a été rejeté »
  for (let j = from - 1, n = 0; n < 6 && j >= 0 && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--, n++) {
    if (PAYMENTS.has(toks[j].t)) return [j, from + 1];
    if (!PASSIVE_AUX.has(toks[j].t) && !PAYMENT_OF.has(toks[j].t)) return null;
  }
  return null;
}

/** Third parties whose debts are the object of a job: "relance des charges impayées | des copropriétaires". */
const THIRD_PARTIES = new Set(['coproprietaires', 'coproprietaire', 'locataires', 'locataire', 'clients', 'client', 'usagers', 'adherents', 'debiteurs', 'fournisseurs',
  'patients', 'residents', 'familles', 'beneficiaires', 'abonnes', 'assures', 'contribuables', 'particuliers', 'entreprises', 'societes']);
/** Headers of a list of tasks: "Les missions qui vous intéressent : …", "Mission de bénévolat au Secours catholique : tri et distribution…". */
const TASK_HEADERS = new Set(['mission', 'missions', 'tache', 'taches', 'activites', 'benevolat', 'benevole', 'volontariat', 'poste', 'stage', 'pmsmp', 'offre',
  'fiche', 'competences', 'attributions', 'responsabilites', 'alternance', 'immersion',
  // a list of skills on a CV: « Domaines maîtrisés : crédit à la consommation, regroupement de crédits, surendettement »
  'maitrises', 'maitrisees', 'competence', 'expertise', 'expertises', 'specialite', 'specialites', 'savoir-faire', 'connaissances']);
/** Prepositions of a workplace after a job title: « Téléconseillère chez un assureur », « Chargé de clientèle en agence ». */
const AT_WORKPLACE = new Set(['chez', 'en', 'dans', 'au', 'aux', 'pour']);
/** After « en », a contract or a situation, not a workplace: « Employée en CDI : dossier de surendettement » is the person's own. */
const NOT_WORKPLACE = new Set(['cdi', 'cdd', 'cddi', 'cdd-i', 'interim', 'cours', 'arret', 'recherche', 'attente', 'reconversion', 'contrat', 'conge', 'maladie',
  'invalidite', 'disponibilite', 'temps', 'situation', 'difficulte', 'difficultes']);
/** The person named after the colon: the clause is about them, not a task (« Conseillère chez X : elle a un dossier de surendettement »). */
const PERSON_AFTER_COLON = new Set(['il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'lui']);
/** Job titles that open a list of tasks when they start the sentence: « Téléconseillère chez un assureur : relance des impayés de cotisation ». */
const TASK_TITLES = new Set(['conseiller', 'conseillere', 'teleconseiller', 'teleconseillere', 'gestionnaire', 'charge', 'chargee', 'assistant', 'assistante', 'comptable',
  'employe', 'employee', 'clerc', 'guichetier', 'guichetiere', 'caissier', 'caissiere', 'secretaire', 'collaborateur', 'collaboratrice', 'analyste', 'juriste',
  'negociateur', 'negociatrice', 'technicien', 'technicienne', 'operateur', 'operatrice', 'responsable', 'stagiaire', 'alternant', 'alternante']);

/** Office tasks done on a batch of records: « la saisie des factures », « le lettrage des impayés », « l'enregistrement des créances ». */
const BOOKKEEPING = new Set(['saisie', 'lettrage', 'pointage', 'comptabilisation', 'enregistrement', 'archivage', 'classement', 'facturation']);
/** A debt or an aid that is a task of a job or of volunteering, not the person's situation. */
function taskFrame(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = to;
  if (toks[k]?.sn === sn && (toks[k].t === 'des' || toks[k].t === 'de' || toks[k].t === 'du' || toks[k].t === "d'")) {
    k++;
    if (toks[k]?.t === 'la' || toks[k]?.t === "l'" || toks[k]?.t === 'leurs' || toks[k]?.t === 'nos' || toks[k]?.t === 'ses') k++;
    if (toks[k]?.sn === sn && THIRD_PARTIES.has(toks[k].t)) return true;
  }
  // a bookkeeping task on debts in general: « formé à la saisie des factures impayées », « le lettrage des impayés » (a possessive stays the person's: « ses impayés »)
  if ((toks[from - 1]?.t === 'des' || toks[from - 1]?.t === 'les') && toks[from - 1].sn === sn && BOOKKEEPING.has(toks[from - 2]?.t ?? '')
    && ['la', 'le', "l'", 'de', "d'", 'a'].includes(toks[from - 3]?.t ?? '')) return true;
  // a task header before a colon earlier in the sentence (a skills list runs long: the colon may be far back)
  for (let j = from - 1, n = 0; j >= 0 && n < 80 && toks[j].sn === sn; j--, n++) {
    if (toks[j].t !== ':') continue;
    let h = j - 1;
    for (let m = 0; h >= 0 && m < 8 && toks[h].sn === sn && toks[h].k !== Kind.Punct; h--, m++) if (TASK_HEADERS.has(toks[h].t)) return true;
    // a job title starting the sentence and its header: « Téléconseillère chez un assureur : relance des impayés » (not « Dette chez Cofidis : »)
    const first = h + 1;
    if (first < j && (first === 0 || toks[first - 1].sn !== sn || toks[first - 1].k === Kind.Punct) && TASK_TITLES.has(toks[first].t)) {
      let at = false;
      for (let q = first + 1; q < j; q++) if (AT_WORKPLACE.has(toks[q].t) && !(toks[q].t === 'en' && NOT_WORKPLACE.has(toks[q + 1]?.t ?? ''))) at = true;
      for (let q = j + 1; at && q < from; q++) if (PERSON_AFTER_COLON.has(toks[q].t)) at = false;
      if (at) return true;
    }
    break;
  }
  return false;
}

/** Pawning verbs before the pledged object: "mettre ses bijoux | au Crédit municipal", "a mis son alliance | en gage". */
const PAWN_VERBS = new Set(['mettre', 'mis', 'mise', 'met', 'mettent', 'mettait', 'deposer', 'depose', 'deposee', 'porter', 'porte', 'portee', 'laisser', 'laisse', 'engager', 'engage']);
const PLEDGED = new Set(['bijoux', 'bijou', 'alliance', 'alliances', 'montre', 'montres', 'bague', 'bagues', 'collier', 'colliers', 'bracelet', 'or', 'objets', 'biens',
  'console', 'ordinateur', 'telephone', 'television', 'tele', 'voiture', 'affaires', 'chaine', 'chaines', 'boucles', 'valeur', 'tableau', 'argenterie']);
const PLEDGE_DETS = new Set(['ses', 'son', 'sa', 'leurs', 'leur', 'des', 'les', 'une', 'un', 'quelques', 'tous', 'toutes', 'en', 'de', "d'", 'famille']);

/** Start of a pawning span: the verb before the object and the place ("mettre ses bijoux au"), or -1 when none. */
function pawnStart(doc: Doc, from: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let k = from - 1;
  if (toks[k]?.t === 'au' || toks[k]?.t === 'en') k--;
  let object = false;
  for (let n = 0; n < 4 && k >= 0 && toks[k].sn === sn; n++, k--) {
    if (PLEDGED.has(toks[k].t)) { object = true; continue; }
    if (PLEDGE_DETS.has(toks[k].t)) continue;
    break;
  }
  return object && k >= 0 && toks[k].sn === sn && PAWN_VERBS.has(toks[k].t) ? k : -1;
}

/** The pawn bank named a few words after another finding, in the same clause, after « au » (« mis en gage la chevalière de son père | au | Crédit municipal »). */
function pawnBankAfter(doc: Doc, lastTo: number, from: number): boolean {
  const toks = doc.tokens;
  if (from - lastTo > 8 || toks[from - 1]?.t !== 'au' || toks[lastTo - 1].sn !== toks[from].sn) return false;
  for (let k = lastTo; k < from; k++) if (toks[k].k === Kind.Punct) return false;
  return true;
}

/**
 * The job frame of rules/jugement.ts, read before « au titre de »: « retenue au titre d'un indu »
 * names the ground of a claim, not a job title.
 */
/** What a debt collector is named by after its noun: « société de recouvrement », « cabinet de contentieux », « organisme de rachat de créances ». */
const COLLECTION = new Set(['recouvrement', 'contentieux', 'rachat', 'creances']);
const COLLECTOR_NOUNS = new Set(['societe', 'societes', 'cabinet', 'cabinets', 'agence', 'agences', 'organisme', 'organismes', 'service']);
function inJobFrame(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    if (toks[k].t === 'titre' && toks[k - 1]?.t === 'au') return jobFrame(doc, k - 1);
  }
  // the creditor's collector named before the debt is not the person's workplace: « relances d'une société de recouvrement pour un crédit auto impayé »
  // (the frame is read before it: « il travaillait dans une société de recouvrement pour… » stays a job)
  const sn = toks[from].sn;
  for (let k = from - 1; k >= 2 && k >= from - 6 && toks[k].sn === sn; k--) {
    if (COLLECTION.has(toks[k].t) && (toks[k - 1].t === 'de' || toks[k - 1].t === 'du') && COLLECTOR_NOUNS.has(toks[k - 2].t)) return jobFrame(doc, k - 2);
  }
  return jobFrame(doc, from);
}

/** Utilities, their suppliers and what they supply. */
const UTILITY = new Set(['edf', 'engie', 'gdf', 'enedis', 'grdf', 'totalenergies', 'veolia', 'suez', 'saur', 'gaz', 'electricite', 'elec', 'courant', 'eau',
  'energie', 'energies', 'chauffage', 'lumiere', 'compteur',
  // the phone and the internet box cut for arrears: « sa box a été coupée faute de paiement », « ligne suspendue pour impayés chez SFR »
  'box', 'internet', 'fibre', 'telephone', 'portable', 'mobile', 'forfait', 'ligne', 'abonnement', 'orange', 'sfr', 'bouygues', 'free']);
/** Arrears words: « pour impayés », « arriérés », « dette d'énergie ». */
const ARREARS = new Set(['impaye', 'impayes', 'impayee', 'impayees', 'arrieres', 'arriere', 'dette', 'dettes']);
const UNPAID_VERB = /^(?:(?:pay|regl|honor|acquitt|rembours)(?:e|es|ee|ees|ait|aient|er)|paie|paient)$/;
const NOT_PAID = new Set(['non', 'pas', 'plus', 'jamais', 'toujours']);
/** A notice of a cut-off is only sent for arrears: « menace de coupure », « préavis de coupure ». */
const NOTICE = new Set(['menace', 'menaces', 'menacee', 'menacees', 'preavis', 'avis', 'risque']);
/** Cut-offs that are not about money. */
const OUTAGE = new Set(['panne', 'pannes', 'orage', 'tempete', 'travaux', 'maintenance', 'greve', 'incident', 'inondation', 'intemperies', 'neige', 'fuite', 'securite']);

/**
 * A utility cut off or reduced for arrears: « coupure EDF pour factures non réglées », « l'électricité
 * a été coupée pour impayés », « menace de coupure de gaz ». The utility within five words, and an
 * arrears word or a notice in the sentence. Returns the last token of the span, or -1.
 */
function utilityCut(doc: Doc, from: number, to: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let utility = -1;
  for (let k = Math.max(0, from - 5); k < to + 5 && k < toks.length; k++) if (toks[k].sn === sn && UTILITY.has(toks[k].t) && !(toks[k].t === 'courant' && toks[k - 1]?.t === 'au')) { utility = k; break; }
  if (utility < 0) return -1;
  let s0 = from;
  while (s0 > 0 && toks[s0 - 1].sn === sn) s0--;
  let cue = -1;
  for (let k = s0; k < toks.length && toks[k].sn === sn; k++) {
    const t = toks[k].t;
    if (OUTAGE.has(t)) return -1;
    let end = -1;
    if (ARREARS.has(t)) end = k + 1;
    else if (UNPAID_VERB.test(t) && (NOT_PAID.has(toks[k - 1]?.t) || NOT_PAID.has(toks[k - 2]?.t) || NOT_PAID.has(toks[k + 1]?.t))) end = k + 1;
    else if ((t === 'defaut' || t === 'faute' || t === 'retard' || t === 'retards') && toks[k + 1]?.t === 'de' && /^paiements?$/.test(toks[k + 2]?.t ?? '')) end = k + 3;
    else if (t === 'retard' && toks[k - 1]?.t === 'en' && /^(?:factures?|paiements?|reglements?)$/.test(toks[k - 2]?.t ?? '')) end = k + 1;
    if (end > 0 && (cue < 0 || k < to + 8)) cue = end;
  }
  const prev = toks[from - 1]?.t === 'de' || toks[from - 1]?.t === "d'" ? toks[from - 2] : toks[from - 1];
  if (cue < 0 && !(prev && prev.sn === sn && NOTICE.has(prev.t))) return -1;
  let end = Math.max(to, utility + 1);
  if (cue > from && cue <= to + 8) end = Math.max(end, cue);
  return end;
}

/** Participles of a measure that did not happen: « la coupure a été évitée de justesse », « coupure finalement évitée ». */
const AVERTED = new Set(['evitee', 'evitees', 'evite', 'evites', 'epargnee', 'annulee', 'annulees', 'suspendue']);
const AVERTED_GAP = new Set(['a', 'ont', 'ete', 'est', 'sont', 'finalement', 'de', 'justesse', 'pu', 'etre', 'bien', 'toujours', 'in', 'extremis', 'pour', 'cette', 'fois']);
/** Is the measure ending at `to` said to be avoided right after (the arrears that threatened it stay findings of their own)? */
function averted(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  for (let k = to, n = 0; n < 5 && toks[k]?.sn === sn; k++, n++) {
    if (AVERTED.has(toks[k].t)) return true;
    if (!AVERTED_GAP.has(toks[k].t)) return false;
  }
  return false;
}

/** What a creditor seizes: « son salaire est saisi », « ses allocations ont été saisies », « le compte bancaire est saisi ». */
const SEIZABLE = new Set(['salaire', 'salaires', 'paie', 'paye', 'compte', 'comptes', 'allocations', 'allocation', 'indemnites', 'prestations', 'pension', 'retraite',
  'rsa', 'are', 'aah', 'apl', 'chomage', 'revenus', 'livret', 'epargne', 'vehicule', 'voiture', 'meubles', 'biens', 'remuneration', 'rente', 'prime', 'traitement',
  'bancaire', 'courant', 'mensuel', 'net', 'moto', 'maison', 'appartement', 'logement', 'tresorerie']);

/** Where data is typed in: « le salaire est saisi dans le logiciel de paie ». */
const DATA_ENTRY = new Set(['logiciel', 'logiciels', 'informatiquement', 'informatique', 'outil', 'base', 'tableur', 'excel', 'site', 'plateforme', 'application',
  'systeme', 'ligne', 'gestionnaire', 'secretaire', 'comptable', 'fichier', 'dossier', 'formulaire', 'ecran', 'espace', 'declaration']);

/** Goods a creditor seizes or sells off: « saisie du tracteur », « vente aux enchères du matériel », « saisie de la maison ». */
const GOODS = new Set(['tracteur', 'tracteurs', 'materiel', 'materiels', 'machine', 'machines', 'outils', 'outillage', 'engins', 'moissonneuse', 'remorque', 'cheptel',
  'troupeau', 'betail', 'animaux', 'vaches', 'terres', 'ferme', 'exploitation', 'maison', 'appartement', 'logement', 'voiture', 'vehicule', 'vehicules', 'camion',
  'camions', 'camionnette', 'fourgon', 'utilitaire', 'moto', 'bateau', 'chalutier', 'biens', 'meubles', 'mobilier', 'bijoux', 'taxi', 'licence', 'local', 'atelier',
  'boutique', 'commerce', 'salon', 'restaurant', 'caravane', 'mobil-home', 'pavillon',
  // a farmer's crop, seized on the stalk or at the cooperative: « saisie sur récolte », « saisie de la vendange »
  'recolte', 'recoltes', 'vendange', 'vendanges', 'moisson', 'moissons']);
/** Between a seizure and its goods: « saisie du tracteur », « saisie sur récolte », « saisie sur la vendange ». */
const GOODS_DETS = new Set(['du', 'de', "d'", 'des', 'la', "l'", 'le', 'les', 'son', 'sa', 'ses', 'leur', 'leurs', 'tout', 'toute', 'tous', 'toutes', 'mon', 'ma', 'mes', 'sur']);
/**
 * The end token of a seizure or forced sale of goods (« saisie du tracteur », « vente aux enchères de tout le matériel »),
 * or of a passive sale after its goods (« le cheptel a été vendu aux enchères »); -1 when no goods are named (« saisie des données »).
 */
function seizedGoodsEnd(doc: Doc, from: number, to: number): number {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let j = to; j < toks.length && j - to < 12 && toks[j].sn === sn; j++) if (DATA_ENTRY.has(toks[j].t)) return -1;
  let k = to;
  for (let n = 0; n < 3 && k < toks.length && toks[k].sn === sn && GOODS_DETS.has(toks[k].t); n++) k++;
  if (k > to && toks[k]?.sn === sn && GOODS.has(toks[k].t)) return k + 1;
  if (toks[from].t.startsWith('vend') || toks[from].t === 'mis') {
    for (let j = from - 1, n = 0; n < 5 && j >= 0 && toks[j].sn === sn; j--, n++) if (GOODS.has(toks[j].t)) return to;
  }
  return -1;
}

/** Police, customs and offences: a vehicle or goods seized by them are evidence or a confiscation (infractions), not a creditor's seizure. */
const POLICE_SEIZURE = new Set(['police', 'policiers', 'gendarmerie', 'gendarmes', 'douane', 'douanes', 'douaniers', 'fourriere', 'rodeo', 'rodeos', 'stupefiants', 'drogue',
  'cannabis', 'perquisition', 'interpellation', 'interpelle', 'interpellee', 'confisque', 'confisquee', 'confiscation', 'delit', 'controle', 'flagrant']);
/** Creditors and debts that keep a seizure financial even among police words: « l'huissier a saisi sa moto après la fourrière ». */
const CREDITOR_SEIZURE = new Set(['huissier', 'huissiers', 'commissaire', 'tresor', 'creancier', 'creanciers', 'dette', 'dettes', 'impayes', 'impaye', 'impayees', 'banque', 'credit', 'loyers', 'arrieres',
  // a tax or social-contribution audit is a creditor's, not the police's: « saisie après un contrôle fiscal », « contrôle de l'URSSAF »
  'fiscal', 'fiscale', 'fisc', 'impots', 'dgfip', 'urssaf', 'caf', 'cotisations', 'amendes', 'pension', 'salaire']);
/** A seizure told among police or offence words and no creditor's (« sa moto a été saisie lors d'un rodéo », « voiture saisie par la police »). */
function policeSeizure(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const [sFrom, sTo] = doc.sentences[toks[from].sn];
  let police = false;
  for (let k = Math.max(sFrom, from - 14); k < Math.min(sTo, to + 10); k++) {
    if (CREDITOR_SEIZURE.has(toks[k].t)) return false;
    if (POLICE_SEIZURE.has(toks[k].t)) police = true;
  }
  return police;
}

/** The subject right before a passive « est saisi »: one of the person's incomes, accounts or goods, not a court or a commission. */
function seizedSubject(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 3 && k >= 0 && toks[k].sn === sn; k--, n++) {
    const t = toks[k].t;
    if (SEIZABLE.has(t)) {
      // « son compte rendu est saisi », « le salaire est saisi dans le logiciel »: data entry
      if (t === 'compte' && toks[k + 1]?.t === 'rendu') return false;
      for (let j = from + 1; j < toks.length && j <= from + 10 && toks[j].sn === sn; j++) if (DATA_ENTRY.has(toks[j].t)) return false;
      return true;
    }
    if (toks[k].k === Kind.Punct) return false;
  }
  return false;
}

/** Words that make the business the person's own: self-employment, a possessive before the business noun. */
const OWN_BUSINESS = new Set(['exploitation', 'exploitant', 'exploitante', 'artisan', 'artisane', 'commercant', 'commercante', 'autoentrepreneur',
  'autoentrepreneuse', 'microentreprise', 'microentrepreneur', 'microentrepreneuse', 'independant', 'independante', 'agriculteur', 'agricultrice', 'eleveur', 'eleveuse',
  'urssaf', 'rsi', 'cotisations', 'ssi', 'liberal', 'liberale', 'fondateur', 'fondatrice', 'associe', 'associee', 'createur', 'creatrice',
  'ferme', 'elevage', 'gaec', 'earl', 'cheptel', 'troupeau']);
const BUSINESS = new Set(['entreprise', 'societe', 'commerce', 'boutique', 'restaurant', 'bar', 'salon', 'garage', 'activite', 'sarl', 'eurl', 'sas', 'sasu', 'cabinet',
  'magasin', 'boulangerie', 'exploitation', 'affaire', 'structure', 'entreprises',
  // a fishing or transport business, a workshop, a shop: « la faillite de son armement », « son atelier »
  'armement', 'bateau', 'chalutier', 'camion', 'atelier', 'snack', 'epicerie', 'agence', 'boite', 'imprimerie', 'creperie', 'pizzeria', 'friterie', 'commerces', 'fonds',
  // shops and small trades a person runs: « gérante d'une mercerie », « sa librairie »
  'mercerie', 'librairie', 'bijouterie', 'boucherie', 'charcuterie', 'poissonnerie', 'patisserie', 'fromagerie', 'quincaillerie', 'droguerie', 'cordonnerie', 'pressing',
  'laverie', 'tabac', 'brasserie', 'cafe', 'bistrot', 'hotel', 'gite', 'institut', 'onglerie', 'fleuriste', 'traiteur', 'franchise', 'kebab', 'superette', 'cave', 'papeterie']);
/** A manager's title at the head of the sentence or as the person's status: « Gérante d'une mercerie, elle a fermé après une liquidation ». */
const MANAGER = new Set(['gerant', 'gerante', 'cogerant', 'cogerante', 'co-gerant', 'co-gerante']);
const MANAGER_STATUS = new Set(['etait', 'est', 'ex', 'comme', 'qu', "qu'", 'devenu', 'devenue', 'il', 'elle']);
const HOSTED = new Set(['stage', 'accueil', 'alternance', 'apprentissage', 'immersion', 'interim', 'insertion', 'formation']);
/** Adjectives between a possessive and the business noun: « sa première entreprise ». */
const OWN_ADJ = new Set(['premiere', 'premier', 'ancienne', 'ancien', 'propre', 'petite', 'petit', 'derniere', 'dernier', 'ex', 'jeune', 'nouvelle', 'nouveau']);
/** Words that make it an employer's insolvency: « licencié après la liquidation judiciaire de son employeur ». */
const EMPLOYER = new Set(['employeur', 'employeurs', 'licencie', 'licenciee', 'licenciement', 'licenciements', 'economique', 'salaries', 'salarie', 'salariee', 'travaillait',
  'employait', 'travaille', 'emploie', 'usine', 'enseigne', 'groupe', 'client', 'clients', 'fournisseur', 'repreneur', 'reprise', 'repris', 'ags',
  'patron', 'patronne', 'gerant', 'gerante', 'ancien', 'ancienne']);

/** Employer words that still say whose insolvency it is from a sentence before. */
const FAR_EMPLOYER = new Set(['employeur', 'employeurs', 'licencie', 'licenciee', 'licenciement', 'licenciements', 'salarie', 'salariee', 'travaillait', 'employait', 'usine', 'patron', 'patronne', 'ags', 'repreneur',
  'ouvrier', 'ouvriere', 'employe', 'employee', 'saisonnier', 'saisonniere']);
/** « chez un viticulteur », « pour une exploitation »: the trade or the farm as the person's employer. */
const EMPLOYER_PREP = new Set(['chez', 'pour']);
const ARTICLES = new Set(['un', 'une', 'le', 'la', "l'", 'des', 'les']);

/** Self-employed trades and settling words that say, from a sentence before, that the business is the person's. */
const FAR_OWN = new Set(['installe', 'installee', 'maraicher', 'maraichere', 'viticulteur', 'viticultrice', 'vigneron', 'vigneronne', 'paysan', 'paysanne', 'arboriculteur',
  'arboricultrice', 'cerealier', 'cerealiere', 'horticulteur', 'horticultrice', 'ostreiculteur', 'ostreicultrice', 'apiculteur', 'apicultrice', 'berger', 'bergere',
  'entrepreneur', 'entrepreneuse', 'micro-entrepreneur', 'micro-entrepreneuse', 'auto-entrepreneur', 'auto-entrepreneuse', 'independants', 'exploitants', 'agriculteurs',
  'eleveurs', 'artisans', 'commercants', 'laitieres', 'vaches', 'brebis', 'parcelles', 'hectares']);
/** The words read over the sentences before an insolvency, as token sets (up to 90 tokens a hit). */
const FAR_EMPLOYER_TS = new TokenSet(FAR_EMPLOYER);
const FAR_OWN_TS = new TokenSet([...OWN_BUSINESS, ...FAR_OWN].filter((w) => w !== 'cotisations' && w !== 'urssaf'));
const BUSINESS_TS = new TokenSet(BUSINESS);

/** Garnishment terms: the employer who applies them is the third party holding the pay, not a job frame. */
const GARNISHMENT = /^(?:saisies?|retenues?|avis a tiers|opposition|saisie-attribution)/;
/** Verbs of a third party carrying out a garnishment: « son employeur applique une saisie sur salaire ». */
const APPLY = new Set(['applique', 'appliquent', 'appliquait', 'effectue', 'effectuent', 'effectuait', 'opere', 'operent', 'operait', 'pratique', 'pratiquent',
  'pratiquait', 'preleve', 'prelevent', 'prelevait', 'procede', 'procedait', 'recu', 'recoit', 'notifie', 'mis', 'met', 'mettre', 'place', 'subit', 'subi']);
const GARNISHEES = new Set(['employeur', 'employeurs', 'entreprise', 'societe', 'patron', 'patronne', 'banque', 'caf', 'paie', 'rh', 'drh']);

/** « son employeur applique une saisie sur salaire »: a garnishment verb after the employer, before the term. */
function garnishedPay(doc: Doc, from: number, lemma: string): boolean {
  if (!GARNISHMENT.test(lemma)) return false;
  const toks = doc.tokens;
  const sn = toks[from].sn;
  for (let k = from - 1, n = 0; n < 5 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) {
    if (!APPLY.has(toks[k].t)) continue;
    for (let j = k - 1, m = 0; m < 5 && j >= 0 && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--, m++) if (GARNISHEES.has(toks[j].t)) return true;
  }
  return false;
}

/** A debt collector named as a workplace or a recruiter (« son ancienne société de recouvrement », « le cabinet de recouvrement l'a écartée »). */
const FIRM_HEAD = new Set(['societe', 'societes', 'cabinet', 'cabinets', 'agence', 'agences', 'organisme', 'organismes']);
const WORKED = new Set(['travaille', 'travaillait', 'travaillent', 'travailler', 'bosse', 'bossait', 'employe', 'employee', 'embauche', 'embauchee', 'salarie', 'salariee',
  'recrute', 'recrutee', 'teleconseiller', 'teleconseillere', 'interim', 'interimaire', 'cdd', 'cdi', 'delegue', 'deleguee', 'syndical', 'syndicale', 'ans', 'annees',
  'licencie', 'licenciee', 'demission', 'demissionne', 'demissionnee', 'quitte', 'ancien', 'ancienne']);
const HIRING = new Set(['recrute', 'recrutee', 'recrutait', 'recruter', 'embauche', 'embauchee', 'embaucher', 'ecarte', 'ecartee', 'ecarter', 'retenu', 'retenue',
  'candidature', 'candidatures', 'entretien', 'cdd', 'cdi', 'poste', 'postes', 'engage', 'engagee', 'licencie', 'licenciee', 'refuse', 'refusee']);
const WORK_PREP = new Set(['dans', 'chez', 'pour', 'par']);
function firmAsWorkplace(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  if (!FIRM_HEAD.has(toks[from].t)) return false;
  const sn = toks[from].sn;
  let p = from - 1;
  if (OWN_ADJ.has(toks[p]?.t ?? '') || toks[p]?.t === 'actuelle' || toks[p]?.t === 'actuel') p--;
  const before = toks[p]?.t ?? '';
  if (toks[p]?.sn === sn && POSSESSIVE.has(before)) return true;
  // « trois ans dans une société de recouvrement », « employé par un cabinet de recouvrement »
  if (toks[p]?.sn === sn && (before === 'une' || before === 'un' || before === 'la' || before === 'le' || before === "l'" || before === 'cette' || before === 'ce')
    && WORK_PREP.has(toks[p - 1]?.t ?? '')) {
    for (let k = p - 2, n = 0; n < 6 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) if (WORKED.has(toks[k].t)) return true;
    if (toks[p - 1].t === 'dans') return true;
  }
  // the firm as a recruiter: « l'aurait écartée », « l'a recrutée », « a refusé sa candidature »
  let k = from;
  while (k < toks.length && toks[k].sn === sn && k < from + 5 && toks[k].k !== Kind.Punct) k++;
  for (let j = k, n = 0; n < 5 && j < toks.length && toks[j].sn === sn && toks[j].k !== Kind.Punct; j++, n++) if (HIRING.has(toks[j].t)) return true;
  return false;
}

/** Charities and food aid named as a workplace: « contrat aidé au Secours catholique », « vendeuse à l'épicerie solidaire ». */
const CHARITY_HEAD = new Set(['secours', 'restos', 'restaurants', 'epicerie', 'epiceries', 'banque']);
const CHARITY_JOB = new Set(['contrat', 'cdd', 'cdi', 'cddi', 'pec', 'cui', 'cae', 'emploi', 'stage', 'poste', 'mission', 'salarie', 'salariee', 'employe', 'employee',
  'embauche', 'embauchee', 'benevole', 'benevoles', 'benevolat', 'vendeur', 'vendeuse', 'animateur', 'animatrice', 'coordinateur', 'coordinatrice', 'chauffeur',
  'chauffeuse', 'magasinier', 'magasiniere', 'agent', 'agente', 'travaille', 'travaillait', 'interim', 'immersion', 'pmsmp', 'alternance', 'insertion', 'chantier',
  'caissier', 'caissiere', 'preparateur', 'preparatrice', 'accueillant', 'accueillante', 'responsable', 'directeur', 'directrice', 'volontaire', 'civique']);
const CLAUSE_START = new Set(['et', 'mais', 'ou', 'il', 'elle', 'ils', 'elles', 'va', 'vont', 'allait', 'rend', 'recoit', 'beneficie', 'demande', 'oriente', 'orientee']);
/** A referral to a charity, with no amount and no debt: « orientée vers l'épicerie solidaire du Secours catholique ». */
const REFERRAL = new Set(['oriente', 'orientee', 'orientes', 'orientees', 'orienter', 'orientation', 'adresse', 'adressee', 'adresser', 'redirige', 'redirigee', 'coordonnees',
  'propose', 'proposee', 'proposer', 'proposition', 'conseille', 'conseillee', 'conseiller', 'relation', 'contact', 'lien', 'presente', 'presentee', 'informe', 'informee', 'information']);
const CHARITY_DEBT = new Set(['dette', 'dettes', 'impayes', 'impayees', 'impaye', 'expulsion', 'surendettement', 'huissier', 'decouvert', 'fiche', 'fichee']);
function charityReferral(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  if (!CHARITY_HEAD.has(toks[from].t) && !(toks[from].t === 'colis' || toks[from].t === 'aide')) return false;
  const sn = toks[from].sn;
  let referral = false;
  for (let k = from - 1, n = 0; n < 6 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) if (REFERRAL.has(toks[k].t)) { referral = true; break; }
  if (!referral) return false;
  const [sFrom, sTo] = doc.sentences[sn];
  for (let k = sFrom; k < sTo; k++) if (CHARITY_DEBT.has(toks[k].t) || toks[k].t === '€' || toks[k].t === 'euros') return false;
  return true;
}

/** A form label followed by an absence: « Dettes : aucune déclarée », « Impayés : néant ». */
function absentAfterLabel(doc: Doc, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  if (toks[to]?.sn !== sn || (toks[to].t !== ':' && toks[to].t !== '-')) return false;
  const nx = toks[to + 1]?.t ?? '';
  return toks[to + 1]?.sn === sn && ['aucune', 'aucun', 'neant', 'non', 'rien', 'pas', 'sans', 'nulle', 'nul', '0', 'ras', 'zero'].includes(nx);
}

/** Verbs of hiring with the charity as subject: « l'épicerie solidaire du quartier cherche un livreur ». */
const CHARITY_HIRES = new Set(['cherche', 'recherche', 'recrute', 'embauche', 'emploie', 'cherchent', 'recherchent', 'recrutent', 'embauchent']);
function charityAsWorkplace(doc: Doc, from: number): boolean {
  const toks = doc.tokens;
  if (!CHARITY_HEAD.has(toks[from].t)) return false;
  const sn = toks[from].sn;
  // the charity as the subject of a hiring verb, within its name and a place (« du quartier », « de Belleville »)
  for (let k = from + 1, n = 0; n < 6 && toks[k]?.sn === sn && toks[k].k !== Kind.Punct; k++, n++) {
    if (CHARITY_HIRES.has(toks[k].t)) { if (CHARITY_JOB.has(toks[k + 2]?.t ?? '') || CHARITY_JOB.has(toks[k + 1]?.t ?? '') || /^(?:un|une|des)$/.test(toks[k + 1]?.t ?? '')) return true; break; }
  }
  for (let k = from - 1, n = 0; n < 5 && k >= 0 && toks[k].sn === sn && toks[k].k !== Kind.Punct; k--, n++) {
    if (CHARITY_JOB.has(toks[k].t)) return true;
    // « son mari est salarié et elle va aux Restos du cœur »: another clause
    if (CLAUSE_START.has(toks[k].t)) return false;
  }
  return false;
}

/** An over-indebtedness procedure the person declines: « dossier de surendettement non souhaité », « ne souhaite pas déposer de dossier de surendettement ». */
const DECLINED_AFTER = new Set(['souhaite', 'souhaitee', 'envisage', 'envisagee', 'voulu', 'voulue', 'demande', 'demandee', 'necessaire', 'engage', 'engagee', 'retenu', 'retenue']);
const WISH = new Set(['souhaite', 'souhaitait', 'veut', 'voulait', 'envisage', 'envisageait', 'desire', 'accepte', 'acceptait']);
function declinedProcedure(doc: Doc, from: number, to: number, text: string): boolean {
  if (!/surendettement|retablissement personnel|plan conventionnel/.test(text) || /^(?:fiche|inscri|signale)/.test(text) || /^surendette(?:e|s|es)?$/.test(text)) return false;
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // « … non souhaité (pour l'instant) », « … pas envisagé »; « … refusé » by the commission stays a finding
  let k = to;
  while (k < toks.length && toks[k].sn === sn && k < to + 3 && (toks[k].t === 'de' || toks[k].t === 'surendettement' || toks[k].t === 'est' || toks[k].t === "n'" || toks[k].t === 'ne' || toks[k].t === 'a')) k++;
  if ((toks[k]?.t === 'non' || toks[k]?.t === 'pas') && toks[k].sn === sn && DECLINED_AFTER.has(toks[k + 1]?.t ?? '')) return true;
  // « ne souhaite pas (déposer) de dossier », « refuse de monter un dossier »
  for (let j = from - 1, n = 0; n < 6 && j >= 0 && toks[j].sn === sn && toks[j].k !== Kind.Punct; j--, n++) {
    const t = toks[j].t;
    if (t === 'refuse' || t === 'refusait' || t === 'decline' || t === 'declinait') return true;
    if (WISH.has(t) && (toks[j + 1]?.t === 'pas' || toks[j - 1]?.t === "n'" || toks[j - 1]?.t === 'ne')) return true;
  }
  return false;
}

/**
 * A business insolvency or a contribution reassessment is the person's finances when the business is
 * theirs: a self-employment word or « son/sa » + a business noun in the sentence, or the person as the
 * subject (« il a déposé le bilan »). A reassessment (« redressement URSSAF ») is the person's by
 * default; an insolvency alone (« l'entreprise a été placée en redressement judiciaire ») is the employer's.
 */
function ownBusiness(doc: Doc, from: number, lemma: string): boolean {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  // own: « son restaurant », « il a déposé le bilan »; likelyOwn: a self-employment word, which an employer word overrides
  let own = false;
  let likelyOwn = false;
  let employer = false;
  let ownerNoun = false;
  for (let k = from - 1; k >= 0 && k >= from - 14 && toks[k].sn === sn; k--) {
    const t = toks[k].t;
    if (MANAGER.has(t) && (toks[k].first || MANAGER_STATUS.has(toks[k - 1]?.t ?? ''))) { own = true; continue; }
    if (EMPLOYER.has(t)) employer = true;
    if (OWN_BUSINESS.has(t)) likelyOwn = true;
    if (BUSINESS.has(t)) {
      ownerNoun = true;
      // « son entreprise », « sa première entreprise individuelle », « sa micro-entreprise »
      const p1 = toks[k - 1]?.t ?? '';
      // « son entreprise de stage », « son entreprise d'accueil »: the host, not the person's business
      const host = (toks[k + 1]?.t === 'de' || toks[k + 1]?.t === "d'") && HOSTED.has(toks[k + 2]?.t ?? '');
      if (host) employer = true;
      else if (POSSESSIVE.has(p1) || p1 === 'micro' || p1 === 'auto' || (POSSESSIVE.has(toks[k - 2]?.t ?? '') && OWN_ADJ.has(p1))) own = true;
      if (toks[k + 1]?.t === 'individuelle') likelyOwn = true;
    }
    if ((t === 'il' || t === 'elle' || t === 'je' || t === "j'") && k >= from - 4 && /^dep|^d[eé]pos/.test(lemma)) own = true;
  }
  for (let k = from + 1; k < toks.length && k <= from + 10 && toks[k].sn === sn; k++) {
    const t = toks[k].t;
    if (EMPLOYER.has(t)) employer = true;
    if (OWN_BUSINESS.has(t)) likelyOwn = true;
    if (BUSINESS.has(t) && (POSSESSIVE.has(toks[k - 1]?.t ?? '') || (OWN_ADJ.has(toks[k - 1]?.t ?? '') && POSSESSIVE.has(toks[k - 2]?.t ?? '')))) own = true;
  }
  if (own) return true;
  if (employer) return false;
  if (likelyOwn) return true;
  // nothing in the sentence: the nearest word of the sentences before says whose business it is
  // (« Installé sur l'exploitation familiale… Les aides n'ont pas suffi : redressement judiciaire en 2023 »)
  for (let k = from - 1; k >= 0 && k >= from - 90; k--) {
    if (FAR_EMPLOYER_TS.has(toks[k])) return false;
    if (FAR_OWN_TS.has(toks[k])) {
      // « ouvrier viticole chez un viticulteur », « saisonnier pour une exploitante »: the trade names the employer
      const p1 = toks[k - 1]?.t ?? '';
      if (EMPLOYER_PREP.has(p1) || (ARTICLES.has(p1) && EMPLOYER_PREP.has(toks[k - 2]?.t ?? ''))) return false;
      return true;
    }
    if (BUSINESS_TS.has(toks[k]) && POSSESSIVE.has(toks[k - 1]?.t ?? '')) return true;
  }
  const reassessment = !/judiciaire|liquidation|sauvegarde|collective|paiements|bilan|faillite|cle|clef|coule|plan de|continuation|en redressement/.test(lemma);
  return reassessment || !ownerNoun && /bilan/.test(lemma);
}

/**
 * « deux mensualités de prêt auto en retard », « trois échéances de crédit impayées », « plusieurs
 * traites non payées »: a count before the instalment word and a delay after it. Returns the span.
 */
const COUNTS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'plusieurs', 'des', 'ses', 'une', 'quelques', 'nombreuses', 'derniere', 'dernieres']);
const LATE = new Set(['impayee', 'impayees', 'impaye', 'impayes', 'rejetee', 'rejetees']);
const LOAN = new Set(['pret', 'prets', 'credit', 'credits', 'loyer', 'loyers', 'remboursement', 'emprunt', 'voiture', 'auto', 'leasing', 'lld', 'loa', 'cofidis', 'cetelem', 'sofinco', 'banque', 'dette', 'echeancier', 'plan']);
function missedInstalments(doc: Doc, from: number, to: number): [number, number] | null {
  const toks = doc.tokens;
  const sn = toks[from].sn;
  let start = from;
  const prev = toks[from - 1];
  if (prev && prev.sn === sn && (COUNTS.has(prev.t) || prev.k === Kind.Number)) start = from - 1;
  if (prev?.t === 'de' && toks[from - 2]?.t === 'retard') return null; // « retard de mensualité » is read by the lexicon
  // « un retard de trois loyers », « retard de deux mensualités »: the delay counted in instalments (a bare « échéance » may be a project's)
  if (start < from && toks[start - 1]?.t === 'de' && /^retards?$/.test(toks[start - 2]?.t ?? '') && !toks[from].t.startsWith('echeance')) return [start - 2, to];
  // rent: only counted (« trois loyers de retard »); « le loyer de retard » alone is read by the lexicon
  if ((toks[from].t === 'loyer' || toks[from].t === 'loyers') && (start === from || ['des', 'ses', 'une'].includes(toks[start].t))) return null;
  // without a count, a loan must be named: « les échéances du projet sont en retard » is a schedule
  let loan = start < from;
  for (let k = to; k < toks.length && k <= to + 6 && toks[k].sn === sn; k++) {
    const t = toks[k].t;
    if (toks[k].k === Kind.Punct) break;
    if (LOAN.has(t)) loan = true;
    if (!loan) continue;
    if (LATE.has(t)) return [start, k + 1];
    if (t === 'en' && toks[k + 1]?.t === 'retard') return [start, k + 2];
    if (t === 'de' && toks[k + 1]?.t === 'retard' && k === to) return [start, k + 2];
    if ((t === 'non' || t === 'pas') && /^(?:payee|payees|reglee|reglees|honoree|honorees|remboursee|remboursees)$/.test(toks[k + 1]?.t ?? '')) return [start, k + 2];
  }
  // « il a manqué / sauté deux mensualités »
  const verb = toks[start - 1]?.t ?? '';
  if (start < from && /^(?:manque|saute|loupe|rate)$/.test(verb)) return [start - 1, to];
  return null;
}

/** ", soit 607,75 € par mois" → remove the whole aside, leaving "Il perçoit le RSA." */
function amountFixes(doc: Doc, text: string, from: number, to: number, start: number, end: number): Fix[] {
  const toks = doc.tokens;
  const fixes: Fix[] = [];
  if (toks[from - 1]?.t === 'soit' && toks[from - 2]?.t === ',') {
    let k = to;
    while (k < toks.length && toks[k].sn === toks[from].sn && TRAILING.has(toks[k].t)) k++;
    const [a] = doc.tokRange(from - 2, from - 1);
    const [, b] = doc.tokRange(k - 1, k);
    fixes.push({ start: a, end: b, replacement: '', label: 'Supprimer le montant' });
  }
  fixes.push(replaceFix(start, end, '[montant à retirer]', 'Retirer le montant'));
  fixes.push(removalFix(text, start, end, 'Supprimer le montant'));
  return fixes;
}

export default defineRule({
  id: 'finances',
  meta: {
    description: 'Dettes, surendettement, incidents bancaires, recouvrement, expulsion pour impayés, aide alimentaire, montants précis des ressources.',
    category: 'finances',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'RGPD art. 15 (droit d’accès)', 'Code du travail L1132-1 (vulnérabilité économique)', 'CNIL, zones bloc-notes et commentaires (2019)', 'CNIL, référentiel recrutement (2023)'],
  },
  messages: {
    finances: 'Situation financière (« {terme} ») : inutile au parcours ; indiquez seulement l’orientation proposée si elle est utile.',
    montant: 'Montant précis des ressources ou des dettes (« {terme} ») : inutile au parcours, à retirer.',
  },
  explanation:
    "L'adhérent peut lire ce compte rendu (droit d'accès, RGPD art. 15) et il peut être transmis à des partenaires. Les dettes, un dossier " +
    "de surendettement, un fichage bancaire ou le montant exact des allocations ne servent pas le projet professionnel (minimisation, " +
    "RGPD art. 5.1.c) et la vulnérabilité économique est un critère de discrimination (L1132-1). Gardez le statut qui déclenche une action " +
    "(« bénéficiaire du RSA ») et écrivez l'action : « Orientation vers un accompagnement social proposée ».",
  // "euro(s)", "eur": currency words, found by the shared lexicon pass (see findAmounts)
  lexicon: [...FINANCES, ...CURRENCY_WORDS.map((lemma) => ({ lemma, tag: 'currency' }))],
  check(ctx) {
    const { doc, text } = ctx;
    // amounts first, so that a debt term can absorb its amount ("crédit à la consommation de 12 000 €")
    const amounts: Array<{ from: number; to: number; used: boolean }> = [];
    const currencyWords: number[] = [];
    for (const hit of ctx.hits) {
      // "e" is a euro mark only right after a number ("607,12 e"), not a letter of a list or "e-mail"
      if (hit.entry.tag === 'currency' && ((doc.tokens[hit.from].t !== 'e' && doc.tokens[hit.from].t !== 'k') || doc.tokens[hit.from - 1]?.k === Kind.Number)) currencyWords.push(doc.tokens[hit.from].s);
    }
    for (const [from, to] of findAmounts(doc.norm, currencyWords)) {
      const f = tokenAtOffset(doc, from);
      const t = tokenAtOffset(doc, to);
      if (f < t) amounts.push({ from: f, to: t, used: false });
    }
    // amounts dictated in words: « six cent trente-cinq euros », « huit mille balles »
    for (const hit of ctx.hits) {
      if (hit.entry.tag !== 'currency') continue;
      const k = hit.from;
      if (!isNumberWord(doc.tokens[k - 1]?.t) || amounts.some((a) => a.from < k + 1 && k < a.to)) continue;
      const from = wordsNumberBefore(doc, k);
      if (from >= 0) amounts.push({ from, to: k + 1, used: false });
    }
    const amountStartingAt = (k: number) => amounts.find((a) => a.from === k);
    const spans: Array<{ from: number; to: number; amount: boolean; schedule?: boolean; pawnBank?: boolean; aid?: boolean }> = [];
    for (const hit of ctx.hits) {
      if (hit.entry.tag === 'currency') continue;
      const from = blacklistStart(doc, hit.from);
      if (from < 0 || !entryAccepts(hit, ctx, false, false) || absentBefore(doc, from)) continue;
      const hitText = doc.norm.slice(doc.tokens[hit.from].s, doc.tokens[hit.to - 1].e);
      // « la banque a saisi son bateau »: the creditor is the subject, not a job frame
      // « … au titre de la micro-entreprise et trois loyers commerciaux impayés »: a counted item after « et » starts a new conjunct, out of the frame
      const pc = doc.tokens[hit.from - 1];
      const countedItem = !!pc && (COUNTS.has(pc.t) || pc.k === Kind.Number) && (doc.tokens[hit.from - 2]?.t === 'et' || doc.tokens[hit.from - 2]?.t === ',');
      if (hit.entry.tag !== 'seize' && !countedItem && inJobFrame(doc, from) && !garnishedPay(doc, hit.from, hitText)) continue;
      // « elle a traité des dossiers de surendettement et des inscriptions au FICP pour ses clients »: files handled at work,
      // not the person's own goods sold off (« l'huissier organisait la vente aux enchères de ses meubles »)
      if (taskObject(doc, from) && !(hit.entry.tag === 'seize-goods' && (POSSESSIVE.has(doc.tokens[hit.to]?.t ?? '') || POSSESSIVE.has(doc.tokens[hit.to + 1]?.t ?? '')))) continue;
      if (firmAsWorkplace(doc, hit.from) || charityAsWorkplace(doc, hit.from) || declinedProcedure(doc, hit.from, hit.to, hitText)) continue;
      if (charityReferral(doc, hit.from) || absentAfterLabel(doc, hit.to) || contactLabel(doc, from, hit.to)) continue;
      if (hit.entry.tag === 'a-decouvert' && !bankOverdraft(doc, hit.from)) continue;
      if (hit.entry.tag === 'rejet') {
        const span = rejectedPayment(doc, hit.from);
        if (span) spans.push({ from: span[0], to: span[1], amount: false });
        continue;
      }
      if (hit.entry.tag === 'saisi' && (!seizedSubject(doc, hit.from) || policeSeizure(doc, hit.from, hit.to))) continue;
      let goodsEnd = -1;
      if (hit.entry.tag === 'seize-goods' && (goodsEnd = seizedGoodsEnd(doc, hit.from, hit.to)) < 0) continue;
      if (hit.entry.tag === 'dette' && (debtServed(doc, hit.from, hit.to) || debtLabel(doc, hit.from, hit.to))) continue;
      if (hit.entry.tag === 'entreprise' && !ownBusiness(doc, hit.from, hit.entry.lemma)) continue;
      if (hit.entry.tag === 'retard') {
        const span = missedInstalments(doc, hit.from, hit.to);
        if (span) spans.push({ from: span[0], to: span[1], amount: false });
        continue;
      }
      if (taskFrame(doc, hit.from, hit.to)) continue;
      if (hit.entry.tag === 'coupure') {
        if (averted(doc, hit.to)) continue;
        const end = utilityCut(doc, hit.from, hit.to);
        if (end > 0) spans.push({ from, to: end, amount: false });
        continue;
      }
      let start = from;
      const lemma = hit.entry.lemma;
      if (hit.entry.tag === 'gage' || lemma === 'Crédit municipal') {
        // "mettre ses bijoux au Crédit municipal": the whole act; "en gage", "au clou" need it
        const p = pawnStart(doc, hit.from);
        if (p >= 0) start = p;
        else if (hit.entry.tag === 'gage') continue;
      }
      let to = goodsEnd > 0 ? goodsEnd : hit.to;
      // "moratoire de 24 mois": the moratorium's length joins it
      if (hit.entry.tag === 'moratoire' && doc.tokens[to]?.t === 'de' && (doc.tokens[to + 1]?.k === Kind.Number || isNumberWord(doc.tokens[to + 1]?.t)) && MORATORIUM_UNITS.has(doc.tokens[to + 2]?.t ?? '')) to += 3;
      // "saisie sur salaire de 212 € par mois": the sum withheld is a finding of its own (the person's pay cut), not the seizure's size
      const seizure = SEIZURE_HEADS.has(doc.tokens[hit.from].t);
      for (let k = to, s = 0; s < 6 && k < doc.tokens.length && doc.tokens[k].sn === doc.tokens[hit.from].sn; k++, s++) {
        const a = amountStartingAt(k);
        if (a && seizure) { a.used = true; spans.push({ from: a.from, to: a.to, amount: true }); break; }
        if (a) { to = a.to; a.used = true; break; }
        if (!CONNECTORS.has(doc.tokens[k].t)) break;
      }
      spans.push({ from: start, to, amount: false, schedule: hit.entry.tag === 'schedule' && to === hit.to, pawnBank: lemma === 'Crédit municipal' && start === from, aid: hit.entry.tag === 'aid' && to === hit.to });
    }
    const listed: typeof amounts = [];
    for (const a of amounts) {
      if (a.used) continue;
      // "3 000 € de dettes", "2 600 € de trop-perçu": one span with the debt term that follows
      const next = spans.find((s) => !s.amount && s.from > a.to && s.from - a.to <= 2 && doc.tokens.slice(a.to, s.from).every((t) => t.t === 'de' || t.t === "d'"));
      if (next) { next.from = a.from; continue; }
      if (!aboutResources(doc, a.from, a.to)) { listed.push(a); continue; }
      spans.push({ from: a.from, to: a.to, amount: true });
    }
    // a list of amounts shares its cue: « deux temps partiels : 623,40 € et 488 € nets par mois »
    for (const a of listed) {
      const joined = (x: number, y: number) => y - x === 1 && LIST_JOIN.has(doc.tokens[x].t);
      if (spans.some((s) => s.amount && (joined(a.to, s.from) || joined(s.to, a.from)))) spans.push({ from: a.from, to: a.to, amount: true });
    }
    // overlapping spans become one ("des arriérés" + "arriérés de loyer")
    spans.sort((x, y) => x.from - y.from || y.to - x.to);
    const merged: typeof spans = [];
    // a payment schedule beside a debt of its sentence restates it, before or after it (« il règle un arriéré de cotisations URSSAF, échéancier accordé
    // jusqu'en décembre », « mise en relation avec le CCAS pour l'échéancier de la dette de loyer »)
    const debtSentences = new Set<number>();
    for (const s of spans) if (!s.schedule) debtSentences.add(doc.tokens[s.from].sn);
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (s.schedule && debtSentences.has(doc.tokens[s.from].sn)) continue;
      // the pawn bank after the pledge of its clause is the same act: « a mis en gage la chevalière de son père au Crédit municipal »
      if (s.pawnBank && last && !last.amount && pawnBankAfter(doc, last.to, s.from)) { last.to = Math.max(last.to, s.to); continue; }
      if (last && s.from < last.to) { last.to = Math.max(last.to, s.to); last.amount &&= s.amount; continue; }
      // the lender named after the debt is the same finding: « dette de crédit renouvelable chez Cofidis », « un crédit auprès de Floa »
      // (« prêt sur gage au Crédit municipal »: the pawn bank after « au »)
      if (last && !last.amount && !s.amount && (s.from - last.to === 1 && (doc.tokens[last.to].t === 'chez' || doc.tokens[last.to].t === 'au') || s.from - last.to === 2 && doc.tokens[last.to].t === 'aupres' && doc.tokens[last.to + 1].t === 'de')) {
        last.to = Math.max(last.to, s.to);
        continue;
      }
      // the charity named after the food aid through « de » is the same noun phrase: « l'aide alimentaire de l'épicerie sociale », « les colis du Secours populaire »
      if (last && last.aid && s.aid && s.from > last.to && s.from - last.to <= 2 && OF_LINK.has(doc.tokens[last.to].t)
        && (s.from - last.to === 1 || OF_ARTICLE.has(doc.tokens[last.to + 1].t)) && doc.tokens[s.from].sn === doc.tokens[last.to].sn) {
        last.to = Math.max(last.to, s.to);
        continue;
      }
      // a gloss in brackets right after the term is the same finding: « Sa PRP (rétablissement personnel sans liquidation) », the bracket closed within the span
      if (last && !last.amount && !s.amount && s.from - last.to === 1 && doc.tokens[last.to].t === '(') {
        let end = s.to;
        for (let k = s.to, n = 0; n < 8 && k < doc.tokens.length && doc.tokens[k].sn === doc.tokens[s.from].sn; k++, n++) if (doc.tokens[k].t === ')') { end = k + 1; break; }
        last.to = Math.max(last.to, end);
        continue;
      }
      merged.push({ ...s });
    }
    for (const s of merged) {
      const [start, end] = doc.tokRange(s.from, s.to);
      ctx.report({
        start,
        end,
        messageId: s.amount ? 'montant' : 'finances',
        data: { terme: text.slice(start, end) },
        confidence: 'high',
        fixes: s.amount
          ? amountFixes(doc, text, s.from, s.to, start, end)
          : [replaceFix(start, end, FINANCE_REWRITE, 'Remplacer par l’action proposée'), removalFix(text, start, end, 'Supprimer')],
      });
    }
  },
});
