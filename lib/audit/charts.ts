/**
 * Charts of an audit as inline SVG strings: the same drawing in the page and in the printable
 * HTML report (no chart library, no network, prints in black and white thanks to patterns-free
 * labelled values). Every label is escaped. The words are French unless `words` says otherwise: the
 * audit page draws them in the UI's language (issue #6 §4), the printable report stays French.
 *
 * @example
 *   const svg = stackedBarChart({ title: 'Constats par catégorie', rows: [{ label: 'Santé', values: { error: 3, warning: 1, info: 0 } }] });
 */
import type { Severity } from '../lint/types.ts';

export const SEVERITY_COLORS: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#546e7a' };
export const SEVERITY_LABELS_FR: Record<Severity, string> = { error: 'Erreurs', warning: 'Avertissements', info: 'Infos' };
const ORDER: Severity[] = ['error', 'warning', 'info'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface BarRow {
  label: string;
  values: Record<Severity, number>;
}

const fmt = (n: number) => n.toLocaleString('fr-FR');

/** The words and number format of a chart. */
export interface ChartWords {
  severities: Record<Severity, string>;
  /** the empty chart's sentence */
  none: string;
  number(n: number): string;
  /** between a label and its value in a tooltip: " : " in French, ": " in English */
  separator: string;
}

export const FRENCH_CHART_WORDS: ChartWords = { severities: SEVERITY_LABELS_FR, none: 'Aucun constat.', number: fmt, separator: ' : ' };

/** Horizontal bars stacked by severity, one row per label, with the total at the end of each bar. */
export function stackedBarChart(opts: { title: string; rows: readonly BarRow[]; width?: number; words?: ChartWords }): string {
  const words = opts.words ?? FRENCH_CHART_WORDS;
  const width = opts.width ?? 640;
  const labelW = 190, rowH = 22, gap = 6, top = 30, legendH = 24, totalW = 60;
  const rows = opts.rows;
  const max = Math.max(1, ...rows.map((r) => r.values.error + r.values.warning + r.values.info));
  const barW = width - labelW - totalW;
  const height = top + rows.length * (rowH + gap) + legendH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img">`);
  parts.push(`<title>${escapeHtml(opts.title)}</title>`);
  parts.push(`<text x="0" y="18" font-size="14" font-weight="600" fill="#222">${escapeHtml(opts.title)}</text>`);
  rows.forEach((r, i) => {
    const y = top + i * (rowH + gap);
    const label = r.label.length > 28 ? r.label.slice(0, 27) + '…' : r.label;
    parts.push(`<text x="${labelW - 8}" y="${y + rowH * 0.7}" font-size="12" text-anchor="end" fill="#222">${escapeHtml(label)}</text>`);
    let x = labelW;
    let total = 0;
    for (const s of ORDER) {
      const v = r.values[s];
      total += v;
      if (!v) continue;
      const w = Math.max(1, (v / max) * barW);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH}" fill="${SEVERITY_COLORS[s]}"><title>${escapeHtml(`${r.label} — ${words.severities[s]}${words.separator}${words.number(v)}`)}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + rowH * 0.7}" font-size="12" fill="#222">${words.number(total)}</text>`);
  });
  const ly = top + rows.length * (rowH + gap) + 6;
  ORDER.forEach((s, i) => {
    const lx = labelW + i * 150;
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${SEVERITY_COLORS[s]}"/><text x="${lx + 18}" y="${ly + 11}" font-size="12" fill="#222">${escapeHtml(words.severities[s])}</text>`);
  });
  if (!rows.length) parts.push(`<text x="${labelW}" y="${top + 14}" font-size="12" fill="#555">${escapeHtml(words.none)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A ring showing the share of reports without an error-level finding; `percent` formats the share
 * (French "12,5 %" by default), `separator` goes between the title and it.
 */
export function shareRing(opts: { title: string; share: number; caption: string; percent?(share: number): string; separator?: string }): string {
  const size = 180, r = 70, c = 2 * Math.PI * r;
  const share = Math.min(1, Math.max(0, opts.share));
  const pct = escapeHtml(opts.percent ? opts.percent(share) : `${Math.round(share * 1000) / 10} %`.replace('.', ','));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size + 30}" width="${size}" role="img">` +
    `<title>${escapeHtml(opts.title)}${escapeHtml(opts.separator ?? ' : ')}${pct}</title>` +
    `<circle cx="90" cy="90" r="${r}" fill="none" stroke="${SEVERITY_COLORS.error}" stroke-width="22"/>` +
    `<circle cx="90" cy="90" r="${r}" fill="none" stroke="#2e7d32" stroke-width="22" stroke-dasharray="${(share * c).toFixed(2)} ${c.toFixed(2)}" transform="rotate(-90 90 90)"/>` +
    `<text x="90" y="97" font-size="24" font-weight="700" text-anchor="middle" fill="#222">${pct}</text>` +
    `<text x="90" y="${size + 22}" font-size="12" text-anchor="middle" fill="#222">${escapeHtml(opts.caption)}</text>` +
    '</svg>';
}
