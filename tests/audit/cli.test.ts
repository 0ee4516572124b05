import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run, type CliIO } from '../../lib/cli/main.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';
// @ts-ignore -- plain .mjs build script
import { buildAuditWorker } from '../../scripts/build-cli.mjs';

// the machine is shared: linting a few thousand reports may take seconds under load
vi.setConfig({ testTimeout: 60_000 });

const FIX = join(import.meta.dirname, '..', 'fixtures', 'audit');
const tmp = mkdtempSync(join(tmpdir(), 'cadre-audit-'));
const workerFile = join(tmp, 'audit-worker.mjs');

async function cadre(args: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '', stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: opts.tty },
    stdin: new PassThrough(),
    cwd: tmp,
    env: { CADRE_AUDIT_WORKER: workerFile, ...opts.env },
  };
  const code = await run(['audit', ...args], io);
  return { code, stdout, stderr };
}

const EMAIL_AS_ERROR = join(tmp, 'email-error.json');
const CLEAN = join(tmp, 'clean.csv');
const FLAGGED = join(tmp, 'flagged.csv');
const BIG = join(tmp, 'big.csv');
const MEDIUM = join(tmp, 'medium.csv');

beforeAll(async () => {
  await buildAuditWorker(workerFile);
  writeFileSync(EMAIL_AS_ERROR, JSON.stringify({ rules: { email: 'error' } }));
  writeFileSync(CLEAN, 'id;texte\n1;Vous avez relancé deux employeurs.\n2;"Vous préparez votre entretien de jeudi."\n');
  writeFileSync(FLAGGED, 'id;auteur;texte\n1;Zoé;Vous avez relancé deux employeurs.\n2;Léo;"Écrivez-lui à marc.durand@exemple.fr, il attend."\n');
  writeFileSync(BIG, generateCsv({ reports: 1500, seed: 7 }));
  writeFileSync(MEDIUM, generateCsv({ reports: 300, seed: 3 }));
}, 60_000);

describe('cadre audit: exit codes and messages', () => {
  it('0 when no error-level finding', async () => {
    const r = await cadre([CLEAN, '--config', EMAIL_AS_ERROR]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audit : 2 comptes rendus, 2 sans erreur (100 %), 0 constat.');
  });

  it('1 with an error-level finding, listed with its masked excerpt and the summary table', async () => {
    const r = await cadre([FLAGGED, '--config', EMAIL_AS_ERROR]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('flagged.csv:3  2 (Léo)');
    expect(r.stdout).toMatch(/1:15\s+erreur\s+Adresse e-mail/);
    expect(r.stdout).toContain('« m••••••r »');
    expect(r.stdout).not.toContain('marc.durand');
    expect(r.stdout).toMatch(/Adresse e-mail\s+1\s+0\s+0\s+1/);
    expect(r.stdout).toMatch(/Léo\s+1\s+0 %\s+1/);
  });

  it('--keep-texts shows the flagged text', async () => {
    const r = await cadre([FLAGGED, '--config', EMAIL_AS_ERROR, '--keep-texts']);
    expect(r.stdout).toContain('« marc.durand@exemple.fr »');
  });

  it.each([
    [['--format', 'pdf', 'x.csv'], 'cadre : format inconnu « pdf » (attendu : stylish, json, csv, sarif ou html)\n'],
    [['--bogus', 'x.csv'], 'cadre : option inconnue « --bogus » (voir cadre audit --help)\n'],
    [[], 'cadre : indiquez au moins un fichier ou un dossier à auditer (.csv, .json, .txt, .md)\n'],
    [['absent.csv'], 'cadre : fichier introuvable : '],
    [['--text-column'], "cadre : l'option --text-column attend une valeur\n"],
    [['--jobs', 'beaucoup', 'x.csv'], 'cadre : --jobs attend un nombre entre 0 et 256, pas « beaucoup »\n'],
  ])('2 on usage error %j, with a one-line French message', async (args, message) => {
    const r = await cadre(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('2 when the text column is missing, naming the columns', async () => {
    const r = await cadre([CLEAN, '--text-column', 'contenu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clean.csv : ligne 1 : colonne de texte « contenu » absente (colonnes : « id », « texte »).');
  });

  it('2 on a broken CSV, with the line; rows before it are still audited', async () => {
    const r = await cadre([join(FIX, 'broken-quote.csv'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken-quote.csv : ligne 3 : guillemet ouvert jamais fermé (fin du fichier atteinte).');
    const j = JSON.parse(r.stdout);
    expect(j.summary.reports).toBe(1);
    expect(j.issues[0]).toMatchObject({ line: 3, fatal: true });
  });

  it('skipped rows are warnings, not failures', async () => {
    const r = await cadre([join(FIX, 'mixed-columns.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cadre : attention : ');
    expect(r.stderr).toContain('mixed-columns.csv : ligne 3 : 4 colonnes au lieu de 3 ; ligne ignorée.');
    expect(r.stdout).toContain('2 lignes ou éléments non audités');
  });

  it('--help prints the audit usage', async () => {
    const r = await cadre(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage : cadre audit [options] CHEMIN...');
  });
});

describe('cadre audit: inputs and formats', () => {
  it('audits a directory of .txt, .json and .csv; broken files stop at their line, the rest is audited', async () => {
    const r = await cadre([FIX, '--format', 'json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.meta.sources.filter((s: string) => /\.(csv|json|txt)$/.test(s))).toHaveLength(11);
    // bom 2 + comma 3 + mixed 2 + json 3 + txt 1 + rows before the error in bad-after-quote 2 and broken-quote 1
    expect(j.summary.reports).toBe(14);
    expect(j.issues.filter((i: { fatal: boolean }) => i.fatal)).toHaveLength(5);
    expect(r.stderr).toContain('Audit : 14 comptes rendus');
  });

  it('an explicit column missing from a file is an input error for that file', async () => {
    const r = await cadre([CLEAN, FLAGGED, '--author-column', 'auteur', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("clean.csv : ligne 1 : colonne d'auteur « auteur » absente");
    expect(JSON.parse(r.stdout).summary.reports).toBe(2);
  });

  it('csv, sarif and html outputs; --out writes the file and prints the summary', async () => {
    for (const format of ['csv', 'sarif', 'html'] as const) {
      const out = join(tmp, `out.${format}`);
      const r = await cadre([FLAGGED, '--config', EMAIL_AS_ERROR, '--format', format, '--out', out]);
      expect(r.code).toBe(1);
      expect(existsSync(out)).toBe(true);
      expect(r.stdout).toContain('Résultat écrit dans out.' + format);
      const text = readFileSync(out, 'utf8');
      if (format === 'csv') expect(text.split('\r\n')[1]).toMatch(/^2;flagged\.csv;3;;Léo;;;email;email;error;/);
      if (format === 'sarif') expect(JSON.parse(text).runs[0].results[0]).toMatchObject({ ruleId: 'email', level: 'error' });
      if (format === 'html') expect(text).toContain('<h2>Méthode</h2>');
      expect(text).not.toContain('marc.durand');
    }
  });

  it('a progress bar on stderr only when it is a terminal', async () => {
    const tty = await cadre([MEDIUM, '--summary-only', '--jobs', '0'], { tty: true });
    expect(tty.stderr).toContain('\r\u001b[K[');
    expect(tty.stderr).toMatch(/100 % · 300 CR · [\d\s]+ CR\/s/);
    const pipe = await cadre([MEDIUM, '--summary-only', '--jobs', '0']);
    expect(pipe.stderr).toBe('');
  }, 60_000);
});

describe('cadre audit: worker threads', () => {
  it('gives the same results with worker threads (and this thread linting too) as in process, in input order', async () => {
    const inProcess = await cadre([BIG, '--format', 'json', '--jobs', '0', '--author-column', 'conseiller']);
    const a = JSON.parse(inProcess.stdout);
    expect(a.summary.reports).toBe(1500);
    // --jobs 2: one worker + this thread; --jobs 3: two workers + this thread
    for (const jobs of ['2', '3']) {
      const threaded = await cadre([BIG, '--format', 'json', '--jobs', jobs, '--author-column', 'conseiller']);
      expect(threaded.code).toBe(inProcess.code);
      const b = JSON.parse(threaded.stdout);
      expect(b.summary).toEqual(a.summary);
      expect(b.reports).toEqual(a.reports);
    }
    expect(Object.keys(a.summary.byAuthor)).toHaveLength(12);
    expect(Object.keys(a.summary.byType)).toHaveLength(8);
  }, 60_000);

  it('falls back to the main thread when the worker bundle is missing', async () => {
    const r = await cadre([CLEAN, '--jobs', '2'], { env: { CADRE_AUDIT_WORKER: join(tmp, 'missing.mjs') } });
    expect(r.code).toBe(0);
  });
});
