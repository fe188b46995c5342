import { ImageInputError } from './types.ts';

export interface ObjMesh {
  /** x, y, z per vertex. */
  positions: Float32Array;
  /** u, v per texture vertex, or null when the model has none. */
  uvs: Float32Array | null;
  faceCount: number;
  bounds: { min: [number, number, number]; max: [number, number, number] };
}

/**
 * Reads the geometry a texture needs from a Wavefront OBJ: vertices, texture coordinates, face
 * count and bounds. Materials, groups and normals are irrelevant here and skipped.
 */
export function parseObj(text: string): ObjMesh {
  const positions: number[] = [];
  const uvs: number[] = [];
  let faceCount = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('v ') || line.startsWith('v\t')) {
      const [x, y, z] = line.slice(2).trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))
        positions.push(x!, y!, z!);
    } else if (line.startsWith('vt ') || line.startsWith('vt\t')) {
      const [u, v] = line.slice(3).trim().split(/\s+/).map(Number);
      if (Number.isFinite(u)) uvs.push(u!, Number.isFinite(v) ? v! : 0);
    } else if (line.startsWith('f ') || line.startsWith('f\t')) {
      if (line.slice(2).trim().split(/\s+/).length >= 3) faceCount++;
    }
  }
  if (positions.length === 0 || faceCount === 0) {
    throw new ImageInputError('the file is not a Wavefront OBJ model (no vertices or faces)');
  }
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let a = 0; a < 3; a++) {
      const v = positions[i + a]!;
      if (v < min[a]!) min[a] = v;
      if (v > max[a]!) max[a] = v;
    }
  }
  return {
    positions: Float32Array.from(positions),
    uvs: uvs.length > 0 ? Float32Array.from(uvs) : null,
    faceCount,
    bounds: { min, max },
  };
}
