/**
 * Word anchors: where given words stand in a text, found in one pass over its characters, so that
 * a rule runs its (slow, lookbehind and `u` flag) regex only where one of its first words stands.
 *
 * A rule registers its words at module load (`wordAnchors()`); the first document compiles one
 * automaton (Aho-Corasick over letters and a word boundary, with digits told apart for the digit
 * runs) for every registered word of every rule, and each document is scanned once for all of
 * them (doc.memo). The scan reads each character once through two table lookups, the two halves
 * of a text side by side (about 50 ms on news-12k's 27.7 M characters, digit runs included).
 * A rule asked on few documents may put its many words in a group of its own (`group`): a
 * separate automaton, scanned only for the documents that ask.
 *
 * What counts as a letter here: the ASCII letters in either case, plus the two characters that a
 * case-insensitive Unicode regex (`iu`) folds onto ASCII letters, "ſ" (long s) and "K" (Kelvin
 * sign). Any other character, non-ASCII letters included, is a boundary. So a word found here is
 * a superset of what a regex starting with that word can match:
 *
 * - `word`: a whole run of letters ("masa" in "masa tenang", not in "masalah");
 * - `prefix`: a run that starts with it ("uud" in "UUD", "UUDP"; "ayat" in "ayatkedua");
 * - `infix`: anywhere, inside runs too ("pasal" in "TipikorjunctoPasal");
 * - `digits`: the start of a run of ASCII digits that no letter or digit precedes ("14" in
 *   "Rabu (14/2)", "2024" in "Pemilu 2024"; not "4" in "DP4" or "024" in "2024"), as `\b\d` in a
 *   regex without the `u` flag reads it except after "_", "ſ" and "K" (the caller checks "_"; the
 *   two folded letters count as letters here, as boundaries there).
 *
 * Not here: deciding whether a rule matches (the rule's own regex does, sticky, at the anchors).
 */
import type { Doc } from '../doc.js';

export interface WordAnchorSpec {
  /** a whole run of letters, compared in lower case ASCII */
  word?: Iterable<string>;
  /** the start of a run */
  prefix?: Iterable<string>;
  /** anywhere in a run */
  infix?: Iterable<string>;
  /** the starts of runs of digits as well (see the module comment) */
  digits?: boolean;
  /**
   * The automaton the words go to (default: the shared one, scanned once per document for every
   * rule). A rule consulted on few documents with many words names its own group: its words are
   * found in a pass of their own, only when asked, and do not grow the shared table (past 2,340
   * states its entries take 32 bits and every document's scan slows down).
   */
  group?: string;
}

/** Anchors with what stands there: `tags[i]` is the index in `words` of the word at `starts[i]`, -1 for a digit run. */
export interface TaggedAnchors {
  starts: readonly number[];
  tags: readonly number[];
}

export interface WordAnchors {
  /** Start offsets of the words in the document's text, ascending and distinct (computed once per document). */
  in(doc: Doc): readonly number[];
  /** The same for a text without a document (tests, `findMentions(text)`); scans the text. */
  inText(text: string): readonly number[];
  /** The registered words (lower case; `word`, then `prefix`, then `infix`), as `tagged` numbers them. */
  readonly words: readonly string[];
  /**
   * The anchors in the document with the word found at each (the first registered one when
   * several start there), so that a rule need not read it again. Null under `anchorEverywhere`.
   */
  tagged(doc: Doc): TaggedAnchors | null;
  /** The same for a text without a document. */
  taggedInText(text: string): TaggedAnchors | null;
}

const BOUNDARY = 0;
/** a digit: a boundary for words, and it may start a digit run */
const DIGIT = 27;
/** symbols: 0 = boundary, 1..26 = a..z, 27 = digit */
const SYMBOLS = 28;
/** symbols of the letter automaton (a digit reads as a boundary there) */
const WORD_SYMBOLS = 27;
/** table row width (states are stored pre-multiplied by it: no padding, so that more tables fit in 16 bits) */
const ROW = SYMBOLS;

/** symbol of each UTF-16 code unit */
const SYMBOL = new Uint8Array(65536);
for (let c = 0; c < 26; c++) {
  SYMBOL[0x41 + c] = c + 1;
  SYMBOL[0x61 + c] = c + 1;
}
// the characters `iu` regexes fold onto ASCII letters: "ſ" ~ s, "K" (Kelvin) ~ k
SYMBOL[0x17f] = 's'.charCodeAt(0) - 0x60;
SYMBOL[0x212a] = 'k'.charCodeAt(0) - 0x60;
for (let c = 0x30; c <= 0x39; c++) SYMBOL[c] = DIGIT;
const isLetter = (sym: number): boolean => sym !== BOUNDARY && sym !== DIGIT;

interface Pattern {
  set: number;
  /** index of the word in its set's `words`; -1 for the digit runs */
  tag: number;
  /** symbols, boundary included ([boundary, digit] for the digit runs) */
  symbols: number[];
  /** symbols before the word's first letter (1 when the pattern starts with a boundary) */
  lead: number;
}

interface Automaton {
  /** next state (pre-multiplied by ROW) by state * ROW + symbol (16 bits when they fit: a smaller table scans faster) */
  next: Uint16Array | Int32Array;
  /** states from this one (pre-multiplied) on have outputs */
  firstOutput: number;
  /** the state after the virtual boundary before the text (pre-multiplied) */
  start: number;
  /**
   * The patterns that end in each output state, flat: those of output state k (its index from
   * `firstOutput`, pre-multiplied) are entries `outFrom[k]` to `outFrom[k + 1]` of `outSet` (their
   * set), `outBack` (how far before the state's offset the word starts) and `outTag` (their tag).
   */
  outFrom: Int32Array;
  outSet: Int32Array;
  outBack: Int32Array;
  outTag: Int32Array;
  patterns: Pattern[];
  /**
   * Does every boundary character lead to a state that goes on as `start` does? Then the scan
   * may begin afresh after any boundary character (and run two halves of a text side by side).
   */
  restartable: boolean;
}

/** The words registered for one automaton, its sets numbered from 0, compiled on first use. */
interface Group {
  patterns: Pattern[];
  sets: number;
  compiled: Automaton | null;
  /** the doc.memo key of its scan */
  memoKey: string;
}

const groups = new Map<string, Group>();

function groupNamed(name: string | undefined): Group {
  const id = name ?? '';
  let g = groups.get(id);
  if (!g) {
    g = { patterns: [], sets: 0, compiled: null, memoKey: name === undefined ? 'word-anchors' : `word-anchors/${name}` };
    groups.set(id, g);
  }
  return g;
}

/** The symbols of a registered word, checked: ASCII letters only. */
function lettersOf(word: string): number[] {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) throw new Error(`word anchors: "${word}" is not a run of ASCII letters`);
  return [...w].map((ch) => ch.charCodeAt(0) - 0x60);
}

function compile(patterns: readonly Pattern[]): Automaton {
  // 1. trie of the word patterns (the digit runs are outputs of the product below)
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  const digitRuns: number[] = [];
  patterns.forEach((p, k) => {
    if (p.tag < 0) {
      digitRuns.push(k);
      return;
    }
    let s = 0;
    for (const sym of p.symbols) {
      let t = goto[s].get(sym);
      if (t === undefined) {
        t = goto.length;
        goto.push(new Map());
        ends.push([]);
        goto[s].set(sym, t);
      }
      s = t;
    }
    ends[s].push(k);
  });
  // 2. failure links breadth first; full transitions; outputs along the failure chain
  const n = goto.length;
  const delta = new Int32Array(n * WORD_SYMBOLS);
  const fail = new Int32Array(n);
  const out: number[][] = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (let sym = 0; sym < WORD_SYMBOLS; sym++) {
    const t = goto[0].get(sym);
    delta[sym] = t ?? 0;
    if (t !== undefined) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    out[s].push(...out[fail[s]].filter((k) => !out[s].includes(k)));
    for (let sym = 0; sym < WORD_SYMBOLS; sym++) {
      const t = goto[s].get(sym);
      if (t === undefined) {
        delta[s * WORD_SYMBOLS + sym] = delta[fail[s] * WORD_SYMBOLS + sym];
        continue;
      }
      fail[t] = delta[fail[s] * WORD_SYMBOLS + sym];
      delta[s * WORD_SYMBOLS + sym] = t;
      queue.push(t);
    }
  }
  // 3. the scan's states: a letter-automaton state with what the last character was (AFTER_OTHER:
  // a letter or a digit; AFTER_BOUNDARY: a boundary, or the start of the text; RUN_START: a digit
  // after a boundary, where a digit run starts). A digit reads as a boundary for the words.
  const AFTER_OTHER = 0;
  const AFTER_BOUNDARY = 1;
  const RUN_START = 2;
  // (without digit runs to find, the kinds need not be told apart)
  const ids = new Map<number, number>();
  const states: Array<[number, number]> = [];
  const stateOf = (t: number, kind: number): number => {
    if (digitRuns.length === 0) kind = AFTER_OTHER;
    const k = t * 3 + kind;
    let id = ids.get(k);
    if (id === undefined) {
      id = states.length;
      ids.set(k, id);
      states.push([t, kind]);
    }
    return id;
  };
  const start = stateOf(delta[BOUNDARY], AFTER_BOUNDARY);
  const step: number[] = [];
  for (let i = 0; i < states.length; i++) {
    const [t, kind] = states[i];
    for (let sym = 0; sym < WORD_SYMBOLS; sym++) step[i * SYMBOLS + sym] = stateOf(delta[t * WORD_SYMBOLS + sym], sym === BOUNDARY ? AFTER_BOUNDARY : AFTER_OTHER);
    step[i * SYMBOLS + DIGIT] = stateOf(delta[t * WORD_SYMBOLS + BOUNDARY], kind === AFTER_BOUNDARY ? RUN_START : AFTER_OTHER);
  }
  const outOf = ([t, kind]: [number, number]) => (kind === RUN_START ? [...out[t], ...digitRuns] : out[t]);
  // 4. renumber: states with outputs last, so that one comparison tells them apart in the scan
  const m = states.length;
  const order = [...Array(m).keys()].sort((a, b) => Number(outOf(states[a]).length > 0) - Number(outOf(states[b]).length > 0) || a - b);
  const id = new Int32Array(m);
  order.forEach((s, i) => (id[s] = i));
  const firstOutput = order.findIndex((s) => outOf(states[s]).length > 0);
  const next = m * ROW <= 0xffff ? new Uint16Array(m * ROW) : new Int32Array(m * ROW);
  for (let s = 0; s < m; s++) for (let sym = 0; sym < SYMBOLS; sym++) next[id[s] * ROW + sym] = id[step[s * SYMBOLS + sym]] * ROW;
  const outputs = firstOutput < 0 ? [] : order.slice(firstOutput).map((s) => outOf(states[s]));
  const flat = outputs.flat();
  const outFrom = new Int32Array(outputs.length + 1);
  outputs.forEach((o, k) => (outFrom[k + 1] = outFrom[k] + o.length));
  const outSet = Int32Array.from(flat, (k) => patterns[k].set);
  const outBack = Int32Array.from(flat, (k) => patterns[k].symbols.length - 1 - patterns[k].lead);
  const outTag = Int32Array.from(flat, (k) => patterns[k].tag);
  // a boundary ends every word and no pattern reads past it, so this holds for the patterns
  // registered here; checked on the table all the same
  const sameRow = (a: number, b: number) => next.subarray(a, a + SYMBOLS).every((x, k) => x === next[b + k]);
  let restartable = true;
  for (let s = 0; s < m && restartable; s++) restartable = sameRow(next[s * ROW + BOUNDARY], id[start] * ROW);
  return { next, firstOutput: firstOutput < 0 ? m * ROW : firstOutput * ROW, start: id[start] * ROW, outFrom, outSet, outBack, outTag, patterns: [...patterns], restartable };
}

interface Scan {
  automaton: Automaton;
  /** per registered set: start offsets */
  bySet: number[][];
  /** per registered set: the tag of the word at each start */
  tagsBySet: number[][];
}

/** texts shorter than this are read in one run */
const MIN_SPLIT = 256;

/**
 * the list of a set without words in the text, shared by every scan and never written to (the
 * scan pushes only to lists it made). Not frozen: a frozen array has a hidden class of its own,
 * and every loop over start lists optimized without it was thrown away on the first one it met.
 */
const NONE: number[] = [];

/**
 * Where the scan of `text` reaches an output state: (offset, state) pairs in text order. Only
 * those are noted, and outside the loop, so that it stays two table lookups per character. Each
 * lookup waits for the one before, so the text is read as two halves side by side (the second
 * from the first boundary character after the middle, where the scan may begin afresh): twice
 * the work in flight.
 */
function outputHits(text: string, automaton: Automaton): [number[], number[]] {
  const { next, firstOutput } = automaton;
  const n = text.length;
  let half = n;
  if (automaton.restartable && n >= MIN_SPLIT) {
    let p = n >> 1;
    while (p < n && SYMBOL[text.charCodeAt(p)] !== BOUNDARY) p++;
    if (p + 1 < n) half = p + 1;
  }
  const hits: number[] = [];
  const later: number[] = [];
  let s = automaton.start;
  let t = automaton.start;
  const side = n - half;
  let i = 0;
  for (; i < side; i++) {
    s = next[s + SYMBOL[text.charCodeAt(i)]];
    if (s >= firstOutput) hits.push(i, s);
    const j = half + i;
    t = next[t + SYMBOL[text.charCodeAt(j)]];
    if (t >= firstOutput) later.push(j, t);
  }
  for (; i < half; i++) {
    s = next[s + SYMBOL[text.charCodeAt(i)]];
    if (s >= firstOutput) hits.push(i, s);
  }
  // the virtual boundary after the text ends a word that ends it
  const last = next[(half < n ? t : s) + BOUNDARY];
  if (last >= firstOutput) later.push(n, last);
  return [hits, later];
}

function scan(text: string, group: Group): Scan {
  const compiled = (group.compiled ??= compile(group.patterns));
  const { sets } = group;
  const { firstOutput, outFrom, outSet, outBack, outTag } = compiled;
  // most documents hold the words of few sets: the others share one empty list
  const bySet: number[][] = new Array<number[]>(sets).fill(NONE);
  const tagsBySet: number[][] = new Array<number[]>(sets).fill(NONE);
  for (const hits of outputHits(text, compiled)) {
    for (let h = 0; h < hits.length; h += 2) {
      const k = (hits[h + 1] - firstOutput) / ROW;
      for (let o = outFrom[k]; o < outFrom[k + 1]; o++) {
        const set = outSet[o];
        if (bySet[set] === NONE) {
          bySet[set] = [];
          tagsBySet[set] = [];
        }
        bySet[set].push(hits[h] - outBack[o]);
        tagsBySet[set].push(outTag[o]);
      }
    }
  }
  for (let k = 0; k < sets; k++) {
    const list = bySet[k];
    // words of one set may end out of start order ("pasal" inside a run that a word began)
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) if (list[i] <= list[i - 1]) sorted = false;
    if (sorted) continue;
    sortAnchors(list, tagsBySet[k]);
  }
  return { automaton: compiled, bySet, tagsBySet };
}

/**
 * Sort starts with their tags in place by start, then the first registered word, and keep one
 * per start. An insertion sort: a list is out of order only where words of one set end out of
 * start order, a few places ("DPR" and "DPRD" at one start).
 */
function sortAnchors(starts: number[], tags: number[]): void {
  for (let i = 1; i < starts.length; i++) {
    const s = starts[i];
    const t = tags[i];
    let j = i - 1;
    for (; j >= 0 && (starts[j] > s || (starts[j] === s && tags[j] > t)); j--) {
      starts[j + 1] = starts[j];
      tags[j + 1] = tags[j];
    }
    starts[j + 1] = s;
    tags[j + 1] = t;
  }
  let n = 0;
  for (let i = 0; i < starts.length; i++) {
    if (n > 0 && starts[n - 1] === starts[i]) continue;
    starts[n] = starts[i];
    tags[n++] = tags[i];
  }
  starts.length = n;
  tags.length = n;
}

let everywhere = false;

/**
 * For tests: every offset counts as an anchor, so that each rule behaves as its plain global
 * regex over the whole text did; the facts must not change (test/*-perf.test.ts).
 */
export function anchorEverywhere(on: boolean): void {
  everywhere = on;
}

const allOffsets = (text: string): number[] => Array.from({ length: text.length }, (_, i) => i);

/**
 * Register the words of one rule. Call at module load: every registration recompiles the shared
 * automaton on the next scan.
 */
export function wordAnchors(spec: WordAnchorSpec): WordAnchors {
  const group = groupNamed(spec.group);
  const set = group.sets++;
  const words: string[] = [];
  const add = (list: Iterable<string> | undefined, symbols: (letters: number[]) => number[], lead: number) => {
    for (const w of new Set(list ?? [])) {
      group.patterns.push({ set, tag: words.length, symbols: symbols(lettersOf(w)), lead });
      words.push(w.toLowerCase());
    }
  };
  add(spec.word, (l) => [BOUNDARY, ...l, BOUNDARY], 1);
  add(spec.prefix, (l) => [BOUNDARY, ...l], 1);
  add(spec.infix, (l) => l, 0);
  if (spec.digits) group.patterns.push({ set, tag: -1, symbols: [BOUNDARY, DIGIT], lead: 1 });
  group.compiled = null;
  const scanOf = (doc: Doc): Scan => {
    const memo = doc.memo(group.memoKey, () => ({ scan: scan(doc.text, group) }));
    if (memo.scan.automaton !== group.compiled || set >= memo.scan.bySet.length) memo.scan = scan(doc.text, group);
    return memo.scan;
  };
  return {
    words,
    in(doc) {
      if (everywhere) return allOffsets(doc.text);
      return scanOf(doc).bySet[set];
    },
    inText(text) {
      if (everywhere) return allOffsets(text);
      return scan(text, group).bySet[set];
    },
    tagged(doc) {
      if (everywhere) return null;
      const sc = scanOf(doc);
      return { starts: sc.bySet[set], tags: sc.tagsBySet[set] };
    },
    taggedInText(text) {
      if (everywhere) return null;
      const sc = scan(text, group);
      return { starts: sc.bySet[set], tags: sc.tagsBySet[set] };
    },
  };
}

/**
 * The leading run of ASCII letters of a lexicon alias ("pemutakhiran" of "pemutakhiran data
 * pemilih", "dp" of "dp4"), lower case, and whether it is the whole alias. Throws when the alias
 * does not start with an ASCII letter or the run goes on with another letter ("Pemiluñ"): no
 * word anchor could then stand for it.
 */
export function leadingWord(alias: string): { word: string; whole: boolean } {
  const m = /^[A-Za-z]+/.exec(alias);
  if (!m) throw new Error(`word anchors: alias "${alias}" does not start with an ASCII letter`);
  const rest = alias.slice(m[0].length);
  if (/^\p{L}/u.test(rest)) throw new Error(`word anchors: alias "${alias}" goes on with a non-ASCII letter`);
  return { word: m[0].toLowerCase(), whole: rest.length === 0 };
}

/**
 * The run of letters at `at` as the scan reads it: lower case ASCII, "ſ" as s, "K" as k ("" at a
 * boundary).
 */
export function runAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isLetter(SYMBOL[text.charCodeAt(end)])) end++;
  // toLowerCase folds "K" (Kelvin) onto k; "ſ" stays
  const run = text.slice(at, end).toLowerCase();
  return run.includes('ſ') ? run.replace(/ſ/g, 's') : run;
}

/** A sticky regex, or the one to try at a given anchor (a rule's pattern split by its first word). */
export type StickyAt = RegExp | ((at: number) => RegExp);

/**
 * A rule's alternation of forms split by their leading letters (`leadingWord`), for the anchors
 * of its words: at an anchor only the forms whose leading letters stand there can match, and
 * those alone, in the alternation's order, give the whole alternation's match (a regex tries the
 * alternatives in order, and the others fail there whatever follows). The leading letters that
 * stand at an offset are those of the longest one that does and of every lead that is a prefix of
 * it, so the sub-pattern is looked up by the longest lead, found by a walk of a trie of the leads.
 *
 * Handles the acronyms of institution/acronym.ts (case-sensitive: "KPU" at "KPUD", not at "kpu" or
 * "Kpu") and the names of institution/full-name.ts (case-insensitive as a `iu` regex: "badan" at
 * "BADAN", "ſentra"). Under `anchorEverywhere` nothing is split: every offset, the whole pattern.
 */
export interface LeadSplit {
  /** the anchors (ascending) where the leading letters of some form stand */
  keep(text: string, starts: readonly number[]): readonly number[];
  /** the sticky pattern of the forms whose leading letters stand at `at` (all forms when none do) */
  at(text: string, at: number): RegExp;
}

interface LeadNode {
  next: Map<number, LeadNode>;
  /** the sub-pattern of the lead that ends here (its forms and those of the leads it starts with) */
  pattern: RegExp | null;
}

/**
 * Split `forms` (the alternatives of `build(forms)`, a sticky regex). `caseSensitive`: the leads
 * as written; otherwise compared as a case-insensitive Unicode regex compares ASCII letters
 * (either case, "ſ" as s and "K" (Kelvin) as k).
 */
export function splitByLead(forms: readonly string[], build: (forms: readonly string[]) => RegExp, caseSensitive: boolean): LeadSplit {
  const whole = build(forms);
  const leadOf = (form: string) => {
    const written = /^[A-Za-z]+/.exec(form)?.[0];
    if (!written) throw new Error(`word anchors: form "${form}" does not start with an ASCII letter`);
    return caseSensitive ? written : written.toLowerCase();
  };
  const fold = caseSensitive ? (c: number) => c : (c: number) => (c <= 0x5a && c >= 0x41 ? c | 0x20 : c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c);
  const root: LeadNode = { next: new Map(), pattern: null };
  const leads = new Set(forms.map(leadOf));
  for (const lead of leads) {
    let node = root;
    for (let i = 0; i < lead.length; i++) {
      const c = lead.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), pattern: null }));
      node = child;
    }
    node.pattern = build(forms.filter((f) => lead.startsWith(leadOf(f))));
  }
  // the node of the longest lead at `at`, or null
  const longest = (text: string, at: number): LeadNode | null => {
    let found: LeadNode | null = null;
    let node: LeadNode | undefined = root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(fold(text.charCodeAt(i)));
      if (node === undefined) break;
      if (node.pattern !== null) found = node;
    }
    return found;
  };
  return {
    keep(text, starts) {
      if (everywhere) return starts;
      return starts.filter((at) => longest(text, at) !== null);
    },
    at(text, at) {
      if (everywhere) return whole;
      return longest(text, at)?.pattern ?? whole;
    },
  };
}

/**
 * The matches of `sticky` (a `y` copy of a rule's global pattern) tried only at `starts`, in the
 * order and with the overlaps a global `exec` loop over the whole text would give, provided every
 * match that matters starts at one of `starts` (each caller says why its anchors are a necessary
 * condition). Like the pipeline's loop: an empty match yields nothing and moves one on.
 */
export function* matchesAt(sticky: StickyAt, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const re = typeof sticky === 'function' ? sticky(at) : sticky;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    if (m[0].length === 0) {
      from = at + 1;
      continue;
    }
    from = at + m[0].length;
    yield m;
  }
}

/** A sticky copy of a global pattern, for `matchesAt`. */
export function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}
