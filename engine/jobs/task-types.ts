import type { TextureType } from '../../contract/limits.ts';

/** Messages the engine sends to its worker threads. Paths are absolute file paths. */
export type Task =
  | {
      type: 'text-to-image';
      prompt: string;
      negativePrompt: string | null;
      style: string | null;
      seed: number;
      width: number;
      height: number;
      tiling: boolean;
      outFiles: string[];
    }
  | {
      type: 'image-to-image';
      prompt: string;
      negativePrompt: string | null;
      style: string | null;
      seed: number;
      width: number;
      height: number;
      tiling: boolean;
      init: { file: string; strength: number } | null;
      guides: { file: string; weight: number }[];
      transparent: boolean;
      outFiles: string[];
    }
  | {
      type: 'lcm';
      mode: 'generate' | 'refine';
      imageDataUrl: string;
      prompt: string;
      style: string | null;
      strength: number;
      guidance: number;
      steps: number;
      seed: number;
      width: number;
      height: number;
    }
  | {
      type: 'inpaint';
      imageDataUrl: string;
      maskDataUrl: string;
      prompt: string;
      style: string | null;
      strength: number;
      seed: number;
      width: number;
      height: number;
    }
  | {
      type: 'upscale';
      imageDataUrl: string;
      /** The size to read the input at before doubling it; null keeps the input's own size. */
      width: number | null;
      height: number | null;
      refineStrength: number | null;
      creative: boolean | null;
      seed: number;
      outFile: string;
    }
  | { type: 'motion'; sourceFile: string; motionStrength: number; seed: number; outFile: string }
  | {
      type: 'texture';
      modelFile: string;
      prompt: string;
      negativePrompt: string | null;
      seed: number;
      size: number;
      outFiles: Record<TextureType, string>;
    }
  | {
      /** Checks an uploaded OBJ file within limits, off the event loop, before it is kept. */
      type: 'check-model';
      file: string;
      maxVertices: number;
      maxFaces: number;
    };

export type TaskResult =
  | { ok: true; value: TaskValue }
  | {
      ok: false;
      /** `code` is the system's (`ENOSPC`, `SQLITE_FULL`…), so the engine can answer it for what it is. */
      error: { message: string; inputPath: string | null; code?: string | null };
    };

/** LCM-like tasks answer a JPEG data URL; file-writing tasks answer null. */
export type TaskValue = string | null;
