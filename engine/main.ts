import { join } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { DatabaseStartError, openDatabase } from './db/database.ts';
import { recover } from './jobs/recovery.ts';
import { warmUp } from './jobs/warm-up.ts';
import { TIMEOUTS } from './limits.ts';

/** However a stop goes, the process is gone this long after the signal. */
const EXIT_DEADLINE_MS = 9_500;

/** `npm run engine` / `npm start`: the local engine on LEO_ENGINE_HOST:LEO_ENGINE_PORT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(join(config.dataDir, 'engine.sqlite'));
  const app = await buildApp({
    db,
    config,
    logger: { level: process.env.LEO_ENGINE_LOG ?? 'warn' } as never,
  });
  const { resumed } = await recover(app.engine, (m) => app.log.warn(m));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the local engine (${signal})…`);
    // Requests in flight are answered; past the grace period their connections are cut.
    setTimeout(() => app.server.closeAllConnections(), TIMEOUTS.shutdownMs).unref();
    setTimeout(() => {
      console.error('The local engine did not stop in time; exiting anyway.');
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
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
  // Links the engine hands out (the sign-in link too) use the public origin.
  const publicUrl = app.engine.publicOrigin();
  if (resumed > 0) console.log(`Resuming ${resumed} unfinished job(s) from the last run.`);
  if (config.generatedKey)
    console.log(`Generated an API key for this engine (kept in ${config.dataDir}).`);
  const studioUrl =
    process.env.LEO_ENGINE_STUDIO_URL || (app.engine.servesStudio ? publicUrl : null);
  if (studioUrl) {
    const key = encodeURIComponent(config.keys[0] ?? '');
    console.log(`Studio sign-in link (opens the studio connected): ${studioUrl}/#key=${key}`);
  }
  if (config.relay.enabled) {
    console.log(
      `Relay to ${config.relay.target} on at ${url}/relay/api/rest/v1 (LEO_ENGINE_RELAY=0 turns it off)`,
    );
  }
  if (config.lcmDelayMs > 0) {
    console.log(
      `Realtime answers are delayed by ${config.lcmDelayMs} ms (LEO_ENGINE_LCM_DELAY_MS).`,
    );
  }
  if (config.publicUrl) console.log(`URLs handed out use ${publicUrl} (LEO_ENGINE_PUBLIC_URL).`);
  void warmUp(app.engine);
  console.log(`Local engine ready at ${url} (API ${url}/api/rest/v1, data in ${config.dataDir})`);
}

/** What to do about the usual reasons the engine cannot start, said next to the system's message. */
function startHint(error: NodeJS.ErrnoException): string {
  if (error instanceof DatabaseStartError) return '';
  if (error.code === 'EADDRINUSE')
    return 'The port is taken (another engine, or `npm start` already running?). Stop it, or choose another port: LEO_ENGINE_PORT=8788 npm start';
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return 'Not allowed: check that LEO_ENGINE_DATA is writable and LEO_ENGINE_PORT is 1024 or above.';
  if (error.code === 'ENOSPC')
    return 'The disk of LEO_ENGINE_DATA is full: free some space and start again.';
  return '';
}

main().catch((error: NodeJS.ErrnoException) => {
  console.error(`The local engine could not start: ${error.message}`);
  const hint = startHint(error);
  if (hint) console.error(hint);
  process.exit(1);
});
