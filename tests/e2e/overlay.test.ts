/**
 * The page's checklist card (issue #4 §4), in real Chromium with the built extension on the demo
 * app: it lives in Cadre's `<cadre-root>` shadow root, shows the conductor detected on the page,
 * shares the interview with the panel (ticking or starting in one shows in the other), can be
 * dragged with the mouse and moved with the arrow keys, folds, keeps its place across a reload,
 * and is switched off and on from the panel's settings. It changes nothing in the host page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { controlPage, launchExtension, openTab as openTabIn, type Harness } from './harness.ts';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

declare const chrome: typeof import('wxt/browser').browser;

let h: Harness;
let demo: DemoServer;
/** a page of no known application: a lone text area */
let plain: DemoServer;
let plainDir: string;
let ext: Page;

beforeAll(async () => {
  h = await launchExtension(inject('chromeDir'));
  demo = await startDemoServer();
  plainDir = mkdtempSync(join(tmpdir(), 'cadre-plain-'));
  writeFileSync(join(plainDir, 'notes.html'), '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Notes</title><label for="notes">Notes</label><textarea id="notes" rows="6" cols="60"></textarea>');
  plain = await startDemoServer(plainDir);
  ext = await controlPage(h);
});

afterAll(async () => {
  await h?.close();
  await demo?.close();
  await plain?.close();
  rmSync(plainDir, { recursive: true, force: true });
});

const openTab = (url: string) => openTabIn(h, ext, url, { width: 1200, height: 800 });

/** Playwright's CSS locators go through open shadow roots: the card inside `<cadre-root>`. */
const card = (page: Page) => page.locator('cadre-root [data-cadre-overlay]');
const box = (page: Page) => card(page).boundingBox().then((b) => b && { x: Math.round(b.x), y: Math.round(b.y) });

/** A demo interview page whose app says "Diagnostic", with its card shown. */
async function interviewPage(dossier: string) {
  const tab = await openTab(`${demo.url}/entretien.html?dossier=${dossier}`);
  await tab.page.selectOption('#type-entretien', { label: 'Diagnostic' });
  await expect.poll(() => card(tab.page).locator('.title').textContent(), { timeout: 30_000 }).toBe('Cadre · Diagnostic');
  return tab;
}

describe('checklist card in the page', () => {
  it('shows the detected conductor and shares ticks and the timer with the panel, both ways', async () => {
    const { page, tabId } = await interviewPage('D-2070');
    expect(await card(page).getAttribute('role')).toBe('region');
    expect(await card(page).getAttribute('aria-label')).toBe("Cadre : liste de contrôle de l'entretien");
    const panel = await h.openPanel(`?tabId=${tabId}`);
    await expect.poll(() => panel.getByLabel("Type d'entretien").inputValue()).toBe('diagnostic');

    // nothing of this changes the host page's DOM
    await page.evaluate(() => {
      const seen: string[] = [];
      new MutationObserver((records) => { for (const r of records) if (!(r.target as Element).closest?.('cadre-root') && r.target !== document.documentElement) seen.push(`${r.type} ${(r.target as Element).nodeName}`); })
        .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      (window as unknown as { seen: string[] }).seen = seen;
    });

    const accueil = "Accueillir la personne et annoncer la durée de l'entretien";
    const parcours = "Retracer le parcours de formation et d'emploi";
    await card(page).getByLabel(accueil).check();
    await expect.poll(() => panel.getByLabel(accueil).isChecked()).toBe(true);
    await expect.poll(() => card(page).locator('legend').first().textContent()).toBe('Introduction (1/3)');
    await panel.getByLabel(parcours).check();
    await expect.poll(() => card(page).getByLabel(parcours).isChecked()).toBe(true);
    await panel.getByLabel(accueil).uncheck();
    await expect.poll(() => card(page).getByLabel(accueil).isChecked()).toBe(false);

    await card(page).getByRole('button', { name: 'Démarrer' }).click();
    await expect.poll(() => panel.getByTestId('etat-minuteur').textContent()).toMatch(/^En cours/);
    await expect.poll(() => card(page).getByTestId('carte-phase').textContent()).toMatch(/^Introduction · reste 0?9:5\d|^Introduction · reste 10:00/);
    await panel.getByRole('button', { name: 'Mettre en pause' }).click();
    await expect.poll(() => card(page).getByRole('button', { name: 'Reprendre' }).count()).toBe(1);
    expect(await card(page).getByTestId('carte-phase').textContent()).toMatch(/\(en pause\)$/);

    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('is dragged with the mouse, moved with the arrow keys, folded, and stays put across a reload', async () => {
    const { page } = await interviewPage('D-2071');
    const start = (await box(page))!;
    const head = card(page).locator('.head');
    const hb = (await head.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 - 200, hb.y + hb.height / 2 - 150, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => box(page)).toEqual({ x: start.x - 200, y: start.y - 150 });

    const grip = card(page).getByRole('button', { name: 'Déplacer la carte (touches fléchées)' });
    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => box(page)).toEqual({ x: start.x - 216, y: start.y - 214 });

    const fold = card(page).getByRole('button', { name: 'Replier' });
    await fold.click();
    expect(await card(page).getByRole('button', { name: 'Déplier' }).getAttribute('aria-expanded')).toBe('false');
    expect(await card(page).locator('.body').isHidden()).toBe(true);

    await page.reload();
    await expect.poll(() => card(page).getByRole('button', { name: 'Déplier' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => box(page)).toEqual({ x: start.x - 216, y: start.y - 214 });
    await card(page).getByRole('button', { name: 'Déplier' }).click();
    await expect.poll(() => card(page).locator('.body').isVisible()).toBe(true);
    await page.close();
  });

  it('is switched off and on from the panel settings; absent from pages no site profile describes', async () => {
    const { page, tabId } = await interviewPage('D-2072');
    const panel = await h.openPanel(`?tabId=${tabId}`);
    await panel.getByText('Réglages et données').click();
    const setting = panel.getByLabel("Afficher la liste de contrôle et le minuteur dans la page de l'applicatif");
    expect(await setting.isChecked()).toBe(true);
    await setting.uncheck();
    await expect.poll(() => card(page).isHidden()).toBe(true);
    await setting.check();
    await expect.poll(() => card(page).isVisible()).toBe(true);
    await panel.close();

    // a page of an enabled site that no site profile describes: Cadre reviews its field, no card
    const notes = await openTab(`${plain.url}/notes.html`);
    await notes.page.click('#notes');
    await notes.page.keyboard.type("J'ai reçu Mme Petit, qui souffre d'asthme.");
    await card(notes.page).and(notes.page.locator('[data-state="ready"]')).waitFor({ state: 'attached', timeout: 30_000 });
    expect(await card(notes.page).isHidden()).toBe(true);
    expect(await notes.page.locator('cadre-root').count()).toBe(1);
    await notes.page.close();
    await page.close();
  });

  it('made no network request from extension contexts and logged no error', () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.consoleErrors()).toEqual([]);
  });
});
