/**
 * pilah's public API: read articles, extract facts, write datasets.
 *
 * ```ts
 * import { readArticles, extractArticle } from 'pilah';
 * for await (const item of readArticles(['corpus'])) {
 *   if (item.type === 'article') console.log(extractArticle(item.article).facts);
 * }
 * ```
 */
export { extractArticle, createPipeline, defaultPipeline, type Pipeline, type Extraction } from './pipeline.js';
export { readArticles, articleFromText, type ReadItem } from './ingest/index.js';
export { articleFromHtml } from './ingest/html.js';
export { DatasetWriter, type DatasetOptions, type OutputFormat } from './write/dataset.js';
export { TABLES } from './write/tables.js';
export { processArticle, toRecord } from './run/record.js';
export * from './types.js';
export type { Extractor, Refiner, Resolver, KindModule, ExtractContext } from './extract/types.js';
