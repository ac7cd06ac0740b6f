/**
 * The checkpoint journal of a dataset run: `<out>/.pilah-journal.jsonl`, one JSON object a line,
 * appended and fdatasync'd after the dataset files themselves were flushed.
 *
 *   {"journal":"pilah-run","version":…,"build":…,"options":{…}}  the run (first line)
 *   {"checkpoint":{"items":N,"digest":…,"sizes":{…},"counts":{…}}}  N input items are written
 *   {"commit":{"manifest":{…}}}                                   every file is complete
 *
 * `items` counts input items (articles and unreadable inputs) in input order; `digest` is the
 * sha256 over their keys (id and text sha256), so a resumed run can check that it reads the same
 * inputs; `sizes` are the byte lengths of the `.partial` files holding exactly those items. A
 * crash can tear only the last line, which is then ignored. The journal is deleted once the
 * dataset is committed.
 */
import { closeSync, fdatasync, fdatasyncSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Counts } from './counts.js';

export const JOURNAL_FILE = '.pilah-journal.jsonl';
export const LOCK_FILE = '.pilah-lock';

/** Two runs writing one directory would interleave their files. */
export class LockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take `<dir>/.pilah-lock` (holding the pid) for this run; a lock left by a process that is no
 * longer alive (a killed run) is taken over.
 */
export function acquireLock(dir: string): void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new LockedError(`another pilah run (pid ${pid}) is writing ${dir}; wait for it, or remove ${path} if that process is not pilah`);
    }
    rmSync(path, { force: true });
  }
  throw new LockedError(`cannot take the lock ${path}`);
}

export function releaseLock(dir: string): void {
  rmSync(join(dir, LOCK_FILE), { force: true });
}

/** Options that change the bytes of the dataset: a resumed run must use the same ones. */
export interface RunOptionsKey {
  formats: string[];
  excel: boolean;
  text: boolean;
}

export interface JournalHeader {
  journal: 'pilah-run';
  version: string;
  /** src/run/fingerprint.ts: the code and lexicons that made the dataset */
  build: string;
  options: RunOptionsKey;
  started: string;
}

export interface Checkpoint {
  items: number;
  digest: string;
  /** the key of the last of those items, for messages */
  last: string;
  sizes: Record<string, number>;
  counts: Counts;
}

export interface JournalState {
  header: JournalHeader;
  /** the last complete checkpoint */
  checkpoint: Checkpoint;
  /** set when the run had finished writing and was renaming its files into place */
  commit: { manifest: Record<string, unknown> } | null;
}

/** The journal of an interrupted run in `dir`, or null (none, or unreadable from its first line). */
export function readJournal(dir: string): JournalState | null {
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL_FILE), 'utf8');
  } catch {
    return null;
  }
  let header: JournalHeader | null = null;
  let checkpoint: Checkpoint | null = null;
  let commit: JournalState['commit'] = null;
  for (const line of text.split('\n')) {
    if (!line) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch {
      break; // a torn last line
    }
    if (header === null) {
      if (o.journal !== 'pilah-run') return null;
      header = o as unknown as JournalHeader;
    } else if (o.checkpoint) checkpoint = o.checkpoint as Checkpoint;
    else if (o.commit) commit = o.commit as JournalState['commit'];
  }
  if (!header || !checkpoint) return null;
  return { header, checkpoint, commit };
}

export function removeJournal(dir: string): void {
  rmSync(join(dir, JOURNAL_FILE), { force: true });
}

export class Journal {
  private fd: number;

  private constructor(readonly dir: string, flags: 'w' | 'a') {
    this.fd = openSync(join(dir, JOURNAL_FILE), flags);
  }

  /** A new journal (replacing any other) starting with the run header and its first checkpoint. */
  static create(dir: string, header: JournalHeader, first: Checkpoint): Journal {
    const j = new Journal(dir, 'w');
    j.append({ ...header });
    j.checkpoint(first);
    return j;
  }

  /** The journal of an interrupted run, to go on appending checkpoints. */
  static reopen(dir: string): Journal {
    return new Journal(dir, 'a');
  }

  private write(value: unknown): void {
    const line = Buffer.from(`${JSON.stringify(value)}\n`);
    let off = 0;
    while (off < line.length) off += writeSync(this.fd, line, off);
  }

  private append(value: unknown): void {
    this.write(value);
    fdatasyncSync(this.fd);
  }

  /** Record a checkpoint: the dataset files must already be on disk up to these sizes. */
  checkpoint(c: Checkpoint): void {
    this.append({ checkpoint: c });
  }

  /** `checkpoint()` with the fdatasync on libuv's thread pool. */
  checkpointInBackground(c: Checkpoint): Promise<void> {
    this.write({ checkpoint: c });
    const fd = this.fd;
    return new Promise((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())));
  }

  /** Every file is complete and flushed; what follows are renames (see finishDataset). */
  commit(manifest: Record<string, unknown>): void {
    this.append({ commit: { manifest } });
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  remove(): void {
    this.close();
    removeJournal(this.dir);
  }
}
