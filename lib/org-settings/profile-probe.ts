/**
 * "Tester sur un onglet" for a site profile (issue #6 §1): what each of the profile's selectors
 * finds in an open page of the application, and what Cadre reads from it. The probe runs in the
 * page (injected by `scripting.executeScript`, so it is self-contained: no import, no closure) and
 * returns plain data; the reading is `detectFromPage` itself, over that data, so the test shows
 * exactly what the content script will read.
 *
 * @example
 *   const [{ result }] = await browser.scripting.executeScript({ target: { tabId }, func: probeSelectorsInPage, args: [probeSpecs(profile)] });
 *   const rows = readProbe(profile, result); // [{ field: 'type', selector: '#type-entretien', count: 1, found: 'DIAG', reads: 'diagnostic' }, …]
 */
import { detectFromPage, type SiteProfile } from '../site-profiles/index.ts';

export interface ProbeSpec {
  selector: string;
  /** attribute to read (case id) */
  attribute?: string;
}

export interface ProbeResult {
  selector: string;
  count: number;
  /** the first element's `value` when it has one (select, input, textarea) */
  value?: string;
  /** the label of the selected option of a `<select>` */
  selectedLabel?: string;
  text?: string;
  attribute?: string | null;
  /** the selector is not valid CSS */
  error?: string;
}

export type ProbeField = 'type' | 'caseId' | 'report';

/** The selectors of a profile to probe, by field. */
export function probeSpecs(profile: SiteProfile): Partial<Record<ProbeField, ProbeSpec>> {
  const out: Partial<Record<ProbeField, ProbeSpec>> = {};
  if (profile.typeSelector) out.type = { selector: profile.typeSelector };
  if (profile.caseId) out.caseId = { selector: profile.caseId.selector, ...(profile.caseId.attribute ? { attribute: profile.caseId.attribute } : {}) };
  if (profile.reportSelector) out.report = { selector: profile.reportSelector };
  return out;
}

/**
 * Runs IN THE PAGE: the first element each selector matches, and how many. Self-contained on
 * purpose (`executeScript` serialises the function's source).
 */
export function probeSelectorsInPage(specs: Partial<Record<ProbeField, ProbeSpec>>): Partial<Record<ProbeField, ProbeResult>> {
  const out: Partial<Record<ProbeField, ProbeResult>> = {};
  const cut = (s: string | null | undefined) => (s == null ? undefined : s.replace(/\s+/g, ' ').trim().slice(0, 200));
  for (const [field, spec] of Object.entries(specs) as Array<[ProbeField, ProbeSpec]>) {
    try {
      const all = document.querySelectorAll(spec.selector);
      const el = all[0] as (Element & { value?: unknown; selectedOptions?: ArrayLike<Element> }) | undefined;
      const r: ProbeResult = { selector: spec.selector, count: all.length };
      if (el) {
        if (typeof el.value === 'string') r.value = cut(el.value);
        const opt = el.selectedOptions?.[0];
        if (opt) r.selectedLabel = cut(opt.textContent);
        r.text = cut(el.textContent);
        if (spec.attribute) r.attribute = el.getAttribute(spec.attribute);
      }
      out[field] = r;
    } catch (e) {
      out[field] = { selector: spec.selector, count: 0, error: e instanceof Error ? e.message : String(e) };
    }
  }
  return out;
}

export interface ProbeRow {
  field: ProbeField;
  selector: string;
  count: number;
  /** what the first element holds, as found */
  found?: string;
  /** what Cadre reads from it: conductor id (type), case id */
  reads?: string;
  error?: string;
}

/** One row per selector of the profile: found or not, and what Cadre reads from the page. */
export function readProbe(profile: SiteProfile, results: Partial<Record<ProbeField, ProbeResult>>, knownTypes?: readonly string[]): ProbeRow[] {
  // a stand-in document whose elements carry what the probe saw: detectFromPage reads them as it
  // reads the real page
  const bySelector = new Map<string, ProbeResult>();
  for (const r of Object.values(results)) if (r && r.count > 0) bySelector.set(r.selector, r);
  const doc = {
    querySelector(selector: string) {
      const r = bySelector.get(selector);
      if (!r) return null;
      return {
        value: r.value,
        textContent: r.text ?? null,
        getAttribute: () => r.attribute ?? null,
        selectedOptions: r.selectedLabel !== undefined ? [{ textContent: r.selectedLabel }] : undefined,
      };
    },
  } as unknown as Pick<Document, 'querySelector'>;
  const info = detectFromPage(profile, doc, knownTypes);
  const rows: ProbeRow[] = [];
  for (const field of ['type', 'caseId', 'report'] as const) {
    const r = results[field];
    if (!r) continue;
    const found = field === 'caseId' && r.attribute !== undefined ? (r.attribute ?? undefined)
      : r.value && r.selectedLabel && r.value !== r.selectedLabel ? `${r.value} (${r.selectedLabel})`
        : r.selectedLabel ?? r.value ?? r.text;
    rows.push({
      field,
      selector: r.selector,
      count: r.count,
      ...(r.count > 0 && found !== undefined && field !== 'report' ? { found } : {}),
      ...(field === 'type' && info.interviewType ? { reads: info.interviewType } : {}),
      ...(field === 'caseId' && info.caseId ? { reads: info.caseId } : {}),
      ...(r.error ? { error: r.error } : {}),
    });
  }
  return rows;
}
