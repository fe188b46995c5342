import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from './common.ts';
import { INIT_IMAGE_EXTENSIONS, MODEL_3D_EXTENSIONS } from './limits.ts';

/** POST /init-image: answers a presigned form; `fields` is a JSON string, as Leonardo sends it. */
export const InitImageUploadBody = Type.Object(
  { extension: Type.Enum([...INIT_IMAGE_EXTENSIONS]) },
  { additionalProperties: false },
);
export type InitImageUploadBody = Static<typeof InitImageUploadBody>;

export const InitImageUploadResponse = Type.Object({
  uploadInitImage: Type.Object({
    id: Type.String(),
    url: Type.String(),
    fields: Type.String(),
    key: Type.String(),
  }),
});
export type InitImageUploadResponse = Static<typeof InitImageUploadResponse>;

export const InitImage = Type.Object({ id: Uuid, createdAt: Timestamp, url: Type.String() });
export const GetInitImageResponse = Type.Object({ init_images_by_pk: Nullable(InitImage) });
export type GetInitImageResponse = Static<typeof GetInitImageResponse>;
export const DeleteInitImageResponse = Type.Object({
  delete_init_images_by_pk: Nullable(Type.Object({ id: Uuid })),
});
export type DeleteInitImageResponse = Static<typeof DeleteInitImageResponse>;

/** POST /models-3d/upload. */
export const ModelUploadBody = Type.Object(
  {
    // Optional, as in Leonardo's description and its SDK; OBJ is the only format either way.
    modelExtension: Type.Optional(Type.Enum([...MODEL_3D_EXTENSIONS])),
    name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type ModelUploadBody = Static<typeof ModelUploadBody>;

export const ModelUploadResponse = Type.Object({
  uploadModelAsset: Type.Object({
    modelId: Type.String(),
    modelUrl: Type.String(),
    modelFields: Type.String(),
    modelKey: Type.String(),
  }),
});
export type ModelUploadResponse = Static<typeof ModelUploadResponse>;

export const ModelAsset = Type.Object({
  id: Uuid,
  userId: Uuid,
  name: Nullable(Type.String()),
  meshUrl: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ModelAsset = Static<typeof ModelAsset>;

export const ListModelsResponse = Type.Object({ model_assets: Type.Array(ModelAsset) });
export type ListModelsResponse = Static<typeof ListModelsResponse>;
export const GetModelResponse = Type.Object({ model_assets_by_pk: Nullable(ModelAsset) });
export type GetModelResponse = Static<typeof GetModelResponse>;
export const DeleteModelResponse = Type.Object({
  delete_model_assets_by_pk: Nullable(Type.Object({ id: Uuid })),
});
export type DeleteModelResponse = Static<typeof DeleteModelResponse>;
