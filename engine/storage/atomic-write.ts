import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files end so; whatever a crash leaves of them is removed at the next start. */
export const PART_SUFFIX = '.part';

/** A name beside `file` for its bytes while they are being written. */
export const tempNameFor = (file: string) =>
  join(dirname(file), `.${basename(file)}.${randomUUID()}${PART_SUFFIX}`);

/**
 * Writes through a temporary file and a rename: a reader (or a crash) sees the whole file or
 * none. If writing fails (a full disk), the temporary file is removed before the error goes on.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = tempNameFor(file);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

/** Copies through a temporary file and a rename, like writeFileAtomic. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const temp = tempNameFor(to);
  try {
    await copyFile(from, temp);
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}
