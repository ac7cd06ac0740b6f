/**
 * Cheap necessary conditions, on the raw text, for the token analyses of the official forms:
 * every form starts at an office title or modifier (`titleAt`), so a sentence without one yields
 * no official fact and is never tokenized; a later mention of an official names one of its words.
 *
 * Handles: "Ketua KPU ...", "Pj. Bupati", "MenPAN-RB", title slips "Sekretatis Jenderal" (the
 * one-letter tolerance of `titleSpelling` for long words), any case ("KETUA", "ketua").
 * Not here: whether the title is an office (office.ts).
 */
import type { Doc } from '../../doc.js';
import { MODIFIER_TRIE, POSITION_TRIE, TITLE_SLIP_WORDS } from './lexicon.js';
import { startsLower, startsUpper } from '../../text/tokenize.js';

// Why the test below is exact. A token whose lower-case text is an alias's first token `f`
// ("ketua", "pj.", "menpan-rb") starts with a letter that no letter precedes (a word token never
// starts inside a run of letters: the tokenizer's word pattern is greedy) and its letters up to
// the first non-letter are those of `f`; so when every first token is written in ASCII letters
// with "." or "-" after them, a maximal run of ASCII letters in the sentence lower-cases to the
// first letter run of `f`. ASCII runs are checked through a letter trie, without slicing. The
// only other character whose lower case is an ASCII letter is the Kelvin sign (U+212A → "k");
// the dotted capital I gives two characters ("i" and a combining dot), which no title holds.
// A slip ("Sekretatis" → "sekretaris", `titleSpelling`) keeps the length, the first letter in
// upper case and the second as written, and differs in at most two letters (one substituted or
// two swapped): checked where a run starts with a capital.
const KELVIN = 0x212a;

// letter index + 1 (1-26) of an ASCII letter or the Kelvin sign, 0 for any other character
const LETTER = new Uint8Array(0x10000);
for (let k = 0; k < 26; k++) LETTER[0x61 + k] = LETTER[0x41 + k] = k + 1;
LETTER[KELVIN] = 11;

const FIRST_TOKENS = [...new Set([...POSITION_TRIE.firstTokens(), ...MODIFIER_TRIE.firstTokens()])];
const SIMPLE_TOKEN = /^[a-z]+(?:[.-][a-z]*)*$/;
const FIRST_SET = new Set(FIRST_TOKENS);
const SLIPS = TITLE_SLIP_WORDS.filter((w) => FIRST_SET.has(w));

/** False when the lexicons hold a title the test cannot see (not in ASCII letters): then every sentence may hold one. */
export const TITLE_GATE_ACTIVE = FIRST_TOKENS.every((f) => SIMPLE_TOKEN.test(f)) && SLIPS.every((w) => /^[a-z]{2}/.test(w));

// trie of the first letter runs: NEXT[node * 27 + letter index + 1] is the child node, 0 for none
// (the root is never a child), TERMINAL[node] marks the end of a run
const nextList: number[] = [];
const terminalList: boolean[] = [];
function addNode(): number {
  for (let k = 0; k < 27; k++) nextList.push(0);
  terminalList.push(false);
  return terminalList.length - 1;
}
addNode();
for (const f of FIRST_TOKENS) {
  if (!TITLE_GATE_ACTIVE) break;
  let node = 0;
  for (const ch of /^[a-z]+/.exec(f)![0]) {
    const at = node * 27 + ch.charCodeAt(0) - 0x60;
    if (nextList[at] === 0) nextList[at] = addNode();
    node = nextList[at];
  }
  terminalList[node] = true;
}

// The trie as an automaton read one character at a time, one table read per character.
// Character class: 0 for a non-letter, the letter index (1-26) for a lower-case ASCII letter, 26
// more for a capital (A-Z, the Kelvin sign). States: the trie nodes (0, the root, is "between
// runs"), SKIP (in a run no first token starts) and FOUND (a run that is a first token ended).
const CAPITAL = 26;
const CLASS_COUNT = 53;
const CLASS = new Uint8Array(0x10000);
for (let k = 0; k < 26; k++) {
  CLASS[0x61 + k] = k + 1;
  CLASS[0x41 + k] = CAPITAL + k + 1;
}
CLASS[KELVIN] = CAPITAL + 11;
const NODES = terminalList.length;
const SKIP = NODES;
const FOUND = NODES + 1;
const STEP = new Int32Array((NODES + 2) * CLASS_COUNT);
for (let node = 0; node < NODES; node++) {
  STEP[node * CLASS_COUNT] = node === 0 || !terminalList[node] ? 0 : FOUND;
  for (let l = 1; l <= 26; l++) STEP[node * CLASS_COUNT + l] = STEP[node * CLASS_COUNT + CAPITAL + l] = nextList[node * 27 + l] || SKIP;
}
for (let k = 1; k < CLASS_COUNT; k++) STEP[SKIP * CLASS_COUNT + k] = SKIP;
for (let k = 0; k < CLASS_COUNT; k++) STEP[FOUND * CLASS_COUNT + k] = FOUND;

// slip targets by their first letter (lower case) and second character code
const SLIPS_BY_START = new Map<number, string[]>();
// SLIP_PAIR[letter index * 128 + second character] is 1 where a slip target starts so
const SLIP_PAIR = new Uint8Array(27 * 128);
for (const w of SLIPS) {
  const key = w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
  SLIPS_BY_START.set(key, [...(SLIPS_BY_START.get(key) ?? []), w]);
  SLIP_PAIR[(w.charCodeAt(0) - 0x60) * 128 + w.charCodeAt(1)] = 1;
}

// the text at p (a capital, lower-cased to w's first letter) may be a slip of w: same second
// character, at most two others differ, all inside the sentence
function maySlip(text: string, p: number, to: number, w: string): boolean {
  if (p + w.length > to) return false;
  let diff = 0;
  for (let j = 2; j < w.length; j++) if (text.charCodeAt(p + j) !== w.charCodeAt(j) && ++diff > 2) return false;
  return true;
}

// may a run that starts at p with a capital (letter index l) be a slip of a title word?
function slipAt(text: string, p: number, to: number, l: number): boolean {
  const second = text.charCodeAt(p + 1);
  if (second >= 128 || SLIP_PAIR[l * 128 + second] === 0) return false;
  for (const w of SLIPS_BY_START.get((l + 0x60) * 0x10000 + second)!) if (maySlip(text, p, to, w)) return true;
  return false;
}

/**
 * May the text between `from` and `to` (one sentence) hold an office title or modifier, as
 * `titleAt` reads its tokens? False only when no token there can match one.
 */
export function mayHoldTitle(text: string, from: number, to: number): boolean {
  if (!TITLE_GATE_ACTIVE) return true;
  let state = 0;
  for (let i = from; i < to; i++) {
    const k = CLASS[text.charCodeAt(i)];
    // a run starts at i with a capital: it may open a slip
    if (state === 0 && k > CAPITAL && i + 1 < to && slipAt(text, i, to, k - CAPITAL)) return true;
    state = STEP[state * CLASS_COUNT + k];
    if (state === FOUND) return true;
  }
  // a run that ends with the sentence
  return state < NODES && terminalList[state];
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
// lower case that moves offsets or depends on context: the dotted capital I (two characters in
// lower case) and the capital sigma (final or not by the letters after it)
const OFFSET_UNSAFE = /[\u0130\u03a3]/;

/**
 * Does lower case keep every offset of the article's text and read each character alone? Not
 * with a dotted capital I (two characters in lower case) or a capital sigma (final or not by the
 * letters after it).
 */
export function lowerCaseKeepsOffsets(doc: Doc): boolean {
  return doc.memo('official/lower-case-keeps-offsets', () => !OFFSET_UNSAFE.test(doc.text));
}

/** How a token found by `sentencesWithWords` starts as written. */
export type WordCase = 'any' | 'lower' | 'upper';

// does the text at i start as `written` asks (a whole code point, as the /u tests read it)?
function startsAs(text: string, i: number, written: WordCase): boolean {
  if (written === 'any') return true;
  const head = text.slice(i, i + 2);
  return written === 'lower' ? startsLower(head) : startsUpper(head);
}

/**
 * The indexes of the sentences that may hold a token, starting with a letter written in the
 * given case, whose lower-case text is one of `words` (lower case) or one of them and a period
 * ("dr."). The document's text is lower-cased once; such a token has no letter before it, and
 * none after it unless it ends in a period ("Dr.Ahmad").
 * Returns null when the lower case would move offsets (then any sentence may).
 */
export function sentencesWithWords(doc: Doc, words: Iterable<string>, written: WordCase = 'any'): Set<number> | null {
  if (!lowerCaseKeepsOffsets(doc)) return null;
  const lower = doc.memo('official/lower-text', () => doc.text.toLowerCase());
  const out = new Set<number>();
  for (const w of words) {
    if (w.length === 0) return null;
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      if (i > 0 && isAsciiLetter(lower.charCodeAt(i - 1))) continue;
      // a token that ends in a period may run into the next one: "Dr.Ahmad"
      if (!w.endsWith('.') && i + w.length < lower.length && isAsciiLetter(lower.charCodeAt(i + w.length))) continue;
      if (!startsAs(doc.text, i, written)) continue;
      out.add(doc.sentenceAt(i).index);
    }
  }
  return out;
}

// the letter at p of a run of ASCII letters (or the Kelvin sign), lower-cased
const lowerAt = (text: string, p: number) => LETTER[text.charCodeAt(p)] + 0x60;

// do the run's letters from `a` on equal w's from `b` on (both to the end)?
function restEqual(text: string, start: number, la: number, w: string, a: number, b: number): boolean {
  if (la - a !== w.length - b) return false;
  for (; a < la; a++, b++) if (lowerAt(text, start + a) !== w.charCodeAt(b)) return false;
  return true;
}

// a run of text (ASCII letters, lower-cased as read) of four letters or more within one edit of
// `w` (lower-case ASCII): `withinOneEdit` on character codes, without slicing the text. One edit
// (a letter changed, added, dropped, or two swapped) never reaches both ends of such words, so
// the run keeps w's first letter or its last.
function runWithinOneEdit(text: string, start: number, end: number, w: string): boolean {
  const la = end - start;
  const lb = w.length;
  if (la - lb > 1 || lb - la > 1) return false;
  if (lowerAt(text, start) !== w.charCodeAt(0) && lowerAt(text, end - 1) !== w.charCodeAt(lb - 1)) return false;
  let i = 0;
  while (i < la && i < lb && lowerAt(text, start + i) === w.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (restEqual(text, start, la, w, i + 1, i + 1)) return true;
    return i + 1 < la && lowerAt(text, start + i) === w.charCodeAt(i + 1) && lowerAt(text, start + i + 1) === w.charCodeAt(i) && restEqual(text, start, la, w, i + 2, i + 2);
  }
  return la > lb ? restEqual(text, start, la, w, i + 1, i) : restEqual(text, start, la, w, i, i + 1);
}

const hashStep = (h: number, code: number) => (Math.imul(h, 31) + code) | 0;
const hashOf = (s: string) => {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
};

/**
 * A test on the raw text of a sentence: may a piece of a token's lower-case text (between its
 * periods, as name words are compared: "m.si" → "m", "si") equal one of `exact` or lie within one
 * edit of one of `near` (five letters or more)? Null when a word is not all ASCII letters.
 *
 * Why it is exact: a piece in ASCII letters is a maximal run of ASCII letters in the text (see
 * above: no letter touches a token, and a period or the token's end closes the piece); a piece
 * within one edit of an ASCII word `w` holds at most one other character, so it is such a run
 * within one edit of `w`, or that character splits it into a prefix and a suffix of `w`, one
 * of them at least half of |w| - 1 letters long. Runs are compared by a hash (a collision only
 * lets a sentence through).
 */
export function pieceTest(exact: readonly string[], near: readonly string[]): ((text: string, from: number, to: number) => boolean) | null {
  if (![...exact, ...near].every((w) => /^[a-z]+$/.test(w))) return null;
  const hashes = new Set(exact.map(hashOf));
  for (const w of near) {
    for (let n = Math.ceil((w.length - 1) / 2); n <= w.length; n++) {
      hashes.add(hashOf(w.slice(0, n)));
      hashes.add(hashOf(w.slice(w.length - n)));
    }
  }
  const nearByLength = new Map<number, string[]>();
  for (const w of near) for (const n of [w.length - 1, w.length, w.length + 1]) nearByLength.set(n, [...(nearByLength.get(n) ?? []), w]);
  return (text, from, to) => {
    let i = from;
    while (i < to) {
      let l = LETTER[text.charCodeAt(i)];
      if (l === 0) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      do {
        h = hashStep(h, l + 0x60);
        i++;
      } while (i < to && (l = LETTER[text.charCodeAt(i)]) !== 0);
      if (hashes.has(h)) return true;
      const candidates = i - start >= 5 ? nearByLength.get(i - start) : undefined;
      if (candidates) for (const w of candidates) if (runWithinOneEdit(text, start, i, w)) return true;
    }
    return false;
  };
}
