/**
 * The managed-storage schema shipped in the package (public/managed-schema.json, manifest
 * `storage.managed_schema`): written in the subset of JSON Schema Chrome accepts, in step with the
 * zod model (every field of the model can be pushed, nothing else), and accepting real values.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registry } from '../../rules/index.ts';
import { CATEGORIES } from '../../lib/lint/types.ts';
import { DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/defaults.ts';
import { DEMO_SITE_PROFILE } from '../../lib/site-profiles/index.ts';
import { readManagedPolicy, settingsSchema } from '../../lib/org-settings/index.ts';
import { managedSchema as schema, validate, type Node } from './chrome-schema.ts';


/** Keywords of Chrome's policy schema (components/policy/core/common/schema.cc). */
const CHROME_KEYWORDS = new Set(['type', 'description', 'title', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'id', '$ref', 'required', 'sensitiveValue']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function walk(node: Node, path: string, visit: (n: Node, path: string) => void): void {
  visit(node, path);
  for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${k}`, visit);
  if (node.additionalProperties) walk(node.additionalProperties, `${path}.*`, visit);
  if (node.items) walk(node.items, `${path}[]`, visit);
}

describe('public/managed-schema.json', () => {
  it('uses only what Chrome policy schemas know; every node has a type', () => {
    walk(schema, '$', (n, path) => {
      for (const k of Object.keys(n)) expect(CHROME_KEYWORDS.has(k), `${path}: ${k}`).toBe(true);
      expect(CHROME_TYPES.has(n.type ?? ''), `${path}: type ${n.type}`).toBe(true);
      if (n.enum) expect(n.type === 'string' || n.type === 'integer', `${path}: enum on ${n.type}`).toBe(true);
    });
  });

  it('describes exactly the fields of the settings model (no field forgotten, none invented)', () => {
    // the zod model as JSON Schema; unions (a rule setting as text or object, a term as text or
    // lexicon entry) are pushed in their object or text form: compare the object branch if any
    const zodSchema = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as Node;
    const pick = (n: Node): Node => {
      const branches = (n.anyOf as Node[] | undefined) ?? (n.oneOf as Node[] | undefined);
      if (!branches) return n;
      const nonNull = branches.filter((b) => b.type !== 'null');
      return nonNull.find((b) => b.type === 'object' && b.properties) ?? nonNull.find((b) => b.type === 'string') ?? nonNull[0];
    };
    // rule options are free-form per rule (Chrome's schema has no "any" type): not pushed by
    // policy; `$schema` is an editor hint of hand-written files
    const NOT_PUSHED: Record<string, string[]> = { '$.rules.rules.*': ['options'], '$.conductors.imported': ['$schema'] };
    const compare = (zn: Node, mn: Node, path: string) => {
      zn = pick(zn);
      if (path === '$.rules.extraTerms.*[]') return; // terms are pushed as text only
      if (zn.properties) {
        const expected = Object.keys(zn.properties).filter((k) => !NOT_PUSHED[path]?.includes(k)).sort();
        expect(Object.keys(mn.properties ?? {}).sort(), path).toEqual(expected);
        for (const k of expected) compare(zn.properties[k], mn.properties![k], `${path}.${k}`);
      }
      if (zn.items && !Array.isArray(zn.items)) compare(zn.items, mn.items!, `${path}[]`);
      if (zn.additionalProperties && typeof zn.additionalProperties === 'object') {
        // a record over a closed set of keys (categories) is written with properties in Chrome's schema
        const target = mn.additionalProperties ?? Object.values(mn.properties ?? {})[0];
        expect(target, `${path}.*`).toBeDefined();
        compare(zn.additionalProperties, target!, `${path}.*`);
      }
    };
    compare(zodSchema, schema, '$');
  });

  it('accepts real values: the shipped conductors, the demo site profile, every rule and category', () => {
    const policy = {
      sites: { origins: ['https://crm.exemple.fr/*'], profiles: [DEMO_SITE_PROFILE] },
      rules: {
        rules: Object.fromEntries(registry.map((r) => [r.id, { enabled: true, severity: r.meta.severity }])),
        extraTerms: Object.fromEntries(CATEGORIES.map((c) => [c, ['terme']])),
        allowlist: ['France Travail'],
        ignoredPhrases: ['Mon Parcours Handicap'],
      },
      conductors: { imported: DEFAULT_CONDUCTOR_FILE, durations: { diagnostic: { introduction: 5, deroulement: 30, conclusion: 10 } }, notifications: false },
      data: { retentionDays: 15 },
    };
    expect(validate(schema, JSON.parse(JSON.stringify(policy)))).toEqual([]);
    // and the same policy is valid for Cadre itself, field by field
    expect(readManagedPolicy(policy, { knownRules: registry }).errors).toEqual([]);
  });

  it('refuses what Cadre would refuse on types and bounds', () => {
    expect(validate(schema, { data: { retentionDays: 0 } })).toEqual(['$.data.retentionDays: < minimum']);
    expect(validate(schema, { rules: { rules: { sante: { severity: 'grave' } } } })).toEqual(['$.rules.rules.sante.severity: grave hors de l\'énumération']);
    expect(validate(schema, { conductors: { notifications: 'oui' } })).toEqual(['$.conductors.notifications: boolean attendu, string reçu']);
  });
});
