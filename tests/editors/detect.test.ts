// @vitest-environment happy-dom
/** Which elements Cadre lints (lib/editors/detect.ts): signatures, eligibility, opt-outs. */
import { describe, expect, it } from 'vitest';
import { findEditor, SIGNATURES } from '../../lib/editors/detect.ts';

const $ = (html: string, selector: string) => {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
};

describe('findEditor', () => {
  it('takes an enabled, writable textarea', () => {
    expect(findEditor($('<textarea id="t"></textarea>', '#t'))).toMatchObject({ kind: 'textarea' });
  });

  it('skips disabled, read-only, combobox and opted-out fields, and every <input>', () => {
    expect(findEditor($('<textarea disabled id="t"></textarea>', '#t'))).toBeNull();
    expect(findEditor($('<textarea readonly id="t"></textarea>', '#t'))).toBeNull();
    expect(findEditor($('<textarea role="combobox" id="t"></textarea>', '#t'))).toBeNull();
    expect(findEditor($('<textarea aria-readonly="true" id="t"></textarea>', '#t'))).toBeNull();
    expect(findEditor($('<div data-cadre="off"><textarea id="t"></textarea></div>', '#t'))).toBeNull();
    expect(findEditor($('<input type="password" id="t">', '#t'))).toBeNull();
    expect(findEditor($('<input type="text" id="t">', '#t'))).toBeNull();
    expect(findEditor($('<div contenteditable="true" role="combobox" id="t">x</div>', '#t'))).toBeNull();
    expect(findEditor($('<div contenteditable="true" role="textbox" aria-multiline="false" id="t">x</div>', '#t'))).toBeNull();
  });

  it('returns the editable root of a contenteditable from any node inside it', () => {
    const found = findEditor($('<div contenteditable="true" id="root"><p><b id="in">gras</b></p></div>', '#in'));
    expect(found?.kind).toBe('contenteditable');
    expect(found?.element.id).toBe('root');
    expect(findEditor(document.querySelector('#in')!.firstChild)?.element.id).toBe('root');
  });

  it('does not enter a non-editable island', () => {
    expect(findEditor($('<div contenteditable="true"><span contenteditable="false"><i id="w">widget</i></span></div>', '#w'))).toBeNull();
  });

  it.each([
    ['prosemirror', '<div class="ProseMirror" contenteditable="true"><p id="x">t</p></div>'],
    ['lexical', '<div data-lexical-editor="true" contenteditable="true"><p id="x">t</p></div>'],
    ['ckeditor5', '<div class="ck ck-editor__editable ck-content" contenteditable="true"><p id="x">t</p></div>'],
    ['quill', '<div class="ql-editor" contenteditable="true"><p id="x">t</p></div>'],
    ['tinymce', '<div class="mce-content-body" contenteditable="true"><p id="x">t</p></div>'],
    ['slate', '<div data-slate-editor="true" contenteditable="true"><p id="x">t</p></div>'],
  ])('recognises %s by its DOM signature', (kind, html) => {
    expect(findEditor($(html, '#x'))?.kind).toBe(kind);
  });

  it('knows one signature per editor kind', () => {
    expect(SIGNATURES.map(([k]) => k)).toEqual(['prosemirror', 'lexical', 'ckeditor5', 'quill', 'tinymce', 'slate']);
  });

  it('treats the body of a designMode document as the editor', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.body.innerHTML = '<p id="p">texte</p>';
    doc.designMode = 'on';
    const found = findEditor(doc.getElementById('p'));
    expect(found?.kind).toBe('design-mode');
    expect(found?.element).toBe(doc.body);
  });

  it('ignores what is not a node', () => {
    expect(findEditor(null)).toBeNull();
    expect(findEditor(window)).toBeNull();
  });
});
