/**
 * The fast paths of the core (what every article pays for) against the plain forms they replace:
 * each row asserts that both give the same result, so a shortcut can never change the output.
 */
import { isNormalized, normalizedText, normalizeText } from '../src/text/normalize.js';
import { BOILERPLATE_PATTERNS, boilerplateRule, segmentSentences } from '../src/text/sentences.js';
import { parseDateline } from '../src/text/dateline.js';
import { buildArticle, sha256Hex } from '../src/ingest/article.js';
import { createHash } from 'node:crypto';
import { Chunks } from '../src/write/dataset.js';
import { toRecord } from '../src/run/record.js';
import { createDoc, makeFact } from '../src/doc.js';
import { compareFacts, mergeMentions } from '../src/refine/common.js';
import { extractArticle } from '../src/pipeline.js';
import { KIND_FIELDS, type Article, type Fact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

describe('normalizedText: the text of normalizeText without its offset map', () => {
  test.each([
    ['already normalized', 'Ketua KPU Provinsi Lampung.\n\nRapat digelar Selasa (20/06/2023).'],
    ['curly quotes and dashes (no NFC work)', 'Selesai — “kata dia”, ujar Erwan.'],
    ['CRLF and runs of spaces', 'Rapat KPU\r\nDigelar  hari ini.\r\n\r\n\r\nSelesai. '],
    ['NBSP, zero-width and soft hyphen', 'KPU\u00a0Lampung Pe\u00admi\u200blu'],
    ['NFC inside a non-ASCII run', 'Caf\u00e9\u0301 r\u00e9sum\u00e9'],
    ['NFC across an ASCII letter and a combining mark', 'Cafe\u0301 Pemilu'],
    ['a tab alone stays (the fast path keeps it, as before)', 'Ketua\tKPU'],
    ['empty', ''],
  ])('%s', (_name, raw) => {
    expect(normalizedText(raw)).toBe(normalizeText(raw).text);
  });

  test('every character below U+0300 is NFC-stable, alone and in pairs (why a text without one above needs no NFC)', () => {
    let bad = 0;
    for (let a = 0; a < 0x300; a++) {
      const ca = String.fromCharCode(a);
      if (ca.normalize('NFC') !== ca) bad++;
      for (let b = 0; b < 0x300; b++) {
        const s = ca + String.fromCharCode(b);
        if (s.normalize('NFC') !== s) bad++;
      }
    }
    expect(bad).toBe(0);
  });

  test('isNormalized agrees with normalizeText on texts that take either path', () => {
    for (const raw of ['a  b', 'a \nb', 'a\n b', 'a\n\n\nb', 'a\n\nb', 'a\u2028b', 'e\u0301', '\u00e9', 'x\u3000y', 'ok.']) {
      expect(isNormalized(raw)).toBe(normalizeText(raw).text === raw);
    }
  });
});

describe('sha256Hex', () => {
  test('is the hex sha256 of the UTF-8 bytes', () => {
    for (const t of ['', 'Pemilu 2024', 'Selesai — “kata dia” 😀']) expect(sha256Hex(t)).toBe(createHash('sha256').update(t).digest('hex'));
  });
});

describe('boilerplate: one alternation first, the patterns in order after a hit', () => {
  const lines = [
    ...BOILERPLATE_PATTERNS.flatMap((p) => p.examples),
    'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat pleno pada Selasa (20/06/2023).',
    'Sumber anggaran pilkada berasal dari hibah daerah sesuai Permendagri Nomor 54 Tahun 2019, kata dia.',
    '(fyk/fay)',
    'BACA JUGA: Bawaslu Awasi Pemutakhiran Data Pemilih',
  ];
  test.each(lines)('%s', (line) => {
    const t = line.trim();
    expect(t.length).toBeLessThanOrEqual(300);
    expect(boilerplateRule(line)).toBe(BOILERPLATE_PATTERNS.find((p) => p.re.test(t))?.id ?? null);
  });

  // the lexicon's pattern starts with a lookahead that rejects lines of 101+ code points at
  // once; it must accept exactly the lines the plain form does
  const plain = /^.{0,80}\ball rights reserved\.?$/iu;
  const fast = BOILERPLATE_PATTERNS.find((p) => p.id === 'credit/all-rights')!.re;
  test.each([
    'All rights reserved',
    'Copyright © 2023 Kompas.com. All Rights Reserved.',
    `${'x'.repeat(80)} all rights reserved.`,
    `${'x'.repeat(79)} all rights reserved.`,
    `${'x'.repeat(81)} all rights reserved`,
    `${'😀'.repeat(80)}all rights reserved.`,
    `${'😀'.repeat(81)}all rights reserved`,
    'ALL RIGHTS RESERVED',
    'all rights reserved today',
    'Kompas all rights reserved\u2028',
  ])('all-rights: %s', (line) => {
    expect(fast.test(line)).toBe(plain.test(line));
  });
});

describe('segmentation finds sentence ends with indexOf', () => {
  test('marks anywhere in a block, in any order, and across blocks', () => {
    const text = 'Apa? Ya! Lalu… selesai. H. Lusapta hadir.\n\nBlok kedua tanpa tanda\n\nBlok ketiga? Ya.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Apa?',
      'Ya!',
      'Lalu… selesai.',
      'H. Lusapta hadir.',
      'Blok kedua tanpa tanda',
      'Blok ketiga?',
      'Ya.',
    ]);
  });

  test('a long sentence-final word is no abbreviation (the length gate)', () => {
    expect(segmentSentences('Rapat berlangsung di Sekretariat. Ketua hadir.').map((s) => s.text)).toEqual(['Rapat berlangsung di Sekretariat.', 'Ketua hadir.']);
  });
});

describe('dateline: regexes skipped only when the head lacks their dash or comma', () => {
  test.each([
    ['Jakarta, CNN Indonesia -- Ketua KPU', 'Jakarta', 'CNN Indonesia'],
    ['TEMPO.CO, Jakarta - Ketua KPU', 'Jakarta', 'TEMPO.CO'],
    ['LUWU UTARA - Ketua KPU', 'LUWU UTARA', null],
    ['Merdeka.com - Ketua KPU', null, 'Merdeka.com'],
    ['Bandar Lampung, Ketua KPU membuka rapat', 'Bandar Lampung', null],
  ])('%s', (text, place, publisher) => {
    const d = parseDateline(text, 0, undefined, true);
    expect(d?.place ?? null).toBe(place);
    expect(d?.publisher ?? null).toBe(publisher);
  });

  test('a lead without a dash or comma has no dateline', () => {
    expect(parseDateline('Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi', 0, undefined, true)).toBeNull();
  });
});

describe('article titles: whitespace collapsed only where there is some to collapse', () => {
  test.each([
    ['Jalin Koordinasi Kesbangpol', 'Jalin Koordinasi Kesbangpol'],
    ['  Jalin\tKoordinasi \n Kesbangpol ', 'Jalin Koordinasi Kesbangpol'],
    ['Jalin\u00a0Koordinasi', 'Jalin Koordinasi'],
  ])('%j', (title, expected) => {
    const a = buildArticle('Isi berita.', { id: 't', source: { path: 't', line: 1, format: 'jsonl' }, title });
    expect((a as Article).title).toBe(expected);
  });
});

describe('records and facts are built with plain stores, same keys in the same order', () => {
  const article = extractArticle(testArticle('Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat pleno pada Selasa (20/06/2023).'));

  test('toRecord is { ...articleWithoutText, text, dates, ... }', () => {
    const { text, ...rest } = article.article;
    for (const includeText of [true, false]) {
      const spread = { ...rest, ...(includeText ? { text } : {}), dates: [], officials: [], institutions: [], stages: [], citations: [], messages: article.messages };
      for (const f of article.facts) (spread as unknown as Record<string, Fact[]>)[KIND_FIELDS[f.kind]].push(f);
      expect(JSON.stringify(toRecord(article.article, article.facts, article.messages, includeText))).toBe(JSON.stringify(spread));
    }
  });

  test('makeFact is { kind, ...value, start, end, text, evidence, confidence, flags, mentions }', () => {
    const doc = createDoc(testArticle('Rapat digelar Selasa (20/06/2023).'));
    const value = { value: '2023-06-20', granularity: 'day' as const, zone: null, modifier: null, weekday: 'Selasa', relative: null };
    const f = makeFact(doc, 'date', 'test/date', 14, 33, value, { implied: ['year'] });
    const s = doc.sentenceAt(14);
    const literal = {
      kind: 'date',
      ...value,
      start: 14,
      end: 33,
      text: 'Selasa (20/06/2023)',
      evidence: { rule: 'test/date', sentence: s.index, sentenceText: s.text, lexicon: [], implied: ['year'] },
      confidence: 0.9,
      flags: [],
      mentions: [{ start: 14, end: 33, text: 'Selasa (20/06/2023)', sentence: s.index }],
    };
    expect(JSON.stringify(f)).toBe(JSON.stringify(literal));
  });

  test('mergeMentions returns the facts already sorted (the pipeline no longer sorts again)', () => {
    const merged = mergeMentions(article.facts.slice().reverse());
    expect(merged).toEqual(merged.slice().sort(compareFacts));
  });
});

describe('Chunks: texts encoded as they come', () => {
  test('pack gives the UTF-8 bytes of each file, in the order files first appear', () => {
    const c = new Chunks();
    const texts: Record<string, string> = { 'a.jsonl': '', 'b.csv': '' };
    const pieces = ['{"t":"Pemilu"}\n', 'Selesai — “kata dia” 😀\r\n', 'é'.repeat(7000), 'x'.repeat(20000), '\n'];
    for (let i = 0; i < 40; i++) {
      const file = i % 3 === 0 ? 'b.csv' : 'a.jsonl';
      const t = pieces[i % pieces.length];
      c.add(file, t);
      texts[file] += t;
    }
    const packed = c.pack();
    expect(packed.files.map(([f]) => f)).toEqual(['b.csv', 'a.jsonl']);
    let at = 0;
    for (const [file, n] of packed.files) {
      expect(Buffer.from(packed.bytes.subarray(at, at + n)).toString('utf8')).toBe(texts[file]);
      expect(n).toBe(Buffer.byteLength(texts[file]));
      at += n;
    }
    expect(at).toBe(packed.bytes.length);
  });

  test('a lone surrogate becomes U+FFFD, as TextEncoder writes it', () => {
    const c = new Chunks();
    const text = 'a\ud800b\udc00c 😀 \ud83d';
    c.add('a.jsonl', text);
    expect(Buffer.from(c.pack().bytes)).toEqual(Buffer.from(new TextEncoder().encode(text)));
  });
});
