/**
 * Public entry of the engine: `lint(text, config?)` over the rule registry.
 * Pure TypeScript: no DOM, no browser API, no Node API.
 */
import { createEngine, type LintConfig } from './engine.ts';
import { registry } from '../../rules/index.ts';
import type { Finding } from './types.ts';

const engine = createEngine(registry);

export function lint(text: string, config?: LintConfig): Finding[] {
  return engine.lint(text, config);
}

export { createEngine, registry };
export type { LintConfig, Engine, RuleSetting } from './engine.ts';
export * from './types.ts';
export { applyFixes, applyFirstFixes, shiftFindings } from './fixes.ts';
export { createDocument } from './document.ts';
export { normalize, fold } from './normalize.ts';
