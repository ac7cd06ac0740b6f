/**
 * Pinpoints: "Pasal ..." chains and the instrument each group of them belongs to.
 *
 * Handles: "Pasal 434 Ayat (1)", "Pasal 81 ayat 2", "Pasal 280 ayat 1 huruf c", "Pasal 55 ayat (1)
 * ke-1", "Pasal 76d" (-> "76D"), "pasal Pasal 2 ayat 1" (doubled), lists "Pasal 1, 2 dan 3",
 * "Pasal 18A dan 18B", "Pasal 263 dan/atau Pasal 264", "ayat (1) dan (2)", "ayat (1) dan ayat (2)",
 * "huruf a, b, dan d" (no one huruf then),
 * ranges "Pasal 474-475", "Pasal 5 sampai dengan 7", links "jo.", "Jo", "juncto", "Junto",
 * "subsider"; the instrument after the group ("Pasal 36 ayat (3) undang-undang itu", "Pasal 6A
 * UUD 1945", "Pasal 5 dalam UU ...") or before it ("UU Pilkada No.8/2015 pasal 57 ayat 3 huruf a",
 * "Undang-Undang nomor 12 tahun 2012 pada penjelasan Pasal 8 ayat 1", "PP Nomor 18 Tahun 2017
 * tepatnya pada pasal 30"); "Pasal" glued to a link by scraping ("UU TipikorjunctoPasal 55 ayat
 * (1) Ke-1 KUHP"); one chain may switch
 * instrument: "Pasal 378 KUHP dan/atau Pasal 35 Juncto Pasal 51 Undang-undang Nomor 19 Tahun 2016",
 * "pasal 55 KUHP jo 187 Undang-Undang Pilkada".
 * A group with no instrument is an orphan, left to resolution ("pasal 36 ayat (4)" after "Pasal 36
 * ayat (3) ..."); "pasal 57 tersebut" is marked demonstrative.
 * Not here: "pasal" without a number ("Pasal berapa", "pasal-pasal tersebut", "pasal karet"),
 * "pasal yang sama di ayat kedua" and a lone "ayat (3)" (pasal-anaphor.ts).
 */
import type { Doc } from '../../doc.js';
import { instrumentMentions, type InstrumentMention } from './mention.js';
import { ORDINAL_ALT, ORDINALS } from './lexicon.js';
import { wordAnchors } from '../word-anchors.js';

export interface PinItem {
  start: number;
  end: number;
  pasal: string;
  ayat: string | null;
  huruf: string | null;
}

export interface PinGroup {
  items: PinItem[];
  /** the instrument the group belongs to, or null (an orphan) */
  instrument: InstrumentMention | null;
  /** where the instrument stands: after the group, before it, or nowhere */
  attach: 'right' | 'left' | null;
  /** "pasal 57 tersebut" */
  demonstrative: boolean;
}

export interface PinpointAnalysis {
  groups: PinGroup[];
  /** mentions that a group took as its instrument (they yield no bare citation) */
  consumed: Set<InstrumentMention>;
  /** spans covered by chains (a lone "ayat (3)" inside them is not an anaphor) */
  spans: Array<[number, number]>;
}

// the word start is checked in code (pasalStarts): a lookbehind here makes the scan 25 times slower
// (sticky: tried only where the letters "pasal" stand, in any case, inside a word too: the glued
// "TipikorjunctoPasal")
const PASAL_START = /(?:[Pp]asal|PASAL)(?![\p{L}\p{N}-])/uy;
const PASAL_ANCHORS = wordAnchors({ infix: ['pasal'] });
// "Pasal" glued to a link by scraping: "UU TipikorjunctoPasal 55", "KorupsijunctoPasal 55 Ayat 1"
const GLUED_LINK = /\p{Ll}(?:juncto|junto|jo)$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the "Pasal" at `pos` starts a word, or follows a link glued to it. */
function pasalStarts(text: string, pos: number): boolean {
  return pos === 0 || !WORD_CHAR.test(text[pos - 1]) || GLUED_LINK.test(text.slice(Math.max(0, pos - 7), pos));
}
const PASAL_WORD = /\s*(?:[Pp]asal|PASAL)(?![\p{L}\p{N}-])(?:\s+(?:[Pp]asal|PASAL)(?![\p{L}\p{N}-]))?/uy;
// "76d", "27A", "156 a" (the letter of an inserted pasal, written apart)
const NUM = /\s*(\d{1,4})(?: ?([A-Za-z]))?(?![\p{L}\p{N}])/uy;
const AYAT = new RegExp(String.raw`\s*,?\s*(?:[Aa]yat|AYAT|[Aa]y\.)\s*(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})(?![\p{N}])|(${ORDINAL_ALT})(?![\p{L}]))`, 'uy');
// further ayat of the same pasal: "ayat (1) dan (2)", "ayat (1) dan ayat (2)", "ayat (1), (2)"
const AYAT_MORE = /\s*(?:,|dan|atau|serta)\s*(?:(?:[Aa]yat|AYAT)\s*)?\(\s*(\d{1,3})\s*\)/uy;
const HURUF = /\s*,?\s*(?:[Hh]uruf|HURUF)\s*(?:\(\s*([a-zA-Z])\s*\)|([a-zA-Z])(?![\p{L}]))/uy;
// further huruf of the same ayat: "huruf a, b, dan d", "huruf a dan huruf b", "huruf (a) dan (c)",
// "huruf a sampai j" (a list pins no one huruf)
const HURUF_MORE = /\s*(?:,\s*(?:(?:dan|atau)\s+)?|(?:dan|atau|serta|sampai\s+dengan|sampai|hingga|s\/d)\s+)(?:(?:[Hh]uruf|HURUF)\s*)?(?:\(\s*[a-zA-Z]\s*\)|[a-z](?![\p{L}\p{N}-]))/uy;
// parts below huruf that the contract does not keep: "angka 3", "ke-1", "Ke-1", "butir 2"
const TAIL = /\s*(?:(?:[Aa]ngka|[Bb]utir)\s*(?:\(\s*\d{1,3}\s*\)|\d{1,3})|[Kk]e\s*-?\s*\d{1,2})(?![\p{L}\p{N}])/uy;
const SEP =
  /\s*(?:,\s*(?:(?:dan|atau)(?:\s*\/\s*atau)?\s+)?|(?:dan\s*\/\s*atau|dan\s+atau|dan|atau|serta|[Jj][Oo]\.?|[Jj]uncto|JUNCTO|[Jj]unto|[Jj]ucto|[Ss]ubsider|[Ss]ubs\.|sampai\s+dengan|s\.\s*d\.?|s\/d|hingga)(?![\p{L}])|[-–](?=\s*\d))\s*/uy;
// after a bare number in a list, what may follow: "Pasal 1, 2 dan 3 UU ...", "juncto 13 ayat (1)"
const AFTER_BARE = /\s*(?:[Aa]yat|[Hh]uruf|dan|atau|serta|[Jj][Oo](?![\p{L}])|[Jj]uncto|[Jj]unto|,|\.|;|\)|$|[\p{Lu}])/uy;
const DEMONSTRATIVE = /\s+(?:tersebut|itu|ini)(?![\p{L}])/uy;
// text allowed between a group and the instrument after it
const GAP_RIGHT = /^\s*,?\s*(?:(?:dalam|pada|di|dari)\s+)?$/;
// text allowed between an instrument and the group after it: "UU ... pada penjelasan Pasal 8",
// "UU ... tentang Karantina, terutama pada Pasal 88", "PP Nomor 18 Tahun 2017 tepatnya pada pasal 30"
const GAP_LEFT = /^\s*,?\s*(?:(?:terutama|khususnya|tepatnya|utamanya|yakni|yaitu|antara\s+lain)\s+)?(?:(?:pada|dalam|di)\s+)?(?:penjelasan\s+)?$/i;

function ayatValue(m: RegExpExecArray): string {
  return m[1] ?? m[2] ?? ORDINALS[m[3].toLowerCase()];
}

/** Parse the items of one group from `pos` (at "Pasal" or a bare number after a link). */
function parseItems(text: string, pos: number, bareFirst: boolean): { items: PinItem[]; end: number; demonstrative: boolean } {
  const items: PinItem[] = [];
  let p = pos;
  let bare = bareFirst;
  for (;;) {
    const itemStart = p;
    if (!bare) {
      PASAL_WORD.lastIndex = p;
      if (!PASAL_WORD.exec(text)) break;
      p = PASAL_WORD.lastIndex;
    }
    NUM.lastIndex = p;
    const n = NUM.exec(text);
    if (!n) break;
    if (bare) {
      AFTER_BARE.lastIndex = NUM.lastIndex;
      if (!AFTER_BARE.exec(text)) break;
    }
    p = NUM.lastIndex;
    const pasal = String(Number(n[1])) + (n[2] ? n[2].toUpperCase() : '');
    const ayats: string[] = [];
    AYAT.lastIndex = p;
    const a = AYAT.exec(text);
    if (a) {
      ayats.push(ayatValue(a));
      p = AYAT.lastIndex;
      for (;;) {
        AYAT_MORE.lastIndex = p;
        const more = AYAT_MORE.exec(text);
        if (!more) break;
        ayats.push(more[1]);
        p = AYAT_MORE.lastIndex;
      }
    }
    let huruf: string | null = null;
    HURUF.lastIndex = p;
    const h = HURUF.exec(text);
    if (h) {
      huruf = (h[1] ?? h[2]).toLowerCase();
      p = HURUF.lastIndex;
      for (;;) {
        HURUF_MORE.lastIndex = p;
        if (!HURUF_MORE.exec(text)) break;
        huruf = null;
        p = HURUF_MORE.lastIndex;
      }
    }
    for (;;) {
      TAIL.lastIndex = p;
      if (!TAIL.exec(text)) break;
      p = TAIL.lastIndex;
    }
    const start = itemStart + (text.slice(itemStart, p).length - text.slice(itemStart, p).trimStart().length);
    if (ayats.length === 0) items.push({ start, end: p, pasal, ayat: null, huruf });
    for (const ayat of ayats) items.push({ start, end: p, pasal, ayat, huruf: ayats.length === 1 ? huruf : null });
    // a link to the next item?
    SEP.lastIndex = p;
    if (!SEP.exec(text)) break;
    const next = SEP.lastIndex;
    PASAL_WORD.lastIndex = next;
    if (PASAL_WORD.exec(text)) {
      p = next;
      bare = false;
      continue;
    }
    NUM.lastIndex = next;
    if (NUM.exec(text)) {
      p = next;
      bare = true;
      continue;
    }
    break;
  }
  let end = items.length ? items[items.length - 1].end : pos;
  DEMONSTRATIVE.lastIndex = end;
  let demonstrative = false;
  if (items.length && DEMONSTRATIVE.exec(text)) {
    demonstrative = true;
    end = DEMONSTRATIVE.lastIndex;
  }
  return { items, end, demonstrative };
}

/** First mention starting at or after `pos` (binary search over sorted mentions). */
function mentionFrom(mentions: InstrumentMention[], pos: number): InstrumentMention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return mentions[lo];
}

/** Last mention ending at or before `pos`. */
function mentionBefore(mentions: InstrumentMention[], pos: number): InstrumentMention | undefined {
  let best: InstrumentMention | undefined;
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) {
      if (mentions[mid].end <= pos) best = mentions[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Groups of the document, computed once. */
export function pinpointAnalysis(doc: Doc): PinpointAnalysis {
  return doc.memo('citation/pinpoints', () => {
    const starts = PASAL_ANCHORS.in(doc);
    return starts.length === 0 ? { groups: [], consumed: new Set(), spans: [] } : analyse(doc.text, instrumentMentions(doc), starts);
  });
}

/** The groups of `text`, from the places where "pasal" stands (a global scan for PASAL_START, skipping each chain). */
function analyse(text: string, mentions: InstrumentMention[], starts: readonly number[]): PinpointAnalysis {
  const groups: PinGroup[] = [];
  const consumed = new Set<InstrumentMention>();
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    PASAL_START.lastIndex = at;
    const m = PASAL_START.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    if (!pasalStarts(text, m.index)) continue;
    const chainStart = m.index;
    let pos = chainStart;
    let bare = false;
    let chainEnd = chainStart;
    for (;;) {
      const { items, end, demonstrative } = parseItems(text, pos, bare);
      if (items.length === 0) break;
      chainEnd = end;
      const group: PinGroup = { items, instrument: null, attach: null, demonstrative };
      groups.push(group);
      const right = demonstrative ? undefined : mentionFrom(mentions, end);
      if (right && GAP_RIGHT.test(text.slice(end, right.start))) {
        group.instrument = right;
        group.attach = 'right';
        consumed.add(right);
        chainEnd = right.outerEnd;
        // the chain may go on after the instrument: "Pasal 378 KUHP dan/atau Pasal 35 ..."
        SEP.lastIndex = right.outerEnd;
        if (SEP.exec(text)) {
          const next = SEP.lastIndex;
          PASAL_WORD.lastIndex = next;
          NUM.lastIndex = next;
          if (PASAL_WORD.exec(text)) {
            pos = next;
            bare = false;
            continue;
          }
          if (NUM.exec(text)) {
            AFTER_BARE.lastIndex = NUM.lastIndex;
            if (AFTER_BARE.exec(text)) {
              pos = next;
              bare = true;
              continue;
            }
          }
        }
        break;
      }
      const left = mentionBefore(mentions, items[0].start);
      if (left && !consumed.has(left) && GAP_LEFT.test(text.slice(left.outerEnd <= items[0].start ? left.outerEnd : left.end, items[0].start))) {
        group.instrument = left;
        group.attach = 'left';
        consumed.add(left);
      }
      break;
    }
    if (chainEnd > chainStart) {
      spans.push([chainStart, chainEnd]);
      from = Math.max(from, chainEnd);
    }
  }
  return { groups, consumed, spans };
}
