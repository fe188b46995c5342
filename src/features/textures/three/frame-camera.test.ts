import { describe, expect, it } from 'vitest';
import { cameraDistanceForSphere, normalisingScale } from './frame-camera.ts';

describe('camera framing', () => {
  it('backs off so the sphere fills the narrower field of view', () => {
    // 90° vertical, square viewport, no margin: d = r / sin(45°).
    expect(cameraDistanceForSphere(1, 90, 1, 1)).toBeCloseTo(Math.SQRT2);
    // A tall, narrow viewport: the horizontal field is narrower and decides.
    expect(cameraDistanceForSphere(1, 90, 0.5, 1)).toBeGreaterThan(Math.SQRT2);
    // A wide viewport: the vertical field decides as before.
    expect(cameraDistanceForSphere(1, 90, 2, 1)).toBeCloseTo(Math.SQRT2);
  });

  it('scales with the radius and the margin', () => {
    expect(cameraDistanceForSphere(2, 45, 1)).toBeCloseTo(2 * cameraDistanceForSphere(1, 45, 1));
    expect(cameraDistanceForSphere(1, 45, 1, 1.5)).toBeGreaterThan(
      cameraDistanceForSphere(1, 45, 1),
    );
  });

  it('normalises the largest side', () => {
    expect(normalisingScale([4, 1, 2])).toBe(0.5);
    expect(normalisingScale([0, 0, 0])).toBe(1);
  });
});
