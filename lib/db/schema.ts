/**
 * The extension's IndexedDB, through Dexie (issue #3 §2). Opened only by extension pages (side
 * panel) and the background: a content script's IndexedDB belongs to the host site (STYLE.md §11).
 * Add versions, never edit an old one; index only what is queried (`updatedAt` for the purge).
 *
 * Nothing here holds a name or a case number in clear: an interview is keyed by the tab it was
 * opened from (`onglet-12`) or by a salted hash of the case id read from the page (`dossier-…`).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { TimerState } from '../timer/machine.ts';

export interface InterviewRecord {
  /** `onglet-<tabId>` or `dossier-<salted hash>` */
  id: string;
  /** conductor id chosen or detected; null until chosen */
  conductorId: string | null;
  /** ids of the ticked checklist items: never free text */
  checked: string[];
  timer: TimerState;
  createdAt: number;
  updatedAt: number;
}

export type CadreDb = Dexie & { interviews: EntityTable<InterviewRecord, 'id'> };

export const DB_NAME = 'cadre';

/** Open (lazily) the database. Tests pass fake-indexeddb through `options`. */
export function createDb(name = DB_NAME, options?: DexieOptions): CadreDb {
  const db = new Dexie(name, options) as CadreDb;
  db.version(1).stores({ interviews: 'id, updatedAt' });
  return db;
}
