import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { UPLOAD_LIMIT_BYTES } from '../../contract/limits.ts';
import { ApiHttpError, storageError } from '../errors.ts';
import { TaskInputError, WorkerDiedError } from '../jobs/worker-pool.ts';
import { toApiError } from './validation.ts';

const MB = 1024 * 1024;

/** Fastify's, its plugins' and Node's own errors, as the API answers them. */
const FRAMEWORK: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large', 'The request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'bad-request', 'Send the body as application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'bad-request',
    'The body is empty although Content-Type says JSON: send a JSON body or no Content-Type',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'bad-request',
    'Content-Length does not match the body that was sent',
  ],
  FST_ERR_BAD_URL: [400, 'bad-request', 'The URL is not valid: it has a malformed %-encoding'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri-too-long', 'A path parameter of the URL is too long'],
  FST_REQ_FILE_TOO_LARGE: [
    413,
    'payload-too-large',
    `The file is larger than ${UPLOAD_LIMIT_BYTES / MB} MB`,
  ],
  FST_FILES_LIMIT: [413, 'payload-too-large', 'Send one file per upload form'],
  FST_FIELDS_LIMIT: [413, 'payload-too-large', 'The upload form has too many fields'],
  FST_PARTS_LIMIT: [413, 'payload-too-large', 'The upload form has too many parts'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    415,
    'bad-request',
    'Send the upload as multipart/form-data',
  ],
  FST_PROTO_VIOLATION: [400, 'bad-request', 'The upload form has a forbidden field name'],
};

/** Any error, as one of the API's answers. Unknown ones are a 500 and are logged. */
export function toApiHttpError(error: FastifyError, request: FastifyRequest): ApiHttpError {
  if (error instanceof ApiHttpError) return error;
  if (error instanceof TaskInputError) {
    return new ApiHttpError(400, 'validation-failed', error.message, error.inputPath);
  }
  const storage = storageError(error);
  if (storage) {
    request.log.warn({ code: error.code }, 'storage refused a write');
    return storage;
  }
  if (error.validation)
    return toApiError(error.validation as never, error.validationContext ?? 'body');
  const known = error.code ? FRAMEWORK[error.code] : undefined;
  if (known) return new ApiHttpError(...known);
  if (error instanceof WorkerDiedError) {
    return new ApiHttpError(
      503,
      'worker-restarted',
      'The render stopped unexpectedly and its worker is being replaced. Try again.',
      '$',
      { 'Retry-After': '1' },
    );
  }
  if (error.statusCode === 400 || error instanceof SyntaxError) {
    return new ApiHttpError(400, 'bad-request', `Malformed request body: ${error.message}`);
  }
  if (error.statusCode && error.statusCode < 500) {
    return new ApiHttpError(error.statusCode, 'bad-request', error.message);
  }
  request.log.error({ err: error }, 'unexpected error');
  return new ApiHttpError(500, 'unexpected', 'The engine failed to handle this request');
}

function send(reply: FastifyReply, api: ApiHttpError): void {
  void reply
    .code(api.statusCode)
    .headers(api.headers)
    .send({ error: api.message, path: api.path, code: api.code });
}

/** Every error leaves the engine in Leonardo's shape `{ error, path, code }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    send(reply, toApiHttpError(error, request));
  });
}

/** Errors Fastify meets before routing (a bad URL, an overlong parameter), in the same shape. */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  send(reply, toApiHttpError(error, request));
}

const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Request Timeout',
    'request-timeout',
    'The request took too long to arrive',
  ],
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'headers-too-large',
    'The request headers are too large',
  ],
};

/**
 * Malformed HTTP, oversized headers and requests too slow to arrive never reach Fastify: Node
 * hands over the socket. Answer in the API's shape, then close it.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'bad-request',
    'The request is not valid HTTP',
  ];
  const body = JSON.stringify({ error: message, path: '$', code });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
