/**
 * The record the side panel shows while it writes. A change is shown at once (a controlled
 * checkbox must not flip back while IndexedDB writes), then the store's live query confirms it.
 * But the live query may still emit the state of an older write after that change — the timer's
 * « Démarrer » written just before an item is ticked — and showing it would untick the item until
 * the next emission. So while writes of this panel are in flight, store emissions are held back;
 * when the last one settles, the newer of its committed record and the last emission is shown
 * (the last emission alone when the write failed: the change did not happen).
 *
 * Pure: the panel passes React's state setter as `show`.
 */
export interface Stamped {
  updatedAt: number;
}

export interface OptimisticRecord<T extends Stamped> {
  /** an emission of the store (undefined: no record yet) */
  fromStore(r: T | undefined): void;
  /** a change made here, stamped `now`, shown at once; call `settled` when its write ends */
  change(change: (r: T) => T, now: number): boolean;
  /** the write of a change ended: the committed record, or undefined when it failed */
  settled(saved: T | undefined): void;
}

export function createOptimisticRecord<T extends Stamped>(show: (r: T | undefined) => void): OptimisticRecord<T> {
  let pending = 0;
  let stored: T | undefined;
  let shown: T | undefined;
  let heard = false;
  const display = (r: T | undefined) => { shown = r; show(r); };
  return {
    fromStore(r) {
      stored = r;
      heard = true;
      if (pending === 0) display(r);
    },
    change(change, now) {
      if (!shown) return false;
      pending++;
      display({ ...change(shown), updatedAt: now });
      return true;
    },
    settled(saved) {
      if (pending > 0) pending--;
      if (pending > 0) return;
      if (saved && (!stored || saved.updatedAt >= stored.updatedAt)) display(saved);
      else if (heard) display(stored);
    },
  };
}
