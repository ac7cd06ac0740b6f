/**
 * The citation extractors, in the order they run. Instrument mentions (mention.ts, forms/) and
 * pinpoint groups (pinpoint.ts) are computed once per document and shared; the extractors turn
 * them into facts, and the resolvers fill in the ones that lean on something else.
 */
import type { KindModule } from '../types.js';
import { pinpointed } from './pinpointed.js';
import { bare } from './bare.js';
import { pasalAnaphor } from './pasal-anaphor.js';
import { shortTitleResolver } from '../../resolve/citation-short-title.js';
import { anaphorResolver } from '../../resolve/citation-anaphor.js';

export const citationModule: KindModule<'citation'> = {
  kind: 'citation',
  extractors: [
    // 1. "Pasal ..." groups with their instrument: one fact per pasal/ayat
    pinpointed,
    // 2. instruments no pinpoint took: "UU No 10 Tahun 2016", "UUD Tahun 1945"
    bare,
    // 3. "pasal yang sama di ayat kedua", a lone "ayat (3)": pending until resolution
    pasalAnaphor,
  ],
  refiners: [],
  resolvers: [
    // 1. short titles first: "UU Pemilu" may be the antecedent of a later "UU tersebut"
    shortTitleResolver,
    // 2. back-references in text order; drops whatever is still unresolved, with a message
    anaphorResolver,
  ],
};
