import * as ops from '@leonardo-ai/sdk/sdk/models/operations/index.js';
import type { ZodLike } from './unknown-fields.ts';

interface KnownResponse {
  schema: ZodLike;
  /** Fields the engine sends beyond the SDK's schema on purpose, each with its reason. */
  allowed?: string[];
}

const ID = '[0-9a-f-]{36}';

/** The SDK's schema for each answer, by method and path (relative to /api/rest/v1). */
const RESPONSES: [method: string, path: RegExp, known: KnownResponse][] = [
  ['GET', /^\/me$/, { schema: ops.GetUserSelfResponseBody$inboundSchema }],
  ['GET', /^\/platformModels$/, { schema: ops.ListPlatformModelsResponseBody$inboundSchema }],
  ['POST', /^\/generations$/, { schema: ops.CreateGenerationResponseBody$inboundSchema }],
  [
    'GET',
    new RegExp(`^/generations/${ID}$`),
    { schema: ops.GetGenerationByIdResponseBody$inboundSchema },
  ],
  [
    'DELETE',
    new RegExp(`^/generations/${ID}$`),
    { schema: ops.DeleteGenerationByIdResponseBody$inboundSchema },
  ],
  [
    'GET',
    new RegExp(`^/generations/user/${ID}$`),
    { schema: ops.GetGenerationsByUserIdResponseBody$inboundSchema },
  ],
  ['POST', /^\/generations-lcm$/, { schema: ops.CreateLCMGenerationResponseBody$inboundSchema }],
  [
    'POST',
    /^\/lcm-instant-refine$/,
    { schema: ops.PerformInstantRefineResponseBody$inboundSchema },
  ],
  ['POST', /^\/lcm-inpainting$/, { schema: ops.PerformInpaintingLCMResponseBody$inboundSchema }],
  ['POST', /^\/lcm-upscale$/, { schema: ops.PerformAlchemyUpscaleLCMResponseBody$inboundSchema }],
  [
    'POST',
    /^\/generations-motion-svd$/,
    {
      schema: ops.CreateSVDMotionGenerationResponseBody$inboundSchema,
      // Older SDKs read the motion job under this name; the current one ignores it.
      allowed: ['$.sdGenerationJob'],
    },
  ],
  ['POST', /^\/init-image$/, { schema: ops.UploadInitImageResponseBody$inboundSchema }],
  [
    'GET',
    new RegExp(`^/init-image/${ID}$`),
    { schema: ops.GetInitImageByIdResponseBody$inboundSchema },
  ],
  [
    'DELETE',
    new RegExp(`^/init-image/${ID}$`),
    { schema: ops.DeleteInitImageByIdResponseBody$inboundSchema },
  ],
  ['POST', /^\/models-3d\/upload$/, { schema: ops.UploadModelAssetResponseBody$inboundSchema }],
  [
    'DELETE',
    new RegExp(`^/models-3d/${ID}$`),
    { schema: ops.Delete3DModelByIdResponseBody$inboundSchema },
  ],
  ['POST', /^\/pricing-calculator$/, { schema: ops.PricingCalculatorResponseBody$inboundSchema }],
];

export function responseSchemaFor(method: string, path: string): KnownResponse | undefined {
  return RESPONSES.find(([m, p]) => m === method && p.test(path))?.[2];
}
