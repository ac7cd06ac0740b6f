/**
 * JSON Schemas generated from the zod schemas of src/types.ts (the single source):
 * `npm run schemas` writes them to schemas/, and a test fails when the committed files are stale.
 */
import { z } from 'zod';
import { ArticleRecordSchema, ErrorRecordSchema, FactSchema } from '../types.js';

const SCHEMAS: Record<string, { title: string; schema: z.ZodType }> = {
  'article-record.schema.json': { title: 'pilah article record (one line of articles.jsonl)', schema: ArticleRecordSchema },
  'fact.schema.json': { title: 'pilah fact (any kind)', schema: FactSchema },
  'error-record.schema.json': { title: 'pilah error record (one line of errors.jsonl)', schema: ErrorRecordSchema },
};

/** File name → JSON text (2-space indented, trailing newline). */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { title, schema }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
    out[file] = `${JSON.stringify({ $id: `https://pilah.dev/schemas/${file}`, title, ...json }, null, 2)}\n`;
  }
  return out;
}
