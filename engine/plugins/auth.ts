import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserIdentity, UserRepository } from '../db/users.ts';
import { ApiHttpError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserIdentity;
  }
}

/** Every API call carries `Authorization: Bearer <key>`; an unknown key is a 401. */
export function registerAuth(app: FastifyInstance, users: UserRepository): void {
  app.decorateRequest('user', null as unknown as UserIdentity);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.method === 'OPTIONS') return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const user = match ? users.findByKey(match[1]!) : null;
    if (!user) {
      throw new ApiHttpError(
        401,
        'access-denied',
        match ? 'Invalid API key' : 'Missing API key: send "Authorization: Bearer <key>"',
      );
    }
    request.user = user;
  });
}
