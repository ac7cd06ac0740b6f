/**
 * Offset-preserving tokenizer (natural's AggressiveTokenizerId drops case and offsets).
 *
 * Handles: words with inner apostrophes and hyphens ("Jum'at", "tahapan-tahapan", "e-procurement"),
 * dotted abbreviations and initials ("S.H.", "M.Si.", "M."), known abbreviations with their
 * period ("Dr.", "Drs.", "Jl.", "No.", "dll."), the currency glued to its amount ("Rp20.000" ->
 * "Rp", "20.000"), numbers with separators ("20/06/2023", "12,5", "3.016", "10.00"), and
 * punctuation as single tokens.
 * Not here: sentence boundaries (sentences.ts).
 */
import { isAbbreviation } from './sentences.js';
export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  type: TokenType;
}

// Ordered alternatives: dotted abbreviations before words, numbers with separators before plain
// digits, and any other non-space character as punctuation.
const TOKEN = /(?<abbr>(?:\p{L}{1,4}\.){2,}|\p{Lu}\.(?=\s|$))|(?<currency>Rp(?=\d))|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*)|(?<number>\d+(?:[.,/:]\d+)*)|(?<punct>[^\s])/gu;

/** Tokens of `text` between `from` and `to`, with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const g = m.groups!;
    const type: TokenType = g.number ? 'number' : g.punct ? 'punct' : 'word';
    let tok = m[0];
    // "Dr." / "Jl." / "dll.": a known abbreviation keeps its period
    if (g.word && slice.charCodeAt(m.index + tok.length) === 0x2e && isAbbreviation(tok)) {
      tok += '.';
      TOKEN.lastIndex = m.index + tok.length;
    }
    tokens.push({ start: from + m.index, end: from + m.index + tok.length, text: tok, type });
  }
  return tokens;
}
