import { lazy, Suspense } from 'react';
import {
  canDelete,
  withLayerMoved,
  withSketchLayer,
  withoutLayer,
} from '../document/arrange-ops.ts';
import type { LayerView } from '../document/layers.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { useCanvasUi } from '../store/ui-store.ts';
import { RangeField } from './range-field.tsx';
import { ToolButton } from './tool-button.tsx';

// Shown only once an image layer is selected: its code loads then.
const PlacementFields = lazy(() =>
  import('./placement-fields.tsx').then((m) => ({ default: m.PlacementFields })),
);

interface RowProps {
  layer: Pick<LayerView, 'id' | 'name' | 'visible' | 'opacity'> & {
    kind: LayerView['kind'] | 'mask';
  };
  selected: boolean;
  first: boolean;
  last: boolean;
  deletable: boolean;
}

function LayerRow({ layer, selected, first, last, deletable }: RowProps) {
  const { doc } = useCanvasSession();
  const isMask = layer.kind === 'mask';
  const move = (direction: 1 | -1) => {
    const next = withLayerMoved(doc.arrangement, layer.id, direction);
    if (next) doc.arrange(next);
  };
  const select = () => {
    if (isMask) {
      useCanvasUi.getState().setMode('mask');
      return;
    }
    doc.select(layer.id);
    const ui = useCanvasUi.getState();
    if (layer.kind === 'image') ui.setTool('move', 'sketch');
    else if (ui.mode === 'mask' || ui.tools.sketch === 'move') ui.setTool('brush', 'sketch');
  };
  const remove = () => {
    if (isMask) doc.clearLayer(layer.id);
    else doc.arrange(withoutLayer(doc.arrangement, layer.id));
  };
  const kind = layer.kind === 'image' ? 'image' : layer.kind === 'sketch' ? 'sketch' : 'mask';
  return (
    <li
      aria-label={layer.name}
      className={
        'grid gap-1.5 rounded-lg border p-2 ' +
        (selected ? 'border-accent bg-surface-raised' : 'border-border')
      }
    >
      <div className="flex items-center gap-1">
        <ToolButton
          pressed={selected}
          onClick={select}
          aria-label={`Select ${layer.name}`}
          className="min-w-0 flex-1 justify-start truncate"
          title={isMask ? 'Paint the mask (M)' : `Draw on or place ${layer.name}`}
        >
          {layer.name}
          <span className="text-xs font-normal">· {kind}</span>
        </ToolButton>
        <ToolButton
          aria-label={`${layer.visible ? 'Hide' : 'Show'} ${layer.name}`}
          onClick={() => doc.setLayerProps(layer.id, { visible: !layer.visible })}
        >
          {layer.visible ? 'Hide' : 'Show'}
        </ToolButton>
      </div>
      <RangeField
        label={`Opacity of ${layer.name}`}
        value={Math.round(layer.opacity * 100)}
        min={0}
        max={100}
        step={5}
        onChange={(v) => doc.setLayerProps(layer.id, { opacity: v / 100 }, 'opacity')}
        format={(v) => `${v} %`}
      />
      <div className="flex gap-1">
        {isMask ? null : (
          <>
            <ToolButton
              aria-label={`Move ${layer.name} up`}
              disabled={first}
              onClick={() => move(1)}
            >
              Up
            </ToolButton>
            <ToolButton
              aria-label={`Move ${layer.name} down`}
              disabled={last}
              onClick={() => move(-1)}
            >
              Down
            </ToolButton>
          </>
        )}
        <ToolButton
          aria-label={`Delete ${layer.name}`}
          disabled={!deletable}
          onClick={remove}
          title={
            isMask
              ? 'Empty the mask (undo brings it back)'
              : deletable
                ? 'Undo brings it back'
                : 'The canvas keeps one sketch layer to draw on; Clear empties it'
          }
        >
          Delete
        </ToolButton>
      </div>
    </li>
  );
}

/** The layers, top first as they are seen: the mask, then images and sketch layers. */
export function LayersPanel() {
  const { doc } = useCanvasSession();
  const layers = useDocumentState((s) => s.layers);
  const selectedId = useDocumentState((s) => s.selectedId);
  const maskVisible = useDocumentState((s) => s.mask.visible);
  const maskOpacity = useDocumentState((s) => s.mask.opacity);
  const maskCoverage = useDocumentState((s) => s.maskCoverage);
  const mode = useCanvasUi((s) => s.mode);
  const maskId = doc.mask.id;
  const topFirst = [...layers].reverse();
  const selected = layers.find((layer) => layer.id === selectedId);
  return (
    <section aria-labelledby="layers-heading" className="grid content-start gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="layers-heading" className="text-sm font-semibold">
          Layers
        </h2>
        <ToolButton onClick={() => doc.arrange(withSketchLayer(doc.arrangement))}>
          Add sketch layer
        </ToolButton>
      </div>
      <ul aria-labelledby="layers-heading" className="grid gap-1.5">
        <LayerRow
          layer={{
            id: maskId,
            kind: 'mask',
            name: 'Mask',
            visible: maskVisible,
            opacity: maskOpacity,
          }}
          selected={mode === 'mask'}
          first
          last
          deletable={maskCoverage > 0}
        />
        {topFirst.map((layer, i) => (
          <LayerRow
            key={layer.id}
            layer={layer}
            selected={mode === 'sketch' && layer.id === selectedId}
            first={i === 0}
            last={i === topFirst.length - 1}
            deletable={canDelete(doc.arrangement, layer.id)}
          />
        ))}
      </ul>
      {selected?.kind === 'image' ? (
        <Suspense fallback={null}>
          <PlacementFields layer={selected} />
        </Suspense>
      ) : null}
    </section>
  );
}
