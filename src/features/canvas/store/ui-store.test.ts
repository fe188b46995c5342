import { describe, expect, it } from 'vitest';
import { clampBrushSize, stepBrushSize, useCanvasUi, selectSize, selectTool } from './ui-store.ts';

describe('canvas UI store', () => {
  it('steps the brush size by about 15 %, within its range', () => {
    expect(stepBrushSize(12, 1)).toBe(14);
    expect(stepBrushSize(12, -1)).toBe(10);
    expect(stepBrushSize(2, -1)).toBe(1);
    expect(stepBrushSize(1, -1)).toBe(1);
    expect(stepBrushSize(250, 1)).toBe(256);
    expect(clampBrushSize(0.2)).toBe(1);
  });

  it('remembers a tool and a size per mode', () => {
    const ui = useCanvasUi.getState();
    ui.setTool('lasso', 'mask');
    expect(selectTool(useCanvasUi.getState())).toBe('lasso');
    useCanvasUi.getState().setSize(99);
    useCanvasUi.getState().toggleMode();
    expect(useCanvasUi.getState().mode).toBe('sketch');
    expect(selectTool(useCanvasUi.getState())).toBe('brush');
    expect(selectSize(useCanvasUi.getState())).toBe(12);
    useCanvasUi.getState().setMode('mask');
    expect(selectSize(useCanvasUi.getState())).toBe(99);
  });

  it('fits the view to the measured stage', () => {
    useCanvasUi.getState().setStageSize({ width: 544, height: 544 });
    useCanvasUi.getState().fit({ width: 1024, height: 1024 });
    expect(useCanvasUi.getState().viewport.scale).toBeCloseTo(0.5);
  });
});
