/**
 * Data of a batch audit (issue #5), shared by `cadre audit`, the audit page, its Web Worker and
 * the audit history. Plain, structured-clone-safe data: it crosses worker boundaries as is.
 */
import type { Category, Confidence, Severity } from '../lint/types.ts';

/** One report to audit, as read from a .txt/.md file, a JSON element or a CSV row. */
export interface AuditRecord {
  /** position in the audit, from 0, across all sources */
  index: number;
  /** id column value, else the file name (txt/md) or « ligne N » */
  id: string;
  text: string;
  author?: string;
  /** interview type as written in the export ("Premier accueil") */
  type?: string;
  date?: string;
  /** file name (page) or displayed path (CLI) */
  source: string;
  /** CSV: physical line of the row */
  line?: number;
  /** JSON: element number in the array (1-based) */
  element?: number;
  /** CSV: UTF-8 byte offset of the row in its file (the page re-reads a report from it) */
  offset?: number;
}

/** A finding as an audit keeps it: no report text, a masked excerpt only (issue #5 §3). */
export interface AuditFinding {
  rule: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  /** offsets in the report text */
  start: number;
  end: number;
  /** 1-based line and column of `start` in the report text */
  line: number;
  column: number;
  /** masked excerpt (category-free): "d••••••e", digits as • */
  excerpt: string;
  /** French message, with any copy of the flagged text masked */
  message: string;
  /** the flagged text itself: only when the audit keeps texts */
  text?: string;
}

/** The result of one report: its metadata and findings, never its text unless asked. */
export interface AuditReportResult {
  index: number;
  id: string;
  source: string;
  /** CSV: physical line of the row */
  line?: number;
  /** JSON: element number (1-based) */
  element?: number;
  author?: string;
  type?: string;
  date?: string;
  /** length of the report text (characters) */
  length: number;
  findings: AuditFinding[];
  /** the report text: only when the audit keeps texts */
  text?: string;
}

/** Column mapping of a CSV export or of the objects of a JSON file. */
export interface ColumnMapping {
  /** column holding the report text (required) */
  text: string;
  id?: string;
  author?: string;
  type?: string;
  date?: string;
}

/** A problem in an input file, always with a French message and, where known, its line. */
export interface ImportIssue {
  source: string;
  /** 1-based physical line (CSV, JSON syntax) or element number (JSON elements) */
  line?: number;
  message: string;
  /** fatal: the rest of the file could not be read (rows before it are kept) */
  fatal: boolean;
}

export type SourceKind = 'text' | 'json' | 'csv';

/** Kind of a file from its name; undefined when it is not an audit input. */
export function sourceKind(name: string): SourceKind | undefined {
  const m = /\.([a-z]+)$/i.exec(name);
  const ext = m?.[1].toLowerCase();
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'text';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return undefined;
}
