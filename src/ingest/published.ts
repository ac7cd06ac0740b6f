/**
 * Publication times in any common form, normalized to ISO 8601 (local time as written; the zone
 * name is not converted).
 *
 * Handles: "2023-02-14", "2015-11-05T14:56:43+07:00", "Rabu, 18 Jun 2025 17:38 WIB",
 * "Feb 14, 2023 - 11:13", "Diperbarui 12 Jun 2025, 11:00 WIB", "4 Juni 2025 | 10.00 WIB",
 * "Kompas.com- 20/06/2025, 17:59 WIB", "10 Jun 2025 15:29".
 * Not here: dates inside article prose (extract/date).
 */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8, agust: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nopember: 11, november: 11, nop: 11,
  des: 12, desember: 12, dec: 12, december: 12, des_: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y: number, m: number, d: number, hh?: string, mm?: string): string | null {
  if (!valid(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh !== undefined && mm !== undefined) {
    const h = Number(hh);
    const mi = Number(mm);
    if (h > 23 || mi > 59) return date;
    return `${date}T${pad(h)}:${pad(mi)}`;
  }
  return date;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;
const TIME = /(\d{1,2})[:.](\d{2})(?![\d])/;
const DAY_MONTH_YEAR = /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/;
const MONTH_DAY_YEAR = /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/;
const NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

/** Normalize a publication time string; null when it names no valid day. */
export function normalizePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) {
    if (!valid(+m[1], +m[2], +m[3])) return null;
    if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ? m[7] : ''}`;
  }
  let y = 0;
  let mo = 0;
  let d = 0;
  let rest = s;
  if ((m = DAY_MONTH_YEAR.exec(s)) && MONTHS[m[2].toLowerCase()]) {
    [d, mo, y] = [+m[1], MONTHS[m[2].toLowerCase()], +m[3]];
    rest = s.slice(m.index + m[0].length);
  } else if ((m = MONTH_DAY_YEAR.exec(s)) && MONTHS[m[1].toLowerCase()]) {
    [mo, d, y] = [MONTHS[m[1].toLowerCase()], +m[2], +m[3]];
    rest = s.slice(m.index + m[0].length);
  } else if ((m = NUMERIC.exec(s))) {
    [d, mo, y] = [+m[1], +m[2], +m[3]];
    rest = s.slice(m.index + m[0].length);
  } else {
    return null;
  }
  const t = TIME.exec(rest);
  return build(y, mo, d, t?.[1], t?.[2]);
}
