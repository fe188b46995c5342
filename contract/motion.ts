import Type, { type Static } from 'typebox';
import { ApiCreditCost, Cost, Nullable } from './common.ts';
import { MOTION_STRENGTH } from './limits.ts';

/** POST /generations-motion-svd. */
export const MotionBody = Type.Object(
  {
    imageId: Type.String({ minLength: 1 }),
    isPublic: Type.Optional(Nullable(Type.Boolean())),
    isInitImage: Type.Optional(Nullable(Type.Boolean())),
    isVariation: Type.Optional(Nullable(Type.Boolean())),
    motionStrength: Type.Optional(
      Nullable(Type.Integer({ minimum: MOTION_STRENGTH.min, maximum: MOTION_STRENGTH.max })),
    ),
  },
  { additionalProperties: false },
);
export type MotionBody = Static<typeof MotionBody>;

const MotionJob = Type.Object({
  generationId: Type.String(),
  apiCreditCost: ApiCreditCost,
  cost: Cost,
});

/** Newer SDKs read `motionSvdGenerationJob`, older ones `sdGenerationJob`: the engine sends both. */
export const MotionResponse = Type.Object({
  motionSvdGenerationJob: MotionJob,
  sdGenerationJob: Type.Optional(MotionJob),
});
export type MotionResponse = Static<typeof MotionResponse>;
