/** Run the built CLI (npm test builds first: `pretest`). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './shared.js';

export const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

export function pilah(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/**
 * A new temporary folder, removed when the test file ends: the memory test alone writes 850 MB
 * there per run, and left behind they had filled a developer's disk after a hundred runs.
 */
export function tempDir(prefix = 'pilah-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
