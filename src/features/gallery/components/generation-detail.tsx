import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { useCopyText } from '../../../hooks/use-copy-text.ts';
import { detailFacts } from '../lib/detail-facts.ts';
import { DetailImages } from './detail-images.tsx';

interface GenerationDetailProps {
  /** Undefined while it loads (opened from the tray before the list has it). */
  generation: Generation | undefined;
  loadError: string | null;
  modelLabel: string;
  cost: string | null;
  /** The POST /generations that makes these images again, as cURL. */
  curl: string;
  favourite: boolean;
  onToggleFavourite: () => void;
  onClose: () => void;
  onReuse: (generation: Generation) => void;
  onDelete: (generation: Generation) => void;
  /** Opens the image shown in the canvas. */
  onOpenInCanvas: (imageId: string) => void;
  /** Generate again from the image shown. */
  onUseAsInit: (imageId: string) => void;
  /** Saves the image shown, with its settings in the file. */
  onDownload: (image: { id: string; url: string }) => void;
  /** How the last download went. */
  downloadMessage: string | null;
  /** Controls that act on the image shown once it exists (motion). */
  imageActions?: (image: { id: string; url: string }) => ReactNode;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, video') !== null;

/**
 * A generation in full: its images (← →), its metadata, and what can be done with it, in the
 * studio's modal dialog (focus kept inside, Escape closes, focus goes back to the opener).
 */
export function GenerationDetail(props: GenerationDetailProps) {
  const { generation, loadError, modelLabel, cost, curl, onClose, onReuse, onDelete } = props;
  const { onOpenInCanvas, onUseAsInit, onDownload, imageActions, favourite } = props;
  const canvasNoteId = useId();
  const [imageIndex, setImageIndex] = useState(0);
  const { copy, state: copyState } = useCopyText();

  const images = generation?.generated_images ?? [];
  const index = Math.min(imageIndex, Math.max(0, images.length - 1));
  const image = images[index];

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (images.length > 1 && !isTyping(event.target)) {
      if (event.key === 'ArrowRight') setImageIndex((index + 1) % images.length);
      else if (event.key === 'ArrowLeft')
        setImageIndex((index - 1 + images.length) % images.length);
    }
  }

  return (
    <Dialog
      title="Generation details"
      size="full"
      onDismiss={onClose}
      onKeyDown={handleKeyDown}
      headerEnd={
        <Button variant="ghost" onClick={onClose} data-autofocus>
          Close
        </Button>
      }
    >
      {!generation ? (
        <p role={loadError ? 'alert' : 'status'} className="text-sm text-muted">
          {loadError ?? 'Loading the generation…'}
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <DetailImages generation={generation} index={index} onIndexChange={setImageIndex} />
          <div className="grid content-start gap-5">
            <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
              {detailFacts(generation, modelLabel, cost).map((fact) => (
                <div key={fact.term} className="contents">
                  <dt className="text-muted">{fact.term}</dt>
                  <dd className="break-words whitespace-pre-wrap">{fact.value}</dd>
                </div>
              ))}
            </dl>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" onClick={() => onReuse(generation)}>
                Reuse prompt
              </Button>
              <Button aria-pressed={favourite} onClick={props.onToggleFavourite}>
                <span aria-hidden="true" className={favourite ? 'text-amber-500' : ''}>
                  {favourite ? '★' : '☆'}
                </span>
                Favourite
              </Button>
              {image ? <Button onClick={() => onDownload(image)}>Download</Button> : null}
              <Button onClick={() => void copy(curl)}>Copy as cURL</Button>
              <Button variant="danger" onClick={() => onDelete(generation)}>
                Delete
              </Button>
            </div>
            <div>
              {/* Never a dead button: without an image (still pending) it says why it waits. */}
              <div className="flex flex-wrap gap-2">
                <Button
                  disabled={!image}
                  aria-describedby={image ? undefined : canvasNoteId}
                  onClick={() => image && onOpenInCanvas(image.id)}
                >
                  Open in canvas
                </Button>
                <Button
                  disabled={!image}
                  aria-describedby={image ? undefined : canvasNoteId}
                  onClick={() => image && onUseAsInit(image.id)}
                >
                  Use as init image
                </Button>
              </div>
              {image ? null : (
                <p id={canvasNoteId} className="mt-1 text-xs text-muted">
                  There is no image to open until the generation completes.
                </p>
              )}
            </div>
            {image && imageActions ? imageActions(image) : null}
            <p role="status" className="text-xs text-muted">
              {copyState === 'copied'
                ? 'Copied the request that makes these images again, as cURL (with $LEONARDO_API_KEY for the key).'
                : copyState === 'failed'
                  ? 'Could not copy to the clipboard.'
                  : (props.downloadMessage ?? '')}
            </p>
          </div>
        </div>
      )}
    </Dialog>
  );
}
