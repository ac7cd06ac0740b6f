import { createPipeline, extractArticle } from '../src/pipeline.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['stage'] });
const stages = (text: string) => extractArticle(testArticle(text, '2024-02-20'), pipeline).facts.filter((f) => f.kind === 'stage');

// none of these names an election stage
const negatives: string[] = [
  'Kegiatan ini dalam rangka menyukseskan tahapan Pemilu 2024 di Provinsi Lampung.',
  'Erwan menyampaikan tahapan-tahapan Pemilu Serentak Tahun 2024 yang telah dan akan berjalan.',
  'Warga mendatangi Tempat Pemungutan Suara (TPS) 05 sejak pagi untuk Pemilu 2024.',
  'KPU menggelar bimbingan teknis kelompok penyelenggara pemungutan suara (KPPS) Pemilu 2024.',
  'Ulama mendukung Asep berpasangan dengan bakal calon Gubernur Jabar Ridwan Kamil pada Pilkada 2018.',
  'PAN membuka peluang mengusung Jokowi sebagai calon Presiden pada Pilpres 2019.',
  'DPR membacakan hasil uji kelayakan calon anggota KPU dan Bawaslu.',
  'Keputusan KPU itu tentang Penetapan Dokumen Persyaratan Pasangan Calon Presiden dan Wakil Presiden.',
  'Trump menjadi calon Presiden Amerika Serikat dari Partai Republik. Dalam debat capres ketiga ia menolak hasil pemilu.',
  'Dinas Kesehatan menggelar kampanye imunisasi campak di sekolah.',
  'Ketua Panitia Pemilihan Kecamatan (PPK) menyampaikan fasilitas kantor masih terbatas.',
  'Rektor dilantik dan pengucapan sumpah jabatan dilakukan dalam bahasa Inggris.',
  'Pj Bupati dilantik oleh gubernur di aula kantor gubernur.',
  'Ketiganya menjabat sebagai PPK dalam proyek pengadaan barang.',
];

describe('stage negatives', () => {
  test.each(negatives)('%s', (text) => {
    expect(stages(text)).toEqual([]);
  });
});
