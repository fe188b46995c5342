import { useRef } from 'react';
import { zoomAtCentre } from '../../../lib/geometry/viewport.ts';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { ZOOM_STEP } from '../hooks/use-canvas-shortcuts.ts';
import { useDocumentState } from '../hooks/use-document.ts';
import { IMPORT_TYPES } from '../hooks/use-image-import.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { ToolButton } from './tool-button.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Undo, redo, clear, import, zoom: the bar above the stage. */
export function EditBar({ onImport }: { onImport: (file: File | undefined) => void }) {
  const canUndo = useDocumentState((s) => s.canUndo);
  const canRedo = useDocumentState((s) => s.canRedo);
  const scale = useCanvasUi((s) => s.viewport.scale);
  const fileInput = useRef<HTMLInputElement>(null);
  const doc = getCanvasDocument();
  const zoom = (factor: number) => {
    const ui = useCanvasUi.getState();
    ui.setViewport(zoomAtCentre(ui.viewport, factor, ui.stageSize));
  };
  return (
    <div role="toolbar" aria-label="Edit" className="flex flex-wrap items-center gap-1">
      <ToolButton
        onClick={() => doc.undo()}
        disabled={!canUndo}
        title={`Undo (${mod}Z)`}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </ToolButton>
      <ToolButton
        onClick={() => doc.redo()}
        disabled={!canRedo}
        title={`Redo (Shift+${mod}Z)`}
        aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z"
      >
        Redo
      </ToolButton>
      <ToolButton
        onClick={() => doc.clearLayer('paint')}
        title="Clear the sketch (undo brings it back)"
      >
        Clear
      </ToolButton>
      <ToolButton
        onClick={() => fileInput.current?.click()}
        title="Import an image (or drop or paste one)"
      >
        Import image
      </ToolButton>
      <input
        ref={fileInput}
        type="file"
        accept={IMPORT_TYPES.join(',')}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          onImport(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <span className="mx-1 h-6 w-px bg-border" aria-hidden="true" />
      <ToolButton onClick={() => zoom(1 / ZOOM_STEP)} title="Zoom out (-)" aria-keyshortcuts="-">
        Zoom out
      </ToolButton>
      <ToolButton onClick={() => zoom(ZOOM_STEP)} title="Zoom in (+)" aria-keyshortcuts="+">
        Zoom in
      </ToolButton>
      <ToolButton
        onClick={() => useCanvasUi.getState().fit(doc.size)}
        title="Fit the whole image (0)"
        aria-keyshortcuts="0"
      >
        Fit
      </ToolButton>
      <span className="ml-1 text-sm tabular-nums text-muted" aria-live="off">
        {Math.round(scale * 100)} %
      </span>
    </div>
  );
}
