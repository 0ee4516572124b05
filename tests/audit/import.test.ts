import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCsvRecordReader, guessMapping, importJson, importText, ImportError, resolveMapping } from '../../lib/audit/import.ts';
import { readSource, blobChunks, type SourceReport } from '../../lib/audit/source.ts';
import { createUtf8Decoder, DecodeError } from '../../lib/audit/decode.ts';
import type { AuditRecord, ColumnMapping, SourceKind } from '../../lib/audit/types.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'audit');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIX, name)));

async function* chunked(b: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

/** Read a fixture through the streaming driver: records, report, or the error with what came before. */
async function read(name: string, kind: SourceKind, mapping?: Partial<ColumnMapping>, chunk = 7) {
  const records: AuditRecord[] = [];
  const gen = readSource({ name, kind, chunks: chunked(bytes(name), chunk) }, { startIndex: 0, mapping });
  let report: SourceReport | undefined;
  let error: ImportError | undefined;
  try {
    for (;;) {
      const n = await gen.next();
      if (n.done) { report = n.value; break; }
      records.push(...n.value);
    }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    error = e;
  }
  return { records, report, error };
}

describe('guessMapping', () => {
  it('recognises the usual French column names', () => {
    expect(guessMapping(['N°', 'Conseiller', "Type d'entretien", 'Date entretien', 'Compte rendu'])).toEqual({
      text: 'Compte rendu', id: 'N°', author: 'Conseiller', type: "Type d'entretien", date: 'Date entretien',
    });
    expect(guessMapping(['uuid', 'observations_cr'])).toEqual({ text: 'observations_cr', id: 'uuid' });
  });
  it('falls back to the longest column in the samples', () => {
    const samples = [['1', 'Vous avez présenté votre projet professionnel en détail.', 'x'], ['2', 'Nous avons convenu de trois candidatures avant mardi.', 'y']];
    expect(guessMapping(['a', 'b', 'c'], samples).text).toBe('b');
    expect(guessMapping(['a', 'b'], [['1', 'court']]).text).toBeUndefined();
  });
});

describe('resolveMapping', () => {
  it('finds columns by exact, folded or 1-based name', () => {
    expect(resolveMapping(['ID', 'Compte rendu'], { text: 'compte-rendu' }, 'x.csv')).toMatchObject({ text: 1, id: 0 });
    expect(resolveMapping(['a', 'b', 'c'], { text: '3' }, 'x.csv').text).toBe(2);
  });
  it('refuses a missing text column with a French message listing the columns', () => {
    expect(() => resolveMapping(['id', 'auteur'], { text: 'texte' }, 'x.csv')).toThrow('ligne 1 : colonne de texte « texte » absente (colonnes : « id », « auteur »).');
    expect(() => resolveMapping(['a', 'b'], undefined, 'x.csv')).toThrow(/colonne du texte introuvable.*« a », « b »/);
  });
  it('an explicit page mapping without an optional key means none', () => {
    expect(resolveMapping(['id', 'texte', 'auteur'], { text: 'texte' }, 'x.csv').author).toBe(2);
    expect(resolveMapping(['id', 'texte', 'auteur'], { text: 'texte', author: undefined }, 'x.csv').author).toBeUndefined();
  });
});

describe('CSV import', () => {
  it('BOM, semicolons, CRLF and a multi-line quoted field', async () => {
    const { records, report, error } = await read('bom-semicolon-crlf.csv', 'csv');
    expect(error).toBeUndefined();
    expect(report!.delimiter).toBe(';');
    expect(report!.headers).toEqual(['id', 'conseiller', 'type', 'date', 'compte_rendu']);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ index: 0, id: 'A1', author: 'Mme Roux', type: 'Premier accueil', date: '2024-03-04', line: 2 });
    // the byte offset lets the page re-read a report from the file
    for (const r of records) expect(new TextDecoder().decode(bytes('bom-semicolon-crlf.csv').subarray(r.offset!)).startsWith(`${r.id};`)).toBe(true);
    expect(records[0].text).toContain("logistique ; nous avons convenu d'un atelier CV.");
    expect(records[1].text).toBe("Vous souhaitez travailler dans l'aide à domicile.\r\nVous disposez du permis B.");
  });

  it('commas, escaped quotes and a blank line inside a field', async () => {
    const { records, report } = await read('comma-quotes.csv', 'csv', undefined, 3);
    expect(report!.delimiter).toBe(',');
    expect(records.map((r) => [r.id, r.author, r.line])).toEqual([['1', 'Léa', 2], ['2', 'Marc', 3], ['3', 'Léa', 6]]);
    expect(records[0].text).toBe('Vous avez dit : "je veux changer de métier", puis nous avons fixé un objectif.');
    expect(records[1].text).toBe('Premier paragraphe.\n\nSecond paragraphe, avec une virgule.');
  });

  it('an empty file is an error; a header alone gives no report', async () => {
    const empty = await read('empty.csv', 'csv');
    expect(empty.error?.message).toBe("fichier CSV vide : une ligne d'en-tête est attendue.");
    const header = await read('header-only.csv', 'csv');
    expect(header.error).toBeUndefined();
    expect(header.records).toEqual([]);
    expect(header.report!.headers).toEqual(['id', 'texte']);
  });

  it('an unclosed quote stops the file at its line and keeps the rows before it', async () => {
    const { records, error } = await read('broken-quote.csv', 'csv');
    expect(records.map((r) => r.id)).toEqual(['1']);
    expect(error!.issue).toMatchObject({ source: 'broken-quote.csv', line: 3, fatal: true });
    expect(error!.message).toBe('ligne 3 : guillemet ouvert jamais fermé (fin du fichier atteinte).');
  });

  it('text after a closing quote stops the file at its line, whatever the chunk size', async () => {
    for (const size of [1, 5, 64, 4096]) {
      const { records, error } = await read('bad-after-quote.csv', 'csv', undefined, size);
      expect(records.map((r) => r.id)).toEqual(['1', '2']);
      expect(error!.issue.line).toBe(4);
      expect(error!.message).toMatch(/^ligne 4 : caractère « o » après le guillemet fermant/);
    }
  });

  it('skips rows with the wrong number of columns with a message per line, tolerates trailing empty cells', async () => {
    const { records, report } = await read('mixed-columns.csv', 'csv');
    expect(records.map((r) => r.id)).toEqual(['1', '4']);
    expect(report!.skipped).toBe(2);
    expect(report!.issues.map((i) => i.message)).toEqual([
      'ligne 3 : 4 colonnes au lieu de 3 ; ligne ignorée.',
      'ligne 4 : 2 colonnes au lieu de 3 ; ligne ignorée.',
    ]);
  });

  it('bytes that are not UTF-8 stop the file with the line, keeping earlier rows', async () => {
    const { records, error } = await read('latin1.csv', 'csv', undefined, 1000);
    expect(records).toEqual([]);
    expect(error!.message).toBe('ligne 2 : octets non UTF-8 (enregistrez le fichier en UTF-8).');
    // the valid first row survives when the bad bytes come in a later chunk
    const text = 'id;texte\n1;Vous avez trouvé un stage.\n2;';
    const b = new Uint8Array([...new TextEncoder().encode(text), 0xe9, 0x0a]);
    const out: AuditRecord[] = [];
    const gen = readSource({ name: 'x.csv', kind: 'csv', chunks: chunked(b, 8) }, { startIndex: 0 });
    await expect((async () => { for await (const batch of gen) out.push(...batch); })()).rejects.toThrow('ligne 3 : octets non UTF-8');
    expect(out.map((r) => r.text)).toEqual(['Vous avez trouvé un stage.']);
  });

  it('uses the mapping given and numbers records from startIndex', () => {
    const r = createCsvRecordReader({ source: 's.csv', mapping: { text: 'b', id: 'a' }, startIndex: 10 });
    const recs = [...r.push('a,b,auteur\nx,"un texte",Zoé\ny,,Léo\n'), ...r.end()];
    expect(recs).toEqual([{ index: 10, id: 'x', text: 'un texte', author: 'Zoé', source: 's.csv', line: 2, offset: 11 }]);
    expect(r.issues.map((i) => i.message)).toEqual(['1 ligne sans texte ignorée.']);
  });

  it('refuses a text column that does not exist', () => {
    const r = createCsvRecordReader({ source: 's.csv', mapping: { text: 'contenu' } });
    expect(() => r.push('id;texte\n1;a\n')).toThrow(ImportError);
  });
});

describe('JSON import', () => {
  it('imports objects and strings, skipping elements without text', async () => {
    const { records, report } = await read('reports.json', 'json');
    expect(records.map((r) => [r.id, r.author, r.type, r.element])).toEqual([
      ['J1', 'Mme Roux', 'Suivi', 1], ['J2', 'M. Petit', undefined, 2], ['élément 4', undefined, undefined, 4],
    ]);
    expect(report!.issues[0].message).toBe('élément 3 : champ « texte » non textuel ; élément ignoré.');
  });
  it('reports a syntax error with its line', () => {
    expect(() => importJson('broken.json', readFileSync(join(FIX, 'broken.json'), 'utf8'))).toThrow(/^ligne 3 : JSON non valide/);
  });
  it('accepts an object holding one array, and refuses other shapes', () => {
    expect(importJson('a.json', '{"comptesRendus":[{"cr":"Vous avez appelé."}],"version":2}', { text: 'cr' }).records[0].text).toBe('Vous avez appelé.');
    expect(() => importJson('a.json', '{"a":1}')).toThrow('JSON : un tableau de comptes rendus (objets ou textes) est attendu.');
    expect(() => importJson('a.json', '  ')).toThrow(/vide/);
  });
});

describe('text import', () => {
  it('one report per file, BOM removed, id = file name', async () => {
    const { records } = await read('rapport-bom.txt', 'text');
    expect(records).toHaveLength(1);
    expect(records[0].id).toBe('rapport-bom.txt');
    expect(records[0].text.startsWith('Vous avez présenté')).toBe(true);
    expect(importText('dir/vide.md', ' \n')).toEqual([]);
  });
});

describe('blobChunks', () => {
  it('streams a Blob as a Worker does', async () => {
    const blob = new Blob([bytes('comma-quotes.csv')]);
    const out: AuditRecord[] = [];
    for await (const batch of readSource({ name: 'b.csv', kind: 'csv', chunks: blobChunks(blob, 16) }, { startIndex: 0 })) out.push(...batch);
    expect(out).toHaveLength(3);
  });
});

describe('createUtf8Decoder', () => {
  it('joins sequences split across chunks', () => {
    const d = createUtf8Decoder();
    const b = new TextEncoder().encode('aé€😀z');
    let s = '';
    for (const x of b) s += d.decode(new Uint8Array([x]));
    expect(s + d.end()).toBe('aé€😀z');
  });
  it('refuses NUL bytes and truncated sequences', () => {
    expect(() => createUtf8Decoder().decode(new Uint8Array([0x61, 0]))).toThrow(DecodeError);
    const d = createUtf8Decoder();
    d.decode(new Uint8Array([0x61, 0xe2, 0x82]));
    expect(() => d.end()).toThrow(/non UTF-8/);
  });
});
