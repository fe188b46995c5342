import Type, { type Static } from 'typebox';
import { Nullable } from './common.ts';
import type { PRICED_SERVICES } from './limits.ts';
import { PRICING_SERVICES } from './limits.ts';

/** Parameters of an IMAGE_GENERATION estimate, named as in Leonardo's SDK. */
const ImageGenerationParams = Type.Object(
  {
    imageWidth: Type.Optional(Type.Integer()),
    imageHeight: Type.Optional(Type.Integer()),
    numImages: Type.Optional(Type.Integer()),
    inferenceSteps: Type.Optional(Type.Integer()),
    alchemyMode: Type.Optional(Type.Boolean()),
    highResolution: Type.Optional(Type.Boolean()),
    controlnetsCost: Type.Optional(Nullable(Type.Integer())),
    loraCount: Type.Optional(Nullable(Type.Integer())),
    isModelCustom: Type.Optional(Nullable(Type.Boolean())),
    isSDXL: Type.Optional(Nullable(Type.Boolean())),
    isSDXLLightning: Type.Optional(Nullable(Type.Boolean())),
    isPhoenix: Type.Optional(Nullable(Type.Boolean())),
    isFluxDev: Type.Optional(Nullable(Type.Boolean())),
    isFluxSchnell: Type.Optional(Nullable(Type.Boolean())),
    isFluxKontext: Type.Optional(Nullable(Type.Boolean())),
    isUltra: Type.Optional(Nullable(Type.Boolean())),
    photoRealMode: Type.Optional(Nullable(Type.Boolean())),
    photoRealStrength: Type.Optional(Nullable(Type.Number())),
    photoRealVersion: Type.Optional(Nullable(Type.String())),
    promptMagic: Type.Optional(Nullable(Type.Boolean())),
    promptMagicStrength: Type.Optional(Nullable(Type.Number())),
    promptMagicVersion: Type.Optional(Nullable(Type.String())),
  },
  { additionalProperties: false },
);
export type ImageGenerationParams = Static<typeof ImageGenerationParams>;

const LcmGenerationParams = Type.Object(
  {
    width: Type.Optional(Nullable(Type.Integer())),
    height: Type.Optional(Nullable(Type.Integer())),
    refine: Type.Optional(Nullable(Type.Boolean())),
    instantRefine: Type.Optional(Nullable(Type.Boolean())),
  },
  { additionalProperties: false },
);

/** Services the engine does not offer: their parameters are accepted as sent, then refused. */
const Unpriced = Nullable(Type.Object({}, { additionalProperties: true }));

/**
 * POST /pricing-calculator. Leonardo's OpenAPI subset here lacks it: the shape follows the
 * official SDK (`service`, and `serviceParams` keyed by the service's name).
 */
export const PricingCalculatorBody = Type.Object(
  {
    service: Type.Optional(Type.Enum([...PRICING_SERVICES])),
    serviceParams: Type.Optional(
      Type.Object(
        {
          IMAGE_GENERATION: Type.Optional(Nullable(ImageGenerationParams)),
          LCM_GENERATION: Type.Optional(Nullable(LcmGenerationParams)),
          MOTION_SVD_GENERATION: Type.Optional(
            Nullable(Type.Object({}, { additionalProperties: false })),
          ),
          TEXTURE_GENERATION: Type.Optional(
            Nullable(
              Type.Object(
                { preview: Type.Optional(Type.Boolean()) },
                { additionalProperties: false },
              ),
            ),
          ),
          FANTASY_AVATAR_GENERATION: Type.Optional(Unpriced),
          MOTION_VIDEO_GENERATION: Type.Optional(Unpriced),
          VEO3_MOTION_VIDEO_GENERATION: Type.Optional(Unpriced),
          MODEL_TRAINING: Type.Optional(Unpriced),
          UNIVERSAL_UPSCALER: Type.Optional(Unpriced),
          UNIVERSAL_UPSCALER_ULTRA: Type.Optional(Unpriced),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PricingCalculatorBody = Static<typeof PricingCalculatorBody>;
export type PricedService = (typeof PRICED_SERVICES)[number];

export const PricingCalculatorResponse = Type.Object({
  calculateProductionApiServiceCost: Type.Object({ cost: Type.Integer() }),
});
export type PricingCalculatorResponse = Static<typeof PricingCalculatorResponse>;
