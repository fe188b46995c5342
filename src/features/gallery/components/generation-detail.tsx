import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useCopyText } from '../../../hooks/use-copy-text.ts';
import { useFocusTrap } from '../../../hooks/use-focus-trap.ts';
import { detailFacts } from '../lib/detail-facts.ts';
import { DetailImages } from './detail-images.tsx';

interface GenerationDetailProps {
  /** Undefined while it loads (opened from the tray before the list has it). */
  generation: Generation | undefined;
  loadError: string | null;
  modelLabel: string;
  cost: string | null;
  /** GET /generations/{id} as cURL. */
  curl: string;
  onClose: () => void;
  onReuse: (generation: Generation) => void;
  onDelete: (generation: Generation) => void;
  /** Opens the image shown in the realtime canvas (through /canvas?open=…&generation=…). */
  onOpenInCanvas: (imageUrl: string) => void;
  /** Controls that act on the image shown once it exists (motion). */
  imageActions?: (image: { id: string; url: string }) => ReactNode;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, video') !== null;

/**
 * A generation in full: its images (← →), its metadata, and what can be done with it. A modal
 * dialog that keeps focus inside and closes with Escape.
 */
export function GenerationDetail(props: GenerationDetailProps) {
  const { generation, loadError, modelLabel, cost, curl, onClose, onReuse, onDelete } = props;
  const { onOpenInCanvas, imageActions } = props;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const canvasNoteId = useId();
  const [imageIndex, setImageIndex] = useState(0);
  const { copy, state: copyState } = useCopyText();
  useFocusTrap(ref);

  const images = generation?.generated_images ?? [];
  const index = Math.min(imageIndex, Math.max(0, images.length - 1));
  const image = images[index];

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (images.length > 1 && !isTyping(event.target)) {
      if (event.key === 'ArrowRight') setImageIndex((index + 1) % images.length);
      else if (event.key === 'ArrowLeft')
        setImageIndex((index - 1 + images.length) % images.length);
    }
  }

  return (
    <div className="fixed inset-0 z-50 overflow-y-auto bg-bg/85 p-4 backdrop-blur-sm">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
        className="mx-auto my-6 max-w-6xl rounded-2xl border border-border bg-surface p-5 shadow-2xl shadow-black/20 focus:outline-none"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold">
            Generation details
          </h2>
          <Button variant="ghost" onClick={onClose} data-autofocus>
            Close
          </Button>
        </div>
        {!generation ? (
          <p role={loadError ? 'alert' : 'status'} className="mt-4 text-sm text-muted">
            {loadError ?? 'Loading the generation…'}
          </p>
        ) : (
          <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
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
                {image ? (
                  <a
                    href={image.url}
                    download
                    className="inline-flex items-center justify-center rounded-lg border border-border bg-surface px-3.5 py-2 text-sm font-medium text-fg hover:bg-surface-raised"
                  >
                    Download
                  </a>
                ) : null}
                <Button onClick={() => void copy(curl)}>Copy as cURL</Button>
                <Button variant="danger" onClick={() => onDelete(generation)}>
                  Delete
                </Button>
              </div>
              <div>
                {/* Never a dead button: without an image (still pending) it says why it waits. */}
                <Button
                  disabled={!image}
                  aria-describedby={image ? undefined : canvasNoteId}
                  onClick={() => image && onOpenInCanvas(image.url)}
                >
                  Open in canvas
                </Button>
                {image ? null : (
                  <p id={canvasNoteId} className="mt-1 text-xs text-muted">
                    There is no image to open until the generation completes.
                  </p>
                )}
              </div>
              {image && imageActions ? imageActions(image) : null}
              <p role="status" className="text-xs text-muted">
                {copyState === 'copied'
                  ? 'Copied the request as cURL (with $LEONARDO_API_KEY for the key).'
                  : copyState === 'failed'
                    ? 'Could not copy to the clipboard.'
                    : ''}
              </p>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
