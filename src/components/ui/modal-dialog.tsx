import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useFocusTrap } from '../../hooks/use-focus-trap.ts';

interface ModalDialogProps {
  title: string;
  /** h1 when the dialog is the whole page (the connect screen), h2 over a page that has its own. */
  headingLevel?: 'h1' | 'h2';
  description?: ReactNode;
  /** Escape calls it; without it the dialog cannot be dismissed (the connect screen). */
  onDismiss?: () => void;
  /** A wider panel for content laid out in columns. */
  wide?: boolean;
  /** alertdialog for a question that needs an answer before going on (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

/**
 * A modal dialog that traps focus. Callers render it only when it is open and render nothing else
 * interactive beside it, so aria-modal is truthful without making siblings inert.
 */
export function ModalDialog({
  title,
  headingLevel = 'h2',
  description,
  onDismiss,
  wide = false,
  role = 'dialog',
  children,
}: ModalDialogProps) {
  const Heading = headingLevel;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useFocusTrap(ref);
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && onDismiss) {
      event.stopPropagation();
      onDismiss();
    }
  }
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-bg/80 p-4 backdrop-blur-sm sm:items-center">
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
        className={`my-8 w-full ${wide ? 'max-w-4xl' : 'max-w-md'} rounded-2xl border border-border bg-surface p-6 shadow-2xl shadow-black/20 focus:outline-none`}
      >
        <Heading id={titleId} className="text-xl font-semibold tracking-tight">
          {title}
        </Heading>
        {description ? (
          <div id={descriptionId} className="mt-1.5 text-sm text-muted">
            {description}
          </div>
        ) : null}
        <div className="mt-5">{children}</div>
      </div>
    </div>
  );
}
