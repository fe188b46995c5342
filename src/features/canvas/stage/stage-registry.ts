import type { StageController } from './stage-controller.ts';

export interface MountedStage {
  controller: StageController;
  /** Draws pending layer changes now instead of at the next frame. */
  flush: () => void;
  element: HTMLElement;
}

let current: MountedStage | null = null;

/** The stage on screen, for the e2e and benchmark hook (there is at most one). */
export function registerStage(stage: MountedStage): () => void {
  current = stage;
  return () => {
    if (current === stage) current = null;
  };
}

export const mountedStage = () => current;
