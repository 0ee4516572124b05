/**
 * "Auditer cette page" in the page's top frame (issue #5 §1): read the report shown (the engine's
 * extraction: site profile's report view, else the selection, else Readability on a clone), lint
 * it with the settings in force, and mark the findings on the live text like an editor's, outside
 * the host DOM (Highlight API ranges over the page's own text nodes, or the overlay in Cadre's
 * shadow root where the API is missing). The page is only read: the view is not an editor, nothing
 * is selected or written, and "Voir" only scrolls and lights the mark.
 *
 * @example
 *   const pageAudit = createPageAudit({ win, engine: () => engine!, painter: () => ui().painter });
 *   const handlers: Handlers = { ...pageAudit.handlers, … };
 */
import type { EditorAdapter } from '../editors/adapter.ts';
import { buildTextMap, rangeOf, type TextMap } from '../editors/text-map.ts';
import type { Mark, Painter } from '../highlight/painter.ts';
import type { Handlers } from '../messaging/protocol.ts';
import { translatorFor, type Translate } from '../i18n/index.ts';
import type { InpageEngine } from './engine-types.ts';
import { createAligner } from './text-align.ts';

/** The painter's id of the page audit's marks (editors have `ed-…` ids). */
export const PAGE_AUDIT_ID = 'page-audit';

const MAX_TEXT = 1_000_000;

export interface PageAuditDeps {
  win: Window;
  /** the engine, loaded before any of these handlers runs */
  engine(): InpageEngine;
  painter(): Painter;
  /** the answers' language (the panel shows them as they come); French by default */
  t?: Translate;
}

type AuditHandlers = Required<Pick<Handlers, 'toContentAuditPage' | 'toContentAuditReveal' | 'toContentAuditClear'>>;

/** The live elements the report was read from: the profile's, the selection's, or the body (Readability). */
function liveRoots(doc: Document, method: 'profile' | 'selection' | 'readability', selector: string | undefined): Node[] {
  if (method === 'profile' && selector) {
    let found: Element[] = [];
    try { found = [...doc.querySelectorAll(selector)]; } catch { found = []; }
    // an element inside another matched one is already read with it
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  }
  if (method === 'selection') {
    const sel = doc.getSelection();
    if (sel?.rangeCount) {
      const common = sel.getRangeAt(0).commonAncestorContainer;
      const el = common.nodeType === 1 ? common : common.parentNode;
      if (el) return [el];
    }
  }
  return doc.body ? [doc.body] : [];
}

/** One text map over several roots, separated like the extracted text ("\n\n"). */
function combinedMap(roots: readonly Node[]): TextMap {
  const out: TextMap = { root: roots[0], text: '', nodes: [], starts: [] };
  for (const root of roots) {
    const m = buildTextMap(root);
    if (!m.nodes.length) continue;
    if (out.text) out.text += '\n\n';
    const base = out.text.length;
    out.text += m.text;
    m.nodes.forEach((n, i) => { out.nodes.push(n); out.starts.push(base + m.starts[i]); });
  }
  return out;
}

/** The report view as the painter sees an editor: ranges over its text, never written. */
function viewAdapter(map: TextMap, element: HTMLElement): EditorAdapter {
  return {
    kind: 'contenteditable',
    element,
    read: () => map.text,
    range: (start, end) => rangeOf(map, start, end),
    selection: () => null,
    select: () => {},
    // a report view is not an editor: Cadre never writes to it
    replace: async () => false,
  };
}

export function createPageAudit(deps: PageAuditDeps): { handlers: AuditHandlers; clear(): void } {
  const { win } = deps;
  const t = deps.t ?? translatorFor('fr');
  const doc = win.document;
  /** the marks drawn: live offsets, and per finding its mark's index (-1: not found on the page) */
  let shown: { map: TextMap; marks: Mark[]; markOf: number[] } | null = null;

  function clear() {
    if (!shown) return;
    shown = null;
    const painter = deps.painter();
    painter.setActive(null);
    painter.clear(PAGE_AUDIT_ID);
  }

  const handlers: AuditHandlers = {
    async toContentAuditPage() {
      const engine = deps.engine();
      await engine.ready();
      const url = win.location.href;
      const selector = engine.reportViewSelector(url);
      const got = engine.extractReport(doc, selector);
      if (!got) return { ok: false, reason: t('pageaudit_no_report') };
      if (got.text.length > MAX_TEXT) return { ok: false, reason: t('pageaudit_too_long') };
      // the page's interview type (site profile) tells the completeness rule what to expect
      const interviewType = selector ? engine.pageInfo(url, doc).interviewType : undefined;
      const findings = engine.lint(got.text, interviewType ? { interviewType } : undefined).slice(0, 5000);

      clear();
      const roots = liveRoots(doc, got.method, selector);
      const map = combinedMap(roots);
      const align = createAligner(got.text, map.text);
      const marks: Mark[] = [];
      const markOf = findings.map((f) => {
        const at = align(f.start, f.end);
        const range = at && rangeOf(map, at.start, at.end);
        if (!at || !range || range.collapsed) return -1;
        marks.push({ start: at.start, end: at.end, severity: f.severity });
        return marks.length - 1;
      });
      const first = roots[0];
      const element = (first?.nodeType === 1 ? first : doc.body) as HTMLElement;
      if (marks.length && element) {
        deps.painter().paint(PAGE_AUDIT_ID, viewAdapter(map, element), marks);
        shown = { map, marks, markOf };
      }
      return {
        ok: true,
        method: got.method,
        ...(got.title ? { title: got.title.slice(0, 500) } : {}),
        // the address without its query string or fragment: they may carry a case number
        host: win.location.host.slice(0, 300),
        path: win.location.pathname.slice(0, 2000),
        text: got.text,
        findings: findings.map((f, i) => ({
          rule: f.rule, category: f.category, severity: f.severity, confidence: f.confidence, start: f.start, end: f.end,
          text: f.text.slice(0, 2000), message: f.message.slice(0, 1000), explanation: f.explanation.slice(0, 5000),
          references: f.references.slice(0, 20).map((r) => r.slice(0, 300)),
          // the report view is read-only: no fix is offered
          fixes: [],
          marked: markOf[i] >= 0,
        })),
        settings: engine.settingsSummary(),
      };
    },

    async toContentAuditReveal({ index }) {
      const k = shown?.markOf[index] ?? -1;
      if (!shown || k < 0) return { ok: false, reason: t('pageaudit_not_marked') };
      const range = rangeOf(shown.map, shown.marks[k].start, shown.marks[k].end);
      if (!range || !range.startContainer.isConnected) return { ok: false, reason: t('pageaudit_page_changed') };
      const node = range.startContainer;
      (node.nodeType === 1 ? (node as Element) : node.parentElement)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // a long paragraph can still leave the words off screen: bring them to the upper third
      const box = range.getBoundingClientRect();
      if (box.top < 0 || box.bottom > win.innerHeight) win.scrollBy(0, box.top - win.innerHeight / 3);
      const painter = deps.painter();
      painter.setActive(PAGE_AUDIT_ID, k);
      painter.reposition(true);
      return { ok: true };
    },

    async toContentAuditClear() {
      clear();
      return { ok: true };
    },
  };
  return { handlers, clear };
}
