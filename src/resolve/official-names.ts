/**
 * Resolver: one person, one name. Short and variant spellings of a name held by an official are
 * replaced by the fullest form the article gives, so that facts of one office merge.
 *
 * Handles: "Ramadhan" → "Ahmad Ramadhan" (a subset of the words of one longer name), "M Tio
 * Aliasnyah" → "M. Tio Aliansyah" (initials with or without a period, one-letter slips in words
 * of five letters or more), "Affifuddin" / "Afifuddin", and an initial spelt out by another
 * official's name ("M Nasir" → "Mohamad Nasir").
 * A short name also takes the one longer name the article writes elsewhere without an office
 * ("lelaki yang kini menjabat sebagai anggota DPR RI" → "Asep" → "KH Asep Maoshul Affandy";
 * "Presiden Prabowo" → "Presiden RI Ke-8 Prabowo Subianto" in a quoted video title).
 * A two-word name grows at its front by whole words ("Azwar Anas" → "Abdullah Azwar Anas") unless
 * the longer name is introduced as a relative ("putranya, Radhan Nur Alam"); a blended nickname
 * takes the name it is made of ("Jokowi" → "Joko Widodo" when the article writes both).
 * Not here: other nicknames ("Bamsoet", "Gus Ipul"), and a short name that fits two longer ones
 * ("Ahmad" with "Ahmad Muzani" and "Ahmad Doli Kurnia"), which stays as written.
 */
import type { Resolver } from '../extract/types.js';
import type { Doc } from '../doc.js';
import type { OfficialFact } from '../types.js';
import { withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';
import type { Sentence } from '../text/sentences.js';
import { lowerCaseWords, regionAt, sentenceView } from '../extract/official/context.js';
import { lowerCaseKeepsOffsets, pieceTest } from '../extract/official/anchors.js';
import { nameAt } from '../extract/official/bind.js';
import { parseOfficeChain, titleAt } from '../extract/official/office.js';
import { COMMON_WORDS, NAME_VARIANTS, oneEdit } from '../extract/official/lexicon.js';
import { startsUpper } from '../text/tokenize.js';

export { oneEdit };

/**
 * Name words for comparison: lower case, initials without their period, one spelling of a given
 * name ("Mohamad" and "Mochammad" are "muhammad": person-name-variants.json).
 */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => NAME_VARIANTS.get(w) ?? w);
}

// words match: equal, or one slip in words of five letters or more
const wordMatch = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && oneEdit(a, b));

// an initial stands for a word it starts: "M" in "M Nasir" for "Mohamad" in "Mohamad Nasir"
const initialOf = (a: string, b: string) => a.length === 1 && b.length > 1 && b.charCodeAt(0) === a.charCodeAt(0);

/**
 * Are the words of `short` found in order among the words of `long`? With `initials`, an initial
 * of `short` also matches a word it starts ("M Nasir" within "Mohamad Nasir").
 */
export function nameWithin(short: string[], long: string[], initials = false): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !(wordMatch(w, long[j]) || (initials && initialOf(w, long[j])))) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

// the fuller of two names: more words, then longer, then the one written first; two spellings of
// one name ("Mohamad Nasir", "Mohammad Nasir"): the one more facts carry, then the one written first
function fuller(a: OfficialFact, b: OfficialFact, written: Map<string, number>): OfficialFact {
  const na = nameWords(a.name);
  const nb = nameWords(b.name);
  if (na.length !== nb.length) return na.length > nb.length ? a : b;
  if (na.every((w, k) => w === nb[k])) {
    const ca = written.get(a.name) ?? 0;
    const cb = written.get(b.name) ?? 0;
    if (ca !== cb) return ca > cb ? a : b;
    return a.start <= b.start ? a : b;
  }
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? a : b;
  return a.start <= b.start ? a : b;
}

const SPOUSE = new Set(['Ny.', 'Ny', 'Nyonya']);

/**
 * Names of two words or more the article writes, in the prose sentences `keep` accepts (all by
 * default), leaving out those whose words `wanted` rejects (asked before the article's lower-case
 * words, which cost a look-up each).
 */
export function articlePersonNames(doc: Doc, keep: (s: Sentence) => boolean = () => true, wanted: (words: string[]) => boolean = () => true): string[] {
  const out = new Set<string>();
  const lower = lowerCaseWords(doc);
  for (const s of doc.sentences) {
    if (s.boilerplate || !keep(s)) continue;
    const v = sentenceView(doc, s);
    // the token after the last office phrase: a name may start there ("Ketum Gerinda Prabowo ...")
    let officeEnd = -1;
    for (let k = 0; k < v.toks.length; k++) {
      const t = v.toks[k];
      if (t.type !== 'word' || !startsUpper(t.text)) continue;
      if (titleAt(v, k)) {
        const chain = parseOfficeChain(v, k);
        if (chain.length > 0) {
          const last = chain[chain.length - 1];
          // after "Kepala Desa", "Camat", "Kapolsek" comes a place the gazetteer does not know
          officeEnd = last.entry.regionLevel === 'district' ? -1 : last.to;
          k = last.to - 1;
        }
        continue;
      }
      const prev = v.toks[k - 1];
      // inside a capitalized run, a name starts only after an office, a body, "RI" or an ordinal:
      // "Presiden RI Ke-8 Prabowo Subianto", "Ketua KPU Hasyim Asy'ari"
      if (prev && prev.type === 'word' && startsUpper(prev.text) && !(k === officeEnd || /\d/.test(prev.text) || prev.lower === 'ri' || v.inst[k - 1] || regionAt(v, k - 1))) continue;
      const n = nameAt(v, k);
      if (!n) continue;
      // "Ny. Herawati Boediono": a wife named by her husband's name is not him
      if (n.honorifics.some((h) => SPOUSE.has(h))) {
        k = Math.max(k, n.next - 1);
        continue;
      }
      // a sentence-initial run is a person only with a title before it ("KH Asep ...")
      const titled = n.start < n.nameStart;
      // a title-case headline is not a name: "Prabowo Disambut Antusias Pendukungnya"
      // nor a run with a word the article writes in lower case: "Cerita Hasto Kristiyanto Diberitahu"
      // (asked last: the article's lower-case words are looked up word by word)
      if (k > 0 || titled) {
        const words = nameWords(n.name);
        if (words.filter((w) => w.length > 1).length >= 2 && wanted(words) && !words.some((w) => COMMON_WORDS.has(w) || lower.has(w))) out.add(n.name);
      }
      k = Math.max(k, n.next - 1);
    }
  }
  return [...out];
}

/**
 * Sentences that may hold a longer name for one of `short` (name words): one of its words
 * matches the short name's first word (`nameWithin`: equal, or within one slip from five
 * letters on; a growth at the front keeps it whole), or is the first part of a blend ("Joko" for
 * "Jokowi", `blendOf`). A name's words are the pieces of its tokens' lower case between periods
 * (anchors.ts `pieceTest`). Null when any sentence may (a name without words, a word not in ASCII
 * letters, or lower case that would move offsets or depend on context).
 */
function sharesFirstWord(doc: Doc, short: string[][]): ((s: Sentence) => boolean) | null {
  if (short.some((w) => w.length === 0) || !lowerCaseKeepsOffsets(doc)) return null;
  const exact = new Set<string>();
  for (const w of short) {
    exact.add(w[0]);
    if (w.length === 1) for (let i = 2; i <= w[0].length - 2; i++) exact.add(w[0].slice(0, i));
  }
  const test = pieceTest([...exact], [...new Set(mapPacked(short, (w) => w[0]).filter((w) => w.length >= 5))]);
  return test && ((s) => test(doc.text, s.start, s.end));
}

const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}.'’]/u;

/**
 * Does the article write this name next to another capitalized word anywhere ("Prabowo
 * Subianto" for "Prabowo")? A cheap test before the article's names are collected: the last word
 * followed by a capitalized word, or, for a one-word name, preceded by one.
 */
function mayGrow(text: string, name: string): boolean {
  const parts = name.split(' ');
  const word = parts[parts.length - 1];
  if (word.length < 2) return false;
  for (let i = text.indexOf(word), n = 0; i >= 0 && n < 50; i = text.indexOf(word, i + word.length), n++) {
    const e = i + word.length;
    if (LETTER.test(text[e] ?? '') || (i > 0 && LETTER.test(text[i - 1]))) continue;
    let a = e;
    while (text[a] === ' ') a++;
    if (a > e && UPPER.test(text[a] ?? '')) return true;
    if (parts.length > 1) continue;
    let b = i - 1;
    while (b >= 0 && text[b] === ' ') b--;
    if (b === i - 1) continue;
    while (b > 0 && LETTER.test(text[b - 1])) b--;
    if (b >= 0 && UPPER.test(text[b])) return true;
  }
  return false;
}

/**
 * A one-word name blended from the first word of a two-word name and the first letters of the
 * second: "Jokowi" = "Joko" + "Wi(dodo)"; not "Joko Susilo". The second part keeps two letters or more.
 */
export function blendOf(short: string, long: string[]): boolean {
  if (short.length < 4 || /[^\p{L}]/u.test(short)) return false;
  if (long.length !== 2) return false;
  {
    const [a, b] = long;
    for (let i = 2; i <= a.length && i <= short.length - 2; i++) {
      if (short.slice(0, i) !== a.slice(0, i)) break;
      const rest = short.slice(i);
      if (rest.length >= 2 && b.length > rest.length && b.startsWith(rest) && i === a.length) return true;
    }
  }
  return false;
}

// a cheap test before the article's names are collected: a name of two words or more written
// after a capitalized word that a lower-case word precedes ("kedatangan Mochamad Arifin Nugroho")
function frontMayGrow(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  for (let i = text.indexOf(name), n = 0; i > 1 && n < 50; i = text.indexOf(name, i + name.length), n++) {
    if (text[i - 1] !== ' ') continue;
    let b = i - 1;
    while (b > 0 && LETTER.test(text[b - 1])) b--;
    if (!(b < i - 1 && UPPER.test(text[b])) || text[b - 1] !== ' ') continue;
    // the longer form must sit in prose (see frontGrowthWritten): a lower-case word before it
    const c = b - 2;
    if (c >= 0 && /\p{Ll}/u.test(text[c])) return true;
  }
  return false;
}

// a cheap test before the article's names are collected: "Jokowi" with "Joko Wi…" in the text
function blendMayGrow(text: string, name: string): boolean {
  if (name.includes(' ') || name.length < 4) return false;
  for (let i = 2; i <= name.length - 2; i++) {
    const probe = `${name.slice(0, i)} ${name.charAt(i).toUpperCase()}${name.slice(i + 1)}`;
    if (text.includes(probe)) return true;
  }
  return false;
}

// a kinship word just before a name: "Putranya, Radhan Nur Alam", "anak sulung Agus ..."
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:putra|putri|putera|puteri|anak|istri|isteri|suami|adik|kakak|ayah|ibunda|ayahanda|menantu|cucu|keponakan|saudara|paman|bibi|mertua)(?:nya)?(?:\s+(?:sulung|bungsu|kandung|pertama|kedua|ketiga))?[\s,:]*$/iu;

// a kinship word right after a name: "Radhan Nur Alam yang merupakan anak kedua ...", "X, putra ..."
const RELATIVE_AFTER = /^[\s,(]*(?:(?:yang\s+)?(?:merupakan|adalah|ialah)\s+)?(?:putra|putri|putera|puteri|anak|istri|isteri|suami|adik|kakak|ayah|menantu|cucu|keponakan|saudara|kekasih|mertua)(?:nya)?(?![\p{L}])/iu;
// "seorang kekasih bernama Radhan Nur Alam": a person the article introduces as new
const NAMED_BEFORE = /(?:^|[^\p{L}])bernama\s+$/iu;
// a lower-case word, then the name: "pencalonan Abdullah Azwar Anas"
const PROSE_BEFORE = /(?:^|[^\p{L}])\p{Ll}[\p{Ll}-]*\s+$/u;

/**
 * May a name grow at its front into `full`? Only if the article writes `full` inside prose (after
 * a lower-case word, so its first word is not a sentence opener: "Diam-diam Lukas Enembe") and
 * never beside a kinship word or introduced as a new person ("putranya, Radhan Nur Alam", "bernama
 * Radhan Nur Alam yang merupakan anak kedua ...").
 */
function frontGrowthWritten(text: string, full: string): boolean {
  let prose = false;
  for (let i = text.indexOf(full), n = 0; i >= 0 && n < 50; i = text.indexOf(full, i + full.length), n++) {
    const before = text.slice(Math.max(0, i - 40), i);
    if (RELATIVE_BEFORE.test(before) || NAMED_BEFORE.test(before) || RELATIVE_AFTER.test(text.slice(i + full.length, i + full.length + 40))) return false;
    if (PROSE_BEFORE.test(before)) prose = true;
  }
  return prose;
}

/**
 * May the name words `pw` be a fuller form of the name `w`? A name of one word grows into any
 * longer name that holds it ("Prabowo" → "Prabowo Subianto") or is blended of it ("Jokowi" →
 * "Joko Widodo"); a longer one grows at its end ("Zumi Zola" → "Zumi Zola Zulkifli"), or at its
 * front by whole words when `frontWritten` says the article writes the longer form so ("Azwar
 * Anas" → "Abdullah Azwar Anas", see `frontGrowthWritten`).
 */
function growsInto(w: string[], pw: string[], frontWritten: () => boolean): boolean {
  if (pw.length <= w.length) return false;
  if (w.length === 1) return nameWithin(w, pw) || blendOf(w[0], pw);
  if (nameWithin(w, pw.slice(0, w.length))) return true;
  return w.filter((x) => x.length > 1).length >= 2 && w.every((x, k) => x === pw[pw.length - w.length + k]) && frontWritten();
}

// "atau yang lebih dikenal dengan nama", "atau akrab disapa", "atau biasa dipanggil"
const NICKNAMED = /\batau\s+(?:yang\s+)?(?:(?:lebih|akrab|biasa|kerap|sering)\s+)?(?:dikenal|disapa|dipanggil)\b/u;
const NICKNAME = /((?:\p{Lu}[\p{L}'.-]*\s+){0,4}\p{Lu}[\p{L}'.-]*)\s*,?\s+atau\s+(?:yang\s+)?(?:(?:lebih|akrab|biasa|kerap|sering)\s+)?(?:dikenal(?:\s+dengan(?:\s+(?:nama|sapaan|panggilan))?|\s+sebagai)?|disapa|dipanggil)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/gu;

/**
 * Nicknames the article declares for an official's name: [nickname, name] pairs. The name before
 * "atau ... disapa" must end in the name of an official of the article ("Gubernur Jawa Barat
 * (Jabar) Ridwan Kamil atau yang akrab disapa Kang Emil" → ["Kang Emil", "Ridwan Kamil"]).
 */
function declaredNicknames(text: string, names: string[], words: Map<string, string[]>): Array<[string[], string]> {
  const out: Array<[string[], string]> = [];
  for (const m of text.matchAll(NICKNAME)) {
    const before = nameWords(m[1]);
    const full = names.find((n) => words.get(n)!.length >= 2 && endsWithWords(before, words.get(n)!));
    if (full) out.push([nameWords(m[2]), full]);
  }
  return out;
}

// one capitalized word in brackets: "(Bamsoet)", "(SBY)"
const BRACKETED_WORD = /\((\p{Lu}[\p{L}'’-]*)\)/gu;

/**
 * Nicknames in brackets right after an official's name (two words or more): nickname → that name
 * ("Bambang Soesatyo (Bamsoet)"). The text is read once, whatever the number of names.
 */
function bracketedNicknames(text: string, names: string[], words: Map<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  const full = names.filter((m) => words.get(m)!.length >= 2);
  if (full.length === 0) return out;
  BRACKETED_WORD.lastIndex = 0;
  for (let m = BRACKETED_WORD.exec(text); m; m = BRACKETED_WORD.exec(text)) {
    if (out.has(m[1])) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index).trimEnd();
    const name = full.find((n) => n !== m![1] && before.endsWith(n) && !/\p{L}/u.test(before.charAt(before.length - n.length - 1)));
    if (name !== undefined) out.set(m[1], name);
  }
  return out;
}

// do the words `tail` end the words `all`?
function endsWithWords(all: string[], tail: string[]): boolean {
  if (tail.length === 0 || tail.length > all.length) return false;
  for (let i = 1; i <= tail.length; i++) if (all[all.length - i] !== tail[tail.length - i]) return false;
  return true;
}

export const officialNames: Resolver<'official'> = {
  id: 'official/names',
  resolve(facts, doc) {
    const names = [...new Set(facts.map((f) => f.name))];
    const words = new Map(names.map((n) => [n, nameWords(n)]));
    // the first fact of each name
    const firstFact = new Map<string, OfficialFact>();
    // facts per name: of two spellings of one name, the commoner stays
    const written = new Map<string, number>();
    for (const f of facts) {
      if (!firstFact.has(f.name)) firstFact.set(f.name, f);
      written.set(f.name, (written.get(f.name) ?? 0) + 1);
    }
    const fullerWritten = (a: OfficialFact, b: OfficialFact) => fuller(a, b, written);
    const rename = new Map<string, string>();
    for (const n of names) {
      const w = words.get(n)!;
      // every other name of an official that contains this one, initials spelt out ("Menristekdikti
      // M Nasir" is "Menristekdikti Mohamad Nasir")
      const holders = names.filter((m) => m !== n && nameWithin(w, words.get(m)!, true) && words.get(m)!.length >= w.length);
      if (holders.length === 0) continue;
      // the holders must be one person: each within the fullest of them
      const byFull = mapPacked(holders, (m) => firstFact.get(m)!).reduce(fullerWritten);
      const full = byFull.name;
      if (!holders.every((m) => nameWithin(words.get(m)!, words.get(full)!, true))) continue;
      const self = firstFact.get(n)!;
      if (fullerWritten(self, byFull) === self) continue;
      rename.set(n, full);
    }
    // a short name ("Presiden Prabowo"): the one longer name of the article that contains it
    // ("Presiden RI Ke-8 Prabowo Subianto"), written with an office or not
    // only the sentences that may hold a longer form of a name left to grow are read
    const left = names.filter((n) => !rename.has(n));
    const grows = names.some((n) => mayGrow(doc.text, n) || frontMayGrow(doc.text, n) || blendMayGrow(doc.text, n));
    const leftWords = mapPacked(left, (n) => words.get(n)!);
    const keep = grows ? sharesFirstWord(doc, leftWords) : null;
    // only names that one of them may grow into are collected (the text test of a growth at
    // the front is left for below: a name it rejects is never a holder)
    const wanted = (pw: string[]) => leftWords.some((w) => growsInto(w, pw, () => true));
    const persons = grows ? mapPacked(articlePersonNames(doc, keep ?? undefined, wanted), (p) => ({ p, pw: nameWords(p) })) : [];
    // does a longer name hold the whole name of another official besides the words of `w`?
    const holdsOther = (pw: string[], w: string[]) => names.some((m) => {
      const mw = words.get(m)!;
      return mw.length < pw.length && !nameWithin(mw, w) && !nameWithin(w, mw) && nameWithin(mw, pw) && mw.every((x) => !w.includes(x));
    });
    for (const n of left) {
      const w = words.get(n)!;
      // a name of two words or more grows at its front unless the longer name is introduced as a
      // relative ("Putranya, Radhan Nur Alam"): children often carry a parent's name
      const holders = persons.filter(({ p, pw }) => growsInto(w, pw, () => frontGrowthWritten(doc.text, p)));
      if (holders.length === 0) continue;
      const full = holders.reduce((a, b) => (b.pw.length > a.pw.length ? b : a));
      // "Prabowo Gibran", a pair written as one, holds another official's name: two people
      if (holdsOther(full.pw, w)) continue;
      if (holders.every((h) => nameWithin(h.pw, full.pw))) rename.set(n, full.p);
    }
    // a nickname the article declares: "Ridwan Kamil atau yang akrab disapa Kang Emil"
    if (NICKNAMED.test(doc.text)) {
      for (const [alias, full] of declaredNicknames(doc.text, names, words)) {
        for (const n of names) if (n !== full && !rename.has(n) && endsWithWords(alias, words.get(n)!)) rename.set(n, full);
      }
    }
    // a nickname in brackets right after the full name: "Bambang Soesatyo (Bamsoet)" makes the
    // official "Ketua DPR, Bamsoet" Bambang Soesatyo
    if (names.some((n) => !rename.has(n) && words.get(n)!.length === 1)) {
      const nicknames = bracketedNicknames(doc.text, names, words);
      for (const n of names) {
        const full = nicknames.get(n);
        if (full !== undefined && !rename.has(n) && words.get(n)!.length === 1) rename.set(n, full);
      }
    }
    if (rename.size === 0) return facts;
    return mapPacked(facts, (f) => (rename.has(f.name) ? withFields(f, { name: rename.get(f.name)! }) : f));
  },
};
