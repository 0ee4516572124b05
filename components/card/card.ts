/**
 * The small card of one finding, opened by hovering a mark or from the keyboard (Alt+Entrée in the
 * editor): message, explanation, the fixes ("Appliquer …"), "Ignorer", "Ignorer partout". Plain
 * DOM in Cadre's shadow root, not React: it ships in the content script, whose budget is 80 KB
 * gzip (issue #4 §7). A non-modal dialog: Tab moves between its buttons, Échap closes it and gives
 * the focus back to the editor; screen readers read its title and message.
 *
 * Its words follow the UI's language through `t` (issue #6 §4); the finding's message and fix
 * labels are the engine's, in French (they are about French text), and the caller passes the
 * explanation in the UI's language.
 *
 * @example
 *   const card = createCard(shadow, { onApply, onIgnore, onClose }, translatorFor(language));
 *   card.show(finding, anchorBox, { focus: true });
 */
import type { Finding } from '../../lib/lint/types.ts';
import { translatorFor, type Translate } from '../../lib/i18n/index.ts';
import { categoryLabel, severityLabel } from '../../lib/i18n/labels.ts';

export interface CardActions {
  onApply(fixIndex: number): void;
  onIgnore(everywhere: boolean): void;
  onNext?(step: 1 | -1): void;
  /** the card closed; `byKeyboard` when Échap closed it (focus goes back to the editor) */
  onClose(byKeyboard: boolean): void;
  /** the pointer entered or left the card (hover keeps it open) */
  onHover?(inside: boolean): void;
}

export interface Card {
  readonly element: HTMLElement;
  show(finding: Pick<Finding, 'message' | 'explanation' | 'severity' | 'category' | 'fixes' | 'text'>, anchor: { left: number; top: number; width: number; height: number }, opts?: { focus?: boolean; position?: string }): void;
  hide(): void;
  readonly open: boolean;
}

export const CARD_CSS = `
.card { position: fixed; pointer-events: auto; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); min-width: 240px; padding: 10px 12px;
  background: #fff; color: #1c1c1c; border: 1px solid #c9c9c9; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card[hidden] { display: none; }
.card .head { display: flex; gap: 6px; align-items: baseline; font-size: 12px; color: #555; margin-bottom: 4px; }
.card .sev { font-weight: 600; }
.card .sev.error { color: #b3261e; } .card .sev.warning { color: #8a4b00; } .card .sev.info { color: #245a94; }
.card .message { font-weight: 600; margin: 0 0 4px; font-size: 14px; }
.card .explanation { margin: 0 0 8px; font-size: 13px; color: #333; max-height: 9em; overflow: auto; }
.card .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.card button { font: inherit; font-size: 13px; padding: 4px 8px; border-radius: 5px; border: 1px solid #8a8a8a; background: #f4f4f4; color: #1c1c1c; cursor: pointer; }
.card button.fix { background: #0b5cad; border-color: #0b5cad; color: #fff; }
.card button:focus-visible, .card .explanation:focus-visible { outline: 3px solid #f2b705; outline-offset: 1px; }
.card .position { font-size: 12px; color: #555; margin-left: auto; }
`;

export function createCard(shadow: ShadowRoot, actions: CardActions, t: Translate = translatorFor('fr')): Card {
  const doc = shadow.ownerDocument;
  const el = doc.createElement('div');
  el.className = 'card';
  el.hidden = true;
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-modal', 'false');
  el.setAttribute('aria-labelledby', 'cadre-card-message');
  el.setAttribute('aria-describedby', 'cadre-card-explanation');
  const head = doc.createElement('div');
  head.className = 'head';
  const sev = doc.createElement('span');
  const cat = doc.createElement('span');
  const position = doc.createElement('span');
  position.className = 'position';
  head.append(sev, cat, position);
  const message = doc.createElement('p');
  message.className = 'message';
  message.id = 'cadre-card-message';
  const explanation = doc.createElement('p');
  explanation.className = 'explanation';
  explanation.id = 'cadre-card-explanation';
  // a long explanation scrolls: focusable so that the keyboard can scroll it too
  explanation.tabIndex = 0;
  const buttons = doc.createElement('div');
  buttons.className = 'actions';
  el.append(head, message, explanation, buttons);
  shadow.append(el);

  const button = (label: string, className: string, onClick: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (className) b.className = className;
    b.addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); onClick(); });
    return b;
  };

  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); card.hide(); actions.onClose(true); }
    else if (actions.onNext && e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) { e.preventDefault(); actions.onNext(e.key === 'ArrowDown' ? 1 : -1); }
  });
  el.addEventListener('pointerenter', () => actions.onHover?.(true));
  el.addEventListener('pointerleave', () => actions.onHover?.(false));

  const card: Card = {
    element: el,
    get open() { return !el.hidden; },
    show(finding, anchor, opts = {}) {
      sev.className = `sev ${finding.severity}`;
      sev.textContent = severityLabel(t, finding.severity);
      cat.textContent = `· ${categoryLabel(t, finding.category)}`;
      position.textContent = opts.position ?? '';
      message.textContent = finding.message;
      explanation.textContent = finding.explanation;
      const list: HTMLButtonElement[] = finding.fixes.slice(0, 3).map((fix, i) =>
        button(t('common_apply', { fix: fix.label || (fix.replacement ? t('common_quote', { text: fix.replacement }) : t('card_delete', { text: finding.text })) }), 'fix', () => actions.onApply(i)));
      list.push(button(t('common_ignore'), '', () => actions.onIgnore(false)));
      const everywhere = button(t('card_ignore_everywhere'), '', () => actions.onIgnore(true));
      everywhere.title = t('card_ignore_everywhere_title', { text: finding.text });
      list.push(everywhere);
      if (actions.onNext && opts.position) list.push(button(t('card_next'), '', () => actions.onNext!(1)));
      buttons.replaceChildren(...list);
      el.hidden = false;
      // below the mark, or above when there is no room; always inside the viewport
      const vw = doc.defaultView?.innerWidth ?? 800;
      const vh = doc.defaultView?.innerHeight ?? 600;
      const box = el.getBoundingClientRect();
      let left = Math.min(Math.max(8, anchor.left), Math.max(8, vw - box.width - 8));
      let topPos = anchor.top + anchor.height + 6;
      if (topPos + box.height > vh - 8 && anchor.top - box.height - 6 >= 8) topPos = anchor.top - box.height - 6;
      topPos = Math.min(Math.max(8, topPos), Math.max(8, vh - box.height - 8));
      left = Math.round(left);
      el.style.left = `${left}px`;
      el.style.top = `${Math.round(topPos)}px`;
      if (opts.focus) list[0].focus();
    },
    hide() { el.hidden = true; },
  };
  return card;
}
