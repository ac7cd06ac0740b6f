/**
 * `npm ci` on a fresh machine: the npm registry reachable here serves only the Linux builds of
 * platform packages (e.g. @unrs/resolver-binding-*, through jest), and `npm install` still writes
 * the other platforms into the lock file's optionalDependencies without entries, which makes
 * `npm ci` refuse the lock file. Every optional dependency listed must have its own entry
 * (DEVELOPING.md says how to prune the lock file after `npm install`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './helpers/shared.js';

test('every optional dependency in package-lock.json has an entry (npm ci accepts the lock file)', () => {
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${path} -> ${name}`);
    }
  }
  expect(missing).toEqual([]);
});
