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

const severity = z.enum(['error', 'warning', 'info']).describe('Sévérité : error, warning ou info.');
const confidence = z.enum(['high', 'medium', 'low']);

export const lexiconEntrySchema = z.strictObject({
  lemma: z.string().min(1).max(200).describe('Forme de base, avec ses accents (« hernie discale »).'),
  forms: z.array(z.string().min(1).max(200)).max(200).optional().describe('Autres formes : abréviations, graphies, pluriels irréguliers.'),
  inflect: z.enum(['noun', 'adj', 'none']).optional().describe('noun : ajoute les pluriels ; adj : féminin et pluriels ; none : tel quel.'),
  upper: z.boolean().optional().describe('Sigle reconnu seulement en capitales (« TOC »).'),
  confidence: confidence.optional().describe('Confiance : low abaisse la sévérité d’un niveau.'),
  severity: severity.optional(),
  needsPerson: z.boolean().optional().describe('Signalé seulement si la proposition parle de la personne.'),
  notAfter: z.array(z.string().min(1)).optional().describe('Mots qui, juste avant, annulent le terme (« secteur de la »).'),
  notBefore: z.array(z.string().min(1)).optional().describe('Mots qui, juste après, annulent le terme.'),
  notNear: z.array(z.string().min(1)).optional().describe('Mots qui, à proximité, annulent le terme.'),
  near: z.array(z.string().min(1)).optional().describe('Mots dont l’un doit se trouver à proximité.'),
  rewrite: z.string().max(500).optional().describe('Formulation conforme proposée à la place.'),
  note: z.string().max(500).optional().describe('Phrase ajoutée à l’explication.'),
  tag: z.string().max(60).optional(),
});

export const ruleSettingSchema = z.union([
  z.enum(['off', 'on', 'error', 'warning', 'info']),
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: severity.optional(),
    options: z.record(z.string(), z.unknown()).optional().describe('Options propres à la règle (voir sa documentation).'),
  }),
]).describe('off, on, une sévérité (error, warning, info) ou { enabled, severity, options }.');

const categoryEnum = z.enum(CATEGORIES);

export const lintConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional().describe('Réglage par règle (identifiant de la règle → off, on, sévérité ou objet).'),
  extraTerms: z.partialRecord(categoryEnum, z.array(z.union([z.string().min(1).max(200), lexiconEntrySchema])).max(5000)).optional()
    .describe('Termes ajoutés par catégorie : un texte, ou une entrée de lexique { lemma, forms, inflect, rewrite… }.'),
  allowlist: z.array(z.string().min(1).max(200)).max(5000).optional().describe('Mots ou expressions jamais signalés (comparés sans casse ni accents).'),
  ignoredPhrases: z.array(z.string().min(1).max(500)).max(5000).optional().describe('Expressions à l’intérieur desquelles rien n’est signalé (« Mon Parcours Handicap »).'),
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

// --- the schema at a path, for "expected keys" in messages ------------------------------------

type AnySchema = z.core.$ZodType;
interface Def { type: string; [k: string]: unknown }
const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema itself, or the options of a union, through optional / nullable / default wrappers. */
function unwrap(s: AnySchema): AnySchema[] {
  const def = defOf(s);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') return unwrap(def.innerType as AnySchema);
  if (def.type === 'union') return (def.options as AnySchema[]).flatMap(unwrap);
  return [s];
}

/** The candidate schemas found at `path` inside `schema`. */
function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current = unwrap(schema);
  for (const step of path) {
    const next: AnySchema[] = [];
    for (const c of current) {
      const def = defOf(c);
      if (def.type === 'object' && typeof step === 'string') {
        const child = (def.shape as Record<string, AnySchema>)[step];
        if (child) next.push(...unwrap(child));
      } else if (def.type === 'record' && typeof step === 'string') next.push(...unwrap(def.valueType as AnySchema));
      else if (def.type === 'array' && typeof step === 'number') next.push(...unwrap(def.element as AnySchema));
    }
    current = next;
  }
  return current;
}

/** Keys an object or record accepts at `path` (object shape keys, enum keys of a record). */
function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const c of schemasAt(schema, path)) {
    const def = defOf(c);
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
    else if (def.type === 'record') {
      for (const k of unwrap(def.keyType as AnySchema)) {
        const kd = defOf(k);
        if (kd.type === 'enum') for (const v of Object.values(kd.entries as Record<string, string>)) keys.add(String(v));
      }
    }
  }
  return [...keys];
}

const quoteList = (values: readonly unknown[]) => values.map((v) => `« ${String(v)} »`).join(', ');

/** `{ path, code, … }` as zod reports it inside a union branch, with the union's path in front. */
type Issue = z.core.$ZodIssue;

/**
 * The issues that explain a failed union best: the branches whose type matched the value (an
 * object for `{ severity: "grave" }`) say what is wrong inside; when no branch's type matched,
 * the message lists the expected types ("un texte ou un objet attendu").
 */
function unionIssues(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | string {
  const branches = (issue.errors ?? []) as Issue[][];
  // `input` is there when parsing with `reportInput` (parseWith does): an object given where a
  // branch wants one of a few words does not match that branch either
  const input = (issue as { input?: unknown }).input;
  const isObject = typeof input === 'object' && input !== null;
  const typeMismatch = (b: Issue[]) => b.length === 1 && b[0].path.length === 0 && (b[0].code === 'invalid_type' || (b[0].code === 'invalid_value' && isObject));
  const matched = branches.filter((b) => b.length && !typeMismatch(b));
  if (matched.length) {
    // the branch with the fewest issues is the one the user meant
    const best = matched.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
  }
  const expected = [...new Set(branches.filter(typeMismatch).map((b) => (b[0] as { expected?: string }).expected ?? 'string'))];
  if (!expected.length) return 'valeur non reconnue (voir la documentation du champ)';
  return `${expected.map((t) => TYPE_FR[t] ?? t).join(' ou ')} attendu`;
}

/**
 * French message for one zod issue, naming the field and the expected value. With `schema`, an
 * unknown key is listed with the keys the field accepts.
 */
export function issueToFrench(issue: z.core.$ZodIssue, root = '', schema?: AnySchema): string {
  return issuesToFrench([issue], root, schema)[0];
}

function issuesToFrench(issues: Issue[], root: string, schema: AnySchema | undefined): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      const inner = unionIssues(issue);
      if (typeof inner === 'string') out.push(`champ « ${fieldName([...(root ? [root] : []), ...issue.path])} » : ${inner}.`);
      else out.push(...issuesToFrench(inner, root, schema));
      continue;
    }
    out.push(oneIssue(issue, root, schema));
  }
  return out;
}

function oneIssue(issue: Issue, root: string, schema: AnySchema | undefined): string {
  const field = fieldName([...(root ? [root] : []), ...issue.path]);
  switch (issue.code) {
    case 'invalid_type': {
      const what = TYPE_FR[issue.expected] ?? issue.expected;
      // zod 4 says "received undefined" for a missing required field
      if (/received undefined/.test(issue.message)) return `champ « ${field} » : obligatoire, ${what} attendu.`;
      return `champ « ${field} » : ${what} attendu.`;
    }
    case 'invalid_value':
      return `champ « ${field} » : valeur attendue parmi ${quoteList(issue.values)}.`;
    case 'unrecognized_keys': {
      const plural = issue.keys.length > 1;
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      const hint = known.length ? ` (clés possibles : ${known.join(', ')})` : '';
      return `champ « ${field} » : clé${plural ? 's' : ''} inconnue${plural ? 's' : ''} ${quoteList(issue.keys)}${hint}.`;
    }
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
    case 'invalid_key': {
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      return known.length
        ? `champ « ${field} » : clé non valide (clés possibles : ${known.join(', ')}).`
        : `champ « ${field} » : clé non valide.`;
    }
    case 'invalid_format':
      return `champ « ${field} » : format non valide (${issue.format}).`;
    default:
      return `champ « ${field} » : ${issue.message}`;
  }
}

export function zodErrorsFrench(error: z.ZodError, root = '', schema?: AnySchema): string[] {
  return issuesToFrench(error.issues, root, schema);
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, root = ''): ParseResult<T> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: zodErrorsFrench(r.error, root, schema) };
}

/** What the configuration needs to know of a rule: its id and how it checks its options. */
export interface KnownRule {
  id: string;
  validateOptions?: (options: unknown) => string | null;
}

/** Edit distance, for "did you mean" on a misspelt rule id. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/**
 * Validate a lint configuration. `knownRules` (ids, or rules with their `validateOptions`) lets
 * the caller refuse unknown rule ids — a typo would otherwise silently keep a rule on — and
 * options a rule does not accept.
 */
export function parseLintConfig(input: unknown, knownRules?: ReadonlyArray<string | KnownRule>): ParseResult<LintConfig> {
  const r = parseWith(lintConfigSchema, input);
  if (!r.ok) return r;
  const errors: string[] = [];
  if (knownRules) {
    const rules = new Map(knownRules.map((k) => (typeof k === 'string' ? [k, { id: k }] : [k.id, k])));
    const ids = [...rules.keys()];
    for (const [id, setting] of Object.entries(r.value.rules ?? {})) {
      const rule = rules.get(id);
      if (!rule) {
        const close = ids.filter((k) => distance(k, id) <= 2).sort((a, b) => distance(a, id) - distance(b, id))[0];
        const hint = close ? ` ; vouliez-vous dire « ${close} » ?` : '';
        errors.push(`champ « rules.${id} » : règle inconnue${hint} (règles disponibles : ${ids.join(', ')}).`);
        continue;
      }
      if (typeof setting === 'object' && setting.options !== undefined && rule.validateOptions) {
        const message = rule.validateOptions(setting.options);
        if (message) errors.push(`champ « rules.${id}.options » : ${message}`);
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  const { $schema: _ignored, ...config } = r.value;
  return { ok: true, value: config as LintConfig };
}

/**
 * JSON Schema of the configuration file, for editor completion (ships as cadrerc.schema.json,
 * written by scripts/gen-schema.mjs). With `ruleIds`, the rule ids are offered as keys of `rules`.
 * (Ids only, not descriptions: the committed file then changes only when a rule is added.)
 */
export function lintConfigJsonSchema(ruleIds?: readonly string[]): Record<string, unknown> {
  const schema = z.toJSONSchema(lintConfigSchema, { target: 'draft-2020-12' }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  if (ruleIds?.length) {
    const ref = { $ref: '#/$defs/ruleSetting' };
    schema.$defs = { ...(schema.$defs as object | undefined), ruleSetting: schema.properties.rules.additionalProperties };
    schema.properties.rules = {
      ...schema.properties.rules,
      propertyNames: { type: 'string', enum: [...ruleIds] },
      properties: Object.fromEntries(ruleIds.map((id) => [id, ref])),
      additionalProperties: ref,
    };
  }
  return {
    ...schema,
    title: 'Configuration Cadre (.cadrerc.json)',
    description: 'Règles actives, sévérités, termes ajoutés par catégorie, liste blanche et expressions ignorées.',
  };
}
