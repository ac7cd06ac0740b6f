import { neutralizeCell } from '../src/write/csv-cell.js';
import { csvLine } from '../src/write/dataset.js';

describe('CSV cells are safe to open in a spreadsheet', () => {
  test.each([
    ['=HYPERLINK("http://example.com","klik")', `'=HYPERLINK("http://example.com","klik")`],
    ['+62 812 3456 7890', `'+62 812 3456 7890`],
    ['-- Jakarta, CNN Indonesia', `'-- Jakarta, CNN Indonesia`],
    ['@KPU_RI', `'@KPU_RI`],
    ['\tindent', `'\tindent`],
    ['\rcarriage', `'\rcarriage`],
    ['Ketua KPU Provinsi Lampung', 'Ketua KPU Provinsi Lampung'],
    ['-12.5', '-12.5'],
  ])('%j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  test('numbers and booleans stay as they are', () => {
    expect(neutralizeCell(-3)).toBe(-3);
    expect(neutralizeCell(true)).toBe(true);
    expect(neutralizeCell(null)).toBeNull();
  });

  test('RFC 4180 quoting and CRLF', () => {
    expect(csvLine(['a,b', 'he said "ya"', 'line\nbreak', 7, false, null])).toBe('"a,b","he said ""ya""","line\nbreak",7,false,\r\n');
  });
});
