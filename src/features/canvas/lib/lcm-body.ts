import type { LcmBody, LcmInpaintingBody, LcmUpscaleBody } from '../../../../contract/lcm.ts';
import type { CanvasSettings, OutputSize } from './canvas-settings.ts';

/** The fields every realtime endpoint shares, from the settings and the document's size. */
export function lcmBody(
  settings: CanvasSettings,
  size: OutputSize,
  imageDataUrl: string,
  requestTimestamp?: number,
): LcmBody {
  return {
    imageDataUrl,
    prompt: settings.prompt.trim(),
    style: settings.style,
    strength: settings.strength,
    guidance: settings.guidance,
    steps: settings.steps,
    seed: settings.seed,
    width: size.width,
    height: size.height,
    ...(requestTimestamp === undefined ? {} : { requestTimestamp: String(requestTimestamp) }),
  };
}

export function inpaintingBody(
  settings: CanvasSettings,
  size: OutputSize,
  imageDataUrl: string,
  maskDataUrl: string,
): LcmInpaintingBody {
  return { ...lcmBody(settings, size, imageDataUrl), maskDataUrl };
}

export function upscaleBody(
  settings: CanvasSettings,
  size: OutputSize,
  imageDataUrl: string,
): LcmUpscaleBody {
  return {
    ...lcmBody(settings, size, imageDataUrl),
    refineCreative: settings.refineCreative,
    refineStrength: settings.refineStrength,
  };
}

/** The API echoes `requestTimestamp` as a string; the scheduler compares numbers. */
export function parseEchoedTimestamp(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}
