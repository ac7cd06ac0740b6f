/**
 * Officials and the words news writes in lower case (person-common-words.json): such a word,
 * capitalized only by its place after a title, names no one; it goes on a portfolio
 * ("Usaha Mikro Kecil"); a headline's verb ends a name. And the units a Dinas or a Kejaksaan
 * Negeri writes in brackets before its region. Sentences from news-12k and the corpus.
 */
import { check, officials, type Row } from './helpers/officials.js';

describe('officials around common words', () => {
  test.each<Row>([
    // a common noun goes on the portfolio, the holder follows
    ['Menteri Usaha Mikro Kecil dan Menengah (UMKM) Maman Abdurrahman membeberkan beberapa keuntungan pengemudi ojek online (ojol) masuk kategori UMKM.', 'Menteri Usaha Mikro Kecil dan Menengah (UMKM) Maman Abdurrahman', 'Maman Abdurrahman', 'Menteri Usaha Mikro Kecil dan Menengah', null, null],
    ['"Kita tidak hanya mencetak lulusan, tetapi agen perubahan," kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto, di kampus itu.', 'Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto', 'Brian Yuliarto', 'Menteri Pendidikan Tinggi, Sains, dan Teknologi', null, null],
    ['Menteri Kependudukan dan Pembangunan Keluarga Wihaji meninjau posyandu di Bogor.', 'Menteri Kependudukan dan Pembangunan Keluarga Wihaji', 'Wihaji', 'Menteri Kependudukan dan Pembangunan Keluarga', null, null],
    // after a rank a common word opens a name
    ['Kapolres Tulungagung AKBP Taat Resdi menjelaskan kasus itu terjadi di wilayah Ngunut.', 'Kapolres Tulungagung AKBP Taat Resdi', 'Taat Resdi', 'Kapolres', 'Polri', '35.04'],
    // a surname that is also a verb stays when prose follows
    ['Duta Besar RI untuk Inggris Desra Percaya membuka pemungutan suara di London.', 'Duta Besar RI untuk Inggris Desra Percaya', 'Desra Percaya', 'Duta Besar', null, null],
    // a Dinas is a unit of the regional government; its acronym in brackets before the region
    ['Kepala Dinas Perhubungan (Dishub) Kota Solo, Taufiq Muhammad, menyampaikan pemkot tidak pernah mengeluarkan informasi tersebut.', 'Kepala Dinas Perhubungan (Dishub) Kota Solo, Taufiq Muhammad', 'Taufiq Muhammad', 'Kepala Dinas Perhubungan', null, '33.72'],
    ['Kadis Kominfo Kota Bengkulu, Eko Agusrianto mengimbau warga tidak menyebarkan pesan itu.', 'Kadis Kominfo Kota Bengkulu, Eko Agusrianto', 'Eko Agusrianto', 'Kadis Kominfo', null, '17.71'],
    ['Pemberitaan itu dibantah oleh Kepala Kejaksaan Negeri (Kajari) Kota Depok, Sufari.', 'Kepala Kejaksaan Negeri (Kajari) Kota Depok, Sufari', 'Sufari', 'Kepala Kejaksaan Negeri', null, '32.76'],
    ['Sekretaris Daerah (Sekda) Kabupaten Cirebon, Hendra Nirmala, menjelaskan bahwa baru 22 dari 48 SPPG dinyatakan layak.', 'Sekretaris Daerah (Sekda) Kabupaten Cirebon, Hendra Nirmala', 'Hendra Nirmala', 'Sekretaris Daerah', 'Pemda', '32.09'],
    ['Faktanya, Kepala Dinas Sosial Pemerintah Kabupaten Pandeglang, yaitu Nuriah menegaskan bahwa surat edaran itu hoaks.', 'Kepala Dinas Sosial Pemerintah Kabupaten Pandeglang, yaitu Nuriah', 'Nuriah', 'Kepala Dinas Sosial', 'Pemda', '36.01'],
  ])('%s', check);

  test.each<[sentence: string, notName: string]>([
    ['"Ini adalah prestasi yang membanggakan," ungkap Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi, Stella Christie.', 'Sains'],
    ['Faktanya, Kepala Dinas Sosial Pemerintah Kabupaten Pandeglang, yaitu Nuriah menegaskan bahwa surat edaran itu hoaks.', 'Faktanya'],
    ['Plt Direktur Utama perusahaan itu belum memberi keterangan kepada wartawan.', 'Utama'],
    ['Di antara yang hadir ada Bupati Petahana dan tiga penantangnya.', 'Petahana'],
    ['Kepala Dinas Pariwista Provinsi Banten Eneng Nurcahyati membuka acara itu.', 'Pariwista'],
  ])('no official named by a common word: %s', (sentence, notName) => {
    expect(officials(sentence).map((f) => f.name)).not.toContain(notName);
  });

  test('a headline verb ends the name before more capitalized words', () => {
    const s = 'Dalam video itu tertulis Menag Yaqut Sebut Kuota Haji Tambahan Dibagi Rata, lalu video itu menyebar.';
    const names = officials(s).map((f) => f.name);
    expect(names).not.toContain('Yaqut Sebut');
    expect(names.every((n) => !/Sebut|Kuota/.test(n))).toBe(true);
  });
});
