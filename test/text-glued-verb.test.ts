/**
 * gluedVerbAt: where a derived verb glued to a name word starts ("Subiantomencabut" → 8), read
 * from words of shared/bench/news-12k; names that only look glued stay whole.
 */
import { gluedVerbAt } from '../src/text/glued-verb.js';

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
