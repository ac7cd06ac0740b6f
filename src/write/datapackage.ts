/**
 * datapackage.json: a Frictionless Tabular Data Package describing every CSV (a Table Schema
 * with column names, types and descriptions) and articles.jsonl.
 */
import { TABLES } from './tables.js';

export interface DatapackageOptions {
  version: string;
  excel: boolean;
  formats: ReadonlySet<string>;
}

export function buildDatapackage(options: DatapackageOptions): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  if (options.formats.has('jsonl')) {
    resources.push({
      name: 'articles-jsonl',
      path: 'articles.jsonl',
      format: 'jsonl',
      mediatype: 'application/jsonl',
      encoding: 'utf-8',
      description: 'One article per line with its normalized text and all facts (offsets, evidence, mentions); schema in schemas/article-record.schema.json.',
    });
  }
  if (options.formats.has('csv')) {
    for (const t of TABLES) {
      resources.push({
        name: t.name,
        path: t.path,
        profile: 'tabular-data-resource',
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: options.excel ? 'utf-8-sig' : 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
          missingValues: [''],
          ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
          ...(t.name !== 'articles'
            ? { foreignKeys: [{ fields: 'article_id', reference: { resource: 'articles', fields: 'article_id' } }] }
            : {}),
        },
      });
    }
  }
  return {
    profile: 'tabular-data-package',
    name: 'pilah-facts',
    title: 'pilah: facts from Indonesian election news',
    description: 'Dates, officials, institutions, election stages and legal citations extracted by pilah, each with character offsets and its evidence sentence.',
    version: options.version,
    licenses: [{ name: 'other-at', title: 'Facts extracted from the input articles; the articles belong to their publishers' }],
    resources,
  };
}
