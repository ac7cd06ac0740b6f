/**
 * The single pass over the text. One anchor regex (built from the lexicons: a digit, or a word
 * that can start a date expression) finds candidate starts; at each anchor the forms of that
 * anchor's class are tried as sticky regexes, the longest parse wins (ties: list order), its
 * tails are attached (clock-time.ts), and scanning resumes after it. Cost is linear in the text:
 * the anchor regex has no nested quantifiers, and every form is bounded and anchored.
 */
import { ANCHOR_SURFACES, ANCHOR_WORDS, key, type AnchorClass } from './lexicon.js';
import { attachTails } from './clock-time.js';
import { alternation } from '../../lexicon/load.js';
import type { DateForm, RawDate } from './types.js';

const ANCHOR = new RegExp(`\\b(?:\\d|(?:${alternation(ANCHOR_SURFACES)})(?![a-z'’]))`, 'gi');

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
 * expression that starts in a boilerplate line.
 */
export function scanDates(text: string, forms: CompiledForms, skip: (offset: number) => boolean = () => false): RawDate[] {
  const out: RawDate[] = [];
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
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
      anchor.lastIndex = Math.max(anchor.lastIndex, best.consumed);
    } else if (best) {
      anchor.lastIndex = Math.max(anchor.lastIndex, best.consumed);
    }
  }
  return out;
}
