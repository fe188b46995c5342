import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ErrorBody } from '../../contract/common.ts';
import { GET_BODY_LIMIT_BYTES } from '../limits.ts';
import { getBodyTooLarge } from '../plugins/hardening.ts';

/** Error answers every route documents. */
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody };

/**
 * Leonardo lets GET and DELETE calls carry their query parameters in a JSON body. Fastify does
 * not parse bodies of GET requests, so read it here (at most GET_BODY_LIMIT_BYTES, however it is
 * sent) and merge it under the query string.
 */
export async function mergeJsonBodyIntoQuery(request: FastifyRequest): Promise<void> {
  const length = Number(request.headers['content-length'] ?? 0);
  const chunked = request.headers['transfer-encoding'] !== undefined;
  if (request.method !== 'GET' || (!length && !chunked)) return;
  if (!(request.headers['content-type'] ?? '').includes('json')) return;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.raw) {
    size += (chunk as Buffer).length;
    if (size > GET_BODY_LIMIT_BYTES) throw getBodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return;
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    request.query = { ...(parsed as object), ...(request.query as object) };
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's JSON body may be left out entirely (every field is optional). */
    bodyOptional?: boolean;
  }
}

/**
 * Leonardo's SDK sends `Content-Type: application/json` with an empty body on some calls: the
 * delete of a 3D model, and an upload request with every field left out. Within this plugin an
 * empty body on a DELETE (or on a route whose body is optional) is accepted instead of a 400.
 * Other bodies are parsed exactly as before, by Fastify's own JSON parser.
 */
export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const empty = String(body).trim() === '';
    if (empty && request.method === 'DELETE') return done(null, undefined);
    if (empty && request.routeOptions.config.bodyOptional) return done(null, {});
    parse(request, body as string, done);
  });
}
