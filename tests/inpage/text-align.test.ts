/** Extracted report text → live page text (lib/inpage/text-align.ts, issue #5 §1). */
import { describe, expect, it } from 'vitest';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency of the project
import { JSDOM } from 'jsdom';
import { canonical, createAligner } from '../../lib/inpage/text-align.ts';
import { elementText, extractReportText } from '../../lib/audit/extract.ts';
import { buildTextMap } from '../../lib/editors/text-map.ts';
import { lint } from '../../lib/lint/index.ts';

const slice = (s: string, r: { start: number; end: number } | undefined) => (r ? s.slice(r.start, r.end) : undefined);

describe('canonical', () => {
  it('collapses whitespace runs, NBSP included, and keeps a map to the original offsets', () => {
    const c = canonical('  Elle\u00a0 est\n\n  là ');
    expect(c.text).toBe('Elle est là');
    expect(c.map[0]).toBe(2);
    expect(c.map[c.text.indexOf('là')]).toBe(15);
  });
});

describe('createAligner', () => {
  it('maps offsets of the extracted text onto the live text, line by line', () => {
    const extracted = 'Compte rendu\n\nElle est diabétique.\nSuivi prévu.';
    const live = '\n  Compte   rendu\n<nav>Menu</nav>\n   Elle est   diabétique. Suivi\u00a0prévu.\n';
    const align = createAligner(extracted, live);
    const at = (word: string) => { const s = extracted.indexOf(word); return slice(live, align(s, s + word.length)); };
    expect(at('diabétique')).toBe('diabétique');
    expect(at('Compte rendu')).toBe('Compte   rendu');
    expect(at('Suivi prévu')).toBe('Suivi\u00a0prévu');
    expect(align(5, 5)).toBeUndefined();
  });

  it('searches each line after the previous one, so a repeated word is marked where the report has it', () => {
    const extracted = 'Santé\n\nLa santé de la personne : diabète.';
    const live = 'Menu : Santé, diabète, emploi. Santé La santé de la personne : diabète.';
    const align = createAligner(extracted, live);
    const s = extracted.lastIndexOf('diabète');
    const r = align(s, s + 'diabète'.length)!;
    expect(r.start).toBe(live.lastIndexOf('diabète'));
  });

  it('falls back to the finding\'s own words when its line is not in the page as such', () => {
    // Readability dropped "[partager]" from the middle of the line
    const extracted = 'Il a un suivi psychiatrique depuis mai.';
    const live = 'Il a un suivi [partager] psychiatrique depuis mai.';
    const align = createAligner(extracted, live);
    const s = extracted.indexOf('psychiatrique');
    expect(slice(live, align(s, s + 'psychiatrique'.length))).toBe('psychiatrique');
    // a finding spanning two lines
    const two = createAligner('Elle est\nmalade.', 'Elle est malade.');
    expect(slice('Elle est malade.', two(5, 16))).toBe('est malade.');
    expect(createAligner('absent', 'rien ici')(0, 6)).toBeUndefined();
  });

  it('maps every finding of the demo report view (profile and Readability) onto the live DOM text', () => {
    const html = `<!doctype html><html><head><title>Compte rendu — Suivi Démo</title></head><body>
      <header><a href="/">Suivi Démo</a> — compte rendu enregistré</header>
      <main><h1>Compte rendu du dossier D-2041</h1><dl><dt>Type</dt><dd>Diagnostic</dd></dl>
      <h2>Compte rendu</h2>
      <div id="lecture">Mme Martin a parlé de son <b>diabète</b> et de son traitement.<br>Son numéro est le 06 11 22 33 44.
      <p>J'ai proposé un atelier sur le CV. Elle est suivie en psychiatrie depuis 2019, ce qui explique ses absences répétées aux ateliers collectifs.</p></div></main></body></html>`;
    const doc: Document = new JSDOM(html).window.document;
    const root = doc.getElementById('lecture')!;
    for (const [got, liveRoot] of [[extractReportText(doc, { selector: '#lecture' })!, root], [extractReportText(doc)!, doc.body]] as const) {
      const findings = lint(got.text);
      expect(findings.length).toBeGreaterThanOrEqual(3);
      const map = buildTextMap(liveRoot);
      const align = createAligner(got.text, map.text);
      for (const f of findings) expect(slice(map.text, align(f.start, f.end))?.replace(/\s+/g, ' ')).toBe(f.text.replace(/\s+/g, ' '));
    }
    expect(elementText(root)).toContain('diabète');
  });
});
