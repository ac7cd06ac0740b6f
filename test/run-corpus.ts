/**
 * Made-up election news for the run and scale tests: written by the team in the style of
 * regional KPU/Bawaslu reports (no real article), varied enough that every fact kind shows up,
 * with unreadable lines mixed in so that errors.jsonl order is tested too.
 */
import { writeFileSync } from 'node:fs';

const OFFICIALS = [
  ['Ketua KPU Provinsi Lampung', 'Erwan Bustami'],
  ['Ketua Bawaslu Provinsi Lampung', 'Iskardo'],
  ['Ketua KPU Kabupaten Luwu Utara', 'Syamsul Bachri'],
  ['Anggota KPU Kota Pagar Alam', 'Dewi Lestari'],
  ['Kepala Dinas Kependudukan Kabupaten Tanggamus', 'Ahmad Fauzi'],
];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const STAGES = ['pemutakhiran data pemilih', 'masa kampanye', 'pemungutan suara', 'rekapitulasi hasil penghitungan suara', 'pendaftaran calon'];
const PLACES = ['BANDAR LAMPUNG', 'MASAMBA', 'PAGARALAM', 'KOTA AGUNG', 'METRO'];

/** One made-up article: a dateline, an official, a date, a stage and a legal citation. */
export function madeUpArticle(i: number): { id: string; title: string; url: string; published: string; text: string } {
  const [office, name] = OFFICIALS[i % OFFICIALS.length];
  const day = (i % 27) + 1;
  const month = MONTHS[i % 12];
  const stage = STAGES[i % STAGES.length];
  const place = PLACES[i % PLACES.length];
  const paras = [
    `${place}, Contoh News – ${office}, ${name}, membuka rapat koordinasi ${stage} pada Selasa (${day}/${(i % 12) + 1}/2023).`,
    `Menurut ${name}, tahapan ${stage} berlangsung mulai ${day} ${month} 2023 sesuai Pasal ${160 + (i % 300)} ayat (${(i % 4) + 1}) Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum.`,
    `Bawaslu mengingatkan peserta pemilu agar mematuhi Peraturan KPU Nomor ${(i % 20) + 1} Tahun 2022 selama ${stage}.`,
  ];
  // longer items now and then, so batches close on size as well as on count
  if (i % 17 === 0) for (let k = 0; k < 20; k++) paras.push(`Rapat ke-${k + 1} membahas kesiapan petugas di ${place} menjelang ${stage} pada ${((k + i) % 27) + 1} ${month} 2023.`);
  return { id: `contoh-${String(i).padStart(5, '0')}`, title: `Rapat ${stage} di ${place}`, url: `https://contoh.example/berita/${i}`, published: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: paras.join('\n\n') };
}

/** JSONL of `n` made-up articles from number `from`; every `badEvery`-th line (if set) is malformed JSON. */
export function madeUpJsonl(n: number, badEvery = 0, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) {
    if (badEvery && i % badEvery === badEvery - 1) lines.push(`{"id": "rusak-${i}", "text": `);
    else lines.push(JSON.stringify(madeUpArticle(i)));
  }
  return `${lines.join('\n')}\n`;
}

export function writeMadeUpCorpus(path: string, n: number, badEvery = 0, from = 0): string {
  writeFileSync(path, madeUpJsonl(n, badEvery, from));
  return path;
}
