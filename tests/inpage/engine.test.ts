/**
 * The in-page engine (lib/inpage/engine.ts): it lints with the settings in force, and warms itself
 * up in idle time when they arrive, so that the page's first lint does not load the trie.
 */
import { describe, expect, it } from 'vitest';
import { createInpageEngine } from '../../lib/inpage/engine.ts';

describe('createInpageEngine', () => {
  it('lints with the settings given to configure', () => {
    const engine = createInpageEngine({}, () => {});
    expect(engine.lint('Elle est diabétique.').map((f) => f.rule)).toContain('sante');
    engine.configure({ config: { rules: { sante: 'off' } } });
    expect(engine.lint('Elle est diabétique.').map((f) => f.rule)).not.toContain('sante');
  });

  it('schedules one idle warm-up per new settings, which lints without throwing and changes no result', () => {
    const jobs: Array<() => void> = [];
    const engine = createInpageEngine({}, (job) => jobs.push(job));
    const before = engine.lint('Je suis suivie au CMP pour une dépression.');
    expect(jobs).toHaveLength(0); // nothing before the settings arrive
    engine.configure({ config: { rules: { jugement: 'off' } } });
    engine.configure({ profiles: [] });
    expect(jobs).toHaveLength(2);
    for (const job of jobs) expect(job).not.toThrow();
    expect(engine.lint('Je suis suivie au CMP pour une dépression.')).toEqual(before);
  });
});
