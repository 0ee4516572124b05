/**
 * The organisation's policy over the user's settings (issue #6 §2): precedence, locks, and the
 * effective lint configuration the engine receives.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../lib/lint/index.ts';
import { DEFAULT_CONDUCTORS, DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/defaults.ts';
import { DEMO_SITE_PROFILE } from '../../lib/site-profiles/index.ts';
import { applyDurations, defaultSettings, effectiveLintConfig, lintConfigOf, mergeManaged, type Settings } from '../../lib/org-settings/index.ts';

function user(): Settings {
  const s = defaultSettings();
  s.sites.origins = ['https://crm.exemple.fr/*'];
  s.rules = { rules: { email: 'off', sante: 'info' }, extraTerms: { sante: ['lombalgie'] }, allowlist: ['Pôle emploi'] };
  s.conductors.durations = { diagnostic: { deroulement: 40 }, suivi: { conclusion: 5 } };
  s.data.retentionDays = 60;
  return s;
}

describe('mergeManaged', () => {
  it('no policy: the user settings, nothing locked', () => {
    const { settings, locks } = mergeManaged(user(), {});
    expect(settings).toEqual(user());
    expect(locks.rules.size + locks.origins.size + locks.durations.size).toBe(0);
    expect(locks.conductors || locks.notifications || locks.retentionDays).toBe(false);
  });

  it('a rule set by the policy replaces the user setting of that rule only, and is locked', () => {
    const { settings, locks } = mergeManaged(user(), { rules: { rules: { sante: { enabled: true, severity: 'error' } } } });
    expect(settings.rules.rules).toEqual({ email: 'off', sante: { enabled: true, severity: 'error' } });
    expect([...locks.rules]).toEqual(['sante']);
  });

  it('lists: the policy elements first and locked, the user ones kept, no duplicate (accents and case ignored)', () => {
    const { settings, locks } = mergeManaged(user(), {
      sites: { origins: ['https://intranet.exemple.fr/*', 'https://crm.exemple.fr/*'] },
      rules: { extraTerms: { sante: ['Lombalgie', 'sciatique'], religion: ['pèlerinage'] }, allowlist: ['France Travail', 'pole emploi'] },
    });
    expect(settings.sites.origins).toEqual(['https://intranet.exemple.fr/*', 'https://crm.exemple.fr/*']);
    expect(settings.rules.extraTerms).toEqual({ sante: ['Lombalgie', 'sciatique'], religion: ['pèlerinage'] });
    expect(settings.rules.allowlist).toEqual(['France Travail', 'pole emploi']);
    expect(locks.origins.has('https://crm.exemple.fr/*')).toBe(true);
    expect(locks.extraTerms.get('sante')).toEqual(new Set(['lombalgie', 'sciatique']));
    expect(locks.allowlist).toEqual(new Set(['france travail', 'pole emploi']));
  });

  it('site profiles: a policy profile replaces the user profile with the same id', () => {
    const managed = { ...DEMO_SITE_PROFILE, libelle: 'CRM de l’organisation' };
    const { settings, locks } = mergeManaged(user(), { sites: { profiles: [managed] } });
    expect(settings.sites.profiles).toEqual([managed]);
    expect(locks.profiles).toEqual(new Set([DEMO_SITE_PROFILE.id]));
  });

  it('conductors, durations, notifications, retention', () => {
    const { settings, locks } = mergeManaged(user(), {
      conductors: { imported: DEFAULT_CONDUCTOR_FILE, durations: { diagnostic: { introduction: 5 } }, notifications: false },
      data: { retentionDays: 7 },
    });
    expect(settings.conductors.imported).toEqual(DEFAULT_CONDUCTOR_FILE);
    // per interview type: the policy's durations replace the user's for that type
    expect(settings.conductors.durations).toEqual({ diagnostic: { introduction: 5 }, suivi: { conclusion: 5 } });
    expect(settings.conductors.notifications).toBe(false);
    expect(settings.data.retentionDays).toBe(7);
    expect(locks).toMatchObject({ conductors: true, notifications: true, retentionDays: true, durations: new Set(['diagnostic']) });
  });

  it('does not mutate its inputs', () => {
    const u = user();
    const m = { rules: { rules: { email: 'error' as const } } };
    mergeManaged(u, m);
    expect(u).toEqual(user());
    expect(m).toEqual({ rules: { rules: { email: 'error' } } });
  });
});

describe('effective lint configuration', () => {
  const REPORT = 'Vous pouvez me joindre à ana.martin@free.fr pour la suite.';
  const emailFindings = (config: ReturnType<typeof effectiveLintConfig>) => lint(REPORT, config).filter((f) => f.rule === 'email');

  it('the policy wins over the user: a rule the user turned off comes back when the policy sets it', () => {
    expect(emailFindings(effectiveLintConfig(user()))).toEqual([]);
    const config = effectiveLintConfig(user(), { rules: { rules: { email: { severity: 'error' } } } });
    expect(config.rules?.email).toEqual({ severity: 'error' });
    expect(emailFindings(config).map((f) => [f.text, f.severity])).toEqual([['ana.martin@free.fr', 'error']]);
  });

  it('carries extra terms, allowlist and ignored phrases; empty parts left out', () => {
    expect(effectiveLintConfig(defaultSettings())).toEqual({});
    expect(effectiveLintConfig(user())).toEqual({ rules: { email: 'off', sante: 'info' }, extraTerms: { sante: ['lombalgie'] }, allowlist: ['Pôle emploi'] });
  });

  it('imported conductors reach the completeness rule as its option, its severity kept', () => {
    const s = defaultSettings();
    s.rules.rules = { completude: 'warning' };
    s.conductors.imported = DEFAULT_CONDUCTOR_FILE;
    expect(lintConfigOf(s).rules?.completude).toEqual({ severity: 'warning', options: { conducteurs: DEFAULT_CONDUCTORS } });
    s.rules.rules = { completude: 'off' };
    expect(lintConfigOf(s).rules?.completude).toBe('off');
  });
});

describe('applyDurations', () => {
  it('changes the phases of the types it names, keeps the list when there is nothing to change', () => {
    expect(applyDurations(DEFAULT_CONDUCTORS, {})).toBe(DEFAULT_CONDUCTORS);
    const out = applyDurations(DEFAULT_CONDUCTORS, { diagnostic: { deroulement: 40 } });
    const diag = out.find((c) => c.id === 'diagnostic')!;
    expect(diag.phases.map((p) => p.dureeMinutes)).toEqual([10, 40, 10]);
    expect(out.find((c) => c.id === 'suivi')).toBe(DEFAULT_CONDUCTORS.find((c) => c.id === 'suivi'));
  });
});
