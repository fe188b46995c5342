import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Type from 'typebox';
import { API_PREFIX } from '../../contract/limits.ts';
import { RELAY_PREFIX } from '../relay/relay-config.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const splitUrl = (url: string): [string, string] => {
  const at = url.indexOf('?');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
};
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** `/a/b/assets/x.js` → `assets/x.js`, `/a/favicon.svg` → `favicon.svg`, if the studio has it. */
function studioFileFor(url: string, studioDir: string): string | null {
  const path = url.split('?')[0]!;
  if (path.startsWith('/api/') || path.startsWith('/files/')) return null;
  const segments = path.split('/');
  const name = segments.at(-1) ?? '';
  if (!FILE_NAME.test(name)) return null;
  const file = segments.at(-2) === 'assets' ? `assets/${name}` : name;
  try {
    return statSync(join(studioDir, file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Where the studio asks what this engine offers; answered without a key. */
export const CAPABILITIES_PATH = '/studio/capabilities';

const Capabilities = Type.Object({
  /** Always `leonardo-studio-engine`: tells an engine from a static host answering anything. */
  engine: Type.Literal('leonardo-studio-engine'),
  /** The API's path on this origin. */
  api: Type.String(),
  /** The relay's path on this origin, or null when the relay is off. */
  relay: Type.Union([Type.String(), Type.Null()]),
});

export interface StudioOptions {
  /** Whether the relay to Leonardo's cloud is on, so the studio can offer it. */
  relay: boolean;
}

/** Serves the built studio at `/` with a strict CSP; unknown page paths get the app shell. */
export async function registerStudio(
  app: FastifyInstance,
  studioDir: string | null,
  options: StudioOptions = { relay: false },
): Promise<void> {
  // The studio, wherever it is served from, asks this to know whether its page came from an
  // engine and whether that engine relays to the cloud. It names paths only: no key, no user.
  app.get(
    CAPABILITIES_PATH,
    { schema: { response: { 200: Capabilities } } },
    async (_request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return {
        engine: 'leonardo-studio-engine' as const,
        api: API_PREFIX,
        relay: options.relay ? RELAY_PREFIX : null,
      };
    },
  );

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith(API_PREFIX) || request.url.startsWith('/files/')) return;
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('Referrer-Policy', 'no-referrer');
  });

  if (studioDir) {
    await app.register(fastifyStatic, {
      root: studioDir,
      prefix: '/',
      wildcard: false,
      cacheControl: false,
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/files/') &&
      (request.headers.accept ?? '').includes('text/html');
    const [path, query] = splitUrl(request.url);
    // The studio is served at `/`: `/history/` is `/history`, whose relative URLs find the files.
    if (isPage && studioDir && path.length > 1 && path.endsWith('/')) {
      return reply.redirect(`${path.replace(/\/+$/, '') || '/'}${query}`, 301);
    }
    if (isPage && studioDir) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', studioDir);
    }
    // The build's URLs are relative, so that it works under any base path: a page opened a
    // folder deeper than the studio's own (`/a/b`) asks for `/a/assets/…`. Those are the
    // studio's files all the same (and the studio then says the page does not exist).
    const file =
      request.method === 'GET' && studioDir ? studioFileFor(request.url, studioDir) : null;
    if (file && !isPage) {
      return reply
        .header('Cache-Control', file.startsWith('assets/') ? IMMUTABLE : 'no-cache')
        .sendFile(file, studioDir!);
    }
    if (isPage) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(
          'The studio is not built: run `npm start` (or `npm run build`) to build and serve it.',
        );
    }
    return reply.code(404).send({
      error: `No route for ${request.method} ${request.url.split('?')[0]}`,
      path: '$',
      code: 'not-found',
    });
  });
}
