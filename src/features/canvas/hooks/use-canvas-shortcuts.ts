import { useEffect } from 'react';
import { zoomAtCentre } from '../../../lib/geometry/viewport.ts';
import { isModalOpen, isTypingTarget } from '../../../lib/keyboard-focus.ts';
import { shortcutFor } from '../lib/shortcuts.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { selectSize, stepBrushSize, useCanvasUi } from '../store/ui-store.ts';

export const ZOOM_STEP = 1.25;

/**
 * The canvas's keyboard shortcuts, while the canvas view is open, no text field has focus and no
 * dialog is open over it.
 */
export function useCanvasShortcuts(): void {
  const { doc } = useCanvasSession();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target) || isModalOpen()) return;
      const ui = useCanvasUi.getState();
      const action = shortcutFor(event, ui.mode);
      if (!action) return;
      event.preventDefault();
      switch (action.type) {
        case 'undo':
          doc.undo();
          break;
        case 'redo':
          doc.redo();
          break;
        case 'tool':
          ui.setTool(action.tool, ui.mode);
          break;
        case 'toggle-mask':
          ui.toggleMode();
          break;
        case 'brush-size':
          ui.setSize(stepBrushSize(selectSize(ui), action.direction));
          break;
        case 'zoom':
          ui.setViewport(
            zoomAtCentre(
              ui.viewport,
              action.direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP,
              ui.stageSize,
            ),
          );
          break;
        case 'fit':
          ui.fit(doc.size);
          break;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [doc]);
}
