/**
 * From an institution name or acronym in the text to an institution fact: the region stated
 * after it, the span of the whole phrase, and the context decision for ambiguous acronyms.
 *
 * Handles: "KPU Provinsi Lampung", "Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra)",
 * "Pemerintah Provinsi Lampung" (the level word belongs to both), "Badan Kesbangpol Kabupaten/Kota
 * Se-Provinsi Lampung", "KPU Kabupaten/Kota" (a level without a region), "KPU RI" and "DPR-RI"
 * (national), "Sentra Gakkumdu di seluruh wilayah Provinsi Lampung", "Korem 043/Garuda Hitam",
 * "Kodim 0405/Lahat", "Polda Lampung", "Pemkot Bekasi" (the form picks Kota Bekasi), party boards
 * "DPD PDIP Sumut", "DPP PDIP", "Fraksi PDIP", "PDI Perjuangan (PDIP) Bali".
 * Not here: binding a mention without a stated region (resolve/institution-region.ts).
 */
import type { ExtractContext } from '../types.js';
import type { FactOf } from '../../types.js';
import type { Doc } from '../../doc.js';
import { abbreviates, findRegionMentions, regionByCode, regionStretches, type RegionLevel, type RegionMention } from '../../lexicon/regions.js';
import { acronymCounts } from './context.js';
import { alternation } from '../../lexicon/load.js';
import { FOREIGN as FOREIGN_COUNTRIES } from '../official/lexicon.js';
import { BY_ID, formOfAcronym, formOfName, PARTY_BOARD_BEFORE, type InstitutionForm, type InstitutionScope } from './lexicon.js';

/** What the extractor knew about a fact's region, for the resolver. */
export interface InstitutionMeta {
  scope: InstitutionScope;
  /** region: stated after the name; national: "RI"/"Pusat"; unstated: neither (bare or a level only) */
  stated: 'region' | 'national' | 'unstated';
  subunit: boolean;
  /** the level the form or a bare level word states: "Pemprov", "Bawaslu provinsi" -> provinsi */
  hint: RegionLevel | null;
}

/** Side table from fact objects to what the resolver needs; facts keep their public shape. */
export const INSTITUTION_META = new WeakMap<object, InstitutionMeta>();

// Related-content lines the sentence splitter does not mark: "Tonton juga Video: PKB Minta ..."
const RELATED_LINE = /^\s*(?:tonton|simak|lihat|baca)\s+(?:juga|pula)\b/i;

// glue after a name, each anchored at the current position
const PAREN_ACRONYM = /^[ \t]*\([ \t]*(?<acr>\p{Lu}[\p{L}\-]{1,15})[ \t]*\)/u;
const NATIONAL = /^[ \t]*(?:-[ \t]*)?(?:RI|R\.I\.|Republik[ \t]+Indonesia|Pusat)(?![\p{L}\p{N}])/u;
const UNIT_NUMBER = /^[ \t]+\d{2,4}(?:[ \t]*\/[ \t]*)?/;
const UNIT_NAME = /^\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}/u;
const LEVEL_PAIR = /^[ \t]+(?:Kabupaten|Kab\.?)[ \t]*\/[ \t]*Kota(?![\p{L}])/iu;
const SE_OR_DI = /^[ \t]+(?:se-?[ \t]*|di[ \t]+)/i;
const IN_REGION = /^[ \t]+di[ \t]+(?:seluruh[ \t]+)?(?:wilayah[ \t]+)?/i;
const LEVEL_WORD = /^[ \t]+(?:Provinsi|Kabupaten|Kota|Kecamatan)(?![\p{L}])/iu;
const SPACE = /^[ \t]*/;
const ENDS_WITH_LEVEL = /(?:provinsi|kabupaten|kota)$/i;
const STUDY_BEFORE = /\b[Ii]lmu\s+$/;
const US_POLITICS = /partai\s+republik/i;
// other countries (office-foreign.json, case as written: "AS" is the United States, "as" is not)
const FOREIGN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(FOREIGN_COUNTRIES.flatMap((e) => [e.canonical, ...e.aliases]))})(?![\\p{L}\\p{N}])`, 'u');
const FOREIGN_AFTER = new RegExp(`^[ \\t]*(?:${alternation(FOREIGN_COUNTRIES.flatMap((e) => [e.canonical, ...e.aliases]))})(?![\\p{L}\\p{N}])`, 'u');
const INDONESIAN = /(?<![\p{L}])(?:Indonesia|RI|NKRI|Jakarta)(?![\p{L}])/u;

/**
 * Is a body named in words (not by its acronym) another country's? "Mahkamah Konstitusi
 * Thailand", or a sentence that names another country and nothing Indonesian: "Sejak saat itu,
 * Mahkamah Konstitusi telah menegakkan pembatasan dua periode presiden Bolivia".
 */
function foreignBody(doc: Doc, sentence: { start: number; end: number; text: string }, end: number): boolean {
  if (FOREIGN_AFTER.test(doc.text.slice(end, end + 30))) return true;
  if (!namesForeign(doc, sentence) || INDONESIAN.test(sentence.text)) return false;
  for (const m of findRegionMentions(doc)) if (m.start >= sentence.start && m.end <= sentence.end) return false;
  return true;
}

/**
 * Does the sentence name another country, or a body of nations? Not by a party's acronym the
 * article gives the party: "PBB" is the United Nations, or Partai Bulan Bintang where the article
 * writes "Partai Bulan Bintang (PBB)" ("PBB ... judicial review ke Mahkamah Konstitusi (MK)").
 */
function namesForeign(doc: Doc, sentence: { start: number; end: number; text: string }): boolean {
  FOREIGN_ALL.lastIndex = 0;
  for (let m = FOREIGN_ALL.exec(sentence.text); m; m = FOREIGN_ALL.exec(sentence.text)) {
    const form = formOfAcronym(m[0]);
    const start = sentence.start + m.index;
    if (!(form?.contextOnly && form.entry.scope === 'party' && acronymCounts({ doc, acronym: form.form, start, end: start + m[0].length, sentence: sentence.text }))) return true;
  }
  return false;
}
const FOREIGN_ALL = new RegExp(FOREIGN.source, 'gu');

function regionStarts(doc: Doc): Map<number, RegionMention> {
  return doc.memo('institution/region-starts', () => new Map(findRegionMentions(doc).map((m) => [m.start, m])));
}

/**
 * The region mention starting at `p`. The article is scanned for regions only when one may start
 * there: `regionStretches` over [p, p + 1) is empty when no mention of the scan can start at `p`
 * (no candidate run there that has a prefix or whose words can make a key, and no use of an
 * abbreviation the article may define), so "KPU Provinsi Lampung" scans and "Bawaslu Mengimbau"
 * or "KPU Pusat" do not.
 */
function regionAt(doc: Doc, p: number): RegionMention | undefined {
  return regionStretches(doc, p, p + 1).length > 0 ? regionStarts(doc).get(p) : undefined;
}

/**
 * The code a mention stands for, given the level the institution form implies. A form of a
 * province's body takes no place below a province: "ke Polda Metro Jayapada" (a lost space) is not
 * Kota Metro in Lampung. Other levels are preferences only ("Polresta Sleman" serves a regency).
 */
function codeOf(m: RegionMention, hint: RegionLevel | null): string | null {
  if (hint) {
    const of = m.candidates.filter((c) => regionByCode(c)?.level === hint);
    if (of.length === 1) return of[0];
    if (hint === 'provinsi' && of.length === 0) return null;
  }
  return m.code;
}

interface Attached {
  end: number;
  region: string | null;
  stated: InstitutionMeta['stated'];
  /** a level written without a region: "KPU provinsi" (undefined for the others: one shape for all) */
  level: RegionLevel | undefined;
}

function parenthesisedForm(acr: string, form: InstitutionForm): boolean {
  const other = formOfAcronym(acr) ?? formOfName(acr);
  if (other) return other.entry.id === form.entry.id;
  return /^\p{Lu}[\p{Lu}\p{N}\-]{1,9}$/u.test(acr);
}

/** Read the region stated after an institution name that ends at `end`. */
function attachRegion(doc: Doc, nameStart: number, end: number, form: InstitutionForm): Attached {
  const text = doc.text;
  const hint = form.hint;
  let pos = end;
  const rest = () => text.slice(pos, pos + 60);
  const mentionAt = (p: number): RegionMention | null => {
    const sp = SPACE.exec(text.slice(p, p + 10))![0].length;
    return regionAt(doc, p + sp) ?? null;
  };
  const finish = (m: RegionMention): Attached => {
    let e = m.end;
    // "KPU Provinsi Jawa Barat (Jabar)", "Bawaslu Kota Bandung (Bawaslu)": the region's short form
    // or the body's acronym, never a name ("Ketua Panwaslu Jakbar (Puadi)")
    const abbr = PAREN_ACRONYM.exec(text.slice(e, e + 20));
    if (abbr && (parenthesisedForm(abbr.groups!.acr, form) || abbreviates(abbr.groups!.acr, m))) e += abbr[0].length;
    const code = codeOf(m, hint);
    return { end: e, region: code, stated: code ? 'region' : 'unstated', level: undefined };
  };

  // "Pemerintah Provinsi Lampung": the level word of the form starts the region mention
  if (ENDS_WITH_LEVEL.test(form.form)) {
    const lastWord = /\S+$/.exec(text.slice(nameStart, end))!;
    const m = regionAt(doc, nameStart + lastWord.index);
    if (m) return finish(m);
  }
  // "(KPU)" after "Komisi Pemilihan Umum": a form of the same body or an unknown acronym, never
  // another body's ("Demokrat (NasDem)") or a name ("Kapolri (Tito)")
  const paren = PAREN_ACRONYM.exec(rest());
  if (paren && parenthesisedForm(paren.groups!.acr, form)) pos += paren[0].length;
  const national = NATIONAL.exec(rest());
  if (national) return { end: pos + national[0].length, region: null, stated: 'national', level: undefined };
  if (form.subunit) {
    // "Korem 043/Garuda Hitam", "Kodim 0405/Lahat"
    const num = UNIT_NUMBER.exec(rest());
    if (num) {
      pos += num[0].length;
      const m = regionAt(doc, pos);
      if (m) return finish(m);
      const unitName = num[0].includes('/') ? UNIT_NAME.exec(rest()) : null;
      return { end: pos + (unitName ? unitName[0].length : 0), region: null, stated: 'unstated', level: undefined };
    }
  }
  const pair = LEVEL_PAIR.exec(rest());
  if (pair) {
    // "Kesbangpol Kabupaten/Kota Se-Provinsi Lampung", or a level only: "KPU Kabupaten/Kota"
    pos += pair[0].length;
    const se = SE_OR_DI.exec(rest());
    if (se) {
      const m = regionAt(doc, pos + se[0].length);
      if (m && m.code) {
        const f = finish(m);
        return { end: f.end, region: regionByCode(m.code)!.province, stated: f.stated, level: undefined };
      }
    }
    return { end: pos, region: null, stated: 'unstated', level: undefined };
  }
  const direct = mentionAt(pos);
  if (direct) return finish(direct);
  const inRegion = IN_REGION.exec(rest());
  if (inRegion) {
    // "Sentra Gakkumdu di seluruh wilayah Provinsi Lampung": only a prefixed region
    const m = regionAt(doc, pos + inRegion[0].length);
    if (m && /^(?:provinsi|kabupaten|kab\.?|kota)\s/i.test(m.text)) return finish(m);
  }
  const level = LEVEL_WORD.exec(rest());
  if (level) {
    const word = level[0].trim().toLowerCase();
    const stated = word === 'provinsi' || word === 'kabupaten' || word === 'kota' ? (word as RegionLevel) : undefined;
    return { end: pos + level[0].length, region: null, stated: 'unstated', level: stated };
  }
  return { end: paren ? pos : end, region: null, stated: 'unstated', level: undefined };
}

/**
 * The institution fact for `form` matched at [start, end), or null when the context says the
 * acronym means something else.
 */
export function institutionFact(ctx: ExtractContext<'institution'>, start: number, end: number, form: InstitutionForm): FactOf<'institution'> | null {
  const doc = ctx.doc;
  const sentence = doc.sentenceAt(start);
  if (RELATED_LINE.test(sentence.text)) return null;
  let entry = form.entry;
  // "Perguruan Tinggi Ilmu Kepolisian": a field of study named after the body
  if (STUDY_BEFORE.test(doc.text.slice(Math.max(0, start - 8), start))) return null;
  if (form.contextOnly && !acronymCounts({ doc, acronym: form.form, start, end, sentence: sentence.text })) return null;
  if (entry.id === 'partai:Demokrat' && US_POLITICS.test(doc.text)) return null;
  // generic names ("Mahkamah Konstitusi", "Komisi Pemilihan Umum") and MK/MA exist abroad too
  if (entry.scope !== 'party' && (form.contextOnly || formOfName(form.form) === form) && foreignBody(doc, sentence, end)) return null;
  let spanStart = start;
  if (entry.scope === 'party') {
    const board = PARTY_BOARD_BEFORE.exec(doc.text.slice(Math.max(0, start - 12), start));
    if (board) spanStart = start - board[0].length;
  }
  let at = attachRegion(doc, start, end, form);
  // "Kapolri", "Mabes Polri": the national body itself, as if "RI" followed
  if (form.national && at.stated === 'unstated') at = { end: at.end, region: null, stated: 'national', level: undefined };
  // KIP is the Aceh election commission only with an Aceh region: "KIP Aceh Besar"
  if (form.form === 'KIP' && !(at.region && at.region.startsWith('11'))) return null;
  // "DPR Aceh", "DPR Papua": a national chamber's name with a region is the regional parliament
  if (entry.id === 'DPR' && at.region) entry = BY_ID.get('DPRD')!;
  const region = entry.scope === 'national-only' ? null : at.region;
  const fact = ctx.fact(
    spanStart,
    at.end,
    { id: entry.id, region, name: doc.text.slice(spanStart, at.end).replace(/\s+/g, ' ') },
    {
      lexicon: [`institution:${entry.id}`, ...(region ? [`region:${region}`] : [])],
      implied: at.stated === 'unstated' && entry.scope !== 'national-only' && entry.scope !== 'party' ? ['region'] : [],
      confidence: form.contextOnly ? 0.75 : 0.9,
    },
  );
  INSTITUTION_META.set(fact, { scope: entry.scope, stated: at.stated, subunit: form.subunit, hint: at.level ?? form.hint });
  return fact;
}
