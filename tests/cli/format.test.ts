import { describe, expect, it } from 'vitest';
import { formatJson, formatStylish, jsonWriter, stylishWriter, type FileResult } from '../../lib/cli/format.ts';
import { lint } from '../../lib/lint/index.ts';

const file = (path: string, text: string): FileResult => ({ path, text, findings: lint(text) });
const files = [
  file('a.txt', 'Je suis diabétique.\nTél. : 06 12 34 56 78'),
  file('b.txt', 'Vous recherchez un poste de cariste.'),
  file('c.txt', 'Il a été condamné pour vol.'),
];

describe('output written file by file', () => {
  it('json pieces make exactly the document JSON.stringify would give, for 0, 1 and 3 files', () => {
    for (const list of [[], files.slice(0, 1), files]) {
      const w = jsonWriter();
      const text = list.map((r) => w.file(r)).join('') + w.end();
      const whole = JSON.parse(text);
      expect(text).toBe(JSON.stringify(whole));
      expect(whole.version).toBe(1);
      expect(whole.files.map((f: { path: string }) => f.path)).toEqual(list.map((r) => r.path));
      expect(whole.files.map((f: { findings: unknown[] }) => f.findings.length)).toEqual(list.map((r) => r.findings.length));
      expect(formatJson(list)).toBe(text);
    }
  });

  it('stylish prints nothing for a clean file and counts every finding in the summary', () => {
    const w = stylishWriter(false);
    expect(w.file(files[1])).toBe('');
    const a = w.file(files[0]);
    expect(a.startsWith('a.txt\n')).toBe(true);
    expect(a.endsWith('\n\n')).toBe(true);
    w.file(files[2]);
    const total = files.reduce((n, r) => n + r.findings.length, 0);
    expect(total).toBeGreaterThan(3);
    expect(w.end()).toMatch(new RegExp(`^✖ ${total} problèmes .* dans 3 fichiers\\.\\n$`));
    expect(formatStylish([files[1]], false)).toBe('✔ Aucun problème dans 1 fichier.\n');
  });
});
