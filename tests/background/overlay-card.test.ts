// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountOverlay, clampPlacement, type OverlayServices } from '../../lib/overlay/mount.ts';
import { keyMove } from '../../components/overlay/checklist-card.ts';
import type { OverlayAction, OverlayState } from '../../lib/background/overlay.ts';

vi.mock('wxt/browser', () => ({ browser: {} }));

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const phases = [
  { id: 'introduction', label: 'Introduction', durationMs: 600_000, steps: ['Cadre'], items: [{ id: 'accueil', libelle: 'Accueillir la personne' }, { id: 'objectif', libelle: "Énoncer l'objectif" }] },
  { id: 'deroulement', label: 'Déroulement', durationMs: 1_500_000, steps: ['Mise en œuvre'], items: [{ id: 'parcours', libelle: 'Retracer le parcours' }] },
  { id: 'conclusion', label: 'Conclusion', durationMs: 600_000, steps: ['Formalisation'], items: [] },
];

/** A background in memory, as the card sees it. */
function fakeBackground(initial: Partial<OverlayState> = {}) {
  let state: OverlayState = { show: true, interviewId: 'onglet-1', libelle: 'Diagnostic', phases, checked: [], timer: { status: 'idle', startedAt: null, pausedAt: null, accumulatedMs: 0 }, ...initial };
  let changed: () => void = () => {};
  let now = T0;
  const actions: OverlayAction[] = [];
  const services: OverlayServices = {
    state: async () => state,
    async act(a) {
      actions.push(a);
      if (a.action === 'toggle') state = { ...state, checked: state.checked.includes(a.itemId) ? state.checked.filter((x) => x !== a.itemId) : [...state.checked, a.itemId] };
      if (a.action === 'start') state = { ...state, timer: { status: 'running', startedAt: now, pausedAt: null, accumulatedMs: 0 } };
      if (a.action === 'place') state = { ...state, placement: a.placement };
      return state;
    },
    onChanged: (run) => { changed = run; return () => { changed = () => {}; }; },
    now: () => now,
  };
  return { services, actions, push: (s: Partial<OverlayState>) => { state = { ...state, ...s }; changed(); }, advance: (ms: number) => { now += ms; } };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(bg: ReturnType<typeof fakeBackground>) {
  const host = document.createElement('cadre-root');
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const unmount = mountOverlay(shadow, bg.services);
  const card = () => shadow.querySelector<HTMLElement>('[data-cadre-overlay]')!;
  return { shadow, unmount, card, host };
}

describe('page checklist card (DOM)', () => {
  it('shows the conductor, its items by phase and the clock; ticking goes to the background and keeps the focus', async () => {
    const bg = fakeBackground();
    const { shadow, card, unmount } = mount(bg);
    await flush();
    expect(card().hidden).toBe(false);
    expect(card().getAttribute('role')).toBe('region');
    expect(shadow.querySelector('.title')?.textContent).toBe('Cadre · Diagnostic');
    expect([...shadow.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Introduction (0/2)', 'Déroulement (0/1)']);
    const box = shadow.querySelector<HTMLInputElement>('input[data-item="accueil"]')!;
    expect(shadow.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Accueillir la personne');
    box.focus();
    box.click();
    await flush();
    expect(bg.actions).toEqual([{ action: 'toggle', itemId: 'accueil' }]);
    expect(box.checked).toBe(true);
    expect(shadow.activeElement).toBe(box); // updated in place, not rebuilt
    expect(shadow.querySelector('legend')?.textContent).toBe('Introduction (1/2)');
    // the panel ticks another item: pushed by the background
    bg.push({ checked: ['accueil', 'parcours'] });
    await flush();
    expect(shadow.querySelector<HTMLInputElement>('input[data-item="parcours"]')!.checked).toBe(true);
    unmount();
    expect(shadow.querySelector('[data-cadre-overlay]')).toBeNull();
  });

  it('starts the timer and shows the phase and time left', async () => {
    const bg = fakeBackground();
    const { shadow, unmount } = mount(bg);
    await flush();
    const main = [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Démarrer')!;
    main.click();
    await flush();
    bg.advance(61_000);
    bg.push({});
    await flush();
    expect(shadow.querySelector('.clock')?.textContent).toBe('01:01');
    expect(shadow.querySelector('[data-testid="carte-phase"]')?.textContent).toBe('Introduction · reste 08:59');
    expect(main.textContent).toBe('Mettre en pause');
    unmount();
  });

  it('folds, moves with the arrow keys and saves where it was left', async () => {
    const bg = fakeBackground({ placement: { x: 100, y: 100, collapsed: false } });
    const { shadow, card, unmount } = mount(bg);
    await flush();
    const fold = shadow.querySelector<HTMLButtonElement>('button.fold')!;
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.click();
    await flush();
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.querySelector<HTMLElement>('.body')!.hidden).toBe(true);
    const grip = shadow.querySelector<HTMLButtonElement>('button.grip')!;
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true }));
    grip.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowDown', bubbles: true }));
    await flush();
    expect(card().style.left).toBe('116px');
    expect(card().style.top).toBe('164px');
    expect(bg.actions.at(-1)).toEqual({ action: 'place', placement: { x: 116, y: 164, collapsed: true } });
    unmount();
  });

  it('stays hidden where the background says no card', async () => {
    const bg = fakeBackground({ show: false });
    const { card, unmount } = mount(bg);
    await flush();
    expect(card().hidden).toBe(true);
    unmount();
  });

  it('keeps the card in the viewport; arrow keys only move', () => {
    expect(clampPlacement(-50, 5000, { width: 300, height: 200 }, { width: 1000, height: 700 })).toEqual({ x: 8, y: 644 });
    expect(clampPlacement(900, 10, { width: 300, height: 200 }, { width: 1000, height: 700 })).toEqual({ x: 692, y: 10 });
    expect(keyMove('ArrowLeft', false)).toEqual([-16, 0]);
    expect(keyMove('ArrowUp', true)).toEqual([0, -64]);
    expect(keyMove('a', false)).toBeUndefined();
  });
});
