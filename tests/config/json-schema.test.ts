/**
 * cadrerc.schema.json ships in the package for editor completion (issue #2 §5). It is generated
 * from the zod schema by scripts/gen-schema.mjs; this test fails when the committed file is out of
 * date (run `npm run gen:schema`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintConfigJsonSchema } from '../../lib/config/schema.ts';
import { ruleIds } from '../../rules/index.ts';
import { CATEGORIES } from '../../lib/lint/types.ts';

const root = join(import.meta.dirname, '..', '..');
const committed = readFileSync(join(root, 'cadrerc.schema.json'), 'utf8');

describe('cadrerc.schema.json', () => {
  it('equals the schema generated from the zod schema (run `npm run gen:schema` when this fails)', () => {
    expect(committed).toBe(JSON.stringify(lintConfigJsonSchema(ruleIds), null, 2) + '\n');
  });

  it('is a draft 2020-12 schema of a closed object with the configuration fields', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'allowlist', 'extraTerms', 'ignoredPhrases', 'rules']);
    expect(schema.title).toMatch(/cadrerc/);
  });

  it('offers every rule id of the registry, each with the rule setting', () => {
    const rules = JSON.parse(committed).properties.rules;
    expect(rules.propertyNames.enum).toEqual([...ruleIds]);
    expect(Object.keys(rules.properties)).toEqual([...ruleIds]);
    const setting = JSON.parse(committed).$defs.ruleSetting;
    expect(setting.anyOf[0].enum).toEqual(['off', 'on', 'error', 'warning', 'info']);
    expect(Object.keys(setting.anyOf[1].properties)).toEqual(['enabled', 'severity', 'options']);
  });

  it('offers the categories as keys of extraTerms', () => {
    const extra = JSON.parse(committed).properties.extraTerms;
    expect(extra.propertyNames.enum).toEqual([...CATEGORIES]);
    expect(extra.additionalProperties.items.anyOf[1].required).toEqual(['lemma']);
  });

  it('describes the fields in French', () => {
    const schema = JSON.parse(committed);
    for (const key of ['rules', 'extraTerms', 'allowlist', 'ignoredPhrases']) expect(schema.properties[key].description).toMatch(/[a-zé]/);
  });
});
