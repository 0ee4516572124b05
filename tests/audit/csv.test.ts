import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvError, createCsvParser, detectDelimiter, parseRow, utf8Length, type CsvRow } from '../../lib/audit/csv.ts';

function parseAll(text: string, chunk = Infinity): CsvRow[] {
  const p = createCsvParser();
  const rows: CsvRow[] = [];
  for (let i = 0; i < text.length; i += chunk === Infinity ? text.length || 1 : chunk) rows.push(...p.push(text.slice(i, i + (chunk === Infinity ? text.length : chunk))));
  rows.push(...p.end());
  return rows;
}
const fields = (rows: CsvRow[]) => rows.map((r) => r.fields);

describe('detectDelimiter', () => {
  it.each([
    ['id;texte;auteur', ';'],
    ['id,texte,auteur', ','],
    ['id\ttexte\tauteur', '\t'],
    ['"nom, prénom";texte', ';'],
    ['"a;b",c,d', ','],
    ['texte', ','],
    ['a;b,c', ';'],
  ])('%j → %j', (line, d) => expect(detectDelimiter(line)).toBe(d));
});

describe('createCsvParser', () => {
  it('splits on the detected separator and reports the line of each row', () => {
    const rows = parseAll('id;texte\n1;Bonjour\n2;Au revoir\n');
    expect(fields(rows)).toEqual([['id', 'texte'], ['1', 'Bonjour'], ['2', 'Au revoir']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('drops a BOM and counts its bytes', () => {
    const rows = parseAll('\uFEFFid,texte\r\n1,été\r\n2,x\r\n');
    expect(rows[0].fields).toEqual(['id', 'texte']);
    expect(rows.map((r) => r.byteStart)).toEqual([3, 3 + 10, 3 + 10 + 9]);
  });

  it('reads quoted fields with escaped quotes, separators and line breaks', () => {
    const rows = parseAll('id,texte,fin\n1,"Il a dit ""oui"", puis ""non""","x"\n2,"ligne un\r\nligne deux\n\nligne quatre",y\n3,,z\n');
    expect(fields(rows)).toEqual([
      ['id', 'texte', 'fin'],
      ['1', 'Il a dit "oui", puis "non"', 'x'],
      ['2', 'ligne un\r\nligne deux\n\nligne quatre', 'y'],
      ['3', '', 'z'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 7]);
  });

  it('handles CRLF, lone CR, blank lines and a missing final line break', () => {
    expect(fields(parseAll('a;b\r\n1;2\r\n\r\n3;4\r5;6'))).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(parseAll('a;b\r\n1;2\r\n\r\n3;4\r5;6').map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('keeps an empty quoted field as a row but not a blank line', () => {
    expect(fields(parseAll('texte\n""\n\nx\n'))).toEqual([['texte'], [''], ['x']]);
  });

  it('returns nothing for an empty input', () => {
    expect(parseAll('')).toEqual([]);
    expect(parseAll('\uFEFF')).toEqual([]);
  });

  it('takes a literal quote inside an unquoted field as text', () => {
    expect(fields(parseAll('a;b\n1;il a dit "oui"\n'))).toEqual([['a', 'b'], ['1', 'il a dit "oui"']]);
  });

  it('fails on an unclosed quote with the line where the field opened, keeping earlier rows', () => {
    const p = createCsvParser();
    const rows = p.push('id;texte\n1;ok\n2;"début\n3;suite\n');
    expect(fields(rows)).toEqual([['id', 'texte'], ['1', 'ok']]);
    let err: unknown;
    try { p.end(); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CsvError);
    expect((err as CsvError).line).toBe(3);
    expect((err as CsvError).message).toMatch(/^ligne 3 : guillemet ouvert jamais fermé/);
  });

  it('fails on text after a closing quote, naming the line, and hands back the rows before it', () => {
    const p = createCsvParser();
    let err: CsvError | undefined;
    try { p.push('id;texte\n1;ok\n2;"il dit "non" ici"\n3;après\n'); } catch (e) { err = e as CsvError; }
    expect(err).toBeInstanceOf(CsvError);
    expect(err!.line).toBe(3);
    expect(err!.message).toMatch(/^ligne 3 : caractère « n » après le guillemet fermant.*doublé/);
    expect(fields(err!.rows)).toEqual([['id', 'texte'], ['1', 'ok']]);
  });

  it('bounds an unclosed quoted field', () => {
    const p = createCsvParser({ maxFieldLength: 100 });
    p.push('id;texte\n1;"');
    expect(() => p.push('x'.repeat(200))).toThrow(/ligne 2 : guillemet ouvert jamais fermé/);
  });

  it('gives the same rows, lines and byte offsets whatever the chunking', () => {
    const text = '\uFEFFid;texte;auteur\r\n1;"Élodie a dit ""d\'accord""\r\npuis est partie";Zoé\r\n2;simple 😀 texte;\r\n\r\n3;"a;b";"c\rd"\n4;fin;x';
    const whole = parseAll(text);
    for (let size = 1; size <= text.length; size++) expect(parseAll(text, size)).toEqual(whole);
  });

  it('byte offsets point at each row in the UTF-8 file (property)', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('a"b', 'x\ny', 'é;è', '', 'r\r\nn'));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (table, chunk) => {
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const text = ['h1;h2', ...table.map((r) => r.map(quote).join(';'))].join('\r\n') + '\r\n';
      const rows = parseAll(text, chunk);
      expect(rows.slice(1).map((r) => r.fields)).toEqual(table);
      const bytes = new TextEncoder().encode(text);
      for (const r of rows) {
        const again = parseRow(new TextDecoder().decode(bytes.subarray(r.byteStart)), ';');
        expect(again).toEqual(r.fields);
      }
    }), { numRuns: 200 });
  });
});

describe('utf8Length', () => {
  it('counts like TextEncoder', () => {
    for (const s of ['abc', 'été', '€', '😀x', 'œ\u00a0«»']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
