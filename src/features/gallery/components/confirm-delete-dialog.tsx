import { useId, useRef, type KeyboardEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { useFocusTrap } from '../../../hooks/use-focus-trap.ts';
import { dangerButtonClass } from '../lib/danger-button.ts';

interface ConfirmDeleteDialogProps {
  count: number;
  /** The prompt of the one generation, to name it. */
  prompt: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting: deleting removes the images from the server for good. */
export function ConfirmDeleteDialog({
  count,
  prompt,
  onConfirm,
  onCancel,
}: ConfirmDeleteDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useFocusTrap(ref);
  const title = count === 1 ? 'Delete this generation?' : `Delete ${count} generations?`;

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <div className="fixed inset-0 z-[60] flex items-center justify-center bg-bg/80 p-4 backdrop-blur-sm">
      <div
        ref={ref}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
        className="w-full max-w-sm rounded-2xl border border-border bg-surface p-6 shadow-2xl shadow-black/20"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={descriptionId} className="mt-2 text-sm text-muted">
          {prompt ? <p className="line-clamp-3 break-words text-fg">“{prompt}”</p> : null}
          <p className="mt-1">Its images are deleted from the server. This cannot be undone.</p>
        </div>
        <div className="mt-5 flex justify-end gap-2">
          <Button data-autofocus onClick={onCancel}>
            Cancel
          </Button>
          <button type="button" onClick={onConfirm} className={dangerButtonClass}>
            Delete
          </button>
        </div>
      </div>
    </div>
  );
}
