import { useCallback, useEffect } from 'react';
import { isModalOpen, isTypingTarget } from '../../../lib/keyboard-focus.ts';
import { imageLayer, withImage } from '../document/arrange-ops.ts';
import { useCanvasSession } from '../session/session-context.ts';

export const IMPORT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** The first image among dropped or pasted files. */
export function firstImageFile(files: Iterable<File> | null | undefined): File | undefined {
  for (const file of files ?? []) if (file.type.startsWith('image/')) return file;
  return undefined;
}

/**
 * Importing an image (file picker, drag and drop, paste): it becomes an image layer of its own,
 * fitted whole and centred, under the sketch layer strokes go to, as one undo step. The eraser
 * never touches it; the Move tool places, scales and turns it.
 */
export function useImageImport() {
  const session = useCanvasSession();
  const importFile = useCallback(
    async (file: File | undefined) => {
      const { notice } = session.results;
      if (!file) {
        notice.set({ tone: 'error', message: 'That is not an image file.' });
        return;
      }
      try {
        const name = (file.name || 'Image').replace(/\.[a-z0-9]+$/i, '');
        const input = await session.storeImage(file, name);
        if (session.isClosed) return;
        const { doc } = session;
        doc.arrange(withImage(doc.arrangement, imageLayer(input, doc.size, 'contain')));
        notice.set({ tone: 'info', message: `Imported ${file.name || 'the image'} as a layer.` });
      } catch (error) {
        notice.set({
          tone: 'error',
          message: error instanceof Error ? error.message : 'The image could not be imported.',
        });
      }
    },
    [session],
  );

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
