/**
 * Instrument mentions: the first stage of citation extraction (eyecite's "tokens"). Every surface
 * form in `forms/` finds the places where an instrument is named — with its number ("UU Nomor 7
 * Tahun 2017"), by a fixed name ("UUD 1945", "KUHP"), by a short title ("UU Pemilu") or by a
 * demonstrative ("undang-undang itu"). Overlaps are settled here once per document; pinpoints
 * (pinpoint.ts) then attach "Pasal ..." chains to these mentions.
 */
import type { Doc } from '../../doc.js';
import { matchesAt, type WordAnchors } from '../word-anchors.js';
import { constitution } from './forms/constitution.js';
import { courtDecision } from './forms/court-decision.js';
import { criminalCode } from './forms/criminal-code.js';
import { instrumentAnaphor } from './forms/instrument-anaphor.js';
import { numbered } from './forms/numbered.js';
import { lexiconShortTitle, genericShortTitle } from './forms/short-title.js';

export interface InstrumentMention {
  /** id of the surface form that found it: "citation/numbered" */
  form: string;
  /** the instrument words up to the number: "Undang-Undang Nomor 7 Tahun 2017" */
  start: number;
  end: number;
  /** after the "tentang ..." title and a "(UU LLAJ)" alias, when present */
  outerEnd: number;
  /** instrument kind (UU, PKPU, PUTUSAN-MK ...), or the kind an anaphor points to */
  kind: string;
  /** canonical instrument ("UU 7/2017"), null until resolved (short titles, anaphors) */
  instrument: string | null;
  title: string | null;
  /** a short title the article defines for it: "... (UU LLAJ)" -> "llaj" */
  alias: string | null;
  /** the short-title words of a short-title mention: "Pemilu" */
  shortTitle: string | null;
  /** lexicon entry ids (law-instruments) when the form used one */
  lexicon: string[];
  /** value parts not stated: "year" for a bare "UUD" */
  implied: string[];
  /** true for "undang-undang itu", "putusan tersebut" */
  anaphor: boolean;
  /** inside the title of another mention: "... tentang Perubahan atas UU Nomor 31 Tahun 1999" */
  nested: boolean;
}

/**
 * A surface form of instrument names: one sticky regex, tried where the form's words stand (as a
 * global regex over the whole text would find them), read into a mention or null.
 */
export interface InstrumentForm {
  id: string;
  /** higher wins an overlap, before length: a numbered "UU Pemilu Nomor 7 Tahun 2017" beats the short title in it */
  rank: number;
  /** sticky */
  pattern: RegExp;
  /** where a match may start (each form says why): most texts name no instrument at all */
  anchors: WordAnchors;
  read(m: RegExpExecArray, text: string): InstrumentMention | null;
}

// Order does not matter for matching (every form finds its matches on its own); overlaps are settled by
// rank, then length. Ranks: numbered 60 > court decision 50 > constitution 40 > criminal code 30 >
// lexicon short title 20 > anaphor 15 > generic short title 10.
const FORMS: readonly InstrumentForm[] = [numbered, courtDecision, constitution, criminalCode, lexiconShortTitle, instrumentAnaphor, genericShortTitle];

/** A bill or a draft is not a citation: "Rancangan Undang-Undang", "draf PKPU". */
const BILL_BEFORE = /(?:rancangan|draf|draft|RUU|usulan)\s*$/i;

/** True when the words before `start` make the instrument a bill or draft. */
export function isBill(text: string, start: number): boolean {
  return BILL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Instrument mentions of the document, sorted by start, overlaps settled; computed once. */
export function instrumentMentions(doc: Doc): InstrumentMention[] {
  return doc.memo('citation/instrument-mentions', () => findMentions(doc.text, (form) => form.anchors.in(doc)));
}

/** All mentions in `text` (exported for tests; `anchorsOf` gives a form's anchors in `text`). */
export function findMentions(text: string, anchorsOf: (form: InstrumentForm) => readonly number[] = (form) => form.anchors.inText(text)): InstrumentMention[] {
  const found: { m: InstrumentMention; rank: number }[] = [];
  for (const form of FORMS) {
    for (const m of matchesAt(form.pattern, text, anchorsOf(form))) {
      const mention = form.read(m, text);
      if (mention) found.push({ m: mention, rank: form.rank });
    }
  }
  // settle overlaps of the core spans: rank, then length, then position
  found.sort((a, b) => b.rank - a.rank || b.m.end - b.m.start - (a.m.end - a.m.start) || a.m.start - b.m.start);
  const kept: InstrumentMention[] = [];
  for (const { m } of found) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  // a mention inside another's title is nested: "tentang Perubahan atas UU Nomor 31 Tahun 1999"
  for (const m of kept) {
    m.nested = kept.some((o) => o !== m && o.end <= m.start && m.end <= o.outerEnd);
  }
  return kept;
}

// ---- titles and aliases ------------------------------------------------------------------------

const TENTANG = /[ \t]*,?[ \t]*(?:tentang|Tentang|TENTANG)[ \t]+/y;
// A title word: capitalized or a number ("Bendera", "2024", "DPRD", "Kabupaten/Kota"), or one of the
// lower-case words titles are built with ("dan", "atas", "kedua", "tentang" of a nested title).
const TITLE_WORD =
  /(?:[ \t]*,)?[ \t]+(?!(?:Pasal|PASAL|Ayat)(?![\p{L}]))(?:[\p{Lu}\d](?:[\p{L}\p{N}'’&/-]|\.(?=[\p{L}\p{N}]))*|(?:dan|atau|serta|atas|di|ke|dari|untuk|dalam|bagi|tentang|yang|sebagai|menjadi|antara|tahun|nomor|perubahan|penetapan|pertama|kedua|ketiga|keempat|kelima|undang-undang)(?![\p{L}-]))/uy;
const FIRST_TITLE_WORD = /(?:[\p{Lu}\d](?:[\p{L}\p{N}'’&/-]|\.(?=[\p{L}\p{N}]))*|(?:perubahan|penetapan|pemilihan|tata)(?![\p{L}-]))/uy;
const TITLE_TRAILING = /(?:[ \t,]+(?:dan|atau|serta|atas|di|ke|dari|untuk|dalam|bagi|tentang|yang|sebagai|menjadi|antara|tahun|nomor))+$|[ \t,]+$/i;
// "(UU LLAJ)", "(ITE)", "(UU Pemilu)": a short title the article defines
const ALIAS = /[ \t]*\([ \t]*(?:(?:UU|Undang-Undang|Perppu|PP|Perpres|PKPU|Perbawaslu)[ \t]+)?(?<alias>[\p{Lu}][\p{L}\p{N}-]*(?:[ \t]+[\p{Lu}][\p{L}\p{N}-]*){0,3})[ \t]*\)/uy;

/** Read the "tentang ..." title and a "(UU X)" alias after `pos`. */
export function readTitle(text: string, pos: number): { title: string | null; alias: string | null; end: number } {
  let end = pos;
  let title: string | null = null;
  TENTANG.lastIndex = pos;
  if (TENTANG.exec(text)) {
    const titleStart = TENTANG.lastIndex;
    FIRST_TITLE_WORD.lastIndex = titleStart;
    if (FIRST_TITLE_WORD.exec(text)) {
      let p = FIRST_TITLE_WORD.lastIndex;
      for (;;) {
        TITLE_WORD.lastIndex = p;
        if (!TITLE_WORD.exec(text)) break;
        p = TITLE_WORD.lastIndex;
      }
      const raw = text.slice(titleStart, p).replace(TITLE_TRAILING, '');
      if (raw) {
        title = raw.replace(/\s+/g, ' ');
        end = titleStart + raw.length;
      }
    }
  }
  ALIAS.lastIndex = end;
  const a = ALIAS.exec(text);
  if (a) return { title, alias: a.groups!.alias.toLowerCase().replace(/\s+/g, ' '), end: ALIAS.lastIndex };
  return { title, alias: null, end };
}

/** A mention with the defaults filled in. */
export function mention(init: Partial<InstrumentMention> & Pick<InstrumentMention, 'form' | 'start' | 'end' | 'kind'>): InstrumentMention {
  return {
    outerEnd: init.end,
    instrument: null,
    title: null,
    alias: null,
    shortTitle: null,
    lexicon: [],
    implied: [],
    anaphor: false,
    nested: false,
    ...init,
  };
}
