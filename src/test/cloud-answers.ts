/**
 * Answers shaped as Leonardo's cloud may send them, where the local engine always sends more.
 * Each follows a type of the official SDK (@leonardo-ai/sdk 4.21, `sdk/models/operations/…`,
 * wire names as its zod schemas map them): every field there is optional, most nullable, so
 * each fixture leaves out what the SDK allows to be left out. Image URLs are on Leonardo's CDN,
 * another host than the API.
 */

export const CLOUD_GENERATION_ID = '8f2b7c2e-6a41-4d0e-9c3b-1e5d2a7f9b10';
export const CLOUD_IMAGE_ID = '0c4e1b7a-3d2f-4a59-8e61-7b9c0d2e4f13';
export const CLOUD_UPSCALE_ID = 'a7d3e9f1-2b4c-4e6a-9d8f-0c1b2a3e4d57';
export const CLOUD_TEXTURE_ID = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d80';
export const CDN = 'https://cdn.leonardo.ai/users/3f1c1f7e/generations';

/**
 * GET /generations/{id} → `GetGenerationByIdResponseBody`: one image with no
 * `generated_image_variation_generics`, `likeCount`, `motion*` or `fantasyAvatar`, and a
 * generation with no `seed`, `scheduler`, `sdVersion`, `presetStyle`, `negativePrompt` or
 * `generation_elements`.
 */
export function cloudGeneration(overrides: Record<string, unknown> = {}) {
  return {
    id: CLOUD_GENERATION_ID,
    createdAt: '2026-03-01T10:20:30.000Z',
    status: 'COMPLETE',
    prompt: 'a lighthouse on a cliff at dusk',
    imageWidth: 768,
    imageHeight: 512,
    modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
    public: false,
    generated_images: [
      { id: CLOUD_IMAGE_ID, url: `${CDN}/${CLOUD_IMAGE_ID}/lighthouse.jpg`, nsfw: false },
    ],
    ...overrides,
  };
}

/** The same generation once upscaled: the UPSCALE variation is where the cloud puts it. */
export function cloudUpscaledGeneration() {
  return cloudGeneration({
    generated_images: [
      {
        id: CLOUD_IMAGE_ID,
        url: `${CDN}/${CLOUD_IMAGE_ID}/lighthouse.jpg`,
        nsfw: false,
        generated_image_variation_generics: [
          {
            id: CLOUD_UPSCALE_ID,
            status: 'COMPLETE',
            transformType: 'UPSCALE',
            url: `${CDN}/variations/${CLOUD_UPSCALE_ID}/lighthouse-upscaled.jpg`,
          },
          // A transform this studio does not know: left out, not shown as "undefined".
          { id: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', transformType: 'RELIGHT', url: null },
        ],
      },
    ],
  });
}

/** An image the cloud flagged (`nsfw: true`, in `GetGenerationByIdGeneratedImages`). */
export function cloudNsfwGeneration() {
  return cloudGeneration({
    generated_images: [
      { id: CLOUD_IMAGE_ID, url: `${CDN}/${CLOUD_IMAGE_ID}/flagged.jpg`, nsfw: true },
    ],
  });
}

/** Right after POST /generations the cloud can answer this (`generationsByPk` is nullable). */
export const CLOUD_NOT_YET_VISIBLE = { generations_by_pk: null };

/** GET /generations/user/{userId} → `GetGenerationsByUserIdResponseBody`. */
export function cloudHistoryPage() {
  return {
    generations: [
      cloudGeneration(),
      // Pending: no images yet, and no status counts either.
      {
        id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
        status: 'PENDING',
        prompt: 'a fox in the snow',
        createdAt: '2026-03-01T10:21:00.000Z',
      },
    ],
  };
}

/** POST /generations → `CreateGenerationResponseBody`: no `cost`, no `apiCreditCost`. */
export const CLOUD_CREATE_ANSWER = { sdGenerationJob: { generationId: CLOUD_GENERATION_ID } };

/** GET /me → `GetUserSelfResponseBody`: no `apiSubscriptionTokens`, no `apiPaidTokens`. */
export function cloudMe(userId = '3f1c1f7e-3c9a-4b8e-9d2a-2f6f0c4b1a11') {
  return {
    user_details: [{ user: { id: userId, username: 'cloud-alice' }, subscriptionTokens: 150 }],
  };
}

/**
 * POST /lcm-upscale → `PerformAlchemyUpscaleLCMLcmGenerationJob`: the image without the ids
 * of the generation it was saved to (`generationId`, `variationId`, `generatedImageId`).
 */
export const CLOUD_UPSCALE_ANSWER = {
  lcmGenerationJob: { imageDataUrl: ['data:image/jpeg;base64,/9j/4AAQ'] },
};

/**
 * GET /generations-texture/{id}: the SDK has no texture operations; this follows Leonardo's
 * OpenAPI description, with a map type the studio does not know (`METALLIC`) and no `seed`.
 */
export function cloudTexture() {
  return {
    model_asset_texture_generations_by_pk: {
      id: CLOUD_TEXTURE_ID,
      createdAt: '2026-03-01T11:00:00.000Z',
      prompt: 'weathered oak planks',
      status: 'COMPLETE',
      model_asset_texture_images: [
        { id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e51', type: 'ALBEDO', url: `${CDN}/albedo.jpg` },
        { id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e52', type: 'METALLIC', url: `${CDN}/metal.jpg` },
      ],
    },
  };
}

/** Text a view must never show: what a missing field or bad arithmetic turns into. */
export const BROKEN_TEXT = /\bundefined\b|\bNaN\b|\[object Object\]/;
