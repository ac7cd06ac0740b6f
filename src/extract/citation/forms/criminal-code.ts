/**
 * The criminal and civil codes, named without a number.
 *
 * Handles: "KUHP", "KUHAP", "KUH Pidana", "KUHPerdata", "KUH Perdata", "Kitab Undang-Undang
 * Hukum Pidana (KUHP)", "Kitab Undang-undang Hukum Acara Pidana", "Kitab Undang-undang Hukum
 * (KUHAP)" (the parenthesis decides).
 * Not here: "RKUHP", "RUU KUHP", "Rancangan KUHP", "RUU Terorisme, KUHP, dan ..." (bills); "UU Nomor 1 Tahun 2023 tentang KUHP"
 * (the numbered law; the title is not a second citation).
 */
import { isBill, mention, type InstrumentForm } from '../mention.js';
import { surfacePattern } from '../lexicon.js';
import { wordAnchors } from '../../word-anchors.js';

const ABBR: Readonly<Record<string, string>> = {
  KUHP: 'KUHP',
  KUHPIDANA: 'KUHP',
  KUHAP: 'KUHAP',
  KUHPERDATA: 'KUHPER',
  KUHPER: 'KUHPER',
  KUHD: 'KUHD',
};

const BILL_LIST = /(?:RUU|[Rr]ancangan)(?:\s+[\p{Lu}][\p{L}-]*)+(?:\s*,\s*(?:[\p{Lu}][\p{L}-]*\s*)+)*\s*(?:,|dan|serta)\s*$/u;

// A match starts after no letter or digit with one of the abbreviations (no letter or digit after
// them) or "KUH", "Kitab" (then a space): whole runs of letters.
const ANCHORS = wordAnchors({ word: ['kuhap', 'kuhperdata', 'kuhper', 'kuhpidana', 'kuhp', 'kuh', 'kitab'] });

export const criminalCode: InstrumentForm = {
  id: 'citation/criminal-code',
  rank: 30,
  anchors: ANCHORS,
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?<abbr>KUHAP|KUHPerdata|KUHPer|KUHPidana|KUHP|KUH\s+Perdata|KUH\s+Pidana)|${surfacePattern('Kitab Undang-Undang Hukum')}(?<words>(?:\s+(?:[Aa]cara|[Pp]idana|[Pp]erdata|[Dd]agang))*)(?:\s*\(\s*(?<paren>KUHAP|KUHPerdata|KUHPer|KUHP|KUHD)\s*\))?)(?![\p{L}\p{N}])`,
    'uy',
  ),
  read(m, text) {
    const g = m.groups!;
    if (isBill(text, m.index)) return null;
    // a list of bills: "pembahasan RUU Terorisme, KUHP, dan Ibadah Haji"
    if (BILL_LIST.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    let kind: string | undefined;
    const code = g.paren ?? g.abbr;
    if (code) kind = ABBR[code.replace(/\s+/g, '').toUpperCase()];
    else {
      const w = (g.words ?? '').toLowerCase();
      kind = /acara/.test(w) ? 'KUHAP' : /pidana/.test(w) ? 'KUHP' : /perdata/.test(w) ? 'KUHPER' : /dagang/.test(w) ? 'KUHD' : undefined;
    }
    if (!kind) return null;
    // "Revisi Kitab Undang-Undang Hukum Pidana (RKUHP)": the bill
    if (/^\s*\(\s*R/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
    // "tentang KUHP" names the numbered law's own subject, not a second instrument
    if (/tentang\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    return mention({ form: 'citation/criminal-code', start: m.index, end: m.index + m[0].length, kind, instrument: kind });
  },
};
