/**
 * The audit page → Web Worker messages, validated where they arrive (STYLE.md §9): the worker
 * lints with the configuration it is given (the organisation's settings in force, issue #5 §2),
 * so that configuration is checked like any other input before the engine compiles it.
 *
 * @example
 *   const r = parseSessionRequest(event.data);
 *   if (r.ok) void session.handle(r.value); else post({ type: 'error', message: r.errors.join(' ') });
 */
import { z } from 'zod';
import { lintConfigSchema, zodErrorsFrench } from '../config/schema.ts';
import type { LintConfig } from '../lint/engine.ts';
import type { SessionRequest } from './session.ts';
import type { ColumnMapping } from './types.ts';

const column = z.string().max(500).optional();
const mappingSchema = z.strictObject({ text: column, id: column, author: column, type: column, date: column });
// Files cross the boundary as structured clones: only their class can be checked
const fileSchema = z.custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'fichier attendu');

export const sessionRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('add'), files: z.array(fileSchema).max(10_000) }),
  z.strictObject({ type: z.literal('remove'), id: z.number().int().nonnegative() }),
  z.strictObject({
    type: z.literal('start'),
    mappings: z.record(z.string().regex(/^\d+$/), mappingSchema),
    keepTexts: z.boolean(),
    config: lintConfigSchema.optional(),
  }),
  z.strictObject({ type: z.literal('cancel') }),
  z.strictObject({ type: z.literal('text'), index: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('reset') }),
]);

export function parseSessionRequest(input: unknown): { ok: true; value: SessionRequest } | { ok: false; errors: string[] } {
  const r = sessionRequestSchema.safeParse(input);
  if (!r.success) return { ok: false, errors: zodErrorsFrench(r.error, 'message') };
  const msg = r.data;
  if (msg.type !== 'start') return { ok: true, value: msg };
  const { $schema: _schema, ...config } = msg.config ?? {};
  const value: SessionRequest = {
    type: 'start',
    mappings: msg.mappings as Record<number, Partial<ColumnMapping>>,
    keepTexts: msg.keepTexts,
    ...(msg.config ? { config: config as LintConfig } : {}),
  };
  return { ok: true, value };
}
