/** The stage extractors, in the order they run. */
import type { KindModule } from '../types.js';

export const stageModule: KindModule<'stage'> = {
  kind: 'stage',
  extractors: [],
  refiners: [],
  resolvers: [],
};
