import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import {
  DEFAULT_SITE_PROFILES, DEMO_SITE_PROFILE, detectFromPage, matchProfile, parseSiteProfiles, urlMatches,
} from '../../lib/site-profiles/index.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { DEMO_ROOT, startDemoServer } from '../fixtures/demo-server.ts';

/** A demo page parsed by happy-dom (its script is not run: the static HTML carries the ids). */
function page(file: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(readFileSync(join(DEMO_ROOT, file), 'utf8'));
  return window.document as unknown as Document;
}

describe('URL patterns', () => {
  it('match with * and nothing else', () => {
    expect(urlMatches('http://127.0.0.1:*/entretien.html*', 'http://127.0.0.1:41234/entretien.html?dossier=D-2042')).toBe(true);
    expect(urlMatches('http://127.0.0.1:*/entretien.html*', 'http://127.0.0.1:41234/index.html')).toBe(false);
    expect(urlMatches('https://crm.example.org/entretiens/*', 'https://crm.example.org.evil.test/entretiens/1')).toBe(false);
    expect(urlMatches('https://crm.example.org/a.b', 'https://crm.example.org/aXb')).toBe(false); // the dot is literal
  });
  it('pick the demo profile on its form and report pages only', () => {
    expect(matchProfile(DEFAULT_SITE_PROFILES, 'http://127.0.0.1:5000/entretien.html?dossier=D-2041')?.id).toBe('demo-cadre');
    expect(matchProfile(DEFAULT_SITE_PROFILES, 'http://localhost:5000/compte-rendu.html')?.id).toBe('demo-cadre');
    expect(matchProfile(DEFAULT_SITE_PROFILES, 'http://127.0.0.1:5000/index.html')).toBeUndefined();
    expect(matchProfile(DEFAULT_SITE_PROFILES, 'https://www.example.org/entretien.html')).toBeUndefined();
  });
});

describe('detection on the demo pages', () => {
  const url = 'http://127.0.0.1:5000/entretien.html?dossier=D-2041';

  it('reads the case id and no type while the select is empty', () => {
    const doc = page('entretien.html', url);
    expect(detectFromPage(DEMO_SITE_PROFILE, doc)).toEqual({ profileId: 'demo-cadre', caseId: 'D-2041' });
  });

  it('maps every option of the "Type d\'entretien" select to a conductor', () => {
    const doc = page('entretien.html', url);
    const select = doc.querySelector<HTMLSelectElement>('#type-entretien')!;
    expect(doc.querySelector('label[for="type-entretien"]')?.textContent).toBe("Type d'entretien");
    const found: string[] = [];
    for (const option of Array.from(select.options).slice(1)) {
      select.value = option.value;
      found.push(detectFromPage(DEMO_SITE_PROFILE, doc).interviewType ?? '?');
    }
    expect(found).toEqual(DEFAULT_CONDUCTORS.map((c) => c.id));
  });

  it('reads the type from the text of the read-only report page', () => {
    const doc = page('compte-rendu.html', 'http://127.0.0.1:5000/compte-rendu.html');
    expect(detectFromPage(DEMO_SITE_PROFILE, doc)).toEqual({ profileId: 'demo-cadre', interviewType: 'premier-accueil', caseId: 'D-2041' });
    const codesOnly = { ...DEMO_SITE_PROFILE, typeMap: { PA: 'premier-accueil' } };
    expect(detectFromPage(codesOnly, doc).interviewType).toBeUndefined();
  });

  it('accepts a conductor id shown as is, and a pattern with a group', () => {
    const window = new Window();
    window.document.body.innerHTML = '<p id="t">Entretien : DIAGNOSTIC (dossier 12)</p>';
    const doc = window.document as unknown as Document;
    const profile = { ...DEMO_SITE_PROFILE, typeSelector: '#t', typePattern: 'Entretien : (\\S+)', typeMap: {}, caseId: undefined };
    expect(detectFromPage(profile, doc, DEFAULT_CONDUCTORS.map((c) => c.id)).interviewType).toBe('diagnostic');
    expect(detectFromPage(profile, doc).interviewType).toBeUndefined();
  });
});

describe('site profile configuration', () => {
  it('validates profiles and names the faulty field in French', () => {
    expect(parseSiteProfiles([DEMO_SITE_PROFILE]).ok).toBe(true);
    const r = parseSiteProfiles([{ ...DEMO_SITE_PROFILE, urls: 'http://x/*' }]);
    expect(r.ok ? [] : r.errors).toEqual(['champ « profilsDeSite[0].urls » : une liste attendu.']);
  });
});

describe('demo server', () => {
  it('serves the demo pages on 127.0.0.1 and refuses paths outside its folder', async () => {
    const demo = await startDemoServer();
    try {
      expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${demo.url}/entretien.html?dossier=D-2042`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('id="compte-rendu"');
      expect((await fetch(`${demo.url}/`)).status).toBe(200);
      expect((await fetch(`${demo.url}/absent.html`)).status).toBe(404);
      expect((await fetch(`${demo.url}/%2e%2e/demo-server.ts`)).status).not.toBe(200);
    } finally {
      await demo.close();
    }
  });
});
