#!/usr/bin/env node
/**
 * In-page assistant bench (issue #4 §7), in real Chromium with the built extension:
 * - engine + highlight work of one debounced lint run on a 5,000-character report, in a textarea
 *   (mirror-measured overlay) and in a contenteditable (CSS Custom Highlight API): p50 / p95 / max
 *   of the `cadre:run` measures the content script records (read text → lint → filter → paint);
 *   target ≤ 16 ms p95;
 * - size of the content script, gzip (target ≤ 80 KB), and of the engine file it imports lazily.
 *
 * @example
 *   node scripts/bench-inpage.mjs            # builds the extension into a temporary folder
 *   node scripts/bench-inpage.mjs --ext .output/chrome-mv3 --runs 60
 *   import { benchInpage } from './bench-inpage.mjs'; const r = await benchInpage({ runs: 40 });
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

const SENTENCES = [
  "Madame Durand est venue pour un entretien de suivi avec sa fille.",
  'Elle est diabétique et suit un traitement depuis deux ans.',
  "J'ai proposé une formation de cariste en alternance.",
  'Elle cherche un poste à temps partiel près de chez elle, dans la logistique ou la vente.',
  'Les démarches de la semaine ont porté sur trois candidatures et une relance.',
  'Elle a été condamnée pour vol en 2019 et craint les questions des recruteurs.',
  "Son numéro de téléphone est le 06 12 34 56 78, à utiliser pour l'atelier CV.",
  'Elle a un dossier de surendettement à la Banque de France.',
  'Un atelier de simulation d’entretien est prévu le mois prochain.',
  'La personne est motivée et ponctuelle, les objectifs fixés ont été atteints.',
  'Elle souhaite reprendre une activité salariée après un long arrêt maladie.',
  "Prochain rendez-vous fixé dans trois semaines pour faire le point sur l'immersion.",
];

export function report(length = 5000) {
  let s = '';
  for (let i = 0; s.length < length; i++) s += (s ? ' ' : '') + SENTENCES[i % SENTENCES.length];
  return s.slice(0, length);
}

const PAGES = {
  'textarea.html': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><textarea id="cr" style="width:700px;height:500px;font:15px/1.5 Georgia,serif;padding:8px"></textarea>',
  'contenteditable.html': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><div id="cr" contenteditable="true" style="width:700px;min-height:500px;font:15px/1.5 Georgia,serif;padding:8px;border:1px solid #888"><p>x</p></div>',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    if (!PAGES[name]) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(dir, name)));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

/** Median, p95 and max (ms) of `runs` debounced lint runs per field kind, and bundle sizes (bytes). */
export async function benchInpage({ runs = 40, extensionDir, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'cadre-bench-inpage-'));
  let ext = extensionDir;
  if (!ext) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CADRE_OUT_DIR: join(work, 'out') } });
    ext = join(work, 'out', 'chrome-mv3');
  }
  const size = (f) => (existsSync(join(ext, f)) ? gzipSync(readFileSync(join(ext, f)), { level: 9 }).length : NaN);
  const sizes = { contentScriptGzip: size('content-scripts/content.js'), engineGzip: size('inpage-engine.js') };

  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(work, name), html);
  const { server, url } = await serve(work);
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    headless: true,
    executablePath: chromePath,
    viewport: { width: 1000, height: 800 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const results = {};
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
    // the background registers the content script for the demo hosts at install
    for (let i = 0; i < 300; i++) {
      const ids = await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)).catch(() => []);
      if (ids.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const text = report(5000);
    for (const kind of ['textarea', 'contenteditable']) {
      const page = await context.newPage();
      await page.goto(`${url}/${kind}.html`);
      await page.click('#cr');
      if (kind === 'textarea') await page.fill('#cr', text);
      else await page.evaluate((t) => { const p = document.querySelector('#cr p'); p.textContent = t; }, text);
      await page.keyboard.press('Control+End');
      const count = () => page.evaluate(() => performance.getEntriesByName('cadre:run').length);
      const waitRun = async (n) => { for (let i = 0; i < 400 && (await count()) <= n; i++) await page.waitForTimeout(10); };
      await page.keyboard.type(' ');
      await waitRun(0);
      for (let i = 0; i < runs; i++) {
        const n = await count();
        await page.keyboard.type(i % 2 ? 'a' : ' ');
        await waitRun(n);
      }
      const entries = await page.evaluate(() => performance.getEntriesByName('cadre:run').map((e) => ({ d: e.duration, chars: e.detail?.chars ?? 0 })));
      const d = entries.filter((e) => e.chars >= 5000).map((e) => e.d).slice(1); // the first run also loads the engine's lexicon trie
      // the page's first run that lints (an empty field is not linted): the engine's first lint, its
      // lexicons' trie loaded and its code compiled, on the page's main thread
      results[kind] = { runs: d.length, p50: quantile(d, 0.5), p95: quantile(d, 0.95), max: Math.max(...d), first: entries.find((e) => e.chars > 0)?.d ?? NaN, mode: kind === 'textarea' ? 'overlay' : 'highlight' };
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return { ...results, ...sizes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const r = await benchInpage({ runs: Number(arg('--runs') ?? 40), extensionDir: arg('--ext') });
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log('In-page lint run (read + engine + highlight), 5,000-character report');
  for (const kind of ['textarea', 'contenteditable']) {
    const k = r[kind];
    console.log(`  ${kind.padEnd(16)} ${k.mode.padEnd(9)} runs ${String(k.runs).padStart(3)}  p50 ${ms(k.p50)}  p95 ${ms(k.p95)}  max ${ms(k.max)}  ${k.p95 <= 16 ? 'OK (≤ 16 ms)' : 'OVER 16 ms'}  (first run of the page ${ms(k.first)})`);
  }
  console.log(`Content script: ${(r.contentScriptGzip / 1024).toFixed(1)} KB gzip ${r.contentScriptGzip <= 80 * 1024 ? 'OK (≤ 80 KB)' : 'OVER 80 KB'}; engine imported on demand: ${(r.engineGzip / 1024).toFixed(1)} KB gzip`);
}
