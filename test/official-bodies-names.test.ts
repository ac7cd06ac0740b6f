/**
 * Official rules of the second generalization round, table-driven: the position without the body
 * when a title written in full names its institution, units and boards inside a position, bodies
 * abroad and ambassadors, hereditary titles kept out of the name, names completed at their front
 * and blended nicknames. Sentences written in the style of national and regional election news;
 * each row asserts the fact's `text`, `start` and value.
 */
import { check, officials, type Row } from './helpers/officials.js';

describe('a title written in full that names its body keeps only its head words', () => {
  test.each<Row>([
    ['Menteri Dalam Negeri Tito Karnavian meminta kepala daerah netral.', 'Menteri Dalam Negeri Tito Karnavian', 'Tito Karnavian', 'Menteri', 'Kemendagri', null],
    ['Kepala Kepolisian Daerah Lampung Irjen Helmy Santika meninjau gudang logistik.', 'Kepala Kepolisian Daerah Lampung Irjen Helmy Santika', 'Helmy Santika', 'Kepala', 'Polri', '18'],
    // contracted titles stay as written
    ['Mendagri Tito Karnavian meminta kepala daerah netral.', 'Mendagri Tito Karnavian', 'Tito Karnavian', 'Mendagri', 'Kemendagri', null],
    ['Wakapolda Lampung Brigjen Pol. Umar Effendi memimpin apel.', 'Wakapolda Lampung Brigjen Pol. Umar Effendi', 'Umar Effendi', 'Wakapolda', 'Polri', '18'],
  ])('%s', check);
});

describe('units and boards inside a position', () => {
  test.each<Row>([
    ['Anggota Badan Pemenangan Pemilu DPP Partai Gerindra Habiburokhman menjawab kritik itu.', 'Anggota Badan Pemenangan Pemilu DPP Partai Gerindra Habiburokhman', 'Habiburokhman', 'Anggota Badan Pemenangan Pemilu', 'partai:Gerindra', null],
    ['Kepala Divisi Hukum dan Bantuan Advokasi DPP Partai Demokrat Rinto Subekti menilai iklan itu keliru.', 'Kepala Divisi Hukum dan Bantuan Advokasi DPP Partai Demokrat Rinto Subekti', 'Rinto Subekti', 'Kepala Divisi Hukum dan Bantuan Advokasi', 'partai:Demokrat', null],
    ['Ketua Badan Anggaran (Banggar) DPR RI Said Abdullah menyebut pagu sudah disepakati.', 'Ketua Badan Anggaran (Banggar) DPR RI Said Abdullah', 'Said Abdullah', 'Ketua Badan Anggaran', 'DPR', null],
    ['Sekretaris Dewan Pimpinan Wilayah PKS Jawa Timur Irwan Setiawan hadir dalam rapat itu.', 'Sekretaris Dewan Pimpinan Wilayah PKS Jawa Timur Irwan Setiawan', 'Irwan Setiawan', 'Sekretaris', 'partai:PKS', '35'],
  ])('%s', check);
});

describe('state bodies outside the vocabulary, bodies abroad and ambassadors', () => {
  test.each<Row>([
    ['Kepala Pusat Penelitian Ekonomi LIPI, Agus Eko Nugroho, menilai pertumbuhan melambat.', 'Kepala Pusat Penelitian Ekonomi LIPI, Agus Eko Nugroho', 'Agus Eko Nugroho', 'Kepala Pusat Penelitian Ekonomi', null, null],
    ['Hal itu ditegaskan Plt Kabiro Hukum Kemendikbud Andi Saputra kepada wartawan.', 'Plt Kabiro Hukum Kemendikbud Andi Saputra', 'Andi Saputra', 'Plt Kabiro Hukum', null, null],
    ['"Pendaftaran tidak dipungut biaya," kata Ketua PPLN Tokyo Rizal Fahmi.', 'Ketua PPLN Tokyo Rizal Fahmi', 'Rizal Fahmi', 'Ketua', null, null],
    ['Undangan itu diterima Duta Besar RI untuk Malaysia, Hermono, pekan lalu.', 'Duta Besar RI untuk Malaysia, Hermono', 'Hermono', 'Duta Besar', null, null],
  ])('%s', check);

  // named with the country, another country's envoy is that country's officeholder (stop 16)
  test.each<Row>([['Duta Besar Amerika Serikat Kamala Shirin Lakhdhir bertemu para pemimpin partai.', 'Duta Besar Amerika Serikat Kamala Shirin Lakhdhir', 'Kamala Shirin Lakhdhir', 'Duta Besar', null, null]])('%s', check);

  test.each([
    // an ambassador named without a country may be anyone's: no official
    ['Pertemuan itu dihadiri Dubes Kamala Lakhdhir dan sejumlah diplomat.'],
  ])('another country’s envoy is not an official: %s', (sentence) => {
    expect(officials(sentence).filter((f) => f.position === 'Duta Besar' || f.position === 'Dubes')).toEqual([]);
  });
});

describe('hereditary titles stay out of the name', () => {
  test.each<Row>([
    ['Ketua DPD Partai Golkar Kabupaten Serang, Tb Haerul Jaman, membuka rapat pleno.', 'Ketua DPD Partai Golkar Kabupaten Serang, Tb Haerul Jaman', 'Haerul Jaman', 'Ketua', 'partai:Golkar', '36.04'],
    ['Bupati Bandung Barat Raden Sumardi membuka musyawarah.', 'Bupati Bandung Barat Raden Sumardi', 'Sumardi', 'Bupati', null, '32.17'],
  ])('%s', check);
});

describe('names completed from the article', () => {
  test.each<Row>([
    // a two-word name grows at its front when the article writes the longer form in prose
    [
      'Bupati Trenggalek Arifin Nugroho membuka rapat. Warga menyambut kedatangan Mochamad Arifin Nugroho di pendopo.',
      'Bupati Trenggalek Arifin Nugroho',
      'Mochamad Arifin Nugroho',
      'Bupati',
      null,
      '35.03',
    ],
    // a blended nickname takes the name it is made of
    ['Presiden Jokowi meresmikan bendungan itu. Sebuah foto Joko Widodo beredar di media sosial.', 'Presiden Jokowi', 'Joko Widodo', 'Presiden', null, null],
  ])('%s', check);

  test.each([
    ['Gubernur Sulawesi Tenggara Nur Alam diperiksa penyidik. Ia datang bersama seorang pemuda bernama Radhan Nur Alam yang merupakan anak keduanya.', 'Nur Alam'],
    ['Wali Kota Medan Bobby Nasution hadir. Kakaknya, Andi Bobby Nasution, tidak datang.', 'Bobby Nasution'],
    ['Gubernur Papua Lukas Enembe diperiksa. Diam-diam Lukas Enembe berangkat ke Singapura.', 'Lukas Enembe'],
    ['Presiden Jokowi meresmikan bendungan itu. Joko Susilo, warga setempat, ikut hadir.', 'Jokowi'],
  ])('the name stays as written: %s', (sentence, name) => {
    expect(officials(sentence).map((f) => f.name)).toContain(name);
  });
});
