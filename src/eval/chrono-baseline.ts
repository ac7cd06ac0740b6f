/**
 * Raw chrono-node Indonesian (`chrono.id`) as a yardstick: its dates as ISO values, the way the
 * gold writes them. Used by `pilah eval --baseline chrono` and `npm run bench`.
 * Trap: an invalid reference date makes chrono run for minutes; it is validated first.
 */
import * as chrono from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(c: chrono.ParsedComponents): string {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (!c.isCertain('day') && c.isCertain('month')) return `${y}-${pad(m ?? 1)}`;
  const date = `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
  if (c.isCertain('hour')) return `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  return date;
}

/** A valid reference Date for chrono, or undefined (then chrono uses "now"). */
export function referenceDate(published: string | null): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return undefined;
  const d = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function chronoDates(text: string, published: string | null): string[] {
  const ref = referenceDate(published);
  const results = chrono.id.parse(text, ref ?? new Date('2024-01-01T12:00:00Z'));
  return results.map((r) => (r.end ? `${iso(r.start).slice(0, 10)}/${iso(r.end).slice(0, 10)}` : iso(r.start)));
}
