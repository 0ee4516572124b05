/**
 * Repository of interview states. Reads are repaired (a damaged field falls back to its default,
 * STYLE.md §10); writes stamp `updatedAt`, which drives the purge after the retention period.
 *
 * @example
 *   const repo = createInterviewRepository(createDb());
 *   const rec = await repo.update('onglet-12', Date.now(), (r) => ({ ...r, checked: [...r.checked, 'accueil'] }));
 *   await repo.purgeOlderThan(Date.now(), 30);
 */
import { z } from 'zod';
import { IDLE_TIMER, repairTimer } from '../timer/machine.ts';
import type { CadreDb, InterviewRecord } from './schema.ts';

const DAY_MS = 86_400_000;

const recordSchema = z.object({
  id: z.string().min(1),
  conductorId: z.string().min(1).nullable().catch(null),
  checked: z.array(z.string().max(80)).max(200).catch([]),
  timer: z.unknown().transform(repairTimer),
  createdAt: z.number().catch(0),
  updatedAt: z.number().catch(0),
});

/** A stored record, repaired; undefined when it cannot be (no id). */
export function repairInterview(raw: unknown): InterviewRecord | undefined {
  const r = recordSchema.safeParse(raw);
  return r.success ? r.data : undefined;
}

export function emptyInterview(id: string, now: number): InterviewRecord {
  return { id, conductorId: null, checked: [], timer: { ...IDLE_TIMER }, createdAt: now, updatedAt: now };
}

export interface InterviewRepository {
  get(id: string): Promise<InterviewRecord | undefined>;
  /** the stored record, or a fresh one (not saved) */
  load(id: string, now: number): Promise<InterviewRecord>;
  save(record: InterviewRecord, now: number): Promise<InterviewRecord>;
  /** read-modify-write in one transaction, so the panel and the background never lose an update */
  update(id: string, now: number, change: (r: InterviewRecord) => InterviewRecord): Promise<InterviewRecord>;
  all(): Promise<InterviewRecord[]>;
  /** delete interviews not touched for `retentionDays`; returns how many */
  purgeOlderThan(now: number, retentionDays: number): Promise<number>;
  clearAll(): Promise<void>;
}

export function createInterviewRepository(db: CadreDb): InterviewRepository {
  const repo: InterviewRepository = {
    async get(id) {
      return repairInterview(await db.interviews.get(id));
    },
    async load(id, now) {
      return (await repo.get(id)) ?? emptyInterview(id, now);
    },
    async save(record, now) {
      const rec = { ...record, updatedAt: now };
      await db.interviews.put(rec);
      return rec;
    },
    update(id, now, change) {
      return db.transaction('rw', db.interviews, async () => {
        const current = (await repo.get(id)) ?? emptyInterview(id, now);
        const next = { ...change(current), id, updatedAt: now };
        await db.interviews.put(next);
        return next;
      });
    },
    async all() {
      return (await db.interviews.toArray()).map(repairInterview).filter((r): r is InterviewRecord => !!r);
    },
    purgeOlderThan(now, retentionDays) {
      return db.interviews.where('updatedAt').below(now - retentionDays * DAY_MS).delete();
    },
    clearAll() {
      return db.interviews.clear();
    },
  };
  return repo;
}
