import type { Generation } from '../../contract/generations.ts';
import type { JobStatus } from '../../contract/limits.ts';
import type { Db } from './database.ts';
import { toGenerationDtos, type GenerationRow, type ImageRow } from './generation-dto.ts';

export type GenerationKind = 'IMAGE' | 'UPSCALE' | 'MOTION';

export interface NewGeneration {
  id: string;
  userId: string;
  kind: GenerationKind;
  status: JobStatus;
  prompt: string;
  negativePrompt: string | null;
  width: number;
  height: number;
  numImages: number;
  modelId: string | null;
  seed: number;
  guidanceScale: number | null;
  inferenceSteps: number | null;
  initStrength: number | null;
  presetStyle: string | null;
  scheduler: string | null;
  sdVersion: string | null;
  public: boolean;
  photoReal: boolean | null;
  photoRealStrength: number | null;
  promptMagic: boolean | null;
  promptMagicStrength: number | null;
  promptMagicVersion: string | null;
  ultra: boolean | null;
  params: unknown;
  costAmount: string;
}

/** A record with every optional column empty, for kinds that set only a few of them. */
export function generationRecord(
  fields: Pick<
    NewGeneration,
    | 'id'
    | 'userId'
    | 'kind'
    | 'status'
    | 'prompt'
    | 'width'
    | 'height'
    | 'seed'
    | 'params'
    | 'costAmount'
  > &
    Partial<NewGeneration>,
): NewGeneration {
  return {
    negativePrompt: null,
    numImages: 1,
    modelId: null,
    guidanceScale: null,
    inferenceSteps: null,
    initStrength: null,
    presetStyle: null,
    scheduler: null,
    sdVersion: null,
    public: false,
    photoReal: null,
    photoRealStrength: null,
    promptMagic: null,
    promptMagicStrength: null,
    promptMagicVersion: null,
    ultra: null,
    ...fields,
  };
}

export interface NewImage {
  id: string;
  position: number;
  file: string;
  motionFile?: string | null;
  motionStrength?: number | null;
  variation?: { id: string; type: 'UPSCALE' | 'INPAINT'; file: string } | null;
}

export interface PendingGeneration {
  id: string;
  userId: string;
  kind: GenerationKind;
  params: unknown;
}

export interface ImageOwnerRecord {
  imageId: string;
  generationId: string;
  file: string;
  prompt: string;
}

const flag = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

interface PendingRow {
  user_id: string;
  cost_amount: string;
  attempts: number;
}

/** Stored costs are strings (Leonardo's `cost.amount`); a refund is a whole number of tokens. */
export const tokens = (amount: string) => {
  const value = Number(amount);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
};

/** Generations and their images. Every read and write is scoped to the owning user. */
export class GenerationRepository {
  private readonly stmts;
  private writes = 0;

  /** Grows with every write, so answers built from reads can be cached until the next one. */
  get version(): number {
    return this.writes;
  }

  constructor(private readonly db: Db) {
    this.stmts = {
      insert:
        db.prepare(`INSERT INTO generations (id, user_id, kind, status, prompt, negative_prompt,
        width, height, num_images, model_id, seed, guidance_scale, inference_steps, init_strength,
        preset_style, scheduler, sd_version, public, photo_real, photo_real_strength, prompt_magic,
        prompt_magic_strength, prompt_magic_version, ultra, params, cost_amount, created_at)
        VALUES (@id, @userId, @kind, @status, @prompt, @negativePrompt, @width, @height, @numImages,
        @modelId, @seed, @guidanceScale, @inferenceSteps, @initStrength, @presetStyle, @scheduler,
        @sdVersion, @public, @photoReal, @photoRealStrength, @promptMagic, @promptMagicStrength,
        @promptMagicVersion, @ultra, @params, @costAmount, @createdAt)`),
      insertImage: db.prepare(`INSERT INTO generated_images
        (id, generation_id, position, file, motion_file, motion_strength)
        VALUES (?, ?, ?, ?, ?, ?)`),
      insertVariation:
        db.prepare(`INSERT INTO image_variations (id, image_id, transform_type, status, file)
        VALUES (?, ?, ?, 'COMPLETE', ?)`),
      setStatus: db.prepare('UPDATE generations SET status = ?, error = ? WHERE id = ?'),
      get: db.prepare('SELECT * FROM generations WHERE id = ? AND user_id = ?'),
      list: db.prepare(
        'SELECT * FROM generations WHERE user_id = ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
      ),
      delete: db.prepare('DELETE FROM generations WHERE id = ? AND user_id = ?'),
      files: db.prepare(`SELECT i.file, i.motion_file, v.file AS v_file FROM generated_images i
        LEFT JOIN image_variations v ON v.image_id = i.id WHERE i.generation_id = ?`),
      pending: db.prepare(
        "SELECT id, user_id, kind, params FROM generations WHERE status = 'PENDING' ORDER BY rowid",
      ),
      countPending: db.prepare(
        "SELECT count(*) AS n FROM generations WHERE user_id = ? AND status = 'PENDING'",
      ),
      image: db.prepare(`SELECT i.id AS imageId, g.id AS generationId, i.file, g.prompt
        FROM generated_images i JOIN generations g ON g.id = i.generation_id
        WHERE i.id = ? AND g.user_id = ? AND g.status = 'COMPLETE'`),
      variation: db.prepare(`SELECT v.id AS imageId, g.id AS generationId, v.file, g.prompt
        FROM image_variations v JOIN generated_images i ON i.id = v.image_id
        JOIN generations g ON g.id = i.generation_id
        WHERE v.id = ? AND g.user_id = ? AND v.file IS NOT NULL`),
      beginAttempt: db.prepare(`UPDATE generations SET attempts = attempts + 1
        WHERE id = ? AND status = 'PENDING' RETURNING attempts`),
      undoAttempt: db.prepare(
        "UPDATE generations SET attempts = attempts - 1 WHERE id = ? AND status = 'PENDING' AND attempts > 0",
      ),
      markComplete: db.prepare(
        "UPDATE generations SET status = 'COMPLETE' WHERE id = ? AND status = 'PENDING'",
      ),
      pendingRow: db.prepare(
        "SELECT user_id, cost_amount, attempts FROM generations WHERE id = ? AND status = 'PENDING'",
      ),
      refund: db.prepare('UPDATE users SET api_tokens = api_tokens + ? WHERE id = ?'),
    };
  }

  insert(generation: NewGeneration, images: readonly NewImage[] = []): void {
    this.writes++;
    this.db.transaction(() => {
      this.stmts.insert.run({
        ...generation,
        public: generation.public ? 1 : 0,
        photoReal: flag(generation.photoReal),
        promptMagic: flag(generation.promptMagic),
        ultra: flag(generation.ultra),
        params: JSON.stringify(generation.params),
        createdAt: new Date().toISOString(),
      });
      this.addImages(generation.id, images);
    })();
  }

  /**
   * Counts a run of a PENDING job as it starts; answers the runs so far, or null when the job is
   * no longer PENDING (deleted meanwhile).
   */
  beginAttempt(id: string): number | null {
    const row = this.stmts.beginAttempt.get(id) as { attempts: number } | undefined;
    return row?.attempts ?? null;
  }

  /** Takes back a run the engine cut short itself (stopping): it was not the job's fault. */
  undoAttempt(id: string): void {
    this.stmts.undoAttempt.run(id);
  }

  /**
   * Stores a job's images and marks it COMPLETE in one transaction. Answers false, storing
   * nothing, when the job is no longer PENDING (deleted while it rendered).
   */
  complete(id: string, images: readonly NewImage[]): boolean {
    this.writes++;
    return this.db.transaction(() => {
      if (this.stmts.markComplete.run(id).changes === 0) return false;
      this.addImages(id, images);
      return true;
    })();
  }

  /** Marks a PENDING job FAILED with its reason and gives its tokens back, in one transaction. */
  fail(id: string, error: string): boolean {
    this.writes++;
    return this.db.transaction(() => {
      const row = this.stmts.pendingRow.get(id) as PendingRow | undefined;
      if (!row) return false;
      this.stmts.setStatus.run('FAILED', error, id);
      this.stmts.refund.run(tokens(row.cost_amount), row.user_id);
      return true;
    })();
  }

  /** Whether a job is still waiting or running (not deleted, not finished). */
  isPending(id: string): boolean {
    return this.stmts.pendingRow.get(id) !== undefined;
  }

  get(userId: string, id: string, fileUrl: (file: string) => string): Generation | null {
    const row = this.stmts.get.get(id, userId) as GenerationRow | undefined;
    return row ? this.toDtos([row], fileUrl)[0]! : null;
  }

  list(
    userId: string,
    offset: number,
    limit: number,
    fileUrl: (f: string) => string,
  ): Generation[] {
    const rows = this.stmts.list.all(userId, limit, offset) as GenerationRow[];
    return this.toDtos(rows, fileUrl);
  }

  /**
   * Deletes a generation; answers the files to remove, or null if the user has no such generation.
   * A job deleted before it ever started rendering gives its tokens back.
   */
  delete(userId: string, id: string): string[] | null {
    this.writes++;
    return this.db.transaction(() => {
      const rows = this.stmts.files.all(id) as {
        file: string;
        motion_file: string | null;
        v_file: string | null;
      }[];
      const pending = this.stmts.pendingRow.get(id) as PendingRow | undefined;
      if (this.stmts.delete.run(id, userId).changes === 0) return null;
      if (pending && pending.attempts === 0) {
        this.stmts.refund.run(tokens(pending.cost_amount), pending.user_id);
      }
      return rows.flatMap((r) => [r.file, r.motion_file, r.v_file]).filter((f) => f !== null);
    })();
  }

  pending(): PendingGeneration[] {
    const rows = this.stmts.pending.all() as {
      id: string;
      user_id: string;
      kind: GenerationKind;
      params: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind,
      params: JSON.parse(r.params),
    }));
  }

  countPending(userId: string): number {
    return (this.stmts.countPending.get(userId) as { n: number }).n;
  }

  findImage(userId: string, imageId: string): ImageOwnerRecord | null {
    return (this.stmts.image.get(imageId, userId) as ImageOwnerRecord | undefined) ?? null;
  }

  findVariation(userId: string, variationId: string): ImageOwnerRecord | null {
    return (this.stmts.variation.get(variationId, userId) as ImageOwnerRecord | undefined) ?? null;
  }

  private addImages(generationId: string, images: readonly NewImage[]): void {
    for (const image of images) {
      this.stmts.insertImage.run(
        image.id,
        generationId,
        image.position,
        image.file,
        image.motionFile ?? null,
        image.motionStrength ?? null,
      );
      if (image.variation) {
        const v = image.variation;
        this.stmts.insertVariation.run(v.id, image.id, v.type, v.file);
      }
    }
  }

  private toDtos(rows: GenerationRow[], fileUrl: (file: string) => string): Generation[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const images = this.db
      .prepare(
        `SELECT i.id, i.generation_id, i.file, i.motion_file, i.motion_strength, i.nsfw,
         v.id AS v_id, v.transform_type AS v_type, v.status AS v_status, v.file AS v_file
         FROM generated_images i LEFT JOIN image_variations v ON v.image_id = i.id
         WHERE i.generation_id IN (${ids.map(() => '?').join(',')})
         ORDER BY i.generation_id, i.position`,
      )
      .all(...ids) as ImageRow[];
    return toGenerationDtos(rows, images, fileUrl);
  }
}
