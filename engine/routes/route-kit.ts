import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '../../contract/common.ts';
import { fileUrlFor } from '../storage/file-store.ts';

/** Error answers every route documents. */
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody };

/** Absolute URLs of stored files, on the origin the client used to reach the engine. */
export function fileUrls(request: FastifyRequest): (file: string) => string {
  return fileUrlFor(`${request.protocol}://${request.host}`);
}

/**
 * Leonardo lets GET and DELETE calls carry their query parameters in a JSON body. Fastify does
 * not parse bodies of GET requests, so read it here and merge it under the query string.
 */
export async function mergeJsonBodyIntoQuery(request: FastifyRequest): Promise<void> {
  const length = Number(request.headers['content-length'] ?? 0);
  if (request.method !== 'GET' || !length) return;
  if (!(request.headers['content-type'] ?? '').includes('json')) return;
  const chunks: Buffer[] = [];
  for await (const chunk of request.raw) chunks.push(chunk as Buffer);
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
