// Deterministic French interview reports for the benchmark (scripts/bench.mjs), generated from the
// sentence templates of tests/fixtures/reports/sentences.json: mostly neutral sentences, a quarter
// with sensitive terms or first person, a few identifiers with valid checksums (NIR key, IBAN
// mod 97, Luhn) so the validators run as they would on real reports.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const T = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'reports', 'sentences.json'), 'utf8'));

/** Small deterministic generator (mulberry32). */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick(list) { return list[Math.floor(next() * list.length)]; },
  };
}

const digits = (rng, n) => Array.from({ length: n }, () => rng.int(10)).join('');

function nir(rng) {
  const body = `${1 + rng.int(2)}${String(50 + rng.int(50)).padStart(2, '0')}${String(1 + rng.int(12)).padStart(2, '0')}${String(1 + rng.int(19)).padStart(2, '0')}${String(1 + rng.int(998)).padStart(3, '0')}${String(1 + rng.int(998)).padStart(3, '0')}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  return rng.int(2)
    ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`
    : body + key;
}

function iban(rng) {
  const bban = digits(rng, 21) + String(rng.int(97)).padStart(2, '0');
  const num = (bban + 'FR00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - Number(BigInt(num) % 97n)).padStart(2, '0');
  const compact = `FR${check}${bban}`;
  return rng.int(3) ? compact.replace(/(.{4})/g, '$1 ').trim() : compact;
}

function luhnComplete(prefix) {
  for (let d = 0; d < 10; d++) {
    const s = prefix + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  return prefix + '0';
}

function card(rng) {
  const prefix = rng.pick(['4970', '4974', '5132', '5412', '4539']);
  const n = luhnComplete(prefix + digits(rng, 11));
  return n.replace(/(.{4})/g, '$1 ').trim();
}

function phone(rng) {
  const d = `0${rng.pick(['6', '7'])}${digits(rng, 8)}`;
  const pairs = d.match(/../g);
  switch (rng.int(4)) {
    case 0: return pairs.join(' ');
    case 1: return pairs.join('.');
    case 2: return `+33 ${d[1]} ${pairs.slice(1).join(' ')}`;
    default: return d;
  }
}

const fill = (template, rng) => template.replace(/\{(\w+)\}/g, (_m, slot) => {
  switch (slot) {
    case 'nir': return nir(rng);
    case 'iban': return iban(rng);
    case 'carte': return card(rng);
    case 'tel': return phone(rng);
    case 'email': return `${rng.pick(T.slots.prenom)}.${rng.pick(T.slots.nom)}${rng.int(100)}@${rng.pick(T.slots.domaine)}`;
    case 'date': return `${String(1 + rng.int(28)).padStart(2, '0')}/${String(1 + rng.int(12)).padStart(2, '0')}/19${60 + rng.int(40)}`;
    case 'idft': return `${digits(rng, 7)}${String.fromCharCode(65 + rng.int(26))}`;
    default: return rng.pick(T.slots[slot] ?? [slot]);
  }
});

/** One sentence: 70 % neutral, 25 % sensitive, 5 % identifier. */
export function sentence(rng) {
  const r = rng.next();
  const list = r < 0.7 ? T.neutral : r < 0.95 ? T.sensitive : T.identifiers;
  return fill(rng.pick(list), rng);
}

/**
 * A report of `size` characters (cut at a sentence end, then padded or trimmed to exactly `size`):
 * a title, dated header, sections with headings and paragraphs of 2–5 sentences.
 */
export function makeReport(size, rng) {
  let out = `COMPTE RENDU D'ENTRETIEN\nDate : ${fill('{jour}', rng)}/0${1 + rng.int(9)}/2025 – Modalité : présentiel, agence de ${fill('{ville}', rng)}\n`;
  while (out.length < size) {
    out += `\n${rng.pick(T.headings)}\n\n`;
    const paragraphs = 1 + rng.int(3);
    for (let p = 0; p < paragraphs && out.length < size; p++) {
      const n = 2 + rng.int(4);
      const parts = [];
      for (let k = 0; k < n; k++) parts.push(sentence(rng));
      out += parts.join(' ') + '\n\n';
    }
  }
  if (out.length > size) {
    // cut at the last sentence end before `size`, so the report stays well formed
    const cut = Math.max(out.lastIndexOf('. ', size), out.lastIndexOf('.\n', size));
    out = cut > size / 2 ? out.slice(0, cut + 1) : out.slice(0, size);
  }
  while (out.length < size) out += ' ';
  return out;
}
