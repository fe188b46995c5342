import type { ReactNode } from 'react';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';
import { Spinner } from './spinner.tsx';

interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel?: string;
  /** The confirmed action is running: both buttons wait, and Escape does nothing. */
  pending?: boolean;
  /** Why the action failed, shown inside so the user can try again or cancel. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" before something that cannot be undone: focus starts on Cancel (the safe
 * choice), and Escape cancels.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel = 'Delete',
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={description}
      onDismiss={pending ? undefined : onCancel}
    >
      <div className="grid gap-4">
        {error}
        <div className="flex items-center justify-end gap-3">
          {pending ? (
            <span role="status" className="flex items-center gap-2 text-sm text-muted">
              <Spinner />
              Deleting…
            </span>
          ) : null}
          <Button
            data-autofocus
            aria-disabled={pending}
            onClick={() => {
              if (!pending) onCancel();
            }}
          >
            Cancel
          </Button>
          {/* aria-disabled, not disabled: disabling the focused button would drop focus. */}
          <Button
            variant="danger"
            aria-disabled={pending}
            onClick={() => {
              if (!pending) onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
