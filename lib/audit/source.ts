/**
 * Reading one audit source from byte chunks, the same way in Node (`fs.createReadStream`) and in
 * the page's Web Worker (`Blob.stream()`): CSV is decoded and parsed chunk by chunk with bounded
 * memory; .txt/.md and .json are read whole (a JSON array has to be complete to be parsed).
 *
 * A fatal problem (broken quoting, bytes that are not UTF-8, invalid JSON) ends the source with an
 * `ImportError` naming the line, after every record read before it has been yielded.
 *
 * @example
 *   for await (const batch of readSource({ name: 'export.csv', kind: 'csv', chunks }, { startIndex: 0 })) lintAll(batch);
 */
import { createUtf8Decoder, DecodeError } from './decode.ts';
import { createCsvRecordReader, importJson, importText, ImportError, type ResolvedMapping } from './import.ts';
import type { CsvDelimiter } from './csv.ts';
import type { AuditRecord, ColumnMapping, ImportIssue, SourceKind } from './types.ts';

export interface SourceInput {
  /** file name or displayed path: the `source` of its records */
  name: string;
  kind: SourceKind;
  chunks: AsyncIterable<Uint8Array>;
}

export interface ReadSourceOptions {
  mapping?: Partial<ColumnMapping>;
  /** index of the first record */
  startIndex: number;
  /** called with the bytes read so far, after each chunk */
  onBytes?(bytes: number): void;
  /** CSV: called once the header is read and the mapping resolved (random access needs both) */
  onHeader?(info: { headers: string[]; mapping: ResolvedMapping; delimiter: CsvDelimiter }): void;
}

/** What a source turned out to contain, returned when it ends without a fatal error. */
export interface SourceReport {
  count: number;
  skipped: number;
  issues: ImportIssue[];
  headers?: string[];
  mapping?: ResolvedMapping;
  delimiter?: CsvDelimiter;
}

export async function* readSource(input: SourceInput, options: ReadSourceOptions): AsyncGenerator<AuditRecord[], SourceReport> {
  const { name, kind } = input;
  const decoder = createUtf8Decoder();
  let bytes = 0;

  if (kind === 'csv') {
    const reader = createCsvRecordReader({ source: name, mapping: options.mapping, startIndex: options.startIndex });
    let headerSent = false;
    const sendHeader = () => {
      if (headerSent || !reader.mapping) return;
      headerSent = true;
      options.onHeader?.({ headers: reader.headers!, mapping: reader.mapping, delimiter: reader.delimiter! });
    };
    const failDecode = function* (e: DecodeError): Generator<AuditRecord[], never> {
      // keep the rows before the bad bytes, then stop at their line
      let kept: AuditRecord[] = [];
      let issue: ImportIssue | undefined;
      try {
        kept = reader.push(e.validPrefix);
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        kept = err.records;
        issue = err.issue;
      }
      sendHeader();
      if (kept.length) yield kept;
      throw new ImportError(issue ?? { source: name, line: reader.line, fatal: true, message: `ligne ${reader.line} : ${e.message}.` });
    };
    for await (const chunk of input.chunks) {
      bytes += chunk.byteLength;
      let text: string;
      try {
        text = decoder.decode(chunk);
      } catch (e) {
        if (e instanceof DecodeError) return yield* failDecode(e);
        throw e;
      }
      let records: AuditRecord[];
      try {
        records = reader.push(text);
      } catch (e) {
        sendHeader();
        if (e instanceof ImportError && e.records.length) yield e.records;
        throw e;
      }
      sendHeader();
      options.onBytes?.(bytes);
      if (records.length) yield records;
    }
    let last: AuditRecord[];
    try {
      const tail = decoder.end();
      last = [...reader.push(tail), ...reader.end()];
      sendHeader();
    } catch (e) {
      sendHeader();
      if (e instanceof DecodeError) return yield* failDecode(e);
      if (e instanceof ImportError && e.records.length) yield e.records;
      throw e;
    }
    if (last.length) yield last;
    return { count: reader.count, skipped: reader.skipped, issues: reader.issues, headers: reader.headers, mapping: reader.mapping, delimiter: reader.delimiter };
  }

  // .txt/.md/.json: whole file
  let text = '';
  try {
    for await (const chunk of input.chunks) {
      bytes += chunk.byteLength;
      text += decoder.decode(chunk);
      options.onBytes?.(bytes);
    }
    text += decoder.end();
  } catch (e) {
    if (e instanceof DecodeError) throw new ImportError({ source: name, line: lineCount(text + e.validPrefix), fatal: true, message: `ligne ${lineCount(text + e.validPrefix)} : ${e.message}.` });
    throw e;
  }
  if (kind === 'text') {
    const records = importText(name, text, options.startIndex);
    if (records.length) yield records;
    return { count: records.length, skipped: records.length ? 0 : 1, issues: [] };
  }
  const r = importJson(name, text, options.mapping, options.startIndex);
  for (let i = 0; i < r.records.length; i += 500) yield r.records.slice(i, i + 500);
  return { count: r.records.length, skipped: r.skipped, issues: r.issues, headers: r.keys };
}

function lineCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Chunks of a Blob (a File in the page, `fs.openAsBlob` in Node), as a Worker reads them. */
export async function* blobChunks(blob: Blob, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += size) {
    yield new Uint8Array(await blob.slice(at, at + size).arrayBuffer());
  }
}
