/** The date extractors, in the order they run. */
import type { KindModule } from '../types.js';

export const dateModule: KindModule<'date'> = {
  kind: 'date',
  extractors: [],
  refiners: [],
  resolvers: [],
};
