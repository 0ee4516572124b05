import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createAuditDb, createAuditRepository, repairAudit, type AuditRepository } from '../../lib/db/audits.ts';
import { createAggregator } from '../../lib/audit/aggregate.ts';
import { createReportAuditor } from '../../lib/audit/lint-report.ts';
import type { AuditMeta } from '../../lib/audit/export.ts';
import type { AuditReportResult } from '../../lib/audit/types.ts';

const DAY = 86_400_000;
const TEXTS = [
  'Vous pouvez écrire à lucie.marchand@exemple.fr pour la suite.',
  'Vous avez relancé deux employeurs de la logistique.',
  'Contact : paul.girard@exemple.fr ou au secrétariat.',
];

function audit(keepTexts: boolean): { meta: AuditMeta; reports: AuditReportResult[]; summary: ReturnType<ReturnType<typeof createAggregator>['summary']> } {
  const lintOne = createReportAuditor(undefined, { keepTexts });
  const reports = TEXTS.map((text, index) => lintOne({ index, id: `CR-${index}`, text, source: 'export.csv', line: index + 2, author: 'Zoé' }));
  const agg = createAggregator();
  reports.forEach((r) => agg.add(r));
  const meta: AuditMeta = { createdAt: new Date(0).toISOString(), sources: ['export.csv'], settings: { keepTexts }, tool: { name: 'Cadre', version: '0' }, issues: [{ source: 'export.csv', line: 9, message: 'ligne 9 : …', fatal: false }] };
  return { meta, reports, summary: agg.summary() };
}

let repo: AuditRepository;
let db: ReturnType<typeof createAuditDb>;
beforeEach(() => {
  db = createAuditDb('cadre-audits-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  repo = createAuditRepository(db);
});

describe('audit history', () => {
  it('stores aggregates and findings without any report text by default', async () => {
    const a = audit(false);
    const id = await repo.save({ kind: 'batch', source: 'export.csv', ...a }, 1000);
    const [stored] = await repo.list();
    expect(stored).toMatchObject({ id, createdAt: 1000, kind: 'batch', source: 'export.csv', keepTexts: false });
    expect(stored.summary).toEqual(a.summary);
    expect(stored.issues).toHaveLength(1);
    const reports = await repo.reports(id);
    expect(reports.map((r) => r.id)).toEqual(['CR-0', 'CR-1', 'CR-2']);
    const f = reports[0].findings.find((x) => x.rule === 'email')!;
    expect(f).toMatchObject({ category: 'email', start: 21, end: 46, excerpt: 'l••••••r' });
    // nothing in the database holds the texts or the addresses
    const dump = JSON.stringify([await db.audits.toArray(), await db.reports.toArray()]);
    expect(dump).not.toContain('marchand');
    expect(dump).not.toContain('relancé');
  });

  it('strips texts even if the results carried them, unless the audit keeps texts', async () => {
    const withTexts = audit(true);
    const stripped = await repo.save({ kind: 'batch', source: 'x', ...withTexts, meta: { ...withTexts.meta, settings: { keepTexts: false } } }, 1);
    expect(JSON.stringify(await repo.reports(stripped))).not.toContain('marchand');
    const kept = await repo.save({ kind: 'batch', source: 'x', ...withTexts }, 2);
    const r = await repo.reports(kept);
    expect(r[0].text).toBe(TEXTS[0]);
    expect(r[0].findings.find((x) => x.rule === 'email')!.text).toBe('lucie.marchand@exemple.fr');
  });

  it('lists newest first, pages reports, deletes one audit with its reports', async () => {
    const a = await repo.save({ kind: 'batch', source: 'a', ...audit(false) }, 10);
    const b = await repo.save({ kind: 'page', source: 'Compte rendu — Suivi Démo', ...audit(false) }, 20);
    expect((await repo.list()).map((x) => x.id)).toEqual([b, a]);
    expect((await repo.reports(a, 1, 1)).map((r) => r.id)).toEqual(['CR-1']);
    expect(await repo.countReports(a)).toBe(3);
    await repo.delete(a);
    expect((await repo.list()).map((x) => x.id)).toEqual([b]);
    expect(await repo.countReports(a)).toBe(0);
    expect(await repo.countReports(b)).toBe(3);
  });

  it('purges audits older than the retention period', async () => {
    const now = 100 * DAY;
    const old = await repo.save({ kind: 'batch', source: 'old', ...audit(false) }, now - 31 * DAY);
    const recent = await repo.save({ kind: 'batch', source: 'recent', ...audit(false) }, now - 2 * DAY);
    expect(await repo.purgeOlderThan(now, 30)).toBe(1);
    expect((await repo.list()).map((x) => x.id)).toEqual([recent]);
    expect(await repo.countReports(old)).toBe(0);
    await repo.clearAll();
    expect(await repo.list()).toEqual([]);
    expect(await db.reports.count()).toBe(0);
  });

  it('repairs damaged rows on read', async () => {
    expect(repairAudit({ id: 1, createdAt: 5, summary: 'cassé', keepTexts: 'oui' })).toMatchObject({ id: 1, kind: 'batch', keepTexts: false, summary: { reports: 0 } });
    expect(repairAudit({ createdAt: 5 })).toBeUndefined();
    const id = await repo.save({ kind: 'batch', source: 'a', ...audit(false) }, 1);
    await db.reports.update([id, 0], { findings: [{ rule: 'email' }, ...(await repo.reports(id))[0].findings] } as never);
    expect((await repo.reports(id, 0, 1))[0].findings.every((f) => typeof f.start === 'number')).toBe(true);
  });

  // fake-indexeddb is slow on large writes (Chromium's IndexedDB writes 100,000 rows in seconds)
  it('saves reports in several write chunks', async () => {
    const base = audit(false).reports;
    const many = function* () { for (let i = 0; i < 450; i++) yield { ...base[i % 3], index: i, id: `CR-${i}` }; };
    const id = await createAuditRepository(db, { writeChunk: 100 }).save({ kind: 'batch', source: 'big', ...audit(false), reports: many() }, 1);
    expect(await repo.countReports(id)).toBe(450);
    expect((await repo.reports(id, 449, 5)).map((r) => r.id)).toEqual(['CR-449']);
  }, 60_000);
});
