import { useCallback, useEffect } from 'react';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { imageSize, loadImageFile } from '../document/load-image.ts';
import { noticeStore } from '../store/results-store.ts';
import { isModalOpen, isTypingTarget } from '../../../lib/keyboard-focus.ts';

export const IMPORT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** The first image among dropped or pasted files. */
export function firstImageFile(files: Iterable<File> | null | undefined): File | undefined {
  for (const file of files ?? []) if (file.type.startsWith('image/')) return file;
  return undefined;
}

/**
 * Importing an image (file picker, drag and drop, paste): it goes onto the paint layer fitted
 * whole and centred, as one undo step.
 */
export function useImageImport() {
  const importFile = useCallback(async (file: File | undefined) => {
    if (!file) {
      noticeStore.set({ tone: 'error', message: 'That is not an image file.' });
      return;
    }
    try {
      const image = await loadImageFile(file);
      getCanvasDocument().placeImage(image, imageSize(image));
      noticeStore.set({ tone: 'info', message: `Imported ${file.name || 'the image'}.` });
    } catch (error) {
      noticeStore.set({
        tone: 'error',
        message: error instanceof Error ? error.message : 'The image could not be imported.',
      });
    }
  }, []);

  // Paste anywhere in the canvas view, except into a text field.
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      if (isTypingTarget(event.target) || isModalOpen()) return;
      const file = firstImageFile(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      void importFile(file);
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [importFile]);

  return importFile;
}
