import { useId } from 'react';
import { loadMaskOps } from '../document/mask-ops-loader.ts';
import { FEATHER_RANGE, MASK_STEP_RANGE, TOLERANCE_RANGE } from '../lib/canvas-settings.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { BRUSH_SIZE, selectSize, selectTool, useCanvasUi } from '../store/ui-store.ts';
import { PRESSURE_MODES, type PressureMode } from '../tools/pressure.ts';
import { toolsForMode, type CanvasMode } from '../tools/tool-catalog.ts';
import { RangeField } from './range-field.tsx';
import { ToolButton } from './tool-button.tsx';

const MODES: Array<{ mode: CanvasMode; label: string }> = [
  { mode: 'sketch', label: 'Sketch' },
  { mode: 'mask', label: 'Mask' },
];

const selectClass =
  'w-full rounded-lg border border-border bg-surface px-2 py-1.5 text-sm focus-visible:outline-2';

function ModeSwitch() {
  const mode = useCanvasUi((s) => s.mode);
  const setMode = useCanvasUi((s) => s.setMode);
  return (
    <div role="group" aria-label="Mode" className="grid grid-cols-2 gap-1">
      {MODES.map((m) => (
        <ToolButton
          key={m.mode}
          pressed={mode === m.mode}
          onClick={() => setMode(m.mode)}
          title={`${m.label} mode (M switches)`}
          aria-keyshortcuts="M"
        >
          {m.label}
        </ToolButton>
      ))}
    </div>
  );
}

function ToolGroup() {
  const mode = useCanvasUi((s) => s.mode);
  const tool = useCanvasUi(selectTool);
  const setTool = useCanvasUi((s) => s.setTool);
  return (
    <div role="group" aria-label="Tools" className="grid grid-cols-2 gap-1">
      {toolsForMode(mode).map((info) => (
        <ToolButton
          key={info.id}
          pressed={tool === info.id}
          onClick={() => setTool(info.id, mode)}
          title={info.key ? `${info.label} (${info.key})` : info.label}
          aria-keyshortcuts={info.key}
        >
          {info.label}
        </ToolButton>
      ))}
    </div>
  );
}

function BrushSize() {
  const size = useCanvasUi(selectSize);
  const setSize = useCanvasUi((s) => s.setSize);
  return (
    <RangeField
      label="Brush size"
      value={size}
      min={BRUSH_SIZE.min}
      max={BRUSH_SIZE.max}
      step={1}
      onChange={setSize}
      format={(v) => `${v} px`}
      hint="[ and ] change it too"
    />
  );
}

function PenPressure() {
  const id = useId();
  const pressure = useCanvasSettings((s) => s.settings.pressure);
  const update = useCanvasSettings((s) => s.update);
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Pen pressure sets
      </label>
      <select
        id={id}
        value={pressure}
        onChange={(event) => update({ pressure: event.target.value as PressureMode })}
        className={selectClass}
      >
        {PRESSURE_MODES.map(({ mode, label }) => (
          <option key={mode} value={mode}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SketchOptions() {
  const { doc } = useCanvasSession();
  const colour = useCanvasUi((s) => s.colour);
  const opacity = useCanvasUi((s) => s.opacity);
  const fillShapes = useCanvasUi((s) => s.fillShapes);
  const ui = useCanvasUi.getState;
  return (
    <>
      <label className="flex items-center justify-between gap-2 text-sm font-medium">
        Brush colour
        <input
          type="color"
          value={colour}
          onChange={(event) => ui().setColour(event.target.value)}
          className="h-8 w-12 cursor-pointer rounded border border-border bg-surface"
        />
      </label>
      <BrushSize />
      <RangeField
        label="Opacity"
        value={Math.round(opacity * 100)}
        min={5}
        max={100}
        step={5}
        onChange={(v) => ui().setOpacity(v / 100)}
        format={(v) => `${v} %`}
      />
      <PenPressure />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={fillShapes}
          onChange={(event) => ui().setFillShapes(event.target.checked)}
          className="size-4 accent-accent"
        />
        Fill rectangles and ellipses
      </label>
      <ToolButton
        onClick={() => doc.setBackground(ui().colour)}
        title="Fill the background with the brush colour"
      >
        Fill
      </ToolButton>
    </>
  );
}

function MaskOptions() {
  const { doc } = useCanvasSession();
  const feather = useCanvasSettings((s) => s.settings.feather);
  const tolerance = useCanvasSettings((s) => s.settings.wandTolerance);
  const contiguous = useCanvasSettings((s) => s.settings.wandContiguous);
  const step = useCanvasSettings((s) => s.settings.maskStep);
  const update = useCanvasSettings((s) => s.update);
  const coverage = useDocumentState((s) => s.maskCoverage);
  const empty = coverage === 0;
  return (
    <>
      <BrushSize />
      <RangeField
        label="Tolerance"
        value={tolerance}
        min={TOLERANCE_RANGE.min}
        max={TOLERANCE_RANGE.max}
        step={1}
        onChange={(v) => update({ wandTolerance: v })}
        hint="How far a colour may be from the one the magic wand clicked"
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={contiguous}
          onChange={(event) => update({ wandContiguous: event.target.checked })}
          className="size-4 accent-accent"
        />
        Magic wand: connected area only
      </label>
      <RangeField
        label="Feather"
        value={feather}
        min={FEATHER_RANGE.min}
        max={FEATHER_RANGE.max}
        step={1}
        onChange={(v) => update({ feather: v })}
        format={(v) => `${v} px`}
        hint="How soft the mask's edge is when it is sent"
      />
      <RangeField
        label="Grow or shrink by"
        value={step}
        min={MASK_STEP_RANGE.min}
        max={MASK_STEP_RANGE.max}
        step={1}
        onChange={(v) => update({ maskStep: v })}
        format={(v) => `${v} px`}
      />
      <div className="grid grid-cols-2 gap-1">
        <ToolButton
          onClick={() => void loadMaskOps().then((ops) => ops.growMask(doc, step))}
          disabled={empty}
        >
          Grow mask
        </ToolButton>
        <ToolButton
          onClick={() => void loadMaskOps().then((ops) => ops.shrinkMask(doc, step))}
          disabled={empty}
        >
          Shrink mask
        </ToolButton>
        <ToolButton onClick={() => void loadMaskOps().then((ops) => ops.invertMask(doc))}>
          Invert mask
        </ToolButton>
        <ToolButton onClick={() => doc.clearLayer(doc.mask.id)} disabled={empty}>
          Clear mask
        </ToolButton>
      </div>
      <p className="text-xs text-muted">
        White areas of the mask are repainted by Inpaint; the rest is kept.
      </p>
    </>
  );
}

/** Mode, tools and brush. */
export function ToolPanel() {
  const mode = useCanvasUi((s) => s.mode);
  return (
    <section aria-label="Tools and brush" className="grid content-start gap-3">
      <ModeSwitch />
      <ToolGroup />
      {mode === 'sketch' ? <SketchOptions /> : <MaskOptions />}
    </section>
  );
}
