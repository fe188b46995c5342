import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { RELAY_PREFIX, type RelayConfig } from './relay-config.ts';
import { relayUrl } from './relay-path.ts';

/** Request headers the relay passes on; everything else (cookies, forwarding headers) stays. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type'] as const;
/** Answer headers it passes back. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'] as const;
/** A generation request answers in seconds; a stuck upstream should not hold a socket forever. */
const UPSTREAM_TIMEOUT_MS = 120_000;

const errorBody = (error: string, code: string) => ({ error, path: '$', code });

/**
 * `/relay/api/rest/v1/*` → `<target>/api/rest/v1/*`, for browsers whose calls the cloud refuses
 * (no CORS answer). It forwards the method, path, query, body, Authorization and Content-Type,
 * and streams back the status, content type, Retry-After and body unchanged, errors included.
 * It holds no key: the caller's Authorization goes through and is neither logged nor stored.
 */
export async function registerRelay(app: FastifyInstance, config: RelayConfig): Promise<void> {
  await app.register(
    async (relay) => {
      // The body goes upstream as the bytes that came in, whatever its type.
      relay.removeAllContentTypeParsers();
      relay.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
        done(null, body),
      );
      relay.route({
        method: ['GET', 'POST', 'DELETE'],
        url: '/*',
        // Fastify's request log lines carry the URL only; no header (so no key) is logged here.
        handler: (request, reply) => forward(config, request, reply),
      });
    },
    { prefix: RELAY_PREFIX },
  );
}

async function forward(config: RelayConfig, request: FastifyRequest, reply: FastifyReply) {
  // The request target as sent: an absolute URL (`GET http://other.host/relay/...`) is refused.
  const target = request.raw.url ?? '';
  const url = target.startsWith(`${RELAY_PREFIX}/`)
    ? relayUrl(config.target, target.slice(RELAY_PREFIX.length))
    : null;
  if (!url) {
    return reply
      .code(400)
      .send(
        errorBody(
          'The relay forwards only plain Leonardo API paths (/relay/api/rest/v1/<path>)',
          'bad-request',
        ),
      );
  }
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const body = request.body as Buffer | undefined;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), UPSTREAM_TIMEOUT_MS);
  // A browser that goes away takes its upstream request with it. (The request's own 'close'
  // fires as soon as its body is read; the answer's fires when the connection ends.)
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) abort.abort();
  });
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
      // A redirect could point anywhere: it is answered as it is, never followed.
      redirect: 'manual',
      signal: abort.signal,
    });
  } catch (error) {
    clearTimeout(timer);
    request.log.warn(`relay: ${url.origin} did not answer (${(error as Error).name})`);
    return reply
      .code(502)
      .send(
        errorBody(
          `The relay could not reach ${url.origin}: ${abort.signal.aborted ? 'it took too long to answer' : 'the connection failed'}`,
          'bad-gateway',
        ),
      );
  }
  reply.code(upstream.status);
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) reply.header(name, value);
  }
  if (!upstream.body) {
    clearTimeout(timer);
    return reply.send();
  }
  const stream = Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>);
  stream.once('close', () => clearTimeout(timer));
  return reply.send(stream);
}
