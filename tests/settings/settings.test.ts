import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../lib/settings/index.ts';

describe('panel settings', () => {
  it('default to 30 days of retention and notifications on', () => {
    expect(DEFAULT_SETTINGS).toEqual({ retentionDays: 30, notifications: true });
    expect(repairSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, errors: [] });
  });
  it('keep valid fields and repair bad ones with a French message', () => {
    expect(repairSettings({ retentionDays: 7, notifications: false })).toEqual({ value: { retentionDays: 7, notifications: false }, errors: [] });
    const r = repairSettings({ retentionDays: 0, notifications: false });
    expect(r.value).toEqual({ retentionDays: 30, notifications: false });
    expect(r.errors).toEqual(['champ « retentionDays » : valeur trop petite (minimum 1).']);
    expect(repairSettings('oui').errors).toHaveLength(1);
  });
});
