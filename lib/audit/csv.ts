/**
 * Streaming CSV parser for report exports (issue #5 §2): text chunks in, complete rows out, with
 * the physical line where each row starts. The same code runs over Node streams (`cadre audit`)
 * and over `Blob.stream()` chunks in the audit page's Web Worker, so both see the same rows.
 *
 * - separator `;`, `,` or tab, detected on the header line (outside quotes) unless given;
 * - RFC 4180 quoting: `"a ""quoted"" word"`, line breaks inside quoted fields;
 * - CRLF, LF and lone CR line ends; a leading BOM is dropped;
 * - memory stays bounded: a row is held only until it is complete, and a quoted field longer than
 *   `maxFieldLength` is an error (an unclosed quote would otherwise swallow the whole file).
 *
 * Errors are `CsvError`s with a French message naming the line; rows returned before the error
 * stay valid (the caller keeps them: nothing already imported is lost).
 *
 * @example
 *   const p = createCsvParser();
 *   const rows = [...p.push('id;texte\r\n1;"Il dit ""oui""\r\nensuite"\r\n'), ...p.end()];
 *   // rows[1] → { fields: ['1', 'Il dit "oui"\r\nensuite'], line: 2, byteStart: 10, … }
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  fields: string[];
  /** 1-based physical line where the row starts */
  line: number;
  /** UTF-8 byte offset of the row start in the file (BOM included), for random access */
  byteStart: number;
}

export class CsvError extends Error {
  /** rows completed by the failing chunk before the error: still valid */
  rows: CsvRow[] = [];
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvParserOptions {
  /** separator; detected on the first line when absent */
  delimiter?: CsvDelimiter;
  /** longest field accepted, in UTF-16 units (default 10 million) */
  maxFieldLength?: number;
}

export interface CsvParser {
  /** Parse one chunk; returns the rows completed by it. Throws CsvError. */
  push(chunk: string): CsvRow[];
  /** End of input; returns the last row. Throws CsvError on an unclosed quote. */
  end(): CsvRow[];
  /** detected (or given) separator, once the first line is known */
  readonly delimiter: CsvDelimiter | undefined;
  /** current physical line (1-based) */
  readonly line: number;
  /** UTF-8 bytes consumed so far (BOM included) */
  readonly bytes: number;
}

const QUOTE = 34, LF = 10, CR = 13;

// States of the row machine.
const FIELD_START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_IN_QUOTED = 3;

/** UTF-8 length of s[from, to): surrogate halves count 2 bytes each, 4 for the pair. */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/**
 * Pick the separator of a header line: the most frequent of `;`, `,` and tab outside quotes
 * (`;` wins ties: French spreadsheets export with `;`). A one-column file gets `,`.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let semi = 0, comma = 0, tab = 0, quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ';') semi++;
    else if (c === ',') comma++;
    else if (c === '\t') tab++;
  }
  if (tab > semi && tab > comma) return '\t';
  if (semi >= comma && semi > 0) return ';';
  return ',';
}

export function createCsvParser(options: CsvParserOptions = {}): CsvParser {
  const maxField = options.maxFieldLength ?? 10_000_000;
  let delimiter: CsvDelimiter | undefined = options.delimiter;
  let delimCode = delimiter ? delimiter.charCodeAt(0) : -1;

  let started = false; // first chunk seen (BOM handled)
  let pending = ''; // text held back until the first line is complete (delimiter detection)
  let bytes = 0; // bytes of the text fully consumed

  let state = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let quotedRow = false; // the row has a quoted field (so an empty line is not a row)
  let line = 1;
  let rowLine = 1;
  let rowByte = 0;
  let quoteLine = 1; // where the open quoted field started
  let skipLf = false; // previous chunk ended on a CR row end
  let prevCr = false; // last character read inside a quoted field was CR
  let rows: CsvRow[] = [];

  function fail(message: string, at: number): never {
    throw new CsvError(message, at);
  }

  function endRow(): void {
    fields.push(field);
    field = '';
    if (fields.length === 1 && fields[0] === '' && !quotedRow) {
      // blank line: not a row
    } else rows.push({ fields, line: rowLine, byteStart: rowByte });
    fields = [];
    quotedRow = false;
    state = FIELD_START;
  }

  /** Parse `s` (no pending header); `base` = byte offset of s[0]. */
  function parse(s: string, base: number): void {
    // byte cursor: bytes of s[0, cur) = curBytes, advanced lazily to row starts
    let cur = 0, curBytes = 0;
    const byteAt = (i: number) => {
      curBytes += utf8Length(s, cur, i);
      cur = i;
      return base + curBytes;
    };
    const n = s.length;
    let i = 0;
    if (skipLf) {
      skipLf = false;
      if (n && s.charCodeAt(0) === LF) {
        i = 1;
      }
    }
    while (i < n) {
      if (state === FIELD_START && fields.length === 0 && field === '') {
        rowLine = line;
        rowByte = byteAt(i);
      }
      const c = s.charCodeAt(i);
      switch (state) {
        case FIELD_START:
          if (c === QUOTE) {
            state = QUOTED;
            quotedRow = true;
            quoteLine = line;
            prevCr = false;
            i++;
            continue;
          }
          state = UNQUOTED;
          continue;
        case UNQUOTED: {
          // copy the run up to the next separator or line end in one slice
          let j = i;
          while (j < n) {
            const d = s.charCodeAt(j);
            if (d === delimCode || d === LF || d === CR) break;
            j++;
          }
          if (j > i) field += s.slice(i, j);
          if (field.length > maxField) fail(`ligne ${rowLine} : champ de plus de ${maxField} caractères.`, rowLine);
          i = j;
          if (i >= n) continue;
          const d = s.charCodeAt(i);
          i++;
          if (d === delimCode) {
            fields.push(field);
            field = '';
            state = FIELD_START;
          } else {
            endRow();
            line++;
            if (d === CR) {
              if (i < n) { if (s.charCodeAt(i) === LF) i++; } else skipLf = true;
            }
          }
          continue;
        }
        case QUOTED: {
          const q = s.indexOf('"', i);
          const j = q < 0 ? n : q;
          // count line breaks inside the quoted text (CRLF counts once, even across chunks)
          for (let k = i; k < j; k++) {
            const d = s.charCodeAt(k);
            if (d === LF) { if (!prevCr) line++; prevCr = false; } else if (d === CR) { line++; prevCr = true; } else prevCr = false;
          }
          if (j > i) field += s.slice(i, j);
          if (field.length > maxField) {
            fail(`ligne ${quoteLine} : guillemet ouvert jamais fermé (champ de plus de ${maxField} caractères).`, quoteLine);
          }
          if (q < 0) { i = n; continue; }
          state = QUOTE_IN_QUOTED;
          i = q + 1;
          continue;
        }
        case QUOTE_IN_QUOTED: {
          if (c === QUOTE) {
            field += '"';
            state = QUOTED;
            prevCr = false;
            i++;
          } else if (c === delimCode) {
            fields.push(field);
            field = '';
            state = FIELD_START;
            i++;
          } else if (c === LF || c === CR) {
            endRow();
            line++;
            i++;
            if (c === CR) {
              if (i < n) { if (s.charCodeAt(i) === LF) i++; } else skipLf = true;
            }
          } else {
            fail(
              `ligne ${line} : caractère « ${s[i]} » après le guillemet fermant du champ commencé ligne ${quoteLine} ; ` +
              'un guillemet à l\'intérieur d\'un champ doit être doublé ("").',
              line,
            );
          }
          continue;
        }
      }
    }
    bytes = base + curBytes + utf8Length(s, cur, n);
  }

  function take(): CsvRow[] {
    const out = rows;
    rows = [];
    return out;
  }

  return {
    get delimiter() { return delimiter; },
    get line() { return line; },
    get bytes() { return bytes; },
    push(chunk: string): CsvRow[] {
      if (!chunk) return take();
      if (!started) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) {
          chunk = chunk.slice(1);
          bytes = 3;
        }
      }
      if (delimiter === undefined) {
        pending += chunk;
        const eol = firstLineEnd(pending);
        if (eol < 0) return take();
        delimiter = detectDelimiter(pending.slice(0, eol));
        delimCode = delimiter.charCodeAt(0);
        chunk = pending;
        pending = '';
      }
      try {
        parse(chunk, bytes);
      } catch (e) {
        if (e instanceof CsvError) e.rows = take();
        throw e;
      }
      return take();
    },
    end(): CsvRow[] {
      if (delimiter === undefined) {
        delimiter = detectDelimiter(pending);
        delimCode = delimiter.charCodeAt(0);
        const p = pending;
        pending = '';
        try {
          if (p) parse(p, bytes);
        } catch (e) {
          if (e instanceof CsvError) e.rows = take();
          throw e;
        }
      }
      if (state === QUOTED) {
        const e = new CsvError(`ligne ${quoteLine} : guillemet ouvert jamais fermé (fin du fichier atteinte).`, quoteLine);
        e.rows = take();
        throw e;
      }
      if (state !== FIELD_START || fields.length || field !== '') endRow();
      return take();
    },
  };
}

/** Index of the end of the first line outside quotes, or -1 if not yet complete. */
function firstLineEnd(s: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return i;
  }
  return -1;
}

/**
 * Parse the first row of a slice of a CSV file (random access for the page's drill-down view:
 * the worker keeps byte offsets of rows, not their text).
 */
export function parseRow(text: string, delimiter: CsvDelimiter): string[] | undefined {
  const p = createCsvParser({ delimiter });
  const rows = p.push(text);
  if (rows.length) return rows[0].fields;
  return p.end()[0]?.fields;
}
