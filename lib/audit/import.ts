/**
 * Importers of the batch audit (issue #5 §2): `.txt`/`.md` (one report each), `.json` (an array
 * of objects, or of strings) and `.csv` (streamed, with a column mapping). Pure functions over
 * text; the byte-level driver is `source.ts`.
 *
 * @example
 *   const r = createCsvRecordReader({ source: 'export.csv', mapping: { text: 'compte_rendu' } });
 *   const records = [...r.push('id;compte_rendu\n1;Vous avez…\n'), ...r.end()];
 */
import { CsvError, createCsvParser, type CsvDelimiter, type CsvRow } from './csv.ts';
import type { AuditRecord, ColumnMapping, ImportIssue } from './types.ts';

/** An input error that stops the current file; records returned before it are valid. */
export class ImportError extends Error {
  /** records completed before the error in the failing chunk: still valid, keep them */
  records: AuditRecord[] = [];
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
    this.name = 'ImportError';
  }
}

/** Issues kept per file: a broken export must not fill memory with warnings. */
export const MAX_ISSUES = 100;

/** Header names compared without case, accents, spaces or punctuation. */
export function foldHeader(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

// Usual names of each column in French case-management exports (folded).
const NAMES: Record<keyof ColumnMapping, string[]> = {
  text: ['texte', 'text', 'compte rendu', 'compte rendu entretien', 'cr', 'contenu', 'content', 'body', 'rapport', 'report',
    'commentaire', 'commentaires', 'observation', 'observations', 'notes', 'note', 'synthese', 'description', 'message', 'corps'],
  id: ['id', 'identifiant', 'numero', 'n', 'no', 'num', 'ref', 'reference', 'cle', 'key', 'id entretien', 'id cr', 'uuid'],
  author: ['auteur', 'author', 'conseiller', 'conseillere', 'redacteur', 'redactrice', 'agent', 'referent', 'referente',
    'utilisateur', 'user', 'signataire', 'intervenant', 'intervenante'],
  type: ['type', 'type entretien', 'type d entretien', 'nature', 'nature entretien', 'modalite', 'interview type', 'categorie'],
  date: ['date', 'date entretien', 'date d entretien', 'jour', 'created at', 'cree le', 'date creation', 'date de creation', 'horodatage'],
};
// Substrings that point to the text column when no exact name matches.
const TEXT_HINTS = ['compte rendu', 'texte', 'contenu', 'commentaire', 'observation', 'synthese'];

/**
 * Propose a mapping from the header (and sample rows, to find the text column by length when its
 * name says nothing).
 */
export function guessMapping(headers: readonly string[], samples: readonly (readonly string[])[] = []): Partial<ColumnMapping> {
  const folded = headers.map(foldHeader);
  const out: Partial<ColumnMapping> = {};
  const used = new Set<number>();
  for (const key of ['text', 'id', 'author', 'type', 'date'] as const) {
    let at = folded.findIndex((h, i) => !used.has(i) && NAMES[key].includes(h));
    if (at < 0 && key === 'text') at = folded.findIndex((h, i) => !used.has(i) && TEXT_HINTS.some((t) => h.includes(t)));
    if (at < 0 && key === 'type') at = folded.findIndex((h, i) => !used.has(i) && /\btype\b/.test(h));
    if (at < 0 && key === 'date') at = folded.findIndex((h, i) => !used.has(i) && /\bdate\b/.test(h));
    if (at >= 0) {
      out[key] = headers[at];
      used.add(at);
    }
  }
  if (out.text === undefined && samples.length) {
    // the longest column on average is the report text
    let best = -1, bestLen = 0;
    for (let c = 0; c < headers.length; c++) {
      if (used.has(c)) continue;
      let sum = 0;
      for (const row of samples) sum += (row[c] ?? '').length;
      if (sum > bestLen) { bestLen = sum; best = c; }
    }
    if (best >= 0 && bestLen / samples.length >= 20) out.text = headers[best];
  }
  return out;
}

/** Column indexes of a mapping. */
export interface ResolvedMapping {
  text: number;
  id?: number;
  author?: number;
  type?: number;
  date?: number;
}

function columnIndex(headers: readonly string[], name: string): number {
  let at = headers.indexOf(name);
  if (at < 0) {
    const f = foldHeader(name);
    at = headers.findIndex((h) => foldHeader(h) === f);
  }
  if (at < 0 && /^\d+$/.test(name)) {
    const n = Number(name);
    if (n >= 1 && n <= headers.length) at = n - 1; // --text-column 3
  }
  return at;
}

/**
 * Resolve a mapping against a header; missing optional columns are guessed, a missing text
 * column is an error naming the available columns.
 */
export function resolveMapping(headers: readonly string[], mapping: Partial<ColumnMapping> | undefined, source: string, line = 1): ResolvedMapping {
  const guess = guessMapping(headers);
  const list = headers.map((h) => `« ${h} »`).join(', ');
  const pick = (key: keyof ColumnMapping, label: string): number | undefined => {
    const name = mapping?.[key];
    if (name !== undefined && name !== '') {
      const at = columnIndex(headers, name);
      if (at < 0) throw new ImportError({ source, line, fatal: true, message: `ligne ${line} : colonne ${label} « ${name} » absente (colonnes : ${list}).` });
      return at;
    }
    // an explicit mapping object without this key means "none" only in the page, where the
    // user saw the guess; the CLI passes undefined keys and gets the guess
    if (mapping && key in mapping) return undefined;
    const g = guess[key];
    return g === undefined ? undefined : headers.indexOf(g);
  };
  const text = pick('text', 'de texte');
  if (text === undefined) {
    throw new ImportError({
      source, line, fatal: true,
      message: `ligne ${line} : colonne du texte introuvable ; indiquez-la (option --text-column) parmi : ${list}.`,
    });
  }
  return { text, id: pick('id', "d'identifiant"), author: pick('author', "d'auteur"), type: pick('type', "de type d'entretien"), date: pick('date', 'de date') };
}

export interface CsvRecordReader {
  /** Parse a chunk of text; returns the records it completes. Throws ImportError. */
  push(chunk: string): AuditRecord[];
  /** End of the file. Throws ImportError (unclosed quote). */
  end(): AuditRecord[];
  readonly headers: string[] | undefined;
  readonly mapping: ResolvedMapping | undefined;
  readonly delimiter: CsvDelimiter | undefined;
  /** non-fatal issues (rows skipped), at most MAX_ISSUES */
  readonly issues: ImportIssue[];
  /** rows skipped (issues beyond MAX_ISSUES included) */
  readonly skipped: number;
  /** records produced so far */
  readonly count: number;
  /** bytes consumed so far */
  readonly bytes: number;
  /** current physical line */
  readonly line: number;
}

export interface CsvRecordReaderOptions {
  source: string;
  mapping?: Partial<ColumnMapping>;
  delimiter?: CsvDelimiter;
  /** index of the first record (records are numbered across the sources of one audit) */
  startIndex?: number;
}

const clean = (v: string | undefined) => {
  const t = v?.trim();
  return t ? t : undefined;
};

export function createCsvRecordReader(options: CsvRecordReaderOptions): CsvRecordReader {
  const { source } = options;
  const parser = createCsvParser({ delimiter: options.delimiter });
  let headers: string[] | undefined;
  let mapping: ResolvedMapping | undefined;
  const issues: ImportIssue[] = [];
  let skipped = 0;
  let count = 0;
  let empty = 0;
  const start = options.startIndex ?? 0;

  const skip = (line: number, message: string) => {
    skipped++;
    if (issues.length < MAX_ISSUES) issues.push({ source, line, message, fatal: false });
  };

  function convert(rows: CsvRow[]): AuditRecord[] {
    const out: AuditRecord[] = [];
    for (const row of rows) {
      if (!headers) {
        headers = row.fields.map((h) => h.trim());
        mapping = resolveMapping(headers, options.mapping, source, row.line);
        continue;
      }
      let f = row.fields;
      if (f.length !== headers.length) {
        // trailing empty cells (a spreadsheet's extra separators) are harmless
        if (f.length > headers.length && f.slice(headers.length).every((x) => x.trim() === '')) f = f.slice(0, headers.length);
        else {
          skip(row.line, `ligne ${row.line} : ${f.length} colonne${f.length > 1 ? 's' : ''} au lieu de ${headers.length} ; ligne ignorée.`);
          continue;
        }
      }
      const m = mapping!;
      const text = f[m.text];
      if (!text.trim()) {
        empty++;
        skipped++;
        continue;
      }
      const rec: AuditRecord = {
        index: start + count,
        id: clean(m.id !== undefined ? f[m.id] : undefined) ?? `ligne ${row.line}`,
        text,
        source,
        line: row.line,
        offset: row.byteStart,
      };
      const author = m.author !== undefined ? clean(f[m.author]) : undefined;
      const type = m.type !== undefined ? clean(f[m.type]) : undefined;
      const date = m.date !== undefined ? clean(f[m.date]) : undefined;
      if (author) rec.author = author;
      if (type) rec.type = type;
      if (date) rec.date = date;
      count++;
      out.push(rec);
    }
    return out;
  }

  function guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof CsvError) {
        const err = new ImportError({ source, line: e.line, message: e.message, fatal: true });
        try {
          err.records = convert(e.rows);
        } catch {
          // the header itself was broken: nothing to keep
        }
        throw err;
      }
      throw e;
    }
  }

  return {
    get headers() { return headers; },
    get mapping() { return mapping; },
    get delimiter() { return parser.delimiter; },
    get issues() { return issues; },
    get skipped() { return skipped; },
    get count() { return count; },
    get bytes() { return parser.bytes; },
    get line() { return parser.line; },
    push(chunk) {
      return guard(() => convert(parser.push(chunk)));
    },
    end() {
      const out = guard(() => convert(parser.end()));
      if (!headers) throw new ImportError({ source, line: 1, fatal: true, message: 'fichier CSV vide : une ligne d\'en-tête est attendue.' });
      if (empty && issues.length < MAX_ISSUES) {
        issues.push({ source, message: `${empty} ligne${empty > 1 ? 's' : ''} sans texte ignorée${empty > 1 ? 's' : ''}.`, fatal: false });
      }
      return out;
    },
  };
}

/** The line (1-based) of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface JsonImport {
  records: AuditRecord[];
  /** elements not imported (no text, wrong shape) */
  skipped: number;
  /** keys seen in the first objects (for the mapping step) */
  keys: string[];
  issues: ImportIssue[];
}

/** Parse a JSON file into its array of reports; syntax errors name their line. */
export function parseJsonArray(source: string, text: string): unknown[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new ImportError({ source, line: 1, fatal: true, message: 'fichier JSON vide : un tableau de comptes rendus est attendu.' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineOf(body, Number(pos[1])) : undefined;
    throw new ImportError({
      source, line, fatal: true,
      message: `${line ? `ligne ${line} : ` : ''}JSON non valide (${msg.replace(/^JSON\.parse: /, '')}).`,
    });
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const arrays = Object.values(data).filter(Array.isArray);
    if (arrays.length === 1) data = arrays[0];
  }
  if (!Array.isArray(data)) {
    throw new ImportError({ source, line: 1, fatal: true, message: 'JSON : un tableau de comptes rendus (objets ou textes) est attendu.' });
  }
  return data;
}

/** Keys of the first objects and the first values under them, for the mapping step. */
export function jsonShape(data: readonly unknown[], sampleCount = 5): { keys: string[]; samples: string[][]; count: number } {
  const keySet = new Set<string>();
  for (const el of data.slice(0, 50)) if (el && typeof el === 'object' && !Array.isArray(el)) for (const k of Object.keys(el)) keySet.add(k);
  const keys = [...keySet];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  const samples = data.slice(0, sampleCount).map((el) => (el && typeof el === 'object' && !Array.isArray(el) ? keys.map((k) => cell((el as Record<string, unknown>)[k])) : [cell(el)]));
  return { keys, samples, count: data.length };
}

/**
 * Import a JSON file: an array of objects (mapped like CSV columns), an array of strings, or an
 * object whose only array property holds them (`{ "comptesRendus": [...] }`).
 */
export function importJson(source: string, text: string, mapping?: Partial<ColumnMapping>, startIndex = 0): JsonImport {
  const data = parseJsonArray(source, text);
  const { keys } = jsonShape(data);
  const issues: ImportIssue[] = [];
  const records: AuditRecord[] = [];
  const hasObjects = keys.length > 0;
  const m = hasObjects ? resolveMapping(keys, mapping, source) : undefined;
  let skipped = 0;
  const skip = (n: number, message: string) => {
    skipped++;
    if (issues.length < MAX_ISSUES) issues.push({ source, line: n, message, fatal: false });
  };
  const str = (v: unknown) => (v === null || v === undefined ? undefined : clean(typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v)));
  data.forEach((el: unknown, k: number) => {
    const n = k + 1;
    let rec: AuditRecord;
    if (typeof el === 'string') {
      if (!el.trim()) { skipped++; return; }
      rec = { index: startIndex + records.length, id: `élément ${n}`, text: el, source, element: n };
    } else if (el && typeof el === 'object' && !Array.isArray(el) && m) {
      const o = el as Record<string, unknown>;
      const t = o[keys[m.text]];
      if (typeof t !== 'string') {
        skip(n, `élément ${n} : champ « ${keys[m.text]} » ${t === undefined ? 'absent' : 'non textuel'} ; élément ignoré.`);
        return;
      }
      if (!t.trim()) { skipped++; return; }
      rec = { index: startIndex + records.length, id: str(m.id !== undefined ? o[keys[m.id]] : undefined) ?? `élément ${n}`, text: t, source, element: n };
      const author = m.author !== undefined ? str(o[keys[m.author]]) : undefined;
      const type = m.type !== undefined ? str(o[keys[m.type]]) : undefined;
      const date = m.date !== undefined ? str(o[keys[m.date]]) : undefined;
      if (author) rec.author = author;
      if (type) rec.type = type;
      if (date) rec.date = date;
    } else {
      skip(n, `élément ${n} : objet ou texte attendu ; élément ignoré.`);
      return;
    }
    records.push(rec);
  });
  if (skipped > issues.length && issues.length < MAX_ISSUES) {
    issues.push({ source, message: `${skipped} élément${skipped > 1 ? 's' : ''} ignoré${skipped > 1 ? 's' : ''} au total.`, fatal: false });
  }
  return { records, skipped, keys, issues };
}

/** A .txt/.md file is one report; its id is the file name. */
export function importText(source: string, text: string, index = 0): AuditRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return [];
  const name = source.split(/[\\/]/).pop() ?? source;
  return [{ index, id: name, text: body, source }];
}
