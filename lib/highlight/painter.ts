/**
 * Draws the marks of every attached editor OUTSIDE the host DOM (EDITORS.md "Drawing"):
 * - contenteditable: the CSS Custom Highlight API (`CSS.highlights`), live Ranges that follow the
 *   editor's own DOM changes, styled by an adopted sheet (no node added to the page);
 * - textarea (and contenteditable where the API is missing, as in older Firefox): an overlay in
 *   Cadre's shadow root, measured with a hidden mirror copying the field's font, padding and width.
 * Positions follow scrolling, resizing and zoom through `reposition()`, which the caller calls from
 * scroll/resize events: the work runs once per animation frame, never on a timer.
 *
 * @example
 *   const painter = createPainter({ shadow, top: window, signal });
 *   painter.paint('ed-1', adapter, [{ start: 57, end: 71, severity: 'error' }]);
 *   painter.hit(x, y); // { id: 'ed-1', index: 0 } under the pointer
 */
import type { EditorAdapter } from '../editors/adapter.ts';
import type { Severity } from '../lint/types.ts';
import { boxOf, contains, frameOffset, type Box } from './geometry.ts';
import { HIGHLIGHT_CSS, SEVERITIES, highlightName } from './styles.ts';

export interface Mark { start: number; end: number; severity: Severity }

export interface Painter {
  paint(id: string, adapter: EditorAdapter, marks: readonly Mark[]): void;
  clear(id: string): void;
  /** the finding shown as active (hovered, or open in the card) */
  setActive(id: string | null, index?: number): void;
  /** move every overlay on the next frame (scroll); `remeasure` when sizes changed (resize, zoom) */
  reposition(remeasure?: boolean): void;
  /** the mark under a point of the top viewport */
  hit(x: number, y: number): { id: string; index: number } | null;
  /** rectangles of a mark in the top viewport */
  rects(id: string, index: number): Box[];
  /** which technique draws this editor (for tests and diagnostics) */
  mode(id: string): 'highlight' | 'overlay' | null;
}

interface HighlightLike { add(r: AbstractRange): unknown; delete(r: AbstractRange): unknown; priority: number }
type HighlightWindow = Window & {
  Highlight?: new (...ranges: AbstractRange[]) => HighlightLike;
  CSS?: { highlights?: Map<string, HighlightLike> };
  CSSStyleSheet: typeof CSSStyleSheet;
};

interface HighlightEntry {
  mode: 'highlight';
  adapter: EditorAdapter;
  win: HighlightWindow;
  ranges: Range[];
  severities: Severity[];
}

interface OverlayEntry {
  mode: 'overlay';
  adapter: EditorAdapter;
  marks: Mark[];
  clip: HTMLDivElement;
  scroller: HTMLDivElement;
  elements: HTMLDivElement[];
  /** per mark, its rectangles relative to the scroller (textarea) or the top viewport (fallback) */
  rects: Box[][];
  active: number;
}

type Entry = HighlightEntry | OverlayEntry;

export interface PainterOptions {
  shadow: ShadowRoot;
  top: Window;
  signal: AbortSignal;
  /** false forces the overlay everywhere (tests of the Firefox path) */
  highlightApi?: boolean;
}

const MIRROR_PROPS = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction', 'wordBreak',
  'overflowWrap', 'hyphens', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

export function createPainter(opts: PainterOptions): Painter {
  const { shadow, top, signal } = opts;
  const entries = new Map<string, Entry>();
  const doc = shadow.ownerDocument;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const mirrorText = doc.createTextNode('');
  mirror.append(mirrorText);
  shadow.append(mirror);
  let frame = 0;
  let pendingMeasure = false;
  let active: { id: string; index: number } | null = null;
  const styled = new WeakSet<Document | ShadowRoot>();
  const registries = new WeakMap<Window, Record<Severity | 'active', HighlightLike>>();

  signal.addEventListener('abort', () => {
    if (frame) top.cancelAnimationFrame(frame);
    for (const id of [...entries.keys()]) api.clear(id);
    mirror.remove();
  });

  const canHighlight = (win: HighlightWindow) => opts.highlightApi !== false && !!win.Highlight && !!win.CSS?.highlights;

  function registry(win: HighlightWindow): Record<Severity | 'active', HighlightLike> {
    let reg = registries.get(win);
    if (reg) return reg;
    const make = (name: Severity | 'active', priority: number) => {
      const existing = win.CSS!.highlights!.get(highlightName(name));
      if (existing) return existing;
      const h = new win.Highlight!();
      h.priority = priority;
      win.CSS!.highlights!.set(highlightName(name), h);
      return h;
    };
    reg = { info: make('info', 1), warning: make('warning', 2), error: make('error', 3), active: make('active', 4) };
    registries.set(win, reg);
    return reg;
  }

  /** `::highlight()` rules into the tree scope of the text (document or shadow root), as an adopted sheet. */
  function style(scope: Document | ShadowRoot, win: HighlightWindow) {
    if (styled.has(scope)) return;
    styled.add(scope);
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  }

  function measureTextarea(entry: OverlayEntry) {
    const ta = entry.adapter.element as HTMLTextAreaElement;
    const cs = (ta.ownerDocument.defaultView as Window).getComputedStyle(ta);
    for (const p of MIRROR_PROPS) mirror.style[p] = cs[p];
    mirror.style.boxSizing = 'border-box';
    mirror.style.width = `${ta.clientWidth}px`;
    mirrorText.data = `${ta.value}\u200b`;
    const origin = mirror.getBoundingClientRect();
    const range = doc.createRange();
    entry.rects = entry.marks.map((m) => {
      const end = Math.min(m.end, ta.value.length);
      range.setStart(mirrorText, Math.min(m.start, end));
      range.setEnd(mirrorText, end);
      return [...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
    });
    mirrorText.data = '';
  }

  function measureFallback(entry: OverlayEntry) {
    const off = frameOffset(entry.adapter.element.ownerDocument.defaultView as Window, top);
    entry.rects = entry.marks.map((m) => {
      const r = entry.adapter.range(m.start, m.end);
      return r ? [...r.getClientRects()].filter((b) => b.width > 0.5).map((b) => ({ left: b.left + off.x, top: b.top + off.y, width: b.width, height: b.height })) : [];
    });
  }

  function layout(entry: OverlayEntry, remeasure: boolean) {
    const el = entry.adapter.element;
    const isTextarea = entry.adapter.kind === 'textarea';
    if (remeasure) (isTextarea ? measureTextarea : measureFallback)(entry);
    const off = frameOffset(el.ownerDocument.defaultView as Window, top);
    if (isTextarea) {
      const r = el.getBoundingClientRect();
      Object.assign(entry.clip.style, {
        left: `${r.left + el.clientLeft + off.x}px`, top: `${r.top + el.clientTop + off.y}px`,
        width: `${el.clientWidth}px`, height: `${el.clientHeight}px`, display: r.width && r.height ? '' : 'none',
      });
      entry.scroller.style.transform = `translate(${-el.scrollLeft}px, ${-el.scrollTop}px)`;
    } else {
      Object.assign(entry.clip.style, { left: '0px', top: '0px', width: `${top.innerWidth}px`, height: `${top.innerHeight}px` });
      entry.scroller.style.transform = '';
    }
    // one element per rectangle; reuse the ones already there
    let k = 0;
    entry.rects.forEach((rects, index) => {
      for (const b of rects) {
        let div = entry.elements[k];
        if (!div) { div = doc.createElement('div'); entry.scroller.append(div); entry.elements.push(div); }
        div.className = `mark ${entry.marks[index].severity}${entry.active === index ? ' active' : ''}`;
        div.dataset.index = String(index);
        Object.assign(div.style, { left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` });
        k++;
      }
    });
    for (const extra of entry.elements.splice(k)) extra.remove();
  }

  function topRects(entry: Entry, index: number): Box[] {
    if (entry.mode === 'highlight') {
      const off = frameOffset(entry.win, top);
      const r = entry.ranges[index];
      return r ? [...r.getClientRects()].filter((b) => b.width > 0.5).map((b) => ({ left: b.left + off.x, top: b.top + off.y, width: b.width, height: b.height })) : [];
    }
    const rects = entry.rects[index] ?? [];
    if (entry.adapter.kind !== 'textarea') return rects;
    const el = entry.adapter.element;
    const clip = boxOf(entry.clip.getBoundingClientRect());
    return rects
      .map((b) => ({ left: clip.left + b.left - el.scrollLeft, top: clip.top + b.top - el.scrollTop, width: b.width, height: b.height }))
      .filter((b) => b.top + b.height > clip.top && b.top < clip.top + clip.height);
  }

  const api: Painter = {
    paint(id, adapter, marks) {
      const win = adapter.element.ownerDocument.defaultView as HighlightWindow;
      let entry = entries.get(id);
      const wantHighlight = adapter.kind !== 'textarea' && canHighlight(win);
      if (entry && (entry.mode === 'highlight') !== wantHighlight) { api.clear(id); entry = undefined; }
      if (wantHighlight) {
        const reg = registry(win);
        style(adapter.element.getRootNode() as Document | ShadowRoot, win);
        const e = (entry as HighlightEntry | undefined) ?? { mode: 'highlight', adapter, win, ranges: [], severities: [] };
        e.ranges.forEach((r, i) => reg[e.severities[i]].delete(r));
        e.ranges.forEach((r) => reg.active.delete(r));
        e.ranges = [];
        e.severities = [];
        for (const m of marks) {
          const r = adapter.range(m.start, m.end);
          if (!r) continue;
          e.ranges.push(r);
          e.severities.push(m.severity);
          reg[m.severity].add(r);
        }
        e.adapter = adapter;
        entries.set(id, e);
        if (active?.id === id) api.setActive(id, active.index);
        return;
      }
      let e = entry as OverlayEntry | undefined;
      if (!e) {
        const clip = doc.createElement('div');
        clip.className = 'clip';
        clip.dataset.editor = id;
        const scroller = doc.createElement('div');
        scroller.className = 'scroller';
        clip.append(scroller);
        shadow.append(clip);
        e = { mode: 'overlay', adapter, marks: [], clip, scroller, elements: [], rects: [], active: -1 };
        entries.set(id, e);
      }
      e.adapter = adapter;
      e.marks = [...marks];
      e.active = active?.id === id ? active.index : -1;
      layout(e, true);
    },
    clear(id) {
      const e = entries.get(id);
      if (!e) return;
      entries.delete(id);
      if (e.mode === 'highlight') {
        const reg = registries.get(e.win);
        if (reg) e.ranges.forEach((r, i) => { reg[e.severities[i]].delete(r); reg.active.delete(r); });
      } else e.clip.remove();
    },
    setActive(id, index = -1) {
      const prev = active;
      active = id === null || index < 0 ? null : { id, index };
      for (const target of [prev, active]) {
        if (!target) continue;
        const e = entries.get(target.id);
        if (!e) continue;
        if (e.mode === 'highlight') {
          const reg = registries.get(e.win);
          if (!reg) continue;
          e.ranges.forEach((r) => reg.active.delete(r));
          if (active?.id === target.id && e.ranges[active.index]) reg.active.add(e.ranges[active.index]);
        } else {
          e.active = active?.id === target.id ? active.index : -1;
          for (const div of e.elements) div.classList.toggle('active', Number(div.dataset.index) === e.active);
        }
      }
    },
    reposition(remeasure = false) {
      if (remeasure) pendingMeasure = true;
      if (frame) return;
      frame = top.requestAnimationFrame(() => {
        frame = 0;
        const measure = pendingMeasure;
        pendingMeasure = false;
        for (const e of entries.values()) if (e.mode === 'overlay' && e.adapter.element.isConnected) layout(e, measure || e.adapter.kind !== 'textarea');
      });
    },
    hit(x, y) {
      for (const [id, e] of entries) {
        const count = e.mode === 'highlight' ? e.ranges.length : e.marks.length;
        for (let i = 0; i < count; i++) if (topRects(e, i).some((b) => contains(b, x, y, 1))) return { id, index: i };
      }
      return null;
    },
    rects(id, index) {
      const e = entries.get(id);
      return e ? topRects(e, index) : [];
    },
    mode: (id) => entries.get(id)?.mode ?? null,
  };
  return api;
}

/** Re-measure overlays whose field changed size (font loaded, resize handle, zoom). */
export function remeasureOnResize(painter: Painter, el: Element, signal: AbortSignal): void {
  const win = el.ownerDocument.defaultView as Window & { ResizeObserver?: typeof ResizeObserver };
  if (!win.ResizeObserver) return;
  const ro = new win.ResizeObserver(() => painter.reposition(true));
  ro.observe(el);
  signal.addEventListener('abort', () => ro.disconnect());
}
