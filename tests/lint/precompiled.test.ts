import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/lint/engine.ts';
import { entrySequences } from '../../lib/lint/lexicon.ts';
import { decodeSequences, installSequenceTable, precompiledSequences, sequenceTable, type SequenceTable } from '../../lib/lint/precompiled.ts';
import { registry } from '../../rules/index.ts';
// @ts-ignore -- plain .mjs build script
import { lexiconDefine } from '../../scripts/build-cli.mjs';

const dev = readFileSync(new URL('../../../shared/eval/dev.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('=>'))
  .map((l) => l.replace(/\[\[[\w-]+:([^\]]*)\]\]/g, '$1'));

const lintAll = (texts: string[]) => {
  const engine = createEngine(registry);
  return texts.map((t) => engine.lint(t));
};

afterEach(() => installSequenceTable(null));

describe('lexicon sequences computed at build time', () => {
  const table = sequenceTable(registry);

  it('has one row per rule with a lexicon, each cell the sequences entrySequences gives', () => {
    const withLexicon = registry.filter((r) => r.lexicon?.length);
    expect(Object.keys(table).sort()).toEqual(withLexicon.map((r) => r.id).sort());
    for (const r of withLexicon) {
      const row = table[r.id];
      expect(row.n).toBe(r.lexicon!.length);
      r.lexicon!.forEach((e, k) => expect(decodeSequences(row.seqs[k])).toEqual(entrySequences(e)));
    }
  });

  it('gives the same findings as computing the sequences, on every line of the dev corpus', () => {
    installSequenceTable(null);
    const computed = lintAll(dev);
    installSequenceTable(table);
    expect(lintAll(dev)).toEqual(computed);
    expect(computed.flat().length).toBeGreaterThan(200);
  });

  it('is what the matcher reads when the row is valid', () => {
    // a row that maps the lemma "diabète" to another word: the engine follows the table
    const sante = registry.find((r) => r.id === 'sante')!;
    const k = sante.lexicon!.findIndex((e) => e.lemma === 'diabète');
    expect(k).toBeGreaterThanOrEqual(0);
    const doctored: SequenceTable = { ...table, sante: { ...table.sante, seqs: table.sante.seqs.map((s, i) => (i === k ? 'zorglub' : s)) } };
    installSequenceTable(doctored);
    expect(precompiledSequences('sante', sante.lexicon!)?.[k]).toBe('zorglub');
    const texts = createEngine(registry).lint('Il souffre de zorglub depuis 2019.').map((f) => f.text);
    expect(texts).toContain('zorglub');
  });

  it('is ignored for a rule whose lexicon changed since the build (the sequences are computed)', () => {
    const sante = registry.find((r) => r.id === 'sante')!;
    for (const stale of [
      { ...table.sante, n: table.sante.n + 1 },
      { ...table.sante, first: 'autre' },
      { ...table.sante, last: 'autre' },
      { ...table.sante, seqs: table.sante.seqs.slice(1) },
    ]) {
      installSequenceTable({ ...table, sante: { ...stale, seqs: stale.seqs.map(() => 'zorglub') } });
      expect(precompiledSequences('sante', sante.lexicon!)).toBeUndefined();
      const texts = createEngine(registry).lint('Il est diabétique, sans zorglub.').map((f) => f.text);
      expect(texts).toContain('diabétique');
      expect(texts).not.toContain('zorglub');
    }
  });

  it('reads the lexicon of a rule once per compilation (a getter may build it)', () => {
    let reads = 0;
    const base = registry.find((r) => r.id === 'sante')!;
    const rule = { ...base, get lexicon() { reads++; return base.lexicon; } };
    installSequenceTable(table);
    createEngine([rule]).lint('Il est diabétique.');
    expect(reads).toBe(1);
  });
});

describe('the table the bundles are built with', () => {
  it('is defined from the sources being bundled and agrees with every rule', async () => {
    const define = (await lexiconDefine()) as Record<string, string>;
    const built = JSON.parse(JSON.parse(define.__CADRE_SEQUENCES__)) as SequenceTable;
    installSequenceTable(built);
    for (const r of registry.filter((x) => x.lexicon?.length)) expect(precompiledSequences(r.id, r.lexicon!), r.id).toBeDefined();
    expect(built).toEqual(sequenceTable(registry));
  }, 60_000);
});
