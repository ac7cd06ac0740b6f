/**
 * The scorer's rule for citations (../shared/gold/README.md): a citation is scored only when the
 * instrument's number is written in the article; a short title alone ("UU Pemilu") is not.
 */
import { instrumentNumberInText } from '../src/eval/score.js';

const rows: Array<[string, string, boolean]> = [
  ['UU 7/2017', 'sesuai Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum', true],
  ['UU 10/2016', 'diatur dalam UU No 10 Tahun 2016 tentang Pilkada', true],
  ['UU 7/2017', 'merujuk UU No. 7/2017, KPU menetapkan', true],
  ['UU 7/2017', 'UU Nomor 07 Thn 2017 mengatur', true],
  ['UU 7/2017', 'Undang-Undang Nomor 7 Th. 2017', true],
  ['PUTUSAN-MK 90/PUU-XXI/2023', 'Putusan MK Nomor 90/PUU-XXI/2023 soal batas usia', true],
  ['PUTUSAN-MK 90/PUU-XXI/2023', 'putusan nomor 90 / PUU - XXI / 2023', true],
  ['PERMEN 13/PRT/M/2016', 'Peraturan Menteri PUPR Nomor 13/PRT/M/2016 tentang', true],
  ['UUD 1945', 'Pasal 22E UUD 1945 menyebut', true],
  ['KUHP', 'dijerat pasal KUHP', true],
  // the short title alone, with a 7 and a 2017 elsewhere in the article
  ['UU 7/2017', 'Putusan MK atas gugatan UU Pemilu diumumkan Selasa (7/2/2017).', false],
  ['UU 7/2017', 'Sidang pada 7 Juli 2017 membahas UU Pemilu.', false],
  ['UU 7/2017', 'Sebanyak 17 partai ikut Pemilu 2017.', false],
  ['UU 7/2017', 'UU Nomor 17 Tahun 2017', false],
  ['UU 7/2017', 'UU Nomor 7 Tahun 20170', false],
];

describe('instrumentNumberInText', () => {
  test.each(rows)('%s in "%s" → %s', (instrument, text, expected) => {
    expect(instrumentNumberInText(instrument, text)).toBe(expected);
  });
});
