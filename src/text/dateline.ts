/**
 * Datelines and bylines at the head of an article.
 *
 * Handles: "BANDAR LAMPUNG, Nenemonews (Lampung) –", "PAGARALAM, KORANPALPRES.COM -",
 * "Jakarta, CNN Indonesia --", "LUWU UTARA -", "Mataram, NTB (ANTARA News) -",
 * "Bandar Lampung, KPU Provinsi ..." (place only, no publisher), "Merdeka.com -" (publisher only),
 * and a byline time line "Feb 14, 2023 - 11:13" within the first lines.
 * Not here: the meaning of the byline time (ingest/published.ts normalizes it).
 */
export interface Dateline {
  place: string | null;
  publisher: string | null;
  /** offsets of the whole dateline in the text */
  start: number;
  end: number;
}

// PLACE[, PUBLISHER[ (REGION)]] DASH — the place in capitals or title case, at most 4 words.
const DATELINE = /^(?<place>\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,3})(?:,[ \t]*(?<region>\p{Lu}[\p{L}]*))?(?:,[ \t]*(?<publisher>[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,2})(?:[ \t]*\((?<sub>[^)\n]{1,40})\))?)?[ \t]*(?:--|[-–—])[ \t]*/u;
// publisher only: "Merdeka.com - ", "Liputan6.com, Jakarta"
const PUBLISHER_ONLY = /^(?<publisher>[\p{L}\p{N}]+\.(?:com|co\.id|id|net))(?:[ \t]*,[ \t]*(?<place>\p{Lu}\p{L}+))?[ \t]*(?:--|[-–—])?[ \t]*/u;
// "Bandar Lampung, Ketua KPU ..." — a known-looking place followed by a comma, in title case
const PLACE_COMMA = /^(?<place>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}),[ \t]+/u;

/** Find the dateline at `offset` (the start of the first body line). */
export function parseDateline(text: string, offset: number, placeNames?: (s: string) => boolean): Dateline | null {
  const head = text.slice(offset, offset + 160);
  let m = DATELINE.exec(head);
  if (m) {
    const g = m.groups!;
    const placeIsUpper = g.place === g.place.toUpperCase();
    // a title-case place must be followed by a publisher or be a known place: "Jakarta, CNN Indonesia --"
    if (placeIsUpper || g.publisher || (placeNames && placeNames(g.place))) {
      return {
        place: g.place.trim(),
        publisher: g.publisher ? g.publisher.trim() : null,
        start: offset,
        end: offset + m[0].length,
      };
    }
  }
  m = PUBLISHER_ONLY.exec(head);
  if (m) {
    return { place: m.groups!.place ?? null, publisher: m.groups!.publisher, start: offset, end: offset + m[0].length };
  }
  m = PLACE_COMMA.exec(head);
  if (m && placeNames && placeNames(m.groups!.place)) {
    return { place: m.groups!.place, publisher: null, start: offset, end: offset + m[0].length };
  }
  return null;
}

const BYLINE_TIME = /^(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2},?)\s+\d{4}(?:\s*[-–|,]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?\s*$/;

/** A line of the first few that is only a date/time byline ("Feb 14, 2023 - 11:13"). */
export function findBylineTime(text: string, maxLines = 8): { start: number; end: number; text: string } | null {
  let start = 0;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line && BYLINE_TIME.test(line)) {
      const s = start + text.slice(start, end).indexOf(line);
      return { start: s, end: s + line.length, text: line };
    }
    start = end + 1;
  }
  return null;
}
