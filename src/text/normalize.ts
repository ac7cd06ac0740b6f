/**
 * Unicode NFC and whitespace normalization with an offset map back to the raw text.
 *
 * Handles: CRLF and lone CR line ends ("mediaindonesia" pages are CRLF), U+2028/U+2029/NEL line
 * separators, NBSP / zero-width / tab characters, runs of spaces, leading and trailing spaces on
 * a line, runs of 3+ line breaks (scraped pages), and characters outside NFC ("e" + combining
 * acute). Text that needs none of this (most JSONL archives) takes a fast path: no copy.
 * A space lost where a scraped page's link or bold text ended is put back between a lower-case
 * word and the capitalized word glued to it ("terdakwaSekjen PDIP Hasto", "unitFebruari 2025",
 * "denganSekda"): the word opens with two lower-case letters or more and the capitalized word has
 * a lower-case letter after its capital. Outlets' names written so on purpose ("detikNews",
 * "tvOne", "mmHg": text-glued-brands.json) and words inside links, handles and file names
 * ("/beritaJabar", "@kpuRI") stay whole; the space maps to the raw offset of the capital.
 * A capitalized word glued to the next is split only when the first is a word of pilah's own
 * lexicons that never starts an outlet's or a brand's name: a region's name or level
 * ("JakartaWakil Menteri", "KabupatenSukabumi"), an office title's first word ("PresidenPrabowo")
 * or a body's short form ("PoldaMetro Jaya"). Brands such as "TikTok", "YouTube" and "WhatsApp"
 * start with no such word and stay whole.
 * Not here: boilerplate (sentences.ts marks it), HTML entities (the HTML reader decodes them).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lexiconPath } from '../lexicon/load.js';

export interface Normalized {
  /** The normalized text: every offset of pilah refers to it. */
  text: string;
  /** `map[i]` is the raw offset of normalized character i; `map[text.length]` is raw length. */
  map: Int32Array;
}

// Anything the slow path would change, except NFC (checked separately) and the text's ends:
// characters (CONTROL_OR_SPACE) and sequences of plain spaces and line breaks (WHITE_RUN), kept as
// two regexes because V8 runs them faster (~25 %) than one alternation of both.
// Spaces that scraped pages carry: NBSP, figure/thin/narrow spaces, ideographic space, tab, VT, FF;
// invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen; line separators.
const CONTROL_OR_SPACE = /[\x00-\x09\x0b-\x1f\x7f-\xa0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const WHITE_RUN = / [ \n]|\n |\n\n\n/;
// Every character below U+0300 is NFC_Quick_Check=Yes with combining class 0 (the combining
// diacritics start at U+0300), so a text without one at or above it is already NFC; a test
// checks every pair of such characters.
const MAY_NEED_NFC = /[^\x00-\u02ff]/;

const enum Cls {
  Plain = 0,
  Space = 1,
  Newline = 2,
  Invisible = 3,
}

function classify(c: number): Cls {
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) return Cls.Space;
  if (c === 0x0a || c === 0x0d || c === 0x85) return Cls.Newline;
  // other C0/C1 control characters and DEL: dropped like zero-width characters
  if (c < 0x20 || (c >= 0x7f && c < 0xa0 && c !== 0x85)) return Cls.Invisible;
  if (c < 0x80) return Cls.Plain;
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return Cls.Space;
  if (c === 0x2028 || c === 0x2029) return Cls.Newline;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return Cls.Invisible;
  return Cls.Plain;
}

function isWhite(c: number): boolean {
  const k = classify(c);
  return k === Cls.Space || k === Cls.Newline;
}

// where a lower-case letter meets a capitalized word: the one pattern searched over the whole text
// (the word before it is read backwards from there: a regex with a lookbehind and a lookahead
// tried at every position cost ten times as much on news-12k)
const GLUE_AT = /[a-z][A-Z][a-z]/g;
// a character that joins the word after it to a token (a link, a handle, a file name, another word)
const JOINS_NEXT = /[\p{L}\p{M}\p{N}@#/\\._\-=&?%+'’]/u;
const isLowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpperAscii = (c: number) => c >= 0x41 && c <= 0x5a;
const GLUED_LEXICON = z
  .object({ source: z.string(), words: z.array(z.string().regex(/^[a-z]+$/)).min(1), clitics: z.array(z.string().regex(/^[A-Z][a-z]+$/)) })
  .parse(JSON.parse(readFileSync(lexiconPath('text-glued-brands.json'), 'utf8')));
const BRANDS: readonly string[] = GLUED_LEXICON.words;

const CAPITALIZED_WORD = /^[A-Z][a-z]{3,}$/;
/**
 * Capitalized words after which a lost space is put back before the next capitalized word: the
 * one-word names and the levels of regions (region-gazetteer.json, region-aliases.json), the first
 * words of office titles (office-positions.json) and bodies' short forms (institution-lexicon.json
 * but parties, whose names are brands: "NasDem"; office-bodies.json). Four letters or more.
 */
const GLUED_FRONTS: ReadonlySet<string> = (() => {
  const read = (name: string) => JSON.parse(readFileSync(lexiconPath(name), 'utf8')) as { entries: Record<string, unknown>[] };
  const words = new Set<string>();
  const add = (w: unknown) => {
    if (typeof w === 'string' && CAPITALIZED_WORD.test(w)) words.add(w);
  };
  const names = (e: Record<string, unknown>, ...fields: string[]) => fields.flatMap((f) => (Array.isArray(e[f]) ? (e[f] as unknown[]) : [e[f]]));
  for (const e of read('region-gazetteer.json').entries) {
    for (const n of names(e, 'name', 'canonical', 'aliases')) add(n);
    add(String(e.canonical).split(' ')[0]);
  }
  for (const e of read('region-aliases.json').entries) for (const n of names(e, 'canonical', 'aliases')) add(n);
  for (const e of read('office-positions.json').entries) for (const n of names(e, 'canonical', 'aliases')) add(String(n).split(' ')[0]);
  for (const e of read('institution-lexicon.json').entries) if (e.scope !== 'party') for (const n of names(e, 'acronyms', 'subunits')) add(n);
  for (const e of read('office-bodies.json').entries) for (const n of names(e, 'aliases')) add(n);
  return words;
})();
// "kepadaNya": a clitic then no further letter
const CLITIC = new RegExp(`^(?:${GLUED_LEXICON.clitics.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * The offsets where a space was lost between a word and a capitalized one, the first `limit` of
 * them (the fast path asks for one). The word is two lower-case letters or more, capitalized or
 * not, and starts a token or right after a space put back ("KetuaKetuaKetua"). Exported for tests.
 */
export function gluePoints(text: string, limit = Infinity): number[] {
  const out: number[] = [];
  GLUE_AT.lastIndex = 0;
  for (let m = GLUE_AT.exec(text); m !== null && out.length < limit; m = GLUE_AT.exec(text)) {
    const at = m.index + 1;
    GLUE_AT.lastIndex = at + 1;
    let start = m.index;
    while (start > 0 && isLowerAscii(text.charCodeAt(start - 1))) start--;
    if (at - start < 2) continue;
    if (start > 0 && isUpperAscii(text.charCodeAt(start - 1))) start--;
    if (start > 0 && start !== out[out.length - 1] && joinsNext(text, start)) continue;
    if (gluedAfter(text, text.slice(start, at), at)) out.push(at);
  }
  return out;
}

/** Does the character before `at` (a whole code point) join the word at `at` to a token? */
function joinsNext(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  const before = c >= 0xdc00 && c <= 0xdfff && at > 1 ? String.fromCodePoint(text.codePointAt(at - 2)!) : text[at - 1];
  return JOINS_NEXT.test(before);
}

/** Is the space lost after `word`, which ends at `at` (a brand, a lexicon word, a clitic)? (exported for tests) */
export function gluedAfter(text: string, word: string, at: number): boolean {
  const kept = word.charCodeAt(0) < 0x61 ? !GLUED_FRONTS.has(word) : BRANDS.some((b) => word.endsWith(b));
  return !kept && !CLITIC.test(text.slice(at, at + 4));
}

/** Put the lost spaces back (`gluePoints`); each new space maps to the raw offset of the capital. */
function splitGlued(n: Normalized, withMap: boolean): Normalized {
  const at = gluePoints(n.text);
  if (at.length === 0) return n;
  const parts: string[] = [];
  let from = 0;
  for (const p of at) {
    parts.push(n.text.slice(from, p), ' ');
    from = p;
  }
  parts.push(n.text.slice(from));
  if (!withMap) return { text: parts.join(''), map: new Int32Array(0) };
  const map = new Int32Array(n.map.length + at.length);
  let k = 0;
  let prev = 0;
  for (let g = 0; g < at.length; g++) {
    map.set(n.map.subarray(prev, at[g]), k);
    k += at[g] - prev;
    map[k++] = n.map[at[g]];
    prev = at[g];
  }
  map.set(n.map.subarray(prev), k);
  return { text: parts.join(''), map };
}

/** True when `raw` is already normalized: `normalizeText(raw).text === raw`. */
export function isNormalized(raw: string): boolean {
  if (raw.length === 0) return true;
  if (isWhite(raw.charCodeAt(0)) || isWhite(raw.charCodeAt(raw.length - 1))) return false;
  if (classify(raw.charCodeAt(0)) === Cls.Invisible) return false;
  if (CONTROL_OR_SPACE.test(raw) || WHITE_RUN.test(raw)) return false;
  if (MAY_NEED_NFC.test(raw) && raw.normalize('NFC') !== raw) return false;
  return gluePoints(raw, 1).length === 0;
}

/**
 * The normalized text alone: `normalizeText(raw).text`, without building the offset map (what
 * an article keeps; the map matters only to callers that point back into the raw text).
 */
export function normalizedText(raw: string): string {
  if (isNormalized(raw)) return raw;
  return normalize(raw, false).text;
}

function identityMap(n: number): Int32Array {
  const map = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) map[i] = i;
  return map;
}

/**
 * Normalize raw text and keep, for each output character, the raw offset it came from.
 * NFC is applied per run of non-ASCII characters so that the map stays exact. Linear time;
 * unchanged runs are copied as slices, never character by character.
 */
export function normalizeText(raw: string): Normalized {
  if (isNormalized(raw)) return { text: raw, map: identityMap(raw.length) };
  return normalize(raw, true);
}

// The slow path; `withMap: false` leaves the map empty (the text is the same either way).
function normalize(raw: string, withMap: boolean): Normalized {
  return splitGlued(normalizeSpaces(raw, withMap), withMap);
}

// Whitespace, invisible characters and NFC.
function normalizeSpaces(raw: string, withMap: boolean): Normalized {
  const parts: string[] = [];
  let map = new Int32Array(withMap ? raw.length + 1 : 0);
  let n = 0; // output length
  const ensure = (extra: number) => {
    if (!withMap || n + extra + 1 <= map.length) return;
    const bigger = new Int32Array(Math.max(map.length * 2, n + extra + 1));
    bigger.set(map.subarray(0, n));
    map = bigger;
  };
  const emitSlice = (from: number, to: number) => {
    parts.push(raw.slice(from, to));
    if (!withMap) {
      n += to - from;
      return;
    }
    ensure(to - from);
    for (let k = from; k < to; k++) map[n++] = k;
  };
  const emitChar = (s: string, at: number) => {
    parts.push(s);
    if (!withMap) {
      n += s.length;
      return;
    }
    ensure(s.length);
    for (let k = 0; k < s.length; k++) map[n++] = at;
  };
  let pendingSpace = -1; // raw offset of a collapsed space run not yet emitted
  let pendingBreaks = 0; // line breaks seen since the last visible character
  let pendingBreakAt = -1;
  let i = 0;
  const len = raw.length;
  while (i < len) {
    const c = raw.charCodeAt(i);
    const cls = classify(c);
    if (cls === Cls.Newline) {
      if (pendingBreaks === 0) pendingBreakAt = i;
      pendingBreaks++;
      // "\r\n" counts once
      i += c === 0x0d && raw.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      pendingSpace = -1; // trailing spaces before a line break are dropped
      continue;
    }
    if (cls === Cls.Space) {
      if (pendingSpace < 0 && pendingBreaks === 0) pendingSpace = i; // leading spaces of a line are dropped
      i++;
      continue;
    }
    if (cls === Cls.Invisible) {
      i++;
      continue;
    }
    // a visible character: first flush what whitespace precedes it
    if (n > 0) {
      if (pendingBreaks > 0) emitChar(pendingBreaks >= 2 ? '\n\n' : '\n', pendingBreakAt);
      else if (pendingSpace >= 0) emitChar(' ', pendingSpace);
    }
    pendingBreaks = 0;
    pendingSpace = -1;
    // a run of characters that need no change
    let j = i + 1;
    if (c < 0x80) {
      while (j < len) {
        const d = raw.charCodeAt(j);
        if (d >= 0x7f || d <= 0x20) break;
        j++;
      }
      // keep single inner spaces inside the run: "a b" is copied at once
      while (j < len && raw.charCodeAt(j) === 0x20 && j + 1 < len) {
        const d = raw.charCodeAt(j + 1);
        if (d >= 0x7f || d <= 0x20) break;
        j += 2;
        while (j < len) {
          const e = raw.charCodeAt(j);
          if (e >= 0x7f || e <= 0x20) break;
          j++;
        }
      }
      emitSlice(i, j);
      i = j;
      continue;
    }
    // a run of non-ASCII visible characters: NFC it as a unit
    while (j < len) {
      const d = raw.charCodeAt(j);
      if (d < 0x80 || classify(d) !== Cls.Plain) break;
      j++;
    }
    const run = raw.slice(i, j);
    const nfc = run.normalize('NFC');
    if (nfc === run) {
      emitSlice(i, j);
    } else if (nfc.length === run.length && withMap) {
      ensure(nfc.length);
      parts.push(nfc);
      for (let k = i; k < j; k++) map[n++] = k;
    } else if (nfc.length === run.length) {
      parts.push(nfc);
      n += nfc.length;
    } else {
      emitChar(nfc, i);
    }
    i = j;
  }
  const text = parts.join('');
  // an ASCII letter followed by a combining mark in the next run: NFC across the run border
  if (MAY_NEED_NFC.test(text) && text.normalize('NFC') !== text) {
    // rare: the map-free path takes the mapped one (normalizeAcross re-maps per grapheme)
    if (!withMap) return normalizeSpaces(raw, true);
    map[n] = raw.length;
    return normalizeAcross(text, map.subarray(0, n + 1));
  }
  if (!withMap) return { text, map };
  map[n] = raw.length;
  return { text, map: map.slice(0, n + 1) };
}

// Rare: composition across an ASCII/non-ASCII boundary ("e" + U+0301). Re-map per grapheme base.
function normalizeAcross(text: string, map: Int32Array): Normalized {
  const out: string[] = [];
  const outMap: number[] = [];
  let i = 0;
  while (i < text.length) {
    // a base character and the combining marks after it
    let j = i + 1;
    while (j < text.length && /\p{M}/u.test(text[j])) j++;
    const nfc = text.slice(i, j).normalize('NFC');
    for (let k = 0; k < nfc.length; k++) {
      out.push(nfc[k]);
      outMap.push(map[i + Math.min(k, j - i - 1)]);
    }
    i = j;
  }
  outMap.push(map[text.length]);
  return { text: out.join(''), map: Int32Array.from(outMap) };
}

/** Map a normalized offset back to the raw text (clamped to the text). */
export function rawOffset(normalized: Normalized, offset: number): number {
  const m = normalized.map;
  if (offset <= 0) return m.length > 0 ? m[0] : 0;
  if (offset >= m.length - 1) return m[m.length - 1];
  return m[offset];
}
