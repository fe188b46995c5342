import type { ImgHTMLAttributes } from 'react';

type GeneratedImageProps = Omit<ImgHTMLAttributes<HTMLImageElement>, 'alt' | 'src'> & {
  src: string;
  /** The prompt: a generated image is described by what was asked for. */
  alt: string;
  /** Leonardo's flag for the image; how a flagged image is shown is decided here, once. */
  nsfw?: boolean;
};

/**
 * Every generated image the studio shows in a grid or a result (History's tiles, Generate's
 * results) goes through here, so how an image is shown (loading, and how a flagged one is
 * treated) changes in one place.
 */
export function GeneratedImage({ src, alt, nsfw = false, ...rest }: GeneratedImageProps) {
  return (
    <img
      src={src}
      alt={alt}
      decoding="async"
      draggable={false}
      data-nsfw={nsfw ? 'true' : undefined}
      {...rest}
    />
  );
}
