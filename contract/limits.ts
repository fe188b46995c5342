/**
 * The API's documented limits and enums, shared by the studio (to check before sending) and the
 * engine (to validate). Values follow Leonardo's public API reference.
 */
export const API_PREFIX = '/api/rest/v1';
export const CLOUD_BASE_URL = 'https://cloud.leonardo.ai/api/rest/v1';

export const JOB_STATUSES = ['PENDING', 'COMPLETE', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const GENERATION_SIZE = { min: 32, max: 1536, step: 8 } as const;
export const NUM_IMAGES = { min: 1, max: 8, maxWhenLarge: 4, largeSide: 768 } as const;
export const GUIDANCE_SCALE = { min: 1, max: 20 } as const;
export const INFERENCE_STEPS = { min: 10, max: 60 } as const;
export const INIT_STRENGTH = { min: 0.1, max: 0.9 } as const;
export const SEED_MAX = 9_999_999_998;

export const LCM_SIZES = [512, 640, 1024] as const;
export type LcmSize = (typeof LCM_SIZES)[number];
export const LCM_STEPS = { min: 4, max: 16 } as const;
export const LCM_GUIDANCE = { min: 0.5, max: 20 } as const;
export const LCM_STRENGTH = { min: 0.1, max: 1 } as const;
export const LCM_REFINE_STRENGTH = { min: 0.5, max: 0.9 } as const;

export const MOTION_STRENGTH = { min: 1, max: 10 } as const;

export const LCM_STYLES = [
  'ANIME',
  'CINEMATIC',
  'DIGITAL_ART',
  'DYNAMIC',
  'ENVIRONMENT',
  'FANTASY_ART',
  'ILLUSTRATION',
  'PHOTOGRAPHY',
  'RENDER_3D',
  'RAYTRACED',
  'SKETCH_BW',
  'SKETCH_COLOR',
  'VIBRANT',
  'NONE',
] as const;
export type LcmStyle = (typeof LCM_STYLES)[number];

export const SD_STYLES = [
  'ANIME',
  'BOKEH',
  'CINEMATIC',
  'CINEMATIC_CLOSEUP',
  'CREATIVE',
  'DYNAMIC',
  'ENVIRONMENT',
  'FASHION',
  'FILM',
  'FOOD',
  'GENERAL',
  'HDR',
  'ILLUSTRATION',
  'LEONARDO',
  'LONG_EXPOSURE',
  'MACRO',
  'MINIMALISTIC',
  'MONOCHROME',
  'MOODY',
  'NONE',
  'NEUTRAL',
  'PHOTOGRAPHY',
  'PORTRAIT',
  'RAYTRACED',
  'RENDER_3D',
  'RETRO',
  'SKETCH_BW',
  'SKETCH_COLOR',
  'STOCK_PHOTO',
  'VIBRANT',
  'UNPROCESSED',
] as const;
export type SdStyle = (typeof SD_STYLES)[number];

/** Styles the docs allow when Alchemy is off / on. */
export const STYLES_WITHOUT_ALCHEMY: readonly SdStyle[] = ['LEONARDO', 'NONE'];
export const STYLES_WITH_ALCHEMY: readonly SdStyle[] = [
  'ANIME',
  'CREATIVE',
  'DYNAMIC',
  'ENVIRONMENT',
  'GENERAL',
  'ILLUSTRATION',
  'PHOTOGRAPHY',
  'RAYTRACED',
  'RENDER_3D',
  'SKETCH_BW',
  'SKETCH_COLOR',
  'NONE',
];

export const SD_VERSIONS = [
  'v1_5',
  'v2',
  'v3',
  'SDXL_0_8',
  'SDXL_0_9',
  'SDXL_1_0',
  'SDXL_LIGHTNING',
  'PHOENIX',
  'FLUX',
  'FLUX_DEV',
  'KINO_2_0',
] as const;
export type SdVersion = (typeof SD_VERSIONS)[number];

export const SCHEDULERS = [
  'KLMS',
  'EULER_ANCESTRAL_DISCRETE',
  'EULER_DISCRETE',
  'DDIM',
  'DPM_SOLVER',
  'PNDM',
  'LEONARDO',
] as const;

export const PHOTOREAL_STRENGTHS = [0.55, 0.5, 0.45] as const;
export const TEXTURE_TYPES = [
  'ALBEDO',
  'NORMAL',
  'ROUGHNESS',
  'DISPLACEMENT',
  'HDRP_MASK',
] as const;
export type TextureType = (typeof TEXTURE_TYPES)[number];
export const VARIATION_TYPES = ['OUTPAINT', 'INPAINT', 'UPSCALE', 'UNZOOM', 'NOBG'] as const;
export const INIT_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;
export const MODEL_3D_EXTENSIONS = ['obj'] as const;
export const CONTROLNET_TYPES = ['POSE', 'CANNY', 'DEPTH'] as const;
export const CONTROLNET_STRENGTHS = ['Low', 'Mid', 'High', 'Ultra', 'Max'] as const;

/** Services Leonardo's pricing calculator knows; the engine prices those it offers. */
export const PRICING_SERVICES = [
  'IMAGE_GENERATION',
  'FANTASY_AVATAR_GENERATION',
  'MOTION_SVD_GENERATION',
  'MOTION_VIDEO_GENERATION',
  'VEO3_MOTION_VIDEO_GENERATION',
  'LCM_GENERATION',
  'MODEL_TRAINING',
  'TEXTURE_GENERATION',
  'UNIVERSAL_UPSCALER',
  'UNIVERSAL_UPSCALER_ULTRA',
] as const;
export const PRICED_SERVICES = [
  'IMAGE_GENERATION',
  'LCM_GENERATION',
  'MOTION_SVD_GENERATION',
  'TEXTURE_GENERATION',
] as const;

/** Leonardo's per-user limits; the engine makes them configurable. */
export const RATE_LIMITS = { concurrentJobs: 10, generationsPerMinute: 100 } as const;

/** Largest JSON body the engine accepts: a 1024² PNG image plus mask as data URLs fit well inside. */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;
/** Largest uploaded file (init image or 3D model). */
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
