#!/usr/bin/env node
/**
 * Audit page bench (issue #5 §2: "the page stays responsive with 100,000 reports"), in real
 * Chromium with the built extension. A generated CSV is imported in `audit.html` through the real
 * file input and audited in the page's Web Worker; measured on the page:
 * - total time (click on "Lancer l'audit" → the status "Audit terminé") and reports/s;
 * - long tasks of the page's main thread (PerformanceObserver 'longtask'), while the worker runs
 *   and, apart, when the results are shown at the end; target ≤ 100 ms;
 * - input latency while the worker runs: a click (or Enter) on the "Historique" / "Audit" tabs,
 *   from the input event's timestamp to the animation frame after its DOM effect; target ≤ 250 ms;
 * - after the run, the same latency for sorting the table (numbers, then names), filtering by a
 *   category, the next page and opening a report's drill-down (the worker re-reads the text).
 *
 * The input timestamp is the platform's (Event.timeStamp of pointerup / keydown / input), so the
 * time an input waits for a busy main thread is counted. A benchmark: it prints, it never fails on
 * a figure (`npm run bench` spawns it; `--no-audit-page` skips it there).
 *
 * The CSV is the one scripts/bench-audit.mjs audits through the CLI (100,000 reports of 22 ± 2
 * sentences, about 1.9 KB each, 184 MB; seed 2024), written in a temporary folder and deleted.
 *
 * @example
 *   node scripts/bench-audit-page.mjs                      # builds the extension into a temp folder
 *   node scripts/bench-audit-page.mjs --quick              # 20,000 reports
 *   node scripts/bench-audit-page.mjs --ext .output/chrome-mv3 --reports 20000 --sentences 12 --json
 *   import { benchAuditPage } from './bench-audit-page.mjs'; const r = await benchAuditPage({ reports: 5000 });
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/**
 * The Chrome MV3 build of the extension in `outDir`; returns its folder. NODE_ENV is set: a
 * NODE_ENV=test inherited from a test runner makes Vite bundle React's development build.
 */
export function buildExtension(outDir) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production', CADRE_OUT_DIR: outDir } });
  const dir = join(outDir, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build failed: ${dir}/manifest.json missing`);
  return dir;
}

async function writeCsv(path, reports, sentences) {
  const { generateCsvChunks } = await import(pathToFileURL(join(ROOT, 'tests/fixtures/audit/generate.mjs')).href);
  const out = createWriteStream(path);
  for (const chunk of generateCsvChunks({ reports, seed: 2024, sentences, rowsPerChunk: 200 })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; };

/**
 * In the page: long tasks, the moment the audit ends, and `arm(check)`, which resolves with the
 * latency of the next input (pointerup, keydown, input or change) whose DOM effect makes
 * `check()` true: `dom` (effect committed) and `frame` (the animation frame that paints it).
 */
function installProbes() {
  const w = window;
  const probes = { longTasks: [], startedAt: null, doneAt: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probes.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
  // the live region says when the audit ended, whichever tab is shown
  const status = document.querySelector('[role="status"][aria-live]');
  new MutationObserver(() => { if (probes.doneAt === null && /Audit (terminé|interrompu)/.test(status.textContent ?? '')) probes.doneAt = performance.now(); })
    .observe(status, { childList: true, characterData: true, subtree: true });
  probes.arm = (check) => new Promise((resolve) => {
    let t0 = null;
    let type = '';
    const kinds = ['pointerup', 'keydown', 'input', 'change'];
    const onInput = (e) => { if (t0 === null) { t0 = e.timeStamp; type = e.type; } };
    for (const k of kinds) addEventListener(k, onInput, { capture: true });
    const mo = new MutationObserver(() => {
      if (t0 === null || !check()) return;
      const dom = performance.now() - t0;
      mo.disconnect();
      for (const k of kinds) removeEventListener(k, onInput, { capture: true });
      requestAnimationFrame(() => resolve({ type, dom, frame: performance.now() - t0 }));
    });
    mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  w.__bench = probes;
}

/**
 * Audit `reports` generated reports (about 87 characters a sentence, `sentences` ± 2 a report) in
 * the audit page; returns the figures (durations in ms, latencies as p50 / max of the samples).
 */
export async function benchAuditPage({ reports = 100_000, sentences = 22, extensionDir, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', log = () => {} } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'cadre-bench-audit-page-'));
  try {
    let ext = extensionDir;
    if (!ext) {
      log('construction de l’extension…');
      ext = buildExtension(join(work, 'out'));
    }
    const csv = join(work, 'comptes-rendus.csv');
    log(`génération de ${reports.toLocaleString('fr-FR')} comptes rendus…`);
    await writeCsv(csv, reports, sentences);
    const bytes = statSync(csv).size;

    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      headless: true,
      executablePath: chromePath,
      viewport: { width: 1000, height: 800 },
      locale: 'fr-FR',
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/audit.html`);
      // the page reads the settings in force at load and again on "Lancer l'audit"; in a browser
      // just started, Chromium's first storage.managed read takes seconds (≈ 6 s here): waited for
      // here, so the start's figure is the page's own, and shown apart
      const managedReadyMs = await page.evaluate(async () => { await chrome.storage.managed.get(); return performance.now(); });
      log(`import de ${(bytes / 1024 / 1024).toFixed(0)} Mo par le sélecteur de fichiers…`);
      await page.getByLabel('Fichiers à auditer').setInputFiles(csv);
      const mapping = page.locator('fieldset[data-mapping="comptes-rendus.csv"]');
      await mapping.waitFor({ timeout: 60_000 });
      if ((await mapping.getByLabel('Texte du compte rendu (obligatoire)').inputValue()) !== 'compte_rendu') throw new Error('colonne du texte non reconnue');
      await page.evaluate(installProbes);

      // the start, timed from the click's own input event
      const startClick = page.evaluate(() => window.__bench.arm(() => document.querySelector('[data-state="running"]') !== null));
      await page.getByRole('button', { name: "Lancer l'audit" }).click();
      const startLatency = await startClick;
      await page.evaluate((t) => { window.__bench.startedAt = performance.now() - t; }, startLatency.dom);
      log('audit en cours ; clics et touches sur les onglets pendant que le worker travaille…');

      // inputs while the worker runs: "Historique" then "Audit" (alternately by click and by Enter)
      const during = [];
      const running = async () => (await page.locator('[data-state="running"]').count()) > 0 && (await page.evaluate(() => window.__bench.doneAt === null));
      const percent = async () => Number(((await page.getByTestId('progress-percent').textContent().catch(() => '')) ?? '').replace(/[^\d]/g, '') || 0);
      for (let i = 0; i < 12; i++) {
        await page.waitForTimeout(1500);
        // leave the end alone: the results' first render must not land inside a sample
        if (!(await running()) || (await percent()) >= 85) break;
        for (const name of ['Historique', 'Audit']) {
          const button = page.getByRole('button', { name, exact: true });
          const effect = page.evaluate((n) => window.__bench.arm(() => [...document.querySelectorAll('nav button')].find((b) => b.textContent === n)?.getAttribute('aria-pressed') === 'true'), name);
          if (i % 2) { await button.focus(); await page.keyboard.press('Enter'); } else await button.click();
          during.push(await effect);
        }
      }
      await page.locator('[data-summary="final"]').waitFor({ timeout: 30 * 60_000 });
      await page.waitForTimeout(500); // long tasks of the results' first render are reported after it
      const shown = Number((await page.locator('[data-summary="final"] [data-kpi="reports"]').textContent()).replace(/[^\d]/g, ''));
      if (shown !== reports) throw new Error(`la page compte ${shown} comptes rendus au lieu de ${reports}`);
      const run = await page.evaluate(() => {
        const b = window.__bench;
        const memory = performance.memory?.usedJSHeapSize;
        return { ms: b.doneAt - b.startedAt, longTasks: b.longTasks, startedAt: b.startedAt, doneAt: b.doneAt, heapMb: memory ? memory / 1024 / 1024 : null };
      });
      const inRun = run.longTasks.filter((t) => t.start >= run.startedAt && t.start + t.duration < run.doneAt);
      const atEnd = run.longTasks.filter((t) => t.start + t.duration >= run.doneAt);

      // after the run: the results table and the drill-down
      log('tri, filtre, pages et vue détaillée…');
      const after = { sortNumber: [], sortText: [], filter: [], page: [], open: [] };
      const sortBy = async (label, into) => {
        const effect = page.evaluate((l) => {
          const th = [...document.querySelectorAll('table.reports th')].find((x) => x.querySelector('button')?.textContent?.startsWith(l));
          const before = th.getAttribute('aria-sort');
          return window.__bench.arm(() => th.getAttribute('aria-sort') !== before);
        }, label);
        await page.locator('table.reports th button', { hasText: label }).click();
        into.push(await effect);
      };
      const categories = await page.getByLabel('Catégorie', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      for (let i = 0; i < 3; i++) {
        await sortBy('Erreurs', after.sortNumber);
        await sortBy('Auteur', after.sortText);
      }
      for (let i = 0; i < 3; i++) {
        for (const value of [categories[i % categories.length], '']) {
          const effect = page.evaluate(() => { const c = document.querySelector('[data-testid="table-count"]'); const before = c.textContent; return window.__bench.arm(() => c.textContent !== before); });
          await page.getByLabel('Catégorie', { exact: true }).selectOption(value);
          after.filter.push(await effect);
        }
      }
      for (let i = 0; i < 3; i++) {
        const effect = page.evaluate(() => { const p = document.querySelector('nav.pager span'); const before = p.textContent; return window.__bench.arm(() => p.textContent !== before); });
        await page.getByRole('button', { name: 'Suivante ›' }).click();
        after.page.push(await effect);
      }
      for (let i = 0; i < 3; i++) {
        const row = page.locator('table.reports tbody tr').nth(i * 7);
        const id = await row.getAttribute('data-report');
        const effect = page.evaluate((x) => window.__bench.arm(() => document.querySelector(`[data-detail="${CSS.escape(x)}"] [data-testid="marked-text"]`) !== null), id);
        await row.getByRole('button').click();
        after.open.push(await effect);
      }
      await page.close();
      const stats = (xs) => ({ n: xs.length, max: xs.length ? Math.max(...xs) : NaN, p50: quantile(xs, 0.5) });
      const latency = (samples) => ({ ...stats(samples.map((s) => s.frame)), dom: stats(samples.map((s) => s.dom)) });
      return {
        reports, sentences, megabytes: bytes / 1024 / 1024,
        seconds: run.ms / 1000, reportsPerSecond: reports / (run.ms / 1000), heapMb: run.heapMb,
        longTasksRun: { count: inRun.length, max: Math.max(0, ...inRun.map((t) => t.duration)), total: inRun.reduce((a, t) => a + t.duration, 0) },
        longTasksEnd: { count: atEnd.length, max: Math.max(0, ...atEnd.map((t) => t.duration)) },
        start: startLatency.frame, managedReadyMs,
        during: latency(during),
        sortNumber: latency(after.sortNumber), sortText: latency(after.sortText), filter: latency(after.filter), page: latency(after.page), open: latency(after.open),
      };
    } finally {
      await context.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const r = await benchAuditPage({
    reports: Number(arg('--reports') ?? (process.argv.includes('--quick') ? 20_000 : 100_000)),
    sentences: Number(arg('--sentences') ?? 22),
    extensionDir: arg('--ext'),
    log: (s) => process.stderr.write(`  … ${s}\n`),
  });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r));
  } else {
    const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
    const n = (x) => Math.round(x).toLocaleString('en-US');
    const verdict = (ok) => (ok ? '✔ met' : '✘ missed');
    console.log(`Audit page in Chromium: ${n(r.reports)} reports (${r.megabytes.toFixed(0)} MB of CSV, ${r.sentences} ± 2 sentences each), imported through the file input`);
    const rows = [
      ['click on "Lancer l\'audit" → progress view', ms(r.start), '≤ 250 ms', verdict(r.start <= 250)],
      ['audit, click → "Audit terminé"', `${r.seconds.toFixed(1)} s, ${n(r.reportsPerSecond)} reports/s`, '', ''],
      ['long tasks of the page while the worker runs', `${r.longTasksRun.count} (max ${ms(r.longTasksRun.max)}, total ${ms(r.longTasksRun.total)})`, 'max ≤ 100 ms', verdict(r.longTasksRun.max <= 100)],
      ['long tasks when the results are first shown', `${r.longTasksEnd.count} (max ${ms(r.longTasksEnd.max)})`, 'max ≤ 100 ms', verdict(r.longTasksEnd.max <= 100)],
      [`input → next frame while the worker runs (${r.during.n} tab clicks / Enter)`, `p50 ${ms(r.during.p50)}, max ${ms(r.during.max)}`, '≤ 250 ms', verdict(r.during.max <= 250)],
      [`sort by errors, ${n(r.reports)} rows (${r.sortNumber.n}×)`, `p50 ${ms(r.sortNumber.p50)}, max ${ms(r.sortNumber.max)}`, '≤ 250 ms', verdict(r.sortNumber.max <= 250)],
      [`sort by author (${r.sortText.n}×)`, `p50 ${ms(r.sortText.p50)}, max ${ms(r.sortText.max)}`, '≤ 250 ms', verdict(r.sortText.max <= 250)],
      [`filter by category / all (${r.filter.n}×)`, `p50 ${ms(r.filter.p50)}, max ${ms(r.filter.max)}`, '≤ 250 ms', verdict(r.filter.max <= 250)],
      [`next page (${r.page.n}×)`, `p50 ${ms(r.page.p50)}, max ${ms(r.page.max)}`, '≤ 250 ms', verdict(r.page.max <= 250)],
      [`open a report's drill-down (${r.open.n}×)`, `p50 ${ms(r.open.p50)}, max ${ms(r.open.max)}`, '≤ 250 ms', verdict(r.open.max <= 250)],
      ['first storage.managed read after the browser\'s start (not counted above)', ms(r.managedReadyMs), '', ''],
      ['page JS heap after the run', r.heapMb === null ? '—' : `${r.heapMb.toFixed(0)} MB`, '', ''],
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((x) => x[c].length)));
    for (const x of rows) console.log(`  ${x[0].padEnd(widths[0])}   ${x[1].padEnd(widths[1])}   ${x[2].padEnd(widths[2])}   ${x[3]}`.trimEnd());
  }
}
