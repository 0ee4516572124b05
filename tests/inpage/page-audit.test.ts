/**
 * "Auditer cette page" in the content script (lib/inpage/page-audit.ts, issue #5 §1), on jsdom
 * pages with the real engine: profile, selection and Readability paths, the settings in force,
 * marks on the live text (through a recording painter), the address without its query string.
 */
import { describe, expect, it } from 'vitest';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency of the project
import { JSDOM } from 'jsdom';
import { createInpageEngine } from '../../lib/inpage/engine.ts';
import { createPageAudit, PAGE_AUDIT_ID } from '../../lib/inpage/page-audit.ts';
import type { EditorAdapter } from '../../lib/editors/adapter.ts';
import type { Mark, Painter } from '../../lib/highlight/painter.ts';
import type { LintConfig } from '../../lib/lint/engine.ts';

const REPORT = "Mme Martin a parlé de son diabète et de son traitement. Son numéro est le 06 11 22 33 44, son courriel marie.martin@example.org.";
const ARTICLE = `<header><nav><a href="/">Accueil</a> · <a href="/dossiers">Dossiers</a></nav></header>
  <main><article><h1>Note d'entretien</h1>
  <p>La personne est venue au rendez-vous prévu pour faire le point sur ses démarches de recherche d'emploi dans la logistique.</p>
  <p id="sensible">Elle a évoqué une dépression qui l'a éloignée de l'emploi pendant deux ans, et un suivi psychiatrique en cours.</p>
  <p>Un atelier sur le CV est proposé pour la semaine prochaine, ainsi qu'une rencontre avec une entreprise du secteur.</p></article></main>
  <footer>Mentions légales</footer>`;

function page(url: string, body: string) {
  const dom = new JSDOM(`<!doctype html><html><head><title>Page 2041</title></head><body>${body}</body></html>`, { url });
  const win = dom.window as unknown as Window & typeof globalThis;
  // jsdom has no layout: scrolling and boxes are no-ops here (the e2e test covers them)
  (win.HTMLElement.prototype as { scrollIntoView(): void }).scrollIntoView = () => {};
  (win.Range.prototype as { getBoundingClientRect(): object }).getBoundingClientRect = () => ({ top: 10, bottom: 20 });
  return win;
}

function recordingPainter() {
  const painted: Array<{ id: string; adapter: EditorAdapter; marks: Mark[] }> = [];
  let active: { id: string | null; index?: number } = { id: null };
  const cleared: string[] = [];
  const painter = {
    paint: (id: string, adapter: EditorAdapter, marks: readonly Mark[]) => { painted.push({ id, adapter, marks: [...marks] }); },
    clear: (id: string) => { cleared.push(id); },
    setActive: (id: string | null, index?: number) => { active = { id, index }; },
    reposition: () => {},
    hit: () => null,
    rects: () => [],
    mode: () => 'highlight' as const,
  } satisfies Painter;
  return { painter, painted, cleared, active: () => active };
}

function setup(url: string, body: string, config: LintConfig = {}) {
  const win = page(url, body);
  const engine = createInpageEngine({ config });
  const rec = recordingPainter();
  const audit = createPageAudit({ win, engine: () => engine, painter: () => rec.painter });
  return { win, rec, audit, run: () => audit.handlers.toContentAuditPage({}, undefined) };
}

const marked = (rec: ReturnType<typeof recordingPainter>) => {
  const last = rec.painted.at(-1)!;
  return last.marks.map((m) => last.adapter.range(m.start, m.end)!.toString());
};

describe('createPageAudit', () => {
  it("reads the demo app's report view through the site profile, lints and marks every finding on the live text", async () => {
    const { win, rec, audit, run } = setup('http://127.0.0.1:4000/compte-rendu.html?dossier=D-2041#x',
      `<header>Suivi Démo</header><main><h1>Dossier</h1><dd id="type-entretien">Diagnostic</dd><div id="compte-rendu-lecture">${REPORT}</div></main>`);
    const before = win.document.body.innerHTML;
    const r = await run();
    if (!r.ok) throw new Error(r.reason);
    expect(r).toMatchObject({ method: 'profile', host: '127.0.0.1:4000', path: '/compte-rendu.html', title: 'Page 2041', text: REPORT });
    expect(JSON.stringify(r)).not.toContain('D-2041');
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['sante', 'telephone', 'email']));
    expect(r.findings.every((f) => f.marked && f.fixes.length === 0)).toBe(true);
    expect(rec.painted.at(-1)!.id).toBe(PAGE_AUDIT_ID);
    expect(marked(rec)).toEqual(r.findings.map((f) => f.text));
    expect(r.settings).toEqual({ rules: {}, extraTerms: {}, allowlist: 0, ignoredPhrases: 0 });
    // "Voir" lights the mark; "Effacer les marques" removes them; the page is only read
    const i = r.findings.findIndex((f) => f.rule === 'telephone');
    await expect(audit.handlers.toContentAuditReveal({ index: i }, undefined)).resolves.toEqual({ ok: true });
    expect(rec.active()).toEqual({ id: PAGE_AUDIT_ID, index: i });
    await expect(audit.handlers.toContentAuditClear({}, undefined)).resolves.toEqual({ ok: true });
    expect(rec.cleared).toContain(PAGE_AUDIT_ID);
    await expect(audit.handlers.toContentAuditReveal({ index: i }, undefined)).resolves.toMatchObject({ ok: false });
    expect(win.document.body.innerHTML).toBe(before);
  });

  it('lints with the settings in force: a rule turned off is absent, and recorded as off', async () => {
    const { run } = setup('http://127.0.0.1:4000/compte-rendu.html', `<div id="compte-rendu-lecture">${REPORT}</div>`, { rules: { sante: 'off', telephone: 'info' } });
    const r = await run();
    if (!r.ok) throw new Error(r.reason);
    expect(r.findings.map((f) => f.rule)).not.toContain('sante');
    expect(r.findings.find((f) => f.rule === 'telephone')!.severity).toBe('info');
    expect(r.settings.rules).toEqual({ sante: 'off', telephone: 'info' });
  });

  it('takes the selection on a page without a profile, and marks inside it only', async () => {
    const { win, rec, run } = setup('https://crm.example.org/notes/2041?q=martin', ARTICLE);
    const p = win.document.getElementById('sensible')!;
    win.document.getSelection()!.selectAllChildren(p);
    const r = await run();
    if (!r.ok) throw new Error(r.reason);
    expect(r.method).toBe('selection');
    expect(r.text).toBe(p.textContent);
    expect(r.path).toBe('/notes/2041');
    expect(r.findings.map((f) => f.rule)).toContain('sante');
    expect(marked(rec)).toEqual(r.findings.map((f) => f.text));
    expect(rec.painted.at(-1)!.adapter.element).toBe(p);
  });

  it('uses Readability on a clone without a profile or a selection, and marks the live page', async () => {
    const { win, rec, run } = setup('https://crm.example.org/notes/2041', ARTICLE);
    const before = win.document.documentElement.outerHTML;
    const r = await run();
    if (!r.ok) throw new Error(r.reason);
    expect(r.method).toBe('readability');
    expect(r.text).toContain('suivi psychiatrique');
    expect(r.text).not.toContain('Mentions légales');
    expect(r.findings.filter((f) => f.rule === 'sante').length).toBeGreaterThanOrEqual(2);
    expect(r.findings.every((f) => f.marked)).toBe(true);
    expect(marked(rec)).toEqual(r.findings.map((f) => f.text));
    expect(win.document.documentElement.outerHTML).toBe(before);
  });

  it('waits for the settings in force before linting (the engine reads them after it loads)', async () => {
    const engine = createInpageEngine();
    let ready = false;
    void engine.ready().then(() => { ready = true; });
    await Promise.resolve();
    expect(ready).toBe(false);
    engine.configure({ config: { rules: { sante: 'off' } } });
    await engine.ready();
    expect(engine.settingsSummary().rules).toEqual({ sante: 'off' });
    expect(engine.reportViewSelector('http://localhost:5173/compte-rendu.html?dossier=D-1')).toBe('#compte-rendu-lecture');
    expect(engine.reportViewSelector('https://crm.example.org/')).toBeUndefined();
  });

  it('says so in French when the page shows no report', async () => {
    const { run } = setup('https://crm.example.org/', '<p>Bonjour</p>');
    await expect(run()).resolves.toEqual({ ok: false, reason: "Aucun compte rendu trouvé sur cette page : sélectionnez son texte, puis relancez l'audit." });
  });
});
