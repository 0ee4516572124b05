#!/usr/bin/env node
/**
 * `npm run demo` (issue #4 §5): builds the extension, serves the demo case-management app
 * (tests/fixtures/demo, fictitious data) on 127.0.0.1 and opens Chromium with Cadre loaded on it.
 *
 *   npm run demo                  a browser window: try Cadre by hand, close the window to stop
 *   npm run demo -- --headless    (or no display) types a sample report into the demo's report
 *                                 field, waits for the marks, saves two screenshots (the page with
 *                                 its marks, the side panel), prints their paths and exits 0
 *
 * Options: --extension DIR (an already built chrome-mv3 folder: no build), --out DIR (screenshots;
 * default .output/demo), --port N. Environment: CHROME_PATH (default /usr/bin/chromium),
 * CADRE_OUT_DIR (where `wxt build` writes; default .output). Installs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_ROOT = join(ROOT, 'tests', 'fixtures', 'demo');

/** A sample report with what Cadre points out: first person, health, a phone number, a "nous". */
export const SAMPLE_REPORT =
  "Entretien de diagnostic avec Mme Leroy. J'ai rappelé le cadre de l'accompagnement et l'objectif de la rencontre. " +
  "Elle explique avoir interrompu sa formation d'aide-soignante à cause d'une dépression. Elle est joignable au 06 12 34 56 78. " +
  'Elle souhaite reprendre une formation courte dans la logistique. ' +
  "Nous avons convenu qu'elle contacte l'organisme de formation avant le prochain rendez-vous.";

function parseArgs(argv) {
  const opts = { headless: false, extension: undefined, out: join(ROOT, '.output', 'demo'), port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') opts.headless = true;
    else if (a === '--extension') opts.extension = resolve(argv[++i] ?? '');
    else if (a === '--out') opts.out = resolve(argv[++i] ?? '');
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('Usage : npm run demo [-- --headless] [--extension DOSSIER] [--out DOSSIER] [--port N]');
      process.exit(0);
    } else fail(`Option inconnue : ${a} (voir npm run demo -- --help).`);
  }
  // no display (a server, CI): the headless run is the only one that can work
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) opts.headless = true;
  return opts;
}

function fail(message, code = 1) {
  console.error(`Démo Cadre : ${message}`);
  process.exit(code);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** The demo app, served as static files on 127.0.0.1 (one of the two origins Cadre runs on at install). */
async function serveDemo(port) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(DEMO_ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DEMO_ROOT + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
    }
  });
  const listen = (p) => new Promise((ok, ko) => { server.once('error', ko); server.listen(p, '127.0.0.1', () => { server.off('error', ko); ok(); }); });
  try { await listen(port ?? 5180); } catch (err) {
    if (port !== undefined) fail(`le port ${port} est occupé (${err.code}).`);
    await listen(0); // 5180 taken: any free port
  }
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) };
}

function build() {
  const outDir = process.env.CADRE_OUT_DIR ? resolve(process.env.CADRE_OUT_DIR) : join(ROOT, '.output');
  console.log("Construction de l'extension (wxt build)…");
  const wxt = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  if (!existsSync(wxt)) fail('les dépendances ne sont pas installées : lancez d’abord « npm ci ».');
  const r = spawnSync(process.execPath, [wxt, 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CADRE_OUT_DIR: outDir }, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    fail("la construction de l'extension a échoué (voir ci-dessus).");
  }
  return join(outDir, 'chrome-mv3');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    fail(`Chromium est introuvable (${chromePath}). Installez-le (Debian, Ubuntu : « sudo apt-get install chromium ») ` +
      'ou indiquez le chemin de votre Chromium ou Chrome dans la variable CHROME_PATH.');
  }
  let chromium;
  try { ({ chromium } = await import('playwright-core')); } catch { fail('playwright-core manque : lancez d’abord « npm ci ».'); }

  const extensionDir = opts.extension ?? build();
  if (!existsSync(join(extensionDir, 'manifest.json'))) fail(`pas d'extension construite dans ${extensionDir}.`);
  const demo = await serveDemo(opts.port);
  const profile = mkdtempSync(join(tmpdir(), 'cadre-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: opts.headless,
    executablePath: chromePath,
    viewport: opts.headless ? { width: 1440, height: 900 } : null,
    locale: 'fr-FR',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const extensionId = new URL(worker.url()).host;
    // a fresh profile: the background registers the content script for the demo origins when it
    // starts; a page opened before that would not be reviewed
    const until = Date.now() + 30_000;
    while (!(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0))) {
      if (Date.now() > until) throw new Error("l'extension n'a pas enregistré son script de page.");
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = context.pages()[0] ?? (await context.newPage());
    const entretien = `${demo.url}/entretien.html?dossier=D-2041`;
    await page.goto(entretien);

    if (!opts.headless) {
      console.log(`\nCadre est chargé dans Chromium. Application de démonstration : ${entretien}`);
      console.log('Écrivez dans le champ « Compte rendu » ; cliquez sur le bouton de Cadre (barre d’outils) pour ouvrir le panneau.');
      console.log('Fermez la fenêtre du navigateur pour arrêter la démo.');
      await new Promise((r) => context.once('close', r));
      await cleanup();
      return;
    }

    await headlessRun({ context, page, extensionId, demoUrl: demo.url, out: opts.out });
    await cleanup();
  } catch (err) {
    await cleanup();
    fail(err instanceof Error ? err.message : String(err));
  }
}

/** Type the sample report, wait for the marks, save the two screenshots. */
async function headlessRun({ context, page, extensionId, demoUrl, out }) {
  const ext = (path) => `chrome-extension://${extensionId}/${path}`;
  await page.selectOption('#type-entretien', { label: 'Diagnostic' });
  await page.click('#compte-rendu');
  await page.keyboard.type(SAMPLE_REPORT);

  // the tab's id, as the extension sees it (sidepanel.html?tabId=N follows tab N)
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(ext('sidepanel.html'));
  const tabId = await panel.evaluate(async (url) => (await chrome.tabs.query({ url: `${url}/*` }))[0]?.id, demoUrl);
  if (tabId === undefined) throw new Error("l'onglet de la démo est introuvable.");

  // the background has the findings, and the page shows its marks (outside the app's DOM)
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await panel.evaluate((id) => chrome.runtime.sendMessage({ cadre: 1, name: 'toBackgroundTabFindings', payload: { tabId: id } }), tabId);
    const count = found?.editors?.reduce((n, e) => n + e.findings.length, 0) ?? 0;
    const { marks, card } = await page.evaluate(() => {
      const root = document.querySelector('cadre-root')?.shadowRoot;
      const overlay = root ? root.querySelectorAll('.mark').length : 0;
      const highlights = typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) : 0;
      // the checklist card has its state (it shows on the demo's interview page)
      return { marks: overlay + highlights, card: !!root?.querySelector('[data-cadre-overlay][data-state="ready"]') };
    });
    if (count > 0 && marks > 0 && card) break;
    if (Date.now() > deadline) throw new Error(`pas de marques sur la page après 60 s (signalements : ${count}, marques : ${marks}, carte : ${card ? 'oui' : 'non'}).`);
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  mkdirSync(out, { recursive: true });
  const pagePng = join(out, 'demo-page.png');
  const panelPng = join(out, 'demo-panel.png');
  await page.screenshot({ path: pagePng });
  await panel.goto(ext(`sidepanel.html?tabId=${tabId}`));
  await panel.locator('[data-finding]').first().waitFor({ timeout: 30_000 });
  await panel.screenshot({ path: panelPng });
  console.log('Captures enregistrées :');
  console.log(`  ${pagePng}`);
  console.log(`  ${panelPng}`);
}

await main();
