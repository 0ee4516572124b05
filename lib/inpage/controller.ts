/**
 * The in-page assistant of one frame (issue #4 §2–3): finds the editors, lints them as the person
 * types, draws the marks outside the host DOM, opens the card, applies fixes through the editor's
 * own input path, and answers the panel's messages. Same-origin child frames (classic TinyMCE,
 * designMode iframes) are handled from here: their own content script stands down.
 *
 * Nothing polls: editors are attached on focus, and through a MutationObserver for the site
 * profile's report field and re-mounts; linting runs after a pause in typing (≤ 150 ms) on the
 * focused or visible editors only. Everything long-lived hangs on `signal` (STYLE.md §8).
 *
 * @example
 *   const inpage = startInpage({ win: window, signal: ctx.signal, engine: loadEngine, post, allowlist });
 *   browser.runtime.onMessage.addListener((m, s, reply) => inpage.onMessage(m, s, reply));
 */
import type { Finding } from '../lint/types.ts';
import type { Handlers, RequestOf } from '../messaging/protocol.ts';
import { findEditor, type FoundEditor } from '../editors/detect.ts';
import { createAdapter, type EditorAdapter } from '../editors/adapter.ts';
import { createPainter, remeasureOnResize, type Painter } from '../highlight/painter.ts';
import { ROOT_CSS } from '../highlight/styles.ts';
import { frameOffset } from '../highlight/geometry.ts';
import { CARD_CSS, createCard, type Card } from '../../components/card/card.ts';
import { pluralOf, translatorFor, type Language, type Translate } from '../i18n/index.ts';
import type { InpageEngine } from './engine-types.ts';
import { ignoreKey, type AllowlistStore } from './ignore.ts';
import { createPageAudit } from './page-audit.ts';

export interface InpageDeps {
  /** the window of this content script's frame */
  win: Window;
  signal: AbortSignal;
  /** loads the heavy half (engine, protocol validation, site profiles) on first need */
  engine(): Promise<InpageEngine>;
  /** fire-and-forget message to the background (errors when nobody listens are ignored) */
  post(message: unknown): void;
  allowlist: AllowlistStore;
  /** pause in typing before a lint run; at most 150 ms (issue #4 §3) */
  debounceMs?: number;
  /** false forces the overlay for contenteditable too (the path of browsers without the Highlight API) */
  highlightApi?: boolean;
  /** the UI's language (issue #6 §4): the card, the field's announcements, the answers to the panel; French by default */
  language?: Language;
  /**
   * "Désactiver Cadre sur ce site" (`toContentStop`): abort `signal`, so that marks, cards and
   * listeners go at once instead of at the next reload. Without it the message is not answered.
   */
  stop?(): void;
}

interface Session {
  id: string;
  adapter: EditorAdapter;
  /** text of the last lint run (or of the last shift) */
  text: string;
  /** findings shown: the engine's, minus the ignored */
  findings: Finding[];
  all: Finding[];
  ignoredHere: Set<string>;
  timer: number;
  /** pending repaint of shifted marks */
  frame: number;
  linted: boolean;
  ac: AbortController;
}

export interface InpageController {
  /** `runtime.onMessage` listener (Chrome's `sendResponse` form): true when it will answer */
  onMessage(message: unknown, sender: unknown, sendResponse: (r?: unknown) => void): boolean;
  /** the sessions' state, for diagnostics and tests */
  editors(): Array<{ id: string; kind: string; findings: Finding[] }>;
}

const MAX_DEBOUNCE = 150;
let counter = 0;

export function startInpage(deps: InpageDeps): InpageController {
  const { win, signal } = deps;
  const language = deps.language ?? 'fr';
  const t: Translate = translatorFor(language);
  const doc = win.document;
  const debounce = Math.min(deps.debounceMs ?? 120, MAX_DEBOUNCE);
  const sessions = new Map<string, Session>();
  const byElement = new WeakMap<Element, Session>();
  const hookedDocs = new WeakSet<Document>();
  let focused: Session | null = null;
  let lastFocused: Session | null = null;
  let allowlist = new Set<string>();
  let engine: InpageEngine | null = null;
  let enginePromise: Promise<InpageEngine> | null = null;
  let handler: ((m: unknown, s?: unknown) => Promise<unknown> | undefined) | null = null;
  let reportSelector: string | undefined;
  let measures = 0;

  // ---- Cadre's own UI: one <cadre-root> with an open shadow root, outside the editors
  let root: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let painter: Painter | null = null;
  let card: Card | null = null;
  let status: HTMLElement | null = null;
  /** the finding open in the card */
  let open: { session: Session; index: number; byKeyboard: boolean; selection: { start: number; end: number } | null } | null = null;

  function ui(): { painter: Painter; card: Card; shadow: ShadowRoot } {
    if (!root || !shadow || !painter || !card) {
      root = doc.createElement('cadre-root');
      shadow = root.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ROOT_CSS + CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
      status = doc.createElement('div');
      status.className = 'status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      shadow.append(status);
      painter = createPainter({ shadow, top: win, signal, highlightApi: deps.highlightApi });
      card = createCard(shadow, {
        onApply: (i) => void applyFromCard(i),
        onIgnore: (everywhere) => void ignoreFromCard(everywhere),
        onNext: (step) => stepCard(step),
        onClose: (byKeyboard) => closeCard(byKeyboard),
        onHover: (inside) => { hoverCard = inside; if (!inside) scheduleHide(); },
      }, t);
      // appended to <html>, not inside the editor nor <body>: the app's layout never sees it
      doc.documentElement.append(root);
      signal.addEventListener('abort', () => root?.remove());
    }
    return { painter, card, shadow };
  }

  function loadEngine(): Promise<InpageEngine> {
    enginePromise ??= deps.engine().then((e) => {
      engine = e;
      handler = e.createHandler(handlers);
      reportSelector = e.reportSelector(win.location.href);
      if (reportSelector) attachReportFields(doc);
      // new settings (rules, allowlist, site profiles): lint again what was linted
      const off = e.onChange(() => {
        reportSelector = e.reportSelector(win.location.href);
        if (reportSelector) attachReportFields(doc);
        for (const s of sessions.values()) if (s.linted) schedule(s, 0);
      });
      signal.addEventListener('abort', off);
      return e;
    }, (err: unknown) => {
      enginePromise = null; // the extension was updated or reloaded: try again on the next need
      throw err;
    });
    return enginePromise;
  }

  // ---- findings to the background (fire-and-forget: the panel may not be there)
  function postFindings(s: Session) {
    const findings = s.findings.map((f) => ({
      rule: f.rule, category: f.category, severity: f.severity, confidence: f.confidence, start: f.start, end: f.end,
      text: f.text.slice(0, 2000), message: f.message.slice(0, 1000), explanation: f.explanation.slice(0, 5000),
      references: f.references.slice(0, 20), fixes: f.fixes.slice(0, 10),
    }));
    deps.post({ cadre: 1, name: 'toBackgroundFindings', payload: { editorId: s.id, url: win.location.href.slice(0, 4000), focused: focused === s, findings } });
  }

  function isIgnored(s: Session, f: Finding): boolean {
    const key = ignoreKey(f.rule, f.text);
    return s.ignoredHere.has(key) || allowlist.has(key);
  }

  function show(s: Session) {
    const { painter } = ui();
    painter.paint(s.id, s.adapter, s.findings);
  }

  function announce(s: Session, before: number) {
    if (!status || focused !== s || before === s.findings.length) return;
    const n = s.findings.length;
    status.textContent = n === 0 ? t('inpage_field_clean') : t(`inpage_field_count_${pluralOf(n, language)}`, { count: n });
  }

  /** One lint run: read, lint, filter, paint (timed as `cadre:run` for the bench). */
  function run(s: Session) {
    if (!engine || s.ac.signal.aborted || !s.adapter.element.isConnected) return;
    const t0 = performance.now();
    const text = s.adapter.read();
    const before = s.findings.length;
    // the interview type shown by the page (site profile) tells the completeness rule what to expect
    const interviewType = reportSelector ? engine.pageInfo(win.location.href, doc).interviewType : undefined;
    s.all = engine.lint(text, interviewType ? { interviewType } : undefined);
    s.findings = s.all.filter((f) => !isIgnored(s, f));
    s.text = text;
    s.linted = true;
    show(s);
    const t1 = performance.now();
    try {
      // the page's timeline keeps a bounded number of our measures (bench and tests read them)
      if (++measures % 500 === 0) performance.clearMeasures('cadre:run');
      performance.measure('cadre:run', { start: t0, end: t1, detail: { chars: text.length } });
    } catch { /* browsers without measure options */ }
    postFindings(s);
    announce(s, before);
    if (open?.session === s) refreshCard();
  }

  function schedule(s: Session, delay = debounce) {
    win.clearTimeout(s.timer);
    s.timer = win.setTimeout(() => {
      if (engine) run(s);
      else loadEngine().then(() => run(s), () => { /* no engine, no marks: the page works as before */ });
    }, delay);
  }

  /** The text changed: keep the old marks on the new text until the next run, then lint. */
  function changed(s: Session) {
    if (engine && s.linted && s.adapter.kind === 'textarea') {
      // a textarea's marks are measured boxes: shift them with the text so they do not flicker
      const text = s.adapter.read();
      if (text !== s.text) {
        s.findings = engine.shiftFindings(s.findings, s.text, text);
        s.all = engine.shiftFindings(s.all, s.text, text);
        s.text = text;
        // one measure per frame however fast the keys come
        if (!s.frame) s.frame = win.requestAnimationFrame(() => { s.frame = 0; if (!s.ac.signal.aborted) show(s); });
      }
    }
    if (open?.session === s && !open.byKeyboard) hideCard();
    schedule(s);
  }

  function attach(found: FoundEditor): Session {
    const existing = byElement.get(found.element);
    if (existing) return existing;
    const adapter = createAdapter(found);
    const ac = new AbortController();
    signal.addEventListener('abort', () => ac.abort(), { signal: ac.signal });
    const s: Session = { id: `ed-${++counter}-${Math.random().toString(36).slice(2, 8)}`, adapter, text: '', findings: [], all: [], ignoredHere: new Set(), timer: 0, frame: 0, linted: false, ac };
    sessions.set(s.id, s);
    byElement.set(found.element, s);
    const el = found.element;
    const opts = { signal: ac.signal, passive: true } as const;
    if (found.kind === 'textarea') {
      el.addEventListener('input', () => changed(s), opts);
      el.addEventListener('scroll', () => painter?.reposition(), opts);
    } else {
      // rich editors may apply typing themselves (CKEditor 5 cancels `beforeinput`): watch the DOM
      const EditorMO = (el.ownerDocument.defaultView as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
      const mo = new EditorMO(() => changed(s));
      mo.observe(el, { childList: true, characterData: true, subtree: true });
      ac.signal.addEventListener('abort', () => mo.disconnect());
    }
    remeasureOnResize(ui().painter, el, ac.signal);
    ac.signal.addEventListener('abort', () => { win.clearTimeout(s.timer); win.cancelAnimationFrame(s.frame); painter?.clear(s.id); });
    return s;
  }

  function detach(s: Session) {
    s.ac.abort();
    sessions.delete(s.id);
    byElement.delete(s.adapter.element);
    if (focused === s) focused = null;
    if (lastFocused === s) lastFocused = null;
    if (open?.session === s) hideCard();
    deps.post({ cadre: 1, name: 'toBackgroundEditorGone', payload: { editorId: s.id } });
  }

  /** The site profile names the report field: attach it as soon as it exists, lint it once visible. */
  const visible = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const s = byElement.get(e.target);
      if (s && !s.linted) schedule(s, 0);
    }
  });
  signal.addEventListener('abort', () => visible.disconnect());

  function attachReportFields(d: Document) {
    if (!reportSelector) return;
    let els: NodeListOf<Element>;
    try { els = d.querySelectorAll(reportSelector); } catch { return; }
    for (const el of els) {
      const found = findEditor(el);
      if (!found || byElement.has(found.element)) continue;
      const s = attach(found);
      if (d === doc) visible.observe(found.element);
      else schedule(s, 0);
    }
  }

  // ---- the card
  let hoverCard = false;
  let hideTimer = 0;
  let hoverFrame = 0;
  let pointer = { x: 0, y: 0 };

  function findingBox(s: Session, index: number) {
    const rects = ui().painter.rects(s.id, index);
    if (rects.length) return rects[0];
    const r = s.adapter.element.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: 0 };
  }

  function openCard(s: Session, index: number, byKeyboard: boolean) {
    const f = s.findings[index];
    if (!f) return;
    const { card, painter } = ui();
    win.clearTimeout(hideTimer);
    const selection = byKeyboard ? s.adapter.selection() : open?.selection ?? null;
    open = { session: s, index, byKeyboard, selection };
    painter.setActive(s.id, index);
    // the English explanation when the UI speaks English (from the engine file: the translations stay out of this script)
    const explanation = engine ? engine.explanation(f, language) : f.explanation;
    card.show({ ...f, explanation }, findingBox(s, index), { focus: byKeyboard, position: byKeyboard ? t('card_position', { index: index + 1, total: s.findings.length }) : undefined });
  }

  function refreshCard() {
    if (!open) return;
    const { session, index, byKeyboard } = open;
    if (!session.findings.length) { hideCard(); return; }
    openCard(session, Math.min(index, session.findings.length - 1), byKeyboard);
  }

  function hideCard() {
    if (!open) return;
    card?.hide();
    painter?.setActive(null);
    open = null;
  }

  function closeCard(byKeyboard: boolean) {
    const o = open;
    hideCard();
    if (byKeyboard && o) {
      // back to where the person was typing
      const sel = o.selection;
      if (sel) o.session.adapter.select(sel.start, sel.end);
      else o.session.adapter.element.focus({ preventScroll: true });
    }
  }

  function stepCard(step: 1 | -1) {
    if (!open) return;
    const n = open.session.findings.length;
    if (!n) return;
    openCard(open.session, (open.index + step + n) % n, true);
  }

  function scheduleHide() {
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => {
      if (open && !open.byKeyboard && !hoverCard) hideCard();
    }, 300);
  }

  async function applyFix(s: Session, start: number, end: number, replacement: string): Promise<boolean> {
    const ok = await s.adapter.replace(start, end, replacement);
    schedule(s, 0);
    return ok;
  }

  async function applyFromCard(fixIndex: number) {
    if (!open) return;
    const { session: s, index, byKeyboard } = open;
    const f = s.findings[index];
    const fix = f?.fixes[fixIndex];
    hideCard();
    if (!f || !fix) return;
    // a fix computed on older text would corrupt the report: re-lint instead
    if (s.adapter.read() !== s.text) { schedule(s, 0); return; }
    await applyFix(s, fix.start, fix.end, fix.replacement);
    if (byKeyboard) s.adapter.element.focus({ preventScroll: true });
  }

  async function ignore(s: Session, rule: string, text: string, everywhere: boolean) {
    const key = ignoreKey(rule, text);
    if (everywhere) {
      allowlist.add(key);
      await deps.allowlist.add(key).catch(() => {});
    } else s.ignoredHere.add(key);
    refilter();
  }

  async function ignoreFromCard(everywhere: boolean) {
    if (!open) return;
    const { session: s, index, byKeyboard } = open;
    const f = s.findings[index];
    hideCard();
    if (!f) return;
    await ignore(s, f.rule, f.text, everywhere);
    if (byKeyboard) s.adapter.element.focus({ preventScroll: true });
  }

  function refilter() {
    for (const s of sessions.values()) {
      const next = s.all.filter((f) => !isIgnored(s, f));
      if (next.length === s.findings.length) continue;
      const before = s.findings.length;
      s.findings = next;
      show(s);
      postFindings(s);
      announce(s, before);
    }
  }

  // ---- document listeners (this frame and its same-origin child frames)
  function sessionOfEvent(e: Event): Session | null {
    const target = e.composedPath()[0] ?? e.target;
    const found = findEditor(target);
    return found ? byElement.get(found.element) ?? null : null;
  }

  function hookDocument(d: Document) {
    if (hookedDocs.has(d)) return;
    hookedDocs.add(d);
    const opts = { signal, capture: true, passive: true } as const;
    d.addEventListener('focusin', (e) => {
      const target = e.composedPath()[0] ?? e.target;
      const found = findEditor(target);
      if (!found) return;
      const s = attach(found);
      const changedFocus = focused !== s;
      focused = s;
      lastFocused = s;
      if (!s.linted) schedule(s, 0);
      else if (changedFocus) postFindings(s);
    }, opts);
    d.addEventListener('focusout', (e) => {
      const s = sessionOfEvent(e);
      if (s && focused === s) focused = null;
    }, opts);
    d.addEventListener('keydown', (e) => {
      // Alt+Entrée: the card of the finding at the caret, keyboard-reachable (issue #4 §3)
      if (!(e.altKey && e.key === 'Enter') || e.ctrlKey || e.metaKey || e.isComposing) return;
      const s = sessionOfEvent(e);
      if (!s || !s.findings.length) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const sel = s.adapter.selection();
      const caret = sel?.start ?? 0;
      let index = s.findings.findIndex((f) => f.end >= caret);
      if (index < 0) index = 0;
      openCard(s, index, true);
    }, { signal, capture: true });
    d.addEventListener('pointermove', (e) => {
      if (!sessions.size) return;
      const off = d === doc || !d.defaultView ? { x: 0, y: 0 } : frameOffset(d.defaultView, win);
      pointer = { x: e.clientX + off.x, y: e.clientY + off.y };
      if (hoverFrame) return;
      hoverFrame = win.requestAnimationFrame(() => { hoverFrame = 0; hover(); });
    }, opts);
    d.addEventListener('scroll', () => { painter?.reposition(); if (open && !open.byKeyboard) hideCard(); }, opts);
    const dw = d.defaultView;
    if (dw) {
      dw.addEventListener('resize', () => painter?.reposition(true), { signal, passive: true });
      dw.visualViewport?.addEventListener('resize', () => painter?.reposition(true), { signal, passive: true });
    }
    const DocMO = (dw as (Window & { MutationObserver: typeof MutationObserver }) | null)?.MutationObserver ?? MutationObserver;
    const mo = new DocMO((records) => {
      let removed = false;
      for (const r of records) {
        if (r.removedNodes.length) removed = true;
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1 || n === root) continue;
          const el = n as Element;
          if (el.tagName === 'IFRAME') hookFrame(el as HTMLIFrameElement);
          else if (el.firstElementChild) el.querySelectorAll('iframe').forEach(hookFrame);
        }
      }
      // SPA re-mounts: forget editors that left the page, pick up the new report field
      if (removed) for (const s of [...sessions.values()]) if (!s.adapter.element.isConnected) detach(s);
      routeChanged();
      if (reportSelector && records.some((r) => r.addedNodes.length)) attachReportFields(d);
    });
    mo.observe(d, { childList: true, subtree: true });
    signal.addEventListener('abort', () => mo.disconnect());
    d.querySelectorAll('iframe').forEach(hookFrame);
    if (reportSelector) attachReportFields(d);
  }

  /**
   * A single-page app changed its route (history API): another site profile, or none, may apply.
   * Checked when the DOM changes (a new route renders) and on popstate/hashchange, never polled.
   */
  let lastUrl = win.location.href;
  function routeChanged() {
    if (!engine || win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    reportSelector = engine.reportSelector(lastUrl);
    if (reportSelector) attachReportFields(doc);
  }

  /** Same-origin frames (about:blank, srcdoc, designMode editors) are handled from this frame. */
  function hookFrame(frame: HTMLIFrameElement) {
    const tryHook = () => {
      let d: Document | null = null;
      try { d = frame.contentDocument; } catch { d = null; }
      if (d && d.documentElement) hookDocument(d);
    };
    frame.addEventListener('load', tryHook, { signal });
    tryHook();
  }

  function hover() {
    if (open?.byKeyboard) return;
    const hit = painter?.hit(pointer.x, pointer.y);
    if (hit) {
      const s = sessions.get(hit.id);
      if (s && (open?.session !== s || open.index !== hit.index)) openCard(s, hit.index, false);
      win.clearTimeout(hideTimer);
    } else if (open && !hoverCard) scheduleHide();
  }

  // ---- "Auditer cette page" (issue #5 §1): the report view's marks share the editors' painter
  const pageAudit = createPageAudit({ win, engine: () => engine!, painter: () => ui().painter, t });

  // ---- messages from the panel (through the background)
  const handlers: Handlers = {
    ...pageAudit.handlers,
    toContentReveal: async ({ editorId, start, end }) => {
      const s = sessions.get(editorId)!;
      s.adapter.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      s.adapter.select(start, end);
      return { ok: true };
    },
    toContentApplyFix: async ({ editorId, start, end, replacement, expected }) => {
      const s = sessions.get(editorId)!;
      const text = s.adapter.read();
      if (end > text.length || start > end) return { ok: false, reason: t('inpage_text_changed') };
      if (expected !== undefined && text.slice(start, end) !== expected) return { ok: false, reason: t('inpage_text_changed') };
      const ok = await applyFix(s, start, end, replacement);
      return ok ? { ok } : { ok, reason: t('inpage_edit_refused') };
    },
    toContentIgnore: async ({ editorId, rule, text, everywhere }) => {
      await ignore(sessions.get(editorId)!, rule, text, everywhere);
      return { ok: true };
    },
    toContentInsertAtCaret: async ({ text }) => {
      const s = (focused ?? lastFocused)!;
      const sel = s.adapter.selection();
      const len = s.adapter.read().length;
      const at = sel ?? { start: len, end: len };
      const ok = await applyFix(s, at.start, at.end, text);
      return ok ? { ok } : { ok, reason: t('inpage_insert_refused') };
    },
    toContentPageInfo: async () => (engine ? engine.pageInfo(win.location.href, doc) : {}),
  };

  /** Does this frame answer? Other frames answer for their own editors. */
  function concerns(message: unknown): boolean {
    if (!message || typeof message !== 'object' || (message as { cadre?: unknown }).cadre !== 1) return false;
    const { name, payload } = message as { name?: unknown; payload?: { editorId?: unknown } };
    switch (name) {
      case 'toContentReveal':
      case 'toContentApplyFix':
      case 'toContentIgnore':
        return typeof payload?.editorId === 'string' && sessions.has(payload.editorId);
      case 'toContentInsertAtCaret':
        return !!(focused ?? lastFocused)?.adapter.element.isConnected;
      case 'toContentPageInfo':
      case 'toContentAuditPage':
      case 'toContentAuditReveal':
      case 'toContentAuditClear':
        return win.top === win;
      default:
        return false;
    }
  }

  /** `toContentStop` carries no data: checked here, without the engine file (every frame answers for itself). */
  function isStop(message: unknown): boolean {
    if (!message || typeof message !== 'object') return false;
    const m = message as { cadre?: unknown; name?: unknown; payload?: unknown };
    return m.cadre === 1 && m.name === 'toContentStop' && !!m.payload && typeof m.payload === 'object' && Object.keys(m.payload).length === 0;
  }

  const controller: InpageController = {
    onMessage(message, sender, sendResponse) {
      if (deps.stop && isStop(message)) {
        deps.stop();
        sendResponse({ ok: true });
        return false;
      }
      if (!concerns(message)) return false;
      const fail = (err: unknown) => sendResponse({ ok: false, reason: err instanceof Error ? err.message : String(err) });
      loadEngine().then(() => {
        const pending = handler?.(message as RequestOf<'toContentPageInfo'>, sender);
        if (!pending) { sendResponse({ ok: false, reason: t('inpage_invalid_message') }); return; }
        pending.then(sendResponse, fail);
      }, fail);
      return true;
    },
    editors: () => [...sessions.values()].map((s) => ({ id: s.id, kind: s.adapter.kind, findings: s.findings })),
  };

  // ---- start
  hookDocument(doc);
  void deps.allowlist.load().then((keys) => { allowlist = new Set(keys); refilter(); }).catch(() => {});
  deps.allowlist.watch((keys) => { allowlist = new Set(keys); refilter(); }, signal);
  win.addEventListener('popstate', routeChanged, { signal });
  win.addEventListener('hashchange', routeChanged, { signal });
  const gone = () => { for (const s of sessions.values()) deps.post({ cadre: 1, name: 'toBackgroundEditorGone', payload: { editorId: s.id } }); };
  win.addEventListener('pagehide', gone, { signal });
  // stopped ("Désactiver Cadre sur ce site") or the extension reloaded: the panel and the badge forget these editors
  signal.addEventListener('abort', gone);
  // the report field of a known app is linted before it is focused; elsewhere, wait for a focus
  if (doc.querySelector('textarea, [contenteditable], iframe')) loadEngine().catch(() => {});
  const active = doc.activeElement;
  if (active && active !== doc.body) {
    const found = findEditor(active.shadowRoot?.activeElement ?? active);
    if (found) { const s = attach(found); focused = lastFocused = s; schedule(s, 0); }
  }
  return controller;
}
