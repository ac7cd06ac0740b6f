/** The citation extractors, in the order they run. */
import type { KindModule } from '../types.js';

export const citationModule: KindModule<'citation'> = {
  kind: 'citation',
  extractors: [],
  refiners: [],
  resolvers: [],
};
