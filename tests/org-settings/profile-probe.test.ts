// @vitest-environment happy-dom
/**
 * "Tester sur un onglet": what each selector of a site profile finds in a page, and what Cadre
 * reads from it — on the demo application's page.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SITE_PROFILE, type SiteProfile } from '../../lib/site-profiles/index.ts';
import { probeSelectorsInPage, probeSpecs, readProbe } from '../../lib/org-settings/profile-probe.ts';

const demo = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'demo', 'entretien.html'), 'utf8');

describe('site profile probe', () => {
  beforeEach(() => {
    document.body.innerHTML = demo.slice(demo.indexOf('<main>'), demo.indexOf('</main>') + 7);
  });

  it('on the demo page: the type select, the case id attribute, the report editor', () => {
    (document.querySelector('#type-entretien') as HTMLSelectElement).value = 'DIAG';
    const rows = readProbe(DEMO_SITE_PROFILE, probeSelectorsInPage(probeSpecs(DEMO_SITE_PROFILE)));
    expect(rows).toEqual([
      { field: 'type', selector: '#type-entretien', count: 1, found: 'DIAG (Diagnostic)', reads: 'diagnostic' },
      { field: 'caseId', selector: '[data-dossier-id]', count: 1, found: 'D-2041', reads: 'D-2041' },
      { field: 'report', selector: '#compte-rendu', count: 1 },
    ]);
  });

  it('says what is not found, a value it cannot map, and a selector that is not CSS', () => {
    const profile: SiteProfile = { ...DEMO_SITE_PROFILE, typeMap: {}, caseId: { selector: '#dossier-absent' }, reportSelector: 'textarea[' };
    (document.querySelector('#type-entretien') as HTMLSelectElement).value = 'CONTRAT';
    const rows = readProbe(profile, probeSelectorsInPage(probeSpecs(profile)));
    expect(rows[0]).toEqual({ field: 'type', selector: '#type-entretien', count: 1, found: 'CONTRAT (Contractualisation)' });
    expect(rows[1]).toEqual({ field: 'caseId', selector: '#dossier-absent', count: 0 });
    expect(rows[2].count).toBe(0);
    expect(rows[2].error).toBeTruthy();
  });

  it('a type known by its conductor id is read without a map', () => {
    const profile: SiteProfile = { ...DEMO_SITE_PROFILE, typeMap: {} };
    document.body.innerHTML = '<span id="type-entretien">Diagnostic</span>';
    const rows = readProbe(profile, probeSelectorsInPage(probeSpecs(profile)), ['diagnostic']);
    expect(rows[0]).toMatchObject({ found: 'Diagnostic', reads: 'diagnostic' });
  });
});
