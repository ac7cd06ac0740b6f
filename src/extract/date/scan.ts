/**
 * The single pass over the text. Anchors (a digit, or a word that can start a date expression,
 * built from the lexicons) are candidate starts; at each anchor the forms of that anchor's class
 * are tried as sticky regexes, the longest parse wins (ties: list order), its tails are attached
 * (clock-time.ts), and scanning resumes after it. Cost is linear in the text: the anchors are
 * found by one digit regex and the shared word-anchor pass, and every form is bounded and anchored.
 */
import { ANCHOR_SURFACES, ANCHOR_WORDS, key, type AnchorClass } from './lexicon.js';
import { attachTails } from './clock-time.js';
import { alternation } from '../../lexicon/load.js';
import { leadingWord, runAt, wordAnchors } from '../word-anchors.js';
import type { DateForm, RawDate } from './types.js';

const ANCHOR = new RegExp(`\\b(?:\\d|(?:${alternation(ANCHOR_SURFACES)})(?![a-z'’]))`, 'gi');

/**
 * Where a word anchor may stand: a surface's leading run of letters ("jum" of "Jum'at"), a whole
 * run (ANCHOR allows no letter after a surface, and a word boundary before it).
 */
export const WORD_ANCHORS = wordAnchors({ word: [...ANCHOR_SURFACES].map((s) => leadingWord(s).word) });
/**
 * ANCHOR's words split by leading word (sticky): at a word anchor only the surfaces of the word
 * that stands there can match, and they keep ANCHOR's order (longest first).
 */
const WORD_AT = new Map<string, RegExp>();
for (const word of new Set([...ANCHOR_SURFACES].map((s) => leadingWord(s).word))) {
  const surfaces = [...ANCHOR_SURFACES].filter((s) => leadingWord(s).word === word);
  WORD_AT.set(word, new RegExp(`\\b(?:${alternation(surfaces)})(?![a-z'’])`, 'iy'));
}
/** ANCHOR's digits: a run of digits after a word boundary */
const DIGITS = /\b\d+/g;
// "ſ" and "K" (Kelvin): ANCHOR (case-insensitive, not Unicode) does not fold them onto s and k,
// the word anchors do; a text holding one takes ANCHOR itself
const unfolded = (text: string): boolean => text.includes('\u017f') || text.includes('\u212a');

/** The anchors of a text in order; `skipTo` moves past an expression just read. */
interface Anchors {
  next(): { index: number; 0: string } | null;
  skipTo(pos: number): void;
}

/** ANCHOR over the whole text. */
function regexAnchors(text: string): Anchors {
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  return {
    next: () => anchor.exec(text),
    skipTo(pos) {
      anchor.lastIndex = Math.max(anchor.lastIndex, pos);
    },
  };
}

/**
 * The same anchors from the digit runs and the word anchors (`words`, ascending): every ANCHOR
 * match starts at one of them, and ANCHOR's match there is a digit or WORD_AT's.
 */
function listedAnchors(text: string, words: readonly number[]): Anchors {
  const digits = new RegExp(DIGITS.source, DIGITS.flags);
  let digit = digits.exec(text);
  let w = 0;
  let from = 0;
  return {
    next() {
      for (;;) {
        if (digit && digit.index < from) {
          digits.lastIndex = Math.max(digits.lastIndex, from);
          digit = digits.exec(text);
          continue;
        }
        while (w < words.length && words[w] < from) w++;
        if (w < words.length && (!digit || words[w] < digit.index)) {
          const at = words[w++];
          const re = WORD_AT.get(runAt(text, at));
          if (!re) continue;
          re.lastIndex = at;
          const m = re.exec(text);
          if (!m) continue;
          from = at + m[0].length;
          return m;
        }
        if (!digit) return null;
        const at = digit.index;
        digit = digits.exec(text);
        from = at + 1;
        return { index: at, 0: text[at] };
      }
    },
    skipTo(pos) {
      from = Math.max(from, pos);
    },
  };
}

/** The forms to try at each kind of anchor, in list order, computed once per form list. */
export interface CompiledForms {
  digit: DateForm[];
  /** by anchor word key ("senin", "hari", "awal") */
  byWord: Map<string, DateForm[]>;
}

export function compileForms(forms: readonly DateForm[]): CompiledForms {
  const of = (classes: Set<AnchorClass>) => forms.filter((f) => f.starts.some((c) => classes.has(c)));
  const byWord = new Map<string, DateForm[]>();
  for (const [word, classes] of ANCHOR_WORDS) byWord.set(word, of(classes));
  return { digit: of(new Set<AnchorClass>(['digit'])), byWord };
}

/**
 * All date expressions of `text`, in text order and without overlaps. `skip(offset)` drops an
 * expression that starts in a boilerplate line. `words`: WORD_ANCHORS in `text` when known; null
 * runs ANCHOR over the whole text instead (the same anchors, slower: tests compare the two).
 */
export function scanDates(text: string, forms: CompiledForms, skip: (offset: number) => boolean = () => false, words: readonly number[] | null = WORD_ANCHORS.inText(text)): RawDate[] {
  const out: RawDate[] = [];
  const anchors = words === null || unfolded(text) ? regexAnchors(text) : listedAnchors(text, words);
  for (let a = anchors.next(); a; a = anchors.next()) {
    const at = a.index;
    let candidates: DateForm[];
    const c = text.charCodeAt(at);
    if (c >= 48 && c <= 57) {
      // every digit form goes on with a space, a separator or a dash: "5G", "12,5", "2024)" start none
      let e = at + 1;
      while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
      const next = text[e];
      if (next !== ' ' && next !== '/' && next !== '-' && next !== '.' && next !== '–' && next !== '—' && next !== '‒' && next !== '−' && next !== '\n') continue;
      candidates = forms.digit;
    } else {
      const list = forms.byWord.get(key(a[0]));
      if (!list) continue;
      candidates = list;
    }
    let best: RawDate | null = null;
    for (const form of candidates) {
      form.pattern.lastIndex = at;
      const m = form.pattern.exec(text);
      if (!m) continue;
      const d = form.parse(m, text);
      if (!d) continue;
      attachTails(text, d);
      if (!best || d.end > best.end) best = d;
    }
    if (best && !skip(best.start)) {
      out.push(best);
      anchors.skipTo(best.consumed);
    } else if (best) {
      anchors.skipTo(best.consumed);
    }
  }
  return out;
}
