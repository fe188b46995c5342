import { renderFlow } from './scene-abstract.ts';
import type { PromptLook } from './prompt-look.ts';
import { renderHorizon } from './scene-horizon.ts';
import { renderSubject } from './scene-subject.ts';
import type { SceneHints } from './sketch-layout.ts';
import type { FloatImage } from './types.ts';

/** A rendered scene plus, for subject compositions, the subject's coverage (0..1) per pixel. */
export interface SceneImage extends FloatImage {
  alpha: Float32Array | null;
}

/** Renders the prompt's composition as a float image; `rand` decides the layout of this take. */
export function renderScene(
  look: PromptLook,
  width: number,
  height: number,
  rand: () => number,
  hints: SceneHints = {},
): SceneImage {
  let data: Float32Array;
  let alpha: Float32Array | null = null;
  switch (look.composition) {
    case 'subject':
      alpha = new Float32Array(width * height);
      data = renderSubject(look, width, height, rand, hints, alpha);
      break;
    case 'diagonal':
    case 'radial':
    case 'pattern':
      data = renderFlow(look, width, height, rand, look.composition);
      break;
    default:
      data = renderHorizon(look, width, height, rand, hints.horizon);
  }
  return { data, width, height, alpha };
}
