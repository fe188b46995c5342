import { useLayoutEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../../../components/ui/button.tsx';
import { ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { ErrorAlert } from './error-alert.tsx';

const DANGER_BUTTON =
  'inline-flex items-center justify-center rounded-lg bg-danger px-3.5 py-2 text-sm font-medium ' +
  'text-bg hover:opacity-90 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel?: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Renders into its own element at the end of <body> and makes everything else inert while open,
 * so the page behind cannot be clicked, tabbed to or read out: aria-modal is then the truth.
 * Layout effects, so the page is live again before the focus trap hands focus back.
 */
function useModalHost(): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const element = document.createElement('div');
    // Elements already inert (another dialog's page) are left to whoever made them so.
    const others = [...document.body.children].filter((child) => !child.hasAttribute('inert'));
    document.body.append(element);
    for (const other of others) other.setAttribute('inert', '');
    setHost(element);
    return () => {
      for (const other of others) other.removeAttribute('inert');
      element.remove();
    };
  }, []);
  return host;
}

/**
 * "Are you sure?" for deletions: focus is trapped inside, starts on Cancel (the safe choice),
 * and Escape cancels. A failure is shown inside, so the user can try again or cancel.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel = 'Delete',
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const host = useModalHost();
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !pending) {
      event.stopPropagation();
      onCancel();
    }
  }
  if (!host) return null;
  return createPortal(
    <ModalDialog title={title} description={description}>
      <div onKeyDown={handleKeyDown} className="grid gap-4">
        {error ? <ErrorAlert error={error} prefix="Could not delete: " /> : null}
        <div className="flex items-center justify-end gap-3">
          {pending ? (
            <span role="status" className="flex items-center gap-2 text-sm text-muted">
              <Spinner />
              Deleting…
            </span>
          ) : null}
          <Button data-autofocus onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          {/* aria-disabled, not disabled: disabling the focused button would drop focus. */}
          <button
            type="button"
            className={DANGER_BUTTON}
            aria-disabled={pending}
            onClick={() => {
              if (!pending) onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>,
    host,
  );
}
