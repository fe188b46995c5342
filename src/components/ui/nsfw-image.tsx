import { useId, useState, type ImgHTMLAttributes } from 'react';
import { Button } from './button.tsx';

type NsfwImageProps = ImgHTMLAttributes<HTMLImageElement> & {
  src: string;
  alt: string;
  /** The API's `nsfw` flag for the image: blurred until the viewer asks to see it. */
  nsfw: boolean;
  /** Classes for the wrapper, which takes the image's place in a layout. */
  frameClassName?: string;
};

/**
 * A generated image, blurred behind a "Show" button when the API flagged it `nsfw`. The choice is
 * the viewer's and lasts as long as the image is on screen; "Hide" blurs it again. Every view
 * that shows generation images renders them through this, so none shows a flagged one plainly.
 */
export function NsfwImage({ nsfw, frameClassName = '', className = '', ...img }: NsfwImageProps) {
  const [shown, setShown] = useState(false);
  const noteId = useId();
  if (!nsfw) return <img className={className} {...img} />;
  const hidden = !shown;
  return (
    <span className={`relative block overflow-hidden ${frameClassName}`}>
      <img
        {...img}
        aria-describedby={noteId}
        // Blurred hard enough that nothing can be made out; scaled so the edges stay filled.
        className={`${className} ${hidden ? 'scale-110 blur-2xl' : ''}`}
      />
      <span
        className={
          hidden
            ? 'absolute inset-0 flex flex-col items-center justify-center gap-2 bg-bg/40 p-2 text-center'
            : 'absolute top-2 right-2'
        }
      >
        {hidden ? (
          <span id={noteId} className="text-xs font-medium text-fg">
            Marked as sensitive
          </span>
        ) : (
          <span id={noteId} className="sr-only">
            Marked as sensitive, shown
          </span>
        )}
        <Button
          variant="secondary"
          onClick={(event) => {
            // Inside a clickable tile, revealing is not opening.
            event.stopPropagation();
            setShown(!shown);
          }}
        >
          {hidden ? 'Show' : 'Hide'}
        </Button>
      </span>
    </span>
  );
}
