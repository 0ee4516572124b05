import { describe, expect, it } from 'vitest';
import { countsText, expectedText, groupFindings, type PanelFinding } from '../../components/findings/group.ts';

const f = (rule: string, category: string, severity: PanelFinding['severity'], start: number, text: string, fixes: PanelFinding['fixes'] = []): PanelFinding => ({
  rule, category, severity, confidence: 'high', start, end: start + text.length, text, message: '', explanation: '', references: [], fixes,
});

describe("the panel's findings list as data", () => {
  it('groups by severity (errors first) then category in the engine order, findings in text order', () => {
    const groups = groupFindings([
      f('jugement', 'jugement', 'warning', 50, 'paresseux'),
      f('telephone', 'telephone', 'error', 40, '06 11 22 33 44'),
      f('sante', 'sante', 'error', 30, 'asthme'),
      f('sante', 'sante', 'error', 5, 'diabète'),
      f('personne-nous', 'personne', 'info', 0, 'Nous'),
    ]);
    expect(groups.map((g) => [g.severity, g.categories.map((c) => [c.category, c.findings.map((x) => x.text)])])).toEqual([
      ['error', [['sante', ['diabète', 'asthme']], ['telephone', ['06 11 22 33 44']]]],
      ['warning', [['jugement', ['paresseux']]]],
      ['info', [['personne', ['Nous']]]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it('says the counts in French, singular and plural', () => {
    expect(countsText([])).toBe('Aucun signalement dans le compte rendu.');
    expect(countsText([f('sante', 'sante', 'error', 0, 'asthme')])).toBe('1 signalement : 1 erreur.');
    expect(countsText([f('a', 'sante', 'error', 0, 'x'), f('b', 'sante', 'error', 2, 'y'), f('c', 'jugement', 'warning', 4, 'z'), f('d', 'style', 'info', 6, 'w')]))
      .toBe('4 signalements : 2 erreurs, 1 avertissement, 1 information.');
  });

  it('knows the text a fix replaces when it lies inside the finding, not otherwise', () => {
    const inside = f('sante', 'sante', 'error', 10, 'un diabète', [{ start: 13, end: 20, replacement: 'x', label: '' }]);
    expect(expectedText(inside, 0)).toBe('diabète');
    const wider = f('telephone', 'telephone', 'warning', 10, '06 11', [{ start: 7, end: 15, replacement: '', label: '' }]);
    expect(expectedText(wider, 0)).toBeUndefined();
    expect(expectedText(inside, 3)).toBeUndefined();
  });
});
