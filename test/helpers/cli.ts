/** Run the built CLI (npm test builds first: `pretest`). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './shared.js';

export const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

export function pilah(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'pilah-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
