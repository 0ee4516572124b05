/**
 * The page's checklist card (issue #4 §4): a small card in Cadre's shadow root with the current
 * conductor's checklist and the phase timer, for counsellors who do not open the panel. It shows
 * the same interview record as the panel, through the background (IndexedDB is not reachable from
 * a content script): ticking here shows there, and the other way round (the background pushes
 * `toContentOverlayChanged`). Draggable with the mouse and the arrow keys, foldable; on or off in
 * the panel's settings; shown only on pages of the case-management app (a site profile matched).
 *
 * The content script calls `mountOverlay(shadowRoot)` once, in the top frame. No zod and no
 * framework here: the content script's size is budgeted, and the background is the only sender.
 * `t` gives the card's words in the UI's language (issue #6 §4; French by default).
 *
 * @example
 *   const unmount = mountOverlay(shadow, createBrowserOverlayServices(), ctx.signal, translatorFor(language));
 */
import { browser } from 'wxt/browser';
import type { OverlayAction, OverlayState } from '../background/overlay.ts';
import { CARD_CSS, createChecklistCard } from '../../components/overlay/checklist-card.ts';
import { translatorFor, type Translate } from '../i18n/index.ts';

export interface OverlayServices {
  state(): Promise<OverlayState>;
  act(action: OverlayAction): Promise<OverlayState>;
  /** the background says the interview or the settings changed; returns the unsubscribe */
  onChanged(run: () => void): () => void;
  now(): number;
}

/** A light shape check of the background's answer (the full schema lives in lib/messaging). */
function asState(raw: unknown): OverlayState {
  const s = raw as OverlayState | undefined;
  if (!s || typeof s.show !== 'boolean' || !Array.isArray(s.phases) || !s.phases.length || !Array.isArray(s.checked) || !s.timer) {
    throw new Error('Cadre : réponse non valide pour la carte de la page');
  }
  return s;
}

export function createBrowserOverlayServices(): OverlayServices {
  const send = (name: 'toBackgroundOverlayState' | 'toBackgroundOverlayAction', payload: unknown) =>
    browser.runtime.sendMessage({ cadre: 1, name, payload }).then(asState);
  return {
    state: () => send('toBackgroundOverlayState', {}),
    act: (action) => send('toBackgroundOverlayAction', action),
    onChanged(run) {
      const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void): boolean => {
        const m = message as { cadre?: unknown; name?: unknown } | null;
        if (!m || m.cadre !== 1 || m.name !== 'toContentOverlayChanged') return false;
        run();
        sendResponse({ ok: true });
        return false;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    now: Date.now,
  };
}

const MARGIN = 8;

/** Keep the card inside the viewport. */
export function clampPlacement(x: number, y: number, size: { width: number; height: number }, viewport: { width: number; height: number }): { x: number; y: number } {
  return {
    x: Math.round(Math.max(MARGIN, Math.min(x, viewport.width - size.width - MARGIN))),
    y: Math.round(Math.max(MARGIN, Math.min(y, viewport.height - Math.min(size.height, 48) - MARGIN))),
  };
}

/**
 * Mount the card in `shadowRoot` (Cadre's `<cadre-root>`). Returns the unmount function; `signal`
 * (the content script context's) unmounts too. Nothing is added to the host document itself.
 */
export function mountOverlay(shadowRoot: ShadowRoot, services: OverlayServices = createBrowserOverlayServices(), signal?: AbortSignal, t: Translate = translatorFor('fr')): () => void {
  const win = shadowRoot.ownerDocument.defaultView;
  if (!win || win.top !== win) return () => {}; // the top frame's card only
  const doc = shadowRoot.ownerDocument;
  const controller = new AbortController();
  const opts = { signal: controller.signal };

  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, sheet];

  let state: OverlayState | undefined;
  let pos: { x: number; y: number } | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let pending = 0;

  const place = () => {
    if (!pos) return;
    const rect = card.element.getBoundingClientRect();
    pos = clampPlacement(pos.x, pos.y, { width: rect.width || 300, height: rect.height || 48 }, { width: win.innerWidth, height: win.innerHeight });
    card.element.style.left = `${pos.x}px`;
    card.element.style.top = `${pos.y}px`;
  };
  const savePlacement = () => {
    if (!pos || !state) return;
    void services.act({ action: 'place', placement: { x: pos.x, y: pos.y, collapsed: card.collapsed } }).catch(() => {});
  };

  const card = createChecklistCard(doc, {
    toggle: (itemId) => void services.act({ action: 'toggle', itemId }).then(show, () => refresh()),
    timer: (action) => void services.act({ action }).then(show, () => {}),
    fold: (collapsed) => {
      if (!state) return;
      const placement = { x: pos?.x ?? 0, y: pos?.y ?? 0, collapsed };
      show({ ...state, placement });
      void services.act({ action: 'place', placement }).then(show, () => {});
    },
    move: (dx, dy, done) => {
      if (pos) { pos = { x: pos.x + dx, y: pos.y + dy }; place(); }
      if (done) savePlacement();
    },
  }, t);
  shadowRoot.append(card.element);

  function show(s: OverlayState): void {
    state = s;
    card.update(s, services.now());
    if (s.show && !pos) {
      const rect = card.element.getBoundingClientRect();
      // first time: bottom right, out of the way of the form
      pos = s.placement ? { x: s.placement.x, y: s.placement.y } : { x: win!.innerWidth - (rect.width || 300) - 16, y: win!.innerHeight - (rect.height || 200) - 16 };
    }
    place();
    const running = s.show && s.timer.status === 'running';
    if (running && ticker === undefined) ticker = setInterval(() => { if (state) card.tick(services.now()); }, 1000);
    if (!running && ticker !== undefined) { clearInterval(ticker); ticker = undefined; }
  }

  function refresh(): void {
    const n = ++pending;
    void services.state().then((s) => { if (n === pending && !controller.signal.aborted) show(s); }, () => {});
  }

  refresh();
  const stopChanged = services.onChanged(refresh);
  // the app's own fields (interview type, case) change: read the page again, at most once per change
  doc.addEventListener('change', (e) => { if (!shadowRoot.contains(e.composedPath()[0] as Node)) refresh(); }, { ...opts, capture: true, passive: true });
  doc.addEventListener('visibilitychange', () => { if (doc.visibilityState === 'visible') refresh(); }, opts);
  win.addEventListener('resize', place, { ...opts, passive: true });

  const unmount = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    stopChanged();
    if (ticker !== undefined) clearInterval(ticker);
    card.element.remove();
    shadowRoot.adoptedStyleSheets = shadowRoot.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  signal?.addEventListener('abort', unmount, { once: true });
  return unmount;
}
