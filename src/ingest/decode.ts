/**
 * Bytes to text for every reader: byte-order marks, binary sniffing, strict UTF-8, and the HTML
 * charset trap.
 *
 * Handles: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, binary files (NUL bytes, control
 * characters, PDF/PNG/JPEG/ZIP/GZIP signatures), invalid UTF-8 (reported with its byte offset),
 * HTML that declares iso-8859-1 but is valid UTF-8 (kapanlagi.com: decoding as declared gives
 * "Â©"), and HTML in a real legacy charset (windows-1252) that says so.
 * Not here: gzip (source.ts), line splitting (jsonl.ts).
 */

import { isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; code: string; reason: string };

const SIGNATURES: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['GZIP', [0x1f, 0x8b]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

/** A reason when `buf` is not text (a known binary signature, NUL bytes or many control bytes), else null. */
export function binaryReason(buf: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (buf.length >= sig.length && sig.every((b, i) => buf[i] === b)) return `binary content (${name} signature)`;
  }
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return `binary content (NUL byte at offset ${i})`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (n > 0 && control / n > 0.1) return `binary content (${control} control bytes in the first ${n})`;
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when `buf` is valid UTF-8. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  // the native check first: almost every input is valid, and then there is no offset to find
  if (isUtf8(buf)) return -1;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Decode `buf` as text. `declared` is a charset an HTML page declares: it is used only when
 * the bytes are not valid UTF-8 (a page that declares iso-8859-1 but is valid UTF-8 is UTF-8).
 */
export function decodeText(buf: Uint8Array, declared: string | null = null): Decoded {
  // byte-order marks first: UTF-16 text is full of NUL bytes
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  let body = buf;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) body = buf.subarray(3);
  const binary = binaryReason(body);
  if (binary) return { ok: false, code: 'input/binary', reason: binary };
  const bad = invalidUtf8Offset(body);
  if (bad < 0) return { ok: true, text: utf8.decode(body), encoding: 'utf-8' };
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { ok: true, text: new TextDecoder(declared.toLowerCase()).decode(body), encoding: declared.toLowerCase() };
    } catch {
      // an unknown label: fall through to the UTF-8 error
    }
  }
  return { ok: false, code: 'input/invalid-utf8', reason: `invalid UTF-8 at byte ${bad}` };
}
