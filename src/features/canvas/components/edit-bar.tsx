import { useRef } from 'react';
import { zoomAtCentre } from '../../../lib/geometry/viewport.ts';
import { encodeFramePng } from '../document/export.ts';
import { ZOOM_STEP } from '../hooks/use-canvas-shortcuts.ts';
import { IMPORT_TYPES } from '../hooks/use-image-import.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { ToolButton } from './tool-button.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

interface EditBarProps {
  onImport: (file: File | undefined) => void;
  onUseAsInitImage?: ((image: Blob, name: string) => void) | undefined;
}

/** Undo, redo, clear, import, zoom: the bar above the stage. */
export function EditBar({ onImport, onUseAsInitImage }: EditBarProps) {
  const session = useCanvasSession();
  const { doc } = session;
  const canUndo = useDocumentState((s) => s.canUndo);
  const canRedo = useDocumentState((s) => s.canRedo);
  const scale = useCanvasUi((s) => s.viewport.scale);
  const fileInput = useRef<HTMLInputElement>(null);
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
        onClick={() => {
          const target = doc.sketchTarget;
          if (target) doc.clearLayer(target.id);
        }}
        title="Clear the sketch layer strokes go to (undo brings it back)"
      >
        Clear
      </ToolButton>
      <ToolButton
        onClick={() => fileInput.current?.click()}
        title="Import an image as a layer (or drop or paste one)"
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
      {onUseAsInitImage ? (
        <ToolButton
          onClick={() => {
            encodeFramePng(doc).then(
              (blob) => onUseAsInitImage(blob, `canvas-${doc.size.width}x${doc.size.height}.png`),
              (error: unknown) =>
                session.results.notice.set({
                  tone: 'error',
                  message:
                    error instanceof Error ? error.message : 'The canvas could not be encoded.',
                }),
            );
          }}
          title="Send the composited canvas to Generate as its init image"
        >
          Use as init image
        </ToolButton>
      ) : null}
      <span className="mx-1 h-6 w-px bg-border" aria-hidden="true" />
      <ToolButton
        onClick={() => zoom(1 / ZOOM_STEP)}
        aria-label="Zoom out"
        title="Zoom out (-)"
        aria-keyshortcuts="-"
        className="w-9"
      >
        −
      </ToolButton>
      <ToolButton
        onClick={() => zoom(ZOOM_STEP)}
        aria-label="Zoom in"
        title="Zoom in (+)"
        aria-keyshortcuts="+"
        className="w-9"
      >
        +
      </ToolButton>
      <ToolButton
        onClick={() => useCanvasUi.getState().fit(doc.size)}
        title="Fit the whole frame (0)"
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
