import type { GeneratedImage, Generation } from '../../contract/index.ts';

let counter = 0;
/** A UUID v4-shaped id that is stable within one test run. */
export function fixtureId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function imageFixture(overrides: Partial<GeneratedImage> = {}): GeneratedImage {
  const id = overrides.id ?? fixtureId();
  return {
    id,
    url: `http://127.0.0.1:8787/files/${id}.png`,
    nsfw: false,
    likeCount: 0,
    motionMP4URL: null,
    motion: null,
    motionModel: null,
    motionStrength: null,
    imageToVideo: null,
    fantasyAvatar: null,
    generated_image_variation_generics: [],
    ...overrides,
  };
}

/** A completed text-to-image generation with one image, newest-first order decided by callers. */
export function generationFixture(overrides: Partial<Generation> = {}): Generation {
  return {
    id: fixtureId(),
    createdAt: '2026-01-02T03:04:05.000Z',
    status: 'COMPLETE',
    prompt: 'a lighthouse in the fog',
    negativePrompt: null,
    imageWidth: 512,
    imageHeight: 512,
    modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
    seed: 42,
    guidanceScale: 7,
    inferenceSteps: 15,
    initStrength: null,
    presetStyle: 'DYNAMIC',
    scheduler: 'EULER_DISCRETE',
    sdVersion: 'SDXL_LIGHTNING',
    public: false,
    photoReal: false,
    photoRealStrength: null,
    promptMagic: false,
    promptMagicStrength: null,
    promptMagicVersion: null,
    ultra: false,
    generated_images: [imageFixture()],
    generation_elements: [],
    ...overrides,
  };
}
