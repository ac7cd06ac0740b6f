/**
 * Institution forms beyond the seed articles, table-driven: acronyms written in lower or upper
 * case, the pre-2018 kabupaten supervisor (Panitia Pengawas Pemilihan / Panwas Kabupaten X →
 * Bawaslu with the region), ad-hoc bodies bound to the article's one kabupaten, and bodies of
 * other countries. Sentences written in the style of regional election news and fact-checks.
 */
import { readFileSync } from 'node:fs';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { lexiconPath } from '../src/lexicon/load.js';
import type { InstitutionFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['institution'] });
const institutions = (text: string) => extractArticle(testArticle(text), pipeline).facts.filter((f): f is InstitutionFact => f.kind === 'institution');

// [sentence, mention text, id, region]
type Row = [sentence: string, text: string, id: string, region: string | null];

const check = (sentence: string, text: string, id: string, region: string | null) => {
  const fs = institutions(sentence);
  const f = fs.find((x) => x.id === id && x.mentions.some((m) => m.text === text));
  if (!f) throw new Error(`no ${id} "${text}" in: ${fs.map((x) => `${x.id} "${x.text}"`).join('; ')}`);
  expect(f.mentions.find((m) => m.text === text)!.start).toBe(sentence.indexOf(text));
  expect(f.region).toBe(region);
};

describe('acronyms in lower or upper case', () => {
  test.each<Row>([
    ['Melalui laporan ini, kami berharap bawaslu dapat memproses pelanggaran itu.', 'bawaslu', 'Bawaslu', null],
    ['Petugas pantarlih mendatangi rumah warga untuk mencocokkan data pemilih.', 'pantarlih', 'Pantarlih', null],
    ['Data yang masuk ke kpu sesuai formulir C1 yang ditandatangani saksi.', 'kpu', 'KPU', null],
    ['PEMPROV JATIM MENGGELAR RAPAT KOORDINASI PILKADA', 'PEMPROV JATIM', 'Pemda', '35'],
    ['Anggota linmas berjaga di TPS sejak pagi.', 'linmas', 'Linmas', null],
  ])('%s', check);

  test.each([
    ['Rilis itu dimuat di https://jatim.bawaslu.go.id/2021/12/bawaslu-jatim-tidak-pernah-mengeluarkan-surat.'],
    ['Akun @kpu_ri dan tagar #kpu ramai dibicarakan.'],
    ['Tautan https://example.com/salah-kpu-menggunakan-algoritma beredar luas.'],
    ['Warga Kpu Lama berkumpul di balai desa.'],
  ])('none: %s', (s) => {
    expect(institutions(s).filter((f) => f.id === 'KPU' || f.id === 'Bawaslu')).toEqual([]);
  });
});

// A full name of ordinary words counts only written with capitals (institution-lexicon.json
// "capitalized"): in lower case it is what the words say (news-12k, 5 of 5 uses)
describe('a name of ordinary words in lower case', () => {
  test.each([
    ['"Jadi kemudahan proses perizinan itu dipermudah, tapi harus tetap ada mekanisme untuk perlindungan masyarakat," ujar pria yang akrab disapa RA itu.'],
    ['Kapolrestabes Palembang Kombes Harryo Sugihhartono, menjelaskan langkah ini merupakan perlindungan masyarakat dari kerugian akibat tindak kejahatan penipuan digital.'],
  ])('no Linmas: %s', (s) => {
    expect(institutions(s).filter((f) => f.id === 'Linmas')).toEqual([]);
  });
});

// An acronym followed by words that make it another body's name (institution-lexicon.json
// "otherMeanings"): "KPU Bea Cukai" is customs' main service office (news-12k, 3 of 3 uses)
describe('an acronym that names another body', () => {
  test.each([
    ['"Karena Batam adalah kawasan bebas. Itulah kenapa harganya jauh lebih murah dibanding daerah lain di Indonesia. Ciri khasnya adalah pelat nomor berwarna hijau yang diakhiri dengan huruf tertentu," demikian dikutip dari akun Instagram resmi KPU Bea Cukai Batam.'],
  ])('no KPU: %s', (s) => {
    expect(institutions(s).filter((f) => f.id === 'KPU')).toEqual([]);
  });

  test.each<Row>([
    ['Ketua KPU Batam menyebut gudang logistik dijaga petugas bea cukai dan polisi.', 'KPU Batam', 'KPU', '21.71'],
    ['Pegawai KPU BCA cabang itu bukan petugas pemilu.', 'KPU', 'KPU', null],
  ])('still KPU: %s', check);
});

describe('the kabupaten supervisor before 2018', () => {
  test.each<Row>([
    ['Panitia Pengawas Pemilihan Kabupaten Halmahera Tengah menemukan video dugaan pelanggaran di TPS.', 'Panitia Pengawas Pemilihan Kabupaten Halmahera Tengah', 'Bawaslu', '82.02'],
    ['Laporan itu sudah kami serahkan ke Panwas Kabupaten Bima kemarin.', 'Panwas Kabupaten Bima', 'Bawaslu', '52.06'],
    ['Panitia Pengawas Pemilihan Kecamatan Patani Utara memanggil petugas KPPS.', 'Panitia Pengawas Pemilihan Kecamatan', 'Panwaslu Kecamatan', null],
  ])('%s', check);
});

describe('ad-hoc bodies in a one-kabupaten article', () => {
  test('KPPS takes the one region the article states with any body', () => {
    const s =
      'Panitia Pengawas Pemilihan Kabupaten Halmahera Tengah menemukan video pencoblosan. Dalam video itu, petugas KPPS tampak mencoblosi surat suara. Komisioner KPU RI meminta laporan.';
    check(s, 'KPPS', 'KPPS', '82.02');
  });

  test('two regions stated leave it unbound', () => {
    const s = 'Ketua Bawaslu Provinsi NTT mengeluhkan jumlah pengawas. Rapat digelar Bawaslu Manggarai Barat di Labuan Bajo. Di tingkat desa, PPS bekerja bersama KPU.';
    check(s, 'PPS', 'PPS', null);
  });
});

describe('bodies of other countries', () => {
  test.each([
    ['Sejak saat itu, Mahkamah Konstitusi telah menegakkan pembatasan dua periode presiden Bolivia.'],
    ['Putusan Mahkamah Konstitusi Thailand membubarkan partai oposisi.'],
    ['Hakim Mahkamah Agung AS memutuskan perkara imigrasi itu.'],
  ])('none: %s', (s) => {
    expect(institutions(s).filter((f) => f.id === 'MK' || f.id === 'MA')).toEqual([]);
  });

  test.each<Row>([
    ['Mahkamah Konstitusi menolak gugatan sengketa Pilpres yang diajukan pasangan nomor urut 1.', 'Mahkamah Konstitusi', 'MK', null],
    ['Delegasi Malaysia belajar ke Mahkamah Konstitusi Republik Indonesia soal sengketa pemilu.', 'Mahkamah Konstitusi Republik Indonesia', 'MK', null],
    // "PBB" is the party where the article names it so (two sentences of one article, check set
    // 21): no body of nations
    [
      'Atas terpampangnya logo Partai Bulan Bintang (PBB) di peresmian Sekretariat Bersama (Sekber) Partai Gerakan Indonesia Raya (Gerindra), Partai Keadilan Sejahtera (PKS), dan Partai Amanat Nasional (PAN), pihak PBB melakukan klarifikasi. Sukmo mengatakan, saat ini PBB tengah mempersiapkan diri menghadiri pemilu legislatif dan mengkaji kemungkinan melakukan judicial review ke Mahkamah Konstitusi (MK) perihal Undang-Undang Pemilihan Presiden 2019.',
      'Mahkamah Konstitusi (MK)',
      'MK',
      null,
    ],
  ])('%s', check);
});

// a bare "MK" with no court word in its sentence (check set 10, 2026-11-24): the court, unless the
// article uses the letters for a person's initials, a letter's number or a model
describe('a bare "MK"', () => {
  test.each<Row>([['Contohnya MK pernah mendiskualifikasi semua paslon Pilkada Barito Utara 2024 karena politik uang.', 'MK', 'MK', null]])('%s', check);

  test.each([
    ['Bocah berinisial MK (7) yang diduga dianiaya ayah kandungnya masih menjalani perawatan diRS Polri Kramat Jati, Jakarta Timur (Jaktim). Nurul melanjutkan, kondisi bocah tersebut kini mulai stabil. Namun MK belum dapat diajak banyak bicara.'],
    ['Kenaikan honorarium ini ditetapkan oleh Menteri Keuangan Sri Mulyani dalam surat bernomor S - 217/MK.02 / 2017 pada 13 Maret lalu.'],
  ])('none: %s', (s) => {
    expect(institutions(s).filter((f) => f.id === 'MK')).toEqual([]);
  });
});

// An office title that names its body inside one word (check set 14, 2026-11-24): "Kapolrestabes"
// is a police chief, so the article mentions Polri where it names him.
describe('a body named inside an office title', () => {
  test.each<Row>([
    ['“Penangkapan 40 WNA ini tidak ada kaitannya dengan hasil pemungutan suara Pilpres 2019.” ungkap Kapolrestabes Semarang Kombes Pol Abioso Seno Aji.', 'Kapolrestabes Semarang', 'Polri', '33.74'],
    // the branch of the TNI is part of its name (check set 15)
    ['Dilansir dari kompas.com yang telah diberitakan sejak Juli 2021, Kepala Dinas Penerbangan TNI Angkatan Udara (Kadispen AU) Marsma TNI Indan Gilang Buldansyah menjelaskan bahwa jejak putih tersebut adalah hal yang wajar.', 'TNI Angkatan Udara', 'TNI', null],
  ])('%s', check);

  // Every one-word title of an office whose body is implied (office-positions.json, type
  // "implied") is a form of that body in the institution lexicon. Not Pemda: annotators list the
  // regional government only where the article writes it ("Pemprov"), not for its "Sekda". Not the
  // heads of a Polda's directorates: news writes them before the Polda they serve ("Dirlantas Polda
  // Metro Jaya Kombes Halim Pagarra"), which names the body and its region.
  test('the office lexicon and the institution lexicon agree', () => {
    const read = (name: string) => JSON.parse(readFileSync(lexiconPath(name), 'utf8')) as { entries: Array<Record<string, unknown>> };
    const forms = new Map<string, Set<string>>();
    for (const e of read('institution-lexicon.json').entries) {
      const all = ['aliases', 'acronyms', 'contextAcronyms', 'subunits'].flatMap((k) => (e[k] as string[] | undefined) ?? []);
      forms.set(e.id as string, new Set(all));
    }
    const missing: string[] = [];
    for (const e of read('office-positions.json').entries) {
      const body = e.institution as string | undefined;
      if (e.type !== 'implied' || !body || body === 'Pemda' || e.id === 'direktur-polda') continue;
      for (const title of [e.canonical as string, ...((e.aliases as string[]) ?? [])]) {
        if (!/\s/.test(title) && !forms.get(body)?.has(title)) missing.push(`${title} (${body})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// "Polda Metro" (a real sentence of news-12k) is the Jakarta command written short, and a Polda serves
// a province, so a city of the same name (Kota Metro, Lampung) is not its region
describe('a province body takes no place below a province', () => {
  test.each<Row>([
    ['Polda Metro mengklaim, Rizieq dan Firza terlibat kuat dalam kasus ini.', 'Polda Metro', 'Polri', null],
    ['Kapolda Sumsel memastikan pengamanan TPS berjalan lancar.', 'Kapolda Sumsel', 'Polri', '16'],
  ])('%s', check);
});

// The national chief and headquarters name the national body itself (institution-lexicon.json
// "nationalForms"): no region from the article's regional commands (check set 25, whose annotator
// lists Polri both national and of DKI Jakarta in an article on the Kapolda Metro Jaya's transfer)
describe('forms that name the national body itself', () => {
  test('"Kapolri" beside a Polda stays national; the Polda and the bare "Polri" take its region', () => {
    const s = 'Kapolri, Jenderal Tito Karnavian merotasi 51 orang perwira tinggi (Pati) dan perwira menengah (Pamen) di jajaran Polri. Dalam Surat Telegram nomor ST / 1768/VII/2017 tertanggal 20 Juli 2017 tersebut, salah satu yang dimutasi ialah Kapolda Metro Jaya, Irjen M Iriawan yang digantikan oleh Irjen Idham Aziz.';
    expect(institutions(s).map((f) => [f.text, f.id, f.region, f.mentions.length])).toEqual([
      ['Kapolri', 'Polri', null, 1],
      ['Polri', 'Polri', '31', 2],
    ]);
  });
  test.each<Row>([
    ['Kemungkinan langkah yang akan ditempuh, lanjut dia, bisa melalui upaya praperadilan atau melaporkan perkara ini ke Mabes Polri.', 'Mabes Polri', 'Polri', null],
    ['Walaupun demikian, Wakapolri Komjen Syafruddin mengatakan pihaknya memastikan proses pengaduan itu tak akan dilanjutkan.', 'Wakapolri', 'Polri', null],
  ])('%s', check);
});

// the forum's older name, "Forum Komunikasi Pimpinan Daerah" (check set 28)
describe('a body under another name', () => {
  test.each<Row>([
    ['Kirab juga diikuti Pelaksana Tugas Bupati Banyumas Budhi Setiawan beserta istri, anggota Forum Komunikasi Pimpinan Daerah Banyumas, anggota DPRD Banyumas, dan para kepala organisasi perangkat daerah yang seluruhnya menggunakan pakaian adat Jawa Banyumasan serta didampingi istri masing-masing.', 'Forum Komunikasi Pimpinan Daerah Banyumas', 'Forkopimda', '33.02'],
  ])('%s', check);
});
