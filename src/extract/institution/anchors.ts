/**
 * Where an institution form may start in an article, found once for the three extractors, so
 * that their patterns (large alternations with a Unicode lookbehind, slow to scan over a whole
 * article) run only there, anchored (a sticky copy), with exactly the matches of a scan.
 *
 * The trigger is one regex without the `u` and `i` flags: a character that is no ASCII letter or
 * digit (or the start of the text), then the first word of a form (up to its first blank) with
 * each ASCII letter in either case. It is a necessary condition for each pattern:
 * - full-name.ts (case-insensitive, `iu`): a character matching a letter of the lexicon is that
 *   letter in either case, or for "k" the Kelvin sign, for "s" the long s "ſ" (the trigger takes
 *   them too); its lookbehind excludes a letter or digit before;
 * - acronym.ts (case-sensitive): the form as written; its lookbehind likewise;
 * - lower-case.ts: the form in lower or upper case. It has no lookbehind, but its extract drops a
 *   match after a letter or digit, and such a match cannot hide a kept one (the letters of a
 *   match are letters before any later start inside it).
 * A kind with a form that is not printable ASCII has no anchors: its pattern scans the whole text.
 *
 * Handles: "Komisi Pemilihan Umum", "KOMISI PEMILIHAN UMUM", "KPU", "Mabes Polri", "bawaslu", "PEMPROV".
 * Not here: what a match means (build.ts), the forms themselves (lexicon.ts).
 */
import type { Doc } from '../../doc.js';
import type { FactOf } from '../../types.js';
import type { ExtractContext } from '../types.js';
import { ACRONYM_FORMS, LOWER_FORMS, NAME_FORMS } from './lexicon.js';

export type AnchorKind = 'name' | 'acronym' | 'lower';

const firstWord = (form: string) => form.split(' ')[0].toLowerCase();
const WORDS: Record<AnchorKind, string[]> = {
  name: [...new Set(NAME_FORMS.map(firstWord))],
  acronym: [...new Set(ACRONYM_FORMS.map(firstWord))],
  lower: [...LOWER_FORMS.keys()],
};
// kinds whose first words are printable ASCII and non-empty: only these get anchors
const ANCHORED = (Object.keys(WORDS) as AnchorKind[]).filter((k) => WORDS[k].every((w) => /^[\x21-\x7e]+$/.test(w)));

// per kind, the first words' first one to three letters ("kom", "kpu", "ma"), packed
const pack = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
const HEADS: Record<AnchorKind, Set<number>> = { name: new Set(), acronym: new Set(), lower: new Set() };
for (const k of ANCHORED) {
  for (const w of WORDS[k]) HEADS[k].add(pack(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length > 2 ? w.charCodeAt(2) : 0));
}

// an ASCII letter in either case (and the Kelvin sign for "k", the long s for "s"), other characters as such
const anyCase = (w: string) =>
  [...w].map((ch) => (/[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}${ch === 'k' ? '\\u212a' : ch === 's' ? '\\u017f' : ''}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');

/** The trigger's alternatives: the first letter consumed, the rest of a first word looked ahead. */
function triggerAlternatives(): string | null {
  const byFirst = new Map<string, Set<string>>();
  for (const k of ANCHORED) {
    for (const w of WORDS[k]) {
      const rest = byFirst.get(w[0]) ?? new Set<string>();
      rest.add(w.slice(1));
      byFirst.set(w[0], rest);
    }
  }
  if (byFirst.size === 0) return null;
  return [...byFirst]
    .map(([first, rests]) => `${anyCase(first)}(?=${[...rests].sort((a, b) => b.length - a.length).map(anyCase).join('|')})`)
    .join('|');
}
const ALTERNATIVES = triggerAlternatives();
// the character before is consumed: a plain class, much faster to scan for than a lookbehind
const TRIGGER = ALTERNATIVES ? new RegExp(`[^a-zA-Z0-9](?:${ALTERNATIVES})`, 'g') : null;
const TRIGGER_AT_START = ALTERNATIVES ? new RegExp(`^(?:${ALTERNATIVES})`) : null;

/** The character at `i` lower-cased as the trigger reads it (ASCII, the Kelvin sign, the long s). */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x212a ? 0x6b : c === 0x17f ? 0x73 : c;
}

/** Does a first word of this kind start at `p`? (the trigger matched there) */
function headAt(text: string, p: number, kind: AnchorKind): boolean {
  const heads = HEADS[kind];
  const a = lowerAt(text, p);
  const b = lowerAt(text, p + 1);
  return heads.has(pack(a, 0, 0)) || heads.has(pack(a, b, 0)) || heads.has(pack(a, b, lowerAt(text, p + 2)));
}

type Anchors = Record<AnchorKind, number[] | null>;

/** Anchor positions of each kind in the article (null: scan the whole text), memoized. */
export function institutionAnchors(doc: Doc): Anchors {
  return doc.memo('institution/anchors', () => {
    const text = doc.text;
    const out: Anchors = { name: null, acronym: null, lower: null };
    if (!TRIGGER || !TRIGGER_AT_START) return out;
    for (const k of ANCHORED) out[k] = [];
    const add = (p: number) => {
      for (const k of ANCHORED) if (headAt(text, p, k)) out[k]!.push(p);
    };
    if (TRIGGER_AT_START.test(text)) add(0);
    TRIGGER.lastIndex = 0;
    while (TRIGGER.test(text)) add(TRIGGER.lastIndex - 1);
    return out;
  });
}

const STICKY = new Map<RegExp, RegExp>();

/**
 * The facts of a global `pattern` over the article, as the pipeline scans it (matches in
 * boilerplate sentences skipped), trying the pattern only at the anchors of `kind`.
 */
export function scanAnchored(
  ctx: ExtractContext<'institution'>,
  kind: AnchorKind,
  pattern: RegExp,
  extract: (m: RegExpExecArray) => FactOf<'institution'> | null,
): FactOf<'institution'>[] {
  const doc = ctx.doc;
  const text = doc.text;
  const out: FactOf<'institution'>[] = [];
  const take = (m: RegExpExecArray) => {
    if (doc.sentenceAt(m.index).boilerplate) return;
    const fact = extract(m);
    if (fact) out.push(fact);
  };
  const anchors = institutionAnchors(doc)[kind];
  if (!anchors) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else take(m);
    }
    return out;
  }
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  // a match hides the anchors inside it, as a scan goes on after it
  let end = 0;
  for (const p of anchors) {
    if (p < end) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) continue;
    end = p + m[0].length;
    take(m);
  }
  return out;
}
