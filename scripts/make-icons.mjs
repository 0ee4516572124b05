#!/usr/bin/env node
// Writes the extension icons public/icon/{16,32,48,128}.png: a blue rounded square holding a white
// frame ("cadre"). No image tool is needed: PNG is written by hand (RGBA, zlib from node).
// Usage: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x4e, 0x79, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

function icon(size) {
  const r = size * 0.2; // corner radius
  const inset = Math.max(3, Math.round(size * 0.24));
  const stroke = Math.max(1, Math.round(size * 0.09));
  return encodePng(size, (x, y) => {
    const cx = x + 0.5, cy = y + 0.5;
    const dx = Math.max(r - cx, 0, cx - (size - r)), dy = Math.max(r - cy, 0, cy - (size - r));
    if (dx * dx + dy * dy > r * r) return CLEAR;
    const inOuter = x >= inset && x < size - inset && y >= inset && y < size - inset;
    const inInner = x >= inset + stroke && x < size - inset - stroke && y >= inset + stroke && y < size - inset - stroke;
    return inOuter && !inInner ? WHITE : BLUE;
  });
}

const dir = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `${size}.png`), icon(size));
console.log(`Icônes écrites dans ${dir}`);
