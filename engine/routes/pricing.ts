import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PRICED_SERVICES } from '../../contract/limits.ts';
import {
  PricingCalculatorBody,
  PricingCalculatorResponse,
  type PricedService,
} from '../../contract/pricing.ts';
import { validationFailed } from '../errors.ts';
import { MOTION_SVD_COST, TEXTURE_COST, imageGenerationCost, lcmCost } from '../pricing/costs.ts';
import { errorResponses } from './route-kit.ts';

/** What POST /generations assumes for a field left out, so an estimate prices the same request. */
const IMAGE_DEFAULTS = { width: 1024, height: 768, numImages: 4, alchemy: true } as const;

const isPriced = (service: string): service is PricedService =>
  (PRICED_SERVICES as readonly string[]).includes(service);

/**
 * POST /pricing-calculator: the cost of a request before sending it, from the functions the
 * routes charge with. Services the engine does not offer get a 400 that says so.
 */
export const pricingRoutes = (): FastifyPluginAsyncTypebox => async (app) => {
  app.post(
    '/pricing-calculator',
    {
      schema: {
        body: PricingCalculatorBody,
        response: { 200: PricingCalculatorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { service, serviceParams = {} } = request.body;
      if (!service) throw validationFailed('service is required', '$.service');
      if (!isPriced(service)) {
        throw validationFailed(
          `the local engine does not offer ${service}, so it has no price for it; it prices ${PRICED_SERVICES.join(', ')}`,
          '$.service',
        );
      }
      let cost: number;
      switch (service) {
        case 'IMAGE_GENERATION': {
          const p = serviceParams.IMAGE_GENERATION ?? {};
          cost = imageGenerationCost({
            width: p.imageWidth ?? IMAGE_DEFAULTS.width,
            height: p.imageHeight ?? IMAGE_DEFAULTS.height,
            numImages: p.numImages ?? IMAGE_DEFAULTS.numImages,
            alchemy: p.alchemyMode ?? IMAGE_DEFAULTS.alchemy,
          });
          break;
        }
        case 'LCM_GENERATION':
          cost = lcmCost(serviceParams.LCM_GENERATION ?? {});
          break;
        case 'MOTION_SVD_GENERATION':
          cost = MOTION_SVD_COST;
          break;
        case 'TEXTURE_GENERATION':
          cost = TEXTURE_COST;
          break;
      }
      return { calculateProductionApiServiceCost: { cost } };
    },
  );
};
