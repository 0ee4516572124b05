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

const interviewId = z.string().regex(/^(onglet-\d+|dossier-[0-9a-f]{64})$/);

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
  /** ask the page (content script of a later issue) what it shows: interview type, case id */
  toContentPageInfo: {
    request: z.strictObject({}),
    response: z.strictObject({
      profileId: z.string().optional(),
      interviewType: z.string().optional(),
      caseId: z.string().max(200).optional(),
    }),
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
