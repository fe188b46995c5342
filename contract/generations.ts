import Type, { type Static } from 'typebox';
import { ApiCreditCost, Cost, JobStatusSchema, Nullable, Seed, Timestamp, Uuid } from './common.ts';
import {
  CONTROLNET_STRENGTHS,
  CONTROLNET_TYPES,
  GENERATION_SIZE,
  GUIDANCE_SCALE,
  INFERENCE_STEPS,
  INIT_STRENGTH,
  NUM_IMAGES,
  SCHEDULERS,
  SD_STYLES,
  SD_VERSIONS,
  VARIATION_TYPES,
} from './limits.ts';
import { PROMPT_MAX_LENGTH } from './rules.ts';

/** One ControlNet: an init image (uploaded or generated) guiding the composition. */
export const ControlnetInput = Type.Object(
  {
    initImageId: Type.Optional(Type.String()),
    initImageType: Type.Optional(Type.Enum(['GENERATED', 'UPLOADED'])),
    preprocessorId: Type.Optional(Type.Number()),
    weight: Type.Optional(Nullable(Type.Number())),
    strengthType: Type.Optional(Nullable(Type.Enum([...CONTROLNET_STRENGTHS]))),
  },
  { additionalProperties: false },
);
export type ControlnetInput = Static<typeof ControlnetInput>;

const Size = Type.Integer({
  minimum: GENERATION_SIZE.min,
  maximum: GENERATION_SIZE.max,
  multipleOf: GENERATION_SIZE.step,
});

/** POST /generations. Every documented field is listed so that an unknown one is a 400. */
export const CreateGenerationBody = Type.Object(
  {
    prompt: Type.String({ minLength: 1, maxLength: PROMPT_MAX_LENGTH }),
    negative_prompt: Type.Optional(Nullable(Type.String({ maxLength: PROMPT_MAX_LENGTH }))),
    modelId: Type.Optional(Nullable(Type.String())),
    width: Type.Optional(Nullable(Size)),
    height: Type.Optional(Nullable(Size)),
    num_images: Type.Optional(
      Nullable(Type.Integer({ minimum: NUM_IMAGES.min, maximum: NUM_IMAGES.max })),
    ),
    guidance_scale: Type.Optional(
      Nullable(Type.Number({ minimum: GUIDANCE_SCALE.min, maximum: GUIDANCE_SCALE.max })),
    ),
    num_inference_steps: Type.Optional(
      Nullable(Type.Integer({ minimum: INFERENCE_STEPS.min, maximum: INFERENCE_STEPS.max })),
    ),
    seed: Type.Optional(Seed),
    presetStyle: Type.Optional(Nullable(Type.Enum([...SD_STYLES]))),
    scheduler: Type.Optional(Nullable(Type.Enum([...SCHEDULERS]))),
    sd_version: Type.Optional(Nullable(Type.Enum([...SD_VERSIONS]))),
    alchemy: Type.Optional(Nullable(Type.Boolean())),
    photoReal: Type.Optional(Nullable(Type.Boolean())),
    photoRealVersion: Type.Optional(Nullable(Type.Enum(['v1', 'v2']))),
    photoRealStrength: Type.Optional(Nullable(Type.Number())),
    promptMagic: Type.Optional(Nullable(Type.Boolean())),
    promptMagicStrength: Type.Optional(Nullable(Type.Number({ minimum: 0.1, maximum: 1 }))),
    promptMagicVersion: Type.Optional(Nullable(Type.Enum(['v2', 'v3']))),
    public: Type.Optional(Nullable(Type.Boolean())),
    tiling: Type.Optional(Nullable(Type.Boolean())),
    contrast: Type.Optional(Nullable(Type.Number({ minimum: 1, maximum: 4.5 }))),
    contrastRatio: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 }))),
    expandedDomain: Type.Optional(Nullable(Type.Boolean())),
    fantasyAvatar: Type.Optional(Nullable(Type.Boolean())),
    highContrast: Type.Optional(Nullable(Type.Boolean())),
    highResolution: Type.Optional(Nullable(Type.Boolean())),
    init_generation_image_id: Type.Optional(Nullable(Type.String())),
    init_image_id: Type.Optional(Nullable(Type.String())),
    init_strength: Type.Optional(
      Nullable(Type.Number({ minimum: INIT_STRENGTH.min, maximum: INIT_STRENGTH.max })),
    ),
    transparency: Type.Optional(Nullable(Type.Enum(['disabled', 'foreground_only']))),
    ultra: Type.Optional(Nullable(Type.Boolean())),
    enhancePrompt: Type.Optional(Nullable(Type.Boolean())),
    enhancePromptInstruction: Type.Optional(Nullable(Type.String())),
    controlnets: Type.Optional(Nullable(Type.Array(ControlnetInput))),
    // Accepted for compatibility; the local engine records them and does not use them.
    elements: Type.Optional(
      Nullable(
        Type.Array(
          Type.Object({ akUUID: Type.String(), weight: Type.Optional(Nullable(Type.Number())) }),
        ),
      ),
    ),
    userElements: Type.Optional(
      Nullable(
        Type.Array(
          Type.Object({
            userLoraId: Type.Optional(Nullable(Type.Number())),
            weight: Type.Optional(Nullable(Type.Number())),
          }),
        ),
      ),
    ),
    imagePrompts: Type.Optional(Nullable(Type.Array(Nullable(Type.String())))),
    imagePromptWeight: Type.Optional(Nullable(Type.Number())),
    unzoom: Type.Optional(Nullable(Type.Boolean())),
    unzoomAmount: Type.Optional(Nullable(Type.Number())),
    upscaleRatio: Type.Optional(Nullable(Type.Number())),
    canvasRequest: Type.Optional(Nullable(Type.Boolean())),
    canvasRequestType: Type.Optional(
      Nullable(Type.Enum(['INPAINT', 'OUTPAINT', 'SKETCH2IMG', 'IMG2IMG'])),
    ),
    canvasInitId: Type.Optional(Nullable(Type.String())),
    canvasMaskId: Type.Optional(Nullable(Type.String())),
    // Deprecated by Leonardo in favour of `controlnets`, still listed: accepted and ignored.
    controlNet: Type.Optional(Nullable(Type.Boolean())),
    controlNetType: Type.Optional(Type.Enum([...CONTROLNET_TYPES])),
    weighting: Type.Optional(Nullable(Type.Number())),
  },
  { additionalProperties: false },
);
export type CreateGenerationBody = Static<typeof CreateGenerationBody>;

export const CreateGenerationResponse = Type.Object({
  sdGenerationJob: Type.Object({
    generationId: Type.String(),
    apiCreditCost: ApiCreditCost,
    cost: Cost,
  }),
});
export type CreateGenerationResponse = Static<typeof CreateGenerationResponse>;

export const VariationGeneric = Type.Object({
  id: Uuid,
  status: JobStatusSchema,
  transformType: Type.Enum([...VARIATION_TYPES]),
  url: Nullable(Type.String()),
});

const imageFields = {
  id: Uuid,
  url: Type.String(),
  nsfw: Type.Boolean(),
  likeCount: Type.Integer(),
  motionMP4URL: Nullable(Type.String()),
  motion: Nullable(Type.Boolean()),
  motionModel: Nullable(Type.String()),
  motionStrength: Nullable(Type.Integer()),
  imageToVideo: Nullable(Type.Boolean()),
  generated_image_variation_generics: Type.Array(VariationGeneric),
};

/** An image as GET /generations/{id} answers it (a history page leaves `fantasyAvatar` out). */
export const GeneratedImage = Type.Object({
  ...imageFields,
  fantasyAvatar: Type.Optional(Nullable(Type.Boolean())),
});
export type GeneratedImage = Static<typeof GeneratedImage>;

/** An image in a history page: Leonardo (and its SDK) list no `fantasyAvatar` there. */
export const ListedGeneratedImage = Type.Object(imageFields);

const generationFields = {
  id: Uuid,
  createdAt: Timestamp,
  status: JobStatusSchema,
  prompt: Type.String(),
  negativePrompt: Nullable(Type.String()),
  imageWidth: Type.Integer(),
  imageHeight: Type.Integer(),
  modelId: Nullable(Type.String()),
  seed: Seed,
  guidanceScale: Nullable(Type.Number()),
  inferenceSteps: Nullable(Type.Integer()),
  initStrength: Nullable(Type.Number()),
  presetStyle: Nullable(Type.Enum([...SD_STYLES])),
  // The SDK allows these enums or their absence, never null: a generation without one (an upscale,
  // a motion) leaves the field out.
  scheduler: Type.Optional(Type.Enum([...SCHEDULERS])),
  sdVersion: Type.Optional(Type.Enum([...SD_VERSIONS])),
  public: Type.Boolean(),
  photoReal: Nullable(Type.Boolean()),
  photoRealStrength: Nullable(Type.Number()),
  promptMagic: Nullable(Type.Boolean()),
  promptMagicStrength: Nullable(Type.Number()),
  promptMagicVersion: Nullable(Type.String()),
  ultra: Nullable(Type.Boolean()),
  generation_elements: Type.Array(Type.Object({ id: Nullable(Type.Integer()) })),
};

export const Generation = Type.Object({
  ...generationFields,
  generated_images: Type.Array(GeneratedImage),
});
export type Generation = Static<typeof Generation>;

export const GetGenerationResponse = Type.Object({ generations_by_pk: Nullable(Generation) });
export type GetGenerationResponse = Static<typeof GetGenerationResponse>;

export const ListedGeneration = Type.Object({
  ...generationFields,
  generated_images: Type.Array(ListedGeneratedImage),
});
export const ListGenerationsResponse = Type.Object({ generations: Type.Array(ListedGeneration) });
export type ListGenerationsResponse = Static<typeof ListGenerationsResponse>;

export const DeleteGenerationResponse = Type.Object({
  delete_generations_by_pk: Nullable(Type.Object({ id: Uuid })),
});
export type DeleteGenerationResponse = Static<typeof DeleteGenerationResponse>;
