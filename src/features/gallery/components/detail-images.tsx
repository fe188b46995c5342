import type { Generation } from '../../../../contract/index.ts';
import { Button } from '../../../components/ui/button.tsx';

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
  const go = (delta: number) => onIndexChange((index + delta + count) % count);
  return (
    <figure className="grid gap-2">
      <img
        src={image.url}
        alt={generation.prompt}
        width={generation.imageWidth}
        height={generation.imageHeight}
        className="mx-auto max-h-[65vh] w-auto rounded-xl bg-surface-raised object-contain"
      />
      {image.motionMP4URL ? (
        <>
          <video
            src={image.motionMP4URL}
            controls
            loop
            muted
            autoPlay
            playsInline
            aria-label={`Motion video: ${generation.prompt}`}
            className="mx-auto max-h-[40vh] rounded-xl"
          />
          <a
            href={image.motionMP4URL}
            download
            className="mx-auto text-sm font-medium text-accent-text underline-offset-2 hover:underline"
          >
            Download video (MP4)
          </a>
        </>
      ) : null}
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
