import type { ScopeDb } from './scope-db.ts';

/**
 * Named snapshots ("Save snapshot"): the whole canvas as it was, kept per user until deleted.
 * Sketch layers and the mask are stored as PNG files (a few kilobytes where they are mostly
 * empty); image layers refer to their stored image files, which are kept while a snapshot needs them.
 */
export interface SnapshotInfo {
  id: string;
  name: string;
  createdAt: number;
  width: number;
  height: number;
  assetIds: string[];
}

export const SNAPSHOTS_KEY = 'snapshots';
export const snapshotKey = (id: string) => `snapshot:${id}`;
export const MAX_SNAPSHOTS = 20;

const isInfo = (value: unknown): value is SnapshotInfo => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SnapshotInfo>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.createdAt === 'number' &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    Array.isArray(v.assetIds)
  );
};

export async function readSnapshotIndex(db: ScopeDb): Promise<SnapshotInfo[]> {
  const raw = await db.get(SNAPSHOTS_KEY);
  return Array.isArray(raw) ? raw.filter(isInfo) : [];
}
