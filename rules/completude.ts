/**
 * `completude`: what the report of this interview type should mention and does not (issue #3 §5).
 * Document-level: it runs only when the host passes the interview type
 * (`config.document.interviewType`, a conductor id), and reads that conductor's "compte rendu"
 * elements. An element counts as present when one of its cue phrases appears (folded tokens,
 * hyphen = space). One finding per missing element, anchored at the end of the text.
 */
import { defineRule } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { termTokens } from '../lib/lint/lexicon.ts';
import { Kind } from '../lib/lint/tokenize.ts';
import { DEFAULT_CONDUCTORS } from '../lib/conductors/defaults.ts';
import { conductorSchema, type Conductor } from '../lib/conductors/schema.ts';

interface Compiled {
  /** first token → cue sequences starting with it, with the index of their element */
  byFirst: Map<string, Array<{ seq: string[]; element: number }>>;
}

const compiled = new WeakMap<Conductor, Compiled>();

function compile(c: Conductor): Compiled {
  let out = compiled.get(c);
  if (out) return out;
  const byFirst: Compiled['byFirst'] = new Map();
  c.compteRendu.forEach((el, element) => {
    for (const cue of el.indices) {
      const seq = termTokens(cue);
      if (!seq.length) continue;
      let list = byFirst.get(seq[0]);
      if (!list) byFirst.set(seq[0], (list = []));
      list.push({ seq, element });
    }
  });
  out = { byFirst };
  compiled.set(c, out);
  return out;
}

/** Indices of the elements whose cues occur in the document: one pass over the tokens. */
function presentElements(doc: Doc, c: Compiled): Set<number> {
  const found = new Set<number>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const cands = c.byFirst.get(toks[i].t);
    if (!cands) continue;
    for (const { seq, element } of cands) {
      if (found.has(element) || i + seq.length > toks.length) continue;
      let k = 1;
      while (k < seq.length && toks[i + k].t === seq[k]) k++;
      if (k === seq.length) found.add(element);
    }
  }
  return found;
}

/**
 * Anchors at the end of the text, one per missing element: the last word, the last two words…
 * (the engine merges findings of one rule that share a span, so each needs its own).
 * The first missing element gets the widest span, so findings come out in the conductor's order.
 */
function anchors(doc: Doc, text: string, count: number): Array<[number, number]> {
  const starts: number[] = [];
  let end = -1;
  for (let i = doc.tokens.length - 1; i >= 0 && starts.length < count; i--) {
    const t = doc.tokens[i];
    if (t.k === Kind.Punct) continue;
    if (end < 0) end = doc.tokRange(i, i + 1)[1];
    if (t.hyphen) continue; // "rendez-vous" is one word: start at "rendez"
    starts.push(doc.tokRange(i, i + 1)[0]);
  }
  if (end < 0) { end = text.length; while (end > 0 && /\s/.test(text[end - 1])) end--; }
  const out: Array<[number, number]> = [];
  for (let n = count; n >= 1; n--) {
    // fewer words than missing elements: widen by characters so that every span stays distinct
    const start = starts[n - 1] ?? Math.max(0, (starts[starts.length - 1] ?? end) - (n - starts.length));
    out.push([start, end]);
  }
  return out;
}

export default defineRule({
  id: 'completude',
  meta: {
    description: "Élément attendu dans le compte rendu de ce type d'entretien et absent du texte (consentement, actions convenues, travail demandé, engagement signé).",
    category: 'completude',
    severity: 'info',
    fixable: false,
    references: [
      'RGPD art. 7.1 (le responsable doit pouvoir démontrer le consentement)',
      "RGPD art. 15 (droit d'accès de la personne à son dossier)",
      "Conducteurs d'entretien : travail demandé pour le prochain rendez-vous et formalisation des conclusions",
    ],
  },
  messages: {
    manque: 'Élément non mentionné : {element} (attendu dans le compte rendu « {type} »).',
  },
  explanation:
    "Le compte rendu est la trace de ce qui a été convenu : la personne peut le lire (droit d'accès, RGPD art. 15) " +
    "et s'y reporter pour savoir ce qu'elle doit faire avant le prochain rendez-vous. Pour un premier accueil, il " +
    "atteste que la personne a été informée du traitement de ses données et a donné son accord (RGPD art. 7.1). " +
    "Écrivez en une phrase l'élément manquant, par exemple « Vous vous engagez à envoyer trois candidatures avant le prochain rendez-vous. »",
  defaultOptions: {},
  validateOptions(options) {
    const list = (options as { conducteurs?: unknown } | null)?.conducteurs;
    if (list === undefined) return null;
    const r = conductorSchema.array().safeParse(list);
    return r.success ? null : 'option « conducteurs » : liste de conducteurs non valide.';
  },
  check(ctx) {
    const type = ctx.documentInfo.interviewType;
    if (!type) return;
    // an organisation's imported conductors may be passed as an option; the defaults otherwise
    const list = (ctx.options.conducteurs as Conductor[] | undefined) ?? DEFAULT_CONDUCTORS;
    const conductor = list.find((c) => c.id === type);
    if (!conductor || conductor.compteRendu.length === 0) return;
    const present = presentElements(ctx.doc, compile(conductor));
    const missing = conductor.compteRendu.filter((_, i) => !present.has(i));
    if (!missing.length) return;
    const spans = anchors(ctx.doc, ctx.text, missing.length);
    missing.forEach((el, i) => {
      const [start, end] = spans[i];
      ctx.report({ start, end, messageId: 'manque', confidence: 'high', data: { element: el.libelle, type: conductor.libelle } });
    });
  },
});
