/**
 * The institution patterns tried only at their anchors (anchors.ts), split by leading word where
 * the extractor does so (word-anchors.ts `splitByLead`), find what a scan of the whole text finds, on a table of real-style and odd sentences and on every corpus article: the same
 * matches for full names and acronyms, the same kept matches (not after a letter, digit or
 * address character) for lower- and upper-case forms.
 */
import { join } from 'node:path';
import { createDoc } from '../src/doc.js';
import { readCorpusArticles } from '../src/dev/golden.js';
import { anchorsOf, type AnchorKind } from '../src/extract/institution/anchors.js';
import { matchesAt, stickyCopy } from '../src/extract/word-anchors.js';
import { acronym, ACRONYM } from '../src/extract/institution/acronym.js';
import { fullName, NAME } from '../src/extract/institution/full-name.js';
import { BEFORE, FORM, lowerCase } from '../src/extract/institution/lower-case.js';
import type { PatternExtractor } from '../src/extract/types.js';
import { PROJECT_ROOT, testArticle } from './helpers/shared.js';

const PATTERNS: Array<[AnchorKind, RegExp, PatternExtractor<'institution'>]> = [
  ['name', NAME, fullName],
  ['acronym', ACRONYM, acronym],
  ['lower', FORM, lowerCase],
];

type Match = [number, string];
// lower-case.ts keeps a match only when no letter, digit or address character comes before it
const kept = (kind: AnchorKind, text: string, i: number) => kind !== 'lower' || i === 0 || !BEFORE.test(text[i - 1]);

/** [start, text] of every match a scan of the whole text passes on (boilerplate sentences skipped). */
function scanned(text: string, kind: AnchorKind, pattern: RegExp): Match[] {
  const doc = createDoc(testArticle(text));
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!doc.sentenceAt(m.index).boilerplate && kept(kind, text, m.index)) out.push([m.index, m[0]]);
  }
  return out;
}

/** The same, with the pattern tried only at the anchors, as the pipeline does for these extractors. */
function anchored(text: string, kind: AnchorKind, pattern: RegExp, ex: PatternExtractor<'institution'>): Match[] {
  const doc = createDoc(testArticle(text));
  const out: Match[] = [];
  // the extractor's own anchors (a subset of its kind's: acronyms keep those where one stands as written)
  const anchors = ex.anchors!(doc);
  expect(anchorsOf(kind)(doc)).toEqual(expect.arrayContaining([...anchors]));
  for (const m of matchesAt(ex.stickyAt?.(doc) ?? stickyCopy(pattern), text, anchors)) {
    if (!doc.sentenceAt(m.index).boilerplate && kept(kind, text, m.index)) out.push([m.index, m[0]]);
  }
  return out;
}

const SENTENCES = [
  'Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra) dan Badan Kesatuan Bangsa dan Politik Provinsi Lampung.',
  'KOMISI PEMILIHAN UMUM dan komisi  pemilihan umum, Pemerintah Kota Pagar Alam, pemerintah daerah setempat.',
  'Bawaslu RI, KPU-RI, DPR-RI, Mabes Polri, Mabes  TNI, PDI P, PDI-P, PDI Perjuangan (PDIP) Bali, DPD PDIP Sumut, F-PDIP.',
  'kami berharap bawaslu dapat memproses; petugas pantarlih dan PANTARLIH; PEMPROV JATIM; laporan ke kpu setempat.',
  'jatim.bawaslu.go.id, @kpu_ri, #KPUMelayani #KPULampung, salah-kpu-menggunakan, xkpu, 1KPU, éKPU, _KPU, /bawaslu.',
  'KPU', // a form at the very start and end of the text
  'Komiſi Pemilihan Umum, KOMISI PEMILIHAN UMUM, Kelvin: \u212Aomisi Pemilihan Umum, İstanbul KPU, ΑΣ KPU.',
  'Korem 043/Garuda Hitam, Kodim 0405/Lahat, Polda Lampung, Wakapolda, Kapolres, Mendagri, Kemendagri.',
  'Hendri selaku PPK proyek; PPK dan PPS di kecamatan; MA dan MK; PAN, PBB, Demokrat, KIP Aceh Besar, DPD RI.',
  'Mahkamah Konstitusi Thailand; Partai Amanat Nasional; Dewan Perwakilan Rakyat Republik Indonesia; DKPP.',
  'BACA JUGA: KPU Lampung Tetapkan DPT\nKPU Lampung menetapkan DPT pada rapat pleno.',
  // leads that start one another ("KPU"/"KPUD", "Panwas"/"Panwaslu", "Pemko"/"Pemkot") and the case of the written form
  'KPUD dan KPUDx, Kpu, kPU, KPU-RIau, Panwaslucam, PANWASLU Kecamatan, Pemkot, Pemko, PemkoT, MAsyarakat, MA, Ma, masyarakat.',
  'Panitia Pengawas Pemilu Kecamatan, PANITIA pengawas, Panwas Kecamatan, Partai Demokrasi Indonesia Perjuangan, partai-partai.',
];

const corpus = await readCorpusArticles(join(PROJECT_ROOT, 'corpus'));
const TEXTS: Array<[string, string]> = [
  ...SENTENCES.map((s): [string, string] => [s.slice(0, 60).replace(/\s+/g, ' '), s]),
  ...corpus.map((a): [string, string] => [a.id, a.text]),
];

describe.each(PATTERNS)('institution pattern %s: anchored = whole-text scan', (kind, pattern, ex) => {
  test.each(TEXTS)('%s', (_name, text) => {
    expect(anchored(text, kind, pattern, ex)).toEqual(scanned(text, kind, pattern));
  });
});

test('the table exercises every kind', () => {
  for (const [kind, pattern] of PATTERNS) {
    expect(SENTENCES.flatMap((s) => scanned(s, kind, pattern)).length).toBeGreaterThan(5);
  }
});
