/**
 * One adapter per attached editor: read its text, map offsets to DOM Ranges, select, and replace
 * text through the editor's own input path (EDITORS.md "Applying a fix"), then check that the
 * editor really took the change. Each adapter takes only the element it edits; its document and
 * window are the element's own (a same-origin iframe editor works from the parent frame).
 *
 * @example
 *   const ed = createAdapter(findEditor(target)!);
 *   const text = ed.read();
 *   await ed.replace(95, 107, 'Il a été proposé'); // true once the editor's text shows it
 */
import type { EditorKind, FoundEditor } from './detect.ts';
import { buildTextMap, offsetOf, rangeOf, type TextMap } from './text-map.ts';

export interface EditorAdapter {
  readonly kind: EditorKind;
  readonly element: HTMLElement;
  /** current text (re-read from the DOM or the field) */
  read(): string;
  /** DOM Range over [start, end) of the text last read; null for a textarea (no DOM text) */
  range(start: number, end: number): Range | null;
  /** current selection as text offsets, when it lies in the editor */
  selection(): { start: number; end: number } | null;
  /** focus the editor and select [start, end) */
  select(start: number, end: number): void;
  /** replace [start, end) by `text` through the editor's input path; true when its text shows it */
  replace(start: number, end: number, text: string): Promise<boolean>;
}

/** Same text for comparisons: editors render some spaces as NBSP. */
const same = (a: string, b: string) => a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');

/** Wait until the browser delivered pending input and selection events (a frame, or 50 ms hidden). */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(); } };
    win.requestAnimationFrame(() => win.setTimeout(finish, 0));
    win.setTimeout(finish, 50);
  });
}

function selectionOf(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?(): Selection | null });
  return (root as { getSelection?(): Selection | null }).getSelection?.() ?? el.ownerDocument.getSelection();
}

function createTextareaAdapter(el: HTMLTextAreaElement): EditorAdapter {
  const doc = el.ownerDocument;
  return {
    kind: 'textarea',
    element: el,
    read: () => el.value,
    range: () => null,
    selection: () => ({ start: el.selectionStart, end: el.selectionEnd }),
    select(start, end) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
    },
    async replace(start, end, text) {
      const expected = el.value.slice(0, start) + text + el.value.slice(end);
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      // the browser's own editing path: the app's framework sees an input event and Ctrl+Z undoes it
      const done = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
      if (done && el.value === expected) return true;
      if (el.value !== expected) {
        // last resort (no execCommand, e.g. an old Firefox): the native setter React listens through
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
        el.setSelectionRange(start, end);
        if (setter) setter.call(el, expected); else el.value = expected;
        el.setSelectionRange(start + text.length, start + text.length);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      }
      return el.value === expected;
    },
  };
}

function createRichAdapter(found: FoundEditor): EditorAdapter {
  const el = found.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView as Window;
  let map: TextMap = buildTextMap(el);

  const selectDom = (range: Range) => {
    const sel = selectionOf(el);
    if (!sel) return;
    sel.removeAllRanges();
    sel.addRange(range);
  };

  /**
   * TinyMCE keeps its own undo stack and merges a native `insertText` into the typing level, so
   * Ctrl+Z would also undo what was typed before the fix. It closes a level on the input event of
   * a spell-checker replacement (`insertReplacementText`): announce one before and after the fix.
   */
  const undoBoundary = () => {
    if (found.kind === 'tinymce') el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  };

  const adapter: EditorAdapter = {
    kind: found.kind,
    element: el,
    read() { map = buildTextMap(el); return map.text; },
    range: (start, end) => rangeOf(map, start, end),
    selection() {
      const sel = selectionOf(el);
      if (!sel || !sel.rangeCount) return null;
      const r = sel.getRangeAt(0);
      if (!el.contains(r.startContainer)) return null;
      const start = offsetOf(map, r.startContainer, r.startOffset);
      const end = offsetOf(map, r.endContainer, r.endOffset);
      return start === null || end === null ? null : { start: Math.min(start, end), end: Math.max(start, end) };
    },
    select(start, end) {
      adapter.read();
      const range = rangeOf(map, start, end);
      if (!range) return;
      el.focus({ preventScroll: true });
      selectDom(range);
    },
    async replace(start, end, text) {
      const before = adapter.read();
      const expected = before.slice(0, start) + text + before.slice(end);
      const range = rangeOf(map, start, end);
      if (!range) return false;
      el.focus({ preventScroll: true });
      selectDom(range);
      // editors (ProseMirror, Lexical, Quill) sync their own selection on `selectionchange`
      await settle(win);
      undoBoundary();
      if (text) doc.execCommand('insertText', false, text);
      else doc.execCommand('delete', false);
      await settle(win);
      if (same(adapter.read(), expected)) { undoBoundary(); return true; }
      // editors that only listen to `beforeinput` with target ranges (Slate, CKEditor 5 in some
      // versions): offer the replacement the way a spell checker does
      if (same(adapter.read(), before)) {
        const again = rangeOf(map, start, end);
        if (!again) return false;
        selectDom(again);
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new InputEvent('beforeinput', {
          bubbles: true,
          cancelable: true,
          composed: true,
          inputType: 'insertReplacementText',
          data: text,
          dataTransfer: data,
          targetRanges: [new StaticRange({ startContainer: again.startContainer, startOffset: again.startOffset, endContainer: again.endContainer, endOffset: again.endOffset })],
        }));
        await settle(win);
      }
      return same(adapter.read(), expected);
    },
  };
  return adapter;
}

export function createAdapter(found: FoundEditor): EditorAdapter {
  return found.kind === 'textarea' ? createTextareaAdapter(found.element as HTMLTextAreaElement) : createRichAdapter(found);
}
