/**
 * Opening inputs: files, gzip (transparently, by the ".gz" suffix or the gzip signature), stdin;
 * whole small files with a size limit, and byte lines of big archives without holding them.
 *
 * Handles: "archive.jsonl.gz", "page.html.gz", "-" (stdin), CRLF line ends, a last line without
 * a newline, lines longer than the limit (reported, skipped, reading goes on).
 * Not here: decoding bytes (decode.ts).
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** Format of a path by extension, ".gz" looked through; null when unknown. */
export function formatOf(path: string): 'txt' | 'html' | 'jsonl' | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(?:txt|text)$/.test(p)) return 'txt';
  if (/\.(?:html?|xhtml)$/.test(p)) return 'html';
  if (/\.(?:jsonl|ndjson|jsonlines)$/.test(p)) return 'jsonl';
  return null;
}

/** A byte stream of the file, gunzipped when its name ends in ".gz". */
export function openBytes(path: string): Readable {
  const file = createReadStream(path);
  if (!/\.gz$/i.test(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

export class TooLargeError extends Error {}

/** The whole content of a stream, failing with TooLargeError beyond `maxBytes`. */
export async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new TooLargeError(`larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

/** One line of an archive as bytes, without its line end; `tooLong` when it was cut at the limit. */
export interface ByteLine {
  bytes: Buffer;
  line: number;
  tooLong: boolean;
}

/**
 * Lines of a byte stream, one at a time (readline decodes too early to tell invalid UTF-8 from
 * U+FFFD, so lines are split on 0x0A bytes and decoded by the caller). Memory stays bounded by
 * the longest line, itself bounded by `maxLineBytes`.
 */
export async function* byteLines(stream: Readable, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let line = 0;
  const finish = (): ByteLine => {
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { bytes, line: ++line, tooLong };
    parts = [];
    partBytes = 0;
    tooLong = false;
    return out;
  };
  const add = (b: Buffer) => {
    if (tooLong) return;
    if (partBytes + b.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(b);
    partBytes += b.length;
  };
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      add(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) add(Buffer.from(buf.subarray(from)));
  }
  if (partBytes > 0 || tooLong) yield finish();
}
