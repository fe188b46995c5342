import type { TSchema } from 'typebox';
import * as A from './assets.ts';
import * as G from './generations.ts';
import * as L from './lcm.ts';
import * as M from './motion.ts';
import * as P from './pricing.ts';
import * as T from './textures.ts';
import * as U from './user.ts';

export interface Endpoint {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path template, relative to /api/rest/v1. */
  path: string;
  body?: TSchema;
  response: TSchema;
  /**
   * What the schemas are checked against: Leonardo's OpenAPI description (contract.test.ts), or,
   * for an operation that description lacks, the official SDK's schemas (engine/test/sdk/).
   */
  heldTo?: 'openapi' | 'sdk';
}

/** Every endpoint the studio uses and the engine serves, with the schemas both rely on. */
export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'get', path: '/me', response: U.MeResponse },
  { method: 'get', path: '/platformModels', response: U.PlatformModelsResponse },
  {
    method: 'post',
    path: '/generations',
    body: G.CreateGenerationBody,
    response: G.CreateGenerationResponse,
  },
  { method: 'get', path: '/generations/{id}', response: G.GetGenerationResponse },
  { method: 'delete', path: '/generations/{id}', response: G.DeleteGenerationResponse },
  { method: 'get', path: '/generations/user/{userId}', response: G.ListGenerationsResponse },
  { method: 'post', path: '/generations-lcm', body: L.LcmBody, response: L.LcmResponse },
  { method: 'post', path: '/lcm-instant-refine', body: L.LcmBody, response: L.LcmResponse },
  { method: 'post', path: '/lcm-inpainting', body: L.LcmInpaintingBody, response: L.LcmResponse },
  {
    method: 'post',
    path: '/lcm-upscale',
    body: L.LcmUpscaleBody,
    response: L.LcmUpscaleResponse,
  },
  {
    method: 'post',
    path: '/generations-motion-svd',
    body: M.MotionBody,
    response: M.MotionResponse,
  },
  {
    method: 'post',
    path: '/generations-texture',
    body: T.CreateTextureBody,
    response: T.CreateTextureResponse,
  },
  { method: 'get', path: '/generations-texture/{id}', response: T.GetTextureResponse },
  { method: 'delete', path: '/generations-texture/{id}', response: T.DeleteTextureResponse },
  {
    method: 'get',
    path: '/generations-texture/model/{modelId}',
    response: T.ListTexturesResponse,
  },
  {
    method: 'post',
    path: '/init-image',
    body: A.InitImageUploadBody,
    response: A.InitImageUploadResponse,
  },
  { method: 'get', path: '/init-image/{id}', response: A.GetInitImageResponse },
  { method: 'delete', path: '/init-image/{id}', response: A.DeleteInitImageResponse },
  {
    method: 'post',
    path: '/models-3d/upload',
    body: A.ModelUploadBody,
    response: A.ModelUploadResponse,
  },
  { method: 'get', path: '/models-3d/user/{userId}', response: A.ListModelsResponse },
  { method: 'get', path: '/models-3d/{id}', response: A.GetModelResponse },
  { method: 'delete', path: '/models-3d/{id}', response: A.DeleteModelResponse },
  {
    method: 'post',
    path: '/pricing-calculator',
    body: P.PricingCalculatorBody,
    response: P.PricingCalculatorResponse,
    heldTo: 'sdk',
  },
];
