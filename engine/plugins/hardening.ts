import type { FastifyInstance } from 'fastify';
import { ApiHttpError, tooMany } from '../errors.ts';
import { GET_BODY_LIMIT_BYTES } from '../limits.ts';

/** A GET (or HEAD) body is only ever a small JSON query; anything larger is refused unread. */
export const getBodyTooLarge = () =>
  new ApiHttpError(
    413,
    'payload-too-large',
    `A GET request's body may be at most ${GET_BODY_LIMIT_BYTES / 1024} KB`,
  );

/**
 * Rules for every response and request, whatever the route: no response may be sniffed into
 * another type (a stored file as HTML), no GET body may be large, and a request arriving while
 * the engine stops is told so in the API's shape.
 */
export function registerHardening(app: FastifyInstance): void {
  // Fastify's own answer while closing is in its shape, not the API's: this one replaces it.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      throw tooMany(503, 'The engine is stopping. Try again when it is back.', 5);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > GET_BODY_LIMIT_BYTES) {
      // Closing spares reading a body that is not wanted.
      reply.header('connection', 'close');
      throw getBodyTooLarge();
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // A request answered while stopping ends its connection, so nothing waits on it after.
    if (closing) reply.header('connection', 'close');
  });
}
