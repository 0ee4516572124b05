/**
 * Output formats of `cadre lint`: stylish (people), json (tools, and the eval scorer), sarif
 * (code-scanning and review tools, SARIF 2.1.0).
 */
import type { Severity } from '../lint/types.ts';
import type { RuleDefinition } from '../lint/rule.ts';
import type { CliFinding } from './lint-pool.ts';

export interface FileResult {
  path: string;
  text: string;
  /** findings as linted (explanation and references are not printed) */
  findings: readonly CliFinding[];
}

/**
 * 1-based line and column (in UTF-16 units, as editors count) of each offset. A line ends at LF
 * (CRLF included). A UTF-8 byte-order mark is part of the text Node reads — offsets count it — but
 * editors do not show it, so it does not count in the columns of the first line.
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    const column = offset - starts[lo] + 1 - (lo === 0 && offset >= bom ? bom : 0);
    return { line: lo + 1, column };
  };
}

/**
 * Output produced file by file: a file's findings become text as soon as it is linted, so a batch
 * of thousands of reports never holds every finding at once (they die young, and the collector
 * does not copy them from space to space: issue #2 §8, 2,000 reports through the CLI).
 */
export interface OutputWriter {
  /** the text for one more file, in input order ('' when it prints nothing) */
  file(r: FileResult): string;
  /** the closing text, once every file was given */
  end(): string;
}

/** The json format, exactly `JSON.stringify({ version: 1, files })` written in pieces. */
export function jsonWriter(): OutputWriter {
  let files = 0;
  return {
    file(r) {
      const pos = lineIndex(r.text);
      const item = JSON.stringify({
        path: r.path,
        findings: r.findings.map((f) => {
          const { line, column } = pos(f.start);
          // exactly the contract of issue #2 §6, read by ../shared/eval/score.mjs
          return {
            rule: f.rule, category: f.category, severity: f.severity,
            start: f.start, end: f.end, line, column, text: f.text, message: f.message,
            fixes: f.fixes.map((x) => ({ start: x.start, end: x.end, replacement: x.replacement })),
          };
        }),
      });
      return (files++ === 0 ? '{"version":1,"files":[' : ',') + item;
    },
    end: () => (files === 0 ? '{"version":1,"files":[]}' : ']}'),
  };
}

export function formatJson(results: FileResult[]): string {
  return writeAll(jsonWriter(), results);
}

function writeAll(w: OutputWriter, results: FileResult[]): string {
  let out = '';
  for (const r of results) out += w.file(r);
  return out + w.end();
}

const LABEL: Record<Severity, string> = { error: 'erreur', warning: 'attention', info: 'info' };

export function stylishWriter(color: boolean): OutputWriter {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = (s: Severity) => (s === 'error' ? c('31', LABEL[s].padEnd(9)) : s === 'warning' ? c('33', LABEL[s].padEnd(9)) : c('90', LABEL[s].padEnd(9)));
  let files = 0, errors = 0, warnings = 0, infos = 0;
  return {
    file(r) {
      files++;
      if (!r.findings.length) return '';
      const lines = [c('4', r.path)];
      const pos = lineIndex(r.text);
      for (const f of r.findings) {
        const { line, column } = pos(f.start);
        if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else infos++;
        lines.push(`  ${`${line}:${column}`.padEnd(8)} ${sev(f.severity)} ${f.message}  ${c('90', f.rule)}`);
        lines.push(`  ${' '.repeat(8)} ${' '.repeat(9)} ${c('90', `« ${excerpt(f.text)} »`)}`);
        if (f.fixes[0]) lines.push(`  ${' '.repeat(8)} ${' '.repeat(9)} ${c('32', `→ ${f.fixes[0].label}`)}`);
      }
      return lines.join('\n') + '\n\n';
    },
    end() {
      const total = errors + warnings + infos;
      const s = (n: number) => (n > 1 ? 's' : '');
      if (total === 0) return c('32', `✔ Aucun problème dans ${files} fichier${s(files)}.`) + '\n';
      return c(errors ? '31' : '33', `✖ ${total} problème${s(total)} (${errors} erreur${s(errors)}, ${warnings} avertissement${s(warnings)}, ${infos} info${s(infos)}) dans ${files} fichier${s(files)}.`) + '\n';
    },
  };
}

export function formatStylish(results: FileResult[], color: boolean): string {
  return writeAll(stylishWriter(color), results);
}

function excerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF is one indented document: its results are kept (as SARIF objects, not findings) until the end. */
export function sarifWriter(rules: readonly RuleDefinition[], version: string): OutputWriter {
  const kept: FileResult[] = [];
  return {
    file(r) { kept.push(r); return ''; },
    end: () => formatSarif(kept, rules, version),
  };
}

export function formatSarif(results: FileResult[], rules: readonly RuleDefinition[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const run = {
    tool: {
      driver: {
        name: 'Cadre',
        version,
        semanticVersion: version,
        language: 'fr',
        rules: rules.map((r) => ({
          id: r.id,
          name: r.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
          shortDescription: { text: r.meta.description },
          fullDescription: { text: r.explanation },
          defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity], enabled: !r.meta.defaultOff },
          help: { text: `${r.explanation}\nRéférences : ${r.meta.references.join(' ; ')}` },
          properties: { category: r.meta.category, tags: [r.meta.category, 'rgpd'] },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results: results.flatMap((r) => {
      const pos = lineIndex(r.text);
      return r.findings.map((f) => {
        const a = pos(f.start);
        const b = pos(f.end);
        return {
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: toUri(r.path) },
              region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: f.start, charLength: f.end - f.start },
            },
          }],
          properties: { category: f.category, confidence: f.confidence },
          ...(f.fixes.length ? {
            fixes: f.fixes.slice(0, 1).map((x) => {
              const s = pos(x.start), e = pos(x.end);
              return {
                description: { text: x.label },
                artifactChanges: [{
                  artifactLocation: { uri: toUri(r.path) },
                  replacements: [{ deletedRegion: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: x.start, charLength: x.end - x.start }, insertedContent: { text: x.replacement } }],
                }],
              };
            }),
          } : {}),
        };
      });
    }),
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2);
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
