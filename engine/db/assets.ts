import type { ModelAsset } from '../../contract/assets.ts';
import type { Db } from './database.ts';

export type UploadKind = 'INIT_IMAGE' | 'MODEL_3D';

interface ModelRow {
  id: string;
  user_id: string;
  name: string | null;
  file: string | null;
  created_at: string;
  updated_at: string;
}

/** Init images, 3D models and the one-shot upload slots that fill them. */
export class AssetRepository {
  constructor(private readonly db: Db) {}

  createInitImage(id: string, userId: string, extension: string): void {
    this.db
      .prepare('INSERT INTO init_images (id, user_id, extension, created_at) VALUES (?, ?, ?, ?)')
      .run(id, userId, extension, new Date().toISOString());
  }

  getInitImage(userId: string, id: string) {
    return (
      (this.db
        .prepare(
          'SELECT id, extension, file, created_at AS createdAt FROM init_images WHERE id = ? AND user_id = ?',
        )
        .get(id, userId) as
        { id: string; extension: string; file: string | null; createdAt: string } | undefined) ??
      null
    );
  }

  getInitImageById(id: string): { id: string; extension: string } | null {
    return (
      (this.db.prepare('SELECT id, extension FROM init_images WHERE id = ?').get(id) as
        { id: string; extension: string } | undefined) ?? null
    );
  }

  /** Answers the stored file (if any) of the deleted image, or undefined when there was none. */
  deleteInitImage(userId: string, id: string): { file: string | null } | undefined {
    return this.db.transaction(() => {
      const row = this.getInitImage(userId, id);
      if (!row) return undefined;
      this.db.prepare('DELETE FROM init_images WHERE id = ?').run(id);
      return { file: row.file };
    })();
  }

  createModel(id: string, userId: string, name: string | null): void {
    const now = new Date().toISOString();
    this.db
      .prepare(
        'INSERT INTO model_assets (id, user_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, userId, name, now, now);
  }

  getModelRow(userId: string, id: string): ModelRow | null {
    return (
      (this.db
        .prepare('SELECT * FROM model_assets WHERE id = ? AND user_id = ?')
        .get(id, userId) as ModelRow | undefined) ?? null
    );
  }

  getModel(userId: string, id: string, fileUrl: (f: string) => string): ModelAsset | null {
    const row = this.getModelRow(userId, id);
    return row && row.file ? toModel(row, fileUrl) : null;
  }

  /** Only models whose file has arrived are listed. */
  listModels(userId: string, offset: number, limit: number, fileUrl: (f: string) => string) {
    const rows = this.db
      .prepare(
        `SELECT * FROM model_assets WHERE user_id = ? AND file IS NOT NULL
         ORDER BY rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(userId, limit, offset) as ModelRow[];
    return rows.map((r) => toModel(r, fileUrl));
  }

  /** Deletes a model and its texture generations; answers every file to remove. */
  deleteModel(userId: string, id: string): string[] | null {
    return this.db.transaction(() => {
      const row = this.getModelRow(userId, id);
      if (!row) return null;
      const textureFiles = this.db
        .prepare(
          `SELECT ti.file FROM texture_images ti JOIN texture_generations tg
           ON tg.id = ti.texture_generation_id WHERE tg.model_id = ?`,
        )
        .all(id) as { file: string }[];
      this.db.prepare('DELETE FROM model_assets WHERE id = ?').run(id);
      return [row.file, ...textureFiles.map((t) => t.file)].filter((f) => f !== null);
    })();
  }

  createUploadSlot(token: string, kind: UploadKind, targetId: string, ttlMs: number): void {
    this.db
      .prepare('INSERT INTO upload_slots (token, kind, target_id, expires_at) VALUES (?, ?, ?, ?)')
      .run(token, kind, targetId, Date.now() + ttlMs);
  }

  /** An unexpired slot; it stays usable until an upload through it succeeds. */
  getUploadSlot(token: string): { kind: UploadKind; targetId: string } | null {
    const row = this.db
      .prepare(
        'SELECT kind, target_id AS targetId FROM upload_slots WHERE token = ? AND expires_at >= ?',
      )
      .get(token, Date.now()) as { kind: UploadKind; targetId: string } | undefined;
    return row ?? null;
  }

  /**
   * Ends an upload in one transaction: the slot is used up and the file recorded together, so
   * a token works exactly once. False (nothing changed) if the slot has gone meanwhile.
   */
  finishUpload(token: string, slot: { kind: UploadKind; targetId: string }, file: string): boolean {
    return this.db.transaction(() => {
      const used = this.db
        .prepare('DELETE FROM upload_slots WHERE token = ? AND expires_at >= ?')
        .run(token, Date.now());
      if (used.changes === 0) return false;
      this.db.prepare('DELETE FROM upload_slots WHERE expires_at < ?').run(Date.now());
      if (slot.kind === 'INIT_IMAGE') {
        this.db.prepare('UPDATE init_images SET file = ? WHERE id = ?').run(file, slot.targetId);
      } else {
        this.db
          .prepare('UPDATE model_assets SET file = ?, updated_at = ? WHERE id = ?')
          .run(file, new Date().toISOString(), slot.targetId);
      }
      return true;
    })();
  }
}

function toModel(row: ModelRow, fileUrl: (f: string) => string): ModelAsset {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    meshUrl: fileUrl(row.file!),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
