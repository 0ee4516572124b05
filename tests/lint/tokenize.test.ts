/**
 * Segmentation (issue #2 §2): words, numbers and punctuation; sentences and the abbreviations
 * that do not end them; quotations; French elision; hyphenated words. Tokens carry normalised
 * offsets, and `doc.tokRange` / `doc.raw` map them back onto the original text.
 */
import { describe, expect, it } from 'vitest';
import { createDocument, type Doc } from '../../lib/lint/document.ts';
import { Kind } from '../../lib/lint/tokenize.ts';

const texts = (doc: Doc) => doc.tokens.map((t) => t.t);
/** Original text of each sentence. */
const sentenceTexts = (doc: Doc) => doc.sentences.map(([a, b]) => doc.slice(a, b));
const tok = (doc: Doc, t: string, nth = 0) => doc.tokens.filter((x) => x.t === t)[nth];

describe('tokens', () => {
  it('splits words, numbers and punctuation on the folded text', () => {
    const doc = createDocument('Reçu le 12/03, 2 fois : OK.');
    expect(texts(doc)).toEqual(['recu', 'le', '12', '/', '03', ',', '2', 'fois', ':', 'ok', '.']);
    expect(doc.tokens.map((t) => t.k)).toEqual([1, 1, 2, 3, 2, 3, 2, 1, 3, 1, 3]);
    expect(doc.tokens.every((t, i) => t.i === i)).toBe(true);
  });

  it('keeps letters and digits together in one word token ("2A", "b12")', () => {
    const doc = createDocument('Corse 2A, bus b12');
    expect(texts(doc)).toEqual(['corse', '2a', ',', 'bus', 'b12']);
    expect(tok(doc, '2a').k).toBe(Kind.Word);
  });

  it('maps tokens back onto the original text, accents and case included', () => {
    const doc = createDocument('L’ÉTÉ dernier, Hélène…');
    expect(doc.tokens.map((_, i) => doc.raw(i))).toEqual(['L’', 'ÉTÉ', 'dernier', ',', 'Hélène', '…']);
    expect(doc.slice(0, 3)).toBe('L’ÉTÉ dernier');
    expect(doc.tokRange(1, 2)).toEqual([2, 5]);
  });

  it('treats words of other scripts and combining marks as words', () => {
    const doc = createDocument('Il parle русский et 中文.');
    expect(texts(doc)).toEqual(['il', 'parle', 'русский', 'et', '中文', '.']);
  });

  it('treats emoji and lone surrogates as punctuation without merging them into words', () => {
    const doc = createDocument('ok😀bien \ud800x');
    const words = doc.tokens.filter((t) => t.k === Kind.Word).map((t) => t.t);
    expect(words).toEqual(['ok', 'bien', 'x']);
  });
});

describe('capitals', () => {
  const doc = createDocument('JE dis TOC, Toc, toc, L’ÉTÉ.');
  it('isUpper: every letter is a capital', () => {
    expect(doc.isUpper(0)).toBe(true);
    expect(doc.isUpper(2)).toBe(true);
    expect(doc.isUpper(4)).toBe(false);
    expect(doc.isUpper(6)).toBe(false);
  });
  it('isCapitalized: the first letter is a capital', () => {
    expect(doc.isCapitalized(4)).toBe(true);
    expect(doc.isCapitalized(6)).toBe(false);
  });
  it('isUpper is false for punctuation and numbers', () => {
    expect(doc.isUpper(3)).toBe(false);
    expect(createDocument('12').isUpper(0)).toBe(false);
  });
});

describe('sentences', () => {
  it('ends sentences on . ! ? … followed by a space or the end', () => {
    const doc = createDocument('Il est venu. Elle aussi ! Pourquoi ? Parce que… Enfin');
    expect(sentenceTexts(doc)).toEqual(['Il est venu.', 'Elle aussi !', 'Pourquoi ?', 'Parce que…', 'Enfin']);
    expect(doc.tokens.filter((t) => t.first).map((t) => t.t)).toEqual(['il', 'elle', 'pourquoi', 'parce', 'enfin']);
  });

  it('ends a sentence at a line break', () => {
    const doc = createDocument('Objet : suivi\r\nMotif : mobilité\nConclusion');
    expect(sentenceTexts(doc)).toEqual(['Objet : suivi', 'Motif : mobilité', 'Conclusion']);
  });

  it.each([
    ['M. Martin est arrivé.', 1],
    ['Mme Durand et Mlle Petit sont venues. Fin.', 2],
    ['Reçu par Dr. Benali puis par Me Girard.', 1],
    ['Dossier n° 45. Suite.', 2],
    ['Voir le dossier, cf. pièce jointe.', 1],
    ['Trajet de env. 20 km.', 1],
    ['Il habite au 3 bd. Voltaire.', 1],
    ['J. Dupont a signé.', 1],
    ['Le taux est de 2.5 % cette année.', 1],
    ['Il a dit oui.Puis il est parti.', 1],
  ])('%s → %i sentence(s)', (text, count) => {
    expect(createDocument(text).sentences.length).toBe(count);
  });

  it('numbers sentences on every token', () => {
    const doc = createDocument('Un. Deux trois. Quatre');
    expect(doc.tokens.map((t) => t.sn)).toEqual([0, 0, 1, 1, 1, 2]);
    doc.sentences.forEach(([a, b], sn) => {
      for (let i = a; i < b; i++) expect(doc.tokens[i].sn).toBe(sn);
    });
  });
});

describe('quotations', () => {
  it('marks tokens inside « » and does not end the sentence inside the quotation', () => {
    const doc = createDocument('Il dit : « Je suis fatigué. Très. » Puis il part.');
    expect(doc.tokens.filter((t) => t.quoted).map((t) => t.t)).toEqual(['«', 'je', 'suis', 'fatigue', '.', 'tres', '.', '»']);
    expect(sentenceTexts(doc)).toEqual(['Il dit : « Je suis fatigué. Très. » Puis il part.']);
    expect(doc.quotes).toHaveLength(1);
    const [a, b] = doc.orig(...doc.quotes[0]);
    expect(doc.text.slice(a, b)).toBe('« Je suis fatigué. Très. »');
  });

  it('marks tokens inside curly “ ” and straight " " quotes', () => {
    for (const text of ['Elle a dit “je cherche” hier', 'Elle a dit "je cherche" hier']) {
      const doc = createDocument(text);
      expect(doc.tokens.filter((t) => t.quoted && t.k === Kind.Word).map((t) => t.t)).toEqual(['je', 'cherche']);
      expect(tok(doc, 'hier').quoted).toBe(false);
    }
  });

  it('answers inQuote for normalised offsets', () => {
    const doc = createDocument('a « b » c « d » e');
    const at = (t: string) => tok(doc, t).s;
    expect(['a', 'b', 'c', 'd', 'e'].map((t) => doc.inQuote(at(t)))).toEqual([false, true, false, true, false]);
  });

  it('answers inQuote over many quotations, at their edges', () => {
    const doc = createDocument('x « a » y “b” z "c" w\nv « d\nu'.repeat(30));
    for (let pos = 0; pos < doc.norm.length; pos++) {
      expect(doc.inQuote(pos)).toBe(doc.quotes.some(([a, b]) => pos >= a && pos < b));
    }
  });

  it('closes an unbalanced quotation at the end of the line', () => {
    const doc = createDocument('Il dit « je pars\nLigne suivante');
    expect(tok(doc, 'pars').quoted).toBe(true);
    expect(tok(doc, 'suivante').quoted).toBe(false);
    expect(doc.quotes).toHaveLength(1);
  });

  it('keeps a quotation that closes on one of the next lines', () => {
    const doc = createDocument('Échange :\n« — Vous avez pu ouvrir le courrier ?\n— Non, je le laisse, j\'ai peur. »\nElle conclut : je pars.');
    expect(tok(doc, 'laisse').quoted).toBe(true);
    expect(doc.tokens.find((t) => t.t === "j'")!.quoted).toBe(true);
    expect(tok(doc, 'conclut').quoted).toBe(false);
    expect(doc.quotes).toHaveLength(1);
    // the line break still ends the sentence
    expect(tok(doc, 'courrier').sn).not.toBe(tok(doc, 'laisse').sn);
    const straight = createDocument('Il a dit "je pars\nje reviens lundi" puis rien\nje note');
    expect(tok(straight, 'reviens').quoted).toBe(true);
    expect(tok(straight, 'puis').quoted).toBe(false);
  });

  it('does not let a stray opening mark swallow the next lines', () => {
    // a new « before any »: the first one never closed
    const a = createDocument('Il dit « je pars\nligne deux\n« je reste » fin');
    expect(tok(a, 'deux').quoted).toBe(false);
    expect(tok(a, 'reste').quoted).toBe(true);
    expect(tok(a, 'fin').quoted).toBe(false);
    // the closing mark is too far below, or past a blank line
    const b = createDocument('Il dit « je pars\nun\ndeux\ntrois\nquatre » cinq');
    expect(tok(b, 'un').quoted).toBe(false);
    const c = createDocument('Il dit « je pars\n\nun » deux');
    expect(tok(c, 'un').quoted).toBe(false);
    // a straight quote pair on the next line is a quotation of its own
    const d = createDocument('Il dit "je pars\nle mot "cadre" ici\nfin');
    expect(tok(d, 'le').quoted).toBe(false);
    expect(tok(d, 'cadre').quoted).toBe(true);
  });

  it('closes an unbalanced quotation at the end of the text', () => {
    const doc = createDocument('Il dit « je pars');
    expect(doc.quotes).toEqual([[7, doc.norm.length]]);
  });

  it('does not let » close a straight quote', () => {
    const doc = createDocument('"un » deux" trois');
    expect(tok(doc, 'deux').quoted).toBe(true);
    expect(tok(doc, 'trois').quoted).toBe(false);
  });
});

describe('elision', () => {
  it.each([
    ["j'ai", ["j'", 'ai']],
    ["l'adhérent", ["l'", 'adherent']],
    ["d'emploi", ["d'", 'emploi']],
    ["qu'il", ["qu'", 'il']],
    ["m'a", ["m'", 'a']],
    ["s'est", ["s'", 'est']],
    ["n'a", ["n'", 'a']],
    ["c'est", ["c'", 'est']],
    ["jusqu'ici", ["jusqu'", 'ici']],
    ['J’AI', ["j'", 'ai']],
    ['lʼadhérent', ["l'", 'adherent']],
  ])('%s', (text, tokens) => {
    const doc = createDocument(text);
    expect(texts(doc)).toEqual(tokens);
    expect(doc.tokens[0].elided).toBe(true);
    expect(doc.tokens[1].elided).toBe(false);
    expect(doc.raw(0).length).toBe(tokens[0].length);
  });

  it("keeps apostrophes inside words (aujourd'hui, prud'hommes)", () => {
    expect(texts(createDocument("aujourd'hui aux prud’hommes"))).toEqual(["aujourd'hui", 'aux', "prud'hommes"]);
  });

  it('does not elide before a non-letter or at the end', () => {
    expect(texts(createDocument("l' 2"))).toEqual(['l', "'", '2']);
    expect(texts(createDocument("l'"))).toEqual(['l', "'"]);
  });
});

describe('hyphenated words', () => {
  it('splits hyphenated words into parts joined by `hyphen`', () => {
    const doc = createDocument('Un porte-monnaie, moi-même, après-demain');
    expect(texts(doc)).toEqual(['un', 'porte', 'monnaie', ',', 'moi', 'meme', ',', 'apres', 'demain']);
    expect(doc.tokens.map((t) => t.hyphen)).toEqual([false, false, true, false, false, true, false, false, true]);
    expect(doc.slice(1, 3)).toBe('porte-monnaie');
  });

  it('treats the Unicode non-breaking hyphen like "-"', () => {
    const doc = createDocument('burn\u2011out');
    expect(texts(doc)).toEqual(['burn', 'out']);
    expect(doc.tokens[1].hyphen).toBe(true);
  });

  it('keeps a dash between spaces as punctuation', () => {
    const doc = createDocument('suivi - relance');
    expect(texts(doc)).toEqual(['suivi', '-', 'relance']);
    expect(doc.tokens[2].hyphen).toBe(false);
  });

  it('joins number parts too (phone numbers, dates)', () => {
    const doc = createDocument('06-12-34');
    expect(texts(doc)).toEqual(['06', '12', '34']);
    expect(doc.tokens.map((t) => t.hyphen)).toEqual([false, true, true]);
  });
});
