import { describe, expect, it } from 'vitest';
import { isNumberWord, readDigitGroups, readGroup, readNumber } from '../../lib/lint/number-words.ts';

/** Split like the tokenizer: spaces and hyphens separate words. */
const at = (s: string) => { const w = s.split(/[\s-]+/).filter(Boolean); return (j: number) => w[j]; };

describe('readNumber', () => {
  it.each([
    ['zero', 0], ['un', 1], ['seize', 16], ['dix-sept', 17], ['dix neuf', 19], ['vingt', 20], ['vingt et un', 21],
    ['trente-deux', 32], ['quarante-quatre', 44], ['soixante-dix', 70], ['soixante et onze', 71], ['soixante-dix-huit', 78],
    ['quatre-vingts', 80], ['quatre-vingt-un', 81], ['quatre-vingt-dix', 90], ['quatre-vingt-dix-neuf', 99], ['quatre vingt treize', 93],
    ['cent', 100], ['deux cents', 200], ['six cent trente-cinq', 635], ['mille', 1000], ['deux mille un', 2001],
    ['quatre mille deux cents', 4200], ['mille neuf cent quatre-vingt-sept', 1987], ['dix-neuf cent quatre-vingt-sept', 1987],
    ['huit mille', 8000], ['douze mille cinq cents', 12500],
  ])('%s → %i', (s, v) => {
    const r = readNumber(at(s), 0);
    expect(r?.value).toBe(v);
    expect(r?.next).toBe(s.split(/[\s-]+/).length);
  });

  it('stops at the first word that is not a number', () => {
    expect(readNumber(at('trois loyers de retard'), 0)).toEqual({ value: 3, next: 1 });
    expect(readNumber(at('vingt et une heures'), 0)).toEqual({ value: 21, next: 3 });
    expect(readNumber(at('trente et quelques'), 0)).toEqual({ value: 30, next: 1 });
    expect(readNumber(at('rue des Cordiers'), 0)).toBeNull();
    expect(readNumber(at('et un'), 0)).toBeNull();
  });
});

describe('readGroup', () => {
  it('reads one number below 100: dictated pairs', () => {
    expect(readGroup(at('zero six'), 0)).toEqual({ value: 0, next: 1 });
    expect(readGroup(at('quatre-vingt-treize'), 0)).toEqual({ value: 93, next: 3 });
    expect(readGroup(at('trente et un vingt'), 0)).toEqual({ value: 31, next: 3 });
    // « six cent » is not one group
    expect(readGroup(at('six cent'), 0)).toEqual({ value: 6, next: 1 });
  });
});

describe('readDigitGroups', () => {
  const digits = (s: string) => readDigitGroups(at(s), 0)?.digits;
  it.each([
    ['zero six dix-sept quarante-deux cinquante-huit quatre-vingt-treize', '0617425893'],
    ['zero sept 81 33 60 29', '0781336029'],
    ['06 58 21 90 quarante-quatre', '0658219044'],
    ['trente-trois six quarante-quatre dix-huit vingt-sept zero cinq', '33644182705'],
    ['zero six trente et un vingt-deux quarante-huit quatre-vingt-dix-neuf', '0631224899'],
    ['douze zero quatre quatre-vingt-quatorze', '120494'],
  ])('%s → %s', (s, d) => expect(digits(s)).toBe(d));

  it('stops at words and after maxDigits', () => {
    expect(readDigitGroups(at('zero six merci'), 0)).toMatchObject({ digits: '06', next: 2, groups: 2, words: 2 });
    expect(readDigitGroups(at('bonjour'), 0)).toBeNull();
    expect(readDigitGroups(at('12 34 56'), 0, 4)?.digits).toBe('1234');
  });

  it('knows the number words', () => {
    expect(isNumberWord('quarante')).toBe(true);
    expect(isNumberWord('zero')).toBe(true);
    expect(isNumberWord('et')).toBe(false);
    expect(isNumberWord('rue')).toBe(false);
  });
});

describe('regional tens and hundreds in groups', () => {
  it('reads septante, huitante, nonante and a dictated hundred', () => {
    expect(readNumber(at('septante-deux'), 0)?.value).toBe(72);
    expect(readNumber(at('nonante et un'), 0)?.value).toBe(91);
    expect(readDigitGroups(at('quarante et un septante-neuf cent vingt-trois quarante-cinq soixante-sept'), 0)?.digits).toBe('41791234567');
  });
});
