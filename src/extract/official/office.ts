/**
 * Office phrases: modifiers + title + department + body + region, on the tokens of a sentence,
 * bound to the institution facts and region mentions that cover them.
 *
 * Handles: "Ketua KPU Provinsi Lampung", "Pj. Sekretaris Daerah Provinsi Lampung", "Pj Walikota
 * Pagar Alam", "Kabid Hukum dan Politik Kesbangpol", "Ketua Divisi Teknis Penyelenggaraan Pemilu",
 * "Staf Ahli Bidang Pemerintahan, Hukum, dan Politik Pemprov Lampung", "Wakapolda Lampung"
 * (Polri implied), "Presiden RI", "anggota Komisi II DPR Fraksi PDIP", "Komisioner KPU divisi
 * Perencanaan Data dan Informasi", "Ketua Umum DPP Partai Amanat Nasional", "Bupati Banyuwangi",
 * chains "Ketua merangkap anggota KPU Kabupaten Labuhanbatu Utara", "Anggota DPR RI sekaligus
 * Wakil Ketua Umum Partai Golkar".
 * Not here: the person (name.ts), former and future offices ("mantan Ketua", "calon Gubernur",
 * "Presiden ke-6") which give null.
 */
import { regionByCode } from '../../lexicon/regions.js';
import { tokenize, startsUpper } from '../../text/tokenize.js';
import { regionAt, type SentenceView, type InstitutionSpan } from './context.js';
import { MINISTRY } from './name.js';
import { PARTY_BOARD_FIRST, partyByWord } from '../institution/lexicon.js';
import { BODY_TRIE, CORPS_FORMS, FIELDS, FOREIGN_TRIE, fieldWord, HELD_WHEN_TRIE, MODIFIER_TRIE, NEGATOR_TRIE, POSITION_TRIE, RANK_TRIE, REGIONAL_UNIT_TRIE, type PositionEntry, type RegionalUnitEntry } from './lexicon.js';
import { mapPacked } from '../packed.js';

/** A parsed office phrase (without the person). */
export interface OfficePhrase {
  /** first and after-last token */
  from: number;
  to: number;
  start: number;
  end: number;
  /** title-cased office head words as written: "Pj Walikota", "Kabid Hukum dan Politik" */
  position: string;
  entry: PositionEntry;
  institution: string | null;
  region: string | null;
  /** the title was written capitalized ("Ketua", not "ketua") */
  capitalized: boolean;
  /** an institution, region or "RI" anchors the title */
  anchored: boolean;
  /** the institution came from a fact in the phrase (not implied by the title) */
  boundInstitution: InstitutionSpan | null;
  /** a state body outside the vocabulary anchors the title ("Kepala BPS"): institution null */
  stateBody: boolean;
  /** a modifier or a department qualifies the title ("Wakil Ketua", "Kasubag Teknik") */
  qualified: boolean;
  /** a unit or field is named after the title ("Kasubag Teknik", "Dirjen Bea dan Cukai"), not a modifier alone */
  unitNamed: boolean;
  /** a staff title serves the office after it: "Juru Bicara Presiden" */
  staffed: boolean;
  lexicon: string[];
}

// words after a title that open its department: "Ketua Divisi Teknis", "Anggota Komisi II"
const DIVISION_WORDS = new Set(['divisi', 'bidang', 'komisi', 'biro', 'seksi', 'bagian', 'sub', 'subbagian', 'majelis', 'koordinator']);
// a ministry's portfolio written as its acronym: "Menteri PUPR", "Menko PMK", "Menteri ATR/BPN"
const PORTFOLIO_ACRONYM = /^\p{Lu}{2,6}$/u;
const ROMAN = /^(?:[IVX]{1,5}|\d{1,2})$/;
// words naming which side of the country a body's numbered area lies: "Wilayah Indonesia I", "Wilayah Timur II"
const AREA_SIDES = new Set(['indonesia', 'barat', 'timur', 'tengah', 'utara', 'selatan']);
// body words between a title and its institution, not part of the position: "Kepala Badan Kesbangpol"
const BODY_WORDS = new Set(['badan', 'dinas', 'kantor', 'dpp', 'dpd', 'dpw', 'dpc', 'pengurus', 'pimpinan', 'partai']);
// national markers: "Presiden RI", "KPU RI", "Ketua DPR RI"
const NATIONAL = new Set(['ri', 'pusat']);
// titles held abroad, written with the country of posting: "Duta Besar RI untuk Singapura"
const ABROAD = new Set(['duta-besar', 'konsul-jenderal']);
// bodies abroad, written with their place of posting: "PPLN Singapura", "KBRI Tokyo"
const ABROAD_BODIES = new Set(['PPLN', 'KBRI']);
const CHAIN = new Set(['merangkap', 'sekaligus']);


/** "Pj." → "Pj", "walikota" → "Walikota", "dan" and acronyms kept: title case of office words. */
export function titleCase(words: string[]): string {
  const out: string[] = [];
  for (const w of words) {
    if (w === '.') continue;
    if (w === ',' || w === '&') {
      if (w === ',' && out.length) out[out.length - 1] += ',';
      else out.push(w);
      continue;
    }
    if (w === 'dan' || w === 'dan,') {
      out.push('dan');
      continue;
    }
    const bare = w.replace(/\.$/, '');
    // acronyms and mixed case as written: "PUPR", "MenPAN-RB"
    if (bare.length > 1 && (bare === bare.toUpperCase() || /^\p{L}+\p{Lu}/u.test(bare))) out.push(bare);
    else out.push(bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase());
  }
  return out.join(' ');
}

// places named after an office: "Jalan Gubernur Suryo", "Gedung Wali Kota"
const PLACE_BEFORE = new Set(['jalan', 'jl', 'jln', 'gedung', 'taman', 'bandara', 'stadion', 'lapangan', 'museum', 'monumen', 'patung', 'makam', 'rumah', 'kantor', 'istana', 'rumdin', 'pendopo']);

// ministry and department words by their shape: pe-/ke- ... -an ("Perkebunan", "Kebudayaan")
const DEPARTMENT_SHAPE = /^(?:Pe|Ke)\p{Ll}{4,}an$/u;

/** The first token of the modifiers ("Wakil", "Plt.", "Pj") written just before token i, or i. */
function modifiersBefore(v: SentenceView, i: number): number {
  for (let guard = 0; guard < 3; guard++) {
    const end = v.lower[i - 1] === '.' ? i - 1 : i;
    let found = -1;
    for (let s = end - 1; s >= Math.max(0, end - 3); s--) {
      const m = MODIFIER_TRIE.match(v.lower, s);
      if (m && s + m.tokens.length === end) {
        found = s;
        break;
      }
    }
    if (found < 0) return i;
    i = found;
  }
  return i;
}

/** Is a negator ("mantan", "calon", "bakal calon") or a place word written just before token i? */
function negatedBefore(v: SentenceView, i: number): boolean {
  // "Mantan Wakil Bupati", "mantan Plt. Bupati": the negator stands before the modifiers
  i = modifiersBefore(v, i);
  // "pergantian antarwaktu (PAW) untuk anggota DPR", "kandidat untuk Ketua Umum": the seat sought
  if (i > 0 && v.lower[i - 1] === 'untuk') i--;
  const p = v.lower[i - 1] === '.' ? i - 2 : i - 1;
  if (p >= 0 && PLACE_BEFORE.has(v.lower[p])) return true;
  // "Perdana Menteri (PM) Anthony Albanese": Indonesia has no prime minister
  if (p >= 0 && v.lower[p] === 'perdana') return true;
  for (let back = 1; back <= 2; back++) {
    const k = i - back;
    if (k < 0) break;
    const a = NEGATOR_TRIE.match(v.lower, k);
    if (a && k + a.tokens.length === i) return true;
  }
  // "Pemilihan Kepala Daerah (Pilkada) Gubernur Lampung": a negator's short form in brackets
  if (i >= 3 && v.lower[i - 1] === ')' && v.lower[i - 3] === '(') {
    const a = NEGATOR_TRIE.match(v.lower, i - 2);
    if (a && a.tokens.length === 1) return true;
  }
  return false;
}

// head words of a title written in full whose other words name its body: "Menteri (Dalam Negeri)",
// "Kepala (Kepolisian Daerah)", "Menteri Koordinator (Bidang Politik, Hukum, dan Keamanan)"
const BODY_HEADS = new Set(['menteri', 'kepala', 'wakil', 'koordinator']);

/**
 * How many words of the title at k (n tokens) are its position: all of them, except for a title
 * that implies an institution and is written in full, where the words naming the body are left
 * out ("Menteri Dalam Negeri" → "Menteri"); contracted titles stay ("Mendagri", "Wakapolda"),
 * and so do ranks of staff ("Kepala Staf Angkatan Darat").
 */
function bodyNamedAfter(lower: string[], k: number, n: number, entry: PositionEntry): number {
  // ("Kepala Dinas Pendidikan": the field after the title names the unit, the title stays whole)
  if (entry.type !== 'implied' || !entry.institution || n < 2 || entry.extension === 'field') return n;
  let h = 0;
  while (h < n - 1 && BODY_HEADS.has(lower[k + h])) h++;
  if (h === 0 || lower[k + h] === 'staf') return n;
  return h;
}

/**
 * Does a unit inside a body open at k: "Divisi Advokasi", "Komisi II", "Biro Humas", and "Pusat
 * Penelitian Politik" (a centre, when a capitalized word follows that is not a body: "KPU Pusat").
 */
function unitOpensAt(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  if (!t || !startsUpper(t.text) || v.inst[k]) return false;
  // "Komisi Yudisial", "Komisi Nasional Hak Asasi Manusia": a state body whose name opens with a
  // unit word is the body, not a unit of one ("Ketua Komisi Yudisial Jaja Ahmad Jayus")
  if (DIVISION_WORDS.has(v.lower[k])) return BODY_TRIE.match(v.lower, k) === null;
  const n = v.toks[k + 1];
  return v.lower[k] === 'pusat' && !!n && n.type === 'word' && startsUpper(n.text) && !v.inst[k + 1] && !regionAt(v, k + 1) && !titleAt(v, k + 1);
}

// the first tokens of titles and modifiers: no title starts at any other token
const TITLE_FIRST = new Set([...POSITION_TRIE.firstTokens(), ...MODIFIER_TRIE.firstTokens()]);

// a position title at j, unless the word before makes it part of a body's name ("Dewan Pimpinan")
function positionAt(lower: readonly string[], j: number): boolean {
  const a = POSITION_TRIE.match(lower, j);
  if (a === null) return false;
  const notAfter = a.entry.notAfter;
  return notAfter === undefined || j === 0 || !notAfter.includes(lower[j - 1]);
}

/** Is a title or modifier written at token k? */
export function titleAt(v: SentenceView, k: number): boolean {
  // every token of the sentence is looked up once, on the first question
  if (v.titles === null) {
    const { lower } = v;
    v.titles = new Uint8Array(lower.length);
    for (let j = 0; j < lower.length; j++) if (TITLE_FIRST.has(lower[j]) && (positionAt(lower, j) || MODIFIER_TRIE.match(lower, j) !== null)) v.titles[j] = 1;
  }
  return v.titles[k] === 1;
}

/** Field words (capitalized) joined by "dan", "," and "&": "Hukum dan Politik", "Pemerintahan, Hukum, dan Politik": the index after them. */
export function fieldRun(v: SentenceView, k: number, allowUnknown: boolean): number {
  let j = k;
  let last = k;
  while (j < v.toks.length) {
    const t = v.toks[j];
    if (v.inst[j] || regionAt(v, j)) break;
    // a state body or a regional agency ends the department: "Intelijen Kejaksaan Agung", "Pajak
    // Kemenkeu", "Perdagangan Suku Dinas PPKUKM"
    if (BODY_TRIE.match(v.lower, j) || MINISTRY.test(t.text) || (j > k && startsUpper(t.text) && REGIONAL_UNIT_TRIE.match(v.lower, j))) break;
    // (a common noun only goes on a run: "Usaha Mikro Kecil", "Pendidikan Tinggi, Sains"; it does
    // not open one: "Direktur Eksekutif Charta Politika", "Kepala Ekonom Bank Mandiri")
    if (t.type === 'word' && startsUpper(t.text) && (FIELDS.has(t.lower) || (j > k && fieldWord(t.lower)) || DEPARTMENT_SHAPE.test(t.text) || (allowUnknown && !titleAt(v, j)))) {
      j++;
      last = j;
      continue;
    }
    if ((t.text === ',' || t.lower === 'dan' || t.text === '&') && j > k) {
      // a connector only inside a run: "Hukum, dan Politik"; an unlisted word only after "dan"
      // ("Advokasi dan Bantuan Hukum"), since a comma may close the office before a name
      let n = j + 1;
      if (v.toks[n]?.lower === 'dan') n++;
      const nt = v.toks[n];
      if (nt && nt.type === 'word' && startsUpper(nt.text) && (fieldWord(nt.lower) || DEPARTMENT_SHAPE.test(nt.text) || (allowUnknown && t.text !== ',' && !titleAt(v, n))) && !v.inst[n] && !regionAt(v, n)) {
        j = n;
        continue;
      }
      // an unlisted word that a listed one follows: "Advokasi dan Bantuan Hukum"
      const nn = n + 1 < v.toks.length ? v.toks[n + 1] : undefined;
      if (t.text !== ',' && nt && nn && nt.type === 'word' && startsUpper(nt.text) && !titleAt(v, n) && !v.inst[n] && !regionAt(v, n) && nn.type === 'word' && startsUpper(nn.text) && FIELDS.has(nn.lower) && !v.inst[n + 1] && !regionAt(v, n + 1)) {
        j = n + 2;
        last = j;
        continue;
      }
    }
    break;
  }
  return last;
}

// "(Baleg)": one word in brackets at token k
function oneWordBracketAt(v: SentenceView, k: number): boolean {
  const { toks } = v;
  return k + 2 < toks.length && toks[k].text === '(' && toks[k + 1].type === 'word' && toks[k + 2].text === ')';
}

// "(Jubir)" after "Juru Bicara": the title's own short form in brackets at token k
function shortFormAt(v: SentenceView, k: number, entry: PositionEntry): boolean {
  return oneWordBracketAt(v, k) && POSITION_TRIE.match(v.lower, k + 1)?.entry === entry;
}

// "(PM)" after "Perdana Menteri": the initials of the title's canonical words in brackets at token k
function initialsAt(v: SentenceView, k: number, entry: PositionEntry): boolean {
  if (!oneWordBracketAt(v, k) || !entry.canonical.includes(' ')) return false;
  let initials = '';
  for (const w of entry.canonical.split(' ')) initials += w[0];
  return v.toks[k + 1].text === initials.toUpperCase();
}

// the second word of a party board written out: "Dewan Pimpinan Wilayah", "Dewan Pengurus Nasional"
const BOARD_WORDS = new Set(['pimpinan', 'pengurus']);

/**
 * Where the body words and the board just before the body at token `end` begin, not before
 * `from`: "Badan", "DPP Partai", "Dewan Pimpinan Wilayah", "Dewan Pengurus Nasional", "DPD II".
 */
function boardStart(v: SentenceView, from: number, end: number): number {
  const { lower, toks } = v;
  let e = end;
  for (;;) {
    if (e > from && BODY_WORDS.has(lower[e - 1])) e--;
    else if (e - 3 >= from && lower[e - 3] === 'dewan' && BOARD_WORDS.has(lower[e - 2])) e -= 3;
    else if (e - 2 >= from && ROMAN.test(toks[e - 1].text) && BODY_WORDS.has(lower[e - 2])) e -= 2;
    else return e;
  }
}

/**
 * A regional agency at token k, after up to two words of a unit inside it ("SMP"), with its name
 * ("Dinas Perhubungan", "Suku Dinas PPKUKM") and its acronym in brackets, and a region right after
 * it: where the agency starts, where its name ends (before the bracket), where it ends (the region
 * is left to the trailers), and its entry.
 */
function regionalAgencyAt(v: SentenceView, k: number): { from: number; named: number; end: number; entry: RegionalUnitEntry } | null {
  const { toks, lower } = v;
  for (let m = k; m <= k + 2 && m < toks.length; m++) {
    const u = startsUpper(toks[m].text) ? REGIONAL_UNIT_TRIE.match(lower, m) : null;
    if (u !== null) {
      let e = m + u.tokens.length;
      if (u.entry.named) {
        // "Dinas Perhubungan", "Dinas ESDM": the agency's field, or its acronym
        const f = fieldRun(v, e, false);
        if (f > e) e = f;
        else if (portfolioAcronymAt(v, e)) e++;
        else return null;
      }
      const named = e;
      if (oneWordBracketAt(v, e)) e += 3;
      return regionAt(v, e) ? { from: m, named, end: e, entry: u.entry } : null;
    }
    // a unit word before the agency: capitalized, none of a body, region or title
    const t = toks[m];
    if (t.type !== 'word' || !startsUpper(t.text) || v.inst[m] || regionAt(v, m) || titleAt(v, m)) return null;
  }
  return null;
}

// The region of a title written before a region name, at the level the title expects
function regionCode(v: SentenceView, k: number, level: PositionEntry['regionLevel']): string | null {
  const r = regionAt(v, k);
  if (!r) return null;
  const m = r.mention;
  const want = level === 'province' ? 'provinsi' : level === 'regency' ? 'kabupaten' : level === 'city' ? 'kota' : null;
  if (want) {
    const of = m.candidates.filter((c) => regionByCode(c)?.level === want);
    if (of.length === 1) return of[0];
    if (m.code && regionByCode(m.code)?.level === want) return m.code;
    // "Bupati Lampung Selatan": a province name after a regency title is not its region
    if (m.code && level !== 'province' && regionByCode(m.code)?.level === 'provinsi') return null;
  }
  if (level === 'regency-or-city') {
    const of = m.candidates.filter((c) => regionByCode(c)?.level !== 'provinsi');
    if (of.length === 1) return of[0];
  }
  return m.code;
}

/** A country or foreign city at token k, case as written ("AS" is the United States, "as" is not; "London"). */
export function foreignAt(v: SentenceView, k: number): boolean {
  const t = k < v.toks.length ? v.toks[k] : undefined;
  if (!t || !startsUpper(t.text)) return false;
  const a = FOREIGN_TRIE.match(v.lower, k);
  return a !== null && (t.text.length > 2 || t.text === t.text.toUpperCase());
}

// a title word as written, or spelt right when it slipped ("Sekretatis" → "Sekretaris")
function spelt(v: SentenceView, k: number): string {
  const t = v.toks[k];
  return v.lower[k] === t.lower ? t.text : t.text.charAt(0) + v.lower[k].slice(1);
}

// a portfolio acronym at k: not a body, a region, "RI" or a country ("Menteri AS")
function portfolioAcronymAt(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return !!t && t.type === 'word' && PORTFOLIO_ACRONYM.test(t.text) && !v.inst[k] && !regionAt(v, k) && !NATIONAL.has(v.lower[k]) && !foreignAt(v, k);
}

/**
 * Parse the office phrase starting at token i (modifiers first). Returns null when no title
 * starts there, when a negator precedes it, or when the title is a former one ("ke-6").
 */
export function parseOffice(v: SentenceView, i: number): OfficePhrase | null {
  if (i < 0 || i >= v.toks.length) return readOffice(v, i);
  // the forms and resolvers ask again at the same tokens: kept per view (the result is never changed)
  const known = v.offices[i];
  if (known !== undefined) return known;
  return (v.offices[i] = readOffice(v, i));
}

function readOffice(v: SentenceView, i: number): OfficePhrase | null {
  const { toks, lower } = v;
  if (negatedBefore(v, i)) return null;
  // an institution fact may cover the title itself: "Wakapolda Lampung", "Panglima TNI"
  let covering = v.inst[i] && v.inst[i]!.from === i ? v.inst[i] : null;
  if (v.inst[i] && !covering) return null;
  const lexicon: string[] = [];
  const words: string[] = [];
  let k = i;
  let entry: PositionEntry | null = null;
  let staffed = false;
  for (let guard = 0; guard < 4 && k < toks.length; guard++) {
    const p = POSITION_TRIE.match(lower, k);
    if (p) {
      // "Juru Bicara Presiden Johan Budi", "Staf Khusus Menteri Keuangan, Yustinus Prastowo": a
      // staff title serving another office; the person holds the staff office, whose title takes
      // in the served one (a reading at "Presiden" alone would make the spokesman the president)
      const served = k + p.tokens.length;
      if (p.entry.staffOf && served < toks.length && startsUpper(toks[served].text) && (positionAt(lower, served) || MODIFIER_TRIE.match(lower, served) !== null)) {
        for (let n = 0; n < p.tokens.length; n++) words.push(spelt(v, k + n));
        k = served;
        lexicon.push(`office:${p.entry.id}`);
        staffed = true;
        continue;
      }
      entry = p.entry;
      // "Wakil Menteri Dalam Negeri (Wamendagri)": the fact may cover the title after its modifiers
      if (covering === null && k > i && v.inst[k] && v.inst[k]!.from === k) covering = v.inst[k];
      // "Menteri Dalam Negeri", "Kepala Kepolisian Daerah": the head words, the rest names the body
      const head = bodyNamedAfter(lower, k, p.tokens.length, entry);
      for (let n = 0; n < head; n++) words.push(spelt(v, k + n));
      k += p.tokens.length;
      lexicon.push(`office:${entry.id}`);
      break;
    }
    const m = MODIFIER_TRIE.match(lower, k);
    if (!m) return null;
    for (let n = 0; n < m.tokens.length; n++) words.push(spelt(v, k + n));
    k += m.tokens.length;
    // "Pj." : the period belongs to the modifier
    // (bounds tested before reading: a read past the end throws the optimized code away)
    if (k < toks.length && toks[k].text === '.' && toks[k].start === toks[k - 1].end) k++;
    // "Pelaksana Tugas (Plt) Deputi Penindakan": the modifier's own short form in brackets
    if (oneWordBracketAt(v, k) && MODIFIER_TRIE.match(lower, k + 1)?.entry === m.entry) k += 3;
    lexicon.push(`office-modifier:${m.entry.id}`);
  }
  if (!entry) return null;
  // "Menteri Koordinator (Menko) Bidang Pangan", "Perdana Menteri (PM) Israel": the title's own
  // short form in brackets before what follows it (a body right after it: see `bodyAt` below)
  if ((shortFormAt(v, k, entry) || initialsAt(v, k, entry)) && !v.inst[k + 3]) k += 3;
  // "Gubernur non aktif DKI Jakarta Basuki", "Ketua nonaktif DPR": when the office is held, written
  // between the title and its region or body (office-held-when.json)
  const when = heldWhenAt(v, k);
  if (when !== null && (v.inst[when.to] || regionAt(v, when.to))) {
    k = when.to;
    lexicon.push(`office-held:${when.id}`);
  }
  const titleWords = words.length;
  const titleEnd = k;
  if (covering && covering.to < k) return null;
  const capitalized = startsUpper(toks[i].text);
  // "Presiden ke-6", "Wakil Presiden ke - 10": a numbered holder of the office, a former one
  if (/^ke-?\d/.test(lower[k] ?? '') || (lower[k] === 'ke' && (lower[k + 1] === '-' || /^\d/.test(lower[k + 1] ?? '')))) return null;
  // 1. department: "Divisi Teknis Penyelenggaraan Pemilu", "Komisi II", "Hukum dan Politik"
  if (covering) {
    // the body is the fact that covers the title
  } else if ((entry.extension === 'division' || entry.extension === 'bureau') && unitOpensAt(v, k)) {
    const d = k;
    k++;
    if (ROMAN.test(toks[k]?.text ?? '')) k++;
    else k = fieldRun(v, k, lower[d] === 'majelis' ? false : true);
    // "Ketua Bidang Hubungan Antar Lembaga Dewan Pengurus Nasional PKPI": the board before the
    // body the unit belongs to is not part of the unit's name
    const named = v.inst[k] ? Math.max(d + 2, boardStart(v, d + 2, k)) : k;
    for (let n = d; n < Math.min(named, k); n++) words.push(toks[n].text);
  } else if (entry.extension === 'field' || entry.extension === 'bureau') {
    // "Menteri Koordinator Bidang Perekonomian": "Bidang" opens the field (in lower case before a
    // listed field: "Menteri Koordinator bidang Kemaritiman")
    const f = lower[k] === 'bidang' && (startsUpper(toks[k].text) || (FIELDS.has(lower[k + 1] ?? '') && startsUpper(toks[k + 1].text))) && !v.inst[k] ? k + 1 : k;
    const e = fieldRun(v, f, false);
    const lowerEnd = e === f && f === k && k === titleEnd ? lowerUnitEnd(v, k, toks[i].text) : k;
    if (e > f) {
      for (let n = k; n < e; n++) words.push(toks[n].text);
      k = e;
      // "Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi Humas Polri": the title's short
      // form in brackets inside the unit's name, when the unit runs on to its body after it
      const a = afterShortForm(v, k);
      if (a > k) {
        let g = a;
        while (g - a < 6 && unitWordAt(v, g)) g++;
        if (v.inst[g]) k = a;
      }
    } else if (lowerEnd > k) {
      // "Kepala biro penerangan masyarakat divisi humas (Karopenmas Divhumas) Polri": the unit in
      // lower case, told by its short form in brackets and the body right after it
      for (let n = k; n < lowerEnd; n++) words.push(toks[n].text);
      k = afterShortForm(v, lowerEnd);
    } else if (entry.type === 'implied' && f === k && k < toks.length && toks[k].type === 'word' && startsUpper(toks[k].text) && !v.inst[k] && !regionAt(v, k) && !titleAt(v, k)) {
      // "Kadis Kominfo Eko Agusrianto", "Kepala Dinas Pariwista": a unit is always named, so the
      // word after a bare unit title is its name, not the holder's
      words.push(toks[k].text);
      k++;
    }
    // "Menteri PUPR Basuki", "Menko PMK Muhadjir", "Menteri ATR/BPN": a national portfolio by its acronym
    if (entry.national && k === titleEnd && portfolioAcronymAt(v, k)) {
      words.push(toks[k].text);
      k++;
      if (toks[k]?.text === '/' && portfolioAcronymAt(v, k + 1)) {
        words[words.length - 1] += `/${toks[k + 1].text}`;
        k += 2;
      }
    }
  }
  const unitNamed = words.length > titleWords;
  const qualified = unitNamed || lexicon.some((l) => l.startsWith('office-modifier:'));
  // "Presiden Perancis Jaques Chirac", "Menteri Imigrasi Australia": another country's office
  // ("Ketua Umum PBB, Yusril Ihza Mahendra": an institution of the vocabulary there is not a country)
  if (foreignAt(v, k) && !v.inst[k]) return foreignOffice(v, i, k, k, words, entry, capitalized, qualified, unitNamed, staffed, lexicon);
  const positionEnd = k;
  // 2. body: an institution fact, possibly after body words or an unlisted unit ("Desk Pilkada Serentak")
  let institution: string | null = entry.institution ?? null;
  let boundInstitution: InstitutionSpan | null = null;
  let region: string | null = null;
  let anchored = false;
  if (covering) {
    boundInstitution = covering;
    institution = covering.id;
    region = covering.region;
    anchored = true;
    k = covering.to;
    // "Kakorlantas Polri", "Kabareskrim Mabes Polri": the body the title names, written again after it
    const again = k < toks.length ? v.inst[k] : undefined;
    if (again && again.from === k && again.id === covering.id && again.region === null) k = again.to;
  }
  let gap = k;
  // (one "dan" between two of them: "Ketua Badan Hukum dan Advokasi DPC PDIP, Susetyo")
  while (!covering && gap < toks.length && gap - k < 6 && (unitWordAt(v, gap) || (gap > k && lower[gap] === 'dan' && gap + 1 < toks.length && unitWordAt(v, gap + 1)))) gap++;
  // the unit's acronym in brackets before the body: "Ketua Badan Legislasi (Baleg) DPR RI", or the
  // short forms of title and unit together ("Kepala Biro Penerangan Masyarakat Divisi Humas
  // (Karopenmas Divhumas) Polri")
  let bodyAt = gap;
  // or the title's own short form: "Juru Bicara (Jubir) Komisi Pemberantasan Korupsi (KPK)"
  if (!covering && gap > k) {
    const a = afterShortForm(v, gap);
    if (a > gap && v.inst[a]) bodyAt = a;
  } else if (!covering && v.inst[gap + 3] && k === titleEnd && shortFormAt(v, gap, entry)) bodyAt = gap + 3;
  if (!covering && v.inst[bodyAt] && (gap === k || entry.type === 'member')) {
    // unit words before the institution join the position, except body words just before it:
    // "Kepala Badan Kesbangpol" → "Kepala", "Anggota Badan Komunikasi Partai Gerindra" keeps "Badan"
    const unitEnd = boardStart(v, k, gap);
    for (let n = k; n < unitEnd; n++) words.push(toks[n].text);
    const s = v.inst[bodyAt]!;
    // "dua Wamen yang juga anggota Gerindra, yakni Noel": a party's member as such holds no office
    // (its board or faction does: "anggota DPD Partai NasDem Purwakarta", "anggota Fraksi Hanura")
    if (entry.membership === true && gap === k && s.id.startsWith('partai:') && !PARTY_BOARD_FIRST.test(s.text)) return null;
    boundInstitution = s;
    institution = s.id;
    region = s.region;
    anchored = true;
    k = s.to;
    // "Ketua Fraksi PKS DPR Jazuli Juwaini", "anggota Fraksi Partai Golkar DPR RI Mukhamad
    // Misbakhun": a party's faction, then the house it sits in (a faction sits only in one, so
    // whatever body follows is the house); the office is the party's ("Ketua Fraksi", as for
    // "Ketua Fraksi Golkar" alone), the house gives its region
    if (lower[s.from] === 'fraksi' && s.id.startsWith('partai:') && words.length === titleWords) {
      words.push(toks[s.from].text);
      const house = v.inst[k];
      if (house && !house.id.startsWith('partai:')) {
        region = house.region;
        k = house.to;
      }
    }
  }
  // a party misspelt by one letter after a party office: "Ketum Gerinda Prabowo Subianto"
  if (!anchored && entry.type === 'member' && toks[k]?.type === 'word' && startsUpper(toks[k].text) && !v.inst[k] && !regionAt(v, k) && !titleAt(v, k)) {
    const party = partyByWord(toks[k].text);
    if (party) {
      institution = party;
      anchored = true;
      lexicon.push(`institution:${party}`);
      k++;
    }
  }
  // "Kepala Seksi Intelijen (Kasi Intel) Kejari Lembata": a named unit's short form in brackets
  // before the state body or agency it belongs to
  if (!anchored && entry.type !== 'implied' && k > titleEnd) {
    const a = afterShortForm(v, k);
    if (a > k && startsUpper(toks[a]?.text ?? '') && (BODY_TRIE.match(lower, a) !== null || regionalAgencyAt(v, a)?.from === a)) k = a;
  }
  // a state body outside the vocabulary: "Kepala BPS Suhariyanto", "Dirjen Pajak Kemenkeu Bimo
  // Wijayanto", "Jaksa Agung Muda Intelijen Kejaksaan Agung" (institution stays null)
  let stateBody = false;
  // "Kepala Bidang Lalu Lintas Dinas Perhubungan (Dishub) Kota Bogor", "Plt Kepala Dinkes
  // Banyuwangi", "Kepala Bidang Pembinaan SMP Disdik Medan": an agency of the regional government
  // written with its region; like a state body outside the vocabulary, its institution stays null
  // (unless its entry names the one it is part of: Setda, Pemda) and the region after it is the
  // holder's
  const agency = !anchored && entry.type !== 'implied' ? regionalAgencyAt(v, k) : null;
  if (agency !== null) {
    // the agency itself joins the title it heads ("Kepala Dinkes", as "Kepala Dinas Kesehatan");
    // a unit inside it keeps its own name only ("Kepala Bidang Pembinaan SMP")
    const named = k === titleEnd && agency.from === k ? agency.named : agency.from;
    for (let n = k; n < named; n++) words.push(toks[n].text);
    // "Kabag Humas dan Protokol Setda Kota Semarang": the secretariat is the regional government's
    institution = agency.entry.institution;
    stateBody = institution === null;
    anchored = true;
    lexicon.push(`office-unit:${agency.entry.id}`);
    k = agency.end;
  }
  if (!anchored && entry.type !== 'implied') {
    const b = BODY_TRIE.match(lower, k);
    if (b && startsUpper(toks[k].text)) {
      stateBody = true;
      anchored = true;
      lexicon.push(`office-body:${b.entry.id}`);
      k += b.tokens.length;
      // "Ketua PPLN Singapura", "Kepala KBRI Tokyo": a body abroad, named with its place of posting
      if (ABROAD_BODIES.has(b.entry.id) && k < toks.length && startsUpper(toks[k].text) && !v.inst[k] && !titleAt(v, k)) k += foreignAt(v, k) ? FOREIGN_TRIE.match(lower, k)!.tokens.length : 1;
    } else {
      // "Dirjen Pajak Kemenkeu": up to two unit words, then the ministry's short name
      // "Direktur Bina Penatagunaan Sumber Daya Air Kementerian PU": up to five before "Kementerian"
      // "Direktur Jenderal Guru dan Tenaga Kependidikan (Dirjen GTK) Kemendikbud": or up to five
      // with the unit's short form in brackets before the ministry; the unit's name may list its
      // fields ("Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi (EBTKE)
      // Kementerian ESDM": commas, then "dan" before the last)
      // (a field the title took already opens the unit: "Direktur Jenderal Energi Baru, …")
      const opened = k > titleEnd;
      let m = k;
      let unitWords = 0;
      let comma = -1;
      for (; unitWords < 5 && toks[m]; m++) {
        if (toks[m].type === 'word' && startsUpper(toks[m].text) && !MINISTRY.test(toks[m].text) && !v.inst[m] && !regionAt(v, m) && !titleAt(v, m)) unitWords++;
        else if ((m > k || opened) && (lower[m] === 'dan' || lower[m] === ',') && startsUpper(toks[m + 1]?.text ?? '')) {
          if (lower[m] === ',') comma = m;
        } else if (!(lower[m] === ',' && lower[m + 1] === 'dan' && comma >= 0)) break;
      }
      const listed = comma < 0 || lower.slice(comma, m).includes('dan');
      const b = m > k || opened ? afterShortForm(v, m) : m;
      const full = toks[b]?.text === 'Kementerian';
      if (toks[b] && MINISTRY.test(toks[b].text) && !v.inst[b] && (m <= k + 2 || full || b > m) && lower[m - 1] !== 'dan' && lower[m - 1] !== ',' && listed && (comma < 0 || b > m)) {
        for (let n = k; n < m; n++) words.push(toks[n].text);
        stateBody = true;
        anchored = true;
        k = b + 1;
        // "Kementerian PU", "Kementerian Pertanian": the ministry's name written out after it
        if (full && portfolioAcronymAt(v, k)) {
          k++;
          if (toks[k]?.text === '/' && portfolioAcronymAt(v, k + 1)) k += 2;
        } else if (full) k = fieldRun(v, k, false);
      }
    }
    // "Gubernur Bank Sentral Amerika Serikat": another country's body
    if (stateBody && foreignAt(v, k)) return foreignOffice(v, i, positionEnd, k, words, entry, capitalized, qualified, unitNamed, staffed, lexicon);
  }
  let national = false;
  // 3. trailers: region, "RI", "(Lutra)", "Fraksi PDIP", "divisi Perencanaan Data"
  for (let guard = 0; guard < 4 && k < toks.length; guard++) {
    if (regionAt(v, k) && (region === null || !boundInstitution)) {
      const code = regionCode(v, k, entry.regionLevel ?? 'any');
      if (region === null) region = code;
      anchored = true;
      k = regionAt(v, k)!.to;
      continue;
    }
    // "Bupati Hulu Sungai Tengah, Kalimantan Selatan, Abdul Latif", "Ketua DPD PKS Waykanan
    // Lampung Azis Muslim": the province of the region, set off by commas or not
    if (region !== null && region.length > 2 && (toks[k].text === ',' || regionAt(v, k))) {
      const p = regionAt(v, toks[k].text === ',' ? k + 1 : k);
      if (p && p.mention.level === 'provinsi' && p.mention.code === region.slice(0, 2)) {
        k = p.to;
        continue;
      }
    }
    // "Presiden Indonesia", "Duta Besar Indonesia": the country marks a state office (not a body's
    // member: "Juru Bicara Garuda Indonesia")
    if ((NATIONAL.has(lower[k]) || (lower[k] === 'indonesia' && entry.type !== 'member')) && startsUpper(toks[k].text)) {
      anchored = true;
      national = true;
      k++;
      // "Duta Besar Indonesia untuk Singapura": the country of posting closes the office
      if (ABROAD.has(entry.id) && lower[k] === 'untuk' && foreignAt(v, k + 1)) k += 1 + FOREIGN_TRIE.match(lower, k + 1)!.tokens.length;
      continue;
    }
    if (toks[k].text === '(') {
      // "(Lutra)", "(NTT)", "(DKPP)": a short bracket that names the body or region again
      let m = k + 1;
      while (m < toks.length && m - k <= 4 && toks[m].text !== ')' && toks[m].type === 'word') m++;
      // "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Mochamad Basuki", "Menteri Hak Asasi
      // Manusia (HAM) Natalius Pigai": the portfolio's acronym after a national title that names it
      // (not another country's office: "Perdana Menteri (PM) New Zealand")
      // or its short form, which opens as one of the title's words: "Wakil Menteri Ketenagakerjaan
      // (Wamenaker) Immanuel Ebenezer", "Menteri Komunikasi dan Informatika (Kominfo) Rudiantara"
      const portfolio = k === positionEnd && m === k + 2 && portfolioTitle(entry) && (PORTFOLIO_ACRONYM.test(toks[k + 1].text) || shortensTitle(toks[k + 1].text, words)) && !foreignAt(v, m + 1);
      // "Kepala Kejaksaan Negeri (Kajari) Kota Depok": the unit's acronym, then its region or body
      const unit = k === positionEnd && m === k + 2 && (!!regionAt(v, m + 1) || !!v.inst[m + 1]);
      // "Menteri Komunikasi dan Informatika (Menkominfo), Rudiantara": the title's own short form,
      // however long ("(Menristekdikti)")
      const short = k === positionEnd && shortFormAt(v, k, entry);
      if (toks[m]?.text === ')' && m > k + 1 && (short || v.inst[k + 1] || regionAt(v, k + 1) || (/^\p{Lu}[\p{Lu}\p{Ll}]{1,10}$/u.test(toks[k + 1].text) && !bracketHoldsName(v, k, m))) && (anchored || portfolio || unit || short)) {
        if (region === null && regionAt(v, k + 1)) region = regionCode(v, k + 1, entry.regionLevel ?? 'any');
        k = m + 1;
        continue;
      }
      break;
    }
    // "Anggota DPR dari Fraksi Partai Demokrasi Indonesia Perjuangan (PDIP), Eva Kusuma Sundari"
    const f = lower[k] === 'dari' && anchored ? k + 1 : k;
    if (lower[f] === 'fraksi' && (v.inst[f + 1] || startsUpper(toks[f + 1]?.text ?? ''))) {
      k = v.inst[f + 1] ? v.inst[f + 1]!.to : f + 2;
      continue;
    }
    // "Ketua Koordinator DPP Partai Golkar Bidang Ekonomi": the field after the party joins the
    // position; so does a staff office's after the title it serves ("Staf Khusus Presiden Bidang Komunikasi")
    if (lower[k] === 'bidang' && startsUpper(toks[k].text) && (anchored || staffed)) {
      const e = fieldRun(v, k + 1, false);
      if (e === k + 1) break;
      for (let n = k; n < e; n++) words.push(toks[n].text);
      k = e;
      continue;
    }
    // "KPK Wilayah V", "Partai Golkar Wilayah Indonesia I (Jawa dan Sumatera)": the body's numbered
    // area, with the provinces it covers in brackets
    if (lower[k] === 'wilayah' && anchored && startsUpper(toks[k].text)) {
      let m = AREA_SIDES.has(lower[k + 1] ?? '') ? k + 2 : k + 1;
      if (!ROMAN.test(toks[m]?.text ?? '')) break;
      m++;
      if (toks[m]?.text === '(') {
        let c = m + 1;
        while (c < toks.length && c - m <= 6 && (toks[c].type === 'word' || toks[c].text === ',')) c++;
        if (toks[c]?.text === ')') m = c + 1;
      }
      k = m;
      continue;
    }
    if (lower[k] === 'divisi' && anchored) {
      k = fieldRun(v, k + 1, false);
      continue;
    }
    break;
  }
  if (entry.national) region = null;
  // "Duta Besar RI untuk Singapura": an ambassador is ours only when the article says so
  // ("Duta Besar Mike Huckabee", "Dubes Boroujerdi" are other countries' envoys)
  if (ABROAD.has(entry.id) && !national) return null;
  const last = Math.max(positionEnd, k) - 1;
  return {
    from: i,
    to: k,
    start: toks[i].start,
    end: toks[last].end,
    position: titleCase(words),
    entry,
    institution,
    region,
    capitalized,
    anchored,
    boundInstitution,
    stateBody,
    qualified,
    unitNamed,
    staffed,
    lexicon,
  };
}

/**
 * Another country's office, the country at token `country`: "Presiden Amerika Serikat", "Menteri
 * Luar Negeri Jepang", "Direktur FBI Amerika Serikat". Its holder is an official like any other (the
 * gold's contract names no country; independent annotators list them), with no institution of the
 * vocabulary, none taken from the context (`stateBody`), and no region.
 */
function foreignOffice(v: SentenceView, i: number, positionEnd: number, country: number, words: string[], entry: PositionEntry, capitalized: boolean, qualified: boolean, unitNamed: boolean, staffed: boolean, lexicon: string[]): OfficePhrase {
  const c = FOREIGN_TRIE.match(v.lower, country)!;
  const to = country + c.tokens.length;
  // the country named, as evidence for the reader
  lexicon.push(`office-country:${c.entry.id}`);
  return {
    from: i,
    to,
    start: v.toks[i].start,
    end: v.toks[Math.max(positionEnd, to) - 1].end,
    position: titleCase(words),
    entry,
    institution: null,
    region: null,
    capitalized,
    anchored: true,
    boundInstitution: null,
    stateBody: true,
    qualified,
    unitNamed,
    staffed,
    lexicon,
  };
}

/**
 * An office phrase with some fields changed. Written as one literal with the keys in the order
 * `readOffice` writes them, so every office phrase has one hidden class (a spread makes another,
 * and the functions reading phrases then lose their optimized code).
 */
export function withOffice(a: OfficePhrase, changes: Partial<OfficePhrase>): OfficePhrase {
  const o = { ...a, ...changes };
  return {
    from: o.from,
    to: o.to,
    start: o.start,
    end: o.end,
    position: o.position,
    entry: o.entry,
    institution: o.institution,
    region: o.region,
    capitalized: o.capitalized,
    anchored: o.anchored,
    boundInstitution: o.boundInstitution,
    stateBody: o.stateBody,
    qualified: o.qualified,
    unitNamed: o.unitNamed,
    staffed: o.staffed,
    lexicon: o.lexicon,
  };
}

/**
 * An office phrase with the offices chained to it: "Ketua merangkap anggota KPU X" (the first
 * takes the body of the second), "Anggota DPR RI sekaligus Wakil Ketua Umum Partai Golkar".
 */
export function parseOfficeChain(v: SentenceView, i: number): OfficePhrase[] {
  const first = parseOffice(v, i);
  // one literal for the empty chain and the others, so that both have one elements kind
  const chain: OfficePhrase[] = [];
  if (!first) return chain;
  chain.push(first);
  let k = first.to;
  while (CHAIN.has(v.lower[k] ?? '') && chain.length < 3) {
    const next = parseOffice(v, k + 1);
    if (!next) {
      // "Wali Kota Bandung sekaligus Bakal Calon Gubernur (Bacagub) Jawa Barat (Jabar), Ridwan
      // Kamil": a candidacy chained after an office is no office, and the name after it holds the
      // first: the last office runs to the comma
      const comma = candidacyTo(v, k + 1);
      if (comma > 0) {
        const last = chain[chain.length - 1];
        chain[chain.length - 1] = withOffice(last, { to: comma, end: v.toks[comma - 1].end });
      }
      break;
    }
    chain.push(next);
    k = next.to;
  }
  // a bare title takes the body of the next one: "Ketua merangkap anggota KPU"
  for (let n = chain.length - 2; n >= 0; n--) {
    const a = chain[n];
    const b = chain[n + 1];
    if (!a.boundInstitution && a.entry.type === 'member' && b.institution) {
      chain[n] = withOffice(a, { institution: b.institution, region: b.region, anchored: b.anchored, boundInstitution: b.boundInstitution });
    }
  }
  return chain;
}

/**
 * The comma after a candidacy or a former office written at token j ("Bakal Calon Gubernur
 * (Bacagub) Jawa Barat (Jabar),", "calon anggota DPD RI,", "mantan Ketua KPU,"): a negator, then
 * titles, capitalized words and bracketed short forms only. -1 when there is none.
 */
function candidacyTo(v: SentenceView, j: number): number {
  const neg = NEGATOR_TRIE.match(v.lower, j);
  if (neg === null) return -1;
  for (let k = j + neg.tokens.length; k < v.toks.length && k - j <= 12; k++) {
    const t = v.toks[k];
    if (t.text === ',') return k > j + neg.tokens.length ? k : -1;
    if (!(t.text === '(' || t.text === ')' || (t.type === 'word' && (startsUpper(t.text) || positionAt(v.lower, k))))) return -1;
  }
  return -1;
}

/**
 * May token j be a word of a unit's name between a title and its body? A capitalized word that is
 * no body, region or title (a unit title may be: "Humas"), nor a rank with its corps, which opens
 * the holder's name ("Direktur Jenderal Bea dan Cukai Letjen TNI (Purn) Djaka"; "Sekretaris
 * Jendral KPU RI" is a title).
 */
function unitWordAt(v: SentenceView, j: number): boolean {
  const t = v.toks[j];
  return !v.inst[j] && t.type === 'word' && startsUpper(t.text) && !(titleAt(v, j) && POSITION_TRIE.match(v.lower, j)?.entry.unit !== true) && !regionAt(v, j) && !rankWithCorpsAt(v, j);
}

/** A rank at token j with its corps after it: "Letjen TNI", "Brigjen Pol". */
function rankWithCorpsAt(v: SentenceView, j: number): boolean {
  const r = RANK_TRIE.match(v.lower, j);
  return r !== null && CORPS_FORMS.has(v.lower[j + r.tokens.length] ?? '');
}

/**
 * A unit's name written in lower case after a title (up to LOWER_UNIT_MAX words), closed by a
 * short form in brackets that opens with the title's first letter and a body right after it:
 * "Kepala biro penerangan masyarakat divisi humas (Karopenmas Divhumas) Polri". The index of the
 * bracket, or k when there is no such unit.
 */
function lowerUnitEnd(v: SentenceView, k: number, titleWord: string): number {
  let j = k;
  while (j < v.toks.length && j - k < LOWER_UNIT_MAX && /^\p{Ll}+$/u.test(v.toks[j].text)) j++;
  if (j === k) return k;
  const a = afterShortForm(v, j);
  if (a === j || v.toks[j + 1].text[0] !== titleWord[0].toUpperCase()) return k;
  return v.inst[a] || (BODY_TRIE.match(v.lower, a) !== null && startsUpper(v.toks[a].text)) ? j : k;
}
const LOWER_UNIT_MAX = 6;

// the index after a short form in brackets at k ("(Dirjen GTK)", one to three words), or k
function afterShortForm(v: SentenceView, k: number): number {
  if (v.toks[k]?.text !== '(') return k;
  let c = k + 1;
  while (c < v.toks.length && c - k <= 3 && v.toks[c].type === 'word' && startsUpper(v.toks[c].text)) c++;
  return c > k + 1 && v.toks[c]?.text === ')' ? c + 1 : k;
}

/**
 * Do the brackets from token k to m hold the office holder's name, not a short form: two words or
 * more written as a name ("Gubernur Jawa Barat (Ahmad Heryawan), tetapi"), with no name after the
 * brackets ("Kepala Staf TNI AD (Aspam Kasad) Mayjen TNI Muhammad Nur Rahmad": a short form)?
 */
export function bracketHoldsName(v: SentenceView, k: number, m: number): boolean {
  if (m - k < 3) return false;
  for (let j = k + 1; j < m; j++) if (!NAME_WORD.test(v.toks[j].text)) return false;
  const after = v.toks[m + 1];
  return !after || after.type !== 'word' || !startsUpper(after.text);
}
// a word of a name as written in prose: "Heryawan", not "HAM", "AU" or "dan"
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Is `word` written as a short form of the title `words`: one capitalized word of at most
 * SHORT_FORM_MAX letters that opens with the first two letters of one of them ("Wamenaker" of
 * "Wakil Menteri Ketenagakerjaan", "Kominfo" of "Menteri Komunikasi dan Informatika"), not a
 * name beside them ("Menteri Sosial (Khofifah)")?
 */
function shortensTitle(word: string, words: readonly string[]): boolean {
  if (word.length > SHORT_FORM_MAX || !/^\p{Lu}[\p{L}-]+$/u.test(word)) return false;
  const head = word.slice(0, 2).toLowerCase();
  return words.some((w) => w.length >= 3 && w.slice(0, 2).toLowerCase() === head);
}
const SHORT_FORM_MAX = 16;

/**
 * When the office is held, written after it (office-held-when.json): "saat itu", "petahana",
 * "nonaktif", or a term with its years ("periode 2017—2022", "masa jabatan 2019-2024"). Returns
 * the entry's id and the token after the phrase, or null.
 */
export function heldWhenAt(v: SentenceView, k: number): { id: string; to: number } | null {
  const when = HELD_WHEN_TRIE.match(v.lower, k);
  if (when === null) return null;
  const to = k + when.tokens.length;
  if (when.entry.id !== TERM_ID) return { id: when.entry.id, to };
  // a term is no term without its years: "periode 2017—2022", "periode 2012 – 2015"
  const { toks } = v;
  if (!YEAR.test(toks[to]?.text ?? '') || !TERM_DASH.has(toks[to + 1]?.text ?? '') || !YEAR.test(toks[to + 2]?.text ?? '')) return null;
  return { id: when.entry.id, to: to + 3 };
}
const TERM_ID = 'periode';
const YEAR = /^(?:19|20)\d\d$/;
const TERM_DASH = new Set(['-', '–', '—', '/', 's.d.', 'sampai', 'hingga']);

/** A national title that names its portfolio or field: "Menteri Sosial", "Jaksa Agung Muda". */
function portfolioTitle(entry: PositionEntry): boolean {
  return entry.national === true && (entry.extension === 'field' || entry.canonical.includes(' '));
}

/**
 * Does this office phrase name one national office of the country by itself, so that a plain
 * "sebagai" binds it ("Dilantiknya Idrus Marham sebagai Menteri Sosial")? A national title that
 * names its portfolio, in more than one word, and no other country's office.
 */
export function nationalPortfolio(o: OfficePhrase): boolean {
  return portfolioTitle(o.entry) && o.position.includes(' ') && !o.lexicon.some((l) => l.startsWith('office-country:'));
}

/**
 * A national member title with its unit named, capitalized: "Direktur Jenderal Bea dan Cukai",
 * "Dirjen Otonomi Daerah" (a directorate general is one unit of the state, whatever ministry the
 * article leaves unnamed).
 */
export function nationalUnit(o: OfficePhrase): boolean {
  // (not a modifier alone: "Plt Dirjen" names no unit)
  return o.entry.national === true && o.capitalized && o.unitNamed;
}

/** Does this office phrase name an office by itself (with a person beside it)? */
export function officeComplete(o: OfficePhrase): boolean {
  switch (o.entry.type) {
    case 'member':
      return o.institution !== null || o.stateBody || nationalUnit(o);
    case 'implied':
      return true;
    case 'head':
      return o.capitalized || o.anchored;
  }
}

/**
 * The position with its title in canonical form, for comparing two ways of writing one office:
 * "Pj Sekdaprov" and "Pj Sekretaris Daerah" → "pj sekretaris daerah"; "Pj Wako" → "pj walikota".
 */
export function canonicalPosition(position: string): string {
  let c = CANONICAL.get(position);
  if (c === undefined) {
    // the resolvers ask about every office of every fact, again and again: kept (a few thousand
    // positions in a run; emptied past that bound so that memory stays flat)
    if (CANONICAL.size >= CANONICAL_LIMIT) CANONICAL.clear();
    CANONICAL.set(position, (c = readCanonicalPosition(position)));
  }
  return c;
}

const CANONICAL = new Map<string, string>();
const CANONICAL_LIMIT = 20000;

function readCanonicalPosition(position: string): string {
  const toks = tokenize(position);
  const lower = mapPacked(toks, (t) => t.text.toLowerCase());
  const out: string[] = [];
  for (let k = 0; k < lower.length; ) {
    const p = POSITION_TRIE.match(lower, k) ?? MODIFIER_TRIE.match(lower, k);
    if (p) {
      out.push(p.entry.canonical.toLowerCase());
      k += p.tokens.length;
    } else {
      if (lower[k] !== '.') out.push(lower[k]);
      k++;
    }
  }
  return out.join(' ');
}
