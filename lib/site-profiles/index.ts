/**
 * Site profiles (issue #3 §2): how to recognise a case-management application and read, from its
 * page, the interview type and the case id. Pure: the caller passes the URL and the slice of the
 * document it needs (`Pick<Document, 'querySelector'>`), so this runs in a content script, a test
 * or a worker alike. The case id is only handed over to be hashed (see lib/db/case-hash.ts).
 *
 * @example
 *   const profile = matchProfile(DEFAULT_SITE_PROFILES, location.href);
 *   const found = profile && detectFromPage(profile, document); // { interviewType: 'diagnostic', caseId: 'D-2041' }
 */
import { z } from 'zod';
import { fold } from '../lint/normalize.ts';
import { parseWith, type ParseResult } from '../config/schema.ts';

export const siteProfileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  libelle: z.string().min(1).max(120),
  /** URL patterns, `*` matching any characters: "https://crm.example.org/entretiens/*" */
  urls: z.array(z.string().min(1).max(300)).min(1).max(20),
  /** element holding the interview type: a `<select>`, an input, or any element with text */
  typeSelector: z.string().min(1).max(300).optional(),
  /** optional regular expression with one group, applied to the element's text */
  typePattern: z.string().min(1).max(300).optional(),
  /** page value or label (case and accents ignored) → conductor id */
  typeMap: z.record(z.string(), z.string()).default({}),
  /** element holding the case id, and the attribute to read (its text otherwise) */
  caseId: z.strictObject({ selector: z.string().min(1).max(300), attribute: z.string().min(1).max(60).optional() }).optional(),
  /** the report's editor, for in-page linting (later issue) */
  reportSelector: z.string().min(1).max(300).optional(),
  /** the read-only view of a saved report, audited by quality leads (issue #4 §1, issue #5 §1) */
  reportViewSelector: z.string().min(1).max(300).optional(),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;

export function parseSiteProfiles(input: unknown): ParseResult<SiteProfile[]> {
  return parseWith(z.array(siteProfileSchema), input, 'profilsDeSite');
}

/** The bundled demo application (tests/fixtures/demo). */
export const DEMO_SITE_PROFILE: SiteProfile = {
  id: 'demo-cadre',
  libelle: 'Application de démonstration Cadre',
  urls: ['http://127.0.0.1:*/entretien.html*', 'http://localhost:*/entretien.html*', 'http://127.0.0.1:*/compte-rendu.html*', 'http://localhost:*/compte-rendu.html*'],
  typeSelector: '#type-entretien',
  typeMap: {
    PA: 'premier-accueil',
    DIAG: 'diagnostic',
    COEL: 'co-elaboration-parcours',
    CONTRAT: 'contractualisation',
    PREP: 'preparation-etape',
    EVALI: 'evaluation-intermediaire',
    EVALF: 'evaluation-finale',
    SUIVI: 'suivi',
    // the read-only report page shows the label, not the code
    'Premier accueil': 'premier-accueil',
    Diagnostic: 'diagnostic',
    'Co-élaboration de parcours': 'co-elaboration-parcours',
    Contractualisation: 'contractualisation',
    "Préparation d'étape ou d'action": 'preparation-etape',
    'Évaluation intermédiaire': 'evaluation-intermediaire',
    'Évaluation finale et co-élaboration de la suite': 'evaluation-finale',
    Suivi: 'suivi',
  },
  caseId: { selector: '[data-dossier-id]', attribute: 'data-dossier-id' },
  reportSelector: '#compte-rendu',
  reportViewSelector: '#compte-rendu-lecture',
};

export const DEFAULT_SITE_PROFILES: SiteProfile[] = [DEMO_SITE_PROFILE];

const patternCache = new Map<string, RegExp>();

/** Does `url` match the pattern? `*` matches any run of characters; everything else is literal. */
export function urlMatches(pattern: string, url: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    patternCache.set(pattern, re);
  }
  return re.test(url);
}

export function matchProfile(profiles: readonly SiteProfile[], url: string): SiteProfile | undefined {
  return profiles.find((p) => p.urls.some((u) => urlMatches(u, url)));
}

type QueryRoot = Pick<Document, 'querySelector'>;

interface ElementLike {
  value?: unknown;
  textContent: string | null;
  getAttribute(name: string): string | null;
  selectedOptions?: ArrayLike<{ textContent: string | null }>;
}

/** The values an element offers for the type: its value, the selected option's label, its text. */
function candidates(el: ElementLike): string[] {
  const out: string[] = [];
  if (typeof el.value === 'string' && el.value) out.push(el.value);
  const opt = el.selectedOptions?.[0];
  if (opt?.textContent) out.push(opt.textContent);
  if (!out.length && el.textContent) out.push(el.textContent);
  return out.map((s) => s.trim()).filter(Boolean);
}

export interface PageInfo {
  profileId: string;
  /** conductor id, when the page shows a known type */
  interviewType?: string;
  /** the case id as read; to be hashed at once, never stored */
  caseId?: string;
}

/** Read the interview type and case id from a page matched by `profile`. */
export function detectFromPage(profile: SiteProfile, doc: QueryRoot, knownTypes?: readonly string[]): PageInfo {
  const info: PageInfo = { profileId: profile.id };
  if (profile.typeSelector) {
    const el = doc.querySelector(profile.typeSelector) as unknown as ElementLike | null;
    if (el) {
      const map = new Map(Object.entries(profile.typeMap).map(([k, v]) => [fold(k).trim(), v]));
      const pattern = profile.typePattern ? new RegExp(profile.typePattern, 'u') : null;
      for (let raw of candidates(el)) {
        if (pattern) raw = pattern.exec(raw)?.[1] ?? '';
        const key = fold(raw).trim();
        const id = map.get(key) ?? (knownTypes?.includes(key) ? key : undefined);
        if (id) { info.interviewType = id; break; }
      }
    }
  }
  if (profile.caseId) {
    const el = doc.querySelector(profile.caseId.selector) as unknown as ElementLike | null;
    const raw = el ? (profile.caseId.attribute ? el.getAttribute(profile.caseId.attribute) : el.textContent) : null;
    if (raw && raw.trim()) info.caseId = raw.trim();
  }
  return info;
}
