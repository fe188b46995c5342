/** The relay's settings: whether it is on, and the one origin it forwards to. */
export interface RelayConfig {
  enabled: boolean;
  /** An origin (`https://host[:port]`), never a path: the relay only ever adds `/api/rest/v1/…`. */
  target: string;
}

export const CLOUD_ORIGIN = 'https://cloud.leonardo.ai';
/** Where the relay answers; the studio's "Leonardo cloud through this engine" calls it. */
export const RELAY_PREFIX = '/relay/api/rest/v1';

type Env = Record<string, string | undefined>;

/**
 * Off by default. `npm start` (the engine started with `--serve-studio`, serving the studio) turns
 * it on so the studio can reach the cloud from a browser the cloud refuses; LEO_ENGINE_RELAY=1 or
 * =0 says so explicitly either way. The target is an environment variable, never a request field.
 */
export function relayConfig(env: Env, argv: readonly string[]): RelayConfig {
  const flag = env.LEO_ENGINE_RELAY;
  if (flag !== undefined && flag !== '' && flag !== '0' && flag !== '1') {
    throw new Error(`LEO_ENGINE_RELAY must be 1 or 0 (got "${flag}")`);
  }
  const enabled =
    flag === '1' || ((flag === undefined || flag === '') && argv.includes('--serve-studio'));
  return { enabled, target: relayTarget(env.LEO_ENGINE_RELAY_TARGET) };
}

function relayTarget(raw: string | undefined): string {
  if (raw === undefined || raw === '') return CLOUD_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`LEO_ENGINE_RELAY_TARGET must be an http(s) origin (got "${raw}")`);
  }
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  if (!/^https?:$/.test(url.protocol) || !bare || url.username || url.password) {
    throw new Error(
      `LEO_ENGINE_RELAY_TARGET must be an http(s) origin such as ${CLOUD_ORIGIN}, with no path (got "${raw}")`,
    );
  }
  return url.origin;
}
