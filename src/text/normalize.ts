/**
 * Unicode NFC and whitespace normalization with an offset map back to the raw text.
 *
 * Handles: CRLF and lone CR line ends ("mediaindonesia" pages are CRLF), NBSP / zero-width /
 * tab characters, runs of spaces, trailing spaces on a line, runs of 3+ line breaks (scraped
 * pages), and characters outside NFC ("e" + combining acute).
 * Not here: boilerplate (sentences.ts marks it), HTML entities (the HTML reader decodes them).
 */

export interface Normalized {
  /** The normalized text: every offset of pilah refers to it. */
  text: string;
  /** `map[i]` is the raw offset of normalized character i; `map[text.length]` is raw length. */
  map: Int32Array;
}

// Spaces that scraped pages carry: NBSP, figure/thin/narrow spaces, ideographic space, tab, VT, FF.
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
// Invisible characters dropped outright: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * Normalize raw text and keep, for each output character, the raw offset it came from.
 * NFC is applied per run of non-ASCII characters so that the map stays exact.
 */
export function normalizeText(raw: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1; // raw offset of a space not yet emitted (collapsed runs)
  let newlines = 0; // consecutive line breaks already emitted
  let i = 0;
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      map.push(at);
    }
  };
  const flushSpace = () => {
    if (pendingSpace >= 0 && out.length > 0 && newlines === 0) emit(' ', pendingSpace);
    pendingSpace = -1;
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '\r' || ch === '\n') {
      // "\r\n" counts once
      const at = i;
      if (ch === '\r' && raw[i + 1] === '\n') i++;
      i++;
      pendingSpace = -1;
      // trailing spaces before a line break are dropped
      while (out.length > 0 && out[out.length - 1] === ' ') {
        out.pop();
        map.pop();
      }
      if (out.length === 0) continue; // leading blank lines
      if (newlines < 2) emit('\n', at);
      newlines++;
      continue;
    }
    if (ch === ' ' || SPACE_LIKE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    flushSpace();
    newlines = 0;
    if (ch.charCodeAt(0) < 0x80) {
      emit(ch, i);
      i++;
      continue;
    }
    // a run of non-ASCII, non-space characters: NFC it as a unit
    let j = i + 1;
    while (j < raw.length && raw.charCodeAt(j) >= 0x80 && !SPACE_LIKE.test(raw[j]) && !INVISIBLE.test(raw[j])) j++;
    const run = raw.slice(i, j);
    const nfc = run.normalize('NFC');
    if (nfc.length === run.length) {
      for (let k = 0; k < run.length; k++) {
        out.push(nfc[k]);
        map.push(i + k);
      }
    } else {
      emit(nfc, i);
    }
    i = j;
  }
  while (out.length > 0 && (out[out.length - 1] === ' ' || out[out.length - 1] === '\n')) {
    out.pop();
    map.pop();
  }
  map.push(raw.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}
