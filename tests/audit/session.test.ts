import { describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createAuditSession, type SessionRequest, type SessionResponse } from '../../lib/audit/session.ts';
import { readSource, blobChunks } from '../../lib/audit/source.ts';
import { categorySeverityTable } from '../../lib/audit/aggregate.ts';
import { run, type CliIO } from '../../lib/cli/main.ts';
import type { AuditRecord } from '../../lib/audit/types.ts';
import { generateCsv } from '../fixtures/audit/generate.mjs';

vi.setConfig({ testTimeout: 60_000 });

const FIX = join(import.meta.dirname, '..', 'fixtures', 'audit');
const fixture = (name: string) => new File([readFileSync(join(FIX, name))], name);

/** A session driven like the page drives its worker; resolves on the first message of `type`. */
function harness(options = {}) {
  const messages: SessionResponse[] = [];
  const waiters: Array<{ type: string; resolve(m: SessionResponse): void }> = [];
  const session = createAuditSession((m) => {
    messages.push(m);
    const i = waiters.findIndex((w) => w.type === m.type);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(m);
  }, options);
  const next = <T extends SessionResponse['type']>(type: T) => new Promise<Extract<SessionResponse, { type: T }>>((resolve) => waiters.push({ type, resolve: resolve as never }));
  const send = (m: SessionRequest) => session.handle(m);
  return { messages, next, send };
}

describe('audit session (the page worker)', () => {
  it('inspects files: CSV header, samples and guessed mapping, JSON keys, errors in French', async () => {
    const h = harness();
    const got = h.next('files');
    await h.send({ type: 'add', files: [fixture('bom-semicolon-crlf.csv'), fixture('reports.json'), fixture('rapport-bom.txt'), fixture('broken.json'), new File(['x'], 'notes.pdf'), fixture('empty.csv')] });
    const { files } = await got;
    expect(files.map((f) => f.kind)).toEqual(['csv', 'json', 'text', 'json', undefined, 'csv']);
    expect(files[0]).toMatchObject({ headers: ['id', 'conseiller', 'type', 'date', 'compte_rendu'], delimiter: ';', guess: { text: 'compte_rendu', id: 'id', author: 'conseiller', type: 'type', date: 'date' } });
    expect(files[0].samples).toHaveLength(2);
    expect(files[1]).toMatchObject({ headers: ['id', 'auteur', 'type', 'texte'], guess: { text: 'texte', author: 'auteur' } });
    expect(files[3].error).toMatch(/^ligne 3 : JSON non valide/);
    expect(files[4].error).toBe('type de fichier non pris en charge (attendu : .csv, .json, .txt, .md)');
    expect(files[5].error).toBe("fichier CSV vide : une ligne d'en-tête est attendue.");
    // adding more files keeps the first ones; removing one keeps the others
    const more = h.next('files');
    await h.send({ type: 'add', files: [fixture('comma-quotes.csv')] });
    expect((await more).files.map((f) => f.name)).toContain('bom-semicolon-crlf.csv');
    const less = h.next('files');
    await h.send({ type: 'remove', id: files[4].id });
    expect((await less).files.map((f) => f.name)).not.toContain('notes.pdf');
  });

  it('audits like the CLI: same counts per category and severity, same reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-session-'));
    const csv = generateCsv({ reports: 400, seed: 11 });
    writeFileSync(join(dir, 'export.csv'), csv);
    const h = harness({ chunkSize: 4096, progressEveryMs: 0 });
    const files = h.next('files');
    await h.send({ type: 'add', files: [new File([csv], 'export.csv')] });
    const [info] = (await files).files;
    const done = h.next('done');
    await h.send({ type: 'start', mappings: { [info.id]: { ...info.guess } }, keepTexts: false });
    const end = await done;
    const progress = h.messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(3);
    const results = [...progress.flatMap((m) => (m.type === 'progress' ? m.results : [])), ...end.results];
    expect(results.map((r) => r.index)).toEqual([...Array(400).keys()]);
    expect(end).toMatchObject({ reports: 400, cancelled: false, bytes: end.totalBytes });

    let stdout = '';
    const io: CliIO = { stdout: { write: (s: string) => { stdout += s; return true; } }, stderr: { write: () => true }, stdin: new PassThrough(), cwd: dir, env: {} };
    await run(['audit', 'export.csv', '--format', 'json', '--jobs', '0', '--author-column', 'conseiller', '--type-column', 'type_entretien', '--id-column', 'id', '--date-column', 'date'], io);
    const cli = JSON.parse(stdout);
    expect(categorySeverityTable(end.summary)).toEqual(categorySeverityTable(cli.summary));
    expect(end.summary).toEqual(cli.summary);
    expect(results.filter((r) => r.findings.length).map((r) => ({ ...r, source: 'export.csv' }))).toEqual(cli.reports);
  });

  it('re-reads one report from its file for the drill-down view', async () => {
    const csv = generateCsv({ reports: 50, seed: 5 });
    const file = new File([csv], 'cr.csv');
    const expected: AuditRecord[] = [];
    for await (const b of readSource({ name: 'cr.csv', kind: 'csv', chunks: blobChunks(file) }, { startIndex: 0 })) expected.push(...b);
    const h = harness();
    const listed = h.next('files');
    await h.send({ type: 'add', files: [file, fixture('reports.json'), fixture('rapport-bom.txt')] });
    const infos = (await listed).files;
    const done = h.next('done');
    await h.send({ type: 'start', mappings: Object.fromEntries(infos.map((f) => [f.id, { ...f.guess }])), keepTexts: false });
    expect((await done).reports).toBe(50 + 3 + 1);
    for (const index of [0, 1, 17, 49]) {
      const t = h.next('text');
      await h.send({ type: 'text', index });
      expect((await t).text).toBe(expected[index].text);
    }
    const json = h.next('text');
    await h.send({ type: 'text', index: 51 });
    expect((await json).text).toBe("Vous préparez l'entretien d'embauche de jeudi.");
    const txt = h.next('text');
    await h.send({ type: 'text', index: 53 });
    expect((await txt).text!.startsWith('Vous avez présenté votre projet de création')).toBe(true);
    const missing = h.next('text');
    await h.send({ type: 'text', index: 999 });
    expect((await missing).error).toBe('compte rendu introuvable dans les fichiers importés');
  });

  it('a broken file stops at its line; the reports before it and the other files are audited', async () => {
    const h = harness();
    const listed = h.next('files');
    await h.send({ type: 'add', files: [fixture('bad-after-quote.csv'), fixture('comma-quotes.csv')] });
    const infos = (await listed).files;
    const done = h.next('done');
    await h.send({ type: 'start', mappings: Object.fromEntries(infos.map((f) => [f.id, { ...f.guess }])), keepTexts: false });
    const end = await done;
    expect(end.reports).toBe(2 + 3);
    expect(end.issues).toEqual([expect.objectContaining({ source: 'bad-after-quote.csv', line: 4, fatal: true })]);
  });

  it('cancels between chunks and keeps what was audited', async () => {
    const csv = generateCsv({ reports: 3000, seed: 2 });
    const h = harness({ chunkSize: 2048, progressEveryMs: 0 });
    const listed = h.next('files');
    await h.send({ type: 'add', files: [new File([csv], 'gros.csv')] });
    const [info] = (await listed).files;
    const first = h.next('progress');
    const done = h.next('done');
    const running = h.send({ type: 'start', mappings: { [info.id]: {} }, keepTexts: false });
    await first;
    await h.send({ type: 'cancel' });
    const end = await done;
    await running;
    expect(end.cancelled).toBe(true);
    expect(end.reports).toBeGreaterThan(0);
    expect(end.reports).toBeLessThan(3000);
    expect(end.summary.reports).toBe(end.reports);
  });

  it('posts progress within a large chunk, in small batches, and lets "cancel" in there', async () => {
    const csv = generateCsv({ reports: 2000, seed: 5 });
    // the whole file is one chunk; the clock moves 1 ms per read, progress is due every 1 ms
    let clock = 0;
    const h = harness({ chunkSize: 64 << 20, progressEveryMs: 1, now: () => clock++ });
    const listed = h.next('files');
    await h.send({ type: 'add', files: [new File([csv], 'un-bloc.csv')] });
    const [info] = (await listed).files;
    const first = h.next('progress');
    const done = h.next('done');
    const running = h.send({ type: 'start', mappings: { [info.id]: {} }, keepTexts: false });
    const p = await first;
    // a message carries a few dozen results, not the chunk's 2,000
    expect(p.results.length).toBeGreaterThan(0);
    expect(p.results.length).toBeLessThanOrEqual(64);
    await h.send({ type: 'cancel' });
    const end = await done;
    await running;
    expect(end.cancelled).toBe(true);
    expect(end.reports).toBeLessThan(2000);
    expect(end.summary.reports).toBe(end.reports);
    // every audited report reached the page exactly once, in order
    const indexes = h.messages.flatMap((m) => (m.type === 'progress' || m.type === 'done' ? m.results.map((r) => r.index) : []));
    expect(indexes).toEqual(Array.from({ length: end.reports }, (_, i) => i));
  });
});
