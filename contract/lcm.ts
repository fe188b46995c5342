import Type, { type Static } from 'typebox';
import { ApiCreditCost, Cost, Nullable, Seed, Timestamp } from './common.ts';
import {
  LCM_GUIDANCE,
  LCM_REFINE_STRENGTH,
  LCM_SIZES,
  LCM_STEPS,
  LCM_STRENGTH,
  LCM_STYLES,
} from './limits.ts';
import { PROMPT_MAX_LENGTH } from './rules.ts';

const LcmSize = Type.Enum([...LCM_SIZES]);

const lcmFields = {
  imageDataUrl: Type.String({ minLength: 1 }),
  prompt: Type.String({ minLength: 1, maxLength: PROMPT_MAX_LENGTH }),
  guidance: Type.Optional(
    Nullable(Type.Number({ minimum: LCM_GUIDANCE.min, maximum: LCM_GUIDANCE.max })),
  ),
  strength: Type.Optional(
    Nullable(Type.Number({ minimum: LCM_STRENGTH.min, maximum: LCM_STRENGTH.max })),
  ),
  steps: Type.Optional(Nullable(Type.Integer({ minimum: LCM_STEPS.min, maximum: LCM_STEPS.max }))),
  style: Type.Optional(Nullable(Type.Enum([...LCM_STYLES]))),
  width: Type.Optional(Nullable(LcmSize)),
  height: Type.Optional(Nullable(LcmSize)),
  seed: Type.Optional(Seed),
  requestTimestamp: Type.Optional(Timestamp),
};

/** POST /generations-lcm and POST /lcm-instant-refine. */
export const LcmBody = Type.Object(lcmFields, { additionalProperties: false });
export type LcmBody = Static<typeof LcmBody>;

/** POST /lcm-inpainting: the mask is white (repaint) on black, the same size as the image. */
export const LcmInpaintingBody = Type.Object(
  { ...lcmFields, maskDataUrl: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
export type LcmInpaintingBody = Static<typeof LcmInpaintingBody>;

/** POST /lcm-upscale. */
export const LcmUpscaleBody = Type.Object(
  {
    ...lcmFields,
    refineCreative: Type.Optional(Nullable(Type.Boolean())),
    refineStrength: Type.Optional(
      Nullable(Type.Number({ minimum: LCM_REFINE_STRENGTH.min, maximum: LCM_REFINE_STRENGTH.max })),
    ),
  },
  { additionalProperties: false },
);
export type LcmUpscaleBody = Static<typeof LcmUpscaleBody>;

export const LcmResponse = Type.Object({
  lcmGenerationJob: Type.Object({
    imageDataUrl: Type.Array(Type.String()),
    requestTimestamp: Type.Optional(Timestamp),
    apiCreditCost: ApiCreditCost,
    cost: Cost,
  }),
});
export type LcmResponse = Static<typeof LcmResponse>;

export const LcmUpscaleResponse = Type.Object({
  lcmGenerationJob: Type.Object({
    imageDataUrl: Type.Array(Type.String()),
    generationId: Type.Array(Type.String()),
    variationId: Type.Array(Type.String()),
    generatedImageId: Type.String(),
    requestTimestamp: Type.Optional(Timestamp),
    apiCreditCost: ApiCreditCost,
    cost: Cost,
  }),
});
export type LcmUpscaleResponse = Static<typeof LcmUpscaleResponse>;
