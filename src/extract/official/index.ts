/** The official extractors, in the order they run. */
import type { KindModule } from '../types.js';

export const officialModule: KindModule<'official'> = {
  kind: 'official',
  extractors: [],
  refiners: [],
  resolvers: [],
};
