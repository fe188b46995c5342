import type { FastifyReply } from 'fastify';

/**
 * Aborts when the client goes away before its answer is sent (a closed tab, a cancelled fetch,
 * a canvas frame made stale by the next): work still waiting for it can be dropped.
 */
export function clientSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const response = reply.raw;
  if (response.destroyed || reply.request.raw.socket?.destroyed) controller.abort();
  else {
    response.once('close', () => {
      if (!response.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}
