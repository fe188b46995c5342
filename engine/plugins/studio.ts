import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../contract/limits.ts';

/**
 * The studio calls whichever API server the user picks (this engine, Leonardo's cloud or a custom
 * one), so connect-src stays open to http(s); everything else is this origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https: http:",
  "media-src 'self' blob: https: http:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the built studio at `/` with a strict CSP; unknown page paths get the app shell. */
export async function registerStudio(
  app: FastifyInstance,
  studioDir: string | null,
): Promise<void> {
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
