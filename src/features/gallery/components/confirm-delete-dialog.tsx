import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';

interface ConfirmDeleteDialogProps {
  count: number;
  /** The prompt of the one generation, to name it. */
  prompt: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting: deleting removes the images from the server for good. The deletion
 * itself is optimistic (History removes the items at once), so the dialog closes on confirm.
 */
export function ConfirmDeleteDialog({
  count,
  prompt,
  onConfirm,
  onCancel,
}: ConfirmDeleteDialogProps) {
  return (
    <ConfirmDialog
      title={count === 1 ? 'Delete this generation?' : `Delete ${count} generations?`}
      description={
        <>
          {prompt ? <p className="line-clamp-3 break-words text-fg">“{prompt}”</p> : null}
          <p className="mt-1">
            {count === 1 ? 'Its images are' : 'Their images are'} deleted from the server. This
            cannot be undone.
          </p>
        </>
      }
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
