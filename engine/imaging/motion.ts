import HME from 'h264-mp4-encoder';
import sharp from 'sharp';
import { decodeImageFile } from './decode.ts';
import { clearTimestamps } from './mp4.ts';
import { hashNumbers, mulberry32, range } from './rng.ts';

export const MOTION_FPS = 24;
export const MOTION_SECONDS = 3;
export const MOTION_FRAMES = MOTION_FPS * MOTION_SECONDS;
/** Video side limit: keeps encoding a few seconds at most on two cores. */
export const MOTION_MAX_SIDE = 512;

/** The camera and wave path of one video, fixed by strength and seed. */
export interface MotionPath {
  /** Extra zoom reached at the end (0.1 = 10 % closer). */
  zoom: number;
  /** Pan over the whole clip, in fractions of the frame size. */
  panX: number;
  panY: number;
  /** Wave displacement amplitude in pixels at 512 px, and its wavelength in fractions of the height. */
  wave: number;
  wavelength: number;
  phase: number;
}

export function motionPath(motionStrength: number, seed: number): MotionPath {
  const s = Math.min(10, Math.max(1, motionStrength));
  const rand = mulberry32(hashNumbers(seed, 0x6d6f74));
  const k = (s - 1) / 9;
  const angle = rand() * Math.PI * 2;
  const pan = 0.004 + 0.07 * k;
  return {
    zoom: (0.012 + 0.16 * k) * (rand() < 0.25 ? -1 : 1),
    panX: Math.cos(angle) * pan,
    panY: Math.sin(angle) * pan * 0.6,
    wave: 0.15 + 3.2 * k,
    wavelength: range(rand, 0.25, 0.5),
    phase: rand() * Math.PI * 2,
  };
}

const ease = (t: number) => t * t * (3 - 2 * t);

/**
 * Zoom at time t. The base zoom crops just enough that pan and wave never sample beyond the
 * image's edges (which would smear border pixels); a negative `zoom` pulls back instead.
 */
export function zoomAt(path: MotionPath, t: number, w: number, h: number): number {
  const depthMax = 1.4;
  const wave = (path.wave * Math.max(w, h)) / MOTION_MAX_SIDE;
  const ox = (Math.abs(path.panX) * w * 0.5 * depthMax + wave * depthMax) / w;
  const oy = (Math.abs(path.panY) * h * 0.5 * depthMax + wave * 0.5 * depthMax) / h;
  const base = 1 / (1 - 2 * Math.min(0.3, Math.max(ox, oy)));
  const e = ease(t);
  return base + Math.abs(path.zoom) * (path.zoom >= 0 ? e : 1 - e);
}

/**
 * Where output pixel (x, y) of the frame at time t (0..1) samples the source, as an offset in
 * pixels from (x, y). Lower parts of the frame count as nearer and move more (parallax).
 */
export function motionDisplacement(
  path: MotionPath,
  t: number,
  x: number,
  y: number,
  w: number,
  h: number,
): [number, number] {
  const e = ease(t);
  const z = zoomAt(path, t, w, h);
  const cx = w / 2;
  const cy = h / 2;
  const depth = 0.6 + 0.8 * Math.min(1, Math.max(0, y / h));
  const scale = Math.max(w, h) / MOTION_MAX_SIDE;
  // Pan runs from −½ to +½ of its extent so the clip is centred on the original framing.
  const sx = cx + (x - cx) / z - path.panX * w * (e - 0.5) * depth;
  const sy = cy + (y - cy) / z - path.panY * h * (e - 0.5) * depth;
  const wave = path.wave * scale * depth * Math.sin(t * Math.PI);
  const arg = (y / h / path.wavelength + t * 1.5) * Math.PI * 2 + path.phase;
  return [sx + wave * Math.sin(arg) - x, sy + wave * 0.5 * Math.cos(arg * 0.7) - y];
}

/** Largest displacement of any pixel over the whole clip: a measure of how much the video moves. */
export function maxDisplacement(path: MotionPath, w: number, h: number): number {
  let max = 0;
  for (let f = 0; f < MOTION_FRAMES; f++) {
    const t = f / (MOTION_FRAMES - 1);
    for (const [x, y] of [
      [0, 0],
      [w, 0],
      [0, h],
      [w, h],
      [w / 2, h / 2],
      [w / 3, (2 * h) / 3],
    ] as const) {
      const [dx, dy] = motionDisplacement(path, t, x, y, w, h);
      max = Math.max(max, Math.hypot(dx, dy));
    }
  }
  return max;
}

/** Output size: longest side at most 512, both sides even (H.264 4:2:0 needs that). */
export function motionSize(w: number, h: number): { width: number; height: number } {
  const k = Math.min(1, MOTION_MAX_SIDE / Math.max(w, h));
  return {
    width: Math.max(2, Math.round((w * k) / 2) * 2),
    height: Math.max(2, Math.round((h * k) / 2) * 2),
  };
}

/** A 3 s, 24 fps H.264 MP4 of the still image in motion: slow zoom and pan, parallax, a gentle wave. */
export async function renderMotionMp4(p: {
  image: Uint8Array;
  motionStrength: number;
  seed: number;
}): Promise<Buffer> {
  const decoded = await decodeImageFile(p.image);
  const { width: W, height: H } = motionSize(decoded.width, decoded.height);
  const src = await sharp(decoded.data, {
    raw: { width: decoded.width, height: decoded.height, channels: 3 },
  })
    .resize(W, H, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  const path = motionPath(p.motionStrength, p.seed);
  const encoder = await HME.createH264MP4Encoder();
  try {
    encoder.width = W;
    encoder.height = H;
    encoder.frameRate = MOTION_FPS;
    encoder.quantizationParameter = 26;
    encoder.speed = 10;
    encoder.groupOfPictures = MOTION_FPS;
    encoder.initialize();
    const frame = new Uint8Array(W * H * 4).fill(255);
    for (let f = 0; f < MOTION_FRAMES; f++) {
      renderFrame(src, W, H, path, f / (MOTION_FRAMES - 1), frame);
      encoder.addFrameRgba(frame);
    }
    encoder.finalize();
    const bytes = Buffer.from(encoder.FS.readFile(encoder.outputFilename));
    encoder.FS.unlink(encoder.outputFilename);
    clearTimestamps(bytes, 0, bytes.length);
    return bytes;
  } finally {
    encoder.delete();
  }
}

/**
 * Bilinear resampling of the source through the displacement field, into an RGBA frame. Only the
 * zoom depends on x, so the field is evaluated once per row and the columns are affine in x.
 */
export function renderFrame(
  src: Uint8Array,
  w: number,
  h: number,
  path: MotionPath,
  t: number,
  frame: Uint8Array,
): void {
  const z = zoomAt(path, t, w, h);
  const cx = w / 2;
  for (let y = 0; y < h; y++) {
    const [rowDx, rowDy] = motionDisplacement(path, t, cx, y + 0.5, w, h);
    const fy = Math.min(h - 1, Math.max(0, y + 0.5 + rowDy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const ay = fy - y0;
    const r0 = y0 * w;
    const r1 = y1 * w;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(w - 1, Math.max(0, cx + (x + 0.5 - cx) / z + rowDx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(w - 1, x0 + 1);
      const ax = fx - x0;
      const o = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) {
        const a = src[(r0 + x0) * 3 + c]!;
        const b = src[(r0 + x1) * 3 + c]!;
        const cc = src[(r1 + x0) * 3 + c]!;
        const d = src[(r1 + x1) * 3 + c]!;
        frame[o + c] = (a + (b - a) * ax) * (1 - ay) + (cc + (d - cc) * ax) * ay + 0.5;
      }
    }
  }
}
