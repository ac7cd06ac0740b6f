/**
 * Short titles: an instrument kind followed by its subject instead of its number.
 *
 * Handles (lexicon, law-instruments.json aliases): "UU Pemilu", "Undang-Undang Pemilu", "Undang -
 * Undang Pemilu", "UU pemilu", "UU Pilkada", "UU Partai Politik", "UU MD3".
 * Handles (generic, capitalized words): "UU ITE", "UU LLAJ", "UU Perlindungan Anak", "UU Hak
 * Cipta" — resolved only by a definition in the same article ("... tentang Lalu Lintas dan
 * Angkutan Jalan (UU LLAJ)").
 * Resolution (src/resolve/citation-short-title.ts) decides; an unresolved short title yields nothing.
 * Not here: "RUU Pemilu" (bill), "UU Pemilu Nomor 7 Tahun 2017" (numbered.ts wins the overlap).
 */
import { isBill, mention, type InstrumentForm } from '../mention.js';
import { LAW_INSTRUMENTS, LAW_KINDS, surfaceAlternation, surfaceKey } from '../lexicon.js';
import { leadingWord, wordAnchors } from '../../word-anchors.js';

const ALIAS_OWNER = new Map<string, string>(LAW_INSTRUMENTS.flatMap((e) => e.aliases.map((a) => [surfaceKey(a), e.id] as const)));
const SHORT_TITLES = LAW_INSTRUMENTS.flatMap((e) => e.aliases);

export const lexiconShortTitle: InstrumentForm = {
  id: 'citation/short-title',
  rank: 20,
  // a match starts after no letter or digit with a short title's leading word, a whole run of
  // letters (a space or hyphen follows it; a one-word title ends before no letter or digit)
  anchors: wordAnchors({ word: SHORT_TITLES.map((a) => leadingWord(a).word) }),
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${surfaceAlternation(SHORT_TITLES)})(?![\p{L}\p{N}])`, 'uy'),
  read(m, text) {
    if (isBill(text, m.index)) return null;
    const id = ALIAS_OWNER.get(surfaceKey(m[0]));
    if (!id) return null;
    const kind = id.split(' ')[0];
    const words = m[0].replace(/^\S+(?:\s*[-‐–]\s*\S+)?\s+/, '');
    return mention({ form: 'citation/short-title', start: m.index, end: m.index + m[0].length, kind, shortTitle: words, lexicon: [id] });
  },
};

// kinds that take short titles in news; not "PP" ("PP Muhammadiyah", "Satpol PP" are no laws),
// not "UU." (a sentence end: "revisi UU. Argumen ...")
const SHORT_KINDS = LAW_KINDS.filter((k) => ['UU', 'PERPPU', 'PERPRES', 'PKPU', 'PERBAWASLU'].includes(k.id));
const SHORT_ALIASES = SHORT_KINDS.flatMap((k) => [k.canonical, ...k.aliases]).filter((a) => !a.endsWith('.'));
const KIND_OF = new Map<string, string>(SHORT_KINDS.flatMap((k) => [k.canonical, ...k.aliases].map((a) => [surfaceKey(a), k.id] as const)));
// a word stops before a link glued to "Pasal" by scraping: "UU TipikorjunctoPasal 55" is "UU Tipikor"
const WORD = String.raw`[\p{Lu}](?:(?!(?:juncto|junto|jo)?Pasal)[\p{L}\p{N}-])*`;
// the first word must not be a numbering word or a demonstrative: "UU Nomor", "UU RI"
const NOT_TITLE = String.raw`(?!(?:Nomor|NOMOR|No|NO|RI|Republik|Tahun|Dasar|DASAR)(?![\p{L}]))`;

export const genericShortTitle: InstrumentForm = {
  id: 'citation/short-title-generic',
  rank: 10,
  // a match starts after no letter or digit with a kind's leading word, a whole run of letters (a
  // space or hyphen follows it)
  anchors: wordAnchors({ word: SHORT_ALIASES.map((a) => leadingWord(a).word) }),
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?<kind>${surfaceAlternation(SHORT_ALIASES)})[ \t]+${NOT_TITLE}(?<words>${WORD}(?:[ \t]+${WORD}){0,3})(?![\p{L}\p{N}])`, 'uy'),
  read(m, text) {
    if (isBill(text, m.index)) return null;
    const kind = KIND_OF.get(surfaceKey(m.groups!.kind));
    if (!kind) return null;
    return mention({ form: 'citation/short-title-generic', start: m.index, end: m.index + m[0].length, kind, shortTitle: m.groups!.words });
  },
};
