/**
 * In-page assistant (issue #4): wiring only (STYLE.md §7); the logic is in lib/inpage. The heavy
 * half (engine, lexicons, zod) is `inpage-engine.js`, imported on first need, so that this script
 * stays small (≤ 80 KB gzip). Runs in every frame; a same-origin child frame (about:blank,
 * designMode iframe) is handled by its parent's script, which sees into it.
 */
import { startInpage } from '../../lib/inpage/controller.ts';
import { createAllowlistStore } from '../../lib/inpage/ignore.ts';
import { ENGINE_GLOBAL, type InpageEngine } from '../../lib/inpage/engine-types.ts';
import { createBrowserOverlayServices, mountOverlay } from '../../lib/overlay/mount.ts';
import { pickLanguage, translatorFor } from '../../lib/i18n/index.ts';

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    if (window.frameElement) return; // same-origin child frame: the parent frame's script handles it
    // Cadre's words in the page follow the browser's language, French by default (issue #6 §4)
    const language = pickLanguage(browser.i18n.getUILanguage());
    const loadEngine = async (): Promise<InpageEngine> => {
      const url = browser.runtime.getURL('/inpage-engine.js' as '/');
      await import(/* @vite-ignore */ url);
      const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as InpageEngine | undefined;
      if (!engine) throw new Error('Cadre : moteur de relecture introuvable');
      return engine;
    };
    // "Désactiver Cadre sur ce site" stops this script at once (toContentStop); an extension reload too
    const stopped = new AbortController();
    const signal = AbortSignal.any([ctx.signal, stopped.signal]);
    const inpage = startInpage({
      win: window,
      signal,
      stop: () => { stopped.abort(); browser.runtime.onMessage.removeListener(listener); },
      engine: loadEngine,
      post: (message) => { browser.runtime.sendMessage(message).catch(() => { /* nobody listens: fine */ }); },
      allowlist: createAllowlistStore(browser.storage.local, browser.storage.onChanged),
      language,
    });
    const listener = inpage.onMessage;
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    // ---- the page's checklist card (issue #4 §4, lib/overlay): top frame only, mounted in Cadre's
    // own <cadre-root> shadow root as soon as the controller creates it (a child of <html>)
    if (window.top === window) {
      const mount = (root: Element | null) => {
        if (!root?.shadowRoot) return false;
        mountOverlay(root.shadowRoot, createBrowserOverlayServices(), signal, translatorFor(language));
        return true;
      };
      if (!mount(document.documentElement.querySelector(':scope > cadre-root'))) {
        const watch = new MutationObserver(() => { if (mount(document.documentElement.querySelector(':scope > cadre-root'))) watch.disconnect(); });
        watch.observe(document.documentElement, { childList: true });
        signal.addEventListener('abort', () => watch.disconnect());
      }
    }
  },
});
