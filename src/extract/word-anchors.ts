/**
 * Word anchors: where given words stand in a text, found in one pass over its characters, so that
 * a rule runs its (slow, lookbehind and `u` flag) regex only where one of its first words stands.
 *
 * A rule registers its words at module load (`wordAnchors()`); the first document compiles one
 * automaton (Aho-Corasick over letters and a word boundary) for every registered word of every
 * rule, and each document is scanned once for all of them (doc.memo). The scan reads each
 * character once through two table lookups (about 50 ms on news-12k's 27.7 M characters).
 *
 * What counts as a letter here: the ASCII letters in either case, plus the two characters that a
 * case-insensitive Unicode regex (`iu`) folds onto ASCII letters, "ſ" (long s) and "K" (Kelvin
 * sign). Any other character, non-ASCII letters included, is a boundary. So a word found here is
 * a superset of what a regex starting with that word can match:
 *
 * - `word`: a whole run of letters ("masa" in "masa tenang", not in "masalah");
 * - `prefix`: a run that starts with it ("uud" in "UUD", "UUDP"; "ayat" in "ayatkedua");
 * - `infix`: anywhere, inside runs too ("pasal" in "TipikorjunctoPasal").
 *
 * Not here: deciding whether a rule matches (the rule's own regex does, sticky, at the anchors).
 */
import type { Doc } from '../doc.js';
import type { FactKind, FactOf } from '../types.js';
import type { ExtractContext } from './types.js';

export interface WordAnchorSpec {
  /** a whole run of letters, compared in lower case ASCII */
  word?: Iterable<string>;
  /** the start of a run */
  prefix?: Iterable<string>;
  /** anywhere in a run */
  infix?: Iterable<string>;
}

export interface WordAnchors {
  /** Start offsets of the words in the document's text, ascending and distinct (computed once per document). */
  in(doc: Doc): readonly number[];
  /** The same for a text without a document (tests, `findMentions(text)`); scans the text. */
  inText(text: string): readonly number[];
}

const BOUNDARY = 0;
/** symbols: 0 = boundary, 1..26 = a..z */
const SYMBOLS = 27;
/** table row width (a power of two: states are stored pre-multiplied by it) */
const ROW = 32;

/** symbol of each UTF-16 code unit */
const SYMBOL = new Uint8Array(65536);
for (let c = 0; c < 26; c++) {
  SYMBOL[0x41 + c] = c + 1;
  SYMBOL[0x61 + c] = c + 1;
}
// the characters `iu` regexes fold onto ASCII letters: "ſ" ~ s, "K" (Kelvin) ~ k
SYMBOL[0x17f] = 's'.charCodeAt(0) - 0x60;
SYMBOL[0x212a] = 'k'.charCodeAt(0) - 0x60;

interface Pattern {
  set: number;
  /** symbols, boundary included */
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
  /** per output state (index: state - firstOutput / ROW): patterns that end there */
  outputs: number[][];
  patterns: Pattern[];
}

const patterns: Pattern[] = [];
let sets = 0;
let compiled: Automaton | null = null;

/** The symbols of a registered word, checked: ASCII letters only. */
function lettersOf(word: string): number[] {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) throw new Error(`word anchors: "${word}" is not a run of ASCII letters`);
  return [...w].map((ch) => ch.charCodeAt(0) - 0x60);
}

function compile(): Automaton {
  // 1. trie of the patterns
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  patterns.forEach((p, k) => {
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
  const delta = new Int32Array(n * SYMBOLS);
  const fail = new Int32Array(n);
  const out: number[][] = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    const t = goto[0].get(sym);
    delta[sym] = t ?? 0;
    if (t !== undefined) queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    out[s].push(...out[fail[s]].filter((k) => !out[s].includes(k)));
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const t = goto[s].get(sym);
      if (t === undefined) {
        delta[s * SYMBOLS + sym] = delta[fail[s] * SYMBOLS + sym];
        continue;
      }
      fail[t] = delta[fail[s] * SYMBOLS + sym];
      delta[s * SYMBOLS + sym] = t;
      queue.push(t);
    }
  }
  // 3. renumber: states with outputs last, so that one comparison tells them apart in the scan
  const order = [...Array(n).keys()].sort((a, b) => Number(out[a].length > 0) - Number(out[b].length > 0) || a - b);
  const id = new Int32Array(n);
  order.forEach((s, i) => (id[s] = i));
  const firstOutput = order.findIndex((s) => out[s].length > 0);
  const next = n * ROW <= 0xffff ? new Uint16Array(n * ROW) : new Int32Array(n * ROW);
  for (let s = 0; s < n; s++) for (let sym = 0; sym < SYMBOLS; sym++) next[id[s] * ROW + sym] = id[delta[s * SYMBOLS + sym]] * ROW;
  const outputs = firstOutput < 0 ? [] : order.slice(firstOutput).map((s) => out[s]);
  return { next, firstOutput: firstOutput < 0 ? n * ROW : firstOutput * ROW, start: id[delta[BOUNDARY]] * ROW, outputs, patterns: [...patterns] };
}

interface Scan {
  automaton: Automaton;
  /** per registered set: start offsets */
  bySet: number[][];
}

function scan(text: string): Scan {
  if (!compiled) compiled = compile();
  const { next, firstOutput, outputs, patterns: pats } = compiled;
  // the scan only notes where an output state was reached (offset, state): rare, and kept out of
  // the loop so that it stays two table lookups per character
  const hits: number[] = [];
  let s = compiled.start;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    s = next[s + SYMBOL[text.charCodeAt(i)]];
    if (s >= firstOutput) hits.push(i, s);
  }
  // the virtual boundary after the text ends a word that ends it
  s = next[s + BOUNDARY];
  if (s >= firstOutput) hits.push(n, s);
  const bySet: number[][] = Array.from({ length: sets }, () => []);
  for (let h = 0; h < hits.length; h += 2) {
    for (const k of outputs[(hits[h + 1] - firstOutput) / ROW]) {
      const p = pats[k];
      bySet[p.set].push(hits[h] - p.symbols.length + 1 + p.lead);
    }
  }
  for (const list of bySet) {
    // words of one set may end out of start order ("pasal" inside a run that a word began)
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) if (list[i] <= list[i - 1]) sorted = false;
    if (!sorted) {
      const distinct = [...new Set(list)].sort((a, b) => a - b);
      list.length = 0;
      list.push(...distinct);
    }
  }
  return { automaton: compiled, bySet };
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
  const set = sets++;
  for (const w of new Set(spec.word ?? [])) patterns.push({ set, symbols: [BOUNDARY, ...lettersOf(w), BOUNDARY], lead: 1 });
  for (const w of new Set(spec.prefix ?? [])) patterns.push({ set, symbols: [BOUNDARY, ...lettersOf(w)], lead: 1 });
  for (const w of new Set(spec.infix ?? [])) patterns.push({ set, symbols: lettersOf(w), lead: 0 });
  compiled = null;
  return {
    in(doc) {
      if (everywhere) return allOffsets(doc.text);
      let memo = doc.memo('word-anchors', () => ({ scan: scan(doc.text) }));
      if (memo.scan.automaton !== compiled || set >= memo.scan.bySet.length) memo.scan = scan(doc.text);
      return memo.scan.bySet[set];
    },
    inText(text) {
      if (everywhere) return allOffsets(text);
      return scan(text).bySet[set];
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
  while (end < text.length && SYMBOL[text.charCodeAt(end)] !== BOUNDARY) end++;
  // toLowerCase folds "K" (Kelvin) onto k; "ſ" stays
  const run = text.slice(at, end).toLowerCase();
  return run.includes('ſ') ? run.replace(/ſ/g, 's') : run;
}

/** A sticky regex, or the one to try at a given anchor (a rule's pattern split by its first word). */
export type StickyAt = RegExp | ((at: number) => RegExp);

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

/**
 * The facts a pattern extractor gives in the pipeline's loop (matches in boilerplate sentences
 * skipped), with its pattern tried only at `starts` (see `matchesAt`): for rules turned into scan
 * extractors so that a document without their words costs one lookup.
 */
export function anchoredFacts<K extends FactKind>(
  ctx: ExtractContext<K>,
  sticky: StickyAt,
  starts: readonly number[],
  extract: (m: RegExpExecArray, ctx: ExtractContext<K>) => FactOf<K> | FactOf<K>[] | null,
): FactOf<K>[] {
  const out: FactOf<K>[] = [];
  const { doc } = ctx;
  for (const m of matchesAt(sticky, doc.text, starts)) {
    if (doc.sentenceAt(m.index).boilerplate) continue;
    const r = extract(m, ctx);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}
