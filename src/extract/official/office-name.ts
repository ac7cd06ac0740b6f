/**
 * OFFICE + NAME: the title (with its body and region) before the person, with or without a comma,
 * and lists of names sharing one plural title.
 *
 * Handles: "Ketua KPU Provinsi Lampung, Erwan Bustami", "Ketua KPU Syamsul Bachri", "Pj Walikota
 * Pagar Alam H. Lusapta Yudha Kurnia", "Panglima TNI Jenderal TNI Gatot Nurmantyo", "anggota KPU
 * Provinsi Lampung, M.Tio Aliansyah, Ismanto, Agus Riyanto, Ali Sidik dan Titik Sutriningsih"
 * (each gets the office), pairs in a row "Sekretaris KPU Fitria, Kabid Hukum dan Politik
 * Kesbangpol Makmur, Kasubag Teknik Asjaya", chains "Anggota DPR RI sekaligus Wakil Ketua Umum
 * Partai Golkar Bambang Soesatyo" (both offices), and the members escorting a holder "Ketua
 * Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan ...".
 * Not here: "Erwan Bustami, Ketua KPU" (name-office), "Ramadhan (Wakapolda Lampung)"
 * (name-paren-office), "Adi Susanto selaku Ketua" (name-selaku-office); titles without a body
 * ("Ketua Timses", "Presiden Direktur PT ...") which are not public offices.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { proseCapitalized, regionAt, titleViews, type SentenceView } from './context.js';
import { contextualOffice, nameAt, officialFact } from './bind.js';
import { bracketHoldsName, fieldRun, heldWhenAt, officeComplete, parseOfficeChain, titleAt, withOffice, type OfficePhrase } from './office.js';
import { withName, type ParsedName } from './name.js';
import { COMMON_WORDS, FOREIGN_TRIE, HONORIFIC_BY_FORM, NAME_STOPWORDS, POSITIONS, POSITION_TRIE, RANK_TRIE } from './lexicon.js';
import { startsUpper, startsLower } from '../../text/tokenize.js';
import { INSTITUTIONS } from '../institution/lexicon.js';

const LIST_GLUE = new Set([',', 'dan']);

// the names of a list after a plural title: ", Ismanto, Agus Riyanto, Ali Sidik dan Titik Sutriningsih"
function listNames(v: SentenceView, first: ParsedName): ParsedName[] {
  const names = [first];
  let k = first.next;
  while (k < v.toks.length && names.length < 12) {
    let j = k;
    if (!LIST_GLUE.has(v.lower[j])) break;
    j++;
    if (v.lower[j] === 'dan') j++;
    if (titleAt(v, j)) break;
    // "Komisioner KPU divisi Perencanaan Data dan Informasi Supriadi, divisi Teknis Penyelenggaraan Hayu Vandy"
    if (v.lower[j] === 'divisi' || v.lower[j] === 'bidang') j = fieldRun(v, j + 1, false);
    const n = nameAt(v, j);
    if (!n) break;
    // "..., Naldi Rinara (Wakil Ketua DPRD)": a name with its own office ends the list
    if (v.toks[n.next]?.text === '(' && titleAt(v, n.next + 1)) break;
    names.push(n);
    k = n.next;
  }
  return names;
}

// a list introduced after the title: "[dari ...] yakni / yaitu / antara lain"; the index after it, or -1
function introducedList(v: SentenceView, k: number): number {
  for (let j = k; j < v.toks.length && j - k <= 8; j++) {
    const w = v.lower[j];
    if (w === 'yakni' || w === 'yaitu') return v.toks[j + 1]?.text === ':' ? j + 2 : j + 1;
    if (w === 'antara' && v.lower[j + 1] === 'lain') return j + 2;
    // only a "dari ..." unit may come between: "dari Tim Pemeriksa Daerah (TPD) Sumut"
    if (j === k && w !== 'dari') return -1;
    if (j > k && v.toks[j].type === 'word' && startsLower(v.toks[j].text)) return -1;
  }
  return -1;
}

/**
 * Army units a proper name follows ("Kodam Jaya", "Lanud Abd Saleh", "Korem 043/Garuda Hitam"):
 * the TNI's units in the institution lexicon that are not office titles ("Danrem", "Pangdam").
 */
const NAMED_UNITS = new Set(INSTITUTIONS.filter((e) => e.id === 'TNI').flatMap((e) => e.subunits.map((u) => u.toLowerCase()).filter((u) => POSITION_TRIE.match([u], 0) === null)));

// the rank after a unit designation ("043/Garuda Hitam", "Jaya"), or k itself
function afterDesignation(v: SentenceView, k: number): number {
  if (HONORIFIC_BY_FORM.has(v.toks[k]?.text.replace(/\.$/, '') ?? '')) return k;
  for (let j = k; j < v.toks.length && j - k <= 5; j++) {
    if (RANK_TRIE.match(v.lower, j) && startsUpper(v.toks[j].text)) return j;
    const t = v.toks[j];
    if (!(t.type === 'number' || t.text === '/' || (t.type === 'word' && startsUpper(t.text)))) break;
  }
  return k;
}

/**
 * Does another country's name stand among the words of the name parsed from token k, inside it or
 * of two words ("Raja Arab Saudi", "Federasi Rusia Vladimir Putin")? A one-word country ending a
 * name may be a surname: "Bupati Pulau Morotai Beny Laos".
 */
function countryInName(v: SentenceView, k: number, name: ParsedName): boolean {
  for (let j = k; j < v.toks.length && v.toks[j].start < name.end; j++) {
    if (v.toks[j].start < name.nameStart) continue;
    const c = FOREIGN_TRIE.match(v.lower, j);
    if (c !== null && (c.tokens.length > 1 || v.toks[j].end < name.end)) return true;
  }
  return false;
}

// a numbered electoral district: "III", "2"
const DISTRICT_NUMBER = /^(?:[IVX]{1,5}|\d{1,2})$/;

/**
 * "Anggota DPR RI Dapil Maluku Widya Pratiwi", "Anggota DPR RI dari Dapil NTB II, Muazzim": the
 * electoral district a member was elected in, between the office and the name, is the regions and
 * numbers after "Dapil". The index after it, or k.
 */
function afterElectoralDistrict(v: SentenceView, k: number): number {
  let j = v.lower[k] === 'dari' ? k + 1 : k;
  if (v.lower[j] !== 'dapil') return k;
  j++;
  const from = j;
  while (j < v.toks.length && (regionAt(v, j) || DISTRICT_NUMBER.test(v.toks[j].text))) j++;
  return j > from ? j : k;
}

// units whose place the gazetteer cannot tell from a name: units named after their kecamatan or
// kelurahan, and police commands whose place was not read as a region (the office phrase ends
// with the unit: a slip, "Dirlantas Polda Banteng, Kombes Pol Wibowo", "Sat Sabhara Polres
// Lubuklinggai")
const PLACE_UNITS = new Set(['polsek', 'polsekta', 'koramil', 'kecamatan', 'kelurahan', 'polda', 'polres', 'polresta', 'polrestabes']);

/**
 * Is the place of a district-level office set apart from its holder's name without a comma? By a
 * region named inside the phrase ("Camat Kota Baru", by the gazetteer), or, for a police or army
 * command, by its holder's rank, inside the phrase ("Danramil 0501/Menteng Kapten Inf") or after
 * it ("Kapolsek Kuta Kompol Agus"). A region the title's institution implies from the article's
 * context ("Kapolsek" → Polri, Jakarta) tells nothing of the kecamatan after it.
 */
function placeSetApart(v: SentenceView, office: OfficePhrase, command: boolean): boolean {
  for (let j = office.from + 1; j < office.to; j++) if (regionAt(v, j) || (startsUpper(v.toks[j].text) && RANK_TRIE.match(v.lower, j))) return true;
  return command && afterDesignation(v, office.to) !== office.to;
}

/**
 * A name whose first word slipped into lower case right after an anchored office, when the
 * article capitalizes that word elsewhere: "Ketua Bidang Humas DPP PKS ledia Hanifa mengatakan"
 * ("kata Ledia" later) → "Ledia Hanifa".
 */
function lowerCaseName(v: SentenceView, k: number, office: OfficePhrase): ParsedName | null {
  const t = v.toks[k];
  if (!office.anchored || !t || t.type !== 'word' || !/^\p{Ll}{3,}$/u.test(t.text) || COMMON_WORDS.has(t.lower) || NAME_STOPWORDS.has(t.lower)) return null;
  if (!startsUpper(v.toks[k + 1]?.text ?? '') || !proseCapitalized(v.doc).has(t.lower)) return null;
  const rest = nameAt(v, k + 1);
  if (!rest || rest.start !== rest.nameStart) return null;
  const first = t.text.charAt(0).toUpperCase() + t.text.slice(1);
  return withName(rest, { start: t.start, nameStart: t.start, name: `${first} ${rest.name}` });
}

/**
 * The holder's name in brackets right after the office: "Pak Gubernur Jawa Barat (Ahmad
 * Heryawan)". The brackets hold the name alone; a title or a short form there ("Kepala Seksi
 * Intelijen (Kasi Intel)") is no name.
 */
function bracketedName(v: SentenceView, k: number): ParsedName | null {
  if (v.toks[k]?.text !== '(' || titleAt(v, k + 1)) return null;
  const name = nameAt(v, k + 1);
  return name && v.toks[name.next]?.text === ')' && bracketHoldsName(v, k, name.next) ? name : null;
}

// every word of a name is capitalized in the article's prose (initials aside)
function confirmedName(v: SentenceView, name: string): boolean {
  const prose = proseCapitalized(v.doc);
  return name.split(' ').every((w) => /^\p{Lu}\.?$/u.test(w) || prose.has(w.toLowerCase()));
}

// "didampingi dua anggotanya, A dan B": the members of the body of the office just named
const ESCORT_VERBS = new Set(['didampingi', 'bersama']);
const ESCORT_COUNTS = new Set(['dua', 'tiga', 'empat', 'lima', 'enam', 'para', 'sejumlah', 'beberapa', 'seluruh']);
const ESCORT_TITLES = new Map([
  ['anggotanya', 'Anggota'],
  ['komisionernya', 'Komisioner'],
]);
const ENTRY_BY_ID = new Map(POSITIONS.map((e) => [e.id, e]));

/**
 * "Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan
 * Widyardana Putra": after an office in a body and its holder, the escort's members of that body.
 */
function escorts(v: SentenceView, k: number, offices: OfficePhrase[], out: OfficialFact[], ctx: Parameters<ScanExtractor<'official'>['scan']>[0]): void {
  const body = offices.find((o) => o.institution !== null && o.entry.type === 'member');
  if (!body) return;
  if (v.lower[k] === ',') k++;
  if (v.lower[k] === 'yang') k++;
  if (!ESCORT_VERBS.has(v.lower[k] ?? '')) return;
  k++;
  if (v.lower[k] === 'oleh') k++;
  if (ESCORT_COUNTS.has(v.lower[k] ?? '')) k++;
  const title = ESCORT_TITLES.get(v.lower[k] ?? '');
  const entry = title ? ENTRY_BY_ID.get(title.toLowerCase()) : undefined;
  if (!title || !entry) return;
  k++;
  if (v.lower[k] === ',' || v.lower[k] === ':') k++;
  const first = nameAt(v, k);
  if (!first) return;
  const member = withOffice(body, { position: title, entry, boundInstitution: null, qualified: false, unitNamed: false, lexicon: [`office:${entry.id}`] });
  for (const n of listNames(v, first)) out.push(officialFact(ctx, member, n, { nameOnly: true, confidence: 0.8 }));
}

// words before a unit's name that make it a unit: "Divisi Humas Polri", "Tata Usaha dan Humas"
const UNIT_BEFORE = new Set(['divisi', 'bidang', 'biro', 'bagian', 'seksi', 'subbagian', 'dan', 'pusat', 'tim']);

/**
 * A unit written as its holder's title ("Humas Polda Jatim Frans Barung Mangenan") holds only
 * capitalized, not inside another title ("Karo Penmas Divisi Humas Polri, Brigjen Dedi Prasetyo"),
 * and with the name set apart from a place (a region bound, a comma, a rank or an honorific):
 * "Humas Polsek Tambun Selatan", "Humas Kejaksaan Negeri Kuningan" name no one.
 */
function unitHeld(v: SentenceView, i: number, office: OfficePhrase, name: ParsedName, comma: boolean): boolean {
  if (!office.capitalized || UNIT_BEFORE.has(v.lower[i - 1] ?? '')) return false;
  return office.region !== null || comma || name.rank !== null || name.honorifics.length > 0;
}

function scanSentence(v: SentenceView, out: OfficialFact[], ctx: Parameters<ScanExtractor<'official'>['scan']>[0]): void {
  for (let i = 0; i < v.toks.length; i++) {
    if (!titleAt(v, i)) continue;
    const chain = parseOfficeChain(v, i);
    if (chain.length === 0) continue;
    let last = chain[chain.length - 1];
    let k = last.to;
    // "Komisioner KPU Kota Makassar saat itu, Gunawan Mashar", "Presiden RI petahana Joko Widodo":
    // when the office is held, between it and the name (the phrase is the view's: copied, not changed)
    const when = heldWhenAt(v, k);
    if (when !== null) {
      k = when.to;
      chain[chain.length - 1] = last = withOffice(last, { lexicon: [...last.lexicon, `office-held:${when.id}`] });
    }
    k = afterElectoralDistrict(v, k);
    const comma = v.toks[k]?.text === ',' || v.toks[k]?.text === ':';
    if (comma) k++;
    const command = last.institution === 'TNI' || last.institution === 'Polri';
    // "Camat Bulak Suprayitno", "Kapolsek Cengkareng, Kompol Khoiri": kecamatan and villages are
    // not in the gazetteer, so the place and the name cannot be told apart without a comma
    // the same after a district-level unit of another title: "anggota Polsek Kangkung pelaku
    // dibawa", "Kepala Seksi Kesejahteraan Sosial Kecamatan Manonjaya"
    const placeUnit = PLACE_UNITS.has(v.lower[k - 1]);
    if (!comma && (last.entry.regionLevel === 'district' || placeUnit) && !placeSetApart(v, last, command)) {
      // "Camat Tanjung Karang Pusat, Yudhi Hermawan": the place runs to the comma
      let j = k;
      while (j < v.toks.length && j - k < 5 && v.toks[j].type === 'word' && startsUpper(v.toks[j].text)) j++;
      if (j === k || j >= v.toks.length || v.toks[j].text !== ',') continue;
      k = j + 1;
    }
    // "tiga Anggota Majelis dari Tim Pemeriksa Daerah (TPD) Sumut yakni Hisar Siregar, ..."
    const intro = introducedList(v, k);
    if (intro > 0) k = intro;
    // "Danrem 043/Garuda Hitam Kolonel Inf. Rikas", "Pangdam Jaya Mayjen TNI Hasan": a command's
    // designation before the rank of its holder
    // "Komandan Kodam Jaya", "Komandan Lanud Abd Saleh Malang": without a rank after it, what
    // follows an army unit is the unit's name, not its commander's
    if (!comma && command) {
      const held = afterDesignation(v, k);
      if (held === k && NAMED_UNITS.has(v.lower[k - 1])) continue;
      k = held;
    }
    let name = nameAt(v, k) ?? (comma ? null : bracketedName(v, k)) ?? lowerCaseName(v, k, last);
    if (!name) continue;
    // "jadi Presiden RI, Raja Arab Saudi akan memberikan": a name that holds a country is a title
    // and its country, not a person
    if (countryInName(v, k, name)) continue;
    // "Juru Bicara Presiden Jokowi, Johan Budi mengatakan": the served office's holder, then the
    // staff member's name set apart before the verb
    if (last.staffed && !comma && v.toks[name.next]?.text === ',') {
      const apart = nameAt(v, name.next + 1);
      if (apart && apart.next < v.toks.length && v.toks[apart.next].type === 'word' && !startsUpper(v.toks[apart.next].text)) name = apart;
    }
    // "Kajari: Jangan Bikin Gaduh dengan Berita Bohong": after a colon comes a quoted headline
    // more often than a name, so the article's prose must capitalize its words too
    if (v.toks[last.to]?.text === ':' && name.start === name.nameStart && !confirmedName(v, name.name)) continue;
    if (chain[0].entry.unit && !unitHeld(v, i, chain[0], name, comma)) continue;
    const offices = chain.filter((o: OfficePhrase) => (officeComplete(o) && (o.capitalized || o.anchored)) || (contextualOffice(o) && o.capitalized));
    if (offices.length === 0) continue;
    const names = offices.some((o) => o.entry.plural) || intro > 0 ? listNames(v, name) : [name];
    for (const o of offices) names.forEach((n, idx) => out.push(officialFact(ctx, o, n, { nameOnly: idx > 0 })));
    escorts(v, names[names.length - 1].next, offices, out, ctx);
    i = last.to - 1;
  }
}

export const officeName: ScanExtractor<'official'> = {
  id: 'official/office-name',
  kind: 'official',
  scan(ctx) {
    const out: OfficialFact[] = [];
    for (const v of titleViews(ctx.doc)) scanSentence(v, out, ctx);
    return out;
  },
};
