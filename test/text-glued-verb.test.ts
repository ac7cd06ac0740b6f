/**
 * gluedVerbAt: where a derived verb glued to a name word starts ("Subiantomencabut" → 8), read
 * from words of shared/bench/news-12k; names that only look glued stay whole.
 */
import { readFileSync } from 'node:fs';
import { derivedWord, gluedVerbAt } from '../src/text/glued-verb.js';
import { describeShared, sharedPath } from './helpers/shared.js';

describe('a derived verb glued to a name word', () => {
  test.each([
    ['Subiantomencabut', 'Subianto'],
    ['Karnomembuka', 'Karno'],
    ['Rakaberziarah', 'Raka'],
    ['Kristiyantomenghadirkan', 'Kristiyanto'],
    ['Anungmengungkap', 'Anung'],
    ['Widayanimembuat', 'Widayani'],
  ])('%s → %s', (word, head) => {
    expect(word.slice(0, gluedVerbAt(word))).toBe(head);
  });

  test.each([
    // names: a ber- verb needs a root of five letters ("lain"), a verb seven letters ("meyang")
    'Chamberlain',
    'Aubameyang',
    'Hamengkubuwono',
    'Djojohadikusumo',
    'Sumadilaga',
    'Hardiyanto',
    // a word of the language itself
    'Rekomendasi',
    'Ketidakberdayaan',
    'Implementasinya',
  ])('%s stays whole', (word) => {
    expect(gluedVerbAt(word)).toBe(-1);
  });
});

describe('derived words at a sentence start', () => {
  test.each([
    ['pengangkatan', true],
    ['dilantiknya', true],
    ['ditetapkan', true],
    ['kemenangan', true],
    ['penetapan', true],
    // names and plain roots: no affix pair around a known root
    ['permana', false],
    ['kurniawan', false],
    ['setiawan', false],
    ['pesantren', false],
    ['perdana', false],
    ['pratikno', false],
  ])('%s → %s', (word, derived) => {
    expect(derivedWord(word)).toBe(derived);
  });

});

describeShared('no name of the Pilkada 2024 candidate list is a derived word', () => {
  test('every word of every candidate name stays a name word', () => {
    const lines = readFileSync(sharedPath('reference', 'paslon_pilkada2024.csv'), 'utf8').trim().split('\n').slice(1);
    // quoted CSV fields: calon and wakil are columns 7 and 8
    const field = /"([^"]*)"|([^,]*)/g;
    const words = new Set<string>();
    for (const line of lines) {
      const cols: string[] = [];
      for (const m of line.matchAll(field)) if (m.index === 0 || line[m.index - 1] === ',') cols.push(m[1] ?? m[2] ?? '');
      for (const w of `${cols[6]} ${cols[7]}`.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    }
    expect(words.size).toBeGreaterThan(3000);
    expect([...words].filter((w) => derivedWord(w))).toEqual([]);
  });
});
