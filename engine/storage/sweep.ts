import { opendir, rm, rmdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Removes what a crash or a failed write left in the file store: temporary files of writes that
 * never finished, and files no row points at (a job cut short, a deleted generation whose files
 * could not be removed). Runs at start, before any job or request can write.
 */
export async function sweepOrphans(
  root: string,
  referenced: ReadonlySet<string>,
): Promise<{ removed: number }> {
  let removed = 0;
  const visit = async (dir: string): Promise<boolean> => {
    let empty = true;
    for await (const entry of await opendir(dir)) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (await visit(full)) await rmdir(full).catch(() => {});
        else empty = false;
        continue;
      }
      const key = relative(root, full).split(sep).join('/');
      if (referenced.has(key)) {
        empty = false;
        continue;
      }
      await rm(full, { force: true });
      removed++;
    }
    return empty;
  };
  await visit(root);
  return { removed };
}
