/**
 * Offset-preserving tokenizer (natural's AggressiveTokenizerId drops case and offsets).
 *
 * Handles: words with inner apostrophes and hyphens ("Jum'at", "tahapan-tahapan", "e-procurement"),
 * dotted abbreviations and initials ("S.H.", "M.Si.", "M."), known abbreviations with their
 * period ("Dr.", "Drs.", "Jl.", "No.", "dll."), the currency glued to its amount ("Rp20.000" ->
 * "Rp", "20.000"), numbers with separators ("20/06/2023", "12,5", "3.016", "10.00"), and
 * punctuation as single tokens.
 * Not here: sentence boundaries (sentences.ts).
 *
 * The tokens are those of one ordered regular expression (`TOKEN_PATTERN`, kept as the
 * definition and tested against this scanner on real news), scanned by character codes: the
 * regex with named groups and the `u` flag was the slowest step of the official extractors.
 */
import { isAbbreviation } from './sentences.js';
export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  type: TokenType;
}

/**
 * The definition of a token. Ordered alternatives: dotted abbreviations before words, numbers
 * with separators before plain digits, and any other non-space character as punctuation; a word
 * that is a known abbreviation takes the period after it (`tokenize`).
 */
export const TOKEN_PATTERN = /(?<abbr>(?:\p{L}{1,4}\.){2,}|\p{Lu}\.(?=\s|$))|(?<currency>Rp(?=\d))|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*)|(?<number>\d+(?:[.,/:]\d+)*)|(?<punct>[^\s])/gu;

// character classes of a code point, as the pattern's \p{L}, \p{Lu}, \p{M}, \p{N} and \s see them
const L = 1;
const LU = 2;
const M = 4;
const N = 8;
const S = 16;
const KNOWN = 128;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return KNOWN | (/\p{L}/u.test(c) ? L : 0) | (/\p{Lu}/u.test(c) ? LU : 0) | (/\p{M}/u.test(c) ? M : 0) | (/\p{N}/u.test(c) ? N : 0) | (/\s/u.test(c) ? S : 0);
}

// the classes of the BMP, filled in as code points are met; astral code points in a map
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
for (let c = 0; c < 0x80; c++) BMP[c] = classify(c);

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const k = BMP[cp];
    if (k !== 0) return k;
    return (BMP[cp] = classify(cp));
  }
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classify(cp)));
  return k;
}

// the code point at i (a whole surrogate pair, as the `u` flag reads it) and its length
function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const PERIOD = 0x2e;

// end of a run of code points of class `mask` from i (before `to`)
function runEnd(text: string, i: number, to: number, mask: number): number {
  while (i < to) {
    const cp = codePointAt(text, i, to);
    if ((classOf(cp) & mask) === 0) break;
    i += width(cp);
  }
  return i;
}

// (?:\p{L}{1,4}\.){2,} at i: the end, or -1
function dottedAbbreviationEnd(text: string, i: number, to: number): number {
  let groups = 0;
  let j = i;
  for (;;) {
    let n = 0;
    let k = j;
    while (k < to && n <= 4) {
      const cp = codePointAt(text, k, to);
      if ((classOf(cp) & L) === 0) break;
      k += width(cp);
      n++;
    }
    if (n === 0 || n > 4 || k >= to || text.charCodeAt(k) !== PERIOD) break;
    groups++;
    j = k + 1;
  }
  return groups >= 2 ? j : -1;
}

// \p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}]+)* at i (a letter): the end
function wordEnd(text: string, i: number, to: number): number {
  let j = runEnd(text, i, to, L | M | N);
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
    const e = runEnd(text, j + 1, to, L | N);
    if (e === j + 1) break;
    j = e;
  }
  return j;
}

// \d+(?:[.,/:]\d+)* at i (a digit): the end
function numberEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && isDigit(text.charCodeAt(j))) j++;
  while (j + 1 < to) {
    const c = text.charCodeAt(j);
    if (!(c === PERIOD || c === 0x2c || c === 0x2f || c === 0x3a) || !isDigit(text.charCodeAt(j + 1))) break;
    j += 2;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Tokens of `text` between `from` and `to`, with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scanTokens(text, from, to, false);
}

/** A token with its lower-case text, for matching on lower case. */
export interface LowerToken extends Token {
  lower: string;
}

/**
 * `tokenize` with each token's lower-case text made with it: one object per token, where adding
 * `lower` to a made token would grow its storage (the official forms tokenize every sentence
 * they read).
 */
export function tokenizeLower(text: string, from = 0, to = text.length): LowerToken[] {
  return scanTokens(text, from, to, true) as LowerToken[];
}

function scanTokens(text: string, from: number, to: number, lower: boolean): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i, to);
    const k = classOf(cp);
    if (k & S) {
      i += width(cp);
      continue;
    }
    let end: number;
    let type: TokenType = 'word';
    if (k & L) {
      const w = width(cp);
      end = dottedAbbreviationEnd(text, i, to);
      if (end < 0 && k & LU && i + w < to && text.charCodeAt(i + w) === PERIOD && (i + w + 1 === to || classOf(codePointAt(text, i + w + 1, to)) & S)) end = i + w + 1;
      if (end < 0 && cp === 0x52 && i + 2 < to && text.charCodeAt(i + 1) === 0x70 && isDigit(text.charCodeAt(i + 2))) end = i + 2;
      if (end < 0) {
        end = wordEnd(text, i, to);
        // "Dr." / "Jl." / "dll.": a known abbreviation keeps its period
        if (end < to && text.charCodeAt(end) === PERIOD && isAbbreviation(text.slice(i, end))) end++;
      }
    } else if (isDigit(cp)) {
      end = numberEnd(text, i, to);
      type = 'number';
    } else {
      end = i + width(cp);
      type = 'punct';
    }
    const t = text.slice(i, end);
    tokens.push(lower ? ({ start: i, end, text: t, type, lower: t.toLowerCase() } as LowerToken) : { start: i, end, text: t, type });
    i = end;
  }
  return tokens;
}

/** Does `s` start with an upper-case letter (`/^\p{Lu}/u`)? Without a regex for ASCII, where that is A-Z. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return STARTS_UPPER.test(s);
}

/** Does `s` start with a lower-case letter (`/^\p{Ll}/u`)? Without a regex for ASCII, where that is a-z. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return STARTS_LOWER.test(s);
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
