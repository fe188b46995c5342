import {
  useEffectEvent,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'video[controls]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[inert]') && !element.hidden,
  );
}

const SIZES = {
  narrow: 'max-w-md',
  wide: 'max-w-4xl',
  full: 'max-w-6xl',
} as const;

interface DialogProps {
  title: string;
  /** h1 when the dialog is the whole page (the connect screen), h2 over a page that has its own. */
  headingLevel?: 'h1' | 'h2';
  description?: ReactNode;
  /** Escape (or any other close request) calls it; without it the dialog stays until its owner removes it. */
  onDismiss?: (() => void) | undefined;
  /** alertdialog for a question that needs an answer before going on (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  size?: keyof typeof SIZES;
  /** Beside the title, e.g. a Close button. */
  headerEnd?: ReactNode;
  /** Keys the dialog's content handles itself (the image arrows of a generation's details). */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/**
 * The studio's one modal: a native <dialog> opened with showModal(), so the browser puts it on
 * top and makes the page behind it inert. Focus starts on the element marked `data-autofocus`
 * (else the first control), Tab and Shift+Tab go round inside it, Escape dismisses it, and
 * focus goes back to whatever had it when it closes. Callers render it while it is open.
 */
export function Dialog({
  title,
  headingLevel = 'h2',
  description,
  onDismiss,
  role = 'dialog',
  size = 'narrow',
  headerEnd,
  onKeyDown,
  children,
}: DialogProps) {
  const Heading = headingLevel;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const dismiss = useEffectEvent(() => onDismiss?.());

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let closing = false;
    if (!dialog.open) dialog.showModal();
    const initial =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(dialog)[0] ?? dialog;
    initial.focus();

    // A close request the keydown handler did not see (focus was on <body>, say) still
    // dismisses, or is refused, as the owner decides.
    function onCancel(event: Event) {
      event.preventDefault();
      dismiss();
    }
    // Browsers may close a dialog that refused a close request twice without a user gesture
    // in between; while its owner still renders it, it opens again.
    function onClose() {
      if (!closing && dialog?.isConnected) dialog.showModal();
    }
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    return () => {
      closing = true;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      // Handled here, so the browser's own close request never fires.
      event.preventDefault();
      event.stopPropagation();
      onDismiss?.();
      return;
    }
    if (event.key === 'Tab') {
      const dialog = event.currentTarget;
      const items = focusableIn(dialog);
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
      } else if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    onKeyDown?.(event);
  }

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      className={`m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] ${SIZES[size]} overflow-y-auto rounded-2xl border border-border bg-surface p-6 text-fg shadow-2xl shadow-black/20 backdrop:bg-bg/80 backdrop:backdrop-blur-sm focus:outline-none`}
    >
      <div className="flex items-start justify-between gap-4">
        <Heading id={titleId} className="text-xl font-semibold tracking-tight">
          {title}
        </Heading>
        {headerEnd}
      </div>
      {description ? (
        <div id={descriptionId} className="mt-1.5 text-sm text-muted">
          {description}
        </div>
      ) : null}
      <div className="mt-5">{children}</div>
    </dialog>
  );
}
