import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeResponse, PlatformModelsResponse } from '../../contract/user.ts';
import type { EngineContext } from '../context.ts';
import { PLATFORM_MODELS } from '../platform-models.ts';
import { errorResponses } from './route-kit.ts';

export const userRoutes =
  (ctx: Pick<EngineContext, 'users' | 'limits'>): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/me',
      { schema: { response: { 200: MeResponse, ...errorResponses } } },
      async (request) => {
        const user = ctx.users.get(request.user.id)!;
        return {
          user_details: [
            {
              user: { id: user.id, username: user.username },
              tokenRenewalDate: null,
              paidTokens: 0,
              subscriptionTokens: 0,
              subscriptionGptTokens: 0,
              subscriptionModelTokens: 0,
              apiConcurrencySlots: ctx.limits.concurrentJobs,
              apiPaidTokens: 0,
              apiSubscriptionTokens: user.apiTokens,
              apiPlanTokenRenewalDate: null,
            },
          ],
        };
      },
    );

    app.get(
      '/platformModels',
      { schema: { response: { 200: PlatformModelsResponse, ...errorResponses } } },
      async () => ({ custom_models: PLATFORM_MODELS }),
    );
  };
