import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import type { TextureType } from '../../contract/limits.ts';
import type { GenerationRepository, NewImage } from '../db/generations.ts';
import type { TextureRepository } from '../db/textures.ts';
import type { FileStore } from '../storage/file-store.ts';
import type { WorkerPool } from './worker-pool.ts';

/** What a PENDING generation needs to run; stored with it so a restart can resume it. */
export type GenerationJob =
  | {
      kind: 'IMAGE';
      prompt: string;
      negativePrompt: string | null;
      style: string | null;
      seed: number;
      width: number;
      height: number;
      numImages: number;
      tiling: boolean;
      /** Image-to-image (see plan-init-image.ts); files are relative to the data directory. */
      init?: { file: string; strength: number } | null;
      guides?: { file: string; weight: number }[];
      transparent?: boolean;
    }
  | { kind: 'MOTION'; sourceFile: string; motionStrength: number; seed: number };

export interface TextureJob {
  modelFile: string;
  prompt: string;
  negativePrompt: string | null;
  seed: number;
}

const TEXTURE_MAPS: TextureType[] = ['ALBEDO', 'NORMAL', 'ROUGHNESS', 'DISPLACEMENT'];
const TEXTURE_SIZE = 1024;

/**
 * Runs generation and texture jobs on the worker pool and records their outcome. Jobs are
 * rows first (PENDING, with their parameters), work second: a crash leaves a row to resume.
 */
export class JobRunner {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly deps: {
      generations: GenerationRepository;
      textures: TextureRepository;
      files: FileStore;
      pool: WorkerPool;
      log: (message: string) => void;
    },
  ) {}

  runGeneration(id: string, job: GenerationJob): void {
    this.track(this.generation(id, job));
  }

  runTexture(id: string, job: TextureJob): void {
    this.track(this.texture(id, job));
  }

  /** Re-runs what a previous process left PENDING; rendering is deterministic, so the result is the same. */
  resumePending(): number {
    const generations = this.deps.generations.pending();
    const textures = this.deps.textures.pending();
    for (const g of generations) this.runGeneration(g.id, g.params as GenerationJob);
    for (const t of textures) this.runTexture(t.id, t.params as TextureJob);
    return generations.length + textures.length;
  }

  /** One small render, so the job worker has compiled the imaging code before the first job. */
  async warmUp(): Promise<void> {
    const file = 'warm-up/warm-up.jpg';
    await this.deps.pool.run({
      type: 'text-to-image',
      prompt: 'warm up',
      negativePrompt: null,
      style: null,
      seed: 1,
      width: 64,
      height: 64,
      tiling: false,
      outFiles: [this.deps.files.resolve(file)],
    });
    await this.deps.files.remove([file]);
  }

  /** Resolves once every job started so far has finished (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** From now on, a job that fails because the pool is closing is left PENDING for the next start. */
  stop(): void {
    this.stopping = true;
  }

  private track(job: Promise<void>): void {
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
  }

  private async generation(id: string, job: GenerationJob): Promise<void> {
    const { files, pool, generations } = this.deps;
    try {
      let images: NewImage[];
      if (job.kind === 'IMAGE') {
        // A transparent background needs PNG; everything else is JPEG.
        const extension = job.transparent ? 'png' : 'jpg';
        images = Array.from({ length: job.numImages }, (_, position) => {
          const imageId = randomUUID();
          return { id: imageId, position, file: `generations/${id}/${imageId}.${extension}` };
        });
        const outFiles = images.map((i) => files.resolve(i.file));
        if (job.init || job.guides?.length || job.transparent) {
          await pool.run({
            type: 'image-to-image',
            ...job,
            init: job.init ? { ...job.init, file: files.resolve(job.init.file) } : null,
            guides: (job.guides ?? []).map((g) => ({ ...g, file: files.resolve(g.file) })),
            transparent: job.transparent ?? false,
            outFiles,
          });
        } else {
          await pool.run({ type: 'text-to-image', ...job, outFiles });
        }
      } else {
        const imageId = randomUUID();
        const motionFile = `generations/${id}/${imageId}.mp4`;
        // The still keeps its source's format (a PNG init image or transparent image stays PNG).
        const stillFile = `generations/${id}/${imageId}${extname(job.sourceFile) || '.jpg'}`;
        await pool.run({
          type: 'motion',
          sourceFile: files.resolve(job.sourceFile),
          motionStrength: job.motionStrength,
          seed: job.seed,
          outFile: files.resolve(motionFile),
        });
        // The still is the source image, copied so the motion survives deleting its source.
        await files.copy(job.sourceFile, stillFile);
        images = [
          {
            id: imageId,
            position: 0,
            file: stillFile,
            motionFile,
            motionStrength: job.motionStrength,
          },
        ];
      }
      generations.complete(id, images);
    } catch (error) {
      if (this.stopping) return;
      this.deps.log(`generation ${id} failed: ${(error as Error).message}`);
      generations.fail(id, (error as Error).message);
    }
  }

  private async texture(id: string, job: TextureJob): Promise<void> {
    const { files, pool, textures } = this.deps;
    try {
      const maps = TEXTURE_MAPS.map((type) => ({
        id: randomUUID(),
        type,
        file: `textures/${id}/${type.toLowerCase()}.png`,
      }));
      await pool.run({
        type: 'texture',
        modelFile: files.resolve(job.modelFile),
        prompt: job.prompt,
        negativePrompt: job.negativePrompt,
        seed: job.seed,
        size: TEXTURE_SIZE,
        outFiles: Object.fromEntries(maps.map((m) => [m.type, files.resolve(m.file)])) as Record<
          TextureType,
          string
        >,
      });
      textures.complete(id, maps);
    } catch (error) {
      if (this.stopping) return;
      this.deps.log(`texture ${id} failed: ${(error as Error).message}`);
      textures.fail(id, (error as Error).message);
    }
  }
}
