import { segmentSentences } from '../src/text/sentences.js';

describe('segmentSentences', () => {
  test.each([
    ['Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia memimpin Rapat. Juga disampaikan dukungan.', 2],
    ['Rapat yang dipimpin oleh Pj. Sekretaris Daerah Provinsi Lampung, Fredy, ini bertujuan baik.', 1],
    ['Dihadiri anggota KPU, M.Tio Aliansyah dan Drs. Ismanto, S.H., M.Si. dari Lampung. Kegiatan ditutup.', 2],
  ])('%s', (text, n) => {
    expect(segmentSentences(text).filter((s) => !s.boilerplate)).toHaveLength(n);
  });

  test('boilerplate lines are marked and offsets stay valid', () => {
    const text = 'Kalimat pertama.\nBACA JUGA:TNI-Polri di Lampung Apel Gabungan\nKalimat kedua.';
    const s = segmentSentences(text);
    expect(s.map((x) => x.boilerplate)).toEqual([false, true, false]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
