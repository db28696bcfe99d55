import { randomUUID } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export type FolderProblem = 'missing' | 'not-writable';

/**
 * Why Rokad could not write files into a folder the supervisor chose, or null when it can. It
 * writes and removes a small file: permission bits say nothing for an administrator, and a locked
 * or full USB stick only shows itself when written to.
 */
export function folderProblem(folder: string): FolderProblem | null {
  try {
    if (!isAbsolute(folder) || !statSync(folder).isDirectory()) return 'missing';
  } catch {
    return 'missing';
  }
  const probe = join(folder, `.rokad-write-check-${randomUUID()}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
  } catch {
    return 'not-writable';
  }
  rmSync(probe, { force: true });
  return null;
}
