/**
 * Normalisation with an offset map (issue #2 §2): folding, apostrophes, spaces, invisible
 * characters, inclusive writing, line breaks, astral characters. Every case also checks the map
 * invariants: one original index per normalised character, non-decreasing, ending at text.length.
 */
import { describe, expect, it } from 'vitest';
import { fold, normalize, origRange, type Normalized } from '../../lib/lint/normalize.ts';

function checkMap(n: Normalized): void {
  expect(n.map.length).toBe(n.norm.length + 1);
  expect(n.map[n.norm.length]).toBe(n.text.length);
  for (let j = 0; j < n.norm.length; j++) {
    expect(n.map[j]).toBeGreaterThanOrEqual(0);
    expect(n.map[j]).toBeLessThan(n.text.length);
    if (j > 0) expect(n.map[j]).toBeGreaterThanOrEqual(n.map[j - 1]);
  }
}

/** Normalise, check the map, and return the original text of the normalised range of `needle`. */
function origOf(text: string, needle: string): string {
  const n = normalize(text);
  checkMap(n);
  const at = n.norm.indexOf(needle);
  expect(at, `${JSON.stringify(needle)} in ${JSON.stringify(n.norm)}`).toBeGreaterThanOrEqual(0);
  const [a, b] = origRange(n, at, at + needle.length);
  return text.slice(a, b);
}

describe('normalize: case and accent folding', () => {
  it.each([
    ['Dépression SÉVÈRE', 'depression severe'],
    ['ÉLÈVE à l’école', "eleve a l'ecole"],
    ['Œdème, cœur, Æsthétique', 'oedeme, coeur, aesthetique'],
    ['Ça, garçon, NOËL, naïf, où, ÎLE', 'ca, garcon, noel, naif, ou, ile'],
    ['Ÿ ÿ Ñ ñ ß', 'y y n n ss'],
    ['Łódź Šibenik', 'lodz sibenik'],
  ])('%s → %s', (text, norm) => {
    const n = normalize(text);
    expect(n.norm).toBe(norm);
    checkMap(n);
  });

  it('maps a ligature expanded to two characters back onto the single original character', () => {
    const n = normalize('sœur');
    expect(n.norm).toBe('soeur');
    expect(Array.from(n.map)).toEqual([0, 1, 1, 2, 3, 4]);
    expect(origOf('Sa sœur', 'soeur')).toBe('sœur');
    expect(origOf('Sa sœur', 'o')).toBe('œ');
  });

  it('drops combining accents of decomposed (NFD) input', () => {
    const text = 'de\u0301pression'; // "dépression" typed with a combining acute accent
    expect(normalize(text).norm).toBe('depression');
    expect(origOf(text, 'depression')).toBe(text);
  });

  it('keeps a combining accent at the end of a word inside the mapped range', () => {
    const text = 'Il est handicape\u0301, dit-il'; // "handicapé" in NFD
    expect(normalize(text).norm).toBe('il est handicape, dit-il');
    expect(origOf(text, 'handicape')).toBe('handicape\u0301');
  });

  it('folds text typed without accents and with accents to the same string', () => {
    expect(fold('hépatite chronique')).toBe(fold('hepatite chronique'));
    expect(fold('HÉPATITE')).toBe('hepatite');
  });

  it('lower-cases Greek and Cyrillic letters one for one', () => {
    const n = normalize('ΑΒΓ Жук');
    expect(n.norm).toBe('αβγ жук');
    checkMap(n);
  });
});

describe('normalize: apostrophes and spaces', () => {
  it.each([
    ["l'adhérent", "l'adherent"],
    ['l’adhérent', "l'adherent"],
    ['lʼadhérent', "l'adherent"],
    ['l‘adhérent', "l'adherent"],
    ['l`adhérent', "l'adherent"],
  ])('%s → %s', (text, norm) => {
    expect(normalize(text).norm).toBe(norm);
  });

  it.each([
    ['NBSP', '\u00a0'],
    ['narrow NBSP', '\u202f'],
    ['thin space', '\u2009'],
    ['figure space', '\u2007'],
    ['ideographic space', '\u3000'],
    ['tab', '\t'],
  ])('%s becomes a plain space, one for one', (_name, space) => {
    const text = `Montant${space}: 300${space}€`;
    const n = normalize(text);
    expect(n.norm).toBe('montant : 300 €');
    expect(n.norm.length).toBe(text.length);
    checkMap(n);
  });

  it('folds curly double quotes to straight ones', () => {
    expect(normalize('“oui”').norm).toBe('"oui"');
    expect(normalize('„oui“').norm).toBe('"oui"');
  });
});

describe('normalize: invisible characters inside a word do not hide it', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['BOM / ZWNBSP', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['left-to-right mark', '\u200e'],
  ])('%s', (_name, invisible) => {
    const text = `Il souffre de dia${invisible}bète.`;
    const n = normalize(text);
    expect(n.norm).toBe('il souffre de diabete.');
    checkMap(n);
    // the span maps back onto the original, invisible character included
    expect(origOf(text, 'diabete')).toBe(`dia${invisible}bète`);
  });

  it('removes several invisible characters in a row and at both ends', () => {
    const text = '\u200b\u200bdia\u00ad\u200bbète\u200b';
    const n = normalize(text);
    expect(n.norm).toBe('diabete');
    checkMap(n);
    // the range of the folded word starts at its first letter and ends after its last letter
    expect(origRange(n, 0, 7)).toEqual([2, 11]);
  });

  it('keeps a leading BOM out of the folded text but inside the offsets', () => {
    const text = '\ufeffLigne un';
    const n = normalize(text);
    expect(n.norm).toBe('ligne un');
    expect(n.map[0]).toBe(1);
    checkMap(n);
  });
});

describe('normalize: inclusive writing is reduced to the base word', () => {
  it.each([
    ['adhérent.e', "L'adhérent.e est venu.", "l'adherent est venu."],
    ['middle dot', "L'adhérent·e est venu.", "l'adherent est venu."],
    ['bullet', "L'adhérent•e est venu.", "l'adherent est venu."],
    ['parentheses', "Il est inscrit(e) à l'agence.", "il est inscrit a l'agence."],
    ['plural .e.s', 'Les adhérent.e.s présents', 'les adherent presents'],
    ['plural ·es', 'Les adhérent·es présents', 'les adherent presents'],
    ['-rice', "L'accompagnateur.rice référent", "l'accompagnateur referent"],
    ['-euse', 'Un·e chômeur.euse longue durée', 'un chomeur longue duree'],
    ['end of sentence', "C'est un.e salarié.e.", "c'est un salarie."],
    ['before a comma', 'Salarié.e, il cherche', 'salarie, il cherche'],
    ['plural .e.s at the end of the text', 'Les adhérent.e.s', 'les adherent'],
  ])('%s', (_name, text, norm) => {
    const n = normalize(text);
    expect(n.norm).toBe(norm);
    checkMap(n);
  });

  it('maps the base word back onto the original with its suffix, so a fix never leaves "·e" behind', () => {
    expect(origOf("L'adhérent.e est venu", 'adherent ')).toBe('adhérent.e ');
    expect(origOf("L'adhérent.e est venu", 'adherent')).toBe('adhérent.e');
    expect(origOf('Il est inscrit(e).', 'inscrit')).toBe('inscrit(e)');
    expect(origOf('Les adhérent·e·s, ici', 'adherent')).toBe('adhérent·e·s');
    expect(origOf("L'adhérent.e est venu", 'adh')).toBe('adh');
  });

  it.each([
    ['an e-mail address', 'jean.e@exemple.fr', 'jean.e@exemple.fr'],
    ['a capital after the dot (two sentences glued)', 'à Valbrune.Elle part', 'a valbrune.elle part'],
    ['a dotted abbreviation', 'cf. p.ex. le dossier', 'cf. p.ex. le dossier'],
    ['parentheses with a word', 'inscrit (depuis mars)', 'inscrit (depuis mars)'],
    ['parentheses glued to a word', 'inscrit(es)x', 'inscrit(es)x'],
    ['a decimal number', 'taux 2.5 %', 'taux 2.5 %'],
    ['a domain name', 'voir site.example.com', 'voir site.example.com'],
  ])('leaves %s alone', (_name, text, norm) => {
    expect(normalize(text).norm).toBe(norm);
  });
});

describe('normalize: line breaks', () => {
  it('turns CRLF into one LF (the CR is dropped) and a lone CR into LF', () => {
    const text = 'un\r\ndeux\rtrois\n';
    const n = normalize(text);
    expect(n.norm).toBe('un\ndeux\ntrois\n');
    checkMap(n);
    expect(n.map[2]).toBe(3); // the LF of CRLF
    expect(n.map[3]).toBe(4); // "d"
    expect(n.map[7]).toBe(8); // the lone CR
    expect(origOf(text, 'trois')).toBe('trois');
  });

  it('turns Unicode line and paragraph separators into LF', () => {
    expect(normalize('a\u2028b\u2029c\u0085d').norm).toBe('a\nb\nc\nd');
  });
});

describe('normalize: astral characters and surrogates', () => {
  it('keeps emoji (surrogate pairs) whole and mapped one for one', () => {
    const text = 'Très content 😀 de sa MISSION 👍🏽.';
    const n = normalize(text);
    expect(n.norm).toBe('tres content 😀 de sa mission 👍🏽.');
    expect(n.norm.length).toBe(text.length);
    checkMap(n);
    expect(origOf(text, 'mission')).toBe('MISSION');
  });

  it('keeps lone surrogates without throwing', () => {
    const text = 'a\ud800b\udc00c\udbff';
    const n = normalize(text);
    expect(n.norm).toBe(text);
    checkMap(n);
  });

  it('gives the same result for long texts (fresh buffers) and short ones (reused buffers)', () => {
    const unit = 'Élan VITAL, l’adhérent·e\u200b\r\n';
    const long = normalize(unit.repeat(20_000));
    const short = normalize(unit);
    expect(long.norm).toBe(short.norm.repeat(20_000));
    expect(long.map.length).toBe(long.norm.length + 1);
    // the map of the long text is the short map repeated, shifted by the unit's length
    let same = true;
    for (let j = 0; j < long.norm.length; j++) {
      const k = j % short.norm.length;
      if (long.map[j] !== short.map[k] + Math.floor(j / short.norm.length) * unit.length) { same = false; break; }
    }
    expect(same).toBe(true);
    // a short text after a long one still gets its own right-sized map
    expect(normalize('Ab').map.length).toBe(3);
  });

  it('handles the empty string', () => {
    const n = normalize('');
    expect(n.norm).toBe('');
    expect(Array.from(n.map)).toEqual([0]);
  });
});

describe('origRange', () => {
  it('gives an empty range at the mapped position for an empty normalised range', () => {
    const n = normalize('Élan vital');
    expect(origRange(n, 3, 3)).toEqual([3, 3]);
    expect(origRange(n, n.norm.length, n.norm.length)).toEqual([10, 10]);
  });

  it('covers the whole original of the first and last characters', () => {
    const text = 'Œuvre';
    const n = normalize(text);
    expect(origRange(n, 0, 1)).toEqual([0, 1]); // "o" of "œ"
    expect(origRange(n, 1, 2)).toEqual([0, 1]); // "e" of "œ"
    expect(origRange(n, 0, n.norm.length)).toEqual([0, 5]);
  });
});

describe('fold', () => {
  it('folds lexicon terms and configuration entries like the text', () => {
    expect(fold('Crise d’Angoisse')).toBe("crise d'angoisse");
    expect(fold('  Mon Parcours Handicap ')).toBe('  mon parcours handicap ');
    expect(fold('adhérent·e')).toBe('adherent');
  });
});
