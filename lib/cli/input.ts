/**
 * Reading reports for the CLI: files, directories (recursive, *.txt and *.md) and standard input.
 * Content must be UTF-8 text; a binary or non-UTF-8 file is an input error (exit 2).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';

export class InputError extends Error {}

const TEXT_EXT = /\.(txt|md|markdown)$/i;

/** Expand paths into the list of files to read, sorted within each directory. */
export function expandPaths(paths: readonly string[], exts: RegExp = TEXT_EXT): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') { out.push('-'); continue; }
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`fichier introuvable : ${p}`);
    }
    if (st.isDirectory()) walk(p, out, exts);
    else out.push(p);
  }
  return out;
}

function walk(dir: string, out: string[], exts: RegExp): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new InputError(`dossier illisible : ${dir}`);
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`fichier illisible : ${p}`); // a broken link, a file removed meanwhile
    }
    if (st.isDirectory()) walk(p, out, exts);
    else if (exts.test(name)) out.push(p);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode bytes as UTF-8 text (BOM kept, as Node's readFileSync does), or throw an InputError. */
export function decodeText(bytes: Uint8Array, name: string): string {
  // UTF-16 (Windows "Unicode" exports) has NUL bytes too, but deserves its own message
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`encodage UTF-16, pas UTF-8 : ${name} (enregistrez le fichier en UTF-8)`);
  }
  if (bytes.includes(0)) throw new InputError(`contenu binaire, pas un texte : ${name}`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`encodage non UTF-8 : ${name} (enregistrez le fichier en UTF-8)`);
  }
}

export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(`fichier illisible : ${path}`);
  }
  return decodeText(bytes, path);
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return decodeText(Buffer.concat(chunks), "l'entrée standard");
}

/** Path as shown to the user: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  if (path === '-') return '<stdin>';
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
