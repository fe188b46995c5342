import Type, { type Static } from 'typebox';
import { ApiCreditCost, Cost, JobStatusSchema, Nullable, Seed, Timestamp, Uuid } from './common.ts';
import { TEXTURE_TYPES } from './limits.ts';
import { PROMPT_MAX_LENGTH } from './rules.ts';

/** POST /generations-texture. */
export const CreateTextureBody = Type.Object(
  {
    modelAssetId: Type.String({ minLength: 1 }),
    prompt: Type.String({ minLength: 1, maxLength: PROMPT_MAX_LENGTH }),
    negative_prompt: Type.Optional(Nullable(Type.String({ maxLength: PROMPT_MAX_LENGTH }))),
    seed: Type.Optional(Seed),
    preview: Type.Optional(Nullable(Type.Boolean())),
    preview_direction: Type.Optional(Nullable(Type.Enum(['front', 'back', 'left', 'right']))),
    front_rotation_offset: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 360 }))),
    sd_version: Type.Optional(Nullable(Type.Enum(['v1_5', 'v2']))),
  },
  { additionalProperties: false },
);
export type CreateTextureBody = Static<typeof CreateTextureBody>;

export const CreateTextureResponse = Type.Object({
  textureGenerationJob: Type.Object({
    id: Type.String(),
    apiCreditCost: ApiCreditCost,
    cost: Cost,
  }),
});
export type CreateTextureResponse = Static<typeof CreateTextureResponse>;

export const TextureImage = Type.Object({
  id: Uuid,
  type: Type.Enum([...TEXTURE_TYPES]),
  url: Type.String(),
});
export type TextureImage = Static<typeof TextureImage>;

export const TextureGeneration = Type.Object({
  id: Uuid,
  createdAt: Timestamp,
  prompt: Type.String(),
  negativePrompt: Nullable(Type.String()),
  seed: Seed,
  status: JobStatusSchema,
  model_asset_texture_images: Type.Array(TextureImage),
});
export type TextureGeneration = Static<typeof TextureGeneration>;

export const GetTextureResponse = Type.Object({
  model_asset_texture_generations_by_pk: Nullable(TextureGeneration),
});
export type GetTextureResponse = Static<typeof GetTextureResponse>;

export const ListTexturesResponse = Type.Object({
  model_asset_texture_generations: Type.Array(TextureGeneration),
});
export type ListTexturesResponse = Static<typeof ListTexturesResponse>;

export const DeleteTextureResponse = Type.Object({
  delete_model_asset_texture_generations_by_pk: Nullable(Type.Object({ id: Uuid })),
});
export type DeleteTextureResponse = Static<typeof DeleteTextureResponse>;
