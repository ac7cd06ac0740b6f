/**
 * A file written through a temporary name and renamed into place on commit: an interrupted run
 * never leaves a half-written file that looks complete. Writes are buffered and synchronous,
 * which keeps output order exactly the order of the calls.
 *
 * For resumable runs the temporary file can be reopened at a checkpoint: `resumeAt` truncates it
 * to the byte length recorded there and appends after it.
 */
import { closeSync, fdatasync, fdatasyncSync, ftruncateSync, fstatSync, openSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export interface AtomicFileOptions {
  /** temporary name (default `<path>.partial`) */
  tmpPath?: string;
  /** reopen an existing temporary file, truncated to this many bytes (a checkpoint) */
  resumeAt?: number;
}

export class AtomicFile {
  readonly tmpPath: string;
  private fd: number;
  private buffer: Array<string | Uint8Array> = [];
  private pendingBytes = 0;
  /** bytes in the temporary file once flushed, the bytes before a resume point included */
  bytes = 0;

  constructor(readonly path: string, options: AtomicFileOptions = {}) {
    this.tmpPath = options.tmpPath ?? `${path}.partial`;
    if (options.resumeAt === undefined) {
      this.fd = openSync(this.tmpPath, 'w');
      return;
    }
    this.fd = openSync(this.tmpPath, 'r+');
    const have = fstatSync(this.fd).size;
    if (have < options.resumeAt) {
      closeSync(this.fd);
      throw new Error(`${this.tmpPath}: ${have} bytes on disk, the checkpoint needs ${options.resumeAt}`);
    }
    // a crash may leave bytes written after the last checkpoint: they are dropped here and
    // written again by the resumed run
    ftruncateSync(this.fd, options.resumeAt);
    this.bytes = options.resumeAt;
  }

  /** bytes written so far, buffered ones included: the offset the next write starts at */
  get length(): number {
    return this.bytes + this.pendingBytes;
  }

  write(s: string | Uint8Array): void {
    if (s.length === 0) return;
    this.buffer.push(s);
    const n = typeof s === 'string' ? Buffer.byteLength(s) : s.byteLength;
    this.pendingBytes += n;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const parts = this.buffer.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
    const total = this.pendingBytes;
    this.buffer = [];
    this.pendingBytes = 0;
    // one gathered write per flush, without copying the parts into one buffer first; a partial
    // write (too many parts for one call) goes on with the rest joined
    const off = parts.length === 1 ? 0 : writevSync(this.fd, parts, this.bytes);
    if (off < total) {
      const rest = parts.length === 1 ? parts[0] : Buffer.concat(parts).subarray(off);
      for (let at = 0; at < rest.byteLength; ) at += writeSync(this.fd, rest, at, rest.byteLength - at, this.bytes + off + at);
    }
    this.bytes += total;
  }

  /** Flush to disk (fdatasync) without renaming: a checkpoint for resumable runs. */
  sync(): void {
    this.flush();
    fdatasyncSync(this.fd);
  }

  /**
   * Flush, then fdatasync on libuv's thread pool: the caller goes on writing meanwhile (bytes
   * written later may or may not be on disk when the promise settles; those before are).
   */
  syncInBackground(): Promise<void> {
    this.flush();
    const fd = this.fd;
    return new Promise((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())));
  }

  /** Flush and close the temporary file, leaving it under its temporary name. */
  close(): void {
    this.sync();
    closeSync(this.fd);
    this.fd = -1;
  }

  /** Flush, close, and rename the temporary file to its final name. */
  commit(): void {
    if (this.fd >= 0) this.close();
    renameSync(this.tmpPath, this.path);
  }

  /** Close and delete the temporary file. */
  discard(): void {
    try {
      if (this.fd >= 0) closeSync(this.fd);
    } catch {
      /* already closed */
    }
    this.fd = -1;
    rmSync(this.tmpPath, { force: true });
  }
}
