import { findBylineTime, findDateline, parseDateline } from '../src/text/dateline.js';
import { readArticles } from '../src/ingest/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';

describe('parseDateline', () => {
  // [line, place, publisher]
  test.each([
    ['BANDAR LAMPUNG, Nenemonews (Lampung) – Tim Desk Pemantauan Pilkada menggelar rapat.', 'BANDAR LAMPUNG', 'Nenemonews'],
    ['PAGARALAM, KORANPALPRES.COM - Pj Walikota memimpin rapat.', 'PAGARALAM', 'KORANPALPRES.COM'],
    ['Jakarta, CNN Indonesia -- Wakil Ketua Umum Gerindra menduga hal itu.', 'Jakarta', 'CNN Indonesia'],
    ['LUWU UTARA - Komisi Pemilihan Umum menerima kunjungan.', 'LUWU UTARA', null],
    ['Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.', 'Mataram', 'ANTARA News'],
    ['Jakarta (ANTARA News) - KPU menetapkan jadwal.', 'Jakarta', 'ANTARA News'],
    ['LOS ANGELES, KOMPAS.com - Pendiri Facebook menanggapi ancaman.', 'LOS ANGELES', 'KOMPAS.com'],
    ['REPUBLIKA.CO.ID, MANCHESTER— Sebelum menjadi gelandang City.', 'MANCHESTER', 'REPUBLIKA.CO.ID'],
    ['TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia menyebutkan.', 'Jakarta', 'TEMPO.CO'],
    ['Liputan6.com, Jakarta London Love Story berhasil menorehkan prestasi.', 'Jakarta', 'Liputan6.com'],
    ['Merdeka.com - Juru Bicara Kepresidenan menegaskan.', null, 'Merdeka.com'],
    ['Jakarta\n-\nKetua Badan Legislasi (\nBaleg\n) DPR RI Bob Hasan mengatakan.', 'Jakarta', null],
    ['Bandar Lampung, Ketua KPU Provinsi Lampung, Erwan Bustami menjadi narasumber.', 'Bandar Lampung', null],
  ])('%s', (line, place, publisher) => {
    const d = parseDateline(line, 0);
    expect(d).not.toBeNull();
    expect(d!.place).toBe(place);
    expect(d!.publisher).toBe(publisher);
    expect(d!.start).toBe(0);
  });

  test.each([
    'Baru-baru ini Mahkamah Konstitusi mengabulkan permohonan.',
    'Ketua KPU Lampung, Erwan Bustami, membuka rapat.',
    'Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara menerima kunjungan.',
    'Feb 14, 2023 - 11:13',
  ])('no dateline: %s', (line) => {
    expect(parseDateline(line, 0)).toBeNull();
  });

  test('the lead line admits an outlet name before the dash', () => {
    const text = 'Rimanews - Presiden Joko Widodo mencoba Panser Anoa.';
    expect(findDateline(text)).toMatchObject({ place: null, publisher: 'Rimanews' });
    expect(findDateline('Badung - Kepala Dinas Pariwisata memastikan hal itu.')).toMatchObject({ place: 'Badung', publisher: null });
  });
});

describe('findBylineTime', () => {
  test.each([
    ['Jalin Koordinasi\n\nEditor Jus - LUWUUTARA.PUBLIKSULSEL.COM\n\nFeb 14, 2023 - 11:13\n\nKomisi Pemilihan Umum menerima kunjungan.', 'Feb 14, 2023 - 11:13'],
    ['Judul Berita\nRabu, 18 Jun 2025 17:38 WIB\nIsi berita.', 'Rabu, 18 Jun 2025 17:38 WIB'],
    ['Judul Berita\nLaban Laisila : 19 Jun 2015 | 13:06\nIsi berita.', 'Laban Laisila : 19 Jun 2015 | 13:06'],
    ['Judul Berita\nDiperbarui 12 Jun 2025, 11:00 WIB\nIsi berita.', 'Diperbarui 12 Jun 2025, 11:00 WIB'],
  ])('%s', (text, line) => {
    expect(findBylineTime(text)?.text).toBe(line);
  });

  test('a sentence with a date is no byline', () => {
    expect(findBylineTime('Judul\nRapat digelar di aula KPU Lampung pada 14 Februari 2023 oleh seluruh komisioner.')).toBeNull();
  });
});

describeShared('datelines of the five seed articles', () => {
  test('place, publisher and byline time', async () => {
    const got: Record<string, unknown> = {};
    for await (const item of readArticles([sharedPath('seeds')])) {
      if (item.type !== 'article') throw new Error(item.error.reason);
      const a = item.article;
      got[a.id.slice(0, 3)] = { place: a.place, publisher: a.publisher, published: a.published };
    }
    expect(got).toEqual({
      '000': { place: 'Bandar Lampung', publisher: null, published: null },
      '001': { place: 'Bandar Lampung', publisher: null, published: null },
      '002': { place: 'LUWU UTARA', publisher: null, published: '2023-02-14T11:13' },
      '003': { place: 'PAGARALAM', publisher: 'KORANPALPRES.COM', published: null },
      '004': { place: 'BANDAR LAPUNG', publisher: 'Nenemonews', published: null },
    });
  });
});
