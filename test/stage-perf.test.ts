/**
 * Word anchors (src/extract/word-anchors.ts) and the stage rules gated by them: the anchors are a
 * necessary condition, so running the rules only there gives the facts that running them at
 * every offset gives.
 */
import { anchorEverywhere, leadingWord, matchesAt, runAt, splitByLead, wordAnchors } from '../src/extract/word-anchors.js';
import { anchoredAndEverywhere, realArticles } from './stage-perf-helper.js';
import { testArticle } from './helpers/shared.js';

describe('word anchors', () => {
  const words = wordAnchors({ word: ['masa', 'dp', 'uu'], prefix: ['uud'], infix: ['pasal'] });
  test.each([
    // [text, starts]
    ['masa tenang dimulai', [0]],
    ['permasalahan masalah', []], // "masa" only as a whole word
    ['Masa-masa MASA', [0, 5, 10]], // any case; a hyphen is a boundary
    ['data DP4 dan dp', [5, 13]], // a digit ends a word
    ['UUD 1945 dan UUDP serta UU', [0, 13, 24]], // prefix "uud"; "UU" whole
    ['UU TipikorjunctoPasal 55 dan pasal 2', [0, 16, 29]], // infix "pasal" inside a word
    ['2masa (masa) "masa"', [1, 7, 14]],
    ['éMasa masaé', [1, 6]], // a non-ASCII letter is a boundary (the rules' own regexes decide)
    ['maſa kampanye', [0]], // "ſ" folds onto s, as in a case-insensitive Unicode regex
    ['\u212aampanye masa', [9]],
  ])('%s', (text, starts) => {
    expect(words.inText(text)).toEqual(starts);
  });

  test('the Kelvin sign folds onto k', () => {
    expect(wordAnchors({ word: ['kotak'] }).inText('\u212aotak suara')).toEqual([0]);
    expect(runAt('\u212aotak suara', 0)).toBe('kotak');
    expect(runAt('Maſa', 0)).toBe('masa');
    expect(runAt('x 12', 1)).toBe('');
  });

  test('the leading word of an alias', () => {
    expect(leadingWord('pemutakhiran data pemilih')).toEqual({ word: 'pemutakhiran', whole: false });
    expect(leadingWord('dp4')).toEqual({ word: 'dp', whole: false });
    expect(leadingWord('PKPU')).toEqual({ word: 'pkpu', whole: true });
    expect(leadingWord("Jum'at")).toEqual({ word: 'jum', whole: false });
    expect(() => leadingWord('4 hari')).toThrow(/ASCII letter/);
    expect(() => leadingWord('Pemiluñ')).toThrow(/non-ASCII/);
  });

  test('matches at anchors are those of a global loop when every match starts at one', () => {
    const text = 'aba ab abab b ba';
    const global = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const sticky = (re: RegExp) => new RegExp(re.source, 'y');
    for (const re of [/ab|b/g, /(?<![a-z])ab(?:ab)?/g, /b\s?a/g]) {
      const starts = global(re).map(([i]) => i as number);
      // the match starts and the offsets that match nothing
      const anchors = [...new Set([...starts, 1, 5, 9])].sort((a, b) => a - b);
      expect([...matchesAt(sticky(re), text, anchors)].map((m) => [m.index, m[0]])).toEqual(global(re));
    }
  });

  test.each([
    // [case-sensitive, text]
    [true, 'KPU, KPUD, KPU-RI, KPUDx, Kpu, kpud, xKPU, Pemkot Pemko PEMKOT MA Mabes Polri masyarakat'],
    [false, 'kpu KPUD Kpu-ri PEMKOT pemko maſa MABES polri \u212apu masyarakat mabesx'],
  ])('split by lead (case-sensitive: %s): the forms at an offset match as the whole alternation', (caseSensitive, text) => {
    const forms = ['KPU', 'KPUD', 'KPU-RI', 'Pemkot', 'Pemko', 'PEMKOT', 'MA', 'Mabes Polri', 'Mabes'];
    const build = (f: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${[...f].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, caseSensitive ? 'uy' : 'iuy');
    const whole = build(forms);
    const split = splitByLead(forms, build, caseSensitive);
    const all = Array.from({ length: text.length }, (_, i) => i);
    const at = (re: RegExp, i: number) => {
      re.lastIndex = i;
      return re.exec(text)?.[0] ?? null;
    };
    const kept = new Set(split.keep(text, all));
    for (const i of all) {
      // an offset dropped by `keep` matches nothing; a kept one matches as the whole pattern does
      expect([i, kept.has(i) ? at(split.at(text, i), i) : null]).toEqual([i, at(whole, i)]);
    }
    expect(kept.size).toBeGreaterThan(4);
    expect(kept.size).toBeLessThan(text.length / 2);
  });

  test('everywhere: every offset is an anchor', () => {
    anchorEverywhere(true);
    try {
      expect(words.inText('ab c')).toEqual([0, 1, 2, 3]);
    } finally {
      anchorEverywhere(false);
    }
  });
});

describe('stage rules: anchored = everywhere', () => {
  test.each([
    'Syamsul merinci bahwa saat ini ada dua tahapan pemilu yakni pemuktahiran data pemilih dimulai 12 Februari dan verifikasi syarat dukungan calon DPD.',
    'KPU Kota Bandung menggelar penetapan calon terpilih Pemilu 2024 di hotel.',
    // not an election article: "penetapan calon terpilih" (election) takes its words from "penetapan calon"
    'Panitia menggelar penetapan calon terpilih ketua RT di balai warga.',
    'Debat capres-cawapres digelar KPU pekan depan; masa tenang dimulai setelahnya. DP4 diserahkan ke KPU.',
    'Dua paslon Pilgub Jateng mendaftar di KPU, lalu mencalonkan diri sebagai gubernur pada Pemilu 2024.',
    'Belum ada penetapan Pak Jokowi sebagai calon presiden, kata KPU; partai mengajukan calon presiden pada Pilpres 2024. 2penetapan xpenetapan',
    'Sembilan partai politik dinyatakan lolos verifikasi faktual oleh KPU untuk Pemilu 2024.',
    'KPU merekrut tenaga ad hoc dan membentuk PPK serta PPS untuk Pilkada 2024.',
    'Surat suara Pemilu 2024 dikirim ke PPK; KPU mendistribusikan kotak suara. Logistik Pemilu tiba di gudang.',
    'Pemilih yang meninggal dicoret dari DPT; KPU belum menetapkan Daftar Pemilih Tetap untuk Pemilu 2024.',
    'KPU sedang menyusun rancangan PKPU tentang kampanye Pemilu 2024.',
    // "xR-PKPU" matches at "R" (dropped after a letter) and hides "PKPU"; "R-PKPU", "rpkpu", "Peraturan KPU" after a letter
    'KPU menyusun xR-PKPU, menyusun R-PKPU, merancang rpkpu dan pembuatan Peraturan KPU, xperaturan KPU, Pemilu 2024.',
    // the list inside a word ("pendaftar pemilih", "xDPT") is dropped; "DPTb", "DPSHP"
    'Pendaftar pemilih baru dicoret dari xDPT lalu dimasukkan ke DPTb; KPU menetapkan DPSHP untuk Pemilu 2024.',
    'Gubernur terpilih Sumatera Utara akan dilantik Februari usai Pilkada 2024; pelantikan Bobby Nasution sebagai Gubernur.',
    'Verifikasi administrasi bakal calon anggota DPD Pemilu 2024 dimulai; proses verifikasi administrasi ini lama.',
    'Trump menjadi calon Presiden AS. Dalam debat capres kemarin, ia menyerang Clinton soal kampanye.',
    'Maſa kampanye Pemilu 2024 dan \u212aampanye akbar KPU.',
  ])('%s', (text) => {
    const [anchored, everywhere] = anchoredAndEverywhere(testArticle(text), ['date', 'stage']);
    expect(anchored).toEqual(everywhere);
  });
});

const articles = await realArticles((t) => /pemilu|pilkada|KPU|kampanye/i.test(t));

describe('stage rules on real articles: anchored = everywhere', () => {
  test.each(articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    const [anchored, everywhere] = anchoredAndEverywhere(article, ['date', 'stage']);
    expect(anchored).toEqual(everywhere);
  });
});
