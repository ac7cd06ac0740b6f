import { BOILERPLATE_PATTERNS, boilerplateRule } from '../src/text/sentences.js';

describe('text-boilerplate.json', () => {
  const rows = BOILERPLATE_PATTERNS.flatMap((p) => p.examples.map((e) => [p.id, e] as const));
  test.each(rows)('%s: %s', (id, example) => {
    expect(boilerplateRule(example)).not.toBeNull();
    expect(BOILERPLATE_PATTERNS.find((p) => p.id === id)!.re.test(example.trim())).toBe(true);
  });

  // lines of article prose that start like boilerplate
  test.each([
    'Sumber anggaran pilkada berasal dari hibah daerah sesuai Permendagri Nomor 54 Tahun 2019, kata dia.',
    'Editor senior itu menilai debat kandidat berlangsung tertib.',
    'Share kursi DPRD Lampung berubah setelah Pemilu 2024.',
    'Iklan kampanye di media massa diatur dalam PKPU Nomor 15 Tahun 2023.',
    'Foto-foto kegiatan diunggah ke laman resmi KPU.',
    'Tag line kampanye itu berbunyi "Pemilih Berdaulat, Negara Kuat".',
  ])('not boilerplate: %s', (line) => {
    expect(boilerplateRule(line)).toBeNull();
  });
});
