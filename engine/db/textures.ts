import type { TextureGeneration } from '../../contract/textures.ts';
import type { JobStatus, TextureType } from '../../contract/limits.ts';
import type { Db } from './database.ts';

interface TextureRow {
  id: string;
  prompt: string;
  negative_prompt: string | null;
  seed: number;
  status: JobStatus;
  created_at: string;
}

export interface NewTexture {
  id: string;
  userId: string;
  modelId: string;
  prompt: string;
  negativePrompt: string | null;
  seed: number;
  params: unknown;
}

/** Texture generations of a user's 3D models, with their maps. */
export class TextureRepository {
  constructor(private readonly db: Db) {}

  insert(t: NewTexture): void {
    this.db
      .prepare(
        `INSERT INTO texture_generations (id, user_id, model_id, status, prompt, negative_prompt, seed, params, created_at)
         VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)`,
      )
      .run(
        t.id,
        t.userId,
        t.modelId,
        t.prompt,
        t.negativePrompt,
        t.seed,
        JSON.stringify(t.params),
        new Date().toISOString(),
      );
  }

  complete(id: string, images: readonly { id: string; type: TextureType; file: string }[]): void {
    this.db.transaction(() => {
      const insert = this.db.prepare(
        'INSERT INTO texture_images (id, texture_generation_id, type, file) VALUES (?, ?, ?, ?)',
      );
      for (const image of images) insert.run(image.id, id, image.type, image.file);
      this.db.prepare("UPDATE texture_generations SET status = 'COMPLETE' WHERE id = ?").run(id);
    })();
  }

  fail(id: string, error: string): void {
    this.db
      .prepare("UPDATE texture_generations SET status = 'FAILED', error = ? WHERE id = ?")
      .run(error, id);
  }

  get(userId: string, id: string, fileUrl: (f: string) => string): TextureGeneration | null {
    const row = this.db
      .prepare('SELECT * FROM texture_generations WHERE id = ? AND user_id = ?')
      .get(id, userId) as TextureRow | undefined;
    return row ? this.toDtos([row], fileUrl)[0]! : null;
  }

  listByModel(
    userId: string,
    modelId: string,
    offset: number,
    limit: number,
    fileUrl: (f: string) => string,
  ) {
    const rows = this.db
      .prepare(
        `SELECT * FROM texture_generations WHERE model_id = ? AND user_id = ?
         ORDER BY rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(modelId, userId, limit, offset) as TextureRow[];
    return this.toDtos(rows, fileUrl);
  }

  delete(userId: string, id: string): string[] | null {
    return this.db.transaction(() => {
      const files = this.db
        .prepare('SELECT file FROM texture_images WHERE texture_generation_id = ?')
        .all(id) as { file: string }[];
      const result = this.db
        .prepare('DELETE FROM texture_generations WHERE id = ? AND user_id = ?')
        .run(id, userId);
      return result.changes === 0 ? null : files.map((f) => f.file);
    })();
  }

  pending(): { id: string; userId: string; params: unknown }[] {
    const rows = this.db
      .prepare(
        "SELECT id, user_id, params FROM texture_generations WHERE status = 'PENDING' ORDER BY rowid",
      )
      .all() as { id: string; user_id: string; params: string }[];
    return rows.map((r) => ({ id: r.id, userId: r.user_id, params: JSON.parse(r.params) }));
  }

  countPending(userId: string): number {
    const row = this.db
      .prepare(
        "SELECT count(*) AS n FROM texture_generations WHERE user_id = ? AND status = 'PENDING'",
      )
      .get(userId) as { n: number };
    return row.n;
  }

  private toDtos(rows: TextureRow[], fileUrl: (f: string) => string): TextureGeneration[] {
    const images = this.db.prepare(
      'SELECT id, type, file FROM texture_images WHERE texture_generation_id = ? ORDER BY type',
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      prompt: r.prompt,
      negativePrompt: r.negative_prompt,
      seed: r.seed,
      status: r.status,
      model_asset_texture_images: (
        images.all(r.id) as { id: string; type: TextureType; file: string }[]
      ).map((i) => ({ id: i.id, type: i.type, url: fileUrl(i.file) })),
    }));
  }
}
