/**
 * One typed protocol between the extension's contexts (STYLE.md §9): a map from message name to
 * request and response schemas. Names say the direction (`toBackground…`, `toContent…`); payloads
 * are validated where they arrive, responses where they return.
 *
 * @example
 *   const r = await sendMessage(browser.runtime.sendMessage, 'toBackgroundToggleTimer', { tabId: 12 });
 *   // background: browser.runtime.onMessage.addListener(createMessageHandler({ toBackgroundToggleTimer: async (p) => … }));
 */
import { z } from 'zod';
import { zodErrorsFrench } from '../config/schema.ts';
import { timerStateSchema } from '../timer/machine.ts';

const interviewId = z.string().regex(/^(onglet-\d+|dossier-[0-9a-f]{64})$/);

const severity = z.enum(['error', 'warning', 'info']);
/** A finding as it travels between contexts (the engine's Finding, validated). */
export const findingSchema = z.strictObject({
  rule: z.string().max(60),
  category: z.string().max(60),
  severity,
  confidence: z.enum(['high', 'medium', 'low']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(2000),
  message: z.string().max(1000),
  explanation: z.string().max(5000),
  references: z.array(z.string().max(300)).max(20),
  fixes: z.array(z.strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    replacement: z.string().max(5000),
    label: z.string().max(300),
  })).max(10),
});
const editorId = z.string().min(1).max(100);
const ok = z.strictObject({ ok: z.boolean(), reason: z.string().max(500).optional() });

/** where the page's checklist card sits (px from the viewport's top left) and whether it is folded */
export const placementSchema = z.strictObject({
  x: z.number().int().min(0).max(100_000),
  y: z.number().int().min(0).max(100_000),
  collapsed: z.boolean(),
});

/** what the page's checklist card shows: never free text, only the conductor's own labels */
export const overlayStateSchema = z.strictObject({
  /** off in the settings, or not a page of the case-management app: no card */
  show: z.boolean(),
  interviewId: interviewId.optional(),
  /** the conductor's name; absent until the interview type is chosen or detected */
  libelle: z.string().max(200).optional(),
  phases: z.array(z.strictObject({
    id: z.string().max(40),
    label: z.string().max(80),
    durationMs: z.number().int().positive(),
    steps: z.array(z.string().max(200)).max(20),
    items: z.array(z.strictObject({ id: z.string().max(80), libelle: z.string().max(500) })).max(60),
  })).min(1).max(10),
  checked: z.array(z.string().max(80)).max(200),
  timer: timerStateSchema,
  placement: placementSchema.optional(),
});

/** a finding of "Auditer cette page" (issue #5 §1): the engine's finding, and whether the page shows its mark */
export const pageAuditFindingSchema = findingSchema.extend({ marked: z.boolean() });
/** the lint settings a page audit ran with (lib/audit/settings-summary.ts): rule states, list sizes */
export const lintSettingsSummarySchema = z.strictObject({
  rules: z.record(z.string().max(60), z.enum(['off', 'on', 'error', 'warning', 'info'])),
  extraTerms: z.record(z.string().max(60), z.number().int().nonnegative()),
  allowlist: z.number().int().nonnegative(),
  ignoredPhrases: z.number().int().nonnegative(),
});

export const protocol = {
  /** the panel changed an interview (timer, type, checklist): reschedule its alarms */
  toBackgroundInterviewChanged: {
    request: z.strictObject({ interviewId, tabId: z.number().int().nonnegative().optional() }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  /** start or pause the timer of a tab's interview (the keyboard shortcut does the same) */
  toBackgroundToggleTimer: {
    request: z.strictObject({ tabId: z.number().int().nonnegative() }),
    response: z.strictObject({ interviewId, status: z.enum(['idle', 'running', 'paused']) }),
  },
  /** purge interviews older than the retention period now */
  toBackgroundPurge: {
    request: z.strictObject({}),
    response: z.strictObject({ deleted: z.number().int().nonnegative() }),
  },
  /** a frame's content script reports the findings of one editor (empty list: nothing to show) */
  toBackgroundFindings: {
    request: z.strictObject({
      editorId,
      url: z.string().max(4000),
      focused: z.boolean(),
      findings: z.array(findingSchema).max(5000),
    }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  /** a frame's content script forgets an editor (removed from the page, page unloaded) */
  toBackgroundEditorGone: {
    request: z.strictObject({ editorId }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  /** the panel asks for the findings of a tab, all frames and editors */
  toBackgroundTabFindings: {
    request: z.strictObject({ tabId: z.number().int().nonnegative() }),
    response: z.strictObject({
      editors: z.array(z.strictObject({
        frameId: z.number().int().nonnegative(),
        editorId,
        url: z.string().max(4000),
        focused: z.boolean(),
        findings: z.array(findingSchema).max(5000),
      })),
    }),
  },
  /** the background tells extension pages that a tab's findings changed (panel re-reads them) */
  toPanelFindingsChanged: {
    request: z.strictObject({ tabId: z.number().int().nonnegative() }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  /**
   * the background tells extension pages that the page of a tab shows another case or interview
   * type (seen when the page's checklist card re-reads its state after a change in the page)
   */
  toPanelPageChanged: {
    request: z.strictObject({ tabId: z.number().int().nonnegative() }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  /** scroll to and select a finding's text in the page's editor */
  toContentReveal: {
    request: z.strictObject({ editorId, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    response: ok,
  },
  /**
   * apply a fix through the editor's own input path; `expected` is the text the panel saw at the
   * range, so a stale fix is refused instead of corrupting the report
   */
  toContentApplyFix: {
    request: z.strictObject({
      editorId,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      replacement: z.string().max(5000),
      expected: z.string().max(5000).optional(),
    }),
    response: ok,
  },
  /** ignore a finding here (this editor) or everywhere (allowlist in settings) */
  toContentIgnore: {
    request: z.strictObject({ editorId, rule: z.string().max(60), text: z.string().max(2000), everywhere: z.boolean() }),
    response: ok,
  },
  /** insert text at the caret of the focused (or last focused) report editor, through the fix path */
  toContentInsertAtCaret: {
    request: z.strictObject({ text: z.string().min(1).max(10000) }),
    response: ok,
  },
  /** ask the page (content script of a later issue) what it shows: interview type, case id */
  toContentPageInfo: {
    request: z.strictObject({}),
    response: z.strictObject({
      profileId: z.string().optional(),
      interviewType: z.string().optional(),
      caseId: z.string().max(200).optional(),
    }),
  },
  /**
   * the checklist card in the page (lib/overlay, top frame) asks for the interview of its tab: the
   * same record as the panel's, kept by the background (a content script has no IndexedDB of ours)
   */
  toBackgroundOverlayState: {
    request: z.strictObject({}),
    response: overlayStateSchema,
  },
  /** the card ticks an item, starts, pauses or resets the timer, or was moved or folded */
  toBackgroundOverlayAction: {
    request: z.discriminatedUnion('action', [
      z.strictObject({ action: z.literal('toggle'), itemId: z.string().min(1).max(80) }),
      z.strictObject({ action: z.enum(['start', 'pause', 'reset']) }),
      z.strictObject({ action: z.literal('place'), placement: placementSchema }),
    ]),
    response: overlayStateSchema,
  },
  /** the background tells the page's card that its interview or its settings changed (re-read) */
  toContentOverlayChanged: {
    request: z.strictObject({}),
    response: ok,
  },
  /**
   * "Auditer cette page" (issue #5 §1): the top frame reads the report shown (the site profile's
   * report view, else the selection, else Readability on a clone), lints it with the settings in
   * force and marks the findings outside the host DOM. Of the address, only host and path travel:
   * never the query string or fragment (case numbers, search terms).
   */
  toContentAuditPage: {
    request: z.strictObject({}),
    response: z.union([
      z.strictObject({
        ok: z.literal(true),
        method: z.enum(['profile', 'selection', 'readability']),
        title: z.string().max(500).optional(),
        host: z.string().max(300),
        path: z.string().max(2000),
        text: z.string().max(1_000_000),
        findings: z.array(pageAuditFindingSchema).max(5000),
        settings: lintSettingsSummarySchema,
      }),
      z.strictObject({ ok: z.literal(false), reason: z.string().max(500) }),
    ]),
  },
  /** scroll the page to a finding of the page audit and show its mark as the active one */
  toContentAuditReveal: {
    request: z.strictObject({ index: z.number().int().nonnegative() }),
    response: ok,
  },
  /** "Effacer les marques": remove the page audit's marks */
  toContentAuditClear: {
    request: z.strictObject({}),
    response: ok,
  },
  /**
   * "Désactiver Cadre sur ce site": every frame's content script stops at once (marks, cards,
   * listeners), before the permission is given back. Checked by shape in the content script,
   * which answers it without loading the engine file.
   */
  toContentStop: {
    request: z.strictObject({}),
    response: ok,
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;

export interface Envelope<N extends MessageName = MessageName> {
  cadre: 1;
  name: N;
  payload: RequestOf<N>;
}

export type Handlers = { [N in MessageName]?: (payload: RequestOf<N>, sender: unknown) => Promise<ResponseOf<N>> };

export class MessageError extends Error {}

/** Send a request and validate the response. `send` is `browser.runtime.sendMessage` or a tab sender. */
export async function sendMessage<N extends MessageName>(
  send: (message: unknown) => Promise<unknown>,
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { cadre: 1, name, payload: protocol[name].request.parse(payload) as RequestOf<N> };
  const raw = await send(envelope);
  const r = protocol[name].response.safeParse(raw);
  if (!r.success) throw new MessageError(`Réponse non valide à « ${name} » : ${zodErrorsFrench(r.error).join(' ')}`);
  return r.data as ResponseOf<N>;
}

/**
 * A `runtime.onMessage` listener: validates the envelope and the payload, calls the handler and
 * returns its promise; anything else (another extension's message, a bad payload) gets `undefined`
 * so that other listeners may answer.
 */
export function createMessageHandler(handlers: Handlers, onInvalid?: (errors: string[]) => void) {
  return (message: unknown, sender?: unknown): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object' || (message as Envelope).cadre !== 1) return undefined;
    const { name, payload } = message as Envelope;
    if (!Object.hasOwn(protocol, name)) { onInvalid?.([`message inconnu « ${String(name)} »`]); return undefined; }
    const handler = handlers[name] as ((p: unknown, s: unknown) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    const r = protocol[name].request.safeParse(payload);
    if (!r.success) { onInvalid?.(zodErrorsFrench(r.error, 'payload')); return undefined; }
    return handler(r.data, sender);
  };
}

/**
 * Adapt a handler to `runtime.onMessage`, whose Chrome version answers through `sendResponse`
 * (a returned promise is not awaited by every Chrome version): keep the channel open with `true`.
 */
export function toRuntimeListener(handler: ReturnType<typeof createMessageHandler>) {
  return (message: unknown, sender: unknown, sendResponse: (response?: unknown) => void): boolean => {
    const pending = handler(message, sender);
    if (!pending) return false;
    pending.then(sendResponse, (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) }));
    return true;
  };
}
