/**
 * The region gazetteer: Indonesian provinces and kabupaten/kota with Kemendagri codes
 * (region-gazetteer.json, generated from idn-area-data, ODbL), their short forms
 * (region-aliases.json) and names that are also ordinary words or person names
 * (region-ambiguous.json, used only after an institution/office word or a region prefix).
 *
 * Handles: "Provinsi Lampung", "Prov. Lampung", "Kabupaten Luwu Utara (Lutra)" and later "Lutra"
 * (abbreviations the article defines), "Kota Pagar Alam" / "PAGARALAM" (spaces and hyphens do not
 * count: "Labuhanbatu"/"Labuhan Batu", "Bau-Bau"/"Baubau"), "Jatim", "Sumut", "DKI", "NTT",
 * spelling slips after a prefix or in a multi-word name ("Provinsi Lmapung", "BANDAR LAPUNG":
 * Damerau-Levenshtein distance 1), Kabupaten-vs-Kota names ("Bekasi", "Bogor", "Malang") by
 * prefix ("Kota Bekasi"), office ("Bupati Malang", "Wali Kota Malang") or an explicit mention
 * elsewhere in the article, otherwise left ambiguous (code null, both candidates).
 * Not here: which institution a region belongs to (extract/institution), kecamatan and villages.
 */
import { withinOneEdit } from '../text/edit-distance.js';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Doc } from '../doc.js';
import { LexiconEntrySchema, loadLexicon } from './load.js';

export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  /** Kemendagri code: "18", "73.22" */
  code: string;
  level: RegionLevel;
  /** the name without prefix: "Luwu Utara" */
  name: string;
  /** "Provinsi Lampung", "Kabupaten Luwu Utara", "Kota Pagar Alam" */
  canonical: string;
  /** code of the province it lies in (itself for a province) */
  province: string;
}

/** A region named in an article. `code` is null when the name fits several regions ("Bekasi"). */
export interface RegionMention {
  start: number;
  end: number;
  text: string;
  code: string | null;
  /** every region the name may mean, the chosen one included */
  candidates: string[];
  level: RegionLevel | null;
}

const GazetteerSchema = z.object({
  source: z.string(),
  entries: z.array(
    LexiconEntrySchema.extend({
      name: z.string().min(1),
      level: z.enum(['provinsi', 'kabupaten', 'kota']),
      province: z.string().min(2),
    }),
  ),
});
const AliasSchema = z.object({ source: z.string(), entries: z.array(LexiconEntrySchema) });

const GAZETTEER = loadLexicon('region-gazetteer.json', GazetteerSchema);
const ALIASES = loadLexicon('region-aliases.json', AliasSchema);
const AMBIGUOUS = loadLexicon('region-ambiguous.json', AliasSchema);

// natural's distance submodule only: the package index prints to stdout when loaded
const require = createRequire(import.meta.url);
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: object) => number;
};

const BY_CODE = new Map<string, Region>();
for (const e of GAZETTEER.entries) {
  BY_CODE.set(e.id, { code: e.id, level: e.level, name: e.name, canonical: e.canonical, province: e.province });
}

/** "Pagar Alam", "PAGARALAM", "Bau-Bau" -> "pagaralam", "baubau": the key all lookups use. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[\s.\-'’]+/g, '');
}

// key -> codes, for names written without a prefix
const BARE = new Map<string, Set<string>>();
// keys that need context (an institution/office word or a prefix) to count as a region
const CONTEXT_ONLY = new Set<string>();
function addBare(key: string, code: string): void {
  if (!BY_CODE.has(code)) throw new Error(`region lexicon: unknown code "${code}" for "${key}"`);
  let s = BARE.get(key);
  if (!s) BARE.set(key, (s = new Set()));
  s.add(code);
}
for (const r of BY_CODE.values()) addBare(squash(r.name), r.code);
for (const e of ALIASES.entries) for (const a of e.aliases) addBare(squash(a), e.id);
for (const e of AMBIGUOUS.entries) {
  for (const a of e.aliases) {
    addBare(squash(a), e.id);
    CONTEXT_ONLY.add(squash(a));
  }
}
// names by level, for prefixed lookups ("Kota Bekasi") and fuzzy matching
const BY_LEVEL: Record<RegionLevel, Map<string, string>> = { provinsi: new Map(), kabupaten: new Map(), kota: new Map() };
for (const r of BY_CODE.values()) BY_LEVEL[r.level].set(squash(r.name), r.code);
for (const e of ALIASES.entries) {
  const r = BY_CODE.get(e.id)!;
  for (const a of e.aliases) if (!BY_LEVEL[r.level].has(squash(a))) BY_LEVEL[r.level].set(squash(a), e.id);
}
// fuzzy candidates bucketed by first letter, for names of 5+ letters
const FUZZY = new Map<string, Array<{ key: string; code: string; level: RegionLevel }>>();
for (const lvl of ['provinsi', 'kabupaten', 'kota'] as const) {
  for (const [key, code] of BY_LEVEL[lvl]) {
    if (key.length < 5) continue;
    const b = FUZZY.get(key[0]) ?? [];
    b.push({ key, code, level: lvl });
    FUZZY.set(key[0], b);
  }
}

const MAX_WORDS = 5;

/** The region with this code, or null. */
export function regionByCode(code: string): Region | null {
  return BY_CODE.get(code) ?? null;
}

/** "Provinsi Lampung", "Kabupaten Luwu Utara" for a code; null for an unknown code. */
export function regionName(code: string | null | undefined): string | null {
  return code ? (BY_CODE.get(code)?.canonical ?? null) : null;
}

/** Every region of the gazetteer (provinces first, then kabupaten/kota by code). */
export function allRegions(): Region[] {
  return [...BY_CODE.values()];
}

function fuzzyFind(key: string, level: RegionLevel | null): string | null {
  if (key.length < 5) return null;
  const found = new Set<string>();
  for (const c of FUZZY.get(key[0]) ?? []) {
    if (level && c.level !== level) continue;
    if (Math.abs(c.key.length - key.length) > 1) continue;
    if (withinOneEdit(key, c.key) && DamerauLevenshteinDistance(key, c.key) <= 1) found.add(c.code);
  }
  return found.size === 1 ? [...found][0] : null;
}

const PREFIX_WORD = /^(?:(?<prov>provinsi|prov\.?|propinsi)|(?<kab>kabupaten|kab\.?)|(?<kota>kota|kotamadya))(?:\s+administrasi)?\s+/i;

/**
 * Look a region name up: "Lampung", "Provinsi Lampung", "Kab. Bekasi", "Jatim", "Lmapung"
 * (one slip, unique), with an optional level hint ("Pemkot Bekasi" -> hint 'kota').
 * Returns null when the name is unknown or stays ambiguous ("Bekasi" without a hint).
 */
export function lookupRegion(name: string, hint?: RegionLevel): { code: string; level: RegionLevel; name: string } | null {
  let rest = name.trim();
  const p = PREFIX_WORD.exec(rest);
  let level: RegionLevel | undefined = hint;
  if (p) {
    level = p.groups!.prov ? 'provinsi' : p.groups!.kab ? 'kabupaten' : 'kota';
    rest = rest.slice(p[0].length);
  }
  const key = squash(rest);
  if (!key) return null;
  let code: string | null = null;
  if (level) code = BY_LEVEL[level].get(key) ?? null;
  if (!code) {
    const codes = [...(BARE.get(key) ?? [])].filter((c) => !level || BY_CODE.get(c)!.level === level);
    code = pickBare(codes, null);
    // a hint that no candidate fits ("Kota Lampung") still finds the only region of that name
    if (!code && level && !p) code = pickBare([...(BARE.get(key) ?? [])], null);
  }
  if (!code) code = fuzzyFind(key, level ?? null);
  if (!code) return null;
  const r = BY_CODE.get(code)!;
  return { code: r.code, level: r.level, name: r.canonical };
}

/** One code among candidates: the only one, the one of the hinted level, or a province of that name. */
function pickBare(codes: string[], level: RegionLevel | null): string | null {
  if (codes.length === 0) return null;
  if (level) {
    const of = codes.filter((c) => BY_CODE.get(c)!.level === level);
    if (of.length === 1) return of[0];
  }
  if (codes.length === 1) return codes[0];
  // "Gorontalo", "Bengkulu", "Jambi", "Yogyakarta": bare, the province is meant
  const provs = codes.filter((c) => BY_CODE.get(c)!.level === 'provinsi');
  if (provs.length === 1 && !level) return provs[0];
  return null;
}

// Candidate region names: an optional prefix word, then up to MAX_WORDS capitalized words
// ("Pangkajene dan Kepulauan" keeps its lowercase "dan", "Kep. Riau" and "D.I. Yogyakarta" their
// periods). The prefix may follow "se-".
const CANDIDATE =
  /(?<![\p{L}\p{N}])(?<se>[Ss]e-[ \t]*)?(?:(?<prefix>[Pp]rovinsi|[Pp]ropinsi|[Pp]rov\.?|[Kk]abupaten|[Kk]ab\.?|[Kk]ota(?:madya)?)(?:[ \t]+[Aa]dministrasi)?[ \t]+)?(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:(?:\.[ \t]*|[ \t]+)(?:dan[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4})/gu;
const WORD = /\p{Lu}[\p{L}\p{M}'’\-]*|dan/gu;

// What the words just before a bare name say about its level ("Bupati Malang", "Wali Kota Malang")
const KAB_BEFORE = /(?:\b(?:kabupaten|kab\.?|pemkab|bupati|wabup|pilbup|pilbupati|pemerintah\s+kabupaten)|\bDPRD\s+Kab(?:upaten|\.)?)\s*$/i;
const KOTA_BEFORE = /(?:\b(?:kota|pemkot|pemko|wali\s*kota|walkot|wako|wawali|pilwalkot|pilwali|polresta|pemerintah\s+kota))\s*$/i;
// Institution and office words after which a name that is also an ordinary word counts
const CONTEXT_BEFORE =
  /(?:\b(?:KPU|KPUD|KIP|Bawaslu|Panwaslu|Panwaslih|Pemkab|Pemkot|Pemko|Pemprov|Polres|Polresta|Polda|Kapolres|Kapolresta|Kodim|Dandim|Korem|DPRD|Kejari|Kesbangpol|Dukcapil|Diskominfo|Sekda|Gakkumdu)|\b(?:[Bb]upati|[Ww]akil\s+[Bb]upati|[Ww]ali\s*[Kk]ota|[Ww]akil\s+[Ww]ali\s*[Kk]ota|[Ww]abup|[Ww]awali|[Pp]ilkada|[Pp]ilbup|[Pp]ilwalkot|[Kk]abupaten|[Kk]ota|[Kk]ab\.))\s+$/u;
// "Jalan Bali", "Jl. Sumatera", "Universitas Lampung": a name inside another name
const NOT_REGION_BEFORE = /(?:\b(?:Jalan|Jl\.?|Jln\.?|Gang|Gg\.?|Universitas|Univ\.?|Bank|Hotel|Selat|Laut|Danau|Gunung|Pulau|Sungai|Teluk|Tanjung|Semenanjung)|\bRestoran)\s+$/u;
// "Kabupaten Luwu Utara (Lutra)": an abbreviation the article defines
const ABBR_AFTER = /^[ \t]*\([ \t]*(?<abbr>\p{Lu}[\p{L}]{1,11})[ \t]*\)/u;

interface Candidate {
  start: number;
  end: number;
  codes: string[];
  level: RegionLevel | null;
  prefixed: boolean;
}

/** Try the words of a candidate run from the first, longest first; exact, then one slip. */
function matchRun(text: string, words: Array<{ start: number; end: number }>, level: RegionLevel | null): Candidate | null {
  const n = Math.min(words.length, MAX_WORDS);
  for (let k = n; k >= 1; k--) {
    const last = words[k - 1];
    if (text.slice(last.start, last.end) === 'dan') continue;
    const key = squash(text.slice(words[0].start, last.end));
    if (level) {
      const code = BY_LEVEL[level].get(key);
      if (code) return { start: words[0].start, end: last.end, codes: [code], level, prefixed: true };
      continue;
    }
    const codes = BARE.get(key);
    if (codes) {
      if (CONTEXT_ONLY.has(key) && !CONTEXT_BEFORE.test(text.slice(Math.max(0, words[0].start - 30), words[0].start))) continue;
      return { start: words[0].start, end: last.end, codes: [...codes], level: null, prefixed: false };
    }
  }
  // one slip: after a prefix any length, bare only for names of two or more words ("BANDAR LAPUNG")
  for (let k = n; k >= 1; k--) {
    if (!level && k < 2) break;
    const last = words[k - 1];
    const key = squash(text.slice(words[0].start, last.end));
    if (!level && key.length < 9) continue;
    const code = fuzzyFind(key, level);
    if (code) return { start: words[0].start, end: last.end, codes: [code], level: BY_CODE.get(code)!.level, prefixed: level !== null };
  }
  return null;
}

function levelOfPrefix(prefix: string): RegionLevel {
  const p = prefix.toLowerCase();
  return p.startsWith('kab') ? 'kabupaten' : p.startsWith('kota') ? 'kota' : 'provinsi';
}

// "Polres Serang Kota", "Bogor Kota": the level written after an ambiguous name
const LEVEL_AFTER = /^[ \t]+(?<level>Kota|Kabupaten)(?![\p{L}\p{N}])/u;

function toMention(text: string, c: Candidate): RegionMention {
  let code: string | null = null;
  if (c.codes.length === 1) code = c.codes[0];
  else {
    const after = LEVEL_AFTER.exec(text.slice(c.end, c.end + 12));
    if (after) {
      const of = c.codes.filter((k) => BY_CODE.get(k)!.level === (after.groups!.level === 'Kota' ? 'kota' : 'kabupaten'));
      if (of.length === 1) {
        c.end += after[0].length;
        return { start: c.start, end: c.end, text: text.slice(c.start, c.end), code: of[0], candidates: c.codes, level: BY_CODE.get(of[0])!.level };
      }
    }
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const hint: RegionLevel | null = KAB_BEFORE.test(before) ? 'kabupaten' : KOTA_BEFORE.test(before) ? 'kota' : null;
    code = pickBare(c.codes, hint);
  }
  const level = code ? BY_CODE.get(code)!.level : c.level;
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), code, candidates: c.codes, level };
}

/** Scan a text for region mentions (no article context: see `findRegionMentions`). */
export function scanRegions(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  const defined = new Map<string, string>();
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const nameStart = m.index + m[0].length - g.name.length;
    const words: Array<{ start: number; end: number }> = [];
    WORD.lastIndex = 0;
    for (let w = WORD.exec(g.name); w; w = WORD.exec(g.name)) words.push({ start: nameStart + w.index, end: nameStart + w.index + w[0].length });
    const level = g.prefix ? levelOfPrefix(g.prefix) : null;
    if (!level && !g.se && NOT_REGION_BEFORE.test(text.slice(Math.max(0, m.index - 15), m.index))) {
      re.lastIndex = words[0].end;
      continue;
    }
    const c = matchRun(text, words, level);
    // "LUWUUTARA.PUBLIKSULSEL.COM": part of a domain name
    if (c && /^\.[\p{L}]/u.test(text.slice(c.end, c.end + 2))) {
      re.lastIndex = c.end;
      continue;
    }
    if (!c) {
      // nothing here: go on after the first word (or the prefix), the rest may hold a name
      re.lastIndex = g.prefix ? nameStart : words[0].end;
      continue;
    }
    // the prefix starts the mention; "se-" before it does not: "Kabupaten/Kota Se-Provinsi Lampung"
    if (c.prefixed) c.start = m.index + (g.se?.length ?? 0);
    const mention = toMention(text, c);
    out.push(mention);
    re.lastIndex = c.end;
    const abbr = ABBR_AFTER.exec(text.slice(c.end, c.end + 20));
    if (abbr && mention.code) {
      const a = abbr.groups!.abbr;
      const known = BARE.get(squash(a));
      if (!known || known.has(mention.code)) defined.set(a, mention.code);
      re.lastIndex = c.end + abbr[0].length;
    }
  }
  if (defined.size > 0) addDefined(text, out, defined);
  return out.sort((a, b) => a.start - b.start);
}

// Later uses of an abbreviation the article defined: "Lutra" after "Kabupaten Luwu Utara (Lutra)"
function addDefined(text: string, out: RegionMention[], defined: Map<string, string>): void {
  for (const [abbr, code] of defined) {
    for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + abbr.length)) {
      const end = i + abbr.length;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (text[i - 1] === '(' && text[end] === ')') continue;
      if (out.some((o) => i < o.end && o.start < end)) continue;
      const r = BY_CODE.get(code)!;
      out.push({ start: i, end, text: abbr, code, candidates: [code], level: r.level });
    }
  }
}

/**
 * Region mentions of a document, memoized. A name left ambiguous by its own words ("Bekasi")
 * takes the reading the article states explicitly elsewhere ("Kota Bekasi"), when only one is.
 */
export function findRegionMentions(doc: Doc): RegionMention[] {
  return doc.memo('regions', () => {
    const mentions = scanRegions(doc.text);
    const explicit = new Set(mentions.filter((m) => m.code && m.candidates.length === 1).map((m) => m.code!));
    for (const m of mentions) {
      if (m.code || m.candidates.length < 2) continue;
      const stated = m.candidates.filter((c) => explicit.has(c));
      if (stated.length === 1) {
        m.code = stated[0];
        m.level = BY_CODE.get(stated[0])!.level;
      }
    }
    return mentions;
  });
}

/** The region of the lexicon entry ids used by a mention, for evidence: "region:73.22". */
export function regionLexiconId(code: string): string {
  return `region:${code}`;
}
