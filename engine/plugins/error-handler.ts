import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiHttpError } from '../errors.ts';
import { TaskInputError } from '../jobs/worker-pool.ts';
import { toApiError } from './validation.ts';

/** Every error leaves the engine in Leonardo's shape `{ error, path, code }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let api: ApiHttpError;
    if (error instanceof ApiHttpError) api = error;
    else if (error instanceof TaskInputError) {
      api = new ApiHttpError(400, 'validation-failed', error.message, error.inputPath);
    } else if (error.validation) {
      api = toApiError(error.validation as never, error.validationContext ?? 'body');
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      api = new ApiHttpError(413, 'payload-too-large', 'The request body is too large');
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      api = new ApiHttpError(415, 'bad-request', 'Send the body as application/json');
    } else if (error.statusCode === 400 || error instanceof SyntaxError) {
      api = new ApiHttpError(400, 'bad-request', `Malformed request body: ${error.message}`);
    } else if (error.statusCode && error.statusCode < 500) {
      api = new ApiHttpError(error.statusCode, 'bad-request', error.message);
    } else {
      request.log.error({ err: error }, 'unexpected error');
      api = new ApiHttpError(500, 'unexpected', 'The engine failed to handle this request');
    }
    void reply
      .code(api.statusCode)
      .headers(api.headers)
      .send({ error: api.message, path: api.path, code: api.code });
  });
}
