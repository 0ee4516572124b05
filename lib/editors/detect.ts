/**
 * Which element is an editor Cadre may lint, and which kind (EDITORS.md "Finding the fields").
 * Editors are recognised by their DOM signature, never by site; an unknown contenteditable is
 * linted generically, block by block. Fields the person did not mean for prose are skipped:
 * disabled, read-only, password, combobox, single-line inputs, and explicit opt-outs.
 *
 * @example
 *   const found = findEditor(event.composedPath()[0]);   // { kind: 'prosemirror', element: div.ProseMirror }
 */

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'design-mode'
  | 'prosemirror'
  | 'lexical'
  | 'ckeditor5'
  | 'quill'
  | 'tinymce'
  | 'slate';

/** DOM signatures of the rich-text editors, checked on the editable root. */
export const SIGNATURES: ReadonlyArray<readonly [Exclude<EditorKind, 'textarea' | 'contenteditable' | 'design-mode'>, string]> = [
  ['prosemirror', '.ProseMirror'],
  ['lexical', '[data-lexical-editor]'],
  ['ckeditor5', '.ck-editor__editable'],
  ['quill', '.ql-editor'],
  ['tinymce', '.mce-content-body'],
  ['slate', '[data-slate-editor]'],
];

export interface FoundEditor {
  kind: EditorKind;
  /** the textarea, or the root of the editable region (the body of a designMode document) */
  element: HTMLElement;
}

/** Is the element opted out or not meant for prose? */
export function isExcluded(el: Element): boolean {
  if (el.closest('[data-cadre="off"]')) return true;
  const role = el.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox' || role === 'textbox' && el.getAttribute('aria-multiline') === 'false') return true;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return true;
  return false;
}

/** Eligible `<textarea>`: enabled, writable, visible-size multi-line prose field. */
export function isEligibleTextarea(el: Element): el is HTMLTextAreaElement {
  if (el.tagName !== 'TEXTAREA') return false;
  const t = el as HTMLTextAreaElement;
  return !t.disabled && !t.readOnly && !isExcluded(t);
}

function editableRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const ce = n.getAttribute('contenteditable');
    if (ce === 'false') break;
    if (ce !== null && ce !== 'false') root = n as HTMLElement;
  }
  return root;
}

/**
 * The editor holding `target` (an element or a text node, typically `event.composedPath()[0]`),
 * or null when it is none Cadre should lint.
 */
export function findEditor(target: EventTarget | null): FoundEditor | null {
  let el = target as Node | null;
  if (!el || typeof (el as Node).nodeType !== 'number') return null;
  if (el.nodeType === 3) el = el.parentNode;
  if (!el || el.nodeType !== 1) return null;
  const element = el as HTMLElement;
  if (element.tagName === 'TEXTAREA') return isEligibleTextarea(element) ? { kind: 'textarea', element } : null;
  // single-line inputs, passwords and the like are never prose
  if (element.tagName === 'INPUT' || element.tagName === 'SELECT') return null;
  const doc = element.ownerDocument;
  const designMode = doc.designMode === 'on';
  const root = editableRoot(element) ?? (designMode && doc.body && doc.body.contains(element) ? doc.body : null)
    ?? (designMode && element === doc.documentElement ? doc.body : null);
  if (!root || isExcluded(root)) return null;
  for (const [kind, selector] of SIGNATURES) if (root.matches(selector)) return { kind, element: root };
  if (root === doc.body && (designMode || root.isContentEditable)) return { kind: 'design-mode', element: root };
  return { kind: 'contenteditable', element: root };
}
