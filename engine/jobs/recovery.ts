import type { EngineContext } from '../context.ts';
import { referencedFiles } from '../db/stored-files.ts';
import { sweepOrphans } from '../storage/sweep.ts';

/**
 * What a start does before serving: clears what the last run left half-done in the file store,
 * then resumes its unfinished jobs. A fault here (a full disk) is logged, never fatal: the
 * jobs it hits fail or wait on their own.
 */
export async function recover(
  ctx: Pick<EngineContext, 'db' | 'files' | 'jobs'>,
  log: (message: string) => void,
): Promise<{ removed: number; resumed: number }> {
  let removed = 0;
  try {
    ({ removed } = await sweepOrphans(ctx.files.root, referencedFiles(ctx.db)));
  } catch (error) {
    log(`could not clear leftover files: ${(error as Error).message}`);
  }
  return { removed, resumed: ctx.jobs.resumePending() };
}
