/**
 * What the background shows, in the UI's language (issue #6 §4): the toolbar's title over the
 * badge and the phase notifications; French by default, the method's steps as written.
 */
import { describe, expect, it } from 'vitest';
import { badgeTitle } from '../../lib/background/badge.ts';
import { phaseNotification } from '../../lib/timer/alarms.ts';
import { phasesOf } from '../../lib/timer/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';

const phases = phasesOf(DEFAULT_CONDUCTORS[0]);

describe('background texts', () => {
  it('the badge title', () => {
    expect(badgeTitle(2, 'en')).toBe('Cadre: 2 errors to fix in the report — open the panel');
    expect(badgeTitle(1, 'en')).toBe('Cadre: 1 error to fix in the report — open the panel');
    expect(badgeTitle(0, 'en')).toBe("Open Cadre's panel");
    expect(badgeTitle(2)).toBe('Cadre : 2 erreurs à corriger dans le compte rendu — ouvrir le panneau');
    expect(badgeTitle(0)).toBe('Ouvrir le panneau Cadre');
  });

  it('the phase notifications', () => {
    const next = phaseNotification(phases, 1, 'en');
    expect(next.title).toBe('Next phase: Main part');
    expect(next.message).toBe(`${phases[1].durationMs / 60_000} minutes planned. ${phases[1].steps.join(' · ')}`);
    expect(phaseNotification(phases, phases.length, 'en').title).toBe('Planned time reached');
    expect(phaseNotification(phases, 1).title).toBe('Phase suivante : Déroulement');
    expect(phaseNotification(phases, phases.length).message).toMatch(/^Les \d+ min prévues sont écoulées\. Prenez le temps de conclure\.$/);
  });
});
