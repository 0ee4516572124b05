// @vitest-environment happy-dom
/**
 * Cadre's plain-DOM UI in the page, in English and French (issue #6 §4): the finding's card
 * (severity, category, buttons in the UI's language; the message stays French) and the checklist
 * card (region, timer line, phases, fold button).
 */
import { describe, expect, it } from 'vitest';
import { createCard } from '../../components/card/card.ts';
import { createChecklistCard } from '../../components/overlay/checklist-card.ts';
import { translatorFor } from '../../lib/i18n/index.ts';
import { lint, registry } from '../../lib/lint/index.ts';
import { EXPLANATIONS_EN, explanationFor } from '../../rules/i18n/index.ts';
import type { OverlayState } from '../../lib/background/overlay.ts';
import { createInpageEngine } from '../../lib/inpage/engine.ts';

const noop = () => {};
const shadowRoot = () => {
  const host = document.createElement('cadre-root');
  document.documentElement.append(host);
  return host.attachShadow({ mode: 'open' });
};
const frenchOf = (id: string) => registry.find((r) => r.id === id)?.explanation;

describe("a finding's card", () => {
  const finding = lint('Elle est diabétique.').find((f) => f.rule === 'sante')!;
  const box = { left: 10, top: 10, width: 50, height: 16 };

  it('in English: severity, category and buttons; the English explanation as given; the message in French', () => {
    const shadow = shadowRoot();
    const card = createCard(shadow, { onApply: noop, onIgnore: noop, onClose: noop, onNext: noop }, translatorFor('en'));
    card.show({ ...finding, explanation: explanationFor(finding, 'en', frenchOf) }, box, { position: '1 of 2' });
    const el = card.element;
    expect(el.querySelector('.sev')?.textContent).toBe(finding.severity === 'error' ? 'Error' : 'Warning');
    expect(el.querySelector('.head')?.textContent).toContain('· Health');
    expect(el.querySelector('.message')?.textContent).toBe(finding.message);
    expect(el.querySelector('.explanation')?.textContent).toBe(EXPLANATIONS_EN.sante);
    const buttons = [...el.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons.filter((b) => b!.startsWith('Apply: ')).length).toBe(Math.min(3, finding.fixes.length));
    expect(buttons).toEqual(expect.arrayContaining(['Ignore', 'Ignore everywhere', 'Next finding']));
    expect(el.querySelector<HTMLButtonElement>('button[title]')?.title).toBe(`Stop pointing out “${finding.text}” for this rule, on every site`);
  });

  it("the engine file gives the card its explanation in the UI's language", () => {
    const engine = createInpageEngine();
    expect(engine.explanation(finding, 'en')).toBe(EXPLANATIONS_EN.sante);
    expect(engine.explanation(finding, 'fr')).toBe(finding.explanation);
  });

  it('in French by default', () => {
    const card = createCard(shadowRoot(), { onApply: noop, onIgnore: noop, onClose: noop });
    card.show(finding, box);
    expect(card.element.querySelector('.head')?.textContent).toContain('· Santé');
    expect([...card.element.querySelectorAll('button')].map((b) => b.textContent)).toEqual(expect.arrayContaining(['Ignorer', 'Ignorer partout']));
  });
});

describe('the checklist card', () => {
  const state: OverlayState = {
    show: true, interviewId: 'onglet-1', libelle: 'Diagnostic', checked: ['accueil'],
    timer: { status: 'idle', startedAt: null, pausedAt: null, accumulatedMs: 0 },
    phases: [
      { id: 'introduction', label: 'Introduction', durationMs: 600_000, steps: [], items: [{ id: 'accueil', libelle: 'Accueillir la personne' }] },
      { id: 'deroulement', label: 'Déroulement', durationMs: 1_500_000, steps: [], items: [{ id: 'parcours', libelle: 'Retracer le parcours' }] },
    ],
  };
  const intents = { toggle: noop, timer: noop, fold: noop, move: noop };

  it('in English: region, timer line, phase names, buttons; the items stay as the conductor wrote them', () => {
    const card = createChecklistCard(document, intents, translatorFor('en'));
    card.update(state, 0);
    const el = card.element;
    expect(el.getAttribute('aria-label')).toBe('Cadre: interview checklist');
    expect(el.querySelector('[data-testid="carte-phase"]')?.textContent).toBe('Timer stopped · Introduction 10 min · Main part 25 min');
    expect([...el.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Introduction (1/1)', 'Main part (0/1)']);
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(expect.arrayContaining(['Fold', 'Start', 'Reset']));
    expect(el.querySelector('label')?.textContent).toBe('Accueillir la personne');
    card.update({ ...state, timer: { status: 'paused', startedAt: null, pausedAt: 60_000, accumulatedMs: 60_000 } }, 60_000);
    expect(el.querySelector('[data-testid="carte-phase"]')?.textContent).toBe('Introduction · 09:00 left (paused)');
  });

  it('in French by default', () => {
    const card = createChecklistCard(document, intents);
    card.update(state, 0);
    expect(card.element.querySelector('[data-testid="carte-phase"]')?.textContent).toBe('Minuteur arrêté · Introduction 10 min · Déroulement 25 min');
    card.update({ ...state, timer: { status: 'paused', startedAt: null, pausedAt: 60_000, accumulatedMs: 60_000 } }, 60_000);
    expect(card.element.querySelector('[data-testid="carte-phase"]')?.textContent).toBe('Introduction · reste 09:00 (en pause)');
  });
});
