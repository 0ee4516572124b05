/**
 * The settings file (issue #6 §1, §5): a table of malformed files, each refused as a whole with
 * every bad field named in French; a good file round-trips and replaces only what it carries.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../rules/index.ts';
import { DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/defaults.ts';
import {
  applySettingsFile, defaultSettings, isSettingsFile, lintConfigFromFile, parseSettingsFile, settingsSchema,
  toOriginPattern, toSettingsFile, SETTINGS_FORMAT, type Settings,
} from '../../lib/org-settings/index.ts';

const file = (extra: Record<string, unknown>) => ({ format: SETTINGS_FORMAT, version: 2, ...extra });

/** [what is wrong, file, fields that the errors must name (each once at least)] */
const MALFORMED: Array<[string, unknown, string[]]> = [
  ['no version', { format: SETTINGS_FORMAT, rules: {} }, ['version']],
  ['a version from the future', file({ version: 3 }), ['version']],
  ['an unknown top-level key', file({ regles: {} }), ['(racine)']],
  ['a misspelt rule id', file({ rules: { rules: { snate: 'off' } } }), ['rules.rules.snate']],
  ['a severity that does not exist', file({ rules: { rules: { sante: 'grave' } } }), ['rules.rules.sante']],
  ['a severity inside a rule object', file({ rules: { rules: { email: { severity: 'forte' } } } }), ['rules.rules.email.severity']],
  ['options a rule does not accept', file({ rules: { rules: { completude: { options: { conducteurs: 'tous' } } } } }), ['rules.rules.completude.options']],
  ['an unknown category of extra terms', file({ rules: { extraTerms: { santee: ['lombalgie'] } } }), ['rules.extraTerms']],
  ['an empty extra term', file({ rules: { extraTerms: { sante: ['lombalgie', ''] } } }), ['rules.extraTerms.sante[1]']],
  ['an allowlist that is not a list', file({ rules: { allowlist: 'Pôle emploi' } }), ['rules.allowlist']],
  ['an ignored phrase that is a number', file({ rules: { ignoredPhrases: ['Mon Parcours Handicap', 12] } }), ['rules.ignoredPhrases[1]']],
  ['a site that is not an address', file({ sites: { origins: ['crm exemple'] } }), ['sites.origins[0]']],
  ['the same site twice', file({ sites: { origins: ['https://crm.exemple.fr/*', 'https://crm.exemple.fr/*'] } }), ['sites.origins[1]']],
  ['a site profile without URL', file({ sites: { profiles: [{ id: 'crm', libelle: 'CRM', urls: [] }] } }), ['sites.profiles[0].urls']],
  ['a site profile with an unknown key', file({ sites: { profiles: [{ id: 'crm', libelle: 'CRM', urls: ['https://crm.fr/*'], selecteur: '#x' }] } }), ['sites.profiles[0]']],
  ['a retention of zero days', file({ data: { retentionDays: 0 } }), ['data.retentionDays']],
  ['a retention in words', file({ data: { retentionDays: 'trente' } }), ['data.retentionDays']],
  ['notifications as text', file({ conductors: { notifications: 'oui' } }), ['conductors.notifications']],
  ['a timer duration of 500 minutes', file({ conductors: { durations: { diagnostic: { deroulement: 500 } } } }), ['conductors.durations.diagnostic.deroulement']],
  ['a timer phase that does not exist', file({ conductors: { durations: { diagnostic: { pause: 5 } } } }), ['conductors.durations.diagnostic']],
  ['an empty conductor list', file({ conductors: { imported: { version: 1, conducteurs: [] } } }), ['conductors.imported.conducteurs']],
  [
    'a conductor with a phase of 0 minutes',
    file({ conductors: { imported: { ...DEFAULT_CONDUCTOR_FILE, conducteurs: [{ ...DEFAULT_CONDUCTOR_FILE.conducteurs[0], phases: DEFAULT_CONDUCTOR_FILE.conducteurs[0].phases.map((p, i) => (i === 1 ? { ...p, dureeMinutes: 0 } : p)) }] } } }),
    ['conductors.imported.conducteurs[0].phases[1].dureeMinutes'],
  ],
  [
    'several bad fields in several sections',
    file({ rules: { rules: { sante: 'grave' } }, data: { retentionDays: -1 }, sites: { origins: [42] } }),
    ['rules.rules.sante', 'data.retentionDays', 'sites.origins[0]'],
  ],
];

describe('settings file: every malformed file is refused, each bad field named', () => {
  it.each(MALFORMED)('%s', (_what, input, fields) => {
    const r = parseSettingsFile(JSON.stringify(input), registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const f of fields) expect(r.errors.some((e) => e.startsWith(`champ « ${f} »`)), `${f} in ${r.errors.join(' | ')}`).toBe(true);
    // one line per problem, in French, never zod's English
    expect(r.errors.length).toBeGreaterThanOrEqual(fields.length);
    for (const e of r.errors) expect(e).not.toMatch(/Invalid|expected|received/);
  });

  it('a file that is not JSON, a conductor file, a .cadrerc.json: refused with a hint', () => {
    const notJson = parseSettingsFile('{ "version": 2, ', registry);
    expect(notJson.ok || notJson.errors[0]).toMatch(/^Le fichier n'est pas un JSON valide/);
    const conductors = parseSettingsFile(JSON.stringify(DEFAULT_CONDUCTOR_FILE), registry);
    expect(conductors.ok || conductors.errors[0]).toMatch(/fichier de conducteurs/);
    const cadrerc = parseSettingsFile(JSON.stringify({ rules: { sante: 'off' } }), registry);
    expect(cadrerc.ok || cadrerc.errors[0]).toMatch(/\.cadrerc\.json/);
  });
});

describe('settings file: a good file', () => {
  const current: Settings = defaultSettings();
  current.rules = { rules: { email: 'off' }, allowlist: ['Pôle emploi'] };
  current.data.retentionDays = 14;

  it('exports everything and imports back to the same settings', () => {
    const exported = toSettingsFile(current, new Date('2025-03-01T10:00:00Z'));
    expect(exported).toMatchObject({ format: SETTINGS_FORMAT, version: 2, exportedAt: '2025-03-01T10:00:00.000Z' });
    const r = parseSettingsFile(JSON.stringify(exported), registry);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(applySettingsFile(defaultSettings(), r.value)).toEqual(current);
    expect(settingsSchema.safeParse(applySettingsFile(defaultSettings(), r.value)).success).toBe(true);
  });

  it('replaces the fields it carries and leaves the others as they are; the input is not mutated', () => {
    const before = structuredClone(current);
    const r = parseSettingsFile(JSON.stringify({ version: 2, rules: { rules: { sante: 'warning' } }, conductors: { notifications: false } }), registry);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const next = applySettingsFile(current, r.value);
    expect(next.rules).toEqual({ rules: { sante: 'warning' }, allowlist: ['Pôle emploi'] });
    expect(next.conductors.notifications).toBe(false);
    expect(next.data.retentionDays).toBe(14);
    expect(current).toEqual(before);
  });

  it('accepts a UTF-8 BOM and a $schema hint', () => {
    const r = parseSettingsFile('\ufeff' + JSON.stringify({ $schema: './x.json', version: 2 }), registry);
    expect(r.ok).toBe(true);
  });
});

describe('the CLI view of a file (`--config`)', () => {
  it('takes the rules part of a settings file and a .cadrerc.json as is', () => {
    expect(isSettingsFile({ version: 2, rules: {} })).toBe(true);
    expect(isSettingsFile({ rules: {} })).toBe(false);
    const s = lintConfigFromFile(file({ rules: { rules: { email: 'error' }, allowlist: ['x'] }, data: { retentionDays: 10 } }), registry);
    expect(s).toEqual({ ok: true, value: { rules: { email: 'error' }, allowlist: ['x'] } });
    expect(lintConfigFromFile({ rules: { email: 'off' } }, registry)).toEqual({ ok: true, value: { rules: { email: 'off' } } });
  });
  it('refuses a settings file with a bad field outside the rules part too', () => {
    const r = lintConfigFromFile(file({ rules: { rules: { email: 'error' } }, data: { retentionDays: 0 } }), registry);
    expect(r.ok).toBe(false);
    expect(r.ok || r.errors).toEqual(['champ « data.retentionDays » : valeur trop petite (minimum 1).']);
  });
});

describe('site addresses', () => {
  it.each([
    ['crm.exemple.fr', 'https://crm.exemple.fr/*'],
    ['https://crm.exemple.fr/dossiers/12?x=1', 'https://crm.exemple.fr/*'],
    ['HTTP://127.0.0.1:5173/entretien.html', 'http://127.0.0.1/*'],
    ['https://*.exemple.fr/*', 'https://*.exemple.fr/*'],
    ['http://localhost:*/', 'http://localhost/*'],
  ])('%s → %s', (input, pattern) => expect(toOriginPattern(input)).toBe(pattern));
  it.each(['', 'crm exemple', 'ftp://crm.fr', 'https://', 'https://crm.fr:99999/', 'https://*/*', '<all_urls>'])('refuses « %s »', (input) => expect(toOriginPattern(input)).toBeNull());
});
