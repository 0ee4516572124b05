/**
 * The one-pass matcher (issue #2 §2): one trie over the folded tokens for every lexicon of every
 * rule; multi-word terms, inflected forms, capitals-only acronyms, longest match.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, type Hit } from '../../lib/lint/matcher.ts';
import { compileEntry, type LexiconEntry } from '../../lib/lint/lexicon.ts';
import { createDocument } from '../../lib/lint/document.ts';
import { tokenHash } from '../../lib/lint/tokenize.ts';

function matcherOf(entries: Array<LexiconEntry & { rule?: string }>) {
  return createMatcher(entries.map(({ rule, ...e }) => compileEntry(e, rule ?? 'test')));
}

/** Original texts of the hits, in order. */
function hitTexts(entries: Array<LexiconEntry & { rule?: string }>, text: string): string[] {
  const doc = createDocument(text);
  return matcherOf(entries).match(doc.tokens, text, doc.map).map((h: Hit) => doc.slice(h.from, h.to));
}

describe('matcher', () => {
  it('matches single words on folded tokens, whatever the case and accents', () => {
    const e = [{ lemma: 'dépression' }];
    expect(hitTexts(e, 'Dépression, DEPRESSION, depression, dépressions')).toEqual(['Dépression', 'DEPRESSION', 'depression']);
  });

  it('matches multi-word terms token by token, across spaces, NBSP and line breaks', () => {
    const e = [{ lemma: 'sclérose en plaques' }];
    expect(hitTexts(e, 'Une sclérose en plaques ; une sclérose\u00a0en\nplaques ; une sclérose en plaque')).toEqual([
      'sclérose en plaques', 'sclérose\u00a0en\nplaques',
    ]);
  });

  it('treats a hyphen in a term and in the text like a space', () => {
    const e = [{ lemma: 'burn-out' }, { lemma: 'porte monnaie' }];
    expect(hitTexts(e, 'Un burn out, un burn-out, un BURN‑OUT, un porte-monnaie.')).toEqual(['burn out', 'burn-out', 'BURN‑OUT', 'porte-monnaie']);
  });

  it('matches elided terms whatever the apostrophe', () => {
    const e = [{ lemma: "crise d'angoisse" }];
    expect(hitTexts(e, "crise d'angoisse, crise d’angoisse, crise dʼangoisse")).toEqual(["crise d'angoisse", 'crise d’angoisse', 'crise dʼangoisse']);
  });

  it('matches forms inflected from the lemma', () => {
    const e: LexiconEntry[] = [{ lemma: 'trouble bipolaire', inflect: 'noun' }, { lemma: 'dépressif', inflect: 'adj' }];
    expect(hitTexts(e, 'Des troubles bipolaires ; elle est dépressive ; ils sont dépressifs.')).toEqual(['troubles bipolaires', 'dépressive', 'dépressifs']);
  });

  it('does not match a term split across two tokens differently ("diabetes" is not "diabète s")', () => {
    expect(hitTexts([{ lemma: 'diabète' }], 'prédiabète, diabètes, diabète-s')).toEqual(['diabète']);
  });

  it('matches capitals-only acronyms only when written in capitals', () => {
    const e = [{ lemma: 'TOC', upper: true }, { lemma: 'PS', upper: true }];
    expect(hitTexts(e, 'Il a des TOC, un toc, un Toc ; il vote PS, pas ps ni Ps.')).toEqual(['TOC', 'PS']);
  });

  it('checks capitals on the original text, also for accented letters', () => {
    const e = [{ lemma: 'ÉTÉ', upper: true }];
    expect(hitTexts(e, 'ÉTÉ, été, Été')).toEqual(['ÉTÉ']);
  });

  it('returns every term that ends at a position of the walk (longest choice is the engine’s)', () => {
    const e = [{ lemma: 'diabète' }, { lemma: 'diabète de type 2' }, { lemma: 'type 2' }];
    expect(hitTexts(e, 'Un diabète de type 2.')).toEqual(['diabète', 'diabète de type 2', 'type 2']);
  });

  it('reports one hit per entry when several rules share a term', () => {
    const doc = createDocument('Il est musulman.');
    const m = matcherOf([{ lemma: 'musulman', rule: 'religion' }, { lemma: 'musulman', rule: 'origine' }]);
    expect(m.match(doc.tokens, doc.text, doc.map).map((h) => h.entry.rule)).toEqual(['religion', 'origine']);
  });

  it('returns token ranges and the compiled entry', () => {
    const doc = createDocument("L'adhérent a une hernie discale.");
    const [hit] = matcherOf([{ lemma: 'hernie discale', rewrite: 'port de charges déconseillé', rule: 'sante' }]).match(doc.tokens, doc.text, doc.map);
    expect(hit.from).toBe(4);
    expect(hit.to).toBe(6);
    expect(hit.entry.rule).toBe('sante');
    expect(hit.entry.rewrite).toBe('port de charges déconseillé');
  });

  it('does not start a match on punctuation except % and +', () => {
    const e = [{ lemma: '% de handicap' }, { lemma: ', virgule' }];
    expect(hitTexts(e, 'taux 80 % de handicap , virgule')).toEqual(['% de handicap']);
  });

  it('stops at the end of the text in the middle of a term', () => {
    expect(hitTexts([{ lemma: 'sclérose en plaques' }], 'une sclérose en')).toEqual([]);
  });

  it('counts the sequences of the trie', () => {
    expect(matcherOf([{ lemma: 'asthme', inflect: 'noun' }, { lemma: 'dépressif', inflect: 'adj' }]).size).toBe(6);
    expect(matcherOf([]).size).toBe(0);
    expect(matcherOf([]).match(createDocument('rien').tokens, 'rien', createDocument('rien').map)).toEqual([]);
  });

  it('tells apart two words of the same token hash, and keys the trie by the hash the tokenizer computed', () => {
    // the trie is keyed by (node, token hash): words whose hashes collide must still be compared
    expect(tokenHash('hdynqwwk')).toBe(tokenHash('uvzhrjnr'));
    const e = [{ lemma: 'hdynqwwk', inflect: 'none' as const }, { lemma: 'hdynqwwk uvzhrjnr', inflect: 'none' as const }];
    expect(hitTexts(e, 'uvzhrjnr, hdynqwwk, uvzhrjnr hdynqwwk uvzhrjnr')).toEqual(['hdynqwwk', 'hdynqwwk', 'hdynqwwk uvzhrjnr']);
    const doc = createDocument("L'adhérent·e, aujourd'hui à 100 % : « burn-out » ?");
    for (const t of doc.tokens) expect(t.h, t.t).toBe(tokenHash(t.t));
  });

  it('finds every term of a lexicon large enough to grow its table several times', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `terme${i.toString(36)}x`);
    const m = matcherOf(words.map((lemma) => ({ lemma, inflect: 'none' as const })));
    const text = words.filter((_, i) => i % 7 === 0).join(' ');
    const doc = createDocument(text);
    expect(m.match(doc.tokens, text, doc.map).map((h) => h.entry.lemma)).toEqual(words.filter((_, i) => i % 7 === 0));
  });

  it('finds a term with a zero-width space or a soft hyphen inside', () => {
    expect(hitTexts([{ lemma: 'schizophrénie' }], 'une schizo\u200bphrénie, une schizo\u00adphrénie')).toEqual(['schizo\u200bphrénie', 'schizo\u00adphrénie']);
  });

  it('matches inclusive writing through its base word', () => {
    expect(hitTexts([{ lemma: 'incarcéré', inflect: 'adj' }], 'Il ou elle a été incarcéré·e. Ils ont été incarcéré.e.s.')).toEqual(['incarcéré·e', 'incarcéré.e.s']);
  });

  describe('a word cut by end-of-line hyphenation and pasted back', () => {
    const e = [{ lemma: 'épilepsie' }, { lemma: 'dépression' }, { lemma: 'sclérose en plaques' }, { lemma: 'diabète' }];
    it.each([
      ['after one space', 'Une épilep- sie ancienne.', ['épilep- sie']],
      ['across a line break', 'Une dépres-\nsion depuis mars.', ['dépres-\nsion']],
      ['across a CRLF line break', 'Une dépres-\r\nsion depuis mars.', ['dépres-\r\nsion']],
      ['as the first word of a multi-word term', 'Une sclé- rose en plaques.', ['sclé- rose en plaques']],
      ['beside the same word written whole', 'Diabète ; un dia- bète.', ['Diabète', 'dia- bète']],
    ])('is matched %s', (_, text, expected) => {
      expect(hitTexts(e, text)).toEqual(expected);
    });
    it.each([
      ['a dash typed without its first space', 'Objectif- diabète suivi.', ['diabète']],
      ['a capital after the break (a new sentence or a name)', 'Une épilep- Sie.', []],
      ['two spaces after the break', 'Une épilep-  sie.', []],
      ['a space before the hyphen', 'Une épilep - sie.', []],
      ['halves that do not make a term', 'Le pré- et post-opératoire.', []],
    ])('is not joined with %s', (_, text, expected) => {
      expect(hitTexts(e, text)).toEqual(expected);
    });
    it('keeps the hits of one start ordered by end', () => {
      const doc = createDocument('Une sclé- rose en plaques.');
      const m = matcherOf([{ lemma: 'sclérose' }, { lemma: 'sclérose en plaques' }]);
      expect(m.match(doc.tokens, doc.text, doc.map).map((h) => [h.from, h.to])).toEqual([[1, 4], [1, 6]]);
    });
  });
});
