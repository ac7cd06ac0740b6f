/**
 * Sentence segmentation for Indonesian news, with boilerplate marking.
 *
 * Handles: abbreviations that end in a period ("H. Lusapta", "Dr.", "Drs.", "Ir.", "No. 7",
 * "Brigjen Pol. Ramadhan", "S.H., M.Si.", "dll.", "dsb.", "s.d.", "Jl."), initials ("M. Tio"),
 * decimal and thousands separators ("12,5", "3.016"), scraped line breaks inside a sentence
 * ("Ketua Badan Legislasi (\nBaleg\n) DPR RI Bob Hasan", "politiknya di\nRancangan Undang-Undang
 * Statistik\nyang disusun"), the short lines of a page whose links were scraped onto lines of
 * their own ("kepada Presiden\nPrancis\nEmmanuel Macron\ndan Putra Mahkota"), quotes closing
 * after the period, title and sub-heading lines without final punctuation ("Jalin Koordinasi,
 * Kesbangpol Sambangi KPU Luwu Utara").
 * Boilerplate lines ("BACA JUGA: ...", "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT",
 * "#KPUMelayani #KPULampung", "Editor: ...", "(fyk/fay)") become sentences of their own with
 * `boilerplate: true`, so extractors skip them while offsets stay valid.
 * Linear in the text length.
 * Not here: the dateline (dateline.ts).
 */
import { z } from 'zod';
import { lexiconPath, loadLexicon, LexiconError } from '../lexicon/load.js';
import { readFileSync } from 'node:fs';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** a line that is not article prose: related links, ads, hashtags */
  boilerplate: boolean;
}

const AbbreviationsSchema = z.object({
  source: z.string(),
  entries: z.array(z.string()),
  sentenceFinal: z.array(z.string()).default([]),
});
const abbreviations = loadLexicon(
  'abbreviations.json',
  AbbreviationsSchema.transform((d) => ({ ...d, entries: d.entries.map((e) => ({ id: e.toLowerCase() })) })),
);
// A period after these never ends a sentence before a capital: "H. Lusapta", "No. 7", "Jl. Ahmad Yani".
const ABBREVIATIONS = new Set(abbreviations.entries.map((e) => e.id));
// These may close a sentence ("Drs. Ismanto, S.H., M.Si. Kegiatan ditutup."): a capital after them starts a new one.
const SENTENCE_FINAL = new Set(abbreviations.sentenceFinal.map((e) => e.toLowerCase()));
// Lower-casing never shortens a word, so a longer word is in neither set: no need to look.
const LONGEST_ABBREVIATION = Math.max(0, ...[...ABBREVIATIONS, ...SENTENCE_FINAL].map((k) => k.length));

/** True for a word written with a final period as an abbreviation ("Dr", "Jl", "S.H", "dll"), without the period. */
export function isAbbreviation(word: string): boolean {
  const k = word.toLowerCase();
  return ABBREVIATIONS.has(k) || SENTENCE_FINAL.has(k);
}

const BoilerplateSchema = z.object({
  source: z.string(),
  entries: z.array(z.object({ id: z.string().min(1), pattern: z.string().min(1), examples: z.array(z.string()).min(1) })),
});
/** Whole-line boilerplate patterns from `text-boilerplate.json`, compiled once. */
export const BOILERPLATE_PATTERNS: readonly { id: string; re: RegExp; examples: string[] }[] = loadLexicon(
  'text-boilerplate.json',
  BoilerplateSchema,
).entries.map((e) => {
  // a back-reference would point at the wrong group once the patterns are joined into ANY_BOILERPLATE
  if (/\\[1-9]|\\k</.test(e.pattern)) throw new LexiconError(`lexicon text-boilerplate.json entry "${e.id}": back-references are not supported`);
  try {
    return { id: e.id, re: new RegExp(e.pattern, 'iu'), examples: e.examples };
  } catch (err) {
    throw new LexiconError(`lexicon text-boilerplate.json entry "${e.id}": invalid pattern: ${(err as Error).message}`);
  }
});

// All the patterns as one alternation: a line matches it exactly when some pattern matches the
// line, and one regex run rejects a line of prose faster than a run per pattern.
const ANY_BOILERPLATE = new RegExp(BOILERPLATE_PATTERNS.map((p) => `(?:${p.re.source})`).join('|'), 'iu');

const ContinuationSchema = z.object({ source: z.string(), words: z.array(z.string().min(1)) });
const CONTINUATION_WORDS = new Set(
  ContinuationSchema.parse(JSON.parse(readFileSync(lexiconPath('text-continuation.json'), 'utf8'))).words.map((w) => w.toLowerCase()),
);

// Boilerplate lines are short; a long line is prose even when it starts like "Sumber: ...".
const MAX_BOILERPLATE_LINE = 300;

/** The id of the boilerplate pattern a whole line matches, or null. */
export function boilerplateRule(line: string): string | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_BOILERPLATE_LINE) {
    // "BACA JUGA: <long title>" still counts
    if (t.length > MAX_BOILERPLATE_LINE && /^baca\s+juga\b/i.test(t) && t.length < 600) return 'related/baca-juga';
    return null;
  }
  if (!ANY_BOILERPLATE.test(t)) return null;
  for (const p of BOILERPLATE_PATTERNS) if (p.re.test(t)) return p.id;
  return null;
}

/** True when a whole line is boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  return boilerplateRule(line) !== null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLower(c);
  return LOWER.test(text[i]);
}
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiUpper(c);
  return UPPER.test(text[i]);
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLower(c) || isAsciiUpper(c) || isDigit(c);
  return LETTER_OR_DIGIT.test(text[i]);
}
// closing quotes and brackets that may follow sentence-final punctuation: `."` `.")` `.”`
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;

const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

/** Does the period at `dot` end a sentence? (Only called when whitespace follows its closers.) */
function periodEndsSentence(text: string, dot: number, nextStart: number): boolean {
  // the token before the period, dots included: "S.H", "M.Si", "s.d", "12"
  let w = dot - 1;
  while (w >= 0 && (isWordChar(text, w) || text.charCodeAt(w) === 0x2e)) w--;
  const word = text.slice(w + 1, dot);
  if (word.length === 0) return true;
  if (word.length <= LONGEST_ABBREVIATION) {
    const key = word.toLowerCase();
    if (SENTENCE_FINAL.has(key)) return nextStart < text.length && (isUpper(text, nextStart) || text.charCodeAt(nextStart) === 0x22 || text.charCodeAt(nextStart) === 0x201c);
    if (ABBREVIATIONS.has(key)) return false;
  }
  // a single capital letter is an initial: "M. Tio", "Maria Magdalena S. Seriang"
  if (word.length === 1 && isUpper(word, 0)) return false;
  // other dotted abbreviations "a.n", "Sp.B" (the pattern needs a period inside the word)
  if (word.includes('.') && DOTTED_ABBREVIATION.test(word)) return false;
  return true;
}

/**
 * Split normalized text into sentences. A paragraph break (blank line) always ends a sentence;
 * a single line break is joined into the sentence unless the line before it reads like a title,
 * heading or caption (no final punctuation, next line capitalized).
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, boilerplate: boolean) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), boilerplate });
  };
  let blockStart = -1;
  let prevStart = -1; // trimmed bounds of the previous line of the block
  let prevEnd = -1;
  let lineCount = 0; // non-empty lines seen
  let prevIsFirst = false; // the previous line is the text's first line (the title of a .txt)
  let blankAfterBlock = false; // a blank line came after the open block
  const marks = new MarkCursor(text);
  const linkLines = linkBroken(text);
  const linkState: LinkState = { prevTitle: false, signed: false };
  let afterBoilerplate = false; // the line before was boilerplate
  const flush = () => {
    if (blockStart >= 0) splitBlock(text, blockStart, prevEnd, push, marks);
    blockStart = -1;
  };
  let pos = 0;
  const len = text.length;
  while (pos <= len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    pos = nl + 1;
    if (s === e) {
      // a blank line ends the block, unless the next line carries on a cut sentence (see below)
      if (blockStart >= 0) blankAfterBlock = true;
      if (nl === len) break;
      continue;
    }
    const rule = e - s <= 600 ? boilerplateRule(text.slice(s, e)) : null;
    if (rule !== null) {
      blankAfterBlock = false;
      flush();
      push(s, e, true);
      lineCount++;
      prevIsFirst = false;
      afterBoilerplate = true;
      if (rule === SIGNATURE) linkState.signed = true;
      continue;
    }
    if (blockStart >= 0) {
      // across a blank line only a sentence cut mid-way continues: "sekaligus melakukan\n\nkoordinasi antara"
      const joins = blankAfterBlock ? continuesAcrossBlank(text, prevStart, prevEnd, s) : continuesLine(text, prevStart, prevEnd, s, e, prevIsFirst) || (linkLines && linkContinues(text, prevStart, prevEnd, s, e, blockStart, linkState));
      if (!joins) flush();
    }
    blankAfterBlock = false;
    prevIsFirst = lineCount === 0;
    linkState.prevTitle = prevIsFirst || afterBoilerplate;
    afterBoilerplate = false;
    lineCount++;
    if (blockStart < 0) blockStart = s;
    prevStart = s;
    prevEnd = e;
    if (nl === len) break;
  }
  flush();
  return sentences;
}

// Does the line at `s` continue, across a blank line, a sentence cut after a lowercase word or comma?
function continuesAcrossBlank(text: string, ps: number, pe: number, s: number): boolean {
  if (!isLower(text, s)) return false;
  const last = text.charCodeAt(pe - 1);
  return pe - ps >= 20 && (isLower(text, pe - 1) || last === 0x2c);
}

// Does line [s, e) continue the sentence of the line [ps, pe) before it?
function continuesLine(text: string, ps: number, pe: number, s: number, e: number, prevIsFirst: boolean): boolean {
  const first = text.charCodeAt(s);
  // the next line starts lowercase or with closing/continuing punctuation: "Baleg\n) DPR", "menjadi\nomnibus law"
  if (isLower(text, s)) return true;
  if (first === 0x29 || first === 0x5d || first === 0x7d || first === 0x2c || first === 0x3b || first === 0x25 || first === 0x2e) return true;
  // a lone dash line of a split dateline: "Jakarta\n-\nKetua"
  if ((first === 0x2d || first === 0x2013 || first === 0x2014) && e - s <= 2) return true;
  const last = text.charCodeAt(pe - 1);
  // sentence-final punctuation (closers allowed after it): splitBlock decides, abbreviations included
  let k = pe - 1;
  while (k > ps && isCloser(text.charCodeAt(k))) k--;
  const fin = text.charCodeAt(k);
  if (fin === 0x2e || fin === 0x21 || fin === 0x3f || fin === 0x2026) return true;
  // an open bracket, comma or dash at the end: "Legislasi (\nBaleg", "Jakarta -\nKetua"
  if (last === 0x28 || last === 0x5b || last === 0x2c || last === 0x2d || last === 0x2013 || last === 0x2014 || last === 0x2f || last === 0x26) return true;
  // a function word at the end: "politiknya di\nRancangan Undang-Undang"
  let w = pe;
  while (w > ps && isWordChar(text, w - 1)) w--;
  if (w < pe && CONTINUATION_WORDS.has(text.slice(w, pe).toLowerCase())) return true;
  // a long line ending in a lowercase word was cut mid-sentence; a short one is a heading
  if (!prevIsFirst && pe - ps >= 80 && isLower(text, pe - 1)) return true;
  return false;
}

/** Where the lines of a page whose links were scraped onto lines of their own stand. */
interface LinkState {
  /** the line before is the text's first or follows a boilerplate line: a title ("Baca juga:\n<title>") */
  prevTitle: boolean;
  /** an editor's signature ("(rdp/idh)") came: the tags and promotions after it are no prose */
  signed: boolean;
}

// the boilerplate rule of an editor's signature: "(fyk/fay)"
const SIGNATURE = 'credit/initials';
if (!BOILERPLATE_PATTERNS.some((p) => p.id === SIGNATURE)) throw new LexiconError(`lexicon text-boilerplate.json: no entry "${SIGNATURE}" (the editor's signature)`);

// a link's words: a line of at most this many words is a cut piece of a sentence there
const LINK_WORDS = 5;

function fewWords(text: string, s: number, e: number): boolean {
  let spaces = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 0x20 && ++spaces >= LINK_WORDS) return false;
  return true;
}

/**
 * On a page whose links were scraped onto lines of their own, does line [s, e) carry on the
 * sentence of the line [ps, pe) before it (which has no final punctuation: continuesLine said no)?
 * A link is a short line: "kepada Presiden\nPrancis\nEmmanuel Macron\ndan Putra Mahkota\nArab
 * Saudi\nPangeran Mohammed bin Salman\n(MBS), seperti". So the next line is short, or the line
 * before is a short one that itself carried on a sentence. Titles, lines ending with a colon and
 * the tags after the editor's signature end there ("(rdp/idh)\nnarkoba\nkapolres kendal\nHoegeng
 * Awards 2025").
 */
function linkContinues(text: string, ps: number, pe: number, s: number, e: number, blockStart: number, st: LinkState): boolean {
  if (st.prevTitle || st.signed || text.charCodeAt(pe - 1) === 0x3a) return false;
  return fewWords(text, s, e) || (blockStart < ps && fewWords(text, ps, pe));
}

// how many cut lines (a line ending in a letter or digit, the next one starting lowercase or with a
// comma) make a page whose links were scraped onto lines of their own
const LINK_BROKEN_LINES = 3;

function linkBroken(text: string): boolean {
  // by hand from each line break: a regex opening with a Unicode class is tried at every position
  let n = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (nl === 0 || !isWordChar(text, nl - 1)) continue;
    let k = nl + 1;
    while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
    if (k < text.length && (text.charCodeAt(k) === 0x2c || isLower(text, k)) && ++n >= LINK_BROKEN_LINES) return true;
  }
  return false;
}

const FINAL_MARKS = ['.', '!', '?', '\u2026'];

/**
 * The next sentence-final mark (. ! ? …) at or after an offset, found with one `indexOf` per mark
 * (much faster than a loop over every character). Each mark's next position is kept and searched
 * again only once the asked offset passes it, so a text is scanned about once per mark: callers
 * ask for offsets in increasing order (an earlier offset restarts the search).
 */
class MarkCursor {
  private readonly next: number[];
  private last = 0;

  constructor(private readonly text: string) {
    // (pushed, not `.map`: an optimized `.map` makes an array of another elements kind, and `at`
    // lost its optimized code on it)
    this.next = [];
    for (const m of FINAL_MARKS) this.next.push(text.indexOf(m));
  }

  /** Offset of the first mark at or after `from`, or the text length when there is none. */
  at(from: number): number {
    const restart = from < this.last;
    this.last = from;
    let best = this.text.length;
    for (let m = 0; m < FINAL_MARKS.length; m++) {
      let p = this.next[m];
      // -1 (no mark left) stays -1 while the offsets grow
      if (restart || (p >= 0 && p < from)) p = this.next[m] = this.text.indexOf(FINAL_MARKS[m], from);
      if (p >= 0 && p < best) best = p;
    }
    return best;
  }
}

// Split one block (lines joined by scraped line breaks) at sentence-final punctuation.
function splitBlock(text: string, start: number, end: number, push: (s: number, e: number, b: boolean) => void, marks: MarkCursor): void {
  let s = start;
  // every `continue` and jump goes on at the next mark: `i = marks.at(i + 1)`
  for (let i = marks.at(start); i < end; i = marks.at(i + 1)) {
    const c = text.charCodeAt(i);
    // swallow repeated punctuation and closing quotes/brackets: `.")`, `?!`, `...`
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 0x2e || d === 0x21 || d === 0x3f || d === 0x2026 || isCloser(d)) j++;
      else break;
    }
    // a sentence ends only before whitespace: "12.5", "Pol.Ronny", "detik.com" do not end one
    if (j < end && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k < end) {
      // "dll. dan", "Pj. sekretaris", '"Siapa?" tanya dia': a lowercase word continues the sentence
      if (isLower(text, k)) {
        i = j - 1;
        continue;
      }
      if (c === 0x2e && j === i + 1 && !periodEndsSentence(text, i, k)) continue;
      // "(Jum'at,19/08). Kegiatan" ends; ", (2)." inside a list does too
    }
    push(s, j, false);
    s = k;
    i = k - 1;
  }
  push(s, end, false);
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // offsets in inter-sentence whitespace belong to the sentence before
  return hi >= 0 ? hi : -1;
}
