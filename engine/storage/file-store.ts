import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

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
    const full = this.resolve(relative);
    await mkdir(dirname(full), { recursive: true });
    const temp = join(dirname(full), `.${randomUUID()}.part`);
    await writeFile(temp, bytes);
    await rename(temp, full);
  }

  async copy(from: string, to: string): Promise<void> {
    const target = this.resolve(to);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(this.resolve(from), target);
  }

  async remove(relatives: readonly string[]): Promise<void> {
    await Promise.all(relatives.map((r) => rm(this.resolve(r), { force: true })));
  }
}

/** Builds the absolute URL of a stored file for the origin the client used. */
export const fileUrlFor = (origin: string) => (relative: string) => `${origin}/files/${relative}`;
