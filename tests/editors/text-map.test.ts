// @vitest-environment happy-dom
/** The contenteditable text map (lib/editors/text-map.ts): text block by block, offsets ↔ DOM points. */
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetOf, pointAt, rangeOf } from '../../lib/editors/text-map.ts';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('buildTextMap', () => {
  it('joins blocks with one newline and keeps inline formatting inside the line', () => {
    const el = editable('<h2>Entretien</h2><p>Objet : <b>point</b> sur le <i>projet <u>pro</u></i>.</p><ul><li>Un</li><li>Deux</li></ul>');
    expect(buildTextMap(el).text).toBe('Entretien\nObjet : point sur le projet pro.\nUn\nDeux');
  });

  it('ignores source indentation between blocks but keeps spaces inside a line', () => {
    const el = editable('\n  <p>Elle  est venue.</p>\n  <p> Suite</p>\n');
    expect(buildTextMap(el).text).toBe('Elle  est venue.\n Suite');
  });

  it('turns <br> into a newline, and a trailing <br> of a block (ProseMirror, Quill) into one newline only', () => {
    expect(buildTextMap(editable('<p>Ligne un<br>Ligne deux</p>')).text).toBe('Ligne un\nLigne deux');
    expect(buildTextMap(editable('<p>Un<br class="ProseMirror-trailingBreak"></p><p>Deux</p>')).text).toBe('Un\nDeux');
    expect(buildTextMap(editable('<p><br></p><p>Après une ligne vide</p>')).text).toBe('\nAprès une ligne vide');
  });

  it('skips non-editable islands, scripts and form controls', () => {
    const el = editable('<p>Avant <span contenteditable="false">widget</span>après</p><script>x()</script><p>Fin</p>');
    expect(buildTextMap(el).text).toBe('Avant après\nFin');
  });

  it('maps nested blocks (blockquote > p, div > div) like the rendered text', () => {
    const el = editable('<div><div>A</div><blockquote><p>B</p></blockquote></div><div>C</div>');
    expect(buildTextMap(el).text).toBe('A\nB\nC');
  });
});

describe('rangeOf / pointAt', () => {
  it('builds a Range over the right text nodes, across inline formatting', () => {
    const el = editable('<p>Elle est <b>diabé</b>tique et suit un traitement.</p>');
    const map = buildTextMap(el);
    const start = map.text.indexOf('diabétique');
    const range = rangeOf(map, start, start + 'diabétique'.length)!;
    expect(range.toString()).toBe('diabétique');
    expect(range.startContainer.textContent).toBe('diabé');
    expect(range.endContainer.textContent).toBe('tique et suit un traitement.');
  });

  it('a range over a block separator spans both paragraphs', () => {
    const el = editable('<p>Fin du premier.</p><p>Début du second.</p>');
    const map = buildTextMap(el);
    const start = map.text.indexOf('premier');
    const end = map.text.indexOf('Début') + 'Début'.length;
    expect(rangeOf(map, start, end)!.toString()).toBe('premier.Début');
  });

  it('start points at a boundary go to the next node, end points to the previous one', () => {
    const el = editable('<p>ab<i>cd</i></p><p>ef</p>');
    const map = buildTextMap(el); // "abcd\nef"
    expect(pointAt(map, 2, 'start')).toMatchObject({ node: { data: 'cd' }, offset: 0 });
    expect(pointAt(map, 2, 'end')).toMatchObject({ node: { data: 'ab' }, offset: 2 });
    // the virtual newline at 4: start → beginning of "ef", end → end of "cd"
    expect(pointAt(map, 4, 'start')).toMatchObject({ node: { data: 'ef' }, offset: 0 });
    expect(pointAt(map, 5, 'end')).toMatchObject({ node: { data: 'cd' }, offset: 2 });
    expect(pointAt(map, 7, 'end')).toMatchObject({ node: { data: 'ef' }, offset: 2 });
  });

  it('returns null on an empty editor', () => {
    expect(rangeOf(buildTextMap(editable('<p><br></p>')), 0, 0)).toBeNull();
  });
});

describe('offsetOf (selection → text offset)', () => {
  it('reads caret positions in text nodes and at element boundaries', () => {
    const el = editable('<p>ab<i>cd</i></p><p>ef</p>');
    const map = buildTextMap(el);
    const [p1, p2] = [...el.querySelectorAll('p')];
    const i = el.querySelector('i')!;
    expect(offsetOf(map, i.firstChild!, 1)).toBe(3);
    expect(offsetOf(map, p1, 1)).toBe(2); // before <i>
    expect(offsetOf(map, p1, 2)).toBe(4); // end of the first paragraph
    expect(offsetOf(map, p2, 0)).toBe(5);
    expect(offsetOf(map, el, el.childNodes.length)).toBe(7);
  });

  it('is null outside the editor', () => {
    const el = editable('<p>ab</p>');
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(offsetOf(buildTextMap(el), outside, 0)).toBeNull();
  });

  it('round-trips every offset of a mixed document', () => {
    const el = editable('<h3>Titre</h3><p>Un <b>deux</b> <i>trois <u>quatre</u></i></p><ul><li>cinq</li></ul>');
    const map = buildTextMap(el);
    for (let k = 0; k <= map.text.length; k++) {
      if (map.text[k - 1] === '\n' || map.text[k] === '\n') continue; // separators have no DOM point of their own
      const p = pointAt(map, k, 'start')!;
      expect(offsetOf(map, p.node, p.offset)).toBe(k);
    }
  });
});
