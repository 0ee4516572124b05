/**
 * The page's checklist card (issue #4 §4), as plain DOM inside Cadre's shadow root: no framework
 * in the content script, whose size is budgeted. The structure (phases, items) is built once per
 * conductor and then updated in place, so that a keyboard user ticking items never loses focus.
 * It only renders and reports intents; lib/overlay/mount.ts talks to the background. Its words
 * follow the UI's language through `t` (issue #6 §4); the conductor's items are content, in French.
 */
import type { OverlayState } from '../../lib/background/overlay.ts';
import { cardClock, type CardClock } from '../../lib/overlay/clock.ts';
import { translatorFor, type Translate } from '../../lib/i18n/index.ts';
import { phaseLabel } from '../../lib/i18n/labels.ts';

export interface CardIntents {
  toggle(itemId: string): void;
  timer(action: 'start' | 'pause' | 'reset'): void;
  fold(collapsed: boolean): void;
  /** moved by `dx`, `dy` (drag or arrow keys); `done` when the move ends (save it) */
  move(dx: number, dy: number, done: boolean): void;
}

export const CARD_CSS = `
.cadre-overlay { position: fixed; pointer-events: auto; width: 290px; max-width: calc(100vw - 16px); box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1d2733; background: #fff; border: 1px solid #9fb0c2; border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); }
.cadre-overlay[hidden] { display: none; }
.cadre-overlay * { box-sizing: border-box; }
.cadre-overlay .head { display: flex; align-items: center; gap: 6px; padding: 4px 6px; background: #eef3f8; border-radius: 8px 8px 0 0; cursor: move; user-select: none; touch-action: none; }
.cadre-overlay.folded .head { border-radius: 8px; }
.cadre-overlay .title { flex: 1; font-weight: 700; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cadre-overlay .clock { font-variant-numeric: tabular-nums; }
.cadre-overlay button { font: inherit; color: inherit; border: 1px solid #9fb0c2; background: #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.cadre-overlay button.grip { cursor: move; padding: 2px 5px; }
.cadre-overlay button:focus-visible, .cadre-overlay input:focus-visible { outline: 3px solid #1f4e79; outline-offset: 1px; }
.cadre-overlay .body { padding: 6px 8px 8px; max-height: min(50vh, 380px); overflow: auto; }
.cadre-overlay .body[hidden] { display: none; }
.cadre-overlay .phase { margin: 0 0 4px; }
.cadre-overlay .over { color: #8a5a00; }
.cadre-overlay .hint { color: #5b6775; margin: 4px 0; }
.cadre-overlay fieldset { border: 1px solid #ccd3db; border-radius: 6px; margin: 6px 0 0; padding: 2px 6px 4px; }
.cadre-overlay fieldset.current { border: 2px solid #1f4e79; }
.cadre-overlay legend { font-weight: 700; padding: 0 3px; }
.cadre-overlay ul { list-style: none; margin: 0; padding: 0; }
.cadre-overlay li { display: flex; gap: 6px; align-items: flex-start; margin: 3px 0; }
.cadre-overlay li input { margin: 2px 0 0; flex: none; }
@media (prefers-color-scheme: dark) {
  .cadre-overlay { color: #e6ebf0; background: #16202a; border-color: #34414f; }
  .cadre-overlay .head { background: #1e2b38; }
  .cadre-overlay button { background: #16202a; border-color: #34414f; }
}
`;

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Keyboard moves: arrows by 16 px, with Shift by 64 px. */
export function keyMove(key: string, shift: boolean): [number, number] | undefined {
  const step = shift ? 64 : 16;
  switch (key) {
    case 'ArrowLeft': return [-step, 0];
    case 'ArrowRight': return [step, 0];
    case 'ArrowUp': return [0, -step];
    case 'ArrowDown': return [0, step];
    default: return undefined;
  }
}

export function createChecklistCard(doc: Document, intents: CardIntents, t: Translate = translatorFor('fr')) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const root = el('div', { class: 'cadre-overlay', role: 'region', 'aria-label': t('overlay_region'), 'data-cadre-overlay': '' });
  root.hidden = true;
  const head = el('div', { class: 'head' });
  const grip = el('button', { type: 'button', class: 'grip', 'aria-label': t('overlay_move_keys'), title: t('overlay_move') }, '⠿');
  const title = el('span', { class: 'title' }, 'Cadre');
  const clock = el('span', { class: 'clock', 'aria-label': t('overlay_elapsed') }, '00:00');
  const fold = el('button', { type: 'button', class: 'fold', 'aria-expanded': 'true', 'aria-controls': 'cadre-carte-contenu' }, t('overlay_fold'));
  head.append(grip, title, clock, fold);
  const body = el('div', { class: 'body', id: 'cadre-carte-contenu' });
  const phaseLine = el('p', { class: 'phase', 'data-testid': 'carte-phase' });
  const buttons = el('div', { class: 'timer-buttons' });
  const main = el('button', { type: 'button' }, t('common_timer_start'));
  const reset = el('button', { type: 'button' }, t('overlay_reset'));
  buttons.append(main, ' ', reset);
  const list = el('div', { class: 'list' });
  body.append(phaseLine, buttons, list);
  root.append(head, body);

  let state: OverlayState | undefined;
  let structure = '';
  let collapsed = false;
  const boxes = new Map<string, HTMLInputElement>();
  const legends: Array<{ legend: HTMLElement; set: HTMLFieldSetElement; label: string; ids: string[]; phase: number }> = [];

  main.addEventListener('click', () => state && intents.timer(state.timer.status === 'running' ? 'pause' : 'start'));
  reset.addEventListener('click', () => intents.timer('reset'));
  fold.addEventListener('click', () => intents.fold(!collapsed));
  grip.addEventListener('keydown', (e) => {
    const d = keyMove(e.key, e.shiftKey);
    if (!d) return;
    e.preventDefault();
    intents.move(d[0], d[1], false);
  });
  grip.addEventListener('keyup', (e) => { if (keyMove(e.key, e.shiftKey)) intents.move(0, 0, true); });
  // drag by the header (mouse, pen, touch); buttons other than the grip keep their click
  head.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || (e.target instanceof Element && e.target.closest('button') && e.target !== grip)) return;
    e.preventDefault();
    head.setPointerCapture(e.pointerId);
    let x = e.clientX;
    let y = e.clientY;
    const moveTo = (ev: PointerEvent) => { intents.move(ev.clientX - x, ev.clientY - y, false); x = ev.clientX; y = ev.clientY; };
    const end = (ev: PointerEvent) => {
      moveTo(ev);
      head.removeEventListener('pointermove', moveTo);
      head.removeEventListener('pointerup', end);
      head.removeEventListener('pointercancel', end);
      intents.move(0, 0, true);
    };
    head.addEventListener('pointermove', moveTo);
    head.addEventListener('pointerup', end);
    head.addEventListener('pointercancel', end);
  });

  function build(s: OverlayState): void {
    list.replaceChildren();
    boxes.clear();
    legends.length = 0;
    if (!s.libelle) {
      list.append(el('p', { class: 'hint' }, t('overlay_choose_type')));
      return;
    }
    for (const [index, phase] of s.phases.entries()) {
      if (!phase.items.length) continue;
      const set = el('fieldset') as HTMLFieldSetElement;
      const legend = el('legend');
      set.append(legend);
      const ul = el('ul');
      for (const item of phase.items) {
        const li = el('li');
        const box = el('input', { type: 'checkbox', id: `cadre-carte-${item.id}`, 'data-item': item.id }) as HTMLInputElement;
        box.addEventListener('change', () => intents.toggle(item.id));
        li.append(box, el('label', { for: `cadre-carte-${item.id}` }, item.libelle));
        ul.append(li);
        boxes.set(item.id, box);
      }
      set.append(ul);
      list.append(set);
      legends.push({ legend, set, label: phaseLabel(t, phase.id, phase.label), ids: phase.items.map((i) => i.id), phase: index });
    }
  }

  const card = {
    element: root,
    /** Show a new state (from the background). */
    update(s: OverlayState, now: number): CardClock {
      state = s;
      root.hidden = !s.show;
      // the background answered at least once (tests wait for it before judging visibility)
      root.dataset.state = 'ready';
      const key = JSON.stringify([s.libelle, s.phases.map((p) => [p.id, p.items.map((i) => i.id)])]);
      if (key !== structure) { structure = key; build(s); }
      title.textContent = s.libelle ? `Cadre · ${s.libelle}` : 'Cadre';
      const checked = new Set(s.checked);
      for (const [id, box] of boxes) box.checked = checked.has(id);
      collapsed = s.placement?.collapsed ?? false;
      body.hidden = collapsed;
      root.classList.toggle('folded', collapsed);
      fold.setAttribute('aria-expanded', String(!collapsed));
      fold.textContent = t(collapsed ? 'overlay_unfold' : 'overlay_fold');
      return this.tick(now);
    },
    /** Refresh the clock and the phase (every second while the timer runs). */
    tick(now: number): CardClock {
      const s = state!;
      const view = cardClock(s.timer, s.phases, now);
      clock.textContent = mmss(view.elapsedMs);
      main.textContent = t(view.status === 'running' ? 'common_timer_pause' : view.status === 'paused' ? 'common_timer_resume' : 'common_timer_start');
      reset.disabled = view.status === 'idle';
      const phase = phaseLabel(t, view.phase.id, view.phase.label);
      phaseLine.textContent = view.status === 'idle'
        ? `${t('common_timer_idle')} · ${s.phases.map((p) => t('overlay_phase_minutes', { phase: phaseLabel(t, p.id, p.label), minutes: Math.round(p.durationMs / 60_000) })).join(' · ')}`
        : view.overrunMs > 0
          ? t('overlay_overrun', { minutes: Math.ceil(view.overrunMs / 60_000) })
          : t(view.status === 'paused' ? 'overlay_remaining_paused' : 'overlay_remaining', { phase, time: mmss(view.remainingInPhaseMs) });
      phaseLine.classList.toggle('over', view.overrunMs > 0);
      const checked = new Set(s.checked);
      legends.forEach((l) => {
        l.legend.textContent = `${l.label} (${l.ids.filter((id) => checked.has(id)).length}/${l.ids.length})`;
        l.set.classList.toggle('current', view.status !== 'idle' && l.phase === view.phaseIndex);
      });
      return view;
    },
    get collapsed() { return collapsed; },
  };
  return card;
}
