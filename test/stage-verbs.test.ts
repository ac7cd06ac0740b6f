/**
 * Stages told with a verb or a less common noun: a candidate who registers with the commission
 * ("dua paslon mendaftar di KPU"), the commission setting the voter list ("KPU belum menetapkan
 * Daftar Pemilih Tetap"), "proses kandidasi".
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { StageFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['stage'] });
const stages = (text: string): StageFact[] =>
  extractArticle(testArticle(text, '2024-02-20'), pipeline).facts.filter((f): f is StageFact => f.kind === 'stage');

describe('stages told with a verb', () => {
  test.each([
    // [sentence, text, id]
    ['Suasana politik mulai memanas setelah dua paslon Pilgub Jateng mendaftar di KPU pekan lalu.', 'mendaftar di KPU', 'pencalonan'],
    ['Dari lima calon yang mendaftar di KPU Kabupaten Bogor, dua dinyatakan tidak lengkap berkasnya pada Pilkada 2024.', 'mendaftar di KPU', 'pencalonan'],
    ['Kedua pasangan calon yang sudah mendaftar ke Komisi Pemilihan Umum (KPU) menjalani tes kesehatan untuk Pilpres 2024.', 'mendaftar ke Komisi Pemilihan Umum (KPU)', 'pencalonan'],
    ['Menjelang Pemilu 2024, KPU belum menetapkan Daftar Pemilih Tetap (DPT) karena masih ada data ganda.', 'menetapkan Daftar Pemilih Tetap', 'pemutakhiran-data-pemilih'],
    ['Pada Pemilu 2024 KPU kabupaten menetapkannya sebagai DPT setelah rapat pleno terbuka.', 'menetapkannya sebagai DPT', 'pemutakhiran-data-pemilih'],
    ['Jadwal Pemilu 2024 yang padat membuat partai tergesa-gesa dalam proses kandidasi kepala daerah.', 'kandidasi', 'pencalonan'],
  ])('%s', (sentence, text, id) => {
    const f = stages(sentence).find((x) => x.id === id);
    expect(f && { text: f.text, start: f.start, id: f.id }).toEqual({ text, start: sentence.indexOf(text), id });
  });

  test.each([
    // a party registers for verification, a monitor or a voter registers for something else
    'Partai Ummat mendaftar ke KPU untuk mengikuti verifikasi peserta Pemilu 2024.',
    'Lembaga pemantau itu mendaftar di KPU agar bisa mengawasi Pemilu 2024.',
    // a candidate in another sentence
    'Pilkada 2024 makin dekat dan calon sudah ramai. Organisasi relawan itu mendaftar di KPU sebagai pemantau.',
  ])('no candidacy: %s', (sentence) => {
    expect(stages(sentence).filter((x) => x.id === 'pencalonan').map((x) => x.text)).toEqual([]);
  });

  test('a candidate for a party\'s chair is no candidate in an election; one for a seat is', () => {
    // (news-12k, one article) the chair's race first, the seat sought in 2024 after it
    const text =
      'JAKARTA, KOMPAS.com- Ronald A. Sinaga atau akrab disapaBro Ronmenjadi nama pertama yang mendaftar sebagai calon ketua umum (caketum) Partai Solidaritas Indonesia (PSI).\n' +
      'Bro Ron terjun ke dunia politik pada 2024, saat mendaftarkan diri sebagai calon anggota legislatif (caleg) daerah pemilihan (Dapil) Jawa Barat V dari PSI.';
    expect(stages(text).filter((x) => x.id === 'pencalonan').map((x) => x.text)).toEqual(['mendaftarkan diri sebagai calon']);
  });
});
