/**
 * A rule is metadata plus one pure function (STYLE.md §1). Its id is its file name in rules/.
 *
 * @example
 *   export default defineRule({
 *     id: 'nir',
 *     meta: { description: '…', category: 'nir', severity: 'error', fixable: true, references: ['RGPD art. 87'] },
 *     messages: { nir: 'Numéro de sécurité sociale : à retirer du compte rendu.' },
 *     explanation: '…',
 *     check(ctx) { ctx.report({ start, end, messageId: 'nir', fixes: [ctx.removal(start, end)] }); },
 *   });
 */
import type { Category, Confidence, Fix, Severity } from './types.ts';
import type { Doc } from './document.ts';
import type { Hit } from './matcher.ts';
import type { LexiconEntry } from './lexicon.ts';

export interface RuleMeta {
  /** one French sentence: what the rule finds */
  description: string;
  category: Category;
  severity: Severity;
  /** does the rule offer fixes? */
  fixable: boolean;
  /** legal and doctrinal references (RGPD, loi Informatique et Libertés, CNIL) */
  references: string[];
  /** rules that are off unless the configuration turns them on */
  defaultOff?: boolean;
}

export interface Report {
  /** original-text offsets */
  start: number;
  end: number;
  messageId: string;
  /** values for {placeholders} in the message */
  data?: Record<string, string>;
  confidence?: Confidence;
  /** overrides the rule's severity for this finding (before the confidence downgrade) */
  severity?: Severity;
  fixes?: Fix[];
  /** sentence added to the rule's explanation */
  note?: string;
  /** category when a rule reports outside its own (rare) */
  category?: Category;
}

export interface RuleContext {
  /** this lint's document; its token objects are reused by the next lint: keep none after `check` */
  readonly doc: Doc;
  readonly text: string;
  /** lexicon hits of this rule, from the single matcher pass, longest first at each start */
  readonly hits: Hit[];
  /** the options of this rule, after the defaults */
  readonly options: Record<string, unknown>;
  /** document-level information passed by the host (interview type for completeness rules) */
  readonly documentInfo: DocumentInfo;
  report(r: Report): void;
}

export interface DocumentInfo {
  /** conductor id of the interview, when known ("premier-accueil", "diagnostic"…) */
  interviewType?: string;
}

export interface RuleDefinition {
  id: string;
  meta: RuleMeta;
  messages: Record<string, string>;
  /** why it matters (the person can read this report; GDPR article) and what to write instead */
  explanation: string;
  /** lexicon entries matched by the engine's single pass; hits arrive in ctx.hits */
  lexicon?: LexiconEntry[];
  /** default options */
  defaultOptions?: Record<string, unknown>;
  /** validate options from configuration; return a French error message or null */
  validateOptions?: (options: unknown) => string | null;
  check(ctx: RuleContext): void;
}

export function defineRule<T extends RuleDefinition>(def: T): T {
  return def;
}

/** A fix that deletes the range and the space before it. */
export function removalFix(text: string, start: number, end: number, label = 'Supprimer'): Fix {
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u00a0')) s--;
  if (s > 0 && /[(«"“]/.test(text[s - 1]) === false && s === start) {
    // no space before: eat the space after instead
    let e = end;
    while (e < text.length && text[e] === ' ') e++;
    return { start, end: e, replacement: '', label };
  }
  return { start: s, end, replacement: '', label };
}

/** A fix that replaces the range with `replacement`. */
export function replaceFix(start: number, end: number, replacement: string, label?: string): Fix {
  return { start, end, replacement, label: label ?? `Remplacer par « ${replacement} »` };
}
