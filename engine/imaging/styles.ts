/**
 * Leonardo's style enums as grading parameters. A style here changes how a picture is finished
 * (colour, contrast, line work, grain), not what it shows — the prompt decides that.
 */
export interface StyleLook {
  saturation: number;
  contrast: number;
  brightness: number;
  /** Colour levels per channel for cel / poster looks; 0 keeps continuous tones. */
  posterize: number;
  monochrome: boolean;
  /** 'bw': ink lines and hatching on paper; 'color': the same over a light wash. */
  sketch: 'none' | 'bw' | 'color';
  /** Darkening along edges, for drawn outlines. */
  outline: number;
  grain: number;
  vignette: number;
  /** Split toning: shadows pulled toward one hue and highlights toward another. */
  shadowTint: [number, number, number];
  highlightTint: [number, number, number];
  toning: number;
  /** Lifted blacks (film / retro). */
  fade: number;
  /** Multiplies the number of noise octaves: smooth 3D renders use fewer. */
  detail: number;
  /** Strength of specular highlights on subjects. */
  specular: number;
  /** Background blur for subject shots (portrait, bokeh, macro). */
  depthOfField: number;
}

const BASE: StyleLook = {
  saturation: 1,
  contrast: 1,
  brightness: 0,
  posterize: 0,
  monochrome: false,
  sketch: 'none',
  outline: 0,
  grain: 0.025,
  vignette: 0.25,
  shadowTint: [0, 0, 0],
  highlightTint: [0, 0, 0],
  toning: 0,
  fade: 0,
  detail: 1,
  specular: 0.35,
  depthOfField: 0.5,
};

const TEAL: [number, number, number] = [-0.06, 0.03, 0.08];
const ORANGE: [number, number, number] = [0.08, 0.03, -0.06];

const STYLES: Readonly<Record<string, Partial<StyleLook>>> = {
  ANIME: {
    saturation: 1.25,
    contrast: 1.05,
    posterize: 6,
    outline: 0.55,
    grain: 0,
    detail: 0.7,
    vignette: 0.1,
  },
  BOKEH: { depthOfField: 1, vignette: 0.35, grain: 0.02 },
  CINEMATIC: {
    saturation: 0.9,
    contrast: 1.15,
    shadowTint: TEAL,
    highlightTint: ORANGE,
    toning: 1,
    vignette: 0.45,
    grain: 0.035,
  },
  CINEMATIC_CLOSEUP: {
    saturation: 0.9,
    contrast: 1.15,
    shadowTint: TEAL,
    highlightTint: ORANGE,
    toning: 1,
    vignette: 0.5,
    depthOfField: 1,
  },
  CREATIVE: { saturation: 1.15, contrast: 1.05, detail: 1.15 },
  DYNAMIC: { saturation: 1.2, contrast: 1.2, vignette: 0.35 },
  ENVIRONMENT: { saturation: 1.05, detail: 1.2, depthOfField: 0.3 },
  FANTASY_ART: {
    saturation: 1.15,
    shadowTint: [0.02, -0.04, 0.08],
    highlightTint: [0.08, 0.05, -0.03],
    toning: 1,
    vignette: 0.35,
  },
  FASHION: { saturation: 0.95, contrast: 1.1, depthOfField: 0.9, grain: 0.015 },
  FILM: {
    saturation: 0.85,
    fade: 0.08,
    grain: 0.07,
    highlightTint: [0.04, 0.02, -0.03],
    toning: 1,
    vignette: 0.4,
  },
  FOOD: { saturation: 1.15, highlightTint: [0.05, 0.02, -0.03], toning: 1, depthOfField: 1 },
  GENERAL: {},
  HDR: { saturation: 1.3, contrast: 1.25, detail: 1.3, vignette: 0.2 },
  ILLUSTRATION: { saturation: 1.1, posterize: 14, outline: 0.35, grain: 0.005, detail: 0.85 },
  LEONARDO: { saturation: 1.1, contrast: 1.05 },
  LONG_EXPOSURE: { saturation: 0.95, detail: 0.6, grain: 0.015 },
  MACRO: { depthOfField: 1, saturation: 1.1, detail: 1.2 },
  MINIMALISTIC: { saturation: 0.8, contrast: 0.9, detail: 0.4, grain: 0, vignette: 0 },
  MONOCHROME: { monochrome: true, contrast: 1.2, grain: 0.04 },
  MOODY: {
    saturation: 0.7,
    contrast: 1.2,
    brightness: -0.08,
    vignette: 0.6,
    shadowTint: TEAL,
    toning: 0.7,
  },
  NONE: {},
  NEUTRAL: { saturation: 0.9 },
  PHOTOGRAPHY: { grain: 0.03, depthOfField: 0.8 },
  PORTRAIT: { depthOfField: 1, highlightTint: [0.03, 0.015, -0.02], toning: 1 },
  RAYTRACED: { specular: 0.9, grain: 0, detail: 0.8, contrast: 1.1, vignette: 0.2 },
  RENDER_3D: { specular: 0.7, grain: 0, detail: 0.55, saturation: 1.1, vignette: 0.15 },
  RETRO: {
    saturation: 0.8,
    fade: 0.12,
    posterize: 12,
    grain: 0.05,
    highlightTint: [0.06, 0.03, -0.05],
    toning: 1,
  },
  SKETCH_BW: { sketch: 'bw', monochrome: true, grain: 0.02, vignette: 0 },
  SKETCH_COLOR: { sketch: 'color', grain: 0.02, vignette: 0 },
  STOCK_PHOTO: { saturation: 1.05, brightness: 0.03, grain: 0.01, vignette: 0.1 },
  UNPROCESSED: { vignette: 0, grain: 0.01 },
  VIBRANT: { saturation: 1.55, contrast: 1.12, vignette: 0.2 },
  DIGITAL_ART: { saturation: 1.2, contrast: 1.08, grain: 0.01, detail: 0.9 },
};

/** Unknown or missing styles fall back to the neutral look rather than failing a render. */
export function styleLook(style: string | null | undefined): StyleLook {
  const key = (style ?? 'NONE').toUpperCase();
  return { ...BASE, ...(STYLES[key] ?? {}) };
}
