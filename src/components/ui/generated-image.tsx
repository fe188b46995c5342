import type { ImgHTMLAttributes } from 'react';
import { NsfwImage } from './nsfw-image.tsx';

type GeneratedImageProps = Omit<ImgHTMLAttributes<HTMLImageElement>, 'alt' | 'src'> & {
  src: string;
  /** The prompt: a generated image is described by what was asked for. */
  alt: string;
  /** Leonardo's flag for the image: a flagged one is blurred behind "Show". */
  nsfw?: boolean;
  /** Classes for the frame a flagged image is shown in, which takes the image's place. */
  frameClassName?: string;
};

/**
 * Every generated image the studio shows (History's tiles and details, Generate's results) goes
 * through here, so how an image loads and how a flagged one is treated change in one place.
 */
export function GeneratedImage({ nsfw = false, ...rest }: GeneratedImageProps) {
  return <NsfwImage nsfw={nsfw} decoding="async" draggable={false} {...rest} />;
}
