import { segmentSentences, sentenceIndexAt, isBoilerplateLine, type Sentence } from '../src/text/sentences.js';

const prose = (text: string) => segmentSentences(text).filter((s) => !s.boilerplate);

function expectValidOffsets(text: string, sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
  });
}

describe('segmentSentences: abbreviations do not end a sentence', () => {
  // [text, the first sentence]
  test.each([
    ['Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia memimpin Rapat. Juga disampaikan dukungan.', 'Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia memimpin Rapat.'],
    ['Hadir pula Hj. Siti Aminah dari Bawaslu. Rapat dimulai pukul 09.00 WIB.', 'Hadir pula Hj. Siti Aminah dari Bawaslu.'],
    ['Narasumber Dr. Ahmad Yani menjelaskan aturan. Peserta bertanya.', 'Narasumber Dr. Ahmad Yani menjelaskan aturan.'],
    ['Kegiatan dibuka Drs. Ismanto di aula. Acara berlangsung tertib.', 'Kegiatan dibuka Drs. Ismanto di aula.'],
    ['Sambutan disampaikan Ir. Bambang Sutrisno. Kemudian sesi tanya jawab.', 'Sambutan disampaikan Ir. Bambang Sutrisno.'],
    ['Aturan itu termuat dalam PKPU No. 3 Tahun 2022. Tahapan dimulai Juni.', 'Aturan itu termuat dalam PKPU No. 3 Tahun 2022.'],
    ['Rapat dihadiri Kapolda Lampung Irjen Pol. Helmy Santika. Semua sepakat.', 'Rapat dihadiri Kapolda Lampung Irjen Pol. Helmy Santika.'],
    ['Ketua Bawaslu Iskardo P. Panggar, S.H., M.H. memimpin apel. Apel berlangsung khidmat.', 'Ketua Bawaslu Iskardo P. Panggar, S.H., M.H. memimpin apel.'],
    ['Anggota KPU Drs. Ismanto, S.H., M.Si. dari Lampung hadir. Kegiatan ditutup.', 'Anggota KPU Drs. Ismanto, S.H., M.Si. dari Lampung hadir.'],
    ['Sambutan oleh Sekretaris KPU Agus Salim, M.Si. Kegiatan ditutup doa.', 'Sambutan oleh Sekretaris KPU Agus Salim, M.Si.'],
    ['Logistik berupa kotak suara, bilik, tinta, dll. sudah tiba. Distribusi aman.', 'Logistik berupa kotak suara, bilik, tinta, dll. sudah tiba.'],
    ['Disiapkan kertas, tinta, segel, dsb. Petugas mengecek ulang.', 'Disiapkan kertas, tinta, segel, dsb.'],
    ['Pendaftaran dibuka 4 s.d. 6 September 2024. Berkas diperiksa KPU.', 'Pendaftaran dibuka 4 s.d. 6 September 2024.'],
    ['Kantor KPU berada di Jl. Ahmad Yani No. 12 Bandar Lampung. Kantor buka pukul 08.00.', 'Kantor KPU berada di Jl. Ahmad Yani No. 12 Bandar Lampung.'],
    ['Dihadiri anggota KPU, M. Tio Aliansyah dan tamu undangan. Kegiatan ditutup.', 'Dihadiri anggota KPU, M. Tio Aliansyah dan tamu undangan.'],
    ['Jumlah pemilih mencapai 3.016 orang atau 12,5 persen. Angka itu naik.', 'Jumlah pemilih mencapai 3.016 orang atau 12,5 persen.'],
    ['"Kami siap," kata Ketua KPU. "Semua sudah disiapkan."', '"Kami siap," kata Ketua KPU.'],
    ['"Apakah sudah siap?" tanya Ketua KPU kepada petugas. Semua menjawab siap.', '"Apakah sudah siap?" tanya Ketua KPU kepada petugas.'],
  ])('%s', (text, first) => {
    const s = prose(text);
    expect(s).toHaveLength(2);
    expect(s[0].text).toBe(first);
    expect(s[0].start).toBe(0);
    expect(s[1].start).toBe(text.indexOf(s[1].text));
    expectValidOffsets(text, segmentSentences(text));
  });
});

describe('segmentSentences: scraped line breaks', () => {
  test.each([
    ['a bracketed acronym broken over three lines (detik)', 'Jakarta\n-\nKetua Badan Legislasi (\nBaleg\n) DPR RI Bob Hasan mengatakan RUU Pemilu dibahas terpisah. Ia menyebut belum ada pembicaraan.', 2],
    ['a line ending in a preposition and a capitalized term', 'Lembaga survei tetap bisa merilis hasil survei politiknya di\nRancangan Undang-Undang Statistik\nyang disusun oleh DPR RI. Ia menegaskan hal itu.', 2],
    ['an italic term on its own line', 'RUU itu bisa disatukan atau menjadi\nomnibus law\npolitik. Belum ada keputusan.', 2],
    ['a sentence cut by a blank line after a lowercase word', '"Hari ini kami datang untuk bersilaturahmi sekaligus melakukan\n\nkoordinasi antara lembaga," kata Kepala Kesbangpol. Rapat selesai.', 2],
    ['a title line without a period stays apart', 'Jalin Koordinasi, Kesbangpol Sambangi KPU Luwu Utara\nKomisi Pemilihan Umum menerima kunjungan Senin (13/2/2023). Rapat berlangsung hangat.', 3],
    ['a sub-heading between paragraphs stays apart', 'IHSG ditutup melemah sore ini.\nTekanan Sektor Bahan Baku\nSektor bahan baku menjadi penekan utama.', 3],
    ['a paragraph break always ends a sentence', 'Rapat digelar di aula\n\nPeserta datang tepat waktu.', 2],
  ])('%s', (_name, text, n) => {
    const s = prose(text);
    expect(s).toHaveLength(n);
    expectValidOffsets(text, segmentSentences(text));
  });

  test('the detik sentence keeps its inner line breaks and exact offsets', () => {
    const text = 'Jakarta\n-\nKetua Badan Legislasi (\nBaleg\n) DPR RI Bob Hasan mengatakan RUU Pemilu dibahas terpisah.';
    const [s] = prose(text);
    expect(s.start).toBe(0);
    expect(s.end).toBe(text.length);
    expect(s.text).toContain('(\nBaleg\n) DPR RI Bob Hasan');
  });
});

describe('segmentSentences: a page whose links were scraped onto lines of their own (detik)', () => {
  // the title and opening of a real detik.com page (news-12k), and the tags that end another:
  // every link on a line of its own, so the lines that start in lower case or with a comma mark
  // the page
  const page =
    'Presiden Palestina Bilang Hamas Harus Serahkan Senjatanya\n' +
    'Ramallah\n-\nPresiden\nPalestina\nMahmoud Abbas\nmengatakan kelompok\nHamas\n"harus menyerahkan senjatanya" dan menyerukan pengerahan pasukan internasional untuk "memberikan perlindungan kepada rakyat Palestina".\n' +
    'Pernyataan Abbas itu, seperti dilansir\nAFP\n, Selasa (10/6/2025), disampaikan dalam suratnya yang ditujukan kepada Presiden\nPrancis\nEmmanuel Macron\ndan Putra Mahkota\nArab Saudi\nPangeran Mohammed bin Salman\n(MBS), seperti diungkapkan ke publik oleh kantor kepresidenan Prancis, Elysee Palace.\n' +
    'Surat Abbas ini disampaikan saat Macron dan MBS, pada bulan ini, akan menjadi ketua bersama untuk konferensi khusus membahas solusi dua negara bagi konflik Israel-Palestina.\n' +
    'SCROLL TO CONTINUE WITH CONTENT\nBaca juga:\nBantuan Tepung ke Gaza Dijarah Geng Bersenjata-Diambil Warga\n' +
    'Dalam suratnya itu, Abbas menguraikan langkah-langkah utama yang menurutnya harus diambil untuk mengakhiri perang di Jalur Gaza dan mewujudkan perdamaian di Timur Tengah.\n' +
    '(rdp/idh)\nnarkoba\nkendal\nkapolres kendal\nHoegeng Awards 2025\n';
  const sentences = segmentSentences(page);
  const texts = sentences.map((s) => s.text.replace(/\n/g, ' '));

  test('the short link lines join the sentence they were cut from', () => {
    expect(texts).toContain('Ramallah - Presiden Palestina Mahmoud Abbas mengatakan kelompok Hamas "harus menyerahkan senjatanya" dan menyerukan pengerahan pasukan internasional untuk "memberikan perlindungan kepada rakyat Palestina".');
    expect(texts.find((t) => t.startsWith('Pernyataan Abbas'))).toContain('kepada Presiden Prancis Emmanuel Macron dan Putra Mahkota Arab Saudi Pangeran Mohammed bin Salman (MBS), seperti');
  });

  test('the title, a related link after "Baca juga:" and the tags after the signature stay apart', () => {
    expect(texts[0]).toBe('Presiden Palestina Bilang Hamas Harus Serahkan Senjatanya');
    expect(texts).toContain('Bantuan Tepung ke Gaza Dijarah Geng Bersenjata-Diambil Warga');
    expect(texts.find((t) => t.startsWith('Dalam suratnya itu'))).toBe('Dalam suratnya itu, Abbas menguraikan langkah-langkah utama yang menurutnya harus diambil untuk mengakhiri perang di Jalur Gaza dan mewujudkan perdamaian di Timur Tengah.');
    expect(texts).toContain('Hoegeng Awards 2025');
  });

  test('offsets stay exact', () => {
    for (const s of sentences) expect(page.slice(s.start, s.end)).toBe(s.text);
  });

  test('a page without such lines keeps a short line apart', () => {
    expect(prose('IHSG ditutup melemah sore ini.\nTekanan Sektor Bahan Baku\nSektor bahan baku menjadi penekan utama.').length).toBe(3);
  });
});

describe('segmentSentences: boilerplate lines are marked', () => {
  test('boilerplate lines are marked and offsets stay valid', () => {
    const text = 'Kalimat pertama.\nBACA JUGA:TNI-Polri di Lampung Apel Gabungan\nKalimat kedua.';
    const s = segmentSentences(text);
    expect(s.map((x) => x.boilerplate)).toEqual([false, true, false]);
    expectValidOffsets(text, s);
  });

  test.each([
    'BACA JUGA: KPU Lampung Gelar Rakor Logistik',
    'Baca juga:',
    'SCROLL TO CONTINUE WITH CONTENT',
    'ADVERTISEMENT',
    '#KPUMelayani #KPULampung #TemanPemilih',
    'Editor: Ade Marboen',
    '(fyk/fay)',
    '[Gambas:Video 20detik]',
    'Simak juga Video: KPU Bicara soal Aturan Kampanye',
  ])('%s', (line) => {
    const text = `Ketua KPU membuka rapat.\n${line}\nRapat berlangsung tertib.`;
    const s = segmentSentences(text);
    expect(s.map((x) => x.boilerplate)).toEqual([false, true, false]);
    expect(s[1].text).toBe(line);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  test.each([
    'Baca selengkapnya aturan kampanye dalam PKPU Nomor 15 Tahun 2023 yang diterbitkan KPU.',
    'Sumber anggaran pilkada berasal dari APBD provinsi dan kabupaten/kota yang disepakati bersama.',
    'Editor senior itu mengatakan pemilu harus jujur dan adil.',
  ])('prose is not boilerplate: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('sentenceIndexAt', () => {
  test('finds the sentence of an offset, whitespace belongs to the sentence before', () => {
    const text = 'Satu dua. Tiga empat.\n\nLima enam.';
    const s = segmentSentences(text);
    expect(s).toHaveLength(3);
    expect(sentenceIndexAt(s, 0)).toBe(0);
    expect(sentenceIndexAt(s, text.indexOf('Tiga'))).toBe(1);
    expect(sentenceIndexAt(s, text.indexOf('\n'))).toBe(1);
    expect(sentenceIndexAt(s, text.indexOf('Lima') + 2)).toBe(2);
  });
});

describe('segmentSentences: speed', () => {
  test('linear: a long scraped text with many lines in one block', () => {
    const line = 'pemilih yang terdaftar di\nDaftar Pemilih Tetap\nyang ditetapkan ';
    const text = `Jumlah ${line.repeat(20000)}KPU. Selesai.`;
    const t0 = Date.now();
    const s = segmentSentences(text);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(s.length).toBe(2);
  });
});
