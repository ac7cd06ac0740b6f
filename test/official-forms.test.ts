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
  ])('%s', check);

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
    'Presiden Perancis Emmanuel Macron tiba di Jakarta.',
    'Koordinator Gabdem, Guntur Harahap, menyebut laporan itu telah disampaikan.',
    'Ketua RT Budi Santoso mengumumkan jadwal ronda.',
    'Presiden ke-6 RI Susilo Bambang Yudhoyono hadir dalam acara itu.',
    'Lebih dari itu, ia enggan berkomentar soal Bupati Banyuwangi.',
    'Ia maju sebagai calon presiden pada Pemilu 2024.',
  ])('%s', (sentence) => {
    expect(officials(sentence)).toEqual([]);
  });
});
