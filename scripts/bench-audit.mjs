// Audit benchmark (issue #5 §5): throughput of `cadre audit` and of the audit page's worker code
// path on 100,000 generated reports (~200 MB of CSV), with peak memory (RSS).
//
//   node scripts/bench-audit.mjs [--reports N] [--sentences N] [--json]
//
// `benchAudit()` is exported for scripts/bench.mjs. The CSV is generated in a temporary directory
// (deleted afterwards), never in the repository. Each measure runs in its own process so the peak
// RSS is its own: the CLI's is read from /proc/<pid>/status (VmHWM, Linux), the worker path's from
// process.resourceUsage().maxRSS in the child.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function writeCsv(path, reports, sentences) {
  const { generateCsvChunks } = await import(pathToFileURL(join(root, 'tests/fixtures/audit/generate.mjs')).href);
  const out = createWriteStream(path);
  for (const chunk of generateCsvChunks({ reports, seed: 2024, sentences, rowsPerChunk: 200 })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Peak RSS of a child process in MB, polled from /proc (VmHWM is the high-water mark). */
function watchPeak(pid) {
  let peak = null;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
    } catch { /* exited, or not Linux */ }
  };
  const timer = setInterval(read, 50);
  return { stop() { read(); clearInterval(timer); return peak; } };
}

function runChild(args, { watch = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CADRE_AUDIT_STATS: '1' } });
    const peak = watch ? watchPeak(child.pid) : null;
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const peakMb = peak?.stop() ?? null;
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakMb });
    });
  });
}

/** Bundle the worker's logic (lib/audit/session.ts) for Node, as Vite bundles it for the page. */
async function bundleSession(dir) {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'session.mjs');
  await build({ entryPoints: [join(root, 'lib/audit/session.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return outfile;
}

/** Child mode: run the page worker's session over the file, print figures as JSON. */
async function workerChild(sessionFile, csvPath) {
  const { createAuditSession } = await import(pathToFileURL(sessionFile).href);
  const { openAsBlob } = await import('node:fs');
  const blob = await openAsBlob(csvPath);
  const file = new File([blob], 'bench.csv');
  let done;
  const finished = new Promise((r) => { done = r; });
  let reports = 0;
  const session = createAuditSession((m) => {
    // the page keeps the batches it receives; the worker keeps none
    if (m.type === 'done') { reports = m.reports; done(m); }
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await session.handle({ type: 'add', files: [file] });
  await session.handle({ type: 'start', mappings: {}, keepTexts: false });
  const end = await finished;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ reports, ms, cpuMs: (cpu.user + cpu.system) / 1000, findings: end.summary.findings.total, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * Run the audit benchmark: CLI on all cores, CLI on one thread, and the page worker's path.
 * Returns figures in reports/s and MB.
 */
export async function benchAudit({ reports = 100_000, sentences = 22, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-bench-audit-'));
  try {
    const csv = join(dir, 'comptes-rendus.csv');
    log(`génération de ${reports.toLocaleString('fr-FR')} comptes rendus…`);
    await writeCsv(csv, reports, sentences);
    const bytes = statSync(csv).size;
    log(`fichier : ${(bytes / 1024 / 1024).toFixed(0)} Mo`);

    // the CLI bundle (and its worker bundle) must be fresh
    const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href);
    await buildCli();
    // through the command users run: bin/cadre.mjs starts the audit in a child with a heap ceiling
    const cliArgs = [join(root, 'bin/cadre.mjs'), 'audit', csv, '--format', 'json', '--out', join(dir, 'out.json')];

    const figures = { reports, megabytes: Math.round(bytes / 1024 / 1024), cores: availableParallelism() };
    for (const [name, extra] of [['cliAllCores', []], ['cliOneThread', ['--jobs', '0']]]) {
      log(`cadre audit ${extra.join(' ') || '(tous les cœurs)'}…`);
      const r = await runChild([...cliArgs, ...extra], { watch: true });
      if (r.code !== 0 && r.code !== 1) throw new Error(`cadre audit a échoué (code ${r.code}) : ${r.stderr.slice(0, 500)}`);
      const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
      if (out.summary.reports !== reports) throw new Error(`cadre audit : ${out.summary.reports} comptes rendus au lieu de ${reports}`);
      const stats = JSON.parse(/cadre-audit-stats (.*)/.exec(r.stderr)?.[1] ?? '{}');
      figures[name] = {
        seconds: +(r.ms / 1000).toFixed(2), reportsPerSecond: Math.round(reports / (r.ms / 1000)),
        cpuSeconds: stats.cpuMs === undefined ? null : +(stats.cpuMs / 1000).toFixed(1),
        // the audit process's own peak (its stats line) plus the launcher's (read from /proc)
        peakRssMb: stats.maxRssMb === undefined ? (r.peakMb === null ? null : Math.round(r.peakMb)) : stats.maxRssMb + Math.round(r.peakMb ?? 0),
      };
    }

    log('chemin du Web Worker de la page (session dans Node, un fil)…');
    const session = await bundleSession(dir);
    const w = await runChild([fileURLToPath(import.meta.url), '--worker-child', session, csv]);
    if (w.code !== 0) throw new Error(`chemin worker : ${w.stderr.slice(0, 500)}`);
    const wf = JSON.parse(w.stdout);
    if (wf.reports !== reports) throw new Error(`chemin worker : ${wf.reports} comptes rendus au lieu de ${reports}`);
    figures.workerPath = { seconds: +(wf.ms / 1000).toFixed(2), reportsPerSecond: Math.round(reports / (wf.ms / 1000)), cpuSeconds: +(wf.cpuMs / 1000).toFixed(1), peakRssMb: Math.round(wf.maxRssMb) };
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--worker-child') {
    await workerChild(process.argv[3], process.argv[4]);
  } else {
    const json = process.argv.includes('--json');
    const f = await benchAudit({ reports: arg('--reports', 100_000), sentences: arg('--sentences', 22), log: json ? () => {} : (s) => console.error(s) });
    if (json) console.log(JSON.stringify(f));
    else {
      const n = (x) => (x === null ? '—' : x.toLocaleString('fr-FR'));
      console.log(`Audit de ${n(f.reports)} comptes rendus (${n(f.megabytes)} Mo de CSV), ${f.cores} cœur${f.cores > 1 ? 's' : ''}`);
      for (const [label, k] of [['cadre audit, tous les cœurs', 'cliAllCores'], ['cadre audit, un fil (--jobs 0)', 'cliOneThread'], ['chemin du Web Worker (Node, un fil)', 'workerPath']]) {
        const x = f[k];
        console.log(`  ${label.padEnd(38)} ${n(x.reportsPerSecond).padStart(8)} CR/s  ${String(x.seconds).padStart(7)} s (CPU ${x.cpuSeconds ?? '—'} s)  RSS max ${n(x.peakRssMb)} Mo`);
      }
    }
  }
}

