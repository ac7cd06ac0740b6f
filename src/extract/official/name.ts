/**
 * Person names with their titles, on tokens: honorifics and ranks before the name, degrees after
 * it, nicknames set apart. The name itself is what remains ("H. Lusapta Yudha Kurnia" →
 * "Lusapta Yudha Kurnia"; "Brigjen Pol. Moehammad Syafrial" → rank "Brigjen Pol.").
 *
 * Handles: honorifics "H.", "Hj.", "Dr.", "Drs.", "Ir.", "Prof.", "KH", "Tgk.", "dr." (also stacked
 * "Prof. Dr. Ir. Hi."); ranks with their corps "Brigjen Pol.", "Jenderal TNI", "Kolonel Inf.",
 * "AKBP", "Letjen (Purn.)"; degrees after a comma "S.H., M.Si.", "S.Sos", "M.Ec.Dev.", "SH, MH";
 * initials "M.Tio" / "M Tio" / "Maria Magdalena S Seriang"; particles "bin", "van"; quoted or
 * bracketed nicknames "Munafri 'Appi' Arifuddin", "Bambang Soesatyo (Bamsoet)"; all-caps names
 * in candidate lists ("Dr. H. MARTEN A. TAHA, S.E., M.Ec.Dev.") with `allCaps`.
 * Not here: whether a capitalized word sequence is a person at all (the office forms decide),
 * nicknames stated with "atau" / "akrab disapa" (resolve/official-names.ts).
 */
import { tokenizeLower, type LowerToken, startsUpper } from '../../text/tokenize.js';
import { MONTH } from '../date/lexicon.js';
import { derivedWord, gluedVerbAt } from '../../text/glued-verb.js';
import { COMMON_WORDS, CORPS_FORMS, DEGREE_BY_KEY, FIELDS, GLUED_WORDS, HONORIFIC_BY_FORM, NAME_STOPWORDS, POSITION_TRIE, MODIFIER_TRIE, RANK_TRIE, commonWord, degreeKey, verbWord } from './lexicon.js';
import { mapPacked } from '../packed.js';
import { formOfAcronym } from '../institution/lexicon.js';
import { LAZY_QUESTIONS } from './context.js';

/** A token with its lower-case text (matching is on lower case, case rules on `text`): tokenize.ts `tokenizeLower`. */
export type Tok = LowerToken;

/** A parsed person name. */
export interface ParsedName {
  /** offset of the first character (honorific or rank included) */
  start: number;
  /** offset after the last character (degrees included) */
  end: number;
  /** start/end of the name proper */
  nameStart: number;
  nameEnd: number;
  /** index of the first token after the name and its degrees */
  next: number;
  name: string;
  honorifics: string[];
  rank: string | null;
  /** a nickname written inside or after the name ("Appi", "Bamsoet") */
  alias: string | null;
  /** offset after the bracketed nickname, or `end` */
  aliasEnd: number;
  lexicon: string[];
}

export interface NameOptions {
  /** accept all-caps words as name words (candidate lists) */
  allCaps?: boolean;
  /** token indexes the name may not enter (institution and region spans) */
  blocked?: (k: number) => boolean;
  /** maximum name words */
  maxWords?: number;
  /** the first word may be capitalized only by its place (sentence start, after a title): a
   *  word news writes in lower case there is not a name ("Lebih dari itu", "Menteri Andalan") */
  firstNotCommon?: boolean;
}

const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'dos', 'al', 'el']);
const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
const isUpperInitial = (s: string) => /^\p{Lu}$/u.test(s);
const isAllCaps = (s: string) => /^\p{Lu}[\p{Lu}\p{N}'’-]+$/u.test(s);

// tokens glued to the previous one ("M.Tio": "M" "." "Tio")
const adjacent = (a: Tok, b: Tok) => a.end === b.start;

// a capital after two lower-case letters inside a word ("BaratHerman"; "McDonald" stays a name), or
// capitals that end it ("PariamanAKBP": a place glued to a rank)
export const GLUED = /\p{Ll}{2}\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u;

/** A month's name inside a name goes on with it: "Menteri Kehutanan Raja Juli Antoni". */
function monthWithin(toks: readonly Tok[], k: number, wordsBefore: number, opt: NameOptions): boolean {
  if (wordsBefore === 0 || k + 1 >= toks.length) return false;
  const t = toks[k];
  const month = t.type === 'word' && startsUpper(t.text) ? MONTH.get(t.lower) : undefined;
  return month !== undefined && !month.abbreviation && !adjacent(t, toks[k + 1]) && nameWord(toks[k + 1], opt);
}

/** Is `t` a word that may be part of a name? */
function nameWord(t: Tok, opt: NameOptions): boolean {
  if (t.type !== 'word' || !startsUpper(t.text)) return false;
  const caps = t.text.length > 1 && isAllCaps(t.text);
  if (caps && !opt.allCaps) return false;
  // candidate lists write names in capitals: "LALU MUHAMAD IQBAL" is a name there
  // ("No." kept whole by the tokenizer is the stopword "No")
  const bare = t.lower.length > 2 && t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  if ((NAME_STOPWORDS.has(bare) || FIELDS.has(t.lower)) && !(caps && opt.allCaps)) return false;
  // a ministry by its short name: "Kemenkeu", "Kemendikbud", "Kementan", "Kementerian"
  if (MINISTRY.test(t.text)) return false;
  // two words glued where a space was lost: "(Sekda) Jawa BaratHerman Suryatman"
  if (GLUED.test(t.text)) return false;
  return true;
}

/** A ministry's short name or the word "Kementerian": "Kemenkeu", "Kemenag", "Kemendikbudristek", "Kemkominfo". */
export const MINISTRY = /^(?:Kemen(?!ang)(?:terian|\p{Lu}|\p{Ll}{2,})|Kem(?:kominfo|komdigi|dikbud|dikbudristek|lu|sos|hub|kes|kumham|ristekdikti|han|naker)$)/u;

/** An office title or modifier starts at k: a name ends before it ("Fitria, Kabid ..."). */
function officeAt(lower: string[], k: number): boolean {
  return POSITION_TRIE.match(lower, k) !== null || MODIFIER_TRIE.match(lower, k) !== null;
}

// honorific at k: "H" "." / "Hj" / "Dr." / "H.M." (abbr token) / "KH"; returns tokens consumed
function honorificAt(toks: Tok[], k: number): { n: number; form: string; id: string } | null {
  const t = toks[k];
  if (!t) return null;
  const bare = t.text.replace(/\.$/, '');
  const dotNext = toks[k + 1]?.text === '.' && adjacent(t, toks[k + 1]);
  const e = HONORIFIC_BY_FORM.get(bare);
  if (e) {
    // a bare "H" is an initial unless a period follows ("H. Lusapta")
    if (bare === 'H' && !dotNext && !t.text.endsWith('.')) return null;
    return { n: dotNext ? 2 : 1, form: dotNext || t.text.endsWith('.') ? `${bare}.` : bare, id: e.id };
  }
  // stacked abbreviations "Dr.H." or "dr.Hj." as one token: every part must be an honorific
  if (/^(?:\p{L}{1,4}\.){2,}$/u.test(t.text)) {
    const parts = t.text.split('.').filter(Boolean);
    if (parts.every((p) => HONORIFIC_BY_FORM.has(p))) return { n: 1, form: t.text, id: HONORIFIC_BY_FORM.get(parts[0])!.id };
  }
  return null;
}

// rank at k with its corps: "Brigjen Pol.", "Jenderal TNI", "Kolonel Inf.", "Letjen TNI (Purn.)"
function rankAt(toks: Tok[], lower: string[], k: number, text: string): { n: number; form: string; id: string } | null {
  const t = toks[k];
  if (!t || !startsUpper(t.text)) return null;
  const a = RANK_TRIE.match(lower, k);
  if (!a) return null;
  let j = k + a.tokens.length;
  if (toks[j]?.text === '.' && adjacent(toks[j - 1], toks[j])) j++;
  for (let guard = 0; guard < 3; guard++) {
    const c = toks[j];
    if (!c) break;
    if (c.text === '(' && CORPS_FORMS.has(lower[j + 1] ?? '')) {
      // "(Purn.)", "(K)"
      let m = j + 2;
      if (toks[m]?.text === '.') m++;
      if (toks[m]?.text !== ')') break;
      j = m + 1;
      if (toks[j]?.text === '.' && adjacent(toks[j - 1], toks[j])) j++;
      continue;
    }
    if (!CORPS_FORMS.has(c.lower.replace(/\.$/, ''))) break;
    j++;
    if (toks[j]?.text === '.' && adjacent(toks[j - 1], toks[j])) j++;
  }
  return { n: j - k, form: text.slice(t.start, toks[j - 1].end).replace(/\s+/g, ' '), id: (a.entry as { id: string }).id };
}

// A degree candidate at `p`: "S.H.", "M.Si", "S.Sos.", "M.Ec.Dev.", "Lc.", "SH", "Ph.D."
const DEGREE_AT = /[ \t]*(,?)[ \t]*((?:\p{L}{1,6}\.(?:[ ](?=\p{Lu}))?){1,4}(?:\p{L}{1,6}(?![\p{L}.]))?|\p{L}{2,5}(?![\p{L}.'’-]))(?:[ ]?\((?:K|Han)\)\.?)?/uy;
const AFTER_DEGREE = /[ \t]*(\p{Lu}\p{Ll})/uy;

const NO_DEGREES: { degrees: string[]; ids: string[]; end: number } = { degrees: [], ids: [], end: 0 };

/** Degrees written after a name, from offset `p`: returns them and the offset after the last. */
export function degreesAt(text: string, p: number): { degrees: string[]; ids: string[]; end: number } {
  const degrees: string[] = [];
  const ids: string[] = [];
  let end = p;
  for (let guard = 0; guard < 8; guard++) {
    DEGREE_AT.lastIndex = end;
    const m = DEGREE_AT.exec(text);
    if (!m) break;
    const comma = m[1] === ',';
    let cand = m[2].trim();
    let candEnd = m.index + m[0].length;
    // "M.T. Dalam arahannya": a known degree, then the next sentence's first word
    if (cand.includes(' ') && !DEGREE_BY_KEY.has(degreeKey(cand))) {
      const cut = cand.slice(0, cand.lastIndexOf(' '));
      const word = cand.slice(cut.length + 1);
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && /^[ \t]+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && DEGREE_BY_KEY.has(degreeKey(cut))) {
        candEnd = m.index + m[0].indexOf(cand) + cut.length;
        cand = cut;
      }
    }
    const key = degreeKey(cand);
    const known = DEGREE_BY_KEY.get(key);
    AFTER_DEGREE.lastIndex = candEnd;
    const nameFollows = AFTER_DEGREE.test(text);
    let ok = false;
    if (known) {
      // a known degree: after a comma, or a dotted or all-caps form ("SH MH") not before a name
      ok = (comma || cand.includes('.') || /^\p{Lu}+$/u.test(cand)) && !(nameFollows && !comma && !cand.includes('.'));
      if (!startsUpper(cand) && !cand.includes('.')) ok = false;
    } else if (comma && /\.\p{L}/u.test(cand) && startsUpper(cand) && key.length <= 8) {
      // an unknown dotted degree "M.Tr.A.P." (dots inside: "Senin." closing "kata Erwan, Senin."
      // is a weekday) — but "M.Tio Aliansyah" after a comma is a name
      ok = !nameFollows;
    }
    // an unknown all-caps degree further down a chain: "SE, MM, Ak, CA, CPA"
    if (!ok && !known && comma && degrees.length > 0 && /^(?:\p{Lu}[\p{L}]{1,6})$/u.test(cand) && /\p{Lu}.*\p{Lu}/u.test(cand) && !nameFollows) ok = true;
    if (!ok) break;
    degrees.push(cand);
    ids.push(known ? `degree:${known.id}` : 'degree:generic');
    end = cand === m[2].trim() ? m.index + m[0].length : candEnd;
  }
  return { degrees, ids, end };
}

const SHORT_CAPS = /^\p{Lu}{2,3}$/u;
// the state, written after a holder's name: "Ketua KPU Hasyim Asy'ari RI" is not part of the name
const NATIONAL_CAPS = new Set(['ri', 'nkri']);

/**
 * Is every use of `caps` in the text right after the name word `word`? A person's initials go
 * with the name ("Mahfud MD"); a body or a company type stands alone elsewhere too ("BPS", "PT").
 */
function onlyAfter(text: string, caps: string, word: string): boolean {
  return askedOfArticle(text, `after ${caps} ${word}`, () => usedOnlyAfter(text, caps, word));
}

/**
 * One answer per article and question: a long article may write one name thousands of times, and
 * each answer reads the whole text.
 */
function askedOfArticle(text: string, key: string, answer: () => boolean): boolean {
  if (askedText !== text) {
    askedText = text;
    asked.clear();
  }
  let seen = asked.get(key);
  if (seen === undefined) asked.set(key, (seen = answer()));
  return seen;
}
let askedText = '';
const asked = new Map<string, boolean>();

/**
 * Does the text write `phrase` (a word, or two words one space apart) as words of their own, no
 * letter or digit on either side? As the article's word sets do (context.ts `LazyWordSet`): the
 * text is searched once per question, and past LAZY_QUESTIONS of them (a long article asks about
 * many names, and the cost grew with its square) its words and word pairs are read once.
 */
export function writtenAlone(text: string, phrase: string): boolean {
  if (wordsText !== text) {
    wordsText = text;
    questions = 0;
    words.clear();
    pairs.clear();
  }
  if (questions < LAZY_QUESTIONS) {
    return askedOfArticle(text, `alone ${phrase}`, () => {
      questions++;
      return searchAlone(text, phrase);
    });
  }
  if (questions === LAZY_QUESTIONS) {
    questions++;
    let prev = '';
    let prevEnd = -1;
    for (const m of text.matchAll(WORD_RUN)) {
      words.add(m[0]);
      if (prevEnd === m.index - 1 && text.charCodeAt(prevEnd) === 32) pairs.add(`${prev} ${m[0]}`);
      prev = m[0];
      prevEnd = m.index + m[0].length;
    }
  }
  return phrase.includes(' ') ? pairs.has(phrase) : words.has(phrase);
}
const WORD_RUN = /[\p{L}\p{N}]+/gu;
let wordsText = '';
let questions = 0;
const words = new Set<string>();
const pairs = new Set<string>();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is `phrase` somewhere in the text with no character of `joined` on either side? */
export function searchAlone(text: string, phrase: string, joined: RegExp = LETTER_OR_DIGIT): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const e = i + phrase.length;
    if ((i === 0 || !joined.test(text[i - 1])) && (e === text.length || !joined.test(text[e]))) return true;
  }
  return false;
}

/** capitals glued before a name word: "RIPrabowo" */
const GLUED_FRONT = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll})/u;

/** The capitals glued before name word `w`: the state ("RI"), a body's acronym ("DPRAhmad"), or
 *  letters the text also writes alone ("AS"; not "AH" of "AHYmenuturkan"). */
function gluedFront(text: string, w: string): RegExpExecArray | null {
  const m = GLUED_FRONT.exec(w);
  return m && (NATIONAL_CAPS.has(m[0].toLowerCase()) || formOfAcronym(m[0]) !== null || writtenAlone(text, m[0])) ? m : null;
}

/** shortest head left of a glued word ("Zon" of "Zondan") */
const GLUED_HEAD_MIN = 3;
/** a one-word name is split off a glued function word (not "di", "dan", "lah": "Wahyudi",
 *  "Hamdan", "Saefullah" end so) this long or longer, of this length or longer itself, on the
 *  evidence of the name written alone ("Prabowo" of "Prabowoyang") */
const LONE_TAIL_MIN = 4;
const LONE_HEAD_MIN = 4;
/** a glued word of GLUED_WORDS this long is never a name's ending ("kepada", "mengatakan"); any
 *  other word news writes in lower case ("di", "hari", "mencabut") is split off only where the
 *  text writes the name without it too ("Vladimir Putindi" … "Vladimir Putin"): names end in
 *  "-di", "-dan" and "-putri" ("Ade Ary Syam Indradi", "Baswedan", "Megawati Soekarnoputri") */
const GLUED_SURE = 5;

/** A word that may have been glued after a name: a function or common word after a name of two
 *  words or more; after a one-word name, a function word of LONE_TAIL_MIN letters or more. */
function mayBeGluedTail(tail: string, oneWord: boolean): boolean {
  return oneWord ? tail.length >= LONE_TAIL_MIN && GLUED_WORDS.has(tail) : GLUED_WORDS.has(tail) || COMMON_WORDS.has(tail);
}

/** The text writes the name without the glued word: "Vladimir Putin" for "Vladimir Putindi"; a
 *  one-word name of LONE_HEAD_MIN letters or more alone ("Prabowo" for "Presiden Prabowoyang"). */
function writtenWithout(text: string, before: string | null, head: string): boolean {
  return before === null ? head.length >= LONE_HEAD_MIN && writtenAlone(text, head) : writtenAlone(text, `${before} ${head}`);
}

/**
 * Where a space was lost between a name and the word after it ("Marinus Bonepaikepada",
 * "Eri Cahyadimengatakan", "Vladimir Putindi"), the length of the name's part of its last word
 * `word` (after `before`, the name's word before it, if any), else 0.
 */
function gluedHead(text: string, before: string | null, word: string): number {
  for (let h = GLUED_HEAD_MIN; h <= word.length - 2; h++) {
    const tail = word.slice(h);
    const sure = tail.length >= GLUED_SURE && GLUED_WORDS.has(tail);
    if (!sure && !mayBeGluedTail(tail, before === null)) continue;
    const head = word.slice(0, h);
    if (!/\p{Ll}$/u.test(head)) continue;
    if (sure || writtenWithout(text, before, head)) return h;
  }
  // a derived verb glued where the text has no such evidence: "Prabowo Subiantomencabut aturan"
  const verb = gluedVerbAt(word);
  return verb > 0 ? verb : 0;
}

function usedOnlyAfter(text: string, caps: string, word: string): boolean {
  for (let i = text.indexOf(caps); i >= 0; i = text.indexOf(caps, i + caps.length)) {
    const e = i + caps.length;
    if ((i > 0 && LETTER_OR_DIGIT.test(text[i - 1])) || (e < text.length && LETTER_OR_DIGIT.test(text[e]))) continue;
    const before = text.slice(Math.max(0, i - word.length - 4), i);
    if (!/[ \t]$/.test(before) || !before.trimEnd().endsWith(word)) return false;
  }
  return true;
}

/**
 * Parse a person name starting at token `i` (honorifics and rank first). Returns null when no
 * name word follows. The name stops at lower-case words, punctuation, office titles, stop-words
 * and blocked (institution/region) tokens.
 */
export function parseNameAt(text: string, toks: Tok[], lower: string[], i: number, opt: NameOptions = {}): ParsedName | null {
  const maxWords = opt.maxWords ?? 6;
  const honorifics: string[] = [];
  const lexicon: string[] = [];
  let rank: string | null = null;
  let k = i;
  // 1. titles before the name, in any order: "Brigjen Pol. Dr. H. ..."
  for (let guard = 0; guard < 6 && k < toks.length; guard++) {
    if (opt.blocked?.(k)) break;
    const r: { n: number; form: string; id: string } | null = rank ? null : rankAt(toks, lower, k, text);
    if (r) {
      rank = r.form;
      lexicon.push(`person-rank:${r.id}`);
      k += r.n;
      continue;
    }
    // "Dr. (H.C)": honoris causa
    if (honorifics.length > 0 && toks[k]?.text === '(' && /^\(H\.?C\.?\)$/i.test(text.slice(toks[k].start, toks[Math.min(k + 4, toks.length - 1)].end).replace(/^(\([^)]*\)).*$/s, '$1'))) {
      let m = k + 1;
      while (toks[m] && toks[m].text !== ')') m++;
      honorifics[honorifics.length - 1] += ' (H.C)';
      k = m + 1;
      continue;
    }
    // a corps left over from a rank the body's span took ("... Kolonel" "Inf. Rikas")
    if (k === i && CORPS_FORMS.has(lower[k].replace(/\.$/, '')) && startsUpper(toks[k].text) && toks[k + 1]) {
      const dot = toks[k + 1].text === '.' && adjacent(toks[k], toks[k + 1]) ? 1 : 0;
      rank = text.slice(toks[k].start, toks[k + dot].end);
      k += 1 + dot;
      continue;
    }
    const h = honorificAt(toks, k);
    if (h) {
      honorifics.push(h.form);
      lexicon.push(`person-honorific:${h.id}`);
      k += h.n;
      continue;
    }
    break;
  }
  // 2. name words
  const words: string[] = [];
  let nameStart = -1;
  // the name's first token
  let firstTok = -1;
  let nameEnd = -1;
  let alias: string | null = null;
  let lastWord = -1;
  // where each word ends (offset, token): a name cut short ends at one of them
  const wordEnd: number[] = [];
  const wordLast: number[] = [];
  let gluedEnd = false;
  while (k < toks.length && words.length < maxWords) {
    const t = toks[k];
    if (opt.blocked?.(k)) break;
    // a name never starts or goes on with a title: "Kasubag Teknis", "Fitria, Kabid ..."
    if (officeAt(lower, k)) break;
    // a rank ends the words before it: "Kapolsek Kuta Kompol Agus Riwayanto" ("Kuta" is the place)
    if (words.length > 0 && startsUpper(t.text) && RANK_TRIE.match(lower, k)) break;
    if (nameWord(t, opt) || (t.type === 'word' && isUpperInitial(t.text)) || monthWithin(toks, k, words.length, opt)) {
      // "M.Tio": an initial with its period, possibly glued to the next word
      let w = t.text;
      let last = k;
      if (toks[k + 1]?.text === '.' && adjacent(t, toks[k + 1]) && t.text.length <= 4 && (isUpperInitial(t.text) || (toks[k + 2] && nameWord(toks[k + 2], opt)))) {
        // "M.Tio", "Moh. Mahfud", "ABD. MUKTI": an initial or a shortened name word
        w = `${t.text}.`;
        last = k + 1;
      }
      // a lone initial needs a following name word ("M Tio"), never ends a name
      if (isUpperInitial(t.text)) {
        const nx = last + 1 < toks.length ? toks[last + 1] : undefined;
        const continues = nx && (nameWord(nx, opt) || (nx.type === 'word' && isUpperInitial(nx.text)));
        // a trailing initial closes a name before its degrees or at the end: "DENI GERMANTO L, S.H."
        const closes = words.length > 0 && (!nx || (nx.text === ',' && degreesAt(text, toks[last].end).degrees.length > 0));
        if (!continues && !closes) break;
      }
      // "Presiden RIPrabowo Subianto", "Menteri Pertahanan ASPete Hegseth": letters glued to the
      // name's first word where a space was lost
      const front = words.length === 0 && !opt.allCaps ? gluedFront(text, w) : null;
      if (front) w = w.slice(front[0].length);
      if (nameStart < 0) {
        nameStart = t.start + (front ? front[0].length : 0);
        firstTok = k;
      }
      words.push(w);
      nameEnd = toks[last].end;
      lastWord = last;
      wordEnd.push(nameEnd);
      wordLast.push(lastWord);
      k = last + 1;
      continue;
    }
    // abbr token of an initial: "M." (tokenizer keeps it whole before a space)
    if (/^\p{Lu}\.$/u.test(t.text) && toks[k + 1] && nameWord(toks[k + 1], opt)) {
      if (nameStart < 0) {
        nameStart = t.start;
        firstTok = k;
      }
      words.push(t.text);
      nameEnd = t.end;
      lastWord = k;
      wordEnd.push(nameEnd);
      wordLast.push(lastWord);
      k++;
      continue;
    }
    // particle between name words: "Ahmad bin Yusuf"
    if (words.length > 0 && PARTICLES.has(t.text) && toks[k + 1] && nameWord(toks[k + 1], opt)) {
      words.push(t.text);
      wordEnd.push(nameEnd);
      wordLast.push(lastWord);
      k++;
      continue;
    }
    // quoted nickname inside the name: "Munafri 'Appi' Arifuddin"
    if (words.length > 0 && QUOTES.has(t.text) && toks[k + 1] && nameWord(toks[k + 1], opt) && QUOTES.has(toks[k + 2]?.text ?? '') && toks[k + 3] && nameWord(toks[k + 3], opt)) {
      alias = toks[k + 1].text;
      k += 3;
      continue;
    }
    break;
  }
  if (!opt.allCaps) {
    // "Menag Yaqut Sebut ...", "Menteri BUMN Erick Thohir Terseret Korupsi": a headline's verb ends the name
    // (only with more capitalized words after it: "Duta Besar Desra Percaya membuka ..." keeps its name)
    const cut = words.findIndex((w, n) => n > 0 && verbWord(w.toLowerCase()) && wordLast[n] + 1 < toks.length && startsUpper(toks[wordLast[n] + 1].text) && toks[wordLast[n] + 1].type === 'word');
    if (cut > 0) {
      words.length = cut;
      nameEnd = wordEnd[cut - 1];
      lastWord = wordLast[cut - 1];
    }
    // a word glued to the name's last word where a space was lost: "Bonepaikepada" is "Bonepai"
    const last = words.length - 1;
    const lastTok = last >= 0 ? toks[wordLast[last]] : null;
    const glued = lastTok && lastTok.text.endsWith(words[last]) ? gluedHead(text, last > 0 ? words[last - 1] : null, words[last]) : 0;
    if (lastTok && glued > 0) {
      nameEnd = lastTok.end - words[last].length + glued;
      words[last] = words[last].slice(0, glued);
      gluedEnd = true;
    }
    // "Menteri Pendidikan Tinggi, Sains", "Plt Direktur Utama", "Faktanya, Kepala Dinas": words
    // news writes in lower case, capitalized only by their place, name no one (after a rank or an
    // honorific they do: "AKBP Untung")
    if (rank === null && honorifics.length === 0 && words.every((w) => commonWord(w.toLowerCase()) || /^\p{Lu}\.?$/u.test(w))) return null;
  }
  if (words.length === 0 || words.every((w) => /^\p{Lu}\.?$/u.test(w))) return null;
  // "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal": an organization's name
  if (rank === null && honorifics.length === 0 && organizationSpelt(toks, lower, firstTok)) return null;
  // "Kodam V Jaya": a roman numeral, not an initial
  if (words[0] === 'V' || words[0] === 'X') return null;
  // (after a rank or an honorific the next word opens a name: "AKBP Taat Resdi", "AKBP Kemas Indra")
  if (opt.firstNotCommon && rank === null && honorifics.length === 0 && (commonWord(words[0].toLowerCase()) || derivedWord(words[0].toLowerCase()))) return null;
  // "Ke-8", "Cc": digits, or a one-word name of two letters
  if (words.some((w) => /\d/.test(w)) || (words.length === 1 && words[0].length < 3)) return null;
  // a trailing particle is not part of the name
  while (words.length > 0 && PARTICLES.has(words[words.length - 1])) words.pop();
  let next = lastWord + 1;
  // "Mahfud MD", "Johan Budi SP", "Azis Muslim ABM": two or three capitals close the name before a
  // lower-case word or punctuation (not a degree, a body, a region, a title or the state: "RI")
  if (!opt.allCaps && next < toks.length && !gluedEnd && SHORT_CAPS.test(toks[next].text) && toks[next].start > nameEnd && !opt.blocked?.(next) && !officeAt(lower, next) && !NATIONAL_CAPS.has(lower[next]) && !DEGREE_BY_KEY.has(degreeKey(toks[next].text))) {
    const after = next + 1 < toks.length ? toks[next + 1] : null;
    if ((after === null || (after.type === 'word' ? !startsUpper(after.text) : after.text !== '(' && after.text !== '-')) && onlyAfter(text, toks[next].text, words[words.length - 1])) {
      words.push(toks[next].text);
      nameEnd = toks[next].end;
      lastWord = next;
      next++;
    }
  }
  // 3. degrees: "Drs. Ismanto, S.H., M.Si." (none inside a glued word)
  const deg = gluedEnd ? NO_DEGREES : degreesAt(text, nameEnd);
  let end = nameEnd;
  if (deg.degrees.length > 0) {
    honorifics.push(...deg.degrees);
    lexicon.push(...deg.ids);
    end = deg.end;
    while (next < toks.length && toks[next].start < end) next++;
  }
  // 4. a nickname in brackets right after: "Bambang Soesatyo (Bamsoet)"
  let aliasEnd = end;
  if (toks[next]?.text === '(' && !officeAt(lower, next + 1)) {
    let m = next + 1;
    while (m < toks.length && m - next <= 3 && toks[m].type === 'word' && startsUpper(toks[m].text)) m++;
    if (m > next + 1 && toks[m]?.text === ')') {
      alias = text.slice(toks[next + 1].start, toks[m - 1].end);
      aliasEnd = toks[m].end;
    }
  }
  return {
    start: toks[i].start,
    end,
    nameStart,
    nameEnd,
    next,
    name: joinName(words),
    honorifics,
    rank,
    alias,
    aliasEnd,
    lexicon,
  };
}

/**
 * Do the capitalized words from token `from` on spell the acronym in the brackets after them, one
 * of them a word news writes in lower case? "Konfederasi Serikat Pekerja Indonesia (KSPI)" is an
 * organization's name; "Susilo Bambang Yudhoyono (SBY)", no common word, is a person's.
 */
function organizationSpelt(toks: Tok[], lower: string[], from: number): boolean {
  let initials = '';
  let common = false;
  let k = from;
  for (; k < toks.length && k - from < 10; k++) {
    const t = toks[k];
    if (t.type !== 'word') break;
    // "Partai Keadilan dan Persatuan Indonesia (PKPI)": the acronym leaves "dan" out
    if (lower[k] === 'dan') continue;
    if (!startsUpper(t.text)) break;
    initials += t.text.charAt(0);
    if (commonWord(lower[k])) common = true;
  }
  if (!common || initials.length < 2 || k + 2 >= toks.length || toks[k].text !== '(' || toks[k + 2].text !== ')') return false;
  return toks[k + 1].text.toUpperCase() === initials.toUpperCase();
}

/**
 * A parsed name with some fields changed. Written as one literal with the keys in the order
 * `parseNameAt` writes them, so every parsed name has one hidden class (a spread makes another).
 */
export function withName(a: ParsedName, changes: Partial<ParsedName>): ParsedName {
  const n = { ...a, ...changes };
  return {
    start: n.start,
    end: n.end,
    nameStart: n.nameStart,
    nameEnd: n.nameEnd,
    next: n.next,
    name: n.name,
    honorifics: n.honorifics,
    rank: n.rank,
    alias: n.alias,
    aliasEnd: n.aliasEnd,
    lexicon: n.lexicon,
  };
}

// "M." + "Tio" → "M. Tio"; single spaces
function joinName(words: string[]): string {
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Split a full name as candidate lists write it into name, honorifics, degrees and rank:
 * "Dr. H. MARTEN A. TAHA, S.E., M.Ec.Dev." → name "MARTEN A. TAHA", honorifics
 * ["Dr.", "H.", "S.E.", "M.Ec.Dev."]. Returns null when no name remains.
 */
export function splitPersonName(full: string): ParsedName | null {
  const toks = tokenizeLower(full);
  const lower = mapPacked(toks, (t) => t.lower);
  return parseNameAt(full, toks, lower, 0, { allCaps: true, maxWords: 10 });
}
