import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX, BODY_LIMIT_BYTES } from '../contract/limits.ts';
import { defaultRealtimeWorkers, type EngineConfig } from './config.ts';
import type { EngineContext } from './context.ts';
import { AssetRepository } from './db/assets.ts';
import type { Db } from './db/database.ts';
import { GenerationRepository } from './db/generations.ts';
import { TextureRepository } from './db/textures.ts';
import { UserRepository } from './db/users.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { MinuteWindow } from './jobs/rate-limiter.ts';
import { RealtimeLane } from './jobs/realtime-lane.ts';
import { WorkerPool } from './jobs/worker-pool.ts';
import { REALTIME, TIMEOUTS } from './limits.ts';
import { registerAuth } from './plugins/auth.ts';
import {
  clientErrorHandler,
  frameworkErrors,
  registerErrorHandler,
} from './plugins/error-handler.ts';
import { registerHardening } from './plugins/hardening.ts';
import { registerStudio } from './plugins/studio.ts';
import { registerRelay } from './relay/relay-plugin.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { assetRoutes } from './routes/assets.ts';
import { generationRoutes } from './routes/generations.ts';
import { lcmRoutes } from './routes/lcm.ts';
import { motionRoutes } from './routes/motion.ts';
import { pricingRoutes } from './routes/pricing.ts';
import { textureRoutes } from './routes/textures.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { userRoutes } from './routes/user.ts';
import { FileStore } from './storage/file-store.ts';
import { PublicOrigin } from './storage/public-origin.ts';

/**
 * Jobs (text-to-image, motion, textures) take seconds of CPU; requests take milliseconds. Jobs run
 * in a niced child process, whose every thread (garbage collector and image codec helpers too)
 * gets only the cores the server leaves idle: listing history stays fast while a job runs, and the
 * job still gets every spare cycle. The realtime (LCM) lane is interactive: live frames run on
 * worker threads, not niced.
 */
const JOB_NICENESS = 19;
/**
 * Inpainting and upscaling are realtime too (someone waits for them), but take seconds: below
 * live frames, above background jobs.
 */
const REALTIME_HEAVY_NICENESS = 10;

export type EngineApp = FastifyInstance;

export type Timeouts = Record<'headersMs' | 'requestMs' | 'keepAliveMs' | 'checkEveryMs', number>;

export interface AppOptions {
  db: Db;
  config: Pick<EngineConfig, 'dataDir' | 'keys' | 'limits' | 'jobWorkers' | 'studioDir'> &
    Partial<
      Pick<EngineConfig, 'relay' | 'host' | 'port' | 'publicUrl' | 'realtimeWorkers' | 'lcmDelayMs'>
    >;
  logger?: boolean | FastifyBaseLogger;
  /** Connection timeouts (tests shorten them). */
  timeouts?: Partial<Timeouts>;
}

/** Builds the engine (API, files, studio) without listening: tests `inject`, `main.ts` listens. */
export async function buildApp({
  db,
  config,
  logger = false,
  timeouts = {},
}: AppOptions): Promise<EngineApp> {
  const t = { ...TIMEOUTS, ...timeouts };
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Slow or silent clients are dropped: headers, the whole request and idle keep-alive each
    // have a deadline. A request being answered has none: a long render is not a slow client.
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    http: { headersTimeout: t.headersMs, connectionsCheckingInterval: t.checkEveryMs },
    // On close, idle connections go at once and requests in flight are answered first.
    forceCloseConnections: false,
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandler(app);
  registerHardening(app);

  const files = new FileStore(config.dataDir);
  const users = new UserRepository(db);
  const generations = new GenerationRepository(db);
  const textures = new TextureRepository(db);
  const pool = new WorkerPool(config.jobWorkers, 'jobs', {
    niceness: JOB_NICENESS,
    isolation: 'process',
  });
  const framePool = new WorkerPool(config.realtimeWorkers ?? defaultRealtimeWorkers(), 'realtime', {
    maxHeapMb: REALTIME.workerHeapMb,
  });
  const heavyPool = new WorkerPool(1, 'realtime-heavy', {
    niceness: REALTIME_HEAVY_NICENESS,
    isolation: 'process',
    maxHeapMb: REALTIME.workerHeapMb,
  });
  const origin = new PublicOrigin(
    config.publicUrl ?? null,
    { host: config.host ?? '127.0.0.1', port: config.port ?? 8787 },
    () => app.server,
  );
  const ctx: EngineContext = {
    db,
    users,
    generations,
    textures,
    assets: new AssetRepository(db),
    files,
    realtime: new RealtimeLane(
      { frames: framePool, heavy: heavyPool },
      { db, users, delayMs: config.lcmDelayMs ?? 0 },
    ),
    jobs: new JobRunner({ generations, textures, files, pool, log: (m) => app.log.warn(m) }),
    limits: config.limits,
    generationsWindow: new MinuteWindow(config.limits.generationsPerMinute),
    texturesWindow: new MinuteWindow(config.limits.generationsPerMinute),
    publicOrigin: () => origin.value,
    fileUrl: origin.fileUrl,
    servesStudio: existsSync(join(config.studioDir, 'index.html')),
  };
  users.ensureKeys(config.keys);

  await app.register(cors, {
    // Bearer keys, not cookies, carry identity: any origin may call, as with Leonardo's own API.
    origin: true,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    // A cross-origin studio (and `npm run dev`) must read how long a 429 asks it to wait.
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });

  await app.register(
    async (api) => {
      registerAuth(api, ctx.users);
      await api.register(userRoutes(ctx));
      await api.register(generationRoutes(ctx));
      await api.register(lcmRoutes(ctx));
      await api.register(motionRoutes(ctx));
      await api.register(textureRoutes(ctx));
      await api.register(assetRoutes(ctx));
      await api.register(pricingRoutes());
    },
    { prefix: API_PREFIX },
  );
  await app.register(uploadRoutes(ctx));
  if (config.relay?.enabled) await registerRelay(app, config.relay);

  await app.register(fastifyStatic, {
    root: files.root,
    prefix: '/files/',
    decorateReply: false,
    index: false,
    // Temporary files of writes in progress (dot-named) are nobody's to read.
    dotfiles: 'ignore',
    // Stored files are named by UUID and never rewritten: cache them for good.
    immutable: true,
    maxAge: '365d',
    setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
  });

  await registerStudio(app, ctx.servesStudio ? config.studioDir : null, {
    relay: config.relay?.enabled ?? false,
  });

  app.addHook('onClose', async () => {
    // Jobs cut short stay PENDING and are resumed by the next start.
    ctx.jobs.stop();
    await Promise.all([pool.close(), framePool.close(), heavyPool.close()]);
  });
  app.decorate('engine', ctx);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    engine: EngineContext;
  }
}
