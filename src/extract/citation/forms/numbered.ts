/**
 * An instrument kind with its number and year.
 *
 * Handles: "Undang-Undang Nomor 7 Tahun 2017", "UU No. 7 Tahun 2017", "UU No 10 Tahun 2016",
 * "UU. No 7 tahun 2017", "UU 7/2017", "UU No. 1/2015", "UU Pemilu No. 7 / 2017" (IndoSum spacing),
 * "Undang - undang nomor 20 tahun 2001", "Undang-Undang (UU) Nomor 28 Tahun 2014",
 * "UU RI Nomor 44 Tahun 2008", "Undang-Undang Nomor 20 2001" ("Tahun" dropped after "Nomor"), "Undang-Undang Republik Indonesia Nomor 12 Tahun 1995",
 * "Undang-Undang 14 Tahun 2008", "UU No 35 Taun 2009" (typo), "Peraturan Pemerintah (PP) nomor 44
 * tahun 2024", "Perpu Nomor 1 Tahun 2016", "Peraturan KPU Nomor 1 Tahun 2017", "PKPU 3/2022",
 * "Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2025", "Peraturan Wali (Perwali) Makassar Nomor 19
 * Tahun 2025", "Peraturan Menteri ... Nomor 13/PRT/M/2016", "Keppres Nomor 115/TK/Tahun 2017"; then a "tentang ..." title and a
 * "(UU LLAJ)" alias.
 * Not here: "RUU Pemilu", "Rancangan Undang-Undang ..." (bills), "Nomor 7" without a kind,
 * "UU Nomor 7" without a year, "UU 12 2011" (a year without "Tahun" needs "Nomor"), "nomor urut 2",
 * court decisions (court-decision.ts).
 */
import { isBill, mention, readTitle, type InstrumentForm } from '../mention.js';
import { KIND_BY_SURFACE, LAW_KINDS, surfaceAlternation, surfaceKey } from '../lexicon.js';
import { leadingWord, wordAnchors } from '../../word-anchors.js';

const KIND_ALIASES = LAW_KINDS.flatMap((k) => [k.canonical, ...k.aliases]);
const KINDS = surfaceAlternation(KIND_ALIASES);
// words between the kind and the number: "RI", "Republik Indonesia", "Pemilu", "Makassar",
// "Pekerjaan Umum Dan Perumahan Rakyat"; never "Nomor" itself nor another "UU"
const SLOT_WORD = String.raw`\s+(?!(?:Nomor|NOMOR|No|NO|Nmr|Nomer|Tahun|TAHUN|UU|Undang)(?![\p{L}]))(?:[\p{Lu}][\p{L}\p{N}-]*|Dan|dan|&)`;
const NOMOR = String.raw`(?:[Nn]omor|NOMOR|[Nn]o|NO|[Nn]mr|[Nn]omer)\s*\.?\s*:?\s*`;
const TAHUN = String.raw`(?:[Tt]ahun|TAHUN|[Tt]hn\.?|[Tt]h\.|[Tt]aun)`;
/** the words of NOMOR, in lower case */
const NOMOR_WORDS = ['nomor', 'no', 'nmr', 'nomer'];

// A match starts after no letter or digit with a kind's leading word. That is a whole run of
// letters, except that a one-word kind may have "Nomor" glued to it ("UUNomor 7 Tahun 2017":
// only `\s*` stands between them).
const ANCHORS = wordAnchors({
  word: KIND_ALIASES.flatMap((a) => {
    const { word, whole } = leadingWord(a);
    return whole ? [word, ...NOMOR_WORDS.map((n) => word + n)] : [word];
  }),
});

export const numbered: InstrumentForm = {
  id: 'citation/numbered',
  rank: 60,
  anchors: ANCHORS,
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<kind>${KINDS})(?:\s*\(\s*[A-Z][A-Za-z]{1,11}\s*\))?(?<slot>(?:${SLOT_WORD}){0,8}?)\s*(?<nomor>${NOMOR})?(?<num>\d{1,4})(?<letter>[A-Za-z])?(?<mid>(?:\s*\/\s*(?!${TAHUN})[A-Z][A-Za-z.-]*)*)(?:(?:\s*\/)?\s*${TAHUN}\s*(?<year>(?:19|20)\d{2})|\s*\/\s*(?<year2>(?:19|20)\d{2})|\s+(?<year3>(?:19|20)\d{2}))(?![\p{L}\p{N}])`,
    'uy',
  ),
  read(m, text) {
    const g = m.groups!;
    const kind = KIND_BY_SURFACE.get(surfaceKey(g.kind));
    if (!kind) return null;
    if (isBill(text, m.index)) return null;
    // "Undang-Undang Nomor 20 2001" (the word "Tahun" dropped): only after "Nomor"
    if (g.year3 && !g.nomor) return null;
    const year = g.year ?? g.year2 ?? g.year3;
    // a slot without "Nomor" must be a short title before a "7/2017" form or "7 Tahun 2017":
    // "UU Pemilu 7/2017"; a letter after the number only with "Nomor" ("Nomor 13A Tahun ...")
    if (g.letter && !g.nomor) return null;
    const num = String(Number(g.num)) + (g.letter ? g.letter.toUpperCase() : '') + g.mid.replace(/\s+/g, '');
    const end = m.index + m[0].length;
    const t = readTitle(text, end);
    return mention({
      form: 'citation/numbered',
      start: m.index,
      end,
      outerEnd: t.end,
      kind,
      instrument: `${kind} ${num}/${year}`,
      title: t.title,
      alias: t.alias,
    });
  },
};
