/**
 * NAME + connector + OFFICE: the office stated apart from the name with "selaku", "sebagai",
 * "yang (kini / saat ini) menjabat (sebagai)", "dari jabatan".
 *
 * Handles: "Adi Susanto selaku Ketua merangkap anggota KPU Kabupaten Labuhanbatu Utara" (both
 * offices), "Betty Epsilon Idroos selaku anggota Komisi Pemilihan Umum", "Rahmat Bagja selaku
 * ketua Bawaslu RI", "Gus Ipul yang saat ini menjabat wakil gubernur Jatim", "mencopot Adi
 * Susanto dari jabatan Ketua KPU Kabupaten Labuhanbatu Utara", "Emil Dardak selaku bupati
 * Trenggalek".
 * Not here: candidacies ("maju sebagai calon gubernur", "mencalonkan diri sebagai gubernur"):
 * "sebagai" needs the office anchored to a body or region and no candidacy verb before it.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { titleViews, type SentenceView } from './context.js';
import { contextualOffice, nameEndingAt, officialFact } from './bind.js';
import { officeComplete, parseOfficeChain } from './office.js';
import { startsUpper } from '../../text/tokenize.js';

// words between the name and the connector: "Arif Budiman beliau sebagai", "X, yang kini menjabat"
const FILLER = new Set([',', 'yang', 'kini', 'saat', 'ini', 'sekarang', 'juga', 'masih', 'beliau', 'tercatat', 'itu', 'pun']);
// verbs of candidacy or wish before "sebagai": the office is sought, not held
const SOUGHT = new Set(['maju', 'mencalonkan', 'dicalonkan', 'diusung', 'mengusung', 'mendaftar', 'didaftarkan', 'dipilih', 'memilih', 'terpilih', 'menjadi', 'diangkat', 'ditunjuk', 'dilantik', 'mundur', 'berhenti', 'diri']);

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

// connector at k: returns the token after it and whether it is the weak "sebagai"
function connectorAt(v: SentenceView, k: number): { next: number; weak: boolean } | null {
  const w = v.lower[k];
  if (w === 'selaku') return { next: k + 1, weak: false };
  if (w === 'menjabat') return { next: v.lower[k + 1] === 'sebagai' ? k + 2 : k + 1, weak: false };
  if (w === 'dari' && (v.lower[k + 1] === 'jabatan' || v.lower[k + 1] === 'jabatannya')) return { next: v.lower[k + 2] === 'sebagai' ? k + 3 : k + 2, weak: false };
  if (w === 'sebagai') return { next: k + 1, weak: true };
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
        const offices = chain.filter((o) => (officeComplete(o) && (o.anchored || firm)) || (contextualOffice(o) && firm));
        if (offices.length === 0) continue;
        if (c.weak && (b !== k && v.lower[b] !== 'beliau')) continue;
        if (b > 0 && SOUGHT.has(v.lower[b - 1])) continue;
        // "karena lelaki yang kini menjabat sebagai anggota DPR RI": the person named last before
        const name = nameEndingAt(v, b) ?? (b > 0 && PERSON_NOUNS.has(v.lower[b - 1]) && !c.weak ? lastNameBefore(v, b - 1) : null);
        if (!name) continue;
        for (const o of offices) out.push(officialFact(ctx, o, name, { confidence: 0.85 }));
      }
    }
    return out;
  },
};
