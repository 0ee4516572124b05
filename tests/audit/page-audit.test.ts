/** "Auditer cette page" as data (lib/audit/page-audit.ts, settings-summary.ts; issue #5 §1). */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { pageAuditToSave, pageSourceLabel, safePath } from '../../lib/audit/page-audit.ts';
import { describeLintConfig } from '../../lib/audit/settings-summary.ts';
import { createAuditDb, createAuditRepository } from '../../lib/db/audits.ts';
import { lint } from '../../lib/lint/index.ts';

const TEXT = "Mme Martin est venue.\nElle a parlé de son diabète. Son numéro est le 06 11 22 33 44.";

describe('pageSourceLabel', () => {
  it('keeps the host and the path without query, fragment or identifiers; masks the digits of the title', () => {
    expect(safePath('/dossiers/2041/compte-rendu')).toBe('/dossiers/…/compte-rendu');
    expect(safePath('/beneficiaires/jean.dupont@example.org/notes?dossier=D-2041#cr')).toBe('/beneficiaires/…/notes');
    expect(pageSourceLabel({ title: 'Dossier  2041 — Suivi', host: 'crm.example.org', path: '/dossiers/2041/cr' })).toBe('Dossier •••• — Suivi (crm.example.org/dossiers/…/cr)');
    expect(pageSourceLabel({ host: '127.0.0.1:4000', path: '/' })).toBe('127.0.0.1:4000');
    expect(pageSourceLabel({ title: 'x'.repeat(300), host: 'h', path: '/' }).length).toBe(160);
  });
});

describe('describeLintConfig', () => {
  it('keeps rule states and counts the lists', () => {
    expect(describeLintConfig(undefined)).toEqual({ rules: {}, extraTerms: {}, allowlist: 0, ignoredPhrases: 0 });
    expect(describeLintConfig({
      rules: { sante: 'off', email: { severity: 'info' }, nir: { enabled: false }, completude: { options: { conducteurs: [] } } },
      extraTerms: { sante: ['fibromyalgie', { lemma: 'hernie discale' }], religion: [] },
      allowlist: ['France Travail'],
      ignoredPhrases: ['Mon Parcours Handicap', 'Cap emploi'],
    })).toEqual({ rules: { completude: 'on', email: 'info', nir: 'off', sante: 'off' }, extraTerms: { sante: 2 }, allowlist: 1, ignoredPhrases: 2 });
  });
});

describe('pageAuditToSave', () => {
  const findings = lint(TEXT);
  const base = {
    text: TEXT, findings, method: 'profile' as const, label: 'Compte rendu (127.0.0.1/compte-rendu.html)',
    settings: describeLintConfig({ rules: { email: 'off' } }), createdAt: '2026-11-24T09:00:00.000Z', version: '1.2.3',
  };

  it('keeps no report text and no flagged text by default: masked excerpts, settings and extraction recorded', () => {
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['sante', 'telephone']));
    const input = pageAuditToSave({ ...base, keepTexts: false });
    const [report] = [...input.reports];
    expect(input.kind).toBe('page');
    expect(input.source).toBe(base.label);
    expect(report.text).toBeUndefined();
    expect(report.length).toBe(TEXT.length);
    expect(report.findings).toHaveLength(findings.length);
    const phone = report.findings.find((f) => f.rule === 'telephone')!;
    expect(phone).toMatchObject({ line: 2, excerpt: '••••••••' });
    expect(phone.text).toBeUndefined();
    expect(JSON.stringify(input)).not.toMatch(/diabète|06 11 22 33 44|Martin/);
    expect(input.summary).toMatchObject({ reports: 1, findings: { total: findings.length } });
    expect(input.meta.settings).toEqual({ keepTexts: false, config: "réglages en vigueur dans l'extension", lint: base.settings, extraction: 'profile' });
    expect(input.meta.tool).toEqual({ name: 'Cadre', version: '1.2.3' });
  });

  it('keeps the text when asked, and the history stores it only then', async () => {
    const repo = createAuditRepository(createAuditDb('page-audit', { indexedDB: new IDBFactory(), IDBKeyRange }));
    const kept = await repo.save(pageAuditToSave({ ...base, keepTexts: true }), 1);
    const masked = await repo.save(pageAuditToSave({ ...base, keepTexts: false, label: '  ' }), 2);
    const [withText] = await repo.reports(kept);
    expect(withText.text).toBe(TEXT);
    expect(withText.findings.find((f) => f.rule === 'sante')!.text).toBe('diabète');
    const [without] = await repo.reports(masked);
    expect(without.text).toBeUndefined();
    expect(JSON.stringify(without)).not.toContain('diabète');
    const list = await repo.list();
    expect(list.map((a) => [a.kind, a.source, a.keepTexts])).toEqual([['page', 'Page auditée', false], ['page', base.label, true]]);
    expect(list[0].meta.settings.lint).toEqual({ rules: { email: 'off' }, extraTerms: {}, allowlist: 0, ignoredPhrases: 0 });
  });
});
