/**
 * The single pass over the text. Anchors (a digit, or a word that can start a date expression,
 * built from the lexicons) are candidate starts; at each anchor the forms of that anchor's class
 * are tried as sticky regexes, the longest parse wins (ties: list order), its tails are attached
 * (clock-time.ts), and scanning resumes after it. Cost is linear in the text: the anchors (digit
 * runs and words, with the word found at each) come from the shared word-anchor pass, and every
 * form is bounded and anchored.
 */
import { ANCHOR_SURFACES, ANCHOR_WORDS, key, type AnchorClass } from './lexicon.js';
import { attachTails, attachTimeBefore } from './clock-time.js';
import { alternation } from '../../lexicon/load.js';
import { leadingWord, wordAnchors, type TaggedAnchors } from '../word-anchors.js';
import type { DateForm, RawDate } from './types.js';

/** Every place a date expression may start: a digit after a word boundary, or a surface that no letter or apostrophe follows. */
const ANCHOR = new RegExp(`\\b(?:\\d|(?:${alternation(ANCHOR_SURFACES)})(?![a-z'’]))`, 'gi');

/**
 * ANCHOR's starts from the shared word-anchor pass: the digit runs, and the leading runs of
 * letters of the surfaces ("jum" of "Jum'at") as whole runs (ANCHOR allows no letter after a
 * surface, and a word boundary before it).
 */
export const DATE_ANCHORS = wordAnchors({ word: [...ANCHOR_SURFACES].map((s) => leadingWord(s).word), digits: true });

/**
 * How ANCHOR's match at a word anchor is read, by the anchor's tag: a word whose surfaces all are
 * the word itself ("senin", "februari") matches there unless a digit or "_" precedes it (no
 * `\b`) or an apostrophe follows; the others ("jum": "Jum", "Jum'at", "Jum’at") run ANCHOR's
 * words of that leading word, sticky, longest first as in ANCHOR.
 */
interface AnchorWord {
  word: string;
  /** the sticky alternation of the surfaces, when not all of them are the word itself */
  surfaces: RegExp | null;
}
const ANCHOR_WORD_INFO: AnchorWord[] = DATE_ANCHORS.words.map((word) => {
  const surfaces = [...ANCHOR_SURFACES].filter((s) => leadingWord(s).word === word);
  const whole = surfaces.every((s) => leadingWord(s).whole);
  return { word, surfaces: whole ? null : new RegExp(`\\b(?:${alternation(surfaces)})(?![a-z'’])`, 'iy') };
});
// "ſ" and "K" (Kelvin): ANCHOR (case-insensitive, not Unicode) does not fold them onto s and k,
// the word anchors do; a text holding one takes ANCHOR itself
const unfolded = (text: string): boolean => text.includes('\u017f') || text.includes('\u212a');

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Does the whole-word surface at `at` (a word anchor, `length` letters) match ANCHOR there? */
function wholeWordAt(text: string, at: number, length: number): boolean {
  // the word anchors exclude a letter on either side; `\b` also a digit or "_" before, ANCHOR an apostrophe after
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (isDigit(before) || before === 0x5f) return false;
  const after = at + length < text.length ? text.charCodeAt(at + length) : -1;
  return after !== 0x27 && after !== 0x2019;
}

/** The forms to try at each kind of anchor, in list order, computed once per form list. */
export interface CompiledForms {
  /**
   * At a digit run: by its length (`DateForm.digitRuns`; the last entry for any longer run), then
   * by the character after it and its white space (`DateForm.digitThen`), filled in as met.
   */
  digitByRun: Array<Map<number, DateForm[]>>;
  /** the digit forms of each run length */
  digitOfRun: DateForm[][];
  /** by anchor word key ("senin", "hari", "awal") */
  byWord: Map<string, DateForm[]>;
  /** by the tag of a DATE_ANCHORS word whose surfaces are the word itself */
  byTag: Array<DateForm[] | undefined>;
}

/**
 * A form with every field of DateForm, in one order (undefined where it declares none): the forms
 * leave out the optional fields they do not need, and `bestAt`, which reads them all, went
 * polymorphic and lost its optimized code on each shape it had not met yet.
 */
function oneShape(f: DateForm): DateForm {
  return { id: f.id, starts: f.starts, digitRuns: f.digitRuns, digitThen: f.digitThen, wordThen: f.wordThen, outrunBy: f.outrunBy, pattern: f.pattern, parse: f.parse };
}

export function compileForms(list: readonly DateForm[]): CompiledForms {
  const forms = list.map(oneShape);
  const of = (classes: Set<AnchorClass>) => forms.filter((f) => f.starts.some((c) => classes.has(c)));
  const byWord = new Map<string, DateForm[]>();
  for (const [word, classes] of ANCHOR_WORDS) byWord.set(word, of(classes));
  const digit = of(new Set<AnchorClass>(['digit']));
  // run lengths 0..longest, then any longer one (only forms that declare no lengths)
  const longest = Math.max(0, ...digit.flatMap((f) => f.digitRuns ?? []));
  const digitOfRun = Array.from({ length: longest + 2 }, (_, n) => digit.filter((f) => !f.digitRuns || (n <= longest && f.digitRuns.includes(n))));
  const byTag = ANCHOR_WORD_INFO.map((w) => (w.surfaces ? undefined : byWord.get(w.word)));
  return { digitByRun: digitOfRun.map(() => new Map()), digitOfRun, byWord, byTag };
}

/** White space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// the key of the forms tried at a comma glued to a digit run (no character has this code)
const GLUED_COMMA = 0x10000;

/**
 * The digit forms to try at the digit run at `at`: none unless the run goes on with a space, a
 * separator or a dash (every digit form does: "5G", "2024)" start none) or a comma that a form
 * names (day-list.ts: "23, 27 dan 30 Juni"), and only those
 * that open with a run of its length and may go on with the character after it and at most four
 * white-space characters.
 */
function digitForms(text: string, at: number, forms: CompiledForms): DateForm[] | null {
  let e = at + 1;
  while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  const next = text[e];
  const run = Math.min(e - at, forms.digitOfRun.length - 1);
  // a comma right after the run ("12,5", "23, 27 dan 30 Juni"): only the forms that name it (or
  // name no next character)
  if (next === ',') {
    let list = forms.digitByRun[run].get(GLUED_COMMA);
    if (!list) {
      list = forms.digitOfRun[run].filter((f) => f.digitThen === undefined || f.digitThen.includes(','));
      forms.digitByRun[run].set(GLUED_COMMA, list);
    }
    return list.length > 0 ? list : null;
  }
  if (next !== ' ' && next !== '/' && next !== '-' && next !== '.' && next !== '–' && next !== '—' && next !== '‒' && next !== '−' && next !== '\n') return null;
  let t = e;
  while (t < e + 4 && isSpace(text.charCodeAt(t))) t++;
  const then = text.charCodeAt(t);
  const byThen = forms.digitByRun[run];
  let list = byThen.get(then);
  if (!list) {
    const ch = String.fromCharCode(then);
    list = forms.digitOfRun[run].filter((f) => f.digitThen === undefined || f.digitThen.includes(ch));
    byThen.set(then, list);
  }
  return list.length > 0 ? list : null;
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * May a form with `DateForm.wordThen` = `then` match at the word at `at`? Its opening letters end
 * inside the run of ASCII letters there (the next letter is then one of `then`) or at its end
 * (then at most four white-space characters and one of `then`).
 */
function wordThenAt(text: string, at: number, then: string): boolean {
  let e = at;
  for (; e < text.length && isAsciiLetter(text.charCodeAt(e)); e++) if (e > at && then.includes(text[e])) return true;
  let t = e;
  while (t < e + 4 && isSpace(text.charCodeAt(t))) t++;
  return t < text.length && then.includes(text[t]);
}

/** The longest parse of `candidates` at `at` (ties: list order), with its tails, or null. */
function bestAt(text: string, at: number, candidates: readonly DateForm[]): RawDate | null {
  let best: RawDate | null = null;
  for (const form of candidates) {
    if (form.wordThen !== undefined && !isDigit(text.charCodeAt(at)) && !wordThenAt(text, at, form.wordThen)) continue;
    if (best !== null && form.outrunBy?.includes(best.rule)) continue;
    form.pattern.lastIndex = at;
    const m = form.pattern.exec(text);
    if (!m) continue;
    const d = form.parse(m, text);
    if (!d) continue;
    attachTails(text, d);
    if (!best || d.end > best.end) best = d;
  }
  return best;
}

/**
 * All date expressions of `text`, in text order and without overlaps. `skip(offset)` drops an
 * expression that starts in a boilerplate line. `anchors`: DATE_ANCHORS in `text` when known;
 * null runs ANCHOR over the whole text instead (the same anchors, slower: tests compare the two).
 */
export function scanDates(
  text: string,
  forms: CompiledForms,
  skip: (offset: number) => boolean = () => false,
  anchors: TaggedAnchors | null = DATE_ANCHORS.taggedInText(text),
): RawDate[] {
  const out: RawDate[] = [];
  // where ANCHOR would go on: past its last match, and past the last expression read
  let from = 0;
  const read = (at: number, candidates: readonly DateForm[] | null | undefined) => {
    if (!candidates) return;
    const best = bestAt(text, at, candidates);
    if (!best) return;
    attachTimeBefore(text, best, out.length > 0 ? out[out.length - 1].consumed : 0);
    if (!skip(best.start)) out.push(best);
    if (best.consumed > from) from = best.consumed;
  };
  if (anchors === null || unfolded(text)) {
    const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
    for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
      from = anchor.lastIndex;
      read(m.index, isDigit(text.charCodeAt(m.index)) ? digitForms(text, m.index, forms) : forms.byWord.get(key(m[0])));
      anchor.lastIndex = from;
    }
    return out;
  }
  const { starts, tags } = anchors;
  for (let a = 0; a < starts.length; a++) {
    const at = starts[a];
    if (at < from) continue;
    const tag = tags[a];
    if (tag < 0) {
      // "_12": no `\b` between "_" and a digit
      if (at > 0 && text.charCodeAt(at - 1) === 0x5f) continue;
      from = at + 1;
      read(at, digitForms(text, at, forms));
      continue;
    }
    const info = ANCHOR_WORD_INFO[tag];
    if (info.surfaces === null) {
      if (!wholeWordAt(text, at, info.word.length)) continue;
      from = at + info.word.length;
      read(at, forms.byTag[tag]);
      continue;
    }
    info.surfaces.lastIndex = at;
    const m = info.surfaces.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    read(at, forms.byWord.get(key(m[0])));
  }
  return out;
}
