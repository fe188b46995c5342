import { join } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { warmUp } from './jobs/warm-up.ts';

/** `npm run engine` / `npm start`: the local engine on LEO_ENGINE_HOST:LEO_ENGINE_PORT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(join(config.dataDir, 'engine.sqlite'));
  const app = await buildApp({
    db,
    config,
    logger: { level: process.env.LEO_ENGINE_LOG ?? 'warn' } as never,
  });
  const resumed = app.engine.jobs.resumePending();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the local engine (${signal})…`);
    await app.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  if (resumed > 0) console.log(`Resuming ${resumed} unfinished job(s) from the last run.`);
  if (config.generatedKey)
    console.log(`Generated an API key for this engine (kept in ${config.dataDir}).`);
  const studioUrl = process.env.LEO_ENGINE_STUDIO_URL || (app.engine.servesStudio ? url : null);
  if (studioUrl) {
    const key = encodeURIComponent(config.keys[0] ?? '');
    console.log(`Studio sign-in link (opens the studio connected): ${studioUrl}/#key=${key}`);
  }
  if (config.relay.enabled) {
    console.log(
      `Relay to ${config.relay.target} on at ${url}/relay/api/rest/v1 (LEO_ENGINE_RELAY=0 turns it off)`,
    );
  }
  void warmUp(app.engine);
  console.log(`Local engine ready at ${url} (API ${url}/api/rest/v1, data in ${config.dataDir})`);
}

/** What to do about the usual reasons the engine cannot start, said next to the system's message. */
function startHint(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE')
    return 'The port is taken (another engine, or `npm start` already running?). Stop it, or choose another port: LEO_ENGINE_PORT=8788 npm start';
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return 'Not allowed: check that LEO_ENGINE_DATA is writable and LEO_ENGINE_PORT is 1024 or above.';
  return '';
}

main().catch((error: NodeJS.ErrnoException) => {
  console.error(`The local engine could not start: ${error.message}`);
  const hint = startHint(error);
  if (hint) console.error(hint);
  process.exit(1);
});
