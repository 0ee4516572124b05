/**
 * Lexicon compilation: terms split the way the tokenizer splits text, inflected forms generated
 * from lemmas, context conditions compiled to folded token sequences.
 */
import { describe, expect, it } from 'vitest';
import { compileEntry, entrySequences, feminize, pluralize, termTokens } from '../../lib/lint/lexicon.ts';
import { createDocument } from '../../lib/lint/document.ts';
import { fold } from '../../lib/lint/normalize.ts';
import { registry } from '../../rules/index.ts';

const seqs = (...args: Parameters<typeof entrySequences>) => entrySequences(...args).map((s) => s.join(' ')).sort();

describe('termTokens', () => {
  it.each([
    ['Hernie discale', ['hernie', 'discale']],
    ['crise d’angoisse', ['crise', "d'", 'angoisse']],
    ["l'AAH", ["l'", 'aah']],
    ['burn-out', ['burn', 'out']],
    ["aujourd'hui", ["aujourd'hui"]],
    ['prud’hommes', ["prud'hommes"]],
    ['VIH +', ['vih', '+']],
    ['taux à 80 %', ['taux', 'a', '80', '%']],
    ['  espaces   multiples ', ['espaces', 'multiples']],
    ['adhérent·e', ['adherent']],
  ])('%s', (term, tokens) => {
    expect(termTokens(term)).toEqual(tokens);
  });

  it('splits a term exactly like the tokenizer splits the same text', () => {
    for (const term of ["trouble de l'attention", 'sclérose en plaques', "qu'il", 'Alzheimer', "syndrome d'Asperger", 'COVID-19', 'bi-polaire']) {
      expect(termTokens(term)).toEqual(createDocument(term).tokens.map((t) => t.t));
    }
  });
});

/** The general splitting rule that termTokens' one-pass splitter must reproduce. */
function referenceTokens(term: string): string[] {
  const elidable = new Set(['j', 'l', 'd', 'qu', 'm', 's', 'n', 'c', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);
  const merged: string[] = [];
  for (const m of fold(term).matchAll(/([\p{L}\p{M}\p{N}]+(?:'(?=[\p{L}]))?)|([^\s\p{L}\p{M}\p{N}'-])/gu)) {
    const prev = merged[merged.length - 1];
    if (prev && prev.endsWith("'") && !elidable.has(prev.slice(0, -1))) merged[merged.length - 1] = prev + m[0];
    else merged.push(m[0]);
  }
  return merged;
}

describe('termTokens, one pass', () => {
  it('splits every built-in lexicon term as the general rule does', () => {
    let apostrophes = 0;
    for (const rule of registry) {
      for (const e of rule.lexicon ?? []) {
        for (const term of [e.lemma, ...(e.forms ?? [])]) {
          if (term.includes("'") || term.includes('’')) apostrophes++;
          expect(termTokens(term), term).toEqual(referenceTokens(term));
        }
      }
    }
    expect(apostrophes).toBeGreaterThan(500); // the apostrophe path is exercised
  });

  it('splits random strings of letters, digits, spaces, hyphens and apostrophes as the general rule does', () => {
    const alphabet = "abclqudjst09 '-'é’";
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 20_000; k++) {
      const s = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(termTokens(s), JSON.stringify(s)).toEqual(referenceTokens(s));
    }
  });
});

describe('pluralize', () => {
  it.each([
    ['diabete', 'diabetes'],
    ['handicap', 'handicaps'],
    ['trouble', 'troubles'],
    ['abces', 'abces'],
    ['choix', 'choix'],
    ['nez', 'nez'],
    ['tuyau', 'tuyaux'],
    ['cheveu', 'cheveux'],
    ['hopital', 'hopitaux'],
    ['festival', 'festivals'],
    ['medical', 'medicaux'],
  ])('%s → %s', (w, p) => expect(pluralize(w)).toBe(p));
});

describe('feminize', () => {
  it.each([
    ['depressif', 'depressive'],
    ['malade', 'malade'],
    ['anxieux', 'anxieuse'],
    ['menteur', 'menteuse'],
    ['bisexuel', 'bisexuelle'],
    ['chretien', 'chretienne'],
    ['breton', 'bretonne'],
    ['muet', 'muette'],
    ['inquiet', 'inquiete'],
    ['etranger', 'etrangere'],
    ['franc', 'franche'],
    ['public', 'publique'],
    ['jaloux', 'jalouse'],
    ['atteint', 'atteinte'],
    ['marocain', 'marocaine'],
  ])('%s → %s', (w, f) => expect(feminize(w)).toBe(f));
});

describe('entrySequences', () => {
  it('matches the lemma as written when nothing is inflected', () => {
    expect(seqs({ lemma: 'Sclérose en plaques' })).toEqual(['sclerose en plaques']);
  });

  it('adds the plural of every word of a term without preposition (noun)', () => {
    expect(seqs({ lemma: 'trouble bipolaire', inflect: 'noun' })).toEqual(['trouble bipolaire', 'troubles bipolaires']);
  });

  it('puts only the head noun in the plural when the term has a preposition', () => {
    expect(seqs({ lemma: 'crise d’angoisse', inflect: 'noun' })).toEqual(["crise d' angoisse", "crises d' angoisse"]);
    expect(seqs({ lemma: 'trouble du sommeil', inflect: 'noun' })).toEqual(['trouble du sommeil', 'troubles du sommeil']);
  });

  it('adds feminine and plurals for adjectives and participles', () => {
    expect(seqs({ lemma: 'dépressif', inflect: 'adj' })).toEqual(['depressif', 'depressifs', 'depressive', 'depressives']);
    expect(seqs({ lemma: 'reconnu handicapé', inflect: 'adj' })).toEqual(['reconnu handicape', 'reconnue handicapee', 'reconnues handicapees', 'reconnus handicapes']);
  });

  it('gives participles in "é" their feminine although folding removed the accent', () => {
    expect(seqs({ lemma: 'incarcéré', inflect: 'adj' })).toEqual(['incarcere', 'incarceree', 'incarcerees', 'incarceres']);
    expect(seqs({ lemma: 'Séparé', forms: ['divorcé'], inflect: 'adj' })).toEqual(['divorce', 'divorcee', 'divorcees', 'divorces', 'separe', 'separee', 'separees', 'separes']);
    // an epicene adjective in "e" stays as is
    expect(seqs({ lemma: 'malade', inflect: 'adj' })).toEqual(['malade', 'malades']);
  });

  it('inflects the extra forms too and removes duplicates', () => {
    expect(seqs({ lemma: 'toxicomane', forms: ['Toxicomane', 'toxico'], inflect: 'noun' })).toEqual(['toxico', 'toxicomane', 'toxicomanes', 'toxicos']);
  });

  it('does not inflect numbers or elided words', () => {
    expect(seqs({ lemma: 'diabète de type 2', inflect: 'noun' })).toEqual(['diabete de type 2', 'diabetes de type 2']);
  });

  it('ignores empty forms', () => {
    expect(seqs({ lemma: 'asthme', forms: ['  ', '—'] })).toEqual(['asthme', '—']);
  });
});

describe('compileEntry', () => {
  it('keeps the entry, adds the rule id and folds the context conditions', () => {
    const c = compileEntry({
      lemma: 'enceinte', notAfter: ['Secteur de la'], notBefore: ['acoustique', 'Bluetooth'], near: ['Vote', 'militant'], notNear: ['soudure'],
    }, 'sante');
    expect(c.rule).toBe('sante');
    expect(c.lemma).toBe('enceinte');
    expect(c.notAfterSeqs).toEqual([['secteur', 'de', 'la']]);
    expect(c.notBeforeSeqs).toEqual([['acoustique'], ['bluetooth']]);
    expect([...c.nearSet!]).toEqual(['vote', 'militant']);
    expect([...c.notNearSet!]).toEqual(['soudure']);
  });

  it('leaves conditions undefined when absent', () => {
    const c = compileEntry({ lemma: 'asthme' }, 'sante');
    expect(c.notAfterSeqs).toBeUndefined();
    expect(c.nearSet).toBeUndefined();
  });

  it('gives every entry of every rule the same fields in the same order, then the rule\'s own fields', () => {
    // one object shape for all entries: the rules read `hit.entry.tag` on every hit
    const shapes = new Set<string>();
    let own = 0;
    for (const rule of registry) {
      for (const e of rule.lexicon ?? []) {
        const keys = Object.keys(compileEntry(e, rule.id));
        const extra = keys.slice(19);
        shapes.add(keys.slice(0, 19).join(','));
        if (extra.length) own++;
        for (const k of extra) expect(Object.keys(e)).toContain(k);
      }
    }
    expect([...shapes]).toEqual(['lemma,forms,inflect,upper,confidence,severity,needsPerson,notAfter,notBefore,notNear,near,rewrite,note,tag,rule,notAfterSeqs,notBeforeSeqs,nearSet,notNearSet']);
    expect(own).toBeGreaterThan(0); // jugement's `link`, vie-privee's `kind`
    const c = compileEntry({ lemma: 'colérique', link: 'label' } as never, 'jugement');
    expect((c as unknown as { link: string }).link).toBe('label');
    expect(c.tag).toBeUndefined();
  });
});
