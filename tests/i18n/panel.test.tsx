/**
 * The side panel's pieces in English and in French (issue #6 §4), rendered to static HTML: the
 * findings list (titles, categories, buttons, the English explanation under "Why?" while the
 * message stays French), the timer, the checklist.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../components/ui/i18n.ts';
import { FindingsList } from '../../components/findings/findings-list.tsx';
import { countsText, type PanelEditor } from '../../components/findings/group.ts';
import { PhaseTimer } from '../../components/timer/phase-timer.tsx';
import { Checklist } from '../../components/checklist/checklist.tsx';
import { lint, registry } from '../../lib/lint/index.ts';
import { explanationFor, EXPLANATIONS_EN } from '../../rules/i18n/index.ts';
import { translatorFor, type Language } from '../../lib/i18n/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { phasesOf, startTimer, timerView, IDLE_TIMER } from '../../lib/timer/index.ts';

const markup = (language: Language, node: ReactElement) => renderToStaticMarkup(<I18nProvider language={language}>{node}</I18nProvider>)
  .replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
/** the text shown, tags dropped */
const render = (language: Language, node: ReactElement) => markup(language, node).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const frenchOf = (id: string) => registry.find((r) => r.id === id)?.explanation;

const findings = lint("Elle a parlé de son diabète. Son numéro est le 06 11 22 33 44.");
const editor: PanelEditor = { frameId: 0, editorId: 'e1', focused: true, url: 'http://localhost/', findings } as unknown as PanelEditor;
const noop = async () => ({ ok: true });

describe('findings list', () => {
  const list = (language: Language) => render(language, (
    <FindingsList editors={[editor]} onReveal={noop} onApply={noop} onIgnore={noop} explain={(f) => explanationFor(f, language, frenchOf)} />
  ));

  it('in English: titles, categories, actions and the English explanation; the message stays French', () => {
    const html = list('en');
    const sante = findings.find((f) => f.rule === 'sante')!;
    expect(html).toContain(`Errors (${findings.filter((f) => f.severity === 'error').length})`);
    expect(html).toContain('Health');
    expect(html).toContain('Why?');
    expect(html).toContain('Ignore');
    expect(html).toContain(`“${sante.text}”`);
    expect(html).toContain(EXPLANATIONS_EN.sante.slice(0, 60));
    expect(html).toContain(sante.message);
    expect(html).not.toContain('Pourquoi');
    expect(html).toContain(countsText(findings, translatorFor('en'), 'en'));
    expect(countsText(findings, translatorFor('en'), 'en')).toMatch(/^\d+ findings: \d+ errors?/);
  });

  it('in French by default', () => {
    const html = list('fr');
    expect(html).toContain('Santé');
    expect(html).toContain('Pourquoi ?');
    expect(html).toContain(findings.find((f) => f.rule === 'sante')!.explanation.slice(0, 60));
    expect(html).toMatch(/\d+ signalements : \d+ erreurs?/);
  });
});

describe('timer and checklist', () => {
  const conductor = DEFAULT_CONDUCTORS[0];
  const phases = phasesOf(conductor);
  const running = timerView(startTimer(IDLE_TIMER, 0), phases, 90_000);

  it('in English', () => {
    const html = render('en', <PhaseTimer view={running} onStart={() => {}} onPause={() => {}} onReset={() => {}} shortcut="Alt+Shift+T" />);
    expect(html).toContain('Phase: Introduction');
    expect(html).toContain('Running');
    expect(html).toContain('left in this phase');
    expect(markup('en', <PhaseTimer view={running} onStart={() => {}} onPause={() => {}} onReset={() => {}} />)).toContain('aria-label="Time elapsed: 1 minute 30 seconds"');
    expect(html).toContain('Keyboard shortcut: Alt+Shift+T');
    expect(html).toContain('Pause');
    const idle = render('en', <Checklist conductor={conductor} checked={[]} onToggle={() => {}} onReset={() => {}} />);
    expect(idle).toContain('Reset the checklist');
    expect(idle).toContain('Main part');
  });

  it('in French', () => {
    const html = render('fr', <PhaseTimer view={running} onStart={() => {}} onPause={() => {}} onReset={() => {}} shortcut="Alt+Shift+T" />);
    expect(html).toContain('Phase : Introduction');
    expect(html).toContain('En cours · reste');
    expect(markup('fr', <PhaseTimer view={running} onStart={() => {}} onPause={() => {}} onReset={() => {}} />)).toContain('aria-label="Temps écoulé : 1 min 30 s"');
    expect(html).toContain('Raccourci clavier : Alt+Maj+T');
    expect(render('fr', <Checklist conductor={conductor} checked={[]} onToggle={() => {}} onReset={() => {}} />)).toContain('Réinitialiser la liste');
  });
});
