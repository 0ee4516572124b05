/**
 * The audit page's worker lints with the settings in force (issue #5 §2): the configuration comes
 * in a validated message (lib/audit/session-messages.ts) and a rule turned off is absent.
 */
import { describe, expect, it } from 'vitest';
import { parseSessionRequest } from '../../lib/audit/session-messages.ts';
import { createAuditSession, type SessionResponse } from '../../lib/audit/session.ts';

const CSV = 'id;compte_rendu\n1;Elle est diabétique. Son numéro est le 06 11 22 33 44.\n2;Vous avez choisi la formation de cariste.\n';

async function audit(raw: unknown[]): Promise<Extract<SessionResponse, { type: 'done' }>> {
  let done: Extract<SessionResponse, { type: 'done' }> | undefined;
  const session = createAuditSession((m) => { if (m.type === 'done') done = m; });
  for (const m of raw) {
    const r = parseSessionRequest(m);
    if (!r.ok) throw new Error(r.errors.join(' '));
    await session.handle(r.value);
  }
  return done!;
}

describe('parseSessionRequest', () => {
  it('passes the lint configuration through and the worker applies it', async () => {
    const add = { type: 'add', files: [new File([CSV], 'export.csv')] };
    const start = (config?: unknown) => ({ type: 'start', mappings: { 0: { text: 'compte_rendu', id: 'id' } }, keepTexts: false, ...(config ? { config } : {}) });
    const byDefault = await audit([add, start()]);
    expect(Object.keys(byDefault.summary.byRule)).toEqual(expect.arrayContaining(['sante', 'telephone']));
    const off = await audit([add, start({ rules: { sante: 'off', telephone: 'info' } })]);
    expect(Object.keys(off.summary.byRule)).not.toContain('sante');
    expect(off.summary.byRule.telephone).toMatchObject({ info: 1, error: 0, warning: 0 });
    expect(off.results.flatMap((r) => r.findings.map((f) => f.rule))).not.toContain('sante');
  });

  it('refuses malformed messages with French errors', () => {
    expect(parseSessionRequest({ type: 'start', mappings: {}, keepTexts: false, config: { rules: { sante: 'eteint' } } }).ok).toBe(false);
    expect(parseSessionRequest({ type: 'start', mappings: {}, keepTexts: 'oui' }).ok).toBe(false);
    expect(parseSessionRequest({ type: 'add', files: ['a.csv'] }).ok).toBe(false);
    expect(parseSessionRequest({ type: 'text', index: -1 }).ok).toBe(false);
    expect(parseSessionRequest({ type: 'drop' }).ok).toBe(false);
    const r = parseSessionRequest({ type: 'start', mappings: {}, keepTexts: false, config: { rules: { sante: 'eteint' } } });
    expect(r.ok ? [] : r.errors.join(' ')).toMatch(/rules/);
    expect(parseSessionRequest({ type: 'cancel' })).toEqual({ ok: true, value: { type: 'cancel' } });
  });
});
