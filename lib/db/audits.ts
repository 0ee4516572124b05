/**
 * Audit history (issue #5 §3), in its own IndexedDB database `cadre-audits` (Dexie), opened by the
 * audit page and the side panel only. An audit keeps its date, sources, settings, aggregates and,
 * per report, the findings as rule + category + offsets + masked excerpt: **no report text**
 * unless the person who ran it chose to keep texts for that audit (RGPD art. 5.1.c and 25).
 * Audits older than the retention period are purged, like interviews; each can be deleted.
 *
 * @example
 *   const repo = createAuditRepository(createAuditDb());
 *   const id = await repo.save({ kind: 'batch', meta, summary, reports }, Date.now());
 *   await repo.purgeOlderThan(Date.now(), 30);
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { z } from 'zod';
import type { AuditSummary } from '../audit/aggregate.ts';
import type { AuditMeta } from '../audit/export.ts';
import type { AuditFinding, AuditReportResult, ImportIssue } from '../audit/types.ts';

const DAY_MS = 86_400_000;

export interface StoredAudit {
  id?: number;
  createdAt: number;
  /** a batch of files, or one page ("Auditer cette page") */
  kind: 'batch' | 'page';
  /** what was audited, for the list: file names, or the page title */
  source: string;
  meta: AuditMeta;
  summary: AuditSummary;
  /** the audit kept report texts (explicit choice) */
  keepTexts: boolean;
  issues: ImportIssue[];
}

/** One report of an audit: metadata and findings; `text` only when the audit kept texts. */
export interface StoredReport extends AuditReportResult {
  auditId: number;
}

export type AuditDb = Dexie & {
  audits: EntityTable<StoredAudit, 'id'>;
  reports: Dexie.Table<StoredReport, [number, number]>;
};

export const AUDIT_DB_NAME = 'cadre-audits';

/** Open (lazily) the audit database. Tests pass fake-indexeddb through `options`. */
export function createAuditDb(name = AUDIT_DB_NAME, options?: DexieOptions): AuditDb {
  const db = new Dexie(name, options) as AuditDb;
  db.version(1).stores({ audits: '++id, createdAt', reports: '[auditId+index], auditId' });
  return db;
}

const severity = z.enum(['error', 'warning', 'info']);
const counts = z.object({ error: z.number(), warning: z.number(), info: z.number(), total: z.number() });
const group = z.object({ reports: z.number(), reportsWithError: z.number(), findings: counts });
const emptySummary: AuditSummary = {
  reports: 0, reportsWithoutError: 0, shareWithoutError: 1, reportsClean: 0, characters: 0,
  findings: { error: 0, warning: 0, info: 0, total: 0 }, byCategory: {}, byRule: {}, byAuthor: {}, byType: {},
};
const summarySchema = z.object({
  reports: z.number(), reportsWithoutError: z.number(), shareWithoutError: z.number(), reportsClean: z.number().catch(0),
  characters: z.number().catch(0), findings: counts, byCategory: z.record(z.string(), counts),
  byRule: z.record(z.string(), counts), byAuthor: z.record(z.string(), group).catch({}), byType: z.record(z.string(), group).catch({}),
});
const auditSchema = z.object({
  id: z.number(),
  createdAt: z.number(),
  kind: z.enum(['batch', 'page']).catch('batch'),
  source: z.string().catch(''),
  meta: z.object({}).passthrough().catch({}),
  summary: summarySchema.catch(emptySummary),
  keepTexts: z.boolean().catch(false),
  issues: z.array(z.object({ source: z.string(), line: z.number().optional(), message: z.string(), fatal: z.boolean() })).catch([]),
});
const findingSchema = z.object({
  rule: z.string(), category: z.string(), severity, confidence: z.enum(['high', 'medium', 'low']).catch('high'),
  start: z.number(), end: z.number(), line: z.number().catch(1), column: z.number().catch(1), excerpt: z.string().catch(''),
  message: z.string().catch(''), text: z.string().optional(),
});

/** A stored audit, repaired (STYLE.md §10); undefined when it cannot be (no id or date). */
export function repairAudit(raw: unknown): StoredAudit | undefined {
  const r = auditSchema.safeParse(raw);
  return r.success ? (r.data as unknown as StoredAudit) : undefined;
}

/** Findings that do not validate are dropped, never shown half-broken. */
function repairFindings(raw: unknown): AuditFinding[] {
  if (!Array.isArray(raw)) return [];
  const out: AuditFinding[] = [];
  for (const f of raw) {
    const r = findingSchema.safeParse(f);
    if (r.success) out.push(r.data as AuditFinding);
  }
  return out;
}

/** Strip what an audit without `keepTexts` must not store. */
export function toStoredReport(auditId: number, r: AuditReportResult, keepTexts: boolean): StoredReport {
  const out: StoredReport = { ...r, auditId, findings: keepTexts ? r.findings : r.findings.map(({ text: _t, ...f }) => f) };
  if (!keepTexts) delete out.text;
  return out;
}

export interface SaveAuditInput {
  kind: 'batch' | 'page';
  source: string;
  meta: AuditMeta;
  summary: AuditSummary;
  reports: Iterable<AuditReportResult>;
}

export interface AuditRepository {
  /** save an audit and its reports in one transaction; returns its id */
  save(input: SaveAuditInput, now: number): Promise<number>;
  /** audits, newest first, without their reports */
  list(): Promise<StoredAudit[]>;
  get(id: number): Promise<StoredAudit | undefined>;
  /** reports of an audit, in input order, paged */
  reports(auditId: number, offset?: number, limit?: number): Promise<StoredReport[]>;
  countReports(auditId: number): Promise<number>;
  delete(id: number): Promise<void>;
  /** delete audits older than `retentionDays`; returns how many */
  purgeOlderThan(now: number, retentionDays: number): Promise<number>;
  clearAll(): Promise<void>;
}

export function createAuditRepository(db: AuditDb, options: { writeChunk?: number } = {}): AuditRepository {
  // reports are written in bulk chunks: one put per report would take minutes for 100,000
  const writeChunk = options.writeChunk ?? 2000;
  const removeAudits = async (ids: number[]) => {
    if (!ids.length) return;
    await db.transaction('rw', db.audits, db.reports, async () => {
      await db.reports.where('auditId').anyOf(ids).delete();
      await db.audits.bulkDelete(ids);
    });
  };
  return {
    async save(input, now) {
      const keepTexts = input.meta.settings.keepTexts;
      return db.transaction('rw', db.audits, db.reports, async () => {
        const id = (await db.audits.add({
          createdAt: now, kind: input.kind, source: input.source, meta: { ...input.meta, issues: undefined },
          summary: input.summary, keepTexts, issues: input.meta.issues ?? [],
        })) as number;
        let chunk: StoredReport[] = [];
        for (const r of input.reports) {
          chunk.push(toStoredReport(id, r, keepTexts));
          if (chunk.length >= writeChunk) {
            await db.reports.bulkAdd(chunk);
            chunk = [];
          }
        }
        if (chunk.length) await db.reports.bulkAdd(chunk);
        return id;
      });
    },
    async list() {
      const rows = await db.audits.orderBy('createdAt').reverse().toArray();
      return rows.map(repairAudit).filter((a): a is StoredAudit => !!a);
    },
    async get(id) {
      return repairAudit(await db.audits.get(id));
    },
    async reports(auditId, offset = 0, limit = 100) {
      const rows = await db.reports.where('[auditId+index]').between([auditId, Dexie.minKey], [auditId, Dexie.maxKey]).offset(offset).limit(limit).toArray();
      return rows.map((r) => ({ ...r, findings: repairFindings(r.findings) }));
    },
    countReports(auditId) {
      return db.reports.where('auditId').equals(auditId).count();
    },
    delete(id) {
      return removeAudits([id]);
    },
    async purgeOlderThan(now, retentionDays) {
      const ids = (await db.audits.where('createdAt').below(now - retentionDays * DAY_MS).primaryKeys()) as number[];
      await removeAudits(ids);
      return ids.length;
    },
    async clearAll() {
      await db.transaction('rw', db.audits, db.reports, async () => {
        await db.reports.clear();
        await db.audits.clear();
      });
    },
  };
}
