/**
 * Datelines and bylines at the head of an article.
 *
 * Handles: "BANDAR LAMPUNG, Nenemonews (Lampung) –", "PAGARALAM, KORANPALPRES.COM -",
 * "Jakarta, CNN Indonesia --", "LUWU UTARA -", "Mataram, NTB (ANTARA News) -",
 * "Jakarta (ANTARA News) -", "LOS ANGELES, KOMPAS.com -", "REPUBLIKA.CO.ID, MANCHESTER—",
 * "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta London …" (no dash), "Merdeka.com -",
 * "Rimanews -", the detik.com scrape "Jakarta\n-\nKetua …", "Bandar Lampung, Ketua KPU …" (a
 * known place and a comma: place only), and a byline time line "Feb 14, 2023 - 11:13",
 * "Rabu, 18 Jun 2025 17:38 WIB", "Laban Laisila : 19 Jun 2015 | 13:06" within the first lines.
 * Not here: the meaning of the byline time (ingest/published.ts normalizes it).
 */
import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon/load.js';
import { isBoilerplateLine } from './sentences.js';

export interface Dateline {
  place: string | null;
  publisher: string | null;
  /** offsets of the whole dateline in the text */
  start: number;
  end: number;
}

// a dash between dateline and lead, possibly on its own scraped line: " - ", " -- ", "—", "\n-\n"
// (a single hyphen needs a space on one side: "Baru-baru ini" is no dateline)
const DASH = String.raw`(?:[ \t]*\n?[ \t]*(?:--|[–—]{1,2})|[ \t]*\n[ \t]*-|[ \t]+-|-(?=[ \t\n]))[ \t]*\n?[ \t]*`;
// a place word: "LUWU", "Bandar", "BANJARMASIH", "Pagar-Alam", "Jum'at" is not one (no digits)
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PLACE = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
// a publisher: a domain "KOMPAS.com", "IHRAM.CO.ID", or up to three capitalized words "CNN Indonesia"
const TLD = ['com', 'co', 'id', 'net', 'org', 'news', 'tv', 'info', 'online']
  .flatMap((t) => [t, t.toUpperCase(), t[0].toUpperCase() + t.slice(1)])
  .join('|');
const DOMAIN = String.raw`[\p{L}\p{N}][\p{L}\p{N}\-]*(?:\.(?:${TLD}))+`;
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.&\-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&\-]*){0,2}`;

// PLACE[, REGION][, PUBLISHER][ (PUBLISHER|REGION)] DASH
const PLACE_FIRST = new RegExp(
  String.raw`^(?<place>${PLACE})(?:,[ \t]*(?<region>\p{Lu}{2,5})(?=[ \t]*\())?(?:,[ \t]*(?<publisher>${DOMAIN}|${NAME}))?(?:[ \t]*\((?<paren>[^()\n]{1,40})\))?(?<dash>${DASH})`,
  'u',
);
// PUBLISHER, PLACE DASH — "REPUBLIKA.CO.ID, JAKARTA --", "TEMPO.CO, Jakarta -"; the dash is optional ("Liputan6.com, Jakarta London")
const PUBLISHER_FIRST = new RegExp(String.raw`^(?<publisher>${DOMAIN}),[ \t]*(?<place>${PLACE})(?<dash>${DASH})?`, 'u');
// PUBLISHER DASH — "Merdeka.com - ", "Rimanews - ", "VIVA.co.id -"
const PUBLISHER_ONLY = new RegExp(String.raw`^(?<publisher>${DOMAIN}|\p{Lu}[\p{L}\p{N}]{2,}(?:news|com|online|pos|post|net)?)(?<dash>${DASH})`, 'u');
// "Bandar Lampung, Ketua KPU ..." — a known place in title case followed by a comma
const PLACE_COMMA = /^(?<place>\p{Lu}[\p{Ll}'’]+(?:[ \t]+\p{Lu}[\p{Ll}'’]+){0,2}),[ \t]+/u;

const DASH_CHAR = /[-–—]/;

const isUpperCase = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
const looksDomain = new RegExp(`^${DOMAIN}$`, 'u');

let defaultPlaces: Set<string> | null = null;
/**
 * Known place names (lower case) for datelines without a publisher: the region gazetteer's
 * names ("bandar lampung", "luwu utara") and a few capitals. Read lazily, once.
 */
export function isKnownPlace(name: string): boolean {
  if (!defaultPlaces) {
    defaultPlaces = new Set(['jakarta', 'jakarta pusat', 'jakarta selatan', 'jakarta barat', 'jakarta timur', 'jakarta utara']);
    try {
      const data = JSON.parse(readFileSync(lexiconPath('region-gazetteer.json'), 'utf8')) as { entries?: Array<{ name?: unknown; aliases?: unknown }> };
      for (const e of data.entries ?? []) {
        if (typeof e.name === 'string') defaultPlaces.add(e.name.toLowerCase());
        if (Array.isArray(e.aliases)) {
          for (const a of e.aliases) if (typeof a === 'string' && !/^(?:kab|kota|prov)/i.test(a)) defaultPlaces.add(a.toLowerCase());
        }
      }
    } catch {
      // the gazetteer is optional here: without it only upper-case and publisher datelines are found
    }
  }
  return defaultPlaces.has(name.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:kabupaten|kota|provinsi)\s+/, ''));
}

/**
 * The dateline at `offset` (the start of a body line), or null.
 * `placeNames` decides whether a title-case word is a place ("Bandar Lampung, Ketua KPU ...");
 * `lead` (the line is the first of the body) also admits a title-case place before a dash ("Badung -").
 */
export function parseDateline(text: string, offset: number, placeNames: (s: string) => boolean = isKnownPlace, lead = false): Dateline | null {
  const head = text.slice(offset, offset + 200);
  // necessary conditions, checked before the regexes: PLACE_FIRST and PUBLISHER_ONLY end in a
  // DASH (every form of it holds "-", "–" or "—"); PUBLISHER_FIRST and PLACE_COMMA hold a ","
  const dash = DASH_CHAR.test(head);
  const comma = head.includes(',');
  let m = comma ? PUBLISHER_FIRST.exec(head) : null;
  if (m) {
    const g = m.groups!;
    let place = g.place;
    // without a dash the place runs into the lead: "Liputan6.com, Jakarta London Love Story"
    if (!g.dash) place = place.split(/[ \t]+/)[0];
    const end = g.dash ? m[0].length : m[0].indexOf(place) + place.length;
    return { place: place.replace(/[.]$/, ''), publisher: g.publisher, start: offset, end: offset + end };
  }
  m = dash ? PLACE_FIRST.exec(head) : null;
  if (m) {
    const g = m.groups!;
    let publisher = g.publisher ?? null;
    // "(ANTARA News)" is a publisher, "(Lampung)" after a publisher is its edition
    if (g.paren && !publisher) publisher = g.paren;
    const domainPlace = looksDomain.test(g.place);
    if (domainPlace && !publisher) {
      return { place: null, publisher: g.place, start: offset, end: offset + m[0].length };
    }
    if (isUpperCase(g.place) || publisher || placeNames(g.place)) {
      return { place: g.place.trim(), publisher: publisher ? publisher.trim() : null, start: offset, end: offset + m[0].length };
    }
    // the lead line "Rimanews - Presiden ...": an unknown title-case name before the dash is the outlet
    if (lead && !g.region && !g.paren && g.place.trim().split(/[ \t]+/).length <= 2) return { place: null, publisher: g.place.trim(), start: offset, end: offset + m[0].length };
  }
  m = dash ? PUBLISHER_ONLY.exec(head) : null;
  if (m && (looksDomain.test(m.groups!.publisher) || lead) && !placeNames(m.groups!.publisher)) {
    return { place: null, publisher: m.groups!.publisher, start: offset, end: offset + m[0].length };
  }
  m = comma ? PLACE_COMMA.exec(head) : null;
  if (m && placeNames(m.groups!.place)) {
    return { place: m.groups!.place, publisher: null, start: offset, end: offset + m.groups!.place.length };
  }
  return null;
}

export interface FindDatelineOptions {
  /** how many non-empty, non-boilerplate lines to look at (default 6) */
  maxLines?: number;
  placeNames?: (s: string) => boolean;
  /** the first line is a title (.txt files): the lead is the second line */
  titleLine?: boolean;
}

/**
 * The dateline among the first non-empty, non-boilerplate lines from `from`. The lead line (the
 * first, or the second after a title) also admits a title-case place or outlet before a dash.
 */
export function findDateline(text: string, from = 0, options: FindDatelineOptions = {}): Dateline | null {
  const maxLines = options.maxLines ?? 6;
  const placeNames = options.placeNames ?? isKnownPlace;
  const leadIndex = options.titleLine ? 1 : 0;
  let start = from;
  let n = 0;
  while (n < maxLines && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() && !isBoilerplateLine(line)) {
      const lineStart = start + (line.length - line.trimStart().length);
      const d = parseDateline(text, lineStart, placeNames, n === leadIndex);
      if (d) return d;
      n++;
    }
    start = end + 1;
  }
  return null;
}

const MONTH_WORD = String.raw`(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|agu(?:stus)?|agt|ags|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)`;
// A date with a 4-digit year in any common order: "14 Februari 2023", "Feb 14, 2023", "20/06/2025", "2023-02-14"
const BYLINE_DATE = new RegExp(
  String.raw`(?:\b\d{1,2}\s+${MONTH_WORD}\s+\d{4}\b|\b${MONTH_WORD}\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)`,
  'iu',
);
// What else a byline line may carry: weekday, time, zone, "Diperbarui", "|", the outlet or author name.
const BYLINE_NOISE = new RegExp(
  String.raw`\b${WEEKDAY}\b|\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b(?:WIB|WITA|WIT|GMT|UTC)\b|\b(?:diperbarui|dipublikasikan|diterbitkan|diunggah|terbit|updated|published|posted|pukul|jam|oleh|by)\b|[\d|,:\-–—()/.]`,
  'giu',
);

/**
 * A line of the first few that is only a date/time byline ("Feb 14, 2023 - 11:13",
 * "Diperbarui 12 Jun 2025, 11:00 WIB", "Laban Laisila : 19 Jun 2015 | 13:06").
 * Not here: dates inside sentences ("Senin (13/2/2023)" belongs to the lead).
 */
export function findBylineTime(text: string, maxLines = 8): { start: number; end: number; text: string } | null {
  let start = 0;
  for (let n = 0; n < maxLines && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const line = raw.trim();
    if (line) {
      n++;
      if (line.length <= 80 && !/[.!?]$/.test(line)) {
        const m = BYLINE_DATE.exec(line);
        if (m) {
          const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(BYLINE_NOISE, ' ').replace(/\s+/g, ' ').trim();
          // an author or outlet name may remain ("Laban Laisila", "Kompas.com"), not a sentence
          if (rest.length <= 30 && rest.split(' ').length <= 4) {
            const s = start + raw.indexOf(line);
            return { start: s, end: s + line.length, text: line };
          }
        }
      }
    }
    start = end + 1;
  }
  return null;
}
