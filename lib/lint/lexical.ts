/**
 * The common path of lexicon rules: take the matcher's hits for the rule, apply each entry's
 * context conditions (job frame, negation, person link, neighbour words) and report.
 * A rule adds its own judgement through `accept`.
 */
import type { RuleContext, Report } from './rule.ts';
import type { Hit } from './matcher.ts';
import type { Confidence } from './types.ts';
import { clause, jobFrameBefore, negatedBefore, personLinked, seqAfter, seqBefore, nearHas } from './context.ts';
import { replaceFix } from './rule.ts';

export interface LexicalOptions {
  messageId: string | ((hit: Hit) => string);
  /**
   * Extra judgement: return false to drop the hit, or a confidence to set. Called after the
   * entry's own conditions.
   */
  accept?: (hit: Hit, ctx: RuleContext) => boolean | Confidence;
  /** drop hits in a job / sector / training frame (default true) */
  jobFrame?: boolean;
  /** drop hits under negation / absence (default true) */
  negation?: boolean;
  /** label of the rewrite fix */
  fixLabel?: string;
  /** extend a report (data, note, fixes) */
  decorate?: (hit: Hit, report: Report, ctx: RuleContext) => void;
}

/** Entry-level conditions shared by every lexical rule. */
export function entryAccepts(hit: Hit, ctx: RuleContext, jobFrame = true, negation = true): boolean {
  const { doc } = ctx;
  const e = hit.entry;
  if (e.notAfterSeqs?.some((seq) => seqBefore(doc, hit.from, seq))) return false;
  if (e.notBeforeSeqs?.some((seq) => seqAfter(doc, hit.to, seq))) return false;
  if (e.notNearSet && nearHas(doc, hit.from, hit.to, e.notNearSet, 8)) return false;
  if (e.nearSet && !nearHas(doc, hit.from, hit.to, e.nearSet, 8)) return false;
  if (e.needsPerson && !personLinked(doc, hit.from, hit.to)) return false;
  if (jobFrame && jobFrameBefore(doc, hit.from)) return false;
  if (negation && negatedBefore(doc, hit.from)) return false;
  return true;
}

export function lexicalCheck(ctx: RuleContext, opts: LexicalOptions): void {
  const jobFrame = opts.jobFrame ?? true;
  const negation = opts.negation ?? true;
  for (const hit of ctx.hits) {
    if (!entryAccepts(hit, ctx, jobFrame, negation)) continue;
    let confidence: Confidence = hit.entry.confidence ?? 'medium';
    if (opts.accept) {
      const verdict = opts.accept(hit, ctx);
      if (verdict === false) continue;
      if (typeof verdict === 'string') confidence = verdict;
    }
    const [start, end] = ctx.doc.tokRange(hit.from, hit.to);
    const report: Report = {
      start,
      end,
      messageId: typeof opts.messageId === 'function' ? opts.messageId(hit) : opts.messageId,
      data: { terme: ctx.text.slice(start, end) },
      confidence,
      severity: hit.entry.severity,
      note: hit.entry.note,
      fixes: [],
    };
    if (hit.entry.rewrite) {
      // the rewrite replaces the whole clause's term with the neutral wording
      report.fixes!.push(replaceFix(start, end, hit.entry.rewrite, opts.fixLabel ?? `Reformuler : « ${hit.entry.rewrite} »`));
    }
    opts.decorate?.(hit, report, ctx);
    ctx.report(report);
  }
}

export { clause };
