import { createPipeline, extractArticle } from '../src/pipeline.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['citation'] });
const citations = (text: string) => extractArticle(testArticle(text, '2024-02-20'), pipeline).facts.filter((f) => f.kind === 'citation');

// none of these is a citation of a law
const negatives: string[] = [
  'DPR menunda pembahasan RUU Pemilu hingga tahun depan.',
  'Rancangan Undang-Undang (RUU) Statistik akan mengatur Dewan Statistik Nasional.',
  'Sidang paripurna memutuskan perpanjangan waktu pembahasan RUU Terorisme, KUHP, dan Ibadah Haji.',
  'Revisi Kitab Undang-Undang Hukum Pidana (RKUHP) kembali mendapat kritik.',
  'Pasangan itu mendapat nomor urut 2 dalam pengundian di kantor KPU.',
  'Kantornya berada di Jalan Merdeka Nomor 7, Bandar Lampung.',
  'Pasal berapa yang digunakan pengadilan tinggi? Mana pasalnya?',
  'Pemohon merasa pasal-pasal tersebut belum memberi kepastian hukum.',
  'Kritik itu menyebut pasal karet dalam aturan tersebut.',
  'MK mengabulkan sebagian gugatan terkait pasal 27A, Pasal 45 ayat (4), dan pasal 45A ayat (2).',
  'Asas efisiensi diatur dalam Pasal 18A dan 18B Peraturan DKPP.',
  'Jaksa meyakini terdakwa melanggar Pasal 6 ayat 1 huruf a.',
  'Ahok dituduh menistakan agama terkait Surat Al-Maidah ayat 51.',
  'Ketua PP Muhammadiyah meminta warganya memilih sesuai hati nurani.',
  'Anggota Satpol PP menurunkan spanduk kampanye di Jakarta Pusat.',
  'Presiden Trump menandatangani Undang-Undang Keamanan Perbatasan di Washington.',
  'Keputusan Presiden Amerika Serikat Donald Trump memicu kritik.',
  'Suara sah mencapai 12,5 persen dengan skor 2-1 di TPS 7.',
  'Simak di https://news.detik.com/berita/d-47144/uu-pilkada-ruu-kuhp-pasal-5.',
  'Menurut Undang-Undang, taruna memiliki hak pilih.',
  'Putusan MK No. 135 tentang pemilu lokal menuai kritik.',
  'Tahun depan UU Nomor 7 akan direvisi.',
  // a year without "Tahun" needs "Nomor": "UU 12 2011" is two numbers
  'Dari UU 12 2011 kali revisi, belum ada yang rampung.',
];

describe('citation negatives', () => {
  test.each(negatives)('%s', (text) => {
    expect(citations(text)).toEqual([]);
  });
});
