import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency of the project
import { JSDOM } from 'jsdom';
import { elementText, extractReportText } from '../../lib/audit/extract.ts';
import { lint } from '../../lib/lint/index.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures');
const load = (path: string): Document => new JSDOM(readFileSync(join(ROOT, path), 'utf8'), { url: 'http://127.0.0.1:4173/' + path.split('/').pop() }).window.document;
const html = (body: string): Document => new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).window.document;

const DEMO_REPORT = "Vous êtes venue pour une première présentation du service. Vous avez été informée du traitement de vos données personnelles et avez donné votre accord. Il est convenu que vous participiez à l'atelier CV. Avant le prochain rendez-vous, vous rassemblerez vos attestations de formation.";

describe('extractReportText on the demo app report view', () => {
  it('takes the profile selector first', () => {
    const doc = load('demo/compte-rendu.html');
    expect(extractReportText(doc, { selector: '#compte-rendu-lecture' })).toEqual({ text: DEMO_REPORT, method: 'profile', title: 'Compte rendu — Suivi Démo' });
  });

  it('uses Readability on a clone without a profile, leaving the page untouched', () => {
    const doc = load('demo/compte-rendu.html');
    const before = doc.documentElement.outerHTML;
    const got = extractReportText(doc)!;
    expect(got.method).toBe('readability');
    expect(got.text).toContain(DEMO_REPORT);
    expect(got.text).not.toContain('Suivi Démo — compte rendu enregistré');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to Readability when the profile selector finds nothing or is invalid', () => {
    for (const selector of ['#absent', '##invalide[']) {
      expect(extractReportText(load('demo/compte-rendu.html'), { selector })!.method).toBe('readability');
    }
  });
});

describe('extractReportText on a report view with navigation, sidebar and metadata', () => {
  const doc = load('audit/report-view.html');
  const got = extractReportText(doc)!;

  it('keeps the report paragraphs and drops the chrome', () => {
    expect(got.method).toBe('readability');
    expect(got.text).toContain('Vous avez présenté les trois candidatures envoyées');
    expect(got.text).toContain("Travail demandé avant le prochain rendez-vous : relancer l'entreprise de logistique");
    for (const chrome of ['Statistiques', 'Recherche avancée', 'mentions légales', '__hostState']) expect(got.text).not.toContain(chrome);
  });

  it('keeps paragraph and line breaks', () => {
    expect(got.text).toContain('lourdes.\nNous avons convenu');
    expect(got.text).toContain('à Villeurbanne.\n\nVous nous avez indiqué');
  });

  it('gives a text the engine lints with exact offsets', () => {
    const findings = lint(got.text);
    const email = findings.find((f) => f.rule === 'email');
    expect(email?.text).toBe('karim.benhaddou@exemple.fr');
    for (const f of findings) expect(got.text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('extractReportText: selection', () => {
  const select = (doc: Document, id: string) => {
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById(id)!);
    doc.getSelection()!.addRange(range);
    return doc;
  };

  it('uses the selection when neither a profile nor Readability finds a report', () => {
    const doc = select(html('<div id="a">Menu</div><span id="b">Vous avez relancé hier.</span>'), 'b');
    expect(extractReportText(doc)).toEqual({ text: 'Vous avez relancé hier.', method: 'selection', title: 'T' });
  });

  it('puts the selection before Readability when asked, never before the profile', () => {
    const doc = select(load('audit/report-view.html'), 'cr-sel');
    expect(extractReportText(doc)!.method).toBe('readability');
    expect(extractReportText(doc, { preferSelection: true })).toMatchObject({ method: 'selection', text: expect.stringMatching(/^Vous nous avez indiqué être suivi/) });
    expect(extractReportText(doc, { preferSelection: true, selector: '.cr-body' })!.method).toBe('profile');
  });

  it('returns undefined on an empty page', () => {
    expect(extractReportText(html(''))).toBeUndefined();
  });
});

describe('elementText', () => {
  it.each([
    ['<p>Un  deux\n trois</p><p>quatre</p>', 'Un deux trois\n\nquatre'],
    ['<div>ligne<br>suivante</div><div>bloc</div>', 'ligne\nsuivante\nbloc'],
    ['<ul><li>a</li><li>b <b>gras</b> fin</li></ul>', 'a\nb gras fin'],
    ['<pre>  garde\n  les   espaces</pre>', 'garde\n  les   espaces'],
    ['<p>visible<span hidden>caché</span><script>x()</script><style>p{}</style></p>', 'visible'],
    ['<textarea>Texte du champ\nsur deux lignes</textarea>', 'Texte du champ\nsur deux lignes'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
  ])('%j → %j', (body, text) => expect(elementText(html(`<div id="r">${body}</div>`).getElementById('r')!)).toBe(text));
});
