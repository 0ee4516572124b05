import { describe, expect, it } from 'vitest';
import { maskExcerpt, maskMessage } from '../../lib/audit/mask.ts';
import { createReportAuditor, createTypedLinter, interviewTypeId } from '../../lib/audit/lint-report.ts';
import { lint } from '../../lib/lint/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { generateReport } from '../fixtures/audit/generate.mjs';

describe('maskExcerpt', () => {
  it.each([
    ['diabétique', 'd••••••e'],
    ['VIH', 'V•H'],
    ['sclérose en plaques', 's••••••s'],
    ['06 12 34 56 78', '••••••••'],
    ['1 85 05 78 006 084 36', '••••••••'],
    ['FR76 3000 6000 0112 3456 7890 189', 'F•••••••'],
    ['Œdème', 'Œ•••e'],
    ['ab', '••'],
    ['x', '•'],
    ['', ''],
    ['  casier\n judiciaire ', 'c••••••e'],
  ])('%j → %j', (text, masked) => expect(maskExcerpt(text)).toBe(masked));

  it('never contains a digit nor the inner letters of the value', () => {
    for (const v of ['hépatite C', '0612345678', 'jean.dupont@exemple.fr', 'condamné en 2019', 'musulman pratiquant']) {
      const m = maskExcerpt(v);
      expect(m).not.toMatch(/\d/);
      expect(m.replace(/•/g, '').length).toBeLessThanOrEqual(2);
      expect(m.length).toBeLessThanOrEqual(8);
    }
  });
});

describe('maskMessage', () => {
  it('masks any copy of the flagged text in the message', () => {
    expect(maskMessage('« Diabète » : donnée de santé (diabète).', 'Diabète')).toBe('« D•••••e » : donnée de santé (D•••••e).');
    expect(maskMessage('Donnée de santé.', 'diabète')).toBe('Donnée de santé.');
  });
});

describe('createReportAuditor', () => {
  it('keeps no text by default, offsets and masked excerpts only', () => {
    const audit = createReportAuditor();
    const text = 'Vous pouvez écrire à jean.dupont@exemple.fr pour la suite.';
    const r = audit({ index: 3, id: 'A', text, source: 'x.csv', line: 9, author: 'Zoé' });
    expect(r).toMatchObject({ index: 3, id: 'A', source: 'x.csv', line: 9, author: 'Zoé', length: text.length });
    expect(r.text).toBeUndefined();
    const email = r.findings.find((x) => x.rule === 'email')!;
    expect(email).toMatchObject({ category: 'email', start: 21, end: 43, line: 1, column: 22, excerpt: 'j••••••r' });
    expect(email.text).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain('dupont');
  });

  it('keeps texts when the audit asks for them', () => {
    const r = createReportAuditor(undefined, { keepTexts: true })({ index: 0, id: 'A', text: 'Écrire à jean.dupont@exemple.fr.', source: 'x' });
    expect(r.text).toBe('Écrire à jean.dupont@exemple.fr.');
    expect(r.findings.find((x) => x.rule === 'email')!.text).toBe('jean.dupont@exemple.fr');
  });

  it.each([
    ['Premier accueil', 'premier-accueil'],
    ['DIAGNOSTIC', 'diagnostic'],
    ['Co-élaboration de parcours', 'co-elaboration-parcours'],
    ["Préparation d'étape", 'preparation-etape'],
    [" Évaluation finale et co-élaboration de la suite ", 'evaluation-finale'],
    ['Évaluation finale', 'evaluation-finale'],
    ['Entretien de suivi', 'suivi'],
    ['Atelier collectif', 'atelier-collectif'],
  ])('maps the interview type %j to the conductor %j', (type, id) => expect(interviewTypeId(type)).toBe(id));
});

describe('createTypedLinter', () => {
  it('gives exactly lint(text, { document: { interviewType } }) for every conductor', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const lintTyped = createTypedLinter({ rules: { email: 'error' } });
    // each config object costs the engine a full matcher: one per conductor, reused
    for (const c of DEFAULT_CONDUCTORS.slice(0, 4)) {
      const reference = { rules: { email: 'error' as const }, document: { interviewType: c.id } };
      for (let k = 0; k < 5; k++) {
        const text = generateReport(rand, 6, 0.4);
        expect(lintTyped(text, c.libelle)).toEqual(lint(text, reference));
      }
    }
    const t = 'Vous avez relancé deux employeurs.';
    expect(lintTyped(t)).toEqual(lint(t, { rules: { email: 'error' } }));
  }, 60_000);
});
