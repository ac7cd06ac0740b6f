import { tokenize } from '../src/text/tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  test.each([
    ["Jum'at,19/08 KPU menggelar rapat.", ["Jum'at", ',', '19/08', 'KPU', 'menggelar', 'rapat', '.']],
    ['Drs. Ismanto, S.H., M.Si. hadir', ['Drs.', 'Ismanto', ',', 'S.H.', ',', 'M.Si.', 'hadir']],
    ['H. Lusapta Yudha Kurnia', ['H.', 'Lusapta', 'Yudha', 'Kurnia']],
    ['di Jl. Ahmad Yani No. 12', ['di', 'Jl.', 'Ahmad', 'Yani', 'No.', '12']],
    ['anggaran Rp20.000 atau 12,5 persen', ['anggaran', 'Rp', '20.000', 'atau', '12,5', 'persen']],
    ['pukul 10.00 WIB, Selasa (20/06/2023)', ['pukul', '10.00', 'WIB', ',', 'Selasa', '(', '20/06/2023', ')']],
    ['tahapan-tahapan Pemilu 2024', ['tahapan-tahapan', 'Pemilu', '2024']],
    ['kotak suara, tinta, dll. tiba', ['kotak', 'suara', ',', 'tinta', ',', 'dll.', 'tiba']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('offsets are exact, also for a range of the text', () => {
    const text = 'Ketua KPU Provinsi Lampung, Erwan Bustami, Selasa (20/06/2023).';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    const from = text.indexOf('Erwan');
    const part = tokenize(text, from, from + 'Erwan Bustami'.length);
    expect(part.map((t) => [t.text, t.start, t.type])).toEqual([
      ['Erwan', from, 'word'],
      ['Bustami', from + 6, 'word'],
    ]);
  });

  test('types', () => {
    expect(tokenize('Pasal 434 ayat (1)').map((t) => t.type)).toEqual(['word', 'number', 'word', 'punct', 'number', 'punct']);
  });
});
