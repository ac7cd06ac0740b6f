/**
 * Every surface form of issue 3, one table per form: the sentence is the test name, and each row
 * asserts the fact's text, start and value, against a fixed publication date.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { DateFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });

function dateFacts(text: string, published: string | null = '2024-02-20'): DateFact[] {
  return extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is DateFact => f.kind === 'date');
}

/** [sentence, expected text, expected value, publication date] */
type Row = [string, string, string, (string | null)?];

function rows(title: string, table: Row[]): void {
  describe(title, () => {
    test.each(table)('%s', (sentence, text, value, published = '2024-02-20') => {
      const facts = dateFacts(sentence, published);
      const f = facts.find((x) => x.text === text);
      expect(f).toBeDefined();
      expect({ text: f!.text, start: f!.start, value: f!.value }).toEqual({ text, start: sentence.indexOf(text), value });
      expect(sentence.slice(f!.start, f!.end)).toBe(f!.text);
    });
  });
}

rows('day + month name + year', [
  ['Pemungutan suara dijadwalkan pada 14 Februari 2024 di seluruh TPS.', '14 Februari 2024', '2024-02-14'],
  ['Rekapitulasi nasional ditutup 20 Mar 2024 malam.', '20 Mar 2024', '2024-03-20'],
  ['Surat edaran tertanggal 5 Feb. 2024 ditandatangani ketua KPU.', '5 Feb. 2024', '2024-02-05'],
  ['Undangan bertanggal 14 Pebruari 2024 itu beredar di grup WhatsApp.', '14 Pebruari 2024', '2024-02-14'],
  ['Pelantikan kepala daerah terpilih dijadwalkan 7 Nopember 2024.', '7 Nopember 2024', '2024-11-07'],
  ['Rapat pleno digelar Rabu, 14 Februari 2024, di kantor KPU.', 'Rabu, 14 Februari 2024', '2024-02-14'],
  ['Hal ini sesuai dengan kesepakatan pada tanggal 24 Januari 2022 oleh Komisi II DPR.', '24 Januari 2022', '2022-01-24'],
  ['KPU menetapkan hasil rekapitulasi pada 20 Maret.', '20 Maret', '2024-03-20'],
  ['Pilkada Jabar dijadwalkan pada 27 Juni. Kemudian rekapitulasi digelar.', '27 Juni', '2024-06-27'],
  ['LAPORAN: JUMAT, 30 MARET 2018 beredar di grup.', 'JUMAT, 30 MARET 2018', '2018-03-30'],
  ['Proklamasi 17 Agustus 1945 menjadi tonggak demokrasi.', '17 Agustus 1945', '1945-08-17'],
]);

rows('a month name misspelt by one letter, before its year (misspelt-month.ts)', [
  ['Dia meminta warga Jembatan Besi untuk aktif mengawal pemilihan Gubernur dan Wakil Gubernur DKI Jakarta pada 15 Fenruari 2017 nanti.', '15 Fenruari 2017', '2017-02-15', '2016-10-23'],
  ['Pada 23 Spetember 2019 dengan judul “[SALAH] Pertolongan pertama pada stroke dengan tusukan jarum ke ujung setiap jari masing-masing atau bagian bawah daun telinga”.', '23 Spetember 2019', '2019-09-23'],
]);

rows('a day of a list before the last day and its month (day-list.ts; real sentences)', [
  ['Dikutip dari situs Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Kamis (15 / 6), Pemerintah menetapkan cuti bersama tahun 2017 pada tanggal 23, 27, 28, 29 dan 30 Juni 2017 (Jumat, Selasa, Rabu, Kamis, dan Jumat), sebagai cuti bersama Hari Raya Idul Fitri 1438 Hijriyah.', '27', '2017-06-27', '2017-06-17'],
  ['Disebutkan bahwa calon pekerja diharapkan hadir pada tanggal 7 dan 8 Mei 2024 di tempat yang telah ditentukan oleh PT KAI.', '7', '2024-05-07'],
  // the list's tail ("mendatang") tells the time of its first days too
  ['Sementara di Tokyo, Styles bersedia tampil 7 dan 8 Desember mendatang, yang sekaligus jadi penutup turnya.', '7', '2017-12-07', '2017-05-19'],
]);

rows('English bylines', [
  ['Feb 14, 2023 - 11:13', 'Feb 14, 2023 - 11:13', '2023-02-14T11:13'],
  ['Twitter Indonesia (@TwitterID) April 3, 2019 Twitter adalah tempat diskusi.', 'April 3, 2019', '2019-04-03'],
  ['Tue, 26 Jun 2018 – 00:12 WIB', 'Tue, 26 Jun 2018 – 00:12 WIB', '2018-06-26T00:12'],
  ['Posted on Mar 6, 2017 by admin', 'Mar 6, 2017', '2017-03-06'],
  // an embedded Instagram post's stamp (check set 25): its clock time after "at"
  ['A post shared by Ustadz Abdul Somad (Official) (@ustadzabdulsomad) on Apr 16, 2019 at 11:05pm PDT', 'Apr 16, 2019 at 11:05pm', '2019-04-16T23:05'],
  ['Commander Neil Armstrong and lunar module pilot Buzz Aldrin formed the American crew that landed the Apollo Lunar Module Eagle on July 20, 1969, at 20:17 UTC.', 'July 20, 1969, at 20:17', '1969-07-20T20:17'],
]);

rows('numeric dates', [
  ['Kegiatan itu berlangsung 20/06/2023 di Bandar Lampung.', '20/06/2023', '2023-06-20'],
  ['Surat diterima 13/2/2023 oleh sekretariat KPU.', '13/2/2023', '2023-02-13'],
  ['Pencoblosan ulang 20-06-2023 diumumkan KPU kabupaten.', '20-06-2023', '2023-06-20'],
  ['Berkas dicetak 20.06.2023 dan dikirim ke PPK.', '20.06.2023', '2023-06-20'],
  ['Data diunduh pada 2023-06-20 dari laman KPU.', '2023-06-20', '2023-06-20'],
  ['Date creation 2018-04-12 Web age 11 months', '2018-04-12', '2018-04-12'],
  ['FATIMAH YAMIN Kompas.com – 17/02/2017, 06:53 WIB (foto)', '17/02/2017, 06:53 WIB', '2017-02-17T06:53'],
  ['Deklarasi digelar di Pondok Pesantren Darul Anba, 20 / 11 / 2017, seperti dilaporkan Antara.', '20 / 11 / 2017', '2017-11-20'],
  ['Sekda harus mundur jika resmi mencalonkan diri, kata Aher kepada wartawan (11 / 7).', '11 / 7', '2017-07-11', '2017-07-12'],
  ['Tidak ada lagi yang percaya, imbuh Sandiaga (21/9).', '21/9', '2018-09-21', '2018-09-22'],
]);

rows('weekday with its date, one fact', [
  ['Erwan Bustami menjadi narasumber rapat koordinasi Tahun 2023, Selasa (20/06/2023).', 'Selasa (20/06/2023)', '2023-06-20'],
  ["KPU Provinsi Lampung mengadakan bimtek verifikasi administrasi. (Jum'at,19/08). Kegiatan dibuka ketua KPU.", "Jum'at,19/08", '2022-08-19', '2022-08-20'],
  ['KPU Luwu Utara menerima kunjungan Kesbangpol, Senin (13/2).', 'Senin (13/2)', '2023-02-13', '2023-02-14'],
  ['Rapat koordinasi digelar di Provinsi Lampung pada Jumat (22/11/2024).', 'Jumat (22/11/2024)', '2024-11-22'],
  ['Hal itu disampaikan di Gedung DPR, Jakarta, Kamis (3 / 8).', 'Kamis (3 / 8)', '2017-08-03', '2017-08-04'],
  ['Zulkifli bertemu Presiden di Istana Bogor, Senin (19 / 2 / 2018).', 'Senin (19 / 2 / 2018)', '2018-02-19'],
  ['Pesan itu diterima pada Senin, (29/01/2024), kata komisioner KPU.', 'Senin, (29/01/2024)', '2024-01-29'],
  ['Massa mendatangi Balai Kota DKI Jakarta, pada Selasa malam, (7 / 11).', 'Selasa malam, (7 / 11)', '2017-11-07', '2017-11-08'],
  ['Pernyataan itu muncul di Universitas Indonesia, Kamis (28/3/19).', 'Kamis (28/3/19)', '2019-03-28', null],
  ['Dia hadir pada Sabtu sore (2/3/) lalu di KBRI.', 'Sabtu sore (2/3/) lalu', '2019-03-02', '2019-03-05'],
  ['Prabowo berbicara di Depok, Minggu (1/4) kemarin.', 'Minggu (1/4) kemarin', '2018-04-01', '2018-04-03'],
  ['Sidang dibuka Jumat ini (6 / 10) di Jakarta.', 'Jumat ini (6 / 10)', '2017-10-06', '2017-10-05'],
  ['Penjelasan disampaikan di kantor KPU, Kamis, 18 Januari 2018.', 'Kamis, 18 Januari 2018', '2018-01-18'],
  ['Selama tanggal 5 Maret, Senin, harus kami putus perkaranya.', '5 Maret, Senin', '2018-03-05', '2018-02-27'],
  ['Pawai digelar Wednesday, February 14, 2024 di kota itu.', 'Wednesday, February 14, 2024', '2024-02-14'],
  ['Latihan digelar pada hari Jum "at (21 / 7).', 'Jum "at (21 / 7)', '2017-07-21', '2017-07-22'],
]);

rows('a stated year after publication that misses its weekday, which publication\'s year fits', [
  // a paper of Wednesday 18 June 2025 writing 2026: the weekday and publication agree on 2025
  ['Hal ini terjadi karena risiko dalam asuransi kredit bersifat lagging spill-over atau long tail effect,” jelas Fankar, Rabu (18/6/2026).', 'Rabu (18/6/2026)', '2025-06-18', '2025-06-18'],
]);

rows('ranges, one interval fact', [
  ['Verifikasi syarat dukungan calon DPD tahap pertama tahapannya 6-26 Februari 2023.', '6-26 Februari 2023', '2023-02-06/2023-02-26'],
  ['Masa pendaftaran capres dibuka 11 - 13 Februari 2024 di kantor KPU.', '11 - 13 Februari 2024', '2024-02-11/2024-02-13'],
  ['Pencocokan dan penelitian berlangsung 12 Februari s.d. 15 April 2023.', '12 Februari s.d. 15 April 2023', '2023-02-12/2023-04-15'],
  ['Rapim TNI berlangsung 16 Januari hingga 19 Januari di Aula Gatot Subroto.', '16 Januari hingga 19 Januari', '2017-01-16/2017-01-19', '2017-01-17'],
  ['Masa kampanye berlangsung 28 November 2023 – 10 Februari 2024.', '28 November 2023 – 10 Februari 2024', '2023-11-28/2024-02-10'],
  ['Masa kampanye calon berlangsung 28 November 2023 sampai 10 Februari 2024.', '28 November 2023 sampai 10 Februari 2024', '2023-11-28/2024-02-10'],
  ['Survei elektabilitas digelar Januari-Maret 2024.', 'Januari-Maret 2024', '2024-01/2024-03'],
  ['Pemutakhiran data pemilih dimulai 12 Februari 15 April 2023 oleh Pantarlih.', '12 Februari 15 April 2023', '2023-02-12/2023-04-15'],
  ['Survei dilakukan periode 8—17 September 2024 untuk Pilkada Bone.', '8—17 September 2024', '2024-09-08/2024-09-17'],
  ['Responden disurvei pada 31 Maret - 5 April 2017 dan diwawancarai tatap muka.', '31 Maret - 5 April 2017', '2017-03-31/2017-04-05'],
  ['Libur kampanye berlangsung 28 Desember - 3 Januari 2024.', '28 Desember - 3 Januari 2024', '2023-12-28/2024-01-03'],
  ['Survei tersebut digelar tanggal 16 hingga 22 Januari 2018.', '16 hingga 22 Januari 2018', '2018-01-16/2018-01-22'],
  ['Kegiatan kampanye digelar Sabtu-Minggu (10-11/2/2024) di Bandung.', 'Sabtu-Minggu (10-11/2/2024)', '2024-02-10/2024-02-11'],
  ['Bimtek KPPS digelar (10-11/2) di kantor kecamatan.', '10-11/2', '2024-02-10/2024-02-11'],
  ['Pemeriksaan saksi digelar Kamis dan Jumat (19 hingga 20/6/2025).', 'Jumat (19 hingga 20/6/2025)', '2025-06-19/2025-06-20'],
]);

rows('month + year, with the part of the month', [
  ['Wali Kota menargetkan pemilihan ketua RT/RW digelar November 2025.', 'November 2025', '2025-11'],
  ['Logistik mulai didistribusikan awal Januari 2024 ke seluruh kecamatan.', 'awal Januari 2024', '2024-01'],
  ['Rekapitulasi ditargetkan rampung pertengahan Maret 2024.', 'pertengahan Maret 2024', '2024-03'],
  ['Pendaftaran ditutup akhir bulan Oktober 2024.', 'akhir bulan Oktober 2024', '2024-10'],
  ['Hasil survei terbaru dirilis bulan Mei.', 'bulan Mei', '2024-05'],
  ['Dalam persidangan April lalu, Setya mengaku mengenal Andi.', 'April lalu', '2023-04'],
  ['Penyelidikan itu pernah ditutup pada pertengahan Juli lalu.', 'pertengahan Juli lalu', '2016-07', '2016-11-09'],
  ['Ia terpilih dan dilantik pada Februari 2016 lalu.', 'Februari 2016', '2016-02'],
]);

rows('a month without a year that the text marks as a time: the publication year', [
  ['Survei itu dilakukan pada September di Kabupaten Bone Bolango.', 'September', '2024-09', '2024-10-30'],
  // at a sentence's end, before a sentence that opens with a capital (no name after the month)
  ['Keliling Amerika masih akan dilakoni Sheeran sampai Oktober. Terakhir, ia konser di Nashville, pada 7 Oktober.', 'Oktober', '2017-10', '2017-05-06'],
  ['DPP PDIP membuka pendaftaran bakal calon hingga akhir Juli.', 'akhir Juli', '2017-07', '2017-07-11'],
  ['Rekapitulasi suara ditargetkan rampung pertengahan Maret oleh KPU.', 'pertengahan Maret', '2024-03'],
  ['Sejak Maret, hoaks soal surat suara tercoblos beredar di grup WhatsApp.', 'Maret', '2023-03'],
  ['Isu itu beredar sejak Januari di media sosial.', 'Januari', '2024-01'],
  ['Pemutakhiran data pemilih berkelanjutan dilakukan sampai Agustus oleh KPU kabupaten.', 'Agustus', '2024-08'],
  ['Jumlah pemilih per Januari tercatat 204 juta orang.', 'Januari', '2024-01'],
  ['Distribusi logistik dipercepat menjelang Desember agar tak terganggu hujan.', 'Desember', '2024-12'],
  ['Pelantikan digelar Juli mendatang di gedung DPRD.', 'Juli mendatang', '2024-07'],
  ['Menurut Setya, pertemuan itu berlangsung April lalu di Jakarta.', 'April lalu', '2023-04'],
  ['Penjualan naik sepanjang November lalu, kata dia.', 'November lalu', '2023-11'],
  ['Pembahasan RUU Pemilu dijadwalkan selesai pada awal Desember tahun ini.', 'awal Desember tahun ini', '2024-12'],
  ['Tahapan pencalonan berlangsung sejak Januari hingga Maret di semua daerah.', 'Januari hingga Maret', '2024-01/2024-03'],
  ['Tim itu bekerja dari akhir Mei sampai awal Desember 2023 di lapangan.', 'akhir Mei sampai awal Desember 2023', '2023-05/2023-12'],
  ['Bantuan disalurkan sejak awal Juni hingga Agustus 2025 ke seluruh provinsi.', 'awal Juni hingga Agustus 2025', '2025-06/2025-08', '2025-10-01'],
  // month ranges without a day: with the year, or opened by "dari"/"antara" (the publication year)
  ['Penjualan tiket bioskop naik Januari-Agustus 2018, menurut asosiasi.', 'Januari-Agustus 2018', '2018-01/2018-08'],
  ['Jumlah pemilih pemula bertambah Januari hingga Agustus 2018 di Jawa Barat.', 'Januari hingga Agustus 2018', '2018-01/2018-08'],
  ['"Bayangkan dari Januari sampai Agustus, penonton film mencapai 36 juta orang," katanya.', 'Januari sampai Agustus', '2024-01/2024-08'],
  ['Sosialisasi digelar antara Maret hingga Mei di seluruh kecamatan.', 'Maret hingga Mei', '2024-03/2024-05'],
]);

rows('two days joined by a connector: one interval', [
  ['Bimtek KPPS digelar Senin (12/2) hingga Rabu (14/2) di aula kecamatan.', 'Senin (12/2) hingga Rabu (14/2)', '2024-02-12/2024-02-14'],
  ['Pendaftaran bakal calon dibuka hari ini hingga 26 Juni di kantor KPU.', 'hari ini hingga 26 Juni', '2024-02-20/2024-06-26'],
  ['Jalan itu ditutup mulai Senin, 19 Februari 2024 hingga 8 Maret 2024.', 'Senin, 19 Februari 2024 hingga 8 Maret 2024', '2024-02-19/2024-03-08'],
  ['Perbaikan berkas dilakukan Jumat (16/2) sampai dengan Minggu (18/2).', 'Jumat (16/2) sampai dengan Minggu (18/2)', '2024-02-16/2024-02-18'],
  ['Masa sanggah berlaku kemarin hingga besok, kata Ketua KPU.', 'kemarin hingga besok', '2024-02-19/2024-02-21'],
]);

rows('clock times attached to their day', [
  ['Rapat dimulai Senin (19/2/2024) pukul 10.00 WIB di aula KPU.', 'Senin (19/2/2024) pukul 10.00 WIB', '2024-02-19T10:00'],
  ['Debat kandidat digelar 14 Februari 2024 19.30 WITA di Makassar.', '14 Februari 2024 19.30 WITA', '2024-02-14T19:30'],
  ['Berkas diterima lewat WhatsApp pada 26/01/2024 sore, pukul 17.20 WIB, kata Denny.', '26/01/2024 sore, pukul 17.20 WIB', '2024-01-26T17:20'],
  ['Pendaftaran ditutup pada Rabu (10 / 1) pukul 23.59 WIB.', 'Rabu (10 / 1) pukul 23.59 WIB', '2018-01-10T23:59', '2018-01-11'],
  ['Chyntia Sami Bhayangkara Kamis, 28 Maret 2019 | 17:21 WIB (foto)', 'Kamis, 28 Maret 2019 | 17:21 WIB', '2019-03-28T17:21'],
  ['Kantor PDI P Banyumas 27 Juni, 2018, 12:17 PM PURWOKERTO', '27 Juni, 2018, 12:17 PM', '2018-06-27T12:17'],
  ['Pengumuman dibacakan 5 Maret 2024 pukul 7.30 WIT di Jayapura.', '5 Maret 2024 pukul 7.30 WIT', '2024-03-05T07:30'],
  // the time written before the day ("pukul" or "jam" is needed there)
  ['Gempa melanda kawasan Lampung Selatan pada sekitar pukul 04.28 WIB, Selasa (25 / 4).', 'pukul 04.28 WIB, Selasa (25 / 4)', '2017-04-25T04:28', '2017-04-25'],
  ['Innanilahi wa innaillahi rojiun Selamat Jalan Papa Bpk Emil Muhammad bin Salim bin Muhamad Djawas Jam 02.00 dini hari Minggu, 4 Maret 2018', 'Jam 02.00 dini hari Minggu, 4 Maret 2018', '2018-03-04T02:00', null],
]);

rows('relative days against the publication date (Tuesday 2024-02-20)', [
  ['KPU menggelar rapat pleno terbuka hari ini.', 'hari ini', '2024-02-20'],
  ['Presiden meninjau lokasi banjir pagi ini.', 'pagi ini', '2024-02-20'],
  ['Berkas pendaftaran diserahkan ke KPU kemarin.', 'kemarin', '2024-02-19'],
  ['Berkas pendaftaran diserahkan ke KPU DKI Jakarta kemarin.', 'kemarin', '2024-02-19'],
  // "tadi malam" is last night: the day before ("malam ini" is tonight)
  ['Calon Gubernur DKI Jakarta Anies Baswedan memberikan klarifikasi tentang ketidakhadiran dia maupun calon wakilnya, Sandiaga Uno, dalam debat cagub dan cawagub Kompas TV, tadi malam.', 'tadi malam', '2024-02-19'],
  ['Pengundian nomor urut berlangsung malam ini.', 'malam ini', '2024-02-20'],
  ['Pendaftaran bakal calon ditutup besok.', 'besok', '2024-02-21'],
  ['Hasil rekapitulasi diumumkan lusa.', 'lusa', '2024-02-22'],
  ['Rapat evaluasi itu digelar Senin lalu.', 'Senin lalu', '2024-02-19'],
  ['Pleno dilanjutkan pada Kamis mendatang.', 'Kamis mendatang', '2024-02-22'],
  ['Rapat itu digelar Jumat pekan lalu di Jakarta.', 'Jumat pekan lalu', '2024-02-16'],
  ['Surat keberatan dikirim tiga hari lalu.', 'tiga hari lalu', '2024-02-17'],
  ['Pemungutan suara ulang tinggal tujuh hari lagi.', 'tujuh hari lagi', '2024-02-27'],
  ['Rapat itu digelar pada Senin di kantor Bawaslu.', 'Senin', '2024-02-19'],
  ['Hal itu dikatakan Ketua KPU di Jakarta, Selasa.', 'Selasa', '2024-02-20'],
  ['Pelaku sempat ditahan sejak Sabtu malam di Polres.', 'Sabtu malam', '2024-02-17'],
  ['Pengumuman tersebut terbit 15 Februari lalu.', '15 Februari lalu', '2024-02-15'],
  // the weekday in brackets says which day: the one on it nearest the reckoned day
  ['"Kemarin (Senin) korban ini datang lagi ke kelas pelaku, di sana (kelas) korban memukuli pelaku sebanyak tiga kali ke area kepala.', 'Kemarin (Senin)', '2024-02-19'],
  ['"Seperti kemarin (Jumat), saya datang dan saya lihat.', 'kemarin (Jumat)', '2024-02-16'],
  // a day told as past ("Jumat (13/6) lalu") is narrated, not the day of the report: "Sabtu lalu" is
  // the Saturday before the report's Thursday, not before that Friday
  ['Pada Kamis pagi (19/6), Iran kembali menyerang Israel dengan hujan peluru kendali. Namun hal ini berubah pada Jumat (13/6) lalu. "Saya termasuk golongan minoritas di sini, jadi banyak orang yang mendukung," kata Arnon kepada DW Sabtu lalu.', 'Sabtu lalu', '2025-06-14', '2025-06-20'],
  ['Sosialisasi Pilkada 2018 dimulai hari ini hingga 26 Juni tahun depan.', 'hari ini hingga 26 Juni tahun depan', '2017-06-15/2018-06-26', '2017-06-15'],
  // the weekday says which day "hari ini" is, even after an event day told earlier in the article
  ['"Era Pak Jokowi ada (penggusuran) tapi suasananya berbeda, dan itu ingin kami kembalikan," kata Anies saat ditemui di kediaman Boy Sadikin, Rabu (28 / 9). Kamis pagi hari ini Pemprov DKI melakukan penggusuran terhadap kawasan di Bukit Duri, Jakarta Selatan.', 'Kamis pagi hari ini', '2016-09-29', '2016-09-29'],
]);

rows('election-relative days when the article names the voting day', [
  ['Pemungutan suara digelar 14 Februari 2024. Logistik harus tiba di TPS paling lambat H-7.', 'H-7', '2024-02-07'],
  ['Pencoblosan Pilkada digelar 27 November 2024, sehingga rekapitulasi dimulai H+1.', 'H+1', '2024-11-28'],
  ['Hari pemilihan jatuh pada 27 November 2024. Surat suara tiba H - 3 di kelurahan.', 'H - 3', '2024-11-24'],
]);
