import { describe, expect, it } from 'vitest';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency of the project
import { JSDOM } from 'jsdom';
import { createAggregator } from '../../lib/audit/aggregate.ts';
import { createCsvParser } from '../../lib/audit/csv.ts';
import { csvCell, exportAudit, pushWorst, type AuditMeta } from '../../lib/audit/export.ts';
import { stackedBarChart } from '../../lib/audit/charts.ts';
import type { AuditFinding, AuditReportResult } from '../../lib/audit/types.ts';
import type { RuleDefinition } from '../../lib/lint/rule.ts';

const rules = [
  { id: 'sante', meta: { description: 'Donnée de santé.', category: 'sante', severity: 'error', fixable: true, references: ['RGPD art. 9'] }, messages: {}, explanation: 'Pourquoi.', check() {} },
  { id: 'telephone', meta: { description: 'Numéro de téléphone.', category: 'telephone', severity: 'warning', fixable: true, references: ['RGPD art. 5.1.c'] }, messages: {}, explanation: 'Pourquoi.', check() {} },
] as unknown as RuleDefinition[];

const finding = (over: Partial<AuditFinding>): AuditFinding => ({
  rule: 'sante', category: 'sante', severity: 'error', confidence: 'high', start: 10, end: 20, line: 1, column: 11, excerpt: 'd••••••e', message: 'Donnée de santé : à retirer.', ...over,
});

const reports: AuditReportResult[] = [
  { index: 0, id: 'A;1', source: 'dossier/export mars.csv', line: 2, author: 'Durand, "Zoé"', type: 'Suivi', length: 80, findings: [finding({}), finding({ rule: 'telephone', category: 'telephone', severity: 'warning', start: 40, end: 54, column: 41, excerpt: '••••••••', message: 'Numéro ; "masqué"\nsur deux lignes' })] },
  { index: 1, id: '=HYPERLINK("x")', source: 'dossier/export mars.csv', line: 5, length: 30, findings: [] },
  { index: 2, id: 'cr.txt', source: 'cr.txt', length: 60, findings: [finding({ line: 3, column: 4, start: 30, end: 38 })] },
];

const meta: AuditMeta = {
  createdAt: '2024-05-02T09:30:00.000Z', sources: ['dossier/export mars.csv', 'cr.txt'],
  settings: { keepTexts: false, mapping: { text: 'texte', author: 'auteur' } }, tool: { name: 'Cadre', version: '0.1.0' },
  issues: [{ source: 'dossier/export mars.csv', line: 4, message: 'ligne 4 : 2 colonnes au lieu de 3 ; ligne ignorée.', fatal: false }],
};
const agg = createAggregator();
for (const r of reports) agg.add(r);
const summary = agg.summary();
const input = { meta, summary, reports, rules };

describe('csvCell', () => {
  it.each([
    ['simple', 'simple'],
    ['a;b', '"a;b"'],
    ['il dit "oui"', '"il dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['a,b', '"a,b"'],
    [' espace', '" espace"'],
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-3, '-3'],
    [undefined, ''],
  ])('%j → %j', (v, out) => expect(csvCell(v as string)).toBe(out));
});

describe('CSV export', () => {
  const csv = exportAudit('csv', input, { bom: true });
  it('writes one row per finding, escaped so the parser reads the same cells back', () => {
    expect(csv.startsWith('\uFEFFrapport;source;ligne_source;element_json;auteur;')).toBe(true);
    const p = createCsvParser();
    const rows = [...p.push(csv), ...p.end()].map((r) => r.fields);
    expect(p.delimiter).toBe(';');
    expect(rows).toHaveLength(1 + 3);
    const head = rows[0];
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    expect(col(rows[1], 'rapport')).toBe('A;1');
    expect(col(rows[1], 'auteur')).toBe('Durand, "Zoé"');
    expect(col(rows[2], 'message')).toBe('Numéro ; "masqué"\nsur deux lignes');
    expect(col(rows[2], 'extrait_masque')).toBe('••••••••');
    expect(col(rows[3], 'rapport')).toBe('cr.txt');
    expect(col(rows[3], 'ligne_source')).toBe('');
    expect(head).not.toContain('texte');
  });
  it('neutralises formulas in ids', () => {
    const r = exportAudit('csv', { ...input, reports: [{ ...reports[1], findings: [finding({})] }] });
    expect(r).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('JSON export', () => {
  it('is valid JSON with meta, reports with findings, and the summary', () => {
    const j = JSON.parse(exportAudit('json', input));
    expect(j.version).toBe(1);
    expect(j.meta.settings.keepTexts).toBe(false);
    expect(j.reports.map((r: AuditReportResult) => r.id)).toEqual(['A;1', 'cr.txt']);
    expect(j.summary).toEqual(summary);
  });
  it('is valid with no report', () => {
    const j = JSON.parse(exportAudit('json', { ...input, reports: [] }));
    expect(j.reports).toEqual([]);
  });
});

/** The parts of the SARIF 2.1.0 schema that a consumer (GitHub code scanning, VS Code viewer) requires. */
function checkSarif(log: any): string[] {
  const errs: string[] = [];
  const need = (cond: unknown, msg: string) => { if (!cond) errs.push(msg); };
  need(log.version === '2.1.0', 'version');
  need(typeof log.$schema === 'string', '$schema');
  need(Array.isArray(log.runs) && log.runs.length === 1, 'runs');
  const run = log.runs?.[0] ?? {};
  const driver = run.tool?.driver;
  need(typeof driver?.name === 'string', 'tool.driver.name');
  need(Array.isArray(driver?.rules), 'driver.rules');
  const ids = new Set<string>();
  for (const r of driver?.rules ?? []) {
    need(typeof r.id === 'string' && !ids.has(r.id), `rule id ${r.id}`);
    ids.add(r.id);
    need(typeof r.shortDescription?.text === 'string', `rule ${r.id} shortDescription`);
    need(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration?.level), `rule ${r.id} level`);
  }
  need(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), 'columnKind');
  need(Array.isArray(run.results), 'results');
  for (const [i, res] of (run.results ?? []).entries()) {
    need(typeof res.message?.text === 'string' && res.message.text.length > 0, `result ${i} message`);
    need(ids.has(res.ruleId), `result ${i} ruleId`);
    if (res.ruleIndex !== undefined) need(driver.rules[res.ruleIndex]?.id === res.ruleId, `result ${i} ruleIndex`);
    need(['none', 'note', 'warning', 'error'].includes(res.level), `result ${i} level`);
    need(Array.isArray(res.locations) && res.locations.length > 0, `result ${i} locations`);
    for (const loc of res.locations ?? []) {
      const pl = loc.physicalLocation;
      need(typeof pl?.artifactLocation?.uri === 'string' && !/[\s"]/.test(pl.artifactLocation.uri), `result ${i} uri`);
      const reg = pl?.region;
      if (!reg) continue;
      need(Number.isInteger(reg.startLine) && reg.startLine >= 1, `result ${i} startLine`);
      if (reg.startColumn !== undefined) need(Number.isInteger(reg.startColumn) && reg.startColumn >= 1, `result ${i} startColumn`);
      if (reg.charOffset !== undefined) need(reg.charOffset >= 0 && reg.charLength >= 0, `result ${i} charOffset`);
      for (const l of loc.logicalLocations ?? []) need(typeof l.name === 'string', `result ${i} logicalLocation`);
    }
  }
  for (const inv of run.invocations ?? []) need(typeof inv.executionSuccessful === 'boolean', 'invocation');
  return errs;
}

describe('SARIF export', () => {
  const log = JSON.parse(exportAudit('sarif', input));
  it('has a valid SARIF 2.1.0 structure', () => {
    expect(checkSarif(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(3);
  });
  it('locates CSV findings by row and report, text files by line and column', () => {
    const [a, b, c] = log.runs[0].results;
    expect(a.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'dossier/export%20mars.csv' }, region: { startLine: 2 } });
    expect(a.locations[0].logicalLocations).toEqual([{ name: 'A;1', kind: 'object' }]);
    expect(a.properties).toMatchObject({ category: 'sante', excerpt: 'd••••••e', reportStart: 10, reportEnd: 20, author: 'Durand, "Zoé"' });
    expect(b.level).toBe('warning');
    expect(c.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 4, charOffset: 30, charLength: 8 });
  });
  it('names a JSON element logically, without a region', () => {
    const j = JSON.parse(exportAudit('sarif', { ...input, reports: [{ index: 0, id: 'J7', source: 'export.json', element: 7, length: 10, findings: [finding({})] }] }));
    expect(checkSarif(j)).toEqual([]);
    const loc = j.runs[0].results[0].locations[0];
    expect(loc.physicalLocation).toEqual({ artifactLocation: { uri: 'export.json' } });
    expect(loc.logicalLocations).toEqual([{ name: 'J7', kind: 'object' }]);
    expect(j.runs[0].results[0].properties.element).toBe(7);
  });
  it('an audit without findings is still a valid log', () => {
    const empty = JSON.parse(exportAudit('sarif', { ...input, reports: [] }));
    expect(checkSarif(empty)).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('HTML report', () => {
  const html = exportAudit('html', input);
  const doc = new JSDOM(html).window.document;
  it('is a French printable page with the summary, charts and method', () => {
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.querySelector('h1')!.textContent).toBe("Audit RGPD des comptes rendus d'entretien");
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Synthèse', 'Constats par catégorie', 'Constats par règle', "Par auteur et par type d'entretien", 'Comptes rendus à revoir en priorité', "Problèmes d'import", 'Méthode',
    ]);
    expect(doc.querySelectorAll('svg').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelector('.kpi b')!.textContent).toBe('3');
    expect(html).toContain('@media print');
  });
  it('escapes every value from the input', () => {
    expect(html).toContain('Durand, &quot;Zoé&quot;');
    expect(doc.querySelectorAll('script').length).toBe(0);
    const evil = exportAudit('html', { ...input, meta: { ...meta, sources: ['<img src=x onerror=alert(1)>.csv'] } });
    expect(new JSDOM(evil).window.document.querySelectorAll('img').length).toBe(0);
  });
  it('contains no report text, even when the audit kept texts', () => {
    const withTexts = reports.map((r) => ({ ...r, text: `TEXTE-${r.id} Vous êtes diabétique.`, findings: r.findings.map((x) => ({ ...x, text: 'SECRET-diabétique' })) }));
    const out = exportAudit('html', { ...input, meta: { ...meta, settings: { ...meta.settings, keepTexts: true } }, reports: withTexts });
    expect(out).not.toContain('TEXTE-');
    expect(out).not.toContain('SECRET-');
  });
});

describe('charts', () => {
  it('draws one labelled bar per row, widths proportional to the values', () => {
    const svg = stackedBarChart({ title: 'T <b>', rows: [{ label: 'Santé', values: { error: 4, warning: 0, info: 0 } }, { label: 'Email', values: { error: 1, warning: 1, info: 0 } }], width: 640 });
    const d = new JSDOM(`<body>${svg}</body>`).window.document;
    const rects = [...d.querySelectorAll('svg > rect')].filter((r) => r.querySelector('title'));
    expect(rects.map((r) => Number(r.getAttribute('width')))).toEqual([390, 97.5, 97.5]);
    expect(d.querySelector('title')!.textContent).toBe('T <b>');
  });
});

describe('pushWorst', () => {
  it('keeps the reports with most errors first, bounded', () => {
    const keep: AuditReportResult[] = [];
    const mk = (i: number, errors: number, warnings: number): AuditReportResult => ({
      index: i, id: String(i), source: 's', length: 1,
      findings: [...Array(errors)].map(() => finding({})).concat([...Array(warnings)].map(() => finding({ severity: 'warning' }))),
    });
    for (const [i, e, w] of [[0, 1, 0], [1, 0, 5], [2, 3, 0], [3, 1, 2], [4, 0, 0]]) pushWorst(keep, mk(i, e, w), 3);
    expect(keep.map((r) => r.id)).toEqual(['2', '3', '0']);
  });
});
