import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TextureType } from '../../contract/limits.ts';
import type { GenerationRepository, NewImage } from '../db/generations.ts';
import type { TextureRepository } from '../db/textures.ts';
import { MAX_JOB_ATTEMPTS } from '../limits.ts';
import { describeStorageFault, storageFault } from '../storage/faults.ts';
import type { FileStore } from '../storage/file-store.ts';
import { TaskDroppedError, WorkerDiedError, type WorkerPool } from './worker-pool.ts';

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
/** Longest pause between two tries of a write the database or the disk refused. */
const MAX_RETRY_MS = 5000;

type JobKind = 'generation' | 'texture';

/** A job this process knows about: waiting for a worker, rendering, or storing its outcome. */
interface ActiveJob {
  id: string;
  userId: string;
  kind: JobKind;
  /** Runs so far, as counted in the database. */
  attempts: number;
  /** A worker has it. */
  rendering: boolean;
}

/** Thrown as a job starts its third run: its worker died twice, so it fails for good. */
class AttemptsUsedUp extends Error {
  constructor() {
    super(`its worker stopped ${MAX_JOB_ATTEMPTS} times while rendering it`);
  }
}

/**
 * Runs generation and texture jobs on the worker pool and records their outcome. Jobs are
 * rows first (PENDING, with their parameters), work second: a crash leaves a row to resume.
 *
 * One policy whichever process dies: each run is counted in the row as it starts; a job whose
 * worker (or the whole engine) died is run once more, and a second death marks it FAILED and
 * refunds its tokens. Any other failure (a bad input, a full disk) fails it at once, refunded.
 * A job's files live in its own folder, removed whenever the job does not complete.
 */
export class JobRunner {
  private readonly active = new Map<string, ActiveJob>();
  private readonly work = new Set<Promise<void>>();
  private stopping = false;
  private waitingWrites = 0;

  constructor(
    private readonly deps: {
      generations: GenerationRepository;
      textures: TextureRepository;
      files: FileStore;
      pool: WorkerPool;
      log: (message: string) => void;
    },
  ) {}

  runGeneration(id: string, userId: string, job: GenerationJob): void {
    const entry = this.register(id, userId, 'generation');
    this.track(this.execute(entry, () => this.generation(entry, job)));
  }

  runTexture(id: string, userId: string, job: TextureJob): void {
    const entry = this.register(id, userId, 'texture');
    this.track(this.execute(entry, () => this.texture(entry, job)));
  }

  /** Re-runs what a previous process left PENDING; rendering is deterministic, so the result is the same. */
  resumePending(): number {
    const generations = this.deps.generations.pending();
    const textures = this.deps.textures.pending();
    for (const g of generations) this.runGeneration(g.id, g.userId, g.params as GenerationJob);
    for (const t of textures) this.runTexture(t.id, t.userId, t.params as TextureJob);
    return generations.length + textures.length;
  }

  /**
   * A user's jobs that still render although their row was deleted: they keep their slot until
   * the render ends (their result is then thrown away), so deleting cannot lift the limit.
   */
  detachedRenders(userId: string): number {
    let count = 0;
    for (const job of this.active.values()) {
      if (job.userId === userId && job.rendering && !this.rows(job.kind).isPending(job.id)) count++;
    }
    return count;
  }

  /** Process ids of the job processes (for fault tests and diagnostics). */
  get processIds(): number[] {
    return this.deps.pool.pids;
  }

  /** Outcomes (COMPLETE, FAILED) waiting for the disk or the database to take them. */
  get waitingOutcomes(): number {
    return this.waitingWrites;
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
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }

  /**
   * From now on a job that fails because the pool is closing is left PENDING for the next
   * start, and the run it was in is not counted: the engine cut it short, not its worker.
   */
  stop(): void {
    this.stopping = true;
    for (const job of this.active.values()) {
      if (!job.rendering) continue;
      try {
        this.rows(job.kind).undoAttempt(job.id);
      } catch {
        // The database refuses writes: the run stays counted, the job still resumes.
      }
    }
  }

  private register(id: string, userId: string, kind: JobKind): ActiveJob {
    const entry: ActiveJob = { id, userId, kind, attempts: 0, rendering: false };
    this.active.set(id, entry);
    return entry;
  }

  private rows(kind: JobKind): GenerationRepository | TextureRepository {
    return kind === 'generation' ? this.deps.generations : this.deps.textures;
  }

  private track(job: Promise<void>): void {
    this.work.add(job);
    void job.finally(() => this.work.delete(job));
  }

  /** Counts the run as a worker takes the job; false drops it (deleted while it waited). */
  private begin(entry: ActiveJob): boolean {
    const attempts = this.rows(entry.kind).beginAttempt(entry.id);
    if (attempts === null) return false;
    entry.attempts = attempts;
    if (attempts > MAX_JOB_ATTEMPTS) throw new AttemptsUsedUp();
    entry.rendering = true;
    return true;
  }

  /** Runs until the job completes, fails or is dropped; never rejects. */
  private async execute(entry: ActiveJob, attempt: () => Promise<void>): Promise<void> {
    try {
      for (;;) {
        try {
          await attempt();
          return;
        } catch (error) {
          entry.rendering = false;
          if (this.stopping) return;
          await this.discardFiles(entry);
          if (error instanceof TaskDroppedError) return;
          if (error instanceof WorkerDiedError && entry.attempts < MAX_JOB_ATTEMPTS) {
            this.deps.log(`${entry.kind} ${entry.id}: ${error.message}; running it again`);
            continue;
          }
          if (storageFault(error) === 'busy') {
            // The run could not even be counted (its outcome writes wait on their own): wait for
            // the other program's lock to go, and start again.
            await sleep(500, undefined, { ref: false });
            continue;
          }
          await this.failJob(entry, reasonFor(error));
          return;
        }
      }
    } catch (error) {
      this.deps.log(`${entry.kind} ${entry.id} is left PENDING: ${(error as Error).message}`);
    } finally {
      this.active.delete(entry.id);
    }
  }

  private async generation(entry: ActiveJob, job: GenerationJob): Promise<void> {
    const { files, pool, generations } = this.deps;
    const onStart = () => this.begin(entry);
    const folder = `generations/${entry.id}`;
    let images: NewImage[];
    if (job.kind === 'IMAGE') {
      // A transparent background needs PNG; everything else is JPEG.
      const extension = job.transparent ? 'png' : 'jpg';
      images = Array.from({ length: job.numImages }, (_, position) => {
        const imageId = randomUUID();
        return { id: imageId, position, file: `${folder}/${imageId}.${extension}` };
      });
      const outFiles = images.map((i) => files.resolve(i.file));
      if (job.init || job.guides?.length || job.transparent) {
        await pool.run(
          {
            type: 'image-to-image',
            ...job,
            init: job.init ? { ...job.init, file: files.resolve(job.init.file) } : null,
            guides: (job.guides ?? []).map((g) => ({ ...g, file: files.resolve(g.file) })),
            transparent: job.transparent ?? false,
            outFiles,
          },
          { onStart },
        );
      } else {
        await pool.run({ type: 'text-to-image', ...job, outFiles }, { onStart });
      }
    } else {
      const imageId = randomUUID();
      const motionFile = `${folder}/${imageId}.mp4`;
      // The still keeps its source's format (a PNG init image or transparent image stays PNG).
      const stillFile = `${folder}/${imageId}${extname(job.sourceFile) || '.jpg'}`;
      await pool.run(
        {
          type: 'motion',
          sourceFile: files.resolve(job.sourceFile),
          motionStrength: job.motionStrength,
          seed: job.seed,
          outFile: files.resolve(motionFile),
        },
        { onStart },
      );
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
    entry.rendering = false;
    if (!(await this.persist(() => generations.complete(entry.id, images)))) {
      await this.discardFiles(entry);
    }
  }

  private async texture(entry: ActiveJob, job: TextureJob): Promise<void> {
    const { files, pool, textures } = this.deps;
    const maps = TEXTURE_MAPS.map((type) => ({
      id: randomUUID(),
      type,
      file: `textures/${entry.id}/${type.toLowerCase()}.png`,
    }));
    await pool.run(
      {
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
      },
      { onStart: () => this.begin(entry) },
    );
    entry.rendering = false;
    if (!(await this.persist(() => textures.complete(entry.id, maps)))) {
      await this.discardFiles(entry);
    }
  }

  /** FAILED with its reason and refunded; kept trying while the disk or database refuses it. */
  private async failJob(entry: ActiveJob, reason: string): Promise<void> {
    this.deps.log(`${entry.kind} ${entry.id} failed: ${reason}`);
    await this.persist(() => this.rows(entry.kind).fail(entry.id, reason), { retryFull: true });
  }

  /**
   * Runs a write; while the database is locked by another program (or, with retryFull, the
   * disk is full or read-only) waits and tries again, off the event loop, until it succeeds or
   * the engine stops. Other errors go on.
   */
  private async persist<T>(write: () => T, { retryFull = false } = {}): Promise<T> {
    let waiting = false;
    try {
      for (let wait = 100; ; wait = Math.min(MAX_RETRY_MS, wait * 2)) {
        try {
          return write();
        } catch (error) {
          const fault = storageFault(error);
          const retry = fault === 'busy' || (retryFull && fault !== null);
          if (!retry || this.stopping) throw error;
          if (!waiting) {
            waiting = true;
            this.waitingWrites++;
            this.deps.log(`a job's outcome waits: ${describeStorageFault(fault!)}`);
          }
          await sleep(wait, undefined, { ref: false });
        }
      }
    } finally {
      if (waiting) this.waitingWrites--;
    }
  }

  private async discardFiles(entry: ActiveJob): Promise<void> {
    const folder = entry.kind === 'generation' ? 'generations' : 'textures';
    await this.deps.files.removeDir(`${folder}/${entry.id}`).catch((error: Error) => {
      this.deps.log(`could not remove the files of ${entry.kind} ${entry.id}: ${error.message}`);
    });
  }
}

/** The `error` column of a FAILED job: words for people, never a path. */
function reasonFor(error: unknown): string {
  const fault = storageFault(error);
  if (fault) return describeStorageFault(fault);
  if (error instanceof WorkerDiedError) return new AttemptsUsedUp().message;
  return (error as Error).message;
}
