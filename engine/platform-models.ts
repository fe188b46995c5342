import type { SdVersion } from '../contract/limits.ts';
import type { PlatformModel } from '../contract/user.ts';

/**
 * The engine's small model catalogue. Ids are Leonardo's public platform model ids so requests
 * written for the cloud work here; each model nudges the procedural renderer's look.
 */
export const PLATFORM_MODELS: PlatformModel[] = [
  {
    id: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
    name: 'Leonardo Lightning XL',
    description: 'Fast general-purpose model (the API default).',
    featured: true,
    nsfw: false,
    generated_image: null,
  },
  {
    id: 'aa77f04e-3eec-4034-9c07-d0f619684628',
    name: 'Leonardo Kino XL',
    description: 'Cinematic look with strong contrast.',
    featured: true,
    nsfw: false,
    generated_image: null,
  },
  {
    id: '5c232a9e-9061-4777-980a-ddc8e65647c6',
    name: 'Leonardo Vision XL',
    description: 'Photographic realism.',
    featured: true,
    nsfw: false,
    generated_image: null,
  },
  {
    id: 'e71a1c2f-4f80-4800-934f-2c68979d8cc8',
    name: 'Leonardo Anime XL',
    description: 'Anime and illustration.',
    featured: false,
    nsfw: false,
    generated_image: null,
  },
  {
    id: '1e60896f-3c26-4296-8ecc-53e2afecc132',
    name: 'Leonardo Diffusion XL',
    description: 'Versatile artistic model.',
    featured: false,
    nsfw: false,
    generated_image: null,
  },
];

export const DEFAULT_MODEL_ID = PLATFORM_MODELS[0]!.id;

/** Style the renderer leans to for a model when the request names none. */
export const MODEL_STYLE: Record<string, string> = {
  'aa77f04e-3eec-4034-9c07-d0f619684628': 'CINEMATIC',
  '5c232a9e-9061-4777-980a-ddc8e65647c6': 'PHOTOGRAPHY',
  'e71a1c2f-4f80-4800-934f-2c68979d8cc8': 'ANIME',
};

/**
 * The base version each model is built on, as Leonardo reports it in a generation's `sdVersion`
 * (its SDK accepts the enum or no field, never null).
 */
export const MODEL_BASE_VERSION: Record<string, SdVersion> = {
  'b24e16ff-06e3-43eb-8d33-4416c2d75876': 'SDXL_LIGHTNING',
  'aa77f04e-3eec-4034-9c07-d0f619684628': 'SDXL_1_0',
  '5c232a9e-9061-4777-980a-ddc8e65647c6': 'SDXL_1_0',
  'e71a1c2f-4f80-4800-934f-2c68979d8cc8': 'SDXL_1_0',
  '1e60896f-3c26-4296-8ecc-53e2afecc132': 'SDXL_0_9',
};

/**
 * A generation's `sdVersion`: the model's base version; without a model (PhotoReal v1), the
 * requested `sd_version`, else v1_5, the API's documented default.
 */
export function sdVersionFor(modelId: string | null, requested?: SdVersion | null): SdVersion {
  return (modelId ? MODEL_BASE_VERSION[modelId] : undefined) ?? requested ?? 'v1_5';
}
