import { describe, expect, it } from 'vitest';
import { createMessageHandler, sendMessage, MessageError } from '../../lib/messaging/index.ts';

describe('typed messaging protocol', () => {
  it('round-trips a request through a handler with validation on both sides', async () => {
    const calls: unknown[] = [];
    const handler = createMessageHandler({
      toBackgroundToggleTimer: async ({ tabId }) => { calls.push(tabId); return { interviewId: `onglet-${tabId}`, status: 'running' }; },
    });
    const r = await sendMessage(async (m) => handler(m), 'toBackgroundToggleTimer', { tabId: 12 });
    expect(r).toEqual({ interviewId: 'onglet-12', status: 'running' });
    expect(calls).toEqual([12]);
  });

  it('ignores foreign messages and refuses bad payloads with French errors', () => {
    const errors: string[][] = [];
    const handler = createMessageHandler({ toBackgroundPurge: async () => ({ deleted: 0 }) }, (e) => errors.push(e));
    expect(handler('hello')).toBeUndefined();
    expect(handler({ name: 'toBackgroundPurge', payload: {} })).toBeUndefined(); // no envelope marker
    expect(handler({ cadre: 1, name: 'toBackgroundPurge', payload: { all: true } })).toBeUndefined();
    expect(handler({ cadre: 1, name: 'toBackgroundInterviewChanged', payload: { interviewId: 'onglet-1' } })).toBeUndefined(); // no handler here
    expect(handler({ cadre: 1, name: 'toBackgroundOops', payload: {} })).toBeUndefined();
    expect(errors).toEqual([["champ « payload » : clé inconnue « all »."], ['message inconnu « toBackgroundOops »']]);
  });

  it('refuses an interview id that could carry a case number in clear', async () => {
    await expect(sendMessage(async () => ({ ok: true }), 'toBackgroundInterviewChanged', { interviewId: 'dossier-D-2041' })).rejects.toThrow();
  });

  it('rejects a malformed response', async () => {
    await expect(sendMessage(async () => ({ deleted: -1 }), 'toBackgroundPurge', {})).rejects.toBeInstanceOf(MessageError);
  });
});

describe('runtime.onMessage adapter', () => {
  it('answers through sendResponse and keeps the channel open only for our messages', async () => {
    const { toRuntimeListener } = await import('../../lib/messaging/index.ts');
    const listener = toRuntimeListener(createMessageHandler({ toBackgroundPurge: async () => ({ deleted: 2 }) }));
    const answer = new Promise((resolve) => expect(listener({ cadre: 1, name: 'toBackgroundPurge', payload: {} }, {}, resolve)).toBe(true));
    expect(await answer).toEqual({ deleted: 2 });
    expect(listener({ other: true }, {}, () => {})).toBe(false);
  });
});
