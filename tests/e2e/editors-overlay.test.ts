/**
 * The overlay path of contenteditable marks (browsers without the CSS Custom Highlight API, such as
 * older Firefox), in a plain Chromium: the fixture page runs the in-page controller itself with the
 * Highlight API turned off (tests/fixtures/editors/src/overlay-fallback.ts), so no extension and
 * no content script are involved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';
import { buildEditorFixtures } from '../fixtures/editors/build.ts';
import type { Fixture } from '../fixtures/editors/src/page.ts';

const REPORT = "Madame Durand est venue pour un entretien de suivi. Elle est diabétique et suit un traitement. J'ai proposé une formation de cariste.";

let browser: Browser;
let server: DemoServer;
let dir: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  dir = await buildEditorFixtures(mkdtempSync(join(tmpdir(), 'cadre-overlay-')));
  server = await startDemoServer(dir);
  browser = await chromium.launch({ headless: true, executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/overlay-fallback.html`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.locator('#cr [data-typing]').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(REPORT);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const marks = () => page.evaluate(() => [...document.querySelector('cadre-root')?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? []].map((m) => {
  const r = m.getBoundingClientRect();
  return { index: Number(m.dataset.index), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}));
const text = () => page.evaluate(() => (window.fixture as Fixture).text());

describe('contenteditable marks without the Highlight API', () => {
  it('draws the findings as overlay boxes inside the editor, and registers no highlight', async () => {
    await expect.poll(async () => (await marks()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const box = await page.evaluate(() => { const r = document.getElementById('cr')!.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; });
    for (const m of await marks()) {
      expect(m.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(m.right).toBeLessThanOrEqual(box.right + 1);
      expect(m.top).toBeGreaterThanOrEqual(box.top - 1);
      expect(m.bottom).toBeLessThanOrEqual(box.bottom + 1);
    }
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const findings = await page.evaluate(() => ((window as unknown as { posted: Array<{ name: string; payload: { findings: Array<{ rule: string; text: string }> } }> }).posted).filter((m) => m.name === 'toBackgroundFindings').at(-1)!.payload.findings.map((f) => `${f.rule}:${f.text}`));
    expect(findings).toEqual(expect.arrayContaining(['sante:diabétique', 'sante:traitement', "personne-je:J'"]));
  });

  it('the boxes follow the page when it scrolls', async () => {
    const before = (await marks())[0];
    await page.evaluate(() => { document.body.style.paddingBottom = '1500px'; window.scrollBy(0, 120); });
    await expect.poll(async () => (await marks())[0].top, { timeout: 2_000 }).toBeCloseTo(before.top - 120, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await marks())[0].top, { timeout: 2_000 }).toBeCloseTo(before.top, 0);
  });

  it('hovering a box opens the card, whose fix goes through the editor and Ctrl+Z undoes', async () => {
    const before = await text();
    const m = (await marks()).find((x) => x.index === 2)!; // "J'"
    await page.mouse.move((m.left + m.right) / 2, (m.top + m.bottom) / 2);
    const card = page.locator('cadre-root').locator('[role="dialog"]');
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: /^Appliquer/ }).first().click();
    await expect.poll(text, { timeout: 5_000 }).toBe(before.replace("J'ai proposé", 'Il a été proposé'));
    await page.keyboard.press('Control+z');
    await expect.poll(text, { timeout: 5_000 }).toBe(before);
    expect(errors).toEqual([]);
  });
});
