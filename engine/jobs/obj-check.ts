import { createReadStream } from 'node:fs';
import { ImageInputError } from '../imaging/types.ts';

/** Longer lines are counted from their first bytes: a vertex or face line is short. */
const MAX_LINE_BYTES = 512;

/**
 * Counts an OBJ file's vertices and faces as it streams, line by line with a bounded buffer, by
 * the same rules as the texture renderer's parser (a vertex has three finite numbers, a face three
 * or more corners). Memory stays flat however large the file; it stops at the first limit.
 */
export async function checkObjFile(
  file: string,
  limits: { maxVertices: number; maxFaces: number },
): Promise<{ vertices: number; faces: number }> {
  const counts = { vertices: 0, faces: 0 };
  const line = Buffer.alloc(MAX_LINE_BYTES);
  let length = 0;
  const endLine = () => {
    countLine(line.toString('latin1', 0, length), counts);
    length = 0;
    if (counts.vertices > limits.maxVertices) {
      throw new ImageInputError(
        `the model has more than ${limits.maxVertices.toLocaleString('en')} vertices`,
      );
    }
    if (counts.faces > limits.maxFaces) {
      throw new ImageInputError(
        `the model has more than ${limits.maxFaces.toLocaleString('en')} faces`,
      );
    }
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let at = 0;
    while (at < chunk.length) {
      const newline = chunk.indexOf(0x0a, at);
      const end = newline < 0 ? chunk.length : newline;
      const take = Math.min(end - at, MAX_LINE_BYTES - length);
      if (take > 0) length += chunk.copy(line, length, at, at + take);
      if (newline < 0) break;
      endLine();
      at = newline + 1;
    }
  }
  if (length > 0) endLine();
  if (counts.vertices === 0 || counts.faces === 0) {
    throw new ImageInputError('the file is not a Wavefront OBJ model (no vertices or faces)');
  }
  return counts;
}

function countLine(raw: string, counts: { vertices: number; faces: number }): void {
  const text = raw.trim();
  if (text.startsWith('v ') || text.startsWith('v\t')) {
    const [x, y, z] = text.slice(2).trim().split(/\s+/).map(Number);
    if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) counts.vertices++;
  } else if (text.startsWith('f ') || text.startsWith('f\t')) {
    if (text.slice(2).trim().split(/\s+/).length >= 3) counts.faces++;
  }
}
