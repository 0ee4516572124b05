/**
 * The side panel (issue #3 §2): interview type, timer, frame table, steps, checklist, what to
 * record, conclusion helper and settings. State comes from IndexedDB (services.watchInterview) and
 * every change goes back there; the timer view is recomputed from stored timestamps.
 * Issue #4: whether Cadre runs on the tab's site, the review of the page's report (findings of the
 * focused editor, across frames), the conclusion inserted into the page, the page's checklist card.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { lint, registry } from '../../lib/lint/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { resetChecklist, toggleItem } from '../../lib/conductors/checklist.ts';
import type { Conductor } from '../../lib/conductors/schema.ts';
import { emptyInterview } from '../../lib/db/interviews.ts';
import { createOptimisticRecord, type OptimisticRecord } from '../../lib/db/optimistic.ts';
import type { InterviewRecord } from '../../lib/db/schema.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/index.ts';
import { pauseTimer, phasesOf, resetTimer, startTimer, timerView } from '../../lib/timer/index.ts';
import { spokenDuration } from '../../lib/i18n/index.ts';
import { phaseLabel } from '../../lib/i18n/labels.ts';
import { explanationFor } from '../../rules/i18n/index.ts';
import { useLanguage, useT } from '../../components/ui/i18n.ts';
import { Checklist } from '../../components/checklist/checklist.tsx';
import { ConclusionHelper } from '../../components/checklist/conclusion-helper.tsx';
import { FrameTable } from '../../components/checklist/frame-table.tsx';
import { SettingsPanel } from '../../components/checklist/settings-panel.tsx';
import { PhaseTimer } from '../../components/timer/phase-timer.tsx';
import { StepList } from '../../components/timer/step-list.tsx';
import { LiveRegion } from '../../components/ui/live-region.tsx';
import { FindingsList } from '../../components/findings/findings-list.tsx';
import { SiteAccessPanel } from '../../components/findings/site-access.tsx';
import type { PanelEditor, PanelFinding } from '../../components/findings/group.ts';
import { OverlaySetting } from '../../components/overlay/overlay-setting.tsx';
import { PageAuditPanel } from '../../components/page-audit/page-audit-panel.tsx';
import { createPageAuditServices } from './page-audit-services.ts';
import type { SiteAccess } from '../../lib/permissions/index.ts';
import type { PanelServices } from './services.ts';

/** The French explanation of a rule, from which a finding's own note is told apart. */
const ruleExplanation = (id: string) => registry.find((r) => r.id === id)?.explanation;

/** Re-render every second while the timer runs (display only: time comes from timestamps). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [active]);
  return now;
}

export function App({ services }: { services: PanelServices }) {
  const t = useT();
  const language = useLanguage();
  const [tabId, setTabId] = useState<number>();
  const [interview, setInterview] = useState<{ id: string; detectedType?: string }>();
  const [record, setRecord] = useState<InterviewRecord>();
  const [conductors, setConductors] = useState<Conductor[]>(DEFAULT_CONDUCTORS);
  const [imported, setImported] = useState(false);
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [shortcut, setShortcut] = useState<string>();
  const [announce, setAnnounce] = useState('');
  const [editors, setEditors] = useState<PanelEditor[] | null>(null);
  const [site, setSite] = useState<SiteAccess | null>(null);
  const [overlayOn, setOverlayOn] = useState(true);
  // bumped when the page may show another case or interview type (re-read through the content script)
  const [pageTick, setPageTick] = useState(0);

  useEffect(() => services.followTab(setTabId), [services]);
  useEffect(() => services.watchSettings(setSettings), [services]);
  useEffect(() => services.watchConductors((list, imp) => { setConductors(list); setImported(imp); }), [services]);
  useEffect(() => { void services.shortcut().then(setShortcut); }, [services]);
  useEffect(() => services.watchOverlaySetting(setOverlayOn), [services]);
  useEffect(() => {
    if (tabId === undefined) return;
    setEditors(null);
    setSite(null);
    const stops = [services.watchFindings(tabId, setEditors), services.watchSite(tabId, setSite), services.watchPage(tabId, () => setPageTick((n) => n + 1))];
    return () => stops.forEach((stop) => stop());
  }, [services, tabId]);
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void services.resolveInterview(tabId).then((r) => {
      // same interview and type: keep the object, so the record is not read again
      if (live) setInterview((cur) => (cur && cur.id === r.id && cur.detectedType === r.detectedType ? cur : r));
    });
    return () => { live = false; };
  }, [services, tabId, pageTick]);
  // the record shown: the store's, or a change of this panel still being written (lib/db/optimistic.ts)
  const shown = useRef<OptimisticRecord<InterviewRecord>>(undefined);
  useEffect(() => {
    if (!interview) return;
    setRecord(undefined);
    const o = createOptimisticRecord<InterviewRecord>(setRecord);
    shown.current = o;
    const stop = services.watchInterview(interview.id, (r) => o.fromStore(r ?? emptyInterview(interview.id, Date.now())));
    return () => { stop(); if (shown.current === o) shown.current = undefined; };
  }, [services, interview]);

  const conductorId = record?.conductorId ?? interview?.detectedType ?? null;
  const conductor = conductors.find((c) => c.id === conductorId);
  const phases = useMemo(() => phasesOf(conductor ?? conductors.find((c) => c.id === 'suivi') ?? conductors[0]), [conductor, conductors]);
  const now = useNow(record?.timer.status === 'running');
  const view = record ? timerView(record.timer, phases, now) : undefined;

  // announce phase changes to screen readers (aria-live), not on first display
  const lastPhase = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!view || view.status !== 'running') { lastPhase.current = view?.phaseIndex; return; }
    if (lastPhase.current !== undefined && lastPhase.current !== view.phaseIndex) {
      setAnnounce(view.overrunMs > 0 ? t('panel_timer_reached') : t('panel_timer_new_phase', { phase: phaseLabel(t, view.phase.id, view.phase.label), duration: spokenDuration(view.phase.durationMs, language) }));
    }
    lastPhase.current = view.phaseIndex;
  }, [view?.phaseIndex, view?.status, view?.overrunMs]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = useCallback(
    (change: (r: InterviewRecord) => InterviewRecord) => {
      const o = shown.current;
      if (!interview || !o) return;
      // shown at once, confirmed by the store when written
      if (!o.change(change, Date.now())) return;
      services.updateInterview(interview.id, tabId, change).then((saved) => o.settled(saved), () => o.settled(undefined));
    },
    [services, interview, tabId],
  );
  const lintText = useCallback((text: string) => lint(text), []);
  const insertConclusion = useCallback((text: string) => services.insertAtCaret(tabId!, text), [services, tabId]);
  // "Auditer cette page" (issue #5 §1): messages to the tab's top frame, the audit history
  const pageAudit = useMemo(() => createPageAuditServices(), []);
  // the English explanation when the panel speaks English (issue #6 §4); the message stays French
  const explain = useCallback((f: PanelFinding) => explanationFor(f, language, ruleExplanation), [language]);

  if (!record || !view) return <main className="panel"><p role="status">{t('common_loading')}</p></main>;


  return (
    <main className="panel" data-interview={interview?.id}>
      <LiveRegion message={announce} />
      <header>
        <h1>Cadre</h1>
        <label htmlFor="type-entretien">{t('panel_interview_type')}</label>
        <select
          id="type-entretien"
          value={conductorId ?? ''}
          onChange={(e) => {
            const id = e.target.value || null;
            update((r) => ({ ...r, conductorId: id }));
            const c = conductors.find((x) => x.id === id);
            setAnnounce(c ? t('panel_conductor_shown', { name: c.libelle }) : '');
          }}
        >
          <option value="">{t('panel_choose')}</option>
          {conductors.map((c) => <option key={c.id} value={c.id}>{c.libelle}</option>)}
        </select>
        {interview?.detectedType && record.conductorId === null && <p className="hint">{t('panel_type_detected')}</p>}
      </header>

      <SiteAccessPanel
        access={site}
        onActivate={(typed) => services.activateSite(site!, typed)}
        onDeactivate={() => services.deactivateSite(site!)}
      />

      <section aria-labelledby="titre-minuteur">
        <h2 id="titre-minuteur">{t('panel_timer_title')}</h2>
        <PhaseTimer
          view={view}
          shortcut={shortcut}
          // the moment of the click, read once: `update` applies the change twice (on screen at
          // once, then in IndexedDB later), and both must hold the same timestamp
          onStart={() => { const at = Date.now(); update((r) => ({ ...r, timer: startTimer(r.timer, at) })); }}
          onPause={() => { const at = Date.now(); update((r) => ({ ...r, timer: pauseTimer(r.timer, at) })); }}
          onReset={() => update((r) => ({ ...r, timer: resetTimer() }))}
        />
      </section>

      {tabId !== undefined && site?.state !== 'unsupported' && (
        <section aria-labelledby="titre-relecture">
          <h2 id="titre-relecture">{t('panel_review_title')}</h2>
          <FindingsList
            editors={editors}
            explain={explain}
            onReveal={(editor, f) => services.reveal(tabId, editor, f)}
            onApply={(editor, f, i) => services.applyFix(tabId, editor, f, i)}
            onIgnore={(editor, f) => services.ignore(tabId, editor, f)}
          />
        </section>
      )}

      <PageAuditPanel
        key={tabId}
        services={tabId !== undefined && site?.state === 'active' ? pageAudit.forTab(tabId) : null}
        auditHref="audit.html"
        historyHref="audit.html#historique"
        explain={explain}
      />

      {!conductor ? (
        <p className="hint">{t('panel_choose_type')}</p>
      ) : (
        <>
          <section aria-labelledby="titre-cadre">
            <h2 id="titre-cadre">{t('panel_frame_title')}</h2>
            <FrameTable frame={conductor.cadre} />
          </section>

          <section aria-labelledby="titre-etapes">
            <h2 id="titre-etapes">{t('panel_steps_title', { phase: phaseLabel(t, view.phase.id, view.phase.label) })}</h2>
            <StepList steps={view.phase.steps} current={view.status === 'idle' ? undefined : view.stepIndex} />
          </section>

          <section aria-labelledby="titre-liste">
            <h2 id="titre-liste">{t('panel_checklist_title')}</h2>
            <Checklist
              conductor={conductor}
              checked={record.checked}
              currentPhase={view.status === 'idle' ? undefined : view.phaseIndex}
              onToggle={(id) => update((r) => ({ ...r, checked: toggleItem(r.checked, id) }))}
              onReset={(phaseId) => update((r) => ({ ...r, checked: resetChecklist(conductor, r.checked, phaseId) }))}
            />
          </section>

          <section aria-labelledby="titre-saisir">
            <h2 id="titre-saisir">{t('panel_to_enter_title')}</h2>
            <ul>{conductor.aSaisir.map((s) => <li key={s}>{s}</li>)}</ul>
            <h3>{t('panel_report_must_mention')}</h3>
            <ul>{conductor.compteRendu.map((e) => <li key={e.id}>{e.libelle.charAt(0).toUpperCase() + e.libelle.slice(1)}</li>)}</ul>
          </section>

          <details>
            <summary><h2>{t('panel_conclusion_title')}</h2></summary>
            <ConclusionHelper
              conductor={conductor}
              checked={record.checked}
              lint={lintText}
              copy={services.copy}
              insert={tabId !== undefined && site?.state === 'active' ? insertConclusion : undefined}
            />
          </details>
        </>
      )}

      <details>
        <summary><h2>{t('panel_settings_title')}</h2></summary>
        <OverlaySetting enabled={overlayOn} onChange={(on) => { setOverlayOn(on); void services.saveOverlaySetting(on); }} />
        <SettingsPanel
          settings={settings}
          onChange={(s) => { setSettings(s); void services.saveSettings(s); }}
          importedCount={imported ? conductors.length : null}
          onImport={(json) => services.importConductors(json, conductors)}
          onRestoreDefaults={() => void services.restoreDefaultConductors()}
          onEraseAll={() => services.eraseAll(interview?.id)}
        />
      </details>
    </main>
  );
}
