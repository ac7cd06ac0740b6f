import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES } from '../src/write/tables.js';
import { PROJECT_ROOT } from './helpers/shared.js';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  test('quick start is exactly the two commands', () => {
    const block = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = block.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  test.each(TABLES.map((t) => [t.path, t.columns.map((c) => c.name)] as const))('documents every column of %s', (_path, columns) => {
    for (const c of columns) expect(readme).toContain(`\`${c}\``);
  });
});
