// Writes cadrerc.schema.json, the JSON Schema of .cadrerc.json, from the zod schema of
// lib/config/schema.ts and the rule ids of the registry (for editor completion).
//   node scripts/gen-schema.mjs           write the file
//   node scripts/gen-schema.mjs --check   exit 1 when the committed file is out of date
// tests/config/json-schema.test.ts checks the committed file equals what this script writes.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaFile = join(root, 'cadrerc.schema.json');

/** The JSON Schema as text (2-space JSON and a final newline). */
export async function generateSchema() {
  const result = await build({
    stdin: {
      contents: "export { lintConfigJsonSchema } from './lib/config/schema.ts'; export { ruleIds } from './rules/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'cadre-schema-'));
  try {
    const file = join(dir, 'schema.mjs');
    writeFileSync(file, result.outputFiles[0].contents);
    const { lintConfigJsonSchema, ruleIds } = await import(pathToFileURL(file).href);
    return JSON.stringify(lintConfigJsonSchema(ruleIds), null, 2) + '\n';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(schemaFile, 'utf8'); } catch { /* missing */ }
    if (current !== text) {
      console.error('cadrerc.schema.json n’est plus à jour : lancez « npm run gen:schema ».');
      process.exit(1);
    }
  } else {
    writeFileSync(schemaFile, text);
    console.log(`écrit : ${schemaFile}`);
  }
}
