/**
 * A file written through a temporary name and renamed into place on commit: an interrupted run
 * never leaves a half-written file that looks complete. Writes are buffered and synchronous,
 * which keeps output order exactly the order of the calls.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export class AtomicFile {
  readonly tmpPath: string;
  private fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(readonly path: string, options: { append?: boolean; tmpPath?: string } = {}) {
    this.tmpPath = options.tmpPath ?? `${path}.partial`;
    this.fd = openSync(this.tmpPath, options.append ? 'a' : 'w');
  }

  write(s: string): void {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    this.buffer = [];
    this.size = 0;
    let off = 0;
    while (off < chunk.length) off += writeSync(this.fd, chunk, off);
    this.bytes += chunk.length;
  }

  /** Flush to disk (fsync) without renaming: a checkpoint for resumable runs. */
  sync(): void {
    this.flush();
    fsyncSync(this.fd);
  }

  /** Flush, close, and rename the temporary file to its final name. */
  commit(): void {
    this.sync();
    closeSync(this.fd);
    renameSync(this.tmpPath, this.path);
  }

  /** Close and delete the temporary file. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.tmpPath, { force: true });
  }
}
