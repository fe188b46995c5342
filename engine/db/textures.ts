import type { TextureGeneration } from '../../contract/textures.ts';
import type { JobStatus, TextureType } from '../../contract/limits.ts';
import type { Db } from './database.ts';
import { tokens } from './generations.ts';

interface TextureRow {
  id: string;
  prompt: string;
  negative_prompt: string | null;
  seed: number;
  status: JobStatus;
  created_at: string;
}

interface PendingRow {
  user_id: string;
  cost_amount: string;
  attempts: number;
}

export interface NewTexture {
  id: string;
  userId: string;
  modelId: string;
  prompt: string;
  negativePrompt: string | null;
  seed: number;
  params: unknown;
  /** Tokens charged, given back if the job fails. */
  costAmount: string;
}

/** Texture generations of a user's 3D models, with their maps. */
export class TextureRepository {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      pendingRow: db.prepare(
        "SELECT user_id, cost_amount, attempts FROM texture_generations WHERE id = ? AND status = 'PENDING'",
      ),
      refund: db.prepare('UPDATE users SET api_tokens = api_tokens + ? WHERE id = ?'),
      beginAttempt: db.prepare(`UPDATE texture_generations SET attempts = attempts + 1
        WHERE id = ? AND status = 'PENDING' RETURNING attempts`),
      undoAttempt: db.prepare(
        "UPDATE texture_generations SET attempts = attempts - 1 WHERE id = ? AND status = 'PENDING' AND attempts > 0",
      ),
    };
  }

  insert(t: NewTexture): void {
    this.db
      .prepare(
        `INSERT INTO texture_generations (id, user_id, model_id, status, prompt, negative_prompt, seed, params, cost_amount, created_at)
         VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.id,
        t.userId,
        t.modelId,
        t.prompt,
        t.negativePrompt,
        t.seed,
        JSON.stringify(t.params),
        t.costAmount,
        new Date().toISOString(),
      );
  }

  /** Counts a run as it starts; null when the job is no longer PENDING. */
  beginAttempt(id: string): number | null {
    const row = this.stmts.beginAttempt.get(id) as { attempts: number } | undefined;
    return row?.attempts ?? null;
  }

  undoAttempt(id: string): void {
    this.stmts.undoAttempt.run(id);
  }

  /** Stores the maps and marks the job COMPLETE; false (nothing stored) if it was deleted. */
  complete(
    id: string,
    images: readonly { id: string; type: TextureType; file: string }[],
  ): boolean {
    return this.db.transaction(() => {
      const done = this.db
        .prepare(
          "UPDATE texture_generations SET status = 'COMPLETE' WHERE id = ? AND status = 'PENDING'",
        )
        .run(id);
      if (done.changes === 0) return false;
      const insert = this.db.prepare(
        'INSERT INTO texture_images (id, texture_generation_id, type, file) VALUES (?, ?, ?, ?)',
      );
      for (const image of images) insert.run(image.id, id, image.type, image.file);
      return true;
    })();
  }

  /** Marks a PENDING job FAILED and gives its tokens back, in one transaction. */
  fail(id: string, error: string): boolean {
    return this.db.transaction(() => {
      const row = this.stmts.pendingRow.get(id) as PendingRow | undefined;
      if (!row) return false;
      this.db
        .prepare("UPDATE texture_generations SET status = 'FAILED', error = ? WHERE id = ?")
        .run(error, id);
      this.stmts.refund.run(tokens(row.cost_amount), row.user_id);
      return true;
    })();
  }

  isPending(id: string): boolean {
    return this.stmts.pendingRow.get(id) !== undefined;
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

  /** Deletes a texture job; one deleted before it started rendering gives its tokens back. */
  delete(userId: string, id: string): string[] | null {
    return this.db.transaction(() => {
      const files = this.db
        .prepare('SELECT file FROM texture_images WHERE texture_generation_id = ?')
        .all(id) as { file: string }[];
      const pending = this.stmts.pendingRow.get(id) as PendingRow | undefined;
      const result = this.db
        .prepare('DELETE FROM texture_generations WHERE id = ? AND user_id = ?')
        .run(id, userId);
      if (result.changes === 0) return null;
      if (pending && pending.attempts === 0) {
        this.stmts.refund.run(tokens(pending.cost_amount), pending.user_id);
      }
      return files.map((f) => f.file);
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
