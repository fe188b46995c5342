import type { Generation } from '../../contract/generations.ts';
import type { JobStatus } from '../../contract/limits.ts';
import { sdVersionFor } from '../platform-models.ts';
import type { GenerationKind } from './generations.ts';

export interface GenerationRow {
  id: string;
  user_id: string;
  kind: GenerationKind;
  status: JobStatus;
  prompt: string;
  negative_prompt: string | null;
  width: number;
  height: number;
  model_id: string | null;
  seed: number | null;
  guidance_scale: number | null;
  inference_steps: number | null;
  init_strength: number | null;
  preset_style: string | null;
  scheduler: string | null;
  sd_version: string | null;
  public: number;
  photo_real: number | null;
  photo_real_strength: number | null;
  prompt_magic: number | null;
  prompt_magic_strength: number | null;
  prompt_magic_version: string | null;
  ultra: number | null;
  created_at: string;
}

export interface ImageRow {
  id: string;
  generation_id: string;
  file: string;
  motion_file: string | null;
  motion_strength: number | null;
  nsfw: number;
  v_id: string | null;
  v_type: string | null;
  v_status: string | null;
  v_file: string | null;
}

const bool = (v: number | null) => (v === null ? null : v === 1);

/** Rows as stored to the API's shape: images (with their variations) under each generation. */
export function toGenerationDtos(
  rows: GenerationRow[],
  images: ImageRow[],
  fileUrl: (file: string) => string,
): Generation[] {
  const byGeneration = new Map<string, Generation['generated_images']>();
  for (const image of images) {
    let list = byGeneration.get(image.generation_id);
    if (!list) byGeneration.set(image.generation_id, (list = []));
    let dto = list.find((i) => i.id === image.id);
    if (!dto) {
      dto = {
        id: image.id,
        url: fileUrl(image.file),
        nsfw: image.nsfw === 1,
        likeCount: 0,
        motionMP4URL: image.motion_file ? fileUrl(image.motion_file) : null,
        motion: image.motion_file !== null,
        motionModel: image.motion_file ? 'SVD' : null,
        motionStrength: image.motion_strength,
        imageToVideo: image.motion_file !== null,
        fantasyAvatar: false,
        generated_image_variation_generics: [],
      };
      list.push(dto);
    }
    if (image.v_id) {
      dto.generated_image_variation_generics.push({
        id: image.v_id,
        status: image.v_status as JobStatus,
        transformType: image.v_type as 'UPSCALE',
        url: image.v_file ? fileUrl(image.v_file) : null,
      });
    }
  }
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    status: r.status,
    prompt: r.prompt,
    negativePrompt: r.negative_prompt,
    imageWidth: r.width,
    imageHeight: r.height,
    modelId: r.model_id,
    seed: r.seed,
    guidanceScale: r.guidance_scale,
    inferenceSteps: r.inference_steps,
    initStrength: r.init_strength,
    presetStyle: r.preset_style as Generation['presetStyle'],
    // Absent rather than null: Leonardo's SDK rejects null here. Rows stored before sdVersion was
    // recorded take their model's base version.
    scheduler: (r.scheduler ?? undefined) as Generation['scheduler'],
    sdVersion: (r.sd_version ??
      (r.kind === 'IMAGE' ? sdVersionFor(r.model_id) : undefined)) as Generation['sdVersion'],
    public: r.public === 1,
    photoReal: bool(r.photo_real),
    photoRealStrength: r.photo_real_strength,
    promptMagic: bool(r.prompt_magic),
    promptMagicStrength: r.prompt_magic_strength,
    promptMagicVersion: r.prompt_magic_version,
    ultra: bool(r.ultra),
    generated_images: byGeneration.get(r.id) ?? [],
    generation_elements: [],
  }));
}
