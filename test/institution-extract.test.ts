import { readFileSync } from 'node:fs';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { lexiconPath } from '../src/lexicon/load.js';
import type { InstitutionFact } from '../src/types.js';
import { describeShared, HAS_SHARED, readJsonl, sharedPath, testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['institution'] });
const institutions = (text: string, published: string | null = '2024-02-20') =>
  extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is InstitutionFact => f.kind === 'institution');

describe('institution lexicon', () => {
  const lexicon = JSON.parse(readFileSync(lexiconPath('institution-lexicon.json'), 'utf8')) as {
    entries: Array<{ id: string; examples: string[] }>;
  };
  // the shared vocabulary, when ../shared is there
  const vocab = HAS_SHARED
    ? readFileSync(sharedPath('vocab', 'institutions.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0])
        .filter(Boolean)
    : [];

  test('every entry is found in each of its examples', () => {
    for (const e of lexicon.entries) {
      expect(e.examples.length).toBeGreaterThan(0);
      for (const ex of e.examples) {
        const ids = institutions(ex).map((f) => f.id);
        if (!ids.includes(e.id)) throw new Error(`${e.id}: not found in "${ex}" (got ${ids.join(', ')})`);
      }
    }
  });

  test('every id of the shared vocabulary has an entry', () => {
    if (vocab.length === 0) return;
    const ids = new Set(lexicon.entries.map((e) => e.id));
    expect(vocab.filter((v) => !ids.has(v))).toEqual([]);
  });
});

describe('institution facts', () => {
  // [sentence, mention text, id, region]; the mention is asserted at the text's first offset
  test.each([
    ['Bandar Lampung, Ketua KPU Provinsi Lampung, Erwan Bustami menjadi narasumber.', 'KPU Provinsi Lampung', 'KPU', '18'],
    ['Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra) menerima kunjungan.', 'Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra)', 'KPU', '73.22'],
    ['Regulasi dan arahan datang dari KPU RI.', 'KPU RI', 'KPU', null],
    ['Tim desk bersama Pemerintah Provinsi Lampung mengadakan rapat.', 'Pemerintah Provinsi Lampung', 'Pemda', '18'],
    ['Staf Ahli Bidang Pemerintahan Pemprov Lampung memandu diskusi.', 'Pemprov Lampung', 'Pemda', '18'],
    ['Wakapolda memaparkan kesiapan Polda Lampung melalui strategi Asta Siap.', 'Polda Lampung', 'Polri', '18'],
    ['Hadir perwakilan Lanal Lampung dan pejabat lain.', 'Lanal Lampung', 'TNI', '18'],
    ['Rapat diikuti 15 Badan Kesbangpol Kabupaten/Kota Se-Provinsi Lampung.', 'Badan Kesbangpol Kabupaten/Kota Se-Provinsi Lampung', 'Kesbangpol', '18'],
    ['Tim Desk Pemantauan Kemenko Polkam memberi apresiasi.', 'Kemenko Polkam', 'Kemenko Polhukam', null],
    ['Sekretaris DPD PDIP Sumut hadir dalam rapat itu.', 'DPD PDIP Sumut', 'partai:PDIP', '12'],
    ['Sekretaris Dinas Kominfotik Provinsi Lampung, Elip Heldan, juga hadir.', 'Dinas Kominfotik Provinsi Lampung', 'Diskominfo', '18'],
    ['Tiga pasangan telah mendaftarkan diri ke Komisi Pemilihan Umum (KPU) DKI Jakarta.', 'Komisi Pemilihan Umum (KPU) DKI Jakarta', 'KPU', '31'],
    ['Ketua KPU Makassar menyambut baik kolaborasi itu.', 'KPU Makassar', 'KPU', '73.71'],
    ['Sidang digelar di Kantor Bawaslu Sumut pada Kamis (15/8).', 'Bawaslu Sumut', 'Bawaslu', '12'],
    ['Apel dipimpin Kapolda Metro Jaya di Monas.', 'Kapolda Metro Jaya', 'Polri', '31'],
    ['Ketua DPR Aceh menerima audiensi.', 'DPR Aceh', 'DPRD', '11'],
    ['Pleno rekapitulasi digelar di kantor KIP Aceh Besar.', 'KIP Aceh Besar', 'KPU', '11.06'],
  ])('%s', (sentence, text, id, region) => {
    const start = sentence.indexOf(text);
    const f = institutions(sentence).find((x) => x.mentions.some((m) => m.start === start && m.text === text));
    expect(f).toBeDefined();
    expect(f!.id).toBe(id);
    expect(f!.region).toBe(region);
  });

  test('Korem 043/Garuda Hitam is TNI, bound to the region the article states for TNI', () => {
    const text = 'Hadir perwakilan dari Korem 043/Garuda Hitam, Lanud BNY, dan Lanal Lampung.';
    const f = institutions(text).find((x) => x.text === 'Korem 043/Garuda Hitam');
    expect(f).toMatchObject({ id: 'TNI', region: '18', start: 22 });
    expect(f!.evidence.implied).toContain('region');
  });

  test('a bare KPU takes the region of the KPU the article names', () => {
    const text = 'KPU Kabupaten Luwu Utara menerima kunjungan. Ketua KPU Syamsul Bachri menyambut baik.';
    const facts = institutions(text);
    expect(facts.map((f) => [f.id, f.region])).toEqual([['KPU', '73.22']]);
    expect(facts[0].mentions).toHaveLength(2);
  });

  test('a bare KPU in an article naming two KPU regions stays national', () => {
    const text = 'KPU Kota Bekasi dan KPU Kabupaten Bogor menggelar rapat. KPU juga mengundang warga.';
    expect(institutions(text).map((f) => [f.id, f.region])).toEqual([
      ['KPU', '32.75'],
      ['KPU', '32.01'],
      ['KPU', null],
    ]);
  });

  test('pemerintah daerah takes the main region of the article', () => {
    const text = 'Kesbangpol Kabupaten Luwu Utara berkunjung. Ia ingin membangun sinergi antara pemerintah daerah dengan KPU.';
    expect(institutions(text).find((f) => f.id === 'Pemda')).toMatchObject({ region: '73.22', text: 'pemerintah daerah' });
  });

  test('an ad-hoc body takes the region of its KPU kabupaten, not of a provincial KPU', () => {
    const kab = institutions('KPU Kabupaten Luwu Utara menjelaskan fasilitas kantor panitia pemilihan kecamatan (PPK).');
    expect(kab.find((f) => f.id === 'PPK')?.region).toBe('73.22');
    const prov = institutions('KPU Provinsi Lampung menyebut sekretariat PPK, Panwaslu Kecamatan dan PPS perlu bantuan.');
    expect(prov.filter((f) => f.id !== 'KPU').map((f) => [f.id, f.region])).toEqual([
      ['PPK', null],
      ['Panwaslu Kecamatan', null],
      ['PPS', null],
    ]);
  });

  test('DPD as a party board in a party article is not Dewan Perwakilan Daerah', () => {
    const text = 'Djarot meminta kepengurusan partai di tingkat DPD segera disusun. Kader PAC diminta aktif.';
    expect(institutions(text).filter((f) => f.id === 'DPD')).toEqual([]);
  });

  test('DPD as the chamber: "calon anggota DPD"', () => {
    expect(institutions('Verifikasi syarat dukungan calon anggota DPD tahap pertama dimulai.').map((f) => f.id)).toEqual(['DPD']);
  });

  // negatives: the acronym means something else, or the line is not article prose
  test.each([
    ['Yang ketiga Hendri selaku PPK dalam proyek pengadaan gedung itu.'],
    ['Ia lulusan MA Negeri 1 dan aktif di organisasi siswa.'],
    ['Trump menjadi calon Presiden Amerika Serikat dari Partai Republik melawan Partai Demokrat.'],
    ['Sekjen PBB menyerukan gencatan senjata.'],
    ['Penerima KIP Kuliah bertambah tahun ini.'],
    ['Tonton juga Video: PKB Minta Komisi II DPR Panggil KPU'],
    ['#KPUMelayani #KPULampung'],
    ['Gelora Bung Karno penuh oleh pendukung.'],
  ])('nothing: %s', (sentence) => {
    expect(institutions(sentence)).toEqual([]);
  });

  (HAS_SHARED ? test : test.skip)('every fact text is the article text at its offsets (seed 004)', () => {
    const text = readFileSync(sharedPath('seeds', '004_bb6ca62c16afa74b.txt'), 'utf8');
    for (const f of institutions(text, null)) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      for (const m of f.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

interface GoldLine {
  id: string;
  text?: string;
  text_file?: string;
  published: string | null;
  institutions?: Array<{ id: string; region: string | null }>;
}

describeShared('institutions on ../shared/gold/dev.jsonl (floors only go up)', () => {
  test('F1 >= 0.90 by id, >= 0.85 by id+region', () => {
    const vocab = new Set(
      readFileSync(sharedPath('vocab', 'institutions.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    );
    const count = { tp: 0, fp: 0, fn: 0, stp: 0, sfp: 0, sfn: 0 };
    for (const g of readJsonl<GoldLine>(sharedPath('gold', 'dev.jsonl'))) {
      if (!g.institutions) continue;
      const text = g.text ?? readFileSync(sharedPath(g.text_file!), 'utf8');
      const got = institutions(text, g.published).filter((f) => vocab.has(f.id));
      const key = (id: string, region: string | null) => (id.startsWith('partai:') ? id : `${id}|${region}`);
      const lenient = (xs: Array<{ id: string }>) => new Set(xs.map((x) => x.id));
      const strict = (xs: Array<{ id: string; region: string | null }>) => new Set(xs.map((x) => key(x.id, x.region)));
      for (const [g1, e1, tp, fp, fn] of [
        [lenient(g.institutions), lenient(got), 'tp', 'fp', 'fn'],
        [strict(g.institutions), strict(got), 'stp', 'sfp', 'sfn'],
      ] as const) {
        for (const k of e1) count[g1.has(k) ? tp : fp]++;
        for (const k of g1) if (!e1.has(k)) count[fn]++;
      }
    }
    const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / (2 * tp + fp + fn);
    expect(f1(count.tp, count.fp, count.fn)).toBeGreaterThanOrEqual(0.9);
    expect(f1(count.stp, count.sfp, count.sfn)).toBeGreaterThanOrEqual(0.85);
  });
});
