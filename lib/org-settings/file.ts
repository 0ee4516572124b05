/**
 * The settings file (issue #6 §1): one JSON file exports and imports everything. An import is
 * validated whole; a file with any bad field is refused as a whole with one French line per bad
 * field, and the caller keeps the settings in use (nothing here mutates its input).
 *
 * In a file every section and every field is optional: a field present replaces the one in use,
 * a field absent leaves it as it is. `version` is required (the model's version).
 *
 * @example
 *   const r = parseSettingsFile(await file.text(), registry);
 *   if (r.ok) save(applySettingsFile(current, r.value)); else show(r.errors);
 */
import { z } from 'zod';
import { parseLintConfig, parseWith, type KnownRule, type ParseResult } from '../config/schema.ts';
import type { LintConfig } from '../lint/engine.ts';
import { conductorsSectionSchema, dataSectionSchema, rulesSectionSchema, SECTIONS, SETTINGS_FORMAT, SETTINGS_VERSION, sitesSchema, type Settings } from './schema.ts';
import { lintConfigOf } from './merge.ts';
import type { PartialSettings } from './layers.ts';

export const settingsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SETTINGS_FORMAT).optional(),
  version: z.literal(SETTINGS_VERSION),
  /** ISO date of the export, for the reader; ignored on import */
  exportedAt: z.string().max(40).optional(),
  sites: sitesSchema.partial().optional(),
  rules: rulesSectionSchema.optional(),
  conductors: conductorsSectionSchema.partial().optional(),
  data: dataSectionSchema.partial().optional(),
});

export type SettingsFile = z.infer<typeof settingsFileSchema>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys only a settings file has (a `.cadrerc.json` has none of them). */
const FILE_KEYS = ['format', 'version', 'exportedAt', 'sites', 'conductors', 'data'];

/** Is this parsed JSON a settings file (rather than a `.cadrerc.json` lint configuration)? */
export function isSettingsFile(json: unknown): boolean {
  return isRecord(json) && FILE_KEYS.some((k) => k in json);
}

function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [`Le fichier n'est pas un JSON valide (${detail}).`] };
  }
}

/** What the file looks like when it is not a settings file: a hint to the right place. */
function misplaced(json: unknown): string | null {
  if (!isRecord(json)) return null;
  if ('conducteurs' in json) return "Ce fichier est un fichier de conducteurs : importez-le dans la section « Conducteurs ».";
  if (!FILE_KEYS.some((k) => k in json) && ('rules' in json || 'extraTerms' in json || 'allowlist' in json || 'ignoredPhrases' in json)) {
    return 'Ce fichier ressemble à une configuration .cadrerc.json : ajoutez « "version": 2 » et placez-la sous la clé « rules » d’un fichier de paramètres.';
  }
  return null;
}

/**
 * Validate a settings file (text or parsed JSON). Every bad field is named, unknown rule ids and
 * bad rule options included when `knownRules` is given (the registry).
 */
export function parseSettingsFile(input: string | unknown, knownRules?: ReadonlyArray<string | KnownRule>): ParseResult<SettingsFile> {
  let json = input;
  if (typeof input === 'string') {
    const r = parseJson(input);
    if (!r.ok) return r;
    json = r.value;
  }
  const hint = misplaced(json);
  if (hint) return { ok: false, errors: [hint] };
  const r = parseWith(settingsFileSchema, json);
  const errors = r.ok ? [] : [...r.errors];
  // rule ids checked on the raw input, so that a typo is named along with the other errors
  const rules = isRecord(json) && isRecord(json.rules) && isRecord(json.rules.rules) ? json.rules.rules : null;
  if (rules && knownRules) {
    const known = new Map(knownRules.map((k) => (typeof k === 'string' ? [k, { id: k } as KnownRule] : [k.id, k])));
    for (const [id, setting] of Object.entries(rules)) {
      const rule = known.get(id);
      if (!rule) errors.push(`champ « rules.rules.${id} » : règle inconnue (règles disponibles : ${[...known.keys()].join(', ')}).`);
      else if (isRecord(setting) && setting.options !== undefined && rule.validateOptions) {
        const m = rule.validateOptions(setting.options);
        if (m) errors.push(`champ « rules.rules.${id}.options » : ${m}`);
      }
    }
  }
  if (errors.length || !r.ok) return { ok: false, errors };
  return { ok: true, value: r.value };
}

/** The settings in use with the file's fields put in place (a new object). */
export function applySettingsFile(current: Settings, file: SettingsFile | PartialSettings): Settings {
  const next = structuredClone(current);
  for (const section of SECTIONS) {
    const part = (file as PartialSettings)[section];
    if (!part) continue;
    for (const [k, v] of Object.entries(part)) if (v !== undefined) (next[section] as Record<string, unknown>)[k] = structuredClone(v);
  }
  return next;
}

/**
 * The settings file of `settings`; `date` is written as `exportedAt`.
 *
 * @example
 *   download('cadre-parametres.json', JSON.stringify(toSettingsFile(effective), null, 2));
 */
export function toSettingsFile(settings: Settings, date?: Date): SettingsFile {
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    ...(date ? { exportedAt: date.toISOString() } : {}),
    sites: structuredClone(settings.sites),
    rules: structuredClone(settings.rules),
    conductors: structuredClone(settings.conductors),
    data: structuredClone(settings.data),
  };
}

/**
 * The lint configuration carried by a JSON value, for `cadre lint --config`: a `.cadrerc.json`
 * as is, or the `rules` part of a settings file (validated whole: a bad settings file is refused,
 * so a quality lead audits with exactly the rules counsellors see).
 *
 * @example
 *   const r = lintConfigFromFile(JSON.parse(text), registry); // either kind of file
 */
export function lintConfigFromFile(json: unknown, knownRules?: ReadonlyArray<string | KnownRule>): ParseResult<LintConfig> {
  if (!isSettingsFile(json)) return parseLintConfig(json, knownRules);
  const r = parseSettingsFile(json, knownRules);
  return r.ok ? { ok: true, value: lintConfigOf({ rules: r.value.rules ?? {}, conductors: { imported: r.value.conductors?.imported ?? null } }) } : r;
}
