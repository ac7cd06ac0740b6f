import { createDoc, makeFact } from '../src/doc.js';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { stageModule } from '../src/extract/stage/index.js';
import type { Extractor } from '../src/extract/types.js';
import type { DateFact, StageFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['stage'] });
const stages = (text: string, published: string | null = '2024-02-20') =>
  extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is StageFact => f.kind === 'stage');

/** [sentence, expected stages: text, id, election (null when none is stated)] */
type Row = [string, Array<[string, string, (string | null)?]>];

const rows: Row[] = [
  ['Tahapan yang berjalan saat ini yaitu Verifikasi Administrasi Bakal Calon Anggota DPD dan DPRD Provinsi Lampung, Persiapan Penetapan DPT serta persiapan pengadaan logistic Pemilu.', [['Verifikasi Administrasi Bakal Calon', 'pencalonan'], ['Penetapan DPT', 'pemutakhiran-data-pemilih'], ['pengadaan logistic', 'pengadaan-logistik']]],
  ['KPU menggelar Bimtek Verifikasi Administrasi Pendaftaran Partai Politik Calon Peserta Pemilu Tahun 2024.', [['Verifikasi Administrasi Pendaftaran Partai Politik', 'pendaftaran-verifikasi-peserta', 'Pemilu 2024']]],
  ['Saat ini ada dua tahapan yakni pemuktahiran data pemilih oleh Pantarlih dan verifikasi syarat dukungan calon DPD tahap pertama.', [['pemuktahiran data pemilih', 'pemutakhiran-data-pemilih'], ['verifikasi syarat dukungan', 'pencalonan']]],
  ['Ketua KPU menyampaikan kesiapan pengadaan logistik Pilkada melalui metode e-procurement.', [['pengadaan logistik', 'pengadaan-logistik']]],
  ['Adapun tahapan pemilihan ketua RT mengikuti pemilu: pendaftaran, pencalonan, kampanye, pemungutan suara, perhitungan suara, dan penetapan hasil.', [['pencalonan', 'pencalonan'], ['kampanye', 'kampanye'], ['pemungutan suara', 'pemungutan-penghitungan-suara'], ['penetapan hasil', 'penetapan-hasil']]],
  ['Masa kampanye pada Pemilu Tahun 2024 hanya berlangsung 75 hari, sehingga waktu untuk pengadaan dan distribusi logistik Pemilu 2024 sempit.', [['Masa kampanye', 'kampanye', 'Pemilu 2024'], ['distribusi logistik', 'pengadaan-logistik', 'Pemilu 2024']]],
  ['Ia memantau pelaksanaan pemungutan suara ulang (PSU) pada Pemilu 2024 di Kuala Lumpur.', [['pemungutan suara ulang', 'pemungutan-penghitungan-suara', 'Pemilu 2024']]],
  ['Bawaslu mengawasi pencocokan dan pemuktahiran data pemilih, sedangkan KPU merekrut petugas Pantarlih yang bersifat ad hoc.', [['pencocokan dan pemuktahiran data pemilih', 'pemutakhiran-data-pemilih'], ['merekrut petugas Pantarlih', 'pembentukan-badan-adhoc']]],
  ['Seorang PNS baru bisa berhenti jika sudah ditetapkan Komisi Pemilihan Umum (KPU) menjadi calon gubernur.', [['ditetapkan Komisi Pemilihan Umum (KPU) menjadi calon', 'pencalonan']]],
  ['Presiden netral terhadap pasangan calon yang telah mendaftarkan diri ke Komisi Pemilihan Umum (KPU) DKI.', [['mendaftarkan diri ke Komisi Pemilihan Umum (KPU)', 'pencalonan']]],
  ['Petugas mulai coklit data pemilih Pilkada Kota Pagar Alam 2024.', [['coklit', 'pemutakhiran-data-pemilih', 'Pilkada Kota Pagar Alam 2024']]],
  ['KPU menggelar rapat pleno rekapitulasi DPT Pilgub Jatim 2018.', [['pleno rekapitulasi DPT', 'pemutakhiran-data-pemilih', 'Pilgub Jatim 2018']]],
  ['Bawaslu mengimbau warga menjaga masa tenang Pilkada Serentak 2024.', [['masa tenang', 'masa-tenang', 'Pilkada 2024']]],
  // a debate by its order (check set 15)
  ['Jakarta (ANTARA News) - Mantan jurnalis senior Ira Koesno mengungkapkan, berkesempatan menjadi moderator dalam debat perdana Pilkada DKI merupakan sebuah kesempatan langka.', [['debat perdana', 'kampanye', 'Pilkada DKI']]],
  // the quiet period by its older names, and "kampanye" as the period's genitive, not a campaign (news-12k)
  ['Sebelumnya Bawaslu Kota Makassar menggelar apel siaga di hari tenang jelang hari pencoblosan Pemilu pada 17 April mendatang.', [['hari tenang', 'masa-tenang'], ['hari pencoblosan', 'pemungutan-penghitungan-suara']]],
  ['Di masa tenang kampanye, para relawan pun tak bisa tenang hingga muncul politik sembako hingga politik sapi, bentuk lain dari politik uang.', [['masa tenang kampanye', 'masa-tenang']]],
  ['KPU membuka rekrutmen PPK dan PPS untuk Pemilu 2024.', [['rekrutmen PPK', 'pembentukan-badan-adhoc', 'Pemilu 2024']]],
  ['MK mulai menyidangkan sengketa hasil Pilkada 2024.', [['sengketa hasil Pilkada', 'perselisihan-hasil', 'Pilkada 2024']]],
  ['KPU menjadwalkan penetapan calon terpilih anggota DPRD hasil Pemilu 2024.', [['penetapan calon terpilih', 'penetapan-hasil', 'Pemilu 2024']]],
  ['Pelantikan anggota DPRD terpilih hasil Pemilu 2024 digelar di gedung dewan.', [['Pelantikan anggota DPRD', 'pengucapan-sumpah', 'Pemilu 2024']]],
  ['KPU menggelar penetapan partai politik peserta Pemilu 2024 di Jakarta.', [['penetapan partai politik peserta Pemilu', 'penetapan-peserta', 'Pemilu 2024']]],
  ['KPU Lampung menggelar uji publik rancangan penataan dapil DPRD untuk Pemilu 2024.', [['rancangan penataan dapil', 'penetapan-kursi-dapil', 'Pemilu 2024']]],
  ['Pemda dan KPU menandatangani NPHD untuk anggaran Pilkada 2024.', [['NPHD', 'perencanaan', 'Pilkada 2024']]],
  // candidacy told with "mencalonkan diri", and candidate numbers
  ['Megawati saat itu memutuskan tidak mencalonkan diri sebagai Presiden pada Pemilu 2014.', [['mencalonkan diri sebagai Presiden', 'pencalonan', 'Pemilu 2014']]],
  ['Menurut Presiden, setiap warga berhak mencalonkan dirinya menjadi Gubernur dalam Pilkada DKI.', [['mencalonkan dirinya menjadi Gubernur', 'pencalonan', 'Pilkada DKI']]],
  ['Setelah bebas, Latif mencalonkan diri menjadi Anggota DPRD Kalimantan Selatan pada Pileg 2014.', [['mencalonkan diri menjadi Anggota DPRD', 'pencalonan', 'Pileg 2014']]],
  ['Bupati petahana itu kembali mencalonkan diri dalam Pilkada Bone 2024.', [['mencalonkan diri dalam Pilkada', 'pencalonan', 'Pilkada Bone 2024']]],
  // without "diri" (corpus, set 10)
  ['Tengku Erry akhirnya harus memupuskan harapan untuk maju mencalonkan di Pilgub Sumut karena kursi dukungan yang tidak memadai.', [['mencalonkan di Pilgub', 'pencalonan', 'Pilgub Sumut']]],
  ['Foto itu diunggah jauh sebelum penetapan nomor urut Calon Presiden pada Pemilu 2024.', [['penetapan nomor urut Calon Presiden', 'pencalonan', 'Pemilu 2024']]],
  ['KPU menggelar penetapan nomor urut partai politik peserta Pemilu 2024 di Jakarta.', [['penetapan nomor urut partai politik', 'penetapan-peserta', 'Pemilu 2024']]],
  // who is declared qualified decides the stage
  ['Massa mendatangi kantor KPU setelah pasangan Moses-Amir dinyatakan tak lolos Pilkada Singkawang 2017.', [['dinyatakan tak lolos', 'pencalonan', 'Pilkada Singkawang 2017']]],
  ['Sembilan partai politik dinyatakan lolos dan berhak ikut Pemilu 2024, kata Ketua KPU.', [['dinyatakan lolos', 'pendaftaran-verifikasi-peserta', 'Pemilu 2024']]],
  ['Bakal calon perseorangan itu dinyatakan tidak memenuhi syarat oleh KPU kabupaten.', [['dinyatakan tidak memenuhi syarat', 'pencalonan']]],
  // logistics handled and voters listed, told with a verb
  ['Menurut Peraturan KPU itu, surat suara akan dikirim melalui pos kepada pemilih di luar negeri.', [['surat suara akan dikirim', 'pengadaan-logistik']]],
  // an Indonesian election held abroad is not a foreign setting
  ['PPLN Taipei mengirimkan surat suara metode pos kepada WNI di Taiwan untuk Pemilu 2024. Pekerja migran di Taiwan menerimanya sepekan kemudian.', [['mengirimkan surat suara', 'pengadaan-logistik', 'Pemilu 2024']]],
  ['KPU kabupaten mendistribusikan kotak suara ke 15 kecamatan untuk Pemilu 2024.', [['mendistribusikan kotak suara', 'pengadaan-logistik', 'Pemilu 2024']]],
  ['"Pemilih yang memenuhi syarat kami masukkan dalam daftar pemilih," kata Ketua KPU.', [['masukkan dalam daftar pemilih', 'pemutakhiran-data-pemilih']]],
  ['Warga yang sudah meninggal dicoret dari DPT oleh KPU kota menjelang Pilkada 2024.', [['dicoret dari DPT', 'pemutakhiran-data-pemilih', 'Pilkada 2024']]],
  // candidacy set or submitted, told with a noun or a verb
  ['Menurut Bawaslu, belum ada penetapan Bu Risma sebagai calon gubernur dalam Pilkada Jatim 2024.', [['penetapan Bu Risma sebagai calon', 'pencalonan', 'Pilkada Jatim 2024']]],
  ['Fraksi itu menolak ambang batas bagi partai untuk mengajukan calon presiden pada Pemilu 2029.', [['mengajukan calon presiden', 'pencalonan', 'Pemilu 2029']]],
  ['Gabungan partai di Jawa Tengah tak bisa lagi mengajukan pasangan calon, kata Ketua KPU provinsi.', [['mengajukan pasangan calon', 'pencalonan']]],
  // debates of the candidates, disputes over the result, requirements of candidacy (news text);
  // the words of a body or a chamber after "Pemilihan Umum" name no election
  ['Unggahan berisi informasi “KPU Sleman sebar flyer hasil analisis Debat Pilkada Sleman 2024” merupakan konten palsu (fabricated content).', [['Debat Pilkada', 'kampanye', 'Pilkada Sleman 2024']]],
  ['Video hanya berisi cuplikan tanggapan dari sejumlah pengamat politik mengenai isu Ridwan Kamil menggugat hasil Pilkada 2024.', [['menggugat hasil Pilkada', 'perselisihan-hasil', 'Pilkada 2024']]],
  ['Diketahui, pembacaan gugatan itu disampaikan oleh kuasa hukum Andika-Hendi pada sidang sengketa Pilkada Jateng di Gedung MK, Jakarta Kamis (9/1/2025).', [['sengketa Pilkada', 'perselisihan-hasil', 'Pilkada Jateng']]],
  ['Dengan selisih tipis ini, pasangan Rano - Embay sempat mengajukan sengketa Pilkada namun ditolak oleh majelis hakim Mahkamah Konstitusi.', [['sengketa Pilkada', 'perselisihan-hasil']]],
  ['KPU RI telah mengeluarkan surat yang isinya berupa daftar rumah sakit yang memenuhi syarat untuk melakukan pemeriksaan kesehatan jasmani dan rohani Bacaleg 2019. Sehingga tidak mendapat rekomendasi dan diperbolehkan memberikan SKS untuk persyaratan Bacaleg maupun bakal calon Bupati dan Wakil Bupati Kotim.', [['persyaratan Bacaleg', 'pencalonan']]],
  ['Hasil tersebut dimuat dalam Keputusan KPU Nomor 58/PL.01.1 - Kpt / 03/KPU / II/2018 tentang Penetapan Partai Politik Peserta Pemilihan Umum Anggota Dewan Perwakilan Rakyat.', [['Penetapan Partai Politik', 'penetapan-peserta']]],
  ['Pihaknya sudah berusaha maksimal dalam menghadirkan petugas yang profesional saat perekrutan anggota Pengawas Pemilihan Umum Kelurahan/Desa.', [['perekrutan anggota Pengawas Pemilihan Umum Kelurahan', 'pembentukan-badan-adhoc']]],
  // drafting the commission's regulations
  ['KPU harus menyiapkan tahapan Pemilu 2029 melalui pembuatan Peraturan Komisi Pemilihan Umum (KPU).', [['pembuatan Peraturan Komisi Pemilihan Umum (KPU)', 'perencanaan', 'Pemilu 2029']]],
  ['Komisioner KPU sedang menyusun rancangan PKPU tentang kampanye Pilkada 2024.', [['menyusun rancangan PKPU', 'perencanaan', 'Pilkada 2024'], ['kampanye', 'kampanye', 'Pilkada 2024']]],
  // inauguration of the elected, told with a verb, in capitals too
  ['Keduanya resmi dilantik menjadi presiden dan wakil presiden setelah menang Pemilu 2024.', [['dilantik menjadi presiden', 'pengucapan-sumpah', 'Pemilu 2024']]],
  ['Gubernur terpilih Sumatera Utara akan dilantik bulan depan, kata Ketua KPU provinsi.', [['Gubernur terpilih Sumatera Utara akan dilantik', 'pengucapan-sumpah']]],
  ['VIRAL! WALI KOTA TERPILIH BELUM DILANTIK, KPU DIGUGAT', [['WALI KOTA TERPILIH BELUM DILANTIK', 'pengucapan-sumpah']]],
  // the result of the vote and its count is told of the voting stage (check sets 13 and 14, real
  // sentences); the recapitulation of that result is the recapitulation, in one fact
  ['SBY mengimbau seluruh pihak menghormati hasil pemungutan suara dan keputusan Komisi Pemilihan Umum (KPU).', [['pemungutan suara', 'pemungutan-penghitungan-suara']]],
  ['Selain itu, dalam pemberitaan yang kini sudah dihapus tersebut, disebutkan pula Tim Pengamanan Pilkada Mabes Polri mencatat perolehan suara pada Pilkada tersebut. Dalam surat tersebut Kapolri Jenderal Tito Karnavian memerintahkan agar polisi yang bertugas di tempat pemungutan suara (TPS) dilarang memasuki TPS, dilarang mencatat, mendokumentasikan hasil perhitungan suara, dan dilarang mempengaruhi masyarakat yang akan memberikan suaranya.', [['perhitungan suara', 'pemungutan-penghitungan-suara']]],
  ['KPU menggelar rapat pleno rekapitulasi hasil penghitungan suara Pemilu 2024 tingkat provinsi.', [['pleno rekapitulasi', 'rekapitulasi-suara', 'Pemilu 2024']]],
  // an Indonesian election held abroad: the embassy's notice names the stages
  ['KBRI dan PPLN Kuala Lumpur menegaskan seluruh proses Pemilu gratis. Sejak pendaftaran sampai pemungutan suara, tidak ada pungutan biaya.', [['pemungutan suara', 'pemungutan-penghitungan-suara']]],
  // check set 16 (real sentences): the polling station's committee marks an election article; the
  // English "black campaign"; running for the legislature
  ['Wow, kami baru menemukan ada kecurangan dalam penghitungan suara, dari data yang kami himpun, kami menemukan bahwa KPPS melakukan kecurangan dalam menghitung suara.', [['penghitungan suara', 'pemungutan-penghitungan-suara']]],
  ['Rimanews - Tim Cyber Crime Polda Metro Jaya terus memantau black campaign maupun hate speech lewat media sosial terkait dengan Pilgub DKI Jakarta.', [['black campaign', 'kampanye', 'Pilgub DKI Jakarta']]],
  ['NARASI : Nowela Elizabeth Mikhelia Auparay, artis ibu kota berdarah Batak-Ppau yang menjadi kebanggan masyarakat Papua, kini akan mencalonkan diri sebagai bakal calon legislatif di DPR RI daerah pemilihan (Dapil) Provinsi Papua Barat pada pemilihan legislatif 2019 mendatang.', [['mencalonkan diri sebagai bakal calon legislatif', 'pencalonan', 'Pileg 2019']]],
  // check sets 23 and 24 (real sentences of hoax checks that name no election): a party's campaign
  ['Penjelasan & Fakta : Foto yang ada di tangkapan layar sebelah atas adalah foto kampanye Partai PDIP tahun 1999, seperti terdapat dari sumber media daring detik.com.', [['kampanye Partai', 'kampanye']]],
  // and a rally (check set 24)
  ['Sajak tersebut dibacakan ketika pidato pada Kampanye Akbar Partai Gerindra di GBK pada 23 Maret 2014.', [['Kampanye Akbar', 'kampanye']]],
  // registration for a regional election is the candidates' (check sets 20 and 28)
  ['Pada 30 Agustus 2024, melalui video dengan judul “Catatan Anies Pasca Pilpres dan Pendaftaran Pilkada 2024” yang tersebar di berbagai media sosialnya Anies memang pernah menyinggung terkait kemungkinan membuat partai baru, namun Anies belum secara tegas akan membuat partai baru tersebut.', [['Pendaftaran Pilkada', 'pencalonan', 'Pilkada 2024']]],
];

describe('stage forms', () => {
  test.each(rows)('%s', (sentence, expected) => {
    const got = stages(sentence)
      .flatMap((f) => f.mentions.map((m) => [m.text, m.start, f.id, f.election]))
      .filter((g) => expected.some(([text, id]) => g[0] === text && g[2] === id));
    // no election in the row: none stated in the sentence
    const want = expected.map(([text, id, election]) => [text, sentence.indexOf(text), id, election ?? null]);
    expect(got).toEqual(expect.arrayContaining(want));
    expect(new Set(stages(sentence).map((f) => f.id))).toEqual(new Set(expected.map((e) => e[1])));
  });
});

describe('stage dates and schedule', () => {
  // date facts are extracted before stages; here they are made by hand so the test does not
  // depend on the date rules
  function withDates(text: string, dates: Array<[string, string]>, published = '2023-02-14'): StageFact[] {
    const doc = createDoc(testArticle(text, published));
    for (const [surface, value] of dates) {
      const start = text.indexOf(surface);
      doc.facts.push(makeFact(doc, 'date', 'test', start, start + surface.length, { value, granularity: value.includes('/') ? 'interval' : 'day', zone: null, modifier: null, weekday: null, relative: null } as Omit<DateFact, 'kind' | 'start' | 'end' | 'text' | 'evidence' | 'confidence' | 'flags' | 'mentions'>));
    }
    let facts: StageFact[] = [];
    for (const ex of stageModule.extractors as Extractor<'stage'>[]) {
      const ctx = { doc, rule: ex.id, fact: (s: number, e: number, v: never, init?: never) => makeFact(doc, 'stage', ex.id, s, e, v, init), message: () => undefined };
      if ('scan' in ex) facts.push(...ex.scan(ctx));
      else {
        ex.pattern.lastIndex = 0;
        for (let m = ex.pattern.exec(text); m; m = ex.pattern.exec(text)) {
          const r = ex.extract(m, ctx);
          if (r) facts.push(...(Array.isArray(r) ? r : [r]));
        }
      }
    }
    for (const r of stageModule.refiners) facts = r.refine(facts, doc);
    for (const r of stageModule.resolvers) facts = r.resolve(facts, doc);
    return facts;
  }

  test('each stage of a sentence takes the dates stated after it', () => {
    const text =
      'Syamsul merinci bahwa saat ini ada dua tahapan pemilu yakni pemuktahiran data pemilih dimulai 12 Februari 15 April 2023 yang akan dilakukan oleh panitia pemuktahiran data pemilih (Pantarlih) dan verifikasi syarat dukungan calon DPD tahap pertama yang tahapannya 6-26 Februari 2023.';
    const facts = withDates(text, [
      ['12 Februari 15 April 2023', '2023-02-12/2023-04-15'],
      ['6-26 Februari 2023', '2023-02-06/2023-02-26'],
    ]);
    expect(facts.map((f) => [f.id, f.dates])).toEqual([
      ['pemutakhiran-data-pemilih', ['2023-02-12/2023-04-15']],
      ['pencalonan', ['2023-02-06/2023-02-26']],
    ]);
    expect(facts[0].mentions).toHaveLength(2);
  });

  test('a date inside the official window is not flagged', () => {
    const [f] = withDates('Masa kampanye Pemilu 2024 dimulai 28 November 2023.', [['28 November 2023', '2023-11-28']]);
    expect(f).toMatchObject({ id: 'kampanye', election: 'Pemilu 2024', dates: ['2023-11-28'] });
    expect(f.flags).not.toContain('outside-official-schedule');
  });

  test('a date outside the official window is flagged', () => {
    const [f] = withDates('Masa kampanye Pemilu 2024 dimulai 1 Januari 2023.', [['1 Januari 2023', '2023-01-01']]);
    expect(f.flags).toContain('outside-official-schedule');
  });

  test('Pilkada 2024 has its own schedule: voting on 27 November 2024', () => {
    const [ok] = withDates('Pemungutan suara Pilkada Serentak 2024 digelar 27 November 2024.', [['27 November 2024', '2024-11-27']]);
    expect(ok.flags).toEqual([]);
    const [late] = withDates('Pemungutan suara Pilkada Serentak 2024 digelar 14 Februari 2024.', [['14 Februari 2024', '2024-02-14']]);
    expect(late.flags).toContain('outside-official-schedule');
  });
});
