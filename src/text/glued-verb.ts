import { createRequire } from 'node:module';

/**
 * A derived Indonesian verb glued to the end of a capitalized word where a space was lost in
 * scraping ("Presiden RIPrabowo Subiantomencabut aturan", "Rano Karnomembuka bazar UMKM",
 * "Gibran Rakabuming Rakaberziarah ke makam").
 *
 * Handles: a meN- verb ("mencabut", "memimpin", "menghadirkan") or a ber- verb ("berziarah")
 * whose root (Sastrawi's stemmer and root list, shipped with `natural`) is a known Indonesian root
 * word. Not here: function words and verbs of speech of the glued-word lexicon, which
 * `official/name.ts` splits off by its own rule; a word that is itself an Indonesian word
 * ("Rekomendasi", "Ketidakberdayaan").
 *
 * Real names do not end in a derived verb: none of the 4,518 words of the Pilkada 2024 candidate
 * names (`../shared/reference`) nor of the NER gold persons splits. The bounds keep the ones that
 * come close whole: a ber- verb needs a root of five letters or more ("Chamberlain" would be
 * "Cham" + "berlain", root "lain"), and the verb at least seven letters ("Aubameyang").
 */
export function gluedVerbAt(word: string): number {
  // cheap gate first: a head of HEAD_MIN letters and a verb of VERB_MIN after it, with "me" or
  // "ber" somewhere after the head
  if (word.length < HEAD_MIN + VERB_MIN) return -1;
  const me = word.indexOf('me', HEAD_MIN);
  const ber = word.indexOf('ber', HEAD_MIN);
  if ((me < 0 || me > word.length - VERB_MIN) && (ber < 0 || ber > word.length - VERB_MIN)) return -1;
  const { stem, roots } = sastrawi();
  if (roots.has(stem(word.toLowerCase()))) return -1;
  for (let i = HEAD_MIN; i <= word.length - VERB_MIN; i++) {
    const isBer = word.startsWith('ber', i);
    if (!isBer && !word.startsWith('me', i)) continue;
    const verb = word.slice(i);
    const root = stem(verb);
    if (root !== verb && root.length >= (isBer ? BER_ROOT_MIN : ROOT_MIN) && roots.has(root)) return i;
  }
  return -1;
}

/** shortest name part left of the verb ("Raka" of "Rakaberziarah") */
const HEAD_MIN = 4;
/** shortest glued verb ("membuka") */
const VERB_MIN = 7;
/** shortest root of a meN- verb ("buka" of "membuka") */
const ROOT_MIN = 4;
/** shortest root of a ber- verb: "lain" would split "Chamberlain" */
const BER_ROOT_MIN = 5;

interface Sastrawi {
  stem: (word: string) => string;
  roots: ReadonlySet<string>;
}

let loaded: Sastrawi | null = null;

// natural's Indonesian stemmer loads its 28,000-word root list when first required: only a run
// that meets a long name word pays for it
function sastrawi(): Sastrawi {
  if (loaded === null) {
    const require = createRequire(import.meta.url);
    const stemmer = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem: (w: string) => string };
    const roots = new Set(require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]);
    loaded = { stem: (w) => stemmer.stem(w), roots };
  }
  return loaded;
}

/**
 * A derived Indonesian noun or verb, a root word with a prefix and a suffix around it
 * ("Pengangkatan", "Kesehatan", "Dilantiknya", "Ditetapkan"), capitalized only by its place at a
 * sentence's start: never a name's first word. Names that open like one keep no such suffix on a
 * known root ("Permana", "Kurniawan", "Pesantren" are no derived words).
 */
export function derivedWord(lower: string): boolean {
  if (!DERIVED_SHAPE.test(lower)) return false;
  const { stem, roots } = sastrawi();
  const root = stem(lower);
  return root !== lower && root.length >= ROOT_MIN && roots.has(root);
}
// a prefix and a suffix of derivation around at least three letters
const DERIVED_SHAPE = /^(?:pe|ke|di)\p{Ll}{3,}(?:an|kan|nya)$/u;
