/** `npm run schemas`: write schemas/*.schema.json from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../write/schemas.js';

const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, file), text);
  process.stdout.write(`wrote schemas/${file}\n`);
}
