/**
 * Official forms checked on an unseen set, table-driven with sentences of our own: the members
 * escorting a named holder, a negator before a modifier, ministry units written out, "Humas" as a
 * position, a party board of the first or second level, and one office of one person written two
 * ways (contracted title, unit for its head, region once left out) merged into one fact.
 */
import { check, officials, type Row } from './helpers/officials.js';

describe('official forms (escorts, ministries, party boards)', () => {
  test.each<Row>([
    // members escorting a holder of the same body
    ['Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan Widyardana Putra meninjau gudang logistik.', 'I Ketut Sunadra', 'I Ketut Sunadra', 'Anggota', 'Bawaslu', '51'],
    ['Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan Widyardana Putra meninjau gudang logistik.', 'I Wayan Widyardana Putra', 'I Wayan Widyardana Putra', 'Anggota', 'Bawaslu', '51'],
    ['Ketua KPU Lampung Erwan Bustami didampingi komisionernya Ismanto memantau pelipatan surat suara.', 'Ismanto', 'Ismanto', 'Komisioner', 'KPU', '18'],
    // a ministry written out after a unit of several words
    ['"Cadangan air kita menipis," kata Direktur Bina Penatagunaan Sumber Daya Air Kementerian PU Arie Setiadi di Jakarta.', 'Direktur Bina Penatagunaan Sumber Daya Air Kementerian PU Arie Setiadi', 'Arie Setiadi', 'Direktur Bina Penatagunaan Sumber Daya Air', null, null],
    ['Direktur Perbenihan Kementerian Pertanian Budi Santoso meninjau gudang benih.', 'Direktur Perbenihan Kementerian Pertanian Budi Santoso', 'Budi Santoso', 'Direktur Perbenihan', null, null],
    // "Humas" of a body
    // a unit inside another title stays a unit word
    ['"Kami masih mendalami," kata Karo Penmas Divisi Humas Polri, Brigjen Dedi Prasetyo, di Mabes Polri.', 'Karo Penmas Divisi Humas Polri, Brigjen Dedi Prasetyo', 'Dedi Prasetyo', 'Karo Penmas Divisi Humas', 'Polri', null],
    ['Humas Polres Gowa Ipda Udin membenarkan penangkapan itu.', 'Humas Polres Gowa Ipda Udin', 'Udin', 'Humas', 'Polri', '73.06'],
    ['"Spanduk itu bukan buatan kami," ujar Humas DPD PKS Kabupaten Purwakarta, Agus Budiono, Minggu (5/8).', 'Humas DPD PKS Kabupaten Purwakarta, Agus Budiono', 'Agus Budiono', 'Humas', 'partai:PKS', '32.14'],
    // a weekday closing the sentence is not a degree
    ['"Semua logistik sudah tiba," kata Ketua KPU Lampung Erwan Bustami, Senin.', 'Ketua KPU Lampung Erwan Bustami', 'Erwan Bustami', 'Ketua', 'KPU', '18'],
    // a party board of the second level is the party, not Dewan Perwakilan Daerah
    ['Ketua DPD II Golkar Jakarta Selatan Rusli Hamid membuka musyawarah daerah.', 'Ketua DPD II Golkar Jakarta Selatan Rusli Hamid', 'Rusli Hamid', 'Ketua', 'partai:Golkar', '31.74'],
  ])('%s → %s', check);

  test.each<[sentence: string, name: string]>([
    ['Mantan Wakil Bupati Blora Abu Nafi ikut mendaftar sebagai bakal calon wakil gubernur.', 'Abu Nafi'],
    ['Mantan Plt. Bupati Blora Abu Nafi ikut mendaftar sebagai bakal calon wakil gubernur.', 'Abu Nafi'],
    ['Guru Besar Perguruan Tinggi Ilmu Kepolisian itu meminta semua pihak menahan diri.', ''],
    // a unit as a title: a place is not a name, and a unit inside another title is no office
    ['Humas Polsek Tambun Selatan menyebut laporan itu sudah diterima.', ''],
    ['Humas Kejaksaan Negeri Kuningan menyebut berkas perkara lengkap.', ''],
  ])('no official: %s', (sentence, name) => {
    expect(officials(sentence).filter((f) => !name || f.name === name)).toEqual([]);
  });
});

type MergeRow = [article: string, name: string, position: string, institution: string | null, region: string | null, mentions: number];

describe('one office of one person written two ways is one fact', () => {
  test.each<MergeRow>([
    ['"Data itu sudah kami serahkan," ujar Menteri Dalam Negeri (Mendagri), Tjahjo Kumolo, Kamis (18/10). Mendagri Tjahjo Kumolo menambahkan pemutakhiran terus berjalan.', 'Tjahjo Kumolo', 'Menteri', 'Kemendagri', null, 2],
    ['Kabid Humas Polda Metro Jaya, Kombes Argo Yuwono menyebut situs itu diblokir. Humas Polda Metro Jaya, Kombes Argo Yuwono menambahkan penyelidikan berjalan.', 'Argo Yuwono', 'Kabid Humas', 'Polri', '31', 2],
    ['Ketua DPD PDIP Jateng Bambang Wuryanto meminta kader bersiap. Menurut Ketua DPD PDIP Bapak Bambang Wuryanto, rekomendasi turun pekan depan.', 'Bambang Wuryanto', 'Ketua', 'partai:PDIP', '33', 2],
  ])('%s', (article, name, position, institution, region, mentions) => {
    const fs = officials(article).filter((f) => f.name === name);
    expect(fs).toHaveLength(1);
    expect({ position: fs[0].position, institution: fs[0].institution, region: fs[0].region }).toEqual({ position, institution, region });
    expect(fs[0].mentions.length).toBeGreaterThanOrEqual(mentions);
  });

  test('a deputy and the head stay two offices', () => {
    const fs = officials('Wakil Ketua KPU Lampung Budi Santoso hadir. Ketua KPU Lampung Budi Santoso membuka rapat.');
    expect(fs.map((f) => f.position).sort()).toEqual(['Ketua', 'Wakil Ketua']);
  });
});
