/** Keys typed into a text field or a select belong to it, not to the studio's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/**
 * A modal dialog is open: keys (and pastes) belong to it, not to the page behind it, even when
 * the page listens on window. The studio's dialogs are <dialog> elements opened with showModal()
 * (src/components/ui/dialog.tsx), so an open one is modal; an element marked aria-modal counts
 * too.
 */
export function isModalOpen(root: ParentNode = document): boolean {
  return root.querySelector('dialog[open], [aria-modal="true"]:not(dialog)') !== null;
}
