import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { API_PREFIX } from '../../contract/limits.ts';
import { RELAY_PREFIX } from '../relay/relay-config.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

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
    reply.header('X-Content-Type-Options', 'nosniff');
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
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/files/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage && studioDir) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', studioDir);
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
