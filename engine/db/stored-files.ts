import type { Db } from './database.ts';

/** Every file the database points at (images, videos, variations, maps, uploads). */
export function referencedFiles(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT file FROM generated_images
       UNION ALL SELECT motion_file FROM generated_images WHERE motion_file IS NOT NULL
       UNION ALL SELECT file FROM image_variations WHERE file IS NOT NULL
       UNION ALL SELECT file FROM texture_images
       UNION ALL SELECT file FROM init_images WHERE file IS NOT NULL
       UNION ALL SELECT file FROM model_assets WHERE file IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  return new Set(rows);
}
