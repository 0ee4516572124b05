/**
 * Stored settings repaired on read (issue #6 §3, STYLE.md §10): a bad field falls back to its
 * default alone and is reported; the policy of the organisation is read field by field too.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../rules/index.ts';
import { DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/defaults.ts';
import { defaultSettings, readManagedPolicy, readStoredSettings, settingsSchema } from '../../lib/org-settings/index.ts';

const opts = { knownRules: registry };

describe('stored settings, repaired field by field', () => {
  it('nothing stored: the defaults, no message', () => {
    expect(readStoredSettings(undefined)).toEqual({ value: defaultSettings(), errors: [] });
    expect(readStoredSettings(null, null)).toEqual({ value: defaultSettings(), errors: [] });
  });

  it('a complete valid value is kept as it is', () => {
    const s = defaultSettings();
    s.sites.origins = ['https://crm.exemple.fr/*'];
    s.rules = { rules: { email: 'off', sante: { severity: 'warning' } }, extraTerms: { sante: ['lombalgie'] }, allowlist: ['Pôle emploi'], ignoredPhrases: ['Mon Parcours Handicap'] };
    s.conductors = { imported: DEFAULT_CONDUCTOR_FILE, durations: { diagnostic: { deroulement: 40 } }, notifications: false };
    s.data.retentionDays = 90;
    const { imported, ...conductors } = s.conductors;
    const r = readStoredSettings({ ...s, conductors }, imported, opts);
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual(s);
  });

  it.each<[string, Record<string, unknown>, string, (v: ReturnType<typeof defaultSettings>) => unknown, unknown]>([
    ['a retention of 0 days', { data: { retentionDays: 0 } }, 'data.retentionDays', (v) => v.data.retentionDays, 30],
    ['notifications as text', { conductors: { notifications: 'oui' } }, 'conductors.notifications', (v) => v.conductors.notifications, true],
    ['a bad site among good ones', { sites: { origins: ['https://a.fr/*', 'pas un site', 'https://b.fr/*'] } }, 'sites.origins[1]', (v) => v.sites.origins, ['https://a.fr/*', 'https://b.fr/*']],
    ['profiles that are not a list', { sites: { profiles: 'crm' } }, 'sites.profiles', (v) => v.sites.profiles, defaultSettings().sites.profiles],
    ['a rule that no longer exists', { rules: { rules: { 'ancienne-regle': 'off', email: 'off' } } }, 'rules.rules.ancienne-regle', (v) => v.rules.rules, { email: 'off' }],
    ['a bad severity', { rules: { rules: { sante: 'grave', email: 'info' } } }, 'rules.rules.sante', (v) => v.rules.rules, { email: 'info' }],
    ['an empty term among extra terms', { rules: { extraTerms: { sante: ['lombalgie', ''], religion: ['pèlerinage'] } } }, 'rules.extraTerms.sante[1]', (v) => v.rules.extraTerms, { sante: ['lombalgie'], religion: ['pèlerinage'] }],
    ['a category that no longer exists', { rules: { extraTerms: { ancienne: ['x'], sante: ['lombalgie'] } } }, 'rules.extraTerms.ancienne', (v) => v.rules.extraTerms, { sante: ['lombalgie'] }],
    ['an allowlist that is text', { rules: { allowlist: 'x' } }, 'rules.allowlist', (v) => v.rules.allowlist, undefined],
    ['a duration out of range', { conductors: { durations: { diagnostic: { introduction: 0 }, suivi: { conclusion: 5 } } } }, 'conductors.durations.diagnostic', (v) => v.conductors.durations, { suivi: { conclusion: 5 } }],
    ['an unknown section', { reglages: {}, data: { retentionDays: 12 } }, 'reglages', (v) => v.data.retentionDays, 12],
    ['an unknown field', { data: { retentionDays: 12, couleur: 'bleu' } }, 'data.couleur', (v) => v.data.retentionDays, 12],
  ])('%s: that field only falls back, and is named', (_what, stored, field, pick, expected) => {
    const r = readStoredSettings(stored, null, opts);
    expect(pick(r.value)).toEqual(expected);
    expect(r.errors.some((e) => e.startsWith(`champ « ${field}`)), r.errors.join(' | ')).toBe(true);
    expect(r.errors.every((e) => /(Valeur par défaut rétablie|Élément ignoré)\.$/.test(e))).toBe(true);
    // whatever was stored, what comes out is a valid model
    expect(settingsSchema.safeParse(r.value).success).toBe(true);
  });

  it('the other fields survive a bad one', () => {
    const r = readStoredSettings({ data: { retentionDays: -3 }, conductors: { notifications: false, durations: { suivi: { conclusion: 5 } } } }, null, opts);
    expect(r.value.data.retentionDays).toBe(30);
    expect(r.value.conductors).toEqual({ imported: null, notifications: false, durations: { suivi: { conclusion: 5 } } });
    expect(r.errors).toEqual(['champ « data.retentionDays » : valeur trop petite (minimum 1). Valeur par défaut rétablie.']);
  });

  it('a damaged conductor file falls back to the shipped conductors, reported', () => {
    const r = readStoredSettings({}, { version: 1, conducteurs: 'aucun' }, opts);
    expect(r.value.conductors.imported).toBeNull();
    expect(r.errors).toEqual(['champ « conductors.imported.conducteurs » : une liste attendu. Valeur par défaut rétablie.']);
  });

  it('a value that is not an object at all: defaults, one message', () => {
    for (const garbage of ['oui', 42, [1, 2]]) {
      const r = readStoredSettings(garbage);
      expect(r.value).toEqual(defaultSettings());
      expect(r.errors).toHaveLength(1);
    }
  });
});

describe('the organisation policy, read field by field', () => {
  it('keeps the valid fields only, and says which were ignored', () => {
    const r = readManagedPolicy({
      rules: { rules: { sante: { severity: 'error' }, inconnue: { enabled: false } }, allowlist: ['France Travail'] },
      data: { retentionDays: 1000 },
      conductors: { notifications: false },
      autre: true,
    }, opts);
    expect(r.value).toEqual({ rules: { rules: { sante: { severity: 'error' } }, allowlist: ['France Travail'] }, data: {}, conductors: { notifications: false } });
    expect(r.errors.map((e) => e.slice(0, e.indexOf('»') + 1))).toEqual(['champ « autre »', 'champ « rules.rules.inconnue »', 'champ « data.retentionDays »']);
  });
  it('no policy: nothing, no message', () => {
    expect(readManagedPolicy({})).toEqual({ value: {}, errors: [] });
    expect(readManagedPolicy(undefined)).toEqual({ value: {}, errors: [] });
  });
});
