/**
 * Exports of a batch audit (issue #5 §2): CSV and JSON of the findings, SARIF 2.1.0, and a
 * printable HTML report (summary, charts, method). The CSV, JSON and SARIF writers come in three
 * parts (head, one piece per report, tail) so `cadre audit` can stream them with bounded memory;
 * `exportAudit()` joins them for the page.
 *
 * Exports carry masked excerpts, never report texts, unless the audit kept texts on purpose.
 *
 * @example
 *   const csv = exportAudit('csv', { meta, summary, reports, rules: registry });
 */
import type { RuleDefinition } from '../lint/rule.ts';
import { CATEGORY_LABELS, type Category, type Severity } from '../lint/types.ts';
import type { AuditSummary, GroupStats } from './aggregate.ts';
import { escapeHtml, shareRing, stackedBarChart, type BarRow } from './charts.ts';
import type { AuditReportResult, ColumnMapping, ImportIssue } from './types.ts';
import type { LintSettingsSummary } from './settings-summary.ts';

export type AuditFormat = 'csv' | 'json' | 'sarif' | 'html';

export interface AuditSettings {
  /** CSV/JSON column mapping used */
  mapping?: Partial<ColumnMapping>;
  /** configuration file, or undefined for the default rules */
  config?: string;
  /** report texts kept in the results and history */
  keepTexts: boolean;
  /** the extension's settings in force when the audit ran (issue #5 §1–2): rule states, list sizes */
  lint?: LintSettingsSummary;
  /** "Auditer cette page": how the report was read (site profile, selection, Readability) */
  extraction?: 'profile' | 'selection' | 'readability';
}

export interface AuditMeta {
  /** ISO date of the audit */
  createdAt: string;
  sources: string[];
  settings: AuditSettings;
  tool: { name: string; version: string };
  /** import problems (rows skipped, file stopped at a line) */
  issues?: ImportIssue[];
  durationMs?: number;
}

export interface AuditExportInput {
  meta: AuditMeta;
  summary: AuditSummary;
  reports: Iterable<AuditReportResult>;
  rules: readonly RuleDefinition[];
}

/** The streamed writers: head, one string per report ('' when nothing to write), tail. */
export interface StreamWriter {
  head(): string;
  report(r: AuditReportResult): string;
  /** `issues`: import problems, known only at the end of a streamed run */
  tail(summary: AuditSummary, issues?: readonly ImportIssue[]): string;
}

// ---------------------------------------------------------------------------------------------
// CSV

const CSV_SEP = ';';

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break; a leading `= + - @`
 * is neutralised so a spreadsheet never runs it as a formula (CSV injection, OWASP).
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['rapport', 'source', 'ligne_source', 'element_json', 'auteur', 'type_entretien', 'date', 'regle', 'categorie', 'gravite', 'confiance', 'debut', 'fin', 'ligne', 'colonne', 'extrait_masque', 'message'];

export function csvWriter(opts: { keepTexts?: boolean; bom?: boolean } = {}): StreamWriter {
  const cols = opts.keepTexts ? [...CSV_COLUMNS, 'texte'] : CSV_COLUMNS;
  // messages repeat across findings: escape each once (100,000 reports → ~1 million rows)
  const messages = new Map<string, string>();
  const message = (m: string) => {
    let e = messages.get(m);
    if (e === undefined) {
      e = csvCell(m);
      if (messages.size < 20_000) messages.set(m, e);
    }
    return e;
  };
  return {
    head: () => (opts.bom ? '\uFEFF' : '') + cols.join(CSV_SEP) + '\r\n',
    report(r) {
      if (!r.findings.length) return '';
      const prefix = [r.id, r.source, r.line, r.element, r.author, r.type, r.date].map(csvCell).join(CSV_SEP) + CSV_SEP;
      let out = '';
      for (const f of r.findings) {
        // rule ids, categories, severities and numbers never need quoting
        out += `${prefix}${f.rule};${f.category};${f.severity};${f.confidence};${f.start};${f.end};${f.line};${f.column};${csvCell(f.excerpt)};${message(f.message)}`;
        if (opts.keepTexts) out += CSV_SEP + csvCell(f.text);
        out += '\r\n';
      }
      return out;
    },
    tail: () => '',
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

export function jsonWriter(meta: AuditMeta): StreamWriter {
  let first = true;
  return {
    head: () => `{"version":1,"meta":${JSON.stringify(meta)},"reports":[`,
    report(r) {
      if (!r.findings.length && !r.text) return '';
      const s = (first ? '\n' : ',\n') + JSON.stringify(r);
      first = false;
      return s;
    },
    tail: (summary, issues = []) => `\n],"issues":${JSON.stringify(issues)},"summary":${JSON.stringify(summary)}}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function sarifWriter(meta: AuditMeta, rules: readonly RuleDefinition[]): StreamWriter {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  let first = true;
  const driver = {
    name: 'Cadre',
    informationUri: 'https://example.invalid/cadre',
    version: meta.tool.version,
    semanticVersion: meta.tool.version,
    language: 'fr',
    rules: rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.explanation || r.meta.description },
      defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity], enabled: !r.meta.defaultOff },
      properties: { category: r.meta.category, tags: [r.meta.category, 'rgpd'], references: r.meta.references },
    })),
  };
  return {
    head() {
      const head = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results: [] }] });
      // open the results array to stream into it
      return head.slice(0, head.lastIndexOf('"results":[') + '"results":['.length);
    },
    report(r) {
      if (!r.findings.length) return '';
      // .txt/.md: the report is the artifact; CSV: its row; JSON: an element, named logically
      const wholeFile = r.line === undefined && r.element === undefined;
      let out = '';
      for (const f of r.findings) {
        const region = wholeFile
          ? { region: { startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start } }
          : r.line !== undefined ? { region: { startLine: r.line } } : {};
        const result = {
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? -1,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{
            physicalLocation: { artifactLocation: { uri: toUri(r.source) }, ...region },
            logicalLocations: [{ name: r.id, kind: 'object' }],
          }],
          properties: {
            category: f.category, confidence: f.confidence, excerpt: f.excerpt, reportId: r.id,
            reportStart: f.start, reportEnd: f.end, reportLine: f.line, reportColumn: f.column,
            ...(r.element !== undefined ? { element: r.element } : {}),
            ...(r.author ? { author: r.author } : {}), ...(r.type ? { interviewType: r.type } : {}),
          },
        };
        if ((result.ruleIndex as number) < 0) delete (result as { ruleIndex?: number }).ruleIndex;
        out += (first ? '\n' : ',\n') + JSON.stringify(result);
        first = false;
      }
      return out;
    },
    tail: (summary) => `\n],"invocations":[{"executionSuccessful":true}],"properties":{"summary":${JSON.stringify(summary)}}}]}\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// Printable HTML

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString('fr-FR')} %`;
const n = (x: number) => x.toLocaleString('fr-FR');

/** Chart rows per category; `label` names a category (French by default; the page passes its language's, issue #6 §4). */
export function categoryRows(summary: AuditSummary, label: (category: string) => string = (k) => CATEGORY_LABELS[k as Category] ?? k): BarRow[] {
  return Object.entries(summary.byCategory).map(([k, c]) => ({ label: label(k), values: { error: c!.error, warning: c!.warning, info: c!.info } }));
}

export function groupRows(groups: Record<string, GroupStats>, limit = 15): BarRow[] {
  return Object.entries(groups).slice(0, limit).map(([k, g]) => ({ label: k, values: { error: g.findings.error, warning: g.findings.warning, info: g.findings.info } }));
}

function groupTable(title: string, groups: Record<string, GroupStats>): string {
  const entries = Object.entries(groups);
  if (!entries.length) return '';
  return `<h3>${escapeHtml(title)}</h3><table><thead><tr><th scope="col">${escapeHtml(title.replace(/^Par /, '').replace(/^./, (c) => c.toUpperCase()))}</th><th scope="col">Comptes rendus</th><th scope="col">Sans erreur</th><th scope="col">Erreurs</th><th scope="col">Avertissements</th><th scope="col">Infos</th></tr></thead><tbody>` +
    entries.map(([k, g]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${n(g.reports)}</td><td>${pct(g.reports ? (g.reports - g.reportsWithError) / g.reports : 1)}</td><td>${n(g.findings.error)}</td><td>${n(g.findings.warning)}</td><td>${n(g.findings.info)}</td></tr>`).join('') +
    '</tbody></table>';
}

/** The printable report: summary, charts, tables per category, rule, author and type, method. */
export function renderAuditHtml(input: { meta: AuditMeta; summary: AuditSummary; rules: readonly RuleDefinition[]; worst?: readonly AuditReportResult[] }): string {
  const { meta, summary: s, rules } = input;
  const date = new Date(meta.createdAt);
  const when = Number.isNaN(date.getTime()) ? meta.createdAt : date.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const catTable = Object.entries(s.byCategory).map(([k, c]) => `<tr><th scope="row">${escapeHtml(CATEGORY_LABELS[k as Category] ?? k)}</th><td>${n(c!.error)}</td><td>${n(c!.warning)}</td><td>${n(c!.info)}</td><td>${n(c!.total)}</td></tr>`).join('');
  const ruleTable = Object.entries(s.byRule).map(([k, c]) => `<tr><th scope="row"><code>${escapeHtml(k)}</code></th><td>${escapeHtml(ruleById.get(k)?.meta.description ?? '')}</td><td>${n(c.error)}</td><td>${n(c.warning)}</td><td>${n(c.info)}</td></tr>`).join('');
  const worst = (input.worst ?? []).filter((r) => r.findings.length);
  const issues = meta.issues ?? [];
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Audit RGPD des comptes rendus — ${escapeHtml(when)}</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; max-width: 960px; margin: 24px auto; padding: 0 16px; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; } h3 { font-size: 15px; margin: 18px 0 6px; }
  .muted { color: #555; } .kpis { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
  .kpi { border: 1px solid #ccc; border-radius: 6px; padding: 10px 14px; min-width: 150px; } .kpi b { display: block; font-size: 22px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; } th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
  td { font-variant-numeric: tabular-nums; } thead th { background: #f3f3f3; }
  .charts { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; } .charts > div { flex: 1 1 320px; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } .noprint { display: none; } }
</style>
</head>
<body>
<h1>Audit RGPD des comptes rendus d'entretien</h1>
<p class="muted">${escapeHtml(when)} · ${escapeHtml(meta.tool.name)} ${escapeHtml(meta.tool.version)} · ${meta.sources.length} source${meta.sources.length > 1 ? 's' : ''} : ${escapeHtml(meta.sources.join(', '))}</p>

<h2>Synthèse</h2>
<div class="kpis">
  <div class="kpi"><b>${n(s.reports)}</b>comptes rendus audités</div>
  <div class="kpi"><b>${pct(s.shareWithoutError)}</b>sans erreur (${n(s.reportsWithoutError)})</div>
  <div class="kpi"><b>${n(s.findings.total)}</b>constats</div>
  <div class="kpi"><b>${n(s.findings.error)}</b>erreurs · ${n(s.findings.warning)} avertissements · ${n(s.findings.info)} infos</div>
</div>
<div class="charts">
  <div>${shareRing({ title: 'Comptes rendus sans erreur', share: s.shareWithoutError, caption: 'comptes rendus sans erreur' })}</div>
  <div>${stackedBarChart({ title: 'Constats par catégorie et gravité', rows: categoryRows(s) })}</div>
</div>

<h2>Constats par catégorie</h2>
<table><thead><tr><th scope="col">Catégorie</th><th scope="col">Erreurs</th><th scope="col">Avertissements</th><th scope="col">Infos</th><th scope="col">Total</th></tr></thead><tbody>${catTable || '<tr><td colspan="5">Aucun constat.</td></tr>'}</tbody></table>

<h2>Constats par règle</h2>
<table><thead><tr><th scope="col">Règle</th><th scope="col">Ce qu'elle signale</th><th scope="col">Erreurs</th><th scope="col">Avertissements</th><th scope="col">Infos</th></tr></thead><tbody>${ruleTable || '<tr><td colspan="5">Aucun constat.</td></tr>'}</tbody></table>

${Object.keys(s.byAuthor).length || Object.keys(s.byType).length ? '<h2>Par auteur et par type d\'entretien</h2>' : ''}
${Object.keys(s.byAuthor).length ? stackedBarChart({ title: 'Constats par auteur (15 premiers)', rows: groupRows(s.byAuthor) }) : ''}
${groupTable('Par auteur', s.byAuthor)}
${Object.keys(s.byType).length ? stackedBarChart({ title: "Constats par type d'entretien", rows: groupRows(s.byType) }) : ''}
${groupTable("Par type d'entretien", s.byType)}

${worst.length ? `<h2>Comptes rendus à revoir en priorité</h2>
<table><thead><tr><th scope="col">Compte rendu</th><th scope="col">Source</th><th scope="col">Auteur</th><th scope="col">Erreurs</th><th scope="col">Constats</th></tr></thead><tbody>${worst.map((r) => `<tr><th scope="row">${escapeHtml(r.id)}</th><td>${escapeHtml(r.source)}${r.line ? `, ligne ${r.line}` : r.element ? `, élément ${r.element}` : ''}</td><td>${escapeHtml(r.author ?? '')}</td><td>${r.findings.filter((f) => f.severity === 'error').length}</td><td>${r.findings.length}</td></tr>`).join('')}</tbody></table>` : ''}

${issues.length ? `<h2>Problèmes d'import</h2><ul>${issues.map((i) => `<li>${escapeHtml(i.source)} : ${escapeHtml(i.message)}</li>`).join('')}</ul>` : ''}

<h2>Méthode</h2>
<p>Chaque compte rendu a été relu automatiquement par le moteur de Cadre, le même que celui qui assiste les conseillers pendant la rédaction, avec ${meta.settings.config ? `la configuration « ${escapeHtml(meta.settings.config)} »` : 'les règles par défaut'}. Les règles recherchent les données que le RGPD protège particulièrement (santé, origine, religion, opinions, vie sexuelle, infractions : art. 9 et 10), les identifiants et coordonnées inutiles au suivi (numéro de sécurité sociale, IBAN, téléphone, adresse : minimisation, art. 5.1.c), les jugements de valeur et la personne grammaticale (le compte rendu s'adresse à la personne, qui peut le lire au titre du droit d'accès, art. 15).</p>
<p>Un compte rendu « sans erreur » n'a aucun constat de gravité « erreur » ; il peut avoir des avertissements ou des informations. Les constats de faible confiance sont abaissés d'un niveau de gravité. La détection est automatique : elle peut manquer une formulation ou signaler à tort un passage ; ces chiffres orientent une relecture humaine, ils ne la remplacent pas.</p>
<p>Confidentialité : ${meta.settings.keepTexts ? 'les textes des comptes rendus ont été conservés à la demande de la personne qui a lancé l\'audit.' : 'ce rapport ne contient aucun texte de compte rendu ; les extraits sont masqués (première et dernière lettres, chiffres masqués).'} L'audit a été effectué entièrement en local, sans envoi de données.</p>
${meta.settings.mapping ? `<p class="muted">Colonnes utilisées : ${Object.entries(meta.settings.mapping).filter(([, v]) => v).map(([k, v]) => `${escapeHtml(k)} = « ${escapeHtml(String(v))} »`).join(', ')}.</p>` : ''}
${meta.durationMs !== undefined ? `<p class="muted">Durée : ${(meta.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s, ${n(s.characters)} caractères.</p>` : ''}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------

/**
 * An export as a sequence of string parts (head, one per report, tail): the page turns them into
 * a Blob while yielding to the event loop, so 100,000 reports never freeze it nor make one giant
 * string.
 */
export function* exportParts(format: AuditFormat, input: AuditExportInput, opts: { bom?: boolean } = {}): Generator<string> {
  if (format === 'html') {
    yield renderAuditHtml({ meta: input.meta, summary: input.summary, rules: input.rules, worst: worstReports(input.reports) });
    return;
  }
  const w = format === 'csv' ? csvWriter({ keepTexts: input.meta.settings.keepTexts, bom: opts.bom })
    : format === 'json' ? jsonWriter(input.meta)
      : sarifWriter(input.meta, input.rules);
  yield w.head();
  for (const r of input.reports) yield w.report(r);
  yield w.tail(input.summary, input.meta.issues);
}

/** A whole export as one string (tests, small audits). */
export function exportAudit(format: AuditFormat, input: AuditExportInput, opts: { bom?: boolean } = {}): string {
  return [...exportParts(format, input, opts)].join('');
}

/**
 * Keep the `limit` reports with most errors, then most findings (bounded memory when streamed:
 * call with each report and the current list).
 */
export function worstReports(reports: Iterable<AuditReportResult>, limit = 20): AuditReportResult[] {
  const keep: AuditReportResult[] = [];
  for (const r of reports) pushWorst(keep, r, limit);
  return keep;
}

const score = (r: AuditReportResult) => {
  let e = 0;
  for (const f of r.findings) if (f.severity === 'error') e++;
  return e * 1e6 + r.findings.length;
};

export function pushWorst(keep: AuditReportResult[], r: AuditReportResult, limit = 20): void {
  if (!r.findings.length) return;
  const s = score(r);
  if (keep.length >= limit && s <= score(keep[keep.length - 1])) return;
  let at = keep.length;
  while (at > 0 && score(keep[at - 1]) < s) at--;
  keep.splice(at, 0, r.text !== undefined ? { ...r, text: undefined } : r);
  if (keep.length > limit) keep.pop();
}
