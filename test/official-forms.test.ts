/**
 * Official forms, table-driven: the sentence is the test name; each row asserts the fact's
 * `text`, `start` and value (name, position, institution, region). Sentences written in the
 * style of regional election news.
 */
import { check, officials, type Row } from './helpers/officials.js';

describe('official forms', () => {
  test.each<Row>([
    // office-name
    ['Ketua KPU Provinsi Lampung, Erwan Bustami menjadi narasumber rapat koordinasi.', 'Ketua KPU Provinsi Lampung, Erwan Bustami', 'Erwan Bustami', 'Ketua', 'KPU', '18'],
    ['Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia memimpin rapat koordinasi.', 'Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia', 'Lusapta Yudha Kurnia', 'Pj Walikota', null, '16.72'],
    ['Rapat dipimpin oleh Pj. Sekretaris Daerah Provinsi Lampung, Fredy, di ruang rapat.', 'Pj. Sekretaris Daerah Provinsi Lampung, Fredy', 'Fredy', 'Pj Sekretaris Daerah', 'Pemda', '18'],
    ['Turut hadir Kabid Hukum dan Politik Kesbangpol Lampung Makmur dalam pertemuan itu.', 'Kabid Hukum dan Politik Kesbangpol Lampung Makmur', 'Makmur', 'Kabid Hukum dan Politik', 'Kesbangpol', '18'],
    ['Wakapolda Lampung, Ahmad Ramadhan, memaparkan kesiapan pengamanan.', 'Wakapolda Lampung, Ahmad Ramadhan', 'Ahmad Ramadhan', 'Wakapolda', 'Polri', '18'],
    ['Gubernur Jawa Barat Ahmad Heryawan menegaskan aturan itu.', 'Gubernur Jawa Barat Ahmad Heryawan', 'Ahmad Heryawan', 'Gubernur', null, '32'],
    ['Kepala BPS Suhariyanto mengungkapkan investor menahan uang.', 'Kepala BPS Suhariyanto', 'Suhariyanto', 'Kepala', null, null],
    // name-office
    ['Dalam kesempatan itu, Erwan Bustami, Ketua KPU Provinsi Lampung, menyampaikan laporan.', 'Erwan Bustami, Ketua KPU Provinsi Lampung', 'Erwan Bustami', 'Ketua', 'KPU', '18'],
    // name-paren-office
    ['Acara dihadiri Brigjen Pol. Ramadhan (Wakapolda Lampung) dan para undangan.', 'Brigjen Pol. Ramadhan (Wakapolda Lampung', 'Ramadhan', 'Wakapolda', 'Polri', '18'],
    // name-selaku-office
    ['DKPP memberhentikan Adi Susanto selaku Ketua KPU Kabupaten Labuhanbatu Utara kemarin.', 'Adi Susanto selaku Ketua KPU Kabupaten Labuhanbatu Utara', 'Adi Susanto', 'Ketua', 'KPU', '12.23'],
    // "Pimpinan" of a body; inside "Dewan Pimpinan" it is the board's name, not a title
    ['Pimpinan Bawaslu Jambi, Wien Arifin, mengatakan institusinya sudah turun ke lapangan.', 'Pimpinan Bawaslu Jambi, Wien Arifin', 'Wien Arifin', 'Pimpinan', 'Bawaslu', '15'],
    ['Ketika Pimpinan Komisi Pemberantasan Korupsi Agus Raharjo yang geregetan melihat banyaknya kepala daerah yang terlibat korupsi di saat-saat menjelang pilkada itu kemudian berjanji akan mengumumkan sejumlah calon peserta pilkada yang akan menjadi tersangka korupsi, sebenarnya ia tidak sekedar ingin membersihkan proses demokrasi lima tahunan ini dari najis korupsi.', 'Pimpinan Komisi Pemberantasan Korupsi Agus Raharjo', 'Agus Raharjo', 'Pimpinan', 'KPK', null],
    ['"Bersama Golkar dan Demokrat, kami sepakat membentuk poros tengah," kata Ketua Dewan Pimpinan Wilayah (DPW) PPP Jateng, Masrukhan Syamsurie, di Semarang, Jumat (29 / 12 / 2017).', 'Ketua Dewan Pimpinan Wilayah (DPW) PPP Jateng, Masrukhan Syamsurie', 'Masrukhan Syamsurie', 'Ketua', 'partai:PPP', '33'],
    // office-held-by
    ['Di Kabinet Merah Putih, PKS mendapatkan posisi Menteri Ketenagakerjaan (Menaker) yang ditempati oleh Yassierli.', 'Menteri Ketenagakerjaan (Menaker) yang ditempati oleh Yassierli', 'Yassierli', 'Menteri Ketenagakerjaan', null, null],
    ['Jabatan Panglima TNI yang kini diemban Hadi disebut karena dirinya pernah menjadi ajudan presiden.', 'Panglima TNI yang kini diemban Hadi', 'Hadi', 'Panglima', 'TNI', null],
    ['KPK akhirnya menahan anggota Komisi V DPR dari fraksi Partai Amanat Nasional (PAN) Andi Taufan Tiro setelah ia diperiksa sebagai tersangka. Namun Andi tidak menjelaskan kenapa ia mengucapkan terima kasih kepada Bendahara Umum PAN yang saat ini dijabat oleh Nasrullah itu.', 'Bendahara Umum PAN yang saat ini dijabat oleh Nasrullah', 'Nasrullah', 'Bendahara Umum', 'partai:PAN', null],
    // a staff title serving another office takes that office's title in: the person is the
    // spokesman, not the president (IndoSum, news-12k)
    ['Menurut Juru Bicara Presiden Johan Budi, belum ada laporan resmi mengenai rencana keikutsertaan Khofifah pada Pilgub Jawa Timur 2018.', 'Juru Bicara Presiden Johan Budi', 'Johan Budi', 'Juru Bicara Presiden', null, null],
    ['Makassar (ANTARA News) - Deputi Gubernur Bank Indonesia (BI) Perry Warjiyo mengatakan, ekonomi syariah Indonesia jauh tertinggal dibandingkan negara lainnya, bahkan di beberapa negara Eropa.', 'Deputi Gubernur Bank Indonesia (BI) Perry Warjiyo', 'Perry Warjiyo', 'Deputi Gubernur', null, null],
    ['Faktanya, juru bicara Gubernur Papua, Muhammad Rivai Darus mengatakan bahwa surat tersebut adalah hoaks.', 'juru bicara Gubernur Papua, Muhammad Rivai Darus', 'Muhammad Rivai Darus', 'Juru Bicara Gubernur', null, '91'],
    ['PENJELASAN: Pihak Istana Negara melalui Staf Khusus Presiden Bidang Komunikasi, Johan Budi SP menyatakan surat berbahasa Inggris yang mengatasnamakan Presiden Joko Widodo (Jokowi) dengan menggunakan kop Kantor Kepresidenan Indonesia dan tujuannya meminta dukungan untuk Pemilu 2019 kepada BUMN penerima adalah tidak benar adanya.', 'Staf Khusus Presiden Bidang Komunikasi, Johan Budi SP', 'Johan Budi', 'Staf Khusus Presiden Bidang Komunikasi', null, null],
    // the served office's holder written before the staff member's name, set apart by a comma
    ['Juru Bicara Presiden Jokowi, Johan Budi mengatakan bahwasannya Presiden mendukung penuh Komisi Pemberantasan Korupsi (KPK) untuk memproses secara hukum dugaan korupsi pada rancangan peraturan daerah (raperda) terkait reklamasi Teluk Jakarta.', 'Juru Bicara Presiden Jokowi, Johan Budi', 'Johan Budi', 'Juru Bicara Presiden', null, null],
    // a modifier before a title that an institution fact covers ("Menteri Dalam Negeri" → Kemendagri)
    ['Wakil Menteri Dalam Negeri (Wamendagri) Ribka Haluk mengingatkan pentingnya nilai kejujuran dan kesetiaan dalam pelayanan publik.', 'Wakil Menteri Dalam Negeri (Wamendagri) Ribka Haluk', 'Ribka Haluk', 'Wakil Menteri', 'Kemendagri', null],
    // a state body whose name opens with a unit word ("Komisi") is the body, not a unit of one
    ['Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah, mengatakan tahapan pelaksanaan Pilkada ini sangat kuat dengan potensi terjadinya pelanggaran HAM di Indonesia.', 'Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah', 'Hairansyah', 'Wakil Ketua', null, null],
    // a body's numbered area after it, with the provinces it covers
    ['Koordinator Bidang Pemenangan Pemilu Partai Golkar Wilayah Indonesia I (Jawa dan Sumatera) Nusron Wahid mengatakan calon yang diusung partainya menang di 30 daerah dari total 52 daerah yang menggelar Pilkada.', 'Koordinator Bidang Pemenangan Pemilu Partai Golkar Wilayah Indonesia I (Jawa dan Sumatera) Nusron Wahid', 'Nusron Wahid', 'Koordinator Bidang Pemenangan Pemilu', 'partai:Golkar', null],
    // a month's name inside a name (news-12k, detik.com 2025)
    ['Pernyataan Bupati itu disampaikan saat menerima kunjungan Menteri Kehutanan Raja Juli Antoni bersama pimpinan PT Vale Indonesia yang berkunjung ke Sorowako, Sulawesi Selatan, pada pekan lalu.', 'Menteri Kehutanan Raja Juli Antoni', 'Raja Juli Antoni', 'Menteri Kehutanan', null, null],
    // the title's own short form in brackets, then a comma and the holder
    ['Terkait hal itu, dikabarkan bos Bigo Live David Li menemui Menteri Komunikasi dan Informatika (Menkominfo), Rudiantara.', 'Menteri Komunikasi dan Informatika (Menkominfo), Rudiantara', 'Rudiantara', 'Menteri Komunikasi dan Informatika', null, null],
    ['Menteri Luar Negeri (Menlu) Sugiono mengungkapkan kunjungan tersebut menjadi bagian penting dari diplomasi bilateral Indonesia-Rusia, sekaligus memperkuat peran Indonesia dalam isu-isu global.', 'Menteri Luar Negeri (Menlu) Sugiono', 'Sugiono', 'Menteri Luar Negeri', null, null],
  ])('%s', check);

  test.each<[string, string, RegExp]>([
    // [what, sentence, the wrong fact ("name|position") once read]
    // a regulation's number after the office it is named after
    ['a regulation\'s number', 'Sesuai dengan Instruksi Presiden No. 2 Tahun 2023 tentang Pelaksanaan Rekomendasi Penyelesaian Non-Yudisial Pelanggaran Hak Asasi Manusia (HAM) yang Berat, Kementerian Sosial (Kemensos) dalam hal ini memiliki tugas untuk memberikan bantuan ataupun rehabilitasi sosial kepada korban terdampak HAM berat atau ahli warisnya.', /^No\.\|/],
    // the last word of the office's name before its short form is not a name
    ['the office before its short form', 'Terkait hal itu, dikabarkan bos Bigo Live David Li menemui Menteri Komunikasi dan Informatika (Menkominfo), Rudiantara.', /^Informatika\|/],
    // words glued where a space was lost: no name is cut out of them
    ['glued words', 'Pada Sabtu, 17 Mei 2025,Bocor Alus Politikmembahas soal kontroversi Gubernur Jawa BaratDedi Mulyadi.', /^Jawa/],
    // the secretariat is named after the office; its deputy is not the president
    ['a secretariat named after the office', 'Kendaraan yang kecelakaan adalah mobil dinas milik Pemprov Sumatera Barat pada pukul 16.30 WIB, "kata Deputi Bidang Protokol, Pers dan Media (PPM) Sekretariat Presiden Bey Machmudin seperti dikutip dari laman Setkab, Jumat (9 / 2).', /^Bey Machmudin\|Presiden$/],
    // "Haji" read as an honorific does not make a country a person
    ['a country after a portfolio', 'Hal ini disampaikan Gus Irfan dalam pertemuan dengan Deputi Menteri Haji Arab Saudi membahas evaluasi haji 2025 hingga persiapan musim\nhaji 2026\n, di Jeddah, Arab Saudi, Selasa (10/6/2025).', /^Arab Saudi\|/],
    // "Sebelumnya, X menjabat sebagai": an office held before
    ['an office held before', 'Sebelumnya, Budi menjabat sebagai Staf Ahli Menteri Badan Usaha Milik Negara (BUMN).', /^Budi\|/],
    // a police post is named after its kecamatan: without a comma or a rank no holder follows
    ['the place of a police post', 'Lalu oleh anggota Polsek Kangkung pelaku dibawa ke RSUD Kendal untuk mendapat perawatan atas luka-luka yang dideritanya.', /^Kangkung\|/],
  ])('no official: %s', (_, sentence, wrong) => {
    expect(officials(sentence).map((f) => `${f.name}|${f.position}`).filter((x) => wrong.test(x))).toEqual([]);
  });

  test('a list after a plural title gives each name the office', () => {
    const s = 'Bimtek dihadiri oleh anggota KPU Provinsi Lampung, M.Tio Aliansyah, Ismanto, Agus Riyanto, Ali Sidik dan Titik Sutriningsih serta Sekretaris KPU Provinsi Lampung Mashur Sampurna Jaya.';
    const fs = officials(s);
    const anggota = fs.filter((f) => f.position === 'Anggota').map((f) => f.name);
    expect(anggota).toEqual(['M. Tio Aliansyah', 'Ismanto', 'Agus Riyanto', 'Ali Sidik', 'Titik Sutriningsih']);
    expect(fs.find((f) => f.position === 'Sekretaris')?.name).toBe('Mashur Sampurna Jaya');
  });

  test('"masing-masing selaku" gives each of a list the office, a ruling\'s numbered parties in sentences of their own included', () => {
    // detik.com, DKPP's ruling on the commissioners' private jets (dev gold: detik2025:503)
    const s = 'Menjatuhkan sanksi peringatan keras kepada Teradu I Muhammad Afifuddin, selaku Ketua merangkap anggota KPU. Teradu II Idham Holik. Teradu III Yulianto Sudrajat. Teradu IV Parsadaan Harahap. Teradu V August Mellaz, masing-masing selaku anggota Komisi Pemilihan Umum terhitung sejak putusan ini dibacakan.';
    const got = officials(s).map((f) => `${f.name}|${f.position}|${f.institution}`);
    expect(got.sort()).toEqual(['August Mellaz|Anggota|KPU', 'Idham Holik|Anggota|KPU', 'Muhammad Afifuddin|Anggota|KPU', 'Muhammad Afifuddin|Ketua|KPU', 'Parsadaan Harahap|Anggota|KPU', 'Yulianto Sudrajat|Anggota|KPU']);
    const idham = officials(s).find((f) => f.name === 'Idham Holik')!;
    expect(s.slice(idham.start, idham.end)).toBe(idham.text);
    expect(idham.text.startsWith('Idham Holik.')).toBe(true);
    // one name is no list: "masing-masing" needs two
    expect(officials('Menjatuhkan sanksi kepada Teradu I Muhammad Afifuddin, selaku Ketua KPU. Teradu II Idham Holik, masing-masing selaku anggota KPU.').map((f) => f.name)).toEqual(['Muhammad Afifuddin']);
  });

  test('pairs in a row keep their own offices', () => {
    const s = 'Turut hadir Komisioner KPU Luwu Utara Supriadi, Sekretaris KPU Fitria, Kabid Hukum dan Politik Kesbangpol Makmur, Kasubag Teknik Asjaya, dan staf.';
    const got = officials(s).map((f) => `${f.name}|${f.position}`);
    expect(got).toEqual(expect.arrayContaining(['Supriadi|Komisioner', 'Fitria|Sekretaris', 'Makmur|Kabid Hukum dan Politik', 'Asjaya|Kasubag Teknik']));
  });

  test('a chain gives one person both offices', () => {
    const s = 'Anggota DPR RI sekaligus Wakil Ketua Umum Partai Golkar Bambang Soesatyo (Bamsoet) menegaskan pentingnya pembenahan partai.';
    const got = officials(s).map((f) => `${f.name}|${f.position}|${f.institution}`);
    expect(got).toEqual(expect.arrayContaining(['Bambang Soesatyo|Anggota|DPR', 'Bambang Soesatyo|Wakil Ketua Umum|partai:Golkar']));
  });

  test('honorifics, degrees and ranks are kept apart from the name', () => {
    const [f] = officials('Sekretaris KPU Kabupaten Pesawaran Drs. Ismanto, S.H., M.Si. membuka rapat itu.');
    expect(f.name).toBe('Ismanto');
    expect(f.honorifics).toEqual(['Drs.', 'S.H.', 'M.Si.']);
    const [g] = officials('Kapolda Lampung Irjen Pol. Helmy Santika memimpin apel pengamanan.');
    expect(g.name).toBe('Helmy Santika');
    expect(g.rank).toBe('Irjen Pol.');
  });
});

describe('official resolution', () => {
  test('short names and quote attributions become mentions of the full name', () => {
    const s = 'Ketua KPU Provinsi Lampung, Erwan Bustami membuka rapat. Erwan menyampaikan tahapan pemilu. "Kami siap," kata Erwan.';
    const fs = officials(s);
    expect(fs).toHaveLength(1);
    expect(fs[0].mentions.map((m) => m.text)).toEqual(['Ketua KPU Provinsi Lampung, Erwan Bustami', 'Erwan', 'Erwan']);
  });

  test('one-letter variants merge into the fullest form', () => {
    const s = 'Rapat dihadiri anggota KPU Provinsi Lampung, M.Tio Aliansyah. Kegiatan ditutup oleh anggota KPU Provinsi Lampung, M Tio Aliasnyah.';
    const fs = officials(s);
    expect(fs.map((f) => f.name)).toEqual(['M. Tio Aliansyah']);
    expect(fs[0].mentions).toHaveLength(2);
  });

  test('a short form of one office merges with the long form', () => {
    const s = 'Rapat dipimpin Pj. Sekretaris Daerah Provinsi Lampung, Fredy. Pj. Sekdaprov Lampung, Fredy, menekankan kerja sama.';
    const fs = officials(s);
    expect(fs.map((f) => f.position)).toEqual(['Pj Sekretaris Daerah']);
  });

  test('a nickname the article declares ("atau yang akrab disapa") is the official it names', () => {
    // TurnBackHoax, corpus: the governor is written "Kang Emil" before the article says who that is
    const s = 'Gubernur Jawa Barat Kang Emil menyatakan foto dirinya bersama Cawapres Sandiaga Uno dan dua pria lainnya dengan menunjukan simbol finger heart ala Korea Selatan adalah simbol persahabatan. Penjelasan: Akun media sosial Gubernur Jawa Barat (Jabar) Ridwan Kamil atau yang akrab disapa Kang Emil membuat postingan yang berisi klarifikasi.';
    expect(officials(s).map((f) => `${f.name}|${f.position}|${f.region}`)).toEqual(['Ridwan Kamil|Gubernur|32']);
    // without the declaration the nickname stays as written
    const without = s.replace(' atau yang akrab disapa Kang Emil', '');
    expect(officials(without).map((f) => f.name).sort()).toEqual(['Emil', 'Ridwan Kamil']);
  });

  test('a pair of names written as one ("Prabowo Gibran") does not grow the name of either', () => {
    // TurnBackHoax 2026, news-12k (tbh2026:33): the pair is written in a caption elsewhere
    const s = 'Beredar unggahan foto [ arsip ] dari akun Facebook “Bagja Gumilar” pada Jumat (5/6/2026) menampilkan foto uang pecahan baru senilai Rp18.000 bergambar Presiden Prabowo dan Wakil Presiden Gibran. Jadi, unggahan berisi klaim “ada uang pecahan Rp18.000 bergambar Prabowo Gibran” adalah konten palsu (fabricated content).';
    expect(officials(s).map((f) => `${f.name}|${f.position}`).sort()).toEqual(['Gibran|Wakil Presiden', 'Prabowo|Presiden']);
  });

  test('a title without its body takes it from the article', () => {
    const s = 'Ketua KPU Provinsi Lampung Erwan Bustami membuka bimtek. Ketua Divisi Teknis Penyelenggaraan Pemilu, Ismanto menjelaskan prosesnya.';
    const f = officials(s).find((x) => x.name === 'Ismanto');
    expect(f).toMatchObject({ position: 'Ketua Divisi Teknis Penyelenggaraan Pemilu', institution: 'KPU', region: '18' });
  });
});

describe('not officials', () => {
  test.each([
    'Mantan Ketua KPU Provinsi Lampung Nanang Trenggono hadir sebagai tamu.',
    'Bakal calon Gubernur Jawa Barat Ridwan Kamil mendaftar ke KPU.',
    'Kemacetan juga terjadi di Jalan Gubernur Suryo pagi ini.',
    'Koordinator Gabdem, Guntur Harahap, menyebut laporan itu telah disampaikan.',
    'Ketua RT Budi Santoso mengumumkan jadwal ronda.',
    'Presiden ke-6 RI Susilo Bambang Yudhoyono hadir dalam acara itu.',
    'Lebih dari itu, ia enggan berkomentar soal Bupati Banyuwangi.',
    'Ia maju sebagai calon presiden pada Pemilu 2024.',
  ])('%s', (sentence) => {
    expect(officials(sentence)).toEqual([]);
  });
});
