/**
 * The region gazetteer: Indonesian provinces and kabupaten/kota with Kemendagri codes
 * (region-gazetteer.json, generated from idn-area-data, ODbL), their short forms
 * (region-aliases.json) and names that are also ordinary words or person names
 * (region-ambiguous.json, used only after an institution/office word or a region prefix).
 *
 * Handles: "Provinsi Lampung", "Prov. Lampung", "Kabupaten Luwu Utara (Lutra)" and later "Lutra"
 * (abbreviations the article defines), "Kota Pagar Alam" / "PAGARALAM" (spaces and hyphens do not
 * count: "Labuhanbatu"/"Labuhan Batu", "Bau-Bau"/"Baubau"), "Jatim", "Sumut", "DKI", "NTT",
 * spelling slips after a prefix or in a multi-word name ("Provinsi Lmapung", "BANDAR LAPUNG":
 * Damerau-Levenshtein distance 1), Kabupaten-vs-Kota names ("Bekasi", "Bogor", "Malang") by
 * prefix ("Kota Bekasi"), office ("Bupati Malang", "Wali Kota Malang") or an explicit mention
 * elsewhere in the article, otherwise left ambiguous (code null, both candidates).
 * Not here: which institution a region belongs to (extract/institution), kecamatan and villages.
 */
import { withinOneEdit } from '../text/edit-distance.js';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Doc } from '../doc.js';
import { lowerBound } from '../sorted.js';
import { LexiconEntrySchema, loadLexicon } from './load.js';

export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  /** Kemendagri code: "18", "73.22" */
  code: string;
  level: RegionLevel;
  /** the name without prefix: "Luwu Utara" */
  name: string;
  /** "Provinsi Lampung", "Kabupaten Luwu Utara", "Kota Pagar Alam" */
  canonical: string;
  /** code of the province it lies in (itself for a province) */
  province: string;
}

/** A region named in an article. `code` is null when the name fits several regions ("Bekasi"). */
export interface RegionMention {
  start: number;
  end: number;
  text: string;
  code: string | null;
  /** every region the name may mean, the chosen one included */
  candidates: string[];
  level: RegionLevel | null;
}

const GazetteerSchema = z.object({
  source: z.string(),
  entries: z.array(
    LexiconEntrySchema.extend({
      name: z.string().min(1),
      level: z.enum(['provinsi', 'kabupaten', 'kota']),
      province: z.string().min(2),
    }),
  ),
});
const AliasSchema = z.object({ source: z.string(), entries: z.array(LexiconEntrySchema) });

const GAZETTEER = loadLexicon('region-gazetteer.json', GazetteerSchema);
const ALIASES = loadLexicon('region-aliases.json', AliasSchema);
const AMBIGUOUS = loadLexicon('region-ambiguous.json', AliasSchema);
const DistrictSchema = z.object({
  source: z.string(),
  entries: z.array(z.object({ id: z.string().min(5), regency: z.string().min(4), name: z.string().min(1), suffix: z.string().min(1) })),
});
const DISTRICTS = loadLexicon('region-districts.json', DistrictSchema);

// natural's distance submodule only: the package index prints to stdout when loaded
const require = createRequire(import.meta.url);
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: object) => number;
};

const BY_CODE = new Map<string, Region>();
for (const e of GAZETTEER.entries) {
  BY_CODE.set(e.id, { code: e.id, level: e.level, name: e.name, canonical: e.canonical, province: e.province });
}

/** "Pagar Alam", "PAGARALAM", "Bau-Bau" -> "pagaralam", "baubau": the key all lookups use. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[\s.\-'’]+/g, '');
}

// key -> codes, for names written without a prefix
const BARE = new Map<string, Set<string>>();
// keys that need context (an institution/office word or a prefix) to count as a region
const CONTEXT_ONLY = new Set<string>();
function addBare(key: string, code: string): void {
  if (!BY_CODE.has(code)) throw new Error(`region lexicon: unknown code "${code}" for "${key}"`);
  let s = BARE.get(key);
  if (!s) BARE.set(key, (s = new Set()));
  s.add(code);
}
for (const r of BY_CODE.values()) addBare(squash(r.name), r.code);
for (const e of ALIASES.entries) for (const a of e.aliases) addBare(squash(a), e.id);
for (const e of AMBIGUOUS.entries) {
  for (const a of e.aliases) {
    addBare(squash(a), e.id);
    CONTEXT_ONLY.add(squash(a));
  }
}
// names by level, for prefixed lookups ("Kota Bekasi") and fuzzy matching
const BY_LEVEL: Record<RegionLevel, Map<string, string>> = { provinsi: new Map(), kabupaten: new Map(), kota: new Map() };
for (const r of BY_CODE.values()) BY_LEVEL[r.level].set(squash(r.name), r.code);
for (const e of ALIASES.entries) {
  const r = BY_CODE.get(e.id)!;
  for (const a of e.aliases) if (!BY_LEVEL[r.level].has(squash(a))) BY_LEVEL[r.level].set(squash(a), e.id);
}
// fuzzy candidates bucketed by first letter, for names of 5+ letters
const FUZZY = new Map<string, Array<{ key: string; code: string; level: RegionLevel }>>();
for (const lvl of ['provinsi', 'kabupaten', 'kota'] as const) {
  for (const [key, code] of BY_LEVEL[lvl]) {
    if (key.length < 5) continue;
    const b = FUZZY.get(key[0]) ?? [];
    b.push({ key, code, level: lvl });
    FUZZY.set(key[0], b);
  }
}

// the kecamatan named after their regency, by regency code: the words after its name, longest first
const DISTRICT_SUFFIXES = new Map<string, string[]>();
for (const d of DISTRICTS.entries) {
  if (!BY_CODE.has(d.regency)) throw new Error(`region-districts.json: unknown regency "${d.regency}" for "${d.name}"`);
  const list = DISTRICT_SUFFIXES.get(d.regency);
  if (list) list.push(d.suffix);
  else DISTRICT_SUFFIXES.set(d.regency, [d.suffix]);
}
for (const list of DISTRICT_SUFFIXES.values()) list.sort((a, b) => b.length - a.length);
const DISTRICT_SUFFIX_LONGEST = Math.max(0, ...DISTRICTS.entries.map((d) => d.suffix.length));

const MAX_WORDS = 5;

/** The region with this code, or null. */
export function regionByCode(code: string): Region | null {
  return BY_CODE.get(code) ?? null;
}

/** "Provinsi Lampung", "Kabupaten Luwu Utara" for a code; null for an unknown code. */
export function regionName(code: string | null | undefined): string | null {
  return code ? (BY_CODE.get(code)?.canonical ?? null) : null;
}

/** Every region of the gazetteer (provinces first, then kabupaten/kota by code). */
export function allRegions(): Region[] {
  return [...BY_CODE.values()];
}

function fuzzyFind(key: string, level: RegionLevel | null): string | null {
  if (key.length < 5) return null;
  // (no `?? []`: an empty literal is an array of another kind than the lists, and the loop lost
  // its optimized code on it)
  const list = FUZZY.get(key[0]);
  if (list === undefined) return null;
  const found = new Set<string>();
  for (const c of list) {
    if (level && c.level !== level) continue;
    if (Math.abs(c.key.length - key.length) > 1) continue;
    if (withinOneEdit(key, c.key) && DamerauLevenshteinDistance(key, c.key) <= 1) found.add(c.code);
  }
  return found.size === 1 ? [...found][0] : null;
}

const PREFIX_WORD = /^(?:(?<prov>provinsi|prov\.?|propinsi)|(?<kab>kabupaten|kab\.?)|(?<kota>kota|kotamadya))(?:\s+administrasi)?\s+/i;

/**
 * Look a region name up: "Lampung", "Provinsi Lampung", "Kab. Bekasi", "Jatim", "Lmapung"
 * (one slip, unique), with an optional level hint ("Pemkot Bekasi" -> hint 'kota').
 * Returns null when the name is unknown or stays ambiguous ("Bekasi" without a hint).
 */
export function lookupRegion(name: string, hint?: RegionLevel): { code: string; level: RegionLevel; name: string } | null {
  let rest = name.trim();
  const p = PREFIX_WORD.exec(rest);
  let level: RegionLevel | undefined = hint;
  if (p) {
    level = p.groups!.prov ? 'provinsi' : p.groups!.kab ? 'kabupaten' : 'kota';
    rest = rest.slice(p[0].length);
  }
  const key = squash(rest);
  if (!key) return null;
  let code: string | null = null;
  if (level) code = BY_LEVEL[level].get(key) ?? null;
  if (!code) {
    const codes = [...(BARE.get(key) ?? [])].filter((c) => !level || BY_CODE.get(c)!.level === level);
    code = pickBare(codes, null);
    // a hint that no candidate fits ("Kota Lampung") still finds the only region of that name
    if (!code && level && !p) code = pickBare([...(BARE.get(key) ?? [])], null);
  }
  if (!code) code = fuzzyFind(key, level ?? null);
  if (!code) return null;
  const r = BY_CODE.get(code)!;
  return { code: r.code, level: r.level, name: r.canonical };
}

/** One code among candidates: the only one, the one of the hinted level, or a province of that name. */
function pickBare(codes: string[], level: RegionLevel | null): string | null {
  if (codes.length === 0) return null;
  if (level) {
    const of = codes.filter((c) => BY_CODE.get(c)!.level === level);
    if (of.length === 1) return of[0];
  }
  if (codes.length === 1) return codes[0];
  // "Gorontalo", "Bengkulu", "Jambi", "Yogyakarta": bare, the province is meant
  const provs = codes.filter((c) => BY_CODE.get(c)!.level === 'provinsi');
  if (provs.length === 1 && !level) return provs[0];
  return null;
}

/**
 * A candidate region name: an optional prefix word, then up to MAX_WORDS capitalized words
 * ("Pangkajene dan Kepulauan" keeps its lowercase "dan", "Kep. Riau" and "D.I. Yogyakarta" their
 * periods). The prefix may follow "se-". Found by `nextCandidate`, a char loop with exactly the
 * matches of this regex, searched from the same positions (the regex is the specification; the
 * tests hold it against the loop):
 *
 *   /(?<![\p{L}\p{N}])(?<se>[Ss]e-[ \t]*)?(?:(?<prefix>[Pp]rovinsi|[Pp]ropinsi|[Pp]rov\.?|[Kk]abupaten|[Kk]ab\.?|[Kk]ota(?:madya)?)(?:[ \t]+[Aa]dministrasi)?[ \t]+)?(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:(?:\.[ \t]*|[ \t]+)(?:dan[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4})/gu
 *
 * A regex scan with a Unicode lookbehind costs more than the whole lookup of the words, and its
 * match object and name slice are garbage for almost every capitalized word of an article.
 */
export interface CandidateRun {
  /** where the match starts: "se-", the prefix or the name */
  start: number;
  /** length of "se-" and the blanks after it, 0 without */
  se: number;
  /** the level of the prefix word, null without a prefix */
  level: RegionLevel | null;
  nameStart: number;
  /** the words of the name ("dan" included), as [start, end) offsets; `count` of them are valid */
  wordStart: number[];
  wordEnd: number[];
  count: number;
  /** search state of `nextCandidate`: the next start of each kind at or after `from` in `text` */
  scan: { text: string; from: number; upper: number; lower: number };
}

// Character classes of the candidate regex, per UTF-16 code unit of the BMP, computed on first use
const LU = 1; // \p{Lu}
const LN = 2; // [\p{L}\p{N}]: what may not come before a candidate
const WORD_CHAR = 4; // [\p{L}\p{M}'’\-]
const CLASS_OF = new Int8Array(0x10000).fill(-1);
const IS_LU = /^\p{Lu}$/u;
const IS_LN = /^[\p{L}\p{N}]$/u;
const IS_WORD_CHAR = /^[\p{L}\p{M}'’\-]$/u;

function classOfCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (IS_LU.test(ch) ? LU : 0) | (IS_LN.test(ch) ? LN : 0) | (IS_WORD_CHAR.test(ch) ? WORD_CHAR : 0);
}

/** The classes of the code point at `i` (a surrogate pair counts as one, as with the `u` flag). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  let k = CLASS_OF[c];
  if (k < 0) k = CLASS_OF[c] = classOfCodePoint(c);
  return k;
}

/** Code units of the code point at `i`: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Length of an upper-case letter at `i` (\p{Lu}), 0 when there is none. */
function upperAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  return classAt(text, i) & LU ? widthAt(text, i) : 0;
}

/** Is the code point before `i` a letter or digit (the lookbehind `(?<![\p{L}\p{N}])`)? */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (classAt(text, i - 2) & LN) !== 0;
  }
  return (classAt(text, i - 1) & LN) !== 0;
}

/** End of the run of word characters [\p{L}\p{M}'’\-]* from `i`. */
function wordCharsEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39) i++;
      else break;
    } else if (classAt(text, i) & WORD_CHAR) i += widthAt(text, i);
    else break;
  }
  return i;
}

function blanksEnd(text: string, i: number): number {
  // (the end tested before reading: a read past it throws optimized code away)
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** The name part: a capitalized word at `i` and up to four more; false without one at `i`. */
function nameAt(text: string, i: number, run: CandidateRun): boolean {
  const w = upperAt(text, i);
  if (w === 0) return false;
  run.nameStart = i;
  let end = wordCharsEnd(text, i + w);
  run.wordStart[0] = i;
  run.wordEnd[0] = end;
  run.count = 1;
  for (let more = 0; more < MAX_WORDS - 1; more++) {
    // separator: a period and blanks, or blanks
    if (end >= text.length) break;
    const c = text.charCodeAt(end);
    let p: number;
    if (c === 46) p = blanksEnd(text, end + 1);
    else if (c === 32 || c === 9) p = blanksEnd(text, end);
    else break;
    // "dan" and blanks, kept only when a capitalized word follows them
    let q = p;
    if (text.startsWith('dan', p)) {
      const after = text.charCodeAt(p + 3);
      if (after === 32 || after === 9) {
        const r = blanksEnd(text, p + 3);
        if (upperAt(text, r) > 0) q = r;
      }
    }
    const u = upperAt(text, q);
    if (u === 0) break;
    if (q !== p) {
      run.wordStart[run.count] = p;
      run.wordEnd[run.count++] = p + 3;
    }
    end = wordCharsEnd(text, q + u);
    run.wordStart[run.count] = q;
    run.wordEnd[run.count++] = end;
  }
  return true;
}

// Prefix words in the order the regex tries them: the rest after an upper- or lower-case first letter
const PREFIXES: Array<{ first: string; rest: string; level: RegionLevel }> = [
  { first: 'Pp', rest: 'rovinsi', level: 'provinsi' },
  { first: 'Pp', rest: 'ropinsi', level: 'provinsi' },
  { first: 'Pp', rest: 'rov.', level: 'provinsi' },
  { first: 'Pp', rest: 'rov', level: 'provinsi' },
  { first: 'Kk', rest: 'abupaten', level: 'kabupaten' },
  { first: 'Kk', rest: 'ab.', level: 'kabupaten' },
  { first: 'Kk', rest: 'ab', level: 'kabupaten' },
  { first: 'Kk', rest: 'otamadya', level: 'kota' },
  { first: 'Kk', rest: 'ota', level: 'kota' },
];

/** An optional prefix word (and "Administrasi"), then the name, from `i`. */
function prefixedNameAt(text: string, i: number, run: CandidateRun): boolean {
  run.level = null;
  // only P/p and K/k start a prefix word
  const c0 = text.charCodeAt(i) | 0x20;
  if (c0 !== 0x70 && c0 !== 0x6b) return nameAt(text, i, run);
  const first = text[i];
  for (const p of PREFIXES) {
    if (first !== p.first[0] && first !== p.first[1]) continue;
    if (!text.startsWith(p.rest, i + 1)) continue;
    const q = i + 1 + p.rest.length;
    const c = text.charCodeAt(q);
    if (c !== 32 && c !== 9) continue;
    const r = blanksEnd(text, q);
    // "Kota Administrasi Jakarta Pusat"; without a name after it, "Administrasi" is the name
    const a = text[r];
    if ((a === 'A' || a === 'a') && text.startsWith('dministrasi', r + 1)) {
      const c2 = text.charCodeAt(r + 12);
      if ((c2 === 32 || c2 === 9) && nameAt(text, blanksEnd(text, r + 12), run)) {
        run.level = p.level;
        return true;
      }
    }
    if (nameAt(text, r, run)) {
      run.level = p.level;
      return true;
    }
  }
  return nameAt(text, i, run);
}

// Where a candidate may start, found by two plain regexes (no `u` flag, so a native class scan):
// a capital ASCII letter or any non-ASCII code unit (checked for \p{Lu} here), and "se-" or the
// start of a lower-case prefix word ("prov", "prop", "kab", "kota") after no ASCII letter or digit.
const UPPER_START = /[A-Z\u0080-\uffff]/g;
const LOWER_START = /(?<![A-Za-z0-9])(?:s(?=e-)|p(?=ro[vp])|k(?=ab|ota))/g;

/** The next position >= from that `re` (one code unit per match) finds, or the text length. */
function nextStart(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : text.length;
}

/**
 * The next candidate run at or after `from`, written into `run`; false when there is none.
 * Exported for tests.
 */
export function nextCandidate(text: string, from: number, run: CandidateRun): boolean {
  const n = text.length;
  // the next start of each kind, kept in `run` between calls on the same text
  const scan = run.scan;
  if (scan.text !== text || from < scan.from) {
    scan.text = text;
    scan.upper = scan.lower = -1;
  }
  scan.from = from;
  for (let i = from; i < n; i++) {
    if (scan.upper < i) scan.upper = nextStart(UPPER_START, text, i);
    if (scan.lower < i) scan.lower = nextStart(LOWER_START, text, i);
    i = Math.min(scan.upper, scan.lower);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c >= 128 && !(classAt(text, i) & LU)) continue;
    if (letterBefore(text, i)) continue;
    run.start = i;
    if ((c === 83 || c === 115) && text.charCodeAt(i + 1) === 101 && text.charCodeAt(i + 2) === 45) {
      const j = blanksEnd(text, i + 3);
      if (prefixedNameAt(text, j, run)) {
        run.se = j - i;
        return true;
      }
    }
    run.se = 0;
    if (prefixedNameAt(text, i, run)) return true;
  }
  return false;
}

/** A reusable run for `nextCandidate`. */
export function emptyRun(): CandidateRun {
  return { start: 0, se: 0, level: null, nameStart: 0, wordStart: [], wordEnd: [], count: 0, scan: { text: '', from: 0, upper: -1, lower: -1 } };
}

// What the words just before a bare name say about its level ("Bupati Malang", "Wali Kota Malang")
const KAB_BEFORE = /(?:\b(?:kabupaten|kab\.?|pemkab|bupati|wabup|pilbup|pilbupati|pemerintah\s+kabupaten)|\bDPRD\s+Kab(?:upaten|\.)?)\s*$/i;
const KOTA_BEFORE = /(?:\b(?:kota|pemkot|pemko|wali\s*kota|walkot|wako|wawali|pilwalkot|pilwali|polresta|pemerintah\s+kota))\s*$/i;
// Institution and office words after which a name that is also an ordinary word counts
const CONTEXT_BEFORE =
  /(?:\b(?:KPU|KPUD|KIP|Bawaslu|Panwaslu|Panwaslih|Pemkab|Pemkot|Pemko|Pemprov|Polres|Polresta|Polda|Kapolres|Kapolresta|Kodim|Dandim|Korem|DPRD|Kejari|Kesbangpol|Dukcapil|Diskominfo|Sekda|Gakkumdu)|\b(?:[Bb]upati|[Ww]akil\s+[Bb]upati|[Ww]ali\s*[Kk]ota|[Ww]akil\s+[Ww]ali\s*[Kk]ota|[Ww]abup|[Ww]awali|[Pp]ilkada|[Pp]ilbup|[Pp]ilwalkot|[Kk]abupaten|[Kk]ota|[Kk]ab\.))\s+$/u;
// "Jalan Bali", "Jl. Sumatera", "Universitas Lampung": a name inside another name
const NOT_REGION_BEFORE = /(?:\b(?:Jalan|Jl\.?|Jln\.?|Gang|Gg\.?|Universitas|Univ\.?|Bank|Hotel|Selat|Laut|Danau|Gunung|Pulau|Sungai|Teluk|Tanjung|Semenanjung)|\bRestoran)\s+$/u;
// "Kabupaten Luwu Utara (Lutra)": an abbreviation the article defines
const ABBR_AFTER = /^[ \t]*\([ \t]*(?<abbr>\p{Lu}[\p{L}]{1,11})[ \t]*\)/u;

interface Candidate {
  start: number;
  end: number;
  codes: string[];
  level: RegionLevel | null;
  prefixed: boolean;
}

/** Try the words of a candidate run from the first, longest first; exact, then one slip. */
function matchRun(text: string, words: Array<{ start: number; end: number }>, level: RegionLevel | null): Candidate | null {
  const n = Math.min(words.length, MAX_WORDS);
  for (let k = n; k >= 1; k--) {
    const last = words[k - 1];
    if (text.slice(last.start, last.end) === 'dan') continue;
    const key = squash(text.slice(words[0].start, last.end));
    if (level) {
      const code = BY_LEVEL[level].get(key);
      if (code) return { start: words[0].start, end: last.end, codes: [code], level, prefixed: true };
      continue;
    }
    const codes = BARE.get(key);
    if (codes) {
      if (CONTEXT_ONLY.has(key) && !CONTEXT_BEFORE.test(text.slice(Math.max(0, words[0].start - 30), words[0].start))) continue;
      return { start: words[0].start, end: last.end, codes: [...codes], level: null, prefixed: false };
    }
  }
  // one slip: after a prefix any length, bare only for names of two or more words ("BANDAR LAPUNG")
  for (let k = n; k >= 1; k--) {
    if (!level && k < 2) break;
    const last = words[k - 1];
    const key = squash(text.slice(words[0].start, last.end));
    if (!level && key.length < 9) continue;
    const code = fuzzyFind(key, level);
    if (code) return { start: words[0].start, end: last.end, codes: [code], level: BY_CODE.get(code)!.level, prefixed: level !== null };
  }
  return null;
}

// "Polres Serang Kota", "Bogor Kota": the level written after an ambiguous name
const LEVEL_AFTER = /^[ \t]+(?<level>Kota|Kabupaten)(?![\p{L}\p{N}])/u;

/**
 * "Camat Medan Labuhan", "Kapolsek Denpasar Barat": a kecamatan named after its kabupaten or kota,
 * written after the name (one blank between). The mention takes it in and keeps the regency's code
 * (the regency it names, where the name alone fits several: "Bogor Timur" is in Kota Bogor).
 * Returns the one candidate code whose kecamatan is written there, or null.
 */
function districtAfter(text: string, c: Candidate): { code: string; end: number } | null {
  const at = c.end + 1;
  const blank = text.charCodeAt(c.end);
  if (blank !== 32 && blank !== 9) return null;
  let found: { code: string; end: number } | null = null;
  for (const code of c.codes) {
    const suffixes = DISTRICT_SUFFIXES.get(code);
    if (suffixes === undefined) continue;
    for (const suffix of suffixes) {
      if (!text.startsWith(suffix, at) || /[\p{L}\p{N}\-]/u.test(text.charAt(at + suffix.length))) continue;
      if (found !== null && found.code !== code) return null;
      found = { code, end: at + suffix.length };
      break;
    }
  }
  return found;
}

function toMention(text: string, c: Candidate): RegionMention {
  let code: string | null = null;
  const district = districtAfter(text, c);
  if (district !== null) {
    c.end = district.end;
    code = district.code;
  } else if (c.codes.length === 1) code = c.codes[0];
  else {
    const after = LEVEL_AFTER.exec(text.slice(c.end, c.end + 12));
    if (after) {
      const of = c.codes.filter((k) => BY_CODE.get(k)!.level === (after.groups!.level === 'Kota' ? 'kota' : 'kabupaten'));
      if (of.length === 1) {
        c.end += after[0].length;
        return { start: c.start, end: c.end, text: text.slice(c.start, c.end), code: of[0], candidates: c.codes, level: BY_CODE.get(of[0])!.level };
      }
    }
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const hint: RegionLevel | null = KAB_BEFORE.test(before) ? 'kabupaten' : KOTA_BEFORE.test(before) ? 'kota' : null;
    code = pickBare(c.codes, hint);
  }
  const level = code ? BY_CODE.get(code)!.level : c.level;
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), code, candidates: c.codes, level };
}

// What can start a bare name, for `mayNameRegion`: the squashed keys of BARE as a trie of char
// codes, and for the one-slip lookup, with the length of every fuzzy key long enough for a bare
// run (9+ letters, so keys of 8+), its first four letters and its first + last three letters.
// The trie is a flat table, so that a step is one typed-array read: TRIE_NEXT[state * 32 + letter]
// (letter: a/A = 1 ... z/Z = 26, any other ASCII code 0) is the next state, 0 for none (state 0
// is dead and the root is 1); TRIE_KEY[state] is 1 where a key ends.
const TRIE_WIDTH = 32;
const LETTER = new Uint8Array(128);
for (let c = 0; c < 26; c++) LETTER[65 + c] = LETTER[97 + c] = c + 1;
const TRIE_ROOT = 1;
const { TRIE_NEXT, TRIE_KEY } = (() => {
  const next: number[] = new Array(2 * TRIE_WIDTH).fill(0);
  const key: number[] = [0, 0];
  for (const k of BARE.keys()) {
    let s = TRIE_ROOT;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      // `squash` keys are lower case; a key with another character could never be walked to
      if (c < 97 || c > 122) throw new Error(`region lexicon: key "${k}" has a character other than a-z`);
      const at = s * TRIE_WIDTH + LETTER[c];
      if (next[at] === 0) {
        next[at] = key.length;
        key.push(0);
        for (let j = 0; j < TRIE_WIDTH; j++) next.push(0);
      }
      s = next[at];
    }
    key[s] = 1;
  }
  return { TRIE_NEXT: Int32Array.from(next), TRIE_KEY: Uint8Array.from(key) };
})();
const FUZZY_BARE_MIN = 9;
/** four char codes below 128 in one number; -1 when one is not */
function pack4(a: number, b: number, c: number, d: number): number {
  return (a | b | c | d) >= 128 ? -1 : (a << 21) | (b << 14) | (c << 7) | d;
}
/**
 * A set of packed letters with a bit filter in front: most runs of an article share their letters
 * with no key, and a clear bit (a hash of the packed letters) says so with one typed-array read;
 * a set bit is confirmed by the set.
 */
class PackedSet {
  private readonly set = new Set<number>();
  private readonly bits = new Int32Array(1 << 15);
  private static slot(packed: number): number {
    return Math.imul(packed, 0x9e3779b1) >>> 12;
  }
  add(packed: number): void {
    this.set.add(packed);
    const h = PackedSet.slot(packed);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }
  has(packed: number): boolean {
    const h = PackedSet.slot(packed);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0 && this.set.has(packed);
  }
}
// the packed first four letters and the packed first + last three, of any length and by length
const FUZZY_HEADS = new PackedSet();
const FUZZY_TAILS = new PackedSet();
const FUZZY_HEADS_BY_LENGTH: Array<Set<number>> = [];
const FUZZY_TAILS_BY_LENGTH: Array<Set<number>> = [];
for (const bucket of FUZZY.values()) {
  for (const { key } of bucket) {
    const n = key.length;
    if (n < FUZZY_BARE_MIN - 1) continue;
    const c = (i: number) => key.charCodeAt(i);
    const head = pack4(c(0), c(1), c(2), c(3));
    const tail = pack4(c(0), c(n - 3), c(n - 2), c(n - 1));
    FUZZY_HEADS.add(head);
    FUZZY_TAILS.add(tail);
    (FUZZY_HEADS_BY_LENGTH[n] ??= new Set()).add(head);
    (FUZZY_TAILS_BY_LENGTH[n] ??= new Set()).add(tail);
  }
}
/** Has a fuzzy key of length n-1, n or n+1 these packed letters? */
function fuzzyNear(byLength: Array<Set<number>>, packed: number, n: number): boolean {
  return byLength[n - 1]?.has(packed) || byLength[n]?.has(packed) || byLength[n + 1]?.has(packed) || false;
}

// `squash` drops these inside a word: hyphen, apostrophes (blanks and periods are between words)
function dropped(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}
const NOT_ASCII = -2;

/** The first four letters of the run's key packed, NOT_ASCII for another letter, -1 for fewer. */
function headOf(text: string, run: CandidateRun, n: number): number {
  let packed = 0;
  let got = 0;
  for (let k = 0; k < n; k++) {
    for (let i = run.wordStart[k]; i < run.wordEnd[k]; i++) {
      let c = text.charCodeAt(i);
      if (dropped(c)) continue;
      if (c >= 128) return NOT_ASCII;
      if (c >= 65 && c <= 90) c += 32;
      packed = (packed << 7) | c;
      if (++got === 4) return packed;
    }
  }
  return -1;
}

/** The last three letters of the key of words 0..k packed, NOT_ASCII for another letter. */
function tailOf(text: string, run: CandidateRun, k: number): number {
  let packed = 0;
  let got = 0;
  for (; k >= 0; k--) {
    for (let i = run.wordEnd[k] - 1; i >= run.wordStart[k]; i--) {
      let c = text.charCodeAt(i);
      if (dropped(c)) continue;
      if (c >= 128) return NOT_ASCII;
      if (c >= 65 && c <= 90) c += 32;
      packed |= c << (7 * got);
      if (++got === 3) return packed;
    }
  }
  return packed;
}

/** Key lengths of words 0..k in KEY_ENDS; false for a non-ASCII letter (its lower case may be longer). */
function keyEnds(text: string, run: CandidateRun, n: number): boolean {
  let len = 0;
  for (let k = 0; k < n; k++) {
    for (let i = run.wordStart[k]; i < run.wordEnd[k]; i++) {
      const c = text.charCodeAt(i);
      if (dropped(c)) continue;
      if (c >= 128) return false;
      len++;
    }
    KEY_ENDS[k] = len;
  }
  return true;
}
const KEY_ENDS = new Int32Array(MAX_WORDS);

/**
 * Can `matchRun` find a region in this run without a prefix? A necessary condition, without
 * allocation. The run's key for k words is its words lower-cased, without blanks, periods,
 * hyphens and apostrophes (`squash`). Exact: the key for some k is a BARE key (a walk of the
 * trie). One slip (k >= 2, a key of 9+ letters, one Damerau-Levenshtein edit from a fuzzy key
 * with the same first letter, so of a length at most one apart): the key shares with that key its
 * first four letters or its first and last three, since one edit of a word of 9+ letters leaves
 * one of the two untouched. A run with another non-ASCII letter where it matters is not judged
 * here (true).
 */
function mayNameRegion(text: string, run: CandidateRun): boolean {
  const n = Math.min(run.count, MAX_WORDS);
  let state = TRIE_ROOT;
  walk: for (let k = 0; k < n; k++) {
    for (let i = run.wordStart[k]; i < run.wordEnd[k]; i++) {
      const c = text.charCodeAt(i);
      if (dropped(c)) continue;
      if (c >= 128) return true;
      state = TRIE_NEXT[state * TRIE_WIDTH + LETTER[c]];
      if (state === 0) break walk;
    }
    if (TRIE_KEY[state] === 1) return true;
  }
  if (n < 2) return false;
  const head = headOf(text, run, n);
  if (head === NOT_ASCII) return true;
  if (head < 0) return false;
  const first = head & ~0x1fffff;
  let near = FUZZY_HEADS.has(head);
  for (let k = 1; k < n && !near; k++) {
    const tail = tailOf(text, run, k);
    if (tail === NOT_ASCII) return true;
    near = FUZZY_TAILS.has(first | tail);
  }
  if (!near) return false;
  if (!keyEnds(text, run, n)) return true;
  for (let k = 1; k < n; k++) {
    const e = KEY_ENDS[k];
    if (e < FUZZY_BARE_MIN) continue;
    if (fuzzyNear(FUZZY_HEADS_BY_LENGTH, head, e)) return true;
    const tail = tailOf(text, run, k);
    if (tail === NOT_ASCII || fuzzyNear(FUZZY_TAILS_BY_LENGTH, first | tail, e)) return true;
  }
  return false;
}

/**
 * Scan a text for region mentions (no article context: see `findRegionMentions`). `exhaustive`
 * looks every bare run up, without the `mayNameRegion` gate (for tests: both give the same).
 */
export function scanRegions(text: string, exhaustive = false): RegionMention[] {
  const out: RegionMention[] = [];
  const defined = new Map<string, string>();
  const run = emptyRun();
  let from = 0;
  while (nextCandidate(text, from, run)) {
    const level = run.level;
    // no prefix and no key the words can make: `matchRun` would find nothing, go on after the first word
    if (!level && !exhaustive && !mayNameRegion(text, run)) {
      from = run.wordEnd[0];
      continue;
    }
    const words: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < run.count; k++) words.push({ start: run.wordStart[k], end: run.wordEnd[k] });
    if (!level && !run.se && NOT_REGION_BEFORE.test(text.slice(Math.max(0, run.start - 15), run.start))) {
      from = words[0].end;
      continue;
    }
    const c = matchRun(text, words, level);
    // "LUWUUTARA.PUBLIKSULSEL.COM": part of a domain name
    if (c && /^\.[\p{L}]/u.test(text.slice(c.end, c.end + 2))) {
      from = c.end;
      continue;
    }
    if (!c) {
      // nothing here: go on after the first word (or the prefix), the rest may hold a name
      from = level ? run.nameStart : words[0].end;
      continue;
    }
    // the prefix starts the mention; "se-" before it does not: "Kabupaten/Kota Se-Provinsi Lampung"
    if (c.prefixed) c.start = run.start + run.se;
    const mention = toMention(text, c);
    out.push(mention);
    from = c.end;
    const abbr = ABBR_AFTER.exec(text.slice(c.end, c.end + 20));
    if (abbr && mention.code && abbreviates(abbr.groups!.abbr, mention)) {
      const a = abbr.groups!.abbr;
      const known = BARE.get(squash(a));
      if (!known || known.has(mention.code)) defined.set(a, mention.code);
      from = c.end + abbr[0].length;
    }
  }
  if (defined.size > 0) addDefined(text, out, defined);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Is `abbr` made of the letters of the mention, in their order ("Lutra" of "Luwu Utara", "Babel"
 * of "Kepulauan Bangka Belitung", "Jabar" of "Jawa Barat")? A name in brackets after a region is
 * not ("Ketua Panwaslu Jakbar (Puadi)").
 */
export function abbreviates(abbr: string, mention: RegionMention): boolean {
  const name = (mention.text + ' ' + (mention.code ? (BY_CODE.get(mention.code)?.name ?? '') : '')).toLowerCase();
  const a = abbr.toLowerCase();
  let i = 0;
  for (let k = 0; k < name.length && i < a.length; k++) if (name[k] === a[i]) i++;
  return i === a.length;
}

// Later uses of an abbreviation the article defined: "Lutra" after "Kabupaten Luwu Utara (Lutra)"
function addDefined(text: string, out: RegionMention[], defined: Map<string, string>): void {
  for (const [abbr, code] of defined) {
    for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + abbr.length)) {
      const end = i + abbr.length;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (text[i - 1] === '(' && text[end] === ')') continue;
      if (out.some((o) => i < o.end && o.start < end)) continue;
      const r = BY_CODE.get(code)!;
      out.push({ start: i, end, text: abbr, code, candidates: [code], level: r.level });
    }
  }
}

/**
 * Can a region mention start at `p`? A necessary condition, for callers that look for a mention
 * at a given place before the article is scanned: every mention starts with a capital letter (a
 * name, a defined abbreviation, "Provinsi", "Kota") or with a prefix word in lower case ("provinsi",
 * "kabupaten", "kab.", "kota", "prov.", "propinsi").
 */
export function mayStartRegion(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c === 0x70 || c === 0x6b || upperAt(text, p) > 0;
}

// the lower-case prefix words a candidate may start with (LOWER_START): "se-", "prov"/"prop", "kab"/"kota"
function lowerStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x73) return text.startsWith('e-', i + 1);
  if (c === 0x70) return text.startsWith('rov', i + 1) || text.startsWith('rop', i + 1);
  if (c === 0x6b) return text.startsWith('ab', i + 1) || text.startsWith('ota', i + 1);
  return false;
}

// A word the document writes in parentheses as ABBR_AFTER reads it ("(Lutra)") after a stretch
// where a mention may end (`mayEndBefore`), so that the scan may define it as an abbreviation;
// with every place the text uses it (overlapping ones too), in order.
interface DefinableWord {
  abbr: string;
  at: number[];
}

function definableWords(doc: Doc): DefinableWord[] {
  return doc.memo('regions/definable-words', () => {
    const out: DefinableWord[] = [];
    const uses = new Map<string, number[]>();
    const text = doc.text;
    for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      const m = ABBR_AFTER.exec(text.slice(i, i + 20));
      if (!m || !mayEndBefore(text, i)) continue;
      const abbr = m.groups!.abbr;
      let at = uses.get(abbr);
      if (!at) {
        // each word's uses are found once: a window then takes them by binary search, where a
        // search from the window's start ran on to the end of the text, once per window
        at = [];
        for (let j = text.indexOf(abbr); j >= 0; j = text.indexOf(abbr, j + 1)) at.push(j);
        uses.set(abbr, at);
      }
      out.push({ abbr, at });
    }
    return out;
  });
}

// May a mention end before the parenthesis at `open` (blanks between)? The mention and the
// "Kota"/"Kabupaten" read after it (LEVEL_AFTER) are words, blanks and periods only, so its
// candidate start lies in the stretch of such characters before the parenthesis: every candidate
// start there is tried.
function mayEndBefore(text: string, open: number): boolean {
  let p = open;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c === 32 || c === 9 || c === 46 || (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 39 : classAt(text, p - 1) & WORD_CHAR || (c >= 0xdc00 && c <= 0xdfff))) p--;
    else break;
  }
  return mayStartRun(text, p, open);
}

const lazyRun = emptyRun();

// may the candidate run at `i` (`prefixedNameAt`) give a mention? It has a prefix, or its words may make a key
function runMayMatch(text: string, i: number): boolean {
  return prefixedNameAt(text, i, lazyRun) && (lazyRun.level !== null || mayNameRegion(text, lazyRun));
}

// the most a mention reaches past the last word of its run: "Kabupaten" after it (LEVEL_AFTER), or
// a blank and the rest of a kecamatan's name (`districtAfter`)
const LEVEL_AFTER_LONGEST = Math.max('Kabupaten'.length, 1 + DISTRICT_SUFFIX_LONGEST);

/**
 * Where may `findRegionMentions(doc)` hold a mention that starts in [from, to)? Stretches
 * [start, end) as a flat list (empty: nowhere), for callers that ask about a few places of an
 * article and may then skip its scan. A necessary condition: such a mention lies in one.
 * Why it is exact: a mention found by the scan starts at a candidate start (a capital, or a
 * lower-case prefix word, with no letter or digit before it; after "se-" the name or prefix is one
 * too), and the candidate run there has a prefix or passes `mayNameRegion`, whatever the scan read
 * before; it ends at the end of a word of the run, or after "Kota"/"Kabupaten" written after that
 * (LEVEL_AFTER). Every run that starts inside is tried here. A later use of a defined abbreviation
 * ("Lutra") is a word the article writes in parentheses as ABBR_AFTER reads it, after a stretch
 * where such a run may start (`mayEndBefore`): each use of such a word from `from` on is a
 * stretch too.
 */
export function regionStretches(doc: Doc, from: number, to: number): number[] {
  const text = doc.text;
  const out: number[] = [];
  // (no candidate starts past the end of the text: the loop stops there rather than read past it)
  const stop = Math.min(to, text.length);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !((c >= 65 && c <= 90) || lowerStartAt(text, i)) : upperAt(text, i) === 0) continue;
    if (letterBefore(text, i)) continue;
    if (runMayMatch(text, i)) out.push(i, blanksEnd(text, lazyRun.wordEnd[lazyRun.count - 1]) + LEVEL_AFTER_LONGEST);
    if ((c === 83 || c === 115) && text.charCodeAt(i + 1) === 101 && text.charCodeAt(i + 2) === 45) {
      const j = blanksEnd(text, i + 3);
      if (runMayMatch(text, j)) out.push(j, blanksEnd(text, lazyRun.wordEnd[lazyRun.count - 1]) + LEVEL_AFTER_LONGEST);
    }
  }
  for (const w of definableWords(doc)) {
    const at = w.at;
    for (let k = lowerBound(at, from); k < at.length && at[k] < to; k++) out.push(at[k], at[k] + w.abbr.length);
  }
  return out;
}

// Does a candidate run that may give a mention start in [from, to)?
function mayStartRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !((c >= 65 && c <= 90) || lowerStartAt(text, i)) : upperAt(text, i) === 0) continue;
    if (letterBefore(text, i)) continue;
    if (runMayMatch(text, i)) return true;
    if ((c === 83 || c === 115) && text.charCodeAt(i + 1) === 101 && text.charCodeAt(i + 2) === 45 && runMayMatch(text, blanksEnd(text, i + 3))) return true;
  }
  return false;
}

/**
 * Region mentions of a document, memoized. A name left ambiguous by its own words ("Bekasi")
 * takes the reading the article states explicitly elsewhere ("Kota Bekasi"), when only one is.
 */
export function findRegionMentions(doc: Doc): RegionMention[] {
  return doc.memo('regions', () => {
    const mentions = scanRegions(doc.text);
    const explicit = new Set(mentions.filter((m) => m.code && m.candidates.length === 1).map((m) => m.code!));
    for (const m of mentions) {
      if (m.code || m.candidates.length < 2) continue;
      const stated = m.candidates.filter((c) => explicit.has(c));
      if (stated.length === 1) {
        m.code = stated[0];
        m.level = BY_CODE.get(stated[0])!.level;
      }
    }
    return mentions;
  });
}

/** The region of the lexicon entry ids used by a mention, for evidence: "region:73.22". */
export function regionLexiconId(code: string): string {
  return `region:${code}`;
}
