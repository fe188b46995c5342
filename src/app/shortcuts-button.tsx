import { lazy, Suspense, useEffect, useState } from 'react';
import { isModalOpen, isTypingTarget } from '../lib/keyboard-focus.ts';

// The sheet and its catalog are needed only once asked for: not on the first screen.
const ShortcutsSheet = lazy(() =>
  import('./shortcuts-sheet.tsx').then((module) => ({ default: module.ShortcutsSheet })),
);

/**
 * The header's way to the shortcuts sheet, and the `?` key that opens it from anywhere: not while
 * typing (a `?` in a prompt is a question mark) and not over another dialog, whose focus trap
 * would fight this one's.
 */
export function ShortcutsButton() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target) || isModalOpen()) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        title="Keyboard shortcuts (?)"
        className="inline-flex size-9 items-center justify-center rounded-lg text-muted transition-colors hover:bg-surface-raised hover:text-fg"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-5"
        >
          <rect x="2.5" y="6" width="19" height="12" rx="2" />
          <path d="M6.5 10h.01M10 10h.01M13.5 10h.01M17 10h.01M8 14h8" />
        </svg>
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShortcutsSheet onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
