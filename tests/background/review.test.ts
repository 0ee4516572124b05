import { describe, expect, it } from 'vitest';
import { createReviewHub, type ReviewDeps } from '../../lib/background/review.ts';
import type { WireFinding } from '../../lib/background/findings-store.ts';
import { badgeText, badgeTitle } from '../../lib/background/badge.ts';

const f = (severity: WireFinding['severity'], text = 'asthme'): WireFinding => ({
  rule: 'sante', category: 'sante', severity, confidence: 'high', start: 0, end: text.length, text, message: 'm', explanation: 'e', references: [], fixes: [],
});

function hub(opts: { stored?: unknown; alive?: Set<string> } = {}) {
  const badges = new Map<number, { text: string; title: string; color: string }>();
  const broadcasts: number[] = [];
  const saved: unknown[] = [];
  const deps: ReviewDeps = {
    action: {
      setBadgeText: ({ tabId, text }) => { badges.set(tabId!, { ...badges.get(tabId!)!, text }); },
      setTitle: ({ tabId, title }) => { badges.set(tabId!, { ...badges.get(tabId!)!, title }); },
      setBadgeBackgroundColor: ({ tabId, color }) => { badges.set(tabId!, { ...badges.get(tabId!)!, color }); },
    },
    broadcast: async ({ tabId }) => { broadcasts.push(tabId); throw new Error('Receiving end does not exist.'); },
    session: { load: async () => opts.stored, save: async (s) => { saved.push(JSON.parse(JSON.stringify(s))); } },
    ping: async (_t, _f, documentId) => (opts.alive?.has(documentId) ? 'alive' : 'gone'),
    now: () => 1000,
    saveDelayMs: 0,
  };
  return { review: createReviewHub(deps), badges, broadcasts, saved };
}

const sender = (tabId: number, frameId = 0, documentId?: string) => ({ tab: { id: tabId }, frameId, documentId });

describe('review hub (background)', () => {
  it('badge = error-level findings of the tab, French title; panels told; a closed panel is no error', async () => {
    const { review, badges, broadcasts } = hub();
    await review.handlers.toBackgroundFindings({ editorId: 'e', url: 'http://127.0.0.1/', focused: true, findings: [f('error'), f('error', 'diabète'), f('warning')] }, sender(5));
    expect(badges.get(5)).toEqual({ color: '#a4262c', text: '2', title: 'Cadre : 2 erreurs à corriger dans le compte rendu — ouvrir le panneau' });
    expect(broadcasts).toEqual([5]);
    await review.handlers.toBackgroundEditorGone({ editorId: 'e' }, sender(5));
    expect(badges.get(5)?.text).toBe('');
    expect(badges.get(5)?.title).toBe('Ouvrir le panneau Cadre');
    expect((await review.handlers.toBackgroundTabFindings({ tabId: 5 })).editors).toEqual([]);
  });

  it('ignores reports that do not come from a tab (another extension page)', async () => {
    const { review, broadcasts } = hub();
    await review.handlers.toBackgroundFindings({ editorId: 'e', url: 'x', focused: true, findings: [f('error')] }, { frameId: 0 });
    expect(broadcasts).toEqual([]);
  });

  it('restores the session copy after a service worker restart, and writes one', async () => {
    const first = hub();
    await first.review.handlers.toBackgroundFindings({ editorId: 'e', url: 'u', focused: true, findings: [f('error')] }, sender(9));
    await new Promise((r) => setTimeout(r, 5));
    expect(first.saved).toHaveLength(1);
    const second = hub({ stored: first.saved[0] });
    expect((await second.review.handlers.toBackgroundTabFindings({ tabId: 9 })).editors[0]).toMatchObject({ editorId: 'e', focused: true });
  });

  it('after a navigation, forgets the documents that no longer answer', async () => {
    const { review } = hub({ alive: new Set(['D-sub']) });
    await review.handlers.toBackgroundFindings({ editorId: 'a', url: 'u', focused: true, findings: [f('error')] }, sender(2, 0, 'D-top'));
    await review.handlers.toBackgroundFindings({ editorId: 'b', url: 'u', focused: false, findings: [f('error')] }, sender(2, 4, 'D-sub'));
    await review.checkDocuments(2);
    expect(review.store.editors(2).map((e) => e.editorId)).toEqual(['b']);
    expect(review.store.errorCount(2)).toBe(1);
  });

  it('badge text and title', () => {
    expect([badgeText(0), badgeText(1), badgeText(120)]).toEqual(['', '1', '99+']);
    expect(badgeTitle(1)).toBe('Cadre : 1 erreur à corriger dans le compte rendu — ouvrir le panneau');
  });
});
