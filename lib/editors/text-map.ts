/**
 * The text of a contenteditable tree, read block by block, with a map from text offsets back to
 * DOM points (EDITORS.md "Reading text and mapping positions"). Blocks and `<br>` become "\n" so
 * that the engine sees sentences and paragraphs as the person does; those separators are virtual
 * (no text node behind them). Text nodes keep their data as is, so offsets inside a node are 1:1.
 * Takes only the DOM pieces it needs: a root node; no `window`, no layout.
 *
 * @example
 *   const map = buildTextMap(editable);          // map.text === "Titre\nPremier paragraphe…"
 *   const range = rangeOf(map, 6, 13);           // DOM Range over "Premier"
 */

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose content is never text of the report. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON']);

export interface TextMap {
  root: Node;
  text: string;
  /** mapped text nodes in document order */
  nodes: Text[];
  /** `starts[i]`: offset in `text` of `nodes[i].data[0]` */
  starts: number[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName);
}

/** Whitespace-only text with a line break between blocks is source indentation, not content. */
function isIndentation(t: Text): boolean {
  const d = t.data;
  if (!/^[ \t\r\n]*$/.test(d) || !/[\r\n]/.test(d)) return false;
  for (let p = t.parentElement; p; p = p.parentElement) if (p.tagName === 'PRE') return false;
  return true;
}

export function buildTextMap(root: Node): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = '\n'; // last character emitted; "\n" at the start so a leading block adds nothing
  const emit = (s: string) => { if (!s) return; parts.push(s); length += s.length; last = s[s.length - 1]; };
  const newline = () => { if (last !== '\n') emit('\n'); };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const t = child as Text;
        if (!t.data || isIndentation(t)) continue;
        nodes.push(t);
        starts.push(length);
        emit(t.data);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (SKIPPED.has(el.tagName) || el.getAttribute('contenteditable') === 'false' || el.hasAttribute('data-cadre-skip')) continue;
        if (el.tagName === 'BR') { emit('\n'); continue; }
        const block = isBlock(el);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(root);
  let text = parts.join('');
  // a trailing block separator is layout, not text
  while (text.endsWith('\n') && (nodes.length === 0 || text.length > starts[starts.length - 1] + nodes[nodes.length - 1].data.length)) text = text.slice(0, -1);
  return { root, text, nodes, starts };
}

/** Index of the last node starting at or before `offset` (-1 if none). */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export interface DomPoint { node: Text; offset: number }

/**
 * The DOM point of a text offset. `side: 'start'` prefers the beginning of the next node when the
 * offset falls on a node boundary or a virtual separator; `'end'` prefers the end of the previous.
 */
export function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | null {
  if (!map.nodes.length) return null;
  let i = nodeAt(map, offset);
  if (side === 'start') {
    if (i >= 0 && offset < map.starts[i] + map.nodes[i].data.length) return { node: map.nodes[i], offset: offset - map.starts[i] };
    i += 1;
    if (i >= map.nodes.length) { const n = map.nodes.length - 1; return { node: map.nodes[n], offset: map.nodes[n].data.length }; }
    return { node: map.nodes[i], offset: 0 };
  }
  // end: the node containing offset-1
  i = nodeAt(map, Math.max(0, offset - 1));
  if (i < 0) return { node: map.nodes[0], offset: 0 };
  const end = map.starts[i] + map.nodes[i].data.length;
  return { node: map.nodes[i], offset: Math.min(offset, end) - map.starts[i] };
}

/** A DOM Range over text offsets [start, end), or null when the text has no node there. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, Math.max(start, end), 'end');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  // a start moved forward past a separator can end up after the end: collapse there
  if (b.node === a.node ? b.offset < a.offset : (a.node.compareDocumentPosition(b.node) & 2) !== 0) range.setEnd(a.node, a.offset);
  else range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM point (a selection boundary), or null when it lies outside the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === TEXT_NODE) {
    const i = map.nodes.indexOf(node as Text);
    if (i >= 0) return map.starts[i] + Math.min(offset, (node as Text).data.length);
  }
  if (node !== map.root && !map.root.contains(node)) return null;
  const follows = (ref: Node, n: Node) => (ref.compareDocumentPosition(n) & 4) !== 0 && !ref.contains(n);
  // at the end of an element: right after the last text inside it
  if (node.nodeType === ELEMENT_NODE && offset >= node.childNodes.length) {
    for (let i = map.nodes.length - 1; i >= 0; i--) if (node.contains(map.nodes[i])) return map.starts[i] + map.nodes[i].data.length;
    for (let i = 0; i < map.nodes.length; i++) if (follows(node, map.nodes[i])) return map.starts[i];
    return map.text.length;
  }
  // before a child (or inside an unmapped text): the first mapped text at or after that point
  const at = node.nodeType === ELEMENT_NODE ? node.childNodes[offset] : node;
  for (let i = 0; i < map.nodes.length; i++) {
    const n = map.nodes[i];
    if (n === at || at.contains(n) || follows(at, n)) return map.starts[i];
  }
  return map.text.length;
}
