/** The managed-storage schema of the package, and a validator with Chrome's semantics (tests only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Node = Record<string, unknown> & { type?: string; properties?: Record<string, Node>; additionalProperties?: Node; items?: Node; enum?: unknown[] };

export const managedSchema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'managed-schema.json'), 'utf8')) as Node;

/**
 * Validate like Chrome does, but stricter on purpose: a property the schema does not describe is
 * an error here (Chrome would drop it silently, and the administrator would not know).
 */
export function validate(node: Node, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const t = node.type;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (t === 'number' ? actual !== 'integer' && actual !== 'number' : actual !== t) return [`${path}: ${t} attendu, ${actual} reçu`];
  if (node.enum && !node.enum.includes(value)) errors.push(`${path}: ${String(value)} hors de l'énumération`);
  if (typeof value === 'number') {
    if (typeof node.minimum === 'number' && value < node.minimum) errors.push(`${path}: < minimum`);
    if (typeof node.maximum === 'number' && value > node.maximum) errors.push(`${path}: > maximum`);
  }
  if (Array.isArray(value) && node.items) value.forEach((v, i) => errors.push(...validate(node.items!, v, `${path}[${i}]`)));
  if (actual === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const child = node.properties?.[k] ?? node.additionalProperties;
      if (!child) errors.push(`${path}.${k}: propriété non décrite`);
      else errors.push(...validate(child, v, `${path}.${k}`));
    }
  }
  return errors;
}
