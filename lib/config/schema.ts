/**
 * Lint configuration, validated at every boundary (`.cadrerc.json`, `--config`, imported settings,
 * managed policy). Invalid input is refused as a whole with French messages naming each field.
 *
 * @example
 *   const r = parseLintConfig({ rules: { sante: 'warning' } });
 *   if (!r.ok) console.error(r.errors.join('\n'));
 */
import { z } from 'zod';
import { CATEGORIES } from '../lint/types.ts';
import type { LintConfig } from '../lint/engine.ts';

const severity = z.enum(['error', 'warning', 'info']);
const confidence = z.enum(['high', 'medium', 'low']);

export const lexiconEntrySchema = z.strictObject({
  lemma: z.string().min(1).max(200),
  forms: z.array(z.string().min(1).max(200)).max(200).optional(),
  inflect: z.enum(['noun', 'adj', 'none']).optional(),
  upper: z.boolean().optional(),
  confidence: confidence.optional(),
  severity: severity.optional(),
  needsPerson: z.boolean().optional(),
  notAfter: z.array(z.string().min(1)).optional(),
  notBefore: z.array(z.string().min(1)).optional(),
  notNear: z.array(z.string().min(1)).optional(),
  near: z.array(z.string().min(1)).optional(),
  rewrite: z.string().max(500).optional(),
  note: z.string().max(500).optional(),
  tag: z.string().max(60).optional(),
});

export const ruleSettingSchema = z.union([
  z.enum(['off', 'on', 'error', 'warning', 'info']),
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: severity.optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

const categoryEnum = z.enum(CATEGORIES);

export const lintConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  extraTerms: z.partialRecord(categoryEnum, z.array(z.union([z.string().min(1).max(200), lexiconEntrySchema])).max(5000)).optional(),
  allowlist: z.array(z.string().min(1).max(200)).max(5000).optional(),
  ignoredPhrases: z.array(z.string().min(1).max(500)).max(5000).optional(),
});

export type LintConfigInput = z.input<typeof lintConfigSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Dotted field name as a user reads it: `rules.sante`, `extraTerms.sante[2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(racine)';
}

const TYPE_FR: Record<string, string> = {
  string: 'un texte', number: 'un nombre', boolean: 'vrai ou faux (true/false)', object: 'un objet',
  array: 'une liste', undefined: 'rien', null: 'null', int: 'un entier', record: 'un objet',
};

/** French message for one zod issue, naming the field and the expected value. */
export function issueToFrench(issue: z.core.$ZodIssue, root = ''): string {
  const field = fieldName([...(root ? [root] : []), ...issue.path]);
  switch (issue.code) {
    case 'invalid_type':
      return `champ « ${field} » : ${TYPE_FR[issue.expected] ?? issue.expected} attendu.`;
    case 'invalid_value':
      return `champ « ${field} » : valeur attendue parmi ${issue.values.map((v) => `« ${String(v)} »`).join(', ')}.`;
    case 'unrecognized_keys':
      return `champ « ${field} » : clé${issue.keys.length > 1 ? 's' : ''} inconnue${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `« ${k} »`).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `champ « ${field} » : texte vide ou trop court (au moins ${String(issue.minimum)} caractère${Number(issue.minimum) > 1 ? 's' : ''}).`
        : issue.origin === 'array'
          ? `champ « ${field} » : au moins ${String(issue.minimum)} élément(s) attendu(s).`
          : `champ « ${field} » : valeur trop petite (minimum ${String(issue.minimum)}).`;
    case 'too_big':
      return issue.origin === 'string'
        ? `champ « ${field} » : texte trop long (au plus ${String(issue.maximum)} caractères).`
        : issue.origin === 'array'
          ? `champ « ${field} » : au plus ${String(issue.maximum)} éléments.`
          : `champ « ${field} » : valeur trop grande (maximum ${String(issue.maximum)}).`;
    case 'invalid_union':
      return `champ « ${field} » : valeur non reconnue (voir la documentation du champ).`;
    case 'invalid_key':
      return `champ « ${field} » : clé non valide.`;
    case 'invalid_format':
      return `champ « ${field} » : format non valide (${issue.format}).`;
    default:
      return `champ « ${field} » : ${issue.message}`;
  }
}

export function zodErrorsFrench(error: z.ZodError, root = ''): string[] {
  return error.issues.map((i) => issueToFrench(i, root));
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, root = ''): ParseResult<T> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: zodErrorsFrench(r.error, root) };
}

/**
 * Validate a lint configuration. `knownRules` lets the caller refuse unknown rule ids
 * (a typo would otherwise silently keep a rule on).
 */
export function parseLintConfig(input: unknown, knownRules?: readonly string[]): ParseResult<LintConfig> {
  const r = parseWith(lintConfigSchema, input);
  if (!r.ok) return r;
  const errors: string[] = [];
  if (knownRules) {
    for (const id of Object.keys(r.value.rules ?? {})) {
      if (!knownRules.includes(id)) errors.push(`champ « rules.${id} » : règle inconnue (règles disponibles : ${knownRules.join(', ')}).`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const { $schema: _ignored, ...config } = r.value;
  return { ok: true, value: config as LintConfig };
}

/** JSON Schema of the configuration file, for editor completion (ships as cadrerc.schema.json). */
export function lintConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(lintConfigSchema, { target: 'draft-2020-12' }),
    title: 'Configuration Cadre (.cadrerc.json)',
    description: 'Règles actives, sévérités, termes ajoutés par catégorie, liste blanche et expressions ignorées.',
  };
}
