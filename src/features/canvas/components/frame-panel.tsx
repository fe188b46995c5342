import { useId } from 'react';
import { extendFrame, type ExtendSide } from '../../../lib/geometry/frame.ts';
import { resample } from '../document/resample.ts';
import { OUTPUT_SIZES, parseSizeKey, sizeKey, sizeLabel } from '../lib/canvas-settings.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { ToolButton } from './tool-button.tsx';

const SIDES: Array<{ side: ExtendSide; label: string }> = [
  { side: 'left', label: 'Extend left' },
  { side: 'right', label: 'Extend right' },
  { side: 'up', label: 'Extend up' },
  { side: 'down', label: 'Extend down' },
];

/**
 * The frame: its size (and so its aspect ratio) chosen directly, or grown on one side to the
 * next size the API accepts for outpainting; Outpaint then fills the new area.
 */
export function FramePanel() {
  const { doc } = useCanvasSession();
  const size = useDocumentState((s) => s.size);
  const fresh = useDocumentState((s) => s.fresh.length);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="grid content-start gap-2">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Frame {size.width} × {size.height}
      </h2>
      <div className="grid gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Frame size
        </label>
        <select
          id={id}
          value={sizeKey(size)}
          onChange={(event) => {
            const next = parseSizeKey(event.target.value);
            if (next) void resample(doc, next);
          }}
          className="w-full rounded-lg border border-border bg-surface px-2 py-1.5 text-sm focus-visible:outline-2"
        >
          {OUTPUT_SIZES.map((option) => (
            <option key={sizeKey(option)} value={sizeKey(option)}>
              {sizeLabel(option)}
            </option>
          ))}
        </select>
      </div>
      <div role="group" aria-label="Extend the frame" className="grid grid-cols-2 gap-1">
        {SIDES.map(({ side, label }) => {
          const grown = extendFrame(size, side);
          return (
            <ToolButton
              key={side}
              disabled={!grown}
              onClick={() => doc.extend(side)}
              title={
                grown
                  ? `Grow to ${grown.size.width} × ${grown.size.height}, keeping everything`
                  : 'The frame is as large as the API allows on this side'
              }
            >
              {label}
            </ToolButton>
          );
        })}
      </div>
      <p className="text-xs text-muted">
        {fresh > 0
          ? 'The outlined new area is empty: Outpaint fills it, blending into the picture.'
          : 'Extend the frame, then Outpaint fills the new area.'}
      </p>
    </section>
  );
}
