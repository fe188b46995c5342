import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { copyFileAtomic, writeFileAtomic } from './atomic-write.ts';

/**
 * Files live under `<data>/files/<relative path>` and are served at `/files/<relative path>`.
 * Relative paths are made by the engine from UUIDs; `resolve` still refuses anything that escapes.
 */
export class FileStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, 'files');
    mkdirSync(this.root, { recursive: true });
  }

  resolve(relative: string): string {
    const full = resolve(this.root, relative);
    if (!full.startsWith(this.root + sep))
      throw new Error(`path escapes the file store: ${relative}`);
    return full;
  }

  /** Writes through a temporary file and a rename, so a crash never leaves half a file. */
  async write(relative: string, bytes: Uint8Array): Promise<void> {
    await writeFileAtomic(this.resolve(relative), bytes);
  }

  async copy(from: string, to: string): Promise<void> {
    await copyFileAtomic(this.resolve(from), this.resolve(to));
  }

  async remove(relatives: readonly string[]): Promise<void> {
    await Promise.all(relatives.map((r) => rm(this.resolve(r), { force: true })));
  }

  /** Removes a folder and everything in it (a job's own folder). */
  async removeDir(relative: string): Promise<void> {
    await rm(this.resolve(relative), { recursive: true, force: true });
  }
}
