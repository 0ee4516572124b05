import { describe, expect, it } from 'vitest';
import {
  activationPlan, deactivationPlan, DEMO_SITE_PATTERNS, patternMatchesUrl, registrationPatterns, siteAccess, sitePatternOf,
} from '../../lib/permissions/index.ts';

describe('site patterns', () => {
  it.each([
    ['https://crm.example.org:8443/dossiers/12?x=1#y', 'https://crm.example.org/*'],
    ['http://127.0.0.1:5173/entretien.html', 'http://127.0.0.1/*'],
    ['http://[::1]:8080/', 'http://[::1]/*'],
    ['http://cadre.test/a', 'http://cadre.test/*'],
    ['chrome-extension://abc/sidepanel.html', undefined],
    ['about:blank', undefined],
    ['file:///home/x.html', undefined],
    ['pas une adresse', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, pattern) => {
    expect(sitePatternOf(url)).toBe(pattern);
  });

  it.each([
    ['*://*/*', 'https://a.b/c', true],
    ['*://*/*', 'ftp://a.b/c', false],
    ['http://localhost/*', 'http://localhost:3000/x', true],
    ['http://localhost/*', 'https://localhost/x', false],
    ['https://*.example.org/*', 'https://crm.example.org/', true],
    ['https://*.example.org/*', 'https://example.org/', true],
    ['https://*.example.org/*', 'https://badexample.org/', false],
    ['http://cadre.test/*', 'http://cadre.test.evil.fr/', false],
  ])('%s matches %s: %s', (pattern, url, ok) => {
    expect(patternMatchesUrl(pattern, url)).toBe(ok);
  });
});

describe('site access', () => {
  const granted = [...DEMO_SITE_PATTERNS, 'https://crm.example.org/*'];

  it('demo origins are active by default and can only be switched off, not given back', () => {
    const a = siteAccess('http://127.0.0.1:5173/entretien.html', granted, []);
    expect(a).toMatchObject({ state: 'active', label: '127.0.0.1', granted: true, removable: false });
    expect(deactivationPlan(a)).toEqual({ remove: false, disable: true });
    const off = siteAccess('http://127.0.0.1:5173/entretien.html', granted, ['http://127.0.0.1/*']);
    expect(off.state).toBe('inactive');
    expect(activationPlan(off)).toEqual({ request: false, enable: true });
  });

  it('a site granted at runtime is given back by "Désactiver"', () => {
    const a = siteAccess('https://crm.example.org/dossier/4', granted, []);
    expect(a).toMatchObject({ state: 'active', removable: true });
    expect(deactivationPlan(a)).toEqual({ remove: true, disable: false });
  });

  it('another site needs the permission asked for', () => {
    const a = siteAccess('http://cadre.test:4000/entretien.html', granted, []);
    expect(a).toMatchObject({ state: 'inactive', pattern: 'http://cadre.test/*', granted: false });
    expect(activationPlan(a)).toEqual({ request: true, enable: false });
  });

  it('a site covered by a broader grant is switched off, not given back', () => {
    const a = siteAccess('https://crm.example.org/', [...granted, '*://*/*'], []);
    expect(a).toMatchObject({ state: 'active', removable: false });
  });

  it('hidden address, non-web pages', () => {
    expect(siteAccess(undefined, granted, []).state).toBe('unknown');
    expect(siteAccess('', granted, []).state).toBe('unknown');
    expect(siteAccess('chrome://extensions', granted, []).state).toBe('unsupported');
  });

  it('the registration covers the granted web patterns minus the switched-off sites', () => {
    expect(registrationPatterns(['http://localhost/*', 'chrome://favicon/*', 'http://127.0.0.1/*', 'http://localhost/*'], ['http://127.0.0.1/*'])).toEqual({
      matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      excludeMatches: ['http://127.0.0.1/*'],
    });
  });
});
