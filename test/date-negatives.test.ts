/**
 * Text that must yield no date at all: bare years, article and law numbers, phone numbers,
 * percentages, scores, vote counts, military unit numbers, case numbers, URLs, versions, vague
 * expressions, weekday words that are not days. Sentences in the style of real election news.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });
const found = (text: string, published: string | null) =>
  extractArticle(testArticle(text, published), pipeline)
    .facts.filter((f) => f.kind === 'date')
    .map((f) => f.text);

describe('no dates (published 2024-02-20)', () => {
  test.each([
    ['Pemilu 2024 digelar serentak di seluruh Indonesia.'],
    ['Kegiatan Rapat Koordinasi Pelaksanaan Urusan Pemerintahan Umum Tahun 2023 berjalan lancar.'],
    ['Sesuai Pasal 22 ayat (1), pemerintah daerah wajib memberikan bantuan.'],
    ['Hal itu diatur dalam Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum.'],
    ['Pengaduan dapat disampaikan ke call center 0812-3456-7890 atau (021) 3190-7000.'],
    ['Partisipasi pemilih naik 12,5 persen dibanding pemilu sebelumnya.'],
    ['Persija menang 2-1 atas Persib di Stadion Utama Gelora Bung Karno.'],
    ['Pasangan nomor urut 1 meraih 3.016 suara, unggul 20-30 suara di tiap TPS.'],
    ['Perolehan suara pasangan itu 1.234.567 atau 45,6 persen dari suara sah.'],
    ['Perwakilan Korem 043/Garuda Hitam dan Lanud BNY turut hadir.'],
    ['Apel Kesiapsiagaan Jelang Pemilu 2024, Pesan Menohok Dandim 0405/Lahat untuk Anggota.'],
    ['Danramil 14/Dagangan hadiri apel gelar kesiapan Linmas.'],
    ['Putusan MK Nomor 90/PUU-XXI/2023 menuai kritik dari akademisi.'],
    ['Sidang perkara bernomor 130-PKE-DKPP/IV/2025 digelar di Medan.'],
    ['Keputusan KPU Nomor 12/12/2023 tentang jadwal kampanye dicabut.'],
    ['Keputusan KPU Nomor 360/12/2023 sudah diunggah ke JDIH.'],
    ['Selengkapnya di https://www.cnnindonesia.com/nasional/20190225093221-32-372326/bpn-akui-pepes'],
    ['Arsip berita ada di https://news.example.co.id/2024/02/14/hasil-pleno dan masih bisa dibuka.'],
    ['Aplikasi Sirekap versi 2.1.2024 dirilis KPU untuk petugas KPPS.'],
    ['Rapat rutin digelar setiap hari Senin di kantor KPU kabupaten.'],
    ['Warga berkumpul usai salat Jumat lalu di halaman masjid raya.'],
    ['Persaingan politik pada pilkada kemarin sangat ketat.'],
    ['"NKRI ini sedang terancam keutuhannya. Sebelum Ahok memecah masalah yang sentitif, Pilkada Jakarta kemarin memperkuat gejala perpecahan bangsa, "sambung Amien di depan para hadirin yang datang.'],
    ['Isu itu beredar beberapa hari ini di media sosial.'],
    ['Video itu viral selama 2 hari ini di TikTok.'],
    ['Minggu lalu debat cagub digelar di Jakarta.'],
    ['"Tiap minggu saya jumpa sama presiden," tandasnya.'],
    ['Tahapan itu beberapa waktu lalu sempat tertunda.'],
    ['Rapat pekan lalu membahas distribusi logistik.'],
    ['KPU akan merevisi aturan itu tahun depan.'],
    ['Arus mudik memuncak pada H-7 Lebaran.'],
    ['Logistik harus tiba di TPS paling lambat H-7.'],
    ['Keputusan sah jika disetujui dua pertiga (2/3) anggota DPR.'],
    ['Harga beras naik dari Rp20.000 menjadi Rp35.000 per kilogram.'],
    ['Pada pertengahan 2024 lalu, hal ini sempat ramai jadi perbincangan publik.'],
    ['Sidang dimulai sekitar pukul 10.30 WIB dan diikuti 303 anggota DPR.'],
    ['Calon presiden periode 2019 - 2024 diusung koalisi besar.'],
    ['Pilkada serentak gelombang tiga (gelombang pertama tahun 2015, gelombang dua 2017) diikuti 171 daerah.'],
    ['Juni bersama timnya mendatangi kantor KPU untuk mendaftar.'],
    ['Mei menjadi saksi dalam sidang sengketa itu.'],
    ['Penyelenggara mencatat 4.965 RT dan 992 RW se-Kota Makassar.'],
    ['Satu desa ada 4-6 TPS dengan hanya 1 pengawas desa.'],
    ['Biaya pencalonan bupati bisa mencapai Rp 20-30 miliar.'],
    ['Tonton juga Video: PKB Minta Komisi II DPR Panggil KPU, kata dia 1/2 jam kemudian.'],
    ['Jadwal pemilu di negara bagian itu berubah dari Januari sampai Agustus.'],
    ['Skor akhir 3-2 untuk tuan rumah pada laga itu.'],
    ['Peluang menang versi William Hill: 1 (5 / 6) X (5 / 2) 2 (10 / 3).'],
    ['Ia bertanya pada Mei Rahmawati soal jadwal kampanye.'],
    ['Lagu September Ceria diputar saat kampanye akbar.'],
    ['Peringatan tragedi sejak Mei 98 terus digelar mahasiswa.'],
    ['Band itu membawakan lagu November Rain di panggung kampanye.'],
    ['Relawan menggelar doa bersama bulan lalu untuk korban banjir.'],
    ['Harga tiket pesawat naik sejak May, menurut unggahan itu.'],
    ['Data itu dirilis pada Feb, bukan pada bulan lain.'],
    // a day of every year, written without a year
    ['Sebagai informasi, setiap 15 Juni diperingati sebagi ASEAN Dengue Day. Ini menjadi momentum bagi masyarakat untuk lebih sadar akan pentingnya pencegahan dengue.'],
    ['Liputan6.com, Jakarta -Hari Musik Sedunia, yang diperingati setiap tanggal 21 Juni, adalah perayaan global untuk menghormati keindahan dan pengaruh musik dalam kehidupan manusia.'],
    // (nor its month: "Juni. Ini" is no "Juni ini" across the period)
    ['Liputan6.com, JakartaHari Gastronomi Berkelanjutanjatuh setiap 18 Juni. Ini adalah momen tepat untuk mengurangi sampah makanan aliasfood waste.'],
  ])('%s', (text) => {
    expect(found(text, '2024-02-20')).toEqual([]);
  });
});

describe('no dates without a publication date', () => {
  test.each([
    ['Hari ini beredar pesan berantai soal pemindahan TPS.'],
    ['Kemarin dicek mereka bukan anggota tim kampanye.'],
    ['Rapat itu digelar pada Senin di kantor Bawaslu.'],
    ['Debat digelar Kamis mendatang di studio televisi.'],
    ['Surat itu dikirim tiga hari lalu ke KPU.'],
  ])('%s', (text) => {
    expect(found(text, null)).toEqual([]);
  });
});
