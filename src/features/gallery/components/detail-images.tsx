import type { Generation } from '../../../../contract/index.ts';
import { Button } from '../../../components/ui/button.tsx';
import { GeneratedImage } from '../../../components/ui/generated-image.tsx';
import { AnimatePanel } from './animate-panel.tsx';

interface DetailImagesProps {
  generation: Generation;
  index: number;
  onIndexChange: (index: number) => void;
}

/** One image at full size, with previous/next for the others (also ← and → on the dialog). */
export function DetailImages({ generation, index, onIndexChange }: DetailImagesProps) {
  const images = generation.generated_images;
  const image = images[index];
  if (!image) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-xl border border-dashed border-border text-sm text-muted">
        {generation.status === 'PENDING' ? 'Still generating…' : 'This generation has no images.'}
      </div>
    );
  }
  const count = images.length;
  const upscales = image.generated_image_variation_generics.filter(
    (variation): variation is typeof variation & { url: string } =>
      variation.transformType === 'UPSCALE' &&
      variation.status === 'COMPLETE' &&
      variation.url !== null,
  );
  const go = (delta: number) => onIndexChange((index + delta + count) % count);
  // The picture and its controls fit the window (at 1280×720 too): a video takes the still's
  // place, with the still as its poster, rather than stacking both.
  return (
    <figure className="grid gap-2">
      {image.motionMP4URL ? (
        <>
          <video
            src={image.motionMP4URL}
            poster={image.url}
            controls
            loop
            muted
            autoPlay
            playsInline
            width={generation.imageWidth}
            height={generation.imageHeight}
            aria-label={`Motion video: ${generation.prompt}`}
            className="mx-auto h-auto max-h-[min(60vh,calc(100dvh-14rem))] w-auto max-w-full rounded-xl bg-surface-raised"
          />
          <a
            href={image.motionMP4URL}
            download
            className="mx-auto text-sm font-medium text-accent-text underline-offset-2 hover:underline"
          >
            Download video (MP4)
          </a>
        </>
      ) : (
        <GeneratedImage
          src={image.url}
          alt={generation.prompt}
          nsfw={image.nsfw}
          width={generation.imageWidth}
          height={generation.imageHeight}
          frameClassName="mx-auto rounded-xl"
          className="mx-auto h-auto max-h-[min(65vh,calc(100dvh-12rem))] w-auto max-w-full rounded-xl bg-surface-raised object-contain"
        />
      )}
      {upscales.map((variation) => (
        // The cloud keeps an upscale as a variation of the image, not as an image of its own.
        <figure key={variation.id} className="grid gap-2 rounded-xl border border-border p-3">
          <figcaption className="text-sm font-medium">Upscaled image</figcaption>
          <GeneratedImage
            nsfw={image.nsfw}
            src={variation.url}
            alt={`Upscaled: ${generation.prompt}`}
            frameClassName="mx-auto rounded-lg"
            className="mx-auto max-h-[40vh] w-auto rounded-lg object-contain"
          />
          {generation.status === 'COMPLETE' ? (
            <AnimatePanel imageId={variation.id} prompt={generation.prompt} isVariation />
          ) : null}
        </figure>
      ))}
      <figcaption className="flex items-center justify-center gap-3 text-sm text-muted">
        {count > 1 ? (
          <>
            <Button variant="ghost" onClick={() => go(-1)} aria-label="Previous image">
              ←
            </Button>
            <span aria-live="polite">
              Image {index + 1} of {count}
            </span>
            <Button variant="ghost" onClick={() => go(1)} aria-label="Next image">
              →
            </Button>
          </>
        ) : (
          <span>Image 1 of 1</span>
        )}
      </figcaption>
    </figure>
  );
}
