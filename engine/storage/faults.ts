/**
 * What went wrong underneath a write, by the codes Node (`ENOSPC`…) and SQLite (`SQLITE_FULL`…)
 * give it. The engine answers each kind the same way wherever it happens: a full disk is a 507,
 * a busy or read-only database a 503, and none of them stops the process.
 */
export type StorageFault = 'full' | 'busy' | 'read-only';

export function storageFault(error: unknown): StorageFault | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'read-only';
  return null;
}

/** Words for a job's `error` column and the log, never a path or a system message. */
export function describeStorageFault(fault: StorageFault): string {
  switch (fault) {
    case 'full':
      return "the engine's disk is full";
    case 'busy':
      return 'the database was locked by another program';
    case 'read-only':
      return "the engine's data directory is read-only";
  }
}
