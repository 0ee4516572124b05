/**
 * "Auditer cette page" (issue #5 §1): the text of the report shown in a page. Pure over a
 * `Document` (a content script passes `document`, tests a jsdom document), in this order:
 *   1. the site profile's report-view selector, when there is a profile;
 *   2. `@mozilla/readability` on a clone of the document (Readability mutates what it reads: the
 *      host page must stay untouched);
 *   3. the current selection (first when the user asked for it: `preferSelection`).
 * Text keeps paragraph breaks (block elements and `<br>` become line breaks) so the findings'
 * lines match what the reader sees.
 *
 * @example
 *   const got = extractReportText(document, { selector: profile?.reportViewSelector });
 *   if (got) lint(got.text);  // got.method: 'profile' | 'readability' | 'selection'
 */
import { Readability } from '@mozilla/readability';

export type ExtractMethod = 'profile' | 'readability' | 'selection';

export interface Extracted {
  text: string;
  method: ExtractMethod;
  /** page or article title, for the audit history's "source" */
  title?: string;
}

export interface ExtractOptions {
  /** the site profile's report-view selector */
  selector?: string;
  /** shortest text taken as a report from Readability (shorter: fall through to the selection) */
  minLength?: number;
  /** the user asked for the selection ("Auditer la sélection"): it wins over Readability */
  preferSelection?: boolean;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

/**
 * Visible text of an element with paragraph breaks, as `innerText` would give without layout
 * (unavailable in jsdom and in detached documents): whitespace runs collapse, blocks and `<br>`
 * break lines, `<pre>` keeps its spacing, form fields give their value.
 */
export function elementText(root: Element): string {
  let out = '';
  let pendingBreak = 0; // line breaks owed before the next text
  const brk = (n: number) => { if (out) pendingBreak = Math.max(pendingBreak, n); };
  const emit = (s: string) => {
    if (!s) return;
    if (pendingBreak) {
      out = out.replace(/[ \t]+$/, '') + '\n'.repeat(pendingBreak);
      pendingBreak = 0;
      s = s.replace(/^[ \t]+/, '');
      if (!s) return;
    } else if (out.endsWith(' ') || out.endsWith('\n') || !out) s = s.replace(/^ +/, '');
    out += s;
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      emit(pre ? t : t.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') { out = out.replace(/[ \t]+$/, ''); if (pendingBreak) { out += '\n'.repeat(pendingBreak); pendingBreak = 0; } out += '\n'; return; }
    if (tag === 'TEXTAREA' || tag === 'INPUT') {
      const v = (el as HTMLTextAreaElement).value ?? el.textContent ?? '';
      if (tag === 'INPUT' && !/^(text|search|)$/i.test(el.getAttribute('type') ?? '')) return;
      brk(1);
      emit(v);
      brk(1);
      return;
    }
    const block = BLOCK.has(tag);
    const para = tag === 'P' || /^H[1-6]$/.test(tag);
    if (block) brk(para ? 2 : 1);
    const isPre = pre || tag === 'PRE' || tag === 'TEXTAREA';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isPre);
    if (block) brk(para ? 2 : 1);
    else if (tag === 'TD' || tag === 'TH') emit(' ');
  };
  walk(root, false);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Extract the report text shown in `doc`, or undefined when nothing usable is found. */
export function extractReportText(doc: Document, options: ExtractOptions = {}): Extracted | undefined {
  const title = doc.title?.trim() || undefined;
  if (options.selector) {
    let nodes: Element[] = [];
    try {
      nodes = [...doc.querySelectorAll(options.selector)];
    } catch {
      // an invalid selector in a profile must not stop the audit: fall back to Readability
    }
    const text = nodes.map(elementText).filter(Boolean).join('\n\n');
    if (text) return { text, method: 'profile', title };
  }
  const selection = doc.getSelection?.()?.toString().trim();
  if (selection && options.preferSelection) return { text: selection, method: 'selection', title };
  const article = readable(doc);
  if (article && article.text.length >= (options.minLength ?? 40)) return { text: article.text, method: 'readability', title: article.title || title };
  if (selection) return { text: selection, method: 'selection', title };
  return undefined;
}

function readable(doc: Document): { text: string; title?: string } | undefined {
  try {
    // a clone has no browsing context: nothing in it runs or loads, and the page is untouched
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, { charThreshold: 100, serializer: (el) => el as Element }).parse();
    if (!article?.content) return undefined;
    return { text: elementText(article.content), title: article.title?.trim() || undefined };
  } catch {
    return undefined;
  }
}
