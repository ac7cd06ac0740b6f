import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/write/schemas.js';
import { PROJECT_ROOT } from './helpers/shared.js';

describe('schemas/*.schema.json', () => {
  test.each(Object.entries(jsonSchemaFiles()))('%s is up to date with src/types.ts (run npm run schemas)', (file, text) => {
    const path = join(PROJECT_ROOT, 'schemas', file);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
