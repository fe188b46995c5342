import type { EngineConfig } from './config.ts';
import type { AssetRepository } from './db/assets.ts';
import type { Db } from './db/database.ts';
import type { GenerationRepository } from './db/generations.ts';
import type { TextureRepository } from './db/textures.ts';
import type { UserRepository } from './db/users.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { MinuteWindow } from './jobs/rate-limiter.ts';
import type { RealtimeLane } from './jobs/realtime-lane.ts';
import type { FileStore } from './storage/file-store.ts';

/**
 * Everything a route may use, built once per app by `buildApp`. Routes take the part they need
 * (`Pick<EngineContext, …>`) and import this module only for its types, never the app itself.
 */
export interface EngineContext {
  /** For transactions that span repositories (admission). */
  db: Db;
  users: UserRepository;
  generations: GenerationRepository;
  textures: TextureRepository;
  assets: AssetRepository;
  files: FileStore;
  jobs: JobRunner;
  realtime: RealtimeLane;
  limits: EngineConfig['limits'];
  generationsWindow: MinuteWindow;
  texturesWindow: MinuteWindow;
  /** The origin in every URL the engine hands out: configured, or the listen address. */
  publicOrigin: () => string;
  /** Absolute URL of a stored file, on that origin. */
  fileUrl: (relative: string) => string;
  /** Whether a built studio is served at `/`. */
  servesStudio: boolean;
}
