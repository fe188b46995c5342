import { getCanvasDocument } from '../document/canvas-session.ts';
import { useDocumentState } from '../hooks/use-document.ts';
import { FEATHER_RANGE } from '../lib/canvas-settings.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { BRUSH_SIZE, selectSize, selectTool, useCanvasUi } from '../store/ui-store.ts';
import { toolsForMode, type CanvasMode } from '../tools/tool-catalog.ts';
import { RangeField } from './range-field.tsx';
import { ToolButton } from './tool-button.tsx';

const MODES: Array<{ mode: CanvasMode; label: string }> = [
  { mode: 'sketch', label: 'Sketch' },
  { mode: 'mask', label: 'Mask' },
];

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

function SketchOptions() {
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
        onClick={() => getCanvasDocument().setBackground(ui().colour)}
        title="Fill the background with the brush colour"
      >
        Fill
      </ToolButton>
    </>
  );
}

function MaskOptions() {
  const feather = useCanvasSettings((s) => s.settings.feather);
  const update = useCanvasSettings((s) => s.update);
  const coverage = useDocumentState((s) => s.maskCoverage);
  const doc = getCanvasDocument();
  return (
    <>
      <BrushSize />
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
      <div className="grid grid-cols-2 gap-1">
        <ToolButton onClick={() => doc.invertMask()}>Invert mask</ToolButton>
        <ToolButton onClick={() => doc.clearLayer('mask')} disabled={coverage === 0}>
          Clear mask
        </ToolButton>
      </div>
      <p className="text-xs text-muted">
        White areas of the mask are repainted by Inpaint; the rest is kept.
      </p>
    </>
  );
}

/** Mode, tools and brush: the left column. */
export function ToolPanel() {
  const mode = useCanvasUi((s) => s.mode);
  return (
    <div className="grid content-start gap-3 rounded-xl border border-border bg-surface p-3">
      <ModeSwitch />
      <ToolGroup />
      {mode === 'sketch' ? <SketchOptions /> : <MaskOptions />}
    </div>
  );
}
