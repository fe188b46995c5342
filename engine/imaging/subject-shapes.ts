import type { Palette } from './prompt-look.ts';
import { range } from './rng.ts';
import type { SubjectKind } from './themes.ts';

/**
 * Subjects are signed distance fields (negative inside, in pixels): the renderer inflates them
 * into a height field for shading, so any silhouette gets a soft 3-D look.
 */
export interface Shape {
  bounds: [number, number, number, number];
  sdf(x: number, y: number): number;
  /** Base colour of the surface at a point inside the shape, written into `c`. */
  colour(x: number, y: number, c: Float32Array): void;
  /** Painted details on top of the shaded surface (eyes, seeds…), written into `c`. */
  decal?(x: number, y: number, c: Float32Array): void;
}

// Math.sqrt rather than Math.hypot: hypot is several times slower and these run per pixel.
const circle = (x: number, y: number, cx: number, cy: number, r: number) =>
  Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - r;
const ellipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  (Math.sqrt(((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2) - 1) * Math.min(rx, ry);
/** Polynomial smooth minimum: blends unions so joints look organic instead of creased. */
const smin = (a: number, b: number, k: number) => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
};
/** Distance to a triangle with apex (ax, ay) and base centred at (bx, by) of half-width hw. */
function triangle(ax: number, ay: number, bx: number, by: number, hw: number) {
  const len = Math.sqrt((bx - ax) ** 2 + (by - ay) ** 2);
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const slope = hw / len;
  const norm = Math.sqrt(1 + slope * slope);
  return (x: number, y: number) => {
    const along = (x - ax) * ux + (y - ay) * uy;
    const across = Math.abs((x - ax) * -uy + (y - ay) * ux);
    return Math.max((across - along * slope) / norm, -along, along - len);
  };
}
const set = (c: Float32Array, rgb: readonly number[], t = 1) => {
  c[0] = c[0]! + (rgb[0]! - c[0]!) * t;
  c[1] = c[1]! + (rgb[1]! - c[1]!) * t;
  c[2] = c[2]! + (rgb[2]! - c[2]!) * t;
};
const aa = (d: number) => Math.min(1, Math.max(0, 0.5 - d));
const EYE_RIM = [0.08, 0.06, 0.05];
const PUPIL = [0.05, 0.04, 0.04];
const WHITE = [1, 1, 1];
const WHISKER = [0.95, 0.93, 0.9];
const NOSE = [0.85, 0.45, 0.5];

export function makeShape(
  kind: SubjectKind,
  cx: number,
  cy: number,
  R: number,
  pal: Palette,
  rand: () => number,
): Shape {
  if (kind === 'creature') {
    const hy = cy - R * 0.15;
    const hr = R * 0.72;
    const ear = range(rand, 0.55, 0.8);
    const eyeColour = pal.accent;
    const earL = triangle(
      cx - hr * 0.75,
      hy - hr * (0.7 + ear),
      cx - hr * 0.55,
      hy - hr * 0.45,
      hr * 0.38,
    );
    const earR = triangle(
      cx + hr * 0.75,
      hy - hr * (0.7 + ear),
      cx + hr * 0.55,
      hy - hr * 0.45,
      hr * 0.38,
    );
    const nose = triangle(cx, hy + hr * 0.3, cx, hy + hr * 0.18, hr * 0.09);
    const sdf = (x: number, y: number) => {
      const head = circle(x, y, cx, hy, hr);
      const body = ellipse(x, y, cx, cy + R * 1.1, R * 1.05, R * 0.85);
      return smin(smin(head, body, R * 0.25), Math.min(earL(x, y), earR(x, y)), R * 0.12);
    };
    const belly = [pal.subject[0] * 0.85, pal.subject[1] * 0.85, pal.subject[2] * 0.85];
    const whiskerWidth = 0.1 + R * 0.004;
    return {
      bounds: [cx - R * 1.3, hy - hr * (1.8 + ear), cx + R * 1.3, cy + R * 2],
      sdf,
      colour: (_x, y, c) => set(c, y > cy + R * 0.4 ? belly : pal.subject),
      decal: (x, y, c) => {
        // Eyes, whiskers and nose all sit in a band across the face.
        if (Math.abs(y - hy - hr * 0.1) > hr * 0.45 || Math.abs(x - cx) > hr * 1.2) return;
        for (let side = -1; side <= 1; side += 2) {
          const ex = cx + side * hr * 0.38;
          const ey = hy - hr * 0.02;
          const eye = ellipse(x, y, ex, ey, hr * 0.17, hr * 0.2);
          if (eye < 1) {
            set(c, EYE_RIM, aa(eye + hr * 0.03));
            set(c, eyeColour, aa(eye));
            set(c, PUPIL, aa(ellipse(x, y, ex, ey, hr * 0.05, hr * 0.17)));
            set(c, WHITE, aa(circle(x, y, ex - hr * 0.05, ey - hr * 0.07, hr * 0.045)) * 0.9);
          }
          const wx = (x - (cx + side * hr * 0.25)) * side;
          if (wx <= 0 || wx >= hr * 0.9) continue;
          for (let k = -1; k <= 1; k++) {
            const wy = y - (hy + hr * 0.32 + k * hr * 0.08);
            set(c, WHISKER, aa(Math.abs(wy - wx * k * 0.15) - whiskerWidth) * 0.7);
          }
        }
        set(c, NOSE, aa(nose(x, y)));
      },
    };
  }
  if (kind === 'bust') {
    const hx = cx;
    const hy = cy - R * 0.35;
    const hair: readonly number[] = [pal.near[0] * 1.4, pal.near[1] * 1.2, pal.near[2] * 1.1];
    const ink = [pal.subject[0] * 0.3, pal.subject[1] * 0.25, pal.subject[2] * 0.25];
    const lips = [pal.accent[0] * 0.7 + 0.1, pal.accent[1] * 0.5, pal.accent[2] * 0.5];
    const sdf = (x: number, y: number) => {
      const head = ellipse(x, y, hx, hy, R * 0.55, R * 0.72);
      const neck = ellipse(x, y, cx, cy + R * 0.45, R * 0.22, R * 0.45);
      const shoulders = ellipse(x, y, cx, cy + R * 1.7, R * 1.55, R * 0.95);
      const hairDome = ellipse(x, y, hx, hy - R * 0.08, R * 0.66, R * 0.8);
      return smin(Math.min(smin(head, hairDome, R * 0.1), neck), shoulders, R * 0.3);
    };
    return {
      bounds: [cx - R * 1.7, hy - R * 1, cx + R * 1.7, cy + R * 3],
      sdf,
      colour: (x, y, c) => {
        if (y > cy + R * 0.85) return set(c, pal.accent);
        const face = ellipse(x, y, hx, hy + R * 0.12, R * 0.5, R * 0.62);
        // A hairline that curves down toward the temples, rather than a straight fringe.
        const hairline = hy - R * 0.32 + R * 0.3 * ((x - hx) / (R * 0.5)) ** 2;
        set(c, face < 0 && y > hairline ? pal.subject : y < cy + R * 0.1 ? hair : pal.subject);
      },
      decal: (x, y, c) => {
        if (Math.abs(y - hy - R * 0.2) > R * 0.3 || Math.abs(x - hx) > R * 0.4) return;
        for (const side of [-1, 1]) {
          set(
            c,
            ink,
            aa(ellipse(x, y, hx + side * R * 0.19, hy + R * 0.08, R * 0.065, R * 0.035)) * 0.85,
          );
          set(
            c,
            ink,
            aa(ellipse(x, y, hx + side * R * 0.19, hy - R * 0.02, R * 0.09, R * 0.018)) * 0.5,
          );
        }
        set(c, lips, aa(ellipse(x, y, hx, hy + R * 0.38, R * 0.11, R * 0.03)) * 0.7);
      },
    };
  }
  if (kind === 'flower') {
    const petals = Math.floor(range(rand, 5, 9));
    const turn = rand() * Math.PI;
    const stem: readonly number[] = [pal.far[0] * 0.6, pal.far[1] * 0.9, pal.far[2] * 0.5];
    const petalR = (x: number, y: number) => {
      const a = Math.atan2(y - cy, x - cx) + turn;
      return R * (0.45 + 0.55 * Math.abs(Math.cos((a * petals) / 2)) ** 0.7);
    };
    const stemX = (y: number) => cx + Math.sin((y - cy) / R) * R * 0.12;
    const stemD = (x: number, y: number) => Math.max(Math.abs(x - stemX(y)) - R * 0.06, cy - y);
    const petalD = (x: number, y: number) => circle(x, y, cx, cy, 0) - petalR(x, y);
    return {
      bounds: [cx - R * 1.1, cy - R * 1.1, cx + R * 1.1, cy + R * 6],
      sdf: (x, y) => Math.min(petalD(x, y), stemD(x, y)),
      colour: (x, y, c) => {
        if (petalD(x, y) > 0) return set(c, stem);
        const d = circle(x, y, cx, cy, 0) / petalR(x, y);
        set(c, pal.subject);
        set(
          c,
          [pal.subject[0] * 0.55, pal.subject[1] * 0.45, pal.subject[2] * 0.55],
          (1 - d) * 0.6,
        );
      },
      decal: (x, y, c) => {
        const disc = circle(x, y, cx, cy, R * 0.26);
        if (disc < 1) {
          set(c, pal.accent, aa(disc));
          const dot = Math.sin(x * 0.9) * Math.sin(y * 0.9);
          if (disc < -2 && dot > 0.6)
            set(c, [pal.accent[0] * 0.6, pal.accent[1] * 0.45, pal.accent[2] * 0.3], 0.8);
        }
      },
    };
  }
  const bands = rand() < 0.5;
  return {
    bounds: [cx - R - 2, cy - R - 2, cx + R + 2, cy + R + 2],
    sdf: (x, y) => circle(x, y, cx, cy, R),
    colour: (_x, y, c) => {
      set(c, pal.subject);
      if (bands && Math.sin(((y - cy) / R) * 9) > 0.6) set(c, pal.accent, 0.6);
    },
  };
}
