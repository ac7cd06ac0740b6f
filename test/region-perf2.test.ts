/**
 * The `mayNameRegion` gate with its flat trie and bit-filtered letter sets never drops a mention:
 * for every region of the gazetteer, written as is, in capitals, with a hyphen and with one slip
 * (two letters swapped, one dropped, one doubled), bare and after an office word,
 * `scanRegions(text)` equals `scanRegions(text, true)` (which looks every run up).
 */
import { allRegions, scanRegions } from '../src/lexicon/regions.js';

/** The same name with one slip at letter `i`: swapped with the next, dropped, doubled. */
function slips(name: string, i: number): string[] {
  return [name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2), name.slice(0, i) + name.slice(i + 1), name.slice(0, i + 1) + name.slice(i)];
}

function variants(name: string): string[] {
  const out = [name, name.toUpperCase(), name.replace(' ', '-'), name.replace(/ /g, '')];
  for (const i of [0, 2, Math.floor(name.length / 2), name.length - 2]) if (i >= 0 && i < name.length - 1) out.push(...slips(name, i));
  return out;
}

const SENTENCES = allRegions().flatMap((r) =>
  variants(r.name).flatMap((v) => [`Warga ${v} Datang Ke TPS`, `KPU ${v} menetapkan DPT`, `Bupati ${v} Hadir`, `Di ${v}. Lalu`]),
);

describe('the region gate against the exhaustive lookup', () => {
  test(`${SENTENCES.length} sentences with every gazetteer name and its slips`, () => {
    const differ = SENTENCES.filter((s) => JSON.stringify(scanRegions(s)) !== JSON.stringify(scanRegions(s, true)));
    expect(differ).toEqual([]);
  });

  test.each(['Komisi Pemilihan Umum Kota Bandar Lapung', 'BANDAR LAPUNG', 'Sumatera Utra dan Kepulauan Riua', 'Pangkajene dan Kepulauan', 'Rapat di Kab. Lmapung Barat'])('%s', (s) => {
    expect(scanRegions(s)).toEqual(scanRegions(s, true));
  });
});
