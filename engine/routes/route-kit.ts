import type { FastifyRequest } from 'fastify';
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
