/**
 * The panel's findings list as data: grouping by severity then category (in the engine's order of
 * categories), the count sentence of the live region, the text a fix expects to replace.
 *
 * @example
 *   groupFindings(editor.findings) // [{ severity: 'error', categories: [{ category: 'sante', findings: [...] }] }]
 *   countsText(editor.findings)    // '3 signalements : 1 erreur, 2 avertissements.'
 *   countsText(editor.findings, translatorFor('en'), 'en') // '3 findings: 1 error, 2 warnings.'
 */
import type { ResponseOf } from '../../lib/messaging/protocol.ts';
import { CATEGORIES, type Severity } from '../../lib/lint/types.ts';
import { pluralOf, translatorFor, type Language, type Translate } from '../../lib/i18n/index.ts';

export type PanelEditor = ResponseOf<'toBackgroundTabFindings'>['editors'][number];
export type PanelFinding = PanelEditor['findings'][number];

export interface SeverityGroup {
  severity: Severity;
  categories: Array<{ category: string; findings: PanelFinding[] }>;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function groupFindings(findings: readonly PanelFinding[]): SeverityGroup[] {
  const catRank = (c: string) => { const i = (CATEGORIES as readonly string[]).indexOf(c); return i < 0 ? CATEGORIES.length : i; };
  return SEVERITIES.map((severity) => {
    const own = findings.filter((f) => f.severity === severity);
    const cats = [...new Set(own.map((f) => f.category))].sort((a, b) => catRank(a) - catRank(b) || a.localeCompare(b));
    return { severity, categories: cats.map((category) => ({ category, findings: own.filter((f) => f.category === category).sort((a, b) => a.start - b.start) })) };
  }).filter((g) => g.categories.length > 0);
}

/** "Aucun signalement." / "3 signalements : 1 erreur, 2 avertissements." (French unless told). */
export function countsText(findings: readonly PanelFinding[], t: Translate = translatorFor('fr'), language: Language = 'fr'): string {
  if (!findings.length) return t('panel_counts_none');
  const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const count = (n: number, form: (p: 'one' | 'other') => Parameters<Translate>[0]) => (n ? t(form(pluralOf(n, language)), { count: n }) : '');
  const parts = [
    count(by('error'), (p) => `panel_counts_errors_${p}`),
    count(by('warning'), (p) => `panel_counts_warnings_${p}`),
    count(by('info'), (p) => `panel_counts_infos_${p}`),
  ].filter(Boolean);
  return t('panel_counts_sentence', { total: count(findings.length, (p) => `panel_counts_total_${p}`), parts: parts.join(', ') });
}

/**
 * The text a fix replaces, as the panel saw it, when the fix lies inside the finding's span: the
 * page refuses the fix if its text changed meanwhile. Undefined when the panel cannot know it.
 */
export function expectedText(f: PanelFinding, fixIndex: number): string | undefined {
  const fix = f.fixes[fixIndex];
  if (!fix || fix.start < f.start || fix.end > f.end) return undefined;
  return f.text.slice(fix.start - f.start, fix.end - f.start);
}

export function findingKey(f: PanelFinding): string {
  return `${f.rule}|${f.start}|${f.end}|${f.text}`;
}
