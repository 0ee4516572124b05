/**
 * The batch audit page (issue #5 §2–3): import → column mapping → run in a Web Worker with
 * progress → summary, charts, table, drill-down, exports, history. Browser APIs come in through
 * `services` (entrypoints/audit/services.ts), so the page is plain React.
 *
 * Results arrive in batches; they are kept in a ref and the view re-renders on a counter, so
 * 100,000 reports never go through React state one by one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../lib/lint/types.ts';
import type { RuleDefinition } from '../../lib/lint/rule.ts';
import type { AuditSummary } from '../../lib/audit/aggregate.ts';
import type { InspectedFile, SessionRequest, SessionResponse } from '../../lib/audit/session.ts';
import type { AuditReportResult, ColumnMapping, ImportIssue } from '../../lib/audit/types.ts';
import type { AuditMeta } from '../../lib/audit/export.ts';
import type { LintConfig } from '../../lib/lint/engine.ts';
import { describeLintConfig } from '../../lib/audit/settings-summary.ts';
import type { AuditRepository, StoredAudit } from '../../lib/db/audits.ts';
import { toRow, type ReportRow } from '../../lib/audit/view.ts';
import { AuditImportPanel } from './import-panel.tsx';
import { AuditProgressPanel } from './progress-panel.tsx';
import { AuditSummaryPanel } from './summary-panel.tsx';
import { AuditResultsTable } from './results-table.tsx';
import { AuditReportDetail } from './report-detail.tsx';
import { AuditHistoryPanel } from './history-panel.tsx';
import { AuditExportBar } from './export-bar.tsx';
import { formatDateTime, pluralOf } from '../../lib/i18n/index.ts';
import { useLanguage, useT } from '../ui/i18n.ts';

export interface AuditServices {
  post(msg: SessionRequest): void;
  subscribe(fn: (msg: SessionResponse) => void): () => void;
  repo: AuditRepository;
  /** the drill-down's engine; `type`: the report's interview type as written in the file (completeness rule) */
  lint(text: string, type?: string): Finding[];
  rules: readonly RuleDefinition[];
  version: string;
  now(): number;
  retentionDays(): Promise<number>;
  /** the lint configuration of the settings in force: the organisation's rules, not the defaults (issue #5 §2) */
  lintConfig(): Promise<LintConfig>;
  /** the section shown first (audit.html#historique, opened from the side panel) */
  initialTab?: 'audit' | 'history';
  /** save a file made of string parts (exports are built in slices) */
  download(name: string, parts: string[], type: string): void;
}

export interface RunState {
  bytes: number;
  totalBytes: number;
  reports: number;
  elapsedMs: number;
}

/** What the results view shows: a live audit, or one reopened from the history. */
export interface LoadedAudit {
  meta: AuditMeta;
  summary: AuditSummary;
  results: AuditReportResult[];
  rows: ReportRow[];
  issues: ImportIssue[];
  skipped: number;
  cancelled: boolean;
  /** id in the history once saved (or when reopened from it) */
  savedId?: number;
  /** reopened from the history: texts come from the store, not the worker */
  fromHistory?: boolean;
}

type Phase = 'import' | 'running' | 'results';

export function AuditApp({ services }: { services: AuditServices }) {
  const t = useT();
  const language = useLanguage();
  const [tab, setTab] = useState<'audit' | 'history'>(services.initialTab ?? 'audit');
  const [files, setFiles] = useState<InspectedFile[]>([]);
  const [mappings, setMappings] = useState<Record<number, Partial<ColumnMapping>>>({});
  const [keepTexts, setKeepTexts] = useState(false);
  const [phase, setPhase] = useState<Phase>('import');
  const [run, setRun] = useState<RunState>({ bytes: 0, totalBytes: 0, reports: 0, elapsedMs: 0 });
  const [liveSummary, setLiveSummary] = useState<AuditSummary>();
  const [audit, setAudit] = useState<LoadedAudit>();
  const [detail, setDetail] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const results = useRef<AuditReportResult[]>([]);
  // table rows are derived as batches arrive, not all at once at the end (100,000 reports)
  const rows = useRef<ReportRow[]>([]);
  const startedAt = useRef('');
  const textWaiters = useRef(new Map<number, (r: { text?: string; error?: string }) => void>());
  const metaRef = useRef<AuditMeta | undefined>(undefined);

  useEffect(() => services.subscribe((msg) => {
    switch (msg.type) {
      case 'files':
        setFiles(msg.files);
        setBusy(false);
        setMappings((prev) => {
          const next: Record<number, Partial<ColumnMapping>> = {};
          for (const f of msg.files) next[f.id] = prev[f.id] ?? { ...(f.guess ?? {}) };
          return next;
        });
        return;
      case 'progress':
        for (const r of msg.results) {
          results.current.push(r);
          rows.current.push(toRow(r));
        }
        setRun({ bytes: msg.bytes, totalBytes: msg.totalBytes, reports: msg.reports, elapsedMs: msg.elapsedMs });
        setLiveSummary(msg.summary);
        return;
      case 'done': {
        for (const r of msg.results) {
          results.current.push(r);
          rows.current.push(toRow(r));
        }
        setRun({ bytes: msg.bytes, totalBytes: msg.totalBytes, reports: msg.reports, elapsedMs: msg.elapsedMs });
        const meta: AuditMeta = { ...metaRef.current!, issues: msg.issues, durationMs: msg.elapsedMs };
        setAudit({ meta, summary: msg.summary, results: results.current, rows: rows.current, issues: msg.issues, skipped: msg.skipped, cancelled: msg.cancelled });
        setPhase('results');
        setStatus(t(msg.cancelled ? 'audit_status_cancelled' : 'audit_status_done', { count: msg.reports }));
        return;
      }
      case 'text': {
        const w = textWaiters.current.get(msg.index);
        textWaiters.current.delete(msg.index);
        w?.({ text: msg.text, error: msg.error });
        return;
      }
      case 'error':
        setError(msg.message);
        setBusy(false);
        return;
    }
  }), [services]);

  // retention: audits older than the settings' period go, as interviews do (issue #5 §3)
  useEffect(() => {
    void services.retentionDays().then((days) => services.repo.purgeOlderThan(services.now(), days)).catch(() => {});
  }, [services]);

  const addFiles = useCallback((list: File[]) => {
    if (!list.length) return;
    setError('');
    setBusy(true);
    services.post({ type: 'add', files: list });
  }, [services]);

  const start = async () => {
    const usable = files.filter((f) => !f.error);
    const missing = usable.find((f) => (f.kind === 'csv' || (f.kind === 'json' && f.headers?.length)) && !mappings[f.id]?.text);
    if (missing) {
      setError(t('audit_choose_text_column', { name: missing.name }));
      return;
    }
    // rules off, severities, extra terms and allowlist in force, recorded with the audit (issue #5 §2)
    const config = await services.lintConfig();
    results.current = [];
    rows.current = [];
    startedAt.current = new Date(services.now()).toISOString();
    const usedMappings = Object.fromEntries(usable.map((f) => [f.id, clean(mappings[f.id] ?? {})]));
    const firstMapping = usable.find((f) => f.kind === 'csv' || f.kind === 'json');
    metaRef.current = {
      createdAt: startedAt.current,
      sources: usable.map((f) => f.name),
      settings: { keepTexts, ...(firstMapping ? { mapping: usedMappings[firstMapping.id] } : {}), config: "réglages en vigueur dans l'extension", lint: describeLintConfig(config) },
      tool: { name: 'Cadre', version: services.version },
    };
    setAudit(undefined);
    setDetail(null);
    setLiveSummary(undefined);
    setRun({ bytes: 0, totalBytes: usable.reduce((a, f) => a + f.size, 0), reports: 0, elapsedMs: 0 });
    setPhase('running');
    setStatus(t('audit_status_running'));
    services.post({ type: 'start', mappings: usedMappings, keepTexts, config });
  };

  const reset = () => {
    services.post({ type: 'reset' });
    results.current = [];
    rows.current = [];
    setAudit(undefined);
    setDetail(null);
    setPhase('import');
    setStatus('');
    setError('');
  };

  const fetchText = useCallback(async (index: number): Promise<{ text?: string; error?: string }> => {
    if (audit?.fromHistory) {
      const r = audit.results.find((x) => x.index === index);
      return r?.text !== undefined ? { text: r.text } : { error: t('audit_text_not_kept') };
    }
    return new Promise((resolve) => {
      textWaiters.current.set(index, resolve);
      services.post({ type: 'text', index });
    });
  }, [audit, services]);

  const save = async () => {
    if (!audit) return;
    const id = await services.repo.save({ kind: 'batch', source: audit.meta.sources.join(', '), meta: audit.meta, summary: audit.summary, reports: audit.results }, services.now());
    setAudit({ ...audit, savedId: id });
    setStatus(t('audit_status_saved'));
  };

  const openFromHistory = async (stored: StoredAudit) => {
    const count = await services.repo.countReports(stored.id!);
    const all: AuditReportResult[] = [];
    for (let offset = 0; offset < count; offset += 5000) all.push(...(await services.repo.reports(stored.id!, offset, 5000)));
    setAudit({
      meta: { ...stored.meta, issues: stored.issues }, summary: stored.summary, results: all, rows: all.map(toRow),
      issues: stored.issues, skipped: 0, cancelled: false, savedId: stored.id, fromHistory: true,
    });
    setDetail(null);
    setPhase('results');
    setTab('audit');
    setStatus(t('audit_status_opened', { date: formatDateTime(stored.createdAt, language) }));
  };

  const detailResult = useMemo(() => (audit && detail !== null ? audit.results.find((r) => r.index === detail) : undefined), [audit, detail]);

  return (
    <div className="audit">
      <header className="audit-header">
        <h1>{t('audit_title')}</h1>
        <nav aria-label={t('audit_sections')}>
          <button type="button" aria-pressed={tab === 'audit'} onClick={() => setTab('audit')}>{t('audit_tab_audit')}</button>{' '}
          <button type="button" aria-pressed={tab === 'history'} onClick={() => setTab('history')}>{t('audit_tab_history')}</button>
        </nav>
      </header>
      <div className="visually-hidden" role="status" aria-live="polite">{status}</div>
      {error && <p className="error" role="alert">{error}</p>}

      {tab === 'history' && <AuditHistoryPanel repo={services.repo} onOpen={openFromHistory} />}

      {tab === 'audit' && phase === 'import' && (
        <AuditImportPanel
          files={files}
          busy={busy}
          mappings={mappings}
          keepTexts={keepTexts}
          onAdd={addFiles}
          onRemove={(id) => services.post({ type: 'remove', id })}
          onMapping={(id, m) => setMappings((prev) => ({ ...prev, [id]: m }))}
          onKeepTexts={setKeepTexts}
          onStart={() => void start()}
        />
      )}

      {tab === 'audit' && phase === 'running' && (
        <>
          <AuditProgressPanel run={run} onCancel={() => services.post({ type: 'cancel' })} />
          {liveSummary && <AuditSummaryPanel summary={liveSummary} live />}
        </>
      )}

      {tab === 'audit' && phase === 'results' && audit && (
        <>
          {audit.cancelled && <p className="warning">{t('audit_cancelled_note')}</p>}
          {audit.issues.length > 0 && (
            <details className="issues" open={audit.issues.some((i) => i.fatal)}>
              <summary>{t(`audit_issues_${pluralOf(audit.issues.length, language)}`, { count: audit.issues.length })}</summary>
              {/* the importers' messages are shared with the French CLI and quote the file: French */}
              <ul>{audit.issues.map((i, k) => <li key={k} className={i.fatal ? 'error' : undefined}>{t('audit_issue', { source: i.source, message: i.message })}</li>)}</ul>
            </details>
          )}
          <AuditSummaryPanel summary={audit.summary} />
          <div className="audit-actions">
            <AuditExportBar audit={audit} rules={services.rules} download={services.download} />
            <div className="save">
              {audit.savedId === undefined
                ? <button type="button" onClick={() => void save()}>{t('audit_save')}</button>
                : <span className="ok">{t('audit_saved')}</span>}
              {!audit.fromHistory && <button type="button" onClick={reset}>{t('audit_new')}</button>}
            </div>
          </div>
          <AuditResultsTable rows={audit.rows} summary={audit.summary} selected={detail} onOpen={setDetail} />
          {detailResult && (
            <AuditReportDetail
              key={detailResult.index}
              result={detailResult}
              fetchText={fetchText}
              lint={services.lint}
              rules={services.rules}
              onClose={() => setDetail(null)}
            />
          )}
        </>
      )}
    </div>
  );
}

function clean(m: Partial<ColumnMapping>): Partial<ColumnMapping> {
  const out: Partial<ColumnMapping> = {};
  for (const k of ['text', 'id', 'author', 'type', 'date'] as const) out[k] = m[k] || undefined;
  return out;
}
