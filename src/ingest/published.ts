/**
 * Publication times in any common form, normalized to ISO 8601 (local time as written; the zone
 * name is not converted; an explicit offset is kept).
 *
 * Handles: "2023-02-14", "2015-11-05T14:56:43+07:00", "2016-02-16T13:01:52+0700",
 * "2015-06-19T03:40:00+07:00Z" (offset and Z: the offset wins), "2016-02-23 T16:00:20Z",
 * "2016-02-16 09:20:00", "2023/02/14", "Rabu, 18 Jun 2025 17:38 WIB", "Feb 14, 2023 - 11:13",
 * "Diperbarui 12 Jun 2025, 11:00 WIB", "4 Juni 2025 | 10.00 WIB",
 * "Kompas.com- 20/06/2025, 17:59 WIB", "10 Jun 2025 15:29", "Jum'at, 19 Juni 2015 - 11:58 wib",
 * "Selasa, 23/02/2016 15:32 WIB", "17:59 WIB, 20 Juni 2025", Unix seconds or milliseconds.
 * Not here: dates inside article prose (extract/date), a day without a year ("Jumat, 19/08").
 */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2, febr: 2,
  mar: 3, maret: 3, march: 3, mrt: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8, agust: 8, agus: 8,
  sep: 9, sept: 9, september: 9, sepember: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nopember: 11, november: 11, nop: 11,
  des: 12, desember: 12, dec: 12, december: 12,
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

// ISO-like, tolerant: "2016-02-23 T16:00:20Z", "2016-02-16T13:01:52+0700", "2015-06-19T03:40:00+07:00Z"
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:\s*T?\s*(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T,]+(\d{1,2})[:.](\d{2}))?/;
const TIME = /(?<![\d/.:-])(\d{1,2})[:.](\d{2})(?![\d/]|[.:]\d{2}[/.-])/;
const DAY_MONTH_YEAR = /(\d{1,2})\s*[-\s]\s*([A-Za-z]{3,9})\.?[-\s,]\s*(\d{4})/;
const MONTH_DAY_YEAR = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const EPOCH = /^(\d{10})(\d{3})?$/;

function isoOffset(z: string | undefined): string {
  if (!z) return '';
  if (z.toUpperCase() === 'Z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Normalize a publication time string; null when it names no valid day. */
export function normalizePublished(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).trim();
  if (!s) return null;
  let m = EPOCH.exec(s);
  if (m) {
    const ms = m[2] ? Number(s) : Number(m[1]) * 1000;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    if (y < 1990 || y > 2100) return null;
    return `${d.toISOString().slice(0, 19)}Z`;
  }
  // detik's "2021-09-30T12-00-35Z": dashes in the clock
  // (the form has its "T" at offset 10: most strings skip the replace)
  const dashed = s.charCodeAt(10) === 0x54 ? s.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})(?:-(\d{2}))?/, (_, a: string, b: string, c?: string) => `${a}:${b}${c ? `:${c}` : ''}`) : s;
  m = ISO.exec(dashed);
  if (m) {
    if (!valid(+m[1], +m[2], +m[3])) return null;
    if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
    if (+m[4] > 23 || +m[5] > 59) return `${m[1]}-${m[2]}-${m[3]}`;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${isoOffset(m[7])}`;
  }
  m = YMD_SLASH.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5]);
  let y = 0;
  let mo = 0;
  let d = 0;
  let at = 0;
  let len = 0;
  if ((m = DAY_MONTH_YEAR.exec(s)) && MONTHS[m[2].toLowerCase()]) {
    [d, mo, y] = [+m[1], MONTHS[m[2].toLowerCase()], +m[3]];
  } else if ((m = MONTH_DAY_YEAR.exec(s)) && MONTHS[m[1].toLowerCase()]) {
    [mo, d, y] = [MONTHS[m[1].toLowerCase()], +m[2], +m[3]];
  } else if ((m = NUMERIC.exec(s))) {
    [d, mo, y] = [+m[1], +m[2], +m[3]];
  } else {
    return null;
  }
  at = m.index;
  len = m[0].length;
  // the time after the date ("18 Jun 2025 17:38"), else before it ("17:59 WIB, 20 Juni 2025")
  const t = TIME.exec(s.slice(at + len)) ?? TIME.exec(s.slice(0, at));
  return build(y, mo, d, t?.[1], t?.[2]);
}
