/**
 * `apparence`: remarks on the person's body, looks, clothing or hygiene (TAXONOMY.md §3.4
 * apparence-physique). Category `jugement`, severity warning. Dress-code advice ("Tenue : propre et
 * simple", "conseils sur la tenue") and trades ("gros œuvre", "commerce de gros") are not reported;
 * weight as a health condition ("obèse") is left to `sante`.
 */
import { defineRule } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { absentBefore, minusRating, personSubject, reportSpans, toneHits, type ToneSpan } from './jugement.ts';
import { APPARENCE, INJURES, OBSERVATION, triggers } from './lexicons/jugement.ts';
import { fold } from '../lib/lint/normalize.ts';

/** One-word insults of rules/propos-injurieux.ts, folded: « dégaine de clochard » is that rule's finding, framed by the look noun. */
const INSULT_NOUNS = new Set(INJURES.flatMap((e) => [e.lemma, ...(e.forms ?? [])]).filter((w) => !w.includes(' ')).map(fold));
/** Look nouns that frame an insult after « de »: « une dégaine de clochard », « sa tronche de voyou ». */
const FRAMING_LOOKS = new Set(['degaine', 'tronche', 'gueule', 'tete', 'allure', 'look', 'air']);
/**
 * A look remark that frames an insult (« une dégaine » before « de clochard », or « dégaine de clochard » itself):
 * rules/propos-injurieux.ts reports the whole, once.
 */
function framesInsult(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const sn = toks[to - 1].sn;
  const de = (k: number) => toks[k]?.t === 'de' || toks[k]?.t === "d'";
  if (FRAMING_LOOKS.has(toks[to - 1].t) && de(to) && toks[to + 1]?.sn === sn && INSULT_NOUNS.has(toks[to + 1].t)) return true;
  if (!INSULT_NOUNS.has(toks[to - 1].t)) return false;
  // « dégaine de clochard », « la dégaine d'un clochard »
  const k = toks[to - 2]?.t === 'un' || toks[to - 2]?.t === 'une' ? to - 3 : to - 2;
  return k - 1 >= from && de(k) && FRAMING_LOOKS.has(toks[k - 1].t);
}

/** Nouns of looks and hygiene, and the judgements that can follow them ("tenue vestimentaire très négligée"). */
const LOOK_HEADS = new Set(['tenue', 'tenues', 'vetements', 'habits', 'apparence', 'allure', 'aspect', 'look', 'style', 'presentation', 'hygiene', 'coiffure', 'cheveux', 'proprete', 'odeur', 'haleine', 'mise', 'physique', 'dentition', 'ongles']);
const LOOK_QUALIFIERS = new Set(['votre', 'vos', 'leur', 'vestimentaire', 'vestimentaires', 'corporelle', 'physique', 'generale', 'personnelle', 'globale', 'tres', 'assez', 'plutot', 'particulierement', 'vraiment', 'un', 'peu', 'souvent', 'toujours', 'parfois', 'est', 'etait', 'reste', 'sont', 'etaient', 'jugee', 'juge', 'limite', 'franchement', 'trop', 'completement', 'totalement', 'de', 'l', 'adherent', 'adherente', 'sa', 'son', 'ses']);
const LOOK_ADJ = new Set([
  'negligee', 'negligees', 'neglige', 'negliges', 'debraillee', 'debraille', 'sale', 'sales', 'douteuse', 'douteux', 'douteuses', 'deplorable', 'deplorables',
  'provocante', 'provocant', 'vulgaire', 'vulgaires', 'crasseuse', 'crasseux', 'approximative', 'approximatif', 'insuffisante', 'desastreuse', 'desastreux',
  'repoussante', 'repoussant', 'degoutante', 'degoutant', 'negligente', 'lamentable', 'catastrophique', 'indecente', 'indecent', 'excentrique', 'bizarre',
  'ridicule', 'grasse', 'gras', 'forte', 'nauseabonde', 'desagreable', 'ingrat', 'disgracieux', 'peu', 'pas',
  // loud, tight or worn clothes: "votre tenue était criarde", "tenue très voyante", "vêtements froissés"
  'criarde', 'criard', 'criardes', 'criards', 'voyante', 'voyantes', 'voyant', 'voyants', 'clinquante', 'clinquant', 'extravagante', 'extravagant', 'bariolee', 'bariolees',
  'aguicheuse', 'aguicheur', 'moulante', 'moulantes', 'moulant', 'decolletee', 'osee', 'froissee', 'froissees', 'froisse', 'froisses', 'fripee', 'fripees', 'fripe',
  'tachee', 'tachees', 'tache', 'taches', 'defraichie', 'miteuse', 'miteux', 'ringarde', 'ringard', 'demodee', 'kitsch', 'criante', 'tapageuse', 'tapageur',
]);
/** What makes a striking outfit a rule of the job, not a remark: "tenue voyante obligatoire", "vêtements tachés fournis". */
const DRESS_RULES = new Set(['obligatoire', 'obligatoires', 'exigee', 'exigees', 'requise', 'requises', 'imposee', 'imposees', 'fournie', 'fournies', 'fournis', 'securite', 'haute', 'visibilite']);
/** After "peu" / "pas": "tenue peu soignée", "hygiène pas terrible". */
const AFTER_NEG = new Set(['soignee', 'soigne', 'soignees', 'soignes', 'propre', 'propres', 'terrible', 'nette', 'net', 'presentable', 'correcte', 'correct', 'engageant', 'engageante', 'avenante', 'avenant', 'flatteur', 'flatteuse']);

/** "tenue vestimentaire très négligée", from the look nouns at `heads`. */
function looks(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  let after = -1;
  for (const i of heads) {
    if (i <= after) continue;
    const sn = toks[i].sn;
    // a heading rated with a minus sign: « Présentation -- », « Tenue : - » (not « Présentation -- atelier CV »)
    const prev = i > 0 && toks[i - 1].sn === sn ? toks[i - 1].t : undefined;
    const rated = !prev || [',', ';', '|', '-', '/'].includes(prev) ? minusRating(doc, i + 1) : -1;
    if (rated > 0) { found(i, rated); after = rated; continue; }
    // "mise" only as "mise négligée"; "physique" only as the noun
    for (let j = i + 1, s = 0; s < 6 && j < toks.length && toks[j].sn === sn; j++, s++) {
      const t = toks[j].t;
      if (t === 'peu' || t === 'pas') {
        const nx = toks[j + 1]?.sn === sn ? toks[j + 1] : undefined;
        const nx2 = nx && (nx.t === 'tres' || nx.t === 'assez') && toks[j + 2]?.sn === sn ? toks[j + 2] : nx;
        if (nx2 && AFTER_NEG.has(nx2.t)) { if (!absentBefore(doc, i)) found(i, nx2.i + 1); after = nx2.i; }
        break;
      }
      // "sa tenue laisse à désirer"
      if (t === 'laisse' && toks[j + 1]?.t === 'a' && toks[j + 2]?.t === 'desirer') { if (!advice(doc, i)) found(i, j + 3); after = j + 2; break; }
      if (LOOK_ADJ.has(t)) { if (!absentBefore(doc, i) && !advice(doc, i) && !DRESS_RULES.has(toks[j + 1]?.sn === sn ? toks[j + 1].t : '')) found(i, j + 1); after = j; break; }
      if (!LOOK_QUALIFIERS.has(t)) break;
    }
  }
}

/** Between « pas » / « peu » and the adjective of a look: « pas toujours très nette », « peu soignée ». */
const NEG_LOOK_GAP = new Set(['tres', 'assez', 'toujours', 'vraiment', 'si', 'trop', 'franchement', 'forcement', 'super', 'tout', 'a', 'fait']);
/**
 * The judgement said before its look noun: « pas toujours très nette dans sa tenue », « négligé dans sa présentation », « peu soignée
 * de sa personne » — span from the judgement to the noun. Not the praise (« soignée dans sa tenue ») nor a negated fault (« pas négligée dans sa tenue »).
 */
function looksBefore(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    const at = (k: number) => (k >= 0 && toks[k].sn === sn ? toks[k].t : '');
    if (!['sa', 'son', 'ses', 'leur', 'leurs'].includes(at(i - 1)) || !['dans', 'de', 'sur'].includes(at(i - 2))) continue;
    const a = i - 3;
    const adj = at(a);
    if (!adj || adj === 'pas' || adj === 'peu') continue;
    let start = -1;
    if (LOOK_ADJ.has(adj) && !AFTER_NEG.has(adj)) {
      // « pas négligée dans sa tenue », « jamais sale »: the fault denied
      let k = a - 1;
      while (NEG_LOOK_GAP.has(at(k))) k--;
      if (at(k) !== 'pas' && at(k) !== 'jamais' && at(k) !== 'nullement') start = a;
    } else if (AFTER_NEG.has(adj)) {
      let k = a - 1;
      while (NEG_LOOK_GAP.has(at(k))) k--;
      if (at(k) === 'pas' || at(k) === 'peu') start = k;
    }
    if (start < 0 || absentBefore(doc, start) || advice(doc, start)) continue;
    found(start, i + 1);
  }
}

// --- the person likened to someone by the look: « il a la tête d'un videur », « elle a l'allure d'une star » ---
// (not « air »: « a l'air d'une personne fiable » is an impression, often a kind one)
const LIKENESS = ['tête', 'gueule', 'tronche', 'allure', 'dégaine', 'look', 'physique', 'carrure', 'silhouette', 'gabarit', 'visage', 'bouille', 'touche'];
const LIKENESS_HEADS = LIKENESS.flatMap((h) => [`${h} d'un`, `${h} d'une`]);
const HAVE = new Set(['a', 'avait', 'aura', 'aurait', 'as', 'ont', 'avaient']);
const HAVE_SKIP = new Set(['vraiment', 'carrement', 'franchement', 'bien', 'un', 'peu', 'tout', 'toujours', 'plutot', 'assez', 'quand', 'meme', 'clairement', 'vraiment']);
/** Organisations and things one is at the head of, or that have an air: « à la tête d'un service », « a l'air d'une bonne piste ». */
const NOT_PEOPLE = new Set(['service', 'equipe', 'rayon', 'entreprise', 'projet', 'groupe', 'association', 'structure', 'agence', 'liste', 'cortege', 'classement', 'reseau', 'magasin',
  'site', 'atelier', 'chantier', 'etablissement', 'societe', 'cabinet', 'club', 'mouvement', 'file', 'course', 'peloton', 'unite', 'pole', 'departement', 'boutique', 'restaurant', 'cuisine']);
function likeness(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    const det = toks[i - 1];
    if (!det || det.sn !== sn || !['la', 'le', "l'", 'sa', 'son'].includes(det.t)) continue;
    let v = i - 2;
    while (v > i - 5 && v >= 0 && toks[v].sn === sn && HAVE_SKIP.has(toks[v].t)) v--;
    // the verb « a », not the preposition « à » of « à la tête d'un service »
    if (v < 0 || toks[v].sn !== sn || !HAVE.has(toks[v].t) || doc.raw(v) === 'à' || !personSubject(doc, v)) continue;
    const noun = toks[i + 3];
    if (!noun || noun.sn !== sn || NOT_PEOPLE.has(noun.t)) continue;
    found(i - 1, i + 4);
  }
}

/** Dress-code advice, not a judgement: "conseils sur la tenue", "éviter une tenue négligée", "tenue correcte exigée". */
function advice(doc: Doc, i: number): boolean {
  const sn = doc.tokens[i].sn;
  for (let k = i - 1, s = 0; s < 5 && k >= 0 && doc.tokens[k].sn === sn; k--, s++) {
    if (['conseil', 'conseils', 'eviter', 'evitez', 'proscrire', 'atelier', 'pas', 'sans', 'jamais', 'aucune', 'aucun'].includes(doc.tokens[k].t)) return true;
  }
  return false;
}

// --- "il sent très fort la transpiration", "sentait souvent l'alcool" ---
const SMELL_VERBS = new Set(['sent', 'sentait', 'sentent', 'sentaient', 'sentir', 'pue', 'puait', 'puent', 'puaient', 'empeste', 'empestait', 'refoule', 'refoulait', 'schlingue', 'chlingue']);
const SMELL_GAP = new Set(['tres', 'vraiment', 'souvent', 'toujours', 'parfois', 'un', 'peu', 'assez', 'franchement', 'encore', 'regulierement', 'fort', 'fortement', 'beaucoup', 'deja', 'carrement', 'clairement', 'le', 'la', "l'", 'les', 'du', 'de', 'des', 'a', 'plein', 'nez']);
const SMELLS = new Set(['mauvais', 'fort', 'tabac', 'alcool', 'transpiration', 'sueur', 'cigarette', 'clope', 'biere', 'vin', 'urine', 'renferme', 'chien', 'fumee', 'cannabis', 'shit', 'alcools', 'pastis', 'whisky', 'rance', 'crasse', 'sale']);
/** Smells that are also a kitchen's or a harbour's ("la cuisine sent le poisson"): only with the person as subject ("il sent le poisson"). */
const PERSON_SMELLS = new Set(['poisson', 'maree', 'ail', 'oignon', 'friture', 'graillon', 'fauve', 'bouc', 'moisi', 'fumier', 'vinasse', 'pieds', 'egout', 'poubelle', 'cochon', 'putois', 'chacal', 'vomi', 'porcherie', 'ferme', 'etable', 'essence', 'gasoil',
  // fuels, grease and the trades' smells: « sent le gazole », « sentait le cambouis », « sent la poissonnerie »
  'gazole', 'gasoil', 'fioul', 'mazout', 'kerosene', 'cambouis', 'graisse', 'poissonnerie', 'vase', 'crottin', 'ecurie', 'chenil', 'fromage', 'clope', 'tabac']);
/** Finite forms of the smell verbs that open a note without their subject, the person's: « Sent la marée et le gasoil. » */
const NOTE_SMELL_VERBS = new Set(['sent', 'sentait', 'pue', 'puait', 'empeste', 'empestait']);
/** A good smell denied: "sent pas (très) bon", "ne sent pas la rose". */
const NEG_GOOD = new Set(['bon', 'terrible', 'frais', 'propre', 'rose']);
const NEG_GAP = new Set(['tres', 'vraiment', 'super', 'trop', 'hyper', 'franchement', 'toujours', 'forcement', 'si', 'la']);
const SMELL_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles', 'adherent', 'adherente', 'jeune', 'monsieur', 'madame', 'qui', 'lui']);

/** What on the person may smell, as a subject with a determiner: « son haleine sent l'alcool », « ses vêtements sentent la sueur ». */
const WORN_OR_BODY = new Set(['haleine', 'vetements', 'vetement', 'habits', 'affaires', 'tenue', 'veste', 'blouson', 'manteau', 'pull', 'chemise', 'sweat', 'cheveux', 'mains', 'bouche',
  'corps', 'peau', 'linge', 'chaussures', 'pieds', 'doudoune', 'parka', 'polo', 'jean', 'survetement',
  // a person named by a noun: « le jeune sent l'alcool », « son fils sentait le tabac »
  'jeune', 'adherent', 'adherente', 'beneficiaire', 'candidat', 'candidate', 'stagiaire', 'personne', 'homme', 'femme', 'garcon', 'fille', 'fils', 'mari', 'pere', 'mere', 'frere',
  'soeur', 'type', 'gars', 'mec', 'monsieur', 'madame', 'interesse', 'interessee', 'compagnon', 'compagne', 'conjoint', 'conjointe', 'accompagne', 'accompagnee']);
const SUBJECT_DETS = new Set(['le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'des', 'de', "d'"]);
/** Is the subject of the smell verb at `i` a place or a thing (« la fromagerie sent fort », « le bureau sentait le tabac froid »)? */
function thingSubject(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const sn = toks[i].sn;
  let k = i - 1;
  while (toks[k]?.sn === sn && ['ne', "n'", 'toujours', 'souvent', 'parfois', 'encore', 'vraiment', 'deja'].includes(toks[k].t)) k--;
  const t = toks[k];
  return !!t && t.sn === sn && t.k === Kind.Word && !SMELL_SUBJECTS.has(t.t) && !WORN_OR_BODY.has(t.t) && !doc.isCapitalized(k) && SUBJECT_DETS.has(toks[k - 1]?.sn === sn ? toks[k - 1].t : '');
}

function smells(doc: Doc, heads: readonly number[], found: (from: number, to: number) => void): void {
  const toks = doc.tokens;
  for (const i of heads) {
    const sn = toks[i].sn;
    const prev = toks[i - 1];
    // "il se sent mieux", "elle sent que…": not a smell
    if (prev && prev.sn === sn && ['se', "s'", 'me', "m'", 'te', "t'"].includes(prev.t)) continue;
    // a place or a thing as subject: « la fromagerie sent fort », « le local sentait le tabac »
    if (thingSubject(doc, i)) continue;
    let last = -1;
    let neg = false;
    let negGood = false;
    for (let j = i + 1, s = 0; s < 5 && j < toks.length && toks[j].sn === sn; j++, s++) {
      const t = toks[j].t;
      if (t === 'pas' && j === i + 1) { neg = true; continue; }
      // "elle sent pas très bon", "il ne sent pas bon": with a person as subject ("ça sent pas bon pour le contrat" is a forecast)
      if (neg && NEG_GOOD.has(t)) {
        let k = i - 1;
        if (toks[k]?.sn === sn && (toks[k].t === 'ne' || toks[k].t === "n'")) k--;
        if (toks[k]?.sn === sn && (toks[k].t === 'toujours' || toks[k].t === 'souvent' || toks[k].t === 'parfois')) k--;
        if (toks[k]?.sn === sn && SMELL_SUBJECTS.has(toks[k].t) && toks[k].t !== 'qui') { last = j; negGood = true; }
        break;
      }
      if (neg) { if (NEG_GAP.has(t)) continue; break; }
      if (SMELLS.has(t)) { last = j; if (t !== 'fort') break; continue; }
      if (PERSON_SMELLS.has(t)) {
        // the person as subject, the verb right after it or after one adverb/negation-free clitic
        let k = i - 1;
        if (toks[k]?.sn === sn && (toks[k].t === 'toujours' || toks[k].t === 'souvent' || toks[k].t === 'parfois')) k--;
        if (toks[k]?.sn === sn && SMELL_SUBJECTS.has(toks[k].t)) last = j;
        // a note opening on the verb, its subject the person: « Sent la marée », « - Puait le gasoil »
        else if (NOTE_SMELL_VERBS.has(toks[i].t) && (toks[k]?.sn !== sn || (k === i - 1 && toks[k].t === '-' && toks[k - 1]?.sn !== sn))) last = j;
        break;
      }
      if (!SMELL_GAP.has(t)) break;
    }
    // a verb of smell with no object ("il pue") is reported on its own
    const bare = toks[i].t.startsWith('pu') || toks[i].t.startsWith('empest') || toks[i].t.startsWith('refoul') || toks[i].t.endsWith('lingue');
    if (last < 0 && !bare) continue;
    if (!negGood && absentBefore(doc, i)) continue;
    // smells listed after the first: « sent la marée et le gasoil », « le tabac et la sueur »
    if (last >= 0 && !negGood) {
      for (let j = last + 1; toks[j]?.sn === sn && (toks[j].t === 'et' || toks[j].t === ','); ) {
        let k = j + 1;
        if (['le', 'la', "l'", 'les', 'du', 'de'].includes(toks[k]?.t ?? '')) k++;
        if (toks[k]?.sn !== sn || !(SMELLS.has(toks[k].t) || PERSON_SMELLS.has(toks[k].t))) break;
        last = k;
        j = k + 1;
      }
    }
    found(i, last < 0 ? i + 1 : last + 1);
  }
}

export default defineRule({
  id: 'apparence',
  meta: {
    description: 'Remarque sur l’apparence physique, la tenue ou l’hygiène de la personne.',
    category: 'jugement',
    severity: 'warning',
    fixable: true,
    references: ['Code du travail L1132-1 (apparence physique, critère de discrimination)', 'RGPD art. 5.1.c (minimisation)', 'RGPD art. 15 (droit d’accès)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    apparence: '« {terme} » juge l’apparence ou l’hygiène de la personne : indiquez plutôt l’action proposée (conseils, atelier).',
  },
  explanation:
    "L'apparence physique est un critère de discrimination (Code du travail, L1132-1) et les remarques sur le corps, la tenue ou l'odeur " +
    "sont des jugements que l'adhérent peut lire (droit d'accès, RGPD art. 15). Si la présentation compte pour le projet, écrivez l'action " +
    "proposée : « Conseils de présentation pour les entretiens donnés ; atelier « image de soi » proposé et accepté ».",
  lexicon: [...APPARENCE, ...triggers('look', LOOK_HEADS), ...triggers('smell', SMELL_VERBS), ...triggers('like', LIKENESS_HEADS)],
  check(ctx) {
    const heads = new Map<string, number[]>();
    // « la fromagerie sent fort », « le vestiaire sent la transpiration »: a lexicon smell whose subject is a place or a thing
    const spans: ToneSpan[] = toneHits(ctx, { messageId: 'apparence' }, heads).filter((s) => !(SMELL_VERBS.has(ctx.doc.tokens[s.from].t) && thingSubject(ctx.doc, s.from)));
    looks(ctx.doc, heads.get('look') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.apparence, messageId: 'apparence' }));
    looksBefore(ctx.doc, heads.get('look') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.apparence, messageId: 'apparence' }));
    smells(ctx.doc, heads.get('smell') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.apparence, messageId: 'apparence' }));
    likeness(ctx.doc, heads.get('like') ?? [], (from, to) => spans.push({ from, to, rewrite: OBSERVATION.apparence, messageId: 'apparence' }));
    // a bare look (« une dégaine ») whose noun starts a likeness of its own (« dégaine de taulard ») is that likeness, reported once and whole
    const bareLook = (s: ToneSpan) => FRAMING_LOOKS.has(ctx.doc.tokens[s.to - 1].t) && spans.some((o) => o.from === s.to - 1 && o.to > s.to);
    reportSpans(ctx, spans.filter((s) => !framesInsult(ctx.doc, s.from, s.to) && !bareLook(s)));
  },
});
