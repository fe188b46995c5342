import { fitPlacement, type Placement } from '../../../lib/geometry/placement.ts';
import type { LayerView } from '../document/layers.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { ToolButton } from './tool-button.tsx';

const numberClass =
  'w-full rounded-md border border-border bg-surface px-2 py-1 text-sm tabular-nums focus-visible:outline-2';

/** The selected image's place in the frame, by number: the Transformer's keyboard way. */
export function PlacementFields({ layer }: { layer: LayerView }) {
  const { doc } = useCanvasSession();
  const frame = useDocumentState((s) => s.size);
  const p = layer.placement!;
  const set = (key: keyof Placement, value: number) => {
    if (!Number.isFinite(value)) return;
    const next = { ...p, [key]: value };
    // Width and height keep the image's proportions, as the Transformer's corners do.
    if (key === 'width') next.height = (value / p.width) * p.height;
    if (key === 'height') next.width = (value / p.height) * p.width;
    if (next.width < 1 || next.height < 1) return;
    doc.setLayerProps(layer.id, { placement: next }, `placement-${key}`);
  };
  const fields: Array<[keyof Placement, string]> = [
    ['x', 'X'],
    ['y', 'Y'],
    ['width', 'Width'],
    ['height', 'Height'],
    ['rotation', 'Rotation'],
  ];
  const fit = (mode: 'contain' | 'cover') =>
    doc.setLayerProps(layer.id, { placement: fitPlacement(layer.sourceSize!, frame, mode) });
  return (
    <fieldset className="grid gap-2 rounded-lg border border-border p-2">
      <legend className="px-1 text-xs font-semibold">Place {layer.name}</legend>
      <div className="grid grid-cols-3 gap-1">
        {fields.map(([key, label]) => (
          <label key={key} className="grid gap-0.5 text-xs">
            {label}
            <input
              type="number"
              step={1}
              value={Math.round(p[key] * 10) / 10}
              onChange={(event) => set(key, Number(event.target.value))}
              className={numberClass}
            />
          </label>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-1">
        <ToolButton onClick={() => fit('contain')}>Fit to frame</ToolButton>
        <ToolButton onClick={() => fit('cover')}>Fill frame</ToolButton>
      </div>
      <p className="text-xs text-muted">
        Or drag it with the Move image tool (V); the arrow keys nudge it.
      </p>
    </fieldset>
  );
}
