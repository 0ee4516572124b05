import { describe, expect, it } from 'vitest';
import { createFindingsStore, type WireFinding } from '../../lib/background/findings-store.ts';

const T0 = 1_700_000_000_000;

function finding(rule: string, severity: WireFinding['severity'], start: number, text: string): WireFinding {
  return {
    rule, category: rule, severity, confidence: 'high', start, end: start + text.length, text,
    message: `Message ${rule}`, explanation: 'Pourquoi.', references: ['RGPD art. 9'], fixes: [],
  };
}

const report = (editorId: string, focused: boolean, findings: WireFinding[], url = 'http://127.0.0.1:5173/entretien.html') => ({ editorId, url, focused, findings });

describe('findings store (tab → frame → editor)', () => {
  it('keeps findings per tab, frame and editor; the badge counts error-level findings of the whole tab', () => {
    const store = createFindingsStore();
    expect(store.report({ tabId: 3, frameId: 0 }, report('e1', true, [finding('sante', 'error', 10, 'diabète'), finding('jugement', 'warning', 30, 'paresseux')]), T0)).toBe(true);
    expect(store.report({ tabId: 3, frameId: 2 }, report('e1', false, [finding('nir', 'error', 0, '1 85 05 75 123 456 78')]), T0 + 1)).toBe(true);
    expect(store.report({ tabId: 4, frameId: 0 }, report('e1', true, [finding('email', 'error', 0, 'a@b.fr')]), T0 + 2)).toBe(true);
    expect(store.errorCount(3)).toBe(2);
    expect(store.errorCount(4)).toBe(1);
    expect(store.errorCount(5)).toBe(0);
    // same editor id in two frames: two editors
    expect(store.editors(3).map((e) => [e.frameId, e.editorId])).toEqual([[0, 'e1'], [2, 'e1']]);
  });

  it('keeps only the origin of the page (a query may carry a case number)', () => {
    const store = createFindingsStore();
    store.report({ tabId: 1, frameId: 0 }, report('e1', true, [], 'http://127.0.0.1:5173/entretien.html?dossier=D-2041#cr'), T0);
    expect(store.editors(1)[0].url).toBe('http://127.0.0.1:5173');
    expect(JSON.stringify(store.snapshot())).not.toContain('D-2041');
  });

  it('reports no change when an editor sends the same findings again', () => {
    const store = createFindingsStore();
    const f = [finding('sante', 'error', 10, 'diabète')];
    expect(store.report({ tabId: 1, frameId: 0 }, report('e1', true, f), T0)).toBe(true);
    expect(store.report({ tabId: 1, frameId: 0 }, report('e1', true, f), T0 + 5)).toBe(false);
    expect(store.report({ tabId: 1, frameId: 0 }, report('e1', true, []), T0 + 9)).toBe(true);
    expect(store.errorCount(1)).toBe(0);
  });

  it('follows the focused editor across frames, and keeps it current when the page editor blurs', () => {
    const store = createFindingsStore();
    store.report({ tabId: 1, frameId: 0 }, report('haut', true, [finding('sante', 'error', 0, 'asthme')]), T0);
    store.report({ tabId: 1, frameId: 5 }, report('cadre', false, [finding('email', 'error', 0, 'x@y.fr')]), T0 + 1);
    expect(store.editors(1).find((e) => e.focused)?.editorId).toBe('haut');
    // the iframe's editor gets the focus: it becomes current, first in the list
    expect(store.report({ tabId: 1, frameId: 5 }, report('cadre', true, [finding('email', 'error', 0, 'x@y.fr')]), T0 + 2)).toBe(true);
    expect(store.editors(1)[0]).toMatchObject({ frameId: 5, editorId: 'cadre', focused: true });
    // the user clicks into the side panel: the editor reports itself blurred, it stays current
    store.report({ tabId: 1, frameId: 5 }, report('cadre', false, [finding('email', 'error', 0, 'x@y.fr')]), T0 + 3);
    expect(store.editors(1).filter((e) => e.focused).map((e) => e.editorId)).toEqual(['cadre']);
  });

  it('without any focus yet, the editor updated last is current', () => {
    const store = createFindingsStore();
    store.report({ tabId: 1, frameId: 0 }, report('a', false, []), T0);
    store.report({ tabId: 1, frameId: 0 }, report('b', false, [finding('sante', 'error', 0, 'asthme')]), T0 + 1);
    expect(store.editors(1).find((e) => e.focused)?.editorId).toBe('b');
  });

  it('forgets an editor gone, a frame navigated, a tab closed, a document replaced', () => {
    const store = createFindingsStore();
    store.report({ tabId: 1, frameId: 0, documentId: 'D1' }, report('a', true, [finding('sante', 'error', 0, 'asthme')]), T0);
    store.report({ tabId: 1, frameId: 3, documentId: 'D3' }, report('b', false, [finding('sante', 'error', 0, 'asthme')]), T0);
    store.report({ tabId: 1, frameId: 3, documentId: 'D3' }, report('c', false, [finding('sante', 'error', 0, 'asthme')]), T0);
    expect(store.editorGone({ tabId: 1, frameId: 3 }, 'c')).toBe(true);
    expect(store.editorGone({ tabId: 1, frameId: 3 }, 'c')).toBe(false);
    expect(store.errorCount(1)).toBe(2);
    // frame 3 now shows another document: what the old one reported goes
    store.report({ tabId: 1, frameId: 3, documentId: 'D3b' }, report('d', false, []), T0 + 1);
    expect(store.editors(1).map((e) => e.editorId).sort()).toEqual(['a', 'd']);
    expect(store.documents(1)).toEqual([{ frameId: 0, documentId: 'D1' }, { frameId: 3, documentId: 'D3b' }]);
    expect(store.forgetDocument(1, 'D1')).toBe(true);
    expect(store.errorCount(1)).toBe(0);
    expect(store.forgetFrame(1, 3)).toBe(true);
    expect(store.editors(1)).toEqual([]);
    store.report({ tabId: 2, frameId: 0 }, report('a', true, [finding('sante', 'error', 0, 'asthme')]), T0);
    expect(store.forgetTab(2)).toBe(true);
    expect(store.tabIds()).toEqual([]);
  });

  it('survives a service worker restart through its snapshot; a damaged snapshot is dropped', () => {
    const store = createFindingsStore();
    store.report({ tabId: 7, frameId: 0, documentId: 'D' }, report('a', true, [finding('sante', 'error', 4, 'asthme')]), T0);
    const snap = JSON.parse(JSON.stringify(store.snapshot()));
    const again = createFindingsStore();
    again.restore(snap);
    expect(again.editors(7)).toEqual(store.editors(7));
    expect(again.errorCount(7)).toBe(1);
    again.restore({ version: 2, tabs: [] });
    expect(again.tabIds()).toEqual([]);
    again.restore({ version: 1, tabs: [[7, [{ editorId: 3 }]], ['x', []]] });
    expect(again.tabIds()).toEqual([]);
  });

  it('keeps at most 50 editors per tab (a page creating editors in a loop)', () => {
    const store = createFindingsStore();
    for (let i = 0; i < 60; i++) store.report({ tabId: 1, frameId: 0 }, report(`e${i}`, false, []), T0 + i);
    expect(store.editors(1)).toHaveLength(50);
    expect(store.editors(1).some((e) => e.editorId === 'e0')).toBe(false);
  });
});
