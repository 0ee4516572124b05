import { describe, expect, it } from 'vitest';
import { createOptimisticRecord } from '../../lib/db/optimistic.ts';

type Rec = { updatedAt: number; checked: string[]; timer: 'idle' | 'running' };
const rec = (updatedAt: number, checked: string[], timer: Rec['timer'] = 'idle'): Rec => ({ updatedAt, checked, timer });
const tick = (id: string) => (r: Rec): Rec => ({ ...r, checked: [...r.checked, id] });

function setup() {
  const shown: Array<Rec | undefined> = [];
  const o = createOptimisticRecord<Rec>((r) => shown.push(r));
  return { o, shown, last: () => shown[shown.length - 1] };
}

describe('createOptimisticRecord', () => {
  it('shows store emissions when nothing is being written', () => {
    const { o, last } = setup();
    o.fromStore(rec(1, []));
    expect(last()).toEqual(rec(1, []));
    o.fromStore(rec(2, ['a']));
    expect(last()).toEqual(rec(2, ['a']));
    o.fromStore(undefined);
    expect(last()).toBeUndefined();
  });

  it('shows a change at once, stamped', () => {
    const { o, last } = setup();
    o.fromStore(rec(1, []));
    expect(o.change(tick('a'), 5)).toBe(true);
    expect(last()).toEqual(rec(5, ['a']));
  });

  it('does not change what it has not shown yet', () => {
    const { o, shown } = setup();
    expect(o.change(tick('a'), 5)).toBe(false);
    expect(shown).toEqual([]);
  });

  it('keeps a tick shown when the store then emits an older write (the timer started just before)', () => {
    const { o, shown, last } = setup();
    o.fromStore(rec(1, []));
    o.change((r) => ({ ...r, timer: 'running' }), 2); // « Démarrer »
    o.change(tick('a'), 3); // the item ticked before the timer's write is confirmed
    o.settled(rec(2, [], 'running')); // the timer's write ends: the tick's is still in flight
    o.fromStore(rec(2, [], 'running')); // its emission arrives after the tick
    expect(shown.every((r, i) => i < 2 || r!.checked.includes('a'))).toBe(true);
    expect(last()).toEqual(rec(3, ['a'], 'running'));
    o.settled(rec(3, ['a'], 'running'));
    o.fromStore(rec(3, ['a'], 'running'));
    expect(last()).toEqual(rec(3, ['a'], 'running'));
  });

  it('shows the newer of the committed record and an emission held back', () => {
    const { o, last } = setup();
    o.fromStore(rec(1, []));
    o.change(tick('a'), 2);
    o.fromStore(rec(4, ['a', 'b'])); // the background wrote after this panel's write
    expect(last()).toEqual(rec(2, ['a']));
    o.settled(rec(2, ['a']));
    expect(last()).toEqual(rec(4, ['a', 'b']));
  });

  it('goes back to the stored record when the write fails', () => {
    const { o, last } = setup();
    o.fromStore(rec(1, []));
    o.change(tick('a'), 2);
    o.settled(undefined);
    expect(last()).toEqual(rec(1, []));
  });
});
