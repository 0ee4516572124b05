import { describe, expect, it } from 'vitest';
import { checklistProgress, DEFAULT_CONDUCTORS, resetChecklist, toggleItem } from '../../lib/conductors/index.ts';

const accueil = DEFAULT_CONDUCTORS[0];

describe('checklist state', () => {
  it('ticks and unticks item ids', () => {
    expect(toggleItem([], 'accueil')).toEqual(['accueil']);
    expect(toggleItem(['accueil', 'demande'], 'accueil')).toEqual(['demande']);
  });
  it('counts progress per phase, ignoring ids of another conductor', () => {
    expect(checklistProgress(accueil, ['accueil', 'objectif', 'consentement', 'signature'])).toEqual([
      { phaseId: 'introduction', done: 2, total: 3 },
      { phaseId: 'deroulement', done: 1, total: 3 },
      { phaseId: 'conclusion', done: 0, total: 4 },
    ]);
  });
  it('resets one phase or all', () => {
    const checked = ['accueil', 'demande', 'travail'];
    expect(resetChecklist(accueil, checked, 'deroulement')).toEqual(['accueil', 'travail']);
    expect(resetChecklist(accueil, checked)).toEqual([]);
  });
});
