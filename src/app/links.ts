/**
 * The addresses features are opened at by others: the app layer builds them, each feature reads
 * its own parameter (and removes it once handled, where it is a one-off request). Ids are
 * encoded, though they are UUIDs.
 */
const withParams = (path: string, params: Record<string, string>) =>
  `${path}?${new URLSearchParams(params).toString()}`;

/** History with one generation's details open. */
export const historyHref = (generationId: string) => withParams('/history', { open: generationId });

/** Generate with the settings of a generation loaded into the form ("Reuse prompt"). */
export const reuseHref = (generationId: string) => withParams('/generate', { reuse: generationId });

/** The canvas, asked to start from one generated image. */
export const canvasHref = (imageId: string, generationId: string) =>
  withParams('/canvas', { open: imageId, generation: generationId });

/**
 * Generate, asked to start from one of the user's generated images as the init image (sent as
 * `init_generation_image_id`); the Generate form's init image field reads the parameter.
 */
export const initHref = (imageId: string) => withParams('/generate', { init: imageId });
