/**
 * The settings model of Cadre (issue #6 §1), one zod schema per section, versioned:
 *
 * - `sites`: the origins where Cadre runs (match patterns the options page grants through the
 *   `permissions` API) and the site profiles of the case-management applications;
 * - `rules`: the lint configuration itself (`lib/config/schema.ts`: rules on/off and severity, extra
 *   terms per category, allowlist, ignored phrases) — the part `cadre lint --config` reads;
 * - `conductors`: the imported conductors (null: those shipped with Cadre), timer durations per
 *   interview type, phase notifications;
 * - `data`: retention period of interview states.
 *
 * Version 1 was the side panel's `{ retentionDays, notifications }` (lib/settings); version 2 is
 * this model. Field names follow the files they come from (the lint config's English names,
 * the conductors' French ones) so an error names the field as the user wrote it.
 *
 * @example
 *   const r = settingsSchema.safeParse(value); // the full model, as the options page edits it
 */
import { z } from 'zod';
import { lintConfigSchema } from '../config/schema.ts';
import { DEFAULT_SITE_PROFILES, siteProfileSchema } from '../site-profiles/index.ts';
import { conductorFileSchema, PHASE_IDS } from '../conductors/schema.ts';

export const SETTINGS_VERSION = 2;
/** `format` of an exported settings file: tells it apart from a `.cadrerc.json` or a conductor file. */
export const SETTINGS_FORMAT = 'cadre-parametres';

// one site, as lib/permissions writes them: scheme and host, no port (Firefox refuses ports in
// match patterns; Chrome's pattern without a port matches every port), any path
const ORIGIN_PATTERN = /^(https?|\*):\/\/((?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)\/\*$/;

/** A match pattern covering one whole site: `https://crm.exemple.fr/*`, `https://*.exemple.fr/*`. */
export function isOriginPattern(s: string): boolean {
  return ORIGIN_PATTERN.test(s);
}

/**
 * The match pattern of the site a user typed: an address, a bare host or already a pattern
 * (same form as `sitePatternOf` in lib/permissions). Returns null when it is none of these.
 *
 * @example
 *   toOriginPattern('crm.exemple.fr/dossiers/12') // 'https://crm.exemple.fr/*'
 */
export function toOriginPattern(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z*]+:\/\//.test(s)) s = `https://${s}`;
  const m = /^([a-z*]+):\/\/([^/?#:]+)(?::(\d+|\*))?(?:[/?#]|$)/.exec(s);
  if (!m || (m[3] && m[3] !== '*' && Number(m[3]) > 65535)) return null;
  const pattern = `${m[1]}://${m[2]}/*`;
  return isOriginPattern(pattern) ? pattern : null;
}

const originSchema = z.string().max(300).refine(isOriginPattern, {
  message: 'adresse de site attendue sous la forme « https://crm.exemple.fr/* ».',
});

const uniqueBy = <T>(key: (t: T) => string, what: string) => (list: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `${what} « ${k} » en double.`, input: item });
    seen.add(k);
  });
};

export const sitesSchema = z.strictObject({
  /** match patterns of the sites where Cadre may run (each needs the user's grant) */
  origins: z.array(originSchema).max(100).superRefine(uniqueBy((s) => s, 'site')),
  /** how to read each case-management application (lib/site-profiles) */
  profiles: z.array(siteProfileSchema).max(50).superRefine(uniqueBy((p) => p.id, 'profil')),
});

/** The lint configuration, without the editor's `$schema` hint. */
export const rulesSectionSchema = lintConfigSchema.omit({ $schema: true });

const conductorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant de conducteur en minuscules et tirets attendu.');
const minutes = z.number().int().min(1).max(240);
/** minutes per phase; a phase left out keeps the conductor's own duration */
export const phaseDurationsSchema = z.partialRecord(z.enum(PHASE_IDS), minutes);

export const conductorsSectionSchema = z.strictObject({
  /** an organisation's conductor file; null: the conductors shipped with Cadre */
  imported: conductorFileSchema.nullable(),
  /** interview type (conductor id) → phase durations, overriding the conductor's */
  durations: z.record(conductorId, phaseDurationsSchema),
  /** system notification at each phase change */
  notifications: z.boolean(),
});

export const dataSectionSchema = z.strictObject({
  /** days after which an untouched interview state is deleted */
  retentionDays: z.number().int().min(1).max(365),
});

/** The whole model, as the options page edits it and a settings file carries it. */
export const settingsSchema = z.strictObject({
  sites: sitesSchema,
  rules: rulesSectionSchema,
  conductors: conductorsSectionSchema,
  data: dataSectionSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type SitesSettings = z.infer<typeof sitesSchema>;
export type RulesSettings = z.infer<typeof rulesSectionSchema>;
export type ConductorSettings = z.infer<typeof conductorsSectionSchema>;
export type DataSettings = z.infer<typeof dataSectionSchema>;
export type PhaseDurations = z.infer<typeof phaseDurationsSchema>;
export type SectionName = keyof Settings;
export const SECTIONS: readonly SectionName[] = ['sites', 'rules', 'conductors', 'data'];

/**
 * What `local:settings` holds at version 2: the model without the imported conductors, which
 * keep their own item (`local:conductors`, read by the panel and the background).
 */
export type StoredSettings = Omit<Settings, 'conductors'> & { conductors: Omit<ConductorSettings, 'imported'> };

/** Version 1, as the side panel stored it (lib/settings before issue #6). */
export interface StoredSettingsV1 {
  retentionDays: number;
  notifications: boolean;
}

export function defaultSettings(): Settings {
  return {
    sites: { origins: [], profiles: structuredClone(DEFAULT_SITE_PROFILES) },
    rules: {},
    conductors: { imported: null, durations: {}, notifications: true },
    data: { retentionDays: 30 },
  };
}

/**
 * One field of the model: its schema and how a bad stored value is repaired — `value`: the field
 * falls back to its default; `items`: bad elements of a list are dropped; `entries`: bad keys of
 * a record are dropped. Fields are the unit of repair, of managed policy and of import.
 */
export interface FieldSpec {
  section: SectionName;
  field: string;
  schema: z.ZodType;
  repair: 'value' | 'items' | 'entries';
  /** schema of one element (items) or one value (entries) */
  element?: z.ZodType;
  key?: z.ZodType;
}

const shape = <S extends SectionName>(s: S) => (settingsSchema.shape[s] as z.ZodObject).shape as Record<string, z.ZodType>;
const lintShape = rulesSectionSchema.shape;

export const FIELDS: readonly FieldSpec[] = [
  { section: 'sites', field: 'origins', schema: shape('sites').origins, repair: 'items', element: originSchema },
  { section: 'sites', field: 'profiles', schema: shape('sites').profiles, repair: 'items', element: siteProfileSchema },
  { section: 'rules', field: 'rules', schema: lintShape.rules.unwrap(), repair: 'entries', element: lintShape.rules.unwrap().valueType, key: z.string().min(1).max(60) },
  { section: 'rules', field: 'extraTerms', schema: lintShape.extraTerms.unwrap(), repair: 'entries', element: lintShape.extraTerms.unwrap().valueType, key: lintShape.extraTerms.unwrap().keyType },
  { section: 'rules', field: 'allowlist', schema: lintShape.allowlist.unwrap(), repair: 'items', element: lintShape.allowlist.unwrap().element },
  { section: 'rules', field: 'ignoredPhrases', schema: lintShape.ignoredPhrases.unwrap(), repair: 'items', element: lintShape.ignoredPhrases.unwrap().element },
  { section: 'conductors', field: 'imported', schema: shape('conductors').imported, repair: 'value' },
  { section: 'conductors', field: 'durations', schema: shape('conductors').durations, repair: 'entries', element: phaseDurationsSchema, key: conductorId },
  { section: 'conductors', field: 'notifications', schema: shape('conductors').notifications, repair: 'value' },
  { section: 'data', field: 'retentionDays', schema: shape('data').retentionDays, repair: 'value' },
];

/** Fields of the `rules` section that may be absent (the lint config's optional keys). */
export const OPTIONAL_FIELDS = new Set(['rules.rules', 'rules.extraTerms', 'rules.allowlist', 'rules.ignoredPhrases']);
