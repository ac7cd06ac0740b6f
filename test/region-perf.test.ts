/**
 * The fast region scan against its specification: `nextCandidate` (a char loop) finds exactly
 * the matches of the candidate regex it replaces, and the `mayNameRegion` gate never drops a
 * mention (`scanRegions(text)` equals `scanRegions(text, true)`, which looks every run up), on
 * a table of real-style and odd sentences and on every corpus article.
 */
import { join } from 'node:path';
import { readCorpusArticles } from '../src/dev/golden.js';
import { emptyRun, mayStartRegion, nextCandidate, scanRegions } from '../src/lexicon/regions.js';
import { PROJECT_ROOT } from './helpers/shared.js';

// the candidate regex of regions.ts before the char loop (its comment quotes it)
const CANDIDATE =
  /(?<![\p{L}\p{N}])(?<se>[Ss]e-[ \t]*)?(?:(?<prefix>[Pp]rovinsi|[Pp]ropinsi|[Pp]rov\.?|[Kk]abupaten|[Kk]ab\.?|[Kk]ota(?:madya)?)(?:[ \t]+[Aa]dministrasi)?[ \t]+)?(?<name>\p{Lu}[\p{L}\p{M}'’\-]*(?:(?:\.[ \t]*|[ \t]+)(?:dan[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,4})/gu;
const WORD = /\p{Lu}[\p{L}\p{M}'’\-]*|dan/gu;

function levelOf(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const p = prefix.toLowerCase();
  return p.startsWith('kab') ? 'kabupaten' : p.startsWith('kota') ? 'kota' : 'provinsi';
}

/** Every candidate from every match start on: [start, se length, level, name start, words] of regex and loop. */
function candidates(text: string): { spec: unknown[]; loop: unknown[] } {
  const spec: unknown[] = [];
  const loop: unknown[] = [];
  const run = emptyRun();
  for (let from = 0; from <= text.length; ) {
    CANDIDATE.lastIndex = from;
    const m = CANDIDATE.exec(text);
    if (m) {
      const g = m.groups!;
      const nameStart = m.index + m[0].length - g.name.length;
      const words: number[][] = [];
      WORD.lastIndex = 0;
      for (let w = WORD.exec(g.name); w; w = WORD.exec(g.name)) words.push([nameStart + w.index, nameStart + w.index + w[0].length]);
      spec.push([m.index, g.se?.length ?? 0, levelOf(g.prefix), nameStart, words]);
    } else spec.push(null);
    if (nextCandidate(text, from, run)) {
      const words = Array.from({ length: run.count }, (_, k) => [run.wordStart[k], run.wordEnd[k]]);
      loop.push([run.start, run.se, run.level, run.nameStart, words]);
    } else loop.push(null);
    if (!m) break;
    // offsets stay on code point boundaries, as in scanRegions
    from = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return { spec, loop };
}

const SENTENCES = [
  'KPU Provinsi Lampung menggelar rapat pleno di Bandar Lampung.',
  'Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra) menetapkan DPT. KPU Lutra juga hadir.',
  'Kesbangpol Kabupaten/Kota Se-Provinsi Lampung, se-Jawa Timur dan SE-Bali, se- Kota Bekasi.',
  'Pemerintah Kota Administrasi Jakarta Pusat, Kota Administrasinya X, kota administrasi Jakarta Barat.',
  'Prov.Lampung, Prov. Lampung, Propinsi Jambi, Kab.Bogor, kab. Bogor, kotamadya Medan, Kotamadya \tMedan.',
  'D.I. Yogyakarta, Kep.Riau, Kep. Bangka Belitung, Pangkajene dan Kepulauan, Jawa dan\tBali dan, A.dan B.',
  'Provinsi Lmapung dan BANDAR LAPUNG, Kota Pagar Alam / PAGARALAM, Labuhan Batu, Bau-Bau, Baubau.',
  // one slip at the end (only the first letters are kept) and at the start (only the last ones)
  'Warga BANDAR LAMPUNK dan BNADAR LAMPUNG, Sumatera Utaar, Kabupaten Tulang Bawang Barar.',
  'Bupati Malang, Wali Kota Malang, Bogor Kota, Polres Serang Kota, Bekasi, Kota Bekasi.',
  'Jalan Bali, Jl. Sumatera, Universitas Lampung, LUWUUTARA.PUBLIKSULSEL.COM, Bank Jatim, Batu Bara.',
  'KPU Batu, warga Batu, Pilkada Agam, di Agam, Pilbup Tuba dan Kabupaten Tulang Bawang (Tuba).',
  '_Kota Bekasi, 1Kota Bekasi, é Kota Bekasi, éKota Bekasi, Kabupatenku Bogor, Kota-Kota Besar di Jawa.',
  '𝐀bc Def di 𝑲𝒂𝒃𝒂𝒓 𝒈𝒆𝒎𝒃𝒊𝒓𝒂, x𝐀bc, Ünal Çelik, İstanbul, Ǆemal, ΑΣ.ΒΑ, KELVIN Ketapang, ſe-Jawa.',
  'A B C D E F G H, A dan B dan C dan D dan E dan F, Jawa Barat Jawa Tengah Jawa Timur Bali Papua Aceh.',
  "Sumatera Utara, Sumut, Jatim, Nusa Tenggara Timur, NTT, DKI Jakarta, Ma'rif, O’Neil Kalimantan.",
  'Kab Bogor\nKota\nBekasi, provinsi\tLampung, Kota', // a prefix at the end and across a line break
];

const corpus = await readCorpusArticles(join(PROJECT_ROOT, 'corpus'));
const TEXTS: Array<[string, string]> = [...SENTENCES.map((s): [string, string] => [s.slice(0, 60).replace(/\s+/g, ' '), s]), ...corpus.map((a): [string, string] => [a.id, a.text])];

describe('region candidates: the char loop finds the matches of the regex', () => {
  test.each(TEXTS)('%s', (_name, text) => {
    const { spec, loop } = candidates(text);
    expect(loop).toEqual(spec);
  });
});

describe('region scan: the gate keeps every mention', () => {
  test.each(TEXTS)('%s', (_name, text) => {
    const mentions = scanRegions(text);
    expect(mentions).toEqual(scanRegions(text, true));
    for (const m of mentions) expect(mayStartRegion(text, m.start)).toBe(true);
  });

  test('spelling slips and defined abbreviations are still found', () => {
    const found = (text: string) => scanRegions(text).map((m) => [m.text, m.code]);
    expect(found('Provinsi Lmapung dan BANDAR LAPUNG')).toEqual([
      ['Provinsi Lmapung', '18'],
      ['BANDAR LAPUNG', '18.71'],
    ]);
    expect(found('Warga BANDAR LAMPUNK dan BNADAR LAMPUNG')).toEqual([
      ['BANDAR LAMPUNK', '18.71'],
      ['BNADAR LAMPUNG', '18.71'],
    ]);
    expect(found('KPU Kabupaten Luwu Utara (Lutra) dan Bawaslu Lutra')).toEqual([
      ['Kabupaten Luwu Utara', '73.22'],
      ['Lutra', '73.22'],
    ]);
  });
});
