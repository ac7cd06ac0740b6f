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
  // an article set abroad as a whole: no stage of an Indonesian election, whatever its words
  'Jaksa Agung Bolivia memulai penyelidikan terhadap mantan presiden Morales setelah ia dilarang mengikuti pemilihan umum. Namun, tim kampanyenya membantah rekaman itu. Pemerintah Bolivia menyebut kampanye pemblokiran jalan merugikan negara.',
  'Jakarta, CNN Indonesia -- Pemerintah Kenya menangkap penasihat oposisi. Kenyatta memenangkan pemilu ulang. Warga Kenya masih terpecah setelah kampanye panas berbulan-bulan.',
  // a stage of another country named right after it
  'Kehadiran Bezos di pelantikan Presiden AS Donald Trump dikritik aktivis yang mengamati pemilu.',
  // a dispute before Bawaslu, not the court's dispute over the result
  'Partai itu mengajukan sengketa Pemilu 2019 ke Bawaslu RI beserta lampiran bukti-bukti.',
  // a vote that is not an election
  'Rapat paripurna DPR akhirnya memutuskan RUU Pemilu melalui pemungutan suara karena empat fraksi tak sepakat.',
  'Senat menunda pemungutan suara soal anggaran, sementara KPU menyiapkan Pemilu 2024.',
  // offices of a party, a selection test, a picture of a ballot, being on the list
  'Ia menegaskan tidak akan mencalonkan diri sebagai Presiden PKS menjelang Pemilu 2024.',
  'Peserta CPNS di lingkungan Sekretariat KPU dinyatakan lolos tes kompetensi dasar.',
  'Foto surat suara tercoblos dikirim ke grup WhatsApp warga menjelang Pemilu 2024.',
  'Pemilih yang tidak terdaftar di DPT tetap bisa memilih dengan KTP pada Pemilu 2024.',
  // appointed, not elected: no inauguration stage; a selection, not a candidacy; a regulation cited, not drafted
  'Ia dilantik sebagai Pj Gubernur Jawa Barat oleh Mendagri menjelang Pilkada 2024.',
  'Menteri baru itu dilantik oleh Presiden di Istana Negara sebelum Pemilu 2024.',
  'Tujuh anggota KPU dilantik Presiden di Istana setelah uji kelayakan di DPR.',
  'Panitia seleksi mengajukan calon anggota KPU kepada Presiden menjelang Pemilu 2024.',
  'Sesuai Peraturan KPU Nomor 3 Tahun 2022, KPU menggelar rapat koordinasi.',
  // a foreign inauguration, even with Indonesians mentioned elsewhere
  'Presiden Jokowi mengucapkan selamat kepada Trump. Pelantikan presiden Amerika Serikat itu digelar Januari.',
  // (news-12k) logistics of any kind, in an article about no election (stage-variants.json "logistics-unnamed")
  'Pengaktifan kembali jalur kereta Bandung-Ciwidey diharapkan bisa mempermudah akses kawasan wisata, distribusi logistik, dan mobilisasi warga.',
  'Pengiriman logistik dilakukan melalui jalur darat dan udara.',
  // (news-12k) a candidate list's acronym in an article about no election (stage-variants.json "pencalonan/generic")
  'Bocoran dari informan Digital Chat Station (DCS) menyebutkan bahwa produsen ponsel mempertimbangkan untuk menawarkan RAM 24GB dan penyimpanan 1TB untuk memenuhi permintaan AI yang meningkat.',
];

describe('stage negatives', () => {
  test.each(negatives)('%s', (text) => {
    expect(stages(text)).toEqual([]);
  });
});
