/** A packed 8-bit RGB image: 3 bytes per pixel, row-major, `data.length === width * height * 3`. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * A problem with what the API user sent (not a bug in the engine): the message is shown to them
 * verbatim, so it names the request field and says what is wrong.
 */
export class ImageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageInputError';
  }
}

/** Channel values in 0..1, 3 per pixel: the working format of every renderer before quantisation. */
export interface FloatImage {
  data: Float32Array;
  width: number;
  height: number;
}
