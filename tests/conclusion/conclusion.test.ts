import { describe, expect, it } from 'vitest';
import { buildConclusion, frenchDate, frenchList, frenchTime } from '../../lib/conclusion/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { lint } from '../../lib/lint/index.ts';

const byId = (id: string) => DEFAULT_CONDUCTORS.find((c) => c.id === id)!;
const allIds = (id: string) => byId(id).phases.flatMap((p) => p.checklist.map((i) => i.id));

describe('conclusion helper', () => {
  it('writes to the person, with the covered items, actions, work and next meeting', () => {
    const text = buildConclusion({
      conductor: byId('premier-accueil'),
      checked: ['demande', 'consentement'],
      actions: ['Participer à l’atelier CV du jeudi.', ' '],
      travail: ['mettre à jour votre CV', 'rassembler vos attestations de formation'],
      nextMeeting: '2026-12-03',
      nextMeetingTime: '14:30',
    });
    expect(text).toBe(
      'Au cours de cet entretien de premier accueil, vous avez abordé votre demande initiale et le traitement de vos données personnelles, pour lequel votre accord a été recueilli. ' +
        'L\'action convenue avec vous est la suivante : participer à l’atelier CV du jeudi. ' +
        'Avant le prochain rendez-vous, vous vous engagez à mettre à jour votre CV et rassembler vos attestations de formation. ' +
        'Votre prochain rendez-vous est fixé au jeudi 3 décembre 2026 à 14 h 30.',
    );
  });

  it('falls back to the objective when nothing is ticked, and lists several actions', () => {
    const text = buildConclusion({ conductor: byId('evaluation-intermediaire'), checked: [], actions: ['relancer deux employeurs', 'CACES R489 à programmer'], travail: [] });
    expect(text).toBe(
      "Cet entretien d'évaluation intermédiaire avait pour objectif : faire le point sur les progrès et ajuster le parcours. " +
        'Les actions convenues avec vous sont les suivantes : relancer deux employeurs ; CACES R489 à programmer.',
    );
  });

  for (const c of DEFAULT_CONDUCTORS) {
    it(`lints clean for « ${c.libelle} » (no personne finding, no error) and satisfies completude`, () => {
      const text = buildConclusion({
        conductor: c,
        checked: allIds(c.id),
        actions: ["s'inscrire à l'atelier de simulation d'entretien", 'contacter deux entreprises de logistique'],
        travail: ['envoyer trois candidatures', 'préparer une liste de questions'],
        nextMeeting: '2027-01-12',
        nextMeetingTime: '09:00',
      });
      const findings = lint(text, { document: { interviewType: c.id } });
      expect(findings.filter((f) => f.category === 'personne')).toEqual([]);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      // the conclusion itself mentions the actions and the work: completude finds them
      expect(findings.filter((f) => f.rule === 'completude').map((f) => f.message).join()).not.toMatch(/actions convenues|travail demandé/);
      expect(text).toMatch(/\bvous\b/);
      expect(text).not.toMatch(/\b(je|j'|nous|notre|nos)\b/i);
    });
  }

  it('formats dates, times and lists in French', () => {
    expect(frenchDate('2026-12-01')).toBe('mardi 1er décembre 2026');
    expect(frenchDate('2026-02-30')).toBeUndefined();
    expect(frenchDate('03/12/2026')).toBeUndefined();
    expect(frenchTime('09:00')).toBe('9 h');
    expect(frenchTime('25:00')).toBeUndefined();
    expect(frenchList(['a', 'b', 'c'])).toBe('a, b et c');
    expect(frenchList([])).toBe('');
  });
});
