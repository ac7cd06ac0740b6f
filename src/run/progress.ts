/**
 * A progress line on stderr (count, rate, ETA), only when stderr is a TTY.
 */
export class Progress {
  private started = Date.now();
  private last = 0;
  count = 0;

  constructor(private stream: NodeJS.WriteStream, private enabled: boolean, private totalBytes: number | null) {}

  /** One item done. */
  tick(doneBytes: number): void {
    this.advance(1, doneBytes);
  }

  /** `n` items done (a batch), `doneBytes` of the input so far. */
  advance(n: number, doneBytes: number): void {
    this.count += n;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = this.count / Math.max(secs, 0.001);
    let eta = '';
    if (this.totalBytes && doneBytes > 0 && doneBytes <= this.totalBytes) {
      const left = (secs * (this.totalBytes - doneBytes)) / doneBytes;
      eta = `, ETA ${formatSeconds(left)}`;
    }
    this.stream.write(`\r\x1b[2K${this.count} articles, ${rate.toFixed(0)}/s${eta}`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}
