/**
 * "Désactiver Cadre sur ce site" reaches an open page (`toContentStop`): the controller calls its
 * `stop` at once, without the engine file, and answers; anything else of that name is not obeyed.
 * The page losing its marks and card is shown in Chromium (tests/e2e/permissions.test.ts).
 */
import { describe, expect, it } from 'vitest';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency of the project
import { JSDOM } from 'jsdom';
import { startInpage } from '../../lib/inpage/controller.ts';

function start() {
  const dom = new JSDOM('<!doctype html><html><body><p>Page sans éditeur</p></body></html>', { url: 'http://127.0.0.1/dossier.html' });
  const win = dom.window as unknown as Window & typeof globalThis;
  // jsdom has no layout observers: inert stand-ins (the controller only registers with them here)
  class Inert { observe() {} unobserve() {} disconnect() {} takeRecords() { return []; } }
  Object.assign(win, { IntersectionObserver: Inert, ResizeObserver: Inert });
  Object.assign(globalThis, { IntersectionObserver: Inert, ResizeObserver: Inert });
  const ac = new win.AbortController(); // jsdom checks that a listener's signal is one of its own
  const calls = { stop: 0, engine: 0 };
  const inpage = startInpage({
    win,
    signal: ac.signal,
    engine: () => { calls.engine++; return Promise.reject(new Error('pas de moteur ici')); },
    post: () => {},
    allowlist: { load: async () => [], add: async () => {}, watch: () => {} },
    stop: () => { calls.stop++; ac.abort(); },
  });
  const send = (message: unknown) => {
    const answers: unknown[] = [];
    const async = inpage.onMessage(message, {}, (r) => answers.push(r));
    return { async, answers };
  };
  return { send, calls, signal: ac.signal };
}

describe('toContentStop in the content script', () => {
  it('stops at once and answers, without loading the engine', () => {
    const { send, calls, signal } = start();
    const r = send({ cadre: 1, name: 'toContentStop', payload: {} });
    expect(r).toEqual({ async: false, answers: [{ ok: true }] });
    expect(calls).toEqual({ stop: 1, engine: 0 });
    expect(signal.aborted).toBe(true);
  });

  it('ignores a message of that name with a payload, or without the protocol mark', () => {
    const { send, calls } = start();
    expect(send({ cadre: 1, name: 'toContentStop', payload: { all: true } }).answers).toEqual([]);
    expect(send({ name: 'toContentStop', payload: {} }).answers).toEqual([]);
    expect(send({ cadre: 1, name: 'toContentStop' }).answers).toEqual([]);
    expect(calls.stop).toBe(0);
  });
});
