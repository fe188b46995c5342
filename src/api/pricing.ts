import { queryOptions } from '@tanstack/react-query';
import type { PricingCalculatorBody, PricingCalculatorResponse } from '../../contract/pricing.ts';
import type { ApiClient } from './client.ts';

/** What an image generation's estimate depends on, named as POST /pricing-calculator names them. */
export interface ImageGenerationEstimate {
  imageWidth: number;
  imageHeight: number;
  numImages: number;
  alchemyMode: boolean;
  photoRealMode?: boolean;
  promptMagic?: boolean;
  isModelCustom?: boolean;
}

export const pricingKeys = {
  all: ['pricing'] as const,
  image: (baseUrl: string, params: ImageGenerationEstimate) =>
    ['pricing', baseUrl, 'IMAGE_GENERATION', params] as const,
};

export async function estimateImageGeneration(
  client: ApiClient,
  params: ImageGenerationEstimate,
  signal?: AbortSignal,
): Promise<number> {
  const body: PricingCalculatorBody = {
    service: 'IMAGE_GENERATION',
    serviceParams: { IMAGE_GENERATION: params },
  };
  const answer = await client.post<PricingCalculatorResponse>('/pricing-calculator', body, {
    signal,
  });
  const cost = answer?.calculateProductionApiServiceCost?.cost;
  if (typeof cost !== 'number' || !Number.isFinite(cost)) {
    throw new Error('The pricing calculator answered without a cost.');
  }
  return cost;
}

/**
 * The estimated cost, in API credits, of an image generation with these parameters. A price
 * does not change while the studio is open; a server that does not answer is asked once, not
 * again and again (the caller says "cost unknown").
 */
export function imageCostQueryOptions(client: ApiClient, params: ImageGenerationEstimate) {
  return queryOptions({
    queryKey: pricingKeys.image(client.baseUrl, params),
    queryFn: ({ signal }) => estimateImageGeneration(client, params, signal),
    staleTime: 10 * 60_000,
    retry: false,
  });
}
