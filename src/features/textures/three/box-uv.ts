/**
 * Box projection for meshes without texture coordinates: each triangle is mapped onto the face
 * of the bounding box its normal points at most, so every side of the model shows the texture
 * at one scale. Pure arithmetic on flat arrays (no three.js), for non-indexed triangle lists as
 * OBJLoader builds them.
 */
export interface Bounds {
  min: readonly [number, number, number];
  max: readonly [number, number, number];
}

export function boundsOf(positions: ArrayLike<number>): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 2 < positions.length; i += 3) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[i + axis]!;
      if (value < min[axis]!) min[axis] = value;
      if (value > max[axis]!) max[axis] = value;
    }
  }
  if (min[0] === Infinity) return { min: [0, 0, 0], max: [0, 0, 0] };
  return { min, max };
}

/** Which axis a triangle faces (0 x, 1 y, 2 z) and whether it faces the positive side. */
export function dominantAxis(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
): { axis: 0 | 1 | 2; positive: boolean } {
  const ux = b[0]! - a[0]!;
  const uy = b[1]! - a[1]!;
  const uz = b[2]! - a[2]!;
  const vx = c[0]! - a[0]!;
  const vy = c[1]! - a[1]!;
  const vz = c[2]! - a[2]!;
  const normal = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx] as const;
  const size = normal.map(Math.abs);
  const axis = size[0]! >= size[1]! && size[0]! >= size[2]! ? 0 : size[1]! >= size[2]! ? 1 : 2;
  return { axis, positive: normal[axis] >= 0 };
}

/**
 * UVs (two per vertex) for a triangle list. The two in-plane axes are scaled by the box's
 * largest side, so textures are not stretched, and mirrored on the negative faces so text and
 * patterns read the right way round from outside.
 */
export function boxProjectUvs(
  positions: ArrayLike<number>,
  bounds = boundsOf(positions),
): Float32Array {
  const vertexCount = Math.floor(positions.length / 3);
  const uvs = new Float32Array(vertexCount * 2);
  const size =
    Math.max(
      bounds.max[0] - bounds.min[0],
      bounds.max[1] - bounds.min[1],
      bounds.max[2] - bounds.min[2],
    ) || 1;
  const at = (vertex: number) => [
    positions[vertex * 3]!,
    positions[vertex * 3 + 1]!,
    positions[vertex * 3 + 2]!,
  ];
  const norm = (value: number, axis: 0 | 1 | 2) => (value - bounds.min[axis]) / size;

  for (let first = 0; first + 2 < vertexCount; first += 3) {
    const corners = [at(first), at(first + 1), at(first + 2)];
    const { axis, positive } = dominantAxis(corners[0]!, corners[1]!, corners[2]!);
    corners.forEach((p, k) => {
      let u: number;
      let v: number;
      if (axis === 0) {
        u = norm(p[2]!, 2);
        v = norm(p[1]!, 1);
        if (positive) u = 1 - u;
      } else if (axis === 1) {
        u = norm(p[0]!, 0);
        v = norm(p[2]!, 2);
        if (positive) v = 1 - v;
      } else {
        u = norm(p[0]!, 0);
        v = norm(p[1]!, 1);
        if (!positive) u = 1 - u;
      }
      uvs[(first + k) * 2] = u;
      uvs[(first + k) * 2 + 1] = v;
    });
  }
  return uvs;
}
