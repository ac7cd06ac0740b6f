/**
 * Resolution: years inferred and recorded as implied, weekday clashes flagged, implausible years
 * repaired, relative days resolved against the event day the article states.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { DateFact } from '../src/types.js';
import { benchTexts, describeShared, testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });
const run = (text: string, published: string | null) => extractArticle(testArticle(text, published), pipeline);
const dates = (text: string, published: string | null): DateFact[] => run(text, published).facts.filter((f): f is DateFact => f.kind === 'date');
const one = (text: string, published: string | null, surface: string): DateFact => {
  const f = dates(text, published).find((x) => x.mentions.some((m) => m.text === surface));
  if (!f) throw new Error(`no fact "${surface}" in: ${JSON.stringify(dates(text, published).map((x) => x.text))}`);
  return f;
};

describe('year inference', () => {
  test.each([
    // [sentence, published, surface, value, implied]
    ['Bimtek verifikasi Partai Politik Calon Peserta Pemilu Tahun 2024 digelar. (Jum\'at,19/08). Peserta Pemilu 2024 hadir.', null, "Jum'at,19/08", '2022-08-19', ['year']],
    ['Pelaksanaan Pilkada serentak 2018 dijadwalkan Rabu (27/6).', null, 'Rabu (27/6)', '2018-06-27', ['year']],
    ['Rapat pleno digelar di kantor KPU, Kamis (3 / 8).', '2017-08-04', 'Kamis (3 / 8)', '2017-08-03', ['year']],
    ['Rapat digelar Jumat (29/12) di kantor KPU.', '2024-01-05', 'Jumat (29/12)', '2023-12-29', ['year']],
    ['Perayaan digelar Senin (25/12) di gereja.', '2024-01-03', 'Senin (25/12)', '2023-12-25', ['year']],
    ['Pemilihan kepala daerah serentak digelar pada 15 Februari lalu.', '2017-08-15', '15 Februari lalu', '2017-02-15', ['year']],
    ['Tahapan akan diluncurkan pada 14 Juni mendatang.', '2017-06-02', '14 Juni mendatang', '2017-06-14', ['year']],
    ['Trump menuding Clinton dilindungi menjelang pemilu 8 November mendatang.', '2016-11-09', '8 November mendatang', '2016-11-08', ['year']],
    ['Pada tanggal 5 September KPU menetapkan DPT. Data diserahkan 15 Desember 2017 lalu.', null, '5 September', '2017-09-05', ['year']],
    ['Pernyataan itu muncul di kampus, Kamis (28/3/19).', '2019-03-29', 'Kamis (28/3/19)', '2019-03-28', []],
    // the later "Rabu (15/5)" takes the year written with the same day and merges into its fact
    ['Rapat digelar di DPR pada Rabu (15/5/2024). Hasyim datang ke Senayan, Rabu (15/5).', '2025-10-22', 'Rabu (15/5)', '2024-05-15', []],
    // a future reading that misses its weekday, no word pointing ahead: the year before that fits, even beyond six months
    ['Demo digelar di depan gedung DPR, Rabu (30/10), menolak revisi UU Pilkada.', '2025-06-10', 'Rabu (30/10)', '2024-10-30', ['year']],
    ['Dalam perkara ini, kata juru bicara KPK, Senin (2/12), tersangka sudah ditahan.', '2025-10-22', 'Senin (2/12)', '2024-12-02', ['year']],
    // the month written with its year earlier in the sentence dates the year-less day, not
    // publication (check set 25; turnbackhoax articles of news-12k, with their publication dates)
    ['Di situs resmi Majalah Tempo (majalah.tempo.co), majalah Tempo edisi 7-13 Desember 2020 yang terbit pada 5 Desember berjudul “Outlook Ekonomi 2021: Saatnya Berubah”.', '2021-11-17', '5 Desember', '2020-12-05', ['year']],
    ['Pada 13 April 2020, Administrasi Produk Medis Nasional Cina (NMPA) memberikan persetujuan untuk uji klinis fase I dan fase II di Cina, yang dimulai pada 16 April.', '2021-03-13', '16 April', '2020-04-16', ['year']],
  ])('%s', (sentence, published, surface, value, implied) => {
    const f = one(sentence, published, surface);
    expect({ value: f.value, implied: f.evidence.implied, flags: f.flags }).toEqual({ value, implied, flags: [] });
  });

  test('a year-less day without publication date or dated context is no fact', () => {
    expect(dates('Rapat digelar pada tanggal 5 September di kantor KPU.', null)).toEqual([]);
  });
});

describe('weekday consistency', () => {
  test.each([
    ['Sidang digelar di Kantor Bawaslu Sumut pada Kamis (15/8).', '2025-10-12', 'Kamis (15/8)', '2025-08-15'],
    ['Rapat pleno digelar Rabu (15/2/2024) di Jakarta.', '2024-02-20', 'Rabu (15/2/2024)', '2024-02-15'],
    ['Pada Senin (25/10/2024) akun TikTok itu mengunggah video.', null, 'Senin (25/10/2024)', '2024-10-25'],
    // two days after publication: a late publication date, not last year's day
    ['Pembangunan jalan tol dihentikan sementara, Kamis (22/12).', '2017-12-20', 'Kamis (22/12)', '2017-12-22'],
    // a word pointing ahead keeps the future reading
    ['Debat kandidat akan digelar Rabu (30/10) mendatang di Jakarta.', '2025-06-10', 'Rabu (30/10) mendatang', '2025-10-30'],
  ])('%s keeps the stated date and flags the clash', (sentence, published, surface, value) => {
    const r = run(sentence, published);
    const f = r.facts.find((x) => x.text === surface) as DateFact;
    expect({ value: f.value, flags: f.flags, weekday: f.weekday }).toEqual({ value, flags: ['weekday-mismatch'], weekday: surface.split(/[ (,]/)[0] });
    expect(r.messages.map((m) => m.code)).toContain('date/weekday-mismatch');
  });

  test('a matching weekday raises no flag', () => {
    expect(one('Rapat digelar Selasa (20/06/2023).', null, 'Selasa (20/06/2023)').flags).toEqual([]);
  });
});

describe('implausible years', () => {
  test('a typo year far after publication is read in the year its weekday fits', () => {
    const f = one('Hal itu dikatakan Nonato di Labuan Bajo, Senin (13/10/3025).', '2025-10-13', 'Senin (13/10/3025)');
    expect({ value: f.value, flags: f.flags, implied: f.evidence.implied }).toEqual({ value: '2025-10-13', flags: ['implausible-year'], implied: ['year'] });
  });

  // news-12k, with each article's publication date: a year of three or five digits is a slip
  // typing the current year (one digit left out or added), the weekday picks the year near
  // publication; a slash lost before the year leaves the month and year glued
  test.each([
    ['DilansirAFP, Rabu (18/6/225), pidato tersebut disampaikan enam hari setelah konflik dimulai.', '2025-06-18', 'Rabu (18/6/225)', '2025-06-18', ['implausible-year']],
    ['Kalau dulu setuju pulau itu masuk Trenggalek, ya sekarang harus dikawal,” kata Deni di Surabaya, Kamis (19/6/205).', '2025-06-19', 'Kamis (19/6/205)', '2025-06-19', ['implausible-year']],
    ['Pendaftaran lowongan kerja tersebut dibuka hingga Kamis (11/6/62026) melalui laman career.pamapersada.com .', '2026-05-25', 'Kamis (11/6/62026)', '2026-06-11', ['implausible-year']],
    ['TurnBackHoax juga menemukan laporan BBC News Indonesia yang tayang pada Senin (13/102025).', '2026-05-31', 'Senin (13/102025)', '2025-10-13', []],
    ['Hasil penelusuran menemukan unggahan serupa pada akun TikTok @arlinbilali114 yang diunggah pada Rabu, (18/062025).', '2026-01-07', 'Rabu, (18/062025)', '2025-06-18', []],
  ])('%s', (sentence, published, surface, value, flags) => {
    const f = one(sentence, published, surface);
    expect({ value: f.value, flags: f.flags }).toEqual({ value, flags });
  });

  test('a five-digit year whose weekday fits no year next to publication gives no fact', () => {
    // 18 April is a Tuesday in 2006 (a digit dropped from "20206"), but not in 2025, 2026 or 2027
    expect(dates('Hingga Selasa (18/4/20206) unggahan tersebut telah mendapatkan 3.200-ann tanda suka, 890-an komentar, serta dibagikan ulang lebih dari 130 kali.', '2026-04-21')).toEqual([]);
  });

  test('without a weekday the repair nearest publication is used (swapped digits)', () => {
    expect(one('Surat itu bertanggal 21 Agustus 2205.', '2025-09-16', '21 Agustus 2205').value).toBe('2025-08-21');
  });

  test('an unrepairable year gives no fact', () => {
    expect(dates('Nomor seri 14 Februari 5555 tercetak di dokumen.', '2024-02-20')).toEqual([]);
  });
});

describe('relative days and the event day', () => {
  test('a quote takes the event day the article states, not publication', () => {
    const text = '"Hari ini kami datang untuk bersilaturahmi," kata Hakim di Masamba, Senin (13/2/2023).';
    const fs = dates(text, '2023-02-14');
    expect(fs.map((f) => f.value)).toEqual(['2023-02-13']);
    expect(fs[0].mentions.map((m) => m.text)).toEqual(['Hari ini', 'Senin (13/2/2023)']);
  });

  test('"kemarin" in a quote is the day before the event day', () => {
    const text = '"Sampai kemarin Gus Ipul yang terdekat," kata Mardani di Jakarta, Minggu (15 / 10).';
    expect(dates(text, '2017-10-16').map((f) => [f.text, f.value])).toEqual([
      ['kemarin', '2017-10-14'],
      ['Minggu (15 / 10)', '2017-10-15'],
    ]);
  });

  test('without an event day, publication is the reference', () => {
    expect(dates('Presiden mencoba panser di Mabes TNI pagi ini.', '2017-01-17').map((f) => f.value)).toEqual(['2017-01-17']);
  });

  test('a relative day carries what it resolved and that everything was implied', () => {
    const f = one('Berkas diserahkan ke KPU kemarin.', '2024-02-20', 'kemarin');
    expect({ relative: f.relative, implied: f.evidence.implied, granularity: f.granularity }).toEqual({ relative: 'kemarin', implied: ['year', 'month', 'day'], granularity: 'day' });
  });

  test('without a publication date relative days are not facts', () => {
    expect(dates('Hari ini beredar pesan berantai soal TPS, Senin (13/2/2023).', null).map((f) => f.text)).toEqual(['Senin (13/2/2023)']);
  });
});

describe('fact fields', () => {
  test('zone, weekday, granularity and lexicon of a day with a time', () => {
    const f = one('Rapat dimulai Senin (19/2/2024) pukul 10.00 WIB di aula.', '2024-02-20', 'Senin (19/2/2024) pukul 10.00 WIB');
    expect({ zone: f.zone, weekday: f.weekday, granularity: f.granularity, lexicon: f.evidence.lexicon, rule: f.evidence.rule }).toEqual({
      zone: 'WIB',
      weekday: 'Senin',
      granularity: 'datetime',
      lexicon: ['weekday-senin', 'zone-wib'],
      rule: 'date/weekday-date',
    });
  });

  test('modifier of a part of a month', () => {
    const f = one('Logistik tiba akhir Januari 2024.', '2024-02-20', 'akhir Januari 2024');
    expect({ value: f.value, modifier: f.modifier, granularity: f.granularity }).toEqual({ value: '2024-01', modifier: 'akhir', granularity: 'month' });
  });

  test('an interval with an implied start month', () => {
    const f = one('Verifikasi berlangsung 6-26 Februari 2023.', '2023-02-14', '6-26 Februari 2023');
    expect({ value: f.value, granularity: f.granularity, implied: f.evidence.implied }).toEqual({ value: '2023-02-06/2023-02-26', granularity: 'interval', implied: [] });
  });

  test('every fact satisfies text === article.text.slice(start, end)', () => {
    const text = 'Senin (13/2/2023) KPU rapat. Feb 14, 2023 - 11:13\nVerifikasi 6-26 Februari 2023, dimulai 12 Februari 15 April 2023, kemarin, H-7.';
    for (const f of dates(text, '2023-02-14')) for (const m of f.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describeShared('years of articles without a publication date (news-12k, check sets 21 and 24)', () => {
  // [a phrase that finds the article, surface, value]: with no publication date and no date written
  // with its year, a year-less day takes the year the article names most often, unless the only
  // years named are of elections one or two years after the cited links' year (news names the
  // coming election in the years before it); a weekday picks among the years the article names
  test.each([
    // turnbackhoax on a hoax list of Pilkada 2018 candidates; the years named most are corruption
    // cases' (2015), and 3 June falls on a Sunday in 2018 (named) and 2012 (not)
    ['KPK Umumkan33', 'Minggu (3/6)', '2018-06-03'],
    // an article on Pilpres 2019 written in 2018: its cited links are of April 2018
    ['Ketua Bidang Pemenangan PBB Sukmo Harsono', '5 Mei', '2018-05-05'],
    ['Ketua Bidang Pemenangan PBB Sukmo Harsono', '28/4', '2018-04-28'],
    // of the dated contexts on either side, the one of the same month (check set 24): "bulan
    // Januari 2018" before it, not the founding day "17 September 2003" told nearer after it
    ['Lingkaran Survei Indonesia yang didirikan oleh Denny JA', '27/1', '2018-01-27'],
  ])('%s: %s', (phrase, surface, value) => {
    const text = benchTexts().find((t) => t.includes(phrase));
    expect(text).toBeDefined();
    expect(one(text!, null, surface).value).toBe(value);
  });
});

describeShared('a past weekday that an earlier sentence dates (news-12k)', () => {
  // the event day stated in another sentence on the same weekday is the day told again, not the
  // week before it: "Keputusan UE pada Selasa (27 / 6) …" … "kata Margrethe pada Selasa kemarin"
  test.each([
    ['kata Margrethe pada Selasa kemarin', '2017-06-29', 'Selasa (27 / 6)', '2017-06-27'],
    ['dibongkar Satpol PP Kabupaten Bekasi pada Rabu kemarin', '2025-06-20', 'Rabu (18/6/2025)', '2025-06-18'],
  ])('%s', (phrase, published, stated, value) => {
    const text = benchTexts().find((t) => t.includes(phrase));
    expect(text).toBeDefined();
    const f = one(text!, published, stated);
    expect(f.value).toBe(value);
    // the weekday told again is a mention of the stated day's fact
    expect(f.mentions.map((m) => m.text)).toContain(phrase.split(' ').slice(-2).join(' '));
    expect(dates(text!, published).filter((d) => d.value === value)).toHaveLength(1);
  });
});
