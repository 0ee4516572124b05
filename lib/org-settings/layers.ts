/**
 * Reading a layer of settings that was not typed in just now — the user's stored settings, the
 * organisation's managed policy — field by field (STYLE.md §10): a field that no longer validates
 * falls back to its default (stored) or is ignored (managed), a bad element of a list or a bad key
 * of a record is dropped alone, and each repair is reported in French. Never throws.
 *
 * @example
 *   const { value, errors } = readStoredSettings(await item.getValue(), imported);
 *   // errors: ['champ « data.retentionDays » : valeur trop petite (minimum 1). Valeur par défaut rétablie.']
 */
import type { z } from 'zod';
import { parseWith, type KnownRule } from '../config/schema.ts';
import { defaultSettings, FIELDS, SECTIONS, type FieldSpec, type SectionName, type Settings } from './schema.ts';

export interface LayerOptions {
  /** rules that exist (the registry): an unknown id or bad options are dropped with a message */
  knownRules?: ReadonlyArray<string | KnownRule>;
}

/** A layer where every field may be absent: the managed policy, an imported file. */
export type PartialSettings = { [S in SectionName]?: Partial<Settings[S]> };

export interface LayerResult<T> {
  value: T;
  /** French, one line per repaired field */
  errors: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DEFAULT_SUFFIX = 'Valeur par défaut rétablie.';
const DROPPED_SUFFIX = 'Élément ignoré.';

function ruleCheck(known: LayerOptions['knownRules']): ((id: string, setting: unknown) => string | null) | null {
  if (!known) return null;
  const rules = new Map(known.map((k) => (typeof k === 'string' ? [k, { id: k } as KnownRule] : [k.id, k])));
  return (id, setting) => {
    const rule = rules.get(id);
    if (!rule) return `champ « rules.rules.${id} » : règle inconnue.`;
    if (isRecord(setting) && setting.options !== undefined && rule.validateOptions) {
      const m = rule.validateOptions(setting.options);
      if (m) return `champ « rules.rules.${id}.options » : ${m}`;
    }
    return null;
  };
}

/** Keys a record field accepts, for the message on a bad key. */
function keyValues(key: z.ZodType | undefined): string[] {
  const def = (key as unknown as { _zod?: { def?: { type?: string; entries?: Record<string, string> } } } | undefined)?._zod?.def;
  return def?.type === 'enum' && def.entries ? Object.values(def.entries) : [];
}

/**
 * Validate one field; `present` false means "absent from the layer". Returns the value to keep
 * (undefined: nothing valid) and the messages.
 */
function readField(spec: FieldSpec, raw: unknown, suffixBad: string, opts: LayerOptions): { value: unknown; errors: string[] } {
  const name = `${spec.section}.${spec.field}`;
  const whole = parseWith(spec.schema, raw, name);
  const check = spec.section === 'rules' && spec.field === 'rules' ? ruleCheck(opts.knownRules) : null;
  if (whole.ok && !check) return { value: whole.value, errors: [] };

  if (spec.repair === 'items' && Array.isArray(raw) && spec.element) {
    const kept: unknown[] = [];
    const errors: string[] = [];
    raw.forEach((item, i) => {
      const r = parseWith(spec.element!, item, `${name}[${i}]`);
      if (r.ok) kept.push(r.value);
      else errors.push(...r.errors.map((e) => `${e} ${DROPPED_SUFFIX}`));
    });
    // what remains must also hold as a whole (uniqueness, maximum length)
    const again = parseWith(spec.schema, kept, name);
    if (again.ok) return { value: again.value, errors };
    return { value: undefined, errors: [...errors, ...again.errors.map((e) => `${e} ${suffixBad}`)] };
  }

  if (spec.repair === 'entries' && isRecord(raw) && spec.element) {
    const kept: Record<string, unknown> = {};
    const errors: string[] = [];
    const keys = keyValues(spec.key);
    for (const [k, v] of Object.entries(raw)) {
      if (spec.key && !spec.key.safeParse(k).success) {
        const hint = keys.length ? ` (clés possibles : ${keys.join(', ')})` : '';
        errors.push(`champ « ${name}.${k} » : clé non valide${hint}. ${DROPPED_SUFFIX}`);
        continue;
      }
      const r = parseWith(spec.element, v, `${name}.${k}`);
      if (!r.ok) {
        // a list inside a record (extra terms of a category): drop the bad terms only
        if (Array.isArray(v)) {
          const inner = readField({ ...spec, field: `${spec.field}.${k}`, schema: spec.element, repair: 'items', element: arrayElement(spec.element) }, v, suffixBad, opts);
          if (inner.value !== undefined) kept[k] = inner.value;
          errors.push(...inner.errors);
          continue;
        }
        errors.push(...r.errors.map((e) => `${e} ${DROPPED_SUFFIX}`));
        continue;
      }
      const m = check?.(k, r.value);
      if (m) { errors.push(`${m} ${DROPPED_SUFFIX}`); continue; }
      kept[k] = r.value;
    }
    return { value: kept, errors };
  }

  return { value: undefined, errors: whole.ok ? [] : whole.errors.map((e) => `${e} ${suffixBad}`) };
}

function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: { type: string; element?: z.ZodType; innerType?: z.ZodType } } })._zod.def;
  if (def.type === 'optional' && def.innerType) return arrayElement(def.innerType);
  return def.type === 'array' ? def.element : undefined;
}

function readSections(raw: unknown, suffixBad: string, opts: LayerOptions, skip: ReadonlySet<string> = new Set()): LayerResult<PartialSettings> {
  const out: PartialSettings = {};
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { value: out, errors };
  if (!isRecord(raw)) return { value: out, errors: [`Réglages illisibles (un objet était attendu). ${suffixBad}`] };
  for (const key of Object.keys(raw)) {
    if (!(SECTIONS as readonly string[]).includes(key)) errors.push(`champ « ${key} » : clé inconnue (clés possibles : ${SECTIONS.join(', ')}). ${DROPPED_SUFFIX}`);
  }
  for (const section of SECTIONS) {
    const sec = raw[section];
    if (sec === undefined) continue;
    if (!isRecord(sec)) { errors.push(`champ « ${section} » : un objet attendu. ${suffixBad}`); continue; }
    const specs = FIELDS.filter((f) => f.section === section && !skip.has(`${f.section}.${f.field}`));
    for (const key of Object.keys(sec)) {
      if (!specs.some((f) => f.field === key) && !skip.has(`${section}.${key}`)) {
        errors.push(`champ « ${section}.${key} » : clé inconnue (clés possibles : ${specs.map((f) => f.field).join(', ')}). ${DROPPED_SUFFIX}`);
      }
    }
    const target: Record<string, unknown> = {};
    for (const spec of specs) {
      if (sec[spec.field] === undefined) continue;
      const r = readField(spec, sec[spec.field], suffixBad, opts);
      errors.push(...r.errors);
      if (r.value !== undefined) target[spec.field] = r.value;
    }
    (out as Record<string, unknown>)[section] = target;
  }
  return { value: out, errors };
}

/**
 * The user's settings as stored (version 2 layout: everything but the imported conductors, which
 * come from their own item), repaired: a bad field takes its default and is reported.
 */
export function readStoredSettings(stored: unknown, imported: unknown = null, opts: LayerOptions = {}): LayerResult<Settings> {
  const { value: partial, errors } = readSections(stored, DEFAULT_SUFFIX, opts, new Set(['conductors.imported']));
  const value = defaultSettings();
  for (const section of SECTIONS) Object.assign(value[section], partial[section] ?? {});
  const conductors = readField(FIELDS.find((f) => f.field === 'imported')!, imported, DEFAULT_SUFFIX, opts);
  value.conductors.imported = (conductors.value as Settings['conductors']['imported'] | undefined) ?? null;
  errors.push(...conductors.errors);
  return { value, errors };
}

/**
 * The organisation's policy (`storage.managed`): only the fields it sets, each validated alone;
 * a bad field is ignored (the user's value stays in force) and reported.
 */
export function readManagedPolicy(raw: unknown, opts: LayerOptions = {}): LayerResult<PartialSettings> {
  return readSections(raw, 'Réglage de l’organisation ignoré.', opts);
}
