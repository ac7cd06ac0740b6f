/**
 * NAME + connector + OFFICE: the office stated apart from the name with "selaku", "sebagai",
 * "yang (kini / saat ini) menjabat (sebagai)", "yang (juga) merupakan", "dari jabatan".
 *
 * Handles: "Adi Susanto selaku Ketua merangkap anggota KPU Kabupaten Labuhanbatu Utara" (both
 * offices), "Betty Epsilon Idroos selaku anggota Komisi Pemilihan Umum", "Rahmat Bagja selaku
 * ketua Bawaslu RI", "Gus Ipul yang saat ini menjabat wakil gubernur Jatim", "mencopot Adi
 * Susanto dari jabatan Ketua KPU Kabupaten Labuhanbatu Utara", "Emil Dardak selaku bupati
 * Trenggalek".
 * One office for each of a list, "masing-masing selaku": "Arief Budiman dan Hasyim Asy'ari,
 * masing-masing selaku anggota KPU"; a ruling's numbered parties each in a sentence of their own,
 * "Teradu II Idham Holik. Teradu III Yulianto Sudrajat. ... Teradu V August Mellaz, masing-masing
 * selaku anggota Komisi Pemilihan Umum".
 * Not here: candidacies ("maju sebagai calon gubernur", "mencalonkan diri sebagai gubernur"):
 * "sebagai" needs the office anchored to a body or region and no candidacy verb before it; a
 * numbered party's sentence that says more than the name ("Teradu I Muhammad Afifuddin, selaku
 * Ketua ...") ends the list.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import type { ParsedName } from './name.js';
import { sentenceView, titleViews, type SentenceView } from './context.js';
import { NAME_STOPWORDS } from './lexicon.js';
import { contextualOffice, nameAt, nameEndingAt, officeEndsAt, officialFact, ROMAN } from './bind.js';
import { nationalPortfolio, officeComplete, parseOfficeChain, type OfficePhrase } from './office.js';
import { startsLower, startsUpper } from '../../text/tokenize.js';

// words between the name and the connector: "Arif Budiman beliau sebagai", "X, yang kini menjabat"
const FILLER = new Set([',', 'yang', 'kini', 'saat', 'ini', 'sekarang', 'juga', 'masih', 'beliau', 'tercatat', 'itu', 'pun']);
// a company's form written right after an office without its body: "Budi Darmawan selaku Direktur
// Pemasaran PT Chery Sales Indonesia" holds an office of the company, not of a body of the article
const COMPANY = new Set(['pt', 'pt.', 'cv', 'perum', 'persero', 'tbk']);
// verbs of candidacy or wish before "sebagai": the office is sought, not held
const SOUGHT = new Set(['maju', 'mencalonkan', 'dicalonkan', 'diusung', 'mengusung', 'mendaftar', 'didaftarkan', 'dipilih', 'memilih', 'terpilih', 'menjadi', 'diangkat', 'ditunjuk', 'dilantik', 'mundur', 'berhenti', 'diri']);

/**
 * "Yuyu sudah dilantik oleh Presiden Jokowi sebagai KSAU": the name at offset `start` is the agent
 * of an appointment (a verb of SOUGHT, then "oleh" a few words before the name), and the office
 * after "sebagai" is given to the sentence's subject, not held by the agent.
 */
function agentOfAppointment(v: SentenceView, start: number): boolean {
  let i = 0;
  while (i < v.toks.length && v.toks[i].start < start) i++;
  for (let j = i - 1; j >= 0 && i - j <= AGENT_TITLE_WORDS + 1; j--) {
    if (v.lower[j] !== 'oleh') continue;
    for (let m = j - 1; m >= 0 && j - m <= AGENT_VERB_BEFORE; m--) if (SOUGHT.has(v.lower[m])) return true;
    return false;
  }
  return false;
}
/** title words between "oleh" and the agent's name ("oleh Presiden Jokowi") */
const AGENT_TITLE_WORDS = 4;
/** words between the verb and "oleh" ("dilantik langsung oleh") */
const AGENT_VERB_BEFORE = 3;

/** Words before a name that an office after "sebagai" may be sought for, not held. */
const SOUGHT_BEFORE_NAME = 3;

/** The index of the token a name starts at, looking back from token `from`. */
function nameToken(v: SentenceView, name: ParsedName, from: number): number {
  let i = from;
  while (i > 0 && v.toks[i].start > name.start) i--;
  return i;
}

/**
 * Is the office after a weak "sebagai" sought for the name that starts at token `i`, not held: a
 * word of proposal or candidacy stands in the few words before the name ("mengusulkan Budi
 * sebagai Menteri Sosial", "meloloskan Harun Masiku sebagai anggota DPR RI"); not one of
 * appointment or election ("melantik Idrus Marham sebagai", "memilih Daryatmo sebagai")?
 */
function soughtForName(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= SOUGHT_BEFORE_NAME; j--) if (WISHED.has(v.lower[j])) return true;
  return false;
}
// words of proposal or candidacy before a name, in the active voice: "mengusulkan Budi sebagai
// Menteri Sosial" (a passive one names the agent: "rencana yang diusulkan Djarot Saiful Hidayat
// sebagai Gubernur DKI Jakarta" is Djarot's office)
const WISHED = new Set(['calon', 'mencalonkan', 'mengusung', 'mendaftarkan', 'meloloskan', 'mengusulkan', 'mengajukan', 'menyodorkan', 'merekomendasikan', 'menginginkan', 'ingin', 'akan', 'bakal', 'layak', 'cocok', 'pantas']);

// a sentence opening on one of these tells of an office held before: "Sebelumnya, X menjabat ..."
const PAST = new Set(['sebelumnya', 'dulu', 'dahulu', 'semula', 'sebelum']);

// nouns that stand for the person just named: "lelaki yang kini menjabat ..."
const PERSON_NOUNS = new Set(['lelaki', 'pria', 'wanita', 'perempuan', 'sosok', 'politikus', 'politisi', 'tokoh']);

// the last name written before token `end` in the sentence
function lastNameBefore(v: SentenceView, end: number) {
  for (let e = end; e > 0; e--) {
    const t = v.toks[e - 1];
    if (t.type === 'word' && startsUpper(t.text)) {
      const n = nameEndingAt(v, e);
      if (n) return n;
    }
  }
  return null;
}

// "Teradu V", "Pengadu II": a party of a ruling numbered in roman, right before token `k`
const partyLabelBefore = (v: SentenceView, k: number): boolean => k >= 2 && ROMAN.test(v.toks[k - 1].text) && NAME_STOPWORDS.has(v.lower[k - 2]);

/** Sentences back that a ruling's list of numbered parties may take, one party each. */
const PARTY_SENTENCES = 8;

/**
 * The names a "masing-masing selaku" stands for, the last ending before token `end`: names joined
 * by commas and "dan" in the sentence, and when the first stands after a party label at the
 * sentence's start ("Teradu V August Mellaz"), the sentences just before it that hold only a
 * labelled name ("Teradu II Idham Holik."). Fewer than two names: no list.
 */
function listBefore(v: SentenceView, end: number): ParsedName[] {
  const names: ParsedName[] = [];
  let e = end;
  for (;;) {
    const n = nameEndingAt(v, e);
    if (!n) break;
    names.push(n);
    const from = v.toks.findIndex((t) => t.start === n.start);
    let b = from;
    if (b > 0 && v.lower[b - 1] === 'dan') b--;
    if (b > 0 && v.toks[b - 1].text === ',') b--;
    if (b === from) {
      if (from === 2 && partyLabelBefore(v, from)) names.push(...labelledSentencesBefore(v));
      break;
    }
    e = b;
  }
  return names.length >= 2 ? names : [];
}

// "Teradu II Idham Holik." sentences right before the view's, nearest first
function labelledSentencesBefore(v: SentenceView): ParsedName[] {
  const out: ParsedName[] = [];
  const sentences = v.doc.sentences;
  for (let i = v.sentence.index - 1; i >= 0 && i >= v.sentence.index - PARTY_SENTENCES; i--) {
    const w = sentenceView(v.doc, sentences[i]);
    let to = w.toks.length;
    if (to > 0 && w.toks[to - 1].text === '.') to--;
    const n = to > 2 ? nameEndingAt(w, to) : null;
    if (!n || w.toks[2]?.start !== n.start || !partyLabelBefore(w, 2)) break;
    out.push(n);
  }
  return out;
}

// words after a name that go on listing offices: "A selaku Ketua, B selaku Anggota"
const LISTING = new Set(['selaku', 'sebagai', 'yang', 'dan', 'serta']);

/**
 * Is the office that ends at token `to` held by a name written after it, set off by a comma and
 * followed by its verb? "salah satu anggota Timses Khofifah – Emil, yang juga menjabat sebagai
 * Bendahara PAN Jatim, Agus Maimun menegaskan": the relative clause is about the member named
 * after it, not the name before the connector.
 */
function heldByNameAfter(v: SentenceView, to: number): boolean {
  if (v.toks[to]?.text !== ',') return false;
  const n = nameAt(v, to + 1);
  if (!n) return false;
  const after = v.toks[n.next];
  return after !== undefined && after.type === 'word' && startsLower(after.text) && !LISTING.has(after.lower);
}

// connector at k: returns the token after it and whether it is the weak "sebagai"
// (`bare`: an office without its body may take the body from the context; after "merupakan" it
// may not: "Masyhud yang merupakan Direktur Perencanaan Kawasan Hutan di Kementrian Kehutanan")
function connectorAt(v: SentenceView, k: number): { next: number; weak: boolean; bare: boolean } | null {
  const w = v.lower[k];
  if (w === 'selaku') return { next: k + 1, weak: false, bare: true };
  if (w === 'menjabat') return { next: v.lower[k + 1] === 'sebagai' ? k + 2 : k + 1, weak: false, bare: true };
  if (w === 'dari' && (v.lower[k + 1] === 'jabatan' || v.lower[k + 1] === 'jabatannya')) return { next: v.lower[k + 2] === 'sebagai' ? k + 3 : k + 2, weak: false, bare: true };
  if (w === 'sebagai') return { next: k + 1, weak: true, bare: true };
  // "Hasyim Djojohadikusumo yang merupakan Wakil Ketua Dewan Pembina Partai Gerindra": a relative
  // clause that states the office (not a bare "X merupakan ...", which may say what X was)
  if (w === 'merupakan' && (v.lower[k - 1] === 'yang' || (v.lower[k - 1] === 'juga' && v.lower[k - 2] === 'yang'))) return { next: k + 1, weak: false, bare: false };
  return null;
}

export const nameSelakuOffice: ScanExtractor<'official'> = {
  id: 'official/name-selaku-office',
  kind: 'official',
  scan(ctx) {
    const out: OfficialFact[] = [];
    for (const v of titleViews(ctx.doc)) {
      for (let k = 1; k < v.toks.length - 1; k++) {
        const c = connectorAt(v, k);
        if (!c) continue;
        const chain = parseOfficeChain(v, c.next);
        // back over filler words to the name
        let b = k;
        // "saat menjabat" is a past office; "saat ini menjabat" a present one
        while (b > 0 && FILLER.has(v.lower[b - 1]) && k - b < 5 && !(v.lower[b - 1] === 'saat' && v.lower[b] !== 'ini')) b--;
        if (b > 0 && v.lower[b - 1] === 'saat') continue;
        // "Arif Budiman beliau sebagai Pejabat Pengadaan": "beliau" makes "sebagai" firm
        const firm = !c.weak || v.lower.slice(b, k).includes('beliau');
        // a weak "sebagai" binds an office anchored to its body or region, or a national portfolio
        // ("Dilantiknya Idrus Marham sebagai Menteri Sosial")
        const bound = (o: OfficePhrase) => (officeComplete(o) && (o.anchored || firm)) || (contextualOffice(o) && firm && c.bare && !COMPANY.has(v.lower[o.to] ?? ''));
        const offices = chain.filter((o) => bound(o) || (officeComplete(o) && nationalPortfolio(o)));
        if (offices.length === 0) continue;
        if (c.weak && (b !== k && v.lower[b] !== 'beliau')) continue;
        if (b > 0 && SOUGHT.has(v.lower[b - 1])) continue;
        if (heldByNameAfter(v, chain[chain.length - 1].to)) continue;
        // "A, B dan C, masing-masing selaku anggota KPU": the office of each
        if (v.lower[b - 1] === 'masing-masing' && !c.weak) {
          const list = listBefore(v, b >= 2 && v.toks[b - 2].text === ',' ? b - 2 : b - 1);
          for (const n of list) for (const o of offices) out.push(officialFact(ctx, o, n, { confidence: 0.8 }));
          continue;
        }
        // "karena lelaki yang kini menjabat sebagai anggota DPR RI": the person named last before
        const name = nameEndingAt(v, b) ?? (b > 0 && PERSON_NOUNS.has(v.lower[b - 1]) && !c.weak ? lastNameBefore(v, b - 1) : null);
        if (!name) continue;
        const first = nameToken(v, name, b - 1);
        if (c.weak && soughtForName(v, first)) continue;
        if (c.weak && agentOfAppointment(v, name.start)) continue;
        // "Sebelumnya, Budi menjabat sebagai Staf Ahli Menteri BUMN": an office held before
        if (v.lower[k] === 'menjabat' && PAST.has(v.lower[0]) && v.toks[0].end <= name.start) continue;
        // a name that holds another office named right before it is not given a national
        // portfolio: "Kabinet Merah Putih yang dipimpin Presiden Prabowo Subianto sebagai Menteri
        // Keuangan (Menkeu) baru" is Purbaya's
        const given = first > 0 && officeEndsAt(v, first) ? offices.filter(bound) : offices;
        for (const o of given) out.push(officialFact(ctx, o, name, { confidence: 0.85 }));
      }
    }
    return out;
  },
};
