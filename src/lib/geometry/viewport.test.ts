import { describe, expect, it } from 'vitest';
import { imagePoint, screenPoint, stagePoint } from './points.ts';
import {
  MAX_SCALE,
  MIN_SCALE,
  fitViewport,
  imageToStage,
  panBy,
  pinchViewport,
  screenToStage,
  stageToImage,
  wheelZoomFactor,
  zoomAt,
  zoomAtCentre,
} from './viewport.ts';

describe('coordinate spaces', () => {
  const viewport = { scale: 2, x: 100, y: 50 };

  it('goes from the screen to the stage by the container’s origin', () => {
    expect(screenToStage(screenPoint(130, 90), { left: 30, top: 40 })).toEqual({ x: 100, y: 50 });
  });

  it('goes from the stage to image pixels and back', () => {
    const image = stageToImage(stagePoint(300, 250), viewport);
    expect(image).toEqual({ x: 100, y: 100 });
    expect(imageToStage(image, viewport)).toEqual({ x: 300, y: 250 });
  });
});

describe('zoom and pan', () => {
  it('keeps the image point under the cursor fixed while zooming', () => {
    const viewport = { scale: 1, x: 10, y: 20 };
    const anchor = stagePoint(210, 120);
    const before = stageToImage(anchor, viewport);
    const zoomed = zoomAt(viewport, 3, anchor);
    expect(zoomed.scale).toBe(3);
    const after = stageToImage(anchor, zoomed);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps the scale', () => {
    const viewport = { scale: 1, x: 0, y: 0 };
    expect(zoomAt(viewport, 1000, stagePoint(0, 0)).scale).toBe(MAX_SCALE);
    expect(zoomAt(viewport, 0.0001, stagePoint(0, 0)).scale).toBe(MIN_SCALE);
  });

  it('zooms about the stage centre for buttons', () => {
    const viewport = zoomAtCentre({ scale: 1, x: 0, y: 0 }, 2, { width: 200, height: 100 });
    expect(viewport).toEqual({ scale: 2, x: -100, y: -50 });
  });

  it('pans by stage pixels', () => {
    expect(panBy({ scale: 2, x: 1, y: 2 }, 10, -5)).toEqual({ scale: 2, x: 11, y: -3 });
  });

  it('fits the image whole and centred', () => {
    const fit = fitViewport({ width: 1024, height: 512 }, { width: 532, height: 532 }, 10);
    expect(fit.scale).toBeCloseTo(0.5);
    expect(fit.x).toBeCloseTo(10);
    expect(fit.y).toBeCloseTo((532 - 256) / 2);
    const corner = imageToStage(imagePoint(1024, 512), fit);
    expect(corner.x).toBeCloseTo(522);
  });

  it('falls back to 1:1 for an unmeasured stage', () => {
    expect(fitViewport({ width: 512, height: 512 }, { width: 0, height: 0 })).toEqual({
      scale: 1,
      x: 0,
      y: 0,
    });
  });

  it('turns wheel deltas into zoom factors in both directions', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48));
    expect(wheelZoomFactor(1e9)).toBeCloseTo(wheelZoomFactor(400));
  });
});

describe('pinch', () => {
  it('zooms with the fingers’ spread and keeps the image under their midpoint', () => {
    const start = { scale: 1, x: 0, y: 0 };
    const next = pinchViewport(
      start,
      [stagePoint(100, 100), stagePoint(200, 100)],
      [stagePoint(50, 100), stagePoint(250, 100)],
    );
    expect(next.scale).toBe(2);
    // The image point (150, 100) was under the midpoint and still is.
    expect(imageToStage(imagePoint(150, 100), next)).toEqual({ x: 150, y: 100 });
  });

  it('pans when the fingers move together', () => {
    const next = pinchViewport(
      { scale: 2, x: 10, y: 10 },
      [stagePoint(0, 0), stagePoint(100, 0)],
      [stagePoint(30, 40), stagePoint(130, 40)],
    );
    expect(next).toEqual({ scale: 2, x: 40, y: 50 });
  });
});
