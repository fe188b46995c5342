import { freehandTool } from './freehand-tool.ts';
import { lassoTool } from './lasso-tool.ts';
import { moveTool, pickerTool, wandTool } from './click-tools.ts';
import { shapeTool } from './shape-tool.ts';
import type { ToolConfig, ToolEffect, ToolInput, ToolMachine } from './tool-types.ts';

export type CanvasMode = 'sketch' | 'mask';
/** A tool paints on the selected sketch layer or on the mask. */
export type LayerId = 'paint' | 'mask';
/** How a finished stroke goes into its layer. */
export type Blend = 'over' | 'erase';

export type ToolId =
  | 'brush'
  | 'eraser'
  | 'line'
  | 'rectangle'
  | 'ellipse'
  | 'picker'
  | 'move'
  | 'mask-brush'
  | 'mask-eraser'
  | 'mask-rectangle'
  | 'lasso'
  | 'magic-wand';

export interface ToolInfo {
  id: ToolId;
  /** The button's accessible name. */
  label: string;
  mode: CanvasMode;
  layer: LayerId;
  blend: Blend;
  /** Single-key shortcut shown in the button's title, if any. */
  key?: string;
  machine: ToolMachine<unknown>;
}

// Each machine has its own state type; the session stores it opaquely, so it is erased here once.
const tool = <S>(info: Omit<ToolInfo, 'machine'>, machine: ToolMachine<S>): ToolInfo => ({
  ...info,
  machine: machine as unknown as ToolMachine<unknown>,
});

export const TOOLS: readonly ToolInfo[] = [
  tool(
    { id: 'brush', label: 'Brush', mode: 'sketch', layer: 'paint', blend: 'over', key: 'B' },
    freehandTool,
  ),
  tool(
    { id: 'eraser', label: 'Eraser', mode: 'sketch', layer: 'paint', blend: 'erase', key: 'E' },
    freehandTool,
  ),
  tool(
    { id: 'line', label: 'Line', mode: 'sketch', layer: 'paint', blend: 'over', key: 'L' },
    shapeTool('line'),
  ),
  tool(
    {
      id: 'rectangle',
      label: 'Rectangle',
      mode: 'sketch',
      layer: 'paint',
      blend: 'over',
      key: 'R',
    },
    shapeTool('rectangle'),
  ),
  tool(
    { id: 'ellipse', label: 'Ellipse', mode: 'sketch', layer: 'paint', blend: 'over', key: 'O' },
    shapeTool('ellipse'),
  ),
  tool(
    {
      id: 'picker',
      label: 'Colour picker',
      mode: 'sketch',
      layer: 'paint',
      blend: 'over',
      key: 'I',
    },
    pickerTool,
  ),
  tool(
    { id: 'move', label: 'Move image', mode: 'sketch', layer: 'paint', blend: 'over', key: 'V' },
    moveTool,
  ),
  tool(
    { id: 'mask-brush', label: 'Mask brush', mode: 'mask', layer: 'mask', blend: 'over', key: 'B' },
    freehandTool,
  ),
  tool(
    {
      id: 'mask-eraser',
      label: 'Mask eraser',
      mode: 'mask',
      layer: 'mask',
      blend: 'erase',
      key: 'E',
    },
    freehandTool,
  ),
  tool(
    {
      id: 'mask-rectangle',
      label: 'Mask rectangle',
      mode: 'mask',
      layer: 'mask',
      blend: 'over',
      key: 'R',
    },
    shapeTool('rectangle', { alwaysFill: true }),
  ),
  tool(
    { id: 'lasso', label: 'Lasso', mode: 'mask', layer: 'mask', blend: 'over', key: 'L' },
    lassoTool,
  ),
  tool(
    {
      id: 'magic-wand',
      label: 'Magic wand',
      mode: 'mask',
      layer: 'mask',
      blend: 'over',
      key: 'W',
    },
    wandTool,
  ),
];

export function toolInfo(id: ToolId): ToolInfo {
  const info = TOOLS.find((candidate) => candidate.id === id);
  if (!info) throw new Error(`Unknown tool ${id}`);
  return info;
}

export const toolsForMode = (mode: CanvasMode) => TOOLS.filter((info) => info.mode === mode);

/** The tool a single-key shortcut selects in a mode (B and E mean the mask brush in mask mode). */
export function toolForKey(mode: CanvasMode, key: string): ToolId | undefined {
  const upper = key.toUpperCase();
  return TOOLS.find((info) => info.mode === mode && info.key === upper)?.id;
}

/** Runs one tool's machine, holding its state between pointer events. */
export class ToolSession {
  private state: unknown;

  constructor(readonly info: ToolInfo) {
    this.state = info.machine.initial;
  }

  handle(input: ToolInput, config: ToolConfig): ToolEffect[] {
    const { state, effects } = this.info.machine.step(this.state, input, config);
    this.state = state;
    return effects;
  }

  get active(): boolean {
    return this.info.machine.isActive(this.state);
  }
}
