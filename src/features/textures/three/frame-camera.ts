/**
 * How far back a perspective camera must stand to see a sphere of `radius` whole, for a
 * vertical field of view in degrees and the viewport's aspect ratio; `margin` leaves room around.
 */
export function cameraDistanceForSphere(
  radius: number,
  verticalFovDeg: number,
  aspect: number,
  margin = 1.15,
): number {
  const vertical = (verticalFovDeg * Math.PI) / 180;
  const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * Math.max(aspect, 1e-3));
  const narrowest = Math.min(vertical, horizontal);
  return (Math.max(radius, 1e-6) * margin) / Math.sin(narrowest / 2);
}

/** Scale that makes an object's largest side `target` units long (1 for an empty object). */
export function normalisingScale(size: readonly [number, number, number], target = 2): number {
  const largest = Math.max(...size);
  return largest > 0 && Number.isFinite(largest) ? target / largest : 1;
}
