import { describe, expect, it } from 'vitest';
import { TokenSet, tokenSet, tokenSetOf, wordSet } from '../../lib/lint/token-set.ts';
import { createDocument } from '../../lib/lint/document.ts';
import { tokenHash } from '../../lib/lint/tokenize.ts';

const tokensOf = (text: string) => createDocument(text).tokens;
const members = (set: TokenSet, text: string) => tokensOf(text).filter((t) => set.has(t)).map((t) => t.t);

describe('TokenSet', () => {
  it('finds the tokens of its words, folded, elided and hyphenated as the tokenizer reads them', () => {
    const set = new TokenSet(['je', "j'", 'moi', 'arobase', '‹']);
    expect(members(set, "Je pense que J'ai dit : « moi-même » ‹ arobase › ; jeu, moins, arobases.")).toEqual(['je', "j'", 'moi', '‹', 'arobase']);
  });

  it('compares the text of a token whose hash falls on a member’s bit', () => {
    // two words of the same token hash: the bitmap lets both through, the string comparison does not
    expect(tokenHash('hdynqwwk')).toBe(tokenHash('uvzhrjnr'));
    const set = tokenSet('hdynqwwk');
    expect(members(set, 'uvzhrjnr hdynqwwk uvzhrjnr')).toEqual(['hdynqwwk']);
  });

  it('agrees with a plain Set on every token of a long text', () => {
    const words = 'de la le les un une et a en au du des que qui pour sur avec dans par ne pas plus'.split(' ');
    const set = new TokenSet(words);
    const plain = new Set(words);
    const text = "Lors de l'entretien, la personne a évoqué les démarches en cours ; elle n'a pas plus de 3 offres à l'étude, avec des pistes pour la suite du parcours. ".repeat(40);
    for (const t of tokensOf(text)) expect(set.has(t), t.t).toBe(plain.has(t.t));
    expect(set.size).toBe(words.length);
    expect(set.hasWord('pour')).toBe(true);
    expect(set.hasWord('contre')).toBe(false);
  });

  it('is empty when built from no word', () => {
    expect(members(new TokenSet([]), 'rien du tout')).toEqual([]);
  });

  it('builds one TokenSet per word set', () => {
    const words = new Set(['poste', 'emploi']);
    expect(tokenSetOf(words)).toBe(tokenSetOf(words));
    expect(members(tokenSetOf(words), 'Un poste, un emploi, un stage.')).toEqual(['poste', 'emploi']);
  });
});

describe('wordSet', () => {
  it('returns the same set for the same literal and splits on any blank', () => {
    const a = wordSet("l' le  la\nles");
    expect(wordSet("l' le  la\nles")).toBe(a);
    expect([...a]).toEqual(["l'", 'le', 'la', 'les']);
    expect(wordSet('le la')).not.toBe(a);
  });
});
