/**
 * Sentence segmentation for Indonesian news, with boilerplate marking.
 *
 * Handles: abbreviations that end in a period ("H. Lusapta", "Dr.", "Drs.", "Ir.", "No. 7",
 * "Brigjen Pol. Ramadhan", "S.H., M.Si.", "dll.", "dsb.", "s.d.", "Jl."), initials ("M. Tio"),
 * decimal and thousands separators ("12,5", "3.016"), scraped line breaks inside a sentence
 * ("Ketua Badan Legislasi (\nBaleg\n) DPR RI Bob Hasan"), quotes closing after the period.
 * Boilerplate lines ("BACA JUGA: ...", "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT",
 * "#KPUMelayani #KPULampung") become sentences of their own with `boilerplate: true`, so
 * extractors skip them while offsets stay valid.
 * Not here: the dateline (dateline.ts).
 */
import { z } from 'zod';
import { loadLexicon } from '../lexicon/load.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** a line that is not article prose: related links, ads, hashtags */
  boilerplate: boolean;
}

const AbbreviationsSchema = z.object({ source: z.string(), entries: z.array(z.string()) });
const ABBREVIATIONS = new Set(
  loadLexicon('abbreviations.json', AbbreviationsSchema.transform((d) => ({ ...d, entries: d.entries.map((e) => ({ id: e.toLowerCase() })) }))).entries.map((e) => e.id),
);

// Whole lines that are never article prose. Ordered from most to least common in scraped news.
const BOILERPLATE_LINE = [
  /^\s*baca\s+(?:juga|pula)\s*:?/i, // "BACA JUGA:TNI-Polri di Lampung ...", "Baca juga: ..."
  /^\s*(?:scroll to continue with content|advertisement|iklan)\s*$/i,
  /^\s*(?:#[\p{L}\p{N}_]+\s*)+$/u, // hashtag block "#KPUMelayani #KPULampung"
  /^\s*(?:simak|lihat)\s+(?:juga\s+)?video\b/i,
  /^\s*\[gambas:[^\]]*\]\s*$/i,
  /^\s*(?:editor|penulis|reporter|pewarta|sumber)\s*:/i,
  /^\s*(?:copyright|hak cipta)\s*(?:©|\(c\))?/i,
  /^\s*\((?:[a-z]{2,5}\/)+[a-z]{2,5}\)\s*$/i, // editor initials "(fyk/fay)"
];

/** True when a whole line is boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_LINE.some((re) => re.test(line));
}

// Is the word before a period an abbreviation, an initial or a number part?
function periodEndsSentence(text: string, dot: number): boolean {
  // word before the period
  let w = dot - 1;
  while (w >= 0 && /[\p{L}\p{N}.]/u.test(text[w])) w--;
  const word = text.slice(w + 1, dot);
  const after = text.slice(dot + 1, dot + 3);
  // "12.5", "3.016", "10.00": a digit follows directly
  if (/^\d/.test(after)) return false;
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // a single capital letter is an initial: "M. Tio", "Maria Magdalena S. Seriang"
  if (/^\p{Lu}$/u.test(word)) return false;
  // dotted abbreviations "S.H", "M.Si", "s.d"
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return false;
  // a lowercase continuation means no sentence break: "Pj. Sekdaprov" is caught above,
  // this catches unknown short forms followed by a lowercase word
  const next = /^\s*(\S)/.exec(text.slice(dot + 1, dot + 4));
  if (next && /\p{Ll}/u.test(next[1]) && word.length <= 4) return false;
  return true;
}

/**
 * Split normalized text into sentences. A paragraph break (blank line) always ends a sentence;
 * a single line break ends one only when the line before it ends like a sentence or either line
 * is boilerplate or a title-like short line.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, boilerplate = false) => {
    // trim
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), boilerplate });
  };

  // 1. lines, grouped into blocks; boilerplate lines stand alone
  const lines: { start: number; end: number }[] = [];
  let ls = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: ls, end: i });
      ls = i + 1;
    }
  }
  let blockStart = -1;
  let blockEnd = -1;
  const flushBlock = () => {
    if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, push);
    blockStart = -1;
  };
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k];
    const line = text.slice(start, end);
    if (line.trim() === '') {
      flushBlock();
      continue;
    }
    if (isBoilerplateLine(line)) {
      flushBlock();
      push(start, end, true);
      continue;
    }
    if (blockStart >= 0) {
      // does the previous line end a sentence? then the block ends there
      const prev = text.slice(blockStart, blockEnd).trimEnd();
      const endsSentence = /[.!?"”’)]$/.test(prev) && !/\b[A-Z]\.$/.test(prev);
      const nextStartsLower = /^\s*[\p{Ll}(),;:]/u.test(line);
      // a line with no closing punctuation followed by a capitalized line: title or caption
      const looksTitle = !/[.!?,;:"”]$/.test(prev) && /^\s*[\p{Lu}"“]/u.test(line) && prev.length > 0 && !/[(\-–]$/.test(prev);
      if (!nextStartsLower && (endsSentence || looksTitle) && !/^\s*[)\]]/.test(line)) {
        flushBlock();
      }
    }
    if (blockStart < 0) blockStart = start;
    blockEnd = end;
  }
  flushBlock();
  return sentences;
}

// Split one block (lines joined by scraped line breaks) at sentence-final punctuation.
function splitBlock(text: string, start: number, end: number, push: (s: number, e: number) => void): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && !periodEndsSentence(text, i)) continue;
    // swallow repeated punctuation and closing quotes/brackets: `.")`
    let j = i + 1;
    while (j < end && /[.!?"”’')\]]/.test(text[j])) j++;
    // a sentence ends only before whitespace followed by a non-lowercase start
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k < end && /\p{Ll}/u.test(text[k]) && ch === '.') {
      // "dll. dan" — lowercase after a period is a continuation unless the period closes a quote
      if (!/["”’]/.test(text[j - 1])) continue;
    }
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
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
