import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type LintConfig } from '../../lib/lint/engine.ts';
import { compileEntry, type CompiledEntry } from '../../lib/lint/lexicon.ts';
import { createMatcher, snapshotTrie, type TrieBase } from '../../lib/lint/matcher.ts';
import { installTrieTable, loadedTrieTable, trieRef, trieTable, type TrieTable } from '../../lib/lint/precompiled.ts';
import { createDocument } from '../../lib/lint/document.ts';
import { registry } from '../../rules/index.ts';
// @ts-ignore -- plain .mjs build script
import { lexiconDefine } from '../../scripts/build-cli.mjs';

const strip = (l: string) => l.replace(/\[\[[\w-]+:([^\]]*)\]\]/g, '$1');
const lines = (file: URL) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('=>')).map(strip);
const dev = lines(new URL('../../../shared/eval/dev.txt', import.meta.url));
const challengeDir = new URL('../fixtures/challenge/', import.meta.url);
const challenge = readdirSync(challengeDir).filter((f) => f.endsWith('.txt')).flatMap((f) => lines(new URL(f, challengeDir)));

const lintAll = (texts: string[], config?: LintConfig) => {
  const engine = createEngine(registry);
  return texts.map((t) => engine.lint(t, config));
};

afterEach(() => installTrieTable(null));

describe('lexicon trie computed at build time', () => {
  const table = trieTable(registry);

  it('has one row per rule with a lexicon, in registry order, each pointing at its first entry', () => {
    const withLexicon = registry.filter((r) => r.lexicon?.length);
    expect(Object.keys(table.rows)).toEqual(withLexicon.map((r) => r.id));
    let ref = 0;
    for (const r of withLexicon) {
      expect(table.rows[r.id]).toEqual({ n: r.lexicon!.length, first: r.lexicon![0].lemma, last: r.lexicon!.at(-1)!.lemma, ref });
      ref += r.lexicon!.length;
    }
    // every entry ends at some node, and the flat arrays agree with each other
    const { words, children, endCount, endRefs } = table.trie;
    expect(new Set(endRefs).size).toBe(ref);
    expect(Math.max(...endRefs)).toBe(ref - 1);
    expect(endCount.reduce((a, b) => a + b, 0)).toBe(endRefs.length);
    expect(children.reduce((a, b) => a + b, 0)).toBe(children.length - 1);
    expect(words.split(' ')).toHaveLength(children.length - 1);
  });

  it('gives the same findings as building the trie from the entries, on the dev corpus and every challenge line', () => {
    const texts = [...dev, ...challenge];
    installTrieTable(null);
    const built = lintAll(texts);
    installTrieTable(table);
    expect(lintAll(texts)).toEqual(built);
    expect(built.flat().length).toBeGreaterThan(3000);
  }, 120_000);

  it('gives the same findings with rules switched off and extra terms of the organisation', () => {
    const config: LintConfig = { rules: { sante: 'off', religion: 'warning' }, extraTerms: { sante: ['zorglubite'], religion: ['culte de Zorglub'] } };
    const texts = [...dev, 'Il souffre de zorglubite et suit le culte de Zorglub.'];
    installTrieTable(null);
    const built = lintAll(texts, config);
    installTrieTable(table);
    const loaded = lintAll(texts, config);
    expect(loaded).toEqual(built);
    expect(loaded.flat().some((f) => f.rule === 'sante')).toBe(false);
    expect(loaded.at(-1)!.map((f) => f.text)).toContain('zorglubite'); // an extra term goes to an active rule of its category
  });

  it('is what the matcher reads: a snapshot whose end is moved finds the other word', () => {
    // the same table, but the entry "diabète" of sante ends where the entries of another lemma end
    const sante = registry.find((r) => r.id === 'sante')!;
    const k = sante.lexicon!.findIndex((e) => e.lemma === 'diabète');
    const other = sante.lexicon!.findIndex((e) => e.lemma === 'asthme');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(other).toBeGreaterThanOrEqual(0);
    const ref = table.rows.sante.ref;
    const endRefs = table.trie.endRefs.map((x) => (x === ref + other ? ref + k : x === ref + k ? -1 : x));
    installTrieTable({ ...table, trie: { ...table.trie, endRefs } });
    const found = createEngine(registry).lint("Il a du diabète, traité pour de l'asthme.").filter((f) => f.rule === 'sante');
    expect(found.map((f) => f.text)).toEqual(['asthme']);
  });

  it('is ignored for a rule whose lexicon changed since the build (built from its entries, its old ends left out)', () => {
    const sante = registry.find((r) => r.id === 'sante')!;
    const k = sante.lexicon!.findIndex((e) => e.lemma === 'diabète');
    const ref = table.rows.sante.ref;
    const endRefs = table.trie.endRefs.map((x) => (x === ref + k ? -1 : x)); // "diabète" ends nowhere, if the table were read
    for (const stale of [
      { ...table.rows.sante, n: table.rows.sante.n + 1 },
      { ...table.rows.sante, first: 'autre' },
      { ...table.rows.sante, last: 'autre' },
    ]) {
      const t: TrieTable = { rows: { ...table.rows, sante: stale }, trie: { ...table.trie, endRefs } };
      expect(trieRef(t, 'sante', sante.lexicon!)).toBeUndefined();
      installTrieTable(t);
      const texts = createEngine(registry).lint("Il a du diabète, sans asthme.").filter((f) => f.rule === 'sante').map((f) => f.text);
      expect(texts).toEqual(['diabète']);
    }
  });

  it('reads the lexicon of a rule once per compilation (a getter may build it)', () => {
    let reads = 0;
    const base = registry.find((r) => r.id === 'sante')!;
    const rule = { ...base, get lexicon() { reads++; return base.lexicon; } };
    installTrieTable(table);
    createEngine([rule]).lint('Il est diabétique.');
    expect(reads).toBe(1);
  });
});

describe('trie snapshots', () => {
  const entries = ['diabète', 'trouble bipolaire', 'trouble du sommeil', 'bipolaire'].map((lemma) => compileEntry({ lemma }, 'sante'));
  const base = (trie: ReturnType<typeof snapshotTrie>, list: Array<CompiledEntry | undefined>): TrieBase => ({
    trie, entries: list.length, active: (r) => list[r] !== undefined, entry: (r) => list[r]!,
  });
  const words = (text: string, m: ReturnType<typeof createMatcher>) => {
    const doc = createDocument(text);
    return m.match(doc.tokens, text, doc.map).map((h) => `${h.entry.lemma}:${doc.tokens.slice(h.from, h.to).map((t) => t.t).join(' ')}`);
  };

  it('loads into a matcher that finds what the entries find, with entries added after it', () => {
    const snap = snapshotTrie(entries);
    expect(snap.words.split(' ').length).toBe(snap.children.length - 1);
    const text = "Trouble bipolaire, diabète et troubles du sommeil ; asthme.";
    const extra = compileEntry({ lemma: 'asthme' }, 'sante');
    const loaded = createMatcher([extra], base(snap, entries));
    expect(words(text, loaded)).toEqual(words(text, createMatcher([...entries, extra])));
    expect(words(text, loaded)).toContain('asthme:asthme');
    expect(loaded.size).toBe(createMatcher([...entries, extra]).size);
  });

  it('compiles an entry of the snapshot at its first match only, and once', () => {
    const snap = snapshotTrie(entries);
    const asked: number[] = [];
    const m = createMatcher([], { trie: snap, entries: entries.length, active: () => true, entry: (r) => { asked.push(r); return entries[r]; } });
    expect(asked).toEqual([]); // nothing compiled at load
    expect(words('Il a du diabète.', m)).toEqual(['diabète:diabete']);
    expect(words('Diabète, encore du diabète.', m)).toEqual(['diabète:diabete', 'diabète:diabete']);
    expect(asked).toEqual([0]); // the other entries never matched, and "diabète" was compiled once
  });

  it('leaves out the ends of entries that are not given (a rule switched off)', () => {
    const snap = snapshotTrie(entries);
    const m = createMatcher([], base(snap, [entries[0], undefined, entries[2], undefined]));
    expect(words('Trouble bipolaire et diabète.', m)).toEqual(['diabète:diabete']);
  });
});

describe('the table the bundles are built with', () => {
  it('is defined from the sources being bundled and agrees with every rule', async () => {
    const define = (await lexiconDefine()) as Record<string, string>;
    const built = JSON.parse(JSON.parse(define.__CADRE_TRIE__)) as TrieTable;
    for (const r of registry.filter((x) => x.lexicon?.length)) expect(trieRef(built, r.id, r.lexicon!), r.id).toBeDefined();
    expect(built).toEqual(trieTable(registry));
    expect(loadedTrieTable()).toBeNull(); // the sources run by the tests have no define
  }, 60_000);

  it('is defined for the extension too: the in-page engine, the side panel and the audit page load it instead of building the trie', async () => {
    const config = (await import('../../wxt.config.ts')).default as { vite?: (env: { command: string; mode: string }) => Promise<{ define?: Record<string, string> }> };
    const vite = await config.vite!({ command: 'build', mode: 'production' });
    const built = JSON.parse(JSON.parse(vite.define!.__CADRE_TRIE__)) as TrieTable;
    for (const r of registry.filter((x) => x.lexicon?.length)) expect(trieRef(built, r.id, r.lexicon!), r.id).toBeDefined();
  }, 60_000);
});
