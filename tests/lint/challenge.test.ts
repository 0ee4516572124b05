/**
 * Generalisation check on corpora written independently of the rules (tests/fixtures/challenge/
 * *.txt, same format as the development corpus): other diseases, beliefs, offences, towns, number
 * formats and phrasings. Each file is scored on its own. Thresholds are those the product promises
 * on unseen text, slightly relaxed for small corpora.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, applyFixes } from '../../lib/lint/index.ts';

interface Item { text: string; expected: Array<{ category: string; start: number; end: number }>; rewrite?: string }

/** `[[category:span]]` marks out of an annotated text. */
function parse(source: string): Item {
  const expected: Item['expected'] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\[\[([a-z-]+):([^\]]+)\]\]/g)) {
    text += source.slice(last, m.index);
    expected.push({ category: m[1], start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), expected };
}

/** A file of one-line items (with `=> ` rewrites), or a folder of whole annotated documents, as the scorer reads them. */
function load(path: string): Item[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).filter((f) => f.endsWith('.txt')).sort().map((f) => parse(readFileSync(join(path, f), 'utf8')));
  }
  const items: Item[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('=> ')) { items[items.length - 1].rewrite = line.slice(3); continue; }
    if (!line.trim() || line.startsWith('#')) continue;
    items.push(parse(line));
  }
  return items;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'challenge');
const corpora = readdirSync(dir).filter((f) => f.endsWith('.txt') || statSync(join(dir, f)).isDirectory()).sort();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

it('there are challenge corpora', () => {
  expect(corpora.length).toBeGreaterThan(0);
});

describe.each(corpora)('challenge corpus %s (unseen vocabulary)', (file) => {
  const documents = statSync(join(dir, file)).isDirectory();
  const items = load(join(dir, file));
  let tp = 0, fp = 0, fn = 0, negatives = 0, falseAlarms = 0, rewrites = 0, rewritesOk = 0;
  const misses: string[] = [];
  for (const item of items) {
    const found = lint(item.text).filter((f) => f.category !== 'style' && f.category !== 'completude');
    const used = new Set<number>();
    for (const e of item.expected) {
      const j = found.findIndex((f, k) => !used.has(k) && f.category === e.category && overlaps(f, e));
      if (j >= 0) { used.add(j); tp++; } else { fn++; misses.push(`manqué ${e.category}: ${item.text.slice(e.start, e.end)}`); }
    }
    found.forEach((f, k) => {
      if (used.has(k) || item.expected.some((e) => e.category === f.category && overlaps(f, e))) return;
      fp++;
      misses.push(`en trop ${f.category}: ${f.text}`);
    });
    if (!item.expected.length) { negatives++; if (found.length) falseAlarms++; }
    if (item.rewrite !== undefined) {
      rewrites++;
      const fixes = found.filter((f) => f.category === 'personne').flatMap((f) => f.fixes.slice(0, 1));
      if (applyFixes(item.text, fixes) === item.rewrite) rewritesOk++;
      else misses.push(`réécriture: ${applyFixes(item.text, fixes)}`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);

  it('has enough items to mean something', () => {
    // whole reports: a few documents of many findings and traps each
    expect(items.length).toBeGreaterThanOrEqual(documents ? 5 : 40);
    if (!documents) expect(negatives).toBeGreaterThanOrEqual(10);
  });
  it(`overall F1 ≥ 0.93 (misses: ${misses.length})`, () => {
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(0.93);
  });
  if (negatives > 0) it('false alarms on negative items ≤ 5 %', () => {
    expect(falseAlarms / negatives, misses.join('\n')).toBeLessThanOrEqual(0.05);
  });
  if (rewrites > 0) it('first-person rewrites ≥ 90 % exactly right', () => {
    expect(rewritesOk / rewrites, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
