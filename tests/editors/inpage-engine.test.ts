/** The heavy half of the in-page assistant (lib/inpage/engine.ts): settings in force, profiles, messages. */
import { describe, expect, it } from 'vitest';
import { createInpageEngine } from '../../lib/inpage/engine.ts';
import { DEMO_SITE_PROFILE } from '../../lib/site-profiles/index.ts';

const REPORT = "Elle est diabétique et suit un traitement. J'ai proposé une formation de cariste.";

describe('createInpageEngine', () => {
  it('lints with the default settings, then with the configured ones, and tells the controller', () => {
    const engine = createInpageEngine();
    expect(engine.lint(REPORT).map((f) => f.rule)).toEqual(expect.arrayContaining(['sante', 'personne-je']));
    let changes = 0;
    const off = engine.onChange(() => changes++);
    engine.configure({ config: { rules: { sante: 'off' } } });
    expect(engine.lint(REPORT).map((f) => f.rule)).not.toContain('sante');
    expect(engine.lint(REPORT).map((f) => f.rule)).toContain('personne-je');
    engine.configure({ config: { allowlist: ['diabétique'] } });
    expect(engine.lint(REPORT).map((f) => f.text)).not.toContain('diabétique');
    expect(engine.lint(REPORT).map((f) => f.text)).toContain('traitement');
    expect(changes).toBe(2);
    off();
    engine.configure({ config: {} });
    expect(changes).toBe(2);
  });

  it('reads the page through the site profiles in force', () => {
    const engine = createInpageEngine();
    const doc = {
      querySelector: (sel: string) => (sel === '#type-entretien'
        ? { value: 'DIAG', textContent: '', getAttribute: () => null }
        : sel === '[data-dossier-id]' ? { textContent: 'D-2041', getAttribute: () => 'D-2041' } : null),
    } as unknown as Pick<Document, 'querySelector'>;
    expect(engine.reportSelector('http://127.0.0.1:4000/entretien.html')).toBe('#compte-rendu');
    expect(engine.pageInfo('http://127.0.0.1:4000/entretien.html?dossier=D-2041', doc)).toEqual({ profileId: 'demo-cadre', interviewType: 'diagnostic', caseId: 'D-2041' });
    expect(engine.pageInfo('https://crm.example.org/x', doc)).toEqual({});
    engine.configure({ profiles: [{ ...DEMO_SITE_PROFILE, id: 'crm', urls: ['https://crm.example.org/*'], reportSelector: '#notes' }] });
    expect(engine.reportSelector('https://crm.example.org/dossier/12')).toBe('#notes');
    expect(engine.reportSelector('http://127.0.0.1:4000/entretien.html')).toBeUndefined();
  });

  it('validates the messages it answers (a bad payload gets no answer)', async () => {
    const engine = createInpageEngine();
    const handle = engine.createHandler({ toContentPageInfo: async () => ({ profileId: 'x' }), toContentIgnore: async () => ({ ok: true }) });
    await expect(handle({ cadre: 1, name: 'toContentPageInfo', payload: {} })).resolves.toEqual({ profileId: 'x' });
    expect(handle({ cadre: 1, name: 'toContentIgnore', payload: { editorId: '', rule: 'sante', text: 'x', everywhere: 'oui' } })).toBeUndefined();
    expect(handle({ name: 'toContentPageInfo', payload: {} })).toBeUndefined();
  });
});
