/**
 * The side panel in real Chromium with the built extension (issue #3 §6). The page clock is faked
 * where time matters (Playwright `clock`), so no test waits for real minutes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness.ts';
import { DEFAULT_CONDUCTORS, DEFAULT_CONDUCTOR_FILE } from '../../lib/conductors/index.ts';

/** `chrome` inside `page.evaluate` / `inWorker` callbacks: they run in the extension's contexts. */
declare const chrome: typeof import('wxt/browser').browser;

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const SCREENSHOT = join(import.meta.dirname, 'screenshots', 'panneau.png');
let h: Harness;

beforeAll(async () => { h = await launchExtension(inject('chromeDir')); });
afterAll(async () => { await h?.close(); });

/**
 * A panel page following tab `tabId` (the stable test hook) or its own tab; with `time`, on a
 * faked clock that starts there and runs on (moved forward with `page.clock.fastForward`).
 */
async function panel(opts: { tabId?: number; time?: number } = {}): Promise<Page> {
  const page = await h.context.newPage();
  if (opts.time !== undefined) await page.clock.install({ time: opts.time });
  await page.goto(h.url(`sidepanel.html${opts.tabId !== undefined ? `?tabId=${opts.tabId}` : ''}`));
  await page.getByLabel("Type d'entretien").waitFor();
  return page;
}

const typeSelect = (page: Page) => page.getByLabel("Type d'entretien");

describe('side panel', () => {
  it('shows each of the eight conductors chosen by its label', async () => {
    const page = await panel({ tabId: 101 });
    expect(await typeSelect(page).locator('option').allTextContents()).toEqual(['— Choisir —', ...DEFAULT_CONDUCTORS.map((c) => c.libelle)]);
    for (const c of DEFAULT_CONDUCTORS) {
      await typeSelect(page).selectOption({ label: c.libelle });
      await expect.poll(() => typeSelect(page).inputValue()).toBe(c.id);
      const frame = page.getByRole('table');
      await expect.poll(() => frame.getByRole('row', { name: /Objectif de l'entretien/ }).textContent()).toContain(c.cadre.objectif);
      expect(await frame.getByRole('row', { name: /Travail demandé pour le prochain RDV/ }).textContent()).toContain(c.cadre.travailProchainRdv);
      expect(await page.getByRole('group', { name: 'Introduction' }).getByRole('checkbox').count()).toBe(c.phases[0].checklist.length);
      expect(await page.getByRole('group', { name: 'Conclusion' }).getByRole('checkbox').count()).toBe(c.phases[2].checklist.length);
      expect(await page.getByRole('heading', { name: "À saisir dans l'applicatif" }).count()).toBe(1);
    }
    await page.close();
  });

  it('keeps type, ticked items and the running timer across a reload, and announces phase changes', async () => {
    const page = await panel({ time: T0 });
    await typeSelect(page).selectOption({ label: 'Diagnostic' });
    await page.getByLabel("Accueillir la personne et annoncer la durée de l'entretien").check();
    await page.getByLabel("Retracer le parcours de formation et d'emploi").check();
    await expect.poll(() => page.getByRole('group', { name: 'Introduction' }).getByRole('progressbar').getAttribute('aria-label')).toBe('Progression introduction : 1 sur 3');
    await page.getByRole('button', { name: 'Démarrer' }).click();
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);

    await page.clock.fastForward('12:00');
    await expect.poll(() => page.getByTestId('phase-courante').textContent()).toBe('Déroulement');
    await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toBe('Nouvelle phase : Déroulement, 25 min prévues.');
    expect(await page.getByRole('heading', { level: 2, name: /Étapes de la phase « Déroulement »/ }).count()).toBe(1);

    await page.reload();
    await typeSelect(page).waitFor();
    await expect.poll(() => typeSelect(page).inputValue()).toBe('diagnostic');
    expect(await page.getByLabel("Accueillir la personne et annoncer la durée de l'entretien").isChecked()).toBe(true);
    expect(await page.getByLabel("Retracer le parcours de formation et d'emploi").isChecked()).toBe(true);
    expect(await page.getByLabel("Énoncer l'objectif, la méthode et les outils").isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);
    expect(await page.getByTestId('phase-courante').textContent()).toBe('Déroulement');
    expect(await page.getByTestId('temps-ecoule').textContent()).toMatch(/^12:0\d$/); // the time ran on, from the stored start

    // pause, overrun shown calmly once resumed past the planned 45 minutes
    await page.getByRole('button', { name: 'Mettre en pause' }).click();
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En pause · reste 2\d min/);
    await page.clock.fastForward('30:00');
    expect(await page.getByTestId('temps-ecoule').textContent()).toMatch(/^12:0\d$/);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await page.clock.fastForward('35:00');
    await expect.poll(() => page.getByTestId('depassement').textContent()).toMatch(/^Durée prévue dépassée de 2 min/);
    await page.close();
  });

  it('follows the active tab, and tab N with ?tabId=N', async () => {
    const page = await panel();
    await typeSelect(page).selectOption({ label: 'Suivi' });
    await expect.poll(() => typeSelect(page).inputValue()).toBe('suivi');
    const ownTab = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    // another tab becomes active in the panel's window: the panel shows that tab's (empty) interview
    const other = await page.evaluate(async () => (await chrome.tabs.create({ url: 'about:blank', active: true })).id!);
    await expect.poll(() => typeSelect(page).inputValue()).toBe('');
    await page.evaluate((id) => chrome.tabs.update(id, { active: true }), ownTab);
    await expect.poll(() => typeSelect(page).inputValue()).toBe('suivi');
    // a panel pinned to the first tab shows the same interview
    const pinned = await panel({ tabId: ownTab });
    await expect.poll(() => typeSelect(pinned).inputValue()).toBe('suivi');
    await page.evaluate((id) => chrome.tabs.remove(id), other);
    await pinned.close();
    await page.close();
  });

  it('starts and pauses the timer from the background (shortcut path), the panel follows', async () => {
    const page = await panel({ tabId: 4242 });
    await typeSelect(page).selectOption({ label: 'Contractualisation' });
    const toggle = () => page.evaluate(() => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundToggleTimer', payload: { tabId: 4242 } }));
    expect(await toggle()).toEqual({ interviewId: 'onglet-4242', status: 'running' });
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);
    expect(await toggle()).toEqual({ interviewId: 'onglet-4242', status: 'paused' });
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En pause/);
    // the command is registered (its key, Alt+Shift+T, is checked in the manifest: headless Chrome assigns none)
    const commands = await page.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'basculer-minuteur')?.description).toBe("Démarrer ou mettre en pause le minuteur de l'entretien");
    await page.close();
  });

  it('raises the phase-change notification from the background with the panel closed', async () => {
    // the page clock is set so that the introduction ends three seconds from now (real time)
    const page = await panel({ tabId: 777, time: Date.now() - 10 * 60_000 + 3_000 });
    await typeSelect(page).selectOption({ label: 'Premier accueil' });
    await page.getByRole('button', { name: 'Démarrer' }).click();
    await expect.poll(() => h.inWorker(async () => (await chrome.alarms.getAll()).map((a) => a.name).filter((n) => n.includes('onglet-777')).sort()))
      .toEqual(['cadre-phase|onglet-777|1', 'cadre-phase|onglet-777|2', 'cadre-phase|onglet-777|3']);
    await page.close(); // the panel is closed: only the background can notify
    await expect.poll(() => h.inWorker(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 30_000 })
      .toContain('cadre-phase|onglet-777|1');
  });

  it('refuses an invalid conductors file naming the field, keeps the conductors, accepts a valid one', async () => {
    const page = await panel({ tabId: 202 });
    await page.getByText('Réglages et données').click();
    const bad = JSON.parse(JSON.stringify(DEFAULT_CONDUCTOR_FILE));
    bad.conducteurs[2].phases[1].dureeMinutes = 'vingt-cinq';
    await page.getByLabel('Importer les conducteurs de votre organisation (JSON)').setInputFiles({ name: 'conducteurs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('« conducteurs[2].phases[1].dureeMinutes » : un nombre attendu');
    expect(await typeSelect(page).locator('option').count()).toBe(9);

    const good = JSON.parse(JSON.stringify(DEFAULT_CONDUCTOR_FILE));
    good.conducteurs = good.conducteurs.slice(0, 2);
    good.conducteurs[1].libelle = 'Diagnostic approfondi';
    good.conducteurs[1].phases[1].dureeMinutes = 40;
    await page.getByLabel('Importer les conducteurs de votre organisation (JSON)').setInputFiles({ name: 'conducteurs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => typeSelect(page).locator('option').allTextContents()).toEqual(['— Choisir —', 'Premier accueil', 'Diagnostic approfondi']);
    await typeSelect(page).selectOption({ label: 'Diagnostic approfondi' });
    await expect.poll(() => page.getByRole('progressbar', { name: /^Déroulement/ }).getAttribute('aria-label')).toBe('Déroulement : 00:00 / 40:00');
    await page.getByRole('button', { name: 'Revenir aux conducteurs fournis' }).click();
    await expect.poll(() => typeSelect(page).locator('option').count()).toBe(9);
    await page.close();
  });

  it('writes a conclusion that the engine finds clean, ready to copy', async () => {
    const page = await panel({ tabId: 303 });
    await typeSelect(page).selectOption({ label: 'Premier accueil' });
    await page.getByLabel('Clarifier la demande initiale').check();
    await page.getByText('Aide à la conclusion').click();
    await page.getByLabel('Actions convenues (une par ligne)').fill("S'inscrire à l'atelier CV");
    await page.getByLabel('Travail à réaliser avant le prochain rendez-vous (un par ligne)').fill('rassembler vos attestations de formation');
    await page.getByLabel('Date du prochain rendez-vous', { exact: true }).fill('2026-12-03');
    await expect.poll(() => page.getByTestId('conclusion').textContent()).toBe(
      "Au cours de cet entretien de premier accueil, vous avez abordé votre demande initiale. L'action convenue avec vous est la suivante : s'inscrire à l'atelier CV. " +
        'Avant le prochain rendez-vous, vous vous engagez à rassembler vos attestations de formation. Votre prochain rendez-vous est fixé au jeudi 3 décembre 2026.',
    );
    expect(await page.getByText('Relecture : aucun signalement.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Copier le paragraphe' }).count()).toBe(1);
    await page.close();
  });

  it('erases all data after confirmation', async () => {
    const page = await panel({ tabId: 404 });
    await typeSelect(page).selectOption({ label: 'Suivi' });
    await page.getByLabel('Faire le point sur les démarches réalisées').check();
    await page.getByText('Réglages et données').click();
    await page.getByRole('button', { name: 'Effacer toutes les données' }).click();
    expect(await page.getByLabel('Faire le point sur les démarches réalisées').isChecked()).toBe(true); // nothing yet
    await page.getByRole('button', { name: "Confirmer l'effacement" }).click();
    await expect.poll(() => typeSelect(page).inputValue()).toBe('');
    expect(await h.inWorker(async () => {
      const req = indexedDB.open('cadre');
      const db = await new Promise<IDBDatabase>((resolve) => { req.onsuccess = () => resolve(req.result); });
      const n = await new Promise<number>((resolve) => { const c = db.transaction('interviews').objectStore('interviews').count(); c.onsuccess = () => resolve(c.result); });
      db.close();
      return n;
    })).toBe(0);
    await page.close();
  });

  it('purges, in the background, interviews older than the retention period', async () => {
    const page = await panel({ tabId: 909 });
    await typeSelect(page).selectOption({ label: 'Suivi' }); // a fresh interview, kept
    await expect.poll(() => h.inWorker(async () => {
      const req = indexedDB.open('cadre');
      const db = await new Promise<IDBDatabase>((resolve) => { req.onsuccess = () => resolve(req.result); });
      const old = Date.now() - 31 * 86_400_000;
      const rec = { id: 'onglet-908', conductorId: 'suivi', checked: [], timer: { status: 'idle', startedAt: null, pausedAt: null, accumulatedMs: 0 }, createdAt: old, updatedAt: old };
      await new Promise((resolve) => { const tx = db.transaction('interviews', 'readwrite'); tx.objectStore('interviews').put(rec); tx.oncomplete = resolve; });
      db.close();
      return true;
    })).toBe(true);
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundPurge', payload: {} }))).toEqual({ deleted: 1 });
    expect(await typeSelect(page).inputValue()).toBe('suivi');
    await page.close();
  });

  it('is usable with the keyboard only, with visible focus', async () => {
    const page = await panel({ tabId: 505 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('type-entretien');
    await page.keyboard.press('ArrowDown'); // first conductor
    await expect.poll(() => typeSelect(page).inputValue()).toBe('premier-accueil');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Démarrer');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);
    // on to the first checklist item, ticked with the space bar
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'item-accueil'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('item-accueil');
    await page.keyboard.press('Space');
    // the tick is saved, then shown: wait for it rather than read it at once (a loaded machine lags)
    await expect.poll(() => page.getByLabel("Accueillir la personne et annoncer la durée de l'entretien").isChecked()).toBe(true);
    await page.close();
  });

  it('fits widths from 320 to 500 px without horizontal scrolling; screenshot for the README', async () => {
    const page = await panel({ tabId: 606, time: T0 });
    await typeSelect(page).selectOption({ label: 'Diagnostic' });
    await page.getByLabel("Accueillir la personne et annoncer la durée de l'entretien").check();
    await page.getByLabel("Énoncer l'objectif, la méthode et les outils").check();
    await page.getByRole('button', { name: 'Démarrer' }).click();
    await page.clock.fastForward('14:20');
    for (const width of [320, 400, 500]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `width ${width}`).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 400, height: 900 });
    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // the committed README screenshot is refreshed on request only, so that a test run leaves the tree clean
    if (!existsSync(SCREENSHOT) || process.env.CADRE_SCREENSHOTS) {
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      writeFileSync(SCREENSHOT, png);
    }
    await page.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
