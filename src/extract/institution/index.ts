/** The institution extractors, in the order they run. */
import type { KindModule } from '../types.js';

export const institutionModule: KindModule<'institution'> = {
  kind: 'institution',
  extractors: [],
  refiners: [],
  resolvers: [],
};
