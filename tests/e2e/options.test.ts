/**
 * The options page in real Chromium (issue #6 §5): it loads; a rule's severity and on/off persist;
 * a broken settings file is refused with French errors naming each field and the settings in use
 * stay intact; the exported file drives the CLI; a site profile is tested on an open tab of the
 * demo application; settings stored by version 1 are upgraded and a
 * bad field is reported; an organisation policy, set through Chromium's policy directory, locks a
 * rule; axe-core finds no serious or critical violation; everything works from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness.ts';
import { seriousViolations, walkTabOrder } from './a11y.ts';
import { cli } from '../cli/helpers.ts';
import { startDemoServer } from '../fixtures/demo-server.ts';
import { registry } from '../../rules/index.ts';
import { parseSettingsFile } from '../../lib/org-settings/file.ts';

/** `chrome` inside `page.evaluate` / `inWorker` callbacks: they run in the extension's contexts. */
declare const chrome: typeof import('wxt/browser').browser;

const POLL = { timeout: 15_000 };

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  await page.getByRole('heading', { level: 2, name: 'Règles' }).waitFor();
  return page;
}

type Stored = { settings?: { rules?: { rules?: Record<string, unknown> }; data?: { retentionDays?: number } }; 'settings$'?: { v: number } } & Record<string, unknown>;
const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Stored>;
const rule = (page: Page, id: string) => page.locator(`li.rule[data-rule="${id}"]`);

function fileInput(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

async function importFile(page: Page, label: string, content: string) {
  await fileInput(page, label).setInputFiles({ name: 'parametres.json', mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('options page', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension(inject('chromeDir'));
    page = await openOptions(h);
  });
  afterAll(async () => { await h?.close(); });

  it('loads in French with every rule of the registry grouped by category, without error or network request', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    for (const name of ['Sites', 'Règles', "Conducteurs d'entretien", 'Données']) {
      expect(await page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).toBe(true);
    }
    expect(await page.locator('li.rule').count()).toBe(registry.length);
    // each rule: its description and its legal references
    const sante = registry.find((r) => r.id === 'sante')!;
    expect(await rule(page, 'sante').innerText()).toContain(sante.meta.description);
    expect(await rule(page, 'sante').innerText()).toContain(sante.meta.references[0]);
    expect(await page.getByRole('group', { name: 'Santé' }).locator('li.rule[data-rule="sante"]').count()).toBe(1);
    expect(h.consoleErrors()).toEqual([]);
    expect(h.externalRequests()).toEqual([]);
  });

  it('a rule set to another severity and a rule turned off are saved, and still there after a reload', async () => {
    await rule(page, 'email').getByLabel('Sévérité de la règle email').selectOption('error');
    await expect.poll(async () => (await stored(page)).settings?.rules?.rules, POLL).toEqual({ email: 'error' });
    await rule(page, 'sante').getByLabel('Règle sante active').uncheck();
    await expect.poll(async () => (await stored(page)).settings?.rules?.rules, POLL).toEqual({ email: 'error', sante: 'off' });
    expect((await stored(page))['settings$']).toEqual({ v: 2 });

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Règles' }).waitFor();
    expect(await rule(page, 'email').getByLabel('Sévérité de la règle email').inputValue()).toBe('error');
    expect(await rule(page, 'sante').getByLabel('Règle sante active').isChecked()).toBe(false);
    expect(await rule(page, 'religion').getByLabel('Règle religion active').isChecked()).toBe(true);
  });

  it('a broken settings file is refused whole, each bad field named in French; the settings in use are intact', async () => {
    await page.getByLabel('Mots ou expressions jamais signalés').fill('France Travail');
    await page.getByLabel('Conservation de l\'état des entretiens (jours)').fill('12');
    await page.getByLabel('Conservation de l\'état des entretiens (jours)').press('Enter');
    await expect.poll(async () => (await stored(page)).settings?.data?.retentionDays, POLL).toBe(12);
    await expect.poll(async () => (await stored(page)).settings?.rules, POLL).toMatchObject({ allowlist: ['France Travail'] });
    const before = await stored(page);

    const broken = {
      format: 'cadre-parametres',
      version: 2,
      sites: { origins: ['crm exemple'] },
      rules: { rules: { email: 'info', sante: 'grave', snate: 'off' } },
      conductors: { durations: { diagnostic: { deroulement: 500 } } },
      data: { retentionDays: 0 },
    };
    await importFile(page, 'Importer un fichier de paramètres (JSON)', JSON.stringify(broken));
    const alert = page.getByTestId('import-parametres');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    const text = await alert.innerText();
    expect(text).toContain('Fichier refusé, les paramètres en place sont conservés');
    for (const field of ['sites.origins[0]', 'rules.rules.sante', 'rules.rules.snate', 'conductors.durations.diagnostic.deroulement', 'data.retentionDays']) {
      expect(text).toContain(`champ « ${field} »`);
    }
    // nothing was written (the valid `email: info` of the same file neither)
    expect(await stored(page)).toEqual(before);
    expect(await rule(page, 'email').getByLabel('Sévérité de la règle email').inputValue()).toBe('error');

    await importFile(page, 'Importer un fichier de paramètres (JSON)', '{ "version": 2, "rules": ');
    await expect.poll(() => page.getByTestId('import-parametres').innerText(), POLL).toContain("Le fichier n'est pas un JSON valide");
    expect(await stored(page)).toEqual(before);

    // a good file replaces what it carries, and only that
    await importFile(page, 'Importer un fichier de paramètres (JSON)', JSON.stringify({ version: 2, rules: { rules: { email: 'info' } }, data: { retentionDays: 21 } }));
    await expect.poll(() => page.getByTestId('import-parametres').innerText(), POLL).toContain('Paramètres importés.');
    await expect.poll(async () => (await stored(page)).settings?.data?.retentionDays, POLL).toBe(21);
    expect((await stored(page)).settings?.rules).toEqual({ rules: { email: 'info' }, allowlist: ['France Travail'] });
    expect(await rule(page, 'email').getByLabel('Sévérité de la règle email').inputValue()).toBe('info');
  });

  it('"Exporter mes paramètres" downloads one settings file that the CLI reads with --config', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter mes paramètres' }).click()]);
    expect(download.suggestedFilename()).toBe('cadre-parametres.json');
    const dir = mkdtempSync(join(tmpdir(), 'cadre-options-'));
    try {
      const file = join(dir, 'cadre-parametres.json');
      await download.saveAs(file);
      const parsed = parseSettingsFile(readFileSync(file, 'utf8'), registry);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value).toMatchObject({ version: 2, rules: { rules: { email: 'info' }, allowlist: ['France Travail'] }, data: { retentionDays: 21 } });
      expect(parsed.value.sites?.profiles?.length).toBeGreaterThan(0);
      expect(parsed.value.conductors).toMatchObject({ imported: null, notifications: true });

      writeFileSync(join(dir, 'cr.txt'), 'Vous enverrez votre CV à ana.martin@free.fr. Rendez-vous pris avec France Travail.');
      const r = await cli(['lint', '--format', 'json', '--config', 'cadre-parametres.json', 'cr.txt'], { cwd: dir });
      expect(r.stderr).toBe('');
      const findings = JSON.parse(r.stdout).files[0].findings as Array<{ rule: string; severity: string; text: string }>;
      // the rules counsellors see: e-mail at "info", as set in the page
      expect(findings.filter((f) => f.rule === 'email').map((f) => [f.text, f.severity])).toEqual([['ana.martin@free.fr', 'info']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a site profile is tested on an open tab of its application: what each selector finds, what Cadre reads', async () => {
    const test = page.getByRole('button', { name: 'Tester le profil Application de démonstration Cadre sur un onglet ouvert' });
    await test.click();
    await expect.poll(() => page.locator('li.profile[data-profile="demo-cadre"] .probe').innerText(), POLL).toContain('Aucun onglet ouvert ne correspond');

    const demo = await startDemoServer();
    const app = await h.context.newPage();
    try {
      await app.goto(`${demo.url}/entretien.html?dossier=D-3107`);
      await app.getByLabel("Type d'entretien").selectOption('DIAG');
      await page.bringToFront();
      await test.click();
      const result = page.getByTestId('test-profil');
      await result.waitFor();
      expect(await result.innerText()).toContain('Onglet testé');
      expect(await result.locator('li[data-field="type"]').innerText()).toBe("Type d'entretien #type-entretien : 1 élément(s) trouvé(s), contenu : « DIAG (Diagnostic) » — Cadre lit : diagnostic");
      expect(await result.locator('li[data-field="caseId"]').innerText()).toBe('Numéro de dossier [data-dossier-id] : 1 élément(s) trouvé(s), contenu : « D-3107 » — Cadre lit : D-3107');
      expect(await result.locator('li[data-field="report"]').innerText()).toBe('Éditeur du compte rendu #compte-rendu : 1 élément(s) trouvé(s)');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
      await demo.close();
    }
  });

  it('settings stored by version 1 (the panel) are upgraded; a bad field falls back alone and the page says so', async () => {
    await page.evaluate(async () => {
      await chrome.storage.local.remove(['settings', 'settings$']);
      await chrome.storage.local.set({ settings: { retentionDays: 0, notifications: false } });
    });
    await page.reload();
    const notice = page.getByTestId('reglages-repares');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('champ « data.retentionDays » : valeur trop petite (minimum 1). Valeur par défaut rétablie.');
    expect(await page.getByLabel('Conservation de l\'état des entretiens (jours)').inputValue()).toBe('30');
    expect(await page.getByLabel('Notification à chaque changement de phase').isChecked()).toBe(false);
    expect(await stored(page)).toMatchObject({ settings: { conductors: { notifications: false }, data: { retentionDays: 0 } }, 'settings$': { v: 2 } });
  });

  it('axe-core: no serious or critical violation, on the page, with an import error, an open editor and a confirmation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await importFile(page, 'Importer un fichier de paramètres (JSON)', JSON.stringify({ version: 2, data: { retentionDays: -1 } }));
    await page.getByTestId('import-parametres').waitFor();
    await page.getByRole('button', { name: 'Ajouter un profil' }).click();
    await page.getByRole('button', { name: 'Effacer toutes les données' }).click();
    await page.getByLabel('Conservation de l\'état des entretiens (jours)').fill('0');
    await page.getByLabel('Conservation de l\'état des entretiens (jours)').press('Enter');
    await page.getByText('Entrez un nombre entier entre 1 et 365.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is usable with the keyboard alone: every control reached by Tab with a visible focus; rule, navigation and confirmation operated by keys', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Règles' }).waitFor();
    await page.evaluate(() => chrome.storage.local.set({ settings: {}, 'settings$': { v: 2 } }));
    await expect.poll(() => rule(page, 'email').getByLabel('Sévérité de la règle email').inputValue(), POLL).toBe('warning');

    // every enabled control is in the tab order, in one pass that comes round (no trap), each with a
    // visible focus; Shift+Tab walks back
    const walk = await walkTabOrder(page, 600);
    expect(walk.controls).toBeGreaterThan(100);
    expect(walk.missed).toEqual([]);
    expect(walk.unseen).toEqual([]);
    expect(walk.cycled).toBe(true);

    // the navigation link takes the focus to its section
    await page.getByRole('link', { name: 'Données' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe('#donnees');

    // a rule's severity and on/off, by keys only
    await rule(page, 'email').getByLabel('Règle email active').focus();
    await page.keyboard.press('Tab'); // to the severity
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(await rule(page, 'email').locator('select').getAttribute('id'));
    await page.keyboard.press('ArrowUp'); // warning → error
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space'); // off
    await expect.poll(async () => (await stored(page)).settings?.rules?.rules, POLL).toEqual({ email: { enabled: false, severity: 'error' } });

    // the two-step erase: the focus goes to "confirm", and back to the button on cancel
    await page.getByRole('button', { name: 'Effacer toutes les données' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe("Confirmer l'effacement");
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Annuler
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe('Effacer toutes les données');
  });
});

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe('organisation policy (Chromium managed storage, /etc/chromium/policies/managed)', () => {
  const policyDir = '/etc/chromium/policies/managed';
  const policyFile = join(policyDir, `cadre-e2e-${process.pid}.json`);
  const policy = {
    sites: { origins: ['https://crm.exemple.fr/*'] },
    rules: {
      rules: { email: { enabled: true, severity: 'error' }, 'regle-inconnue': { enabled: false } },
      // a word no lexicon knows: found only through the policy
      extraTerms: { sante: ['sophrologie'] },
      allowlist: ['France Travail'],
    },
    conductors: { notifications: false },
    data: { retentionDays: 7 },
  };
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    const dir = inject('chromeDir');
    // written before the browser starts (Chromium reads its policies at startup); removed after
    mkdirSync(policyDir, { recursive: true });
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(dir)]: policy } } }));
    h = await launchExtension(dir);
    // the user had turned the e-mail rule off and kept 60 days: the policy wins
    await h.inWorker(() => chrome.storage.local.set({ settings: { rules: { rules: { email: 'off', sante: 'info' } }, data: { retentionDays: 60 } }, 'settings$': { v: 2 } }));
    page = await openOptions(h);
  });
  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await h?.close();
  });

  it('reaches the extension through chrome.storage.managed', async () => {
    expect(h.extensionId).toBe(unpackedExtensionId(inject('chromeDir')));
    expect(await page.evaluate(() => chrome.storage.managed.get())).toEqual(policy);
  });

  it('locks the rule it sets: disabled controls, the policy value, "Verrouillé par votre organisation"', async () => {
    expect(await page.getByTestId('politique').isVisible()).toBe(true);
    const email = rule(page, 'email');
    await expect.poll(() => email.getByLabel('Sévérité de la règle email').inputValue(), POLL).toBe('error');
    expect(await email.getByLabel('Règle email active').isChecked()).toBe(true);
    expect(await email.getByLabel('Règle email active').isDisabled()).toBe(true);
    expect(await email.getByLabel('Sévérité de la règle email').isDisabled()).toBe(true);
    expect(await email.getByText('Verrouillé par votre organisation').isVisible()).toBe(true);
    // the lock is announced with the control
    const describedBy = await email.getByLabel('Règle email active').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy!.split(' ').pop()}"]`).innerText()).toContain('Verrouillé par votre organisation');
    // a rule the policy does not set stays the user's
    const sante = rule(page, 'sante');
    expect(await sante.getByLabel('Sévérité de la règle sante').inputValue()).toBe('info');
    expect(await sante.getByLabel('Sévérité de la règle sante').isDisabled()).toBe(false);
    expect(await sante.getByText('Verrouillé par votre organisation').count()).toBe(0);
  });

  it('locks the other values it pushes, and reports what it could not use', async () => {
    const retention = page.getByLabel('Conservation de l\'état des entretiens (jours)');
    expect(await retention.inputValue()).toBe('7');
    expect(await retention.isDisabled()).toBe(true);
    expect(await page.getByLabel('Notification à chaque changement de phase').isDisabled()).toBe(true);
    expect(await page.locator('li.site[data-site="https://crm.exemple.fr/*"]').getByRole('button', { name: 'Retirer crm.exemple.fr' }).isDisabled()).toBe(true);
    expect(await page.locator('.locked-list').filter({ hasText: 'France Travail' }).count()).toBe(1);
    expect(await page.locator('.locked-list').filter({ hasText: 'sophrologie' }).count()).toBe(1);
    expect(await page.getByTestId('politique-erreurs').innerText()).toContain('champ « rules.rules.regle-inconnue » : règle inconnue.');
    // the user's own layer is untouched underneath
    expect(await page.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { rules: { rules: { email: 'off' } }, data: { retentionDays: 60 } } });
  });

  it('reaches the demo app: the rule it sets wins over the user\'s, the term it adds is found, in the page and the panel', async () => {
    for (let i = 0; i < 300 && !(await h.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).length)); i++) await page.waitForTimeout(100);
    const demo = await startDemoServer();
    try {
      const url = `${demo.url}/entretien.html?dossier=D-3501`;
      const pending = h.context.waitForEvent('page', (p) => p.url().startsWith(url));
      const tabId = await page.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id!, url);
      const app = await pending;
      await app.waitForLoadState('load');
      await app.click('#compte-rendu');
      await app.keyboard.type('Vous pouvez écrire à ana.martin@free.fr. Il pratique la sophrologie. Rendez-vous pris avec France Travail.');
      const seen = async () => ((await page.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId)) as { editors: Array<{ findings: Array<{ rule: string; severity: string; text: string }> }> })
        .editors.flatMap((e) => e.findings.map((f) => `${f.rule}|${f.severity}|${f.text}`)).sort();
      // the user turned e-mail off, the policy says "error"; the policy's term takes the user's
      // severity of its rule (sante at "info", which the policy leaves to the user)
      await expect.poll(seen, { timeout: 30_000 }).toEqual(['email|error|ana.martin@free.fr', 'sante|info|sophrologie']);
      const panel = await h.openPanel(`?tabId=${tabId}`);
      await expect.poll(() => panel.locator('[data-finding]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-finding')}|${e.getAttribute('data-severity')}`).sort()), POLL)
        .toEqual(['email|error', 'sante|info']);
      await panel.close();
      await app.close();
    } finally {
      await demo.close();
    }
  });

  it('axe-core: no serious or critical violation with locked controls', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('options page in English', () => {
  it('follows an English browser', async () => {
    const dir = inject('chromeDir');
    const profile = mkdtempSync(join(tmpdir(), 'cadre-e2e-en-'));
    const context = await chromium.launchPersistentContext(profile, {
      headless: true,
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      locale: 'en-US',
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
      await page.getByRole('heading', { level: 2, name: 'Rules' }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cadre settings');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('button', { name: 'Export my settings' }).isVisible()).toBe(true);
      expect(await rule(page, 'email').getByLabel('Severity of rule email').isVisible()).toBe(true);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
