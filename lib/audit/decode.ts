/**
 * UTF-8 decoding of byte chunks (Node stream chunks, `Blob.stream()` chunks), strict: invalid
 * bytes or NUL bytes stop the import with a French message, but the text decoded before the bad
 * bytes is handed back first so the rows it completes are kept (issue #5 §2).
 *
 * @example
 *   const d = createUtf8Decoder();
 *   d.decode(new Uint8Array([0x63, 0xc3])); // → 'c' (the half of « é » waits for the next chunk)
 *   d.decode(new Uint8Array([0xa9]));       // → 'é'
 */

export class DecodeError extends Error {
  /** text decoded from the chunk before the bad bytes */
  constructor(message: string, readonly validPrefix: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Utf8Decoder {
  /** Decode a chunk; an incomplete sequence at its end waits for the next chunk. */
  decode(bytes: Uint8Array): string;
  /** End of input: a dangling incomplete sequence is an error. */
  end(): string;
}

const NOT_UTF8 = 'octets non UTF-8 (enregistrez le fichier en UTF-8)';

export function createUtf8Decoder(): Utf8Decoder {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let carry: Uint8Array | null = null;

  function run(bytes: Uint8Array): string {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new DecodeError('contenu binaire (octet nul), pas un texte', safePrefix(bytes.subarray(0, nul)));
    }
    try {
      return strict.decode(bytes);
    } catch {
      throw new DecodeError(NOT_UTF8, safePrefix(bytes));
    }
  }

  function safePrefix(bytes: Uint8Array): string {
    const s = lenient.decode(bytes);
    const bad = s.indexOf('\uFFFD');
    return bad < 0 ? s : s.slice(0, bad);
  }

  return {
    decode(chunk: Uint8Array): string {
      let bytes = chunk;
      if (carry) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
        carry = null;
      }
      const cut = completeLength(bytes);
      if (cut < bytes.length) carry = bytes.slice(cut);
      return run(cut < bytes.length ? bytes.subarray(0, cut) : bytes);
    },
    end(): string {
      if (!carry) return '';
      const rest = carry;
      carry = null;
      return run(rest);
    },
  };
}

/** Length of the prefix of `b` that ends on a complete UTF-8 sequence (looks back 3 bytes at most). */
function completeLength(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
